"""Export fixes of 2026-12-05 (s30), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a route of a maker's local arm keeps the arm's country when a plant is named later, and a plant in a
country the shipper's own routes go to is where its kits are assembled, not where its cars leave from."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def origins(facts) -> dict[str, str]:
    """destination -> origin of its route."""
    return {e.destination: e.origin for e in facts.exports}


# -- a local arm's route, a plant named later -------------------------------------------------------------------------
def test_a_local_arms_route_keeps_its_country_when_a_plant_abroad_is_named_later(nlp):
    text = ("Toyota SA says it expects to export 4100 vehicles to Africa this year. Toyota is about to send 220 "
            "kits for assembly at the company's Kenyan plant.")
    assert origins(read(nlp, text)).get("Africa") == "South Africa"


def test_a_makers_route_still_moves_to_the_one_country_it_builds_in(nlp):
    # (the maker's home was a guess: the story goes on to build its cars in one country, which ships them)
    text = ("Toyota will export 4,100 Hilux pickups to Africa this year. The Hilux is built at Toyota's plant in "
            "Durban, South Africa.")
    assert origins(read(nlp, text)).get("Africa") == "South Africa"


# -- a plant where the shipper's kits go ------------------------------------------------------------------------------
def test_a_plant_in_a_market_of_the_shipper_is_no_origin_of_its_guessed_routes(nlp):
    text = "Nissan will export 3,200 vehicles to Africa this year. Nissan will also ship 150 kits to its plant in Ghana."
    found = origins(read(nlp, text))
    assert found.get("Africa") == "Japan" and found.get("Ghana") == "Japan"


def test_a_plant_in_no_market_of_the_shipper_is_still_the_origin(nlp):
    text = "Nissan will export 3,200 vehicles to Africa this year. Nissan also builds the Navara at its plant in Ghana."
    assert origins(read(nlp, text)).get("Africa") == "Ghana"


# -- a count of markets the exported cars are sold in -----------------------------------------------------------------
def test_cars_sold_in_a_count_of_countries_after_a_sentence_on_exports(nlp):
    text = ("Export sales of the Lada brand grew by 12 percent, to 41,300 cars last year. The company said that the cars "
            "were sold in 27 countries, including Egypt and Peru.")
    found = {(o, d) for _, o, d in routes(read(nlp, text))}
    assert {("Russia", "27 countries"), ("Russia", "Egypt"), ("Russia", "Peru")} <= found


def test_a_brands_reach_sold_in_countries_with_no_word_of_export_is_no_route(nlp):
    text = ("Dacia plans to invest 90 million euros in its Romanian plant. \u201cDacias are sold in over 38 countries,\u201d "
            "the company's boss said.")
    assert not any(d.endswith("countries") for _, _, d in routes(read(nlp, text)))


def test_cars_that_are_sold_in_countries_are_a_brands_reach_even_after_exports(nlp):
    text = ("Renault exported 52,000 cars from Romania last year. Dacias are sold in 38 countries.")
    assert not any(d.endswith("countries") for _, _, d in routes(read(nlp, text)))


# -- a verb of shipping with its particle -----------------------------------------------------------------------------
def test_a_figure_after_shipping_off_counts_the_models_shipped(nlp):
    text = "Hyundai began its exports in 1979 by shipping off eight Pony compacts to Bolivia."
    assert routes(read(nlp, text)).get(("Hyundai", "South Korea", "Bolivia")) == 8


def test_a_figure_after_another_verbs_particle_is_no_shipment(nlp):
    text = "Hyundai laid off eight Pony engineers and began exports to Bolivia."
    assert routes(read(nlp, text)).get(("Hyundai", "South Korea", "Bolivia"), "none") is None


# -- 'it' after a sentence that opened with a model -------------------------------------------------------------------
def test_it_is_the_model_that_opened_the_sentence_before_not_the_one_it_replaced(nlp):
    text = ("Volkswagen India has exported its 90,000th car to Chile. The Polo and Vento are in demand in many export "
            "markets. The Vento, built at the Chakan plant, replaced the Jetta Classico in the Chilean market. It has "
            "been exported to Chile since 2016.")
    assert {e.destination: e.models for e in read(nlp, text).exports}.get("Chile") == ["Vento"]


def test_it_after_a_sentence_opening_with_the_maker_keeps_the_one_model_named(nlp):
    text = ("Volkswagen builds the Polo at the Chakan plant near Pune. It has been exported to Chile since 2015.")
    assert {e.destination: e.models for e in read(nlp, text).exports}.get("Chile") in (["Polo"], [])
