"""Deployments: whose forces went where, with what, for how long, under which operation.

Shapes handled:
    <deployer> deployed|is deploying <forces> to|in <host>      a|the deployment of <forces> to ...
    <forces> stationed|based|garrisoned at|in <place>           <deployer> sent|dispatched <forces> to <host>
    <aircraft> flew (air policing|air defence) sorties over <host>
    <forces> arrived in|at <place>                              a rotational tour|rotation, an air policing mission
    <deployer> ended|began a N-year deployment                  under|as part of Operation <Name>
    <unit> took over|assumed (the lead|command|duties) at|in <host>   <forces> have been in <host> since <time>
Not deployments: deploying software, arguments, capital or airbags (no forces or materiel in the
clause); "based in" for a firm; negated, hypothetical and habitual mentions; forces deployed with
no host state and no sea, region, mission, operation or warship named (at home: "deployed for the
elections", "remain deployed along the northern border").
The deployer is the subject, or the state named on the forces ("British personnel", "RAF
Typhoons"); the host is the state or place the forces go to, "X's airspace", "Polish soil",
or "the country" (the last state named as a noun, other than the deployer).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .. import _lazy_regex as regex

from .. import gazetteers, modality
from ..actors import SERVICE_WORDS, SHIP_NAME, Mention, state_actor
from ..document import Document
from ..schema import Actor, Place, Quantity, TimeValue
from . import Draft, Ex, Rule
from ._args import (after_dateline, draft, evidence_end, host_of, in_clause, is_region, leading_subject, next_sentence_opening, opens_sentence, phrase_end,
                    resolve_references, sentences_before, subject_at, subject_before, unlisted)
from ._patterns import MILITARY_AID, STATE_MADE, expand

_FORCES = regex.compile(
    r"""(?ix)\b(?:troops|soldiers|personnel(?!\s+carriers?\b)|(?:staff|military|liaison|naval|army)\s+officers|forces|peacekeepers|blue\s+helmets|military\s+observers|marines|sailors|airmen|aircrew|paratroopers|instructors|trainers|advisers|advisors|
        # troops told by their trade: "Czech sappers", "Polish deminers", "Estonian gunners", "Albanian engineers"
        sappers|deminers|gunners|artillerymen|commandos|engineers(?<=(?-i:\p{Lu})[\p{L}-]+\sengineers)|
        # "40 Japanese logistics specialists", "150 officer candidates"
        (?:logistics|medical|technical|military|engineering|maintenance)\s+specialists|officer\s+(?:candidates|cadets)|
        contingents?|battalions?|brigades?|battle\s*groups?|companies(?=\s+of\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|infantry|marines|paratroopers|peacekeepers|the))|platoons|
        # "a company of 60 engineers", "a team of 40 military medics": a unit counted by its trade
        (?:company|team|platoon|contingent|detachment|unit)\s+of\s+(?:about\s+|some\s+|around\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:engineers|sappers|medics|doctors|nurses|divers|specialists)|
        (?:infantry|mechani[sz]ed|rifle|engineer|engineering|logistics|medical|signals|protection|paratroop(?:er)?|commando|peacekeeping|reconnaissance|guard|military\s+police)\s+compan(?:y|ies)|regiments?|squadrons?|detachments?|units?|task\s+forces?|
        jets|fighters|aircraft|bombers|tankers|helicopters|drones|warships?|ships|vessels|frigates?|destroyers?|corvettes?|submarines?|cutters?|
        carriers?|strike\s+groups?|minehunters?|tanks|armou?red\s+vehicles|howitzers|artillery|launchers|batteries|battery|
        missiles|rockets|munitions|weapons|warheads|rotations?|
        missile\s+systems?|air\s+defen[cs]e\s+systems?|radars?|interceptors|service\s*(?:men|women|members)|military|army|navy|
        air\s+force|air\s+defen[cs]e|anti-missile|sorties|air\s+policing|rotational|
        # peacekeeping units: "a Level-2 field hospital", "870 officers and men", "63 officers and staff"
        field\s+hospitals?|officers\s+and\s+(?:men|staff|soldiers|other\s+ranks)|
        # "a Spanish Quick Reaction Force", "Ghana's Rapid Deployment Force", "the Immediate Response Force"
        (?:quick|rapid|immediate|joint|very\s+high\s+readiness)\s+(?:reaction|response|deployment|intervention)\s+forces?|
        # "the first company of the Botswana Defence Force", "a company of the 2nd Infantry Battalion"
        defen[cs]e\s+force|company(?=\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:army|defen[cs]e\s+forces?|armed\s+forces|marines|battalion|regiment|brigade)\b))\b""")
_PEOPLE = regex.compile(r"(?i)\b(?:troops|soldiers|personnel(?!\s+carriers?\b)|(?:staff|military|liaison|naval|army)\s+officers|peacekeepers|marines|sailors|airmen|aircrew|groundcrew|ground\s+crew|technicians|mechanics|maintainers|paratroopers|commandos|sappers|deminers|gunners|artillerymen|instructors|trainers|advisers|advisors|service\s*(?:men|women|members)|staff|pilots|crew|specialists|midshipmen|cadets|officer\s+candidates|trainees|engineers|medics|doctors|surgeons|nurses|medical\s+(?:staff|teams?|personnel)|"
                    # "14 US Navy Seabees", "40 clearance divers", "2,000 Canadian Armed Forces members", "60 Army members"
                    r"seabees|divers|riflemen|infantrymen|gendarmes|military\s+observers|(?:army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces?|military|marine\s+corps)\s+members)\b")


def _forces_near(doc: Document, a: int, b: int) -> bool:
    return bool(doc.systems_in(a, b) or _FORCES.search(doc.text, a, b) or _SHIP.search(doc.text, a, b))


# an airspace violation: "Russian drones flew into Polish airspace", "jets violated Estonian airspace", "an airspace incursion"
_INCURSION = regex.compile(
    r"(?i)\b(?:drones?|missiles?|rockets?|balloons?|UAVs?)\b[^.;]{0,40}?\b(?:flew|fly|flies|entered|enter|enters|crossed|strayed)\s+(?:into|over)\s+"
    r"(?:[\w’'-]+\s+){0,2}?airspace\b|\b(?:violat(?:ed|es|ing|ion)|breach(?:ed|es|ing)?)\s+(?:[\w’'-]+\s+){0,2}?airspace\b"
    r"|\bairspace\s+(?:violations?|incursions?|intrusions?|breach(?:es)?)\b")
_NOMINAL = regex.compile(r"(?i)\b(?:of|against|over|about|on|protest\w*|oppos\w*|decision\s+(?:of|to|on)|debate\w*|vote\w*|criticis\w*|condemn\w*)\s+(?:\w+\s+){0,2}$")
_DESTINATION = regex.compile(r"(?i)\b(?:to|in|into|over|at|from|of|against|by|near|across)\s+(?:the\s+)?$")
# a stop told before the one the clause is about: "After Japan, HMAS Anzac is scheduled to call at Manila"
_STOP_BEFORE = regex.compile(r"(?i)\b(?:after|following)\s+(?:the\s+)?$")
_NAME_THEN_COMMA = regex.compile(r"(?:(?-i:\p{Lu})[\w’'.-]*\s*)+,")
# "The 15th contingent of the Slovenian Armed Forces": "of" after a unit names whose forces they are
_UNIT_OF = regex.compile(
    r"(?i)\b(?:contingent|contingents|unit|units|detachment|battalion|battalions|brigade|squadron|company|companies|platoon|platoons|elements|"
    r"members|troops|soldiers|personnel|officers|rotation|team|teams|task\s+force|battlegroup|battle\s+group|hospital|"
    r"observers|staff|advis[eo]rs|instructors|trainers|engineers|medics|peacekeepers|sailors|marines|airmen|crews?|batch|batches|groups?|"
    r"(?:service)?(?:men|women)|"
    # "the Army of North Macedonia", "the Armed Forces of the Philippines"
    r"army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces|forces|"
    # a ship and its name: "the corvette Spiro of the Argentine Navy"
    r"(?:frigate|corvette|destroyer|cruiser|ship|vessel|submarine|cutter|tanker|carrier|minehunter|boat)(?:\s+(?-i:\p{Lu})[\w’'-]*){0,3})"
    # a rotation's number: "Rotation 6 of Việt Nam", "Contingent XII of"
    r"(?:\s+(?:\d+|[IVXL]+))?\s+of\s+(?:the\s+)?$")


def _destination_before(doc: Document, pos: int) -> bool:
    """Whether the mention at ``pos`` follows a preposition that makes it a place or a target
    ("to Poland", "in Estonia"), not the owner of a unit ("a contingent of the Slovenian army")."""
    if _PLACE_APPOSED.search(doc.text, max(0, pos - 60), pos):
        return True  # "arrived in Port Moresby, Papua New Guinea, on Thursday": the place's state
    if _STOP_BEFORE.search(doc.text[max(0, pos - 14):pos]) and _NAME_THEN_COMMA.match(doc.text, pos):
        return True  # "After Japan, HMAS Anzac is scheduled to call at Manila": the stop before
    if not _DESTINATION.search(doc.text[max(0, pos - 12):pos]):
        return False
    if _COUNTED_FROM.search(doc.text, max(0, pos - 60), pos) and not _REMOVED.search(doc.text, max(0, pos - 90), pos):
        return False  # "a contingent of about 420 soldiers from Rwanda": whose soldiers they are
    if _LED_BY.search(doc.text, max(0, pos - 30), pos):
        return False  # "The NATO brigade, commanded by the Canadians": whose brigade it is
    if _UNIT_FROM.search(doc.text, max(0, pos - 40), pos):
        return False  # "A NASAMS battery from the Norwegian Army's air defence battalion": whose battery it is
    if _CRAFT_OF.search(doc.text, max(0, pos - 40), pos) and any(x.start == pos and (x.form == "institution" or (x.form == "demonym" and _SERVICE_NEXT.match(doc.text, x.end)))
                for x in doc.mentions_in(pos, min(len(doc.text), pos + 80))):
        return False  # "Four Rafale fighter aircraft of the Hellenic Air Force": whose aircraft they are (not "of Poland's LOT airline")
    return not _UNIT_OF.search(doc.text, max(0, pos - 40), pos)


_SERVICE_NEXT = regex.compile(rf"\s+{SERVICE_WORDS}")
_CRAFT_OF = regex.compile(
    r"(?i)\b(?:aircraft|jets|fighters|helicopters|drones|planes|bombers|transports|batteries|battery|launchers|tanks|"
    r"Eurofighters|Typhoons|Rafales|Gripens|F-\d+s)\s+of\s+(?:the\s+)?$")


_PLACE_APPOSED = regex.compile(r"\b(?:[Tt]o|[Ii]n|[Ii]nto|[Aa]t|[Nn]ear)\s+(?:the\s+)?(?:port\s+of\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3},\s+\Z")
_UNIT_FROM = regex.compile(r"(?i)\b(?:battery|batteries|detachment|contingent|unit|company|battalion|squadron|team|elements|platoon)\s+from\s+(?:the\s+)?\Z")
_LED_BY = regex.compile(r"(?i)\b(?:commanded|led|headed)\s+by\s+(?:the\s+)?$")
_COUNTED_FROM = regex.compile(r"(?i)\b(?:\d[\d,]*|hundreds|dozens|thousands)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:soldiers|troops|personnel|peacekeepers|marines|sailors|airmen|paratroopers|service\s*members)\s+from\s+(?:the\s+)?$")
_REMOVED = regex.compile(r"(?i)\b(?:withdr[ae]w\w*|pull\w*|recall\w*|evacuat\w*|remov\w*|repatriat\w*|brought\s+home|bring\w*\s+home)\b")


_MILITARY_MODIFIER = regex.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}(?:helicopter|missile|air|naval|army|navy|military)")
_INTO = regex.compile(r"(?i)\b(?:in|to|into|over|at)\s+(?:the\s+)?$")


def _next_words(text: str, pos: int, n: int) -> str:
    m = regex.match(rf"(?:\s+[\w’'-]+){{0,{n}}}", text, pos=pos)
    return m.group() if m else ""


def _deployer(doc: Document, pos: int, clause_start: int, subject: list[Mention]) -> Mention | None:
    """The subject (``subject_before`` the trigger at ``pos``), else the nearest state, demonym or
    national institution before the trigger that is not itself a destination ("to Poland")."""
    subject = [m for m in subject if m.code and m.form not in ("counterpart", "organisation", "group")
               and m.actor.kind != "company" and not _destination_before(doc, m.start)]
    if subject:
        return subject[0]
    for m in reversed(doc.mentions_in(clause_start, pos)):
        if not m.code or m.form in ("counterpart", "pair", "anaphor", "organisation", "group") or m.actor.kind == "company":
            continue
        if _destination_before(doc, m.start):
            continue
        if m.form == "demonym" and not (doc.systems_in(m.end, m.end + 40) or _FORCES.search(_next_words(doc.text, m.end, 3))
                                         or _MILITARY_MODIFIER.match(doc.text[m.end:m.end + 40])):
            continue  # "Turkish police", "Polish students": not forces
        return m
    return None


# "The unit", "The demining unit", "The Dutch engineering company": up to two words before the noun
_FOLLOW_UP = regex.compile(r"(?:It|They|(?P<she>She)|The\s+(?:[\w-]+\s+){0,2}?(?:unit|units|battery|batteries|ship|ships|aircraft|jets|troops|force|contingent|squadron|detachment|battalion|brigade))\b")


def _home_forces(doc: Document, a: int, ts: int, clause: tuple[int, int]) -> Mention | None:
    """Forces the text names with no state word, in a story written from a state ("the marines of the Van Ghent
    regiment, garrisoned here, have been deployed in northern Iraq" in a Rotterdam paper): the home state's,
    read off the forces' own words; None when the clause names any state or organisation before the verb."""
    if not doc.home:
        return None
    if ts < doc.title_block_end:
        return None  # a headline ("Troops to stay in Sinai until 2027"): its forces are the body's to name
    found = [*_FORCES.finditer(doc.text, max(a, clause[0]), ts), *_SHIP.finditer(doc.text, max(a, clause[0]), ts)]
    if not found:
        return None
    forces = max(found, key=lambda f: f.start())
    if any(x.code for x in doc.mentions_in(forces.start(), ts)) or _STATE_WORDS_BEFORE.search(doc.text, max(clause[0], forces.start() - 40), forces.start()):
        return None  # "the Dutch marines" would have been read; "Iraq's forces", "NATO troops": someone else's
    return Mention(forces.start(), forces.end(), state_actor(doc.home, doc.span(forces.start(), forces.end())), "name")


# a qualifier the actor scan may not list, right before the forces: "foreign troops", "allied forces", "NATO troops"
_STATE_WORDS_BEFORE = regex.compile(r"(?i)\b(?:foreign|allied|enemy|rebel|coalition|international|multinational|UN|NATO|EU|their|its)\s+(?:[\w-]+\s+){0,2}\Z")


_SHE_OPENS = regex.compile(r"\s*She\b")
_ARRIVAL_TOLD = regex.compile(r"(?i)\b(?:arrived|arrives|berthed|docked|anchored|called\s+at|entered|put\s+in(?:to)?)\b")


def _deployer_before(doc: Document, pos: int) -> Mention | None:
    """A follow-up sentence led by "It"/"They"/"The unit" (or "She", after a ship): the deployer named in the
    sentence before."""
    i = doc.segments.sentence_index(pos)
    if i <= 0 or (opening := _FOLLOW_UP.match(doc.text, doc.segments.sentences[i][0])) is None:
        return None
    a, b = doc.segments.sentences[i - 1]
    if opening.group("she"):
        # "HMS Tamar ... is paying a courtesy visit. She arrived in Manila on Sunday": only a ship is "she"
        return next((m for m in doc.mentions_in(a, b) if m.code and m.extra.get("ship")), None)
    for m in doc.mentions_in(a, b):
        if m.code and m.form in ("name", "alias", "demonym", "institution") and not _destination_before(doc, m.start):
            return m
    return None


# "... and about 150 soldiers arrived at Ämari Air Base on Thursday. The German detachment replaces ...":
# the forces' state told in the sentence after, by the unit told again
_UNIT_AGAIN = regex.compile(
    r"(?:The|These|Those|Its|Their)\s+(?P<dem>\p{Lu}[\p{L}-]+)\s+(?:[\w-]+\s+){0,2}?(?:detachment|contingent|unit|force|jets|aircraft|"
    r"fighters|troops|soldiers|battalion|squadron|crews?|airmen|sailors|team|rotation)\b")


def _deployer_told_next(doc: Document, pos: int) -> Mention | None:
    """The state a unit told again at the start of the next sentence names ("The German detachment")."""
    nxt = next_sentence_opening(doc, pos, _UNIT_AGAIN)
    if nxt is None:
        return None
    m = _UNIT_AGAIN.match(doc.text, *nxt)
    first = next(iter(doc.mentions_in(m.start("dem"), m.end("dem"))), None)
    return first if first is not None and first.form == "demonym" and first.code else None


_DOMESTIC_SITE = regex.compile(r"\b(?:to|at|in)\s+(?:Camp|Fort|Garrison|Naval\s+Station|Air\s+Station|Naval\s+Base|Air\s+Base)\s+\p{Lu}")


# a force's strength told without a count of people: "a 1,000-strong engineer unit", "a crew of
# about 120", "a contingent of 250"
_STRENGTH_UNIT = (r"(?:units?|contingents?|forces?|battalions?|teams?|detachments?|compan(?:y|ies)|brigades?|battle\s?groups?|"
                  r"groups?|missions?|troops|soldiers|personnel|crews?|deployments?|squadrons?|regiments?|flotillas?)")
_STRENGTH = regex.compile(
    rf"""(?ix)\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)[-‐–](?:strong|member|man|person)\s+(?P<unit>(?:[\p{{L}}-]+\s+){{0,3}}?{_STRENGTH_UNIT})\b
      |\b(?P<unit2>crew|complement|contingent|detachment|garrison|force|team)\s+of\s+(?P<q>about|around|some|roughly|nearly|almost|approximately|more\s+than|over|up\s+to)?\s*
        (?P<n2>\d{{1,3}}(?:,\d{{3}})+|\d+)(?=\s*[,.;:)–—]|\s+(?:to|in|at|on|from|for|into|aboard|embarked|is|are|was|were|will|has|have|had|who|which|that|under|with|and)\b)""")


# "450 officers and sailors": officers counted with their crews are people deployed
_AND_RANKS = regex.compile(r"(?i)\s+and\s+(?:sailors|men|soldiers|ratings|crew|airmen|enlisted|(?:support\s+)?staff|other\s+ranks)\b")
_AND_WOMEN = regex.compile(r"(?i)\s+and\s+women\b")  # "220 men and women of the mechanised company"
# "45 members of the Barbados Defence Force", "25 members of the Army of Montenegro": members counted by their force
# (not "27 members of NATO", "members of parliament")
_MEMBERS_OF_FORCE = regex.compile(
    r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'.()-]+\s+){0,6}?(?:army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces?|"
    r"forces|military|marines|marine\s+corps|coast\s+guard|national\s+guard|gendarmerie|battalion|regiment|brigade|contingent|"
    r"company|squadron|detachment|task\s+force|corps)\b")


def _counts_people(doc: Document, q: Quantity) -> bool:
    """Whether ``q`` counts people: troops, sailors or personnel, "180 officers and sailors", "45 members of the
    Barbados Defence Force"."""
    if _PEOPLE.search(q.unit):
        return True
    if q.span is None:
        return False
    unit = q.unit.lower()
    return (unit.endswith("officers") and bool(_AND_RANKS.match(doc.text, q.span.end))
            or unit.endswith("men") and bool(_AND_WOMEN.match(doc.text, q.span.end))
            or unit == "members" and bool(_MEMBERS_OF_FORCE.match(doc.text, q.span.end)))


def _personnel(doc: Document, a: int, b: int) -> Quantity | None:
    """The people deployed: a count of troops, sailors or personnel in ``text[a:b]``, or the
    strength of the force in the sentence up to ``b`` ("a 600-strong battalion", "with a crew of
    about 120")."""
    for q in doc.quantities_in(a, b):
        if _counts_people(doc, q):
            return q
    m = _STRENGTH.search(doc.text, doc.sentence(a)[0], b)  # "HMS Kent, with a crew of 200, arrived": a parenthesis
    if m is None:
        return None
    if m.group("n"):
        return Quantity(value=Decimal(m.group("n").replace(",", "")), unit=" ".join(m.group("unit").split()),
                        span=doc.span(m.start("n"), m.end("unit")))
    return _strength_of(doc, m)


def _strength_of(doc: Document, m: regex.Match[str]) -> Quantity:
    """The count a "<crew|complement|contingent ...> of (about) <n>" match of ``_STRENGTH`` gives."""
    return Quantity(value=Decimal(m.group("n2").replace(",", "")), unit=m.group("unit2").lower(),
                    qualifier=" ".join(m.group("q").split()).lower() if m.group("q") else None,
                    span=doc.span(m.start("unit2"), m.end("n2")))


# the next sentence tells who came with them: "Some 125 maintenance personnel travelled with them",
# "The boat, with some 145 sailors, will stay two days", "Some 195 crew members are aboard."
# ("The 210-foot cutter, with a crew of about 75, will patrol", "The ships, with about 620 sailors on board, are on")
_CREW_FOLLOWS = regex.compile(
    r"(?i)\s*(?:some|about|around|roughly|nearly|more\s+than|over|(?:on\s+board|aboard)\s*(?:are|were|is|was|,\s*(?=\d|some\b|about\b|around\b))|with\s+(?:a|her|its)\s+(?:crew|complement)|"
    r"(?:the|her|its|their|both|the\s+two)\s+(?:[\w-]+\s+){0,3}?(?:crew|boats?|ships?|submarines?|frigates?|destroyers?|corvettes?|vessels?|cutters?|warships?|contingent|detachment|unit|force|team|"
    r"aircraft|jets|group)|she|it|they)\b")


# the next sentence tells what the forces bring or fly: "The soldiers will take Leopard 2 tanks with them.",
# "The detachment trains young pilots on the PC-21."
_KIT_TOLD_NEXT = regex.compile(
    r"\s*(?:(?:The|These|Their|Its|Her)\s+(?:soldiers|troops|detachment|contingent|crews?|unit|battalion|battle\s?group|pilots|"
    r"airmen|marines|sailors|company|squadron|force|team|engineers|gunners)|They)\b[^.;]{0,40}?"
    r"\b(?:take|takes|took|bring|brings|brought|operate|operates|fly|flies|flew|use|uses|man|mans|train|trains|trained|"
    r"are\s+equipped\s+with|will\s+be\s+equipped\s+with)\b")


def _kit_told_after(doc: Document, pos: int) -> list[str]:
    """The systems the forces deployed at ``pos`` bring, told in the sentence after (one that names no
    other party)."""
    after = next_sentence_opening(doc, pos, _KIT_TOLD_NEXT)
    if after is None or any(m.code for m in doc.mentions_in(*after) if m.form != "anaphor"):
        return []
    return systems_named(doc, *after)


# the next sentence opens on the ship's name told in the sentence before: "The Takanami, which carries about 190 crew",
# "Harriet Lane, a 270-foot cutter, has a crew of about 100"
_NAMED_AGAIN = regex.compile(r"\s*(?:The\s+)?(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,2}),\s+(?:which|an?|with|carrying)\b")


def _crew_told_after(doc: Document, pos: int, deployer: str | None = None) -> Quantity | None:
    after = next_sentence_opening(doc, pos, _CREW_FOLLOWS)
    if after is None and (named := next_sentence_opening(doc, pos, _NAMED_AGAIN)) is not None:
        name = _NAMED_AGAIN.match(doc.text, *named).group("name")
        after = named if regex.search(rf"\b{regex.escape(name)}\b", doc.text[slice(*doc.sentence(pos))]) else None
    if after is None and (about := next_sentence_opening(doc, pos, _VISIT_TOLD_NEXT)) is not None:
        after = next_sentence_opening(doc, about[0], _CREW_FOLLOWS)  # "The visit is the first since 2023. The ships, with ..."
    if after is None:
        return None
    found = next((q for q in doc.quantities_in(*after) if _counts_people(doc, q) or _CREW_UNIT.fullmatch(q.unit)), None)
    if found is None and (strength := _STRENGTH.search(doc.text, *after)) is not None and strength.group("n2") \
            and strength.group("unit2").lower() in ("crew", "complement"):
        # "The 210-foot cutter, with a crew of about 75, will patrol ..."
        found = _strength_of(doc, strength)
    if found is None and (size := _CREW_NUMBERS.search(doc.text, *after)) is not None:
        # "Her crew numbers 250.", "Its ship's company totals about 180."
        found = Quantity(value=Decimal(size.group("n").replace(",", "")), unit=" ".join(size.group("unit").split()).lower(),
                         span=doc.span(size.start("unit"), size.end("n")))
    if found is not None and found.span is not None \
            and (any(m.code and m.code != deployer for m in doc.mentions_in(after[0], found.span.start) if m.form != "anaphor")
                 or any(m.code and m.code != deployer for m in doc.mentions_in(found.span.start, found.span.end))):
        # a sentence about someone else ("The Dutch frigate, with 150 sailors, ...", "Some 300 French troops are also
        # there"; waters named after the count are no party)
        return None
    return found


# the next sentence tells how long the deployment lasts: "The deployment is scheduled to last five months.",
# "The mission will run for six months.", "She will stay for three weeks."
_STAY_VERB = r"\b(?:last|lasts|run|runs|stay|remain|spend|serve|be\s+(?:based|deployed|stationed))\b"  # how a stay's length is told
_TOUR_NOUN = r"deployment|mission|tour|rotation|patrol|voyage|cruise|stay|visit|detachment"  # what a stay is told of
# ("The soldiers, drawn from the 4th Division, will take over positions in Lower Shabelle for a year.", "The company will
# build and repair roads for a year.", "He said the contingent would spend six months there.", "For three months they
# will help protect the airport.": the forces told again, and what they will do for how long)
_FORCE_NOUN = (r"soldiers|troops|personnel|sailors|airmen|marines|peacekeepers|contingent|battalion|company|unit|team|force|"
               r"detachment|squadron|battery|ship|frigate|vessel|destroyer|corvette|cutter|submarine|aircraft|jets")
_WILL_DO = r"\b(?:will|would|is\s+to|are\s+to|(?:is|are)\s+(?:expected|scheduled|due|set|planned)\s+to)\s+(?:also\s+)?[\w-]+\b[^.;]{0,120}?\bfor\s"
_STAY_TOLD_NEXT = regex.compile(
    r"\s*(?:(?:He|She|They|The\s+\w+)\s+(?:said|added)\s+(?:that\s+)?(?-i:(?=the\s)))?"
    rf"(?:(?:(?:The|This|Her|Its|Their)\s+(?:{_TOUR_NOUN})\b|(?:She|It|They)\s+(?:is|are|will)\b)[^.;]{{0,40}}?{_STAY_VERB}"
    rf"|(?:[Tt]he|These|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_FORCE_NOUN})\b[^.;]{{0,80}}?(?:{_STAY_VERB}|{_WILL_DO})"
    r"|For\s+[^,.;]{3,30}?\b(?:days|weeks|months|years?)\b,?\s+(?:they|it|she|the\s+[\w-]+)\s+will\b)")
# how many of the forces told are there: ", and about 1,200 of them are near Bunia" (not "of them were killed")
_OF_THEM_THERE = regex.compile(
    r"(?i)(?:,\s+and|;)\s+(?:(?P<q>about|some|around|roughly|nearly|more\s+than|over)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<unit>of\s+them)\s+"
    r"(?:are|were|remain|serve|are\s+(?:now|still)|are\s+(?:based|stationed|deployed|posted))\s+(?:in|at|near|around|close\s+to|along|on|with)\b")
# the next sentence goes on about the call or the move: "The visit opens the northern leg of <operation>"
_VISIT_TOLD_NEXT = regex.compile(r"\s*(?:The|This|Her|His|Its|Their)\s+(?:(?:port\s+)?(?:visit|call|stop|stopover|arrival|deployment|voyage|cruise|rotation)|"
                                 r"(?:ship|frigate|destroyer|detachment|contingent|squadron|task\s+group|unit)\s+(?:is|are)\s+(?:on|part\s+of))\b")
# the next sentence tells whose mission the forces just told serve: "The troops will serve for a year with the SADC
# Mission in the DRC (SAMIDRC)", "The battalion will serve with MINUSCA in the west", "They will operate under Operation
# Sentinel", "It is part of NATO's enhanced Forward Presence"
_OPERATION_TOLD_NEXT = regex.compile(
    r"\s*(?:(?:The|This|These|Its|Their|Her)\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|contingent|battalion|unit|company|detachment|"
    r"ship|frigate|vessel|destroyer|corvette|squadron|jets|aircraft|team|force|personnel|sailors|marines|peacekeepers|deployment|"
    r"mission|rotation|battlegroup|battle\s+group)|They|It|She)\b[^.;]{0,40}?\b(?:(?:will|to|shall)\s+(?:also\s+)?(?:serve|operate|work|"
    r"join|be\s+(?:part\s+of|attached\s+to|assigned\s+to|deployed\s+(?:with|under|as\s+part\s+of)))|(?:is|are|forms?)\s+(?:now\s+)?part\s+of"
    r"|(?:serves?|operates?|joins?)\s+(?:with|under|in)\b)")
# the next leg of a voyage told in the sentence before: "Next, HMAS Toowoomba is scheduled to call at Busan", "After Fiji, she
# sails for Tonga", "From there, the task group heads to Manila"
_NEXT_LEG = regex.compile(r"\s*(?:Next|Then|Afterwards|Later|From\s+there|After\s+(?:that|\p{Lu}[\w’'-]*(?:\s+\p{Lu}[\w’'-]*)?))\s*,")
# an adjunct between a move and the people it carries: ", as part of her yearly training voyage, with"
_ADJUNCT_THEN_WITH = regex.compile(r"(?i),?\s*(?:as\s+part\s+of|on|during|under|for)\s+[^,.;:]{3,80},\s+(?=with\s)")
_STAY_CLAUSE = regex.compile(
    rf"(?i)(?:,\s+and|;)\s+(?:the|this|her|its|their)\s+(?:{_TOUR_NOUN}|"
    r"contingent|unit|squadron|team|force|crew|ship|aircraft|jets)\b[^.;]{0,40}?" + _STAY_VERB)
# how a stay's length is introduced: "remain for four months", "last about six weeks", "spend six months", "serve six
# months", "for a nine-month tour"
_LENGTH_BEFORE = regex.compile(r"(?i)\b(?:last|lasts|run|runs|stay|remain|for|spend|spends|spending|serve|serves)\s+(?:a\s+|an\s+)?"
                               r"(?:about\s+|around\s+|some\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?\Z")
# ", where it is to remain for four months", ", where they will join MINUSCA for one year"
# (", where it will escort merchant ships for six months", ", where it will serve six months in the battle group")
_WHERE_IT_STAYS = regex.compile(
    r"(?i),?\s+where\s+(?:it|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?P<stay>(?:is|are|will|would|is\s+due|are\s+due)\s+"
    r"(?:to\s+|be\s+)?(?:also\s+)?\p{L}[\w-]*\b[^.;:]{0,160})")
# the tour's length in a relative: "for an air policing rotation, which is expected to last about six weeks"
_LASTING = regex.compile(r"(?i),?\s+(?:which|that)\s+(?:is|are|will)\s+(?:(?:expected|scheduled|due|set|planned|likely)\s+to\s+)?"
                         r"(?P<stay>(?:last|run)\s+[^.;:]{0,40})")
# a clause after the deployment's that goes on about the force: "; the unit, with 58 officers and staff,"
_UNIT_CLAUSE = regex.compile(r"(?i)(?:;|,\s+and)\s+(?:the|its|their)\s+(?:unit|contingent|company|battalion|detachment|force|team|"
                             r"squadron|group|battery|mission)\b")
_CREW_NUMBERS = regex.compile(
    r"(?i)\b(?P<unit>crew|complement|ship['’]s\s+company)\s+(?:numbers|totals|is|comprises|of)\s+"
    r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?(?P<n>\d[\d,]*)\b(?!\s*(?:%|per\s+cent|tonnes|tons|metres|m\b))")


_CREW_UNIT = regex.compile(r"(?i)(?:crew|crew\s+members|maintenance\s+(?:personnel|staff)|staff)")


_ONGOING = regex.compile(r"(?i)\b(?:ha(?:s|ve)\s+(?:been\s+)?(?:deployed|stationed|based|begun|started|arrived|moved|taken\s+(?:up|over|command))|"
                         r"ha(?:s|ve)\s+been\s+(?:flying|operating|patrolling|serving)|"
                         r"(?:began|begun|started|commenced|launched|took\s+up)\b|since\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December))")
_ENDED = regex.compile(r"(?i)\b(?:ended|completed|concluded|finished|wrapped\s+up|withdrew|withdrawn|returned\s+home|pulled\s+out)\b")
_AID = MILITARY_AID
# A named ship, by its navy's prefix (the ``ship_prefix`` gazetteer) or its class noun
# ("the Lithuanian patrol ship Žemaitis", "the offshore patrol vessel Samuel Beckett"; not "the cruise ship Aida")
# a named warship: "HMS Richmond", "the destroyer Urumqi", "the supply tanker Taihu", also after its navy's
# possessive ("The Indonesian Navy's frigate Bung Tomo"); not a merchant ship ("the cargo ship X")
_SHIP = gazetteers.compile_pattern(r"(?<![\w-])(?:\L<ship_prefix>|(?:[Tt]he\s+|(?<=\w['’]s\s+))(?:(?!(?i:cruise|cargo|container|passenger|merchant|fishing|research|oil|gas|bulk|"
                                   r"ferry|supply(?!\s+tanker)|survey)\b)[\w-]+\s+){0,3}?(?P<noun>destroyer|frigate|carrier|submarine|corvette|ship|vessel|cutter|"
                                   r"minehunter|minesweeper|patrol\s+boat|tanker|oiler))"
                                   # (a prefixed name is read from its prefix: "the patrol vessel ARC 7 de Agosto")
                                   rf"\s+(?!\L<ship_prefix>\s)(?P<name>{SHIP_NAME})")
_PREFIXED = gazetteers.compile_pattern(r"\L<ship_prefix>\s")


# A system the gazetteer does not list, named by its designator before a materiel noun:
# "NMESIS anti-ship missile launchers", "Type 12 surface-to-ship missiles", "a US Typhon missile system".
_DESIGNATED = regex.compile(
    r"""(?<![\w-])(?P<name>(?:Type|Project|Class)\s+\d+\w*|[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*|[A-Z]+-?\d+\w*|\p{Lu}\p{Ll}{2,})
        \s+(?:(?!(?:to|will|would|has|have|had|and|or|of|with|from|for|by|in|on|at|the|a|an|its|their|is|are|was|were)\b)[\w-]+\s+){0,3}?
        (?:missile\s+systems?|missiles|launchers|howitzers|tanks|frigates|corvettes|destroyers|submarines|
        fighter\s+jets|jets|fighters|aircraft|helicopters|drones|radars?|air\s+defen[cs]e\s+systems?|batteries|rocket\s+systems?|guns|
        vehicles|carriers|trainers)\b""",
    regex.X)
_NOT_A_SYSTEM = regex.compile(
    r"(?i)^(?:the|a|an|new|upgraded|advanced|modern|more|two|three|four|five|six|eight|ten|several|some|its|their|his|her|our|"
    r"these|those|other|further|additional|first|second|latest|older|combat|surveillance|transport|attack|patrol|training|"
    r"trainer|military|naval|army|air|anti|long|short|medium|mid|heavy|light|main|battle|mobile|coastal|strategic|tactical|"
    r"nuclear|ballistic|cruise|supersonic|hypersonic|stealth|unmanned|armed|allied|enemy|western|russian|chinese|american|"
    r"european|nato|in|at|on|for|with|from|by|and|or|of|to|"
    # a date before the items ("took delivery on Saturday of three Tucano trainers")
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)$")


_THERE_SINCE = regex.compile(r"(?i)[\w-]+\s+(?:in|at|on)\s+(?:the\s+)?(?-i:\p{Lu})[^.;,]{0,60}?\bsince\s+(?:early\s+|late\s+|mid-?)?(?:\d|(?-i:\p{Lu}))")


def _status(doc: Document, a: int, b: int, trigger: int) -> str | None:
    window = doc.text[max(a, trigger - 90):min(b, trigger + 40)]
    if (aside := modality.CLOSED_ASIDE_BEFORE.search(doc.text, max(a, trigger - 160), trigger)) is not None:
        window = doc.text[max(a, aside.start() - 90):aside.start()] + " " + doc.text[aside.end():min(b, trigger + 40)]
    if _ENDED.search(window):
        return "completed"
    if _ONGOING.search(window) or _THERE_SINCE.match(doc.text, trigger, b):
        return "ongoing"  # (", deployed in Poland since early 2022": there from then on)
    if _NEXT_AFTER.match(doc.text, trigger, b):
        return "planned"  # "heads to Ecuador next": the next leg, still to come
    return None


_NEXT_AFTER = regex.compile(r"(?i)\w+\s+(?:[\w’'-]+\s+){0,4}?next\b(?!\s+(?:to|week|month|year|door)\b)(?=\s*[,.;]|\s*$)")


_GENERIC = regex.compile(r"(?i)\s+(?:jets?|fighters?|fighter\s+jets|aircraft|planes?|tanks?|helicopters?|launchers?|systems?|batter(?:y|ies)|missiles?|frigates?|submarines?|howitzers?|vehicles?|drones?|units?)$")


def system_surface(surface: str) -> str:
    """A system's name as written, without a leading adjective, a plural or a generic noun
    ("Rafale jets" gives "Rafale")."""
    systems = gazetteers.load("system")
    name = " ".join(surface.split())
    while " " in name and name[:1].islower() and systems.lookup(name.split(" ", 1)[1]):
        name = name.split(" ", 1)[1]  # "upgraded Mogami-class" gives "Mogami-class"
    while True:
        shorter = _GENERIC.sub("", name)
        if shorter != name and systems.lookup(shorter):
            name = shorter
            continue
        if name.endswith("s") and systems.lookup(name[:-1]):
            name = name[:-1]
            continue
        return name


def systems_named(doc: Document, a: int, b: int) -> list[str]:
    """Systems and named ships as written, singular ("RAF Typhoons" gives "Typhoon")."""
    found: list[tuple[int, str]] = []
    for s in doc.systems_in(a, b):
        found.append((s.start, system_surface(doc.text[s.start:s.end])))
    for m in _SHIP.finditer(doc.text, a, b):
        # "the frigate HMS Richmond" is "HMS Richmond"; "the destroyer Wang Geon" keeps its noun
        ship = m.group("name") if _PREFIXED.match(m.group("name")) else (
            doc.text[m.start("noun"):m.end()] if m.start("noun") >= 0 else m.group())  # "the Lithuanian patrol ship X": "ship X"
        found.append((m.start(), " ".join(ship.split())))
    for m in _DESIGNATED.finditer(doc.text, a, b):
        name = " ".join(m.group("name").split())
        inside_mention = any(x.start < m.end("name") and m.start("name") < x.end
                             for x in doc.mentions_in(max(0, m.start() - 80), m.end()))
        # "South Korean-built frigates": where the goods were made, not their designator
        if not inside_mention and not _NOT_A_SYSTEM.match(name) and not STATE_MADE.match(doc.text, m.start("name")) \
                and not any(s <= m.start("name") < e for s, e in ((x.start, x.end) for x in doc.systems_in(a, b))):
            found.append((m.start("name"), name))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _makers_kit(doc: Document, a: int, b: int) -> list[str]:
    """Kit named only by its maker and a plain noun ("with Patria armoured vehicles")."""
    return [" ".join(doc.text[x.start:kit.end()].split()) for x in doc.mentions_in(a, b)
            if x.actor.kind == "company" and not x.possessive and (kit := _MAKERS_KIT.match(doc.text, x.end, b)) is not None]


# kit named by its maker and a plain noun: "Patria armoured vehicles", "Rheinmetall trucks"
_MAKERS_KIT = regex.compile(r"[ \t]+(?:armou?red[ \t]+(?:vehicles|personnel[ \t]+carriers)|tanks|howitzers|trucks|helicopters|jets|"
                            r"drones|patrol[ \t]+boats|radars|launchers)\b")


_WHICH_OPENS = regex.compile(r"(?i)which\b|who\b")


# the forces a relative clause hangs on, right before it: "the Rwandan troops who have been deployed in ..."
_RELATIVE_OPENS = regex.compile(r"(?i)(?:\s*,)?\s+(?:who|which|that)\s+(?:(?:have|has|had|are|is|were|was|been|now|also|still|long)\s+){0,3}\Z")


# ships kept idle: "have kept several ships tied up at Devonport", "left three patrol boats laid up"
_LAID_UP = regex.compile(r"(?i)\b(?:kept|keeps|keep|keeping|left|leaves|leaving)\s+(?:[\w’'-]+\s+){0,5}?(?:tied\s+up|laid\s+up|idle|in\s+dock|in\s+port)\b")


def _antecedent_owner(doc: Document, ts: int) -> Mention | None:
    """ "Kagame thanked Mozambique for its support to the Rwandan troops who have been deployed in
    Cabo Delgado": the state of the forces the relative clause hangs on, before any state the main
    clause names (the thanked one); None when the antecedent is not forces or names no state."""
    rel = _RELATIVE_OPENS.search(doc.text, max(0, ts - 40), ts)
    if rel is None:
        return None
    a = rel.start()
    owners = [x for x in doc.mentions_in(max(doc.sentence(ts)[0], a - 60), a) if x.code and x.actor.kind == "state"
              and x.form in ("demonym", "name", "alias", "institution")]
    if not owners:
        return None
    owner = owners[-1]
    forces = _FORCES.search(doc.text, owner.end, a)
    if forces is None or forces.end() != len(doc.text[:a].rstrip()) or regex.search(r"[,;]", doc.text[owner.end:forces.start()]):
        return None  # "Mozambique, which has ...": no forces right before the relative
    return owner


def _antecedent_opening(doc: Document, clause: tuple[int, int]) -> int:
    """Where the subject of ``clause`` starts: before a relative that opens it, its antecedent's clause
    ("The US Army's Typhon launcher, which has stayed in the Philippines")."""
    return doc.clause(clause[0] - 2)[0] if _WHICH_OPENS.match(doc.text, clause[0]) and clause[0] > 1 else clause[0]


def _deployment(m: regex.Match[str], doc: Document, rule: Rule, *, lookback: int = 160,
                need_forces: bool = True, need_host: bool = False, host: Actor | None = None,
                deployer: Mention | None = None) -> Draft | None:
    ts, te = m.span("trigger")
    clause = doc.clause(ts)
    if _WHICH_OPENS.match(doc.text, clause[0]) and clause[0] > 1:
        # "Germany's 45th Armoured Brigade, which has been stationed in Lithuania since April 2025, …",
        # "ITS Carabiniere, which is the flagship of the group, arrived": the forces and their state
        # are the antecedent, before the relative (after a closed relative, only forces: "Poland,
        # which bought K2 tanks from Korea, is based in central Europe" is no stationing)
        before = doc.clause(clause[0] - 2)[0]
        if "," not in doc.text[clause[0]:ts] or _forces_near(doc, before, clause[0]):
            clause = (before, clause[1])
    a = max(clause[0], ts - lookback)
    b = min(clause[1], te + 220)
    follow_up = _deployer_before(doc, ts)
    if need_forces and not _forces_near(doc, a, b) and follow_up is None:
        return None  # a follow-up ("They will spend three weeks there") has its forces in the sentence before
    if follow_up is not None and _SHE_OPENS.match(doc.text, doc.sentence(ts)[0]) \
            and _ARRIVAL_TOLD.search(doc.text, *doc.sentence(follow_up.start)):
        return None  # "... arrived in Colombo on Wednesday. She berthed at the terminal and sailed again on Thursday": the call told on
    if _INCURSION.search(doc.text, *clause):
        return None  # "Russian drones flew into Polish airspace": an incursion, not forces sent to a host
    if in_clause(doc, _AID, *clause) and not _PEOPLE.search(doc.text, a, b):
        return None  # weapons handed over as aid are not a deployment of forces
    if m.group("trigger").lower().endswith("ing") and _NOMINAL.search(doc.text, max(0, ts - 40), ts):
        return None  # "protest the decision of sending troops": talk about a deployment, not one
    if _TECH_OBJECT.match(doc.text, te):
        return None  # "The Estonian Defence Forces deploy a new cloud platform": software, not forces
    if _NOT_FORCES.search(doc.text, max(clause[0], ts - 60), min(clause[1], te + 60)):
        return None  # "the navy dragon boat team arrived", "sent a delegation of athletes": sport and culture
    if _MATERIEL_SENT.match(doc.text, te):
        return None  # "sent three consignments of arms and munitions to Sudan": goods, not forces
    if rule.id in MOVES and _FOR_A_VISIT.match(doc.text, te, doc.sentence(ts)[1]) \
            and _PERSON_ARRIVES.search(doc.text, max(doc.sentence(ts)[0], ts - 80), ts):
        return None  # "General Wilson Mbadi, who arrived in the capital for a two-day working visit": a visit (a ship's is a port call)
    if _own_borders(doc, ts):
        return None  # "The SANDF continues to deploy soldiers along South Africa's borders": its own side
    if rule.id in MOVES and _AT_THE_HEAD.search(doc.text, te, doc.sentence(ts)[1]):
        return None  # "the minister arrived in the Hungarian capital at the head of a military delegation": a visit
    around = (max(clause[0], ts - 60), min(clause[1], te + 60))
    wider = (max(clause[0], ts - 120), around[1])
    if _POLICE.search(doc.text, *wider) and not _SOLDIERS.search(doc.text, *wider):
        return None  # "Another rotation of Tongan police officers serving the regional policing force arrived in Port Vila"
    if rule.id == "deployment.stationed" and _REPLACED.search(doc.text, te, doc.sentence(ts)[1]):
        return None  # "Chinese military personnel who operated two Y-12s in Tanzania were replaced by civilian contractors": ended
    # (up to another clause of the sentence: "made her first call at Limassol on Friday, and her crew joined Cypriot
    # sailors for a rescue drill" tells the drill apart)
    own_end = (nxt.start() if (nxt := _NEXT_CLAUSE.search(doc.text, te, doc.sentence(ts)[1])) else doc.sentence(ts)[1])
    if (rule.id in MOVES or rule.id == "deployment.sent") and _FOR_EXERCISE.search(doc.text, te, own_end):
        return None  # forces that arrive, set off or are sent for an exercise
    if rule.id in MOVES and _OFFICE_HOLDER_MOVES.search(doc.text, max(clause[0], ts - 60), ts) \
            and not _forces_near(doc, max(clause[0], ts - 60), ts):
        return None  # "On Sunday Minister Lotte left Asunción for Santa Cruz together with General Arias": a trip
    if rule.id in MOVES and _HOMEWARD.search(doc.text, *doc.sentence(ts)) and not _VISIT_WORD.search(doc.text, *doc.sentence(ts)):
        return None  # "Back from six weeks of fisheries patrols, HMNZS Wellington berthed at Lyttelton": home again
    if (rule.id in MOVES or rule.id == "deployment.stationed") and _BOUGHT_FROM.search(doc.text, clause[0], ts):
        # "expects the last Z-9 helicopters it ordered from China to arrive in 2026": a delivery, not forces
        # ("The Navy's P-3C Orion aircraft acquired from Norway continue to operate from Trelew": its own, not a stationing)
        return None
    if rule.id in MOVES and _NEW_BUILT.search(doc.text, clause[0], ts):
        return None  # "The Navy's two new offshore patrol vessels, built in Spain, will arrive in 2026": a delivery
    if rule.id in MOVES and _FIRST_OF_ORDER.search(doc.text, max(clause[0], ts - 60), ts) \
            and _ORDER_TOLD.search(doc.text, doc.sentence(ts)[0], ts):
        return None  # "its order for JF-17 fighters from Pakistan went through, and the first jets are expected in Baku": goods
    if _NTH_TIME.search(doc.text, doc.sentence(ts)[0], ts):
        return None  # "It is the fourth time the Swedish Air Force has been based at Šiauliai": background to the arrival
    if rule.id == "deployment.deployment_noun" and _names_the_operation(doc, ts):
        return None  # "as part of Operation ARGUS Pacific, the RAN's regional deployment to ...": the operation described
    if _ACROSS_MISSIONS.search(doc.text, te, clause[1]) or _WORLDWIDE.match(doc.text, te, clause[1]) \
            or _CONTRIBUTED_SINCE.search(doc.text, max(doc.sentence(ts)[0], ts - 80), min(doc.sentence(ts)[1], te + 120)):
        return None  # "7,500 troops deployed across 35 missions abroad": a total, not one deployment
    if _AGREEMENT_TOPIC.search(doc.text, max(doc.sentence(ts)[0], ts - 120), ts):
        return None  # "signed a memorandum of understanding on logistic support for Lithuanian forces deployed to Ireland": its topic
    if rule.id == "deployment.stationed" and m.group("trigger").lower().startswith("operat") and doc.systems_in(te, te + 25):
        return None  # "Lithuania already operates RBS 70 systems, bought in a joint purchase": equipment, not a stationing
    if rule.id in ("deployment.deployment_noun", "deployment.serves") and (
            _TOPIC_BEFORE.search(doc.text, max(clause[0], ts - 100), ts) or _TOPIC_AFTER.match(doc.text, te, doc.sentence(ts)[1])):
        return None  # "Ghanaian troops serving with UNMISS were also on the agenda": a topic of talks, not a deployment told
    if rule.id == "deployment.departed" and _WHICH_LEFT.search(doc.text, max(clause[0], ts - 40), ts) \
            and regex.match(r"[^,;.]{0,80},", doc.text[te:te + 90]):
        return None  # "The ship, which left Callao in April, heads to Ecuador next": the cruise's start, told as its background
    if _LAID_UP.search(doc.text, max(clause[0], ts - 80), min(clause[1], te + 80)):
        return None  # "Crew shortages have kept two frigates tied up in Devonport": ships idle at home, not a deployment
    if _FULLY.search(doc.text, max(0, ts - 12), ts):
        return None  # "expect the Dutch battalion to be fully stationed in Estonia by 2028": a build-up's target, not a move
    if _PENDING.search(doc.text, te, doc.sentence(ts)[1]):
        return None  # "plans to send an engineering company to MINUSCA next spring, pending parliamentary approval"
    if _WHAT_IT_ALLOWS.search(doc.text, doc.sentence(ts)[0], ts):
        return None  # "a Visiting Forces Agreement, which governs how Australian personnel train and operate in New Zealand"
    if _UNDER_ITS_TERMS.match(doc.text, doc.sentence(ts)[0]) and _WOULD.search(doc.text, *doc.sentence(ts)):
        return None  # "Under the letter, US ships based in Guam would be sent to Palau should it ask": its terms
    if rule.id == "deployment.stationed" and _just_bought(doc, ts, clause):
        return None  # "Poland will buy 48 launchers ... the launchers are to be stationed in the country's east": goods bought
    subject = subject_before(doc, m.start())
    if _COMMA_PARTICIPLE.search(doc.text, max(0, ts - 3), te) and (lead := [x for x in subject_at(doc, after_dateline(doc, ts), ts) if x.code]):
        # "Three Indian Navy ships ... made Manila their port of call on Saturday, arriving at Pier 13": the participle's
        # subject is the sentence's, not the object told before the comma
        subject = lead
    dep = deployer or _antecedent_owner(doc, ts) or _deployer(doc, m.start(), max(clause[0], ts - 200), subject) or follow_up
    if dep is None and regex.match(r"(?i)\s+of\s+(?:a|an|the|some|\d[\d,]*)?\s*", doc.text[te:te + 12]):
        after = [x for x in doc.mentions_in(te, min(b, te + 40)) if x.code and x.form in ("demonym", "name", "alias", "institution")]
        dep = after[0] if after else None  # "the deployment of a US Typhon system"
    if dep is None and rule.id == "deployment.departed":
        # "sailed from Taranto on Monday bound for ...": the port left, after the trigger or (for "bound") before it
        dep = _home_port(doc, te, min(b, phrase_end(doc, te))) or _home_port(doc, a, ts)
    if dep is None and rule.id in MOVES:
        dep = _deployer_told_next(doc, ts)
    if dep is None:
        dep = _serving_in(doc, te, b)
    if dep is None:
        dep = _lead_nation(doc, a, ts)  # "The German-led battlegroup, in place in Lithuania since 2017"
    if dep is None:
        dep = _territory_based(doc, max(a, clause[0]), ts)  # "The Nouméa-based patrol vessel La Glorieuse berthed at Port Vila"
    home_forces = False
    if dep is None:
        dep = _home_forces(doc, a, ts, clause)
        home_forces = dep is not None
    if dep is None:
        return None
    # "India's and France's navies deployed ...": a co-deployer is no host
    joint = subject[subject.index(dep):] if dep in subject else []
    # (from the trigger when the deployer is told after it: "The German detachment" in the next sentence)
    # (a ship the trigger names, "disembarked from HMAS Adelaide at Honiara", is how they came, not where)
    carrier = [x.code for x in doc.mentions_in(ts, te) if x.code]
    excluded = [dep.code] + [x.code for x in joint] + carrier
    base = _base_told_before(doc, te, excluded) if rule.id in MOVES and host is None else None
    if base is not None:
        host = state_actor(base.country, base.span)
    reach = min(b, phrase_end(doc, te))
    if rule.id == "deployment.arrived" and (onward := _ONWARD.search(doc.text, te, reach)) is not None:
        reach = onward.start()  # "arrived at Neiafu on Monday en route to Fiji": where it goes next is no host
    host = host or host_of(doc, max([dep.end if dep.start < ts else te] + [x.end for x in joint]), reach, exclude=excluded)
    if host is not None and host.span is not None and _BORDER_AFTER.match(doc.text, host.span.end) \
            and any(x.form == "demonym" for x in doc.mentions_in(host.span.start, host.span.end)):
        return None  # "sends 5,000 troops to the Venezuelan border": its own side of the border, no host abroad
    if host is None:
        # "in Estonia, British troops are stationed": a destination named before the trigger
        before = [x for x in doc.mentions_in(clause[0], dep.start)
                  if x.code and x.code != dep.code and _INTO.search(doc.text[max(0, x.start - 10):x.start])]
        if before:
            resolved = resolve_references(doc, before[-1:], ts, exclude=[dep.code])
            host = resolved[0].actor if resolved else None
    if host is None and rule.id == "deployment.arrived":
        # "At Suva, the French patrol vessel La Glorieuse berthed on Saturday": a known place the sentence opens with
        opening = doc.sentence(ts)[0]
        host = next((state_actor(p.country, p.span) for p in doc.places_in(opening, dep.start)
                     if p.country and p.span and p.country != dep.code and _FRONTED_AT.fullmatch(doc.text, opening, p.span.start)
                     and doc.text.startswith(",", p.span.end)), None)
    if host is None and (where := _WHERE_BEFORE.search(doc.text, max(0, clause[0] - 2), dep.start)) is not None:
        # "In Lithuania, where German troops have anchored NATO's presence since 2017": the place the relative hangs on
        # (a fronted place that opens the sentence; "returned after a year in DR Congo, where the battalion had been based" is told)
        named = [x for x in doc.mentions_in(max(0, where.start() - 40), where.start()) if x.code and x.code != dep.code
                 and x.end == where.start() and x.form in ("name", "alias")
                 and _FRONTED_IN.fullmatch(doc.text, doc.sentence(ts)[0], x.start)]
        host = named[-1].actor if named else None
    if host is None and dep.code and dep.code == doc.home and _DOMESTIC_SITE.search(doc.text, te, min(b, phrase_end(doc, te))):
        host = dep.actor  # the home state's forces moved to one of its own bases ("to Camp Kengun in Kumamoto")
    if host is None and dep.code and _own_soil(doc, dep.code, te, min(b, phrase_end(doc, te))):
        return None  # "The aircraft arrived at the air base in Abuja": the deployer's own soil
    if host is None:
        host = _mission_host(doc, *doc.sentence(ts), exclude=dep.code)  # "280 soldiers to EUFOR Althea"
    if host is None:
        host = _dateline_host(doc, dep, te, min(b, phrase_end(doc, te)))
    if host is None and rule.id == "deployment.arrived":
        host = _host_of_unlisted_town(doc, dep, te, excluded) or _host_of_unlisted_port(doc, dep, te, excluded)
    if host is None:
        host = _host_forces_helped(doc, te, min(b, doc.sentence(ts)[1]), excluded)
    # (forces read as the home state's must go abroad: "deployed in northern Iraq"; or leave for a sea: "will leave
    # Ominato on the 21st for the Gulf of Aden")
    to_sea = rule.id in ("deployment.departed", "deployment.arrived") and doc.dated(*clause) \
        and _TO_WATERS.search(doc.text, te, min(b, phrase_end(doc, te)))  # (a dated sailing, not a retelling)
    if (need_host or home_forces and not to_sea) and host is None:
        return None
    if host is None and m.group("trigger").lower() in ("operate", "operates", "operating", "operated") \
            and not any(x.code and x.code != dep.code for x in doc.mentions_in(*doc.sentence(ts))):
        return None  # "The Royal Navy of Oman operates from its main base at Wudam", "already operates several patrol vessels": its own
    if host is None and _HOME_PATROL.search(doc.text, *doc.sentence(ts)):
        return None  # "HMCS Moncton sailed on Tuesday for Arctic waters on a home patrol": its own waters
    if host is None and not _abroad(doc, dep, *doc.sentence(ts)):
        return None  # "Ghana Armed Forces remain deployed in the north": forces at home, or going nowhere named
    if host is None and rule.id not in MOVES and _COAST_GUARD.search(doc.text, dep.start, min(len(doc.text), dep.end + 20)):
        return None  # "The Vietnam Coast Guard deployed three more patrol vessels to the Paracel waters": policing its own seas
    systems = doc.systems_in(a, b)
    assets = systems_named(doc, a, b) or _makers_kit(doc, a, b)
    if not assets and follow_up is not None and dep is follow_up:
        i = doc.segments.sentence_index(ts)
        assets = systems_named(doc, *doc.segments.sentences[i - 1])  # "It will return ...": the aircraft before
    if not assets:
        assets = _kit_told_after(doc, ts)
    personnel = _personnel(doc, a, b) or _crew_told_after(doc, ts, dep.code)
    if personnel is None and (part := _OF_THEM_THERE.search(doc.text, te, doc.sentence(ts)[1])) is not None:
        # "Tanzanian soldiers have been deployed to the eastern DRC since 2023, and about 1,200 of them are near Bunia"
        people = _PEOPLE.search(doc.text, clause[0], te)
        personnel = Quantity(value=Decimal(part.group("n").replace(",", "")), unit=people.group().lower() if people else "of them",
                             qualifier=part.group("q").lower() if part.group("q") else None, span=doc.span(part.start("n"), part.end("unit")))
    if personnel is None and (aside := _ADJUNCT_THEN_WITH.match(doc.text, clause[1], doc.sentence(ts)[1])) is not None:
        # "will drop anchor at Valparaíso in July, as part of her yearly training voyage, with about 250 cadets and
        # crew": the strength after an adjunct that closes the clause
        personnel = _personnel(doc, aside.end(), phrase_end(doc, aside.end()))
    if personnel is None and (unit := _UNIT_CLAUSE.search(doc.text, b, doc.sentence(ts)[1])) is not None:
        # "will send its fourth engineering company to Bangui in May; the unit, with 58 officers and staff, will serve"
        personnel = _personnel(doc, unit.end(), min(doc.sentence(ts)[1], unit.end() + 80))
    ops = doc.operations_in(*doc.sentence(ts))
    if not ops and rule.id in MOVES and (after := next_sentence_opening(doc, ts, _VISIT_TOLD_NEXT)) is not None:
        ops = doc.operations_in(*after)  # "... came alongside at Yokosuka on Monday. The visit opens the northern leg of Indo-Pacific Endeavour"
    if not ops and rule.id in MOVES and _NEXT_LEG.match(doc.text, doc.sentence(ts)[0]) \
            and (i := doc.segments.sentence_index(ts)) > 0:
        ops = doc.operations_in(*doc.segments.sentences[i - 1])  # "... on Indo-Pacific Endeavour. Next, HMAS Toowoomba is to call at Busan"
    if not ops and (after := next_sentence_opening(doc, ts, _OPERATION_TOLD_NEXT)) is not None:
        ops = doc.operations_in(*after)  # "... landed at Bangui on Thursday. The battalion will serve with MINUSCA in the west"
    if not ops:
        ops = _operation_told_before(doc, ts, doc.sentence(ts)[1])
    durations = _durations(doc, a, b, lambda t: not _RECORD_SPAN.search(doc.text, max(a, t.span.start - 90), t.span.start))
    if not durations and (where := (_WHERE_IT_STAYS.match(doc.text, clause[1], doc.sentence(ts)[1])
                                    or _WHERE_IT_STAYS.search(doc.text, te, doc.sentence(ts)[1])
                                    or _LASTING.search(doc.text, te, doc.sentence(ts)[1]))) is not None:
        # "arrived at the Šiauliai air base on Monday, where it is to remain for four months": the stay told in a
        # "where" relative after the destination, or in a relative on the tour
        durations = _durations(doc, *where.span("stay"), lambda t: _length_introduced(doc, where.start("stay"), t))
    if not durations and (after := next_sentence_opening(doc, ts, _STAY_TOLD_NEXT)) is not None:
        # "... sailed from Auckland for Japan on Sunday. The deployment is scheduled to last five months."
        parties = {dep.code} | ({host.code} if host else set())
        durations = _durations(doc, *after, lambda t: _length_introduced(doc, after[0], t) and not any(
            x.code and x.code not in parties for x in doc.mentions_in(after[0], t.span.start) if x.form != "anaphor"))
    if not durations and (after := next_sentence_opening(doc, ts, _CREW_FOLLOWS)) is not None \
            and not any(x.code for x in doc.mentions_in(*after) if x.form != "anaphor") \
            and (stay := _STAY_CLAUSE.search(doc.text, *after)) is not None:
        # "... landed at Ämari on Saturday. Around 40 airmen came with the aircraft, and the detachment will
        # remain for six weeks.": the stay in the second clause of a sentence about the same force
        durations = _durations(doc, stay.start(), after[1], lambda t: _length_introduced(doc, stay.start(), t))
    if dep.form == "person" and not _COMMANDS_FORCES.search(dep.actor.role or "") and not assets and personnel is None \
            and not systems and not _FORCES_WITH.search(doc.text, te, doc.sentence(ts)[1]):
        return None  # "Robles arrives at the Ministry of Defence": a minister's visit, no forces moved
    participants: list[Actor] = [dep.actor] + ([host] if host else [])
    ends = [s.end for s in systems] + [host.span.end if host and host.span and host.span.start >= te else 0]
    if personnel and personnel.span:
        ends.append(personnel.span.end)
    end = evidence_end(doc, te, *ends)
    start = min(dep.start, ts, *(s.start for s in systems if s.start >= a), *(
        [personnel.span.start] if personnel and personnel.span else []))
    # "met ... on Tuesday, days after a team of U.S. Army engineers arrived in Darién": an arrival told as
    # the background of another event, told in full elsewhere (it takes that telling's date, not the other event's)
    background = rule.id in MOVES and bool(_DAYS_AFTER.search(doc.text, max(clause[0], start - 40), start))
    d = draft(rule, m, start=start, end=end, participants=participants, status=_status(doc, clause[0], clause[1], ts),
              anaphoric=background, deployer=dep.actor, host=host, assets=assets, personnel=personnel,
              operation=_operation_of(doc, ops),
              duration=durations[0].value if durations else None)
    d.background = background
    if base is not None:
        d.location = base  # the base told before, which the event's own clause names only as "the base"
    if rule.id not in MOVES and (since := _WHERE_SINCE.match(doc.text, clause[1], doc.sentence(ts)[1])) is not None:
        # "Some 800 Dutch troops are in Lithuania ..., where the Netherlands has led a NATO battalion since September
        # 2023": a presence whose start the "where" relative tells
        start_time = next((t for t in doc.times_in(since.end(), min(doc.sentence(ts)[1], since.end() + 40))
                           if t.type == "DATE" and t.span is not None and t.span.start == since.end()), None)
        if start_time is not None:
            d.when, d.status = start_time, "ongoing"
            d.fields["status"] = "ongoing"
    return d


# a participle that opens a phrase after a comma: ", arriving at", ", sailing for"
_COMMA_PARTICIPLE = regex.compile(r",\s+\p{Ll}+ing\Z")
# an officer who moves forces with him ("Colonel X arrived in Bangui with the battalion"), not a minister or an envoy
_COMMANDS_FORCES = regex.compile(r"(?i)\b(?:commander|commanding|colonel|brigadier|major|captain|lieutenant|general|admiral|commodore|officer)\b")
_FORCES_WITH = regex.compile(r"(?i)\b(?:troops|soldiers|sailors|airmen|marines|personnel|contingent|battalion|company|detachment|squadron|ships?|aircraft|jets)\b")


# the "where" that opens a relative on a state named just before: "In Lithuania, where ..."
_WHERE_BEFORE = regex.compile(r"(?<=\p{L}),\s+where\s")
_FRONTED_IN = regex.compile(r"\s*(?:[Ii]n|[Ii]nside|[Tt]o)\s+(?:the\s+)?")
_FRONTED_AT = regex.compile(r"\s*(?:[Aa]t|[Ii]n|[Ii]nto)\s+(?:the\s+(?:port|harbou?r|naval\s+base|air\s+base)\s+of\s+)?")


def _length_introduced(doc: Document, a: int, t: TimeValue) -> bool:
    """Whether the duration ``t`` is told as a stay's length ("for six months", "last about six weeks")."""
    return t.span is not None and bool(_LENGTH_BEFORE.search(doc.text, max(a, t.span.start - 25), t.span.start))


def _durations(doc: Document, a: int, b: int, keep: Callable[[TimeValue], object]) -> list[TimeValue]:
    """The definite lengths of time told in ``text[a:b]`` ("four months"; not "in decades") that ``keep`` accepts."""
    return [t for t in doc.times_in(a, b) if t.type == "DURATION" and t.value and "X" not in t.value and keep(t)]


# ", where the Netherlands has led a NATO battalion since", ", where the army has been serving with NATO Mission Iraq since"
_WHERE_SINCE = regex.compile(
    r"(?i),?\s+(?:where\s+[^.;:]{0,80}?\b(?:has|have)\s+(?:been\s+)?[\w-]+[^.;:]{0,80}?\bsince"
    # "The British presence in Kenya, which dates back to 1964": the presence's own start
    r"|which\s+(?:dates|dated|dating)\s+(?:back\s+)?(?:from|to))\s+(?=(?:early\s+|late\s+|mid-?)?(?:\d|(?-i:\p{Lu})))")


_TECH_OBJECT = regex.compile(
    r"(?i)\s+(?:(?:a|an|the|its|their|new|first|secure|own)\s+){0,3}(?:[\w-]+\s+){0,2}?"
    r"(?:cloud|software|apps?|applications?|firmware|chatbots?|algorithms?|databases?|portals?|dashboards?|digital|IT|data|AI|5G)\b")
# people in uniform who are not forces on a mission: teams, athletes, bands, delegations
_NOT_FORCES = regex.compile(
    r"(?i)\b(?:(?:dragon[\s-]?boat|football|rugby|basketball|volleyball|boxing|athletics|sports?|polo|rowing|sailing|cricket|hockey)\s+"
    r"(?:team|teams|squad|squads|side|club)|athletes|sportsmen|sportswomen|footballers|"
    # (not the hosts' band that welcomes them: "were welcomed into Alexandria by an Egyptian Navy band")
    r"(?<!\bby\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3})(?:military\s+)?(?:band|bands|choir|orchestra|musicians)|"
    # an official visit: "who arrived in Bamako on Monday leading a military delegation"
    r"delegations?)\b")
# police are not armed forces ("Kenyan police officers departed … for Haiti"), unless soldiers go too
# ("keeps about 4,000 soldiers and police officers in Cabo Delgado")
# (not the verb: "to police the airspace of the Baltic states")
_POLICE = regex.compile(r"(?i)\b(?<!\bto\s)(?:police|policemen|policewomen)\b(?!\s+(?:the|its|their|our)\s)")
_REPLACED = regex.compile(r"(?i)\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:replaced|withdrawn|sent\s+home|repatriated|pulled\s+out)\b")
_SOLDIERS = regex.compile(r"(?i)\b(?:soldiers|troops|servicemen|servicewomen|marines|sailors|airmen|military|army|navy|air\s+force)\b")
# forces moving: their arrival or departure, told on its day (never a standing presence)
MOVES = frozenset({"deployment.arrived", "deployment.departed"})
_MATERIEL_SENT = regex.compile(r"(?i)\s+(?:(?:a|an|the|its|their|\w+)\s+){0,2}(?:consignments?|shipments?|cargoes|cargo|batch(?:es)?|packages?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|munitions|ammunition|equipment|materiel|shells|missiles|drones)\b")
_PERSON_ARRIVES = regex.compile(r"(?:General|Admiral|Minister|Marshal|Chief|Commander|Secretary|President|\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+),\s+who\s+\Z")
_FOR_A_VISIT = regex.compile(r"(?i)[^.;]{0,60}?\bfor\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|working\s+visit|talks)\b")
_AT_THE_HEAD = regex.compile(r"(?i)\b(?:at\s+the\s+head\s+of|heading|leading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?delegation\b")
# a total over many deployments: "deployed across 35 missions abroad", "serving in a dozen UN operations"
_ACROSS_MISSIONS = regex.compile(
    r"(?i)\b(?:across|in|on|over|among)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous|various|multiple|a\s+dozen|dozens\s+of)"
    r"\s+(?:[\w-]+\s+)?(?:missions|operations|countries|theatres|theaters|deployments|nations)\b")
# a state's contribution over the years: "Indonesia, a UN peacekeeping contributor since 1957, ...",
# "Since 1961 Ghana has contributed more than 80,000 troops", "Uruguay has sent troops to MONUSCO since 2001"
_CONTRIBUTED_SINCE = regex.compile(
    r"(?i)\b(?:contributors?\s+(?:to\s+[^,.;]{1,40}?\s+)?since\s+(?:\d{4}|the\s+\d{4}s)"
    r"|(?:has|have)\s+(?:\w+ly\s+)?(?:taken\s+part|participated|served)\s+in\s+(?:UN\s+|United\s+Nations\s+)?peace-?keeping(?:\s+operations|\s+missions)?\s+since\s+\d{4}"
    r"|(?:has|have)\s+(?:\w+ly\s+)?contributed\s+(?:more\s+than|over|some|about|nearly|around)\s+\d[\d,]*"
    r"|(?:has|have)\s+(?:\w+ly\s+)?(?:sent|contributed|provided)\s+(?:troops|soldiers|personnel|peacekeepers|forces|contingents)\s+to\s+[^,.;]{1,50}?\s+since\s+(?:\d{4}|the\s+\d{4}s))")
# "with over 6,000 personnel deployed worldwide": a state's total
_WORLDWIDE = regex.compile(r"(?i)[^.;]{0,30}?\b(?:worldwide|world-wide|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe))\b")
_DAYS_AFTER = regex.compile(r"(?i)\b(?:(?:a\s+few|two|three|several|some)\s+)?(?:days|weeks|hours|a\s+day|a\s+week|shortly|soon|just)\s+after\s+(?:(?:a|an|the|some|about|around)\s+)?(?:[\w’'.-]+\s+){0,6}?\Z")


# "It is the first time ...", "This marks the fifth time ...": how often, told beside the event
_NTH_TIME = regex.compile(
    r"(?i)\b(?:it|this|that)\s+(?:is|was|will\s+be|marks|marked)\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|last|latest)\s+time\b"
    # "this is its third long deployment since", "it was the frigate's second deployment": a count of the unit's tours
    r"|\b(?:it|this|that)\s+(?:is|was|will\s+be|marks|marked)\s+(?:only\s+)?(?:its|their|the|[\w-]+['’]s)\s+(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?\Z")
_AGREEMENT_TOPIC = regex.compile(
    r"(?i)\b(?:memorandum|agreement|accord|arrangement|MoU|treaty|protocol|letter\s+of\s+intent)\s+(?:of\s+understanding\s+)?"
    r"(?:on|for|covering|regarding|concerning)\s+[^.;]{0,80}\Z")
# what talks covered: "talks ... will cover peacekeepers' safety and Lebanese troop deployments", "discussed the deployment of"
_TOPIC_BEFORE = regex.compile(
    r"(?i)\b(?:discuss(?:ed|es|ing)?|cover(?:ed|s|ing)?|review(?:ed|s|ing)?|(?:talks|discussions|consultations)\s+(?:on|about|over|covering))\s+[^.;:]{0,80}?\Z")
_TOPIC_AFTER = regex.compile(
    r"(?i)[^.;:]{0,100}?\b(?:were|was|are|is|will\s+be)\s+(?:also\s+)?(?:on\s+the\s+agenda|discussed|raised|reviewed|addressed|"
    r"among\s+the\s+(?:topics|issues|subjects))\b")
_WHICH_LEFT = regex.compile(r"(?i),\s*(?:which|who)\s+(?:had\s+|has\s+)?\Z")
_FULLY = regex.compile(r"(?i)\b(?:fully|completely)\s+\Z")
_PENDING = regex.compile(r"(?i)\b(?:pending|subject\s+to|conditional\s+(?:on|upon))\s+(?:[\w’'-]+\s+){0,2}?(?:approval|ratification|authori[sz]ation|a\s+decision|a\s+vote)\b"
                         # "... next spring if the United Nations asks for one"
                         r"|\b(?:if|unless|should)\s+(?:the\s+)?(?-i:\p{Lu})[\w.’'-]*(?:\s+(?-i:\p{Lu})[\w.’'-]*){0,3}\s+(?:asks?|requests?|agrees?|approves?|invites?)\b")
_APPOSED_TO_OPERATION = regex.compile(r"(?:\s+\p{Lu}[\w-]*){0,3},\s+(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,4}")  # "Operation PROJECTION West Africa, the ..."


# "Some 2,000 members are currently deployed on the operation": the operation named just before
_THE_OPERATION = regex.compile(r"(?i)\b(?:on|in|under|with|for|to|into)\s+the\s+(?:operation|mission)\b(?!\s+(?:of|to)\b)")
# a section heading: a short line of its own, with no closing stop ("Operation REASSURANCE", "Exercises")
_HEADING_LINE = regex.compile(r"[^\S\n]*(?:[^\s.!?:;,]+[^\S\n]+){0,5}[^\s.!?:;,]+[^\S\n]*(?=\n|\Z)")


def _operation_told_before(doc: Document, ts: int, end: int) -> list[tuple[int, int, str]]:
    """The operation a deployment at ``ts`` belongs to when its sentence (ending at ``end``) names none:
    the one the sentence points back to ("deployed on the operation", the last named in the two
    sentences before), or the heading of its section ("Operation REASSURANCE" on a line of its own,
    then "Canada currently has about 2,000 members deployed in Latvia ...")."""
    i = doc.segments.sentence_index(ts)
    if _THE_OPERATION.search(doc.text, ts, end):
        before = doc.operations_in(doc.segments.sentences[max(0, i - 2)][0], doc.sentence(ts)[0])
        return before[-1:]
    line = doc.text.rfind("\n", 0, doc.sentence(ts)[0] + 1)
    for _ in range(12):  # back over the paragraphs of the section, to its heading
        if line <= 0:
            return []
        start = doc.text.rfind("\n", 0, line) + 1
        if start < line and _HEADING_LINE.fullmatch(doc.text, start, line):
            ops = doc.operations_in(start, line)
            whole = [o for o in ops if not doc.text[start:o[0]].strip() and not doc.text[o[1]:line].strip()]
            return whole  # the section's heading: an operation, or another heading (no operation)
        line = start - 1
    return []


def _operation_of(doc: Document, ops: list[tuple[int, int, str]]) -> str | None:
    """The operation a deployment serves, of those its sentence names: the first "Operation <Name>" (a
    state's own operation under which it joins a multinational formation: "to join Standing NATO
    Maritime Group 2 under Operation REASSURANCE", "a Nato enhanced Air Policing mission under
    Operation Biloxi"), else the first named."""
    return next((name for a, _, name in ops if doc.text.startswith("Operation", a)), ops[0][2] if ops else None)


def _names_the_operation(doc: Document, ts: int) -> bool:
    """Whether the deployment noun at ``ts`` heads an apposition to the operation named just
    before it ("Operation ARGUS Pacific, the RAN's regional deployment")."""
    return any(_APPOSED_TO_OPERATION.fullmatch(doc.text, end, ts)
               for _, end, _ in doc.operations_in(max(0, ts - 120), ts))


# An exercise is no deployment, nor is what arrives or sets off for one: "arrived in the Kingdom of
# Bahrain on Sunday to take part in a joint Gulf naval exercise", "arrived in Pearl Harbor this week
# to take part in RIMPAC 2026, the world's largest maritime exercise", "for the annual Golden Dragon exercise"
_FOR_EXERCISE = regex.compile(expand(
    r"(?i)\b(?:for|to\s+(?:take\s+part|participate|train|join)\s+in|to\s+join|ahead\s+of|during|as\s+part\s+of)\s+"
    r"(?:(?!(?:that|which|who|where|including|includes|and|while|after|before|then)\b)[\w’'–-]+,?\s+){0,7}?"
    r"(?&EXERCISE_NOUN)"))


_NEXT_CLAUSE = regex.compile(r"(?i),\s+(?:and|while)\s+(?:(?:her|his|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:crew|crews|sailors|personnel|troops|soldiers|they|she|it)\b")
_VISIT_WORD = regex.compile(r"(?i)\b(?:visit|port\s+call|stopover|call)\b")
_COAST_GUARD = regex.compile(r"(?i)\bcoast\s*guards?\b")
# a minister or official who travels (not forces): "Minister Lotte left Asunción for Santa Cruz"
_OFFICE_HOLDER_MOVES = regex.compile(
    r"(?:\b(?:Minister|Secretary|President|Prime\s+Minister|Ambassador|Governor|Senator|Deputy)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?"
    r"|\b(?:(?i:the)|\p{Lu}[\p{L}-]+['’]s?)\s+(?i:(?:defen[cs]e\s+|foreign\s+|prime\s+)?(?:minister|secretary|president|ambassador|delegation)))"
    r"\s+(?:(?i:also|then|later)\s+)?(?:(?i:will|would|is\s+to|was\s+to|is\s+due\s+to|is\s+expected\s+to|to)\s+)?\Z")
# a ship or unit on its way home: "Back from six weeks of fisheries patrols", "its last stop before returning home"
_HOMEWARD = regex.compile(
    r"(?i)\b(?:(?<!\bway\s)back\s+from|(?:before|ahead\s+of)\s+(?:returning|heading|sailing|flying)\s+(?:back\s+)?home|on\s+(?:its|her|their)\s+way\s+(?:back\s+)?home"
    r"|homeward|(?:returned|returning|returns)\s+(?:home|to\s+(?:its|her|their)\s+home\s*port)|homecoming)\b")
_NEW_BUILT = regex.compile(r"(?i)\bnew\s+(?:[\w-]+\s+){0,3}?(?:ships|vessels|boats|aircraft|jets|fighters|helicopters|frigates|corvettes|"
                           r"submarines|vehicles|tanks|drones)\b[^.;]{0,40}?\b(?:built|made|produced|constructed)\s+(?:in|by|at)\b")
_BOUGHT_FROM = regex.compile(r"(?i)\b(?:ordered|bought|purchased|acquired|procured)\s+from\b")
# a patrol of one's own waters: "on a home patrol", "for a sovereignty patrol", "in home waters"
_HOME_PATROL = regex.compile(r"(?i)\b(?:(?:home|domestic|sovereignty|coastal|fisheries)\s+patrol|(?:home|territorial)\s+waters|(?:its|her|their)\s+own\s+waters)\b")
# equipment named definite, then its basing: "the new launchers are to be stationed", "The aircraft will be based"
_DEFINITE_KIT = regex.compile(r"(?i)\b(?:the|these|those)\s+(?:new\s+|newly\s+\w+\s+|additional\s+)?(?:[\w-]+\s+)?(?:launchers|aircraft|helicopters|jets|"
                              r"fighters|tanks|howitzers|systems|batteries|drones|vessels|boats|ships|radars|guns|vehicles)\s+(?:\w+\s+){0,3}\Z")
_PURCHASE = regex.compile(r"(?i)\b(?:buy|buys|bought|purchase[sd]?|order(?:ed|s)?|acquire[sd]?|procure[sd]?|contract\s+(?:with|for)|deal\s+(?:with|for))\b")


def _just_bought(doc: Document, ts: int, clause: tuple[int, int]) -> bool:
    """Whether the forces based are equipment a purchase in the two sentences before names: "Poland will buy 48
    launchers from the United States. ... the launchers are to be stationed in the country's east" (not troops,
    which are no goods)."""
    if not _DEFINITE_KIT.search(doc.text, max(clause[0], ts - 80), ts) or _PEOPLE.search(doc.text, clause[0], ts):
        return False
    before = sentences_before(doc, ts, 2)
    return before is not None and _PURCHASE.search(doc.text, *before) is not None


# the first of the goods an order the sentence has told: "..., and the first jets are expected in Baku by 2028"
_FIRST_OF_ORDER = regex.compile(r"(?i)\b(?:the|its|their)\s+(?:first|last|remaining|initial|final)\s+(?:[\w-]+\s+){0,2}?(?:jets|aircraft|fighters|helicopters|"
                                r"drones|tanks|vehicles|howitzers|systems|units|ships|vessels|boats|batteries|launchers|examples|deliveries)\b")
_ORDER_TOLD = regex.compile(r"(?i)\b(?:order|orders|contract|purchase|deal|acquisition)\s+(?:for|of)\b|\b(?:ordered|bought|purchased|acquired)\b")
# "the first Brazilian warship to visit St Helena in more than ten years", "for the first time in a decade":
# how long since the last visit, not how long this one lasts
_RECORD_SPAN = regex.compile(r"(?i)\b(?:first|since)\b[^.;]{0,80}?\bin\s+(?:(?:more\s+than|over|almost|nearly|about|some|the\s+past|the\s+last)\s+)?\Z")
_AT_A_PLACE = regex.compile(r"[^.;]{0,40}?\b(?:in|at|into|off)\s+(?:the\s+)?(?:(?:port|harbou?r|(?:naval\s+|air\s+)?base)\s+of\s+)?\p{Lu}")
# a port right after a ship's verb: "entered the port of Lobito", "reached Suva"
_ENTERED = regex.compile(r"(?i)\b(?:entered|enters|reached|reaches)\Z")
_PORT_NEXT = regex.compile(r"\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?\p{Lu}")


# an arrival at a town no list places: "arrived in Savusavu on Monday", "berthed at the port of Lüderitz"
# (a definite name is a region or a site, "in the Middle East", "at the Five Hills Training Area"; "at Pier 13" is a berth)
_AT_UNLISTED = regex.compile(r"(?:(?<=\b(?:at|in|into))|\s+(?:at|in|into))\s+(?:the\s+(?:[\w-]+\s+)?(?i:port|harbou?r|naval\s+base)\s+of\s+)?(?P<town>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\b(?!\s*\d)")
# an onward leg after an arrival: "en route to Fiji", "on her way to Samoa", "before sailing on to Tonga"
_ONWARD = regex.compile(r"(?i)\b(?:en\s+route|on\s+(?:its|her|his|their)\s+way|bound\s+for|before\s+(?:heading|sailing|flying|continuing|moving)\b)")
# a state named as an origin or a further destination is not where the town lies
_AWAY_BEFORE = regex.compile(r"(?i)\b(?:from|for|to|via|towards|bound\s+for|than|leaving|left|departing|quitting)\s+(?:the\s+)?\Z")


def _unlisted_town_after(doc: Document, te: int) -> regex.Match[str] | None:
    """ "(arrived) in Savusavu", "(put into) Puerto Cortés": the town no list places right after an arrival's verb."""
    m = _AT_UNLISTED.match(doc.text, te)
    return m if m is not None and unlisted(doc, *m.span("town")) else None


def _states_named(doc: Document, a: int, b: int, exclude: list[str]) -> list[Mention]:
    """The states (and their people and organs) named in ``a:b`` besides ``exclude``, not as an origin or an onward leg."""
    return [x for x in doc.mentions_in(a, b) if x.code and x.code not in exclude and x.actor.kind != "company"
            and x.form not in ("pair", "anaphor") and not _AWAY_BEFORE.search(doc.text, max(a, x.start - 20), x.start)]


def _host_of_unlisted_town(doc: Document, dep: Mention, te: int, exclude: list[str]) -> Actor | None:
    """The state of a town no list places, for forces that arrive there, when the sentence names one
    other state and names it as no origin or onward leg ("A New Zealand Army team arrived in
    Savusavu on Monday to repair the wharf, the Fijian government said"; "... for joint training
    with the Thai airborne brigade stationed there")."""
    if _unlisted_town_after(doc, te) is None:
        return None
    others = _states_named(doc, *doc.sentence(te), exclude)
    if len({x.code for x in others}) != 1:
        return None
    return state_actor(others[0].code, others[0].actor.span)


def _host_of_unlisted_port(doc: Document, dep: Mention, te: int, exclude: list[str]) -> Actor | None:
    """The state of a port no list places, told by the story around the call: the home state, when the ship is
    another state's ("The minister hosted Italy's undersecretary ... An Italian patrol vessel will call at Grand
    Harbour next week" in a Maltese paper), or the one other state the sentence and its neighbours name, when the ship
    is the home state's ("... the OPV put into Puerto Cortés last Thursday" in a Colombian magazine on Honduras)."""
    if (m := _unlisted_town_after(doc, te)) is None:
        return None
    if _GOODS_FOR_FORCES.search(doc.text, *doc.sentence(te)) or _GOODS_EXPECTED.search(doc.text, *doc.sentence(te)):
        return None  # "The first P-3C Orion for the Argentine Navy arrives in Trelew": goods delivered, not a call
    i = doc.segments.sentence_index(te)
    around = doc.segments.sentences[max(0, i - 1):i + 2]
    others = {x.code: x for x in _states_named(doc, around[0][0], around[-1][1], exclude) if x.actor.kind in ("state", "person")}
    if doc.home and doc.home not in exclude:
        return state_actor(doc.home, doc.span(*m.span("town"))) if set(others) <= {doc.home} else None
    # (a ship its own words place in the home state: "The Colombian Navy's patrol vessel", not "The frigate" read as home's)
    if doc.home == dep.code and len(others) == 1 and any(
            x.code == dep.code and (x.form in ("name", "alias", "demonym", "prefix") or (x.form == "institution" and not x.extra.get("at_home")))
            for x in doc.mentions_in(*doc.sentence(te))):
        x = next(iter(others.values()))
        return state_actor(x.code, x.actor.span)
    return None


_GOODS_FOR_FORCES = regex.compile(r"\bfor\s+the\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,2}(?:Navy|Army|Air\s+Force|Coast\s+Guard|Marines)\b")


# a destination no list knows: "to Cahul", "in Espargos", "to the Borgou and Donga departments"
_TO_UNLISTED = regex.compile(r"\b(?:to|in|into|at)\s+(?:the\s+)?(?P<town>\p{Lu}[\p{L}’'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]+){0,3})\b")
# the host's forces the deployed ones go to help: "to help the Moldovan army", "to operate with Beninese units",
# (not "to train Ukrainian troops", which is often done at home)
# "alongside Cameroonian troops"
_HELPING = regex.compile(
    r"(?i)\b(?:to\s+(?:help|assist|support|reinforce|bolster|back|operate\s+(?:with|alongside)|work\s+(?:with|alongside)|fight\s+alongside)"
    r"|alongside|in\s+support\s+of)\s+(?:the\s+)?\Z")
_HOST_FORCES_AFTER = regex.compile(r"(?i)\s+(?:(?:armed\s+)?forces|army|navy|air\s+force|troops|soldiers|units|military|coast\s+guard|gendarmerie|battalions?)\b")


def _host_forces_helped(doc: Document, te: int, end: int, exclude: list[str]) -> Actor | None:
    """The host, when forces go to a place no list knows to help the host's own forces ("Romanian sappers are to
    deploy to Cahul in October to help the Moldovan army", "... to the Borgou and Donga departments, to operate with
    Beninese units")."""
    to = _TO_UNLISTED.search(doc.text, te, end)
    if to is None or not unlisted(doc, *to.span("town")):
        return None
    for x in doc.mentions_in(to.end(), end):
        if x.code and x.code not in exclude and x.form == "demonym" and _HOST_FORCES_AFTER.match(doc.text, x.end) \
                and _HELPING.search(doc.text, max(to.end(), x.start - 40), x.start):
            return x.actor
    return None


# "arrived at the naval base", "landed at the air station": a base the sentence does not name again
_BASE_AGAIN = regex.compile(r"(?i)\s+(?:at|in|into|to)\s+the\s+(?:(?:naval|air|army|military|navy)\s+)?(?:base|station|air\s+station|"
                            r"naval\s+station|air\s+field|airfield)\b(?!\s+(?:of\b|(?:in|at|near)\s+(?:the\s+)?(?-i:\p{Lu}))|\s+(?-i:\p{Lu}))")


def _base_told_before(doc: Document, te: int, exclude: list[str]) -> Place | None:
    """The base a definite "at the (naval|air) base" points back at: the last place abroad named in
    the two sentences before ("... have been based at Souda Bay since 2021. ... USS Bulkeley arrived
    at the naval base in the spring")."""
    if not _BASE_AGAIN.match(doc.text, te):
        return None
    before = sentences_before(doc, te, 2)
    named = [p for p in doc.places_in(before[0] if before else doc.sentence(te)[0], te) if p.country and p.country not in exclude and p.span is not None]
    return named[-1] if named else None


def _dateline_host(doc: Document, dep: Mention, a: int, b: int) -> Actor | None:
    """The dateline's state, for forces of another state that arrive at a place the gazetteers do
    not know ("SEVILLE – Two Royal Netherlands Air Force P-8 aircraft arrived at Morón Air Base"),
    when the sentence and its neighbours name no third state the place could be in."""
    place = doc.dateline
    if place is None or place.country is None or place.country == dep.code or place.span is None \
            or not (_AT_A_PLACE.match(doc.text, a, b) or (_ENTERED.search(doc.text, max(0, a - 10), a) and _PORT_NEXT.match(doc.text, a, b))):
        return None
    i = doc.segments.sentence_index(a)
    sentences = doc.segments.sentences[max(0, i - 1):i + 2]  # the sentence and its neighbours
    states = {m.code for m in doc.mentions_in(sentences[0][0], sentences[-1][1])
              if m.code and m.actor.kind in ("state", "person") and m.form not in ("pair", "anaphor")}
    if not states <= {dep.code, place.country}:
        return None
    return state_actor(place.country, place.span)


_BRACKETED_ACRONYM = regex.compile(r"\((\p{Lu}[\p{Lu}\d-]{2,})\)\s*\Z")


def _mission_host(doc: Document, a: int, b: int, exclude: str | None) -> Actor | None:
    """The state a standing mission named in ``a:b`` is held in (UNIFIL: Lebanon), from the
    operation gazetteer's country column."""
    operations = gazetteers.load("operation")
    for start, end, name in doc.operations_in(a, b):
        # ("the AU Support and Stabilisation Mission in Somalia (AUSSOM)": a long name the list lacks, by its acronym)
        acronym = _BRACKETED_ACRONYM.search(name)
        row = operations.lookup(doc.text[start:end]) or operations.lookup(name) or (operations.lookup(acronym.group(1)) if acronym else None)
        code = row.get("country") if row is not None else None
        if code and code != exclude:
            return state_actor(code, doc.span(start, end))
    return None


# Where forces go when no state hosts them: a sea or a region, a mission or a coalition, "abroad"
# seas and regions beyond any one state
_WATERS_AND_REGIONS = r"""(?:Mediterranean|Red|Baltic|Black|North|South\s+China|East\s+China|Arabian|Caribbean|Coral|Philippine|Norwegian|Barents|
           Aegean|Adriatic|Caspian|Arafura|Java|Celtic|Irish)\s+Seas?|Mediterranean|Indo-Pacific|Asia-Pacific|Pacific|Atlantic|Arctic|
        (?:Indian|Southern)\s+Ocean|Middle\s+East|Gulf\s+of\s+\p{Lu}\w+|(?:Persian|Arabian)\s+Gulf|the\s+Gulf|Horn\s+of\s+Africa|Sahel|
        Strait\s+of\s+\p{Lu}\w+|\p{Lu}\w+\s+Strait|Bab\s+el-Mandeb|Balkans|Baltics?|Caribbean|Antarctic|Levant|High\s+North"""
_ABROAD = regex.compile(
    r"""\b(?:(?i:abroad|overseas|international\s+waters|high\s+seas|peace-?keeping|peace-?keepers?|multinational|coalition|
        task\s+(?:group|force)|strike\s+group|carrier\s+group|flotilla|mission|missions|patrol|eastern\s+flank)
        |""" + _WATERS_AND_REGIONS + r"""|
        UN|U\.N\.|United\s+Nations|NATO|Nato|EU|European\s+Union|African\s+Union|AU|ECOWAS|SADC)\b""",
    regex.X)
# "will leave Ominato on the 21st for the Gulf of Aden": a destination at sea or in a region, no host state
_TO_WATERS = regex.compile(r"\b(?i:for|to|into)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:" + _WATERS_AND_REGIONS + r")\b", regex.X)


# what an agreement lets forces do, told in its relative clause: the terms, not a deployment
_WHAT_IT_ALLOWS = regex.compile(
    r"(?i)\b(?:which|that)\s+(?:will\s+|would\s+)?(?:governs?|allows?|lets?|enables?|permits?|covers?|sets?\s+out|regulates?|"
    r"provides?\s+for|defines?)\b[^.;:]*\Z"
    # "signed a memorandum on P-8 maintenance, under which Norwegian technicians will be trained at ...": its terms
    r"|\b(?:memorandum|agreement|accord|pact|arrangement|treaty|deal|protocol|letter\s+of\s+intent|plan)\b[^.;:]{0,80}?\bunder\s+which\b[^.;:]*\Z")
# a sentence that tells an instrument's terms ("Under the letter, ... would be sent ... should ...")
_UNDER_ITS_TERMS = regex.compile(
    r"(?i)\s*under\s+(?:the|this|that|its|their|the\s+new)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|agreement|accord|pact|arrangement|"
    r"treaty|deal|protocol|letter|plan|terms|declaration|roadmap)\b")
_WOULD = regex.compile(r"(?i)\b(?:would|could|might|may)\b")
_BORDER_AFTER = regex.compile(r"(?i)\s+(?:border|frontier|boundary)\b")
_FROM = regex.compile(r"(?i)\b(?:from|left|leaving|departed|departing)\s+(?:the\s+)?(?:(?:naval\s+)?base\s+(?:of|at)\s+|port\s+of\s+)?$")


_IN_FORCES_OF = regex.compile(r"(?i)\s+(?:in|with|within)\s+(?:the\s+)?$")
_FORCE_NOUN_AFTER = regex.compile(
    r"(?i)(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces?|marines|contingent|"
    r"detachment|battalion|brigade|regiment|squadron|task\s+force|mission|forces)\b")


# the lead nation of a multinational force: "the German-led battlegroup", "a Czech‑led NATO battle group"
_LEAD_NATION = regex.compile(r"(?<![\w-])(?P<m>\p{Lu}[\p{L}.]*)[-‐‑–]led\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:battle\s*groups?|brigades?|divisions?|battalions?|task\s+forces?|forces?|contingents?|missions?|"
                             r"coalition|presence|corps|units?|detachments?|groups?)\b")


def _lead_nation(doc: Document, a: int, b: int) -> Mention | None:
    """The state a "<Demonym>-led <force>" between ``a`` and ``b`` names (the mention scan leaves "-led" words out)."""
    countries = gazetteers.load("country")
    for led in _LEAD_NATION.finditer(doc.text, a, b):
        row = countries.lookup(led.group("m"))
        if row is not None:
            return Mention(led.start("m"), led.end("m"), state_actor(row.id, doc.span(led.start("m"), led.end("m"))), "demonym")
    return None


# forces told by their home port: "The Nouméa-based patrol vessel", "the Réunion-based frigate", "a Guam-based destroyer"
_WORD_GAP = regex.compile(r"[\s-]+")
_BASED_AT_HOME = regex.compile(r"(?P<home>(?-i:\p{Lu})[\w’'.]*(?:[\s-](?:(?-i:\p{Lu})[\w’'.]*|de|du|la))*)-based\b")


def _territory_based(doc: Document, a: int, b: int) -> Mention | None:
    """The state whose overseas territory a "<home>-based" ship or unit between ``a`` and ``b`` is
    based in (New Caledonia, Réunion, Guam: France, France, the US). A home in a sovereign state says
    nothing of the flag ("the Yokosuka-based USS Blue Ridge" is American)."""
    places, countries = gazetteers.load("place"), gazetteers.load("country")
    for based in _BASED_AT_HOME.finditer(doc.text, a, b):
        end = based.end("home")
        # the longest known tail of the capitalised run: "The Nouméa" -> "Nouméa", "Fort-de-France" whole
        for start in [based.start("home"), *(w.end() for w in _WORD_GAP.finditer(doc.text, based.start("home"), end))]:
            home = doc.text[start:end]
            code = row.get("country") if (row := places.lookup(home)) is not None else getattr(countries.lookup(home), "id", None)
            if code and (owner := gazetteers.state_of(code)) != code:
                return Mention(start, end, state_actor(owner, doc.span(start, end)), "name")
    return None


def _serving_in(doc: Document, te: int, b: int) -> Mention | None:
    """Forces whose state is named only in the unit they serve in, after the verb: "Some 120
    soldiers are serving in the Italian Army's training detachment at Erbil"."""
    for x in doc.mentions_in(te, min(b, te + 40)):
        if x.code and _IN_FORCES_OF.search(doc.text, te, x.start) and (
                (x.form == "institution" and x.actor.kind != "company")
                or (x.form in ("demonym", "name", "alias") and _FORCE_NOUN_AFTER.match(doc.text, x.end))):
            return x
    return None


def _home_port(doc: Document, a: int, b: int) -> Mention | None:
    """The state of the port or base that forces no text names a state for set off from ("The
    destroyer Caio Duilio sailed from Taranto on Monday bound for the Bab el-Mandeb Strait")."""
    for p in doc.places_in(a, b):
        if p.country and p.span and _FROM.search(doc.text, max(0, p.span.start - 30), p.span.start):
            return Mention(p.span.start, p.span.end, state_actor(p.country, p.span), "name")
    return None


# a part of the deployer's own country: "in the east of the country", "the country's far north", "nationwide"
_REGION = r"(?:far\s+|remote\s+|restive\s+)?(?:north|south|east|west|centre|center|interior)(?:[\s-]?(?:east|west))?(?:ern)?"
_AT_HOME = regex.compile(
    rf"(?i)\b(?:(?:in|to|into|along|across|throughout)\s+(?:the\s+)?{_REGION}(?:\s+(?:parts?|regions?|provinces?|border|districts?))?"
    rf"\s+of\s+the\s+country|the\s+country['’]s\s+{_REGION}|(?:across|throughout)\s+the\s+country|nationwide)\b")


def _abroad(doc: Document, dep: Mention, a: int, b: int) -> bool:
    """Whether the sentence ``a:b`` sends forces somewhere beyond their own state when no state
    hosts them: a sea or a region, a mission, an operation, a coalition, "abroad", or a named
    warship (which sails the seas). Forces deployed at home ("remain deployed along the border",
    "deployed for the elections") give no event."""
    if dep.code == doc.home and _AT_HOME.search(doc.text, a, b):
        return False  # "deployed a platoon along the Zambezi in the east of the country": the home state's own
    if _ABROAD.search(doc.text, a, b) or doc.operations_in(a, b) or _SHIP.search(doc.text, a, b):
        return True
    return any(m.code and m.code != dep.code and m.actor.kind != "company" for m in doc.mentions_in(a, b))


def _own_soil(doc: Document, code: str, a: int, b: int) -> bool:
    """Whether the destination after the verb is a city, a base or a territory of the deployer's
    own state, and no other state's: forces moving at home ("arrived at the air base in Abuja"),
    a navy's ship "based in Gibraltar" or "stationed in Guadeloupe", or goods arriving, are not
    deployed abroad."""
    if _OWN_BORDER.search(doc.text, a, b):
        return True  # "will deploy 10,000 troops to its northern border with the United States": its own side
    # (a sea or region is no state's soil and no other state's: "stationed in the Dutch Caribbean islands")
    at = [p.country for p in doc.places_in(a, b) if not is_region(p.name) and _ARRIVAL_AT.search(doc.text, max(a, p.span.start - 40), p.span.start)
          and not _ORIGIN.search(doc.text, max(0, p.span.start - 40), p.span.start)]  # (the trigger itself may be "left")
    at += [x.code for x in doc.mentions_in(a, b)
           if x.actor.kind == "state" and _ARRIVAL_AT.search(doc.text, max(a, x.start - 40), x.start)
           and (x.form in ("name", "alias", "capital") or x.form == "demonym" and _OWN_PART.match(doc.text, x.end))]
    return bool(at) and all(c == code for c in at)


# "stationed in the French part of the Caribbean", "the British Caribbean territories": a state's own part
_OWN_PART = regex.compile(r"(?i)\s+(?:(?-i:\p{Lu})(?-i:[\p{Ll}-])+\s+){0,2}(?:part|parts|territory|territories|overseas|departments?|islands|waters|side)\b")
# "arrived at the air base in Abuja", "moved to Gdynia", "will sail for Lagos": a destination, not a port of departure
_ARRIVAL_AT = regex.compile(r"(?i)\b(?:in|at|to|into|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_OWN_BORDER = regex.compile(r"(?i)\b(?:to|along|on|at)\s+(?:its|their)\s+(?:own\s+)?(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:border|frontier|borders)\b")
# "along South Africa's borders with Zimbabwe": a border named by its state
_OWNER_BORDER = regex.compile(r"(?i)\b(?:along|on|to|at)\s+(?:[\w’'-]+\s+){1,3}?(?:borders?|frontiers?)\b")


def _own_borders(doc: Document, ts: int) -> bool:
    """Whether the sentence sends its subject's forces along that state's own borders ("The SANDF
    continues to deploy soldiers along South Africa's borders with Zimbabwe")."""
    a, b = doc.sentence(ts)
    border = _OWNER_BORDER.search(doc.text, a, b)
    if border is None:
        return False
    owners = {x.code for x in doc.mentions_in(border.start(), border.end()) if x.possessive and x.code}
    return bool(owners) and any(x.code in owners for x in leading_subject(doc, ts))


# "set sail from the naval base in Yokosuka", "left the port of Brest": where the voyage starts
_ORIGIN = regex.compile(r"(?i)\b(?:from|left|leaving|leaves|departed|departing)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:in|of|at)\s+$")


def _build(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    if _FROM_A_UNIT.search(doc.text, max(0, m.start() - 60), m.start()):
        return None  # "The soldiers, most of them from a unit based in Alaska, ...": where they come from
    return _deployment(m, doc, rule)


# troops told by the unit they come from: "from a unit based in Alaska", "from the regiment stationed at Catterick"
_FROM_A_UNIT = regex.compile(r"(?i)\bfrom\s+(?:a|an|the|their|its|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:unit|regiment|battalion|brigade|squadron|wing|division|company|group)\s+(?:(?:normally|usually|permanently)\s+)?\Z")


# "are expected in Zambia from 2026" after "will be built at the company's plant": goods bought, delivered
_GOODS_EXPECTED = regex.compile(
    r"(?i)\b(?:built|manufactured|produced|assembled|ordered|bought|purchased|delivered|deliver(?:y|ies)|contract|"
    r"for\s+(?:a\s+|an\s+)?(?:demonstration|display|air\s+show|exhibition|trade\s+fair))\b")


# ships or aircraft before a call told as a noun: "Two Indian Navy frigates, INS Tabar and INS Teg, began a visit"
_CRAFT_BEFORE = regex.compile(r"(?i)\b(?:frigates?|destroyers?|corvettes?|warships?|ships|vessels|submarines?|cutters?|patrol\s+boats?|"
                              r"minehunters?|carriers?|task\s+group|flotilla|squadron|training\s+ship|tall\s+ship"
                              # "the offshore patrol vessel Groningen", "the survey ship Magallanes": a craft noun, then its name
                              r"|(?:vessel|ship)(?=\s+(?-i:\p{Lu})[\p{L}’'-]+))\b")


def _ship_named(doc: Document, a: int, b: int) -> bool:
    """A warship or ships named between ``a`` and ``b`` ("HMS Spey", "Two Indian Navy frigates")."""
    return bool(_SHIP.search(doc.text, a, b) or _CRAFT_BEFORE.search(doc.text, a, b))


def _ship_state(doc: Document, a: int, b: int) -> Mention | None:
    """The first naming of a state, or of its navy, between ``a`` and ``b``: whose ship the phrase names
    ("the Pakistan Navy frigate PNS Tughril", "the Japanese destroyer JS Takanami")."""
    return next((x for x in doc.mentions_in(a, b) if x.code and x.actor.kind != "company"
                 and x.form in ("demonym", "name", "alias", "institution", "prefix")), None)


def _build_arrived(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """An arrival; one still to come ("is due in Bangui in May", "is expected at Mombasa on Thursday")
    needs its host and is not a delivery of goods bought or a display."""
    ts = m.start("trigger")
    if m.group("call") is not None:
        if not _ship_named(doc, max(_antecedent_opening(doc, doc.clause(ts)), ts - 120), ts):
            return None  # "Britain's defence secretary paid a three-day visit to Kingston": a visit, not a port call
        d = _deployment(m, doc, rule, need_host=True)  # (a call at a port no list places: whose soil, unknown)
        if d is not None and d.fields.get("status") == "ongoing":
            del d.fields["status"]  # "began a three-day visit to Port Louis on Monday": a call, over in days (the tense tells)
        return d
    if m.group("welcome") is not None:
        # "Colombo harbour greeted the Pakistan Navy frigate PNS Tughril": the port is the subject, the ship the object
        port = (max(doc.clause(ts)[0], ts - 40), ts)
        place = next((x for x in doc.places_in(*port) if x.country), None)
        capital = next((x for x in doc.mentions_in(*port) if x.code and x.form in ("capital", "seat")), None)
        host = state_actor(place.country, place.span) if place is not None else capital.actor if capital is not None else None
        ship = (m.end("trigger"), min(doc.clause(ts)[1], m.end("trigger") + 100))
        owner = _ship_state(doc, *ship)
        if host is None or owner is None or owner.code == host.code or not _ship_named(doc, *ship):
            return None
        return _deployment(m, doc, rule, need_forces=False, host=host, deployer=owner)
    if m.group("trigger").lower() == "arriving" and opens_sentence(doc, ts) \
            and (comma := doc.text.find(",", m.end("trigger"), doc.sentence(ts)[1])) > 0:
        # "Arriving in Colombo on Saturday, the Japanese destroyer JS Takanami began a goodwill visit": the main
        # clause's ship arrived
        main = (comma + 1, min(doc.sentence(ts)[1], comma + 100))
        owner = _ship_state(doc, *main)
        if not _ship_named(doc, *main) or owner is None:
            return None
        return _deployment(m, doc, rule, need_forces=False, deployer=owner)
    if m.group("trigger").lower() in ("due", "expected"):
        if _GOODS_EXPECTED.search(doc.text, *doc.sentence(m.start())):
            return None
        return _deployment(m, doc, rule, need_host=True)
    return _deployment(m, doc, rule)


_SENT_NOUN = regex.compile(expand(r"\s+(?:[^\s.;]+\s+){0,8}?(?&MILITARY_NOUN)\s+(?:[^\s.;]+\s+){0,6}?(?:to|into)\b"))
_SENT_GAP = regex.compile(r"\s+(?:[^\s.;]+\s+){0,8}")
_SENT_TAIL = regex.compile(r"\s+(?:[^\s.;]+\s+){0,6}?(?:to|into)\b")


def _sends_forces(doc: Document, after: int) -> bool:
    """"sent <forces> to": within eight words of the verb, a military noun or a named system,
    then "to|into" within six more words. The systems come from the document's scan rather
    than from the system list inside the rule's pattern, which would compile it a second time."""
    if _SENT_NOUN.match(doc.text, after):
        return True
    return any(_SENT_GAP.fullmatch(doc.text, after, s.start) and _SENT_TAIL.match(doc.text, s.end)
               for s in doc.systems_in(after, after + 400))


# "... was handed over to a Philippine delegation on Monday. The battery will be shipped to the
# Philippines next month": goods on their way to a buyer, not forces sent
_HANDED_OVER = regex.compile(r"(?i)\b(?:handed\s+over|delivered|took\s+delivery|taken\s+delivery|taking\s+delivery|rolled\s+out|sold|bought|purchased|ordered|accepted)\b")


def _goods_shipped(doc: Document, ts: int) -> bool:
    """Whether the passive "will be shipped|flown to" at ``ts`` moves goods just handed over or sold:
    the sentence before or the trigger's own tells the sale, and no people travel."""
    i = doc.segments.sentence_index(ts)
    a = doc.segments.sentences[i - 1][0] if i > 0 else doc.sentence(ts)[0]
    own = doc.sentence(ts)
    return bool(_HANDED_OVER.search(doc.text, a, ts)) and not _PEOPLE.search(doc.text, *own)


def _build_sent(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    verb, obj = m.group("trigger").lower(), m.group("object")
    if obj is not None and verb in _FLY:
        # "Two Italian Eurofighters flew to Iceland", "60 personnel will fly to Djibouti": the forces are the
        # subject ("Indonesia, which already flies Rafale jets from France": an air arm's fleet; "the defence
        # minister will fly to Djibouti to visit the troops": travel)
        if obj.strip():
            return None if verb != "flew" or not _sends_forces(doc, m.end("trigger")) else _deployment(m, doc, rule)
        if not _forces_near(doc, max(doc.clause(m.start())[0], m.start() - 80), m.start()):
            return None
    elif obj is not None and not _sends_forces(doc, m.end("trigger")):
        return None
    if obj is None and verb in ("shipped", "flown") and _goods_shipped(doc, m.start("trigger")):
        return None
    clause = doc.clause(m.start("trigger"))
    if verb in _HABITUAL_PRESENT and not doc.times_in(*clause) and not doc.quantities_in(*clause) \
            and m.start("trigger") >= doc.title_block_end:  # (a headline's present tells a past act: "UPDF sends troops to Juba")
        return None  # "Fiji contributes troops to UN missions in Lebanon and elsewhere": a habit, no count, no time
    # "contributed 40 engineers to the UN mission": the pattern has found the people
    return _deployment(m, doc, rule, need_forces=not verb.startswith("contribut"))


_HABITUAL_PRESENT = frozenset({"contributes", "provides", "sends", "dispatches"})


_FLY = frozenset({"flew", "fly", "flies"})


def _build_follow_up(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """Only in a sentence that follows up a deployment ("They will spend three weeks there")."""
    if _deployer_before(doc, m.start("trigger")) is None:
        return None
    i = doc.segments.sentence_index(m.start("trigger"))
    if not _forces_near(doc, *doc.segments.sentences[i - 1]):
        return None
    return _deployment(m, doc, rule)


# "the battalion that will serve in the brigade arrived", "will be able to serve": told elsewhere or not at all
_MODAL_BEFORE = regex.compile(r"(?i)\b(?:will|would|shall|to|could|may|might)\s+(?:\w+\s+){0,2}$")
# "a memorial to the 23 peacekeepers who have died serving with MINUSCA": the fallen, not a presence
_DIED_BEFORE = regex.compile(r"(?i)\b(?:died|killed|perished|lost\s+their\s+lives|fell|fallen)\s+(?:while\s+|when\s+)?$")


def _build_serves(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "125 troops currently serve with UNIFIL", "Irish soldiers are serving in Lebanon": forces
    abroad now, an ongoing deployment (the host may come from the mission's country)."""
    ts, trigger = m.start("trigger"), m.group("trigger").lower()
    joins = trigger == "join"  # forces still to join a standing mission: a move, planned
    if not joins and (_MODAL_BEFORE.search(doc.text, max(0, ts - 30), ts) or _DIED_BEFORE.search(doc.text, max(0, ts - 40), ts)):
        return None
    if joins or trigger in ("part", "member", "members", "contributor", "contributors"):
        # only a standing mission held in a state makes it a deployment ("part of the Commonwealth since 1957", "will
        # join NATO", an exercise or a carrier group do not)
        host = _mission_host(doc, m.end("trigger"), phrase_end(doc, m.end("trigger")), exclude=None)
        if host is None:
            return None
        if joins:
            return _deployment(m, doc, rule, lookback=120, host=host)
        d = _deployment(m, doc, rule, lookback=120, need_forces=False, host=host)
    else:
        d = _deployment(m, doc, rule, lookback=120, need_host=True)
    if d is not None:
        d.fields["status"] = "ongoing"
    return d


def _build_remain(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Spanish troops will remain in Latvia until 2027": forces (the subject) stay on, an ongoing deployment."""
    ts = m.start("trigger")
    clause = doc.clause(ts)
    opening = _antecedent_opening(doc, clause)
    a = max(opening, ts - 80)
    if not _forces_near(doc, a, ts):
        return None  # "Questions remain in Latvia": no forces stay anywhere
    d = _deployment(m, doc, rule, lookback=80, need_host=True)
    if d is None:
        return None
    ship_only = not (_FORCES.search(doc.text, a, ts) or doc.systems_in(a, ts) or _PREFIXED.search(doc.text, a, ts))
    if ship_only and not any(x.code == d.fields["deployer"].code for x in doc.mentions_in(*doc.sentence(ts))):
        return None  # "The patrol vessel Champlain has remained in Mayotte": whose ship, the sentence does not say
    if not m.group("trigger").lower().endswith("ed"):
        d.fields["status"] = "ongoing"  # "will remain until 2027": there now, and staying on
    return d


_PAST_SIMPLE = regex.compile(r"(?i)kept|maintained")
_PERFECT_BEFORE = regex.compile(r"(?i)\b(?:has|have)\s+$")


# the forces a "that <State> has kept" clause hangs on
_KEPT_FORCES = regex.compile(expand(r"(?:(?&MILITARY_NOUN)|(?i:field\s+hospitals?|garrisons?))\s+(?:that|which)\s+[^,;.]{2,40}\Z"))


def _build_presence(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "France maintains around 1,500 troops in Djibouti": a standing presence abroad (the
    pattern has found the forces)."""
    ts = m.start("trigger")
    if m.group("kept_forces") is not None and not _KEPT_FORCES.search(doc.text, max(0, ts - 80), ts):
        return None  # "the promise that Nepal has kept in ...": no forces kept
    d = _deployment(m, doc, rule, need_forces=False, need_host=True)
    if d is None:
        return None  # "keeps troops at home", "has 350 tanks in its inventory"
    if modality.status(doc.text, ts, doc.clause(ts)) == "planned":
        d.fields["status"] = "planned"  # "will have 4,800 troops stationed there by 2027"
    elif not _PAST_SIMPLE.fullmatch(m.group("trigger")) or _PERFECT_BEFORE.search(doc.text, max(0, ts - 12), ts):
        d.fields["status"] = "ongoing"  # "keeps", "has kept": there now
    return d


# the forces that take over, before the trigger: "The 12th rotation of Hungarian troops took over"
_UNIT_BEFORE = regex.compile(
    r"(?i)\b(?:contingents?|rotations?|roto|battalions?|battle\s*groups?|brigades?|companies|company|platoons?|detachments?|"
    r"squadrons?|units?|task\s+forces?|troops|soldiers|personnel|peacekeepers|batch|field\s+hospital|officers\s+and\s+men)\b")


def _build_took_over(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The 12th rotation of Hungarian troops took over the lead of the battle group at Novo
    Selo", "the Ghanaian battalion assumed responsibility for Sector West in Lebanon": a unit
    relieving another abroad has deployed there. The forces are the subject; the host is named."""
    ts = m.start("trigger")
    clause = doc.clause(ts)
    if not _UNIT_BEFORE.search(doc.text, max(clause[0], ts - 120), ts):
        return None  # "General Rossi took over command of the Italian army": a person, not forces
    return _deployment(m, doc, rule, lookback=120, need_host=True)


_OWNER_GAP = regex.compile(r"(?i)(?:['’]s?)?\s+(?:(?:military|armed|troop|naval|permanent|forward|rotational|continuous)\s+)?")


def _build_been_in(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "A German mechanised infantry company, which has been in Lithuania since 2017": forces
    that have been abroad since a stated time, an ongoing presence."""
    ts = m.start("trigger")
    owner = None
    if m.group("trigger").lower() == "presence":
        # "The Rwandan presence", "Britain's military presence": the state right before it
        owner = next((x for x in reversed(doc.mentions_in(max(0, ts - 40), ts)) if x.code and x.actor.kind == "state"
                      and x.form in ("demonym", "name", "alias") and _OWNER_GAP.fullmatch(doc.text, x.end, ts)), None)
        if owner is None:
            return None  # "Its presence in Asia dates back to 1990": whose, the text does not say here
        if _ENDED.search(doc.text, m.end("trigger"), doc.sentence(ts)[1]):
            return None  # "The French presence in Algeria, which dated from 1830, ended in 1962": over long ago
    elif not _forces_near(doc, max(doc.sentence(ts)[0], ts - 120), ts):
        # "Fiji has manned observation posts in the Sinai since 1982", "The Norwegian tank company has formed a permanent
        # part of the NATO battlegroup in Lithuania since 2017": a state, or a unit of one, that holds a post abroad
        before = [x for x in doc.mentions_in(max(doc.sentence(ts)[0], ts - 60), ts) if x.code and x.actor.kind == "state"]
        named = before and before[-1].form in ("name", "alias") and not doc.text[before[-1].end:ts].strip()
        if not (_PRESENCE_VERB.match(m.group("trigger")) and before and (named or _HOLDING_UNIT.search(doc.text, before[-1].end, ts))):
            return None  # "The minister has been in Washington since Monday"
        owner = before[-1]
    d = _deployment(m, doc, rule, lookback=120, need_host=True, need_forces=owner is None, deployer=owner)
    if d is not None:
        d.fields["status"] = "ongoing"
    return d


# a presence told with another verb (see deployment.been_in), and who holds it: a state named, or a unit of one
_PRESENCE_VERB = regex.compile(r"(?i)(?:has|have)\s+(?:manned|patrolled|been\s+a\s+|formed\s+|been\s+up|been\s+operating)")
_HOLDING_UNIT = regex.compile(
    r"(?i)\b(?:detachment|contingent|battalion|brigade|battle\s*group|squadron|unit|garrison|task\s+force|regiment|company|"
    r"training\s+(?:centre|center|mission|team))\s+\Z")


# the host state as the subject of a relative: "Estonia, which has hosted British troops since 2017"
_WHICH_HOSTS = regex.compile(r"(?i),\s*which\s+(?:(?:has|have|had|now|also|still|currently|long)\s+)*\Z")
# units a host holds (not kit it owns): "has had a Japanese air detachment"
_UNIT_HELD = regex.compile(r"(?i)\b(?:detachments?|contingents?|battalions?|brigades?|battle\s*groups?|squadrons?|units?|garrisons?|bases?|presence|task\s+forces?|regiments?|compan(?:y|ies))\b")
# the maker, not the forces' owner: "a German-supplied radar" ("German-made", "-built", "-designed", "-owned"
# make no mention at all: see actors._MODIFIER)
_MADE_AFTER = regex.compile(r"[-‐–](?:supplied|manufactured)\b")


def _build_hosts(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Poland hosts about 10,000 US troops", "Djibouti has had a Japanese air detachment since
    2011", "Estonia, which has hosted British troops since 2017": the host state is the subject,
    and the foreign forces' state qualifies them in the object."""
    ts, te = m.span("trigger")
    os, oe = m.span("object")
    owners = [x for x in doc.mentions_in(te, oe) if x.code and x.actor.kind == "state"
              and x.form in ("demonym", "name", "alias", "institution", "prefix") and not _MADE_AFTER.match(doc.text, x.end)]
    if not owners and (led := _lead_nation(doc, te, oe)) is not None:
        owners = [led]  # "has hosted a Czech-led NATO battlegroup"
    if len({x.code for x in owners}) != 1:
        return None  # no foreign owner named, or several ("French, US and Japanese bases"): no one deployment
    if (which := _WHICH_HOSTS.search(doc.text, max(0, ts - 40), ts)) is not None:
        named = [x for x in doc.mentions_in(max(0, which.start() - 60), which.start()) if x.end == which.start()]
    else:
        named = subject_before(doc, ts)
    hosts = [x for x in named if x.code and x.form in ("name", "alias", "capital", "seat") and x.actor.kind == "state"]
    if len(hosts) != 1 or hosts[0].code == owners[0].code:
        return None  # "The army hosts ...", "Rwanda has had 4,000 Rwandan troops ...": no foreign host state
    verb = m.group("trigger").lower()
    if verb.endswith("had") and not (_PEOPLE.search(doc.text, os, oe) or _UNIT_HELD.search(doc.text, os, oe)):
        return None  # "Ukraine has had Turkish Bayraktar drones since 2019": kit it owns, not forces it hosts
    d = _deployment(m, doc, rule, need_forces=False, host=hosts[0].actor, deployer=owners[0])
    if d is None:
        return None
    status = modality.status(doc.text, ts, doc.clause(ts))
    if status == "planned":
        d.fields["status"] = "planned"  # "Lithuania will host a German brigade of 4,800 troops by 2027"
    elif verb != "hosted" or _PERFECT_BEFORE.search(doc.text, max(0, ts - 12), ts):
        d.fields["status"] = "ongoing"  # "hosts", "is home to", "has hosted ... since": there now
    return d


def _build_ended(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Spain ended its military presence in Iraq", "Italy completed its withdrawal from Niger":
    the end of a deployment, a completed event of its own."""
    d = _deployment(m, doc, rule, need_forces=False, need_host=True)
    if d is None:
        return None
    d.fields["status"] = "completed"
    return d


def _build_withdrew(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Germany withdrew its last troops from Mali", "The last Belgian soldiers left Niger": the end
    of a deployment, told as a withdrawal from the host."""
    te = m.end("trigger")
    left = next((x for x in doc.mentions_in(te, te + 40) if x.code and x.actor.kind != "company"), None)
    host = left.actor if left is not None and _LEFT_GAP.fullmatch(doc.text, te, left.start) else None
    return _deployment(m, doc, rule, need_forces=False, need_host=True, host=host)


_LEFT_GAP = regex.compile(r"(?i)\s+(?:(?:from|out\s+of)\s+)?(?:the\s+)?")  # "left Niger", "withdrew from the Central African Republic"


def _build_base_handed_over(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "France handed over Camp Geille to the Senegalese army, ending a permanent French military presence": a base
    given to the host's forces ends the deployment; the host is the state it is handed to."""
    to = _HANDED_TO.search(doc.text, m.end("trigger"), m.start("ending"))
    receiver = next((x for x in doc.mentions_in(to.end(), m.start("ending")) if x.code and x.actor.kind != "company"),
                    None) if to is not None else None
    if receiver is None:
        return None
    return _deployment(m, doc, rule, need_forces=False, need_host=True, host=receiver.actor)


# whom a base is handed to: "to the Senegalese army", "over to the Armed Forces of Côte d'Ivoire (FACI)"
_HANDED_TO = regex.compile(r"(?i)\bto\s+(?:the\s+)?")


_BASE_HANDED_OVER = Rule(
    id="deployment.base_handed_over",
    cues=("hand",),
    starts=("hand",),
    summary="<deployer> handed over <base> to <host's forces>, ending <its> (military) presence",
    pattern=r"""(?P<trigger>\b(?i:handed|hands|handing)(?:\s+over)?)\b
                # (within the sentence: a line break, never a blank line or a headline's end)
                (?=(?:[^.;\n]|\n(?![ \t]*\n)){0,120}?\b(?i:base|camp|garrison|barracks|installations?|facilit(?:y|ies))\b
                   (?:[^.;\n]|\n(?![ \t]*\n)){0,160}?
                   (?P<ending>,\s+(?i:ending|closing|bringing\s+to\s+an\s+end|putting\s+an\s+end\s+to)\s+
                   (?:(?:[^.;\n]|\n(?![ \t]*\n)){0,60}?\s)?(?i:presence|deployment|mission)\b))""",
    build=_build_base_handed_over,
    examples=(
        Ex("France handed over Camp Kosei in Abidjan to the Ivorian army on Thursday, ending a permanent French military "
           "presence that dates back to 1978.", published="2025-02-21", participants=["CIV", "FRA"], deployer="FRA",
           host="CIV", date="2025-02-20", status="completed"),
        Ex("Britain formally handed the training camp over to the Belize Defence Force on Monday, ending six decades of "
           "British military presence in the country.", published="2025-06-12", participants=["BLZ", "GBR"],
           deployer="GBR", host="BLZ", date="2025-06-09", status="completed"),
    ),
    counterexamples=(
        # goods handed over, a base given to a firm, a presence that goes on
        "France handed over two patrol boats to the Senegalese navy on Thursday, ending a long wait for the navy.",
        "The ministry handed the old barracks over to a private developer on Monday, ending years of neglect.",
        "France handed over the command of the base to its new commander on Thursday, continuing its presence in Djibouti.",
    ),
)


RULES = (
    _BASE_HANDED_OVER,
    Rule(
        id="deployment.deployed",
        cues=("deploy", "redeploy", "move", "go", "relocate"),
        summary="<deployer> deployed|is deploying <forces> to|in <host> / <forces> deployed in <host> / <forces> will move|go to <host>",
        pattern=r"""(?P<trigger>\b(?i:deployed|deploys|deploy|deploying|redeployed|redeploys|redeploy|redeploying|forward[\s-]deployed)\b)
                    # forces that will move to a state: "A Norwegian battalion will move to Finland next year"
                    | (?<=\b(?i:will|to|would|shall)\s+)(?P<trigger>(?i:move|go|relocate))(?=\s+to\s)""",
        build=_build,
        examples=(
            Ex("Poland remains a close ally, with more than 350 British personnel currently deployed in the country.",
               participants=["GBR", "POL"], status="ongoing", date="2026-01-20", personnel=350),
            Ex("Germany has deployed a Patriot air defence battery to Rzeszów in south-eastern Poland.",
               participants=["DEU", "POL"], assets=["Patriot"]),
            Ex("The Netherlands will deploy two F-35 fighter jets to Romania from September.",
               published="2025-06-02", participants=["NLD", "ROU"], status="planned"),
            # "would" after a reporting verb: a decision reported, planned
            Ex("The Kenyan president said Kenya would deploy 1,000 police and troops in Haiti as part of the new force.",
               participants=["HTI", "KEN"], status="planned"),
            # no host state: a sea, a mission or a named warship still takes forces abroad
            Ex("The Indian Navy has deployed four warships in the Arabian Sea after the attacks on merchant vessels.",
               participants=["IND"]),
            # forces with no state word in a story written from a state: the home state's, when they go abroad
            Ex("ANTWERP. Families here follow the news from Lithuania: the paratroopers of the Third Battalion, garrisoned "
               "here, have been deployed in Lithuania with NATO's forward land forces since March 2025.", published="2025-11-03",
               participants=["BEL", "LTU"], deployer="BEL", host="LTU", date="2025-03", status="ongoing"),
            # the forces a relative clause hangs on, not the state the main clause thanks
            Ex("The president thanked Chad for its help to the Nigerien soldiers who have been deployed in the Lake Chad basin since 2015.",
               published="2025-03-05", participants=["NER", "TCD"], deployer="NER", host="TCD", date="2015", status="ongoing"),
            # troops told by their trade: sappers, deminers, gunners, artillerymen, a demonym's engineers
            Ex("Some 60 Lithuanian sappers will deploy to Moldova in July to clear mines along the Dniester.",
               published="2025-03-12", participants=["LTU", "MDA"], deployer="LTU", host="MDA", personnel=60, status="planned"),
            Ex("About 120 Finnish artillerymen will deploy to Estonia in April for a four-month rotation.",
               published="2025-03-12", participants=["EST", "FIN"], deployer="FIN", host="EST", personnel=120, status="planned"),
            # the kit told by its maker, or in the next sentence about the same forces
            Ex("About 200 Finnish soldiers will deploy to Estonia in October with Patria armoured vehicles.",
               published="2025-06-12", participants=["EST", "FIN"], deployer="FIN", host="EST", assets=["Patria armoured vehicles"]),
            Ex("Some 150 Czech troops will deploy to Slovakia in March. The soldiers will bring CV90 infantry fighting vehicles with them.",
               published="2025-06-12", participants=["CZE", "SVK"], deployer="CZE", host="SVK", assets=["CV90"]),
            # forces that will move or go to a state
            Ex("A Dutch mechanised infantry company will move to Lithuania next year, when the Netherlands takes over a larger share of the brigade.",
               published="2025-06-12", participants=["LTU", "NLD"], deployer="NLD", host="LTU", status="planned", date="2026"),
            Ex("Czech soldiers will go to Slovakia in September to join the multinational battlegroup.",
               published="2025-06-12", participants=["CZE", "SVK"], deployer="CZE", host="SVK", status="planned", date="2025-09"),
            Ex("About 30 Italian logistics specialists will deploy to Niger in October.",
               published="2025-06-12", participants=["ITA", "NER"], deployer="ITA", host="NER", personnel=30),
            # a town no list knows: the host from the host's forces the deployed ones go to help
            Ex("About 60 Hungarian army engineers will deploy to Doboj in May to help the Bosnian armed forces rebuild a bridge.",
               published="2025-03-12", participants=["BIH", "HUN"], deployer="HUN", host="BIH", date="2025-05"),
            # the operation a section heading names, and the one "the operation" points back to
            Ex("Operation NEON\n\nA CP-140 Aurora aircraft and about 40 Canadian personnel deployed to Kadena Air Base in Japan this month.\n\n"
               "Exercises\n\nHMCS Regina arrived in Pearl Harbor on Monday for RIMPAC.",
               published="2026-06-19", participants=["CAN", "JPN"], operation="NEON"),
            Ex("Lisbon has extended Operation Lusitania until 2028. Some 180 Portuguese troops are currently deployed on the operation in the Central African Republic.",
               published="2026-04-03", participants=["CAF", "PRT"], operation="Lusitania"),
            # a title is no mission: the force serves under "the Head of Mission and Force Commander of UNIFIL"
            Ex("Some 220 Estonian soldiers will deploy to Lebanon in May. The contingent will serve under the command of the Head of Mission and Force Commander of UNIFIL.",
               published="2026-03-23", participants=["EST", "LBN"], operation="UNIFIL"),
        ),
        counterexamples=(
            # ... not when they stay at home
            Ex("ANTWERP. The paratroopers of the Third Battalion have been deployed to guard the port since March.", published="2025-11-03"),
            # a parliamentary question, not a statement
            Ex("To ask the Secretary of State for Defence how many British troops are deployed in Estonia.", published="2025-03-20"),
            # forces along their own state's borders
            "The SANDF continues to deploy soldiers along South Africa's borders with Zimbabwe, Mozambique and Lesotho under Operation Corona.",
            "No other AFM personnel are currently deployed on operations abroad.",
            # the topic of a signed text
            "At the meeting on Wednesday, the two ministers signed a memorandum of understanding on logistic support for Danish forces deployed to Estonia.",
            # a state's total, around the world
            "Bangladesh ranks among the top contributors to UN peacekeeping, with more than 5,800 personnel deployed worldwide.",
            # troops sent to the state's own border
            "Mexico will deploy 10,000 National Guard troops to its northern border with the United States, the president said on Monday.",
            "Police officers were deployed to the stadium in Nairobi on Saturday.",
            "The bank deployed new software to its branches across Poland.",
            # forces at home, with no mission, sea or state abroad named
            "The Nigerian Army has deployed 12,000 soldiers to secure Saturday's governorship elections.",
            "IDF reserve brigades remain deployed along the northern border.",
            "The Nepali Army has deployed troops in flood-hit districts of Koshi Province.",
            "The Estonian Defence Forces deploy a new cloud platform built by a domestic contractor.",
            "The Bundeswehr has deployed an AI chatbot for its personnel offices.",
            "Lawyers for the company deployed a familiar argument in court.",
            "Italy may deploy warships to the Red Sea if the situation worsens.",
            "Canada has not deployed troops to Haiti, officials said.",
            "The minister said Norway would consider deploying troops to Latvia.",
            "Officials said Spain would deploy a frigate to the Red Sea if parliament approved.",
            # a total over many missions, and the home state's own regions
            "Pakistan's army has around 4,000 soldiers currently deployed across seven UN missions in Africa, the ISPR said.",
            "Namibia's army has deployed an extra company along the Kavango river in the north of the country after clashes with Angolan smugglers, the minister said.",
            "Ministers expect the German brigade to be fully deployed in Lithuania by 2027.",
            "The China Coast Guard deployed four more cutters to the waters off Scarborough Shoal on Monday.",
            "Some 40 Siemens engineers will travel to Poland in May to service the turbines.",
            "The Czech defence minister will go to Slovakia in September to meet his counterpart.",
            "Saab's regional headquarters will move to Poland next year.",
            "Czech soldiers will not go to Ukraine, the prime minister said.",
            Ex("About 60 Hungarian army engineers will deploy to Kecskemet in May to help Hungarian farmers after the floods.", published="2025-03-12"),
        ),
    ),
    Rule(
        id="deployment.deployment_noun",
        cues=("deployment", "redeployment"),
        summary="a|the (N-year) deployment (of <forces>) to|in|supporting ...",
        # (not a unit's name: "the Deployment Surface Force", "Deployment Support Group")
        # (nor a compound: "pre-deployment training", "post-deployment leave")
        pattern=r"""(?<!(?i:pre|post|non)-)(?P<trigger>\b(?i:deployments?|redeployment|forward\s+deployment)\b)(?<!\bDeployments?(?=\s+(?:Surface|Support|Air|Task|Force|Group|Unit|Team|Squadron|Wing|Command|Brigade|Battalion|Regiment)\b))(?!\s+of\s+(?:(?:the|a|an|its|new)\s+)?(?:[\w’'-]+\s+){0,3}?(?:capital|software|code|funds|resources|airbags|arguments?|updates?|upgrades?|patch(?:es)?|firmware|apps?|tools?|models?|networks?|cloud|technology)\b)""",
        build=_build,
        examples=(
            Ex("That same year, the UK ended a two-year deployment supporting the defence of Polish airspace with its Sky Sabre system.",
               participants=["GBR", "POL"], duration="P2Y", assets=["Sky Sabre"], status="completed"),
            Ex("Sweden began its first deployment of troops to Latvia in January.",
               published="2025-03-01", participants=["LVA", "SWE"], date="2025-01"),
        ),
        counterexamples=(
            "The deployment of the new payroll software was delayed until spring.",
            "The rapid deployment of airbags saved the driver.",
            # a unit's name
            "Some 200 personnel of the Deployment Surface Force attended the ceremony in Ominato on Monday.",
            "The frigate will then exercise with the Philippine Navy and return to Toulon in June. It recently finished a long refit in Brest, and this is its second long deployment since.",
            "The deployment of Czech troops to Slovakia was also discussed.",
            "The two ministers discussed the deployment of Czech troops to Slovakia.",
            "The Ugandan battalion completed its pre-deployment training at the Singo peace support school last week.",
        ),
    ),
    Rule(
        id="deployment.stationed",
        cues=("station", "garrison", "based", "posted", "positioned", "housed", "operat", "flying", "flown"),
        summary="<forces> stationed|based|garrisoned at|in <place>, (have been) flying from <base>",
        pattern=r"""(?P<trigger>\b(?i:stationed|(?<!\b(?i:control|ground|weather|radar|relay|power|fuel|petrol|police|fire|radio|television|train|railway|space|research|monitoring|listening|tracking|charging|pumping|duty|naval|air|base|coast\s+guard|weapons?|gun|turret|work|docking|combat|launch|firing|missile)[ \t\n]+)stations?|stationing|garrisoned|forward[\s-]based|
                    # "based on the design of the Ulsan class": what a thing is modelled on, not where forces are
                    (?<![\w]-)based(?!\s+(?:(?:largely|partly|loosely|closely|heavily)\s+)?(?:up)?on\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?(?:designs?|plans?|models?|hulls?|platforms?|technology|experience|lessons|data|intelligence|findings|results|assessments?|principles?|requirements?|concepts?|blueprints?))|
                    posted|positioned|housed|operate|operates|operating|operated)\b)(?!\s+(?:no|not|never)\b)(?=\s+(?:[^\s.;]+\s+){0,6}?(?:at|in|on|near|across|inside|from|out\s+of)\b)
                    # "have been flying from Malbork since December": a detachment at its base, not a flight
                    |(?<=\b(?i:been|are|is)\s+)(?P<trigger>(?i:flying))(?=\s+(?:(?:air[\s-]policing\s+)?(?i:sorties|missions|patrols)\s+)?(?i:from|out\s+of)\s+(?:the\s+)?\p{Lu})
                    # "has flown from the Djiboutian capital since May 2012": the perfect, with its start
                    |(?<=\b(?i:has|have)\s+(?:(?:also|long)\s+)?)(?P<trigger>(?i:flown))(?=\s+(?:(?i:sorties|missions|patrols)\s+)?(?i:from|out\s+of)\s+(?:the\s+)?\p{Lu}[^.;]{0,60}?\bsince\b)""",
        build=_build,
        examples=(
            Ex("Two experienced Polish helicopter instructors will be permanently stationed at RAF Shawbury in the summer.",
               participants=["GBR", "POL"], deployer="POL", host="GBR", status="planned", date="2026-SU"),
            # a detachment at the base it flies from
            Ex("Four Belgian F-16s have been flying from Ämari air base in Estonia since 1 December.",
               published="2026-01-20", participants=["BEL", "EST"], status="ongoing", date="2025-12-01", location="Ämari air base"),
            Ex("Around 1,000 US troops are stationed in Lithuania on a rotational basis.",
               participants=["LTU", "USA"], personnel=1000, status="ongoing"),
            Ex("Germany will station a brigade of about 4,800 troops in Lithuania by 2027.",
               participants=["DEU", "LTU"], status="planned", date="2027"),
            # the forces are the antecedent of a relative clause
            Ex("The Netherlands' 13th Light Brigade, which has been stationed in Lithuania since April 2025, will exercise.",
               participants=["LTU", "NLD"], status="ongoing", date="2025-04"),
            # companies of soldiers, not firms
            Ex("Two companies of Spanish paratroopers are stationed in Latvia.", participants=["ESP", "LVA"], status="ongoing"),
            Ex("Two Belgian infantry companies are stationed in Romania.", participants=["BEL", "ROU"], status="ongoing"),
            # the deployer told as who commands the force
            Ex("The NATO battlegroup, commanded by the Germans and based in Rukla since February 2017, now counts some 1,600 troops.",
               published="2025-10-15", participants=["DEU", "LTU"], status="ongoing", date="2017-02"),
            # a stationing agreed, with a deadline still ahead: planned, not a standing presence
            Ex("Sweden has agreed to station a mechanised battalion in Finland by 2028.",
               published="2026-03-10", participants=["FIN", "SWE"], status="planned", date="2028"),
            # a unit told again with its modifiers ("The engineering unit")
            Ex("Nepal's fifth engineering contingent is due to fly out in January. The engineering unit, which has been based in Juba since "
               "2016 under UNMISS, now numbers about 150 troops.", published="2025-10-15", participants=["NPL", "SSD"], status="ongoing", personnel=150),
            # "to police" the airspace is the mission, not police officers
            Ex("Four Spanish Eurofighters and around 130 personnel will be stationed at Ämari in August to police the airspace of "
            "the Baltic states.", published="2025-04-22", participants=["ESP", "EST"], personnel=130, status="planned"),
            # "has flown from" a base since a start; "the <demonym> capital" names the capital
            Ex("The Spanish air detachment has flown from the Djiboutian capital since March 2014, with two P-3 aircraft.",
               published="2025-08-20", participants=["DJI", "ESP"], status="ongoing", date="2014-03", location="Djibouti"),
            # forces that operate on another state's soil
            Ex("Japan's Self-Defense Forces have operated a base in Djibouti since 2011.", published="2025-08-20",
               participants=["DJI", "JPN"], status="ongoing", date="2011"),
        ),
        counterexamples=(
            # a denial quoted
            Ex("Finland's embassy said Helsinki had “no plans at all” to station troops in Estonia.", published="2025-03-12"),
            # equipment a state operates
            "Estonia already operates Mistral systems, bought in a joint purchase with Latvia.",
            # forces that operate at home, or kit they operate, with no state abroad named
            "The Royal Navy of Oman operates from its main base at Wudam on the Batinah coast and from bases in Musandam.",
            "Equatorial Guinea’s Navy already operates several patrol vessels acquired from different suppliers.",
            # how often, told beside an arrival
            "It is the third time Czech Gripens have been based at Šiauliai.",
            # "shore-based" describes goods
            "JAKARTA (Reuters) - Indonesia signed a contract worth about $450 million with India's BrahMos Aerospace for shore-based missile batteries in July.",
            # what a design is based on; a ground station is a noun
            "The corvettes, ordered under a contract with the Egyptian Ministry of Defence, are based on the design of the Gowind ships of the French navy.",
            "The Latvian Ministry of Defence signed a contract with Baykar on Monday for six TB2 drones, ground control stations and support, the ministry noted in a release.",
            # the terms of a memorandum, not a stationing
            "The United States and Norway signed a memorandum on Thursday on P-8 maintenance, under which Norwegian technicians will be trained at Naval Air Station Jacksonville in Florida.",
            # a flight from one place to another
            "The prime minister was flying from Lisbon to Madrid on Monday.",
            "Two RAF Typhoons were flying from Lossiemouth to Cyprus when one developed a fault.",
            "BAE Systems is based in London and employs thousands of people.",
            "French companies operating in Serbia have won several defence contracts.",
            # now and then, not a stationing
            "German P-8A Poseidon aircraft now operate periodically from RAF Lossiemouth in Scotland.",
            "The start-up, based in Tallinn, makes delivery robots.",
            "Poland, which bought K2 tanks from Korea, is based in central Europe.",
            # own forces in their own state's territories and regions (a territory is coded by its state)
            "HMS Forth, the Royal Navy patrol ship based in the Falkland Islands, returned to port on Friday after a patrol.",
            "The Dutch patrol vessel HNLMS Groningen, which is stationed in the Dutch Caribbean islands, joined a counter-drug patrol this week.",
            "The Portuguese corvette NRP António Enes, based in the Azores, sailed on Monday for a patrol.",
            # an instrument's conditional terms
            "Under the accord, Australian patrol boats based in Darwin could be sent to Timor-Leste within 48 hours if Dili asks.",
            # an inventory denied: nothing is stationed
            "The PNGDF currently operates no fixed-wing transport aircraft, relying on RAAF support to move troops to Bougainville.",
            "Chinese military personnel who operated two transport aircraft in Mali were replaced by private contractors last year.",
            Ex("The airline has flown from the Estonian capital since 2019, with two jets.", published="2025-08-20"),
            Ex("The spokesman said there were no plans for Turkish troops to be stationed in northern Iraq.", published="2026-03-11"),
            "ROVANIEMI — About 200 US soldiers arrived in Lapland on Sunday. Most of them come from a unit based in Alaska.",
        ),
    ),
    Rule(
        id="deployment.sent",
        cues=("sent", "send", "dispatch", "despatch", "rushed", "flew", "fly", "flies", "flown", "mov", "shipped", "airlift", "air",
              "contribut", "provid"),
        summary="<deployer> sent|dispatched <forces> to <host>",
        pattern=r"""(?<=\b(?:were|was|have\s+been|has\s+been|will\s+be|are|is|being)\s+(?:\w+ly\s+)?)
                    (?P<trigger>(?i:sent|dispatched|despatched|rushed|flown|moved|shipped|airlifted|air-lifted))\b(?=\s+(?:[^\s.;]+\s+){0,3}?(?:to|into)\b)
                  | (?P<trigger>\b(?i:sent|send|sends|sending|dispatched|dispatch|dispatches|dispatching|despatched|despatch|rushed|flew|fly|flies|flown|moved|moving|shipped|airlifted|airlifts|air-lifted)\b)
                    (?P<object>\s+(?:[^\s.;]+\s+){0,20}?)(?:to|into)\b   # the forces in between: see _build_sent
                  # "contributes 280 soldiers to EUFOR Althea": people, not goods, which may be aid
                  | (?P<trigger>\b(?i:contribute|contributes|contributed|contributing|provide|provides|provided|providing))\b
                    # ("will contribute F-35 fighter jets and around 150 personnel to the NATO mission in Poland")
                    (?=\s+(?:[^\s.;]+\s+){0,8}?(?i:troops|soldiers|personnel|peacekeepers|service\s+members|servicemen|(?:military\s+)?observers|
                       engineers|sappers|deminers|medics|staff\s+officers|contingents?|battalions?|compan(?:y|ies)|units?)
                       \s+(?:[^\s.;]+\s+){0,6}?(?:to|in)\s)""",
        build=_build_sent,
        examples=(
            Ex("France sent three Rafale jets and 150 airmen to Estonia last month.",
               participants=["EST", "FRA"], date="2025-12", assets=["Rafale"]),
            Ex("Japan dispatched two destroyers to the Middle East to protect shipping.",
               participants=["JPN"]),
            Ex("Italy has sent a frigate to the Red Sea to escort merchant ships.", participants=["ITA"]),
            Ex("Ireland currently contributes around 330 personnel to UNIFIL in Lebanon.", participants=["IRL", "LBN"],
               personnel=330),
            Ex("The Danish Armed Forces will contribute F-16 fighter jets and around 120 personnel to the NATO mission in Lithuania "
               "next year.", published="2025-06-12", participants=["DNK", "LTU"], personnel=120, status="planned"),
            # a standing mission's host comes from the operation gazetteer
            Ex("Austria currently provides around 280 soldiers to the EU-led operation EUFOR Althea.",
               participants=["AUT", "BIH"], personnel=280),
            Ex("The government decided that Estonia will send an additional infantry company of up to 80 soldiers to Lebanon from May.",
               published="2025-02-12", participants=["EST", "LBN"], status="planned", date="2025-05"),
            Ex("Canada dispatched the frigate HMCS Ville de Québec to the Baltic Sea in August.",
               published="2025-10-01", participants=["CAN"], assets=["HMCS Ville de Québec"], date="2025-08"),
            Ex("Japan has contributed 40 engineers to the UN mission in South Sudan.", published="2025-09-10", participants=["JPN", "SSD"], deployer="JPN", host="SSD", personnel=40),
            # aircraft and crews flying in themselves; troops airlifted
            Ex("Four Hungarian Gripens and about 70 airmen will fly to Šiauliai in August to take over Baltic air policing.",
               published="2025-06-02", participants=["HUN", "LTU"], deployer="HUN", host="LTU", status="planned", date="2025-08"),
            Ex("About 150 Kenyan police-support soldiers were airlifted to Port-au-Prince on Tuesday, the UN said.",
               published="2025-06-02", participants=["HTI", "KEN"], deployer="KEN", host="HTI", date="2025-05-27"),
            # the strength told in a clause about the unit after a semicolon
            Ex("Nepal will send a second engineering company to Juba in May; the unit, with 180 officers and other ranks, will serve "
            "with UNMISS.", published="2025-04-22", participants=["NPL", "SSD"], personnel=180),
            Ex("Croatia will send 60 soldiers and three Patria vehicles to the NATO Multinational Battle Group in Hungary from July.",
               published="2026-03-23", participants=["HRV", "HUN"], operation="NATO Multinational Battle Group in Hungary"),
        ),
        counterexamples=(
            # a record of contributions, not one deployment
            Ex("Uruguay has contributed personnel to UNMOGIP for decades.", published="2024-05-15"),
            # a plan that hangs on a condition told after it
            Ex("Kenya will send 400 troops to Haiti next month if the UN approves funding for the mission.", published="2026-02-23"),
            # a plan on a condition
            "The Sri Lankan Army also plans to send an engineering company to the UN mission in the Central African Republic next spring if the United Nations asks for one.",
            # a state's contribution over the years
            "Kenya, a UN peacekeeping contributor since 1979, currently has more than 1,200 personnel deployed.",
            "Since 1964 Nepal has contributed more than 150,000 troops to UN missions.",
            "Bangladesh has sent troops to MINUSCA since 2014.",
            # an exercise, and a habit: not a deployment
            "The ADF has sent troops to the multinational Kakadu exercise every summer.",
            "Japan sent 200 troops to Australia on Monday to take part in the Talisman Sabre exercise.",
            # a question asked in a briefing
            "JOURNALIST (Nation TV): Minister, will Rwanda send more troops to Mozambique?\n\nMINISTER: We have no such plans.",
            # goods just handed over, shipped on to the buyer
            "The first NASAMS battery was handed over to a Lithuanian delegation at Kongsberg's plant on Monday. The battery will be shipped to Lithuania via Poland next month.",
            # goods sent are no forces
            "Turkey has also sent three consignments of arms and munitions to Sudan since January, which Ankara called military assistance.",
            "Belarus sent a shipment of ammunition to Serbia last month.",
            "The charity sent food parcels to families in Gaza.",
            "The minister sent a letter to parliament on Monday.",
            "Germany provides air defence systems and ammunition to Ukraine under its aid programme.",
            "The ministry provides training to soldiers in Kenya every year.",
            # a contribution over the years, with no mission or state to go to
            "Mongolia has contributed more than 20,000 peacekeepers to UN missions since 2002.",
            "Kenya has sent peacekeepers to Somalia for nearly 15 years.",
            # a minister or an airline flying is travel, not a deployment
            "Japan's defence minister will fly to Djibouti in March to visit the troops there.",
            "Air Serbia flies to Tianjin three times a week from June.",
            "Relief goods were airlifted to Kathmandu on Monday.",
            "Nepal contributes troops to UN missions in Lebanon, South Sudan and elsewhere.",
        ),
    ),
    Rule(
        id="deployment.remain",
        cues=("remain", "stay"),
        summary="<forces> remain|stay (deployed|stationed) in <host>",
        # (the noun after a start, "began her stay in Callao", is an arrival: deployment.arrived)
        pattern=r"""(?<!\b(?i:began|begins|begin|beginning|started|starts|start|starting)\s+(?i:her|his|its|their|a|the)\s+(?:[\w-]+\s+)?)
                    (?P<trigger>\b(?i:remain|remains|remained|stay|stays|stayed)\b)
                    (?=\s+(?:(?:deployed|stationed|based|on\s+the\s+ground|in\s+place)\s+)?(?:in|on)\s+(?:the\s+)?\p{Lu}
                    # a ship at its berth: "has remained alongside at the Port Louis oil jetty since 2 August"
                    |\s+(?i:alongside|berthed|moored|docked|anchored)(?:\s+(?i:at|in|off))?\s+(?:the\s+)?\p{Lu})""",
        build=_build_remain,
        examples=(
            Ex("Spanish troops will remain in Latvia until 2027 as part of the multinational brigade, Madrid said.",
               participants=["ESP", "LVA"], status="ongoing"),
            Ex("About 900 US soldiers remain in Syria, the Pentagon said on Tuesday.",
               published="2025-06-12", participants=["SYR", "USA"], status="ongoing"),
            Ex("Around 400 Dutch soldiers stayed in Lithuania after the exercise, the ministry said.",
               participants=["LTU", "NLD"], status="completed"),
            # a system the antecedent of a relative
            Ex("The US Army's Typhon missile launcher, which has stayed in the Philippines since April 2024, will remain there for now.",
               published="2026-09-09", participants=["PHL", "USA"], deployer="USA", host="PHL", date="2024-04", status="ongoing"),
            # a ship still at its berth
            Ex("The Spanish patrol vessel Furor has remained alongside at the Dakar naval base since 3 August for hull repairs.",
               published="2025-08-20", participants=["ESP", "SEN"], status="ongoing", date="2025-08-03"),
        ),
        counterexamples=(
            "Questions remain in Latvia about the cost of the new brigade.",
            "Two soldiers remain in hospital after the accident.",
            "Tensions remain high in Kosovo, where NATO keeps a peacekeeping force.",
            "The minister will stay in Vilnius for two days of talks.",
            Ex("The cruise ship Aurora has remained alongside at the Port Louis terminal since Friday.", published="2025-08-20"),
        ),
    ),
    Rule(
        id="deployment.presence",
        cues=("keep", "kept", "maintain", "retain", "has", "have"),
        # "has" as the auxiliary of a removal ("has withdrawn its troops from the mission in ...") keeps nothing
        summary="<deployer> keeps|maintains|has (N) <forces> in|at <host>",
        pattern=r"""(?P<trigger>\b(?i:(?:keeps|keep|kept|keeping)\s+up|keeps|keep|kept|maintains|maintain|maintained|retains|retain|(?:has|have)(?:\s+had)?)\b)
                    (?!\s+(?:no|not|never)\b)(?<!(?i:has|have)(?=\s+(?:\w+ly\s+)?(?i:withdrawn|pulled|removed|recalled|repatriated|evacuated|reduced|cut|ended|lost|relieved|replaced|succeeded|joined|completed|begun|started)\b))
                    # "has ordered 12 drones from ...", "have bought two frigates": another verb's auxiliary
                    (?<!(?i:has|have)(?=\s+(?:\w+ly\s+)?(?i:ordered|bought|purchased|acquired|procured|signed|received|selected|chosen|picked|
                        contracted|sold|delivered|supplied|exported|imported|agreed|approved|built|produced|leased|requested|
                        # "has contributed engineers to UN missions in South Sudan": the sending verb's rule tells it
                        contributed|sent|dispatched)\s))(?=\s+(?:(?:currently|still|now|permanently|also)\s+)?(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least|an\s+estimated|a\s+few|several|hundreds\s+of|thousands\s+of)\s+)?
                        (?:[\d.,]+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|its|their)\s+)?(?:(?!(?i:to)\s)[\w-]+\s+){0,4}?
                        (?:(?i:officers|servicemen|service\s+members|garrisons?|(?:military|permanent|naval|rotational|continuous|forward|troop)\s+presence|military\s+(?:base|bases|personnel)|naval\s+base|air\s+base|
                            (?:aviation|air|naval|tactical|task|battle)\s+groups?)\b|(?&MILITARY_NOUN)
                            # "has a helicopter joint venture in Santiago": industry, not forces
                            (?!\s+(?:joint\s+ventures?|ventures?|plants?|factory|factories|assembly|industry|industries|programmes?|programs?|schools?|simulators?|maintenance|repair|overhaul|MRO|(?:training\s+)?cent(?:re|er)s?)\b))
                        [^.;]{0,50}?\b(?:(?:in|at|on)\s+(?:the\s+|an?\s+)?(?:(?i:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?
                        # ("a naval presence off the coast of Gabon", "in the waters of Mauritius")
                        |(?i:off\s+(?:the\s+)?(?:coasts?|shores?)\s+of|in\s+(?:the\s+)?waters\s+(?:of|off))\s+(?:the\s+)?)\p{Lu})
                    # the forces as the antecedent: "the battalion that Nepal has kept in Lebanon since 1978"
                    | (?<=\b(?:that|which)\s+\p{Lu}[\w’'-]*(?:\s+\p{Lu}[\w’'-]*){0,2}\s+(?i:has|have|had)\s+(?:\w+ly\s+)?)
                      (?P<trigger>(?i:kept|maintained|retained))(?P<kept_forces>)(?=\s+(?:(?i:stationed|deployed|based)\s+)?(?i:in|at|on)\s+(?:the\s+)?\p{Lu})""",
        build=_build_presence,
        examples=(
            # the start of a presence told in a relative before the verb
            Ex("French Rafales, which have flown from the base on rotation since 2022, now keep four jets and some 120 "
               "personnel in Jordan, officials said.", published="2025-10-15", participants=["FRA", "JOR"], status="ongoing",
               date="2022", personnel=120),
            # any kind of presence ("permanent", "naval", "rotational")
            Ex("Italy has kept a permanent presence in Djibouti since 2012.", published="2025-10-15",
               participants=["DJI", "ITA"], status="ongoing", date="2012"),
            Ex("France maintains around 1,500 troops in Djibouti, its largest base in Africa.",
               participants=["DJI", "FRA"], status="ongoing", personnel=1500),
            Ex("Peru currently keeps 12 officers in Lebanon as part of UNIFIL.",
               participants=["LBN", "PER"], status="ongoing"),
            Ex("Uganda has kept troops in Somalia since 2007.", participants=["SOM", "UGA"], status="ongoing"),
            Ex("The US Navy has kept P-8A Poseidon maritime patrol aircraft at Keflavík on rotation since 2016.",
               participants=["ISL", "USA"], status="ongoing", date="2016"),
            Ex("Colombia has kept troops with the MFO in the Sinai since 1982.", participants=["COL", "EGY"], status="ongoing"),
            Ex("Britain, which keeps about 60 staff at its jungle training unit in Belize, will expand the site.",
               participants=["BLZ", "GBR"], status="ongoing"),
            # any military noun, and a host named by its adjective ("a Jordanian air base")
            Ex("Russia has kept an aviation group at the Hmeimim air base in Syria since September 2015.",
               participants=["RUS", "SYR"], status="ongoing", date="2015-09"),
            Ex("Angola has kept a military unit in the Democratic Republic of Congo's North Kivu province since March 2023.",
               participants=["AGO", "COD"], status="ongoing", date="2023-03"),
            Ex("Italy has maintained an air detachment at a Latvian air base since 2022 as part of Baltic Air Policing.",
               participants=["ITA", "LVA"], status="ongoing", date="2022"),
            Ex("Rwanda has had about 4,000 troops in northern Mozambique since July 2021.",
               participants=["MOZ", "RWA"], status="ongoing", date="2021-07", personnel=4000),
            # the start told in a "where" relative: an ongoing presence since then
            Ex("The Slovak Republic has about 40 soldiers in Latvia, where its army has been serving with NATO's multinational "
               "brigade since 2017.", published="2025-05-21", participants=["LVA", "SVK"], date="2017", status="ongoing"),
            # the forces as the antecedent of "that <State> has kept|maintained in"
            Ex("The engineering company that Brazil has kept in Haiti since 2004 returned home in 2017, the army said.",
               published="2025-06-12", participants=["BRA", "HTI"], deployer="BRA", host="HTI"),
            # "kept up" a presence, off a coast or in a state's waters
            Ex("Spain has kept up a naval presence off the coast of Mauritania since 2019 under a maritime security accord.",
               published="2025-08-20", participants=["ESP", "MRT"], status="ongoing", date="2019"),
            Ex("India has maintained a naval presence in the waters of Mozambique since 2021.", published="2025-08-20",
               participants=["IND", "MOZ"], status="ongoing", date="2021"),
        ),
        counterexamples=(
            "The Nepali battalion has relieved the previous rotation in Sector West.",
            # "has" as another verb's auxiliary
            "The Pakistan Navy has ordered two offshore patrol vessels from Turkey's STM in a Rs62 billion deal.",
            "Poland has 350 Leopard tanks in its inventory.",
            "Germany keeps its gold reserves in New York.",
            "The company maintains offices in Poland and Romania.",
            "Norway keeps two battalions on high readiness at home.",
            "Ireland has no troops in Mali.",
            "Norway has officers in Oslo studying the proposal.",
            "Thailand already flies Gripen fighters, which are built in Linköping, and has a helicopter joint venture with Airbus in Bangkok.",
            "Peru already operates KT-1 trainers, assembled in Sacheon, and has an aircraft maintenance plant with KAI in Lima.",
            "Staff shortages have kept three Canadian frigates tied up at Halifax this year.",
            "The promise that Brazil has kept in Haiti since 2004 is a source of national pride.",
            Ex("The coast guard has kept up its patrols off the coast of Norfolk since the storm.", published="2025-08-20"),
        ),
    ),
    Rule(
        id="deployment.ended",
        cues=("end", "complet", "conclu", "finish", "wrapped"),
        summary="<deployer> ended|completed its (military) presence|withdrawal|deployment|mission in|from <host>",
        pattern=r"""(?P<trigger>\b(?i:ended|ends|completed|completes|concluded|concludes|finished|wrapped\s+up)\b)
                    \s+(?:its|their|the|a)\s+(?i:(?:(?:[\w-]+\s+)?(?:military|troop|armed\s+forces|army|naval|peacekeeping|training|combat|air\s+policing)\s+)(?:presence|mission|deployment)
                        |(?:[\w-]+\s+){0,2}?(?:withdrawal|deployment|pull-?out|drawdown))\b
                    (?:\s+of\s+(?:its|their|the|all)\s+(?:[\w-]+\s+){0,2}?(?i:troops|contingent|forces|soldiers|personnel|units?))?
                    (?=\s+(?:(?:[\w-]+\s+){0,2}?)?(?:in|from|to)\s+(?:the\s+)?(?:(?i:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?\p{Lu})""",
        build=_build_ended,
        examples=(
            Ex("Spain ended its military presence in Iraq on Friday with the handover of its last camp.",
               published="2025-06-12", participants=["ESP", "IRQ"], status="completed", date="2025-06-06"),
            Ex("Italy completed its withdrawal from Niger in March.", participants=["ITA", "NER"], status="completed"),
            Ex("Finland concluded its peacekeeping mission in Lebanon after 40 years.", participants=["FIN", "LBN"]),
            Ex("Burundi completed the withdrawal of its contingent from the eastern Democratic Republic of Congo on Friday.",
               participants=["BDI", "COD"], date="2026-01-16"),
        ),
        counterexamples=(
            "Germany ended its tax presence in Luxembourg.",
            "The company completed its withdrawal from Russia in 2023.",
            "Sweden has not completed its withdrawal from Mali.",
        ),
    ),
    Rule(
        id="deployment.withdrew",
        cues=("withdr", "pull", "left"),
        summary="<deployer> withdrew|pulled (out) <forces> from|out of <host> / the last <forces> left <host>",
        pattern=r"""(?:(?P<trigger>\b(?i:withdrew|withdrawn|withdraws|withdrawing|withdraw|pulled|pulls|pulling|pull)\b)(?:\s+out)?
                        \s+(?:(?:its|their|the|all|his|her)\s+)?(?:(?:last|remaining|final|entire|whole|\d[\d,]*|[\w-]+)\s+){0,3}?
                        (?&MILITARY_NOUN)(?:\s+(?:of|from)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:army|armed\s+forces|navy|air\s+force|military))?
                        (?=\s+(?:[^.;]{0,40}?\s)?(?i:from|out\s+of)\s+(?:the\s+)?(?:(?i:north|south|east|west|central|northern|southern|eastern|western)\s+)?\p{Lu})
                    # "The last French soldiers left Chad", "Russian troops have withdrawn from Kherson"
                    # the subject in a look-behind, so that the deployer is read before the match
                    |(?<=(?i:last|remaining|final)\s+(?:[\w-]+\s+){0,3}?(?&MILITARY_NOUN)\s+(?:(?:have|has|had)\s+)?(?:(?:\w+ly|also|finally)\s+)?)
                        (?P<trigger>\b(?i:left|withdrew|withdrawn|pulled\s+out\s+of|departed)\b)(?=\s+(?:the\s+)?\p{Lu})(?![^.;]{0,60}?\b(?:for|to)\s)
                    |(?<=(?&MILITARY_NOUN)\s+(?:(?:have|has|had|were|was)\s+)?(?:(?:\w+ly|also|finally|now)\s+)?)
                        (?P<trigger>\b(?i:withdrew|withdrawn|pulled\s+out)\b)(?=\s+(?i:from|of)\s+(?:the\s+)?\p{Lu}))""",
        build=_build_withdrew,
        examples=(
            Ex("Germany withdrew its last troops from Mali on Tuesday.",
               published="2025-06-12", participants=["DEU", "MLI"], date="2025-06-10"),
            Ex("Switzerland has withdrawn its 20 staff officers from the UN mission in South Sudan.",
               participants=["CHE", "SSD"], status="completed"),
            Ex("The last Belgian soldiers left Niger on Friday, ending a five-year mission.",
               published="2025-06-12", participants=["BEL", "NER"], date="2025-06-06"),
            Ex("Dutch troops pulled out of Afghanistan in 2010.", participants=["AFG", "NLD"], date="2010"),
            Ex("Sweden will withdraw its contingent from Mali by the end of the year.",
               published="2025-06-12", participants=["MLI", "SWE"], status="planned"),
        ),
        counterexamples=(
            "The company withdrew its staff from its Moscow office in 2022.",
            "Canada withdrew its ambassador from Riyadh after the dispute.",
            "Russia withdrew from the Conventional Armed Forces in Europe Treaty.",
            "Kenyan police officers withdrew from Haiti in March.",
            "The last tourists left Niger on Friday before the border closed.",
            "France has not withdrawn its troops from Djibouti.",
            "Washington could pull its troops out of Syria next year.",
        ),
    ),
    Rule(
        id="deployment.departed",
        cues=("set", "sail", "depart", "left", "leave", "head", "bound", "flew", "flies", "flown", "fly", "took", "emplaned", "enplaned", "slip", "put"),
        summary="<ships|forces> set sail|sailed|departed|left for <host|place>",
        pattern=r"""(?P<trigger>\b(?i:set\s+sail|sets\s+sail|setting\s+sail|sailed|sails|departed|departs|left|leaves|headed|heads|bound
                    # "emplaned for Bangui", "slipped out of Korsør", "put to sea from Toulon"
                    |emplaned|enplaned|slipped\s+out\s+of|slips\s+out\s+of|put\s+to\s+sea
                    # "set off from Grosseto on Monday for Šiauliai"
                    |(?:set|sets|setting)\s+(?:off|out)\s+from
                    # "will leave Ljubljana on Tuesday for Slovakia", "are scheduled to depart"
                    |(?<=\b(?:will|to|shall)\s+)(?:leave|depart|sail|head)(?!\s+(?:on|the|a|an|her|its|their|home|back|next)\b)
                    # "will fly out to southern Lebanon in October"
                    |(?<=\b(?:will|to|shall)\s+)fly\s+out
                    |(?:flew|flies|flown)\s+out(?:\s+of)?|took\s+off\s+from)\b)
                    # "which sailed for home earlier this month and is due to be decommissioned": a way home first
                    (?!\s+(?:for\s+|back\s+)?home(?:ward)?\b)
                    # "left Hazrat Shahjalal International Airport early today for", "set sail from Aksaz Naval Base on Monday for"
                    # "departed Bandaranaike International Airport, Katunayake on Sunday (9) morning for Bangui"
                    # an airport's initials ("Norman W. Manley", "M.B. Bishop") are words, not a sentence's end
                    # "for a patrol", "to its home port", "to relieve the crew": a purpose or a way home, no destination
                    (?=\s+(?:(?:(?:\p{Lu}\.)+|[\w’'(),-]+|\(\d{1,2}/\d{1,2}\))\s+){0,9}?(?:for|to)\s+(?!(?:a|an|its|their|his|her|home|patrols?|exercises?|training|sea\s+trials|relieve|replace|take\s+over|help|assist|collect|pick\s+up|bring)\b)
                      |(?:[^.;]|(?<=\b\p{Lu})\.){0,120}?\bto\s+(?:join|serve\s+(?:with|in))\s+(?:(?:a|an|the)\s+)?\p{Lu}
                      # "sailed from Den Helder for a four-month patrol in the Baltic Sea": the sea of the patrol
                      |(?:[^.;]|(?<=\b\p{Lu})\.){0,80}?\bfor\s+an?\s+(?:[\w-]+\s+){0,3}?(?:patrol|deployment|mission)\s+(?:in|to|across|through)\s+(?:the\s+)?\p{Lu})""",
        build=_build,
        examples=(
            Ex("The Italian aircraft carrier Cavour and two frigates set sail for the Indo-Pacific on Monday for a five-month deployment.",
               published="2025-06-05", participants=["ITA"], date="2025-06-02"),
            Ex("HMAS Toowoomba departed Sydney for the Middle East with 180 sailors aboard.",
               participants=["AUS"]),
            # "of" after a unit names whose forces they are, not a destination
            Ex("The 12th contingent of the Czech Army left for Lithuania on Tuesday to join NATO's forward land forces.",
               published="2025-06-12", participants=["CZE", "LTU"], date="2025-06-10"),
            Ex("The contingent of 110 Sri Lankan troops departed Bandaranaike International Airport, Katunayake on Sunday (9) morning "
               "for Bangui to serve with the United Nations mission (MINUSCA).",
               published="2025-02-11", participants=["CAF", "LKA"], date="2025-02-09"),
            # peacekeeping wording for the forces
            Ex("Some 870 Ghanaian officers and men departed Accra on Monday for Lebanon.",
               published="2025-02-11", participants=["GHA", "LBN"], date="2025-02-10"),
            Ex("A field hospital of the Armed Forces of Bangladesh, with 70 officers and staff, departed Dhaka for the Central African Republic on Monday.",
               published="2025-02-11", participants=["BGD", "CAF"], date="2025-02-10"),
            # "flew out of", "took off from"; a peacekeeping company
            Ex("On Monday, a 150-strong Zambian peacekeeping company flew out of Lusaka for the Central African Republic.",
               published="2025-06-12", participants=["CAF", "ZMB"], date="2025-06-09"),
            Ex("Two Swedish Gripen fighters took off from Luleå on Monday for Iceland to take part in NATO air policing.",
               published="2025-06-12", participants=["ISL", "SWE"], date="2025-06-09"),
            Ex("A contingent of 150 Nepalese soldiers left Kathmandu for Lebanon on Tuesday to join UNIFIL.",
               published="2025-06-12", participants=["LBN", "NPL"], date="2025-06-10"),
            Ex("HNLMS Tromp sailed from Den Helder on Monday to join a NATO task group in the Mediterranean.",
               published="2025-06-12", participants=["NLD"], assets=["HNLMS Tromp"]),
            Ex("A 160-member contingent of the Nepali Army left Tribhuvan International Airport early today for the Central African Republic to join MINUSCA.",
               published="2025-06-12", participants=["CAF", "NPL"], date="2025-06-12"),
            Ex("The Greek frigate Hydra set sail from Souda Bay on Monday for the Red Sea to join Operation Aspides.",
               published="2025-06-12", participants=["GRC"], date="2025-06-09"),
            # an airport named with initials
            Ex("Thirty-two Guyanese soldiers left the Cheddi B. Jagan International Airport on Tuesday to join the "
               "Caribbean contingent in Haiti.", published="2025-06-12", participants=["GUY", "HTI"], date="2025-06-10"),
            Ex("A platoon of 28 Kittitian troops departed the R.L. Bradshaw International Airport on Friday, bound for "
               "Port-au-Prince.", published="2025-06-12", participants=["HTI", "KNA"], date="2025-06-06"),
            # a dotted prefix does not end the sentence
            Ex("The frigate Zr.Ms. Tromp sailed from Den Helder on Monday for the Red Sea to join the EU's Operation Aspides.",
               published="2025-10-15", participants=["NLD"], deployer="NLD", date="2025-10-13"),
            # the port of origin named "the naval base in <home city>"; a departure to come
            Ex("Elsewhere, the frigate ITS Margottini set sail from the naval base in Taranto on Monday for the Red Sea with some 180 sailors aboard.",
               published="2025-10-15", participants=["ITA"], deployer="ITA", personnel=180, date="2025-10-13"),
            Ex("About 60 soldiers of the Croatian Army will leave Zagreb on Thursday for Hungary to serve in the NATO battlegroup there for six months.",
               published="2025-10-15", participants=["HRV", "HUN"], status="planned", date="2025-10-16", personnel=60),
            # "a 150-member team": its strength
            Ex("A 150-member engineering team of the Kenya Defence Forces flew out of Nairobi on Thursday for Juba to join UNMISS.",
               published="2025-09-20", participants=["KEN", "SSD"], personnel=150, operation="UNMISS"),
            # a departure from a home base, for a sea area
            Ex("On the same day, the 46th contingent of the Cheonghae anti-piracy unit, with about 300 sailors aboard the destroyer ROKS "
               "Wang Geon, left the naval base in Busan for the Gulf of Aden, where it will escort merchant ships for six months.",
               published="2025-05-10", participants=["KOR"], personnel=300),
            Ex("The same day, a JAF contingent of 160 officers and soldiers left Marka airport for Bangui to join MINUSCA.",
               published="2025-06-15", participants=["CAF", "JOR"], personnel=160),
            # a ship named by its type and modifiers, no prefix
            Ex("The Estonian minehunter Admiral Cowan left Tallinn on Saturday for the North Sea to join NATO's Standing "
               "Mine Countermeasures Group 1 for three months.", published="2025-05-14", participants=["EST"], duration="P3M",
               date="2025-05-10"),
            # "will head to", "are due to head to"
            Ex("Around 150 Dutch troops will head to Lithuania next month to join the German-led brigade.",
               published="2025-06-12", participants=["LTU", "NLD"], date="2025-07", status="planned", personnel=150),
            # "emplaned for", "slipped out of"; a day and month in brackets after the weekday ("(12/2)")
            Ex("About 400 Rwandan troops emplaned for Maputo yesterday to reinforce the force in Cabo Delgado.",
               published="2024-08-07", participants=["MOZ", "RWA"], date="2024-08-06", personnel=400),
            Ex("The Danish frigate Niels Juel slipped out of Korsør on Monday to join a NATO standing naval group in the Atlantic.",
               published="2026-03-04", participants=["DNK"], date="2026-03-02"),
            Ex("Jakarta – The corvette KRI Diponegoro-365 of the Indonesian Navy sailed from Surabaya on Wednesday (12/2) for Lebanon with 110 crew.",
               published="2025-02-19", participants=["IDN", "LBN"], date="2025-02-12", host="LBN"),
            # forces told by their unit only, bound for a sea area: no host
            Ex("TOKYO — The Deployment Surface Force's 49th rotation will leave Ominato on the 21st for the Gulf of Aden, with about 200 personnel.",
               published="2025-07-14", participants=["JPN"], date="2025-07-21", status="planned"),
            Ex("The frigate left Esquimalt in May bound for Japan and South Korea.", published="2025-09-10", participants=["CAN", "JPN"], deployer="CAN", host="JPN", date="2025-05"),
            # a patrol or deployment in a sea area: the sea is where the ship goes (no host)
            Ex("On Monday the Danish frigate HDMS Niels Juel sailed from Korsør for a four-month patrol in the Baltic Sea.",
               published="2025-02-26", participants=["DNK"], date="2025-02-24", duration="P4M"),
            Ex("The Indian destroyer INS Delhi left Mumbai on Friday for a three-month deployment to the South China Sea.",
               published="2025-02-26", participants=["IND"], date="2025-02-21"),
            # how long it lasts, told in the next sentence
            Ex("The Chilean frigate Almirante Lynch sailed from Valparaíso for Hawaii on Sunday. The deployment is scheduled to "
            "last four months.", published="2025-08-12", participants=["CHL", "USA"], date="2025-08-10", duration="P4M"),
            # the stay and the mission told in a "where" relative after the sea area; the crew in the next sentence
            Ex("The Spanish patrol ship Furor sailed from Cartagena on Monday, heading for the Gulf of Guinea, where she will spend four "
               "months on the Atalanta mission.", published="2025-04-09", participants=["ESP"], duration="P4M", operation="Atalanta"),
            Ex("The Danish frigate Absalon sailed from Frederikshavn on Monday, bound for the Red Sea. On board are 165 sailors and a "
               "Seahawk helicopter.", published="2025-04-09", participants=["DNK"], personnel=165),
            # set off from a base for a place; head or fly out for a state, planned
            Ex("Four Polish F-16s set off from Łask on Monday for Šiauliai, in Lithuania, for four months of air policing.",
               published="2025-04-09", participants=["LTU", "POL"], date="2025-04-07"),
            Ex("About 300 soldiers of the Czech 4th Rapid Deployment Brigade will head for Slovakia in June to join the NATO battlegroup.",
               published="2025-04-09", participants=["CZE", "SVK"], status="planned", date="2025-06"),
            Ex("Ghana's 900-strong battalion will fly out to southern Lebanon in October to serve with UNIFIL.",
               published="2025-04-09", participants=["GHA", "LBN"], status="planned", date="2025-10"),
            # a standing NATO group joined is the operation; a state's own "Operation <Name>" in the same sentence comes first
            Ex("The Spanish minehunter Tajo left Cartagena on Monday to join Standing NATO Mine Countermeasures Group 2 in the Aegean Sea.",
               published="2026-03-10", participants=["ESP"], operation="Standing NATO Mine Countermeasures Group 2"),
            Ex("HMCS Montréal sailed from Halifax on Sunday to join Standing NATO Maritime Group One under Operation REASSURANCE, with a crew of about 250.",
               published="2026-02-02", participants=["CAN"], operation="REASSURANCE"),
        ),
        counterexamples=(
            # a civil ship
            Ex("The cruise ship Aida Stella left Tallinn on Saturday for the North Sea.", published="2025-05-14"),
            # a crew flown out to relieve another crew: no destination
            "The crew of the frigate FS Bretagne flew out on Monday to relieve the crew of FS Aquitaine, under a double-crew scheme first trialled with FS Languedoc between 2016 and 2020.",
            "The cruise ship left for Bergen after a two-day stop.",
            "The Prime Minister left Canberra for Tokyo on Monday to join G7 leaders.",
            "The national football team left Accra International Airport on Monday for Morocco to join the tournament.",
            # police are not armed forces
            "A second contingent of 200 Kenyan police officers departed Jomo Kenyatta International Airport on Wednesday "
            "to join the Multinational Security Support mission in Haiti.",
            "The defence minister will head to Canberra next week for talks with his Australian counterpart.",
            # the next leg of a voyage under way
            "The two Indian frigates are due to head next to Manila, the embassy said.",
            "The national rugby team emplaned for Dubai yesterday for the sevens series.",
            "The Malaysian frigate KD Lekir left Manila on Friday for Sandakan, its last stop before returning home.",
            "On Monday Minister Ortega left Quito for Guayaquil together with the commander of the Ecuadorian Navy.",
            # police on the beat
            "Police officers left the station for a patrol in the Old Town on Friday.",
            "Ghana's defence minister will fly out to Abuja next week for talks with his Nigerian counterpart.",
        ),
    ),
    Rule(
        id="deployment.stay",
        cues=("spend", "spent", "remain", "stay"),
        summary="(follow-up) It|They|The unit will spend|remain|stay <duration> there|in <place>",
        pattern=r"""(?P<trigger>\b(?i:spend|spends|spent|spending|remain|remains|remained|stay|stays|stayed)\b)(?=\s+(?:[\w-]+\s+){0,2}?(?i:weeks?|months?|years?|days?)\b)""",
        build=_build_follow_up,
        examples=(
            Ex("Eight Dutch F-35s arrived at Ørland air base in Norway on Monday. They will spend three weeks there practising cold-weather operations.",
               published="2025-09-30", participants=["NLD", "NOR"], duration="P3W"),
            # a stay after an arrival joins it (its duration); a past storm in a "so that" clause dates nothing
            Ex("The Portuguese Navy's NRP Setúbal docked in Praia on Monday with 70 sailors aboard. The ship will stay for ten days so that "
               "divers can clear a harbour channel blocked by a storm in August.", published="2025-10-15",
               participants=["CPV", "PRT"], duration="P10D", date="2025-10-13", status="completed", personnel=70),
        ),
        counterexamples=(
            "A group of Dutch tourists arrived in Oslo on Monday. They will spend three weeks there hiking.",
        ),
    ),
    Rule(
        id="deployment.sorties",
        cues=("flew", "fly", "flies", "flown", "conduct", "carried", "performed", "launched"),
        summary="<aircraft> flew (air policing|air defence) sorties|patrols|missions over <host>",
        pattern=r"""(?P<trigger>\b(?:flew|fly|flies|flown|flying|conducted|conducting|conducts|carried\s+out|performed|launched)\s+(?:[\w’'\-]+\s+){0,4}?(?:sorties|patrols|missions|flights))\b(?=\s+(?:[\w’'\-]+\s+){0,3}?(?:over|above|along|in|from|into|across|near)\b)""",
        build=_build,
        examples=(
            Ex("RAF Typhoons flew air defence sorties over Poland under the Eastern Sentry mission.",
               participants=["GBR", "POL"], operation="Eastern Sentry", assets=["Typhoon"]),
            Ex("French Rafale jets flew their first air policing sorties over Lithuania on Wednesday.",
               published="2025-06-12", participants=["FRA", "LTU"], date="2025-06-11", assets=["Rafale"]),
        ),
        counterexamples=(
            "Budget airlines flew more flights over the Alps this summer.",
            # the Caribbean Regional Security System's air wing is no Singapore ship
            "The RSS Air Wing flew maritime patrol sorties over Dominica and St Lucia after the hurricane.",
            "The pilots flew more than a dozen combat air patrol sorties over the Baltic Sea during the exercise.",
        ),
    ),
    Rule(
        id="deployment.arrived",
        cues=("arriv", "landed", "docked", "berthed", "moored", "tied", "ties", "tie", "rotat", "call", "made", "makes", "making", "put", "enter", "reach", "sail", "steam", "touch",
              "drop", "anchored", "pay", "make", "greet", "nos", "alongside", "came", "comes", "coming", "eas", "glided", "slipped", "paid", "pays", "paying",
              "disembark", "due", "expect", "ground", "brought", "piloted", "guided", "towed", "look", "drop", "touch", "stop",
              "take", "took", "join", "swell", "reinforc", "bolster", "began", "begin", "start", "open", "stood", "stand", "welcom",
              "spent", "spend", "landfall", "reliev", "visit"),
        starts=("visit", "arriv", "land", "dock", "berth", "moor", "tie", "rotat", "reach", "reliev", "call", "made", "mak", "sail",
                "steam", "touch", "drop", "anchor", "put", "nos", "came", "com", "pull", "went", "go", "brought", "enter", "eas",
                "glid", "slipp", "pilot", "guid", "tow", "paid", "pay", "began", "begin", "start", "open", "welcom", "greet",
                "stood", "stand", "was", "were", "is", "are", "spen", "disembark", "look", "stop", "tak", "took", "join",
                "swell", "reinforc", "bolster", "due", "expect", "on"),
        summary="<forces> arrived|landed|docked in|at <place|host>, is due|expected in|at <place>, reached the port of <port>, called at|made a port call at <port>, rotated in at|into <place|mission>",
        pattern=r"""(?P<trigger>\b(?i:arrived|arrive|arrives|arriving|landed|docked|berthed|moored|tied\s+up|ties\s+up|tie\s+up|rotated|rotates)\b(?=\s+(?:[\w’'\-]+\s+){0,2}?(?:in|at|on|into)\b)
                    # planned moves: "will rotate into Bentiu next month", "is expected to reach Goma in June", "will relieve
                    # the contingent in Juba in October" (not "relieve the commander")
                    |(?<=\b(?:will|to|shall)\s+)(?i:rotate)\s+(?i:into)(?=\s+\p{Lu})
                    |(?<=\b(?:is|are)\s+(?:expected|due|scheduled|set|slated|planned)\s+to\s+)(?i:reach)(?=\s+\p{Lu})
                    |(?<=\b(?:will|to|shall)\s+)(?i:relieve)(?=\s+(?:the|a|an|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?i:contingent|battalion|company|unit|detachment|rotation|troops|battlegroup|squadron|task\s+force|team)\s+(?:in|at)\s+\p{Lu})
                    # a port call: "called at Mombasa", "made a port call in Manila" ("called on" is a courtesy call)
                    # (and a call to come: "will call at Callao in May", "is due to make a port call at Praia")
                    # (not the noun: "Brigadier Asante's round of calls in Pretoria", "courtesy calls in the capital")
                    |\b(?i:called|calls(?<!(?:of|courtesy|['’]s)\s+calls)|made\s+a\s+(?:port\s+call|port\s+visit|stopover)|makes\s+a\s+(?:port\s+call|port\s+visit|stopover))(?=\s+(?i:at|in)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    |\b(?i:call)(?<=\b(?i:will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|slated|planned)\s+to)\s+\w+)(?=\s+(?i:at|in)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    # "reached the Omani port of Salalah", "reached Souda Bay naval base" (not "reached an agreement")
                    |\b(?i:reached|reaches)(?=\s+(?:the\s+(?:[\w’'-]+\s+)?(?i:port|harbou?r|naval\s+base|air\s+base|base)\s+(?:of|at|in)\s+\p{Lu}
                        |\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:Naval\s+Base|naval\s+base|Air\s+Base|air\s+base|Port|port|Harbou?r|harbou?r)\b))
                    # "sailed into the harbour on Saturday", "touched down in Niamey on Saturday"
                    |\b(?i:sailed|sails|steamed)\s+(?i:into)(?=\s+(?:the\s+)?(?:\p{Lu}|(?i:harbou?r|port|bay)\b))
                    |\b(?i:touched|touches)\s+(?i:down)(?=\s+(?i:in|at)\s+\p{Lu})
                    # "dropped anchor off Port Louis", "anchored off Apia"; "reached Honiara aboard HMNZS Canterbury"
                    |\b(?i:dropped|drops|dropping|drop(?<=\b(?:will|shall|to)\s+drop))\s+(?i:anchor)(?=\s+(?i:off|at|in)\s+(?:the\s+)?\p{Lu})
                    |\b(?i:anchored)(?=\s+(?i:off|at|in)\s+(?:the\s+)?\p{Lu})
                    # "put in at Luanda", "made port at Colombo", "nosed into Halifax harbour", "pulled into Suva"
                    |\b(?i:put|puts|putting)\s+(?i:in)(?=\s+(?i:at|to)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    |\b(?i:made|makes|making)\s+(?i:port)(?=\s+(?i:at|in)\s+(?:the\s+)?\p{Lu})
                    |\b(?i:nosed|noses|nosing|pulled|pulls|pulling)\s+(?i:into)(?=\s+(?:the\s+)?(?:\p{Lu}|(?i:harbou?r|port|bay)\b))
                    # "came alongside the cruise terminal in Valletta", "pulled alongside at Port Victoria" (not "came alongside the opposition")
                    |\b(?i:came|comes|coming|pulled|pulls|pulling|went|goes|going|brought)\s+(?i:alongside)(?=\s+(?:[\w’'\-]+\s+){0,4}?(?i:in|at)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu}
                        |\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s+(?i:wharf|quay|pier|jetty|naval\s+base|dockyard)\b)
                    |\b(?i:reached|reaches)(?=\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:\s+(?:on\s+\w+|yesterday|today))?\s+(?i:aboard|on\s+board)\b)
                    # "put into Gdynia on Friday for a three-day stay"
                    |\b(?i:put|puts|putting)\s+(?i:into)(?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    # "entered Incheon Naval Base on Saturday", "entered the port of Durban" (not "entered service")
                    |\b(?i:entered|enters)(?=\s+(?:(?i:the\s+port\s+of|the\s+harbou?r\s+of)\s+\p{Lu}
                        |\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:Naval\s+Base|naval\s+base|Port|port|Harbou?r|harbou?r|Bay)\b
                        # a port, then the call: "entered Jeddah late last month on a port visit", "entered Constanța on Monday
                        # for a three-day call" (not "entered Parliament in 2019", "entered Kherson after a week of fighting")
                        |\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=[^.;]{0,40}?\b(?i:on|for)\s+(?:a|an|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?i:visit|call|stop|stopover)\b)))
                    # "came into Mombasa on Sunday", "eased into Port Louis", "made her entry into the port of Dakar",
                    # "paid a port visit to Manila", "disembarked from HMAS Adelaide at Suva"
                    |\b(?i:came|comes|coming|eased|eases|easing|glided|slipped|piloted|guided|towed)\s+(?i:into)(?=\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?(?:\p{Lu}|(?i:harbou?r|port)\b))
                    |\b(?i:made|makes|making)\s+(?i:(?:its|her|their)\s+entry)\s+(?i:into)(?=\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?\p{Lu})
                    # (not "paid a courtesy call on" a host: a meeting)
                    |\b(?i:paid|pays|paying)\s+(?i:a)\s+(?:(?:[\w-]+\s+){0,2}?)(?i:port\s+visit|port\s+call)\s+(?i:to|at|in)(?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    # a ship's call told as a noun: "paid a three-day call on Kingston", "made a stop at Colombo",
                    # "began a four-day visit to Port Louis" (the ship is the subject: see _build_arrived)
                    |(?P<call>\b(?i:paid|pays|paying|made|makes|making|began|begins|beginning|started|starts|starting|opened|opens|opening
                        |(?:pay|make|begin|start)(?<=\b(?:will|shall|to)\s+\w+))\s+(?i:a|an|her|his|its|their)\s+
                        (?:(?!(?i:courtesy|official|state|working|farewell|introductory|goodwill\s+visit)\b)[\w-]+\s+){0,2}?
                        (?i:call|stop|stopover|visit|port\s+visit|port\s+call|stay|(?:harbou?r|port)\s+phase)
                        # "made her first foreign call, at Mombasa in Kenya, on Friday"
                        ,?\s+(?i:on|at|to|in)
                        (?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu}))
                    # "A second vessel, the tanker HMAS Stalwart, reached Suva on Sunday": a place right after, a ship just before
                    |(?P<call>\b(?i:reached|reaches)(?=\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:\s+(?:on|in|at|last|early|late|this|yesterday|today)\b|\s*[,.;])))
                    # a ship visiting a port: "HDMS Lauge Koch will visit Reykjavík next month", "The frigate visited Apia"
                    # (not "is expected to visit", a headline's "to visit" or "visits": a plan or a call told again below)
                    |(?P<call>\b(?:(?i:visited)|(?<=\bwill\s+)(?i:visit))(?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu}))
                    # the port as the subject: "Port Moresby welcomed the Japanese destroyer JS Suzutsuki on Saturday"
                    |(?P<welcome>\b(?i:welcomed|welcomes|greeted|greets)(?<=\p{Lu}[\p{L}’'-]+(?:\s+(?i:harbou?r|port|naval\s+base))?\s+\w+)(?=\s+(?:the|a|an|two|three|four)\s))
                    # "made landfall at Port Moresby", "stood into Valletta harbour", "were welcomed into Port Rashid",
                    # "spent last weekend alongside at Souda Bay" (a storm's landfall: no ship, see _build_arrived)
                    |(?P<call>\b(?i:made|makes|making)\s+(?i:landfall)\s+(?i:at|in|on)(?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu}))
                    |(?P<call>\b(?i:stood|stands|standing)\s+(?i:into)(?=\s+(?:the\s+)?\p{Lu}))
                    |(?P<call>\b(?i:was|were|is|are)\s+(?i:welcomed)\s+(?i:into|in\s+to)(?=\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?\p{Lu}))
                    |(?P<call>\b(?i:spent|spends|spending)\s+(?:[\w-]+\s+){1,3}?(?i:alongside)(?:\s+(?i:at|in))?(?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu}))
                    # (the ship they came on is part of the trigger: it is no host)
                    |\b(?i:disembarked|disembarks)(?:\s+from\s+[^.;,]{3,40}?)?(?=\s+(?i:at|in)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    # "made fast at Dakar", "looked in at Lisbon", "came to a halt at Sihanoukville", "dropped by Valparaíso"
                    # (not "made fast progress", "was dropped by the ministry")
                    |\b(?i:made|makes|making)\s+(?i:fast)(?=\s+(?i:at|in|alongside)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    |\b(?i:looked|looks|looking)\s+(?i:in)(?=\s+(?i:at)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    |\b(?i:came|comes|coming)\s+(?i:to\s+a\s+(?:halt|stop))(?=\s+(?i:at|in|off)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    |(?<!\b(?i:was|were|been|being|is|are)\s)\b(?i:dropped|drops)\s+(?i:by|in\s+at|in\s+on)(?=\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu}[\p{L}’'-]+(?!\s+(?:Ltd|Inc|Group|Corp)))
                    # planned moves: "are expected to stop over in Djibouti", "is to take up its positions on the Golan Heights",
                    # "will join NATO's Multinational Brigade in Slovakia in June", "is due to swell MINUSCA's ranks"
                    |\b(?i:stop|stops|stopped|stopping)\s+(?i:over)(?=\s+(?i:in|at)\s+(?:the\s+(?i:port|harbou?r)\s+of\s+)?\p{Lu})
                    |\b(?i:take|takes|took|taking|taken)\s+(?i:up)\s+(?:(?i:its|their|her|his)\s+)?(?i:positions?|posts?|quarters)(?=\s+(?i:on|in|at|along|near)\s+(?:the\s+)?(?:(?i:north|south|east|west|central)\w*\s+)?\p{Lu})
                    |(?<=\b(?i:will|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to)\s+)(?i:join)(?=\s+(?:the\s+|NATO['’]s\s+|Nato['’]s\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?i:brigade|battle\s*group|battalion|mission|force|contingent)\s+(?i:in|at)\s+(?:the\s+)?\p{Lu})
                    |(?<=\b(?i:will|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to)\s+)(?i:swell|reinforce|bolster)(?=\s+(?:the\s+ranks\s+of\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}-]+['’]s?\s+ranks))
                    # "touched the ground of eastern Congo", "touched down in Niamey"
                    |\b(?i:touched|touches)\s+(?i:the\s+ground)(?=\s+(?i:of|in|at)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?\p{Lu})
                    # planned: "is due in Bangui in May", "is expected at Mombasa on Thursday", "will be on the ground in Vanuatu from April"
                    # ("are expected at the Cahul training area in May": a named site and its kind)
                    |(?<=\b(?:is|are)\s+(?:(?:now|also|still|then)\s+)?)(?i:due|expected)(?=\s+(?i:in|at|into)\s+(?:the\s+port\s+of\s+|(?i:the\s+(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?))?\p{Lu}
                        |\s+(?i:at)\s+the\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s+(?i:training\s+(?:area|ground|range|centre|center)|range|camp|base|air\s+base|naval\s+base)\b)
                    |(?<=\bwill\s+be\s+)(?i:on\s+the\s+ground)(?=\s+(?i:in|on|at)\s+(?:the\s+)?\p{Lu})
                    # "HMNZS Canterbury reached Nuku'alofa on Monday": a ship told by its prefix reaching a place
                    |(?<=\b[A-Z]{2,5}\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+)(?i:reached|reaches)(?=\s+\p{Lu}))""",
        build=_build_arrived,
        examples=(
            # a participle after a comma: the sentence's subject arrives, not the port told before it
            Ex("SUVA — Two French Navy ships, the frigate Prairial and the patrol vessel La Glorieuse, made Suva their port of "
               "call on Monday, arriving at the King's Wharf for a four-day visit with about 250 sailors.", published="2025-06-12",
               participants=["FJI", "FRA"], deployer="FRA", host="FJI", date="2025-06-09"),
            # an officer who leads forces in
            Ex("Rwandan Colonel Jean-Paul Karangwa arrived in Bangui on Tuesday at the head of the new battalion.",
               published="2025-06-12", participants=["CAF", "RWA"], date="2025-06-10"),
            Ex("The first Canadian troops of the new brigade arrived in Latvia on Monday.",
               published="2025-09-10", participants=["CAN", "LVA"], date="2025-09-08"),
            # staff officers are forces; "of the <service>" owns them
            Ex("On Sunday, eight staff officers of the Irish Defence Forces arrived in Bamako to serve with the EU training mission.",
               published="2025-06-14", participants=["IRL", "MLI"], date="2025-06-08", personnel=8),
            # a habitual word in the purpose phrase describes the rotation, not this arrival
            Ex("Some 300 US Marines have arrived in Darwin for the annual six-month rotation.",
               participants=["AUS", "USA"]),
            # "of" after a service names whose forces they are: "the Army of North Macedonia"
            Ex("Around 350 soldiers of the Army of North Macedonia arrived in Latvia on Monday to join the NATO brigade.",
               published="2026-03-10", participants=["LVA", "MKD"], date="2026-03-09", personnel=350),
            # a port call
            Ex("The French frigate Lorraine called at Mombasa on Tuesday during its Indian Ocean patrol.",
               published="2025-04-09", participants=["FRA", "KEN"], date="2025-04-08", location="Mombasa"),
            Ex("The Mexican Navy patrol vessel ARM Reformador made a port call in Kingston on Saturday.",
               published="2025-04-09", participants=["JAM", "MEX"], date="2025-04-05"),
            Ex("The Indonesian frigate KRI Bung Tomo tied up at the port of Colombo on Sunday on a long-range voyage.",
               published="2025-04-09", participants=["IDN", "LKA"], date="2025-04-06", location="Colombo"),
            Ex("Two Chinese destroyers berthed at Sihanoukville on Monday for a five-day visit.",
               published="2025-04-09", participants=["CHN", "KHM"], date="2025-04-07"),
            # "put into" a port; a relative clause between the ship and its verb, whose time is not the arrival's
            Ex("The Norwegian frigate HNoMS Otto Sverdrup put into Reykjavik on Friday for a four-day visit.",
               published="2025-10-15", participants=["ISL", "NOR"], date="2025-10-10", duration="P4D"),
            Ex("The Turkish frigate TCG Gediz, which took command of the group in May, arrived in Constanța on Tuesday.",
               published="2025-10-15", participants=["ROU", "TUR"], date="2025-10-14"),
            # a port the story does not name is the dateline's (a territory's, coded by its state)
            Ex("WILLEMSTAD – The Colombian Navy frigate ARC Almirante Padilla docked at the naval base on Tuesday during a Caribbean patrol.",
               published="2025-04-09", participants=["COL", "NLD"], date="2025-04-08"),
            # the crew told in the next sentence
            Ex("The American submarine USS Minnesota called at Reykjavik on Friday on an Arctic patrol. The boat, with some 140 "
               "sailors, will stay two days.", published="2025-10-15", participants=["ISL", "USA"], date="2025-10-10", personnel=140),
            # "entered" a port; a base named after a known town is in that town's state
            Ex("The Indian destroyer INS Delhi entered the port of Durban on Monday for a five-day visit.",
               published="2025-10-15", participants=["IND", "ZAF"], date="2025-10-13"),
            Ex("The Royal Australian Navy frigate HMAS Stuart entered Busan Naval Base on Saturday during its Asian deployment.",
               published="2025-10-15", participants=["AUS", "KOR"], date="2025-10-11"),
            # an arrival with a stay to come is completed; an apposition's "since" is not the arrival's
            Ex("The hospital ship USNS Comfort arrived in Cartagena on 3 October and will remain for ten days.",
               published="2025-10-15", participants=["USA"], status="completed", date="2025-10-03"),
            Ex("The Portuguese frigate NRP Bartolomeu Dias, the flagship of the group since March, arrived in Casablanca on Friday.",
               published="2025-10-15", participants=["MAR", "PRT"], status="completed", date="2025-10-10"),
            # soldiers "from" a state are that state's, unless they are being withdrawn
            Ex("A third contingent of about 300 soldiers from Kenya is scheduled to arrive in Port-au-Prince on 14 November, the mission said.",
               published="2025-10-15", participants=["HTI", "KEN"], date="2025-11-14", status="planned", personnel=300),
            # ship prefixes of more navies
            Ex("KRI Bung Tomo docked in Cam Ranh on Tuesday with 120 sailors.", published="2025-10-15",
               participants=["IDN", "VNM"], deployer="IDN", personnel=120),
            # a home force named by its generic name
            Ex("DUBLIN - An advance party of 120 soldiers of the Defence Forces' 127th Infantry Battalion arrived in Naqoura on Thursday "
               "for six months of service with UNIFIL.", published="2025-10-15", participants=["IRL", "LBN"]),
            # named activities with their year and acronym; a name and its year before "mission"
            Ex("The frigate HMAS Arunta arrived in Suva on Friday as part of Pacific Horizon Deployment 2026 (PHD26), with about 190 "
               "personnel aboard.", published="2026-08-10", participants=["AUS", "FJI"], operation="Pacific Horizon Deployment 2026 (PHD26)"),
            Ex("The Italian patrol ship ITS Morosini called at Manila this summer during the Levante 2026 mission, officials said.",
               published="2026-09-20", participants=["ITA", "PHL"], operation="Levante 2026"),
            # an operation described in apposition is the same deployment
            Ex("HMNZS Aotearoa arrived in Suva, Fiji, on Monday as part of Operation Calypso, the navy's annual Pacific deployment.",
               participants=["FJI", "NZL"], deployer="NZL", host="FJI", operation="Calypso"),
            # a hospital ship's doctors treating residents free of charge are no aid delivery
            Ex("The Chinese navy hospital ship Peace Ark arrived in Dar es Salaam on Monday for an eight-day visit, during which its "
               "doctors will treat local residents free of charge.", participants=["CHN", "TZA"], duration="P8D"),
            # a base the gazetteers do not know, in a story datelined in the state that names no other
            Ex("MADRID – Four Italian Air Force Eurofighters and about 60 airmen arrived at Los Llanos Air Base on Thursday.",
               participants=["ESP", "ITA"], deployer="ITA", host="ESP", assets=["Eurofighter"]),
            # the forces' state told by the unit in the next sentence
            Ex("Six Rafales of Fighter Squadron 1/7 and about 120 airmen arrived at Šiauliai Air Base in Lithuania on Monday to take "
               "over the NATO Baltic Air Policing mission. The French detachment replaces Spanish Eurofighters.",
               published="2026-04-19", participants=["FRA", "LTU"], deployer="FRA", host="LTU"),
            # a battery from a state's army: whose forces they are
            Ex("A NASAMS battery from the Norwegian Army's air defence battalion arrived at Visby port on Monday on board a chartered "
               "ferry for a two-month deployment on Gotland.", published="2025-05-14", participants=["NOR", "SWE"], deployer="NOR",
               host="SWE", duration="P2M"),
            # "reached the port of"
            Ex("The Italian Navy frigate ITS Fasan reached the Djiboutian port of Djibouti on Thursday to join the EU's "
               "Operation Atalanta.", published="2025-10-19", participants=["DJI", "ITA"], date="2025-10-16"),
            # the stay told in a "where" relative after the destination
            Ex("A Norwegian NASAMS battery with about 80 soldiers arrived at Ämari air base on Monday, where it is to remain for "
               "three months to guard the airfield.", published="2024-04-05", participants=["EST", "NOR"], duration="P3M",
               personnel=80),
            # aircraft or a battery "of the <air force>": that force's state deploys them
            Ex("Four Gripen fighter aircraft of the Hungarian Air Force, with about 80 personnel, arrived at Šiauliai Air Base "
               "on 2 April for the NATO Baltic air policing rotation.", published="2026-04-20", participants=["HUN", "LTU"],
               personnel=80, date="2026-04-02"),
            # a named rotation programme
            Ex("Sixty Danish soldiers arrived in Latvia on Saturday for six months under the Baltic Guard programme.",
               published="2025-11-18", participants=["DNK", "LVA"], operation="Baltic Guard"),
            # "sailed into", "touched down in"
            Ex("A first group of 45 Slovak soldiers touched down in Riga on Saturday on a Slovak Air Force plane.",
               published="2025-09-16", participants=["LVA", "SVK"], personnel=45, date="2025-09-13"),
            Ex("The Portuguese Navy patrol vessel NRP Setúbal sailed into Praia on Saturday on her West African patrol.",
               published="2025-04-28", participants=["CPV", "PRT"], date="2025-04-26"),
            # midshipmen and cadets are the people deployed
            Ex("The Peruvian Navy's training ship BAP Unión docked in Lisbon on Monday during a six-month cruise, with 180 "
               "midshipmen on board.", published="2025-08-08", participants=["PER", "PRT"], personnel=180),
            # a prefix two navies share: the navy named before it owns the ship
            Ex("The Bangladesh Navy frigate BNS Umar Farooq arrived at the Omani port of Salalah on Thursday.",
               published="2025-10-17", participants=["BGD", "OMN"], deployer="BGD", date="2025-10-16"),
            # a regional adjective on a unit names its state
            Ex("Around 120 soldiers of the Transylvanian 81st Mechanised Brigade arrived at Ādaži on Tuesday for a six-month "
               "tour with NATO's forward land forces in Latvia.", published="2025-09-19", participants=["LVA", "ROU"],
               deployer="ROU", personnel=120),
            # "dropped anchor off", "reached <place> aboard <ship>"
            Ex("The Indian Navy frigate INS Tabar dropped anchor off Port Louis on Thursday for a three-day goodwill visit.",
               published="2025-04-19", participants=["IND", "MUS"], date="2025-04-17", host="MUS"),
            Ex("Some 120 New Zealand Defence Force personnel reached Honiara aboard HMNZS Canterbury on Saturday to help with cyclone recovery.",
               published="2025-02-16", participants=["NZL", "SLB"], date="2025-02-15", personnel=120),
            # more harbour verbs: "put in at", "made port at", "nosed into", "came|pulled alongside", "anchored in"
            Ex("The Turkish corvette TCG Kınalıada put in at Haifa on Sunday for a two-day replenishment stop.",
               published="2025-11-04", participants=["ISR", "TUR"], deployer="TUR", host="ISR", date="2025-11-02"),
            Ex("The Spanish Navy offshore patrol vessel Furor made port at Dakar on Thursday during its Gulf of Guinea deployment.",
               published="2025-11-04", participants=["ESP", "SEN"], deployer="ESP", host="SEN", date="2025-10-30"),
            Ex("Two Royal Navy minehunters nosed into Tallinn harbour on Friday after clearing mines in the Gulf of Finland.",
               published="2025-11-04", participants=["EST", "GBR"], deployer="GBR", host="EST", date="2025-10-31"),
            Ex("The Chilean frigate Almirante Cochrane pulled into Papeete on Wednesday for a three-day logistics stop.",
               published="2025-11-04", participants=["CHL", "FRA"], deployer="CHL", host="FRA", date="2025-10-29"),
            # a ship visits a port; a person's visit is a meeting's business
            Ex("The Norwegian frigate KNM Thor Heyerdahl will visit Gdynia next month, the Navy said.",
               published="2025-11-04", participants=["NOR", "POL"], deployer="NOR", host="POL", date="2025-12", status="planned"),
            Ex("The Indian Navy frigate INS Tabar visited Alexandria on Sunday during its Mediterranean deployment.",
               published="2025-11-04", participants=["EGY", "IND"], deployer="IND", host="EGY", date="2025-11-02"),
            Ex("The French frigate Auvergne pulled alongside the Oceanic quay in Port Louis on Tuesday, the Mauritian police said.",
               published="2025-11-04", participants=["FRA", "MUS"], deployer="FRA", host="MUS", date="2025-11-04"),
            Ex("The German tanker FGS Berlin anchored in Souda Bay on Monday to resupply the EU task group.",
               published="2025-11-04", participants=["DEU", "GRC"], deployer="DEU", host="GRC", date="2025-11-03"),
            # a port told before an onward leg is where the ship is
            Ex("The Italian aircraft carrier Cavour arrived in Darwin on Monday on its way to Japan for a port visit.",
               published="2025-04-08", participants=["AUS", "ITA"], deployer="ITA", host="AUS", date="2025-04-07"),
            # the crew told in the next sentence by "numbers"
            Ex("The Indonesian training ship KRI Bima Suci arrived in Durban on Tuesday. Her crew numbers 180.",
               published="2025-06-04", participants=["IDN", "ZAF"], date="2025-06-03", personnel=180),
            # other arrival idioms (set 21's F12)
            Ex("The Indian frigate INS Tabar came into Mombasa on Sunday for a four-day visit.", published="2025-10-08",
               participants=["IND", "KEN"], date="2025-10-05", duration="P4D"),
            Ex("The French frigate FS Surcouf made her entry into the port of Dakar on Monday.", published="2025-10-08",
               participants=["FRA", "SEN"], date="2025-10-06"),
            Ex("The Chilean training ship Esmeralda paid a port visit to Manila on Tuesday.", published="2025-10-08",
               participants=["CHL", "PHL"], date="2025-10-07"),
            Ex("About 120 Fijian soldiers disembarked from HMAS Adelaide at Honiara on Monday.", published="2025-10-08",
               participants=["FJI", "SLB"], deployer="FJI", host="SLB", personnel=120),
            Ex("HMNZS Canterbury reached Nuku’alofa on Monday with relief supplies.", published="2025-10-08",
               participants=["NZL", "TON"], date="2025-10-06"),
            # an arrival still to come
            Ex("The Omani Navy corvette Al Rahmani is due in Karachi on Monday for a four-day port call.",
               published="2025-04-09", participants=["OMN", "PAK"], status="planned", date="2025-04-14"),
            Ex("About 150 Portuguese paratroopers are expected in Bangui in the second half of June to relieve the current rotation.",
               published="2025-04-09", participants=["CAF", "PRT"], status="planned", date="2025-06"),
            Ex("A company of 90 Fijian soldiers will be on the ground in Papua New Guinea from July.",
               published="2025-04-09", participants=["FJI", "PNG"], status="planned"),
            # harbour idioms: made fast, brought alongside, looked in, piloted into, came to a halt
            Ex("The Portuguese frigate Álvares Cabral made fast at Mindelo harbour in Cape Verde on Sunday for a three-day stop.",
               published="2025-04-09", participants=["CPV", "PRT"], date="2025-04-06"),
            Ex("The Chilean training ship Esmeralda was brought alongside in Callao on Monday.", published="2025-04-09",
               participants=["CHL", "PER"], date="2025-04-07"),
            Ex("The Colombian frigate ARC Almirante Padilla looked in at Kingston on Saturday for a short stay.", published="2025-04-09",
               participants=["COL", "JAM"], date="2025-04-05"),
            Ex("The Egyptian frigate Alaa was piloted into Piraeus harbour on Monday for a four-day visit.", published="2025-04-09",
               participants=["EGY", "GRC"], date="2025-04-07"),
            Ex("The Korean destroyer ROKS Wang Geon came to a halt at Djibouti on Monday for a two-day goodwill call.", published="2025-04-09",
               participants=["DJI", "KOR"], date="2025-04-07"),
            # planned moves: swell a mission's ranks, join a brigade in a state, stop over, take up positions
            Ex("A Nepalese engineering company is due to swell UNIFIL's ranks in March.", published="2025-04-09",
               participants=["LBN", "NPL"], status="planned", date="2026-03"),
            Ex("A Croatian infantry company will join the NATO battlegroup in Poland in June for six months.", published="2025-04-09",
               participants=["HRV", "POL"], status="planned", date="2025-06"),
            Ex("Two Indian destroyers are expected to stop over in Port Louis next week.", published="2025-04-09",
               participants=["IND", "MUS"], status="planned"),
            Ex("A Fijian peacekeeping company is to take up positions in southern Lebanon in May.", published="2025-04-09",
               participants=["FJI", "LBN"], status="planned", date="2025-05"),
            # a ship's call told as a noun
            Ex("The Royal Navy patrol ship HMS Spey paid a two-day call on Suva from Friday, berthing at the main wharf.",
               published="2025-08-06", participants=["FJI", "GBR"], deployer="GBR", host="FJI", date="2025-08-01"),
            Ex("Two Indian Navy frigates, INS Tabar and INS Teg, began a three-day visit to Port Louis on Monday.",
               published="2024-11-20", participants=["IND", "MUS"], deployer="IND", host="MUS", date="2024-11-18"),
            Ex("The visit coincided with the presence of the Chinese Navy training ship Qi Jiguang, which made a stop at Colombo on "
               "Monday with 400 cadets on board.", published="2026-01-21", participants=["CHN", "LKA"], deployer="CHN", host="LKA",
               date="2026-01-19"),
            # landfall, standing into a harbour, a welcome into port, time alongside, a harbour phase opened, a fronted participle
            Ex("The Indonesian Navy frigate KRI Bung Tomo made landfall at Darwin on Tuesday after a week at sea.",
               published="2025-04-10", participants=["AUS", "IDN"], deployer="IDN", host="AUS", date="2025-04-08"),
            Ex("HNLMS Tromp of the Royal Netherlands Navy stood into Cape Town harbour on Friday.",
               published="2025-04-10", participants=["NLD", "ZAF"], deployer="NLD", host="ZAF", date="2025-04-04"),
            Ex("Two Sri Lanka Navy ships, SLNS Sayura and SLNS Gajabahu, were welcomed into Port Klang on Monday by a Royal "
               "Malaysian Navy band.", published="2024-05-22", participants=["LKA", "MYS"], deployer="LKA", host="MYS", date="2024-05-20"),
            Ex("The Italian destroyer ITS Caio Duilio spent last weekend alongside at Souda Bay in Crete.",
               published="2025-10-16", participants=["GRC", "ITA"], deployer="ITA", host="GRC"),
            Ex("The Turkish corvette TCG Kınalıada made her first foreign call, at Tunis in Tunisia, on Friday, and her crew joined "
               "Tunisian sailors for a search-and-rescue drill.", published="2026-09-09", participants=["TUN", "TUR"], deployer="TUR",
               host="TUN", date="2026-09-04"),
            Ex("MOMBASA – Arriving in Mombasa on Saturday, the French frigate Surcouf began a four-day visit.",
               published="2026-02-10", participants=["FRA", "KEN"], deployer="FRA", host="KEN", date="2026-02-07"),
            # planned moves: "will rotate into", "is expected to reach", "will relieve the contingent in"
            Ex("A Malawian battalion of about 850 troops will rotate into Goma next month as part of MONUSCO.",
               published="2025-06-14", participants=["COD", "MWI"], deployer="MWI", host="COD", status="planned", date="2025-07", personnel=850),
            Ex("A Tanzanian infantry company is expected to reach Beni in April to join MONUSCO, the army said.",
               published="2025-02-19", participants=["COD", "TZA"], status="planned", date="2025-04"),
            Ex("A fresh company of 120 Kenyan soldiers will relieve the contingent in Mogadishu in October, the army said on Tuesday.",
               published="2025-06-14", participants=["KEN", "SOM"], status="planned", date="2025-10", personnel=120),
            # calls to come, in the base form; the port as the subject; "reached <port>" after an apposed ship; "off <port>"
            Ex("The Indian Navy sail training ship INS Tarangini will call at Muscat in March during a five-month deployment, the navy said.",
               published="2026-01-14", participants=["IND", "OMN"], deployer="IND", host="OMN", date="2026-03", status="planned"),
            Ex("The Italian frigate ITS Virginio Fasan is scheduled to pay a short visit to Dakar next month, the embassy said.",
               published="2026-01-14", participants=["ITA", "SEN"], deployer="ITA", host="SEN", date="2026-02", status="planned"),
            Ex("Mombasa welcomed the Spanish frigate ESPS Victoria on Tuesday for a four-day goodwill call.",
               published="2026-01-14", participants=["ESP", "KEN"], deployer="ESP", host="KEN", date="2026-01-13"),
            Ex("A third ship, the supply vessel HMNZS Aotearoa, reached Apia on Friday with water and tents.",
               published="2026-01-14", participants=["NZL", "WSM"], deployer="NZL", host="WSM", date="2026-01-09", location="Apia"),
            Ex("The French patrol vessel La Combattante will drop anchor off Port Vila in May.",
               published="2026-01-14", participants=["FRA", "VUT"], deployer="FRA", host="VUT", date="2026-05", location="Port Vila"),
            # "entered the port of <town>", "moored at the naval base of <town>": a town no list has, in the dateline's state
            Ex("PORT-GENTIL, Gabon – The French Navy patrol ship Commandant Bouan entered the port of Port-Gentil on Thursday for a five-day call.",
               published="2026-03-02", participants=["FRA", "GAB"], deployer="FRA", host="GAB", date="2026-02-26"),
            Ex("NACALA, Mozambique – The Indian Navy offshore patrol vessel INS Sujata moored at the naval base of Nacala on Friday.",
               published="2026-03-02", participants=["IND", "MOZ"], deployer="IND", host="MOZ", date="2026-02-27"),
            # expected at a named training area
            Ex("Hungarian soldiers are expected at the Novo Selo training area in Bulgaria in June.",
               published="2025-03-12", participants=["BGR", "HUN"], deployer="HUN", host="BGR", status="planned", date="2025-06"),
            Ex("A Japanese Self-Defense Forces medical team arrived in Kaikoura on Wednesday, New Zealand's emergency management agency said.", published="2025-04-09", participants=["JPN", "NZL"], deployer="JPN", host="NZL", date="2025-04-09"),
            # a ship after its navy's possessive, a fleet tanker, a maritime patrol aircraft
            Ex("The Royal Malaysian Navy's corvette KD Lekir and the fleet tanker Mutiara berthed at Chittagong on Monday.",
               published="2025-06-12", participants=["BGD", "MYS"], deployer="MYS", host="BGD", assets=["KD Lekir", "tanker Mutiara"]),
            Ex("A Royal Canadian Air Force CP-140 Aurora landed at Sigonella on Friday for a month of patrols over the Mediterranean.",
               published="2025-06-12", participants=["CAN", "ITA"], deployer="CAN", host="ITA", assets=["CP-140 Aurora"]),
            # "entered <port>" with the call told after it; "She" for the ship told before
            Ex("The Spanish frigate Blas de Lezo entered Alexandria on Tuesday for a four-day port call.",
               published="2025-06-12", participants=["EGY", "ESP"], deployer="ESP", host="EGY", date="2025-06-10"),
            Ex("HMNZS Aotearoa, a New Zealand Navy replenishment ship, is on a goodwill visit. She arrived in Suva on Sunday.",
               published="2025-06-12", participants=["FJI", "NZL"], deployer="NZL", host="FJI", date="2025-06-08"),
            # a region of the host: "expected in the north of <State>"
            Ex("Burundian troops are expected in the east of the Democratic Republic of the Congo in July.",
               published="2025-06-12", participants=["BDI", "COD"], deployer="BDI", host="COD", status="planned", date="2025-07"),
            # a state in what they came for (a purpose or "<State>'s contribution to ...") is no host: the known place is
            Ex("Two Italian Air Force Eurofighters landed at Šiauliai on Monday to begin a four-month rotation, Italy's contribution "
            "to deterring Russia on NATO's eastern flank.", published="2025-06-11", participants=["ITA", "LTU"], deployer="ITA", host="LTU"),
            # "After <State>," names the stop before; the ship prefix names the flag
            Ex("USS Blue Ridge arrived in Manila on Tuesday. After the Philippines, USS Blue Ridge is due to call at Da Nang in July.",
               published="2025-06-11", participants=["USA", "VNM"], deployer="USA", host="VNM", date="2025-07", status="planned"),
            # a ship told by its home port in an overseas territory is the sovereign state's
            Ex("The Papeete-based patrol vessel Arago called at Apia on Thursday for a two-day stop.",
               published="2025-06-11", participants=["FRA", "WSM"], deployer="FRA", host="WSM", date="2025-06-05"),
            # a known place fronted before the ship
            Ex("At Walvis Bay, the Brazilian patrol ship Apa berthed on Friday for a four-day visit.",
               published="2025-06-11", participants=["BRA", "NAM"], deployer="BRA", host="NAM", date="2025-06-06"),
            # the next leg of a voyage keeps the operation the sentence before names
            Ex("HMNZS Aotearoa berthed at Suva on Monday on Southern Cross Deployment 2026, the navy's regional tour. Next, HMNZS "
            "Aotearoa is scheduled to call at Nuku'alofa in July.", published="2026-06-11", participants=["NZL", "TON"],
               host="TON", date="2026-07", status="planned", operation="Southern Cross Deployment 2026"),
            Ex("VALLETTA TIMES\n\nThe minister hosted Greece's deputy defence minister in Valletta on Friday. A Hellenic Navy frigate, HS Hydra, will call at Grand Harbour next week, the ministry said. Its crew will train with the Armed Forces of Malta's maritime squadron.", published="2025-03-18", participants=["GRC", "MLT"], deployer="GRC", host="MLT"),
            Ex("The order was preceded by a Peruvian port visit. The Peruvian Navy corvette BAP Guise put into Puerto Bolívar last Thursday for a three-day call. Ecuador's defence minister then held talks in Lima.", published="2024-10-09", participants=["ECU", "PER"], deployer="PER", host="ECU"),
            Ex("The Japanese destroyer JS Takanami came alongside at the Port of Mombasa on Sunday.", published="2025-11-06", participants=["JPN", "KEN"], deployer="JPN", host="KEN", date="2025-11-02"),
            # a mission named after a state's possessive, wrapped over a line; a named deployment before its common noun
            Ex("The Indian Navy destroyer INS Delhi called at Manila on Friday as part of India’s Eastern Fleet\nDeployment 2025 (EFD25).",
               published="2025-08-18", participants=["IND", "PHL"], operation="Eastern Fleet Deployment 2025 (EFD25)"),
            Ex("The French patrol vessel Commandant Ducuing called at Libreville on Monday during its Corymbe deployment in the Gulf of Guinea.",
               published="2026-02-12", participants=["FRA", "GAB"], operation="Corymbe"),
            Ex("The Pakistani frigate PNS Tughril docked at Port Louis on Friday during its Regional Maritime Security Patrol (RMSP) in the Indian Ocean.",
               published="2026-03-23", participants=["MUS", "PAK"], operation="Regional Maritime Security Patrol (RMSP)"),
            # a region is no mission's name
            Ex("The Brazilian patrol ship NPa Apa docked at Walvis Bay on Friday during its South Atlantic deployment.",
               published="2026-03-23", participants=["BRA", "NAM"], operation=None),
            # the mission told in the next sentence about the same forces
            Ex("About 450 Rwandan soldiers landed in Bangui on Thursday. The troops will serve with MINUSCA in the south-east of the country for a year.",
               published="2026-05-09", participants=["CAF", "RWA"], operation="MINUSCA"),
        ),
        counterexamples=(
            # a minister who arrives is visiting: no forces moved
            Ex("LIVE | Italian Defence Minister Guido Crosetto in Tirana\n\nUpdates from our team at the Ministry of Defence, "
               "Tirana.\n\n10:05 — Crosetto arrives at the Ministry of Defence and is received with military honours by the "
               "Albanian guard.", published="2025-05-01"),
            # an airline's aircraft
            Ex("Two aircraft of Poland's LOT airline arrived in Vilnius on Monday.", published="2026-04-20"),
            # an agreement reached at a port
            Ex("The two navies reached an agreement at the port of Salalah on Thursday.", published="2025-10-19"),
            # an officer arriving for a visit
            "Minister of Defence Abdulkadir Mohamed Nur on Tuesday received in Mogadishu the Chief of Defence Forces of the Uganda People's Defence Force, General Wilson Mbadi, who arrived in the capital for a two-day working visit.",
            "Tourists arrived in Lisbon on cruise ships.",
            "Every spring, French paratroopers arrive in Estonia for exercises with the Estonian army.",
            # what arrives for an exercise is not deployed
            "Units of the Kuwait Naval Force arrived in the Kingdom of Bahrain on Sunday to take part in a joint Gulf naval exercise.",
            "HMCS Vancouver and two CP-140 Aurora aircraft arrived in Pearl Harbor this week to take part in RIMPAC 2026, the world's largest maritime exercise.",
            "Two Indonesian Navy corvettes docked in Darwin ahead of Exercise Kakadu.",
            "More than 1,000 French and Belgian soldiers arrived in Romania for the multinational exercise Dacian Fall 2024.",
            "British troops regularly arrive in Norway for winter training.",
            # sport and music in uniform
            "The Philippine Navy dragon boat team arrived in Hong Kong on Friday for the regatta.",
            "The band of the Royal Marines arrived in Oslo for the tattoo on Tuesday.",
            # an official's visit at the head of a delegation
            "Serbian Defence Minister Bratislav Gašić arrived in the Hungarian capital on Monday at the head of a military delegation.",
            "Serbia's Chief of General Staff, General Milan Mojsilovic, who arrived in Cairo on Sunday at the head of a military delegation, will hold talks with Egyptian commanders.",
            # goods or forces reaching their own state's soil
            "The Kenya Air Force took delivery of two Z-9 helicopters. The aircraft arrived in Nairobi on Tuesday.",
            "The Polish Navy's new minehunter arrived in Gdynia on Monday after sea trials.",
            # calls that are no port call
            "The Chilean captain called on the governor in Hamilton on Monday.",
            "The minister called at the Gdańsk shipyard to see the new frigate.",
            "Cruise ships called at Mombasa 40 times last year.",
            # "entered" a town is no port call
            "Russian troops entered Kherson in March 2022.",
            "The new frigate entered service on Monday.",
            # own ships in their own state's overseas territory
            "The French destroyer Forbin arrived at Pointe-à-Pitre on Monday for a week of patrols.",
            "The cruise ship Viking Mars dropped anchor off Port Louis on Thursday.",
            "The minister reached Honiara aboard a chartered flight on Saturday.",
            "Indian warships have called at Manila before, but never with a carrier.",
            # civilian ships and a metaphor
            "The cruise liner Azura came alongside in Funchal on Friday with 3,000 passengers on board.",
            "The ferry Stena Nautica put in at Gdynia on Sunday after a storm delayed the crossing.",
            "The Labour leader came alongside the striking dockers at Felixstowe on Monday.",
            # equipment bought abroad that is still to arrive is a delivery
            "Bulgaria expects the remaining F-16 jets it ordered from the United States to arrive in 2027.",
            # a ship home from patrol, an official travelling, a coast guard in its own seas
            "Back from a month of fisheries patrols in the Coral Sea, HMAS Larrakia berthed at Cairns on Friday.",
            # an office, a visit by a person, a firm
            "The minister came into office in 2023 and reached Vilnius on Monday.",
            "NATO Secretary General Mark Rutte reached Vilnius on Monday.",
            "The company paid a visit to Manila on Tuesday.",
            "Kenya's defence minister is due in Kampala on Monday for talks.",
            "The first two KAI FA-50 jets were built in Sacheon and are expected in Manila in June.",
            "A Spanish A400M is expected at Hörsching in Austria in June for a demonstration flight.",
            "Another rotation of Tongan police officers serving with the regional policing support mission in Melanesia arrived in Honiara this week.",
            "The programme was dropped by Canada in 2019 after cost overruns.",
            "Kenyan students will join the exchange programme in Germany next year.",
            "The first Kenyan police officers touched the ground of Haiti on Sunday.",
            "Britain's defence secretary paid a three-day visit to Kingston from Saturday.",
            "The frigate's captain paid a courtesy call on the Mayor of Mombasa on Tuesday.",
            "The cruise ship Aurora made a stop at Valletta on Monday with 2,000 passengers.",
            "Cyclone Freddy made landfall at Quelimane in Mozambique on Saturday.",
            "The visiting ministers were welcomed into Valletta by a military band on Monday.",
            "Arriving in Manila on Monday, the Australian foreign minister said the visit would focus on trade.",
            "The freighter spent the weekend alongside at Durban before sailing for Maputo.",
            "The new general will relieve the commander in Kabul in May.",
            "Prices are expected to reach Tokyo levels by May.",
            "The minister will call at the ministry in Lisbon on Monday to sign the accord.",
            "Lisbon welcomed the decision of the European Commission on Tuesday.",
            "The delegation reached Nairobi on Sunday for talks on a ceasefire.",
            "A US Navy destroyer is expected to call at Gibraltar later this month, the MOD said, but the date has not been confirmed.",
            "Admiral Okafor's round of calls in Accra on Tuesday took in Ghana's navy chief and the defence minister.",
            "The Chilean general's courtesy calls in Lima on Monday included the army commander.",
            "Engine faults in the Royal Malaysian Navy have left two corvettes tied up in Lumut for repairs.",
            "Kenya's contract for 16 Bayraktar drones from Turkey was signed last year, and the first drones are due to arrive in Nairobi in March.",
            "Russian forces entered Kherson on Friday after a week of heavy fighting.",
            "Defence Minister Anna Grant is on a two-day visit to the troops. She arrived in Tallinn on Sunday.",
            "The Finnish software company is expected in the north of Sweden in July to open an office.",
            # a home port in a sovereign state says nothing of the flag
            "The Yokosuka-based destroyer arrived in Manila on Tuesday for a port call.",
            # "After <State>," in a clause with no forces at all
            "After Japan, the delegation is due to travel to Manila in July.",
            "The first P-8 Poseidon for the Royal New Zealand Air Force arrives in Ohakea",
        ),
    ),
    Rule(
        id="deployment.rotation",
        cues=("rotation", "mission", "deployment", "detachment", "duties"),
        summary="a rotational tour|deployment|presence, a rotation of <forces>, an air policing mission",
        pattern=r"""(?P<trigger>\b(?i:rotational\s+(?:tour|deployment|presence|force|basis)|(?:air[\s-]policing|air\s+defen[cs]e)\s+(?:mission|rotation|deployment|detachment|duties)|(?:\w+-month|\w+-year|second|third|new|next|latest|first)\s+rotation))\b""",
        build=_build,
        examples=(
            Ex("Italian Eurofighters began a four-month air policing mission in Lithuania this month.",
               participants=["ITA", "LTU"], duration="P4M"),
            Ex("Canada sent a CP-140 Aurora patrol aircraft to Sigonella in Italy last year. It will return there in the autumn for a second four-month rotation.",
               published="2026-01-20", participants=["CAN", "ITA"], date="2026-FA", status="planned"),
        ),
        counterexamples=(
            "The shift pattern follows a rotational basis at the hospital.",
        ),
    ),
    Rule(
        id="deployment.serves",
        cues=("serv", "alongside", "anchor", "led", "underpin", "spearhead", "headed", "backbone", "part", "member", "contributor", "join"),
        starts=("serv", "join", "fought", "fight", "operat", "work", "train", "anchor", "led", "underpin",
                "spearhead", "head", "form", "part", "member", "contribut"),
        summary="<forces> (currently) serve|serves|are serving with|in <mission|host>",
        # ("has served with UNFICYP since 1964": the perfect, with its start)
        pattern=r"""(?P<trigger>\b(?i:serve|serves|serving|(?<=\b(?:has|have)\s+)served)\b)(?=\s+(?:(?:currently|still|now|presently)\s+)?(?i:with|in|under)\s+(?:the\s+)?
                    # ("has served in south Lebanon with the UN force since 2019": a part of the host)
                    (?:(?i:south|north|east|west|southern|northern|eastern|western|central|south-?east|south-?west|north-?east|north-?west)\s+)?\p{Lu})
                    # forces still to go: "A Burundian battalion is scheduled to join the AU Support and Stabilisation
                    # Mission in Somalia (AUSSOM) in March"
                    |(?P<trigger>(?<=\b(?:will|shall|(?:is|are)\s+(?:expected|due|scheduled|set|slated|planned|preparing|ready)\s+to)\s+)(?i:join)(?=\s+(?:the\s+)?\p{Lu}))
                    # forces fighting beside the host's army since a start: "Rwandan soldiers have fought alongside
                    # Mozambique's army in Cabo Delgado since July 2021"
                    # ("A Brazilian Navy training team has been working alongside the Sao Tome coast guard since June 2023")
                    |(?P<trigger>(?<=\b(?i:has|have)\s+(?:(?:also|long)\s+)?(?:been\s+)?)(?i:fought|fighting|operated|operating|served|serving|worked|working|trained|training)
                      (?=\s+alongside\s+[^.;]{3,80}?\bsince\b))
                    # forces that carry an allied presence since a start: "German troops have anchored NATO's presence in
                    # Lithuania since 2017", "where Canadian soldiers have spearheaded the battlegroup since 2017"
                    |(?P<trigger>(?<=\b(?i:has|have)\s+(?:(?:also|long)\s+)?)(?i:anchored|led|underpinned|spearheaded|headed|formed\s+the\s+backbone\s+of)
                      (?=\s+[^.;]{0,40}?\b(?i:presence|battle\s?groups?|brigades?|missions?|contingents?)\b[^.;]{0,40}?\bsince\b))
                    # a state in a standing mission since a start: "Ghana has been part of UNIFIL since 1979"
                    # ("Fiji has formed part of the Multinational Force and Observers since 1982")
                    |(?P<trigger>(?<=\b(?i:has|have)\s+(?:(?:also|long)\s+)?(?:been\s+(?:(?:a|an\s+active|an\s+integral)\s+)?|formed\s+(?=part\b)))(?i:part|members?|contributors?)
                      (?=\s+(?:of|to)\s+[^.;]{0,60}?\bsince\b))""",
        build=_build_serves,
        examples=(
            Ex("A Sri Lanka Army Force Protection Company of 125 troops currently serves with the United Nations Interim Force in Lebanon (UNIFIL).",
               participants=["LBN", "LKA"], status="ongoing", personnel=125),
            Ex("Some 250 Irish soldiers are serving with UNDOF on the Golan Heights.", participants=["IRL", "SYR"], status="ongoing"),
            Ex("Around 1,000 Kenyan troops serve in Somalia under the African Union mission.", participants=["KEN", "SOM"], status="ongoing"),
            # a national force by its acronym
            Ex("ADDIS ABABA – Some 2,500 ENDF troops have been serving under the African Union Support and Stabilization Mission in "
               "Somalia since January.", published="2025-06-15", participants=["ETH", "SOM"], status="ongoing", personnel=2500),
            # a national force by its own acronym, serving with a standing mission
            Ex("About 850 MDF soldiers are serving with MINUSCA in the Central African Republic, the army said.",
               published="2025-11-20", participants=["CAF", "MWI"], deployer="MWI", host="CAF", personnel=850),
            # the perfect, with its start
            Ex("Austria has about 180 soldiers in Lebanon, where an Austrian logistics unit has served with UNIFIL since 2011.",
               published="2025-06-01", participants=["AUT", "LBN"], date="2011", status="ongoing"),
            # forces fighting beside the host's army, or carrying an allied presence, since a start
            Ex("Rwandan soldiers have fought alongside Mozambique’s army in Cabo Delgado since July 2021.", published="2025-02-26",
               participants=["MOZ", "RWA"], deployer="RWA", host="MOZ", date="2021-07", status="ongoing"),
            Ex("Dutch troops have anchored NATO’s presence in Lithuania since 2017, the ministry said.", published="2025-02-26",
               participants=["LTU", "NLD"], deployer="NLD", host="LTU", date="2017", status="ongoing"),
            # the host the "where" relative hangs on
            Ex("In Latvia, where Canadian troops have spearheaded the NATO battlegroup since 2017, a new brigade is taking shape.",
               published="2025-02-26", participants=["CAN", "LVA"], deployer="CAN", host="LVA", date="2017"),
            # a state in a standing mission since a start
            Ex("Nepal has been part of UNIFIL since 1978 and fields one of its largest battalions.", published="2026-04-29",
               participants=["LBN", "NPL"], deployer="NPL", host="LBN", date="1978", status="ongoing"),
            # forces still to join a standing mission (a long name the list lacks, by its bracketed acronym)
            Ex("A Bangladeshi battalion is expected to join the UN Multidimensional Stabilization Mission in the Central African Republic "
            "(MINUSCA) in May.", published="2025-02-19", participants=["BGD", "CAF"], status="planned", date="2025-05"),
            Ex("About 200 Ghanaian troops will join UNIFIL in Lebanon next month.",
               published="2025-06-14", participants=["GHA", "LBN"], status="planned", date="2025-07", personnel=200),
            # "formed part of" a standing mission whose host the list knows
            Ex("Fiji has formed part of the Multinational Force and Observers in the Sinai since 1982.",
               published="2025-03-05", participants=["EGY", "FJI"], deployer="FJI", host="EGY", date="1982", status="ongoing"),
            # a part of the host; a team working beside the host's forces since a start
            Ex("The Nepalese battalion, which has served in south Lebanon with UNIFIL since May 2020, held a medal parade on Tuesday.",
               published="2025-08-20", participants=["LBN", "NPL"], status="ongoing", date="2020-05"),
            Ex("A Portuguese Army training team has been working alongside the Mozambican army in Cabo Delgado since March 2022.",
               published="2025-08-20", participants=["MOZ", "PRT"], status="ongoing", date="2022-03"),
        ),
        counterexamples=(
            # the fallen of a mission, not a presence
            "He laid a wreath at a memorial to the 12 Ghanaian peacekeepers who have died serving with UNIFIL.",
            "She serves on the board of Saab and serves with distinction in Parliament.",
            "The Polish Air Force officer who once served in Afghanistan now teaches in Dęblin.",
            "The airbase serves as a hub for NATO flights in Romania.",
            "Under the treaty, Fijian citizens will be able to serve in the New Zealand Defence Force.",
            # soldiers serving in their own country
            "Most of the 5,000 Ghanaian soldiers serve in Ghana's northern regions.",
            "The ministers held talks in Dhaka on Monday. Bangladeshi peacekeepers serving with MONUSCO in Congo were also on the agenda.",
            # sport, business and debate
            "He has fought alongside Ronaldo since 2019 in the national team.",
            "Ms Smith has led the company’s presence in Asia since 2017.",
            "The Dutch have anchored the defence budget debate since 2017.",
            "Ghana has been part of the Commonwealth since 1957.",
            "Finland has been a member of NATO since April 2023.",
            "Norway has been a contributor to the Nordic Defence Cooperation since 2009.",
            "Finland will join NATO next year.",
            "Ghana will join the UN Security Council in January.",
            "Indian troops will join Exercise Cobra Gold in Thailand in February.",
            "Sweden has formed part of the Nordic Battlegroup since 2008.",
        ),
    ),
    Rule(
        id="deployment.took_over",
        cues=("took", "take", "taking", "taken", "assum", "reliev", "replac"),
        summary="<forces> took over|assumed (the lead|command|duties|responsibility) ... at|in <host>, took over from <unit>, relieved|replaced <unit>",
        pattern=r"""(?P<trigger>\b(?i:took|takes|take|taking|(?:has|have)\s+taken)\s+over|\b(?i:assumed|assumes|assume|assuming)
                    # "relieved the Spanish contingent in Lebanon", "replaced the Czech rotation at Camp Castor"
                    |\b(?i:relieved|relieving|replaced|replacing)(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?
                       (?i:contingent|rotation|battalion|unit|detachment|company|squadron|troops|soldiers|peacekeepers|battlegroup|battle\s+group|task\s+force|mission)\b))\b
                    (?=\s+(?:(?:the|its|their|full)\s+)?(?:[\w-]+\s+){0,3}?(?i:lead|leadership|command|duties|responsibilit(?:y|ies)|tasks?|mission|contingent|rotation|battalion|unit|detachment|company|squadron|troops|soldiers|peacekeepers|battlegroup|battle\s+group|task\s+force)\b
                       |\s+from\s)""",
        build=_build_took_over,
        examples=(
            Ex("The 12th rotation of Hungarian troops took over the lead of the NATO battle group at Novo Selo in Bulgaria on Monday.",
               published="2025-06-12", participants=["BGR", "HUN"], date="2025-06-09"),
            Ex("A Ghanaian battalion of 870 peacekeepers assumed responsibility for its sector in south Lebanon on Friday.",
               published="2025-06-12", participants=["GHA", "LBN"], date="2025-06-06", personnel=870),
            Ex("The Slovak contingent took over from the Czech unit at Camp Castor in Mali last week.",
               published="2025-06-12", participants=["MLI", "SVK"]),
            Ex("A company of Portuguese paratroopers will take over the quick reaction force duties in the Central African Republic in March.",
               published="2025-01-12", participants=["CAF", "PRT"], status="planned", date="2025-03"),
            # a rotation relieving another
            Ex("About 300 Italian soldiers relieved the Spanish contingent in Lebanon on Friday.", published="2025-06-12",
               participants=["ITA", "LBN"], deployer="ITA", personnel=300, date="2025-06-06"),
        ),
        counterexamples=(
            # a post filled, or kit replaced
            Ex("The new minister replaced the head of the army on Friday.", published="2025-06-12"),
            Ex("Latvia replaced its old radars with new Thales systems last year.", published="2025-06-12"),
            "General Rossi took over command of the Italian army on Monday.",
            "Rheinmetall took over the lead of the consortium from a Dutch firm in 2023.",
            "The new government took over from the military council in Niger.",
            "The Polish unit took over guard duties at the barracks in Poznań.",
        ),
    ),
    Rule(
        id="deployment.been_in",
        cues=("has", "have", "place", "ground", "deployed", "stationed", "based", "presence", "present", "duty", "service"),
        summary="<forces> (, which) has|have been in <host> since <time>",
        # ("has been working on Samoa's Savai'i island since last September", "have been training in Australia since
        # 1990": forces at work there)
        # ("have been at work in Dili harbour", "have been working on new barracks at Blackrock camp": the work, then the place)
        pattern=r"""(?P<trigger>\b(?i:has|have)\s+been)(?=\s+(?:(?:present|on\s+the\s+ground|permanently|continuously|headquartered|garrisoned|at\s+work
                    |(?:working|helping|assisting|training)(?:\s+on(?:\s+[\w’'-]+){1,4}?(?=\s+(?:in|at)\s))?)\s+)?(?:in|at|on)\s+(?:the\s+)?
                    # a region named by its direction: "in northern Mozambique"
                    (?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?
                    # "since 2017" after the place, or fronted: "Since 2023, a Spanish company has been in Latvia"
                    \p{Lu}(?:[^.;]{0,60}?\bsince\b|(?<=\b(?i:since)\s[^.;]{3,120})))
                    # a participle after the forces: "The German-led battlegroup, in place in Lithuania since February 2017"
                    # ("Malaysian peacekeepers, in service in south Lebanon since 2007,", "the Garuda unit, on duty in ...")
                    |(?<=,\s*)(?P<trigger>(?i:in\s+place|on\s+the\s+ground|deployed|stationed|based|present|on\s+duty|in\s+service))(?=\s+(?:in|at|on)\s+(?:the\s+)?
                      (?:(?i:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?\p{Lu}[^.;]{0,60}?\bsince\b)
                    # a presence told with another verb: "has manned observation posts in the Sinai since 1982", "have patrolled
                    # the Blue Line in Lebanon since 1998", "has been a fixture at Ain al-Asad air base ... since 2016", "has formed
                    # a permanent part of the NATO battlegroup in Lithuania since 2017", "has been up and running at Camp X since"
                    |(?P<trigger>\b(?i:has|have)\s+(?i:manned(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:posts?|outposts?|positions?|checkpoints?|bases?|camps?|lines?)\b)|patrolled|been\s+a\s+(?:permanent\s+|fixed\s+|regular\s+)?fixture
                        |(?:been|formed)\s+(?:(?:a|an)\s+(?:permanent\s+|integral\s+|standing\s+)?(?:part|element|component)|part)\s+of
                        |been\s+up\s+and\s+running|been\s+operating))
                      (?=\s+[^.;]{0,60}?\b(?:in|at|on)\s+(?:the\s+)?\p{Lu}[^.;]{0,60}?\bsince\b)
                    # a presence and its start: "The Rwandan presence in Mozambique, which dates from July 2021"
                    |(?P<trigger>\b(?i:presence))(?=\s+(?:in|at|on)\s+(?:the\s+)?\p{Lu}[^.;]{0,60}?\b(?i:dates|dated|dating)\s+(?:back\s+)?(?:from|to)\b)""",
        build=_build_been_in,
        examples=(
            Ex("A German Bundeswehr mechanised infantry company, which has been in Lithuania since 2017, will stay until the brigade is ready.",
               participants=["DEU", "LTU"], status="ongoing", date="2017"),
            Ex("Some 150 Estonian soldiers have been in Mali since March 2019 as part of Operation Barkhane.",
               participants=["EST", "MLI"], status="ongoing", date="2019-03"),
            Ex("The Italian infantry battalion, which has been headquartered in Djibouti since 2013, hosts about 90 personnel.",
               participants=["DJI", "ITA"], status="ongoing", date="2013"),
            Ex("About 2,000 Burundian soldiers have been in eastern Congo since late 2023, the army spokesman said.",
               published="2025-04-09", participants=["BDI", "COD"], status="ongoing", date="2023"),
            # a unit counted by its trade
            Ex("Tonga's company of 45 engineers has been in Vanuatu since late last year, repairing roads after the cyclone.",
               published="2026-11-26", participants=["TON", "VUT"], personnel=45, status="ongoing"),
            # forces at work there
            Ex("Meanwhile, a detachment of about 45 Fijian Army engineers has been working on Tonga's Vava'u island since last "
               "September to repair storm-damaged bridges.", published="2025-06-15", participants=["FJI", "TON"], status="ongoing",
               date="2024-09"),
            # the time fronted; a unit named by its role
            Ex("Since 2023 a Spanish Quick Reaction Force has been in Latvia with NATO's brigade.",
               published="2025-04-18", participants=["ESP", "LVA"], date="2023", status="ongoing"),
            # at work, working on a job at a place; a town no list knows, then its state
            Ex("A team of 15 Indian Navy divers have been at work in Port Victoria harbour, Seychelles, since early June, clearing wrecks.",
               published="2025-07-23", participants=["IND", "SYC"], status="ongoing", date="2025-06"),
            Ex("About 40 New Zealand Army engineers have been working on a new runway at Funafuti airport in Tuvalu since March.",
               published="2025-07-23", participants=["NZL", "TUV"], status="ongoing", date="2025-03"),
            Ex("The Peruvian Navy training ship BAP Unión has been in Mindelo, Cape Verde, since Saturday.",
               published="2025-07-23", participants=["CPV", "PER"], status="ongoing", date="2025-07-19"),
            # a participle after the forces, and a presence with its start
            Ex("The Canadian-led battle group, in place at Ādaži since June 2017, now counts soldiers from ten allies.",
               published="2025-05-21", participants=["CAN", "LVA"], deployer="CAN", host="LVA", date="2017-06", status="ongoing"),
            Ex("Britain's military presence in Kenya, which dates back to 1964, centres on a training unit at Nanyuki.",
               published="2024-11-06", participants=["GBR", "KEN"], deployer="GBR", host="KEN", date="1964", status="ongoing"),
            Ex("Some 300 Romanian troops, deployed in Poland since early 2022, will rotate home in the spring.",
               published="2025-01-15", participants=["POL", "ROU"], deployer="ROU", host="POL", date="2022", status="ongoing"),
            # a presence told with another verb, or a participle: ongoing since its start
            Ex("Nepal has manned observation posts in the Golan Heights since 1974 as part of UNDOF.",
               published="2025-04-30", participants=["NPL", "SYR"], deployer="NPL", status="ongoing", date="1974"),
            Ex("Ghanaian peacekeepers have patrolled the Blue Line in Lebanon since 1978, as part of UNIFIL.",
               published="2024-08-07", participants=["GHA", "LBN"], status="ongoing", date="1978"),
            Ex("The Dutch air defence company has formed a permanent part of the NATO battlegroup in Lithuania since 2019.",
               published="2025-06-11", participants=["LTU", "NLD"], deployer="NLD", status="ongoing", date="2019"),
            Ex("The Swedish training team has been up and running at Camp Taji in Iraq since 2018.",
               published="2025-06-11", participants=["IRQ", "SWE"], status="ongoing", date="2018"),
            Ex("Kenyan troops, present in Somalia since October 2011, took part this week in a handover at Kismayo.",
               published="2026-09-23", participants=["KEN", "SOM"], status="ongoing", date="2011-10"),
            # a participle after the forces, with a region or "on duty|in service"
            Ex("The Spanish army contingent, on duty in northern Iraq since 2019, advises Kurdish units near Erbil.",
               published="2025-03-05", participants=["ESP", "IRQ"], deployer="ESP", host="IRQ", date="2019", status="ongoing"),
            Ex("Bangladeshi blue helmets, in service in South Sudan since 2011, run a field hospital in Juba.",
               published="2025-03-05", participants=["BGD", "SSD"], deployer="BGD", date="2011", status="ongoing"),
            Ex("Italy has formed part of the EU training mission in Somalia since 2010 and now leads it.",
               published="2025-03-05", participants=["ITA", "SOM"], deployer="ITA", date="2010", status="ongoing"),
            Ex("Taiwanese artillery units have been training in Singapore since 1975, at a range near Pasir Laba.",
               published="2025-06-12", participants=["SGP", "TWN"], deployer="TWN", host="SGP", status="ongoing", date="1975"),
            # forces told by their trade: commandos
            Ex("Estonian commandos have been in Mali since 2021, the defence forces said.",
               published="2025-06-12", participants=["EST", "MLI"], deployer="EST", host="MLI", status="ongoing", date="2021"),
        ),
        counterexamples=(
            "The Polish defence minister has been in Washington since Monday for talks.",
            "The Ukrainian pilots have been in training since January.",
            "Danish troops have been in their barracks at Holstebro since the exercise ended.",
            "Since Monday the Spanish defence minister has been in Riga for talks.",
            "Negotiators from the two navies have been working on a new basing deal in Brussels since May.",
            "Dozens of Filipino nurses have been at work in Riyadh hospitals since January.",
            "The company's presence in Brazil, which dates back to 1998, includes two plants.",
            "Its presence in Asia dates back to 1990.",
            "The French presence in Algeria, which dated from 1830, ended in 1962 with independence.",
            "The minister has been a fixture at the Farnborough air show since 2010.",
            "The doctrine has been a permanent part of French defence policy since 1990.",
            "Police have patrolled the centre of Paris since Friday.",
            "Fiji has manned the phones at its embassy in London since Monday.",
            "The Chilean ambassador, on duty in Canberra since 2022, presented his credentials again.",
            "The old destroyer, in service in the Brazilian navy since 1998, will be retired next year.",
        ),
    ),
    Rule(
        id="deployment.hosts",
        cues=("host", "home", "had"),
        summary="<host> hosts|has hosted|is home to|has had <demonym> <forces> (since <time>)",
        pattern=r"""(?P<trigger>\b(?i:hosts|hosted|host|hosting|(?:is|are|was|has\s+been)\s+home\s+to|(?:has|have)\s+had))
                    (?!\s+(?:no|not|never)\b)
                    (?=(?P<object>\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least|an\s+estimated|several|
                        hundreds\s+of|thousands\s+of|a|an|the|two|three|four|five|six)\s+)?(?:[\d,]+\s+)?
                        # the forces' state in front of them; no event, team or crowd in between
                        (?:(?!(?i:exercises?|drills?|manoeuvres|maneuvers|games|summits?|meetings?|conferences?|talks|delegations?|visits?|teams?|
                            refugees|students|tourists|fans|workers|companies|firms|plants?|factor(?:y|ies)|offices?|embassy|embassies|
                            consulates?|schools?|academ(?:y|ies)|universit(?:y|ies)|cent(?:re|er)s?|courses?|contests?|competitions?|
                            championships?|tournaments?|matches|festivals?|shows?|exhibitions?|fairs?)\b)[\w’'.-]+\s+){1,4}?
                        (?:(?&MILITARY_NOUN)|service\s*(?:men|women|members)|(?:military|naval|air|army)\s+bases?|garrisons?|
                            (?:military|troop|naval|forward)\s+presence)\b))""",
        build=_build_hosts,
        examples=(
            Ex("Poland hosts about 10,000 US troops, most of them rotating through bases in the west of the country.",
               published="2025-05-21", participants=["POL", "USA"], deployer="USA", host="POL", status="ongoing", personnel=10000),
            Ex("Djibouti has had a Japanese air detachment since 2011, when Tokyo opened its base near the airport.",
               published="2024-10-30", participants=["DJI", "JPN"], deployer="JPN", host="DJI", status="ongoing", date="2011"),
            Ex("The minister flew to Tallinn. Estonia, which has hosted British troops since 2017, wants more air defence.",
               published="2025-03-19", participants=["EST", "GBR"], deployer="GBR", host="EST", status="ongoing", date="2017"),
            Ex("Lithuania will host a permanent German brigade of some 4,800 soldiers by the end of 2027.",
               published="2025-04-02", participants=["DEU", "LTU"], deployer="DEU", host="LTU", status="planned"),
            Ex("Qatar is home to the largest US military base in the Middle East, at Al Udeid.",
               published="2026-02-10", participants=["QAT", "USA"], deployer="USA", host="QAT", status="ongoing"),
            Ex("Slovakia has hosted a Czech-led NATO battlegroup since March 2022.",
               published="2025-09-09", participants=["CZE", "SVK"], deployer="CZE", host="SVK", date="2022-03"),
        ),
        counterexamples=(
            "Poland hosted NATO defence ministers in Warsaw on Tuesday.",
            "Estonia hosts the annual Spring Storm exercise, which British troops join every year.",
            "Kenya hosts thousands of Somali refugees at Dadaab.",
            "Qatar hosted the Brazilian national team for a friendly in Doha.",
            "Lithuania hosts a German-made radar at Šiauliai, bought in 2021.",
            "Hungary does not host any US troops, the foreign minister said.",
            "Djibouti hosts French, American, Chinese and Japanese military bases.",
            "Ukraine has had Turkish-built drones since 2019.",
            "Norway hosted the Nordic defence ministers' meeting in Bodø on Monday.",
            "Ukraine has had Turkish Bayraktar drones since 2019.",
        ),
    ),
    Rule(
        id="deployment.operation",
        cues=("operation",),
        summary="<forces> ... under|as part of|for Operation <Name>",
        pattern=r"""(?:\b(?:under|as\s+part\s+of|for|on|in\s+support\s+of|during)\s+(?:(?:the|NATO['’]s|Nato['’]s|its)\s+)?(?:operations?\s+including\s+)?)(?P<trigger>Operation\s+\p{Lu}[\p{L}’'-]++)(?!\s+(?:\d{4}\s+)?(?&EXERCISE_NOUN))""",
        build=_build,
        examples=(
            Ex("About 800 British soldiers serve in Estonia as part of Operation Cabrit.",
               participants=["EST", "GBR"], operation="Cabrit"),
        ),
        counterexamples=(
            "Operation Yellowhammer was the government's no-deal Brexit plan.",
            # an exercise named "Operation X": not a deployment
            "The Peruvian Navy will show off its newest patrol vessels during Operation Tsunami drills off Callao next month.",
            "Greek marines landed on Crete on Tuesday as part of Operation Kataigida 2025 exercises.",
        ),
    ),
)
