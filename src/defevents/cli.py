"""The ``defevents`` command: a thin layer over :func:`defevents.extract`.

    defevents extract PATH... [--published DATE] [--format jsonl|json|table|csv|html] [-o FILE] [--explain]
                             [--errors FILE] [--workers N]
    defevents schema

``--format csv`` writes one row per event with the columns of :func:`defevents.to_frame` (no
pandas needed); ``--format html`` writes one self-contained page for all the documents, with a
summary table on top and each event highlighted in its text.

A PATH is a .txt file, a folder (its .txt files, sorted), ``-`` for standard input, or a
.jsonl file of ``{"id", "text", "published"}`` records. Every document that can be read is
processed: a bad file or record (missing, unreadable, not UTF-8, empty, invalid JSON, no
"text", a bad "published") gets one message on stderr naming the file (and line), and the run
goes on; ``--errors FILE`` also writes each failed input as a JSONL record ready to fix and
reprocess. Output is flushed after each document, so an interrupted run keeps what it finished.
JSONL input is read a line at a time. ``--workers N`` extracts in N processes
(:func:`defevents.extract_many`); output and messages keep the input order, and with the
streaming formats (jsonl, table, csv) memory stays constant whatever the input's length (json
and html build their one document at the end). Exit status: 0 when everything was processed, 1 when any
input failed, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from . import __version__, json_schema
from .batch import extract_many
from .errors import DefeventsError
from .frame import COLUMNS, event_rows
from .pipeline import parse_published
from .schema import EventBase, Extraction

__all__ = ["main"]


@dataclass
class Document:
    """One input document: where it came from, its text and publication date."""

    source: str
    text: str
    published: date | str | None
    id: str | None = None
    where: str = ""  # the file, and line for JSONL, for messages


@dataclass
class Problem:
    """An input that could not be processed: where (file, and line for JSONL), why, and what
    can be kept of it so that ``--errors`` writes a record ready to fix and reprocess."""

    source: str
    message: str
    record: dict[str, Any] | None = None

    def as_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "error": self.message}
        out.update(self.record or {})
        return out


def _decode(data: bytes, where: str) -> str | Problem:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Problem(where, f"not UTF-8 text (byte {exc.start}); convert it to UTF-8 first",
                       {"text": data.decode("utf-8", errors="replace")})


def _text_file(path: Path, published: str | None) -> Document | Problem:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Problem(str(path), f"cannot read: {exc.strerror or exc}")
    text = _decode(data, str(path))
    if isinstance(text, Problem):
        text.record = {"id": str(path), "published": published, **(text.record or {})}
        return text
    if not text.strip():
        return Problem(str(path), "empty file: no text to read", {"id": str(path), "text": text, "published": published})
    return Document(str(path), text, published, id=str(path))


def _jsonl(path: Path, published: str | None) -> Iterator[Document | Problem]:
    """The records of a JSONL file, read one line at a time (constant memory)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    seen = 0
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            seen += 1
            line = _decode(raw, where)
            if isinstance(line, Problem):
                yield Problem(where, line.message, {"raw": raw.decode("utf-8", errors="replace").rstrip("\n")})
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Problem(where, f"invalid JSON: {exc.msg} (column {exc.colno})", {"raw": line.rstrip("\n")})
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield Problem(where, 'the record has no "text" string', record if isinstance(record, dict) else {"raw": line.rstrip("\n")})
                continue
            rid = record.get("id", record.get("doc_id", f"{path.name}:{lineno}"))
            yield Document(str(rid), record["text"], record.get("published", published), id=str(rid), where=where)
    if not seen:
        yield Problem(str(path), "empty file: no records")


def _records(path: Path, published: str | None) -> Iterator[Document | Problem]:
    """The documents a PATH stands for, and a Problem for each that cannot be read."""
    if str(path) == "-":
        yield Document("<stdin>", sys.stdin.read(), published, id="<stdin>")
        return
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        if not files:
            yield Problem(str(path), "no .txt files in this folder")
        for f in files:
            yield _text_file(f, published)
        return
    if not path.exists():
        yield Problem(str(path), "no such file or folder")
        return
    if path.suffix == ".jsonl":
        yield from _jsonl(path, published)
        return
    yield _text_file(path, published)


def _event_line(e: EventBase) -> dict[str, Any]:
    return e.model_dump(mode="json")


def _doc_record(doc: Document, result: Extraction) -> dict[str, Any]:
    return {
        "source": doc.source,
        "published": result.published.isoformat() if result.published else None,
        "reference": result.reference.isoformat() if result.reference else None,
        "events": [_event_line(e) for e in result.events],
        "warnings": result.warnings,
    }


def _excerpt(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _money(e: EventBase) -> str:
    value = getattr(e, "value", None)
    if value is None:
        return ""
    return f"{value.currency} {value.amount:,}" + (" (approx.)" if value.approximate else "")


def _table(doc: Document, result: Extraction, out: IO[str]) -> None:
    out.write(f"== {doc.source}  (reference {result.reference or 'none'})\n")
    if not result.events:
        out.write("   no events\n")
    rows = [("type", "participants", "date", "status", "money", "evidence")]
    for e in result.events:
        rows.append((e.type, ",".join(e.codes), (e.when.value if e.when and e.when.value else ""), e.status,
                     _money(e), _excerpt(e.evidence[0].text)))
    if len(rows) > 1:
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for r in rows:
            out.write("   " + "  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[5] + "\n")
    for w in result.warnings:
        out.write(f"   warning: {w}\n")
    out.write("\n")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _csv_rows(doc: Document, result: Extraction, writer: Any) -> None:
    for row in event_rows([(doc.source, result)]):
        writer.writerow([_csv_cell(row[c]) for c in COLUMNS])


def _explain(doc: Document, result: Extraction, out: IO[str]) -> None:
    out.write(f"== {doc.source}\n")
    for i, e in enumerate(result.events, 1):
        out.write(f"[{i}] {e.type}  rule {e.rule}  status {e.status}\n")
        for s in e.evidence:
            out.write(f"    evidence  {s.start}-{s.end}  {_excerpt(s.text, 100)!r}\n")
        for a in e.participants:
            where = f"{a.span.start}-{a.span.end} {a.span.text!r}" if a.span else "(implied)"
            out.write(f"    participant  {a.code} ({a.kind}{', ' + a.role if a.role else ''})  {where}\n")
        if e.when is not None:
            where = f"{e.when.span.start}-{e.when.span.end} {e.when.span.text!r}" if e.when.span else f"({e.when.basis})"
            out.write(f"    when  {e.when.value} grain={e.when.grain} mod={e.when.mod}  {where}\n")
        if e.location is not None:
            where = f"{e.location.span.start}-{e.location.span.end}" if e.location.span else ""
            out.write(f"    location  {e.location.name} ({e.location.country})  {where}\n")
        for key in ("seller", "buyer", "deployer", "host"):
            a = getattr(e, key, None)
            if a is not None:
                where = f"{a.span.start}-{a.span.end} {a.span.text!r}" if a.span else "(implied)"
                out.write(f"    {key}  {a.code}  {where}\n")
        for key in ("value", "quantity", "personnel"):
            v = getattr(e, key, None)
            if v is not None:
                where = f"{v.span.start}-{v.span.end} {v.span.text!r}" if v.span else ""
                shown = _money(e) if key == "value" else f"{v.qualifier + ' ' if v.qualifier else ''}{v.value} {v.unit}"
                out.write(f"    {key}  {shown}  {where}\n")
        for key in ("name", "forum", "format", "operation", "duration", "assets", "items", "topics"):
            v = getattr(e, key, None)
            if v:
                out.write(f"    {key}  {v}\n")
    out.write("\n")


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="defevents", description="Typed, source-grounded defence events from news text.")
    p.add_argument("--version", action="version", version=f"defevents {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract events from text files, folders, JSONL or stdin")
    ex.add_argument("paths", nargs="+", metavar="PATH", help=".txt file, folder of .txt files, .jsonl records, or - for stdin")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for text inputs; JSONL records carry their own")
    ex.add_argument("--format", choices=("jsonl", "json", "table", "csv", "html"), default="jsonl",
                    help="jsonl (default), json, table, csv (one row per event) or html (one page, use -o)")
    ex.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    ex.add_argument("--explain", action="store_true", help="show each event's rule and every field with its span")
    ex.add_argument("--errors", type=Path, metavar="FILE",
                    help="write every input that failed as a JSONL record (source, error, and the record), ready to fix and reprocess")
    ex.add_argument("--workers", type=_workers, default=1, metavar="N",
                    help="extract in N processes (default 1); output stays in input order")
    sub.add_parser("schema", help="print the JSON Schema of the output")
    return p


def _progress(i: int, total: int | None, stream: IO[str]) -> None:
    stream.write(f"\rdefevents: {i} document{'s' if i != 1 else ''} done" + (f" of {total}" if total else ""))
    stream.flush()


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else 2
    if args.command == "schema":
        sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
        return 0
    if args.published is not None:
        try:
            parse_published(args.published)
        except DefeventsError as exc:
            sys.stderr.write(f"defevents: --published: {exc}\n")
            return 2
    try:
        out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
        errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    except OSError as exc:
        sys.stderr.write(f"defevents: cannot write {exc.filename}: {exc.strerror}\n")
        return 2
    collected: list[dict[str, Any]] = []
    pages: list[tuple[str, Extraction, str]] = []
    writer = None
    if args.format == "csv" and not args.explain:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
    failed = done = 0
    show_progress = sys.stderr.isatty()

    def report(problem: Problem) -> None:
        nonlocal failed
        failed += 1
        sys.stderr.write(f"defevents: {problem.source}: {problem.message}\n")
        sys.stderr.flush()
        if errors is not None:
            errors.write(json.dumps(problem.as_record(), ensure_ascii=False) + "\n")
            errors.flush()

    # Documents go through extract_many in input order, serially or over --workers processes;
    # problems met while reading wait in `pending` with the documents, so they are reported in
    # their place. Only the documents in flight are held: JSONL streams in constant memory.
    pending: deque[Document | Problem] = deque()

    def documents() -> Iterator[tuple[None, str, date | str | None]]:
        for path in args.paths:
            for doc in _records(Path(path), args.published):
                pending.append(doc)
                if isinstance(doc, Document):
                    yield None, doc.text, doc.published

    results = extract_many(documents(), workers=args.workers, errors="return")
    try:
        for result in results:
            while isinstance(pending[0], Problem):
                report(pending.popleft())  # type: ignore[arg-type]
            doc = pending.popleft()
            assert isinstance(doc, Document)
            if isinstance(result, BaseException):
                if not isinstance(result, DefeventsError):
                    raise result
                report(Problem(doc.where or doc.source, str(result),
                               {"id": doc.id, "text": doc.text, "published": doc.published}))
                continue
            done += 1
            if args.explain:
                _explain(doc, result, out)
            elif args.format == "table":
                _table(doc, result, out)
            elif args.format == "json":
                collected.append(_doc_record(doc, result))
            elif args.format == "csv":
                _csv_rows(doc, result, writer)
            elif args.format == "html":
                pages.append((doc.source, result, doc.text))
            else:
                out.write(json.dumps(_doc_record(doc, result), ensure_ascii=False) + "\n")
            out.flush()  # an interrupted run keeps every document it finished
            if show_progress and done > 1:
                _progress(done, None, sys.stderr)
        while pending:  # problems after the last document
            report(pending.popleft())  # type: ignore[arg-type]
        if args.format == "json" and not args.explain:
            out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
        if args.format == "html" and not args.explain:
            from .report import report_html

            out.write(report_html(pages))
        out.flush()
    except BrokenPipeError:
        # the reader went away ("defevents extract ... | head"): stop quietly, as other tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        results.close()  # stops the worker processes, also on an early end
        if show_progress and done > 1:
            sys.stderr.write("\n")
        if args.output:
            out.close()
        if errors is not None:
            errors.close()
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
