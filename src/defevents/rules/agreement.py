"""Agreements: who agreed, signed or struck what with whom.

Shapes handled:
    <actors> (have) agreed to|on|a <thing> [with <actors>]
    <actors> signed|inked|struck|sealed|concluded|renewed a/an ... agreement|treaty|pact|MoU|declaration|accord
    the|a ... agreement|treaty|pact was|has been reached|signed|concluded [by|between <actors>]
    the <Name> Agreement|Treaty|Accord|Declaration, Treaty of <Name>   (with a signing verb nearby)
    <actors> committed to ... under a new ... partnership|agreement|framework
    <instrument> ... . <actors> (will) sign it
Not agreements: sales and procurement contracts (export deals), "in agreement that" (a shared
stance), talks about a future deal, agreements between companies only (teaming, licensing), and
agreements that are negated or hypothetical.
Participants: at least two parties; "both countries" and "the two allies" stand for the last
pair named; a lone party with a "counterpart" takes the document's home state as the other.
"""

from __future__ import annotations

from .. import _lazy_regex as regex

from ..actors import state_actor
from ..document import Document
from . import Draft, Ex, Rule
from ..modality import WHEN_COMMITTED
from ._sale import DELIVERED_NOUNS
from ._patterns import expand
from ._args import (actors_of, parties_of_the_scene, posted_to, coordinated_verb, for_firms, counterpart_side, distinct_states, draft, evidence_end, leading_subject, objects_after, party_count,
                    phrase_end, place_after, resolve_references, subject_before)

# what makes a text a sale: "an export agreement", "a supply deal", "the supply of 20 howitzers" (an MoU "on the
# supply of spare parts" or "guaranteeing the supply of ammunition" is a pact on supply, not a sale)
_SALE = regex.compile(
    r"""(?ix)(?<!\bjoint\s+)\b(?:export|exports|arms(?![\s-](?:industr\w*|control|reduction|race))|sales?|purchase|
        # "a framework agreement on defence procurement", "procurement cooperation": the field, not a purchase
        (?<!\bon\s+(?:(?:defen[cs]e|military|joint|arms|equipment|cooperative|collaborative)\s+){0,2})procurement(?!\s+co-?operation)|(?<!logistics\s+)acquisition(?!\s+and\s+cross[\s-]servicing)|(?:supply|supplies)(?=\s+(?:agreements?|deals?|accords?|pacts?|arrangements?|contracts?|of\s+(?:\d|one|two|three|four|five|six|eight|ten|twelve|a\s+further|more|additional)))|contract|order|
        to\s+(?:buy|purchase|acquire|procure|order|sell|supply|deliver)|for\s+the\s+(?:purchase|supply|sale|delivery|acquisition)
        # "an agreement under which Norway will buy five frigates"
        |under\s+which\s+(?:[\w’'-]+\s+){1,4}?(?:will|would|is\s+to|are\s+to|shall)\s+(?:buy|purchase|acquire|procure|receive)
        |worth|valued\s+at|licen[cs]e\s+to\s+build|co-?production\s+of)\b""")
_NON_DEFENCE = regex.compile(
    r"""(?ix)\b(?:trade|free[\s-]trade|music|publishing|record(?:ing)?|sponsorship|
        # a player's transfer, not "the transfer to the Chadian army of part of the Kossei barracks"
        transfer(?!\s+(?:of|to)\s+(?:[\w’'-]+\s+){0,8}?(?:camps?|bases?|barracks|airstrips?|posts?|facilit(?:y|ies)|garrisons?|airfields?|forts?)\b
                    |\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:army|armed\s+forces|forces|navy|air\s+force|military)\b)|broadcast(?:ing)?|
        media|rights|tax|loan|mortgage|merger|takeover|wage|pay|labou?r|(?:trade|labou?r|workers['’]?)\s+unions?|unions|tariffs?|fisheries|aviation\s+safety|
        air\s+(?:transport|services)|civil\s+aviation|passenger\s+flights|
        climate|energy|gas|oil|streaming|film|football|club|player|licensing|franchise|lease|rental|settlement|plea|
        commercial|econom(?:ic|y)|rail(?:way)?s?|freight|customs|visas?|investment|education|health|pharmaceutical|
        # (a "peace force" or "peace support operations" is a military matter)
        prenuptial|ceasefire|peace(?!\s+(?:force|forces|keeping|operations?|support|missions?|enforcement|contingents?)\b)|hostage|
        grain|rice|wheat|food|agricultur\w*|farming|tourism|
        # farm and mineral commodities: "cooperation in the area of citrus exports"
        citrus|fruits?|vegetables?|seafood|coffee|cocoa|cotton|timber|textiles?|wine|meat|dairy|fertili[sz]ers?|cement|tractors?|buses|minerals?|mining|cultur(?:e|al)|healthcare|debt|associations?|federations?|leagues?|clubs|universit(?:y|ies)|schools|hospitals|museums?|
        # utilities and development finance: "a financing agreement for a power line", "on building a hydropower plant"
        electricity|power\s+(?:lines?|plants?|stations?|grids?|transmission)|hydro(?:power|electric)|transmission\s+lines?|water\s+(?:supply|pipelines?)|
        pipelines?|financing|grants?\s+for|migration|migrants?|asylum|
        # water and transport between neighbours, and policing (not air policing): "a water-sharing agreement", "agreed to pool wagons"
        water[\s-](?:sharing|use|allocation|resources)|irrigation|reservoirs?|wagons|rolling\s+stock|(?<!\bair[\s-])polic(?:e|ing))\b""")
_TOPIC_WORDS = regex.compile(r"(?i)\b(?:defen[cs]e|security|military|missile|air\s+defen[cs]e|training|industrial|cyber|intelligence|"
                             r"nuclear|maritime|naval|space|logistics|procurement|production|research|technology|reciprocal\s+access|"
                             r"status\s+of\s+forces|mutual\s+defen[cs]e|co-?operation|coordination|helicopter|drone)\w*")


def _topics(text: str) -> list[str]:
    seen: list[str] = []
    for m in _TOPIC_WORDS.finditer(text):
        t = " ".join(m.group().lower().split())
        if t not in seen:
            seen.append(t)
    return seen


# "... held talks with X in Funafuti on Wednesday and signed ...": the one met, before "and <verb>"
_MEETING_VERB = (r"(?i)\b(?:met(?:\s+with)?|(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions|consultations)\s+with"
                 r"|hosted|received|welcomed)\s")
_MET_THEN = regex.compile(_MEETING_VERB)


def _parties(doc: Document, m: regex.Match[str], subject_end: int, object_start: int, object_end: int):
    subject = subject_before(doc, subject_end, joint=True)
    objects = objects_after(doc, object_start, object_end, r"with|between|by|among|amongst", own_noun_only=True)
    if len({x.code for x in subject if x.code}) == 1 and not objects and coordinated_verb(doc, subject_end):
        objects = _met_before(doc, subject, subject_end)
    if len({x.code for x in subject if x.code}) == 1 and not objects and _WITH_PRONOUN.match(doc.text, m.end("trigger")):
        # "..., who met his Cypriot counterpart in Nicosia, signed with him a plan": the one the sentence named before
        named = [x for x in doc.mentions_in(doc.sentence(subject_end)[0], subject_end)
                 if x.code and x.code not in {y.code for y in subject} and x.form in ("person", "counterpart")]
        objects = named[-1:]
    mentions = resolve_references(doc, for_firms(doc, [*subject, *objects]), m.start())
    counter = [x for x in doc.mentions_in(m.start(), object_end) if x.form == "counterpart"]
    mentions = distinct_states(doc, mentions, m.start())
    actors = actors_of(mentions) + actors_of(counter) + counterpart_side(doc, counter, subject)
    if party_count(actors) < 2 and (posted := posted_to(doc, [*subject, *objects], None)) is not None \
            and posted.code not in {a.code for a in actors}:
        actors.append(posted)  # "the Italian defence attaché in Quito and the head of Naval Aviation signed"
    start = min([x.start for x in subject] + [m.start()])
    end = max([x.end for x in objects] + [m.end()])
    return actors, start, end


_WITH_PRONOUN = regex.compile(r"(?i)\s+with\s+(?:him|her|them)\b")
_MET_JUST_BEFORE = regex.compile(_MEETING_VERB + r"\s*(?:(?:his|her|their|the)\s+)?$")


def _met_before(doc: Document, subject: list, pos: int) -> list:
    """The other side of a meeting told in the first of two coordinated verbs ("Lula met Chilean
    President Gabriel Boric in Santiago on Monday and signed ...", "Wong held talks with Tuvalu
    Prime Minister Feleti Teo ... and signed ..."): the one met, when the subject found is the
    sentence's subject, or the subject, when the one found is the one met."""
    first = subject[0]
    if _MET_JUST_BEFORE.search(doc.text, max(0, first.start - 60), first.start):
        return [x for x in leading_subject(doc, pos) if x.code and x.code != first.code][:1]
    met = _MET_THEN.search(doc.text, subject[-1].end, pos)
    return objects_after(doc, met.end() - 1, pos, r"with", direct=True)[:1] if met else []


def _too_few(actors: list) -> bool:
    """Fewer than two parties, or a company among them: a teaming or licensing agreement between
    firms, or a firm's memorandum with a state ("Airbus signed an MoU with Kazakhstan on helicopter
    maintenance"), is industry business, not an agreement between states (a purchase from a firm
    is an export deal, read by those rules)."""
    return party_count(actors) < 2 or any(a.kind == "company" for a in actors if a.code)


# "deals for Chinese-built trainers": paperwork for goods
_DEAL_FOR_GOODS = regex.compile(r"(?i)\b(?:deals?|contracts?|orders?)\s+for\s+(?:[\w’'-]+\s+){0,4}?" + DELIVERED_NOUNS + r"\b", regex.X)


def _is_sale(doc: Document, a: int, b: int) -> bool:
    """A phrase about buying weapons ("a €3.1bn deal for 45 Hürjet trainers"): the export-deal rules read it."""
    phrase = doc.text[a:b]
    return bool(_SALE.search(phrase) or _DEAL_FOR_GOODS.search(phrase) or doc.money_in(a, b) or (
        doc.systems_in(a, b) and _FOR_A_NUMBER.search(phrase)))


# "for 12 more", "for ten FA-50 light fighters", "for a further batch"
_FOR_A_NUMBER = regex.compile(r"(?i)\bfor\s+(?:up\s+to\s+)?(?:\d|a\s+further|more|additional|"
                              r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b)")


# "rice trade cooperation", "energy coordination", "cooperation in civil nuclear energy studies": a
# non-defence field's cooperation; "food security", "civil nuclear": words of a defence topic used of another field
_OTHER_FIELD_COOPERATION = regex.compile(
    rf"{_NON_DEFENCE.pattern}\s+(?:[\w-]+\s+)?(?:co-?operation|coordination)\b"
    rf"|\b(?i:co-?operation|coordination|collaboration)\s+(?i:in|on)\s+(?i:the\s+)?"
    rf"(?:(?!(?i:military|defen[cs]e|security|naval|army|armed|air|maritime|war|police)\b)[\w-]+\s+){{0,2}}?{_NON_DEFENCE.pattern}"
    r"(?:\s+(?i:sector|field|research|studies|area))?"
    r"|\b(?i:(?:food|water|energy|health|economic|social|job|financial|income)\s+security|civil(?:ian)?\s+nuclear|nuclear\s+(?:energy|power|medicine))\b")


def _off_topic(text: str) -> bool:
    """Whether a phrase names a non-defence field ("to increase trade", "on rice trade
    cooperation") and no defence topic ("trade and defence cooperation" is on topic)."""
    if not _NON_DEFENCE.search(text):
        return False
    return not _TOPIC_WORDS.search(_OTHER_FIELD_COOPERATION.sub(lambda m: "_" * len(m.group()), text))


_JUST_TALK = regex.compile(
    rf"(?i){WHEN_COMMITTED}\s+to\s+(?:"
    r"(?:keep|stay|remain)\s+in\s+(?:close\s+|regular\s+|constant\s+)?(?:contact|touch|communication)"
    r"|meet\b|(?:talk|speak)\s+again|continue\s+(?:the\s+|their\s+)?(?:talks|dialogue|consultations|discussions|contacts)"
    r"|(?:hold|have)\s+(?:further|more)\s+(?:talks|consultations|discussions)"
    # "agreed to hold the next meeting in Hanoi": where they meet next
    r"|(?:hold|have|host|convene)\s+(?:the|their|a)\s+(?:next|following|further|second|third|follow-up)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|round|session|talks|consultations|dialogue)"
    # "agreed to hold the Japan-Finland Defense Ministerial Meeting regularly": meetings to come
    r"|(?:hold|have|convene)\s+(?:[\w’'-]+\s+){0,6}?(?:meetings?|talks|consultations|discussions|dialogues?|summits?)\s+(?:regularly|periodically|annually|every\s+year|each\s+year|on\s+a\s+regular\s+basis)"
    # "agreed to consider|study|explore a joint production line": a matter to look at, not a pact
    r"|(?:consider|study|explore|examine|look\s+into|discuss|assess|evaluate|weigh)(?:\s+(?:the\s+)?(?:possibility|feasibility|idea|option)s?\s+of)?"
    # "agreed to relaunch the joint border commission": a body that meets, brought back
    r"|(?:relaunch|revive|reactivate|reconvene|resume|restart|re-?establish)\s+(?:the\s+|their\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:commission|committee|dialogue|working\s+group|council|talks|consultations|mechanism|forum))\b")
_EXPECTED_TO = regex.compile(r"(?i)\b(?:is|are|was|were|seen\s+as)\s+(?:(?:widely|now|also)\s+)?(?:expected|likely|set|poised)\s+to\s+\Z")
# "an agreement with the Government of Spain for the acquisition of two frigates"
_FOR_PURCHASE = regex.compile(r"(?i)\bfor\s+the\s+(?:purchase|supply|sale|delivery|acquisition|procurement|lease)\s+of\b")
_TO_NOUN = regex.compile(r"\s+(?:in\s+principle\s+)?to\s+(?:the|a|an|US|U\.S\.|\p{Lu}[\p{L}-]*\s+(?!to\b)|their|its|his|her)\b")


def _build_agreed(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    window_end = min(phrase_end(doc, m.end()), m.end() + 220)
    if _off_topic(doc.text[m.end():window_end]) or _is_sale(doc, m.end(), min(window_end, m.end() + 60)):
        return None
    if _TO_NOUN.match(doc.text, m.end()) and not _PACT_NEAR.search(doc.text, m.end(), min(len(doc.text), m.end() + 60)):
        return None  # "agreed to US mediation": a noun, not a pact
    if _JUST_TALK.match(doc.text, m.end()):
        return None  # "agreed to keep in close contact", "agreed to meet again": no pact, more talk
    if _EXPECTED_TO.search(doc.text, max(0, m.start("trigger") - 30), m.start("trigger")):
        return None  # "London is expected to agree a schedule with Nairobi": a forecast, not an agreement
    actors, start, end = _parties(doc, m, m.start("trigger"), m.end("trigger"), window_end)
    if _too_few(actors) or _off_topic(doc.text[start:m.start("trigger")]):
        return None
    end = evidence_end(doc, m.end(), end, window_end)
    return draft(rule, m, start=start, end=end, participants=actors, topics=_topics(doc.text[m.end():end]))


def _agreement_name(m: regex.Match[str], doc: Document | None = None) -> str | None:
    """ "the Trinity House Agreement" → "Trinity House Agreement"; with its title-case tail, "a Memorandum of
    Understanding on Defence Cooperation" → "Memorandum of Understanding on Defence Cooperation"; None for a
    common noun ("a defence cooperation agreement", "an agreement on drones")."""
    text = m.string
    name = m.groupdict().get("name")
    if name:
        start, noun_start = m.span("name")
        if m.groupdict().get("noun") and m.group("noun")[:1].isupper():
            end = m.end("noun")  # "Annual Defence Cooperation Programme"
        else:
            noun = regex.match(r"\p{Lu}[\p{L}’'-]*(?:\s+of\s+\p{Lu}[\p{L}’'-]*)?", text[noun_start:noun_start + 60])
            if noun is None:
                return " ".join(name.split())
            end = noun_start + noun.end()
    elif m.groupdict().get("noun") and doc is not None:
        start, end = m.span("noun")
        if m.group("noun")[:1].isupper() and (_name_tail(doc, end) > end or (
                _CAPITALISED_OF.search(m.group("noun")) and _subject_tail(doc, end) == end)):
            pass  # "a Memorandum of Understanding on Defence Cooperation", "a Plan of Military Cooperation"
        else:
            # the descriptive title official agreements carry: "an agreement on cross-border military
            # movement", "a memorandum of understanding concerning submarine maintenance", "a defence
            # cooperation accord", "a plan of military cooperation for 2026"
            about = _subject_tail(doc, end)
            first = _first_modifier(m)
            if about == end and first is None:
                return None
            return " ".join(text[first if first is not None else start:about].split())
    else:
        return None
    if doc is not None:
        end = _name_tail(doc, end)
    return " ".join(text[start:end].split())


# a capitalised noun with its capitalised "of" tail, a title by itself: "Plan of Military Cooperation"
_CAPITALISED_OF = regex.compile(r"\s+of\s+\p{Lu}")


# words that rate an instrument rather than name it: "a new defence cooperation agreement"
_RATING = frozenset("""new landmark historic first fresh further separate second third key major broad wide-ranging
    long-awaited so-called important comprehensive updated revised renewed additional another""".split())
_MODIFIER_WORD = regex.compile(r"[\w’'-]+")
_DETERMINERS = frozenset("a an the its their his her this that on in at".split())


def _first_modifier(m: regex.Match[str]) -> int | None:
    """Where the words that name an instrument before its noun begin ("a new defence cooperation
    accord" → "defence"), or None when there are none."""
    mods = m.groupdict().get("mods")
    if not mods or not mods.strip():
        return None
    words = list(_MODIFIER_WORD.finditer(m.string, m.start("mods"), m.end("mods")))
    # "renewed on Monday a 1990 memorandum": only the words after the last determiner
    last = max((i for i, w in enumerate(words) if w.group().lower() in _DETERMINERS), default=-1)
    for w in words[last + 1:]:
        if w.group().lower() not in _RATING and not w.group()[:1].isdigit():
            return w.start()
    return None


_TAIL_TOKEN = regex.compile(r"[ \t]*\n?[ \t]*([\p{L}\d’'&-]+)")
_TAIL_LINKS = frozenset({"on", "of", "for", "in", "concerning", "regarding"})
_TAIL_GLUE = frozenset({"the", "and", "of", "in", "on", "for", "to", "&"})


# "on <subject>", and "of|for <subject>" ("a plan of military cooperation for 2026", "a roadmap for naval
# shipbuilding cooperation for 2026-2028")
_SUBJECT_OPEN = regex.compile(r"\s+(?:on|concerning|regarding|covering|of|for)\s+(?!(?:the\s+)?(?:sidelines|margins|behalf|condition|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|purchase|supply|sale|delivery|acquisition|procurement|lease|up|about|some|around|more|over|years?|months?|decades?)\b)(?!(?!(?:19|20)\d\d\b)\d|\p{Sc})")
_SUBJECT_WORD = regex.compile(r"[ \t]*\n?[ \t]*([\p{L}\d][\p{L}\d’'–-]*)")
_SUBJECT_STOP = frozenset("""with between by in at during that which who to as while after before from under until
    when where was were is are has have had will would signed said says but or worth valued including also
    agreed discussed held met pledged reviewed covering aimed designed""".split())
_NEXT_ARTICLE = regex.compile(r"\s+(?:a|an|the)\s", regex.I)
_YEARS = regex.compile(r"(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?")  # "for 2026", "for 2026–2028": a plan's years
_SUBJECT_GLUE = frozenset({"the", "of", "a", "an", "on", "for", "its", "their", "and"})


def _opens_named(doc: Document, pos: int, *, firms: bool = True) -> bool:
    """Whether an actor (a firm only if ``firms``), a place or a time starts at ``pos``: where an
    agreement's title ends ("... on Defence Cooperation | in Kyiv | on Monday")."""
    return any(x.start == pos and (firms or x.actor.kind != "company") for x in doc.mentions_in(pos, pos + 80)) \
        or any(p.span.start == pos for p in doc.places_in(pos, pos + 80)) \
        or any(t.span.start == pos for t in doc.times_in(pos, pos + 80))


def _subject_tail(doc: Document, pos: int) -> int:
    """The end of "on <subject>" after an agreement noun, at most eight words, or ``pos``: it stops at
    punctuation, at a word that opens another phrase ("with", "in", "signed", "and"), and before a
    state, a place or a time."""
    text = doc.text
    opening = _SUBJECT_OPEN.match(text, pos)
    if opening is None:
        return pos
    end, at, words = pos, opening.end(), 0  # end: after the last content word
    while words < 10 and (t := _SUBJECT_WORD.match(text, at)) is not None:
        word, w0 = t.group(1), t.start(1)
        if (w0 > at and not text[at:w0].isspace()) or word.lower() in _SUBJECT_STOP \
                or (_opens_named(doc, w0, firms=False) and not _YEARS.fullmatch(word)) \
                or (word.lower() == "and" and _NEXT_ARTICLE.match(text, t.end())):
            break  # "... on naval training and a memorandum on ...": a second text, not more of the subject
        at = t.end()
        words += 1
        if word.lower() not in _SUBJECT_GLUE:
            end = at  # "on" in "... movement on Friday" or "the" at the end is no part of the subject
    return end


def _name_tail(doc: Document, pos: int) -> int:
    """The end of a title-case tail after an agreement's name or capitalised noun ("on Defence
    Cooperation", "for the Years 2026–2028"), or ``pos`` when there is none. The tail stops at
    the first lower-case word other than "the", "and", "of"..., at punctuation, and before a
    state, an office holder, a place or a time ("... in the Defence Industry in Kyiv on Monday")."""
    text = doc.text
    t = _TAIL_TOKEN.match(text, pos)
    if t is None or t.start(1) == pos or t.group(1) not in _TAIL_LINKS:
        return pos
    end, at = pos, t.end()
    while (t := _TAIL_TOKEN.match(text, at)) is not None and t.start(1) > at:
        word, w0 = t.group(1), t.start(1)
        if word in _TAIL_GLUE:
            at = t.end()
            continue
        if not (word[:1].isupper() or (word[:4].isdigit() and len(word) >= 4)) or _opens_named(doc, w0):
            break
        end = at = t.end()
    return end


_PACT_NEAR = regex.compile(r"(?i)\b(?:agreement|treaty|pact|accord|deal|memorandum|framework|terms|arrangement|partnership|roadmap|plan)\b")


_G2G = regex.compile(r"(?i)\b(?:government[\s-]to[\s-]government|G2G|intergovernmental|inter-governmental)\b")


def _build_signed(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    mods = m.group("mods") or ""
    if m.group("trigger").lower() == "signing" and _SINCE_THE.search(doc.text, max(0, m.start() - 20), m.start()):
        return None  # "relations have grown since the signing of their strategic partnership": a background, not a signing told
    tail = doc.text[m.end():m.end() + 80]
    if _off_topic(doc.text[m.end():phrase_end(doc, m.end(), min(len(doc.text), m.end() + 60))]):
        return None  # "signed an agreement to increase trade"
    if _SALE.search(mods) or _SALE.match(tail.lstrip()[:40]) or _is_sale(doc, m.start("trigger"), min(len(doc.text), m.end() + 40)) \
            or _FOR_PURCHASE.search(doc.text, m.end(), min(phrase_end(doc, m.end()), m.end() + 120)) \
            or (_G2G.search(mods) and _is_sale(doc, m.end(), min(phrase_end(doc, m.end()), m.end() + 160))):
        return None  # a sales contract ("a government-to-government agreement ... for ten FA-50s"): the export-deal rules read it
    if _off_topic(mods) or _off_topic(m.group("noun")):
        return None  # "a programme of agricultural cooperation"
    window_end = min(phrase_end(doc, m.end()), m.end() + 200)
    actors, start, end = _parties(doc, m, m.start("trigger"), m.start("trigger"), window_end)
    if _too_few(actors) and m.group("trigger").lower() == "signing" \
            and _SCENE_ENDED_WITH.search(doc.text, max(doc.sentence(m.start())[0], m.start() - 90), m.start()):
        # "Paraguay's President received Bolivia's defence minister on Tuesday. The audience culminated in the
        # signing of an accord on river patrols": the parties of the meeting just told
        actors = parties_of_the_scene(doc, m.start())
    if _too_few(actors) and (_CAME_AWAY_WITH.search(doc.text, max(0, m.start() - 40), m.start())
                             or (m.group("trigger").lower().startswith(("signing", "putting", "setting", "inking"))
                                 and _BY_DOING.search(doc.text, max(0, m.start() - 10), m.start()))):
        # (also "McGuinty and Ahn wrapped up the talks by signing a memorandum": the subject of the verb the gerund
        # tells the manner of)
        # "The army chiefs of A and B met in X on Monday for their first talks since ..., and came away with a
        # signed memorandum": the subject of the first verb, however long its adjuncts
        lead = resolve_references(doc, leading_subject(doc, m.start()), m.start())
        actors = actors_of(distinct_states(doc, lead, m.start())) if not _too_few(actors_of(lead)) else actors
    if _too_few(actors) and _THEY.search(doc.text, max(doc.sentence(m.start())[0], m.start() - 30), m.start("trigger")) \
            and _THERE.search(doc.text, doc.sentence(m.start())[0], m.start("trigger")):
        # "At the talks they signed a plan of military cooperation": the parties of the meeting the story has told,
        # however many sentences ago
        actors = parties_of_the_scene(doc, m.start())
    if _too_few(actors) or _off_topic(doc.text[start:m.start("trigger")]):
        return None  # "the Norwegian and Swedish football associations signed ..."
    end = evidence_end(doc, m.end(), end)
    name = _agreement_name(m, doc)
    about = _ABOUT.match(doc.text, m.end())  # "a memorandum on mutual logistics support"
    return draft(rule, m, start=start, end=end, participants=actors, name=name,
                 topics=_topics(mods + (doc.text[about.start():phrase_end(doc, about.end(), about.end() + 60)] if about else "")),
                 location=None)


_THEY = regex.compile(r"(?i)\bthey\s+(?:also\s+|then\s+|jointly\s+)?\Z")
_CAME_AWAY_WITH = regex.compile(r"(?i)\band\s+(?:(?:came|went|walked)\s+away|left|emerged|returned\s+home)\s+with\s+(?:a|an|the)\s+(?:newly\s+)?\Z")
_BY_DOING = regex.compile(r"(?i)\bby\s+\Z")
_SINCE_THE = regex.compile(r"(?i)\b(?:ever\s+)?since\s+(?:the\s+)?\Z")
_SCENE_ENDED_WITH = regex.compile(
    r"(?i)\b(?:the|their|this|that)\s+(?:[\w-]+\s+)?(?:audience|meeting|talks|visit|session|discussions|consultations|encounter|engagement)\s+"
    r"(?:culminated|ended|concluded|closed|wrapped\s+up|finished)\s+(?:in|with)\s+(?:the\s+)?\Z")
_ABOUT = regex.compile(r"\s+(?:on|for|concerning|regarding|covering|to\s+(?:boost|deepen|expand|strengthen|step\s+up))\b")


def _build_second(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """The second of two instruments one signing names ("signed a pact on naval training and a
    memorandum on cyber defence"): a text of its own, between the signers of the first."""
    if _off_topic(m.group("mods") or "") or _off_topic(m.group("noun")) or _is_sale(doc, m.start(), min(len(doc.text), m.end() + 60)):
        return None
    a = doc.sentence(m.start())[0]
    verbs = list(_SIGN_VERB.finditer(doc.text, a, m.start()))
    if not verbs:
        return None
    verb = verbs[-1]
    window_end = min(phrase_end(doc, m.end()), m.end() + 200)
    actors, start, _ = _parties(doc, m, verb.start(), verb.end(), verb.start())
    if _too_few(actors):
        return None
    end = evidence_end(doc, m.end(), window_end)
    return draft(rule, m, start=m.start("noun") - len(m.group("det_and_mods")), end=end, participants=actors,
                 name=_agreement_name(m, doc), topics=_topics(m.group("mods") or ""))


# an exchange of notes binds two governments when it gives or lends something to armed forces: "exchanged notes on
# security assistance for the Royal Malaysian Navy", "covering a coastal radar grant"
_NOTES_GIVE = regex.compile(r"(?i)\b(?:grants?|assistance|aid|donations?|provision|supply|transfer|loans?|equipment|support)\b")
_NOTES_FORCES = regex.compile(r"(?i)\b(?:defen[cs]e|security|military|navy|naval|coast\s*guard|army|air\s+force|armed\s+forces|patrol|radar|surveillance)")


def _build_notes(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    window_end = min(phrase_end(doc, m.end()), m.end() + 200)
    about = doc.text[m.end():window_end]
    if not (_NOTES_GIVE.search(about) and _NOTES_FORCES.search(about)) or _is_sale(doc, m.end(), window_end):
        return None  # "exchanged notes on the situation in Gaza": views, not an instrument ("a grant for" is no off-topic cue here)
    actors, start, end = _parties(doc, m, m.start("trigger"), m.end("trigger"), window_end)
    if _too_few(actors):
        return None
    return draft(rule, m, start=start, end=evidence_end(doc, m.end(), end, window_end), participants=actors,
                 name="exchange of notes", topics=_topics(about))


def _build_passive(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    mods = m.group("mods") or ""
    if _SALE.search(mods) or _off_topic(mods) or _is_sale(doc, m.start(), min(len(doc.text), m.end("trigger") + 40)):
        return None
    window_end = min(phrase_end(doc, m.end()), m.end() + 200)
    objects = objects_after(doc, m.end(), window_end, r"between|by|with|from" if m.group("its") else r"between|by|with")
    if len({x.code for x in objects if x.code}) < 2 and (between := _BETWEEN.search(doc.text, m.start("trigger"), m.end())):
        # "a memorandum on the sharing of traffic data between the Sri Lanka Navy and the Kenya Navy was signed by
        # the ambassador": the parties told in the complement, before the verb
        objects = objects_after(doc, between.start(), m.end(), r"between") or objects
    mentions = resolve_references(doc, objects, m.start())
    actors = actors_of(mentions)
    definite = m.group("det").lower() in ("the", "this", "that") and not _ORDINAL.search(mods)
    if _too_few(actors) and m.group("both"):
        definite = False  # "The memorandum ... now carries both signatures": signed by the two the scene has set
    if _too_few(actors) and not definite:
        # (the scene may be told in a clause of its own: "was signed when the two ministers met")
        # (also in the words before the participle, "was then signed", or in a fronted adjunct, "At the close of the
        # working session, a protocol ... was signed")
        scene = _THERE.search(doc.text, doc.sentence(m.start())[0], max(window_end, min(doc.sentence(m.end())[1], m.end() + 120)))
        actors = parties_of_the_scene(doc, m.start()) if scene or m.group("both") else actors
        if _too_few(actors):
            return None
    end = evidence_end(doc, m.end(), *(x.end for x in objects))
    d = draft(rule, m, start=m.start(), end=end, participants=actors, anaphoric=definite,
              name=_agreement_name(m, doc), topics=_topics(mods))
    if _AUXILIARY.search(doc.text, m.start("trigger"), m.end()):
        d.verb = m.end() - len(m.group().split()[-1])  # "... will be signed": a plan, read at the participle
    d.location = place_after(doc, m.end(), window_end)
    if party_count(actors) < 2 and d.location is not None and d.location.country \
            and d.location.country not in {a.code for a in actors} \
            and any(x.form == "person" and x.extra.get("qualified") is False for x in mentions):
        # "signed in Port Moresby by Defence Minister Billy Joseph and his Australian counterpart": the
        # minister the text gives no state signs at home
        d.participants.append(state_actor(d.location.country, d.location.span))
    return d


# where and when the signing took place: at the meeting the text has told ("there", "when the two ministers met",
# "at the end of the working session", "after the talks"), or by its parties ("by the pair", "by both sides")
_MEETING_NOUN = (r"(?:meeting|talks|summit|visit|session|working\s+session|discussions|consultations|ceremony|audience|encounter|call|"
                 r"working\s+(?:breakfast|lunch|dinner))")
_THERE = regex.compile(
    rf"(?i)\b(?:there|then|(?:at|during|after|following)\s+(?:the|that|those|this|these|their)\s+(?:[\w-]+\s+)?{_MEETING_NOUN}"
    # "A memorandum on air policing was signed on the occasion", "on that occasion"
    rf"|on\s+(?:the|that|this)\s+occasion"
    # "A memorandum on naval training was also agreed and signed that same day": the day of the meeting just told
    rf"|(?:that|the)\s+same\s+(?:day|morning|afternoon|evening)|later\s+that\s+day"
    # "A protocol on diver training was signed at the same time|ceremony"
    rf"|(?:at|during)\s+the\s+same\s+(?:ceremony|time|event|occasion|meeting|session)"
    rf"|at\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|that|those|this|these|their)\s+(?:[\w-]+\s+)?{_MEETING_NOUN}"
    rf"|when\s+the\s+(?:two\s+)?(?:ministers|leaders|delegations|sides|chiefs|officials|presidents|prime\s+ministers|heads\s+of\s+state)\s+met"
    rf"|when\s+the\s+(?:[\w-]+\s+)?{_MEETING_NOUN}\s+(?:ended|closed|concluded|wrapped\s+up)"
    # "... was signed before both men faced the press", "before the joint news conference"
    rf"|before\s+(?:the\s+)?(?:joint\s+)?(?:press|news)\s+conference"
    rf"|before\s+(?:both|the\s+two)(?:\s+(?:men|women|ministers|leaders|sides|chiefs))?\s+(?:faced|met|addressed|briefed|spoke\s+to|went\s+out\s+to)\s+(?:the\s+)?(?:press|reporters|journalists|media)"
    # ("by the ministers": the scene's two office holders, told again without their number)
    rf"|by\s+the\s+(?:pair|two(?:\s+(?:ministers|leaders|sides|men|women|chiefs))?|(?:defen[cs]e\s+)?ministers|leaders|presidents|chiefs)"
    rf"|by\s+both(?:\s+(?:sides|ministers|leaders|parties|men|women|chiefs))?)\b")
_BETWEEN = regex.compile(r"(?i)\bbetween\s")
# "The second text", "the further memorandum": one more text, not the one told
_ORDINAL = regex.compile(r"(?i)\b(?:second|third|further|another|other)\b")
_AUXILIARY = regex.compile(r"(?i)\b(?:was|were|has|have|had|is|are|will)\b")


def _build_outcome(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The visit also produced a memorandum on military medicine", "The delegations came away with a signed
    arrangement": the instrument a meeting just told yielded, signed by that meeting's parties on its day."""
    mods = m.group("mods") or ""
    if _off_topic(mods) or _off_topic(m.group("noun")) or _SALE.search(mods) \
            or _is_sale(doc, m.start("noun"), min(len(doc.text), m.end() + 60)):
        return None
    if not (m.group("signed") or m.group("signing") or m.group("trigger") == "signed"
            or _SIGNED_AFTER.match(doc.text, m.end(), doc.sentence(m.start())[1])):
        return None  # "The talks produced a plan to meet again": nothing signed
    if m.group("ended") and not m.group("signing"):
        return None  # "The talks ended with an agreement to meet again": the signing noun tells a signing
    window_end = min(phrase_end(doc, m.end()), m.end() + 200)
    between = objects_after(doc, m.end(), window_end, r"between")
    actors = actors_of(resolve_references(doc, between, m.start())) if len({x.code for x in between if x.code}) >= 2 \
        else parties_of_the_scene(doc, m.start())
    if _too_few(actors):
        return None
    d = draft(rule, m, start=m.start(), end=evidence_end(doc, m.end(), *(x.end for x in between)), participants=actors,
              anaphoric=True, name=_agreement_name(m, doc), topics=_topics(mods))
    d.location = place_after(doc, m.end(), window_end)
    return d


# the instrument a meeting yielded was signed: "..., signed by the two generals", "signed on Tuesday"
_SIGNED_AFTER = regex.compile(r"(?i)[^.;]{0,80}?,?\s+(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?(?:jointly\s+)?(?:signed|inked|initialled)\b")


_NAMING = regex.compile(r"(?i)\b(?:dubbed|called|known\s+as|named|christened|to\s+be\s+known\s+as)\s+(?:the\s+)?$")


def _build_named(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    clause = doc.clause(m.start())
    window = doc.text[clause[0]:clause[1]]
    if _NAMING.search(doc.text, max(clause[0], m.start() - 30), m.start()):
        # "The pact, dubbed the Treaty of Nancy, ...": names the agreement already stated
        return draft(rule, m, start=m.start(), end=m.end(), participants=[], anaphoric=True,
                     name=" ".join(m.group("name").split()))
    if not _SIGN_VERB.search(window):
        return None
    actors, start, end = _parties(doc, m, m.start(), m.end(), min(clause[1], m.end() + 200))
    if _too_few(actors):
        return None
    return draft(rule, m, start=start, end=evidence_end(doc, m.end(), end), participants=actors,
                 name=" ".join(m.group("name").split()))


def _build_under(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    actors, start, end = _parties(doc, m, m.start(), m.end(), doc.clause(m.start())[1])
    if _too_few(actors):
        return None
    return draft(rule, m, start=start, end=m.end(), participants=actors, topics=_topics(m.group()),
                 name=_agreement_name(m, doc))


# The parties of "Signed in Canberra last March, the treaty commits Australia and Japan to ...":
# states and office holders named in the main clause, coordinated with "and" or listed.
_MAIN_CLAUSE_PARTIES = regex.compile(r"(?i)^[\s,]*(?:(?:and|as\s+well\s+as)\s+)?(?:the\s+)?$")


def _build_fronted(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    noun_end = m.end("noun")
    sentence_end = doc.sentence(m.start())[1]
    phrase = doc.text[m.end("trigger"):noun_end]
    if _off_topic(phrase) or _is_sale(doc, m.start(), noun_end):
        return None
    end = min(phrase_end(doc, noun_end, sentence_end), noun_end + 200)
    found = [x for x in doc.mentions_in(noun_end, end) if x.code and x.actor.kind != "company"
             and x.form not in ("counterpart", "anaphor")]
    if _off_topic(doc.text[noun_end:end]):
        return None
    # the parties come together ("Australia and Japan", "Indonesia, Turkey and Qatar"): the first
    # run of mentions joined only by commas and "and"
    run = found[:1]
    for x in found[1:]:
        if not _MAIN_CLAUSE_PARTIES.match(doc.text[run[-1].end:x.start]):
            break
        run.append(x)
    signers = objects_after(doc, m.end("trigger"), m.start("det"), r"by|between")  # "Signed in 2019 by Greece and France, ..."
    if signers:
        run = signers
    actors = actors_of(distinct_states(doc, resolve_references(doc, run, m.start()), m.start()))
    if _too_few(actors):
        return None
    d = draft(rule, m, start=m.start(), end=max(noun_end, evidence_end(doc, m.end("trigger"), run[-1].end)),
              participants=actors, name=_agreement_name(m, doc), topics=_topics(phrase))
    place = place_after(doc, m.end("trigger"), m.start("det"))
    if place is not None and not any(x.start <= place.span.start < x.end for x in signers):
        d.location = place
    return d


# an instrument named by its noun: "a coast guard cooperation agreement between Mauritius and Madagascar"
_INSTRUMENT = regex.compile(r"(?ix)\b(?:the|a|an|this|that|its|their)\s+(?:[\w’'-]+\s+){0,6}?" + expand("(?&AGREEMENT_NOUN)"))


def _build_sign_it(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "An accord on naval training between Chile and Peru is ready. Both ministers will sign it in Arica on
    Friday": the pronoun stands for the last instrument named in its sentence or the one before, whose
    parties sign it."""
    i = doc.segments.sentence_index(m.start())
    lo = doc.segments.sentences[i - 1][0] if i > 0 else doc.sentence(m.start())[0]
    instrument = None
    for x in _INSTRUMENT.finditer(doc.text, lo, m.start()):
        instrument = x
    if instrument is None:
        return None
    about_end = min(phrase_end(doc, instrument.end()), instrument.end() + 160)
    phrase = doc.text[instrument.start():about_end]
    if _SALE.search(phrase) or _off_topic(phrase) or _is_sale(doc, instrument.start(), about_end):
        return None  # "The contract for six radars is ready. The ministry will sign it", "a trade accord"
    window_end = min(phrase_end(doc, m.end()), m.end() + 160)
    actors, start, end = _parties(doc, m, m.start("trigger"), m.start("trigger"), window_end)
    if _too_few(actors):
        # the instrument's own parties: "between Chile and Peru", or the other side, "with Papua New Guinea"
        told = actors_of(resolve_references(doc, objects_after(doc, instrument.end(), about_end, r"between|with"), instrument.start()))
        actors = told if party_count(told) >= 2 else actors + [a for a in told if a.code not in {b.code for b in actors}]
    if _too_few(actors):
        return None
    d = draft(rule, m, start=start, end=evidence_end(doc, m.end(), end), participants=actors, anaphoric=True,
              topics=_topics(phrase))
    d.extra_evidence.append((instrument.start(), about_end))
    d.location = place_after(doc, m.end(), window_end)
    return d


def _build_relative(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "the agreement which Estonia and the US signed in Tallinn in 2022": the signers stand between
    the noun and the verb."""
    phrase = doc.text[m.start():m.end("noun")]
    if _off_topic(phrase) or _is_sale(doc, m.start(), m.end("noun")):
        return None
    if m.group("comp") and (_off_topic(m.group("comp")) or _is_sale(doc, m.start("comp"), m.end("comp"))):
        return None  # "the agreement on energy cooperation that …"
    signers = [x for x in doc.mentions_in(m.end("comp") if m.group("comp") else m.end("noun"), m.start("trigger"))
               if x.code or x.form == "pair"]
    # "… that the Maldives signed with China in Malé": the other side follows the verb
    signers += objects_after(doc, m.end("trigger"), min(phrase_end(doc, m.end()), m.end() + 80), r"with")
    actors = actors_of(distinct_states(doc, resolve_references(doc, signers, m.start()), m.start()))
    if _too_few(actors):
        return None
    window_end = min(phrase_end(doc, m.end()), m.end() + 120)
    if (about := _ABOUT_AFTER_VERB.match(doc.text, m.end(), window_end)) and _off_topic(doc.text[about.end():window_end]):
        return None  # "the agreement that Finland and Sweden signed in June on rebuilding the rail link"
    d = draft(rule, m, start=m.start(), end=m.end(), participants=actors, anaphoric=True,
              name=_agreement_name(m, doc), topics=_topics(phrase))
    d.location = place_after(doc, m.end(), window_end)
    d.fields["status"] = "completed"  # "... continues under an accord the two signed in 2021": the signing is past
    return d


# the topic told after the relative's verb and its time or place: "... signed in June on rebuilding the rail link"
_ABOUT_AFTER_VERB = regex.compile(r"(?i)(?:\s+(?:in|on|at|last|this|earlier)\s+(?:(?-i:\p{Lu})[\w’'-]*|\d{4}|week|month|year)){0,2}\s+(?:on|for|concerning|covering|regarding)\s")

_SIGN_VERB = regex.compile(r"(?i)\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|agreed|reached|concluded|sealed|struck|unveiled|adopted|ratified|finali[sz]ed|renewed)\b")

_NAMED = r"""(?P<name>(?:(?!(?:The|A|An|This|That|Under|In|On|By|For|With|Its|Their)\s)\p{Lu}[\p{L}’'-]+\s+){1,4}(?:Agreement|Treaty|Accord|Declaration|Pact|Compact|Charter|Convention|Protocol)
             |Treaty\s+of\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)"""

RULES = (
    Rule(
        id="agreement.agreed_to",
        cues=("agree",),
        summary="<actors> (have) agreed to|on|a <thing> [with <actors>]",
        pattern=r"""
            (?P<trigger>\b(?i:agreed|agree|agrees)\b)
            (?=\s+(?:(?:in\s+principle\s+)?(?:to|on|upon|a|an|new|further|deeper|closer|joint|terms))\b)
            (?!\s+to\s+(?:buy|purchase|acquire|procure|order|sell|supply|export|deliver|lease)\b)
            (?!\s+(?:a|an|the)\s+(?:\$|£|€|[\w-]+\s+){0,4}(?:contract|sale|purchase|order|deal\s+to\s+buy)\b)
        """,
        build=_build_agreed,
        examples=(
            Ex("Vietnam and Indonesia held talks in Hanoi on Monday, where they agreed to step up coastguard cooperation.",
               published="2025-06-12", participants=["IDN", "VNM"], date="2025-06-09"),
            Ex("Japan and the Philippines have agreed to deepen military cooperation in the South China Sea.",
               participants=["JPN", "PHL"], date="2026-01-20", status="completed"),
            Ex("Norway agreed on Tuesday with Denmark to pool air defence training, officials said.",
               published="2025-06-12", participants=["DNK", "NOR"], date="2025-06-10"),
            Ex("London and Oslo agreed a roadmap for joint frigate operations in the North Atlantic.",
               participants=["GBR", "NOR"]),
            Ex("Seoul and Canberra last year agreed to expand defence industry ties, and both countries will hold a review in 2027.",
               participants=["AUS", "KOR"], date="2025"),
            Ex("Brazilian President Lula received Chilean President Gabriel Boric in Brasília on Monday. The two presidents agreed to expand military cooperation in Antarctica.",
               published="2025-04-23", participants=["BRA", "CHL"], date="2025-04-21"),
        ),
        counterexamples=(
            # a forecast; a body that meets, brought back
            "Madrid is expected to agree a timetable with Rabat for handing back the training range at Ceuta.",
            "The defence ministers of Paraguay and Brazil met on Tuesday in the frontier town of Pedro Juan Caballero. The ministers also "
            "agreed to revive the joint military committee, dormant since 2019.",
            # where they meet next is no pact
            "Thailand and Vietnam agreed to hold the next round of defence talks in Hanoi.",
            "All five countries are in agreement that Ukraine must be at the heart of any negotiations.",
            "Poland agreed to buy 180 K2 tanks from South Korea.",
            "The two companies agreed on a merger worth $3bn.",
            "Germany and France have not agreed on the next phase of the fighter programme.",
            "Greece and Turkey could agree to resume military talks if the dispute eases.",
            "Japan and South Korea agreed to keep in close contact on North Korea's missile launches.",
            "The Argentine and Chilean ministers agreed to continue the dialogue at their next meeting.",
            "The two sides agreed to consider a joint production line for drones.",
            "Egypt and Greece agreed to study the possibility of joint naval patrols in the eastern Mediterranean.",
            "Peru and Colombia agreed to explore closer cooperation on river patrols.",
            # to meet is no pact
            "Kenya's defence secretary spoke by phone with her British counterpart on Monday; the two agreed to meet soon.",
            "The Slovak and Czech ministers agreed to meet in Bratislava next month.",
            "A consortium of Kazakh and Kyrgyz logistics firms agreed to pool wagons on the Almaty–Bishkek line.",
        ),
    ),
    Rule(
        id="agreement.signed",
        cues=("sign", "ink", "conclu", "seal", "struck", "strik", "finali", "renew", "reach", "adopt",
              "agreed", "extend", "unveil", "forg", "launch", "put", "set", "formali", "affix", "cosign", "endors",
              "ratif", "approv", "pen", "commit", "add", "place", "enter", "execut"),
        starts=("sign", "ink", "conclu", "seal", "struck", "strik", "finali", "renew", "reach", "adopt", "agreed",
                "extend", "unveil", "forg", "launch", "formali", "put", "set", "affix", "co", "enter", "execut",
                "pen", "commit", "add", "endors", "ratif", "approv"),
        summary="<actors> signed|inked|struck|concluded|renewed a/an ... agreement|treaty|pact|MoU|declaration|accord",
        pattern=r"""
            (?P<trigger>\b(?i:signed|sign|signs|signing|inked|ink|inks|concluded|conclude|concludes|sealed|seal|seals|
                struck|strike|strikes|finali[sz]ed|finali[sz]es|renewed|renew|renews|reached|reach|reaches|adopted|
                agreed|extended|unveiled|forged|forge|forges|launched|formali[sz]ed|formali[sz]es
                # "put pen to paper on a border security pact"
                |(?:put|puts|putting)\s+(?:(?:their|his|her|its)\s+)?pens?\s+to\s+paper\s+on
                # ("set their hands|pens to a plan of cooperation"; a time may come between: "put their signatures a
                # moment ago to", "set their pens on Friday to")
                |(?:put|puts|putting|set|sets|setting)\s+(?:their|his|her|its)\s+(?:signatures?|hands?|pens?)
                 (?:\s+(?:(?:a\s+(?:moment|minute|few\s+minutes|short\s+while|little\s+while)|(?:\w+\s+)?(?:minutes|hours))\s+ago|just\s+now|earlier\s+today
                   |today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?
                 \s+(?:to|on|under)
                # "affixed their signatures to", "put their names to", "co-signed"
                |(?:affixed|affix|affixes|affixing)\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)
                |(?:put|puts|putting)\s+(?:their|his|her|its)\s+names?\s+to
                |co-?signed|co-?signs|co-?sign
                # "penned a memorandum", "committed to paper a memorandum", "added their names to the protocol"
                # "put in place a protocol", "entered into an accord", "executed a memorandum" (the instrument follows)
                |(?:put|puts|putting)\s+in\s+place|(?:entered|enters|entering)\s+into|executed|executes
                |penned|pens|(?:committed|commit|commits)\s+to\s+paper|(?:added|add|adds|adding)\s+(?:their|his|her|its)\s+(?:names?|signatures?)\s+to
                # "endorsed, by signing, a set of terms of reference", "formalised, with their signatures, a ..."
                |(?:endorsed|endorses|formali[sz]ed|formali[sz]es|ratified|sealed|approved)(?=,\s+(?:by\s+signing|with\s+(?:their|his|her)\s+signatures?),))\b)
            (?!\s+(?:that|whether|with\s+(?:the\s+)?(?:view|assessment|idea))\b)
            # "signed after their talks a memorandum", "signed at the close of the meeting a protocol"
            (?:\s+(?i:after|following|at\s+the\s+(?:close|end)\s+of)\s+(?i:the|their|its)\s+(?i:talks|meeting|visit|consultations|ceremony|session)(?=\s+(?i:an?|the)\s))?
            # "signed, together with his Swedish colleague, a memorandum", "endorsed, by signing, a ..."
            # "to sign, with Montenegro's defence minister, an agreement", "signed jointly, at the ministry, a memorandum"
            (?:(?:\s+(?i:jointly|together|formally|also|then))?,\s+(?i:(?:(?:together|along|jointly)\s+)?with\s+[^,.;]{3,80}?|by\s+signing|with\s+(?:their|his|her)\s+signatures?
                |(?:in|at)\s+(?:the\s+)?[^,.;]{3,60}?
                # "signed, and thereby brought into force, an agreement", "signed, and so ratified, a protocol"
                |and\s+(?:thereby|thus|so|with\s+that|immediately|at\s+once)\s+[^,.;]{3,40}?),(?=\s+(?i:an?|the|two|three)\s))?
            # "signed with him a defence cooperation plan", "signed with his Swedish counterpart a memorandum": the other
            # party between the verb and the instrument, with no commas
            (?:\s+(?i:with)\s+(?:(?i:him|her|them)
                |(?i:his|her|their|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?i:counterparts?|colleagues?|hosts?|guests?|ministers?|secretary|chiefs?|commanders?|ambassadors?|governments?|ministry)
                  (?:\s+\p{Lu}[\p{L}’'.-]*){0,3}
                |\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}’'.-]*){0,5}(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?i:ministers?|secretary|chiefs?|commanders?|ministry))?)
              (?=\s+(?i:an?|the|two|three)\s))?
            # "signed in Darwin in September last year an agreement", "co-signed on Wednesday in Vilnius a plan":
            # time and place adjuncts before the instrument
            (?:(?:\s+(?i:in|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*|\d{1,4})(?:\s+(?:\p{Lu}[\p{L}’'.-]*|\d{1,4}))?(?:,?\s+(?i:last|this|next)\s+(?i:year|month|week))?){1,3}(?=\s+(?i:an?|the|two|three)\s))?
            (?:\s+of)?\s+(?:(?:a|an|the|their|its|two|three|several)\s+)?
            # ("the first contract to be concluded under the cooperation agreement": the instrument a contract comes under)
            (?P<mods>(?:(?!(?:and|with|to|for|by|after|but|or|that|which|is|are|was|were|remains?|under|pursuant)\b)[\w’'\-]+\s+){0,6}?)
            (?:(?P<name>(?:(?!(?:The|A|An|This|That|Its|Their)\s)\p{Lu}[\p{L}’'-]+\s+(?:(?:and|of|for|on)\s+)?){1,5})(?=(?&AGREEMENT_NOUN)))?
            (?P<noun>(?&AGREEMENT_NOUN))
        """,
        build=_build_signed,
        examples=(
            # the other party between the verb and the instrument: "with him" (the one a relative clause about the
            # subject named), "with his ... counterpart", "with <state>"
            Ex("French Armed Forces Minister Sébastien Lecornu, who met his Cypriot counterpart Vasilis Palmas in Nicosia on "
               "Thursday, signed with him a defence cooperation plan for 2025-2027.", published="2025-03-14", participants=["CYP", "FRA"]),
            Ex("The Chilean Navy chief, who hosted his Peruvian counterpart in Valparaíso on Monday, signed with him a memorandum "
               "on search and rescue.", published="2025-03-14", participants=["CHL", "PER"]),
            Ex("Greece's defence minister signed with his Egyptian counterpart an executive programme of military cooperation "
               "for 2026 on Tuesday.", published="2025-12-04", participants=["EGY", "GRC"], date="2025-12-02"),
            Ex("Estonia's defence minister signed with Latvia the memorandum on joint air defence training on Monday.",
               published="2025-03-14", participants=["EST", "LVA"]),
            # a time in what the text provides for does not date the signing
            Ex("Latvia and Estonia signed a memorandum under which Latvian cadets will attend the Estonian military academy "
               "from next year.", published="2025-10-15", participants=["EST", "LVA"], status="completed", date="2025-10-15"),
            # a pact on supply is no sale
            Ex("Croatia and Slovenia signed a memorandum guaranteeing the supply of ammunition in wartime on Monday.",
               published="2025-10-15", participants=["HRV", "SVN"], date="2025-10-13"),
            # an aside between commas before the instrument
            Ex("Lithuania's defence minister and Germany's state secretary for defence met in Vilnius on Friday. At the end "
               "of the session the two officials signed, and thereby brought into force, an agreement on the use of the "
               "Rūdninkai training area.", published="2025-07-23", participants=["DEU", "LTU"], date="2025-07-18"),
            # "the two": the office holders of the talks told before, one of them "the archipelago's"
            Ex("Portugal's Chief of the Naval Staff, Admiral Henrique Gouveia e Melo, held talks in São Tomé on Friday with "
               "the archipelago's Minister of Defence, Jorge Amado. At the end of the meeting, the two signed a technical "
               "agreement on coast guard patrols.", published="2024-03-26", participants=["PRT", "STP"], date="2024-03-22"),
            # a gerund telling how the subject closed the talks
            Ex("Canada's defence minister, David McGuinty, stopped in Seoul on Thursday for talks with South Korea's Minister of National "
               "Defense, Ahn Gyu-back. McGuinty and Ahn wrapped up the talks by signing a memorandum on defence industry "
               "cooperation.", published="2025-10-27", participants=["CAN", "KOR"], date="2025-10-23"),
            # told "alongside" a contract: the contract's day
            Ex("Riga ordered radars from Germany's Hensoldt under a contract signed in Munich on 7 October. Alongside the "
               "contract, the Latvian and German defence ministries signed a memorandum on spare parts.",
               published="2025-10-15", participants=["DEU", "LVA"], date="2025-10-07"),
            # two forces named in full
            Ex("The Jamaica Defence Force and the Trinidad and Tobago Defence Force signed a memorandum on maritime patrols on Friday.",
               published="2025-10-15", participants=["JAM", "TTO"], date="2025-10-10"),
            # ", and then signed" after the pair that opens the sentence
            Ex("Kenya's defence minister received his Tanzanian counterpart in Nairobi on Monday. The two ministers reviewed "
               "border security, and then signed a memorandum on joint patrols.",
               published="2025-10-15", participants=["KEN", "TZA"], date="2025-10-13"),
            # "terms of reference" is an instrument
            Ex("Indonesia and Australia signed terms of reference for a joint maritime working group in Jakarta on Monday.",
               published="2025-10-15", participants=["AUS", "IDN"], date="2025-10-13", location="Jakarta"),
            # "security of supply" is a topic, not a sale
            Ex("Estonia and Finland signed a memorandum of understanding on security of supply for artillery ammunition on Tuesday.",
               published="2025-10-15", participants=["EST", "FIN"], date="2025-10-14"),
            # an adjunct between the verb and the instrument
            Ex("Peru's and Ecuador's army chiefs met in Tumbes on Tuesday. The two army chiefs then signed after their talks a memorandum on border radar data.",
               published="2025-04-09", participants=["ECU", "PER"], date="2025-04-08"),
            # an envoy posted to a capital
            Ex("Japan's ambassador in Panama City and Panama's public security minister signed a coast-guard training arrangement on Friday.",
               published="2025-04-09", participants=["JPN", "PAN"], date="2025-04-04"),
            # instruments named otherwise: an executive programme, a letter of understanding, an amendment
            Ex("Qatar's chief of staff met Oman's army commander in Muscat on Sunday. The two sides also signed an executive programme on officer training.",
               published="2025-06-12", participants=["OMN", "QAT"], date="2025-06-08"),
            Ex("Norway and Finland signed a letter of understanding on Arctic search and rescue on Monday.",
               published="2025-06-12", participants=["FIN", "NOR"], date="2025-06-09"),
            Ex("Malta and Italy signed an amendment to their 2012 agreement on maritime surveillance on Tuesday.",
               published="2025-06-12", participants=["ITA", "MLT"], date="2025-06-10"),
            # office holders told again: "the two officers", "the pair", "the two countries' defence ministers"
            Ex("Senegal's army chief met Gambia's chief of defence staff in Banjul on Monday. The two officers then signed a protocol on border patrols.",
               published="2025-06-12", participants=["GMB", "SEN"], date="2025-06-09"),
            Ex("Peru's president held talks in Lima on Friday with his Ecuadorian counterpart. Afterwards the pair signed a declaration on border security.",
               published="2025-06-12", participants=["ECU", "PER"], date="2025-06-06"),
            Ex("Argentina's president met Chile's president in Santiago on Monday. On the sidelines, the two countries' defence ministers signed an Antarctic cooperation protocol.",
               published="2025-06-12", participants=["ARG", "CHL"], date="2025-06-09"),
            # a plural name's bare possessive qualifies a title
            Ex("Japan's defence minister and the Marshall Islands' President signed a maritime security pact in Majuro on Tuesday.",
               published="2025-06-12", participants=["JPN", "MHL"], date="2025-06-10"),
            Ex("The ministers met in the Malaysian capital on Thursday to sign a maritime security pact between Indonesia and the Philippines.",
               published="2025-06-12", participants=["IDN", "PHL"]),
            Ex("India and France signed an intergovernmental agreement on defence industrial roadmap cooperation.",
               participants=["FRA", "IND"], date="2026-01-20"),
            # "they" after a coordinating "and" and a time stands for the sentence's opening subject
            Ex("Chile and Peru have patrolled their sea border together for years, and on Friday they signed a maritime security accord in Lima.",
               published="2025-06-12", participants=["CHL", "PER"], date="2025-06-06"),
            # a defence topic beside a non-defence one keeps the agreement
            Ex("Japan and Vietnam signed an agreement on trade and defence cooperation in Tokyo on Monday.",
               published="2025-03-26", participants=["JPN", "VNM"], date="2025-03-24"),
            # a body named in full, then its abbreviation in brackets, as one party of two
            Ex("On Tuesday, the Acquisition, Technology and Logistics Agency (ATLA) and the Australian defence ministry "
               "signed a memorandum on joint missile research.", published="2025-03-13", participants=["AUS", "JPN"],
               date="2025-03-11"),
            # "met X ... and signed", "held talks with X ... and signed": the one met signs too
            Ex("Brazilian President Luiz Inácio Lula da Silva met Chilean President Gabriel Boric in Santiago on Monday "
               "and signed a defence cooperation agreement.", published="2025-03-13", participants=["BRA", "CHL"],
               date="2025-03-10"),
            Ex("Indian Defence Minister Rajnath Singh held talks with his Vietnamese counterpart in New Delhi on Friday "
               "and signed a memorandum on logistics support.", published="2025-03-13", participants=["IND", "VNM"],
               date="2025-03-07"),
            # junior ministers without a portfolio named
            Ex("Dutch State Secretary for Defence Gijs Tuinman and Norwegian Deputy Minister Anne Marit Bjørnflaten "
               "signed a letter of intent on Arctic training in Oslo on Monday.", published="2025-03-13",
               participants=["NLD", "NOR"], date="2025-03-10"),
            # a programme or plan "of|for ... cooperation"; signatures put to a text; the pair told before
            Ex("Kenyan Defence Cabinet Secretary Soipan Tuya received her Ugandan counterpart in Nairobi on Tuesday. "
               "At the end of the talks, the two ministers put their signatures to a programme of military cooperation for 2026.",
               published="2025-06-12", participants=["KEN", "UGA"], date="2025-06-10"),
            Ex("Estonian Defence Minister Hanno Pevkur met Finnish Defence Minister Antti Häkkänen in Tallinn on Monday. "
               "The ministers also signed a plan for defence cooperation in the Gulf of Finland.",
               published="2025-06-12", participants=["EST", "FIN"], date="2025-06-09"),
            Ex("Qatar's defence minister met his Turkish counterpart at the ministry in Doha yesterday, and the two signed "
               "an executive programme for military cooperation.",
               published="2025-06-12", participants=["QAT", "TUR"], date="2025-06-11"),
            Ex("The defence ministers of Norway, Denmark and Iceland met in Reykjavík on Friday. The ministers signed "
               "a declaration on Arctic surveillance.",
               published="2025-06-12", participants=["DNK", "ISL", "NOR"], date="2025-06-06"),
            Ex("The defence ministers of Estonia and Finland on Monday inked a memorandum of understanding on coastal defence.",
               published="2025-09-17", participants=["EST", "FIN"], date="2025-09-15"),
            Ex("Canada struck a new security pact with the European Union last month.",
               participants=["CAN", "EU"], date="2025-12"),
            Ex("UK Defence Secretary John Healey and his German counterpart signed the Trinity House Agreement in London.",
               participants=["DEU", "GBR"], name="Trinity House Agreement"),
            Ex("Kazakhstan’s president paid a state visit to Turkey on Tuesday, where he and President Erdogan signed a defence cooperation agreement.",
               published="2025-06-12", participants=["KAZ", "TUR"], date="2025-06-10"),
            Ex("Estonia and Latvia signed a memorandum of understanding on joint procurement of IRIS-T air defence systems.",
               participants=["EST", "LVA"]),
            Ex("The signing of the defence cooperation agreement between Brazil and Sweden took place in Brasília on Tuesday.",
               published="2025-05-08", participants=["BRA", "SWE"], date="2025-05-06"),
            # the name: a title-case designation with its tail, or the descriptive title "<noun> on <subject>"
            Ex("Malaysia and Indonesia signed a Memorandum of Understanding on Defence Cooperation in Putrajaya on Monday.",
               published="2025-06-12", participants=["IDN", "MYS"], date="2025-06-09",
               name="Memorandum of Understanding on Defence Cooperation"),
            Ex("Vietnam and India signed a memorandum of understanding on mutual logistics support during the visit.",
               participants=["IND", "VNM"], name="memorandum of understanding on mutual logistics support"),
            Ex("Finland and Sweden on Friday signed an agreement concerning cross-border military movement, the ministries said.",
               published="2025-06-12", participants=["FIN", "SWE"], name="agreement concerning cross-border military movement"),
            # a cooperation programme is an agreement; "for 2026" is its period, not the date it was signed
            Ex("Hungary and Serbia signed a military cooperation programme for 2026 in Belgrade on Tuesday.",
               published="2025-12-18", participants=["HUN", "SRB"], date="2025-12-16", status="completed"),
            Ex("Greece and Cyprus signed the Annual Defence Cooperation Programme for 2026 in Nicosia.",
               participants=["CYP", "GRC"], name="Annual Defence Cooperation Programme"),
            # the signers named as a group: "the two parties", "Both", "the heads of the two defence ministries"
            Ex("Paraguay's defence minister received his Bolivian counterpart in Asunción on Monday. "
               "Once the audience ended, the two parties signed a protocol on river patrols.",
               published="2025-06-12", participants=["BOL", "PRY"], name="protocol on river patrols"),
            Ex("The Kenyan and Ugandan defence ministers met in Kampala on Tuesday. Both later signed a memorandum on border security.",
               published="2025-06-12", participants=["KEN", "UGA"], date="2025-06-10"),
            Ex("The Lao and Vietnamese delegations held talks in Vientiane on Monday. "
               "The heads of the two defence ministries then signed a cooperation plan for 2026.",
               published="2025-06-12", participants=["LAO", "VNM"], date="2025-06-09"),
            # an acquisition and cross-servicing agreement swaps supplies between forces: no sale
            Ex("Indonesia and Australia signed an Acquisition and Cross-Servicing Agreement in Jakarta on Friday.",
               published="2025-06-12", participants=["AUS", "IDN"], date="2025-06-06"),
            # an exchange of letters is a text signed
            Ex("Senegal and Spain signed an exchange of letters on maritime surveillance in Dakar on Friday.",
               published="2025-06-12", participants=["ESP", "SEN"], date="2025-06-06"),
            # parties named through their governments
            Ex("The Government of Fiji and the Government of India signed a memorandum of understanding on naval hydrography on Monday.",
               published="2025-06-12", participants=["FJI", "IND"], date="2025-06-09"),
            # pairs of deputies and of ministries; a pronoun after a fronted phrase; a fronted setting before the pair
            Ex("Vietnam's Deputy Defence Minister Hoang Xuan Chien held talks with Japan's Vice Minister of Defense Kazuo Masuda in Hanoi "
               "on Friday. The two vice ministers then signed a letter of intent on demining.", published="2025-10-15",
               participants=["JPN", "VNM"], date="2025-10-10"),
            Ex("Indonesia's Defence Minister Sjafrie Sjamsoeddin held talks with Australia's Defence Minister Richard Marles in Canberra "
               "on Friday. The two defence ministries then signed an arrangement on logistics.", published="2025-10-15",
               participants=["AUS", "IDN"], date="2025-10-10"),
            Ex("Kenya's Defence Cabinet Secretary Soipan Tuya hosted Rwanda's Defence Minister Juvenal Marizamunda in Nairobi on Tuesday. "
               "At the end of a long working session, they signed a memorandum on military medicine.", published="2025-10-15",
               participants=["KEN", "RWA"], date="2025-10-14"),
            Ex("Oman's Minister of Defence Affairs received Brazil's Defence Minister José Múcio in Muscat on Tuesday. During the meeting, "
               "the two sides reviewed ties between the two countries and prospects for naval training, and signed a memorandum on hydrography.",
               published="2026-06-05", participants=["BRA", "OMN"], date="2026-06-02"),
            # an unnamed signer by an assistant minister's title; "At the hand-over" dates it by the hand-over told before
            Ex("The first of three offshore patrol vessels was handed over in Genoa on Tuesday. At the hand-over, Qatar's Deputy Minister "
               "of Defence, Khalid bin Ali, and Italy's Assistant Minister for Defence signed a technical arrangement on crew training.",
               published="2025-10-15", participants=["ITA", "QAT"], date="2025-10-14"),
            # envoys named after their posting; an envoy posted to the state of an officer the text gives no state
            Ex("Indian High Commissioner to Fiji Palaniswamy Karthigeyan and Fiji's Minister for Defence Pio Tikoduadua signed a "
               "memorandum on hydrography on Monday.", published="2025-10-15", participants=["FJI", "IND"]),
            Ex("SKOPJE – Defence Minister Vlado Misajlovski and the Ambassador of Greece in Skopje, Nikos Pappas, also signed a military "
               "cooperation agreement on training.", published="2025-10-15", participants=["GRC", "MKD"]),
            Ex("On Thursday, the Spanish defence attaché in Lima and Vice Admiral Jorge Portocarrero signed a technical arrangement on "
               "submarine maintenance.", published="2025-10-15", participants=["ESP", "PER"], date="2025-10-09"),
            # an older accord told in a "which" clause after the trigger does not date the signing
            Ex("Iraq and Turkey signed a memorandum on border security on Tuesday, a follow-up to the accord which Ankara and Baghdad signed in May 2022.",
               published="2025-10-15", participants=["IRQ", "TUR"], date="2025-10-14"),
            # the instrument named by its words: modifiers, and "of|for" tails with a plan's years
            Ex("Bolivia and Paraguay signed a new defence cooperation accord on Thursday in Asunción.", published="2025-10-15",
               participants=["BOL", "PRY"], name="defence cooperation accord"),
            Ex("Bolivia and Paraguay signed a plan of military cooperation for 2026 covering 24 activities.", published="2025-10-15",
               participants=["BOL", "PRY"], name="plan of military cooperation for 2026"),
            Ex("Bolivia and Paraguay signed a memorandum of understanding on border logistics and training cooperation and agreed to "
               "meet again.", published="2025-10-15", participants=["BOL", "PRY"],
               name="memorandum of understanding on border logistics and training cooperation"),
            # a transcript: the speaker's state from the header's place line; "we" are the speaker's side and the one met
            Ex("PRESS CONFERENCE – TRANSCRIPT\nHon. Maiki Mokoroa, Minister for Defence\nKing's Barracks, Suva\n\nMINISTER: I held talks "
               "in Suva yesterday with Japan's State Minister of Defense, Kenji Wakamiya, and we then signed a memorandum on disaster relief.",
               published="2026-11-26", participants=["FJI", "JPN"], date="2026-11-25"),
            # a bare "Minister <Name>" (the home state's) and an envoy named before his posting
            Ex("PODGORICA – Minister Dragan Krapović and Croatian Ambassador Veselko Grubišić also signed a military cooperation "
               "agreement on training.", published="2025-10-15", participants=["HRV", "MNE"]),
            # a bare "the Ambassador": the envoy introduced before
            Ex("The Ambassador of Kenya to Ethiopia called on Ethiopia's State Minister of Defence in Addis Ababa on Monday. Later that "
               "day, the Ambassador and the Ethiopian Chief of General Staff signed a memorandum on officer training.",
               participants=["ETH", "KEN"], date="2026-01-19"),
            # a signing agreed for a day to come; "They" after a minister and his qualified counterpart
            Ex("Costa Rica's security minister Andrés Vargas and his Panamanian counterpart held talks in San José on Monday. The two "
               "ministers also agreed to sign a memorandum of understanding on border security in Panama City on 20 January.",
               published="2025-12-24", participants=["CRI", "PAN"], status="planned", date="2026-01-20", location="Panama City"),
            Ex("WELLINGTON — Defence Minister Judith Collins and her Malaysian counterpart Khaled Nordin met at the Beehive in "
               "Wellington on Monday, where the two agreed to increase joint maritime patrols near the Strait of Malacca. They also "
               "signed a letter of intent on closer military cooperation.", published="2025-12-24", participants=["MYS", "NZL"],
               date="2025-12-22"),
            # two bodies, each named "<Ministry|Department> of <State>": one party each
            Ex("In April the Ministry of Defence of Ghana and the Ministry of Defence of Togo signed a memorandum on joint "
               "border patrols.", published="2025-10-15", participants=["GHA", "TGO"], date="2025-04"),
            Ex("The Department of National Defense of the Philippines and the Ministry of Defense of Japan signed an "
               "arrangement on radar transfers on Monday.", published="2025-10-15", participants=["JPN", "PHL"], date="2025-10-13"),
            # embassy style: honorifics before each name, the titles apposed after them
            Ex("On 12 May, H.E. Mr. Kenji Sato, Ambassador of Japan to Fiji, and Mr. Pio Tikoduadua, Minister for Defence "
               "of Fiji, signed the Exchange of Notes on coastal radars.", published="2025-05-20", participants=["FJI", "JPN"],
               date="2025-05-12"),
            # procurement as the field of the agreement, not a purchase
            Ex("Colombia and Ecuador signed a framework agreement on defence procurement in Quito in February.",
               published="2025-10-15", participants=["COL", "ECU"], date="2025-02"),
            # "cooperation in" a defence field stays on topic
            Ex("Croatia and Slovenia signed an agreement on cooperation in military education in Zagreb on Monday.",
               published="2025-10-15", participants=["HRV", "SVN"], date="2025-10-13"),
            # a capitalised title with its "of" tail
            Ex("Armenia and Greece signed a Programme of Military Cooperation in Athens on Wednesday.", published="2026-04-02",
               participants=["ARM", "GRC"], name="Programme of Military Cooperation", date="2026-04-01"),
            # "put pen to paper on", "formalised"; a horizon year in the instrument's title does not date the act
            Ex("The defence chiefs of Ghana and Burkina Faso put pen to paper on a border security pact on Tuesday.",
               published="2025-06-12", participants=["BFA", "GHA"], date="2025-06-10"),
            Ex("Australia and Tonga formalised a defence cooperation treaty in Nuku'alofa on Monday.", published="2025-06-12",
               participants=["AUS", "TON"], date="2025-06-09"),
            Ex("Indonesia and Vietnam adopted a joint vision statement on defence partnership to 2030 on Tuesday.",
               published="2025-06-12", participants=["IDN", "VNM"], date="2025-06-10", status="completed"),
            # premises handed over under a protocol: no sale, no player's transfer
            Ex("Niger and Algeria signed a protocol on Tuesday on the transfer of a border post at Assamaka to the Nigerien army.",
               published="2025-03-07", participants=["DZA", "NER"], date="2025-03-04"),
            Ex("New Zealand's defence minister hosted his Fijian counterpart in Wellington on Tuesday, their second meeting this year. At the close of that meeting, the two ministers signed an arrangement on maritime surveillance.", published="2026-05-16", participants=["FJI", "NZL"], date="2026-05-12"),
            Ex("Saab signed a contract with the Thai Ministry of Defence for four more Gripen jets. The contract was signed on Wednesday in Bangkok. At the same time, the Swedish and Thai defence ministries concluded a memorandum on pilot training.", published="2026-05-16", participants=["SWE", "THA"], date="2026-05-13"),
            # signing told with other idioms: "affixed their signatures to", "put their names to", "co-signed"
            Ex("The Kenyan and Ugandan defence chiefs affixed their signatures to a memorandum on border patrols in Kampala on Friday.",
               published="2025-10-20", participants=["KEN", "UGA"], date="2025-10-17"),
            Ex("Argentina's and Uruguay's defence ministers put their names to a protocol on joint river patrols on Monday.",
               published="2025-10-20", participants=["ARG", "URY"], date="2025-10-20"),
            Ex("Czech Defence Minister Jana Černochová co-signed on Thursday in Prague a letter of intent on tank training with her Slovak counterpart.",
               published="2025-10-20", participants=["CZE", "SVK"], date="2025-10-16"),
            # a co-signer or a manner set off by commas, adjuncts of time and place before the instrument
            Ex("Slovenia's defence minister signed, together with his Croatian colleague, a memorandum on air policing in Ljubljana on Tuesday.",
               published="2025-10-20", participants=["HRV", "SVN"], date="2025-10-14"),
            Ex("Benin's and Niger's army chiefs endorsed, by signing, a set of terms of reference on border security on Monday.",
               published="2025-10-20", participants=["BEN", "NER"], date="2025-10-20"),
            Ex("Indonesian Defence Minister Sjafrie Sjamsoeddin and his Australian counterpart Richard Marles signed in Canberra in August last year a defence cooperation agreement.",
               published="2025-10-20", participants=["AUS", "IDN"], date="2024-08"),
            # the meeting "culminated in|ended with the signing of": its parties and day
            Ex("Ghana's president received Togo's defence minister in Accra on Wednesday. The audience culminated in the signing of a memorandum on joint coastal patrols.",
               published="2024-10-04", participants=["GHA", "TGO"], date="2024-10-02"),
            # "a framework agreement on ...": the first noun modifies the second
            Ex("Bulgaria and Greece signed a framework agreement on military mobility in Sofia on Monday.",
               published="2025-05-14", participants=["BGR", "GRC"], date="2025-05-12", name="framework agreement on military mobility"),
            # a military "peace force" is on topic
            Ex("Kenya's and Uganda's army chiefs signed a memorandum on the standby peace force their armies keep for African Union missions on Monday.",
               published="2025-10-22", participants=["KEN", "UGA"], date="2025-10-20"),
            # an infinitive of purpose with the co-signer in commas; an adverb and a place in commas; "approved and signed"
            Ex("Kenya's defence cabinet secretary flew to Kampala on Monday to sign, with his Ugandan counterpart, a memorandum on border patrols.",
               published="2025-04-02", participants=["KEN", "UGA"], date="2025-03-31"),
            Ex("Ghana's defence minister hosted his Togolese counterpart on Friday. Both ministers signed jointly, at Burma Camp, "
               "an agreement on maritime surveillance.", published="2025-04-02", participants=["GHA", "TGO"], date="2025-03-28"),
            Ex("Thailand's defence minister held talks in Bangkok on Tuesday with his Lao counterpart. Afterwards the ministers "
               "approved and signed a plan of military cooperation for 2026.", published="2025-12-04", participants=["LAO", "THA"], date="2025-12-02"),
            # penned, committed to paper, added their names to; expected to sign during a visit already planned
            Ex("Ghana's defence minister held talks with Togo's defence minister in Accra on Monday. The two ministers penned a memorandum "
               "on maritime patrols before the talks ended.", published="2025-04-09", participants=["GHA", "TGO"], date="2025-04-07"),
            Ex("Kenya's defence secretary met Ethiopia's defence minister in Nairobi on Monday. Both ministers then committed to paper a "
               "protocol on border security.", published="2025-04-09", participants=["ETH", "KEN"], date="2025-04-07"),
            Ex("Chile's army chief met Argentina's army chief in Santiago on Monday. When the meeting ended, both generals added their "
               "names to a memorandum on mountain training.", published="2025-04-09", participants=["ARG", "CHL"], date="2025-04-07"),
            Ex("Vietnam's defence minister will travel to Vientiane next month for talks with Laos's defence minister. The two ministers "
               "are expected to sign a memorandum on demining during the visit.", published="2025-04-09", participants=["LAO", "VNM"],
               status="planned", date="2025-05"),
            # "put in place", "entered into", "executed" an instrument
            Ex("Albania's defence minister met Italy's defence minister in Tirana on Thursday. The two ministers then put in place a "
               "protocol on mine clearance.", published="2024-09-20", participants=["ALB", "ITA"], date="2024-09-19"),
            Ex("Ghana and Togo entered into an accord on maritime patrols on Tuesday, when both defence ministers signed it in Aflao.",
               published="2026-05-13", participants=["GHA", "TGO"], date="2026-05-12"),
            Ex("The defence ministers of Malawi and Zambia executed a memorandum on joint border patrols in Lilongwe on Friday.",
               published="2025-04-14", participants=["MWI", "ZMB"], date="2025-04-11"),
            # a bare "The pair" or "The two" with an idiom; "set their hands to"
            Ex("Uganda's defence minister met Kenya's defence secretary in Kampala on Monday. The pair then put pen to paper on a "
               "pact covering joint border patrols.", published="2025-06-04", participants=["KEN", "UGA"], date="2025-06-02"),
            Ex("Serbia's defence minister met Hungary's defence minister on Monday. The ministers then set their hands to a plan "
               "of cooperation in military medicine.", published="2025-06-04", participants=["HUN", "SRB"], date="2025-06-02"),
            # a signing expected in a stated month or quarter (a forecast with no time, "later this year", is none)
            Ex("Malaysia's defence minister met Indonesia's defence minister on Monday. Both countries are expected to sign a revised "
               "border patrol pact in April.", published="2025-11-26", participants=["IDN", "MYS"], status="planned", date="2026-04"),
            # "The pair|The two are due|expected to sign": the two of the scene, to come
            Ex("Australia's defence minister will host Samoa's Prime Minister in Canberra next Wednesday. The pair are due "
               "to put their signatures to a status of forces agreement at that meeting.", published="2025-02-19",
               participants=["AUS", "WSM"], status="planned"),
            # a post with its state's service apposed, no "of": "the Commander Sri Lanka Navy", "the Commander Pakistan Fleet"
            Ex("During the port call, the Commander Sri Lanka Navy and Indonesia's navy chief signed a memorandum on search and rescue.",
               published="2025-05-14", participants=["IDN", "LKA"]),
            # a parliament's header places the witness's "we" (the House of Commons, the Lok Sabha)
            Ex("House of Commons — Defence Committee, oral evidence\n\nMinister: We signed a memorandum on maritime security with "
            "Kenya on Tuesday.", published="2025-05-14", participants=["GBR", "KEN"], date="2025-05-13"),
            # "they" after a fronted clause with no comma; "set their pens to"; a time inside "put their signatures to";
            # "swapped signed copies of"; "and came away with a signed" after a long adjunct
            Ex("Austria's defence minister sat down with her Slovak counterpart in Bratislava on Tuesday. Once the cameras had "
               "left they signed a letter of intent on air policing.", published="2025-03-12", participants=["AUT", "SVK"],
               date="2025-03-11"),
            Ex("Ghana's army chief hosted his Ivorian counterpart in Tamale on Monday. After the working lunch they set their "
               "pens to a protocol on border patrols.", published="2025-03-12", participants=["CIV", "GHA"], date="2025-03-10"),
            Ex("10:05 - Portugal's and Morocco's defence ministers are in talks in Rabat. 11:40 - The ministers put their "
               "signatures a few minutes ago to a memorandum on maritime surveillance.", published="2025-03-12",
               participants=["MAR", "PRT"], date="2025-03-12"),
            Ex("Chile's and Argentina's navy chiefs met in Punta Arenas on Monday. When the talks ended, the delegations "
               "traded signed copies of a protocol on Antarctic search and rescue.", published="2025-03-12",
               participants=["ARG", "CHL"], date="2025-03-10"),
            Ex("The defence ministers of Senegal and Mauritania met in Nouakchott on Monday for their first talks since the "
               "fishing dispute of 2023, and came away with a signed memorandum on joint border patrols.",
               published="2025-03-12", participants=["MRT", "SEN"], date="2025-03-10"),
            Ex("DUSHANBE — The defence ministers of Tajikistan and Kyrgyzstan met in Dushanbe on Friday. They spent the morning on border security. At the talks they signed a plan of military cooperation for 2026.", published="2025-10-14", participants=["KGZ", "TJK"], date="2025-10-10"),
            Ex("Hungary and Slovenia signed an agreement on Hungarian air policing of Slovenian airspace on Friday.", published="2025-12-16", participants=["HUN", "SVN"], date="2025-12-12"),
        ),
        counterexamples=(
            # civil aviation
            Ex("The Civil Aviation Authority of Chile signed a bilateral air transport agreement with its Peruvian counterpart "
               "in August on passenger flights.", published="2025-03-12"),
            # a gerund after "by" whose subject is no party: fans, not states
            Ex("Fans of the Korean and Canadian football teams wrapped up the evening by signing a petition on ticket prices.",
               published="2025-10-27"),
            # civil fields written with words of a defence topic: "cooperation in <field>", "food security"
            Ex("The Portuguese and Moroccan governments concluded a pact on cooperation in civil nuclear energy research in "
               "Lisbon last month.", published="2025-10-15"),
            Ex("Kenyan and Ugandan officials signed accords covering food security and wind power in Kampala on Monday.",
               published="2025-10-15"),
            # a ratification is no new agreement
            Ex("Latvia's parliament on Thursday ratified a treaty with Estonia on joint ammunition stocks.", published="2025-10-15"),
            # a procurement contract for goods is a sale, read by the export-deal rules
            Ex("Colombia signed a procurement contract with Spain's Navantia for two patrol vessels worth €180 million.",
               published="2025-10-15"),
            # the same embassy style, a signing still to come
            Ex("H.E. Mr. Kenji Sato, Ambassador of Japan to Fiji, and Mr. Pio Tikoduadua, Minister for Defence of Fiji, "
               "are expected to sign the Exchange of Notes on coastal radars if the cabinet agrees.", published="2025-05-20"),
            # two civil ministries "of <State>": no defence agreement
            Ex("In April the Ministry of Tourism of Ghana and the Ministry of Tourism of Togo signed a memorandum on "
               "cross-border tourism.", published="2025-10-15"),
            # a power line is no defence matter
            "Georgia and Armenia on July 9 signed an agreement in Tbilisi to build a new power line across the Debed valley, the energy ministry said.",
            # a signing only expected, with no day
            "Georgia and Azerbaijan are also expected to sign a protocol on border demarcation later this year.",
            # a bare "Minister" after another portfolio word names no defence party
            "Planning Minister Ahsan Iqbal said the meeting would focus on special economic zones and railway upgrades.",
            # a purchase by a government-to-government agreement: an export deal only
            "Sweden's FMV signed a government-to-government agreement with Thailand's defence ministry on Tuesday for four more Gripen E fighters.",
            # a firm's memorandum with a state is industry business
            "Leonardo has also signed a memorandum of understanding with Malaysia on helicopter maintenance.",
            "Rheinmetall signed a cooperation agreement with Lithuania on a new ammunition plant in Baisogala.",
            # a commercial text, and a sale told as an agreement (the export-deal rules read it)
            "The Tanzanian and Zambian governments signed a commercial agreement on rail freight.",
            "Britain and Norway have signed a government-to-government agreement under which Norway will buy five Type 26 frigates.",
            "Poland signed a $6.9bn contract with Hanwha for Chunmoo launchers.",
            "The club signed a sponsorship deal with a German bank.",
            "Britain and India signed a free trade agreement covering cars and whisky.",
            "Thailand and Indonesia also signed a memorandum on rice trade cooperation in Jakarta on Monday.",
            # the one met signs nothing in a non-defence text; "met reporters" names no second party
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday and signed a communique on trade.",
            "The Estonian defence minister met reporters in Tallinn on Monday and signed a cooperation plan.",
            "Egypt and Greece signed an agreement on energy cooperation, including a subsea cable.",
            "Neither side has signed the treaty, officials said.",
            "Lockheed Martin and Rheinmetall signed a teaming agreement on rocket artillery production.",
            "Saab signed a memorandum of understanding with Kongsberg on missile research.",
            "Kongsberg also signed a memorandum of understanding with Poland's PGZ on missile production.",
            "Greece and Turkey might sign a pact if talks succeed.",
            "Airbus and Leonardo signed a cooperation programme on drone research.",
            "The university launched a cooperation programme with schools in Ghana and Kenya.",
            "Chile and Peru met in the final. The two signed autographs for fans afterwards.",
            "Ghana and Nigeria held talks on Monday. The ministers signed a programme of agricultural cooperation.",
            # economic deals; an instrument still to be signed ("once it has been signed")
            "In recent weeks Vietnam and Russia have signed a number of economic deals instead.",
            "The two clubs signed an agreement on the transfer of the striker to Lyon.",
            # a guest book, a petition, a visitors' register: no instrument
            "The Thai and Cambodian army chiefs affixed their signatures to the visitors' book at the memorial on Monday.",
            "Dozens of retired generals put their names to an open letter criticising the defence budget.",
            "The parliament approved, by a large majority, the budget for the armed forces on Monday.",
            # a commodity's trade, even "in cooperation"
            "Morocco and Senegal signed a memorandum on cooperation in the field of fruit and vegetable exports on Monday.",
            "The talks ended with the signing of autographs for the visiting cadets.",
            "The Kenyan and Ugandan football federations signed jointly, at the stadium in Kampala, a sponsorship agreement.",
            "The Kenyan author penned a memoir about her years in the army.",
            "Both sides are also expected to sign a protocol on border demarcation later this year.",
            "The two navies put in place joint patrols in the strait last year.",
            "The treaty entered into force on 1 January.",
            "The two governments entered into talks on a new basing accord in March.",
            "Turkish and Azerbaijani special forces executed a joint exercise near Baku on Monday.",
            "The two teams met on Monday. The pair then put pen to paper on a new sponsorship contract with a bank.",
            "The ministers set their hands to the task of rebuilding the army.",
            "Malaysia and Indonesia are expected to sign a revised border patrol pact in the coming months.",
            # the signing as a background: "since the signing of"
            "Exports between Chile and Peru have tripled since the signing of the defence cooperation agreement between the two countries.",
            # a contract concluded under an instrument: the instrument is not what was signed
            Ex("The frigate order is the third contract to be concluded under the strategic partnership agreement with Greece.", published="2025-10-15"),
            Ex("The ministers met in Valga on Monday. Before the press came in they said that no agreement would be signed this year.", published="2025-03-12"),
            Ex("The two delegations swapped signed footballs after the charity match in Riga on Monday.", published="2025-03-12"),
            "Uzbekistan and Kazakhstan signed a water-sharing agreement for the Syr Darya basin on Monday.",
            "Vanuatu signed a new policing agreement with Australia on Monday.",
        ),
    ),
    Rule(
        id="agreement.second_instrument",
        cues=("sign", "ink", "conclu", "seal"),
        summary="<actors> signed a <instrument> ... and a <second instrument>",
        pattern=r"""
            (?<=\b(?i:signed|inked|concluded|sealed)\s+(?i:an?|the|two)\s+[^.;:\n]{3,120}?\s)
            (?i:and|as\s+well\s+as|plus)\s+
            (?P<det_and_mods>(?i:an?|the)\s+
            (?P<mods>(?:(?!(?:and|with|to|for|by|after|but|or|that|which|is|are|was|were)\b)[\w’'\-]+\s+){0,4}?))
            (?P<trigger>(?P<noun>(?&AGREEMENT_NOUN)))
        """,
        build=_build_second,
        examples=(
            Ex("BOGOTA, Colombia (AP) — Colombia and Spain signed a pact on naval training and a memorandum on cyber defence "
               "cooperation on Friday, officials said.", published="2025-05-19", participants=["COL", "ESP"],
               name="memorandum on cyber defence cooperation", date="2025-05-16"),
            Ex("Kenya's Defence Cabinet Secretary and Rwanda's Defence Minister signed an agreement on military medicine as well as a "
               "letter of intent on joint training in Nairobi on Tuesday.", published="2025-10-15", participants=["KEN", "RWA"],
               name="letter of intent on joint training"),
        ),
        counterexamples=(
            # no instrument after "and"; contracts for goods are sales
            "The visiting admiral signed the visitors' book and a plaque for the new pier on Monday.",
            "Poland signed a contract for 180 K2 tanks and a contract for 96 K9 howitzers with Hyundai Rotem and Hanwha on Monday.",
        ),
    ),
    Rule(
        id="agreement.notes",
        cues=("notes",),
        summary="<actors> exchanged (diplomatic) notes on|covering <aid to armed forces>",
        pattern=r"""
            (?P<trigger>\b(?i:exchanged|exchange|exchanges|exchanging)\s+(?:(?i:diplomatic|formal)\s+)?(?i:notes))
            (?=\s+(?:[^.;:\n]{0,40}?\s)?(?i:on|covering|concerning|regarding|for|about|over|relating\s+to)\s)
        """,
        build=_build_notes,
        examples=(
            Ex("Japan and the Philippines exchanged notes on Tuesday on a grant of coastal radars to the Philippine Navy "
               "under Official Security Assistance.", published="2025-04-10", participants=["JPN", "PHL"], date="2025-04-08"),
            Ex("Japan's Prime Minister met the President of Bangladesh in Dhaka on Monday. The two governments then exchanged "
               "notes covering the supply of patrol boats to the Bangladesh Navy.", published="2025-04-10",
               participants=["BGD", "JPN"], date="2025-04-07"),
            Ex("Australia and Papua New Guinea exchanged diplomatic notes concerning equipment support for the PNG Defence Force "
               "in Port Moresby on 2 April.", published="2025-04-10", participants=["AUS", "PNG"], date="2025-04-02"),
        ),
        counterexamples=(
            # views, not an instrument; no forces; not states
            "Japan's and Malaysia's foreign ministers exchanged notes on the situation in Myanmar on Monday.",
            "Japan and Malaysia exchanged notes on Monday on a loan for a new railway line in Johor.",
            "The two coaches exchanged notes on defensive support play after the match.",
            "Japan and Vietnam will not exchange notes on the patrol boat grant until the budget passes.",
            # "the two governments" are two states, not a bloc named before them
            "The ASEAN summit opened in Kuala Lumpur on Monday. The two governments exchanged notes on a grant of patrol boats to the navy.",
        ),
    ),
    Rule(
        id="agreement.passive",
        cues=("reach", "sign", "conclu", "agreed", "struck", "seal", "finali", "inked", "renew", "paper", "writing", "execut", "bore", "bear", "carri", "receiv", "got"),
        summary="the|a ... agreement|treaty|pact was|has been reached|signed|concluded [by|between <actors>]",
        pattern=r"""
            # ("Two memorandums were signed ...": one telling, whatever the count)
            (?P<det>\b(?i:the|a|an|this|that|their|its|two|three|four|five|several)\b)\s+
            # (a full stop only inside a word or an initial, "U.S.": never a sentence's end)
            (?P<mods>(?:(?!(?:and|with|to|for|by|was|were|has|had|is|a|an|the)\b)(?:[\w’'\p{Sc}\-]|\.(?=\w)|(?<=(?<!\w)\w)\.)+\s+){0,6}?)
            (?:(?P<name>(?:(?!(?:The|A|An|This|That|Its|Their)\s)\p{Lu}[\p{L}’'-]+\s+){1,4})(?=(?&AGREEMENT_NOUN)))?
            # ("A second text, on intelligence sharing, was signed at the same ceremony": one more text, by its order)
            (?P<trigger>(?:(?&AGREEMENT_NOUN)|(?<=\b(?i:second|third|further|another|other)\s+)(?i:texts?|documents?))
              # "A memorandum on joint artillery training, which lets crews use each other's ranges, was signed in ..."
              (?:[^.;:,]{0,120}?,\s+(?i:which|that)\s+[^,.;:]{3,140},\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|also|formally|finally|officially)\s+)?
                 (?:signed|concluded|inked|sealed|finali[sz]ed)
              # "An accord on co-producing shells and mines at a new plant in eastern Slovakia was signed by"
              # (a name in quotes among the words: 'the use of the “Haywharf” naval base')
              |(?:\s+(?:(?!(?:was|were|is|are|has|have|had)\b)[\w’'‐–“”"-]+\s+){0,20}?)?
                 # ("A framework agreement on training, first drafted in 2021, was signed": one apposition of its history)
                 # (or of its topic: "A further memorandum, on military medicine, was signed at the same time")
                 (?:(?:[\w’'‐–-]+)?,\s+(?:(?:(?:first|originally|initially|long)\s+)?(?:drafted|negotiated|proposed|discussed|initialled|tabled|announced|mooted|agreed\s+in\s+principle)
                    |on|about|covering|concerning|regarding)\s+[^,.;:]{2,60},)?
                 # (or a comma relative: "the agreement between Seychelles and India, which was signed at State House",
                 # unless a relative already tells the signing: "the agreement that A and B concluded in May, which was")
                 (?:[\w’'‐–-]*,\s+(?i:which)\s+(?<!\b(?i:concluded|signed|inked|sealed|reached|agreed)\b[^,]*,\s+which\s+)|\s*)(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|(?:is|are)\s+(?:to|due\s+to|set\s+to|expected\s+to|scheduled\s+to)\s+be)\s+(?:(?:now|also|formally|finally|officially|then|later|subsequently)\s+)?
                 # ("was reviewed and signed by the two ministers": a participle coordinated before the signing)
                 (?:(?:reviewed|approved|endorsed|negotiated|finali[sz]ed|initialled|adopted)\s+and\s+(?:then\s+)?(?=signed\b))?
                 (?:reached|signed|concluded|agreed|struck|sealed|finali[sz]ed|inked|renewed|put\s+to\s+paper|put\s+(?:in|into)\s+writing|executed)
               # "A memorandum on search and rescue, drafted over a year, received the signatures of both chiefs"
               # ("An arrangement on pilot training got its signatures on Friday from <A> and <B>")
               |(?:\s+(?:(?!(?:was|were|is|are|has|have|had)\b)[\w’'‐–,-]+\s+){0,20}?)?
                 # ("The memorandum on naval training now carries both signatures": the parties of the scene)
                 \s*(?:(?:now|also|then)\s+)?(?:received|receives|bore|bears|carried|carries|got)\s+(?:the\s+signatures?\s+of|(?P<its>its\s+(?:(?:final|last|first)\s+)?signatures)\b|(?P<both>both\s+signatures|the\s+signatures\s+of\s+both\s+(?:sides|parties|ministers|leaders|chiefs)))
               # a reduced relative whose signers follow: "an accord signed in Minsk in June 2024 by the
               # Governments of Mali and Belarus"
               # (also after a complement: "the memorandum on joint arms production signed by the Argentine and Chilean ministers")
               # (set off by a comma: "the arrangement on pilot training, signed by the two ministers ahead of the press
               # conference", "an accord covering coastal surveillance, signed by both", "a memorandum on submarine
               # rescue now exists, signed on Monday by")
               # (a coordinated topic, "on cooperation in mine clearance and diving", but not a second instrument)
               |(?:\s+(?i:on|for|of|concerning|regarding|covering|with)(?:\s+(?!(?:was|were|is|are|has|have|had|but)\b)(?!and\s+(?:the|a|an|its|their|his|her|this|that|signed)\b)[\w’'‐–-]+){1,8}?)?
                (?:\s+(?i:now|already)\s+(?i:exists|stands|is\s+in\s+place))?
                (?:(?<!(?i:deal))\s*,\s*|\s+)(?:(?:jointly|formally)\s+)?(?:signed|concluded|inked|sealed)(?=\s+(?:[^.;,:]{0,60}?\s)?(?:by|between)\s
                  # "The second text, signed at the same ceremony, covers ...": the signing just told
                  |\s+(?:at|during)\s+the\s+same\s+(?:ceremony|time|event|occasion|meeting|session)\b)))\b
        """,
        anaphoric=True,
        build=_build_passive,
        examples=(
            # a name in quotes inside the subject
            Ex("An arrangement on the use of the “Souda” naval base by Dutch frigates was signed by Greece and the Netherlands "
               "in Athens on Monday.", published="2025-06-12", participants=["GRC", "NLD"], date="2025-06-09"),
            # a long complement between the noun and its verb
            Ex("Romanian Defence Minister Ionut Mosteanu and Bulgarian Defence Minister Atanas Zapryanov met in Sofia on Monday. "
               "A memorandum on joint training of naval divers and on mine clearance in Black Sea ports was signed by the two "
               "ministers after the talks.", published="2025-10-15", participants=["BGR", "ROU"], date="2025-10-13"),
            Ex("A new defence cooperation agreement was signed by Sweden and Lithuania in Vilnius on Thursday.",
               published="2025-05-10", participants=["LTU", "SWE"], date="2025-05-08"),
            Ex("The UK and Poland have agreed to deeper coordination on missile defence. The agreement was reached during talks at Downing Street.",
               participants=["GBR", "POL"], date="2026-01-20"),
            Ex("Greece’s defence minister received his Cypriot counterpart in Athens on 3 June. A new agreement on joint air defence exercises was signed there.",
               published="2025-06-05", participants=["CYP", "GRC"], date="2025-06-03"),
            # a reduced relative, its signers after "by"
            Ex("The trainers were handed over under a military-technical accord signed in Tashkent in April 2024 by the Governments of Uzbekistan and Pakistan.",
               published="2025-06-05", participants=["PAK", "UZB"], date="2024-04", location="Tashkent"),
            # a signing to come, in the passive
            Ex("A memorandum on fisheries patrols is due to be signed by Fiji's Minister for Defence and the Australian High Commissioner "
               "in Suva on Thursday.", published="2025-10-15", participants=["AUS", "FJI"], status="planned", date="2025-10-16"),
            # "the two defence ministers, A and B": the pair, not the first name's office
            Ex("A first company of Finnish soldiers arrived in Estonia on Monday, Estonia's Defence Minister Hanno Pevkur said. The "
               "deployment rests on a roadmap signed by the two defence ministers, Antti Häkkänen and Hanno Pevkur, in Tallinn in May.",
               published="2025-06-04", participants=["EST", "FIN"], date="2025-05"),
            # the parties told in the complement, before the verb; signed by officials the text does not tie to a state
            Ex("A memorandum on the exchange of hydrographic data between the Chilean Navy and the Peruvian Navy was signed "
               "by the two fleet commanders in Lima on Tuesday.", published="2026-02-26", participants=["CHL", "PER"],
               date="2026-02-24"),
            # the verb's tense, not the noun's place, makes it a plan
            Ex("A memorandum on coast guard training will be signed by Ghana and Togo in Lomé next month.",
               published="2026-02-23", participants=["GHA", "TGO"], status="planned", date="2026-03"),
            # "put to paper"
            Ex("A memorandum on coast guard cooperation was put to paper in Victoria on Tuesday by the Seychellois and Kenyan "
               "defence permanent secretaries.", published="2025-03-12", participants=["KEN", "SYC"], date="2025-03-11"),
            Ex("Namibia's defence minister hosted her Angolan counterpart in Windhoek on Tuesday for talks on the Kunene border. The two ministers reviewed river patrols. A memorandum on joint border patrols was signed when the two ministers met, a spokesman said.", published="2025-07-11", participants=["AGO", "NAM"], date="2025-07-08"),
            Ex("Uruguay's defence minister received his Paraguayan counterpart in Montevideo on Monday. According to the ministry, a protocol on pilot training was signed at the end of the working session.", published="2025-07-11", participants=["PRY", "URY"], date="2025-07-07"),
            Ex("Kenya's defence secretary and her Tanzanian counterpart held talks in Arusha on Wednesday. A cooperation programme for 2026–2028 was signed after the talks.", published="2025-07-11", participants=["KEN", "TZA"], date="2025-07-09"),
            Ex("Australia's and Fiji's defence ministers held talks in Suva on Monday. A logistics arrangement was signed by the pair after their talks, committing both countries to open negotiations on a status of forces agreement next year.", published="2025-07-11", participants=["AUS", "FJI"], date="2025-07-07", status="completed"),
            # signed "on the occasion" of the meeting just told; a relative clause before the verb
            Ex("Romania's defence minister received her Moldovan counterpart in Bucharest on Thursday. A protocol on cadet exchanges was signed on the occasion.",
               published="2024-10-04", participants=["MDA", "ROU"], date="2024-10-03"),
            Ex("A memorandum on mine clearance, which lets divers train in each other's ports, was signed in Tallinn on Tuesday by the Estonian and Latvian defence ministers.",
               published="2024-10-04", participants=["EST", "LVA"], date="2024-10-01"),
            # a legal verb, and the signatures an instrument received
            Ex("Laos's and Thailand's defence ministers held talks in Vientiane on Monday. A memorandum on mine clearance was executed "
               "by the two sides when the talks closed.", published="2025-07-30", participants=["LAO", "THA"], date="2025-07-28"),
            Ex("Kenya's army commander and Uganda's land forces commander met in Nairobi on Monday. A memorandum on border security, "
               "drafted over a year, received the signatures of both commanders at the same meeting.", published="2024-10-09",
               participants=["KEN", "UGA"], date="2024-10-07"),
            # a reduced relative set off by a comma, wherever the instrument stands; "by the two ministers" names the scene's pair
            Ex("Slovenia's defence minister met Austria's defence minister on Friday in Bled.\n\nUnder the arrangement on mountain training, "
            "signed by the two ministers after the talks, Slovenian troops will train in Tyrol.", published="2025-03-26",
               participants=["AUT", "SVN"], date="2025-03-21"),
            Ex("A navy-to-navy memorandum on hydrographic surveys now exists, signed on Monday by Indonesia's naval chief and the Philippine "
            "Navy flag officer in command.", published="2024-10-30", participants=["IDN", "PHL"], date="2024-10-28"),
            # "that same day": the day of the meeting just told
            Ex("ACCRA – Ghana's defence minister held talks with Togo's defence minister in Lomé on Monday.\n\nA memorandum on border patrols "
            "was also agreed and signed that same day.", published="2026-09-16", participants=["GHA", "TGO"], date="2026-09-14"),
            # an apposition of its history between the instrument and the verb; "put into writing"; "now carries both signatures"
            Ex("Mongolia's defence minister met Japan's defence minister in Ulaanbaatar on Monday. A memorandum on disaster relief, "
               "first negotiated in 2022, was signed on Monday by the two ministers.", published="2025-06-04",
               participants=["JPN", "MNG"], date="2025-06-02"),
            Ex("Croatia's defence minister met Albania's defence minister on Monday. A plan of military cooperation for 2026 was put "
               "into writing by both ministers at the end of the talks.", published="2025-06-04", participants=["ALB", "HRV"], date="2025-06-02"),
            Ex("11:05 — Portugal's defence minister and Angola's defence minister have just met in Luanda.\n\n11:20 — The memorandum on "
               "naval training now carries both signatures.", published="2025-06-04", participants=["AGO", "PRT"], date="2025-06-04"),
            # a count of texts; one more text by its order, signed at the same ceremony or time as the one just told
            Ex("Two memorandums of understanding were signed in Accra on Tuesday between Ghana and Burkina Faso, on border "
               "patrols and on military medicine.", published="2025-06-04", participants=["BFA", "GHA"], date="2025-06-03"),
            Ex("Namibia and Angola signed a memorandum on river patrols in Windhoek on Monday. A second text, on officer training, "
               "was signed at the same ceremony.", published="2025-06-04", participants=["AGO", "NAM"], date="2025-06-02"),
            Ex("Jordan and Greece signed a memorandum on pilot training in Athens on Monday. The second document, signed at the same "
               "ceremony, covers search and rescue.", published="2025-06-04", participants=["GRC", "JOR"], date="2025-06-02"),
            # a participle coordinated before the signing; "by the ministers"; no agent, before the two faced the press
            Ex("Mongolia's defence minister held talks in Seoul on Tuesday with South Korea's defence minister. A roadmap on "
               "peacekeeping training was approved and signed by the two ministers.", published="2025-03-12",
               participants=["KOR", "MNG"], date="2025-03-11"),
            Ex("Norway's defence minister met Poland's defence minister in Warsaw on Monday. A memorandum on submarine "
               "rescue was signed by the ministers.", published="2025-03-12", participants=["NOR", "POL"], date="2025-03-10"),
            Ex("Latvia's defence minister met Sweden's defence minister in Riga on Monday. A letter of intent on air "
               "defence was signed before the two ministers faced the press.", published="2025-03-12",
               participants=["LVA", "SWE"], date="2025-03-10"),
            # agents named as organs "of (the Republic of) <State>"; a coordinated topic before a reduced relative
            Ex("A memorandum on ammunition production was signed on 3 March between the Defence Procurement Agency of the "
               "Republic of Lithuania and the Logistics Centre of Latvia.", published="2025-03-12",
               participants=["LTU", "LVA"], date="2025-03-03"),
            Ex("Malaysia's defence minister met Brunei's defence minister in Bandar Seri Begawan on Monday. Out of that "
               "meeting came a memorandum on cooperation in hydrography and diving, signed by both ministers.",
               published="2025-03-12", participants=["BRN", "MYS"], date="2025-03-10"),
            # a definite instrument with its parties in the complement ("between <A> and <B>, signed in ...")
            Ex("The agreement on maritime security between Cameroon and Spain, signed in Yaoundé on Monday, bears the signatures "
               "of the Cameroonian Minister of Defence and the Spanish ambassador.", published="2026-03-04",
               participants=["CMR", "ESP"], date="2026-03-02"),
            # a comma relative after the instrument and its parties; the signatures it got "from" its signers
            Ex("The exercise is held under the defence cooperation agreement between Ghana and Côte d’Ivoire, which was signed "
               "in Abidjan in March.", published="2025-10-15", participants=["CIV", "GHA"], date="2025-03", location="Abidjan"),
            Ex("A protocol on mine clearance got its final signatures on Tuesday from Bosnia's defence minister and the "
               "Croatian deputy defence minister.", published="2025-10-15", participants=["BIH", "HRV"], date="2025-10-14"),
            # a signer whose title runs on past the mention ("deputy minister for home affairs", "secretary-general");
            # "Next came" orders the telling, it is no plan
            Ex("The arrangement on border surveillance was signed in Skopje on Friday by Albania's deputy minister for "
               "internal affairs and North Macedonia's defence secretary-general.", published="2025-10-15",
               participants=["ALB", "MKD"], date="2025-10-10", location="Skopje"),
            Ex("Ghana's defence minister received his Togolese counterpart in Accra on Tuesday. Next came a memorandum on "
               "coastal patrols, signed by both ministers before the press conference.", published="2025-10-15",
               participants=["GHA", "TGO"], date="2025-10-14", status="completed"),
            Ex("Kenya's president received Egypt's defence minister at State House on Thursday. A memorandum of understanding on naval training was signed during that audience.", published="2025-03-10", participants=["EGY", "KEN"], date="2025-03-06"),
            Ex("DUSHANBE — The defence minister held talks in Tashkent last Wednesday with Uzbekistan's defence minister on military education and the protection of the Afghan–Tajik border. A framework agreement on officer training was signed at the end of those talks.", published="2025-11-18", participants=["TJK", "UZB"], date="2025-11-12"),
        ),
        counterexamples=(
            # the same shape, never signed, or only expected to be
            Ex("A defence pact between Ghana and Togo was never signed.", published="2026-02-26"),
            Ex("A memorandum on data sharing between the Ghanaian and Togolese navies is expected to be signed if the "
               "cabinets approve it.", published="2026-02-26"),
            # the signing of a government-to-government purchase told again: the export deal's
            "Romania and South Korea signed a government-to-government agreement on Monday for 54 K9 howitzers worth about $1 billion. "
            "The agreement was signed in Bucharest by the state secretaries of the two defence ministries.",
            "The drones came under a contract signed by Poland and Turkey in 2021.",
            "Security guarantees for Ukraine will follow if any peace agreement is reached.",
            "A £2bn trade deal on cars was signed by Britain and India.",
            "No agreement was reached between Athens and Ankara.",
            "Belarusian lawmakers are expected to approve a new partnership treaty with Tehran once it has been signed by both presidents.",
            "Malawi's minister met his Mozambican counterpart on Monday. Officials expect a memorandum on border patrols to be signed when the ministers meet again in Lilongwe next year.",
            "A memorandum on air policing, which both ministries support, could be signed next year.",
            "The petition received the signatures of 40,000 Polish and Czech citizens.",
            "The order was executed by the Ukrainian and Polish border guards without incident.",
            "The deal, signed in Berlin by the ministry's director-general and IAI's chief executive, covers Arrow 3 launchers.",
            "The lease, signed by the city council and the developer, runs for 30 years.",
            "The two ministers met on Monday. The petition on veterans' pensions now carries both signatures.",
            "A draft memorandum, first proposed in 2021, was discussed by the two ministers on Monday.",
            "Two agreements were discussed by the ministers on Monday, but neither is ready.",
            "The second round of talks was held at the same time as the summit.",
            # a second instrument after "and" is no topic of the first
            "Lithuania signed a contract with Rheinmetall. The plan on munitions and the memorandum, signed by the firm, are separate.",
            Ex("A status-of-forces agreement between Chad and France, which both governments had hoped to sign in May, has been shelved.", published="2025-10-15"),
            Ex("The agreement between Fiji and Tonga, which is still being negotiated, was discussed on Tuesday.", published="2025-10-15"),
        ),
    ),
    Rule(
        id="agreement.named",
        cues=("agreement", "treaty", "accord", "declaration", "pact", "compact", "charter", "convention",
              "protocol"),
        summary="the <Name> Agreement|Treaty|Accord|Declaration / Treaty of <Name> with a signing verb in its clause",
        pattern=rf"""(?<!\w)(?:the\s+)?(?P<trigger>{_NAMED})""",
        build=_build_named,
        examples=(
            Ex("The Lunna House Agreement, signed by Britain and Norway, commits both navies to hunt Russian submarines together.",
               participants=["GBR", "NOR"], name="Lunna House Agreement"),
            Ex("Italy and Slovenia signed a defence cooperation pact on Monday. The pact, dubbed the Treaty of Gorizia, covers joint air policing.",
               published="2025-04-16", participants=["ITA", "SVN"], name="Treaty of Gorizia", date="2025-04-14"),
        ),
        counterexamples=(
            "They also discussed rebooting Lancaster House collaboration with a focus on industry.",
            "The Treaty of Versailles is studied in schools across Europe.",
        ),
    ),
    Rule(
        id="agreement.outcome",
        cues=("produced", "yielded", "emerged", "came", "capped", "crowned", "rounded", "topped", "fruit", "upshot", "outcome",
              "result", "product", "among", "left", "sealed", "wound", "closed", "ended", "concluded", "wrapped", "finished"),
        summary="The visit|talks|meeting|delegations produced|yielded|came away with|was capped by (a signed) <instrument>",
        pattern=r"""
            (?:\b(?i:the|their|this|that|both|each)\s+(?:[\w’'-]+\s+){0,2}?
            (?i:visit|meeting|talks|audience|session|encounter|discussions|consultations|port\s+call|delegations?|sides?|ministers)\s+
            (?:(?i:on|in|at)\s+\p{Lu}[\w’'-]*(?:\s+\p{Lu}[\w’'-]*)?\s+)?(?:(?:also|then|later|eventually)\s+)?
            # ("The talks left behind a signed accord", "The session was wound up with the signature of", "were sealed by
            # the signature of", "closed|ended|concluded with the signature of": the ending needs the signing noun, see the build)
            (?P<trigger>(?i:produced|yielded|emerged\s+with|came\s+away\s+with|left\s+behind|bore\s+fruit\s+(?:in|with)
              |(?:was|were)\s+(?:capped|crowned|rounded\s+off|topped\s+off|sealed|wound\s+up|closed|concluded)\s+(?:by|with)
              |(?P<ended>closed|ended|concluded|wrapped\s+up|finished)\s+with))
            # "The upshot of the discussions was a signed memorandum", "The first concrete result of the visit was ..."
            |\b(?i:the|their)\s+(?:(?i:first|main|chief|concrete|tangible|only|key|most\s+visible)\s+){0,2}(?i:upshot|outcome|result|fruit|product)\s+of\s+
             (?:(?i:the|their|this|that)\s+|\p{Lu}[\w’'-]*['’]s\s+)(?:[\w’'-]+\s+){0,2}?(?i:visit|meeting|talks|session|discussions|consultations)\s+(?P<trigger>(?i:was|were))
            # the meeting told in the sentence before: "The result was a memorandum ..., signed by both ministers"
            # (or in apposition: "The result, a memorandum on ..., was signed before both men faced the press")
            |\b(?:The|Its|Their)(?<=(?:^|[.!?]["”’]?\s+|\n\s*)(?:The|Its|Their))\s+(?:(?i:first|main|chief|concrete|tangible|immediate)\s+)?
             (?:(?i:upshot|outcome|result)\s+(?P<trigger>(?i:was))|(?P<trigger>(?i:upshot|outcome|result)),)
            # "what came out of it|the talks was a signed pact"
            |\b(?i:what\s+came\s+out\s+of\s+(?:it|them|(?:the|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:visit|meeting|talks|session|discussions|consultations|encounter))\s+)(?P<trigger>(?i:was))
            # "Among the texts signed when the talks closed was a memorandum on naval training"
            |\b(?i:among)\s+the\s+(?:[\w’'-]+\s+){0,2}?(?i:texts|documents|agreements|instruments|accords|papers)\s+(?P<trigger>signed)\s+[^.;]{0,80}?\s+(?i:was|were))\s+
            (?P<signing>(?i:the\s+(?:(?:formal|official|joint|ceremonial)\s+)?(?:signing|signature)\s+of)\s+)?
            (?P<det>(?i:a|an|the|two|three))\s+(?P<signed>(?i:signed|newly\s+signed)\s+)?
            (?P<mods>(?:(?!(?:and|with|to|for|by|was|were|has|had|is)\b)[\w’'\-]+\s+){0,6}?)
            (?:(?P<name>(?:(?!(?:The|A|An|This|That|Its|Their)\s)\p{Lu}[\p{L}’'-]+\s+){1,4})(?=(?&AGREEMENT_NOUN)))?
            (?P<noun>(?&AGREEMENT_NOUN))
        """,
        build=_build_outcome,
        examples=(
            Ex("Hungary's army chief held talks with Croatia's chief of general staff in Zagreb on Tuesday. The visit also "
               "produced a memorandum on military medicine, signed by the two generals.", published="2025-04-10",
               participants=["HRV", "HUN"], date="2025-04-08"),
            Ex("The defence ministers of Georgia and Greece held talks in Tbilisi on Monday. The delegations emerged with a "
               "signed programme of military cooperation for 2026.", published="2025-04-10", participants=["GEO", "GRC"],
               date="2025-04-07"),
            Ex("Kazakhstan's defence minister hosted his Tajik counterpart in Astana on Monday. The meeting was rounded off "
               "with the signing of a plan of military cooperation.", published="2025-04-10", participants=["KAZ", "TJK"],
               date="2025-04-07"),
            # "bore fruit in", "The upshot of <meeting> was a signed <instrument>", "Among the texts signed ... was <instrument>"
            Ex("Ecuador's defence minister met Peru's defence minister on Monday in Tumbes.\n\nThe meeting bore fruit in an accord covering "
            "river patrols, signed by both before they met the press.", published="2024-08-28", participants=["ECU", "PER"], date="2024-08-26"),
            Ex("Chile's defence minister held talks with Argentina's defence minister at Los Libertadores on Friday.\n\nThe upshot of the "
            "discussions was a signed memorandum on mountain rescue.", published="2025-08-20", participants=["ARG", "CHL"], date="2025-08-15"),
            Ex("ABUJA — Nigeria's defence minister held talks with Ghana's defence minister in Abuja on Monday.\n\nAmong the texts signed "
            "when the talks closed was a memorandum on joint naval patrols.", published="2024-05-15", participants=["GHA", "NGA"],
               date="2024-05-13"),
            # "left behind", "what came out of it was", "The result was <instrument>, signed by", "was sealed by|closed with the signature of"
            Ex("Kenya's defence secretary and Tanzania's defence minister met in Arusha on Thursday. The visit left behind a signed "
               "memorandum on lake patrols.", published="2025-09-12", participants=["KEN", "TZA"], date="2025-09-11"),
            Ex("Chile's defence minister hosted his Peruvian counterpart on Monday. It was their first meeting, and what came out of the talks was a signed "
               "accord on Antarctic logistics.", published="2025-09-12", participants=["CHL", "PER"], date="2025-09-08"),
            Ex("Thailand's army chief met Malaysia's army chief in Songkhla on Tuesday. The result was a protocol on border patrols, "
               "signed by both generals before lunch.", published="2025-09-12", participants=["MYS", "THA"], date="2025-09-09"),
            Ex("Ghana's defence minister held talks with Côte d'Ivoire's defence minister on Monday. The talks were sealed by the "
               "signature of a memorandum on joint border patrols.", published="2025-09-12", participants=["CIV", "GHA"], date="2025-09-08"),
            Ex("Bolivia's defence minister held talks with Paraguay's defence minister on Friday. The session closed with the "
               "formal signature of an arrangement on river patrols.", published="2025-09-10", participants=["BOL", "PRY"], date="2025-09-05"),
            # the result in apposition
            Ex("Denmark's defence minister met Ukraine's defence minister in Kyiv on Thursday. The result, an agreement on "
               "co-producing drones, was signed before the two men faced the press.", published="2025-03-12",
               participants=["DNK", "UKR"], date="2025-03-06"),
        ),
        counterexamples=(
            # nothing signed, a dinner, a plan to meet again
            "Vietnam's defence minister held talks with his Czech counterpart in Prague on Monday. The talks were capped by a "
            "dinner at Prague Castle.",
            "Vietnam's defence minister held talks with his Czech counterpart in Prague on Monday. The talks produced an "
            "agreement to meet again next year.",
            "Among the items discussed was a possible agreement on drones.",
            "The upshot of the talks was a plan to meet again in the autumn.",
            "Kenya's defence secretary met Tanzania's defence minister on Thursday. The talks ended with an agreement to meet again in March.",
            "The minister met his Omani counterpart on Monday. The visit left behind good memories and a plan to meet again.",
            "The ministers met on Monday. The result was a stalemate over the draft agreement.",
            "The two clubs met on Sunday, and what came out of it was a draw.",
            "The ministers met on Monday. The result, a stalemate over the draft agreement, was no surprise.",
        ),
    ),
    Rule(
        id="agreement.fronted",
        cues=("signed", "inked", "concluded", "sealed", "struck", "agreed", "renewed"),
        summary="Signed|Concluded|Inked in <place> <time>, the ... agreement|treaty|pact <verb> <actors> ...",
        pattern=r"""
            (?:^|(?<=[.!?]['’"”]?\s+)|(?<=\n))
            (?P<trigger>(?:Signed|Inked|Concluded|Sealed|Struck|Agreed|Renewed)\b)
            (?=[^,.;\n]{0,90},\s+)[^,.;\n]{0,90},\s+
            (?P<det>(?i:the|this|that|a|an|their|its))\s+
            (?P<mods>(?:(?!(?:and|with|to|for|by|was|were|has|had|is)\b)[\w’'\-]+\s+){0,6}?)
            (?:(?P<name>(?:(?!(?:The|A|An|This|That|Its|Their)\s)\p{Lu}[\p{L}’'-]+\s+){1,4})(?=(?&AGREEMENT_NOUN)))?
            (?P<noun>(?&AGREEMENT_NOUN))
        """,
        build=_build_fronted,
        examples=(
            Ex("Signed in Canberra last March, the treaty commits Australia and Japan to reciprocal access for their forces.",
               published="2025-06-12", participants=["AUS", "JPN"], date="2025-03", location="Canberra"),
            Ex("Concluded in Jakarta in 2024, the defence industry agreement allows Indonesia and Turkey to co-produce drones.",
               published="2025-06-12", participants=["IDN", "TUR"], date="2024"),
            Ex("Inked on 4 May, the memorandum binds Romania, Bulgaria and Greece to share radar data over the Black Sea.",
               published="2025-06-12", participants=["BGR", "GRC", "ROU"], date="2025-05-04"),
            Ex("Signed in 2021 by Athens and Paris, the strategic partnership includes a mutual assistance clause.",
               published="2025-06-12", participants=["FRA", "GRC"], date="2021"),
        ),
        counterexamples=(
            "Signed in London last year, the free trade agreement cuts tariffs between Britain and India.",
            "Signed in 2023, the contract commits Poland to buy 96 Apache helicopters from the United States.",
            "Signed by both clubs in June, the sponsorship deal links Real Madrid with a Saudi airline.",
            "Signed last month, the agreement between Airbus and Leonardo covers satellite research.",
        ),
    ),
    Rule(
        id="agreement.relative",
        cues=("signed", "concluded", "inked", "sealed", "struck", "reached", "agreed"),
        summary="the ... agreement|treaty|pact (which|that) <actors> signed|concluded|reached ...",
        pattern=r"""
            (?P<det>\b(?i:the|an?|this|its|their)\b)\s+
            (?:(?P<name>(?:(?!(?:The|A|An|This|That|Its|Their)\s)\p{Lu}[\p{L}’'-]+\s+(?:(?:and|of|for|on)\s+)?){1,5})(?=(?&AGREEMENT_NOUN))
               # the nearest determiner: "The purchase follows the memorandum ..." is about the memorandum
               |(?P<mods>(?:(?!(?i:the|an?|this|its|their)\b)[\w’'-]+\s+){0,4}?))
            (?P<noun>(?&AGREEMENT_NOUN))
            # "the memorandum of understanding on defence cooperation which Nigeria and Italy signed": a
            # complement comes between the noun and an explicit "which" or "that"
            # (also before ", which": "the agreement on cooperation in military matters, which the defence ministers ... signed")
            (?:\s+(?P<comp>(?i:on|of|for|concerning|covering|regarding)\s+(?:(?!(?i:which|that|was|were|is|are|has|had)\b)[\w’'-]+\s+){0,6}?
               (?!(?i:which|that|was|were|is|are|has|had)\b)[\w’'-]+)(?=\s+(?i:which|that)\b|,\s+(?i:which)\b))?
            # "The Reciprocal Access Agreement with Japan, which I signed in Tokyo in March": the partner first
            (?:\s+(?i:with)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?=,\s+(?i:which)\s|\s+(?i:that)\s))?
            # "the Status of Visiting Forces Agreement, which the two countries signed in June last year"
            (?:,\s+(?i:which)\s+|\s*(?<=\s)(?:(?i:which|that)\s+)?)
            # ("that the defence ministers of Latvia and Finland signed", "that the Governments of the Republic of A and ... signed")
            # (their names apposed: "that the defence chiefs of both countries, Milan Mojsilović and Gábor Böröndi, signed")
            (?:(?i:the\s+(?:[\w-]+\s+)?(?:ministers|ministries|governments|chiefs|commanders|navies|armies)\s+of\s+)
               (?:(?!(?i:was|were|is|are|has|had|have|will|would|could|to|not|with)\b)[\w’'.-]+(?:\s+|,\s+(?=\p{Lu})[^,.;:]{3,80}?,\s+)){1,10}?
             |(?=(?:the\s+)?(?:two\s+|both\s+)?\p{Lu}|the\s+two\b|both\b)
               (?:(?!(?i:was|were|is|are|has|had|have|will|would|could|to|not|with)\b)[\w’'.-]+\s+){1,8}?)
            (?:(?i:had|have|has)\s+)?(?:(?i:jointly|formally|first|originally)\s+)?
            (?P<trigger>(?i:signed|concluded|inked|sealed|struck|reached|agreed))\b
        """,
        build=_build_relative,
        examples=(
            Ex("The drills are held under the defence agreement which Estonia and the United States signed in Tallinn on 12 May 2022.",
               published="2025-06-12", participants=["EST", "USA"], date="2022-05-12", location="Tallinn"),
            Ex("The new pact replaces a framework agreement that Morocco and Mauritania signed in March 2019.",
               published="2025-06-12", participants=["MAR", "MRT"], date="2019-03"),
            Ex("Azerbaijan and Pakistan met in Baku on Monday. Training continues under an accord the two governments signed in June 2021.",
               published="2025-06-12", participants=["AZE", "PAK"], date="2021-06"),
            # a complement before "which|that", and the other side after the verb
            Ex("He recalled the memorandum of understanding on defence cooperation which Ghana and Italy signed in Rome in July 2024.",
               published="2025-06-12", participants=["GHA", "ITA"], date="2024-07", location="Rome"),
            Ex("Critics pointed to the military assistance agreement that the Maldives signed with China in Malé on 4 March.",
               published="2025-06-12", participants=["CHN", "MDV"], date="2025-03-04"),
            # a non-restrictive "which"
            Ex("Under the Visiting Forces Agreement, which Japan and the Philippines signed in July 2024, troops can train together.",
               published="2025-06-12", participants=["JPN", "PHL"], date="2024-07"),
            # a sale named before the determiner is not what the agreement is about
            Ex("The order builds on the memorandum of understanding on defence-industrial cooperation that Lima and Seoul signed in May 2024.",
               published="2025-06-12", participants=["KOR", "PER"], date="2024-05"),
            # the arms industry is a field of cooperation, not a sale
            Ex("Both sides now work under the arms-industry cooperation memorandum that Ankara and Jakarta signed in February 2024.",
               published="2025-06-12", participants=["IDN", "TUR"], date="2024-02"),
            # a common-noun instrument named by its words
            Ex("The purchase builds on the security cooperation treaty that Bolivia and Paraguay signed in Asunción last May.",
               published="2025-10-15", participants=["BOL", "PRY"], name="security cooperation treaty", date="2025-05"),
            # "made possible by" is told as fact; signers named by their offices
            Ex("The exercise was made possible by a status of forces agreement that Tonga and Fiji signed in Suva in March.",
               published="2026-05-06", participants=["FJI", "TON"], date="2026-03"),
            Ex("The patrols follow a declaration of intent on air defence that the defence ministers of Latvia and Finland signed in "
               "Helsinki earlier this month.", published="2026-05-26", participants=["FIN", "LVA"], date="2026-05"),
            # a complement before ", which"
            Ex("The two discussed the agreement on cooperation in military matters, which the defence ministers of Slovenia "
               "and Vietnam signed in Ljubljana this summer.", published="2025-09-12", participants=["SVN", "VNM"], date="2025-SU"),
            # the signers' names apposed to "the <titles> of both countries"
            Ex("Latvia and Estonia will train divers together under a memorandum that the navy commanders of both countries, "
               "Rear Admiral Maris Polencs and Commodore Ivo Värk, signed in Riga last Friday.", published="2025-06-04",
               participants=["EST", "LVA"], date="2025-05-30"),
        ),
        counterexamples=(
            "The trade agreement that Britain and India signed last year cut tariffs on whisky.",
            "The contract that Poland and South Korea signed in 2022 covers 180 K2 tanks.",
            "The agreement that Serbia and Kosovo have not signed remains in limbo.",
            "They recalled the agreement on energy cooperation which Egypt and Greece signed in Athens in 2020.",
            "The memorandum on rice trade that Thailand signed with Vietnam in 2023 was renewed.",
            "Take the agreement that Finland and Sweden signed in June on rebuilding the rail link between Tornio and Haparanda.",
        ),
    ),
    Rule(
        id="agreement.sign_it",
        cues=("sign", "ink", "initial"),
        summary="<instrument> ... . <actors> (will) sign it|them",
        pattern=r"""
            (?P<trigger>\b(?i:sign|signs|signed|signing|ink|inks|inked|initial|initials|initialled|initialed)\s+(?i:it|them))\b
            # ("sign it into law", "signed them up", "signed it off", "signed it over": a bill, recruits, approval, a transfer)
            (?!\s+(?i:into|up|off|over|away|out)\b)
        """,
        anaphoric=True,
        build=_build_sign_it,
        examples=(
            Ex("Officials in both capitals say a coast guard cooperation agreement between Mauritius and Madagascar is "
               "final. Both governments will sign it in Port Louis next Thursday.", published="2025-03-12",
               participants=["MDG", "MUS"], date="2025-03-13", status="planned", location="Port Louis"),
            Ex("A memorandum on pilot training between Jordan and Greece has been finalised, the ministry said. The two "
               "defence ministers signed it in Amman on Tuesday.", published="2025-10-15", participants=["GRC", "JOR"],
               date="2025-10-14"),
            Ex("Negotiators have finished the text of a status-of-forces agreement with Papua New Guinea. Australia will "
               "sign it in Port Moresby in December.", published="2025-10-15", participants=["AUS", "PNG"],
               date="2025-12", status="planned"),
        ),
        counterexamples=(
            # not signed, or not yet; a sale; a bill; no instrument told
            Ex("A defence pact between Chile and Peru is ready, but neither government has signed it.", published="2025-03-12"),
            Ex("A defence pact between Chile and Peru is ready. The two ministers could sign it in Arica next month if "
               "the cabinets agree.", published="2025-03-12"),
            Ex("The contract for six radars between Latvia and Denmark is ready. Both ministries will sign it on Friday.",
               published="2025-03-12"),
            Ex("A fisheries agreement between Senegal and Spain is final. Both governments will sign it on Friday.",
               published="2025-03-12"),
            Ex("Parliament passed the defence budget bill on Monday. Kenya's president will sign it into law on Friday.",
               published="2025-03-12"),
            Ex("Poland and Lithuania held talks on the corridor. They will sign it on Friday.", published="2025-03-12"),
        ),
    ),
    Rule(
        id="agreement.under_partnership",
        cues=("under",),
        summary="<actors> committed to ... under a new ... partnership|agreement|framework",
        pattern=r"""
            \b(?:committed|commit|commits|pledged|pledge|pledges|vowed)\s+to\s+(?:(?!\.)[\w’'\-,]+\s+){1,14}?
            (?P<trigger>under\s+(?:a|an|the)\s+new\s+(?:(?P<name>(?:\p{Lu}[\p{L}’'-]+\s+(?:(?:and|of|for|on)\s+)?){1,5})(?=(?-i:Partnership|Agreement|Framework|Pact|Treaty|Compact))|(?:[\w’'\-]+\s+){0,4}?)(?i:partnership|agreement|framework|pact|treaty|compact))\b
        """,
        build=_build_under,
        examples=(
            Ex("Australia and Japan committed to closer maritime surveillance under a new strategic defence partnership.",
               participants=["AUS", "JPN"]),
        ),
        counterexamples=(
            "The bank committed to lending more under a new partnership with local councils.",
        ),
    ),
)
