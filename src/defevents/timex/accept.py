"""Accepting or refusing a pattern match: the context checks that keep "2025" in "F-2025",
the modal "may" and "1,200 troops" out, trim a modifier that does not fit the branch, split
two-ended ranges ("2009–10", "12-14 March") into two mentions, and read the signal
preposition in front ("by", "since", "until") that becomes the value's ``mod``.

The word lists are here, next to the checks that use them.
"""

from __future__ import annotations

from .. import _lazy_regex as regex

from defevents.timex.mention import Mention
from defevents.timex.patterns import BRANCH_GROUPS

__all__ = ["accept", "signal_before"]

# Group names read by the resolver; other groups are structural.
_FIELDS = (
    "year", "year2", "month", "month2", "day", "day2", "weekday", "mon", "dnum", "hh", "mm", "a", "b", "y",
    "sep", "dash", "apos", "qh", "qn", "rel", "ord", "qword", "yrel", "dyear", "dshort", "ordw", "season",
    "holiday", "ampm", "noon", "eyear", "era", "num", "unit", "dir", "dd", "word", "pod", "ref", "every",
    "other", "snum", "adv", "freq", "poss", "drel", "adj", "more", "long", "yy", "dshort2", "wyear", "wdecade", "ly", "half",
    "eyear1", "podc", "mrel", "beyond",
)
_FIELD_SET = frozenset(_FIELDS)
_WS = regex.compile(r"\s+")
_DATELINE_AFTER = regex.compile(r"[^\S\n]*(?:\n|$)")
_AMOUNT_AFTER_OF = regex.compile(r"\s+of\s+(?:[$£€¥]|[A-Z]{1,3}\$|\d)")
# A capitalised deictic right after an opening quote, every word capitalised: a title
_QUOTED_TITLE = regex.compile(r"[\"“‘](?-i:[A-Z]\w*)(?:\s+(?-i:[A-Z]\w*))+\b")
_CLOCK_PREPS = frozenset("at by until till before after from around about since to".split())
_SPAN_FIELDS = ("year", "year2", "month", "month2", "day", "day2", "qword", "unit")

# A four-digit number after these words is a label, not a year ("Article 2025", "Type 2026").
_NOT_YEAR_BEFORE = frozenset(
    "article articles no no. nos number numbers type flight route resolution model version page pages room "
    "chapter section batch unit hull pennant serial code road highway line lines platform gate bus tel tel. "
    "phone fax ext ext. call box lot item items clause paragraph para rule regulation order decree law act "
    "bill mk mark block series class k f su mig t patriot iskander sa s hq s-300 vol vol. issue isbn "
    "squadron regiment battalion brigade division wing group fleet corps army task force operation cve "
    "russell wilshire".split()  # stock indexes: "the Russell 2000"
)
# ... and before these nouns a number is a count, not a year ("2000 troops").
_COUNT_NOUNS = frozenset(
    "troops soldiers people personnel men women children units vehicles tanks aircraft jets planes missiles "
    "rounds shells drones km kilometres kilometers miles metres meters feet ft tonnes tons kg kilograms "
    "pounds dollars euros members workers employees jobs casualties refugees civilians homes hp mph knots "
    "sorties shares points votes seats barrels rifles guns bombs warheads sailors marines officers police "
    "fighters militants prisoners hostages deaths lbs mm cm calibre caliber "
    "yuan rubles roubles rupees pesos francs crowns".split()
)
_NOT_YEAR_AFTER = _COUNT_NOUNS | frozenset("dead wounded injured killed hours hrs gmt utc".split())
# "for the year", "end the day": words after which "the <unit>" is the period in play
_THE_UNIT_BEFORE = frozenset(
    "in for during throughout through on end ended ending ends finish finished finishing close closed "
    "closing".split()
)
# "their summer offensive", "the main winter campaign": a season used as a time of an event
_SEASON_BEFORE = frozenset("their its his her our a an first second main new next".split())
_SEASON_NOUNS = frozenset(
    "offensive offensives campaign campaigns counter-offensive counteroffensive counteroffensives "
    "exercise exercises drills deployment session recess break months holidays holiday sales fighting "
    "quarters assault push operations operation".split()
)
# after "current"/"recent" these words show a noun or a comparison, not a time
_NOT_ADJ_TIME_AFTER = frozenset(
    "account accounts of and or is was are were to in on at from flows flow".split()
)
_UNITS = frozenset("day week month year decade century quarter".split())
_NTH_PREPS = frozenset("on by until till since from before after".split())
_SPAN_PREPS = frozenset("over for within during throughout".split())
_AFTER_SET_ADVERB = frozenset(
    "and or to in at for by from since until with on basis than as but while".split()
)
# A bare year, month or season needs one of these before it (or a period modifier).
_TIME_PREPS = frozenset(
    "in since by until till through throughout during from to of before after around circa c. ca. "
    "and or between early late mid last next this that each every until, about as on for than "
    "spring summer autumn fall winter year fiscal".split()
)
_MONTH_CONTEXT = _TIME_PREPS | frozenset({"the", "same"})
_MONTH_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_BARE_UNIT_PREPS = frozenset(
    "for over in within after took take takes taking lasted last lasts lasting spent spend spends "
    "nearly almost about some".split()
)
_SIGNAL = regex.compile(
    r"(?i)\b(?:(?P<ON_OR_BEFORE>by|no\s+later\s+than|not\s+later\s+than|until|till|til|through|up\s+to|up\s+until)"
    r"|(?P<BEFORE>before|prior\s+to|ahead\s+of|earlier\s+than)"
    r"|(?P<AFTER>after|later\s+than|following)"
    r"|(?P<ON_OR_AFTER>since|as\s+of|from|starting|beginning|as\s+early\s+as|effective)"
    r"|(?P<WITHIN>within))\s+$"
)
_PHONE_BEFORE = regex.compile(r"\d[\s-]$")
# words before "a <unit>" that make it an amount ("nearly a year"), not a rate ("15 a year")
_ROUGHLY = frozenset("about nearly almost roughly around approximately some over under than or only just".split())
_AGE_AFTER = regex.compile(r"(?i)[\s-]+(?:old|older|younger)\b")
_PHONE_AFTER = regex.compile(r"[\s-]\d")
_QMOD_KINDS = frozenset({"b_duration", "b_clock", "b_year", "b_decade"})
_PART_KINDS = frozenset(
    {"b_year", "b_my", "b_month", "b_rel", "b_season", "b_decade", "b_century", "b_quarter", "b_weekday",
     "b_deictic", "b_fiscal", "b_fquarter", "b_qcode", "b_rel_pod", "b_dmy", "b_mdy"}
)


_PUNCT = "\"“”‘’'()[],:;—–-!?"


def _prev_word(text: str, start: int) -> str:
    """The word before ``start``, lower-cased, punctuation stripped ("" if none)."""
    words = text[max(0, start - 30) : start].split()
    return words[-1].strip(_PUNCT).lower() if words else ""


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` ("" when punctuation comes first: "2025, troops")."""
    if end < len(text) and not text[end].isspace():
        return ""
    words = text[end : end + 30].split(None, 1)
    return words[0].strip(_PUNCT).lower() if words else ""


# The last words of the signals: a signal is one of them and then white space. Tested first, on
# the case-folded end of the text before a mention ("in", "on", "the" come there far more often).
# Of the characters ``(?i)`` matches to a letter, only "İ" does not case-fold to it (but to "i"
# and a combining dot, dropped).
_SIGNAL_LAST_WORDS = (
    "by", "than", "til", "till", "through", "to", "before", "of", "after", "following", "since", "from",
    "starting", "beginning", "as", "effective", "within",
)


def signal_before(text: str, start: int) -> str | None:
    if text[start - 1 : start] == "-":
        glued = text[max(0, start - 5) : start - 1].lower()
        return "AFTER" if glued.endswith("post") else "BEFORE" if glued.endswith("pre") else None
    a = max(0, start - 30)
    if not text[a:start].rstrip()[-12:].casefold().replace("\u0307", "").endswith(_SIGNAL_LAST_WORDS):
        return None
    m = _SIGNAL.search(text, a, start)
    return m.lastgroup if m else None


def _year_like(text: str, start: int, end: int) -> bool:
    """Whether a bare four-digit number at text[start:end] reads as a year."""
    y = int(text[start : start + 4])
    prev = _prev_word(text, start)
    nxt = _next_word(text, end)
    if prev in _NOT_YEAR_BEFORE or nxt in _NOT_YEAR_AFTER:
        return False
    if start > 0 and text[start - 1] in "+(" and text[start - 2 : start - 1].isdigit():
        return False
    # Phone numbers, serials: a digit group right before or after.
    if _PHONE_BEFORE.search(text, max(0, start - 3), start) or _PHONE_AFTER.match(text, end, end + 2):
        return False
    return 1000 <= y <= 2100


def _groups(m: regex.Match[str], kind: str) -> tuple[dict[str, str], dict[str, tuple[int, int]]]:
    groups = {k: v for k in BRANCH_GROUPS[kind] if k in _FIELD_SET and (v := m.group(k)) is not None}
    spans = {k: m.span(k) for k in _SPAN_FIELDS if k in groups}
    return groups, spans


def accept(text: str, m: regex.Match[str], kind: str) -> list[Mention]:
    g, spans = _groups(m, kind)
    start, end = m.start(), m.end()
    b_start = m.start(kind)
    part = m.group("part") if "part" in m.re.groupindex else None
    qmod = None
    if "qmod" in m.re.groupindex and m.start("qmod") >= b_start:
        qmod = m.group("qmod")
    if part and kind not in _PART_KINDS:
        start, part = b_start, None
    if part and kind in ("b_dmy", "b_mdy", "b_weekday", "b_deictic", "b_rel_pod"):
        # "late on Tuesday" is not matched; "early 12 March" is odd: keep only earlier/later/early/late
        if part.strip().lower().split()[-1] not in ("early", "late", "earlier", "later", "mid", "mid-"):
            start, part = b_start, None
    if part and part.strip().lower() in ("earlier", "later") and kind not in (
        "b_rel", "b_weekday", "b_deictic", "b_rel_pod"
    ):
        start, part = b_start, None
    if qmod and kind not in _QMOD_KINDS:
        qmod = None
    if kind == "b_duration" and qmod and qmod.strip().lower() in ("over", "under", "some", "about", "around") and g.get("drel"):
        # "over the past two years": "over" is a preposition here, not an amount modifier.
        start = m.start("drel")
        qmod = None
    signal = None  # filled in by find_mentions for accepted mentions only
    prev = _prev_word(text, start)
    nxt = _next_word(text, end)
    low = text[b_start:end].lower()
    mk = lambda **kw: Mention(  # noqa: E731
        start=kw.pop("start", start), end=kw.pop("end", end), kind=kind, groups=g,
        part=part, qmod=qmod, signal=signal, spans=spans, **kw,
    )

    if kind == "b_year" and "yy" in g:
        # '98: a year only after a time preposition ("in '98", "since '82")
        return [mk()] if prev in _TIME_PREPS and prev not in ("and", "or", "to", "than", "for", "about", "on") else []
    if kind in ("b_weekday", "b_deictic") and text[end - 2 : end] in ("'s", "’s"):
        end -= 2  # "Monday's attack": the possessive stays outside the span (TimeBank)
    if kind in ("b_year", "b_year_range"):
        ys, ye = spans["year"]
        if not part and not _year_like(text, ys, ye if kind == "b_year" else end):
            return []
        y = int(g["year"])
        if not part and not (1900 <= y <= 2100) and prev not in _TIME_PREPS and kind == "b_year":
            # an earlier year needs a preposition, "the 1777 campaign", or to stand after a
            # comma or bracket ("Anaconda Plan, 1861")
            before = text[max(0, start - 3) : start].rstrip()
            if not (prev == "the" or before.endswith((",", "(", "[")) or start == 0 or text[start - 1] == "\n"):
                return []
        if kind == "b_year":
            if g.get("poss"):
                end = spans["year"][1]
            return [mk(end=end)]
        return _year_range(text, m, g, spans, start, end, part, signal)
    if kind == "b_slash":
        return [mk()]
    if kind == "b_nth":
        # "signed on the 4th", "by the 15th of next month"; not "the 4th on the list"
        return [mk()] if prev in _NTH_PREPS else []
    if kind == "b_spelled_year":
        w = _WS.sub(" ", (g.get("wyear") or "").lower())
        if nxt in _NOT_YEAR_AFTER:
            return []  # "two thousand troops"
        if w.startswith("two thousand") and "month" not in g and not low.startswith("the year") and prev not in _TIME_PREPS:
            return []
        return [mk()]
    if kind == "b_month":
        mon = g["month"]
        if part is None and prev not in _MONTH_CONTEXT and prev not in _MONTH_DETERMINERS:
            return []
        if prev in _MONTH_DETERMINERS and part is None:
            # "the October slaying", "a June agreement" are dates; "the May government" is not
            follower = text[end:].lstrip()[:1]
            if mon.lower().startswith("may") or not follower.islower():
                return []
        if mon.lower().startswith("may") and (nxt in ("be", "have", "not", "also", "well", "s") or text[end : end + 2] in ("'s", "’s")):
            return []
        if mon in ("March", "MARCH") and nxt in ("on", "to", "through", "past", "in", "against", "toward", "towards"):
            return []
        return [mk()]
    if kind in ("b_dmy", "b_mdy", "b_my"):
        if kind == "b_mdy" and nxt in _COUNT_NOUNS:
            return []
        if "weekday" in g and _DATELINE_AFTER.match(text, end):
            wd_end = start + len(g["weekday"])
            nl = text.find("\n", wd_end, end)
            if nl >= 0 and "," not in text[wd_end:nl]:
                # "... shut until Friday" ending a headline, then the dateline "September 18,
                # 2025" on a line of its own: two expressions (a wrapped "Wednesday\n12 March)"
                # inside a sentence stays one)
                d_start = nl + 1 + (len(text[nl + 1 : end]) - len(text[nl + 1 : end].lstrip()))
                dg = {k: v for k, v in g.items() if k != "weekday"}
                ds = {k: v for k, v in spans.items() if k != "weekday"}
                return [Mention(start=start, end=wd_end, kind="b_weekday", groups={"weekday": g["weekday"]}),
                        Mention(start=d_start, end=end, kind=kind, groups=dg, spans=ds)]
        if kind == "b_dmy" and "year" not in g and prev in ("than", "at") and "weekday" not in g:
            return []
        if kind == "b_my" and "year" in g and not _year_like(text, *spans["year"]) and nxt in _NOT_YEAR_AFTER:
            return []
        return _split_range(text, m, g, spans, kind, start, end, part, qmod, signal)
    if kind == "b_season":
        rel = (g.get("rel") or "").lower()
        season = g["season"].lower()
        if not rel and "year" not in g and part is None:
            if season == "fall" and prev not in ("in", "during", "by", "until", "since", "this", "last", "next"):
                return []
            if prev not in _TIME_PREPS and prev not in _SEASON_BEFORE and nxt not in _SEASON_NOUNS:
                return []
        if rel and rel not in ("this", "last", "next", "the", "coming", "past", "previous", "following",
                               "that", "the previous", "the following", "the next", "the past", "the coming",
                               "this past", "this coming", "the same", "that same", "the last"):
            return []
        if (season == "fall" and "year" not in g and nxt in ("of", "in", "to", "from", "back", "short", "apart")
                and rel not in ("last", "this", "next", "this past", "this coming")):
            return []  # "the fall of Kabul", "a fall in prices"; but "shot last fall in his home"
        if rel == "the" and "year" not in g and nxt == "of" and part is None:
            return []
        return [mk()]
    if kind == "b_quarter":
        rel = _WS.sub(" ", (g.get("rel") or "").lower())
        has_ord = "ord" in g
        qword = g["qword"].lower()
        lead = text[b_start:spans["qword"][0]].lower()
        if qword == "period":
            # a reporting period only when it is named as one: "the latest period", "the 1988
            # period", "the year-earlier period", "the same period last year"
            if has_ord or "year" in g or "yrel" in g or "ly" in g:
                return [mk()]
            if rel in ("the latest", "latest") or rel.endswith(("year-earlier", "year-ago")):
                return [mk()]
            return []
        if rel in ("the same", "the corresponding", "the comparable") and not has_ord and not (
            "year" in g or "yrel" in g or "ly" in g
        ):
            return []  # "the same quarter" alone: left to the anaphoric branch
        if not has_ord and not rel and not lead.startswith("the") and "yrel" not in g:
            return []
        if qword == "half" and (not has_ord or g["ord"].lower() not in ("first", "second", "1st", "2nd", "last", "final")):
            if not (rel and rel not in ("the latest", "latest")):
                return []
        if not has_ord and not rel and lead.strip() == "the" and "year" not in g and "yrel" not in g:
            # "the quarter": the current reporting quarter, only when period language is around
            if nxt not in ("ended", "ending", "ends", "through", "to", "just", "that", "before", "after") and prev not in ("in", "for", "during", "of", "from", "over"):
                return []
        if nxt == "of" and qword in ("half", "quarter") and "year" not in g and "yrel" not in g:
            # "a quarter of the troops", "the first half of the match"; but "a loss for the third
            # quarter of $226 million" names the quarter and then the amount
            if not (has_ord and _AMOUNT_AFTER_OF.match(text, end)):
                return []
        return [mk()]
    if kind == "b_rel":
        rel = (g.get("rel") or "").lower()
        unit = (g.get("unit") or "").lower()
        rel = _WS.sub(" ", rel)
        if _QUOTED_TITLE.match(text, max(0, start - 1), end) and text[start].isupper():
            return []  # a programme's name: ABC's "This Week", the “Next Week” column
        if rel in ("the next", "the coming") and unit in _UNITS and prev in _SPAN_PREPS and part is None:
            # "within the next year", "over the coming decade": a stretch of time from now
            return [Mention(start=start, end=end, kind="b_duration", groups={"unit": unit, "drel": rel},
                            signal="WITHIN" if prev == "within" else None, spans=spans)]
        if rel == "the" and part is None and unit != "weekend" and "beyond" not in g:
            # "for the year", "during the day": the period in play; "the year's best deal" is not
            if prev not in _THE_UNIT_BEFORE or unit not in (
                "year", "month", "week", "day", "quarter", "fiscal year"
            ) or text[end : end + 2] in ("'s", "’s") or nxt in ("before", "after", "of", "when", "that"):
                return []
        if rel == "the" and ("weekday" in g or "month" in g):
            return []
        if rel == "the" and unit in ("year", "fiscal year") and nxt in ("ended", "ending") and part is None:
            # "for the year ended Sept. 30": a twelve-month reporting period, not a calendar
            # year (TimeBank: P1Y)
            return [Mention(start=start, end=end, kind="b_duration", groups={"unit": "year", "drel": "the"},
                            signal=None, spans=spans)]
        if rel in ("the latest", "the present", "the subsequent") and part is None:
            return []
        if unit == "day" and rel in ("this", "current", "the current", "past", "the past", "the last", "last", "coming", "the coming", "upcoming", "the upcoming"):
            return []
        if rel in ("that", "the same", "same", "this same", "that same") and unit in ("", "century", "decade") and not ("weekday" in g or "month" in g):
            return []
        if rel in ("that", "this") and ("month" in g) and nxt in ("'s",):
            return []
        if unit in ("year-end", "month-end") and rel not in ("this", "last", "next", "the"):
            return []
        return [mk()]
    if kind == "b_duration":
        return _duration(text, m, g, spans, start, end, part, qmod, signal, prev)
    if kind == "b_ref":
        ref = _WS.sub(" ", g["ref"].lower())
        if ref == "now" and (nxt in ("that", "defunct") or text[end : end + 1] == "-"):
            return []
        if ref in ("the present", "the past") and nxt in ("of", "tense", "and", "or"):
            return []
        if ref == "the past" and nxt not in ("", ".", ",") and not regex.match(r"\s*[,.;:)]", text[end:end + 2]):
            if prev not in ("in", "of", "from", "into", "than", "to"):
                return []
        if ref.startswith("the future") and nxt in ("of",) and prev not in ("in", "for", "into"):
            return []
        if ref == "formerly":
            return []
        if ref in ("current", "recent") and (nxt in _NOT_ADJ_TIME_AFTER or prev in ("then", "most", "more", "less", "a", "an")):
            return []  # "the current account", "its current of", "the most recent model", "a current", "then current"
        return [mk()]
    if kind == "b_unit_before":
        unit = (g.get("unit") or "").lower()
        if unit == "second" and (g.get("num") or "").lower() in ("a", "an"):
            return []
        if unit == "quarter" and (g.get("num") or "").lower() in ("a", "an"):
            return []
        return [mk()]
    if kind == "b_set":
        adv = (g.get("adv") or "").lower()
        if adv == "quarterly":
            # "paid quarterly" is a set; "a quarterly dividend", "daily newspaper" are adjectives
            if nxt and nxt not in _AFTER_SET_ADVERB and text[end : end + 1].isspace():
                return []
        every = (g.get("every") or "").lower()
        if every == "per" and g.get("unit", "").lower() in ("cent", "day") and prev.isdigit() is False and not prev:
            return []
        if not every and not adv and "freq" not in g and low[:2] == "a " and prev in _ROUGHLY:
            return []  # "789, or about a quarter, of its dealers": a share, not "15 a year"
        return [mk()]
    if kind == "b_clock":
        if "podc" in g and prev not in _CLOCK_PREPS:
            return []  # "at 4 in the morning"; not "shares fell 4 in the morning session"
        if g.get("noon") and prev not in ("at", "by", "until", "till", "before", "after", "from", "around", "since", "to", "past", "about"):
            if nxt not in ("today", "on", "tomorrow", "yesterday", "local", "gmt", "utc") and g["noon"].lower() != "midnight":
                return []
        if "ampm" not in g and "mm" in g and ":" not in text[start:end] and not regex.search(r"(?i)gmt|utc|hrs|hours", text[start:end]):
            return []
        if prev in _NOT_YEAR_BEFORE:
            return []
        return [mk()]
    if kind == "b_era":
        if "eyear1" in g:
            # "499-493 BC": two years of the same era, the first counting down to the second
            # (up for AD); otherwise only the second is a year ("pages 12-40 BC" is not)
            y1, y2 = int(g["eyear1"]), int(g["eyear"])
            bc = g["era"].upper().startswith("B")
            g2 = {k: v for k, v in g.items() if k != "eyear1"}
            s2 = m.start("eyear")
            if (y1 > y2) if bc else (y1 < y2):
                g1 = {**g2, "eyear": g["eyear1"]}
                return [Mention(start=start, end=m.end("eyear1"), kind=kind, groups=g1, range_role="from"),
                        Mention(start=s2, end=end, kind=kind, groups=g2, range_role="to")]
            return [Mention(start=s2, end=end, kind=kind, groups=g2)]
        return [mk()]
    if kind == "b_fiscal":
        return [mk()]
    if kind == "b_decade":
        return [mk()]
    return [mk()]


_Groups = dict[str, str]
_Spans = dict[str, tuple[int, int]]


def _year_range(
    text: str, m: regex.Match[str], g: _Groups, spans: _Spans, start: int, end: int, part: str | None,
    signal: str | None,
) -> list[Mention]:
    """'2009-2010', '2009–10', '1939-45' as two years; '2025-03' as an ISO month."""
    y1 = int(g["year"])
    tail = g["year2"]
    dash = g["dash"]
    if len(tail) == 2:
        t = int(tail)
        if dash == "-" and 1 <= t <= 12 and t <= y1 % 100:
            # ISO year-month, "2025-03"
            return [Mention(start=start, end=end, kind="b_iso_month", groups={"year": g["year"], "mon": tail},
                            part=part, signal=signal, spans=spans)]
        y2 = y1 - y1 % 100 + t
        if y2 <= y1:
            y2 += 100
    else:
        y2 = int(tail)
    if not (y1 < y2 <= y1 + 100):
        return []  # "2024-1990", "1500-2000": not a span of years
    s1, e1 = spans["year"]
    s2, e2 = spans["year2"]
    first = Mention(start=start if part else s1, end=e1, kind="b_year", groups={"year": str(y1)}, part=part,
                    signal=signal, range_role="from", spans={"year": (s1, e1)})
    second = Mention(start=s2, end=e2, kind="b_year", groups={"year": str(y2)}, range_role="to",
                     spans={"year": (s2, e2)})
    return [first, second]


_LIST_JOIN = regex.compile(r"(?i)\s(?:and|or)\s|&")
_BETWEEN_BEFORE = regex.compile(r"(?i)\bbetween\s+$")


def _split_range(
    text: str, m: regex.Match[str], g: _Groups, spans: _Spans, kind: str, start: int, end: int,
    part: str | None, qmod: str | None, signal: str | None,
) -> list[Mention]:
    """'12-14 March 2025' and 'March-May 2025' are two mentions sharing the month or year."""
    if "day2" in g:
        d1e = spans["day"][1]
        d2s = spans["day2"][0]
        g1 = {k: v for k, v in g.items() if k not in ("day2",)}
        g2 = {k: v for k, v in g.items() if k not in ("day", "weekday")}
        g2["day"] = g["day2"]
        if _LIST_JOIN.search(text, d1e, d2s) and not _BETWEEN_BEFORE.search(text, max(0, start - 10), start) \
                and int(g["day2"]) != int(g["day"]) + 1:
            # "on 9 and 11 November", "April 24 and 27": two days, not the ends of a range (two days in a row,
            # "a summit on 9 and 10 July", are the span of one event)
            return [Mention(start=start, end=d1e, kind=kind, groups=g1, part=part, signal=signal, spans=spans),
                    Mention(start=d2s, end=end, kind=kind, groups=g2, signal=signal, spans=spans)]
        first = Mention(start=start, end=d1e, kind=kind, groups=g1, part=part, signal=signal, range_role="from", spans=spans)
        second = Mention(start=d2s, end=end, kind=kind, groups=g2, range_role="to", spans=spans)
        return [first, second]
    if "month2" in g:
        m2s, m2e = spans["month2"]
        g1 = {k: v for k, v in g.items() if k != "month2"}
        g1["month"] = g["month2"]
        g2 = {k: v for k, v in g.items() if k != "month2"}
        ms, _ = spans["month"]
        first = Mention(start=start, end=m2e, kind=kind, groups=g1, part=part, signal=signal, range_role="from", spans=spans)
        second = Mention(start=ms, end=end, kind=kind, groups=g2, range_role="to", spans=spans)
        return [first, second]
    return [Mention(start=start, end=end, kind=kind, groups=g, part=part, qmod=qmod, signal=signal, spans=spans)]


def _duration(
    text: str, m: regex.Match[str], g: _Groups, spans: _Spans, start: int, end: int, part: str | None,
    qmod: str | None, signal: str | None, prev: str,
) -> list[Mention]:
    """Amounts of time ("two-year", "the past two years", "decades"), and "two years ago"."""
    unit = g["unit"].lower()
    num = (g.get("num") or "").lower()
    drel = _WS.sub(" ", (g.get("drel") or "").lower())
    plural = text[spans["unit"][1] : spans["unit"][1] + 1].lower() == "s"
    if plural:
        g = {**g, "plural": "s"}
    if _AGE_AFTER.match(text, end):
        return []  # "52 years old", "a month older": an age (TimeBank and HeidelTime leave it)
    if "dir" in g:
        # "two years ago", "a year earlier": a point in time, not an amount of it
        if drel or (unit in ("second", "quarter") and num in ("a", "an", "")):
            return []
        if not num:
            if not plural:
                return []
            g = {**g, "num": "some"}  # "years ago": an unknown number
        return [Mention(start=start, end=end, kind="b_ago", groups=g, part=None, qmod=qmod, signal=signal, spans=spans)]
    if not num and not drel:
        if g.get("long") and not (unit == "second" and "-" not in g["long"]):
            # "a week-long visit", "month-long"; not "its second long deployment": the ordinal
            return [Mention(start=start, end=end, kind="b_duration", groups=g, part=None, qmod=qmod, signal=signal, spans=spans)]
        if not plural or prev not in _BARE_UNIT_PREPS:
            return []
        if unit in ("second", "quarter"):
            return []
    if unit == "second" and (num in ("a", "an", "") or num.endswith("second")):
        return []
    if unit == "quarter" and (num in ("a", "an", "one", "") and not drel):
        return []
    if unit == "quarter" and num in ("three",) and text[end : end + 3].lower() == " of":
        return []
    if drel == "the" and num:
        # "the nine months ended Sept. 30": the article belongs to the amount (TimeBank); not in
        # "the two-year plan", "the two day rally" (it is the plan's) or a name ("the Seven Days")
        n_start = m.start("num")
        if not plural or "-" in g.get("adj", "") or text[n_start].isupper() or text[spans["unit"][0]].isupper():
            start = n_start
    elif drel == "the" and prev not in ("over", "in", "through", "throughout", "during", "across", "for", "within"):
        return []  # "over the years", "in the weeks before": a vague stretch of time
    if not num and drel in ("the first", "the final", "the same", "the latest", "the last", "the past", "past"):
        if drel in ("the first", "the final", "the same", "the latest"):
            return []
    if num in ("a", "an") and unit in ("day",) and not g.get("long") and prev in ("one", "twice", "once", "times"):
        return []
    if num in ("some", "many") and not plural:
        return []
    if unit == "centurie" and not plural:
        return []
    if g.get("adj") and "-" in g["adj"] and plural and not g.get("long"):
        pass
    return [Mention(start=start, end=end, kind="b_duration", groups=g, part=None, qmod=qmod, signal=signal, spans=spans)]
