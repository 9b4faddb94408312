"""One plant named several ways across articles is one plant (core/fact_keys.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import store
from core.articles import make_article
from core.charts.summaries import plant_summary
from core.fact_keys import fact_key, model_fold, model_spellings, plant_key, site_town
from core.facts import ArticleFacts, Mention, ModelFact, PlantFact, Source
from core.filters import filter_options
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


# --------------------------------------------------------------------------- one model, several spellings


def test_spellings_of_one_model_take_the_gazetteers_name() -> None:
    counts = {"Curvv.ev": 5, "Curvv EV": 1, "Pik Up": 3, "Pik-Up": 1, "Sorento": 4}
    assert model_spellings(counts, known={"Curvv EV", "Pik-Up", "Sorento"}) == {"Curvv.ev": "Curvv EV", "Pik Up": "Pik-Up"}


def test_spellings_unknown_to_the_gazetteer_take_the_most_used() -> None:
    assert model_spellings({"Zeta-One": 1, "Zeta One": 4, "ZETA ONE": 2}, known=set()) == {
        "Zeta-One": "Zeta One", "ZETA ONE": "Zeta One"}


def test_two_models_of_the_gazetteer_that_fold_alike_stay_apart() -> None:
    """'Escudo' (Suzuki) and 'E-Scudo' (Fiat), 'S800' and 's800' of two makers: two models."""
    assert model_spellings({"Escudo": 1, "E-Scudo": 1, "S800": 1, "s800": 1},
                           known={"Escudo", "E-Scudo", "S800", "s800"}) == {}


def test_marks_other_than_spaces_hyphens_and_dots_tell_models_apart() -> None:
    assert model_fold("C-HR+") != model_fold("C-HR")
    assert model_fold("#3") != model_fold("3")
    assert model_fold("ë-C3") == model_fold("e-C3") == model_fold("E C3")


@given(st.dictionaries(st.text(alphabet="abAB -.é+", min_size=1, max_size=6), st.integers(1, 5), max_size=8),
       st.sets(st.text(alphabet="abAB -.é+", min_size=1, max_size=6), max_size=3))
def test_spellings_map_to_one_name_that_folds_alike(counts: dict[str, int], known: set[str]) -> None:
    renames = model_spellings(counts, known=known)
    for spelling, shown in renames.items():
        assert model_fold(spelling) == model_fold(shown) and shown in counts
        assert shown not in renames  # one step: the name shown is final
    by_fold: dict[str, set[str]] = {}
    for name in counts:
        if name.strip():
            by_fold.setdefault(model_fold(name), set()).add(renames.get(name, name))
    for names in by_fold.values():  # one name per model, unless two of the spellings are the gazetteer's
        assert len(names) == 1 or len(names & known) >= 2


def test_the_frames_give_a_model_written_two_ways_one_name(tmp_path: Path) -> None:
    first = "Tata builds the Curvv.ev at Sanand."
    second = "The Curvv EV is built at Sanand."
    db = tmp_path / "s.duckdb"
    arts = []
    for name, text, written, published in (("one.txt", first, "Curvv.ev", "2025-03-01"),
                                             ("two.txt", second, "Curvv EV", "2025-09-01")):
        art = make_article(name, text, title=name, source="Test Wire", published=published)
        at = text.index(written)
        src = Source(text, 0, len(text))
        facts = ArticleFacts(
            article=name, companies=["Tata Motors"], countries=["India"],
            models=[ModelFact(name=written, maker="Tata Motors", source=src)],
            plants=[PlantFact(company="Tata Motors", site="Sanand", country="India", models=[written, "Nexon"],
                              source=src)],
            mentions=[Mention(written, "MODEL", written, at, at + len(written), 0, len(text)),
                      Mention(written, "COMPANY", written, at, at + len(written), 0, len(text))])
        arts.append((art, facts))
    store.write_batch(db, arts)
    frames = load_frames(db)
    assert set(frames["models"]["model"]) == {"Curvv EV"}  # the gazetteer's name
    assert set(frames["plants"]["models"]) == {"Curvv EV; Nexon"}
    mentions = frames["mentions"]
    assert set(mentions.loc[mentions["label"] == "MODEL", "canonical"]) == {"Curvv EV"}
    assert "Curvv.ev" in set(mentions.loc[mentions["label"] == "COMPANY", "canonical"])  # not a model: as stored
    assert [m for m in filter_options(frames)["models"] if model_fold(m) == "curvvev"] == ["Curvv EV"]
    with store.connect(db) as con:  # the store keeps what each article wrote
        assert {r[0] for r in con.execute("SELECT model FROM models").fetchall()} == {"Curvv.ev", "Curvv EV"}
