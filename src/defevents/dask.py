"""Past one machine: defevents on Dask (``pip install 'defevents[dask]'``).

**Bags.** :func:`extract_bag` turns a ``dask.bag.Bag`` of records into a bag of JSON-ready
dicts, one per record, in the bag's order::

    import dask.bag as db
    from defevents.dask import extract_bag

    records = db.read_text("articles-*.jsonl").map(json.loads)   # {"id", "text", "published"}
    results = extract_bag(records, published="2025-03-24")       # published= for records without one
    results.map(json.dumps).to_textfiles("out/*.jsonl")

Records have the shapes :func:`defevents.extract_many` takes: a text, ``(id, text[, published])``
or a mapping with ``"text"`` and optional ``"id"`` (or ``"doc_id"``) and ``"published"``. Each
result is :func:`to_record`: ``{"id": ..., **extraction.model_dump(mode="json")}``, that is
``id``, ``published``, ``reference``, ``reference_source``, ``events``, ``warnings``. Dicts rather
than :class:`~defevents.Extraction` objects, because they are what a bag goes on to
(``to_textfiles``, ``to_dataframe``) and they cost less to move between workers;
``Extraction.model_validate`` of the dict without ``"id"`` gives the Extraction back. A record
without an id (a bare text) gets ``None``: a bag has no global position, so give ids if you need
them. Bad
records follow ``errors=``: ``"raise"`` (default; the compute raises), ``"skip"`` (left out) or
``"return"`` (``{"id": ..., "error": "InputTypeError: ..."}`` in place).

**DataFrames.** One row per event, with :func:`defevents.to_frame`'s columns, through
``map_partitions`` and :func:`events_frame`::

    import dask.dataframe as dd
    from defevents.dask import events_frame, events_meta

    articles = dd.read_parquet("articles/")        # columns id, text, published (str, date or NaT)
    events = articles.map_partitions(events_frame, meta=events_meta(articles["id"].dtype))
    events.to_parquet("events/")                   # or .compute(), .groupby("type").size(), ...

``events_frame(partition, text="text", id="id", published="published")`` takes other column
names as keywords (``articles.map_partitions(events_frame, text="body", meta=...)``); without an
id column the rows' ``doc_id`` is the partition's index label.

Both run :func:`defevents.extract` once per record inside the Dask workers (one process per
core: ``LocalCluster(processes=True, threads_per_worker=1)`` or ``dask worker --nthreads 1``,
since extraction is pure Python and holds the GIL). The results equal the serial run's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from .batch import extract_many
from .frame import to_frame
from .schema import Extraction

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import pandas as pd

__all__ = ["events_frame", "events_meta", "extract_bag", "to_record"]


def _import_dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(
            "defevents.dask needs Dask, an optional extra: pip install 'defevents[dask]'") from exc
    return dask.bag


def to_record(rid: Any, extraction: Extraction) -> dict[str, Any]:
    """The JSON-ready dict :func:`extract_bag` gives for one record: ``{"id": rid, **extraction
    as JSON}``."""
    return {"id": rid, **extraction.model_dump(mode="json")}


def _keyed(record: Any) -> Any:
    """The record with an id, ``None`` where it has none: a position in a partition is no id."""
    if isinstance(record, tuple) and len(record) in (2, 3):
        return record
    if isinstance(record, Mapping):
        return record if "id" in record or "doc_id" in record else {**record, "id": None}
    return None, record  # a text; or not a record, which extract then names


def _extract_partition(records: Iterable[Any], published: Any, errors: str) -> list[dict[str, Any]]:
    out = []
    for rid, result in extract_many((_keyed(r) for r in records), published=published,
                                    errors=errors, with_ids=True):  # type: ignore[arg-type]
        if isinstance(result, BaseException):
            out.append({"id": rid, "error": f"{type(result).__name__}: {result}"})
        else:
            out.append(to_record(rid, result))
    return out


def extract_bag(bag: dask.bag.Bag, *, published: date | datetime | str | None = None,
                errors: Literal["raise", "skip", "return"] = "raise") -> dask.bag.Bag:
    """A bag with one JSON-ready dict per record of ``bag`` (see the module docstring).

    Lazy, like every bag operation: nothing runs until ``.compute()``, ``.to_textfiles()`` and
    the like. ``published`` is the date for records that carry none. Raises
    :class:`ImportError` naming the extra when Dask is missing, :class:`TypeError` if ``bag``
    is not a Dask bag.
    """
    db = _import_dask_bag()
    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag takes a dask.bag.Bag, got {type(bag).__name__}: "
                        "make one with dask.bag.from_sequence(records) or dask.bag.read_text(...)")
    if errors not in ("raise", "skip", "return"):
        raise ValueError(f"errors={errors!r}: give one of 'raise', 'skip' or 'return'")
    return bag.map_partitions(_extract_partition, published, errors)


def _published(value: Any) -> Any:
    """A cell of the published column as extract takes it: NaT, NaN and None are no date."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
            return None
        if isinstance(value, pd.Timestamp):
            return value.date()
        if type(value).__name__ == "datetime64":
            return pd.Timestamp(value).date()
    except (ImportError, TypeError, ValueError):
        pass
    return value


def events_frame(partition: pd.DataFrame, *, text: str = "text", id: str = "id",  # noqa: A002
                 published: str = "published", errors: Literal["raise", "skip"] = "raise") -> pd.DataFrame:
    """One row per event of the documents in a pandas DataFrame, with :func:`defevents.to_frame`'s
    columns: the function to give ``dask.dataframe.DataFrame.map_partitions``.

    ``text``, ``id`` and ``published`` name the columns (``published`` may be absent; ``id`` too,
    and then the index labels are the ids). ``errors="skip"`` leaves bad documents out instead of
    raising. ``doc_id`` keeps the dtype of the id column so that every partition matches
    :func:`events_meta` of that dtype.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors={errors!r}: give 'raise' or 'skip' (a frame has no place for exceptions)")
    ids = partition[id] if id in partition.columns else partition.index.to_series()
    dates = partition[published] if published in partition.columns else [None] * len(partition)
    records = zip(ids.tolist(), partition[text].tolist(), (_published(v) for v in dates))
    frame = to_frame(extract_many(records, errors=errors, with_ids=True))
    frame["doc_id"] = frame["doc_id"].astype(ids.dtype)
    return frame


def events_meta(id_dtype: Any = "string") -> pd.DataFrame:
    """The empty frame :func:`events_frame` returns, for ``map_partitions(..., meta=...)``:
    :func:`defevents.to_frame`'s columns and dtypes, ``doc_id`` of ``id_dtype`` (give the id
    column's dtype, ``ddf["id"].dtype``)."""
    frame = to_frame([])
    frame["doc_id"] = frame["doc_id"].astype(id_dtype)
    return frame
