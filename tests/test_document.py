"""The document's own scans that rules read: here, the systems named in a text."""

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
