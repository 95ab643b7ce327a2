"""Unit tests for the pieces of defevents.timex: calendar arithmetic, tense cues, anchors, triggers."""

from __future__ import annotations

from datetime import date

import pytest

from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.finder import find_mentions
from defevents.timex.tense import clause_cue, clause_tense


class TestCalendar:
    """Intervals, shifting and narrowing."""

    def test_winter_spans_the_new_year(self) -> None:
        """WI of 2025 runs from December 2025 to the end of February 2026 (29th in leap years)."""
        assert (cal.season(2025, "WI").start, cal.season(2025, "WI").end) == (date(2025, 12, 1), date(2026, 2, 28))
        assert cal.season(2027, "WI").end == date(2028, 2, 29)

    def test_containing_season_in_january(self) -> None:
        """A January day belongs to the previous year's winter."""
        assert cal.containing(date(2026, 1, 20), "season").value == "2025-WI"

    @pytest.mark.parametrize(
        ("iv", "mod", "start", "end"),
        [
            (cal.year(2025), "START", date(2025, 1, 1), date(2025, 4, 30)),
            (cal.year(2025), "MID", date(2025, 5, 1), date(2025, 8, 31)),
            (cal.year(2025), "END", date(2025, 9, 1), date(2025, 12, 31)),
            (cal.month(2024, 2), "END", date(2024, 2, 21), date(2024, 2, 29)),
            (cal.decade(2020), "END", date(2027, 1, 1), date(2029, 12, 31)),
            (cal.quarter(2025, 3), "START", date(2025, 7, 1), date(2025, 7, 31)),
            (cal.half(2026, 1), "END", date(2026, 5, 1), date(2026, 6, 30)),
            (cal.day(date(2025, 3, 1)), "END", date(2025, 3, 1), date(2025, 3, 1)),
        ],
    )
    def test_narrow_thirds(self, iv: cal.Interval, mod: str, start: date, end: date) -> None:
        """START/MID/END are the first, middle and last third on the sub-grain."""
        n = cal.narrow(iv, mod)
        assert (n.start, n.end, n.value) == (start, end, iv.value)

    def test_iso_weeks_across_years(self) -> None:
        """ISO weeks: 2020 has a week 53, and 1 January 2021 still belongs to it."""
        assert cal.week(date(2021, 1, 1)).value == "2020-W53"
        assert cal.shift(cal.week(date(2021, 1, 4)), -1).value == "2020-W53"

    def test_shift_months_and_quarters(self) -> None:
        """Shifting wraps years."""
        assert cal.shift(cal.month(2025, 12), 1).value == "2026-01"
        assert cal.shift(cal.quarter(2025, 1), -1).value == "2024-Q4"
        assert cal.shift(cal.season(2025, "WI"), 1).value == "2026-SP"

    def test_decade_and_century_values(self) -> None:
        """The 1990s are "199"; the 20th century is "19" (1900-1999)."""
        assert (cal.decade(1990).value, cal.century(1900).value) == ("199", "19")
        assert cal.century(1900).end == date(1999, 12, 31)


class TestTense:
    """Cue words around an expression."""

    @pytest.mark.parametrize(
        ("sentence", "target", "expected"),
        [
            ("The ministry said on Friday that it had signed.", "Friday", "past"),
            ("The ministers will meet on Friday.", "Friday", "future"),
            ("The vote is expected to take place on Friday.", "Friday", "future"),
            ("Troops are going to leave on Friday.", "Friday", "future"),
            ("The frigate will be delivered in March.", "March", "future"),
            ("The contract was signed in March.", "March", "past"),
            ("Talks were held on Friday.", "Friday", "past"),
            ("The vote is on Friday.", "Friday", "present"),
            ("The plan, which he announced, starts on Friday.", "Friday", None),
            ("The company said the offer expires Nov. 21.", "Nov. 21", None),
            ("The United States on Friday.", "Friday", None),
            # a bracketed aside is passed over; an unclosed bracket still opens a clause
            ("Kenya will send 400 police officers to the mission in Haiti (MSS) from June.", "June", "future"),
            ("The navy (which took delivery last year) will commission the ship in May.", "May", "future"),
            ("Troops left the base (according to the ministry) on Friday.", "Friday", "past"),
            ("Turkey will host the talks (in Ankara on Monday.", "Monday", None),
        ],
    )
    def test_cues(self, sentence: str, target: str, expected: str | None) -> None:
        """The nearest cue in the clause decides; none gives None (news reads it as past)."""
        i = sentence.index(target)
        assert clause_cue(sentence, i, i + len(target)) == expected
        assert clause_tense(sentence, i, i + len(target)) == (expected or "past")


class TestAnchors:
    """The stack of times already resolved."""

    def test_last_by_grain(self) -> None:
        """A finer anchor serves a coarser need, not the other way round."""
        a = Anchors().push(cal.year(2019), basis="explicit", end=4).push(cal.month(2020, 3), basis="relative", end=9)
        assert a.last("year").value == "2020-03"
        assert a.last("year", skip_relative=True).value == "2019"
        assert a.last("day") is None
        found = a.last_written("year")
        assert found is not None and found[0].value == "2019"

    def test_depth_is_bounded(self) -> None:
        """Only the newest dozen anchors are kept."""
        a = Anchors()
        for y in range(2000, 2030):
            a = a.push(cal.year(y), basis="explicit", end=0)
        assert len(a.items) == 12 and a.items[-1][0].value == "2029"


class TestFinder:
    """Candidate finding, before resolution."""

    def test_kinds(self) -> None:
        """Each shape is found by its branch."""
        text = "On 4 December 2025, two years ago, every year, since 2014, last week and Tuesday evening."
        kinds = [m.kind for m in find_mentions(text)]
        assert kinds == ["b_dmy", "b_ago", "b_set", "b_year", "b_rel", "b_weekday"]

    def test_signal_recorded(self) -> None:
        """The preposition in front is recorded, outside the span."""
        (m,) = find_mentions("The jets arrive by 2027.")
        assert (m.signal, m.start) == ("ON_OR_BEFORE", 19)

    def test_range_roles(self) -> None:
        """Two-ended ranges mark their ends."""
        roles = [m.range_role for m in find_mentions("It ran from 2022 to 2024, and in 2009–10.")]
        assert roles == ["from", "to", "from", "to"]

    def test_capitalised_month_only(self) -> None:
        """'may' and 'march' in lower case are words, not months."""
        assert find_mentions("Troops may march in.") == []
        assert [m.kind for m in find_mentions("Troops arrived in May.")] == ["b_month"]
