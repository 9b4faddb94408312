"""Which models a plant builds and which models an export route carries, on sentences written for these tests
(places, names and figures made up or mixed freely)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_models(facts) -> dict[str | None, list[str]]:
    """site -> the models read for it."""
    return {p.site: list(p.models or []) for p in facts.plants}


# -- two plants in one sentence, each with its own verb of making -----------------------------------------------
def test_second_plant_with_its_own_verb_takes_the_models_after_it(nlp):
    facts = read(nlp, "The group's other plants are busy: Toyota's factory in Georgetown, Kentucky, builds the Camry and "
                      "the RAV4, and Honda's plant in Marysville, Ohio, builds the Accord and the CR-V.")
    models = plant_models(facts)
    assert models["Georgetown, Kentucky"] == ["Camry", "RAV4"]
    assert models["Marysville, Ohio"] == ["Accord", "CR-V"]


def test_second_plant_after_while_with_an_adverb_before_its_verb(nlp):
    facts = read(nlp, "Kia's plant in Zilina, Slovakia, makes the Ceed, while Hyundai's factory in Nosovice, Czech "
                      "Republic, now makes the i30 and the Kona.")
    models = plant_models(facts)
    assert models["Zilina"] == ["Ceed"]
    assert models["Nosovice"] == ["i30", "Kona"]


def test_second_plant_without_a_verb_of_its_own_keeps_the_models_before_it(nlp):
    facts = read(nlp, "Skoda builds the Octavia in Mlada Boleslav, Czech Republic, and the Superb in Bratislava, Slovakia.")
    models = plant_models(facts)
    assert "Octavia" in models["Mlada Boleslav"]
    assert "Octavia" not in models["Bratislava"]


# -- a plant named as where cars come from, then described -------------------------------------------------------
def test_the_factory_after_a_plant_the_cars_come_from_is_that_plant(nlp):
    facts = read(nlp, "The Livina will come from Nissan's plant in Purwakarta, Indonesia, which employs 2,000 people. "
                      "The factory also builds the Serena and the Navara.")
    assert plant_models(facts)["Purwakarta"] == ["Livina", "Serena", "Navara"]


def test_a_plant_cars_come_from_does_not_replace_the_plant_described_before(nlp):
    facts = read(nlp, "Toyota builds the Hilux at its plant in Durban, South Africa. The Camry will come from Toyota's "
                      "plant in Tsutsumi, Japan. The plant also builds the Fortuner.")
    models = plant_models(facts)
    assert "Fortuner" in models["Durban"]
    assert "Fortuner" not in models.get("Tsutsumi", [])


# -- a plant whose name is a company's ("Gorky Automobile Plant in X") -----------------------------------------------
def test_a_factory_named_as_a_company_is_a_plant_at_its_place(nlp):
    facts = read(nlp, "The company marked the tenth year of the Gorky Automobile Plant in Nizhny Novgorod, Russia. The "
                      "plant builds the Gazelle and the Sobol.")
    assert plant_models(facts)["Nizhny Novgorod"] == ["Gazelle", "Sobol"]
