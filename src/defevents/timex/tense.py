"""The tense of the clause around a time expression: past, present or future.

Cue words, not a parser. The words to the *left* of the expression are read from nearest to
farthest, back to the sentence start or a clause boundary ("that", "which", "where", "but",
";"): the nearest cue decides, a present-tense one ("it is retiring the frigates on Dec. 7")
included. Future cues are "will", "shall", "'ll", "would", "may", "might", "should", "next",
"upcoming" and "<going|expected|plans|set|due|scheduled...> to" (a past plan, "was due to",
"had been set to", reads as present: the nearest date); "could" is none (it is often a past
"can"). Past cues are past-tense verbs (irregular ones listed, regular ones by "-ed", but not a
passive participle after "be"), "ago", "last", "has"/"had". A reporting verb ("said",
"announced") is a past cue only right before the date ("said on Tuesday"); farther away it
governs the reported clause, not the date. With no cue on the left, the nearest cue in the
right clause decides, up to a reporting verb ("Bush on Tuesday said the US may act" is past:
the date is the saying's). Plans and schedules look forward whatever the tense of their verb
("Protesters planned a rally on Saturday", "has scheduled a news conference Thursday", "the
vote is set for Tuesday", "a ruling is due Monday", "the planned march on Sunday"), a past one
("had planned", "was scheduled for") and a participle one under a past verb ("a service planned
for Saturday was cancelled") to the nearest day; "has to" and "must" look forward too, and so
does a present tense of a scheduling verb outside a headline ("the ministers meet Monday", "the
summit opens Thursday"); "would not comment Monday" is a past refusal. A possessive day
("Wednesday's ruling", "after Monday's attack") names a past event whatever the clause says,
unless a plan word follows it ("Friday's scheduled vote") or "ahead of" comes before it. The
date's own "until", "since", "before" or "after" opens no clause; "until" a day after a past
verb, or with no cue at all, reads as present: the nearest such day ("has closed the border
until Friday"). News defaults to the past.

>>> clause_tense("The minister said on Tuesday that talks would resume", 17, 24)
'past'
>>> clause_tense("The frigate will be delivered in March", 32, 37)
'future'
>>> clause_tense("On Friday the ship is set to sail", 3, 9)
'future'
>>> clause_tense("The UK will deploy jets by 2027, the MoD said on Tuesday.", 49, 56)
'past'
>>> clause_tense("Protesters planned a rally on Saturday", 30, 38)
'future'
>>> clause_tense("They would look for ways around Wednesday's ruling", 32, 41)
'past'
"""

from __future__ import annotations

import re
from typing import Literal

from .. import _lazy_regex as regex

__all__ = ["Tense", "clause_cue", "clause_tense"]

Tense = Literal["past", "present", "future"]

_WORD = regex.compile(r"[\w'’]+|[.!?;:\n\"“”()]")
_BOUNDARY = frozenset(
    ". ! ? ; : \n \" “ ” ( ) that which who whereas but because although though while when after "
    "before since until if unless where".split(" ")
) | {"\n"}
_PREPOSITIONS = frozenset("until since before after".split())
_FUTURE = frozenset("will shall 'll ’ll won't won’t would wouldn't wouldn’t next upcoming forthcoming tomorrow might should may".split())
# a commitment made, told in the past tense (see _FUTURE_BEFORE_TO)
_COMMITTED = frozenset("agreed decided pledged promised vowed".split())
_FUTURE_BEFORE_TO = frozenset(
    "going expected expects expect plans plan planned planning intends intend intended aims aim aimed "
    "set due scheduled slated poised hopes hope hoped likely unlikely ready bound "
    # a commitment's act is still to come: "agreed to sign the memorandum in Panama City on Jan. 20"
    "agreed agrees agree decided decides pledged pledges promised promises vowed vows".split()
) | frozenset("has have need needs".split())  # an obligation: "has to leave by Friday"
# Reporting verbs govern a clause, not the date next to them ("said the offer expires Nov. 21"):
# they are not cues.
_REPORTING = frozenset(
    "said says told announced reported added stated declared noted explained according wrote "
    "confirmed insisted warned claimed argued".split()
)
_PAST = frozenset(
    "ago last yesterday was were had did has have took made met came went gave began won "
    "held sent led left saw sold bought fell rose struck spent brought became fought kept lost paid ran "
    "wrote flew hit shot quit cut put beat drew grew knew chose spoke broke stood sought taught caught "
    "oversaw withdrew overtook underwent set let".split()
)
# Past tenses spelled like their base form are no past after a modal or "to" ("storms will hit
# the coast on Friday", "expected to cut rates"); nor is "have" after "will" (a future perfect).
_BASE_PAST = frozenset("hit put cut quit beat set let cost spread hurt shut burst cast read bet bid have".split())
_MODAL_BEFORE = frozenset("will shall 'll ’ll would may might should must can could to did does do won't won’t cannot".split())
# "-ed" words that are not past tenses
_NOT_PAST_ED = frozenset(
    "succeed proceed exceed indeed speed breed bleed embed hundred kindred sacred naked wicked "
    "rugged ragged heed greed creed steed".split()
)
_PAST_PLAN = frozenset("was were been had".split())
# Plans and schedules look forward whatever the tense of their verb. Three readings:
# * a plan word before its date or the date's preposition: "the vote is set for Tuesday", "a
#   ruling is due Monday", "a verdict is expected on Friday", "talks are scheduled for Monday";
# * a plan verb before its object: "Protesters planned a rally on Saturday", "has scheduled a news
#   conference Thursday", "expects a decision on Friday";
# * a plan adjective after a determiner: "the planned rally on Sunday" turns a clause with no
#   past cue forward ("police broke up a planned rally on Sunday" stays past).
# A past plan ("was scheduled for", "had planned a rally") names the nearest day (see _planned);
# "than expected", "as planned" are no plans.
_PLAN_LINKED = frozenset(
    "scheduled rescheduled slated set due expected planned penciled pencilled timetabled "
    "planning preparing prepare prepares preparations bracing".split()
)
# plan words that look forward only with "for": "set for Tuesday", "preparing for the vote on
# Sunday" ("set fire to", "set off", "were preparing a response on Friday" are no plans)
_PLAN_FOR_ONLY = frozenset("set planning preparing prepare prepares preparations bracing".split())
_PLAN_LINK = frozenset("for on by at in before back out".split())
_PLAN_OBJECT = frozenset(
    "planned plans plan planning scheduled schedules schedule scheduling expects expect awaits await awaiting".split()
)
_PLAN_ADJECTIVE = frozenset("planned scheduled proposed expected slated anticipated".split())
_NOT_PLAN_AFTER = frozenset("than as".split())
# A present tense of these names a scheduled event in news copy: "the two leaders meet Monday",
# "the summit opens Thursday" (not after a determiner, "to" or an auxiliary: "an open letter",
# "agreed to meet", "did not meet"; not under a past verb: "let the offensive begin Saturday";
# not in a headline, whose present tense is a past one)
_SCHEDULED_PRESENT = frozenset(
    "meet meets begin begins open opens resume resumes reconvene reconvenes convene convenes "
    "arrive arrives depart departs travel travels fly flies leave leaves go goes".split()
)
# ... and these with one of their nouns: "the ceasefire takes effect on Sunday", "takes office"
_SCHEDULED_WITH_NOUN = frozenset("take takes".split())
_SCHEDULED_NOUNS = frozenset("effect office".split())
# "ly" adverbs and these between an auxiliary and a plan: "was originally scheduled"
_PLAN_ADVERBS = frozenset("also still now already once first initially tentatively".split())
# A postponement names a later day: "postponed until Tuesday", "extended the deadline to May 3",
# "pushed back to March" look forward from the act, whatever its tense.
_POSTPONE = frozenset(
    "postponed delayed deferred adjourned extended rescheduled pushed put moved".split()
)
_POSTPONE_PARTICLE = frozenset({"pushed": "back", "put": "off", "moved": "back"}.items())
_UNTIL_TO = frozenset("until till to through".split())
_PRESENT = frozenset("is are am remains remain continues continue".split())
_BE = frozenset("be been being is are was were".split())
_AUX = frozenset("was were had has have did".split())
_DEGREE = frozenset("still so very most more less well long much not yet".split())
_DETERMINERS = frozenset("the a an its his her their our your this that these those".split())
# what follows a past verb, not a noun an adjective qualifies: "that arrived in", "that landed on", "that signed the"
_AFTER_RELATIVE_VERB = frozenset("in at on to from with for into onto by the a an his her its their last this yesterday earlier "
                                 "back home out off over up down here there".split())
_WINDOW = 140
_HARD = "!?;:\n\"“”()"  # boundary characters that never belong to a word
_LAST_HARD = regex.compile("(?r)[" + regex.escape(_HARD) + "]")  # searched backwards: the last one
_FIRST_HARD = re.compile("[" + re.escape(_HARD) + "]")
# The only words :func:`_cue` reads a tense from (besides "-ed" words): any other is passed by.
_CUE_WORDS = (
    _FUTURE | _FUTURE_BEFORE_TO | _PAST | _PRESENT | _PLAN_LINKED | _PLAN_OBJECT | _SCHEDULED_PRESENT | _SCHEDULED_WITH_NOUN | {"to", "must"}
)


def _cue(raw: list[str], words: list[str], i: int) -> str | None:
    """The tense a word signals in context, or None."""
    w = words[i]
    if w in _FUTURE:
        if w in _WOULD and _refusal(words, i):
            return "past"  # "would not comment Monday": a refusal, not a plan
        if w == "may" and raw[i][0] == "M":
            return None  # the month
        if w == "next" and i + 1 < len(words) and words[i + 1] == "to":
            return None  # "next to the embassy"
        return "future"
    if w == "to" and i > 0 and words[i - 1] in _FUTURE_BEFORE_TO and not _noun_after(words, i + 1):
        return _planned(words, i - 1)
    if w == "to" and i > 0 and words[i - 1] in _BE_TO and not _noun_after(words, i + 1) and not _to_blame(words, i):
        # "the bourse is to reopen on Tuesday" is a plan; "was to reopen" a past one (the nearest day)
        return "future" if words[i - 1] in ("is", "are") else "present"
    if w in _FUTURE_BEFORE_TO and i + 1 < len(words) and words[i + 1] == "to" and not _noun_after(words, i + 2):
        return _planned(words, i)
    if w == "must":
        return None if i + 1 < len(words) and words[i + 1] == "have" else "future"
    if (w in _PLAN_LINKED or w in _PLAN_OBJECT) and not (raw[i][0].isupper() and i > 0):
        plan = _plan(words, i)
        if plan is not None:
            return plan
    if w in _SCHEDULED_PRESENT or (
        w in _SCHEDULED_WITH_NOUN and i + 1 < len(words) and words[i + 1] in _SCHEDULED_NOUNS
    ):
        prev = words[i - 1] if i > 0 else ""
        if prev in _MODAL_BEFORE or prev in _DETERMINERS or prev in ("not", "never", "of", "for"):
            return None
        return "present_scheduled"
    if w in _REPORTING:
        return None
    if w in _PAST:
        if w not in _AUX and i > 0 and words[i - 1] in _BE:
            return None  # passive participle: "will be held"
        if w in _BASE_PAST and _after_modal(words, i, w):
            return None  # "will hit", "to cut", "will have"
        return "past"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        if i > 0 and (words[i - 1] in _BE or words[i - 1] in _DETERMINERS) and not (
                words[i - 1] == "that" and i + 1 < len(words) and words[i + 1] in _AFTER_RELATIVE_VERB):
            # passive participle ("will be delivered") or adjective ("the armed forces"), not a
            # relative's verb ("the team that arrived in Dili on Monday")
            return None
        if i > 1 and words[i - 2] in _DETERMINERS and (words[i - 1].endswith("ly") or words[i - 1] in _DEGREE):
            return None  # adjective after an adverb: "a still unspecified date", "the newly elected"
        if raw[i][0].isupper():
            return None  # a name: "the United States"
        return "past"
    if w in _PRESENT:
        return "present"
    return None


_BE_TO = frozenset("is are was were".split())


_WOULD = frozenset("would wouldn't wouldn’t".split())
# "<official> would not comment Monday" is wire copy for a refusal on Monday
_REFUSAL = frozenset(
    "comment say elaborate confirm deny disclose discuss identify reveal specify speculate "
    "answer respond".split()
)


def _refusal(words: list[str], i: int) -> bool:
    j = i + 1
    if words[i] == "would":
        if j >= len(words) or words[j] != "not":
            return False
        j += 1
    return j < len(words) and words[j] in _REFUSAL


def _after_modal(words: list[str], i: int, w: str) -> bool:
    j = i - 1
    while j >= 0 and words[j] in ("not", "also", "still", "then"):
        j -= 1
    if j < 0:
        return False
    if w == "have":
        return words[j] in ("will", "shall", "'ll", "’ll")  # "would have", "may have" stay past
    return words[j] in _MODAL_BEFORE


def _to_blame(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1] == "blame"


def _postponement(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ("postponed", "pushed") is a postponement: a verb of its own, or
    one with its particle ("pushed back", "put off"); not an adjective ("the delayed jets")."""
    w = words[i]
    particle = dict(_POSTPONE_PARTICLE).get(w)
    if particle is not None:
        return particle in words[i + 1 : i + 3]
    return not (i > 0 and words[i - 1] in _DETERMINERS)


def _planned(words: list[str], i: int) -> Tense:
    """A plan ("set to", "due to") looks forward, unless it is a past one ("was due to expire
    Friday", "had been scheduled to land on Monday", "had planned a rally"): then it may have
    happened or not, and the nearest date is meant."""
    j = i - 1
    while j >= 0 and (words[j] in _PLAN_ADVERBS or (len(words[j]) > 4 and words[j].endswith("ly"))):
        j -= 1  # "was originally scheduled"
    if j >= 0 and words[j] in _PAST_PLAN:
        return "present"
    return "future"


# words before a plan word that make it a verb of its own, not a participle after a noun
_PLAN_AUXILIARY = _BE | _AUX | _FUTURE | frozenset("be being am 's ’s must can could it they he she we".split())


def _has_auxiliary(words: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and (words[j] in _PLAN_ADVERBS or words[j] == "not" or (len(words[j]) > 4 and words[j].endswith("ly"))):
        j -= 1
    return j >= 0 and words[j] in _PLAN_AUXILIARY


def _plan(words: list[str], i: int) -> str | None:
    """The tense a plan word (see ``_PLAN_LINKED``) gives, "plan_adj" for an adjective ("the
    planned rally"), or None when it is no plan here."""
    w = words[i]
    prev = words[i - 1] if i > 0 else ""
    nxt = words[i + 1] if i + 1 < len(words) else None
    j = i - 1
    while j > 0 and len(words[j]) > 4 and words[j].endswith("ly"):
        j -= 1
    if j >= 0 and words[j] in _NOT_PLAN_AFTER:
        return None  # "than expected", "as (originally) planned"
    if w in _PLAN_ADJECTIVE and (
        prev in _DETERMINERS or (i > 1 and words[i - 2] in _DETERMINERS and prev.endswith("ly"))
    ):
        return "plan_adj"
    if w in _PLAN_LINKED and (nxt is None or nxt in _PLAN_LINK) and (w not in _PLAN_FOR_ONLY or nxt == "for"):
        if not _has_auxiliary(words, i):
            return "plan_part"  # "a service planned for Saturday (was cancelled)"
        return _planned(words, i)
    if w in _PLAN_OBJECT and nxt in _DETERMINERS and prev not in _DETERMINERS:
        return _planned(words, i)
    return None


def _noun_after(words: list[str], j: int) -> bool:
    """Whether a noun phrase follows "to" at ``words[j]`` ("due to its loss", "set to the
    market"): then "due to" is a cause, not a plan."""
    return j < len(words) and words[j] in _DETERMINERS


# A full stop after an initial or one of these abbreviations ends the abbreviation, not the
# clause: "Daniel P. Davison", "Mr. Schwarz", "U.S. officials", "Corp. said". (The standard
# library's ``re``, with one fixed-width look-behind per length, scans about twice as fast.)
_ABBREV_BY_LENGTH = (
    "[a-z]", "mr|ms|dr|st|jr|sr|co|lt|no|vs",
    "mrs|inc|ltd|gen|col|sgt|maj|adm|rep|sen|gov|etc|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec",
    "corp|capt|pres|prof|sept",
)
_TOKEN = re.compile(
    r"(?i)[\w'’]+(?:\.\w+)*|"
    + "".join(r"(?<!\b(?:" + a + r"))" for a in _ABBREV_BY_LENGTH)
    + r"(?<!\bu\.[skn])\.|[!?;:\n\"“”()]"
)


def _words(text: str) -> list[str]:
    """Word and boundary tokens; the full stops of abbreviations and initials are dropped."""
    return _TOKEN.findall(text)


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense governing the expression at ``text[start:end]`` (default ``"past"``)."""
    return clause_cue(text, start, end) or "past"


# A possessive day names a past event in news ("Wednesday's ruling", "after Monday's attack"),
# whatever the clause's tense, unless a plan word follows ("Friday's scheduled vote"); "ahead of
# Sunday's election" looks forward from the clause (from a past one, to the nearest Sunday).
_POSSESSIVE = re.compile(r"['’]s\b[ \t]*([\w-]*)")
_POSSESSIVE_TIME = re.compile(
    r"(?i)(?:day|night|morning|afternoon|evening|noon|midnight|\d|quarter|half|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)$"
)
_POSSESSIVE_FORWARD = _PLAN_ADJECTIVE | frozenset(
    "upcoming coming forthcoming looming impending likely possible".split()
)
_AHEAD = regex.compile(
    r"(?i)\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+advance\s+of|leading\s+up\s+to|"
    r"in\s+preparation\s+for|preparations?\s+for|prepar(?:e|es|ed|ing)\s+for)\s+$"
)


def clause_cue(text: str, start: int, end: int) -> Tense | None:
    """Like :func:`clause_tense`, but ``None`` when no cue was found."""
    poss = _POSSESSIVE.match(text, end)
    if poss is not None and poss.group(1).lower() not in _DETERMINERS and _POSSESSIVE_TIME.search(text, start, end):
        # (not a contraction: "Friday's the deadline")
        if poss.group(1).lower() in _POSSESSIVE_FORWARD:
            return "future"
        if _AHEAD.search(text, max(0, start - 40), start):
            return "present" if _clause_cue(text, start, end) == "past" else "future"
        return "past"
    return _clause_cue(text, start, end)


# A line break inside a sentence of hard-wrapped copy ("will sail from Haakonsvern on⏎Monday"): after
# a word that cannot end a sentence, or before a lower-case word. It reads as a space; other line
# breaks (a headline's end, a paragraph's) stay hard boundaries.
_SOFT_WRAP = regex.compile(
    r"(?i:(?<=\b(?:a|an|the|of|to|and|or|in|on|at|for|with|by|from|his|her|their|its|our|has|have|had|will|would|was|were|is|are|be|been|"
    r"said|says|that|which|who|this|last|next|since|until|before|after)[ \t]*)|(?<=[,(–—-][ \t]*))\n(?=[ \t]*[\w(])"
    r"|(?<![.!?:;\"”)\n][ \t]*)\n(?=[ \t]*\p{Ll})"
    # a long line wrapped before a capitalised word that a lower-case one follows ("will receive the Turkish⏎Ambassador to
    # Liberia ... on Tuesday"): body text, not a headline's end
    r"|(?<![.!?:;\"”)\n][ \t]*)(?<=[^\n]{50}[ \t]*)\n(?=[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Ll})")


def _clause_cue(text: str, start: int, end: int) -> Tense | None:
    a, b = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    if "\n" in text[a:b]:
        window = _SOFT_WRAP.sub(" ", text[a:b])
        if window != text[a:b]:
            return _window_cue(window, start - a, end - a)
    return _window_cue(text, start, end)


def _window_cue(text: str, start: int, end: int) -> Tense | None:
    lo = max(0, start - _WINDOW)
    # only the words after the last hard clause boundary can be cues (str.rfind is cheap); a
    # bracketed aside on the line is passed over ("to the force in Lebanon (UNIFIL) from November")
    pieces: list[str] = []
    right = start
    while True:
        hard = _LAST_HARD.search(text, lo, right)
        if hard is not None and hard.group() == ")":
            opening = text.rfind("(", lo, hard.start())
            if opening >= 0 and "\n" not in text[opening:hard.start()]:
                pieces.append(text[hard.end():right])
                right = opening
                continue
        pieces.append(text[hard.end() if hard is not None else lo:right])
        break
    raw_left = _words(" ".join(reversed(pieces)))
    left = [w.lower() for w in raw_left]
    present = False
    until = False
    planned: str | None = None  # "plan_adj" or "plan_part" once such a plan word was passed
    onward = bool(left) and left[-1] in _UNTIL_TO
    for i in range(len(left) - 1, -1, -1):
        if onward and left[i] in _POSTPONE and _postponement(left, i):
            return "future"  # "postponed until Tuesday", "extended to Nov. 20"
        if left[i] in _BOUNDARY:
            if i == len(left) - 1 and left[i] in _PREPOSITIONS:
                # "free until September 30": the date's own preposition opens no clause
                until = left[i] == "until"
                continue
            break
        if left[i] in _REPORTING and len(left) - i <= 2:
            return "past"  # "the MoD said on Tuesday": the date is the saying's
        w = left[i]
        c = _cue(raw_left, left, i) if w in _CUE_WORDS or (len(w) > 4 and w.endswith("ed")) else None
        if c == "present_scheduled":
            # forward, unless a past verb governs it ("let the offensive begin Saturday")
            c = None if _in_headline(text, start) else "plan_adj"
        if c in _PLAN_MARKS:
            planned = planned or c
        elif c is not None:
            if planned is not None:
                return _after_plan(planned, c)  # type: ignore[arg-type]
            # a past verb stretching "until" a day reaches the nearest one ("has closed the
            # markets until Friday", "gave them until 9 a.m. Tuesday")
            return "present" if until and c == "past" else c  # type: ignore[return-value]
    hi = min(len(text), end + _WINDOW)
    hard = _FIRST_HARD.search(text, end, hi)
    if hard is not None:
        hi = hard.start()
    raw_right = _words(text[end:hi])
    right = [w.lower() for w in raw_right]
    for i in range(len(right)):
        if right[i] in _BOUNDARY:
            break
        if right[i] in _COMMITTED and i + 1 < len(right) and right[i + 1] == "to":
            # the date before a commitment is the day it was made: "On Monday, the ministers agreed to extend
            # ...", "Acme on Friday agreed to acquire ..." (after it, the act still to come: "agreed to meet on Monday")
            return "past" if planned is None else _after_plan(planned, "past")
        if right[i] in _REPORTING:
            # "Bush on Tuesday said the US may act": the date is the saying's; farther on, the
            # reported clause is not the date's
            if i <= 1:
                return "past"
            break
        w = right[i]
        c = _cue(raw_right, right, i) if w in _CUE_WORDS or (len(w) > 4 and w.endswith("ed")) else None
        if c == "present_scheduled":
            c = None if _in_headline(text, start) else "future"
        if c in _PLAN_MARKS:
            continue
        if c == "present":
            present = True
        elif c is not None:
            return c if planned is None else _after_plan(planned, c)  # type: ignore[return-value]
    if planned is not None:
        return "future"
    return "present" if present or until else None


_PLAN_MARKS = frozenset({"plan_adj", "plan_part"})


def _in_headline(text: str, start: int) -> bool:
    """Whether the line around ``start`` reads as a headline: no full stop, "!" or "?" (nor a
    closing quote after one) at its end."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : len(text) if b < 0 else b].rstrip()
    return not line.endswith((".", "!", "?", '."', ".”", "?\"", "?”", ".'", ".’"))


def _after_plan(planned: str, c: Tense) -> Tense:
    """The tense of a clause with a plan adjective or participle before the date and cue ``c``
    elsewhere: forward, unless a past verb governs it: then "police broke up the planned rally
    on Sunday" is past, and "a service planned for Saturday was cancelled" the nearest day."""
    if c != "past":
        return "future"
    return "past" if planned == "plan_adj" else "present"
