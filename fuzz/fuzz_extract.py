"""Coverage-guided fuzzing of :func:`defevents.extract` with atheris (libFuzzer).

    .venv/bin/pip install atheris                 # or: pip install -e '.[fuzz]'
    mkdir -p fuzz/corpus
    .venv/bin/python fuzz/fuzz_extract.py fuzz/corpus fuzz/seeds -max_len=4096 -max_total_time=600

The fuzzer's bytes become either arbitrary Unicode (lone surrogates and control characters
included) or a text assembled from news-like fragments (states, office holders, event verbs,
dates, money, counts), so that the rules' argument code is reached, not only the tokenizer.
Whatever the text, ``extract`` must return an Extraction whose spans are all grounded and
whose events are in text order; the only exception allowed is PublishedDateError for a bad
``published``. A failure is a crash: libFuzzer writes the input to ``crash-*`` and
``python fuzz/fuzz_extract.py crash-...`` replays it.
"""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports(include=["defevents"]):
    import defevents
    from defevents.errors import PublishedDateError

FRAGMENTS = [
    "The UK", "Poland", "France", "Germany", "Japan", "the Philippines", "South Korea", "Ukraine",
    "NATO", "the EU", "BAE Systems", "Hyundai Rotem", "Defence Secretary John Healey",
    "Polish Defence Minister Władysław Kosiniak-Kamysz", "his French counterpart", "both countries",
    "the two allies", "the country", "Healey", " and ", ", ", ". ", "\n", "\n\n", " ", "(", ")", "“", "”",
    "signed", "agreed", "a treaty", "an agreement", "a memorandum of understanding", "met", "held talks with",
    "visited", "deployed", "will send", "troops", "1,200 troops", "jets", "Typhoon", "F-35s", "48 K2 tanks",
    "bought", "ordered", "a £1.9bn deal", "$6.5 billion", "€300m", "£", "on Monday", "last year",
    "on 12 March 2025", "31 February 2025", "32 March", "in year 0", "99999", "next month", "in 2023, 2024",
    "in Warsaw", "at Lancaster House", "to Estonia", "said", "would", "not", "if", "plans to",
    "the agreement", "the meeting", "<p>", "</p>", "&amp;", "日本", "مرحبا", "😀", "\x00", "\u202e",
]
PUBLISHED = [None, "2025-03-12", date(2024, 7, 8), "2026-01-20T09:30:00Z", "2025-13-45", "yesterday", ""]


def _text(fdp: atheris.FuzzedDataProvider) -> str:
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:
        return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 4000))
    if mode == 1:
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 4000))
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 80)):
        if fdp.ConsumeIntInRange(0, 5) == 0:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 12)))
        else:
            parts.append(FRAGMENTS[fdp.ConsumeIntInRange(0, len(FRAGMENTS) - 1)])
        if mode == 3:
            parts.append(" ")
    return "".join(parts)


def _check_grounded(obj, text: str) -> None:
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj.get("start"), int):
            if text[obj["start"]:obj["end"]] != obj["text"]:
                raise AssertionError(f"ungrounded span {obj!r}")
        for v in obj.values():
            _check_grounded(v, text)
    elif isinstance(obj, list):
        for v in obj:
            _check_grounded(v, text)


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    published = PUBLISHED[fdp.ConsumeIntInRange(0, len(PUBLISHED) - 1)]
    text = _text(fdp)
    try:
        result = defevents.extract(text, published=published)
    except PublishedDateError:
        if published in ("2025-13-45", "yesterday", ""):
            return
        raise
    _check_grounded(result.model_dump(mode="json"), text)
    starts = [(e.evidence[0].start, e.evidence[0].end) for e in result.events]
    if starts != sorted(starts):
        raise AssertionError(f"events out of order: {starts}")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
