"""defevents.dask on a real dask.distributed LocalCluster of two worker processes: the output is
identical to the serial run."""

from __future__ import annotations

import importlib
import json
import sys

import pytest

from defevents import Extraction, extract_many, to_frame

from .conftest import CORPUS, SEEDS

dask = pytest.importorskip("dask", reason="dask not installed: pip install -e '.[dask]' (the dev extra has it)")
db = pytest.importorskip("dask.bag", reason="dask.bag not installed: pip install -e '.[dask]'")
distributed = pytest.importorskip("distributed", reason="distributed not installed: pip install -e '.[dask]'")

from defevents.dask import events_frame, events_meta, extract_bag, to_record  # noqa: E402

TIMEOUT = 300  # generous: CI machines are small and may be busy


def _records() -> list[dict]:
    out = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append({"id": r["doc_id"], "text": r["text"], "published": r["published"]})
    for path in sorted(SEEDS.glob("*.txt")):
        out.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": "2025-03-24"})
    return out


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None, silence_logs=50)
    c = distributed.Client(cluster, timeout=TIMEOUT)
    try:
        c.wait_for_workers(2, timeout=TIMEOUT)
        yield c
    finally:
        c.close(timeout=60)
        cluster.close(timeout=60)


def test_extract_bag_on_a_cluster_equals_the_serial_run(client):
    records = _records()
    serial = [to_record(rid, x) for rid, x in extract_many(records, with_ids=True)]
    bag = extract_bag(db.from_sequence(records, npartitions=6))
    got = client.compute(bag).result(timeout=TIMEOUT)
    assert got == serial
    assert sum(len(r["events"]) for r in got) > 100
    # the dict is the Extraction as JSON: it validates back
    first = {k: v for k, v in got[0].items() if k != "id"}
    assert Extraction.model_validate(first) == next(extract_many(records[:1]))


def test_events_frame_recipe_on_a_cluster_equals_to_frame(client):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe", reason="dask.dataframe not installed: pip install -e '.[dask]'")
    records = _records()
    frame = pd.DataFrame(records)
    frame["published"] = pd.to_datetime(frame["published"])  # as read_parquet would give it
    frame["id"] = frame["id"].astype("string")
    articles = dd.from_pandas(frame, npartitions=5)
    events = articles.map_partitions(events_frame, meta=events_meta(articles["id"].dtype))
    got = client.compute(events).result(timeout=TIMEOUT).reset_index(drop=True)
    expected = to_frame(extract_many(((r["id"], r["text"], r["published"]) for r in records), with_ids=True))
    pd.testing.assert_frame_equal(got, expected)
    assert list(events_meta().columns) == list(got.columns)


def test_bag_shapes_published_and_error_policy():
    # the synchronous scheduler: the same code path as on a cluster, without one
    pact = "Norway and Denmark signed a defence pact yesterday."
    records = [pact, ("t", pact, "2025-03-12"), {"id": "x", "text": b"bytes"}, 7]
    bag = extract_bag(db.from_sequence(records, npartitions=2), published="2025-01-10", errors="return")
    got = bag.compute(scheduler="sync")
    assert [r["id"] for r in got] == [None, "t", "x", None]
    assert got[0]["published"] == "2025-01-10" and got[1]["published"] == "2025-03-12"
    assert got[2]["error"].startswith("InputTypeError: ") and got[3]["error"].startswith("InputTypeError: ")
    skipped = extract_bag(db.from_sequence(records, npartitions=2), published="2025-01-10", errors="skip")
    assert [r["id"] for r in skipped.compute(scheduler="sync")] == [None, "t"]
    with pytest.raises(TypeError, match="decode it first"):
        extract_bag(db.from_sequence(records, npartitions=1)).compute(scheduler="sync")


def test_events_frame_without_id_or_published_columns():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"body": ["Norway and Denmark signed a defence pact on 3 March 2025.", None]},
                         index=["a", "b"])
    got = events_frame(frame, text="body", errors="skip")
    assert got["doc_id"].tolist() == ["a"] and got["date"].tolist() == ["2025-03-03"]
    with pytest.raises(TypeError):
        events_frame(frame, text="body")
    with pytest.raises(ValueError, match="errors='return'"):
        events_frame(frame, text="body", errors="return")  # type: ignore[arg-type]


def test_bad_arguments():
    with pytest.raises(TypeError, match="dask.bag.Bag"):
        extract_bag(["a text"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors="):
        extract_bag(db.from_sequence(["a"]), errors="ignore")  # type: ignore[arg-type]


def test_missing_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    module = importlib.import_module("defevents.dask")  # importable without Dask
    with pytest.raises(ImportError, match=r"pip install 'defevents\[dask\]'"):
        module.extract_bag(object())
    assert module.to_record(1, next(extract_many(["x"])))["id"] == 1
