"""Headlines and the body that tells their event again (issue 3, section 6: document-level merge).

A headline sums up the story in a few words and in headline grammar ("Norway to deploy", "Chile
buys"); the body tells the same event with its date, place and parties. One event comes out,
with the headline as one more piece of evidence, and the body's date and tense. A headline
that sums up two body events does not lend its parties to either; a headline the body never
tells again stands on its own.
"""

from __future__ import annotations

import pytest

from defevents import extract


def _events(text: str, published: str = "2025-05-16"):
    return extract(text, published=published).events


def _summary(text: str, published: str = "2025-05-16"):
    return [(e.type, sorted(e.codes), e.when.value if e.when else None, e.status) for e in _events(text, published)]


def test_headline_after_masthead_lines_joins_the_body_telling():
    text = ("MINISTRY OF DEFENCE – Peru\nPress release No. 88/2025\nLima, 16 May 2025\n\n"
            "Peru buys two frigates from Spain\n\n"
            "Peru's defence minister signed on Thursday an agreement with Spain for the purchase of two "
            "Santa María-class frigates, the ministry said.")
    deals = [e for e in _events(text) if e.type == "export_deal"]
    assert len(deals) == 1, _summary(text)
    [deal] = deals
    assert deal.when.value == "2025-05-15"
    assert any(s.text.startswith("Peru buys two frigates") for s in deal.evidence)


def test_headline_with_a_seller_the_body_reads_otherwise_is_still_one_deal():
    # the headline takes the seller from the aircraft, the body from its maker's home state
    text = ("Morocco receives two more C295 transport aircraft\n\n"
            "RABAT – The Royal Moroccan Air Force has taken delivery of two more Airbus C295 transport "
            "aircraft, the armed forces said on Wednesday.")
    deals = [e for e in _events(text) if e.type == "export_deal"]
    assert len(deals) == 1, _summary(text)
    assert deals[0].buyer.code == "MAR"
    assert len(deals[0].evidence) == 2


def test_headline_summing_up_two_meetings_lends_its_parties_to_neither():
    text = ("Defence Minister receives Indian, Brazilian delegations\n\n"
            "Hanoi – Vietnam's Minister of National Defence received Indian Defence Secretary Rajesh Kumar Singh "
            "in Hanoi on Monday. Later the same day, the minister hosted a Brazilian delegation led by "
            "Brazil's Defence Minister José Múcio.")
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert [sorted(e.codes) for e in meetings] == [["IND", "VNM"], ["BRA", "VNM"]]


def test_headline_infinitive_is_a_plan_and_the_body_dates_it():
    text = ("Norway to deploy F-35 jets to Estonia\n\n"
            "Norway will deploy four F-35 fighter jets and about 80 personnel to Estonia in July for the "
            "Baltic Air Policing mission, the defence ministry said on Friday.")
    deployments = [e for e in _events(text) if e.type == "deployment"]
    assert len(deployments) == 1, _summary(text)
    assert deployments[0].status == "planned"
    assert deployments[0].when.value == "2025-07"


@pytest.mark.parametrize(("headline", "status"), [
    ("Canada to send frigate to the Baltic", "planned"),
    ("Japan, Australia to sign reciprocal access pact", "planned"),
    ("Canada sends frigate to the Baltic", "completed"),
    ("Poland agrees to buy K2 tanks from South Korea", "completed"),  # "agrees to": the agreeing is done
])
def test_headline_grammar_sets_the_status(headline, status):
    text = f"{headline}\n\nThe ministry gave no further details."
    found = _events(text)
    assert found, headline
    assert found[0].status == status


def test_a_plan_in_the_body_is_not_what_a_present_tense_headline_reports():
    text = ("Philippines signs BrahMos agreement with India\n\n"
            "The Philippine Department of National Defense expects to sign further agreements with South Korean "
            "and Japanese firms next year, an official said.")
    agreements = [e for e in _events(text) if e.type == "agreement"]
    headline = [e for e in agreements if e.evidence[0].text.startswith("Philippines signs")]
    assert headline and headline[0].status == "completed"
    assert sorted(headline[0].codes) == ["IND", "PHL"]


def test_headline_deployment_is_not_folded_into_another_deployers_presence():
    text = ("Dutch battalion arrives in Lithuania\n\n"
            "Germany leads the brigade and has about 1,500 soldiers in Lithuania, the ministry said.")
    deployers = sorted(e.deployer.code for e in _events(text) if e.type == "deployment" and e.deployer)
    assert deployers == ["DEU", "NLD"]


def test_a_headline_the_body_does_not_tell_again_stands():
    text = ("Greece orders four Belharra frigates from France\n\n"
            "The Hellenic Navy's modernisation has been debated for a decade, analysts say.")
    [deal] = [e for e in _events(text) if e.type == "export_deal"]
    assert (deal.seller.code, deal.buyer.code) == ("FRA", "GRC")


def test_a_first_time_remark_joins_the_deployment_told_before():
    text = ("Danish F-16s and about 60 personnel have been deployed to Romania to guard the Black Sea coast, the "
            "Danish Armed Forces said on Monday. It is the first time Danish F-16s have been stationed in Romania.")
    deployments = [e for e in _events(text) if e.type == "deployment"]
    assert len(deployments) == 1, _summary(text)
    assert deployments[0].when.value == "2025-05-12"


def test_a_clause_after_the_contract_does_not_date_or_plan_it():
    text = ("Vietnam signed a contract with South Korea on Tuesday for 20 K9 howitzers, to be delivered from "
            "2027.")
    [deal] = [e for e in _events(text) if e.type == "export_deal"]
    assert (deal.when.value, deal.status) == ("2025-05-13", "completed")


@pytest.mark.parametrize("said", ["the company said on 12 May", "the ministry announced on 12 May",
                                  "the French company said in a statement on 12 May"])
def test_a_present_perfect_deal_takes_the_day_it_was_reported(said):
    text = (f"India's defence ministry and France's Naval Group have signed a contract for three Scorpène "
            f"submarines, to be built locally by Mazagon Dock, {said}.")
    [deal] = [e for e in _events(text) if e.type == "export_deal"]
    assert deal.when.value == "2025-05-12"


@pytest.mark.parametrize("text", [
    "Minister Keïta receives Turkish procurement officials\n\nBamako, 8 April (AMAP) – The Minister of Defence, "
    "General Sadio Camara, on Friday received at his office a delegation of Türkiye's Presidency of Defence "
    "Industries (SSB).",
    "Minister receives commander of French navy ship\n\nMalabo, 8 April (ANGE) – The Minister of Defence received "
    "on Thursday the commander of the French patrol vessel FS Commandant Ducuing, who was paying a courtesy call.",
])
def test_a_headline_that_repeats_a_reception_keeps_the_host_from_the_dateline(text):
    [meeting] = [e for e in _events(text, "2025-04-09") if e.type == "meeting"]
    assert meeting.when.value in ("2025-04-03", "2025-04-04")
    assert len(meeting.codes) == 2, _summary(text, "2025-04-09")
