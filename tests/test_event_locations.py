"""Where agreements, deployments and export deals happened (``event.location``), the families of
:mod:`defevents.rules._location`, and the places that are not the event's: a state, a sea or
region, a topic's place, a maker's plant, a source's seat, an actor.

Each case is a whole sentence or short story in the wording of wire copy, releases and trade
press, run through :func:`defevents.extract`; the location is compared by name.
"""

from __future__ import annotations

import pytest

from defevents import extract

from .conftest import assert_grounded


def _event(text: str, type_: str, published: str = "2025-06-12"):
    result = extract(text, published=published)
    assert_grounded(result, text)
    events = [e for e in result.events if e.type == type_]
    assert events, f"no {type_} in {text!r}: {[e.type for e in result.events]}"
    return events[0]


@pytest.mark.parametrize(("text", "type_", "where"), [
    # signed in / at a city, with the date between or after
    ("Ghana and Côte d'Ivoire signed a memorandum of understanding on border security in Accra on Monday.",
     "agreement", "Accra"),
    ("The defence ministers of Chile and Peru signed on Tuesday in Lima a protocol on joint search and rescue.",
     "agreement", "Lima"),
    ("The status of forces agreement was signed in Port Moresby on 3 June by Defence Minister Billy Joseph and his "
     "Australian counterpart Richard Marles.", "agreement", "Port Moresby"),
    # a venue and its town
    ("Kenya and Somalia signed a defence cooperation pact at State House in Nairobi on Friday.",
     "agreement", "State House, Nairobi"),
    # a clause that opens on its place
    ("In Vilnius on Wednesday, Lithuania and Poland signed an agreement on the joint protection of the Suwałki corridor.",
     "agreement", "Vilnius"),
    # a deal signed in a capital, and a delivery at a shipyard's town
    ("Saab signed a contract with the Thai Ministry of Defence in Bangkok on Thursday for four Gripen E fighters.",
     "export_deal", "Bangkok"),
    ("Fincantieri delivered on Friday in Muggiano the first of two frigates ordered by Indonesia.",
     "export_deal", "Muggiano"),
    ("The Hellenic Navy took delivery of the frigate Kimon from Naval Group at a ceremony in Lorient on Thursday.",
     "export_deal", "Lorient"),
    ("The first two of the twelve KAI FA-50 jets Poland bought from South Korea landed at Minsk Mazowiecki air base on Friday.",
     "export_deal", "Minsk Mazowiecki air base"),
    # forces: arrived at a base, stationed at a town, a site in lower case, a port and its town
    ("Four Spanish Eurofighters and 130 airmen arrived at Ämari Air Base in Estonia on Monday for a four-month rotation.",
     "deployment", "Ämari Air Base"),
    ("About 1,100 Canadian soldiers are stationed at Ādaži as part of NATO's brigade in Latvia.",
     "deployment", "Ādaži"),
    ("Russia has kept an aviation group at the Hmeimim air base in Syria since September 2015.",
     "deployment", "Hmeimim air base"),
    ("The Indian Navy frigate INS Tabar arrived at Tien Sa port in Da Nang on Saturday for a three-day visit to Vietnam.",
     "deployment", "Da Nang"),
    ("The Korean destroyer ROKS Chungmugong Yi Sun-sin called at the port of Djibouti on Sunday during its deployment with the Cheonghae unit.",
     "deployment", "Djibouti"),
    ("Two Japanese destroyers docked at Cambodia's Ream Naval Base on Friday as part of Japan's Indo-Pacific deployment.",
     "deployment", "Ream"),
    # a contingent leaves one place for another: the destination
    ("A contingent of 120 Nepali peacekeepers departed from Tribhuvan International Airport on Sunday for Bentiu, South Sudan.",
     "deployment", "Bentiu"),
    # the base aircraft fly or operate from
    ("Four Belgian F-16s have been flying from Ämari air base in Estonia since 1 December.", "deployment", "Ämari air base"),
    ("Spanish Eurofighters are operating out of Šiauliai air base in Lithuania until the end of March.",
     "deployment", "Šiauliai"),
    # a town whose name ends in a capital's ("Mocímboa da Praia" is not Cabo Verde's Praia)
    ("A Rwandan battle group of 1,000 soldiers arrived in Mocímboa da Praia, Mozambique, on Saturday.",
     "deployment", "Mocímboa da Praia"),
    # the deal's place, not the maker's seat in apposition
    ("The Guyana Defence Force took delivery in Georgetown of two patrol boats from Metal Shark, a shipyard based in "
     "Jeanerette, Louisiana.", "export_deal", "Georgetown"),
    # a town no list knows, told before a listed place later in the clause
    ("A company of Ugandan soldiers arrived in Mahagi on Tuesday by road from Kampala to reinforce the Congolese army "
     "in Ituri.", "deployment", "Mahagi"),
    # a site, then the listed town it is in
    ("Norway's defence minister hosted his Swedish counterpart at Bergenhus in Bergen on Thursday.",
     "meeting", "Bergenhus, Bergen"),
    # a berth whose kind is capitalised
    ("The Chilean Navy training ship Esmeralda arrived at Princes Wharf in Auckland on Monday with 300 cadets on board.",
     "deployment", "Princes Wharf, Auckland"),
    # a destination after a departure, or a town after "deploy to"
    ("HMAS Adelaide will sail for Nuku'alofa next week with army engineers and relief stores for Tonga.",
     "deployment", "Nuku'alofa"),
    ("A detachment of 60 Hungarian engineers will deploy to Tuzla in March to help the Bosnian armed forces clear mines.",
     "deployment", "Tuzla"),
    # a name that goes on after a particle is read whole
    ("The first of the two patrol vessels bought from Portugal was handed over to the Mozambican Navy at Viana do Castelo "
     "on Friday.", "export_deal", "Viana do Castelo"),
    # a sentence that opens on its time and place, with no comma between them
    ("On 3 October in Canberra, the Australian Department of Defence and the Fijian Ministry of Defence signed an "
     "arrangement on the training of maritime surveillance crews.", "agreement", "Canberra"),
    ("Late last month in Windhoek, the two governments of Namibia and Botswana signed a memorandum on joint border patrols.",
     "agreement", "Windhoek"),
    ("On 30 April in Abu Dhabi, Leonardo and the UAE Armed Forces signed a contract for 12 additional M-346 trainer jets.",
     "export_deal", "Abu Dhabi"),
    # a listed town after a venue whose name holds a state's adjective, after the topic
    ("On Monday, the Indonesian Navy and the Royal Australian Navy signed a letter of intent on submarine rescue at the "
     "Indonesian Navy headquarters in Jakarta, a spokesperson said.", "agreement", "Jakarta"),
    # a later sentence tells the signing again with its place: the buyer signing "the contract", the signing attended,
    # the goods handed over, the paperwork completed
    ("Kongsberg books NOK 2 billion order from Slovakia\n\nKongsberg has won an order from Slovakia for NASAMS air "
     "defence systems. Slovakia's defence ministry signed the contract, worth NOK 2 billion, on Tuesday in Bratislava, "
     "the company said.", "export_deal", "Bratislava"),
    ("Navantia signed yesterday a contract with the Saudi Ministry of Defence for two more Avante 2200 corvettes, worth "
     "€600 million. The signing, at the company's headquarters in Madrid, was attended by the Saudi ambassador.",
     "export_deal", "Madrid"),
    ("The Botswana Defence Force has taken delivery of 12 armoured vehicles bought from South Africa's Paramount Group. "
     "The vehicles were handed over at Sir Seretse Khama Barracks in Gaborone on Friday.", "export_deal", "Gaborone"),
    ("Tanzania is buying 20 more armoured vehicles from Türkiye's Otokar. The paperwork was completed last Friday in "
     "Dodoma, the ministry said.", "export_deal", "Dodoma"),
    # the signing told after a semicolon, with its place
    ("Latvia will take delivery of three Piorun launchers, ordered from Poland's Mesko for €20 million; the contract had "
     "been inked the day before in Warsaw by the procurement agency.", "export_deal", "Warsaw"),
    # a town's own site, named after it in the possessive
    ("The Japanese destroyer JS Akebono arrived at Manila's South Harbor on Sunday for a goodwill visit.", "deployment",
     "South Harbor, Manila"),
    ("The Turkish frigate TCG Kemalreis berthed at Mombasa’s Kilindini Harbour on Monday for a four-day visit.", "deployment",
     "Kilindini Harbour, Mombasa"),
    # a town no list knows, after "in"
    ("The Royal Danish Air Force is buying four PC-24 aircraft from Pilatus. The contract was signed in Stans on Friday, "
     "the manufacturer said.", "export_deal", "Stans"),
])
def test_event_location(text: str, type_: str, where: str) -> None:
    event = _event(text, type_)
    assert event.location is not None, f"no location for {text!r}"
    assert where.lower() in event.location.name.lower()
    assert event.location.span is not None and event.location.span.text in text


@pytest.mark.parametrize(("text", "type_"), [
    # a state is the host or a party, never the location
    ("Britain has deployed 900 soldiers to Estonia under NATO's forward land forces.", "deployment"),
    ("The Czech Republic sent 80 soldiers to the EU's Althea operation in Bosnia and Herzegovina in July.", "deployment"),
    # a sea or region
    ("The Dutch frigate HNLMS Tromp sailed from Den Helder on Monday for a six-month deployment to the Indo-Pacific.",
     "deployment"),
    # the topic's place, not the signing's
    ("Argentina and Paraguay signed a letter of intent on joint patrols by the river commands in Pilar and Formosa.",
     "agreement"),
    # the maker's plant, in a relative or participle phrase
    ("Vietnam signed a contract with Airbus for three C295 aircraft, which are assembled at its plant in Seville.",
     "export_deal"),
    ("The Zimbabwe National Army took delivery on Friday of 24 Volat heavy trucks bought from Belarus, built in Minsk by "
     "MZKT, the ministry said.", "export_deal"),
    # the source's seat
    ("Germany will station a brigade in Lithuania from 2027, the Defence Ministry in Berlin said.", "deployment"),
    # an actor, not a place
    ("North Korea has sent about 10,000 troops to Russia, in what would be Pyongyang's first large-scale deployment abroad.",
     "deployment"),
    # a word of a name after a translated rank: "General in Chief Vladimir Padrino López"
    ("Venezuelan Defence Minister, General in Chief Vladimir Padrino López, received the Iranian Deputy Defence Minister "
     "on Monday.", "meeting"),
    # a region or sea is no event's place, listed or told after "to"
    ("The Italian frigate Carabiniere left La Spezia on Monday for a five-month deployment to Southeast Asia and the "
     "Western Pacific.", "deployment"),
    ("The defence ministers of Niger and Chad met on Monday and discussed the security situation in the Sahel.", "meeting"),
    # a maker's seat, not where its deal was signed
    ("Malta signed a €12 million contract with Cantiere Navale Vittoria, a yard based in Adria, for a new patrol boat.",
     "export_deal"),
    # a capital's possessive that names no site
    ("The Japanese destroyer JS Akebono arrived in the Philippines at Manila's request on Sunday.", "deployment"),
    # a venue the retelling names only in part is no place
    ("Serbia has signed a contract with France for 12 Rafale jets. The contract was signed at the Palace of Serbia by the "
     "defence minister.", "export_deal"),
    # a word of a title after "in" ("Flag Officer in Command")
    ("Rear Admiral Kenji Sato, commander of the Japanese training squadron, paid a courtesy call on the Philippine Navy "
     "Flag Officer in Command on Monday.", "meeting"),
])
def test_no_event_location(text: str, type_: str) -> None:
    event = _event(text, type_)
    assert event.location is None, f"{event.location!r} read as the place of {text!r}"


def test_signing_after_a_meeting_takes_its_place() -> None:
    text = ("Slovenia's Defence Minister Borut Sajovic met his Croatian counterpart Ivan Anušić in Zagreb on Monday. "
            "The two ministers signed a memorandum of understanding on joint air policing.")
    agreement = _event(text, "agreement", "2025-06-12")
    assert agreement.location is not None and agreement.location.name == "Zagreb"
    assert agreement.when is not None and agreement.when.value == "2025-06-09"


def test_signing_at_a_reception_placed_by_the_dateline_takes_its_place() -> None:
    text = ("TASHKENT, March 12 – Uzbekistan's Minister of Defence, Lieutenant General Bakhodir Kurbanov, on Monday received "
            "Turkey's Deputy Minister of National Defence, Ahmet Yildiz. During the meeting, the sides signed a plan of "
            "bilateral military cooperation for 2024.")
    agreement = _event(text, "agreement", "2024-03-12")
    assert agreement.location is not None and agreement.location.name == "Tashkent"


def test_signing_after_a_meeting_with_no_reference_date_is_read() -> None:
    # no publication date: "on Monday" stays unresolved (a time with no value), and the signing takes no day's place
    text = "Latvia's defence minister met his Estonian counterpart in Riga, and the two signed a defence agreement on Monday."
    result = extract(text, published=None)
    assert_grounded(result, text)
    agreement = next(e for e in result.events if e.type == "agreement")
    assert agreement.codes == ["EST", "LVA"] and agreement.when is not None and agreement.when.value is None
    assert agreement.location is None


def test_signing_dated_apart_from_the_meeting_keeps_no_place() -> None:
    text = ("Slovenia's Defence Minister Borut Sajovic met his Croatian counterpart Ivan Anušić in Zagreb on Monday. "
            "The two countries signed a memorandum of understanding on joint air policing in 2019.")
    agreement = _event(text, "agreement", "2025-06-12")
    assert agreement.location is None


def test_a_meeting_at_an_unnamed_headquarters_has_no_venue() -> None:
    text = "Romania's defence minister received his Moldovan counterpart at the ministry's headquarters on Monday."
    meeting = _event(text, "meeting", "2025-06-12")
    assert meeting.location is None or meeting.location.name != "headquarters"


@pytest.mark.parametrize(("text", "published", "where"), [
    # the place after the comma that closes the guest's apposition
    ("Latvian Defence Minister Andris Sprūds met the commander of the Canadian Army, Lieutenant-General Michael Wright, "
     "in Riga on Tuesday.", "2025-06-12", "Riga"),
    ("Defence Secretary John Healey hosted the Japanese Minister of Defense, Gen Nakatani, in London on Tuesday for talks "
     "on Indo-Pacific security.", "2025-06-12", "London"),
    # "here": the dateline's city
    ("BEIJING, June 11 (Xinhua) -- Chinese Defense Minister Dong Jun held talks here on Wednesday with his Laotian "
     "counterpart Chansamone Chanyalath.", "2025-06-12", "Beijing"),
    # a state's capital left unnamed
    ("Thai Defence Minister Sutin Klungsang held talks with his Cambodian counterpart in the Malaysian capital on Monday.",
     "2025-06-12", "Kuala Lumpur"),
])
def test_meeting_location_families(text: str, published: str, where: str) -> None:
    meeting = _event(text, "meeting", published)
    assert meeting.location is not None and meeting.location.name == where


def test_here_without_a_known_dateline_is_no_place() -> None:
    text = "Chinese Defense Minister Dong Jun held talks here on Wednesday with his Laotian counterpart Chansamone Chanyalath."
    assert _event(text, "meeting").location is None


def test_signed_here_is_the_datelines_city() -> None:
    text = ("HANOI, June 11 (Reuters) - Vietnam signed a contract here on Wednesday with South Korea's Hanwha Aerospace "
            "for 20 K9 howitzers, the defence ministry said.")
    deal = _event(text, "export_deal")
    assert deal.location is not None and deal.location.name == "Hanoi"
    assert deal.location.span is not None and deal.location.span.text == "HANOI"


def test_a_contract_signed_before_the_ministers_takes_the_meetings_place() -> None:
    text = ("Norway's Minister of Defence received his Polish counterpart at the ministry in Oslo on Tuesday. "
            "In the presence of the two ministers, Poland's Armament Agency signed a contract with Kongsberg "
            "for Naval Strike Missiles.")
    deal = _event(text, "export_deal", published="2025-10-15")
    assert deal.when.value == "2025-10-14" and deal.location is not None and deal.location.name == "Oslo"
    assert deal.quantity is None  # the two ministers are not goods


@pytest.mark.parametrize(("text", "type_", "where"), [
    # a venue that names no town, under the dateline of a party's state: the venue, in that city
    ("LUSAKA – Zambia's army commander received the Malawian army chief at Arakan Barracks on Tuesday for talks on "
     "border patrols.", "meeting", "Arakan Barracks, Lusaka"),
    ("NOUAKCHOTT – Mauritania's Chief of Staff received the Spanish ambassador on Monday at Camp Boiteux.", "meeting",
     "Camp Boiteux, Nouakchott"),
    ("LIMA – Spain's Navantia will build two patrol vessels for the Peruvian Navy for US$90 million, under a contract "
     "signed on Monday at the Defence Ministry headquarters on Avenida de la Peruanidad.", "export_deal",
     "Defence Ministry headquarters, Lima"),
    # a seat with no venue name: the dateline's city
    ("MONTEVIDEO – The contract under which Uruguay acquires two Super Tucano aircraft from Brazil's Embraer was signed "
     "at the Ministry of National Defence on Avenida 8 de Octubre on Monday.", "export_deal", "Montevideo"),
    # a reception, planned, with no place: the host's dateline
    ("ABU DHABI – Indian Defence Minister Rajnath Singh will be received by the UAE's Minister of State for Defence "
     "Affairs next Monday, the ministry announced.", "meeting", "Abu Dhabi"),
])
def test_a_seat_without_a_town_is_in_the_datelines_city(text, type_, where):
    event = _event(text, type_, published="2025-06-12")
    assert event.location is not None and event.location.name == where
    span = event.location.span
    assert span is not None and text[span.start:span.end] == span.text


@pytest.mark.parametrize(("text", "where"), [
    # a venue that names no town, in a sentence that brings its parties to a town before it
    ("Italy’s Minister of Defence came to Valletta earlier this month and held talks with Malta's Prime Minister at "
     "Auberge de Castille.", "Auberge de Castille, Valletta"),
    ("Australia and Papua New Guinea signed the treaty in Canberra on 6 October, after talks between the two prime "
     "ministers at Parliament House that ran past their scheduled hour.", "Parliament House, Canberra"),
    # ... or the town of the visit it came during, whoever's visit it is
    ("Fiji's Prime Minister met Indonesia’s Defence Minister at the Grand Pacific Hotel yesterday, during the minister’s "
     "two-day visit to Suva.", "Grand Pacific Hotel, Suva"),
])
def test_a_venue_takes_the_town_its_sentence_brings_the_parties_to(text, where):
    event = _event(text, "meeting")
    assert event.location is not None and event.location.name == where


@pytest.mark.parametrize(("text", "type_", "where"), [
    # a venue the place list puts in a town names it after it, unless the text does
    ("France and Armenia signed a defence cooperation roadmap at the Hôtel de Brienne on Tuesday.", "agreement",
     "Hôtel de Brienne, Paris"),
    ("Japan and the Philippines signed the reciprocal access agreement at Malacañang on Monday.", "agreement",
     "Malacañang Palace, Manila"),
    ("Italy's defence minister received his Qatari counterpart at Palazzo Baracchini on Monday.", "meeting",
     "Palazzo Baracchini, Rome"),
    ("French President Emmanuel Macron received Poland's President at the Élysée Palace in Paris on Friday.", "meeting",
     "Élysée Palace, Paris"),
    # a venue no list knows, in the town a sentence or two before brought the parties to
    ("HMAS Adelaide arrived in Apia on Tuesday with more than 600 personnel on board. Samoa's Prime Minister hosted "
     "Australia's Defence Minister at the Government Building on Wednesday.", "meeting", "Government Building, Apia"),
    ("Today in Canberra, the Prime Minister and the Prime Minister of Papua New Guinea signed the Pukpuk Treaty. Earlier "
     "today, Australia's Minister for Defence met Papua New Guinea's Minister for Defence at Parliament House.", "meeting",
     "Parliament House, Canberra"),
    # not a town of a third state, nor one the news was said in
    ("The Japanese destroyer left Sydney on Monday. Samoa's Prime Minister hosted Japan's Defence Minister at the "
     "Government Building on Wednesday.", "meeting", "Government Building"),
    ("Japan's Defence Minister told reporters in Apia on Thursday that the visit had gone well. Samoa's Prime Minister "
     "hosted Japan's Defence Minister at the Government Building on Wednesday.", "meeting", "Government Building"),
])
def test_a_venue_is_named_with_its_town(text, type_, where):
    event = _event(text, type_, published="2025-06-12")
    assert event.location is not None and event.location.name == where


@pytest.mark.parametrize(("text", "where"), [
    # where it was said is not where they met
    ("Lithuania's defence minister said in Vilnius that she had met her Polish counterpart at the Lazienki Palace on "
     "Monday.", "Lazienki Palace"),
    ("Lithuania's defence minister, speaking in Vilnius, met her Polish counterpart at the Lazienki Palace on Monday.",
     "Lazienki Palace"),
    # a town left from is not the venue's
    ("Japan's defence minister flew in from Tokyo and met South Korea's defence minister at the Shilla Hotel on Monday.",
     "Shilla Hotel"),
])
def test_a_town_said_in_or_left_from_is_not_the_venues(text, where):
    event = _event(text, "meeting")
    assert event.location is not None and event.location.name == where


@pytest.mark.parametrize(("text", "published", "where"), [
    # a meeting told with no place, held within days of the report, in a story datelined in a party's state
    ("NIAMEY, 14 May (ANP) – The Chief of Defence Staff of Niger, General Moussa Salaou Barmou, and his Togolese "
     "counterpart, who is on a two-day working visit, met on Tuesday to review border security.", "2025-05-14", "Niamey"),
    ("TBILISI – Georgian Defence Minister Irakli Chikovani and the visiting Armenian defence minister discussed on "
     "Monday military education and peacekeeping training.", "2025-03-05", "Tbilisi"),
    ("WINDHOEK — Namibia's defence minister held talks on Thursday with a delegation from the Angolan Armed Forces "
     "led by General Altino dos Santos.", "2025-08-09", "Windhoek"),
    ("ABU DHABI – The UAE's Minister of State for Defence Affairs and Serbia's defence minister reviewed, at a meeting "
     "on Wednesday, the prospects for cooperation between the two countries.", "2024-05-31", "Abu Dhabi"),
])
def test_a_meeting_near_the_report_is_in_the_datelines_city(text, published, where):
    event = _event(text, "meeting", published=published)
    assert event.location is not None and event.location.name == where
    span = event.location.span
    assert span is not None and text[span.start:span.end] == span.text


@pytest.mark.parametrize(("text", "published"), [
    # a meeting told as background, long before the report
    ("TBILISI – Georgian Defence Minister Irakli Chikovani met Armenian defence minister Suren Papikyan in March last "
     "year to discuss peacekeeping.", "2025-11-05"),
    # a visit to a site, which may lie outside the city
    ("GUATEMALA CITY – Admiral Holsey of US Southern Command also visited the Interagency Task Force Tecún Umán on "
     "Monday and met Guatemalan officers.", "2025-03-05"),
    # a third state's dateline: a foreign desk
    ("NAIROBI – Zambia's army commander met the Malawian army chief on Tuesday to discuss border patrols.", "2025-06-12"),
])
def test_a_meeting_long_before_the_report_at_a_site_or_under_a_foreign_desk_is_not_placed_by_the_dateline(text, published):
    assert _event(text, "meeting", published=published).location is None


@pytest.mark.parametrize(("text", "where"), [
    # a third state's dateline (a foreign desk) says nothing of where the venue is
    ("NAIROBI – Zambia's army commander received the Malawian army chief at Arakan Barracks on Tuesday.", "Arakan Barracks"),
    # a base lies outside the capital
    ("OSLO – Dutch F-35s arrived at Ørland air base on Monday.", "Ørland air base"),
])
def test_the_dateline_city_is_not_added_to_a_third_states_venue_or_a_base(text, where):
    event = next(e for e in extract(text, published="2025-06-12").events)
    assert event.location is not None and event.location.name == where


@pytest.mark.parametrize(("text", "where"), [
    # a time between the verb and the instrument, then a venue in a town after the topic
    ("Chile's army commander and Argentina's army commander signed on Monday an agreement on mountain rescue at the army "
     "headquarters in Santiago.", "Santiago"),
    ("The Italian ambassador and Senegal's armed forces minister signed yesterday a memorandum on naval training at the "
     "ministry in Dakar.", "Dakar"),
    # "Late|Early <time>, in <city>,": the clause opens on its place
    ("Late last month, in Gaborone, Botswana and Namibia signed an agreement on border patrols.", "Gaborone"),
])
def test_a_signing_is_placed_by_its_venue_or_its_fronted_town(text, where):
    event = _event(text, "agreement", published="2025-06-12")
    assert event.location is not None and where in event.location.name


def test_a_topic_place_without_a_venue_is_not_the_signings_place():
    text = "Chile and Argentina signed on Monday an agreement on mountain rescue in Patagonia."
    event = _event(text, "agreement", published="2025-06-12")
    assert event.location is None or event.location.name != "Patagonia"


@pytest.mark.parametrize(("text", "published", "day", "status", "where"), [
    # a meeting dated by the year: the signing "during that visit" takes its grain and place
    ("Zambia's defence minister held talks with Malawi's army commander in Lilongwe earlier this year. The protocol on "
     "border patrols signed by both sides during that visit set up a joint commission.", "2025-08-20", "2025", "completed",
     "Lilongwe"),
    # a signing to come "at that meeting" takes the day and place of the meeting to come
    ("Norway's defence minister will host Iceland's foreign minister in Oslo next Thursday. The two are expected to sign "
     "a memorandum on air policing at that meeting.", "2025-08-20", "2025-08-21", "planned", "Oslo"),
    ("Chile's defence minister is due in Lima on Tuesday for talks with Peru's defence minister. The two ministers are "
     "then expected to sign an accord on search and rescue during that visit.", "2025-08-20", "2025-08-26", "planned", "Lima"),
    # a departure the same night gives the signing a part of a day; the place is compared by the day
    ("HANOI — The defence ministers of Vietnam and Laos met on Monday in Hanoi, and the Lao delegation flew home the same "
     "night. Both ministers sealed their talks by signing a memorandum on border demining.", "2025-08-20", "2025-08-18",
     "completed", "Hanoi"),
])
def test_a_signing_pointed_at_a_meeting_takes_its_day_and_place(text, published, day, status, where) -> None:
    agreement = _event(text, "agreement", published)
    assert agreement.status == status
    assert agreement.when is not None and agreement.when.value[:len(day)] == day
    assert agreement.location is not None and agreement.location.name == where


def test_a_signing_to_come_not_pointed_at_the_meeting_keeps_no_place() -> None:
    text = ("Norway's defence minister will host Iceland's foreign minister in Oslo next Thursday. The two countries "
            "expect to sign a memorandum on air policing next year.")
    agreements = [e for e in extract(text, published="2025-08-20").events if e.type == "agreement"]
    assert all(a.location is None for a in agreements)


@pytest.mark.parametrize(("text", "type_", "where"), [
    # the place after the day ("on <day> in <city>"), after a topic
    ("Paraguay and Argentina signed a protocol on river patrols on the Paraná on Friday in Asunción, the two navies said.",
     "agreement", "Asunción"),
    ("Estonia and Finland signed a memorandum on sea mines on 4 March in Tallinn.", "agreement", "Tallinn"),
    # a listed site keeps the name the text gives it, with its town
    ("A Spanish Air Force A400M landed at Al Udeid Air Base in Doha on Sunday with supplies for the Spanish detachment.",
     "deployment", "Al Udeid Air Base, Doha"),
])
def test_event_location_after_the_day_or_by_its_written_name(text: str, type_: str, where: str) -> None:
    event = _event(text, type_)
    assert event.location is not None and event.location.name == where


@pytest.mark.parametrize(("text", "where"), [
    # the place after the guest's apposition, which holds a comma's phrase of its own
    ("Romania's defence minister Angel Tîlvăr met US General Christopher Donahue, commander of US Army Europe and "
     "Africa, in Bucharest on Tuesday.", "Bucharest"),
    # a named building with no word for its kind, after "at the"
    ("Chile's Defence Minister Maya Fernández received her Peruvian counterpart Walter Astudillo at the Edificio "
     "Diego Portales on Tuesday.", "Edificio Diego Portales"),
    ("Austrian Defence Minister Klaudia Tanner and her Slovak counterpart Robert Kaliňák held talks at the Rossauer "
     "Kaserne on Friday.", "Rossauer Kaserne"),
    # the place a "where" relative hangs on
    ("Ghana's Minister for Defence, Omane Boamah, was in Abuja on Monday, where he met Nigerian Defence Minister "
     "Mohammed Badaru for talks on the Sahel.", "Abuja"),
    # the town of the visit the meeting came during
    ("President Hakainde Hichilema received Malawi's Minister of Defence, Harry Mkandawire, at State House on Thursday, "
     "during a three-day visit by a Malawian delegation to Lusaka.", "State House, Lusaka"),
    # "there": the place the sentence named before
    ("The frigate contract was signed in Manila on Friday in the presence of Japan's Defence Minister Gen Nakatani, "
     "who held talks there with Philippine Defense Secretary Gilberto Teodoro.", "Manila"),
    # a venue with its body and its town, told between the verb and the guest
    ("The Minister of Defence, Joaquim Rafael Branco, received on Tuesday at the Ministry of National Defence in "
     "Praia the Portuguese Secretary of State for Defence.", "Praia"),
    # an island named after "the island of"; a base named in lower case after its name
    ("Finland's defence minister met his Estonian counterpart on the island of Saaremaa on Friday.", "Saaremaa"),
    ("The Peruvian ship's commander paid a courtesy call on Monday on the Commander of the Argentine Navy's southern area, "
     "Rear Admiral Carlos Pérez, at the Ushuaia naval base.", "Ushuaia naval base"),
    # the place a "where" relative hangs on, after "yesterday"
    ("Tanzania's defence minister was in Kigali yesterday, where she had talks with Rwanda's army chief on border patrols.",
     "Kigali"),
])
def test_meeting_place_families(text, where):
    event = _event(text, "meeting")
    assert event.location is not None and event.location.name == where, event.location


@pytest.mark.parametrize("text", [
    # a gathering, a body or a generic building told with a capital is no named place
    "Austrian Defence Minister Klaudia Tanner and her Slovak counterpart Robert Kaliňák held talks at the Summit on Friday.",
    "Austrian Defence Minister Klaudia Tanner and her Slovak counterpart Robert Kaliňák held talks at the Embassy on Friday.",
    "Austrian Defence Minister Klaudia Tanner and her Slovak counterpart Robert Kaliňák held talks at the Invitation of NATO on Friday.",
])
def test_no_meeting_place_from_a_gathering_or_a_generic_building(text):
    assert _event(text, "meeting").location is None


@pytest.mark.parametrize(("text", "published", "codes"), [
    # an audience at a named residence joins the visit to its town
    ("The Hungarian Minister of Defence paid an official visit to N’Djamena from 5 to 7 December 2024.\n\n"
     "On Friday 6 December 2024, the Hungarian Minister was received in audience by the President of Chad, "
     "Mahamat Idriss Déby Itno, at the Palais Rose.", "2024-12-08", ["HUN", "TCD"]),
    # a guest named again by a more general title ("the Turkish deputy minister")
    ("The contract was signed on the occasion of a visit to Qatar by Turkey's Deputy Minister of National Defence "
     "Ahmet Yildiz. The Minister of Defence received at the ministry's headquarters in Doha on Wednesday the "
     "Turkish deputy minister and his delegation.", "2026-07-18", ["QAT", "TUR"]),
])
def test_two_tellings_are_one_meeting(text, published, codes):
    meetings = [e for e in extract(text, published=published).events if e.type == "meeting"]
    assert len(meetings) == 1 and sorted(meetings[0].codes) == codes


def test_two_meetings_at_two_towns_stay_two():
    text = ("Indonesia's defence minister met his Malaysian counterpart in Jakarta on Monday.\n\n"
            "On the same day, Indonesia's defence minister met his Malaysian counterpart in Surabaya.")
    meetings = [e for e in extract(text, published="2025-06-12").events if e.type == "meeting"]
    assert sorted(e.location.name for e in meetings) == ["Jakarta", "Surabaya"]


def test_no_meeting_place_from_a_visit_to_a_state():
    text = ("President Hakainde Hichilema received Malawi's Minister of Defence at State House on Thursday, during a "
            "three-day visit to Zambia.")
    event = _event(text, "meeting")
    assert event.location is not None and event.location.name == "State House", event.location
