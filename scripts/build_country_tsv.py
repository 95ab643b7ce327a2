"""Build ``src/defevents/data/country.tsv`` from pycountry plus ``scripts/country_extra.tsv``.

pycountry gives the ISO 3166-1 names (``name``, ``common_name`` and ``official_name`` where it
reads naturally: inverted forms such as "Korea, Republic of" are skipped, parentheticals such as
"Falkland Islands (Malvinas)" are dropped). ``country_extra.tsv`` is kept by hand and adds what
ISO lacks: short forms and aliases, demonyms, combining prefixes ("Franco-"), capitals used as
metonyms and seats of government ("Downing Street"). An extra row with the same id and surface as
an ISO row replaces it, which is how an ISO name gets a note ("Georgia" is ``ambiguous``).

Every non-sovereign ISO entry (Guam, Greenland, Hong Kong...) gets ``territory of <alpha-3>`` in
its note, so rules can tell a state from a dependency, and events code it by that state
(``gazetteers.state_of``). The Cook Islands and Niue, self-governing in free association with New
Zealand, say so in the note and keep their own codes.

Usage::

    .venv/bin/python scripts/build_country_tsv.py          # rewrite the data file
    .venv/bin/python scripts/build_country_tsv.py --check  # exit 1 if it is out of date

``tests/test_gazetteers.py`` runs :func:`build` and fails if the checked-in file differs.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from importlib import metadata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ROOT / "scripts" / "country_extra.tsv"
OUTPUT = ROOT / "src" / "defevents" / "data" / "country.tsv"
COLUMNS = ("id", "surface", "form", "note")
FORMS = frozenset({"name", "alias", "demonym", "prefix", "capital", "seat"})

# ISO 3166-1 entries that are not sovereign states, with the state they belong to ("" when the
# status is disputed or none). Everything else is a UN member or observer, or Taiwan.
# fmt: off
TERRITORIES: dict[str, str] = {
    "ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "ASM": "USA", "ATA": "", "ATF": "FRA",
    "BES": "NLD", "BLM": "FRA", "BMU": "GBR", "BVT": "NOR", "CCK": "AUS", "COK": "NZL",
    "CUW": "NLD", "CXR": "AUS", "CYM": "GBR", "ESH": "", "FLK": "GBR", "FRO": "DNK",
    "GGY": "GBR", "GIB": "GBR", "GLP": "FRA", "GRL": "DNK", "GUF": "FRA", "GUM": "USA",
    "HKG": "CHN", "HMD": "AUS", "IMN": "GBR", "IOT": "GBR", "JEY": "GBR", "MAC": "CHN",
    "MAF": "FRA", "MNP": "USA", "MSR": "GBR", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA",
    "NFK": "AUS", "NIU": "NZL", "PCN": "GBR", "PRI": "USA", "PYF": "FRA", "REU": "FRA",
    "SGS": "GBR", "SHN": "GBR", "SJM": "NOR", "SPM": "FRA", "SXM": "NLD", "TCA": "GBR",
    "TKL": "NZL", "UMI": "USA", "VGB": "GBR", "VIR": "USA", "WLF": "FRA",
}
# fmt: on
# Self-governing in free association: they conduct their own relations and keep their own codes.
FREE_ASSOCIATION = frozenset({"COK", "NIU"})

_PAREN = re.compile(r"\s*\([^)]*\)")


def _natural(name: str) -> str | None:
    """An ISO name as news text writes it, or None for an inverted form ("Korea, Republic of")."""
    name = _PAREN.sub("", name).strip()
    if name.startswith("the "):
        name = name[4:]
    if not name or "," in name:
        return None
    return name


def _territory_note(alpha_3: str) -> str:
    if alpha_3 not in TERRITORIES:
        return ""
    owner = TERRITORIES[alpha_3]
    if alpha_3 in FREE_ASSOCIATION:
        return f"territory of {owner} in free association, coded as itself"
    return f"territory of {owner}" if owner else "territory, status disputed or none"


def iso_rows() -> dict[tuple[str, str], tuple[str, str]]:
    """(id, surface) -> (form, note) for every natural ISO name."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            surface = _natural(getattr(country, attr, "") or "")
            if surface:
                out.setdefault((code, surface), ("name", _territory_note(code)))
    return out


def extra_rows(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(id, surface) -> (form, note) from the hand-kept extra file, validated."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(next(reader))
    if header != COLUMNS:
        raise ValueError(f"{EXTRA.name}: header must be {COLUMNS!r}, got {header!r}")
    known = {c.alpha_3 for c in pycountry.countries}
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for lineno, cells in enumerate(reader, start=2):
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{EXTRA.name} row {lineno}: {len(cells)} columns: {cells!r}")
        code, surface, form, note = (c.strip() for c in cells)
        if code not in known:
            raise ValueError(f"{EXTRA.name} row {lineno}: {code!r} is not an ISO alpha-3 code")
        if form not in FORMS:
            raise ValueError(f"{EXTRA.name} row {lineno}: form {form!r} not in {sorted(FORMS)}")
        if (code, surface) in out:
            raise ValueError(f"{EXTRA.name} row {lineno}: duplicate {code} {surface!r}")
        out[(code, surface)] = (form, note)
    return out


def pycountry_version() -> str:
    """The installed pycountry version, recorded in the output so a drift can be explained."""
    return metadata.version("pycountry")


def build(extra_text: str | None = None) -> str:
    """The full text of country.tsv."""
    if extra_text is None:
        extra_text = EXTRA.read_text(encoding="utf-8")
    rows = iso_rows()
    for key, (form, note) in extra_rows(extra_text).items():
        territory = _territory_note(key[0])
        if territory and territory not in note:
            note = f"{territory}; {note}" if note else territory
        rows[key] = (form, note)
    lines = [
        "# GENERATED by scripts/build_country_tsv.py from pycountry (ISO 3166-1) and",
        "# scripts/country_extra.tsv. Do not edit: edit the extra file and rerun the script.",
        f"# pycountry {pycountry_version()}",
        "\t".join(COLUMNS),
    ]
    for (code, surface), (form, note) in sorted(rows.items()):
        lines.append("\t".join((code, surface, form, note)))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if country.tsv is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run scripts/build_country_tsv.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 4} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
