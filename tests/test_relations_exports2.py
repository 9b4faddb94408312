"""A plant building models for named markets, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def test_a_plant_builds_a_model_for_a_list_of_markets(nlp):
    facts = read(nlp, "In Thailand, Mazda's Rayong plant builds the BT-50 for Europe, Australia and Japan.")
    found = routes(facts)
    assert ("Mazda", "Thailand", "Europe") in found
    assert ("Mazda", "Thailand", "Australia") in found
    assert ("Mazda", "Thailand", "Japan") in found
    assert found[("Mazda", "Thailand", "Japan")] is None


def test_the_plants_own_country_is_no_market(nlp):
    facts = read(nlp, "Kia opened a plant in Monterrey, Mexico, in 2016. The line builds the K3 and the Rio for Mexico and the US.")
    found = routes(facts)
    assert ("Kia", "Mexico", "United States") in found
    assert not any(dest == "Mexico" for _, _, dest in found)


def test_the_home_market_and_buyers_are_no_market(nlp):
    facts = read(nlp, "Honda runs a plant in Ayutthaya, Thailand. The plant builds the City for the domestic market "
                      "and the Civic for North American buyers.")
    assert routes(facts) == {}


def test_a_company_or_a_purpose_is_no_market(nlp):
    facts = read(nlp, "Toyota runs a plant in Gebze, Turkey. The plant builds the Corolla for Ford. "
                      "It also makes cars for export, and the plant will build an electric car for the first time in 2026.")
    assert routes(facts) == {}


def test_a_plan_under_study_is_no_market(nlp):
    facts = read(nlp, "Nissan runs a plant in Rosslyn, South Africa. "
                      "Plans for the plant to build the Navara for Kenya are being studied.")
    assert not any(dest == "Kenya" for _, _, dest in routes(facts))


def test_markets_named_by_an_adjective_are_no_route(nlp):
    facts = read(nlp, "Seat runs a plant in Martorell, Spain. The plant assembles the Leon for European markets.")
    assert routes(facts) == {}


# -- "A, B and C are its biggest export markets" ------------------------------------------------------------
def test_markets_listed_as_the_biggest_export_markets(nlp):
    facts = read(nlp, "Kia India shipped 98,000 vehicles overseas last year. "
                      "Peru, Kenya, Egypt and Ghana are its biggest export markets.")
    found = routes(facts)
    for market in ("Peru", "Kenya", "Egypt", "Ghana"):
        assert found.get(("Kia India", "India", market), "none") is None, market
