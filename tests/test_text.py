"""Sentence segmentation: where a text's sentences start and end."""

from __future__ import annotations

import pytest

from defevents.text import sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize("text", [
    "Forty soldiers left the Norman W. Manley International Airport on Thursday for Haiti.",
    "The contingent departed from the M.B. Bishop International Airport on Monday.",
    "The frigate was named after Admiral J.R. Tobias in a ceremony at Bridgetown.",
    "A wreath was laid at the J. F. Kennedy memorial by the visiting minister.",
    # a currency's abbreviation before the amount
    "The navy signed a Rs. 3,100 million contract for two radars on Monday.",
    "The ministry paid Kshs. 2.4 billion for the patrol boats last year.",
])
def test_initials_inside_a_name_do_not_end_the_sentence(text: str) -> None:
    assert _sentences(text) == [text]


WRAPPED = (
    "On Thursday, forty Royal Bahamas Defence Force marines left the Lynden O.\n"
    "Pindling International Airport to join the multinational security force\n"
    "in Haiti, the force said in a statement issued in Nassau late on Friday\n"
    "evening. The marines will serve for six months alongside Jamaican and\n"
    "Belizean troops under the command of a Kenyan officer in the capital and\n"
    "will be relieved by a second group of the same size in the autumn.\n"
)


def test_a_hard_wrap_after_an_initial_does_not_end_the_sentence() -> None:
    assert [s.split()[0] for s in _sentences(WRAPPED)] == ["On", "The"]


def test_a_hard_wrap_after_an_abbreviation_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    text = ("Latvia signed a letter of offer and acceptance with the U.S.\n"
            "government in the spring for six HIMARS launchers, officials said.\n"
            "The first launcher is due next year.\n")
    assert [s.split()[0] for s in _sentences(text)] == ["Latvia", "The"]


@pytest.mark.parametrize(("text", "count"), [
    ("The destroyer arrived in Oslo on Monday. The crew will stay for a week.", 2),
    ("Talks ended on Friday in Lomé. Both sides signed a memorandum.", 2),
    # a wrapped line that ends a sentence with an ordinary word still ends it
    ("The minister met his Ghanaian counterpart in Accra on Monday and the\n"
     "two men toured the port together before lunch at the naval mess.\n"
     "Later they signed a memorandum on maritime security and training.\n"
     "The agreement runs for five years and covers exercises and courses.\n", 3),
])
def test_ordinary_sentence_ends_still_split(text: str, count: int) -> None:
    assert len(_sentences(text)) == count
