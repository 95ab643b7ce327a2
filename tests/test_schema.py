"""The schema: frozen models, the discriminated union, JSON round trips and the JSON Schema."""

from __future__ import annotations

from decimal import Decimal

import pydantic
import pytest

from defevents import EVENTS, Agreement, Extraction, Money, Span, json_schema
from defevents.schema import TimeValue


def _agreement(**kw):
    base = dict(participants=[], evidence=[Span(start=0, end=3, text="abc")], rule="agreement.signed")
    base.update(kw)
    return Agreement(**base)


def test_span_checks_its_own_length():
    with pytest.raises(pydantic.ValidationError):
        Span(start=0, end=5, text="abc")
    with pytest.raises(pydantic.ValidationError):
        Span(start=5, end=2, text="")


def test_models_are_frozen_and_strict():
    event = _agreement()
    with pytest.raises(pydantic.ValidationError):
        event.status = "planned"
    with pytest.raises(pydantic.ValidationError):
        _agreement(colour="red")


def test_event_needs_evidence_and_a_rule_id():
    with pytest.raises(pydantic.ValidationError):
        _agreement(evidence=[])
    with pytest.raises(pydantic.ValidationError):
        _agreement(rule="Signed")


def test_union_dispatches_on_type():
    events = EVENTS.validate_python([
        {"type": "meeting", "evidence": [{"start": 0, "end": 1, "text": "x"}], "rule": "meeting.met"},
        {"type": "export_deal", "evidence": [{"start": 0, "end": 1, "text": "x"}], "rule": "export_deal.sell_to",
         "value": {"amount": "1900000000", "currency": "GBP", "text": "£1.9bn"}},
    ])
    assert [type(e).__name__ for e in events] == ["Meeting", "ExportDeal"]
    assert events[1].value.amount == Decimal("1900000000")


def test_unknown_type_is_one_clear_error():
    with pytest.raises(pydantic.ValidationError) as info:
        EVENTS.validate_python([{"type": "battle", "evidence": [], "rule": "x.y"}])
    assert "battle" in str(info.value)


def test_money_is_decimal_and_round_trips_exactly():
    m = Money(amount=Decimal("1234567890.12"), currency="EUR", text="€1.23bn")
    assert Money.model_validate_json(m.model_dump_json()) == m


def test_time_interval_must_be_ordered():
    with pytest.raises(pydantic.ValidationError):
        TimeValue(text="x", start="2025-02-01", end="2025-01-01")


def test_json_schema_has_the_discriminator():
    schema = json_schema()
    events = schema["properties"]["events"]["items"]
    assert events["discriminator"]["propertyName"] == "type"
    assert set(events["discriminator"]["mapping"]) == {"agreement", "meeting", "deployment", "export_deal"}


def test_extraction_round_trip():
    ex = Extraction(events=[_agreement(name="Lunna House Agreement")], published="2025-01-01")
    assert Extraction.model_validate_json(ex.model_dump_json()) == ex
