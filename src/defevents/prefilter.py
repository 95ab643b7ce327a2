"""Cheap anchors in front of expensive patterns.

A money or count pattern has many optional parts (a qualifier, a currency before or after, a
scale word), so ``regex`` tries it at every character of a document. Yet every amount names a
currency and every count holds a digit or a number word: a scan for those *anchors* is several
times cheaper. The expensive pattern then runs only in windows around the anchors, and finds
the same matches as a scan of the whole text, provided no match reaches further than the
anchors' ``reach`` (characters before, characters after) from one of them, look-arounds
included. Look-behinds still see the text before a window; windows that touch are merged, so
a match is never cut in two.

>>> digits = Anchors([], reach=(5, 5))
>>> [m.group() for m in finditer_near(regex.compile(r"\\$\\d+"), "costs $5, not five, or $60", digits)]
['$5', '$60']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

import regex

from .gazetteers import literal_alternation

__all__ = ["Anchors", "LowerCaseScan", "finditer_near", "windows"]


class Anchors:
    """Digit runs and words (not inside a longer word), any case: found in the lower-cased text, which a pattern
    without case folding scans several times faster (case folding is the slow part of a scan).

    >>> [m.group() for m in Anchors(["billion"], reach=(0, 0)).finditer("$2 Billion")]
    ['2', 'billion']
    """

    def __init__(self, words: Iterable[str], *, digits: bool = True, reach: tuple[int, int]) -> None:
        self.reach = reach
        """How far (characters before, characters after) a match may reach from its anchor."""
        unique = {w.casefold() for w in words if w}
        # A word must not touch another letter ("won", not "wonder"; a digit may: "5zł"); a
        # surface with a symbol at an edge ("$", "US$", "Rs.") is matched as it is. Each set is
        # one trie-shaped alternation: a flat list of hundreds of words is tried word by word.
        wordlike = [w for w in unique if w[:1].isalpha() and w[-1:].isalpha()]
        other = [w for w in unique if w not in wordlike]
        # (the standard library's ``re`` scans these tries about three times faster than ``regex``;
        # it has no ``\p{L}``, and ``[^\W\d_]`` is a letter, or a numeric sign such as "½")
        parts = [rf"(?<![^\W\d_])(?:{literal_alternation(wordlike)})(?![^\W\d_])" if wordlike else "",
                 f"(?:{literal_alternation(other)})" if other else ""]
        body = "|".join(p for p in parts if p) or r"(?!)"
        if digits:
            body = rf"\d+|{body}"
        self._scan = LowerCaseScan(body)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._scan.finditer(text)


class LowerCaseScan:
    """A pattern written in lower case, run on the lower-cased text: without case folding, ``re``
    scans several times faster. Where lower-casing changes the text's length ("İ" becomes two
    characters) and so its offsets, the pattern runs case-blind on the text itself, compiled on
    first use."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._lower = re.compile(pattern)

    @cached_property
    def _any_case(self) -> re.Pattern[str]:
        return re.compile(self._pattern, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower = text.lower()
        if len(lower) != len(text):
            return self._any_case.finditer(text)
        return self._lower.finditer(lower)


def windows(anchors: Anchors | regex.Pattern[str], text: str, before: int, after: int) -> list[tuple[int, int]]:
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


def finditer_near(pattern: regex.Pattern[str], text: str, anchors: Anchors) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, searched only in the :func:`windows` around ``anchors``."""
    for a, b in windows(anchors, text, *anchors.reach):
        yield from pattern.finditer(text, a, b)
