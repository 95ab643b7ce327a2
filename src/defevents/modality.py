"""Whether a mention states a real event, and whether that event is completed, ongoing or planned.

A rule finds a trigger; this module reads the clause around it. It has two jobs:

* **veto**: negated ("did not sign", "no ... have been announced"), hypothetical or modal
  ("could include", "may deploy", "if agreed", "would consider") and habitual or generic
  ("regular talks", "meets annually") mentions are not events;
* **status**: "will", "to", "expected to", "plans", "is set to", "from this summer" mark a
  planned event; "currently", "remains", "continues", a present progressive mark an ongoing
  one; anything else stated in the past or present perfect is completed.

Only the words before the trigger in its clause, and a short window after it, are read: the
scope of "not" or "if" does not cross a clause boundary.

>>> veto("France did not sign the agreement", 17)
'negated'
>>> veto("France and India signed the agreement", 17) is None
True
>>> status("Poland will deploy two Patriot batteries", 13)
'planned'
"""

from __future__ import annotations

from typing import Literal

from . import _lazy_regex as regex

__all__ = ["status", "veto"]

Veto = Literal["negated", "hypothetical", "habitual", "generic"]

_NEGATED_BEFORE = regex.compile(
    r"""(?ix)
    \b(?:not|never|n['’]t|no\s+longer|neither|nor|denied|denies|deny|ruled\s+out|rules\s+out|refused\s+to|
        declined\s+to|failed\s+to|without|rejected|halted|cancel(?:l)?ed|cancel(?:s|l?ing)?|scrapped|suspended|
        abandoned|walked\s+away\s+from|pulled\s+out\s+of|stopped\s+short\s+of|yet\s+to|no\s+plans?\s+(?:to|for)|turned\s+down|postponed|postpones|postpone|delayed|deferred|put\s+off|
        # 'had "no plans at all" to station troops': a denial quoted
        no\s+plans?(?:\s+(?:at\s+all|whatsoever))?[”"’']?\s+to|
        shelved|dropped|drops|called\s+off|backed\s+out\s+of|withdrew\s+from)\b
      (?:[^\w.;:]+\w+){0,10}?[^\w.;:]*$""")
_NEGATED_NO = regex.compile(r"(?i)\b(?:no|nor|any)\s+(?:\w+[\s-]+){0,5}$")  # "No other AFM personnel are currently deployed"
_NEGATED_AFTER = regex.compile(
    r"""(?ix)^[^.;:]{0,80}?\b(?:(?:has|have|had|was|were|is|are)\s+(?:not|never)|(?:hasn|haven|wasn|weren|isn|aren)['’]t|
        (?:was|were)\s+(?:called\s+off|cancel(?:l)?ed|shelved|scrapped|postponed\s+indefinitely)|
        # "the planned meeting ... did not take place", "never went ahead"
        (?:did\s+not|didn['’]t|never|failed\s+to)\s+(?:take\s+place|took\s+place|go\s+ahead|went\s+ahead|happen(?:ed)?|materiali[sz]e(?:d)?))\b""")
# "has bought few big systems since", "sold little abroad": a quantity of none ("a few" is some)
_NEGATED_FEW = regex.compile(r"(?i)^[\w’'-]+\s+(?:(?:very|relatively|so|too)\s+)?(?:few|little)\b(?!\s+(?:more|over|under|than))")
_HYPOTHETICAL_BEFORE = regex.compile(
    r"""(?ix)
    (?:\b(?-i:could|might|may|would|should)\b|\b(?:if|unless|whether|(?<!\bmade\s)possible|possibly|potential(?:ly)?|
        hypothetical|considering|consider|considers|evaluat(?:e|es|ing)|assess(?:es|ing)|studying|weighs|considered(?=\s+\w+ing\b|\s+$)|mulling|weighing|explore|exploring|
        hopes?\s+to|hoping\s+to|hoped\s+to|(?:ready|willing|keen|eager|prepared|open)\s+to|
        (?:is|are|was|were|been|be|remains?|remained)\s+(?:(?:also|still|now|already|currently|reportedly)\s+)?in(?=\s*$)|seeks?\s+to|seeking\s+to|wants?\s+to|aims?\s+to|intends?\s+to|
        # "wants its members to buy", "would like member states to", "Slovakia's plans to buy": a wish or a plan named as a topic
        (?:wants?|wanted|would\s+like)\s+(?:[\w’'-]+\s+){1,3}?to|['’]s?\s+(?:plans?|wish|ambitions?|intention)\s+to|
        proposed|proposal\s+for|calls?\s+for|called\s+for|urged|urging|pushing\s+for|lobbying\s+for|
        talks\s+on|negotiations?\s+(?:on|for|over)|negotiating|rumou?red|speculation|reportedly\s+considering|
        in\s+talks\s+(?:to|about|over|on)|discuss(?:ed|ing)?\s+(?:a|an|the\s+possibility)|
        demand(?:ed|s|ing)?|request(?:ed|s|ing)?|asked\s+for|asks\s+for|sought|seeks|seeking|invit(?:ed|es|ing|ation)|
        offer(?:ed|s|ing)?\s+(?:of|for|to)|offer|proposal|proposed|suggested|urges|recommend(?:s|ed|ing)?\s+that|
        any|would-be|prospective|future|
        # "said it expected more export orders for", "anticipates further contracts": orders still to win
        (?:expect|expects|expected|expecting|anticipates?|anticipated|anticipating|foresees?|sees)\s+(?:more|further|additional|new|fresh)\b|
        # "had been due to meet ..., but the visit was scrapped": a plan that did not happen
        had\s+been\s+(?:due|scheduled|expected|set|supposed|meant|planning)\s+to|was\s+to\s+have|were\s+to\s+have|
        # "was about to buy": on the point of it, not done
        (?:was|were)\s+(?:just\s+)?about\s+to|
        # "to ratify the treaty once it has been signed": a time still to come
        (?:once|until|till|when|after)\s+(?:[\w’'-]+\s+){0,4}?(?:has|have)\s+been)\b)
    (?:[^\w.;:]+\w+){0,10}?[^\w.;:]*$""")
_SPECULATION = regex.compile(
    r"""(?ix)\b(?:analysts?|observers?|experts?|commentators?|pundits?|industry\s+sources|insiders|speculation|rumou?rs?)\s+
        (?:\w+\s+){0,2}?(?:expect|expects|expected|predict|predicts|believe|believes|suggest|suggests|say|says|said|think|thinks|see|sees|anticipate)\b""")
# a forecast told after the fact it hedges, at the end of its sentence: "..., officials expect.",
# "..., diplomats predict."
_SPECULATION_AFTER = regex.compile(
    r"""(?ix)[^.;!?]{0,200}?,\s*(?:[\w’'-]+\s+){0,2}?(?:officials?|analysts?|observers?|experts?|diplomats?|sources?|insiders|commentators?|economists?)
        \s+(?:\w+\s+)?(?:expect|expects|predict|predicts|believe|believes|anticipate|anticipates|speculate|speculates|hope|hopes|forecast|forecasts)\s*[.!?]""")
_HYPOTHETICAL_AFTER = regex.compile(
    r"(?x)^\W*(?:\w+\W+){0,5}?(?:(?:could|might|may)\b|would\s+(?:be\s+)?(?:include|involve|take|come|follow|lead)\b"
    r"|would\s+(?:make\s+(?:sense|a\s+lot\s+of\s+sense)|be\s+(?:possible|feasible|welcome|desirable|logical|sensible|worth\w*|an?\s+option))\b)")
# "twice a year", "several times each year"
_FREQUENCY = r"(?:once|twice|(?:two|three|four|five|six|several|a\s+few|a\s+couple\s+of|two\s+or\s+three)\s+times)\s+(?:a|per|each|every)\s+(?:year|month|week)"
_HABITUAL = regex.compile(
    rf"""(?ix)\b(?:regular(?:ly)?|routine(?:ly)?|annual(?:ly)?|every\s+(?:year|month|week|spring|summer|autumn|winter)|
        frequent(?:ly)?|usually|typically|often|generally|traditionally|customarily|periodically|occasionally|from\s+time\s+to\s+time|whenever|
        each\s+year|once\s+a\s+(?:year|month)|twice\s+a\s+year|ongoing\s+series\s+of|{_FREQUENCY}|
        # "Russia has long supplied arms to India" (but "have long been stationed" is a presence)
        (?:has|have|had)\s+long(?=\s+(?!been\b)[a-z]+ed\b)|
        # "buys most of its arms from India", "sources the bulk of its weaponry abroad": a supplier's share, not a purchase
        (?:most|much|the\s+bulk|the\s+majority|(?:nearly|almost)\s+all|a\s+large\s+(?:share|part))\s+of\s+(?:its|their|the\s+country['’]s)\s+
        (?:[\w-]+\s+)?(?:arms|weapons|weaponry|armaments|hardware|materiel|equipment|imports))\b""")
# a sum over the years, or an act told as long past, anywhere in an undated clause: "has bought
# drones from Turkey in recent years", "took delivery of the jets it ordered years ago", "under a
# previous contract"; not a superlative's yardstick ("its biggest order in recent years")
_CUMULATIVE = regex.compile(
    r"""(?ix)(?<!\b(?:biggest|largest|first|best|worst|highest|lowest|most|fastest|major|only)\s+(?:[\w-]+\s+){0,2})
        \b(?:in\s+recent\s+years|over\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|ten|\d+)\s+)?(?:years|decades?)|
        (?:many\s+|several\s+|some\s+)?years\s+ago|
        under\s+(?:a|an|the|(?-i:\p{Lu})[\w-]*['’]s)\s+(?:previous|earlier|prior|former|existing)\s+(?:[\w-]+\s+)?(?:contract|deal|agreement|order|programme|program)|
        # "follows Tbilisi's earlier purchases of Spike missiles": a series told as background
        (?:earlier|previous|prior|past)\s+(?:purchases|acquisitions|orders|buys|deals|contracts|sales|deliveries|deployments|rotations))\b""")
# "Fiji has contributed personnel to UNTSO for decades", "has sent troops to UN missions for many years": a
# record of contributions, not one deployment
_RECORD_FOR = regex.compile(
    r"(?i)(?:contributed|sent|supplied|provided|dispatched|deployed)\b[^.;:]{0,100}?\bfor\s+(?:many\s+|several\s+|some\s+|two\s+|three\s+)?"
    r"(?:decades|years|a\s+long\s+time|generations)\b"
    # "has contributed troops to UNIFIL for more than three decades", "for nearly 20 years"
    r"|(?:contributed|sent|supplied|provided|dispatched)\b[^.;:]{0,100}?\bfor\s+(?:more\s+than|over|well\s+over|nearly|almost|some|about|around|at\s+least)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:decades?|years)\b")
# "German warships have called in South Korea before", "have met on several occasions": a record, not one act
_RECORD_BEFORE = regex.compile(
    r"(?i)[^.;:?!]{0,80}?\b(?:before|previously|in\s+the\s+past|on\s+(?:several|many|numerous|previous)\s+occasions)(?=\s*(?:[,.;:)!?]|and\b|but\b|\Z))")
_PERFECT_BEFORE = regex.compile(r"(?i)\b(?:has|have|had)\s+(?:long\s+|also\s+|regularly\s+)?\Z")
# "meet three times a year", "meets annually": a frequency right after the verb is habitual even when
# the sentence also names a date ("..., with the next meeting scheduled for May")
_FREQUENCY_AFTER = regex.compile(
    rf"""(?ix)\G(?:\s+(?!(?:on|in|at|last|this|next)\b)[\w’'-]+){{0,8}}?\s+(?:annually|yearly|every\s+(?:year|month|week)|each\s+year|{_FREQUENCY})\b""")
# a tally of many acts over time: "More than 60 French warships have called at Changi since 2010"
# (one arrival of "more than 1,000 troops" is no tally: the span of years says it is)
_MANY = r"(?:more\s+than|over|nearly|almost|at\s+least)\s+\d[\d,]*"
_SO_FAR = r"(?:now\s+|so\s+far\s+)?\Z"
_TALLY = regex.compile(rf"(?i)\b{_MANY}\s+(?:[\w’'-]+\s+){{1,3}}?(?:have|had)\s+{_SO_FAR}")
# "Mongolia has contributed more than 20,000 peacekeepers to UN missions since 2002"
_HAS_NOW = regex.compile(rf"(?i)\b(?:has|have)\s+{_SO_FAR}")
_TALLY_AFTER = regex.compile(rf"(?i)\s+(?:{_MANY}|some\s+\d[\d,]*)\s")
_TALLY_SPAN = regex.compile(r"(?i)\b(?:since\s+(?:\d{4}|the\s+\d{4}s)|so\s+far|to\s+date|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?))\b")
_GENERIC_AFTER = regex.compile(r"(?i)^\s*(?:is|are)\s+(?:a|an|the)\s+(?:key|important|vital|crucial|regular)\b")
# a class of events, not one: "publish all defence contracts above RD$50 million", "every arms deal"
_GENERIC_BEFORE = regex.compile(r"(?i)\b(?:all|every)\s+\Z")

# ("Next came a memorandum ...", "next to the runway": an order in the telling or a place, not a time to come)
_PLANNED = regex.compile(
    r"""(?ix)\b(?:will|shall|['’]ll|to\s+be|is\s+to|are\s+to|set\s+to|due\s+to|expected\s+to|expects\s+to|
        plans?\s+to|planned|planning\s+to|expect(?:s|ed)?\s+(?:[\w’'.-]+\s+){1,6}?to|scheduled\s+to|scheduled\s+for|going\s+to|intends?\s+to|
        prepar(?:es|ing)\s+(?:for|to)|would|ahead\s+of|next(?!\s+(?:came|comes|come|to)\b)|upcoming|forthcoming|from\s+this|from\s+next|
        possible\s+(?:sale|Foreign\s+Military\s+Sale)|approved\s+(?:a|the)\s+possible)\b""")
# "agreed to meet in Riga in June", "pledged to send a frigate", "decided to hold talks": the act
# agreed is still to come (an agreement to buy is itself the deal, and done)
# "agreed on Friday to ...": the verbs of a commitment, and the time of the committing told between
COMMITTED = r"(?:agreed|agrees?|decided|decides|pledged|pledges|promised|promises|vowed|vows|undertook)"
WHEN_COMMITTED = r"(?:\s+(?:on|last|this|earlier\s+this)\s+[\w’'-]+)?"
_AGREED_TO = regex.compile(
    rf"""(?ix)\b{COMMITTED}
        {WHEN_COMMITTED}\s+to\s+
        (?:(?:also|again|jointly)\s+)?(?:(?:hold|host|convene|have)\s+(?:[\w’'-]+\s+){{0,3}})?$""")
_AGREED_ACT = regex.compile(r"(?i)(?:meet|visit|hold|host|convene|deploy|send|dispatch|station|base|talks|meeting|summit|consultations)\b")
# "met to plan the carrier deployment", "discussed the deployment of jets": still to come
_PLANNING_BEFORE = regex.compile(
    r"(?i)\b(?:to\s+(?:plan|prepare|organi[sz]e|discuss|coordinate)|discuss(?:ed|es|ing)|planning)\s+(?:for\s+)?"
    r"(?:the|a|an|their|its)\s+(?:[\w’'-]+\s+){0,3}$")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ONGOING = regex.compile(
    # "arrived in Suva on 11 February and will remain for 12 days": the stay to come does not make the arrival ongoing
    r"""(?ix)\b(?:currently|(?<!\bwill\s)remains?|remained\s+in|continues?|continuing|ongoing|still|now\s+(?:deployed|stationed|based)|
        (?:is|are)\s+(?:deployed|stationed|based|operating|serving|flying|conducting|deploying|hosting)|
        (?:is|are)\s+\w+ing\b
        # "since 2014", but not "the first such visit since 2019", "the largest order since 2010"
        |(?<!\b(?:first|second|third|last|only|largest|biggest|highest|lowest|best|worst|longest|most\s+\w+)\b[^.;,]{0,60})since\s+
          # ("since 2014", "since 2 August", "since March 2019"; not a bare month, which an apposition may date: "the
          # flagship of the group since March, arrived")
          (?:\d{4}|\d{1,2}\s+{_MONTH}\b|{_MONTH}\s+\d{4})
        # "has remained alongside since ...": still there
        |(?:has|have)\s+remained)\b""".replace("{_MONTH}", _MONTH))


# "arrived in Darwin for the annual rotation": a habitual word inside a purpose phrase after
# the trigger describes what the event is for, not the event itself
_PURPOSE_BEFORE = regex.compile(r"(?i)\b(?:for|of|in|into|during|to\s+join)\s+(?:(?:the|their|its|his|her|this\s+year['’]s|an?)\s+)?(?:[\w-]+\s+){0,2}$")


_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")


_CUE_RUN = 200  # how far past its start a habitual cue may run: no need to scan the rest of a long clause


def _habitual(text: str, trigger: int, a: int, b: int, end: int) -> bool:
    """A habitual cue that starts in ``a:b`` (it may run on to ``end``, the clause's end)."""
    for m in _HABITUAL.finditer(text, a, min(end, b + _CUE_RUN)):
        if m.start() >= b:
            break
        if m.start() > trigger and _PURPOSE_BEFORE.search(text, max(trigger, m.start() - 40), m.start()):
            continue
        if m.group()[:1].isupper() and _NAME_GOES_ON.match(text, m.end()):
            continue  # "the Annual Defence Cooperation Programme": part of a name
        return True
    return False


# "The president said Kenya would deploy troops": "would" after a reporting verb is the future of
# a decision reported, not a hypothesis (unless an "if" or "unless" makes it one)
_REPORTED = regex.compile(
    r"(?i)\b(?:said|says|announced|announces|confirmed|confirms|told\s+\w+|stated|pledged|promised|decided|declared|"
    r"revealed|disclosed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w’'-]+\s+){0,6}$")
_CONDITION = regex.compile(r"(?i)\b(?:if|unless|provided|whether)\b")
# "the House may also wish to know that Zambia and Botswana signed ...", "members will recall that":
# a modal that frames a fact told to the listener, not a hypothesis about it
_TOLD_TO = regex.compile(
    r"(?i)\b(?:(?:wish|like|want)\s+to\s+(?:know|hear|learn|note)|recall|remember|be\s+(?:aware|reminded)|"
    r"be\s+(?:interested|pleased|glad)\s+to\s+(?:know|hear|learn|note))\s+that\b")


def _reported_plan(before: str, after: str, cue: regex.Match[str]) -> bool:
    return cue.group().split(None, 1)[0] == "would" and bool(_REPORTED.search(before, 0, cue.start())) \
        and not _CONDITION.search(before) and not _CONDITION.search(after)


def _clause_before(text: str, start: int, clause_start: int) -> str:
    return text[clause_start:start]


# A finite verb coordinated after a hypothetical cue is outside it: "... offer and signed", "... but ordered"
_COORDINATED = regex.compile(r"(?i)\b(?:and|but|then)\s+(?:(?:then|later|finally|subsequently|eventually|quickly)\s+)?\Z")
_FINITE_PAST = regex.compile(
    r"(?i)(?:\w+ed|bought|sold|sent|struck|won|met|held|took|began|made|signed|inked|paid)\b")
# a proper name right before the trigger, its subject: "the tanks Poland ordered"
_PROPER_SUBJECT = regex.compile(r"(?<![.!?]\s{0,3})\b\p{Lu}[\p{L}’'-]+\s+\Z")


# "A meeting between X and his Chilean counterpart, planned for next week in Mendoza, was called
# off"; "the planned visit to Tashkent, which had been scheduled for this week, has been postponed"
_CALLED_OFF = regex.compile(
    r"""(?ix)\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|also\s+|since\s+|again\s+|instead\s+)?
        (?:called\s+off|cancel(?:l)?ed|shelved|scrapped|postponed|put\s+off|deferred|pushed\s+back|moved\s+to\s+(?:next|a\s+later)
        # "that was to be held in Reykjavik before Easter has been shifted to May": moved to a later date
        |(?:shifted|moved|rescheduled|pushed\s+back|put\s+back|delayed)\s+(?:to|until|till)\s+(?:next\s+|early\s+|late\s+|mid-?)?(?:(?-i:\p{Lu})\w+|\d|later|a\s+later|the\s+(?:autumn|spring|summer|winter|end))
        # held by video instead: "was switched to a videoconference", "has been moved online", "was held by video conference"
        |(?:switched|moved|shifted|changed|downgraded|converted)\s+(?:to\s+(?:an?\s+)?(?:video(?:[\s-]?(?:conference|call|link))?|videoconference|virtual\s+(?:format|meeting)|teleconference|phone\s+call)|online)
        |held\s+(?:(?:by|via|over|through)\s+(?:an?\s+)?(?:video(?:[\s-]?(?:conference|call|link))?|videoconference|teleconference|phone)|virtually|online))
        |(?:fell|falls|has\s+fallen)\s+through)\b""")
# headline style, a bare participle right after the trigger: "Vilnius defence talks called off over
# storm", "Summit postponed"; not an active verb with an object ("the summit postponed a decision")
_BARE_CALLED_OFF = regex.compile(
    r"""(?ix)[\w’'-]+\s+(?:called\s+off|cancel(?:l)?ed|shelved|scrapped|postponed|put\s+off|axed)
        (?=\s*(?:$|[,.;:–—]|\s-\s|(?:due|over|after|amid|as|because|following|until|till|again|indefinitely)\b))""")
_INSERTION = regex.compile(r",[^,.;:]*,")
# a relative clause of the plan, without commas: "A meeting ... that had been planned for this week in Washington"
_PLANNED_RELATIVE = regex.compile(
    r"(?i)\b(?:that|which)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+"
    r"(?:(?:originally|initially|tentatively|provisionally|earlier)\s+)?(?:planned|scheduled|set|slated|expected|due|pencil+ed\s+in|to\s+be\s+held|to\s+take\s+place)\b")
_VERB_BETWEEN = regex.compile(
    r"(?i)\b(?:was|were|is|are|has|have|had|will|would|said|says|but|met|meets|signed|signs|agreed|agrees|held|holds|"
    r"visited|visits|deployed|deploys|sent|sends|arrived|arrives|bought|buys|ordered|orders|took|takes|began|begins|"
    r"ended|ends|opened|opens|concluded|concludes|continued|continues|resumed|resumes|went|goes|produced|yielded)\b")
# a sentence end, not the full stop of an initial ("U.S. defense officials")
_SENTENCE_END = regex.compile(r"(?<!\b\p{Lu})[.!?](?=\s|$)|\n\s*\n")


# a pact or contract still being worked out: "A contract for 12 Gripens ... is close to completion and
# may be signed by mid-year", "The deal remains under negotiation"
_STILL_OPEN = regex.compile(
    r"""(?ix)\b(?:(?:is|are|remains?|was|were)\s+(?:now\s+|still\s+)?(?:close\s+to|nearing|near)\s+(?:completion|signature|signing|finali[sz]ation|conclusion)
        |(?:is|are|remains?|was|were)\s+(?:now\s+|still\s+)?(?:under\s+negotiation|being\s+negotiated|under\s+discussion|in\s+the\s+works|in\s+negotiations?)
        |(?:may|might|could)\s+(?:yet\s+|soon\s+|still\s+)?be\s+(?:signed|finali[sz]ed|concluded|agreed|inked|awarded))\b""")


def _called_off(text: str, trigger: int) -> bool:
    """Whether the phrase the trigger heads is called off: a bare participle after it ("Summit
    postponed") or a verb it is the subject of ("A meeting between ..., planned for next week, was
    called off")."""
    return bool(_BARE_CALLED_OFF.match(text, trigger)) or _subject_of(text, trigger, _CALLED_OFF)


def _subject_of(text: str, trigger: int, verbs: regex.Pattern[str]) -> bool:
    """Whether the phrase the trigger heads is the subject of one of ``verbs``, past any
    comma-set insertions and a relative clause of the plan."""
    stop = _SENTENCE_END.search(text, trigger, min(len(text), trigger + 300))
    m = verbs.search(text, trigger, stop.start() if stop else min(len(text), trigger + 300))
    if m is None:
        return False
    between = _PLANNED_RELATIVE.sub(" ", _INSERTION.sub(" ", text[trigger:m.start()]))
    return len(between.split()) <= 24 and not _VERB_BETWEEN.search(between)


# "was due to meet his Egyptian counterpart in Athens on Thursday, but the meeting was cancelled"
_CALLED_OFF_AFTER_BUT = regex.compile(
    r"(?i)[^.;]{0,200}?,?\s+but\s+(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+)?(?:meeting|talks|visit|trip|signing|ceremony|summit|deployment|"
    r"contract|deal)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off)\b")


# Hearsay the text does not vouch for: "Asked about press reports that Cyprus has ordered ...",
# "Japanese media report that Japan will deploy ...", "unconfirmed reports of a deal"
_HEARSAY = regex.compile(
    r"(?i)\b(?:(?:press|media|news|online|social[\s-]media)\s+(?:reports?|claims?|rumou?rs?|speculation|posts?)\s+(?:(?:on|this|last)\s+\w+\s+)?(?:that|of|suggesting|claiming)"
    # "Greek newspapers say Malta has bought ...", "according to a Slovak daily, Vietnam was about to buy ..."
    r"|(?:newspapers?|dailies|tabloids?|media\s+outlets?|(?:local|foreign|state)\s+media)\s+(?:say|says|said|reported|report|reports|claim|claims|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"|according\s+to\s+(?:a|an|the|one)\s+(?:[\w’'-]+\s+){0,2}?(?:daily|newspaper|paper|tabloid|weekly|website|blog|media\s+report|press\s+report)"
    r"|unconfirmed\s+reports?|reports\s+(?:this|last)\s+\w+\s+that"
    # "There are reports that South Korea will transfer two corvettes": what is said, not what is known
    r"|there\s+(?:are|have\s+been|were)\s+(?:(?:persistent|recurring|repeated|several|some|new|fresh)\s+)?(?:reports|rumou?rs|claims)\s+(?:that|of)"
    # "Asked about reports that Laos had agreed to buy ...", "questioned over claims that"
    r"|(?:asked|questioned|pressed|quizzed)\s+(?:about|on|over|regarding)\s+(?:the\s+|these\s+|those\s+)?(?:[\w’'-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|speculation)\s+(?:that|of)"
    # "rejected a report in a Danish daily that Sweden was about to buy ...", "denied claims that"
    r"|(?:rejected|denied|dismissed|refuted|played\s+down)\s+(?:(?:a|an|the|these|those|such)\s+)?(?:[\w’'-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|suggestions?|allegations?|speculation)\b"
    r"|(?:reports?|claims?|articles?|stor(?:y|ies))\s+(?:in|by|on)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:daily|newspaper|paper|weekly|tabloid|outlet|website|broadcaster|magazine|media)\s+(?:on\s+\w+\s+)?that"
    # "after reports on messaging channels that", "a Lithuanian newspaper's report that"
    r"|\breports?\s+(?:on|in|by|across)\s+(?:(?:a|an|the|some|several|local|foreign|social|messaging|online|Telegram)\s+)?(?:[\w’'-]+\s+){0,2}?(?:channels?|media|outlets?|websites?|sites|platforms?|networks?|press|newspapers?|blogs?)\s+that"
    r"|(?:newspaper|daily|paper|tabloid|outlet|broadcaster|website|magazine|channel|agency)['’]s\s+(?:(?:earlier|recent|latest)\s+)?(?:reports?|claims?|story|article)\s+that"
    # "a viral post claimed that", "videos claiming that"
    r"|(?:posts?|videos?|tweets?|messages?|accounts?|bloggers?|rumou?rs?)\s+(?:claimed|claiming|claim|claims|alleged|alleging|suggested|suggesting)\s+(?:that\s+)?"
    # "a clip shared on social media that claimed to show Turkish instructors arriving", "footage purporting to show"
    r"|(?:that|which)\s+(?:claimed|claims|purported|purports|allegedly\s+showed|was\s+said)\s+to\s+show|(?:claiming|purporting)\s+to\s+show)\b"
    # "Reports that Egypt had ordered …", "Claims that …": a report as a subject is a report, not the fact
    r"|(?-i:\b(?:Reports|Claims|Rumou?rs|Allegations|Speculation)\s+(?:that|of)\b)"
    # "The Chilean minister, questioned by reporters on Peru's purchase of Korean frigates, said": the act asked about
    # (a noun's possessor or determiner just before the trigger: "Asked about the contract Ghana signed" tells the signing)
    r"|\b(?:asked|questioned|pressed|quizzed)\s+(?:by\s+(?:[\w’'-]+\s+){1,2}?)?(?:about|on|over|regarding)\s+"
    r"(?:(?:[\w’'-]+\s+){0,2}?\p{L}+['’]s?|the|its|their)\s+\Z")
# A yes-no question asks, it does not tell: "Should Kenya buy Chinese fighter jets?", "Will Manila
# sign the deal this year?"
_YES_NO_QUESTION = regex.compile(
    r"(?:Should|Will|Would|Could|Can|Shall|May|Might|Must|Is|Are|Was|Were|Does|Do|Did|Has|Have|Had)\s")
# "What contracts have been concluded ...?", "How many jets has ...?": asking which or how many, which may be
# none ("Why did Poland buy K2 tanks?" takes the purchase as told)
_WH_QUESTION = regex.compile(r"(?:What|Which|How\s+(?:many|much))\s")
_SPEAKER = regex.compile(r"(?:Q|\p{Lu}[\p{Lu}\p{L} .’'-]{0,30})(?:\s*\([^()\n]{1,60}\))?:\s+")
# "Minister, will Uganda send more troops?": a vocative before the question
_VOCATIVE = regex.compile(r"(?:Mr|Madam|Mrs|Ms|Dr|Sir|Minister|Secretary|General|Admiral|President|Prime\s+Minister|Chief|Commander|Ambassador)\.?(?:\s+\p{Lu}[\w’'-]+)?,\s+")
_YES_NO_AFTER_VOCATIVE = regex.compile(
    r"(?:should|will|would|could|can|shall|may|might|must|is|are|was|were|does|do|did|has|have|had)\s")
_QUESTION_BOUNDARY = regex.compile(r"[.!?](?=[\s\"”’']|$)|\n")


# a parliamentary question: "The Member asks the Minister of Defence to explain ...", "To ask the Secretary of
# State for Defence what ...", "Deputy Ana Ruiz asked the Minister whether ..."
_ASKS_THE_MINISTER = regex.compile(
    r"(?i)(?:\bto\s+ask\s+|\basks?\s+|\basked\s+)(?:the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}?(?:minister|secretary|government)\b"
    r"[^.?!\n]{0,80}?\b(?:to\s+(?:explain|state|say|outline|indicate|clarify|confirm|detail|list|report)|whether|if|what|how|when|why|which)\b")


def _put_to_a_minister(text: str, trigger: int) -> bool:
    """Whether the trigger stands in a question put to a minister (a written or oral parliamentary question)."""
    starts = [m.end() for m in _QUESTION_BOUNDARY.finditer(text, max(0, trigger - 400), trigger)]
    start = starts[-1] if starts else max(0, trigger - 400)
    return _ASKS_THE_MINISTER.search(text, start, trigger) is not None


def _asked(text: str, trigger: int) -> bool:
    """Whether the trigger stands in a yes-no question (its sentence opens with an auxiliary and ends in "?")."""
    end = _QUESTION_BOUNDARY.search(text, trigger, min(len(text), trigger + 300))
    if end is None or text[end.start()] != "?":
        return False
    starts = [m.end() for m in _QUESTION_BOUNDARY.finditer(text, max(0, trigger - 300), trigger)]
    start = starts[-1] if starts else max(0, trigger - 300)
    opening = text[start:trigger].lstrip(" \t\"“‘'")
    label = _SPEAKER.match(opening)  # "HOST: Will Italian soldiers be stationed in Malta?"
    at = label.end() if label else 0
    vocative = _VOCATIVE.match(opening, at)
    if vocative:
        return bool(_YES_NO_AFTER_VOCATIVE.match(opening, vocative.end()))
    # "Question: What procurement contracts have been concluded with Estonia?": asked, not told
    return bool(_YES_NO_QUESTION.match(opening, at) or _WH_QUESTION.match(opening, at))


def _word_end(text: str, pos: int) -> int:
    m = _WORD.match(text, pos)
    return m.end() if m else pos


_WORD = regex.compile(r"[\w’'-]+")


# a trip or meeting whose day is not fixed: "...; officials have not named the day", "no date has been set"
_NO_DATE_SET = regex.compile(
    r"(?i)\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?(?:named|set|fixed|given|announced|confirmed)\s+(?:the|a|any)\s+(?:exact\s+)?(?:day|date)"
    r"|no\s+(?:exact\s+)?dates?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:set|fixed|given|named|announced|confirmed)"
    r"|(?:the\s+)?(?:exact\s+)?dates?\s+(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:set|fixed|given|named|announced|confirmed)"
    # "with no date fixed", "no date yet set", "date to be announced"
    r"|(?:with\s+)?no\s+(?:exact\s+|firm\s+|specific\s+)?date\s+(?:yet\s+)?(?:set|fixed|given|named|announced|agreed)"
    r"|date\s+(?:is\s+)?(?:yet\s+)?to\s+be\s+(?:set|fixed|announced|confirmed|agreed))\b")
_SENTENCE_STOP = regex.compile(r"[.!?](?:\s|$)")


SENTENCE_REACH = 1_000  # a run-on "sentence" of a whole page is read only this far from the trigger


def _sentence_end(text: str, pos: int) -> int:
    end = min(len(text), pos + SENTENCE_REACH)
    stop = _SENTENCE_STOP.search(text, pos, end)
    return stop.start() if stop else end


_INTENT = regex.compile(r"(?i)intends?\s+to")
# the occasion a plan is set for: "during the visit", "at next week's summit"
_ON_AN_OCCASION = regex.compile(r"(?i)\b(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:the|that|this|his|her|their|next\s+\w+['’]s)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:visit|trip|talks|meeting|summit|session|ceremony)\b")


def veto(text: str, trigger: int, clause: tuple[int, int] | None = None, *, dated: bool = False) -> Veto | None:
    """Why the mention whose trigger starts at ``trigger`` is not an event, or None if it is one.

    ``dated`` says the clause names a specific day or month: "held their annual talks on
    Thursday" is one occurrence, so habitual words do not veto it.
    """
    a, b = clause or (max(0, trigger - 160), min(len(text), trigger + 160))
    a = max(a, trigger - 160)
    before = text[a:trigger]
    after = text[trigger:min(b, trigger + 120)]
    if _NEGATED_BEFORE.search(before) or _NEGATED_NO.search(before[-40:]) or _NEGATED_AFTER.search(after) or _NEGATED_FEW.match(after) \
            or _called_off(text, trigger) or _CALLED_OFF_AFTER_BUT.match(text, trigger, _sentence_end(text, trigger)):
        return "negated"
    hypothetical = _HYPOTHETICAL_BEFORE.search(before)
    if hypothetical and (told := _TOLD_TO.search(before, hypothetical.start())):
        hypothetical = _HYPOTHETICAL_BEFORE.search(before, told.end())  # "may wish to know that": the fact is told
    if hypothetical and _reported_plan(before, after, hypothetical):
        hypothetical = _HYPOTHETICAL_BEFORE.search(before, hypothetical.start() + 5)  # "would consider": still one
    if hypothetical and _INTENT.fullmatch(hypothetical.group().strip()) and (dated or _ON_AN_OCCASION.search(after)):
        hypothetical = None  # "Both ministers intend to sign a programme during the visit": a plan with its occasion set
    if hypothetical and _COORDINATED.search(before, hypothetical.start() + 1) and _FINITE_PAST.match(after):
        hypothetical = None  # "accepted the South Korean offer and signed a contract": the signing is told
    after_cue = _HYPOTHETICAL_AFTER.search(after)
    if after_cue and _FINITE_PAST.match(after) and _PROPER_SUBJECT.search(before):
        after_cue = None  # "The K2 tanks Poland ordered could be delivered early": "could" is the main clause's
    if hypothetical or after_cue or _SPECULATION.search(before) or _HEARSAY.search(before) or _asked(text, trigger) \
            or _put_to_a_minister(text, trigger) \
            or _subject_of(text, trigger, _STILL_OPEN) \
            or _SPECULATION_AFTER.match(text, trigger, min(len(text), trigger + 300)) \
            or _NO_DATE_SET.search(text, trigger, _sentence_end(text, trigger)):
        return "hypothetical"
    if (_RECORD_FOR.match(text, trigger, b) or _RECORD_BEFORE.match(text, trigger, b)) \
            and _PERFECT_BEFORE.search(text, max(a, trigger - 20), trigger):
        return "habitual"
    if (not dated and (_habitual(text, trigger, max(a, trigger - 60), min(b, trigger + 60), b)
                       or _CUMULATIVE.search(text, a, min(b, trigger + 160)))) \
            or _FREQUENCY_AFTER.match(text, _word_end(text, trigger), min(b, trigger + 120)) or ((_TALLY.search(before) or (_HAS_NOW.search(before) and _TALLY_AFTER.match(text, _word_end(text, trigger))))
                and _TALLY_SPAN.search(after)):
        return "habitual"
    if _GENERIC_AFTER.search(after) or _GENERIC_BEFORE.search(before):
        return "generic"
    return None


# a relative or an apposition closed just before the verb: "Defence Secretary Owen Lowe, who flew to Sofia
# ahead of the deployment, held talks", "ITS Carabiniere, the flagship of the group since April, arrived"
_CLOSED_ASIDE = r",\s*(?:{openers})\s[^,;.:()]{{3,140}},\s*(?:\w+\s+){{0,2}}\Z"
_CLOSED_RELATIVE_BEFORE = regex.compile(_CLOSED_ASIDE.format(openers="who|which"))
CLOSED_ASIDE_BEFORE = regex.compile(_CLOSED_ASIDE.format(openers="who|which|the|a|an"))


# a relative that opens on the trigger, and the main clause's verb after it
_RELATIVE_BEFORE = regex.compile(r"(?i)\b(?:that|which|who)\s+\Z")
_MAIN_VERB_AFTER = regex.compile(r"(?i)\s(?:is|are|was|were|has|have|had|will|would)\s")


def status(text: str, trigger: int, clause: tuple[int, int] | None = None,
           future_time: bool = False) -> Literal["completed", "ongoing", "planned"]:
    """Completed, ongoing or planned, from tense and markers around the trigger."""
    a, b = clause or (max(0, trigger - 120), min(len(text), trigger + 120))
    before = text[max(a, trigger - 80):trigger]
    if (relative := _CLOSED_RELATIVE_BEFORE.search(text, max(0, trigger - 160), trigger)) is not None:
        # "Defence Secretary Owen Lowe, who flew to Sofia ahead of the deployment, held talks": the relative's words are not the verb's
        before = text[max(a, relative.start() - 80):relative.start()] + " "
    if _RELATIVE_BEFORE.search(before) and (main := _MAIN_VERB_AFTER.search(text, trigger, min(b, trigger + 100))) is not None:
        b = main.start()  # "The team that arrived in Dili on Monday is repairing the jetty": the main clause's tense is not the arrival's
    around = text[max(a, trigger - 80):min(b, trigger + 60)]
    if _PLANNED.search(before) or _PLANNING_BEFORE.search(before) or future_time \
            or (_AGREED_TO.search(before) and _AGREED_ACT.match(text, trigger)):
        return "planned"
    if _ONGOING.search(around):
        return "ongoing"
    return "completed"
