"""extract(): the one place that knows the order of steps and the overlap and merge policies.

    check input → reference date → times → document (sentences, actors, money, systems)
    → rules → veto (negated, hypothetical, habitual) → status and date
    → overlaps → merge repeated mentions → events

**Overlap policy.** Two drafts whose triggers overlap are two readings of the same words: the
one with the longer evidence wins, then the higher rule priority, then the earlier start
(so "a £1.9bn export agreement ... was reached" is an export deal, not an agreement).

**Merge policy.** Mentions of one real-world event become one event whose ``evidence`` lists
every mention. Two drafts are the same event when they have the same type, compatible
participants (equal, or one a subset of the other), compatible dates (one missing, or one
interval inside the other), equal money and names where both have them, and, when both name
office holders, the same offices ("the Defence Secretary met his French counterpart" and "the
Chief of the Defence Staff joined his French counterpart" stay two meetings). A definite
back-reference ("the agreement was reached", "ahead of the meeting in Paris") joins the
nearest earlier compatible event of its type, preferring one at the same place; with none, it
stands alone only if it names participants.

**Dates.** An event takes the time expression inside its evidence nearest its trigger; failing
that, the nearest in its clause, then in its sentence. Failing that, an event that is not
planned takes the publication date (basis "publication"); a planned one stays undated.

**Time.** Each rule's pattern search is bounded (:func:`_regex_timeout`: 2 s, or 1 s per
100,000 characters, of ``regex`` matching time). A search that runs out keeps the matches it
found and adds a warning; it never hangs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from . import _lazy_regex as regex

from . import gazetteers, modality, timex
from .actors import state_actor
from .document import Document, payer_currency
from .errors import InputTypeError, PublishedDateError
from .rules import Draft, Rule, all_rules
from .rules._args import is_venue, location_of, phrase_end, town_told_before
from .rules._cues import LOOKAHEAD, cue_index, sentence_spans
from .rules._location import locate
from .rules._sale import value_told_after
from .rules.deployment import MOVES
from .schema import EVENT_TYPES, Actor, EventBase, Extraction, Place, Span, TimeValue
from .timex.anaphora import GRAIN_ORDER

__all__ = ["extract", "parse_published"]

_DATE_VALUE = regex.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?")


def _check_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"extract() takes text as str, got {type(text).__name__}: decode it first, e.g. data.decode('utf-8')")
    raise InputTypeError(f"extract() takes text as str, got {type(text).__name__}")


def parse_published(published: date | datetime | str | None) -> date | None:
    """The publication date as a date: a date, a datetime, or an ISO 8601 string (date or datetime).

    >>> parse_published("2025-03-12T09:30:00Z")
    datetime.date(2025, 3, 12)
    """
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        s = published.strip()
        try:
            return date.fromisoformat(s[:10]) if len(s) >= 10 and s[10:11] in ("", "T", " ") else date.fromisoformat(s)
        except ValueError:
            raise PublishedDateError(
                f"published={published!r} is not an ISO date (YYYY-MM-DD or an ISO datetime)") from None
    raise PublishedDateError(f"published={published!r} is not a date, datetime or ISO date string")


# --- steps ---------------------------------------------------------------------------------


_DATELINE_REACH = 400  # how far into the text a dateline may carry its own date
_DATELINE_LAG = 3  # days a wire's dateline may run ahead of its publication


# the city a dateline's date follows: "Maputo, 07 Jan 2025 (Lusa) –", "Ulm, 9 March 2026 –" (not a
# timeline's "12 March 2021 — Greece signs ...")
_CITY_BEFORE_DATE = regex.compile(r"(?:^|\n)[^\S\n]*\p{Lu}[\p{L}.'’ -]{1,40}?,[^\S\n]*\Z")


def _dateline_date(text: str) -> tuple[date, Span] | None:
    """The date a dateline gives the item, with its span, when a city comes before it."""
    found = timex.detect_reference(text[:_DATELINE_REACH])
    if found is None or found[1] is None or not _CITY_BEFORE_DATE.search(text, max(0, found[1].start - 60), found[1].start):
        return None
    return found


def _reference(text: str, published: date | None, warnings: list[str],
               dateline: tuple[date, Span] | None = None) -> tuple[date | None, str | None]:
    if published is not None:
        # "Maputo, 07 Jan 2025 (Lusa) – ... was received today": an item filed a day or two before it is
        # published says "today" of the day it was written
        if dateline is not None and 0 < (published - dateline[0]).days <= _DATELINE_LAG:
            return dateline[0], "text"
        return published, "published"
    found = timex.detect_reference(text)
    if found is not None:
        return found[0], "text"
    warnings.append("no publication date given and none stated in the text: relative dates are left unresolved")
    return None, None


def _regex_timeout(text: str) -> float:
    """Seconds one rule's pattern may spend searching ``text``: 2 s, or 1 s per 100,000 characters.

    A last guard against a pattern that backtracks badly on some input (``regex`` counts the
    time spent matching, summed over the whole scan). Normal news takes well under 0.1 s per
    rule per megabyte, so only a pathological search ever reaches it."""
    return max(2.0, len(text) / 100_000)


def _matches(rule: Rule, text: str, spans: list[tuple[int, int]], timeout: float,
             warnings: list[str] | None) -> list[regex.Match[str]]:
    """The rule's matches that start in ``spans`` (its cue sentences, see :mod:`defevents.rules._cues`),
    in order and without overlaps, as a scan of the whole text finds them. If a search runs out of
    time, the ones found before, and a warning saying where the search stopped. The matches are
    collected before any is built: ``regex`` counts the time between two matches of a scan against
    its timeout. A rule that names its ``starts`` is tried only where a word begins with one: the
    same matches, since every match of it begins there, found without trying its alternation at
    every character."""
    found: list[regex.Match[str]] = []
    resume = 0  # where the last match ended: a match may run on into the next cue sentence
    starts = rule.start_finder
    try:
        for a, b in spans:
            if max(a, resume) >= b:
                continue
            end = min(len(text), b + LOOKAHEAD)
            if starts is None:
                for m in rule.compiled.finditer(text, max(a, resume), end, timeout=timeout):
                    if m.start() >= b:
                        break
                    found.append(m)
                    resume = m.end()
                continue
            for s in starts.finditer(text, max(a, resume), b):
                if s.start() < resume:
                    continue
                m = rule.compiled.match(text, s.start(), end, timeout=timeout)
                if m is not None:
                    found.append(m)
                    resume = m.end()
    except TimeoutError:
        if warnings is not None:
            reached = found[-1].end() if found else 0
            warnings.append(f"rule {rule.id} timed out after {timeout:g} s of searching: the text after "
                            f"character {reached} was not searched for it")
    return found


def _match_rules(doc: Document, rules: Iterable[Rule], warnings: list[str] | None = None) -> list[Draft]:
    drafts = []
    timeout = _regex_timeout(doc.text)
    rules = tuple(rules)
    cued = cue_index(rules).sentences(doc.text, doc.segments)
    for rule in rules:
        for m in _matches(rule, doc.text, sentence_spans(rule, cued, doc.segments), timeout, warnings):
            draft = rule.build(m, doc, rule)
            if draft is None:
                continue
            clause = doc.clause(draft.trigger[0])
            if modality.veto(doc.text, draft.trigger[0], clause, dated=doc.dated(*clause)) is not None or (
                    draft.verb is not None and modality.veto(doc.text, draft.verb, doc.clause(draft.verb),
                                                             dated=doc.dated(*clause)) is not None):
                continue
            if _REMARK.search(doc.text, doc.sentence(draft.trigger[0])[0], draft.trigger[0]):
                draft.anaphoric = True
            if draft.location is None:
                draft.location = locate(doc, draft)
            drafts.append(draft)
    return drafts


# "It is the first time Norwegian F-35s have been stationed in Poland": a remark on the event
# just told, which joins it (or, if none was told, stands on its own)
_REMARK = regex.compile(
    r"(?i)\b(?:it|this|that)\s+(?:is|was|will\s+be|would\s+be|marks|marked|becomes|became)\s+the\s+"
    r"(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|only|last)\s+time\b[^.;:]*\Z")


_OPEN_AGO = regex.compile(r"(?i)\bago$")
_PREVIOUSLY = regex.compile(r"(?i)\b(?:has|have|had)\s+(?:previously|formerly|in\s+the\s+past)\s+(?:also\s+)?\Z"
                            # "on top of Morocco's earlier purchase of Apaches from the US", "its previous order"
                            r"|(?:['’]s|\b(?:its|their|his|her|the|an|a))\s+(?:earlier|previous|prior|former|past)\s+\Z")
# "has also sold the Archer to Norway, Britain and Italy", "have already signed similar accords": a
# record, background unless dated (a force that "has also deployed" is there now: still a presence)
_ALSO_RECORD = regex.compile(r"(?i)\b(?:has|have|had)\s+(?:also|already)\s+\Z")
# "Damen has also signed a contract with ...": a new signing the story goes on to tell, not a record
_SIGNING_ACT = regex.compile(r"(?i)(?:sign|ink|conclu|seal|struck|strike|finali[sz]|plac|won\b|win|award|secur)")


def _is_dated(t: TimeValue) -> bool:
    """A time that can date an event: a date or a time, not a duration or a set."""
    if t.type not in ("DATE", "TIME"):
        return False
    return bool(t.value and _DATE_VALUE.match(t.value)) or (t.value is None and t.basis != "explicit")


# "a cooperation programme for 2026", "a plan covering 2026-2028": the period of what was agreed,
# never the date of the act ("scheduled for 2026" is one)
_PERIOD_OF = regex.compile(
    r"(?i)(?<!\b(?:scheduled|planned|set|slated|expected|due|targeted|earmarked|pencil+ed\s+in)\s+)"
    r"\b(?:for|covering|spanning)\s+(?:the\s+(?:years?|period)\s+)?\Z")


def _periods(doc: Document, a: int, b: int) -> set[int]:
    """The starts of the times between ``a`` and ``b`` that give the period of what was agreed."""
    out: set[int] = set()
    last_end = -1
    for t in doc.times_in(a, b):
        if t.span and (_PERIOD_OF.search(doc.text, max(0, t.span.start - 40), t.span.start)
                       or (last_end >= 0 and _RANGE_GAP.fullmatch(doc.text, last_end, t.span.start))):
            out.add(t.span.start)  # the second end of "covering 2026-2028" too
            last_end = t.span.end
    return out


_RANGE_GAP = regex.compile(r"\s*(?:[-–—]|to|and|through|thru|until|till)\s*")  # between the two ends of a range


def _nearest(times: list[TimeValue], pos: int, skip: set[int] = frozenset()) -> TimeValue | None:
    times = [t for t in times if _is_dated(t) and t.span.start not in skip]
    if not times:
        return None
    return min(times, key=lambda t: (min(abs(t.span.start - pos), abs(t.span.end - pos)), t.span.start))


_BARE_MONTH_OR_SEASON = regex.compile(
    r"(?i)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)\w*")


def _as_future(t: TimeValue, reference: date) -> TimeValue:
    """A relative time read as past ("in the summer") re-read for a planned event."""
    # a bare month ("October", "May") is read only after a preposition, as the text had it
    again = timex.resolve_time(t.text, reference=reference, tense="future") \
        or timex.resolve_time(f"in {t.text}", reference=reference, tense="future")
    if again is not None and again.start is not None and again.end is not None and again.end < reference \
            and _BARE_MONTH_OR_SEASON.fullmatch(t.text):
        # the resolver may keep a month just past for a future verb ("results are expected in March",
        # written in April); a plan still to come is next year's
        again = timex.resolve_time(f"{t.text} {again.start.year + 1}", reference=reference) or again
    if again is None or again.value is None:
        return t
    return again.model_copy(update={"span": t.span, "text": t.text, "basis": "relative"})


# "On the same occasion", "At the same ceremony": the scene just told
# "On the same occasion", "At the same ceremony", "Alongside the contract": told with the act just told
_SAME_OCCASION = (r"on\s+(?:the\s+same|that|this|the)\s+occasion|(?:at|in|during)\s+the\s+same\s+(?:event|ceremony|meeting|session|sitting|visit|talks|time)|at\s+(?:the|that|this)\s+(?:talks|meeting)\b"
                  r"|alongside\s+(?:the|that|this)\s+(?:contract|deal|agreement|order|memorandum|accord|purchase)")
# A sentence that continues the one before ("There he met...", "The two allies signed...")
_CONTINUES = regex.compile(
    r"(?i)(?:there|then|afterwards|later|during\s+the\s+(?:visit|talks|meeting|trip)|at\s+the\s+(?:meeting|talks|summit)|"
    # "In their talks, which lasted an hour, the two discussed ...": the talks just told
    r"in\s+(?:the|their|these|those)\s+(?:talks|meeting|discussions|consultations)|"
    # "According to a statement issued by the ministry, ...": the report of what was just told; "On the day of the
    # signing, ...": the day just told
    r"according\s+to\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|readout|release|communiqu[ée])|"
    r"on\s+the\s+(?:same\s+)?day\s+of\s+the\s+(?:signing|visit|talks|meeting|ceremony|summit|handover|arrival)|"
    rf"{_SAME_OCCASION}|"
    r"he|she|they|it|the\s+two\s+\w+|both\s+(?:countries|sides|parties|leaders|ministers|nations|allies)|both|"
    r"the\s+(?:ministers|leaders|delegations|presidents|prime\s+ministers|defen[cs]e\s+chiefs|army\s+chiefs|officials\s+also|sides|parties)|"
    r"the\s+heads\s+of\s+(?:the\s+)?(?:two\s+|both\s+)?(?:defen[cs]e\s+)?(?:ministries|delegations)|"
    r"the\s+(?:pact|deal|agreement|treaty|contract|order|purchase|sale|signing|ceremony|meeting|talks|visit|audience|session|encounter|discussions|consultations|"
    r"unit|units|battery|batteries|ship|ships|"
    r"mou|memorandum|accord|declaration|protocol|document|documents|plan|arrangement|"
    r"aircraft|jets|troops|force|contingent|squadron|detachment|battalion|brigade|deployment|mission))\b")


_HONORIFIC = regex.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")


def _opens_with_known_person(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` opens with a person named by surname alone who is named in the
    sentence before ("... received Philippine President Ferdinand Marcos Jr. in Tokyo on
    Wednesday. Ishiba and Marcos agreed ..."): the story goes on with the same scene."""
    if i <= 0:
        return False
    a, b = doc.segments.sentences[i]
    first = doc.mentions_in(a, b)[:1]
    if not first or first[0].form != "person" or not first[0].surname \
            or _HONORIFIC.match(doc.text, a).end() != first[0].start \
            or doc.text[first[0].start:first[0].end] != first[0].surname:
        return False
    return any(m.surname == first[0].surname for m in doc.mentions_in(*doc.segments.sentences[i - 1]))


def _continues_sentence(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` continues the one before: it opens with "There", "He", "The two
    allies" and the like, or with the surname of someone named there."""
    return i > 0 and (bool(_CONTINUES.match(doc.text, doc.segments.sentences[i][0])) or _opens_with_known_person(doc, i))


# "... was signed there", "on the same day": the scene, and so the date, of the sentence before
_SCENE = regex.compile(
    rf"(?i)\b(?:there|that\s+day|the\s+same\s+day|{_SAME_OCCASION}|"
    # "After the talks, the two sides signed ...": the day of the meeting just told ("Before the talks, the
    # directorate signed the contract": the same day)
    r"(?:during|after|before|following|at\s+the\s+(?:end|close|conclusion)\s+of|on\s+the\s+(?:sidelines|margins?)\s+of|in\s+the\s+course\s+of"
    # "... placed an order with Naval Group in the wake of the meeting", "in parallel with the visit"
    r"|in\s+the\s+wake\s+of|in\s+parallel\s+(?:with|to)|on\s+the\s+back\s+of|(?:came\s+)?out\s+of)\s+"
    r"(?:the|their|these|those|this|that)\s+(?:[\w-]+\s+){0,2}?(?:visit|talks|meeting|meetings|audience|call|discussions|consultations|summit|session|"
    # "During the ceremony, ... signed": the handover or launch just told
    r"ceremony|handover|hand-over|event|launch|reception)"
    # "Shortly after berthing, the commander called on ...", "On arrival, ...", "At the hand-over, ... signed":
    # the arrival or delivery just told
    r"|(?:(?:shortly|soon|just|immediately)\s+)?(?:after|on|upon|following)\s+(?:(?:her|his|its|their|the\s+ship['’]s|the)\s+)?(?:arrival|arriving|berthing|docking|landing|mooring)"
    r"|at\s+the\s+(?:hand-?over|handover|ceremony|signing\s+ceremony|welcome\s+ceremony)|in\s+their\s+presence"
    # "In the presence of the two ministers, Navantia signed ...": witnessed by those who just met
    r"|(?:in\s+the\s+presence\s+of|witnessed\s+by)\s+(?:the|both)\s+(?:two\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ministers|leaders|presidents|prime\s+ministers|heads\s+of\s+state|chiefs|delegations|officials))\b")


def _scene(doc: Document, clause: tuple[int, int]) -> bool:
    """Whether the clause points back at the scene of the sentence before ("there", "that day")."""
    key = ("scene", *clause)
    if key not in doc.memo:
        doc.memo[key] = _SCENE.search(doc.text, *clause) is not None
    return doc.memo[key]


# "The day after the audience, the army took delivery of ...": a day counted from the scene just told
_DAY_FROM_SCENE = regex.compile(
    r"(?i)\b(?:the|a)\s+day\s+(?P<dir>after|before)\s+(?:the|their|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|talks|meeting|audience|signing|ceremony|summit|handover|hand-over|arrival|session)\b")


def _day_from_scene(doc: Document, clause: tuple[int, int], carried: TimeValue) -> TimeValue:
    """``carried``, the scene's day, moved by the "the day after|before the <scene>" the clause counts from it."""
    shift = _DAY_FROM_SCENE.search(doc.text, *clause)
    if shift is None or carried.grain != "day" or carried.start is None:
        return carried
    day = carried.start + timedelta(days=1 if shift.group("dir").lower() == "after" else -1)
    return TimeValue(text=shift.group(), value=day.isoformat(), type="DATE", grain="day", start=day, end=day,
                     basis="relative", span=doc.span(*shift.span()))


_BACKGROUND_CLAUSE = regex.compile(r"(?i),\s*(?:[^,;.]*?\s)?(?:who|which|whose|since|after|before)\b[^,;.]*\Z")


# a year that ends a name: "Pacific Partnership 2026", "Exercise Talisman Sabre 2025" (not "March 2026")
_NAME_BEFORE_YEAR = regex.compile(
    r"(?<![\w’'-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\p{Lu}[\p{L}’'-]+[^\S\n]+\Z")


def _name_year(text: str, t: TimeValue) -> bool:
    return t.grain == "year" and t.span is not None and bool(_NAME_BEFORE_YEAR.search(text, max(0, t.span.start - 30), t.span.start))


def _remember_dateline(doc: Document, found: tuple[date, Span] | None) -> None:
    if found is None:
        doc.memo["dateline_date"] = _dateline_day_without_year(doc)
        return
    doc.memo["dateline_date"] = (found[1].start, found[1].end)


# after a dateline's day: its agency and the dash ("RIGA, 14 March /LETA/ –", "SEOUL, March 29 (Yonhap) --")
_AFTER_DATELINE_DAY = regex.compile(r"[^\S\n]*(?:(?:\([^()\n]{1,30}\)|/[^/\n]{1,20}/)[^\S\n]*)?(?:[–—]|--?)")


def _dateline_day_without_year(doc: Document) -> tuple[int, int] | None:
    """The span of a dateline's day the text gives no year for ("RIGA, 14 March /LETA/ – ..."): a day
    right after the opening city, before the agency and the dash (see :func:`_dateline_date`)."""
    for t in doc.times:
        if t.span is None or t.span.start > _DATELINE_REACH:
            break
        if t.grain == "day" and _CITY_BEFORE_DATE.search(doc.text, max(0, t.span.start - 60), t.span.start) \
                and _AFTER_DATELINE_DAY.match(doc.text, t.span.end):
            return (t.span.start, t.span.end)
    return None


def _in_dateline(doc: Document, t: TimeValue) -> bool:
    """Whether ``t`` is the date of the dateline ("Ulm, 9 March 2026 – Hensoldt has signed ..."): when
    the item was written, not when what it tells happened (a retelling may date it: "The contract
    was signed in Warsaw on 6 March")."""
    if "dateline_date" not in doc.memo:
        _remember_dateline(doc, _dateline_date(doc.text))
    span = doc.memo["dateline_date"]
    return span is not None and t.span is not None and span[0] <= t.span.start < span[1]


def _carried_over(doc: Document, sentence_start: int, planned: bool = True, through_scene: bool = False) -> TimeValue | None:
    """The last date of the sentence before, for a sentence that continues it; through a sentence
    with no date that itself continues the one before it (up to three back). A time still to come
    ("deliveries will start in 2027") dates no act told in the past tense ("At the end of the
    meeting, the two ministers signed ..."): ``planned`` False passes over it. ``through_scene`` passes through a
    sentence that points back at the scene ("Among the documents signed at the end of the talks was ..."), for a sale
    told after it."""
    i = doc.segments.sentence_index(sentence_start)
    for back in range(i - 1, max(-1, i - 4), -1):
        a, b = doc.segments.sentences[back]
        if _QUESTION.fullmatch(doc.text, a, b):
            continue  # an explainer's question between the scene and its answer ("So what was agreed?")
        every = [t for t in doc.times_in(a, b) if _is_dated(t)]
        # (the far end of a range still to come, "to be paid between 2026 and 2032", is no past day either)
        dated = [t for t in every if planned or doc.reference is None or (t.start or t.end) is None or (t.start or t.end) <= doc.reference]
        if dated:
            # not a background time told with the event: "..., the first visit since X took office in
            # August", "..., who had arrived a day earlier"
            told = [t for t in dated if not _since(doc, t) and not _attributive_year(doc.text, t)
                    and not (t.span is not None and _BACKGROUND_CLAUSE.search(doc.text, max(a, t.span.start - 80), t.span.start))
                    and not (t.span is not None and _ITS_TERMS.search(doc.text, a, t.span.start))]
            # "met Friday ..., according to a statement her office issued Sunday": the act's day before the report's
            acts = [t for t in told if not _said_on(doc.text, t, a)]
            # "berthed in Maputo on Friday during Pacific Partnership 2026": the day, not the name's year
            # (only a name's year, "Oman Vision 2040": no time to carry)
            named = [t for t in acts if _name_year(doc.text, t)]
            acts = [t for t in acts if t not in named]
            if acts or (told and len(named) < len(told)):
                last = (acts or [t for t in told if t not in named])[-1]
                # "hosted his Indonesian counterpart on Monday, their third encounter this year": the day, not the
                # span holding it that an apposition adds
                inner = [t for t in acts if t is not last and GRAIN_ORDER.get(t.grain, 9) < GRAIN_ORDER.get(last.grain, 9)
                         and None not in (t.start, t.end, last.start, last.end) and last.start <= t.start and t.end <= last.end]
                return inner[-1] if inner else last
            if named:
                return None
            # only background ("has kept a detachment there since 2014"): no date to carry, as if none
        if not _continues_sentence(doc, back) and not (through_scene and _scene(doc, (a, b))) and not (every and not dated):
            # "He met X on Monday. They discussed Y. They also signed Z": Monday, through a chain (and through a
            # sentence that tells only what is to come: "The launchers will be delivered from 2027.", or one
            # that points back at the scene: "Among the documents signed at the end of the talks was ...")
            return None
    return None


# a question that heads an explainer's answer: "So what was agreed?", "Why does it matter?" (no time in it)
_QUESTION = regex.compile(r"[^\d\n]{3,80}\?\s*")


def _publication(reference: date) -> TimeValue:
    return TimeValue(text="", value=reference.isoformat(), type="DATE", grain="day",
                     start=reference, end=reference, basis="publication")


def _date_and_status(d: Draft, doc: Document) -> None:
    text, pos = doc.text, d.trigger[0]
    clause, sentence = doc.clause(pos), doc.sentence(pos)
    # an event told as another's background ("days after a team of engineers arrived") has no time of its own
    undated = d.background
    if d.when is None and not undated:
        phrase = (d.evidence[0], max(d.evidence[1], phrase_end(doc, d.evidence[1])))
        # the sentence, up to the end of the trigger's clause: a later clause dates something else
        # (never before the trigger's sentence: evidence that reaches back to the person "He"
        # stands for does not take that sentence's date)
        periods = _periods(doc, sentence[0], max(clause[1], phrase[1]))
        # a year that labels a thing ("their 2012 agreement") dates the act only when nothing else does
        label_only: TimeValue | None = None
        for a, b in (d.evidence, phrase, clause, (sentence[0], clause[1])):
            times = [t for t in doc.times_in(max(a, sentence[0]), b)
                     # a presence's start may be told in a relative ("which have flown from the base since 2021, now keep"); an arrival's never is
                     if not (_in_relative_clause(doc, t, pos, sentence[0])
                             and not (d.type == "deployment" and d.rule not in MOVES and _since(doc, t)))
                     and not (d.type != "deployment" and _since(doc, t))
                     and not _in_dateline(doc, t) and not _plan_year(text, t)
                     # "for the second time this year, on Tuesday": the count's period, not the event's day
                     and not (t.span is not None and _NTH_TIME_BEFORE.search(text, max(0, t.span.start - 30), t.span.start))
                     and not (d.type in ("agreement", "export_deal") and _in_its_terms(doc, t, d.trigger[1]))
                     # "A plan for defence cooperation in 2026–2027 was signed after the talks": the period the text covers
                     and not (d.rule == "agreement.passive" and t.span is not None and d.trigger[0] < t.span.start
                              and t.span.end < d.trigger[1] and t.grain not in ("day", "hour", "minute"))
                     # "will stay for two weeks so that engineers can rebuild a bridge lost in October"
                     and not (t.span is not None and t.span.start > d.trigger[1] and _SO_THAT.search(text, d.trigger[1], t.span.start))
                     and not (t.span is not None and t.span.start > d.trigger[1] and modality.status(text, _verb(d), clause) != "planned"
                              and _AND_THEN.search(text, d.trigger[1], t.span.start))
                     # "... and supersedes a 1997 text", "replacing the 2015 memorandum": the old instrument's year
                     and not (d.type == "agreement" and t.span is not None and _REPLACES.search(text, max(0, t.span.start - 40), t.span.start))
                     # "signed a memorandum, a follow-up to the agreement which Baghdad and Tehran signed in March 2023"
                     and not (d.type != "deployment" and t.span is not None and t.span.start > d.trigger[1]
                              and _WHICH_AFTER.search(text, d.trigger[1], t.span.start))]
            d.when = _nearest([t for t in times if not _attributive_year(text, t) and not _time_of_agreeing(text, t, pos)],
                              pos, periods)
            if d.when is not None:
                break
            label_only = label_only or _nearest(times, pos, periods)
        d.when = d.when or label_only
        if d.when is None and (lead := doc.list_lead(pos)) is not None:
            # "(b) a contract with Elbit Systems for coastal radars, worth PHP 4 billion;": the time of the lead,
            # "Manila's defence department signed three contracts on Monday:", or of the scene the lead continues
            told = [t for t in doc.times_in(*lead) if _is_dated(t) and not _said_on(text, t, lead[0])]
            d.when = told[-1] if told else (_carried_over(doc, lead[0], planned=False)
                                             if _continues_sentence(doc, doc.segments.sentence_index(lead[0])) or _scene(doc, lead) else None)
        if d.when is None and d.type == "export_deal" and (handed := _HANDED_OVER_RELATIVE.match(text, clause[1], sentence[1])):
            # "received its second Akash battery, which was handed over by Bharat Dynamics ... on Thursday"
            d.when = _nearest([t for t in doc.times_in(*handed.span()) if _is_dated(t)], pos, periods)
        if d.when is None and d.type == "export_deal" and (signed := _SIGNED_AFTER_SEMICOLON.match(text, clause[1], sentence[1])):
            # "Slovakia is buying six radars from Retia ...; the contract was signed on Monday in Bratislava": the signing's day
            # (and place)
            d.when = _nearest([t for t in doc.times_in(*signed.span()) if _is_dated(t)], pos, periods)
            d.location = d.location or location_of(doc, *signed.span())
            if d.when is not None and doc.reference and d.when.start and d.when.start <= doc.reference:
                d.fields["status"] = "completed"
        if d.when is not None and _OPEN_AGO.search(d.when.span.text if d.when.span else "") and d.when.mod == "BEFORE":
            d.when, d.needs_date = None, True  # "bought ten trainers more than a decade ago": background with no date
        if d.when is not None and _said_on(text, d.when, sentence[0]):
            d.when = _own_day(doc, d.when, (pos, phrase_end(doc, d.trigger[1])), pos, periods) or d.when
    if d.when is None and (_PREVIOUSLY.search(text, max(sentence[0], pos - 30), pos)
                           or (d.type != "deployment" and _ALSO_RECORD.search(text, max(sentence[0], pos - 20), pos)
                               and not _SIGNING_ACT.match(text, pos))):
        d.needs_date = True  # "Czechia has previously supplied Moldova with howitzers": background, dated or nothing
    if d.when is not None and d.when.basis != "publication":
        d.dated_by_report = _said_on(text, d.when)
    carried = False
    if d.when is None and not undated and (_continues_sentence(doc, doc.segments.sentence_index(pos)) or _scene(doc, clause)):
        planned = modality.status(text, _verb(d), doc.clause(_verb(d))) == "planned"
        d.when = _carried_over(doc, sentence[0], planned=planned, through_scene=d.type == "export_deal" and not planned)
        carried = d.when is not None
        if d.when is not None:
            d.when = _day_from_scene(doc, clause, d.when)
    # a time after publication, or a deadline still ahead ("by 2027") marks a plan
    first = d.when and (d.when.start or (d.when.end if _deadline(doc, d.when) else None))
    future = bool(first and doc.reference and first > doc.reference)
    d.status = d.fields.pop("status", None) or modality.status(text, _verb(d), doc.clause(_verb(d)), future_time=future)
    if d.status == "completed" and pos < doc.title_block_end and _HEADLINE_FUTURE.search(text, sentence[0], pos):
        d.status = "planned"
        if d.when is not None and d.when.basis == "publication":
            d.when = None
    if carried and d.status == "planned" and d.when.end and doc.reference and d.when.end < doc.reference:
        d.when = None  # "... visited Kyiv on Monday. He will meet ...": the plan is not Monday's
    if d.status == "planned" and d.when is not None and d.when.basis == "relative" and d.when.span \
            and d.when.grain in ("season", "month", "quarter", "half") and doc.reference and d.when.end \
            and d.when.end < doc.reference:
        d.when = _as_future(d.when, doc.reference)
    if d.when is None and d.status != "planned" and not undated:
        d.when = _reported_on(doc, clause[1], sentence[1])
        d.dated_by_report = d.when is not None
    reported = d.fields.pop("reported", False)
    if d.when is None and (d.status != "planned" or reported) and doc.reference is not None and not undated:
        d.when = _publication(doc.reference)
    if d.when is not None:
        d.when = _whole_range(doc, d.when)


def _whole_range(doc: Document, t: TimeValue) -> TimeValue:
    """An event dated by one end of a range of days in one month ("on a visit from 9 to 11 November",
    "September 10-13") is dated by the whole range: the month as its value, as event datasets give it,
    and the range's first and last days as its interval, with a span over both ends."""
    if t.span is None or t.grain != "day" or t.mod not in ("ON_OR_AFTER", "ON_OR_BEFORE"):
        return t
    times = doc.times_in(t.span.start - 20, t.span.end + 20) if t.mod == "ON_OR_BEFORE" else doc.times_in(t.span.end, t.span.end + 20)
    if t.mod == "ON_OR_AFTER":
        first, last = t, next((u for u in times if u.span.start >= t.span.end), None)
    else:
        first, last = next((u for u in reversed(times) if u.span.end <= t.span.start), None), t
    if first is None or last is None or first.mod != "ON_OR_AFTER" or last.mod != "ON_OR_BEFORE" \
            or first.grain != "day" or last.grain != "day" or not first.start or not last.end \
            or (first.start.year, first.start.month) != (last.end.year, last.end.month) \
            or not _RANGE_GAP.fullmatch(doc.text, first.span.end, last.span.start):
        return t
    return TimeValue(text=doc.text[first.span.start:last.span.end], value=first.start.isoformat()[:7], grain="month",
                     start=first.start, end=last.end, basis=first.basis, span=doc.span(first.span.start, last.span.end))


# "the first ministerial meeting between the two since the border crisis of 2023", "the largest
# order since 2010": the start of a span the event ends, not its date (a deployment's "since" is its start)
# "since 2014", "until 2029", "which dates from 2021": how long a state lasts, which dates a deployment but not a pact, a
# meeting or a sale ("a memorandum ... setting out how costs are shared until 2029")
_SINCE = regex.compile(r"(?i)\b(?:since|until|till|through|(?:dates|dated|dating)\s+(?:back\s+)?(?:from|to))\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?:of|in)\s+)?\Z")


_BY = regex.compile(r"(?i)\bby\s+\Z")


def _deadline(doc: Document, t: TimeValue) -> bool:
    """ "by 2027": the latest time for an act, which is still to come if that time is."""
    return t.mod == "ON_OR_BEFORE" and t.span is not None and bool(_BY.search(doc.text, max(0, t.span.start - 4), t.span.start))


def _since(doc: Document, t: TimeValue) -> bool:
    return t.span is not None and bool(_SINCE.search(doc.text, max(0, t.span.start - 60), t.span.start))


# ", who took command in March," between the subject and its verb: a time of the person's own (a
# "which" clause may tell the event itself: "the deployment, which ran from April to December, ...")
_RELATIVE_OPEN = regex.compile(r",\s*(?:who|whose|which|the|a|an)\s[^,;.:()]*\Z")
_RELATIVE_CLOSE = regex.compile(r"[^,;.:()]*,")


def _in_relative_clause(doc: Document, t: TimeValue, pos: int, floor: int) -> bool:
    """Whether ``t`` lies in a "who" or "which" clause that closes before the trigger at ``pos``
    ("Brigadier General Ana Ruiz, who took command in March, called on ... on Monday", "ITS Carabiniere,
    which took over as flagship in April, arrived in Haifa on Friday")."""
    if t.span is None or t.span.end > pos:
        return False
    return bool(_RELATIVE_OPEN.search(doc.text, max(floor, t.span.start - 120), t.span.start)) \
        and (close := _RELATIVE_CLOSE.match(doc.text, t.span.end, pos)) is not None and close.end() <= pos


def _undated_background(d: Draft, doc: Document) -> bool:
    """A draft of a background phrasing ("the Rafale jets bought from France") that the text does
    not date: no event, as the sale may be decades old (the publication date is no date for it, nor
    is a deadline for what is still to happen: "the remaining Gripens bought from Sweden to reach
    Thailand by 2027"), nor a time still to come: "expects the last F-35s it ordered from the US to arrive in 2032")."""
    return d.needs_date and (d.when is None or d.when.basis == "publication" or _deadline(doc, d.when)
                             or (doc.reference is not None and d.when.start is not None and d.when.start > doc.reference))


def _agreed_beside_signed(d: Draft, drafts: list[Draft], doc: Document) -> bool:
    """A story that opens on words agreed, dated by the report ("Mongolia and Japan have agreed to
    expand cooperation in peacekeeping training"), and tells a signed text between the same parties:
    the opening sums up the signing. (Words agreed at a meeting beside a signing are an agreement of
    their own: "agreed to expand joint border patrols ... also witnessed the signing of a memorandum".)"""
    if d.rule != "agreement.agreed_to" or len(d.codes) < 2:
        return False
    i = doc.segments.sentence_index(d.trigger[0])
    # "Mongolia and Japan have agreed to ...": a summary of the day, opening the story
    reported = (d.when is None or d.when.basis == "publication") and i <= 2
    return reported and any(e is not d and e.type == "agreement" and e.rule != "agreement.agreed_to" and e.codes == d.codes
                            for e in drafts)


_EXPECTED_TO = regex.compile(r"(?i)\b(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\s+(?:[\w’'-]+\s+){0,2}?\Z")


def _expected_without_day(d: Draft, doc: Document) -> bool:
    """A signing only expected, with no day, week, month or quarter fixed ("Both sides are also expected to
    sign a protocol on border demarcation later this year"): a forecast, not a scheduled event ("are expected to
    sign a revised pact in February" names when)."""
    return d.type == "agreement" and d.status == "planned" and (
        d.when is None or d.when.grain not in ("day", "hour", "minute", "week", "month", "quarter") or bool(d.when.mod)) \
        and bool(_EXPECTED_TO.search(doc.text, max(doc.clause(_verb(d))[0], _verb(d) - 60), _verb(d))) \
        and not _DURING_AN_OCCASION.search(doc.text, d.trigger[1], doc.sentence(d.trigger[0])[1])


# "are expected to sign a memorandum during the visit": a signing tied to a visit or talks already scheduled
_DURING_AN_OCCASION = regex.compile(
    r"(?i)\b(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|his|her|their|this|that)\s+(?:[\w-]+\s+)?(?:visit|talks|meeting|summit|trip)\b")


def _verb(d: Draft) -> int:
    """Where tense and modality are read: the verb, when the rule found it apart from the trigger."""
    return d.trigger[0] if d.verb is None else d.verb


# "... will be signed if the cabinets approve it", "will deploy unless talks resume": a condition on the plan
_CONDITION_AFTER = regex.compile(
    r"(?i)(?:(?!,?\s{1,3}(?:and|but|while|whereas|although|though)\b)[^.;:!?]){0,120}?\b(?:if|unless|provided\s+that|providing\s+that"
    # "plans to buy 12 more, subject to future budget approval", "pending parliamentary ratification"
    r"|(?:subject\s+to|pending|conditional\s+(?:on|upon))\s+(?:[\w’'-]+\s+){0,3}?(?:approval|ratification|authori[sz]ation|a\s+vote|funding))\b")


def _conditional_plan(d: Draft, doc: Document) -> bool:
    """A plan made to hang on a condition told after its verb ("A memorandum ... is expected to be signed if
    the cabinets approve it"): hypothetical, not a scheduled event."""
    return d.status == "planned" and bool(_CONDITION_AFTER.match(doc.text, d.trigger[1], doc.sentence(d.trigger[0])[1]))


def _undated_plan(d: Draft) -> bool:
    """A meeting still to come that the text gives no time for ("the ministers agreed to hold the
    next meeting in Hanoi", "Marles will visit Tokyo for talks"): an intention, not a scheduled
    event."""
    return d.type == "meeting" and d.status == "planned" and d.when is None


def _delivery_to_come(d: Draft) -> bool:
    """A delivery still to come ("The Philippine Navy is set to receive its first patrol boat from
    Israel Shipyards next year"): a step of a sale made before, not a deal of its own."""
    return d.rule == "export_deal.delivery" and d.status == "planned"


# "... have signed a contract for two submarines, to be built locally, the company said on 28 March"
_SAID_ON = regex.compile(
    r"(?i)\b(?:(?:said|announced|reported|confirmed|stated|added|disclosed|revealed|issued|released|published)\s+(?:(?:in\s+a\s+statement|on\s+its\s+website)\s+)?"
    # "said at a press conference yesterday", "told a news briefing on Monday"
    r"(?:(?:at|in|during)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:press\s+conference|news\s+conference|briefing|interview|statement|speech)\s+)?"
    # "two officials told AFP on Sunday", "told reporters in Nairobi on Monday"
    r"|told\s+(?:[\w.’'-]+\s+){1,3}?)(?:on\s+)?\Z")


def _said_on(text: str, t: TimeValue, floor: int = 0) -> bool:
    """Whether ``t`` is the day a report was given ("the ministry said on Sunday"), read back to ``floor``."""
    return t.span is not None and bool(_SAID_ON.search(text, max(floor, t.span.start - 60), t.span.start)
                                       or _SAID_AFTER.match(text, t.span.end))


# "Hanwha Aerospace today announced that it has signed ...", "the ministry on Monday said it had bought": the saying's day
_SAID_AFTER = regex.compile(r"(?i)[ \t]+(?:said|announced|confirmed|disclosed|revealed|reported)\s+(?:that\s+)?(?:it|its|they|their|he|she)\b")


# "the 2019 accord", "a 2023 purchase": a year that labels a thing, not the time of the act
_LABEL_BEFORE = regex.compile(r"(?i)\b(?:the|a|an|its|their|this|that)\s+\Z")
_LABEL_AFTER = regex.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?i:accords?|agreements?|treaty|pacts?|deals?|contracts?|orders?|purchases?|memorandum|protocols?|arrangements?|framework|declarations?)\b")


# "a military cooperation plan for 2026", "the annual programme for 2025-2027": the years a plan covers
# ("a joint vision statement on defence partnership to 2030", "a strategy until 2035": the horizon of the text)
_PLAN_FOR = regex.compile(r"(?i)\b(?:plan|plans|programme|programmes|program|roadmap|budget|schedule|calendar|vision|strategy|agenda|statement|partnership|framework)"
                          r"\s+(?:[\w-]+\s+){0,4}?(?:for|to|until|through|towards)\s+(?:the\s+(?:years?\s+)?)?(?:(?:from\s+)?\d{4}\s*(?:[–—-]|to|until)\s*)?\Z")


_PERIOD_AFTER = regex.compile(r"(?:\s*[–—-]\s*\d{4})?\s+(?:period|term|cycle|budget\s+period)\b")


# the years in a plan's title or before its noun: "the Framework Programme for Defence Cooperation 2024–2027", "the 2026
# program of bilateral military cooperation", "the 2024 defence cooperation plan"
_PLAN_TITLE_BEFORE = regex.compile(r"(?i:plan|programme|program|roadmap|framework)\s+(?:(?i:for|of|on)\s+)?(?:\p{Lu}[\w-]*\s+){1,4}"
                                   r"(?:\d{4}\s*[–—-]\s*)?\Z")  # (and the range's end: "2024–2027")
_PLAN_NOUN_AFTER = regex.compile(r"(?:\s*[–—-]\s*\d{4})?\s+(?:[\w-]+\s+){0,3}?(?i:plan|programme|program|roadmap)\b")


# ("for the first time in July" is July: only a period right after "time" counts the times)
_NTH_TIME_BEFORE = regex.compile(r"(?i)\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|only)\s+time\s+\Z")


def _plan_year(text: str, t: TimeValue) -> bool:
    """Whether ``t`` is a year a plan or text covers ("a military cooperation plan for 2026", "a protocol
    ... for the 2026–2028 period", "the 2024 defence cooperation plan"): never the time of the act, not even
    when nothing else dates it."""
    return t.grain == "year" and t.span is not None and bool(
        _PLAN_FOR.search(text, max(0, t.span.start - 60), t.span.start) or _PERIOD_AFTER.match(text, t.span.end)
        or _PLAN_TITLE_BEFORE.search(text, max(0, t.span.start - 80), t.span.start) or _PLAN_NOUN_AFTER.match(text, t.span.end))


def _attributive_year(text: str, t: TimeValue) -> bool:
    """Whether ``t`` is a year that labels a thing ("an amendment to the 2019 accord was signed on
    Thursday", "signed a military cooperation plan for 2026", "next year's aid package"): another time
    dates the act, when there is one."""
    if _plan_year(text, t):
        return True
    if t.grain in ("year", "half", "quarter") and t.span is not None and _POSSESSIVE_AFTER.match(text, t.span.end):
        return True  # "went over next year's aid package on Monday", "this year's budget"
    return (t.grain == "year" and t.span is not None and bool(_LABEL_BEFORE.search(text, max(0, t.span.start - 8), t.span.start))
            and _LABEL_AFTER.match(text, t.span.end) is not None)


_POSSESSIVE_AFTER = regex.compile(r"['’]s?\s+\p{Ll}")


_AGREEING_BEFORE = regex.compile(rf"(?i)\b{modality.COMMITTED}\s+(?:on\s+|last\s+|this\s+|earlier\s+this\s+|late\s+on\s+)?\Z")
_TO_THE_ACT = regex.compile(r"(?i)\s*,?\s*to\s+(?:[\w’'-]+\s+){0,3}\Z")


# what a signed text provides for, after it: "an MoU ..., under which cadets will attend ... from next
# year", "a letter of intent to conclude a fresh pact by the end of next year"
_ITS_TERMS = regex.compile(r"(?i)\b(?:under\s+which|by\s+which|whereby|which\s+(?:will|would|is\s+to|are\s+to|provides?|allows?|lets?)|"
                           r"that\s+(?:will|would)|to\s+(?:conclude|sign|negotiate|agree|draw\s+up|finali[sz]e)|allowing|so\s+that|"
                           # "..., committing both countries to open talks on a training agreement next year"
                           r"commit(?:s|ting)|oblig(?:es|ing)|bind(?:s|ing))\b")


_WHICH_AFTER = regex.compile(r",[^,;.]*?\b(?:which|whom)\s+(?!(?:will|would|is|are|was|were)\b)[^,;.]*?\b(?:signed|agreed|concluded|bought|ordered|held|met)\b")
_SIGNED_AFTER_SEMICOLON = regex.compile(
    r"(?i)\s*;\s+(?:the|a|its|this)\s+(?:[\w-]+\s+)?(?:contract|deal|order|agreement|purchase)\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:formally\s+|officially\s+)?(?:signed|inked|concluded|sealed|finali[sz]ed)\b[^.;]*")
_HANDED_OVER_RELATIVE = regex.compile(
    r"(?i)[,\s]*(?:which|that)\s+(?:was|were|had\s+been)\s+(?:formally\s+|officially\s+)?(?:handed\s+over|delivered|transferred)\b[^.;]*")
_REPLACES = regex.compile(r"(?i)\b(?:replac(?:es|ing|ed)|supersed(?:es|ing|ed)|succeed(?:s|ing)|updat(?:es|ing)|amend(?:s|ing))\s+"
                          r"(?:(?:a|an|the|their|its|the\s+countries['’])\s+)?(?:[\w’'-]+\s+){0,2}?\Z")
_SO_THAT = regex.compile(r"(?i)\b(?:so\s+that|in\s+order\s+that)\b")
# "anchored in James Bay and will resume its patrol on Wednesday": a second verb, with its own time
_AND_THEN = regex.compile(r"(?i)\b(?:and|but)\s+(?:(?:then|later)\s+)?(?:will|would|is\s+(?:due|expected|scheduled|set)\s+to|plans?\s+to)\s+(?!be\b)[a-z]+")


def _in_its_terms(doc: Document, t: TimeValue, trigger_end: int) -> bool:
    """Whether ``t`` lies in what a signed text provides for, told after the trigger in its sentence."""
    return t.span is not None and t.span.start > trigger_end \
        and bool(_ITS_TERMS.search(doc.text, trigger_end, t.span.start))


def _time_of_agreeing(text: str, t: TimeValue, pos: int) -> bool:
    """Whether ``t`` dates the agreeing rather than the act agreed, which follows it: in "agreed on
    Friday to meet in Riga in June" the meeting is in June, when the clause gives a time of its own."""
    return (t.span is not None and t.span.end <= pos and _TO_THE_ACT.fullmatch(text, t.span.end, pos) is not None
            and bool(_AGREEING_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)))


def _own_day(doc: Document, said: TimeValue, window: tuple[int, int], pos: int, periods: set[int]) -> TimeValue | None:
    """An earlier day the clause gives the event itself, when the time nearest its trigger is
    the day a report was given: in "DroneShield said on Monday it had signed the contract on
    1 April" the signing is 1 April. Only in the trigger's phrase, and never a time after the
    report ("with deliveries by 2027")."""
    own = [t for t in doc.times_in(*window) if t.span and not _said_on(doc.text, t, window[0])
           and _is_dated(t) and t.end is not None and said.end is not None and t.end <= said.end
           and not _attributive_year(doc.text, t)]
    return _nearest(own, pos, periods)


def _reported_on(doc: Document, a: int, b: int) -> TimeValue | None:
    """The day a later clause of the sentence says the news was given ("the company said on
    28 March"): the date of a reported event whose own clause names none."""
    for t in doc.times_in(a, b):
        if t.span and _is_dated(t) and t.grain == "day" and _said_on(doc.text, t, a):
            return t
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _resolve_overlaps(drafts: list[Draft]) -> list[Draft]:
    ranked = sorted(drafts, key=lambda d: (-(d.evidence[1] - d.evidence[0]), -d.priority, d.evidence[0]))
    kept: list[Draft] = []
    if any(d.trigger[1] <= d.trigger[0] for d in ranked):  # empty triggers (never produced): the plain test
        for d in ranked:
            if not any(_overlaps(d.trigger, k.trigger) for k in kept):
                kept.append(d)
        return sorted(kept, key=lambda d: (d.evidence[0], d.trigger[0]))
    # The characters of the triggers kept so far, one byte each: linear in the number of drafts.
    occupied = bytearray(max((d.trigger[1] for d in ranked), default=0))
    for d in ranked:
        a, b = d.trigger
        if occupied.find(1, a, b) >= 0:
            continue
        occupied[a:b] = b"\x01" * (b - a)
        kept.append(d)
    return sorted(kept, key=lambda d: (d.evidence[0], d.trigger[0]))


def _interval(d: Draft) -> tuple[date, date] | None:
    w = d.when
    if w is not None and w.start is not None and w.end is None and w.grain in ("hour", "minute"):
        return w.start, w.start  # "from 15:00" on a given day: that day
    if w is None or w.start is None or w.end is None:
        return None
    return w.start, w.end


_YEAR = 366


def _dates_compatible(a: Draft, b: Draft) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    if a.when.basis == "publication" and b.when.basis == "publication":
        return True
    if a.when.basis == "publication" or b.when.basis == "publication":
        # a report of the day ("have signed") is no telling of an event dated over a year before it
        reported, dated = (ia, ib) if a.when.basis == "publication" else (ib, ia)
        return dated[1] >= reported[0] - timedelta(days=_YEAR)
    inside = (ia[0] >= ib[0] and ia[1] <= ib[1]) or (ib[0] >= ia[0] and ib[1] <= ia[1])
    return inside


def _roles(d: Draft) -> set[str]:
    return {a.role for a in d.participants if a.kind == "person" and a.role and a.role != "counterpart"}


# the rules that tell a deployment's end: no telling of a presence that goes on
_ENDINGS = frozenset({"deployment.withdrew", "deployment.ended", "deployment.base_handed_over"})


def _compatible(a: Draft, b: Draft, *, roles: bool = True) -> bool:
    """Whether ``a`` and ``b`` may be one event: nothing they state differs. ``roles=False`` for a
    telling that names the event again ("The meeting, attended by the Chief of Staff, covered …"):
    who else it names attended, and need not be who met."""
    if a.type != b.type:
        return False
    ca, cb = a.codes, b.codes
    if ca and cb and not (ca <= cb or cb <= ca):
        return False
    if not _dates_compatible(a, b):
        return False
    if a.type == "deployment" and (a.rule in _ENDINGS) != (b.rule in _ENDINGS) and "ongoing" in (a.status, b.status):
        return False  # "France handed the base over, ending its presence ... About 80 French soldiers remain": two
    for key in ("value", "name"):
        va, vb = a.fields.get(key), b.fields.get(key)
        if va is not None and vb is not None:
            if key == "value" and (va.amount, va.currency) != (vb.amount, vb.currency):
                return False
            # a description ("defence cooperation pact") is no other name than a proper one ("Treaty of Gorizia")
            if key == "name" and va[:1].isupper() and vb[:1].isupper() and not _same_name(va, vb):
                return False
    ra, rb = _roles(a), _roles(b)
    if roles and ra and rb and not _roles_meet(ra, rb):
        return False
    if a.location and b.location and a.location.name != b.location.name and not _same_ship(a, b) \
            and not _venue_in_town(a.location, b.location) and not _venue_in_town(b.location, a.location):
        return False
    return True


def _roles_meet(ra: set[str], rb: set[str]) -> bool:
    """Whether two tellings name one office holder: the same role, or one told more generally
    ("the Turkish deputy minister" for "Deputy Defence Minister Ahmet Yıldız")."""
    words_a = [frozenset(r.lower().split()) for r in ra]
    words_b = [frozenset(r.lower().split()) for r in rb]
    return any(x <= y or y <= x for x in words_a for y in words_b)


def _closer_place(name: str, than: str) -> bool:
    """Whether ``name`` tells the place ``than`` tells more closely: the town with its venue ("Capitol
    Building, Majuro" for "Majuro"), or the site of the town it is named after ("Lajes Field" for "Lajes")."""
    return name.endswith(f", {than}") or name.startswith(f"{than} ")


def _venue_in_town(venue: Place, town: Place) -> bool:
    """Whether ``venue`` may lie in ``town``: a venue no list places ("received ... at the Palais Rose") and
    a town a list knows ("an official visit to N'Djamena"), or the same town named with its venue
    ("Akershus Fortress, Oslo" and "Oslo")."""
    if venue.name.endswith(f", {town.name}"):
        return True
    places = gazetteers.load("place")
    return venue.country is None and "," not in venue.name and places.lookup(venue.name) is None \
        and "," not in town.name and (town.country is not None or places.lookup(town.name) is not None)


def _same_ship(a: Draft, b: Draft) -> bool:
    """Whether two deployments are told of the same named ship ("called at Jamestown on Saturday. The ship
    ... anchored in James Bay"): a port and its anchorage are one visit."""
    if a.type != "deployment" or b.type != "deployment":
        return False
    ships = {x.lower() for x in a.fields.get("assets") or () if isinstance(x, str) and _SHIP_ASSET.search(x)}
    return bool(ships & {x.lower() for x in b.fields.get("assets") or () if isinstance(x, str)})


# a ship among the assets: a navy's prefix (the ``ship_prefix`` gazetteer) or a class noun ("ship Araguari")
_SHIP_ASSET = gazetteers.compile_pattern(r"^\L<ship_prefix>\s|(?i:\b(?:ship|frigate|corvette|destroyer|vessel|submarine|cutter|carrier)\b)")


def _dated_here(doc: Document, d: Draft) -> bool:
    """Whether ``d``'s time is stated in its own sentence (not carried over from another)."""
    sentence = doc.sentence(d.trigger[0])
    return d.when is not None and d.when.span is not None and sentence[0] <= d.when.span.start < sentence[1]


def _dated_apart(e: Draft, d: Draft) -> bool:
    """Whether the retelling ``d`` has a date of its own that is not ``e``'s ("The meeting in
    September 2023 ..." after a meeting held this week)."""
    return d.when is not None and d.when.basis != "publication" and (e.when is None or e.when.value != d.when.value)


def _same_name(a: str, b: str) -> bool:
    """One name, or one read short: "Cross-Servicing Agreement" of "Acquisition and Cross-Servicing Agreement",
    "Joint Declaration" of "Joint Declaration on Security Cooperation"."""
    a, b = a.casefold(), b.casefold()
    long, short = (a, b) if len(a) >= len(b) else (b, a)
    return a == b or long.endswith(" " + short) or (long.startswith(short + " ") and _NAME_TAIL.match(long, len(short)) is not None)


# what follows a name read short from its start: its subject ("on Security Cooperation") or parties
_NAME_TAIL = regex.compile(r" (?:on|of|for|between|concerning|regarding|about|in\s+the\s+field\s+of)\s")


# goods named only by their kind ("for the two vessels", "the aircraft"): a telling that names them better names them
_GENERIC_ITEM = regex.compile(r"(?i)(?:vessels?|ships?|boats?|aircraft|planes?|jets?|helicopters?|vehicles?|systems?|units?|weapons?|arms|equipment)")


def _vagueness(items: list[str] | None) -> int:
    """How vaguely goods are told: 2 by a bare noun ("the two vessels"), 1 by their kind ("new main battle
    tanks", "fast patrol boats"), 0 by name ("Leopard 2A8"). A vaguer telling gives way to a sharper one."""
    if not items:
        return 0
    if all(_GENERIC_ITEM.fullmatch(item) for item in items):
        return 2
    return 1 if not any(c.isupper() for item in items for c in item) else 0


def _absorb(into: Draft, other: Draft, doc: Document) -> None:
    into.extra_evidence.append(other.evidence)
    into.extra_evidence.extend(other.extra_evidence)
    have = into.codes
    into.participants.extend(p for p in other.participants if p.code and p.code not in have)
    for key, value in other.fields.items():
        if into.fields.get(key) in (None, [], "") and value not in (None, [], ""):
            into.fields[key] = value
    if other.fields.get("items") and _vagueness(other.fields["items"]) < _vagueness(into.fields.get("items")):
        into.fields["items"] = other.fields["items"]  # "the two vessels" of "two fast patrol boats" told before
    named, have_name = other.fields.get("name"), into.fields.get("name") or ""
    if named and have_name[:1].islower() and (named[:1].isupper() or len(named) > len(have_name)):
        # "a defence cooperation pact ... The pact, dubbed the Treaty of Gorizia"; a headline's "logistics
        # pact" and the body's "memorandum of understanding on defence logistics cooperation"
        into.fields["name"] = named
    if into.location is None or (other.location is not None and _closer_place(other.location.name, into.location.name)):
        into.location = other.location
    if (into.when is None or into.when.basis == "publication") and other.when is not None and other.when.basis != "publication":
        into.when = other.when
    elif into.when is not None and other.when is not None and _holds(into.when, other.when):
        into.when = other.when  # a visit "from 8 to 11 August" and its talks "on Friday": the talks' day
    if into.needs_date and not other.needs_date:  # a plain statement of the sale in another sentence vouches for it
        sentence = doc.segments.sentence_index
        into.needs_date = sentence(other.trigger[0]) == sentence(into.trigger[0])


# "Australia to deploy E-7A Wedgetail to Poland", "Japan, Philippines to sign troop pact": a
# headline's "to" without a verb before it is its future ("Poland agrees to buy" is not)
_HEADLINE_FUTURE = regex.compile(
    r"(?i)(?<!\b(?:agree[sd]?|agreeing|deal|pact|contract|order|bid|move|decision|vote[sd]?|approves?|approved)\s+)"
    r"\bto\s+(?:[\w’'-]+\s+)?\Z")


def _is_headline(doc: Document, d: Draft) -> bool:
    """Whether a draft comes from the headline, or another line of the title block."""
    return d.trigger[0] < doc.title_block_end


def _fold_headlines(events: list[Draft], doc: Document) -> list[Draft]:
    """A headline names the story's event in a few words ("Kazakhstan receives two more C295
    aircraft"); the body tells it again with its date, place and parties, which the rules may
    read differently (the seller from the maker, the date "on Wednesday"). A headline event
    that took in nothing from the body is folded into the first body event of its type that
    shares a party with it (one whose parties contain or are contained in its own first): the
    headline becomes more evidence of that event, and fills the fields the body left empty when
    the two agree, unless the headline sums up several body events. A headline event the body
    does not tell again is kept."""
    end = doc.title_block_end
    if not end:
        return events
    out = [e for e in events if not _headline_only(e, end)]
    for h in (e for e in events if _headline_only(e, end)):
        body = [e for e in out if e.type == h.type and e.trigger[0] >= end and e.codes & h.codes and _sums_up(doc, h, e)]
        nested = [e for e in body if e.codes <= h.codes or h.codes <= e.codes]
        body = nested + [e for e in body if e not in nested and _same_key_role(h, e)]
        if not body:
            out.append(h)
            continue
        target = (nested or body)[0]
        told_apart = any(e.codes & (h.codes - target.codes) for e in body if e is not target)
        if target in nested and _compatible(target, h) and not told_apart:
            _absorb(target, h, doc)
        else:  # "receives Russian, Czech delegations": two meetings told one by one
            target.extra_evidence.append(h.evidence)
    return out


def _fold_lead(events: list[Draft], doc: Document) -> list[Draft]:
    """The lead of a story sums up what its body tells in full, in other words: "OSLO — Norway will buy 12
    South Korean-built K9 howitzers" over "On Tuesday, Norway's defence materiel agency signed a NOK 2 billion
    contract with Hanwha Aerospace"; "the two countries' army chiefs agreed new terms this week" over "... then
    signed an updated status of forces agreement" on Wednesday. An event of the lead's first sentence with no day
    of its own (undated, dated by the report, or by the week or month that holds the body's day) is folded into
    the first later event of its type between the same two parties that has one. So is one dated by the day it
    was said ("Iraq has agreed to buy howitzers from Serbia, officials said on Thursday"), when the body's day
    falls in the week before ("The purchase contract ... was signed on Wednesday")."""
    # (the first sentence when there is no title block, also after leading white space, where no sentence holds 0)
    i = doc.segments.sentence_index(doc.title_block_end) + 1 if doc.title_block_end else 0
    if i >= len(doc.segments.sentences):
        return events
    lead = doc.segments.sentences[i]
    if lead[1] - lead[0] < 30 and i + 1 < len(doc.segments.sentences):
        lead = (lead[0], doc.segments.sentences[i + 1][1])  # "NAIROBI. Kenyan troops are staying ...": past a dateline
    out = list(events)
    for e in events:
        if not lead[0] <= e.trigger[0] < lead[1] or len(e.codes) != 2 or e.when is not None and e.when.grain in ("day", "hour", "minute") \
                and e.when.basis != "publication" and not e.dated_by_report:
            continue
        # (or by the buyer alone, whose seller the lead names: "On Monday the Turkmen State Border Service signed a contract
        # worth 560 million manat for the two vessels" after "Turkmenistan has agreed to buy two patrol boats from Dearsan")
        told = next((d for d in out if d is not e and d.type == e.type and d.trigger[0] >= lead[1]
                     and (d.codes == e.codes or (d.type == "export_deal" and d.codes < e.codes and _same_key_role(d, e)))
                     and d.status == "completed" and d.when is not None and d.when.basis != "publication" and d.when.grain == "day"
                     and (e.when is None or e.when.basis == "publication" or _narrows(d.when, e.when)
                          or (e.dated_by_report and _just_before(d.when, e.when)))), None)
        if told is not None and _compatible(told, replace(e, when=None, status=told.status), roles=True):
            if told.codes < e.codes:
                _absorb(told, replace(e, when=None), doc)  # the lead's seller, and what else the body left untold
            else:
                told.extra_evidence.append(e.evidence)
            out.remove(e)
    return out


def _sums_up(doc: Document, headline: Draft, d: Draft) -> bool:
    """Whether ``headline`` is a headline event still waiting for the body's telling, and ``d``
    may be it: a plan in the body ("expects to sign further agreements") is not what a headline
    in the present tense reports ("Agency signs AMRAAM agreement")."""
    return _headline_only(headline, doc.title_block_end) and (d.status != "planned" or headline.status == "planned")


# The party that makes two tellings the same event when their other parties differ: the
# deployer ("Swedish battalion arrives in Latvia" is not Canada's presence in Latvia), the buyer
_KEY_ROLE = {"deployment": "deployer", "export_deal": "buyer"}


def _same_key_role(a: Draft, b: Draft) -> bool:
    key = _KEY_ROLE.get(a.type)
    if key is None:
        return True
    x, y = a.fields.get(key), b.fields.get(key)
    return x is not None and y is not None and x.code is not None and x.code == y.code


def _headline_only(d: Draft, end: int) -> bool:
    return d.trigger[0] < end and all(b <= end for _, b in (d.evidence, *d.extra_evidence))


def _two_texts(a: Draft, b: Draft) -> bool:
    """Two instruments one signing names ("signed a pact on naval training and a memorandum on cyber
    defence"): never one event."""
    return a.type == b.type == "agreement" and "agreement.second_instrument" in (a.rule, b.rule) \
        and bool(a.fields.get("name")) and bool(b.fields.get("name")) and not _same_name(a.fields["name"], b.fields["name"])


def _told_apart(a: Draft, b: Draft) -> bool:
    """Two acts one sentence dates apart: "The two officials signed a memorandum, a follow-up to the
    agreement which Baghdad and Tehran signed in March 2023"."""
    return a.type == b.type == "agreement" and a.when is not None and b.when is not None \
        and "publication" not in (a.when.basis, b.when.basis) and not _same_date(a.when, b.when)


def _same_sentence(doc: Document, a: Draft, b: Draft) -> bool:
    return doc.segments.sentence_index(a.trigger[0]) == doc.segments.sentence_index(b.trigger[0])


def _continues(doc: Document, e: Draft, d: Draft) -> bool:
    """Whether ``d`` is in the sentence right after ``e``'s and that sentence continues it
    ("... travelled to Ankara on 8 July. There he met ...")."""
    i = doc.segments.sentence_index(d.trigger[0])
    # a stay told after an arrival ("The ship will stay for two weeks") only ever follows one up
    return i > 0 and doc.segments.sentence_index(e.trigger[0]) == i - 1 \
        and (_continues_sentence(doc, i) or d.rule == "deployment.stay")


def _same_event(doc: Document, e: Draft, d: Draft) -> bool:
    """Whether a compatible earlier event ``e`` is the one a new (not anaphoric) draft ``d`` states again."""
    if e.type == "meeting" and not _same_tense(e, d):
        return False  # "... hosted his Swedish counterpart on Monday. The two will meet again at the summit."
    if _two_texts(e, d):
        return False
    if (_same_sentence(doc, e, d) and not _told_apart(e, d)) or _sums_up(doc, e, d):
        return True
    return _same_act(e, d) and not _one_more(doc, d) and (_continues(doc, e, d) and not _arrival_joins_stay(e, d) or _told_again_undated(doc, e, d)
                                                          or _plan_told_in_full(doc, e, d) or bool(
        e.codes and e.codes == d.codes and e.when is not None and d.when is not None
        and (e.when.value == d.when.value or _holds(e.when, d.when) or _holds(d.when, e.when)) and e.when.basis != "publication"))


def _trip_holds(a: Draft, b: Draft) -> bool:
    """Whether one of two meetings is a visit told by its range of days and the other a meeting on one of those
    days: the trip and what happened on it, whoever received the visitor ("paid an official visit to N'Djamena
    from 5 to 7 December ... On Friday 6 December, the minister was received in audience by the President")."""
    return a.type == b.type == "meeting" and a.when is not None and b.when is not None and (
        (a.rule == "meeting.visit" and _holds(a.when, b.when)) or (b.rule == "meeting.visit" and _holds(b.when, a.when)))


def _holds(stay: TimeValue, day: TimeValue) -> bool:
    """Whether ``stay`` is a range of days (:func:`_whole_range`) that holds the day ``day``: a visit "from 9 to
    11 November" and the talks "on Monday" the 10th are one meeting told twice."""
    return stay.grain == "month" and stay.mod is None and stay.start is not None and stay.end is not None \
        and (stay.start.day != 1 or (stay.end + timedelta(days=1)).day != 1) \
        and day.grain == "day" and day.start is not None and stay.start <= day.start <= stay.end and day.basis != "publication"


# "They also signed ...", "a second agreement", "a separate contract": a telling of one more event
# ("A protocol on diver training was signed at the same ceremony": one more text signed with the one told)
_ANOTHER = regex.compile(r"(?i)\b(?:also|another|second|third|further|separate(?:ly)?|additional|other|at\s+the\s+same\s+(?:ceremony|signing)|(?<=\b(?:signed|inked|concluded)\s+)at\s+the\s+same\s+time)\b")
_RECENT = 31  # days before publication within which a dated event may be the one a report tells undated


def _told_again_undated(doc: Document, e: Draft, d: Draft) -> bool:
    """Whether one of two tellings of an event between the same parties carries only the
    publication date (a lead in the present perfect, "Vietnam and Indonesia have signed a
    maritime accord"; a second telling with no date of its own, "the ministers signed the accord
    at the palace") and the other dates it to the days just before publication ("on Tuesday"):
    the report and the dated account of one event. A telling that says it is one more ("also
    signed", "a second contract") stays apart."""
    if len(e.codes) < 2 or e.codes != d.codes or not _same_tense(e, d) or e.needs_date or d.needs_date:  # background ("the Rafales India bought from France")
        return False
    if e.when is None or d.when is None or (e.when.basis == "publication") == (d.when.basis == "publication"):
        return False
    if not _recent(e if d.when.basis == "publication" else d, doc):
        return False
    return not (_says_another(doc, e) or _says_another(doc, d))


_STAYS = frozenset({"deployment.been_in", "deployment.stationed", "deployment.presence", "deployment.remain"})


def _arrival_joins_stay(e: Draft, d: Draft) -> bool:
    """Whether of two deployments told in a row the first is a stay since a time and the second an
    arrival dated otherwise ("Four US destroyers have been based at Souda Bay since 2021. ... USS
    Bulkeley arrived at the naval base in the spring"): more forces joining, a deployment of its own
    (a stay told after a move may be the move's own: "left for Lebanon on Sunday. The contingent
    relieves the group that has been in Shama since July")."""
    stay, move = e, d
    return stay.rule in _STAYS and move.rule in MOVES and stay.status == "ongoing" and move.status == "completed" \
        and stay.when is not None and move.when is not None and "publication" not in (stay.when.basis, move.when.basis) \
        and not _same_date(stay.when, move.when)


def _fold_stays(events: list[Draft], doc: Document) -> list[Draft]:
    """A stay dated from an arrival's time is that arrival told again ("A Canadian warship has been
    in Saint-Pierre since the start of the week ... HMCS Glace Bay arrived in the port of Saint-Pierre
    on Monday"): the same two states, the arrival in the first week of the stay ("stationed there since
    2017" is another deployment)."""
    arrivals = [e for e in events if e.type == "deployment" and e.rule not in _STAYS and e.status == "completed"
                and len(e.codes) == 2 and e.when is not None and e.when.basis != "publication" and e.when.grain in ("day", "hour", "minute")]
    out: list[Draft] = []
    for s in events:
        if s.rule == "deployment.remain" or (s.rule == "deployment.presence" and s.status == "planned"):
            # "Berlin announced last week that the brigade would remain in Lithuania": the deployment told
            # elsewhere, told on
            # (not the deployment's end: "France handed the base over ... About 80 French soldiers remain")
            other = next((e for e in events if e is not s and e.type == "deployment" and e.rule != s.rule
                          and e.rule not in _ENDINGS and len(e.codes) == 2 and e.codes == s.codes), None)
            if other is not None:
                _absorb(other, s, doc)
                continue
        if s.rule in _STAYS and s.when is not None and s.when.basis != "publication" and s.when.grain not in ("day", "hour", "minute"):
            a = next((e for e in arrivals if e.codes == s.codes and s.when.start is not None and e.when.start is not None
                      and timedelta(0) <= e.when.start - s.when.start <= timedelta(days=7)), None)
            if a is not None:
                _absorb(a, s, doc)
                continue
        if _onward_leg(s, arrivals, doc):
            continue
        if (call := _call_ended(s, arrivals, doc)) is not None:
            _absorb(call, s, doc)
            continue
        out.append(s)
    return out


def _onward_leg(s: Draft, arrivals: list[Draft], doc: Document) -> bool:
    """A ship's next port, told right after its call ("The Spanish frigate Cristóbal Colón arrived in Dakar on
    Tuesday. The warship is due to leave for Abidjan on Sunday"): the cruise told on, not a deployment of its own."""
    if s.rule != "deployment.departed" or s.status != "planned":
        return False
    i = doc.segments.sentence_index(s.trigger[0])
    if i <= 0 or not _THE_SHIP.match(doc.text, doc.segments.sentences[i][0]):
        return False
    return any(doc.segments.sentence_index(e.trigger[0]) == i - 1 and e.rule == "deployment.arrived" and e.codes != s.codes for e in arrivals)


def _call_ended(s: Draft, arrivals: list[Draft], doc: Document) -> Draft | None:
    """A ship leaving the port it was told to arrive at ("NRP Setúbal entered the port of Libreville on Friday
    for a four-day stay. NRP Setúbal leaves Libreville on Tuesday"): the end of the call told, not a deployment
    of its own; the arrival it ends, else None."""
    if s.rule != "deployment.departed":
        return None
    start = _PORT_LEFT.match(doc.text, s.trigger[1]).end()
    left = doc.text[start:min(doc.clause(s.trigger[0])[1], start + 40)]
    return next((e for e in arrivals if e.rule == "deployment.arrived" and e.codes == s.codes and e.trigger[0] < s.trigger[0]
                 and e.location is not None and e.location.name and left.startswith(e.location.name)
                 and not left[len(e.location.name):len(e.location.name) + 1].isalnum()), None)


# what stands between "leaves" and the port left: "leaves Libreville", "sails from the port of Dakar"
_PORT_LEFT = regex.compile(r"\s*(?:from\s+)?(?:the\s+port\s+of\s+)?")


# a sentence about the ship just told: "The warship is due to leave ...", "She sails for ..."
_THE_SHIP = regex.compile(r"(?:It|She|The\s+(?:[\w-]+\s+){0,2}?(?:ship|warship|vessel|frigate|corvette|destroyer|submarine|carrier|cutter|"
                          r"patrol\s+(?:boat|ship|vessel)))\b")


def _plan_told_in_full(doc: Document, e: Draft, d: Draft) -> bool:
    """Whether an undated plan ("New Zealand will station patrol aircraft in Malaysia for the first
    time in decades") is told again in full a sentence or two later, with its date ("Under the
    plan, New Zealand will send two P-3K2s ... to Butterworth in March"): one plan."""
    if not (e.status == d.status == "planned" and e.when is None and d.when is not None):
        return False
    if len(e.codes) < 2 or e.codes != d.codes or _says_another(doc, d):
        return False
    return 0 < doc.segments.sentence_index(d.trigger[0]) - doc.segments.sentence_index(e.trigger[0]) <= 2


def _one_more(doc: Document, d: Draft) -> bool:
    """A signed text or a contract told as one more ("The two countries also signed a memorandum",
    "a second contract"): not the one told before, even on the same day. (A meeting told with
    "also" is the same meeting going on: "They also discussed ...")"""
    return d.type in ("agreement", "export_deal") and _says_another(doc, d)


def _says_another(doc: Document, d: Draft) -> bool:
    """Whether ``d``'s telling, from the start of its trigger's clause to a few words after the
    trigger, says it is one more ("also", "another", "a second")."""
    return bool(_ANOTHER.search(doc.text, doc.clause(d.trigger[0])[0], min(len(doc.text), d.trigger[1] + 25)))


def _same_tense(a: Draft, b: Draft) -> bool:
    """Both planned, or both told as held or under way."""
    return (a.status == "planned") == (b.status == "planned")


def _same_act(a: Draft, b: Draft) -> bool:
    """An agreement told as words ("the two ministers agreed to step up exchanges") and one
    told as a signed text ("they also witnessed the signing of a memorandum") are two acts, even
    between the same parties on the same day, unless one sentence tells both."""
    return a.type != "agreement" or (a.rule == "agreement.agreed_to") == (b.rule == "agreement.agreed_to")


class _Merged:
    """The events kept by :func:`_merge`, in order, indexed by what can make a new draft join one
    (:func:`_same_event`: its sentence, the headline, its parties and date, its parties alone), so
    that merging stays linear in the number of drafts. The index only narrows the search: every candidate it returns
    is checked with :func:`_same_event` and :func:`_compatible` as before."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.events: list[Draft] = []
        self._position: dict[int, int] = {}
        self._by_type: dict[str, list[Draft]] = {}
        self._by_sentence: dict[tuple[str, int], list[Draft]] = {}
        self._headlines: dict[str, list[Draft]] = {}
        self._by_key: dict[tuple, list[Draft]] = {}
        self._by_parties: dict[tuple, list[Draft]] = {}

    @staticmethod
    def _key(d: Draft, *, kept: bool) -> tuple | None:
        codes = d.codes
        if not codes or d.when is None or (kept and d.when.basis == "publication"):
            return None
        return d.type, frozenset(codes), d.when.value

    def _sentence(self, d: Draft) -> tuple[str, int]:
        return d.type, self.doc.segments.sentence_index(d.trigger[0])

    def add(self, d: Draft) -> None:
        self._position[id(d)] = len(self.events)
        self.events.append(d)
        self._by_type.setdefault(d.type, []).append(d)
        self._by_sentence.setdefault(self._sentence(d), []).append(d)
        if _is_headline(self.doc, d):
            self._headlines.setdefault(d.type, []).append(d)
        self.rekey(d)

    def rekey(self, d: Draft) -> None:
        """Index ``d`` under its parties and date (again after it absorbed another draft)."""
        for index, key in ((self._by_key, self._key(d, kept=True)), (self._by_parties, (d.type, frozenset(d.codes)))):
            if key is not None:
                bucket = index.setdefault(key, [])
                if not any(e is d for e in bucket):
                    bucket.append(d)

    def of_type(self, type_: str) -> list[Draft]:
        return self._by_type.get(type_, [])

    def related(self, d: Draft) -> list[Draft]:
        """Every kept event that :func:`_same_event` may accept for ``d``, in order (a superset)."""
        found = {id(e): e for e in self._by_sentence.get(self._sentence(d), ())}
        kind, index = self._sentence(d)
        found.update((id(e), e) for e in self._by_sentence.get((kind, index - 1), ()))
        found.update((id(e), e) for e in self._headlines.get(d.type, ()))
        key = self._key(d, kept=False)
        if key is not None:
            found.update((id(e), e) for e in self._by_key.get(key, ()))
        found.update((id(e), e) for e in self._by_parties.get((d.type, frozenset(d.codes)), ()))
        return sorted(found.values(), key=lambda e: self._position[id(e)])


# "The agreement was signed in Athens by ...": the signed text told again, with no words of its own
_BARE_RETELLING = regex.compile(r"(?i)(?:the|this|that)\s+(?:agreement|accord|deal|document|pact)\s+(?:was|were|has|had)\b")


def _merge(drafts: list[Draft], doc: Document) -> list[Draft]:
    merged = _Merged(doc)
    # a stay ("The ship will stay for two weeks") joins the arrival it follows up, never the reverse
    # and a background telling ("days after a team of engineers arrived") joins the full one told after it
    for d in sorted(drafts, key=lambda d: (d.rule == "deployment.stay", d.background)):
        if d.anaphoric:
            # who else a retelling names attended, unless it is dated apart: then it is another event
            candidates = [e for e in merged.of_type(d.type) if _compatible(e, d, roles=_dated_apart(e, d))]
            if not candidates and d.rule == "export_deal.value_follow_up" and not _dated_here(doc, d):
                # "The deal is worth about 3.1 billion dirhams, one of them said": the sum of the deal told
                # before, whatever time the sentence carries over (one that dates itself is told apart below)
                candidates = [e for e in merged.of_type(d.type) if _compatible(e, replace(d, when=None), roles=False)]
            signed_before_report = False
            if not candidates and d.type == "export_deal" and d.status == "completed" and _dated_here(doc, d):
                # "Kenya will buy 118 Arma carriers from Otokar, the ministry said on Wednesday. The contract, worth 14.6
                # billion shillings, was signed in Ankara on Monday": the deal the report told, signed in the week before it
                candidates = [e for e in merged.of_type(d.type) if e.dated_by_report and e.when is not None and _just_before(d.when, e.when)
                              and _compatible(e, replace(d, when=None), roles=False)]
                signed_before_report = bool(candidates)
            if not candidates and d.background and d.location is not None:
                # "days after engineers arrived in the province of Darién" is the arrival "in Metetí, in Darién"
                candidates = [e for e in merged.of_type(d.type) if _compatible(e, replace(d, location=None), roles=False)]
            if candidates:
                same_place = [e for e in candidates if d.location and e.location and e.location.name == d.location.name]
                planned = [e for e in candidates if e.status == d.status]
                target = (same_place or planned or candidates)[-1]
                if d.background:
                    target.background_evidence.append(d.evidence)
                if target.when is not None and d.when is not None \
                        and d.when.basis != "publication" and target.status == d.status == "completed" \
                        and ((target.type in ("export_deal", "agreement") and (target.when.basis == "publication" or target.dated_by_report)
                              and _just_before(d.when, target.when))
                             or (target.type in ("export_deal", "agreement", "meeting") and _narrows(d.when, target.when))):
                    # "LIG Nex1 said Friday it has signed a deal ... The contract was signed in Baghdad on Thursday",
                    # "Earlier in the week, ... signed a contract ... The contract was signed in Tallinn on Monday"
                    target.when, target.dated_by_report = d.when, False
                if signed_before_report:
                    target.when, target.dated_by_report, target.status = d.when, False, "completed"
                _absorb(target, d, doc)
                merged.rekey(target)
                continue
            if not d.codes:
                continue
            if d.type == "agreement" and len(d.codes) < 2:
                continue  # a retelling with one side and nothing told before to join: no agreement
            if d.rule == "agreement.passive" and _BARE_RETELLING.match(doc.text, d.evidence[0]) \
                    and any(e.type == "export_deal" and e.codes >= d.codes for e in drafts):
                continue  # "Greece and Israel signed a G2G agreement for 36 PULS ... The agreement was signed in Athens": the deal's
        else:
            same = [e for e in merged.related(d) if _same_event(doc, e, d) and _compatible(e, d, roles=not _trip_holds(e, d))
                    and not _part_of_summary(e, d, doc)]
            if same:
                target = same[-1]
                headline = _headline_only(target, doc.title_block_end) and not _is_headline(doc, d)
                _absorb(target, d, doc)
                if headline:  # the body tells what the headline sums up: its tense, date and rule hold
                    target.status, target.rule = d.status, d.rule
                    for role in ("seller", "buyer", "deployer", "host"):
                        if d.fields.get(role) is not None:  # "Defence orders German air defence": the body's roles
                            target.fields[role] = d.fields[role]
                    if d.when is not None:
                        target.when, target.dated_by_report = d.when, d.dated_by_report
                merged.rekey(target)
                continue
        merged.add(d)
    events = merged.events
    # (a meeting placed by the dateline before the texts signed at it take its place)
    for step in (_fold_stays, _fold_forums, _fold_unnamed_counterpart, _fold_headlines, _fold_lead, _date_by_signing, _date_by_whose_talks,
                 _meeting_at_home, _venue_town, _date_by_meeting, _value_by_next_sentence, _currency_of_buyer, _date_by_retelling, _place_by_retelling):
        events = step(events, doc)
    return events


def _currency_of_buyer(events: list[Draft], doc: Document) -> list[Draft]:
    """A deal's "CFA francs" are the buyer's zone's (:func:`document.payer_currency`), not the story's."""
    for d in events:
        value, buyer = d.fields.get("value"), d.fields.get("buyer")
        if d.type == "export_deal" and value is not None and buyer is not None:
            d.fields["value"] = payer_currency(value, buyer.code)
    return events


def _same_date(a: TimeValue, b: TimeValue) -> bool:
    return bool(a.value and b.value) and (a.value.startswith(b.value) or b.value.startswith(a.value))


def _narrows(told: TimeValue, when: TimeValue) -> bool:
    """Whether ``told`` is a day inside the week or month ``when`` gives (a vague time told precisely again)."""
    return told.grain == "day" and when.grain in ("week", "month") and _is_dated(told) \
        and None not in (told.start, when.start, when.end) and when.start <= told.start <= when.end


def _just_before(told: TimeValue, when: TimeValue, days: int = 7) -> bool:
    """Whether ``told`` is a day in the week (or ``days``) before ``when`` (a signing a report tells after it)."""
    return _is_dated(told) and told.start is not None and told.end is not None and when.start is not None \
        and told.end <= when.start and (when.start - told.start).days <= days


def _told_elsewhere(events: list[Draft], d: Draft) -> list[int]:
    """Where the other events of ``d``'s type are told (each of their mentions), in text order."""
    return sorted(a for e in events if e is not d and e.type == d.type for a, _ in [e.evidence, *e.extra_evidence])


def _next_told(starts: list[int], end: int, doc: Document) -> int:
    """Where the next of ``starts`` at or after ``end`` is told: how far a later sentence may still
    be about the event whose mention ends at ``end``."""
    return next((a for a in starts if a >= end), len(doc.text))


_REPORTED_WITHIN = 31  # days: how long before its report a deal told as news was signed


def _value_by_next_sentence(events: list[Draft], doc: Document) -> list[Draft]:
    """A deal told without its sum, whose sum the next sentences give as they name it again ("Vietnam
    has signed a contract with Airbus for three C295 aircraft. The contract, valued at about 310
    million dollars, was signed in Hanoi on Friday"): see :func:`rules._sale.value_told_after`. Not
    past the next deal the story tells, nor from a sentence dated otherwise, unless that date is a
    day of the week before a deal dated by its report: then it is the signing's date."""
    deals = [d for d in events if d.type == "export_deal"]
    for d in deals:
        if d.fields.get("value") is not None:
            continue
        others = _told_elsewhere(deals, d)
        for _, end in sorted([d.evidence, *d.extra_evidence]):
            found = value_told_after(doc, end, _next_told(others, end, doc))
            if found is None:
                continue
            value, dates = found
            if d.when is not None and dates and not any(_same_date(t, d.when) for t in dates):
                told = dates[0]
                # (a deal reported as news, "has secured a contract", is dated by its retelling within the month:
                # "The contract, awarded on 6 March, is worth RM1.12 billion")
                recent = _just_before(told, d.when, _REPORTED_WITHIN if d.when.basis == "publication" else 7)
                if len({t.value for t in dates}) > 1 or not recent or d.status != "completed":
                    break  # the sentence dates another deal
                d.when = told  # "Vietnam has signed a contract, officials said on Tuesday. The contract ... was signed on Friday"
            d.fields["value"] = value
            break
    return events


# a sentence that tells the signing again and dates it: "The document was inked in Athens on Monday",
# "The contract for the ten helicopters was signed in Nairobi on Thursday by the ministry and Sikorsky"
_SIGNED_AGAIN = regex.compile(
    # ("Mr Banda said at a press conference yesterday that the deal had been signed on Tuesday")
    r"""[\s"“‘']*(?:(?:\p{Lu}[\w.’'-]*\s+){1,4}(?:said|says|told\s+\w+|confirmed|added)\s+(?:[^.;:!?]{0,50}?\s)?that\s+)?
        (?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?
        (?:contract|deal|agreement|order|document|memorandum|MoU|accord|pact|treaty|declaration|arrangement|letter)\b
        [^.;:!?]{0,80}?\b(?:was|were|had\s+been)\s+(?:(?:formally|officially|actually|already|then)\s+)?
        (?:signed|inked|concluded|sealed|finali[sz]ed|completed)\b
        # the buyer signing "the contract" told before: "Austria's Federal Ministry of Defence signed the contract, worth
        # €480 million, on Wednesday in Vienna"
        |[\s"“‘']*(?:\p{Lu}[\w’'.-]*\s+){1,6}?(?:[\w’'-]+\s+){0,4}?(?:signed|inked|concluded)\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?
           (?:contract|deal|agreement|order|document|memorandum)\b
        # "Signing took place in Varna on Tuesday.", "The signing ceremony was held in Lima on Monday.", "The signing, at the
        # company's headquarters in Madrid, was attended by ..."
        |(?P<signing>[\s"“‘']*(?:[Tt]he\s+)?[Ss]igning)(?:\s+ceremony)?(?:,[^.;:!?]{1,80}?,)?\s+(?:took\s+place|was\s+held|happened|was\s+attended)\b
        # the goods handed over, for a delivery: "The vehicles were handed over at Phocweni Barracks on Friday"
        |[\s"“‘']*(?:[Tt]he|[Tt]hese|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?(?P<goods>vehicles|aircraft|helicopters|ships|vessels|boats|trucks|
           drones|systems|jets|radars|howitzers|tanks)\b[^.;:!?]{0,80}?\b(?:was|were)\s+(?:formally\s+|officially\s+)?handed\s+over\b
        # "The paperwork was completed last Friday in Nairobi"
        |[\s"“‘']*(?:[Tt]he)\s+paperwork\s+was\s+(?:completed|signed|finali[sz]ed)\b""", regex.X)
_TOLD_AGAIN_WITHIN = 3  # sentences after the event's last mention


def _retellings(events: list[Draft], d: Draft, end: int, doc: Document) -> Iterable[tuple[regex.Match[str], int, int]]:
    """The sentences after ``end`` that tell a signing again ("The contract was signed in Bangkok on
    Wednesday"), with their match: within a few sentences, and not past the next event of ``d``'s type."""
    limit = _next_told(_told_elsewhere(events, d), end, doc)
    first = doc.segments.sentence_index(end) + 1
    for a, b in doc.segments.sentences[first:first + _TOLD_AGAIN_WITHIN]:
        if a >= limit:
            return
        if (again := _SIGNED_AGAIN.match(doc.text, a, b)) is not None:
            yield again, a, b


def _date_by_retelling(events: list[Draft], doc: Document) -> list[Draft]:
    """A deal or agreement the story reports ("Greece has signed a contract with Elbit ..., Elbit said")
    and dates only by its report, whose signing a next sentence tells and dates ("The document was
    inked in Athens on Monday"): the signing's day, when it falls in the week before the report.
    Not past the next event of the same type."""
    for d in events:
        # (a purchase told in the progressive, "the Hellenic Air Force is buying ten trainers", whose contract a
        # next sentence says was signed: the signing completed it)
        buying = d.type == "export_deal" and d.status == "ongoing"
        if d.type not in ("export_deal", "agreement") or (d.status != "completed" and not buying) or d.when is None \
                or not (d.when.basis == "publication" or d.dated_by_report or buying):
            continue
        # (from the lead's own telling: a value told in between, "The order is worth €180 million", is no retelling)
        for again, a, b in _retellings(events, d, d.evidence[1], doc):
            days = [t for t in doc.times_in(a, b) if t.type == "DATE" and t.grain == "day" and _is_dated(t) and not _said_on(doc.text, t)]
            # (one day, perhaps told twice: "on Friday, ... who held talks earlier in the day"; not the day it was said)
            if len({t.value for t in days}) == 1 and (d.when.basis == "publication" or d.dated_by_report) \
                    and _just_before(days[0], d.when):
                d.when, d.dated_by_report = days[0], False
            elif not days and d.when.basis == "publication":
                # "The contract was signed in Paris last month": the week or month before the report's
                # (not a relative clause's: "was signed under a declaration that the ministers signed earlier this month")
                own = relative.start() if (relative := _RELATIVE.search(doc.text, again.end(), b)) else b
                spans = [t for t in doc.times_in(a, own) if t.type == "DATE" and t.grain in ("week", "month") and _is_dated(t)
                         and not _said_on(doc.text, t)]
                if len({t.value for t in spans}) == 1 and _just_before(spans[0], d.when, days=_RETOLD_MONTH):
                    d.when = spans[0]
            if buying and len({t.value for t in days}) == 1 and d.when.value == days[0].value:
                d.status = "completed"
            break
    return events


_RELATIVE = regex.compile(r"(?i)\b(?:that|which|who|whom|whose)\b")
_RETOLD_MONTH = 62  # days: how far before its report a signing told again by its week or month may start


_DEAL_NOUN = regex.compile(r"(?i)\b(?:contract|deal|order)\b")
_IN_OR_AT = regex.compile(r"(?i)\b(?:in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?\Z")
_IN_RIGHT_BEFORE = regex.compile(r"\bin\s+\Z")


def _place_by_retelling(events: list[Draft], doc: Document) -> list[Draft]:
    """A deal or agreement with no place, whose signing a later sentence tells again with one ("The
    contract was signed at the ministry in Bangkok on Wednesday", "The deal ... was signed Thursday in
    Warsaw"): that place. Not past the next event of the same type."""
    for d in events:
        if d.type not in ("export_deal", "agreement") or d.location is not None or d.status != "completed":
            continue
        g2g = "agreement" in doc.text[d.evidence[0]:d.evidence[1]].lower()
        for again, a, b in _retellings(events, d, d.evidence[1], doc):
            told = again.group()
            sale = bool(_DEAL_NOUN.search(told) or again.group("goods") or "paperwork" in told)
            if (d.type == "export_deal") != (sale or g2g) and not again.group("signing"):
                continue  # a deal's place from "The contract|deal|order was signed in" (or a G2G deal's "agreement"); either's
                # from "The signing took place in"
            listed = next((p for p in doc.places_in(a, b) if p.span is not None
                           and _IN_OR_AT.search(doc.text, max(a, p.span.start - 30), p.span.start)), None)
            read = location_of(doc, a, b)
            # (a site and its town as the rules read them, "at Josiah Magama Tongogara Barracks in Harare"; or a town no
            # list knows, "was signed in Stans on Friday")
            if read is not None and read.span is not None and (
                    listed.name in read.name if listed is not None else _IN_RIGHT_BEFORE.search(doc.text, max(a, read.span.start - 4), read.span.start)):
                listed = read
            d.location = listed
            break
    return events


# "visited the Interagency Task Force on the border and met ...": a visit to a site, which may lie outside the
# dateline's city (not "the visiting minister", nor "a visit to Ghana")
_VISITED = regex.compile(r"(?i)(?<!\b(?:the|a|an)\s+)\b(?:visit(?:ed|s|ing)|tour(?:ed|s|ing)|inspect(?:ed|s|ing))\b")


def _meeting_at_home(events: list[Draft], doc: Document) -> list[Draft]:
    """A meeting with no place, in a story datelined in a party's state, held within days of the report:
    the dateline's city ("ABU DHABI – ... reviewed, at a meeting on Wednesday, the prospects for
    cooperation", "DOHA – <guest> will be received by Qatar's Minister of State for Defence Affairs next
    Monday"). A reception is placed so whenever it is held. Not a meeting told with a visit to a site
    ("visited the task force on the border and met its officers"), which may lie outside the city."""
    where = doc.dateline
    if where is None or where.country is None:
        return events
    for d in events:
        if d.type != "meeting" or d.location is not None or where.country not in {a.code for a in d.participants if a.code}:
            continue
        if d.rule == "meeting.hosted" or (_near_report(d, doc) and not _VISITED.search(doc.text, doc.sentence(d.trigger[0])[0], d.trigger[1])):
            d.location = where
    return events


_TOWN_BEFORE = 6  # sentences before an event at a venue that may still tell the town its parties are in


def _venue_town(events: list[Draft], doc: Document) -> list[Draft]:
    """An event at a venue that names no town and no state ("at the Government Building", "at Parliament
    House"), in a story that has brought the parties to a town of one of their states a few sentences
    before ("HMAS Adelaide arrived in Apia on Tuesday. ... hosted Australia's Deputy Prime Minister ... at
    the Government Building", "Today in Canberra, the two prime ministers signed ... Earlier today, ...
    met ... at Parliament House"): the venue in that town. Not a town where something was only said."""
    for d in events:
        place = d.location
        if place is None or place.span is None or place.country is not None or "," in place.name or not is_venue(place):
            continue
        codes = {a.code for a in d.participants if a.code}
        town = town_told_before(doc, place, codes=codes, sentences=_TOWN_BEFORE)
        if town is not None:
            d.location = Place(name=f"{place.name}, {town.name}", country=town.country, span=place.span)
    return events


_NEAR_REPORT = 14  # days either side of the report within which a meeting is news from the dateline


def _near_report(d: Draft, doc: Document) -> bool:
    """Whether ``d`` is dated within :data:`_NEAR_REPORT` days of the reference date."""
    span = _interval(d)
    return span is not None and doc.reference is not None and (doc.reference - span[0]).days <= _NEAR_REPORT \
        and (span[1] - doc.reference).days <= _NEAR_REPORT


def _meeting_dated_by_report(e: Draft, doc: Document) -> bool:
    """A meeting of two or more parties dated only by the report: the publication date, or a dateline's
    day ("ALGIERS, March 28 (APS) –")."""
    return e.type == "meeting" and e.when is not None and len(e.codes) >= 2 and (
        e.when.basis == "publication" or (doc.reference is not None and e.when.value == doc.reference.isoformat()))


# "The signing followed two days of talks between ...": the talks the signing just told closed
_SIGNING_FOLLOWED = regex.compile(
    r"[\s\"“‘']*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:signing|signature)(?:\s+ceremony)?\s+(?:followed|came\s+after|capped|crowned|closed|concluded|ended)\b")


def _date_by_signing(events: list[Draft], doc: Document) -> list[Draft]:
    """Talks the story tells as what a signing followed ("Kenya and Ethiopia signed a memorandum
    on Monday. The signing followed two days of talks between the two defence ministers"), dated
    only by the report: they closed with that signing, so they take its date (the signing of the
    same parties told in the sentence before, dated in the text)."""
    for e in events:
        if not _meeting_dated_by_report(e, doc):
            continue
        i = doc.segments.sentence_index(e.trigger[0])
        if i <= 0 or not _SIGNING_FOLLOWED.match(doc.text, doc.segments.sentences[i][0]):
            continue
        before = doc.segments.sentences[i - 1]
        signed = [d for d in events if d.type in ("agreement", "export_deal") and d.codes == e.codes and d.when is not None
                  and d.when.basis != "publication" and before[0] <= d.trigger[0] < before[1]]
        if len({d.when.value for d in signed}) == 1:
            e.when = signed[0].when
    return events


# "The two chiefs, whose talks on Monday ran into the afternoon, reviewed ...": the day in the relative
_WHOSE_TALKS = regex.compile(
    r"[\s\"“‘']*(?:The|Both)\s+(?:two\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|chiefs|generals|admirals|commanders|leaders|officials|men|women|delegations|sides)"
    r"(?:\s+of\s+(?:[\w-]+\s+)?staff)?,\s+whose\s+(?:[\w-]+\s+)?(?:talks|meeting|discussions|session|encounter)\s+(?P<rel>[^,.;]{3,80}),")


def _date_by_whose_talks(events: list[Draft], doc: Document) -> list[Draft]:
    """A meeting dated only by the report, whose day the next sentence gives in a relative on its
    parties ("Morocco's army chief received Mauritania's army chief ... The two chiefs, whose talks
    on Monday ran into the afternoon, reviewed border security"): that day."""
    for e in events:
        if not _meeting_dated_by_report(e, doc):
            continue
        i = doc.segments.sentence_index(e.trigger[0])
        if i + 1 >= len(doc.segments.sentences):
            continue
        m = _WHOSE_TALKS.match(doc.text, doc.segments.sentences[i + 1][0])
        if m is None:
            continue
        days = [t for t in doc.times_in(*m.span("rel")) if t.type == "DATE" and _is_dated(t)]
        if len(days) == 1 and days[0].start is not None and e.when.start is not None and days[0].start <= e.when.start:
            e.when = days[0]
    return events


def _date_by_meeting(events: list[Draft], doc: Document) -> list[Draft]:
    """A text signed by the parties of a meeting the story tells and dates, with no date of its
    own ("Belgian Defence Minister Theo Francken met Portugal's Nuno Melo in Lisbon on Friday.
    [...] The two ministers also signed a letter of intent"), was signed at that meeting: it takes
    the meeting's date, and its place when it names none. Only for a meeting held in the days
    before the report (see :func:`_told_again_undated`) and between the same parties; a text the
    story dates on the meeting's day takes the meeting's place too, and so does a contract signed
    between the same parties that day ("In the presence of the two ministers, ... signed a contract")."""
    meetings = [e for e in events if e.type == "meeting" and e.status in ("completed", "planned") and len(e.codes) >= 2
                and e.when is not None and e.when.basis != "publication"]
    if not meetings:
        return events
    deals = [e for e in events if e.type == "export_deal"]
    for d in events:
        if d.type not in ("agreement", "export_deal") or d.status not in ("completed", "planned"):
            continue
        held = [e for e in meetings if e.codes == d.codes and e.status == d.status]
        pointed = d.type == "agreement" and _scene(doc, doc.sentence(d.trigger[0]))
        if pointed and (d.when is None or d.when.basis == "publication") and len({e.when.value for e in held}) == 1:
            # "... signed by both ministers during that visit", "The pair are expected to sign ... at that meeting": the
            # meeting the sentence points at gives its day (and place, below), whatever its grain and whether held or to come
            d.when, d.dated_by_report = held[0].when, False
        if d.when is None or (d.status != "completed" and not pointed):
            continue
        # "In their presence, Kazakhstan's Ministry of Defense and Turkey's Aselsan signed a contract": a
        # contract signed at the meeting, when the sentence points back at it
        # (in any of its tellings: "The contract was signed on the sidelines of the talks" after the lead)
        anchored = d.type == "export_deal" and (any(_scene(doc, doc.sentence(a)) for a, _ in [d.trigger, *d.extra_evidence])
                                                or (len(deals) == 1 and _contract_signed_at_scene(doc)))
        if (d.type == "agreement" or anchored) and (d.when.basis == "publication" or d.dated_by_report):
            # a text reported on a day ("..., the ministry said on Sunday") was signed at a meeting
            # held before that day
            recent = [e for e in held if _recent(e, doc) and (not d.dated_by_report or _before_or_on(e.when, d.when))]
            if len({e.when.value for e in recent}) != 1:
                continue
            d.when = recent[0].when
            d.dated_by_report = False
        # (by the day: "flew back the same night" gives the signing that day's night)
        # (an unresolved time, with no reference date, has no value: no day to share)
        places = {e.location.name: e.location for e in held if e.location is not None and e.when.value and d.when.value
                  and e.when.value[:10] == d.when.value[:10]}
        if d.location is None and len(places) == 1:
            d.location = next(iter(places.values()))
    return events


_CONTRACT_RETOLD = regex.compile(
    r"(?i)\b(?:the|this)\s+(?:contract|deal|order|purchase)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:signed|inked|concluded|finali[sz]ed)\b")


def _contract_signed_at_scene(doc: Document) -> bool:
    """Whether a sentence says the contract told before was signed at the meeting just told ("The
    contract was signed on the sidelines of the talks, the sources said")."""
    return any(_scene(doc, doc.sentence(m.start())) for m in _CONTRACT_RETOLD.finditer(doc.text))


def _before_or_on(a: TimeValue, b: TimeValue) -> bool:
    """Whether ``a`` ends on or before the day ``b`` ends (both dated)."""
    return a.end is not None and b.end is not None and a.end <= b.end


def _recent(d: Draft, doc: Document) -> bool:
    """Whether ``d`` is dated within the days just before publication."""
    span = _interval(d)
    return span is not None and doc.reference is not None and span[1] <= doc.reference \
        and (doc.reference - span[0]).days <= _RECENT


def _part_of_summary(e: Draft, d: Draft, doc: Document) -> bool:
    """Whether the body event ``d`` has fewer parties than the headline event ``e`` ("Minister
    receives Indian, Brazilian delegations"): the headline may sum up several body events, which
    :func:`_fold_headlines` tells apart once the whole body is read."""
    return bool(d.codes) and d.codes < e.codes and _headline_only(e, doc.title_block_end) and not _is_headline(doc, d)


def _forum_only(d: Draft) -> bool:
    """A meeting whose only parties are a forum ("the NATO summit", "a NORDEFCO meeting")."""
    coded = [a for a in d.participants if a.code]
    return d.type == "meeting" and bool(coded) and all(a.kind in ("organisation", "group") for a in coded)


def _fold_forums(events: list[Draft], doc: Document) -> list[Draft]:
    """A forum meeting told in the sentence of a meeting of states is that meeting's forum: "The
    ministers of Denmark, Finland and Sweden met in Copenhagen under the NORDEFCO format, the first
    such meeting there since 2019"; "The two ministers will meet again at the NATO summit"."""
    out: list[Draft] = []
    for f in events:
        target = None
        if _forum_only(f):
            target = next((e for e in events if e is not f and e.type == "meeting" and not _forum_only(e)
                           and _same_sentence(doc, e, f) and _same_tense(e, f)
                           and _dates_compatible(e, f)), None)
        if target is None:
            out.append(f)
            continue
        target.fields["forum"] = target.fields.get("forum") or f.fields.get("forum")
        target.extra_evidence.extend([f.evidence, *f.extra_evidence])
    return out


# a counterpart the text does not name: "has held a first meeting with a counterpart from abroad", "met a foreign colleague"
_UNNAMED_COUNTERPART = regex.compile(
    r"(?i)\b(?:an?|one)\s+(?:(?:foreign|visiting|overseas)\s+)?(?:counterpart|colleague|guest|minister|delegation)s?\b(?:\s+from\s+(?:abroad|overseas|another\s+country))?")


def _fold_unnamed_counterpart(events: list[Draft], doc: Document) -> list[Draft]:
    """A meeting of one state with a counterpart it does not name, when the story tells a meeting of
    that state with a named one ("NEWSREADER: Kenya's new Cabinet Secretary for Defence has held a
    first meeting with a counterpart from abroad. ... REPORTER: Cabinet Secretary Tonkei hosted
    Uganda's defence minister in Nairobi on Friday"): a teaser of that meeting, not one more."""
    out: list[Draft] = []
    for d in events:
        target = None
        if d.type == "meeting" and len(d.codes) == 1 and not d.fields.get("forum") \
                and _UNNAMED_COUNTERPART.search(doc.text, d.evidence[0], min(doc.sentence(d.evidence[0])[1], d.evidence[1] + 60)):
            target = next((e for e in events if e is not d and e.type == "meeting" and len(e.codes) >= 2 and d.codes <= e.codes
                           and _same_tense(e, d)), None)
        if target is None:
            out.append(d)
            continue
        target.extra_evidence.extend([d.evidence, *d.extra_evidence])
    return out


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        if a.code and a.code not in seen:
            seen[a.code] = a
    return list(seen.values())


def _finish(d: Draft, doc: Document) -> EventBase:
    spans = sorted({d.evidence, *d.extra_evidence})
    fields = {k: v for k, v in d.fields.items() if v is not None}
    model = EVENT_TYPES[d.type]
    return model(
        participants=_dedupe(d.participants),
        when=d.when,
        location=d.location,
        status=d.status,
        evidence=[Span.of(doc.text, a, b) for a, b in spans],
        rule=d.rule,
        **fields,
    )


# "with an EU member state", "from an undisclosed European customer", "for a NATO country": a side the
# text does not name
_UNNAMED_SIDE = regex.compile(
    r"(?i)\b(?:an?|one)\s+(?:(?:undisclosed|unnamed|unidentified|unspecified|confidential|undeclared)\s+)?"
    r"(?:(?:EU|NATO|Nato|European|Asian|African|Middle\s+Eastern|Gulf|Latin\s+American|South\s+American|Western|foreign|overseas|export|allied|international|[\w-]+an)\s+)?"
    r"(?:member\s+)?(?:states?|countr(?:y|ies)|customers?|buyers?|clients?|nations?|governments?|user)\b")


_MEETING_WITH = regex.compile(r"(?i)\b(?:meeting|meetings|talks|met)\s+(?:[\w’'-]+\s+){0,2}?with\b")


def _with_the_author(d: Draft, doc: Document) -> Draft:
    """A meeting "with" one foreign party only, in a text written from another state ("09:30 Bilateral
    meeting with Finnish Minister of Defence Antti Häkkänen" in an Estonian minister's schedule): the
    other side is the author's state."""
    if d.type != "meeting" or len(d.codes) != 1 or d.fields.get("forum") or not doc.home or doc.home in d.codes:
        return d
    if any(p.kind in ("organisation", "group") and p.code != p.country for p in d.participants):
        return d  # "met NATO's Secretary General": a bloc, not a foreign state
    if _MEETING_WITH.search(doc.text, *d.evidence):
        d.participants.append(state_actor(doc.home))
    return d


# "held talks with several governments on transport aircraft", "consultations with a number of overseas suppliers"
_WITH_UNNAMED_OTHERS = regex.compile(
    r"(?i)\b(?:talks|consultations|discussions|meetings?|met|consulting|consulted|talking|talked)\s+(?:[\w’'-]+\s+){0,2}?with\s+"
    r"(?:a\s+(?:number|range|handful|series)\s+of|several|various|other|some|many|numerous|multiple|a\s+few|potential|possible)\s+"
    r"(?:(?:foreign|overseas|international|potential|possible|interested|western|european|asian|other|friendly|defen[cs]e|arms)\s+)*"
    r"(?:governments|countries|states|suppliers|manufacturers|makers|firms|companies|vendors|bidders|partners|allies|nations|producers)\b")


def _talks_with_unnamed_others(d: Draft, doc: Document) -> bool:
    """A one-party meeting whose other side is a vague crowd ("Honduras has also held talks with several
    governments on transport aircraft"; "is holding consultations with a number of overseas suppliers"):
    market soundings, not a meeting between parties."""
    return d.type == "meeting" and len(d.codes) < 2 \
        and _WITH_UNNAMED_OTHERS.search(doc.text, *doc.sentence(d.trigger[0])) is not None


def _bare_one_sided(d: Draft, doc: Document) -> bool:
    """An export deal with one side only and nothing bought: no goods, number or sum ("It is the
    second export order for the system after Estonia", "agreed to acquire a Latvian firm"), or
    with a side the text leaves unnamed ("concluded a framework agreement with an EU member state
    ..., worth as much as €400 million")."""
    if d.type != "export_deal":
        return False
    a, b = doc.sentence(d.trigger[0])
    unnamed = [u.span() for u in _UNNAMED_SIDE.finditer(doc.text, a, b)]
    # "an EU member state" names no party, not even the EU
    named = {p.code for p in d.participants if not (p.span and any(s <= p.span.start < e for s, e in unnamed))}
    if len(named) >= 2:
        return False
    return bool(unnamed) or not (d.fields.get("items") or d.quantity or d.money)


def extract(text: str, *, published: date | datetime | str | None = None) -> Extraction:
    """Find the agreements, meetings, deployments and export deals stated in ``text``.

    ``published`` is the article's publication date; relative dates ("last year", "this
    summer") are resolved against it. Without it, a date stated by the text itself (a
    dateline, "today (Wednesday 12 March)") is used; failing that, relative dates stay
    unresolved and a warning says so. The clock is never read.
    """
    text = _check_text(text)
    pub = parse_published(published)
    warnings: list[str] = []
    if not text.strip():
        return Extraction(events=[], published=pub, reference=pub,
                          reference_source="published" if pub else None, warnings=warnings)
    dateline = _dateline_date(text)  # read once: the reference and the events' dates both use it
    reference, source = _reference(text, pub, warnings, dateline)
    scan = timex.scan_times(text, reference=reference)
    warnings.extend(w for w in scan.warnings if w not in warnings)
    doc = Document(text=text, reference=reference, times=list(scan.times))
    _remember_dateline(doc, dateline)
    drafts = _match_rules(doc, all_rules(), warnings)
    for d in drafts:
        _date_and_status(d, doc)
    # after the overlap policy and the merge: an undated background participle still outranks a verb
    # rule's reading, and takes the mentions of the same sale with it
    drafts = [d for d in _merge(_resolve_overlaps(drafts), doc) if not _undated_background(d, doc) and not _undated_plan(d) and not _delivery_to_come(d)
              and not _expected_without_day(d, doc) and not _conditional_plan(d, doc)]
    drafts = [d for d in drafts if not _agreed_beside_signed(d, drafts, doc)
              and not _bare_one_sided(d, doc) and not _talks_with_unnamed_others(d, doc)]
    events = [_finish(_with_the_author(d, doc), doc) for d in drafts]
    events.sort(key=lambda e: (e.evidence[0].start, e.evidence[0].end))
    return Extraction(events=events, published=pub, reference=reference, reference_source=source, warnings=warnings)
