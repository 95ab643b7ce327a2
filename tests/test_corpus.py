"""Document-level cases from tests/corpus/*.jsonl, in the shape of seeds/gold.jsonl.

Each document must yield exactly its annotated events (matched as score.py matches them), with
every annotated field right, and nothing else. The run ends with precision and recall per type.
"""

from __future__ import annotations

import pytest

from defevents import extract

from .conftest import CORPUS, CORPUS_COUNTS, assert_grounded, load_jsonl
from .gold import field_errors, match

def _known_gaps() -> dict[str, str]:
    """Documents not yet fully right (tests/corpus/known_gaps.tsv), run as strict expected failures."""
    lines = (CORPUS / "known_gaps.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t", 1) for ln in lines if ln.strip() and not ln.startswith("#")][1:]
    return {doc_id: reason for doc_id, reason in rows}


GAPS = _known_gaps()
CASES = [
    pytest.param(doc, id=doc["doc_id"], marks=[pytest.mark.xfail(reason=GAPS[doc["doc_id"]], strict=True)]
                 if doc["doc_id"] in GAPS else [])
    for path in sorted(CORPUS.glob("*.jsonl")) for doc in load_jsonl(path)
]


@pytest.mark.parametrize("doc", CASES)
def test_corpus_document(doc):
    text = doc["text"]
    result = extract(text, published=doc.get("published"))
    assert_grounded(result, text)
    golds = doc["events"]
    pairs = match(result.events, golds, text)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    problems = []
    for pi, gi in pairs:
        CORPUS_COUNTS[golds[gi]["type"]]["tp"] += 1
        for err in field_errors(result.events[pi], golds[gi]):
            problems.append(f"{golds[gi]['type']} {golds[gi]['evidence'][:60]!r}: {err}")
    for pi, e in enumerate(result.events):
        if pi not in matched_p:
            CORPUS_COUNTS[e.type]["fp"] += 1
            problems.append(f"false {e.type} ({e.rule}) {sorted(e.codes)}: {e.evidence[0].text[:80]!r}")
    for gi, g in enumerate(golds):
        if gi not in matched_g:
            CORPUS_COUNTS[g["type"]]["fn"] += 1
            problems.append(f"missed {g['type']} {g['participants']}: {g['evidence'][:80]!r}")
    assert not problems, "\n".join(problems)


def test_corpora_meet_their_size():
    """At least 20 positive and 8 negative documents per event type."""
    for path in sorted(CORPUS.glob("*.jsonl")):
        docs = load_jsonl(path)
        positives = [d for d in docs if d["events"]]
        negatives = [d for d in docs if not d["events"]]
        assert len(positives) >= 20 and len(negatives) >= 8, path.name


def test_known_gaps_name_real_documents():
    ids = {doc["doc_id"] for path in CORPUS.glob("*.jsonl") for doc in load_jsonl(path)}
    assert set(GAPS) <= ids
