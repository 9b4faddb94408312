"""Export fixes of 2026-12-05 (s33), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a model made for a foreign market before any plant is named, markets named as examples after a
plural of markets."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def models_of(facts) -> dict[str, list[str]]:
    """destination -> models of its route."""
    return {e.destination: e.models for e in facts.exports}


# -- made for a foreign market, the plant named later ----------------------------------------------------------------
def test_a_model_made_for_a_market_before_the_plant_is_named_leaves_from_the_plant_named_later(nlp):
    text = ("Renault Samsung said on Monday that it would manufacture the XM3 small SUV for the European market from "
            "2027. Renault Samsung builds the vehicle at its Busan plant.")
    facts = read(nlp, text)
    assert ("Renault Samsung", "South Korea", "Europe") in routes(facts)
    assert models_of(facts).get("Europe") == ["XM3"]


def test_a_model_made_for_the_market_the_story_is_about_is_no_route(nlp):
    text = ("Russia is a growing market. Sales in Russia rose 9% in May, and Russia will get a second Kia dealer in "
            "Kazan. Kia said it would assemble the Rio sedan for the Russian market from next year.")
    assert not [r for r in routes(read(nlp, text)) if r[2] == "Russia"]


# -- markets named as examples ---------------------------------------------------------------------------------------
def test_markets_named_after_a_comma_and_like_are_the_routes_markets(nlp):
    text = ("Its chief said that IKCO has had to sell most of the new Dena to export markets, like Oman and Armenia, as "
            "demand at home has been weak.")
    found = models_of(read(nlp, text))
    assert found.get("Oman") == ["Dena"] and found.get("Armenia") == ["Dena"]


def test_markets_named_as_examples_of_where_demand_is_strong_are_no_routes(nlp):
    text = "Toyota said demand for pickups was strong in big markets, like Peru and Chile, this year."
    assert not routes(read(nlp, text))


# -- vehicle words -------------------------------------------------------------------------------------------------
def test_autos_and_automobiles_count_vehicles_shipped(nlp):
    assert routes(read(nlp, "Toyota shipped 1,200 autos to Peru last year.")).get(("Toyota", "Japan", "Peru")) == 1200
    text = "Hyundai builds the Creta in Chennai. The automobiles will be exported to Peru."
    assert models_of(read(nlp, text)).get("Peru") == ["Creta"]


def test_auto_parts_are_no_vehicles(nlp):
    text = "Toyota shipped 1,200 tonnes of auto parts to Peru last year."
    assert routes(read(nlp, text)).get(("Toyota", "Japan", "Peru")) is None


# -- a plant making for the whole region ---------------------------------------------------------------------------
def test_a_plant_that_manufactures_a_model_for_the_entire_region_ships_it_to_the_region(nlp):
    text = ("The plant that will manufacture the Ford Ranger in Paraguay for the entire region, which marks the brand's "
            "return to the country, was opened on Monday in Asuncion.")
    facts = read(nlp, text)
    assert ("Paraguay", "region") in {(o, d) for _, o, d in routes(facts)}
    assert models_of(facts).get("region") == ["Ranger"]


def test_a_plant_making_room_for_the_regions_suppliers_ships_nothing(nlp):
    text = "The plant that will build the Ford Ranger in Paraguay will make room for the entire region's suppliers."
    assert not [r for r in routes(read(nlp, text)) if r[2] == "region"]


# -- a deal's value between the deal and its buyer ------------------------------------------------------------------
def test_an_order_worth_a_sum_from_a_government_is_a_route_to_its_country(nlp):
    text = ("Ashok Leyland said it had won an order worth Rs 95 crore ($11.4 million) from the government of Malawi to "
            "supply 410 trucks and buses.")
    assert routes(read(nlp, text)).get(("Ashok Leyland", "India", "Malawi")) == 410


def test_an_owners_flagship_company_is_the_shipper(nlp):
    text = ("Hinduja Group flagship company Ashok Leyland said it had won an order worth $11 million from Malawi to "
            "supply 410 trucks.")
    assert ("Ashok Leyland", "India", "Malawi") in routes(read(nlp, text))


def test_a_deal_worth_a_sum_from_a_country_with_no_vehicles_is_no_route(nlp):
    text = "Ashok Leyland said it had won an order worth $11 million from Malawi to upgrade its depots."
    assert not routes(read(nlp, text))


# -- a model's name in quotes between a figure and its vehicles -----------------------------------------------------
def test_a_quoted_model_name_between_the_figure_and_the_vehicles_keeps_the_figure(nlp):
    text = "Ashok Leyland has supplied 120 ‘Falcon’ buses to Malawi."
    assert routes(read(nlp, text)).get(("Ashok Leyland", "India", "Malawi")) == 120


def test_a_quoted_word_that_is_no_model_counts_no_vehicles(nlp):
    text = "Ashok Leyland has supplied 120 ‘green’ jobs to Malawi."
    assert routes(read(nlp, text)).get(("Ashok Leyland", "India", "Malawi")) is None


# -- a people, no market ---------------------------------------------------------------------------------------------
def test_a_demonym_standing_for_a_people_is_no_market(nlp):
    text = "Sollers plans to supply its own hybrid cars to the Japanese - its director told a newspaper on Monday."
    assert not routes(read(nlp, text))


def test_the_demonym_of_a_market_and_the_short_name_of_a_country_stay_markets(nlp):
    assert ("Sollers", "Russia", "Japan") in routes(read(nlp, "Sollers plans to supply 500 hybrid cars to the Japanese market."))
    assert ("Sollers", "Russia", "United States") in routes(read(nlp, "Sollers plans to supply 500 hybrid cars to the US."))


# -- 'sales of the new car': the car named before ------------------------------------------------------------------
def test_sales_of_the_new_car_are_of_the_model_named_before(nlp):
    text = ("Renault Samsung builds the QM6 and the XM3 at its Busan plant. The XM3 gets a 1.3-litre engine. The "
            "company will later expand sales of the new car to Peru and Chile.")
    found = models_of(read(nlp, text))
    assert found.get("Peru") == ["XM3"] and found.get("Chile") == ["XM3"]


def test_sales_of_the_car_market_name_no_model(nlp):
    text = ("Renault Samsung builds the QM6 and the XM3 at its Busan plant. The XM3 gets a 1.3-litre engine. The "
            "company will later expand sales of the car market leasing business to Peru.")
    assert models_of(read(nlp, text)).get("Peru", []) == []
