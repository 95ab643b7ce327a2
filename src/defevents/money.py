"""Amounts of money in English defence news: ``"£1.9bn"`` → ``Money(1900000000, "GBP")``.

Two entry points share one verbose pattern:

- :func:`parse_money` reads a phrase that is already isolated (a rule's ``money`` group);
- :func:`find_money` and :func:`find_money_groups` search a whole document.

The pattern isolates the currency, the number and the scale word; `price-parser`_ reads the
number (digit groups, decimal point). price-parser ignores scale words, returns raw symbols
and misses names ("zlotys") and forms such as "Rs.1,200", so this module adds two tables,
both data:

- ``data/scale.tsv``: ``bn``, ``billion``, ``m``, ``mn``, ``mln``, ``k``, ``tn``, ``crore``,
  ``lakh``, ``lakh crore``... with the multiplier as the row id;
- ``data/currency.tsv``: symbols, codes and names mapped to ISO 4217. A lone ``$`` (and bare
  ``dollars``) is read as USD, ``¥`` as JPY, ``francs`` as CHF, ``kroner`` as NOK, ``Rs`` as INR:
  documented defaults, flagged ``default`` in the note column.

Shapes read::

    £1.9bn  US$1.2bn  $80m  €1.05bn  A$3.4bn  ₩1.2 trillion  $500k  $1.2B
    £4 billion  PLN 20 billion  USD 400 million  Rs 1,200 crore  yen 300 billion
    20 billion zlotys  1.5 billion euros  3.5 trillion won  400 million USD  500 euros
    £10-billion  $1.2-billion  10-billion-pound  a 2.5-billion-dollar deal  $3 billion-plus
    a billion dollars  half a billion euros  one million pounds

Decisions:

- **Numbers are English**: ``,`` groups thousands and ``.`` is the decimal point. A comma
  decimal (``"€ 2,5 Mrd"``, ``"1.250,5"``) is not read at all rather than read wrongly, and
  ``"$1.250 billion"`` is 1.25 billion (price-parser alone would guess 1,250).
  Digit runs are capped (15 digits, five comma groups), so a ``$`` before 100,000 digits is
  simply not an amount, found in linear time.
- **The span is the amount only.** A qualifier in front (``up to``, ``more than``, ``about``,
  ``some``, ``an estimated``, ``~``... see :data:`QUALIFIER`) is not part of the span but sets
  ``approximate=True``; so does a trailing ``-plus``/``+`` (inside the span) and a following
  ``or more``/``or so`` (outside it).
- Symbols (``$``, ``£``, ``US$``) precede the number; codes (``GBP``, ``Rs``) precede or follow
  it; names (``zlotys``, ``US dollars``) follow it, except those noted ``prefix`` (``yen``).
- A scale word may sit on the next line (``"$1.2\\nbillion"`` in hard-wrapped copy); at most one
  line break is crossed. Single-letter scales (``m``, ``b``, ``k``) must touch the number.
- Never money: a number without a currency (``2.5% of GDP``, ``F-35``, ``Type 26``, years,
  phone numbers), percentages, ``2,000-pound bomb`` (``pound``, ``won``, ``real``, ``rand`` and
  the codes ``SAR``, ``CAD``, ``TRY``, ``RM`` need a scale word: note ``needs scale``), and a
  four-digit year before a bare currency name (``in 2023 dollars``).
- Ranges sharing one scale word (``$1-2bn``) are not read; ``$1bn-$2bn`` gives two amounts.
- Number words are read only as ``a``/``one``/``half a`` before a scale word and a currency
  name (``a billion dollars``); ``a billion-dollar industry`` is an order of magnitude, not
  an amount, and is not read.
- **Conversions.** ``"£3.2bn ($4bn)"`` is two amounts. :func:`find_money` returns both, in text
  order; :func:`find_money_groups` returns ``(primary, *conversions)`` tuples, where a
  conversion is an amount in another currency that follows the primary in brackets, after a
  dash, or after ``or`` (``"PLN 20 billion (£4bn)"``, ``"€1bn (£850m, $1.1bn)"``). Each
  conversion keeps its own ``approximate`` (``"(about £4bn)"``). A rule that wants the value
  as written takes ``group[0]``.

>>> parse_money("£1.9bn")
Money(amount=Decimal('1900000000'), currency='GBP', approximate=False, text='£1.9bn', span=Span(start=0, end=6, text='£1.9bn'))
>>> [(m.amount, m.currency) for m in find_money("a £3.2bn ($4bn) deal")]
[(Decimal('3200000000'), 'GBP'), (Decimal('4000000000'), 'USD')]

.. _price-parser: https://github.com/scrapinghub/price-parser
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import NamedTuple

import regex

from .gazetteers import Gazetteer, Row, load
from .prefilter import Anchors, finditer_near
from .schema import Money, Span

__all__ = ["QUALIFIER", "find_money", "find_money_groups", "parse_money"]

QUALIFIER = r"""
    (?<![\p{L}\p{N}])                       # a word of its own
    (?i:
        up\s+to | more\s+than | about | around | nearly | almost
      | approximately | approx\. | some | roughly | at\s+least | an\s+estimated | estimated
      | in\s+excess\s+of | upwards\s+of | close\s+to | as\s+much\s+as | as\s+many\s+as
      | less\s+than | fewer\s+than | under | just\s+over | just\s+under | well\s+over
      | circa | c\. | at\s+most | no\s+more\s+than | no\s+fewer\s+than | no\s+less\s+than
      | north\s+of
      | (?<! (?: hand(?:s|ed|ing)? | turn(?:s|ed|ing)? | t[ao]k(?:e|es|en|ing)? | took | gave
               | giv(?:e|es|en|ing) | pass(?:es|ed|ing)? | sign(?:s|ed|ing)? ) \s{1,3} ) over
                                            # "over 300", not "handed over 300"; the bounded
                                            # space keeps the look-behind linear on long runs
    )
"""
"""A verbose ``regex`` fragment: the words that make an amount or a count approximate."""

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014"  # escaped: used inside [...]
_CURRENCY = load("currency")
_SCALE = load("scale")


def _note(row: Row) -> str:
    return row.get("note")


def _is_symbol(surface: str) -> bool:
    """``$``, ``£``, ``US$``, ``U.S.$``: a mark written before the number only."""
    return "$" in surface or not any(ch.isalpha() for ch in surface)


def _is_code(surface: str) -> bool:
    """``GBP``, ``NIS``, ``Rs``, ``Rs.``: written before or after the number."""
    return regex.fullmatch(r"[A-Z][A-Za-z]{1,2}\.?", surface) is not None


def _before(row: Row) -> bool:
    return _is_symbol(row.surface) or _is_code(row.surface) or "prefix" in _note(row)


def _after(row: Row) -> bool:
    return not _is_symbol(row.surface)


def _surfaces(gazetteer: Gazetteer, keep: Callable[[Row], bool]) -> list[str]:
    """The regex variants of the rows ``keep`` selects."""
    rows = tuple(r for r in gazetteer.rows if keep(r))
    return Gazetteer(name=gazetteer.name, columns=gazetteer.columns, rows=rows).variants()


def _needs_scale(row: Row) -> bool:
    return "needs scale" in _note(row)


_LISTS = {
    "cur_before": _surfaces(_CURRENCY, lambda r: _before(r) and not _needs_scale(r)),
    "cur_before_scaled": _surfaces(_CURRENCY, lambda r: _before(r) and _needs_scale(r)),
    "cur_after": _surfaces(_CURRENCY, _after),
    "cur_after_bare": _surfaces(_CURRENCY, lambda r: _after(r) and not _needs_scale(r)),
    "scale_word": _surfaces(_SCALE, lambda r: len(r.surface) > 1),
    "scale_letter": _surfaces(_SCALE, lambda r: len(r.surface) == 1),
}

_NUMBER = r"""
    (?P<num>
        \d{1,3} (?: ,\d{3} ){1,5} (?: \.\d{1,6} )?      # 1,250 / 1,250,000.50
      | \d{1,15} (?: \.\d{1,6} )?                      # 1250 / 1.9
      | \.\d{1,6}                                       # .5
    )
    (?! \d | [.,]\d )                                  # the whole number or nothing
"""

_GAP = r"[^\S\r\n]{0,3}(?:\r?\n[^\S\r\n]{0,3})?"  # spaces, one line break at most
_SCALE_SEP = rf"(?:{_GAP}|[{_DASHES}])"
_FREE = rf"(?<![\p{{L}}\p{{N}}_])(?<![\p{{L}}\p{{N}}][.,{_DASHES}])"  # not F-35, not 1.2.3
# Fragments are inlined, not (?&called): a subroutine call makes the scan several times slower.

_BODY = rf"""
    (?: (?P<qual>{QUALIFIER}) \s+ | (?P<qual>~) \s* )?     # about / up to / ~ : not in the span
    (?P<money>
        # 1. currency first: £1.9bn, US$ 1.2 billion, PLN 20 billion, £10-billion, $80m
        (?: (?<![\p{{L}}\p{{N}}]) (?P<cur>\L<cur_before>) {_GAP} {_NUMBER}
            (?: {_SCALE_SEP} (?P<scale>(?i:\L<scale_word>)) | (?P<scale>(?i:\L<scale_letter>)) )?
        # 1s. a clashing code (SAR: search and rescue) only with a scale word
          | (?<![\p{{L}}\p{{N}}]) (?P<cur>\L<cur_before_scaled>) {_GAP} {_NUMBER}
            (?: {_SCALE_SEP} (?P<scale>(?i:\L<scale_word>)) | (?P<scale>(?i:\L<scale_letter>)) )
        )
        (?(scale) | (?! \s{{0,3}} (?: [{_DASHES}] | (?i: to | and | or ) \s ) \s{{0,3}} [\d.,]{{1,20}}
                        {_SCALE_SEP} (?i: \L<scale_word> | \L<scale_letter> ) (?!\p{{L}}) ) )
                                                            # a range sharing a scale: $1-2bn, not $1
        (?P<plus> [{_DASHES}]? (?i:plus) (?!\p{{L}}) | \+ )?           # $3 billion-plus
      | {_FREE}
        (?: # 2. scale word then currency: 20 billion zlotys, 10-billion-pound, 1.5bn euros
            {_NUMBER} {_SCALE_SEP} (?P<scale>(?i:\L<scale_word>)) (?!\p{{L}}) {_SCALE_SEP}
          | # 4. a word for one or a half: a billion dollars, half a billion euros (not "a billion-dollar")
            (?P<word> (?i: half \s+ an? | an? | one ) ) \s+ (?P<scale>(?i:\L<scale_word>)) (?!\p{{L}})
            {_GAP} (?<=\s)
        )
        (?P<cur>\L<cur_after>)  # one copy of the long list for both: it is most of the compile time
      | # 3. bare currency after the number: 500 euros, 5 zł; never a year (2023 dollars)
        {_FREE} (?! (?:1[89]|20)\d\d (?![\d,.]) ) {_NUMBER} {_GAP} (?P<cur>\L<cur_after_bare>)
    )
    (?![\p{{L}}\p{{N}}])                                      # a whole word / number
    (?! {_GAP} (?: % | (?i:per[\s{_DASHES}]?cent | percent | pct) (?!\p{{L}}) ) )
    (?P<tail> \s+ or \s+ (?: more | so ) (?!\p{{L}}) )?       # $5bn or more: approximate
"""

_MONEY = regex.compile(_BODY, regex.VERBOSE | regex.V1, **_LISTS)
# Every amount names a currency: the pattern runs only near one ("$", "US$", "PLN", "zlotys", "won";
# a digit may touch it: "5zł"). An amount reaches at most 100 characters ahead of its currency
# (a qualifier, the number, a scale word) and 100 past it (the number after a symbol, a scale word,
# the "%" and "or more" checks).
_ANCHOR = Anchors((r.surface for r in _CURRENCY), digits=False, reach=(100, 100))
_TRAILER = regex.compile(r"\s*(?:[(\[][^()\[\]]{0,200}[)\]])?\s*[.,;:]?\s*", regex.V1)
_CONVERSION_GAP = regex.compile(
    rf"""\A \s* (?: [(\[] | [{_DASHES}] | ,? \s* or (?!\p{{L}}) ) \s*
         (?: (?: or | i\.e\. | equivalent \s+ to | worth ) \s+ )? \Z""",
    regex.VERBOSE | regex.V1,
)
_SIBLING_GAP = regex.compile(r"\A\s*(?:[,;/]|or|and)\s*\Z", regex.V1)
_ONE = Decimal(1)


class _Found(NamedTuple):
    money: Money
    start: int  # where the qualifier (or the amount) starts
    end: int  # where the match ends, after ``or more``


def _amount(m: regex.Match[str]) -> Decimal | None:
    """The exact amount of one match: price-parser reads the number, scale.tsv multiplies."""
    if m.group("word") is not None:  # a / one / half a
        amount = Decimal("0.5") if m.group("word")[:1] in "hH" else _ONE
    else:
        # The number alone: with the symbol in front price-parser misreads "Rs.1,200" as 1.200.
        from price_parser import Price  # imported on first use: 15-20 ms off the package import

        price = Price.fromstring(m.group("num"), decimal_separator=".")
        if price.amount is None:
            return None
        amount = price.amount
    if m.group("scale") is not None:
        row = _SCALE.lookup(m.group("scale"))
        if row is None:
            return None
        amount *= Decimal(row.id)
    if amount == amount.to_integral_value():
        amount = amount.quantize(_ONE)
    return amount


def _build(m: regex.Match[str]) -> _Found | None:
    row = _CURRENCY.lookup(m.group("cur"))
    amount = _amount(m)
    if row is None or amount is None:
        return None
    start, end = m.span("money")
    approximate = any(m.group(g) is not None for g in ("qual", "plus", "tail"))
    money = Money(
        amount=amount,
        currency=row.id,
        approximate=approximate,
        text=m.group("money"),
        span=Span.of(m.string, start, end),
    )
    return _Found(money, m.start(), m.end())


def _iter_found(text: str) -> Iterator[_Found]:
    for m in finditer_near(_MONEY, text, _ANCHOR):
        found = _build(m)
        if found is not None:
            yield found


def parse_money(text: str) -> Money | None:
    """Read one isolated money phrase.

    The phrase is one amount, optionally with a qualifier in front and a bracketed aside or
    a full stop after it (the aside, e.g. a conversion, is ignored: use
    :func:`find_money_groups` to read it). The span is relative to ``text``.

    Args:
        text: the phrase, e.g. a rule's ``money`` group.

    Returns:
        The amount, or None when the phrase is not exactly one amount of money.

    >>> parse_money("£1.9bn").amount
    Decimal('1900000000')
    >>> m = parse_money("$80m"); (m.amount, m.currency)
    (Decimal('80000000'), 'USD')
    >>> m = parse_money("up to US$1.25 billion"); (m.amount, m.currency, m.approximate, m.text)
    (Decimal('1250000000'), 'USD', True, 'US$1.25 billion')
    >>> m = parse_money("Rs 1,200 crore"); (m.amount, m.currency)
    (Decimal('12000000000'), 'INR')
    >>> m = parse_money("20 billion zlotys"); (m.amount, m.currency)
    (Decimal('20000000000'), 'PLN')
    >>> m = parse_money("a 2.5-billion-dollar"); m is None
    True
    >>> parse_money("2.5-billion-dollar").amount
    Decimal('2500000000')
    >>> parse_money("$1,250.50").amount
    Decimal('1250.50')
    >>> parse_money("2.5% of GDP") is None, parse_money("1,250") is None, parse_money("€ 2,5 Mrd") is None
    (True, True, True)
    """
    lead = len(text) - len(text.lstrip())
    m = _MONEY.match(text, lead)
    if m is None or _TRAILER.fullmatch(text, m.end()) is None:
        return None
    found = _build(m)
    return found.money if found else None


def find_money_groups(text: str) -> list[tuple[Money, ...]]:
    """Every amount in a document, grouped with the conversions that follow it.

    A group is ``(primary, *conversions)``. An amount is a conversion of the group's primary
    when it is in another currency and follows it after ``(``, ``[``, a dash or ``or``
    (``"£3.2bn ($4bn)"``, ``"A$3.4bn, or about US$2.2bn"``), or follows another conversion
    inside the same bracket after ``,``, ``;``, ``/``, ``or`` or ``and``
    (``"€1bn (£850m; $1.1bn)"``).

    Args:
        text: the whole document; spans are offsets into it.

    Returns:
        The groups in text order; flattening them gives :func:`find_money`.

    >>> groups = find_money_groups("PLN 20 billion (£4bn) and, later, £1.9bn")
    >>> [[(m.text, m.currency) for m in g] for g in groups]
    [[('PLN 20 billion', 'PLN'), ('£4bn', 'GBP')], [('£1.9bn', 'GBP')]]
    """
    groups: list[list[Money]] = []
    prev: _Found | None = None
    in_bracket = False
    for found in _iter_found(text):
        gap = text[prev.end : found.start] if prev else ""
        primary = groups[-1][0] if groups else None
        other_currency = primary is not None and found.money.currency != primary.currency
        if prev and other_currency and _CONVERSION_GAP.match(gap) and len(groups[-1]) == 1:
            groups[-1].append(found.money)
            in_bracket = gap.lstrip()[:1] in ("(", "[")
        elif prev and other_currency and in_bracket and _SIBLING_GAP.match(gap):
            groups[-1].append(found.money)
        else:
            groups.append([found.money])
            in_bracket = False
        prev = found
    return [tuple(g) for g in groups]


def find_money(text: str) -> list[Money]:
    """Every amount of money in a document, in text order, conversions included.

    Args:
        text: the whole document.

    Returns:
        One :class:`~defevents.schema.Money` per amount, each with a span into ``text`` and
        ``text`` equal to the span's text.

    >>> [(m.amount, m.currency, m.approximate) for m in find_money("more than $1.2\\nbillion")]
    [(Decimal('1200000000'), 'USD', True)]
    >>> find_money("defence spending of 2.5% of GDP by 2027, 48 F-35s, Type 26")
    []
    """
    return [m for group in find_money_groups(text) for m in group]
