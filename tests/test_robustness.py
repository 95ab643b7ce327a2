"""Robustness of extract() (issue 6, library part): bad input, hostile text, pathological sizes.

Whatever the input, extract() returns an Extraction with every span grounded, or raises a
clear error (TypeError for non-str, ValueError for a bad ``published``). The pathological
inputs run at the sizes the issue names; their speed is measured by
``benchmarks/robustness.py``, not asserted here: a generous timeout only guards against a hang
(a quadratic step would take many minutes at these sizes).
"""

from __future__ import annotations

import os

import pytest

from defevents import Extraction, InputTypeError, PublishedDateError, extract
from defevents import pipeline

from .conftest import SEEDS, assert_grounded

PUB = "2025-06-01"
SENTENCE = "The UK and Poland signed a defence treaty in Warsaw on 12 March 2025."
HANG_GUARD = pytest.mark.timeout(600)


def _ok(text: str, published: str | None = PUB) -> Extraction:
    result = extract(text, published=published)
    assert isinstance(result, Extraction)
    assert_grounded(result, text)
    starts = [(e.evidence[0].start, e.evidence[0].end) for e in result.events]
    assert starts == sorted(starts)
    return result


# --- bad input -------------------------------------------------------------------------------


class TestBadInput:
    @pytest.mark.parametrize("data", [SENTENCE.encode(), bytearray(SENTENCE.encode()), memoryview(SENTENCE.encode())])
    def test_bytes_like_say_decode_first(self, data):
        with pytest.raises(TypeError, match="decode it first"):
            extract(data)

    @pytest.mark.parametrize("value", [None, 12345, 1.5, ["text"], ("text",), {"text": SENTENCE}, object()])
    def test_non_str_is_a_type_error_naming_the_type(self, value):
        with pytest.raises(InputTypeError, match=type(value).__name__):
            extract(value)

    @pytest.mark.parametrize("published", ["2025-13-45", "yesterday", 12345, "2025-02-30", "", "  ", "March 2025"])
    def test_invalid_published_is_a_value_error_naming_the_value(self, published):
        with pytest.raises(ValueError) as err:
            extract(SENTENCE, published=published)
        assert isinstance(err.value, PublishedDateError)
        assert repr(published) in str(err.value)

    def test_bad_published_is_refused_even_for_empty_text(self):
        with pytest.raises(PublishedDateError, match="yesterday"):
            extract("", published="yesterday")

    @pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\t \r\n", "\u00a0\u2003\u3000", "\u2028\u2029", " " * 10_000])
    @pytest.mark.parametrize("published", [None, PUB])
    def test_empty_or_white_space_gives_an_empty_extraction(self, text, published):
        result = extract(text, published=published)
        assert result.events == [] and result.warnings == []
        assert (result.published is None) == (published is None)


# --- hostile characters ---------------------------------------------------------------------

HOSTILE = {
    "nul": f"\x00{SENTENCE}\x00\x00 The \x00UK\x00 met France.\x00",
    "control": "".join(chr(c) for c in range(32)) + SENTENCE + "\x7f\x80\x9f\x1b[31m red \x1b[0m\x0c\x0b",
    "lone surrogates": f"\ud800{SENTENCE}\udfff \udc00Poland\ud83d signed\udbff a deal.",
    "surrogate pair halves": "The UK \ud83d\ude00 and Poland signed a treaty \ud83d on Monday.",
    "rtl": f"\u202e{SENTENCE}\u202c وقعت فرنسا وألمانيا اتفاقية دفاعية في باريس. \u200f{SENTENCE}",
    "hebrew": "ישראל וארצות הברית חתמו על הסכם. " + SENTENCE,
    "cjk": "日本とフィリピンは円滑化協定に署名した。中国和俄罗斯签署了军事合作协议。" + SENTENCE + "한국과 폴란드는 계약을 체결했다.",
    "emoji": f"🇬🇧🤝🇵🇱 {SENTENCE} 🚀🔥💣 The UK 😀 and Poland 👍🏽 signed a deal 👨‍👩‍👧 today.",
    "html": f"<html><head><script>var x = '<p>';</script><style>p{{}}</style></head><body><p class=\"x\">{SENTENCE}"
            "</p><br/><div>The <b>UK</b> and <i>Poland</i> signed&nbsp;a <a href='/t?a=1&amp;b=2'>treaty</a>.</div>"
            "<!-- Germany and France met --></body></html>",
    "zero width": "The\u200bUK\u200c and\u200d Poland\ufeff signed a treaty.\u2060",
    "combining": "The U\u0308K and Po\u0301land signed a tre\u0327aty on 12 Ma\u0300rch 2025.",
    "private use and noncharacters": "\ue000\uf8ff\U000f0000\ufffe\uffff " + SENTENCE + " \U0010ffff",
    "crlf": SENTENCE.replace(" ", "\r\n") + "\r\rThe UK and France met.\r",
    "fullwidth": "Ｔｈｅ ＵＫ ａｎｄ Ｐｏｌａｎｄ ｓｉｇｎｅｄ ａ ｔｒｅａｔｙ．" + SENTENCE,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("published", [None, PUB])
def test_hostile_characters_do_not_raise(name, published):
    _ok(HOSTILE[name], published)


def test_the_sentence_inside_markup_is_still_read():
    result = _ok(HOSTILE["html"])
    assert any(e.codes == ["GBR", "POL"] for e in result.events)


NON_ENGLISH = [
    "La France et l’Allemagne ont signé un accord de défense à Paris le 5 mars 2025.",
    "Deutschland und Polen haben am Montag in Berlin ein Verteidigungsabkommen unterzeichnet.",
    "Polska i Niemcy podpisały umowę obronną w Warszawie; ministrowie spotkali się w marcu.",
    "Россия и Китай подписали соглашение о военном сотрудничестве в Москве 5 марта 2025 года.",
    "وقعت فرنسا وألمانيا اتفاقية دفاعية في باريس يوم الاثنين.",
    "日本とフィリピンは円滑化協定に署名した。防衛相が東京で会談した。",
    "中国和俄罗斯签署了军事合作协议，两国国防部长在北京会晤。",
    "España y Francia firmaron un acuerdo de defensa en Madrid y desplegaron tropas.",
    "L’Italia e il Giappone hanno firmato un accordo per il caccia GCAP.",
    "Frankrike och Sverige undertecknade ett försvarsavtal i Stockholm.",
    "Türkiye ve Polonya savunma anlaşması imzaladı.",
    "Η Ελλάδα και η Γαλλία υπέγραψαν αμυντική συμφωνία για φρεγάτες.",
]


@pytest.mark.parametrize("text", NON_ENGLISH, ids=[t[:12] for t in NON_ENGLISH])
def test_non_english_text_gives_no_events(text):
    assert _ok(text).events == []


def test_non_english_all_in_one_document():
    assert _ok("\n\n".join(NON_ENGLISH)).events == []


# --- sizes and shapes -----------------------------------------------------------------------


def _news() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


@HANG_GUARD
def test_a_200000_character_token():
    _ok("x" * 200_000)
    _ok(f"{SENTENCE} {'Poland' * 40_000} {SENTENCE}")
    _ok(f"{SENTENCE} {'9' * 200_000} {SENTENCE}")


@HANG_GUARD
def test_text_with_no_newlines():
    text = _news().replace("\n", " ")
    result = _ok(text * 5)
    assert result.events


@HANG_GUARD
def test_text_of_only_newlines():
    assert _ok("\n" * 200_000).events == []
    assert _ok("\r\n" * 100_000).events == []


# money.QUALIFIER ("over", not "handed over") opens with a look-behind over \s+, tried at every
# position: inside a long run of white space each try scans back over the whole run, so
# find_money and find_quantities take quadratic time (100,000 blank lines: hours). The fix
# (match "over" first, then look behind) is proposed in issue 6; these run once it lands.
_WHITE_RUNS = pytest.mark.timeout(120)


@_WHITE_RUNS
@HANG_GUARD
@pytest.mark.parametrize("run", ["\n", " \t", "\u00a0"])
def test_long_runs_of_white_space_around_text(run):
    _ok(run * 100_000 + SENTENCE + run * 100_000)
    _ok("The UK" + run * 100_000 + "and Poland signed a treaty.")


@HANG_GUARD
def test_every_line_its_own_word():
    _ok("\n".join(_news().split()))


@HANG_GUARD
def test_a_long_document_keeps_the_events_of_its_first_copy():
    news = _news()
    first = {(e.type, tuple(e.codes)) for e in _ok(news, None).events}
    big = (news + "\n\n") * (300_000 // len(news) + 1)
    again = {(e.type, tuple(e.codes)) for e in _ok(big, None).events}
    assert first <= again


@pytest.mark.skipif(not os.environ.get("DEFEVENTS_SLOW_TESTS"), reason="a 10 MB article takes about two minutes: "
                    "set DEFEVENTS_SLOW_TESTS=1 to run it")
@pytest.mark.timeout(1800)
def test_a_ten_megabyte_article():
    news = _news()
    _ok((news + "\n\n") * (10_000_000 // len(news) + 1))


# --- pathological inputs (the list) -------------------------------------------------


@HANG_GUARD
def test_repeated_agreement_phrase():
    _ok("the UK and Poland agreed " * 50_000)


@HANG_GUARD
def test_100000_country_names_in_a_row():
    names = ["France", "Germany", "Poland", "Japan", "the United Kingdom", "South Korea", "Ukraine", "Italy"]
    _ok(" ".join(names[i % len(names)] for i in range(100_000)))
    _ok(", ".join(names[i % len(names)] for i in range(10_000)) + " signed a treaty.")


@HANG_GUARD
def test_a_pound_sign_and_100000_digits():
    _ok("£" + "1" * 100_000)
    _ok(f"Poland bought 48 tanks for £{'9' * 100_000}bn from South Korea.")
    _ok("£" * 100_000)
    _ok("£1," + "000," * 30_000 + "000")


@HANG_GUARD
def test_long_lists():
    years = ", ".join(str(2000 + i % 30) for i in range(20_000))
    _ok(f"The UK and Poland signed agreements in {years} and 2025.")
    _ok("The UK and Poland met on " + ", ".join(f"{1 + i % 28} March" for i in range(10_000)) + ".")
    _ok("Poland bought " + ", ".join(f"{i} tanks" for i in range(10_000)) + " from South Korea.")


@HANG_GUARD
def test_deeply_nested_brackets():
    _ok("(" * 100_000 + SENTENCE + ")" * 100_000)
    for o, c in ("()", "[]", "{}", "“”", "<>"):
        _ok(o * 5_000 + SENTENCE + c * 5_000)
        _ok((o + "The UK and Poland agreed ") * 1_000 + c * 1_000)


@HANG_GUARD
def test_one_long_sentence_of_many_events():
    _ok("the UK and Poland signed a treaty " * 5_000)
    _ok("Defence Secretary John Healey met his Polish counterpart in Warsaw and " * 2_000)


@pytest.mark.parametrize("expression", ["31 February 2025", "29 February 2023", "2025-02-30", "30/02/2025"])
def test_impossible_dates_warn(expression):
    result = _ok(f"The UK and Poland signed a treaty on {expression}.")
    assert any(expression in w for w in result.warnings)
    assert len(result.events) == 1


@pytest.mark.parametrize("expression", ["32 March 2025", "32 March", "1 January 0000", "5 May 99999", "March 45, 2025"])
def test_more_impossible_dates_warn(expression):
    result = _ok(f"The UK and Poland signed a treaty on {expression}.")
    assert any(expression in w for w in result.warnings)


@HANG_GUARD
@pytest.mark.parametrize("expression", ["31 February 2025", "32 March", "the year 0", "1 January 0000", "year 99999",
                                        "5 May 99999", "0000-00-00", "9999-99-99", "99999-01-01", "-1 BC", "Q5 2025",
                                        "the 0th century", "February 30th", "2025-W60"])
def test_impossible_dates_do_not_raise(expression):
    _ok(f"The UK and Poland signed a treaty on {expression}. " * 200)
    _ok(f"The UK and Poland signed a treaty on {expression}.", None)


# --- the timeout guard ----------------------------------------------------------------------


def test_a_rule_that_runs_out_of_time_keeps_the_partial_result(monkeypatch):
    text = (SENTENCE + "\n\n") * 50
    full = _ok(text)
    monkeypatch.setattr(pipeline, "_regex_timeout", lambda text: 1e-9)
    result = _ok(text)
    assert len(result.events) <= len(full.events)
    timed_out = [w for w in result.warnings if "timed out" in w]
    assert timed_out and all(w.startswith("rule ") for w in timed_out)


def test_a_catastrophic_pattern_is_stopped(monkeypatch):
    from defevents.rules import Rule, all_rules

    def build(m, doc, rule):
        return None

    evil = Rule(id="agreement.evil", summary="catastrophic backtracking", pattern=r"(?P<trigger>(?:a|aa|aaa)+b)",
                build=build)
    monkeypatch.setattr(pipeline, "all_rules", lambda: (*all_rules(), evil))
    monkeypatch.setattr(pipeline, "_regex_timeout", lambda text: 0.2)
    result = _ok(SENTENCE + " " + "a" * 60 + "c")
    assert any(w.startswith("rule agreement.evil timed out") for w in result.warnings)
    assert any(e.codes == ["GBR", "POL"] for e in result.events)


def test_the_timeout_grows_with_the_text():
    assert pipeline._regex_timeout("x") == 2.0
    assert pipeline._regex_timeout("x" * 1_000_000) == 10.0
