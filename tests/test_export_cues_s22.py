"""Export cues that carry no vehicles and a rate that completes the route told just before: "a shipping route" is the
trade of carrying goods, "he will be sent to X" moves a person, "the kits, exported into X" moves parts; "It plans to
export 300 pickups a month" right after a single route is that route's figure. Sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, routes


# -- "a shipping route", "a shipping line": the trade of carrying goods, not a shipment of cars -------------------------
def test_a_shipping_route_is_no_export(nlp):
    text = ("VinFast builds cars in Hai Phong, Vietnam. In May, VinFast opened a shipping line linking Hai Phong and Japan, "
            "and welcomed the first vessel carrying parts from Japan to Hai Phong.")
    assert routes(read(nlp, text)) == {}


def test_the_ship_as_a_vessel_is_no_export(nlp):
    text = "VinFast builds cars in Hai Phong, Vietnam. In May it welcomed the first ship carrying parts from Japan to Hai Phong."
    assert routes(read(nlp, text)) == {}


def test_cars_shipping_to_a_market_stay_a_route(nlp):
    text = "Hyundai began shipping 3,000 Cretas to Chile last month."
    assert ("Hyundai", "South Korea", "Chile") in routes(read(nlp, text))


# -- a person sent somewhere ----------------------------------------------------------------------------------------
def test_a_person_sent_abroad_is_no_export(nlp):
    text = ("Renault opened a plant in Nashik, India. The plant's new manager will stay in India for a year, after which "
            "she will be sent to France.")
    assert routes(read(nlp, text)) == {}


def test_cars_sent_abroad_in_the_passive_stay_a_route(nlp):
    text = "Renault builds the Duster at its plant in Nashik, India. Last year 4,200 of the cars were sent to France."
    assert ("Renault", "India", "France") in routes(read(nlp, text))


# -- kits as the subject of a participle ----------------------------------------------------------------------------
def test_kits_exported_as_a_participle_are_no_vehicle_export(nlp):
    text = ("Acme Trucks builds pickups at its plant in Durban, South Africa. The vehicle kits, exported into Africa "
            "from the port of Durban, keep the line busy.")
    assert routes(read(nlp, text)) == {}


def test_kits_shipped_right_after_the_noun_are_no_vehicle_export(nlp):
    text = "Acme Trucks builds pickups at its plant in Durban, South Africa. CKD kits shipped to Kenya keep the line busy."
    assert routes(read(nlp, text)) == {}


@pytest.mark.parametrize("text", [
    "Acme Powertrain will make 500,000 hybrid engines a year at its plant in Durban, South Africa. "
    "The engines will also be exported to Kenya and Nigeria.",
    "Acme Powertrain builds gearboxes at its plant in Durban, South Africa. Its gearboxes, shipped to Kenya, keep the line busy.",
])
def test_engines_and_gearboxes_shipped_are_no_vehicle_export(nlp, text):
    """Parts made for cars and shipped on their own go nowhere on the route map, as kits do not."""
    assert routes(read(nlp, text)) == {}


def test_cars_with_engines_named_before_them_stay_a_route(nlp):
    text = ("Acme Powertrain makes engines at its plant in Durban, South Africa. The cars are built there and "
            "will be exported to Kenya.")
    assert ("Acme Powertrain", "South Africa", "Kenya") in routes(read(nlp, text))


# -- a rate of vehicles for the route told just before ----------------------------------------------------------------
def test_a_monthly_rate_after_a_route_is_its_figure(nlp):
    text = ("Nissan Motor Thailand has exported its Navara pickup to Japan for the first time. The company plans to "
            "export about 450 pickups a month.")
    assert routes(read(nlp, text)) == {("Nissan Motor Thailand", "Thailand", "Japan"): 450}


def test_a_yearly_rate_after_a_route_is_its_figure(nlp):
    text = "Nissan Motor Thailand has begun exporting the Navara to Japan. It will ship 8,000 pickups a year."
    assert routes(read(nlp, text)) == {("Nissan Motor Thailand", "Thailand", "Japan"): 8000}


def test_a_total_without_a_rate_is_not_the_routes_figure(nlp):
    text = "Nissan Motor Thailand has begun exporting the Navara to Japan. Nissan exported 90,000 pickups last year."
    assert routes(read(nlp, text)).get(("Nissan Motor Thailand", "Thailand", "Japan")) is None


def test_a_rate_of_another_shipper_is_not_the_routes_figure(nlp):
    text = "Nissan Motor Thailand has begun exporting the Navara to Japan. Mazda plans to export about 450 pickups a month."
    assert routes(read(nlp, text)).get(("Nissan Motor Thailand", "Thailand", "Japan")) is None


def test_a_rate_after_two_routes_is_no_routes_figure(nlp):
    text = ("Nissan Motor Thailand has begun exporting the Navara to Japan and Australia. The company plans to export "
            "about 450 pickups a month.")
    assert all(units is None for units in routes(read(nlp, text)).values())


# -- "<market>-bound <model>" ------------------------------------------------------------------------------------------
def _models(facts):
    return {(e.company, e.origin, e.destination): e.models for e in facts.exports}


def test_a_model_bound_for_a_market_is_shipped_there_from_the_plant(nlp):
    text = "Renault is hiring 300 workers at its Bursa plant in Turkey for the new Clio and the UK-bound Renault Captur."
    assert _models(read(nlp, text)) == {("Renault", "Turkey", "United Kingdom"): ["Captur"]}


def test_a_market_bound_vehicle_noun_is_no_route(nlp):
    text = "Renault is hiring 300 workers at its Bursa plant in Turkey, where the UK-bound cars are loaded."
    assert _models(read(nlp, text)) == {}


def test_a_market_bound_model_built_in_that_market_is_no_route(nlp):
    text = "Renault is hiring workers at its Bursa plant in Turkey for the Turkey-bound Renault Clio."
    assert _models(read(nlp, text)) == {}
