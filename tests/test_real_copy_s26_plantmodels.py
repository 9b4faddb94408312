"""Fixes of 2026-12-05 (s26, plant models), from the errors of the real sets AI to AL, on sentences written for these
tests (names and figures made up): models "made in" a town, a plant's capacity set aside "for" models."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_models(facts) -> dict[str | None, list[str]]:
    """site -> models."""
    return {p.site: p.models for p in facts.plants}


# -- "Both models are made in X" -------------------------------------------------------------------------------------
def test_models_made_in_a_town_are_the_plants(nlp):
    text = ("Volkswagen employs 6,100 workers at its Emden plant. The Tiguan was the best-selling model in May, "
            "ahead of the Passat. Both models are made in Emden.")
    assert set(plant_models(read(nlp, text)).get("Emden", [])) == {"Tiguan", "Passat"}


def test_a_decision_made_in_a_town_is_no_plant(nlp):
    facts = read(nlp, "The decision was made in Wolfsburg on Monday, the company said.")
    assert "Wolfsburg" not in plant_models(facts)


def test_a_model_made_in_a_country_is_no_plant_there(nlp):
    text = "The Vios was first sold in the Philippines as a fully imported model that was made in Thailand, Toyota said."
    assert not any(p.country == "Thailand" for p in read(nlp, text).plants)


# -- "capacity for the X" --------------------------------------------------------------------------------------------
def test_a_plants_capacity_for_models(nlp):
    text = ("Toyota aims to export 80 000 vehicles a year from its Durban plant. Total plant capacity is 190 000 units "
            "a year, which includes a 170 000-unit capacity for the Hilux, Fortuner and Corolla.")
    assert set(plant_models(read(nlp, text)).get("Durban", [])) == {"Hilux", "Fortuner", "Corolla"}


def test_battery_capacity_for_a_model_is_no_plants(nlp):
    text = ("Toyota aims to export 80 000 vehicles a year from its Durban plant. The plant has little battery "
            "capacity for the Corolla.")
    assert plant_models(read(nlp, text)).get("Durban", []) == []


def test_models_a_plants_capacity_includes(nlp):
    text = ("Toyota started production of the new Hilux at the Samrong and Ban Pho plants with a combined production "
            "capacity of 380,000 units per year, including the Fortuner.")
    found = plant_models(read(nlp, text))
    assert {"Hilux", "Fortuner"} <= set(found.get("Samrong", [])) and {"Hilux", "Fortuner"} <= set(found.get("Ban Pho", []))


def test_a_model_after_a_capacity_without_including_is_no_plants(nlp):
    text = ("Toyota builds the Hilux at the Samrong and Ban Pho plants, with a combined capacity of 380,000 units, and "
            "imports the Fortuner.")
    found = plant_models(read(nlp, text))
    assert "Fortuner" not in found.get("Samrong", []) and "Fortuner" not in found.get("Ban Pho", [])


# -- "where the X was previously assembled" --------------------------------------------------------------------------
def test_models_previously_assembled_are_no_plants(nlp):
    text = ("Sollers announced the restart of production at an enterprise in Vladivostok, where the Mazda CX-9 and "
            "Mazda CX-5 models were previously assembled.")
    assert plant_models(read(nlp, text)).get("Vladivostok", []) == []


def test_a_model_built_now_stays_beside_one_previously_assembled(nlp):
    text = "The Mazda CX-5 is now built in Vladivostok, where the CX-9 was previously assembled."
    assert plant_models(read(nlp, text)).get("Vladivostok", []) == ["CX-5"]


# -- "it could produce the X" ----------------------------------------------------------------------------------------
def test_models_a_plant_could_build_are_no_plants(nlp):
    text = ("Stellantis will build a plant in Kenitra, Morocco. The factory will produce the Peugeot 208. It could also "
            "produce new versions of the Citroen C-Elysee and the Peugeot 301.")
    assert plant_models(read(nlp, text)).get("Kenitra", []) == ["Peugeot 208"]


def test_a_capacity_a_plant_could_build_keeps_its_model(nlp):
    text = "Stellantis builds the Peugeot 208 in Kenitra, Morocco, and the plant could produce 200,000 units of the Peugeot 301."
    assert "Peugeot 301" in plant_models(read(nlp, text)).get("Kenitra", [])


# -- "it then became the X factory" ----------------------------------------------------------------------------------
def test_a_plant_that_became_the_models_factory(nlp):
    text = "Ford opened a plant in Halewood, England, in 1964. It then became the Jaguar X-type factory in 2001."
    assert plant_models(read(nlp, text)).get("Halewood", []) == ["X-Type"]


def test_a_plant_near_the_models_factory_is_not_it(nlp):
    text = "Ford opened a plant in Halewood, England, in 1964. Its owner is near the Jaguar X-type plant."
    assert "X-Type" not in plant_models(read(nlp, text)).get("Halewood", [])


# -- "... for the following models: • X • Y" -------------------------------------------------------------------------
def test_bulleted_models_under_a_line_of_making(nlp):
    text = ("Acme Motors has built a plant in Lahore, Pakistan. The plant is complete and the firm will start "
            "manufacturing by May for the following models:\n\n  • Kia Sportage (2000 cc petrol)\n  • Kia Picanto (1200 cc petrol).\n")
    assert set(plant_models(read(nlp, text)).get("Lahore", [])) == {"Sportage", "Picanto"}


def test_bulleted_models_under_a_line_of_exports_are_no_plants(nlp):
    text = ("Acme Motors has built a plant in Lahore, Pakistan. The firm exports the following imported models:\n\n"
            "  • Kia Sportage (2000 cc petrol)\n  • Kia Picanto (1200 cc petrol).\n")
    assert plant_models(read(nlp, text)).get("Lahore", []) == []


# -- "..., made by X in Y" -------------------------------------------------------------------------------------------
def test_imports_made_by_a_maker_in_a_country(nlp):
    facts = read(nlp, "The first batch of the Proton X70 will be fully built imports, made by Geely in China.")
    assert any(p.country == "China" and p.models == ["X70"] for p in facts.plants)


def test_a_decision_made_by_a_maker_is_no_plant(nlp):
    facts = read(nlp, "The Proton X70 was launched on Monday, a decision made by Geely in China.")
    assert not any(p.country == "China" for p in facts.plants)


# -- "the X, built in a factory near Y, followed by ..." --------------------------------------------------------------
def test_a_participle_of_making_after_a_model_names_its_plant(nlp):
    text = ("The best-selling model made in the UK is the Nissan Qashqai, built in a factory near Sunderland, "
            "followed by the Mini One and the Vauxhall Astra.")
    assert plant_models(read(nlp, text)).get("Sunderland", []) == ["Qashqai"]


def test_a_plant_building_several_models_keeps_them(nlp):
    text = "Nissan builds the Qashqai and the Juke at its plant near Sunderland, England."
    assert set(plant_models(read(nlp, text)).get("Sunderland", [])) == {"Qashqai", "Juke"}


# -- "the former ..., the latter ..." --------------------------------------------------------------------------------
def test_the_former_and_the_latter_plant(nlp):
    text = ("Volvo has two plants in China, in Chengdu and Daqing. While the former facility builds the S60 and the "
            "XC60, the latter manufactures the XC90.")
    found = plant_models(read(nlp, text))
    assert set(found.get("Chengdu", [])) == {"S60", "XC60"} and found.get("Daqing", []) == ["XC90"]


def test_the_latter_without_two_plants_before_is_no_plant(nlp):
    text = ("Volvo builds cars at its plant in Daqing, China. Of the XC60 and the XC90, the latter sells better "
            "in Europe.")
    assert "XC60" not in plant_models(read(nlp, text)).get("Daqing", [])


def test_a_plants_capacity_including_models(nlp):
    text = ("Kia is building a plant in Hwaseong, South Korea. The new plant will have an annual production capacity "
            "of 120,000 units including the PV7.")
    assert plant_models(read(nlp, text)).get("Hwaseong", []) == ["PV7"]


def test_a_capacity_including_a_verb_before_the_model_is_no_plants(nlp):
    text = ("Kia is building a plant in Hwaseong, South Korea. The new plant will have a capacity of 120,000 units, "
            "and dealers say demand is strong, including for the imported Carnival.")
    assert "Carnival" not in plant_models(read(nlp, text)).get("Hwaseong", [])
