"""defevents.timex: time expressions in news phrasing, resolved against a fixed reference date.

Each case is (sentence, the span text expected, value, grain, mod, start, end[, reference]).
``start``/``end`` written as "=" mean "the full interval the value names" (computed by the
small independent helper ``_bounds`` below, not by the library). The reference is Tuesday
20 January 2026 unless a case says otherwise (Duckling style: one fixed "now").
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from defevents.timex import detect_reference, find_times, resolve_time, scan_times

REF = date(2026, 1, 20)  # a Tuesday, ISO week 4


def _bounds(value: str) -> tuple[date | None, date | None]:
    """First and last day named by a partial ISO value (independent of the library)."""
    if len(value) == 10:
        d = date.fromisoformat(value)
        return d, d
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        y, m = int(value[:4]), int(value[5:])
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    if len(value) == 4 and value.isdigit():
        y = int(value)
        return date(y, 1, 1), date(y, 12, 31)
    if len(value) == 3 and value.isdigit():
        y = int(value) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if len(value) == 2 and value.isdigit():
        y = int(value) * 100
        return date(y, 1, 1), date(y + 99, 12, 31)
    y = int(value[:4])
    tag = value[5:]
    if tag.startswith("Q"):
        q = int(tag[1])
        m0 = 3 * q - 2
        return date(y, m0, 1), date(y, m0 + 2, calendar.monthrange(y, m0 + 2)[1])
    if tag.startswith("H"):
        m0 = 1 if tag == "H1" else 7
        return date(y, m0, 1), date(y, m0 + 5, calendar.monthrange(y, m0 + 5)[1])
    if tag.startswith("W"):
        monday = date.fromisocalendar(y, int(tag[1:3]), 1)
        return monday, date.fromisocalendar(y, int(tag[1:3]), 7)
    seasons = {"SP": (y, 3, y, 5), "SU": (y, 6, y, 8), "FA": (y, 9, y, 11), "WI": (y, 12, y + 1, 2)}
    y0, m0, y1, m1 = seasons[tag]
    return date(y0, m0, 1), date(y1, m1, calendar.monthrange(y1, m1)[1])


def _d(s: str | None) -> date | None:
    return None if s is None else date.fromisoformat(s)


# fmt: off
CASES: list[tuple] = [
    # --- absolute dates -------------------------------------------------------------------
    ("The agreement was signed on 4 December 2025 in London.", "4 December 2025", "2025-12-04", "day", None, "=", "="),
    ("The agreement was signed on December 4, 2025, officials said.", "December 4, 2025", "2025-12-04", "day", None, "=", "="),
    ("Published 2025-12-04 by the Ministry of Defence.", "2025-12-04", "2025-12-04", "day", None, "=", "="),
    ("The contract, dated 4/12/2025, covers 26 helicopters.", "4/12/2025", "2025-12-04", "day", None, "=", "="),
    ("Deliveries began on 25/03/2024 at Yeovil.", "25/03/2024", "2024-03-25", "day", None, "=", "="),
    ("The order was confirmed 3/25/2024 in Washington.", "3/25/2024", "2024-03-25", "day", None, "=", "="),
    ("Ministers met on Dec. 4 in Brussels.", "Dec. 4", "2025-12-04", "day", None, "=", "="),
    ("The frigate was launched in March 2023 on the Clyde.", "March 2023", "2023-03", "month", None, "=", "="),
    ("The programme was cancelled in 2023.", "2023", "2023", "year", None, "=", "="),
    ("The base has hosted US bombers since the crisis of 1998.", "1998", "1998", "year", None, "=", "="),
    ("Troops first deployed there in 1998, the report said.", "1998", "1998", "year", None, "=", "="),
    ("The treaty was signed on the 12th of March, 2025.", "the 12th of March, 2025", "2025-03-12", "day", None, "=", "="),
    ("The drills ran on Wednesday, March 12, 2025, near Gdansk.", "Wednesday, March 12, 2025", "2025-03-12", "day", None, "=", "="),
    ("The corvette entered service on 1 July 2019.", "1 July 2019", "2019-07-01", "day", None, "=", "="),
    ("Poland ordered the tanks in July 2022.", "July 2022", "2022-07", "month", None, "=", "="),
    ("The deal was first reported in Sept. 2021.", "Sept. 2021", "2021-09", "month", None, "=", "="),
    ("The review, published in May 2024, urged more spending.", "May 2024", "2024-05", "month", None, "=", "="),
    ("It was the largest exercise since October of 2018.", "October of 2018", "2018-10", "month", "ON_OR_AFTER", "2018-10-01", None),
    ("The summit was held on 9 and 10 July 2024 in Washington.", "9", "2024-07-09", "day", "ON_OR_AFTER", "2024-07-09", None),
    ("The summit was held on 9 and 10 July 2024 in Washington.", "10 July 2024", "2024-07-10", "day", "ON_OR_BEFORE", None, "2024-07-10"),
    ("2025's budget added £2bn for munitions.", "2025", "2025", "year", None, "=", "="),
    ("Sales rose in 1987, the company said.", "1987", "1987", "year", None, "=", "="),
    ("The alliance was founded in 1949.", "1949", "1949", "year", None, "=", "="),
    ("The fort was built in 1777 by the British.", "1777", "1777", "year", None, "=", "="),
    ("Athens defeated Persia at Marathon in 490 BC.", "490 BC", "BC0490", "year", None, None, None),
    ("Deliveries are due in Q3 2025.", "Q3 2025", "2025-Q3", "quarter", None, "=", "="),
    ("Revenue fell in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3", "quarter", None, "=", "="),
    ("The ministry plans to sign in the first half of 2026.", "the first half of 2026", "2026-H1", "half", None, "=", "="),
    ("Budget documents for fiscal 2025 show the increase.", "fiscal 2025", "2025", "year", None, "=", "="),
    ("The FY2025 request includes 68 F-35s.", "FY2025", "2025", "year", None, "=", "="),
    ("The fiscal year 2024 budget was passed late.", "The fiscal year 2024", "2024", "year", None, "=", "="),
    ("The force was built up during the 1990s.", "the 1990s", "199", "decade", None, "=", "="),
    ("Tank warfare dominated the 20th century.", "the 20th century", "19", "century", None, "=", "="),
    ("The doctrine is a product of the twenty-first century.", "the twenty-first century", "20", "century", None, "=", "="),
    ("The aircraft first flew in summer 2024.", "summer 2024", "2024-SU", "season", None, "=", "="),
    ("Fighting intensified in the winter of 2022.", "the winter of 2022", "2022-WI", "season", None, "2022-12-01", "2023-02-28"),
    ("The two navies exercised together at Christmas 2024.", "Christmas 2024", "2024-12-25", "day", None, "=", "="),
    ("The vote is set for 2025-03 at the earliest.", "2025-03", "2025-03", "month", None, "=", "="),
    ("Crews trained in the '90s alongside US units.", "the '90s", "199", "decade", None, "=", "="),
    ("The system was fielded in the late 1980s.", "the late 1980s", "198", "decade", "END", "1987-01-01", "1989-12-31"),
    # --- day and month without a year, by tense -------------------------------------------
    ("The minister said on 12 March that the deal was done.", "12 March", "2025-03-12", "day", None, "=", "=", "2025-03-24"),
    ("The minister will visit Warsaw on 12 March.", "12 March", "2026-03-12", "day", None, "=", "=", "2025-03-24"),
    ("The exercise ended on 30 November, the army said.", "30 November", "2025-11-30", "day", None, "=", "="),
    ("The summit will open on 7 July in Vilnius.", "7 July", "2026-07-07", "day", None, "=", "="),
    ("Talks were held on March 3 in Geneva.", "March 3", "2025-03-03", "day", None, "=", "="),
    ("Ministers met in October to discuss the plan.", "October", "2025-10", "month", None, "=", "="),
    ("The ships will arrive in March, the navy said.", "March", "2026-03", "month", None, "=", "="),
    ("The offer, announced Monday, is payable Jan. 28.", "Jan. 28", "2026-01-28", "day", None, "=", "="),
    ("Results for December were released on Friday.", "December", "2025-12", "month", None, "=", "="),
    ("The brigade was formed in early December.", "early December", "2025-12", "month", "START", "2025-12-01", "2025-12-10"),
    ("The sale was approved in mid-March.", "mid-March", "2025-03", "month", "MID", "2025-03-11", "2025-03-20"),
    ("Deliveries will start at the end of March.", "the end of March", "2026-03", "month", "END", "2026-03-21", "2026-03-31"),
    # --- a day of the month alone: the month in play ---------------------------------------
    ("The navy took delivery of the corvette on the 9th, a spokesman said.", "the 9th", "2026-01-09", "day", None, "=", "="),
    ("Abuja signed the contract on the 28th, when the minister was in Ankara.", "the 28th", "2025-12-28", "day", None, "=", "="),
    ("The cabinet is due to approve the purchase on the 26th.", "the 26th", "2026-01-26", "day", None, "=", "="),
    ("The two sides will sign on the 3rd of next month.", "the 3rd of next month", "2026-02-03", "day", None, "=", "="),
    ("Bids closed on the 2nd of last month.", "the 2nd of last month", "2025-12-02", "day", None, "=", "="),
    ("Talks opened on 14 October in Cairo. On the 17th, the delegations initialled a text.", "the 17th", "2025-10-17", "day", None, "=", "="),
    ("Deliveries must be completed by the 31st of this month.", "the 31st of this month", "2026-01-31", "day", "ON_OR_BEFORE", None, "2026-01-31"),
    # --- weekday with date -----------------------------------------------------------------
    ("Defence ministers met on Wednesday 12 March in Paris.", "Wednesday 12 March", "2025-03-12", "day", None, "=", "="),
    ("The talks opened on Thursday 15 January.", "Thursday 15 January", "2026-01-15", "day", None, "=", "="),
    ("Troops crossed the border on Monday 12 March 2025.", "Monday 12 March 2025", "2025-03-12", "day", None, "=", "="),
    # --- bare weekdays and parts of day --------------------------------------------------------
    ("The minister said on Tuesday that talks would resume.", "Tuesday", "2026-01-20", "day", None, "=", "="),
    ("The ministry confirmed the sale on Friday.", "Friday", "2026-01-16", "day", None, "=", "="),
    ("The two leaders will meet on Friday in Rome.", "Friday", "2026-01-23", "day", None, "=", "="),
    ("Drones struck the port on Sunday, officials said.", "Sunday", "2026-01-18", "day", None, "=", "="),
    ("The vote is expected to take place on Thursday.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("The minister spoke on Tuesday evening in Kyiv.", "Tuesday evening", "2026-01-20TEV", "hour", None, "2026-01-20", "2026-01-20"),
    ("Missiles hit Kharkiv on Monday night.", "Monday night", "2026-01-19TNI", "hour", None, "2026-01-19", "2026-01-19"),
    ("The deal was signed last Friday in Riyadh.", "last Friday", "2026-01-16", "day", None, "=", "="),
    # a long line wrapped before a capitalised word: the future tense of the line before still governs the day
    ("The Liberian defence minister will receive the Turkish\nAmbassador to Liberia on Thursday.", "Thursday", "2026-01-22",
     "day", None, "=", "="),
    # a day before a commitment is the day it was made; after it, the act still to come
    ("On Monday, the two ministers agreed to extend the border patrols.", "Monday", "2026-01-19", "day", None, "=", "="),
    ("Lockheed Martin on Friday agreed to supply four more radars to Romania.", "Friday", "2026-01-16", "day", None, "=", "="),
    ("Meeting in Vilnius on Thursday, the Baltic ministers decided to pool their ammunition orders.", "Thursday", "2026-01-15",
     "day", None, "=", "="),
    ("The two sides agreed to hold the next round of talks on Thursday.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("The ministers will meet next Monday.", "next Monday", "2026-01-26", "day", None, "=", "="),
    ("Monday's attack killed three soldiers.", "Monday", "2026-01-19", "day", None, "=", "="),
    # a relative's past verb governs the day inside it, not the main clause after it
    ("The battalion that arrived in Tartu on Thursday is training with Estonian troops.", "Thursday", "2026-01-15", "day", None, "=", "="),
    ("A convoy that left Rzeszów on Friday will reach the border next week.", "Friday", "2026-01-16", "day", None, "=", "="),
    # (but "that" before a participle used as an adjective opens no clause)
    ("That armed group will attack on Monday, officials fear.", "Monday", "2026-01-26", "day", None, "=", "="),
    ("Officials met on Saturday morning.", "Saturday morning", "2026-01-17TMO", "hour", None, "2026-01-17", "2026-01-17"),
    # --- deictic ----------------------------------------------------------------------------
    ("The minister arrives in Warsaw today.", "today", "2026-01-20", "day", None, "=", "="),
    ("Talks collapsed yesterday, diplomats said.", "yesterday", "2026-01-19", "day", None, "=", "="),
    ("The cabinet meets tomorrow to approve the deal.", "tomorrow", "2026-01-21", "day", None, "=", "="),
    ("The president will address the nation tonight.", "tonight", "2026-01-20TNI", "hour", None, "2026-01-20", "2026-01-20"),
    ("Strikes were reported yesterday morning near Odesa.", "yesterday morning", "2026-01-19TMO", "hour", None, "2026-01-19", "2026-01-19"),
    ("Shelling resumed last night along the front.", "last night", "2026-01-19TNI", "hour", None, "2026-01-19", "2026-01-19"),
    ("Talks continued this morning in Geneva.", "this morning", "2026-01-20TMO", "hour", None, "2026-01-20", "2026-01-20"),
    ("The order was placed last year.", "last year", "2025", "year", None, "=", "="),
    ("Spending will rise next year.", "next year", "2027", "year", None, "=", "="),
    ("The navy has ordered five ships this year.", "this year", "2026", "year", None, "=", "="),
    ("The contract was signed last month.", "last month", "2025-12", "month", None, "=", "="),
    ("Deliveries begin next month.", "next month", "2026-02", "month", None, "=", "="),
    ("Parliament approved the budget this month.", "this month", "2026-01", "month", None, "=", "="),
    ("Allied ministers meet this week in Brussels.", "this week", "2026-W04", "week", None, "=", "="),
    ("The drills ended last week.", "last week", "2026-W03", "week", None, "=", "="),
    ("Inspectors return next week.", "next week", "2026-W05", "week", None, "=", "="),
    ("The brigade moved this weekend.", "this weekend", "2026-W04-WE", "week", None, "2026-01-24", "2026-01-25"),
    ("The ministry said earlier this month that costs had doubled.", "earlier this month", "2026-01", "month", "START", "2026-01-01", "2026-01-10"),
    ("The frigate will be handed over later this year.", "later this year", "2026", "year", "END", "2026-09-01", "2026-12-31"),
    ("Orders slowed earlier this year.", "earlier this year", "2026", "year", "START", "2026-01-01", "2026-04-30"),
    ("The forces are now on high alert.", "now", "PRESENT_REF", None, None, "2026-01-20", "2026-01-20"),
    ("Some 4,000 troops are currently deployed.", "currently", "PRESENT_REF", None, None, "2026-01-20", "2026-01-20"),
    ("The army recently tested the missile.", "recently", "PAST_REF", None, None, None, "2026-01-20"),
    ("The alliance must prepare for the future.", "the future", "FUTURE_REF", None, None, "2026-01-20", None),
    ("Such deals were rare in the past.", "the past", "PAST_REF", None, None, None, "2026-01-20"),
    ("Exports have grown in recent years.", "recent years", "PXY", None, None, None, None),
    ("The base was closed two years ago.", "two years ago", "2024", "year", None, "=", "="),
    ("The jets arrived three days ago.", "three days ago", "2026-01-17", "day", None, "=", "="),
    ("The order was placed six months ago.", "six months ago", "2025-07", "month", None, "=", "="),
    # a week or two back is a day (TimeBank, MEANTIME); more weeks back only the week
    ("The test took place two weeks ago.", "two weeks ago", "2026-01-06", "day", None, "=", "="),
    ("The frigate was commissioned a week ago.", "a week ago", "2026-01-13", "day", None, "=", "="),
    ("The battalion left six weeks ago.", "six weeks ago", "2025-W50", "week", None, "=", "="),
    # the day of the month in brackets after a weekday (South and South-East Asian papers)
    ("The corvette sailed from Surabaya on Tuesday (13/1) for Lebanon.", "Tuesday", "2026-01-13", "day", None, "=", "="),
    ("The contingent left Colombo on Sunday (11) morning.", "Sunday", "2026-01-11", "day", None, "=", "="),
    # a bracketed number that fits no such weekday changes nothing
    ("The minister spoke on Friday (3) to reporters.", "Friday", "2026-01-16", "day", None, "=", "="),
    # two periods back or ahead of the reference's
    ("The talks were held the week before last.", "the week before last", "2026-W02", "week", None, "2026-01-05", "2026-01-11"),
    ("Delivery is due the month after next.", "the month after next", "2026-03", "month", None, "=", "="),
    ("The year before last, Chile bought tanks.", "The year before last", "2024", "year", None, "=", "="),
    ("The frigate docked the weekend before last.", "the weekend before last", "2026-W02-WE", "week", None, "2026-01-10", "2026-01-11"),
    ("A decade ago the fleet had 30 ships.", "A decade ago", "2016", "year", None, "=", "="),
    ("The base will open two years from now.", "two years from now", "2028", "year", None, "=", "="),
    ("About two years ago, the plan stalled.", "About two years ago", "2024", "year", "APPROX", "=", "="),
    # --- parts of periods ---------------------------------------------------------------------
    ("RAF Typhoons deployed to Poland late last year.", "late last year", "2025", "year", "END", "2025-09-01", "2025-12-31"),
    ("The upgrade is due in early 2025.", "early 2025", "2025", "year", "START", "2025-01-01", "2025-04-30"),
    ("The first units arrived in mid-2024.", "mid-2024", "2024", "year", "MID", "2024-05-01", "2024-08-31"),
    ("The review will be finished by the end of the year.", "the end of the year", "2026", "year", "ON_OR_BEFORE", None, "2026-12-31"),
    ("The review will be finished at the end of the year.", "the end of the year", "2026", "year", "END", "2026-09-01", "2026-12-31"),
    ("Costs rose at the beginning of the year.", "the beginning of the year", "2026", "year", "START", "2026-01-01", "2026-04-30"),
    ("The army expects to receive the tanks in the second quarter.", "the second quarter", "2026-Q2", "quarter", None, "=", "="),
    ("Profits fell in the second quarter, the firm said.", "the second quarter", "2025-Q2", "quarter", None, "=", "="),
    ("Output rose in the fourth quarter.", "the fourth quarter", "2025-Q4", "quarter", None, "=", "="),
    ("Third-quarter sales rose 4%.", "Third-quarter", "2025-Q3", "quarter", None, "=", "="),
    ("Orders were strong in the first half.", "the first half", "2026-H1", "half", None, "=", "="),
    ("Orders will pick up in the second half of the year.", "the second half of the year", "2026-H2", "half", None, "=", "="),
    ("The ship will be ready in early next year.", "early next year", "2027", "year", "START", "2027-01-01", "2027-04-30"),
    ("Work began in late 2023.", "late 2023", "2023", "year", "END", "2023-09-01", "2023-12-31"),
    ("The plan slipped to the end of the decade.", "the end of the decade", "202", "decade", "END", "2027-01-01", "2029-12-31"),
    ("Troops left in the middle of October.", "the middle of October", "2025-10", "month", "MID", "2025-10-11", "2025-10-20"),
    ("Revenue for the last quarter fell.", "the last quarter", "2025-Q4", "quarter", None, "=", "="),
    ("Spending this quarter is on track.", "this quarter", "2026-Q1", "quarter", None, "=", "="),
    ("Deliveries resume next quarter.", "next quarter", "2026-Q2", "quarter", None, "=", "="),
    # --- seasons ----------------------------------------------------------------------------
    ("NATO will hold the drills this summer.", "this summer", "2026-SU", "season", None, "=", "="),
    ("The carrier will deploy in the summer.", "the summer", "2026-SU", "season", None, "=", "="),
    ("Ukraine's grid was hit hard last winter.", "last winter", "2024-WI", "season", None, "2024-12-01", "2025-02-28"),
    ("The talks were held in the spring.", "the spring", "2025-SP", "season", None, "=", "="),
    ("The offensive stalled last summer.", "last summer", "2025-SU", "season", None, "=", "="),
    # a season of a year told relatively
    # trade-press "end-June", "end-2026"
    ("Deliveries are due to finish at end-2026.", "end-2026", "2026", "year", "END", "2026-09-01", "2026-12-31"),
    ("The frigate was handed over at end-September 2025.", "end-September 2025", "2025-09", "month", "END", "2025-09-21", "2025-09-30"),
    ("The first battery arrived in the autumn of last year.", "the autumn of last year", "2025-FA", "season", None, "=", "="),
    ("Trials start in the spring of next year.", "the spring of next year", "2027-SP", "season", None, "=", "="),
    ("The pact was signed in 2019, and troops came in the winter of the following year.",
     "the winter of the following year", "2020-WI", "season", None, "2020-12-01", "2021-02-28"),
    ("The brigade rotates out next spring.", "next spring", "2026-SP", "season", None, "=", "="),
    ("Attacks eased this winter.", "this winter", "2025-WI", "season", None, "2025-12-01", "2026-02-28"),
    ("The jets arrived in autumn 2023.", "autumn 2023", "2023-FA", "season", None, "=", "="),
    ("The exercise takes place in the fall of 2026.", "the fall of 2026", "2026-FA", "season", None, "=", "="),
    # --- anaphora ----------------------------------------------------------------------------
    ("In 2019, the deal was signed. That same year, Poland ordered tanks.", "That same year", "2019", "year", None, "=", "="),
    ("Talks began in March 2021. The same month, exports resumed.", "The same month", "2021-03", "month", None, "=", "="),
    ("The base opened in 2015. Later that year, jets arrived.", "Later that year", "2015", "year", "END", "2015-09-01", "2015-12-31"),
    ("The order was placed in 2018. The following year, deliveries began.", "The following year", "2019", "year", None, "=", "="),
    ("The treaty was signed on 4 May 2010. That day, protests erupted.", "That day", "2010-05-04", "day", None, "=", "="),
    ("Talks collapsed in June 2022. The next month, fighting resumed.", "The next month", "2022-07", "month", None, "=", "="),
    ("The jets arrived in 2020; the year before, pilots trained in Texas.", "the year before", "2019", "year", None, "=", "="),
    ("Exports peaked in 2014. A year earlier, the ban was lifted.", "A year earlier", "2013", "year", None, "=", "="),
    ("The port was seized on 3 March 2022. The previous day, ships left.", "The previous day", "2022-03-02", "day", None, "=", "="),
    ("Russia invaded on 24 February 2022. Two days later, sanctions followed.", "Two days later", "2022-02-26", "day", None, "=", "="),
    ("The army was reformed in 2008. The preceding year had seen riots.", "The preceding year", "2007", "year", None, "=", "="),
    ("The previous day, the minister resigned.", "The previous day", "2026-01-19", "day", None, "=", "="),
    # a history moves forward: a month well before the last one is in the next year, also when a
    # bare year restates the last one's ("On December 7 ... in 1941. In January")
    ("Germany invaded Poland in 1939. France fell in 1940. Germany attacked the Soviet Union in 1941. On December 7, "
     "Japan struck Pearl Harbor, and the United States entered the war in 1941. In January, the Allies met.",
     "January", "1942-01", "month", None, "=", "=", "2025-06-01"),
    ("Germany invaded Poland in 1939. France fell in 1940. The United States entered the war in 1941. "
     "In January, the Allies met.", "January", "1941-01", "month", None, "=", "=", "2025-06-01"),
    # in a history, a year that is only planned or expected is not the story's year
    ("The war began in 1955. The offensive opened in December 1974. Hanoi planned a final campaign for 1976. "
     "The northern front collapsed on 11 March.", "11 March", "1975-03-11", "day", None, "=", "=", "2025-06-01"),
    ("The war began in 1955. The offensive opened in December 1974. Hanoi launched its final campaign in 1976. "
     "The northern front collapsed on 11 March.", "11 March", "1976-03-11", "day", None, "=", "=", "2025-06-01"),
    # --- deadlines and ranges ------------------------------------------------------------------
    ("The army wants the system by 2027.", "2027", "2027", "year", "ON_OR_BEFORE", None, "2027-12-31"),
    ("The lease runs until 2030.", "2030", "2030", "year", "ON_OR_BEFORE", None, "2030-12-31"),
    ("The base has hosted US jets since 2014.", "2014", "2014", "year", "ON_OR_AFTER", "2014-01-01", None),
    ("No deliveries are expected before 2030.", "2030", "2030", "year", "BEFORE", None, "2029-12-31"),
    ("Production will continue after 2030.", "2030", "2030", "year", "AFTER", "2031-01-01", None),
    ("The frigates will be delivered no later than 2029.", "2029", "2029", "year", "ON_OR_BEFORE", None, "2029-12-31"),
    ("The plan ran from 2022 to 2024.", "2022", "2022", "year", "ON_OR_AFTER", "2022-01-01", None),
    ("The plan ran from 2022 to 2024.", "2024", "2024", "year", "ON_OR_BEFORE", None, "2024-12-31"),
    ("Drills will be held between March and May.", "March", "2026-03", "month", "ON_OR_AFTER", "2026-03-01", None),
    ("Drills will be held between March and May.", "May", "2026-05", "month", "ON_OR_BEFORE", None, "2026-05-31"),
    ("The 2009-2010 surge added 30,000 troops.", "2009", "2009", "year", "ON_OR_AFTER", "2009-01-01", None),
    ("The 2009-2010 surge added 30,000 troops.", "2010", "2010", "year", "ON_OR_BEFORE", None, "2010-12-31"),
    ("Budgets fell in 2009–10 across Europe.", "10", "2010", "year", "ON_OR_BEFORE", None, "2010-12-31"),
    ("The war lasted from 1939 to 1945.", "1945", "1945", "year", "ON_OR_BEFORE", None, "1945-12-31"),
    ("The operation, planned for 12-14 March 2025, was delayed.", "14 March 2025", "2025-03-14", "day", "ON_OR_BEFORE", None, "2025-03-14"),
    ("Talks ran from November to February.", "February", "2026-02", "month", "ON_OR_BEFORE", None, "2026-02-28"),
    # a month-first range writes its second day bare, after "to" or "through" as after a dash
    ("The frigate called at Manila from September 10 to 13 for the drills.", "September 10", "2025-09-10", "day", "ON_OR_AFTER", "2025-09-10", None),
    ("The frigate called at Manila from September 10 to 13 for the drills.", "13", "2025-09-13", "day", "ON_OR_BEFORE", None, "2025-09-13"),
    ("Crews trained in Darwin Aug. 4 through 15, 2025, the RAAF said.", "15, 2025", "2025-08-15", "day", "ON_OR_BEFORE", None, "2025-08-15"),
    # ... but not a clock time, or the day of the month named next
    ("Polling ran from March 3 to 5 p.m. local time.", "March 3", "2025-03-03", "day", "ON_OR_AFTER", "2025-03-03", None),
    ("The ships sailed from March 30 to 2 April.", "2 April", "2025-04-02", "day", "ON_OR_BEFORE", None, "2025-04-02"),
    # two days apart joined by "and" are two dates, not the ends of a range; after "between" they are
    ("Talks were held in Oslo on 9 and 12 December.", "9", "2025-12-09", "day", None, "=", "="),
    ("Talks were held in Oslo on 9 and 12 December.", "12 December", "2025-12-12", "day", None, "=", "="),
    ("The envoys met on December 9 and 11, aides said.", "11", "2025-12-11", "day", None, "=", "="),
    ("The exercise was held between 9 and 12 December.", "9", "2025-12-09", "day", "ON_OR_AFTER", "2025-12-09", None),
    # "on the 12th" before the object's article is a day of the month in play, not a unit's rank
    ("The ministry signed on the 12th a contract for 2,000 rifles.", "the 12th", "2026-01-12", "day", None, "=", "="),
    # a weekday that ends a range is the first such day on or after its start, not a year later
    ("The delegation stayed in Hanoi from Thursday to Monday.", "Thursday", "2026-01-15", "day", "ON_OR_AFTER", "2026-01-15", None),
    ("The delegation stayed in Hanoi from Thursday to Monday.", "Monday", "2026-01-19", "day", "ON_OR_BEFORE", None, "2026-01-19"),
    ("The inspectors will be in Tbilisi from Monday to Wednesday.", "Monday", "2026-01-26", "day", "ON_OR_AFTER", "2026-01-26", None),
    ("The inspectors will be in Tbilisi from Monday to Wednesday.", "Wednesday", "2026-01-28", "day", "ON_OR_BEFORE", None, "2026-01-28"),
    ("The deal is valid through 2035.", "2035", "2035", "year", "ON_OR_BEFORE", None, "2035-12-31"),
    ("The base has been closed since March 2020.", "March 2020", "2020-03", "month", "ON_OR_AFTER", "2020-03-01", None),
    # --- durations ----------------------------------------------------------------------------
    ("The two-year deployment began in Estonia.", "two-year", "P2Y", None, None, None, None),
    ("Spending has doubled over the past two years.", "the past two years", "P2Y", None, None, None, None),
    ("The troops will stay for a decade.", "a decade", "P10Y", None, None, None, None),
    ("Training lasts three months.", "three months", "P3M", None, None, None, None),
    ("The ceasefire held for 48 hours.", "48 hours", "PT48H", None, None, None, None),
    ("Troops joined a week-long exercise.", "a week-long", "P1W", None, None, None, None),
    ("The radar needs only a second-long pulse.", "second-long", "PT1S", None, None, None, None),
    ("The contract covers a 10-year support period.", "10-year", "P10Y", None, None, None, None),
    ("Negotiations took nearly three years.", "nearly three years", "P3Y", None, "LESS_THAN", None, None),
    ("The mission lasted more than six months.", "more than six months", "P6M", None, "MORE_THAN", None, None),
    ("The siege lasted 18 months.", "18 months", "P18M", None, None, None, None),
    ("Crews trained for several weeks.", "several weeks", "PXW", None, None, None, None),
    ("The battle raged for days.", "days", "PXD", None, None, None, None),
    ("The unit spent the past year in Mali.", "the past year", "P1Y", None, None, None, None),
    ("The pilots flew for 90 minutes.", "90 minutes", "PT90M", None, None, None, None),
    ("Repairs took two and a half years.", "two and a half years", "P2.5Y", None, None, None, None),
    ("The base will close within two years.", "two years", "P2Y", None, "EQUAL_OR_LESS", None, None),
    ("A 30-day ceasefire took effect.", "30-day", "P30D", None, None, None, None),
    ("The next six months will be decisive.", "The next six months", "P6M", None, None, None, None),
    ("Fighting went on for decades.", "decades", "PXDE", None, None, None, None),
    ("A four-week course trains the crews.", "four-week", "P4W", None, None, None, None),
    ("The first nine months showed growth.", "The first nine months", "P9M", None, None, None, None),
    # --- sets ---------------------------------------------------------------------------------
    ("The exercise is held every year.", "every year", "P1Y", "year", None, None, None),
    ("The report is published annually.", "annually", "P1Y", None, None, None, None),
    ("Inspectors visit the site weekly.", "weekly", "P1W", None, None, None, None),
    ("The allies meet each March in Brussels.", "each March", "XXXX-03", "month", None, None, None),
    ("Patrols run every Monday.", "every Monday", "XXXX-WXX-1", "day", None, None, None),
    ("The plant builds 15 tanks a year.", "a year", "P1Y", "year", None, None, None),
    ("The council meets twice a year.", "twice a year", "P1Y", "year", None, None, None),
    ("Reports are filed every two weeks.", "every two weeks", "P2W", "week", None, None, None),
    ("Crews rotate every other month.", "every other month", "P2M", "month", None, None, None),
    ("The strikes happen daily.", "daily", "P1D", None, None, None, None),
    # --- wire-copy and government phrasing --------------------------------------------------------
    ("WASHINGTON (Reuters) - The Pentagon said on Wednesday it had approved the sale.", "Wednesday", "2026-01-14", "day", None, "=", "="),
    ("The MoD said in a statement issued on 14 January that the ships were ready.", "14 January", "2026-01-14", "day", None, "=", "="),
    ("Brig. Gen. Smith told reporters Thursday the unit had arrived.", "Thursday", "2026-01-15", "day", None, "=", "="),
    ("The contract, awarded Jan. 9, is worth $1.2 billion.", "Jan. 9", "2026-01-09", "day", None, "=", "="),
    ("The Defence Secretary announced the package on 12 January 2026.", "12 January 2026", "2026-01-12", "day", None, "=", "="),
    ("Deliveries are scheduled to begin in 2028.", "2028", "2028", "year", None, "=", "="),
    ("The submarine is expected to enter service in the late 2030s.", "the late 2030s", "203", "decade", "END", "2037-01-01", "2039-12-31"),
    ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "2025-11-09T17:00", "minute", None, "2025-11-09", "2025-11-09"),
    ("Sirens sounded at 03:40 local time.", "03:40 local time", "2026-01-20T03:40", "minute", None, "2026-01-20", "2026-01-20"),
    ("The vote is due at noon Thursday.", "noon Thursday", "2026-01-22T12:00", "minute", None, "2026-01-22", "2026-01-22"),
    ("The brigade, formed in 2017, has 3,000 soldiers.", "2017", "2017", "year", None, "=", "="),
    ("Helicopters were ordered in 2023 and delivered in 2025.", "2025", "2025", "year", None, "=", "="),
    ("The strategy, first set out in the spring of 2024, was revised.", "the spring of 2024", "2024-SP", "season", None, "=", "="),
    ("The deployment was extended into 2027.", "2027", "2027", "year", None, "=", "="),
    ("Officials expect a decision in the coming weeks.", "the coming weeks", "PXW", None, None, None, None),
    ("The frigate programme, begun in 2017, has slipped by two years.", "two years", "P2Y", None, None, None, None),
    ("NATO's eastern flank has been reinforced since February 2022.", "February 2022", "2022-02", "month", "ON_OR_AFTER", "2022-02-01", None),
    ("Turkey agreed in July 2023 to back Sweden's bid.", "July 2023", "2023-07", "month", None, "=", "="),
    ("Kyiv said on Dec 30 that talks had stalled.", "Dec 30", "2025-12-30", "day", None, "=", "="),
    ("Profit rose in the third quarter of 2024 from $2m a year earlier.", "a year earlier", "2023-Q3", "quarter", None, "=", "="),
    ("Both commanders resigned after the 1777 campaign.", "1777", "1777", "year", None, "=", "="),
    ("Russia prepared its summer offensive.", "summer", "2025-SU", "season", None, "=", "="),
    ("The fund grew 4% for the year.", "the year", "2026", "year", None, "=", "="),
    ("The Battle of the Frontiers (14 August-24 August 1914) was lost.", "24 August 1914", "1914-08-24", "day", "ON_OR_BEFORE", None, "1914-08-24"),
    ("Such weapons were banned years ago.", "years ago", "PAST_REF", None, None, None, None),
    ("The index closed higher for the day.", "the day", "2026-01-20", "day", None, "=", "="),
    ("The Anaconda Plan and the blockade, 1861.", "1861", "1861", "year", None, "=", "="),
    ("Over the weekend, rebels advanced on the city.", "the weekend", "2026-W03-WE", "week", None, "2026-01-17", "2026-01-18"),
    ("Talks will resume over the weekend.", "the weekend", "2026-W04-WE", "week", None, "2026-01-24", "2026-01-25"),
    ("The jets will be delivered by year-end.", "year-end", "2026", "year", "ON_OR_BEFORE", None, "2026-12-31"),
    ("Sales rose 3% in the fiscal year.", "the fiscal year", "2026", "year", None, "=", "="),
    ("The plant will close in the next couple of years.", "the next couple of years", "P2Y", None, None, None, None),
    ("Over the years, the base grew.", "the years", "PXY", None, None, None, None),
    ("Prices will stay high in the near term.", "the near term", "FUTURE_REF", None, None, "2026-01-20", None),
    ("Shelling went on for six straight days.", "six straight days", "P6D", None, None, None, None),
    ("The war began in 1940. In August of that year, Britain held.", "August of that year", "1940-08", "month", None, "=", "="),
    ("Exports fell in March last year.", "March last year", "2025-03", "month", None, "=", "="),
    ("The offensive began in 1916. Twenty years earlier, the fort was built.", "Twenty years earlier", "1896", "year", None, "=", "="),
    ("Fighting peaked in the first week of March 2025.", "the first week of March 2025", "2025-W10", "week", None, "=", "="),
    ("The vote is set for the week of March 6, 2023.", "the week of March 6, 2023", "2023-W10", "week", None, "=", "="),
    ("Markets rose in the last week of March 2009.", "the last week of March 2009", "2009-W13", "week", None, "=", "="),
    ("The treaty was signed in nineteen ninety-six.", "nineteen ninety-six", "1996", "year", None, "=", "="),
    ("It will be finished by the year two thousand.", "the year two thousand", "2000", "year", "ON_OR_BEFORE", None, "2000-12-31"),
    ("The army was rebuilt in the nineties.", "the nineties", "199", "decade", None, "=", "="),
    ("The fleet will double within the next year.", "the next year", "P1Y", None, "EQUAL_OR_LESS", None, None),
    ("Spending will rise over the coming decade.", "the coming decade", "P10Y", None, None, None, None),
    ("The FY26 budget adds £3bn.", "FY26", "2026", "year", None, "=", "="),
    ("Deliveries slip to Q4 FY2025.", "Q4 FY2025", "2025-Q4", "quarter", None, "=", "="),
    # a quarter of a split fiscal year counts from April of its first year; the split year itself is named
    # after its ending year
    ("HAL booked the order in the third quarter of financial year 2023-24.", "the third quarter of financial year 2023-24",
     "2023-Q4", "quarter", None, "2023-10-01", "2023-12-31"),
    ("The yard expects to sign in the first quarter of FY2027-28.", "the first quarter of FY2027-28", "2027-Q2", "quarter", None,
     "2027-04-01", "2027-06-30"),
    ("Deliveries begin in Q4 FY2025-26, the ministry said.", "Q4 FY2025-26", "2026-Q1", "quarter", None, "2026-01-01", "2026-03-31"),
    ("Orders peaked in the last quarter of the 2022-23 financial year.", "the last quarter of the 2022-23 financial year",
     "2023-Q1", "quarter", None, "=", "="),
    ("Exports reached a record in financial year 2023-24.", "financial year 2023-24", "2024", "year", None, "=", "="),
    ("The ministry spent ₹1.2 lakh crore in the 2024–25 fiscal year.", "the 2024–25 fiscal year", "2025", "year", None, "=", "="),
    ("Production runs from 2026 onwards.", "2026", "2026", "year", "ON_OR_AFTER", "2026-01-01", None),
    ("On the night of 23 February, forces crossed the border.", "23 February", "2025-02-23", "day", None, "=", "="),
    ("The parliamentary vote on 23 February is the next test.", "23 February", "2026-02-23", "day", None, "=", "="),
    ("Half a century ago the base opened.", "Half a century ago", "1976", "year", None, "=", "="),
    ("Since October 7, the next two weeks will matter most.", "October 7", "2025-10-07", "day", "ON_OR_AFTER", "2025-10-07", None),
    ("The talks resume in two weeks' time.", "two weeks' time", "2026-02-03", "day", None, "=", "="),
    ("On Christmas Day, drones struck the city.", "Christmas Day", "2025-12-25", "day", None, "=", "="),
    ("The deal was agreed on New Year's Day.", "New Year's Day", "2026-01-01", "day", None, "=", "="),
    # comparison times never anchor a later one: each compares with the period under discussion
    ("Profit rose in the third quarter of 2025 from a year ago. Sales fell 3% from $9m a year earlier.",
     "a year earlier", "2024-Q3", "quarter", None, "=", "="),
    ("Third-quarter profit rose from the year-ago quarter. Sales fell in the quarter.",
     "the quarter", "2025-Q3", "quarter", None, "=", "="),
    ("Net rose in the fourth quarter of 2025 from $2m a year ago. Margins fell in the year-earlier period.",
     "the year-earlier period", "2024-Q4", "quarter", None, "=", "="),
    # "current" / "recent" as adjectives are TIMEX3 PRESENT_REF / PAST_REF (TimeBank, HeidelTime)
    ("The ministry blamed current market conditions for the delay.", "current", "PRESENT_REF", None, None, "2026-01-20", "2026-01-20"),
    ("Analysts blamed recent losses on fears of a recession.", "recent", "PAST_REF", None, None, None, "2026-01-20"),
    ("Kyiv asked for more air defence after the recent strikes.", "recent", "PAST_REF", None, None, None, "2026-01-20"),
    ("The current frigate fleet will be retired.", "current", "PRESENT_REF", None, None, "2026-01-20", "2026-01-20"),
    ("Spending will rise in the current fiscal year.", "the current fiscal year", "2026", "year", None, "=", "="),
    # reporting periods named as one expression (TimeBank, HeidelTime): a year's quarter, the
    # period under discussion, the same period a year back
    ("Orders for this year's first quarter are already booked.", "this year's first quarter", "2026-Q1", "quarter", None, "=", "="),
    ("Deliveries could start as early as next year's second half.", "next year's second half", "2027-H2", "half", "ON_OR_AFTER", "2027-07-01", None),
    ("Profit rose in the fourth quarter of 2025, after a loss in the 2024 quarter.", "the 2024 quarter", "2024-Q4", "quarter", None, "=", "="),
    ("Revenue rose in the fourth quarter of 2025. The latest period included a one-time gain.", "The latest period", "2025-Q4", "quarter", None, "=", "="),
    ("Arms exports rose 12% in December compared with the same period last year.", "the same period last year", "2024-12", "month", None, "=", "="),
    ("Sales rose in the third quarter. UK sales for last year's quarter were about $3m.", "last year's quarter", "2024-Q3", "quarter", None, "=", "=", "2025-11-02"),
    ("Net rose in the third quarter. In the comparable year-ago quarter, it lost $2m.", "the comparable year-ago quarter", "2024-Q3", "quarter", None, "=", "=", "2025-11-02"),
    ("The 2024 third quarter was the weakest.", "The 2024 third quarter", "2024-Q3", "quarter", None, "=", "="),
    # tense cues: initials and titles do not end the clause; "due to its" and "next to" are no
    # future; "effective"/"payable" dates are the nearest; a future deadline just passed
    ("Gen. Smith will succeed Adm. J. Jones on Feb. 1.", "Feb. 1", "2026-02-01", "day", None, "=", "=", "2025-10-26"),
    ("The navy cut its budget due to its third-quarter loss.", "third-quarter", "2025-Q3", "quarter", None, "=", "=", "2025-11-02"),
    ("The ministry created a new cyber command, effective Feb. 1.", "Feb. 1", "2026-02-01", "day", "ON_OR_AFTER", "2026-02-01", None, "2025-10-26"),
    ("Five soldiers were killed in a blast next to the embassy on Friday.", "Friday", "2026-01-16", "day", None, "=", "="),
    ("The envoys will have to leave the country by Jan. 14, officials said.", "Jan. 14", "2026-01-14", "day", "ON_OR_BEFORE", None, "2026-01-14", "2026-01-15"),
    ("Arms sales rose 4% for the year ended Sept. 30.", "the year", "P1Y", None, None, None, None),
    ("In the fiscal year ended March 31, the yard delivered two frigates.", "the fiscal year", "P1Y", None, None, None, None),
    # --- bare weekdays and day-months: plans, schedules, possessives --------------------------------
    # a plan or schedule looks forward whatever the tense of its verb; a past plan ("had planned",
    # "were scheduled") names the nearest day; a participle plan under a past verb too
    ("Protesters planned a large march through the capital on Saturday.", "Saturday", "2026-01-24", "day", None, "=", "="),
    ("The opposition has scheduled a news conference Thursday.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("The confidence vote is set for Friday.", "Friday", "2026-01-23", "day", None, "=", "="),
    ("The referendum on the treaty is set for Tuesday.", "Tuesday", "2026-01-27", "day", None, "=", "=", "2026-01-23"),
    ("Ceasefire talks are due to resume on Monday in Doha.", "Monday", "2026-01-26", "day", None, "=", "="),
    ("A verdict is expected Wednesday, defence lawyers said.", "Wednesday", "2026-01-21", "day", None, "=", "="),
    ("The first aid convoy could leave as soon as Thursday.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("Bidders must submit their offers no later than Friday.", "Friday", "2026-01-23", "day", "ON_OR_BEFORE", None, "2026-01-23"),
    ("Officials said the ferry would resume service on Sunday.", "Sunday", "2026-01-25", "day", None, "=", "="),
    ("Dock workers plan a strike at the port on Thursday.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("The budget vote is slated for Monday.", "Monday", "2026-01-26", "day", None, "=", "="),
    ("The appeals court ruling is due Monday.", "Monday", "2026-01-26", "day", None, "=", "="),
    ("The relatives expect a decision from the court on Wednesday.", "Wednesday", "2026-01-21", "day", None, "=", "="),
    ("Organisers said the planned rally on Sunday would go ahead.", "Sunday", "2026-01-25", "day", None, "=", "="),
    ("The miners have to leave the site by Friday.", "Friday", "2026-01-23", "day", "ON_OR_BEFORE", None, "2026-01-23"),
    ("Storms will hit the northern coast on Friday.", "Friday", "2026-01-23", "day", None, "=", "="),
    ("Regulators are expected to cut interest rates on Thursday.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("Leaders planned a summit in Nairobi on 1 June.", "1 June", "2026-06-01", "day", None, "=", "="),
    ("The run-off is set for 30 October.", "30 October", "2026-10-30", "day", None, "=", "="),
    ("The attack was planned for months and carried out on Saturday.", "Saturday", "2026-01-17", "day", None, "=", "="),
    ("Riot police broke up a planned rally on Sunday.", "Sunday", "2026-01-18", "day", None, "=", "="),
    ("A memorial service planned for Saturday was cancelled.", "Saturday", "2026-01-24", "day", None, "=", "=", "2026-01-25"),
    ("Talks were scheduled for Friday but collapsed.", "Friday", "2026-01-16", "day", None, "=", "=", "2026-01-17"),
    ("Negotiators had planned a final round on Friday.", "Friday", "2026-01-16", "day", None, "=", "=", "2026-01-17"),
    ("Earnings were weaker than expected on Thursday.", "Thursday", "2026-01-15", "day", None, "=", "="),
    ("As expected, the central bank cut rates on Wednesday.", "Wednesday", "2026-01-14", "day", None, "=", "="),
    ("The minister, who planned the reforms, resigned on Friday.", "Friday", "2026-01-16", "day", None, "=", "="),
    ("The spokesman would not comment Monday on the report.", "Monday", "2026-01-19", "day", None, "=", "="),
    ("Leaders held a summit in Nairobi on 1 June.", "1 June", "2025-06-01", "day", None, "=", "="),
    ("The run-off was held on 30 October.", "30 October", "2025-10-30", "day", None, "=", "="),
    ("The ministry on Friday announced new sanctions.", "Friday", "2026-01-16", "day", None, "=", "="),
    # a present tense of a scheduling verb ("meet", "opens", "arrives") names a coming day in
    # news copy, but not in a headline, after "did not" or "to", nor under a past verb
    ("The two foreign ministers meet Monday in Geneva.", "Monday", "2026-01-26", "day", None, "=", "="),
    ("The summit opens Thursday in Lisbon.", "Thursday", "2026-01-22", "day", None, "=", "="),
    ("The envoy arrives in Hanoi on Wednesday and travels to Manila on Friday.", "Friday", "2026-01-23", "day", None, "=", "="),
    ("Police are preparing for the vote on Sunday.", "Sunday", "2026-01-25", "day", None, "=", "="),
    ("The new president takes office on Friday.", "Friday", "2026-01-23", "day", None, "=", "="),
    ("Voters go to the polls on Sunday.", "Sunday", "2026-01-25", "day", None, "=", "="),
    ("Talks are likely to resume on Monday.", "Monday", "2026-01-26", "day", None, "=", "="),
    ("The ferry was ready to leave on Monday.", "Monday", "2026-01-19", "day", None, "=", "="),
    ("Allies are planning for a summit in July.", "July", "2026-07", "month", None, "=", "=", "2025-12-05"),
    ("The envoys did not meet on Friday.", "Friday", "2026-01-16", "day", None, "=", "="),
    ("Activists published an open letter on Monday.", "Monday", "2026-01-19", "day", None, "=", "="),
    ("Rebels seize border town on Sunday", "Sunday", "2026-01-18", "day", None, "=", "="),
    ("The general let the offensive begin on Saturday.", "Saturday", "2026-01-17", "day", None, "=", "="),
    ("Police were preparing a response on Friday.", "Friday", "2026-01-16", "day", None, "=", "="),
    # a possessive day names a past event (the reference day included), whatever auxiliary the
    # clause has; a plan word after it or "ahead of" before it look forward; "next" keeps its own
    ("Lawyers vowed to challenge Wednesday's ruling.", "Wednesday", "2026-01-14", "day", None, "=", "="),
    ("The unions said they would try to overturn Thursday's decision.", "Thursday", "2026-01-15", "day", None, "=", "="),
    ("Oil prices jumped after Monday's attack on the refinery.", "Monday", "2026-01-19", "day", "AFTER", "2026-01-20", None),
    ("The bid is a 20% premium over Thursday's closing price.", "Thursday", "2026-01-15", "day", None, "=", "="),
    ("Tuesday's edition of the paper carried the letter.", "Tuesday", "2026-01-20", "day", None, "=", "="),
    ("Wednesday's talks ended without a deal.", "Wednesday", "2026-01-21", "day", None, "=", "=", "2026-01-21"),
    ("Friday's scheduled vote on the budget was postponed.", "Friday", "2026-01-23", "day", None, "=", "="),
    ("Police are on alert ahead of Sunday's election.", "Sunday", "2026-01-25", "day", "BEFORE", None, "2026-01-24"),
    ("Security was stepped up ahead of Sunday's election.", "Sunday", "2026-01-25", "day", "BEFORE", None, "2026-01-24", "2026-01-26"),
    ("The committee will study next Tuesday's vote.", "next Tuesday", "2026-01-27", "day", None, "=", "="),
]

# Texts in which no time expression may be found.
NOT_TIMES = [
    "We will respond, we said.",
    # another state's Independence Day is no 4 July
    "The ambassador attended a reception on the Independence Day of Azerbaijan.",
    "Troops paraded in Accra for Ghana's Independence Day.",
    # an ordinal before "long", not an amount of seconds
    "The patrol ship is on its second long deployment to the Pacific.",
    "We must march on to victory.",
    "The minister may visit Warsaw.",
    "March on, soldiers!",
    "Defence spending reached 40% of the budget.",
    "The kit costs $13 per unit.",
    "Spending hit 2.5% of GDP.",
    "Poland flies the F-35 and the K2.",
    "The Royal Navy ordered the Type 26 frigate.",
    "Call +44 20 7946 0958 for details.",
    "Some 1,200 troops and 300 soldiers arrived.",
    "Article 4 consultations were requested.",
    "The software was upgraded to version 2.1.3.",
    "The unit has 2000 troops on standby.",
    "Theresa May met the president.",
    "Time and again, the long-term plan failed.",
    "The company paid a quarterly dividend.",
    "The Patriot 2025 battery was moved.",
    "Resolution 2231 was adopted.",
    "Two thousand troops and nineteen tanks arrived.",
    "Flight 2019 landed safely.",
    "Russia fired 1999 drones and 300 missiles.",
    "The fall of Kabul shocked the alliance.",
    "Spring-loaded mechanisms failed.",
    "The first time the two navies met was memorable.",
    "A second round of talks is planned.",
    "The current account deficit widened.",
    "Its most recent frigate is the Type 31.",
    "Divers were swept away by a current off the coast.",
    "The ceasefire held for a period of calm.",
    "The same period saw heavy shelling.",
    "Troops of the 4th Infantry Division moved north.",
    "The ministry was ranked the 3rd most transparent in the region.",
    "It was the 22nd time the two navies trained together.",
    "She finished 2nd in the biathlon.",
    "Paratroopers from the 1st Airborne Brigade landed on the 2nd Battalion's drop zone.",
]
# fmt: on


def _case_id(case: tuple) -> str:
    return f"{case[1]}|{case[0][:40]}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_time_table(case: tuple) -> None:
    """Each news sentence yields the expected expression with the expected value and interval."""
    sentence, text, value, grain, mod, start, end = case[:7]
    ref = date.fromisoformat(case[7]) if len(case) > 7 else REF
    times = find_times(sentence, reference=ref)
    hits = [t for t in times if t.text == text]
    assert hits, f"{text!r} not found in {[t.text for t in times]}"
    t = hits[0]
    assert t.span is not None and sentence[t.span.start : t.span.end] == t.span.text == text
    assert (t.value, t.grain, t.mod) == (value, grain, mod)
    if start == "=" or end == "=":
        lo, hi = _bounds(value)
        start = lo.isoformat() if start == "=" and lo else start
        end = hi.isoformat() if end == "=" and hi else end
    assert (t.start, t.end) == (_d(start), _d(end))


def test_table_is_large() -> None:
    """The table keeps at least 200 resolved cases and two dozen counterexamples."""
    assert len(CASES) >= 200
    assert len(NOT_TIMES) >= 24


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_times(text: str) -> None:
    """Modal 'may', verb 'march', percentages, prices, model numbers and counts are not times."""
    assert find_times(text, reference=REF) == []


def test_reference_none_keeps_relative_unresolved() -> None:
    """Without a reference, relative times have no value but absolute ones still resolve."""
    times = find_times("Last year the deal was signed; on 4 December 2025 it took effect.", reference=None)
    by_text = {t.text: t for t in times}
    assert by_text["Last year"].value is None
    assert by_text["Last year"].basis == "relative"
    assert by_text["4 December 2025"].value == "2025-12-04"


def test_missing_reference_warns() -> None:
    """scan_times reports relative expressions left unresolved for want of a reference."""
    scan = scan_times("The talks ended yesterday.", reference=None)
    assert any("no reference" in w for w in scan.warnings)


def test_weekday_contradiction_warns_and_keeps_date() -> None:
    """'Monday 12 March 2025' (a Wednesday) keeps the written date and warns."""
    scan = scan_times("Troops crossed on Monday 12 March 2025.", reference=REF)
    assert scan.times[0].value == "2025-03-12"
    assert any("weekday" in w for w in scan.warnings)


def test_impossible_date_warns() -> None:
    """'31 February 2025' is found but has no value, and a warning says why."""
    scan = scan_times("The order is dated 31 February 2025.", reference=REF)
    assert scan.times[0].text == "31 February 2025"
    assert scan.times[0].value is None
    assert scan.warnings


def test_ambiguous_slashed_date_warns() -> None:
    """'4/12/2025' is read day-first, and the reading is reported."""
    scan = scan_times("The contract, dated 4/12/2025, was signed.", reference=REF)
    assert scan.times[0].value == "2025-12-04"
    assert any("day-first" in w for w in scan.warnings)


def test_slashed_dates_follow_the_text() -> None:
    """In a text that writes 'December 4, 2025', '4/12/2025' is read month-first."""
    text = "The deal, first reported on December 4, 2025, was signed 4/12/2025."
    assert find_times(text, reference=REF)[-1].value == "2025-04-12"


def test_basis_labels() -> None:
    """Explicit, relative and anaphoric values are labelled as such."""
    times = find_times("In 2019 the deal was signed. Last year it expired. That same year, talks began.", reference=REF)
    assert [t.basis for t in times] == ["explicit", "relative", "anaphoric"]


class TestResolveTime:
    """resolve_time: one expression, with an optional forced tense."""

    def test_future_tense_picks_next_occurrence(self) -> None:
        """Future 'on 12 March' after 12 March is next year's."""
        t = resolve_time("on 12 March", reference=date(2025, 3, 24), tense="future")
        assert t is not None and t.value == "2026-03-12"
        assert t.span is not None and t.span.text == "12 March"

    def test_past_tense_picks_latest_occurrence(self) -> None:
        """Past 'on 12 March' is the latest one before the reference."""
        t = resolve_time("on 12 March", reference=date(2025, 3, 24), tense="past")
        assert t is not None and t.value == "2025-03-12"

    def test_future_weekday(self) -> None:
        """A future-tense bare weekday is the next such day."""
        t = resolve_time("Tuesday evening", reference=REF, tense="future")
        assert t is not None and t.value == "2026-01-27TEV"

    def test_past_weekday(self) -> None:
        """A past-tense bare weekday is the latest such day, the reference day included."""
        t = resolve_time("on Tuesday", reference=REF, tense="past")
        assert t is not None and t.value == "2026-01-20"

    def test_future_summer(self) -> None:
        """'in the summer' in the future tense is this coming summer."""
        t = resolve_time("in the summer", reference=REF, tense="future")
        assert t is not None and t.value == "2026-SU"

    def test_nothing(self) -> None:
        """A phrase with no time in it gives None."""
        assert resolve_time("the Type 26 frigate", reference=REF) is None


class TestDetectReference:
    """detect_reference: the date a text gives for itself; never the clock."""

    def test_dateline(self) -> None:
        """'LONDON, 4 December 2025 —' is a dateline."""
        text = "LONDON, 4 December 2025 — Britain and Poland agreed..."
        found = detect_reference(text)
        assert found is not None
        d, span = found
        assert d == date(2025, 12, 4)
        assert text[span.start : span.end] == span.text == "4 December 2025"

    def test_wire_dateline_needs_a_year(self) -> None:
        """'WARSAW, Dec 4 (Reuters) -' resolves only when the text gives a year."""
        assert detect_reference("WARSAW, Dec 4 (Reuters) - Poland signed a deal.") is None
        found = detect_reference("WARSAW, Dec 4 (Reuters) - Poland signed a deal, its largest since 2023.")
        assert found is not None and found[0] == date(2023, 12, 4)

    def test_today_with_weekday(self) -> None:
        """'today (Wednesday 12 March)' takes the year nearest the latest year the text names."""
        found = detect_reference("Ministers met today (Wednesday 12 March) to review the 2024 plan.")
        assert found is not None and found[0] == date(2025, 3, 12)

    def test_today_without_year_is_none(self) -> None:
        """With no year anywhere in the text, the date cannot be completed."""
        assert detect_reference("Ministers met today (Wednesday 12 March).") is None

    def test_date_line(self) -> None:
        """A date alone on the line after the headline is the reference."""
        found = detect_reference("Airbus wins tanker deal\nMarch 01, 2008\nThe deal...")
        assert found is not None and found[0] == date(2008, 3, 1)

    def test_no_dateline(self) -> None:
        """A date in the body is not a dateline."""
        assert detect_reference("The minister said the deal, signed on 4 December 2025, was final.") is None


def test_spans_cross_line_breaks_and_curly_quotes() -> None:
    """Spans are exact on the original text: line breaks, curly quotes, non-ASCII."""
    text = "“Łódź”, the minister said, “will host the drills in\nMarch 2026 — and again in the ’90s style.”"
    times = find_times(text, reference=REF)
    assert times
    for t in times:
        assert t.span is not None and text[t.span.start : t.span.end] == t.span.text == t.text
    assert any(t.value == "2026-03" and "\n" in text[: t.span.start] for t in times if t.span)


def test_datetime_reference_is_accepted() -> None:
    """A datetime reference is read as its date."""
    from datetime import datetime

    times = find_times("The talks ended yesterday.", reference=datetime(2026, 1, 20, 23, 59))
    assert times[0].value == "2026-01-19"


def test_bad_input_types() -> None:
    """Non-str text and non-date references are refused with a TypeError."""
    import pytest as _pytest

    with _pytest.raises(TypeError):
        find_times(b"2025", reference=REF)  # type: ignore[arg-type]
    with _pytest.raises(TypeError):
        find_times("2025", reference="2026-01-20")  # type: ignore[arg-type]


def test_results_are_in_text_order() -> None:
    """find_times returns expressions in the order they appear."""
    text = "In 2019, then in March 2021, and finally last year."
    starts = [t.span.start for t in find_times(text, reference=REF) if t.span]
    assert starts == sorted(starts) and len(starts) == 3
