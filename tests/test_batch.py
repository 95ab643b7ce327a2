"""extract_many: input order, record shapes, ids, the error policy, and workers=2 equal to serial."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest

from defevents import DefeventsError, Extraction, InputTypeError, PublishedDateError, extract, extract_many
from defevents import batch

from .conftest import CORPUS, SEEDS

PACT = "Norway and Denmark signed a defence pact yesterday."


def _corpus_records() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append((r["doc_id"], r["text"], r["published"]))
    for path in sorted(SEEDS.glob("*.txt")):
        out.append((path.stem, path.read_text(encoding="utf-8"), "2025-03-24"))
    return out


def test_results_come_in_input_order_and_equal_extract():
    records = _corpus_records()[:40]
    got = list(extract_many(records))
    assert got == [extract(text, published=published) for _, text, published in records]
    assert all(isinstance(x, Extraction) for x in got)


def test_record_shapes_and_ids():
    records = [
        PACT,                                                    # str: id is its position
        ("t2", PACT),                                            # (id, text)
        ("t3", PACT, "2025-03-12"),                              # (id, text, published)
        {"id": "d4", "text": PACT, "published": date(2025, 3, 12)},
        {"doc_id": "d5", "text": PACT},                          # corpus-style id
        {"text": PACT, "published": None},                       # no id: its position
    ]
    out = list(extract_many(records, published="2025-01-10", with_ids=True))
    assert [rid for rid, _ in out] == [0, "t2", "t3", "d4", "d5", 5]
    # a record's own published wins; None or missing falls back to published=
    assert [x.published for _, x in out] == [date(2025, 1, 10), date(2025, 1, 10), date(2025, 3, 12),
                                              date(2025, 3, 12), date(2025, 1, 10), date(2025, 1, 10)]
    assert out[2][1] == extract(PACT, published="2025-03-12")


def test_generators_are_read_lazily():
    seen = []

    def records():
        for i in itertools.count():
            seen.append(i)
            yield PACT

    it = extract_many(records())
    assert seen == []  # nothing is read before the first result is asked for
    next(it), next(it)
    assert seen == [0, 1]
    it.close()


BAD = [
    ("ok1", PACT, "2025-03-12"),
    ("bytes", b"Norway signed a pact", None),       # text not a str
    ("date", PACT, "2025-13-45"),                   # unreadable published
    {"id": "notext", "published": "2025-03-12"},    # no "text"
    42,                                             # not a record
    ("a", "b", "c", "d"),                           # tuple of the wrong length
    ("ok2", PACT, "2025-03-12"),
]


def test_errors_return_yields_the_exception_in_place():
    out = list(extract_many(BAD, errors="return", with_ids=True))
    assert [rid for rid, _ in out] == ["ok1", "bytes", "date", "notext", 4, 5, "ok2"]
    kinds = [type(x) for _, x in out]
    assert kinds == [Extraction, InputTypeError, PublishedDateError, InputTypeError, InputTypeError,
                     InputTypeError, Extraction]
    assert "decode it first" in str(out[1][1])
    assert "no \"text\"" in str(out[3][1]) and "got int" in str(out[4][1])


def test_errors_skip_leaves_bad_records_out():
    out = list(extract_many(BAD, errors="skip", with_ids=True))
    assert [rid for rid, _ in out] == ["ok1", "ok2"]


def test_errors_raise_yields_what_came_before_then_raises():
    it = extract_many(BAD, with_ids=True)
    assert next(it)[0] == "ok1"
    with pytest.raises(InputTypeError, match="decode it first") as info:
        next(it)
    if hasattr(info.value, "__notes__"):
        assert "in record 1 (id 'bytes')" in info.value.__notes__
    with pytest.raises(StopIteration):
        next(it)


def test_unexpected_exceptions_follow_the_policy(monkeypatch):
    def boom(text, *, published=None):
        if "boom" in text:
            raise RuntimeError("a bug")
        return extract(text, published=published)

    monkeypatch.setattr(batch, "extract", boom)
    out = list(extract_many([PACT, "boom", PACT], errors="return"))
    assert [type(x) for x in out] == [Extraction, RuntimeError, Extraction]
    with pytest.raises(RuntimeError, match="a bug"):
        list(extract_many([PACT, "boom", PACT]))


@pytest.mark.parametrize("kwargs, message", [
    ({"workers": 0}, "workers=0"),
    ({"workers": 1.5}, "workers=1.5"),
    ({"workers": True}, "workers=True"),
    ({"chunksize": 0}, "chunksize=0"),
    ({"errors": "ignore"}, "errors='ignore'"),
])
def test_bad_arguments_are_refused_at_once(kwargs, message):
    with pytest.raises(ValueError, match=message):
        extract_many([PACT], **kwargs)


def test_a_single_text_is_refused():
    with pytest.raises(TypeError, match="wrap a single text in a list"):
        extract_many(PACT)


# --- workers > 1: a real process pool -----------------------------------------------------


def test_two_workers_equal_the_serial_run():
    records = _corpus_records()
    serial = list(extract_many(records, with_ids=True))
    assert list(extract_many(records, workers=2, with_ids=True)) == serial
    # tiny chunks: many chunks in flight and the order still holds
    assert list(extract_many(iter(records), workers=2, chunksize=3, with_ids=True)) == serial


def test_two_workers_keep_the_error_policy():
    expected = list(extract_many(BAD, errors="return", with_ids=True))
    got = list(extract_many(BAD, errors="return", with_ids=True, workers=2, chunksize=2))
    assert [(rid, type(x), str(x)) for rid, x in got] == [(rid, type(x), str(x)) for rid, x in expected]
    assert got[0] == expected[0] and got[-1] == expected[-1]
    assert [rid for rid, _ in extract_many(BAD, errors="skip", with_ids=True, workers=2)] == ["ok1", "ok2"]
    it = extract_many(BAD, workers=2, chunksize=1)
    assert isinstance(next(it), Extraction)
    with pytest.raises(InputTypeError):
        next(it)


def test_two_workers_read_the_input_lazily_and_stop_early():
    seen = []

    def endless():
        for i in itertools.count():
            seen.append(i)
            yield (i, PACT, "2025-03-12")

    it = extract_many(endless(), workers=2, chunksize=5, with_ids=True)
    first = [next(it) for _ in range(12)]
    assert [rid for rid, _ in first] == list(range(12))
    it.close()  # shuts the pool down
    # at most 2 chunks per worker in flight, plus the chunk being handed out
    assert len(seen) <= 5 * (2 * 2 + 2)


def test_defevents_error_is_the_common_base():
    out = list(extract_many([("x", PACT, "not a date")], errors="return", workers=2))
    assert isinstance(out[0], DefeventsError)
