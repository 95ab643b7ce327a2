"""The seed articles: schema-valid, grounded output that matches their gold annotations."""

from __future__ import annotations

import pytest

from defevents import Extraction, extract

from .conftest import assert_grounded, seed_documents
from .gold import field_errors, match

SEEDS = [pytest.param(doc, text, id=doc["doc_id"]) for doc, text in seed_documents()]


@pytest.mark.parametrize(("doc", "text"), SEEDS)
def test_every_span_is_grounded(doc, text):
    result = extract(text, published=doc["published"])
    assert result.events
    assert_grounded(result, text)


@pytest.mark.parametrize(("doc", "text"), SEEDS)
def test_output_round_trips_through_json(doc, text):
    result = extract(text, published=doc["published"])
    again = Extraction.model_validate_json(result.model_dump_json())
    assert again == result
    assert again.model_dump_json() == result.model_dump_json()


@pytest.mark.parametrize(("doc", "text"), SEEDS)
def test_seed_matches_gold(doc, text):
    result = extract(text, published=doc["published"])
    pairs = match(result.events, doc["events"], text)
    assert len(pairs) == len(doc["events"]) == len(result.events), [
        (e.type, e.codes, e.evidence[0].text[:60]) for e in result.events]
    for pi, gi in pairs:
        assert not field_errors(result.events[pi], doc["events"][gi])


def test_reference_date_is_taken_from_the_text_when_not_given():
    """Seed 002 says "today (Wednesday 12 March)" and mentions 2027: the reference is 2025-03-12."""
    (doc, text), = [(d, t) for d, t in seed_documents() if d["doc_id"].startswith("002")]
    result = extract(text)
    assert result.reference_source == "text"
    assert result.reference.isoformat() == "2025-03-12"
