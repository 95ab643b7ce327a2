"""Shared test helpers: the grounding check, gold matching, and the corpus P/R report."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"
TYPES = ("agreement", "meeting", "deployment", "export_deal")

# Filled by test_corpus.py, printed at the end of the run.
CORPUS_COUNTS: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})


def assert_grounded(result, text: str) -> None:
    """Every span anywhere in an Extraction covers exactly its text in the source."""
    def walk(obj):
        if isinstance(obj, dict):
            if {"start", "end", "text"} <= obj.keys() and isinstance(obj.get("start"), int):
                assert text[obj["start"]:obj["end"]] == obj["text"], obj
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)
    walk(result.model_dump(mode="json"))


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_documents() -> list[tuple[dict, str]]:
    docs = []
    for doc in load_jsonl(SEEDS / "gold.jsonl"):
        docs.append((doc, (SEEDS / doc["file"]).read_text(encoding="utf-8")))
    return docs


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not CORPUS_COUNTS:
        return
    tr = terminalreporter
    tr.section("defevents test corpora: precision and recall per event type")
    tr.write_line(f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for t in TYPES:
        c = CORPUS_COUNTS.get(t, {"tp": 0, "fp": 0, "fn": 0})
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        tr.write_line(f"{t:<12} {p:6.2f} {r:6.2f} {f:6.2f}  {c['tp']:>3} {c['fp']:>3} {c['fn']:>3}")


@pytest.fixture(scope="session")
def seeds():
    return seed_documents()
