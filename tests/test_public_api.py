"""defevents.__all__ is exactly the public API, sorted, and every name exists."""

import defevents

PUBLIC = {
    "Actor", "Agreement", "DefeventsError", "Deployment", "EVENTS", "Event", "ExportDeal", "Extraction",
    "GazetteerError", "InputTypeError", "Meeting", "Money", "Place", "PublishedDateError", "Quantity",
    "RuleError", "Span", "TimeValue", "extract", "extract_many", "find_times", "json_schema", "plot_timeline",
    "resolve_time", "to_frame",
}


def test_all_is_exactly_the_public_api():
    assert set(defevents.__all__) == PUBLIC
    assert defevents.__all__ == sorted(defevents.__all__)


def test_every_public_name_exists():
    for name in defevents.__all__:
        assert getattr(defevents, name) is not None
