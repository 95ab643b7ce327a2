"""One event told twice in the body (issue 3, section 6: document-level merge).

News tells the main event twice: a lead that reports it ("have signed", "has held talks"),
with no date but the day of the report, and a paragraph that dates it ("on Thursday"). Or the
other way round: a dated account, then a second telling with no date of its own ("signed the
accord at a ceremony in the palace"). Both are one event, dated by the telling that has a date.
A telling that says it is one more ("also signed", "a second contract") and an event dated long
before the report stay apart.
"""

from __future__ import annotations

import pytest

from defevents import extract


def _summary(text: str, published: str):
    return sorted((e.type, tuple(sorted(e.codes)), e.when.value if e.when else None)
                  for e in extract(text, published=published).events)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a lead in the present perfect, then the dated account
    ("Chile and Peru have signed a memorandum on maritime search and rescue cooperation, the Chilean navy said.\n\n"
     "Chilean Navy Commander-in-Chief Admiral Juan Andrés De la Maza and his Peruvian counterpart signed the "
     "memorandum in Valparaíso on Thursday.",
     "2025-10-11", [("agreement", ("CHL", "PER"), "2025-10-09")]),
    # a dated account, then a second telling with no date of its own
    ("ATHENS, May 21 (Reuters) - Greece and Egypt concluded a naval cooperation accord on Tuesday that lets "
     "their fleets train together in the eastern Mediterranean.\n\n"
     "Greek Defence Minister Nikos Dendias and Egyptian Defence Minister Abdel Mageed Saqr signed the accord "
     "at a ceremony at the Pentagon building in Athens.",
     "2025-05-21", [("agreement", ("EGY", "GRC"), "2025-05-20")]),
    # a meeting reported, then dated
    ("Latvian Defence Minister Andris Sprūds has held talks with his Ukrainian counterpart on drone production.\n\n"
     "The two ministers met in Riga on Tuesday, the ministry said in a statement.",
     "2025-02-14", [("meeting", ("LVA", "UKR"), "2025-02-11")]),
    # a sale reported, then the contract dated
    ("Brazil's Embraer has sold five C-390 Millennium transport aircraft to the Netherlands, the company said.\n\n"
     "The Dutch defence ministry signed a contract with Embraer for the five aircraft in The Hague on Wednesday, "
     "State Secretary Gijs Tuinman said.",
     "2025-07-04", [("export_deal", ("BRA", "NLD"), "2025-07-02")]),
])
def test_a_reported_event_and_its_dated_account_are_one(text, published, expected):
    assert _summary(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "also signed": one more text, between the same parties, on the same occasion
    ("Greece and Egypt signed a naval cooperation accord in Athens on Tuesday.\n\n"
     "The two countries also signed a memorandum on defence-industrial cooperation, the ministry said.",
     "2025-05-21", [("agreement", ("EGY", "GRC"), "2025-05-20"), ("agreement", ("EGY", "GRC"), "2025-05-20")]),
    # "a second contract"
    ("Poland signed a contract with South Korea's Hyundai Rotem on Monday for 180 K2 tanks.\n\n"
     "Poland has signed a second contract with Hyundai Rotem for 64 K2 tanks, the agency said.",
     "2025-08-06", [("export_deal", ("KOR", "POL"), "2025-08-04"), ("export_deal", ("KOR", "POL"), "2025-08-06")]),
])
def test_one_more_event_between_the_same_parties_stays_apart(text, published, expected):
    assert _summary(text, published) == expected


def test_an_event_dated_long_before_the_report_is_another_event():
    text = ("Estonia and Finland have signed an agreement on joint coastal defence, the Estonian ministry said.\n\n"
            "The two countries signed a defence cooperation agreement in March 2019.")
    assert _summary(text, "2025-06-12") == [("agreement", ("EST", "FIN"), "2019-03"),
                                           ("agreement", ("EST", "FIN"), "2025-06-12")]


@pytest.mark.parametrize("before", ["", "\n\n  "])
def test_the_lead_is_the_first_sentence_also_after_leading_white_space(before):
    # an undated lead and its dated account are one event, whatever white space opens the text
    text = before + ("Greece signed a defence agreement with Cyprus. The Greek defence minister signed the agreement with "
                     "his Cypriot counterpart in Nicosia on 12 March 2025.")
    assert _summary(text, None) == [("agreement", ("CYP", "GRC"), "2025-03-12")]


def test_the_merged_event_keeps_both_tellings_as_evidence():
    text = ("Latvian Defence Minister Andris Sprūds has held talks with his Ukrainian counterpart on drone "
            "production.\n\nThe two ministers met in Riga on Tuesday, the ministry said in a statement.")
    (event,) = extract(text, published="2025-02-14").events
    said = [s.text for s in event.evidence]
    assert any("has held talks" in s for s in said) and any("met in Riga" in s for s in said)
    assert all(s.text == text[s.start:s.end] for s in event.evidence)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the two office holders who met sign; the states their talks covered are topics
    ("HANOI, March 12 - Vietnamese Defence Minister Phan Van Giang met Cambodian Defence Minister Tea Seiha in "
     "Hanoi on Tuesday. Their talks covered the Mekong, Laos and Thailand.\n\n"
     "The two ministers also signed a memorandum on border security.",
     "2025-03-13", [("agreement", ("KHM", "VNM"), "2025-03-11"), ("meeting", ("KHM", "VNM"), "2025-03-11")]),
    ("Kyrgyz Defence Minister Ruslan Mukambetov held talks with his Kazakh counterpart in Bishkek on Thursday, "
     "discussing Afghanistan.\n\nAfter the negotiations, the heads of both military departments put their "
     "signatures to a cooperation plan for 2026.",
     "2025-11-15", [("agreement", ("KAZ", "KGZ"), "2025-11-13"), ("meeting", ("KAZ", "KGZ"), "2025-11-13")]),
    # a background time told with the meeting (a "since" phrase, a "who" clause) dates neither the
    # meeting told again nor the signing
    ("Thai Defence Minister Phumtham Wechayachai hosted Cambodian Defence Minister Tea Seiha in Bangkok on Monday, "
     "the first such visit since Tea Seiha took office in August. The two ministers discussed border demining. "
     "The two ministers then signed a memorandum on joint demining teams.",
     "2025-04-09", [("agreement", ("KHM", "THA"), "2025-04-07"), ("meeting", ("KHM", "THA"), "2025-04-07")]),
    ("Czech Defence Minister Jana Černochová held talks in Prague on Tuesday with Slovak Defence Minister Robert "
     "Kaliňák, who had arrived a day earlier with a delegation of senior officers. The two sides reviewed air "
     "defence. Afterwards the two ministers signed a memorandum on military medicine.",
     "2025-04-09", [("agreement", ("CZE", "SVK"), "2025-04-08"), ("meeting", ("CZE", "SVK"), "2025-04-08")]),
    # a contract signed in the presence of those who met, or "following the talks" (not in the year
    # of a framework agreement the talks named)
    ("Spain's defence minister held bilateral talks with her Moroccan counterpart in Madrid on Monday. In the "
     "presence of the two ministers, Navantia signed a contract with Morocco's Royal Navy for two patrol vessels "
     "worth €40 million.",
     "2025-04-09", [("export_deal", ("ESP", "MAR"), "2025-04-07"), ("meeting", ("ESP", "MAR"), "2025-04-07")]),
    ("Swiss State Secretary Markus Mäder held talks in Bern on Tuesday with Japan's defence vice-minister on the "
     "2023 framework agreement. Following the talks, armasuisse signed with Mitsubishi Electric a contract for 8 "
     "radars worth CHF 400 million.",
     "2025-04-09", [("export_deal", ("CHE", "JPN"), "2025-04-08"), ("meeting", ("CHE", "JPN"), "2025-04-08")]),
    # signers named by a demonym and a rank noun
    ("Spanish General Fernando García was received on Friday by Mauritania's President Mohamed Ould Ghazouani. "
     "The Spanish general and Mauritania's Minister of the Interior later signed an arrangement on joint patrols.",
     "2025-04-09", [("agreement", ("ESP", "MRT"), "2025-04-04"), ("meeting", ("ESP", "MRT"), "2025-04-04")]),
    # "the meeting" told again after another sentence, with no date of its own
    ("Sheikh Tamim bin Hamad Al Thani, Emir of the State, received in Doha on Sunday Turkey's Minister of National "
     "Defence, Yaşar Güler.\n\nGeneral Güler also visited the Turkish troops currently deployed at Al Rayyan.\n\n"
     "Present at the meeting were Qatar's chief of staff and senior officers of both countries.",
     "2025-04-09", [("meeting", ("QAT", "TUR"), "2025-04-06")]),
])
def test_a_text_signed_by_those_who_met_takes_the_meetings_date(text, published, expected):
    assert _summary(text, published) == expected


def test_a_meeting_long_before_the_report_does_not_date_a_signing():
    text = ("Croatian Defence Minister Ivan Anušić met Slovenian Defence Minister Borut Sajovic in Zagreb in March "
            "2024.\n\nCroatia and Slovenia have signed a memorandum on joint air policing, the ministry said.")
    pacts = [e for e in _summary(text, "2025-06-12") if e[0] == "agreement"]
    assert pacts == [("agreement", ("HRV", "SVN"), "2025-06-12")]


# Signed at the meeting: "the parties", "both authorities", "the two sides" stand for the two that
# met, and the text takes the meeting's date
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Peru's defence minister received his Bolivian counterpart in Puno on Monday.\n\n"
     "When the meeting ended, both authorities signed an agreement on joint patrols of Lake Titicaca.",
     "2024-03-08", [("agreement", ("BOL", "PER"), "2024-03-04"), ("meeting", ("BOL", "PER"), "2024-03-04")]),
    # a delegation's leader is of the delegation's state; the states of the talks' topics sign nothing
    ("Dakar, 5 March (APS) – The Minister of the Armed Forces received on Monday a delegation of the Ghana "
     "Armed Forces led by the Chief of the Defence Staff.\n\nThe talks covered the security of the borders "
     "with Mali and Guinea.\n\nThe two parties then signed a memorandum of understanding on officer training.",
     "2025-03-05", [("agreement", ("GHA", "SEN"), "2025-03-03"), ("meeting", ("GHA", "SEN"), "2025-03-03")]),
    # "the two dignitaries", "the two Army Commanders"
    ("Ghana's President received the Chief of Defence Staff of Togo in Accra on Monday. After the audience, the two "
     "dignitaries signed a memorandum on border security.",
     "2025-04-09", [("agreement", ("GHA", "TGO"), "2025-04-07"), ("meeting", ("GHA", "TGO"), "2025-04-07")]),
    ("Nepal's army chief received the Commander of the Indian Army's Eastern Command in Kathmandu on Monday. The two "
     "Army Commanders afterwards signed a protocol on joint training.",
     "2025-04-09", [("agreement", ("IND", "NPL"), "2025-04-07"), ("meeting", ("IND", "NPL"), "2025-04-07")]),
    # "the two personalities", "the two Chiefs of Staff"
    ("Mali's defence minister received the Russian deputy defence minister in Bamako on Monday. At the end of the "
     "audience, the two personalities signed an agreement on military training.",
     "2025-04-09", [("agreement", ("MLI", "RUS"), "2025-04-07"), ("meeting", ("MLI", "RUS"), "2025-04-07")]),
    ("Chad's Chief of General Staff received his Nigerien counterpart in N'Djamena on Monday. The two Chiefs of General "
     "Staff later signed a protocol on joint border patrols.",
     "2025-04-09", [("agreement", ("NER", "TCD"), "2025-04-07"), ("meeting", ("NER", "TCD"), "2025-04-07")]),
    # the host and the guest named by their roles
    ("Botswana's Minister of Defence received the Chief of the Defence Force of Namibia in Gaborone on Monday. "
     "The minister and his guest later signed a memorandum on joint river patrols.",
     "2025-03-12", [("agreement", ("BWA", "NAM"), "2025-03-10"), ("meeting", ("BWA", "NAM"), "2025-03-10")]),
    ("Peru's defence minister received the Commander of the Chilean Army in Lima on Tuesday. The minister and the "
     "visiting general then signed a letter of intent on mountain training.",
     "2025-03-12", [("agreement", ("CHL", "PER"), "2025-03-11"), ("meeting", ("CHL", "PER"), "2025-03-11")]),
    ("Spain's defence minister hosted the Ambassador of Mauritania in Madrid on Tuesday. The two sides signed "
     "an exchange of letters extending the training arrangement.",
     "2025-03-05", [("agreement", ("ESP", "MRT"), "2025-03-04"), ("meeting", ("ESP", "MRT"), "2025-03-04")]),
    # a meeting dated "from 15:00" on a day dates the signing after it
    ("On 18 September 2025, for about an hour from 15:00, Japan's Minister of Defense held a meeting with "
     "Finland's Minister of Defence at the Ministry of Defense.\n\n1. The two Ministers exchanged views on the "
     "regional security environment.\n\n2. After the meeting, the two Ministers signed an arrangement "
     "concerning cooperation in cyber defence.",
     "2025-09-20", [("agreement", ("FIN", "JPN"), "2025-09-18T15:00"), ("meeting", ("FIN", "JPN"), "2025-09-18T15:00")]),
])
def test_signed_by_the_two_that_met(text, published, expected):
    assert _summary(text, published) == expected


# A report dates the news, not the act: a later sentence that tells the signing again and dates it
# in the week before, or a meeting of the two signers held before the report, dates the act
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Norway has signed a contract with Germany's Diehl Defence for IRIS-T SLM air defence systems worth NOK 3.4 "
     "billion, the ministry said in a statement. The contract was signed in Oslo on Tuesday.",
     "2025-10-17", [("export_deal", ("DEU", "NOR"), "2025-10-14")]),
    ("The Philippines has signed a $400 million deal for two more BrahMos batteries from India, three officials "
     "told Reuters on Sunday.\n\nThe deal was inked in Manila on Thursday, one of them said.",
     "2025-06-16", [("export_deal", ("IND", "PHL"), "2025-06-12")]),
    # the signing told as a noun; a value told between the lead and the signing's day
    ("Fassmer of Germany has won a Chilean navy order for two offshore patrol vessels. Signing took place in "
     "Valparaíso on Tuesday.", "2025-09-26", [("export_deal", ("CHL", "DEU"), "2025-09-23")]),
    ("Fassmer of Germany has won a Chilean navy order for two offshore patrol vessels. The order is worth about "
     "€180 million. The contract was signed in Valparaíso on Tuesday.", "2025-09-26",
     [("export_deal", ("CHL", "DEU"), "2025-09-23")]),
    # a purchase told in the progressive, completed by the signing told next
    ("Saab's Gripen has found a new customer: the Colombian Air Force is buying 17 of the fighters. The contract "
     "was signed in Bogotá on Thursday, and it is valued at about $3.6 billion.", "2025-05-31",
     [("export_deal", ("COL", "SWE"), "2025-05-29")]),
    ("Hungary's defence minister met his Slovak counterpart in Bratislava on Wednesday. The two ministers signed a "
     "memorandum on joint air policing, the Hungarian ministry said on Saturday.",
     "2025-05-19", [("agreement", ("HUN", "SVK"), "2025-05-14"), ("meeting", ("HUN", "SVK"), "2025-05-14")]),
    # the signing told again by its week or month, shortly before the report
    ("Cyprus has signed a contract to buy Mistral 3 air-defence missiles from MBDA, officials said, in a deal worth "
     "around 60 million euros. The contract was signed in Paris last month, they added.",
     "2025-03-14", [("export_deal", ("CYP", "FRA"), "2025-02")]),
    ("Ghana has signed a deal with Embraer for two more C-390 transports, worth about $300 million. The deal was "
     "inked in Accra earlier this month, the air force said.", "2025-09-24", [("export_deal", ("BRA", "GHA"), "2025-09")]),
])
def test_a_reported_signing_takes_the_day_it_was_signed(text, published, expected):
    assert _summary(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a signing told long before is another act: the report keeps its date
    ("Norway has signed a contract with Germany's Diehl Defence for more IRIS-T SLM systems, the ministry said.\n\n"
     "The first contract was signed in Oslo in March 2022.",
     "2025-10-17", ("export_deal", ("DEU", "NOR"), "2025-10-17")),
    # a meeting after the report day did not see the signing
    ("Hungary and Slovakia signed a memorandum on joint air policing, the Hungarian ministry said on Monday. The two "
     "defence ministers met in Bratislava on Wednesday to discuss training.",
     "2025-05-17", ("agreement", ("HUN", "SVK"), "2025-05-12")),
    # a lead dated by the day it was said, and a contract signed months before it
    ("BAGHDAD — Iraq has agreed to buy more howitzers from Serbia, officials said on Thursday.\n\n"
     "The first contract, for 18 NORA B-52 howitzers from Yugoimport, was signed in Belgrade on 3 March.",
     "2025-06-12", ("export_deal", ("IRQ", "SRB"), "2025-06-12")),
    # a month in a relative clause after the retelling is another text's
    ("Estonia has signed a contract with Mesko for more Piorun air-defence missiles, worth about €90 million. The new "
     "contract was signed under a declaration of intent that the two defence ministers signed earlier this month.",
     "2024-11-11", ("export_deal", ("EST", "POL"), "2024-11-11")),
])
def test_a_report_keeps_its_date_without_a_signing_told_in_the_week_before(text, published, expected):
    assert expected in _summary(text, published)


def test_the_meeting_attended_by_another_official_is_the_meeting_told_before():
    text = ("President Samia Suluhu Hassan hosted Mozambique's defence minister, Cristóvão Chume, at State House in "
            "Dar es Salaam on Saturday. The meeting, attended by the Chief of Defence Forces of Tanzania, covered "
            "the insurgency in Cabo Delgado.")
    meetings = [e for e in extract(text, published="2025-04-09").events if e.type == "meeting"]
    assert [(sorted(e.codes), e.when.value) for e in meetings] == [(["MOZ", "TZA"], "2025-04-05")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an undated plan in the lead, then told in full with its date: one planned deployment
    ("Japan will station maritime patrol aircraft in the Philippines for the first time since the war, the defence "
     "ministry said.\n\nUnder the plan, Japan will send two P-1 aircraft and about 60 personnel to Clark Air Base "
     "in June for a three-month rotation.",
     "2025-02-14", [("deployment", ("JPN", "PHL"), "2025-06")]),
    ("Spain is to deploy air defence troops to Estonia, the army said. Spain will send a NASAMS battery and "
     "120 soldiers to Tapa in Estonia in September.",
     "2025-02-14", [("deployment", ("ESP", "EST"), "2025-09")]),
])
def test_an_undated_plan_told_again_in_full_is_one_plan(text, published, expected):
    assert _summary(text, published) == expected


def test_a_vague_span_is_no_deployment_duration():
    text = "New Zealand will station patrol aircraft in Malaysia for the first time in decades, officials said."
    (event,) = extract(text, published="2024-11-20").events
    assert event.duration is None


def test_a_background_since_is_not_carried_to_the_next_sentence():
    # "Later, the two ministers held a working meeting": the day of the talks, not the year a presence began
    text = ("Ghana's defence minister met his Togolese counterpart in Lomé on Tuesday. Togo has hosted Ghanaian "
            "instructors since 2019. Later, the two ministers held a working meeting with officers of both armies.")
    meetings = [e for e in extract(text, published="2025-10-15").events if e.type == "meeting"]
    assert [(sorted(e.codes), e.when.value) for e in meetings] == [(["GHA", "TGO"], "2025-10-14")]


def test_forces_meeting_again_at_an_exercise_is_no_second_meeting():
    text = ("Chile's defence minister received his Argentine counterpart in Santiago on Tuesday. The two navies plan "
            "to meet again in March at the UNITAS exercise.")
    meetings = [e for e in extract(text, published="2025-10-15").events if e.type == "meeting"]
    assert [(sorted(e.codes), e.when.value) for e in meetings] == [(["ARG", "CHL"], "2025-10-14")]


def test_a_signing_during_the_ceremony_takes_the_ceremonys_day():
    text = ("The Greek Navy took delivery of its first FDI frigate at Lorient on Friday. During the ceremony, Greece's "
            "deputy defence minister and France's armed forces minister signed a memorandum on crew training.")
    [pact] = [e for e in extract(text, published="2025-10-15").events if e.type == "agreement"]
    assert pact.when.value == "2025-10-10"


def test_a_report_day_after_the_act_does_not_date_its_retelling():
    text = ("CANBERRA — Australia and Fiji have agreed to step up maritime surveillance, signing a memorandum on "
            "patrol boats.\n\nDefence Minister Richard Marles and his Fijian counterpart met Thursday at Russell Offices "
            "in Canberra, according to a statement his office issued Saturday. The memorandum was signed by both "
            "ministers at the close of their meeting.")
    summary = _summary(text, "2025-10-15")
    assert ("agreement", ("AUS", "FJI"), "2025-10-09") in summary
    assert [s for s in summary if s[0] == "meeting"] == [("meeting", ("AUS", "FJI"), "2025-10-09")]


def test_one_instrument_with_and_in_its_subject_is_one_agreement():
    text = "Chile and Peru signed a memorandum on logistics and training cooperation on Monday."
    events = [e for e in extract(text, published="2025-10-15").events if e.type == "agreement"]
    assert [e.name for e in events] == ["memorandum on logistics and training cooperation"]


def test_a_vague_lead_takes_the_day_a_retelling_gives_inside_it():
    # "Earlier in the week" is the ISO week; "on Monday" inside it is the day
    text = ("RIGA, Oct. 16 (LETA) – Earlier in the week, the Latvian National Armed Forces signed a contract with "
            "Norway's Kongsberg for two more NASAMS batteries. The contract, worth about €160 million, was signed "
            "in Riga on Monday, according to the ministry.")
    assert _summary(text, "2025-10-16") == [("export_deal", ("LVA", "NOR"), "2025-10-13")]


def test_a_firm_that_today_announced_a_signing_takes_the_day_the_retelling_gives():
    text = ("OSLO, Norway, March 5, 2025 – Kongsberg Defence & Aerospace (OSE: KOG) today announced that it has signed "
            "a contract with the Lithuanian Ministry of National Defence for NASAMS launchers. The contract was signed "
            "in Vilnius on March 4.")
    assert _summary(text, "2025-03-05") == [("export_deal", ("LTU", "NOR"), "2025-03-04")]


def test_an_arrival_told_as_the_background_of_a_meeting_joins_its_full_telling():
    # "days after a team ... arrived" has no time of its own: it is the arrival told in full below
    text = ("GUATEMALA CITY (AP) — The U.S. ambassador met Guatemala's defence minister on Tuesday, days after a team "
            "of U.S. Navy engineers arrived in the northern province of Petén.\n\n"
            "About 30 U.S. Navy engineers arrived in Flores, in Petén, on Sunday to repair a school.")
    assert _summary(text, "2025-06-18") == [("deployment", ("GTM", "USA"), "2025-06-15"),
                                            ("meeting", ("GTM", "USA"), "2025-06-17")]


def test_a_stay_dated_from_an_arrival_is_that_arrival():
    text = ("A Chilean frigate has been in Papeete since the start of the week. The Chilean Navy frigate Almirante "
            "Lynch arrived in Papeete on Monday morning for a four-day call.")
    assert [(t, c) for t, c, _ in _summary(text, "2025-06-18")] == [("deployment", ("CHL", "FRA"))]


def test_a_stay_long_before_an_arrival_is_another_deployment():
    text = ("Dutch troops have been stationed in Lithuania since 2017. Two more Dutch F-35s arrived at Šiauliai "
            "in Lithuania on Monday.")
    assert len(_summary(text, "2025-06-18")) == 2


def test_a_contract_said_to_be_signed_on_the_sidelines_of_the_talks_takes_their_day_and_its_later_sum():
    text = ("TUNIS, March 7 (Reuters) - Tunisia has signed a contract to buy Hürjet jet trainers from Turkish Aerospace, "
            "two people familiar with the deal said on Friday.\n\n"
            "Turkish Defence Minister Yasar Guler held talks in Tunis on Wednesday with his Tunisian counterpart Khaled "
            "Sehili, the Tunisian defence ministry said in a statement.\n\n"
            "The contract was signed on the sidelines of the talks, the sources said. The deal is worth about $420 million, "
            "one of them said, declining to give the number of aircraft.")
    [deal] = [e for e in extract(text, published="2025-03-07").events if e.type == "export_deal"]
    assert deal.when.value == "2025-03-05" and deal.location.name == "Tunis"
    assert (deal.value.amount, deal.value.currency) == (420000000, "USD")


def test_an_old_instrument_a_signing_replaces_does_not_date_it():
    text = ("The defence ministers of Armenia and Greece signed an agreement on military cooperation in Athens last Thursday.\n\n"
            "The accord was signed by the two ministers and supersedes a 1996 text.")
    assert _summary(text, "2026-01-21") == [("agreement", ("ARM", "GRC"), "2026-01-15")]


def test_a_plans_year_in_its_name_dates_no_later_meeting():
    # "Oman Vision 2040" names a plan; "The meeting was attended by ..." is the reception told before
    text = ("MUSCAT – Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defence Affairs, received Italian Defence "
            "Minister Guido Crosetto at his office on Monday. They discussed cooperation in line with Oman Vision 2040.\n\n"
            "The meeting was attended by the Chief of Staff of the Sultan's Armed Forces.")
    assert _summary(text, "2026-09-16") == [("meeting", ("ITA", "OMN"), "2026-09-14")]


def test_a_decision_to_keep_a_unit_is_the_deployment_told_elsewhere():
    text = ("Berlin announced last week that the brigade would remain in Lithuania next year. The German brigade of around "
            "1,500 troops has been stationed in Rūdninkai since 2024.")
    assert _summary(text, "2025-11-10") == [("deployment", ("DEU", "LTU"), "2024")]


@pytest.mark.parametrize(("text", "name"), [
    # a name read short from its start ("Joint Declaration") and in full ("... on Maritime Security") by two rules
    ("Vietnam and Indonesia signed a Joint Declaration on Maritime Security Cooperation in Jakarta on 4 March 2025.",
     "Joint Declaration on Maritime Security Cooperation"),
    ("Chile and Argentina signed a Joint Declaration of Intent on Antarctic Search and Rescue in Santiago on "
     "4 March 2025.", "Joint Declaration of Intent on Antarctic Search and Rescue"),
])
def test_one_signing_named_short_and_in_full_is_one_agreement(text, name):
    events = [e for e in extract(text, published="2025-03-10").events if e.type == "agreement"]
    assert len(events) == 1, [(e.rule, e.name) for e in events]
    assert events[0].name == name


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a lead told as a plan, then the contract signed on a day
    ("CANBERRA — Australia will buy six more US-built MQ-4C Triton drones, the latest step in its maritime patrol "
     "build-up.\n\nOn Wednesday, the Department of Defence signed a A$1.2 billion contract with the US Navy for six "
     "MQ-4C Triton aircraft.",
     "2026-03-13", [("export_deal", ("AUS", "USA"), "2026-03-11")]),
    # a lead dated by the week, past a dateline, then the signing on a day of that week
    ("DAKAR. Gambian troops stay on in Senegal's south: the two countries' army chiefs agreed new terms this week.\n\n"
     "Senegal's Chief of General Staff met his Gambian counterpart in Dakar on Tuesday, and the two chiefs then signed "
     "a revised status of forces agreement.",
     "2026-10-16", [("agreement", ("GMB", "SEN"), "2026-10-13"), ("meeting", ("GMB", "SEN"), "2026-10-13")]),
    # a lead dated by the day it was said, then the contract signed in the week before
    ("BAGHDAD, June 12 — Iraq has agreed to buy self-propelled howitzers from Serbia, officials said on Thursday.\n\n"
     "Serbia's defence minister held talks in Baghdad on Tuesday with his Iraqi counterpart.\n\n"
     "The purchase contract, for 18 NORA B-52 howitzers from Yugoimport SDPR, was signed on Wednesday.",
     "2025-06-12", [("export_deal", ("IRQ", "SRB"), "2025-06-11"), ("meeting", ("IRQ", "SRB"), "2025-06-10")]),
    ("HANOI (Reuters) - Vietnam will buy 20 K9 howitzers from South Korea's Hanwha Aerospace, the defence ministry "
     "said on Friday.\n\nThe contract, worth 360 billion won ($250 million), was signed in Hanoi on Tuesday by the "
     "ministry's procurement chief and Hanwha's regional director.",
     "2025-11-14", [("export_deal", ("KOR", "VNM"), "2025-11-11")]),
])
def test_a_lead_that_sums_up_the_body_event_is_that_event(text, published, expected):
    assert _summary(text, published) == expected


def test_a_contract_signed_before_a_plan_was_said_completes_it():
    text = ("NAIROBI (Reuters) - Kenya will buy 118 Arma armoured carriers from Turkey's Otokar, the ministry said on "
            "Wednesday.\n\nThe contract, worth 14.6 billion shillings ($91 million), was signed in Ankara on Monday.")
    (deal,) = extract(text, published="2024-02-14").events
    assert (deal.status, deal.when.value, str(deal.value.amount), deal.value.currency) == (
        "completed", "2024-02-12", "14600000000", "KES")
    # a contract still to be signed leaves the plan as it is
    text2 = ("NAIROBI (Reuters) - Kenya will buy 118 Arma armoured carriers from Turkey's Otokar, the ministry said on "
             "Wednesday.\n\nThe contract, worth 14.6 billion shillings, is to be signed in Ankara next month.")
    (deal,) = [e for e in extract(text2, published="2024-02-14").events if e.type == "export_deal"]
    assert deal.status == "planned"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("ASHGABAT, June 5 — Turkmenistan has agreed to buy two fast patrol boats from Turkish shipbuilder Dearsan.\n\n"
     "On Monday the Turkmen State Border Service signed a contract worth 560 million manat (about $160 million) for the "
     "two vessels, a government statement said.",
     "2025-06-05", ("TUR", "TKM", "2025-06-02", ["fast patrol boats"], "560000000", "TMT")),
    ("BAKU (AP) — Azerbaijan is buying four Sikorsky S-70i helicopters from Poland's PZL Mielec, officials said.\n\n"
     "Azerbaijan's State Border Service signed a 250 million manat contract for the helicopters on Tuesday.",
     "2025-09-12", ("POL", "AZE", "2025-09-09", ["S-70i"], "250000000", "AZN")),
])
def test_a_body_contract_signed_by_the_buyer_alone_takes_the_leads_seller(text, published, expected):
    (deal,) = extract(text, published=published).events
    assert (deal.seller.code, deal.buyer.code, deal.when.value, deal.items, str(deal.value.amount),
            deal.value.currency) == expected


def test_a_lead_dated_on_a_day_of_its_own_stays_apart():
    text = ("HANOI — Vietnam signed a contract with India for 12 fast patrol boats on 2 March.\n\n"
            "On Wednesday, Vietnam signed a second contract with India for four more patrol boats.")
    assert len([e for e in extract(text, published="2026-03-13").events if e.type == "export_deal"]) == 2


def test_a_purchase_in_progress_is_completed_by_the_signing_told_next() -> None:
    text = ("Saab's Gripen has found a new customer: the Colombian Air Force is buying 17 of the fighters. The "
            "contract was signed in Bogotá on Thursday, and it is valued at about $3.6 billion.")
    (deal,) = extract(text, published="2025-05-31").events
    assert (deal.status, str(deal.value.amount), deal.value.currency) == ("completed", "3600000000", "USD")
    # with no signing told, the purchase is still under way
    (deal,) = extract("The Colombian Air Force is buying 17 Gripen fighters from Saab, officials said.",
                                published="2025-05-31").events
    assert deal.status == "ongoing"


def test_it_is_worth_noting_is_no_value() -> None:
    text = "Poland bought 12 K9 howitzers from Hanwha on Monday. It is worth noting that the army wants 200 more, worth $2bn."
    (deal,) = extract(text, published="2025-11-05").events
    assert deal.value is None
