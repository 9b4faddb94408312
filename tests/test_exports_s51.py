"""Exports (round s51): a route whose sentence names no shipper before its cue goes to the maker whose models it names
with a possessive ("with X's A and B leading the way"), not to the company of the sentence before; the markets named
after a count with "mainly" or "mostly" are routes too. Sentences written for
these tests: the figures are made up."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


def test_the_possessive_maker_of_the_shipped_models_is_the_shipper(nlp):
    facts = read(nlp, "Great Wall was hit hardest by the new fee. Meanwhile, exports to Chile rose to 41,000 units, with "
                      "Chery's Tiggo 2 and Tiggo 8 leading the way.")
    route = next(e for e in facts.exports if e.destination == "Chile")
    assert route.company == "Chery"
    assert route.models == ["Tiggo 2", "Tiggo 8"]


def test_a_possessive_plant_owner_is_no_shipper(nlp):
    facts = read(nlp, "Great Wall makes the Haval H6 in Tula. Exports to Belarus rose, helped by cells from CATL's plant.")
    assert all(e.company != "CATL" for e in facts.exports)


def test_markets_named_after_a_count_with_mainly_are_routes(nlp):
    facts = read(nlp, "Hyundai's Chennai plant exported cars to 88 countries, mainly Mexico, Chile and Peru.")
    assert {e.destination for e in facts.exports} >= {"Mexico", "Chile", "Peru"}


def test_sales_mostly_in_countries_are_no_routes(nlp):
    facts = read(nlp, "Hyundai sold 40,000 cars in 2023, mostly in Mexico and Chile.")
    assert facts.exports == []


def test_markets_named_as_examples_of_demand_a_shipment_met_are_routes(nlp):
    facts = read(nlp, "Foton exported 9,800 trucks to Africa last year, thanks to growing demand from fast-growing markets "
                      "like Kenya, Ghana and Zambia.")
    assert {e.destination for e in facts.exports} == {"Africa", "Kenya", "Ghana", "Zambia"}


def test_demand_from_markets_without_a_shipment_is_no_route(nlp):
    facts = read(nlp, "Foton's sales rose thanks to demand from markets like Kenya.")
    assert facts.exports == []


def test_a_maker_with_plants_in_several_foreign_countries_ships_from_home(nlp):
    facts = read(nlp, "Geely has opened a plant in Belarus, near Minsk. Another Geely plant is being built in Egypt. "
                      "In the first half, Geely exported 50,000 cars to markets such as Chile and Peru.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("China", "Chile"), ("China", "Peru")}


def test_a_maker_with_one_foreign_plant_ships_from_there(nlp):
    facts = read(nlp, "Geely has opened a plant in Belarus, near Minsk. Geely exported 5,000 cars to Russia.")
    assert [(e.origin, e.destination) for e in facts.exports] == [("Belarus", "Russia")]


def test_markets_said_to_follow_a_routes_market_are_routes_of_the_same_shipper(nlp):
    facts = read(nlp, "Ashok Leyland shipped its first 200 trucks from Hosur to Ghana. Ghana will be followed by Kenya, "
                      "Zambia and Malawi later this year.")
    routes = {(e.company, e.origin, e.destination) for e in facts.exports}
    assert {("Ashok Leyland", "India", c) for c in ("Ghana", "Kenya", "Zambia", "Malawi")} <= routes


def test_a_market_not_shipped_to_is_followed_by_no_route(nlp):
    facts = read(nlp, "Ashok Leyland shipped trucks to Ghana. Nigeria will be followed by Kenya in the rankings.")
    assert "Kenya" not in {e.destination for e in facts.exports}


@pytest.mark.parametrize("comparison", ["ahead of Japan", "overtaking Japan", "behind Japan"])
def test_a_rival_exporter_is_no_market(nlp, comparison):
    facts = read(nlp, f"Korea exported 2.8 million vehicles last year, {comparison}. Hyundai's exports rose 5%.")
    assert "Japan" not in {e.destination for e in facts.exports}


def test_overseas_sales_with_markets_named_among_its_biggest_are_routes(nlp):
    facts = read(nlp, "Geely's overseas sales rose to 400,000 units, with Brazil, Chile and Peru among its biggest markets.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("China", "Brazil"), ("China", "Chile"), ("China", "Peru")}


def test_sales_with_markets_named_among_its_biggest_are_no_routes(nlp):
    facts = read(nlp, "Geely's sales rose to 400,000 units, with Brazil and Chile among its biggest markets.")
    assert facts.exports == []


def test_a_share_of_the_cars_built_at_a_plant_going_to_markets_is_a_route(nlp):
    facts = read(nlp, "Nearly half of the 200,000 cars built at Toyota's Kolin plant go to Germany and France.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("Czech Republic", "Germany"), ("Czech Republic", "France")}


@pytest.mark.parametrize("text, units", [("Morocco now supplies Europe with more than 500,000 cars a year.", 500000),
                                         ("Renault's Tangier plant supplies Spain with 100,000 Sanderos a year.", 100000)])
def test_a_market_supplied_with_vehicles_is_a_route(nlp, text, units):
    (route,) = read(nlp, text).exports
    assert (route.origin, route.units) == ("Morocco", units)


def test_a_company_supplied_with_parts_is_no_route(nlp):
    assert read(nlp, "Bosch supplies Ford with brakes from Germany.").exports == []


def test_markets_listed_as_its_top_destinations_are_routes_without_the_total(nlp):
    facts = read(nlp, "Kia exported 210,000 vehicles in 2024, with Saudi Arabia, Chile and Peru as its top destinations.")
    assert {e.destination: e.units for e in facts.exports} == {"Saudi Arabia": None, "Chile": None, "Peru": None}


def test_a_home_market_named_with_as_is_no_route(nlp):
    assert read(nlp, "Kia sold 100,000 cars, with South Korea as its home market.").exports == []


@pytest.mark.parametrize("text, route", [
    ("Kazakhstan received 12,000 cars from Uzbekistan in 2023, mostly Chevrolet Cobalts.",
     ("Uzbekistan", "Kazakhstan", 12000, ["Cobalt"])),
    ("In 2023, Chile received 5,000 trucks from China.", ("China", "Chile", 5000, [])),
])
def test_a_market_receiving_vehicles_from_a_country_is_a_route(nlp, text, route):
    (found,) = read(nlp, text).exports
    assert (found.origin, found.destination, found.units, found.models) == route


def test_a_market_receiving_money_is_no_route(nlp):
    assert read(nlp, "Kenya received a loan of $200 million from Japan.").exports == []
