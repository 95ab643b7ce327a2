"""Property tests for defevents.timex: grounding, robustness and interval consistency.

Whatever the text, every span slices back to its text, nothing raises, intervals are ordered,
and a value's start/end agree with the period the value names (unless a mod narrows or opens
it). Texts are generated from time-expression fragments mixed with arbitrary Unicode.
"""

from __future__ import annotations

import calendar
import threading
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defevents.timex import detect_reference, find_times, scan_times

FRAGMENTS = [
    "4 December 2025", "December 4, 2025", "2025-12-04", "Dec. 4", "4/12/2025", "March 2023",
    "in 2023", "1998", "on 12 March", "Wednesday 12 March", "Monday 12 March 2025", "on Tuesday",
    "Tuesday evening", "last Friday", "next Monday", "today", "yesterday", "tomorrow", "tonight",
    "this week", "last year", "earlier this month", "later this year", "now", "recently",
    "two years ago", "the previous day", "a year earlier", "late last year", "early 2025",
    "mid-2024", "the end of the year", "the first half of 2026", "the second quarter", "Q3 2025",
    "the third quarter of 2024", "this summer", "last winter", "summer 2024", "That same year",
    "the following year", "by 2027", "until 2030", "since 2014", "from 2022 to 2024",
    "between March and May", "2009-2010", "2009–10", "two-year", "the past two years",
    "for a decade", "48 hours", "a week-long", "every year", "annually", "each March",
    "the end of the decade", "the 1990s", "the 20th century", "fiscal 2025", "FY2025",
    "31 February 2025", "12-14 March 2025", "5 p.m. EST Nov. 9", "the '90s", "490 BC",
    "F-35", "40%", "$13", "1,200 troops", "Article 4", "Type 26", "may", "march on",
]
REFS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
FILLER = st.text(
    alphabet=st.characters(blacklist_categories=(), min_codepoint=0, max_codepoint=0x10FFFF), max_size=20
)
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), FILLER, st.sampled_from([" ", "\n", ", ", ". ", "“", "”"])),
                 max_size=25).map("".join)
ANY_TEXT = st.one_of(TEXTS, st.text(max_size=300), st.from_regex(r"[0-9 ,./\-–]{0,80}", fullmatch=True))


def _full_bounds(value: str) -> tuple[date, date] | None:
    """The days a plain partial-ISO value names (None for values without a simple interval)."""
    try:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            d = date.fromisoformat(value)
            return d, d
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            y, m = int(value[:4]), int(value[5:])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(value) == 4 and value.isdigit():
            y = int(value)
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, ref=REFS)
def test_spans_grounded_and_intervals_ordered(text: str, ref: date | None) -> None:
    """Every span is grounded; start <= end; results are in text order."""
    scan = scan_times(text, reference=ref)
    last = -1
    for t in scan.times:
        assert t.span is not None
        assert text[t.span.start : t.span.end] == t.span.text == t.text
        assert t.span.start >= last
        last = t.span.start
        if t.start and t.end:
            assert t.start <= t.end
        if t.type in ("DURATION", "SET"):
            assert t.start is None and t.end is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, ref=REFS)
def test_value_agrees_with_interval(text: str, ref: date | None) -> None:
    """A day, month or year value covers exactly its period, unless a mod narrows or opens it."""
    for t in find_times(text, reference=ref):
        if t.value is None or t.type != "DATE":
            continue
        bounds = _full_bounds(t.value)
        if bounds is None:
            continue
        lo, hi = bounds
        if t.mod is None:
            assert (t.start, t.end) == (lo, hi), t
        elif t.mod in ("START", "MID", "END"):
            assert t.start is not None and t.end is not None
            assert lo <= t.start <= t.end <= hi, t
        elif t.mod == "ON_OR_BEFORE":
            assert t.start is None and t.end == hi, t
        elif t.mod == "ON_OR_AFTER":
            assert t.start == lo and t.end is None, t


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(["\x00", "\ud800", "\udfff", "😀", "0", "9", "/", "-", " ", "Q", "s"]),
                    max_size=200))
def test_hostile_characters(text: str) -> None:
    """NULs, lone surrogates, emoji and digit runs never raise."""
    for t in find_times(text, reference=date(2026, 1, 20)):
        assert t.span is not None and text[t.span.start : t.span.end] == t.text


@settings(max_examples=50, deadline=None)
@given(n=st.integers(min_value=1, max_value=5000))
def test_huge_digit_runs(n: int) -> None:
    """A run of thousands of digits is not a time and does not hang or raise."""
    text = "In " + "9" * n + " and 2025."
    times = find_times(text, reference=date(2026, 1, 20))
    assert all(t.span is not None and text[t.span.start : t.span.end] == t.text for t in times)


@settings(max_examples=100, deadline=None)
@given(text=ANY_TEXT)
def test_detect_reference_grounded(text: str) -> None:
    """detect_reference never raises and its span is grounded."""
    found = detect_reference(text)
    if found is not None:
        _, span = found
        assert text[span.start : span.end] == span.text


def test_thread_safe() -> None:
    """Concurrent calls give the same answers as sequential ones (no shared mutable state)."""
    texts = [f"In {2000 + i} the deal was signed; the following year, talks began on {i % 28 + 1} May."
             for i in range(40)]
    expected = [[(t.text, t.value) for t in find_times(x, reference=date(2026, 1, 20))] for x in texts]
    results: dict[int, list] = {}

    def work(i: int) -> None:
        results[i] = [(t.text, t.value) for t in find_times(texts[i], reference=date(2026, 1, 20))]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert [results[i] for i in range(len(texts))] == expected


def test_no_clock_reads() -> None:
    """Library code never reads the clock."""
    import pathlib

    import defevents.timex as pkg

    root = pathlib.Path(pkg.__file__).parent
    for path in root.glob("*.py"):
        src = path.read_text(encoding="utf-8")
        for banned in ("date.today(", "datetime.now(", "datetime.today(", "time.time(", "utcnow("):
            assert banned not in src, f"{path.name} calls {banned}"
