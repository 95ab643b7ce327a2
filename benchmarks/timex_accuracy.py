"""Accuracy of ``defevents.timex.find_times`` against TIMEX gold, next to dateparser's.

Runs the shared TempEval-style scorer (``../shared/tools/score_timex.py``; TIMEX data in
``../shared/data/tempeval``) twice per corpus, once for defevents and once for
``dateparser.search.search_dates`` (the baseline), and prints one table. The scorer calls
``defevents.find_times``; until the package facade exports it, this script points that name at
``defevents.timex.find_times`` for the run (it does not edit the package).

    .venv/bin/python benchmarks/timex_accuracy.py [CORPUS ...] [--shared ../shared]

Default corpora: tbaq_timebank tbaq_aquaint meantime_en wikiwars. WikiWars is narrative
history (its document dates are download dates), the other three are news.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import pathlib
import re
import runpy
import sys

import defevents
import defevents.timex

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPORA = ("tbaq_timebank", "tbaq_aquaint", "meantime_en", "wikiwars")
LINE = re.compile(
    r"^(?P<corpus>\S+) \[(?P<system>\S+)\]: gold (?P<gold>\d+), found (?P<found>\d+); strict F1 (?P<strict>[\d.]+); "
    r"relaxed F1 (?P<relaxed>[\d.]+); value acc (?P<acc>[\d.]+); value F1 (?P<vf1>[\d.]+); (?P<speed>\d+) kchar/s"
)


def run_scorer(script: pathlib.Path, corpora: list[str], system: str) -> list[dict[str, str]]:
    """Run the scorer in-process and parse its per-corpus lines."""
    if not getattr(defevents, "find_times", None):
        defevents.find_times = defevents.timex.find_times  # type: ignore[attr-defined]
    argv, out = sys.argv, io.StringIO()
    sys.argv = [str(script), *corpora, "--system", system]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(script), run_name="__main__")
    except SystemExit:
        pass
    finally:
        sys.argv = argv
    return [m.groupdict() for line in out.getvalue().splitlines() if (m := LINE.match(line))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="*", default=list(CORPORA))
    ap.add_argument("--shared", type=pathlib.Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    script = args.shared / "tools" / "score_timex.py"
    if not script.is_file():
        sys.exit(f"scorer not found: {script} (pass --shared DIR, the folder holding tools/ and data/tempeval/)")
    rows = run_scorer(script, args.corpora, "defevents") + run_scorer(script, args.corpora, "dateparser")
    head = f"{'corpus':<15} {'system':<11} {'gold':>5} {'found':>6} {'strict F1':>10} {'relaxed F1':>11} {'value acc':>10} {'value F1':>9} {'kchar/s':>8}"
    print(head)
    print("-" * len(head))
    for corpus in args.corpora:
        for r in rows:
            if r["corpus"] == corpus:
                print(f"{r['corpus']:<15} {r['system']:<11} {r['gold']:>5} {r['found']:>6} {r['strict']:>10} "
                      f"{r['relaxed']:>11} {r['acc']:>10} {r['vf1']:>9} {r['speed']:>8}")


if __name__ == "__main__":
    main()
