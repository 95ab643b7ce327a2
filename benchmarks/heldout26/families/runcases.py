"""Run set 26's paraphrased family cases (cases.py) against whatever defevents is on PYTHONPATH
(`PYTHONPATH=src .venv/bin/python benchmarks/heldout26/families/runcases.py [-v]`)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # cases.py; benchmarks/, for family_cases
from cases import CASES  # noqa: E402
from family_cases import main  # noqa: E402

if __name__ == "__main__":
    main(CASES)
