"""Finding time expressions: grounded candidate spans with their parsed parts, nothing resolved.

One cheap trigger pass marks the words an expression can start with; the master pattern of
:mod:`defevents.timex.patterns` is tried only there. Each match is then *accepted* or refused by
a small context check (a bare "2025" must look like a year, a bare "May" must follow "in",
"since", "by"...), and a period prefix ("late", "the end of") or amount prefix ("more than")
that does not fit the branch is trimmed off the span.

Span policy (TimeBank / TIMEX3): signal prepositions ("in", "on", "by", "since", "until",
"from") stay outside the span; determiners and modifiers that belong to the expression ("the
past two years", "late last year", "the end of the year", "this summer") are inside it. The
preposition's meaning is kept as :attr:`Mention.signal` and becomes the value's ``mod``.
"""

from __future__ import annotations

import functools
import re

from .. import _lazy_regex as regex

from defevents.timex.accept import accept, signal_before
from defevents.timex.mention import Mention, with_fields
from defevents.timex.patterns import BRANCH_NAMES, LOWER_CLASS, TRIGGER, candidate_pattern

__all__ = ["Mention", "find_mentions"]

_DIGIT_START = frozenset("0123456789'’")
# Small per-token checks use the standard library's ``re``: its per-call overhead is lower.
_WORDISH = re.compile(r"\w")
_DATE_SEPARATORS = frozenset("/.:-–—")
_DAY_ORDINAL = re.compile(r"(?:[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)")
_GLUE_GAP = re.compile(r"\s+(?:of|and|or|to|in|for|than|least|most)\s+")
_AMPM_AFTER = re.compile(r"\s?[ap]\.?m\b|\s?(?:gmt|utc|hrs)\b|\s?(?:bc|ad|bce|ce)\b|\s?(?:b\.c|a\.d)\b")
_RANGE_GAP = regex.compile(r"(?i)^\s*(?:-|–|—|to|through|until|till|and|or)\s*$")
_RANGE_OPENER = regex.compile(r"(?i)\b(?:from|between)\s+$")


@functools.cache
def _branch_index() -> tuple[tuple[int, str], ...]:
    """(group number, branch name) of each branch of the candidate pattern, in branch order."""
    groups = candidate_pattern().groupindex
    return tuple((groups[b], b) for b in BRANCH_NAMES)


def _candidates(text: str) -> list[int]:
    """Positions worth trying, in text order.

    An anchor (a month or weekday name, a unit or deictic word) is always tried, and a number
    when it could begin a date, a year or an amount of time; a word that can only start an
    expression ("the", "late", "more than") is tried only when a chain of such words, with at
    most one linking "of"/"and"/"to" between two of them, reaches an anchor within five words
    ("the end of the year").
    """
    low_text = text.lower()
    if len(low_text) != len(text):  # lower-casing changed lengths (rare Unicode): keep offsets exact
        low_text = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    starts: list[int] = []
    ends: list[int] = []
    classes: list[str] = []
    for m in TRIGGER.finditer(" " + low_text):
        s0, e0 = m.span()
        e0 -= 1
        w = low_text[s0:e0]
        c = "digit" if w[0] in _DIGIT_START else LOWER_CLASS.get(w, "core")
        if (c == "month" or c == "weekday") and not text[s0].isupper():
            continue  # month and weekday names count only when capitalised ("May", not "may")
        starts.append(s0)
        ends.append(e0)
        classes.append(c)
    n = len(starts)
    # adjacent[i]: token i+1 follows token i with only punctuation, or one linking word, between
    adjacent = [False] * n
    for i in range(n - 1):
        gap_start, gap_end = ends[i], starts[i + 1]
        if gap_end - gap_start <= 3:
            adjacent[i] = not _WORDISH.search(low_text, gap_start, gap_end)
        elif gap_end - gap_start <= 8:
            adjacent[i] = _GLUE_GAP.fullmatch(low_text, gap_start, gap_end) is not None

    def digit_worth_trying(i: int) -> bool:
        """A number can start a time only if it looks like a year, a date or a time, or a
        unit, month or clock mark follows it ("1,200 troops", "40%" and "Type 26" cannot)."""
        s0, e0 = starts[i], ends[i]
        w = low_text[s0:e0]
        if w[0] in "'’" or (len(w) >= 4 and w[:4].isdigit()):
            return True  # '90s, 2025, 1990s
        if not w[-1].isdigit() and not w.endswith(("st", "nd", "rd", "th")):
            return True  # 3q, 4pm
        if e0 < len(low_text) and low_text[e0] in _DATE_SEPARATORS and low_text[e0 + 1 : e0 + 2].isdigit():
            # 4/12/2025, 10:30, 12-14; but not a decimal ("2.5%", "1.9bn")
            if low_text[e0] != "." or low_text.count(".", e0 + 1, e0 + 4) or _AMPM_AFTER.match(low_text, e0 + 3):
                return True
            if i + 2 < n and adjacent[i + 1] and classes[i + 2] == "core":
                return True  # 2.5 years
        if low_text.startswith(" 1/2 ", e0):
            return True  # 2 1/2 years
        if w[-1] in "dht" and low_text.endswith("the ", 0, s0) and _DAY_ORDINAL.fullmatch(w):
            return True  # on the 4th (the candidate pattern checks what follows)
        if i + 1 < n and adjacent[i]:
            c1 = classes[i + 1]
            if c1 != "digit" and (c1 in ("core", "month", "end") or not w[-1].isalpha()):
                return True  # 3 days, 12 March, two-year, 20th century, the 12th of March
            if i + 2 < n and classes[i + 2] == "month" and adjacent[i + 1]:
                return True  # 9 and 10 July
        return bool(_AMPM_AFTER.match(low_text, e0))

    out: list[int] = []
    for i in range(n):
        c = classes[i]
        if c == "end":
            continue
        if c == "digit":
            if not digit_worth_trying(i):
                continue
        elif c == "prefix" or c == "amount":
            if not adjacent[i]:
                continue  # the common case: nothing follows, so no chain (adjacent[n - 1] is False)
            j, ok = i + 1, False
            while j < n and j <= i + 5 and adjacent[j - 1]:
                cj = classes[j]
                if cj == "digit":
                    ok = digit_worth_trying(j)
                    break
                if cj != "prefix" and cj != "amount":
                    ok = True
                    break
                j += 1
            if not ok:
                continue
        out.append(starts[i])
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every accepted candidate in ``text``, in text order, without overlaps."""
    out: list[Mention] = []
    pos = 0
    n = len(text)
    pattern = candidate_pattern()
    branch_index = _branch_index()
    for s in _candidates(text):
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is None:
            continue
        regs = m.regs
        for i, kind in branch_index:
            if regs[i][0] >= 0:
                break
        else:
            continue
        found = accept(text, m, kind)
        if not found:
            continue
        if found[0].signal is None and found[0].range_role is None:
            signal = signal_before(text, found[0].start)
            if signal is not None:
                found[0] = with_fields(found[0], signal=signal)
        out.extend(found)
        pos = max(x.end for x in found)
        if pos >= n:
            break
    return _link_ranges(text, out)


def _link_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mark 'from X to Y', 'between X and Y' and 'X-Y' pairs as the two ends of one range."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_role or b.range_role:
            continue
        if a.kind in ("b_duration", "b_set", "b_ref", "b_ago", "b_clock") or b.kind in (
            "b_duration", "b_set", "b_ref", "b_ago", "b_clock"
        ):
            continue
        gap = text[a.end : b.start]
        if len(gap) > 12 or not _RANGE_GAP.match(gap):
            continue
        opener = _RANGE_OPENER.search(text, max(0, a.start - 12), a.start)
        dash = gap.strip() in ("-", "–", "—")
        if not opener and not dash:
            continue
        if gap.strip().lower() == "or":
            continue
        out[i] = with_fields(a, range_role="from", signal="ON_OR_AFTER")
        out[i + 1] = with_fields(b, range_role="to", signal="ON_OR_BEFORE")
    return out
