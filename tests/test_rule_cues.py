"""Rule cues: a rule's pattern runs only from the sentences that hold one of its cues
(:mod:`defevents.rules._cues`). That is a shortcut, so it must find what a scan of the whole text
finds, on every text the project has, for every rule."""

from __future__ import annotations

from functools import cache

import pytest
import regex

from defevents.errors import RuleError
from defevents.pipeline import _matches
from defevents.rules import Ex, Rule, all_rules
from defevents.rules._cues import CueIndex, cue_index, sentence_spans
from defevents.text import Segments

from .conftest import CORPUS, ROOT, load_jsonl

RULES = all_rules()


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(CORPUS.glob("*.jsonl")) + sorted((ROOT / "benchmarks").glob("heldout*/heldout*.jsonl")):
        texts += [r["text"] for r in load_jsonl(path)]
    for rule in RULES:
        texts += [e.text for e in rule.examples]
        texts += [e if isinstance(e, str) else e.text for e in rule.counterexamples]
    # the paragraphs of several documents run together, as in a news digest
    texts.append("\n\n".join(texts[3:40]))
    return texts


TEXTS = _texts()


@cache
def _segmented(i: int) -> tuple[Segments, dict[str, list[int]]]:
    seg = Segments(TEXTS[i])
    return seg, cue_index(RULES).sentences(TEXTS[i], seg)


def _cued_matches(rule: Rule, text: str) -> list[tuple[int, int]]:
    seg = Segments(text)
    cued = cue_index(RULES if rule in RULES else (rule,)).sentences(text, seg)
    return [m.span() for m in _matches(rule, text, sentence_spans(rule, cued, seg), 2.0, None)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_cue_sentences_find_what_the_whole_text_scan_finds(rule):
    """Every match of the whole-text scan that starts in the sentence of its trigger is found, and
    nothing else is, except where the whole-text scan ran a match on from an earlier sentence
    (a determiner at the end of one sentence taken for the subject of the next)."""
    assert rule.cues, f"{rule.id} has no cues: its pattern would run over every text whole"
    for i, text in enumerate(TEXTS):
        seg, cued_sentences = _segmented(i)
        full = list(rule.compiled.finditer(text))
        cued = [m.span() for m in _matches(rule, text, sentence_spans(rule, cued_sentences, seg), 2.0, None)]
        crossing = [m.span() for m in full
                    if seg.sentence_index(m.start()) != seg.sentence_index(m.start("trigger"))]
        for m in full:
            if m.span() not in crossing:
                assert m.span() in cued, (rule.id, text[m.start():m.end()], text[:80])
        for a, b in cued:
            assert (a, b) in [m.span() for m in full] or any(x < b and a < y for x, y in crossing), \
                (rule.id, text[a:b], text[:80])


def test_a_match_across_a_sentence_end_no_longer_starts_in_the_sentence_before():
    text = ("Talks went on for a year.\n\nAn agreement has been reached between Australia and the "
            "Philippines on the rotation of troops.")
    # a pattern whose words may run over a full stop, as a determiner and its modifiers once could
    rule = _rule("agreement.crossing", ("agree",), r"\b(?i:a|an)\s+(?:\S+\s+){0,4}?(?P<trigger>agreement\s+has\s+been\s+reached)")
    assert [text[m.start():m.end()] for m in rule.compiled.finditer(text)][0].startswith("a year.")
    [(a, b)] = _cued_matches(rule, text)
    assert text[a:b] == "An agreement has been reached"


def _rule(rule_id: str, cues: tuple[str, ...], pattern: str = r"(?P<trigger>\bsign\w*)") -> Rule:
    return Rule(id=rule_id, summary="test", pattern=pattern, build=lambda m, d, r: None, cues=cues)


def test_a_word_counts_for_every_rule_whose_cue_it_begins_with():
    short, long_ = _rule("agreement.short_cue", ("sign",)), _rule("agreement.long_cue", ("signed",))
    index = CueIndex([short, long_])
    text = "Talks began. Greece signed the pact. Signing it took an hour. Nobody signs twice."
    found = index.sentences(text, Segments(text))
    assert found == {"agreement.short_cue": [1, 2, 3], "agreement.long_cue": [1]}


def test_cues_match_words_from_their_start_in_any_case():
    rule = _rule("agreement.cased", ("ink",))
    text = "The DRINKS were served. Ministers INKED the accord. The ink dried."
    assert CueIndex([rule]).sentences(text, Segments(text)) == {"agreement.cased": [1, 2]}


def test_offsets_hold_where_lower_casing_changes_the_length_of_the_text():
    rule = _rule("agreement.turkish", ("signed",))
    text = "İstanbul hosted the ceremony. İİİ Ankara signed the accord. No more."
    assert len(text.lower()) != len(text)
    assert CueIndex([rule]).sentences(text, Segments(text)) == {"agreement.turkish": [1]}
    assert _cued_matches(rule, text) == [m.span() for m in rule.compiled.finditer(text)]


def test_a_rule_without_cues_runs_over_the_whole_text():
    rule = _rule("agreement.no_cues", (), r"(?P<trigger>\b(?i:sign)\w*)")
    text = "Signatures were collected. Spain signed. Portugal signs."
    seg = Segments(text)
    spans = sentence_spans(rule, cue_index([rule]).sentences(text, seg), seg)
    assert spans == [(0, len(text))]
    assert [m.group() for m in _matches(rule, text, spans, 2.0, None)] == ["Signatures", "signed", "signs"]


def test_a_look_ahead_sees_past_the_end_of_the_sentence():
    rule = _rule("agreement.lookahead", ("sign",), r"(?P<trigger>\bsigned)\b(?=[^;]{0,60}?\bKyiv)")
    text = "Warsaw signed. The ceremony was held in Kyiv."
    assert _cued_matches(rule, text) == [(7, 13)]


@pytest.mark.parametrize("cues", ["sign", ("Sign",), ("sign ed",), ("",), ("sign_",)])
def test_cues_must_be_a_tuple_of_lower_case_word_beginnings(cues):
    with pytest.raises(RuleError, match="cues"):
        _rule("agreement.bad_cues", cues)


def test_every_rule_example_holds_a_cue_of_its_rule():
    for rule in RULES:
        for ex in rule.examples:
            text = ex.text if isinstance(ex, Ex) else ex
            assert regex.search(r"(?i)\b(?:" + "|".join(map(regex.escape, rule.cues)) + ")", text), (rule.id, text)


STARTED = [r for r in RULES if r.starts]


def test_some_rules_name_where_their_matches_begin():
    assert STARTED and all(r.start_finder is not None for r in STARTED)
    assert all(r.start_finder is None for r in RULES if not r.starts)


@pytest.mark.parametrize("rule", STARTED, ids=lambda r: r.id)
def test_starts_find_what_the_whole_text_scan_finds(rule):
    """A rule that names its ``starts`` is tried only where a word begins with one: on every text the
    project has, that finds exactly what trying it at every character finds."""
    for text in TEXTS:
        whole = [m.span() for m in rule.compiled.finditer(text)]
        assert [m.span() for m in _matches(rule, text, [(0, len(text))], 2.0, None)] == whole, (rule.id, text[:80])


def _started(starts: tuple[str, ...], pattern: str) -> Rule:
    return Rule(id="agreement.started", summary="test", pattern=pattern, build=lambda m, d, r: None,
                cues=("sign",), starts=starts)


def _found(rule: Rule, text: str) -> list[str]:
    return [m.group() for m in _matches(rule, text, [(0, len(text))], 2.0, None)]


def test_a_rule_is_tried_only_where_a_word_begins_with_one_of_its_starts_in_any_case():
    text = "Spain SIGNED the pact; Italy inked it; Malta co-signed."
    pattern = r"(?P<trigger>\b(?i:co-)?(?i:sign|ink)\w*)"
    assert _found(_started(("sign", "ink", "co"), pattern), text) == ["SIGNED", "inked", "co-signed"]
    # a start left out is a match lost or cut short: the starts are a promise the pattern must keep
    assert _found(_started(("sign",), pattern), text) == ["SIGNED", "signed"]


def test_a_match_started_at_a_start_runs_over_the_next_ones():
    rule = _started(("signed",), r"(?P<trigger>\bsigned\s+and\s+signed)")
    text = "signed and signed and signed again"
    assert _found(rule, text) == ["signed and signed"]
    assert [m.span() for m in rule.compiled.finditer(text)] == [(0, 17)]


def test_a_look_behind_sees_the_words_before_a_start():
    rule = _started(("join",), r"(?<=\b(?:will|to)\s)(?P<trigger>join)\b")
    assert _found(rule, "Estonia will join. Latvia may join. Troops are to join.") == ["join", "join"]


@pytest.mark.parametrize("starts", ["sign", ("Sign",), ("sign ed",), ("",)])
def test_starts_must_be_a_tuple_of_lower_case_word_beginnings(starts):
    with pytest.raises(RuleError, match="starts"):
        _started(starts, r"(?P<trigger>\bsign\w*)")
