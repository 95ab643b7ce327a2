"""Vocabularies as data: ``data/<name>.tsv`` loaded, validated and offered as ``regex`` named lists.

Each file is UTF-8 TSV with a header row whose first two columns are ``id`` and ``surface``;
further columns are per-vocabulary (``country``, ``members``, ``kind``...). Lines starting with
``#`` are comments. One surface form per row. Rows are validated on load:

- the header starts ``id<TAB>surface`` and every row has exactly the header's columns;
- no empty id or surface, no duplicate (id, surface) row;
- a surface maps to one id only, unless the row's ``note`` column says ``ambiguous``.

Matching is case-sensitive for surfaces written with a capital ("US" must not match "us").
A surface written in lower case ("defence secretary") also matches with capitalised words.
Patterns refer to a gazetteer as ``\\L<country>``, as with ``regex`` named lists, and are compiled
by :func:`compile_pattern`, which expands each reference into a trie-shaped alternation of its
surfaces (:func:`list_pattern`) that tolerates the forms news text really uses: line breaks in
place of spaces (hard-wrapped copy), curly or straight apostrophes, hyphen or dash variants. It
matches exactly what the named lists of :func:`named_lists` match, 10 to 45 times faster on the
long lists (titles, systems, countries), so matches ground on the exact input. Whole-text scans
of a list with plain boundaries are compiled by :func:`compile_scan` with the standard
library's ``re``, which compiles and runs such literal tries several times faster.

>>> g = load("currency")
>>> g.lookup("£").id
'GBP'
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

import regex

from ._gc import nogc
from .errors import GazetteerError

__all__ = ["Gazetteer", "Row", "compile_pattern", "compile_scan", "list_pattern", "load", "names", "named_lists", "normalise",
           "state_of"]

_APOSTROPHES = "'\u2019\u2018\u02bc"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_SPACES = regex.compile(r"\s+")
_TO_ASCII = {**{ord(c): "'" for c in _APOSTROPHES}, **{ord(c): "-" for c in _DASHES}}


def normalise(surface: str) -> str:
    """The lookup key of a surface: single spaces, straight apostrophes, ASCII hyphens.

    >>> normalise("Poland\u2019s  Defence\\nMinistry")
    "Poland's Defence Ministry"
    """
    surface = surface.strip()
    if "  " in surface or not surface.isprintable():  # only then may it hold a run of white space
        surface = _SPACES.sub(" ", surface)
    return surface.translate(_TO_ASCII)


@dataclass(frozen=True)
class Row:
    """One surface form of one entry."""

    id: str
    surface: str
    fields: Mapping[str, str] = field(default_factory=dict)

    def get(self, column: str, default: str = "") -> str:
        return self.fields.get(column, default) or default


@dataclass(frozen=True)
class Gazetteer:
    """An immutable vocabulary: rows, lookups by surface and by id, and regex variants."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    _by_surface: Mapping[str, Row] = field(repr=False, compare=False, default_factory=dict)
    _by_folded: Mapping[str, Row] = field(repr=False, compare=False, default_factory=dict)
    _by_id: Mapping[str, tuple[Row, ...]] = field(repr=False, compare=False, default_factory=dict)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def lookup(self, surface: str) -> Row | None:
        """The row a surface form (as found in text) stands for, or None."""
        key = normalise(surface)
        row = self._by_surface.get(key)
        if row is not None:
            return row
        row = self._by_folded.get(key.casefold())
        if row is not None and _lower_surface(row.surface):
            return row
        if "-" in key:  # a space written as a hyphen, as the scans read it: "Cheongung-II"
            return self.lookup(key.replace("-", " "))
        return None

    def by_id(self, id_: str) -> tuple[Row, ...]:
        """Every row of one entry."""
        return self._by_id.get(id_, ())

    def name_of(self, id_: str) -> str:
        """A readable name for an entry: its longest surface form."""
        rows = [r for r in self.by_id(id_) if not any(w in r.get("note") for w in ("former", "name before"))] or self.by_id(id_)
        return max((r.surface for r in rows), key=len) if rows else id_

    def ids(self) -> list[str]:
        return list(self._by_id)

    def variants(self) -> list[str]:
        """Every surface in every form it may take in text, for a ``regex`` named list."""
        out: set[str] = set()
        for row in self.rows:
            out.update(_variants(row.surface))
        return sorted(out)


def _lower_surface(surface: str) -> bool:
    return surface[:1].islower()


def _variants(surface: str) -> Iterable[str]:
    """Forms of one surface: capitalised words, wrapped lines, apostrophes and dashes."""
    words = surface.split(" ")
    per_word: list[list[str]] = []
    for w in words:
        options = {w}
        if _lower_surface(surface) and w[:1].islower():
            options.add(w[:1].upper() + w[1:])
        for opt in list(options):
            if "'" in opt:
                options.add(opt.replace("'", "\u2019"))
            if "-" in opt.strip("-"):
                options.update(opt.replace("-", d) for d in "\u2010\u2011\u2013")
                options.add(opt.replace("-", " "))
            elif opt.endswith("-") and len(opt) > 1:
                # A combining prefix ("Franco-") keeps its dash, in whichever form the text uses.
                options.update(opt[:-1] + d for d in "\u2010\u2011\u2013")
        per_word.append(sorted(options))
    separators = [" ", "\n"] if len(words) <= 4 else [" "]
    for combo in itertools.product(*per_word):
        if len(combo) == 1:
            yield combo[0]
            continue
        for seps in itertools.product(separators, repeat=len(combo) - 1):
            yield "".join(w + s for w, s in zip(combo, seps)) + combo[-1]


def _read(name: str) -> str:
    try:
        return resources.files("defevents").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError(f"no gazetteer named {name!r} (expected data/{name}.tsv)") from None


def parse(name: str, text: str) -> Gazetteer:
    """Parse and validate one gazetteer's TSV text."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise GazetteerError(f"{name}.tsv: empty")
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(next(reader))
    if header[:2] != ("id", "surface"):
        raise GazetteerError(f"{name}.tsv: the header must start with 'id<TAB>surface', got {header!r}")
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    by_surface: dict[str, Row] = {}
    by_folded: dict[str, Row] = {}
    by_id: dict[str, list[Row]] = {}
    for lineno, cells in enumerate(reader, start=2):
        where = f"{name}.tsv row {lineno}"
        if len(cells) != len(header):
            raise GazetteerError(f"{where}: {len(cells)} columns, the header has {len(header)}: {cells!r}")
        cells = [c.strip() for c in cells]
        id_, surface = cells[0], cells[1]
        if not id_ or not surface:
            raise GazetteerError(f"{where}: empty id or surface")
        if (id_, surface) in seen:
            raise GazetteerError(f"{where}: duplicate row {id_!r} {surface!r}")
        seen.add((id_, surface))
        row = Row(id_, surface, MappingProxyType(dict(zip(header[2:], cells[2:]))))
        key = normalise(surface)
        other = by_surface.get(key)
        if other is not None and other.id != id_:
            if "ambiguous" not in row.get("note") and "ambiguous" not in other.get("note"):
                raise GazetteerError(
                    f"{where}: surface {surface!r} maps to {id_!r} and to {other.id!r}; "
                    "flag one row 'ambiguous' in its note column if that is meant")
        else:
            by_surface[key] = row
        if _lower_surface(surface):
            # Only lower-case surfaces match case-insensitively; a capitalised row taking the
            # folded key first would hide them ("ThyssenKrupp" before "thyssenkrupp").
            by_folded.setdefault(key.casefold(), row)
        by_id.setdefault(id_, []).append(row)
        rows.append(row)
    return Gazetteer(
        name=name,
        columns=header,
        rows=tuple(rows),
        _by_surface=MappingProxyType(by_surface),
        _by_folded=MappingProxyType(by_folded),
        _by_id=MappingProxyType({k: tuple(v) for k, v in by_id.items()}),
    )


@cache
@nogc
def load(name: str) -> Gazetteer:
    """The gazetteer ``data/<name>.tsv``, parsed and validated once per process."""
    return parse(name, _read(name))


_TERRITORY_OF = re.compile(r"\bterritory of (?P<owner>[A-Z]{3})\b(?!.*\bcoded as itself\b)")


@cache
def _owners() -> Mapping[str, str]:
    owners: dict[str, str] = {}
    for row in load("country"):
        if (m := _TERRITORY_OF.search(row.get("note"))) is not None:
            owners[row.id] = m.group("owner")
    return MappingProxyType(owners)


def state_of(code: str | None) -> str | None:
    """The state an ISO code stands for in events: a territory is coded by the state it belongs to
    (Guam and Puerto Rico by the USA, the Cayman Islands and Gibraltar by the UK, Greenland by
    Denmark), as ``country.tsv`` notes it; states, organisations and the Cook Islands and Niue
    (in free association, with their own relations) keep their codes.

    >>> state_of("GUM"), state_of("CYM"), state_of("POL"), state_of("NIU"), state_of(None)
    ('USA', 'GBR', 'POL', 'NIU', None)
    """
    return _owners().get(code, code) if code else code


def names() -> list[str]:
    """The names of every gazetteer shipped in ``data/``."""
    folder = resources.files("defevents").joinpath("data")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))


@cache
def named_lists() -> Mapping[str, tuple[str, ...]]:
    """Keyword arguments for ``regex.compile``: every gazetteer as a named list of its variants."""
    return MappingProxyType({n: tuple(load(n).variants()) for n in names()})


_LIST_REF = regex.compile(r"\\L<(\w+)>")
_APOSTROPHE_CLASS = "['\u2019\u2018\u02bc]"
_DASH_CLASS = "[-\u2010\u2011\u2012\u2013\u2014]"


def _atoms(surface: str) -> list[str]:
    """A surface as regex atoms: a space matches any run of white space (wrapped lines) or a hyphen
    ("Cheongung-II" for "Cheongung II"), an apostrophe or a dash matches its typographic variants, and in a lower-case surface the first
    letter of each word matches either case ("defence secretary", "Defence Secretary")."""
    lower = _lower_surface(surface)
    out: list[str] = []
    start_of_word = True
    for ch in normalise(surface):
        if ch == " ":
            out.append(r"(?:\s+|-)")
            start_of_word = True
            continue
        if ch == "'":
            out.append(_APOSTROPHE_CLASS)
        elif ch == "-":
            out.append(_DASH_CLASS)
        elif lower and start_of_word and ch.islower() and ch.upper() != ch:
            out.append(f"[{ch}{ch.upper()}]")
        else:
            out.append(_escape(ch))
        start_of_word = False
    return out


_escape = cache(regex.escape)  # one character at a time, for every surface: worth remembering


def _trie(sequences: Iterable[list[str]]) -> str:
    """One alternation that matches every sequence, shaped as a trie so each position is tried
    once; at an entry that is a prefix of a longer one, the longer is tried first."""
    # The sorted sequences: those sharing a prefix are adjacent, an entry comes before the longer
    # ones it begins, and the next atoms come in order (twice as fast as a tree of dicts).
    seqs = sorted({tuple(seq) for seq in sequences})

    def emit(lo: int, hi: int, depth: int) -> str:  # seqs[lo:hi] share their first depth atoms
        end = len(seqs[lo]) == depth
        if end:
            lo += 1
        branches = []
        while lo < hi:
            atom = seqs[lo][depth]
            nxt = lo + 1
            while nxt < hi and seqs[nxt][depth] == atom:
                nxt += 1
            branches.append(atom + emit(lo, nxt, depth + 1))
            lo = nxt
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(0, len(seqs), 0) if seqs else ""


def literal_alternation(words: Iterable[str]) -> str:
    """A regex that matches any of ``words`` exactly, shaped as a trie (see :func:`_trie`)."""
    return _trie([regex.escape(ch) for ch in w] for w in words)


@cache
@nogc
def list_pattern(name: str) -> str:
    """A regex that matches any surface of gazetteer ``name`` as it may appear in text."""
    return "(?:" + _trie(_atoms(row.surface) for row in load(name)) + ")"


@cache
@nogc
def compile_scan(pattern: str) -> re.Pattern[str]:
    """Compile a whole-text gazetteer scan once per process with the standard library's ``re``,
    ``\\L<name>`` expanded as in :func:`compile_pattern`.

    For a long trie-shaped alternation and little else, ``re`` compiles 3 to 5 times faster
    than ``regex`` (a fresh process pays the compile on its first text) and scans 1.5 to 4.5
    times faster; the spans are the same (``tests/test_gazetteers.py`` checks both engines on
    every list). Only syntax the two engines read alike belongs here: no ``\\p{..}``,
    variable-width look-behinds, repeated group names or ``timeout``; rules keep ``regex``."""
    return re.compile(_LIST_REF.sub(lambda m: list_pattern(m.group(1)), pattern))


@cache
@nogc
def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile ``pattern`` once per process, with every ``\\L<name>`` standing for gazetteer
    ``name``. The reference is expanded to :func:`list_pattern`, which matches the same surfaces
    as ``regex`` named lists but much faster on long lists, and tolerates wrapped lines."""
    return regex.compile(_LIST_REF.sub(lambda m: list_pattern(m.group(1)), pattern), flags)
