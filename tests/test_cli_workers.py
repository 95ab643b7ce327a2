"""defevents extract --workers N: the same output, messages and exit status as the serial run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from defevents.cli import main

from .conftest import CORPUS, SEEDS
from .test_cli_errors import _inputs


def _run(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["jsonl", "table", "csv", "json"])
def test_two_workers_give_the_serial_output_and_messages(tmp_path, capsys, fmt):
    paths = _inputs(tmp_path) + [str(SEEDS)] + [str(p) for p in sorted(CORPUS.glob("*.jsonl"))]
    serial = _run(capsys, ["extract", *paths, "--published", "2025-01-01", "--format", fmt])
    pooled = _run(capsys, ["extract", *paths, "--published", "2025-01-01", "--format", fmt, "--workers", "2"])
    assert pooled == serial
    assert serial[0] == 1 and serial[2].count("\n") == 9  # the nine bad inputs, in order


def test_two_workers_write_the_same_errors_file(tmp_path, capsys):
    paths = _inputs(tmp_path)
    main(["extract", *paths, "--errors", str(tmp_path / "serial.jsonl")])
    main(["extract", *paths, "--errors", str(tmp_path / "pooled.jsonl"), "--workers", "2"])
    capsys.readouterr()
    assert (tmp_path / "pooled.jsonl").read_text() == (tmp_path / "serial.jsonl").read_text()


def test_only_problems_still_reported_in_order(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text("nope\n{}\n", encoding="utf-8")
    code, out, err = _run(capsys, ["extract", str(tmp_path / "bad.jsonl"), str(tmp_path / "missing.txt"),
                                   "--workers", "2"])
    assert code == 1 and out == ""
    assert [line.split(": ", 2)[1] for line in err.splitlines()] == [
        f"{tmp_path / 'bad.jsonl'}:1", f"{tmp_path / 'bad.jsonl'}:2", str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_a_bad_worker_count_is_a_usage_error(capsys, value):
    code, _, err = _run(capsys, ["extract", str(SEEDS), "--workers", value])
    assert code == 2
    assert "--workers" in err and "number of processes" in err


def test_jsonl_streams_in_order_and_a_closed_pipe_ends_quietly(tmp_path):
    records = tmp_path / "many.jsonl"
    text = (SEEDS / "000_e6ccb96592eb9135.txt").read_text(encoding="utf-8")
    with records.open("w", encoding="utf-8") as f:
        for i in range(300):
            f.write(json.dumps({"id": f"r{i:03d}", "text": text, "published": "2025-03-24"}) + "\n")
    cmd = [sys.executable, "-m", "defevents.cli", "extract", str(records), "--workers", "2"]
    # the reader stops after three documents: the run stops too, quietly and without hanging
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = [json.loads(proc.stdout.readline())["source"] for _ in range(3)]
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert first == ["r000", "r001", "r002"]
    assert proc.stderr is not None and "Traceback" not in proc.stderr.read()
    proc.stderr.close()


def test_output_is_flushed_after_each_document(tmp_path, monkeypatch):
    from .test_cli_errors import GOOD, _CountingStream

    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(GOOD, encoding="utf-8")
    stream = _CountingStream()
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["extract", str(tmp_path), "--published", "2025-01-01", "--workers", "2"]) == 0
    # (starting the worker processes flushes the standard streams too: those are the zeros)
    assert [n for n in stream.flushed_lines if n][:5] == [1, 2, 3, 4, 5]
