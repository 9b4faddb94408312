"""One plant named several ways across articles is one plant (core/fact_keys.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import store
from core.articles import make_article
from core.charts.summaries import plant_summary
from core.fact_keys import fact_key, plant_key, site_town
from core.facts import ArticleFacts, PlantFact, Source
from core.frames import load_frames


@pytest.mark.parametrize(("site", "town"), [
    ("Smyrna, Tennessee", "Smyrna"),
    ("Smyrna, Tenn.", "Smyrna"),
    ("Smyrna, TN", "Smyrna"),
    ("Rosslyn, South Africa", "Rosslyn"),
    ("Cambridge, Ontario", "Cambridge"),
    ("Kenitra (Morocco)", "Kenitra"),
    ("Curitiba, Paraná, Brazil", "Curitiba"),
    ("Pune", "Pune"),
    # what follows the comma is no state or country: the name stays whole
    ("Chakan, Phase II", "Chakan, Phase II"),
    ("Washington, D.C.", "Washington, D.C."),
    ("", ""),
])
def test_site_town_drops_a_state_or_country_written_after_the_town(site: str, town: str) -> None:
    assert site_town(site) == town


def test_a_groups_brands_and_subsidiaries_at_one_town_share_a_key() -> None:
    assert plant_key("Jeep", "Goiana", "Brazil") == plant_key("Stellantis", "Goiana", "Brazil")
    assert plant_key("Toyota Motor Manufacturing Indiana", "Princeton", "United States") == \
        plant_key("Toyota", "Princeton, Indiana", "United States")
    # other groups, towns or countries stay apart
    assert plant_key("Toyota", "Princeton", "United States") != plant_key("Honda", "Princeton", "United States")
    assert plant_key("Fiat", "Goiana", "Brazil") != plant_key("Fiat", "Betim", "Brazil")
    # a company the gazetteer lacks is its own group
    assert plant_key("Acme Motors", "Springfield", "United States") == "acme motors|springfield|united states"


def test_a_plant_without_a_site_keeps_its_own_company() -> None:
    """Jeep's and Peugeot's unnamed plants in Brazil are not one plant."""
    assert plant_key("Jeep", None, "Brazil") != plant_key("Peugeot", None, "Brazil")
    assert plant_key("Jeep", "", "Brazil") == fact_key("Jeep", "", "Brazil")


@given(st.text(max_size=40), st.text(max_size=40), st.text(max_size=20))
def test_keys_never_raise_and_keep_three_parts(company: str, site: str, country: str) -> None:
    key = plant_key(company, site, country)
    assert key.count("|") >= 2 and key == key.lower()


def _article(name: str, text: str, plant: PlantFact, published: str):
    art = make_article(name, text, title=name, source="Test Wire", published=published)
    return art, ArticleFacts(article=name, companies=[plant.company or ""], countries=[plant.country or ""],
                             plants=[plant])


def test_two_articles_naming_one_plant_differently_give_one_plant(tmp_path: Path) -> None:
    first = "Jeep's Goiana, Pernambuco plant can build 250,000 vehicles a year."
    second = "Stellantis said its factory in Goiana will make 280,000 vehicles a year from 2027."
    db = tmp_path / "s.duckdb"
    store.write_batch(db, [
        _article("one.txt", first, PlantFact(company="Jeep", site="Goiana, Pernambuco", country="Brazil",
                                             capacity_per_year=250_000.0, source=Source(first, 0, len(first))),
                 "2025-03-01"),
        _article("two.txt", second, PlantFact(company="Stellantis", site="Goiana", country="Brazil",
                                              capacity_per_year=280_000.0, source=Source(second, 0, len(second))),
                 "2025-09-01"),
    ])
    frames = load_frames(db)
    assert frames["plants"]["plant_key"].nunique() == 1
    summary = plant_summary(frames["plants"])
    assert len(summary) == 1
    assert summary["capacity_per_year"].iloc[0] == 280_000  # the latest article's figure
    with store.connect(db) as con:
        keys = {r[0] for r in con.execute("SELECT subject_key FROM metrics WHERE subject_kind = 'plant'").fetchall()}
    assert keys == {plant_key("Stellantis", "Goiana", "Brazil")}
