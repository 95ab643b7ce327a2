"""Finding an event's arguments around its trigger: subjects, objects, places, money, systems.

These helpers read the :class:`~defevents.document.Document`'s mentions inside a clause; they
never search the text for names themselves. "Subject" means the coordinated run of actor
mentions that ends just before the trigger ("The UK and Poland have agreed"); "objects" are the
mentions introduced by a given preposition after it ("with Japan", "between X and Y").
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence

from functools import cache

from .. import _lazy_regex as regex

from .. import gazetteers
from ..actors import ENVOYS, RANKS_AND_HONORIFICS as RANK, Mention, anaphor_state, state_actor
from ..document import Document
from ..schema import Actor, Place
from . import Draft, Rule

__all__ = [
    "AT_A_SEAT", "DEPARTED", "actors_of", "is_region", "clause_end", "coordinated_verb", "phrase_end", "draft", "evidence_end", "host_of", "military_context", "objects_after",
    "distinct_states", "here", "in_clause", "in_dateline_city", "town_told_before", "is_venue", "leading_subject", "location_of", "next_sentence_opening", "parties_of_the_scene", "party_count", "place_after", "resolve_references", "subject_before",
]

# honorifics before a name: "H.E. Ms. Maria Lopes", "Hon. Dr. X"
HONORIFICS = r"(?:H\.\s?E\.|Hon\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)"
# "France, Germany and Italy", "Thailand–Cambodia", "Anglo-French" (a prefix holds its dash)
# "Chile, Peru and the Government of Ecuador": a coordinated party may be named through its government
# "Estonia's and Latvia's defence ministers": the first possessive qualifies the shared title too;
# "The Spanish general and Mauritania's minister": an office holder named by a demonym and a rank noun
_JOIN = regex.compile(r"^\)?(?:['’]s?)?"
                      # the rest of a title the mention leaves out: "secretary-general", "secretary of state for
                      # internal administration", "deputy minister for home affairs"
                      r"(?:[-‐–]general)?(?:\s+for\s+(?:(?:home|foreign|internal|interior|veterans['’]?|defen[cs]e|national|"
                      r"public|maritime|border|civil|regional)\s+)?(?:affairs|administration|security|defen[cs]e|procurement|"
                      r"industry|protection|policy|planning))?"
                      r"(?:\s+(?:general|admiral|commander|colonel|commodore|envoy|ambassador|minister|chief|"
                      r"navy\s+chief|army\s+chief|defen[cs]e\s+chief|"
                      # "the Belize Defence Force and the Guyana Defence Force", "the Royal Bermuda Regiment and"
                      r"defen[cs]e\s+forces?|armed\s+forces|army|navy|air\s+force|regiment|coast\s+guard|national\s+guard))?(?:(?:\s*(?:,|and|&|as\s+well\s+as|together\s+with|along\s+with|plus|or)\s*)+(?:the\s+)?(?:visiting\s+)?"
                      # "... and the Royal Bahamas Defence Force", "and the Royal Cambodian Armed Forces"
                      r"(?:(?-i:Royal)\s+)?"
                      r"(?:(?:Government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?)?"
                      # "..., and H.E. Mr. Gustav Aitaro, Minister of State": honorifics the mention leaves out
                      # (and a rank: "Thai Defence Minister General X and General Y, Minister of ... of Cambodia")
                      rf"(?:(?-i:{HONORIFICS}|{RANK})\s+){{0,2}}|[-‐–—/]?)$", regex.I)
# "between the Armament Agency of the Republic of Poland and the Centre for Defence Investment of Estonia": the state
# an organ belongs to, and a coordinated organ the gazetteer does not know, named by its state
_ORGAN_OF = regex.compile(r"^\s+of\s+(?:the\s+)?$|^\s+and\s+(?:the\s+)?(?:(?-i:\p{Lu})[\w’'-]*\s+(?:(?:for|of|and|on)\s+)?){1,6}?of\s+(?:the\s+)?$", regex.I)
_OPEN_PAREN = regex.compile(r"\s*\(\s*")
_SUBJECT_GAP = regex.compile(
    r"""^\)?(?:['’]s?)?(?:\s+(?:19|20)\d\d)?\s+(?:(?:\p{L}[\w.’'-]*|&)\s+){0,8}?(?:['’]s)?[\s,]*(?:\(?(?-i:[A-Z]{2,5}(?:-[A-Z]{1,5})?)\)?\s+)?
        # a stock ticker after a firm's name: "Hanwha Aerospace Co. (KRX: 012450) today announced"
        (?:\((?-i:[A-Z][A-Z0-9]{1,7}(?:[ ][A-Z]+)?):[ ]?[\w.]+(?:[,;][ ]?(?-i:[A-Z][A-Z0-9]{1,7}):[ ]?[\w.]+)*\)\s+)?(?:(?:and\s+)?(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}(?:officials?|leaders?|ministers?|governments?|ministries|militar(?:y|ies)|navies|navy|armies|army|forces|delegations?|teams?|counterparts?|sides|defen[cs]e\s+chiefs?|chiefs?|partners|allies|members|nations|countries|states|troops|soldiers|personnel|marines|sailors|airmen|instructors|commanders?|diplomats|negotiators|generals?|admirals?|colonels?|commodores?|envoys?|ambassadors?)\s+)?)?
        # "on Monday received", "on Monday, 18 May received"
        (?:(?:on|last|this|next|earlier|later)\s+[\w’' -]{1,30}?(?:,\s+[\w’' -]{1,20}?)?[,]?\s+)?
        (?:(?:today|yesterday|tonight|now|recently|finally|formally|jointly|also)\s+)*
        (?:[\w]+ly\s+|also\s+|now\s+|just\s+|jointly\s+|formally\s+|finally\s+|officially\s+)*
        (?:(?:has|have|had|will|would|shall|is|are|was|were|can|did|do|does)\s+(?:also\s+|now\s+|jointly\s+|formally\s+|officially\s+|finally\s+)?(?:be\s+|been\s+)?)?
        (?:[\w]+ly\s+|also\s+|jointly\s+)*
        (?:(?:said|says|announced|announces|confirmed|confirms|stated|reported|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she)\s+
           # "today announced that its Naval Craft & Services business has signed": a division of the firm
           |(?:said|says|announced|announces|confirmed|confirms)\s+(?:that\s+)?(?:its|their)\s+(?:[\w&’'-]+\s+){1,5}?(?:business|division|unit|subsidiary|arm|yard|segment)\s+)?
        (?:(?:has|have|had|will|would|is|are|was|were)\s+(?:also\s+|now\s+)?)?
        (?:(?:agreed|decided|plans?|planned|planning|intends?|intended|wants?|set|moved|voted|is\s+set|are\s+set|announced\s+plans|signed\s+a\s+deal|expected|going|due|ready|able|prepared|preparing)\s+to\s+)?
        (?:(?:held|hold|holds|holding|had|began|begun|opened|concluded|launched|attended|attend|attends|pay|paid|pays|paying|made|make|makes)\s+
            (?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w’'-]+\s+){0,5}?)?
        # (a time between the verb and its object: "concluded, in February, the purchase", "completed in June a sale")
        (?:(?:approved|announced|confirmed|finali[sz]ed|completed|concluded|authori[sz]ed|cleared|signed|sealed|clinched)
           (?:\s+(?:on|in|last|this|earlier\s+this)\s+\w+(?:\s+\d{4})?|,\s+(?:on|in|last|this|earlier\s+this)\s+[\w ]{2,25}?,)?\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?)?$""",
    regex.I | regex.X,
)


def clause_end(doc: Document, pos: int) -> int:
    return doc.clause(pos)[1]


# titles written short with a full stop before a name ("Mr.", "Gen.", "Amb."): no sentence or phrase ends there
_TITLE_ABBREVIATIONS = r"Mr|Mrs|Ms|Dr|Prof|Gen|Adm|Col|Capt|Maj|Lt|Brig|Sgt|Cdr|Cmdr|Rev|Sen|Rep|Gov|Amb|H\.E"
# "since" opens a clause ("since the war began"), but "since 2010" is a time inside the phrase
_PHRASE_STOP = regex.compile(
    # ", and Colt CZ signed ...": a new clause with its own subject, not a name coordinated with the last
    r",\s(?:and|but|while)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&’'-]*\s+){1,4}(?:signed|agreed|won|sold|bought|ordered|announced|said|met|held|received|awarded|placed|delivered|handed|concluded|inked)\b"
    r"|,\s(?!\p{Lu}|the\s+\p{Lu}|(?:and|or)\s+(?:the\s+)?\p{Lu}|as\s+well\s+as|bringing\s+together|gathering|attended\s+by|involving)|(?<!\p{Lu}[\p{L}’'.-]*),\s(?=the\s)|;|(?<!\b(?:" + _TITLE_ABBREVIATIONS + r"|St|Jr|Sr|\p{Lu}))\.(?:\s(?!\s*\p{Ll})|$)|\s(?:as|which|who|whom|while|whilst|after|following|amid|because|since(?!\s+(?:(?:early|late|mid)[\s-])?(?:19|20)\d\d\b)|so\s+that|where|when|to\s+(?:further|discuss|talk|review|explore|boost|ensure|support|strengthen|deepen))\s")


def in_clause(doc: Document, pattern: regex.Pattern[str], a: int, b: int) -> bool:
    """Whether ``pattern`` occurs in the clause ``a:b``, searched once per clause and document."""
    key = (pattern.pattern, a, b)
    if key not in doc.memo:
        doc.memo[key] = bool(pattern.search(doc.text, a, b))
    return doc.memo[key]


PHRASE_REACH = 300  # an event's arguments lie within this many characters of its trigger


def phrase_end(doc: Document, pos: int, limit: int | None = None) -> int:
    """Where the phrase that starts at ``pos`` ends: at a comma, a relative or subordinate word,
    or the end of the clause, and at most ``PHRASE_REACH`` characters on; never inside a mention
    (a name in apposition holds a comma)."""
    end = min(_phrase_end(doc, pos, limit), pos + PHRASE_REACH)
    inside = doc.mention_at(end)
    if inside is None and (closing := doc.mention_at(end - 1)) is not None and closing.end == end \
            and "," in doc.text[closing.start:end] and doc.text.startswith(",", end):
        inside = closing  # "met the Norwegian Minister of Defence, Tore O. Sandvik, in Oslo": the apposition's closing comma
    if inside is None or inside.start < pos:
        return end
    if doc.text.startswith(",", inside.end):
        # "met Hanno Pevkur, his Estonian counterpart, in Tallinn": the comma closing the apposition
        return max(inside.end, min(_phrase_end(doc, inside.end + 1, limit), pos + PHRASE_REACH))
    return inside.end


def _phrase_end(doc: Document, pos: int, limit: int | None) -> int:
    end = doc.clause(max(pos - 1, 0))[1] if limit is None else limit
    # Searches already made up to the same end, as (from, found): no stop lies in [from, found),
    # so a search from anywhere in that range finds the same one. Many rules ask from many points
    # of one long clause; each part of it is searched once, not once per question.
    known = doc.memo.setdefault(("phrase_end", end), [])
    i = bisect_right(known, (pos, end)) - 1
    if i >= 0 and known[i][0] <= pos <= known[i][1]:
        return known[i][1]
    stop = _PHRASE_STOP.search(doc.text, pos, end)
    found = stop.start() if stop else end
    insort(known, (pos, found))
    return found


_COORDINATED = regex.compile(r"(?i)\band\s+(?:then\s+|also\s+|later\s+)?$")


def coordinated_verb(doc: Document, pos: int, start: int = 0) -> bool:
    """Whether the verb at ``pos`` is the second of two coordinated verbs ("held talks in Rome and
    signed", "met Boric on Monday and then signed"); ``start`` bounds the look back."""
    return bool(_COORDINATED.search(doc.text, max(start, pos - 25), pos))
_PLACE_NOUN = regex.compile(
    r"(?i)\s+(?:(?:port\s+)?(?:capital|city|town|village|port|coast(?![\s-]*guard)|coastline|border|waters|airspace|island|islands|province|"
    r"region|state\s+of|mainland|resort))\b")
_THEIR = regex.compile(r"(?i)\b(?:their|both)\s+$")
_RELATIVE_GAP = regex.compile(r"^,\s*(?:who|which)\s")
_BRACKETED = regex.compile(r"[^()\n]{1,12}\)")  # a suffix after the acronym: "(NZDF-RNZN)"
_CUSTOMER_BEFORE = regex.compile(r"(?i)\b(?:customer|buyer|operator|user|client|partner|ally|neighbou?r)\b[^,;.]{0,50},\s*$")
# a name, then its title in apposition: "Gen. X, the visiting Egyptian defence minister, and ..."
_APPOSED_TITLE_GAP = regex.compile(r",\s*(?:the\s+)?(?:(?:visiting|new|newly[\s-]appointed|incoming|outgoing|acting|then)\s+)?")
# the words of a title the mention leaves out before the next conjunct: "the Chief of Defence [Forces], and"
_TITLE_TAIL = regex.compile(r"^(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*){1,3}(?=\s*,)")
_CLOSED_RELATIVE = regex.compile(r",\s*(?:who|which)\s[^,;.():]{3,120},\s*")
# "... held talks in Hanoi, where they agreed to ...", "..., and on Monday they signed ...": the pronoun
# of a relative or coordinated clause stands for the sentence's opening subject
_RELATIVE_PRONOUN = regex.compile(
    r"(?i)\b(?:where|when|after\s+which|at\s+which|during\s+which|and)\s+"
    r"(?:(?:on|in|at|last|this|next|later|earlier|then|afterwards|subsequently)\b[^,;.]{0,25}?,?\s+)?"  # "and on Monday they"
    r"(?:they|both(?:\s+sides)?|the\s+two(?:\s+\w+)?|"
    r"their\s+(?:[\w’'-]+\s+){0,2}?(?:ministers|leaders|chiefs|counterparts|delegations|officials|envoys|presidents|premiers))\s+"
    r"(?:(?:also|then|later|jointly|have|had|will|would|further|formally)\s+){0,3}$")
# "..., where he and Erdogan signed": "he" is the sentence's opening subject
_HE_AND = regex.compile(r"(?i)\b(?:where|when|after\s+which|at\s+which|during\s+which|and|then)\s+(?:he|she)\s+and\s+$")
# "he", "they" opening the sentence, or after a fronted phrase ("At the close of the day's meeting, they")
_PRONOUN = regex.compile(r"(?i)^(?:[\w’'-]+,?\s+){0,4}?(?P<p>he|she|it|they)\s+(?:[\w’'-]+\s+){0,4}?$"
                         r"|^(?:[\w’'-]+\s+){1,8}?[\w’'-]+,\s+(?P<p>he|she|it|they)\s+(?:[\w’'-]+\s+){0,4}?$|^(?:there|then|afterwards|later)\b"
                         # a longer fronted clause with no comma: "Before the press was let in they signed", "At the
                         # end of the day they put pen to paper" (no relative: "the deal that they")
                         r"|^(?:before|after|once|when|as|at|by|while|following|during|until)\s+"
                         r"(?:(?!(?:that|which|who|whom)\b)[\w’'-]+\s+){1,9}?(?P<p>they)\s+(?:[\w’'-]+\s+){0,4}?$")


# What may stand before a sentence's first actor: a dateline, an article, a head noun with
# "from"/"of" ("Defence ministers from the UK and Japan ...").
_LEAD = regex.compile(
    r"(?:\p{Lu}[\p{Lu}\s.,'’-]+,\s[^()\n]{0,30}\(\w+\)\s*[-–—]\s*)?"
    # a fronted setting: "In the talks, the two sides went over ...", "During the meeting, both ministers"
    r"(?:(?i:in|during|at|after|following)\s+the\s+(?:[\w’'-]+\s+){0,3}?(?i:talks|meeting|meetings|discussions|session|visit|ceremony|event),\s+)?"
    # ("Three Indian Navy ships", "About 200 Kenyan troops": a count before the forces' state)
    r"(?i:the\s+(?:(?:first|two|three|four|five|six)\s+)?|(?:(?:some|about|around|nearly|over|more\s+than)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"|(?:[\w’'-]+\s+){1,4}(?:from|of)\s+(?:the\s+)?)?\s*")


def sentences_before(doc: Document, pos: int, n: int = 1) -> tuple[int, int] | None:
    """The span of the (up to) ``n`` sentences before the one at ``pos``; None in the first sentence."""
    i = doc.segments.sentence_index(pos)
    if i == 0:
        return None
    sentences = doc.segments.sentences
    return sentences[max(0, i - n)][0], sentences[i - 1][1]


def next_sentence_opening(doc: Document, pos: int, opener: regex.Pattern[str]) -> tuple[int, int] | None:
    """The sentence after the one at ``pos`` when it opens with ``opener`` (a sentence that goes on
    telling the same event: "It covers six fire units.", "The boat, with some 145 sailors, ...")."""
    i = doc.segments.sentence_index(pos)
    if i + 1 >= len(doc.segments.sentences):
        return None
    a, b = doc.segments.sentences[i + 1]
    return (a, b) if opener.match(doc.text, a, b) else None


# a relative clause between commas after the subject, and its close before the verb
_RELATIVE_OPENS = regex.compile(r",\s+(?:who|which)\s+[^,;]*\Z")
_RELATIVE_CLOSES = regex.compile(r"[^,;]*,\s*(?:(?:\w+ly|also|then|later)\s+)?")


def leading_subject(doc: Document, pos: int) -> list[Mention]:
    """The coordinated actors that open the sentence containing ``pos`` ("German Chancellor Merz
    and Italian Prime Minister Meloni held talks ... and signed ...")."""
    return subject_at(doc, doc.sentence(pos)[0], pos)


def subject_at(doc: Document, start: int, pos: int) -> list[Mention]:
    """The coordinated actors that open the text at ``start`` (a sentence, or a main clause after
    a fronted phrase), before ``pos``."""
    # "The two men talked about ..., and then signed": a pair opening the sentence, resolved by the caller
    first = [m for m in doc.mentions_in(start, min(pos, start + 80)) if m.code or m.form == "pair"]
    if not first or not _LEAD.fullmatch(doc.text[start:first[0].start]):
        return []
    out = [first[0]]
    lead = first[0]
    if lead.form == "person" and lead.actor.name == lead.actor.role and len(first) > 1 \
            and regex.fullmatch(r"(?i)\s+(?:from|of)\s+(?:the\s+)?", doc.text[lead.end:first[1].start]):
        out = [first[1]]  # "Defence ministers from the UK and Japan": the offices stand for the states
    for m in doc.mentions_in(out[-1].end, pos):
        if _JOIN.match(doc.text[out[-1].end:m.start]) and m.code:
            out.append(m)
        else:
            break
    return out


def subject_before(doc: Document, pos: int, *, limit: int | None = None, joint: bool = False) -> list[Mention]:
    """The coordinated actor mentions that end just before ``pos`` in its clause (or sentence).

    A pronoun subject ("There he met", "That month it sent") stands for the first actor named in
    the sentence before. For a joint act (``joint``: meeting, agreeing), "They" stands for the
    two or three states that sentence names ("Lula received Boric ... They agreed").
    """
    start = doc.sentence(pos)[0] if limit is None else limit
    found = _subject_before(doc, pos, start)
    if not found and (before_time := _before_time(doc, start, pos)) is not None:
        # "The Chief of Defence Staff ..., General Christopher Musa, on Wednesday received": a time before the verb
        pos = before_time
        found = _subject_before(doc, pos, start)
    if len(found) == 1 and found[0].form == "person" and not found[0].extra.get("qualified") \
            and (opening := _SHIP_OFFICE_OPENING.fullmatch(doc.text, start, found[0].start)) \
            and (not opening.group("pronoun") or found[0].actor.role in _SHIP_COMMAND) and (code := _ship_told_before(doc, start)):
        found = [_of_state(found[0], code, {**found[0].extra, "qualified": True})]  # "The ship's commander, Commander X, paid a call"
    if len(found) == 1 and found[0].form == "person" and not found[0].extra.get("qualified") \
            and _THEIR.search(doc.text, max(0, found[0].start - 12), found[0].start):
        lead = leading_subject(doc, pos)  # "Seoul and Tokyo ... when their defence ministers met"
        if len({m.code for m in lead if m.code}) >= 2:
            found = lead
    if found and _HE_AND.search(doc.text, max(start, found[0].start - 30), found[0].start):
        lead = leading_subject(doc, pos)[:1]  # "Kazakhstan's president visited Ankara, where he and Erdogan signed ..."
        if lead and lead[0].code not in {m.code for m in found}:
            found = lead + found
    if found and (relative := _RELATIVE_OPENS.search(doc.text, start, found[0].start)) is not None \
            and _RELATIVE_CLOSES.fullmatch(doc.text, found[-1].end, pos):
        # "The French minister, who met his Cypriot counterpart in Nicosia on Thursday, signed with him ...": the
        # subject before the relative, not the one it names
        lead = subject_at(doc, start, relative.start())
        if lead:
            found = lead
    if not found and (coordinated_verb(doc, pos, start)
                      or _RELATIVE_PRONOUN.search(doc.text, max(start, pos - 60), pos)):
        found = leading_subject(doc, pos)  # "... held talks in Rome and signed an action plan"
    if not found:
        found = _appositive_subject(doc, pos, start)
    if not found:
        head = doc.text[start:pos]
        pronoun = _PRONOUN.match(head) if not doc.mentions_in(start, pos) else None
        if pronoun:
            i = doc.segments.sentence_index(start)
            if i > 0:
                a, b = doc.segments.sentences[i - 1]
                previous = [m for m in doc.mentions_in(a, b) if m.code and m.form not in ("pair", "anaphor", "counterpart")]
                if previous and joint and (pronoun.group("p") or "").lower() == "they":
                    # "Lula received Boric in Brasília on Monday. They agreed ...": the parties of
                    # that sentence, when it names two or three states (a qualified counterpart too:
                    # "Collins and her Malaysian counterpart Khaled Nordin met ... They also signed ...")
                    people = previous + [m for m in doc.mentions_in(a, b) if m.code and m.form == "counterpart"]
                    first_naming = {m.code: m for m in sorted(people, key=lambda m: -m.start) if m.actor.kind != "company"}
                    if 2 <= len(first_naming) <= 3:
                        return sorted(first_naming.values(), key=lambda m: m.start)
                if previous:
                    return [previous[0]]
    if not found and (issuer := _THE_ISSUER.match(doc.text, start, pos)):
        # a company's filing, "Our subsidiary signed ...": the firm the filing names first; "The company has
        # received ...": the firm named last, in the text's last few sentences
        found = _firms_before(doc, 0, start)[:1] if issuer.group("our") else _firms_before(doc, start - 600, start)[-1:]
    if not found and (unit := _ITS_SUBSIDIARY.search(doc.text, max(start, pos - 100), pos)):
        # "MSM Group ... announces that its subsidiary MSM Land Systems signed": the parent, named before
        found = _firms_before(doc, unit.start() - 600, unit.start())[-1:]
    return found


def _firms_before(doc: Document, a: int, b: int) -> list[Mention]:
    """The firms a list knows, named in ``a:b`` (``a`` clipped at the text's start)."""
    return [x for x in doc.mentions_in(max(0, a), b) if x.actor.kind == "company" and x.code]


# a firm's unit the lists do not know, told as its parent's: "its subsidiary MSM Land Systems", "its Italian arm"
_ITS_SUBSIDIARY = regex.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?:wholly[\s-]owned|local|\p{Lu}[\p{L}-]+)\s+)?(?:subsidiary|unit|arm|division|affiliate|daughter\s+company)"
    r"(?:,?\s+\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,4},?)?\s*\Z")


# a firm as a filing or a story names it without its name ("Our subsidiary", "The Company", "our wholly owned subsidiary")
# ("On 3 June, the Yard signed", "On Monday, the Group signed", "On 2 June the Complex signed": a time may come first)
_THE_ISSUER = regex.compile(r"\s*(?:(?:\d{1,3}\.\s+)?\p{Lu}[\w ]{2,20}:\s+)?(?:(?:On|Last|Earlier|This)\s+[\w’' ]{1,24}?,?\s+|In\s+(?:\p{Lu}\p{Ll}+|\d{4})(?:\s+\d{4})?,?\s+)?"
                            # ("On Monday, at naval headquarters in Jakarta, the firm signed": a place after the time)
                            r"(?:(?:at|in)\s+[\w’' ]{1,40}?,\s+)?"
                            r"(?:(?P<our>[Oo]ur)|[Tt]he)\s+(?:wholly[\s-]owned\s+)?"
                            r"(?:subsidiary|[Cc]ompany|[Gg]roup|[Ff]irm|[Mm]anufacturer|[Ss]hipbuilder|Yard|[Ss]hipyard|Complex|Corporation)"
                            # ("The company expects to sign": a verb of its plans before the signing)
                            r"(?:\s+(?:has|have|had))?(?:\s+(?:also|now))?(?:\s+[\w’'-]+)?(?:\s+to)?"
                            # "The company completed on Tuesday the sale of": a verb and a time before the deal noun
                            r"(?:\s+(?:on|last|this)\s+\w+(?:\s+the)?)?\s*$")


_APPOSITION_END = regex.compile(r",\s*")
_OF_STATE_GAP = regex.compile(r"\s+of\s+(?:the\s+)?")
# the titles and bodies after a name: "Major General Al-Hnaity, Chairman of the Joint Chiefs of Staff,
# Jordan Armed Forces–Arab Army, called on ...": capitalised words, dashes, "of|the|and|for", commas
_APPOSITIONS = regex.compile(r"(?:,\s*(?:(?:\p{Lu}[\p{L}’'.-]*|\(\p{Lu}[\p{L}&-]*\)|of|the|and|for|[-–—&])\s*){1,14}){1,3},\s*$")
# a common-noun office told after the name: "General Marc Dupont, commander of the French forces in New
# Caledonia, met ..."; no verb inside ("General X, speaking in Paris, said" is not an office)
_OFFICE_APPOSITION = regex.compile(
    r"(?:,\s*(?:the\s+)?(?:(?:deputy|vice|acting|chief|head|commander|commanding|director|chairman|chair|chief\s+of\s+staff|"
    r"defen[cs]e|military|naval|air|army|attach[ée]|envoy|ambassador|representative)\b)"
    r"(?:\s+(?!(?:who|which|said|says|met|signed|was|were|is|are|has|have|had|will|would)\b)[\p{L}’'.()-]+){0,12}?){1,2},\s*$", regex.I)
# a title phrase told before the name: "The head of the Italian military mission, Brigadier General
# Davide Cipelletti, was received", "On Saturday the Chilean captain, Captain X, paid a call on"
_TITLE_BEFORE_NAME = regex.compile(
    r"\s*(?:(?:On|Last|Earlier|Later|This)\s+[\w’']+(?:\s+[\w’']+)?,?\s+)?"
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?!(?:two|both|three)\b)(?:[^,;.()\n]|\(\p{Lu}[\p{Lu}\d&-]{1,9}\)){2,80}?,\s*")
# a dateline before the lead's subject: "ALGIERS - ", "Rabat – ", "KUWAIT CITY, Oct 1 (KUNA) -- "
_DATELINE_OPENING = regex.compile(r"\s*\p{Lu}[\p{L} .'’-]{1,30}?(?:,[^,\n–—]{1,30})?(?:\s*\([\p{Lu}][\p{L}&-]{1,15}\))?\s*(?:[–—]|--?)\s*")
# a dateline that opens the sentence, its dash set off by spaces ("TEGUCIGALPA, Honduras — "; not "Al-")
DATELINE_HEAD = regex.compile(r"\s*\p{Lu}[\p{L} .'’-]{1,30}?(?:,[^,\n–—]{1,30})?(?:\s*\([\p{Lu}][\p{L}&-]{1,15}\))?\s+(?:[–—]|--?)\s+")
# what may open a sentence before its first word: quotes, a bracket
_QUOTES = regex.compile(r"[\s\"“‘'(]*")


def after_dateline(doc: Document, pos: int) -> int:
    """Where the sentence holding ``pos`` begins, past a dateline ("MANILA, Philippines — ")."""
    start = doc.sentence(pos)[0]
    dateline = DATELINE_HEAD.match(doc.text, start, pos)
    return dateline.end() if dateline is not None else start


def opens_sentence(doc: Document, pos: int) -> bool:
    """Whether only quotes, or a dateline ("COLOMBO –"), stand before ``pos`` in its sentence."""
    return _QUOTES.fullmatch(doc.text, after_dateline(doc, pos), pos) is not None


_FRONTED_TIME = regex.compile(r"\s*(?:On|Last|Earlier|Later|This|Late|Early)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s*")
# a time or a link that opens the sentence before its subject: "A day later,", "Two days on,", "On Monday,", "Meanwhile,"
_FRONTED_ADJUNCT = regex.compile(
    r"\s*(?:(?:A|One|Two|Three|Four|Five|Several|A\s+few)\s+(?:day|days|week|weeks|hours?)\s+(?:later|on|afterwards|after\s+that)"
    r"|(?:On|Last|Earlier|Later|This|Late|Early)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|Meanwhile|Later|Afterwards|Separately|The\s+next\s+day),\s*")
# "Yugoimport SDPR, the state arms trading firm, signed", "Saab Grintek, the Centurion-based subsidiary of Sweden's Saab, signed"
# (also with its short name or its listing in brackets, '<Firm> ("HAI")', "Austal Limited (ASX: ASB)", and "announces|advises
# that it has" before the verb)
# a relative clause set off by commas: "Navantia, whose repair work is done at Ferrol, signed"
RELATIVE_ASIDE = r",\s*(?:whose|which)\s+[^,;.()]{2,120},"
_DESCRIBED_FIRM = regex.compile(
    r"(?:[ \t]+\p{Lu}[\p{L}&-]*){0,3}"
    r"(?:\s*\(\s*[\"“]?\p{Lu}[\p{L}&.-]*(?::\s*\p{Lu}[\p{L}&.-]*)?[\"”]?\s*\)(?:,\s*(?:the|a|an|its|\p{Lu}[\p{L}-]*['’]s?)\s+[^,;.()]{2,80},)?"
    r"|,\s*(?:the|a|an|its|\p{Lu}[\p{L}-]*['’]s?)\s+[^,;.()]{2,80},"
    # "Navantia, whose repair work is done largely at Ferrol, signed", "Hanwha Aerospace, which builds the K9 in Changwon, signed"
    r"|" + RELATIVE_ASIDE + r")\s*"
    r"(?:(?:today\s+|on\s+\w+\s+)?(?:announces|announced|said|says|confirms|confirmed|reports|reported|advises|advised|informs|informed|"
    r"notifies|notified)\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:has|have|had)\s+(?:also\s+)?)?"
    # "Navantia, Spain's state-owned yard in Ferrol, will build ...": an auxiliary before the verb
    r"(?:(?:will|would|shall|is\s+to|are\s+to|is\s+set\s+to|has|have|had|is|are|was|were)\s+(?:also\s+|now\s+)?(?:been\s+)?)?")
# the comma that closes an apposition before the verb ("..., was received")
_CLOSE = r",\s*(?:(?:was|were|has\s+been|had\s+been|will\s+be|is\s+to\s+be)\s+)?"
_APPOSITION_CLOSE = regex.compile(_CLOSE)
_SHIP_OWNER = regex.compile(r"\s*(?:On\s+\w+,?\s+)?(?:[Ii]ts|[Tt]he\s+(?:ship|vessel|frigate|destroyer|cutter|boat)['’]s)\s")


# a warship, and a unit, whose officer the text names by office: "the ship's commander", "the detachment commander"
_CRAFT_NOUN = r"(?:ship|vessel|frigate|cutter|destroyer|corvette|boat|submarine)"
_UNIT_NOUN = r"(?:detachment|contingent|task\s+group|task\s+force|squadron|battalion|battle\s?group|unit|mission)"
# the office of a ship or unit told before, opening the sentence: "The ship's commander, Commander X, ..."
_SHIP_OFFICE_OPENING = regex.compile(
    rf"\s*(?:(?:On|Later|Earlier|Shortly\s+after)\s+\w+,?\s+)?(?:(?:[Tt]he|[Ii]ts)\s+(?:{_CRAFT_NOUN}|"
    r"battery|detachment|contingent|unit|squadron|(?:task\s+|strike\s+|carrier\s+)?group|task\s+force|flotilla)['’]s?\s+"
    # "Her|Its commanding officer called on ...": the ship told before (only before a ship's command)
    r"|(?P<pronoun>[Hh]er|[Ii]ts)\s+)")
_SHIP_COMMAND = frozenset({"Commanding Officer", "Commander", "Captain"})
_RELATIVE_APPOSITION = regex.compile(r",\s*(?:who|whose)\s[^,;.:()]{3,120},\s*$")


def _appositive_subject(doc: Document, pos: int, start: int) -> list[Mention]:
    """A person who opens the sentence and is described by appositions or a "who" clause up to
    ``pos``, or whose name is apposed to a title phrase that opens it ("The head of the Italian
    military mission, Brigadier General X, was received"). An unqualified one takes the state the
    appositions or the title phrase name ("..., Jordan Armed Forces, called on"); a "who" clause
    names no state for the person."""
    if (dateline := DATELINE_HEAD.match(doc.text, start, pos)) is not None:
        start = dateline.end()  # "TEGUCIGALPA, Honduras — U.S. Navy Adm. X, commander of ...": the state is the dateline's
    mentions = doc.mentions_in(start, pos)
    if not mentions:
        return []
    if mentions[0].actor.kind == "company" and (mentions[0].start - start <= 4 or _FRONTED_TIME.fullmatch(doc.text, start, mentions[0].start)) \
            and _DESCRIBED_FIRM.fullmatch(doc.text, mentions[0].end, pos):
        return [mentions[0]]  # "Yugoimport SDPR, the state arms trading firm, signed ...", "On Monday, Hensoldt, the German sensor maker ..., signed"
    titled = _titled_name(doc, mentions, start, pos)
    if titled is not None:
        return [titled]  # "Hamad Al Kuwari, the Defence Minister, received ..."
    if mentions[0].form != "person" or (mentions[0].start - start > 4
                                         and not _DATELINE_OPENING.fullmatch(doc.text, start, mentions[0].start)):
        return _name_after_title(doc, mentions, pos, start)
    person = mentions[0]
    if _RELATIVE_APPOSITION.match(doc.text, person.end, pos):
        return [person]  # "Brigadier General Ana Ruiz, who took command of the contingent in March, called on"
    if not (_APPOSITIONS.match(doc.text, person.end, pos) or _OFFICE_APPOSITION.fullmatch(doc.text, person.end, pos)):
        return _name_after_title(doc, mentions, pos, start)  # "The commander of the British forces ..., Air Vice-Marshal X, was"
    if person.extra.get("qualified"):
        return [person]
    code = _one_state(mentions[1:])
    return [_of_state(person, code, {**person.extra, "qualified": True})] if code else [person]


# a name the mention finder does not know as a person, then the apposed title: "His Highness Sheikh
# Hamad bin Khalid Al Thani, the Deputy Emir and Minister of State for Defence Affairs, received ..."
_NAME_BEFORE_TITLE = regex.compile(
    # (a colon dateline, "DOHA: "; a dash one is stripped before, by DATELINE_HEAD)
    r"\s*(?:\p{Lu}[\p{Lu} .'’-]{1,30}:\s+)?(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+)?"
    r"(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:bin|bint|ibn|al|el|de|da|van|von|der|la|le)\s+)?){1,6}?\p{Lu}[\p{L}’'.-]*,\s+(?:the\s+)?"
    r"(?:(?:Deputy|Vice|Acting|First|Senior)\s+)?")
# the rest of the title and the comma that closes the apposition: "..., the Deputy Prime Minister for Defence Affairs, received"
_TITLE_TAIL_CLOSE = regex.compile(r"(?:[ \t]+(?:for|of|in\s+charge\s+of)\s+(?:the\s+)?(?:\p{Lu}[\w’'-]*\s*(?:and\s+)?){1,5})?" + _CLOSE)
_TITLES_GAP = regex.compile(r"(?:\s+and\s+(?:the\s+)?|\s+(?!(?:who|which|said|was|is|has|had)\b)[\w’'-]+)*?")


def _titled_name(doc: Document, mentions: Sequence[Mention], start: int, pos: int) -> Mention | None:
    """The office holder of a sentence that opens with a bare name, then its title in apposition
    (one or two titles joined by "and") and the verb."""
    people = [m for m in mentions if m.form == "person"]
    if not people or len(people) != len(mentions) or any(m.actor.name != m.actor.role for m in people):
        return None
    if not _NAME_BEFORE_TITLE.fullmatch(doc.text, start, people[0].start) \
            or not _TITLE_TAIL_CLOSE.fullmatch(doc.text, people[-1].end, pos) \
            or not all(_TITLES_GAP.fullmatch(doc.text, a.end, b.start) for a, b in zip(people, people[1:])):
        return None
    return next((m for m in people if m.extra.get("qualified")), people[0])


def _one_state(mentions: Sequence[Mention]) -> str | None:
    """The one state a description names; of several, the one a demonym names ("commander of the
    French forces in New Caledonia" is French)."""
    named = {m.code for m in mentions if m.form in ("name", "alias", "demonym", "institution") and m.code}
    if len(named) > 1:
        named = {m.code for m in mentions if m.form == "demonym" and m.code}
    return next(iter(named)) if len(named) == 1 else None


def _name_after_title(doc: Document, mentions: Sequence[Mention], pos: int, start: int) -> list[Mention]:
    """ "The head of the Italian military mission, Brigadier General X, was received", "Its commanding
    officer, Captain X, was received" (the ship told in the sentence before names the state)."""
    person = mentions[-1]
    if (fronted := _FRONTED_ADJUNCT.match(doc.text, start, person.start)) is not None:
        start = fronted.end()  # "A day later, the chief of the Chilean navy, Admiral X, was received"
    if person.form != "person" or not _APPOSITION_CLOSE.fullmatch(doc.text, person.end, pos) \
            or not _TITLE_BEFORE_NAME.fullmatch(doc.text, start, person.start):
        return []
    if person.extra.get("qualified"):
        return [person]
    code = _one_state(mentions[:-1])
    if code is None and _SHIP_OWNER.match(doc.text, start):
        code = _ship_told_before(doc, start)
    return [_of_state(person, code, {**person.extra, "qualified": True})] if code else []


def _ship_told_before(doc: Document, pos: int) -> str | None:
    """The state of the ship or unit named a sentence or few before ``pos`` ("The US Navy destroyer
    USS Mason moored ... The destroyer has a crew of 275. The destroyer's commanding officer, ...")."""
    i = doc.segments.sentence_index(pos)
    for k in range(i - 1, max(-1, i - 4), -1):
        named = [m for m in doc.mentions_in(*doc.segments.sentences[k])
                 if m.code and m.form in ("name", "alias", "demonym", "institution")]
        if named:  # the ship itself first ("HAMILTON, Bermuda – The Canadian frigate HMCS Fredericton")
            return next((m.code for m in named if m.extra.get("ship")), named[0].code)
    return None


def _of_state(m: Mention, code: str, extra: dict | None = None) -> Mention:
    """``m`` as an office holder of the state ``code``."""
    return Mention(m.start, m.end, m.actor.model_copy(update={"code": code, "country": code}),
                   m.form, m.possessive, m.surname, m.extra if extra is None else extra)


# (also a name in its own script in brackets after the romanised one: "Defense Minister Ahn Gyu-back (안규백) received")
_PARENTHETICAL = regex.compile(r"(?i),\s*(?:for\s+(?:its|their|his|her)\s+part|meanwhile|in\s+turn|however|separately|in\s+addition|too)\s*,(?=\s)"
                               r"|^\s*\((?:\p{Han}|\p{Hangul}|\p{Hiragana}|\p{Katakana}|\p{Cyrillic}|\p{Arabic}|\p{Hebrew}|\p{Thai}|\p{Greek}|\s){1,30}\)(?=\s)")


_TIME_SIGNAL = regex.compile(r"(?i)(?:\b(?:on|in|early|late|last|this|earlier|later)\s+)?\Z")


def _before_time(doc: Document, start: int, pos: int) -> int | None:
    """Where a time told right before the verb at ``pos`` starts ("..., on Wednesday received"), with its
    preposition; None when no time stands there."""
    times = [t for t in doc.times_in(start, pos) if t.span is not None]
    if not times or doc.text[times[-1].span.end:pos].strip():
        return None
    a = times[-1].span.start
    signal = _TIME_SIGNAL.search(doc.text, max(start, a - 12), a)
    return signal.start() if signal else a


def _subject_before(doc: Document, pos: int, start: int) -> list[Mention]:
    out: list[Mention] = []
    right = pos
    apposed: Mention | None = None
    for m in doc.mentions_back(start, pos):
        if m is apposed:
            continue  # the office told before a name in apposition, already taken for it
        if not out and (escort := _ESCORTED_BY.search(doc.text, max(start, m.start - 40), m.start)) is not None \
                and _APPOSITION_END.fullmatch(doc.text, m.end, right):
            # "Captain X, Senior Officer of the ..., accompanied by the High Commissioner of India, called on": the
            # escort is of the subject's side, and the walk goes on from the comma before "accompanied"
            out.append(m)
            right = escort.start() + 1
            continue
        if m.form == "demonym" and _PLACE_NOUN.match(doc.text, m.end):
            continue  # "in the Malaysian capital", "off the Norwegian coast": a place, not a party
        if not out and _BRACKETED.match(doc.text, m.end, pos) and doc.text[max(start, m.start - 2):m.start].rstrip().endswith("("):
            continue  # "The New Zealand Navy (NZDF-RNZN) took delivery": an acronym in brackets after the name
        if not out and right - m.end > 90:
            break  # too far to be the subject (or an apposition's name): stop before copying the gap
        # "The Senegalese Navy, for its part, ordered": a parenthetical between subject and verb
        gap = _PARENTHETICAL.sub(" ", doc.text[m.end:right])
        if not out:
            # "ITS Carabiniere, which is the flagship of the group, arrived" (people: _appositive_subject)
            # (a qualified person too: "the German Navy's chief, Vice Admiral X, who flew in for the visit, met")
            closed = (m.form != "person" or m.extra.get("qualified")) and _CLOSED_RELATIVE.fullmatch(gap)
            relative = _RELATIVE_GAP.match(gap)  # "Japan's defence minister, who held talks with ..."
            if relative:
                gap = gap[relative.end() - 1:]
            if closed:
                pass  # the relative clause closed before the main verb
            elif m.form in ("name", "alias") and gap.strip() == "," and doc.text[:m.start].rstrip().endswith(",") \
                    and _CUSTOMER_BEFORE.search(doc.text, max(start, m.start - 80), m.start):
                pass  # "FAdeA's first export customer for the Pampa, Bolivia, bought": the state apposed to its description
            elif len(gap) > 90 or not _SUBJECT_GAP.match(gap):
                if m.form == "person" and len(gap) < 90 and "," in gap and regex.match(r"^,\s*(?:the\s+)?[\w\s’'-]{0,60},\s*$", gap):
                    pass  # an apposition: "John Healey, the UK Defence Secretary, said"
                elif m.form in ("person", "counterpart") and m.surname and "," in m.actor.span.text and (
                        _APPOSITION_END.fullmatch(gap) or (gap.startswith(",") and _SUBJECT_GAP.match(gap[1:]))):
                    # the apposition read with the name: "Pål Jonson, Sweden's defence minister, met",
                    # "his Peruvian counterpart, Walter Astudillo, held a bilateral meeting"
                    pass
                elif _APPOSITION_END.fullmatch(gap) and _title_of_name_before(doc, m, start):
                    pass  # "Gen. X, the visiting Egyptian defence minister, held talks"
                elif _APPOSITION_END.fullmatch(gap) and _office_before_name(doc, m, start):
                    pass  # "the Commander of the Royal Bahamas Defence Force, Commodore Raymond King, signed"
                else:
                    break
        elif _OPEN_PAREN.fullmatch(gap) and out[-1].code == m.code and doc.text.startswith(")", out[-1].end):
            out[-1] = m  # "the Defence Research and Development Organisation (DRDO) and ...": one party, named twice
            right = m.start
            continue
        elif m.form == "institution" and _OF_STATE_GAP.fullmatch(gap) and out[-1].code == m.code:
            out[-1] = m  # "the Ministry of Defence of Togo": the body and its state, one party
            right = m.start
            continue
        elif m.possessive and out[-1].actor.kind == "company" and regex.fullmatch(r"\s*['’]s?\s*", gap):
            right = m.start  # "Turkey's Aselsan": the firm's state, not a party of its own; the walk goes on
            continue
        elif m.form == "person" and m.surname and _title_of_name_before(doc, out[-1], start) and m.end <= out[-1].start \
                and _APPOSED_TITLE_GAP.fullmatch(gap):
            if not out[-1].extra.get("qualified"):
                out[-1] = m  # "Gen. X, the Chief of Defence Forces,": the name and its title, one party
            right = m.start
            continue
        elif not _JOIN.match(_TITLE_TAIL.sub("", gap, count=1) if m.form == "person" else gap) \
                and not (m.possessive and not gap.strip()):
            break
        if (office := _office_before_name(doc, m, start)) is not None:
            m = apposed = office  # "the commanding officer of the X Regiment, Lt Col Y, and ...": the office's party
        out.append(m)
        right = m.start
    return list(reversed(out))


def _office_before_name(doc: Document, m: Mention, start: int) -> Mention | None:
    """The qualified office told right before the unqualified name ``m``, in apposition to it ("the Commander
    of the Royal Bahamas Defence Force, Commodore Raymond King"); None when there is none."""
    if m.form != "person" or not m.surname or m.extra.get("qualified"):
        return None
    before = doc.mentions_in(start, m.start)
    office = before[-1] if before else None
    if office is None or office.form != "person" or office.surname or not office.extra.get("qualified") or not office.code \
            or _APPOSED_NAME_GAP.fullmatch(doc.text, office.end, m.start) is None:
        return None
    return office


_APPOSED_NAME_GAP = regex.compile(r",[ \t\n]*")
_ESCORTED_BY = regex.compile(r"(?i),\s*(?:accompanied|escorted|flanked|joined)\s+by\s+(?:the\s+|his\s+|her\s+|their\s+)?\Z")


def _title_of_name_before(doc: Document, m: Mention, start: int) -> bool:
    """Whether ``m`` is a title told in apposition to the name just before it ("Gen. X, the Chief of
    Defence Forces,")."""
    if m.form != "person" or m.surname:
        return False
    before = doc.mentions_in(start, m.start)
    return bool(before) and before[-1].form == "person" and bool(before[-1].surname) \
        and _APPOSED_TITLE_GAP.fullmatch(doc.text, before[-1].end, m.start) is not None


@cache
def _intro(preps: str, own_noun_only: bool) -> regex.Pattern[str]:
    """The words that introduce an object: one of ``preps`` and up to three words before it."""
    guard = r"(?<!\b(?:talks|dispute|disputes|relations|ties|conflict|war|negotiations|border|tensions|trade)\s)" if own_noun_only else ""
    return regex.compile(rf"{guard}(?:\b(?:{preps})\b)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:[\w’'-]+\s+){{0,3}}?{_ABBREVIATED_HONORIFIC}"
                         # "from Goa Shipyard Limited of India": a body named, then its state
                         # ("with Astilleros Armón of Vigo, Spain,": the firm's town, then its state)
                         rf"|(?:(?-i:\p{{Lu}})[\w’'.&-]*\s+){{1,5}}of\s+(?:the\s+)?(?:(?-i:\p{{Lu}})[\w’'-]*(?:\s+(?-i:\p{{Lu}})[\w’'-]*)?,\s+)?)$", regex.I)


# "with Mr. Antti Häkkänen, Minister of Defence of Finland": an honorific the mention leaves out
_ABBREVIATED_HONORIFIC = rf"(?:(?-i:{_TITLE_ABBREVIATIONS})\.\s+)?"


def objects_after(doc: Document, start: int, end: int, preps: str = r"with|between", *,
                  direct: bool = False, own_noun_only: bool = False) -> list[Mention]:
    """Mentions after ``start`` introduced by one of ``preps`` (a regex alternation), with their
    coordinated followers ("with France, Germany and Italy"). With ``direct``, a mention right
    after ``start`` is an object too ("met Indian Defence Minister Rajnath Singh")."""
    out: list[Mention] = []
    # With own_noun_only, "with X" after another noun ("talks with", "relations with") is that noun's.
    intro = _intro(preps, own_noun_only)
    mentions = doc.mentions_in(start, end)
    chained = False
    prev_end = start
    for m in mentions:
        gap = doc.text[prev_end:m.start]
        if direct and not out and prev_end == start and (direct_gap := _DIRECT.match(gap)):
            if direct_gap.group("office") and m.form == "person" and not m.extra.get("qualified") \
                    and (code := _ship_told_before(doc, start)):
                m = _of_state(m, code, {**m.extra, "qualified": True})  # the officer of the ship told before
            out.append(m)
            chained = True
        elif chained and (_JOIN.match(gap) or _ORGAN_OF.match(gap)):
            out.append(m)
        elif intro.search(doc.text, max(prev_end, m.start - 60), m.start):
            out.append(m)
            chained = True
        else:
            chained = False
        prev_end = m.end
    return out


_DIRECT = regex.compile(
    # "received the ship's commanding officer, Captain Ana Reid, and ...": an office told before the name
    r"(?i)^\s*(?P<office>the\s+(?:(?:ship|vessel|frigate|cutter|destroyer|corvette|boat|submarine|aircraft|unit|contingent|delegation|squadron)['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    # "received the detachment commander, Lieutenant-Colonel X,": the officer of the unit told before
    rf"|{_UNIT_NOUN}\s+(?:commander|commanding\s+officer|leader|chief)),\s+"
    # the office begins the mention: "the detachment commander, Lieutenant-Colonel X"
    rf"|the\s+(?:{_UNIT_NOUN}|{_CRAFT_NOUN}['’]s)\s+)$"
    r"|^\s*(?:(?:with|by)\s+)?(?:(?:the|his|her|their|its|a|an)\s+)?(?:(?!(?:at|in|on|for|to|from|of|over|during|after|before)\b)[\w’'-]+\s+){0,2}?$"
    # "called on H.E. Ms. Maria Lopes, Defence Minister": an honoured name, then the title in apposition
    rf"|^\s*(?:(?-i:{HONORIFICS})\s+){{1,3}}(?:(?-i:\p{{Lu}})[\w’'-]*\s+){{0,3}}(?-i:\p{{Lu}})[\w’'-]*,\s+(?:the\s+)?$")


def resolve_references(doc: Document, mentions: Iterable[Mention], pos: int, exclude: Iterable[str] = ()) -> list[Mention]:
    """Replace "both countries"/"the two allies" by the last two states named before them, and
    "the country" by the last state named as a noun (not as an adjective), other than ``exclude``."""
    out: list[Mention] = []
    excluded = set(exclude)
    for m in mentions:
        if m.form == "pair":
            codes: list[Mention] = []
            if m.extra.get("told_before"):
                # "The ministers": the parties told just before, or nobody (not any two states named earlier)
                out.extend(_parties_told_before(doc, m.start))
                continue
            told = _people_told_before(doc, m.start) if m.extra.get("people") else []
            if len({x.code for x in told}) >= 2:
                out.extend(told)  # "The two ministers also signed": the two office holders, not the last two states
                continue
            if m.extra.get("sides") and len(told := _parties_told_before(doc, m.start)) == 2:
                out.extend(told)  # "The two parties then signed": the two that met, not the topics of their talks
                continue
            # "the two defence ministers": office holders of two states, not of a bloc named on the way
            # (and "the two governments|countries" are states: not a bloc named on the way, "the ASEAN summit")
            blocs_too = not m.extra.get("people") and not _STATES_NOUN.search(doc.text, m.start, m.end)
            for prev in reversed(doc.mentions_before(m.start, max(0, m.start - 1500))):
                if prev.code and (prev.actor.kind in ("state", "person") or prev.form == "institution"
                                  or (blocs_too and prev.actor.kind == "organisation")) \
                        and prev.code not in {c.code for c in codes}:
                    codes.append(prev)
                if len(codes) == 2:
                    break
            out.extend(reversed(codes))
        elif m.form == "self" and m.actor.span and m.actor.span.text.lower() == "we" and m.code \
                and not _WITH_AHEAD.match(doc.text, m.end, min(len(doc.text), m.end + 100)):
            # "Today I met my Fijian counterpart, and we also signed …": "we" is the author and the one met
            told = _parties_told_before(doc, m.start)
            out.extend(told if m.code in {x.code for x in told} else [m])
        elif m.form == "anaphor":
            found = anaphor_state(doc.mentions_before(m.start, max(0, m.start - 1500)),
                                  doc.places_in(doc.sentence(m.start)[0], m.start), excluded)
            if found is not None:
                code, named = found
                out.append(named or Mention(m.start, m.end, state_actor(code, m.actor.span), "name"))
        else:
            out.append(m)
    return out


_STATES_NOUN = regex.compile(r"(?i)\b(?:governments|countries|nations|states|capitals)\b")
_WITH_AHEAD = regex.compile(r"[^.;]*?\bwith\b")


def _people_told_before(doc: Document, pos: int) -> list[Mention]:
    """The two office holders of two states named last before ``pos`` in its sentence or the three
    before it, in order of naming ("Belgian Defence Minister Theo Francken met Portugal's Minister
    of National Defence Nuno Melo ... Their talks covered Ukraine. The two ministers also signed")."""
    i = doc.segments.sentence_index(pos)
    found: dict[str, Mention] = {}
    for prev in reversed(doc.mentions_before(pos, doc.segments.sentences[max(0, i - 3)][0])):
        if prev.code and prev.form in ("person", "counterpart", "self") and prev.code not in found:
            found[prev.code] = prev
            if len(found) == 2:
                return sorted(found.values(), key=lambda x: x.start)
    return []


def _parties_told_before(doc: Document, pos: int) -> list[Mention]:
    """The two to four parties "the ministers" or "the leaders" stand for, in order of first naming:
    the office holders named earlier in the sentence or in the three sentences before ("Minister
    Häkkänen hosted his Estonian counterpart"); failing that, the states the sentence before names
    as actors ("The ministers of Norway, Denmark and Iceland met"), not as topics ("support to
    Ukraine", "the Gulf of Finland")."""
    i = doc.segments.sentence_index(pos)
    spans = [(doc.segments.sentences[i][0], pos)] + [doc.segments.sentences[k] for k in range(i - 1, max(-1, i - 4), -1)]
    for a, b in spans:
        people: dict[str, Mention] = {}
        for prev in doc.mentions_in(a, min(b, pos)):
            if prev.code and prev.form in ("person", "counterpart", "self"):
                people.setdefault(prev.code, prev)
        if 2 <= len(people) <= 4:
            return list(people.values())
    for a, b in spans[:2]:
        states: dict[str, Mention] = {}
        for prev in doc.mentions_in(a, min(b, pos)):
            # a state named, or standing behind an office holder or a ministry ("the Minister of
            # Defence of Uzbekistan received a delegation of the Republic of Azerbaijan")
            if prev.code and (prev.actor.kind in ("state", "person") or (prev.form == "institution" and prev.actor.country)) \
                    and prev.form in ("name", "alias", "demonym", "person", "counterpart", "institution") \
                    and not _TOPIC_INTRO.search(doc.text, max(0, prev.start - 40), prev.start):
                states.setdefault(prev.code, prev)
        if 2 <= len(states) <= 4:
            return list(states.values())
    return []


# a state named as a topic or a place, not as a party: "support to Ukraine", "the Gulf of Finland"
_TOPIC_INTRO = regex.compile(
    r"(?i)(?:\b(?:to|on|about|over|regarding|concerning|in|into|against|for|from)\s+(?:the\s+)?"
    r"|(?<!\b(?:ministers|leaders|chiefs|heads|delegations|representatives|officials|counterparts)\s+)\bof\s+(?:the\s+)?)$")


# "Poland's PGZ", "Turkish defence companies", "Saudi Arabia's state holding company SAMI": the state
# names where a firm comes from; the firm, not the state, is the party
_FIRM_AFTER = regex.compile(
    r"(?i)(?:['’]s?)?\s+(?:(?:state[\s-]owned|state|defen[cs]e|arms|aerospace|local|national|private|holding|industrial)\s+){0,3}"
    r"(?:firms?|compan(?:y|ies)|groups?|manufacturers?|makers?|shipbuilders?|shipyards?|contractors?|conglomerates?|"
    r"industry|industries|exporters?|businesses|executives|suppliers?)\b")
_POSSESSIVE_GAP = regex.compile(r"(?:['’]s?)?\s*")


def for_firms(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the states that only qualify a firm ("Poland's PGZ", "Turkish companies")."""
    out = []
    for m in mentions:
        if m.actor.kind == "state" and m.form in ("name", "alias", "demonym"):
            if _FIRM_AFTER.match(doc.text, m.end):
                continue
            nxt = doc.mentions_in(m.end, m.end + 60)
            if nxt and nxt[0].actor.kind == "company" and _POSSESSIVE_GAP.fullmatch(doc.text, m.end, nxt[0].start):
                continue
        out.append(m)
    return out


def actors_of(mentions: Iterable[Mention]) -> list[Actor]:
    """The actors of mentions that name someone (not bare counterparts or unresolved references)."""
    out, seen = [], set()
    for m in mentions:
        if m.form in ("pair", "anaphor"):
            continue
        if m.code and m.code not in seen:
            seen.add(m.code)
            out.append(m.actor)
    return out


def counterpart_side(doc: Document, mentions: Sequence[Mention], subject: Sequence[Mention]) -> list[Actor]:
    """A "counterpart" implies the other side: the subject's state; else the office holder named
    last before "his|her counterpart" in the sentence; else the document's home state."""
    counterparts = [m for m in mentions if m.form == "counterpart"]
    if not counterparts:
        return []
    if any(m.code for m in subject if m.form != "counterpart"):
        return []
    first = counterparts[0]
    sentence_start = doc.sentence(first.start)[0]
    for prev in reversed(doc.mentions_before(first.start, sentence_start)):
        if prev.form == "person" and prev.code and prev.code != first.code:
            return [prev.actor]
    return [state_actor(doc.home)] if doc.home and doc.home != first.code else []


def military_context(doc: Document, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` speaks of forces or materiel: a system, an operation, or a military noun."""
    if doc.systems_in(a, b) or doc.operations_in(a, b):
        return True
    return bool(_MILITARY.search(doc.text, a, b))


_MILITARY = regex.compile(
    r"""(?ix)\b(?:troops|soldiers|personnel|forces|marines|sailors|airmen|aircrew|paratroopers|military|militaries|army|navy|
        air\s+force|defen[cs]e|armed|warships?|frigates?|destroyers?|submarines?|corvettes?|jets?|fighters?|aircraft|bombers?|
        helicopters?|drones?|tanks?|howitzers?|artillery|missiles?|munitions?|ammunition|rockets?|launchers?|interceptors?|
        radars?|batteries|battery|battalions?|brigades?|battle\s*groups?|squadrons?|regiments?|contingents?|rotational|
        air\s+policing|sorties|weapons?|arms|armou?red|naval|infantry|garrison|bases?|deterren[ct]\w*|NATO|Nato)\b""")


# Compiled once: these run for every place and every mention in an event's window.
# the verbs of a departure, before "for <destination>": "left Entebbe on Sunday for Juba"
DEPARTED = r"(?:left|leave|leaves|leaving|departed|departs|depart|departing|sailed|sails|sail|sailing|flew|set\s+(?:off|out|sail)|head|heads|headed|heading)"
_PLACE_INTRO = regex.compile(
    r"(?i)\b(?:at|in|to|from|near|outside|inside|hosted\s+by|visit(?:ed|ing|s)?|toured|(?:call|stop)\s+on|on\s+the\s+island\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_HOST_INTRO = regex.compile(
    r"(?i)\b(?:to|in|into|over|at|on|across|inside|within|throughout|from|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$"
    rf"|\b{DEPARTED}\s+(?:[\w’'()/-]+\s+){{0,9}}for\s+(?:the\s+)?$")
# a town no list knows, then its state: "has been in Mindelo, Cape Verde, since Friday"
_TOWN_THEN_STATE = regex.compile(r"(?i)\b(?:to|in|into|at)\s+(?P<town>(?-i:\p{Lu})[\w’'-]+(?:\s+(?-i:\p{Lu})[\w’'-]+){0,2})"
                              r"(?:\s+(?:harbou?r|bay|port|island|camp|base|airport|air\s+base|naval\s+base))?,\s+(?:the\s+)?$")
_HOST_NOUN_AFTER_STATE = regex.compile(
    r"(?i)^(?:['’]s)?\s+(?:air\s*space|soil|territory|border|borders|waters|skies|eastern\s+flank|coast)")
_HOST_NOUN_AFTER_DEMONYM = regex.compile(r"(?i)^\s+(?:air\s*space|soil|territory|border|borders|waters|skies|sovereign)")
# "at a Jordanian air base", "to a Polish naval base": a base of the state the adjective names
_BASE_AFTER_DEMONYM = regex.compile(r"(?i)^\s+(?:(?:air|naval|navy|army|military)\s+)?(?:base|bases|airbase|airfield|station|garrison|port)\b")
_AT_A = regex.compile(r"(?i)\b(?:at|in|to|into|from)\s+(?:a|an|the)\s+$")


def is_region(name: str) -> bool:
    """A sea or region of the place gazetteer ("Indo-Pacific", "Baltic Sea"): it lies in no state."""
    row = gazetteers.load("place").lookup(name)
    return row is not None and not row.get("country")


def place_after(doc: Document, start: int, end: int) -> Place | None:
    """The first place named after ``at``/``in`` between ``start`` and ``end``; a venue beats a city.
    A sea or region ("in the Indo-Pacific", "in the Sahel") lies in no state and is no event's place."""
    found = []
    for p in doc.places_in(start, end):
        if not is_region(p.name) and _PLACE_INTRO.search(doc.text[max(0, p.span.start - 40):p.span.start]):
            found.append(p)
    if not found:
        return None
    return found[0]


def host_of(doc: Document, start: int, end: int, exclude: Iterable[str] = ()) -> Actor | None:
    """Where forces go: "to|in|into|over|at X", a place's state, "X's airspace", "Polish soil"."""
    excluded = {c for c in exclude if c}
    text = doc.text
    places = doc.places_in(start, end)
    # a known place told before an onward leg is where the forces are ("arrived in Darwin on Monday en route to Japan")
    place = next((p for p in places if p.country and p.country not in excluded), None)
    for m in doc.mentions_in(start, end):
        if place is not None and place.span is not None and place.span.end <= m.start \
                and _ONWARD_BEFORE.search(text, max(place.span.end, m.start - 40), m.start):
            break
        if m.form in ("pair", "anaphor"):
            resolved = resolve_references(doc, [m], m.start, exclude=excluded)
            target = resolved[-1] if resolved else None
        else:
            target = m
        if target is None or not target.code or target.code in excluded or target.actor.kind == "company":
            continue
        before = text[max(start, m.start - 90):m.start]
        after = text[m.end:m.end + 40]
        host = None
        if m.form in ("name", "alias", "capital", "anaphor", "seat", "institution", "pair"):
            if _HOST_INTRO.search(before) or m.possessive or _HOST_NOUN_AFTER_STATE.match(after) or _in_unlisted_town(doc, m.start):
                host = target.actor if m.form != "anaphor" else target.actor.model_copy(update={"span": m.actor.span})
        elif m.form in ("demonym", "prefix") and (_HOST_NOUN_AFTER_DEMONYM.match(after)
                                                  or (_BASE_AFTER_DEMONYM.match(after) and _AT_A.search(before))):
            host = m.actor
        if host is None:
            continue
        if place is not None and place.span is not None and place.span.end <= m.start and host.code != place.country \
                and doc.sentence(place.span.start) == doc.sentence(m.start) and _PURPOSE_AFTER_PLACE.search(text, place.span.end, m.start):
            # another state in what they are there for is no host: the last place before it is where they are
            places = list(reversed(doc.places_in(start, m.start)))
            break
        return host
    for p in places:
        if p.country and p.country not in excluded and not (p.span is not None and _FROM_PLACE.search(text, max(0, p.span.start - 30), p.span.start)):
            return state_actor(p.country, p.span)  # (not where they come from: "deployed from Vicenza, Italy, to Tan-Tan")
    if _UNNAMED_FACILITY.search(text, start, end) and (where := doc.dateline) is not None \
            and where.country and where.country not in excluded:
        return state_actor(where.country, where.span)  # "PAPEETE -- The destroyer moored at the naval base"
    return None


def _in_unlisted_town(doc: Document, pos: int) -> bool:
    """Whether the state at ``pos`` follows a town no list knows ("in Mindelo, Cape Verde"), not
    another state of a list ("in Morocco, Ghana and Senegal")."""
    town = _TOWN_THEN_STATE.search(doc.text, max(0, pos - 60), pos)
    return town is not None and unlisted(doc, *town.span("town"))


def unlisted(doc: Document, a: int, b: int) -> bool:
    """Whether ``a:b`` names no actor and no place any list knows (a town: "Cahul", "Mindelo")."""
    return not doc.mentions_in(a, b) and not doc.places_in(a, b)


# a place left, not gone to (but "operated|flying from Dakar" is where forces are based)
_FROM_PLACE = regex.compile(r"(?i)(?<!\b(?:operat\w*|fl(?:y|ies|ying|ew|own)|sorties|missions?)\s+(?:[\w-]+\s+){0,2}?)\bfrom\s+(?:the\s+)?"
                            r"(?:(?:port|base|air\s+base|naval\s+base)\s+(?:of|at)\s+)?\Z")
# what the forces at a known place are there for, told after it: "landed at Kadena to begin a rotation ..., Australia's
# contribution to the effort to monitor sanctions on North Korea" (a state in it is no host; "at Rota, Spain" is apposed)
_PURPOSE_AFTER_PLACE = regex.compile(r"(?i),\s+(?!(?:the\s+)?$)|\bto\s+(?!(?:the|a|an)\b)(?-i:\p{Ll})+\s")
_ONWARD_BEFORE = regex.compile(
    r"(?i)\b(?:en\s+route|on\s+(?:its|her|their)\s+way|bound|before\s+(?:heading|sailing|flying|continuing)(?:\s+on)?|continu\w+\s+on)\s+(?:to\s+|for\s+)?\Z")
# a port or base the story does not name, or "here": the dateline's ("moored at the naval base", "arrived here")
_UNNAMED_FACILITY = regex.compile(
    r"(?i)\b(?:(?:at|in|into|alongside)\s+the\s+(?:(?:main|naval|commercial|cruise|city['’]s|local|military)\s+)?"
    r"(?:naval\s+base|base|port|harbou?r|airport|air\s+base|quay|pier|docks?|wharf|terminal)\b(?!\s+(?:of|in|at|near)\b)"
    r"|(?:arrived|docked|berthed|landed)\s+here)\b")


def evidence_end(doc: Document, trigger_end: int, *ends: int) -> int:
    """The end of an event's evidence: the last argument used, within the clause."""
    limit = doc.clause(max(trigger_end - 1, 0))[1]
    best = max([trigger_end, *[e for e in ends if e and e <= limit]])
    return best


def draft(rule: Rule, m: regex.Match[str], *, start: int, end: int, participants: Sequence[Actor],
          anaphoric: bool = False, **fields) -> Draft:
    """A draft of ``rule``'s event type from match ``m``."""
    return Draft(
        type=rule.type,
        rule=rule.id,
        trigger=m.span("trigger"),
        evidence=(start, end),
        participants=list(participants),
        fields={k: v for k, v in fields.items() if v is not None},
        anaphoric=anaphoric,
        priority=rule.priority,
        needs_date=rule.needs_date,
    )


def party_count(actors: Sequence[Actor]) -> int:
    """How many parties actors stand for: an organisation or group (or its office holders,
    "European Union foreign ministers") counts as several."""
    codes = {a.code for a in actors if a.code}
    if any(a.code and a.country is None and a.kind in ("group", "organisation", "person") for a in actors):
        return max(2, len(codes))
    return len(codes)


def distinct_states(doc: Document, mentions: Sequence[Mention], pos: int) -> list[Mention]:
    """Two office holders of one event who came out as the same state only because both titles
    were unqualified ("talks between Prime Minister X and President Y" in an article about two
    states): the unqualified one takes the other state named in the sentence."""
    people = [m for m in mentions if m.form == "person" and m.code]
    if len(people) < 2 or len({m.code for m in people}) > 1:
        return list(mentions)
    a, b = doc.sentence(pos)
    others = [m.code for m in doc.mentions_in(a, b) if m.form in ("name", "alias", "demonym") and m.code
              and m.code != people[0].code]
    unqualified = [m for m in people if not m.extra.get("qualified")]
    if len(set(others)) != 1 or not unqualified:
        return list(mentions)
    change = unqualified[-1]
    fixed = _of_state(change, others[0])
    return [fixed if m is change else m for m in mentions]


_VENUE = regex.compile(
    r"""(?<![\w-])(?:the\s+)?(?P<venue>\p{Lu}[\p{L}’'.-]{0,30}(?:\s+\p{Lu}[\p{L}’'.-]{0,30}){0,3}\s+(?:border\s+)?(?:meeting\s+)?(?:point|post|crossing)
        |(?:\p{Lu}[\p{L}’'.-]{0,30}\s+){0,4}(?:Fortress|Palace|House|Castle|Hall|Centre|Center|Hotel|Chapel|chapel|
        Headquarters|headquarters|HQ|Building|Barracks|Airport|Cathedral|Abbey|Residence|Villa|Manor|Estate|Pavilion|Institute|
        # "at the Parera naval base" (a base named in capitals, "Kadena Air Base", is a place of its own)
        (?:naval|air|military|army)\s+base))\b
      |(?<=\b(?:in|at)\s+)(?P<city>\p{Lu}[\p{L}’'.]{1,30}(?:[\s-](?:les-|(?:de|du|la|do|da|dos|das|del|di)\s)?\p{Lu}[\p{L}’'.]{1,30}){0,2})(?![\w-])
      # "in the frontier town of Pedro Juan Caballero", "at the port city of Berbera", "on the island of Saaremaa"
      |(?<=\b(?:in|at|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:town|city|port|village|district|province|island)\s+of\s+)
       (?P<city>\p{Lu}[\p{L}’'.]{1,30}(?:[\s-](?:les-|(?:de|du|la|do|da|dos|das|del|di)\s)?\p{Lu}[\p{L}’'.]{1,30}){0,3})(?![\w-])
      # a named building with no word for its kind: "at the Bernerhof", "at the Edificio Libertador", "at the Cabinet Room"
      # (not a body or a gathering: "at the Pentagon", "at the Ministry of Defence", "at the Summit")
      # (the whole name, then the clause goes on: not "at the Hôtel de Brienne", "at the Royal Military Academy in Meknes")
      |(?<=\bat\s+the\s+)(?P<named_venue>\p{Lu}[\p{L}’'-]+(?:[^\S\n]+\p{Lu}[\p{L}’'-]+){0,2})(?![\w-])
       (?=[^\S\n]*(?:[,.;:)]|\n|\Z)|[^\S\n]+(?:on|this|last|yesterday|today|earlier|where|during|for|and|to)\b)""", regex.X)
# what a capitalised name after "at the" may be other than a building: a body, a gathering, a moment
_NOT_A_BUILDING = regex.compile(r"(?i)\b(?:ministry|department|office|command|forces?|army|navy|government|council|commission|agency|"
                                r"summit|conference|dialogue|forum|meeting|session|talks|ceremony|invitation|request|start|end|"
                                r"time|helm|head|heart|centre|center|service|university|college|school|show|expo|exhibition|fair|brigade|regiment|"
                                r"battalion|division|squadron|wing|fleet|group)$|^(?:UN|EU|General|Admiral|President|Minister|Commander|Chief)\b"
                                # a generic building told with a capital: "at the Embassy", "at the Residence"
                                r"|^(?:Embassy|Consulate|Chancery|Residence|Palace|Headquarters|Barracks|Base|Airport|Port)$")
_NOT_PLACE = regex.compile(r"(?i)^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|Government|The|A|An|Defence|Defense|Ukraine|Europe|Asia|Africa|NATO|Nato|English|Total|Pacific|Atlantic|Arctic|Antarctica|Mediterranean|Caribbean|Middle|Latin|Central|Balkans|Baltics|Sahel|Gulf|Oceania|Scandinavia|Command|Charge|Chief)\.?$")


# a name that goes on past the capitalised words read: "Air Base 101", "Said bin Sultan Naval Base"
_NAME_GOES_ON = regex.compile(r"[^\S\n]+(?:\d|(?:bin|ibn|al|el|de|del|da|do|dos|van|von|der|di)[^\S\n]+\p{Lu})")
_SITE_IN_TOWN = regex.compile(r",?\s+in\s+(?:the\s+)?")


def _unstopped(start: int, name: str) -> tuple[int, int, str]:
    """A name read up to a full stop that ends its sentence ("in Oslo."), without the stop; an
    abbreviation keeps its own ("Washington, D.C.", "St.")."""
    if name.endswith(".") and not regex.search(r"(?:^|[\s.])\p{L}{1,2}\.$", name):
        name = name[:-1]
    return start, start + len(name), " ".join(name.split())


_HERE = regex.compile(r"\bhere\b(?!\s+(?:is|are|was|were)\b)")


def here(doc: Document, start: int, end: int) -> Place | None:
    """The dateline's city when the words ``start:end`` say "here" ("held talks here on Thursday"
    in a story datelined in Beijing, "signed here today")."""
    return doc.dateline if _HERE.search(doc.text, start, end) else None


# a seat of government or command named without its city ("at the Ministry of Defence", "at Defence Headquarters")
AT_A_SEAT = regex.compile(
    r"(?i)\bat\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:ministry|defen[cs]e\s+headquarters|general\s+staff|general\s+command|"
    r"joint\s+staff|armed\s+forces\s+headquarters|military\s+headquarters|naval\s+headquarters|army\s+headquarters|"
    r"air\s+force\s+headquarters|headquarters)|the\s+Pentagon)\b")
# a venue that names no town: "Kamuzu Barracks", "the Defence Ministry headquarters", "the General Command"
# (not a base, camp or station, which lie outside the city: "Ørland air base" in an Oslo story)
_VENUE_WORD = regex.compile(
    r"(?i)\b(?:barracks|headquarters|ministry|command|staff|palace|house|hall|residence|building|club|mess)$|^camp\s")


def is_venue(place: Place) -> bool:
    """Whether a place no list knows is a venue by its last word ("Government Building", "Parliament House")."""
    return bool(_VENUE_WORD.search(place.name.strip()))


_TO_OR_IN_BEFORE = regex.compile(r"(?i)\b(?:in|to|at|into)\s+(?:the\s+)?$")
_SAID_IN = regex.compile(r"(?i)\b(?:said|says|told\s+[\w\s]{1,25}?|announced|stated|declared|added|reported|wrote|speaking)\s+(?:\w+\s+)?(?:in|at)\s+$")
_THAT = regex.compile(r"(?i)\bthat\b")


def town_told_before(doc: Document, venue: Place, *, codes: Iterable[str] | None = None, sentences: int = 0) -> Place | None:
    """The town told before a venue that names none: "came to Valletta earlier this month and held talks
    with the Prime Minister at Auberge de Castille", "signed the treaty in Canberra on 6 October, after
    talks ... at Parliament House". Only the last place told before the venue, in its sentence or the
    ``sentences`` before it (and, with ``codes``, in one of those states), and only one the text is in or
    comes to: not one where something was said ("said in Vilnius that she had met ... at the Belweder")."""
    if venue.span is None:
        return None
    i = doc.segments.sentence_index(venue.span.start)
    start = doc.segments.sentences[max(0, i - sentences)][0] if i >= 0 else doc.sentence(venue.span.start)[0]
    named = [p for p in doc.places_in(start, venue.span.start)
             if p.span is not None and p.country and not is_region(p.name)
             and (codes is None or p.country in codes and "," not in p.name and not _VENUE_WORD.search(p.name))]
    if not named or not _TO_OR_IN_BEFORE.search(doc.text, max(0, named[-1].span.start - 12), named[-1].span.start):
        return None
    town = named[-1]
    if _SAID_IN.search(doc.text, max(0, town.span.start - 40), town.span.start) \
            or _THAT.search(doc.text, town.span.end, venue.span.start):
        return None
    return town


def in_dateline_city(doc: Document, place: Place | None, codes: Iterable[str]) -> Place | None:
    """A venue that names no town, in a story datelined in a city of one of the parties' states,
    is in that city: "Kamuzu Barracks" under "LILONGWE –" is "Kamuzu Barracks, Lilongwe". None when
    the place is not such a venue, or the dateline is a third state's (a foreign desk)."""
    where = doc.dateline
    if place is None or place.country or where is None or where.country not in set(codes):
        return None
    if not _VENUE_WORD.search(place.name.strip()) or where.name.lower() in place.name.lower():
        return None
    return Place(name=f"{place.name}, {where.name}", country=where.country, span=place.span)


# "in the Malaysian capital", "in the Philippine capital on Monday": a state's capital, unnamed
_CAPITAL_OF = regex.compile(r"(?<=\b(?:in|at)\s+)the\s+(?P<state>\p{Lu}[\p{L}’'-]+)\s+capital\b(?!,?\s+\p{Lu})")


def _capital_of(doc: Document, start: int, end: int) -> Place | None:
    for m in _CAPITAL_OF.finditer(doc.text, start, end):
        state = next((x for x in doc.mentions_in(m.start("state"), m.end("state"))
                      if x.form in ("demonym", "name", "alias") and x.code), None)
        capital = next((row.surface for row in gazetteers.load("country").by_id(state.code)
                        if row.get("form") == "capital"), None) if state else None
        if capital:
            return Place(name=capital, country=state.code, span=doc.span(m.start(), m.end()))
    return None


def location_of(doc: Document, start: int, end: int) -> Place | None:
    """Where a meeting took place, between ``start`` and ``end``.

    A venue followed by its city ("at Akershus Fortress in Oslo") gives "Akershus Fortress, Oslo";
    otherwise a gazetteer place after "in"/"at", a venue, or a proper name after "in"/"at" that
    names no actor ("in Charlevoix").
    """
    known = place_after(doc, start, end)
    if known is not None and known.span is not None:
        more = place_after(doc, known.span.end, min(end, known.span.end + 20))
        if more is not None and regex.match(r"\s+in\s+$", doc.text[known.span.end:more.span.start]):
            # "NATO headquarters in Brussels": a venue from the gazetteer, then its city
            # (the site by the name the text gives it: "Naval Station Rota in Cádiz", not "Rota, Cádiz")
            return Place(name=f"{' '.join(known.span.text.split())}, {more.name}", country=more.country or known.country,
                         span=doc.span(known.span.start, more.span.end))
    venue = city = None
    for m in _VENUE.finditer(doc.text, start, end):
        if m.group("venue") and venue is None:
            if any(c.isupper() for c in m.group("venue")):  # "the ministry's headquarters" names no venue
                venue = m
        elif m.group("named_venue") and venue is None:
            if not any(x.start < m.end("named_venue") and m.start("named_venue") < x.end for x in doc.mentions_in(max(0, m.start() - 40), m.end() + 40)) \
                    and not _NOT_PLACE.match(m.group("named_venue").split()[0]) \
                    and not _NOT_A_BUILDING.search(m.group("named_venue")) and place_after(doc, m.start(), m.end()) is None:
                venue = m
        elif m.group("city") and city is None and not _NOT_PLACE.match(m.group("city").split()[0]) \
                and not doc.mentions_in(m.start(), m.end()) and doc.mention_at(m.start("city")) is None \
                and not _NAME_GOES_ON.match(doc.text, m.end("city")) \
                and not any(is_region(p.name) for p in doc.places_in(m.start("city"), m.end("city"))):
            city = m  # not a word of a name ("General in Chief Vladimir Padrino López")
    pieces: list[tuple[int, int, str]] = []
    if venue is not None:
        key = "venue" if venue.group("venue") else "named_venue"
        pieces.append((venue.start(key), venue.end(key), " ".join(venue.group(key).split())))
    # (a name after "in|at" told before the first listed place is the nearer one: "arrived in Uvira on
    # Thursday, crossing from Bujumbura")
    if known is not None and known.span is not None and city is not None and city.end("city") <= known.span.start:
        if not pieces and _SITE_IN_TOWN.fullmatch(doc.text, city.end("city"), known.span.start):
            pieces.append(_unstopped(city.start("city"), city.group("city")))  # "at Santahamina in Helsinki": the site, then its town
        else:
            known = None
    town = (known.span.start, known.span.end, known.name) if known and known.span else (
        _unstopped(city.start("city"), city.group("city")) if city else None)
    if town and known is not None and pieces and (pieces[0][0], pieces[0][1]) == (town[0], town[1]) and "," in known.name:
        pieces = [town]  # "at the Egmont Palace": the listed venue, with its town
    if town and not (pieces and pieces[0][0] <= town[0] < pieces[0][1]):
        if pieces and not 0 <= town[0] - pieces[0][1] <= 12:
            pieces = []  # the venue and the town are not one phrase: keep the town
        pieces.append(town)
    if not pieces:
        return _capital_of(doc, start, end)
    a, b = pieces[0][0], pieces[-1][1]
    return Place(name=", ".join(p[2] for p in pieces), country=known.country if known else None, span=doc.span(a, b))


def posted_to(doc: Document, parties: list[Mention], place) -> Actor | None:
    """The state an envoy among ``parties`` is posted to ("the French Ambassador to Kenya", "the US
    defence attaché in Dhaka"), when the other party is an office holder the text does not tie to
    a state: envoys call on the officials of the state they serve in."""
    # the other side: an office holder the text ties to no state (at most the home state guessed for it)
    if not any(x.form == "person" and (not x.code or x.extra.get("qualified") is False) and x.actor.role not in ENVOYS for x in parties):
        return None
    for x in parties:
        if x.form != "person" or not x.code or x.actor.role not in ENVOYS:
            continue
        if (posted := x.extra.get("posted")) is not None:
            return state_actor(posted[0], doc.span(posted[1], posted[2]))
        seat = next((p for p in doc.places_in(x.end, x.end + 40)
                     if p.country and _IN_SEAT.fullmatch(doc.text, x.end, p.span.start)), None)
        for where in (seat, place):
            if where is not None and where.country and where.country != x.code:
                return state_actor(where.country, where.span)
    return None


_IN_SEAT = regex.compile(r"\s+in\s+")  # "the US defence attaché in Dhaka"


# a state named as the place a topic is about, not a party: "views on regional security, the war in Ukraine and ..."
_TOPIC_PLACE = regex.compile(r"(?i)\b(?:war|situation|conflict|crisis|fighting|developments|events|tensions|unrest)\s+in\s+(?:the\s+)?\Z")
# a state that names a border talked about: "the protection of the Tajik–Afghan border"
_BORDER_AFTER = regex.compile(r"(?:\s*[-–—]\s*\p{L}+)?\s+(?:border|frontier|boundary)\b")


def parties_of_the_scene(doc: Document, pos: int) -> list:
    """ "A new agreement was concluded there", "... was signed when the two ministers met": the two states
    named in the nearest of the three sentences before that names any (the scene the story has set)."""
    i = doc.segments.sentence_index(pos)
    found: dict = {}
    for j in range(i - 1, max(-1, i - 4), -1):
        here = {}
        for x in doc.mentions_in(*doc.segments.sentences[j]):
            if x.code and x.actor.kind in ("state", "person") and x.code not in here \
                    and not _TOPIC_PLACE.search(doc.text, max(0, x.start - 40), x.start) and not _BORDER_AFTER.match(doc.text, x.end):
                here[x.code] = x.actor
        if len(here) >= 2:
            # (a sentence that names one of them goes on with the scene: "Shin, on his first visit, was accompanied
            # by Korean executives")
            return list(here.values()) if len(here) == 2 and (not found or set(found) <= set(here)) else []
        found.update(here)
    return []
