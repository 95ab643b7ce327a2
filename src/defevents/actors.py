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

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import pycountry
from . import _lazy_regex as regex

from . import gazetteers
from .schema import Actor, Place, Span

__all__ = ["Mention", "country_name", "dateline_place", "find_mentions", "find_places", "home_state", "home_titles", "port_of_call", "resolve_home", "resolve_self"]

# Forms a mention can take; the builder rules read these.
STATE_FORMS = ("name", "alias", "capital", "seat")
MODIFIER_FORMS = ("demonym", "prefix")

_NAME_WORD = r"(?:(?:al|el|ad|as|ash|at|bin|ibn|abu|van|von|de|da|di|du|le|la|Mc|Mac|O['’])-?)?\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{Ll}'’\-]*"
_HONORIFIC = (
    r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Gen\.|General(?:[\s-]in[\s-]Chief)?"
    # ranks translated from Spanish, French and Portuguese: "General-in-Chief", "Army Corps General"
    r"|(?:Army\s+Corps|Division|Brigade)\s+General|(?:Marine\s+Corps|Air\s+Force|Space\s+Force)\s+(?:General|Gen\.)|Admiral|Adm\.|Vice\s+Admiral"
    r"|Rear\s+Admiral|Air\s+(?:Chief\s+)?Marshal|Air\s+Vice[\s-]Marshal|Lt\.?\s+Gen\.?|Lieutenant\s+General"
    r"|Major\s+General|Maj\.?\s+Gen\.?|Brigadier(?:\s+General)?|Colonel|Col\.|Commodore|Field\s+Marshal"
    # a rank with an ordinal or in the navy's own language: "Captain 2nd Rank", "Capitaine de vaisseau",
    # "Capitán de navío", "Kapitän zur See", "Fregattenkapitän"
    r"|Captain(?:\s+(?:1st|2nd|3rd|First|Second|Third)\s+Rank)?|Capt\.|Capitaine\s+de\s+(?:vaisseau|frégate|corvette)"
    r"|Capit[áa]n\s+de\s+(?:nav[íi]o|fragata|corbeta)|Capit[ãa]o[\s-]de[\s-](?:mar[\s-]e[\s-]guerra|fragata|corveta)"
    r"|Kapit[äa]n\s+zur\s+See|(?:Fregatten|Korvetten)kapit[äa]n|Contre[\s-]amiral|Vice[\s-]amiral"
    r"|Sheikh|Shaikh|Sheikha|Shaikha|Sayyid|Prince|Princess"
    # forms of address: "The Prime Minister, Hon. Dickon Mitchell", "the Rt Hon. John Healey", "H.E. Maria Lopes"
    r"|Hon\.|Rt\.?\s+Hon\.?|H\.\s?E\.)"
)
RANKS_AND_HONORIFICS = _HONORIFIC  # what may stand before a person's name and is not part of it
_RANKS = regex.compile(rf"^(?:{_HONORIFIC}\s+)+")  # "Army Corps General Álvaro López Miera": the rank is no body's name
_RANK_RUN = regex.compile(rf"(?:{_HONORIFIC}\s+)+")
PERSON_NAME = (
    rf"(?:{_HONORIFIC}\s+)*{_NAME_WORD}"
    # (the "e" and "y" of Portuguese and Spanish double surnames: "Henrique Gouveia e Melo", "José Ortega y Gasset")
    rf"(?:[ \t]*\n?[ \t]*(?:\p{{Lu}}\.\s+|(?:(?:de|van|von|der|den|da|do|dos|das|del|di|la|le|du|al|Al|El|bin|bint|ibn|ben|Abu|e|y)\s+){{1,2}})?(?!(?:Jr|Sr)\b){_NAME_WORD}){{0,3}}"
    r"(?:,?[ \t]+(?:Jr|Sr)\b\.?|[ \t]+(?:II|III|IV)\b)?"  # "Ferdinand Marcos Jr.", "Lloyd Austin III"
)
_SUFFIX = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
# A ship's name after its prefix or class noun: "HMS Richmond", "HMCS Ville de Québec"
# a ship's name, not a unit or body that shares its navy's prefix ("the RSS Air Wing" is the Caribbean
# Regional Security System's, not a Singapore ship)
# the space between two words of one name: a hard wrap may break it, a blank line (a new paragraph) does not
WORD_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
# (also a date, as Latin American navies name ships: "ARC 20 de Julio", "ARA 25 de Mayo")
SHIP_NAME = (rf"(?:\d{{1,2}}{WORD_GAP}de{WORD_GAP}\p{{Lu}}\p{{Ll}}+(?![\p{{L}}’'-])|(?!(?:Air|Wing|Secretariat|Units?|Task|Forces?|Headquarters|Members?|Commanders?|Council|Training|Command|Staff|Personnel|Troops|Contingent|Teams?|Mission|Member\s+States)\b)"
             rf"\p{{Lu}}[\p{{L}}’'-]+(?:{WORD_GAP}(?:(?:of|de|del|da|di|la|van|von|der){WORD_GAP})?\p{{Lu}}[\p{{L}}’'-]+){{0,3}}"
             # a name in quotes: 'the training ship "Brasil"'
             rf"|[“\"]\p{{Lu}}[\p{{L}}’'-]+(?:{WORD_GAP}\p{{Lu}}[\p{{L}}’'-]+){{0,3}}[”\"])")


def _surname(name: str | None) -> str | None:
    """The last word of a name, not counting a generational suffix: "Marcos" in "Ferdinand Marcos Jr.";
    the first before a Korean given name, whose syllables a hyphen joins: "Ahn" in "Ahn Gyu-back"."""
    words = [w for w in (name or "").replace(",", " ").split() if w not in _SUFFIX]
    if len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1]):
        return words[0]
    return words[-1] if words else None


# a given name romanised as Korean names are: two syllables joined by a hyphen, the second in lower case ("Gyu-back")
_KOREAN_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}")

_APOS = r"['’]"
# "UN-brokered talks", "UK-led initiative": the name modifies, it is not a party
_MODIFIER = r"(?![-‐–](?:brokered|backed|led|style|based|made|built|funded|sponsored|linked|flagged|owned|designed|developed|produced|registered|bound|born)\b)"


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in the text, with how it was written."""

    start: int
    end: int
    actor: Actor
    form: str  # name|alias|demonym|prefix|capital|seat|organisation|group|institution|company|person|counterpart|pair|anaphor|self
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
    """The state ``code`` stands for (a territory's own state, ``gazetteers.state_of``), named as written."""
    return Actor(name=name or country_name(code), code=gazetteers.state_of(code), kind="state", span=span)


def anaphor_state(before: Sequence[Mention], places: Sequence[Place], excluded: Iterable[str] = ()) -> tuple[str, Mention | None] | None:
    """The state "the country", "the archipelago" or "the island nation" stands for: the state last named in
    ``before`` (the mentions before it, nearest last), or the state of a town in ``places`` (those of its sentence
    before it, nearest last) named after that ("held talks in São Tomé on Friday with the archipelago's Minister
    of Defence"). With the mention that names it, when one does."""
    excluded = set(excluded)
    named = next((x for x in reversed(before) if x.code and x.form in ("name", "alias") and x.code not in excluded), None)
    here = next((p for p in reversed(places) if p.country and p.span is not None and p.country not in excluded), None)
    if here is not None and (named is None or here.span.start > named.start):
        return gazetteers.state_of(here.country), None
    return (named.code, named) if named is not None else None


def place_in_state(p: Place) -> Place:
    """``p`` with a territory's code replaced by its state's ("Andersen Air Force Base" on Guam: USA)."""
    state = gazetteers.state_of(p.country)
    return p if state == p.country else p.model_copy(update={"country": state})


def as_states(mentions: Iterable[Mention], places: Iterable[Place]) -> tuple[list[Mention], list[Place]]:
    """Mentions and places with every territory coded by its state ("the Cayman Islands Regiment",
    "Andersen Air Force Base" on Guam), so own forces on own territory read as at home."""
    state_of = gazetteers.state_of
    return ([m if state_of(m.actor.code) == m.actor.code and state_of(m.actor.country) == m.actor.country
             else replace(m, actor=m.actor.model_copy(update={"code": state_of(m.actor.code),
                                                              "country": state_of(m.actor.country)}))
             for m in mentions],
            [place_in_state(p) for p in places])


_LEGAL_FORM = (r"(?-i:,?[^\S\n]+(?:Co\.,?[^\S\n]+)?(?:Ltd\.|Ltd|Limited|Inc\.|Inc|Corp\.|Corporation|Co\.|plc|PLC|S\.A\.|SA|"
               r"S\.p\.A\.|SpA|SE|AG|GmbH|AB|ASA|A/S|Oyj|Oy|LLC|Pty[^\S\n]+Ltd\.?|N\.V\.|NV|B\.V\.|BV|Tbk|"
               # Turkish, Czech and Slovak, Balkan and Polish forms
               r"A\.Ş\.|A\.S\.|AŞ|a\.s\.|d\.o\.o\.|Sp\.[^\S\n]+z[^\S\n]+o\.o\.|S\.A\.S\.|SAS|S\.r\.l\.|Srl))(?![\w])")


# "The pair are due to put their signatures to ...", "The two are expected to sign ...": a pair's act to come
_DUE_TO = r"(?:are|were)\s+(?:due|expected|set|scheduled|slated|poised)\s+to\s+(?:sign|put|set|ink|initial|conclude|meet|hold)"


@cache
def _patterns() -> dict[str, re.Pattern[str] | regex.Pattern[str]]:
    compile_ = gazetteers.compile_scan
    b, e = r"(?<![\w\-])", r"(?![\w])"
    # A qualifier before an organisation, a title or "counterpart" ("Polish", "Norway's") is not
    # part of these patterns: it is a country mention ending just before (see _Qualifiers), so
    # the country list is compiled once, not into every pattern that can be qualified.
    return {
        # "US$230 million", "NZ$", "HK$": a currency, not the state; "Latin America", "South America":
        # a region, not the US
        "country": compile_(rf"{b}(?<!Latin[ \n])(?<!South[ \n])(?<!North[ \n])(?<!Central[ \n])(?P<m>\L<country>)(?!\$){_MODIFIER}(?P<poss>{_APOS}s?(?!\w))?(?:{e}|(?<=-))"),
        "organisation": compile_(rf"{b}(?P<m>\L<organisation>){_MODIFIER}(?P<poss>{_APOS}s)?{e}"),
        # "Kawasaki Heavy Industries Ltd.", "Saab AB", "Leonardo S.p.A.": the legal form belongs to the name
        "company": compile_(rf"{b}(?P<m>\L<company>)(?P<suffix>{_LEGAL_FORM})?(?P<poss>{_APOS}s)?{e}"),
        "ship": gazetteers.compile_pattern(rf"{b}(?P<m>\L<ship_prefix>){WORD_GAP}(?P<name>{SHIP_NAME}){e}"),
        # "his Swedish colleague" (translated copy) is a counterpart too
        # a service named bare after "the" ("the Army", "The Air Force's", "the General Staff"), not a name's first word
        # ("the Army Museum", "the Navy SEALs", "the Army-Navy game") nor a qualified one ("the Arakan Army")
        "service": regex.compile(r"(?<=\b[Tt]he[^\S\n]+)(?P<m>Army|Navy|Air[^\S\n]+Force|General[^\S\n]+Staff|Marine[^\S\n]+Corps)"
                                 # ("the Army's industrial company FAMAE": the firm it owns acts, not the service)
                                 r"(?:(?P<poss>['’]s)(?!\w)(?!\s+(?:[\w-]+\s+){0,2}?(?:company|firm|shipyard|factory|works|enterprise|manufacturer)\b)"
                                 r"|(?![\w'’-]|[^\S\n]+\p{Lu}|[^\S\n]*[-–—]\s*\p{Lu}))"),
        "counterpart": regex.compile(rf"{b}(?P<m>counterparts?|opposite\s+numbers?|colleagues?){e}"),
        "pair": regex.compile(
            # "the two countries' defence ministers", "their defence ministers", "the pair": office holders
            r"(?i)\b(?:(?:the\s+two\s+(?:countries|nations|sides)['’]|their)\s+(?P<people>(?:defen[cs]e|foreign)\s+ministers|"
            r"(?:defen[cs]e|army|navy|military)\s+chiefs|chiefs\s+of\s+(?:defen[cs]e\s+|general\s+)?staff|ministers))\b(?=\s+(?:also\s+|then\s+|later\s+|jointly\s+)?"
            r"(?:signed|agreed|inked|initialled|exchanged|swapped|traded)\b)"
            rf"|\b(?P<people>the\s+pair)(?=\s+(?:also\s+|then\s+|later\s+|jointly\s+)?(?:signed|agreed|inked|initialled|exchanged|swapped|traded|put|set|{_DUE_TO})\b)"
            r"|\b(?:both|the\s+two)\s+(?:countries|nations|allies|(?P<sides>sides|parties|authorities|delegations)|governments|states|partners|neighbours|neighbors|capitals|"
            r"navies|armies|militaries|air\s+forces|(?:(?:defen[cs]e|foreign)\s+)?ministries|(?:(?:defen[cs]e|military)\s+)?departments|"
            # office holders: the two named before ("Minister Francken met Minister Melo ... The two ministers signed")
            r"(?P<people>leaders|presidents|prime\s+ministers|premiers|(?:(?:vice|deputy|assistant|junior)\s+)?(?:(?:defen[cs]e|foreign)\s+)?ministers|heads\s+of\s+state|"
            r"delegations|(?:(?:defen[cs]e|army|navy|naval|air\s+force|service|military)\s+)?chiefs(?:\s+of\s+(?:the\s+)?(?:defen[cs]e\s+|general\s+)?staff)?|"
            r"officials|men|women|envoys|"
            r"(?:(?:army|navy|naval|air\s+force|service|military)\s+)?commanders|counterparts|generals|admirals|secretaries|dignitaries|personalities|"
            r"(?:(?:senior|military|army|navy|naval)\s+)?officers))\b"
            # "the two signed", "The ministers also signed": a bare "the two", or a plural definite subject before its verb
            # "the heads of the two defence ministries", "the heads of both military departments"
            r"|\b(?i:the\s+(?P<people>heads)\s+of\s+(?:the\s+)?(?:two\s+|both\s+)?(?:defen[cs]e\s+|military\s+)?(?:ministries|departments|delegations|armed\s+forces|navies|armies|militaries))\b"
            # "the defence chiefs of both countries", "the army commanders of the two nations"
            r"|\b(?i:the\s+(?P<people>(?:(?:defen[cs]e|foreign|army|navy|naval|air\s+force|military)\s+)?(?:ministers|chiefs|commanders|chiefs\s+of\s+(?:defen[cs]e\s+|general\s+)?staff))"
            r"\s+of\s+(?:both|the\s+two)\s+(?:countries|nations|states|sides))\b"
            # the host and the guest of a reception: "The minister and the visiting general then signed"
            r"|\b(?i:the\s+(?P<people>(?:[\w-]+\s+){0,2}?(?:minister|president|host|general|admiral|chief|commander|secretary)\s+and\s+"
            r"(?:the|his|her|their)\s+(?:visiting\s+[\w-]+(?:\s+[\w-]+)?|guests?|visitors?)))(?=\s+(?:also\s+|then\s+|later\s+|jointly\s+)?"
            r"(?:signed|agreed|inked|initialled|exchanged|swapped|traded)\b)"
            r"|\b(?:the\s+two|Both|(?P<told>[Tt]he\s+(?:ministers|leaders|sides|parties|delegations)))(?=\s+(?:also\s+|then\s+|later\s+|jointly\s+)?"
            # "the ministers approved and signed a plan": approved, endorsed or adopted, then signed
            # ("The pair then put pen to paper on", "The two also put their signatures to", "set their hands to")
            # ("the delegations swapped|traded signed copies of": the signed texts they exchanged)
            rf"(?:signed|agreed|met|held|discussed|exchanged|swapped|traded|reviewed|inked|initialled|witnessed|pledged|committed|have|had|will|would|put|set|{_DUE_TO}"
            r"|(?:approved|endorsed|adopted|validated)\s+and\s+signed)\b)"),
        # ("the archipelago's Minister of Defence", "the island nation's", "the emirate's": the state the story is in)
        "anaphor": regex.compile(r"\b[Tt]he\s+(?:island\s+(?:nation|state|republic|country)|archipelago|country|nation|kingdom|republic|"
                                 r"emirate|sultanate|principality)\b(?!['’]s\s+(?:first|own))"),
        # the author speaking: a ministry's release, a minister's transcript, a company's post or call
        # ("Today we delivered …", "I held a meeting with …", "Vautrin and I have just signed …"); only
        # as the subject of an act, so "I think" and "we could" name nobody
        "self": regex.compile(
            r"(?<![\w'’-])(?:I|[Ww]e)(?=\s+(?:(?:have|had|also|just|then|today|yesterday|jointly|recently|formally|"
            r"officially|successfully|now|will)\s+){0,3}(?:signed|sign|held|hold|met|meet|delivered|deliver|handed|hand|"
            r"received|receive|hosted|host|welcomed|welcome|agreed|agree|concluded|inked|ordered|order|deployed|deploy|"
            r"sent|send|visited|visit|completed|discussed|discuss|exchanged|sealed|took|take|"
            # "I had talks here in Seoul with ..."
            r"had(?=\s+(?:\w+\s+)?(?:talks|discussions|a\s+meeting)))\b)"),
    }


@cache
def _honourable_pattern() -> regex.Pattern[str]:
    """"The Rt Hon. Jane Doe, the Defence Secretary": compiled only for a text that has "Hon"."""
    qual = rf"(?:(?P<qual>\L<country>)(?P<qposs>{_APOS}s)?\s+)"
    return gazetteers.compile_pattern(
        rf"""(?:the\s+)?(?:Right\s+)?(?:Honourable|Hon\.)\s+(?P<name>{PERSON_NAME}),\s+(?:the\s+)?{qual}?(?P<title>(?i:\L<title>))(?![\w])""",
        regex.VERBOSE)


# The white space between a qualifier and what it qualifies: a line break of hard-wrapped copy, never a
# blank line ("… Visits Singapore\n\nMinister for Defence Mr Chan" is no "Singapore Minister")
_WHITE = regex.compile(r"[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*")
_DETERMINER_BEFORE = regex.compile(r"(?<![\w\-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]|[Mm]y|[Oo]ur)\s+\Z")


class _Qualifiers:
    """The country mentions that can qualify what follows them: "Polish" in "Polish president",
    "Norway's" in "Norway's defence minister". Looked up by the offset where the qualified word
    starts (after the qualifier, its possessive and the white space)."""

    def __init__(self, text: str, country_matches: Iterable[regex.Match[str]]) -> None:
        self._by_end: dict[int, regex.Match[str]] = {}
        self._by_start: dict[int, int] = {}
        for m in country_matches:
            poss = m.group("poss")
            if poss is not None and len(poss) != 2 and not m.group("m").endswith("s"):
                continue  # a bare apostrophe qualifies only after a plural name: "the Philippines' navy"
            space = _WHITE.match(text, m.end())
            if space is None:
                continue
            self._by_end[space.end()] = m
            self._by_start[m.start()] = space.end()

    def ending_at(self, pos: int) -> regex.Match[str] | None:
        """The qualifier whose white space ends at ``pos``."""
        return self._by_end.get(pos)

    def after_one_starting_at(self, pos: int) -> int | None:
        """Where the word after a qualifier starting at ``pos`` starts."""
        return self._by_start.get(pos)


# "the Gulf of Aden", "Port of Spain"; but "the port of Colombo" and "the Port of Djibouti" are the city's port
# (not "the island of Gotland": the island is the place named)
_GEOGRAPHIC = regex.compile(r"\b(?:(?i:gulf|sea|strait|straits|bay|cape|lake|mount|bight)|(?<!\b[Tt]he\s)Port)\s+of\s+(?:the\s+)?$")
# "the South China Sea", "the Taiwan Strait", "the Philippine Sea", "the Korean Peninsula", "the Mozambique Channel": a feature named after a state
_FEATURE_AFTER = regex.compile(r"[ \t]+(?:Sea|Strait|Straits|Gulf|Peninsula|Basin|Trench|Channel|Ocean)\b")
_FOLLOWED_BY_STATE = regex.compile(r"[\p{Lu}]\p{Ll}+")


def _is_city_state(row: gazetteers.Row) -> bool:
    """Singapore, Monaco: the state and its city share a name (noted "city-state" in the data)."""
    return "city-state" in row.get("note")


_KIND_PRIORITY = {"company": 5, "organisation": 4, "group": 4, "person": 3, "state": 2}
_NAME_PART_BEFORE = regex.compile(r"\p{Lu}[\p{L}’'-]+[^\S\n]+(?:da|de|do|dos|das|del|della|di|du|la|le)[^\S\n]+$")


def _ends_longer_name(text: str, start: int) -> bool:
    """Whether the capital's name at ``start`` ends a longer place name ("Mocímboa da Praia")."""
    return _NAME_PART_BEFORE.search(text, max(0, start - 40), start) is not None


_LOCATIVE = regex.compile(r"(?i)(?:\b(?:in|at|to|near|outside|from|via|into|towards?|across|around|visit(?:ed|ing|s)?)\s+(?:the\s+)?)$")
# "an order from Singapore": a city-state that orders is the state, not the city
_ORDER_FROM = regex.compile(r"(?i)\b(?:orders?|contracts?|requests?|tenders?)\s+from\s+$")


def _org_actor(row: gazetteers.Row, span: Span, qual_code: str | None) -> tuple[Actor, str]:
    kind = row.get("kind", "organisation")
    # a generic body ("the Ministry of Defence", "Poland's defence ministry") is named as written,
    # not by its row's canonical name, which is one state's ("British Ministry of Defence")
    name = " ".join(span.text.split()) if row.get("note").startswith("generic:") else gazetteers.load("organisation").name_of(row.id)
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
_FORMER_BEFORE = regex.compile(r"(?<![\w\-])(?:former|then|acting|incoming|outgoing|new)\s+\Z")


@dataclass(frozen=True)
class _PersonMatch:
    """An office holder found from the title: where the phrase starts, the qualifier and the
    institution before the title (surfaces or None), the title and the name after it."""

    start: int
    qual: str | None
    inst: str | None
    title: regex.Match[str]
    name: regex.Match[str] | None

    @property
    def end(self) -> int:
        return self.name.end("name") if self.name else self.title.end("title")


# A defence portfolio joined to another: "Defence and War Veterans Affairs Minister", "Minister of
# Defence and Military Veterans", "Minister for Defence and National Security". The other portfolio
# is read from its words, so that a name after it ("... Veterans Affairs Hassan Kaleebu") is not.
_OTHER_PORTFOLIO = (r"(?:(?:War|Military|National|Civil|Public|Internal|Homeland|Border|Maritime)\s+)?"
                    r"(?:Veterans?(?:\s+Affairs)?|Security|Aviation|Order|Interior|Foreign\s+Affairs|Home\s+Affairs"
                    r"|Emergenc(?:y|ies)|Disaster\s+Management|Intelligence|Police|Justice|Affairs"
                    # "Minister of Defence and Defence Production" (Pakistan), "... and Civil Protection" (Cabo Verde)
                    r"|Defen[cs]e\s+Production|Protection|Reconstruction|Industry|Defen[cs]e\s+Industry)")
_JOINED_PORTFOLIO = (rf"(?P<joined>(?:[Dd]efen[cs]e\s+and\s+{_OTHER_PORTFOLIO}\s+[Mm]inister"
                     rf"|[Mm]inister\s+(?:of|for)\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e\s+and\s+{_OTHER_PORTFOLIO}))")


# A minister named by a portfolio the title list lacks, read from its words so that a name after it
# is not: "the Minister Delegate for the Administration of the Armed Forces", "Minister Responsible
# for Defence Affairs", "Minister of Digital Transformation Mihai Popescu"
_PORTFOLIO_WORD = (r"(?:Defen[cs]e|Armed|Forces|Military|Veterans|Administration|Affairs|Foreign|Interior|Home|Security|"
                   r"National|Digital|Transformation|Economy|Economic|Finance|Industry|Industries|Industrial|Trade|Energy|"
                   r"Transport|Justice|Health|Education|European|Integration|Development|Infrastructure|Strategic|"
                   r"Public|Works|Communications|Technology|Innovation|Agriculture|Labour|Culture|Co-?operation|"
                   r"International|Relations|Regional|Overseas|Territories|Maritime|Fisheries|Environment|Emergency|"
                   r"Situations|Internal|Diaspora|Reconstruction|Intelligence|Police|Border|Procurement|Planning)")
# ("Minister Delegate to the Head of Government in charge of National Defence Administration")
_OTHER_MINISTER = (rf"(?P<portfolio>(?:(?:Assistant|Associate|Junior)\s+)?Minister(?:\s+Delegate(?:\s+to\s+the\s+(?:Head\s+of\s+Government|Prime\s+Minister|President))?"
                   rf"|\s+of\s+State|\s+Responsible)?\s+(?:for|of|in\s+charge\s+of)\s+"
                   rf"(?:the\s+)?{_PORTFOLIO_WORD}(?:\s+(?:(?:and|of|for|the)\s+){{0,2}}{_PORTFOLIO_WORD}){{0,5}}"
                   # written in lower case after a name: "Amadou Sall, the minister delegate in charge of the armed forces administration"
                   rf"|(?<=,\sthe\s)minister[^\S\n]+delegate[^\S\n]+(?:for|in[^\S\n]+charge[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?(?i:{_PORTFOLIO_WORD})"
                   rf"(?:[^\S\n]+(?:(?:and|of|for|the)[^\S\n]+){{0,2}}(?i:{_PORTFOLIO_WORD})){{0,5}})")
_DEFENCE_PORTFOLIO = re.compile(r"Defen[cs]e|Armed\s+Forces|Military")


_WORD_BEFORE_TITLE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[^\S\n]+\Z")


@cache
def _person_parts() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    # a bare "Minister" only before a name ("Minister Vlado Misajlovski and the Greek Ambassador signed"),
    # tried after every listed title and portfolio
    title = gazetteers.compile_scan(rf"(?<![\w\-])(?P<title>{_JOINED_PORTFOLIO}|\L<title>|{_OTHER_MINISTER}|(?P<bare>Minister)(?=[^\S\n]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+[^\S\n]+[A-ZÀ-ÖØ-Þ]))(?![\w])")
    # never across a blank line: "Media release – Australian Minister for Defence¶¶On Monday, ..."
    name = regex.compile(rf",?(?![^\S\n]*\n\s*\n)\s+(?P<name>{PERSON_NAME})(?![\w])")
    return title, name


def _person_matches(text: str, quals: _Qualifiers, insts: dict[int, regex.Match[str]]):
    """Office holders, found from their title: the title first (one fast scan), then what stands
    just before it, each part optional, read backwards: an institution ("NATO", "Defence
    Ministry"), a qualifier ("Polish", "Norway's") and a word such as "former"; then a name."""
    title_pattern, name_pattern = _person_parts()
    last = 0
    for t in title_pattern.finditer(text):
        if t.start() < last:
            continue
        floor = max(last, t.start() - _REACH)
        start = t.start()
        inst = insts.get(start)
        if inst is not None and inst.start() >= floor:
            start = inst.start()
        else:
            inst = None
        qual = quals.ending_at(start)
        if qual is not None and qual.start() >= floor:
            start = qual.start()
        else:
            qual = None
        former = _FORMER_BEFORE.search(text, max(floor, start - 20), start)
        if former is not None:
            start = former.start()
        m = _PersonMatch(start, qual.group("m") if qual else None, inst.group("m") if inst else None,
                         t, name_pattern.match(text, t.end()))
        last = m.end
        yield m


# a word that makes a listed body's name part of a longer, national one
_LONGER_BODY = regex.compile(r"(?<![\w-])(?:National|Supreme|Federal|Regional|Provincial|Republican|Revolutionary|Islamic)[ \t]+\Z")


def _raw_mentions(text: str, home: str | None) -> list[Mention]:
    pats = _patterns()
    countries = gazetteers.load("country")
    out: list[Mention] = []
    country_matches = list(pats["country"].finditer(text))
    places: set[int] = set()  # capitals named as places: no qualifier ("welcomed in Ngerulmud Rear Admiral ...")
    for m in country_matches:
        row = countries.lookup(m.group("m"))
        if row is None:
            continue
        form = row.get("form", "name")
        if form == "name" and _is_city_state(row):
            form = "capital"  # Singapore, Monaco: "in Singapore" is the city
        if form in ("capital", "seat") and _ends_longer_name(text, m.start()):
            continue  # "Mocímboa da Praia": the end of a longer place name, not Cabo Verde's capital
        if (form in ("capital", "seat") and _LOCATIVE.search(text, max(0, m.start() - 30), m.start())
                and not (_is_city_state(row) and _ORDER_FROM.search(text, max(0, m.start() - 30), m.start()))):
            places.add(m.start())
            continue  # "talks in London": a place, not the British government
        if _GEOGRAPHIC.search(text, max(0, m.start() - 20), m.start()) or _FEATURE_AFTER.match(text, m.end()):
            continue  # "the Gulf of Aden", "the Sea of Japan", "the South China Sea": a sea or a feature, not a state
        if form == "prefix":
            nxt = _FOLLOWED_BY_STATE.match(text, m.end())
            if not nxt or countries.lookup(nxt.group()) is None:
                continue  # "Indo-Pacific" is a region; "Franco-German" names two states
        s, e = m.span("m")
        out.append(Mention(s, e, state_actor(row.id, Span.of(text, s, e)), form, bool(m.group("poss"))))
    dashed = _dashed_states(text, out, ("state",))
    out += _dashed_mentions(text, dashed)
    quals = _Qualifiers(text, [m for m in country_matches if m.start() not in places] + dashed)
    orgs = gazetteers.load("organisation")
    insts: dict[int, regex.Match[str]] = {}  # organisations followed by white space, by where it ends
    bodies_at: dict[int, regex.Match[str]] = {}  # organisations, by where they start
    for m in pats["organisation"].finditer(text):
        bodies_at[m.start("m")] = m
        if m.group("poss") is None and (space := _WHITE.match(text, m.end())) is not None:
            insts[space.end()] = m
        qm = quals.ending_at(m.start())
        if qm is None and (after := quals.after_one_starting_at(m.start())) is not None:
            # "US Army" is also "US" + "Army": like a scan that tries the qualifier first
            if (longer := pats["organisation"].match(text, after)) is not None:
                qm, m = quals.ending_at(after), longer
        row = orgs.lookup(m.group("m"))
        if row is None:
            continue
        if not qm and _LONGER_BODY.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Iran's Supreme National Security Council": a national body, not the UN Security Council
        if not qm and gazetteers.load("place").lookup(m.group("m")) is not None \
                and _LOCATIVE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "met in Brussels": the city, not the EU
        qrow = countries.lookup(qm.group("m")) if qm else None
        s, e = (qm.start() if qm else m.start(), m.end("m"))
        if qrow is None:
            s = m.start("m")
        actor, form = _org_actor(row, Span.of(text, s, e), qrow.id if qrow else None)
        if qrow is None and row.get("note").startswith("generic:"):
            # "the Defence Ministry said": the home state's ministry, resolved with the home state
            actor = actor.model_copy(update={"code": None, "country": None})
            form = "institution"
        # (a command abroad, "US Southern Command", "FFDj": its state's forces away from home)
        out.append(Mention(s, e, actor, form, bool(m.group("poss")),
                           extra={"abroad": True} if row.get("note").startswith("command abroad:") else {}))
    for m in pats["service"].finditer(text):
        # "the Army completed its purchase", "The Air Force signed": a bare service, the home state's (see resolve_home)
        span = Span.of(text, m.start("m"), m.end("m"))
        out.append(Mention(m.start("m"), m.end("m"), Actor(name=" ".join(span.text.split()), kind="organisation", span=span),
                           "institution", bool(m.group("poss"))))
    companies = gazetteers.load("company")
    for m in pats["company"].finditer(text):
        row = companies.lookup(m.group("m"))
        if row is None:
            continue
        s, e = m.start("m"), m.end("suffix") if m.group("suffix") else m.end("m")
        country = row.get("country") or None
        out.append(Mention(s, e, Actor(name=companies.name_of(row.id), code=country, kind="company", country=country,
                                       span=Span.of(text, s, e)),
                           "company", bool(m.group("poss"))))
    titles = gazetteers.load("title")
    states_at = {m.start("m"): m for m in country_matches if not m.group("poss")}
    for m in _person_matches(text, quals, insts):
        if m.title.group("bare"):
            trow = titles.by_id("Minister")[0]
            if m.name is None or _WORD_BEFORE_TITLE.search(text, max(0, m.title.start() - 30), m.title.start()):
                continue  # "Planning Minister Ahsan Iqbal": a portfolio the title list lacks, no defence minister
        elif m.title.group("portfolio"):
            trow = (titles.lookup("defence minister") if _DEFENCE_PORTFOLIO.search(m.title.group("portfolio"))
                    else titles.by_id("Minister")[0])
        else:
            trow = titles.lookup("defence minister" if m.title.group("joined") else m.title.group("title"))
        if trow is None:
            continue
        if m.name is None and "military_rank" in trow.get("note") \
                and (post := titles.lookup(m.title.group("title").lower())) is not None and "military_rank" not in post.get("note"):
            trow = post  # "called on the Commander of His Majesty's Armed Forces": the post, capitalised, not the naval rank
        name = m.name.group("name") if m.name else None
        if name and (_names_a_party(name) or not _INSTITUTION_WORDS.isdisjoint(_RANKS.sub("", name).split())
                     or _TITLE_WORD_NAME.match(name)):
            # "the Thailand–Cambodia General Border Committee": a body, not a general; "The Deputy Prime
            # Minister, Minister of Defence, Essowè Batamoussi": a second title, not a name
            name = None
        end = m.name.end("name") if name else m.title.end("title")
        qual = countries.lookup(m.qual) if m.qual else None
        inst = orgs.lookup(m.inst) if m.inst else None
        if name and qual is None and inst is None and (svc := _STATE_SERVICE_AS_NAME.fullmatch(name)) is not None \
                and (row := countries.lookup(svc.group("state"))) is not None:
            # "the Commander Pakistan Fleet", "Commander Sri Lanka Navy": a post with its state's service apposed, no name
            qual, name, service_post = row, None, m.name.end("name")
            post_name = text[m.title.start("title"):service_post]
        else:
            service_post = post_name = None
        plural = m.title.group("title").endswith("s") and not trow.id.endswith("s")  # "the defence ministers of A and B"
        if plural and name is not None and text.startswith(",", m.title.end("title")) \
                and not m.title.group("portfolio") and " of " not in m.title.group("title"):
            # "the two defence ministers, Boris Pistorius and Arvydas Anušauskas": several people, not the first name's office
            name, end = None, m.title.end("title")
        if qual is None and inst is None and not plural and (of := _OF_STATE.match(text, end)) is not None \
                and (body := _body_at(text, of.end(), bodies_at, states_at)) is not None \
                and (row := orgs.lookup(body.group("m"))) is not None and row.get("country") \
                and (_SERVICE_NAME.search(body.group("m")) or row.get("note").startswith("command abroad:")):
            # "the Chief of Staff of the Chinese People's Liberation Army Navy, Admiral Li Qun": a state's service
            # ("commander of US Southern Command": a command abroad)
            inst, end = row, body.end("m")
            if _ROYAL_SERVICE.fullmatch(body.group("m")) and (of_the := _OF_THE.match(text, end)) is not None \
                    and (state := states_at.get(of_the.end())) is not None and (qual := countries.lookup(state.group("m"))) is not None:
                end = state.end("m")  # "the Commander of the Royal Navy of Oman": Oman's, not Britain's
            if name is None and (after := _person_parts()[1].match(text, end)) is not None \
                    and not _names_a_party(after.group("name")):
                name, end = after.group("name"), after.end("name")
        elif qual is None and inst is None and not plural and (of := _OF_STATE.match(text, end)) is not None \
                and (state := _state_at(text, of.end(), states_at)) is not None:
            # "President Lee Jae-myung of South Korea", "the Prime Minister of India": the qualifier after
            qual = countries.lookup(state.group("m"))
            service = (_SERVICE_AFTER.match(text, state.end("m")) or _UNIT_AFTER.match(text, state.end("m"))) \
                if qual is not None and qual.get("form") == "demonym" else None
            if service is not None:
                end = service.end()  # "the commander of the Lebanese Navy": the state's service names it
            elif qual is not None and qual.get("form", "name") in ("name", "alias"):
                end = state.end("m")
                if (service := _SERVICE_AFTER.match(text, end)) is not None:
                    end = service.end()  # "the commander of the Guyana Defence Force": the service, not a name
                elif name is None and (after := _person_parts()[1].match(text, end)) is not None:
                    # "the Minister of National Defence of Türkiye Yaşar Güler"
                    name = None if _names_a_party(after.group("name")) else after.group("name")
                    if name is not None:
                        end = after.end("name")
            else:
                qual = None
        posted = None
        if trow.id in ENVOYS and (to := _POSTED_TO.match(text, end)) is not None \
                and (state := states_at.get(to.end())) is not None:
            # "the French Ambassador to Kenya": the state an envoy is posted to, not the envoy's own
            row = countries.lookup(state.group("m"))
            if row is not None and (row.get("form", "name") in ("name", "alias")
                                    or (row.get("form") == "capital" and to.group().strip().startswith("in"))):
                # "the French Ambassador to Kenya", "Japan's ambassador in Panama City"
                posted, end = (row.id, state.start("m"), state.end("m")), state.end("m")
                if name is None and (after := _person_parts()[1].match(text, end)) is not None \
                        and (not after.group().startswith(",") or text.startswith(",", after.end("name"))) \
                        and not _names_a_party(after.group("name")):
                    # "Malaysian Ambassador to Samoa Ahmad Rizal", "the Ambassador of Greece in Skopje, Nikos
                    # Pappas, also signed": the envoy's name follows the posting
                    name, end = after.group("name"), after.end("name")
        country = qual.id if qual else (inst.get("country") or None if inst else None)
        # "NATO Secretary General", "E5 ministers"; a generic body ("Defence Ministry Lieutenant General X")
        # stands for no organisation: the person is the home state's
        org_id = inst.id if inst is not None and country is None and not inst.get("note").startswith("generic:") else None
        qualified = country is not None or org_id is not None
        s = m.start
        if service_post is not None:
            end = service_post
        elif "military_rank" in trow.get("note") and not name:
            continue  # a bare rank ("general", "commander") names nobody
        span = Span.of(text, s, end)
        actor = Actor(name=" ".join((name or post_name or trow.id).split()), code=country or org_id, kind="person",
                      country=country, role=trow.id, span=span)
        surname = _surname(name)
        out.append(Mention(s, end, actor, "person", surname=surname,
                           extra={"qualified": qualified, **({"posted": posted} if posted else {}),
                                  # "commander of US Indo-Pacific Command": an officer of a command abroad
                                  **({"abroad": True} if inst is not None and inst.get("note").startswith("command abroad:") else {})}))
    prefixes = gazetteers.load("ship_prefix")
    for m in pats["ship"].finditer(text):
        row = prefixes.lookup(m.group("m"))
        if row is None:
            continue
        span = Span.of(text, m.start(), m.end())
        # "The Bangladesh Navy frigate BNS Umar Farooq": the navy named before a prefix two navies share is the ship's
        owner = next((x.code for x in reversed(out) if x.code and x.end <= m.start() and m.start() - x.end <= 40
                      and x.actor.kind in ("state", "organisation") and _NAVY_BEFORE_SHIP.fullmatch(text, x.end, m.start())), None)
        code = owner or row.id
        out.append(Mention(m.start(), m.end(), Actor(name=" ".join(span.text.split()), code=code, kind="organisation",
                                                     country=code, span=span), "institution", extra={"ship": True}))
    for m in _honourable_pattern().finditer(text) if "Hon" in text else ():
        trow = titles.lookup(m.group("title"))
        if trow is None:
            continue
        qual = countries.lookup(m.group("qual")) if m.group("qual") else None
        code = qual.id if qual else None
        span = Span.of(text, m.start(), m.end())
        out.append(Mention(m.start(), m.end(), Actor(name=" ".join(m.group("name").split()), code=code, kind="person",
                                                     country=code, role=trow.id, span=span), "person",
                           surname=_surname(m.group("name")), extra={"qualified": code is not None}))
    name_pattern = _person_parts()[1]
    for m in pats["counterpart"].finditer(text):
        qm = quals.ending_at(m.start())
        det = _DETERMINER_BEFORE.search(text, max(0, (qm.start() if qm else m.start()) - 10), qm.start() if qm else m.start())
        if det is None:
            continue  # "his counterpart", "their Polish counterparts": a determiner comes first
        if qm is None and m.group("m").lower().startswith("colleague"):
            continue  # "the minister and his colleagues": a counterpart only with a state ("his Swedish colleague")
        qual = countries.lookup(qm.group("m")) if qm else None
        code = qual.id if qual else None
        # "his Norwegian counterpart Tore Sandvik": the name makes a later "Sandvik" the same person
        named = name_pattern.match(text, m.end()) if not m.group("m").endswith("s") else None
        name = named.group("name") if named and len(named.group("name").split()) > 1 else None  # two words, perhaps across a wrap
        if name and _names_a_party(name):
            name = None
        end = named.end("name") if name else m.end()
        span = Span.of(text, det.start(), end)
        out.append(Mention(det.start(), end, Actor(name=" ".join(name.split()) if name else span.text, code=code,
                                                   kind="person", country=code, role="counterpart", span=span),
                           "counterpart", surname=_surname(name)))
    for kind in ("pair", "anaphor", "self"):
        for m in pats[kind].finditer(text):
            if kind == "self" and _quoted(text, m.start()):
                continue  # "'We signed with Egypt,' the ambassador said": the speaker, not the author
            span = Span.of(text, m.start(), m.end())
            # "The ministers" (no "two"): the parties told just before, see rules._args.resolve_references
            extra = {"told_before": True} if "told" in m.re.groupindex and m.group("told") else {}
            if "people" in m.re.groupindex and m.group("people"):
                extra["people"] = True
            if "sides" in m.re.groupindex and m.group("sides"):
                extra["sides"] = True  # "the two parties then signed": the two that met, told before
            out.append(Mention(m.start(), m.end(), Actor(name=span.text, kind="state", span=span), kind, extra=extra))
    out += _dashed_mentions(text, _dashed_states(text, out, ("organisation", "group")))
    out += _un_mission_heads(text)
    listed = [(m.start, m.end) for m in out if m.form in ("institution", "organisation", "company")]
    out += [b for b in _procurement_bodies(text, quals) if not any(b.start < e and a < b.end for a, e in listed)]
    return out


# A national defence body the gazetteer does not list, known by the words of its name: "the
# Directorate-General for National Defence Resources (DGRDN)", "the Defence Materiel Agency",
# "Latvia's State Defence Logistics Centre". Unqualified, it is the home state's.
_PROCUREMENT_BODY = regex.compile(
    r"(?<![\w-])(?:(?:Directorate(?:[\s-]General)?|General\s+Directorate|Agency|Administration|Organi[sz]ation|Command|Office|Inspectorate|Bureau)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:National\s+)?(?:Defen[cs]e|Armaments?|Military)(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,4}"
    # "the Army Materiel Command", "the Navy Logistics Command": a service's own buyer
    r"|(?:Army|Navy|Naval|Air\s+Force)\s+(?:Materiel|Logistics|Procurement|Acquisition|Supply)\s+(?:Command|Agency|Directorate|Office|Centre|Center)"
    r"|(?:(?:National|State|Federal|Defen[cs]e\s+Forces)\s+)?(?:Defen[cs]e|Armaments?|Military)\s+(?:Materiel|Materials?|Procurement|Logistics|Acquisition|Equipment|Supply|Investment|Resources)"
    r"(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,2}\s+(?:Agency|Administration|Organi[sz]ation|Command|Office|Directorate|Centre|Center|Board|Bureau))(?![\w-])")


def _procurement_bodies(text: str, quals: "_Qualifiers") -> list[Mention]:
    countries = gazetteers.load("country")
    out = []
    for m in _PROCUREMENT_BODY.finditer(text) if ("Defen" in text or "Armament" in text or "Military" in text
                                                   or "Command" in text or "Materiel" in text) else ():
        qm = quals.ending_at(m.start())
        row = countries.lookup(qm.group("m")) if qm else None
        s = qm.start() if row is not None else m.start()
        span = Span.of(text, s, m.end())
        code = row.id if row is not None else None
        out.append(Mention(s, m.end(), Actor(name=" ".join(span.text.split()), code=code, kind="organisation", country=code, span=span),
                           "institution"))
    return out


@cache
def _un_mission_pattern() -> regex.Pattern[str]:
    """A UN mission named as the body its head leads ("the head of MINUSCA", "the UNIFIL force
    commander"): the missions are the operation gazetteer's rows noted as the UN's."""
    names = sorted({r.surface for r in gazetteers.load("operation") if r.get("note").startswith("UN ")}, key=len, reverse=True)
    alt = "|".join(regex.escape(n) for n in names)
    return regex.compile(
        rf"\b(?i:head|chief|commander|force\s+commander|special\s+representative|(?:deputy\s+)?head\s+of\s+mission)\s+of\s+(?:the\s+)?(?P<m>{alt})(?![\w-])"
        rf"|\b[Tt]he\s+(?P<m>{alt})\s+(?i:force\s+commander|commander|head|chief)\b")


_LEADER_WORD = regex.compile(r"(?i)\b(?:head|chief|commander|representative)\b")  # a cheap test before the mission scan


def _un_mission_heads(text: str) -> list[Mention]:
    out = []
    for m in _un_mission_pattern().finditer(text) if _LEADER_WORD.search(text) else ():
        span = Span.of(text, m.start("m"), m.end("m"))
        actor = organisation_actor("UN", span)
        if actor is not None:
            out.append(Mention(span.start, span.end, actor, "organisation", extra={"led": True}))
    return out


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# what only a company says of itself: its results, its order book, its hashtags
_COMPANY_VOICE = regex.compile(r"(?i)\b(?:earnings\s+call|order\s+(?:backlog|bookings|intake)|our\s+(?:customers?|shareholders|"
                               r"backlog|order\s+book)|operating\s+margin)\b")


def resolve_self(mentions: Sequence[Mention], home: str | None, text: str) -> list[Mention]:
    """First-person mentions ("we", "I") stand for the author: the company that opens the text
    (its name in the headline or lead before any state's government: a company's post or results
    call). Otherwise they keep the home state :func:`resolve_home` gave them (a ministry's release,
    a minister's press conference)."""
    if not any(m.form == "self" for m in mentions):
        return list(mentions)
    author: Actor | None = None
    for m in mentions:
        if m.start > 400:
            break
        if m.actor.kind == "company" and m.code:
            author = m.actor
            break
        if m.form in ("person", "institution") or (m.actor.kind == "state" and m.form not in ("self", "demonym")):
            break
    if author is None and home and _COMPANY_VOICE.search(text):
        author = Actor(name="the company", code=home, kind="company", country=home)  # a results call naming no firm
    if author is None:
        return list(mentions)
    return [replace(m, actor=author.model_copy(update={"span": m.actor.span})) if m.form == "self" else m
            for m in mentions]


_POSSESSIVE_END = regex.compile(r"['’]s?\Z")


# a state's service read where a name should be: "Pakistan Fleet", "Sri Lanka Navy", "Royal Brunei Air Force"
_STATE_SERVICE_AS_NAME = regex.compile(r"(?:Royal\s+)?(?P<state>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+"
                                       r"(?:Fleet|Navy|Army|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?|Coast\s+Guard)")


def _names_a_party(name: str) -> bool:
    """Whether a capitalised run read as a person's name is a state, an organisation or a company
    (also with a possessive: "..., Morocco's defence administration said")."""
    bare = _POSSESSIVE_END.sub("", name)
    return any(gazetteers.load(g).lookup(n) for g in ("country", "organisation", "company") for n in {name, bare})


def _dashed_mentions(text: str, matches: Iterable[re.Match[str]]) -> list[Mention]:
    countries = gazetteers.load("country")
    out = []
    for m in matches:
        row = countries.lookup(m.group("m"))
        s, e = m.span("m")
        out.append(Mention(s, e, state_actor(row.id, Span.of(text, s, e)), row.get("form", "name"), bool(m.group("poss"))))
    return out


_INSTITUTION_WORDS = frozenset(
    "Committee Commission Council Ministry Department Agency Office Command Staff Force Forces Army Navy Corps "
    "Assembly Parliament Congress Senate Secretariat Directorate Board Authority Bureau Group Headquarters".split())
_HYPHENS = "-\u2010"  # the scan's word boundary: a state after one of these is not read
_OF_STATE = regex.compile(r"[ \t]+of\s+(?:the\s+)?")
# "the commander of the Lebanese Navy", "the chief of the Ghanaian Armed Forces"
SERVICE_WORDS = (r"(?:Navy|Army|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?|Coast\s+Guard|Marine\s+Corps|Marines|National\s+Guard"
                 r"|Air\s+Corps|Naval\s+Air\s+Arm|Regiment)\b")
"""A state's armed service written after its adjective: "the Lebanese Navy", "the Irish Air Corps"."""
_SERVICE_AFTER = regex.compile(rf"[ \t]+{SERVICE_WORDS}")
_ROYAL = regex.compile(r"Royal[ \t]+")
# "the commander of the Japanese training squadron", "the head of the Dutch contingent": a unit of the state's forces
_UNIT_AFTER = regex.compile(r"(?i)(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:squadron|flotilla|fleet|task[ \t]+(?:group|force|unit)|contingent|detachment"
                            r"|battalion|brigade|regiment|battle[ \t]*group|air[ \t]+wing|peacekeeping[ \t]+force)\b")


def _state_at(text: str, pos: int, states_at: dict[int, re.Match[str]]) -> re.Match[str] | None:
    """The state named at ``pos``, also after "Royal" when its service follows ("the Commander of the Royal
    Bahamas Defence Force", "the chief of the Royal Thai Navy")."""
    if (state := states_at.get(pos)) is not None:
        return state
    royal = _ROYAL.match(text, pos)
    state = states_at.get(royal.end()) if royal is not None else None
    return state if state is not None and _SERVICE_AFTER.match(text, state.end("m")) else None


def _body_at(text: str, pos: int, bodies_at: dict[int, regex.Match[str]], states_at: dict[int, re.Match[str]]) -> regex.Match[str] | None:
    """The organisation named at ``pos``, also after its state's adjective ("the Chinese People's Liberation Army Navy")."""
    if (body := bodies_at.get(pos)) is not None:
        return body
    state = states_at.get(pos)
    space = _WHITE.match(text, state.end("m")) if state is not None else None
    return bodies_at.get(space.end()) if space is not None else None


_TITLE_WORD_NAME = regex.compile(r"(?:Minister|Secretary|President|Chairman|Chairwoman|Chancellor|Governor|Ambassador|Director|Premier)\b")
# between a navy and its ship's prefix: "Navy frigate ", "Navy's offshore patrol vessel ", " Coast Guard cutter "
_NAVY_BEFORE_SHIP = regex.compile(
    r"(?:['’]s)?\s+(?:Navy|Naval\s+Force|Naval\s+Service|Coast\s+Guard)(?:['’]s)?\s+(?:[\w-]+\s+){1,3}")


# a state's armed service named by the organisation list: "People's Liberation Army Navy", "Bundeswehr"
_SERVICE_NAME = regex.compile(r"(?i)\b(?:navy|army|air\s+force|armed\s+forces|defen[cs]e\s+forces?|coast\s+guard|marines?|guard|bundeswehr|military)\b")
# "the French Ambassador to Kenya", "Japan's ambassador in Panama City": where an envoy is posted
_POSTED_TO = regex.compile(r"[ \t]+(?:to|in)\s+(?:the\s+)?")
# office holders posted abroad: they meet the officials of the state they are posted to
ENVOYS = frozenset({"Ambassador", "High Commissioner", "Defence Attaché", "Envoy"})


def _dashed_states(text: str, mentions: Sequence[Mention], kinds: tuple[str, ...]) -> list[re.Match[str]]:
    """The states hyphened onto a mention of ``kinds`` ("India-US", "Japan-Philippines-US talks",
    "Franco-German", "Polish-Ukrainian", "EU-China"), which the scan, reading whole words, does not
    see: only after a party, so "pro-Russian" and "non-EU" name nobody. Matches of the country
    scan, at their offsets in ``text``."""
    scan = _patterns()["country"]
    countries = gazetteers.load("country")
    out: list[re.Match[str]] = []
    for x in mentions:
        if x.actor.kind not in kinds or x.form in ("pair", "anaphor", "capital", "seat"):
            continue
        pos = x.end if x.form == "prefix" else x.end + 1  # "Franco-" ends with its dash
        if x.form != "prefix" and (x.possessive or x.end >= len(text) or text[x.end] not in _HYPHENS):
            continue
        while pos < len(text) and text[pos].isupper():
            stop = pos + 40
            while stop < len(text) and not text[stop].isspace():
                stop += 1  # the window ends between words, so a cut word is never read as a name
            # white space for what comes before: the hyphen is out of the scan's sight, offsets stay
            m = scan.match(" " * pos + text[pos:stop], pos)
            row = countries.lookup(m.group("m")) if m else None
            if m is None or row is None or row.get("form", "name") not in ("name", "alias", "demonym", "prefix"):
                break
            out.append(m)
            e = m.end("m")
            if row.get("form") == "prefix":
                pos = e
            elif e < len(text) and text[e] in _HYPHENS and not m.group("poss"):
                pos = e + 1
            else:
                break
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
    people = {m.surname: m for m in mentions if m.surname and m.form in ("person", "counterpart")}
    if not people:
        return []
    pattern = regex.compile(r"\b(?P<s>" + "|".join(regex.escape(s) for s in people) + r")\b(?!\s+\p{Lu})")
    # "... and Anthony Albanese": the given names written again belong to the mention
    given_before = {}
    for surname, p in people.items():
        given = p.actor.name[: p.actor.name.rfind(surname)].split()
        if given and p.actor.name != p.actor.role:
            given_before[surname] = regex.compile(r"(?<![\w\-])" + r"\s+".join(map(regex.escape, given)) + r"\s+\Z")
    out = []
    for m in pattern.finditer(text):
        first = people[m.group("s")]
        if m.start() < first.end:
            continue
        start = m.start()
        if (given := given_before.get(first.surname)) is not None \
                and (before := given.search(text[max(0, start - 60):start])) is not None:
            start -= len(before.group())
        span = Span.of(text, start, m.end())
        out.append(Mention(start, m.end(), first.actor.model_copy(update={"span": span}), "person",
                           surname=first.surname, extra=first.extra))
    return out


_TITLES_JOINED = regex.compile(r"[ \t]+(?:and|&)[ \t]+")


def _double_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two titles held by one named person ("Deputy Prime Minister and Minister for Defence Richard
    Marles", "Australian Deputy Prime Minister and Defence Minister Richard Marles"): one mention.
    A second title with a determiner ("the Prime Minister and the Defence Secretary") or a first
    title with its own name ("President Macron and Chancellor Merz") are two people."""
    out: list[Mention] = []
    for x in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.form == x.form == "person" and prev.actor.name == prev.actor.role \
                and x.actor.name != x.actor.role and not x.extra.get("qualified") and not prev.extra.get("posted") \
                and not _is_rank(x.actor.role) and _TITLES_JOINED.fullmatch(text, prev.end, x.start):
            # (a rank is no second title: "received the cutter's commanding officer and Rear Admiral X" are two people)
            code = prev.code or x.code
            actor = x.actor.model_copy(update={"code": code, "country": code, "span": Span.of(text, prev.start, x.end)})
            out[-1] = Mention(prev.start, x.end, actor, "person", surname=x.surname,
                              extra={"qualified": bool(prev.extra.get("qualified") or x.extra.get("qualified"))})
            continue
        out.append(x)
    return out


_APPOSED_NAME = regex.compile(rf"(?<![\w\-])(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD}),\s+(?:the\s+)?\Z")
_NOT_A_NAME = frozenset(
    "The A An In On At For From With By And But As After Before When While Meanwhile Earlier Later Speaking "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split())


_OBJECT_BEFORE = regex.compile(r"(?i)\b(?:with|by|met|meets|received|receives|hosted|hosts|welcomed|and)\s+\Z")


def _apposed(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name set before a qualified title, in apposition ("Richard Marles, Australia's defence
    minister, said"; "Gen Nakatani, Japan's defence minister"; "met Hanno Pevkur, his Estonian
    counterpart"): one person, named and qualified."""
    out: list[Mention] = []
    for x in mentions:
        # (an unqualified title too, after "the", for a name met: "with Amadou Sall, the minister delegate in charge of ...")
        unqualified = x.form == "person" and x.actor.name == x.actor.role and not x.extra.get("qualified") \
            and _THE_BEFORE.search(text, max(0, x.start - 6), x.start)
        if (x.form == "person" and x.extra.get("qualified") and x.actor.name == x.actor.role) or unqualified \
                or (x.form == "counterpart" and x.code and x.surname is None):
            m = _APPOSED_NAME.search(text, max(0, x.start - 60), x.start)
            name = m.group("name") if m else None
            if unqualified and m is not None and not _OBJECT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                name = None
            if name and (set(name.split()) & _NOT_A_NAME or _names_a_party(name) or gazetteers.load("place").lookup(name)):
                name = None
            start = m.start() if m is not None else x.start
            if name is not None:
                while out and out[-1].end > m.start():
                    dropped = out.pop()  # "Gen Nakatani" read as a bare title and name: the same person
                    if dropped.form != "person" or dropped.extra.get("qualified"):
                        out.append(dropped)
                        name = None
                        break
                    if dropped.end == m.end("name") and dropped.start < start and dropped.actor.name:
                        # "Rear Admiral Eugénio Dias da Silva Muatuca, Commander of the Mozambique Navy": the whole name
                        start, name = dropped.start, dropped.actor.name
            if name is not None:
                span = Span.of(text, start, x.end)
                actor = x.actor.model_copy(update={"name": " ".join(name.split()), "span": span})
                x = Mention(start, x.end, actor, x.form, surname=_surname(name), extra=x.extra)
        out.append(x)
    return out


# between a qualified title and the name set after it: "Belarus's Deputy Minister of Defence for
# Armaments, Major-General Dmitry Pantus", "Japan's defence minister, Gen Nakatani"
_NAME_AFTER_GAP = regex.compile(r"(?:[ \t]+(?:for|of)(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|the|of))+)?,\s+(?:the\s+)?")


def _is_rank(title: str | None) -> bool:
    row = gazetteers.load("title").lookup(title) if title else None
    return row is not None and "military_rank" in row.get("note")


def _named_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A qualified title without a name, then a ranked name in apposition ("Belarus's Deputy
    Minister of Defence for Armaments, Major-General Dmitry Pantus"): one person, of the title's
    state, not of the home state an unqualified rank would give. Another office ("Japan's defence
    minister, Prime Minister Ishiba and ...") is another person."""
    out: list[Mention] = []
    for x in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.form == x.form == "person" and prev.extra.get("qualified") and prev.code \
                and prev.actor.name == prev.actor.role and x.actor.name != x.actor.role \
                and not x.extra.get("qualified") and _is_rank(x.actor.role) \
                and _NAME_AFTER_GAP.fullmatch(text, prev.end, x.start):
            actor = x.actor.model_copy(update={"code": prev.code, "country": prev.code, "role": prev.actor.role,
                                               "span": Span.of(text, prev.start, x.end)})
            out[-1] = Mention(prev.start, x.end, actor, "person", surname=x.surname, extra=prev.extra)
            continue
        out.append(x)
    return out


# "the Philippine Department of National Defense (DND)": a proper name (capitalised words, "of",
# "for", "and", "the"), or none when the state's mention is the body itself, between a state's
# mention and the bracket that defines an acronym
_NAME_BEFORE_ACRONYM = regex.compile(r"(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|for|and|the|de|du|des|la))*\s*\(\s*$")


def _defined_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """An acronym the text defines for a body of a named state ("the Philippine Department of
    National Defense (DND)", "Brazil's Army Logistics Command (COLOG)") stands for that state
    wherever the text uses it, whatever state the gazetteer gives the same letters (DND is also
    Canada's department)."""
    defined: dict[str, str] = {}
    out: list[Mention] = []
    for i, x in enumerate(mentions):
        surface = text[x.start:x.end]
        # a home-state acronym ("DND": Canada's or the Philippines') has no code of its own yet
        if x.form == "institution" and surface.isupper() and (x.code or x.actor.kind == "organisation"):
            if surface in defined and defined[surface] != x.code:
                x = replace(x, actor=x.actor.model_copy(update={"code": defined[surface], "country": defined[surface]}))
            elif text[x.end:x.end + 1] == ")":
                owner = next((m for m in reversed(mentions[max(0, i - 3):i])
                              if m.code and m.actor.kind in ("state", "organisation") and m.form != "organisation"), None)
                if owner is not None and x.start - owner.end <= 90 and _NAME_BEFORE_ACRONYM.fullmatch(text, owner.end, x.start):
                    defined[surface] = owner.code
                    if owner.code != x.code:
                        x = replace(x, actor=x.actor.model_copy(update={"code": owner.code, "country": owner.code}))
        out.append(x)
    return out


def find_mentions(text: str, home: str | None = None) -> list[Mention]:
    """Every actor mention in ``text``, in order, non-overlapping.

    Unqualified office holders and institutions take ``home`` as their state.
    """
    chosen = _named_after(text, _apposed(text, _double_titles(text, _select(_raw_mentions(text, home)))))
    chosen = _select(chosen + _surname_mentions(text, chosen))
    chosen = _firm_short_names(text, _placed_firms(text, chosen))
    chosen = _same_envoy(text, _office_apposed(text, _defined_acronyms(text, _led_by(text, _of_state_after(text, _known_people(chosen))))))
    chosen = _delegation_told_before(text, chosen)
    notes = _translation_notes(text)
    return [resolve_home(m, home) for m in _national_arms(text, chosen)
            if not _unnamed_member(text, m) and not _ship_named_for(text, m) and (m.start, m.end) not in notes]


def _translation_notes(text: str) -> set[tuple[int, int]]:
    """The languages named by translation notes ("(translated from French)", "the Polish original"): a
    language, not a mention of its state (the note still tells where the story is written from:
    :func:`home_scores`)."""
    return {note.span("lang") for note in _TRANSLATED.finditer(text)}


# "the frigate Admiral Gorshkov", "the patrol ship General Artigas": a ship named after an officer
_CRAFT_BEFORE = regex.compile(r"(?i)\b(?:frigate|destroyer|corvette|cruiser|tanker|oiler|submarine|vessel|ship|carrier|icebreaker|tug|flagship"
                              r"|patrol\s+(?:ship|vessel|boat)|landing\s+ship)[ \t]+\Z")


def _ship_named_for(text: str, m: Mention) -> bool:
    return m.form == "person" and not m.extra.get("qualified") and _CRAFT_BEFORE.search(text, max(0, m.start - 24), m.start) is not None


# "The delegation's talks with ...", "the delegation also visited ...": one delegation, told before with its state
_THE_DELEGATION = regex.compile(r"(?<![\w-])[Tt]he\s+delegation(?=['’]s\b|\s)")
_DELEGATION_OF = regex.compile(r"(?i)\bdelegation\s+(?:led\s+by\s+[^,.;]{3,60}?\s+)?(?:from|of)\s+(?:the\s+)?\Z")
_DELEGATION_AFTER = regex.compile(r"(?i)(?:['’]s?)?\s+(?:(?:high-level|senior|military|defen[cs]e|naval|army|air\s+force|government|official|"
                                  r"parliamentary|ministerial|business|joint)\s+){0,2}delegation\b")


def _delegation_told_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The delegation" as the delegation of the state told with it in the last 600 characters ("a delegation from
    the Republic of Mauritius ... The delegation's talks with ...", "A Vietnamese military delegation ... The
    delegation also visited ..."); nothing when two states' delegations were told."""
    if "delegation" not in text:
        return mentions
    out = list(mentions)
    for m in _THE_DELEGATION.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        told = {x.code: x for x in mentions if x.code and m.start() - 600 <= x.start and x.end <= m.start()
                and x.form in ("name", "alias", "demonym") and (_DELEGATION_OF.search(text, max(0, x.start - 60), x.start)
                                                                or _DELEGATION_AFTER.match(text, x.end))}
        if len(told) == 1:
            code = next(iter(told))
            span = Span.of(text, m.start(), m.end())
            out.append(Mention(m.start(), m.end(), Actor(name=f"{state_actor(code).name} delegation", code=code, kind="organisation",
                                                         country=code, span=span), "institution"))
    return sorted(out, key=lambda x: x.start)


# "a framework agreement with one NATO navy", "an EU member state", "two NATO allies": a member left unnamed,
# not the body itself
_UNNAMED_BEFORE = regex.compile(r"(?i)\b(?:a|an|one|another|some|several|two|three|four|five|unnamed|undisclosed|unspecified)\s+(?:[\w-]+\s+)?\Z")
_MEMBER_AFTER = regex.compile(r"(?i)\s+(?:navy|navies|army|armies|air\s+forces?|armed\s+forces|members?(?:\s+states?)?|ally|allies|country|"
                              r"countries|states?|nations?|customers?|governments?|partners?)\b")


def _unnamed_member(text: str, m: Mention) -> bool:
    return m.actor.kind == "organisation" and _MEMBER_AFTER.match(text, m.end) is not None \
        and _UNNAMED_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


# A firm the company list lacks, placed by the words around it: "Gdańsk-based Remontowa", "the Spanish
# shipbuilder Gondan", "Gondan, a Spanish shipyard,", "the state company Kazakhstan Engineering"
_FIRM_NAME = r"\p{Lu}[\p{L}\d&'’.-]*(?:[^\S\n](?:&[^\S\n])?\p{Lu}[\p{L}\d&'’.-]*){0,3}"
_TRADE_NOUN = (r"(?:shipbuilders?|shipyards?|yards?|boatbuilders?|boatyards?|builders?|manufacturers?|makers?|firms?|company|companies|group|contractors?|gunmakers?|"
               r"producers?|suppliers?|exporters?|subsidiary|start-?up|specialists?|enterprises?|corporation|conglomerate|holding)")
_FIRM_ADJECTIVES = (r"(?:(?:defen[cs]e|arms|naval|military|aerospace|state[\s-]owned|state[\s-]run|state|private|privately[\s-]held|"
                    r"family[\s-]owned|armou?red[\s-]vehicle|ammunition|electronics|drone|radar|engineering|boat|vehicle)[^\S\n]+){0,3}")
_PLACED_FIRM = regex.compile(
    rf"(?P<city>\p{{Lu}}[\p{{L}}'’]+(?:[^\S\n]\p{{Lu}}[\p{{L}}'’]+)?)-based[^\S\n]+(?P<firm>{_FIRM_NAME})"
    rf"|\b(?!(?:The|A|An|Its|This|That|Their)\b)(?P<dem>\p{{Lu}}[\p{{L}}-]+)[^\S\n]+{_FIRM_ADJECTIVES}{_TRADE_NOUN}[^\S\n]+(?P<firm>{_FIRM_NAME})"
    rf"|\b(?:state|state[\s-]owned|state[\s-]run|national|government[\s-]owned)[^\S\n]+{_FIRM_ADJECTIVES}{_TRADE_NOUN}[^\S\n]+(?P<firm>{_FIRM_NAME})"
    rf"|(?P<firm>{_FIRM_NAME}),[^\S\n]+(?:a|an|the)[^\S\n]+(?:(?P<dem>\p{{Lu}}[\p{{L}}-]+)|(?P<city>\p{{Lu}}[\p{{L}}'’]+(?:[^\S\n]\p{{Lu}}[\p{{L}}'’]+)?)-based)"
    rf"[^\S\n]+{_FIRM_ADJECTIVES}{_TRADE_NOUN}\b")
# a firm told by its trade and town alone: "between the ministry and the Antalya-based yard", "the Gdańsk-based shipbuilder"
_PLACED_DESCRIPTION = regex.compile(
    rf"\b(?i:the)[^\S\n]+(?P<city>\p{{Lu}}[\p{{L}}'’]+(?:[^\S\n]\p{{Lu}}[\p{{L}}'’]+)?)-based[^\S\n]+{_FIRM_ADJECTIVES}{_TRADE_NOUN}\b(?![^\S\n]+\p{{Lu}})")
# words that open a sentence or a time, never a firm's first word ("On Tuesday Gondan, a Spanish yard,")
_NOT_A_FIRM_WORD = frozenset(
    "The A An On In At By For From With And But Also Meanwhile Last This Next Earlier Later Its Their His Her It They "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Separately However Today Yesterday".split())


def _placed_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of firms the company list lacks, with the state the words around them give, and their
    later namings; a state's name that opens such a firm's name ("the state company Kazakhstan
    Engineering") is the firm's, not a party of its own."""
    if "-based" not in text and not _TRADE_NOUN_CUE.search(text):
        return mentions
    countries = gazetteers.load("country")
    found: dict[str, tuple[str, str]] = {}  # firm name -> (state, kind of actor)
    spans: list[tuple[int, int, tuple[str, str]]] = []
    for m in _PLACED_FIRM.finditer(text):
        s, e = m.span("firm")
        words = m.group("firm").split()
        while words and words[0] in _NOT_A_FIRM_WORD:
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
            words = words[1:]
        state_named = m.group("dem") is None and m.group("city") is None  # "the state company Kazakhstan Engineering"
        code = None
        if m.group("dem"):
            row = countries.lookup(m.group("dem"))
            code = row.id if row is not None and row.get("form") == "demonym" else None
        elif m.group("city"):
            code = _town_state(m.group("city"))
        else:
            inside = [x for x in mentions if s <= x.start < e and x.form in ("name", "alias", "demonym")]
            code = inside[0].code if inside and inside[0].start == s else None
        if code is None or not words or len(words) > 4:
            continue
        if any(x.start < e and s < x.end and (x.actor.kind in ("company", "person", "organisation")
                                              or x.form not in ("name", "alias", "demonym")
                                              or (x.start == s and x.code != code))
               for x in mentions):
            # a listed firm, a person, a body, or a firm that opens with another state's name
            # ("Senegal-based French Elements"; "the Dutch shipbuilder Holland Shipyards" is one)
            continue
        # a state enterprise named after its state buys for it: the state's body, not a seller's firm
        found.setdefault(text[s:e], (code, "state" if state_named else "company"))
        spans.append((s, e, found[text[s:e]]))
    described = [(m.start("city"), m.end(), code) for m in _PLACED_DESCRIPTION.finditer(text)
                 if (code := _town_state(m.group("city"))) is not None]
    if not found and not described:
        return mentions
    later = regex.compile(r"(?<![\w-])(?P<name>" + "|".join(map(regex.escape, sorted(found, key=len, reverse=True))) + r")(?![\w-])")
    for m in later.finditer(text) if found else ():
        if not any(s == m.start() for s, _, _ in spans):
            spans.append((m.start(), m.end(), found[m.group("name")]))
    spans.extend((s, e, (code, "company")) for s, e, code in described)
    out = list(mentions)
    for s, e, (code, kind) in spans:
        if any(x.start < e and s < x.end and x.actor.kind in ("company", "person", "organisation") for x in out):
            continue
        out = [x for x in out if not (x.start < e and s < x.end)]
        span = Span.of(text, s, e)
        poss = text.startswith(("'s", "’s"), e)
        out.append(Mention(s, e, Actor(name=span.text, code=code, kind=kind, country=code, span=span),
                           "company" if kind == "company" else "institution", poss))
    return sorted(out, key=lambda x: x.start)


_TRADE_NOUN_CUE = regex.compile(rf"\b{_TRADE_NOUN}\b")


def _town_state(name: str, forms: tuple[str, ...] = ("capital", "name", "alias")) -> str | None:
    """The state of a town ("Antalya"), or of a capital or state named as a place ("Ankara-based", "Singapore-based"),
    a country row counting only in one of ``forms``."""
    row = gazetteers.load("place").lookup(name)
    if row is not None:
        return row.get("country") or None
    row = gazetteers.load("country").lookup(name)
    return row.id if row is not None and row.get("form") in forms else None


# the short name a text gives a firm in brackets: "Kalyani Strategic Systems (KSSL)", "Karachi Shipyard (KS&EW)"
_FIRM_SHORT_NAME = regex.compile(r"[^\S\n]*\([^\S\n]*(?P<short>\p{Lu}[\p{Lu}\d&-]{1,9})[^\S\n]*\)")


def _firm_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A firm's short name defined in brackets after its name stands for that firm wherever the text
    uses it ("Kalyani Strategic Systems (KSSL) ... KSSL signed a contract"), unless the letters are
    already some other actor's."""
    defined: dict[str, tuple[Mention, int]] = {}
    for x in mentions:
        if x.actor.kind == "company" and x.code and (short := _FIRM_SHORT_NAME.match(text, x.end)):
            defined.setdefault(short.group("short"), (x, short.start("short")))
    if not defined:
        return mentions
    later = regex.compile(r"(?<![\w&-])(?:" + "|".join(map(regex.escape, sorted(defined, key=len, reverse=True))) + r")(?![\w&-])")
    out = list(mentions)
    for m in later.finditer(text):
        firm, bracket = defined[m.group()]
        if m.start() == bracket or any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        span = Span.of(text, m.start(), m.end())
        out.append(Mention(m.start(), m.end(), firm.actor.model_copy(update={"name": span.text, "span": span}), "company",
                           text.startswith(("'s", "’s"), m.end())))
    return sorted(out, key=lambda x: x.start)


# between a group's name and the state of its national arm: "Thales Australia", "General Dynamics Land Systems–Canada"
_ARM_GAP = regex.compile(r"[^\S\n]*[–—-][^\S\n]*|[^\S\n]+")
_NOT_AN_ARM_AFTER = regex.compile(r"['’]s\b|-based\b|[^\S\n]+(?:and|or)\b")


def _national_arms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A group's name with a state's name right after it is the group's arm in that state ("Thales Australia
    will supply 30 Hawkei vehicles", "Saab Australia", "General Dynamics Land Systems–Canada"): a firm of
    that state, one mention, not the parent's firm beside a state."""
    out: list[Mention] = []
    for x in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.actor.kind == "company" and x.form in ("name", "alias") and x.actor.kind == "state" \
                and not prev.possessive and _ARM_GAP.fullmatch(text, prev.end, x.start) and not _NOT_AN_ARM_AFTER.match(text, x.end):
            span = Span.of(text, prev.start, x.end)
            out[-1] = replace(prev, end=x.end, actor=prev.actor.model_copy(update={
                "code": x.code, "country": x.code, "name": span.text, "span": span}))
            continue
        out.append(x)
    return out


_THE_BEFORE = regex.compile(r"(?i)\bthe[^\S\n]+\Z")
# "the German Navy's chief, Vice Admiral Jan Christian Kaack": an office of a state's body, then the name
_OFFICE_WORD = r"(?:chief|commander|head|leader|captain)"
_OFFICE_OF_BODY = regex.compile(rf"['’]s?[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?(?:{_OFFICE_WORD}|envoy|representative|attach[ée]|spokesman|spokeswoman),\s+\Z")


# ... or the office opens the mention itself: "the Indian task group commander, Rear Admiral X"
_OFFICE_OPENS = regex.compile(rf"(?i){_OFFICE_WORD},\s")
_BODY_GAP = regex.compile(r"(?:['’]s)?[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?")


# an office of a body apposed after a name: "Adm. Alvin Holsey, the head of U.S. Southern Command"
_OFFICE_OF_AFTER = regex.compile(rf",[^\S\n]+(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){{0,2}}?{_OFFICE_WORD}[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?", regex.I)
_BODY_FORMS = ("institution", "name", "alias", "demonym")


def _placed(m: Mention, code: str, **extra: object) -> Mention:
    """``m``, an office holder the text ties to the state ``code``."""
    return replace(m, actor=m.actor.model_copy(update={"code": code, "country": code}), extra={**m.extra, "qualified": True, **extra})


def _names_a_body(m: Mention) -> bool:
    """Whether ``m`` names a state or one of its bodies (not a firm) that an office may belong to."""
    return bool(m.code) and m.form in _BODY_FORMS and m.actor.kind != "company"


def _office_apposed(text: str, mentions: list[Mention]) -> list[Mention]:
    """An unqualified ranked name apposed to an office of a state's body ("the German Navy's chief,
    Vice Admiral X", "Adm. X, the head of U.S. Southern Command") is of that state, whatever the
    home state."""
    out: list[Mention] = []
    for i, x in enumerate(mentions):
        if x.form == "person" and not x.extra.get("qualified"):
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            prev = out[-1] if out else None
            if x.actor.name != x.actor.role and nxt is not None and _names_a_body(nxt) \
                    and _OFFICE_OF_AFTER.fullmatch(text, x.end, nxt.start):
                x = _placed(x, nxt.code)  # the office after the name
            elif prev is not None and _names_a_body(prev) and x.start - prev.end <= 40 \
                    and (_OFFICE_OF_BODY.fullmatch(text, prev.end, x.start)
                         or (_OFFICE_OPENS.match(text, x.start) and _BODY_GAP.fullmatch(text, prev.end, x.start))):
                x = _placed(x, prev.code)  # the office before the name
        out.append(x)
    return out


def _same_envoy(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The Ambassador of Nepal to Bangladesh called on ... the Ambassador and the Deputy Minister
    signed": a bare "the Ambassador" is the envoy told before, not one of the home state."""
    out: list[Mention] = []
    for x in mentions:
        if x.form == "person" and x.code is None and x.actor.role in ENVOYS and x.actor.name == x.actor.role \
                and _THE_BEFORE.search(text, max(0, x.start - 6), x.start):
            told = next((m for m in reversed(out) if m.form == "person" and m.code and m.actor.role == x.actor.role), None)
            if told is not None:
                x = _placed(x, told.code, **({"posted": told.extra["posted"]} if "posted" in told.extra else {}))
        out.append(x)
    return out


_OF_THE = regex.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")


# a service Britain's gazetteer row names, which other monarchies' services share: "the Royal Navy of Oman"
_ROYAL_SERVICE = regex.compile(r"Royal\s+(?:Navy|Air\s+Force|Army|Marines)")


def _of_state_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A generic body named with its state after it ("the Ministry of Defence of the Republic of
    Azerbaijan", "the National Armed Forces of Uruguay", "the Royal Navy of Oman") is that state's,
    not the home state's (nor Britain's)."""
    out = list(mentions)
    for i, m in enumerate(out[:-1]):
        nxt = out[i + 1]
        generic = m.code is None or _ROYAL_SERVICE.fullmatch(text, m.start, m.end) is not None
        if m.form == "institution" and generic and nxt.actor.kind == "state" and nxt.form in ("name", "alias") \
                and nxt.code and (gap := _OF_THE.fullmatch(text, m.end, nxt.start)) is not None:
            out[i] = replace(m, actor=m.actor.model_copy(update={"code": nxt.code, "country": nxt.code}))
    return out


# "a delegation of the Ministry of Defence of the Republic of Azerbaijan headed by Deputy Minister
# Agil Gurbanov", "a Rwanda Defence Force team led by the Army Chief of Staff"
_LED_BY = regex.compile(
    r"(?i)\b(?:(?:delegations?|teams?|missions?|contingents?|groups?)\s+(?:of|from)\s+[^.;:]{0,120}?"
    r"|(?:[\w’'-]+\s+){0,3}?(?:delegations?|teams?|missions?|contingents?))\s+(?:led|headed)\s+by\s+(?:the\s+)?\Z")


def _led_by(text: str, mentions: list[Mention]) -> list[Mention]:
    """An office holder with no state of his own who leads a delegation of a state ("a delegation
    of the Ministry of Defence of Azerbaijan headed by Deputy Minister Agil Gurbanov", "a Nigerian
    military delegation led by the Chief of Army Staff") is of that state, not the home state: the
    last state-coded mention inside the delegation's phrase."""
    out = []
    for i, m in enumerate(mentions):
        if m.form == "person" and m.code is None and m.actor.role != "counterpart":
            led = _LED_BY.search(text, max(0, m.start - 160), m.start)
            if led is not None:
                owner = next((x for x in reversed(mentions[max(0, i - 4):i]) if x.code and x.start >= led.start()
                              and (x.actor.kind in ("state", "person") or x.form == "institution")), None)
                if owner is not None:
                    m = _placed(m, owner.code)
        out.append(m)
    return out


def _known_people(mentions: list[Mention]) -> list[Mention]:
    """An unqualified office holder already named with a state ("U.S. Defense Secretary Pete
    Hegseth ... Defense Secretary Pete Hegseth said") keeps that state, not the home state's."""
    known: dict[str, Mention] = {}
    out = []
    for m in mentions:
        if m.form == "person" and m.surname:
            if m.extra.get("qualified") and m.code:
                known.setdefault(m.surname, m)
            elif m.code is None and m.surname in known and m.actor.role != "counterpart":
                code = known[m.surname].code
                m = replace(m, actor=m.actor.model_copy(update={"code": code, "country": code}))
        out.append(m)
    return out


def home_titles(mentions: Sequence[Mention], home: str | None, text: str) -> list[Mention]:
    """An unqualified title peculiar to one state ("Minister of the Armed Forces": France) in a
    story datelined in another state that it never names ("Lomé, 1 Nov. (ATOP) – The Minister of
    the Armed Forces received ...") is the home state's office: other states use the title too."""
    if home is None or not any(m.form == "person" and m.code and m.code != home for m in mentions) \
            or _dateline_state(text, _lead_end(text, _first_line_end(text))) != home:
        return list(mentions)
    # (a state named only in a later sentence does not claim the title: "MANILA — Defense Secretary Gilberto
    # Teodoro Jr. and Australia's Defence Minister met ... The Philippines also has a pact with the United States")
    named = {}
    for m in mentions:
        if m.code and (m.form not in ("person", "counterpart", "pair", "anaphor", "self") or m.extra.get("qualified")):
            named.setdefault(m.code, m.start)
    out = []
    for m in mentions:
        if m.form == "person" and m.code and m.code != home and not _named_by(named.get(m.code), m, text) and not m.extra.get("qualified") \
                and m.actor.role != "counterpart" and m.actor.span is not None:
            if _title_state(m) is not None:
                m = replace(m, actor=m.actor.model_copy(update={"code": home, "country": home}))
        out.append(m)
    return out


def _named_by(at: int | None, m: Mention, text: str) -> bool:
    """Whether a state first named at ``at`` is named before the office holder ``m`` or in his sentence."""
    return at is not None and (at < m.start or not regex.search(r"[.!?]\s", text[m.end:at]))


def _title_state(m: Mention) -> str | None:
    """The state an office holder's title is peculiar to ("Secretary of Defense": USA), if any."""
    title = _title_in_pattern().search(m.actor.span.text) if m.actor.span else None
    row = gazetteers.load("title_home").lookup(title.group()) if title else None
    return row.id if row is not None else None


# states whose own legislature is called Congress: a bare "Congress" in a story from one of them is that
# legislature, not the US one ("Opposition senators want a session of Congress on the purchase of frigates")
_CONGRESS_STATES = frozenset("ARG BOL BRA CHL COL DOM ESP FSM GTM HND MEX PER PHL PRY".split())


def congress_at_home(text: str, mentions: list[Mention], home: str | None) -> list[Mention]:
    """A bare "Congress" in a story that names no other US actor is the legislature of the story's state
    that has one (the home state, else the only such state named): "Norway and Peru: ... Opposition
    senators want a session of Congress on the purchase of frigates" is Peru's Congress."""
    bare = [m for m in mentions if m.code == "USA" and text[m.start:m.end] == "Congress"]
    if not bare or any(m.code == "USA" and m not in bare for m in mentions):
        return mentions
    named = {m.code for m in mentions if m.code in _CONGRESS_STATES}
    code = home if home in _CONGRESS_STATES else (named.pop() if len(named) == 1 else None)
    if code is None:
        return mentions
    return [replace(m, actor=m.actor.model_copy(update={"code": code, "country": code}), extra={**m.extra, "at_home": True})
            if m in bare else m for m in mentions]


def resolve_home(m: Mention, home: str | None) -> Mention:
    if m.form in ("institution", "self") and m.actor.code is None:
        # (marked: "the National Navy" is the home state's only because nothing else names its state)
        return replace(m, actor=m.actor.model_copy(update={"code": home, "country": home}), extra={**m.extra, "at_home": True}) if home else m
    return _resolve_person(m, home)


def _resolve_person(m: Mention, home: str | None) -> Mention:
    """Give an unqualified office holder a state: the one its title is peculiar to ("Secretary of
    Defense", "Chief of the Defence Staff"), else the home state."""
    if m.form == "person" and m.actor.code is None and m.actor.role != "counterpart":
        code = _title_state(m) or home
        if code:
            return replace(m, actor=m.actor.model_copy(update={"code": code, "country": code}))
    return m


# "OSLO, Sept 30 (Reuters) -", "BEIJING (Xinhua) --", "ISLAMABAD: " (a capitalised city and a colon, South Asian
# style), "PHILIPSBURG--" (a dash run on)
_DATELINE = regex.compile(r"^\s*(?:(?P<city>\p{Lu}[\p{Lu}\p{Ll} .'’-]{1,30}?)\s*(?:,|\(|\s[–—-]|--|—)|(?P<city>\p{Lu}[\p{Lu} .'’-]{1,30}?):\s)")
# A dateline on a line of its own below the headline, or opening the lead: a city (or "City/City"),
# perhaps a state or region, then what only a dateline has: a date or weekday, an agency in
# brackets, or a dash ("Baku, June 26, 2025 / APA", "KUWAIT CITY, Oct 1 (KUNA) --", "OSLO (NTB) –",
# "SATTAHIP, Thailand –", "BANDAR SERI BEGAWAN, Wednesday", "Ulaanbaatar /MONTSAME/")
_MONTH_OR_DAY = (r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?"
                 r"|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{L}+")
_LATER_DATELINE = regex.compile(
    r"^[^\S\n]*(?!By\s)(?P<city>\p{Lu}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,3}"
    r"(?:/\p{Lu}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,3})*)"
    r"(?:,[^\S\n]*(?P<region>\p{Lu}\p{L}+(?:[^\S\n]\p{Lu}\p{L}+){0,2}))?"
    rf"[^\S\n]*(?:,[^\S\n]*(?:{_MONTH_OR_DAY})|\([\p{{Lu}}][\p{{L}}&\-]{{1,15}}\)|/[\p{{Lu}}][\p{{Lu}}&\-]{{1,15}}/|[–—]|--?[^\S\n])",
    regex.MULTILINE)
# An upper-case city closing with a colon or a full stop, opening a line below the headline
# ("ISLAMABAD: Defence minister ...", "KIEL. The frigate ...")
# (also in title case with a full stop, "La Paz. Defence Minister ...": only a city the gazetteers know counts)
_CAPS_DATELINE = regex.compile(
    r"^[^\S\n]*(?P<city>\p{Lu}[\p{Lu}'’-]+(?:[^\S\n]\p{Lu}[\p{Lu}'’-]+){0,3})(?P<region>)[:.][^\S\n]+(?=\p{Lu})"
    r"|^[^\S\n]*(?P<city>\p{Lu}\p{Ll}[\p{L}'’-]*(?:[^\S\n]\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?P<region>)\.[^\S\n]+(?=\p{Lu})", regex.MULTILINE)


# Where a header says the text is written from, on a line of its own near the top: a byline that
# ends in a city ("By Kofi Mensah, ACCRA"), a release's "Location: Dili, Timor-Leste", a city in title
# case and a colon before the lead ("Abu Dhabi: Sheikh ..."), a transcript's place line ("Cook
# Barracks, Port Vila"). Only a city the gazetteers know counts (see _dateline_state).
_HEADER_DATELINE = regex.compile(
    r"^[^\S\n]*(?:By[^\S\n]+[^,\n]{2,60},[^\S\n]*(?P<city>\p{Lu}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,3})[^\S\n]*$"
    r"|Location:[^\S\n]*(?P<city>\p{Lu}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,3})"
    r"(?:,[^\S\n]*(?P<region>\p{Lu}[\p{L}-]+(?:[^\S\n]\p{Lu}[\p{L}-]+){0,2}))?[^\S\n]*$"
    r"|(?P<city>\p{Lu}\p{Ll}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,2}):[^\S\n]+(?=\p{Lu})"
    r"|(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,3}\p{Lu}[\p{L}.'’-]*,[^\S\n]*(?P<city>\p{Lu}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,2})[^\S\n]*$"
    # a release's header that ends with its place and date: "PRESS RELEASE — MSM Group, Bratislava, 17 September 2024"
    r"|[^,\n—–|]{2,40}[—–|][^\S\n]*[^,\n]{2,60},[^\S\n]*(?P<city>\p{Lu}[\p{L}.'’-]*(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,2}),[^\S\n]*"
    r"(?:\d{1,2}[^\S\n]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[^\S\n]+\d{1,2}),?[^\S\n]+\d{4}[^\S\n]*$)",
    regex.MULTILINE)


def home_state(text: str, mentions: Sequence[Mention] | None = None, places: Sequence[Place] | None = None) -> str | None:
    """The state an article is written from, or None when the text does not tell.

    Evidence, weighted: a dateline city (11); the first state named in the body's lead paragraph
    (3; not one named only further down); an unqualified title that only one state uses ("Defence Secretary", "Secretary of
    Defense": 3 each); an unqualified office holder who receives a guest in a place of the state,
    named after the verb ("The Minister of Defence received ... in Dakar": 3); an unqualified national institution or seat of government (MOD, RAF,
    Downing Street: 2 each, also when named as a place: "talks at Downing Street"); a Commons privy
    counsellor ("The Rt Hon Maria Eagle MP": 2, for the UK); a naming in
    the headline (2 more), also in an upper-case masthead ("MINISTRY OF DEFENCE OF THE REPUBLIC OF
    CROATIA"); each naming of the state (1; a ship counts as a naming, and an acronym in brackets
    after its body's name adds nothing).
    """
    score = home_scores(text, find_mentions(text, None) if mentions is None else mentions,
                        find_places(text) if places is None else places)
    # (a state ruled out, as a counterpart's, is never home, even when it is the only one named)
    return next((code for code, weight in score.most_common() if weight > _RULED_OUT), None)


_RULED_OUT = -40
_FIRST_PERSON_OWNER = regex.compile(r"(?i)\b(?:my|our)\s")
_HERE_IN = regex.compile(r"(?i)\bhere\s+in\s+\Z")

def home_scores(text: str, mentions: Sequence[Mention], places: Sequence[Place] = ()) -> Counter[str]:
    """The evidence :func:`home_state` weighs, per state."""
    score: Counter[str] = Counter()
    offset = len(text) - len(text.lstrip())
    first_line_end = _first_line_end(text)
    lead_end = _lead_end(text, first_line_end)
    body_first: str | None = None
    # an unqualified office holder beside a qualified one; not the same person named twice ("President
    # Ilham Aliyev receives …" above "President of the Republic of Azerbaijan Ilham Aliyev received …")
    qualified_names = {m.surname for m in mentions if m.form == "person" and m.extra.get("qualified") and m.surname}
    contrast = any(m.form == "person" and not m.extra.get("qualified") and m.actor.role != "counterpart"
                   and m.surname not in qualified_names for m in mentions)
    for previous, m in zip([None, *mentions], mentions):
        if m.form == "person":
            if m.extra.get("qualified"):
                # "Defence Minister Richard Marles welcomed Japanese Defence Minister Gen Nakatani": beside
                # an unqualified office holder, a qualified one is the foreigner
                if m.actor.country and not contrast:
                    score[m.actor.country] += 1
                continue
            if (peculiar := _title_state(m)) is not None:
                score[peculiar] += 3
            elif m.actor.role != "counterpart" and (at_home := _host_at_home(text, m, mentions, places)) is not None:
                score[at_home] += 3
            continue
        code = m.actor.code if m.actor.kind == "state" or m.form == "institution" else None
        if not code or m.form in ("pair", "anaphor", "counterpart", "self"):
            continue
        if previous is not None and previous.code == code and text[previous.end:m.start].strip() == "(":
            continue  # "the Defense Acquisition Program Administration (DAPA)": one naming, not two
        # a ship ("the Spanish patrol vessel ESPS Infanta Cristina") or a command abroad ("US Southern
        # Command") names its forces' state, and is no more a sign of where the story is written than any naming
        ship = bool(m.extra.get("ship") or m.extra.get("abroad"))
        weight = 2 if m.form in ("institution", "seat") and not ship else 1
        if m.start < first_line_end:
            weight += 2
        elif body_first is None and m.start < lead_end and m.form in ("name", "alias", "institution", "seat") and not ship:
            body_first = code
            weight += 3
        score[code] += weight
    countries = gazetteers.load("country")
    masthead = text[offset:first_line_end]
    # (the upper-case head of a first line before a dash: "LAO PEOPLE'S ARMY MAGAZINE — English digest, June issue")
    whole_line = masthead.isupper()
    if not whole_line and (head := _MASTHEAD_HEAD.match(masthead)) is not None and head.group("caps").isupper():
        masthead = head.group("caps")
    if masthead.isupper():  # "MINISTRY OF DEFENCE OF THE REPUBLIC OF CROATIA": read in title case
        # a paper's name in a few words ("BARBADOS TODAY", "ANTIGUA OBSERVER") says where it is written,
        # more than a headline in capitals does
        weight = 6 if len(masthead.split()) <= 4 else 3
        for m in _patterns()["country"].finditer(masthead.title()):
            row = countries.lookup(m.group("m"))
            # ("INDIAN OCEAN SECURITY LETTER" names a sea, not India)
            # (a paper named after a capital, "VALLETTA TIMES", "BANGKOK POST", is that state's)
            forms = ("name", "alias", "demonym", "capital") if weight == 6 and whole_line else ("name", "alias", "demonym")
            if row is not None and row.get("form") in forms and not _SEA_AFTER.match(masthead.title(), m.end("m")):
                score[row.id] += weight
    for p in places:
        row = countries.lookup(p.span.text) if p.span else None
        if row is not None and row.get("form") == "seat" and p.country:
            score[p.country] += 2
        if p.country and p.span is not None and _HERE_IN.search(text, max(0, p.span.start - 12), p.span.start):
            score[p.country] += 11  # "Yesterday I had talks here in Seoul with ...": where the speaker is, as a dateline tells
    if _WESTMINSTER_MP.search(text):
        score["GBR"] += 2  # "From: Ministry of Defence and The Rt Hon John Healey MP" (a gov.uk release)
    languages = gazetteers.load("language")
    for note in _TRANSLATED.finditer(text):
        # "(English edition, translated from Hebrew)", "English summary of a Hungarian weekly": written in that state, as a
        # dateline would say (a note heads or closes the text; a quote translated inside the story tells nothing)
        if (note.start() < max(lead_end, 300) or note.end() > len(text) - 200) \
                and (row := languages.lookup(note.group("lang"))) is not None:
            score[row.id] += 11  # (the note's language is not also counted as a naming: find_mentions leaves it out)
    for m in mentions:
        # "Embassy of Italy in Kuwait", "HIGH COMMISSION OF INDIA, MAPUTO — PRESS NOTE": a mission abroad writes
        # for the state it represents
        # (on a header line, not in the story: "the British High Commission said" tells no home)
        if m.start < lead_end and m.code and m.actor.kind == "state" and m.form in ("name", "alias", "demonym") \
                and (_MISSION_OF.search(text, max(0, m.start - 30), m.start) or _MISSION_AFTER.match(text, m.end)) \
                and _HEADER_LINE.fullmatch(text, text.rfind("\n", 0, m.start) + 1, _line_end(text, m.end)):
            score[m.code] += 12  # (as a national agency's dateline does: the mission speaks for its state wherever it is)
    for m in mentions:
        # "Defence Minister Judith Collins, who is on a three-day visit to Vanuatu, met ...": an unqualified
        # office holder visiting a state is not of it (the story is told from the visitor's side)
        if m.form == "person" and not m.extra.get("qualified") and (visit := _ON_A_VISIT_TO.match(text, m.end)):
            visited = next((x for x in mentions if x.start == visit.end() and x.code), None)
            if visited is not None:
                score[visited.code] -= 4
    for i, m in enumerate(mentions):
        # "Defence Minister Maya Fernández received her Peruvian counterpart": the unqualified office holder is
        # not of the counterpart's state, however often the story names it
        if m.form == "counterpart" and m.code:
            before = [x for x in mentions[max(0, i - 4):i] if x.form == "person" and not x.extra.get("qualified")
                      and x.actor.role != "counterpart" and m.start - x.end <= 160 and not _SENTENCE_STOP.search(text, x.end, m.start)]
            # ("I met my Dutch counterpart", "our Polish counterparts": the speaker's counterpart is of another state)
            if before or _FIRST_PERSON_OWNER.search(text, max(0, m.start - 6), m.start + 4):
                score[m.code] -= 50  # ruled out (below _RULED_OUT)
    for visitor, host in _arrivals(text, mentions, places):
        # "HMNZS Wellington, a New Zealand Navy patrol ship, arrived in Port Vila": the ship's state visits,
        # the port's state is where the story is told from
        score[visitor] -= 4
        score[host] += 5
    code = _dateline_state(text, lead_end)
    if code:
        score[code] += 11
    agency = _dateline_agency(text, lead_end)
    if agency:
        score[agency] += 12  # a national agency's own officials, also under a foreign bureau's dateline
    states: Counter[str] = Counter()
    for code, weight in score.items():
        states[gazetteers.state_of(code)] += weight  # a territory's paper ("PAPEETE--") writes from its state
    return states


_SEA_AFTER = regex.compile(r"\s+(?:Ocean|Sea|Gulf)\b")
# the upper-case head of a masthead line, before a dash or a colon
_MASTHEAD_HEAD = regex.compile(r"(?P<caps>[^—–:\n]{3,80}?)\s*(?:[—–]|\s-\s|:)")
# a translation note: "translated from Hungarian", "(English edition, translated from Hebrew)", "the Polish original",
# "English summary of a Hungarian weekly"
_TRANSLATED = regex.compile(
    r"(?i:\btranslat(?:ed|ion)\s+from\s+(?:the\s+)?)(?P<lang>\p{Lu}\p{Ll}+(?:\s+Indonesia)?)"
    # (after "edition of a", a publication: "an English summary of a Hungarian weekly", not "a version of the Italian trainer")
    r"|(?i:\b(?:edition|version|summary|digest)\s+of\s+(?:a|an|the)\s+)(?P<lang>\p{Lu}\p{Ll}+)(?i:\s+(?:[\w-]+\s+){0,2}?"
    r"(?:daily|weekly|monthly|newspaper|paper|magazine|journal|broadcaster|broadcast|bulletin|article|report|site|website|programme|program|outlet|agency)\b)"
    r"|(?i:\bthe\s+)(?P<lang>\p{Lu}\p{Ll}+)(?i:\s+original)\b")
# a state's mission abroad: "Embassy of Italy", "High Commission of India", "the Indian High Commission"
_MISSION_OF = regex.compile(r"(?i)\b(?:embassy|high\s+commission|permanent\s+mission|consulate(?:[\s-]general)?)\s+of\s+(?:the\s+)?\Z")
_MISSION_AFTER = regex.compile(r"(?i)[^\S\n]+(?:embassy|high[^\S\n]+commission|consulate)\b")
# a header line: short, and no sentence ("Press release | Embassy of Sweden, Bangkok")
_HEADER_LINE = regex.compile(r"[^\n]{0,120}(?<![.!?])\s*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end

# a privy counsellor who sits in the Commons: "The Rt Hon Maria Eagle MP", "Rt. Hon. Luke Pollard MP"
_WESTMINSTER_MP = regex.compile(r"\bR(?:igh)?t\.?\s+Hon(?:ourable|\.)?\s+(?:\p{Lu}[\w’'-]+\s+){1,4}MP\b")


# "The Minister of Defence ... received the visiting Chief of Defence Staff of Ghana ... in Dakar":
# an unqualified office holder who receives a guest does so at home
# (also "held talks with <a guest of another state> in Seoul": the place is the talker's, unless it is the
# guest's state; "met" is not enough: the office holder may only attend a meeting there)
_RECEIVES = re.compile(r"[^.;\n]{0,80}?\b(?:received|receives|hosted|hosts|welcomed|welcomes|held\s+talks\s+with)\b")
# a meeting at a gathering in a third state: "met ... in Singapore on the sidelines of the Shangri-La Dialogue"
_THIRD_PLACE = re.compile(r"(?i)\b(?:sidelines|margins|summit|conference|dialogue|forum|ministerial)\b")
_MET = re.compile(r",?\s+(?:met|meets)\s+(?:with\s+)?(?:the\s+)?")  # (after an apposed name: "The Minister, Marjan Šarec, met")
# "The Spanish Minister of Defence met the defence minister, Hanena Ould Sidi, on Monday in Nouakchott"
_MET_HOST = re.compile(r"\b(?:met|meets|held\s+talks\s+with|called\s+on|paid\s+a\s+courtesy\s+call\s+on)\s+(?:with\s+)?(?:the\s+)?$")
_RECEIVED_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:received|hosted|welcomed)\s+by\s+(?:the\s+)?$")
_SENTENCE_STOP = re.compile(r"[.;](?:\s|$)")


def _sentence_stop(text: str, pos: int) -> int:
    """Where the sentence that ``pos`` is in ends: its full stop or semicolon, else the text's end."""
    stop = _SENTENCE_STOP.search(text, pos)
    return stop.start() if stop else len(text)


# where the reception is: "in Sofia", "at the ministry in Sofia", "welcomed ... to Canberra"
_CAME_TO = re.compile(r"\b(?:arrived|docked|berthed|tied\s+up|called|put\s+in|anchored|landed|visits|visited)\b")
_AT_PLACE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$")


_WARSHIP = regex.compile(r"(?i)\b(?:warships?|frigates?|destroyers?|corvettes?|patrol\s+(?:ships?|vessels?|boats?)|submarines?|cutters?|training\s+ships?|(?:supply|support)\s+ships?)\b")
_ON_A_VISIT_TO = regex.compile(r"(?i),?\s+who\s+(?:is|was)\s+(?:on|making|paying)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+to\s+(?:the\s+)?")
_SENTENCE_OPENING = regex.compile(r"(?r)(?:[.!?]['\"’”)]*\s+|\n\s*\n)")


def _arrivals(text: str, mentions: Sequence[Mention], places: Sequence[Place]) -> list[tuple[str, str]]:
    """(visitor, host) for each port call of a state's warship at a port of another state that the
    gazetteers place, or a visit there by its command abroad: "<ship> arrived in Port Vila", "... docked
    at Apra Harbor", "INDOPACOM chief visits Majuro"."""
    out = []
    for came in _CAME_TO.finditer(text):
        opening = _SENTENCE_OPENING.search(text, max(0, came.start() - 200), came.start())
        a = opening.end() if opening else max(0, came.start() - 200)
        told = [m for m in mentions if a <= m.start < came.start() and m.code
                and m.form in ("name", "alias", "demonym", "institution") and m.actor.kind != "company"]
        visitors = {m.code for m in told}
        port = next((p for p in places if p.country and p.span and came.end() <= p.span.start < came.end() + 60), None)
        # a warship's port call or a visit by a command abroad ("INDOPACOM chief visits Majuro"): local news
        # tells it; forces flown in are as often told from home
        if port is None or len(visitors) != 1 \
                or not (any(m.extra.get("ship") or m.extra.get("abroad") for m in told) or _WARSHIP.search(text, a, came.start())):
            continue
        visitor, host = visitors.pop(), gazetteers.state_of(port.country)
        if visitor != host and gazetteers.state_of(visitor) != host:
            out.append((visitor, host))
    return out


def port_of_call(text: str, places: Sequence[Place], opening: int) -> Place | None:
    """The port a ship came to in the few sentences before ``opening`` ("HMNZS Aotearoa arrived in
    Nuku'alofa on Monday. On Tuesday, Governor-General X received the ship's commanding officer ... at
    Government House"): where its officers are received."""
    for came in reversed(list(_CAME_TO.finditer(text, max(0, opening - 300), opening))):
        port = next((p for p in places if p.country and p.span and came.end() <= p.span.start < opening
                     and p.span.start - came.end() < 60), None)
        if port is not None:  # "arrived in the port of Saint-Pierre ..., is tied up at the Quai de la Roncière"
            return port
    return None


def _host_at_home(text: str, m: Mention, mentions: Sequence[Mention], places: Sequence[Place]) -> str | None:
    """The state of the place where the unqualified office holder ``m`` receives a guest, named in
    the same sentence after the verb; None when there is none, or a party named there is of that
    state (the host is then perhaps a visitor)."""
    verb = _RECEIVES.match(text, m.end)
    met = _MET.match(text, m.end) if verb is None else None
    if met is not None and (guest := next((x for x in mentions if x.start >= met.end()), None)) is not None \
            and (guest.start == met.end() or _RANK_RUN.fullmatch(text, met.end(), guest.start)) \
            and guest.form == "person" and guest.code and (guest.extra.get("abroad") or (
                guest.extra.get("qualified") and not _THIRD_PLACE.search(text, met.end(), _sentence_stop(text, met.end())))):
        # "President Hilda Heine met Admiral X, commander of US Indo-Pacific Command, ... in Majuro": the
        # commander of a state's forces abroad is the guest (another office holder met may be the host); so is an
        # office holder qualified by another state ("The Minister of Defence, Marjan Šarec, met the Croatian Minister
        # of Defence, Ivan Anušić, in Ljubljana today")
        verb = met
    if verb is not None:
        after = guests = verb.end()
    elif _RECEIVED_BY.search(text, max(0, m.start - 40), m.start) or _MET_HOST.search(text, max(0, m.start - 40), m.start):
        # "The Commissioner of ... was received by Defence Minister Atanas Zapryanov at the ministry in Sofia"
        after, guests = m.end, max(text.rfind(c, 0, m.start) for c in ".;\n") + 1
    else:
        return None
    end = _sentence_stop(text, after)
    place = next((p for p in places if p.country and p.span and after <= p.span.start < end
                  and _AT_PLACE.search(text, max(after, p.span.start - 40), p.span.start)), None)
    if place is None and verb is not None:
        place = port_of_call(text, places, max(text.rfind(c, 0, m.start) for c in ".;\n") + 1)
    if place is None:
        return None
    if any(x.actor.code == place.country or x.actor.country == place.country
           for x in mentions if guests <= x.start < end and x is not m):
        return None
    return place.country


# "The Commander of the Portuguese Fleet, Vice Admiral Henrique Gouveia,": an officer apposed to a title that
# holds a state's service
_HEAD_OF = regex.compile(r"(?i)\b(?:commander|chief|head|commandant|inspector[\s-]+general|chief\s+of\s+(?:the\s+)?(?:general\s+|defen[cs]e\s+)?staff|director)\s+of\s+(?:the\s+)?\Z")
_SERVICE_THEN_NAME = regex.compile(
    r"(?:['’]s)?[ \t\n]+(?:[\w-]+[ \t\n]+){0,3}?(?:Navy|Fleet|Army|Air[ \t\n]+Force|Armed[ \t\n]+Forces|[Ff]orces|Marines|Coast[ \t\n]+Guard|Defen[cs]e[ \t\n]+Forces?|Gendarmerie)"
    r"(?:['’]s[ \t\n]+(?:[\w-]+[ \t\n]+){0,3}?[\w-]+)?(?:[ \t\n]+in[ \t\n]+(?:the[ \t\n]+)?[\w -]{3,40}?)?,[ \t\n]+\Z")


def officers_of_services(text: str, raw: Sequence[Mention]) -> list[Mention]:
    """An unqualified officer apposed to a title that names a state's service ("The Commander of the
    Angolan Navy, Admiral Valentim António, ...", "the commander of the French forces in the southern
    Indian Ocean, Rear Admiral Paul Bertin,") is that state's, not the home state's."""
    out = list(raw)
    for i, m in enumerate(out):
        if m.form != "person" or m.actor.code is not None or m.extra.get("qualified"):
            continue
        before = [x for x in raw[max(0, i - 3):i] if x.code and x.actor.kind == "state" and x.form in ("demonym", "name", "alias")
                  and m.start - x.end <= 80]
        if before and _SERVICE_THEN_NAME.fullmatch(text, before[-1].end, m.start) \
                and _HEAD_OF.search(text, max(0, before[-1].start - 50), before[-1].start):
            out[i] = _placed(m, before[-1].code)
    return out


# "<visitor> held talks in Amman last Wednesday with the Chairman of the Joint Chiefs of Staff": the talks' place
# (or with a title told before the name: "with the Inspector General of the Royal Armed Forces, General Mohammed Berrid")
_TALKS_IN_WITH = regex.compile(r"(?i)\b(?:held|had|holds|has\s+held)\s+(?:\w+\s+)?talks\s+in\s+(?P<rest>[^.;]{2,80}?)\s+with\s+(?:the\s+)?"
                               r"(?:(?-i:\p{Lu})[^,.;]{0,80},\s+)?\Z")


def _host_where_talks_held(text: str, m: Mention, raw: Sequence[Mention], places: Sequence[Place]) -> str | None:
    """The state of the place where a visitor of another state held talks with the unqualified office holder ``m``
    ("The Czech Republic's defence minister ... held talks in Amman last Wednesday with the Chairman of the Joint Chiefs
    of Staff": Jordan), or None."""
    talks = _TALKS_IN_WITH.search(text, max(0, m.start - 220), m.start)
    if talks is None:
        return None
    place = next((p for p in places if p.country and p.span is not None and talks.start("rest") <= p.span.start < talks.end("rest")), None)
    opening = max(text.rfind(c, 0, talks.start()) for c in ".;\n") + 1
    visitor = next((x for x in reversed(raw) if x.end <= talks.start() and x.start >= opening and x.code), None)
    if place is None or visitor is None or visitor.code == place.country:
        return None
    return place.country


def hosts_at_home(text: str, raw: Sequence[Mention], resolved: Sequence[Mention], places: Sequence[Place]) -> list[Mention]:
    """Resolved mentions where an unqualified office holder who receives a guest in a place of
    another state than the document's home takes that place's state: a story about the visitor
    names the visitor's state most ("The head of South Korea's DAPA was received by Defence
    Minister Atanas Zapryanov at the ministry in Sofia"); so does one a visitor of another state held talks with there
    ("... held talks in Amman last Wednesday with the Chairman of the Joint Chiefs of Staff")."""
    out = list(resolved)
    for i, (m, r) in enumerate(zip(raw, resolved)):
        if m.form == "person" and m.actor.code is None and m.actor.role != "counterpart" and _title_state(m) is None \
                and (host := _host_where_talks_held(text, m, raw, places)) is not None and host != r.code:
            out[i] = replace(r, actor=r.actor.model_copy(update={"code": host, "country": host}), extra={**r.extra, "qualified": True})
    if _dateline_state(text, _lead_end(text, _first_line_end(text))) is not None:
        return out  # "CAIRO – President Abdel Fattah El-Sisi received ...": the dateline tells
    for i, (m, r) in enumerate(zip(raw, resolved)):
        if m.form == "person" and m.actor.code is None and m.actor.role != "counterpart" and _title_state(m) is None \
                and (at_home := _host_at_home(text, m, raw, places)) is not None and at_home != r.code:
            out[i] = replace(r, actor=r.actor.model_copy(update={"code": at_home, "country": at_home}))
    return out


def institutions_placed(text: str, mentions: Sequence[Mention], places: Sequence[Place]) -> list[Mention]:
    """An organ the text gives no state, read as the home state's, that is placed in another state: "the Ministry of
    Defence in Baku" (the city's state), "the Ministry of Defence Industry of Azerbaijan" (the state its longer name
    ends with)."""
    out = list(mentions)
    by_start = {m.start: m for m in mentions}
    for i, m in enumerate(out):
        if m.form != "institution" or not m.extra.get("at_home"):
            continue
        code = None
        if (tail := _NAME_ENDS_OF.match(text, m.end)) is not None and (state := by_start.get(tail.end())) is not None \
                and state.actor.kind == "state" and state.form in ("name", "alias"):
            code = state.code
        elif (at := _IN_CITY.match(text, m.end)) is not None:
            code = next((p.country for p in places if p.span is not None and p.span.start == at.end() and p.country), None)
        if code and code != m.code:
            out[i] = replace(m, actor=m.actor.model_copy(update={"code": code, "country": code}), extra={**m.extra, "at_home": False})
    return out


_NAME_ENDS_OF = regex.compile(r"(?:\s+\p{Lu}\p{Ll}+){1,2}\s+of\s+(?:the\s+)?")
_IN_CITY = regex.compile(r"\s+in\s+")


def _first_line_end(text: str) -> int:
    end = text.find("\n", len(text) - len(text.lstrip()))
    return len(text) if end < 0 else end


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _dateline_heads(text: str, lead_end: int) -> list[tuple[str, int, str | None]]:
    """The dateline's city (with where it starts) and region: at the very start of the text, or on
    a line of the headline block or the lead."""
    found = _DATELINE.match(text)
    heads = [(found.group("city"), found.start("city"), None)] if found else []
    window = max(lead_end, min(len(text), 600))  # a sub-headline may come first
    heads += sorted(((m.group("city"), m.start("city"), m.group("region") or None)
                     for pattern in (_LATER_DATELINE, _CAPS_DATELINE, _HEADER_DATELINE) for m in pattern.finditer(text, 0, window)),
                    key=lambda head: head[1])
    return heads


def _dateline_state(text: str, lead_end: int) -> str | None:
    """The state of the dateline's city: at the very start of the text, or on a line of the
    headline block or the lead ("Pune/New Delhi, June 14", "ERBIL, Kurdistan Region —")."""
    countries, places = gazetteers.load("country"), gazetteers.load("place")
    for city, _, region in _dateline_heads(text, lead_end):
        for name in [*city.split("/"), *([region] if region else [])]:
            words = name.strip().title().split()
            # "Dhaka Cantonment", "Rawalpindi Cantt": a district of a known city
            for head in (" ".join(words[:k]) for k in range(len(words), 0, -1)):
                row = countries.lookup(head)
                if row is not None and row.get("form") in ("capital", "name", "alias"):
                    return row.id
                prow = places.lookup(head)
                if prow is not None and prow.get("country"):
                    return prow.get("country")
    return None


_AGENCY = regex.compile(r"(?:\(\s*|/\s*)(?P<agency>\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*)?)\s*(?:\)|/|\s[–—-])")


def _dateline_agency(text: str, lead_end: int) -> str | None:
    """The state of a national news agency named in the dateline ("KUWAIT CITY, Oct 1 (KUNA) --",
    "Ulaanbaatar /MONTSAME/"): the ``agency`` gazetteer."""
    agencies = gazetteers.load("agency")
    for _, start, _ in _dateline_heads(text, lead_end):
        for m in _AGENCY.finditer(text, start, min(len(text), start + 80)):
            row = agencies.lookup(m.group("agency"))
            if row is not None:
                return row.id
    return None


def dateline_place(text: str) -> Place | None:
    """The city of the dateline, when the gazetteers know it as a capital or a city: where "here"
    is in the story ("BEIJING, Sept. 28 -- ... held talks here on Thursday")."""
    countries, places = gazetteers.load("country"), gazetteers.load("place")
    heads = _dateline_heads(text, _lead_end(text, _first_line_end(text)))
    for city, start, _ in heads:
        first = city.split("/")[0]
        a = start + len(first) - len(first.lstrip())
        b = a + len(first.strip())
        name = first.strip().title()
        row = countries.lookup(name)
        if row is not None and row.get("form") in ("capital", "seat"):
            return Place(name=row.surface, country=row.id, span=Span.of(text, a, b))
        prow = places.lookup(name)
        if prow is not None and prow.get("country"):
            return Place(name=prow.id, country=prow.get("country"), span=Span.of(text, a, b))
    for city, start, region in heads:
        # "LOBITO, Angola –": a town the gazetteers lack, in the state named after it
        rrow = countries.lookup(region.strip()) if region and "/" not in city else None
        if rrow is not None and rrow.get("form") in ("name", "alias"):
            a = start + len(city) - len(city.lstrip())
            return Place(name=city.strip().title(), country=rrow.id, span=Span.of(text, a, a + len(city.strip())))
    return None


def _lead_end(text: str, body_start: int) -> int:
    """The end of the body's lead: the first paragraph after the headline that is more than a
    byline or a dateline ("By Our Correspondent, Abuja")."""
    pos = body_start
    while pos < len(text):
        brk = _PARAGRAPH_BREAK.search(text, pos)
        end = brk.start() if brk else len(text)
        if len(text[pos:end].strip()) > 80:
            return end
        pos = brk.end() if brk else len(text)
    return len(text)


@cache
def _title_in_pattern() -> re.Pattern[str]:
    return gazetteers.compile_scan(r"(?<!\w)\L<title_home>(?!\w)")


# "RAF Lossiemouth", "Camp Lemonnier", "Marine Corps Air Station Iwakuni", "Mountain Home Air Force
# Base", "Silvio Pettirossi Air Base": a base's name with its kind, before or after it
_BASE = regex.compile(
    r"""(?<![\w-])(?P<name>RAF\s+\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?
        |(?:Camp|Fort|Naval\s+Station|Naval\s+Base|Air\s+Base|Joint\s+Base|Marine\s+Corps\s+Air\s+Station|Naval\s+Air\s+Station)\s+\p{Lu}[\p{Ll}]+
        |(?P<town>(?:(?!(?:The|A|An|In|At|On|To|From|For|And|Of|With|By|Its|Their|Our|His|Her|This|That|Royal|United|Marine)\s)\p{Lu}[\p{Ll}-]+\s+){1,3})
            (?:Air\s+Force\s+Base|Air\s+Base|Naval\s+Base|Naval\s+Air\s+Station|Air\s+Station|Garrison|Barracks))(?!\w)""", regex.X)


_BASE_KIND = regex.compile(r"^(?:Camp|Fort|Naval Station|Naval Base|Air Base|Joint Base|Marine Corps Air Station|Naval Air Station) ")


@cache
def _place_pattern() -> re.Pattern[str]:
    return gazetteers.compile_scan(r"(?<![\w-])(?P<place>\L<place>)(?!\w)")


# "the Djiboutian capital" (not "Estonian capital markets", "French capital spending")
DEMONYM_CAPITAL = regex.compile(
    r"\b[Tt]he[^\S\n]+(?P<demonym>\p{Lu}[\p{L}’'-]+(?:[^\S\n]+\p{Lu}[\p{L}’'-]+)?)\s+capital(?:\s+city)?\b"
    r"(?!\s+(?:markets?|gains?|expenditure|spending|investments?|budgets?|goods|flows?|controls?|requirements?|ratios?|adequacy|punishment)\b)")


def find_places(text: str) -> list[Place]:
    """Cities, venues and bases named in ``text``: the place gazetteer, capitals, and base names.

    Capitals and seats of government are read from the actor scan's country pattern (compiling
    the long country list a second time would cost a fresh process about 50 ms). Where a place
    and a capital start at the same character, the place wins."""
    out: list[Place] = []
    countries, places = gazetteers.load("country"), gazetteers.load("place")

    def add(start: int, end: int, name: str, country: str | None) -> None:
        if not _GEOGRAPHIC.search(text, max(0, start - 20), start):  # not "the Gulf of Aden"
            out.append(Place(name=name, country=country, span=Span.of(text, start, end)))

    for m in _place_pattern().finditer(text):
        row = places.lookup(m.group("place"))
        if row is not None:
            # a venue with the town it is in, unless the text names that town right after ("the Élysée Palace in Paris")
            town = row.get("town")
            told = town and regex.match(rf"\s*(?:,|in|at)?\s*{regex.escape(town)}\b", text[m.end():m.end() + len(town) + 8])
            add(*m.span(), f"{row.id}, {town}" if town and not told else row.id, row.get("country") or None)
    place_starts = {p.span.start for p in out}
    for m in _patterns()["country"].finditer(text):
        row = countries.lookup(m.group("m"))
        # (also a city-state named as a place: "based in Singapore")
        if row is not None and (row.get("form") in ("capital", "seat")
                                or (_is_city_state(row) and _LOCATIVE.search(text, max(0, m.start() - 30), m.start()))) \
                and m.start() not in place_starts and not _ends_longer_name(text, m.start()):
            add(*m.span("m"), row.surface, row.id)
    for m in DEMONYM_CAPITAL.finditer(text):
        # "the Djiboutian capital", "the Lithuanian capital": the capital of the state the adjective names
        row = countries.lookup(" ".join(m.group("demonym").split()))
        # (a capital of the state's own name has no row of its own: "the Djiboutian capital" is Djibouti)
        capital = next((r.surface for form in ("capital", "name") for r in countries.by_id(row.id) if r.get("form") == form), None) \
            if row is not None and row.get("form") == "demonym" else None
        if capital is not None and m.start() not in place_starts:
            add(*m.span(), capital, row.id)
    for m in _BASE.finditer(text):
        name = " ".join(m.group("name").split())
        # "Incheon Naval Base", "Souda Air Base": a base named after a town the gazetteer knows is in that town's state
        # ("Camp Rukla", "Fort Ādaži": the town after the kind)
        town = " ".join(m.group("town").split()) if m.group("town") else _BASE_KIND.sub("", name)
        known = _town_state(town, forms=("capital", "name"))
        out.append(Place(name=name, country="GBR" if name.startswith("RAF") else known, span=Span.of(text, *m.span())))
    out.sort(key=lambda p: (p.span.start, -(p.span.end - p.span.start)))
    dedup: list[Place] = []
    for p in out:
        if dedup and p.span.start < dedup[-1].span.end:
            continue
        dedup.append(p)
    return dedup
