"""Meetings: who met whom, where, in which forum.

Shapes handled:
    (held) talks at|in|between|with ...          <actors> met (with) <actors>
    a bilateral|ministerial|<forum> ... meeting  <forum> summit, summit of|in ...
    <actor> visited <state|city>, visit to ...   <actor> hosted|welcomed <actors> (to <place>)
    <actor> joined his|her counterparts from <states> in <city>
    held discussions|consultations with ...      <actors> ... on the sidelines of <forum>
    talks were held|took place in <city> between ...
    <actor> exchanged views|sat down|conferred with <actor>
    <office holders of two states>|the two ministers discussed ...
    <states> held a 2+2 (dialogue) in <city>      <actors> co-chaired|co-hosted the ... dialogue
Not meetings: "regular talks", "meets every two years", "interact through ADMM-Plus" (habitual),
"talks could take place", "is likely to visit", a plan only reported by sources (speculative),
phone, video and virtual calls (a meeting has a place), people who meet for no state
(journalists, executives, analysts, teams, fishing boat captains, a parliament's committee),
"met the target", sport, trade-fair stands and visitors, ships and aircraft on a port call or a
stop, and a summit that is only the setting of a bilateral meeting ("on the margins of").
Told again: a meeting named by its noun with no time of its own ("Talks between Prime Ministers
Modi and Albanese covered ...", "During his visit to the Philippines") joins the meeting told
before when one fits. Parties the actor scan leaves out are read here: the second state of a
dashed pair ("Japan-Philippines"), a qualifier after the name ("President Lee of South Korea"),
and a plural title over two names, which refers back to the story's two states.
Known gaps: an apposition ("Gen Nakatani, Japan's defence minister,") gives no state to a later
"Nakatani"; two people under one plural title with "of <state>" after each.
Participants: the subject and the parties after with/between/from; a "counterpart" brings the
other side (the subject's state or the home state); a forum meeting with no state named
(the E5 ministers' meeting, the NATO summit) has the forum as its participant.
"""

from __future__ import annotations

from .. import _lazy_regex as regex

from ..actors import Mention, port_of_call, state_actor
from ..document import Document
from ..schema import Actor, Place
from . import Draft, Ex, Rule
from ._args import (
    AT_A_SEAT,
    town_told_before,
    HONORIFICS,
    actors_of,
    counterpart_side,
    distinct_states,
    draft,
    evidence_end,
    for_firms,
    leading_subject,
    in_dateline_city,
    subject_at,
    here,
    is_region,
    location_of,
    objects_after,
    opens_sentence,
    party_count,
    phrase_end,
    posted_to,
    resolve_references,
    subject_before,
)
from ._meeting_checks import (
    CRAFT,
    NON_OFFICIAL,
    craft_or_fair,
    forum_of,
    no_meeting_of_states,
    read_forum,
    remote,
)
from ._patterns import expand
from ._sale import DELIVERED_NOUNS

_CIRCUMSTANCE = regex.compile(r"(?i)\b(?:during|at|after|following|before|ahead\s+of|on\s+the\s+sidelines\s+of)\s+(?:a|an|their|the)\s+(?:[\w’'-]+\s+){0,2}$")


def _compound(doc: Document, pos: int) -> list[Mention]:
    """ "EU–Canada summit", "US-Japan talks": parties joined by a dash right before the trigger."""
    out: list[Mention] = []
    right = pos
    near = doc.mentions_in(max(0, pos - 60), pos)
    for m in reversed(near):
        gap = doc.text[m.end:right]
        if not regex.fullmatch(r"\s*" if not out else r"\s*[-‐–—/]\s*", gap) and not (out == [] and regex.fullmatch(r"\s+(?:[\w’'-]+\s+){0,2}", gap)):
            break
        out.append(m)
        right = m.start
    return out[::-1] if len(out) >= 2 else []


# "plan to meet again", "agreed to meet soon": an intention, unless a date or an occasion is set
_MEET_AGAIN = regex.compile(
    r"(?i)meet\s+(?:again|soon|shortly|(?:in\s+the\s+)?near\s+future|at\s+an?\s+(?:early|later|future)\s+date)\b")
# "stressed the importance of continued consultations", "underlined the need for regular dialogue"
_VALUED = regex.compile(
    r"(?i)\b(?:stress\w*|underlin\w*|emphasi[sz]\w*|highlight\w*|underscor\w*|reaffirm\w*|noted|recogni[sz]\w*|agreed\s+on)\s+"
    r"(?:the\s+)?(?:importance|value|need|necessity|significance|benefits?)\s+(?:of|for)\s+"
    r"(?:(?:continued|continuing|further|regular|closer|ongoing|deeper|sustained|frequent|high-level|more)\s+)*(?:[\w’'-]+\s+){0,2}?\Z")
_AT_OCCASION = regex.compile(
    r"(?i)\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|this|next)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:summit|meeting|conference|dialogue|forum|ministerial|council|session)\b")
_WELCOMED_TO = regex.compile(r"\bto\s+(?:the\s+)?$")
_DEFINITE_NOUN = regex.compile(r"(?i)(?:\b(?:the|this|that|his|her|their|its)|['’]s?)\s+(?:[\w’'-]+\s+){0,2}$")
_SETTING = regex.compile(r"(?i)\b(?:sidelines|margins|fringes?)\s+of\s+(?:the\s+|this\s+(?:week|year)['’]s\s+|an?\s+)?(?:[\w’'-]+\s+){0,5}$")

# --- parties written in ways the actor scan does not read -----------------------------------------

_PLURAL_TITLE = regex.compile(
    r"\b(?:Prime\s+Ministers|Presidents|Premiers|Chancellors|(?:Defen[cs]e|Foreign)\s+(?:Ministers|Secretaries))\s+"
    r"(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*\s+and\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*(?!\s+of\b)")


_ADJUNCT_PREP = regex.compile(r"\s*,?\s*(?:(?:on|in|at|during|last|this|earlier|late|early)\s+)?(?:the\s+)?")
_ADJUNCT_END = regex.compile(r"\s*,")
# a venue after "at|in (the)": "Army Headquarters", "the ministry's headquarters", "the Presidential Palace"
_VENUE_ADJUNCT = regex.compile(
    r"(?i)(?:[\w’'-]+\s+){0,3}?(?:headquarters|HQ|palace|ministry|office|residence|building|house|hall|secretariat|"
    r"cantonment|garrison|chancellery|chancery|embassy|room|chamber|salon|lounge|hangar)"
    # (its body and its town: "at the Ministry of Defence in Fatuhada", "at the Headquarters of the Army in Cotonou")
    r"(?-i:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'-]*){0,4})?"
    r"(?-i:\s+in\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)?(?=[\s,])"
    # "received in audience", "received in a private audience"
    r"|(?i:(?:a\s+|an\s+)?(?:private\s+|official\s+|special\s+)?audience)(?=[\s,])")
# the comma after a party's apposition, then its place: ", in Riga", ", at the ministry in Tokyo"
# (the guest's apposition may itself hold a comma's phrase: "met General X, commander of US Army Europe, in Sofia")
_PLACE_AFTER_APPOSITION = regex.compile(r"(?:,\s+(?:[^,.;:()\n]|(?<=\b\p{Lu})\.|\.(?=\p{L})){1,80}?)??,\s+(?=(?:in|at)\s)")
# a place the meeting's "where" relative hangs on: "was in Ankara on Tuesday, where she met ..."
_WHERE_AFTER_PLACE = regex.compile(r"(?i),\s+where\s+(?:[\w’'-]+\s+){1,8}$")
# the visit the meeting came during, and its town: "during a two-day visit by a PNG delegation to Port Vila"
_DURING_VISIT_TO = regex.compile(
    r"(?i)\b(?:during|on|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:a|an|his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}?visit"
    r"(?:\s+by\s+[^,.;:()]{1,60}?)?\s+to\s+(?:the\s+)?")
# "in Ankara on Tuesday, where": the time between the place and the relative
_TIME_THEN_WHERE = regex.compile(r"(?i)\s+(?:(?:on|last|this|earlier)\s+[\w’' ]{1,25}?|yesterday|today|(?:this|last)\s+week|on\s+\w+\s+\w+)")
# "held talks there": the place the sentence named before
_THERE = regex.compile(r"\s+there\b")
# the "in|at" a place told around the clause must follow
_IN_AT_BEFORE = regex.compile(r"(?i)\b(?:in|at)\s+(?:the\s+)?$")
# what follows the time and place names a setting, not a party: "met in Oslo on Tuesday under the JEF format"
_SETTING_NEXT = regex.compile(r"(?i)\s*(?:under|as|within|for|to|at|during|after|before|amid|following|ahead|in|on|of)\b")


def _past_adjuncts(doc: Document, pos: int) -> int:
    """Where the words after a trigger at ``pos`` go on past the times and places that come first
    ("received on Monday in Asunción the Chief of Staff", "held talks in Vilnius on Tuesday, 4
    March, with the Chief of Defence of Norway"); ``pos`` itself when none does."""
    text = doc.text
    while True:
        m = _ADJUNCT_PREP.match(text, pos)
        q = m.end()
        ends = [t.span.end for t in doc.times_in(q, q + 60) if t.span.start == q]
        ends += [p.span.end for p in doc.places_in(q, q + 60) if p.span.start == q]
        if q > pos and (venue := _VENUE_ADJUNCT.match(text, q)) is not None:
            ends.append(venue.end())  # "received at Army Headquarters the visiting commander of ..."
        if not ends:
            return pos
        end = max(ends)
        comma = _ADJUNCT_END.match(text, end)
        pos = comma.end() if comma else end


def _place_around(doc: Document, m: regex.Match[str], window_end: int) -> Place | None:
    """The meeting's place told around its clause rather than in it: the place a "where" relative
    hangs on ("was in Ankara on Tuesday, where she met"), the town of the visit it came during
    ("received ... on Tuesday, during a two-day visit by a PNG delegation to Port Vila"), or the
    place a "there" points back to ("signed in Tirana, ... who held talks there")."""
    text, (ts, te) = doc.text, m.span("trigger")
    if (where := _WHERE_AFTER_PLACE.search(text, max(0, ts - 90), ts)) is not None:
        opening = doc.clause(max(0, where.start() - 1))[0]
        before = [p for p in doc.places_in(opening, where.start()) if p.span is not None
                  and (p.span.end == where.start() or _TIME_THEN_WHERE.fullmatch(text, p.span.end, where.start()))]
        if before and _IN_AT_BEFORE.search(text, max(0, before[-1].span.start - 12), before[-1].span.start):
            return before[-1]
    if (town := _visit_town(doc, m, window_end)) is not None:
        return town
    if _THERE.match(text, te):
        named = [p for p in doc.places_in(doc.sentence(ts)[0], ts) if p.span is not None and not is_region(p.name)
                 and _IN_AT_BEFORE.search(text, max(0, p.span.start - 12), p.span.start)]
        return named[-1] if named else None
    return None


def _visit_town(doc: Document, m: regex.Match[str], window_end: int) -> Place | None:
    """The town of the visit a meeting came during: "during a two-day visit by a PNG delegation to Port Vila"."""
    ts, te = m.span("trigger")
    if (visit := _DURING_VISIT_TO.search(doc.text, te, min(doc.sentence(ts)[1], window_end + 160))) is None:
        return None
    town = next(iter(doc.places_in(visit.end(), visit.end() + 40)), None)
    if town is None or town.span is None or town.span.start != visit.end() or is_region(town.name):
        return None
    return town


# how a sentence brings its subject to a town: "came to Valletta", "in Canberra", "arrived at Suva" (not "from")
_BETWEEN_NEXT = regex.compile(r"(?i)\s+between\s")
_AND_NEXT = regex.compile(r",?\s+and\s+")


def _unplaced_host(mentions: list[Mention]) -> bool:
    """Whether the host's mentions are office holders the text gives no state ("Sheikh Mohamed bin
    Zayed, President of the State, received in Abu Dhabi ..."), at most the article's home state."""
    return bool(mentions) and all(x.form == "person" and not (x.code and x.extra.get("qualified")) for x in mentions)


# forces that "meet" at an exercise: "meet again in March at the UNITAS multinational exercise"
_AT_EXERCISE = regex.compile(expand(
    r"(?i)\s+(?:again\s+)?(?:(?:in|on|next|this|later)\s+[\w’'-]+\s+)?(?:at|during|for|in)\s+(?:the\s+|this\s+year['’]s\s+|next\s+year['’]s\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?&EXERCISE_NOUN)"))


# the members' representatives together: "G7 leaders", "NATO defence ministers", "EU foreign ministers"
_COLLECTIVE_WORDS = r"(?:leaders|ministers|heads|chiefs|members|allies|envoys|ambassadors|representatives)\b"
_COLLECTIVE_TITLE = regex.compile(rf"(?i)\b{_COLLECTIVE_WORDS}")
_COLLECTIVE = regex.compile(rf"(?i)(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_COLLECTIVE_WORDS}")
_FORCES_MEET = regex.compile(r"(?i)\b(?:navies|armies|air\s+forces|forces|fleets|troops|ships|crews|units|squadrons|soldiers|sailors)\b|\bmeet\s+again\b")


def _meeting(m: regex.Match[str], doc: Document, rule: Rule, *, definite_ok: bool = False,
             loose_subject: bool = False, visit: bool = False, direct: bool = False,
             min_parties: int = 1, host_at_home: bool = False, preps: str | None = None,
             forum_ok: bool = True, noun: bool = False, subject: list[Mention] | None = None,
             objects_from: int | None = None) -> Draft | None:
    """A meeting from match ``m``: its subject and the parties after the trigger (after ``objects_from``, when an
    apposition stands between the trigger and its verb: "The talks, the first since 2016, took place ... between")."""
    ts, te = m.span("trigger")
    held = "held" in m.groupdict() and bool(m.group("held"))
    if noun and _SETTING.search(text := doc.text, max(0, ts - 60), ts):
        return None  # "on the margins of the NATO summit, Erdogan held a bilateral meeting": the setting of another
    text = doc.text
    clause = doc.clause(ts)
    if NON_OFFICIAL.search(text, max(clause[0], ts - 60), min(clause[1], te + 20)):
        return None
    if (again := _MEET_AGAIN.search(text, clause[0], min(clause[1], te + 8))) and not doc.dated(*clause) \
            and not _AT_OCCASION.search(text, again.end(), clause[1]):
        # "The two ministers plan to meet again later in the year": an intention with no date or
        # occasion set ("expected to meet again at the NATO summit" names one)
        return None
    if _VALUED.search(text, max(clause[0], ts - 90), ts):
        return None  # "stressed the importance of continued consultations": talks valued, none held
    if _AT_EXERCISE.match(text, te, clause[1]) and _FORCES_MEET.search(text, max(clause[0], ts - 60), te + 8):
        return None  # "The two navies plan to meet again in March at the UNITAS exercise": an exercise, not talks
    reach = objects_from or te
    window_end = min(phrase_end(doc, reach), reach + 220)
    while window_end < len(doc.text) and doc.text[window_end].isalnum():
        window_end += 1  # never cut a word (a city named at the 220th character: "in Bel|grade")
    if _BETWEEN_NEXT.match(text, reach) and (more := _AND_NEXT.match(text, window_end)) is not None:
        # "encounter between the Chief of General Staff of the ENDF, Field Marshal Birhanu Jula, and his Turkish
        # counterpart": the second party after the first one's apposition
        window_end = min(phrase_end(doc, more.end()), more.end() + 220)
    if subject is not None:
        pass  # given by the rule
    elif loose_subject:
        subject = [x for x in doc.mentions_in(clause[0], m.start()) if x.actor.kind != "company"]
    elif _CIRCUMSTANCE.search(text, max(clause[0], m.start() - 30), m.start()):
        # "Ishiba and Lee discussed North Korea during a meeting in Tokyo": the clause's subject met,
        # not the object named just before "during"
        subject = leading_subject(doc, ts)
    else:
        subject = subject_before(doc, m.start(), joint=True)
    if no_meeting_of_states(m, doc, subject):
        return None
    if preps is None:
        preps = r"with|between|from|of|hosted\s+by|by|among|amongst|bringing\s+together|gathering|attended\s+by|involving" + (r"|to" if visit else "")
    objects = objects_after(doc, reach, window_end, preps, direct=direct)
    if not objects:
        # "received on Monday in Asunción the Brazilian Army chief": the object after the time and place
        after = _past_adjuncts(doc, te)
        if after > te and not _SETTING_NEXT.match(text, after):
            window_end = min(phrase_end(doc, after), after + 220)
            objects = objects_after(doc, after, window_end, preps, direct=direct)
    if not objects and direct and _PRONOUN_GUEST.match(text, te):
        objects = _guest_told_before(doc, ts, subject)  # "<Guest> was a guest in Thessaloniki. <Host> received her ..."
    in_trigger = doc.mentions_in(m.start(), te)
    compound = _compound(doc, m.start())
    # "his French counterpart" in the sentence before a "He then ... met" belongs to that sentence's meeting
    own = [s.start for s in subject if s.start >= doc.sentence(ts)[0]]
    counter = [x for x in doc.mentions_in(min(own + [m.start()]), window_end) if x.form == "counterpart"]
    mentions = distinct_states(doc, resolve_references(doc, for_firms(doc, [*subject, *compound, *in_trigger, *objects]), ts), ts)
    actors = [a for a in actors_of([*mentions, *counter]) if a.kind != "company"]
    actors += counterpart_side(doc, counter, subject)
    if party_count(actors) < 2:
        # "Talks between Prime Ministers Modi and Albanese" in a story about India and Australia: a
        # plural title over two names refers back like "the two prime ministers"
        plural = _PLURAL_TITLE.search(text, max(clause[0], m.start() - 80), window_end)
        if plural:
            pair = Mention(plural.start(), plural.end(), Actor(name=plural.group(), kind="state", span=doc.span(*plural.span())), "pair")
            back = [x.actor for x in resolve_references(doc, [pair], ts) if x.code]
            if len({x.code for x in back}) == 2 and {a.code for a in actors if a.code} <= {x.code for x in back}:
                actors = back
    place = location_of(doc, te, window_end) or location_of(doc, max(clause[0], m.start() - 80), m.start())
    if place is None and (after := _PLACE_AFTER_APPOSITION.match(text, window_end)) is not None:
        # "met the Chief of the Defence Staff, General Jennie Carignan, in Riga": the place after
        # the comma that closes the guest's apposition
        place = location_of(doc, after.end(), min(phrase_end(doc, after.end() + 3), after.end() + 120))
    place = place or here(doc, te, window_end) or _place_around(doc, m, window_end)
    if place is not None and place.country is None and "," not in place.name \
            and (town := _visit_town(doc, m, window_end) or town_told_before(doc, place)) is not None and town.country:
        # "received ... at State House on Thursday, during a visit by a Malawian delegation to Lusaka"
        place = Place(name=f"{place.name}, {town.name}", country=town.country, span=place.span)
    party_codes = {a.code for a in actors if a.code}
    # "received the Zambian army chief at Kamuzu Barracks" under "LILONGWE –": the venue, in the dateline's city
    place = in_dateline_city(doc, place, party_codes) or place
    if place is None and not visit and doc.dateline is not None \
            and AT_A_SEAT.search(text, max(clause[0], m.start() - 80), window_end):
        # "held talks at the Defence Headquarters" in an "Abuja, 11 March 2024 —" release: the seat is in the dateline's city
        place = doc.dateline
    if visit and place is not None and place.country:
        visitors = [x for x in subject if x.form == "person" and not x.extra.get("qualified") and x.code == place.country]
        if visitors:
            # "Prime Minister Starmer's visit to Ankara" in an Ankara-datelined story that names Britain:
            # a visitor is not from the state visited
            a, b = doc.sentence(ts)
            others = {x.code for x in doc.mentions_in(a, b) if x.form in ("name", "alias", "demonym") and x.code
                      and x.code != place.country}
            if len(others) == 1:
                code = others.pop()
                actors = [state_actor(code) if x.code == place.country and x.kind == "person" else x for x in actors]
        if place.country not in {a.code for a in actors}:
            actors.append(state_actor(place.country, place.span))
    if party_count(actors) < 2 and (posted := posted_to(doc, [*subject, *objects], place)) is not None \
            and posted.code not in {a.code for a in actors}:
        actors.append(posted)  # "The French Ambassador to Kenya called on Defence Cabinet Secretary Tuya"
    if host_at_home and place is None and m.group("trigger").lower().startswith("welcom"):
        # "welcomed Japan's defence minister to Canberra"
        place = next((p for p in doc.places_in(te, window_end)
                      if _WELCOMED_TO.search(text, max(te, p.span.start - 12), p.span.start)), None)
    home_place = place
    if host_at_home and (place is None or not place.country):
        # "On Tuesday, the Prefect received the ship's commanding officer ... at the prefecture": in the port the ship came to
        home_place = port_of_call(text, doc.places, doc.sentence(ts)[0]) or place
    if host_at_home and home_place is not None and home_place.country and home_place.country not in {a.code for a in actors} \
            and (_unplaced_host(subject) if subject else (counter or _unplaced_host(doc.mentions_in(clause[0], m.start())))):
        # "Defence Minister Richard Marles hosted his Japanese counterpart in Darwin": a host whose
        # state the text does not give (at most the home state guessed for the article) receives
        # guests at home
        actors = [a for a in actors if not any(a is x.actor and x.extra.get("qualified") is False for x in subject)]
        actors.append(state_actor(home_place.country, home_place.span))
    if not actors and _CIRCUMSTANCE.search(text, max(0, m.start() - 30), m.start()):
        # "agreed a roadmap during a meeting in London": the parties of the sentence met
        actors = actors_of(resolve_references(doc, leading_subject(doc, ts), ts))
    forum, forum_name, forum_is_meeting = read_forum(doc, clause[0], (ts, te)) if forum_ok else (None, None, False)
    if compound and forum_name:
        forum_name = " ".join(text[compound[0].start:te].split())  # "EU–Canada summit"
    if forum is not None and not compound:
        states = [x for x in actors if x.code != forum.code]
        own = [x for x in subject if x.code == forum.code and x.form in ("organisation", "group", "person")] if forum.code else []
        if states and own and len({x.code for x in states}) == 1 \
                and not (states[0].code in forum.members and any(_COLLECTIVE.match(text, x.end) or _COLLECTIVE_TITLE.search(text, x.start, x.end)
                                                                  for x in own)):
            # "NATO's Secretary General met Italy's defence minister", "EU foreign ministers met Ukraine's": the
            # organisation is a party ("G7 leaders will meet ... at a summit hosted by France" is the forum's meeting)
            actors = [forum, *states]
        elif forum_is_meeting and len({x.code for x in states}) <= 1:
            actors = [forum]  # the forum meeting itself; a lone attending state is not a second party
        elif forum.code:
            actors = states or [forum]
    codes = {a.code for a in actors if a.code}
    definite = bool(regex.search(r"(?i)\b(?:the|this|that|those|these)\s+(?:[\w’'-]+\s+){0,2}$", text[max(0, ts - 40):ts]))
    if party_count(actors) < min_parties:
        if not (definite_ok and definite and not codes):
            return None
    used_ends = [x.end for x in objects] + [x.end for x in counter]
    if place is not None and place.span.start >= te:
        used_ends.append(place.span.end)
    end = evidence_end(doc, te, *used_ends)
    lead = [x.start for x in doc.mentions_in(max(clause[0], ts - 70), ts)
            if forum is not None and forum_of(x) is not None and forum_of(x).code == forum.code
            and not regex.search(r"[,;:.]", text[x.end:ts])]
    start = min([x.start for x in subject] + [x.start for x in compound] + lead[:1] + [m.start()])
    n = len(codes) if forum is None else 3
    fmt = "bilateral" if n == 2 or "bilateral" in m.group().lower() else ("multilateral" if n > 2 or forum else None)
    # "Talks between Prime Ministers Modi and Albanese covered minerals" after "Modi and Albanese met
    # in Brisbane": a meeting named by its noun, with no time of its own, is the one told before when
    # one fits (the merge keeps it as an event of its own when none does)
    possessive = bool(subject) and subject[-1].possessive and not text[subject[-1].end:ts].strip(" ’'s")
    told_again = noun and not held and not doc.times_in(*clause) and (
        not subject or definite or possessive or bool(compound) or bool(_DEFINITE_NOUN.search(text, max(0, m.start() - 30), m.start())))
    d = draft(rule, m, start=start, end=end, participants=actors, anaphoric=not codes or told_again,
              forum=forum_name, format=fmt)
    d.location = place
    return d


def _build(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, definite_ok=True)


# "the Turkish foreign ministry condemned the meeting as a provocation": a reaction to a meeting told elsewhere
_REACTION_BEFORE = regex.compile(
    r"(?i)\b(?:condemn|criticis|criticiz|denounc|deplor|slamm|slam|protest|welcom|hail|prais|question|dismiss)\w*\s+"
    r"(?:the|this|that|their|these|those)\s+(?:[\w’'-]+\s+){0,2}?\Z")
# "met on Monday at the Casa Grande del Pueblo, in a meeting also joined by President Luis Arce": the
# meeting just told, and who else attended
_JOINED_BY = regex.compile(r"(?i)\s+(?:(?:was|were)\s+)?(?:also\s+)?(?:attended|joined)\s+by\b")
_IN_A = regex.compile(r"(?i)\bin\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?\Z")


# "That meeting would have fallen on the anniversary", "the summit was to have opened on Monday": a
# meeting called off, told as what it would have been
_COUNTERFACTUAL = regex.compile(r"(?i)(?:\s+[\w’'-]+){0,3}?\s+(?:would|could|might)\s+have\s+(?!been\s+(?:held|attended)\b)\w+|(?:\s+[\w’'-]+){0,3}?\s+was\s+to\s+have\b")


_SINGULAR_OWNER = regex.compile(r"['’]s\s")  # "Vietnam's defence minister's meeting" (not "NATO defence ministers’ meeting")
_WITH_GAP = regex.compile(r"(?i)\s+with\s+(?:(?:the|his|her|their|visiting)\s+)*")


_BROUGHT_TOGETHER = regex.compile(r"\s+(?:(?:on|in|at)\s+[^,.;]{2,40}?\s+)?(?:brought|brings|bringing)\s+together(?:\s*,\s*[^,.;]{2,40}?,)?\s+")


def _build_noun(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    ts, te = m.span("trigger")
    if _REACTION_BEFORE.search(doc.text, max(0, ts - 50), ts) or _COUNTERFACTUAL.match(doc.text, te):
        return None
    if m.group("trigger").lower().startswith("session") and not any(
            x.code and _WITH_GAP.fullmatch(doc.text, te, x.start) for x in doc.mentions_in(te, te + 60)):
        return None  # "a three-hour session with the simulator in Denmark": no one met
    # "Vietnam's defence minister's meeting with ...": the kind word ("defence") is inside the party's title
    inside = any(x.start < m.start() < x.end and x.form == "person" and _SINGULAR_OWNER.match(doc.text, x.end)
                 for x in doc.mentions_in(max(0, m.start() - 80), ts))
    if (together := _BROUGHT_TOGETHER.match(doc.text, te)) is not None:
        # "A working meeting brought together, on Monday, <A> and <B>": the parties are the verb's objects
        return _meeting(m, doc, rule, noun=True, min_parties=2, subject=[], direct=True, preps=r"with|and", objects_from=together.end())
    d = _meeting(m, doc, rule, definite_ok=True, noun=True, subject=subject_before(doc, ts, joint=True) if inside else None)
    if d is not None and _JOINED_BY.match(doc.text, te) and _IN_A.search(doc.text, max(0, ts - 30), ts):
        d.anaphoric = True
    return d


# "Talks between Seoul and Warsaw on a second contract continue": negotiations under way, no meeting
_TALKS_GO_ON = regex.compile(
    r"[^.;:]{0,120}?\b(?:continue|are\s+(?:still\s+)?(?:continuing|ongoing|under\s*way|stalled|deadlocked)|remain\s+(?:ongoing|stalled|deadlocked|under\s*way)"
    # "talks with the Dutch side remain preliminary", "are at an early stage": negotiations, still going
    r"|(?:are|remain|were|was|is)\s+(?:still\s+|only\s+)?(?:preliminary|exploratory|(?:at|in)\s+an?\s+(?:very\s+)?(?:early|earlier|preliminary|initial|exploratory|advanced|later)\s+(?:stage|phase))"
    r"|have\s+(?:stalled|dragged\s+on|been\s+going\s+on)|drag\s+on)\b")


def _build_talks(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """Talks someone held need one named party; a bare "talks" noun needs two (or a forum); talks
    said to go on are a process, not a meeting."""
    held = bool(m.group("held"))
    if _TALKS_GO_ON.match(doc.text, m.end("trigger"), doc.clause(m.start("trigger"))[1]):
        return None  # also after "has said talks with Chile are under way": "has" holds nothing
    subject = None
    if not held and _FOR_TALKS.search(doc.text, max(0, m.start("trigger") - 30), m.start("trigger")) \
            and _WITH_NEXT.match(doc.text, m.end("trigger")):
        # "<A> was at the Sudanese army headquarters in Port Sudan on Sunday for talks with <B>": the
        # clause's subject came for the talks (not the state of the place in between)
        start, end = doc.sentence(m.start("trigger"))
        subject = [x for x in subject_at(doc, start, m.start("trigger")) if x.code] or None
    apposition = _APPOSITION_AFTER.match(doc.text, m.end("trigger"))
    return _meeting(m, doc, rule, definite_ok=True, min_parties=1 if held else 2, noun=True, subject=subject,
                    objects_from=apposition.end() if apposition else None)


# "The talks, the first at this level since 2016, took place": an apposition between the noun and its verb
_APPOSITION_BEFORE_VERB = r"\s*,\s+(?:the|their|a|an)\s+[^,;.]{2,60},\s+(?=(?:took\s+place|(?:were|was)\s+held)\b)"
_APPOSITION_AFTER = regex.compile(_APPOSITION_BEFORE_VERB)
_FOR_TALKS = regex.compile(r"(?i)\bfor\s+(?:(?:fresh|further|more|new|bilateral|official|high-level)\s+)?\Z")
_WITH_NEXT = regex.compile(r"(?i)\s+with\b")


def _build_two_sides(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, min_parties=2, direct=True)


def _build_forum_session(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """A named forum held, or one of its sessions told as the subject, which names the forum."""
    d = _build_two_sides(m, doc, rule)
    if d is not None and m.group("forum"):
        d.fields["forum"] = " ".join(m.group("forum").split())  # "the Botswana–Zambia Joint Permanent Commission"
    return d


_PRONOUN_GUEST = regex.compile(r"\s+(?:him|her|them)\b")


def _guest_told_before(doc: Document, pos: int, subject: list[Mention]) -> list[Mention]:
    """The guest a pronoun object stands for: the last person of another state named in the sentence before
    ("The Czech defence minister, Jana Černochová, was a guest in Thessaloniki. Deputy Minister Thanos Davelis
    received her yesterday")."""
    i = doc.segments.sentence_index(pos)
    if i <= 0:
        return []
    hosts = {x.code for x in subject if x.code}
    people = [x for x in doc.mentions_in(*doc.segments.sentences[i - 1])
              if x.form in ("person", "counterpart") and x.code and x.code not in hosts]
    return people[-1:]


# "received the first three of 54 tanks", "received six Rafale jets", "received its second frigate":
# a delivery (export_deal.delivery reads it), not a visitor received
_GOODS = regex.compile(r"\s+" + expand("(?&GOODS)"), regex.X)


# "welcomed the participation of the Air Self-Defense Force in Finland's exercise", "welcomed the
# decision": a thing approved of, not a guest received
_WELCOMED_THING = regex.compile(
    r"(?i)\s+(?:(?:the|their|its|his|her|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?(?:participation|decision|progress|signing|launch|adoption|"
    r"outcome|efforts?|commitments?|steps?|contributions?|support|development|results?|conclusion|establishment|start|increase|"
    r"announcement|news|move|initiative|proposal|resumption|expansion|deepening|strengthening|achievements?|plans?)\b")


# "Kenya receives Turkish Hurkus trainers": a demonym before goods names where they come from
_GOODS_AFTER_DEMONYM = regex.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:\b" + DELIVERED_NOUNS + r"\b|\bboats?\b)", regex.I | regex.X)


_DETERMINER_GAP = regex.compile(r"\s+(?:the\s+|its\s+|their\s+)?")


def _foreign_goods(doc: Document, te: int) -> bool:
    """Whether what is received right after ``te`` is goods qualified by a state ("received Turkish
    Hurkus trainers", "receives the Korean-built frigates"), not a guest."""
    first = next(iter(doc.mentions_in(te, min(len(doc.text), te + 40))), None)
    return first is not None and first.form == "demonym" and _DETERMINER_GAP.fullmatch(doc.text, te, first.start) is not None \
        and _GOODS_AFTER_DEMONYM.match(doc.text, first.end) is not None


_NAMED_GATHERING = regex.compile(
    r"\s+(?:the\s+)?(?:\p{Lu}[\w’'-]*\s+){0,3}\p{Lu}[\w’'-]*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:gathering|event|exercise|meet|competition|conference|symposium|show|tattoo|championships?|course|seminar|workshop|games|drill)\b")


def _build_hosted(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    te = m.end("trigger")
    if m.group("trigger").lower().startswith("welcom") and _WELCOMED_THING.match(doc.text, te):
        return None
    if m.group("trigger").lower().startswith("receiv") and (
            _GOODS.match(doc.text, te) or doc.systems_in(te, min(len(doc.text), te + 50)) or _foreign_goods(doc, te)):
        return None
    if _NO_GUEST.match(doc.text, te):
        return None  # "Orders received during the quarter": something received, no guest
    if _FORCES_HOSTED.match(doc.text, te):
        return None  # "Timor-Leste hosted UN peacekeepers from 1999 to 2012": forces stationed, no guest received
    guest = doc.text[te:phrase_end(doc, te, min(doc.clause(te)[1], te + 80))]
    if CRAFT.search(guest) and not any(x.form in ("person", "counterpart") for x in doc.mentions_in(te, te + len(guest))):
        return None  # "welcomed the arrival of the German frigate": a port call
    if craft_or_fair(m, doc, subject_before(doc, m.start(), joint=True)):
        return None
    if _NAMED_GATHERING.match(doc.text, te):
        return None  # "set to host NATO Flying Rhino, a yearly gathering of transport crews": an event hosted, not a guest
    if _welcomed_home(doc, m.start("trigger"), te):
        return None  # "The contingent returned home on Thursday. They were welcomed at the airport by the Chief of Army Staff"
    if m.group("trigger")[:1].isupper():
        fronted = _received_fronted(doc, m.start("trigger"), te)
        return _meeting(m, doc, rule, min_parties=2, preps=r"by", host_at_home=True, subject=[fronted]) if fronted else None
    return _meeting(m, doc, rule, min_parties=2, direct=True, host_at_home=True)


# "Received on Monday by Ghana's defence minister, the Austrian minister discussed ...": a participle that opens the
# sentence, its host after "by", the guest the main clause's subject
_FRONTED_BY = regex.compile(r"[^.;,]{0,60}?\bby\s[^.;]{3,160}?,\s+(?=(?:the\s+)?\S)")


def _received_fronted(doc: Document, ts: int, te: int) -> Mention | None:
    """The guest of a sentence-opening "Received|Welcomed (<time>) by <host>, <guest> ...", or None."""
    if not opens_sentence(doc, ts) or (by := _FRONTED_BY.match(doc.text, te)) is None:
        return None
    host = [x for x in doc.mentions_in(te, by.end()) if x.code]
    guest = next(iter(doc.mentions_in(by.end(), min(doc.sentence(ts)[1], by.end() + 80))), None)
    if not host or guest is None or not guest.code or guest.code == host[0].code \
            or doc.text[by.end():guest.start].strip() not in ("", "the", "The"):
        return None
    return guest


# forces back from a tour abroad, and who they are
_HOMECOMING = regex.compile(
    r"(?i)\b(?:returned|arrived\s+back|came\s+back|flew\s+back|flew|came|arrived)\s+(?:back\s+)?home\b|\bhomecoming\b|\b(?:return|returning)\s+(?:home\s+)?from\s+(?:a|an|their|its)\s+(?:[\w-]+\s+){0,3}?(?:tour|mission|deployment|rotation)\b")
_RETURNED_FORCES = regex.compile(
    r"(?i)(?:\b(?:They|Their)\b|\b(?:troops|soldiers|peacekeepers|contingent|officers\s+and\s+men|personnel|sailors|airmen|battalion|crew|unit|company)\b)[^.;]{0,40}\Z")
_RETURNED_GUESTS = regex.compile(
    r"(?i)\s+(?:them|the\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|peacekeepers|contingent|personnel|sailors|airmen|battalion|crew|unit))\b")


def _welcomed_home(doc: Document, ts: int, te: int) -> bool:
    """Forces back from a tour abroad, welcomed or greeted by their own chiefs ("Some 540 Senegalese soldiers
    returned home on Thursday ... They were greeted at the Ouakam base by the Chief of the General Staff"):
    a homecoming, not a guest received."""
    i = doc.segments.sentence_index(ts)
    a = doc.segments.sentences[i - 1][0] if i > 0 else doc.sentence(ts)[0]
    if not _HOMECOMING.search(doc.text, a, doc.sentence(ts)[1]):
        return False
    clause = doc.clause(ts)
    return bool(_RETURNED_FORCES.search(doc.text, clause[0], ts) or _RETURNED_GUESTS.match(doc.text, te, clause[1]))


# "hosted UN peacekeepers", "hosts some 2,000 US troops", "hosted a NATO base"
_FORCES_HOSTED = regex.compile(
    r"(?i)\s+(?:(?:some|about|around|more\s+than|nearly|\d[\d,]*|the|a|an|foreign|international|UN|U\.N\.|NATO|US|allied|permanent|rotational|"
    r"multinational|(?-i:\p{Lu}[\p{L}.’'‑-]*))\s+){0,4}"
    r"(?:peacekeepers|troops|soldiers|forces|bases?|garrisons?|contingents?|battalions?|battle\s*groups?|brigades?|detachments?|squadrons?|"
    r"marines|service\s*(?:men|women|members))\b(?![\s’'-]+(?:s\s+)?(?:commanders?|chiefs?|heads?|leaders?|officers?|delegation|ministers?|secretar(?:y|ies)|staff)\b)"
    # "receives French Armed Forces Minister ...": a title goes on
    r"(?![ \t\n]+(?-i:\p{Lu}\p{Ll}))")
# "received during the quarter", "received so far": a time or a place where the guest would be
_NO_GUEST = regex.compile(
    r"(?i)\s+(?:during|since|so\s+far|to\s+date|through(?:out)?|via|from|over\s+the|"
    r"in\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|same)\s+)?(?:quarter|half|year|period|months?|weeks?))\b")


# a tour of a yard, a camp or a museum on a trip: no one met
_FACILITY = regex.compile(
    r"(?i)\s+(?:to\s+|in\s+)?(?:the\s+)?(?:[\w’'.-]+\s+){0,7}?(?:camp|shipyards?|yard|air\s+base|naval\s+base|base|barracks|"
    r"garrison|factory|factories|plant|works|facility|facilities|complex(?:es)?|site|depot|arsenal|dockyard|hangars?|"
    r"(?:navy|naval|army|air\s+force|military)\s+headquarters(?=\s+(?:at|in|on)\b)|(?:industrial|defen[cs]e|state|arms)\s+(?:company|companies|firm|corporation)|"
    r"(?:industry|industries|industrial)\s+(?:corporation|company|organi[sz]ation|establishment)|arms\s+(?:factories|makers|manufacturers)|"
    r"academy|museum|memorial|cemetery|college|range|schools?|"
    # a named institution: "the Vietnam Peacekeeping Centre", "the Joint Staff School"
    r"(?-i:Centre|Center|School|Institute|University)|"
    r"training\s+(?:area|ground|centre|center)|"
    # "visited the Lao Department of Defence Industry", "the Directorate of Naval Engineering": an office toured
    r"(?:department|directorate|institute|agency|laboratory|laboratories|centre|center|headquarters)\s+(?:of|for)\s+[\w’' -]{3,60}?(?=[.,;]|\s+(?:and|on|in|at)\b)|"
    # forces: "visited the German air contingent at Muwaffaq Salti", "the Norwegian detachment at Keflavík"
    r"contingents?|detachments?|troops|soldiers|sailors|airmen|marines|personnel|crews?|battalions?|battle\s?groups?|"
    r"brigades?|squadrons?|regiments?|units?|warships?|frigates?|corvettes?|destroyers?|submarines?)\b")
# delegations of several states as one subject: "Qatari and Egyptian delegations have visited"
_SEVERAL_DELEGATIONS = regex.compile(
    r"(?i)\b[\w’'-]+(?:,\s+[\w’'-]+)*,?\s+and\s+[\w’'-]+\s+(?:delegations|ministers|officials|envoys|teams|missions)\s+(?:(?:have|had|also|both)\s+)*\Z")
_MET_THERE = regex.compile(r"(?i)\b(?:met|meet|meets|meeting|talks|hosted|received|welcomed|counterpart|with)\b")


def _met_officials(doc: Document, a: int, b: int) -> bool:
    """Whether ``a:b`` tells of a meeting beside the tour ("visited the yard and met his counterpart"),
    not only of private people met there ("and met industry executives")."""
    for x in _MET_THERE.finditer(doc.text, a, b):
        if _PRIVATE_MET.match(doc.text, x.end()):
            continue
        if x.group().lower() in ("hosted", "received", "welcomed") and not any(
                y.form in ("person", "counterpart") for y in doc.mentions_in(x.end(), min(b, x.end() + 50))):
            continue  # "said his country welcomed closer ties": no guest
        return True
    return False


_PRIVATE_MET = regex.compile(
    r"(?i)\s+(?:with\s+)?(?:(?:the|a|an|some|several|local|(?-i:\p{Lu})[\w’'-]*|\w+(?:ese|ian|ish|an))\s+){0,3}?"
    r"(?:(?:industry|business|company|defen[cs]e\s+industry)\s+)?(?:executives|leaders|workers|employees|staff|engineers|managers|apprentices|students|"
    r"cadets|crew|sailors|troops|soldiers|businessm[ae]n|entrepreneurs|investors)\b")


_FIRM_GAP = regex.compile(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$")


def _firm_visited(doc: Document, pos: int) -> bool:
    """Whether what is visited is a firm ("visited the Aviation Industry Corporation of China (AVIC)",
    "toured Hanwha's plant"): a factory visit, not a meeting of states."""
    first = next(iter(doc.mentions_in(pos, min(len(doc.text), pos + 80))), None)
    return first is not None and first.actor.kind == "company" and bool(_FIRM_GAP.match(doc.text, pos, first.start))


# "to tour arms factories", "to inspect the shipyards": a trip whose purpose is a facility, not talks
_TOUR_PURPOSE = regex.compile(r"(?i)[^.;]{0,80}?\bto\s+(?:tour|inspect|visit|see|view)\b")


def _touring(doc: Document, pos: int) -> bool:
    """Whether the trip at ``pos`` is made to tour a facility ("is scheduled to visit Paris and Berlin later
    this week to tour arms factories")."""
    purpose = _TOUR_PURPOSE.match(doc.text, pos, doc.sentence(pos)[1])
    return purpose is not None and bool(_FACILITY.match(doc.text, purpose.end()) or _firm_visited(doc, purpose.end()))


# a visit named as background to the clause's own news: "It was the first visit to Chile by an
# Argentine defence minister in a decade" (the visit is told elsewhere)
_BACKGROUND_VISIT = regex.compile(
    r"(?i)\b(?:it|this|that|which)\s+(?:was|is|marked|marks|will\s+be|would\s+be)\s+(?:also\s+)?(?:the|his|her|their)\s+"
    r"(?:first|second|third|fourth|fifth|\w+th|last|latest|only)\s+(?:[\w-]+\s+){0,2}?\Z")
_ON_A_VISIT = regex.compile(r"(?i)\bwho\s+(?:is|was|are|were)\s+(?:on|making|paying)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?\Z")


# "is due to travel to Berlin in October for talks": a trip told in the present or future is a visit
# only with a meeting for its purpose ("was travelling to Berlin when the news broke" is not)
_TRAVEL = regex.compile(r"(?i)travel|travels|travelling|traveling")
_TALKS_PURPOSE = regex.compile(
    r"(?i)[^.;]{0,90}?\b(?:(?:for|to\s+hold|to\s+have)\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|meetings?|discussions)\b"
    r"|to\s+meet\b|on\s+an?\s+(?:official|working|state|bilateral)\s+visit\b)")


def _build_visit(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    if craft_or_fair(m, doc, subject_before(doc, m.start(), joint=True)):
        return None
    if _TRAVEL.fullmatch(m.group("trigger")) and not _TALKS_PURPOSE.match(doc.text, m.end("trigger"), doc.sentence(m.start())[1]):
        return None
    facility = _FACILITY.match(doc.text, m.end("trigger")) or _firm_visited(doc, m.end("trigger")) or _touring(doc, m.end("trigger"))
    if facility and not _met_officials(doc, m.end("trigger"), doc.clause(m.start())[1]):
        return None  # "is scheduled to visit the Nepali Army's Shivapuri camp on Friday", "visited AVIC"
    if _BACKGROUND_VISIT.search(doc.text, max(0, m.start() - 80), m.start()):
        return None  # "It was the first visit to Chile by an Argentine defence minister in a decade"
    if (several := _SEVERAL_DELEGATIONS.search(doc.text, max(doc.sentence(m.start())[0], m.start() - 80), m.start())) is not None \
            and len({x.code for x in doc.mentions_in(*several.span()) if x.code}) >= 2:
        return None  # "Turkish and Indian delegations have visited Antananarivo in recent weeks": visits apart, each unmet
    on_a_visit = bool(_ON_A_VISIT.search(doc.text, max(0, m.start() - 40), m.start()))
    if on_a_visit and not _MET_THERE.search(doc.text, *doc.sentence(m.start())):
        return None  # "India's Defence Secretary, who is on a five-day visit to Kenya, attended the ceremony": an itinerary
    # "During his visit to the Philippines", "Ishiba's visit to Manila": the visit as a noun, told again
    noun = m.group("trigger").lower() in ("visit", "visits", "trip") and bool(
        _DEFINITE_NOUN.search(doc.text, max(0, m.start() - 30), m.start())
        # "..., who is on an official visit to Burundi": the reception's guest, told on
        or on_a_visit)
    d = _meeting(m, doc, rule, min_parties=2, visit=True, direct=True, noun=noun, subject=_fronted_visitor(m, doc))
    if d is not None and _RETURNED_FROM.search(doc.text, max(0, m.start() - 80), m.start()):
        # "came back on Sunday from an official visit to Italy": the visit told again, and the day is the return's
        d.anaphoric = d.background = True
    return d


# back from a visit: "returned on Sunday from a working visit to", "came back home from his trip to"
_RETURNED_FROM = regex.compile(r"(?i)\b(?:returned|returns|returning|came\s+back|comes\s+back|back)\s+(?:home\s+)?(?:[\w’'-]+\s+){0,3}?"
                               r"from\s+(?:a|an|his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}?\Z")


# "During his two-day visit to Hanoi, the Japanese defence minister ...": a visit named before its visitor
_FRONTED_OWN_VISIT = regex.compile(
    r"(?i)\W*(?:during|on|in\s+the\s+course\s+of|ahead\s+of|after|following|at\s+the\s+(?:end|close|start)\s+of|as\s+part\s+of)\s+"
    r"(?:his|her|their)\s+(?:[\w’'-]+\s+){0,3}")
_CLAUSE_COMMA = regex.compile(r",\s*")


def _fronted_visitor(m: regex.Match[str], doc: Document) -> list[Mention] | None:
    """The subject of the main clause after a fronted "During his visit to <place>, ...", which is
    the visitor; None when the visit is not so placed."""
    start, end = doc.sentence(m.start())
    if not _FRONTED_OWN_VISIT.fullmatch(doc.text, start, m.start()):
        return None
    comma = _CLAUSE_COMMA.search(doc.text, m.end(), min(end, m.end() + 120))
    if comma is None:
        return None
    return subject_at(doc, comma.end(), min(end, comma.end() + 120)) or None


# "called on Indonesia's defence minister", "called on his counterpart": the person right after
# ("called on H.E. Ms. Ana Ruiz, Defence Minister,", "called on Hon. Dr. X": honorifics, and the name before the title)
_HONORIFICS = rf"(?:(?:{HONORIFICS}|Prof\.?)\s+)"
_CALLED_ON_GAP = regex.compile(
    rf"\s+(?:(?:the|his|her|their)\s+)?{_HONORIFICS}{{1,3}}(?:\p{{Lu}}[\w’'-]*\s+){{0,3}}\p{{Lu}}[\w’'-]*,\s+(?:the\s+)?"
    rf"|\s+(?:(?:the|his|her|their)\s+)?{_HONORIFICS}{{0,3}}(?:[\w’'-]+\s+){{0,2}}?")
# "called on Russia to withdraw": an appeal, not a call paid
# (not a call's purpose: "called on the Chief of Staff of the Senegalese Navy at the naval base to discuss fisheries")
_APPEAL = regex.compile(r"[^.;]{0,40}?\bto\s+(?!(?:the|his|her|their|its|a|an|discuss|review|explore|exchange|talk|brief|present|thank|"
                        r"sign|strengthen|deepen|boost|assess|examine|bid|pay|convey|hand|introduce)\b)[a-z]+\b")


# "called on", "will call on", "to call on" (not "paid a call on"): the plain verb
_PLAIN_CALL = regex.compile(r"(?i)(?:(?:to|will)\s+)?call")


def _build_called_on(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "paid a courtesy call on Nepal's army chief", "called on the Indonesian defence minister": a
    visit to an office holder. A plain "called on" needs a person right after it and no "to <verb>"."""
    te = m.end("trigger")
    if _PLAIN_CALL.match(m.group("trigger")):
        first = doc.mentions_in(te, min(len(doc.text), te + 120))[:1]
        if not first or first[0].form not in ("person", "counterpart") \
                or not _CALLED_ON_GAP.fullmatch(doc.text, te, first[0].start) \
                or _APPEAL.match(doc.text, first[0].end):
            return None
    return _meeting(m, doc, rule, min_parties=2, direct=True)


def _build_sidelines(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, min_parties=2, loose_subject=True)


def _build_with(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "exchanged views with", "sat down with", "conferred with": the subject and the party after "with";
    "<A> and <B> talked for an hour in Bucharest": office holders of two states, as with "discussed"."""
    if m.group("joint") is not None:
        if remote(doc.text, m.start(), doc.clause(m.start())[1]):
            return None  # "talked by telephone on Monday"
        return _build_discussed(m, doc, rule)
    if m.group("spent") and not any(x.form in ("person", "counterpart") for x in objects_after(doc, m.end("trigger"), phrase_end(doc, m.end("trigger")), r"with")):
        return None  # "spent two hours with the Polish battalion": time with troops, not talks with an office holder
    # ("sat across the table from <B>": the other side right after the trigger)
    return _meeting(m, doc, rule, min_parties=2, preps=r"with", direct=m.group("trigger").lower().endswith("from"))


def _build_co_chaired(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    if regex.fullmatch(r"(?i)co-?(?:chairs?|hosts?)", m.group("trigger")) and not doc.dated(*doc.clause(m.start("trigger"))):
        return None  # "Singapore and Australia co-chair the working group": a standing role
    return _meeting(m, doc, rule, min_parties=2, direct=True, preps=r"with|between|of")


def _build_two_plus_two(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, definite_ok=True, min_parties=2, noun=True)


# "the defence ministers of Greece and Cyprus discussed": office holders named through their states
_OFFICES_OF = regex.compile(
    r"(?i)(?:^|\b(?:the|their)\s+)(?:[\w’'-]+\s+){0,2}(?:ministers|leaders|chiefs|presidents|premiers|prime\s+ministers|heads\s+of\s+state|"
    r"officials|delegations|envoys|secretaries|commanders)\s+(?:of|from)\s+(?:the\s+)?$")
# "The two ministers discussed": a pair of people, not "the two countries"
_RELATIVE_SCENE = regex.compile(r"(?i)\b(?:where|when|during\s+which|at\s+which)\b[^,;]*$")
_PEOPLE_PAIR = regex.compile(
    r"(?i)(?:both|the\s+two)\s+(?:leaders|presidents|prime\s+ministers|premiers|ministers|defen[cs]e\s+ministers|foreign\s+ministers|"
    r"heads\s+of\s+state|delegations|defen[cs]e\s+chiefs|chiefs|sides)")


_OFFICES_END = regex.compile(r"(?i)(?:ministers|chiefs|commanders|secretaries|leaders|presidents)$")
_THEY_BEFORE = regex.compile(r"(?i)\bthey\s+(?:also\s+|then\s+)?\Z")
# "During the meeting, Paparo and Marape reviewed ...": the meeting told before, opening the sentence
_DURING_THE_SCENE = regex.compile(r"(?i)\W*(?:during|at|in\s+the\s+course\s+of)\s+(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:meeting|talks|visit|session|discussions|encounter|audience|call)\b")


def _build_discussed(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Singh and his Australian counterpart discussed ...", "The two ministers discussed ...": office
    holders of two states who discuss face to face. States alone ("Japan and Australia discussed")
    may do so by letter or by phone; a lone pair ("the two ministers") joins the meeting told before."""
    ts = m.start("trigger")
    text = doc.text
    subject = subject_before(doc, m.start(), joint=True)
    if not subject:
        return None
    pair = [x for x in subject if x.form == "pair"]
    if pair and not all(_PEOPLE_PAIR.fullmatch(text, x.start, x.end) for x in pair):
        return None
    # ("Finland's and Estonia's defence ministers": the first state's office is the one named after the second)
    shared = subject[-1].form == "person" and _OFFICES_END.search(text, subject[-1].start, subject[-1].end) is not None
    people = all(x.form in ("person", "counterpart", "pair") or (shared and x.possessive and x.form in ("name", "alias"))
                 for x in subject)
    through_states = all(x.form in ("name", "alias") for x in subject) and len(subject) >= 2 \
        and _OFFICES_OF.search(text, max(doc.sentence(ts)[0], subject[0].start - 60), subject[0].start)
    if not (people or through_states):
        return None
    clause = doc.clause(ts)
    i = doc.segments.sentence_index(ts)
    before = doc.segments.sentences[i - 1] if i > 0 else None
    if (before is not None and remote(text, *before)) or remote(text, doc.sentence(ts)[0], ts):
        return None  # "... spoke by telephone on Monday. The two ministers discussed ...", "...; the two leaders discussed"
    if not (pair or doc.dated(*clause) or location_of(doc, m.end("trigger"), clause[1])
            or (before is not None and doc.places_in(*before))):
        return None  # no day and no place, here or in the scene before: a call as likely as a meeting
    d = _meeting(m, doc, rule, min_parties=2, preps=r"with", forum_ok=False)
    if d is not None and (pair or _RELATIVE_SCENE.search(text, max(clause[0], ts - 60), ts)
                          or _THEY_BEFORE.search(text, max(clause[0], ts - 20), ts)
                          or _DURING_THE_SCENE.match(text, doc.sentence(ts)[0])):
        # ("According to the ministry, they discussed ...": the pair of the sentence before; "During the
        # meeting, A and B reviewed ...": the meeting just told) "..., where the two discussed ...", "The two ministers discussed ...": the meeting told
        # before, discussed again; a place after the verb is the topic's ("security in the Black Sea")
        d.anaphoric = True
        d.location = None
    return d


RULES = (
    Rule(
        id="meeting.talks",
        cues=("talks", "consultations", "discussions", "negotiations"),
        summary="(held) talks|consultations|discussions at|in|between|with ...",
        pattern=r"""
            (?:\b(?P<held>held|hold|holds|holding|had|have|has|opened|began|concluded|wrapped\s+up|found\s+time)\s+(?:(?:[\w’'+-]+\s+){0,6}?))?
            (?P<trigger>\b(?i:talks|consultations|discussions|(?<=\b(?:held|hold|holds|holding)\s+(?:[\w’'+-]+\s+){0,2}?)negotiations)\b)
            (?=\s+(?:at|in|between|with|on\s+the\s+sidelines|here|there|hosted)\b|\s*,?\s+(?:held|hosted)\b
               |\s+(?:were|was|have\s+been|had\s+been|will\s+be|are\s+being|is\s+being)\s+(?:also\s+)?(?:held|hosted|conducted)\b  # talks were held in
               |\s+(?:took|take|takes|will\s+take)\s+place\b
               # "The talks, the first at this level since 2016, took place on Monday ... between"
               |""" + _APPOSITION_BEFORE_VERB + r"""
               |\s+(?:on|about|over)\s+(?:[\w’'-]+\s+){1,5}?(?:in|at)\s+\p{Lu}   # talks on <topic> in <place>
               # "The two ministers had held talks earlier that day": held talks, then a time
               |(?<=\b(?:held|had)\s+(?:[\w’'+-]+\s+){0,3}?(?i:talks|consultations|discussions))
                \s+(?:earlier|later|on\s+\p{Lu}\w+|last\s+\w+|(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)|yesterday|overnight)\b)
        """,
        build=_build_talks,
        examples=(
            # held talks, then a time; the pair told in the sentence before
            Ex("Poland's defence minister and his Lithuanian counterpart attended the ceremony in Vilnius on 3 March. "
               "The two ministers held talks earlier that day.", published="2025-03-06", participants=["LTU", "POL"],
               date="2025-03-03"),
            # a minister named by a portfolio the title list lacks
            Ex("Estonia's Minister of Economic Affairs and Industry Erkki Keldo and Latvian Defence Minister Andris Sprūds "
               "held talks in Tallinn on Monday.", published="2025-10-15", participants=["EST", "LVA"], date="2025-10-13"),
            # the partner named after the place and a date set off by commas
            Ex("Lithuania's defence minister held talks in Vilnius on Tuesday, 4 March, with the Chief of Defence of Norway.",
               published="2025-03-06", participants=["LTU", "NOR"], location="Vilnius", date="2025-03-04"),
            Ex("Japanese Defence Minister Gen Nakatani, who held talks with South Korea's deputy defence minister on Tuesday, said ties would deepen.",
               published="2025-06-12", participants=["JPN", "KOR"], date="2025-06-10"),
            Ex("The agreement was reached during talks at Downing Street between Prime Minister Sir Keir Starmer and Polish president Karol Nawrocki.",
               participants=["GBR", "POL"], location="Downing Street, London", date="2026-01-20"),
            Ex("South Korean President Lee Jae-myung held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.",
               published="2025-08-25", participants=["JPN", "KOR"], location="Tokyo", date="2025-08-23"),
            Ex("Turkey's defence minister will hold talks in Rome with his Italian counterpart next week.",
               published="2025-02-03", participants=["ITA", "TUR"], status="planned", location="Rome"),
            Ex("Japan and Australia will hold the next round of their 2+2 talks in Tokyo later this year.",
               published="2025-06-12", participants=["AUS", "JPN"], status="planned", location="Tokyo"),
            Ex("India and France will hold a second round of talks on submarine cooperation in New Delhi on 14 July.",
               published="2025-06-12", participants=["FRA", "IND"], status="planned", location="New Delhi",
               date="2025-07-14"),
            # passive voice: the parties after "between"
            Ex("Talks were held in Manila on Tuesday between Philippine and Japanese defence officials.",
               published="2025-06-12", participants=["JPN", "PHL"], location="Manila", date="2025-06-10"),
            Ex("Consultations took place in Riyadh on Sunday between Saudi and Pakistani military officials.",
               published="2025-06-12", participants=["PAK", "SAU"], date="2025-06-08"),
            # a plural title over two names refers back to the two states of the story
            Ex("India and Australia have deepened ties. Talks between Prime Ministers Modi and Albanese in New Delhi on Friday focused on defence.",
               published="2025-06-12", participants=["AUS", "IND"], date="2025-06-06"),
            # the partner named, then an unqualified title in apposition
            Ex("NOUAKCHOTT, June 18 (Reuters) - Spanish Defence Minister Ana Gil held talks in Nouakchott on Monday with Mohamed Salem, "
               "the minister delegate in charge of national defence, the ministry said.", published="2025-06-18",
               participants=["ESP", "MRT"], date="2025-06-16", location="Nouakchott"),
            # talks told in a relative clause, with the day and the venue before "with"
            Ex("BRUSSELS – The Latvian defence minister, who held talks the same day at the Egmont Palace with Belgian Defence Minister "
               "Theo Francken, signed a memorandum on officer training.", published="2025-09-03",
               participants=["BEL", "LVA"], location="Egmont Palace, Brussels"),
            # the partner's title after his name, and a possessive party after it that is no name
            Ex("RABAT, Nov 22 (Reuters) - Turkish Defence Minister Ali Demir held talks in Rabat on Wednesday with Karim Bennani, the "
               "Minister Delegate to the Head of Government in charge of National Defence Administration, Morocco's defence "
               "administration said.", published="2025-11-22", participants=["MAR", "TUR"], date="2025-11-19"),
            Ex("The Minister of Defence of Kyrgyzstan Ruslan Mukambetov held negotiations with the Minister of Defence of Uzbekistan "
               "Bakhodir Kurbanov in Bishkek on Monday.", published="2026-05-06", participants=["KGZ", "UZB"], date="2026-05-04"),
            # an unqualified minister who holds talks with a foreign guest in the capital is at home there
            Ex("Defense Minister Park Jeong-hwan held talks with Polish Deputy Prime Minister and Defense Minister Władysław "
               "Kosiniak-Kamysz in Seoul on Friday. Poland's Armament Agency signed a contract with Hanwha Aerospace. Poland has "
               "ordered more K2 tanks, Poland's ministry said.", published="2025-05-10", participants=["KOR", "POL"], date="2025-05-09"),
            # a state's service named with an inner possessive, after the title
            Ex("PHNOM PENH, May 14 - General Vong Pisen and the Chief of Staff of the Chinese People's Liberation Army Air Force, "
               "General Chang Dingqiu, held talks in Phnom Penh yesterday.", published="2025-05-14", participants=["CHN", "KHM"],
               date="2025-05-13"),
            # a seat named without its city: the dateline's city
            Ex("Accra, 11 March 2024 — On Friday, Ghana's Chief of Defence Staff held talks with the Togolese army "
               "commander at the defence ministry.", published="2024-03-11", participants=["GHA", "TGO"], location="Accra",
               date="2024-03-08"),
            # a forum named after "under the"
            Ex("Army chiefs of Kenya, Uganda and Tanzania held talks in Arusha on Monday under the East African Tripartite "
               "Defence Framework.", published="2025-05-14", participants=["KEN", "TZA", "UGA"],
               forum="East African Tripartite Defence Framework"),
            # coordinated office holders, each with a rank or a title told after the name (rule: subject parsing)
            Ex("Indonesian Defence Minister Sjafrie Sjamsoeddin and General Prabowo Wiranto, Minister of Defence of Timor-Leste, "
               "held talks in Jakarta on Monday.", published="2025-03-14", participants=["IDN", "TLS"], date="2025-03-10"),
            Ex("ACCRA — Vice Admiral Seth Amoama, the Chief of the Defence Staff, and Lt. Gen. Christopher Musa, the visiting "
               "Nigerian defence chief, held talks at Burma Camp on Thursday.", published="2025-03-14",
               participants=["GHA", "NGA"], date="2025-03-13"),
            Ex("Gen. Wilson Mbadi, Kenya’s Chief of Defence Forces, and Gen. Abdel Majeed Saqr, the visiting Egyptian defence "
               "minister, held talks in Nairobi on Tuesday.", published="2024-12-12", participants=["EGY", "KEN"], date="2024-12-10"),
            # "found time for talks with", across a relative after the subject
            Ex("Norway’s army chief, General Lars Lervik, who had flown in the day before, found time on Tuesday for talks with "
               "Finnish Defence Minister Antti Häkkänen in Helsinki.", published="2026-01-15", participants=["FIN", "NOR"],
               date="2026-01-13"),
            # at a place for talks with: the clause's subject came for them
            Ex("Nigeria's army chief was at the Chadian army headquarters in N'Djamena on Monday for talks with Chad's chief of staff.",
               published="2025-08-29", participants=["NGA", "TCD"], date="2025-08-25"),
            # an apposition between the noun and "took place"
            Ex("The talks, the first at this level since 2011, took place on Tuesday at the foreign ministry in Hanoi between Vietnam's "
            "deputy defence minister and Cambodia's defence minister.", published="2025-06-14", participants=["KHM", "VNM"],
               date="2025-06-10"),
            # "The delegation" told before with its state
            Ex("A military delegation from Vietnam, led by its deputy defence minister, was in Canberra this week. The delegation's "
            "talks with Australian Defence Minister Richard Marles on Tuesday covered peacekeeping.", published="2025-05-14",
               participants=["AUS", "VNM"], date="2025-05-13"),
        ),
        counterexamples=(
            # market soundings and negotiations, not a meeting between parties
            Ex("Bolivia has also held talks with several governments on transport helicopters, though nothing has been decided.",
               published="2025-10-15"),
            Ex("Zambia's defence ministry is holding consultations with a number of foreign manufacturers about buying "
               "trainer aircraft.", published="2025-10-15"),
            Ex("Chile could order more frigates, but talks with the Australian side remain preliminary, the minister said.",
               published="2025-10-15"),
            # talks valued, none held
            Ex("The two ministers also stressed the importance of continued consultations between their countries on "
               "cyber defence.", published="2025-10-15"),
            "Talks between Lisbon and Rabat on fisheries, held in Rabat last week, broke up without a deal.",
            # where the next round will be held
            "The two ministers agreed to hold the next round of talks in Hanoi next year.",
            # talks on tourism and energy, with no defence matter named
            "Greek and Cypriot ministers held talks on tourism and energy in Nicosia on Monday.",
            "Defence Secretary John Healey is in regular talks with European partners on joint production.",
            "Talks with unions at the Tesco distribution centre broke down on Friday.",
            "Talks between Greece and Turkey could resume next year, diplomats said.",
            "Analysts gave talks on drone warfare in London and Paris last month.",
            "Officials said talks between Seoul and Tokyo on intelligence sharing could take place later this year.",
            "Modi and Macron held talks over the phone on Friday.",
            "Indian and US defence officials held talks via videoconference in New Delhi on Monday.",
            "Japan and the Philippines are expected to hold talks in Manila later this year, a source said.",
            # negotiations said to go on are no meeting
            "Talks between Seoul and Warsaw on a second K2 contract continue, but nothing will be signed this year.",
            "Talks between Ankara and Washington on the F-16 package are still ongoing, officials said.",
            "Talks with Canberra over the frigate programme have stalled since March.",
            "The yearly Indonesian–Australian army staff talks take place in Jakarta in November.",
            # a name and its title, then a reporter: one state and no talks
            Ex("Gen. Wilson Mbadi, the Chief of Defence Forces, and a reporter from the Daily Nation held talks about the book on Tuesday.", published="2024-12-12"),
            "Nigeria's army chief was in Lagos on Monday for talks with business leaders on the new barracks.",
            "The talks, the first of their kind since 2019, took place on Tuesday between the two unions and the employers.",
            "Talks with Spain and Portugal are at an earlier stage, officials said.",
            # two delegations told: "the delegation" is no one
            "A delegation from Vietnam and a delegation from Laos were in Canberra this week. The delegation's talks with Australian "
            "Defence Minister Richard Marles on Tuesday covered training.",
        ),
    ),
    Rule(
        id="meeting.called_on",
        cues=("call", "granted"),
        summary="<actor> paid a (courtesy) call on|called on|was granted an audience by|with <office holder>",
        pattern=r"""(?P<trigger>\b(?i:(?:paid|pays|paying|(?:will|to)\s+pay)\s+(?:a|an)\s+(?:(?:courtesy|farewell|introductory|official|bilateral)\s+)?call
                    # "paid a courtesy call that afternoon on", "the same day on"
                    (?:\s+(?:that|the\s+same|the\s+following|on\s+\w+|yesterday|today|earlier\s+today|this)\s*(?:morning|afternoon|evening|day)?)?\s+on
                    |called\s+on|calls\s+on|(?:will|to)\s+call\s+on
                    # "was granted an audience by the Sultan of Oman", "were granted a private audience with the King"
                    |(?:was|were|been|being)\s+granted\s+(?:an?\s+)?(?:(?:private|official|special|royal|courtesy)\s+)?audience\s+(?:by|with)))\b""",
        build=_build_called_on,
        examples=(
            Ex("The French Ambassador to Kenya, Arnaud Suquet, called on Defence Cabinet Secretary Soipan Tuya in Nairobi on Tuesday.",
               published="2025-06-12", participants=["FRA", "KEN"], date="2025-06-10"),
            Ex("The British High Commissioner to Bangladesh called on the Chief of Naval Staff in Dhaka on Sunday.",
               published="2025-06-12", participants=["BGD", "GBR"], date="2025-06-08"),
            # the caller described by appositions or a "who" clause; the appositions give the state
            Ex("Major General Omar Haddad, Chief of Staff, Royal Jordanian Air Force, called on the Pakistani army chief at "
               "General Headquarters in Rawalpindi on Tuesday.",
               published="2025-06-12", participants=["JOR", "PAK"], date="2025-06-10"),
            Ex("Brigadier General Ana Ruiz, who took command of the Spanish contingent in March, called on the Lebanese army "
               "commander in Beirut on Monday.", published="2025-06-12", participants=["ESP", "LBN"], date="2025-06-09"),
            Ex("The Indian ambassador paid a courtesy call on Nepal's army chief in Kathmandu on Monday.",
               published="2025-06-12", participants=["IND", "NPL"], date="2025-06-09", location="Kathmandu"),
            Ex("Australia's ambassador called on Indonesia's defence minister in Jakarta on Tuesday.",
               published="2025-06-12", participants=["AUS", "IDN"], location="Jakarta"),
            # a Governor-General or Governor under the dateline; the ship's officer named sentences after the ship
            Ex("BASSETERRE – The commanding officer of the Dutch patrol ship HNLMS Holland paid a courtesy call on "
               "Governor-General Marcella Liburd on Monday.", published="2025-04-09", participants=["KNA", "NLD"], date="2025-04-07"),
            Ex("HAMILTON, Bermuda – The Canadian frigate HMCS Fredericton arrived on Friday. The frigate carries 240 sailors. "
               "The ship's commanding officer, Commander Paul Neal, called on Governor Andrew Murdoch on Monday.",
               published="2025-04-09", participants=["CAN", "GBR"], date="2025-04-07"),
            # the singular "Chief of the Defence Force of <state>"; "Shortly after berthing" is the berthing day
            Ex("HMAS Adelaide, an Australian landing helicopter dock, berthed in Maputo on Friday during Pacific Partnership 2026. "
               "Shortly after berthing, the group's commander, Commodore Ben Hart, called on the Chief of the Defence Force of Mozambique, "
               "General Joaquim Mangrasse, in Maputo.", published="2026-08-10", participants=["AUS", "MOZ"], date="2026-08-07"),
            # a call's purpose is no appeal
            Ex("The Spanish patrol vessel ESPS Rayo arrived in Tema, Ghana, on Wednesday. On Friday, the ship's commanding officer, "
               "Commander Luis Rey, called on the Chief of Staff of the Ghanaian Navy at the naval base to discuss fisheries protection.",
               published="2025-06-21", participants=["ESP", "GHA"], date="2025-06-20"),
            # honorifics and a name before the title of the office holder called on
            Ex("H.E. Mr. Luis Gomez, Ambassador of Chile to the Republic of Ghana, called on H.E. Ms. Akua Mensah, Defence Minister, "
               "in Accra on 4 May 2026.", published="2026-05-06", participants=["CHL", "GHA"], date="2026-05-04"),
            # the ship's officer as the subject
            Ex("HMNZS Wellington, a New Zealand Navy patrol ship, arrived in Port Vila on Tuesday for an eight-day fisheries patrol. "
               "The ship's commander, Commander Paul Rivers, paid a courtesy call on the Prime Minister, Charlot Salwai, at his office "
               "yesterday.", published="2024-10-10", participants=["NZL", "VUT"], date="2024-10-09"),
            # a time between the call and its host
            Ex("The Spanish commanding officer, Commander Luis Ortega, paid a courtesy call that afternoon on Ghana's Chief of "
               "Naval Staff, Rear Admiral Issah Yakubu, in Accra.", published="2025-04-30", participants=["ESP", "GHA"]),
            # an audience granted, told from the guest's side
            Ex("The commander of the Indian Navy was granted an audience by the Sultan of Oman in Muscat on Tuesday.",
               published="2025-06-12", participants=["IND", "OMN"], date="2025-06-10", location="Muscat"),
            # ranks with an ordinal or in the navy's own language in the apposition
            Ex("The Russian task group commander, Captain 1st Rank Oleg Sorokin, called on the commander of the Sri Lankan Navy's "
               "Western Naval Area in Colombo on Friday.", published="2025-03-10", participants=["LKA", "RUS"], date="2025-03-07"),
            Ex("The Spanish commanding officer, Capitán de fragata Luis Ortega, called on the Mauritanian navy chief in Nouakchott on "
               "Tuesday.", published="2025-03-10", participants=["ESP", "MRT"], date="2025-03-04"),
            # a trip before the call; "the Commander of <force>" capitalised is the post, not the naval rank
            Ex("The Italian commanding officer travelled to Suva on Wednesday to call on the Commander of the Republic of Fiji "
               "Military Forces.", published="2025-03-10", participants=["FJI", "ITA"], date="2025-03-05"),
            # "Her|Its commanding officer": the ship told before
            Ex("The Indian frigate INS Talwar arrived in Maputo on Thursday for a three-day port call. Her commanding officer "
               "called on Mozambique's defence minister on Friday.", published="2025-03-10", participants=["IND", "MOZ"], date="2025-03-07"),
        ),
        counterexamples=(
            "Britain called on Russia to withdraw its troops from Ukraine.",
            "The Indian High Commissioner to Sri Lanka called on the public to attend a wreath-laying in Colombo on Monday.",
            "The German ambassador to Chile called on the defence minister to speed up the frigate programme.",
            "The French president called on his German counterpart to back the plan.",
            "The EU foreign policy chief called on both sides to show restraint.",
            "The Japanese delegation has not yet been granted an audience with the Emir of Kuwait.",
            "Pilgrims from Poland were granted an audience with Pope Leo on Sunday.",
            "The foreign ministers urged the envoy to call on Belgrade to withdraw its police from the border.",
            "Her commanding officer said the crew was glad to be home after the deployment.",
        ),
    ),
    Rule(
        id="meeting.guest_of",
        cues=("guest",),
        starts=("guest",),
        summary="<visitor> was|spent <time> in <city> as the guest of <host>",
        # "Indonesia's defence minister was the guest of Malaysia's defence minister in Kuala Lumpur on Tuesday",
        # "spent much of last week in Pretoria as the guest of his South African counterpart" (not "guest of honour")
        pattern=r"""(?<=\b(?:was|were|is|are|be|as|,)\s+(?:the\s+|a\s+)?)(?P<trigger>\b(?i:guests?))\b(?=\s+of\s+(?!honou?r\b))""",
        build=_build_two_sides,
        examples=(
            Ex("Indonesia's defence minister was the guest of Malaysia's defence minister in Kuala Lumpur on Tuesday.",
               published="2025-05-14", participants=["IDN", "MYS"], date="2025-05-13", location="Kuala Lumpur"),
            Ex("Zambia's army commander spent much of last week in Pretoria as the guest of his South African counterpart.",
               published="2025-05-14", participants=["ZAF", "ZMB"]),
        ),
        counterexamples=(
            "The Kenyan defence minister was the guest of honour at the passing-out parade in Eldoret on Friday.",
            "Ghana's army chief will be the guest of the university's alumni association in Accra next week.",
        ),
    ),
    Rule(
        id="meeting.met",
        cues=("met", "meet", "came", "come", "convene", "gathered", "confer", "sat", "sit", "closeted", "lunched", "dined", "spent"),
        summary="<actors> met (with)|conferred|sat down with|were closeted with|lunched with <actors>",
        pattern=r"""(?P<trigger>\b(?:met|meets|meet|came\s+together|come\s+together|comes\s+together|convened|convenes|gathered
                    # "conferred in Addis Ababa", "sat down with her Greek counterpart" (not "conferred an award on")
                    # ("sat down together in Tashkent", "were closeted for two hours at Ulinzi House")
                    |(?:conferred|confers|confer|sat\s+down|sit\s+down|sits\s+down)(?:\s+together)?(?=\s+(?:with|in|at|on|for|over|to\s+(?:discuss|review|talk))\b)
                    |(?<=\b(?:were|was|had\s+been|have\s+been)\s+)closeted(?=\s+(?:with|in|at|on|for)\b)
                    # "lunched on Sunday with the Commander", "dined with his Italian counterpart" (a working meal)
                    |(?:lunched|dined|breakfasted)(?=\s+(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?with\b)
                    # "spent Monday together at Kastellet"
                    # (not "Brazilian and Argentine teams spent Saturday together": a team's day out)
                    |(?<!\b(?:teams?|squads?|players|sides|clubs|fans|students|cadets|crews)\s+)spent\s+(?:the\s+day|the\s+morning|the\s+afternoon|two\s+days|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+together)\b)(?=\s+(?:with\s+)?(?:(?:the|his|her|their|its)\s+)?[\p{Lu}\w])(?!\s+(?:[\w’'%-]+\s+){0,4}?(?:targets?|requirements?|deadlines?|criteria|standards?|goals?|demands?|costs?|needs|expectations|obligations?|commitments?|benchmarks?|thresholds?|quotas?)\b)""",
        build=_build_two_sides,
        examples=(
            # an organisation's office holder meeting a state's: both are parties
            Ex("NATO's Secretary General met Portugal's defence minister in Lisbon on Monday.",
               published="2025-03-06", participants=["NATO", "PRT"], date="2025-03-03", location="Lisbon"),
            # the unqualified host met in a city of his state, with no dateline
            Ex("Portugal's defence minister met the defence minister, Cristóvão Chume, in Maputo on Monday.",
               published="2025-10-15", participants=["MOZ", "PRT"], date="2025-10-13", location="Maputo"),
            Ex("Seoul and Tokyo discussed UN sanctions against North Korea when their defence ministers met in Busan on Friday.",
               published="2025-06-12", participants=["JPN", "KOR"], location="Busan", date="2025-06-06"),
            Ex("The Defence Secretary also met with his French counterpart on Tuesday evening.",
               published="2025-03-12", participants=["FRA", "GBR"], date="2025-03-11TEV"),
            Ex("Australian Defence Minister Richard Marles met Indian Defence Minister Rajnath Singh in New Delhi on 9 October.",
               published="2025-10-12", participants=["AUS", "IND"], date="2025-10-09", location="New Delhi"),
            Ex("Finland and Sweden's army chiefs met in Helsinki to coordinate exercises.",
               participants=["FIN", "SWE"], location="Helsinki"),
            # an envoy meets the officials of the state it is posted to
            Ex("The US defence attaché in Dhaka met the Chief of Army Staff at Army Headquarters on Wednesday.",
               published="2025-06-12", participants=["BGD", "USA"], date="2025-06-11"),
            Ex("Japan's ambassador to Peru, Kenji Sato, met Defence Minister Walter Astudillo at the ministry on Monday.",
               published="2025-06-12", participants=["JPN", "PER"], date="2025-06-09"),
            Ex("The defence ministers of Estonia, Latvia and Lithuania came together in Riga on Friday.",
               published="2025-10-13", participants=["EST", "LTU", "LVA"], date="2025-10-10"),
            # the qualifier written after the name
            Ex("President Lee Jae-myung of South Korea and President Donald Trump of the United States met at the White House on Monday.",
               published="2025-08-27", participants=["KOR", "USA"], date="2025-08-25"),
            Ex("Defence ministers from Germany, France, Poland, Italy and Britain gathered in Berlin on Monday to discuss Ukraine.",
               published="2025-06-12", participants=["DEU", "FRA", "GBR", "ITA", "POL"], location="Berlin", date="2025-06-09"),
            # the state after the title, a name in apposition, two titles of one person, a hyphened pair
            Ex("The Prime Minister of India met the President of Indonesia in Jakarta on Tuesday.",
               published="2025-06-12", participants=["IDN", "IND"], location="Jakarta", date="2025-06-10"),
            Ex("Pål Jonson, Sweden's defence minister, met Hanno Pevkur, his Estonian counterpart, in Tallinn on Monday.",
               published="2025-06-12", participants=["EST", "SWE"], location="Tallinn", date="2025-06-09"),
            Ex("Australian Deputy Prime Minister and Defence Minister Richard Marles met Japan's Defence Minister Gen Nakatani in Tokyo.",
               participants=["AUS", "JPN"], location="Tokyo"),
            Ex("Anglo-French defence chiefs met in Portsmouth on Wednesday to plan the carrier deployment.",
               published="2025-06-12", participants=["FRA", "GBR"], location="Portsmouth", date="2025-06-11"),
            # a meeting agreed with its place and month set is planned, and dated ahead
            Ex("Estonia's and Latvia's defence ministers agreed on Friday to meet in Riga in June to finalise the pact.",
               published="2025-04-09", participants=["EST", "LVA"], location="Riga", date="2025-06", status="planned"),
            # the head of a UN mission stands for the UN
            Ex("Bangladesh's Army Chief General Waker-Uz-Zaman met the head of UNMISS, Lieutenant General Mohan Subramanian, "
               "at the mission's headquarters in Juba on Tuesday.", published="2025-12-18", participants=["BGD", "UN"], location="Juba"),
            Ex("Uruguay's Defence Minister Sandra Lazo met the MONUSCO force commander, Lieutenant General Ulisses de Mesquita Gomes, "
               "in Goma on Monday.", published="2025-12-18", participants=["UN", "URY"], forum=None),
            # a dateline naming the host state before a subject described by an apposition
            Ex("MONROVIA, Liberia — U.S. Army Gen. Dagvin Anderson, commander of U.S. Africa Command, met Liberia's Defense "
               "Minister Geraldine George in Monrovia on Tuesday.", published="2025-12-18", participants=["LBR", "USA"], date="2025-12-16"),
            # an unlisted town named as "the <kind of> town|city|port of <Name>"
            Ex("The defence ministers of Paraguay and Brazil met on Tuesday in the frontier town of Pedro Juan Caballero to discuss "
               "border crime.", published="2026-06-25", participants=["BRA", "PRY"], location="Pedro Juan Caballero"),
            # a commission due to meet on a stated day is a planned meeting
            Ex("The Joint Defence Commission of Namibia and Angola is due to meet in Luanda on 12 November.",
               participants=["AGO", "NAM"], status="planned", date="2026-11-12", location="Luanda"),
            # "sat down together", "were closeted", a working meal, a day spent together
            Ex("The defence ministers of Kazakhstan and Uzbekistan sat down together in Tashkent on Monday for talks on border security.",
               published="2025-06-12", participants=["KAZ", "UZB"], date="2025-06-09"),
            Ex("Kenya's defence minister and Turkey's deputy defence minister were closeted for two hours on Monday at Ulinzi House.",
               published="2025-06-12", participants=["KEN", "TUR"], date="2025-06-09"),
            Ex("Pakistan's task group commander, Commodore Faisal Rasheed, lunched on Sunday with the Commander of Bangladesh's "
               "Chattogram Naval Area.", published="2025-06-12", participants=["BGD", "PAK"], date="2025-06-08"),
            Ex("Denmark's and Norway's defence ministers spent Monday together at Kastellet in Copenhagen.",
               published="2025-06-12", participants=["DNK", "NOR"], date="2025-06-09"),
            # "conferred", "sat down with|in"
            Ex("The defence ministers of Kenya and Ethiopia conferred in Addis Ababa on Wednesday.",
               published="2025-06-12", participants=["ETH", "KEN"], date="2025-06-11", location="Addis Ababa"),
            Ex("Japan's defence minister sat down with his Philippine counterpart on the sidelines of the Shangri-La Dialogue on Saturday.",
               published="2025-06-12", participants=["JPN", "PHL"], date="2025-06-07", forum="Shangri-La Dialogue"),
            Ex("The Chilean defence minister toured the naval school in Callao on Wednesday and met Peruvian officers of the Joint Command.", published="2025-10-24", participants=["CHL", "PER"], date="2025-10-22"),
            # who else joined the meeting is no second meeting
            Ex("Asunción – The Minister of Defence, Óscar González, and his Bolivian counterpart met on Tuesday at the López Palace, in a meeting also attended by President Santiago Peña.",
               published="2025-05-21", participants=["BOL", "PRY"], date="2025-05-20"),
            # a plan due on a part of a stated day ("tomorrow morning", "on Friday afternoon") is dated, not speculation
            Ex("Brazilian President Luiz Inácio Lula da Silva is due to sit down with Chilean President Gabriel Boric on Thursday "
            "afternoon in Santiago, the presidency said.", published="2025-03-11", participants=["BRA", "CHL"], date="2025-03-13TAF",
               status="planned"),
        ),
        counterexamples=(
            # a meeting due on a day, then cancelled
            "Swedish Defence Minister Pål Jonson was due to meet his Danish counterpart Troels Lund Poulsen in Copenhagen on Monday, but the meeting was cancelled because of the storm.",
            # private people met on a tour
            "Italy's defence minister also visited the naval base in Ferrol and met Spanish business leaders in Madrid on Friday.",
            "The Joint Defence Commission of Namibia and Angola is due to meet in Luanda later this year.",
            # a civil body named for its purpose
            "The Turkmen–Turkish Commission on Economic Cooperation met in Ashgabat on Monday.",
            # a meeting expected, not fixed
            "Australia's defence minister is expected to meet his Indonesian counterpart in Jakarta on Thursday.",
            "The two ministers are due to meet again at the ASEAN defence ministers' meeting in Kuala Lumpur.",
            # a meeting on trade or customs, with no defence matter named
            "The Head of Government, Daniel Risch, met on Tuesday in Bern with the Swiss State Secretary for Economic Affairs to discuss the customs treaty.",
            # forces that meet again at an exercise
            "The Chilean and Argentine navies will meet again in March at the UNITAS exercise off Valparaíso.",
            "The programme met its deadline after Babcock delivered the last hull.",
            "The Pentagon said the F-35 met the requirements for the Block 4 upgrade.",
            "Germany's chancellor may meet Chinese leaders later this year.",
            "Journalists from Poland and Germany met in Berlin for a media workshop.",
            "The national teams of France and Germany met in Paris for a friendly football match on Saturday.",
            "Kenya's sevens side met Uganda and Zimbabwe at the Africa qualifier in Nairobi at the weekend.",
            # club sides, a score, and the next fixture told with "they"
            "In football, the Lusaka Dynamos met the Harare Highlanders on Sunday and ran out 2–1 winners.",
            "On the sports front, Andorra met Malta in a friendly at the Estadi Nacional on Tuesday and the match ended 0–0.",
            "Papua New Guinea's Kumuls met the Cook Islands in Port Moresby on Friday and won 30–12. They meet Fiji on Tuesday.",
            "Japanese and Chinese fishing boat captains met in Nagasaki to resolve a dispute.",
            "Japan's defence minister met virtually with his Australian counterpart on Tuesday.",
            "The Quad, whose leaders meet every two years, has expanded maritime cooperation.",
            "The European Parliament's security and defence subcommittee met in Brussels on Tuesday.",
            "Rheinmetall's chief executive met investors in Frankfurt last week.",
            "Hanwha said production met demand from European customers.",
            "The Prime Minister and the Defence Secretary met troops in Estonia on Monday.",
            "Pro-Russian activists and anti-NATO protesters met outside the Latvian parliament.",
            # a call, and an intention with no date or occasion
            "Kenya's defence secretary spoke by phone with her British counterpart on Monday; the two agreed to meet soon.",
            "The Thai and Cambodian army chiefs agreed to meet at an early date to ease border tensions.",
            # an honour conferred; a call; no state party
            "The president conferred the Order of Merit on the visiting Brazilian general on Monday.",
            # meals and days with no second state party
            "Britain's foreign secretary dined with bankers in London on Monday.",
            "The Kenyan and Ugandan football teams lunched with fans on Sunday.",
            "The two ministers conferred by telephone on Monday.",
            "Students sat down with the mayor of Oslo on Friday.",
            "Portugal's defence minister flew to Maputo on Monday, toured the Mozambican navy's base at Pemba and met Portuguese instructors serving with the EU training mission.",
            "Argentina and Chile's annual joint staff committee will next meet in Punta Arenas in September.",
            "The visiting Danish minister also met Ghanaian nurses and villagers at a field clinic outside Tamale.",
            # a part of no stated day is no date: "later in the week", "one evening soon"
            "Brazilian President Luiz Inácio Lula da Silva is due to sit down with Chilean President Gabriel Boric one evening soon, aides said.",
        ),
    ),
    Rule(
        id="meeting.meeting_noun",
        cues=("meeting", "encounter", "session", "exchange"),
        summary="a bilateral|trilateral|ministerial|<forum> ... meeting|encounter (with|between|of|in|on)",
        pattern=r"""
            (?:\b(?P<kind>bilateral|trilateral|multilateral|ministerial|ministers?['’]?|leaders?['’]?|chiefs?['’]?|defen[cs]e|security|summit|high-level|two-day|one-day|emergency|informal|extraordinary)\s+(?:(?:[\w’'-]+\s+){0,2}?))?
            # "Wednesday's encounter between <A> and <B>", "the pair's first encounter since the spring, on Thursday"
            (?<!\b(?:is|are|was|were|be|been|being|not)\s)(?P<trigger>\b(?i:meetings?|encounters?(?=\s+(?:between|with)\b|\s+since\b|,?\s+(?:on|in|at)\s)
                # "<A>'s two-hour session with <B>": a timed session with someone
                # "capped a three-hour exchange between <A> and <B>"
                |(?<=(?i:minute|hour)[\s-]+)(?:sessions?|exchanges?)(?=\s+(?:with|between)\b)))\b
            (?!\s+(?:the|its|their)\s+(?:target|requirements?|deadline))
        """,
        build=_build_noun,
        examples=(
            Ex("UK Defence Minister Maria Eagle cited bilateral meetings with her French counterpart in Paris on 11 March.",
               published="2025-03-24", participants=["FRA", "GBR"], location="Paris", date="2025-03-11"),
            Ex("Britain took part in the E5 defence ministers’ meeting on 12 March.",
               published="2025-03-24", participants=["E5"], date="2025-03-12", forum="E5"),
            Ex("A trilateral meeting between the US, Japan and South Korea took place in Washington on Friday.",
               published="2025-07-14", participants=["JPN", "KOR", "USA"], date="2025-07-11"),
            Ex("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung discussed North Korea during a meeting in Tokyo on Saturday.",
               published="2025-06-12", participants=["JPN", "KOR"], location="Tokyo", date="2025-06-07"),
            # an encounter between two office holders, one named in apposition
            Ex("Tuesday's encounter between Ghana's Chief of the Defence Staff, Vice Admiral Seth Amoama, and his Burkinabè counterpart "
               "in Accra produced a border patrol plan.", published="2025-08-29", participants=["BFA", "GHA"], date="2025-08-26"),
            # a party named with a title that holds the kind word ("defence minister's meeting"), a timed session
            Ex("Vietnam's defence minister's meeting with Cambodia's defence minister at the ministry on Monday centred on river patrols.",
               published="2024-10-16", participants=["KHM", "VNM"], date="2024-10-14"),
            Ex("Greece's foreign minister's two-hour session with Turkey's foreign minister in Athens on Monday ended without a deal.",
               published="2025-03-06", participants=["GRC", "TUR"], date="2025-03-03"),
            # a timed exchange; a meeting that "brought together" its parties
            Ex("The accord crowned a two-hour exchange between Kenya's defence secretary and Uganda's defence minister in Nairobi on Wednesday.",
               published="2025-05-16", participants=["KEN", "UGA"], date="2025-05-14"),
            Ex("A working meeting brought together, on Thursday, Chile's navy commander and Peru's navy commander at the naval school in Valparaíso.",
               published="2025-05-16", participants=["CHL", "PER"], date="2025-05-15"),
        ),
        counterexamples=(
            # a meeting that was to be held, moved to a later month
            Ex("The meeting between Latvia's and Finland's defence ministers that was to be held in Riga before Easter has been "
               "shifted to May, officials said.", published="2025-03-12"),
            # an expected meeting with no date set
            Ex("A meeting of the Kenya–Tanzania joint defence commission is expected before the end of the year, with no "
               "date fixed.", published="2025-07-16"),
            "Turkish defence companies held meetings with Saudi Arabia's state holding company SAMI in Riyadh on Tuesday.",
            "Shareholders approved the plan at the annual general meeting of Rolls-Royce.",
            "The board meeting of the football club lasted three hours.",
            "Ministers meet regularly to review the programme.",
            "The defence ministers of Japan and Australia held a virtual meeting on Tuesday.",
            "The senate defence committee held a meeting with officials from the Polish armaments agency in Warsaw.",
            "A meeting between Xi and Trump is not yet scheduled, officials in Beijing said.",
            "A meeting of Kenyan and Ugandan army chiefs is expected later this year in Kampala.",
            # a reaction to a meeting; the next round of an annual body
            "In Athens, the Greek foreign ministry criticised the meeting as a provocation.",
            "Later this month the general will attend, in Nairobi, the meeting of East African chiefs of defence staff, which takes place every year.",
            "The Pacific defence ministers' meeting has been called off; it would have marked the forum's tenth year.",
            "Monday's encounter between the Ghanaian and Nigerian national football teams in Accra ended in a draw.",
            "The parliament's two-hour session with the Latvian budget committee was postponed.",
            "The pilots's three-hour session with the simulator in Denmark ended early.",
            "The meeting brought together 300 delegates from industry and academia in Lyon on Friday.",
        ),
    ),
    Rule(
        id="meeting.summit",
        cues=("summit",),
        summary="<forum> summit | summit of|in|with ...",
        pattern=r"""(?<!\b(?:reached|reach|reaches|reaching|climbed|climb|climbing|scaled|scale|conquered|on)\s+(?:the\s+)?)(?P<trigger>\b(?i:summit|summits)\b)(?!\s+of\s+(?:Mount|Mt\.?|the\s+(?:mountain|peak|hill))\b)(?!\s+(?:of|for)\s+(?:tech|business|chief\s+executives|CEOs|investors))""",
        build=_build_noun,
        examples=(
            Ex("With NATO preparing for its 80th anniversary summit this summer, officials are pushing for more spending.",
               published="2025-03-24", participants=["NATO"], date="2025-SU", status="planned", forum="NATO summit"),
            Ex("Leaders will gather in The Hague for the NATO summit on 24 June.",
               published="2025-05-01", participants=["NATO"], date="2025-06-24", status="planned"),
        ),
        counterexamples=(
            "The Web Summit in Lisbon drew thousands of start-up founders.",
            "Climbers reached the summit of Everest on Monday.",
            "A patrol of Norwegian Army rangers reached the summit of Galdhøpiggen during a navigation exercise.",
            "Japan and South Korea held a telephone summit on Monday.",
            "Russian and US officials said a summit in Budapest remains possible.",
        ),
    ),
    Rule(
        id="meeting.visit",
        cues=("visit", "trip", "travel", "due", "expected"),
        summary="<actor> visited <state|city> | <actor>'s visit to <state|city> | <actor> is due in <city> to see <actor>",
        pattern=r"""(?P<trigger>\b(?i:visited|visits|visiting|visit|trip|travelled|traveled|travel|travels|travelling|traveling)\b)(?!\s+(?i:forces?|troops|personnel)\b)(?=\s+(?:to\s+|in\s+)?(?:the\s+)?\p{Lu})
                    # "is due in Athens next Tuesday to see Greece's defence minister", "is expected in Riga on Friday for talks with"
                    |(?<=\b(?:is|are)\s+)(?P<trigger>due|expected)(?=\s+in\s+\p{Lu}[^.;]{0,60}?\b(?:to\s+(?:see|meet|hold\s+talks|confer)|for\s+talks)\b)""",
        build=_build_visit,
        examples=(
            Ex("Polish President Andrzej Duda visited Seoul on Wednesday for talks on defence production.",
               published="2024-10-25", participants=["KOR", "POL"], date="2024-10-23"),
            Ex("ROME, May 6 (Reuters) - Japan and Italy signed a defence pact during Prime Minister Shigeru Ishiba’s visit to Rome on Monday.",
               published="2025-05-06", participants=["ITA", "JPN"], date="2025-05-05"),
            Ex("Kenya's President William Ruto paid a state visit to China last week.",
               published="2025-06-12", participants=["CHN", "KEN"]),
            Ex("A Japanese delegation led by Vice Defence Minister Koji Yamazaki paid an official visit to Hanoi on 3 June.",
               published="2025-06-12", participants=["JPN", "VNM"], location="Hanoi", date="2025-06-03"),
            # the visit named before its visitor, the main clause's subject
            Ex("During her three-day visit to Jakarta, Australia's foreign minister discussed maritime security with Indonesian officials.",
               published="2025-06-12", participants=["AUS", "IDN"], location="Jakarta"),
            Ex("On his first official trip to Ankara on Tuesday, the Hungarian defence minister laid a wreath at Anıtkabir.",
               published="2025-06-12", participants=["HUN", "TUR"], location="Ankara", date="2025-06-10"),
            # a trip in the present or future with talks for its purpose
            Ex("Armenia's defence minister is due to travel to Paris in November for talks on air defence radars, his ministry said.",
               published="2025-09-19", participants=["ARM", "FRA"], status="planned", date="2025-11"),
            Ex("Cyprus's defence minister is due in Sofia next Monday to see Bulgaria's defence minister, his office said.",
               published="2025-03-05", participants=["BGR", "CYP"], status="planned", date="2025-03-10", location="Sofia"),
            # a trip expected in a stated month, for talks
            Ex("Kenya's defence secretary is expected to travel to Dodoma in March for talks with Tanzania's defence minister.",
               published="2025-11-26", participants=["KEN", "TZA"], status="planned", date="2026-03"),
        ),
        counterexamples=(
            # tours of headquarters, firms and museums
            "Admiral Kim of South Korea also visited the Philippine Navy headquarters at Subic on Wednesday and inspected a new jetty.",
            "French Chief of Defence Thierry Burkhard is scheduled to visit the Egyptian Armed Forces' industrial company AOI on Sunday.",
            "Nordin, who also visited the New Zealand Army Museum and a cadet school at Waiouru, said his country welcomed closer ties.",
            "The Greek minister also visited the HAL complex in Bengaluru and met Indian industry executives.",
            # a firm visited
            "Egypt's air force commander visited the Aviation Industry Corporation of China (AVIC) in Beijing on Monday.",
            # an office toured on a visit told before
            "The Indian minister also laid flowers at a memorial and visited the Lao Department of Defence Industry on Thursday.",
            "Tourists visited Paris in record numbers last summer.",
            # a tour of a facility on a trip meets no one
            "Philippine Defense Secretary Gilberto Teodoro was scheduled to visit HD Hyundai Heavy Industries' shipyard in Ulsan on Thursday.",
            "The Indian Army chief will visit the Nepali Army's Shivapuri camp in Kathmandu on Friday.",
            # ships and aircraft make port calls and stops, not meetings of states
            "The Indian Navy frigate INS Tabar visited Portsmouth on Monday for a port call.",
            "HMS Spey visited Manila last week.",
            "Two Spanish Eurofighters visited Estonia on Tuesday.",
            "The Japanese destroyer JS Kaga paid a visit to Cochin in India on Saturday.",
            "Polish Defence Minister Wladyslaw Kosiniak-Kamysz visited the Hanwha stand at MSPO in Kielce on Tuesday.",
            "Russian President Vladimir Putin is likely to visit India later this year.",
            # a minister visiting forces abroad (often their own) meets no counterpart
            "Spanish Defence Minister Margarita Robles visited the Spanish contingent in Latvia on Friday.",
            "Danish Defence Minister Troels Lund Poulsen later visited the Danish F-16 detachment at Šiauliai air base in Lithuania.",
            "During the trip, Mr Marles also visited Australian troops serving with the multinational force in the Sinai.",
            "During his visit to the plant, the Polish defence minister inspected the K2 production line.",
            "During their stay in Lisbon, the two pilots flew a Portuguese F-16 over the Tagus.",
            "Armenia's defence minister was travelling to Paris when the ceasefire collapsed.",
            "Armenia's defence minister will travel to Paris next week for the Paris Air Show.",
            "The visiting Saudi general also visited the Heavy Industries Corporation of Pakistan at Taxila, where he saw a tank made there.",
            "It was the first visit to Hanoi by a Philippine defence secretary in 15 years.",
            "Poland's armaments chief is due to visit Seoul and Busan next week to inspect the shipyards building its frigates.",
            "Kenya's army commander, who is on a four-day visit to Uganda, laid a wreath at the Kololo memorial on Tuesday.",
            "Italy's new ambassador is due in Rome next week to take up her post.",
            "The Malaysian delegation is scheduled to visit the Indonesia Peace and Security Centre in Sentul on Thursday.",
            "Chinese and Russian delegations have visited Bamako in recent weeks, though no agreement has been signed.",
            "The Chilean defence minister is expected to visit Canberra in October.",
            "The Chilean defence minister is expected to visit Canberra later this year for talks with his Australian counterpart.",
        ),
    ),
    Rule(
        id="meeting.hosted",
        cues=("host", "welcom", "receiv", "greet", "audience", "play", "tour", "briefed"),
        summary="<actor> hosted|welcomed|received|granted an audience to <actors> (to <place>)",
        # "has given welcome structure to": an adjective, not the verb
        pattern=r"""(?P<trigger>\b(?:
                    # "took his Brazilian counterpart on a tour of the naval base": the host shows the guest round
                    (?:took|takes|taking)(?=\s+(?:his|her|their|the)\s+[^.;]{0,80}?\s+on\s+a\s+(?:guided\s+|brief\s+|short\s+)?tour\s+of\b)
                    # "was briefed at the defence command on Monday by Denmark's defence minister"
                    |(?<=\b(?:was|were)\s+)briefed(?=\s[^.;]{0,80}?\bby\s+(?:his|her|their|the|\p{Lu}))
                    # a participle that opens the sentence: "Received on Monday by <host>, <guest> discussed ..."
                    |Received|Welcomed|Greeted
                    |(?:granted|grants|grant|granting|gave|gives|giving)\s+(?:an?\s+)?(?:private\s+|official\s+|special\s+|royal\s+)?audience(?:\s+(?:on|in|at|yesterday|today)\b[^,.;]{0,40}?)?\s+to|(?:played|plays|playing|play)\s+host\s+to|hosted|hosts|host|hosting|welcomed|welcomes|(?<!\b(?:a|an|the|given|give|gives|giving|warm|warmest|cordial|hearty|official|special)\s+)welcome|received|receives|receive|greeted|greets)\b)(?=\s+(?:(?:his|her|their|the)\s+)?[\p{Lu}\w])(?!\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:(?:dinner|reception)(?!\s+(?:for|in\s+honou?r\s+of)\s+(?:his|her|their|the|\p{Lu}))|concert|match|party|event|exhibition|festival|mission\s+of|observers|inspectors|monitors|weapons|assurances?|letters?|reports?|(?:phone|telephone|video)\s+calls?|delivery|deliveries|shipments?|approval|funding|support|criticism|award|news|order|contracts?|deals?|decisions?|agreements?|signing|moves?|steps?|initiatives?|progress|visitors|guests|crowds|attendees|tourists|fans|
                    # "Uganda received a donation of engineering equipment from China": goods, not guests
                    donations?|gifts?|grants?|consignments?|batch|equipment|supplies|aid|assistance|vehicles|boats|aircraft|training|
                    # "the memorandum received the signatures of both chiefs": a signing
                    signatures?)\b)""",
        build=_build_hosted,
        examples=(
            Ex("Japanese Prime Minister Shigeru Ishiba received Philippine President Ferdinand Marcos Jr. in Tokyo on Wednesday.",
               published="2025-06-12", participants=["JPN", "PHL"], location="Tokyo", date="2025-06-11"),
            # the guest named after the time and place
            Ex("Paraguay's Defence Minister Olga Ruiz received on Monday in Asunción the Brazilian Army chief.",
               published="2025-06-12", participants=["BRA", "PRY"], location="Asunción", date="2025-06-09"),
            Ex("Nigeria's defence minister received at the ministry's headquarters in Abuja the Ghanaian Chief of Defence Staff on Tuesday.",
               published="2026-03-28", participants=["GHA", "NGA"], date="2026-03-24"),
            # "in audience", a room: what comes between the verb and the guest
            Ex("Spain's King Felipe on Tuesday received in audience at the Zarzuela Palace the Chilean Army commander, General Javier Iturriaga.",
               published="2026-03-28", participants=["CHL", "ESP"], date="2026-03-24", location="Zarzuela Palace"),
            Ex("Jamaican Prime Minister Andrew Holness received in the Cabinet Room on Friday the commander of US Southern Command.",
               published="2026-03-28", participants=["JAM", "USA"], date="2026-03-27"),
            Ex("Lithuania hosted defence ministers from Latvia and Estonia in Vilnius on Monday.",
               published="2025-04-09", participants=["EST", "LTU", "LVA"], date="2025-04-07"),
            Ex("Indonesia's defence minister received a courtesy call from the Australian ambassador in Jakarta on Tuesday.",
               published="2025-02-06", participants=["AUS", "IDN"], date="2025-02-04"),
            # a host the text gives no state receives guests at home: the venue's state
            Ex("Defence Minister Richard Marles hosted his Japanese counterpart Gen Nakatani in Darwin on Sunday.",
               published="2025-06-12", participants=["AUS", "JPN"], location="Darwin", date="2025-06-08"),
            Ex("Prime Minister Mette Frederiksen welcomed Ukraine's president to Copenhagen on Thursday for talks on drones.",
               published="2025-06-14", participants=["DNK", "UKR"], location="Copenhagen", date="2025-06-12"),
            Ex("Foreign Minister Penny Wong will host her Indonesian counterpart in Adelaide next month.",
               published="2025-06-12", participants=["AUS", "IDN"], status="planned", date="2025-07"),
            Ex("Vietnamese Defence Minister Phan Van Giang received a delegation led by Chinese Defence Minister Dong Jun in Hanoi on Monday.",
               published="2025-06-12", participants=["CHN", "VNM"], location="Hanoi", date="2025-06-09"),
            Ex("Indian Prime Minister Narendra Modi was greeted by Ghanaian President John Mahama in Accra on Wednesday.",
               published="2025-07-04", participants=["GHA", "IND"], location="Accra", date="2025-07-02"),
            # a reception still to come
            Ex("On Friday, Jamaican Prime Minister Andrew Holness is to receive the commander of US Southern Command "
               "at Jamaica House.", published="2025-07-02", participants=["JAM", "USA"], status="planned",
               date="2025-07-04", location="Jamaica House"),
            Ex("The Senegalese Minister of the Armed Forces will receive the French Chief of Defence Staff in Dakar on "
               "Thursday.", published="2025-07-01", participants=["FRA", "SEN"], status="planned", date="2025-07-03"),
            # a date with an inner comma between the host and the verb
            Ex("Astana, 16 October. The Minister of Defence, Lieutenant General Ruslan Zhaksylykov, on Tuesday, 14 October received "
               "Armenia's Deputy Defence Minister, Arman Sargsyan, the ministry said.", published="2025-10-16",
               participants=["ARM", "KAZ"], date="2025-10-14"),
            # the guests' ship told the sentence before: the host receives them in its port; a guest named by the ship's office
            Ex("REPORTER: The Royal Australian Navy ship HMAS Adelaide arrived in Apia on Monday with about 300 sailors on board.\n\n"
               "On Tuesday, Head of State Tuimalealiifano Vaaletoa received the ship's commanding officer, Captain Ben Cole, and the "
               "Australian High Commissioner, Emily Luck, at the Government Building.", published="2025-10-15",
               participants=["AUS", "WSM"], date="2025-10-14"),
            # the host named, then his titles in apposition
            Ex("DOHA: Khalid Al Attiyah, the Deputy Prime Minister and Minister of State for Defence Affairs, received Italian "
               "Defence Minister Guido Crosetto at his office yesterday.", participants=["ITA", "QAT"], date="2026-01-19"),
            # the guest named by the office he holds on the ship told before
            Ex("NUKU'ALOFA – HMNZS Te Kaha arrived in Nuku'alofa on Monday. On Tuesday, the Prime Minister received the ship's "
               "commanding officer, Lieutenant-Commander Sam Ward, at his office.", participants=["NZL", "TON"], date="2026-01-20"),
            # an unqualified host receives the officer of a ship in the port it came to
            Ex("HMCS Moncton arrived in the port of Saint-Pierre on Monday morning during a fisheries patrol. On Tuesday, the Prefect "
               "received the ship's commanding officer, Lieutenant-Commander Anne Roy, at the prefecture.", published="2025-06-18",
               participants=["CAN", "FRA"], date="2025-06-17"),
            Ex("The Dutch patrol vessel HNLMS Holland arrived in Charlotte Amalie on Friday. Gov. Maria Ortiz received the ship's "
               "commanding officer, Commander Pieter van der Berg, at Government House on Saturday.", published="2025-06-18",
               participants=["NLD", "USA"], date="2025-06-14"),
            # an audience granted; a time between the host's apposition and the verb; a pronoun guest; a mayor as host
            Ex("King Letsie III granted an audience to the Commander of the South African National Defence Force, General "
               "Rudzani Maphwanya, at the Royal Palace in Maseru yesterday.", published="2026-07-15", participants=["LSO", "ZAF"],
               date="2026-07-14"),
            Ex("The Chief of Defence Staff of the Ghana Armed Forces, Vice Admiral Seth Amoama, on Tuesday received a courtesy "
               "call from the Commander of the French Forces in Côte d'Ivoire, General Jean Dupont, in Accra.",
               published="2025-03-13", participants=["FRA", "GHA"], date="2025-03-11"),
            Ex("Poland's deputy defence minister, Paweł Zalewski, was meanwhile a guest in Tartu. Estonian Defence Minister "
               "Hanno Pevkur received him yesterday at the Baltic Defence College.", published="2025-10-10",
               participants=["EST", "POL"], date="2025-10-09"),
            Ex("Yesterday the Portuguese mayor, Carlos Moedas, received Captain Luis Ortega of the Spanish Navy at city hall.",
               published="2025-06-07", participants=["ESP", "PRT"], date="2025-06-06"),
            # a city named at the edge of a long sentence is read whole
            Ex("The Minister of Defence of Serbia, Bratislav Gašić, hosted the Minister of Defence of the Republic of Croatia, "
               "Lieutenant General Ivan Anušić-Kovač, and the Minister of National Defence of the Slovak Republic, Robert "
               "Kaliňák, for the yearly trilateral ministerial meeting in Belgrade on Friday.", published="2025-01-07",
               participants=["HRV", "SRB", "SVK"], location="Belgrade"),
            # a joined portfolio after the defence one
            Ex("Pakistan's Minister of Defence and Defence Production, Khawaja Asif, received Oman's Minister Responsible for "
               "Defence Affairs in Islamabad on Tuesday.", published="2025-11-12", participants=["OMN", "PAK"], date="2025-11-11"),
            # a working dinner for a counterpart
            Ex("Spanish Defence Minister Margarita Robles hosted a working dinner for her Portuguese counterpart in Madrid on "
               "Tuesday.", published="2025-06-12", participants=["ESP", "PRT"], date="2025-06-10"),
            # two titles before the name: the second is no name
            Ex("Cotonou, 19 February 2026 – The Deputy Prime Minister, Minister of Defence, Fortunet Nouatin, received in "
               "audience on Monday the Ambassador of Japan to Benin.", published="2026-02-19", participants=["BEN", "JPN"],
               date="2026-02-16"),
            # a name in its own script in brackets after the romanised one, under a wire dateline
            Ex("Tokyo, March 7 (Kyodo) Defense Minister Gen Nakatani (中谷元) received Mongolia's defence minister at the ministry in Tokyo on Wednesday.",
               published="2025-03-07", participants=["JPN", "MNG"], date="2025-03-05", location="Tokyo"),
            # "played host to"
            Ex("Tanzania's defence minister played host to her Zambian counterpart at the ministry in Dodoma on Thursday.",
               published="2025-09-19", participants=["TZA", "ZMB"], date="2025-09-18"),
            # an audience granted, with its day and place before the guest
            Ex("MUSCAT: The Minister Responsible for Defence Affairs granted an audience on Monday at his office to Vice Admiral "
               "Jan Kaack, the German Navy’s chief.", published="2025-11-13", participants=["DEU", "OMN"], date="2025-11-10"),
            # the host shows the guest round; the guest briefed by the host
            Ex("Kenya's defence cabinet secretary took his Ugandan counterpart on a tour of the Lanet barracks on Friday, and the two then "
            "held talks on border security.", published="2025-06-14", participants=["KEN", "UGA"], date="2025-06-13"),
            Ex("Estonia's chief of defence was briefed at the joint headquarters in Vilnius on Wednesday by Lithuania's defence minister "
            "on the new brigade.", published="2025-06-14", participants=["EST", "LTU"], date="2025-06-11", location="Vilnius"),
            # a participle that opens the sentence: the host after "by", the guest the main clause's subject
            Ex("Received on Tuesday by Senegal's armed forces minister, Morocco's army inspector general discussed with him border training.",
               published="2025-05-16", participants=["MAR", "SEN"], date="2025-05-13"),
        ),
        counterexamples=(
            # a reception for a day, a dinner for veterans
            Ex("The embassy hosted a reception for National Day on Tuesday.", published="2025-06-12"),
            # forces hosted are no guests received
            Ex("Sierra Leone hosted UN peacekeepers from 1999 to 2005.", published="2025-03-12"),
            # an audience that is no meeting of states
            Ex("The King gave an audience to schoolchildren at the palace on Monday.", published="2025-06-07"),
            "She welcomed the contract signed by the Ministry of Defence with Japan's Mitsubishi Heavy Industries in January for three patrol vessels.",
            # scientists hosted by a station; an order received
            "A Polish research station in Svalbard will host Polish and Czech scientists for a seminar in June.",
            "Orders received during the quarter included a SEK 900 million contract from a NATO customer in Europe.",
            # goods received
            "Uganda received a donation of military engineering equipment from China at a ceremony in Kampala on Monday.",
            # "welcome" as an adjective
            "The treaty has given welcome structure to relations with Japan, the committee said.",
            # a named event hosted, not a guest
            "In June the base will host NATO Tiger Meet, an annual gathering of squadrons from a dozen nations.",
            # goods qualified by their origin, as a headline tells a delivery
            "Zambia receives Chinese Kaiwu trainers",
            "Ghana received the Turkish Ares boats on Friday.",
            "The club hosted its Norwegian rivals in Helsinki on Friday.",
            "Mayor Sadiq Khan welcomed French tourists to London on Monday.",
            "Defence Minister Pål Jonson regularly hosts Nordic counterparts in Stockholm.",
            "The ministry welcomed the decision by the court.",
            "The minister received at the ministry letters from the Swedish Chief of Defence on Monday.",
            "Canada's defence minister received a phone call from his Polish counterpart.",  # a call is not a meeting
            "Romania has received the first three of 54 Abrams tanks from the United States.",
            "Greece received six Rafale jets from France last year.",
            "The Philippine Navy received its second frigate from South Korea's Hyundai Heavy Industries on Monday.",
            "Japan welcomed the arrival of the German frigate Baden-Württemberg in Tokyo.",
            "The Korean pavilion at Eurosatory in Paris welcomed visitors from Poland and Romania.",
            "Exhibitors from South Korea and Turkey hosted visitors from across Europe at the Eurosatory show in Paris.",
            "Ukraine will receive the Swedish Gripen jets next year.",
            "Hospitals in Accra will receive Chinese army doctors next week.",
            "About 450 Zambian peacekeepers returned home on Tuesday after a year in the Central African Republic. They were welcomed at Lusaka airport by the Army Commander.",
            "The Tanzanian capital played host to the regional football final on Saturday.",
            "The mayor took the visiting schoolchildren on a tour of the city hall on Friday.",
            "The committee was briefed by the defence minister on the budget on Tuesday.",
            "Received on Tuesday by the ministry, the report of the auditors discussed fuel costs.",
        ),
    ),
    Rule(
        id="meeting.joined_counterparts",
        cues=("join",),
        summary="<actor> joined his|her counterpart(s) (from <states>) (in <city>)",
        pattern=r"""(?P<trigger>\b(?:joined|join|joins|joining)\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+)?(?:counterparts?|opposite\s+numbers?|colleagues|peers))\b""",
        build=_build,
        examples=(
            Ex("The Defence Secretary will join his counterparts from France, Germany, Italy and Poland in Paris today.",
               published="2025-03-12", participants=["DEU", "FRA", "GBR", "ITA", "POL"], location="Paris",
               date="2025-03-12", status="planned"),
            Ex("LONDON – Yesterday, the Chief of the Defence Staff joined his French counterpart to further discussions on Ukraine.",
               published="2025-03-12", participants=["FRA", "GBR"], date="2025-03-11"),
        ),
        counterexamples=(
            "He joined the army in 1998.",
        ),
    ),
    Rule(
        id="meeting.named_forum",
        cues=("dialogue", "consultations", "forum", "talks", "meeting", "summit", "conference", "council",
              "committee", "commission", "group", "mechanism", "board", "session"),
        summary="<actors> held|hosted|attended|opened the (annual) <Name> Dialogue|Consultations|Forum|2+2 ...",
        pattern=r"""\b(?i:held|hold|holds|hosted|hosts|host|attended|attends|attend|opened|co-?chaired|co-?chairs|co-?chair|co-?chairing|
                    chaired|convened|co-?hosted|co-?hosts)\s+
                    (?:(?:the|their|its|an|a)\s+)?(?:(?:annual|first|second|third|\w+th|inaugural|latest|regular|biennial)\s+)*
                    (?P<trigger>(?:\p{Lu}[\p{L}’'-]*\s+|\d\+\d\s+|and\s+|of\s+){1,6}(?:Dialogue|Consultations|Forum|Talks|Meeting|Summit|
                    Conference|Council|Committee|Commission|Group|Mechanism|Board|Session))\b
                    # the forum's session as the subject: "The 9th Session of the Mozambique–Tanzania Joint Permanent
                    # Commission for Defence and Security opened|was held in Maputo on Monday"
                    |(?P<trigger>\b(?:The|the)\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|\w+th|inaugural|annual|latest)\s+)?(?i:session|meeting|round)\s+of\s+the\s+
                      (?P<forum>(?:\p{Lu}[\p{L}’'-]*(?:\s+|[–—-])|(?:and|for|of|on)\s+){1,10}?(?:Commission|Committee|Council|Dialogue|Forum|Group|Board|Mechanism|Consultations)
                        (?:\s+(?:on|for|of)\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*)?))\b
                      (?=[^.;]{0,40}?\b(?:opened|was\s+held|took\s+place|convened|closed|concluded|ended|began)\b)""",
        build=_build_forum_session,
        examples=(
            Ex("Japan and Australia held their annual 2+2 Ministerial Consultations in Tokyo on Thursday.",
               published="2025-09-06", participants=["AUS", "JPN"], date="2025-09-04"),
            # a dashed pair of states inside the name
            Ex("Japan's vice defence minister co-chaired the annual Japan-Philippines Vice-Ministerial Strategic Dialogue in Manila on Thursday.",
               published="2025-06-14", participants=["JPN", "PHL"], location="Manila", date="2025-06-12"),
            # a session of the forum as the subject, which names the forum
            Ex("The 12th Session of the Ghana–Togo Joint Permanent Commission on Defence and Security opened in Lomé on Monday under "
            "the co-chairmanship of the two defence ministers.", published="2025-06-14", participants=["GHA", "TGO"], date="2025-06-09",
               location="Lomé", forum="Ghana–Togo Joint Permanent Commission on Defence and Security"),
            Ex("The third meeting of the Kenya-Ethiopia Joint Border Commission was held in Moyale on Tuesday.",
               published="2025-06-14", participants=["ETH", "KEN"], date="2025-06-10", location="Moyale"),
        ),
        counterexamples=(
            "The club held its Annual General Meeting at the stadium on Monday.",
            "The annual meeting of the Parish Council was held in the village hall on Tuesday.",
        ),
    ),
    Rule(
        id="meeting.sidelines",
        cues=("sidelines", "margins"),
        summary="<actors> ... on the sidelines of <forum|event>",
        pattern=r"""(?P<trigger>\bon\s+the\s+(?:sidelines|margins)\s+of)\b""",
        build=_build_sidelines,
        examples=(
            Ex("Japan and the Philippines discussed coastguard cooperation on the sidelines of the Shangri-La Dialogue.",
               participants=["JPN", "PHL"]),
            Ex("On the margins of the NATO summit in The Hague, Turkish President Recep Tayyip Erdogan held a bilateral meeting with US President Donald Trump.",
               published="2025-06-26", participants=["TUR", "USA"]),
        ),
        counterexamples=(
            "Analysts gathered on the sidelines of the conference to discuss markets.",
        ),
    ),
    Rule(
        id="meeting.with_verb",
        cues=("exchang", "sat", "sit", "confer", "held", "hold", "had", "has", "have", "caught", "catch", "interact", "talk", "were", "was",
              "are", "lunched", "dined", "breakfasted", "began", "huddl", "compar", "went", "came", "come", "coming", "spent", "spend", "includ",
              "shook", "shake", "spoke", "stock", "session", "finish", "wrapped", "ended", "conclud", "complet"),
        starts=("exchang", "sat", "sit", "confer", "held", "hold", "had", "has", "have", "came", "come", "caught",
                "catch", "interact", "huddl", "shook", "shak", "spent", "spend", "includ", "lunched", "dined",
                "breakfasted", "was", "were", "talked", "began", "spoke", "took", "compar", "went"),
        summary="<actor> exchanged views|sat down|conferred|caught up|held a bilateral ... with <actor> | <actor> and <actor> exchanged views|talked|were in conclave",
        pattern=r"""(?P<trigger>\b(?:(?:exchanged|exchange|exchanges|exchanging)\s+(?:views|notes|ideas)|(?:sat|sit|sits|sitting)\s+down
                    |conferred|confers|confer|conferring
                    # "held a 30-minute bilateral with", "has just come out of a one-hour bilateral with"
                    |(?:held|holds|hold|had|has|have|(?:came|come|comes|coming)\s+out\s+of)\s+(?:a\s+|an\s+)?(?:(?:[\w-]+-(?:minute|hour)|hour-long|lengthy|brief|short|long|private|closed-door|separate)\s+)?(?:bilateral|one-on-one|one-to-one|face-to-face|tête-à-tête|tete-a-tete
                       |working\s+(?:lunch|dinner|breakfast)|luncheon|closed-door\s+session|audience)(?!\s+(?:meetings?|talks|summit))
                    # "held talks" told otherwise: "caught up with", "a lengthy exchange with", "a talanoa with"
                    |(?:caught|catches|catching)\s+up|interacted|interacts|huddled|huddles|huddling
                    # "shook hands with Jordan's defence minister at the ministry on Tuesday before an hour of talks"
                    |(?:shook|shakes|shaking|shake)\s+hands(?=\s+with\s[^.;]{3,140}?\b(?:before|ahead\s+of|and\s+(?:then\s+)?(?:held|began|opened|sat\s+down))\s
                        [^.;]{0,40}?\b(?:talks|meeting|discussions|consultations)\b)
                    # "spent an hour with <B>", "spent two hours with his Saudi counterpart" (a person: see _build_with)
                    |(?P<spent>(?:spent|spends|spending|included|includes)\s+(?:(?:an?|one|two|three|four|five|several|nearly|almost|more\s+than|over|about|around|some)\s+)+(?:[\w-]+\s+)?(?:hours?|minutes)
                       # "spent Tuesday morning in talks with", "spent much of the afternoon in discussions with"
                       |(?:spent|spends|spending)\s+(?:(?:much|most|part)\s+of\s+)?(?:the\s+(?:day|morning|afternoon|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening))?)
                          \s+in\s+(?:(?:closed-door|private|bilateral|lengthy)\s+)?(?:talks|discussions|meetings?|consultations))
                    # "sat across the table from <B>": the other side after "from"
                    |(?:sat|sits|sitting)\s+(?:down\s+)?(?:across|opposite)\s+(?:the\s+table\s+)?from(?=\s+(?:his|her|their|the|\p{Lu}))
                    # a meal or a closed session with the other: "lunched on Wednesday with", "held an encounter with",
                    # "were closeted for two hours with", "sat down together with"
                    |lunched|dined|breakfasted|(?:held|had)\s+an\s+encounter|(?:was|were)\s+closeted|(?:sat|sit|sits|sitting)\s+down\s+together
                    |(?:held|holds|had|has|have)\s+(?:a|an)\s+(?:(?:long|lengthy|brief|short|frank|candid|cordial|warm|wide-ranging|fruitful|productive|in-depth|detailed)\s+)?
                       (?:exchange|talanoa|working\s+session|tête-à-tête|tete-a-tete)(?!\s+(?:of|programme|program|students?|visits?|rates?)\b)))\b
                    (?=(?<=\bfrom)|\s+(?:(?:[\w’'-]+\s+){0,3}?)with\b
                      |\s+(?:(?:on|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)with\s+(?:his|her|their|the\s+visiting|\p{Lu}))
                  # a joint subject and no "with": "<A> and <B> exchanged views for an hour in Athens", "... talked for
                  # ninety minutes in Bucharest", "... were in conclave in Kigali" (see _build_with)
                  | (?P<joint>)(?P<trigger>\b(?:exchanged\s+views|talked|were\s+in\s+conclave|held\s+a\s+bilateral|had\s+a\s+(?:working\s+session|tête-à-tête|tete-a-tete)
                      # "<A> and <B> sat down together in Tashkent", "were closeted (together) for two hours", "were face to face on
                      # Tuesday in Maputo", "had a one-on-one in Ankara", "began the day with a working breakfast at the ministry"
                      |sat\s+down\s+together|were\s+closeted(?:\s+together)?|were\s+face[\s-]to[\s-]face|had\s+a\s+(?:one-on-one|one-to-one|face-to-face)
                      |(?:lunched|dined|breakfasted)\s+together|began\s+(?:the\s+day|their\s+day|the\s+visit)\s+with\s+a\s+working\s+(?:breakfast|session|meeting)
                      # "spoke at length in Vilnius", "took stock on Monday in Oslo of", "were in session for most of Tuesday",
                      # "spent Wednesday together at the joint headquarters"
                      |spoke\s+at\s+length|took\s+stock|were\s+in\s+session|held\s+a\s+(?:working|closed-door|joint|long|lengthy)\s+session
                      |spent\s+(?:the\s+(?:day|morning|afternoon|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:an?|one|two|three|several)\s+(?:hours?|days?))\s+together)\b)
                    # ("exchanged views on the situation": a topic, see meeting.discussed)
                    (?=\s+(?:for\s+(?:[\w-]+\s+){1,2}?(?:minutes|hours?)\b|for\s+the\s+(?:first|second|third|fourth|fifth)\s+time\b
                              |for\s+(?:most|much|all|the\s+whole|the\s+rest)\s+of\s
                              |(?:in|at|over)\s|on\s+(?:\p{Lu}|\d)))
                  # "<A> and <B> spent the afternoon discussing <topic>", "have just finished a closed-door session lasting two
                  # hours": the time the two spent (the build wants office holders, and a day or a place)
                  | (?P<joint>)(?P<trigger>\b(?:spent|spend|spends)\s+(?:the\s+(?:day|morning|afternoon|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
                        |(?:an?|one|two|three|several)\s+(?:hours?|days?))\s+(?:together\s+)?(?:discussing|reviewing|going\s+over|talking\s+(?:about|over|through))
                      |(?:have|has|had)\s+(?:just\s+)?(?:finished|wrapped\s+up|ended|concluded|completed)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|round\s+of\s+talks|talks))\b
                  # "<A> and <B> compared notes for two hours", "compared their readings of <topic> over a working dinner",
                  # "went over <topic> in Kyiv": the time or place after the topic
                  | (?P<joint>)(?P<trigger>\b(?:compared|compare|comparing)\s+(?:their\s+)?(?:notes|assessments|readings|views|analyses)|went\s+over)\b
                    (?=[^.;]{0,100}?(?:\bfor\s+(?:[\w-]+\s+){1,2}?(?:minutes|hours?)\b|\bover\s+(?:a\s+)?(?:working\s+)?(?:lunch|dinner|breakfast)\b
                       |\b(?:in|at)\s+(?:the\s+)?\p{Lu}|\bat\s+the\s+(?:ministry|headquarters|palace)\b|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))""",
        build=_build_with,
        examples=(
            Ex("Philippine Defence Secretary Gilberto Teodoro exchanged views with Japanese Defence Minister Gen Nakatani in Manila on Monday.",
               published="2025-06-12", participants=["JPN", "PHL"], location="Manila", date="2025-06-09"),
            Ex("Chinese Defence Minister Dong Jun sat down with his Russian counterpart in Qingdao on Thursday.",
               published="2025-06-14", participants=["CHN", "RUS"], location="Qingdao", date="2025-06-12"),
            Ex("Spain's prime minister conferred with the Moroccan foreign minister in Rabat on 3 March.",
               published="2025-03-05", participants=["ESP", "MAR"], location="Rabat", date="2025-03-03"),
            Ex("Britain's defence secretary held a bilateral with his Estonian counterpart at the JEF meeting in Tallinn.",
               published="2025-05-20", participants=["EST", "GBR"]),
            # other ways of telling talks: "caught up with", "a lengthy exchange with", "a talanoa with", "a working session ... with"
            Ex("Fijian Defence Minister Pio Tikoduadua had a talanoa with his Tongan counterpart in Nukuʻalofa on Thursday.",
               published="2025-09-19", participants=["FJI", "TON"], date="2025-09-18"),
            Ex("Lithuania's chief of defence caught up with the Latvian army commander at Ādaži on Monday to review brigade plans.",
               published="2025-09-19", participants=["LTU", "LVA"], date="2025-09-15"),
            Ex("The Dutch defence minister had a lengthy exchange with Belgium's defence minister in Brussels on Wednesday on joint frigate crews.",
               published="2025-09-19", participants=["BEL", "NLD"], date="2025-09-17", location="Brussels"),
            Ex("Chile's army commander had a working session on Tuesday in Santiago with the visiting Argentine army chief.",
               published="2025-09-19", participants=["ARG", "CHL"], date="2025-09-16"),
            # a joint subject and no "with"
            Ex("Croatian Defence Minister Ivan Anušić and his Slovenian counterpart Borut Sajovic talked for two hours in Zagreb on Friday.",
               published="2025-09-20", participants=["HRV", "SVN"], date="2025-09-19", location="Zagreb"),
            Ex("Nigeria's chief of defence staff and his Beninese counterpart were in conclave in Cotonou on Wednesday.",
               published="2025-09-19", participants=["BEN", "NGA"], date="2025-09-17"),
            Ex("Indian Defence Minister Rajnath Singh and his Malaysian counterpart held a bilateral on the margins of the ADMM-Plus in Kuala Lumpur on Saturday.",
               published="2025-11-03", participants=["IND", "MYS"], date="2025-11-01"),
            # a meal or a closed session with the other; joint subjects that sat down together, were closeted, were face to face
            Ex("Kenya’s defence minister lunched on Thursday with the Ugandan army chief at the officers’ mess in Nairobi.",
               published="2025-10-03", participants=["KEN", "UGA"], date="2025-10-02"),
            Ex("Portugal’s navy chief held an encounter on Monday with Brazil’s Navy Commander at the naval base in Lisbon.",
               published="2025-10-03", participants=["BRA", "PRT"], date="2025-09-29"),
            Ex("The defence ministers of Senegal and Mauritania sat down together in Dakar on Tuesday for two hours of discussions.",
               published="2025-10-03", participants=["MRT", "SEN"], date="2025-09-30"),
            Ex("Bolivian Defence Minister Edmundo Novillo and his Paraguayan counterpart were closeted for three hours on Monday at "
               "the ministry in La Paz.", published="2025-10-03", participants=["BOL", "PRY"], date="2025-09-29"),
            Ex("Croatia’s defence minister and his Bosnian counterpart were face to face for the first time on Wednesday in Sarajevo.",
               published="2025-10-03", participants=["BIH", "HRV"], date="2025-10-01"),
            Ex("Latvian Defence Minister Andris Sprūds and his Estonian counterpart had a one-on-one in Riga on Tuesday.",
               published="2025-10-03", participants=["EST", "LVA"], date="2025-09-30"),
            # "huddled with", "sat across the table from", a joint "compared notes", "went over <topic>"
            Ex("Romania's defence minister huddled with his Moldovan counterpart at the ministry in Bucharest on Tuesday.",
               published="2025-10-22", participants=["MDA", "ROU"], date="2025-10-21"),
            Ex("Chile's army commander sat across the table from Peru's army chief at the Pentagonito in Lima on Monday.",
               published="2026-01-14", participants=["CHL", "PER"], date="2026-01-12"),
            Ex("Kenya's defence secretary and his Ethiopian counterpart compared notes for two hours in Nairobi on Monday.",
               published="2024-02-07", participants=["ETH", "KEN"], date="2024-02-05"),
            Ex("Japan's defence minister and Australia's defence minister compared their assessments of the situation in the "
               "South China Sea over a working dinner in Tokyo on Monday.", published="2025-06-18", participants=["AUS", "JPN"],
               date="2025-06-16"),
            Ex("On Monday Estonia's defence minister and Ukraine's defence minister went over next year's aid package in Kyiv.",
               published="2024-09-11", participants=["EST", "UKR"], date="2024-09-09"),
            # a timed bilateral, and time spent with an office holder
            Ex("India's defence minister held a 30-minute bilateral with Egypt's defence minister in Cairo on Monday.",
               published="2026-02-18", participants=["EGY", "IND"], date="2026-02-16"),
            Ex("Fiji's prime minister has just come out of an hour-long bilateral with New Zealand's foreign minister.",
               published="2026-02-18", participants=["FJI", "NZL"]),
            Ex("Pakistan's army chief spent two hours with his Saudi counterpart in Riyadh on Tuesday.",
               published="2025-03-06", participants=["PAK", "SAU"], date="2025-03-04"),
            Ex("The Ghanaian army chief's programme in Abuja on Tuesday included an hour with Nigeria's Chief of Army Staff.",
               published="2025-03-06", participants=["GHA", "NGA"], date="2025-03-04"),
            # idioms: a handshake before talks, "spoke at length", "took stock of", "spent <day> together", "were in session"
            Ex("Thailand's army chief shook hands with Cambodia's army commander at the border crossing on Monday before two hours of talks.",
               published="2025-06-14", participants=["KHM", "THA"], date="2025-06-09"),
            Ex("Portugal's defence minister and his Spanish counterpart spoke at length in Lisbon on Friday about maritime surveillance.",
               published="2025-06-14", participants=["ESP", "PRT"], date="2025-06-13", location="Lisbon"),
            Ex("Finland's defence minister and Estonia's defence minister took stock on Tuesday in Helsinki of the Gulf of Finland patrols.",
               published="2025-06-14", participants=["EST", "FIN"], date="2025-06-10", location="Helsinki"),
            Ex("Chile's army commander and Peru's army commander spent Thursday together at the border garrison in Tacna, going through "
            "demining plans.", published="2025-06-14", participants=["CHL", "PER"], date="2025-06-12", location="Tacna"),
            Ex("Kenya's defence minister and Tanzania's defence minister were in session for most of Monday in Arusha.",
               published="2025-06-14", participants=["KEN", "TZA"], date="2025-06-09", location="Arusha"),
            # time the two spent: "spent the afternoon discussing", "have just finished a closed-door session", "held a working session"
            Ex("In Riga on Wednesday, Latvia's defence minister and Sweden's defence minister spent the morning discussing air defence.",
               published="2025-05-16", participants=["LVA", "SWE"], date="2025-05-14"),
            Ex("Romania's chief of defence and his Moldovan counterpart have just finished a closed-door session at the general staff in Bucharest.",
               published="2025-05-16", participants=["MDA", "ROU"]),
            Ex("Denmark's and Norway's defence ministers held a working session on Tuesday in Copenhagen on Arctic patrols.",
               published="2025-05-16", participants=["DNK", "NOR"], date="2025-05-13"),
            Ex("Tanzania's Chief of Defence Forces and his Mozambican counterpart were closeted together in Maputo on Friday "
            "for most of the afternoon.", published="2025-10-03", participants=["MOZ", "TZA"], date="2025-10-03", location="Maputo"),
            Ex("The Indian Navy's Eastern Fleet commander, Rear Admiral Rajesh Dhankhar, spent Tuesday morning in talks with Rear Admiral Chris Smith, Commander of the Australian Fleet, at Fleet Base West.", published="2025-03-05", participants=["AUS", "IND"], date="2025-03-04"),
        ),
        counterexamples=(
            "The Indian and French foreign ministers exchanged views by telephone on Tuesday.",
            "Analysts sat down with investors in London to discuss the defence sector.",
            "The Lockheed Martin chief executive held a one-on-one with reporters in Washington on Monday.",
            "The two ministers may sit down with each other in Geneva later this year, diplomats said.",
            # calls, data and prisoner exchanges, talk about others
            "The Croatian and Slovenian defence ministers talked by phone on Friday about the border.",
            "The Hungarian defence minister caught up with the news from Kyiv on Monday.",
            "Kenya held an exchange of prisoners with Somalia in Mogadishu on Monday.",
            "Investors and analysts talked for hours in London on Monday about defence stocks.",
            "The Czech and Slovak defence ministers talked on the sidelines, but only briefly, a spokesman said, and by video link.",
            # sport, family and no office holders
            "Ghanaian and Ivorian veterans sat down together in Accra on Wednesday to watch the cup final.",
            "The minister lunched with her family in Lisbon on Sunday.",
            "Fans of the two clubs were face to face outside the stadium in Belgrade on Saturday.",
            "Kenyan and Ethiopian students compared notes on Monday after the exam in Nairobi.",
            "Analysts compared notes on the new Polish and Czech budgets in Warsaw on Monday.",
            "The auditors went over the defence ministry's accounts in Vilnius last week.",
            "Fans huddled with their families at the stadium in Madrid on Sunday.",
            "The prime minister and the finance minister went over the budget in Canberra on Monday.",
            "The Polish defence minister spent two hours with the Polish contingent in Latvia on Tuesday.",
            "The army chief's programme in Riyadh on Tuesday included an hour at the military museum.",
            "The minister spent three hours with students at the Lithuanian Military Academy in Vilnius.",
            "Jordan's defence minister shook hands with veterans at the parade in Amman on Tuesday before the speeches.",
            "The minister spoke at length to reporters in Vilnius on Thursday.",
            "The House and the Senate were in session for most of Tuesday in Canberra.",
            "The Brazilian and Argentine teams spent Saturday together at the training camp in Doha.",
            "The two ship crews spent the afternoon discussing football in Riga on Wednesday.",
            "The Latvian parliament has just finished a closed-door session on the defence budget in Riga.",
            # closeted with his own staff: one party
            "Tanzania's Chief of Defence Forces was closeted together with his senior commanders in Dodoma on Friday.",
            "The Indonesian defence minister spent Tuesday morning in Surabaya touring the PAL shipyard.",
        ),
    ),
    Rule(
        id="meeting.discussed",
        cues=("discuss", "review"),
        summary="<office holders of two states> | the two ministers discussed ...",
        pattern=r"""(?<!\bto\s)(?P<trigger>\b(?:discussed|discuss|discusses|reviewed|review|reviews)\b)(?=\s+\w)""",
        build=_build_discussed,
        examples=(
            Ex("Indian Defence Minister Rajnath Singh and Australian Defence Minister Richard Marles discussed submarine cooperation in Canberra on Thursday.",
               published="2025-06-14", participants=["AUS", "IND"], location="Canberra", date="2025-06-12"),
            Ex("German Defence Minister Boris Pistorius arrived in Warsaw on Monday. Pistorius and his Polish counterpart discussed air defence.",
               published="2025-06-12", participants=["DEU", "POL"], date="2025-06-09"),
            Ex("The defence ministers of Greece and Cyprus discussed regional security in Nicosia on Monday.",
               published="2025-06-12", participants=["CYP", "GRC"], location="Nicosia", date="2025-06-09"),
            Ex("Brazil's defence minister flew to Buenos Aires on Monday. The two ministers discussed joint patrols with Argentina's defence minister.",
               published="2025-06-12", participants=["ARG", "BRA"]),
        ),
        counterexamples=(
            "On Monday, King Abdullah spoke by telephone with the Spanish Prime Minister; the two leaders discussed Gaza.",
            "Japan and Australia discussed the plan last year.",
            "Analysts discussed the implications of the deal in London on Monday.",
            "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung discussed North Korea by phone on Saturday.",
            "Japan's defence minister spoke with his Philippine counterpart by telephone on Monday. The two ministers discussed the South China Sea.",
            "The two countries discussed the sale of frigates in 2023.",
            "Indian Defence Minister Rajnath Singh and Australian Defence Minister Richard Marles have discussed the idea before.",
        ),
    ),
    Rule(
        id="meeting.two_plus_two",
        cues=("2",),
        summary="<states> held a 2+2 (dialogue|meeting|talks) (in <city>)",
        pattern=r"""(?P<trigger>\b2\s?\+\s?2\b(?:\s+(?i:(?:ministerial|foreign\s+and\s+defen[cs]e(?:\s+ministers['’]?)?|defen[cs]e\s+and\s+foreign(?:\s+ministers['’]?)?|security)\s+)?
                    (?i:dialogue|meeting|talks|consultations|summit|ministerial)s?\b)?)(?!\s*=)""",
        build=_build_two_plus_two,
        examples=(
            Ex("Japan and Britain held a 2+2 in Tokyo on Friday.", published="2025-06-12",
               participants=["GBR", "JPN"], location="Tokyo", date="2025-06-06"),
            Ex("Foreign and defence ministers of India and Australia met for a 2+2 dialogue in New Delhi on 19 November.",
               published="2025-11-21", participants=["AUS", "IND"], date="2025-11-19"),
            Ex("The US and the Philippines will hold their next 2+2 ministerial dialogue in Manila in April.",
               published="2025-01-10", participants=["PHL", "USA"], status="planned", date="2025-04"),
        ),
        counterexamples=(
            "Japan and Australia have held 2+2 talks every year since 2007 to review cooperation.",
            "Germany and Australia could hold a 2+2 meeting later this year, officials said.",
            "The foreign and defence ministers held a 2+2 video call on Monday with their Japanese counterparts.",
        ),
    ),
    Rule(
        id="meeting.co_chaired",
        cues=("co",),
        summary="<actors> co-chaired|co-hosted the ... dialogue|talks|meeting|group (with <actor>)",
        pattern=r"""(?P<trigger>\b(?i:co-?chaired|co-?chairs|co-?chair|co-?chairing|co-?hosted|co-?hosts|co-?hosting))\b
                    (?=\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w’'+-]+\s+){0,7}?(?i:dialogue|talks|meetings?|consultations|committee|commission|group|council|
                    forum|summit|session|round|conference|ministerial)\b)""",
        build=_build_co_chaired,
        examples=(
            Ex("Indian Defence Secretary Rajesh Kumar Singh and US Under Secretary of Defense Elbridge Colby co-chaired the India-US Defence Policy Group in Washington on Tuesday.",
               published="2025-06-12", participants=["IND", "USA"], date="2025-06-10"),
            Ex("Japan's vice defence minister co-chaired the annual strategic dialogue with his Philippine counterpart in Manila on Thursday.",
               published="2025-06-14", participants=["JPN", "PHL"], location="Manila", date="2025-06-12"),
            Ex("Kenya and Somalia co-hosted a regional security conference in Nairobi on 4 March.",
               published="2025-03-06", participants=["KEN", "SOM"], location="Nairobi", date="2025-03-04"),
        ),
        counterexamples=(
            "Singapore and Australia co-chair the ADMM-Plus experts' working group, which meets every two years.",
            "Two think tanks co-hosted a conference on drones in London on Monday.",
        ),
    ),
)
