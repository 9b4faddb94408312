"""Route-model fixes of 2026-12-05 (s30), from the errors of the tuning sets, on sentences written for these tests (names
and figures made up): the vehicles 'en route to' or 'on their way to' a market."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models_of(facts) -> dict[str, list[str]]:
    """destination -> models of its route."""
    return {e.destination: e.models for e in facts.exports}


# -- vehicles en route to a market -----------------------------------------------------------------------------------
def test_the_model_among_the_vehicles_en_route_to_a_market_is_shipped_there(nlp):
    text = ("Ford loaded 900 vehicles at the port of Baltimore for shipment to Chile. Among the vehicles on route to "
            "Chile is the Ford Bronco.")
    assert models_of(read(nlp, text)).get("Chile") == ["Bronco"]


def test_a_model_on_its_way_to_a_market_is_shipped_there(nlp):
    text = "The first Ford Bronco SUVs built in Michigan are now on their way to Chile."
    assert models_of(read(nlp, text)).get("Chile") == ["Bronco"]


def test_on_its_way_to_no_market_is_no_route(nlp):
    assert read(nlp, "The Ford Bronco is on its way to profitability, Ford said.").exports == []


def test_a_new_shipping_route_to_a_market_is_no_shipment_of_the_model(nlp):
    assert read(nlp, "Ford opened a new route to Chile for its Bronco.").exports == []


# -- the vehicles named two sentences before -------------------------------------------------------------------------
def test_these_cars_are_the_models_named_two_sentences_before(nlp):
    text = ("The Chevrolet Tracker will be assembled in Tashkent from next year. Planned output is about 60,000 units a "
            "year. Most of these cars will be exported, mainly to Kazakhstan.")
    assert models_of(read(nlp, text)).get("Kazakhstan") == ["Tracker"]


def test_these_cars_three_sentences_after_the_model_carry_no_model(nlp):
    text = ("The Chevrolet Tracker will be assembled in Tashkent from next year. Planned output is about 60,000 units a "
            "year. The plant will employ 900 people. Most of these cars will be exported, mainly to Kazakhstan.")
    assert models_of(read(nlp, text)).get("Kazakhstan") == []


# -- the plant's one model, another maker's model named beside it ----------------------------------------------------
def test_another_makers_model_leaves_the_plant_model_on_the_route(nlp):
    text = ("Ford builds the Ranger pickup at its Silverton plant in South Africa. The Ranger outsold the Toyota Hilux "
            "at home last year. Ford also exports vehicles from South Africa to Ghana and Senegal.")
    found = models_of(read(nlp, text))
    assert found.get("Ghana") == ["Ranger"] and found.get("Senegal") == ["Ranger"]


def test_another_model_of_the_same_maker_leaves_the_route_without_a_model(nlp):
    text = ("Ford builds the Ranger pickup at its Silverton plant in South Africa. Ford also sells the Ford Everest, "
            "imported from Thailand. Ford also exports vehicles from South Africa to Ghana and Senegal.")
    assert models_of(read(nlp, text)).get("Ghana") == []


# -- a share of the output named before, as a pronoun ---------------------------------------------------------------
def test_half_of_that_is_a_share_of_the_model_named_before(nlp):
    text = ("The Toyota Hilux is built at the Samrong plant in Thailand, where capacity is 200,000 units a year. "
            "Half of that is earmarked for export to Chile and Peru.")
    found = models_of(read(nlp, text))
    assert found.get("Chile") == ["Hilux"] and found.get("Peru") == ["Hilux"]


def test_half_of_that_with_no_model_before_carries_no_model(nlp):
    text = ("Toyota's Samrong plant in Thailand can build 200,000 units a year. Half of that is earmarked for export to "
            "Chile and Peru.")
    assert models_of(read(nlp, text)).get("Chile") == []


# -- an opening phrase, then the vehicles and where they are made ----------------------------------------------------
def test_the_models_built_at_the_plant_after_an_opening_phrase_are_those_named_before(nlp):
    text = ("Renault has built 400,000 Sanderos and 300,000 Dokkers in Tangier since 2012. In addition to the home "
            "market, the models built at the factory are exported to Chile.")
    assert models_of(read(nlp, text)).get("Chile") == ["Sandero", "Dokker"]


def test_an_opening_phrase_naming_another_model_keeps_the_route_without_models(nlp):
    text = ("Renault has built 400,000 Sanderos and 300,000 Dokkers in Tangier since 2012. Unlike the Dacia Logan, the "
            "models built at the factory are exported to Chile.")
    assert models_of(read(nlp, text)).get("Chile") != ["Sandero", "Dokker"]


# -- the car as the object of the verb of export ---------------------------------------------------------------------
def test_export_the_car_ships_the_model_the_sentence_before_was_about(nlp):
    text = ("The Fiat Tipo will take on two popular cars on the Turkish market: the Toyota Corolla and the Ford Focus. "
            "Tofas will also export the car to Chile.")
    assert models_of(read(nlp, text)).get("Chile") == ["Tipo"]


def test_export_the_vehicles_ships_the_models_named_before(nlp):
    text = ("The Dacia Sandero and the Dacia Dokker went on sale in Morocco in May. Renault will also export the "
            "vehicles to Chile.")
    assert models_of(read(nlp, text)).get("Chile") == ["Sandero", "Dokker"]


def test_export_the_car_with_no_model_named_before_carries_none(nlp):
    text = "Tofas opened a new paint shop in Bursa, Turkey, in May. Tofas will also export the car to Chile."
    assert models_of(read(nlp, text)).get("Chile") == []


# -- a batch of bare units right after the one model named ----------------------------------------------------------
def test_a_shipment_of_units_after_one_model_is_that_model(nlp):
    text = ("Mitsubishi Magnas made in Adelaide are proving a hit with buyers in the Gulf. Mitsubishi Australia expects "
            "this year's initial shipment of 900 units to Kuwait to grow to 6,000 next year.")
    assert models_of(read(nlp, text)).get("Kuwait") == ["Magna"]


def test_a_shipment_of_units_after_two_models_names_neither(nlp):
    text = ("Mitsubishi Magnas and Mitsubishi Tritons made in Adelaide are proving a hit with buyers in the Gulf. "
            "Mitsubishi Australia expects this year's initial shipment of 900 units to Kuwait to grow next year.")
    assert models_of(read(nlp, text)).get("Kuwait") == []


# -- the one vehicle shipped, named in the sentence after -----------------------------------------------------------
def test_it_was_a_model_names_the_milestone_vehicle_shipped(nlp):
    text = ("Mitsubishi builds the Mirage and the Triton at Laem Chabang in Thailand. Mitsubishi Motors on Wednesday "
            "exported its 3 millionth Thai-assembled vehicle from Laem Chabang port, bound for Chile. It was a Thai-made "
            "Triton pickup.")
    assert models_of(read(nlp, text)).get("Chile") == ["Triton"]


def test_it_was_not_a_model_names_no_vehicle(nlp):
    text = ("Mitsubishi Motors on Wednesday exported its 3 millionth Thai-assembled vehicle from Laem Chabang port, "
            "bound for Chile. It was not a Mitsubishi Pajero, the company said.")
    assert models_of(read(nlp, text)).get("Chile") == []
