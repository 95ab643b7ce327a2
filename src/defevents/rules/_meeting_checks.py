"""What the meeting rules check around a trigger: the forum a meeting belongs to ("the E5 defence
ministers' meeting", "the NATO summit"), and what makes a mention no meeting of states (a call, a
guess, a habit, people who meet for no state, sport, a port call, a trade fair).

Shared by the rules in :mod:`defevents.rules.meeting`; the rules themselves, with their examples
and counterexamples, live there.
"""

from __future__ import annotations

from .. import _lazy_regex as regex

from .. import gazetteers, modality
from ..actors import Mention, organisation_actor
from ..document import Document
from ..schema import Actor, TimeValue

_FORUM_NOUN = regex.compile(r"(?i)(?:summit|ministers?['’]?\s+meeting|ministerial|council|conference|dialogue|forum|meeting|talks)")


def forum_of(m) -> Actor | None:
    """The organisation or group a mention stands for: "NATO", "E5", "E5 defence ministers"."""
    if m.code is None or m.form == "institution" or m.extra.get("led"):
        return None  # "the MINUSCA force commander": the body a person leads, not a forum
    if m.actor.kind in ("group", "organisation"):
        return m.actor
    if m.actor.kind == "person" and m.actor.country is None:
        return organisation_actor(m.code, m.actor.span)
    return None


_NAMED_FORUM = regex.compile(
    r"(?<![\w-])(?:the\s+)?(?P<name>(?:\p{Lu}[\p{L}’'.\-–]*\s+){1,5}(?:Dialogue|Forum|Conference|Council|Summit|Group|Meeting|Symposium|Format|Initiative|Framework|Mechanism))\b")
NON_OFFICIAL = regex.compile(
    r"(?i)\b(?:trade|business|investment|investor|tourism|tourist|cultural|student|sports?|football|music|commercial|"
    r"industry|corporate|shareholder|board|union|church|school|fan)s?\s+(?:delegation|mission|team|group|leaders|executives|bosses|"
    r"representatives|meeting|talks|summit|visit|trip|"
    # "a Kazakh–Uzbek intergovernmental trade commission met", not "the Joint Defence and Trade Commission"
    r"(?<!\b(?:defen[cs]e|security|military)\s+and\s+(?:\w+\s+)?)(?:commissions?|committees?|councils?|forums?|fairs?))")


# "UN sanctions", "NATO membership": the organisation qualifies another noun, it is not where they met
_NOT_FORUM = regex.compile(
    r"(?i)\s+(?:sanctions|resolutions?|reports?|peacekeep\w*|envoys?|observers|inspectors|monitors|charter|mandate|"
    r"membership|standards?|aid|funding|agency|agencies|experts?|investigators?|officials?\s+said)\b")
_VENUE_WORD = regex.compile(r"\s+(?i:headquarters|HQ|building|premises|base)\b")


_FORUM_INTRO = regex.compile(r"(?i)(?:^|\s)(?:of|at|for|during|to\s+attend|under|within)\s+(?:the\s+)?$")
_SENTENCE_STOP = regex.compile(r"[.;]")
# "the secretary of Iran's Supreme National Security Council": a person's body, not the meeting's forum
_OFFICE_OF = regex.compile(r"(?i)\b(?:secretary|head|chair(?:man|woman)?|member|president|director|chief|commander)\s+of\s+(?:the\s+)?$")
_POSSESSIVE_WORD = regex.compile(r"['’]s\b")
_FORUM_GAP = regex.compile(
    r"(?i)^\s+(?:of|for|from|with|at)?\s*(?:the\s+)?(?:next|latest|first|annual|upcoming|forthcoming|regular|extraordinary|emergency|informal)?\s*$")


def read_forum(doc: Document, a: int, trigger: tuple[int, int]) -> tuple[Actor | None, str | None, bool]:
    """The forum a meeting belongs to, its name as written, and whether the forum is the meeting
    itself ("the E5 defence ministers' meeting", "the NATO summit", "a meeting of the UDCG",
    "joined his counterparts from the JEF") rather than its setting ("on the sidelines of")."""
    text = doc.text
    named = [m for m in _NAMED_FORUM.finditer(text, trigger[1], min(len(text), trigger[1] + 220))
             if _FORUM_INTRO.search(text[trigger[1]:m.start("name")]) and not _SENTENCE_STOP.search(text[trigger[1]:m.start("name")])
             and not _OFFICE_OF.search(text[trigger[1]:m.start("name")]) and not _POSSESSIVE_WORD.search(m.group("name"))]
    before = [(x, f) for x in doc.mentions_in(max(a, trigger[0] - 70), trigger[0]) if (f := forum_of(x))
              and not _VENUE_WORD.match(text, x.end) and not _NOT_FORUM.match(text, x.end)]
    after = [(x, f) for x in doc.mentions_in(trigger[1], trigger[1] + 60)
             if (f := forum_of(x)) and not _VENUE_WORD.match(text, x.end)
             and _FORUM_GAP.match(text[trigger[1]:x.start])]
    setting = bool(regex.search(r"(?i)(?:sidelines|margins)\s+of$", text[trigger[0]:trigger[1]]))
    if named and not after:
        m = named[0]
        org = doc.mentions_in(m.start("name"), m.end("name"))
        actor = next((f for x in org if (f := forum_of(x))), None)
        return actor, " ".join(m.group("name").split()), not setting
    pick = after[:1] or before[-1:]
    if not pick:
        return None, None, False
    mention, org = pick[0]
    label = " ".join(text[mention.start:mention.end].split())
    if mention.actor.kind == "person":
        label = org.code or label
    noun = text[trigger[0]:trigger[1]].lower()
    return org, (f"{label} summit" if "summit" in noun and "summit" not in label.lower() else label), not setting


# --- what makes a mention no meeting of states --------------------------------------------------

# "spoke by phone", "held a video call", "met virtually", "talks via videoconference": a meeting
# has a place; "in-person" and "face-to-face" say it had one
_REMOTE = regex.compile(
    r"(?i)\b(?:(?:tele)?phone[sd]?|video(?:[\s-]?(?:calls?|links?|conferenc\w*))?|videoconferenc\w*|teleconferenc\w*|"
    r"virtual(?:ly)?|online|remotely|zoom\s+calls?)\b")
_IN_PERSON = regex.compile(r"(?i)\b(?:in[\s-]person|face[\s-]to[\s-]face)\b")
# "talks between Seoul and Tokyo ... could take place later this year", "a meeting ... is possible":
# the words after the trigger in its sentence make it a guess
_SPECULATIVE_AFTER = regex.compile(
    r"""(?ix)[^.;]{0,140}?\b(?:(?:could|might|may)\s+(?:still\s+|also\s+|soon\s+|yet\s+)?(?:be\s+held|take\s+place|happen|go\s+ahead|resume|occur|
        come\s+(?:soon|later|next)|materiali[sz]e|be\s+arranged|be\s+on\s+the\s+cards)
      |(?:is|are|was|were|seems?|looks?|remains?)\s+(?:(?:still|now|increasingly|highly|considered|seen\s+as|thought)\s+)?(?:possible|likely|
        unlikely|uncertain|in\s+doubt|on\s+the\s+cards|under\s+consideration|being\s+(?:considered|mooted|explored))
      |no\s+date\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|announced)
      # "A three-way meeting ... is due in the autumn", "is expected later this year": foreseen, no day fixed
      |(?:is|are)\s+(?:also\s+)?(?:due|expected)\s+(?:in|later|sometime|some\s+time)\b(?!\s+\d)
      |(?:is|are|was|were|has|have)\s+(?:not\s+yet|yet\s+to\s+be)\s+(?:been\s+)?(?:scheduled|confirmed|fixed))\b""")
# "is likely to visit", "a mooted summit", "a possible meeting": a guess stated before the trigger
_SPECULATIVE_BEFORE = regex.compile(
    # "are expected to meet again at the NATO summit", "is due to meet", "agreed to hold the next round of talks in":
    # a meeting expected, not one fixed (a visit "set for", "scheduled for" a day is)
    r"(?i)\b(?:(?:is|are|was|were)\s+(?:also\s+)?(?:(?P<expected>expected)|(?P<due>due))\s+to\s+(?:[\w’'-]+\s+){0,4}|(?:hold|have)\s+the\s+next\s+(?:round|session|meeting)\s+of\s+"
    r"|(?:likely|unlikely|tipped|mooted|rumou?red|touted|floated|possible|potential|prospective|tentative(?:ly)?)\s+"
    r"(?:to\s+)?(?:(?:be|hold|make|pay|have)\s+)?(?:(?:a|an|the)\s+)?)(?:[\w’'-]+\s+){0,2}$")
# "..., according to media reports", "citing unnamed sources": a plan only reported by others
_RUMOUR = regex.compile(
    r"(?i)\b(?:according\s+to\s+(?:(?:local|media|press|news|unconfirmed)\s+)*reports|citing\s+(?:unnamed|anonymous|unidentified)\s+"
    r"(?:sources|officials)|(?:an?\s+)?(?:diplomatic\s+|government\s+|informed\s+|senior\s+)?sources?\s+(?:said|say|says|told|familiar)|"
    r"unconfirmed\s+reports)\b")
# "meets every two years", "convenes periodically", "the ministers interact through ADMM-Plus": a habit
_HABIT = regex.compile(
    r"""(?ix)\b(?:every\s+(?:two|three|four|five|six|few|other|couple\s+of)\s+\w+|biennial(?:ly)?|bi-?annual(?:ly)?|semi-?annual(?:ly)?|
        quarterly|periodic(?:al(?:ly)?)?|at\s+least\s+(?:once|twice)|from\s+time\s+to\s+time|several\s+times\s+a\s+year|
        each\s+(?:spring|summer|autumn|winter|month|quarter)|(?:interact|interacts|engage|engages)\s+(?:\w+\s+){0,2}?(?:through|via|within|under))\b""")
# "meet regularly", "hold the ministerial meeting regularly": a habit, whatever date the clause names
_REGULARLY_AFTER = regex.compile(r"(?i)(?:\s+(?!(?:on|in|at|last|this|next)\b)[\w’'-]+){0,4}?\s+(?:regularly|periodically|on\s+a\s+regular\s+basis)\b")
# "The Quad, whose leaders meet every year", "a forum that convenes in Singapore": what a forum does
_GENERIC_RELATIVE = regex.compile(r"(?i)\b(?:whose|which|that|where)\b[^,;()]{0,50}$")
_PRESENT = regex.compile(r"(?i)^(?:meet|meets|convene|convenes|gather|gathers|come\s+together|comes\s+together)$")

# People who meet for no state: "Journalists from Poland and Germany met", "fishing boat captains",
# "the national teams of France and Germany met", "exhibitors ... hosted visitors"
_PRIVATE_PEOPLE = (
    r"(?:journalists?|reporters?|correspondents?|editors?|analysts?|economists?|investors?|shareholders?|executives?|CEOs?|"
    r"bosses|businessm[ae]n|businesspeople|(?:business|industry)\s+leaders|entrepreneurs?|students?|academics?|scholars?|researchers?|scientists?|professors?|"
    r"athletes?|players?|footballers?|fans|supporters|(?:national|olympic|football|rugby|cricket|hockey|basketball|sports?)\s+(?:teams?|squads?|sides?)|"
    r"clubs?|(?:fishing|boat|ship|team)\s+(?:\w+\s+)?captains|fishermen|farmers|activists|protesters|pilgrims|tourists|visitors|"
    r"exhibitors|artists|musicians|doctors|nurses|medics|surgeons|medical\s+staff|families|relatives|widows|children|pupils|schoolchildren|"
    r"teachers|villagers|residents|refugees|"
    # "met troops in Estonia": a visit to a state's own forces, not a meeting of states
    r"troops|soldiers|servicemen|servicewomen|service\s+(?:members|personnel)|personnel|veterans|cadets|recruits|"
    # a parliament's own committee; a joint or intergovernmental committee of two states is a meeting
    r"(?:parliamentary|parliament['’]s|senate|house|congressional|armed\s+services|foreign\s+(?:affairs|relations)|"
    r"(?<!joint\s)(?<!bilateral\s)defen[cs]e|security|intelligence|budget|appropriations)(?:\s+and\s+\w+)?\s+(?:sub-?)?(?:committees?|panels?)|"
    r"sub-?committees?|caucus|parliamentary\s+(?:panels?|groups?|delegations?))")
_PRIVATE_SUBJECT = regex.compile(
    rf"(?i)\b{_PRIVATE_PEOPLE}(?:\s+(?:from|of|representing|in)\s+[^,;.]{{0,80}}?)?(?:\s+(?:\w+ly|also|have|has|had|will|then|later|first|held|hold|holds|convened|a|an|its|their|closed-door|special))*\s+$")
_PRIVATE_OBJECT = regex.compile(
    rf"(?i)\s+(?:with\s+)?(?:(?:the|a|an|some|several|local|foreign|visiting|top|senior|leading|\w+(?:ese|ian|ish|an)|(?-i:\p{{Lu}}[\w’'-]*)|and)\s+){{0,4}}?{_PRIVATE_PEOPLE}\b")
_SPORT = regex.compile(
    r"(?i)\b(?:(?:friendly|football|rugby|cricket|hockey)\s+match(?:es)?|semi-?finals?|quarter-?finals?|tournament|championships?|"
    r"World\s+Cup|Olympics?|Olympic\s+Games|Euro\s+\d{4}|Davis\s+Cup|grand\s+prix|league\s+(?:match|game|fixture)|"
    # "the sevens team met Fiji and Tonga at the regional qualifier"
    r"sevens|qualifiers?|qualifying\s+(?:round|match|games?|tournament)|play-?offs?|"
    # "the women's netball team met Samoa ..., losing 41–38"; "beat Fiji 3-1"
    r"(?:netball|football|soccer|rugby|cricket|hockey|basketball|volleyball|handball|baseball|softball|polo|futsal)\s+(?:\w+\s+)?(?:teams?|squads?|sides?|players?|matches|games?|fixtures?)|"
    r"(?:los(?:ing|t|es)|win(?:ning|s)?|won|beat(?:ing|s)?|dr[ae]w(?:ing)?|draws)\s+(?:\w+\s+){0,3}?\d{1,3}\s*[-–—]\s*\d{1,3}|"
    # "ran out 20–8 winners", "a 2-1 victory"; a sport as the topic: "In rugby, the Suva Sharks met …"
    r"\d{1,3}\s*[-–—]\s*\d{1,3}\s+(?:winners|win|victory|defeat|loss|draw)|"
    # "met Malta in a friendly", "the match ended 0–0", "On the sports front,"
    r"in\s+an?\s+(?:international\s+)?friendly\b|(?:match|game)\s+ended\s+\d{1,3}\s*[-–—]\s*\d{1,3}|sports?\s+(?:front|news|desk|roundup|round-up)|"
    r"(?<=(?:^|[.!?:]\s+))(?:in|at)\s+(?:netball|football|soccer|rugby(?:\s+(?:league|union|sevens))?|cricket|hockey|basketball|volleyball|handball|baseball|athletics|boxing|tennis),)(?![\w-])",
    regex.MULTILINE)
_PRONOUN_SUBJECT = regex.compile(r"(?i)(?:they|it|the\s+side|the\s+team)\s+(?:will\s+|then\s+|next\s+)?")
# Ships and aircraft: "HMS Spey visited Manila", "Two Spanish Eurofighters visited Estonia" is a port
# call or a stop, not a meeting of states
CRAFT = regex.compile(
    r"""(?ix)\b(?:frigates?|destroyers?|warships?|ships?|vessels?|submarines?|corvettes?|carriers?|cutters?|patrol\s+(?:boats?|vessels?)|
        minehunters?|tankers?|flotillas?|task\s+groups?|strike\s+groups?|squadrons?|aircraft|jets?|bombers?|fighters?|planes?|
        helicopters?|drones?|Eurofighters?|Typhoons?|Rafales?|Gripens?|F-\d+\w*|B-\d+\w*|P-8\w*|C-\d+\w*|crews?|sailors|
        training\s+ships?|tall\s+ships?)\b""")
_PORT_CALL = regex.compile(r"(?i)\b(?:port\s+(?:calls?|visits?|of\s+call|stops?)|replenishment\s+stop|shore\s+leave|berthed|docked|moored)\b")
# "visited the Hanwha stand", "welcomed visitors to the pavilion": a trade fair
_FAIR = regex.compile(
    r"(?i)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w’'&-]+\s+){0,3}?(?:stands?|booths?|pavilions?|stalls?|exhibition(?:\s+hall)?|displays?|"
    r"chalets?|(?:air|trade|defen[cs]e)\s+shows?|expo|trade\s+fair|showroom|factory|plant|shipyard)\b")
_FAIR_SUBJECT = regex.compile(r"(?i)\b(?:pavilion|stand|booth|stall|exhibitors?|trade\s+fair|expo)\b")


def remote(text: str, a: int, b: int) -> bool:
    """A phone, video or virtual call between ``a`` and ``b``, unless it says "in person"."""
    return bool(_REMOTE.search(text, a, b)) and not _IN_PERSON.search(text, a, b)


# the stated purpose of a meeting in a field other than defence, in a sentence that names no defence matter
_CIVIL_PURPOSE = regex.compile(
    r"(?i)\b(?:to\s+(?:discuss|review|sign|negotiate)|(?:talks|discussions|consultations|negotiations)\s+(?:between\s+[^,;.()]{3,60}?\s+)?(?:on|about|over)"
    r"|(?:focused|focussed|centred|centered)\s+on)\s+"
    r"(?:the\s+|a\s+|their\s+|bilateral\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:customs|trade|tariffs?|tax(?:ation)?|tourism|investments?|economic|economy|finance|financial|budget|fisheries|"
    r"agricultur\w*|health|healthcare|education|culture|cultural|energy|transport|banking|pensions?|migration|financing|loans?|"
    r"electricity|power\s+(?:lines?|plants?|grids?)|water)\b"
    # "the Turkmen–Turkish Commission on Economic Cooperation met": a civil body named for its purpose
    r"|(?i:commission|committee|council|forum)\s+(?:on|for)\s+(?:[\w’'-]+\s+){0,2}?(?:economic|trade|commercial|cultural|energy|investment)\b"
    # "Indonesia's Economy Minister held talks ...", "met Faroese and Icelandic fisheries ministers": ministers of a
    # civil portfolio
    r"|\b(?:economy|economic\s+affairs|trade|commerce|fisheries|agriculture|finance|health|education|tourism|culture|energy|"
    r"transport|environment|labou?r)\s+(?:ministers?|secretar(?:y|ies))\b"
    r"|\bminist(?:er|ers|ry)\s+(?:of|for)\s+(?:the\s+)?(?:economy|trade|commerce|fisheries|agriculture|finance|health|education|tourism|"
    r"culture|energy|transport|environment|labou?r)\b")
_DEFENCE_WORD = regex.compile(
    r"(?i)\b(?:defen[cs]e|military|security|armed\s+forces|army|navy|naval|air\s+force|troops|soldiers|weapons?|arms|"
    r"missiles?|drones?|jets|warships?|frigates?|submarines?|exercises?|border|coast\s+guard|peacekeep\w*|war|terror\w*|"
    r"NATO|Nato|generals?|admirals?|commanders?|chiefs?\s+of\s+(?:staff|defen[cs]e)|ammunition|munitions|shipbuilding|procurement)\b")


# an annual body or round ("the yearly navy staff talks", "which takes place annually"), told as to come
_ANNUAL = regex.compile(r"(?i)\b(?:annual|yearly|annually|every\s+year|each\s+year)\b")
_STANDING_TENSE = regex.compile(r"(?i)\b(?:takes?\s+place|meets|convenes|is\s+held|are\s+held|will\s+next|next\s+meets?)\b")
_TRIP = regex.compile(r"(?i)visit|travel")
# what an expected trip is for: "for talks with Uganda's defence minister", "to meet his counterpart"
_FOR_TALKS_WITH = regex.compile(r"(?i)\b(?:for\s+(?:[\w-]+\s+)?talks\s+with|to\s+(?:meet|hold\s+talks\s+with|confer\s+with))\b")


def _on_a_day(doc: Document, a: int, b: int, *, month_ok: bool = False) -> bool:
    """Whether ``a:b`` names a day (not only a month, a season or "later this year"), or a part
    of a named day ("tomorrow morning", "on Friday afternoon"); with ``month_ok``, a named month
    will do ("is due to travel to Berlin in October")."""
    return any(t.basis != "publication" and (t.grain == "day" or _part_of_a_day(t)
                                             or (month_ok and t.grain == "month" and not _VAGUE_MONTH.search(t.text)))
               for t in doc.times_in(a, b))


def _part_of_a_day(t: TimeValue) -> bool:
    """A time of one known day ("tomorrow evening", 2025-06-12TEV), not a span of hours ("for three hours")."""
    return t.grain == "hour" and t.type in ("DATE", "TIME") and t.start is not None and t.start == t.end


# "this month", "next month", "later this month": a month named only relative to now
_VAGUE_MONTH = regex.compile(r"(?i)\b(?:this|next|coming|later)\b")


# a group of people named by a nationality: "Chilean officers attending ...", "members of the Kenyan community"
_NATIONALS = regex.compile(
    r"(?i)\s+(?:with\s+)?(?:(?:the|some|about|around|\d[\d,]*|a\s+group\s+of|members\s+of\s+the|representatives\s+of\s+the)\s+)?"
    r"(?P<who>(?-i:\p{Lu})[\w’'-]+)\s+(?:[\w-]+\s+){0,2}?(?:officers|troops|soldiers|sailors|airmen|marines|personnel|peacekeepers|cadets|"
    r"students|community|communities|diaspora|nationals|citizens|expatriates|business\s+(?:leaders|representatives|people|executives)|"
    r"businesspeople|contingent|crews?|instructors|trainees|veterans)\b")


_CIVILIANS = regex.compile(r"(?i)\b(?:community|communities|diaspora|nationals|citizens|expatriates)\b")


def _meets_own_people(doc: Document, te: int, subject: list[Mention]) -> bool:
    """Whether the met are the subject's own nationals ("The minister ... met Chilean officers attending the
    Air War College in Lima", a Chilean minister): a visit to one's own, not talks between states. The
    subject's state is the home state when the text gives none."""
    group = _NATIONALS.match(doc.text, te)
    if group is None:
        return False
    if _CIVILIANS.search(group.group()):
        return True  # "met representatives of the Italian community": a nationality's civilians are no state's party
    who = [x for x in doc.mentions_in(*group.span("who")) if x.code and x.form == "demonym"]
    officials = {x.code for x in subject if x.code and x.form in ("person", "counterpart")}
    if officials:
        return bool(who) and all(x.code in officials for x in who)
    own = {x.code for x in subject if x.code}
    if doc.home and (not own or _COORDINATED_VERB.search(doc.text, max(0, te - 40), te)):
        own.add(doc.home)  # "The minister also toured the Peruvian Air Force base ... and met": the subject is further back
    return bool(who) and all(x.code in own for x in who)


_COORDINATED_VERB = regex.compile(r"(?i)\band\s+(?:also\s+|then\s+|later\s+)?[\w-]+\Z")


def no_meeting_of_states(m: regex.Match[str], doc: Document, subject: list[Mention]) -> bool:
    """Whether the words around the trigger say this is no meeting of states: a call, a guess, a
    habit, or people who meet for no state (see the module docstring)."""
    ts, te = m.span("trigger")
    text = doc.text
    clause = doc.clause(ts)
    # (the words of the sentence near the trigger: a run-on "sentence" of a whole page is not read
    # again for each of its triggers)
    whole = doc.sentence(ts)
    sentence = max(whole[0], ts - modality.SENTENCE_REACH), min(whole[1], te + modality.SENTENCE_REACH)
    near = (max(clause[0], ts - 70), min(clause[1], te + 70))
    if remote(text, *near):
        return True
    if _SPECULATIVE_AFTER.match(text, te, sentence[1]):
        return True
    guess = _SPECULATIVE_BEFORE.search(text, max(clause[0], ts - 50), ts)
    trip = _TRIP.match(m.group("trigger")) is not None
    if guess and not ((guess.group("due") and _on_a_day(doc, *clause, month_ok=trip))
                      or (guess.group("expected") and trip and _on_a_day(doc, *clause, month_ok=True)
                          and _FOR_TALKS_WITH.search(text, te, sentence[1]))):
        # "is due to meet in Luanda later this year"; but "is due to meet in Luanda on 12 November" is
        # scheduled, and so is a trip "in November" (a commission "due to meet in November" may be a habit);
        # a trip "expected" in a stated month is planned too ("is expected to visit Tashkent in March for talks")
        return True
    if _RUMOUR.search(text, *sentence) and regex.search(r"(?i)\b(?:will|would|to|plans?|planned|expected|set|due|next|later)\b",
                                                      text[max(clause[0], ts - 60):ts]):
        return True
    if _REGULARLY_AFTER.match(text, te, clause[1]):
        return True  # "agreed to hold the Japan-Finland Defense Ministerial Meeting regularly"
    if _CIVIL_PURPOSE.search(text, sentence[0], sentence[1]) and not _DEFENCE_WORD.search(text, *sentence):
        return True  # "met ... to discuss the customs treaty": a meeting on trade, not on defence
    if _ANNUAL.search(text, *sentence) and not _on_a_day(doc, *clause) and (
            _STANDING_TENSE.search(text, max(clause[0], ts - 40), min(clause[1], te + 40))
            or modality.status(text, ts, clause) == "planned"):
        return True  # "Peru and Ecuador's annual border committee will next meet in Tumbes in August": a habit's next round
    dated = doc.dated(*clause)
    if not dated and (_HABIT.search(text, max(clause[0], ts - 60), min(clause[1], te + 60))
                      or (_PRESENT.match(m.group("trigger")) and _GENERIC_RELATIVE.search(text, clause[0], ts))):
        return True
    officials = any(x.form in ("person", "counterpart") for x in subject)
    if not officials and _PRIVATE_SUBJECT.search(text, max(clause[0], ts - 120), m.start()):
        return True
    if _PRIVATE_OBJECT.match(text, te) and not any(x.form in ("person", "counterpart") for x in doc.mentions_in(te, te + 40)):
        return True
    if _SPORT.search(text, max(sentence[0], ts - 120), min(sentence[1], te + 120)):
        return True
    if _meets_own_people(doc, te, subject):
        return True  # "met Chilean officers attending the Air War College in Lima": a minister's own nationals abroad
    if _PRONOUN_SUBJECT.fullmatch(text, sentence[0], ts) and (i := doc.segments.sentence_index(ts)) > 0 \
            and _SPORT.search(text, *doc.segments.sentences[i - 1]):
        return True  # "Tonga's rugby league side beat Samoa 24–18. They meet Fiji next Saturday."
    return False


def craft_or_fair(m: regex.Match[str], doc: Document, subject: list[Mention]) -> bool:
    """A ship or aircraft as the visitor ("HMS Spey visited Manila"), a port call, or a trade-fair
    stand ("visited the Hanwha stand"): no meeting of states."""
    ts, te = m.span("trigger")
    text = doc.text
    clause = doc.clause(ts)
    if _PORT_CALL.search(text, *clause) or _FAIR.match(text, te):
        return True
    people = [x for x in subject if x.form in ("person", "counterpart")]
    if people:
        return False
    head = text[max(clause[0], ts - 80):m.start()]
    ships = any(_is_ship(doc, x) for x in subject)
    return ships or bool(CRAFT.search(head)) or bool(_FAIR_SUBJECT.search(head))


def _is_ship(doc: Document, x: Mention) -> bool:
    """A named warship ("HMS Spey", "INS Tabar"): a prefix from the ship_prefix gazetteer, then a name."""
    first = doc.text[x.start:x.end].split(None, 1)[0] if x.end > x.start else ""
    return x.form == "institution" and gazetteers.load("ship_prefix").lookup(first) is not None
