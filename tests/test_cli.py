"""The defevents command: formats, inputs (files, folders, stdin, JSONL), --explain, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from defevents.cli import main

from .conftest import SEEDS


def run(args, stdin: str | None = None, monkeypatch=None, capsys=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_over_the_seed_folder(capsys):
    code, out, err = run(["extract", str(SEEDS), "--published", "2025-03-24"], capsys=capsys)
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and err == ""
    assert [Path(x["source"]).name for x in lines] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all({"source", "published", "reference", "events"} <= x.keys() for x in lines)
    assert any(x["events"] for x in lines)


def test_json_is_one_array(capsys):
    code, out, _ = run(["extract", str(SEEDS / "000_e6ccb96592eb9135.txt"), "--format", "json",
                        "--published", "2026-01-20"], capsys=capsys)
    data = json.loads(out)
    assert code == 0 and isinstance(data, list) and len(data) == 1
    assert {e["type"] for e in data[0]["events"]} == {"agreement", "meeting", "deployment", "export_deal"}


def test_table_shows_type_participants_date_money_and_evidence(capsys):
    code, out, _ = run(["extract", str(SEEDS / "000_e6ccb96592eb9135.txt"), "--format", "table",
                        "--published", "2026-01-20"], capsys=capsys)
    assert code == 0
    assert "export_deal" in out and "GBR,POL" in out and "GBP 1,900,000,000" in out and "2023" in out


def test_stdin(monkeypatch, capsys):
    code, out, _ = run(["extract", "-", "--published", "2025-05-10"],
                       stdin="Sweden and Lithuania signed a defence cooperation agreement on Thursday.",
                       monkeypatch=monkeypatch, capsys=capsys)
    (record,) = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and record["source"] == "<stdin>"
    assert record["events"][0]["when"]["value"] == "2025-05-08"


def test_jsonl_records_carry_their_own_dates(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Norway and Denmark signed a defence pact yesterday.", "published": "2025-02-02"},
        {"id": "b", "text": "Norway and Denmark signed a defence pact yesterday.", "published": "2024-07-01"},
    ]), encoding="utf-8")
    code, out, _ = run(["extract", str(f)], capsys=capsys)
    records = [json.loads(x) for x in out.splitlines()]
    assert code == 0
    assert [r["events"][0]["when"]["value"] for r in records] == ["2025-02-01", "2024-06-30"]


def test_explain_shows_rule_and_field_spans(capsys):
    code, out, _ = run(["extract", str(SEEDS / "000_e6ccb96592eb9135.txt"), "--explain",
                        "--published", "2026-01-20"], capsys=capsys)
    assert code == 0
    assert "rule export_deal." in out and "participant  POL" in out and "value  GBP 1,900,000,000" in out


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Norway and Denmark signed a defence pact yesterday.", encoding="utf-8")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Société générale signed a pact".encode("latin-1"))
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "x", "text": "ok"}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    code, out, err = run(["extract", str(good), str(bad), str(records), str(tmp_path / "missing.txt"),
                          str(empty_dir), "--published", "2025-01-01"], capsys=capsys)
    assert code == 1
    assert len(out.splitlines()) == 2  # good.txt and record x
    assert "latin1.txt: not UTF-8" in err
    assert "records.jsonl:2: invalid JSON" in err
    assert "records.jsonl:3: the record has no \"text\"" in err
    assert "missing.txt: no such file" in err
    assert "no .txt files" in err


def test_usage_errors_exit_2(capsys):
    assert main(["extract"]) == 2
    assert main(["extract", str(SEEDS), "--published", "2025-99-99"]) == 2
    assert main(["frobnicate"]) == 2


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Extraction"


def test_output_file(tmp_path, capsys):
    out_file = tmp_path / "out.jsonl"
    assert main(["extract", str(SEEDS), "-o", str(out_file), "--published", "2025-03-24"]) == 0
    assert len(out_file.read_text(encoding="utf-8").splitlines()) == 3


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "defevents"
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    done = subprocess.run([str(exe), "schema"], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)["title"] == "Extraction"
