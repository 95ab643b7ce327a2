"""defevents.timex: TimeML/TimeBank conventions in news phrasing, with their counterexamples.

Each case is (sentence, expected span text, expected value[, reference]). The reference is
Tuesday 20 January 2026 unless a case gives another one. Cases come in pairs where that helps:
the phrasing a convention covers, and a near miss it must leave alone. The sentences are
written for these tests (no corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from defevents.timex import find_times, scan_times

REF = date(2026, 1, 20)  # a Tuesday

# fmt: off
CASES: list[tuple] = [
    # --- "the last half/quarter of <year>" is the ordinal, "last quarter" the one before -------
    ("Exports are expected to slow in the last half of 2024.", "the last half of 2024", "2024-H2"),
    ("Deliveries slipped into the last quarter of last year.", "the last quarter of last year", "2025-Q4"),
    ("Orders fell in last year's last quarter.", "last year's last quarter", "2025-Q4"),
    ("Orders fell sharply last quarter.", "last quarter", "2025-Q4"),
    ("Orders fell sharply last quarter.", "last quarter", "2025-Q3", "2025-11-05"),
    # --- a news text that uses a deictic word is anchored on its date, not on its last year ------
    ("Rebels shelled the town on Monday. They first took it in March 2011, lost it in 1999 and "
     "again in Dec. 2014. The army said in November it would retake it.", "November", "2025-11"),
    # ... while a history without one anchors a year-less month on the last date it wrote
    ("The war began in March 1941. The army crossed the river in 1942 and again in 1943. "
     "In June, the offensive stalled.", "June", "1943-06"),
    # --- tense cues: the nearest cue on the left decides, present included; "where" opens a clause
    ("The navy said it is retiring all the remaining frigates on Dec. 7 under a plan approved by parliament.",
     "Dec. 7", "2025-12-07", "2025-10-30"),
    ("Officials say the fleet was grounded in February.", "February", "2025-02", "2025-10-30"),
    ("Aid groups hope she will bring money to Kenya, where the Aug. 7 bombing killed 200 people.",
     "Aug. 7", "2025-08-07", "2025-08-18"),
    ("Aid groups hope she will bring money to Kenya on Aug. 27.", "Aug. 27", "2025-08-27", "2025-08-18"),
    # modal "may", "might", "should" point forward; the month "May" does not; "could" is no cue
    ("The first convoy might reach the border on Friday.", "Friday", "2026-01-23"),
    ("The deal should be signed in October.", "October", "2025-10", "2025-06-05"),
    ("Troops may withdraw in March, the ministry said.", "March", "2026-03", "2025-11-05"),
    ("Ministers met in May and again in October.", "October", "2025-10", "2025-11-05"),
    ("Neither envoy could be reached on Wednesday.", "Wednesday", "2026-01-14"),
    # a reporting verb right after the date makes it the saying's; the reported clause is no cue
    ("Officials on Friday said the navy may send two frigates.", "Friday", "2026-01-16"),
    ("The convoy may reach the border on Friday, officials said.", "Friday", "2026-01-23"),
    # a past plan ("was set to", "had been due to") names the nearest day; a present one the next
    ("The ultimatum had been due to expire on Friday evening.", "Friday evening", "2026-01-16TEV", "2026-01-19"),
    ("The airliner was set to land in Chicago on Monday.", "Monday", "2026-01-19", "2026-01-19"),
    ("The airliner is set to land in Chicago on Monday.", "Monday", "2026-01-26", "2026-01-19"),
    # a two-digit year at a line end is not a bad day of the next line's month
    ("Shares hit their lowest level since '82\nOctober 27, 2025\nMarkets fell.", "'82", "1982"),
    ("Shares hit their lowest level since '82\nOctober 27, 2025\nMarkets fell.", "October 27, 2025", "2025-10-27"),
    # a written half is given in the next smaller unit (TimeBank); spelled "two and a half" keeps
    # the decimal the words give; a decimal stays a decimal; a fraction alone is no time
    ("The standoff lasted 3 1/2 hours before police moved in.", "3 1/2 hours", "PT3H30M"),
    ("The colonel served 4 1/2 years in a military prison.", "4 1/2 years", "P4Y6M"),
    ("The inquiry took a year and a half.", "a year and a half", "P1Y6M"),
    ("The launch was delayed by half an hour.", "half an hour", "PT30M"),
    ("The refit will take two and a half years.", "two and a half years", "P2.5Y"),
    ("The drill lasted 1.5 hours.", "1.5 hours", "PT1.5H"),
    # "a year earlier" keeps the day of the month it is anchored on, the 29th to 31st included
    ("For the quarter ended Sept. 30, the yard earned $3m, against $2m a year earlier.", "a year earlier", "2024-09-30"),
    ("The strike began on Feb. 29, 2024. A year later, talks resumed.", "A year later", "2025-02-28"),
    ("Net rose to $5m on March 3, from $4m a year earlier.", "a year earlier", "2024-03-03", "2025-04-01"),
    # "for the full year" is the year in play (a date); "lasted the whole year" and "a full year"
    # are amounts of time
    ("The group forecast higher sales for the full year.", "the full year", "2026"),
    ("It lost $2bn in the fourth quarter of 2025 and $7bn for the entire year.", "the entire year", "2025"),
    ("Exports were suspended for the entire year of 2019.", "the entire year", "2019"),
    ("The blockade lasted the whole year.", "the whole year", "P1Y"),
    ("The base was closed for a full year.", "a full year", "P1Y"),
    ("Negotiators talked for two full days.", "two full days", "P2D"),
    ("The ceasefire held for 61 years.", "61 years", "P61Y"),
    ("The yard in Gdansk delivers 12 corvettes a year.", "a year", "P1Y"),
    # the article of a counted amount is part of it ("the nine months ended June 30"), but not
    # the article of the thing an adjectival amount describes, nor of a name
    ("Arms exports rose 12% in the nine months ended June 30.", "the nine months", "P9M"),
    ("The three weeks of shelling left the port in ruins.", "The three weeks", "P3W"),
    ("Warsaw approved the two-year upgrade of its Leopard tanks.", "two-year", "P2Y"),
    ("Delegates arrived for the two day summit in Accra.", "two day", "P2D"),
    ("Historians still debate the Six Days campaign.", "Six Days", "P6D"),
    # an "-ed" adjective after an adverb ("a still unspecified date") is no past tense
    ("The bonus would be paid on a still unspecified date in March.", "March", "2026-03", "2025-10-26"),
    ("The bonus was paid in March.", "March", "2025-03", "2025-10-26"),
    ("The newly elected council would meet in March.", "March", "2026-03", "2025-10-26"),
    # "the third quarter of $226 million": the quarter, then the amount; "a quarter of the
    # troops" stays no time (see the counterexamples below)
    ("The yard posted a loss for the third quarter of $226 million.", "the third quarter", "2025-Q3", "2025-11-02"),
    ("The group reported a profit for the second half of C$40 million.", "the second half", "2025-H2", "2026-01-20"),
    # "last fall" followed by "in": the season; "the fall in prices" stays no time
    ("A sniper shot the officer last fall in his home.", "last fall", "2025-FA"),
    # a month after a determiner and before a noun is a date: "a June agreement"
    ("The rebels broke a June agreement with the government.", "June", "2025-06"),
    ("Its October offensive stalled near the river.", "October", "2025-10"),
    # a headline's weekday is not the weekday of the dateline below it; a comma may wrap a line
    ("Exchanges to stay shut until Friday\nSeptember 18, 2025\nThe bourse will stay closed.", "Friday", "2025-09-19", "2025-09-18"),
    ("Exchanges to stay shut until Friday\nSeptember 18, 2025\nThe bourse will stay closed.", "September 18, 2025", "2025-09-18", "2025-09-18"),
    ("Talks resumed on Friday,\nSeptember 12, 2025, in Geneva.", "Friday,\nSeptember 12, 2025", "2025-09-12", "2025-09-18"),
    ("Ministers met in Rome on Thursday\n11 September after the 2024 review.", "Thursday\n11 September", "2025-09-11", "2025-09-18"),
    # "until" is the date's own preposition, not a clause boundary; a past verb stretching
    # until a day reaches the nearest one
    ("The upgrade will be free to all users until September 30.", "September 30", "2025-09-30", "2025-07-17"),
    ("The ministry has kept the border closed until Friday.", "Friday", "2025-09-19", "2025-09-18"),
    ("The agency has given the families until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2026-01-20T09:00", "2026-01-19"),
    ("The ship stayed in port until Friday.", "Friday", "2026-01-16", "2026-01-19"),
    # "last <month> <day>" is one date, the latest such day before the reference; "next" the
    # first after it; "last <month>" alone stays a month
    ("The corvette was commissioned last Nov. 14 at Rosyth.", "last Nov. 14", "2025-11-14"),
    ("Seoul hosted the envoys last Jan. 25 and again in June.", "last Jan. 25", "2025-01-25"),
    ("Manila expects the patrol boats next March 4.", "next March 4", "2026-03-04"),
    ("Lisbon signed the lease last March.", "last March", "2025-03"),
    # "as soon as <day>" is the earliest time of something still to come; "as early as <day>"
    # too when the clause has no cue of its own, but a past verb keeps it past
    ("The envoys could land in Nairobi as early as Thursday.", "Thursday", "2026-01-22"),
    ("Parliament voted to reopen the crossing as soon as Friday.", "Friday", "2026-01-23"),
    ("The coast guard had been warned as early as Monday.", "Monday", "2026-01-19"),
    # a range of years before Christ is BC at both ends; "B.C" may lose its last full stop
    ("The Peloponnesian War (431–404 BC) drained Athens.", "431", "BC0431"),
    ("The Peloponnesian War (431–404 BC) drained Athens.", "404 BC", "BC0404"),
    ("Corinth was sacked in 146 B.C by a Roman army.", "146 B.C", "BC0146"),
    ("Corinth was sacked in 146 B.C. by a Roman army.", "146 B.C.", "BC0146"),
    # "over/in the past year", "in the last decade" after a period preposition: in news, the
    # calendar year or decade before the reference's; an object ("spent the past year"), a
    # count ("the past two years") and "the last year of <his term>" stay amounts of time
    ("Drone imports into Chile doubled over the past year.", "the past year", "2025"),
    ("Piracy off Benin has fallen sharply in the last year.", "the last year", "2024", "2025-06-11"),
    ("Vietnam's navy tripled its submarine fleet in the past decade.", "the past decade", "201", "2023-03-02"),
    ("The Baltic states spent more on air defence during the last decade than ever before.",
     "the last decade", "201", "2024-09-30"),
    ("Thales booked orders for the last year of A$1.2 billion.", "the last year", "2025"),
    ("The brigade spent the past year in Kosovo.", "the past year", "P1Y"),
    ("Arms sales to Peru rose in the past two years.", "the past two years", "P2Y"),
    ("The minister retired in the last year of his term.", "the last year", "P1Y"),
    ("The frigates were refitted in the last decade of the Cold War.", "the last decade", "P10Y"),
    # a postponement names a later day, whatever the tense of the verb; "until" after another
    # past verb stays the nearest day, and an adjective "delayed" is no postponement
    ("Judges in Nairobi adjourned the hearing until Monday.", "Monday", "2026-01-26", "2026-01-22"),
    ("The ministry postponed until Tuesday morning any ruling on the permit.", "Tuesday morning",
     "2026-01-27TMO", "2026-01-22"),
    ("Ankara extended the tender deadline to Nov. 20.", "Nov. 20", "2025-11-20", "2025-10-02"),
    ("The sea trials were pushed back to March.", "March", "2026-03"),
    ("Canberra has extended the loan through January.", "January", "2026-01", "2025-10-02"),
    ("The delayed tankers landed in Darwin on Monday.", "Monday", "2026-01-19", "2026-01-22"),
    ("The ministry has kept the port closed until Monday.", "Monday", "2026-01-19", "2026-01-22"),
    # "is/are to <verb>" is a plan (the next day); "was to" a past one (the nearest)
    ("The exchange in Manila is to reopen Tuesday.", "Tuesday", "2026-01-27", "2026-01-22"),
    ("Both fleets are to sail from Toulon on Monday.", "Monday", "2026-01-26", "2026-01-22"),
    ("The exchange in Manila was to reopen on Tuesday.", "Tuesday", "2026-01-20", "2026-01-22"),
    ("Nobody is to blame for the fire on Tuesday, the navy said.", "Tuesday", "2026-01-20", "2026-01-22"),
    # the second day of "<month> <day> and <day>" is a date of its own; a count after the
    # list is not ("April 24 and 25 soldiers")
    ("Defence ministers will meet in Tallinn on June 3 and 4.", "4", "2026-06-04"),
    ("Defence ministers will meet in Tallinn on June 3 and 4.", "June 3", "2026-06-03"),
    ("The drills ran on Sept. 8 or 9, 2024, near Gdynia.", "9, 2024", "2024-09-09"),
    # a clock hour "in the morning/afternoon/evening" or "at night" after a time preposition
    ("The convoy will leave Goma at 5 in the morning.", "5 in the morning", "2026-01-20T05:00"),
    ("Shelling resumed at 9:30 in the evening.", "9:30 in the evening", "2026-01-20T21:30"),
    ("Sirens sounded at 11 at night across Haifa.", "11 at night", "2026-01-20T23:00"),
    # a year glued to "pre-" / "post-" is a year, with the prefix as its signal
    ("Kyiv demands a return to the pre-2014 borders.", "2014", "2014"),
    ("The post-1991 order in the Caucasus is fraying.", "1991", "1991"),
    # a quoted sentence that opens with a deictic is no title
    ('The admiral said: "This week we sail for Oman."', "This week", "2026-W04"),
    # a hard wrap inside a planned clause: the weekday still reads forward (reference Tuesday 2026-01-20)
    ("The frigate HNLMS Tromp will sail from Den Helder on\nMonday to join a NATO group.", "Monday", "2026-01-26"),
    ("The minister will fly to Nairobi and meet the\nKenyan defence chief on Friday.", "Friday", "2026-01-23"),
    # a wrapped past clause stays past
    ("HNLMS Tromp sailed from Den Helder on\nMonday to join a NATO group.", "Monday", "2026-01-19"),
]
# fmt: on


def _case_id(case: tuple) -> str:
    return f"{case[1]}|{case[0][:40]}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_convention(case: tuple) -> None:
    """The expression is found with the expected grounded span and value."""
    sentence, text, value = case[:3]
    ref = date.fromisoformat(case[3]) if len(case) > 3 else REF
    times = find_times(sentence, reference=ref)
    hits = [t for t in times if t.text == text]
    assert hits, f"{text!r} not found in {[(t.text, t.value) for t in times]}"
    t = hits[-1]
    assert t.span is not None and sentence[t.span.start : t.span.end] == text
    assert t.value == value, [(x.text, x.value) for x in times]


def test_a_bare_fraction_is_no_time() -> None:
    """"1/2 point" and "rose 2 1/2 to 30" name no time."""
    assert find_times("The bonds rose 1/2 point to 98 1/2 on Friday.", reference=REF)[0].text == "Friday"
    assert find_times("Shares rose 2 1/2 to 30.", reference=REF) == []


@pytest.mark.parametrize("text", [
    "A quarter of the troops were withdrawn.",
    "The first half of the match was goalless.",
    "The fall in prices hit exporters.",
    "The fall of the city shocked the alliance.",
    "A May government would fall.",
    "Her March For Peace drew crowds.",
    # an age is no amount of time in TimeML news (TimeBank, AQUAINT, HeidelTime's rules)
    "General Okafor, 61 years old, takes command of the brigade.",
    "The 35-year-old submarine was scrapped.",
    "The harbour fort is 200 years older than the city walls.",
    # "about a quarter" after a count is a share, not a rate
    "The navy will retire 40, or about a quarter, of its patrol boats.",
    # a count after a listed day, a score in the morning session, a year glued to other words
    "Shares in the yard fell 4 in the morning session.",
    "The XR-1990 radar failed its trials.",
    # a stock index named by a number
    "Defence stocks dragged the Russell 2000 down 3% in Frankfurt trading.",
    # a programme's title in quotes is no time
    'The foreign minister told CBC\'s "This Week" that talks would go on.',
    'Rahman said on the BBC\'s "This Week In Asia" programme that the fleet was ready.',
])
def test_not_times(text: str) -> None:
    """Amounts ("a quarter of"), halves of a match, a decline named "fall", ages and shares
    ("about a quarter, of") are no times."""
    assert find_times(text, reference=REF) == []


def test_impossible_dates_still_dropped() -> None:
    """A day no month has is still left out, with a warning, when it sits on one line."""
    scan = scan_times("Troops crossed on 82 October 2025.", reference=REF)
    assert scan.times == [] and any("impossible" in w for w in scan.warnings)
