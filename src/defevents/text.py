"""Sentences and clauses over the exact input string: offsets only, the text is never rewritten.

News copy comes hard-wrapped (government releases), with headlines and cross-heads that carry
no full stop, and with abbreviations (U.S., Gen., Jan.) that are not sentence ends. A single
line break is a sentence boundary only when the line before it ends a sentence, or is a short
heading followed by a capitalised line.

>>> src = "UK and Poland sign pact\\nThe UK and Poland have agreed to\\ndeeper ties. Gen. Smith met U.S. officials."
>>> [src[a:b] for a, b in sentences(src)]
['UK and Poland sign pact', 'The UK and Poland have agreed to\\ndeeper ties.', 'Gen. Smith met U.S. officials.']
"""

from __future__ import annotations

from bisect import bisect_right

import regex

__all__ = ["Segments", "clauses", "sentences"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pte brig rev st sen rep gov pres
    hon rt amb cdr cdre gp wg sqn ldr vadm radm
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx inc ltd corp co dept
    est fig mt ft u.s u.k e.u u.n a.m p.m i.e e.g zr.ms hr.ms
    rs nrs kshs shs tk dhs""".split()  # "Zr.Ms. Evertsen": a Dutch ship prefix; "Rs. 3,100 million": a currency
)

# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space.
_END = regex.compile(r"""[.!?]+['"’”)\]]*(?=\s)|[.!?]+['"’”)\]]*$""")
_LINE = regex.compile(r"[^\n]*(?:\n|$)")
_TERMINAL = regex.compile(r"""[.!?:;]['"’”)\]]*\s*$""")
_OPEN_END = regex.compile(r"(?i)(?:\b(?:a|an|the|of|to|and|or|in|on|at|for|with|by|from|his|her|their|its|our|has|have|will|was|were|is|are)|[,(\-–—])\s*$")
# A clause break: semicolons, dashes used as punctuation, and subordinate joins after a comma.
# The breaks that open with white space start only where a run of it starts (or where the scan
# starts): one inside the run matches exactly when one at its start does, which is tried first,
# and trying every position of a long run would take quadratic time.
_RUN = r"(?:(?<!\s)|\G)"
_CLAUSE = regex.compile(
    rf"""{_RUN}\s*;\s*
      | {_RUN}\s+[–—]\s+ | {_RUN}\s+-{{1,2}}\s+
      | \.(?:-{{1,2}}|[–—])\s+   # an agency dateline's ".-": "Lima, 8 Feb (Andina).- The minister ..."
      | (?<=(?:^|\n)[^\S\n]*\p{{Lu}}[\p{{L}}’'\ -]{{1,30}}):[^\S\n]+(?=\p{{Lu}})   # a digest's label: "Libya: The corvette ..."
      | ,\s+(?=(?:where|which|while|whilst|although|though|after|before|as|when|but|and\s+(?:will|has|have|was|is))\b)
      | ,\s+(?=to\s+be\s+\w+(?:ed|en|t|wn)\b)
      | ,\s+(?=(?:restoring|clearing|making|marking|adding|replacing|ending|paving|giving|leaving|raising|taking|following|according)\b)
      | {_RUN}\s+(?=(?:but|while|whilst|although|whereas)\s)""",
    regex.VERBOSE,
)


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop ending at ``end`` belongs to an abbreviation or an initial."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].rstrip(".").casefold()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # an initial ("Norman W. Manley") or a run of them ("the M.B. Bishop International Airport")
    return all(len(letter) == 1 and letter.isalpha() for letter in word.split("."))


def _heading_width(text: str, lines: list[tuple[int, int]]) -> int:
    """How short a line must be to count as a heading: 60 characters, or well under the wrap
    width of hard-wrapped copy (where most lines run on into a lower-case continuation)."""
    wrapped = [
        len(text[a:b].rstrip())
        for (a, b), (c, d) in zip(lines, lines[1:])
        if text[c:d].strip()[:1].islower() and not _TERMINAL.search(text[a:b])
    ]
    if len(wrapped) < 3:
        return 60
    wrapped.sort()
    return min(60, int(wrapped[len(wrapped) // 2] * 0.6))


def _line_breaks(text: str) -> list[int]:
    """Offsets just after each single line break that ends a sentence or a heading."""
    cuts = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    heading = _heading_width(text, lines)
    for (a, b), (c, d) in zip(lines, lines[1:]):
        line = text[a:b].rstrip()
        nxt = text[c:d].strip()
        if not line.strip() or not nxt:
            cuts.append(c)  # blank lines always separate
            continue
        if _TERMINAL.search(line):
            if line.endswith(".") and len(line.strip()) >= heading and nxt[:1].isupper() \
                    and _is_abbreviation(text, a + len(line) - 1):
                continue  # a hard wrap after an initial: "the Lynden O.⏎Pindling International Airport"
            if line.endswith(".") and nxt[:1].islower() and _is_abbreviation(text, a + len(line) - 1):
                continue  # a hard wrap after an abbreviation: "with the U.S.⏎government"
            cuts.append(c)
        elif nxt[:1].isupper() and len(line.strip()) < heading and not _OPEN_END.search(line):
            cuts.append(c)  # a heading or byline followed by a new line of text
    return cuts


def sentences(text: str) -> list[tuple[int, int]]:
    """Half-open (start, end) offsets of the sentences of ``text``, without edge whitespace."""
    cuts = set(_line_breaks(text))
    for m in _END.finditer(text):
        if text[m.start()] == "." and m.group().rstrip("'\"’”)]") == "." and _is_abbreviation(text, m.start()):
            continue
        nxt = regex.match(r"\s+(\S)", text[m.end():m.end() + 8])
        if nxt and nxt.group(1).islower():
            continue  # "approx. five", "e.g. the"
        cuts.add(m.end())
    out = []
    start = 0
    for cut in sorted(cuts) + [len(text)]:
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        start = max(start, cut)
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]``, as absolute offsets."""
    out, a = [], start
    for m in _CLAUSE.finditer(text, start, end):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if end > a:
        out.append((a, end))
    return out


class Segments:
    """Sentence and clause lookup by character offset, built once per document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = sentences(text)
        self._starts = [a for a, _ in self.sentences]
        self._clauses = [clauses(text, a, b) for a, b in self.sentences]

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence containing (or last starting before) ``pos``; -1 if none."""
        return bisect_right(self._starts, pos) - 1

    def sentence(self, pos: int) -> tuple[int, int]:
        i = self.sentence_index(pos)
        return self.sentences[i] if i >= 0 else (0, 0)

    def clause(self, pos: int) -> tuple[int, int]:
        i = self.sentence_index(pos)
        if i < 0:
            return (0, 0)
        for a, b in self._clauses[i]:
            if a <= pos < b:
                return (a, b)
        return self.sentences[i]
