"""The anchor prefilter finds exactly what a scan of the whole text finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from defevents import money, quantity
from defevents.prefilter import finditer_near, windows
from defevents.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for p in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rule in all_rules():
        texts += [e if isinstance(e, str) else e.text for e in (*rule.examples, *rule.counterexamples)]
    # hard-wrapped copy: every space a line break
    return texts + [t.replace(" ", "\n") for t in texts[:150]]


TEXTS = _texts()


@pytest.mark.parametrize(("name", "pattern", "anchors"), [
    ("money", money._MONEY, money._ANCHOR),
    ("quantity", quantity._QUANTITY, quantity._ANCHOR),
])
def test_windows_find_what_the_whole_scan_finds(name, pattern, anchors) -> None:
    differ = [t[:80] for t in TEXTS
              if [m.span() for m in pattern.finditer(t)] != [m.span() for m in finditer_near(pattern, t, anchors)]]
    assert not differ, f"{name}: {len(differ)} texts differ, e.g. {differ[:3]}"


def test_the_money_and_count_readers_use_their_anchors() -> None:
    # an amount or a count far from any other number is still found
    text = "x " * 500 + "Oslo will pay NOK 2.1 billion for six NH90 helicopters, it said." + " y" * 500
    assert [m.text for m in money.find_money(text)] == ["NOK 2.1 billion"]
    assert [q.unit for q in quantity.find_quantities(text)] == ["NH90 helicopters"]
    assert money.find_money("a billion dollars of equipment")[0].amount == 10**9  # anchored on the scale word


def test_windows_merge_and_clip() -> None:
    digits = regex.compile(r"\d+")
    assert windows(digits, "a1b2c", 1, 1) == [(0, 5)]
    assert windows(digits, "1" + " " * 20 + "2", 3, 3) == [(0, 4), (18, 22)]
    assert windows(digits, "no digits", 5, 5) == []
