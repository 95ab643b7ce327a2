"""The time resolver: find time expressions in news text and give them TIMEX3-style values.

Public API::

    find_times(text, *, reference)        -> list[TimeValue]   every time expression, text order
    scan_times(text, *, reference)        -> TimeScan          the same, plus warnings
    resolve_time(expression, *, reference, tense=None) -> TimeValue | None
    detect_reference(text)                -> (date, Span) | None

Every value carries a grounded span (``span.text == text[span.start:span.end]``). Nothing reads
the clock: relative expressions need ``reference``, and stay ``value=None`` without it.

Conventions
-----------
* Values follow TimeBank/TIMEX3: ``2025-03-12``, ``2025-03``, ``2025``, ``2025-SU``,
  ``2025-Q3``, ``2025-H1``, ``2025-W11``, ``2025-03-11TEV`` (TIME), ``199`` (the 1990s),
  ``19`` (the 20th century), ``P2Y`` (DURATION), ``P1Y`` (SET "every year"), ``XXXX-03``
  (SET "each March"), ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, ``BC0490``.
* ``start``/``end`` are the first and last days covered. START/MID/END narrow them to the
  first/middle/last third ("late last year": Sep-Dec). A signal preposition outside the span
  sets ``mod`` and opens one side: "by 2027" / "until 2030" -> ON_OR_BEFORE (no start),
  "before" -> BEFORE, "after" -> AFTER, "since 2014" / "from 2014" -> ON_OR_AFTER (no end).
  Durations and sets have no start/end.
* Ranges ("from 2022 to 2024", "between March and May", "2009-2010", "2009–10",
  "12-14 March") are two TimeValues, each with its own span: the first ON_OR_AFTER, the
  second ON_OR_BEFORE. A year-less end never precedes its start (a weekday end is the first
  such day on or after it: "from Monday to Wednesday"). A month-first range writes its second
  day bare ("September 10 to 13", "Aug. 4 through 15"). Two days in a row joined by "and"
  ("on 9 and 10 July") are a range; two days apart ("on 9 and 12 December") are two dates.
* Slashed dates are read day-first ("4/12/2025" = 4 December), unless the first number cannot
  be a month's day order (month-first when the second number is above 12), or the document
  itself writes its long dates month-first ("December 4, 2025") more often than day-first.
* Fiscal years ("fiscal 2025", "FY2025", "FY2024-25") are given as the calendar year they are
  named after (the ending year for a split year): fiscal calendars differ by country.
* Year-less dates follow the clause tense (:mod:`defevents.timex.tense`): future takes the
  next occurrence, past the latest one not after the reference, unless that is over 16x (4x
  with no tense cue; twice these for seasons and quarters) farther away than the next
  ("payable Jan. 14" written on 5 January);
  present takes the nearest. Bare weekdays are past unless the clause is future (the next
  one) or present (the nearest); plans and schedules are future whatever their verb's tense
  ("Protesters planned a rally on Saturday"), a possessive day past ("Wednesday's ruling").
  "Wednesday 12 March" takes the year nearest the reference in which 12 March is a Wednesday
  (a written year that contradicts the weekday is kept, with a warning).
* A written half is given in the next smaller unit ("2 1/2 years" -> ``P2Y6M``, "a year and a
  half" -> ``P1Y6M``, "half an hour" -> ``PT30M``); a spelled "two and a half years" keeps the
  decimal (``P2.5Y``). "For the full/entire year" is the year in play (a DATE); "a full year"
  is ``P1Y``.
* Vague amounts use X: "several weeks" -> ``PXW``, "decades" -> ``PXDE``, "in recent years"
  -> ``PXY`` (TimeBank's reading); "years ago" -> ``PAST_REF``.
* "a year earlier" keeps the grain of the time it is anchored on: after "the third quarter
  of 2024" it is ``2023-Q3``.
* "that same year", "the following month", "a year earlier", "the day before" resolve against
  the last time mentioned earlier in the text (``basis="anaphoric"``), falling back to the
  reference. In narrative texts (explicit years far from the reference) year-less dates
  anchor on the last mentioned date instead of the reference.
"""

from __future__ import annotations

from datetime import date

from defevents.schema import TimeValue
from defevents.timex.reference import detect_reference
from defevents.timex.scan import TimeScan, scan_times
from defevents.timex.tense import Tense

__all__ = ["TimeScan", "detect_reference", "find_times", "resolve_time", "scan_times"]


def find_times(text: str, *, reference: date | None) -> list[TimeValue]:
    """Every time expression in ``text``, in text order, with a grounded span.

    Args:
        text: the document, unchanged (spans index it).
        reference: the date relative expressions are anchored on, usually the publication
            date; with ``None`` they keep ``value=None`` while absolute dates still resolve.

    Returns:
        The times, possibly empty; ``scan_times`` gives the same list with warnings.

    >>> [t.value for t in find_times("The deal was signed last year.", reference=date(2026, 1, 20))]
    ['2025']
    """
    return scan_times(text, reference=reference).times


def resolve_time(expression: str, *, reference: date, tense: Tense | None = None) -> TimeValue | None:
    """The value of one time expression (the span is relative to ``expression``).

    Args:
        expression: a short phrase such as "on 12 March" or "late last year"; a preposition
            in front is read as a signal (it sets ``mod``) and stays outside the span.
        reference: the date to anchor relative expressions on.
        tense: force the tense ("past", "present", "future") instead of reading it from the
            phrase; it decides year-less dates, weekdays, seasons and quarters.

    Returns:
        The longest time found in the phrase, or None if there is none.

    >>> resolve_time("late last year", reference=date(2026, 1, 20)).start
    datetime.date(2025, 9, 1)
    >>> resolve_time("on 12 March", reference=date(2025, 3, 24), tense="future").value
    '2026-03-12'
    """
    times = scan_times(expression, reference=reference, tense=tense).times
    if not times:
        return None
    return max(times, key=lambda t: (len(t.text), -(t.span.start if t.span else 0)))
