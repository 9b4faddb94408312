"""Relation rules for constructions found in set K once it became a tuning set, on sentences written for these
tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def _export(facts, destination: str):
    return next(e for e in facts.exports if e.destination == destination)


# -- plurals of short codes: "3,200 X5s" ------------------------------------------------------------------
def test_a_short_model_code_in_the_plural_is_the_model(nlp):
    facts = read(nlp, "BMW shipped 3,200 X5s from its Spartanburg plant to Canada last year.")
    route = _export(facts, "Canada")
    assert route.models == ["X5"]
    assert route.units == 3200


def test_a_figure_with_a_plural_s_is_no_model(nlp):
    facts = read(nlp, "Sales of used cars from the 1990s rose in Canada.")
    assert not facts.models


# -- two shipments joined by ", and": each keeps its own figure and models -------------------------------------
def test_two_shipments_joined_by_and_keep_their_own_figures_and_models(nlp):
    facts = read(nlp, "Hyundai builds the Creta and the Venue at its Chennai plant in India. "
                      "So far 5,400 Cretas have been shipped to South Africa, and a first batch of 700 Cretas and Venues "
                      "left the port of Chennai for Mexico last month.")
    found = routes(facts)
    assert found.get(("Hyundai", "India", "South Africa")) == 5400
    assert found.get(("Hyundai", "India", "Mexico")) == 700
    assert _export(facts, "South Africa").models == ["Creta"]
    assert sorted(_export(facts, "Mexico").models) == ["Creta", "Venue"]


def test_a_list_of_markets_after_one_verb_is_still_one_clause(nlp):
    facts = read(nlp, "Hyundai exported 9,000 Cretas from India to Chile, and Peru.")
    assert {e.destination for e in facts.exports} >= {"Chile", "Peru"}
    assert all(e.models == ["Creta"] for e in facts.exports)


# -- "Production centres on ...": the models of the plant just described -------------------------------------
def test_production_centres_on_gives_the_plant_its_models(nlp):
    facts = read(nlp, "Chery opened a plant in Rayong, Thailand, last year with a capacity of 50,000 vehicles. "
                      "Production currently centres on two models: the Tiggo 4 and the Tiggo 8.")
    plant = next(p for p in facts.plants if p.country == "Thailand")
    assert sorted(plant.models) == ["Tiggo 4", "Tiggo 8"]


def test_a_market_that_centres_on_models_gives_no_plant_models(nlp):
    facts = read(nlp, "Chery opened a plant in Rayong, Thailand, last year with a capacity of 50,000 vehicles. "
                      "Demand in Thailand centres on pickups such as the Hilux.")
    plant = next(p for p in facts.plants if p.country == "Thailand")
    assert "Hilux" not in plant.models


# -- a brand and its group at one site are one plant ------------------------------------------------------------
def test_a_brand_and_its_group_at_one_site_are_one_plant(nlp):
    facts = read(nlp, "Changan has invested $250 million in its plant in Rayong, Thailand. "
                      "The company began exporting Deepal cars from Rayong to Australia in March.")
    thai = [p for p in facts.plants if p.country == "Thailand"]
    assert len(thai) == 1 and thai[0].company == "Changan"


def test_two_groups_at_one_site_stay_two_plants(nlp):
    facts = read(nlp, "Changan builds cars at a plant in Rayong, Thailand. Great Wall Motor also builds the Haval H6 "
                      "at its own plant in Rayong.")
    assert {p.company for p in facts.plants if p.country == "Thailand"} == {"Changan", "Great Wall Motor"}


# -- a name going on after "Auto" is no company ---------------------------------------------------------------
def test_a_portal_named_like_a_company_is_no_company(nlp):
    facts = read(nlp, "Figures cited by the automotive portal Siam Auto Pulse show Chery shipped 900 cars to Laos.")
    assert not any("Siam" in c for c in facts.companies)


def test_a_new_company_ending_in_auto_is_still_found(nlp):
    facts = read(nlp, "Uzbek carmaker Qoratepa Auto will assemble 5,000 cars a year in Jizzakh.")
    assert any(c.startswith("Qoratepa") for c in facts.companies)
