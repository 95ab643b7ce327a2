"""Actor mentions: qualifiers, institutions and determiners read backwards from what they qualify."""

from __future__ import annotations

from datetime import date

import pytest

import defevents
from defevents.actors import find_mentions, home_state
from defevents.document import Document


def _mentions(text: str, home: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(text[m.start:m.end], m.code, m.form) for m in find_mentions(text, home)]


@pytest.mark.parametrize(("text", "phrase", "code", "form"), [
    # a qualifier before a title, an organisation or "counterpart" gives the state
    ("Polish president Karol Nawrocki arrived.", "Polish president Karol Nawrocki", "POL", "person"),
    ("Norway's defence minister Tore Sandvik spoke.", "Norway's defence minister Tore Sandvik", "NOR", "person"),
    ("the former Chilean defence minister Ana Ruiz said", "former Chilean defence minister Ana Ruiz", "CHL", "person"),
    ("He hosted his Japanese counterpart on Monday.", "his Japanese counterpart", "JPN", "counterpart"),
    ("She met her opposite number from Kenya.", "her opposite number", None, "counterpart"),
    ("The Brazilian Defence Ministry said", "Brazilian Defence Ministry", "BRA", "institution"),
    # a qualifier across a wrapped line
    ("the Estonian\ndefence minister Hanno Pevkur", "Estonian\ndefence minister Hanno Pevkur", "EST", "person"),
    ("The Rt Hon. Jane Doe, the Australian Defence Minister, said", "Hon. Jane Doe, the Australian Defence Minister",
     "AUS", "person"),
    # a generational suffix belongs to the name
    ("Philippine President Ferdinand Marcos Jr. arrived in Tokyo.", "Philippine President Ferdinand Marcos Jr.",
     "PHL", "person"),
    ("US Navy Secretary John Doe III, who oversees shipbuilding, said", "US Navy Secretary John Doe III", "USA", "person"),
    # Portuguese and Spanish particles inside a name
    ("Angolan Defence Minister João Ernesto dos Santos met his Namibian counterpart.",
     "Angolan Defence Minister João Ernesto dos Santos", "AGO", "person"),
    ("The Mozambican Minister of Defence, Cristóvão Artur do Rosário Chume, said",
     "Mozambican Minister of Defence, Cristóvão Artur do Rosário Chume", "MOZ", "person"),
    # an envoy "to" a state is posted there: the state is not the envoy's own
    ("The French Ambassador to Kenya, Arnaud Suquet, said", "French Ambassador to Kenya, Arnaud Suquet", "FRA", "person"),
    ("Malaysian Ambassador to Samoa Ahmad Rizal said", "Malaysian Ambassador to Samoa Ahmad Rizal", "MYS", "person"),
    ("The Australian High Commissioner to India met", "Australian High Commissioner to India", "AUS", "person"),
    # service chiefs and Kenya's defence minister are office holders
    ("Ghana's Chief of Army Staff Maj Gen Thomas Oppong-Peprah said", "Ghana's Chief of Army Staff Maj Gen Thomas Oppong-Peprah",
     "GHA", "person"),
    ("Kenyan Defence Cabinet Secretary Soipan Tuya said", "Kenyan Defence Cabinet Secretary Soipan Tuya", "KEN", "person"),
    # junior ministers with no portfolio in the title, and a vice minister of national defence
    ("Polish Deputy Minister Paweł Bejda said", "Polish Deputy Minister Paweł Bejda", "POL", "person"),
    ("German State Secretary Nils Hilmer said", "German State Secretary Nils Hilmer", "DEU", "person"),
    ("the Vice Minister of National Defense of the Republic of Korea, Kim Seon-ho, said",
     "Vice Minister of National Defense of the Republic of Korea, Kim Seon-ho", "KOR", "person"),
    # a rank translated from Spanish, before the name; Cuba's title for its defence minister
    # national forces by their acronyms
    ("The FADM commander signed the memorandum.", "FADM commander", "MOZ", "person"),
    ("Soldiers of the F-FDTL and the PNGDF trained together.", "PNGDF", "PNG", "institution"),
    ("The RMAF took delivery of its first FA-50.", "RMAF", "MYS", "institution"),
    ("the Cuban Minister of the Revolutionary Armed Forces, Army Corps General Álvaro López Miera, said",
     "Cuban Minister of the Revolutionary Armed Forces, Army Corps General Álvaro López Miera", "CUB", "person"),
])
def test_qualified_mentions(text: str, phrase: str, code: str | None, form: str) -> None:
    assert (phrase, code, form) in _mentions(text)


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # an unqualified title or ministry belongs to the home state
    ("Defence Secretary John Healey said", "Defence Secretary John Healey", "GBR"),
    ("the Defence Ministry said on Friday", "Defence Ministry", "GBR"),
    # a military government named as such ("the regime" alone is not: stories name several)
    ("The junta has bought two more trainers.", "junta", "GBR"),
    ("the ruling junta said on Friday", "ruling junta", "GBR"),
    # a service named bare, also in the possessive
    ("The Army completed its purchase of 40 launchers on Monday.", "Army", "GBR"),
    ("the Air Force's transport squadron took delivery", "Air Force", "GBR"),
    ("a contract was signed between the General Staff and the firm", "General Staff", "GBR"),
    # a title peculiar to one state takes that state, whatever the home ("Raksha Mantri": India's defence minister)
    ("Raksha Mantri held talks with the visiting minister in New Delhi.", "Raksha Mantri", "IND"),
    ("Defence and Military Veterans Minister Thandi Modise met the visiting minister in Pretoria.",
     "Defence and Military Veterans Minister Thandi Modise", "ZAF"),
    ("Defence Cabinet Secretary Aden Duale received the Tanzanian army chief.", "Defence Cabinet Secretary Aden Duale", "KEN"),
])
def test_unqualified_mentions_take_the_home_state(text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in [(p, c) for p, c, _ in _mentions(text, "GBR")]


@pytest.mark.parametrize(("text", "home", "code"), [
    # "DND" is the Department of National Defence of Canada and of the Philippines
    ("The DND said on Sunday that the helicopters had arrived.", "PHL", "PHL"),
    ("The DND said on Sunday that the helicopters had arrived.", "CAN", "CAN"),
    ("The Department of National Defense said the jets had arrived.", "PHL", "PHL"),
])
def test_a_shared_ministry_acronym_is_the_home_states(text: str, home: str, code: str) -> None:
    assert [c for p, c, _ in _mentions(text, home) if p.startswith(("DND", "Department"))] == [code]


@pytest.mark.parametrize(("text", "short", "code"), [
    ("Goa Shipyard Limited (GSL) launched a patrol vessel. GSL said the ship is for Guyana.", "GSL", "IND"),
    ("Electro Optic Systems (EOS) opened a plant in Canberra. Officials said EOS would hire 200 people.", "EOS", "AUS"),
    ("Karachi Shipyard & Engineering Works (KS&EW) has launched a corvette; KS&EW built it in 14 months.", "KS&EW", "PAK"),
])
def test_a_firms_short_name_in_brackets_names_it_later(text: str, short: str, code: str) -> None:
    later = [(p, c, f) for p, c, f in _mentions(text) if p == short]
    assert later == [(short, code, "company")]  # the later naming only: the bracket itself is the definition


def test_a_short_name_another_actor_holds_is_not_a_firms() -> None:
    # "NATO" is a bloc's name, even after a firm a text abbreviates so
    text = "Nordic Ammunition Company (NAMMO) said NATO members had ordered shells."
    assert ("NATO", "company") not in [(p, f) for p, _, f in _mentions(text)]


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # a plural name's possessive is a bare apostrophe, and qualifies like "'s"
    ("the Philippines' navy chief", "Philippines' navy chief", "PHL"),
    ("the Solomon Islands’ Prime Minister", "Solomon Islands’ Prime Minister", "SLB"),
    ("the Netherlands' defence minister", "Netherlands' defence minister", "NLD"),
])
def test_a_plural_names_bare_possessive_qualifies(text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in [(p, c) for p, c, _ in _mentions(text)]


@pytest.mark.parametrize(("text", "phrase", "code", "form"), [
    # a firm the company list lacks, placed by its town, its state's adjective or an apposition
    ("Gdynia-based Stocznia Wisła has sold two tugs to the Latvian Navy.", "Stocznia Wisła", "POL", "company"),
    ("The Finnish shipbuilder Uudenkaupungin Työvene won the order.", "Uudenkaupungin Työvene", "FIN", "company"),
    ("The Czech ammunition maker Sellier Elite said on Monday", "Sellier Elite", "CZE", "company"),
    ("Marsun, a Thai shipyard, delivered the boat.", "Marsun", "THA", "company"),
    # and named again later by the same name
    ("Gdynia-based Stocznia Wisła has sold two tugs. Stocznia Wisła’s yard will build them.", "Stocznia Wisła", "POL", "company"),
    # a state enterprise named after its state is that state's body
    ("the state enterprise Uzbekistan Aviation Repair Plant signed", "Uzbekistan Aviation Repair Plant", "UZB", "institution"),
    # a firm told by its trade and town alone, or placed by "<demonym> builder"
    ("was signed between the Tanzanian ministry and the Antalya-based yard.", "Antalya-based yard", "TUR", "company"),
    ("The order went to the Gdańsk-based naval shipbuilder, a ministry spokesman said.", "Gdańsk-based naval shipbuilder", "POL", "company"),
    ("The Dutch builder Kaag Werf delivered the boats.", "Kaag Werf", "NLD", "company"),
])
def test_unlisted_firms_placed_by_their_words(text: str, phrase: str, code: str, form: str) -> None:
    found = _mentions(text)
    assert (phrase, code, form) in found
    assert sum(1 for p, c, f in found if p == phrase) == text.count(phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Senegal-based French Elements have left.", "French Elements"),  # a state's name opens it: no firm
    ("The Finnish shipbuilder said on Monday it had won the order.", "On Monday"),  # no name after the trade noun
    ("Acme Holdings has sold 30 trucks to a Kenyan company.", "Acme Holdings"),  # nothing places it
    ("The Lithuanian-based analyst Tom Reed said", "Tom Reed"),  # a person, not a firm
    # a town no list places; a named firm after the description is the firm, placed by its town
    ("the Smallville-based yard said", "Smallville-based yard"),
    ("the Gdynia-based yard Stocznia Wisła said", "Gdynia-based yard"),
])
def test_not_a_placed_firm(text: str, phrase: str) -> None:
    assert not any(p == phrase and f == "company" for p, _, f in _mentions(text))


@pytest.mark.parametrize(("text", "phrase"), [
    ("a UK-led defence minister meeting", "defence minister"),  # "UK-led" modifies; it qualifies nothing
    ("'Poland' navy chief", "navy chief"),  # a closing quote after a name that is not plural is no possessive
])
def test_not_a_qualifier(text: str, phrase: str) -> None:
    found = {p: c for p, c, _ in _mentions(text)}
    assert not any(p.endswith(phrase) and p != phrase and c is not None for p, c in found.items())


@pytest.mark.parametrize(("text", "ship", "code"), [
    ("RSS Formidable sailed from Changi on Monday.", "RSS Formidable", "SGP"),
    ("The corvette INS Kiltan berthed in Manila.", "INS Kiltan", "IND"),
    # a ship named after a date, as Latin American navies name them
    ("The frigate ARA 25 de Mayo sailed from Puerto Belgrano.", "ARA 25 de Mayo", "ARG"),
    # a unit or body that shares a navy's prefix is no ship: the Caribbean Regional Security System
    ("The RSS Air Wing flew patrols over the islands after the hurricane.", None, None),
    ("RSS Training Unit instructors from Barbados taught the course.", None, None),
])
def test_named_ships(text: str, ship: str | None, code: str | None) -> None:
    ships = [(p, c) for p, c, _ in _mentions(text) if p.split()[0] in ("RSS", "INS", "ARA")]
    assert ships == ([(ship, code)] if ship else [])


def test_counterpart_needs_a_determiner() -> None:
    assert not [m for m in _mentions("Counterpart funding was approved.") if m[2] == "counterpart"]
    assert [m for m in _mentions("their Indian counterparts agreed") if m[2] == "counterpart"][0][:2] == \
        ("their Indian counterparts", "IND")


@pytest.mark.parametrize(("text", "surname", "code"), [
    # a Korean name, whose given name's syllables a hyphen joins, is known by its first word
    ("Canada's defence minister met South Korea's Minister of National Defense, Ahn Gyu-back, in Seoul. Ahn thanked "
     "Canada.", "Ahn", "KOR"),
    ("Japan's defence minister hosted South Korean Defense Minister Shin Won-sik. Shin praised the talks.", "Shin", "KOR"),
    # other names keep their last word
    ("Italy's defence minister met Spain's Defence Minister Margarita Robles. Robles thanked Italy.", "Robles", "ESP"),
])
def test_a_korean_name_is_known_by_its_family_name(text: str, surname: str, code: str) -> None:
    assert (surname, code, "person") in _mentions(text)


@pytest.mark.parametrize(("text", "holder", "code"), [
    # "the archipelago's", "the island nation's", "the country's" office: the state of the town its sentence is in
    ("Portuguese Navy to stay\n\nPortugal's naval chief held talks in São Tomé on Friday with the archipelago’s Minister "
     "of Defence, Jorge Amado.", "Minister of Defence, Jorge Amado", "STP"),
    ("India's navy chief held talks in Malé on Monday with the island nation's defence minister, Ghassan Maumoon.",
     "defence minister, Ghassan Maumoon", "MDV"),
    ("Portugal's naval chief arrived in Luanda on Friday and met the country's Minister of National Defence, João Ernesto "
     "dos Santos.", "Minister of National Defence, João Ernesto dos Santos", "AGO"),
    # a state's service owns the office: "the Indian Navy’s Vice Chief of the Naval Staff" in a Manila story
    ("MANILA — Three Indian Navy ships arrived on Saturday. The Indian Navy’s Vice Chief of the Naval Staff, Vice Admiral "
     "Arvind Menon, held talks with the Philippine defence secretary.", "Chief of the Naval Staff, Vice Admiral Arvind Menon",
     "IND"),
    # ... or the state named last, when no town comes after it
    ("Kenya's army chief flew home on Monday. Tanzania will host the next round, the country's defence minister said.",
     "defence minister", "TZA"),
])
def test_an_office_of_the_country_is_the_states_the_anaphor_stands_for(holder: str, text: str, code: str) -> None:
    doc = Document(text, None, [])
    found = [m for m in doc.mentions if text[m.start:m.end] == holder]
    assert found and found[0].code == code


def test_cubas_title_for_its_defence_minister_is_cubas_where_russia_is_named_more() -> None:
    text = ("Army Corps General Álvaro López Miera, member of the Political Bureau and Minister of the Revolutionary Armed "
            "Forces, and Colonel General Yunus-Bek Yevkurov, Deputy Minister of Defence of the Russian Federation, reviewed "
            "military cooperation on Monday in Havana. Russian officers and Russian ships were also there.")
    doc = Document(text, None, [])
    minister = [m for m in doc.mentions if text[m.start:m.end] == "Minister of the Revolutionary Armed Forces"]
    assert minister and minister[0].code == "CUB"


def test_a_portuguese_double_surname_is_one_name() -> None:
    text = "Portugal's Chief of the Naval Staff, Admiral Henrique Gouveia e Melo, held talks in São Tomé."
    assert ("Portugal's Chief of the Naval Staff, Admiral Henrique Gouveia e Melo", "PRT", "person") in _mentions(text)


def test_a_later_surname_skips_the_suffix() -> None:
    text = "Philippine President Ferdinand Marcos Jr. arrived in Tokyo. Marcos then met Japanese officials."
    later = [m for m in find_mentions(text) if m.start >= text.index("Marcos then")]
    assert later and (text[later[0].start:later[0].end], later[0].code) == ("Marcos", "PHL")


@pytest.mark.parametrize(("text", "feature"), [
    ("Chinese and Philippine ships collided in the South China Sea on Monday.", "China"),
    ("A Canadian frigate sailed through the Taiwan Strait.", "Taiwan"),
    ("US and Japanese destroyers drilled in the Philippine Sea.", "Philippine"),
    ("Envoys discussed security on the Korean Peninsula.", "Korean"),
    ("The French frigate patrolled the Mozambique Channel with a Malagasy patrol boat.", "Mozambique"),
    ("Australian and Indonesian ships exercised in the Indian Ocean last week.", "Indian"),
])
def test_a_feature_named_after_a_state_is_no_actor(text: str, feature: str) -> None:
    at = text.index(feature + " ")
    assert not [m for m in find_mentions(text) if m.start <= at < m.end]


def test_a_feature_does_not_hide_the_state_itself() -> None:
    text = "China deployed a carrier to the East China Sea."
    assert [(text[m.start:m.end], m.code) for m in find_mentions(text)] == [("China", "CHN")]


def test_an_office_holder_named_again_keeps_the_first_state() -> None:
    text = ("LONDON, 3 June - Polish Defence Minister Wladyslaw Kosiniak-Kamysz arrived on Monday. "
            "Defence Minister Wladyslaw Kosiniak-Kamysz later met Defence Secretary John Healey.")
    people = [(text[m.start:m.end], m.code) for m in find_mentions(text, "GBR") if m.form == "person"]
    assert ("Defence Minister Wladyslaw Kosiniak-Kamysz", "POL") in people
    assert ("Defence Secretary John Healey", "GBR") in people


@pytest.mark.parametrize(("text", "home"), [
    # beside an unqualified office holder, a qualified one is the foreigner, not the home state
    ("Defence Minister Richard Marles welcomed Japanese Defence Minister Gen Nakatani on Monday.", None),
    ("Prime Minister Kristen Michal met Finnish President Alexander Stubb on Monday.", None),
    # with no unqualified office holder, a qualified one still counts
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz said the tanks would arrive soon.", "POL"),
    # other evidence decides whatever the qualified persons say
    ("WARSAW, 3 May 2025 - Defence Minister Wladyslaw Kosiniak-Kamysz met Dutch Defence Minister Ruben "
     "Brekelmans.", "POL"),
])
def test_home_state_from_qualified_office_holders(text: str, home: str | None) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "home"), [
    # a gov.uk byline: a Commons privy counsellor; "Minister for the Armed Forces" is a UK and a French
    # title in English, so it tells nothing by itself
    ("From: Ministry of Defence and The Rt Hon Luke Pollard MP\n\nMinister for the Armed Forces Luke Pollard met "
     "Nigeria's Chief of Defence Staff in London on Monday.", "GBR"),
    ("The Minister for the Armed Forces, Catherine Vautrin, received her Estonian counterpart in Paris on Monday.", "FRA"),
    # a dateline on a district of a known city
    ("Inter Services Public Relations Directorate\nDhaka Cantonment, 3 May 2025\n\nArmy contingent leaves for South "
     "Sudan\n\nA 200-member contingent left for South Sudan to join the UN mission in South Sudan.", "BGD"),
])
def test_home_state_from_a_byline_or_an_ambiguous_title(text: str, home: str | None) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "home"), [
    # an unqualified office holder who receives a guest does so at home: the place's state
    ("Defence Minister Richard Marles welcomed Japanese Defence Minister Gen Nakatani to Canberra.", "AUS"),
    ("The Minister of Defence, General Ali Ndiaye, on Monday received the visiting Chief of Defence Staff "
     "of Ghana at army headquarters in Dakar.", "SEN"),
    ("The Minister of Defence received on Friday in Kinshasa the Chief of Defence Forces of Uganda "
     "(transcript, translated from French).", "COD"),
    # an unqualified office holder who meets an office holder another state qualifies, in a place of the state
    ("The Minister of Defence, Marjan Šarec, met the Croatian Minister of Defence, Ivan Anušić, in Ljubljana today.", "SVN"),
    ("The Minister of Defence met Ghana's army chief in Dakar on Monday.", "SEN"),
    # not when a party of that state is named there too (the host may be the visitor), nor at a
    # gathering the office holder only attends
    ("The Minister of Defence received in Nairobi Kenya's army chief and the Ugandan ambassador.", None),
    ("The Minister of Defence met Ghana's army chief in Dakar on Monday on the sidelines of a regional security conference.", None),
    ("The Minister of Defence met the Estonian Minister of Defence in Tallinn on Monday.", None),
])
def test_home_state_from_a_host_at_home(text: str, home: str | None) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "home"), [
    # the counterpart's state is not the unqualified office holder's, however often the story names it
    ("Santiago and Lima reopen the border file\n\nDefence Minister Maya Fernández received her Peruvian counterpart, "
     "Walter Astudillo, at the Diego Portales building on Tuesday. Peru has been modernising its army engineers, and "
     "Lima wants Peruvian and Chilean deminers to clear the border. Peruvian officials said Peru would send cadets.", "CHL"),
    ("Defence Minister Ruben Brekelmans met his Moroccan counterpart in Rabat on Wednesday, a first Dutch visit in a "
     "decade. Morocco has expanded its navy, and Moroccan officers train in Morocco's own academies.", "NLD"),
    # the counterpart's state is ruled out even when it is the only one named
    ("Foreign Minister Penny Wong will host her Indonesian counterpart next month.", None),
    # the speaker's own counterpart ("my", "our"), whatever the answer says of the partner
    ("Answer by the Minister of Defence to written question No. 12\n\nI met my Norwegian counterpart in Oslo on 4 May. "
     "Norway trains Danish pilots, Norway hosts the exercise, and Norway has offered more places.", "DNK"),
    ("Answer by the Minister of Defence to written question No. 12\n\nI met my Norwegian counterpart in Oslo on 4 May. "
     "Norway trains our pilots, Norway hosts the exercise, and Norway has offered more places.", None),
    # "here in <city>": where the speaker is
    ("MINISTER: Yesterday I had talks here in Nairobi with the Defence Minister of Uganda.\n\nQ: Will Uganda send troops?\n\n"
     "MINISTER: That is for Uganda to say. Uganda is a close partner, and Uganda trains with us.", "KEN"),
    # both sides qualified: the counterpart's state keeps its namings (a Chilean paper on a Peruvian host)
    ("Chile's minister in Lima\n\nPeruvian Defence Minister Walter Astudillo received his Chilean counterpart in Lima. "
     "Chile and Chilean deminers were praised, and Santiago wants Chile's engineers to return.", "CHL"),
])
def test_home_state_is_not_the_counterparts(text: str, home: str | None) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize("text", [
    "The battalion arrived in Mocímboa da Praia on Saturday.",
    "The ship docked at Vila de Praia on Monday.",
])
def test_a_capital_that_ends_a_longer_place_name_names_no_state(text: str) -> None:
    assert [c for _, c, _ in _mentions(text)] == []


@pytest.mark.parametrize(("text", "home"), [
    # an agency dateline outweighs a foreign body named in the headline and again in the lead,
    # its bracketed acronym being the same naming, and a ship that names its navy's state
    ("Minister Diallo receives Japanese procurement officials\n\nConakry, 8 April (AGP) – The Minister of "
     "National Defence on Friday received a delegation of Japan's Acquisition, Technology and Logistics Agency "
     "(ATLA).", "GIN"),
    ("Minister receives commander of Italian navy ship\n\nBissau, 8 April (ANG) – The Minister of Defence "
     "received on Thursday the commander of the Italian patrol vessel ITS Comandante Foscari, on a port call.", "GNB"),
    ("KAI wins helicopter order from Indonesia\n\nSEOUL, April 6 (Yonhap) -- Korea Aerospace Industries said "
     "it had signed a deal to export 12 Surion helicopters to Indonesia. The contract was signed with Indonesia's "
     "defense ministry in Jakarta on Thursday. Indonesia could buy more, and Indonesia's army may follow. "
     "Last month KAI won a contract from the Defense Acquisition Program Administration (DAPA).", "KOR"),
])
def test_a_dateline_outweighs_a_foreign_state_named_in_the_headline_and_the_lead(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # the state's armed service after "of the" qualifies the office
    ("He met the commander of the Lebanese Navy in Beirut.", "commander of the Lebanese Navy", "LBN"),
    ("She called on the Chief of General Staff of the Portuguese Armed Forces.",
     "Chief of General Staff of the Portuguese Armed Forces", "PRT"),
])
def test_an_office_of_a_states_service(text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in [(t, c) for t, c, _ in _mentions(text)]


@pytest.mark.parametrize(("text", "home"), [
    # a national agency's foreign bureau writes about its own officials
    ("DOHA, April 6 (SONNA) – Defence Minister Abdulkadir Mohamed Nur met Qatar's chief of staff in Doha on Saturday.", "SOM"),
    ("WASHINGTON, March 3 (Yonhap) -- Defense Minister Shin Won-sik met his US counterpart at the Pentagon.", "KOR"),
    ("ANKARA, 2 May (KUNA) -- The Defence Minister received Turkey's chief of general staff on Thursday.", "KWT"),
    # a dateline with a colon (South Asian style)
    ("DHAKA: Defence adviser Abdul Hafiz met his Chinese counterpart in Dhaka on Monday.", "BGD"),
    # a paper's name in capitals on its own line names where it is written, before a state in the lead
    ("BARBADOS TODAY\n\nPrime Minister Mia Mottley met Canada's Atlantic fleet commander on Thursday.", "BRB"),
    # an international wire tells no home: the dateline's city does
    ("ANKARA, May 2 (Reuters) - The defence minister met a Kuwaiti delegation on Thursday.", "TUR"),
    # a bracketed acronym that is no agency
    ("ANKARA, May 2 - The Defence Industry Agency (SSB) signed a contract with Kuwait.", "TUR"),
])
def test_a_national_agency_in_the_dateline_names_the_home_state(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "surname", "code"), [
    ("Germany's defence minister met his Norwegian counterpart Tore O. Sandvik in Oslo. Sandvik said talks went well.",
     "Sandvik", "NOR"),
    ("Healey travelled to Kyiv to meet his Ukrainian counterpart, Denys Shmyhal, on Monday. Shmyhal thanked Britain.",
     "Shmyhal", "UKR"),
])
def test_a_named_counterpart_is_known_by_surname(text: str, surname: str, code: str) -> None:
    assert (surname, code, "person") in _mentions(text)


def test_a_counterpart_takes_no_following_place_or_plural_name() -> None:
    found = _mentions("Japan's minister hosted his Indian counterpart Rajnath Singh. Their counterparts France "
                      "and Italy sent envoys.")
    assert ("his Indian counterpart Rajnath Singh", "IND", "counterpart") in found
    assert ("Their counterparts", None, "counterpart") in found


@pytest.mark.parametrize(("text", "expected"), [
    # hyphened pairs: every state of the pair, after a state, a prefix or a group
    ("India-US talks resumed.", [("India", "IND"), ("US", "USA")]),
    ("the Japan-Philippines-US summit", [("Japan", "JPN"), ("Philippines", "PHL"), ("US", "USA")]),
    ("a Franco-German tank", [("Franco-", "FRA"), ("German", "DEU")]),
    ("the Polish‐Lithuanian brigade", [("Polish", "POL"), ("Lithuanian", "LTU")]),
    ("the EU-China summit", [("EU", "EU"), ("China", "CHN")]),
    # a hyphen after no party joins nothing: "pro-Russian", "non-EU", "Indo-Pacific"
    ("pro-Russian separatists and non-EU states in the Indo-Pacific", []),
])
def test_hyphened_states(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, c) for p, c, f in _mentions(text) if f != "person"] == expected


@pytest.mark.parametrize(("text", "phrase", "code", "name"), [
    # the state written after the title, with or without a name
    ("President Lee Jae-myung of South Korea arrived.", "President Lee Jae-myung of South Korea", "KOR", "Lee Jae-myung"),
    ("The Prime Minister of India said", "Prime Minister of India", "IND", "Prime Minister"),
    ("the Minister of National Defence of Türkiye Yaşar Güler visited", "Minister of National Defence of Türkiye Yaşar Güler",
     "TUR", "Yaşar Güler"),
    # a name in apposition before a qualified title or counterpart
    ("Richard Marles, Australia's defence minister, said", "Richard Marles, Australia's defence minister", "AUS",
     "Richard Marles"),
    ("He met Hanno Pevkur, his Estonian counterpart, on Monday.", "Hanno Pevkur, his Estonian counterpart", "EST",
     "Hanno Pevkur"),
    # two titles of one named person
    ("Australian Deputy Prime Minister and Defence Minister Richard Marles arrived.",
     "Australian Deputy Prime Minister and Defence Minister Richard Marles", "AUS", "Richard Marles"),
    # a ranked name set after a qualified title and its portfolio
    ("Zambia's Deputy Minister of Defence for Procurement, Brigadier General Ruth Banda, arrived in Lusaka.",
     "Zambia's Deputy Minister of Defence for Procurement, Brigadier General Ruth Banda", "ZMB", "Ruth Banda"),
    # a defence portfolio joined to another, with the home state
    ("Defence and War Veterans Affairs Minister Oppah Muchinguri-Kashiri received the delegation.",
     "Defence and War Veterans Affairs Minister Oppah Muchinguri-Kashiri", "ZWE", "Oppah Muchinguri-Kashiri"),
    ("Minister of Defence and Veterans Affairs Jacob Oboth-Oboth opened the session.",
     "Minister of Defence and Veterans Affairs Jacob Oboth-Oboth", "ZWE", "Jacob Oboth-Oboth"),
    ("Malawi's Minister of Defence and National Security Harry Mkandawire flew to Maputo.",
     "Malawi's Minister of Defence and National Security Harry Mkandawire", "MWI", "Harry Mkandawire"),
])
def test_one_person_written_around_the_title(text: str, phrase: str, code: str, name: str) -> None:
    found = {text[m.start:m.end]: m for m in find_mentions(text, "ZWE")}
    assert phrase in found
    assert (found[phrase].code, found[phrase].actor.name) == (code, name)


@pytest.mark.parametrize(("text", "people"), [
    # not one person: a determiner before the second title, a name on the first, a plural title
    ("The Prime Minister and the Defence Secretary arrived.", 2),
    ("President Macron and Chancellor Merz arrived.", 2),
    ("The defence ministers of Greece and Cyprus met.", 1),
    # a place or a weekday before the comma is no name in apposition
    ("In Canberra, Australia's defence minister said", 1),
    ("On Tuesday, Japan's defence minister said", 1),
])
def test_people_kept_apart(text: str, people: int) -> None:
    found = [m for m in find_mentions(text) if m.form == "person"]
    assert len(found) == people
    assert all(m.actor.name in (m.actor.role, "Macron", "Merz") for m in found)


def test_given_names_written_again_belong_to_the_surname_mention() -> None:
    text = "Australian Prime Minister Anthony Albanese arrived. Narendra Modi and Anthony Albanese met."
    assert ("Anthony Albanese", "AUS", "person") in _mentions(text)


def test_a_body_is_no_office_holder() -> None:
    text = "The Thailand–Cambodia General Border Committee met in Kuala Lumpur."
    assert [(p, c) for p, c, _ in _mentions(text)] == [("Thailand", "THA"), ("Cambodia", "KHM")]


@pytest.mark.parametrize("text", [
    "Thai Defence Minister Visits Canberra\n\nMinister for Defence Richard Marles hosted Thai Defence Minister "
    "Sutin Klungsang on Monday.",
    "Indonesia\n\nPrime Minister Anthony Albanese said the visit mattered.",
])
def test_a_qualifier_never_reaches_across_a_blank_line(text: str) -> None:
    """The last word of a headline is no qualifier of the title that opens the body."""
    for m in find_mentions(text, None):
        assert "\n\n" not in text[m.start:m.end], text[m.start:m.end]


def test_a_qualifier_reaches_across_one_wrapped_line() -> None:
    text = "Talks were held with the Polish\ndefence minister in Warsaw."
    [person] = [m for m in find_mentions(text, None) if m.form == "person"]
    assert person.actor.code == "POL"


@pytest.mark.parametrize(("text", "home"), [
    ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ESTONIA\nNews | 3 March 2025\n\nMinister of Defence Hanno Pevkur met "
     "Latvian Minister of Defence Andris Sprūds in Tallinn on Monday.", "EST"),
    ("ROYAL NORWEGIAN MINISTRY OF DEFENCE\nPress release\n\nThe Minister of Defence welcomed the Danish minister.",
     "NOR"),
])
def test_home_state_from_an_upper_case_masthead(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "home"), [
    # a state named only in the last paragraph is no lead; a service chief's title is shared
    ("Air force inducts two more helicopters\n\nBy Staff Reporter, Accra\n\nThe Ghanaian Air Force has "
     "inducted two more Z-9 helicopters, bringing the fleet to six, the Chief of the Air Staff said on "
     "Monday.\n\nThe service also plans to buy trainers.\n\nSeparately, a Togolese delegation toured the "
     "base.\n\nTogo and Burkina Faso are also looking at the type.", "GHA"),
    ("Navy chief opens new dock\n\nThe Chief of the Defence Staff, General Christopher Musa, opened a dock "
     "for the Nigerian Navy in Lagos on Tuesday.\n\nA Beninese navy patrol boat visited later in the week, "
     "and Benin's ambassador attended.", "NGA"),
])
def test_home_state_leads_from_the_first_paragraph_not_the_last(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "codes"), [
    ("Qatar's defence minister met his Turkish counterpart in Doha, and the two signed a memorandum.", {"QAT", "TUR"}),
    ("Romania's president received Moldova's president in Bucharest. The two officials signed a declaration.", {"ROU", "MDA"}),
    ("Ministers of Spain, Portugal and Morocco met in Rabat. The ministers signed a declaration.", {"ESP", "PRT", "MAR"}),
])
def test_bare_and_plural_definite_pairs_stand_for_the_states_told_before(text: str, codes: set[str]) -> None:
    [event] = [e for e in defevents.extract(text, published=date(2025, 6, 12)).events if e.type == "agreement"]
    assert {p.code for p in event.participants} == codes


@pytest.mark.parametrize("text", [
    "Chile and Peru met in the final. The two teams signed shirts for fans afterwards.",
    "The two of them met for coffee.",
])
def test_pairs_are_not_read_outside_a_joint_act(text: str) -> None:
    assert not [e for e in defevents.extract(text, published=date(2025, 6, 12)).events if e.type == "agreement"]


@pytest.mark.parametrize(("text", "name"), [
    ("Bahrain's Commander-in-Chief, Field Marshal Shaikh Khalifa bin Ahmed Al Khalifa, received the envoy.",
     "Field Marshal Shaikh Khalifa bin Ahmed Al Khalifa"),
    ("Kuwait's Defence Minister Sheikh Abdullah Ali Abdullah Al-Salem received the delegation.", "Sheikh Abdullah Ali Abdullah Al-Salem"),
    ("Oman's Defence Minister Sayyid Shihab bin Tarik Al Said met the visitors.", "Sayyid Shihab bin Tarik Al Said"),
])
def test_gulf_names_and_honorifics_are_read_whole(text: str, name: str) -> None:
    assert any(text[m.start:m.end].endswith(name) for m in find_mentions(text, None) if m.form == "person")


@pytest.mark.parametrize(("text", "codes"), [
    ("Bahrain's Commander-in-Chief, Field Marshal Shaikh Khalifa bin Ahmed Al Khalifa, received Britain's Chief of the "
     "Defence Staff at Gudaibiya Palace yesterday.", {"BHR", "GBR"}),
    ("The Tánaiste met the Cypriot Minister of Defence, Vasilis Palmas, at Government Buildings on Tuesday.", {"CYP", "IRL"}),
])
def test_gulf_hosts_and_irish_titles_give_meetings(text: str, codes: set[str]) -> None:
    [event] = [e for e in defevents.extract(text, published=date(2025, 6, 12)).events if e.type == "meeting"]
    assert {p.code for p in event.participants} == codes


@pytest.mark.parametrize(("text", "home"), [
    # a dateline on its own line under the headline, with the date, an agency or a dash after the city
    ("Ministers review joint patrols\n\nBaku, June 26, 2025 / APA\n\nPresident Ilham Aliyev received Chief of "
     "Army Staff of the Islamic Republic of Pakistan General Asim Munir on Tuesday.", "AZE"),
    ("Crown Prince receives visiting minister\n\nKUWAIT CITY, Oct 1 (KUNA) -- His Highness the Crown Prince "
     "received Italian Minister of Defence Guido Crosetto at Bayan Palace yesterday.", "KWT"),
    ("Army chief holds talks\n\nDwivedi, on a five-day visit, meets his host\n\nKathmandu, November 22\n\nThe "
     "visiting Indian Chief of Army Staff held talks with the Chief of the Army Staff on Thursday.", "NPL"),
    ("Gun maker wins order\n\nLargest overseas contract for towed guns; Yerevan's deputy minister was in town "
     "this week\n\nOur Bureau\nPune/New Delhi, June 14\n\nKalyani Strategic Systems has signed a contract with "
     "the Armenian Ministry of Defence for the supply of artillery guns.", "IND"),
    ("Kongsberg wins air defence order\n\nKONGSBERG, Norway, Jan. 29, 2026 /Newswire/ -- The company has "
     "signed a contract with the Lithuanian Armed Forces for NASAMS, the Lithuanian ministry said.", "NOR"),
    ("Navy takes delivery\n\nSATTAHIP, Thailand – The Royal Navy of Malaysia and the Indonesian navy sent "
     "ships to the port, where the minister received them.", "THA"),
    # an agency's name between slashes after the city
    ("Peacekeepers leave for Lebanon\n\nAstana /KAZINFORM/ A company of Kazakh peacekeepers left for Lebanon on "
     "Monday to serve with UNIFIL in southern Lebanon, where Lebanese officers will meet them.", "KAZ"),
])
def test_home_state_from_a_dateline_below_the_headline(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize("text", [
    # lines that open like a dateline but are a sentence, a byline or a release header: the Norwegian
    # capital on them must not outweigh the Swedish evidence
    "Swedish minister visits\n\nOslo, which hosted the talks in 2024, expects more.\n\nSwedish officials "
    "visited Kiruna. Sweden's navy sailed.",
    "Swedish minister visits\n\nBy Our Correspondent, Oslo - staff reporter\n\nSwedish officials visited "
    "Kiruna. Sweden's navy sailed.",
    "Swedish minister visits\n\nOslo Forum, the annual mediators' retreat, met.\n\nSwedish officials visited "
    "Kiruna. Sweden's navy sailed.",
])
def test_lines_that_are_not_datelines_give_no_dateline_state(text: str) -> None:
    assert home_state(text) == "SWE"


def test_the_same_office_holder_named_twice_is_no_contrast() -> None:
    # "President Ilham Aliyev" in the headline is the qualified president of the lead, not a second,
    # unqualified office holder beside whom the qualified one would be a foreigner
    text = ("President Ilham Aliyev receives visiting minister\n\nPresident of the Republic of Azerbaijan Ilham "
            "Aliyev received the visiting delegation on Tuesday.")
    assert home_state(text) == "AZE"


def _typed(text: str, type_: str, published: str = "2025-06-12") -> list:
    return [e for e in defevents.extract(text, published=date.fromisoformat(published)).events if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "codes"), [
    # a minister's press conference: "I" is the home state's minister
    ("TOKYO, June 12 — Press conference by the Defence Minister\n\nQ: Who did you see this week?\nA: I held a meeting "
     "with the Indonesian Defence Minister here at the Ministry yesterday.", "meeting", {"IDN", "JPN"}),
    # a ministry's release: "we" is the home state
    ("WELLINGTON, 12 June 2025 – Today I met my Fijian counterpart in Wellington, and we also signed an "
     "arrangement on defence cooperation.", "agreement", {"FJI", "NZL"}),
    # a shipyard's post: "we" is the company that opens it, so it sells
    ("Navantia hands over the fifth corvette ⚓\n\nToday we delivered the fifth and final Avante 2200 corvette "
     "to the Royal Saudi Naval Forces. #Navantia #shipbuilding", "export_deal", {"ESP", "SAU"}),
])
def test_first_person_stands_for_the_author(text: str, type_: str, codes: set[str]) -> None:
    events = _typed(text, type_)
    assert events and {p.code for p in events[0].participants} == codes


def test_a_results_call_speaks_for_a_company_of_the_home_state() -> None:
    text = ("Q3 2025 Earnings Call — Transcript\n\nOSLO, Oct 23 – CEO: Thank you. Order bookings rose and the "
            "operating margin held.\n\nIn September we signed a contract with the Polish Armament Agency for "
            "NSM coastal batteries, valued at around NOK 1.9 billion.")
    [deal] = _typed(text, "export_deal")
    assert (deal.seller.code, deal.buyer.code) == ("NOR", "POL")


@pytest.mark.parametrize("text", [
    # a foreigner quoted: the speaker, not the author
    "LONDON, 12 June 2025 – “We signed a contract with Poland for 96 Apache helicopters,” the US ambassador said.",
    # no act: an opinion, a possibility
    "LONDON, 12 June 2025 – We could sign a contract with South Korea for K9 howitzers next year, the minister said.",
    "LONDON, 12 June 2025 – I think we should deploy more Typhoons to Poland, the MP wrote.",
])
def test_first_person_outside_an_act_names_no_party(text: str) -> None:
    events = defevents.extract(text, published=date(2025, 6, 12)).events
    assert not [e for e in events if "GBR" in {p.code for p in e.participants}]


@pytest.mark.parametrize(("text", "acronym", "code"), [
    # the text defines the acronym for a named state's body: that state, wherever the acronym recurs
    ("The Philippine Department of National Defense (DND) signed the contract. The DND said the jets arrive in 2027.",
     "DND", "PHL"),
    ("Manila's Department of National Defense (DND) confirmed the order on Friday; DND officials declined to comment.",
     "DND", "PHL"),
    ("Canada's Department of National Defence (DND) ordered more CP-140 parts. The DND said so on Monday.", "DND", "CAN"),
])
def test_an_acronym_the_text_defines_takes_the_named_state(text: str, acronym: str, code: str) -> None:
    found = [c for p, c, _ in _mentions(text) if p == acronym]
    assert found and set(found) == {code}


@pytest.mark.parametrize("text", [
    # a bracket after something that is not a name of a body keeps the gazetteer's state
    "Officials from Poland met those of the RAF (Britain) in Lincolnshire.",
    "Poland's officials met the RAF on Monday; the RAF said so.",
])
def test_an_acronym_without_a_named_owner_keeps_its_state(text: str) -> None:
    assert {c for p, c, _ in _mentions(text) if p == "RAF"} == {"GBR"}


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # a delegation's leader is of the delegation's state, not the home state
    ("The minister received a delegation of the Ministry of Defence of the Republic of Armenia headed by Deputy "
     "Minister Arman Sargsyan.", "Deputy Minister Arman Sargsyan", "ARM"),
    ("The minister received a Nigerian military delegation led by the Chief of Army Staff.", "Chief of Army Staff", "NGA"),
    # no delegation of a state before "led by": the home state
    ("The minister received a delegation led by the Chief of Army Staff.", "Chief of Army Staff", "GHA"),
])
def test_a_delegation_leader_is_of_the_delegation(text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in [(p, c) for p, c, _ in _mentions(text, "GHA")]


@pytest.mark.parametrize(("text", "code"), [
    # a title peculiar to France in a story datelined in another state that never names France
    ("Lomé, 1 Nov. 2026 (ATOP) – The Minister of the Armed Forces received a Rwandan delegation.", "TGO"),
    # in Paris, or where France is named, it stays France's
    ("PARIS, 1 Nov. 2026 (AFP) – The Minister of the Armed Forces received a Rwandan delegation.", "FRA"),
    ("Lomé, 1 Nov. 2026 (ATOP) – The Minister of the Armed Forces received a Rwandan delegation and the French "
     "ambassador.", "FRA"),
])
def test_a_title_of_one_state_in_another_state_s_dateline(text: str, code: str) -> None:
    doc = Document(text=text, reference=None, times=[])
    [minister] = [m for m in doc.mentions if m.form == "person" and "Armed Forces" in text[m.start:m.end]]
    assert minister.code == code


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # a generic body with its state after it
    ("A delegation of the Ministry of Defence of the Republic of Armenia visited Athens.", "Ministry of Defence", "ARM"),
    ("Officers of the National Armed Forces of Paraguay arrived.", "National Armed Forces", "PRY"),
    # a royal service other monarchies share with Britain, and Britain's own
    ("The frigate was escorted in by the Royal Navy of Oman.", "Royal Navy", "OMN"),
    ("Pilots of the Royal Air Force of Oman flew with them.", "Royal Air Force", "OMN"),
    ("The frigate was escorted in by the Royal Navy.", "Royal Navy", "GBR"),
    # without one, the home state's
    ("Officers of the National Armed Forces arrived.", "National Armed Forces", "GHA"),
    # a generic body before a rank names no organisation
    ("The talks were attended by Defence Ministry Lieutenant General Kofi Mensah.",
     "Defence Ministry Lieutenant General Kofi Mensah", "GHA"),
    # a firm's legal form belongs to its mention
    ("Mitsubishi Heavy Industries Ltd. signed a contract.", "Mitsubishi Heavy Industries Ltd.", "JPN"),
    ("Saab AB said on Monday", "Saab AB", "SWE"),
])
def test_bodies_named_with_their_state_or_form(text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in [(p, c) for p, c, _ in _mentions(text, "GHA")]


def test_a_service_is_no_named_mission() -> None:
    text = "The first company of the Botswana Defence Force for the SADC mission in Lesotho departed for Maseru."
    doc = Document(text=text, reference=None, times=[])
    assert [name for _, _, name in doc.operations] == []


def test_a_capital_named_as_a_place_qualifies_nobody() -> None:
    text = "On Friday, President Kaspar Ilves welcomed in Tallinn Rear Admiral John Park, commander of a US Navy task force."
    admiral = next(m for m in find_mentions(text) if text[m.start:m.end].endswith("John Park"))
    assert text[admiral.start:admiral.end] == "Rear Admiral John Park" and admiral.code != "EST"


def test_a_name_never_follows_its_title_across_a_blank_line() -> None:
    text = "Media release – Australian Minister for Defence\n\nOn Monday, the minister met his Fijian counterpart in Suva."
    (masthead, *_) = [m for m in find_mentions(text) if m.form == "person"]
    assert text[masthead.start:masthead.end] == "Australian Minister for Defence"


@pytest.mark.parametrize(("text", "home"), [
    # an upper-case dateline closed by a colon or a full stop on the line under the headline
    ("Qatar signs air defence pact as ministers meet\n\nKARACHI: Defence minister Ali Shah and his Qatari "
     "counterpart held talks in Karachi on Monday, the ministry said.", "PAK"),
    ("Dutch frigate calls at naval base\n\nWILHELMSHAVEN. The Dutch frigate HNLMS Tromp arrived on Friday, the Dutch "
     "navy said. The Dutch crew will train with the Dutch staff.", "DEU"),
    # a dash run on to the city
    ("PHILIPSBURG--The US Coast Guard cutter Stone moored at the harbour on Friday, officials said.", "NLD"),
    # "S. Korea" in a headline
    ("S. Korea, Peru sign defense pact\n\nDefense Minister Park Min-ho held talks with his Peruvian counterpart.", "KOR"),
])
def test_later_and_run_on_datelines(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # a story about the visitor names the visitor's state most; the unqualified host who receives
    # him in a city of another state is of that state
    ("Bulgaria signs for Korean air defence\n\nThe head of South Korea's Defense Acquisition Program Administration "
     "was received by Defence Minister Atanas Zapryanov at the ministry in Sofia on Thursday. Korea's DAPA said "
     "Korean firms would follow.", "Defence Minister Atanas Zapryanov", "BGR"),
    ("Turkish delegation in Tirana\n\nDefence Minister Pirro Vengu received a delegation of Turkey's SSB at the "
     "ministry in Tirana on Monday. Turkey's SSB and Turkey's firms will follow up.",
     "Defence Minister Pirro Vengu", "ALB"),
])
def test_an_unqualified_host_receives_at_home(text: str, phrase: str, code: str) -> None:
    doc = Document(text=text, reference=None, times=[])
    assert (phrase, code) in [(text[m.start:m.end], m.code) for m in doc.mentions]


def test_a_dateline_keeps_the_host_at_home_over_a_place_named_later() -> None:
    # "in Gaza" is what they discussed, not where the reception was
    text = ("CAIRO – President Abdel Fattah El-Sisi received the Saudi foreign minister on Tuesday, and the two "
            "discussed the situation in Gaza.")
    doc = Document(text=text, reference=None, times=[])
    assert [m.code for m in doc.mentions if m.form == "person"][0] == "EGY"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    # a territory is coded by the state it belongs to
    ("The Cayman Islands Regiment signed a memorandum with Jamaica.", "Cayman Islands", "GBR"),
    ("US bombers landed at Andersen Air Force Base on Guam.", "Guam", "USA"),
    ("Greenland's premier met Canada's defence minister.", "Greenland's premier", "DNK"),
    # states in free association with New Zealand keep their own codes
    ("The Cook Islands signed a maritime accord with Japan.", "Cook Islands", "COK"),
])
def test_territories_are_coded_by_their_state(text: str, phrase: str, code: str) -> None:
    doc = Document(text=text, reference=None, times=[])
    assert (phrase, code) in [(text[m.start:m.end], m.code) for m in doc.mentions]
    assert all(p.country in (None, code) for p in doc.places)


@pytest.mark.parametrize(("text", "agency"), [
    ("HONIARA, Solomon Islands (AAP) - The minister arrived on Friday.", "AUS"),
    ("NUKU'ALOFA, Tonga (RNZ) - The minister arrived on Friday.", "NZL"),
    ("OTTAWA (CP) - The minister arrived on Friday.", "CAN"),
    ("NEW DELHI, May 2 (ANI) - The minister arrived on Friday.", "IND"),
])
def test_national_agencies_in_the_dateline(text: str, agency: str) -> None:
    from defevents.actors import _dateline_agency
    assert _dateline_agency(text, len(text)) == agency


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Poland's Ministry of Defence signed a deal with Hanwha on Tuesday.", "Poland's Ministry of Defence", "POL"),
    ("The Romanian Ministry of\nNational Defence said", "Romanian Ministry of National Defence", "ROU"),
])
def test_a_generic_body_is_named_as_written(text: str, name: str, code: str) -> None:
    """A generic ministry keeps the words the text names it by, not one state's canonical name."""
    found = [m for m in find_mentions(text, None) if m.form == "institution"]
    assert [(m.actor.name, m.code) for m in found] == [(name, code)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Turkey has landed its first drone export to Latin America.", "USA"),
    ("Hanwha is in talks with several South American governments.", "USA"),
])
def test_a_region_is_no_state(text: str, absent: str) -> None:
    assert absent not in {m.code for m in find_mentions(text, None)}


def test_a_national_council_is_not_the_un_security_council() -> None:
    text = "Ali Larijani, the secretary of Iran’s Supreme National Security Council, arrived in Baghdad."
    assert "UNSC" not in {m.code for m in find_mentions(text, None)}
    assert "UNSC" in {m.code for m in find_mentions("The UN Security Council met on Friday.", None)}


@pytest.mark.parametrize(("text", "home"), [
    # a byline that ends in a city
    ("Kenya orders Turkish patrol boats\n\nBy Amina Otieno, MOMBASA\n\nKenya's defence ministry signed a contract with "
     "Turkey's Yonca-Onuk for four boats. Turkey's yard will build them; Turkish engineers will train the crews.", "KEN"),
    # a release's location line
    ("HMAS Warramunga visits Fiji\nLocation: Suva, Fiji\n\nThe Australian frigate HMAS Warramunga arrived in port. Australia's "
     "sailors played rugby; the Australian High Commissioner hosted a reception; Australia thanked the hosts.", "FJI"),
    # a city in title case and a colon, under a headline and a standfirst
    ("Greece and UAE deepen ties\nThe Greek minister's visit follows last year's accord.\nAbu Dhabi: Sheikh Mohammed received "
     "Greece's Defence Minister Nikos Dendias. Greece and Greek firms were discussed.", "ARE"),
    # a transcript's place line
    ("PRESS CONFERENCE – TRANSCRIPT\nHon. Ralph Regenvanu MP, Minister for Defence\nCook Barracks, Port Vila\n\nMINISTER: I held "
     "talks with Japan's State Minister. Japan and Fiji were discussed; Japan, Japan and Fiji again.", "VUT"),
])
def test_a_header_says_where_the_text_is_written(text: str, home: str) -> None:
    assert home_state(text) == home


def test_a_title_case_dateline_with_a_full_stop_names_the_home_state():
    # "La Paz. Defence Minister ..." (the gazetteer knows the city); a word that is no city is no dateline
    from defevents.actors import home_state
    text = ("Quito. Defence Minister Gian Carlo Loffredo met his Romanian counterpart in Bucharest on Thursday, opening "
            "a trip that continues to Sofia. Romania and Bulgaria are NATO members; Romania hosts a NATO battle group "
            "and Romania's navy trains in the Black Sea.")
    assert home_state(text) == "ECU"


@pytest.mark.parametrize(("text", "arm", "code"), [
    ("Thales Australia will supply 30 Hawkei vehicles to Fiji.", "Thales Australia", "AUS"),
    ("Colombia signed with General Dynamics Land Systems–Canada for 20 LAV 6 vehicles.", "General Dynamics Land Systems–Canada", "CAN"),
    ("The radars come from Saab Australia, the company said.", "Saab Australia", "AUS"),
])
def test_a_group_named_with_a_state_is_its_arm_in_that_state(text: str, arm: str, code: str) -> None:
    firms = [m for m in find_mentions(text) if m.actor.kind == "company"]
    assert [(text[m.start:m.end], m.code) for m in firms] == [(arm, code)]
    assert not any(m.actor.kind == "state" and m.code == code for m in find_mentions(text))


@pytest.mark.parametrize("text", [
    "Thales and Australia's defence ministry signed the contract.",   # a state's own body, after "and"
    "Saab, Australia's preferred bidder, won the tender.",            # a comma: an apposition, no arm
])
def test_a_state_beside_a_group_is_not_always_its_arm(text: str) -> None:
    assert [m.code for m in find_mentions(text) if m.actor.kind == "company"] == ["SWE" if "Saab" in text else "FRA"]


@pytest.mark.parametrize(("text", "city", "code"), [
    # a town no gazetteer lists, placed by the state after it
    ("LOBITO, Angola – The Brazilian frigate Independência arrived on Sunday for a five-day call with the Angolan Navy.", "Lobito", "AGO"),
    ("Sihanoukville, Cambodia — Two Chinese navy ships docked at the Ream naval base on Monday, the ministry said.", "Sihanoukville", "KHM"),
])
def test_a_dateline_town_takes_the_state_named_after_it(text: str, city: str, code: str) -> None:
    place = Document(text=text, reference=None, times=[]).dateline
    assert place is not None and (place.name, place.country) == (city, code)
    assert text[place.span.start:place.span.end].title() == city


def test_a_dateline_region_that_is_no_state_places_nothing() -> None:
    text = "ERBIL, Kurdistan Region — Peshmerga commanders met coalition officers on Monday to discuss the border."
    place = Document(text=text, reference=None, times=[]).dateline
    assert place is None or place.country != "KUR"


@pytest.mark.parametrize(("text", "code"), [
    ("About 300 Dutch soldiers are at Camp Rukla, the ministry said.", "LTU"),
    ("Spanish engineers have been working at Camp Ādaži since March.", "LVA"),
])
def test_a_camp_named_after_a_listed_town_lies_in_its_state(text: str, code: str) -> None:
    camps = [p for p in Document(text=text, reference=None, times=[]).places if p.name.startswith("Camp")]
    assert [p.country for p in camps] == [code]


def test_a_title_peculiar_to_a_state_named_only_later_is_the_datelines():
    """"Defense Secretary" (a US spelling) in a Manila story is the Philippine secretary when the United States
    is named only after him; named before him, the US may claim the title."""
    text = ("MANILA, Philippines — Defense Secretary Gilberto Teodoro Jr. and Japan's Defence Minister met at Camp "
            "Aguinaldo on Wednesday. The Philippines also has a troop-visit pact with the United States.")
    person = next(m for m in Document(text=text, reference=None, times=[]).mentions if m.form == "person")
    assert (text[person.start:person.end].startswith("Defense Secretary"), person.code) == (True, "PHL")


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Commander of the Kenyan Navy, Major General Paul Owuor Otieno, and the Commander of the Tanzanian Navy, "
     "Rear Admiral Ameir Hassan, met on Monday in Mombasa.", "Rear Admiral Ameir Hassan", "TZA"),
    ("DAKAR – The commander of the French forces in West Africa, General Pascal Ianni, met the Senegalese army chief "
     "on Tuesday.", "General Pascal Ianni", "FRA"),
])
def test_an_officer_apposed_to_a_states_service_is_that_states(text, name, code):
    doc = Document(text=text, reference=None, times=[])
    person = next(m for m in doc.mentions if m.form == "person" and text[m.start:m.end].endswith(name))
    assert person.code == code


def test_an_officer_apposed_to_a_title_without_a_state_keeps_the_home_state():
    text = "ACCRA – The Commander of the Navy, Rear Admiral Issah Adam Yakubu, met his Nigerian counterpart on Monday."
    doc = Document(text=text, reference=None, times=[])
    person = next(m for m in doc.mentions if m.form == "person" and "Yakubu" in text[m.start:m.end])
    assert person.code == "GHA"


@pytest.mark.parametrize(("text", "word"), [
    # a service word that opens a longer name, or that a qualifier names, is no bare service
    ("The minister visited the Army Museum on Monday.", "Army"),
    ("The Arakan Army seized the town on Monday.", "Army"),
    ("Tickets for the Army-Navy game sold out.", "Army"),
    ("He was a Navy SEAL for ten years; the Navy SEALs trained there.", "Navy"),
    # the firm a service owns acts, not the service
    ("the Army's industrial company FAMAE signed a contract with the Paraguayan Army", "Army"),
])
def test_a_service_word_inside_a_name_is_not_the_home_service(text: str, word: str) -> None:
    assert all(not (p == word and c == "GBR") for p, c, _ in _mentions(text, "GBR"))


@pytest.mark.parametrize("text", [
    "The company concluded a framework agreement with one NATO navy for unmanned surface vessels.",
    "Thales signed a contract with an EU member state for radars.",
    "Two NATO allies have asked for more interceptors.",
])
def test_an_unnamed_member_is_not_the_body(text):
    from defevents.actors import find_mentions
    assert [m.code for m in find_mentions(text) if m.actor.kind == "organisation"] == []


def test_the_body_itself_is_still_named():
    from defevents.actors import find_mentions
    text = "NATO signed a framework agreement with Poland, and the EU's navies will join."
    assert "NATO" in [m.code for m in find_mentions(text)]


@pytest.mark.parametrize(("text", "name", "code"), [
    # the office of a command abroad apposed after the name, whatever the home state
    ("PORT OF SPAIN – Defence Minister Wayne Sturge met Adm. Alvin Holsey, the head of U.S. Southern Command, on Friday.",
     "Holsey", "USA"),
    ("Prime Minister Fiamē Naomi Mataʻafa met Admiral Samuel Paparo, commander of US Indo-Pacific Command, in Apia.",
     "Paparo", "USA"),
    ("The commander of U.S. Africa Command, Marine Corps General Michael Langley, met Ghana's army chief in Accra.",
     "Langley", "USA"),
    # a British-named service of another monarchy, with its state after it
    ("The Commander of the Royal Navy of Oman, Rear Admiral Saif Al Rahbi, received the Indian squadron commander.",
     "Al Rahbi", "OMN"),
    ("The Commander of the Royal Malaysian Navy, Admiral Zulhelmy Ithnain, received the French ship's captain.",
     "Ithnain", "MYS"),
])
def test_an_officer_of_a_command_or_service_named_after_the_name_is_that_states(text: str, name: str, code: str) -> None:
    doc = Document(text=text, reference=None, times=[])
    person = next(m for m in doc.mentions if m.form == "person" and name in text[m.start:m.end])
    assert person.code == code


@pytest.mark.parametrize(("text", "code"), [
    # ranks with an ordinal or in the navy's own language stand before a name, as "Captain" does
    ("The Russian task group commander, Captain 2nd Rank Ivan Petrov, was received by the Indonesian navy chief.", "RUS"),
    ("The French commanding officer, Capitaine de frégate Anne Morel, was received by the Tongan army commander.", "FRA"),
    ("The German commander, Fregattenkapitän Jan Vogt, was received by the Kenyan navy commander.", "DEU"),
])
def test_ranks_with_ordinals_and_foreign_ranks_open_a_name(text: str, code: str) -> None:
    person = next(m for m in find_mentions(text) if m.form == "person")
    assert (person.code, person.surname) == (code, text.split(",")[1].split()[-1])


def test_a_capitalised_commander_of_a_force_is_the_post_not_the_rank() -> None:
    """"the Commander of the Kenya Defence Forces" names an office holder, though no name follows."""
    text = "The French commanding officer called on the Commander of the Kenya Defence Forces in Nairobi on Monday."
    assert [(m.code, m.actor.role) for m in find_mentions(text) if m.form == "person"][-1] == ("KEN", "Commander")


def test_a_command_abroad_is_no_sign_of_where_a_story_is_written() -> None:
    """A Trinidad story that names US Southern Command twice is still written from Trinidad."""
    text = ("Trinidad and Tobago will buy two patrol boats, Minister of Defence Wayne Sturge said. On Wednesday, Sturge met "
            "Admiral Alvin Holsey, commander of US Southern Command. Trinidad and Tobago signed an agreement with US "
            "Southern Command's task force. US Southern Command will train the coast guard.")
    assert home_state(text) == "TTO"


def test_the_host_met_by_a_foreign_officer_in_a_place_of_its_state_is_of_that_state() -> None:
    text = ("Majuro – INDOPACOM chief visits. President Hilda Heine met Admiral Samuel Paparo, commander of US Indo-Pacific "
            "Command, at the Capitol Building in Majuro on Tuesday. The US Navy and the US Army will train in Guam.")
    doc = Document(text=text, reference=None, times=[])
    heine = next(m for m in doc.mentions if "Heine" in text[m.start:m.end])
    assert heine.code == "MHL"


@pytest.mark.parametrize(("text", "places"), [
    # a city-state after a locative is a place in that state; as a buyer or seller it is no place
    ("Australian troops have been based in Singapore since 2020.", [("Singapore", "SGP")]),
    ("The yacht show opened in Monaco on Monday.", [("Monaco", "MCO")]),
    ("Singapore bought 12 F-35s from the United States.", []),
])
def test_a_city_state_named_as_a_place_is_a_place_of_that_state(text: str, places: list[tuple[str, str]]) -> None:
    from defevents.actors import find_places
    assert [(p.name, p.country) for p in find_places(text)] == places


@pytest.mark.parametrize(("text", "places"), [
    # "the <demonym> capital" is that state's capital (its own name where the capital shares it)
    ("Some 300 Polish troops arrived in the Lithuanian capital on Monday.", [("Vilnius", "LTU")]),
    ("The detachment has flown from the Djiboutian capital since 2012.", [("Djibouti", "DJI")]),
    ("Talks resumed in the Kenyan capital city on Tuesday.", [("Nairobi", "KEN")]),
    # capital as money, and a capital named by no state's adjective
    ("Estonian capital markets rallied on Monday.", []),
    ("The French capital spending plan was cut.", []),
    ("The regional capital hosted the parade.", []),
])
def test_the_capital_named_by_a_states_adjective_is_that_capital(text: str, places: list[tuple[str, str]]) -> None:
    from defevents.actors import find_places
    assert [(p.name, p.country) for p in find_places(text)] == places


def test_an_unnamed_office_and_a_ranked_name_joined_by_and_are_two_people() -> None:
    """"received the cutter's commanding officer and Rear Admiral X": a rank is no second title of one person
    (as "Deputy Prime Minister and Defence Minister Richard Marles" is)."""
    text = "The governor received the cutter's commanding officer and Rear Admiral Douglas Schofield on Wednesday."
    people = [text[m.start:m.end] for m in find_mentions(text) if m.form == "person"]
    assert "commanding officer" in people and "Rear Admiral Douglas Schofield" in people


@pytest.mark.parametrize(("text", "home"), [
    # a translation note names the language of one state
    ("Drone maker lands Indian order (English edition, translated from Hebrew)\n\nElta signed a contract with India's "
     "Ministry of Defence for radars, the company said in a filing. Indian officers praised them.", "ISR"),
    ("Robots for the army (translated from Hungarian)\n\nThe minister travelled to Tallinn for talks with his Estonian "
     "counterpart. Estonia's robots and Estonian engineers impressed; Estonia will train the crews.", "HUN"),
    ("English summary of a Czech weekly\n\nThe army has chosen Swedish vehicles. Sweden's BAE Hägglunds and Swedish crews "
     "will train the drivers in Sweden.", "CZE"),
    # a mission abroad writes for the state it represents
    ("Embassy of Italy in Kuwait — News\n\nOur Ambassador and the Kuwaiti undersecretary signed a technical arrangement. "
     "Kuwait's air force and Kuwaiti technicians will train; Kuwait thanked the team.", "ITA"),
    ("Press release | High Commission of India, Maputo\n\nThe High Commissioner called on Mozambique's defence minister. "
     "Mozambique's navy and Mozambican sailors will train with Mozambique's partners.", "IND"),
    # the upper-case head of a masthead line, before a dash
    ("LAO PEOPLE'S ARMY MAGAZINE — English digest, June issue\n\nThe ministry signed a contract with China's Poly Technologies "
     "for trucks. A Chinese army medical team works at the military hospital in Vientiane.", "LAO"),
    # a release's header that ends with its place and date
    ("PRESS RELEASE — MSM Group, Bratislava, 17 September 2024\n\nMSM Group wins an order from Georgia. The Georgian ministry "
     "signed in Tbilisi; Georgia's army and the Georgian deputy minister attended.", "SVK"),
])
def test_a_translation_note_a_mission_or_a_release_header_names_the_home_state(text: str, home: str) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(("text", "not_home"), [
    # a language several states write, an aircraft's version, a sea, and a mission named in the story
    ("Navy buys radars (translated from Portuguese)\n\nBrazil's Embraer and Brazilian engineers will install them; Brazil "
     "will train the crews.", "PRT"),
    ("Nigerian Air Force receives jets\n\nThe M-346FA, the fighter version of the Italian trainer, arrived in Nigeria. "
     "Nigeria's air force and Nigerian pilots took delivery; Nigeria paid for them.", "ITA"),
    ("INDIAN OCEAN SECURITY LETTER — issue 212\n\nThe Maldives and Maldivian coast guard crews met India's ministers; the "
     "Maldives thanked them.", "IND"),
    ("British ship in Georgetown\n\nA Royal Navy patrol ship arrived in Georgetown, the British High Commission said. Guyana's "
     "coast guard and Guyanese sailors hosted the crew; Guyana's president visited.", "GBR"),
])
def test_a_shared_language_a_version_a_sea_or_a_mission_in_the_story_tells_no_home(text: str, not_home: str) -> None:
    assert home_state(text) != not_home


@pytest.mark.parametrize(("text", "code", "home"), [
    # a title France uses, held in the dateline's state; "French" in the note is a language, not France
    ("Mali and Turkey sign drone agreement\n\nAMAP (translated from French)\n\nBamako, 12 March (AMAP) – The Minister of "
     "the Armed Forces, General Sadio Camara, received on Tuesday his Turkish counterpart, Yaşar Güler.", "MLI", "MLI"),
    ("Ivorian and Italian ministers meet\n\nAIP, translated from the French\n\nABIDJAN – The Minister of the Armed Forces, "
     "Téné Birahima Ouattara, held talks on Monday with Italy's defence minister Guido Crosetto.", "CIV", "CIV"),
])
def test_a_translation_notes_language_is_no_mention_of_its_state(text: str, code: str, home: str) -> None:
    doc = Document(text, None, [])
    note = text.index("French")
    assert not [m for m in doc.mentions if m.start <= note < m.end]
    assert doc.home == home
    host = next(m for m in doc.mentions if m.form == "person" and "Armed Forces" in text[m.start:m.end])
    assert host.code == code


def test_an_organ_placed_in_another_state_is_that_states() -> None:
    text = ("Embassy of Pakistan, Baku — News\n\nThe Ambassador called on the Minister of Defence of Azerbaijan at the Ministry "
            "of Defence in Baku. The Ministry of Defence Industry of Azerbaijan signed a contract with Pakistan.")
    doc = Document(text, None, [])
    assert [m.code for m in doc.mentions if m.form == "institution"] == ["AZE", "AZE"]
