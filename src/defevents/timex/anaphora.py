"""Anchors for anaphoric times: the times already resolved earlier in the same text.

"That same year", "the following month", "later that day" and "a year earlier" are resolved
against the last time mentioned before them that is at least as fine as the grain they need,
not against the reference date. :class:`Anchors` is an immutable stack: resolving a document
threads a new value through the loop, so there is no shared mutable state.

>>> from defevents.timex.calendar import day, year
>>> from datetime import date
>>> a = Anchors().push(year(2019), basis="explicit", end=10).push(day(date(2019, 3, 4)), basis="explicit", end=40)
>>> a.last("year").value
'2019-03-04'
>>> a.last("day").value
'2019-03-04'
>>> Anchors().push(year(2019), basis="explicit", end=10).last("day") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from defevents.timex.calendar import Interval

__all__ = ["GRAIN_ORDER", "Anchors"]

GRAIN_ORDER: dict[str, int] = {
    "minute": 0, "hour": 1, "day": 2, "week": 3, "month": 4, "quarter": 5, "season": 5, "half": 6,
    "year": 7, "decade": 8, "century": 9,
}
_DEPTH = 12


@dataclass(frozen=True, slots=True)
class Anchors:
    """The most recent resolved times of a text, newest last (at most a dozen kept)."""

    items: tuple[tuple[Interval, str, int], ...] = ()
    """(interval, basis, end offset in the text) for each anchor, oldest first."""

    def push(self, iv: Interval, *, basis: str, end: int) -> Anchors:
        """A new stack with ``iv`` (resolved with ``basis``, ending at offset ``end``) on top."""
        return Anchors((*self.items[-(_DEPTH - 1):], (iv, basis, end)))

    def last(self, grain: str, *, skip_relative: bool = False) -> Interval | None:
        """The newest anchor whose grain is ``grain`` or finer (a day can anchor "that year").

        With ``skip_relative``, anchors that were themselves read off the reference date are
        passed over (a narrative's "next year" should not drag it to the present). Comparison
        times ("a year earlier", "the year-ago quarter", basis ``"comparison"``) never anchor:
        "profit rose from a year ago ... sales fell in the quarter ... a year earlier" compares
        each time with the period under discussion, not with the previous comparison.
        """
        need = GRAIN_ORDER.get(grain, 7)
        for iv, basis, _ in reversed(self.items):
            if basis == "comparison" or (skip_relative and basis == "relative"):
                continue
            if GRAIN_ORDER.get(iv.grain, 99) <= need:
                return iv
        return None

    def newest(self, grains: frozenset[str] | None = None, *, not_after: date | None = None) -> Interval | None:
        """The newest anchor (of one of ``grains``, starting no later than ``not_after``, if
        given), comparison times left out."""
        for iv, basis, _ in reversed(self.items):
            if basis == "comparison" or (grains is not None and iv.grain not in grains):
                continue
            if not_after is not None and iv.start > not_after:
                continue
            return iv
        return None

    def last_written(self, grain: str) -> tuple[Interval, int] | None:
        """The newest anchor written out in the text (basis "explicit"), and where it ends."""
        need = GRAIN_ORDER.get(grain, 7)
        for iv, basis, end in reversed(self.items):
            if basis == "explicit" and GRAIN_ORDER.get(iv.grain, 99) <= need:
                return iv, end
        return None
