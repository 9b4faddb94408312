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
