"""The analysed document: the text and everything found in it once, shared by every rule.

Rules never search the whole text for actors, times, money or systems themselves; they ask the
:class:`Document` for the ones inside a range. Offsets are produced here, once, from regex
matches on the exact input, and carried onto events unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

import regex

from . import gazetteers
from .actors import Mention, anaphor_state, as_states, congress_at_home, dateline_place, hosts_at_home, institutions_placed, place_in_state, find_mentions, find_places, home_state, home_titles, officers_of_services, resolve_home, resolve_self
from .money import find_money_groups, parse_money
from .quantity import find_quantities
from .schema import Money, Place, Quantity, Span, TimeValue
from .text import Segments

__all__ = ["Document", "SystemMention"]


_TITLE_LINES = 6  # the leading lines a title block may take
# body copy's end of line: a full stop, or a list's lead or item ("signed three contracts on Monday:", "...;"), not a
# kicker ("ANALYSIS:")
_CLOSED = regex.compile(r"(?:[.!?]['’\"”]?|;|(?<=.{40}):)$")

@dataclass(frozen=True)
class SystemMention:
    """A weapon system or platform named in the text."""

    start: int
    end: int
    name: str
    category: str
    country: str | None


# words that open "the <X> mission" without naming it: "the Baltic mission", "the first mission"
# (a region, with or without its quarter: "during its South Atlantic patrol", "on the Northern deployment")
_NOT_A_MISSION_NAME = regex.compile(r"(?i)(?:first|second|third|last|next|new|same|current|previous|former|joint|annual|summer|winter|spring|autumn"
                                    r"|(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+)?"
                                    r"(?:Baltic|Arctic|Pacific|Atlantic|Mediterranean|African|European|Asian|Antarctic|Gulf|Red\s+Sea|Caribbean"
                                    r"|Indo-Pacific|Sahel|Middle\s+East|Indian\s+Ocean|Africa|Asia|Europe|China\s+Sea)"
                                    r"|North|South|East|West|Central|Northern|Southern|Eastern|Western)")


@cache
def _system_patterns() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """Systems (a gazetteer scan, see :func:`gazetteers.compile_scan`) and operations."""
    # a variant letter after a designation that ends in a digit: "JF-17C", "F-16V", "K9A1", "K2PL"
    systems = gazetteers.compile_scan(r"(?<![\w-])(?P<s>\L<system>)(?:(?<=\d)[A-Z]{1,2}\d?)?(?:s|es)?(?![\w-])")
    operations = gazetteers.compile_pattern(
        r"(?<![\w-])(?P<op>Operation\s+\p{Lu}[\p{L}'’-]+(?:(?:[^\S\n]+|(?<!(?:\A|\n)[^\S\n]*Operation\s+\S+)[^\S\n]*\n[^\S\n]*)\p{Lu}[\p{L}'’-]+)?)(?![\w])"
        r"|(?<![\w-])(?P<named>\L<operation>)(?![\w-])"
        # a named mission, force or exercise: "NATO's Icelandic Air Policing", "the Pitch Black exercise",
        # "Marine Rotational Force–Darwin", "the African Union ... Mission in Somalia (AUSSOM)"
        # ("as part of Japan’s Indo-Pacific Deployment 2024", "with the multinational Combined Task Force 151")
        r"|(?<=\b(?:under|for|in|on|join|joining|joined|during|of|to|with)\s+(?:(?:the|its|her|their|\p{Lu}[\p{L}-]*['’]s)\s+)?"
        r"(?:(?:multinational|international|regional|[\p{L}-]+-led)\s+)?)"
        r"(?P<mission>(?:(?:d['’]|de\s|da\s|du\s|del\s)?\p{Lu}[\p{L}-]*(?:[ \t–-]+|[ \t]*\n[ \t]*)(?:(?:and|of|for|in)\s+)?){1,7}"
        # a service is no mission: "of the Botswana Defence Force", "the Indian Air Force"
        r"(?:Air\s+Policing|(?<!\b(?:Defen[cs]e|Air|Armed|Self-Defen[cs]e|Police|Space|Border|Surface|Reaction|Response|Ground|Rocket|Support)\s)Force(?:[–-]\p{Lu}\p{L}+|\s+\d{2,3}\b)?|Mission(?:\s+in\s+\p{Lu}\p{L}+)?(?:\s+\(\p{Lu}{3,8}\))?|Shield|Sentry|Guardian|Resolve|Presence"
        # "the NATO Multinational Battle Group in Bulgaria", "its Regional Maritime Security Patrol (RMSP)"
        r"|Battle[ \t]*[Gg]roup(?:\s+in\s+\p{Lu}\p{L}+)?|(?<=\b(?:Maritime|Security)\s)Patrol(?:\s+\(\p{Lu}{3,8}\))?"
        # a named activity: "Southern Cross Deployment 2026 (SCD26)", "Continuing Promise 2026"
        r"|(?:Deployment|Partnership|Promise|Endeavou?r|Rotation)(?:\s+(?:19|20)\d\d)?(?:\s+\(\p{Lu}[\p{Lu}\d]{2,8}\))?"
        # "during the Jeanne d'Arc 2026 mission": a name and its year before a common noun
        r"|(?:19|20)\d\d(?=\s+(?:mission|deployment|cruise|campaign)\b))"
        r"|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?=\s+(?:exercises?|drills|wargames|war\s+games)\b)"
        # "for six months under the Desert Falcon program": a named rotation programme
        r"|(?<=\bunder\s+the\s+)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?=\s+(?:program|programme)\b))(?![\w-])"
        # "will spend five months on the Gabinia mission": a named mission before its common noun (a state or
        # a body named there, "the UN mission", "the French mission", is dropped when the scan is read)
        # "on its Corymbe deployment", "as part of the Mission Akila deployment", "under the Mar Aberto initiative"
        # ("the Kenya-led Multinational Security Support (MSS) mission", "its Atlantic Patrol Task (North) deployment",
        # "the European Maritime Awareness in the Strait of Hormuz (EMASoH) mission": a longer name, with its acronym)
        r"|(?<=\b(?:on|for|in|join|joining|joined|under|during|of|over|with)\s+(?:the|its|her|their)\s+(?:(?:[\p{L}-]+-led|multinational|international)\s+)?)"
        r"(?P<common>(?![\p{L}-]+-led\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:(?:in|of|for|and)\s+(?:the\s+)?)?\p{Lu}\p{Ll}[\p{L}’'-]*){0,6}"
        r"(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)\(\p{Lu}[\p{L}\d-]{1,11}\))?)(?=\s+(?:mission|operation|deployment|campaign|initiative)\b)")
    return systems, operations


def _past_a_named_owner(text: str, start: int, end: int, mentions: Sequence[Mention], places: Sequence[Place]) -> int | None:
    """Where a mission's name before its common noun begins, past a state, body or place that opens it
    and is no part of it: "the French Lynx mission" is Lynx. None when such names are all of it ("the
    UN mission", "the French mission", "the Sahel deployment"). A name of two words or more after an
    adjective keeps it ("the Icelandic Air Policing (IAP) mission"), as does one with a place further
    on ("the European Maritime Awareness in the Strait of Hormuz (EMASoH) mission")."""
    named = [(x.start, x.end) for x in mentions if x.start < end and start < x.end] + [
        (p.span.start, p.span.end) for p in places if p.span is not None and p.span.start < end and start < p.span.end]
    lead = max((b for a, b in named if a <= start), default=None)
    if lead is None:
        return start
    rest = regex.match(r"\s*", text[lead:end]).end() + lead
    if rest >= end:
        return None
    return rest if len(text[rest:end].split()) == 1 else start


def _listed_as_told(text: str, start: int, end: int, row: gazetteers.Row) -> tuple[int, int, str]:
    """A listed operation found at ``start:end``, named as the text spells it when that spelling is
    a full name ("United Nations Mission in South Sudan", "UN Interim Force in Lebanon (UNIFIL)", with
    the acronym in brackets after it), else by its id: a short form ("CTF 151", "Althea") or the
    id with a common noun ("Lynx mission") goes by the list's name."""
    told = " ".join(text[start:end].split())
    if len(told) <= len(row.id) or row.id.casefold() in told.casefold():
        return start, end, row.id
    acronym = _BRACKETED_ACRONYM.match(text, end)
    if acronym is not None:
        return start, acronym.end(), f"{told} ({acronym.group('acr')})"
    return start, end, told


@cache
def _listed_operation() -> regex.Pattern[str]:
    return gazetteers.compile_pattern(r"(?<![\w-])\L<operation>(?![\w-])")


# a bracketed acronym: "(UNMISS)", "(SNMG2)"
_ACRONYM = r"\((?P<acr>\p{Lu}[\p{Lu}\d-]{2,11})\)"
_OWN_ACRONYM = regex.compile(_ACRONYM + "$")
_POSSESSIVE = regex.compile(r"['’]s\b")
_TITLE_AFTER = regex.compile(r"\s+(?:Commanders?|Chief|Deputy)\b")
_BRACKETED_ACRONYM = regex.compile(r"[^\S\n]*" + _ACRONYM)
# what may come between a mission's name and its acronym: the rest of the name ("... Mission in the Central African Republic")
_NAME_RUNS_ON = regex.compile(r"(?:\s+(?:in|for|of|on|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*)?"
                              r"[^\S\n]*" + _ACRONYM)
_ACRONYM_AFTER = regex.compile(r"[^().;]{0,60}?" + _ACRONYM)

# A bare "$" converted into US dollars is the home state's own dollar: Canadian copy writes
# "$615 million (US$455 million)"
_LOCAL_DOLLAR = {"AUS": "AUD", "BHS": "BSD", "BLZ": "BZD", "BRB": "BBD", "BRN": "BND", "CAN": "CAD", "FJI": "FJD",
                 "GUY": "GYD", "JAM": "JMD", "NAM": "NAD", "NZL": "NZD", "SGP": "SGD", "TTO": "TTD", "TWN": "TWD"}
_BARE_DOLLAR = regex.compile(r"^\$")


_BRACKET_GAP = regex.compile(r"\s*[(\[]\s*(?:about|around|roughly|some|approximately|or)?\s*$")

# The two CFA franc zones: the Central African (XAF) and the West African (XOF)
_CEMAC = ("CMR", "GAB", "TCD", "CAF", "COG", "GNQ")
_UEMOA = ("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO")

# A currency word several states share, read by the state the story is written from: "Rs56 billion"
# in a Pakistani paper is in Pakistani rupees, "2.4 billion dirhams" in a Moroccan wire story is in
# Moroccan dirhams. The currency gazetteer's default stands elsewhere; a named currency ("Indian
# rupees", "UAE dirhams") stays what it says.
_SHARED_CURRENCY = {
    "INR": (regex.compile(r"(?i)^(?:Rs\.?|rupees?\b)|\brupees?\b"), regex.compile(r"(?i)\bIndian\b|INR|₹"),
            {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR", "SYC": "SCR"}),
    "AED": (regex.compile(r"(?i)\bdirhams?\b"), regex.compile(r"(?i)\b(?:UAE|Emirati)\b|AED"), {"MAR": "MAD"}),
    "ZMW": (regex.compile(r"(?i)\bkwacha\b"), regex.compile(r"(?i)\bZambian\b|ZMW"), {"MWI": "MWK"}),
    # "900 million crowns" in a Danish, Swedish, Norwegian or Icelandic story (not "Czech crowns")
    "CZK": (regex.compile(r"(?i)\bcrowns\b"), regex.compile(r"(?i)\bCzech\b|CZK|koruna"),
            {"DNK": "DKK", "SWE": "SEK", "NOR": "NOK", "ISL": "ISK"}),
    # "18 billion CFA francs" in a Central African story: the Central African franc
    "XOF": (regex.compile(r"(?i)\bCFA\b"), regex.compile(r"(?i)\bWest\s+African\b|XOF"), dict.fromkeys(_CEMAC, "XAF")),
    # "48,000 million pesos" in an Argentine paper, "3.1 billion francs" in a Djiboutian one
    "MXN": (regex.compile(r"(?i)\bpesos?\b"), regex.compile(r"(?i)\bMexican\b|MXN"),
            {"ARG": "ARS", "CHL": "CLP", "COL": "COP", "PHL": "PHP", "DOM": "DOP", "URY": "UYU", "CUB": "CUP"}),
    # "14.6 billion shillings" paid by Kenya, Tanzania or Uganda; "290 billion dinars" paid by Iraq or Algeria; "rials" and "riyals"
    "KES": (regex.compile(r"(?i)\bshillings?\b"), regex.compile(r"(?i)\bKenyan\b|KES|KSh"), {"TZA": "TZS", "UGA": "UGX", "SOM": "SOS"}),
    "IQD": (regex.compile(r"(?i)\bdinars?\b"), regex.compile(r"(?i)\bIraqi\b|IQD"),
            {"DZA": "DZD", "JOR": "JOD", "KWT": "KWD", "BHR": "BHD", "LBY": "LYD", "TUN": "TND", "SRB": "RSD"}),
    "IRR": (regex.compile(r"(?i)\brials?\b"), regex.compile(r"(?i)\bIranian\b|IRR"), {"OMN": "OMR", "YEM": "YER"}),
    "SAR": (regex.compile(r"(?i)\briyals?\b"), regex.compile(r"(?i)\bSaudi\b|SAR"), {"QAT": "QAR"}),
    "AZN": (regex.compile(r"(?i)\bmanats?\b"), regex.compile(r"(?i)\bAzerbaijani\b|AZN"), {"TKM": "TMT"}),
    "CHF": (regex.compile(r"(?i)\bfrancs?\b"), regex.compile(r"(?i)\bSwiss\b|CHF|\bCFA\b"),
            {"DJI": "DJF", "GIN": "GNF", "COM": "KMF", "RWA": "RWF", "BDI": "BIF", "COD": "CDF",
             **dict.fromkeys(_CEMAC, "XAF"), **dict.fromkeys(_UEMOA, "XOF")}),
}


# "20 billion CFA francs" paid by Gabon is in Central African francs, paid by Senegal in West African
# ones, whatever state the story is written from
_CFA_ZONE = {**dict.fromkeys(_CEMAC, "XAF"), **dict.fromkeys(_UEMOA, "XOF")}
_NAMED_CFA = regex.compile(r"(?i)\b(?:West|Central)\s+African\b|XOF|XAF")


def _read_by_state(money: Money, state: str | None) -> Money | None:
    """``money`` in ``state``'s own currency of the name the text writes, when several states share that name and
    the text does not say whose it is ("pesos" paid by Argentina, "Rs56 billion" in a Pakistani paper); else None."""
    shared = _SHARED_CURRENCY.get(money.currency)
    if shared is None or state not in shared[2] or not shared[0].search(money.text) or shared[1].search(money.text):
        return None
    return money.model_copy(update={"currency": shared[2][state]})


def payer_currency(money: Money, payer: str | None) -> Money:
    """``money`` in the CFA franc of the payer's zone, when the text writes only "CFA francs"; in the payer's own
    currency of a name several states share, when the text writes only the name ("pesos", "francs", "rupees")."""
    if money.currency != "XOF" and (own := _read_by_state(money, payer)) is not None:
        return own  # (bare "CFA francs" go by the zones below)
    zone = _CFA_ZONE.get(payer or "")
    bare_cfa = _SHARED_CURRENCY["XOF"][0]
    if zone is None or money.currency == zone or money.currency not in ("XOF", "XAF") \
            or not bare_cfa.search(money.text) or _NAMED_CFA.search(money.text):
        return money
    return money.model_copy(update={"currency": zone})


# A one-letter symbol only the state's own press writes, or copy about that state: "a K900 million (about
# US$34 million) deal" in a Zambian paper, "R260 million" in a South African one, "Sh3.2 billion" in a Kenyan
# one, "The Honduran Air Force has ordered four trainers for L 310 million"; read only with a scale word, so
# that "K9 howitzers" and "R2 rifles" are not money, and only for the home state or a state the amount's
# sentence or the one before names
_LOCAL_SYMBOL = {"ZMB": ("K", "ZMW"), "PNG": ("K", "PGK"), "MWI": ("K", "MWK"), "MMR": ("K", "MMK"), "ZAF": ("R", "ZAR"),
                 "KEN": ("K?Sh", "KES"), "TZA": ("T?Sh", "TZS"), "UGA": ("U?Sh", "UGX"), "HND": ("L", "HNL"),
                 "GTM": ("Q", "GTQ"), "NGA": ("N", "NGN"), "SWZ": ("E", "SZL"), "BWA": ("P", "BWP")}
_SYMBOLS = "|".join(  # the table's symbols, longest first: "KSh" before "K"
    sorted(dict.fromkeys(pattern for pattern, _ in _LOCAL_SYMBOL.values()), key=len, reverse=True))
_SYMBOL_AMOUNT = regex.compile(
    rf"(?<![\w$.,-])(?P<symbol>{_SYMBOLS})" r"\.?[ \t]?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]?"
    r"(?P<scale>bn|billion|m|mn|million|trillion|tn)\b")


def _symbol_state(symbol: str, home: str | None, named: set[str]) -> str | None:
    """The state whose currency ``symbol`` writes: the home state's, else the one state named near it."""
    users = [state for state, (pattern, _) in _LOCAL_SYMBOL.items() if regex.fullmatch(pattern, symbol)]
    if home in users:
        return home
    near = [state for state in users if state in named]
    return near[0] if len(near) == 1 else None


def _local_symbols(text: str, groups: list[tuple[Money, ...]], home: str | None, mentions: list[Mention],
                   segments: Segments) -> list[tuple[Money, ...]]:
    taken = [(m.span.start, m.span.end) for g in groups for m in g if m.span]
    added: list[tuple[Money, ...]] = []
    for m in _SYMBOL_AMOUNT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        i = segments.sentence_index(m.start())
        a, b = segments.sentences[max(0, i - 1)][0], segments.sentence(m.start())[1]
        state = _symbol_state(m.group("symbol"), home, {x.code for x in mentions if x.code and a <= x.start < b})
        if state is None:
            continue
        currency = _LOCAL_SYMBOL[state][1]
        read = parse_money(f"{currency} {m.group('num')} {m.group('scale')}")
        if read is None:
            continue
        money = read.model_copy(update={"text": m.group(), "span": Span.of(text, m.start(), m.end())})
        after = next((g for g in groups if g[0].span and g[0].span.start >= m.end()), None)
        if after is not None and after[0].currency != currency and _BRACKET_GAP.fullmatch(text, m.end(), after[0].span.start):
            groups = [g for g in groups if g is not after]
            added.append((money, *after))  # "K900 million (about US$34 million)": the conversion follows
        else:
            added.append((money,))
    return sorted([*groups, *added], key=lambda g: g[0].span.start if g[0].span else -1)


def _local_currency(groups: list[tuple[Money, ...]], home: str | None) -> list[tuple[Money, ...]]:
    if home is None:
        return groups
    out = []
    for group in groups:
        fixed = []
        for money in group:
            fixed.append(_read_by_state(money, home) or money)
        out.append(tuple(fixed))
    return out


def _local_dollars(text: str, groups: list[tuple[Money, ...]], home: str | None) -> list[tuple[Money, ...]]:
    local = _LOCAL_DOLLAR.get(home or "")
    if local is None:
        return groups
    out: list[tuple[Money, ...]] = []
    for group in groups:
        prev = out[-1] if out else None
        if prev is not None and len(prev) == 1 and len(group) == 1 and prev[0].span and group[0].span \
                and prev[0].currency == group[0].currency == "USD" and _BARE_DOLLAR.match(prev[0].text) \
                and not _BARE_DOLLAR.match(group[0].text) and _BRACKET_GAP.fullmatch(text, prev[0].span.end, group[0].span.start):
            out[-1] = (prev[0].model_copy(update={"currency": local}), group[0])
        else:
            out.append(group)
    return out


def _first_of(text: str, *patterns: re.Pattern[str] | regex.Pattern[str]) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches one alternation of ``patterns`` (in this order) would find: the leftmost at
    each point, the earlier pattern on a tie, none overlapping. None may match the empty string."""
    ahead = [p.search(text) for p in patterns]
    pos = 0
    while True:
        best = None
        for i, p in enumerate(patterns):
            m = ahead[i]
            if m is not None and m.start() < pos:
                m = ahead[i] = p.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


# "the country's Minister of Defence", "the Indian Navy’s Vice Chief of the Naval Staff": an office of the state the
# owner stands for (a prefix of the title may come between: "Vice", "Deputy")
_OWNED = regex.compile(r"['’]s?[^\S\n]+(?:(?:Vice|Deputy|Acting|Assistant|new|former|top)[^\S\n]+)?")


def _offices_owned(text: str, mentions: list[Mention], places: list[Place], segments: Segments) -> list[Mention]:
    """An office holder whose title the text gives to "the country", "the archipelago" or "the island
    nation" holds it for the state that stands for (:func:`defevents.actors.anaphor_state`); one whose
    title it gives to a state's service ("the Indian Navy’s Vice Chief of the Naval Staff"), for that state."""
    out = list(mentions)
    for i, (m, holder) in enumerate(zip(mentions, mentions[1:]), start=1):
        if holder.form != "person" or holder.extra.get("qualified") or not _OWNED.fullmatch(text, m.end, holder.start):
            continue
        if m.form == "anaphor":
            a = segments.sentence(m.start)[0]
            found = anaphor_state([x for x in mentions[:i - 1] if x.start >= m.start - 1500],
                                  [p for p in places if p.span is not None and a <= p.span.start and p.span.end <= m.start])
            code = found[0] if found is not None else None
        else:
            code = m.code if m.form == "institution" and m.code else None
        if code is not None:
            out[i] = replace(holder, actor=holder.actor.model_copy(update={"code": code, "country": code}),
                             extra={**holder.extra, "qualified": True})
    return out


def _in(items: Sequence, starts: list[int], a: int, b: int, end=lambda x: x.span.end) -> list:
    i = bisect_left(starts, a)
    out = []
    while i < len(items) and starts[i] < b:
        if end(items[i]) <= b:
            out.append(items[i])
        i += 1
    return out


# the mark that opens a list item: "1.", "2)", "(a)", "b)", "•", "-"
_LIST_ITEM = regex.compile(r"[^\S\n]*(?:\d{1,2}[.)]|\(?[a-z]\)|[•▪◦·*–-])[^\S\n]+")


@dataclass
class Document:
    """A text with its sentences, actor mentions, places, times, money, quantities and systems."""

    text: str
    reference: date | None
    times: list[TimeValue]
    home: str | None = None
    segments: Segments = field(init=False)
    mentions: list[Mention] = field(init=False)
    places: list[Place] = field(init=False)
    money: list[Money] = field(init=False)
    conversions: set[int] = field(init=False)
    quantities: list[Quantity] = field(init=False)
    systems: list[SystemMention] = field(init=False)
    operations: list[tuple[int, int, str]] = field(init=False)
    memo: dict = field(init=False, default_factory=dict, repr=False, compare=False)
    """Results the rules and the pipeline look up again and again (by range): kept per document."""

    def __post_init__(self) -> None:
        text = self.text
        self.segments = Segments(text)
        raw, self.places = as_states(find_mentions(text, None), find_places(text))
        raw = officers_of_services(text, raw)
        self.home = home_state(text, raw, self.places)  # territories already folded into their states
        resolved = institutions_placed(text, hosts_at_home(text, raw, [resolve_home(m, self.home) for m in raw], self.places), self.places)
        self.mentions = congress_at_home(text, resolve_self(home_titles(resolved, self.home, text), self.home, text), self.home)
        self.mentions = _offices_owned(text, self.mentions, self.places, self.segments)
        groups = _local_symbols(text, _local_currency(_local_dollars(text, find_money_groups(text), self.home), self.home), self.home,
                                self.mentions, self.segments)
        self.money = [m for g in groups for m in g]
        self.conversions = {m.span.start for g in groups for m in g[1:] if m.span}
        self.quantities = find_quantities(text, money=self.money)
        self.systems, self.operations = [], []
        systems = gazetteers.load("system")
        operations = gazetteers.load("operation")
        for m in _first_of(text, *_system_patterns()):
            if "s" in m.re.groupindex:
                row = systems.lookup(m.group("s"))
                if row is not None:
                    self.systems.append(SystemMention(m.start(), m.end(), row.id, row.get("category"),
                                                      row.get("country") or None))
            elif m.group("op"):
                self.operations.append((m.start(), m.end(), " ".join(m.group("op").split()[1:])))
            elif m.group("common"):
                # a state, a body or a place named there is no mission's name: "the UN mission", "the Sahel deployment"
                start = _past_a_named_owner(text, m.start("common"), m.end("common"), self.mentions, self.places)
                if start is not None and not _NOT_A_MISSION_NAME.fullmatch(text, start, m.end("common")):
                    self.operations.append((start, m.end("common"), " ".join(text[start:m.end("common")].split())))
            elif m.group("mission"):
                if _POSSESSIVE.match(text, m.end("mission")) or _TITLE_AFTER.match(text, m.end("mission")):
                    # "the European Union Force's Operation Althea": the body that owns the operation named next;
                    # "UNIFIL Head of Mission and Force Commander": a title
                    continue
                acronym = _ACRONYM_AFTER.match(text, m.end("mission"))
                if acronym is not None and operations.lookup(acronym.group("acr")) is not None:
                    # "the United Nations ... Stabilization Mission in the Central African Republic (MINUSCA)": a listed
                    # mission, named in full as the text spells it (else by its acronym, read next: "... Mission there (MINUSCA)")
                    if _NAME_RUNS_ON.fullmatch(text, m.end("mission"), acronym.end()):
                        self.operations.append((m.start("mission"), acronym.end(), " ".join(text[m.start("mission"):acronym.end()].split())))
                    continue
                own = _OWN_ACRONYM.search(m.group("mission"))
                if own is not None and operations.lookup(own.group("acr")) is not None:
                    # "the African Union Support and Stabilisation Mission in Somalia (AUSSOM)"
                    self.operations.append((m.start("mission"), m.end("mission"), " ".join(m.group("mission").split())))
                    continue
                listed = _listed_operation().search(text, m.start("mission"), m.end("mission") + 60)
                if listed is not None and listed.start() < m.end("mission") <= listed.end():
                    # "the Sinai-based Multinational Force and Observers": the listed name inside a longer capitalised run
                    self.operations.append(_listed_as_told(text, listed.start(), listed.end(), operations.lookup(listed.group())))
                    continue
                self.operations.append((m.start("mission"), m.end("mission"), " ".join(m.group("mission").split())))
            else:
                row = operations.lookup(m.group("named"))
                if row is not None and not (self.operations and m.start() < self.operations[-1][1]):
                    # (the acronym after a full name already read is that name's: "... in Lebanon (UNIFIL)")
                    self.operations.append(_listed_as_told(text, m.start(), m.end(), row))
        firms = [(m.start, m.end) for m in self.mentions if m.actor.kind == "company"]
        if self.systems and firms:  # "Stocznia Wisła has sold four tugs": a word of a firm's name is no system
            self.systems = [s for s in self.systems if not any(a <= s.start and s.end <= b for a, b in firms)]
        if self.systems:  # "PzH 2000", "Mirage 2000": a designation's number is no year
            self.times = [t for t in self.times if not (t.span and any(
                s.start < t.span.end and t.span.start < s.end for s in self.systems))]
        self._mention_starts = [m.start for m in self.mentions]
        self._time_starts = [t.span.start for t in self.times if t.span]
        self._timed = [t for t in self.times if t.span]
        self._money_starts = [m.span.start for m in self.money if m.span]
        self._quantity_starts = [q.span.start for q in self.quantities if q.span]
        self._place_starts = [p.span.start for p in self.places if p.span]
        self._system_starts = [s.start for s in self.systems]
        self._operation_starts = [o[0] for o in self.operations]
        self._operations_sorted = self._operation_starts == sorted(self._operation_starts)

    @property
    def title_block_end(self) -> int:
        """Where the story's title block ends: the leading lines that are sentences of their own
        with no closing full stop (a masthead, "Press release No. 214", a dateline line, the
        headline, a kicker), up to the first sentence of body copy; 0 when the text opens with it."""
        if "title block" not in self.memo:
            end = 0
            for a, b in self.segments.sentences[:_TITLE_LINES]:
                on_own_line = (a == 0 or self.text[:a].rstrip(" \t").endswith("\n")) and "\n" in self.text[b:b + 2]
                if not on_own_line or _CLOSED.search(self.text, a, b):
                    break
                end = b
            self.memo["title block"] = end
        return self.memo["title block"]

    @property
    def dateline(self) -> Place | None:
        """The dateline's city, where the story's "here" is (read on first use)."""
        if "dateline" not in self.memo:
            place = dateline_place(self.text)
            self.memo["dateline"] = place_in_state(place) if place is not None else None
        return self.memo["dateline"]

    # lookups by range -------------------------------------------------------------------

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        return _in(self.mentions, self._mention_starts, a, b, end=lambda m: m.end)

    def times_in(self, a: int, b: int) -> list[TimeValue]:
        return _in(self._timed, self._time_starts, a, b)

    def dated(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` names a day, a month or a clock time: "held their annual talks on
        Thursday" happened once."""
        return any(t.grain in ("day", "month", "hour", "minute") and t.type in ("DATE", "TIME")
                   for t in self.times_in(a, b))

    def money_in(self, a: int, b: int) -> list[Money]:
        return _in(self.money, self._money_starts, a, b)

    def quantities_in(self, a: int, b: int) -> list[Quantity]:
        return _in(self.quantities, self._quantity_starts, a, b)

    def places_in(self, a: int, b: int) -> list[Place]:
        return _in(self.places, self._place_starts, a, b)

    def systems_in(self, a: int, b: int) -> list[SystemMention]:
        return _in(self.systems, self._system_starts, a, b, end=lambda s: s.end)

    def operations_in(self, a: int, b: int) -> list[tuple[int, int, str]]:
        if not self._operations_sorted:
            return [o for o in self.operations if a <= o[0] and o[1] <= b]
        i = bisect_left(self._operation_starts, a)
        out = []
        while i < len(self.operations) and self._operation_starts[i] <= b:
            if self.operations[i][1] <= b:
                out.append(self.operations[i])
            i += 1
        return out

    def span(self, a: int, b: int) -> Span:
        return Span.of(self.text, a, b)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.segments.sentence(pos)

    def clause(self, pos: int) -> tuple[int, int]:
        return self.segments.clause(pos)

    def list_lead(self, pos: int) -> tuple[int, int] | None:
        """The sentence that introduces the list whose item holds ``pos`` ("... signed three contracts:" over
        "(a) a contract with Hanwha Ocean ...; (b) ..."): the nearest sentence before the run of list items that
        ends in a colon, or None when ``pos`` is in no such item."""
        sentences = self.segments.sentences
        i = j = self.segments.sentence_index(pos)
        while j >= 0 and _LIST_ITEM.match(self.text, sentences[j][0]):
            j -= 1
        if j == i or j < 0 or not self.text[sentences[j][0]:sentences[j][1]].rstrip().endswith(":"):
            return None
        return sentences[j]

    def mentions_before(self, pos: int, limit: int = 0) -> list[Mention]:
        """Mentions ending before ``pos`` (and after ``limit``), nearest last."""
        i = bisect_left(self._mention_starts, pos)
        j = bisect_left(self._mention_starts, limit, 0, i)  # mentions are in order of start
        return [m for m in self.mentions[j:i] if m.end <= pos]

    def mention_at(self, pos: int) -> Mention | None:
        """The mention that ``pos`` falls strictly inside, if any ("Hanno Pevkur, his Estonian
        counterpart" holds a comma)."""
        i = bisect_left(self._mention_starts, pos) - 1
        if i >= 0 and self.mentions[i].start < pos < self.mentions[i].end:
            return self.mentions[i]
        return None

    def mentions_back(self, a: int, b: int) -> Iterator[Mention]:
        """The mentions of :meth:`mentions_in` ``(a, b)``, nearest to ``b`` first, one at a time:
        a walk back from ``b`` that stops early costs only the mentions it looks at."""
        i = bisect_left(self._mention_starts, b) - 1
        while i >= 0 and self._mention_starts[i] >= a:
            if self.mentions[i].end <= b:
                yield self.mentions[i]
            i -= 1
