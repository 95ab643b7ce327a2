"""What export-deal rules share: the checks that a clause is a sale, and the readers of its items,
money, count, status and parties, ending in :func:`deal`, which turns a rule's match into a draft.

A private module of :mod:`defevents.rules.export_deal` (a module whose name starts with ``_`` is
not an event module and contributes no rules). Its sections, in order:

* what is sold: weapon and platform nouns (``ITEMS``, ``DELIVERED``), people who are not goods,
  the items a relative clause is about;
* not a sale: offers, bids, talks, cancellations, service contracts, non-arms deals, aid;
* status: planned (approved, "will buy") or completed (signed, ordered, delivered);
* money and count: the deal's amount, and a split contract's total ("six ... and a further four");
* parties: the buyer named on the items, orienting two states, objects and implied buyers,
  where items arrive;
* :func:`deal`: the draft, with the seller and buyer a rule found or those the clause implies.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .. import _lazy_regex as regex

from .. import gazetteers
from ..actors import Mention, state_actor
from ..document import Document
from ..schema import Actor, Money, Quantity, TimeValue
from . import Draft, Rule
from ._args import (RELATIVE_ASIDE, draft, evidence_end, in_clause, next_sentence_opening, objects_after, phrase_end, resolve_references,
                    subject_before)
from ._patterns import MADE, MILITARY_AID, STATE_MADE
from .deployment import systems_named

__all__ = [
    "DELIVERED", "DELIVERED_NOUNS", "ITEMS", "MONEY_WORDS", "PEOPLE", "buyer_from_items", "buys_items", "civil_order", "co_makers", "deal", "deal_parties",
    "deal_value", "destination", "firms_and_states", "implied_buyer", "item_name", "items_before", "items_start", "orient",
    "state_objects",
]

# --- what is sold ---------------------------------------------------------------------------------

ITEMS = regex.compile(
    r"""(?ix)\b(?:weapons?|arms|munitions?|ammunition|shells|missiles?|rockets?|interceptors?|launchers?|howitzers?|artillery|
        tanks?|armou?red\s+vehicles?|vehicles|(?:armou?red\s+)?personnel\s+carriers?|(?:armou?red|troop)\s+carriers?|APCs?|IFVs?|MRAPs?|jets?|fighters?|aircraft|helicopters?|drones?|UAVs?|frigates?|corvettes?|
        destroyers?|cruisers?|cutters?|mine(?:hunters?|sweepers?)|submarines?|warships?|ships?|vessels?|patrol\s+boats?|
        gunboats?|(?:landing|patrol|attack|assault|interceptor|combat|rescue)\s+craft|(?:fast|interceptor|assault|attack|landing|rescue)\s+boats?|trucks?|
        radars?|air\s+defen[cs]e|missile\s+defen[cs]e|batteries|battery|systems?|rifles|guns|torpedoes|mines|platforms?|
        trainers?|transport\s+aircraft|military|defen[cs]e|armaments?|
        # soldiers' kit: "30 thermal sights", "night-vision goggles", "mortars and grenades"
        (?:thermal|weapon|rifle|gun|night|optical|holographic|reflex)[\s-]+(?:sights|scopes)|thermal\s+imagers?|
        night[\s-]vision\s+(?:goggles|devices|equipment|sights|binoculars|scopes)|
        mortars?|grenades|cartridges|machine[\s-]guns?|body\s+armou?r|
        # what arms a vehicle, and rounds by their calibre: "20 turrets", "remote weapon stations", "122 mm rounds"
        turrets?|(?:remote(?:ly)?[\s-]+(?:controlled|operated)\s+|remote\s+)?weapon\s+stations?|
        (?:mm|millimet(?:re|er)|calibre|caliber)\s+(?:(?:artillery|tank|mortar|howitzer)\s+)?(?:rounds|shells|projectiles|ammunition)|
        # engineering kit for the forces: "eight mine-clearing machines", "demining vehicles", "bridge-laying systems"
        (?:mine[\s-]clearing|mine[\s-]clearance|de-?mining|bridge[\s-]laying|counter-?IED)\s+(?:machines?|equipment|robots?|kits?))\b""")


# what arrives in a delivery: weapons and platforms, not people
DELIVERED_NOUNS = r"""(?:tanks?|howitzers?|jets?|fighters?|aircraft|airframes|helicopters?|drones?|frigates?|corvettes?|
        destroyers?|submarines?|ships?|vessels?|patrol\s+boats?|gunboats?|(?:landing|patrol|attack|assault|interceptor|combat|rescue)\s+craft|(?:fast|interceptor|assault|attack|landing|rescue)\s+boats?|
        trucks|launchers?|batteries|battery|vehicles|radars?|missiles?|
        trainers|transports?|tankers|systems?|guns|personnel\s+carriers?|(?:armou?red|troop)\s+carriers?|APCs?|IFVs?)"""
DELIVERED = regex.compile(r"(?ix)\b" + DELIVERED_NOUNS + r"\b")
# people arrive and are handed over too, but are not goods
PEOPLE = regex.compile(r"(?i)\b(?:troops|soldiers|personnel(?!\s+carriers?\b)|marines|sailors|airmen|crews?|pilots|staff|delegation|visitors|tourists|passengers)\b")


# the state of goods sold on, and where they were made: not part of what they are ("six used
# Abukuma-class destroyers", "two Chinese-built corvettes")
_CONDITION = regex.compile(
    r"(?i)^(?:(?:new|brand[\s-]new|used|second[\s-]?hand|surplus|excess|refurbished|reconditioned|retired|decommissioned|mothballed|former|pre-owned|"
    r"(?:(?-i:\p{Lu})[\p{L}’'-]*\s+)?(?-i:\p{Lu})[\p{L}’'-]*[-‐–]" + MADE + "|"
    r"ex-[\w’'-]+(?:\s+(?:Navy|Army|Air\s+Force))?|ex\s+(?:Navy|Army|Air\s+Force))[\s,]+(?:and\s+)?)+")


# one item bought or sold, told by "one", "a single" or an article after the verb or "for|of": "a contract for
# a fast patrol craft", "ordered a single A400M" (not "for a helicopter maintenance contract", "for a total of")
# ("for a second multi-purpose frigate", "an additional KC-390 transport aircraft", "one more Dornier 228 aircraft", "handed
# over the second HDC-3100 corvette", "delivered the fifth and final Avante 2200 corvette": one more of a type)
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last|final)"
_ONE_ITEM = regex.compile(
    rf"""(?i)\b(?:for|of|buy|buys|bought|buying|purchases?|purchased|orders?|ordered|acquires?|acquired|sells?|sold|supply|supplies|supplied|
           over|delivered|delivers|received|receives)\s+
        (?:(?:on\s+\w+|last\s+\w+|earlier\s+this\s+\w+|this\s+\w+|(?:during|in)\s+(?:January|February|March|April|May|June|July|
            August|September|October|November|December)|(?:late|early)\s+last\s+\w+)\s+)?   # "ordered on Monday a 58-metre patrol vessel", "ordered during June a ..."
        (?P<count>one(?:\s+more)?|a\s+single|another|an?\s+(?:additional|further|{_ORDINAL})|the\s+{_ORDINAL}(?:\s+and\s+(?:last|final))?|an?)\s+
        (?P<unit>(?:(?!(?:total|further|additional|second|third|number|pair|batch|fleet|series|package|share|stake|part|portion|of)\b)[\w’'-]+\s+){{0,6}}?
           (?:vessel|ship|craft|boat|frigate|corvette|destroyer|submarine|cutter|aircraft|helicopter|jet|fighter|tanker|radar|howitzer|
              tank|drone|minehunter|minesweeper|warship|launcher|battery|satellite|airlifter|freighter|icebreaker
              # "a ground-based air surveillance radar system", "an unmanned aerial system", "a laser weapon system"
              |(?<=\b(?:radar|defen[cs]e|weapon|missile|rocket|artillery|surveillance|aerial|sonar|combat|launcher)\s)system))
        (?=\s*(?:[,.;:)]|$)|\s+(?:from|to|for|with|worth|valued|at|in|and|under|built|made|that|which|on|by|as|was|is|will|has|had|were|are)\b)""",
    regex.X)


_PART_OF_SYSTEM = regex.compile(r"(?i)battery|launcher")  # a unit of a system, no name of goods on its own


# goods told by their kind with no count: "a contract for mounted artillery guns", "for machine guns and
# cartridges", "for the supply of patrol boats and spare parts" (not "for its border units", "for a total of")
_KIND_HEAD = r"""(?:weapons|munitions|ammunition|shells|(?<=\b(?:mm|calibre|caliber|artillery|tank|mortar|howitzer)\s(?:[\w-]+\s){0,2})(?:rounds|projectiles)|
    missiles|rockets|interceptors|launchers|howitzers|guns|mortars|grenades|
    cartridges|rifles|(?<=\bsmall\s)arms|sights|scopes|binoculars|turrets|tanks|vehicles|carriers|trucks|jets|fighters|aircraft|helicopters|drones|UAVs|frigates|corvettes|
    cutters|minehunters|minesweepers|submarines|warships|ships|vessels|boats|craft|radars|batteries|torpedoes|mines|imagers|goggles|
    (?<=\b(?:artillery|defen[cs]e|radar|surveillance)\s)systems)"""
# (a calibre among the words: "155 mm artillery ammunition", "additional 155mm towed artillery systems")
_KIND_WORD = r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|of|and|or|for|to|with|in|on|at|by|from|worth|new)\b)(?-i:[a-z][\w-]*)"
# (two words of one kind joined by "and": "coastal and riverine surveillance radars", not "rifles and ammunition")
_KIND = rf"""(?:(?!{_KIND_HEAD}\b){_KIND_WORD}\s+(?:and|or)\s+)?(?:(?:{_KIND_WORD}|\d{{2,3}}(?:[.,]\d{{1,2}})?[ \t]?mm)\s+){{0,4}}?{_KIND_HEAD}"""
# the verbs of buying and selling whose bare object may be the goods: "to buy 155mm artillery ammunition from"
_GOODS_VERB = (r"(?:buy|buys|bought|buying|purchase|purchases|purchased|acquire|acquires|acquired|order|orders|ordered|"
               r"supply|supplies|supplied|deliver|delivers|delivered|sell|sells|sold|provide|provides|provided)")
_BARE_KINDS = regex.compile(
    rf"""(?ix)\b(?:for\s+(?:the\s+(?:supply|delivery|purchase|acquisition|provision)\s+of\s+)?
        # ("to supply the Algerian Land Forces with 40 mm grenade launchers": the buyer, then the goods)
        |(?:supply|supplies|supplied|equip|equips|equipped|provide|provides|provided)\s+(?:the\s+)?(?:[\w’'-]+\s+){{1,5}}?with\s+
        |{_GOODS_VERB}\s+)(?:(?:new|additional|further|more)\s+)?
        # ("for Xenta surveillance and fire-control radars", "for ARAD assault rifles": a name no list knows, then the kind)
        (?P<first>(?:(?-i:\p{{Lu}})[\w-]*\s+(?=(?-i:[a-z\d])))?{_KIND})(?:\s+and\s+(?:new\s+)?(?P<second>{_KIND}))?
        (?=\s*(?:[,.;:)]|$)|\s+(?:from|to|for|with|worth|valued|at|in|under|built|made|that|which|on|by|as|was|is|will|has|had|were|are)\b)""")


# where the goods are told: the first "for" that opens no name ("for radars for new patrol ships", not "the
# Centre for Defence Investment"), or a verb of buying or selling ("to buy 155mm artillery ammunition from")
_GOODS_AFTER = regex.compile(rf"\b[Ff]or\s(?!\p{{Lu}})|\b[Ff]or\s(?P<name>(?=\p{{Lu}}[\w-]*\s+(?!(?:and|or|of|for)\b)[a-z\d]))|(?i:\b{_GOODS_VERB}\s)")


def _names_an_actor(word: str) -> bool:
    """Whether a word is a state's name or adjective, or a firm's name ("Italian", "Patria")."""
    return any(gazetteers.load(name).lookup(word) is not None for name in ("country", "company"))


_MADE_IN = regex.compile(r"[\w-]+-(?:built|made|designed|produced|developed|manufactured)\b")


def bare_kinds(doc: Document, a: int, b: int, *, verb: bool = True) -> list[str]:
    """The kinds of goods a deal is for, told with no count and no system: "for mounted artillery guns",
    and with ``verb``, "will supply interceptor drones to"."""
    for told in _GOODS_AFTER.finditer(doc.text, a, b):
        if not verb and not told.group().lower().startswith("for"):
            continue
        m = _BARE_KINDS.match(doc.text, told.start(), b)
        if m is not None and doc.text[m.start("first")].isupper() and (
                doc.mentions_in(m.start("first"), m.start("first") + 1) or doc.mention_at(m.start("first"))
                or _MADE_IN.match(doc.text, m.start("first")) or _names_an_actor(m.group("first").split()[0])):
            m = None  # "buys Italian helicopters", "for Quebec-built helicopters": whose goods, no name of them
        if m is not None:
            return [" ".join(m.group(g).split()) for g in ("first", "second") if m.group(g)]
        if told.group().lower().startswith("for") and told.group("name") is None:
            return []  # the goods come with the first "for" (that opens no name: "for Ukrainian units" may be followed by them)
    return []


def item_name(unit: str) -> str:
    """What was sold, from a counted noun phrase: without the goods' condition.

    >>> item_name("used Abukuma-class destroyers"), item_name("second-hand, refurbished ex-Navy frigates")
    ('Abukuma-class destroyers', 'frigates')
    >>> item_name("Turkish-built offshore patrol vessels")
    'offshore patrol vessels'
    """
    return _CONDITION.sub("", unit) or unit


# (not "for up to three corvettes", "valued at up to")
_INFINITIVE = regex.compile(r"(?<!\bup\s)\bto\s+(?!(?:buy|purchase|acquire|procure|order|supply|deliver|build|equip|lease|sell|provide|transfer|export)\b)[a-z]+")
# comma-set adjuncts between the partner and the goods: "with the Spanish shipbuilder Navantia
# yesterday, Wednesday, in Accra, for a patrol vessel", "with Astilleros X of Vigo, Spain, on 2 April for"
_ADJUNCTS_THEN_FOR = regex.compile(r"(?:,[^,.;]{1,40}){0,3}?,?\s+for\s+")


def buys_items(doc: Document, m: regex.Match[str]) -> bool:
    """Whether the verb's object names weapons: what follows it up to the end of the phrase or an
    infinitive that starts another action ("ordered Menem to appear")."""
    ts, te = m.span("trigger")
    end = phrase_end(doc, te)
    if (past := _ADJUNCTS_THEN_FOR.match(doc.text, end, doc.sentence(ts)[1])) is not None:
        end = phrase_end(doc, past.end())
    cut = _INFINITIVE.search(doc.text, te, end)
    end = cut.start() if cut else end
    return bool(doc.systems_in(ts, end) or ITEMS.search(doc.text, ts, end))


def items_before(doc: Document, left: int, floor: int) -> tuple[int, int] | None:
    """The items a relative or participial clause at ``left`` is about: the system or weapon noun
    that ends right before it ("the 36 trainers [that Nairobi ordered]"), as the span from the
    noun phrase's first count or name to the noun's end."""
    ends = [(s.start, s.end) for s in doc.systems_in(max(floor, left - 120), left)]
    ends += [(x.start(), x.end()) for x in ITEMS.finditer(doc.text, max(floor, left - 120), left)]
    for start, end in sorted(ends, key=lambda e: -e[1]):
        if _ANTECEDENT_GAP.fullmatch(doc.text, end, left):
            return start, end
    return None


# between the antecedent and the relative clause's subject or verb: "that", "which", "(that) were"
_ANTECEDENT_GAP = regex.compile(
    r"(?i)(?:['’]s?)?\s*,?\s*(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been|have\s+been|has\s+been|being|it|they)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:(?:originally|first|already|previously|initially|also|recently|\w+ly)\s+)?(?:the\s+)?")


def items_start(doc: Document, a: int, b: int) -> int | None:
    """Where the items that are the subject of a transfer begin: the first count, system or
    weapon noun between ``a`` and ``b``."""
    found = [q.span.start for q in doc.quantities_in(a, b) if q.span] + [s.start for s in doc.systems_in(a, b)]
    noun = DELIVERED.search(doc.text, a, b)
    found += [noun.start()] if noun else []
    return min(found) if found else None


# --- not a sale -----------------------------------------------------------------------------------

_NOT_ARMS = regex.compile(
    r"(?i)\b(?:stake|stakes|shares|equity|takeover|merger|subsidiary|wage|pay(?=\s+(?:deals?|rises?|raises?|increases?|disputes?|talks|awards?|agreements?|settlements?|claims?|packages?|offers?|cuts?)\b)|salary|trade|tariffs?|sponsorship|music|football|"
    r"club|property|real\s+estate|insurance|loan|bonds?|licen[cs]ing\s+deal|energy|gas|oil|grain|food|"
    r"tractors?|fertili[sz]ers?|farm(?:ing|ers)?|agricultur\w*|"
    # relief goods: "delivered drinking-water tanks and tents to villages in Tonga"
    r"(?:drinking[\s-])?water|relief\s+(?:goods|supplies|items|aid)|medical\s+supplies|medicines?|vaccines?|tents|blankets|"
    r"scrap|ship-?break\w*|breakers['’]?\s+yards?)\b")  # old warships sold for scrap are no arms sale


_BUYS_A_FIRM = regex.compile(
    r"(?i)\b(?:acquire|acquires|acquired|acquiring|acquisition\s+of|buy|buys|bought|buying|purchase|purchased|take\s+over|took\s+over|takeover\s+of)\s+"
    # (also with no article before a state's adjective: "agreed to acquire Croatian drone maker DOK-ING")
    r"(?:(?:a|an|the)\s+|(?-i:\p{Lu})[\w-]*\s+)(?:[\w-]+\s+){0,3}?(?:company|firm|group|maker|manufacturer|business|start-?up|developer|supplier|producer|shipyard)\b(?!['’])")


# Not (yet) a sale: an offer, a bid, a shortlist, talks or interest; the words stand just before
# the trigger ("submitted a bid to supply", "opened talks with Seoul on buying", "expressed
# interest in buying")
_PROSPECT = regex.compile(
    r"(?i)\b(?:bids?|bidding|bidders?|tender(?:s|ed|ing)?|offers?|offered|offering|pitch(?:es|ed|ing)?|propos(?:al|als|ed|es|ing)|"
    r"short-?list(?:s|ed|ing)?|down-?select\w*|finalists?|compet(?:e|es|ing|ition)|contend\w*|interest(?:ed)?\s+in|"
    r"talks|negotiat\w*|discuss\w*|consult\w*|eyes|eyeing|mulls|mulling|explor\w*|weigh\w*|"
    r"requests?\s+for\s+(?:proposals?|information)|RFPs?|letters?\s+of\s+request|"
    r"(?:analysts?|observers?|experts?|sources?)\s+(?:\w+\s+){0,2}?(?:said|say|says|expect\w*|believe\w*|predict\w*))\b"
    # ... governing the trigger: a few plain words on, no comma, no second verb joined by "and"
    r"(?:\s+(?!(?:and|but|then|after|before|which|who|since|when)\b)[\w’'-]+){0,6}?\s+$")
_PROSPECT_AFTER = regex.compile(
    r"(?i)[^.;]{0,120}?\b(?:(?:analysts?|observers?|experts?|industry\s+sources)\s+(?:\w+\s+)?(?:said|say|says|believe|expect)|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:cancel+ed|scrapped|terminated|called\s+off|shelved|suspended|frozen|blocked|rejected|vetoed|dropped|abandoned)|"
    r"collapsed|fell\s+through|(?:is|are|remains?)\s+(?:still\s+)?(?:under\s+negotiation|being\s+negotiated|not\s+yet\s+signed)|"
    # "the Army's planned purchase of 36 howitzers ... remains suspended|on hold"
    r"(?:remains?|is|are)\s+(?:still\s+)?(?:suspended|on\s+hold|frozen|blocked|stalled)|"
    r"no\s+(?:contract|deal|order)\s+(?:has|had)\s+(?:yet\s+)?been|possibly\s+from|perhaps\s+from)\b")
# a frame with no order under it yet, told after it in the sentence (across a semicolon)
_NOTHING_ORDERED = regex.compile(
    r"(?i)[^.]{0,160}?\b(?:nothing|no\s+(?:orders?|systems?|units?|call-offs?))\s+(?:has|have|had)\s+(?:yet\s+)?been\s+"
    r"(?:ordered|bought|purchased|placed|called\s+off)\b")
# Service work on a fleet (maintenance, sustainment, repair, training) is a contract, not an arms sale
_SERVICE = regex.compile(
    r"(?i)\b(?:maintenance|maintain(?:s|ing)?|sustainment|servicing|(?:in-service|through-life|logistics?|technical|"
    r"fleet|follow-on)\s+support|support\s+(?:contract|deal|agreement|services?)|repairs?|overhaul\w*|MRO|upkeep|spare\s+parts|"
    # "refurbished 50 tanks" is the work; "refurbished frigates" are goods sold on
    r"refurbish(?!ed\s+(?!(?:the|a|an|its|their|his|her|our|some|all|and|or|by|at|in|for|before|after|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)\b)[\w-])\w*|"
    r"training\s+(?:contract|services?)|to\s+(?:maintain|service|repair|overhaul))\b")


# A sale notified or approved as possible (the US DSCA's "possible Foreign Military Sale", "this
# proposed sale"): the buyer may never sign, so it is no deal, planned or otherwise
_POSSIBLE_SALE = regex.compile(r"(?i)\b(?:possible|proposed|potential|prospective)\s+(?:Foreign\s+Military\s+)?sales?\b")


# "a 95 billion yen domestic contract", "domestic procurement": no export, whoever else is named
_DOMESTIC_DEAL = regex.compile(r"(?i)\bdomestic\s+(?:[\w-]+\s+){0,2}?(?:contracts?|orders?|procurement|purchases?|deals?)\b")


# a purchase told as a rumour or a claim, not as a fact
_RUMOURED = regex.compile(r"(?i)\b(?:rumou?rs?|rumou?red|speculation|allegations?|alleged(?:ly)?|unconfirmed\s+reports?|claims?|"
                          r"(?:people|some|many|they|everyone)\s+(?:were|are|was|kept)\s+saying|word\s+(?:is|was)|gossip)\b"
                          r"(?:\s+that)?[^.;?]{0,70}?\Z")
# a purchase as the topic of a debate, hearing or inquiry: "a session of Congress on the purchase of", "a
# parliamentary inquiry into the sale of"
_DEBATED = regex.compile(r"(?i)\b(?:session|debate|hearing|inquiry|enquiry|vote|motion|questions?|interpellation|probe|investigation|audit)\b"
                         r"[^.;]{0,50}?\b(?:on|into|about|over|concerning|regarding)\s+(?:the\s+)?(?:(?:planned|proposed|possible|intended)\s+)?\Z")


def _not_a_sale(doc: Document, ts: int, te: int, clause: tuple[int, int]) -> bool:
    """An offer, a bid, talks, a possible sale or a service contract around the trigger, or a deal
    reported as cancelled or collapsed after it."""
    if in_clause(doc, _POSSIBLE_SALE, *clause) or in_clause(doc, _DOMESTIC_DEAL, *clause):
        return True
    if _PROSPECT.search(doc.text, max(clause[0], ts - 90), ts):
        return True
    if _PROSPECT_AFTER.match(doc.text, te, min(doc.sentence(ts)[1], te + 160)):
        return True
    if _NOTHING_ORDERED.match(doc.text, te, min(doc.sentence(ts)[1], te + 200)):
        return True  # "concluded a framework agreement with the Polish Army ...; nothing has been ordered under it yet"
    if _RUMOURED.search(doc.text, max(doc.sentence(ts)[0], ts - 100), ts):
        return True  # "Last month people were saying Zambia had bought attack helicopters", "the rumour that Chad had bought"
    if _DEBATED.search(doc.text, max(clause[0], ts - 90), ts):
        return True  # "Opposition senators want a session of Congress on the purchase of frigates": a topic debated
    a, b = max(clause[0], ts - 60), min(clause[1], te + 80)
    named = doc.mentions_in(max(0, a - 80), b)  # "the Aviation Repair Plant": a word of a party's name is no service
    # ("Navantia, whose repair work is done at Ferrol, signed": what a party does, told in a relative, is no service bought)
    aside = [r.span() for r in _RELATIVE_ASIDE.finditer(doc.text, max(clause[0], ts - 160), ts)]
    return any(not any(x.start <= w.start() < x.end for x in named) and not any(r0 <= w.start() < r1 for r0, r1 in aside)
               for w in _SERVICE.finditer(doc.text, a, b))


_RELATIVE_ASIDE = regex.compile(RELATIVE_ASIDE)


# Rules that read a transfer of goods, which may as well be a gift: aid named in the sentence or
# the one before rules them out
_TRANSFERS = frozenset({"export_deal.delivery", "export_deal.handed_over", "export_deal.handover_noun", "export_deal.arrival"})


# a hand-over is often a gift; a sale is told as one
_HAND_OVER = regex.compile(r"(?i)hand(?:ed|s|ing)?\s+over|transferr?(?:ed|s|ing)?\b")
_A_PACKAGE = regex.compile(r"(?i)\s+(?:(?:a|an|the|its|another|their)\s+)?(?:[\w-]+\s+){0,2}?(?:package|tranche)s?\s+of\b")
# who hands over gifts: "the US Embassy", "the High Commission of India", "the defence attaché"
_GIVER = regex.compile(r"(?i)\b(?:embass(?:y|ies)|high\s+commission|consulate|defen[cs]e\s+attach[ée]s?)\b")


def _aid_nearby(doc: Document, pos: int) -> bool:
    i = doc.segments.sentence_index(pos)
    start = doc.segments.sentences[i - 1][0] if i > 0 else doc.sentence(pos)[0]
    return in_clause(doc, MILITARY_AID, start, doc.sentence(pos)[1])


# Airlines and airliners: an order from a carrier is civil business, even from a state-owned one
# ("Air India", "Riyadh Air", "Turkish Airlines", "20 A321s", "737 MAX jets"); so is a civil
# operator's order ("for air ambulance work", "a civil order")
# "the Kazakhstan Air and Air Defence Forces": a service, not an airline
_NOT_AIRLINE = (r"(?:and\s+Air\b|Force|Forces|Corps|Command|Defen[cs]e|Wing|Staff|Arm|Component|Mobility|Combat|Guard|National|Base|Station|Policing|"
                r"Missiles?|Refuell?(?:ing|er)|Tankers?|Transport|Lift|Power|Operations|Marshal|Chief|Commodore|Vice|Warfare|Systems?|Superiority)\b")
_CIVIL = regex.compile(
    rf"""(?x)\b(?:(?i:airlines?|airways|air\s+lines|airliners?|passenger\s+(?:jets?|aircraft|planes)|freighters?|lessors?|
            (?:wide|narrow)[\s-]?body|Dreamliners?|
            # civil work for helicopters and planes: "a civil order by a helicopter company for air ambulance work"
            civil(?:ian)?\s+(?:orders?|customers?|operators?|helicopters?|aircraft|versions?|variants?|market)|
            commercial\s+(?:orders?|customers?|operators?)|air[\s-]ambulances?|(?:emergency\s+medical|HEMS|offshore|tourism|
            sightseeing|charter)\s+(?:services?|operators?|flights?|work|transport))
        # (aircraft named "Air": the Beechcraft King Air, the Air Tractor crop sprayer armed as the AT-802U)
        |Air\s+(?!{_NOT_AIRLINE}|Tractor\b)\p{{Lu}}\w*|(?!King\s+Air\b)\p{{Lu}}\w+\s+Air\b(?!-|\s+{_NOT_AIRLINE})
        |A3[1-5]\d\w*(?!\s*(?:MRTT|Multi[\s-]Role\s+Tanker))|A220|E1[79][05](?:-E2)?s?|E-Jets?)\b|(?<![\w-])7[2-8]7(?:\s*MAX|-\d00\w*)?\b""")


def civil_order(doc: Document, a: int, b: int) -> bool:
    """Whether ``a:b`` names an airline, an airliner or civil flying work."""
    return bool(_CIVIL.search(doc.text, a, b))


# --- status ---------------------------------------------------------------------------------------

_SIGNED = regex.compile(
    r"(?i)\b(?:signed|inked|agreed\s+to|ordered|placed\s+an\s+order|selected|chose|chosen|awarded|finali[sz]ed|concluded|"
    r"sealed|struck|bought|purchased|acquired|contracted|was\s+completed|were\s+completed|delivered|sold|exported)\b")
_PLANNED_SALE = regex.compile(r"(?i)\b(?:will|plans?\s+to|intends?\s+to|is\s+set\s+to|to\s+be)\s+(?:buy|purchase|acquire|order|sign)")


_APPROVED = regex.compile(r"(?i)\b(?:approv\w*|clear(?:ed|s)|authori[sz]\w*|notif\w*)\s+(?:on\s+\w+\s+)?(?:the|a)\s+"
                          r"(?:Foreign\s+Military\s+)?(?:purchase|sale|export|acquisition|procurement)")


# "will export four radars ... under a contract worth ¥15bn": the contract exists when reported
_UNDER_CONTRACT = regex.compile(r"(?i)\bunder\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:contract|deal|agreement|order)\b")


# a tally of orders over time: "has now ordered 30 of the 54 launchers", "has ordered three C295s in
# total", "has bought 120 of them so far"
_RUNNING_TOTAL = regex.compile(
    r"""(?ix)\b(?:ordered|bought|purchased|acquired|received)\s+(?:(?:about|around|some|nearly|more\s+than)\s+)?[\d,]+\s+of\s+(?:the|its|their)\s+[\d,]+\b
        |\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:ordered|bought|purchased|acquired)\s+(?:(?!(?:worth|valued|for|in\s+a|under|deal|contract)\b)[\w’'-]+\s+){1,5}?(?:in\s+total|in\s+all|so\s+far|to\s+date)\b
        # deliveries over years: "has received several batches of Indian weapons since 2022"
        |\b(?:has|have|had)\s+(?:\w+\s+)?(?:received|bought|acquired|purchased|ordered|taken\s+delivery\s+of)\s+(?:several|multiple|numerous|many|
           a\s+number\s+of|a\s+series\s+of|successive)\s+(?:batches|shipments|deliveries|consignments|orders|contracts|tranches)\b
        # a firm's book: "Last year the company booked export orders worth more than $1.5 billion"
        |\b(?:booked|reported|recorded|posted|won)\s+(?:new\s+|total\s+)?(?:export\s+)?(?:orders|contracts|sales|bookings)\s+(?:worth|totalling|totaling|of|valued)\b
        # a state's own budget: "unveiled a JPY 500 billion defence package for its southwestern islands"
        |\b(?:defen[cs]e|security|military|spending|stimulus|modernisation|modernization)\s+(?:package|budget|plan|programme|program)\s+(?:for|to)\s+(?:its|their)\b
        |\b(?:defen[cs]e|security|military|spending|stimulus)\s+(?:package|budget)\b(?!\s+(?:deal|contract|sale|order))""")
# buying as a trend: "has been buying more arms", "is importing more weapons"
_TREND = regex.compile(
    r"(?i)\b(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:steadily\s+)?(?:buying|purchasing|acquiring|ordering|importing)\b"
    r"|\bmore\s+(?:arms|weapons|military\s+equipment|kit)\b")
_PAPERWORK = regex.compile(r"(?i)\b(?:contracts?|deals?|orders?|agreements?|letters?|memorand(?:um|a|ums)|tranches?)$")


# a selection whose contract is still to come: "Norway has selected the IRIS-T SLM; the contract is
# expected to be signed next year", "... A contract worth NOK 8bn should be signed in the second quarter"
_SELECTED = regex.compile(r"(?i)selected|selects|chose|chosen|chooses|picked|opted")
_CONTRACT_TO_COME = regex.compile(
    r"(?i)\b(?:contract|deal|agreement|order)\b[^.;]{0,60}?"
    r"\b(?:(?:is|are)?\s*(?:expected|due|set|scheduled|likely)\s+to|should|will|would|could)\s+be\s+(?:signed|concluded|finali[sz]ed)")


def _contract_to_come(doc: Document, trigger: int) -> regex.Match[str] | None:
    """Where a selection's sentence, or the next one, says its contract is still to be signed."""
    if not _SELECTED.match(doc.text, trigger):
        return None
    i = doc.segments.sentence_index(trigger)
    end = doc.segments.sentences[min(i + 1, len(doc.segments.sentences) - 1)][1]
    return _CONTRACT_TO_COME.search(doc.text, trigger, end)


# "..., after <A> and <B> signed on Monday in Bucharest the LOA for the tanks": the signing that makes a purchase
# told in the future ("will buy") done (not a first contract that a further batch follows)
_SIGNED_AFTER = regex.compile(
    r"""(?i),?\s+after\s+(?:[^.;]{0,100}?\s)?(?:signed|inked)\s+(?:(?:on|last|this|earlier)\s+[\w’'-]+(?:\s+\d{1,2})?\s+)?
        (?:(?:in|at)\s+(?-i:\p{Lu})[\p{L}’'-]+(?:\s+(?-i:\p{Lu})[\p{L}’'-]+)?\s+)?(?:the|a|an)\s+
        (?:(?!(?:first|earlier|previous|initial|framework)\b)[\w’'-]+\s+){0,3}?
        (?:contract|LOA|letter\s+of\s+(?:offer\s+and\s+)?acceptance|agreement|deal|order)\b""", regex.X)
_FUTURE_LEAD = regex.compile(r"(?i)\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:\w+\s+)?\Z")
_ONE_MORE_BATCH = regex.compile(r"(?i)\b(?:more|additional|further|another|second|extra)\b")


def _signed_after(doc: Document, trigger: int) -> regex.Match[str] | None:
    """The signing told after a purchase in the future ("Estonia will buy twelve K9 howitzers from
    South Korea, after its defence minister and the Korean ambassador signed on Tuesday the
    contract"): it made the purchase, and dates it."""
    if not _FUTURE_LEAD.search(doc.text, max(doc.sentence(trigger)[0], trigger - 30), trigger):
        return None  # ("cleared the Foreign Military Sale to Poland ... after Warsaw signed the LOA": an approval, told as one)
    after = _SIGNED_AFTER.search(doc.text, trigger, doc.sentence(trigger)[1])
    return after if after is not None and not _ONE_MORE_BATCH.search(doc.text, trigger, after.start()) else None


def _status(doc: Document, a: int, b: int, trigger: int, to_come: bool = False, signed_after: bool = False) -> str | None:
    """Planned, completed, or None (the pipeline's tense reading); ``to_come``: a selection whose
    contract is still to be signed; ``signed_after``: a purchase in the future made by a signing told
    after it (:func:`_signed_after`)."""
    if signed_after:
        return "completed"
    if to_come or in_clause(doc, _PLANNED_SALE, a, b) or in_clause(doc, _APPROVED, a, b):
        return "planned"
    if _SIGNED.search(doc.text, max(a, trigger - 80), b):
        return "completed"
    return None


# --- money ----------------------------------------------------------------------------------------

# what opens a sum in a rule's pattern ("worth £", "valued at SEK")
MONEY_WORDS = r"(?:[\p{Sc}]|US\$|A\$|C\$|(?:PLN|NOK|SEK|DKK|EUR|USD|GBP|KRW|JPY|INR|AUD|CAD|CHF)\b)"


def deal_value(doc: Document, a: int, b: int, trigger: tuple[int, int]) -> Money | None:
    """The deal's amount: the one right before the trigger ("a £4bn defence deal"), else the
    first after it, else the nearest before; never a bracketed conversion of another amount."""
    found = [m for m in doc.money_in(a, b) if m.span and m.span.start not in doc.conversions]
    inside = [m for m in found if trigger[0] <= m.span.start and m.span.end <= trigger[1]]
    adjacent = [m for m in found if m.span.end <= trigger[0] and trigger[0] - m.span.end <= 40
                and "," not in doc.text[m.span.end:trigger[0]]]
    after = [m for m in found if m.span.start >= trigger[1]]
    before = [m for m in found if m.span.end <= trigger[0]]
    return (inside[:1] or adjacent[-1:] or after[:1] or before[-1:] or [None])[0]


# "The contract, valued at about 310 million dollars, was signed in Hanoi", "The order value is
# approximately SEK 450 million", "The deal, worth about ¥15 billion ($99 million), was signed":
# a sentence that opens on the deal just told, and gives its sum
_DEAL_AGAIN = regex.compile(
    r"""[\s"“‘']*(?:According\s+to\s+[^,.;]{1,60},\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?
        (?:contract|deal|agreement|order|purchase|sale|acquisition|package|LOA|letter\s+of\s+offer\s+and\s+acceptance|
           procurement|volume|value
           # or on the goods: "The systems, mounted on tracked vehicles, are worth about 1.35 billion euros", "The two
           # drones were bought for XOF 36 billion"
           |systems|vehicles|aircraft|helicopters|jets|fighters|trainers|ships|vessels|boats|frigates|corvettes|submarines|
           drones|radars|missiles|howitzers|guns|tanks|launchers)\b""", regex.X)
_VALUE_WORD = regex.compile(
    r"(?i)\b(?:worth|valued\s+at|value\s+(?:is|was|of)|amounts?\s+to|amounting\s+to|totals?|totalled|totaled|totalling|"
    r"totaling|priced\s+at|estimated\s+at|(?:bought|purchased|acquired|ordered)\s+(?:for|at\s+a\s+cost\s+of)|(?:at\s+a\s+)?cost\s+of|"
    r"cost|costing|is|was|of)\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|"
    r"more\s+than|over|up\s+to|an\s+estimated|a\s+total\s+of|in\s+total)\s+)?$")
_SENTENCES_ON = 2  # how many sentences after the deal its sum may still be told


def value_told_after(doc: Document, end: int, limit: int) -> tuple[Money, list[TimeValue]] | None:
    """The sum of a deal whose last mention ends at ``end``, told in one of the next sentences
    (before ``limit``, where the next deal starts) that opens on the deal: "The contract, valued at
    about 310 million dollars, was signed in Hanoi on Friday"; with the dates that sentence states,
    for the caller to tell the same deal from an older one ("The contract for the five ships, worth
    €1.8 billion, was signed in July 2018" after this week's delivery of one of them), but not the
    future ones of its deliveries."""
    index = doc.segments.sentence_index
    first = index(end) + 1
    for i in range(first, min(first + _SENTENCES_ON, len(doc.segments.sentences))):
        a, b = doc.segments.sentences[i]
        if a >= limit:
            return None
        if not _DEAL_AGAIN.match(doc.text, a, b):
            continue
        for money in doc.money_in(a, min(b, limit)):
            if money.span and money.span.start not in doc.conversions \
                    and _VALUE_WORD.search(doc.text, max(a, money.span.start - 40), money.span.start):
                return money, [t for t in doc.times_in(a, b) if t.type in ("DATE", "TIME") and t.value
                               and not (doc.reference and t.start and t.start > doc.reference)]  # not "deliveries in 2027"
    return None


# --- the count ------------------------------------------------------------------------------------

_NUMBER_WORDS = {r.surface: int(r.id) for r in gazetteers.load("number") if r.get("kind") == "cardinal"}
# "signed for the first six FA-50s ... and for a further four": one contract, and its count is the total
_FURTHER = regex.compile(
    r"(?i)[^.;]{0,60}?\s(?:and|plus)\s+(?:for\s+)?(?:a|an)?\s*(?:further|another|additional|more)\s+(?P<n>\d{1,4}|[a-z]+)\b")


_AFTER_COUNT = frozenset("in on at for from of as to and with under later by the this next last were was will are is "
                         "units aircraft jets ships vessels vehicles systems".split())


# "the last two of its 30 Rafale jets", "the first 12 of 48 K9s": a part of a total
_PART_OF = regex.compile(r"(?i)\b(?P<n>\d{1,4}|[a-z]+)\s+of\s+(?:the|its|their|an?\s+order\s+for|a\s+total\s+of)?\s*\Z")


def _part_of_total(doc: Document, q: Quantity | None) -> Quantity | None:
    """The part of ``q`` a clause names before it ("took delivery of the last two of its 30 jets"
    gives 2 jets, with the span from "two"), else ``q``."""
    if q is None or q.span is None:
        return q
    part = _PART_OF.search(doc.text, max(0, q.span.start - 40), q.span.start)
    if part is None:
        return q
    n = part.group("n")
    value = int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower())
    if not value or value >= q.value:
        return q
    return q.model_copy(update={"value": Decimal(value), "qualifier": None, "span": doc.span(part.start("n"), q.span.end)})


def _split_total(doc: Document, q: Quantity | None, limit: int) -> Quantity | None:
    """``q`` and the further batch named after it in one breath ("for six ... and a further four"),
    as one count whose span covers both; ``q`` alone when there is none or it is an option."""
    if q is None or q.span is None:
        return q
    more = _FURTHER.match(doc.text, q.span.end, max(limit, q.span.end))
    if more is None or "option" in more.group().lower():
        return q
    n = more.group("n")
    noun = regex.match(r"\s+([\w-]+)", doc.text[more.end("n"):more.end("n") + 40])
    if noun and noun.group(1).lower() not in _AFTER_COUNT and noun.group(1).lower() != q.unit.split()[-1].lower():
        return q  # "180 K2 tanks and another 96 Apaches": other items, not a second batch
    extra = int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower())
    if not extra:
        return q
    return q.model_copy(update={"value": q.value + extra, "span": doc.span(q.span.start, more.end("n"))})


# --- parties --------------------------------------------------------------------------------------

# a party named as the object of the deal: "to Poland", "for the Polish army", "with DAPA"
_OBJECT_PREP = regex.compile(r"(?i)\b(?:to|for|with|by)\s+(?:the\s+)?$")


# "a delivery flight from Aalborg via Iceland, Canada and Mexico": the states on the way
_VIA = regex.compile(r"(?i)\b(?:via|through|by\s+way\s+of)\s+(?:[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2}(?:,\s+|\s+and\s+)){0,4}\Z")


def in_transit(doc: Document, pos: int) -> bool:
    """Whether the mention at ``pos`` names a state a flight or voyage passes through."""
    return bool(_VIA.search(doc.text, max(0, pos - 80), pos))


def buyer_from_items(doc: Document, a: int, b: int, trigger: tuple[int, int], seller: str | None) -> Mention | None:
    """The state named on the items: "22 Polish air batteries", "Poland's Narew programme", "to equip
    the Polish army"; after the trigger first, then before it."""
    for m in doc.mentions_in(trigger[1], b) + doc.mentions_in(a, trigger[0])[::-1]:
        if not m.code or m.code == seller or m.actor.kind == "company" or m.form in ("counterpart", "pair", "anaphor") \
                or in_transit(doc, m.start):
            continue
        if m.form in ("demonym", "prefix") or m.possessive or _OBJECT_PREP.search(doc.text, max(0, m.start - 10), m.start):
            return m
    return None


def home_buyer(doc: Document, a: int, b: int, trigger: tuple[int, int], seller: str | None) -> bool:
    """Whether the party the firm contracts with after the trigger is the seller's own state ("KAI
    signed a contract with DAPA", "with the Indian Army"): domestic
    procurement, not an export."""
    for m in doc.mentions_in(trigger[1], b):
        if m.code and m.code == seller and m.form == "institution" \
                and _OBJECT_PREP.search(doc.text, max(0, m.start - 10), m.start):
            return True
    return False


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


def deal_parties(doc: Document, m: regex.Match[str], preps: str = r"with|to|for|between|by"):
    """Subject mentions and object mentions of a deal phrase, without the makers a compound names."""
    subject = [x for x in resolve_references(doc, subject_before(doc, m.start()), m.start()) if x.code]
    objects = [x for x in objects_after(doc, m.end("trigger"), phrase_end(doc, m.end("trigger")), preps) if x.code]
    makers = co_makers(doc, doc.clause(m.start())[0], phrase_end(doc, m.end("trigger")))
    firms = {x.code for x in doc.mentions_in(*doc.clause(m.start())) if x.actor.kind == "company"}
    if firms:
        # an organ no state qualifies ("the National Navy has ordered ... from the Spanish shipyard Navantia"): the
        # story's state, but not the seller's
        subject = [_rehomed(x, home) if x.extra.get("at_home") and x.form == "institution" and x.code in firms and (home := home_besides(doc, x.code, doc.sentence(m.start()))) else x
                   for x in subject]
        if not subject and (organ := _BARE_ORGAN.search(doc.text, doc.sentence(m.start())[0], m.start())) is not None \
                and len(firms) == 1 and (home := home_besides(doc, next(iter(firms)), doc.sentence(m.start()))) is not None:
            subject = [Mention(organ.start("organ"), organ.end("organ"), state_actor(home, doc.span(*organ.span("organ"))), "institution")]
    return [x for x in subject if x.start not in makers], [x for x in objects if x.start not in makers]


# a buyer's organ, named bare as its own story names it: "The National Navy has ordered", "The Army's purchase of",
# "the agency has ordered", "The ministry ordered"
_BARE_ORGAN = regex.compile(
    r"(?<![\w’'-])(?P<organ>(?:[Tt]he|[Ii]ts)\s+(?:(?:National|Royal|Federal)\s+)?"
    r"(?:Navy|Army|Air\s+Force|Coast\s+Guard|[Mm]inistry|[Aa]gency|[Gg]overnment|[Nn]avy|[Aa]rmy|[Aa]ir\s+[Ff]orce))"
    r"(?:['’]s)?\s+(?:(?:has|have|had|also|now|meanwhile|recently|earlier\s+this\s+\w+)\s+){0,2}\Z")
_HOME_FORMS = frozenset({"name", "alias", "demonym", "capital", "seat", "institution", "person"})


def _rehomed(x: Mention, code: str) -> Mention:
    return replace(x, actor=x.actor.model_copy(update={"code": code, "country": code}))


def home_besides(doc: Document, seller: str | None, sentence: tuple[int, int]) -> str | None:
    """The story's state besides the seller's: the dateline's, or else the one other state the headline names
    ("Moroccan–Spanish naval cooperation"), unless the sentence names one; None when the dateline is the
    seller's (a purchase at home), the story is set there, or no one other state stands out."""
    if doc.dateline is not None and doc.dateline.country:
        return doc.dateline.country if doc.dateline.country != seller else None
    if any(p.country == seller for p in doc.places):
        return None  # "... held talks in New Delhi": a story set in the seller's state
    # the one other state the sentence names ("The Estonian Centre for Defence Investment ...: the agency has ordered",
    # "The Air Force's acquisition ..., the Austrian defence ministry said")
    own = {y.code for y in doc.mentions_in(*sentence) if y.code and y.code != seller and y.actor.kind != "company"
           and y.form in _HOME_FORMS and not y.extra.get("at_home")}
    if own:
        return next(iter(own)) if len(own) == 1 else None
    headline = {y.code for y in doc.mentions_in(0, doc.title_block_end) if y.code and y.code != seller
                and y.actor.kind == "state" and y.form in _HOME_FORMS}
    headline |= {p.country for p in doc.places_in(0, doc.title_block_end) if p.country and p.country != seller}
    return next(iter(headline)) if len(headline) == 1 else None


_COMPOUND_JOIN = frozenset({"-", "–", "/"})


def co_makers(doc: Document, a: int, b: int) -> set[int]:
    """Where the states of a compound that qualifies goods start: "the jointly developed
    Pakistani-Chinese aircraft", "the Franco-Italian SAMP/T system" name the makers, not a seller
    and a buyer ("the Anglo-French deal" still names the parties)."""
    out: set[int] = set()
    mentions = doc.mentions_in(a, b)
    for x, y in zip(mentions, mentions[1:]):
        join = doc.text[x.end:y.start] or doc.text[x.end - 1]  # "Franco-" holds its hyphen
        if join in _COMPOUND_JOIN and x.form in ("demonym", "prefix") and y.form in ("demonym", "prefix"):
            tail_end = min(b, y.end + 40)
            goods = [s.start for s in doc.systems_in(y.end, tail_end)]
            noun = ITEMS.search(doc.text, y.end, tail_end)
            goods += [noun.start()] if noun else []
            deal_noun = _DEAL_WORD.search(doc.text, y.end, tail_end)
            if goods and (deal_noun is None or min(goods) < deal_noun.start()):
                out.update((x.start, y.start))
    return out


_DEAL_WORD = regex.compile(r"(?i)\b(?:deal|contract|order|agreement|sale|purchase|pact)\b")


def firms_and_states(subject: list[Mention], objects: list[Mention]):
    """Companies sell; states named as objects of "with|to|for" buy."""
    firms = [x for x in subject + objects if x.actor.kind == "company"]
    states = [x for x in subject + objects if x.actor.kind != "company"]
    return firms, states


def state_objects(doc: Document, start: int, end: int, preps: str) -> list[Mention]:
    """States (and national bodies) introduced by ``preps`` between ``start`` and ``end``; no firms."""
    return [x for x in objects_after(doc, start, end, preps) if x.code and x.actor.kind != "company"
            and x.form not in ("counterpart", "pair", "organisation", "group")]


def implied_buyer(doc: Document, a: int, b: int, seller: str | None) -> Actor | None:
    """The buyer a sentence leaves unnamed: a state named in it as a noun (not a seller, not an
    origin after "from"), a place it names, or the state the article is about."""
    for x in doc.mentions_in(a, b):
        if x.code and x.code != seller and x.actor.kind != "company" and x.form in ("name", "alias", "capital", "institution", "seat") \
                and not regex.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, x.start - 12):x.start]) and not in_transit(doc, x.start):
            return x.actor
    for p in doc.places_in(a, b):
        if p.country and p.country != seller:
            return state_actor(p.country, p.span)
    if doc.home and doc.home != seller:
        return state_actor(doc.home)
    return None


_AT = regex.compile(r"(?i)\b(?:in|at|to|into|on)\s+(?:the\s+)?(?:(?:port|city|base|airport)\s+of\s+)?$")


def destination(doc: Document, start: int, end: int) -> Actor | None:
    """Where items arrive: the first state, or the first known place's state, right after "in",
    "at" or "to" ("arrived in Gdynia from South Korea": Poland, not South Korea)."""
    found = [(x.start, x.actor) for x in doc.mentions_in(start, end) if x.code and x.actor.kind != "company"
             and _AT.search(doc.text, max(0, x.start - 30), x.start)]
    found += [(p.span.start, state_actor(p.country, p.span)) for p in doc.places_in(start, end)
              if p.country and p.span and _AT.search(doc.text, max(0, p.span.start - 30), p.span.start)]
    return min(found, key=lambda f: f[0])[1] if found else None


# --- the draft ------------------------------------------------------------------------------------

# Rules whose phrasing is loose enough ("a deal worth", "received", "were handed over") that a draft
# naming only one party is more often something else (a domestic order, a firm's contract, aid)
_NEEDS_BOTH = frozenset({"export_deal.deal_worth", "export_deal.delivery", "export_deal.background",
                         "export_deal.handed_over", "export_deal.handover_noun", "export_deal.arrival", "export_deal.under_contract"})


# a state's own industry: procurement at home, not an export
_EXPORT_WORD = regex.compile(r"(?i)\bexport")
# "That is a domestic order", "It was a domestic contract": the text says the sale is at home
_DOMESTIC_DEAL = regex.compile(r"(?i)\b(?:that|this|it)\s+(?:is|was)\s+a\s+(?:purely\s+)?domestic\s+(?:order|contract|deal|purchase|procurement)\b"
                            # "..., a domestic contract worth €70 million": the same said in apposition
                            r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?domestic\s+(?:order|contract|deal|purchase|procurement)\b")

_DOMESTIC_NOUN = regex.compile(r"(?i)\bdomestic\s+(?:order|contract|deal|purchase)\b")


def _said_domestic(doc: Document, ts: int) -> bool:
    """Whether the trigger's sentence, or the one after it, calls the deal a domestic one."""
    i = doc.segments.sentence_index(ts)
    sentences = doc.segments.sentences
    a, b = sentences[i][0], sentences[min(i + 1, len(sentences) - 1)][1]
    # "signed a domestic contract with": the trigger's own words
    return bool(_DOMESTIC_DEAL.search(doc.text, a, b) or _DOMESTIC_NOUN.search(doc.text, max(a, ts - 30), min(b, ts + 60)))


_DOMESTIC_MAKER = regex.compile(
    r"(?i)\b(?:domestic|local|national|home-?grown|indigenous|state-owned\s+domestic)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:manufacturers?|makers?|firms?|compan(?:y|ies)|industry|industries|suppliers?|shipyards?|producers?)\b")
_MAKER_IN = regex.compile(
    r"(?i)\bfrom\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?(?:manufacturer|maker|firm|company|supplier|shipyard|producer|factory|plant)\s+(?:in|at)\s+$")


def _maker_at_home(doc: Document, a: int, b: int, buyer: str | None) -> bool:
    """ "ordered ... from the manufacturer in Vienna-Simmering": a maker in the buyer's own state."""
    return any(p.country == buyer and p.span and _MAKER_IN.search(doc.text, max(a, p.span.start - 60), p.span.start)
               for p in doc.places_in(a, b))


# the maker told with the goods: "two Chinese-built corvettes", "patrol craft built in South Korea",
# "frigates made at a yard in Shanghai"
_MADE_AT = regex.compile(
    rf"(?i)(?:\b{MADE}\s+(?:by|in|at)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:[\w’'-]+\s+){{0,2}}?(?:ship)?(?:yards?|plants?|factor(?:y|ies)|works)\s+(?:in|at)\s+)?"
    r"|\b(?:ship)?(?:yards?|plants?|factor(?:y|ies))\s+(?:in|at)\s+)$")


def maker_state(doc: Document, a: int, b: int) -> Actor | None:
    """The state the goods were made in, when the clause ``text[a:b]`` tells it with them: a
    demonym joined to "built" or "made", or a state or town after "built in|by" or "a yard in"."""
    found: list[tuple[int, Actor]] = []
    countries = gazetteers.load("country")
    for made in STATE_MADE.finditer(doc.text, a, b):
        start = made.start("m")
        row = countries.lookup(made.group("m"))
        if row is None and " " in made.group("m").strip():
            start = made.start("m") + made.group("m").rindex(" ") + 1  # "The Turkish-built": the last word
            row = countries.lookup(doc.text[start:made.end("m")])
        if row is not None:
            found.append((start, state_actor(row.id, doc.span(start, made.end("m")))))
            break
    found += [(x.start, state_actor(x.code, doc.span(x.start, x.end))) for x in doc.mentions_in(a, b)
              if x.code and x.actor.kind == "state" and _MADE_AT.search(doc.text, max(a, x.start - 60), x.start)]
    found += [(p.span.start, state_actor(p.country, p.span)) for p in doc.places_in(a, b)
              if p.country and p.span and _MADE_AT.search(doc.text, max(a, p.span.start - 60), p.span.start)]
    return min(found, key=lambda f: f[0])[1] if found else None


# the next sentence counts what was bought: "It covers six fire units.", "The order includes 24 launchers."
_COUNT_FOLLOWS = regex.compile(r"(?i)\s*(?:it|the\s+(?:contract|deal|order|package|agreement|purchase))\s+(?:also\s+)?"
                               r"(?:covers|includes|comprises|is\s+for|provides\s+for|calls\s+for)\b")


def _count_told_after(doc: Document, pos: int) -> Quantity | None:
    after = next_sentence_opening(doc, pos, _COUNT_FOLLOWS)
    if after is None:
        return None
    return next((q for q in doc.quantities_in(*after) if not _PAPERWORK.search(q.unit) and not _PARTIES_COUNTED.search(q.unit)), None)


_PARTIES_COUNTED = regex.compile(r"(?i)\b(?:ministers?|officials?|leaders?|sides|countries|states|delegations?|presidents?|"
                              r"prime\s+ministers|governments?|nations|navies|armies|companies|firms|parties|heads)\b")


# "the first of two", "the last of its four": one of an order's units
_ONE_OF = regex.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|last|final|latest|one)\s+of\s+(?:the\s+|its\s+|their\s+|her\s+)?\Z")


# "handed over Camp Geille", "handed over the Port-Bouët military camp", "hands over the air base": premises
_PREMISES = regex.compile(r"(?i)\s+(?:over\s+)?(?:(?-i:Camp\s+\p{Lu})|(?:the\s+|its\s+|their\s+)?(?:(?!(?:at|in|to|for|on|from|with|of)\b)[\w’'-]+\s+){0,3}?"
                          r"(?:camp|base|bases|barracks|airfield|facility|facilities|installation|installations|garrison|headquarters|port)\b)")


_NTH_CUSTOMER = regex.compile(
    r"(?i)\b(?:is|becomes|became|has\s+become|will\s+be|was)\s+(?:now\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:st|nd|rd|th)|latest|newest|last)\s+(?:[\w-]+\s+){0,2}?(?:country|countries|nation|nations|customer|operator|user|"
    r"buyer|state|navy|air\s+force|army|member)\s+(?:[\w-]+\s+){0,3}?to\s+\Z")


# "following the signing, on Monday, of", "in a contract ... signed on Monday": the act told with its rank
_SIGNING_TOLD = regex.compile(r"(?i)\b(?:signing|signed|inked|concluded|sealed)\b")
# "This is the largest export contract in the history of Turkish aviation": the deal told before, ranked
_SUPERLATIVE = regex.compile(
    r"(?i)\b(?:is|was|marks|becomes|became|remains)\s+(?:the|its|their|our)\s+(?:single\s+)?(?:largest|biggest|most\s+valuable|"
    r"first|second|third)\s+(?:[\w-]+\s+){0,2}?\Z")


_FIRM_OF_TOWN = regex.compile(r"(?:\s+(?:with|from|to))?\s+(?:the\s+)?(?:\p{Lu}[\w’'&.-]*\s+){1,5}of\s+\p{Lu}[\w’'-]*(?:\s+\p{Lu}[\w’'-]*)?,\s+")


def _made_where(seller: Actor | None, systems: list, buyer: Actor | None) -> Actor | None:
    """A multinational group (company.tsv note "multinational": Airbus, MBDA, KNDS) sells from the state its goods
    are made in when a listed system says so ("Airbus Defence and Space signed a contract for two A400M": Spain)."""
    if seller is None or seller.kind != "company":
        return seller
    row = gazetteers.load("company").lookup(seller.name)
    if row is None or "multinational" not in row.get("note"):
        return seller
    # (the goods are the first system told; another one further on, "for its MEKO 200 frigates", is where they go)
    made = next((s.country for s in systems if s.country), None)
    if made is None or made == seller.code or (buyer is not None and made == buyer.code):
        return seller
    return seller.model_copy(update={"code": made, "country": made})


def _firm_of_town(doc: Document, te: int, b: int) -> Actor | None:
    """The state of an unlisted firm placed by its town: "signed a contract with Astilleros Armón of
    Vigo, Spain, on 4 April"."""
    m = _FIRM_OF_TOWN.match(doc.text, te, b)
    after = doc.mentions_in(m.end(), min(b, m.end() + 40)) if m else []
    return after[0].actor if after and after[0].start == m.end() and after[0].form in ("name", "alias") and after[0].code else None


# a state's police force named by the state: "the Botswana Police Service", "Ghana's national police"
_POLICE = regex.compile(r"(?i)(?:['’]s?)?\s+(?:(?:national|federal|state|metropolitan|federal\s+state)\s+)?police(?:\s+(?:service|force|department))?\b")


def deal(m: regex.Match[str], doc: Document, rule: Rule, *, seller: Actor | None = None,
         buyer: Actor | None = None, need_items: bool = True, parties: list[Actor] | None = None,
         purchase: bool = False, window: tuple[int, int] | None = None, count: Quantity | None = None,
         anaphoric: bool = False, lead: int | None = None) -> Draft | None:
    """An export deal from match ``m``: the given parties, or those implied by the items, firms and
    the home state; None when no party is known, both are one state, or the clause is not a sale.
    ``window`` widens where arguments are read (a relative clause's antecedent lies before its
    clause); ``count`` is the quantity when the rule has found it itself; ``lead`` is where the
    items named before the trigger begin (the evidence starts there)."""
    ts, te = m.span("trigger")
    clause = doc.clause(ts)
    a, b = max(clause[0], ts - 120), min(clause[1], te + 220)
    if window is not None:
        a, b = min(a, window[0]), max(b, window[1])
    if _not_a_sale(doc, ts, te, clause):
        return None
    systems = doc.systems_in(a, b)
    if need_items and not systems and not ITEMS.search(doc.text, a, b):
        return None
    if (rule.id in _TRANSFERS or _HAND_OVER.match(doc.text, ts)) and _aid_nearby(doc, ts):
        return None  # a hand-over or delivery told next to aid is aid, not a sale
    if _HAND_OVER.match(doc.text, ts) and _GIVER.search(doc.text, clause[0], ts):
        return None  # "the Japanese Embassy handed over six boats": embassies hand over gifts
    if _HAND_OVER.match(doc.text, ts) and _A_PACKAGE.match(doc.text, te):
        return None  # "Estonia has handed over a new package of demining kits to Ukraine": a package handed over is aid
    if _HAND_OVER.match(doc.text, ts) and _PREMISES.match(doc.text, te):
        return None  # "France handed over Camp Geille, its last military base in Senegal": premises, not goods
    if not purchase and in_clause(doc, MILITARY_AID, *clause):
        return None  # military aid is neither a sale nor an export deal (a purchase never is aid)
    if _NOT_ARMS.search(doc.text, m.start(), min(b, te + 60)) or _BUYS_A_FIRM.search(doc.text, m.start(), min(b, te + 60)):
        return None  # a stake, shares, a wage or trade deal; a firm bought ("agreed to acquire a Dutch counter-drone company")
    if _RUNNING_TOTAL.search(doc.text, max(clause[0], ts - 20), clause[1]):
        return None  # "has now ordered 30 of the 54 launchers", "three C295s in total": a tally, not one deal
    if parties and len(parties) >= 2 and seller is None and buyer is None:
        seller, buyer = orient(parties, systems, doc)
    companies = [x for x in doc.mentions_in(a, b) if x.actor.kind == "company" and x.code]
    if seller is None and companies:
        seller = companies[0].actor
    if seller is None:
        seller = _firm_of_town(doc, te, b)  # "with Cantiere Navale Vittoria of Adria, Italy,"
    if seller is None:
        seller = maker_state(doc, ts, b)
    if buyer is None:
        bm = buyer_from_items(doc, a, b, (ts, te), seller.code if seller else None)
        buyer = bm.actor if bm else None
        if buyer is None and seller is not None and home_buyer(doc, a, b, (ts, te), seller.code):
            return None  # "KAI signed a contract with DAPA": the firm's own state buys
    if _said_domestic(doc, ts):
        return None  # "... placed an order with us in May. That is a domestic order"
    if seller is None and buyer is not None and (_DOMESTIC_MAKER.search(doc.text, a, b) or _maker_at_home(doc, a, b, buyer.code)):
        return None  # "with the domestic manufacturer Tatra Trucks", "from the manufacturer in Vienna-Simmering"
    if seller is None:
        makers = [s.country for s in systems if s.country and (not buyer or s.country != buyer.code)]
        if makers:
            seller = state_actor(makers[0])
        elif buyer is not None and any(s.country == buyer.code for s in systems) and not _EXPORT_WORD.search(doc.text, a, b):
            return None  # "the Indian Navy placed an order for additional BrahMos missiles": its own state's make
        elif doc.home and (not buyer or buyer.code != doc.home):
            seller = state_actor(doc.home)
    if (buyer is None and seller is None) or ((buyer is None or seller is None) and rule.id in _NEEDS_BOTH):
        return None
    if buyer is not None and buyer.span is not None and _POLICE.match(doc.text, buyer.span.end):
        return None  # "The Botswana Police Service took delivery of twelve armoured carriers": law enforcement, not defence
    seller = _made_where(seller, systems, buyer)
    if buyer is not None and seller is not None and buyer.code == seller.code:
        return None  # a state buying from its own industry is procurement, not an export
    value = deal_value(doc, a, b, (ts, te))
    # "signed two contracts for 15 jets"; "In the presence of the two ministers, ... signed": no goods counted
    quantities = [q for q in doc.quantities_in(a, b) if not _PAPERWORK.search(q.unit) and not _PARTIES_COUNTED.search(q.unit)]
    quantity = count or next((q for q in quantities if q.span.start >= ts), None) or (quantities[-1] if quantities else None)
    quantity = _part_of_total(doc, _split_total(doc, quantity, b)) or _count_told_after(doc, ts)
    items = systems_named(doc, a, b)
    if not items and quantity is not None and ITEMS.search(quantity.unit):
        items = [item_name(quantity.unit)]
    if count is None and quantity is not None and quantity.span is not None \
            and _ONE_OF.search(doc.text, max(0, quantity.span.start - 30), quantity.span.start):
        quantity = None  # "handed over the first of two patrol vessels": one of the order, which the text does not count here
    if quantity is None and (one := _ONE_ITEM.search(doc.text, max(a, ts - 40), b)) is not None:
        # "signed a contract with Navantia for one offshore patrol vessel", "for a single C-390 transport aircraft"
        quantity = Quantity(value=Decimal(1), unit=" ".join(one.group("unit").split()), span=doc.span(one.start("count"), one.end("unit")))
        if not _PART_OF_SYSTEM.fullmatch(quantity.unit):
            items = items or [item_name(quantity.unit)]  # (not "a second battery": which system it is told elsewhere)
    if not items and quantity is None:
        # (a verb's bare object only in a deal with both sides: "Malé will buy fighter jets" is a wish)
        items = bare_kinds(doc, ts, b, verb=buyer is not None and seller is not None)
    if seller is None and not items and value is None and quantity is None and _TREND.search(doc.text, max(clause[0], ts - 30), b):
        return None  # "Lithuania has been buying more arms": a trend, with no seller, goods, sum or count
    ends = [s.end for s in systems] + ([value.span.end] if value and value.span else [])
    ends += [x.span.end for x in (buyer, seller) if x is not None and x.span is not None and x.span.end <= b]
    if quantity and quantity.span:
        ends.append(quantity.span.end)
    starts = [ts] + ([value.span.start] if value and value.span and value.span.start >= a else [])
    starts += [lead] if lead is not None and a <= lead < ts else []
    starts += [x.span.start for x in (buyer, seller) if x is not None and x.span is not None and a <= x.span.start < ts]
    participants = [x for x in (seller, buyer) if x is not None]
    to_come = _contract_to_come(doc, ts)
    signing = _signed_after(doc, ts)
    status = _status(doc, clause[0], clause[1], ts, to_come is not None, signing is not None)
    # "Romania is now the second European country to choose the K2": the buyer's rank among the
    # system's customers, said of the deal told before
    # (unless the clause tells the signing itself: "becomes the second export operator of Akash following the
    # signing, on Monday, of a contract")
    ranked = bool(_NTH_CUSTOMER.search(doc.text, max(clause[0], ts - 90), ts) or _SUPERLATIVE.search(doc.text, max(clause[0], ts - 60), ts)) \
        and not _SIGNING_TOLD.search(doc.text, te, clause[1])
    d = draft(rule, m, start=min(starts), end=evidence_end(doc, te, *ends), participants=participants, anaphoric=anaphoric or ranked,
              seller=seller, buyer=buyer, value=value, items=items, quantity=quantity, status=status,
              reported=(in_clause(doc, _APPROVED, *clause) or in_clause(doc, _PLANNED_SALE, *clause)
                        or in_clause(doc, _UNDER_CONTRACT, *clause)))
    d.background = ranked  # no time of its own: it joins the deal told before or after it
    if signing is not None and (times := doc.times_in(*signing.span())):
        d.when = times[0]  # the signing's day, not the report's
    if to_come is not None:
        # the selection is dated by when its contract is to be signed ("in the second quarter of next year")
        later = doc.times_in(to_come.end(), doc.sentence(to_come.end())[1])
        d.when = later[0] if later else None
    return d
