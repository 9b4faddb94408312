"""Integrity checks for the gazetteer CSV files in core/data (stdlib only)."""
import csv
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "core" / "data"

HEADERS = {
    "makers.csv": ["name", "aliases", "parent", "country", "kind"],
    "models.csv": ["name", "maker", "aliases", "body", "ambiguous"],
    "regions.csv": ["name", "aliases", "demonyms", "lat", "lon", "members"],
    "demonyms.csv": ["demonym", "country"],
    "country_aliases.csv": ["alias", "country"],
    "countries.csv": ["name", "iso2", "iso3", "lat", "lon", "map_lat", "map_lon"],
    "places.csv": ["name", "aliases", "country", "lat", "lon", "kind"],
    "currencies.csv": ["pattern", "code", "kind", "factor"],
    "roles.csv": ["role", "canonical"],
    "publishers.csv": ["name", "aliases"],
}

MAKER_KINDS = {"automaker", "brand", "group", "supplier", "assembler", "dealer_importer"}
BODIES = {"sedan", "hatchback", "SUV", "crossover", "pickup", "MPV", "van", "truck", "bus", "coupe", ""}
PLACE_KINDS = {"city", "industrial_zone", "port", "site", "state"}


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r, strict=True)) for r in reader]
    return header, rows


def split(value):
    return [v for v in value.split("|") if v]


@pytest.fixture(scope="module")
def tables():
    return {name: read(name)[1] for name in HEADERS}


@pytest.fixture(scope="module")
def country_names(tables):
    return {r["name"] for r in tables["countries.csv"]}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_parses_with_exact_header(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == HEADERS[name]
    assert len(rows) > 1
    for i, row in enumerate(rows[1:], start=2):
        assert len(row) == len(HEADERS[name]), f"{name}:{i} has {len(row)} fields"
        assert row[0].strip() == row[0] and row[0], f"{name}:{i} bad key field {row[0]!r}"


def test_readme_exists():
    assert (DATA / "README.md").is_file()


def test_makers(tables):
    makers = tables["makers.csv"]
    assert len(makers) >= 180
    names = [m["name"] for m in makers]
    dup = [n for n, c in Counter(names).items() if c > 1]
    assert not dup, dup
    nameset = set(names)
    for m in makers:
        assert m["kind"] in MAKER_KINDS, m
        if m["parent"]:
            assert m["parent"] in nameset, f"parent {m['parent']!r} of {m['name']} missing"
            assert m["parent"] != m["name"]


def test_maker_parent_chains_terminate(tables):
    parent = {m["name"]: m["parent"] for m in tables["makers.csv"]}
    for name in parent:
        seen = set()
        while name:
            assert name not in seen, f"parent cycle at {name}"
            seen.add(name)
            name = parent[name]


def test_maker_aliases_do_not_clash(tables):
    owner = {}
    for m in tables["makers.csv"]:
        for s in [m["name"]] + split(m["aliases"]):
            key = s.casefold()
            assert owner.get(key, m["name"]) == m["name"], (
                f"{s!r} used by both {owner[key]} and {m['name']}")
            owner[key] = m["name"]


def test_models(tables):
    makers = {m["name"] for m in tables["makers.csv"]}
    models = tables["models.csv"]
    assert len(models) >= 600
    # "Howo A7" and "HOWO A7" of one maker are one model written twice: keys are compared without case
    keys = [(m["name"].casefold(), m["maker"]) for m in models]
    dup = [k for k, c in Counter(keys).items() if c > 1]
    assert not dup, dup
    for m in models:
        assert m["maker"] in makers, f"maker {m['maker']!r} of model {m['name']} missing"
        assert m["body"] in BODIES, m
        assert m["ambiguous"] in {"0", "1"}, m
        if re.fullmatch(r"\d+", m["name"]):
            assert m["ambiguous"] == "1", f"bare number model {m['name']} must be ambiguous"


@pytest.mark.parametrize("name", ["countries.csv", "regions.csv", "places.csv"])
def test_coordinates_in_range(tables, name):
    for r in tables[name]:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90, r
        assert -180 <= lon <= 180, r


def test_countries(tables):
    rows = tables["countries.csv"]
    assert len(rows) >= 245
    for col in ("name", "iso2", "iso3"):
        vals = [r[col] for r in rows]
        assert len(vals) == len(set(vals)), col
    for r in rows:
        assert re.fullmatch(r"[A-Z]{2}", r["iso2"]), r
        assert re.fullmatch(r"[A-Z]{3}", r["iso3"]), r
    names = {r["name"] for r in rows}
    for required in ("Iran", "Russia", "South Korea", "North Korea", "United States", "United Kingdom",
                     "Czech Republic", "Turkey", "Vietnam", "Syria", "Taiwan", "Bolivia", "Venezuela",
                     "Tanzania", "Laos", "Moldova", "Kosovo", "Palestine", "Hong Kong", "Azerbaijan"):
        assert required in names, required


@pytest.mark.parametrize("name,col", [
    ("makers.csv", "country"), ("places.csv", "country"),
    ("demonyms.csv", "country"), ("country_aliases.csv", "country"),
])
def test_countries_are_canonical(tables, country_names, name, col):
    bad = sorted({r[col] for r in tables[name]} - country_names)
    assert not bad, bad


def test_country_aliases_are_not_canonical_names(tables, country_names):
    aliases = [r["alias"] for r in tables["country_aliases.csv"]]
    assert len(aliases) == len(set(aliases))
    assert not set(aliases) & country_names


def test_regions(tables):
    iso3 = {r["iso3"] for r in tables["countries.csv"]}
    for r in tables["regions.csv"]:
        for code in split(r["members"]):
            assert code in iso3, (r["name"], code)


def test_places(tables):
    rows = tables["places.csv"]
    assert len(rows) >= 150
    for r in rows:
        assert r["kind"] in PLACE_KINDS, r


def test_currencies(tables):
    for r in tables["currencies.csv"]:
        assert re.fullmatch(r"[A-Z]{3}", r["code"]), r
        assert r["kind"] in {"prefix", "suffix"}, r
        assert r["factor"] == "" or float(r["factor"]) > 0, r
    keys = [(r["pattern"], r["kind"]) for r in tables["currencies.csv"]]
    assert len(keys) == len(set(keys))


def test_roles_and_publishers(tables):
    assert len(tables["roles.csv"]) >= 50
    assert all(r["canonical"] for r in tables["roles.csv"])
    assert len(tables["publishers.csv"]) >= 60
    names = [r["name"] for r in tables["publishers.csv"]]
    assert len(names) == len(set(names))


def test_companies_of_one_group() -> None:
    from core.nlp.registry import get_gazetteer

    gaz = get_gazetteer()
    assert gaz.same_group("KMC", "Kerman Motor") and gaz.same_group("Maruti Suzuki", "Suzuki")
    assert gaz.same_group("Suzuki Motor Gujarat", "Suzuki")  # through two parents
    assert not gaz.same_group("Toyota", "Honda") and not gaz.same_group(None, "Toyota")
