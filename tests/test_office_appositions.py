"""Offices, names and escorts told in apposition: which state each party is, and which parties an
act has, when a title and a name are set side by side with commas."""

from __future__ import annotations

import pytest

from defevents import extract
from defevents.actors import find_mentions


def _people(text: str, home: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(text[m.start:m.end], m.code, m.actor.name) for m in find_mentions(text, home) if m.form == "person"]


@pytest.mark.parametrize(("text", "phrase", "code", "name"), [
    # "Royal" before a state that names its service
    ("The Commander of the Royal Bahamas Defence Force met the press.", "Commander of the Royal Bahamas Defence Force",
     "BHS", "Commander"),
    ("The Commander of the Royal Brunei Navy spoke on Monday.", "Commander of the Royal Brunei Navy", "BRN", None),
    # the service after a state's name is part of the office, not a person's name; the apposed name is
    ("The commander of the Guyana Defence Force, Brigadier Omar Khan, said", "commander of the Guyana Defence Force, Brigadier Omar Khan",
     "GUY", "Omar Khan"),
    ("the Chief of Staff of the Kenya Navy, Major General Paul Otieno, arrived", "Chief of Staff of the Kenya Navy, Major General Paul Otieno",
     "KEN", "Paul Otieno"),
    # a unit of a state's forces after its adjective
    ("Rear Admiral Ken Sato, commander of the Japanese training squadron, said",
     "Rear Admiral Ken Sato, commander of the Japanese training squadron", "JPN", "Ken Sato"),
    ("The commander of the Dutch contingent, Lieutenant Colonel Bas Hendriks, said",
     "commander of the Dutch contingent, Lieutenant Colonel Bas Hendriks", "NLD", "Bas Hendriks"),
    # a whole name set before the title, particles and all
    ("He called on Rear Admiral Eugénio Dias da Silva Muatuca, Commander of the Mozambique Navy, in Maputo.",
     "Rear Admiral Eugénio Dias da Silva Muatuca, Commander of the Mozambique Navy", "MOZ", "Eugénio Dias da Silva Muatuca"),
])
def test_an_office_of_a_states_service_names_the_state(text, phrase, code, name):
    found = {p: (c, n) for p, c, n in _people(text)}
    assert phrase in found, found
    got_code, got_name = found[phrase]
    assert got_code == code
    if name is not None:
        assert got_name == name


@pytest.mark.parametrize("text", [
    "The frigate Admiral Gorshkov and the tanker Akademik Pashin docked at La Guaira on Wednesday.",
    "The patrol ship General Artigas sailed from Montevideo on Monday.",
])
def test_a_ship_named_after_an_officer_is_no_person(text):
    assert _people(text) == []


def test_an_officer_of_that_name_is_still_a_person():
    assert [p for p, _, _ in _people("Admiral Gorshkov inspected the fleet on Monday.")] == ["Admiral Gorshkov"]


def test_a_form_of_address_is_not_the_end_of_a_sentence_nor_a_name():
    text = ("Government Information Service, St George's, Grenada. The Prime Minister, Hon. Dickon Mitchell, received a courtesy call on Monday from the Chief "
            "of Defence Staff of the Trinidad and Tobago Defence Force, Air Vice Marshal Darryl Daniel.")
    [e] = extract(text, published="2024-09-03").events
    assert (e.type, sorted(e.codes)) == ("meeting", ["GRD", "TTO"])
    names = {p.name for p in e.participants}
    assert "Hon" not in names and any(n and n.endswith("Dickon Mitchell") for n in names)


@pytest.mark.parametrize(("text", "codes"), [
    # two offices, each with its holder in apposition, as one joint subject
    ("In Nassau on Thursday, the commanding officer of the Jamaica Defence Force, Lieutenant Colonel Ennis Grant, and the "
     "Commander of the Royal Bahamas Defence Force, Commodore Raymond King, signed a memorandum of understanding on "
     "maritime training.", ["BHS", "JAM"]),
    ("The commander of the Guyana Defence Force, Brigadier Omar Khan, and the commander of the Belize Defence Force, "
     "Brigadier General Azil Jones, signed a memorandum on jungle warfare training in Georgetown on Tuesday.", ["BLZ", "GUY"]),
    # "and the Royal <State> ...": a coordinated service
    ("The Royal Thai Army and the Royal Cambodian Armed Forces signed a memorandum on border demining on Thursday.",
     ["KHM", "THA"]),
])
def test_apposed_office_holders_sign_for_their_states(text, codes):
    agreements = [e for e in extract(text, published="2026-02-21").events if e.type == "agreement"]
    assert [sorted(e.codes) for e in agreements] == [codes]


def test_an_escort_is_of_the_callers_side():
    text = ("On Saturday, Captain Anil Rao, Senior Officer of the First Training Squadron, accompanied by the High "
            "Commissioner of India, called on Rear Admiral Lazaro Menete, Commander of the Mozambique Navy, at the "
            "Navy Command in Maputo.")
    [e] = extract(text, published="2026-02-25").events
    assert (e.type, sorted(e.codes)) == ("meeting", ["IND", "MOZ"])


def test_an_escort_does_not_make_a_meeting_of_a_tour():
    text = ("On Saturday, the Indian defence secretary, accompanied by the High Commissioner of India, toured the "
            "Maputo shipyard.")
    assert [e for e in extract(text, published="2026-02-25").events if e.type == "meeting"] == []


def test_a_visit_told_by_its_range_is_the_audience_on_one_of_its_days():
    text = ("The Minister of Defence of Hungary paid an official visit to N'Djamena from 5 to 7 December 2024. "
            "On Friday 6 December 2024, the Hungarian minister was received in audience by the President of the "
            "Republic of Chad at the Palais Rose.")
    meetings = [e for e in extract(text, published="2024-12-08").events if e.type == "meeting"]
    assert [(sorted(e.codes), e.when.value) for e in meetings] == [(["HUN", "TCD"], "2024-12-06")]
