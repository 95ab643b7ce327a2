"""Events as rows: :func:`to_frame` (a pandas DataFrame) and :func:`event_rows` (plain dicts).

One row per event, with the columns in :data:`COLUMNS`:

============  ==================================================================================
doc_id        the document id you gave (a bare Extraction gets its position: 0, 1, ...)
type          ``agreement``, ``meeting``, ``deployment`` or ``export_deal``
participants  the participants' codes, sorted, joined by ``";"`` (``"GBR;POL"``; ``""`` if none)
date          the TIMEX value: ``"2025-03-11"``, ``"2025"``, ``"2026-SU"``, ``"2024-Q1"``
start, end    the first and last day the date covers (datetime64; missing when unknown)
grain         ``day``, ``month``, ``season``, ``year``, ...
amount        the deal's money as a number (float64); the exact ``Decimal`` stays on the event
currency      ISO 4217
status        ``completed``, ``ongoing`` or ``planned``
location      the place's name (``"Downing Street"``)
evidence      the text of the event's first evidence span
rule          the rule that produced the event
============  ==================================================================================

``participants`` is a ``";"``-joined string rather than a list so that the frame and the CLI's
CSV agree cell for cell and the column stays hashable (``groupby``, ``value_counts``); split it
with ``df.participants.str.split(";")``.

pandas is an optional extra: ``pip install 'defevents[pandas]'``. :func:`event_rows` needs
nothing and is what ``defevents extract --format csv`` writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Union

from .schema import EventBase, Extraction

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["COLUMNS", "Extractions", "event_rows", "iter_documents", "to_frame"]

COLUMNS: tuple[str, ...] = (
    "doc_id", "type", "participants", "date", "start", "end", "grain", "amount", "currency",
    "status", "location", "evidence", "rule",
)

Extractions = Union[Extraction, Iterable[Union[Extraction, tuple[Any, Extraction], tuple[Any, Extraction, str]]],
                    Mapping[Any, Extraction]]
"""What :func:`to_frame` and :func:`defevents.plot_timeline` accept."""


def iter_documents(extractions: Extractions) -> Iterable[tuple[Any, Extraction]]:
    """``(doc_id, Extraction)`` pairs from any of the accepted input shapes.

    An :class:`Extraction`; an iterable of Extractions (ids 0, 1, ...); of ``(doc_id, Extraction)``
    pairs, or of ``(doc_id, Extraction, text)`` triples as :func:`defevents.report.report_html`
    takes; or a mapping ``{doc_id: Extraction}``.
    """
    if isinstance(extractions, Extraction):
        yield 0, extractions
        return
    if isinstance(extractions, Mapping):
        items: Iterable[Any] = extractions.items()
    elif isinstance(extractions, (str, bytes)) or not isinstance(extractions, Iterable):
        raise TypeError(f"expected an Extraction or an iterable of them, got {type(extractions).__name__}")
    else:
        items = extractions
    for i, item in enumerate(items):
        if isinstance(item, Extraction):
            yield i, item
        elif isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[1], Extraction):
            yield item[0], item[1]
        else:
            raise TypeError(
                f"item {i}: expected an Extraction or a (doc_id, Extraction) pair, got {type(item).__name__}"
            )


def _row(doc_id: Any, e: EventBase) -> dict[str, Any]:
    when = e.when
    money = getattr(e, "value", None)
    return {
        "doc_id": doc_id,
        "type": e.type,  # type: ignore[attr-defined]
        "participants": ";".join(e.codes),
        "date": when.value if when is not None else None,
        "start": when.start if when is not None else None,
        "end": when.end if when is not None else None,
        "grain": when.grain if when is not None else None,
        "amount": money.amount if money is not None else None,
        "currency": money.currency if money is not None else None,
        "status": e.status,
        "location": e.location.name if e.location is not None else None,
        "evidence": e.evidence[0].text,
        "rule": e.rule,
    }


def event_rows(extractions: Extractions) -> list[dict[str, Any]]:
    """One dict per event with the keys in :data:`COLUMNS`; no pandas needed.

    Values are Python objects: ``start``/``end`` are :class:`datetime.date`, ``amount`` is the
    exact :class:`~decimal.Decimal`, missing values are ``None``.

    >>> from defevents import extract
    >>> rows = event_rows(extract("Sweden and Lithuania signed a defence pact on 8 May 2025."))
    >>> [(r["type"], r["participants"], r["date"], r["grain"]) for r in rows]
    [('agreement', 'LTU;SWE', '2025-05-08', 'day')]
    """
    return [_row(doc_id, e) for doc_id, ex in iter_documents(extractions) for e in ex.events]


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "defevents.to_frame needs pandas, an optional extra: pip install 'defevents[pandas]'"
        ) from exc
    return pandas


def _datetimes(pd: Any, values: list[date | None]) -> Any:
    import numpy as np

    # Day precision first (any year fits), then pandas' nearest supported unit (seconds).
    days = np.array([np.datetime64(v, "D") if v is not None else np.datetime64("NaT", "D") for v in values],
                    dtype="datetime64[D]")
    return pd.Series(days.astype("datetime64[s]"), dtype="datetime64[s]")


def to_frame(extractions: Extractions) -> pd.DataFrame:
    """A pandas DataFrame with one row per event and the columns in :data:`COLUMNS`.

    ``extractions`` is an :class:`Extraction`, an iterable of Extractions or of
    ``(doc_id, Extraction)`` pairs, or a mapping ``{doc_id: Extraction}``. ``start`` and ``end``
    are datetime64, ``amount`` is float64 (NaN when there is no money), the text columns hold
    strings with missing values as NA; ``participants`` is the codes joined by ``";"``.

    Raises :class:`ImportError` naming the extra to install when pandas is missing.
    """
    pd = _import_pandas()
    rows = event_rows(extractions)
    col = {c: [r[c] for r in rows] for c in COLUMNS}
    data: dict[str, Any] = {}
    for c in COLUMNS:
        if c in ("start", "end"):
            data[c] = _datetimes(pd, col[c])
        elif c == "amount":
            data[c] = pd.Series([float(v) if isinstance(v, Decimal) else float("nan") for v in col[c]],
                                dtype="float64")
        elif c == "doc_id":
            ids = col[c]
            data[c] = pd.Series(ids, dtype="string" if ids and all(isinstance(v, str) for v in ids) else object)
        else:
            data[c] = pd.Series(col[c], dtype="string")
    return pd.DataFrame(data, columns=list(COLUMNS))
