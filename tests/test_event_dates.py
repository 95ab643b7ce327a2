"""Which time an event takes when its own clause names none (issue 3, section 5).

An event takes the time of its clause; failing that, the date of the sentence it continues;
failing that, a reported event takes the publication date. These cases pin down what
"continues" means and what it must not reach.
"""

from __future__ import annotations

import pytest

from defevents import extract


def _events(text: str, published: str = "2025-06-12") -> list[tuple[str, list[str], str | None, str]]:
    return [(e.type, sorted(e.codes), e.when.value if e.when else None, e.status)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize(("text", "kind", "date"), [
    # a sentence led by the surname of someone named in the sentence before continues its scene
    ("Japanese Prime Minister Shigeru Ishiba received Philippine President Ferdinand Marcos Jr. in Tokyo on "
     "Wednesday. Ishiba and Marcos agreed to deepen security ties.", "agreement", "2025-06-11"),
    ("German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on 3 June. Merz and "
     "Macron signed a joint declaration on air defence.", "agreement", "2025-06-03"),
    ("Indian Defence Minister Rajnath Singh arrived in Canberra on Tuesday. Singh and Australian Defence Minister "
     "Richard Marles signed a memorandum on maritime surveillance.", "agreement", "2025-06-10"),
    # "After the talks", "At the end of the meeting": the day of the meeting just told
    ("Indian and Vietnamese defence ministers held talks in Hanoi on Monday. After the talks, the two sides "
     "signed a memorandum on military medicine.", "agreement", "2025-06-09"),
    ("Finnish President Alexander Stubb met Polish President Karol Nawrocki in Helsinki on 2 June. At the end of "
     "the meeting, the two leaders signed a declaration on Baltic security.", "agreement", "2025-06-02"),
    ("Chile's defence minister received her Peruvian counterpart in Santiago on Tuesday. Following their "
     "bilateral talks, Chile and Peru signed a pact on border surveillance.", "agreement", "2025-06-10"),
    # "On the same occasion", "On that occasion", "At the same ceremony": the scene just told
    ("Slovak Defence Minister Robert Kaliňák received his Hungarian counterpart in Bratislava on Monday. On the same "
     "occasion, the two ministers signed a memorandum on airspace protection.", "agreement", "2025-06-09"),
    ("Ghana's defence minister hosted his Togolese counterpart in Accra on Tuesday. At the same ceremony, Ghana and "
     "Togo signed an agreement on joint border patrols.", "agreement", "2025-06-10"),
    ("The chiefs of the Thai and Cambodian armies met at the border on 2 June. On that occasion they agreed "
     "to set up a joint military hotline.", "agreement", "2025-06-02"),
    # "He", "They", "The two leaders": as before
    ("Brazilian President Lula received Chilean President Gabriel Boric in Brasília on Monday. They agreed to "
     "expand military cooperation in Antarctica.", "agreement", "2025-06-09"),
    # the report of what was just told, and the day of the signing just told
    ("Kenya's defence cabinet secretary held talks with his Ugandan counterpart in Nairobi on Tuesday. According to a "
     "statement issued by the ministry, border security was discussed. Later, the two sides signed a memorandum on "
     "military training.", "agreement", "2025-06-10"),
    ("Hanwha Aerospace signed a contract with Estonia in Tallinn on Wednesday for 12 K9 howitzers. On the day of the "
     "signing, South Korea's defence minister held a video call with his Estonian counterpart. The two sides agreed to set up a joint working group on "
     "logistics.", "agreement", "2025-06-11"),
    # "During the call": the day of the courtesy call just told
    ("The ship's commander paid a courtesy call on Samoa's Prime Minister at his office on Tuesday. During the call, "
     "Samoa and France signed a letter of intent on maritime surveillance.", "agreement", "2025-06-10"),
    # "Before the talks": the same day; "The day after the audience": the next one
    ("The defence ministers of Austria and the Netherlands met in Vienna on Monday. Before the talks, the Austrian "
     "ministry signed a contract with Embraer for four C-390 aircraft.", "export_deal", "2025-06-09"),
    ("Senegal's defence minister received the Turkish ambassador in Dakar on Friday. The day after the audience, the "
     "Senegalese army took delivery of 20 Ejder Yalçın armoured vehicles from Turkey's Nurol Makina.", "export_deal",
     "2025-06-07"),
    ("Senegal's defence minister received the Turkish ambassador in Dakar on Friday. The day before the audience, the "
     "Senegalese army took delivery of 20 Ejder Yalçın armoured vehicles from Turkey's Nurol Makina.", "export_deal",
     "2025-06-05"),
    # the far end of a range still to come is no day to carry
    ("Colombia signed today in Bogotá a contract with Sweden for 17 Gripen fighters, to be paid between 2026 and 2032. "
     "Before the ceremony, Colombia's defence minister met his Swedish counterpart.", "meeting", "2025-06-12"),
    # a day before a commitment is the day it was made
    ("Meeting in Vilnius on Monday, the Lithuanian and Polish defence ministers agreed to extend their joint air "
     "defence exercises.", "agreement", "2025-06-09"),
])
def test_a_continuing_sentence_takes_the_date_of_the_one_before(text, kind, date):
    found = [e for e in _events(text) if e[0] == kind]
    assert found, _events(text)
    assert found[-1][2] == date


@pytest.mark.parametrize("text", [
    "Swedish Defence Minister Pål Jonson visited Kyiv on Monday. Jonson will meet Polish Defence Minister "
    "Wladyslaw Kosiniak-Kamysz in Warsaw.",
    "Swedish Defence Minister Pål Jonson visited Kyiv on Monday. He is due to meet Polish Defence Minister "
    "Wladyslaw Kosiniak-Kamysz in Warsaw.",
])
def test_a_plan_does_not_take_the_past_date_of_the_sentence_before(text):
    # the meeting in Warsaw is not Monday's; with no time of its own, it is an intention and no event
    assert [e for e in _events(text) if e[0] == "meeting" and e[1] == ["POL", "SWE"]] == []


@pytest.mark.parametrize(("text", "date"), [
    ("Ghana is preparing to host the ECOWAS chiefs of defence staff meeting in March.", "2026-03"),
    ("Samoa is preparing to host the Pacific defence ministers' meeting in October.", "2025-10"),
    ("Kenya will host the EAC defence ministers' meeting in Nairobi in January.", "2026-01"),
])
def test_a_planned_meeting_in_a_bare_month_is_the_next_such_month(text, date):
    [meeting] = [e for e in _events(text, "2025-04-09") if e[0] == "meeting"]
    assert meeting[2:] == (date, "planned")


def test_a_surname_elsewhere_in_the_sentence_does_not_make_it_a_continuation():
    # the sentence opens with another subject: it states a new event, dated by publication
    text = ("Estonian Defence Minister Hanno Pevkur visited Riga on Monday. Latvia and Lithuania signed a pact on "
            "border surveillance, Pevkur said.")
    pact = [e for e in _events(text) if e[0] == "agreement"]
    assert pact and pact[0][1] == ["LTU", "LVA"]
    assert pact[0][2] == "2025-06-12"


def test_a_surname_of_someone_named_two_sentences_back_is_not_a_continuation():
    # (a meeting of the two signers would date the memorandum: see tests/test_told_again.py)
    text = ("Finnish Defence Minister Antti Häkkänen addressed a security conference in Oslo on Monday. "
            "Norway plans to buy more CV90 vehicles. "
            "Häkkänen and Norwegian Defence Minister Tore Sandvik signed a memorandum on Arctic logistics.")
    pact = [e for e in _events(text) if e[0] == "agreement"]
    assert pact and pact[0][1] == ["FIN", "NOR"]
    assert pact[0][2] == "2025-06-12"


@pytest.mark.parametrize(("text", "date", "status"), [
    # "for 2026", "covering 2026-2028": the period of what was agreed, never the date of the signing
    ("Hungary and Serbia signed a military cooperation programme for 2026 in Belgrade on Tuesday.", "2025-06-10",
     "completed"),
    ("Greece and Cyprus signed a defence cooperation plan covering 2026-2028, the ministries said.", "2025-06-12",
     "completed"),
    ("Poland signed a contract with Hanwha for 2027 deliveries of K9 howitzers.", "2025-06-12", "completed"),
    # the years in a plan's title or before its noun
    ("Portugal and Angola signed the Framework Programme for Defence Cooperation 2026–2029, the ministry said.",
     "2025-06-12", "completed"),
    ("Georgia and Azerbaijan signed the 2026 program of bilateral military cooperation, the ministry said.", "2025-06-12",
     "completed"),
    ("Lithuania and Latvia signed the 2026 defence cooperation plan, the ministries said.", "2025-06-12", "completed"),
    # the period a count of times covers is not the day: "for the second time this year, on Tuesday"
    ("Kenya's and Uganda's army chiefs met for the second time this year, on Tuesday in Kampala, to review border "
     "security.", "2025-06-10", "completed"),
    # (but "for the first time in July" is July)
    ("Japan will send F-35A fighters to the Pitch Black exercise in Darwin for the first time in July.", "2025-07",
     "planned"),
    # "scheduled for next month" is the event's own date
    ("Japan's defence minister is scheduled to visit the Philippines, with talks planned for July.", "2025-07",
     "planned"),
])
def test_the_period_of_an_agreement_is_not_its_date(text, date, status):
    found = _events(text)
    assert found and (found[0][2], found[0][3]) == (date, status), found


@pytest.mark.parametrize(("text", "kind"), [
    # a habitual word that is part of a name is no habit
    ("Greece and Cyprus signed the Annual Defence Cooperation Programme in Nicosia.", "agreement"),
    ("Japan and Australia held the Regular Ministerial Consultations in Tokyo on Monday.", "meeting"),
])
def test_a_habitual_word_inside_a_name(text, kind):
    assert kind in [e[0] for e in _events(text)]


def test_a_habitual_word_outside_a_name_still_vetoes():
    assert not _events("Annual exercises bring British troops to Estonia every spring.")


def test_a_date_carries_through_a_chain_of_continuing_sentences():
    """ "met ... on Monday. The ministers discussed ... The ministers also signed ...": Monday."""
    text = ("Romanian Defence Minister Angel Tîlvăr met Moldovan Defence Minister Anatolie Nosatîi in Bucharest on "
            "Monday. The ministers discussed air defence and border security. The ministers also signed a memorandum "
            "on military education between the two countries.")
    [agreement] = [e for e in _events(text) if e[0] == "agreement"]
    assert agreement[1:3] == (["MDA", "ROU"], "2025-06-09")


def test_a_chain_stops_at_a_sentence_that_does_not_continue():
    text = ("Romanian Defence Minister Angel Tîlvăr opened a cyber defence centre in Bucharest on Monday. "
            "Inflation in Romania and Moldova remains high. Tîlvăr and Moldovan Defence Minister Anatolie Nosatîi "
            "also signed a memorandum on military education.")
    [agreement] = [e for e in _events(text) if e[0] == "agreement"]
    assert agreement[2] == "2025-06-12"  # the publication date: no date reaches it


def test_words_agreed_and_a_text_signed_the_same_day_are_two_agreements():
    text = ("Thai Defence Minister Sutin Klungsang held talks with his Malaysian counterpart in Bangkok on Tuesday. "
            "The two ministers agreed to expand joint border patrols. The two ministers also witnessed the signing of "
            "a memorandum of understanding on military medicine.")
    agreements = [e for e in _events(text) if e[0] == "agreement"]
    assert len(agreements) == 2, agreements
    assert {e[2] for e in agreements} == {"2025-06-10"}


@pytest.mark.parametrize(("text", "kind", "date"), [
    # a "who" or "which" clause between the subject and its verb dates something else
    ("Brigadier General Ana Ruiz, who took command of the Spanish contingent in March, called on the Lebanese "
     "army commander in Beirut on Monday.", "meeting", "2025-06-09"),
    ("Vice Admiral Lars Holm, who became Denmark's naval chief in 2023, met his Norwegian counterpart in "
     "Bergen on Tuesday.", "meeting", "2025-06-10"),
    ("Peruvian Rear Admiral Ana Torres, whose ships joined the exercise in 2024, met the Chilean navy chief in "
     "Valparaíso on Tuesday.", "meeting", "2025-06-10"),
])
def test_a_time_inside_a_relative_clause_is_not_the_events(text, kind, date):
    found = [e for e in _events(text) if e[0] == kind]
    assert found and found[0][2] == date, found


@pytest.mark.parametrize(("text", "kind", "date", "status"), [
    # "the first ... since <time>": the start of the span the event ends, not its date
    ("On 3 June, Ghana's defence minister held talks in Lomé with his Togolese counterpart, the first ministerial "
     "meeting between the two neighbours since the border crisis of 2021.", "meeting", "2025-06-03", "completed"),
    ("Peru's defence minister visited Santiago on Monday, the first such visit since 2019.", "meeting", "2025-06-09",
     "completed"),
    ("Poland has signed its largest arms order since 2010 with South Korea, the ministry said on Thursday.",
     "export_deal", "2025-06-12", "completed"),
    ("The defence ministers of Spain and Portugal signed a memorandum on cyber defence, the first since 2018.",
     "agreement", "2025-06-12", "completed"),
    # a deployment's "since" is its start, and tells a presence that goes on
    ("Ghana has kept 300 troops in Mali since 2014.", "deployment", "2014", "ongoing"),
])
def test_a_time_after_since_does_not_date_a_meeting_an_agreement_or_a_deal(text, kind, date, status):
    found = [(e[0], e[2], e[3]) for e in _events(text) if e[0] == kind]
    assert found == [(kind, date, status)]


@pytest.mark.parametrize(("text", "published", "kind", "date"), [
    # an item filed the day before it is published: "today" is the dateline's day
    ("Luanda, 06 Feb 2025 (Lusa) – Brazil's Defence Minister, José Múcio, was received today by Angolan Defence Minister "
     "João Ernesto dos Santos at his ministry in Luanda.", "2025-02-07", "meeting", "2025-02-06"),
    # a release's own date is when it was written; the signing it tells again is dated by the retelling
    ("Kiel, 12 May 2026 – TKMS has signed a contract with the Egyptian Navy for two MEKO A-200 frigates, worth around "
     "EUR 1.1 billion.\n\nThe contract was signed in Cairo on 8 May, with Germany's ambassador attending.",
     "2026-05-12", "export_deal", "2026-05-08"),
    # a report dated by the day it was given, then the signing's own day told again
    ("SEOUL, May 15 (Yonhap) -- Hanwha Aerospace Co. said Friday it has signed a deal with Vietnam's defence ministry to "
     "export 20 K9 howitzers.\n\nThe contract was signed in Hanoi on Thursday by company officials. It is the largest "
     "export deal in the company's history.", "2026-05-15", "export_deal", "2026-05-14"),
])
def test_a_dateline_dates_the_writing_not_the_act(text, published, kind, date):
    assert (kind, date) in {(k, d) for k, _, d, _ in _events(text, published)}


@pytest.mark.parametrize(("text", "kind", "date"), [
    # "on the <Nth>": the day of the month in play, read by the clause's tense
    ("NAIROBI — Kenya's defence ministry signed a contract with Turkey's Baykar on the 3rd for six "
     "TB2 drones worth about $51 million, officials said.", "export_deal", "2025-06-03"),
    ("The Hungarian defence minister received his Slovenian counterpart in Budapest on the 10th, and the "
     "two signed a memorandum on joint air policing.", "meeting", "2025-06-10"),
    # the 27th has not come yet this month: a past-tense signing is last month's
    ("Vietnam and the Philippines signed a memorandum on coast guard cooperation on the 27th, the foreign "
     "ministry in Hanoi said.", "agreement", "2025-05-27"),
])
def test_a_day_of_the_month_alone_dates_the_event(text, kind, date):
    found = [e for e in _events(text) if e[0] == kind]
    assert found, _events(text)
    assert found[0][2] == date


def test_a_sentence_about_the_memorandum_keeps_the_chain_of_dates():
    # "The MoU was signed by ..." continues the signing's scene: the contract "at the same ceremony" takes its day
    text = ("Kenya and Tanzania signed a Memorandum of Understanding on Maritime Security at the Ministry of Defence in "
            "Nairobi on Tuesday. The MoU was signed by the two principal secretaries of defence. At the same ceremony, the "
            "Spanish company Navantia signed a contract with the Kenya Navy for two patrol boats, worth KSh 4 billion.")
    deals = [e for e in _events(text, published="2025-06-12") if e[0] == "export_deal"]
    assert deals and deals[0][2] == "2025-06-10", _events(text, published="2025-06-12")


@pytest.mark.parametrize("opening", ["The signing crowned", "The ceremony closed"])
def test_a_sentence_led_by_the_signing_or_the_ceremony_carries_the_day_told_before(opening):
    text = ("SANTO DOMINGO – Spain's Astilleros Armón will build two patrol boats for the Dominican Navy under a contract "
            f"signed on Monday. {opening} a day of meetings in which the Dominican defence minister and Spain's secretary "
            "of state for defence reviewed cooperation. Afterwards the two officials signed a memorandum of understanding "
            "on military education.")
    agreements = [e for e in _events(text, published="2025-10-01") if e[0] == "agreement"]
    assert agreements and agreements[0][2] == "2025-09-29", _events(text, published="2025-10-01")


@pytest.mark.parametrize("middle", [
    # "In their talks, ...": the talks just told
    "In their talks, which lasted about an hour, the two discussed counter-terrorism training.",
    # an explainer's question between the scene and its answer
    "So what did they agree?",
])
def test_the_talks_or_a_question_between_the_scene_and_the_signing_pass_its_day_on(middle):
    # (a scene that is no meeting of its own: the guest at the ministry)
    text = ("JAKARTA – Indonesian Defence Minister Sjafrie Sjamsoeddin's guest at the ministry on Tuesday was the chief of "
            f"the Jordan Armed Forces, who arrived in Jakarta at the head of a military delegation. {middle} The two then "
            "put pen to paper on a defence cooperation arrangement.")
    agreements = [e for e in _events(text, published="2025-10-23") if e[0] == "agreement"]
    assert agreements and agreements[0][2] == "2025-10-21", _events(text, published="2025-10-23")


def test_a_sentence_that_does_not_continue_the_scene_takes_no_day_from_it():
    text = ("SANTO DOMINGO – Spain's Astilleros Armón will build two patrol boats for the Dominican Navy under a contract "
            "signed on Monday. Opposition legislators asked for the contract to be made public. The Dominican Republic "
            "and Spain have signed a memorandum of understanding on military education.")
    agreements = [e for e in _events(text, published="2025-10-01") if e[0] == "agreement"]
    assert agreements and agreements[0][2] != "2025-09-29", _events(text, published="2025-10-01")


@pytest.mark.parametrize(("text", "published", "date", "first", "last"), [
    # a week dates an event by its ISO week, as TIMEX3 writes it, also when it runs across two months
    ("Damen Shipyards signed a contract last week with the Omani Navy for two patrol vessels.", "2025-09-22",
     "2025-W38", "2025-09-15", "2025-09-21"),
    ("Kenya and Tanzania signed a memorandum on maritime security last week.", "2025-10-01",
     "2025-W39", "2025-09-22", "2025-09-28"),
    ("Last week Bulgaria's navy closed a €74 million contract with the Italian shipbuilder Intermarine for a coastal minehunter.",
     "2026-09-10", "2026-W36", "2026-08-31", "2026-09-06"),
])
def test_an_event_told_by_its_week_is_dated_by_the_week(text, published, date, first, last):
    [event] = extract(text, published=published).events
    assert event.when is not None and event.when.value == date and event.when.grain == "week"
    assert (event.when.start.isoformat(), event.when.end.isoformat()) == (first, last)


def test_an_anchor_does_not_take_a_time_still_to_come_for_an_act_told_in_the_past():
    # "Alongside the contract" anchors the memorandum on the contract's day, not on the delivery year told between
    text = ("The Estonian Defence Ministry signed a contract with the Korean company Hanwha for six K9 howitzers in Tallinn on "
            "Tuesday. The howitzers will be delivered from 2027. Alongside the contract, the Estonian and Korean defence "
            "ministries signed a memorandum on spare parts.")
    found = [e for e in _events(text, published="2026-04-10") if e[0] == "agreement"]
    assert found and found[0][2] == "2026-04-07" and found[0][3] == "completed", _events(text, published="2026-04-10")


@pytest.mark.parametrize(("value", "gold", "inside"), [
    ("2025-W41-WE", "2025-10", True),      # the weekend of 11-12 October 2025
    ("2025-W41-WE", "2025-10-11", False),  # two days are not one
    ("2025-W44", "2025-10", False),        # 27 October - 2 November straddles two months
    ("2025-W41", "2025-10", True),
])
def test_gold_reads_iso_weeks_and_weekends(value, gold, inside):
    """The gold matcher reads the TIMEX3 week values the resolver writes."""
    from tests.gold import date_within

    assert date_within(value, gold) is inside


def test_a_sale_takes_the_date_of_the_talks_through_a_sentence_that_points_back_at_them():
    """ "... held talks on Sunday. Among the documents signed at the end of the talks was a memorandum. The order,
    valued at ..., covers ...": the order is dated by the talks, through the sentence about what was signed there."""
    text = ("DAKAR — Senegal's armed forces minister received his Turkish counterpart in Dakar on Sunday for talks on "
            "maritime security. Among the documents signed at the end of the talks was a memorandum on naval training. "
            "The order, valued at XOF 90 billion, covers four patrol boats from Dearsan Shipyard.")
    [sale] = [e for e in _events(text, published="2025-06-12") if e[0] == "export_deal"]
    assert sale[1:3] == (["SEN", "TUR"], "2025-06-08")


def test_a_plan_or_a_presence_does_not_take_the_date_of_the_talks_through_such_a_sentence():
    """Only a sale told after the scene passes through it: a presence keeps no date of the talks."""
    text = ("Bahraini and British ministers met in Manama on Monday. Following the meeting, the two sides signed a "
            "memorandum on training. The visit included a tour of the Royal Navy's base at Mina Salman, which keeps "
            "500 British sailors in the Kingdom.")
    assert all(e[2] != "2025-06-09" for e in _events(text) if e[0] == "deployment")


def test_a_meeting_told_again_with_its_day_narrows_the_week_of_the_lead():
    """A lead's "talks this week between ..." and the body's "The talks ... took place on Monday" are one meeting,
    dated by the day."""
    text = ("Ghana and Burkina Faso have agreed to step up joint patrols on their border, following talks in Accra this "
            "week between the two defence ministries. The talks, the first since 2019, took place on Monday at the "
            "ministry.")
    meetings = [e for e in _events(text, published="2025-06-12") if e[0] == "meeting"]
    assert meetings == [("meeting", ["BFA", "GHA"], "2025-06-09", "completed")]


@pytest.mark.parametrize(("text", "published", "day"), [
    # the talks a signing "followed" end with it: the signing's day
    ("Uganda and South Sudan signed a protocol on border patrols on Tuesday. The signing followed three days of talks "
     "between Uganda's defence minister and his South Sudanese counterpart in Kampala.", "2025-06-12", "2025-06-10"),
    ("Late last month Chile and Argentina signed an accord on Antarctic logistics. The signing ceremony capped a week "
     "of talks between the Chilean and Argentine defence ministries.", "2025-07-09", "2025-06"),
])
def test_talks_a_signing_followed_take_the_signings_date(text, published, day):
    meetings = [e for e in _events(text, published=published) if e[0] == "meeting"]
    assert [m[2] for m in meetings] == [day]


def test_talks_not_told_as_what_a_signing_followed_keep_their_own_date():
    text = ("Uganda and South Sudan signed a protocol on border patrols on Tuesday. Talks between Uganda's defence "
            "minister and his South Sudanese counterpart will follow next month in Kampala.")
    meetings = [e for e in _events(text, published="2025-06-12") if e[0] == "meeting"]
    assert all(m[2] != "2025-06-10" for m in meetings)


@pytest.mark.parametrize(("text", "day"), [
    # a reception dated only by the report, its day told in a relative on its parties in the next sentence
    ("Jordan's army chief received Lebanon's army commander, who is in Amman on an official visit. The two generals, "
     "whose talks on Tuesday lasted three hours, reviewed border security.", "2025-06-10"),
    ("Oman's chief of staff received the Pakistani naval chief at Muscat. The two chiefs of staff, whose meeting on "
     "Monday ran into the evening, discussed maritime patrols.", "2025-06-09"),
])
def test_a_reception_takes_the_day_of_whose_talks_on_the_next_sentence(text, day):
    meetings = [e for e in _events(text, published="2025-06-12") if e[0] == "meeting"]
    assert [m[2] for m in meetings] == [day]


def test_whose_talks_to_come_do_not_date_a_reception_before_them():
    text = ("Jordan's army chief received Lebanon's army commander, who is in Amman on an official visit. The two generals, "
            "whose talks next week will cover border security, also toured the academy.")
    meetings = [e for e in _events(text, published="2025-06-12") if e[0] == "meeting"]
    assert meetings and all(m[2] == "2025-06-12" for m in meetings)


def test_a_ship_leaving_the_port_it_called_at_ends_that_call():
    """The departure from the port of a call just told is the call's end, not a deployment of its own."""
    text = ("MAPUTO – The Indian Navy frigate INS Trikand arrived in Maputo on Friday for a three-day port call. "
            "INS Trikand leaves Maputo on Monday after exercises with the Mozambican navy.")
    deployments = [e for e in _events(text, published="2025-06-14") if e[0] == "deployment"]
    assert deployments == [("deployment", ["IND", "MOZ"], "2025-06-13", "completed")]


def test_a_ship_leaving_for_another_port_is_not_folded_into_the_call():
    text = ("The Indian Navy frigate INS Trikand arrived in Maputo on Friday for a three-day port call. "
            "The frigate then sailed from Mumbai for Durban on Monday with a second ship.")
    deployments = [e for e in _events(text, published="2025-06-18") if e[0] == "deployment"]
    assert ("deployment", ["IND", "MOZ"], "2025-06-13", "completed") in deployments
    assert any(d[1] == ["IND", "ZAF"] for d in deployments)  # the onward voyage stays its own deployment


@pytest.mark.parametrize("text", [
    # a dateline's day with no year anywhere in the text: when the item was written, not when the visit was
    "RIGA, 14 March /LETA/ – Latvia and Lithuania will train together after the visit to Riga of a Lithuanian "
    "delegation led by the Minister of Defence. On Wednesday in Riga the Latvian Minister of Defence held talks with "
    "his Lithuanian counterpart.",
    "VILNIUS, March 14 (BNS) – Latvia and Lithuania will train together after the visit to Riga of a Lithuanian "
    "delegation led by the Minister of Defence. On Wednesday in Riga the Latvian Minister of Defence held talks with "
    "his Lithuanian counterpart.",
])
def test_a_dateline_day_without_a_year_does_not_date_the_lead(text):
    meetings = [e for e in _events(text, published="2025-03-14") if e[0] == "meeting"]
    assert meetings == [("meeting", ["LTU", "LVA"], "2025-03-12", "completed")]


# ---------------------------------------------------------------- ranges of days
@pytest.mark.parametrize(("text", "published", "kind", "start", "end"), [
    ("Colombia's defence minister is on an official visit to Lima from 3 to 5 June for talks on river "
     "patrols with his Peruvian counterpart.", "2025-06-04", "meeting", "2025-06-03", "2025-06-05"),
    ("The Norwegian frigate Fridtjof Nansen called at Cape Town from March 10 to 13, 2026, the South African "
     "Navy said.", "2026-03-20", "deployment", "2026-03-10", "2026-03-13"),
    ("Ministers of the Nordic states met in Reykjavík on 9–10 April to discuss Arctic air policing.",
     "2026-04-14", "meeting", "2026-04-09", "2026-04-10"),
])
def test_an_event_dated_by_a_range_of_days_takes_the_whole_range(text, published, kind, start, end):
    [e] = [e for e in extract(text, published=published).events if e.type == kind]
    assert (e.when.value, e.when.grain, e.when.mod) == (start[:7], "month", None)
    assert (e.when.start.isoformat(), e.when.end.isoformat()) == (start, end)
    assert text[e.when.span.start:e.when.span.end] == e.when.span.text == e.when.text


def test_a_range_across_two_months_keeps_the_day_it_is_told_by():
    text = ("A Brazilian Navy task group called at Walvis Bay from 30 September to 2 October, Namibia's "
            "defence ministry said.")
    [e] = extract(text, published="2025-10-08").events
    assert e.when.grain == "day" and e.when.value in ("2025-09-30", "2025-10-02")


def test_talks_on_a_day_of_a_visit_told_by_its_range_are_that_visit():
    text = ("Kazakhstan's defence minister is on an official visit to Tashkent from 14 to 16 October. "
            "On Wednesday, he held talks with Uzbek Defence Minister Shukhrat Khalmukhamedov on air defence.")
    meetings = [e for e in extract(text, published="2025-10-16").events if e.type == "meeting"]
    assert [(sorted(e.codes), e.when.value) for e in meetings] == [(["KAZ", "UZB"], "2025-10-15")]


def test_meetings_on_two_days_apart_are_not_a_range():
    text = "The Greek and Cypriot defence ministers met in Nicosia on 9 and 12 December, officials said."
    [e] = [e for e in extract(text, published="2025-12-15").events if e.type == "meeting"]
    assert e.when.grain == "day" and e.when.mod is None
