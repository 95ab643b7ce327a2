"""Data integrity of the vocabularies in ``src/defevents/data``: they load, validate, stay sorted,
use real ISO codes, agree with each other, and ``country.tsv`` matches its generator."""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from defevents.errors import GazetteerError
from defevents.gazetteers import Gazetteer, compile_pattern, compile_scan, load, named_lists, names, normalise, parse

ROOT = Path(__file__).resolve().parent.parent
MINE = ("country", "organisation", "company", "title", "system", "operation", "place", "agency", "language")
ALPHA_3 = frozenset(c.alpha_3 for c in pycountry.countries)

COLUMNS = {
    "country": ("id", "surface", "form", "note"),
    "organisation": ("id", "surface", "kind", "country", "members", "note"),
    "company": ("id", "surface", "country", "note"),
    "title": ("id", "surface", "note"),
    "system": ("id", "surface", "category", "country", "note"),
    "operation": ("id", "surface", "country", "note"),
    "place": ("id", "surface", "country", "kind", "town", "note"),
    "agency": ("id", "surface", "note"),
    "language": ("id", "surface", "note"),
}
ALLOWED = {
    ("country", "form"): {"name", "alias", "demonym", "prefix", "capital", "seat"},
    ("organisation", "kind"): {"organisation", "group", "institution"},
    ("system", "category"): {
        "aircraft", "helicopter", "drone", "missile", "air_defence", "ship", "submarine",
        "armoured_vehicle", "artillery", "radar", "munition", "other",
    },
    ("place", "kind"): {"city", "venue", "base"},
}
# Where the country column must be filled: a company or a system always has a home state.
COUNTRY_REQUIRED = {"company", "system"}


@cache
def _builder() -> ModuleType:
    """scripts/build_country_tsv.py, imported from its path (scripts/ is not a package)."""
    path = ROOT / "scripts" / "build_country_tsv.py"
    spec = importlib.util.spec_from_file_location("build_country_tsv", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_country_tsv", module)
    spec.loader.exec_module(module)
    return module


def _ambiguous(row_note: str) -> bool:
    return "ambiguous" in row_note


# --- every file ------------------------------------------------------------------------------


def test_every_vocabulary_is_shipped() -> None:
    """All eight vocabularies this suite covers are present in data/."""
    assert set(MINE) <= set(names())


@pytest.mark.parametrize("name", MINE)
def test_loads_with_expected_columns(name: str) -> None:
    """Each file loads, validates and has its documented header."""
    g = load(name)
    assert isinstance(g, Gazetteer)
    assert g.columns == COLUMNS[name]
    assert len(g) > 0


@pytest.mark.parametrize("name", MINE)
def test_rows_sorted_by_id_then_surface(name: str) -> None:
    """Rows are sorted by id, then surface, so diffs stay small and duplicates sit together."""
    keys = [(r.id, r.surface) for r in load(name)]
    assert keys == sorted(keys)


@pytest.mark.parametrize("name", MINE)
def test_surfaces_are_clean(name: str) -> None:
    """No surface carries stray whitespace or straight/curly apostrophe duplicates of another."""
    seen: dict[tuple[str, str], str] = {}
    for row in load(name):
        assert row.surface == row.surface.strip()
        assert "  " not in row.surface
        key = (row.id, normalise(row.surface))
        assert key not in seen, f"{row.surface!r} duplicates {seen[key]!r} after normalising"
        seen[key] = row.surface


@pytest.mark.parametrize(("name", "column"), sorted(ALLOWED))
def test_enumerated_columns_use_known_values(name: str, column: str) -> None:
    """form, kind and category only take their documented values."""
    bad = {r.get(column) for r in load(name)} - ALLOWED[(name, column)]
    assert not bad


@pytest.mark.parametrize("name", [n for n in MINE if "country" in COLUMNS[n] and n != "country"])
def test_country_codes_are_iso_alpha_3(name: str) -> None:
    """Every country column holds a real ISO 3166-1 alpha-3 code (empty only where allowed)."""
    for row in load(name):
        code = row.get("country")
        if not code:
            assert name not in COUNTRY_REQUIRED, f"{row.id} {row.surface!r} has no country"
            continue
        assert code in ALPHA_3, f"{row.id} {row.surface!r}: {code!r}"


def test_organisation_members_are_iso_alpha_3() -> None:
    """Members are space-separated, sorted, distinct ISO alpha-3 codes, the same on every row."""
    g = load("organisation")
    for id_ in g.ids():
        lists = {r.get("members") for r in g.by_id(id_)}
        assert len(lists) == 1, f"{id_}: rows disagree on members"
        codes = lists.pop().split()
        assert codes == sorted(set(codes)), id_
        assert set(codes) <= ALPHA_3, id_


def test_organisation_institutions_of_a_state_have_a_country() -> None:
    """A body with a country is an institution or a state-linked group, never a treaty body."""
    for row in load("organisation"):
        if row.get("country"):
            assert row.get("kind") in {"institution", "group"}, row
            assert not row.get("members"), row


@pytest.mark.parametrize(("name", "column"), [
    ("organisation", "kind"), ("organisation", "country"), ("company", "country"),
    ("system", "category"), ("system", "country"), ("place", "country"), ("place", "kind"), ("place", "town"),
])
def test_entry_columns_agree_across_rows(name: str, column: str) -> None:
    """Per-entry columns (everything but surface and note) are the same on all rows of an id."""
    g = load(name)
    for id_ in g.ids():
        assert len({r.get(column) for r in g.by_id(id_)}) == 1, f"{name} {id_}: {column} differs"


def test_a_venues_town_is_a_town_of_its_state() -> None:
    """A venue's town is a capital (country.tsv) or a city the place list knows, in the venue's state;
    only venues have one."""
    places, countries = load("place"), load("country")
    for id_ in places.ids():
        row = places.by_id(id_)[0]
        town = row.get("town")
        if not town:
            continue
        assert row.get("kind") == "venue", id_
        known = [r for r in (places.lookup(town), countries.lookup(town)) if r is not None]
        assert any((r.get("country") or r.id) == row.get("country") for r in known), (id_, town)


def test_system_coverage() -> None:
    """system.tsv covers at least 150 systems across every category."""
    g = load("system")
    assert len(g.ids()) >= 150
    assert {r.get("category") for r in g} == ALLOWED[("system", "category")]


def test_title_ranks_are_capitalised() -> None:
    """Ranks are case-sensitive: 'general' and 'major' in lower case are ordinary words."""
    for row in load("title"):
        if "military_rank" in row.get("note") and row.surface[:1].isalpha():
            if row.surface.islower():
                assert row.id == "Commander", row  # the post "commander", noted as such
            else:
                assert row.surface[:1].isupper(), row


def test_named_lists_cover_every_vocabulary() -> None:
    """Every file is offered as a regex named list of its variants."""
    lists = named_lists()
    for name in MINE:
        assert lists[name], name


# --- country.tsv and its generator ---------------------------------------------------------


def test_country_tsv_in_sync_with_generator() -> None:
    """country.tsv is exactly what scripts/build_country_tsv.py produces (regenerate it if not)."""
    builder = _builder()
    actual = (ROOT / "src" / "defevents" / "data" / "country.tsv").read_text(encoding="utf-8")
    recorded = re.search(r"^# pycountry (\S+)$", actual, re.MULTILINE)
    assert recorded, "country.tsv lacks its '# pycountry <version>' line"
    if recorded.group(1) != builder.pycountry_version():
        pytest.skip(f"country.tsv was built with pycountry {recorded.group(1)}, "
                    f"{builder.pycountry_version()} is installed: rebuild and review the diff")
    expected = builder.build()
    assert actual == expected, "run: .venv/bin/python scripts/build_country_tsv.py"


@pytest.mark.parametrize("name", ["agency", "language", "ship_prefix"])
def test_state_ids_are_iso_alpha_3(name: str) -> None:
    """Vocabularies keyed by the state they stand for use ISO 3166-1 alpha-3 ids."""
    assert {r.id for r in load(name).rows} <= ALPHA_3


def test_country_ids_are_iso_alpha_3() -> None:
    """Every id in country.tsv is an ISO 3166-1 alpha-3 code, and every ISO entry is present."""
    ids = set(load("country").ids())
    assert ids <= ALPHA_3
    assert ids == ALPHA_3


def test_every_sovereign_state_has_capital_and_demonym() -> None:
    """All 193 UN members plus the observers and Taiwan have a name; nearly all a capital and a
    demonym (the exceptions are city-states or deliberate, listed here)."""
    territories = set(_builder().TERRITORIES)
    states = ALPHA_3 - territories
    assert len(states) == 196
    g = load("country")
    forms = {code: {r.get("form") for r in g.by_id(code)} for code in states}
    # city-states named like their capital; Brussels is the EU (organisation.tsv); Victoria too vague
    no_capital = {"BEL", "DJI", "LUX", "MCO", "SGP", "SMR", "SYC", "VAT"}
    # 'Congolese' goes to COD, 'Dominican' to DOM (flagged ambiguous); the Holy See has none
    no_demonym = {"COG", "DMA", "VAT"}
    assert {c for c in states if "capital" not in forms[c]} == no_capital
    assert {c for c in states if "demonym" not in forms[c]} == no_demonym


def test_territories_are_noted() -> None:
    """Non-sovereign ISO entries say whose territory they are, so rules can tell them apart."""
    g = load("country")
    for code, owner in _builder().TERRITORIES.items():
        for row in g.by_id(code):
            assert "territory" in row.get("note"), row
            if owner:
                assert f"territory of {owner}" in row.get("note"), row


def test_generator_skips_inverted_iso_names() -> None:
    """'Korea, Republic of' style names are not surfaces; natural forms are."""
    g = load("country")
    assert g.lookup("Korea, Republic of") is None
    assert g.lookup("Iran, Islamic Republic of") is None
    assert g.lookup("Falkland Islands (Malvinas)") is None
    assert g.lookup("Falkland Islands").id == "FLK"
    assert g.lookup("State of Eritrea").id == "ERI"  # "the State of Eritrea" without its article


def test_generator_rejects_unknown_code_and_form() -> None:
    """The extra file is validated: ISO codes only, known forms only, no duplicates."""
    builder = _builder()
    header = "id\tsurface\tform\tnote\n"
    with pytest.raises(ValueError, match="not an ISO alpha-3"):
        builder.build(header + "XKX\tKosovo\tname\t\n")
    with pytest.raises(ValueError, match="form"):
        builder.build(header + "GBR\tBlighty\tnickname\t\n")
    with pytest.raises(ValueError, match="duplicate"):
        builder.build(header + "GBR\tUK\talias\t\nGBR\tUK\talias\t\n")
    with pytest.raises(ValueError, match="header"):
        builder.build("id\tsurface\n")


def test_generator_extra_row_overrides_iso_note() -> None:
    """An extra row with an ISO name's id and surface replaces it (how Georgia gets its flag)."""
    text = _builder().build("id\tsurface\tform\tnote\nGEO\tGeorgia\tname\tambiguous: US state\n")
    row = parse("country", text).lookup("Georgia")
    assert row is not None and row.get("note") == "ambiguous: US state"


# --- lookups -------------------------------------------------------------------------------

LOOKUPS = [
    ("country", "Britain", "GBR", {"form": "alias"}),
    ("country", "UK", "GBR", {}),
    ("country", "U.K.", "GBR", {}),
    ("country", "United Kingdom", "GBR", {"form": "name"}),
    ("country", "Polish", "POL", {"form": "demonym"}),
    ("country", "Poland", "POL", {"form": "name"}),
    ("country", "Franco-", "FRA", {"form": "prefix"}),
    ("country", "Franco\u2013", "FRA", {}),
    ("country", "Sino-", "CHN", {}),
    ("country", "Downing Street", "GBR", {"form": "seat"}),
    ("country", "Kremlin", "RUS", {"form": "seat"}),
    ("country", "Warsaw", "POL", {"form": "capital"}),
    ("country", "Kyiv", "UKR", {"form": "capital"}),
    ("country", "Kiev", "UKR", {}),
    ("country", "The Hague", "NLD", {"form": "seat"}),
    ("country", "South Korea", "KOR", {}),
    ("country", "Korean", "KOR", {}),
    ("country", "DPRK", "PRK", {}),
    ("country", "US", "USA", {}),
    ("country", "U.S.", "USA", {}),
    ("country", "America", "USA", {}),
    ("country", "Russia", "RUS", {}),
    ("country", "Türkiye", "TUR", {}),
    ("country", "Turkey", "TUR", {}),
    ("country", "Czech Republic", "CZE", {}),
    ("country", "Ivory Coast", "CIV", {}),
    ("country", "Côte d\u2019Ivoire", "CIV", {}),
    ("country", "Emirati", "ARE", {}),
    ("country", "Vietnam", "VNM", {}),
    ("country", "Dutch", "NLD", {}),
    ("country", "DRC", "COD", {}),
    ("country", "Guam", "GUM", {}),
    ("organisation", "Nato", "NATO", {"kind": "organisation"}),
    ("organisation", "NATO", "NATO", {}),
    ("organisation", "E5", "E5", {"members": "DEU FRA GBR ITA POL"}),
    ("organisation", "AUKUS", "AUKUS", {"members": "AUS GBR USA"}),
    ("organisation", "Weimar Triangle", "WEIMAR_TRIANGLE", {"members": "DEU FRA POL"}),
    ("organisation", "Joint Expeditionary Force", "JEF", {}),
    ("organisation", "Coalition of the Willing", "COALITION_OF_THE_WILLING", {"members": ""}),
    ("organisation", "MOD", "UK_MOD", {"country": "GBR", "kind": "institution"}),
    ("organisation", "Ministry of Defence", "UK_MOD", {"country": "GBR"}),
    ("organisation", "RAF", "RAF", {"country": "GBR"}),
    ("organisation", "Pentagon", "US_DOD", {"country": "USA"}),
    ("organisation", "Bundeswehr", "BUNDESWEHR", {"country": "DEU"}),
    ("organisation", "Brussels", "EU", {}),
    ("company", "BAE Systems", "BAE_SYSTEMS", {"country": "GBR"}),
    ("company", "MBDA", "MBDA", {"country": "FRA"}),
    ("company", "MBDA UK", "MBDA_UK", {"country": "GBR"}),
    ("company", "Hanwha Aerospace", "HANWHA_AEROSPACE", {"country": "KOR"}),
    ("company", "Krauss-Maffei Wegmann", "KNDS_DEUTSCHLAND", {"country": "DEU"}),
    ("company", "THYSSENKRUPP MARINE SYSTEMS", "TKMS", {}),
    ("title", "Defence Secretary", "Defence Secretary", {}),
    ("title", "defence secretary", "Defence Secretary", {}),
    ("title", "Minister of Defence", "Defence Minister", {}),
    ("title", "Chief of the Defence Staff", "Chief of the Defence Staff", {}),
    ("title", "Admiral", "Admiral", {"note": "military_rank"}),
    ("title", "Prime Minister", "Prime Minister", {}),
    ("system", "Eurofighter", "Eurofighter Typhoon", {"category": "aircraft"}),
    ("system", "Typhoons", "Eurofighter Typhoon", {}),
    ("system", "Sky Sabre", "Sky Sabre", {"category": "air_defence", "country": "GBR"}),
    ("system", "Narew", "Narew", {"country": "POL"}),
    ("system", "F-35A", "F-35 Lightning II", {"country": "USA"}),
    ("system", "K9", "K9 Thunder", {"category": "artillery", "country": "KOR"}),
    ("system", "Storm Shadow", "Storm Shadow", {"category": "missile"}),
    ("system", "Type 26", "Type 26 frigate", {"category": "ship"}),
    ("operation", "Eastern Sentry", "Eastern Sentry", {}),
    # a space of the surface written as a hyphen, as the scans find it
    ("system", "Cheongung-II", "Cheongung", {"country": "KOR"}),
    ("operation", "Cabrit", "Cabrit", {}),
    ("place", "Val-de-Grace", "Val-de-Grâce", {"country": "FRA", "kind": "venue"}),
    ("place", "Downing Street", "Downing Street", {"country": "GBR", "kind": "venue"}),
    ("place", "Rzeszow", "Rzeszów", {"country": "POL"}),
    ("place", "Lancaster House", "Lancaster House", {"kind": "venue"}),
]


@pytest.mark.parametrize(
    ("name", "surface", "id_", "fields"), LOOKUPS, ids=[f"{n}:{s}" for n, s, _, _ in LOOKUPS]
)
def test_lookup(name: str, surface: str, id_: str, fields: dict[str, str]) -> None:
    """A surface as news text writes it finds its entry and the entry's columns."""
    row = load(name).lookup(surface)
    assert row is not None, surface
    assert row.id == id_
    for column, value in fields.items():
        if column == "note":
            assert value in row.get(column)
        else:
            assert row.get(column) == value


@pytest.mark.parametrize(("name", "surface"), [
    ("country", "us"),  # the pronoun, not the US
    ("country", "polish"),  # the verb
    ("country", "turkey"),
    ("country", "the United Kingdom"),  # articles are left to the pattern
    ("title", "general"),  # the adjective, not the rank
    ("system", "patriot"),
    ("system", "boxer"),
])
def test_lookup_is_case_sensitive_for_capitalised_surfaces(name: str, surface: str) -> None:
    """Capitalised surfaces do not match their common-word lower-case twins."""
    assert load(name).lookup(surface) is None


@pytest.mark.parametrize(("name", "surface"), [
    ("country", "Georgia"), ("country", "Jordan"), ("country", "Chad"), ("country", "Turkey"),
    ("country", "Guinea"), ("country", "Niger"), ("country", "Congo"), ("country", "Korea"),
    ("country", "Korean"), ("country", "Macedonia"), ("country", "Dominica"),
    ("country", "Washington"), ("country", "Jerusalem"),
    ("system", "Boxer"), ("system", "Archer"), ("system", "Caesar"), ("system", "Piranha"),
    ("system", "Reaper"), ("system", "Wildcat"),
])
def test_risky_surfaces_are_flagged(name: str, surface: str) -> None:
    """Surfaces that are also places, names or common words carry a warning for rules."""
    row = load(name).lookup(surface)
    assert row is not None, surface
    assert "ambiguous" in row.get("note") or "needs_context" in row.get("note"), row


def test_variants_cover_news_forms() -> None:
    """Named-list variants include capitalised, wrapped, dashed and curly-apostrophe forms."""
    country = set(load("country").variants())
    assert {"Franco-", "Franco\u2013", "Côte d\u2019Ivoire", "Downing\nStreet"} <= country
    title = set(load("title").variants())
    assert {"defence secretary", "Defence Secretary", "Defence\nSecretary"} <= title


@pytest.mark.parametrize(("text", "surface"), [
    # a space in a surface is also written as a hyphen: "Cheongung-II", "Vice-Minister", "Type-26"
    ("Iraq ordered Cheongung-II batteries from LIG Nex1.", "Cheongung-II"),
    ("the Type-26 frigate programme", "Type-26"),
    # and still as wrapped white space
    ("Iraq ordered Cheongung\nII batteries.", "Cheongung\nII"),
])
def test_a_space_in_a_surface_matches_a_hyphen(text: str, surface: str) -> None:
    from defevents.gazetteers import compile_pattern
    found = compile_pattern(r"(?<![\w-])\L<system>(?![\w-])").search(text)
    assert found is not None and found.group() == surface


def test_a_hyphen_is_no_space_across_words_that_are_no_surface() -> None:
    from defevents.gazetteers import compile_pattern
    # "Leopard-style" is no "Leopard 2"; a hyphenated compound that no surface names stays unread
    assert compile_pattern(r"(?<![\w-])\L<system>(?![\w-])").search("a Sky-high price for ammunition") is None


# --- across files --------------------------------------------------------------------------


def _country_of(name: str, row_id: str, fields: dict[str, str]) -> str:
    return row_id if name == "country" else fields.get("country", "")


def test_no_surface_in_two_vocabularies_unless_explained() -> None:
    """A surface in two files is flagged ambiguous, or is a place (venue, base, city) that doubles
    as a metonymic seat, capital or institution of the same state ("Downing Street", "Pentagon")."""
    index: dict[str, list[tuple[str, str, dict[str, str]]]] = {}
    for name in MINE:
        if name == "language":
            continue  # read only in translation notes, never scanned for mentions ("Polish" is also a demonym)
        for row in load(name):
            index.setdefault(normalise(row.surface), []).append((name, row.id, dict(row.fields)))
    problems = []
    for surface, hits in index.items():
        files = {h[0] for h in hits}
        if len(files) < 2:
            continue
        if any(_ambiguous(h[2].get("note", "")) for h in hits):
            continue
        countries = {_country_of(*h) for h in hits}
        if files == {"place", "country"} or files == {"place", "organisation"} or files == {
            "place", "country", "organisation"
        }:
            kinds_ok = all(
                (n != "country" or f.get("form") in {"seat", "capital"})
                and (n != "organisation" or f.get("kind") == "institution")
                for n, _, f in hits
            )
            if kinds_ok and len(countries) == 1:
                continue
        problems.append((surface, [(h[0], h[1]) for h in hits]))
    assert not problems


# --- the loader's validation ----------------------------------------------------------------

HEADER = "id\tsurface\tnote\n"


def test_parse_accepts_comments_and_blank_lines() -> None:
    """Comment and blank lines are skipped; the rest parses."""
    g = parse("t", "# a comment\n" + HEADER + "\nGBR\tUK\t\n# another\nGBR\tBritain\t\n")
    assert [r.surface for r in g] == ["UK", "Britain"]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"),
    ("# only a comment\n", "empty"),
    ("surface\tid\nUK\tGBR\n", "header must start"),
    ("code\tsurface\nGBR\tUK\n", "header must start"),
    (HEADER + "GBR\tUK\n", "2 columns"),
    (HEADER + "GBR\tUK\t\textra\n", "4 columns"),
    (HEADER + "\tUK\t\n", "empty id or surface"),
    (HEADER + "GBR\t \t\n", "empty id or surface"),
    (HEADER + "GBR\tUK\t\nGBR\tUK\tagain\n", "duplicate row"),
    (HEADER + "GBR\tUK\t\nUKR\tUK\t\n", "maps to"),
    (HEADER + "GBR\tU.K.\t\nUKR\tU.K.\t\n", "maps to"),
    (HEADER + "FRA\tFranco-\t\nESP\tFranco\u2013\t\n", "maps to"),  # same after normalising
])
def test_parse_rejects_malformed_text(text: str, message: str) -> None:
    """Malformed TSV fails loudly at load time, naming the problem."""
    with pytest.raises(GazetteerError, match=message):
        parse("t", text)


def test_parse_allows_flagged_ambiguity() -> None:
    """One surface may map to two ids when a row says 'ambiguous'; lookup keeps the first."""
    g = parse("t", HEADER + "KOR\tKorea\tambiguous: defaults to KOR\nPRK\tKorea\t\n")
    assert g.lookup("Korea").id == "KOR"
    assert {r.id for r in g} == {"KOR", "PRK"}


def test_lower_case_surface_matches_capitalised_text() -> None:
    """A lower-case surface matches any capitalisation; a capitalised one only itself."""
    g = parse("t", HEADER + "X\tThyssenKrupp\t\nX\tthyssenkrupp\t\nY\tUS\t\n")
    assert g.lookup("THYSSENKRUPP").surface == "thyssenkrupp"
    assert g.lookup("Thyssenkrupp").surface == "thyssenkrupp"
    assert g.lookup("ThyssenKrupp").surface == "ThyssenKrupp"
    assert g.lookup("us") is None


def test_unknown_gazetteer_is_an_error() -> None:
    """Loading a name with no data file raises GazetteerError."""
    with pytest.raises(GazetteerError, match="no gazetteer"):
        load("no_such_vocabulary")


SCANNED = ("country", "organisation", "company", "title", "title_home", "place", "system")


@pytest.mark.parametrize("name", SCANNED)
def test_scan_engines_agree(name: str) -> None:
    """compile_scan (the standard library's re) finds exactly what compile_pattern (regex) finds:
    every written form of every surface, hard-wrapped, curly, in running text and possessive."""
    variants = sorted(load(name).variants())
    text = "".join(f"{'The' if i % 3 else 'the'} {v}{'’s' if i % 4 == 0 else ''}{',' if i % 2 else ' and'}"
                   f"{chr(10) if i % 5 == 0 else ' '}" for i, v in enumerate(variants))
    pattern = rf"(?<![\w-])(?P<m>\L<{name}>)(?![\w])"
    fast = [m.span("m") for m in compile_scan(pattern).finditer(text)]
    assert fast == [m.span("m") for m in compile_pattern(pattern).finditer(text)]
    assert len(fast) > len({normalise(v) for v in variants}) * 0.8  # most forms stand alone


def test_a_territory_stands_for_its_state_in_events() -> None:
    """Each noted territory maps to its state; free-association states and states keep their codes."""
    from defevents.gazetteers import state_of
    builder = _builder()
    for code, owner in builder.TERRITORIES.items():
        expected = code if code in builder.FREE_ASSOCIATION or not owner else owner
        assert state_of(code) == expected, code
    assert state_of("TWN") == "TWN" and state_of("NATO") == "NATO" and state_of(None) is None
