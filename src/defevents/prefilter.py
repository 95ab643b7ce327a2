"""Cheap anchors in front of expensive patterns.

A money or count pattern has many optional parts (a qualifier, a currency before or after, a
scale word), so ``regex`` tries it at every character of a document. Yet every amount contains
a digit or a number word: a scan for those *anchors* is tens of times cheaper. The expensive
pattern then runs only in windows around the anchors, and finds the same matches as a scan of
the whole text, provided no match reaches further than ``before`` characters ahead of its
first anchor or ``after`` characters past it (the lookarounds included). Look-behinds still
see the text before a window; windows that touch are merged, so a match is never cut in two.

>>> digits = regex.compile(r"\\d+")
>>> [m.group() for m in finditer_near(regex.compile(r"\\$\\d+"), "costs $5, not five, or $60", digits, 5, 5)]
['$5', '$60']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["finditer_near", "windows"]


def windows(anchors: regex.Pattern[str], text: str, before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` ranges reaching ``before`` characters ahead of each anchor match
    and ``after`` characters past it, clipped to the text."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in anchors.finditer(text):
        a, b = max(0, m.start() - before), min(n, m.end() + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def finditer_near(pattern: regex.Pattern[str], text: str, anchors: regex.Pattern[str],
                  before: int, after: int) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, searched only in the :func:`windows` around ``anchors``."""
    for a, b in windows(anchors, text, before, after):
        yield from pattern.finditer(text, a, b)
