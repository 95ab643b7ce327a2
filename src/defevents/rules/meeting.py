"""Meetings: who met whom, where, in which forum.

Shapes handled:
    (held) talks at|in|between|with ...          <actors> met (with) <actors>
    a bilateral|ministerial|<forum> ... meeting  <forum> summit, summit of|in ...
    <actor> visited <state|city>, visit to ...   <actor> hosted|welcomed <actors> (to <place>)
    <actor> joined his|her counterparts from <states> in <city>
    held discussions|consultations with ...      <actors> ... on the sidelines of <forum>
Not meetings: "regular talks" (habitual), "talks could resume" (hypothetical), a meeting of a
company board or of people with no state or organisation named, "met the target", and phone
or video calls ("spoke by phone with", "held a video call"): a meeting has a place.
Participants: the subject and the parties after with/between/from; a "counterpart" brings the
other side (the subject's state or the home state); a forum meeting with no state named
(the E5 ministers' meeting, the NATO summit) has the forum as its participant.
"""

from __future__ import annotations

import regex

from ..actors import Mention, organisation_actor, state_actor
from ..document import Document
from ..schema import Actor
from . import Draft, Ex, Rule
from ._args import (actors_of, for_firms, counterpart_side, distinct_states, draft, evidence_end, leading_subject, location_of,
                    objects_after, party_count, phrase_end, resolve_references, subject_before)
from ._patterns import expand

_FORUM_NOUN = regex.compile(r"(?i)(?:summit|ministers?['’]?\s+meeting|ministerial|council|conference|dialogue|forum|meeting|talks)")


def _forum_of(m) -> Actor | None:
    """The organisation or group a mention stands for: "NATO", "E5", "E5 defence ministers"."""
    if m.code is None or m.form == "institution":
        return None
    if m.actor.kind in ("group", "organisation"):
        return m.actor
    if m.actor.kind == "person" and m.actor.country is None:
        return organisation_actor(m.code, m.actor.span)
    return None


_NAMED_FORUM = regex.compile(
    r"(?<![\w-])(?:the\s+)?(?P<name>(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}(?:Dialogue|Forum|Conference|Council|Summit|Group|Meeting|Symposium|Format|Initiative))\b")
_NON_OFFICIAL = regex.compile(
    r"(?i)\b(?:trade|business|investment|investor|tourism|tourist|cultural|student|sports?|football|music|commercial|"
    r"industry|corporate|shareholder|board|union|church|school|fan)s?\s+(?:delegation|mission|team|group|leaders|executives|bosses|"
    r"representatives|meeting|talks|summit|visit|trip)")


# "UN sanctions", "NATO membership": the organisation qualifies another noun, it is not where they met
_NOT_FORUM = regex.compile(
    r"(?i)\s+(?:sanctions|resolutions?|reports?|peacekeep\w*|envoys?|observers|inspectors|monitors|charter|mandate|"
    r"membership|standards?|aid|funding|agency|agencies|experts?|investigators?|officials?\s+said)\b")
_VENUE_WORD = regex.compile(r"\s+(?i:headquarters|HQ|building|premises|base)\b")


_FORUM_INTRO = regex.compile(r"(?i)(?:^|\s)(?:of|at|for|during|to\s+attend)\s+(?:the\s+)?$")
_SENTENCE_STOP = regex.compile(r"[.;]")
_FORUM_GAP = regex.compile(
    r"(?i)^\s+(?:of|for|from|with|at)?\s*(?:the\s+)?(?:next|latest|first|annual|upcoming|forthcoming|regular|extraordinary|emergency|informal)?\s*$")


def _forum(doc: Document, a: int, trigger: tuple[int, int]) -> tuple[Actor | None, str | None, bool]:
    """The forum a meeting belongs to, its name as written, and whether the forum is the meeting
    itself ("the E5 defence ministers' meeting", "the NATO summit", "a meeting of the UDCG",
    "joined his counterparts from the JEF") rather than its setting ("on the sidelines of")."""
    text = doc.text
    named = [m for m in _NAMED_FORUM.finditer(text, trigger[1], min(len(text), trigger[1] + 140))
             if _FORUM_INTRO.search(text[trigger[1]:m.start("name")]) and not _SENTENCE_STOP.search(text[trigger[1]:m.start("name")])]
    before = [(x, f) for x in doc.mentions_in(max(a, trigger[0] - 70), trigger[0]) if (f := _forum_of(x))
              and not _VENUE_WORD.match(text, x.end) and not _NOT_FORUM.match(text, x.end)]
    after = [(x, f) for x in doc.mentions_in(trigger[1], trigger[1] + 60)
             if (f := _forum_of(x)) and not _VENUE_WORD.match(text, x.end)
             and _FORUM_GAP.match(text[trigger[1]:x.start])]
    setting = bool(regex.search(r"(?i)(?:sidelines|margins)\s+of$", text[trigger[0]:trigger[1]]))
    if named and not after:
        m = named[0]
        org = doc.mentions_in(m.start("name"), m.end("name"))
        actor = next((f for x in org if (f := _forum_of(x))), None)
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


_CIRCUMSTANCE = regex.compile(r"(?i)\b(?:during|at|after|following|before|ahead\s+of|on\s+the\s+sidelines\s+of)\s+(?:a|an|their|the)\s+(?:[\w’'-]+\s+){0,2}$")


def _compound(doc: Document, pos: int) -> list[Mention]:
    """ "EU–Canada summit", "US-Japan talks": parties joined by a dash right before the trigger."""
    out: list[Mention] = []
    right = pos
    for m in reversed(doc.mentions_in(max(0, pos - 60), pos)):
        gap = doc.text[m.end:right]
        if not regex.fullmatch(r"\s*" if not out else r"\s*[-‐–—/]\s*", gap) and not (out == [] and regex.fullmatch(r"\s+(?:[\w’'-]+\s+){0,2}", gap)):
            break
        out.append(m)
        right = m.start
    return out[::-1] if len(out) >= 2 else []


_WELCOMED_TO = regex.compile(r"\bto\s+(?:the\s+)?$")


def _meeting(m: regex.Match[str], doc: Document, rule: Rule, *, definite_ok: bool = False,
             loose_subject: bool = False, visit: bool = False, direct: bool = False,
             min_parties: int = 1, host_at_home: bool = False) -> Draft | None:
    ts, te = m.span("trigger")
    text = doc.text
    clause = doc.clause(ts)
    if _NON_OFFICIAL.search(text, max(clause[0], ts - 60), min(clause[1], te + 20)):
        return None
    window_end = min(phrase_end(doc, te), te + 220)
    if loose_subject:
        subject = [x for x in doc.mentions_in(clause[0], m.start()) if x.actor.kind != "company"]
    else:
        subject = subject_before(doc, m.start(), joint=True)
    preps = r"with|between|from|of|hosted\s+by|by|among|amongst|bringing\s+together|gathering|attended\s+by|involving" + (r"|to" if visit else "")
    objects = objects_after(doc, te, window_end, preps, direct=direct)
    in_trigger = doc.mentions_in(m.start(), te)
    compound = _compound(doc, m.start())
    counter = [x for x in doc.mentions_in(min([s.start for s in subject] + [m.start()]), window_end) if x.form == "counterpart"]
    mentions = distinct_states(doc, resolve_references(doc, for_firms(doc, [*subject, *compound, *in_trigger, *objects]), ts), ts)
    actors = [a for a in actors_of([*mentions, *counter]) if a.kind != "company"]
    actors += counterpart_side(doc, counter, subject)
    place = location_of(doc, te, window_end) or location_of(doc, max(clause[0], m.start() - 80), m.start())
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
    if host_at_home and place is None and m.group("trigger").lower().startswith("welcom"):
        # "welcomed Japan's defence minister to Canberra"
        place = next((p for p in doc.places_in(te, window_end)
                      if _WELCOMED_TO.search(text, max(te, p.span.start - 12), p.span.start)), None)
    if host_at_home and place is not None and place.country and place.country not in {a.code for a in actors} \
            and (all(x.form == "person" and not x.code for x in subject) if subject else counter):
        # "Defence Minister Richard Marles hosted his Japanese counterpart in Darwin": a host whose
        # state the text does not give receives guests at home
        actors.append(state_actor(place.country, place.span))
    if not actors and _CIRCUMSTANCE.search(text, max(0, m.start() - 30), m.start()):
        # "agreed a roadmap during a meeting in London": the parties of the sentence met
        actors = actors_of(resolve_references(doc, leading_subject(doc, ts), ts))
    forum, forum_name, forum_is_meeting = _forum(doc, clause[0], (ts, te))
    if compound and forum_name:
        forum_name = " ".join(text[compound[0].start:te].split())  # "EU–Canada summit"
    if forum is not None and not compound:
        states = [x for x in actors if x.code != forum.code]
        if forum_is_meeting and len({x.code for x in states}) <= 1:
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
            if forum is not None and _forum_of(x) is not None and _forum_of(x).code == forum.code
            and not regex.search(r"[,;:.]", text[x.end:ts])]
    start = min([x.start for x in subject] + [x.start for x in compound] + lead[:1] + [m.start()])
    n = len(codes) if forum is None else 3
    fmt = "bilateral" if n == 2 or "bilateral" in m.group().lower() else ("multilateral" if n > 2 or forum else None)
    d = draft(rule, m, start=start, end=end, participants=actors, anaphoric=not codes,
              forum=forum_name, format=fmt)
    d.location = place
    return d


def _build(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, definite_ok=True)


def _build_talks(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """Talks someone held need one named party; a bare "talks" noun needs two (or a forum)."""
    held = bool(m.group("held"))
    return _meeting(m, doc, rule, definite_ok=True, min_parties=1 if held else 2)


def _build_two_sides(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, min_parties=2, direct=True)


# "received the first three of 54 tanks", "received six Rafale jets", "received its second frigate":
# a delivery (export_deal.delivery reads it), not a visitor received
_GOODS = regex.compile(r"\s+" + expand("(?&GOODS)"), regex.X)


def _build_hosted(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    te = m.end("trigger")
    if m.group("trigger").lower().startswith("receiv") and (
            _GOODS.match(doc.text, te) or doc.systems_in(te, min(len(doc.text), te + 50))):
        return None
    return _meeting(m, doc, rule, min_parties=2, direct=True, host_at_home=True)


def _build_visit(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, min_parties=2, visit=True, direct=True)


# "called on Indonesia's defence minister", "called on his counterpart": the person right after
_CALLED_ON_GAP = regex.compile(r"\s+(?:(?:the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?")
# "called on Russia to withdraw": an appeal, not a call paid
_APPEAL = regex.compile(r"[^.;]{0,40}?\bto\s+(?!(?:the|his|her|their|its|a|an)\b)[a-z]+\b")


def _build_called_on(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "paid a courtesy call on Nepal's army chief", "called on the Indonesian defence minister": a
    visit to an office holder. A plain "called on" needs a person right after it and no "to <verb>"."""
    te = m.end("trigger")
    if m.group("trigger").lower().startswith(("called", "calls", "call")):
        first = doc.mentions_in(te, min(len(doc.text), te + 120))[:1]
        if not first or first[0].form not in ("person", "counterpart") \
                or not _CALLED_ON_GAP.fullmatch(doc.text, te, first[0].start) \
                or _APPEAL.match(doc.text, first[0].end):
            return None
    return _meeting(m, doc, rule, min_parties=2, direct=True)


def _build_sidelines(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _meeting(m, doc, rule, min_parties=2, loose_subject=True)


RULES = (
    Rule(
        id="meeting.talks",
        summary="(held) talks|consultations|discussions at|in|between|with ...",
        pattern=r"""
            (?:\b(?P<held>held|hold|holds|holding|had|have|has|opened|began|concluded|wrapped\s+up)\s+(?:(?:[\w’'+-]+\s+){0,6}?))?
            (?P<trigger>\b(?i:talks|consultations|discussions)\b)
            (?=\s+(?:at|in|between|with|on\s+the\s+sidelines|here|there|hosted)\b|\s*,?\s+(?:held|hosted)\b
               |\s+(?:on|about|over)\s+(?:[\w’'-]+\s+){1,5}?(?:in|at)\s+\p{Lu})   # talks on <topic> in <place>
        """,
        build=_build_talks,
        examples=(
            Ex("Japanese Defence Minister Gen Nakatani, who held talks with South Korea's deputy defence minister on Tuesday, said ties would deepen.",
               published="2025-06-12", participants=["JPN", "KOR"], date="2025-06-10"),
            Ex("The agreement was reached during talks at Downing Street between Prime Minister Sir Keir Starmer and Polish president Karol Nawrocki.",
               participants=["GBR", "POL"], location="Downing Street", date="2026-01-20"),
            Ex("South Korean President Lee Jae-myung held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.",
               published="2025-08-25", participants=["JPN", "KOR"], location="Tokyo", date="2025-08-23"),
            Ex("Turkey's defence minister will hold talks in Rome with his Italian counterpart next week.",
               published="2025-02-03", participants=["ITA", "TUR"], status="planned", location="Rome"),
            Ex("Japan and Australia will hold the next round of their 2+2 talks in Tokyo later this year.",
               published="2025-06-12", participants=["AUS", "JPN"], status="planned", location="Tokyo"),
            Ex("India and France will hold a second round of talks on submarine cooperation in New Delhi on 14 July.",
               published="2025-06-12", participants=["FRA", "IND"], status="planned", location="New Delhi",
               date="2025-07-14"),
        ),
        counterexamples=(
            "Defence Secretary John Healey is in regular talks with European partners on joint production.",
            "Talks with unions at the Tesco distribution centre broke down on Friday.",
            "Talks between Greece and Turkey could resume next year, diplomats said.",
            "Analysts gave talks on drone warfare in London and Paris last month.",
        ),
    ),
    Rule(
        id="meeting.called_on",
        summary="<actor> paid a (courtesy) call on|called on <office holder>",
        pattern=r"""(?P<trigger>\b(?i:(?:paid|pays|paying|will\s+pay)\s+(?:a|an)\s+(?:(?:courtesy|farewell|introductory|official|bilateral)\s+)?call\s+on
                    |called\s+on|calls\s+on|will\s+call\s+on))\b""",
        build=_build_called_on,
        examples=(
            Ex("The Indian ambassador paid a courtesy call on Nepal's army chief in Kathmandu on Monday.",
               published="2025-06-12", participants=["IND", "NPL"], date="2025-06-09", location="Kathmandu"),
            Ex("Australia's ambassador called on Indonesia's defence minister in Jakarta on Tuesday.",
               published="2025-06-12", participants=["AUS", "IDN"], location="Jakarta"),
        ),
        counterexamples=(
            "Britain called on Russia to withdraw its troops from Ukraine.",
            "The French president called on his German counterpart to back the plan.",
            "The EU foreign policy chief called on both sides to show restraint.",
        ),
    ),
    Rule(
        id="meeting.met",
        summary="<actors> met (with) <actors>",
        pattern=r"""(?P<trigger>\b(?:met|meets|meet|came\s+together|come\s+together|comes\s+together|convened|convenes|gathered)\b)(?=\s+(?:with\s+)?(?:(?:the|his|her|their|its)\s+)?[\p{Lu}\w])(?!\s+(?:[\w’'%-]+\s+){0,4}?(?:targets?|requirements?|deadlines?|criteria|standards?|goals?|demands?|costs?|needs|expectations|obligations?|commitments?|benchmarks?|thresholds?|quotas?)\b)""",
        build=_build_two_sides,
        examples=(
            Ex("Seoul and Tokyo discussed UN sanctions against North Korea when their defence ministers met in Busan on Friday.",
               published="2025-06-12", participants=["JPN", "KOR"], location="Busan", date="2025-06-06"),
            Ex("The Defence Secretary also met with his French counterpart on Tuesday evening.",
               published="2025-03-12", participants=["FRA", "GBR"], date="2025-03-11TEV"),
            Ex("Australian Defence Minister Richard Marles met Indian Defence Minister Rajnath Singh in New Delhi on 9 October.",
               published="2025-10-12", participants=["AUS", "IND"], date="2025-10-09", location="New Delhi"),
            Ex("Finland and Sweden's army chiefs met in Helsinki to coordinate exercises.",
               participants=["FIN", "SWE"], location="Helsinki"),
            Ex("The defence ministers of Estonia, Latvia and Lithuania came together in Riga on Friday.",
               published="2025-10-13", participants=["EST", "LTU", "LVA"], date="2025-10-10"),
        ),
        counterexamples=(
            "The programme met its deadline after Babcock delivered the last hull.",
            "The Pentagon said the F-35 met the requirements for the Block 4 upgrade.",
            "Germany's chancellor may meet Chinese leaders later this year.",
        ),
    ),
    Rule(
        id="meeting.meeting_noun",
        summary="a bilateral|trilateral|ministerial|<forum> ... meeting (with|between|of|in|on)",
        pattern=r"""
            (?:\b(?P<kind>bilateral|trilateral|multilateral|ministerial|ministers?['’]?|leaders?['’]?|chiefs?['’]?|defen[cs]e|security|summit|high-level|two-day|one-day|emergency|informal|extraordinary)\s+(?:(?:[\w’'-]+\s+){0,2}?))?
            (?<!\b(?:is|are|was|were|be|been|being|not)\s)(?P<trigger>\b(?i:meetings?)\b)
            (?!\s+(?:the|its|their)\s+(?:target|requirements?|deadline))
        """,
        build=_build,
        examples=(
            Ex("UK Defence Minister Maria Eagle cited bilateral meetings with her French counterpart in Paris on 11 March.",
               published="2025-03-24", participants=["FRA", "GBR"], location="Paris", date="2025-03-11"),
            Ex("Britain took part in the E5 defence ministers’ meeting on 12 March.",
               published="2025-03-24", participants=["E5"], date="2025-03-12", forum="E5"),
            Ex("A trilateral meeting between the US, Japan and South Korea took place in Washington on Friday.",
               published="2025-07-14", participants=["JPN", "KOR", "USA"], date="2025-07-11"),
        ),
        counterexamples=(
            "Turkish defence companies held meetings with Saudi Arabia's state holding company SAMI in Riyadh on Tuesday.",
            "Shareholders approved the plan at the annual general meeting of Rolls-Royce.",
            "The board meeting of the football club lasted three hours.",
            "Ministers meet regularly to review the programme.",
        ),
    ),
    Rule(
        id="meeting.summit",
        summary="<forum> summit | summit of|in|with ...",
        pattern=r"""(?<!\b(?:reached|reach|reaches|reaching|climbed|climb|climbing|scaled|scale|conquered|on)\s+(?:the\s+)?)(?P<trigger>\b(?i:summit|summits)\b)(?!\s+of\s+(?:Mount|Mt\.?|the\s+(?:mountain|peak|hill))\b)(?!\s+(?:of|for)\s+(?:tech|business|chief\s+executives|CEOs|investors))""",
        build=_build,
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
        ),
    ),
    Rule(
        id="meeting.visit",
        summary="<actor> visited <state|city> | <actor>'s visit to <state|city>",
        pattern=r"""(?P<trigger>\b(?i:visited|visits|visiting|visit|trip|travelled|traveled)\b)(?!\s+(?i:forces?|troops|personnel)\b)(?=\s+(?:to\s+|in\s+)?(?:the\s+)?\p{Lu})""",
        build=_build_visit,
        examples=(
            Ex("Polish President Andrzej Duda visited Seoul on Wednesday for talks on defence production.",
               published="2024-10-25", participants=["KOR", "POL"], date="2024-10-23"),
            Ex("ROME, May 6 (Reuters) - Japan and Italy signed a defence pact during Prime Minister Shigeru Ishiba’s visit to Rome on Monday.",
               published="2025-05-06", participants=["ITA", "JPN"], date="2025-05-05"),
        ),
        counterexamples=(
            "Tourists visited Paris in record numbers last summer.",
        ),
    ),
    Rule(
        id="meeting.hosted",
        summary="<actor> hosted|welcomed <actors> (to <place>)",
        pattern=r"""(?P<trigger>\b(?:hosted|hosts|host|hosting|welcomed|welcomes|welcome|received|receives)\b)(?=\s+(?:(?:his|her|their|the)\s+)?[\p{Lu}\w])(?!\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:dinner|reception|concert|match|party|event|exhibition|festival|mission\s+of|observers|inspectors|monitors|weapons|assurances?|letters?|reports?|(?:phone|telephone|video)\s+calls?|delivery|deliveries|shipments?|approval|funding|support|criticism|award|news|order)\b)""",
        build=_build_hosted,
        examples=(
            Ex("Japanese Prime Minister Shigeru Ishiba received Philippine President Ferdinand Marcos Jr. in Tokyo on Wednesday.",
               published="2025-06-12", participants=["JPN", "PHL"], location="Tokyo", date="2025-06-11"),
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
        ),
        counterexamples=(
            "The club hosted its Norwegian rivals in Helsinki on Friday.",
            "Mayor Sadiq Khan welcomed French tourists to London on Monday.",
            "Defence Minister Pål Jonson regularly hosts Nordic counterparts in Stockholm.",
            "The ministry welcomed the decision by the court.",
            "Canada's defence minister received a phone call from his Polish counterpart.",  # a call is not a meeting
            "Romania has received the first three of 54 Abrams tanks from the United States.",
            "Greece received six Rafale jets from France last year.",
            "The Philippine Navy received its second frigate from South Korea's Hyundai Heavy Industries on Monday.",
        ),
    ),
    Rule(
        id="meeting.joined_counterparts",
        summary="<actor> joined his|her counterpart(s) (from <states>) (in <city>)",
        pattern=r"""(?P<trigger>\b(?:joined|join|joins|joining)\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+)?(?:counterparts?|opposite\s+numbers?|colleagues|peers))\b""",
        build=_build,
        examples=(
            Ex("The Defence Secretary will join his counterparts from France, Germany, Italy and Poland in Paris today.",
               published="2025-03-12", participants=["DEU", "FRA", "GBR", "ITA", "POL"], location="Paris",
               date="2025-03-12", status="planned"),
            Ex("Yesterday, the Chief of the Defence Staff joined his French counterpart to further discussions on Ukraine.",
               published="2025-03-12", participants=["FRA", "GBR"], date="2025-03-11"),
        ),
        counterexamples=(
            "He joined the army in 1998.",
        ),
    ),
    Rule(
        id="meeting.named_forum",
        summary="<actors> held|hosted|attended|opened the (annual) <Name> Dialogue|Consultations|Forum|2+2 ...",
        pattern=r"""\b(?i:held|hold|holds|hosted|hosts|host|attended|attends|attend|opened|co-chaired|chaired|convened)\s+
                    (?:(?:the|their|its|an|a)\s+)?(?:(?:annual|first|second|third|\w+th|inaugural|latest|regular|biennial)\s+)*
                    (?P<trigger>(?:\p{Lu}[\p{L}’'-]*\s+|\d\+\d\s+|and\s+|of\s+){1,6}(?:Dialogue|Consultations|Forum|Talks|Meeting|Summit|Conference|Council|Committee|Commission))\b""",
        build=_build_two_sides,
        examples=(
            Ex("Japan and Australia held their annual 2+2 Ministerial Consultations in Tokyo on Thursday.",
               published="2025-09-06", participants=["AUS", "JPN"], date="2025-09-04"),
        ),
        counterexamples=(
            "The club held its Annual General Meeting at the stadium on Monday.",
        ),
    ),
    Rule(
        id="meeting.sidelines",
        summary="<actors> ... on the sidelines of <forum|event>",
        pattern=r"""(?P<trigger>\bon\s+the\s+(?:sidelines|margins)\s+of)\b""",
        build=_build_sidelines,
        examples=(
            Ex("Japan and the Philippines discussed coastguard cooperation on the sidelines of the Shangri-La Dialogue.",
               participants=["JPN", "PHL"]),
        ),
        counterexamples=(
            "Analysts gathered on the sidelines of the conference to discuss markets.",
        ),
    ),
)
