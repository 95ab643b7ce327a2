"""Deployment phrasing families of issue #3, document by document: forces named by their unit or
their port, a presence in a region of a state, and the near misses that are no deployment (a
state's own border, the terms of an agreement).

The rule values carry one-sentence examples; these tests pin down what needs a whole document
(a dateline's home state, a digest's label) and the families as lists of varied wordings.
"""

from __future__ import annotations

import pytest

from defevents import extract

from .conftest import assert_grounded


def _deployments(text: str, published: str = "2025-06-12"):
    result = extract(text, published=published)
    assert_grounded(result, text)
    return [e for e in result.events if e.type == "deployment"]


def _code(actor) -> str | None:
    return actor.code if actor else None


@pytest.mark.parametrize(("text", "published", "deployer", "host"), [
    # observers "of the National Armed Forces": the home state's forces
    ("Montevideo, 22 May 2024 (agency). – Eight military observers and staff officers of the National Armed "
     "Forces left Carrasco International Airport on Sunday for the Democratic Republic of Congo.",
     "2024-05-22", "URY", "COD"),
    # a company of a defence force
    ("The second company of the Malawi Defence Force departed from Kamuzu International Airport for Goma on Thursday.",
     "2024-04-17", "MWI", "COD"),
    # a presence in a region of a state; "eastern Congo" is DR Congo
    ("Tanzania has maintained a battalion of about 850 soldiers in eastern Congo since 2013.", "2024-04-17", "TZA", "COD"),
    # a warship the text names no state for sails from its home port, to a sea and an operation
    ("The frigate Carlo Bergamini sailed from Taranto on Monday bound for the Red Sea to join the EU's Aspides operation.",
     "2024-07-19", "ITA", None),
    # a digest's label is its topic, not the deployer; the state of the unit served in is
    ("Further news\n\nLebanon: Some 1,000 soldiers are currently serving in the Italian Army's contingent with "
     "UNIFIL in Lebanon.", "2025-10-08", "ITA", "LBN"),
    ("Further news\n\nLibya: The corvette Sirio left La Spezia on Friday for the central Mediterranean to join "
     "operation Irini.", "2025-10-08", "ITA", None),
    # the batch of a unit names the unit's state
    ("The 12th batch of the Chinese peacekeeping engineer company to Lebanon, with 200 officers and soldiers, "
     "rotated in at Naqoura on 15 September.", "2025-09-25", "CHN", "LBN"),
    # two deployers in the subject: the second is no host ("France's navy" is not where the ships go)
    ("India's and France's navies deployed frigates to the Gulf of Aden on Monday.", "2025-04-09", "IND", None),
    ("Norway's and Denmark's air forces sent F-35s to Keflavik air base in Iceland.", "2025-04-09", "NOR", "ISL"),
    # a port city that is not a capital names the host
    ("The Indian Navy frigate INS Tabar arrived in Lagos on Friday for a three-day port call.", "2025-04-09", "IND", "NGA"),
    ("Two Japanese destroyers docked at Cam Ranh on Monday.", "2025-04-09", "JPN", "VNM"),
    ("The French frigate Lorraine called at Mombasa this week during its Indian Ocean patrol.", "2025-04-09", "FRA", "KEN"),
    # the ship's navy after its name; "the port of <city>"
    ("The corvette Spiro of the Argentine Navy arrived in Montevideo on Tuesday as part of a South Atlantic patrol.",
     "2025-04-09", "ARG", "URY"),
    ("The patrol vessel Tamar of the Royal Navy docked at the port of Colombo on Sunday.", "2025-04-09", "GBR", "LKA"),
    # peacekeepers are forces
    ("Some 700 Rwandan peacekeepers arrived in South Sudan on Friday to join UNMISS.", "2025-04-09", "RWA", "SSD"),
])
def test_deployment_found(text, published, deployer, host):
    [found] = _deployments(text, published)
    assert (_code(found.deployer), _code(found.host)) == (deployer, host)


@pytest.mark.parametrize("text", [
    # forces sent to their own side of a border
    "Pakistan on Tuesday sent 3,000 troops to the Afghan border, the army said.",
    "Poland has deployed 5,000 soldiers to the Belarusian border.",
    # what an agreement lets forces do is its terms, not a deployment
    "The two ministers signed a Status of Forces Agreement, which sets out how Japanese personnel train and operate "
    "in the Philippines.",
    "The accord, which allows Australian troops to be stationed in Papua New Guinea, was signed on Monday.",
    # a home ship patrolling its own waters
    "Darwin-based HMAS Glenelg sailed on Monday for the Timor Sea on a sovereignty patrol lasting six weeks.",
    "The Irish patrol ship LÉ William Butler Yeats left Cork on Friday on a fisheries patrol of home waters.",
    # equipment a purchase told just before names, and where it will be based
    "Romania will buy 18 Patriot launchers from the United States. Bucharest would consider sending a battery to "
    "Moldova if asked. The launchers are to be stationed in the south of the country.",
    "Accra, 4 Jun (GNA) – The Ministry of Defence signed on Monday in Madrid a contract with Airbus for two C295 "
    "aircraft. The aircraft will be based at Tamale.",
    # an airspace incursion is no deployment to a host
    "Russian drones flew into Polish airspace on Monday night, the Operational Command said.",
    "Two Russian fighter jets violated Estonian airspace over Vaindloo island on Friday.",
    # "weapon stations", "gun stations" are goods
    "Army buys Norwegian weapon stations\n\nKongsberg's plant in Kongsberg will deliver the systems to the Lithuanian Army.",
])
def test_no_deployment(text):
    assert _deployments(text) == []


@pytest.mark.parametrize(("text", "personnel"), [
    # the strength of the force, told without a count of people
    ("Nepal will send a 650-strong infantry battalion to the Democratic Republic of Congo next month.", 650),
    ("The Spanish frigate Méndez Núñez, with a crew of about 220, arrived in Manila on Tuesday.", 220),
    ("Portugal deployed a contingent of 180 to Romania on Friday, the army said.", 180),
    # officers counted together with their crews or men
    ("A Pakistani task group carrying 500 officers and sailors sailed from Karachi for the Red Sea on Sunday.", 500),
    ("Some 700 officers and men of the Zambian battalion arrived in Bangui on Monday.", 700),
    # members counted by their force, before or after it
    ("A contingent of 35 members of the Jamaica Defence Force deployed to Antigua on Sunday to support recovery work.", 35),
    ("A detachment of 60 members of the Armed Forces of Malta left Luqa on Monday for Lebanon.", 60),
    ("About 1,200 Australian Defence Force members are deployed in the Middle East, the minister said.", 1200),
    # trades no general word names: Seabees, divers, observers, "men and women"
    ("A team of 22 US Navy Seabees arrived in Koror on Monday for a nine-month deployment.", 22),
    ("About 30 Royal New Zealand Navy divers arrived in Honiara on Tuesday to clear wartime ordnance.", 30),
    ("A contingent of 12 military observers from the Paraguayan Armed Forces left Asunción on Sunday for Cyprus.", 12),
    ("The 150 men and women of Kenya's engineer company will deploy to South Sudan in March.", 150),
    # a qualified count before a service's name is no formation ("about 220 Army soldiers")
    ("Slovenia's defence ministry set out its NATO commitments on Monday. A contingent of about 140 Army soldiers will "
     "deploy to Lithuania this autumn, the ministry said.", 140),
    # the crew told before another thing the ship carries
    ("The Dutch frigate HNLMS Tromp left Den Helder on Monday for the Red Sea with a crew of 150 and an NH90 helicopter.", 150),
])
def test_strength_is_personnel(text, personnel):
    [dep] = _deployments(text)
    assert dep.personnel is not None and dep.personnel.value == personnel
    assert text[dep.personnel.span.start:dep.personnel.span.end] == dep.personnel.span.text


@pytest.mark.parametrize("text", [
    # ships, not people; a share of a force
    "China sent a naval force of 20 ships to the Gulf of Aden on Monday.",
    "Britain deployed a force of 12 Typhoon jets to Romania on Friday.",
    "Police officers from the capital were deployed to Mombasa on Friday.",
    # members of a body that is no force
    "Sweden deployed a field hospital to Mosul in June, with 14 members of the Riksdag visiting it on Monday.",
    "A contingent of Fijian soldiers deployed to Lebanon on Monday, seen off by 40 members of their families.",
])
def test_no_strength_read(text):
    assert all(d.personnel is None for d in _deployments(text))


def test_a_ship_named_in_a_byline_and_again_in_the_lead_is_two_mentions():
    # the byline's last words and the lead's first are one name only if no blank line parts them
    text = ("Royal New Zealand Navy – News\n\nBy Petty Officer Ana Reti, Public Affairs, HMNZS Te Mana\n\n"
            "HMNZS Te Mana arrived in Apia, Samoa, on Thursday as part of Operation Calypso.")
    [d] = _deployments(text, "2025-06-14")
    assert (_code(d.deployer), _code(d.host)) == ("NZL", "WSM")
    assert d.assets == ["HMNZS Te Mana"]


@pytest.mark.parametrize("text", [
    # the unit's home base told in a follow-up is no second place
    "Six Polish F-16s and some 120 airmen landed at Ämari on Tuesday for four months of air policing. The detachment, "
    "drawn from the 32nd Tactical Air Base at Łask, takes over from Belgian F-35s.",
    # the ship's next port, told after its call
    "The Italian patrol ship Comandante Foscari arrived in Lomé on Monday for a three-day visit. The warship is due to "
    "leave for Cotonou on Thursday, the embassy said.",
    # the cruise's start, told in a relative, and its next leg
    "The Colombian training ship ARC Gloria called at Panama City on Friday. The ship, which left Cartagena in March, "
    "heads to Jamaica next.",
])
def test_a_follow_up_about_the_same_unit_is_one_deployment(text):
    assert len(_deployments(text)) == 1


def test_another_unit_told_next_is_another_deployment():
    text = ("The Dutch frigate HNLMS Tromp arrived in Muscat on Monday for a port visit. A second Dutch frigate, HNLMS "
            "Evertsen, will leave Den Helder for the Gulf of Aden on Friday.")
    assert len(_deployments(text)) == 2


@pytest.mark.parametrize(("text", "published", "date", "personnel"), [
    # the ship told again at its anchorage, with a later plan in a coordinated clause: one visit, dated by the call
    ("The Spanish patrol ship Centinela called at Mindelo on Saturday, the first Spanish warship to visit Cape Verde in "
     "almost a decade. The ship, with a crew of about 60, anchored in Porto Grande bay and will sail on for Dakar on Wednesday.",
     "2026-03-09", "2026-03-07", 60),
    ("The Dutch frigate HNLMS Van Amstel put in at Bridgetown on Friday. The frigate, with 150 sailors aboard, anchored in "
     "Carlisle Bay and will leave again on Tuesday.", "2026-02-16", "2026-02-13", 150),
])
def test_a_ship_told_again_at_its_anchorage_is_one_visit(text, published, date, personnel):
    found = _deployments(text, published)
    assert len(found) == 1, [(e.rule, e.when) for e in found]
    visit = found[0]
    assert visit.when is not None and visit.when.value == date
    assert visit.status == "completed"
    assert visit.personnel is not None and int(visit.personnel.value) == personnel
    # "the first ... in almost a decade" is how long since the last visit, not how long this one lasts
    assert visit.duration is None


def test_a_headline_in_the_present_tells_a_past_dispatch():
    """A headline's simple present ("sends") tells a past act, unlike the same verb in body copy
    ("Nepal contributes troops to UN missions"), which is a habit."""
    text = ("Ghana sends soldiers to South Sudan\n\nACCRA – The Ghana Armed Forces said on Monday that the contingent "
            "would serve with UNMISS in Malakal.")
    found = [e for e in extract(text, published="2025-04-09").events if e.type == "deployment"]
    assert [sorted(e.codes) for e in found] == [["GHA", "SSD"]]
    assert any("Ghana sends soldiers" in ev.text for ev in found[0].evidence)
    body = "ACCRA – Ghana sends soldiers to UN missions in South Sudan and elsewhere."
    assert [e for e in extract(body, published="2025-04-09").events if e.type == "deployment"] == []


@pytest.mark.parametrize(("sentence", "operation"), [
    ("where she will spend four months on the Gabinia mission.", "Gabinia"),
    # a sea or a region before "mission" names no operation
    ("where she will spend four months on the Baltic mission.", None),
    ("where she will spend four months on the French mission.", None),
])
def test_a_named_mission_before_its_common_noun(sentence, operation):
    text = "The Italian patrol ship Comandante Foscari sailed from La Spezia on Monday, heading for the Gulf of Guinea, " + sentence
    [found] = [e for e in extract(text, published="2025-04-09").events if e.type == "deployment"]
    assert found.duration == "P4M"
    assert found.operation == operation


@pytest.mark.parametrize(("text", "operation"), [
    # a listed mission named in full is named as the text spells it, with the acronym that follows
    ("About 450 Ghanaian troops flew out of Accra on Tuesday to join the United Nations Mission in South Sudan (UNMISS) "
     "for a year.", "United Nations Mission in South Sudan (UNMISS)"),
    ("A Rwandan battalion of 800 soldiers left Kigali on Monday to serve with the UN Mission in the Republic of South "
     "Sudan (UNMISS).", "UN Mission in the Republic of South Sudan (UNMISS)"),
    ("A contingent of 200 Zambian soldiers left Lusaka for Bangui on Sunday to join the United Nations Multidimensional "
     "Integrated Stabilisation Mission in the Central African Republic (MINUSCA).",
     "United Nations Multidimensional Integrated Stabilisation Mission in the Central African Republic (MINUSCA)"),
    ("Some 340 Irish troops currently serve with the United Nations Interim Force in Lebanon in south Lebanon.",
     "United Nations Interim Force in Lebanon"),
    ("Some 400 Tanzanian soldiers arrived in Goma on Thursday as part of the SADC Mission in the DRC (SAMIDRC).",
     "SADC Mission in the DRC (SAMIDRC)"),
    ("Jamaica will send 150 soldiers to Haiti next month to join the Multinational Security Support Mission.",
     "Multinational Security Support Mission"),
    # told by its acronym alone, or with words between the name and the acronym that are no part of the name
    ("Some 300 Cambodian peacekeepers left Phnom Penh on Friday to join UNMISS.", "UNMISS"),
    ("A contingent of 200 Zambian soldiers left Lusaka for Bangui on Sunday to join the United Nations Multidimensional "
     "Integrated Stabilization Mission there (MINUSCA).", "MINUSCA"),
])
def test_a_listed_mission_is_named_as_the_text_names_it(text, operation):
    [found] = _deployments(text)
    assert found.operation == operation


@pytest.mark.parametrize(("text", "operation"), [
    # a longer name before "mission|deployment", with its acronym (or its part) in brackets, wrapped or not
    ("A Jamaican contingent of 24 soldiers left Kingston on Saturday bound for Port-au-Prince, where they will serve "
     "with the Kenya-led Multinational Security Support (MSS) mission for six months.", "Multinational Security Support (MSS)"),
    ("Four Danish F-16s and around 90 personnel arrived at Keflavík Air Base on Monday to take over the Icelandic Air Policing\n"
     "(IAP) mission for about three weeks.", "Icelandic Air Policing (IAP)"),
    ("The frigate Forbin left Toulon on Monday for the Strait of Hormuz, where it will join the European Maritime Awareness "
     "in the Strait of Hormuz (EMASoH) mission for four months.", "European Maritime Awareness in the Strait of Hormuz (EMASoH)"),
    ("The Royal Navy patrol ship HMS Trent berthed at Bridgetown on Friday as part of its Atlantic Patrol Task (North) "
     "deployment.", "Atlantic Patrol Task (North)"),
    # a state that opens the name owns the mission and is no part of its name; a state alone names none
    ("Some 120 Belgian paratroopers deployed to Estonia on Monday under the French Lynx mission.", "Lynx"),
    ("Some 120 Belgian paratroopers deployed to Estonia on Monday under the French mission.", None),
])
def test_a_named_mission_with_its_acronym_before_its_common_noun(text, operation):
    [found] = _deployments(text)
    assert found.operation == operation


@pytest.mark.parametrize(("text", "deployer", "host"), [
    # a garrison town or base the place list knows names the host when no state is named
    ("France's 43rd Marine Infantry Battalion has been stationed at Port-Bouët since 1978.", "FRA", "CIV"),
    ("A company of 120 Hungarian soldiers arrived in Abéché on Monday to train local units.", "HUN", "TCD"),
    ("Some 150 German airmen have been based at Azraq since 2017, flying A400M tankers for the coalition.", "DEU", "JOR"),
    ("About 200 Burkinabe soldiers were deployed to Ménaka on Saturday to support the local garrison.", "BFA", "MLI"),
])
def test_a_listed_garrison_town_names_the_host(text, deployer, host):
    [found] = _deployments(text)
    assert (_code(found.deployer), _code(found.host)) == (deployer, host)


@pytest.mark.parametrize(("text", "duration"), [
    ("Some 180 Zambian soldiers flew out of Lusaka to Bangui on Friday to join MINUSCA. They will be based "
     "around Bria for twelve months.", "P12M"),
    # the forces told again, doing what they came for, for how long
    ("About 250 Rwandan troops flew out of Kigali for Maputo on Sunday. The soldiers, drawn from the 3rd Division, will "
     "secure the port of Mocímboa da Praia for a year.", "P1Y"),
    ("A Bangladeshi engineer company of 160 left Dhaka for Juba on Monday. The company will repair roads and airstrips "
     "for about nine months.", "P9M"),
    ("The first rotation of Australian soldiers arrived in Lae on Wednesday. The troops will spend four months training "
     "with the PNG Defence Force.", "P4M"),
    ("Senegal will send 300 troops to The Gambia next week. The minister said the contingent would remain in the country "
     "for six months.", "P6M"),
    ("Four Italian F-35s and 90 airmen arrived at Ämari in Estonia on Monday. For four months they will police the skies "
     "over the Baltic states.", "P4M"),
    ("HMNZS Aotearoa will head to Nuku'alofa in August to deliver relief stores to Tonga. The ship will be there for about "
     "two weeks.", "P2W"),
    # a relative on the destination or on the tour
    ("The frigate ITS Marceglia sailed from Taranto on Tuesday for the Red Sea, where it will escort merchant ships for "
     "five months.", "P5M"),
    ("A platoon of 30 Estonian soldiers left Tallinn on Friday for Mali, where it will serve six months with the French "
     "task force.", "P6M"),
    ("Four Danish F-16s will deploy to Šiauliai in Lithuania next week for an air policing rotation, which is expected to "
     "last about four months.", "P4M"),
    ("Forty Belizean soldiers left for Port-au-Prince on Tuesday, where they will join the multinational mission for a "
     "six-month tour.", "P6M"),
])
def test_the_length_of_a_stay_told_after_the_move(text, duration):
    [found] = [e for e in extract(text, published="2025-04-09").events if e.type == "deployment"]
    assert found.duration == duration


@pytest.mark.parametrize("text", [
    # a length that is not the stay's: another state's forces, a past service, a length not introduced as one
    "About 250 Rwandan troops flew out of Kigali for Maputo on Sunday. The soldiers will relieve French troops who had "
    "served there for a year.",
    "About 250 Rwandan troops flew out of Kigali for Maputo on Sunday. The soldiers, veterans of six months in Bangui, "
    "will secure the port.",
    "The frigate ITS Marceglia sailed from Taranto on Tuesday for Djibouti, where it was built two years ago.",
])
def test_no_length_of_stay_told_after_the_move(text):
    assert [e.duration for e in extract(text, published="2025-04-09").events if e.type == "deployment"] == [None]


@pytest.mark.parametrize(("text", "deployer", "host"), [
    # a town no list places: the one other state the sentence names, as speaker, partner or soil
    ("A Canadian Army field hospital arrived in Tamanrasset on Tuesday, Algeria's defence ministry said.", "CAN", "DZA"),
    ("The Chilean Navy transport Aquiles berthed at Puerto Ayora on Sunday with relief supplies, Ecuadorian officials said.",
     "CHL", "ECU"),
    ("A platoon of Estonian scouts arrived at Kadaga on Friday to reinforce the Latvian infantry brigade stationed there.",
     "EST", "LVA"),
    # an origin or an onward leg is not where the town lies
    ("A Portuguese Air Force C-130 arrived in Ilulissat on Monday after leaving Iceland, with 20 airmen on board.",
     "PRT", None),
    ("The Dutch frigate Tromp arrived at Neiafu on Monday en route to Fiji.", "NLD", None),
    # two other states: which one the town is in, unknown
    ("Italian engineers arrived in Bossangoa on Monday, joining Rwandan and Zambian peacekeepers.", "ITA", None),
])
def test_the_state_of_a_town_no_list_places(text, deployer, host):
    found = _deployments(text, "2025-04-09")
    assert [(_code(e.deployer), _code(e.host)) for e in found] == [(deployer, host)]


@pytest.mark.parametrize(("text", "host", "location"), [
    ("Spanish Harriers have flown from Sigonella since March. Two more jets landed at the air base on Tuesday with 40 "
     "ground crew.", "ITA", "Sigonella"),
    ("The Royal Navy has kept two minehunters at Mina Salman since 2019. HMS Middleton arrived at the naval base on "
     "Friday to relieve one of them.", "BHR", "Mina Salman"),
])
def test_the_base_told_before_is_where_forces_arrive(text, host, location):
    found = [e for e in _deployments(text, "2025-04-09") if e.status == "completed"]
    assert [(_code(e.host), e.location.name if e.location else None) for e in found] == [(host, location)]
    assert found[0].location.span.text == location


def test_forces_that_join_a_stay_told_before_are_a_deployment_of_their_own():
    text = ("Four Belgian F-16s have been based at Ämari since December. Two more Belgian F-16s arrived at the base on Monday with "
            "about 15 technicians.")
    found = _deployments(text, "2025-04-09")
    assert sorted((e.status, e.when.value) for e in found) == [("completed", "2025-04-07"), ("ongoing", "2024-12")]


@pytest.mark.parametrize(("text", "personnel"), [
    # the trade of the people who came with the aircraft, in the next sentence
    ("A Portuguese Air Force P-3C landed at Sigonella on Friday. About 35 aircrew and technicians travelled with it.", 35),
    # "<N> of them are <there>", coordinated with the presence
    ("Burundian troops have been deployed in Somalia since 2007, and some 3,000 of them are in the Middle Shabelle region.", 3000),
    # the strength after an adjunct that closes the move's clause
    ("The Colombian sail training ship Gloria will call at Cádiz in May, as part of her annual training cruise, with about "
     "180 cadets and crew.", 180),
])
def test_strength_told_apart_from_the_move(text, personnel):
    found = _deployments(text, "2025-04-09")
    assert [int(e.personnel.value) if e.personnel else None for e in found] == [personnel]


def test_of_them_counting_casualties_is_no_strength():
    text = "Burundian troops have been deployed in Somalia since 2007, and 54 of them were killed in a single attack in 2023."
    assert [e.personnel for e in _deployments(text, "2025-04-09")] == [None]


def test_the_stay_in_the_second_clause_of_the_next_sentence():
    text = ("Two Hungarian Gripens landed at Šiauliai on Monday for the next rotation. Around 80 airmen came with the jets, "
            "and the detachment will remain for four months.")
    [found] = _deployments(text, "2025-04-09")
    assert found.duration == "P4M"


def test_an_arrival_in_a_relative_keeps_its_own_tense_and_day():
    text = ("A Korean Army engineering unit that arrived in Erbil on Monday is rebuilding a bridge, and about 40 Korean "
            "engineers will stay until August.")
    [found] = _deployments(text, "2025-04-09")
    assert (found.status, found.when.value) == ("completed", "2025-04-07")


def test_the_operation_named_in_the_next_sentence_about_the_visit():
    text = ("HMNZS Aotearoa berthed at Apia on Tuesday. The visit is part of Operation Mahi Tahi, the navy's fisheries "
            "patrol in the Pacific.")
    [found] = _deployments(text, "2025-04-09")
    assert found.operation is not None and "Mahi Tahi" in found.operation


def test_troops_to_be_based_after_a_purchase_are_still_a_deployment():
    text = ("Latvia will buy six HIMARS launchers from the United States. About 300 US troops will be stationed in "
            "Latvia from March to train the crews.")
    found = _deployments(text, "2025-06-11")
    assert [(_code(e.deployer), _code(e.host)) for e in found] == [("USA", "LVA")]


def test_the_place_forces_leave_is_no_host():
    text = "US Army paratroopers deployed on Monday from Vicenza, Italy, to Tan-Tan in Morocco."
    found = _deployments(text, "2025-04-09")
    assert [_code(e.deployer) for e in found] == ["USA"]
    assert all(_code(e.host) != "ITA" for e in found)


def test_the_base_flown_from_is_the_host():
    text = "Two Spanish Air Force C295 aircraft have operated from Dakar since March to support the mission."
    found = _deployments(text, "2025-04-09")
    assert [_code(e.host) for e in found] == ["SEN"]


@pytest.mark.parametrize("after", [
    # a sentence about another party, or one that only names kit without the forces bringing it
    "Patria said it would deliver new trucks to the Estonian army.",
    "Estonia bought CV90 infantry fighting vehicles in 2014.",
])
def test_kit_told_after_about_someone_else_is_no_asset(after: str) -> None:
    text = f"About 200 Finnish soldiers will deploy to Estonia in October. {after}"
    found = _deployments(text, "2025-06-12")
    assert [(_code(e.deployer), list(e.assets)) for e in found] == [("FIN", [])]


def test_a_prefixed_ship_after_its_type_keeps_its_full_name():
    """'The Colombian Navy's offshore patrol vessel ARC 7 de Agosto': the name is read from its prefix."""
    text = "The Colombian Navy's offshore patrol vessel ARC 7 de Agosto arrived in Guayaquil on Wednesday for a visit."
    found = _deployments(text, "2025-06-12")
    assert [[a for a in e.assets] for e in found] == [["ARC 7 de Agosto"]]


@pytest.mark.parametrize(("text", "codes", "asset"), [
    # a ship named in quotes, with or without its pennant number after it
    ("The Brazilian Navy training ship “Brasil” (U27) arrived at the port of Lisbon on Sunday for a three-day visit.",
     ["BRA", "PRT"], "“Brasil”"),
    ("The Peruvian Navy training ship “Unión” arrived in Valparaíso on Friday on her annual cruise.",
     ["CHL", "PER"], "“Unión”"),
])
def test_a_ship_named_in_quotes_arrives(text, codes, asset):
    [found] = _deployments(text, "2025-06-12")
    assert sorted(found.codes) == codes and any(a.endswith(asset) for a in found.assets)


def test_a_presence_that_goes_on_is_not_the_end_of_the_deployment():
    """'handed the base over ..., ending a permanent presence. About 80 French soldiers remain': two deployments."""
    text = ("France formally handed Camp Kosei over to the Ivorian army on Thursday, ending a permanent military presence "
            "that dates back to 1978. About 80 French soldiers remain in Côte d'Ivoire to train Ivorian forces.")
    found = _deployments(text, "2025-02-21")
    assert sorted((e.rule, e.status) for e in found) == [("deployment.base_handed_over", "completed"),
                                                         ("deployment.remain", "ongoing")]


def test_a_stay_begun_is_an_arrival_not_a_stay_going_on():
    """'began her stay in Callao on Sunday' is the ship's arrival, also when her navy's possessive names her."""
    text = ("The Chilean Navy's training ship Esmeralda, on her way north for the summer cruise, began her stay in "
            "Lima on Sunday, her first call in Peru in four years.")
    found = _deployments(text, "2024-03-05")
    assert [(e.rule, e.status) for e in found] == [("deployment.arrived", "completed")]


# ---------------------------------------------------------------- the crew told in a later sentence
@pytest.mark.parametrize(("text", "crew"), [
    ("The Colombian Navy patrol vessel ARC Victoria arrived in Bridgetown, Barbados, on Tuesday for a five-day call. "
     "The 80-metre vessel, with a crew of about 90, will train with the Barbados Coast Guard.", 90),
    ("Two Indonesian Navy corvettes docked at Port Klang on Monday. The visit is the first by Indonesian warships to "
     "Malaysia this year. The ships, with about 260 sailors on board, will sail for Penang on Friday.", 260),
    ("The Chilean frigate Almirante Lynch arrived in Papeete on Saturday. Her crew of 210 will take part in Marara "
     "exercises off Tahiti.", 210),
    # the sentence opens on the crew, on board, or on the ship's name told before
    ("The Italian offshore patrol vessel Comandante Foscari berthed in Valletta on Friday. With a crew of about 70, the "
     "ship will stay until Tuesday.", 70),
    ("The French frigate Ventôse arrived in Port of Spain on Wednesday for a counter-narcotics patrol. On board, 110 "
     "sailors and a helicopter detachment.", 110),
    ("JS Kirisame arrived in Suva on Monday for a four-day goodwill visit. The Kirisame, which carries about 170 crew, "
     "will sail for Nuku'alofa on Friday.", 170),
    # the deployer's own demonym in the sentence is no other party
    ("Two Indian Navy ships arrived in Port Louis on Saturday. The Indian ships, with about 420 crew members, will remain "
     "in Mauritian waters until Thursday.", 420),
])
def test_a_ships_crew_told_after_its_arrival(text, crew):
    [d] = _deployments(text, published="2025-06-12")
    assert d.personnel is not None and d.personnel.value == crew


def test_a_ship_named_after_but_not_before_is_not_the_one_that_came():
    text = ("The Brazilian frigate Liberal arrived in Luanda on Monday. The Independência, which carries about 200 crew, "
            "stayed in Rio de Janeiro.")
    assert [d.personnel for d in _deployments(text, published="2025-06-12")] == [None]


def test_another_states_troops_told_after_are_not_the_crew():
    text = ("A Spanish Navy frigate arrived in Constanța on Monday for a NATO patrol in the Black Sea. "
            "Some 300 French troops are also based in Romania.")
    deployments = _deployments(text, published="2025-06-12")
    spanish = [d for d in deployments if _code(d.deployer) == "ESP"]
    assert spanish and all(d.personnel is None for d in spanish)
