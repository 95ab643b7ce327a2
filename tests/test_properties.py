"""Property tests of extract() (hypothesis): for any text, no exception, every span grounded,
the same output twice, events in text order, and unrelated text appended after a sentence end
removes no earlier event.

Texts are arbitrary Unicode, or assembled from news-like fragments (states, office holders,
event verbs, dates, money, counts) so that the rules fire. Example counts stay modest: the file
runs in well under 30 s.
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defevents import extract

from .conftest import assert_grounded

SUBJECTS = [
    "The UK", "Poland", "France and Germany", "Japan and the Philippines", "South Korea", "NATO", "The EU",
    "Defence Secretary John Healey", "Polish Defence Minister Władysław Kosiniak-Kamysz", "Norway's defence minister",
    "Both countries", "The two allies", "Healey", "Ukraine", "The United States", "India", "Hyundai Rotem",
]
VERBS = [
    "signed a defence agreement with", "agreed a treaty with", "met", "held talks with", "visited",
    "will deploy 500 troops to", "deployed jets to", "sent two frigates to", "bought 48 K2 tanks from",
    "ordered Typhoon jets from", "agreed to buy F-35s from", "signed a £1.9bn export deal with",
    "hosted", "is expected to sign a memorandum of understanding with", "did not sign a deal with",
    "would meet", "plans to station troops in",
]
OBJECTS = ["Poland", "France", "Estonia", "Japan", "the UK", "Germany", "his French counterpart", "NATO allies", "Lithuania"]
TAILS = [
    "", " on Monday", " on 12 March 2025", " last year", " in Warsaw", " at Lancaster House", " for $6.5 billion",
    " next month", " in 2023, 2024 and 2025", " on 31 February 2025", " this summer", ", officials said",
]
SEPARATORS = [". ", ".\n", ".\n\n", "; ", ", and ", " ", "\n"]

SENTENCE = st.builds(lambda s, v, o, t: f"{s} {v} {o}{t}", st.sampled_from(SUBJECTS), st.sampled_from(VERBS),
                     st.sampled_from(OBJECTS), st.sampled_from(TAILS))
NOISE = st.text(max_size=15)
NEWS = st.lists(st.tuples(st.one_of(SENTENCE, SENTENCE, NOISE), st.sampled_from(SEPARATORS)), max_size=8).map(
    lambda parts: "".join(a + b for a, b in parts))
ANY_TEXT = st.one_of(NEWS, st.text(max_size=300), st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
PUBLISHED = st.one_of(st.none(), st.sampled_from(["2025-06-01", "2024-02-29", "1999-12-31", "2030-01-01"]))
# Text that states no event and carries no date, actor, money or count that could join one.
UNRELATED = ["The weather was mild.", "Officials declined to comment.", "Reporting by staff; editing by staff.",
             "It was a quiet afternoon.", "Read more on our website."]

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _key(result) -> list:
    return [e.model_dump(mode="json") for e in result.events]


@SETTINGS
@given(text=ANY_TEXT, published=PUBLISHED)
def test_no_exception_grounded_deterministic_ordered(text, published):
    first = extract(text, published=published)
    assert_grounded(first, text)
    order = [(e.evidence[0].start, e.evidence[0].end) for e in first.events]
    assert order == sorted(order)
    for e in first.events:
        assert all(text[s.start:s.end] == s.text for s in e.evidence)
    again = extract(text, published=published)
    assert again.model_dump(mode="json") == first.model_dump(mode="json")


@SETTINGS
@given(text=NEWS, published=PUBLISHED, tail=st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3))
def test_appending_unrelated_text_removes_no_event(text, published, tail):
    text = text.rstrip()
    if not text.endswith((".", "!", "?")):
        text += "."  # the text ends a sentence
    before = extract(text, published=published)
    # A new paragraph that names no one, no date, no amount and no event.
    longer = text + "\n\n" + " ".join(tail)
    after = extract(longer, published=published)
    assert_grounded(after, longer)

    def key(e):
        return e.type, e.rule, e.evidence[0].start, e.evidence[0].end, tuple(e.codes), e.status, \
            e.when.value if e.when else None

    assert {key(e) for e in before.events} <= {key(e) for e in after.events}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences=st.lists(SENTENCE, min_size=1, max_size=6), published=PUBLISHED)
def test_spans_survive_a_shifted_copy(sentences, published):
    """The same text after a prefix of white space gives the same events, shifted."""
    text = ". ".join(sentences) + "."
    base = extract(text, published=published)
    shifted = extract("\n\n   " + text, published=published)
    assert [(e.type, e.codes) for e in base.events] == [(e.type, e.codes) for e in shifted.events]
    assert [e.evidence[0].start + 5 for e in base.events] == [e.evidence[0].start for e in shifted.events]


_WORDS = ["Operation Sea Shield", "Patriot", "Patriots", "the", "of", "under", "Mission", "Force", "Baltic Air Policing",
          "Type 26", "F-35", "F-35s", "Eastern Sentry", "and", "Rafale", "in", "drills", "\n", "–", "’s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_system_and_operation_scans_read_as_one_alternation(words):
    """The document reads systems and operations with two patterns (two engines) merged by
    ``_first_of``; that must give what one alternation of both, in the same order, gives."""
    from defevents.document import _first_of, _system_patterns

    text = " ".join(words)
    systems, operations = _system_patterns()
    both = regex.compile(f"(?:{systems.pattern})|(?:{operations.pattern})")
    assert [m.span() for m in _first_of(text, systems, operations)] == [m.span() for m in both.finditer(text)]
