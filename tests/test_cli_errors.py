"""The command line never loses a record: every bad input is named, the rest is processed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from defevents.cli import main

GOOD = "Norway and Denmark signed a defence pact yesterday."


def _inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Société générale signed a pact".encode("latin-1"))
    (tmp_path / "records.jsonl").write_bytes(
        b'{"id": "a", "text": "Sweden and Finland signed a defence pact on Monday.", "published": "2025-03-05"}\n'
        b'this is not json\n'
        b'{"id": "b", "published": "2025-03-05"}\n'
        b'{"id": "c", "text": "France and Italy signed a pact.", "published": "2025-13-45"}\n'
        b'{"id": "d", "text": "caf\xe9 not utf-8"}\n'
        b'{"id": "e", "text": "Japan and Australia signed a defence pact.", "published": "2025-03-05"}\n')
    (tmp_path / "no_records.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "empty_folder").mkdir()
    return [str(tmp_path / n) for n in ("good.txt", "empty.txt", "latin1.txt", "records.jsonl",
                                        "no_records.jsonl", "missing.txt", "empty_folder")]


def test_every_bad_input_is_named_and_the_rest_processed(tmp_path, capsys):
    code = main(["extract", *_inputs(tmp_path), "--published", "2025-01-01"])
    out, err = capsys.readouterr()
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert code == 1
    assert sources == [str(tmp_path / "good.txt"), "a", "e"]
    expected = [
        "empty.txt: empty file",
        "latin1.txt: not UTF-8",
        "records.jsonl:2: invalid JSON",
        'records.jsonl:3: the record has no "text"',
        "records.jsonl:4: published='2025-13-45'",
        "records.jsonl:5: not UTF-8",
        "no_records.jsonl: empty file: no records",
        "missing.txt: no such file",
        "empty_folder: no .txt files",
    ]
    lines = err.splitlines()
    assert len(lines) == len(expected)
    for line, want in zip(lines, expected):
        assert want in line and line.startswith("defevents: ")


def test_errors_file_holds_reprocessable_records(tmp_path, capsys):
    errors = tmp_path / "errors.jsonl"
    main(["extract", *_inputs(tmp_path), "--published", "2025-01-01", "--errors", str(errors)])
    capsys.readouterr()
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 9
    assert all({"source", "error"} <= r.keys() for r in records)
    by_source = {r["source"].rsplit("/", 1)[-1]: r for r in records}
    assert by_source["records.jsonl:2"]["raw"] == "this is not json"
    assert by_source["records.jsonl:3"]["id"] == "b"
    bad_date = by_source["records.jsonl:4"]
    assert bad_date["text"] == "France and Italy signed a pact." and bad_date["published"] == "2025-13-45"
    assert "Soci" in by_source["latin1.txt"]["text"]
    # once fixed, the record goes straight back in
    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text(json.dumps({**bad_date, "published": "2025-03-05"}) + "\n", encoding="utf-8")
    assert main(["extract", str(fixed)]) == 0
    (record,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert record["events"][0]["participants"][0]["code"] in ("FRA", "ITA")


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--format", "xml"]) == 2
    assert main(["extract", str(tmp_path), "--published", "yesterday"]) == 2
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl")]) == 2


class _CountingStream(io.StringIO):
    def __init__(self):
        super().__init__()
        self.flushed_lines: list[int] = []

    def flush(self):
        self.flushed_lines.append(self.getvalue().count("\n"))
        super().flush()


def test_output_is_flushed_after_each_document(tmp_path, monkeypatch, capsys):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(GOOD, encoding="utf-8")
    stream = _CountingStream()
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["extract", str(tmp_path), "--published", "2025-01-01"]) == 0
    assert stream.flushed_lines[:3] == [1, 2, 3]


def test_a_closed_pipe_ends_quietly(tmp_path):
    exe = Path(sys.executable).parent / "defevents"
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    for i in range(40):
        (tmp_path / f"{i:02}.txt").write_text(GOOD, encoding="utf-8")
    done = subprocess.run(f"'{exe}' extract '{tmp_path}' --published 2025-01-01 | head -n 1",
                          shell=True, capture_output=True, text=True, timeout=300)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr
