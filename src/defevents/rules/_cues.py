"""Which sentences a rule's pattern runs on: those that hold one of its cues.

A rule's ``cues`` are lower-case word beginnings, one of which every match of its pattern holds
("sign" stands for "signed", "signing", "signs"). Most rule patterns open on something common (a
determiner, a subject, any verb), so the ``regex`` engine would try them at nearly every character
of a text; a cue is a word the match cannot do without. One scan of the text finds the cues of
every rule at once (a trie, the longest cue first), and a rule's pattern then runs only from the
sentences that hold one of its cues. A rule without cues runs over the whole text.

A match starts in a sentence that holds a cue of its rule and may run on past its end, as on the
whole text; the pattern's look-aheads see :data:`LOOKAHEAD` characters past that sentence.
``tests/test_rule_cues.py`` checks, for every rule on every test text, that this finds what a
scan of the whole text finds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..gazetteers import literal_alternation
from ..prefilter import LowerCaseScan

if TYPE_CHECKING:
    from ..text import Segments
    from . import Rule

__all__ = ["CueIndex", "LOOKAHEAD", "cue_index", "sentence_spans"]

# How far past the end of its sentence a rule's look-ahead may read: the longest bounded
# look-ahead of the rules (``export_deal.signed_by``'s "by" within 80 characters)
LOOKAHEAD = 80


class CueIndex:
    """The cues of a set of rules, compiled into one scan."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        rules = list(rules)
        cues = sorted({c for r in rules for c in r.cues})
        self._scan = LowerCaseScan(r"\b" + literal_alternation(cues) if cues else r"(?!)")
        # the scan finds the longest cue a word begins with; every shorter cue it begins with
        # (a rule's "sign" inside another's "signed") is a prefix of that one
        owners: dict[str, set[str]] = {}
        for r in rules:
            for x in r.cues:
                owners.setdefault(x, set()).add(r.id)
        self._rules_of = {c: frozenset(i for k in range(1, len(c) + 1) for i in owners.get(c[:k], ())) for c in cues}

    def sentences(self, text: str, segments: Segments) -> dict[str, list[int]]:
        """For each rule id, the indices of the sentences that hold one of its cues, in order."""
        out: dict[str, list[int]] = {}
        for m in self._scan.finditer(text):
            i = segments.sentence_index(m.start())
            for rule_id in self._rules_of[m.group().lower()]:
                found = out.setdefault(rule_id, [])
                if not found or found[-1] != i:
                    found.append(i)
        return out


def sentence_spans(rule: Rule, cued: dict[str, list[int]], segments: Segments) -> list[tuple[int, int]]:
    """Where ``rule``'s matches may start: its cue sentences, or the whole text if it has no cues."""
    if not rule.cues:
        return [(0, len(segments.text))]
    return [segments.sentences[i] for i in cued.get(rule.id, ())]


_INDEXES: dict[tuple[tuple[str, tuple[str, ...]], ...], CueIndex] = {}


def cue_index(rules: Iterable[Rule]) -> CueIndex:
    """The cue index of ``rules``, built once per set of rule ids and cues."""
    rules = tuple(rules)
    key = tuple((r.id, r.cues) for r in rules)
    index = _INDEXES.get(key)
    if index is None:
        index = _INDEXES[key] = CueIndex(rules)
    return index
