"""Many documents at once: :func:`extract_many`, serially or over a pool of processes.

    extract_many(records, *, published=None, workers=1, chunksize=None, errors="raise",
                 with_ids=False) -> iterator

It yields one result per record, **in input order**, lazily: records are read from the input
only as results are wanted, so a generator over a file of millions of articles runs in bounded
memory.

**Records.** Each record is one of

* a ``str``, the text; its id is its position in the input (0, 1, ...);
* a tuple ``(id, text)`` or ``(id, text, published)``;
* a mapping with a ``"text"`` key and optional ``"id"`` (or ``"doc_id"``, as in
  ``tests/corpus/*.jsonl``) and ``"published"``; a mapping without an id gets its position.

A record's own ``published`` wins; where it is missing or ``None`` the ``published=`` argument
is used (``None`` too: relative dates then stay unresolved, as in :func:`defevents.extract`).

**What it yields.** By default, :class:`~defevents.Extraction` objects, one per record. With
``with_ids=True``, ``(id, Extraction)`` pairs, which :func:`defevents.to_frame` and
:func:`defevents.plot_timeline` take as they are.

**Bad records.** A record whose shape is wrong (not a str, tuple or mapping; no ``"text"``) or
that :func:`defevents.extract` rejects (text not a str, unreadable ``published``) is a bad
record, and so is any other exception raised while extracting one record. ``errors=`` says what
happens then:

* ``"raise"`` (default): every result before it is yielded, then its exception is raised (a
  :class:`~defevents.DefeventsError`, or whatever else went wrong, with a note naming the
  record's position and id) and the iteration ends;
* ``"skip"``: nothing is yielded for it (use ``with_ids=True`` to see which records are missing);
* ``"return"``: the exception object is yielded in its place (``(id, exception)`` with
  ``with_ids=True``): test results with ``isinstance(result, Exception)``.

**Processes.** ``workers=1`` (default) runs in this process. ``workers=N`` with N > 1 sends
chunks of records to a :class:`concurrent.futures.ProcessPoolExecutor` of N processes and keeps
at most ``2 * N`` chunks in flight, so memory stays bounded whatever the input's length.
``chunksize`` is the number of records per chunk; by default a chunk closes at 64 records or
64,000 characters of text, whichever comes first, which keeps both short sentences and long
articles cheap to ship. Each process pays the one-off warm-up of a first extract (compiling the
rules), so a pool pays off from a few hundred articles on. Under the ``spawn`` and ``forkserver``
start methods (macOS, Windows) call it from under ``if __name__ == "__main__":``. The results
are the same as the serial run's, record for record.

>>> from defevents import extract_many
>>> records = [
...     ("a", "Norway and Denmark signed a defence pact on 3 March 2025.", None),
...     {"id": "b", "text": "France and Italy signed a defence pact yesterday.", "published": "2025-03-12"},
... ]
>>> [(rid, [(e.type, e.codes, e.when.value) for e in x.events])
...  for rid, x in extract_many(records, with_ids=True)]
[('a', [('agreement', ['DNK', 'NOR'], '2025-03-03')]), ('b', [('agreement', ['FRA', 'ITA'], '2025-03-11')])]
>>> [type(x).__name__ for x in extract_many(["Sweden signed a pact.", b"bytes"], errors="return")]
['Extraction', 'InputTypeError']
"""

from __future__ import annotations

import pickle
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, Union, overload

from .errors import DefeventsError, InputTypeError
from .pipeline import extract
from .schema import Extraction

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["ErrorPolicy", "Record", "extract_many"]

Record = Union[str, tuple[Any, str], tuple[Any, str, Union[date, datetime, str, None]], Mapping[str, Any]]
"""One input of :func:`extract_many`: a text, ``(id, text[, published])`` or ``{"id", "text", "published"}``."""

ErrorPolicy = Literal["raise", "skip", "return"]
"""What :func:`extract_many` does with a bad record."""

_POLICIES = ("raise", "skip", "return")
_CHUNK_RECORDS = 64
_CHUNK_CHARS = 64_000
_INFLIGHT_PER_WORKER = 2

# A record ready to extract: (text, published); a bad one is its exception instead.
_Job = tuple[Any, Any]


def _note(exc: BaseException, index: int, rid: Any) -> BaseException:
    """Name the record in the exception (Python 3.11+ shows notes under the message)."""
    text = f"in record {index}" + ("" if rid == index else f" (id {rid!r})")
    if hasattr(exc, "add_note"):
        exc.add_note(text)
    return exc


def _normalise(index: int, record: Any, published: Any) -> tuple[Any, _Job | BaseException]:
    """``(id, (text, published))`` for a record, or ``(id, exception)`` for a malformed one."""
    if isinstance(record, str):
        return index, (record, published)
    if isinstance(record, tuple):
        if len(record) in (2, 3):
            own = record[2] if len(record) == 3 else None
            return record[0], (record[1], published if own is None else own)
        return index, _note(InputTypeError(
            f"a record tuple is (id, text) or (id, text, published), got {len(record)} items"), index, index)
    if isinstance(record, Mapping):
        rid = record.get("id", record.get("doc_id", index))
        if "text" not in record:
            return rid, _note(InputTypeError('the record has no "text" key'), index, rid)
        own = record.get("published")
        return rid, (record["text"], published if own is None else own)
    return index, _note(InputTypeError(
        f"a record is a str, an (id, text[, published]) tuple or a dict with \"text\", got {type(record).__name__}"),
        index, index)


def _run_one(text: Any, published: Any) -> Extraction | BaseException:
    try:
        return extract(text, published=published)
    except Exception as exc:  # one record's failure never ends the others
        return exc


def _run_chunk(jobs: list[tuple[int, Any, Any, Any]]) -> list[Extraction | BaseException]:
    """In a worker process: extract a chunk of ``(index, id, text, published)``."""
    out: list[Extraction | BaseException] = []
    for index, rid, text, published in jobs:
        result = _run_one(text, published)
        if isinstance(result, BaseException):
            if not isinstance(result, DefeventsError):
                # a bug, not bad input: keep the worker's traceback, which pickling drops
                result = _note(result, index, rid)
                if hasattr(result, "add_note"):
                    result.add_note("".join(traceback.format_exception(result)).rstrip())
            else:
                result = _note(result, index, rid)
            try:
                pickle.loads(pickle.dumps(result))
            except Exception:  # an exception that cannot travel back: keep its type name and message
                result = DefeventsError(f"{type(result).__name__}: {result} (in record {index}, id {rid!r})")
        out.append(result)
    return out


def _check(workers: Any, chunksize: Any, errors: Any) -> None:
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers={workers!r}: give a whole number of processes, 1 or more")
    if chunksize is not None and (isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1):
        raise ValueError(f"chunksize={chunksize!r}: give a whole number of records, 1 or more, or None")
    if errors not in _POLICIES:
        raise ValueError(f"errors={errors!r}: give one of 'raise', 'skip' or 'return'")


@overload
def extract_many(records: Iterable[Any], *, published: date | datetime | str | None = ..., workers: int = ...,
                 chunksize: int | None = ..., errors: ErrorPolicy = ...,
                 with_ids: Literal[False] = ...) -> Iterator[Extraction]: ...
@overload
def extract_many(records: Iterable[Any], *, published: date | datetime | str | None = ..., workers: int = ...,
                 chunksize: int | None = ..., errors: ErrorPolicy = ...,
                 with_ids: Literal[True]) -> Iterator[tuple[Any, Extraction]]: ...


def extract_many(records: Iterable[Any], *, published: date | datetime | str | None = None, workers: int = 1,
                 chunksize: int | None = None, errors: ErrorPolicy = "raise",
                 with_ids: bool = False) -> Iterator[Any]:
    """:func:`defevents.extract` over many records, yielding results lazily in input order.

    See the module docstring for the record shapes, ``errors=`` (``"raise"``, ``"skip"``,
    ``"return"``) and ``workers=``. The arguments are checked at once (:class:`ValueError`);
    the records only as the iterator is consumed. Closing the iterator early (``break``) shuts
    the worker processes down.
    """
    _check(workers, chunksize, errors)
    if isinstance(records, (str, bytes)) or not isinstance(records, Iterable):
        raise TypeError(f"records must be an iterable of records, got {type(records).__name__}"
                        + (" (wrap a single text in a list)" if isinstance(records, str) else ""))
    results = _serial(records, published) if workers == 1 else _pooled(records, published, workers, chunksize)
    return _apply_policy(results, errors, with_ids)


def _apply_policy(results: Iterator[tuple[Any, Any]], errors: str, with_ids: bool) -> Iterator[Any]:
    try:
        for rid, result in results:
            if isinstance(result, BaseException):
                if errors == "raise":
                    raise result
                if errors == "skip":
                    continue
            yield (rid, result) if with_ids else result
    finally:
        results.close()  # type: ignore[attr-defined]  # stops the worker processes at once


def _serial(records: Iterable[Any], published: Any) -> Iterator[tuple[Any, Any]]:
    for index, record in enumerate(records):
        rid, job = _normalise(index, record, published)
        if isinstance(job, BaseException):
            yield rid, job
            continue
        result = _run_one(*job)
        yield rid, (_note(result, index, rid) if isinstance(result, BaseException) else result)


def _chunks(records: Iterable[Any], published: Any, chunksize: int | None
            ) -> Iterator[tuple[list[tuple[Any, BaseException | None]], list[tuple[int, Any, Any, Any]]]]:
    """``(ids, jobs)`` per chunk: every record's id (and exception if malformed), and the jobs
    for the well-formed ones, which go to a worker."""
    ids: list[tuple[Any, BaseException | None]] = []
    jobs: list[tuple[int, Any, Any, Any]] = []
    chars = 0
    for index, record in enumerate(records):
        rid, job = _normalise(index, record, published)
        if isinstance(job, BaseException):
            ids.append((rid, job))
        else:
            ids.append((rid, None))
            jobs.append((index, rid, job[0], job[1]))
            chars += len(job[0]) if isinstance(job[0], str) else 0
        if (len(ids) >= chunksize) if chunksize else (len(ids) >= _CHUNK_RECORDS or chars >= _CHUNK_CHARS):
            yield ids, jobs
            ids, jobs, chars = [], [], 0
    if ids:
        yield ids, jobs


def _pooled(records: Iterable[Any], published: Any, workers: int, chunksize: int | None
            ) -> Iterator[tuple[Any, Any]]:
    pending: deque[tuple[list[tuple[Any, BaseException | None]], Future[list[Any]]]] = deque()
    limit = _INFLIGHT_PER_WORKER * workers

    def merged(ids: list[tuple[Any, BaseException | None]], future: Future[list[Any]]) -> Iterator[tuple[Any, Any]]:
        done = iter(future.result())
        for rid, bad in ids:
            yield rid, (bad if bad is not None else next(done))

    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: imported only when pooled

    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        for ids, jobs in _chunks(records, published, chunksize):
            pending.append((ids, executor.submit(_run_chunk, jobs)))
            if len(pending) >= limit:
                yield from merged(*pending.popleft())
        while pending:
            yield from merged(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
