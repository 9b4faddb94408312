"""Export fixes of 2026-12-05 (s27), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a negated shipping verb ships nothing."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def destinations(facts) -> set[str]:
    return {d for _, _, d in routes(facts)}


# -- a negated shipping verb -----------------------------------------------------------------------------------------
def test_a_plant_that_does_not_supply_a_market_ships_nothing_there(nlp):
    text = ("The Korat plant in Thailand builds the Nissan Navara pickup. "
            "It does not supply vehicles to North America.")
    assert "North America" not in destinations(read(nlp, text))


def test_a_maker_that_would_not_ship_a_model_ships_nothing(nlp):
    text = ("Honda builds the Accord in Ohio. Because of tariffs, the company said it wouldn't ship the Accord from "
            "the US to Brazil.")
    assert "Brazil" not in destinations(read(nlp, text))


def test_not_only_keeps_the_shipment(nlp):
    text = "The Korat plant in Thailand builds the Nissan Navara and exports it not only to Japan but also to Chile."
    found = destinations(read(nlp, text))
    assert "Japan" in found and "Chile" in found


def test_a_negation_of_another_verb_keeps_the_shipment(nlp):
    text = ("Nissan does not plan a second plant in Thailand, but its Korat factory exported 4,000 Navara pickups "
            "to Chile last year.")
    assert "Chile" in destinations(read(nlp, text))


# -- a number of markets with a word of variety ----------------------------------------------------------------------
def test_a_count_of_different_markets_is_a_destination(nlp):
    text = "Karsan said its Bursa plant in Turkey exported 2,300 buses to 47 different markets last year."
    found = routes(read(nlp, text))
    assert any(o == "Turkey" and "47" in d for _, o, d in found)


def test_different_models_are_no_markets(nlp):
    text = "Karsan said its Bursa plant in Turkey builds 47 different models and exported 2,300 buses to Germany."
    assert not any("47" in d for _, _, d in routes(read(nlp, text)))


# -- the one model of the story's one plant on a route that names none -----------------------------------------------
def models_of(facts) -> dict[str, list[str]]:
    """destination -> models of its route."""
    return {e.destination: e.models for e in facts.exports}


def test_a_route_with_no_model_ships_the_one_model_of_the_plant(nlp):
    text = ("Stellantis builds the Peugeot 208 at its Trnava plant in Slovakia. "
            "The company also exports vehicles to Germany and France.")
    found = models_of(read(nlp, text))
    assert found.get("Germany") == ["Peugeot 208"] and found.get("France") == ["Peugeot 208"]


def test_another_model_in_the_story_leaves_the_route_without_one(nlp):
    text = ("Stellantis builds the Peugeot 208 at its Trnava plant in Slovakia. "
            "The company also exports vehicles to Germany and France. It also sells the Citroen C3 there.")
    assert models_of(read(nlp, text)).get("Germany") == []


def test_parts_shipped_take_no_model_of_the_plant(nlp):
    text = ("Stellantis builds the Peugeot 208 at its Trnava plant in Slovakia. "
            "The plant also exports 50,000 engines a year to Germany.")
    assert models_of(read(nlp, text)).get("Germany", []) == []


def test_a_countrys_exports_take_no_model_of_the_plant(nlp):
    text = ("Stellantis builds the Peugeot 208 at its Trnava plant in Slovakia. "
            "Slovakia exports more cars to Germany than any other country.")
    assert models_of(read(nlp, text)).get("Germany", []) == []


# -- 'SA' for South Africa -------------------------------------------------------------------------------------------
def test_sa_in_a_south_african_story_is_the_country(nlp):
    text = ("South Africa's carmakers had a slow month. Only 1,850 built-up vehicles were shipped from SA into Kenya "
            "in May, with Zambia second.")
    assert ("South Africa", "Kenya") in {(o, d) for _, o, d in routes(read(nlp, text))}


def test_sa_in_a_story_about_saudi_arabia_is_not_south_africa(nlp):
    text = ("South Africa and Saudi Arabia signed a trade deal. Hyundai shipped 1,850 vehicles from SA to Kenya.")
    assert ("South Africa", "Kenya") not in {(o, d) for _, o, d in routes(read(nlp, text))}


def test_sa_after_a_name_is_a_legal_form(nlp):
    text = ("South Africa's carmakers had a slow month. Zarvex Mobility SA shipped 1,850 vehicles from Spain to Kenya.")
    found = read(nlp, text)
    assert ("Spain", "Kenya") in {(o, d) for _, o, d in routes(found)}


# -- a count of markets written with 'worldwide' ---------------------------------------------------------------------
def test_a_count_of_markets_worldwide_is_a_destination(nlp):
    text = "About 80 percent of the Zaragoza plant's output in Spain is exported to more than 65 countries worldwide."
    assert any(o == "Spain" and "65 countries" in d for _, o, d in routes(read(nlp, text)))


def test_a_worldwide_word_before_the_count_is_a_reach(nlp):
    text = "Worldwide, Seat exports cars from its Martorell plant in Spain to more than 65 countries."
    assert not any("65" in d for _, _, d in routes(read(nlp, text)))


def test_a_count_around_the_world_is_a_reach(nlp):
    text = "About 80 percent of the Zaragoza plant's output in Spain is exported to 65 countries around the world."
    assert not any("65" in d for _, _, d in routes(read(nlp, text)))


# -- 'U.S.-built': dotted initials against a participle of making ----------------------------------------------------
def test_dotted_initials_built_are_the_origin_with_the_units(nlp):
    text = "Toyota exported 12,400 U.S.-assembled vehicles to Japan in 2015."
    assert routes(read(nlp, text)).get(("Toyota", "United States", "Japan")) == 12400


def test_dotted_initials_based_leave_the_origin(nlp):
    text = "Zarvex, a U.S.-based maker, shipped 1,400 vans from Mexico to Japan in 2015."
    found = routes(read(nlp, text))
    assert any(o == "Mexico" and d == "Japan" for _, o, d in found)
    assert not any(o == "United States" for _, o, d in found)


# -- 'to a number of European nations' -------------------------------------------------------------------------------
def test_a_number_of_markets_named_by_region_is_that_region(nlp):
    text = "Tofas builds the Fiat Egea in Bursa, Turkey. Tofas will also export the car to a number of African nations."
    assert any(o == "Turkey" and d == "Africa" for _, o, d in routes(read(nlp, text)))


def test_a_number_of_rules_is_no_market(nlp):
    text = "Tofas builds the Fiat Egea in Bursa, Turkey. Tofas blamed a number of European rules for slow exports."
    assert not any(d == "Europe" for _, _, d in routes(read(nlp, text)))


# -- a count of markets across regions -------------------------------------------------------------------------------
def test_a_count_across_regions_is_kept_beside_them(nlp):
    text = ("The Zeta, an electric van built in Mexico by Ford, is exported to about 35 countries across Europe "
            "and Asia.")
    found = {d for _, o, d in routes(read(nlp, text)) if o == "Mexico"}
    assert "35 countries" in found and "Europe" in found and "Asia" in found


def test_a_count_in_a_region_is_the_region(nlp):
    text = "The Zeta, an electric van built in Mexico by Ford, is exported to about 35 countries in Latin America."
    found = {d for _, _, d in routes(read(nlp, text))}
    assert "Latin America" in found and not any("35" in d for d in found)
