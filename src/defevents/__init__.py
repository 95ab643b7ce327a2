"""defevents: typed, source-grounded defence events (agreements, meetings, deployments, export
deals) from English news, with absolute dates.

>>> from defevents import extract
>>> result = extract("Japan and the Philippines signed a reciprocal access agreement on Monday.",
...                  published="2024-07-10")
>>> [(e.type, e.codes, e.when.value) for e in result.events]
[('agreement', ['JPN', 'PHL'], '2024-07-08')]
"""

from __future__ import annotations

import json as _json
from typing import Any

from ._gc import paused_gc as _paused_gc

with _paused_gc():  # the import compiles most of the patterns: see defevents._gc
    from .batch import extract_many
    from .errors import DefeventsError, GazetteerError, InputTypeError, PublishedDateError, RuleError
    from .frame import to_frame
    from .pipeline import extract
    from .schema import (
        EVENTS,
        Actor,
        Agreement,
        Deployment,
        Event,
        ExportDeal,
        Extraction,
        Meeting,
        Money,
        Place,
        Quantity,
        Span,
        TimeValue,
    )
    from .timex import find_times, resolve_time

__version__ = "0.1.0.dev0"

__all__ = [
    "Actor",
    "Agreement",
    "DefeventsError",
    "Deployment",
    "EVENTS",
    "Event",
    "ExportDeal",
    "Extraction",
    "GazetteerError",
    "InputTypeError",
    "Meeting",
    "Money",
    "Place",
    "PublishedDateError",
    "Quantity",
    "RuleError",
    "Span",
    "TimeValue",
    "extract",
    "extract_many",
    "find_times",
    "json_schema",
    "plot_timeline",
    "resolve_time",
    "to_frame",
]


def __getattr__(name: str) -> Any:
    # plot_timeline (and the HTML report it draws on) is imported on first use: extraction alone
    # need not pay for it at start-up.
    if name == "plot_timeline":
        from .plot import plot_timeline

        return plot_timeline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Extraction`, with the event discriminator on ``type``."""
    return Extraction.model_json_schema()


def _dumps_schema() -> str:
    return _json.dumps(json_schema(), indent=2, sort_keys=True)
