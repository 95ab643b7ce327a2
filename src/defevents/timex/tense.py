"""The tense of the clause around a time expression: past, present or future.

Cue words, not a parser. The clause to the *left* of the expression (back to the sentence
start or a clause boundary such as "that", ";" or "but") is read first: any future cue there
("will", "shall", "going to", "expected to", "plans to", "is set to", "would", "next") makes
the expression future, otherwise any past cue (a past-tense verb, "ago", "last", "has been")
makes it past. If the left clause has no cue, the nearest cue in the right clause decides.
News defaults to the past.

>>> clause_tense("The minister said on Tuesday that talks would resume", 17, 24)
'past'
>>> clause_tense("The frigate will be delivered in March", 32, 37)
'future'
>>> clause_tense("On Friday the ship is set to sail", 3, 9)
'future'
"""

from __future__ import annotations

from typing import Literal

import regex

Tense = Literal["past", "present", "future"]

_BOUNDARY = regex.compile(
    r"(?i)[.!?;:\n\"“”]\s|[;\n]|\b(?:that|which|who|whereas|but|because|although|though|while|when|after|before|since|until|if|unless)\b|,\s*(?:and|but|or)\b"
)
_CUE = regex.compile(
    r"(?i)\b(?:"
    r"(?P<future>will|won['’]t|shall|going\s+to|(?:is|are|was|were)\s+(?:set|due|scheduled|slated|poised|expected|planned|planning|going)\s+to"
    r"|expects?\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|would|next|upcoming|forthcoming|from\s+now|tomorrow)"
    r"|(?P<future2>['’]ll)"
    r"|(?P<passive>(?:be|been|being)\s+\w+(?:ed|en|wn))"
    r"|(?P<present>is|are|am|remains?|continues?)"
    r"|(?P<past>ago|last|yesterday|said|says|was|were|had|did|has\s+been|have\s+been|(?:has|have)\s+\w+(?:ed|en|wn|ght)"
    r"|took|made|met|came|went|gave|told|began|won|held|sent|led|left|saw|sold|bought|fell|rose|struck|spent|brought"
    r"|became|fought|kept|lost|paid|ran|wrote|flew|hit|shot|quit|cut|put|beat|drew|grew|knew|chose|spoke|broke|stood"
    r"|sought|taught|caught|won|oversaw|withdrew|overtook|underwent|unveiled|[a-z]{3,}ed)"
    r")\b"
)
_WINDOW = 160


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense governing the expression at ``text[start:end]`` (default ``"past"``)."""
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    cut = 0
    for b in _BOUNDARY.finditer(left):
        cut = b.end()
    left = left[cut:]
    kinds = [_kind(m) for m in _CUE.finditer(left)]
    for kind in reversed(kinds):
        if kind in ("future", "future2"):
            return "future"
        if kind == "past":
            return "past"
    right = text[end : end + _WINDOW]
    b = _BOUNDARY.search(right)
    if b:
        right = right[: b.start()]
    for m in _CUE.finditer(right):
        kind = _kind(m)
        if kind in ("future", "future2"):
            return "future"
        if kind == "past":
            return "past"
    if "present" in kinds:
        return "present"
    return "past"


def _kind(m: regex.Match[str]) -> str:
    for name in ("future", "future2", "passive", "present", "past"):
        if m.start(name) >= 0:
            return name
    return ""
