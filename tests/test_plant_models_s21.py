"""What a plant makes and what it cost, as real copy words it (round s21): models after a hedging adverb ('possibly
followed by the X') or in an opening 'If ...' clause are only maybe a plant's; a model built 'at the A plant in X and
the B plant in Y' is both plants'; models that 'rolled off the assembly lines' are the plant's; 'The new models
include ...' after a sentence about a plant lists its models; 'the $50 million, state-of-the-art plant' is the
plant's cost. Sentences written for these tests (events and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models(facts) -> dict[str | None, list[str]]:
    return {p.site or p.country: p.models for p in facts.plants}


# -- a hedging adverb before models -----------------------------------------------------------------------------------
def test_models_after_possibly_are_not_the_plants(nlp):
    text = ("Kia will start building cars at its Zilina plant in Slovakia next year. The first cars to be assembled at the "
            "plant will be Sportage SUVs, possibly followed by the Ceed, Stonic and other models.")
    found = models(read(nlp, text))
    assert "Sportage" in found["Zilina"]
    assert not {"Ceed", "Stonic"} & set(found["Zilina"])


def test_potentially_covers_only_the_model_right_after_it(nlp):
    text = ("Kia builds the Sportage at its Zilina plant in Slovakia. The Ceed, and potentially the Stonic as well, "
            "will also be built there.")
    found = models(read(nlp, text))
    assert "Ceed" in found["Zilina"] and "Stonic" not in found["Zilina"]


def test_models_without_a_hedge_stay(nlp):
    text = ("Kia will start building cars at its Zilina plant in Slovakia next year. The first cars to be assembled at the "
            "plant will be Sportage SUVs, followed by the Ceed and the Stonic.")
    assert {"Sportage", "Ceed", "Stonic"} <= set(models(read(nlp, text))["Zilina"])


# -- an opening 'if' clause -------------------------------------------------------------------------------------------
def test_a_model_in_an_opening_if_clause_is_no_plants(nlp):
    text = ("Kia builds the Sportage at its Zilina plant in Slovakia. If the Stonic is built at the plant, it would be "
            "exported to Britain.")
    found = models(read(nlp, text))
    assert "Sportage" in found["Zilina"] and "Stonic" not in found["Zilina"]


def test_a_model_after_the_if_clause_stays(nlp):
    text = ("Kia opened its Zilina plant in Slovakia in 2006. If demand holds, the plant will build the Stonic "
            "from next year.")
    assert "Stonic" in models(read(nlp, text))["Zilina"]


# -- one model at two plants listed together -------------------------------------------------------------------------
def test_a_model_built_at_two_listed_plants_is_both_plants(nlp):
    text = "The current Tiguan is built at both the Wolfsburg plant in Germany and the Volkswagen Puebla plant in Mexico."
    found = models(read(nlp, text))
    assert "Tiguan" in found["Wolfsburg"] and "Tiguan" in found["Puebla"]


def test_a_second_plant_with_its_own_model_does_not_share(nlp):
    text = "Volkswagen builds the Tiguan at the Wolfsburg plant in Germany and the Jetta at its Puebla plant in Mexico."
    found = models(read(nlp, text))
    assert "Tiguan" not in found["Puebla"]


# -- models that rolled off the lines ---------------------------------------------------------------------------------
def test_models_that_rolled_off_the_assembly_lines_are_the_plants(nlp):
    text = ("Last year Skoda built 410,000 cars at its plant in Kvasiny. In addition, the Superb and the Kodiaq rolled "
            "off the assembly lines at the plant.")
    assert {"Superb", "Kodiaq"} <= set(models(read(nlp, text))["Kvasiny"])


def test_models_on_other_lines_are_not_rolled_off(nlp):
    text = ("Last year Skoda built 410,000 cars at its plant in Kvasiny. The Superb and the Kodiaq compete on "
            "product lines with rivals.")
    assert not {"Superb", "Kodiaq"} & set(models(read(nlp, text))["Kvasiny"])


# -- 'The new models include ...' after a plant ----------------------------------------------------------------------
def test_new_models_include_after_a_plant_sentence(nlp):
    text = ("Scania has opened a plant in Kaluga, Russia, with room for 8,000 trucks a year. "
            "The new models include the Scania R and the Scania S.")
    assert {"R", "S"} <= set(models(read(nlp, text))["Kaluga"]) or {"Scania R", "Scania S"} <= set(models(read(nlp, text))["Kaluga"])


def test_models_include_without_a_plant_before_is_no_plants(nlp):
    text = ("Kia built 300,000 cars at its Zilina plant in Slovakia last year. Sales rose 5% in Germany. "
            "The new models include the Ceed and the Stonic.")
    assert not {"Ceed", "Stonic"} & set(models(read(nlp, text))["Zilina"])


# -- the plant's cost before a comma and a hyphenated modifier -------------------------------------------------------
def test_money_before_a_hyphenated_modifier_of_the_plant(nlp):
    text = "Production will start this summer at the $80 million, built-from-scratch plant in Bishkek, Kyrgyzstan."
    plant = read(nlp, text).plants[0]
    assert plant.investment is not None and plant.investment.amount == 80_000_000


def test_money_before_a_comma_and_a_plain_clause_is_no_cost(nlp):
    text = "Production will start this summer at the plant in Bishkek, Kyrgyzstan, with sales of $80 million, the maker said."
    plant = read(nlp, text).plants[0]
    assert plant.investment is None


# -- a making denied or past ------------------------------------------------------------------------------------------
def test_no_plans_to_produce_a_model_is_no_plants(nlp):
    text = ("Toyota builds the Hilux at its Zarate plant in Argentina. The company has no plans to produce the Corolla "
            "in Argentina, its president said.")
    found = models(read(nlp, text))
    assert "Hilux" in found["Zarate"] and "Corolla" not in found["Zarate"]


def test_the_line_that_once_produced_a_model_is_no_plants(nlp):
    text = ("Holden builds the Cruze at its Elizabeth plant in Australia, on the refurbished line that once produced "
            "the Astra.")
    found = models(read(nlp, text))
    assert "Cruze" in found["Elizabeth"] and "Astra" not in found["Elizabeth"]


def test_plans_to_produce_keep_the_model(nlp):
    text = "Toyota has plans to produce the Corolla at its Zarate plant in Argentina from 2026."
    assert "Corolla" in models(read(nlp, text))["Zarate"]


# -- money that goes to a plant named in capitals ---------------------------------------------------------------------
def test_money_going_to_a_plant_named_in_capitals(nlp):
    text = ("Ford will retool two plants in Ohio. About $62.5 million will go to the Oakvale Truck Assembly Plant so it "
            "can build an electric van.")
    plant = next(p for p in read(nlp, text).plants if p.site == "Oakvale")
    assert plant.investment is not None and plant.investment.amount == 62_500_000


def test_money_going_to_a_long_lowercase_phrase_is_no_plants(nlp):
    text = ("Ford builds vans at its Oakvale Truck Assembly Plant in Ohio. About $62.5 million will go to the local "
            "school and hospital building plan.")
    plant = next(p for p in read(nlp, text).plants if p.site == "Oakvale")
    assert plant.investment is None
