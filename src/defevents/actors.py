"""Who is named in a text: states, organisations, companies, office holders, and references to them.

Everything here is found through the gazetteers (``data/*.tsv``); no names of people are listed.
A person is tied to a state through the title they hold in the text: "Polish president Karol
Nawrocki" (qualifier), "Norway's defence minister" (possessive), "his French counterpart", or,
when the title is unqualified ("Defence Secretary John Healey"), the document's *home state*:
the state the article is written from (:func:`home_state`).

Participant codes are comparable at state level: a state's code is its alpha-3; a person, a
company or a national institution (MOD, RAF, Bundeswehr) carries the alpha-3 of the state it
acts for as ``code`` (its own identity stays in ``name``, ``kind`` and ``role``); an
international organisation or group has its own short id (NATO, EU, E5) and its ``members``.

Mentions overlap constantly ("UK Defence Secretary John Healey" contains "UK"). The policy:
the longest mention wins, then the higher kind priority, then the earlier start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import pycountry
import regex

from . import gazetteers
from .schema import Actor, Place, Span

__all__ = ["Mention", "country_name", "find_mentions", "find_places", "home_state", "resolve_home"]

# Forms a mention can take; the builder rules read these.
STATE_FORMS = ("name", "alias", "capital", "seat")
MODIFIER_FORMS = ("demonym", "prefix")

_NAME_WORD = r"(?:(?:al|el|ad|as|ash|at|bin|ibn|abu|van|von|de|da|di|du|le|la|Mc|Mac|O['’])-?)?\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{Ll}'’\-]*"
_HONORIFIC = (
    r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Gen\.|General|Admiral|Adm\.|Vice\s+Admiral"
    r"|Rear\s+Admiral|Air\s+(?:Chief\s+)?Marshal|Air\s+Vice[\s-]Marshal|Lt\.?\s+Gen\.?|Lieutenant\s+General"
    r"|Major\s+General|Maj\.?\s+Gen\.?|Brigadier(?:\s+General)?|Colonel|Col\.|Commodore|Captain|Capt\.)"
)
PERSON_NAME = (
    rf"(?:{_HONORIFIC}\s+)*{_NAME_WORD}"
    rf"(?:[ \t]*\n?[ \t]*(?:\p{{Lu}}\.\s+|(?:de|van|von|der|da|di|la|le|du|al|bin|ben)\s+)?{_NAME_WORD}){{0,3}}"
)

_APOS = r"['’]"
# "UN-brokered talks", "UK-led initiative": the name modifies, it is not a party
_MODIFIER = r"(?![-‐–](?:brokered|backed|led|style|based|made|built|funded|sponsored|linked|flagged|owned|designed|developed|produced|registered|bound|born)\b)"


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in the text, with how it was written."""

    start: int
    end: int
    actor: Actor
    form: str  # name|alias|demonym|prefix|capital|seat|organisation|group|institution|company|person|counterpart|pair|anaphor
    possessive: bool = False
    surname: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def code(self) -> str | None:
        return self.actor.code

    @property
    def is_state_like(self) -> bool:
        """A mention that names a state as a noun (not an adjective), e.g. "Poland", "the UK"."""
        return self.form in STATE_FORMS or (self.form == "institution")


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in gazetteers.load("country"):
        if row.get("form") == "name" and row.id not in names:
            names[row.id] = row.surface
    return names


def country_name(code: str) -> str:
    """A readable name for an alpha-3 code ("GBR" → "United Kingdom")."""
    try:
        c = pycountry.countries.get(alpha_3=code)
    except LookupError:
        c = None
    if c is not None:
        return getattr(c, "common_name", None) or c.name
    return _country_names().get(code, code)


def state_actor(code: str, span: Span | None = None, name: str | None = None) -> Actor:
    return Actor(name=name or country_name(code), code=code, kind="state", span=span)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    compile_ = gazetteers.compile_pattern
    b, e = r"(?<![\w\-])", r"(?![\w])"
    qual = rf"(?:(?P<qual>\L<country>)(?P<qposs>{_APOS}s)?\s+)"
    return {
        "country": compile_(rf"{b}(?P<m>\L<country>){_MODIFIER}(?P<poss>{_APOS}s?(?!\w))?(?:{e}|(?<=-))"),
        "organisation": compile_(rf"{b}(?:{qual})?(?P<m>\L<organisation>){_MODIFIER}(?P<poss>{_APOS}s)?{e}"),
        "company": compile_(rf"{b}(?P<m>\L<company>)(?P<poss>{_APOS}s)?{e}"),
        "honourable": compile_(
            rf"""(?:the\s+)?(?:Right\s+)?(?:Honourable|Hon\.)\s+(?P<name>{PERSON_NAME}),\s+(?:the\s+)?{qual}?(?P<title>(?i:\L<title>))(?![\w])""",
            regex.VERBOSE),
        "ship": compile_(rf"{b}(?P<m>\L<ship_prefix>)\s+(?P<name>\p{{Lu}}[\p{{L}}’'-]+(?:\s+(?:of\s+)?\p{{Lu}}[\p{{L}}’'-]+){{0,2}}){e}"),
        "counterpart": compile_(
            rf"{b}(?:his|her|their|its|the|a)\s+(?:{qual})?(?P<m>counterparts?|opposite\s+numbers?){e}"),
        "pair": regex.compile(
            r"(?i)\b(?:both|the\s+two)\s+(?:countries|nations|allies|sides|governments|leaders|states|partners|neighbours|neighbors|capitals|"
            r"presidents|prime\s+ministers|premiers|ministers|defen[cs]e\s+ministers|foreign\s+ministers|heads\s+of\s+state|delegations|"
            r"navies|armies|militaries|air\s+forces|defen[cs]e\s+chiefs|chiefs)\b"),
        "anaphor": regex.compile(r"\b[Tt]he\s+(?:country|nation|kingdom|republic)\b(?!['’]s\s+(?:first|own))"),
    }


_GEOGRAPHIC = regex.compile(r"(?i)\b(?:gulf|sea|strait|straits|bay|cape|isle|island|islands|lake|mount|port|bight)\s+of\s+(?:the\s+)?$")
_FOLLOWED_BY_STATE = regex.compile(r"[\p{Lu}]\p{Ll}+")


def _is_city_state(row: gazetteers.Row) -> bool:
    """Singapore, Monaco: the state and its city share a name (noted "city-state" in the data)."""
    return "city-state" in row.get("note")


_KIND_PRIORITY = {"company": 5, "organisation": 4, "group": 4, "person": 3, "state": 2}
_LOCATIVE = regex.compile(r"(?i)(?:\b(?:in|at|to|near|outside|from|via|into|towards?|across|around|visit(?:ed|ing|s)?)\s+(?:the\s+)?)$")


def _org_actor(row: gazetteers.Row, span: Span, qual_code: str | None) -> tuple[Actor, str]:
    kind = row.get("kind", "organisation")
    name = gazetteers.load("organisation").name_of(row.id)
    country = qual_code or row.get("country") or None
    if kind == "institution" and country:
        return Actor(name=name, code=country, kind="organisation", country=country, span=span), "institution"
    members = row.get("members").split() if row.get("members") else []
    return Actor(name=name, code=row.id, kind="group" if kind == "group" else "organisation",
                 members=members, span=span), ("group" if kind == "group" else "organisation")


def organisation_actor(id_: str, span: Span | None = None) -> Actor | None:
    """The actor for an organisation or group id (NATO, E5), or None if it is not one."""
    rows = gazetteers.load("organisation").by_id(id_)
    if not rows or rows[0].get("kind") == "institution":
        return None
    actor, _ = _org_actor(rows[0], span or Span(start=0, end=0, text=""), None)
    return actor.model_copy(update={"span": span})


_REACH = 90  # how far before a title its qualifier and institution may start


class _PersonMatch:
    """A person phrase found from its title: the same groups as the person pattern."""

    def __init__(self, before: regex.Match[str], title: regex.Match[str], name: regex.Match[str] | None) -> None:
        self._parts = {"qual": before, "qposs": before, "inst": before, "title": title, "name": name}
        self._start = before.start()
        self._end = name.end("name") if name else title.end("title")

    def group(self, key: str) -> str | None:
        part = self._parts[key]
        return part.group(key) if part is not None else None

    def start(self, key: str | None = None) -> int:
        return self._start if key is None else self._parts[key].start(key)

    def end(self, key: str | None = None) -> int:
        return self._end if key is None else self._parts[key].end(key)


@cache
def _person_parts() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    compile_ = gazetteers.compile_pattern
    title = compile_(r"(?<![\w\-])(?P<title>\L<title>)(?![\w])")
    before = compile_(
        rf"(?<![\w\-])(?:(?:former|then|acting|incoming|outgoing|new)\s+)?"
        rf"(?:(?P<qual>\L<country>)(?P<qposs>{_APOS}s)?\s+)?(?:(?P<inst>\L<organisation>)\s+)?\Z")
    name = regex.compile(rf",?\s+(?P<name>{PERSON_NAME})(?![\w])")
    return title, before, name


def _person_matches(text: str):
    """Office holders, found from their title: the title first (one fast scan), then the
    qualifier or institution just before it ("Polish", "Norway's", "NATO"), then a name after it."""
    title_pattern, before_pattern, name_pattern = _person_parts()
    last = 0
    for t in title_pattern.finditer(text):
        if t.start() < last:
            continue
        before = before_pattern.search(text, max(last, t.start() - _REACH), t.start())
        name = name_pattern.match(text, t.end())
        m = _PersonMatch(before, t, name)
        last = m.end()
        yield m


def _raw_mentions(text: str, home: str | None) -> list[Mention]:
    pats = _patterns()
    countries = gazetteers.load("country")
    out: list[Mention] = []
    for m in pats["country"].finditer(text):
        row = countries.lookup(m.group("m"))
        if row is None:
            continue
        form = row.get("form", "name")
        if form == "name" and _is_city_state(row):
            form = "capital"  # Singapore, Monaco: "in Singapore" is the city
        if form in ("capital", "seat") and _LOCATIVE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "talks in London": a place, not the British government
        if _GEOGRAPHIC.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the Gulf of Aden", "the Sea of Japan": a sea or a feature, not a state
        if form == "prefix":
            nxt = _FOLLOWED_BY_STATE.match(text, m.end())
            if not nxt or countries.lookup(nxt.group()) is None:
                continue  # "Indo-Pacific" is a region; "Franco-German" names two states
        s, e = m.span("m")
        out.append(Mention(s, e, state_actor(row.id, Span.of(text, s, e)), form, bool(m.group("poss"))))
    orgs = gazetteers.load("organisation")
    for m in pats["organisation"].finditer(text):
        row = orgs.lookup(m.group("m"))
        if row is None:
            continue
        if not m.group("qual") and gazetteers.load("place").lookup(m.group("m")) is not None \
                and _LOCATIVE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "met in Brussels": the city, not the EU
        qrow = countries.lookup(m.group("qual")) if m.group("qual") else None
        s, e = (m.start(), m.end("m"))
        if qrow is None:
            s = m.start("m")
        actor, form = _org_actor(row, Span.of(text, s, e), qrow.id if qrow else None)
        if qrow is None and row.get("note").startswith("generic:"):
            # "the Defence Ministry said": the home state's ministry, resolved with the home state
            actor = actor.model_copy(update={"code": None, "country": None})
            form = "institution"
        out.append(Mention(s, e, actor, form, bool(m.group("poss"))))
    companies = gazetteers.load("company")
    for m in pats["company"].finditer(text):
        row = companies.lookup(m.group("m"))
        if row is None:
            continue
        s, e = m.span("m")
        country = row.get("country") or None
        out.append(Mention(s, e, Actor(name=companies.name_of(row.id), code=country, kind="company", country=country,
                                       span=Span.of(text, s, e)),
                           "company", bool(m.group("poss"))))
    titles = gazetteers.load("title")
    for m in _person_matches(text):
        trow = titles.lookup(m.group("title"))
        if trow is None:
            continue
        name = m.group("name")
        if name and (countries.lookup(name) or orgs.lookup(name) or companies.lookup(name)):
            name = None
        end = m.end("name") if name else m.end("title")
        qual = countries.lookup(m.group("qual")) if m.group("qual") else None
        inst = orgs.lookup(m.group("inst")) if m.group("inst") else None
        country = qual.id if qual else (inst.get("country") or None if inst else None)
        org_id = inst.id if inst is not None and country is None else None  # "NATO Secretary General", "E5 ministers"
        qualified = country is not None or org_id is not None
        s = m.start()
        if "military_rank" in trow.get("note") and not name:
            continue  # a bare rank ("general", "commander") names nobody
        span = Span.of(text, s, end)
        actor = Actor(name=" ".join(name.split()) if name else trow.id, code=country or org_id, kind="person",
                      country=country, role=trow.id, span=span)
        surname = name.split()[-1] if name else None
        out.append(Mention(s, end, actor, "person", surname=surname, extra={"qualified": qualified}))
    prefixes = gazetteers.load("ship_prefix")
    for m in pats["ship"].finditer(text):
        row = prefixes.lookup(m.group("m"))
        if row is None:
            continue
        span = Span.of(text, m.start(), m.end())
        out.append(Mention(m.start(), m.end(), Actor(name=" ".join(span.text.split()), code=row.id, kind="organisation",
                                                     country=row.id, span=span), "institution"))
    for m in pats["honourable"].finditer(text):
        trow = titles.lookup(m.group("title"))
        if trow is None:
            continue
        qual = countries.lookup(m.group("qual")) if m.group("qual") else None
        code = qual.id if qual else None
        span = Span.of(text, m.start(), m.end())
        out.append(Mention(m.start(), m.end(), Actor(name=" ".join(m.group("name").split()), code=code, kind="person",
                                                     country=code, role=trow.id, span=span), "person",
                           surname=m.group("name").split()[-1], extra={"qualified": code is not None}))
    for m in pats["counterpart"].finditer(text):
        qual = countries.lookup(m.group("qual")) if m.group("qual") else None
        code = qual.id if qual else None
        span = Span.of(text, m.start(), m.end())
        out.append(Mention(m.start(), m.end(), Actor(name=span.text, code=code, kind="person", country=code,
                                                     role="counterpart", span=span), "counterpart"))
    for kind in ("pair", "anaphor"):
        for m in pats[kind].finditer(text):
            span = Span.of(text, m.start(), m.end())
            out.append(Mention(m.start(), m.end(), Actor(name=span.text, kind="state", span=span), kind))
    return out


def _select(mentions: Iterable[Mention]) -> list[Mention]:
    """Longest first, then kind priority, then earliest; contained mentions are dropped."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), -_KIND_PRIORITY.get(m.actor.kind, 0), m.start))
    taken: list[Mention] = []
    if any(m.end <= m.start for m in ranked):  # empty mentions (never produced): the plain test
        for m in ranked:
            if not any(m.start < t.end and t.start < m.end for t in taken):
                taken.append(m)
        return sorted(taken, key=lambda m: m.start)
    # The characters already taken, one byte each: an overlap test costs the mention's length,
    # not the number of mentions taken so far (linear over a long document).
    occupied = bytearray(max((m.end for m in ranked), default=0))
    for m in ranked:
        if occupied.find(1, m.start, m.end) >= 0:
            continue
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)


def _surname_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Later mentions of a named office holder by surname alone ("Healey said")."""
    people = {m.surname: m for m in mentions if m.surname and m.form == "person"}
    if not people:
        return []
    pattern = regex.compile(r"\b(?P<s>" + "|".join(regex.escape(s) for s in people) + r")\b(?!\s+\p{Lu})")
    out = []
    for m in pattern.finditer(text):
        first = people[m.group("s")]
        if m.start() < first.end:
            continue
        span = Span.of(text, m.start(), m.end())
        out.append(Mention(m.start(), m.end(), first.actor.model_copy(update={"span": span}), "person",
                           surname=first.surname, extra=first.extra))
    return out


def find_mentions(text: str, home: str | None = None) -> list[Mention]:
    """Every actor mention in ``text``, in order, non-overlapping.

    Unqualified office holders and institutions take ``home`` as their state.
    """
    chosen = _select(_raw_mentions(text, home))
    chosen = _select(chosen + _surname_mentions(text, chosen))
    return [resolve_home(m, home) for m in chosen]


def resolve_home(m: Mention, home: str | None) -> Mention:
    if m.form == "institution" and m.actor.code is None:
        return replace(m, actor=m.actor.model_copy(update={"code": home, "country": home})) if home else m
    return _resolve_person(m, home)


def _resolve_person(m: Mention, home: str | None) -> Mention:
    """Give an unqualified office holder a state: the one its title is peculiar to ("Secretary of
    Defense", "Chief of the Defence Staff"), else the home state."""
    if m.form == "person" and m.actor.code is None and m.actor.role != "counterpart":
        title = _title_in_pattern().search(m.actor.span.text) if m.actor.span else None
        row = gazetteers.load("title_home").lookup(title.group()) if title else None
        code = row.id if row is not None else home
        if code:
            return replace(m, actor=m.actor.model_copy(update={"code": code, "country": code}))
    return m


_DATELINE = regex.compile(r"^\s*(?P<city>\p{Lu}[\p{Lu}\p{Ll} .'’-]{1,30}?)\s*(?:,|\(|\s[–—-])")


def home_state(text: str, mentions: Sequence[Mention] | None = None, places: Sequence[Place] = ()) -> str | None:
    """The state an article is written from, or None when the text does not tell.

    Evidence, weighted: a dateline city (5); the first state named in the first sentence of the
    body (3); an unqualified title that only one state uses ("Defence Secretary", "Secretary of
    Defense": 3 each); an unqualified national institution or seat of government (MOD, RAF,
    Downing Street: 2 each, also when named as a place: "talks at Downing Street"); a naming in
    the headline (2 more); each naming of the state (1).
    """
    mentions = find_mentions(text, None) if mentions is None else mentions
    score: Counter[str] = Counter()
    lead = text.lstrip()
    offset = len(text) - len(lead)
    first_line_end = text.find("\n", offset)
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    hints = gazetteers.load("title_home")
    body_first: str | None = None
    for m in mentions:
        if m.form == "person":
            if m.extra.get("qualified"):
                if m.actor.country:
                    score[m.actor.country] += 1
                continue
            title = _title_in_pattern().search(m.actor.span.text) if m.actor.span else None
            row = hints.lookup(title.group()) if title else None
            if row is not None:
                score[row.id] += 3
            continue
        code = m.actor.code if m.actor.kind == "state" or m.form == "institution" else None
        if not code or m.form in ("pair", "anaphor", "counterpart"):
            continue
        weight = 2 if m.form in ("institution", "seat") else 1
        if m.start < first_line_end:
            weight += 2
        elif body_first is None and m.form in ("name", "alias", "institution", "seat"):
            body_first = code
            weight += 3
        score[code] += weight
    seats = gazetteers.load("country")
    for p in places:
        row = seats.lookup(p.span.text) if p.span else None
        if row is not None and row.get("form") == "seat" and p.country:
            score[p.country] += 2
    d = _DATELINE.match(text)
    if d:
        city = d.group("city").strip().title()
        row = gazetteers.load("country").lookup(city)
        code = row.id if row is not None and row.get("form") in ("capital", "name", "alias") else None
        if code is None:
            prow = gazetteers.load("place").lookup(city)
            code = prow.get("country") if prow else None
        if code:
            score[code] += 5
    if not score:
        return None
    return score.most_common(1)[0][0]


@cache
def _title_in_pattern() -> regex.Pattern[str]:
    return gazetteers.compile_pattern(r"(?<!\w)\L<title_home>(?!\w)")


_BASE = regex.compile(r"(?<![\w-])(?P<name>RAF\s+\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?|(?:Camp|Fort|Naval\s+Station|Naval\s+Base|Air\s+Base|Joint\s+Base)\s+\p{Lu}[\p{Ll}]+|\p{Lu}[\p{Ll}]+\s+(?:Air\s+Base|Naval\s+Base|Air\s+Station|Garrison|Barracks))(?!\w)")


@cache
def _place_pattern() -> regex.Pattern[str]:
    return gazetteers.compile_pattern(r"(?<![\w-])(?:(?P<place>\L<place>)|(?P<capital>\L<country>))(?!\w)")


def find_places(text: str) -> list[Place]:
    """Cities, venues and bases named in ``text``: the place gazetteer, capitals, and base names."""
    out: list[Place] = []
    countries, places = gazetteers.load("country"), gazetteers.load("place")
    for m in _place_pattern().finditer(text):
        if _GEOGRAPHIC.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the Gulf of Aden"
        if m.group("place"):
            row = places.lookup(m.group("place"))
            if row is None:
                continue
            out.append(Place(name=row.id, country=row.get("country") or None, span=Span.of(text, *m.span())))
        else:
            row = countries.lookup(m.group("capital"))
            if row is None or row.get("form") not in ("capital", "seat"):
                continue
            out.append(Place(name=row.surface, country=row.id, span=Span.of(text, *m.span())))
    for m in _BASE.finditer(text):
        name = " ".join(m.group("name").split())
        country = "GBR" if name.startswith("RAF") else None
        out.append(Place(name=name, country=country, span=Span.of(text, *m.span())))
    out.sort(key=lambda p: (p.span.start, -(p.span.end - p.span.start)))
    dedup: list[Place] = []
    for p in out:
        if dedup and p.span.start < dedup[-1].span.end:
            continue
        dedup.append(p)
    return dedup
