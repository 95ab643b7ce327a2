"""Counts of things in English defence news: ``"more than 350 British personnel"``.

:func:`find_quantities` searches a whole document; :func:`parse_quantity` reads one isolated
phrase. Both return :class:`~defevents.schema.Quantity` values: a ``value``, the ``unit`` (the
noun phrase counted) and a ``qualifier``.

Shapes read::

    22 Polish air batteries         eight helicopters            two experienced Polish
    more than 350 British personnel at least five frigates       helicopter instructors
    up to 1,000 troops              a dozen F-16s                48 K2 tanks
    some 4,000 soldiers             three Type 26 frigates       12 HIMARS launchers
    1.5 million people              twenty-two Leopard 2 tanks   two hundred and fifty troops

Decisions:

- **Numbers**: digits with comma thousands (``1,000``); number words from ``data/number.tsv``
  (one..nineteen, the tens, ``twenty-two``), combined with ``hundred``/``thousand``/``million``
  /``dozen`` (``two hundred and fifty``, ``a dozen``, ``1.5 million``). A decimal needs a
  multiplier (``1.5 million``). Vague counts (``hundreds of troops``, ``dozens``, ``a
  battalion``) are skipped: a Quantity always has a value.
- **The unit** is the noun phrase after the number, up to eight words, ending at its head noun:
  the last plural noun (``tanks``, ``F-16s``, ``UAVs``, ``HIMARS``) or mass/irregular noun
  (``personnel``, ``staff``, ``troops``, ``aircraft``, ``people``) before a stop word
  (preposition, article, auxiliary, conjunction, common reporting verb), punctuation, a
  possessive, an adverb in ``-ly``, a capitalised word after the head, or ``-ed``/``-ing``
  after a plural head (``troops fighting``; a mass noun may go on: ``infantry fighting
  vehicles``, ``ammunition resupply vehicles``). A count of some of the goods reads past
  ``of the|its|their`` (``12 of the boats``; not after ``one``), and a name's acronym in
  brackets stays in the unit (``92 Wheeled Armoured Platform (WhAP) 8x8 vehicles``). It is kept as written
  (demonyms included: the rule layer may drop them) with whitespace collapsed to single
  spaces. A singular head is not recognised, so ``one soldier`` is not read (``one aircraft``
  is).
- **The span** covers the number and the unit; a qualifier in front (``more than``, ``up to``,
  ``some``... the :data:`defevents.money.QUALIFIER` list) is outside the span and returned
  in ``qualifier``, lower-cased with single spaces.
- Never a quantity: model names and designators (``Type 26``, ``F-35``, ``K2``, ``E5``,
  ``Article 4``, ``Leopard 2``: a number right after a capitalised word or a designator word;
  ``16 Air Assault Brigade troops``, ``5 Rifles``: digits before a formation's name, unless a
  qualifier makes them a count: ``about 220 Army soldiers``),
  years (``2023 deal``; a four-digit 1900-2099 number needs a qualifier), ordinals (``8th``),
  dates (``12 March``), durations and measures (``two-year``, ``three years``, ``500 km``),
  money (``20 billion zlotys``, anything :func:`defevents.money.find_money` reads) and
  percentages.
- Work per number is bounded (eight words of at most 40 characters), so a document is read in
  linear time.

>>> q = parse_quantity("more than 350 British personnel"); (q.value, q.unit, q.qualifier)
(Decimal('350'), 'British personnel', 'more than')
>>> [(q.value, q.unit) for q in find_quantities("the first of eight Polish military helicopters will")]
[(Decimal('8'), 'Polish military helicopters')]
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from .gazetteers import load
from .money import QUALIFIER, find_money
from .prefilter import Anchors, finditer_near
from .schema import Money, Quantity, Span

__all__ = ["find_quantities", "parse_quantity"]

_NUMBERS = load("number")
_CURRENCY = load("currency")
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014"  # escaped: used inside [...]


def _words(kind: str, low: int = 0, high: int = 10**12) -> list[str]:
    return [r.surface for r in _NUMBERS if r.get("kind") == kind and low <= int(r.id) <= high]


_LISTS = {
    "cardinal": _words("cardinal"),
    "tens": _words("cardinal", 20, 90),
    "units": _words("cardinal", 1, 9),
    "multiplier": _words("multiplier"),
}

_SPACE = r"(?:[^\S\r\n]{1,10}(?:\r?\n[^\S\r\n]{0,10})?|\r?\n[^\S\r\n]{0,10})"  # one line break at most
_CARD = rf"(?i:\L<tens>[\s{_DASHES}]\L<units>|\L<cardinal>)(?!\p{{L}})"  # twenty-two, eight
_MULTIPLIER = r"(?i:\L<multiplier>)(?!\p{L})"  # hundred, thousand, million, dozen
# Fragments are inlined, not (?&called): a subroutine call makes the scan several times slower.

_QUANTITY = regex.compile(
    rf"""
    (?: (?P<qual>{QUALIFIER}) \s+ )?
    (?<![\p{{L}}\p{{N}}_]) (?<![\p{{L}}\p{{N}}][.,/:{_DASHES}])   # not F-35, E5, 1.5, 24/7
    (?P<number>
        (?P<digits> \d{{1,3}} (?: ,\d{{3}} ){{1,4}} | \d{{1,7}} ) (?: \.\d{{1,3}} )?
        (?! \d | [.,]\d )
        (?: \s+ {_MULTIPLIER} )?                        # 1.5 million, 10 thousand
      | (?i: an? ) \s+ {_MULTIPLIER}                     # a dozen, a thousand
      | {_CARD} (?: \s+ {_MULTIPLIER} (?: \s+ (?i:and\s+)? {_CARD} )? ){{0,3}}   # two hundred and fifty
    )
    (?! [\p{{L}}\p{{N}}{_DASHES}%] )                    # not 8th, two-year, 5%, 1990s
    (?! {_SPACE} (?i:mm|cm|millimet(?:re|er)s?|calibre|caliber)\b )   # a calibre, not a count: "120 mm mortar bombs"
    (?= {_SPACE} (?: [\p{{L}}"“‘'] | \d[\d.,]*(?:-\p{{L}}|m\b|mm\b|ft\b|\s?mm\b) ) )   # a word follows (or a size: "three 24-meter boats", "four 94.5m ships", "10,000 155mm shells")
    """,
    regex.VERBOSE | regex.V1,
    **_LISTS,
)

# Every count holds a digit or a number word: the pattern runs only near one. A count reaches at
# most 80 characters ahead of its first anchor (the qualifier) and 60 past it (a word must follow).
_ANCHOR = Anchors((r.surface for r in _NUMBERS), reach=(80, 60))

# One word of the unit (at most 40 characters: bounded work per number) or the space before it.
_TOKEN = regex.compile(
    rf"""
    (?P<space> {_SPACE} )?
    (?P<token>
        ["“‘']?
        (?: (?: \p{{Lu}}\. ){{2,4}}                                  # U.S., U.K.
          | [\p{{L}}\p{{N}}] (?: [\p{{L}}\p{{N}}] | [{_DASHES}/.'’] (?=[\p{{L}}\p{{N}}]) | (?<=\d),(?=\d{{3}}) ){{0,40}} )
        ["”’']?
    )
    (?! [\p{{L}}\p{{N}}] )
    """,
    regex.VERBOSE | regex.V1,
)
_PREVIOUS = regex.compile(rf"(?P<word>[^\s(\[\"“‘']{{1,40}}){_SPACE}\Z", regex.V1)
_PLURAL = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-]*(?<![sui]s)(?<!')(?<=[\p{L}\p{N}]s)|[A-Z][A-Z0-9\-]{2,}S", regex.V1)

# fmt: off
_STOP = frozenset("""
    a an the this that these those its their his her our your my it they them we you he she
    of in on at to for from with by into onto over under about above below after before
    during since until upon across against among amongst between through throughout within
    without via per than as and or but nor so yet while whereas if whether because although
    who whom whose which what when where why how
    will would shall should can could may might must is are was were be been being am
    has have had do does did not no also said says say including include includes included
    such each every all both either neither any many much few several plus minus versus vs
    according alongside amid despite toward towards aboard out up down off back there here
    then now today yesterday tomorrow last next ago currently already still just only even
    ever again too very percent cent
    agreed discussed met signed held announced pledged called vowed reaffirmed welcomed
    stressed expressed noted spoke talked exchanged shared reviewed explored decided
    approved ordered bought purchased received delivered sent deployed arrived joined took
""".split())
_NOT_ADVERBS = frozenset("supply resupply assembly family ally rally anomaly monopoly reply fly".split())
_MASS = frozenset("""
    personnel staff troops aircraft craft spacecraft watercraft hovercraft people men women children
    servicemen servicewomen midshipmen seamen airmen marksmen crewmen artillerymen gunmen riflemen signalmen aircrew groundcrew
    police infantry artillery cavalry crew crews militia equipment materiel matériel hardware
    ammunition ordnance weaponry armour armor gear
""".split())
_NOT_COUNTED = frozenset("""
    years months weeks days hours minutes seconds decades centuries nights times
    kilometres kilometers km miles metres meters feet inches tonnes tons kg kilograms pounds
    lbs knots degrees mph points percent billions millions thousands hundreds dozens others
""".split()) | frozenset(r.surface.lower() for r in _CURRENCY if r.surface[:1].islower())
_MONTHS = frozenset("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_DESIGNATORS = frozenset("""
    type article block batch flight phase tranche lot model mk mark no number increment
    resolution section chapter paragraph page level stage round day week year grade class
    series version generation tier category group squadron wing division brigade regiment
""".split())
_FORMATIONS = frozenset("""
    Brigade Division Regiment Squadron Battalion Wing Group Commando Corps Fleet Flotilla
    Company Battery Rifles Army
""".split())
# fmt: on
_MAX_WORDS = 8


def _bare(token: str) -> str:
    return token.strip("\"“”‘’'")


def _is_head(word: str) -> bool:
    """A plural noun (tanks, F-16s, HIMARS) or a mass or irregular one (personnel, aircraft)."""
    return (word.lower() in _MASS or _PLURAL.fullmatch(word) is not None) and word not in _PROPER_PLURALS


# names that end like plurals and stand before a service, not goods: "20 Netherlands Army advisers"
_PROPER_PLURALS = frozenset("Netherlands Philippines Bahamas Comoros Maldives Seychelles Marshall Solomon Emirates States "
                            "Islands Forces".split())


def _adverb(lower: str) -> bool:
    return lower.endswith("ly") and lower not in _NOT_ADVERBS


def _value(number: str) -> Decimal | None:
    """The value of a matched number: digits, words, or both (``1.5 million``, ``a dozen``)."""
    total = current = Decimal(0)
    seen_multiplier = False
    for word in regex.split(rf"[\s{_DASHES}]+", number.lower()):
        if word in ("", "and"):
            continue
        if word in ("a", "an"):
            current = Decimal(1)
            continue
        if word[:1].isdigit() or word[:1] == ".":
            current = Decimal(word.replace(",", ""))
            continue
        row = _NUMBERS.lookup(word)
        if row is None:
            return None
        if row.get("kind") == "cardinal":
            current += Decimal(row.id)
            continue
        seen_multiplier = True
        current = (current or Decimal(1)) * Decimal(row.id)
        if int(row.id) >= 1000:
            total, current = total + current, Decimal(0)
    value = total + current
    if value != value.to_integral_value() or (not seen_multiplier and "." in number):
        return None  # 2.5 tanks: a count is whole
    return value.quantize(Decimal(1))


def _model_number(text: str, start: int, digits: str | None, qualified: bool) -> bool:
    """Is the number at ``start`` part of a name (Type 26, Leopard 2, March 12) or a year?"""
    if digits is None or qualified:
        return False  # "some 2000 troops": the word before is the qualifier
    if regex.fullmatch(r"(?:19|20)\d\d", digits):
        return True  # 2023 deal
    m = _PREVIOUS.search(text, max(0, start - 64), start)
    if m is None:
        return False
    word = m.group("word")
    lower = _bare(word).lower()
    if lower in _DESIGNATORS or lower in _MONTHS:
        return True
    if word[-1:] in ".,;:!?)]" or lower.endswith(("'s", "’s", "s'", "s’")) or lower in _STOP:
        return False
    return word[:1].isupper()


def _formation(unit: str, digits: str | None) -> bool:
    """Is ``16 Air Assault Brigade troops`` a unit's name rather than a count?"""
    words = unit.split()
    # ("14 Hellenic Army personnel": a state's army named, then the people; "6 Army" alone is a formation)
    return digits is not None and words[0][:1].isupper() and any(
        w in _FORMATIONS and (w != "Army" or i == 0) for i, w in enumerate(words))


_MEASURE_ADJECTIVE = regex.compile(
    r"\d[\d.,]*(?:-(?:metre|meter|m|tonne|ton|foot|ft|kilometre|kilometer|km|mm|millimetre|millimeter|calibre|caliber|seat|berth|wheel|axle)|m|mm|ft)")
# a calibre written apart from its number: "5,000 155 mm shells"
_SPACED_CALIBRE = regex.compile(r"[^\S\n]+\d{2,3}[^\S\n]?mm\b")


# a count of some of the goods told: "12 of the boats", "eight of its launchers" (after a number above one)
_PARTITIVE = regex.compile(r"[^\S\n]+of[^\S\n]+(?:the|its|their|these|those)(?=\s)")
# a name's acronym in brackets, inside the counted phrase: "Wheeled Armoured Platform (WhAP)"
_ACRONYM_AFTER = regex.compile(r"[^\S\n]+\(\p{Lu}[\p{L}\d-]{1,9}\)(?=[^\S\n])")


def _unit(text: str, pos: int, *, partitive: bool = False) -> tuple[int, int] | None:
    """The span of the counted noun phrase that starts after ``pos``, or None; with ``partitive``,
    also after "of the|its|their" ("12 of the boats")."""
    words: list[tuple[int, int, str]] = []
    head = -1
    if (calibre := _SPACED_CALIBRE.match(text, pos)) is not None:
        pos = calibre.end()  # the calibre is no part of the goods' name
    elif partitive and (part := _PARTITIVE.match(text, pos)) is not None:
        pos = part.end()  # "12 of the boats", "the first eight of its HIMARS launchers": the count of the goods
    while len(words) < _MAX_WORDS:
        m = _TOKEN.match(text, pos)
        if m is None or m.group("space") is None:
            break  # punctuation, or a word glued to the previous one
        token = m.group("token")
        word = _bare(token)
        lower = word.lower()
        if lower in _STOP or (lower in _MONTHS and not word.isupper()) or lower.endswith(("'s", "’s")):
            break  # (an acronym is no month: "600 AUG A3 rifles")
        if word[:1].isdigit() and not (words and words[-1][2][:1].isupper()) and not _MEASURE_ADJECTIVE.fullmatch(word):
            break  # only a designator's number (Type 26) inside a unit (and a size: "three 24-meter patrol boats")
        if head >= 0 and (word[:1].isupper() or _adverb(lower) or (
                _PLURAL.fullmatch(words[head][2]) and lower.endswith(("ed", "ing")))):
            # a new clause: "... launchers Poland ordered", "... personnel currently",
            # "... troops fighting"; a mass noun may go on ("infantry fighting vehicles")
            break
        words.append((m.start("token"), m.end("token"), word))
        if _is_head(word):
            head = len(words) - 1
        pos = m.end()
        if head < 0 and word[:1].isupper() and (acronym := _ACRONYM_AFTER.match(text, pos)) is not None:
            pos = acronym.end()  # "92 Wheeled Armoured Platform (WhAP) 8x8 vehicles": a name's acronym
        if token.endswith(("'", "’")) and token[:1] not in "'‘":
            break  # possessive plural: the two countries' leaders
    if head < 0 or words[head][2].lower() in _NOT_COUNTED:
        return None
    first = 1 if head > 0 and _MEASURE_ADJECTIVE.fullmatch(words[0][2]) else 0  # the size is no part of the goods' name
    start, end = words[first][0], words[head][1]
    if text[end - 1 : end] in "'’\"”" and text[start] not in "'‘\"“":
        end -= 1
    return start, end


def _quantities(text: str, money_found: Sequence[Money] | None) -> list[Quantity]:
    found = find_money(text) if money_found is None else money_found
    money = sorted((m.span.start, m.span.end) for m in found if m.span)
    out: list[Quantity] = []
    last_end = 0
    i = 0  # both lists run in text order: one pass over the money spans
    for m in finditer_near(_QUANTITY, text, _ANCHOR):
        start = m.start("number")
        while i < len(money) and money[i][1] <= start:
            i += 1
        if start < last_end or (i < len(money) and money[i][0] < m.end("number")):
            continue  # inside the previous unit, or part of an amount of money
        qualified = m.group("qual") is not None
        if _model_number(text, start, m.group("digits"), qualified):
            continue
        value = _value(m.group("number"))
        # ("one of the largest contributors" is no count of contributors)
        unit = _unit(text, m.end("number"), partitive=value is not None and value > 1)
        if unit is None or value is None or (not qualified and _formation(text[unit[0] : unit[1]], m.group("digits"))):
            # ("about 220 Army soldiers": a qualified number is a count, never a formation's name)
            continue
        qualifier = " ".join(m.group("qual").split()).lower() if qualified else None
        out.append(Quantity(
            value=value,
            unit=" ".join(text[unit[0] : unit[1]].split()),
            qualifier=qualifier,
            span=Span.of(text, start, unit[1]),
        ))
        last_end = unit[1]
    return out


def find_quantities(text: str, *, money: Sequence[Money] | None = None) -> list[Quantity]:
    """Every count of things in a document, in text order.

    Args:
        text: the whole document; spans are offsets into it.
        money: the amounts :func:`defevents.money.find_money` found in ``text``, if the caller
            has them already; numbers inside them are not counts. Found here when None.

    Returns:
        One :class:`~defevents.schema.Quantity` per count; the span covers the number and the
        unit, not the qualifier.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities(
    ...     "Poland ordered 48 K2 tanks and some 4,000 soldiers; a dozen F-16s arrived.")]
    [(Decimal('48'), 'K2 tanks', None), (Decimal('4000'), 'soldiers', 'some'), (Decimal('12'), 'F-16s', None)]
    >>> find_quantities("three Type 26 frigates")[0].unit
    'Type 26 frigates'
    >>> find_quantities("Article 4, the 1990s, a two-year deployment, 2.5% of GDP, £1.9bn, 12 March")
    []
    """
    return _quantities(text, money)


def parse_quantity(text: str) -> Quantity | None:
    """Read one isolated count phrase: the first count in ``text``, if it starts the phrase.

    Args:
        text: the phrase, e.g. a rule's ``quantity`` group; spans are relative to it.

    Returns:
        The count, or None when the phrase does not start with one.

    >>> q = parse_quantity("up to 1,000 troops"); (q.value, q.unit, q.qualifier, q.span.text)
    (Decimal('1000'), 'troops', 'up to', '1,000 troops')
    >>> parse_quantity("a dozen F-16s").value
    Decimal('12')
    >>> parse_quantity("hundreds of troops") is None
    True
    """
    found = _quantities(text, None)
    lead = len(text) - len(text.lstrip())
    m = _QUANTITY.match(text, lead)
    if not found or m is None or found[0].span is None or found[0].span.start != m.start("number"):
        return None
    return found[0]
