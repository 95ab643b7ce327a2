"""Regex fragments and the one compiled pattern that finds time-expression candidates.

The master pattern is an ordered alternation of *branches*, each a named group whose name
starts with ``b_``. Alternatives are tried in order at each position, so the more specific
shapes come first ("Wednesday 12 March 2025" before "12 March" before "March"). A branch only
*finds* a candidate; :mod:`defevents.timex.finder` reads its sub-groups and may still refuse it
(for instance a bare "2025" in "F-2025" or a bare "May" that is a modal verb).

Fragments are joined by plain string concatenation, never ``str.format`` (regex quantifiers
such as ``{2,4}`` would collide). Month and weekday names are matched case-sensitively
(``(?-i:...)``) so that "may", "march on" and "sun" are never dates; everything else is
case-insensitive. The big patterns are compiled once, on first use.
"""

from __future__ import annotations

import functools
import re

import regex

from .._gc import nogc

# fmt: off
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "single": 1, "half a": 0.5, "half an": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12,
}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4, "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
# fmt: on

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_MONTH_ABBR = r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?)"
MONTH = r"(?P<month>" + _MONTH_FULL + r"|" + _MONTH_ABBR + r")"
MONTH2 = r"(?P<month2>" + _MONTH_FULL + r"|" + _MONTH_ABBR + r")"
_WEEKDAY_FULL = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
_WEEKDAY_ABBR = r"(?-i:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?)"
WEEKDAY = r"(?P<weekday>" + _WEEKDAY_FULL + r")"
WEEKDAY_ANY = r"(?P<weekday>" + _WEEKDAY_FULL + r"|" + _WEEKDAY_ABBR + r")"
DAY = r"(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# "April 24 and 25": the second day of a list ends the phrase (not "April 24 and 25 soldiers")
_LIST_DAY_END = r"(?=\s*(?:[.,;:)\n\"”]|$)|\s+(?:in|at|on|when|with|to|for|during|after|before|respectively)\b)"
DAY2 = r"(?P<day2>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# "September 10 to 13", "Sept. 10 through 13, 2026": the second day of a written-out range, not a
# clock time, an amount, a count or the day of a month named next ("March 30 to 2 April")
_RANGE_DAY_END = (r"(?![.,]\d|\s*(?:[ap]\.?\s?m\b|o['’]clock|%|per\s*cent|percent|hours?\b|days?\b|weeks?\b|months?\b|years?\b"
                  r"|million|billion|thousand|\d)|\s+" + _MONTH_FULL + r"|\s+" + _MONTH_ABBR + r")")
# A year: four digits not glued to other digits, decimals, thousands separators or percentages.
YEAR = r"(?P<year>(?:1[0-9]|20)[0-9]{2})(?![\d%]|[.,]\d|\s*(?:%|per\s*cent|percent))"
YEAR2 = r"(?P<year2>(?:1[0-9]|20)[0-9]{2}|[0-9]{2})(?![\d%]|[.,]\d)"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundred|a\s+dozen|dozen|(?:a\s+)?couple\s+of|single)"
)
_NUM_FUZZY = r"(?:several|a\s+few|few|many|some|a\s+number\s+of|numerous|countless|multiple|dozens\s+of|hundreds\s+of|thousands\s+of)"
NUM = (
    r"(?P<num>\d{1,3}\s+1/2|(?:\d{1,3}(?:\.\d+)?|" + _NUM_WORD + r")(?:\s+and\s+a\s+half)?|an?|half\s+an?|" + _NUM_FUZZY + r")"
)
UNIT = r"(?P<unit>decade|year|month|week|fortnight|day|hour|minute|second|quarter|century|centurie|yr)"
UNIT_S = UNIT + r"s?"
PART_OF_DAY = r"(?P<pod>morning|afternoon|evening|night|overnight)"
SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"

# A year said in words (broadcast transcripts): "nineteen ninety-six", "the year two thousand"
_UNITS_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_W = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS_W = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = (
    r"(?P<wyear>(?:eighteen|nineteen|twenty)[\s-](?:hundred(?:[\s-]and)?[\s-])?(?:" + _TENS_W + r"(?:[\s-]" + _UNITS_W + r")?|" + _TEENS_W + r"|oh[\s-]" + _UNITS_W + r")"
    r"|two[\s-]thousand(?:[\s-](?:and[\s-])?(?:" + _TENS_W + r"(?:[\s-]" + _UNITS_W + r")?|" + _TEENS_W + r"|" + _UNITS_W + r"))?)"
)

# Modifier in front of a period ("late last year", "the end of the decade", "mid-2024").
PART = (
    r"(?P<part>(?:the\s+)?(?:very\s+)?(?:end|close|beginning|start|middle|turn|dawn|latter\s+part|early\s+part|first\s+days|last\s+days|first\s+weeks|last\s+weeks|first\s+months|last\s+months)\s+of\s+"
    r"|(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:\s*-\s*|\s+)|end-(?=\w)"  # "end-June", "by end-2026"
    r"|earlier\s+|later\s+)"
)
# Modifier in front of an amount of time ("more than three years", "nearly a decade").
QMOD = (
    r"(?P<qmod>more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|approximately|roughly"
    r"|some|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under|well\s+over"
    r"|close\s+to|upwards\s+of|more\s+or\s+less|the\s+better\s+part\s+of)\s+"
)
REL = (
    r"(?P<rel>this|last|next|coming|current|past|previous|following|same|that|that\s+same|this\s+same"
    r"|the\s+same|the\s+very\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+coming"
    r"|the\s+current|the\s+past|the\s+last|the\s+prior|prior|the\s+present|the\s+upcoming|upcoming"
    r"|this\s+coming|this\s+past|the\s+subsequent|the\s+latest|the)"
)
ORD_QH = r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_SPLIT_YEAR = r"(?P<year>(?:19|20)\d{2})\s*[-–/]\s*(?P<year2>\d{2}|(?:19|20)\d{2})(?!\d)"  # a split fiscal year: 2024-25
_YEAR_REF = (
    r"(?:" + YEAR + r"|(?P<yrel>this|last|next|the\s+previous|the\s+following|the\s+same|that|the\s+current|the|the\s+fiscal)\s+(?:fiscal\s+)?year)"
)
_ORDINAL_WORD = (
    r"(?P<ordw>(?:twenty[\s-])?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))"
)
_TZ = r"(?:\s*(?:\(?\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK|Z)(?:\s*[+-]\s*\d{1,2})?\s*\)?|local\s+time))?"
_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
_DASH = r"\s*(?:-|–|—|to|through|until|till|/)\s*"
# "two years ago", "a year earlier", "three days later"; before/after/back only at a clause end
_AGO = (
    r"(?:\s+(?:(?P<dir>ago|earlier|later|from\s+now|hence)"
    r"|(?P<dir>before|after|previously|back|on)(?=\s*(?:[,.;:)!?\"'”’—–]|and\b|but\b|when\b|$)))"
    r"|(?P<dir>['’]s?\s+time)\b)"  # "in two weeks' time"
)
_HOLIDAY = (
    r"(?P<holiday>(?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year(?:'s|’s)\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?"
    # (another state's "Independence Day of Azerbaijan", "Ghana's Independence Day" is no 4 July)
    r"|(?<!['’]s\s)Independence\s+Day(?!\s+of\s)|Easter(?:\s+Sunday|\s+Monday)?|Armistice\s+Day|Remembrance\s+Day|Memorial\s+Day"
    r"|Labou?r\s+Day|Veterans\s+Day|Victory\s+Day|Good\s+Friday|Boxing\s+Day|Halloween|Valentine(?:'s|’s)\s+Day))"
)

# A candidate must not start glued to a word, a number or a currency sign ("F-35", "$2025").
_LEFT = (
    r"(?:(?<![\w$£€¥#@&/.\-]|\d[,.]|\w-)"
    # "14 August-24 August": a day right after a month and a dash starts a date
    r"|(?<=(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\s?[-–—]\s?)"
    # "the post-1991 order", "pre-2014 borders": a year after "pre-" / "post-"
    r"|(?<=(?<![\w-])(?:pre|post)-)(?=(?:1[0-9]|20)[0-9]{2}(?![\w-])))"
)
_RIGHT = r"(?![\w@])"

_BRANCHES: tuple[tuple[str, str], ...] = (
    # 2025-12-04, 2025-12-04T10:30
    ("b_iso", r"(?P<year>(?:1[0-9]|20)[0-9]{2})-(?P<mon>0[1-9]|1[0-2])-(?P<dnum>0[1-9]|[12][0-9]|3[01])(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?(?![\d-])"),
    # 4/12/2025, 12/4/25, 4.12.2025
    ("b_slash", r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/.]\d)"),
    # 2009-2010, 2009–10, 1939-45
    ("b_year_range", YEAR + r"\s*(?P<dash>-|–|—|/)\s*" + YEAR2 + r"(?!\s*(?:%|per\s*cent))"),
    # 2025-03 (ISO month; a two-digit tail not above the year's own tail)
    ("b_iso_month", r"(?P<year>(?:1[0-9]|20)[0-9]{2})-(?P<mon>0[1-9]|1[0-2])(?![\d-])"),
    # Wednesday 12 March 2025, 4 December 2025, the 12th of March, 12-14 March 2025
    ("b_dmy", r"(?:" + WEEKDAY_ANY + r",?\s+(?:the\s+)?)?(?:the\s+)?" + DAY + r"(?:\s*(?:-|–|—|and|to)\s*" + DAY2 + r")?(?:\s+of)?\s+" + MONTH + r"(?:,?\s+" + YEAR + r")?"),
    # Wednesday, March 12, 2025; Dec. 4; March 12-14, 2025
    ("b_mdy", r"(?:" + WEEKDAY_ANY + r",?\s+)?" + MONTH + r"\s+(?:the\s+)?" + DAY + r"(?:\s*(?:-|–|—)\s*" + DAY2 + r"|\s+(?:and|or|&)\s+" + DAY2 + _LIST_DAY_END
             + r"|\s+(?:to|through|thru|until|till)\s+" + DAY2 + _RANGE_DAY_END + r")?(?:,?\s+" + YEAR + r")?"),
    # "on the 4th", "by the 22nd of this month": a day of the month in play, no month named (the
    # finder tries it only after a signal preposition; a noun after it is a rank: "the 4th Brigade")
    ("b_nth", r"the\s+(?P<day>[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?P<mrel>this|last|next|the\s+same|that)\s+month)?"
              r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:for|when|and|in|at|with|after|before|but|as|while|during|by|under|from|to|between|that|which|amid|following"
              # "signed on the 12th a contract": an article opens the object, so the ordinal names no unit
              r"|a|an|the|its|their|his|her)\b)"),
    # March 2023, March of 2023, Dec. 2025, March '98, March-May 2025
    ("b_my", r"(?:" + MONTH2 + r"\s*(?:-|–|—|to|and)\s*)?" + MONTH + r",?\s+(?:of\s+)?(?:" + YEAR + r"|(?P<apos>['’]\d\d)\b"
             r"|(?P<yrel>this|last|next|that|the\s+same|the\s+following|the\s+previous|the\s+preceding)\s+year\b)"),
    # a quarter of a split fiscal year: "the third quarter of financial year 2023-24", "Q4 FY2024-25",
    # "the first quarter of the 2026-27 fiscal year" (quarters counted from April: India, the UK, Japan, Canada)
    ("b_fquarter", r"(?:(?:the\s+)?" + ORD_QH + r"[\s-]+quarter\s+of\s+(?:the\s+)?|(?-i:Q(?P<qn>[1-4]))\s*(?:/\s*)?)"
                   r"(?:(?:(?:fiscal|financial)(?:\s+year)?\s+|(?-i:FY)\s?)" + _SPLIT_YEAR + r"|" + _SPLIT_YEAR + r"\s+(?:fiscal|financial)\s+year)"),
    # Q3 2025, 2025 Q3, Q3, 3Q 2025, H1 2026
    ("b_qcode", r"(?:(?P<year>(?:19|20)\d{2})\s+)?(?-i:(?P<qh>[QH])(?P<qn>[1-4])|(?P<qn>[1-4])(?P<qh>Q))(?:\s*(?:/\s*)?(?:FY\s*)?(?P<year2>(?:19|20)\d{2}|'\d\d)(?!\d))?"),
    # the third quarter of 2024, third-quarter, the first half of 2026, the second half
    # this year's third quarter, the 1988 quarter, the latest period, the same period last year
    ("b_quarter", r"(?!(?:quarter|half|period)\b)(?:the\s+)?(?:" + YEAR + r"\s+(?=(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+)?(?:quarter|half|period)\b)"
                  r"|(?P<yrel>this|last|next)\s+year['’]s\s+)?"
                  r"(?:(?P<rel>this|last|next|the\s+current|the\s+previous|the\s+latest|the\s+past|the\s+coming|current|latest|year-earlier|year-ago|the\s+year-earlier|the\s+year-ago"
                  r"|the\s+comparable\s+year-(?:earlier|ago)"
                  r"|the\s+(?:same|corresponding|comparable)(?=\s+(?:\w+[\s-]+)?(?:quarter|half|period)\s+(?:last\s+year|a\s+year\b|of\b)))\s+)?(?:" + ORD_QH + r"[\s-]+)?(?P<qword>quarter|half|period)"
                  r"(?:\s+of\s+" + _YEAR_REF + r"|,?\s+" + YEAR + r"|\s+(?P<ly>last\s+year|a\s+year\s+(?:earlier|ago|before)))?"),
    # fiscal 2025, fiscal year 2025, FY2025, FY25, FY 2024-25
    ("b_fiscal", r"(?:(?:the\s+)?(?:fiscal(?:\s+year)?|financial\s+year)\s+|(?-i:FY)\s?)(?P<year>(?:19|20)\d{2}|\d{2})(?:\s*(?:-|–|/)\s*(?P<year2>\d{2,4}))?(?!\d)"
                 r"|(?:the\s+)?" + _SPLIT_YEAR + r"\s+(?:fiscal|financial)\s+year"),
    # the 1990s, 1990s, the '90s, the 20th century, the twenty-first century
    ("b_decade", r"(?:the\s+)?(?:(?P<dyear>(?:1[0-9]|20)[0-9]0)['’]?s|(?P<dshort>['’][0-9]0)s)(?!\w)|the\s+(?P<dshort2>[2-9]0)['’]?s(?!\w)"),
    ("b_century", r"(?:the\s+)?" + _ORDINAL_WORD + r"[\s-]+century"),
    # summer 2024, the summer of 2024, this summer, last winter, the spring
    # the autumn of last year, the spring of the following year
    ("b_season", r"(?:" + REL + r"\s+)?" + SEASON + r"(?:\s+(?:of\s+)?" + YEAR
                 + r"|\s+of\s+(?P<yrel>this|last|next|that|the\s+same|the\s+following|the\s+previous|the\s+preceding)\s+year\b)?"),
    # Christmas, Christmas Day 2025
    ("b_holiday", _HOLIDAY + r"(?:,?\s+" + YEAR + r")?"),
    # 10:35 a.m., 18:00 UTC, 7 p.m., noon
    ("b_clock", r"(?:(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d))?(?:\s+o['’]clock)?\s+(?P<podc>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b|(?P<hh>[01]?\d|2[0-3])(?:[:.](?P<mm>[0-5]\d))?\s*" + _AMPM + _TZ + r"|(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])" + _TZ + r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:GMT|UTC|hrs|hours\s+(?:GMT|UTC|local))|(?P<noon>noon|midday|midnight))"
                r"(?:,?\s+(?:on\s+)?(?:" + WEEKDAY + r"|(?P<word>today|tonight|yesterday|tomorrow)(?!['’])|" + MONTH + r"\s+" + DAY + r"))?"),
    # 490 BC, AD 79
    # 499-493 BC (both ends BC), 149 B.C
    ("b_era", r"(?:(?P<eyear1>\d{1,4})\s*(?:-|–|—|to)\s*)?(?P<eyear>\d{1,4})\s*(?P<era>BCE|BC|B\.C\.E\.?|B\.C\.?|AD|A\.D\.?|CE)(?!\w)|(?P<era>AD|A\.D\.)\s*(?P<eyear>\d{1,4})(?!\d)"),
    # two years ago, a year earlier, three days later, the year before
    ("b_unit_before", r"the\s+(?P<unit>day|week|month|year|night|weekend)\s+(?P<dir>before|after|earlier|later|prior)(?=\s*(?:[,.;:)!?\"'”’—–]|and\b|$))"),
    # year-earlier, year-ago (adjectival, WSJ style)
    ("b_year_ago_adj", r"(?:the\s+)?(?P<unit>year|month|quarter)[\s-](?P<dir>earlier|ago)(?=\s+(?:period|quarter|level|month|figure|result|profit|loss|sales|earnings|net|revenue))"),
    # today, tonight, yesterday morning, now, recently, the future ...
    ("b_deictic", r"(?:the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)|(?P<word>today|tonight|yesterday|tomorrow))(?:['’]s)?(?:\s+" + PART_OF_DAY + r")?"),
    ("b_rel_pod", r"(?P<rel>this|last|that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+" + PART_OF_DAY),
    # every year, each March, every other week, annually, twice a year, 15 a year
    ("b_set", r"(?P<every>every|each|per)\s+(?P<other>other\s+)?(?:(?P<snum>\d+|two|three|four|five|six|ten)\s+)?(?:" + UNIT_S + r"|" + WEEKDAY + r"|" + MONTH + r"|" + PART_OF_DAY + r"|" + SEASON + r")"
              r"|(?P<adv>annually|yearly|daily|weekly|monthly|quarterly|hourly|nightly|bi-?annually|bi-?weekly|bi-?monthly|semi-?annually|fortnightly)"
              r"|(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+" + UNIT
              + r"|(?<=\d\S*(?:\s+[a-z-]+){0,3}\s)(?:a|per)\s+" + UNIT + r"(?!\s+(?:ago|earlier|later))"),
    # the week of March 6, the first week of March (2025)
    ("b_week_of", r"(?:the\s+)?(?:(?P<ord>first|second|third|fourth|last|final)\s+)?week\s+of\s+(?:" + MONTH + r"(?:\s+" + DAY + r")?|" + DAY + r"\s+" + MONTH + r")(?:,?\s+" + YEAR + r")?"),
    # nineteen ninety-six, the year two thousand, January nineteen ninety-seven, the nineties
    ("b_spelled_year", r"(?:(?P<month>" + _MONTH_FULL + r")\s+|the\s+year\s+)?" + SPELLED_YEAR + r"(?![\w-])"
                       r"|the\s+(?P<wdecade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    # year-end, the year's end, around year end
    ("b_yearend", r"(?:the\s+)?year(?:['’]s)?[\s-]end(?!\w)"),
    # last year, next week, this month, the following year, that same day, last Friday, next March,
    # last Oct. 23
    # the week before last, the month after next
    ("b_rel", r"(?:" + REL + r"\s+)(?:(?P<unit>week(?:end)?|month|year|quarter|decade|century|day|fiscal\s+year|calendar\s+year|year-end|month-end)\b(?!-)"
              r"(?:(?<=\bthe\s+(?:week|month|year|weekend))\s+(?P<beyond>before\s+last|after\s+next)\b)?|" + WEEKDAY + r"|" + MONTH + r"(?:\s+" + DAY + r"(?:,?\s+" + YEAR + r")?)?)"),
    # mid-2024, early 2025 (a period modifier in front of a year is handled by the year branch)
    ("b_year", r"(?P<year>(?:1[0-9]|20)[0-9]{2})(?![\d%]|[.,:]\d|\s*(?:%|per\s*cent|percent|-|–)\s*\d)(?P<poss>['’]s)?|['’](?P<yy>\d\d)(?![\w'’])"),
    # two-year deployment, the past two years, 48 hours, a week-long, decades
    ("b_duration", r"(?:" + QMOD + r")?(?:(?P<drel>the\s+(?:past|last|next|first|final|coming|previous|preceding|following|remaining|initial|latest|same|ensuing|intervening|subsequent|entire|whole|full)|past|coming|another|an\s+additional|an\s+extra|a\s+further|the\s+better\s+part\s+of\s+a|the(?=\s+(?:years|months|weeks|decades|days)\b|\s+(?:\d|(?:several|few|a\s+few|" + _NUM_WORD + r")\b)))\s+)?(?:" + NUM + r"(?P<adj>\s*-\s*|\s+)(?:(?P<more>more|further|additional|extra|straight|consecutive|successive|trading|business|working|calendar|full|whole|entire)\s+)?)?" + UNIT_S + r"(?P<half>\s+and\s+a\s+half(?![\w-]))?(?:(?P<long>[\s-]+long)(?![\w-])|(?![\w-])" + _AGO + r"?)"),
    ("b_ref", r"(?P<ref>now|nowadays|currently|presently|at\s+present|these\s+days|at\s+the\s+moment|the\s+time\s+being|the\s+(?:near|short|medium|long)(?:\s+term|-term(?=\s*[,.;:)]))|recently|lately|the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|recent\s+(?:years|months|weeks|days|decades|times)|the\s+present|(?-i:current|recent)(?=\s+[a-z]))(?!-)"),
    # Wednesday, Tuesday evening, Tuesday's
    ("b_weekday", WEEKDAY + r"(?:['’]s)?(?:\s+" + PART_OF_DAY + r")?"),
    # March, early December, mid-March (context is checked by the finder)
    ("b_month", r"(?P<month>" + _MONTH_FULL + r"|(?-i:Sept\.|Dec\.|Nov\.|Oct\.|Aug\.|Feb\.|Jan\.))(?!\s*\d)"),
)
BRANCH_NAMES: tuple[str, ...] = tuple(name for name, _ in _BRANCHES)
BRANCH_GROUPS: dict[str, tuple[str, ...]] = {
    name: tuple(dict.fromkeys(regex.findall(r"\(\?P<(\w+)>", body))) for name, body in _BRANCHES
}
"""The named groups inside each branch (read instead of a costly ``groupdict()``)."""


@functools.cache
@nogc
def candidate_pattern() -> regex.Pattern[str]:
    """The candidate finder: every branch, in order, with a period modifier allowed in front; at a
    given position the first branch that fits wins.

    Compiled on first use, not at import (``regex`` takes about 0.1 s over it). One pattern serves
    every candidate: smaller patterns by the class of a candidate's first token (a digit, a month
    or weekday name) scanned no faster on news and cost another 0.1 s to compile in a fresh
    process.
    """
    return regex.compile(
        r"(?i)" + _LEFT + r"(?:" + PART + r")?(?:"
        + r"|".join(r"(?P<" + name + r">" + body + r")" for name, body in _BRANCHES)
        + r")" + _RIGHT,
        regex.V0,
    )


# fmt: off
# Words that can only be part of a time expression (anchors) ...
CORE_WORDS: frozenset[str] = frozenset("""
decade decades year years yr yrs month months week weeks weekend weekends fortnight fortnights day days
hour hours minute minutes second seconds quarter quarters century centuries half
today tonight yesterday tomorrow now nowadays currently presently present moment recently recent lately
previously formerly past future soon noon midday midnight morning afternoon evening night overnight
mornings evenings nights annually yearly daily weekly monthly quarterly hourly nightly biannually
bi biweekly bimonthly semiannually semi fortnightly spring summer autumn fall winter fiscal fy
christmas thanksgiving easter halloween armistice remembrance memorial labor labour veterans victory
boxing valentine q1 q2 q3 q4 h1 h2 1q 2q 3q 4q ad bc bce ce a.d
year-end month-end term being thousand eighteen nineteen twenties thirties forties fifties sixties seventies eighties nineties
""".split())
# ... and words that only start one ("the end of", "more than", "late last year").
PREFIX_WORDS: frozenset[str] = frozenset("""
the this that last next coming current past previous following same prior upcoming latest early
late mid middle end close beginning start earlier later turn very dawn new independence good at
these so first second third fourth final 1st 2nd 3rd 4th other preceding subsequent ensuing
intervening remaining initial entire whole full additional extra further black time near short
medium long straight consecutive successive trading business working calendar comparable corresponding financial
""".split())
# ... and words that only link the two ("the end *of* the year"): never a start, and not
# scanned for (they are the commonest words of all); the gap check below allows one of them.
GLUE_WORDS: frozenset[str] = frozenset("of and or to in for than least most".split())
# fmt: on
MONTH_TOKENS: frozenset[str] = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
WEEKDAY_TOKENS: frozenset[str] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split()
)
# ... of which these can only begin an amount of time or a set ("three", "more than", "every").
AMOUNT_WORDS: frozenset[str] = frozenset("""
a an every each per once twice three four times one two five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred dozen dozens hundreds thousands single half several few many some numerous
countless multiple another more less fewer over under nearly almost about around approximately
roughly up no just well upwards couple
""".split())
# Anchors that end a chain ("the future", "at the moment", "this morning") but never start an
# expression on their own: not tried as starts.
CHAIN_END_WORDS: frozenset[str] = frozenset(
    "future present moment previously formerly soon term being morning afternoon evening night "
    "mornings evenings nights period".split()
)
LOWER_CLASS: dict[str, str] = {
    **{w: "prefix" for w in PREFIX_WORDS}, **{w: "amount" for w in AMOUNT_WORDS}, **{w: "core" for w in CORE_WORDS},
    **{w: "end" for w in CHAIN_END_WORDS},
    # adjectives that are a time of their own ("current market conditions", "recent declines",
    # TimeBank's PRESENT_REF / PAST_REF) and also begin longer ones ("the current quarter",
    # "recent years"): tried with the master pattern
    "current": "adjective", "recent": "adjective",
    **{w.lower(): "month" for w in MONTH_TOKENS}, **{w.lower(): "weekday" for w in WEEKDAY_TOKENS},
}
"""Token class by lower-cased token: month/weekday names are re-checked for a capital."""


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a trie ("t(?:he|his|oday)"), so that a
    scan does one branch test per character instead of one per word."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return emit(root)


# The trigger scan runs over the lower-cased text. It is the one pattern compiled with the
# standard library's ``re``: for this flat word trie ``re`` scans about twice as fast as
# ``regex`` (0.17 ms against 0.39 ms per 5 KB), and it is the largest fixed cost per document.
# Each match takes in the non-word character in front of its token instead of testing for one
# with a look-behind: a pattern that opens with a character class lets ``re`` skip the letters
# inside words without starting a match there (0.18 -> 0.15 ms per 5 KB).
TRIGGER = re.compile(
    r"\W(?:['’]?\d\w*|fy(?=\s?\d)|(?:" + _trie(sorted(LOWER_CLASS, key=len, reverse=True)) + r")(?!\w))"
)
"""Digit tokens and every word of LOWER_CLASS, whole words only, each with the non-word character
before it, on the lower-cased text with a space in front (so ``m.start()`` is the token's start
in the text itself, and ``m.end() - 1`` its end). No token ends with a non-word character, so
the matches are the tokens, in order, that a look-behind for a non-word character would find."""
