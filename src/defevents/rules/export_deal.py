"""Export deals: who sells which weapons to whom, how many, for how much.

Shapes handled:
    a|the (£Xbn) export|arms|defence|sales|procurement agreement|deal|contract|order (to equip|for ...)
    a deal|contract|order worth|valued at <money>          (with weapons or forces in the clause)
    <seller> sold|supplies|delivered <items> to <buyer>
    <buyer> bought|ordered|purchased|acquired|agreed to buy <items> (from <seller>)
    <buyer> selected|chose <system> in a deal worth <money>
    <buyer> signed a contract with <company> for <items>
    the State Department approved a possible (Foreign Military) Sale to <buyer> of <items>
Not export deals: trade, music, sport or property deals; shares, food or energy supplies; a
state buying from its own industry (seller and buyer the same state); negated or hypothetical
sales ("could buy", "is considering").
Seller and buyer come from the syntax (sell ... to, buy ... from); failing that, the buyer is
the state named on the items ("22 Polish air batteries", "Poland's Narew programme"), and the
seller is the company named, the items' maker country, or the document's home state.
"""

from __future__ import annotations

import regex

from .. import gazetteers
from ..actors import Mention, state_actor
from ..document import Document
from ..schema import Actor, Money
from . import Draft, Ex, Rule
from ._patterns import MILITARY_AID
from .deployment import systems_named
from ._args import draft, evidence_end, in_clause, objects_after, phrase_end, resolve_references, subject_before

_ITEMS = regex.compile(
    r"""(?ix)\b(?:weapons?|arms|munitions?|ammunition|shells|missiles?|rockets?|interceptors?|launchers?|howitzers?|artillery|
        tanks?|armou?red\s+vehicles?|vehicles|jets?|fighters?|aircraft|helicopters?|drones?|UAVs?|frigates?|corvettes?|
        submarines?|warships?|ships|vessels|patrol\s+boats?|radars?|air\s+defen[cs]e|missile\s+defen[cs]e|batteries|battery|
        systems?|rifles|guns|torpedoes|mines|platforms?|trainers?|transport\s+aircraft|military|defen[cs]e|armaments?)\b""")


def _value(doc: Document, a: int, b: int, trigger: tuple[int, int]) -> Money | None:
    """The deal's amount: the one right before the trigger ("a £4bn defence deal"), else the
    first after it, else the nearest before; never a bracketed conversion of another amount."""
    found = [m for m in doc.money_in(a, b) if m.span and m.span.start not in doc.conversions]
    inside = [m for m in found if trigger[0] <= m.span.start and m.span.end <= trigger[1]]
    adjacent = [m for m in found if m.span.end <= trigger[0] and trigger[0] - m.span.end <= 40
                and "," not in doc.text[m.span.end:trigger[0]]]
    after = [m for m in found if m.span.start >= trigger[1]]
    before = [m for m in found if m.span.end <= trigger[0]]
    return (inside[:1] or adjacent[-1:] or after[:1] or before[-1:] or [None])[0]


def _state(m: Mention | None) -> Actor | None:
    if m is None or not m.code:
        return None
    return m.actor


def _buyer_from_items(doc: Document, a: int, b: int, trigger: tuple[int, int], seller: str | None) -> Mention | None:
    """The state named on the items: "22 Polish air batteries", "Poland's Narew programme", "to equip
    the Polish army"; after the trigger first, then before it."""
    for m in doc.mentions_in(trigger[1], b) + doc.mentions_in(a, trigger[0])[::-1]:
        if not m.code or m.code == seller or m.actor.kind == "company" or m.form in ("counterpart", "pair", "anaphor"):
            continue
        if m.form in ("demonym", "prefix") or m.possessive or regex.search(
                r"(?i)\b(?:to|for|with|by)\s+(?:the\s+)?$", doc.text[max(0, m.start - 10):m.start]):
            return m
    return None


_AID = MILITARY_AID
_NOT_ARMS = regex.compile(
    r"(?i)\b(?:stake|stakes|shares|equity|takeover|merger|subsidiary|wage|pay|salary|trade|tariffs?|sponsorship|music|football|"
    r"club|property|real\s+estate|insurance|loan|bonds?|licen[cs]ing\s+deal|energy|gas|oil|grain|food)\b")
_SIGNED = regex.compile(
    r"(?i)\b(?:signed|inked|agreed\s+to|ordered|placed\s+an\s+order|selected|chose|chosen|awarded|finali[sz]ed|concluded|"
    r"sealed|struck|bought|purchased|acquired|contracted|was\s+completed|were\s+completed|delivered|sold|exported)\b")
_PLANNED_SALE = regex.compile(
    r"(?i)\b(?:possible\s+(?:Foreign\s+Military\s+)?sale|approv\w*\s+(?:on\s+\w+\s+)?(?:the|a)\s+(?:possible\s+)?(?:purchase|sale|acquisition|procurement)|"
    r"(?:will|plans?\s+to|intends?\s+to|is\s+set\s+to|to\s+be)\s+(?:buy|purchase|acquire|order|sign))")


def _rank(code: str | None) -> int:
    row = gazetteers.load("exporter").by_id(code or "")
    return int(row[0].surface) if row else 10_000


def orient(parties: list[Actor], systems: list, doc: Document) -> tuple[Actor | None, Actor | None]:
    """Seller and buyer of two parties named without a direction: the maker of the items sells;
    failing that, the larger arms exporter does."""
    a, b = parties[0], parties[1]
    makers = {s.country for s in systems if s.country}
    if b.code in makers and a.code not in makers:
        return b, a
    if a.code in makers and b.code not in makers:
        return a, b
    return (a, b) if _rank(a.code) <= _rank(b.code) else (b, a)


_APPROVED = regex.compile(r"(?i)\b(?:approv\w*|clear(?:ed|s)|authori[sz]\w*|notif\w*)\s+(?:on\s+\w+\s+)?(?:the|a)\s+(?:possible\s+)?(?:purchase|sale|acquisition|procurement)")


# "will export four radars ... under a contract worth ¥15bn": the contract exists when reported
_UNDER_CONTRACT = regex.compile(r"(?i)\bunder\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:contract|deal|agreement|order)\b")


def _status(doc: Document, a: int, b: int, trigger: int) -> str | None:
    if in_clause(doc, _PLANNED_SALE, a, b) or in_clause(doc, _APPROVED, a, b):
        return "planned"
    if _SIGNED.search(doc.text, max(a, trigger - 80), b):
        return "completed"
    return None


def _deal(m: regex.Match[str], doc: Document, rule: Rule, *, seller: Actor | None = None,
          buyer: Actor | None = None, need_items: bool = True, parties: list[Actor] | None = None,
          purchase: bool = False) -> Draft | None:
    ts, te = m.span("trigger")
    clause = doc.clause(ts)
    a, b = max(clause[0], ts - 120), min(clause[1], te + 220)
    systems = doc.systems_in(a, b)
    if need_items and not systems and not _ITEMS.search(doc.text, a, b):
        return None
    if not purchase and in_clause(doc, _AID, *clause):
        return None  # military aid is neither a sale nor an export deal (a purchase never is aid)
    if _NOT_ARMS.search(doc.text, m.start(), min(b, te + 60)):
        return None  # a stake, shares, a wage or trade deal
    if parties and len(parties) >= 2 and seller is None and buyer is None:
        seller, buyer = orient(parties, systems, doc)
    companies = [x for x in doc.mentions_in(a, b) if x.actor.kind == "company" and x.code]
    if seller is None and companies:
        seller = companies[0].actor
    if buyer is None:
        bm = _buyer_from_items(doc, a, b, (ts, te), seller.code if seller else None)
        buyer = bm.actor if bm else None
    if seller is None:
        makers = [s.country for s in systems if s.country and (not buyer or s.country != buyer.code)]
        if makers:
            seller = state_actor(makers[0])
        elif doc.home and (not buyer or buyer.code != doc.home):
            seller = state_actor(doc.home)
    if buyer is None and seller is None:
        return None
    if buyer is not None and seller is not None and buyer.code == seller.code:
        return None  # a state buying from its own industry is procurement, not an export
    value = _value(doc, a, b, (ts, te))
    quantities = doc.quantities_in(a, b)
    quantity = next((q for q in quantities if q.span.start >= ts), None) or (quantities[-1] if quantities else None)
    items = systems_named(doc, a, b)
    if not items and quantity is not None and _ITEMS.search(quantity.unit):
        items = [quantity.unit]
    ends = [s.end for s in systems] + ([value.span.end] if value and value.span else [])
    ends += [x.span.end for x in (buyer, seller) if x is not None and x.span is not None and x.span.end <= b]
    if quantity and quantity.span:
        ends.append(quantity.span.end)
    starts = [ts] + ([value.span.start] if value and value.span and value.span.start >= a else [])
    starts += [x.span.start for x in (buyer, seller) if x is not None and x.span is not None and a <= x.span.start < ts]
    participants = [x for x in (seller, buyer) if x is not None]
    status = _status(doc, clause[0], clause[1], ts)
    return draft(rule, m, start=min(starts), end=evidence_end(doc, te, *ends), participants=participants,
                 seller=seller, buyer=buyer, value=value, items=items, quantity=quantity, status=status,
                 reported=(in_clause(doc, _APPROVED, *clause) or
                                                   in_clause(doc, _PLANNED_SALE, *clause) or
                                                   in_clause(doc, _UNDER_CONTRACT, *clause)))


def _parties(doc: Document, m: regex.Match[str], preps: str = r"with|to|for|between|by"):
    """Subject mentions and object mentions of a deal phrase."""
    subject = [x for x in resolve_references(doc, subject_before(doc, m.start()), m.start()) if x.code]
    objects = [x for x in objects_after(doc, m.end("trigger"), phrase_end(doc, m.end("trigger")), preps) if x.code]
    return subject, objects


def _split(subject: list[Mention], objects: list[Mention]):
    """Companies sell; states named as objects of "with|to|for" buy."""
    firms = [x for x in subject + objects if x.actor.kind == "company"]
    states = [x for x in subject + objects if x.actor.kind != "company"]
    return firms, states


# "a defence agreement", "a military accord": as often a cooperation pact as a sale; a sale only
# with weapons or a sum in sight
_PACT_LIKE = regex.compile(r"(?i)(?:defen[cs]e|military|production|licen[cs]e)\s+(?:agreements?|accords?)")


def _build_noun(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    subject, objects = _parties(doc, m)
    firms, states = _split(subject, objects)
    seller = firms[0].actor if firms else None
    codes = list(dict.fromkeys(x.code for x in states))
    clause = doc.clause(m.start())
    if _PACT_LIKE.fullmatch(m.group("trigger")) and not (
            doc.money_in(*clause) or doc.systems_in(*clause) or _ITEMS.search(doc.text, m.end(), clause[1])
            or _ITEMS.search(doc.text, clause[0], m.start())):
        return None
    if seller is None and len(codes) >= 2:
        parties = [next(x.actor for x in states if x.code == c) for c in codes[:2]]
        return _deal(m, doc, rule, parties=parties, need_items=False)
    buyer = next((x.actor for x in states if x.code != (seller.code if seller else None)), None)
    return _deal(m, doc, rule, seller=seller, buyer=buyer, need_items=False)


def _build_worth(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _build_noun(m, doc, rule) if _ITEMS.search(doc.text, *doc.clause(m.start())) or doc.systems_in(*doc.clause(m.start())) else None


def _build_value_follow_up(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The deal, worth $8.1bn, ...": the value of the deal just stated; merged into it, or dropped
    when no export deal came before."""
    clause = doc.clause(m.start())
    found = [x for x in doc.money_in(m.end(), min(clause[1], m.end() + 80))
             if x.span and x.span.start not in doc.conversions]
    if not found:
        return None
    return draft(rule, m, start=m.start(), end=found[0].span.end, participants=[], anaphoric=True, value=found[0])


def _build_sell(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    subject = [x for x in resolve_references(doc, subject_before(doc, m.start()), m.start()) if x.code]
    to = objects_after(doc, m.end("trigger"), doc.clause(m.start())[1], r"to")
    if not subject or not to:
        return None
    return _deal(m, doc, rule, seller=subject[0].actor, buyer=to[0].actor)


_PURCHASE_TAIL = regex.compile(
    r"(?i)^[^,;.]{0,40}?\b(?:with|for|to\s+(?:buy|purchase|acquire|procure|supply|deliver|build|order)|worth|valued)\b|^\s*\(")
_DEAL_NOUN = regex.compile(r"(?i)\b(?:contract|deal|order|agreement|acceptance|LOA)\b")


_INFINITIVE = regex.compile(r"\bto\s+(?!(?:buy|purchase|acquire|procure|order|supply|deliver|build|equip|lease|sell|provide|transfer)\b)[a-z]+")


def _buys_items(doc: Document, m: regex.Match[str]) -> bool:
    """Whether the verb's object names weapons: what follows it up to the end of the phrase or an
    infinitive that starts another action ("ordered Menem to appear")."""
    ts, te = m.span("trigger")
    end = phrase_end(doc, te)
    cut = _INFINITIVE.search(doc.text, te, end)
    end = cut.start() if cut else end
    return bool(doc.systems_in(ts, end) or _ITEMS.search(doc.text, ts, end))


_SIGNING = r"signed|inked|concluded|finali[sz]ed|sealed|struck"
_SIGNED_DEAL = regex.compile(rf"(?i){_SIGNING}|placed")  # "signed a contract", "placed an order"
_FROM_OR_WITH = regex.compile(r"(?i)\b(?:from|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_BY = regex.compile(r"(?i)\bby\s+(?:the\s+)?$")


def _build_buy(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    ts, te = m.span("trigger")
    if _SIGNED_DEAL.match(m.group("trigger")):
        noun_end = ts + max(x.end() for x in _DEAL_NOUN.finditer(m.group("trigger"))) if _DEAL_NOUN.search(m.group("trigger")) else te
        if not (doc.money_in(ts, te) or _PURCHASE_TAIL.search(doc.text[noun_end:noun_end + 60])):
            return None  # "signed a reciprocal access agreement": no purchase in sight
    if not _buys_items(doc, m):
        return None  # "ordered the former president to appear": a command, not a purchase
    subject, objects = _parties(doc, m, r"with|from|by|to|for")
    src = [x for x in objects if _FROM_OR_WITH.search(doc.text[max(0, x.start - 40):x.start])]
    by = [x for x in objects if _BY.search(doc.text[max(0, x.start - 10):x.start])]
    firms = [x for x in subject if x.actor.kind == "company"]
    states = [x for x in subject if x.actor.kind != "company"]
    if firms and not states:
        if not _SIGNED_DEAL.match(m.group("trigger")):
            return None  # a firm buying is corporate business, not an export
        # "Hanwha signed a contract with Romania to supply ...": the firm sells
        buyer = next((x.actor for x in objects if x.actor.kind != "company"), None)
        return _deal(m, doc, rule, seller=firms[0].actor, buyer=buyer)
    buyer = states[0].actor if states else (by[0].actor if by else None)
    if buyer is None:
        return None
    if len({x.code for x in states}) >= 2 and not src:
        return _deal(m, doc, rule, parties=[x.actor for x in states[:2]])
    seller = next((x.actor for x in src if x.code != buyer.code), None)
    return _deal(m, doc, rule, seller=seller, buyer=buyer, purchase=True)


def _build_passive(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "A deal for 45 jets was signed between Spain and Turkish Aerospace": companies sell, states buy."""
    parties = [x for x in objects_after(doc, m.end("trigger"), phrase_end(doc, m.end("trigger")), r"between|by|with|and")
               if x.code]
    firms = [x for x in parties if x.actor.kind == "company"]
    states = [x for x in parties if x.actor.kind != "company"]
    if firms and states:
        return _deal(m, doc, rule, seller=firms[0].actor, buyer=states[0].actor)
    if len({x.code for x in states}) >= 2:
        return _deal(m, doc, rule, parties=[x.actor for x in states[:2]])
    return None


def _build_fms(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    to = objects_after(doc, m.end("trigger") - 3, doc.clause(m.start())[1], r"to")
    if not to:
        return None
    return _deal(m, doc, rule, seller=state_actor("USA"), buyer=to[0].actor, need_items=False)


_MONEY_WORDS = r"(?:[£$€¥₩₹]|US\$|A\$|C\$|(?:PLN|NOK|SEK|DKK|EUR|USD|GBP|KRW|JPY|INR|AUD|CAD|CHF)\b)"

RULES = (
    Rule(
        id="export_deal.sale_noun",
        summary="a|the (<money>) export|arms|defence|sales agreement|deal|contract|order",
        pattern=r"""(?P<trigger>\b(?i:export|exports|arms|defen[cs]e|weapons?|military|sales?|purchase|procurement|supply|acquisition|government-to-government|G2G|
                    offset|production|licen[cs]e)\s+(?:(?:and|&)\s+\w+\s+)?(?:agreements?|deals?|contracts?|orders?|packages?|accords?))\b""",
        build=_build_noun,
        priority=2,
        examples=(
            Ex("In 2023, a £1.9bn export agreement with MBDA UK to equip 22 Polish air batteries was reached.",
               participants=["GBR", "POL"], money="1900000000 GBP", date="2023", buyer="POL", quantity=22),
            Ex("Hanwha Aerospace signed an export contract with Romania for 54 K9 howitzers worth about $1bn.",
               participants=["KOR", "ROU"], seller="KOR", buyer="ROU", items=["K9"]),
        ),
        counterexamples=(
            "The supermarket agreed a £200m supply contract for fresh vegetables.",
            "Britain and India sealed a trade agreement worth £25bn a year.",
            "The defence deal could be worth up to $10bn if Congress agrees.",
        ),
    ),
    Rule(
        id="export_deal.deal_worth",
        summary="a deal|contract|order worth|valued at <money> (with weapons in the clause)",
        pattern=rf"""(?P<trigger>\b(?:deal|deals|contract|contracts|order|orders|agreement|package|sale)\b)\s+(?:(?:worth|valued\s+at|totall?ing|of)\s+(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|an\s+estimated)\s+)?{_MONEY_WORDS}|(?:worth|valued\s+at)\s+\d)""",
        build=_build_worth,
        priority=1,
        examples=(
            Ex("Norway has chosen the Type 26 frigate from BAE Systems in a deal worth £10bn.",
               participants=["GBR", "NOR"], money="10000000000 GBP", buyer="NOR", seller="GBR"),
        ),
        counterexamples=(
            "The carmaker signed a deal worth $2bn with a battery supplier.",
        ),
    ),
    Rule(
        id="export_deal.sell_to",
        summary="<seller> sold|supplies|delivered|exports <items> to <buyer>",
        pattern=r"""(?P<trigger>\b(?i:sell|sells|sold|selling|supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|export|exports|exported|exporting|transfer|transfers|transferred|hand\s+over|handed\s+over)\b)(?!\s+of\b)""",
        build=_build_sell,
        examples=(
            Ex("South Korea delivered the first 10 K2 tanks to Poland in December.",
               published="2026-01-20", participants=["KOR", "POL"], seller="KOR", buyer="POL", date="2025-12"),
            Ex("France will supply 12 Caesar howitzers to Armenia under a contract signed this week.",
               participants=["ARM", "FRA"], status="completed"),
        ),
        counterexamples=(
            "The government sold its stake in the steel firm to a Dutch buyer.",
            "Farmers supplied grain to Egypt at record prices.",
            "Germany would supply Taurus missiles to Ukraine only if allies agreed.",
        ),
    ),
    Rule(
        id="export_deal.value_follow_up",
        summary="(follow-up) The deal|contract|order, worth <money>, ... / The contract is valued at <money>",
        pattern=r"""(?P<trigger>\b(?:The|the|This|this)\s+(?:(?:[\w’'-]+\s+){0,2}?)(?:deal|contract|order|purchase|package|sale|acquisition|programme|program))
                    (?=\s*,?\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:(?:reportedly|reported|said\s+to\s+be)\s+)?)?(?:worth|valued\s+at|estimated\s+at|priced\s+at)\s)""",
        build=_build_value_follow_up,
        examples=(
            Ex("Indonesia ordered 42 Rafale fighters from France. The deal, worth $8.1 billion, was signed in Jakarta.",
               participants=["FRA", "IDN"], money="8100000000 USD", seller="FRA", buyer="IDN"),
            Ex("Peru ordered 24 K2 tanks from South Korea on Friday. The contract is valued at about $1.1bn.",
               published="2025-06-12", participants=["KOR", "PER"], money="1100000000 USD", date="2025-06-06"),
        ),
        counterexamples=(
            "The programme, worth £2bn, will renovate army housing across the country.",
            "Shares rose after the deal, worth $400m, closed. The contract is valued at $2bn.",
        ),
    ),
    Rule(
        id="export_deal.delivery",
        summary="<buyer> took delivery of|received (the first|N) <items> (from <seller>)",
        pattern=r"""(?P<trigger>\b(?i:took|taken|takes|take|taking)\s+(?:(?:formal|official|first)\s+)?delivery\s+of
                    |\b(?i:received|receives|receive|receiving)(?=\s+(?&GOODS)))""",
        build=_build_buy,
        examples=(
            Ex("The Moroccan Air Force has taken delivery of four AH-64E Apache helicopters from Boeing, the ministry said on Monday.",
               published="2025-06-12", participants=["MAR", "USA"], buyer="MAR", seller="USA", quantity=4, date="2025-06-09"),
            Ex("Romania has received the first three of 54 Abrams tanks from the United States.",
               participants=["ROU", "USA"], buyer="ROU", seller="USA"),
            Ex("Greece received six more Rafale jets from France last year.",
               published="2025-06-12", participants=["FRA", "GRC"], buyer="GRC", seller="FRA", date="2024"),
            Ex("The Philippine Navy took delivery of its second frigate from South Korea's Hyundai Heavy Industries on Wednesday.",
               published="2025-06-12", participants=["KOR", "PHL"], buyer="PHL", seller="KOR", date="2025-06-11"),
        ),
        counterexamples=(
            "The minister received the first copy of the defence review on Monday.",
            "The Polish Army received six new recruits from the academy.",
            "Norway has not yet taken delivery of any of the submarines it ordered.",
            "The museum took delivery of a restored Spitfire from a private collector.",
        ),
    ),
    Rule(
        id="export_deal.buy_from",
        summary="<buyer> bought|ordered|purchased|acquired|selected <items> (from <seller>)",
        pattern=r"""(?P<trigger>\b(?i:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|acquire|acquires|acquired|acquiring|
                    order|orders|ordered|ordering|procure|procures|procured|procuring|selected|selects|select|chose|chosen|chooses|choose|picked|opted\s+for|
                    lease|leases|leased|
                    # "signed a contract", "signed on Monday an agreement", "signed, on behalf of the army, a contract"
                    (?:""" + _SIGNING + r""")(?:\s+(?:on\s+\w+|last\s+\w+|today|yesterday)|,[^,.;]{3,60},)?
                    \s+(?:a|an|the)\s+(?:[\w’'£$€.,()\-]+\s+){0,6}?(?:contract|deal|order|agreement|letters?\s+of\s+offer\s+and\s+acceptance|LOA)(?:\s+(?:with|for|to\s+buy))?|placed\s+an\s+order)\b)""",
        build=_build_buy,
        examples=(
            Ex("Turkish firm Baykar signed a contract with Kuwait's Ministry of Defence to supply TB2 drones.",
               participants=["KWT", "TUR"], seller="TUR", buyer="KWT", items=["TB2"]),
            Ex("Romania has ordered 54 K9 self-propelled howitzers from South Korea.",
               participants=["KOR", "ROU"], buyer="ROU", seller="KOR", quantity=54),
            Ex("Poland agreed to buy 96 Apache helicopters for about $12bn.",
               participants=["POL", "USA"], buyer="POL", seller="USA"),
            Ex("Hanwha Aerospace said on Monday it had signed a contract with Egypt to supply 100 K9 howitzers.",
               participants=["EGY", "KOR"], seller="KOR", buyer="EGY", quantity=100),
            Ex("Qatar inked a contract with Lockheed Martin for seven THAAD batteries valued at $12 billion.",
               participants=["QAT", "USA"], buyer="QAT", seller="USA", money="12000000000 USD", items=["THAAD"]),
            Ex("Chile on Wednesday signed the letter of offer and acceptance with the US government for 12 F-16 Block 70 jets.",
               published="2025-06-12", participants=["CHL", "USA"], buyer="CHL", seller="USA", quantity=12, date="2025-06-11"),
            Ex("Kuwait's defence ministry signed, on behalf of the armed forces, a contract worth KWD 300 million with France's Thales for coastal radars.",
               participants=["FRA", "KWT"], buyer="KWT", seller="FRA", money="300000000 KWD"),
            Ex("Peru's defence minister signed on Monday an agreement with the Government of South Korea for the acquisition of two frigates.",
               published="2025-06-12", participants=["KOR", "PER"], buyer="PER", seller="KOR", quantity=2),
            Ex("Slovakia has signed an agreement with Sweden to lease 14 Gripen fighters for ten years.",
               participants=["SVK", "SWE"], buyer="SVK", seller="SWE", quantity=14),
            Ex("The Defence Ministry signed a contract on Monday to purchase 12 FA-50 light combat aircraft from Korea Aerospace Industries, Manila said.",
               published="2025-06-11", participants=["KOR", "PHL"], buyer="PHL", seller="KOR"),
        ),
        counterexamples=(
            "Japan and the Philippines signed a reciprocal access agreement on Monday, weeks after talks in Manila.",
            "The pension fund bought shares in Rheinmetall last week.",
            "The US Army ordered more Patriot interceptors from Lockheed Martin.",
            "India is considering buying more Rafale jets from France.",
            "Romania is evaluating the purchase of 24 F-35 jets from the United States.",
        ),
    ),
    Rule(
        id="export_deal.passive",
        summary="a|the (<money>) deal|contract|order for <items> was signed|awarded|agreed between|by|with <parties>",
        pattern=r"""\b(?i:a|an|the)\s+(?:[^\s;]+(?<!\.)\s+){0,6}?(?i:deal|contract|order|agreement)\s+for\s+(?:[^\s;]+(?<!\.)\s+){1,8}?
                    (?P<trigger>(?i:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?i:signed|awarded|agreed|finali[sz]ed|concluded|inked|placed))\b""",
        build=_build_passive,
        examples=(
            Ex("A €3.1 billion deal for 45 Hürjet jet trainers was signed on Tuesday between Spain and Turkish Aerospace.",
               published="2025-12-03", participants=["ESP", "TUR"], buyer="ESP", seller="TUR", money="3100000000 EUR"),
        ),
        counterexamples=(
            "A deal for the club's new stadium was signed on Tuesday between the council and a developer.",
        ),
    ),
    Rule(
        id="export_deal.fms",
        summary="the State Department approved a possible (Foreign Military) Sale to <buyer> of <items>",
        pattern=r"""(?P<trigger>\b(?i:approv\w*|clear(?:ed|s|ing)?|authori[sz]\w*|notif\w*)\s+(?:(?:on\s+\w+\s+)?(?:a|the)\s+)?(?:possible\s+)?(?:Foreign\s+Military\s+)?[Ss]ale\s+(?:(?:of\s+(?:[^.;]{1,120}?)\s+)?to))\b""",
        build=_build_fms,
        priority=3,
        examples=(
            Ex("The US State Department has approved a possible Foreign Military Sale to Denmark of AMRAAM missiles for an estimated $1.1bn.",
               participants=["DNK", "USA"], seller="USA", buyer="DNK", status="planned"),
        ),
        counterexamples=(
            "The board approved the sale to a private equity firm.",
        ),
    ),
)
