"""The same text gives the same events in every process: no output may depend on the order of a
set or a dict keyed by strings, which changes with the hash seed (PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import hashlib, json, sys
from pathlib import Path
import defevents
digest = hashlib.sha256()
for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            result = defevents.extract(record["text"], published=record.get("published"))
            digest.update(result.model_dump_json().encode())
# a delivery whose goods name two makers: the seller is the first told, whatever the seed
for text in (
    "Estonia's first two K9 howitzers, fitted with Rheinmetall fire-control kits, arrived at the port of Paldiski on Monday, "
    "the delivery completing the order.",
):
    digest.update(defevents.extract(text, published="2025-10-15").model_dump_json().encode())
print(digest.hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", _RUN, str(ROOT / "tests" / "corpus")], env=env,
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.mark.parametrize("seed", ["1", "2"])
def test_output_does_not_depend_on_the_hash_seed(seed: str) -> None:
    assert _digest(seed) == _digest("0")
