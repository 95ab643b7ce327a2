"""The document's own scans that rules read: the systems named in a text, lists and the title block."""

from __future__ import annotations

import pytest

from defevents.document import Document


@pytest.mark.parametrize(("text", "surface", "system"), [
    ("Azerbaijan ordered 40 JF-17C Block III jets.", "JF-17C", "JF-17 Thunder"),
    ("Taipei will upgrade its fleet to the F-16V standard.", "F-16V", "F-16 Fighting Falcon"),
    ("Poland bought K9A1 howitzers.", "K9A1", "K9 Thunder"),
    ("The first K2PL tanks will be built in Poland.", "K2PL", "K2 Black Panther"),
    ("Canberra received more F-35As.", "F-35As", "F-35 Lightning II"),
])
def test_a_designation_with_variant_letters_is_the_same_system(text: str, surface: str, system: str) -> None:
    doc = Document(text, None, [])
    assert [(text[s.start:s.end], s.name) for s in doc.systems] == [(surface, system)]


@pytest.mark.parametrize("text", [
    "The K9s of the battalion are older.",      # a plural, not a variant
    "Route K2X runs north of the base.",        # not after a known designation: K2 then "X" is read, K2X is not a system
])
def test_variant_letters_do_not_run_into_words(text: str) -> None:
    doc = Document(text, None, [])
    assert all(not text[s.end:s.end + 1].isalnum() for s in doc.systems)


LIST = ("Lima's defence ministry signed three contracts on Thursday:\n"
        "1. a contract with Embraer for two C-390 airlifters, worth USD 300 million;\n"
        "2. a contract with Saab for a Giraffe radar;\n"
        "3. a contract with Navantia for a patrol ship.\n\n"
        "The ministry did not say when deliveries begin.")


@pytest.mark.parametrize("item", ["1. a contract", "2. a contract", "3. a contract"])
def test_a_list_item_has_the_lead_that_ends_in_a_colon(item: str) -> None:
    doc = Document(LIST, None, [])
    lead = doc.list_lead(LIST.index(item) + 5)
    assert lead is not None and LIST[lead[0]:lead[1]].startswith("Lima's defence ministry signed three contracts")


@pytest.mark.parametrize(("text", "at"), [
    (LIST, "The ministry did not"),                                           # after the list: no item
    (LIST, "Lima's"),                                                         # the lead itself
    ("The ministry signed a contract.\n1. Deliveries start in 2027.", "1."),   # no colon: no list lead
])
def test_text_outside_a_list_has_no_lead(text: str, at: str) -> None:
    assert Document(text, None, []).list_lead(text.index(at)) is None


def test_a_list_lead_and_its_items_are_body_copy_not_a_headline() -> None:
    doc = Document(LIST, None, [])
    assert doc.title_block_end == 0
    headline = "Peru signs for C-390s\n\n" + LIST
    assert Document(headline, None, []).title_block_end == len("Peru signs for C-390s")
