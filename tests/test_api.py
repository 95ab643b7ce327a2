"""extract(): input checking, reference dates, warnings, and the no-clock rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from defevents import InputTypeError, PublishedDateError, extract

TEXT = "Japan and the Philippines signed a reciprocal access agreement last year."


class TestBadInput:
    def test_bytes_say_decode_first(self):
        with pytest.raises(TypeError, match="decode"):
            extract(TEXT.encode())

    @pytest.mark.parametrize("value", [None, 42, ["text"], {"text": "x"}])
    def test_non_str_raises_type_error(self, value):
        with pytest.raises(InputTypeError, match="str"):
            extract(value)

    @pytest.mark.parametrize("published", ["2025-13-45", "yesterday", "12/03/2025", 12345, 3.5])
    def test_invalid_published_names_the_value(self, published):
        with pytest.raises(ValueError, match=repr(published).replace("(", r"\(").replace(".", r"\.")):
            extract(TEXT, published=published)

    def test_published_error_is_a_defevents_error(self):
        with pytest.raises(PublishedDateError):
            extract(TEXT, published="not a date")


class TestPublished:
    @pytest.mark.parametrize("published", ["2026-01-20", date(2026, 1, 20), datetime(2026, 1, 20, 9, 30),
                                           "2026-01-20T09:30:00Z", "2026-01-20T09:30:00+02:00"])
    def test_accepted_forms(self, published):
        result = extract(TEXT, published=published)
        assert result.published == date(2026, 1, 20)
        assert result.reference == date(2026, 1, 20) and result.reference_source == "published"

    def test_relative_dates_resolve_against_published(self):
        (event,) = extract(TEXT, published="2026-01-20").events
        assert event.when.value == "2025" and event.when.grain == "year"

    def test_without_any_date_relative_values_stay_unresolved_with_a_warning(self):
        result = extract(TEXT)
        assert result.reference is None and result.reference_source is None
        assert any("unresolved" in w for w in result.warnings)
        (event,) = result.events
        assert event.when is not None and event.when.value is None and event.when.text == "last year"

    def test_dateline_gives_the_reference(self):
        text = "OSLO, 4 December 2025 - Norway and Sweden signed a defence cooperation agreement yesterday."
        result = extract(text)
        assert result.reference_source == "text" and result.reference == date(2025, 12, 4)
        (event,) = result.events
        assert event.when.value == "2025-12-03"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_empty_extraction(text):
    result = extract(text, published="2025-01-01")
    assert result.events == [] and result.warnings == []


def test_events_are_in_document_order():
    text = ("France sent three Rafale jets to Estonia last month. Later, Estonia and Finland signed "
            "a memorandum of understanding on coastal defence.")
    events = extract(text, published="2025-06-01").events
    assert [e.type for e in events] == ["deployment", "agreement"]
    assert events[0].evidence[0].start < events[1].evidence[0].start
