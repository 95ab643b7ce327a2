"""extract() is safe from threads: no shared mutable state (caches are built once, results are
new objects). Eight threads over the seeds and the corpus give exactly the serial results."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from defevents import extract

from .conftest import CORPUS, SEEDS, load_jsonl, seed_documents


def _documents() -> list[tuple[str, str | None]]:
    docs = [(text, doc.get("published")) for doc, text in seed_documents()]
    for path in sorted(CORPUS.glob("*.jsonl")):
        docs += [(r["text"], r.get("published")) for r in load_jsonl(path)[:10]]
    return docs


def _run(doc: tuple[str, str | None]) -> str:
    text, published = doc
    return json.dumps(extract(text, published=published).model_dump(mode="json"), sort_keys=True)


@pytest.mark.timeout(600)
def test_eight_threads_give_the_serial_results():
    docs = _documents()
    assert len(docs) >= 3 and SEEDS.exists()
    serial = [_run(d) for d in docs]
    work = docs * 4  # every document several times, interleaved across threads
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(_run, work))
    assert threaded == serial * 4


@pytest.mark.timeout(600)
def test_threads_from_a_cold_start():
    """The first calls of a process build the caches (patterns, gazetteers): racing threads
    must still agree (run in a fresh interpreter so that nothing is built yet)."""
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from defevents import extract\n"
        f"texts = {json.dumps([t for t, _ in _documents()[:8]])}\n"
        "with ThreadPoolExecutor(max_workers=8) as pool:\n"
        "    out = list(pool.map(lambda t: extract(t, published='2025-06-01').model_dump_json(), texts))\n"
        "assert out == [extract(t, published='2025-06-01').model_dump_json() for t in texts]\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
