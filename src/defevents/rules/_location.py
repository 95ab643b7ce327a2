"""Where an agreement was signed, a deal signed or delivered, or a force based: the event's place.

Meetings find their place in their own rules (a meeting is a place and a time). The other three
types state theirs in a few phrasing families, all read in the trigger's clause:

* after the trigger, introduced by "in" or "at" (and "into"): "signed in Nicosia on Monday",
  "took delivery of the frigate at Kiel", "arrived at Keflavík Air Base", "stationed at Tapa",
  "the handover took place at Naval Group's yard in Lorient", "at a ceremony in Canberra";
* a site named with its kind in lower case: "at the Hmeimim air base", "at the Cincu training
  area", "at the port of Djibouti", "at Tien Sa port in Da Nang" (the site, then its city);
* for a deployment, also "to" or "for" before a place or base that is not a state ("deployed to
  Evenes Air Station", "left Entebbe for Juba");
* just before the trigger: "the Nigerian Air Force on Saturday in Abuja took delivery", or a
  clause that opens on its place ("In Ankara on Tuesday, the two ministers signed ...").

The place is a city, venue or base: a state is the host or a party, never the location; a sea or
region ("the Indo-Pacific") is where ships sail, not a place. A place after the object's topic
("a memorandum on security in Pilar") or inside a relative or participle phrase ("Airbus, which
builds the aircraft in Seville", "trucks built in Minsk") is not the event's, nor is the seat of
a source ("the Defence Ministry in Berlin said") or an actor ("Pyongyang's first"). After a topic,
only a capital or a place followed by the event's time ("in Riga this afternoon") is read.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from .. import gazetteers
from ..document import Document
from ..actors import DEMONYM_CAPITAL
from ..schema import Place
from . import Draft
from ._args import AT_A_SEAT, DEPARTED, here, in_dateline_city, is_region, location_of

__all__ = ["locate"]

_REACH = 220  # characters after the trigger that may still hold its place
_BEFORE = 60  # characters before the trigger: "on Saturday in Abuja took delivery"

# what ends the part of the clause that tells the event itself
_BREAK = regex.compile(
    r"""(?i)\b(?:which|who|whom|whose|that\s+(?!same\b)\w+s?|while|whilst|where|as(?!\s+(?:part|well)\b)|after|before|following|amid|since|because|including|to\s+be|to\s+(?:replace|join|support|serve|reinforce|train|help|take|relieve|conduct|protect|carry|set|build|produce|assemble))\b
      |,\s+(?:built|made|produced|assembled|manufactured|designed|developed|based|headquartered|owned|operated|used|delivered|bought|ordered|acquired|purchased|sold|paid|valued|worth|bringing|making|marking|ending|raising|adding|replacing|taking)\b
      # "from Metal Shark, a yard based in Louisiana": the maker's seat, not the event's place
      |,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:yard|shipyard|firm|company|maker|manufacturer|builder|supplier|contractor|group)\s+(?:based|headquartered)\b""",
    regex.X,
)
# "in|at" right before the place, or with up to three words between ("at the port of", "at Naval
# Group's shipyard in"): the place is where the event happened
_FILLER = r"(?:(?!(?:what|which|who|that|would|could|is|was|be|the\s+presence)\b)[\w’'-]+\s+){0,3}"
_INTRO = regex.compile(rf"(?i)\b(?:in|at|into|inside)\s+(?:the\s+)?{_FILLER}$")
_INTRO_DEPLOYED = regex.compile(
    # ("dropped anchor off Apia", "reached Kiel on Monday", "entered the port of Lobito": a ship's port)
    rf"(?i)\b(?:(?:in|at|into|inside|to|off|reached|reaches|reach|entered|enters|call\s+on|visit\s+on|visited|visits|visit)\s+(?:the\s+)?{_FILLER}"
    rf"|{DEPARTED}\s+(?:[\w’',()/-]+\s+){{0,8}}for\s+(?:the\s+)?"
    # "operating from Ämari air base", "flying sorties out of Šiauliai": the base flown from
    r"|(?:operat(?:e|es|ed|ing)|flying|flown|flies|flew)\s+(?:[\w-]+\s+){0,3}?(?:from|out\s+of)\s+(?:the\s+)?)$")
# "a memorandum on maritime security in ...", "cooperation in the fields of": a topic, whose place
# is the topic's
_TOPIC = regex.compile(r"(?<![\w-])(?i:on|about|regarding|concerning|covering|in\s+the\s+(?:fields?|areas?)\s+of)\s+(?!(?:the\s+)?\d|(?:the\s+)?\p{Lu})")
# a venue and its town after a topic: "signed on Tuesday an agreement on border demining at the army headquarters in Lima"
_VENUE_IN = regex.compile(r"(?i)\bat\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:headquarters|ministry|palace|academy|building|residence|"
                          r"embassy|general\s+staff|command|barracks)\s+in\s+\Z")
# "In Ankara on Tuesday, the ministers signed", "On 21 November in Paris, ...", "Late last month in Kigali, ...":
# the clause opens on its place
_OPENS_ON_PLACE = regex.compile(r"(?i)[\s\"“‘']*(?:(?:on|last|this|earlier|early|late|later|in|during)\s+[\w’' -]{1,25}?,?\s+)?(?:in|at)\s+\S")
# what may stand between a place and the trigger after it: "on Saturday in Abuja took delivery"
_JUST_BEFORE = regex.compile(r"(?i)(?:,?\s+(?:on|last|this|earlier)\s+[\w’' ]{1,25}?)?,?\s+(?:(?:has|have|had|was|were|formally|officially|also|finally)\s+)*")
# "delivered on Thursday in", "took place at": a place that a verb's phrase opens with
_VERB_LED = regex.compile(r"(?i)\b(?:\w+ed|took\s+place|held)\s+(?:(?:on|last|this|earlier)\s+[\w’' ]{1,25}?\s+)?(?:in|at)\s+(?:the\s+)?$")
# after the place: it is a source's seat or an actor, not a place of the event
_NOT_SETTING_AFTER = regex.compile(r"(?i)(?:['’]s?\b|\s+(?:said|says|announced|told|stated|reported|confirmed|added)\b)")
# a site named with its kind in lower case, or a port named after its city
_SITE = regex.compile(
    r"""(?<=\b(?:in|at|into|to|from|out\s+of|off|entered|enters|reached|reaches)\s+(?:the\s+)?)
        (?:(?P<site>(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:air\s+base|naval\s+base|army\s+base|military\s+base|air\s+station|naval\s+station|
            training\s+(?:area|ground|centre|center|camp)|firing\s+range|range|base|camp|barracks|garrison|airport|airfield|air\s*field|port|harbou?r|shipyard|dockyard|naval\s+yard|yard|
            # (a berth is one whatever its case: "at Queen Salote Wharf", "at the Kings Pier")
            [Ww]harf|[Pp]ier|[Jj]etty|[Qq]uay))
          |(?:[Pp]ort|[Hh]arbou?r|(?:naval\s+|air\s+)?base)\s+of\s+(?P<port>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?))\b""",
    regex.X,
)
# a town's own site, named after it in the possessive: "arrived at Manila's South Harbor", "pulled into Mombasa's
# Kilindini Harbour", "Jakarta's Tanjung Priok port"
_CITY_SITE = regex.compile(
    r"(?<=\b(?:in|at|into|to|off|entered|reached)\s+)(?P<city>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)['’]s\s+"
    r"(?P<site>(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:[Hh]arbou?r|[Pp]ort|[Aa]irport|[Aa]ir\s+[Bb]ase|[Nn]aval\s+[Bb]ase|[Dd]ockyard|"
    r"[Ww]harf|[Pp]ier|[Qq]uay|[Tt]erminal))\b")
# a ship's port without "in|at": "dropped anchor off Apia", "reached Kiel on Monday", "entered Batumi harbour"
# (and "sailed for Apia": a listed town after a departure, which the intro then requires)
_REACHED_OR_BOUND_FOR = regex.compile(r"(?i)\b(?:off|reached|reaches|reach|entered|enters|for|visited|visits|visit)\s+(?:the\s+)?$")
# "for Bentiu", "into Juba", "to Ungheni": a destination named after a departure or a deployment
_FOR_TOWN = regex.compile(r"(?<=\b(?:for|into|to)\s+)(?!(?:Operation|Exercise|Mission|Task|Joint|Combined|Standing|Forward|Eastern|Western|Northern|Southern)\b)"
                          r"\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\b")
# "Tien Sa port in Da Nang", "Camp Aguinaldo, Quezon City": a site and then its town
_IN_TOWN = regex.compile(r"(?:,\s+|\s+(?:in|at|near)\s+)(?P<town>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\b")
# a name that ends on what it is: a site, which the town after it locates
_SITE_WORD = regex.compile(r"(?i)\b(?:base|station|port|harbou?r|airport|air\s*field|area|ground|range|camp|barracks|garrison|yard|shipyard|dockyard|centre|center|fortress|palace|house|hall|headquarters|building|residence)$|^(?:camp|fort)\b")
# "called at the port of Djibouti": a port named after its state's capital is a place
_PORT_OF = regex.compile(r"(?i)\b(?:port|harbou?r|(?:naval\s+|air\s+)?base)\s+of\s+$")
_TIME_AFTER = 16  # characters between a place and the time after it ("in Riga this afternoon")


class _Candidate(NamedTuple):
    start: int
    end: int
    name: str
    country: str | None
    known: bool  # from the place gazetteer or a capital, not just a capitalised name


def _window_end(doc: Document, start: int, end: int) -> int:
    m = _BREAK.search(doc.text, start, end)
    return m.start() if m else end


def _state_at(doc: Document, a: int, b: int) -> bool:
    """Whether a state's name or adjective covers any of ``a:b`` ("in Bosnia and Herzegovina")."""
    return any(m.form in ("name", "alias", "demonym", "prefix") and m.start < b and a < m.end
               for m in doc.mentions_in(max(0, a - 60), b + 60))


def _time_follows(doc: Document, pos: int) -> bool:
    return any(t.span is not None and t.span.start < pos + _TIME_AFTER for t in doc.times_in(pos, pos + 80))


_TIME_THEN_IN = regex.compile(r"(?i),?\s+(?:in|at)\s+(?:the\s+)?")


def _time_precedes(doc: Document, pos: int) -> bool:
    """Whether a time ends just before the place's "in" ("signed ... on Friday in Asunción")."""
    return any(t.span is not None and _TIME_THEN_IN.fullmatch(doc.text, t.span.end, pos)
               for t in doc.times_in(max(0, pos - 40), pos))


def _capital(doc: Document, a: int, b: int) -> bool:
    return any(m.form in ("capital", "seat") and m.start == a for m in doc.mentions_in(a, b))


def _candidates(doc: Document, start: int, end: int, deployed: bool) -> list[_Candidate]:
    out: list[_Candidate] = []
    pos = start
    while pos < end and (place := location_of(doc, pos, end)) is not None and place.span is not None:
        known = any(p.span.start == place.span.start for p in doc.places_in(place.span.start, place.span.end))
        out.append(_Candidate(place.span.start, place.span.end, place.name, place.country, known))
        if not known:
            # a venue and its listed town: the town on its own, should the venue not be the event's
            # ("on training at the Philippine Navy headquarters in Manila": a state's name in the venue)
            out += [_Candidate(p.span.start, p.span.end, p.name, p.country, True) for p in doc.places_in(place.span.start + 1, place.span.end)
                    if p.span is not None and p.span.end == place.span.end]
        pos = place.span.end
    for m in _CITY_SITE.finditer(doc.text, start, end):
        town = next((p for p in doc.places_in(*m.span("city")) if p.span is not None and p.span.start == m.start("city")), None)
        capital = next((x for x in doc.mentions_in(*m.span("city")) if x.form in ("capital", "seat") and x.start == m.start("city")), None)
        if town is not None or capital is not None:
            out.append(_Candidate(m.start("city"), m.end("site"), f"{' '.join(m.group('site').split())}, {town.name if town else m.group('city')}",
                                  town.country if town else capital.code, True))
    for m in _SITE.finditer(doc.text, start, end):
        group = "site" if m.group("site") else "port"
        out.append(_Candidate(m.start(group), m.end(group), " ".join(m.group(group).split()), None, False))
    if deployed:
        for p in doc.places_in(start, end):
            if p.span is not None and _REACHED_OR_BOUND_FOR.search(doc.text, max(0, p.span.start - 20), p.span.start):
                out.append(_Candidate(p.span.start, p.span.end, p.name, p.country, True))
        for m in _FOR_TOWN.finditer(doc.text, start, end):
            if not doc.mentions_in(m.start(), m.end()):
                out.append(_Candidate(m.start(), m.end(), m.group(), None, False))
    return sorted(out, key=lambda c: (c.start, -c.end))


# a company's seat: where it is, not where its deal was made ("a yard based in Adria")
_SEAT = regex.compile(r"(?i)\b(?:based|headquartered|located)\s+(?:in|at)\s+(?:the\s+)?$")
# where forces come from, not where the event is: "drawn from the 21st Tactical Air Base at Čáslav"
_ORIGIN = regex.compile(
    r"(?i)\b(?:drawn|coming|comes|come|came|hailing|hails|recruited|taken|transferred)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:(?:at|in)\s+(?:the\s+)?)?$")


def _accept(doc: Document, c: _Candidate, start: int, intro: regex.Pattern[str], deployed: bool) -> bool:
    text = doc.text
    if not intro.search(text, max(0, c.start - 120), c.start) or is_region(c.name):
        return False
    if not deployed and _SEAT.search(text, max(0, c.start - 40), c.start):
        return False  # "a yard based in Adria, in a contract signed in Valletta": the maker's seat
    if c.name.isupper() and not c.known:  # "in MXN 8.1 billion", "in LIG Nex1's history"
        return False
    if _NOT_SETTING_AFTER.match(text, c.end):
        return False
    if _ORIGIN.search(text, max(0, c.start - 80), c.start):
        return False  # "The detachment, drawn from the 21st Tactical Air Base at Čáslav, takes over": where it comes from
    if _TOPIC.search(text, start, c.start) and not (
            _capital(doc, c.start, c.end) or _time_follows(doc, c.end) or _time_precedes(doc, c.start) or _VENUE_IN.search(text, max(0, c.start - 60), c.start)):
        return False
    # (a state's adjective inside the place may name it: "in the Lithuanian capital")
    return not _state_at(doc, c.start, c.end) or bool(_PORT_OF.search(text, max(0, c.start - 20), c.start)) \
        or (c.known and DEMONYM_CAPITAL.fullmatch(text, c.start, c.end) is not None)


def _with_town(doc: Document, c: _Candidate) -> Place:
    """The place, with the town that follows a site ("Tien Sa port in Da Nang")."""
    end, name, country = c.end, c.name, c.country
    if _SITE_WORD.search(name) and (m := _IN_TOWN.match(doc.text, c.end)) is not None \
            and not _state_at(doc, *m.span("town")) and not _NOT_SETTING_AFTER.match(doc.text, m.end("town")):
        town = next((p for p in doc.places_in(m.start("town"), m.end("town"))), None)
        end = m.end("town")
        # (a listed site keeps the name the text gives it: "Naval Station Rota in Cádiz", not "Rota, Cádiz")
        name = f"{' '.join(doc.text[c.start:c.end].split())}, {town.name if town else m.group('town')}"
        country = country or (town.country if town else None)
    return Place(name=name, country=country, span=doc.span(c.start, end))


def _first(doc: Document, start: int, end: int, deployed: bool, *, verb_led: bool = False) -> Place | None:
    """The first place between ``start`` and ``end`` that is the event's; with ``verb_led``, only
    one that opens a verb's phrase ("delivered on Thursday in Lorient")."""
    intro = _INTRO_DEPLOYED if deployed and not verb_led else _INTRO
    for c in _candidates(doc, start, end, deployed):
        if verb_led and not _VERB_LED.search(doc.text, max(0, c.start - 60), c.start):
            continue
        if _accept(doc, c, c.start if verb_led else start, intro, deployed):
            return _with_town(doc, c)
    return None


def locate(doc: Document, d: Draft) -> Place | None:
    """The place where the event ``d`` (an agreement, deployment or export deal) happened."""
    if d.type == "meeting" or d.location is not None:
        return d.location  # a meeting's own, or a place a rule found outside the clause ("at the base": the base told before)
    a, b = doc.clause(d.trigger[0])
    deployed = d.type == "deployment"
    t0, t1 = d.trigger
    end = _window_end(doc, t1, min(b, t1 + _REACH))
    place = _first(doc, t0, end, deployed)
    codes = {a.code for a in d.participants if a.code}
    if place is not None:
        # "signed at the Defence Ministry headquarters on Avenida Exposición" under "QUITO –": in the dateline's city
        return (None if deployed else in_dateline_city(doc, place, codes)) or place
    if (dateline := here(doc, t1, end)) is not None:
        return dateline
    if not deployed and doc.dateline is not None and doc.dateline.country in codes and AT_A_SEAT.search(doc.text, t1, end):
        return doc.dateline  # "was signed at the Ministry of National Defence on Avenida Mariscal López" under "ASUNCIÓN –"
    if _OPENS_ON_PLACE.match(doc.text, a, t0):
        return _first(doc, a, _window_end(doc, a, t0), deployed)
    before = _first(doc, max(a, t0 - _BEFORE), t0, deployed)
    if before is not None and _JUST_BEFORE.fullmatch(doc.text, before.span.end, t0):
        return before
    # "Naval Group delivered on Thursday in Lorient the second corvette ordered by": a verb's place
    # in the evidence before the trigger
    return _first(doc, max(a, min(d.evidence[0], t0 - _REACH)), t0, deployed, verb_led=True)
