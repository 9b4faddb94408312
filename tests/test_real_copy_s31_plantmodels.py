"""Plant-model fixes of 2026-12-05 (s31), from the errors of the tuning sets, on sentences written for these tests (names
and figures made up): a model named right before 'made in' a place, or said to be made only in one; a vehicle named
again going into production at a place."""
from __future__ import annotations

from tests.pipeline_helpers import read


def country_models(facts) -> dict[str, list[str]]:
    """country -> models of its plants."""
    out: dict[str, list[str]] = {}
    for p in facts.plants:
        out.setdefault(p.country, []).extend(p.models)
    return out


# -- a model right before 'made in' ----------------------------------------------------------------------------------
def test_models_made_in_two_towns_each_go_to_their_own(nlp):
    text = ("The freight trains went back east loaded with Volvo XC90 SUVs made in Torslanda, Sweden, and V40 hatchbacks "
            "made in Ghent, Belgium.")
    found = country_models(read(nlp, text))
    assert found.get("Sweden") == ["XC90"] and found.get("Belgium") == ["V40"]


def test_a_model_made_in_a_country_is_made_there(nlp):
    text = "Volvo has begun shipping S60 sedans made in China to dealers in Chile."
    assert country_models(read(nlp, text)).get("China") == ["S60"]


def test_a_model_made_only_in_a_country(nlp):
    text = "Dealers in Kenya sell 300 Sunnys made only in Egypt each month."
    assert country_models(read(nlp, text)).get("Egypt") == ["Sunny"]


def test_vehicles_made_in_a_country_with_no_model_make_no_plant(nlp):
    text = "Kenya is now the largest export market for cars made in India, ahead of Peru."
    assert "India" not in country_models(read(nlp, text))


def test_a_model_only_imported_as_made_elsewhere_is_no_plant_of_the_importer(nlp):
    text = "Toyota sold the Vios in Peru as a CBU model made in Thailand."
    assert "Peru" not in country_models(read(nlp, text))



# -- a model said to be made in one country only ---------------------------------------------------------------------
def test_a_model_made_only_in_a_country_is_made_there(nlp):
    text = "Toyota said the Etios is currently made only in India and shipped from there to Chile."
    assert country_models(read(nlp, text)).get("India") == ["Etios"]


def test_a_model_to_be_made_exclusively_in_a_country(nlp):
    text = "Kia plans to sell 50,000 units of the Sonet. The Sonet will be made exclusively in India."
    assert country_models(read(nlp, text)).get("India") == ["Sonet"]


def test_a_model_that_would_be_made_only_in_a_country_is_a_hedge(nlp):
    text = "Analysts said the new Micra would be made only in Thailand."
    assert "Thailand" not in country_models(read(nlp, text))


def test_a_model_an_opening_unlike_sets_against_is_not_made_there(nlp):
    text = "Unlike the Seltos, the Sonet will be made only in India."
    assert country_models(read(nlp, text)).get("India") == ["Sonet"]
    text = "Unlike Kia's Seltos, the Sonet is built at Anantapur."
    assert country_models(read(nlp, text)).get("India") == ["Sonet"]

# -- a vehicle named again going into production at a place ----------------------------------------------------------
def test_the_vehicle_named_before_going_into_production_at_a_town(nlp):
    text = ("Peugeot will launch the Peugeot 301 for emerging markets. The new sedan goes into production soon in Vigo, "
            "Spain, home of one of its largest factories.")
    assert country_models(read(nlp, text)).get("Spain") == ["Peugeot 301"]


def test_the_vehicle_entering_series_production(nlp):
    text = "Toyota will launch the Toyota Etios for emerging markets. The new sedan will enter series production in Sorocaba, Brazil."
    assert country_models(read(nlp, text)).get("Brazil") == ["Etios"]


def test_the_vehicle_going_on_sale_is_no_production(nlp):
    text = "Toyota will launch the Toyota Etios for emerging markets. The new sedan goes on sale in Brazil in May."
    assert "Brazil" not in country_models(read(nlp, text))


# -- a model that follows, past its class words and an aside ---------------------------------------------------------
def test_a_model_that_follows_past_its_class_words_and_an_aside(nlp):
    text = ("Toyota builds the Hilux at its plant in Durban, South Africa. So far the plant has built only the double-cab "
            "Hilux. Production of single-cab models will begin next month. The Fortuner sport utility vehicle, assembled "
            "from the same base, will follow in April.")
    assert country_models(read(nlp, text)).get("South Africa") == ["Hilux", "Fortuner"]


def test_a_model_that_follows_in_a_ranking_is_no_model_of_the_plant(nlp):
    text = ("Toyota builds the Hilux at its plant in Durban, South Africa. The Fortuner sport utility vehicle, a rival to "
            "Ford's Everest that sells well in Kenya, will follow in the rankings.")
    assert country_models(read(nlp, text)).get("South Africa") == ["Hilux"]
