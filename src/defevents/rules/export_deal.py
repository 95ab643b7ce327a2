"""Export deals: who sells which weapons to whom, how many, for how much.

Shapes handled:
    a|the (£Xbn) export|arms|defence|sales|procurement agreement|deal|contract|order (to equip|for ...)
    a deal|contract|order worth|valued at <money>          (with weapons or forces in the clause)
    <seller> sold|supplies|delivered <items> to <buyer>
    <buyer> bought|ordered|purchased|acquired|agreed to buy <items> (from <seller>)
    <buyer> selected|chose <system> in a deal worth <money>
    <buyer> signed a contract with <company> for <items>
    the contract (for <items>) that <firm|buyer> signed with <buyer|seller> (<date>)    (a dated relative)
    <state> approved|cleared|authorised the (Foreign Military) Sale|export of <items> to <buyer>
    <buyer> signed for the first six <items> and for a further four    (one deal; the count is the total)
    the <items> (that) <buyer> ordered|bought|leased (from <seller>)    (background orders, also
        "<items> ordered from <seller>" and "Ordered from <seller> last year, the <items> ...")
    the first (batch of) <items> arrived in|touched down at <place> (from <seller>)
    <items> were handed over|delivered to <buyer> (by <seller> | at <firm>'s yard)
    <firm> won|secured|landed|clinched|received|was awarded a (<money>) order|contract|deal from|by <buyer>
        (for <items> | to supply <items>); <buyer> awarded <firm> a contract (for <items>); a contract
        (for <items>) was awarded to <firm> by <buyer>
Goods sold used, surplus, refurbished or ex-Navy are items like new ones ("six used Abukuma-class
destroyers"); the condition is not part of the item's name.
Not export deals: trade, music, sport or property deals; shares, food or energy supplies; old
warships sold for scrap; orders from airlines or for airliners; a firm's order from another firm; a
state buying from its own industry (seller and buyer the same state); negated or hypothetical
sales ("could buy", "is considering"); offers, bids, tenders, shortlists, talks and
negotiations that govern the trigger ("submitted a bid to supply", "in talks to buy"); deals
reported as cancelled, blocked or collapsed; maintenance, support and repair contracts;
transfers told next to aid. A definite "the arms deal" is a deal already told and joins it.
The loose shapes ("a deal worth", received, arrived, handed over, background orders) need both a
seller and a buyer; a lone firm or a lone buyer is more often domestic business.
Seller and buyer come from the syntax (sell ... to, buy ... from); failing that, the buyer is
the state named on the items ("22 Polish air batteries", "Poland's Narew programme"), and the
seller is the company named, the items' maker country, or the document's home state. An
arrival's buyer owns the items or receives them at home, and its seller is the origin ("from
South Korea") or the maker; a background order with no subject is bought by the state the
sentence or the article is about.
Known gaps: possessives with a bare apostrophe or a year before the noun ("Athens' order",
"Manila's 2021 order") find no subject (``_args.subject_before``); a hand-over or arrival whose
yard or port is not in the gazetteers ("the Hyundai shipyard", "Ulsan") and whose items have no
maker finds no seller, and so no event; an award from a capital ("from Canberra", read as a place)
or from an unnamed customer finds no buyer, and so no event.
This module holds the rules and their build functions; the checks and readers they share (not a
sale, items, money, count, status, parties, and the draft itself) are in :mod:`._sale`.
"""

from __future__ import annotations

from .. import _lazy_regex as regex
from .. import gazetteers
from ..actors import Mention, state_actor
from ..document import Document
from ..schema import Actor
from . import Draft, Ex, Rule
from ._args import (draft, for_firms, leading_subject, objects_after, parties_of_the_scene, phrase_end, place_after, resolve_references, sentences_before,
                    subject_at, subject_before)
from ._sale import (DELIVERED, ITEMS, MONEY_WORDS, PEOPLE, buyer_from_items, buys_items, civil_order, co_makers, deal, deal_parties, destination,
                    firms_and_states, home_besides, implied_buyer, items_before, items_start, maker_state, state_objects)

# tests/test_redos.py runs this pattern over whole documents under its old name
_ITEMS = ITEMS


# "a defence agreement", "a military accord": as often a cooperation pact as a sale; a sale only
# with weapons or a sum in sight
_PACT_LIKE = regex.compile(r"(?i)(?:defen[cs]e|military|production|licen[cs]e)\s+(?:agreements?|accords?)")


# "the arms deal", "this defence contract", "such an export order": a deal already told
_DEFINITE = regex.compile(r"(?i)\b(?:the|this|that|such\s+an?|its|their)\s+(?:[\w’'\p{Sc}.-]+\s+){0,3}$")


# "won an export order from the Dutch DMO": the one who gave it is the buyer
_WON_THE_NOUN = regex.compile(r"(?i)\b(?:won|wins|secured|secures|landed|lands|bagged|bags|clinched|clinches|received|receives|booked|books)"
                              r"\s+(?:an?|the|its|another|a\s+(?:new|further|second|first))\s+(?:[\w’'\p{Sc}.,-]+\s+){0,4}?$")
_FROM_NEXT = regex.compile(r"\s+from\s")


def _build_noun(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    subject, objects = deal_parties(doc, m)
    if _FROM_NEXT.match(doc.text, m.end()) and _WON_THE_NOUN.search(doc.text, max(0, m.start() - 80), m.start()):
        # "has received an export order from the Ministry of Defence of Malawi": the order's giver buys
        objects = objects + [x for x in objects_after(doc, m.end(), doc.clause(m.start())[1], r"from")[:1]
                             if x.code and x.actor.kind != "company"]
    definite = bool(_DEFINITE.search(doc.text, max(0, m.start() - 40), m.start()))
    firms, states = firms_and_states(subject, objects)
    if not firms:
        firms, states = _firms_and_states(states, doc.text)  # "with the Portuguese shipyard Arsenal do Alfeite": the yard's state
    clause = doc.clause(m.start())
    if not firms and not states and co_makers(doc, *clause):
        return None  # "the biggest export order yet for the Pakistani-Chinese aircraft": its makers, no deal
    seller = firms[0].actor if firms else None
    codes = list(dict.fromkeys(x.code for x in states))
    if _PACT_LIKE.fullmatch(m.group("trigger")) and not (
            doc.money_in(*clause) or doc.systems_in(*clause) or ITEMS.search(doc.text, m.end(), clause[1])
            or ITEMS.search(doc.text, clause[0], m.start())):
        return None
    if seller is None and len(codes) >= 2:
        parties = [next(x.actor for x in states if x.code == c) for c in codes[:2]]
        return deal(m, doc, rule, parties=parties, need_items=False, anaphoric=definite)
    buyer = next((x.actor for x in states if x.code != (seller.code if seller else None)), None)
    return deal(m, doc, rule, seller=seller, buyer=buyer, need_items=False, anaphoric=definite)


def _build_worth(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    return _build_noun(m, doc, rule) if ITEMS.search(doc.text, *doc.clause(m.start())) or doc.systems_in(*doc.clause(m.start())) else None


# what may stand between a sum and the deal noun: "a US$45m deal", "a 500-million-lev arms contract"
_SUM_TO_NOUN = regex.compile(r"(?i)[\s-]+(?:(?:arms|defen[cs]e|military|weapons?|export|procurement|supply|government-to-government)\s+)?")


_FROM_THE_SELLER = regex.compile(r"(?i)\b(?:with|from)\s+(?:(?:the|its|their)\s+)?(?:[\w.&’'-]+\s+){0,4}?\Z")


_OWNER_TO_SUM = regex.compile(r"['’]s?\s+(?:(?:[\w-]+\s+){0,2}?(?:navy|army|air\s+force|ministry|government)['’]s\s+)?")
_THE_SUM = regex.compile(r"(?i)\s*the\s+")


def _build_sum_noun(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Zambia's US$45m deal for six K-8 trainers with China's CATIC", "... confirmed a purchase. The
    US$45m deal for six K-8 trainers, struck with CATIC, ...": a deal named by its sum and goods, the
    seller after "with|from", the buyer the possessive before the sum or the state the sentence
    before opens with."""
    ts, te = m.span("trigger")
    clause = doc.clause(ts)
    sum_ = next((x for x in doc.money_in(max(clause[0], ts - 50), ts) if x.span and _SUM_TO_NOUN.fullmatch(doc.text, x.span.end, ts)), None)
    if sum_ is None:
        return None  # "a deal for K-8 trainers": no sum before the noun (the verb rules read such deals)
    if not (doc.systems_in(te, clause[1]) or ITEMS.search(doc.text, te, min(clause[1], te + 120))):
        return None  # "the $2bn deal for electric buses": no arms
    # (through a participle after the goods: ", struck with China's CATIC late last year,")
    end = min(doc.sentence(ts)[1], te + 140)
    objects = [x for x in doc.mentions_in(te, end) if x.code and _FROM_THE_SELLER.search(doc.text, max(te, x.start - 40), x.start)]
    seller = next((x.actor for x in objects if x.actor.kind == "company"), None) or \
        next((x.actor for x in objects if x.actor.kind == "state"), None)
    if seller is None:
        return None  # "awarded Raytheon a $1.1bn contract for Stingers": the verb's rule tells who sells to whom
    lead = doc.sentence(ts)[0]
    owner = next((x for x in reversed(doc.mentions_in(max(lead, sum_.span.start - 60), sum_.span.start))
                  if x.code and x.possessive and x.actor.kind != "company" and _OWNER_TO_SUM.fullmatch(doc.text, x.end, sum_.span.start)), None)
    buyer = owner.actor if owner is not None else None
    i = doc.segments.sentence_index(ts)
    if buyer is None and i > 0 and _THE_SUM.fullmatch(doc.text, lead, sum_.span.start):
        # the sentence opens with "The US$45m deal": the buyer the sentence before opens with
        a, b = doc.segments.sentences[i - 1]
        buyer = next((x.actor for x in subject_at(doc, a, b)[:1] if x.code and x.actor.kind != "company"), None)
        if buyer is None:
            buyer = next((x.actor for x in doc.mentions_in(a, min(b, a + 60)) if x.code and x.actor.kind == "state"), None)
    if buyer is None or buyer.code == seller.code:
        return None  # no buyer told, or a firm at home ("a A$150m contract for Redbacks with Hanwha Defense Australia")
    return deal(m, doc, rule, seller=seller, buyer=buyer, need_items=False)


def _build_value_follow_up(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The deal, worth $8.1bn, ...": the value of the deal just stated; merged into it, or dropped
    when no export deal came before."""
    clause = doc.clause(m.start())
    found = [x for x in doc.money_in(m.end(), min(clause[1], m.end() + 80))
             if x.span and x.span.start not in doc.conversions]
    if not found:
        return None
    # "ABU DHABI — ... The order, valued at AED 2.4 billion, covers 24 K9 howitzers from Hanwha Aerospace": the deal
    # names its seller; the buyer is the state the story is datelined in (merged all the same into a deal told before)
    told = _COVERS_FROM.match(doc.text, found[0].span.end, doc.sentence(m.start())[1])
    firm = next((x for x in doc.mentions_in(told.end(), phrase_end(doc, told.end())) if x.actor.kind == "company"), None) if told else None
    if firm is not None and (buyer := _dateline_buyer(doc, firm.code)) is not None:
        return deal(m, doc, rule, seller=firm.actor, buyer=buyer, anaphoric=True)
    return draft(rule, m, start=m.start(), end=found[0].span.end, participants=[], anaphoric=True, value=found[0])


# a firm's next contract, its buyer after "with": "The second contract, signed on 5 May, is with the Slovak Army",
# "A further order, signed on Monday with the Latvian Ministry of Defence, amounts to SEK 450 million"
_NEXT_CONTRACT_WITH = regex.compile(r"(?i),?\s+(?:[^.;]{0,60}?,\s+)?(?:is|was)\s+(?=with\s)|,\s+(?:signed|awarded|placed|concluded)\s+[^.;,]{0,40}?\b(?=with\s)")


def _build_next_contract(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Hensoldt signed a contract with the Czech Army ... The second contract, signed on 5 September, is with
    the Slovak Armed Forces and covers 12 radars, for EUR 88 million": the buyer after "with", the seller the
    firm named last in the three sentences up to this one."""
    te = m.end("trigger")
    s0, s1 = doc.sentence(te)
    told = _NEXT_CONTRACT_WITH.match(doc.text, te, s1)
    if told is None:
        return None
    buyer = next((x for x in objects_after(doc, told.end(), s1, r"with") if x.code and x.actor.kind != "company"), None)
    if buyer is None:
        return None
    i = doc.segments.sentence_index(te)
    lead = doc.segments.sentences[max(0, i - 2)][0]
    firm = next((x for x in doc.mentions_back(lead, m.start()) if x.actor.kind == "company" and x.code and x.code != buyer.code), None)
    if firm is None:
        return None
    return deal(m, doc, rule, seller=firm.actor, buyer=buyer.actor, window=(m.start(), s1))


# what the deal covers, from whom: ", covers|includes 24 K9 howitzers from "
_COVERS_FROM = regex.compile(r"(?i)(?:\s*\([^()]{1,40}\))?[^.;]{0,12}?,?\s+(?:covers|includes|comprises|is\s+for|buys)\s+[^.;]{3,100}?\b(?:from|by)\s+(?:the\s+)?")


# "France's arms exports to Egypt", "its defence exports to the Gulf": the noun, a flow of trade
_FLOW_OF_EXPORTS = regex.compile(r"(?i)(?:\b(?:arms|weapons?|defen[cs]e|military|equipment)|['’]s|\b(?:its|their|total|annual))\s+\Z")


def _build_sell(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    subject = [x for x in resolve_references(doc, subject_before(doc, m.start()), m.start()) if x.code]
    te, end = m.end("trigger"), doc.clause(m.start())[1]
    if m.group("trigger").lower().startswith("export") and _FLOW_OF_EXPORTS.search(doc.text, max(0, m.start() - 30), m.start()):
        return None  # "challenged France's arms exports to Egypt": a trade flow, not one sale
    if _EQUIP.match(m.group("trigger")):
        to = _supplied_with(doc, te, end)
    else:
        # "handed over the first of two patrol vessels built for the Bulgarian Navy": the buyer the goods are for
        to = objects_after(doc, te, end, r"to") or _supplied_with(doc, te, end) \
            or objects_after(doc, te, end, r"(?:built|made|constructed|ordered|destined|intended)\s+for")
    if not subject and to:
        subject = _maker_by_speaker(doc, m.start(), te)
    if not subject or not to:
        return None
    return deal(m, doc, rule, seller=subject[0].actor, buyer=to[0].actor)


# a firm no list knows opening the sentence, and its state in the apposed speaker: "Vulcanair has sold four P.68
# aircraft to Malta, the Italian manufacturer said on Monday"
_NAME_OPENS = regex.compile(r"\s*(?:\p{Lu}[\w&.’'-]*\s+){1,4}(?:(?:has|have|had|also|now|recently)\s+){0,2}")
_FIRM_SPEAKER = regex.compile(
    r",\s+the\s+(?P<state>\p{Lu}[\p{L}-]+)\s+(?:(?:aircraft|aerospace|defen[cs]e|arms|vehicle|truck|boat|helicopter|drone|naval)\s+)?"
    r"(?:manufacturer|maker|company|firm|shipbuilder|shipyard|yard|group|producer|builder)\s+(?:said|says|announced|confirmed|reported)\b")


def _maker_by_speaker(doc: Document, ts: int, te: int) -> list[Mention]:
    """The state of an unlisted firm that opens the sentence, told by the apposed speaker (see ``_FIRM_SPEAKER``)."""
    a, b = doc.sentence(ts)
    if doc.mentions_in(a, ts) or not _NAME_OPENS.fullmatch(doc.text, a, ts):
        return []
    said = _FIRM_SPEAKER.search(doc.text, te, b)
    if said is None:
        return []
    return [x for x in doc.mentions_in(*said.span("state")) if x.code and x.form == "demonym"][:1]


# "under a $2 billion contract", "in a deal worth ...", "as part of a PLN 1.3 billion order": the work is
# done for a sale, told in the clause
_UNDER_DEAL = regex.compile(
    r"(?i)\b(?:under|in|as\s+part\s+of|through)\s+(?:a|an|the|its|their)\s+(?:[\w’'\p{Sc}.,\-]+\s+){0,6}?"
    r"(?:contract|deal|order|agreement)\b|\b(?:worth|valued\s+at)\b")
# "under an existing contract", "under a separate order": an older deal, the background of the story
_OLDER_DEAL = regex.compile(
    r"(?i)\b(?:existing|separate|earlier|previous|older|current|ongoing|standing)\s+(?:[\w’'-]+\s+){0,2}?(?:contract|deal|order|agreement)\b")
# "build a new ammunition plant for Lithuania", "a maintenance hangar for the air force": works, not goods
_WORKS = regex.compile(
    r"(?i)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:plants?|factory|factories|facilit(?:y|ies)|bases?|hangars?|"
    r"headquarters|barracks|schools?|hospitals?|ports?|piers?|runways?|roads?|bridges?|lines?|warehouses?|depots?|housing)\b")


# the lead of a list of contracts: "the ministry then signed two contracts:", "Nairobi signed the following contracts"
_LIST_LEAD = regex.compile(
    r"(?i)\b(?:signed|concluded|awarded|placed|inked|finali[sz]ed|sealed)\b[^.\n]{0,80}?\b(?:contracts|orders|deals|the\s+following)\b")


def _build_listed(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """One item of a list of contracts under a lead that tells who signed them ("Manila's defence department
    signed three contracts on Monday:" over "(a) a contract with Hanwha Ocean for two corvettes, worth PHP 28
    billion;"): the buyer is the lead's subject, the seller the firm the item names."""
    lead = doc.list_lead(m.start())
    verb = _LIST_LEAD.search(doc.text, *lead) if lead is not None else None
    if verb is None:
        return None
    buyers = [x for x in resolve_references(doc, doc.mentions_in(lead[0], verb.start()), verb.start())
              if x.code and x.actor.kind != "company"]
    firms = [x for x in doc.mentions_in(*doc.sentence(m.start())) if x.actor.kind == "company" and x.code]
    if not buyers or not firms:
        return None
    return deal(m, doc, rule, seller=firms[0].actor, buyer=buyers[-1].actor)


def _build_for(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """A maker building, making or refitting goods for a buyer under a contract told in the clause:
    "Hanwha Ocean will build three submarines for the Philippine Navy under a $2 billion contract"."""
    te, end = m.end("trigger"), doc.clause(m.start())[1]
    if not _UNDER_DEAL.search(doc.text, te, end) or _OLDER_DEAL.search(doc.text, te, end) or _WORKS.match(doc.text, te):
        return None
    subject = [x for x in resolve_references(doc, subject_before(doc, m.start()), m.start()) if x.code]
    to = [x for x in objects_after(doc, te, end, r"for") if x.code]
    if not subject or not to:
        return None
    return deal(m, doc, rule, seller=subject[0].actor, buyer=to[0].actor)


# "supplied Thailand with four Gripen fighters", "will equip the Thai Air Force with ...": the buyer
# as the direct object, the goods after "with"
_EQUIP = regex.compile(r"(?i)equip|provid|furnish")
_WITH_GOODS = regex.compile(
    r"(?:\s+(?:\p{Lu}[\w’'-]*|(?i:armed|forces?|military|army|navy|air|coast|guard|corps|ministry|of|defen[cs]e)\b)){0,4}"  # "Thai Air Force"
    r"\s+(?:\([^()]{1,40}\)\s+)?(?i:with)\s")


def _supplied_with(doc: Document, start: int, end: int) -> list[Mention]:
    first = objects_after(doc, start, end, r"(?!)", direct=True)[:1]  # the direct object only: no preposition fits "(?!)"
    if first and first[0].actor.kind != "company" and _WITH_GOODS.match(doc.text, first[0].end):
        return first
    return []


# (also after a time set off by a comma: "placed a second order on 5 March, for six interceptor boats")
_PURCHASE_TAIL = regex.compile(
    r"(?i)^(?:[^,;.]{0,40}?|\s+(?:on|last|this|earlier|late|in)\s+[\w ]{1,20}?,\s+)\b(?:with|for|to\s+(?:buy|purchase|acquire|procure|supply|deliver|build|order|export|sell|provide)|worth|valued)\b|^\s*\(")
_DEAL_NOUN = regex.compile(r"(?i)\b(?:contract|deal|order|agreement|acceptance|LOA)\b")


# past, the present of headlines and timelines ("10 February 2022 — Indonesia signs a contract with …"),
# and the base form and participle of a signing to come ("will sign", "is due to ink", "is finalising")
# (a company filing's "has entered into a contract with", "has executed a contract with")
_SIGNING = (r"signed|inked|concluded|finali[sz]ed|sealed|struck|signs|inks|concludes|finali[sz]es|seals|strikes"
            r"|signing|inking|concluding|finali[sz]ing|sealing|striking|sign|ink|conclude|finali[sz]e|seal|strike"
            r"|(?:entered|enters|entering|enter)\s+into|executed|executes|executing"
            # "closed a EUR 60 million contract with Fincantieri" (trade-press usage)
            r"|closed|closes|closing")
_SIGNED_DEAL = regex.compile(rf"(?i){_SIGNING}|place[sd]")  # "signed a contract", "placed an order"
_WITH = regex.compile(r"(?i)\bwith\s")
_FROM_OR_WITH = regex.compile(r"(?i)\b(?:from|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_BY = regex.compile(r"(?i)\bby\s+(?:the\s+)?$")
_BY_NEXT = regex.compile(r"(?i)\s+by\s")


# what a contract with a state is for: "with India for 12 patrol boats", "with Korea, worth ...", "with France to buy"
_GOODS_NEXT = regex.compile(r"(?i),?\s+(?:for|worth|valued|to\s+(?:buy|purchase|acquire|supply))\b")


# "Although Denmark picked the Caesar over rivals last year, no contract with KNDS has been signed yet": a choice, no sale yet
_CHOICE = regex.compile(r"(?i)select|chos|choos|pick|opted")
_NOT_YET_SIGNED = regex.compile(
    r"(?i)[^.;]{0,160}?\b(?:no\s+(?:contract|deal|order)\s+(?:[\w’'-]+\s+){0,3}?(?:has|had|have)\s+(?:yet\s+)?been\s+(?:signed|concluded|placed)"
    r"|(?:contract|deal|order)\s+(?:[\w’'-]+\s+){0,3}?(?:has|had|have|is|was)\s+(?:still\s+)?yet\s+to\s+be\s+(?:signed|concluded|placed)"
    r"|(?:contract|deal|order)\s+(?:[\w’'-]+\s+){0,3}?(?:has|had|is|was)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:signed|concluded|placed))")


def _build_buy(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    ts, te = m.span("trigger")
    if _CHOICE.match(m.group("trigger")) and _NOT_YET_SIGNED.match(doc.text, te, doc.sentence(ts)[1]):
        return None
    if _SIGNED_DEAL.match(m.group("trigger")) and not m.group("trigger").endswith(("for", "with")):
        noun_end = ts + max(x.end() for x in _DEAL_NOUN.finditer(m.group("trigger"))) if _DEAL_NOUN.search(m.group("trigger")) else te
        if not (doc.money_in(ts, te) or _PURCHASE_TAIL.search(doc.text[noun_end:noun_end + 60])):
            return None  # "signed a reciprocal access agreement": no purchase in sight
    # ("A second corvette from Italy's Fincantieri was ordered by the Qatari Emiri Navy": the items before a passive)
    passive = bool(_PASSIVE_AUX.search(doc.text, max(0, ts - 30), ts)) and _BY_NEXT.match(doc.text, te) is not None
    if not (buys_items(doc, m) or (passive and (doc.systems_in(doc.clause(ts)[0], ts) or ITEMS.search(doc.text, doc.clause(ts)[0], ts)))):
        return None  # "ordered the former president to appear": a command, not a purchase
    if civil_order(doc, doc.clause(ts)[0], phrase_end(doc, te)):
        return None  # "Vietnam Airlines placed an order with Airbus": an airline's business
    subject, objects = deal_parties(doc, m, r"with|from|by|to|for")
    if not subject and _MEANS_NOUN.search(doc.text, max(0, ts - 60), ts):
        # "The Peruvian Army has added a new carrier to its fleet through a US$30 million purchase of 20
        # vehicles from Iveco": the purchase is the means of the clause's subject, who buys
        start = doc.clause(ts)[0]
        subject = [x for x in subject_at(doc, start, ts) if x.code and x.actor.kind != "company"]
    firm = _firm_placed_by_town(doc, max(doc.clause(ts)[0], m.start() - 80), m.start()) if _SIGNED_DEAL.match(m.group("trigger")) else None
    if firm is not None and not [x for x in subject if x.start < firm.span.end]:  # "Swede" in "Swede Ship" is the firm's name
        after = doc.mentions_in(m.end("trigger") - 5, phrase_end(doc, m.end("trigger")))  # "a contract with the Polish ministry"
        buyer = next((x.actor for x in after if x.code and x.actor.kind != "company" and x.code != firm.code), None)
        return deal(m, doc, rule, seller=firm, buyer=buyer) if buyer is not None else None
    src = [x for x in objects if _FROM_OR_WITH.search(doc.text[max(0, x.start - 40):x.start])]
    if not src and m.group("trigger").endswith(("with", "contracted")):
        # "signed a contract with the Basque company Sener": a firm the gazetteer does not know, by its state's adjective
        first = next(iter(doc.mentions_in(te, min(len(doc.text), te + 60))), None)
        # ("with a Guatemalan shipyard", "with Guatemala's naval shipyard": by the state's name too)
        if first is not None and (first.form == "demonym" or (first.form in ("name", "alias") and first.possessive)) \
                and _FIRM_AFTER.match(doc.text, first.end) \
                and regex.fullmatch(r"\s+(?:(?:the|an?)\s+)?", doc.text[te:first.start]) \
                and not any(x.actor.kind == "company" for x in doc.mentions_in(first.end, min(len(doc.text), first.end + 60))):
            src = [first]
        # ("with the Perama-based shipyard Elefsis Shipyards": a firm placed by its town)
        elif (town := _town_of_a_firm(doc, te, min(len(doc.text), te + 40))) is not None \
                and regex.fullmatch(r"\s+(?:(?:the|an?)\s+)?", doc.text[te:town.span.start]):
            src = [Mention(town.span.start, town.span.end, state_actor(town.country, town.span), "name")]
        # ("with Greece's Olympos for two landing craft": a possessive state before a name no list knows)
        elif first is not None and first.form in ("name", "alias") and first.possessive \
                and regex.fullmatch(r"\s+", doc.text[te:first.start]) and _NAMED_BY_STATE.match(doc.text, first.end) \
                and not doc.mentions_in(first.end, min(len(doc.text), first.end + 40)):
            src = [first]
        # ("with the Barysaw Automotive Works of Belarus": a firm no list knows, by its state after "of")
        elif first is not None and first.form in ("name", "alias") and not first.possessive \
                and _UNLISTED_FIRM_OF.fullmatch(doc.text, te, first.start) and _firm_of_state(doc.text, first.start):
            src = [first]
        # ("Vietnam signed a contract with India for 12 patrol boats": a state that sells, government to government)
        elif first is not None and first.form in ("name", "alias") and first.actor.kind == "state" and not first.possessive \
                and regex.fullmatch(r"\s+(?:the\s+)?", doc.text[te:first.start]) and _GOODS_NEXT.match(doc.text, first.end):
            src = [first]
    by = [x for x in objects if _BY.search(doc.text[max(0, x.start - 10):x.start])]
    firms, states = _firms_and_states(subject, doc.text)
    if firms and not states and by and _PASSIVE_AUX.search(doc.text, max(0, ts - 30), ts) \
            and _SUPPLY_NEXT.match(doc.text, by[0].end):
        # "Rheinmetall has been selected by Lithuania to supply 44 Leopard 2A8 tanks": the firm chosen sells
        return deal(m, doc, rule, seller=firms[0].actor, buyer=by[0].actor)
    if firms and not states and by and passive \
            and _FROM_OR_WITH.search(doc.text[max(0, firms[0].start - 40):firms[0].start]) and by[0].actor.kind != "company":
        # "A second corvette from Italy's Fincantieri was ordered by the Qatari Emiri Navy": the items' maker sells
        return deal(m, doc, rule, seller=firms[0].actor, buyer=by[0].actor, purchase=True)
    if firms and not states:
        if not _SIGNED_DEAL.match(m.group("trigger")):
            return None  # a firm buying is corporate business, not an export
        # "Hanwha signed a contract with Romania to supply ...": the firm sells
        # ("signed on Wednesday with the Ministry of Defence of Saudi Arabia a contract": the buyer inside the trigger)
        within = [x for x in doc.mentions_in(ts, te) if x.code and x.actor.kind != "company"
                  and _WITH.search(doc.text, ts, x.start)]
        buyer = next((x.actor for x in objects if x.actor.kind != "company"), None) or next(
            (x.actor for x in [*within, *doc.mentions_in(te - 5, phrase_end(doc, te))] if x.code and x.actor.kind != "company"), None)
        if buyer is not None and buyer.code == firms[0].code:
            return None  # "MSM Group signed a contract with the Slovak Ministry of Defence": a home order
        return deal(m, doc, rule, seller=firms[0].actor, buyer=buyer)
    if not subject and _SIGNED_DEAL.match(m.group("trigger")) and doc.home \
            and _UNLISTED_FIRM_SUBJECT.search(doc.text, doc.clause(ts)[0], m.start()):
        # "the state-owned company Kaitse Holding signed a contract with the Georgian Ministry of Defence", "Tartu-based
        # Emajõe Arms JSC signed": a home firm the gazetteers do not know sells to the state named after it
        after = [*objects, *doc.mentions_in(te - 5, phrase_end(doc, te))]  # "a contract with the Georgian Ministry of Defence"
        buyer = next((x.actor for x in after if x.code and x.code != doc.home and x.actor.kind != "company"), None)
        return deal(m, doc, rule, seller=state_actor(doc.home), buyer=buyer) if buyer is not None else None
    buyer = states[0].actor if states else (by[0].actor if by else None)
    if buyer is None:
        return None
    if len({x.code for x in states}) >= 2 and not _SIGNED_DEAL.match(m.group("trigger")):
        return _joint_purchase(m, doc, rule, states, src)
    if len({x.code for x in states}) >= 2 and not src:
        maker = maker_state(doc, ts, phrase_end(doc, te))
        if maker is not None and maker.code not in {x.code for x in states}:
            return _joint_purchase(m, doc, rule, states, src)  # "Ghana and Senegal signed deals for Chinese-built trainers"
        return deal(m, doc, rule, parties=[x.actor for x in states[:2]])
    seller = next((x.actor for x in src if x.code != buyer.code), None)
    return deal(m, doc, rule, seller=seller, buyer=buyer, purchase=True)


def _joint_purchase(m: regex.Match[str], doc: Document, rule: Rule, buyers: list[Mention],
                    sources: list[Mention]) -> Draft | None:
    """States that buy together ("Latvia and Estonia jointly ordered IRIS-T systems from Germany")
    are all buyers; the seller is the source, the maker or the firm, never one of them. With no
    seller in sight ("Finland and Sweden will jointly purchase air defence systems") there is no
    export deal to tell."""
    codes = {x.code for x in buyers}
    seller = next((x.actor for x in sources if x.code not in codes), None)
    d = deal(m, doc, rule, seller=seller, buyer=buyers[0].actor, purchase=True)
    if d is None or d.fields.get("seller") is None or d.fields["seller"].code in codes:
        return None
    d.participants.extend(x.actor for x in buyers[1:])  # repeated codes are dropped when the event is built
    return d


# a purchase named as the means of the clause's act: "has added ... to its fleet through a US$30 million purchase of"
_MEANS_NOUN = regex.compile(r"(?i)\b(?:through|via|by\s+means\s+of|thanks\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w\p{Sc}.,-]+\s+){0,4}?\Z")


# "Australian firm DroneShield", "the Turkish defence company": a state's adjective on a firm
# an unlisted firm as the subject, shown as one by a company noun before it, a place it is based in or a legal
# form after it: "the state-owned company Kaitse Holding", "the Army's industrial company Olympos", "Tartu-based
# Emajõe Arms JSC", "Polder Robotics B.V."
_UNLISTED_FIRM_SUBJECT = regex.compile(
    r"(?:\b(?i:company|firm|manufacturer|maker|shipbuilder|shipyard|contractor|producer|group)\s+|\b\p{Lu}[\p{L}-]*-based\s+)"
    r"\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,4}\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?\Z"
    r"|\b\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,4}\s+(?:Holding|Holdings|JSC|OJSC|PJSC|AD|a\.s\.|A\.S\.|S\.A\.|SA|"
    r"S\.p\.A\.|SpA|Ltd\.?|Limited|PLC|plc|GmbH|AG|AB|ASA|A/S|Oy|Oyj|B\.V\.|BV|N\.V\.|Inc\.?|Corp\.?|Corporation|Sp\.\s?z\s?o\.o\.|d\.o\.o\.|s\.r\.o\.)"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?\Z")
_FIRM_AFTER = regex.compile(
    r"(?i)(?:['’]s?)?\s+(?:(?:defen[cs]e|arms|aerospace|drone|technology|shipbuilding|state-owned|state|private|naval)\s+){0,2}"
    # ("the British boatyard <firm>", "Swiss demining machine builder <firm>", "a Danish radar specialist"): what it makes
    # may come first, but not a unit of a service ("the Polish army company")
    r"(?:(?-i:(?!(?:army|navy|infantry|rifle|marine|military|air|guard|reserve|engineer|tank|mechani[sz]ed)\b)[a-z][\w-]*)\s+){0,3}?"
    r"(?:firm|company|maker|manufacturer|contractor|shipbuilder|shipyard|boatyard|boatbuilder|yard|builder|start-?up|supplier|"
    r"producer|exporter|trading\s+company|specialist|developer|integrator|vendor)\b")


# "Australia's Ferra Engineering", "Poland's WB Electronics": a firm the gazetteer does not know, by its
# name's company word
# the word a firm's name ends in: "Ferra Engineering", "Seabird Aviation", "Kazakhstan Engineering"
_FIRM_WORD = (r"(?:Engineering|Systems|Industries|Industry|Group|Technologies|Technology|Aerospace|Aviation|Aircraft|Dynamics|"
              r"Shipyards?|Shipbuilding|Electronics|Marine|Boats|Vehicles|Corporation|Corp\.?|Ltd\.?|Limited|Inc\.?|AG|SA|GmbH|plc|PLC|"
              r"AB|ASA|Oy|Holdings|Solutions|Robotics|Motors|Munitions|Arms|Works)")
_FIRM_NAME_AFTER = regex.compile(rf"(?:['’]s?)?\s+(?:\p{{Lu}}[\w&.’'-]*\s+){{0,3}}?{_FIRM_WORD}\b")
# "Adelaide-based Ferra Engineering signed ...": a firm placed by its town
_BASED_FIRM = regex.compile(r"-based\s+(?:(?:firm|company|manufacturer|maker|start-?up|group|shipyard)\s+)?(?:\p{Lu}[\w&.’'-]*\s+){1,4}")


# "Greece's Olympos for", "Spain's Astilleros Armón, ": a capitalised name after a possessive state, then the goods
_NAMED_BY_STATE = regex.compile(r"['’]s?\s+\p{Lu}[\w&.’'-]*(?:\s+\p{Lu}[\w&.’'-]*){0,3}"
                                 r"(?=(?:\s+(?:last|this|earlier\s+this|on)\s+\w+)?\s*(?:,|\(|for\b|to\s+(?:supply|deliver|build)\b|worth\b|valued\b))")
# "Oman Defence Industries", "Nigeria Shipyards Limited": a firm named after its state (no possessive)
_STATE_NAMED_FIRM = regex.compile(
    r"\s+(?:\p{Lu}[\w&.’'-]*\s+){0,3}?(?:Industries|Industry|Shipyards?|Shipbuilding|Dockyards?|Ordnance\s+Factor(?:y|ies)|Arsenal|Limited|Ltd\.?)\b")


# "Seabird Aviation of Australia signed", "Saab of Sweden": the state a firm is of (not "the Ministry of Defence of
# Ukraine", "the Armed Forces of Malta": a body of the state); a listed firm before it, or a name ending in a firm's word
_SPACES = regex.compile(r"\s+")
_NAME_THEN_OF = regex.compile(r"(?P<name>\p{Lu}[\w&.’'-]*(?:\s+\p{Lu}[\w&.’'-]*){0,3})\s+of\s+(?:the\s+)?\Z")
_FIRM_WORD_END = regex.compile(rf"\b{_FIRM_WORD}\Z")
_UNLISTED_FIRM_OF = regex.compile(r"\s+(?:the\s+)?(?:\p{Lu}[\w&.’'-]*\s+){1,5}of\s+(?:the\s+)?")


def _firm_of_state(text: str, pos: int) -> bool:
    """Whether the state at ``pos`` is told as the home of a firm just before it ("<firm> of <State>")."""
    before = _NAME_THEN_OF.search(text, max(0, pos - 80), pos)
    if before is None:
        return False
    name = before.group("name")
    companies = gazetteers.load("company")
    tails = [name[w.end():] for w in _SPACES.finditer(name)]
    return bool(_FIRM_WORD_END.search(name)) or any(companies.lookup(t) is not None for t in [name, *tails])


def _firms_and_states(parties: list[Mention], text: str = "") -> tuple[list[Mention], list[Mention]]:
    """The firms among ``parties`` (they sell) and the rest (states and their bodies, which buy).
    A state's adjective or possessive on a firm the gazetteer does not know ("Australian firm
    DroneShield", "Australia's Ferra Engineering") counts as the firm."""
    firms = [x for x in parties if x.actor.kind == "company"
             or (text and x.form == "demonym" and _FIRM_AFTER.match(text, x.end))
             or (text and x.form in ("name", "alias") and x.possessive and _FIRM_NAME_AFTER.match(text, x.end))
             or (text and x.form in ("name", "alias") and not x.possessive and _STATE_NAMED_FIRM.match(text, x.end))
             or (text and x.form in ("name", "alias") and _firm_of_state(text, x.start))]
    return firms, [x for x in parties if x not in firms]


def _town_of_a_firm(doc: Document, a: int, b: int):
    """The first known town in ``a:b`` that places a firm: "the Piraeus-based Elefsis Shipyards"."""
    return next((p for p in doc.places_in(a, b) if p.country and p.span is not None and doc.text.startswith("-based", p.span.end)), None)


def _firm_placed_by_town(doc: Document, a: int, b: int) -> Actor | None:
    """The state of a town-based firm that ends right at ``b``: "Adelaide-based Ferra Engineering"."""
    for p in doc.places_in(a, b):
        if p.country and p.span is not None and _BASED_FIRM.fullmatch(doc.text, p.span.end, b):
            return state_actor(p.country, p.span)
    return None


def _build_passive(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "A deal for 45 jets was signed between Spain and Turkish Aerospace": companies sell, states buy."""
    if m.group("worth") and not _COLON_LEAD.search(doc.text, doc.sentence(m.start())[0], m.start()):
        return None  # "The deal, worth 1.1 trillion won, was signed in Lima": the deal just told, given its sum (value_told_after)
    parties = [x for x in objects_after(doc, m.end("trigger"), phrase_end(doc, m.end("trigger")), r"between|by|with|and")
               if x.code]
    firms, states = _firms_and_states(parties)
    # "A contract with Thales of France for two radars for the Maldives Coast Guard was signed": the
    # parties named in the subject, the firm after "with", the buyer after "for" ("The sale of four patrol
    # vessels to Nigeria ... was agreed": after "to")
    told = [_firm_of_possessive(doc, x) for x in objects_after(doc, m.start(), m.start("trigger"), r"with|for|between|by|from|to") if x.code]
    # "Saab's contract with ...": the firm that owns the contract; "Its contract with ...": the firm of the sentence
    # before; "The Nigerian Navy's newest order": the buyer that placed it
    first = m.group(0).split(None, 1)[0]
    owner = [x for x in doc.mentions_in(m.start(), m.start() + len(first)) if x.code] \
        or [x for x in doc.mentions_in(m.start(), m.start("noun")) if x.code and (x.possessive or _OWNER_NAMED.match(doc.text, x.end))]
    if not owner and first.lower() in ("its", "their"):
        i = doc.segments.sentence_index(m.start())
        if i > 0:
            owner = [x for x in doc.mentions_in(*doc.segments.sentences[i - 1]) if x.code and x.actor.kind == "company"][:1]
    told_firms, told_states = _firms_and_states(owner + told)
    firms, states = firms or [x for x in told_firms if x not in parties], states or told_states
    told_first: list[Mention] = []
    if firms:  # "the deal with Turkey's Dearsan": the firm's own state is no buyer
        # (nor a body of the firm's state that signed: "A contract for six AW109 helicopters for the Philippine Navy ... was
        # signed by the Department of National Defense and Leonardo" in an Italian story; the buyer is the one the subject names)
        states = [x for x in states if x.code != firms[0].code] or [x for x in told_states if x.code != firms[0].code]
        # the buyer told before a colon comes first ("... are on their way to the Uruguayan Air Force: the
        # contract ... was signed by the Ministry of National Defence and Airbus")
        told_first = _buyer_told_first(doc, m.start(), {x.code for x in firms})
        states = told_first or states
    if firms and states:
        # the goods told with the buyer before the colon ("Two fast patrol vessels will be built ... for <buyer>:")
        # (and the subject, which a dash apposition may set in a clause of its own)
        window = doc.sentence(m.start()) if told_first else (m.start(), m.end("trigger"))
        return deal(m, doc, rule, seller=firms[0].actor, buyer=states[0].actor, window=window)
    if len({x.code for x in states}) >= 2:
        # "A contract between the Uruguayan Air Force and the Chilean state aircraft maker ENAER": a state's adjective
        # on a firm no list knows marks the seller
        makers = [x for x in states[:2] if x.form == "demonym" and _FIRM_AFTER.match(doc.text, x.end)]
        if len(makers) == 1:
            buyer = next(x for x in states[:2] if x is not makers[0])
            if buyer.code != makers[0].code:
                return deal(m, doc, rule, seller=makers[0].actor, buyer=buyer.actor)
        return deal(m, doc, rule, parties=[x.actor for x in states[:2]])
    # "BUCHAREST – The purchase agreement for 54 missiles ... was signed with the United States government", "TALLINN –
    # ... a third contract ... was signed on Monday with Hanwha Aerospace": one party, the seller after "with"; the
    # buyer is the state the story is datelined in
    seller = firms[0] if firms else (states[0] if len(states) == 1 else None)
    buyer = _dateline_buyer(doc, seller.code) if seller is not None else None
    if buyer is not None and _WITH.search(doc.text, m.end("trigger"), seller.start) \
            and not [x for x in doc.mentions_in(*doc.sentence(m.start())) if x.code and x.code not in (buyer.code, seller.code)
                     and x.actor.kind != "company"]:
        return deal(m, doc, rule, seller=seller.actor, buyer=buyer, window=(m.start(), m.end("trigger")))
    if not parties and (maker := _subject_maker(doc, m, firms, states)) is not None:
        # "A contract for 24 Arlan vehicles from Kazakhstan Engineering, worth 2.3 billion som, was concluded the same
        # day", "A contract for four DHC-6 Twin Otters ... was formalised at the close of that meeting": the firm the
        # subject names (or the items' maker) sells; the buyer is the other state of the meeting the sentence points
        # at, or else the state the story is datelined in
        buyer = _scene_buyer(doc, m.start(), maker.code) or _dateline_buyer(doc, maker.code)
        if buyer is not None:
            return deal(m, doc, rule, seller=maker, buyer=buyer, window=(m.start(), m.end("trigger")))
    if not states and (told := _FOR_THE_ITEMS.match(doc.text, m.start())) is not None \
            and _items_told_again(doc, told.end()):
        # "The Belize Defence Force will take delivery of two landing craft next year. The contract for the craft, worth
        # BZ$20 million and awarded to Swiftships, was signed on Monday": the buyer told with the items before; the seller
        # the firm the subject names, or the maker of the items
        told_seller = firms[0] if firms else None
        buyer = _receiver_told_before(doc, m.start(), told_seller.code if told_seller else None)
        if buyer is not None:
            before = sentences_before(doc, m.start())  # (not None: the receiver was found there)
            return deal(m, doc, rule, seller=told_seller.actor if told_seller else None, buyer=buyer, window=(before[0], m.end("trigger")))
    return None


# a signing set at the meeting the story has told: "the same day", "at the close of that meeting", "during that call"
_SCENE_POINTER = regex.compile(
    r"(?i)\b(?:(?:on\s+)?(?:that|the)\s+same\s+day|later\s+that\s+day|on\s+(?:that|the)\s+occasion"
    r"|(?:at|during|after|following|in\s+the\s+course\s+of|at\s+the\s+(?:end|close|conclusion)\s+of|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
    r"(?:the|that|this|those|these|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|visit|call|audience|session|discussions|consultations|summit|trip|stay|encounter))\b")


def _subject_maker(doc: Document, m: regex.Match[str], firms: list[Mention], states: list[Mention]) -> Actor | None:
    """Who sells what a passive deal's subject names, when nothing after the verb names a party: its one firm, the
    one state it names after "from|with" ("from the Breton shipbuilder Piriou"), or the maker of its one system."""
    if firms or states:
        found = firms or [x for x in states if _FROM_OR_WITH.search(doc.text[max(0, x.start - 40):x.start])]
        return found[0].actor if len(found) == 1 and len(firms or states) == 1 else None
    makers = {s.country for s in doc.systems_in(m.start(), m.start("trigger")) if s.country}
    return state_actor(makers.pop()) if len(makers) == 1 else maker_state(doc, m.start(), m.start("trigger"))


def _scene_buyer(doc: Document, pos: int, seller: str | None) -> Actor | None:
    """The buyer of a deal signed at the meeting just told: the state of that meeting's two that is not the seller's."""
    if not _SCENE_POINTER.search(doc.text, *doc.sentence(pos)):
        return None
    parties = parties_of_the_scene(doc, pos)
    others = [a for a in parties if a.code != seller]
    return state_actor(others[0].code, others[0].span) if len(parties) == 2 and len(others) == 1 else None


# "The contract for the craft|the helicopters, ... was signed": the items the sentence before told, with who gets them
_FOR_THE_ITEMS = regex.compile(r"(?i)the\s+(?:contract|deal|order|purchase(?:\s+agreement)?)\s+for\s+(?:the|these|those|all\s+the)\s")
# who gets them: "The Belize Defence Force will take delivery of two landing craft", "The Colombian Army will receive"
_RECEIVES = regex.compile(
    r"(?:\s+(?:Defen[cs]e\s+Forces?|Army|Navy|Air\s+Force|Armed\s+Forces|Coast\s+Guard|Marine\s+Corps|Marines|National\s+Guard|"
    r"(?:Ministry|Department)\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+(?:Ministry|Department)|military))?\s+"
    r"(?:(?:will|(?:is|are)\s+(?:to|set\s+to|due\s+to|about\s+to))\s+(?:take\s+delivery\s+of|receive|get|add|acquire|buy|field)"
    r"|(?:is|are)\s+(?:adding|acquiring|buying|getting|receiving)"
    # "The Kenyan Defence Forces announced their first purchase of armed drones"
    r"|(?:announced|confirmed|unveiled)\s+(?:its|their|the)\s+(?:(?:first|latest|new|second)\s+)?(?:purchase|order|acquisition)\s+of)\b")


def _items_told_again(doc: Document, pos: int) -> bool:
    """Whether the noun at ``pos`` names goods, or the goods the sentence before counts ("three patrol boats ... the
    boats"), not "the works"."""
    if ITEMS.match(doc.text, pos) or doc.systems_in(pos, pos + 30):
        return True
    head = regex.match(r"[\w’'-]+", doc.text[pos:pos + 30])
    before = sentences_before(doc, pos)
    if head is None or before is None:
        return False
    word = head.group().lower().removesuffix("s")
    return any(it.group().split()[-1].lower().removesuffix("s") == word for it in ITEMS.finditer(doc.text, *before))


def _receiver_told_before(doc: Document, pos: int, seller: str | None) -> Actor | None:
    """The state whose forces the sentence before ``pos`` says will get the items ("The Belize Defence Force will take
    delivery of two landing craft next year."), when it is not the seller's."""
    before = sentences_before(doc, pos)
    for x in doc.mentions_in(*before) if before is not None else ():
        if x.code and x.code != seller and x.actor.kind != "company" and _RECEIVES.match(doc.text, x.end):
            return state_actor(x.code, x.actor.span)
    return None


def _dateline_buyer(doc: Document, seller: str | None) -> Actor | None:
    """The state the story is datelined in, as the buyer of a deal that names only its seller (not the seller's own)."""
    home = doc.dateline.country if doc.dateline is not None else None
    return state_actor(home, doc.dateline.span) if home and home != seller else None


# a body a state's adjective names, in the possessive: "The Nigerian Navy's (newest order)"
_OWNER_NAMED = regex.compile(r"(?:\s+\p{Lu}[\w’'-]*){1,4}['’]s\s")


def _firm_of_possessive(doc: Document, x: Mention) -> Mention:
    """The firm a possessive state owns ("Turkey's Dearsan", "Korea's Hanwha Aerospace"), or ``x``."""
    if x.possessive and x.actor.kind == "state":
        nxt = next(iter(doc.mentions_in(x.end, min(len(doc.text), x.end + 40))), None)
        if nxt is not None and nxt.actor.kind == "company" and nxt.code == x.code and not doc.text[x.end:nxt.start].strip(" ’'s"):
            return nxt
    return x


# the buyer told before the contract it signed: before a colon ("The Ghana Navy will get two patrol boats
# built in Istanbul: the deal with ...", "Four helicopters are headed for the Jamaica Defence Force: the
# contract ...", "Two vessels will be built in Goa for the Seychelles Defence Forces: the contract ..."),
# or as the source that reports it ("The Saudi General Authority for Military Industries said on Wednesday
# that a contract with Korea's Hanwha ... had been signed")
_BUYER_SIDE = regex.compile(
    r"(?i)\b(?:get|gets|getting|receive|receives|receiving|acquire|acquires|acquiring|buy|buys|buying|add|adds|adding|take\s+delivery)\b"
    r"|\b(?:headed|bound|destined)\s+for\b|\bon\s+(?:their|its|the)\s+way\s+to\b"
    r"|\b(?:built|made|produced|delivered|assembled|converted)\b[^:;.]{0,40}?\b(?:for|to)\b")
_COLON_LEAD = regex.compile(r":\s*\Z")
# "<source> said (on <day>) that": the rest of the reporting source's phrase and its verb
_SAID_THAT = regex.compile(
    r"(?i)[^,;:.]{0,60}?\s(?:has\s+|have\s+)?(?:said|says|announced|announces|confirmed|confirms|stated|states|reported|disclosed)"
    r"(?:\s+(?:on|in|last|this|earlier|late)\s+[\w ]{1,20}?)?(?:\s+that)?\s+")


_AFTER_LEAD = regex.compile(r"(?i)\b(?:after|following|thanks\s+to|under)\s+\Z")


def _buyer_told_first(doc: Document, start: int, firm_codes: set[str]) -> list[Mention]:
    """The buyer of a passive contract whose phrase names only the firm, told before it in the
    sentence: before a colon with a buyer's verb, or as the reporting source."""
    sentence = doc.sentence(start)
    lead = doc.text[sentence[0]:start]
    # (or before "after": "Ten vehicles are on their way to the PNG Defence Force after a contract ... was inked")
    if _COLON_LEAD.search(lead) or _AFTER_LEAD.search(lead):
        if not _BUYER_SIDE.search(lead):
            return []
        return [x for x in doc.mentions_in(sentence[0], start) if x.code and x.actor.kind != "company" and x.code not in firm_codes]
    source = [x for x in subject_at(doc, sentence[0], start) if x.code and x.actor.kind != "company" and x.code not in firm_codes]
    if source and _SAID_THAT.fullmatch(doc.text, source[-1].end, start):
        return source[:1]
    return []


# what a participle "signed ... by <parties>" qualifies: "The deal, signed in Oslo …", or, fronted,
# "Signed in Lima on Friday by …, the contract covers …"
# ("The contract for six PC-21 trainers, signed in Quito ... between the Ecuadorian Air Force and Pilatus")
_CONTRACT_BEFORE = regex.compile(r"(?i)\b(?:contract|deal|order|agreement)s?(?:\s+(?:for|with)\s+[^,;.()]{1,60})?\s*(?:\([^()]{1,40}\)\s*)?,\s*$")
_BY_AGENT = regex.compile(r"(?i)\b(?:by|between|with)\s")
# an agentless passive that tells a new contract: "A contract was signed on Monday with the Israeli company Elbit
# Systems for ..." ("The contract was signed in Baghdad by ..." tells again the one the story has told)
_CONTRACT_WAS = regex.compile(r"(?i)\b(?:a|an)\s+(?:[\w’'\p{Sc}.-]+\s+){0,4}?(?:contract|deal|order)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$")
_CONTRACT_AFTER = regex.compile(r"(?i),\s+(?:the|this|a|an)\s+(?:[\w’'\p{Sc}.-]+\s+){0,4}?(?:contract|deal|order)\b")


def _build_signed_by(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The deal, signed in Oslo on Tuesday by Norway's procurement agency and Kongsberg, is valued at
    …", "Signed in Lima on Friday by the Peruvian Navy and Hanwha Ocean, the contract covers two
    frigates": a contract named by a participle whose agents are the parties; firms sell, states buy."""
    ts, te = m.span("trigger")
    sentence = doc.sentence(ts)
    fronted = not doc.text[sentence[0]:ts].strip(" \t\n\"“‘'")
    agentless = _CONTRACT_WAS.search(doc.text, max(sentence[0], ts - 80), ts)
    if not (_CONTRACT_BEFORE.search(doc.text, max(0, ts - 80), ts) or agentless
            or (fronted and _CONTRACT_AFTER.search(doc.text, te, min(sentence[1], te + 200)))):
        return None
    by = _BY_AGENT.search(doc.text, te, min(sentence[1], te + 100))
    if by is None:
        return None
    parties = [x for x in objects_after(doc, by.start(), phrase_end(doc, by.end()), r"by|between|and|with", direct=True) if x.code]
    firms, states = _firms_and_states(parties)
    if not firms:  # "with the Swiss maker Mowag": the firm named after its description
        firms = [x for x in doc.mentions_in(by.end(), phrase_end(doc, by.end())) if x.code and x.actor.kind == "company"][:1]
    firm_states = {f.code for f in firms}
    states = [x for x in states if x.code not in firm_states]  # the firm's own state, not a party
    if firms and not states and by.group(0).lower().startswith("with"):
        # "The deal for four Piranha V, signed with the Swiss maker Mowag on the 9th, is worth CHF 48 million, the
        # Botswana Defence Force said": the buyer is the other state of the sentence
        states = [x for x in doc.mentions_in(*sentence) if x.code and x.actor.kind != "company" and x.code not in firm_states]
    if firms and not states and by.group(0).lower().startswith("with") \
            and _TO_OWN_FORCES.search(doc.text, by.end(), sentence[1]) \
            and (home := home_besides(doc, firms[0].code, sentence)
                 or (doc.home if doc.dateline is None and doc.home != firms[0].code else None)) is not None:
        # "MINISTRY OF DEFENCE OF AZERBAIJAN – INFORMATION / A contract was signed on Monday with the Israeli company
        # Elbit Systems for the supply of 12 drones to the Air Force": the release's own state buys for its forces
        return deal(m, doc, rule, seller=firms[0].actor, buyer=state_actor(home, doc.span(*by.span())), window=sentence)
    if not (firms and states):
        return None
    return deal(m, doc, rule, seller=firms[0].actor, buyer=states[0].actor, window=sentence)


# goods for forces no state qualifies: "for the supply of coastal radars to the Naval Forces"
_TO_OWN_FORCES = regex.compile(
    r"(?<![\w’'-])(?:to|for)\s+the\s+(?:Naval|Land|Air|Ground|Armed|Special\s+Operations)\s+Forces?\b|(?:to|for)\s+the\s+(?:Navy|Army|Air\s+Force|Coast\s+Guard)\b(?!['’]s)")


# "was awarded", "has been awarded": the winner is the subject, the buyer follows "from" or "by"
_PASSIVE_AUX = regex.compile(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
# "to supply K9 howitzers to Egypt": the buyer after the goods
_SUPPLY_VERB = r"to\s+(?:supply|deliver|provide|build|sell|export)\b"
_SUPPLY = regex.compile(rf"(?i)\b{_SUPPLY_VERB}")
# "selected by Lithuania to supply": the verb right after the agent
_SUPPLY_NEXT = regex.compile(rf"(?i)\s+{_SUPPLY_VERB}")
# the subject of "was awarded to": "a|the ($1bn) contract|order|deal (for ...)"
_AWARD_NOUN = regex.compile(r"(?i)\b(?:a|an|the|this|its)\s+(?:[^\s;]+\s+){0,6}?(?:contracts?|orders?|deals?)\b(?=[^;]*$)")
# "received orders from Moscow to withdraw": an order to do something other than supply goods is a command
_COMMAND = regex.compile(r"(?i)\bto\s+(?!(?:supply|deliver|provide|build|produce|manufacture|equip|sell|export|upgrade|replace)\b)[a-z]+")


# A US contract announcement names the foreign customer of a Foreign Military Sale later in the
# award's paragraph: "This contract involves (100%) Foreign Military Sales to Norway", "Fiscal 2025
# Foreign Military Sales (Estonia) funds", "... (FMS) for the governments of Japan and Australia"
_FMS_CUSTOMER = regex.compile(
    r"(?i)\bForeign\s+Military\s+Sales?\s+(?:\(FMS\)\s+)?(?:(?:funds?\s+)?(?:to|for)\s+(?:the\s+)?(?:(?:governments?|kingdom|republic)\s+of\s+(?:the\s+)?)?|\(\s*)")


# ... and names the contractor with its legal form and seat: "Lockheed Martin Aeronautics Co.,
# Greenville, South Carolina, has been awarded", "General Dynamics Electric Boat Corp., Groton,
# Connecticut, is awarded"
_CONTRACTOR_SEAT = regex.compile(
    r"(?:\s+(?:[\p{Lu}\d][\w&.’'-]*|and|of|&))*,\s+(?:[\p{Lu}][\w.’'-]*(?:\s+[\p{Lu}][\w.’'-]*){0,3},\s+){1,2}"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+")


def _contractor(doc: Document, ts: int) -> list[Mention]:
    """The firm that opens an announcement's sentence, before its seat, as the subject of "awarded" at ``ts``."""
    start = doc.sentence(ts)[0]
    first = next((x for x in doc.mentions_in(start, ts) if x.code), None)
    if first is None or first.actor.kind != "company" or doc.text[start:first.start].strip(" *\n\t") not in ("", "The") \
            or not _CONTRACTOR_SEAT.fullmatch(doc.text, first.end, ts):
        return []
    return [first]


def _fms_customer(doc: Document, ts: int) -> Actor | None:
    """The Foreign Military Sales customer the paragraph of an award at ``ts`` names, if any."""
    start = doc.text.rfind("\n\n", 0, ts) + 1
    end = doc.text.find("\n\n", ts)
    end = len(doc.text) if end < 0 else end
    for m in _FMS_CUSTOMER.finditer(doc.text, start, end):
        first = next((x for x in doc.mentions_in(m.end(), min(end, m.end() + 40))
                      if x.code and x.actor.kind not in ("company", "organisation", "group")), None)
        if first is not None and first.start == m.end():
            return first.actor
    return None


def _award_buyer(doc: Document, start: int, end: int, preps: str) -> Actor | None:
    """The buyer of an award: the first state (or its ministry or force) after ``preps``, then
    after "to supply ... to"; never the state of a firm ("from Germany's Rheinmetall")."""
    found = for_firms(doc, state_objects(doc, start, end, preps))
    supply = _SUPPLY.search(doc.text, start, end)
    if not found and supply is not None:
        found = for_firms(doc, state_objects(doc, supply.end(), end, "to"))
    return found[0].actor if found else None


def _build_awarded(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Saab won a SEK 8bn order from Thailand", "Poland awarded Hyundai Rotem a contract", "a
    contract was awarded to Hanwha by Australia": a firm (or a state) wins a foreign buyer's order."""
    ts, te = m.span("trigger")
    verb = m.group("trigger").split()[0].lower()
    end = phrase_end(doc, te)
    if civil_order(doc, ts, end):
        return None  # an airline's order, or airliners
    subject = [x for x in resolve_references(doc, subject_before(doc, ts), ts) if x.code]
    firms = [x for x in subject if x.actor.kind == "company"]
    states = [x for x in for_firms(doc, subject) if x.actor.kind != "company"]
    lead = None
    if verb in ("was", "were", "has", "have", "had"):
        # "a contract was awarded to <firm> (by <buyer>)": the contract is the subject
        noun = _AWARD_NOUN.search(doc.text, doc.clause(ts)[0], ts)
        if noun is None:
            return None  # "the prize was awarded to ...": no contract
        lead = noun.start()
        winner = [x for x in objects_after(doc, te, end, "to") if x.code][:1]
        seller = winner[0].actor if winner else None
        buyer = _award_buyer(doc, te, end, "by")
        if buyer is None:
            named = buyer_from_items(doc, doc.clause(ts)[0], ts, (ts, ts), seller.code if seller else None)
            buyer = named.actor if named else None
    elif verb == "awarded" and not _PASSIVE_AUX.search(doc.text, max(0, ts - 30), ts):
        # "<buyer> awarded <firm> a contract", "<buyer> awarded a contract to <firm>"
        winner = objects_after(doc, ts + len("awarded"), te, "to", direct=True) or objects_after(doc, te, end, "to")
        winner = [x for x in winner if x.code]
        seller = winner[0].actor if winner else None
        if seller is None:
            # "awarded the Piraeus-based Elefsis Shipyards a ... contract": a firm placed by its town
            town = _town_of_a_firm(doc, ts, te)
            seller = state_actor(town.country, town.span) if town is not None else None
        buyer = states[0].actor if states else None
    else:
        # "<firm> won|secured|was awarded a contract from|by <buyer>"
        if verb.startswith("receiv") and (not firms or _COMMAND.search(doc.text, te, end)):
            return None  # a command, not a sale
        seller = firms[0].actor if firms else (states[0].actor if states else None)
        passive = bool(_PASSIVE_AUX.search(doc.text, max(0, ts - 30), ts))
        buyer = _award_buyer(doc, te, end, "from|with|by" if passive else "from|with")
        if not subject and passive:
            firms = _contractor(doc, ts)
            seller = firms[0].actor if firms else None
        if buyer is None and passive and firms:
            # "Lockheed Martin Corp., Grand Prairie, Texas, was awarded a $187m contract for GMLRS pods
            # ... Foreign Military Sales (Estonia) funds", "... to procure six MH-60R for the government of Norway"
            buyer = _fms_customer(doc, ts) or _award_buyer(doc, te, end, "for")
        if buyer is None and not passive and firms:
            # "walked away from the show with a contract for two radars for the Indonesian Air Force": the buyer the goods are for
            buyer = _award_buyer(doc, te, end, "for")
    if seller is None or buyer is None:
        return None  # a firm's order from an unnamed customer tells no export
    return deal(m, doc, rule, seller=seller, buyer=buyer, lead=lead)



def _build_fms(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """An export licence or a government's approval of a sale ("Berlin approved the sale of 40
    Eurofighters to Türkiye"): planned. The seller is the approving state, the US for a Foreign
    Military Sale; a sale approved only as "possible" is vetoed by :func:`deal`."""
    to = objects_after(doc, m.end("trigger") - 3, doc.clause(m.start())[1], r"to")
    if not to:
        return None
    ts = m.start("trigger")
    fms = bool(regex.search(r"Foreign\s+Military", m.group("trigger")))  # the US programme
    approver = [x for x in doc.mentions_in(doc.clause(ts)[0], ts)  # "Germany's Federal Security Council"
                if x.code and x.code != to[0].code and x.actor.kind not in ("organisation", "group")]
    if approver:
        seller = state_actor(approver[0].code, approver[0].span) if approver[0].actor.kind == "company" else approver[0].actor
    else:
        seller = state_actor("USA") if fms else None
    return deal(m, doc, rule, seller=seller, buyer=to[0].actor, need_items=not fms)


_BY_AFTER = regex.compile(r"(?i)\s+by\s+")


# what may open a sentence before a fronted participle: a dateline, and "Built by Naval Group and"
_FRONTED_HEAD = regex.compile(
    r"(?:\p{Lu}[\p{Lu}\s.,'’-]+,\s[^()\n]{0,30}\(\w+\)\s*[-–—]\s*)?"
    r"(?:(?:Built|Made|Designed|Developed|Produced)\s+(?:in|by)\s+[^,;.]{1,50}?\s+and\s+(?:later\s+)?)?")


def _build_signed_relative(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "the contract for 24 FA-50 jets that Korea Aerospace Industries signed with the Philippine
    Department of National Defense last month": the signers stand between the noun and the verb,
    the other side after "with"; firms sell, states buy."""
    ts, te = m.span("trigger")
    subject = [x for x in resolve_references(doc, doc.mentions_in(m.end("rel"), ts), ts) if x.code]
    objects = [x for x in objects_after(doc, te, phrase_end(doc, te), "with") if x.code]
    firms, states = firms_and_states(subject, objects)
    states = [x for x in states if x.form not in ("organisation", "group", "pair")]
    if not subject or len(firms) > 1 or len(states) > 2:
        return None
    seller = firms[0].actor if firms else None
    buyer = states[0].actor if states and (firms or len(states) == 1) else None
    # two states: the items' maker sells ("the deal for the Cheongung-II that South Korea signed
    # with the UAE"), failing that the larger arms exporter (_sale.orient)
    parties = [x.actor for x in states] if len(states) == 2 and not firms else None
    sent = doc.sentence(ts)
    window = (m.start(), min(sent[1], phrase_end(doc, te) + 120))
    count = next(iter(doc.quantities_in(m.start("noun"), m.start("rel"))), None)
    return deal(m, doc, rule, seller=seller, buyer=buyer, parties=parties, purchase=True, window=window, count=count,
                lead=m.start())


_TO_RIGHT_BEFORE = regex.compile(r"\bto\s+\Z")
_SOLD = regex.compile(r"(?i)sold|supplied|built")  # the seller is the verb's agent: a state that signed with it buys


def _in_its_sentence(doc: Document, m: regex.Match[str], d: Draft | None) -> Draft | None:
    """``d`` with its evidence kept to the match's sentence (parties read from the sentence before do not widen it)."""
    if d is not None:
        d.evidence = (max(d.evidence[0], doc.sentence(m.start("trigger"))[0]), d.evidence[1])
    return d


def _build_under_contract(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The howitzers were ordered under a contract signed in Beijing in September 2023", "The two vessels were sold to
    Jakarta under a €1.18 billion contract signed in March 2024": the purchase the goods came under, dated by its
    signing. The parties come from the clause ("sold to Jakarta", "ordered from GSL", "between the Argentine Ministry of
    Defence and the Danish Ministry of Defence"), else from the sentence before, which tells the goods arriving."""
    ts, te = m.span("trigger")
    end = phrase_end(doc, m.end())
    to = [x for x in objects_after(doc, te, m.start("under"), r"to|by") if x.code and x.actor.kind != "company"]
    source = [x for x in objects_after(doc, te, m.start("under"), r"from") if x.code]
    signers = [x for x in objects_after(doc, m.end("noun"), end, r"with|between") if x.code]
    # ("sold to Jakarta": a capital read as a place)
    to_town = next((p for p in doc.places_in(te, m.start("under")) if p.country and p.span is not None
                    and _TO_RIGHT_BEFORE.search(doc.text, max(0, p.span.start - 8), p.span.start)), None)
    buyer = to[0].actor if to else (state_actor(to_town.country, to_town.span) if to_town else None)
    seller = source[0].actor if source else None
    before = sentences_before(doc, m.start(), 2)  # (the goods' arrival, perhaps followed by a sentence about them)
    window = (before[0] if before is not None else m.start(), end)
    if buyer is None and seller is None and len({x.code for x in signers}) == 2:
        # "between the Argentine Ministry of Defence and the Danish Ministry of Defence": the state where the goods
        # arrived (the sentence before, then the one before that) buys; failing that, the goods' maker or the larger
        # exporter sells
        for span in filter(None, (sentences_before(doc, m.start()), before)):
            told = {x.code for x in doc.mentions_in(*span)} | {p.country for p in doc.places_in(*span)}
            receivers = [x for x in signers[:2] if x.code in told]
            if len(receivers) == 1:
                seller = next(x.actor for x in signers[:2] if x is not receivers[0])
                return _in_its_sentence(doc, m, deal(m, doc, rule, seller=seller, buyer=receivers[0].actor, purchase=True, window=window))
        return _in_its_sentence(doc, m, deal(m, doc, rule, parties=[x.actor for x in signers[:2]], purchase=True, window=(m.start(), end)))
    firms = [x for x in signers if x.actor.kind == "company"]
    other = [x for x in signers if x.actor.kind != "company"]
    if not firms and len(other) == 1:
        # "acquired under the intergovernmental agreement concluded with the Kingdom of Sweden": the seller; "sold under a
        # contract signed with Indonesia": the buyer
        if _SOLD.match(m.group("trigger")) is None:
            seller = seller or other[0].actor
        else:
            buyer = buyer or other[0].actor
    seller = seller or (firms[0].actor if firms else None)
    if buyer is None and before is not None:
        # the state the goods came to, as the sentence before tells it ("The Tanzania People's Defence Force took delivery of
        # the first Norinco SH15 howitzers"), else the story's; not the seller's
        maker = seller.code if seller else next((x.code for x in doc.mentions_in(*window) if x.actor.kind == "company" and x.code), None)
        buyer = implied_buyer(doc, *sentences_before(doc, m.start()), maker)
    return _in_its_sentence(doc, m, deal(m, doc, rule, seller=seller, buyer=buyer, purchase=True, window=window))


def _build_background(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "the 36 trainers that Nairobi ordered from BAE in 2021", "the K9s ordered from Hanwha",
    "Ordered from Hanwha last year, the K9s ...": an order told as background to the items."""
    ts, te = m.span("trigger")
    sent = doc.sentence(ts)
    end = phrase_end(doc, te)
    src = state_objects(doc, te, end, "from") or [x for x in objects_after(doc, te, end, "from") if x.code]
    by = [x for x in objects_after(doc, te, end, "by") if x.code and x.actor.kind != "company"] \
        if _BY_AFTER.match(doc.text, te) else []
    seller = src[0].actor if src else None
    if doc.text[ts].isupper() or (ts > sent[0] and _FRONTED_HEAD.fullmatch(doc.text, sent[0], ts)):
        # fronted participle: the items follow the comma ("Ordered from Hanwha last year, the K9s ...")
        comma = doc.text.find(",", te, min(sent[1], te + 120))
        if comma < 0 or not _FRONTED_HEAD.fullmatch(doc.text, sent[0], ts):
            return None
        head = regex.match(r"\s*(?:the|its|their|these|those|all|(?:[\w’'-]+['’]s?))?\s*(?:[\w’'-]+\s+){0,4}?", doc.text[comma + 1:comma + 80])
        span = (comma + 1, comma + 1 + (head.end() if head else 0) + 40)
        found = doc.systems_in(*span) or list(ITEMS.finditer(doc.text, *span))
        if not found:
            return None
        window = (sent[0], min(sent[1], span[1] + 40))
        owner = buyer_from_items(doc, comma, span[1], (comma, comma), seller.code if seller else None)
        buyer = by[0].actor if by else (owner.actor if owner else None)
        if buyer is None:
            buyer = implied_buyer(doc, comma, sent[1], seller.code if seller else None)
        count = next(iter(doc.quantities_in(comma, span[1])), None)
        return deal(m, doc, rule, seller=seller, buyer=buyer, purchase=True, window=window, count=count)
    subject = [x for x in subject_before(doc, ts) if x.code]
    items = items_before(doc, ts, sent[0])  # "the K9s bought from Hanwha": a participle, no subject
    if items is not None:
        subject = []
    elif subject:
        items = items_before(doc, subject[0].start, sent[0])  # "the K9s [that] Oslo bought"
    if items is None:
        return None
    states = [x for x in subject if x.actor.kind != "company"]
    if subject and not states:
        return None  # "the shares Rheinmetall bought": a firm buying is corporate business
    pronoun = regex.search(r"(?i)\b(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:\w+\s+)?$", doc.text[items[1]:ts])
    if states:
        buyer: Actor | None = states[0].actor
    elif by:
        buyer = by[0].actor
    else:
        owner = buyer_from_items(doc, max(sent[0], items[0] - 40), items[1], (items[0], items[0]), seller.code if seller else None)
        buyer = owner.actor if owner else None
        if buyer is None and pronoun:
            lead = [x for x in leading_subject(doc, ts) if x.actor.kind != "company"]
            buyer = lead[0].actor if lead else None
        if buyer is None:
            buyer = implied_buyer(doc, sent[0], items[0], seller.code if seller else None) \
                or implied_buyer(doc, te, sent[1], seller.code if seller else None)
    quantities = [q for q in doc.quantities_in(max(sent[0], items[0] - 40), items[1] + 1) if q.span.end >= items[1] - 1]
    window = (max(sent[0], items[0] - 40), te)
    count = quantities[-1] if quantities else None
    lead = min(items[0], count.span.start) if count is not None and count.span else items[0]
    return deal(m, doc, rule, seller=seller, buyer=buyer, purchase=True, window=window, count=count, lead=lead)


# what says the arrival is a delivery, not a deployment
_DELIVERY_CUE = regex.compile(
    r"(?i)\b(?:batch(?:es)?|shipments?|consignments?|deliver\w*|ferry|ferried|factory|production\s+line|assembly\s+line|"
    r"ordered|purchased|bought|acquired|contract\w*|newly[\s-]built|brand[\s-]new|cargo\s+ship|ro-ro|"
    r"first\s+(?:\w+\s+){0,2}?(?:of|out\s+of)\s+(?:the\s+)?\d+|(?:first|initial|last|final|remaining)\s+(?:\w+\s+)?(?:of\s+)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))\b")


# a unit of a state's forces, or a deployment, told in the sentence: forces arriving, not goods delivered
_FORCES_ARRIVE = regex.compile(
    r"(?i)\b(?:battery|batteries|detachment|unit|squadron)\s+(?:from|of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:Army|Navy|Air\s+Force|Armed\s+Forces|Marines?)\b"
    r"|\bfor\s+an?\s+(?:[\w-]+\s+){0,2}?(?:deployment|rotation)\b")


# "expects the frigates bought from Britain to arrive", "are due to be unloaded": an arrival still to come,
# told as what someone expects or plans, a step of a sale made before
_TO_COME = regex.compile(r"(?i)\bto\s+(?:be\s+)?\Z")


def _build_arrival(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The first two KC-390s touched down at Lisbon after a ferry flight from Brazil", "the
    first batch of K2 tanks arrived in Gdynia from South Korea": a delivery told as an arrival.
    The buyer owns the items or receives them at home; the seller is the origin or the maker."""
    ts, te = m.span("trigger")
    clause = doc.clause(ts)
    sent = doc.sentence(ts)
    a, b = clause[0], min(clause[1], te + 200)
    systems = doc.systems_in(a, ts)
    if not (systems or DELIVERED.search(doc.text, a, ts)) or PEOPLE.search(doc.text, a, ts):
        return None
    if _TO_COME.search(doc.text, max(a, ts - 40), ts):
        return None  # "expects the last frigates bought from Britain to arrive by 2028": a delivery still to come
    if _FORCES_ARRIVE.search(doc.text, *sent):
        return None  # "A NASAMS battery from the Norwegian Army's air defence battalion arrived ... for a two-month deployment"
    origin = [x for x in state_objects(doc, a, b, "from") if x.form in ("name", "alias")]
    owner = buyer_from_items(doc, a, ts, (ts, ts), None)
    owner = owner if owner is not None and not regex.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, owner.start - 12):owner.start]) else None
    dest = destination(doc, te, b)
    reached = regex.match(r"\s+(?:the\s+)?", doc.text[te:te + 6]) if m.group("trigger").lower() == "reached" else None
    if reached is not None:
        # "reached Lithuania": the direct object is where the items arrive
        first = [x for x in doc.mentions_in(te, b) if x.code and x.actor.kind != "company" and x.start == te + reached.end()]
        dest = first[0].actor if first else dest
    if owner is not None and dest is not None and owner.code != dest.code:
        return None  # "British Typhoons arrived in Romania": a deployment, not a delivery
    buyer = owner.actor if owner is not None else dest
    if buyer is None:
        return None
    # the makers' and firms' states in text order (never a set's order, which changes with the hash seed)
    makers = [c for _, c in sorted([(s.start, s.country) for s in systems if s.country]
                                   + [(x.start, x.code) for x in doc.mentions_in(a, b) if x.actor.kind == "company" and x.code])]
    seller = next((x.actor for x in origin if x.code != buyer.code), None)
    cue = _DELIVERY_CUE.search(doc.text, max(sent[0], a - 40), b) or (seller is not None and seller.code in makers)
    if not cue:
        return None
    if seller is None:
        maker = next((c for c in makers if c != buyer.code), None)
        seller = state_actor(maker) if maker else None
    if seller is None:
        return None
    return deal(m, doc, rule, seller=seller, buyer=buyer, purchase=True, window=(a, b), lead=items_start(doc, a, ts))


def _build_handed_over(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Two frigates were handed over to the Philippine Navy at the Hyundai Heavy Industries
    shipyard": a passive hand-over; the seller is the one "by" whom, the firm named, or the maker."""
    ts, te = m.span("trigger")
    clause = doc.clause(ts)
    if not (doc.systems_in(clause[0], ts) or DELIVERED.search(doc.text, clause[0], ts)) or PEOPLE.search(doc.text, clause[0], ts):
        return None
    end = phrase_end(doc, te)
    by = [x for x in objects_after(doc, te, min(clause[1], te + 200), "by") if x.code]
    seller = by[0].actor if by else None
    to = state_objects(doc, te, min(clause[1], te + 120), "to")
    # "Poland's first Apaches were delivered by Boeing": with no "to", a named system and a named
    # deliverer are needed, and the owner of the items buys
    owner = buyer_from_items(doc, clause[0], ts, (ts, ts), seller.code if seller else None) \
        if not to and seller is not None and doc.systems_in(clause[0], ts) else None
    buyer = to[0].actor if to else (owner.actor if owner is not None and owner.start < ts else None)
    if buyer is None:
        # "The last FDI frigate Naval Group built for Greece was handed over to the navy", "The first K9 battery for
        # the Estonian Defence Forces was handed over at Hanwha's plant": the state the goods were built or are for
        made_for = state_objects(doc, doc.sentence(ts)[0], ts, "for")
        buyer = made_for[0].actor if made_for else None
    if buyer is None:
        return None
    if seller is None:
        # "handed over to the Royal Thai Navy in Okpo": a hand-over at a yard abroad, the maker's state
        yard = place_after(doc, te, min(clause[1], te + 200))
        if yard is not None and yard.country and yard.country != buyer.code:
            seller = state_actor(yard.country, yard.span)
    return deal(m, doc, rule, seller=seller, buyer=buyer, window=(clause[0], max(end, min(clause[1], te + 200))),
                 lead=items_start(doc, clause[0], ts))


# what says a hand-over told as a noun happened: "The handover of ... took place|was held",
# "Deliveries of ... began"; or an act on it before: "marked|attended the handover of"
_HANDOVER_HAPPENED = regex.compile(
    r"(?i)\b(?:took\s+place|(?:was|were)\s+(?:(?:formally|officially)\s+)?(?:held|completed|marked|celebrated|finali[sz]ed|carried\s+out)|"
    r"(?:has|have)\s+(?:now\s+)?(?:begun|started|been\s+completed)|began|started|commenced|got\s+under\s*way)\b")
_HANDOVER_ACT = regex.compile(
    r"(?i)\b(?:marked|attended|witnessed|celebrated|completed|oversaw|presided\s+over|hosted|held)\s+(?:a\s+|the\s+)?"
    r"(?:(?:formal|official|ceremonial)\s+)?(?:ceremony\s+(?:for|of)\s+the\s+)?$")
_HANDOVER_HEAD = regex.compile(r"(?i)(?:[.;:!?]\s+|\bthe\s+(?:(?:formal|official|ceremonial|first|initial|final)\s+)?)$")


def _build_handover_noun(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The handover of 12 K9 howitzers from Hanwha Aerospace to the Estonian Defence Forces took
    place at Tapa on Tuesday", "Deliveries of Leopard 2A8 tanks to Lithuania began on Thursday",
    "A ceremony on Monday marked the handover of two frigates to the Philippine Navy": a hand-over
    or delivery told as a noun that is said to have happened. The buyer follows "to"; the seller
    follows "from" or "by", or is the yard's state or the maker."""
    ts, te = m.span("trigger")
    sent = doc.sentence(ts)
    act = _HANDOVER_ACT.search(doc.text, max(sent[0], ts - 60), ts)
    if act is None and ts != sent[0] and not _HANDOVER_HEAD.search(doc.text, max(sent[0], ts - 30), ts):
        return None
    end = min(sent[1], te + 220)
    if act is None:
        happened = _HANDOVER_HAPPENED.search(doc.text, te, end)
        if happened is None:
            return None
        end = happened.start()
    to = state_objects(doc, te, end, "to")
    if not to:
        return None
    goods_end = to[0].start
    if not (doc.systems_in(te, goods_end) or DELIVERED.search(doc.text, te, goods_end)) or PEOPLE.search(doc.text, te, goods_end):
        return None
    buyer = to[0].actor
    source = [x for x in objects_after(doc, te, end, "from|by") if x.code and x.code != buyer.code]
    seller = source[0].actor if source else None
    if seller is None:
        yard = place_after(doc, sent[0], min(sent[1], to[0].end + 120))
        if yard is not None and yard.country and yard.country != buyer.code:
            seller = state_actor(yard.country, yard.span)
    return deal(m, doc, rule, seller=seller, buyer=buyer, window=(ts, max(end, min(sent[1], te + 200))))



# a sum of money ahead ("US$45 million", "NOK 19 billion", "6 billion CFA francs"), not a share ("3% of its GDP")
# a character inside a clause: not a sentence stop, though a decimal point inside a number ("€1.4 billion") is one
def _build_items_bought(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "Twenty Otokar Arma armoured vehicles, bought for US$60 million, will go to the Kazakh airborne
    brigade": the items are the subject, their purchase a reduced relative, and the buyer is the state
    of the unit they go to or equip; the seller is the firm named with the items (or their maker)."""
    ts = m.start("trigger")
    sentence = doc.sentence(ts)
    goes = m.end("goes")
    buyers = [x for x in doc.mentions_in(goes, min(sentence[1], goes + 60)) if x.code and x.actor.kind == "state"
              and x.form in ("demonym", "name", "alias", "institution")]
    if not buyers:
        return None  # "will go to the council": no forces of a state
    firms = [x for x in doc.mentions_in(sentence[0], ts) if x.code and x.actor.kind == "company"]
    return deal(m, doc, rule, seller=firms[0].actor if firms else None, buyer=buyers[0].actor, purchase=True,
                window=sentence, lead=sentence[0])


_CAPITALISED_NEXT = regex.compile(r"['’]s?\s+\p{Lu}")


def _build_come_from(m: regex.Match[str], doc: Document, rule: Rule) -> Draft | None:
    """ "The Kenyan Defence Forces announced their first purchase of armed drones. The TB2 drones will come from
    Türkiye's Baykar under a US$60 million contract, signed on Wednesday": the items are the subject, the seller
    the firm they come from, and the buyer the forces the sentence before says will get them (or the story's state)."""
    ts, te = m.span("trigger")
    sentence = doc.sentence(ts)
    if not (doc.systems_in(sentence[0], ts) or ITEMS.search(doc.text, sentence[0], ts)):
        return None  # "The money will come from the national budget under a contract ...": no goods
    # (the firm, after its state's possessive: "from Türkiye's Baykar"; a firm no list knows, by that state: "by Spain's
    # Cardama Shipyard")
    named = next((x for x in doc.mentions_in(te, m.end()) if x.code), None)
    source = _firm_of_possessive(doc, named) if named is not None else None
    if source is not None and source.actor.kind != "company" \
            and not (source.possessive and source.actor.kind == "state" and _CAPITALISED_NEXT.match(doc.text, source.end)):
        source = None
    if source is None:
        return None  # "will come from the national budget", "from stocks": no seller
    buyer = _receiver_told_before(doc, ts, source.code)
    if buyer is None and (home := home_besides(doc, source.code, sentence)) is not None:
        buyer = state_actor(home)
    if buyer is None:
        return None
    return deal(m, doc, rule, seller=source.actor, buyer=buyer, purchase=True, window=sentence, lead=sentence[0])


_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"
_SUM_AHEAD = r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?(?:\p{Sc}|(?-i:[A-Z]{1,3}\$|[A-Z]{3}\s?\d)|\d(?![\d.,]*\s*(?:%|per\s*cent|percent)))"

RULES = (
    Rule(
        id="export_deal.sale_noun",
        cues=("export", "arms", "defen", "weapon", "military", "sale", "purchase", "procurement", "supply",
              "acquisition", "government", "g2g", "offset", "production", "licen"),
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
            # the giver of an export order buys
            Ex("Zen Technologies has received an export order from the Egyptian Ministry of Defence worth USD 24 million for anti-drone systems.",
               participants=["EGY", "IND"], seller="IND", buyer="EGY", money="24000000 USD"),
        ),
        counterexamples=(
            # a firm's book, a state's own budget
            "Paramount Group declined to comment. Last year the company booked export orders worth more than $1.5 billion.",
            "In 2022 Japan unveiled a JPY 500 billion defence package for its southwestern islands, including drones and a radar.",
            # a firm's figures and the orders it expects
            "Kongsberg posted order intake of NOK 20 billion for 2024, up 12%, and said it expected more export orders for the NASAMS.",
            "The supermarket agreed a £200m supply contract for fresh vegetables.",
            "Britain and India sealed a trade agreement worth £25bn a year.",
            "The defence deal could be worth up to $10bn if Congress agrees.",
            "The Royal Australian Navy awarded BAE Systems Australia a A$400m support contract to sustain its Anzac frigates.",
            # a compound before the goods names their makers, not a seller and a buyer
            "It is the biggest export order yet for the jointly developed Pakistani-Chinese fighter.",
            "The Franco-Italian SAMP/T system has won its first export order.",
            "It was the first export contract for the German-Norwegian Type 212CD submarine.",
            # a contract still being worked out
            "A government-to-government contract for 18 Gripen fighters with Thailand is close to completion and may be signed by June, officials said.",
            "The deal for 26 Rafale Marine jets with India remains under negotiation.",
            # a question put in a written question asks, it does not tell
            "Question: What procurement contracts has the Dutch army concluded with Sweden since 2020, and at what cost?",
        ),
    ),
    Rule(
        id="export_deal.deal_worth",
        cues=("deal", "contract", "order", "agreement", "package", "sale"),
        summary="a deal|contract|order worth|valued at <money> (with weapons in the clause)",
        pattern=rf"""(?P<trigger>\b(?:deal|deals|contract|contracts|order|orders|agreement|package|sale)\b)\s+(?:(?:worth|valued\s+at|totall?ing|of)\s+(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|an\s+estimated)\s+)?{MONEY_WORDS}|(?:worth|valued\s+at)\s+\d)""",
        build=_build_worth,
        priority=1,
        examples=(
            Ex("Norway has chosen the Type 26 frigate from BAE Systems in a deal worth £10bn.",
               participants=["GBR", "NOR"], money="10000000000 GBP", buyer="NOR", seller="GBR"),
            # "with the <demonym> shipyard <firm>": the yard sells, whatever the two states' export ranks
            Ex("On Tuesday, the Cameroon Navy concluded a contract worth €30 million with the Greek shipyard Elefsis for two patrol boats.",
               published="2025-06-11", participants=["CMR", "GRC"], seller="GRC", buyer="CMR", date="2025-06-10"),
        ),
        counterexamples=(
            "The carmaker signed a deal worth $2bn with a battery supplier.",
            # a firm's order from a buyer not named: no export deal can be told
            "Rheinmetall won an order worth €300m for 155mm shells from an undisclosed European customer.",
            "Saab received an order worth SEK 1.2bn for Carl-Gustaf ammunition, the company said.",
        ),
    ),
    Rule(
        id="export_deal.sum_noun",
        cues=("deal", "contract", "order", "purchase", "acquisition", "package"),
        summary="(<buyer>'s) <money> deal|contract|order for|of <items> (, struck|signed) with <seller>",
        pattern=r"""(?P<trigger>\b(?i:deals?|contracts?|orders?|purchases?|acquisitions?|packages?)\b)(?=\s+(?:for|of|covering)\s)""",
        build=_build_sum_noun,
        priority=1,
        examples=(
            Ex("Zambia's US$45m deal for six K-8 trainers with China's CATIC was confirmed on Monday.", published="2026-02-04",
               participants=["CHN", "ZMB"], seller="CHN", buyer="ZMB", money="45000000 USD", date="2026-02-02"),
            Ex("Ghana's defence ministry said the $120 million order for four Turkish Hisar-class patrol vessels with Dearsan was "
               "signed in Istanbul on Friday.", published="2025-07-14", participants=["GHA", "TUR"], seller="TUR", buyer="GHA",
               date="2025-07-11"),
            Ex("The Philippine Navy’s ₱28-billion contract for two corvettes from Hyundai Heavy Industries was signed last December.",
               published="2025-03-10", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", date="2024-12"),
        ),
        counterexamples=(
            "Nairobi's $2bn deal for electric buses with BYD was signed on Monday.",
            "The $45m contract for the new military hospital in Lusaka went to a local builder.",
            "A $300m order for Airbus A320neo airliners from Vietnam Airlines was booked on Monday.",
            "The US$45m deal for six K-8 trainers could still fall through, officials in Lusaka warned.",
        ),
    ),
    Rule(
        id="export_deal.sell_to",
        cues=("sell", "sold", "supp", "deliver", "export", "transfer", "hand", "equip", "provid", "furnish", "sale"),
        summary="<seller> sold|supplies|delivered|exports <items> to <buyer> | supplied|equipped|provided <buyer> with <items>",
        pattern=r"""(?P<trigger>\b(?i:sell|sells|sold|selling|supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|export|exports|exported|exporting|transfer|transfers|transferred|hand\s+over|handed\s+over
                    # only as "equip|provide|furnish <buyer> with <goods>" (the build checks the "with")
                    |(?:equip|equips|equipped|equipping|provide|provides|provided|providing|furnish|furnishes|furnished|furnishing)(?=\s+(?:the\s+)?(?-i:\p{Lu})))\b)(?!\s+of\b)
                    # a sale its seller completed: "Leonardo finalised in June a sale of M-346 trainers to Nigeria"
                    |(?<=\b(?i:completed|concluded|finali[sz]ed|sealed|closed|clinched|secured)\s+(?:[^.;]{2,30}?\s+)?(?i:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?)
                     (?P<trigger>(?i:sale))(?=\s+of\s)""",
        build=_build_sell,
        examples=(
            # a yard the gazetteer knows by its group's short name
            Ex("HD Hyundai handed over the second of two frigates to the Peruvian Navy at Ulsan on Monday.",
               published="2025-04-09", participants=["KOR", "PER"], seller="KOR", buyer="PER", date="2025-04-07", location="Ulsan"),
            Ex("South Korea delivered the first 10 K2 tanks to Poland in December.",
               published="2026-01-20", participants=["KOR", "POL"], seller="KOR", buyer="POL", date="2025-12"),
            Ex("France will supply 12 Caesar howitzers to Armenia under a contract signed this week.",
               participants=["ARM", "FRA"], status="completed"),
            # the goods' condition and class are part of the item phrase, not a block to it
            Ex("Japan sold six used Abukuma-class destroyers to the Philippines.",
               participants=["JPN", "PHL"], seller="JPN", buyer="PHL", quantity=6, items=["Abukuma-class destroyers"]),
            Ex("Japan will sell six used destroyer escorts to the Philippines.",
               participants=["JPN", "PHL"], seller="JPN", buyer="PHL", status="planned", items=["destroyer escorts"]),
            Ex("Britain sold three second-hand Type 23 frigates to Chile in 2005.",
               participants=["CHL", "GBR"], seller="GBR", buyer="CHL", quantity=3, date="2005"),
            Ex("Italy will sell two refurbished ex-Navy Maestrale-class frigates to Indonesia.",
               participants=["IDN", "ITA"], seller="ITA", buyer="IDN", quantity=2, items=["Maestrale-class frigates"]),
            # the buyer as the direct object, the goods after "with"
            Ex("Under the contract, Embraer will supply the Portuguese Air Force with five KC-390 airlifters for €827 million.",
               participants=["BRA", "PRT"], seller="BRA", buyer="PRT", quantity=5, money="827000000 EUR", status="planned"),
            Ex("Hanwha equipped the Egyptian Army with 100 K9A1 howitzers in 2024.",
               participants=["EGY", "KOR"], seller="KOR", buyer="EGY", quantity=100, date="2024"),
            Ex("Seoul will provide Manila with two more Jose Rizal-class frigates.",
               participants=["KOR", "PHL"], seller="KOR", buyer="PHL", quantity=2, status="planned"),
            # the buyer named in "built for"; "the first of three" counts no goods
            Ex("State-owned Navantia handed over the first of three corvettes built for the Saudi navy during a ceremony at its San "
               "Fernando yard on Friday.", published="2025-10-15", participants=["ESP", "SAU"], seller="ESP", buyer="SAU",
               quantity=None, date="2025-10-10"),
            Ex("Thales Australia will supply 30 Hawkei light vehicles to the Republic of Fiji Military Forces under a contract signed in Suva on Tuesday.", published="2026-03-20", participants=["AUS", "FJI"], seller="AUS", buyer="FJI", quantity=30),
            # a firm the company list lacks, placed by its town (actors: unlisted firms)
            Ex("Gdynia-based Stocznia Wisła has sold four patrol boats to the Latvian Navy for €18 million, the yard said on Monday.",
               published="2025-06-11", participants=["LVA", "POL"], seller="POL", buyer="LVA", date="2025-06-09"),
            # a sale its seller completed, a time between the verb and the sale
            Ex("Embraer finalised in March a sale of four A-29 Super Tucanos to Paraguay’s air force, worth $100 million.",
               published="2025-07-15", participants=["BRA", "PRY"], seller="BRA", buyer="PRY", date="2025-03", quantity=4),
            Ex("Hanwha sealed last week the sale of 18 K9 howitzers to Vietnam’s army.", published="2025-07-15",
               participants=["KOR", "VNM"], seller="KOR", buyer="VNM"),
            # an unlisted maker opening the sentence, its state in the apposed speaker
            Ex("Aeralis has sold six trainer jets to Kenya, the British manufacturer said on Tuesday.",
               published="2025-06-11", participants=["GBR", "KEN"], seller="GBR", buyer="KEN"),
            # "The company" pointing back at the firm named before
            Ex("Otokar's plant in Sakarya has a new export customer. The company completed on Friday the sale of 20 Cobra II vehicles "
            "to the Rwandan Army for $30 million.", published="2025-06-11", participants=["RWA", "TUR"], seller="TUR", buyer="RWA",
               date="2025-06-06"),
        ),
        counterexamples=(
            # premises handed over, not goods
            "France on Thursday handed over Camp Geille, its last and largest military base in Senegal, to the Senegalese army.",
            "France handed over the Port-Bouët military camp to the Ivorian army on Monday.",
            # a cumulative record, undated ("has also sold"): background, not a deal of the story
            "Elbit, which has also sold the PULS to Denmark, Spain and the Netherlands, is raising output at Haifa to 5 launchers a month.",
            # a region is no buyer ("Latin America" is not the US)
            "South Korea has landed its first tank export to Latin America.",
            # undated background: "has previously supplied"
            "Bulgaria has previously supplied Ukraine with shells paid for by Denmark.",
            # farm goods are no arms
            "China has supplied Sinotruk trucks and Foton tractors to Zambia for its farm sector.",
            "The government sold its stake in the steel firm to a Dutch buyer.",
            "Farmers supplied grain to Egypt at record prices.",
            "Germany would supply Taurus missiles to Ukraine only if allies agreed.",
            # grants are aid, even when the aid wording follows the object
            "The Japanese Embassy handed over six patrol boats to the Sri Lanka Navy on Monday as grant aid.",
            "The United States handed over two Cessna aircraft to the Philippine Air Force under its Foreign Military Financing grant programme.",
            "China handed over 20 armoured vehicles to Cambodia as a grant.",
            "The Japanese Embassy in Colombo handed over six patrol boats to the Sri Lanka Navy on Monday.",
            "Japan handed over two radar systems to the Philippine Navy on Monday as part of its Official Security Assistance.",
            # a bid or a competition is not a sale
            "Hanwha Aerospace has submitted a bid to supply K9 howitzers to the Vietnamese army.",
            "Rheinmetall and Hanwha are competing to supply infantry fighting vehicles to Australia.",
            # old warships sold for scrap
            "Japan sold its decommissioned destroyers for scrap to a Turkish shipbreaker.",
            # "provide <state> with" money, training or intelligence is no sale; a long record is no one deal
            "Canada will provide Latvia with C$30 million in military assistance this year.",
            "Britain provided Kenya with training for its peacekeepers in Nanyuki.",
            "France supplied Chad with intelligence on the rebel columns.",
            "Israel has long supplied Azerbaijan with drones and loitering munitions.",
            "Israel has long supplied drones and loitering munitions to Azerbaijan.",
            "Canada will supply C$30 million in military assistance to Latvia this year.",
            "Norway will provide Ukraine with a NOK 2 billion military support package that includes air defence missiles.",
            # a flow of trade is no one sale; relief goods are no arms
            "MPs questioned Germany's arms exports to Turkey in a debate on Thursday.",
            "HMAS Adelaide delivered water tanks and generators to villages in Fiji on Sunday.",
            # a package handed over is aid
            "Lithuania has handed over a further package of anti-drone jammers to Ukraine.",
            # a firm's property or stake sold: no arms
            "The company closed the sale of its headquarters to a property fund in June.",
            "Leonardo completed the sale of its stake in the joint venture to Nigeria in June.",
            # the speaker is someone else: no state for the maker
            "Aeralis has sold six trainer jets to Kenya, a British official said on Tuesday.",
        ),
    ),
    Rule(
        id="export_deal.listed",
        cues=("contract", "order", "deal"),
        summary="<buyer> signed N|the following contracts: / 1. (with <firm>,) a contract (with <firm>) for <items>, worth <money>",
        pattern=r"""(?<=(?:^|\n)[^\S\n]*(?:\d{1,2}[.)]|\(?[a-z]\)|[•▪◦·*–-])[^\S\n]+(?:(?i:with)\s+[^,;\n]{2,60},\s+)?)
                    (?P<trigger>(?i:an?|one)\s+(?:[\w-]+\s+){0,3}?(?i:contract|order|deal|purchase\s+agreement))\b""",
        build=_build_listed,
        examples=(
            Ex("Manila's defence department signed three contracts on Monday:\n(a) a contract with Hanwha Ocean for two corvettes, "
               "worth PHP 28 billion;\n(b) a contract with Elbit Systems for coastal radars, worth PHP 4 billion.",
               published="2026-05-22", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", money="28000000000 PHP",
               date="2026-05-18"),
            # the firm before the contract; the lead continues the scene of the sentence before
            Ex("The Indonesian and French defence ministers met in Jakarta on Tuesday.\n\nIn their presence the Indonesian "
               "ministry then signed two contracts:\n1. with Naval Group, a contract for two Scorpène submarines (EUR 2 billion);"
               "\n2. with MBDA, a contract for Exocet missiles (EUR 150 million).", published="2025-03-14",
               participants=["FRA", "IDN"], seller="FRA", buyer="IDN", money="2000000000 EUR", date="2025-03-11"),
        ),
        counterexamples=(
            # a list of agenda points or of texts signed, not of contracts with firms
            "The two ministers signed the following documents:\n1. a memorandum on pilot training;\n2. a protocol on border patrols.",
            # items under a lead that signs nothing
            "The ministry is weighing three offers:\n(a) a contract with Saab for Gripen jets;\n(b) a deal with Dassault for Rafales.",
            # a bulleted list with no lead
            "• a contract with Otokar for armoured vehicles was cancelled last year.",
        ),
    ),
    Rule(
        id="export_deal.build_for",
        cues=("build", "built", "construct", "produc", "manufactur"),
        summary="<maker> will build|builds|is building <items> for <buyer> under a <money> contract|in a deal worth <money>",
        # ("a Turkish-built patrol vessel": an adjective, not the verb)
        pattern=r"""(?P<trigger>\b(?<![-‐])(?i:build|builds|building|built|construct|constructs|constructing|constructed|produce|produces|producing|produced
                    |manufacture|manufactures|manufacturing|manufactured))\b(?=[^.;]{3,120}?\bfor\s)""",
        build=_build_for,
        needs_date=True,
        examples=(
            Ex("Hanwha Ocean will build three submarines for the Philippine Navy under a $2 billion contract signed on Friday.",
               published="2025-06-12", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", quantity=3,
               money="2000000000 USD", date="2025-06-06", status="completed"),
            Ex("Turkey's STM will build two corvettes for the Pakistan Navy under a contract worth about $1.5 billion signed in Karachi "
               "last month.", published="2025-06-12", participants=["PAK", "TUR"], seller="TUR", buyer="PAK", quantity=2,
               date="2025-05"),
            Ex("Damen Shipyards will construct four patrol vessels for the Mexican Navy in a deal worth €400 million, the company "
               "said on Tuesday.", published="2025-06-12", participants=["MEX", "NLD"], seller="NLD", buyer="MEX", quantity=4),
            # a firm described in an apposition that names a place, then an auxiliary
            Ex("Damen, the Dutch shipbuilder headquartered in Gorinchem, will build four corvettes for the Mexican Navy under a contract signed in Mexico City on Thursday.",
               published="2025-09-10", participants=["MEX", "NLD"], seller="NLD", buyer="MEX", quantity=4, date="2025-09-04"),
        ),
        counterexamples=(
            # built for its own state: no sale across a border
            "Fincantieri is building two more frigates for the Italian Navy under a contract signed in 2020.",
            # no contract told: a capability, an offer or a plan
            "Naval Group could build four submarines for the Royal Netherlands Navy.",
            "KAI builds trainers for several air forces in Asia.",
            "Rheinmetall will build a new ammunition plant for Lithuania under an agreement signed on Monday.",
            # work under way on an older contract, undated: background
            "Hanwha Ocean is also building four offshore patrol vessels for Peru under an existing contract.",
            "Navantia is building five corvettes for Saudi Arabia under a separate contract.",
            "Hyundai is also building six patrol vessels for Chile under an existing contract, the first of which was launched in April.",
        ),
    ),
    Rule(
        id="export_deal.value_follow_up",
        cues=("the", "this", "it"),
        summary="(follow-up) The deal|contract|order, worth <money>, ... / The contract is valued at <money>",
        pattern=r"""(?P<trigger>\b(?:The|the|This|this)\s+(?:(?:[\w’'-]+\s+){0,2}?)(?:deal|contract|order|purchase|package|sale|acquisition|programme|program))
                    (?=\s*,?\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:(?:reportedly|reported|said\s+to\s+be)\s+)?)?(?:worth|valued\s+at|estimated\s+at|priced\s+at)\s)
                    # "Going by the ministry's figures, it is worth NOK 1 billion": a sum right after (not "it is worth noting")
                    |(?P<trigger>\b(?:It|it))(?=\s+(?:is|was)\s+(?:(?:reportedly|said\s+to\s+be)\s+)?(?:worth|valued\s+at|priced\s+at)\s+
                        (?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|more\s+than|over|up\s+to|just\s+under)\s+)?(?:\p{Sc}|[A-Z]{1,3}\$|[A-Z]{3}\s|\d))""",
        build=_build_value_follow_up,
        examples=(
            Ex("Indonesia ordered 42 Rafale fighters from France. The deal, worth $8.1 billion, was signed in Jakarta.",
               participants=["FRA", "IDN"], money="8100000000 USD", seller="FRA", buyer="IDN"),
            Ex("Peru ordered 24 K2 tanks from South Korea on Friday. The contract is valued at about $1.1bn.",
               published="2025-06-12", participants=["KOR", "PER"], money="1100000000 USD", date="2025-06-06"),
            # "it" for the deal told just before, with the sum right after
            Ex("Kongsberg will supply the Polish Navy with NSM launchers under a contract signed on Monday. Going by figures from "
               "the Polish ministry, it is worth PLN 1.2 billion.", published="2025-11-05", participants=["NOR", "POL"],
               money="1200000000 PLN"),
            # the deal names its seller; the buyer is the state of the dateline; "during the same visit" dates it by the scene
            Ex("MUSCAT — Oman's defence minister received his Italian counterpart on Sunday. The order, valued at OMR 120 million (about "
            "$312 million), covers two offshore patrol vessels from Fincantieri, and was signed during the same visit.",
               published="2025-03-12", participants=["ITA", "OMN"], buyer="OMN", seller="ITA", date="2025-03-09", money="120000000 OMR"),
        ),
        counterexamples=(
            "The programme, worth £2bn, will renovate army housing across the country.",
            "Shares rose after the deal, worth $400m, closed. The contract is valued at $2bn.",
            "ROME — The order, valued at €300 million, covers 40 regional trains from Alstom.",
        ),
    ),
    Rule(
        id="export_deal.next_contract",
        cues=("second", "third", "fourth", "further", "another", "follow", "separate", "new"),
        summary="(follow-up) The second|a further contract, signed <date> (with <buyer>), is with <buyer> and covers <items>, for <money>",
        pattern=r"""(?P<trigger>\b(?:The|A|the|a|Another|another)\s+(?:second|third|fourth|further|follow-on|separate|new)?\s*(?<=(?:second|third|fourth|further|follow-on|separate|new|[Aa]nother)\s+)(?:contract|order|deal))\b""",
        build=_build_next_contract,
        examples=(
            Ex("Elbit Systems signed a contract with the Philippine Army for mortars worth $40 million on 3 March 2025. The second contract, "
               "signed on 7 March 2025, is with the Thai Navy and covers 18 ATMOS howitzers, for a total value of $95 million.",
               published="2025-03-12", participants=["ISR", "THA"], seller="ISR", buyer="THA", money="95000000 USD", date="2025-03-07"),
            Ex("Rheinmetall has received an order from the Bundeswehr for trucks. A further contract, signed on Monday with the Lithuanian "
               "Ministry of National Defence, amounts to EUR 210 million and covers Skyranger air defence turrets.",
               published="2025-06-12", participants=["DEU", "LTU"], seller="DEU", buyer="LTU", money="210000000 EUR", date="2025-06-09"),
        ),
        counterexamples=(
            # no buyer after "with"; a service contract of a state's own
            "The second contract covers training and spares for the RBS 70 missiles in service with the Latvian army.",
            "The second contract, signed on Monday with the city council, covers road repairs worth EUR 3 million.",
            "A separate order for the Ground Master radars is with the company's Dutch subsidiary and covers software.",
        ),
    ),
    Rule(
        id="export_deal.delivery",
        cues=("took", "taken", "take", "taking", "receiv"),
        summary="<buyer> took delivery of|received (the first|N) <items> (from <seller>)",
        pattern=r"""(?P<trigger>\b(?i:took|taken|takes|take|taking)\s+(?:(?:formal|official|first)\s+)?delivery\s+(?:(?i:at|in|on)\s+(?:[^\s.;,]+\s+){1,6}?)?of
                    |\b(?i:received|receives|receive|receiving)(?=\s+(?&GOODS)))""",
        build=_build_buy,
        examples=(
            # an acronym in brackets after the buyer's name
            Ex("The Royal New Zealand Air Force (NZDF-RNZAF) took delivery of two C-130J Hercules from the United States on Friday.",
               published="2025-10-15", participants=["NZL", "USA"], date="2025-10-10", quantity=2),
            # a coast guard named by its demonym; a service with an inner "and"
            Ex("The Ghanaian Coast Guard took delivery of two interceptor boats from US firm Metal Shark on Tuesday.",
               published="2025-10-15", participants=["GHA", "USA"], date="2025-10-14", quantity=2),
            Ex("The Uzbek Air and Air Defence Forces took delivery of two T129 ATAK helicopters from Turkey on Friday.",
               published="2025-10-15", participants=["TUR", "UZB"], date="2025-10-10", quantity=2),
            # a bracketed acronym with a hyphen after the buyer
            # (Airbus builds in several states: the A400M is Spain's, where it is assembled)
            Ex("The Royal Malaysian Air Force (RMAF-HQ) took delivery of two A400M transports from Airbus in Seville on Friday.",
               published="2025-10-15", participants=["ESP", "MYS"], buyer="MYS", quantity=2, date="2025-10-10"),
            Ex("The Moroccan Air Force has taken delivery of four AH-64E Apache helicopters from Boeing, the ministry said on Monday.",
               published="2025-06-12", participants=["MAR", "USA"], buyer="MAR", seller="USA", quantity=4, date="2025-06-09"),
            Ex("Romania has received the first three of 54 Abrams tanks from the United States.",
               participants=["ROU", "USA"], buyer="ROU", seller="USA"),
            Ex("Greece received six more Rafale jets from France last year.",
               published="2025-06-12", participants=["FRA", "GRC"], buyer="GRC", seller="FRA", date="2024"),
            Ex("The Philippine Navy took delivery of its second frigate from South Korea's Hyundai Heavy Industries on Wednesday.",
               published="2025-06-12", participants=["KOR", "PHL"], buyer="PHL", seller="KOR", date="2025-06-11"),
            # a service's initials in brackets after its name; a singular ship
            Ex("The Royal Malaysian Navy (RMN) received its second Littoral Mission Ship from China on Friday.",
               published="2025-06-12", participants=["CHN", "MYS"], buyer="MYS", seller="CHN", date="2025-06-06"),
            # the maker told with the goods: a builder phrase, a "<demonym>-built" adjective, a yard's town
            Ex("The Senegalese Navy took delivery of three patrol craft built by France's Piriou on Saturday.",
               published="2025-06-12", participants=["FRA", "SEN"], buyer="SEN", seller="FRA", quantity=3, items=["patrol craft"], date="2025-06-07"),
            Ex("Nigeria has received two Turkish-made offshore patrol vessels, the navy said.",
               participants=["NGA", "TUR"], buyer="NGA", seller="TUR", quantity=2, items=["offshore patrol vessels"]),
            Ex("Thailand took delivery of a landing ship built in China on Tuesday.",
               published="2025-06-12", participants=["CHN", "THA"], buyer="THA", seller="CHN", date="2025-06-10"),
            Ex("The Algerian Navy took delivery of a corvette at a yard in Shanghai last month.",
               published="2025-06-12", participants=["CHN", "DZA"], buyer="DZA", seller="CHN", location="Shanghai", date="2025-05"),
            # the place between "delivery" and "of"; a maker's seat is not where the delivery was
            Ex("The Ghana Navy took delivery at Sekondi of four fast attack craft from China.",
               participants=["CHN", "GHA"], buyer="GHA", seller="CHN", quantity=4, location="Sekondi"),
            Ex("The Jamaica Defence Force took delivery of two interceptor boats from Metal Shark, a yard based in Jeanerette, Louisiana.",
               participants=["JAM", "USA"], buyer="JAM", seller="USA", quantity=2, location=None),
            # the part of a total that is delivered
            Ex("The Qatari Emiri Air Force took delivery of the last three of its 36 Rafale jets from Dassault last month.",
               published="2025-04-09", participants=["FRA", "QAT"], buyer="QAT", seller="FRA", quantity=3, date="2025-03"),
            Ex("Poland received the first 12 of 48 K9 howitzers from South Korea on Monday.",
               published="2025-04-09", participants=["KOR", "POL"], quantity=12, date="2025-04-07"),
            # the day of the hand-over told in a relative clause on the goods
            Ex("The Indonesian Army received its third Caesar howitzer battery, which was handed over by KNDS at the artillery school "
               "in Cimahi on Thursday.", published="2026-04-19", participants=["FRA", "IDN"], date="2026-04-16"),
        ),
        counterexamples=(
            "The Malawi Defence Force received two trucks from China last year under a grant.",
            # a delivery still to come: a step of a sale made before
            "The Indonesian Air Force is set to receive its first two Rafale jets from Dassault next year, under a contract already in force.",
            "The minister received the first copy of the defence review on Monday.",
            "The Polish Army received six new recruits from the academy.",
            "Norway has not yet taken delivery of any of the submarines it ordered.",
            "The museum took delivery of a restored Spitfire from a private collector.",
            "Air India took delivery of its first A350 from Airbus in Toulouse on Monday.",
            # aid, in the clause or the sentence before, is not a sale
            "Ukraine received its first F-16 fighter jets from Denmark as part of a military aid package.",
            "Copenhagen pledged the jets as aid in 2023. Ukraine has now received six of them from Denmark.",
            # domestic: the yard and the navy are of one state
            "The Italian Navy took delivery of its fourth Thaon di Revel patrol ship from Fincantieri on Monday.",
            "The Chinese navy took delivery of two Chinese-built destroyers at Dalian on Monday.",
            "The Indian Navy took delivery of a survey vessel built in Kolkata on Friday.",
        ),
    ),
    Rule(
        id="export_deal.buy_from",
        cues=("buy", "bought", "purchas", "acquir", "acquisit", "order", "procur", "select", "chos", "choos", "pick", "book",
              "opted", "leas", "sign", "ink", "enter", "execut", "conclu", "finali", "seal", "struck", "strike", "place", "clos",
              "contract", "pay", "paid", "get", "receiv", "snap", "commit", "spend", "spent", "add",
              "splash", "shell", "fork", "customer", "buyer", "operator", "user", "equipped", "field"),
        starts=("buy", "bought", "purchas", "acquir", "acquisit", "order", "procur", "select", "chos", "choos",
                "pick", "opted", "leas", "sign", "ink", "conclu", "finali", "seal", "struck", "strik", "enter",
                "execut", "clos", "pay", "paid", "spen", "splash", "shell", "fork", "customer", "buyer", "operator",
                "user", "join", "equipped", "field", "snap", "commit", "add", "get", "receiv", "book", "contract",
                "plac"),
        summary="<buyer> bought|ordered|purchased|acquired|selected <items> (from <seller>)",
        pattern=r"""(?P<trigger>\b(?i:buy|buys|bought|buying|purchase|
                    # (a state's plural "purchases|orders of ..." is a record or a habit, no deal: "Serbia's purchases of Chinese drones")
                    (?<!['’]s\s)(?:purchases|orders)|purchased|purchasing|acquire|acquires|acquired|acquiring|
                    order|ordered|ordering|procure|procures|procured|procuring|
                    # "the Kenyan Army's procurement of 40 Cobra vehicles from Turkey's Otokar"
                    (?<=['’]s\s+)(?:procurement|acquisition)(?=\s+of\s)|selected|selects|select(?!\s+(?:XV|XI|VII|XIII|team|side|squad|committee|few|group)\b)|chose|chosen|chooses|choose|picked|opted\s+for|
                    lease|leases|leased|
                    # "signed a contract", "signed on Monday an agreement", "signed, on behalf of the army, a contract",
                    # "signed in Santiago on Tuesday a contract" (word order translated from Spanish or French)
                    # "signed as well on the same day in Lisbon a contract", "signed last week with KNDS Deutschland a contract"
                    (?:""" + _SIGNING + r""")(?:(?:\s+(?:(?:in|at)\s+(?-i:\p{Lu})[\w’'-]+(?:\s+(?-i:\p{Lu})[\w’'-]+)?|on\s+\w+|last\s+\w+|today|yesterday
                        |earlier\s+(?:this|last)\s+(?:week|month|year)|earlier\s+today|this\s+(?:week|month|year|spring|summer|autumn|fall|winter)
                        # "expects to sign in the third quarter of 2025 a contract", "will sign next month a contract"
                        |in\s+(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:quarter|half)(?:\s+of\s+(?:\d{4}|this\s+year|next\s+year))?
                        |next\s+(?:week|month|year)
                        # "signed late last month a contract", "concluded early in February a contract"
                        |(?:late|early|earlier|later)(?:\s+(?:in|on))?\s+(?:(?:last|this|next)\s+)?(?&PERIOD)
                        |as\s+well|also|(?:on\s+)?(?:the\s+same|that|the\s+following)\s+day
                        |with\s+(?:the\s+)?(?-i:\p{Lu})[\w’'&-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:\p{Lu})[\w’'&-]*){0,6}(?=\s+(?:a|an)\s))){1,3}|,[^,.;]{3,60},)?
                    # (a full stop only inside a sum, an initial or before a number, "$1.2bn", "U.S.", "Rs. 3,100 million":
                    # never a sentence's end, "closed a
                    # long-running file on Friday. The contract ...")
                    (?:\s+(?:a|an|the)\s+(?:(?:[\w’'\p{Sc},()\-]|\.(?=\w|\s*\d)|(?<=\b(?-i:\p{Lu}))\.)+\s+){0,6}?(?:contract|deal|order|agreement|letters?\s+of\s+offer\s+and\s+acceptance|LOA)(?:\s+(?:with|for|to\s+buy))?
                    # "signed deals for Chinese-built trainers", "signed two purchase contracts with Embraer"
                       |\s+(?:[\w’'\p{Sc}.,\-]+\s+){0,3}?(?:contracts|deals|orders)(?=\s+(?:with|for|worth|valued|totalling|to\s+buy)\b))
                    # the pseudo-cleft "PLN 1.4 billion is what Poland will pay Saab for two more GlobalEye aircraft"
                    |(?<=\b(?:is|was)\s+what\s+[^.;]{2,60}?\s)(?:pay|pays|paid|spend|spends|spent)(?=\s+""" + _IN_CLAUSE + r"""{0,60}?\s+(?:for|on)\s)
                    # "has splashed out GHS 900 million on six Bell 412 helicopters from Bell Textron"
                    |(?:splashed|splashes|splashing|shelled|shells|shelling|forked|forks|forking)\s+out(?=\s+""" + _SUM_AHEAD + _IN_CLAUSE + r"""{0,40}?\s+on\s)
                    # "has become the first export customer for the Brazilian drone, in a contract worth ...": a sale in sight
                    # ("joins the Philippines as an operator of the BrahMos missile following the signing of a contract")
                    |(?:(?<=\b(?:become|becomes|became|becoming)\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?)|(?:joins|joined|joining|join)\s+[^.;]{2,60}?\s+as\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?)(?:customer|buyer|operator|user)
                     (?=\s+(?:for|of)\s+""" + _IN_CLAUSE + r"""{0,100}?(?:\b(?:contract|deal|order|purchase)\b|\p{Sc}|\b(?-i:[A-Z]{3})\s?\d))
                    # "will be equipped with three patrol boats built by COTECMAR under a GTQ 150 million contract"
                    |(?<=\b(?:be|been|being)\s+)equipped\s+with(?=\s+""" + _IN_CLAUSE + r"""{0,80}?\b(?:built|made|supplied|produced)\s+by\s
                        """ + _IN_CLAUSE + r"""{0,80}?\bunder\s+(?:a|an|the)\s+""" + _IN_CLAUSE + r"""{0,40}?(?:contract|deal|order)\b)
                    # "will field six Bayraktar TB2 drones paid for with XOF 18 billion"
                    |(?:field|fields|fielding)(?=\s+""" + _IN_CLAUSE + r"""{0,80}?\bpaid\s+for\s+(?:with|by|out\s+of)\s+""" + _SUM_AHEAD + r""")
                    # "will pay US$45 million for two Mi-171 helicopters from Rosoboronexport": the price paid for goods
                    |(?:pay|pays|paid|paying)(?=\s+""" + _SUM_AHEAD + _IN_CLAUSE + r"""{0,40}?\s+for\s)
                    # "has snapped up six H145M helicopters from Airbus", "has committed NOK 19 billion to 54 CV90s from BAE
                    # Systems Hägglunds", "is spending KWD 90 million on thirty AMVs from Patria"
                    |(?:snapped|snaps|snapping)\s+up
                    |(?:committed|commits|committing)(?=\s+""" + _SUM_AHEAD + _IN_CLAUSE + r"""{0,40}?\s+to\s+""" + _IN_CLAUSE + r"""{0,80}?\bfrom\s)
                    |(?:spending|spend|spends|spent)(?=\s+""" + _SUM_AHEAD + _IN_CLAUSE + r"""{0,40}?\s+on\s+""" + _IN_CLAUSE + r"""{0,80}?\bfrom\s)
                    # "will add two Super Tucanos to its fleet, bought from Embraer"
                    |(?:add|adds|adding|added)(?=\s+[^.;]{0,60}?\bto\s+(?:its|their|her)\s+(?:fleet|inventory|arsenal)\b[^.;]{0,20}?,\s+(?:bought|acquired|purchased|ordered)\s+from\s)
                    # "will get two more Scorpène submarines from Naval Group for €2 billion, a deal sealed on Monday"
                    |(?:get|gets|getting|receive|receives|receiving)(?=\s+""" + _IN_CLAUSE + r"""{0,80}?\bfrom\s""" + _IN_CLAUSE + r"""{0,80}?(?:\bfor\s+""" + _SUM_AHEAD + r"""|,\s+(?:a|the)\s+(?:deal|contract|purchase|order)\b))
                    # "will get two patrol boats under a B$40 million contract it signed with Austal"
                    |(?:get|gets|getting|receive|receives|receiving)(?=\s+""" + _IN_CLAUSE + r"""{0,80}?\bunder\s+(?:a|an|the)\s+""" + _IN_CLAUSE + r"""{0,40}?(?:contract|deal|order)\s+(?:(?:it|they|that|which)\s+)?(?:(?:has\s+|had\s+)?(?:signed|awarded|agreed|concluded|placed)\s+)?with\s)
                    # "booked four Z-9 helicopters from AVIC" (not "booked rooms at a hotel")
                    |(?:booked|books)(?=\s+[^.;]{0,80}?\bfrom\s)
                    # "Last month the Chilean Navy contracted Fassmer of Germany for two offshore patrol vessels"
                    # ("contracted France’s Raidco Marine last month for", "contracted HAL in April for": a time between)
                    |(?<!\b(?:has|have|had)\s+)contracted(?=\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?-i:\p{Lu})[\w’'&-]*(?:\s+(?:of\s+)?(?-i:\p{Lu})[\w’'&-]*){0,3}
                        (?:\s+(?:(?:last|this|earlier\s+this|in|on)\s+)?(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?
                        \s+for\s+(?:(?:the\s+)?(?:first|initial|further|additional|another)\s+|an?\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))
                    # "has contracted the Greek shipyard Elefsis to build two patrol vessels": the buyer hires the maker
                    |(?<=\b(?:has|have|had)\s+)contracted(?=\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?-i:\p{Lu})[^.;]{0,60}?\s+to\s+(?:build|supply|deliver|produce|manufacture)\b
                        |\s+(?:the\s+)?(?-i:\p{Lu})[\w’'-]*(?:\s+(?-i:\p{Lu})[\w’'-]*){0,3}\s+for\s+(?:(?:the\s+)?(?:first|initial|further|additional|another)\s+|an?\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?-i:\p{Lu})))
                    # "placed an order", "placed a contract on Friday with the German company Diehl"
                    |(?:place[sd]|placing)\s+(?:a|an|the)\s+(?:[\w’'\p{Sc}.,()\-]+\s+){0,6}?(?:contract|order)(?:\s+(?:with|for))?
                    # "signed for the first six FA-50s": the contract is understood
                    # (a name, not "signed with him a defence cooperation plan for 2025-2027")
                    |(?:signed|signs|contracted)\s+with(?=\s+(?:the\s+)?(?-i:\p{Lu})[^.;]{0,60}?\s+for\s)
                    # (not "signed for Greece by its envoy and for Jordan by ...": who signed on whose behalf)
                    # ("Canberra has signed up for 20 Black Hawk helicopters from", "has committed to 12 more K9 howitzers from")
                    |(?:(?:signed|signs|signing)\s+(?:up|on)\s+for|(?:committed|commits|committing)\s+to)(?=\s+(?:the\s+|an?\s+)?(?:(?:first|initial|further|additional|another|more)\s+)?
                        (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?i:a\s+)?(?:dozen|batch|fleet)\b)[^.;]{0,80}?\bfrom\s)
                    # ("the Paraguayan Air Force signed on Monday for six aircraft, a deal Embraer valued at ...")
                    |(?:signed|signs|contracted)(?:\s+(?:on|last)\s+\w+|\s+yesterday|\s+today)?\s+for(?!\s+(?:the\s+)?(?-i:\p{Lu})[\w’'-]*(?:\s+(?-i:\p{Lu})[\w’'-]*){0,3}\s+by\b)
                     (?=\s+(?:the\s+|an?\s+)?(?:(?:first|initial|further|additional|another|more|single|second|third|fourth|fifth|final|last|next|remaining)\s+(?:(?:and|or)\s+(?:final|last)\s+)?(?:(?:batch|tranche|lot|phase)\s+of\s+)?)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?-i:\p{Lu}))))\b)""",
        build=_build_buy,
        examples=(
            # a time between the maker and what it was contracted for; a later tranche signed for
            Ex("The Royal Moroccan Navy contracted France's Raidco Marine last month for four fast patrol boats.",
               published="2025-06-10", participants=["FRA", "MAR"], buyer="MAR", seller="FRA"),
            Ex("The Government of Guyana contracted Hindustan Aeronautics Limited in April for two Dornier 228 aircraft.",
               published="2025-06-10", participants=["GUY", "IND"], buyer="GUY"),
            Ex("Jakarta signs for the third and final tranche of 18 Rafale aircraft from Dassault.",
               published="2025-06-10", participants=["FRA", "IDN"], buyer="IDN", seller="FRA"),
            # the buyer apposed to its description
            Ex("Embraer's first export customer for the Super Tucano, Colombia, bought 25 aircraft in 2006.",
               published="2025-10-15", participants=["BRA", "COL"], date="2006", quantity=25),
            # the count told in the next sentence
            Ex("Lithuania's defence ministry signed a contract with Kongsberg for NASAMS air-defence systems on Monday. "
               "It covers three fire units.", published="2025-10-15", participants=["LTU", "NOR"], date="2025-10-13", quantity=3),
            # a firm described in an apposition after a fronted time
            Ex("On Monday, Saab, the Swedish defence group based in Linköping, signed a contract with the Thai air force for "
               "two more GlobalEye aircraft, worth SEK 2.4 billion.", published="2025-10-15", participants=["SWE", "THA"],
               date="2025-10-13"),
            # armoured personnel carriers are goods, not people
            Ex("Ghana bought 40 Guarani armoured personnel carriers from Brazil on Tuesday.",
               published="2025-05-16", participants=["BRA", "GHA"], seller="BRA", buyer="GHA", quantity=40, date="2025-05-13"),
            # "armoured carriers" and "troop carriers" too; an Otokar Arma by its name and layout
            Ex("Kenya will buy 118 Arma 6x6 armoured carriers from Turkey's Otokar, the ministry said on Wednesday.",
               published="2024-02-14", participants=["KEN", "TUR"], seller="TUR", buyer="KEN", quantity=118, items=["Arma 6x6"],
               status="planned"),
            Ex("The Chadian army ordered 60 troop carriers from the Turkish firm BMC last week.",
               published="2024-02-14", participants=["TCD", "TUR"], seller="TUR", buyer="TCD", quantity=60),
            # a body named with its acronym in brackets, then the time, before the verb
            Ex("Norway's Defence Materiel Agency (NDMA) on Thursday signed a contract with Hanwha Aerospace for 24 K9 howitzers.",
               participants=["KOR", "NOR"], buyer="NOR", seller="KOR", quantity=24, date="2026-01-15"),
            Ex("Turkish firm Baykar signed a contract with Kuwait's Ministry of Defence to supply TB2 drones.",
               participants=["KWT", "TUR"], seller="TUR", buyer="KWT", items=["TB2"]),
            Ex("Romania has ordered 54 K9 self-propelled howitzers from South Korea.",
               participants=["KOR", "ROU"], buyer="ROU", seller="KOR", quantity=54),
            # a designation's variant letters ("JF-17C") name the same system, whose maker sells
            Ex("Azerbaijan signed a contract for 40 JF-17C Block III fighters.",
               participants=["AZE", "PAK"], buyer="AZE", seller="PAK", quantity=40),
            # "Surface-to-Air Missile" names no airline
            Ex("Egypt ordered two more Advanced Surface-to-Air Missile System batteries from Raytheon.",
               participants=["EGY", "USA"], buyer="EGY", seller="USA", quantity=2),
            # states that buy together are all buyers
            Ex("Lithuania and Latvia jointly ordered 16 Piorun launchers from Poland's Mesko.",
               participants=["LTU", "LVA", "POL"], buyer="LTU", seller="POL", quantity=16),
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
            # a split contract is one deal; its count is the total
            Ex("Manila signed for the first six FA-50s in 2014 and for a further four in 2016.",
               participants=["KOR", "PHL"], buyer="PHL", seller="KOR", quantity=10, date="2014"),
            Ex("Poland signed with Hyundai Rotem for 180 K2 tanks, the first 30 of them to be built in Korea.",
               participants=["KOR", "POL"], buyer="POL", seller="KOR", quantity=180),
            Ex("Lisbon contracted for five KC-390 airlifters and a further one as a trials aircraft.",
               participants=["BRA", "PRT"], buyer="PRT", seller="BRA", quantity=6),
            # a timeline's historic present, dated by the entry
            Ex("12 March 2021 — Greece signs a contract with Dassault Aviation for 18 Rafale fighters worth €2.5 billion.",
               participants=["FRA", "GRC"], buyer="GRC", seller="FRA", quantity=18, date="2021-03-12"),
            Ex("2019: Taipei signs for 66 F-16V jets from Lockheed Martin.",
               participants=["TWN", "USA"], buyer="TWN", seller="USA", quantity=66, date="2019"),
            # talks, a tender or a shortlist before the clause do not make the signing a prospect
            Ex("After two years of negotiations, Egypt signed a contract to buy 24 more Rafale jets from France.",
               participants=["EGY", "FRA"], buyer="EGY", seller="FRA", quantity=24),
            Ex("The Czech Republic, which shortlisted the CV90 last year, signed a contract for 246 of the vehicles with BAE Systems Hägglunds on Monday.",
               published="2025-06-12", participants=["CZE", "SWE"], buyer="CZE", seller="SWE", date="2025-06-09"),
            # word order translated from Spanish or French: the place and day before the object
            Ex("The Peruvian Navy signed in Lima on Monday a contract with the Spanish firm Navantia for two patrol ships worth €160 million.",
               published="2025-06-12", participants=["ESP", "PER"], buyer="PER", seller="ESP", quantity=2, location="Lima", date="2025-06-09"),
            # a state's adjective on a firm the gazetteer does not know: the firm sells
            Ex("Czech drone maker Primoco signed a contract with Indonesia's defence ministry for 12 One 150 drones.",
               participants=["CZE", "IDN"], seller="CZE", buyer="IDN", quantity=12),
            # the day the firm told of it is not the signing's, when its own day is given
            Ex("Finnish company Patria said on Thursday it had signed a contract with Japan's defence ministry on 2 June for 30 more AMV vehicles.",
               published="2025-06-12", participants=["FIN", "JPN"], seller="FIN", buyer="JPN", date="2025-06-02"),
            # a firm's deal "to export" goods to a state
            Ex("Hanwha Aerospace said on Tuesday it had signed a $900 million deal to export 60 K9 howitzers to Estonia.",
               published="2025-06-12", participants=["EST", "KOR"], seller="KOR", buyer="EST", quantity=60, money="900000000 USD"),
            # a signing to come: the base form after "will", "is set to", "is due to", "plans to"
            Ex("Bulgaria will sign a contract with Saab for 10 more Gripen E fighters in Sofia next month.",
               published="2025-06-12", participants=["BGR", "SWE"], buyer="BGR", seller="SWE", quantity=10, status="planned", date="2025-07"),
            Ex("Vietnam is due to ink a $300 million deal with Hanwha Aerospace for 20 K9 howitzers on Friday.",
               published="2025-06-12", participants=["KOR", "VNM"], buyer="VNM", seller="KOR", money="300000000 USD", status="planned", date="2025-06-13"),
            Ex("The Philippine defence department plans to conclude a contract with Korea Aerospace Industries for 12 more FA-50 jets this year.",
               published="2025-06-12", participants=["KOR", "PHL"], buyer="PHL", seller="KOR", quantity=12, status="planned"),
            # contracts in the plural; their count is not the goods'
            Ex("Brazil signed two contracts with Saab on Monday for a further 15 Gripen fighters worth $1.2bn.",
               published="2025-04-09", participants=["BRA", "SWE"], buyer="BRA", seller="SWE", quantity=15, money="1200000000 USD"),
            # a firm described in an apposition before its verb
            Ex("Yugoimport SDPR, the state arms trading firm, signed a contract on Tuesday with the Cypriot Ministry of Defence for 24 Nora howitzers.",
               published="2025-04-09", participants=["CYP", "SRB"], seller="SRB", buyer="CYP", quantity=24, date="2025-04-08"),
            # a selection whose contract is still to come is planned, dated by the signing to come
            Ex("Romania has selected the South Korean K9 howitzer; the contract is expected to be signed in the third quarter of next year.",
               published="2025-04-09", participants=["KOR", "ROU"], status="planned", date="2026-Q3"),
            # a firm the gazetteer does not know, placed by its state's possessive or by its town
            Ex("Finland's Patria Industries signed a contract with the Japanese Ministry of Defense for 24 armoured vehicles worth €120 million.",
               published="2025-04-09", participants=["FIN", "JPN"], seller="FIN", buyer="JPN", quantity=24),
            Ex("Brisbane-based Skyborne Technologies signed a contract with the Estonian Centre for Defence Investment for 40 drones.",
               published="2025-04-09", participants=["AUS", "EST"], seller="AUS", buyer="EST", quantity=40),
            # the seller a firm the gazetteer does not know, after "with the <state or region's adjective> company"
            Ex("On Thursday the Colombian Navy signed a contract with the Basque company Sener for 12 fire-control systems worth €21.4 million.",
               published="2025-04-09", participants=["COL", "ESP"], seller="ESP", buyer="COL", quantity=12),
            Ex("The Peruvian Army signed a contract with the Scottish shipyard Ferguson for two landing craft.",
               published="2025-04-09", participants=["GBR", "PER"], seller="GBR", buyer="PER", quantity=2),
            # a military variant spelled out after an airliner's name
            Ex("Hungary ordered two A330 Multi Role Tanker Transport aircraft from Airbus on Friday for €500 million.",
               published="2025-04-09", participants=["ESP", "HUN"], buyer="HUN", money="500000000 EUR", quantity=2),
            # two buyers of goods a third state made
            Ex("Mali and Niger signed deals for Turkish-built armed drones on Monday.",
               published="2025-04-09", participants=["MLI", "NER", "TUR"], buyer="MLI", seller="TUR", date="2025-04-07"),
            Ex("Officials expect Ghana and Senegal to sign deals for Chinese-built trainers before December.",
               published="2025-04-09", participants=["CHN", "GHA", "SEN"], seller="CHN", status="planned", date="2025-12"),
            # "placed a contract", with the time before "with"
            Ex("Latvia's State Defence Logistics Centre placed a contract on Monday with the Norwegian group Kongsberg for 3 NASAMS fire units.",
               published="2025-10-15", participants=["LVA", "NOR"], buyer="LVA", seller="NOR", quantity=3, date="2025-10-13"),
            # a parenthetical between the buyer and its verb
            Ex("The Ghana Navy, meanwhile, ordered four interceptor boats from Turkey's Ares Shipyard in March.", published="2025-10-15",
               participants=["GHA", "TUR"], buyer="GHA", seller="TUR", quantity=4, date="2025-03"),
            # "Co." closes the firm's name
            Ex("SEOUL, June 3 (Yonhap) -- Hanwha Ocean Co. has signed a contract with Thailand's navy to supply two frigates, the company said Tuesday.",
               published="2025-06-04", participants=["KOR", "THA"], seller="KOR", buyer="THA", quantity=2),
            # local currency signs and abbreviations
            Ex("Ghana's Ministry of Defence signed a GH¢600 million (about US$55 million) contract with South Korea's KAI for four KT-1 "
               "trainers in Accra on Tuesday.", published="2025-09-20", participants=["GHA", "KOR"], money="600000000 GHS", location="Accra"),
            Ex("Kuwait signed a contract with Italy's Leonardo on Monday for 6 Typhoon jets worth KD 300 million (about $980 million).",
               published="2025-10-15", participants=["ITA", "KWT"], money="300000000 KWD"),
            # a national procurement body the gazetteer does not list, under a home dateline; a headline's
            # noun reading ("Defence orders German ...") does not swap the body's roles
            Ex("Army orders Swedish trucks\n\nLISBON - Last Friday, the Directorate-General for National Defence Resources concluded a "
               "contract with the Swedish firm Scania for 120 tactical trucks, according to the ministry.", published="2025-10-15",
               participants=["PRT", "SWE"], seller="SWE", buyer="PRT", quantity=120),
            # the place of a signing told again in the next sentence
            Ex("MANILA, Feb 12 (Reuters) - The Philippines has signed a contract with South Korea's HD Hyundai for two corvettes, the "
               "defence department announced on Thursday.\n\nThe contract was signed at the department in Manila on Wednesday.",
               published="2026-02-12", participants=["KOR", "PHL"], location="Manila", date="2026-02-11"),
            # a buyer's body and the seller's firm as one subject; "In their presence" dates it by the meeting; a plan's year dates nothing
            Ex("TASHKENT, Uzbekistan, March 12. Uzbek Defence Minister Bakhodir Kurbanov met Turkish Deputy Defence Minister Musa "
               "Heybet in Tashkent on Tuesday.\n\nFollowing the meeting, the two ministers signed a military cooperation plan for 2026.\n\n"
               "In their presence, Uzbekistan's Ministry of Defence and Turkey's Aselsan signed a contract for 8 Korkut air defence "
               "systems worth 40 million euros.", published="2026-03-12", participants=["TUR", "UZB"], buyer="UZB", seller="TUR",
               date="2026-03-10"),
            # a buyer ranked among the system's customers is the deal told before, not another
            Ex("Hanwha Aerospace signed a contract with Norway for 24 K9 howitzers in June. In a statement on Monday, Hanwha said: "
               "“Norway is now the fourth European country to choose the K9.”", published="2025-09-03",
               participants=["KOR", "NOR"], date="2025-06", quantity=24),
            # the signing day told in reported speech after the report
            Ex("ACCRA – The Ministry of Defence has signed a contract with Turkish manufacturer Otokar for 20 Cobra II armoured "
               "vehicles, Defence Minister Omane Boamah has announced.\n\nMr Boamah said at a news conference yesterday that the deal "
               "had been signed on Tuesday.", published="2026-04-19", participants=["GHA", "TUR"], date="2026-04-14"),
            # a superlative quote after the ceremony, and a delivery year, date nothing; the retelling's day does
            Ex("Embraer has signed a contract with Portugal's Directorate General of Defence Resources for six C-390 transport "
               "aircraft, in a deal valued at €1.1 billion. The contract was signed at the ministry in Lisbon on Friday, in the presence "
               "of the Brazilian defence minister, who held talks earlier in the day with his Portuguese counterpart. The first "
               "aircraft are to be delivered in 2028. “This is the largest export contract in the history of our company,” the chief "
               "executive said after the ceremony.", published="2026-04-19", participants=["BRA", "PRT"], date="2026-04-17",
               location="Lisbon"),
            # comma-set adjuncts before the goods, "up to" a count, a Turkish legal form
            Ex("DAKAR – The Senegalese Navy signed a contract with the French shipbuilder Piriou yesterday, Tuesday, in Dakar, for "
               "two patrol vessels worth €90 million.", published="2026-05-06", participants=["FRA", "SEN"], date="2026-05-05", quantity=2),
            Ex("LIMA – The Peruvian Navy signed a contract with Fincantieri on Monday for up to four corvettes, worth $1.6 billion.",
               published="2026-05-06", participants=["ITA", "PER"], quantity=4),
            Ex("Aselsan Elektronik Sanayi ve Ticaret A.Ş. signed a contract with the Ministry of Defence of Albania on 4 May 2026 for 12 "
               "air-defence radars, the company announced.", published="2026-05-06", participants=["ALB", "TUR"], date="2026-05-04"),
            # a division of the firm signs; the retelling dates it
            Ex("Gorinchem, May 14, 2026: Damen Shipyards today announced that its Naval Craft & Services business has signed a contract "
               "with the Ministry of Defence of the Republic of Mauritius for four patrol vessels for the National Coast Guard. The "
               "contract was signed in Port Louis yesterday.", published="2026-05-14", participants=["MUS", "NLD"], date="2026-05-13"),
            # signed "on the margins of the visit" told just before: the talks' day and place
            Ex("Bratislava, 16 October 2025 – Minister of Defence Robert Kaliňák held talks with Zambia's Minister of Defence Ambrose "
               "Lufuma in Bratislava yesterday. On the margins of the visit, Konštrukta-Defence signed a contract with the Zambia Defence "
               "Force for 12 Zuzana 2 howitzers costing €40 million.", published="2025-10-16", participants=["SVK", "ZMB"],
               date="2025-10-15", location="Bratislava"),
            # an unlisted firm placed by its town and state
            Ex("The Cyprus National Guard signed a contract with Astilleros Armón of Vigo, Spain, on 4 April 2026 for two patrol "
               "vessels costing €12.4 million in total.", published="2026-05-10", participants=["CYP", "ESP"], date="2026-04-04", quantity=2),
            # an unnamed yard by its state: "with a <demonym> shipyard", "with <State>'s naval shipyard"
            Ex("The Salvadoran Navy signed a contract with Guatemala's naval shipyard on Tuesday for two patrol boats worth "
               "200 million quetzales.", published="2025-12-26", participants=["GTM", "SLV"], seller="GTM", buyer="SLV",
               quantity=2, date="2025-12-23"),
            Ex("Ghana's navy signed a contract with a Spanish shipyard for an offshore patrol vessel costing 700 million cedis.",
               published="2025-12-26", participants=["ESP", "GHA"], seller="ESP", buyer="GHA"),
            # a home firm the gazetteers do not know, shown by its company noun, its town or its legal form
            Ex("VILNIUS, 14 April – The state-owned company Giraitė Holding signed a contract with the Moldovan Ministry of "
               "Defence for mortar rounds worth €18 million on Friday.", published="2025-04-14", participants=["LTU", "MDA"],
               seller="LTU", buyer="MDA", date="2025-04-11"),
            # a firm described in an apposition, or with its short name in brackets, then "announces that it has signed"
            Ex("Madrid, 6 March 2025 – Navantia, a builder of naval and commercial vessels for customers worldwide, announces "
               "that it has signed a contract with the Namibian Navy for two patrol vessels, worth NAD 900 million.",
               published="2025-03-06", participants=["ESP", "NAM"], seller="ESP", buyer="NAM", quantity=2),
            Ex("Kiel, 25 September 2025 – thyssenkrupp Marine Systems GmbH (\"TKMS\") announces that it has signed a contract "
               "with the Ghanaian Ministry of Defence for two patrol boats.", published="2025-09-25", participants=["DEU", "GHA"],
               seller="DEU", buyer="GHA", quantity=2),
            # engineering kit for the forces
            Ex("The Croatian company DOK-ING signed a contract with the Armed Forces of Angola to deliver six MV-4 "
               "mine-clearing machines.", published="2026-02-13", participants=["AGO", "HRV"], seller="HRV", buyer="AGO", quantity=6),
            # a firm named after its state sells; the recipient of "to supply ... to" buys
            Ex("Bangladesh Ordnance Factories signed a contract on Tuesday to supply rifles and mortar rounds to the Maldives "
               "National Defence Force, worth MVR 50 million.", published="2025-10-27", participants=["BGD", "MDV"],
               seller="BGD", buyer="MDV"),
            # a possessive state before a firm no list knows, as the object
            Ex("Kenya's defence ministry signed a contract with Spain's Astilleros Gondán for two patrol boats, worth "
               "KSh 3 billion.", published="2025-03-23", participants=["ESP", "KEN"], seller="ESP", buyer="KEN", quantity=2),
            # "has contracted <firm> to build"; a time between the signing and its contract
            Ex("Tunisia's defence ministry has contracted the Italian shipyard Cantiere Navale Vittoria to build four patrol "
               "boats for the Tunisian Navy.", published="2025-03-12", participants=["ITA", "TUN"], seller="ITA", buyer="TUN", quantity=4),
            Ex("The Portuguese defence ministry said it signed earlier this month a contract with the Brazilian company Embraer "
               "for two C-390 transport aircraft.", published="2025-06-15", participants=["BRA", "PRT"], seller="BRA"),
            # the federal form of the home defence ministry
            Ex("VIENNA, 23 July – The Federal Ministry of Defence signed the deal for four L-39NG trainers with the Czech "
               "manufacturer Aero Vodochody, worth around €200 million.", published="2025-07-23", participants=["AUT", "CZE"],
               seller="CZE", buyer="AUT", quantity=4),
            # "state exporter"; a time between a possessive state's firm and "for"
            Ex("Uzbek Ground Forces signed a contract with the Belarusian state exporter Belspetsvneshtechnika for 40 military "
               "trucks.", published="2025-08-08", participants=["BLR", "UZB"], seller="BLR", buyer="UZB", quantity=40),
            Ex("Seychelles' defence ministry signed a contract with India's Goa Shipyard last month for two fast patrol boats.",
               published="2025-08-08", participants=["IND", "SYC"], seller="IND", buyer="SYC", quantity=2),
            # a firm chosen by its buyer to supply goods
            Ex("Saab has been chosen by Colombia to supply 17 Gripen E fighters, the company said on Monday.", published="2025-06-12",
               participants=["COL", "SWE"], seller="SWE", buyer="COL", quantity=17),
            # adverbials between the verb and the contract, the buyer among them
            Ex("Navantia signed on Wednesday with the Ministry of Defence of the Kingdom of Morocco a contract for two patrol ships, worth about €300 million.",
               published="2026-09-12", participants=["ESP", "MAR"], seller="ESP", buyer="MAR", date="2026-09-09"),
            Ex("The Slovak army signed last week with KNDS Deutschland a contract for 16 Leopard 2A8 tanks, worth €600 million.",
               published="2025-05-16", participants=["DEU", "SVK"], seller="DEU", buyer="SVK", quantity=16),
            # a time set off by commas between the order and its goods
            Ex("The Comoros coast guard placed an order last week, for two fast interceptors from the French yard Ocea, worth "
               "EUR 12 million.", published="2025-06-12", participants=["COM", "FRA"], seller="FRA", buyer="COM",
               money="12000000 EUR", quantity=2),
            # a plan with its quarter between the verb and the contract
            Ex("Greece's Theon International expects to sign in the third quarter of 2025 a contract with the Chilean Army for "
               "night vision binoculars, worth roughly EUR 9 million.", published="2025-06-12", participants=["CHL", "GRC"],
               seller="GRC", buyer="CHL", money="9000000 EUR", status="planned", date="2025-Q3"),
            # a month or a season between the verb and the contract
            Ex("The Tunisian Navy signed late last month a contract with the Italian shipyard Cantiere Navale Vittoria for two "
               "patrol boats.", published="2025-06-12", participants=["ITA", "TUN"], seller="ITA", buyer="TUN", quantity=2),
            Ex("Mitsubishi Electric concluded this spring a contract with the Philippine Air Force for two air surveillance radars.",
               published="2025-06-12", participants=["JPN", "PHL"], seller="JPN", buyer="PHL", quantity=2),
            Ex("Portugal's defence minister received his Brazilian counterpart in Lisbon on Tuesday. Embraer signed as well on the same day in "
               "Lisbon a contract for three C-390 aircraft for the Portuguese Air Force, worth around €400 million.", published="2026-03-07",
               participants=["BRA", "PRT"], seller="BRA", buyer="PRT", date="2026-03-03"),
            Ex("The Moroccan defence minister received his Nigerian counterpart in Rabat on Monday. Nigeria also ordered four Bayraktar TB2 drones from Baykar in the wake of the meeting, a ministry official said.", published="2026-05-16", participants=["NGA", "TUR"], seller="TUR", buyer="NGA", date="2026-05-11"),
            Ex("Ghana's defence minister met Turkish Defence Minister Yaşar Güler in Ankara on Tuesday. The Ghana Air Force also ordered two Hürjet trainers from TUSAŞ, worth about $120 million, in parallel with the visit.", published="2026-05-16", participants=["GHA", "TUR"], seller="TUR", buyer="GHA", date="2026-05-12"),
            Ex("The Philippines signed a contract with South Korea for two more frigates on 2 March.", published="2026-03-13", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", date="2026-03-02"),
            # "booked <items> from", "contracted <firm> for <items>"
            Ex("The Senegalese air force booked two C-390 transports from Embraer of Brazil in June, officials in Dakar said.",
               published="2025-09-10", participants=["BRA", "SEN"], seller="BRA", buyer="SEN", quantity=2, date="2025-06"),
            Ex("In August the Philippine Navy contracted Hanwha Ocean of South Korea for six offshore patrol vessels.",
               published="2025-09-10", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", quantity=6, date="2025-08"),
            # a choice with its contract signed is a purchase
            Ex("Norway selected the K9 howitzer in 2017 and signed a contract with Hanwha for 24 guns the same year.",
               published="2025-03-14", participants=["KOR", "NOR"], seller="KOR", buyer="NOR", date="2017"),
            # "<buyer>'s procurement|acquisition of <items> from <seller>"
            Ex("Officials said the Ghana Navy's procurement of four Shaldag patrol boats from Israel Shipyards, agreed in May, was on track.",
               published="2025-09-10", participants=["GHA", "ISR"], seller="ISR", buyer="GHA", quantity=4, date="2025-05"),
            # a state enterprise named after its state buys; a firm in apposition sells
            Ex("The state enterprise Uzbekistan Aviation Repair Plant and Turkish Aerospace signed a contract on Monday for twelve "
               "Hürkuş trainers worth $140 million.", published="2025-06-11", participants=["TUR", "UZB"], seller="TUR", buyer="UZB"),
            Ex("Marsun, a Thai shipyard, signed a contract with the Cambodian navy on Tuesday for three patrol boats.",
               published="2025-06-11", participants=["KHM", "THA"], seller="THA", buyer="KHM", date="2025-06-10"),
            # a time in commas between the verb and the purchase
            Ex("Ghana’s government concluded, in March, the purchase of four Z-9 helicopters from China.", published="2025-07-15",
               participants=["CHN", "GHA"], seller="CHN", buyer="GHA", date="2025-03"),
            # a military government named as such is the state the story is about
            Ex("Burkina Faso’s air arm grows\n\nThe junta has bought two Bayraktar TB2 drones from Turkey, a source in the Burkinabe "
            "air force said on Monday.", published="2025-11-14", participants=["BFA", "TUR"], seller="TUR", buyer="BFA"),
            # the purchase as the means of the clause's act
            Ex("The Kenya Navy has strengthened its fleet through a KSh 6 billion purchase of two patrol boats from Turkey's Dearsan, agreed "
               "in Mombasa on Thursday.", published="2025-03-10", participants=["KEN", "TUR"], seller="TUR", buyer="KEN", date="2025-03-06"),
            # the goods a buyer gets under a contract signed with the seller; the price it pays for them
            Ex("The Ghana Armed Forces will get four Z-9 helicopters under a US$60 million contract they signed with China's AVIC last month.",
               published="2025-04-09", participants=["CHN", "GHA"], seller="CHN", buyer="GHA", money="60000000 USD"),
            Ex("The Uruguayan Navy will pay US$30 million for two offshore patrol vessels from Spain's Navantia, under a contract formalised "
               "in Montevideo on Monday.", published="2025-04-09", participants=["ESP", "URY"], seller="ESP", buyer="URY", date="2025-04-07"),
            # buyer-side verbs of paying, adding and getting
            Ex("Morocco has snapped up twelve AH-64E helicopters from Boeing in a deal worth US$1.5 billion, signed on Monday in Rabat.",
               published="2025-04-09", participants=["MAR", "USA"], seller="USA", buyer="MAR", date="2025-04-07"),
            Ex("Denmark has committed DKK 8 billion to 40 AMV vehicles from Patria, in a contract its procurement agency countersigned "
               "on Tuesday.", published="2025-04-09", participants=["DNK", "FIN"], seller="FIN", buyer="DNK", date="2025-04-08"),
            Ex("Qatar is spending QAR 3 billion on twelve Rafale jets from Dassault Aviation, a purchase agreed on Monday in Doha.",
               published="2025-04-09", participants=["FRA", "QAT"], seller="FRA", buyer="QAT", date="2025-04-07"),
            Ex("The Paraguayan Air Force will add two Super Tucano aircraft to its fleet, bought from Embraer for US$30 million.",
               published="2025-04-09", participants=["BRA", "PRY"], seller="BRA", buyer="PRY"),
            Ex("The Chilean Navy will get two more Type 23 frigates from the UK for £100 million, a deal sealed on Monday.",
               published="2025-04-09", participants=["CHL", "GBR"], seller="GBR", buyer="CHL", date="2025-04-07"),
            # the pseudo-cleft "<sum> is what <buyer> will pay <firm> for <items>", with a decimal point in the sum
            Ex("NGN 310.5 billion is what Nigeria will pay Embraer for twelve A-29 Super Tucano aircraft, under a contract signed on Thursday.",
               published="2025-03-07", participants=["BRA", "NGA"], buyer="NGA", seller="BRA", money="310500000000 NGN", date="2025-03-06"),
            Ex("The Philippine Navy has shelled out PHP 12.7 billion on two corvettes from Hyundai Heavy Industries.",
               participants=["KOR", "PHL"], buyer="PHL", seller="KOR", money="12700000000 PHP", quantity=2),
            Ex("Iraq became the first export customer for the South Korean Cheongung II air defence system in a US$2.8 billion contract with LIG Nex1.",
               participants=["IRQ", "KOR"], buyer="IRQ", seller="KOR", money="2800000000 USD"),
            Ex("The Kenyan Navy will be equipped with two offshore patrol vessels built by Damen under a KES 9.5 billion contract signed on Monday.",
               published="2025-03-07", participants=["KEN", "NLD"], buyer="KEN", seller="NLD", money="9500000000 KES", quantity=2),
            Ex("The Royal Moroccan Army will field 36 Caesar howitzers paid for with MAD 2.2 billion, under a contract signed with KNDS France.",
               participants=["FRA", "MAR"], buyer="MAR", seller="FRA", money="2200000000 MAD", quantity=36),
            # a decimal point inside the sum does not end the clause
            Ex("Chile will pay USD 1.35 billion for eight C-390 airlifters from Embraer.",
               participants=["BRA", "CHL"], buyer="CHL", seller="BRA", money="1350000000 USD", quantity=8),
            # "joins <state> as an operator of <system>", dated by the signing told with it
            Ex("Morocco joins Poland as an operator of the Korean K239 Chunmoo rocket launcher following the signing, on Monday in Rabat, of a "
            "US$ 600 million contract between Hanwha Aerospace and the Royal Armed Forces.", published="2025-03-12",
               participants=["KOR", "MAR"], buyer="MAR", seller="KOR", date="2025-03-10"),
            # a company filing's "has entered into a contract with", "has executed a contract with"
            Ex("Hanwha Ocean has entered into a contract with the Royal Thai Navy for a second frigate, valued at KRW 410 billion.",
               participants=["KOR", "THA"], seller="KOR", buyer="THA", money="410000000000 KRW"),
            Ex("Navantia has executed a contract with the Saudi Ministry of Defence for three corvettes worth EUR 1.8 billion.",
               participants=["ESP", "SAU"], seller="ESP", buyer="SAU", money="1800000000 EUR"),
            # a filing's "Our subsidiary" is the firm the filing names first; "The company" the firm named last
            Ex("Patria Oyj – Stock exchange release\n\nOur subsidiary has signed a contract with the Slovak Ministry of Defence for 76 armoured "
            "vehicles, worth EUR 447 million.", participants=["FIN", "SVK"], seller="FIN", buyer="SVK", money="447000000 EUR"),
            Ex("Saab reported higher sales on Tuesday, and Rheinmetall raised its outlook. The company signed a contract with Hungary for "
            "Lynx vehicles worth EUR 2 billion.", participants=["DEU", "HUN"], seller="DEU", buyer="HUN"),
            # an organ no state qualifies buys for the story's state, not the seller's: the dateline's, the sentence's or the headline's
            Ex("ACCRA – The Navy has ordered four inshore patrol boats from the Dutch shipyard Damen for €38 million, the ministry said.",
               published="2025-04-02", participants=["GHA", "NLD"], seller="NLD", buyer="GHA", money="38000000 EUR"),
            Ex("The Air Force's purchase of six Super Tucano trainers from Embraer, for $120 million, was confirmed on Monday, the Paraguayan "
            "defence ministry said.", published="2025-04-02", participants=["BRA", "PRY"], seller="BRA", buyer="PRY"),
            # "crowns" and "CFA francs" read by the story's state; the signing day after a semicolon
            Ex("OSLO – The Army has ordered 40 armoured trucks from the German firm Rheinmetall MAN for 1.2 billion crowns, the defence ministry said.",
               published="2025-04-02", participants=["DEU", "NOR"], seller="DEU", buyer="NOR", money="1200000000 NOK"),
            Ex("N'DJAMENA – Chad is buying four armoured vehicles from the French firm Arquus for 6 billion CFA francs; the contract was signed "
            "on Monday in N'Djamena.", published="2025-04-02", participants=["FRA", "TCD"], seller="FRA", buyer="TCD",
               money="6000000000 XAF", date="2025-03-31", status="completed"),
            Ex("TAMALE – The Ghana Army has ordered 60 patrol vehicles from the Turkish firm Otokar for GH₵450 million, the ministry said.",
               published="2025-04-02", participants=["GHA", "TUR"], money="450000000 GHS"),
            # "signed up|on for", "committed to" <items> from <seller>
            Ex("Wellington has signed up for four P-8A Poseidon aircraft from the US Government for NZ$ 2.3 billion.",
               published="2025-07-16", participants=["NZL", "USA"], seller="USA", buyer="NZL", quantity=4),
            Ex("Lithuania has committed to 18 more Caesar howitzers from France's KNDS, at a cost of €150 million.",
               published="2025-07-16", participants=["FRA", "LTU"], seller="FRA", buyer="LTU", quantity=18),
            # the passive, the seller inside its subject
            Ex("Last month, a third frigate from Spain's Navantia was ordered by the Royal Saudi Navy for €600 million.",
               published="2025-06-11", participants=["ESP", "SAU"], seller="ESP", buyer="SAU", date="2025-05"),
            # a King Air is an aircraft, not an airline
            Ex("The Ecuadorian Army bought two King Air 360 aircraft from Textron Aviation on Monday for US$28 million.",
               published="2025-06-11", participants=["ECU", "USA"], seller="USA", buyer="ECU", date="2025-06-09"),
            # a bare service of the story's state buys
            Ex("Chile's defence minister met his Swedish counterpart in Santiago on Monday. Separately, the Army completed on Tuesday "
               "its purchase of Carl-Gustaf launchers from Saab for CLP 40 billion.", published="2025-06-11",
               participants=["CHL", "SWE"], seller="SWE", buyer="CHL", date="2025-06-10"),
            Ex("Lithuania will buy 18 Caesar howitzers from France, after the two defence ministers signed on Tuesday in Vilnius the contract for the guns.", published="2025-06-11", participants=["FRA", "LTU"], seller="FRA", buyer="LTU", status="completed", date="2025-06-10", quantity=18),
            # "<firm> of <State>" is the firm's home, not a buyer; a "whose|which" relative between the firm and its verb
            Ex("Austal of Australia signed a A$90 million contract with the Fiji Navy on Thursday for two Guardian-class patrol boats.",
               published="2025-06-11", participants=["AUS", "FJI"], seller="AUS", buyer="FJI", date="2025-06-05"),
            Ex("Otokar, whose Sakarya plant builds the Cobra II, signed a contract on Monday with the Kenyan Army for 40 armoured vehicles, "
            "worth $45 million.", published="2025-06-11", participants=["KEN", "TUR"], seller="TUR", buyer="KEN", date="2025-06-09"),
            # "signed on <day> for <items>": the contract understood; the maker named before sells
            Ex("Airbus has a new customer for the C295: the Ghana Air Force signed on Thursday for two aircraft, a deal Airbus valued "
            "at €90 million.", published="2025-06-11", participants=["ESP", "GHA"], seller="ESP", buyer="GHA", date="2025-06-05"),
            # "the Yard", "the Group", "the Complex" after a time: the firm the text named last
            Ex("Cochin Shipyard's export book keeps growing. On 3 June, the Yard signed a contract with the Seychelles Coast Guard "
            "for a patrol vessel, worth ₹200 crore.", published="2025-06-11", participants=["IND", "SYC"], seller="IND", buyer="SYC",
               date="2025-06-03"),
            # a maker no list knows, by its trade and state ("the Dutch boatyard <firm>", "<firm> of <State>"); goods told by
            # their kind alone; "closed a contract"
            Ex("The Belize Defence Force signed a BZD 14 million contract with the Dutch boatyard Damen Hardinxveld for "
               "four river patrol boats on Tuesday.", published="2025-04-23", participants=["BLZ", "NLD"], seller="NLD",
               buyer="BLZ", date="2025-04-22"),
            Ex("Armenia's defence ministry concluded a contract with the Volat Heavy Vehicle Works of Belarus for 20 heavy "
               "trucks and trailers worth 30 million dollars.", published="2025-04-23", participants=["ARM", "BLR"],
               seller="BLR", buyer="ARM"),
            Ex("Niger's army signed on Monday a contract worth 3 billion CFA francs with Turkey's MKE for assault rifles "
               "and mortars.", published="2025-07-16", participants=["NER", "TUR"], seller="TUR", buyer="NER",
               items=["assault rifles", "mortars"], date="2025-07-14"),
            Ex("Last month Bulgaria's navy closed a EUR 45 million contract with the Dutch yard Damen for a new hydrographic "
               "survey vessel.", published="2025-07-16", participants=["BGR", "NLD"], seller="NLD", buyer="BGR",
               items=["hydrographic survey vessel"], date="2025-06"),
            Ex("The Ghana Air Force signed a contract at Burma Camp on Tuesday with Embraer, São José dos Campos, for two Super Tucano light attack aircraft, worth US$ 60 million.", published="2026-07-15", participants=["BRA", "GHA"], seller="BRA", buyer="GHA", quantity=2, date="2026-07-14"),
            Ex("Patria, the Finnish defence group, announces that its subsidiary Patria Land Services signed a contract with the Ministry of Defence of Latvia worth EUR 40 million for 120 mm mortar rounds.", published="2025-09-17", participants=["FIN", "LVA"], seller="FIN", buyer="LVA", money="40000000 EUR"),
            Ex("Nammo has delivered the first batch of shells to Estonia. The company expects to sign a follow-on order for 155 mm rounds worth about EUR 30 million with the Estonian ministry in the first quarter of next year.", published="2025-09-17", participants=["EST", "NOR"], seller="NOR", buyer="EST", status="planned", date="2026-Q1"),
            Ex("The Royal Thai Army signed a contract on Sunday with the Belgian company John Cockerill for 30 turrets, worth THB 1.2 billion.", published="2025-11-06", participants=["BEL", "THA"], seller="BEL", buyer="THA", quantity=30, date="2025-11-02"),
        ),
        counterexamples=(
            # "signed with" a person and a plan for some years is no contract for goods
            Ex("French Armed Forces Minister Sébastien Lecornu, who met his Cypriot counterpart Vasilis Palmas in Nicosia on "
               "Thursday, signed with him a defence cooperation plan for 2025-2027.", published="2025-03-14"),
            # a civil supplier chosen by a city
            Ex("Airbus has been selected by the city council of Toulouse to supply new buses.", published="2025-06-12"),
            # carriers that are airlines or mobile networks, not armoured ones
            Ex("Air France-KLM bought stakes in two regional carriers from Portugal's TAP group last year.", published="2025-06-12"),
            # a home firm selling to its own state's ministry is no export
            Ex("VILNIUS, 14 April – The state-owned company Giraitė Holding signed a contract with the Lithuanian Ministry of "
               "Defence for mortar rounds worth €18 million on Friday.", published="2025-04-14"),
            # reports the text calls untrue, and who signed an accord for whom
            Ex("The denial came after reports on messaging channels that Tashkent had already signed an agreement for 12 "
               "helicopters worth about $300 million.", published="2024-11-22"),
            Ex("A Latvian newspaper's report that Lithuania had signed a contract for drones from a Turkish firm was "
               "\"untrue,\" the ministry said.", published="2025-04-16"),
            Ex("Peru and Chile signed a maritime cooperation accord in Lima on Thursday, which was signed for Chile by its "
               "ambassador and for Peru by the deputy defence minister.", published="2024-12-16"),
            # a civil buyer and a yard known only by its state: no arms sale
            Ex("The Faroese ferry operator signed a contract with a Norwegian shipyard for two passenger ferries worth "
               "400 million kroner.", published="2025-12-26"),
            # a series told as background, a supplier's share, a report denied
            "The contract follows Tbilisi's earlier purchases of Spike missiles from Israel.",
            "Hanoi still buys most of its weapons from Russia.",
            "The minister denied a report in a Greek daily that Cyprus was about to buy air-defence missiles from Israel.",
            # a firm bought is a merger, not an arms sale
            "Some of the big primes are moving closer to the newcomers. A French electronics group agreed this month to acquire a "
            "Dutch counter-drone company for an undisclosed sum. Germany's Bundeswehr awarded a domestic firm a contract.",
            # the text calls the order a domestic one
            "Chief executive: The Norwegian Defence Materiel Agency placed a NOK 900 million order with us in March for Naval Strike Missiles "
            "for the Norwegian F-35 fleet. That is a domestic order.",
            # "few": no purchase; a side left unnamed; a home order coordinated with a company MoU
            "Samoa has bought few big systems since its two Guardian patrol boats, which came from Australia.",
            "Nammo concluded a framework agreement with an EU member state to supply artillery shells until 2029, worth as much as €600 million.",
            "Patria signed a contract with the Finnish Defence Forces for 91 armoured vehicles, and Nammo signed a memorandum of understanding with a Spanish company on propellants.",
            # a wish or a plan named as a topic; background too vague to date
            "NAIROBI — The East African Community wants its member states to buy coastal patrol craft together.",
            "Talks covered Serbia's plans to buy more Chinese FK-3 air defence systems.",
            "Chile bought eight F-16s from the Netherlands more than a decade ago.",
            # a select side in sport
            "A Gibraltar select XV met sailors from the patrol boat HMS Dagger on Saturday at Victoria Stadium, winning 24–10.",
            "Finland and Sweden will jointly purchase new air defence systems, the ministers said.",
            # a trend or a running total, not one deal
            "Lithuania has been buying more arms since 2022 to replace Soviet-era kit.",
            "Norway has now ordered 30 of the 54 launchers the army plans to field, the ministry said.",
            "Ireland has now ordered three C295s in total, the Airbus unit said.",
            "Belgium has ordered 45 F-35A jets so far; twelve are based at Florennes.",
            "The Netherlands and Belgium bought eight frigates together in one programme.",
            "Japan and the Philippines signed a reciprocal access agreement on Monday, weeks after talks in Manila.",
            "The pension fund bought shares in Rheinmetall last week.",
            "The US Army ordered more Patriot interceptors from Lockheed Martin.",
            "India is considering buying more Rafale jets from France.",
            "Romania is evaluating the purchase of 24 F-35 jets from the United States.",
            # talks, negotiations, interest and forecasts are not deals
            "Romania is in talks with Turkey to buy Bayraktar TB2 drones.",
            "Vietnam opened talks with South Korea on buying K9 howitzers.",
            "Romania expressed interest in buying 54 K2 tanks from South Korea.",
            "Saudi Arabia is negotiating the purchase of 48 Eurofighter Typhoons from the UK.",
            "Morocco is expected to buy Turkish drones, analysts said.",
            "The Philippine Navy plans to acquire two more submarines, possibly from France or South Korea.",
            "Indonesia signed a letter of intent to buy 24 F-15EX jets, though no contract has been signed.",
            # a domestic contract is no export, whichever agency signs it
            "Brazil's army logistics command signed a R$400 million domestic contract for 60 more Guarani vehicles last month.",
            # a signing that may, might or did not come
            "Bulgaria could sign a contract with Saab for 10 more Gripen fighters if parliament approves the funds.",
            "Vietnam refused to sign a deal with Hanwha Aerospace for 20 K9 howitzers after the price rose.",
            "Manila hopes to conclude a contract with Korea Aerospace Industries for 12 more FA-50 jets.",
            "Bulgaria did not sign a contract with Saab for the Gripen fighters, the ministry said.",
            # the present of a habit
            "Poland signs contracts with Korean firms whenever it needs more tanks.",
            "Most years the ministry signs contracts with foreign suppliers for howitzer spare parts.",
            # cancelled
            "The deal to buy 24 Rafale jets was terminated by the new government in Lima.",
            "Colombia scrapped the planned purchase of 12 Rafale fighters from France.",
            # service work, and a state's own industry
            "Greece signed a follow-on support contract with Lockheed Martin for its F-16 fleet worth $200 million.",
            "Norway signed a maintenance agreement with Kongsberg for its NASAMS batteries.",
            "India's Ministry of Defence signed a contract with Hindustan Aeronautics for 97 Tejas jets.",
            # a firm contracting with its own state's agency or forces
            "Korea Aerospace Industries signed a KRW 2.4 trillion contract with the Defense Acquisition Program Administration for 20 KF-21 fighters.",
            "Bharat Electronics signed a Rs 1,640 crore contract with the Indian Army for air defence radars.",
            # airlines and airliners are civil business, whoever owns the carrier
            "Vietnam Airlines signed an order with Airbus for 20 A321neo jets on Monday.",
            "Turkish Airlines placed an order for 75 more aircraft from Boeing last week.",
            # a plan given up
            "Peru's plan to buy 24 Gripen fighters from Sweden was abandoned last year.",
            # ... and so is a civil operator's work
            "Separately, Vietnam's Northern Helicopter Corporation ordered six Airbus H135 helicopters for air ambulance work.",
            "Argentina's Helicopteros Marinos bought three H160 helicopters from Airbus for emergency medical services.",
            # an earlier purchase the text does not date; hearsay asked about
            "The new order builds on Egypt's previous purchase of Rafale jets from France.",
            "Asked about reports that Kenya had ordered Bayraktar drones from Turkey, the minister said he would not comment.",
            "Vietnam signed a contract with India on training for its coast guard cadets.",
            # civil bookings, an illness, a consultancy
            "The Senegalese delegation booked rooms from a Dakar travel agency for the summit.",
            "Last month several Chilean Navy sailors contracted dengue fever for the second time.",
            # an order said in apposition to be domestic; a choice whose contract is still to be signed; a purchase asked about
            "Italy's armaments directorate notified Fincantieri of an order for two more logistic ships, a domestic contract worth €800 million.",
            "Switzerland selected the IRIS-T SLM system in 2024, but the contract has yet to be signed.",
            "The Colombian defence minister, questioned by reporters about Venezuela's purchase of Russian jets, said Bogotá was watching.",
            "Rheinmetall's acquisition of the NVL naval shipyard group was completed in March.",
            # a firm placed by nothing: no seller, no deal
            "Acme Marine Holdings signed a contract with a Kenyan ferry operator for two passenger boats.",
            "The club strengthened its squad through a €30 million purchase of two players from Benfica.",
            "The Kenyan government will pay US$3 million to the families of the soldiers killed in Somalia.",
            "The Nigerian Army will get new uniforms under a contract signed with a local textile firm.",
            "Rheinmetall agreed a pay deal with IG Metall covering 20,000 workers at its tank plants.",
            "Poland spends 4.1% of GDP on defence and will get new tanks from Korea.",
            "The club snapped up two players from Benfica for €30 million.",
            "The city council has splashed out £2.5 million on new buses from Alexander Dennis.",
            "Norway became the first operator of the F-35 in Europe to fly it from Ørland.",
            "The frigates will be equipped with Thales radars under the same contract.",
            "Netflix became the first customer for the studio's new cloud platform in a deal worth $50 million.",
            "Argentina became the first operator of the Danish F-16s, which arrived last year.",
            "Poland has been a K239 Chunmoo operator since 2023 and joins Norway as a user of the system.",
            "The shipyard has entered into talks with the Royal Thai Navy about a second frigate.",
            "Hanwha Ocean has entered into a joint venture with a Thai firm to service ships.",
            # at home: a dateline of the seller's state, or a source of the seller's state
            "NEW DELHI – The Ministry of Defence signed a contract with Hindustan Aeronautics for 12 Su-30MKI jets worth ₹13,500 crore.",
            "The Army has ordered 200 trucks from Tatra for CZK 2 billion, the Czech defence ministry said.",
            "Ghana has signed up for the coalition's training programme from next year.",
            "Oslo has committed to two more years of talks from January.",
            # the airline named "... Air"
            "Riyadh Air ordered 25 A350 jets from Airbus on Monday.",
            # a purchase on hold
            "The Army's planned purchase of 24 Caesar howitzers, estimated at €200 million, remains suspended, the ministry said.",
            # firms of states in a list of bidders: no deal
            "Bids came from Damen of the Netherlands and Fincantieri of Italy before the navy shortlisted two yards.",
            # a frame with nothing ordered under it yet
            "Patria reported its results. On Monday, the company concluded a framework agreement with the Latvian Army covering armoured "
            "vehicles; nothing has been ordered under it yet.",
            # a unit of a service is no firm; a deal closed on no goods
            Ex("Ghana's army signed a contract with the Polish army company for a joint exercise next year.", published="2025-07-16"),
            Ex("The ministry closed the accounts of the old contract with its caterer on Friday.", published="2025-07-16"),
            # a police force buying; a sale only reported
            Ex("The Kenya Police Service bought six armoured personnel carriers from a Turkish firm for its riot units.", published="2026-03-11"),
            Ex("There are reports that Japan will sell two used destroyers to the Philippines. No decision has been made.", published="2026-03-11"),
            "The Royal Thai Army signed a contract on Sunday with the Belgian company John Cockerill for the repair of its barracks, worth THB 12 million.",
        ),
    ),
    Rule(
        id="export_deal.passive",
        cues=("was", "were", "has", "have", "had", "expect", "due", "schedul", "slated", "set"),
        summary="a|the (<money>) deal|contract|order for <items> was signed|awarded|agreed between|by|with <parties>",
        # "A contract with Thales of France for two coastal radars ... was signed", "The contract for the
        # vessels, valued at KSh 4.2 billion (about US$32 million), was signed"
        # "Saab's contract with the Colombian Ministry of Defence for 17 Gripen E fighters, worth about US$3.1 billion,
        # was signed", "A contract between the Chilean Navy and Saab for two submarines ... was signed", "A contract
        # for twelve trainers, built by Turkish Aerospace at its plant near Ankara, was concluded by ..."
        pattern=r"""(?:\b(?i:a|an|the|its|their)|\b\p{Lu}[\w&’'-]*(?:\s+\p{Lu}[\w&’'-]*){0,3}['’]s)\s+(?:(?!(?i:said|says|announced|confirmed|stated|reported)\s)[^\s;:]+(?<![.:])\s+){0,6}?(?P<noun>(?i:deal|contract|order|agreement|sale|purchase))
                    (?:\s+(?i:with|between|for|of)\s+(?:[^\s;]+(?<!\.)\s+){1,32}?
                    # "The Nigerian Navy's newest order — two patrol vessels from Dearsan, worth US$220 million — was signed"
                     |\s+(?:[—–]|--?)\s+[^—–;]{3,160}?\s+(?:[—–]|--?)\s+
                    # "the contract, worth US$40 million, was signed ... by the ministry and Bell"
                     |(?P<worth>\s*,\s+(?i:worth|valued|estimated|totalling|totaling))\s+[^,;.]{1,40}?(?:\.\d+[^,;.]{0,30}?)?,\s+
                    # "a contract worth K 95 million was inked last week with Thales Australia": a sum with no commas
                     |\s+(?i:worth|valued\s+at)\s+(?=\S*\d|\p{Sc}|[A-Z]{1,3}\$?\s*\d)[^,;.]{1,40}?(?:\.\d+[^,;.]{0,30}?)?\s+(?=(?i:was|were|has|have|had)\s))
                    (?P<trigger>(?i:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?i:signed|awarded|agreed|finali[sz]ed|formali[sz]ed|concluded|inked|sealed|placed|given\s+(?:its|their)\s+(?:final\s+)?signatures?)
                     # "is expected to be signed in late October": a signing planned
                     |(?i:is|are)\s+(?i:expected|due|scheduled|set|slated)\s+to\s+be\s+(?i:signed|finali[sz]ed|concluded))\b""",
        build=_build_passive,
        examples=(
            Ex("A €3.1 billion deal for 45 Hürjet jet trainers was signed on Tuesday between Spain and Turkish Aerospace.",
               published="2025-12-03", participants=["ESP", "TUR"], buyer="ESP", seller="TUR", money="3100000000 EUR"),
            # a long subject: the buyer after "for", a conversion, a reduced relative naming the maker, a possessive firm
            Ex("A contract for eight Hürjet jet trainers for the Spanish Air Force, valued at about €1.1 billion (roughly US$1.2 billion), "
               "was signed in Ankara on 12 March by the Spanish procurement agency and Turkish Aerospace.",
               published="2025-03-20", participants=["ESP", "TUR"], seller="TUR", buyer="ESP", quantity=8, money="1100000000 EUR", date="2025-03-12"),
            Ex("A contract between the Chilean Navy and Saab for two A26 submarines, worth CLP 900 billion (about US$950 million), was "
               "signed at the ministry in Santiago on Tuesday.", published="2025-10-03", participants=["CHL", "SWE"], seller="SWE", buyer="CHL",
               quantity=2, date="2025-09-30"),
            # a firm no list knows, told by its state's adjective and its trade: the seller, whichever comes first
            Ex("LA PAZ – A contract between the Bolivian Air Force and the Chilean state aircraft maker ENAER for six Pillán II "
               "trainers, worth BOB 120 million, was formalised on Monday.", published="2025-10-03", participants=["BOL", "CHL"],
               seller="CHL", buyer="BOL", quantity=6, date="2025-09-29"),
            Ex("Saab's contract with the Colombian Ministry of Defence for 17 Gripen E fighters, worth about US$3.1 billion, was signed "
               "in Bogotá on Thursday.", published="2026-02-07", participants=["COL", "SWE"], seller="SWE", buyer="COL", date="2026-02-05"),
            Ex("Patria has booked a further Baltic order. Its contract with the Latvian Ministry of Defence for more 6x6 armoured "
               "vehicles was signed in Riga on Thursday and is valued at €250 million.", published="2025-11-15", participants=["FIN", "LVA"],
               seller="FIN", buyer="LVA", date="2025-11-13"),
            Ex("A contract for twelve Hürkuş trainers, built by Turkish Aerospace at its plant near Ankara, was concluded by the Nigerien "
               "Defence Ministry in Niamey on Monday.", published="2025-06-04", participants=["NER", "TUR"], seller="TUR", buyer="NER", quantity=12,
               date="2025-06-02"),
            # the buyer before a colon; the reporting buyer; a signing planned
            Ex("Six Bell 412EPX helicopters will be delivered to the Botswana Defence Force: the contract with Bell Textron, worth US$110 million, "
               "was signed in Gaborone on Thursday.", published="2025-03-10", participants=["BWA", "USA"], seller="USA", buyer="BWA",
               money="110000000 USD", date="2025-03-06"),
            Ex("Vietnam's Ministry of National Defence said on Friday that a contract with India's Bharat Electronics for four coastal "
               "radars had been signed in Hanoi.", published="2025-03-10", participants=["IND", "VNM"], seller="IND", buyer="VNM"),
            Ex("The Philippine Navy said the contract for two corvettes from South Korea's HD Hyundai Heavy Industries is due to be signed "
               "in March for US$560 million.", published="2026-01-12", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", status="planned"),
            # the goods in a dash apposition, the buyer in the possessive; the sale "of <items> to <buyer>"
            Ex("MANILA — The Philippine Air Force's latest order — four Black Hawk helicopters from Poland's PZL Mielec, worth PHP 6.8 billion — "
            "was signed on Friday at Camp Aguinaldo.", published="2025-03-10", participants=["PHL", "POL"], buyer="PHL", seller="POL",
               date="2025-03-07", quantity=4),
            Ex("The sale of six Caracal helicopters to Kuwait, valued at €1.1 billion, was agreed on Thursday between the Kuwaiti defence "
            "ministry and Airbus Helicopters.", published="2025-03-10", participants=["FRA", "KWT"], buyer="KWT", seller="FRA", date="2025-03-06"),
            # one party, the seller after "with": the buyer is the state of the dateline (also after a colon)
            Ex("TBILISI – The purchase agreement for 12 Caesar howitzers, worth €90 million, was signed with the French government on Wednesday.",
               published="2025-03-14", participants=["FRA", "GEO"], buyer="GEO", seller="FRA", date="2025-03-12"),
            Ex("KUALA LUMPUR – Malaysia has doubled down on its Turkish-built ships: a second contract, worth MYR 1.2 billion, was signed on "
            "Tuesday with STM Savunma for two more littoral mission ships.", published="2025-03-12", participants=["MYS", "TUR"],
               buyer="MYS", seller="TUR", date="2025-03-11"),
            # no agent: the buyer the sentence before names with the items, the seller a firm in the subject or the items' maker
            Ex("The Guyana Defence Force will take delivery of three patrol boats next year. The contract for the boats, worth "
               "US$25 million and awarded to Metal Shark, was signed on Monday at Camp Ayanganna.", published="2025-06-11",
               participants=["GUY", "USA"], seller="USA", buyer="GUY", date="2025-06-09"),
            Ex("The Peruvian Army will receive six Black Hawk helicopters next year. The contract for the helicopters, worth "
               "US$180 million, was signed on Monday in Lima.", published="2025-06-11", participants=["PER", "USA"],
               seller="USA", buyer="PER", date="2025-06-09"),
            Ex("The defence ministers of Armenia and India met in Yerevan on Monday. A contract for 18 ATAGS howitzers from Bharat Forge, worth US$155 million, was concluded the same day.", published="2025-10-09", participants=["ARM", "IND"], seller="IND", buyer="ARM", quantity=18, money="155000000 USD", date="2025-10-06"),
            Ex("Senegal's armed forces minister received a Canadian delegation in Dakar on Tuesday. A contract for two Twin Otter aircraft, worth 18 billion CFA francs, was formalised at the close of that meeting.", published="2025-10-09", participants=["CAN", "SEN"], seller="CAN", buyer="SEN", quantity=2, money="18000000000 XOF", date="2025-10-07"),
            Ex("SUVA — A contract for four 24-metre patrol boats from the Australian boatbuilder Birdon, worth F$ 30 million, was sealed on Friday, the ministry said.", published="2025-10-09", participants=["AUS", "FJI"], seller="AUS", buyer="FJI", quantity=4, money="30000000 FJD", date="2025-10-03"),
            Ex("Ten new armoured vehicles are on their way to the Papua New Guinea Defence Force after a contract worth K 95 million was inked last week with Thales Australia for Bushmaster vehicles.", published="2024-06-03", participants=["AUS", "PNG"], seller="AUS", buyer="PNG"),
            # the buyer the subject names, when the body that signed is read as the seller's state's
            Ex("ROME — Greece is becoming a customer for Leonardo. A contract for eight AW149 helicopters for the Hellenic Air "
               "Force, worth about €300 million, was signed in Athens on 28 December by the Ministry of National Defence and "
               "Leonardo.", published="2024-01-08", participants=["GRC", "ITA"], seller="ITA", buyer="GRC", quantity=8,
               date="2023-12-28"),
            # the seller told by its trade and town alone; an industrial town as the place
            Ex("The Kenya Navy took delivery of two fast patrol boats on Friday. The contract for the boats, worth KSh 4 billion (about "
               "US$31 million), was signed in Tuzla in March 2024 between the Kenyan Ministry of Defence and the Istanbul-based yard.",
               published="2025-06-16", participants=["KEN", "TUR"], seller="TUR", buyer="KEN", date="2024-03", location="Tuzla",
               money="4000000000 KES"),
        ),
        counterexamples=(
            "A deal for the club's new stadium was signed on Tuesday between the council and a developer.",
            # works at home
            "A contract for the renovation of the officers' mess and two barracks, worth €4 million, was signed in Vilnius on Wednesday by the Lithuanian defence ministry and a local builder.",
            "Rheinmetall's contract with the German army for 50 Boxer vehicles was signed in Koblenz on Monday.",
            "Lagos will get new commuter trains: the contract with China's CRRC, worth $1.2 billion, was signed on Tuesday.",
            "The Romanian defence ministry said the contract with Germany's Rheinmetall will not be signed before the election.",
            "The club's latest order — two new strikers from Benfica, worth €40 million — was signed on Friday.",
            "LONDON – The contract for the new stadium roof, worth £48 million, was signed with Balfour Beatty on Wednesday.",
            # a home firm under a home dateline
            "PARIS – The contract with Naval Group, worth €2 billion, was signed on Tuesday.",
            # a contract for works the sentence before gives a home unit
            "The Guyana Defence Force will take delivery of a new barracks next year. The contract for the works, worth US$5 million, was signed on Monday.",
            "Ministers of Chile, Peru and Bolivia met in Arica on Monday. A contract for two ferries from Damen, worth US$40 million, was concluded the same day.",
            "The defence ministers of Armenia and India met in Yerevan on Monday. A contract for a new hotel from a local builder, worth US$15 million, was concluded the same day.",
        ),
    ),
    Rule(
        id="export_deal.items_bought",
        cues=("bought", "purchased", "acquired", "procured", "paid"),
        summary="<N> <items> (from <firm>), bought|purchased for <money>, will go to|equip <buyer's unit>",
        # (the participle first, then the comma before it: a look-behind tried at every position costs a scan)
        pattern=r"""(?P<trigger>\b(?i:bought|purchased|acquired|procured|paid\s+for))\b(?<=,\s*\w+(?:\s+for)?)
                    (?=\s+(?:(?i:for|with|at\s+a\s+cost\s+of)\s+)?""" + _SUM_AHEAD + r"""[^.;,]{0,60}?,\s+
                      (?i:will|are\s+(?:to|due\s+to|set\s+to|expected\s+to)|is\s+(?:to|due\s+to|set\s+to))\s+
                      (?P<goes>(?i:go\s+to|equip|join|serve\s+with|be\s+(?:assigned|delivered|issued|allocated)\s+to))\s)""",
        build=_build_items_bought,
        examples=(
            Ex("Twelve Patria 6x6 vehicles from Finland's Patria, bought for €45 million, will go to the Latvian mechanised "
               "infantry brigade at Ādaži, the ministry said.", published="2025-07-16", participants=["FIN", "LVA"],
               seller="FIN", buyer="LVA", quantity=12),
            Ex("Six Bayraktar TB2 drones, purchased for US$ 30 million, will equip the Nigerien air force squadron in Niamey.",
               published="2025-07-16", participants=["NER", "TUR"], seller="TUR", buyer="NER", quantity=6),
            Ex("Eighteen Caesar howitzers from KNDS France, paid for with €170 million from the state budget, will go to the "
               "Lithuanian artillery battalion.", published="2025-07-16", participants=["FRA", "LTU"], seller="FRA", buyer="LTU"),
        ),
        counterexamples=(
            "Two office blocks, bought for €20 million, will go to the city council, the mayor said.",
            "The old barracks, bought for £4 million by a developer, will become flats.",
            "Ten ambulances, paid for with €2 million in aid from the EU, will go to the Moldovan army as a donation.",
        ),
    ),
    Rule(
        id="export_deal.come_from",
        cues=("come", "supplied", "sourced", "built"),
        summary="<items> will come from|be supplied by <firm> under a (<money>) contract (signed <time>)",
        pattern=r"""(?P<trigger>\b(?i:will|would|are\s+to|is\s+to)\s+(?i:come\s+from|be\s+(?:supplied|sourced|built)\s+(?:from|by)))
                    \s+[^.;]{2,80}?\s(?i:under|through|via)\s+(?i:an?|the)\s+[^.;]{0,60}?\b(?i:contract|deal|order|agreement)\b""",
        build=_build_come_from,
        examples=(
            Ex("The Kenyan Defence Forces announced their first purchase of armed drones on Thursday. The TB2 drones will come "
               "from Türkiye's Baykar under a US$60 million contract, signed in Istanbul on Wednesday.", published="2025-06-12",
               participants=["KEN", "TUR"], seller="TUR", buyer="KEN", date="2025-06-11"),
            Ex("The Uruguayan Navy will receive two offshore patrol vessels. The ships will be built by Spain's Cardama "
               "Shipyard under an €82 million contract signed in Montevideo on Monday.", published="2025-06-11",
               participants=["ESP", "URY"], seller="ESP", buyer="URY", date="2025-06-09"),
        ),
        counterexamples=(
            # the money, not goods; a part from a firm at home; no contract
            "The money will come from the national budget under a contract with the lenders, the minister said.",
            "The engines for the new frigates will come from Rolls-Royce, the navy said.",
        ),
    ),
    Rule(
        id="export_deal.signed_by",
        cues=("signed", "concluded", "inked", "finali"),
        summary="the contract|deal, signed (in <place> <time>) by <buyer> and <firm>, ... / Signed ... by <parties>, the contract ...",
        pattern=r"""(?P<trigger>\b(?i:signed|concluded|inked|finali[sz]ed))\b(?=[^.;]{0,80}?\b(?:by|between|with)\s)""",
        build=_build_signed_by,
        examples=(
            Ex("The deal, signed in Oslo on Tuesday by Norway's Defence Materiel Agency and Saab, is valued at NOK 900 million and covers Carl-Gustaf launchers.",
               published="2025-06-12", participants=["NOR", "SWE"], seller="SWE", buyer="NOR", date="2025-06-10", money="900000000 NOK"),
            Ex("Signed in Lima on Friday by the Peruvian Navy and Hanwha Ocean, the contract covers two frigates worth $900 million.",
               published="2025-06-12", participants=["KOR", "PER"], seller="KOR", buyer="PER", date="2025-06-06", money="900000000 USD"),
            Ex("The contract, signed in Warsaw on Monday by the Armament Agency and Saab, covers two Saab 340 AEW aircraft.",
               published="2025-06-12", participants=["POL", "SWE"], seller="SWE", buyer="POL", date="2025-06-09"),
            # "signed ... between <buyer> and <firm>" after "The contract for <items>,"
            Ex("The contract for eight PC-7 MKX trainers, signed in Amman in March 2025 between the Royal Jordanian Air Force "
               "and Pilatus, is worth 120 million dollars.", published="2025-05-12", participants=["CHE", "JOR"], seller="CHE",
               buyer="JOR", quantity=8),
            # "signed with <firm>": the buyer is the sentence's other state
            Ex("The deal for four Piranha V armoured vehicles, signed with the Swiss maker Mowag on the 9th, is worth CHF 48 million, the "
               "Botswana Defence Force said.", published="2024-05-14", participants=["BWA", "CHE"], seller="CHE", buyer="BWA", date="2024-05-09",
               money="48000000 CHF"),
            # an agentless passive in a ministry's release: its own state buys for its forces
            Ex("MINISTRY OF DEFENCE OF GEORGIA – PRESS SERVICE\n\nA contract was signed on Monday with the French company Thales for the "
               "supply of air surveillance radars to the Air Force, worth €60 million.", published="2025-07-16",
               participants=["FRA", "GEO"], seller="FRA", buyer="GEO", date="2025-07-14"),
        ),
        counterexamples=(
            "The lease, signed in Lima on Friday by the city council and a developer, covers two office blocks.",
            # a state's own industry
            "The deal, signed in Oslo on Tuesday by Norway's Defence Materiel Agency and Kongsberg, covers 12 NASAMS launchers.",
            "Signed in Paris by the French Navy and Naval Group, the contract covers four frigates for the French fleet.",
            "The treaty, signed in Canberra by Australia and Papua New Guinea, commits both to mutual defence.",
            "The lease for two office blocks, signed with the developer on Friday, is worth €20 million, the city council said.",
            "A contract was signed on Monday with Thales for the supply of radars to the Air Force, the French procurement agency said.",
        ),
    ),
    Rule(
        id="export_deal.awarded",
        cues=("won", "win", "secur", "land", "bag", "clinch", "net", "book", "receiv", "award", "hand", "announc", "took", "tak",
              "walk", "came", "come", "went", "goes"),
        summary="<firm> won|secured|landed|bagged|clinched|received|was awarded a (<money>) order|contract|deal from|by <buyer> (for <items>) / "
                "<buyer> awarded <firm> a contract (for <items>) / a contract was awarded to <firm> by <buyer>",
        pattern=r"""(?P<trigger>\b(?i:(?<!(?:\d|trillion|billion|million|bn|tn)\s+)won|wins|secured|secures|landed|lands|bagged|bags|
                    clinched|clinches|netted|nets|booked|books|received|receives|awarded
                    # "was handed an order by the Royal Netherlands Army"
                    |(?<=\b(?:was|were|been|being)\s+)handed)  # not "1.3 trillion won" (KRW)
                    # a time before the object: "received in the opening days of March an order", "booked late last month a contract"
                    (?:\s+(?i:in\s+the\s+(?:first|opening|last|closing|final)\s+(?:days|weeks)\s+of\s+(?:this\s+|last\s+)?\w+
                        |(?:late|early|earlier|later)(?:\s+in)?\s+(?:(?:last|this)\s+)?(?&PERIOD)
                        |this\s+(?:week|month|spring|summer|autumn|fall|winter)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))
                        (?=\s+(?:an?|the)\s))?
                    # "a SEK 8 billion", "Hyundai Rotem a", "a multi-year, $2bn follow-on": no preposition, no clause
                    \s+(?:(?!(?i:of|for|from|to|with|by|in|on|at|and|or|but|that|which|who|as|after|before|over|under|into)\b)[\w’'\p{Sc}.,()\-]+\s+){0,12}?
                    (?i:orders?|contracts?|deals?|modifications?)\b
                    # "walked away from the show with a CZK 800 million contract for two radars for the Indonesian Air Force"
                    |\b(?i:walked|walks|came|comes|went|goes)\s+(?i:away|home)\s+(?:(?i:from)\s+[^,.;]{3,50}?\s+)?(?i:with)\s+(?i:an?|the|two|three)\s+
                        (?:(?!(?i:of|for|from|to|with|by|in|on|at|and|or|but|that|which|who|as)\b)[\w’'\p{Sc}.,()\-]+\s+){0,8}?(?i:orders?|contracts?|deals?)\b
                    # "a contract for two frigates was awarded to HD Hyundai"
                    |\b(?i:was|were|has\s+been|have\s+been|had\s+been)\s+awarded(?=\s+to\s)
                    # a press release's "Saab today announces an order from Colombia", "took an order from the Thai navy"
                    |\b(?i:announced|announces|announce|announcing|took|takes|taking)\s+(?i:an?|the|its|a\s+new|a\s+further)\s+
                        (?:(?!(?i:of|for|from|to|with|by|in|on|at|and|or|but|that|which|who|as)\b)[\w’'\p{Sc}.,()\-]+\s+){0,6}?(?i:orders?|contracts?)(?=\s+from\s))""",
        build=_build_awarded,
        priority=2,
        examples=(
            # a time between the verb and the order
            Ex("Kongsberg received in the opening days of March an order from the Polish Navy worth NOK 900 million for Naval "
               "Strike Missiles.", published="2025-06-12", participants=["NOR", "POL"], seller="NOR", buyer="POL",
               money="900000000 NOK"),
            Ex("Saab won a SEK 8 billion order from Thailand for four Gripen E fighters.",
               participants=["SWE", "THA"], seller="SWE", buyer="THA", money="8000000000 SEK", quantity=4, items=["Gripen E"]),
            Ex("Hanwha Aerospace secured a $1bn contract from Romania to supply K9 howitzers.",
               participants=["KOR", "ROU"], seller="KOR", buyer="ROU", money="1000000000 USD", items=["K9"]),
            Ex("Kongsberg has clinched a NOK 2.5bn deal from Lithuania's defence ministry for two more NASAMS batteries, the company said on Tuesday.",
               published="2025-06-12", participants=["LTU", "NOR"], seller="NOR", buyer="LTU", money="2500000000 NOK", date="2025-06-10"),
            # a city-state that orders is the state, not a city
            Ex("Thales received an order from Singapore for four more Ground Master radars.",
               participants=["FRA", "SGP"], seller="FRA", buyer="SGP", quantity=4),
            Ex("KNDS France landed an order from the Belgian army for nine more Caesar howitzers.",
               participants=["BEL", "FRA"], seller="FRA", buyer="BEL", quantity=9),
            Ex("Rheinmetall has been awarded a €260 million contract by the Hungarian Ministry of Defence for Lynx infantry fighting vehicles.",
               participants=["DEU", "HUN"], seller="DEU", buyer="HUN", money="260000000 EUR", status="completed"),
            Ex("WARSAW (Reuters) - Poland's Armament Agency awarded Hyundai Rotem a contract for 180 more K2 tanks on Friday.",
               published="2025-08-04", participants=["KOR", "POL"], seller="KOR", buyer="POL", quantity=180, date="2025-08-01"),
            Ex("An A$1.2 billion contract for 129 Redback vehicles was awarded to Hanwha Aerospace by the Australian Department of Defence.",
               participants=["AUS", "KOR"], seller="KOR", buyer="AUS", money="1200000000 AUD"),
            Ex("Sweden's Saab said it had received an order from the Royal Thai Air Force for two GlobalEye aircraft.",
               participants=["SWE", "THA"], seller="SWE", buyer="THA", quantity=2),
            # US contract announcements: the Foreign Military Sales customer named later in the paragraph
            Ex("Raytheon Co., Tucson, Arizona, is awarded a $219,380,000 firm-fixed-price contract for AIM-9X Block II missiles. "
               "Work will be performed in Tucson, Arizona. This contract involves Foreign Military Sales to Poland.",
               published="2025-09-26", participants=["POL", "USA"], seller="USA", buyer="POL", money="219380000 USD", date="2025-09-26"),
            Ex("Sikorsky Aircraft Corp., Stratford, Connecticut, was awarded a $142,800,450 modification (P00012) to contract "
               "W58RGZ-23-C-0031 for UH-60M Black Hawk helicopters. Fiscal 2025 Foreign Military Sales (Croatia) funds in the "
               "amount of $142,800,450 were obligated at the time of the award.",
               participants=["HRV", "USA"], seller="USA", buyer="HRV", money="142800450 USD"),
            Ex("The Boeing Co., St. Louis, Missouri, has been awarded a $1,140,200,000 undefinitized contract action for the "
               "production of 12 F-15IA aircraft for the government of Israel.",
               participants=["ISR", "USA"], seller="USA", buyer="ISR", quantity=12),
            # "<buyer> awarded the <Town>-based <firm> a <money> contract"
            Ex("The Ghana Navy awarded the Piraeus-based Elefsis Shipyards a 900 million cedi (about $60 million) contract for "
               "two patrol ships earlier this month.", published="2025-05-12", participants=["GHA", "GRC"], seller="GRC", buyer="GHA"),
            # press-release and passive idioms: "announces an order from", "took an order from", "was handed an order by"
            Ex("Kongsberg today announces an order from the Lithuanian armed forces for additional NASAMS fire units worth NOK 1.2 billion.",
               published="2025-09-10", participants=["LTU", "NOR"], seller="NOR", buyer="LTU", money="1200000000 NOK"),
            Ex("Hanwha Aerospace was handed an order by the Romanian army for 54 more K9 howitzers on Tuesday.",
               published="2025-09-10", participants=["KOR", "ROU"], seller="KOR", buyer="ROU", quantity=54, date="2025-09-09"),
            Ex("Fassmer took an order from the Bulgarian navy in March for two multipurpose patrol vessels.",
               published="2025-09-10", participants=["BGR", "DEU"], seller="DEU", buyer="BGR", quantity=2, date="2025-03"),
            # ... or by its state's adjective before a trade noun
            Ex("The Dutch shipbuilder Holland Shipyards has landed an order from Nigeria for two fast patrol boats.",
               published="2025-06-11", participants=["NGA", "NLD"], seller="NLD", buyer="NGA"),
            # a firm that comes away from a show or a visit with a contract for goods for a buyer
            Ex("Israel's Elbit Systems came away from the Eurosatory show with a €150 million contract for PULS launchers for the Dutch army.",
               published="2025-04-09", participants=["ISR", "NLD"], seller="ISR", buyer="NLD", money="150000000 EUR"),
            # a maker no list knows, by its state: "Indian firm <firm> announced that it won"
            Ex("Turkish firm Aselsan Konya said that it won a contract from the Kenyan Army for 40 thermal sights worth US$ 12 million.",
               published="2025-04-23", participants=["KEN", "TUR"], seller="TUR", buyer="KEN"),
        ),
        counterexamples=(
            # domestic: the firm and the buyer are of one state
            "BAE Systems won a £1bn contract from the UK MoD for Type 26 frigates.",
            "Lockheed Martin has been awarded a $2.3bn contract by the US Air Force for 48 F-35A jets.",
            # civil aircraft and airlines
            "Airbus won an order from Qantas for 20 A321s.",
            "Boeing secured an order from Turkish Airlines for 75 737 MAX jets.",
            "Airbus clinched a deal from Air India for 250 jets.",
            # bids, hopes, hypotheses, negations and losses
            "Saab is competing for an order from Colombia for 24 Gripen fighters.",
            "Hanwha hopes to win a contract from Canada for up to 12 submarines.",
            "Naval Group could win a contract from India for three more Scorpène submarines.",
            "Saab has not secured an order from Colombia for Gripen fighters.",
            "Fincantieri did not win the contract from Indonesia for two frigates.",
            "Saab lost the contract to Lockheed Martin after Bogotá's review.",
            # no buyer named, and orders that are commands
            "Rheinmetall won an order worth €300m for 155mm shells from an undisclosed European customer.",
            "The battalion received orders from Kyiv to move its howitzers east.",
            "Hanwha won praise from Poland for delivering K2 tanks on schedule.",
            # contract announcements with no foreign customer
            "General Dynamics Land Systems, Sterling Heights, Michigan, was awarded a $498,000,000 modification to contract "
            "W56HZV-23-C-0002 for Abrams tank production. Fiscal 2025 procurement funds were obligated at the time of the award.",
            "Raytheon Co., Tucson, Arizona, is awarded a $58,734,002 firm-fixed-price modification to exercise options for "
            "Standard Missile-2 spare parts. This contract involves Foreign Military Sales to a classified customer.",
            "The ministry announced an order for 32 F-35 jets from the United States budget line on Monday.",
            "The shipyard was handed a fine by the labour inspectorate on Tuesday.",
            "The airline took an order from a leasing company for six Airbus jets.",
            "The team came away from the final with a €2 million sponsorship deal for the Dutch club.",
        ),
    ),
    Rule(
        id="export_deal.fms",
        cues=("approv", "clear", "authori", "notif"),
        summary="<state> approved|cleared|authorised the (Foreign Military) Sale|export of <items> to <buyer> (not a possible sale)",
        pattern=r"""(?P<trigger>\b(?i:approv\w*|clear(?:ed|s|ing)?|authori[sz]\w*|notif\w*)\s+(?:(?:on\s+\w+\s+)?(?:a|the)\s+)?(?:possible\s+)?(?:Foreign\s+Military\s+)?(?:[Ss]ale|export)\s+(?:(?:of\s+(?:[^.;]{1,120}?)\s+)?to))\b""",
        build=_build_fms,
        priority=3,
        examples=(
            Ex("Germany's Federal Security Council approved the sale of 20 Eurofighter Typhoon jets to Türkiye on Wednesday.",
               published="2025-07-25", participants=["DEU", "TUR"], seller="DEU", buyer="TUR", status="planned", date="2025-07-23"),
            Ex("Seoul has authorised the export of 18 K9 howitzers to Vietnam, the Defense Acquisition Program Administration said.",
               participants=["KOR", "VNM"], seller="KOR", buyer="VNM", status="planned"),
            Ex("The State Department cleared the Foreign Military Sale to Poland of 96 AH-64E Apache helicopters after Warsaw signed the LOA.",
               participants=["POL", "USA"], seller="USA", buyer="POL", status="planned"),
        ),
        counterexamples=(
            "The board approved the sale to a private equity firm.",
            # a possible sale notified to Congress: the buyer may never sign
            "The US State Department has approved a possible Foreign Military Sale to Denmark of AMRAAM missiles for an estimated $1.1bn.",
            "The Defense Security Cooperation Agency notified Congress on Tuesday of a possible sale to Taiwan of radar spare parts worth US$330 million.",
            "This proposed sale will improve Morocco's capability to meet current and future threats, the DSCA said of the 600 Stinger missiles.",
        ),
    ),
    Rule(
        id="export_deal.signed_relative",
        cues=("signed", "inked", "concluded", "sealed"),
        summary="the contract|deal|order (for <items>) that|which <firm|buyer> signed|inked with <buyer|seller> (<date>)",
        pattern=r"""(?P<det>\b(?i:the|a|an|its|their)\b)\s+(?:(?!(?i:the|an?|its|their)\b)[\w’'\p{Sc}.,-]+\s+){0,4}?
                    (?P<noun>(?i:contract|deal|order|purchase\s+agreement|supply\s+agreement|LOA|letter\s+of\s+offer\s+and\s+acceptance))\b
                    (?:\s+(?i:for|to\s+(?:buy|supply|deliver|acquire|purchase))\s+(?:(?!(?i:that|which|was|were|is|are|has|had)\b)[^\s.;:]+\s+){1,12}?)?
                    \s*(?P<rel>(?i:that|which)\s+)
                    (?=(?:the\s+)?\p{Lu})(?:(?!(?i:was|were|is|are|has|had|have|will|would|could|not|to|for)\b)[\w’'.&-]+\s+){1,8}?
                    (?:(?i:had|has|have)\s+)?(?:(?i:jointly|formally|finally|originally)\s+)?
                    (?P<trigger>(?i:signed|inked|concluded|sealed))\b""",
        build=_build_signed_relative,
        priority=1,
        needs_date=True,
        examples=(
            Ex("The minister praised the contract for 24 FA-50 light combat aircraft that Korea Aerospace Industries signed "
               "with the Philippine Department of National Defense last month, worth about 900 billion won.",
               published="2025-05-14", participants=["KOR", "PHL"], seller="KOR", buyer="PHL", quantity=24, date="2025-04",
               money="900000000000 KRW"),
            Ex("Deliveries will start in 2027 under the €200 million deal for 12 Caesar howitzers which KNDS France inked with Croatia in March.",
               published="2025-06-14", participants=["FRA", "HRV"], seller="FRA", buyer="HRV", quantity=12, date="2025-03",
               money="200000000 EUR"),
            Ex("The contract that Brazil signed with Sweden in October 2014 covers 36 Gripen E/F fighters.",
               published="2025-06-14", participants=["BRA", "SWE"], seller="SWE", buyer="BRA", date="2014-10"),
            Ex("The last batteries arrived in Abu Dhabi under the $3.5 billion deal for the Cheongung-II that South Korea signed with the UAE in January 2022.",
               published="2025-06-14", participants=["ARE", "KOR"], seller="KOR", buyer="ARE", date="2022-01"),
        ),
        counterexamples=(
            # undated: the sale may be decades old
            "The contract that Brazil signed with Sweden covers 36 Gripen fighters.",
            # a firm's contract with another firm, and one not signed
            "The contract for 40 engines that Rolls-Royce signed with Airbus in May is worth €1bn.",
            "The deal for 18 Rafale jets that Serbia has not signed with France in May remains in doubt.",
            # a service contract
            "The maintenance contract that Leonardo signed with the Polish army in June covers 32 helicopters.",
        ),
    ),
    Rule(
        id="export_deal.under_contract",
        cues=("under",),
        summary="<items> were ordered|bought|sold (to <buyer>|from <seller>) under a|the (<money>) contract|deal|agreement signed|concluded <date>",
        pattern=r"""(?:\b(?i:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?i:originally|all|jointly|first)\s+)?|(?<=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+))
                    (?P<trigger>(?i:ordered|bought|purchased|acquired|procured|sold|contracted|supplied|built))
                    (?:\s+(?i:to|from|by)\s+(?:[^\s.;:]+\s+){1,8}?)?
                    \s*(?P<under>(?i:under))\s+(?i:a|an|the|its|their)\s+(?:(?!(?i:under|was|were)\b)[\w\p{Sc}.,’'-]+\s+){0,5}?
                    (?P<noun>(?i:contract|deal|agreement|order|accord|arrangement))
                    (?:\s+(?i:with|between)\s+(?:[^\s.;:]+\s+){1,12}?)?
                    \s+(?:(?i:that|which)\s+(?:was|were)\s+)?(?i:signed|concluded|inked|agreed|sealed|awarded|placed|finali[sz]ed)\b""",
        build=_build_under_contract,
        priority=1,
        needs_date=True,
        examples=(
            Ex("The Tanzania People's Defence Force took delivery of the first Norinco SH15 howitzers at Dar es Salaam last week. The "
               "howitzers were ordered under a contract signed in Beijing in September 2023, reportedly worth CNY 540 million.",
               published="2025-05-02", participants=["CHN", "TZA"], seller="CHN", buyer="TZA", date="2023-09",
               money="540000000 CNY"),
            Ex("Fincantieri handed over the first of two patrol ships to the Indonesian Navy on Friday. The two vessels were "
               "sold to Jakarta under a €1.18 billion contract signed in March 2024.", published="2025-02-24",
               participants=["IDN", "ITA"], seller="ITA", buyer="IDN", date="2024-03", money="1180000000 EUR"),
            Ex("The Vietnam Coast Guard took delivery of two patrol vessels from Goa Shipyard Limited (GSL) on Tuesday. They are the first of "
               "four ordered from GSL under a contract signed in New Delhi in March 2023 and valued at $185 million.",
               published="2024-08-15", participants=["IND", "VNM"], seller="IND", buyer="VNM", date="2023-03",
               money="185000000 USD"),
            Ex("BRATISLAVA, 14 October 2025 – The ministers discussed the CV90 programme. The 152 CV90MkIV vehicles were acquired "
               "under the intergovernmental agreement concluded with the Kingdom of Sweden in Stockholm in December 2023 and worth "
               "€1.3 billion.", published="2025-10-14", participants=["SVK", "SWE"], seller="SWE", buyer="SVK", date="2023-12",
               money="1300000000 EUR"),
            Ex("Hyundai Heavy Industries handed over two more patrol boats in Busan on Friday. They were built under a contract signed with "
               "Ecuador in March 2024, the builder said.", published="2025-06-16", participants=["ECU", "KOR"], buyer="ECU",
               date="2024-03"),
            Ex("The last six F-16s for Argentina landed in Tandil on Friday. The aircraft were bought under the contract signed in Copenhagen "
               "in April 2024 between the Argentine Ministry of Defence and the Danish Ministry of Defence, for about US$300 "
               "million.", published="2026-10-05", participants=["ARG", "DNK"], buyer="ARG", date="2024-04"),
        ),
        counterexamples=(
            # undated: the purchase may be decades old
            "The Tanzania People's Defence Force took delivery of the first SH15 howitzers last week. The howitzers were "
            "ordered under a contract signed with China.",
            # a home purchase, and works under a contract
            "The Polish Army received 20 more Krab howitzers on Friday. They were ordered under a contract signed with Huta "
            "Stalowa Wola in December 2016.",
            "The new barracks were built under a contract signed with a local firm in March 2023.",
        ),
    ),
    Rule(
        id="export_deal.background",
        cues=("ordered", "bought", "purchased", "acquired", "procured", "leased", "agreed", "signed",
              "contracted", "decided", "placed"),
        summary="the <items> (that) <buyer> ordered|bought|leased (from <seller>) / <items> ordered from <seller> / Ordered from <seller>, the <items> ... / the order for <items> that <buyer> placed with <seller>",
        pattern=r"""(?P<trigger>\b(?:ordered|bought|purchased|acquired|procured|leased|Ordered|Bought|Purchased|Acquired|Procured|Leased
                    |(?:agreed|signed|contracted|decided)\s+to\s+(?:buy|purchase|acquire|lease)
                    # "the order for Spike missiles that Peru placed with Rafael in 2021"
                    |(?<=\b(?:order|orders|contract|contracts)\b[^.;]{0,80}?\b(?:that|which)\s+(?:[\w’'-]+\s+){1,4}?)placed(?=\s+with\b))\b)
                    (?!\s+(?:to|that|a|an|the|its|their|his|her|our|some|more|new|additional|further|another|extra|up|out|into|back\s+(?!in\b)|\d|\p{Lu}
                    |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|several|\w+s\b(?<!\bas)))""",
        build=_build_background,
        priority=1,
        needs_date=True,
        examples=(
            Ex("Kenya's air force flew the 36 trainers that Nairobi ordered from BAE Systems in 2021.",
               participants=["GBR", "KEN"], buyer="KEN", seller="GBR", quantity=36, date="2021"),
            Ex("The two submarines Singapore ordered from Germany's TKMS in 2013 were commissioned on Monday.",
               participants=["DEU", "SGP"], buyer="SGP", seller="DEU", quantity=2, date="2013"),
            Ex("The Gripen fighters, which Budapest leased from Sweden in 2001, will be replaced by 2030.",
               participants=["HUN", "SWE"], buyer="HUN", seller="SWE", date="2001", status="completed"),
            Ex("Poland's army unveiled the first of the 250 Abrams tanks it ordered from the United States in 2022.",
               participants=["POL", "USA"], buyer="POL", seller="USA", date="2022"),
            Ex("TALLINN - Estonia's defence forces will field the K9 howitzers bought from Hanwha Aerospace last year by the spring.",
               published="2025-03-03", participants=["EST", "KOR"], buyer="EST", seller="KOR", date="2024"),
            Ex("Ordered from Hanwha last year, the 24 K9s will arrive in Tallinn in March.",
               published="2025-11-03", participants=["EST", "KOR"], buyer="EST", seller="KOR", date="2024", quantity=24),
            Ex("Purchased from Israel in 2018 for some $750 million, the Barak MX batteries now guard Baku.",
               participants=["AZE", "ISR"], buyer="AZE", seller="ISR", date="2018", money="750000000 USD"),
            Ex("The 18 Rafale jets purchased by Greece from France in 2021 are now operational.",
               participants=["FRA", "GRC"], buyer="GRC", seller="FRA", quantity=18, date="2021"),
            Ex("The air force's new KF-21s, which Jakarta agreed to buy from Seoul in 2024, are due in 2027.",
               participants=["IDN", "KOR"], buyer="IDN", seller="KOR", date="2024"),
            Ex("Built by Naval Group and bought by Brazil in 2008, the Scorpène submarines are now in service.",
               participants=["BRA", "FRA"], buyer="BRA", seller="FRA", date="2008"),
            # an order "placed with" a maker, in an object-gap relative
            Ex("The contract for 12 Caracal helicopters that Kuwait placed with Airbus in 2016 is now complete.",
               participants=["FRA", "KWT"], buyer="KWT", seller="FRA", quantity=12, date="2016"),
            # the weekday before "of" is not the item
            Ex("Paraguay's air force took delivery in Asunción on Friday of six Pampa trainers bought from Argentina.",
               published="2025-06-11", participants=["ARG", "PRY"], buyer="PRY", seller="ARG", items=["Pampa"], quantity=6,
               date="2025-06-06"),
        ),
        counterexamples=(
            "Delivery of the first Archer howitzers ordered under a previous Croatian contract is expected at Slunj next year.",
            # the states a delivery flight passes through buy nothing
            "The first of the two C-130J transport aircraft purchased from Norway landed at the Los Cerrillos air base on Saturday "
            "following a delivery flight from Gardermoen via Ireland, Canada and Mexico.",
            "The Type 26 frigates the Royal Navy ordered from BAE Systems in 2017 are running late.",
            "The general ordered the tanks back to their barracks on Monday.",
            "The shares Rheinmetall bought last year have doubled in value.",
            "The troops were ordered to withdraw from the border town.",
            "The grain Egypt bought from Russia last year arrived in Alexandria.",
            "The order that Vietnam Airlines placed with Airbus in 2019 was delayed.",
            # undated background: the sale may be decades old
            "The Indian Air Force already flies 36 Rafale jets bought from France and wants more.",
            "The brigade's gunners train on K9 howitzers bought from South Korea.",
            "Latvia's soldiers will fire the NASAMS batteries ordered from Norway alongside older Stinger launchers.",
            "Morocco's army also fields M1A1 Abrams tanks acquired from the United States.",
            # a delivery still to come, of goods bought before, with only a deadline
            "The navy expects the last of the Type 31 frigates bought from Britain to arrive in Jakarta by 2028.",
        ),
    ),
    Rule(
        id="export_deal.arrival",
        cues=("arriv", "touched", "landed", "docked", "unloaded", "offloaded", "reached"),
        summary="the first (batch of) <items> arrived in|touched down at|docked at <buyer's place> (from <seller>)",
        pattern=r"""(?P<trigger>\b(?i:arrived|arrives|arrive|arriving|touched\s+down|landed|docked|were\s+unloaded|was\s+unloaded|were\s+offloaded|was\s+offloaded|reached)\b)""",
        build=_build_arrival,
        priority=2,
        examples=(
            Ex("The first two KC-390s touched down at Lisbon after a ferry flight from Brazil.",
               published="2025-11-03", participants=["BRA", "PRT"], buyer="PRT", seller="BRA", quantity=2),
            Ex("The first batch of K2 tanks arrived in Gdynia from South Korea on Tuesday.",
               published="2025-11-03", participants=["KOR", "POL"], buyer="POL", seller="KOR", date="2025-10-28"),
            Ex("Hungary's first four Lynx infantry fighting vehicles arrived from Germany on Friday.",
               published="2025-11-03", participants=["DEU", "HUN"], buyer="HUN", seller="DEU", quantity=4),
            Ex("A cargo ship carrying 18 K9 howitzers from South Korea docked at Gdynia on Monday.",
               published="2025-11-03", participants=["KOR", "POL"], buyer="POL", seller="KOR", quantity=18, date="2025-11-03"),
            Ex("Six new Caesar howitzers reached Lithuania from France on Thursday.",
               published="2025-11-03", participants=["FRA", "LTU"], buyer="LTU", seller="FRA", quantity=6, date="2025-10-30"),
        ),
        counterexamples=(
            # forces arriving with their systems, not goods delivered
            "A Patriot battery from the Dutch Air Force's air defence command arrived at Klaipėda port on Monday for a two-month deployment in Lithuania.",
            "Four British Typhoons arrived in Romania on Monday for NATO air policing.",
            "Some 300 US Marines arrived in Darwin from Hawaii on Tuesday.",
            "The first tourists arrived in Lisbon from Brazil on a ferry.",
            "Two US Navy destroyers docked at Gdynia on Monday for a port visit.",
            "The convoy of US Abrams tanks reached Lithuania from Poland on Thursday.",
            "Negotiators reached a deal on the sale of 12 jets late on Friday.",
        ),
    ),
    Rule(
        id="export_deal.handover_noun",
        cues=("hand", "deliver", "transfer"),
        summary="the handover|delivery|transfer of <items> (from <seller>) to <buyer> took place|was held|began / marked the handover of",
        pattern=r"""(?P<trigger>\b(?i:hand-?overs?|handing[\s-]over|deliver(?:y|ies)|transfers?)\b)(?=\s+(?:ceremony\s+)?(?:of|for)\s)""",
        build=_build_handover_noun,
        priority=2,
        examples=(
            Ex("The handover of 12 K9 howitzers from Hanwha Aerospace to the Estonian Defence Forces took place at Tapa on Tuesday.",
               published="2025-06-12", participants=["EST", "KOR"], buyer="EST", seller="KOR", quantity=12, date="2025-06-10"),
            Ex("Deliveries of Leopard 2A8 tanks from Germany to Lithuania began on Thursday, the ministry in Vilnius said.",
               published="2025-06-13", participants=["DEU", "LTU"], buyer="LTU", seller="DEU", date="2025-06-12"),
            Ex("A ceremony at the Hyundai yard in Ulsan on Monday marked the handover of the second of six frigates to the Philippine Navy.",
               published="2025-06-12", participants=["KOR", "PHL"], buyer="PHL", seller="KOR", date="2025-06-09"),
            Ex("The formal transfer of three Caesar howitzers by KNDS France to the Estonian army was completed last week.",
               published="2025-06-12", participants=["EST", "FRA"], buyer="EST", seller="FRA"),
        ),
        counterexamples=(
            "The handover of the prisoners to the Red Cross took place at the border on Monday.",
            "The transfer of the air base to the Iraqi army was completed in December.",
            "The handover of command of the battle group to Canada took place on Friday.",
            "Delivery of the first K2 tanks to Poland is expected next year.",
            "The delivery of 20 Leopard tanks to Ukraine as part of Germany's military aid began on Monday.",
            "The handover of the fourth Type 26 frigate to the Royal Navy took place in Glasgow.",
            "The transfer of patients to hospitals in Jordan began on Tuesday.",
        ),
    ),
    Rule(
        id="export_deal.handed_over",
        cues=("handed", "delivered", "transferred", "turned", "shipped", "supplied"),
        summary="<items> were (formally) handed over|delivered|transferred to <buyer> (by <seller>|at <firm>'s yard)",
        pattern=r"""(?P<trigger>\b(?i:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:(?i:formally|officially|finally|ceremonially|successfully|also|now)\s+)?
                    (?i:handed\s+over|delivered|transferred|turned\s+over|shipped|supplied)\b)""",
        build=_build_handed_over,
        priority=2,
        examples=(
            # a service named without its state: the state the goods were built for
            Ex("The second of four corvettes that Damen built for Colombia was handed over to the navy in Vlissingen on Friday.",
               published="2025-06-12", participants=["COL", "NLD"], buyer="COL", seller="NLD", date="2025-06-06", location="Vlissingen"),
            Ex("Two frigates were handed over to the Philippine Navy at the Hyundai Heavy Industries shipyard in Ulsan on Friday.",
               published="2025-11-03", participants=["KOR", "PHL"], buyer="PHL", seller="KOR", quantity=2, date="2025-10-31"),
            Ex("Six Caesar howitzers were handed over to the Belgian army by KNDS France on Tuesday.",
               published="2025-11-03", participants=["BEL", "FRA"], buyer="BEL", seller="FRA", quantity=6),
            Ex("Four AW149 helicopters have been delivered to the Polish Air Force, Leonardo said.",
               participants=["ITA", "POL"], buyer="POL", seller="ITA", quantity=4),
            # no "to": the owner of a named system buys from the one "by" whom it was delivered
            Ex("Poland's first Apache helicopters were delivered by Boeing on Monday.",
               published="2025-11-03", participants=["POL", "USA"], buyer="POL", seller="USA", date="2025-11-03"),
            # no maker named: a hand-over at a yard abroad is from that yard's state
            Ex("The first of two corvettes was handed over to the Royal Thai Navy in Okpo last week.",
               participants=["KOR", "THA"], buyer="THA", seller="KOR"),
            Ex("The frigate Kimon was formally handed over to the Hellenic Navy in Lorient on Friday.",
               published="2025-11-03", participants=["FRA", "GRC"], buyer="GRC", seller="FRA", date="2025-10-31"),
        ),
        counterexamples=(
            "The new patrol ship built by Fincantieri was handed over to the navy in Muggiano on Friday.",
            "The fifth Type 26 frigate was handed over to the Royal Navy by BAE Systems on Friday.",
            "Germany's latest aid package was announced on Monday. Four IRIS-T launchers were handed over to Ukraine.",
            "The prisoners were handed over to the Red Cross at the border.",
            "The keys of the new barracks were handed over to the Latvian army.",
            "Poland's new payroll systems were delivered by Asseco on Monday.",
            "Two patrol vessels were handed over to the Philippine Navy in Manila on Friday.",  # built at home
        ),
    ),
)
