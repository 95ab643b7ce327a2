"""The resolver's shortcuts find exactly what the plain whole-text scans find.

* The impossible-date check (``scan._IMPOSSIBLE``) runs only over the lines that hold a month name.
* The trigger scan (``patterns.TRIGGER``) takes in the non-word character before each token
  instead of testing for it with a look-behind, over the text with a space in front.
* The signal reader (``accept.signal_before``) tests the last word before a mention first.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defevents.timex import accept, patterns, scan

ROOT = Path(__file__).resolve().parent.parent
_PLAIN_TRIGGER = re.compile(r"(?<!\w)" + patterns.TRIGGER.pattern[len(r"\W"):])

PIECES = [
    "32 March", "0 May 2025", "31 June 2025", "March 40", "Sept 0", "Dec. 45, 2025", "5 May 99999",
    "1 January 0000", "January 1, 00000", "12 March", "March 12, 2025", "Sept. 2024", "Sepember 33",
    "May", "may", "Jan", "JANUARY 40", "'90s", "’05", "x'90s", "FY2025", "fy 2025", "2025", "40%",
    "the end of the year", "the past two years", "year-end", "a.d. 79", "İstanbul", "ſince",
    "Mar\u00a040", "33\u2003April", "by ", "BY\n", "no later than  ", "as of ", "untİl ", "ſince ", "up to\u2003",
    "Following ", "effective\n", "within ", "ahead of ", "as early as ", "prior to", "before", "x-by ", "_2025", "2025_", "x2025", " ", "  ", "\n", "\t", ", ", ". ", "-", "–",
]
TEXTS = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map("".join),
    st.text(max_size=200),
)


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for p in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [t.replace(" ", "\n") for t in texts]


def _same_impossible(text: str) -> bool:
    return [m.span() for m in scan._IMPOSSIBLE.finditer(text)] == [m.span() for m in scan._impossible(text)]


def _same_trigger(text: str) -> bool:
    low = text.lower()
    shifted = [(m.start(), m.end() - 1) for m in patterns.TRIGGER.finditer(" " + low)]
    return shifted == [m.span() for m in _PLAIN_TRIGGER.finditer(low)]


def _same_signal(text: str) -> bool:
    plain = [(m.lastgroup if (m := accept._SIGNAL.search(text, max(0, i - 30), i)) else None) for i in range(len(text) + 1)]
    return plain == [accept.signal_before(text, i) for i in range(len(text) + 1)]


def test_shortcuts_agree_on_the_corpus() -> None:
    texts = _corpus()
    assert [t[:60] for t in texts if not _same_impossible(t)] == []
    assert [t[:60] for t in texts if not _same_trigger(t)] == []
    assert [t[:60] for t in texts[:40] if not _same_signal(t)] == []


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_shortcuts_agree_on_any_text(text: str) -> None:
    assert _same_impossible(text)
    assert _same_trigger(text)
    assert _same_signal(text)
