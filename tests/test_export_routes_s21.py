"""Export routes, round 21: the origin of cars "it makes in X"; a maker's plant in the market the cars go to is not
where they leave from; "to the UK motor industry" is no market; a national trade story that names no maker ships
from its country; markets listed with their shares in brackets; "are sent in total to X". Sentences written for
these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- "the cars it makes in X": where the vehicles are made ---------------------------------------------------------
def test_cars_it_makes_in_a_country_leave_from_there(nlp):
    text = ("Audi opened its first factory in Chile last year. The company says about 60% of the cars it makes in "
            "Chile will go to the European market.")
    assert set(routes(read(nlp, text))) == {("Audi", "Chile", "Europe")}


def test_vehicles_that_the_company_builds_in_a_country(nlp):
    text = "Most of the vehicles that the company builds in Peru are exported to Bolivia, Kia said."
    assert {(o, d) for _, o, d in routes(read(nlp, text))} == {("Peru", "Bolivia")}


def test_cars_sold_in_a_country_are_no_origin(nlp):
    # "sells" is no verb of building: the origin stays the maker's home
    text = "Kia said most of the cars it sells in Peru were shipped to Bolivia first."
    assert ("Peru", "Bolivia") not in {(o, d) for _, o, d in routes(read(nlp, text))}


# -- the maker's last plant in the market: another of its plants ships ----------------------------------------------
def test_a_plant_in_the_market_is_not_the_origin(nlp):
    text = ("Nissan builds the Frontier at its plant in Cordoba, Argentina. The company also makes engine parts at a "
            "factory in Resende, Brazil. \"About 9,000 units will go to Brazil in the first year,\" said Nissan's "
            "regional director.")
    found = routes(read(nlp, text))
    assert ("Nissan", "Argentina", "Brazil") in found
    assert not any(d == "Brazil" and o == "Brazil" for _, o, d in found)


def test_a_plant_outside_the_market_keeps_its_origin(nlp):
    text = ("Nissan builds the Frontier at its plant in Cordoba, Argentina. \"About 9,000 units will go to Chile in "
            "the first year,\" said Nissan's regional director.")
    assert ("Nissan", "Argentina", "Chile") in routes(read(nlp, text))


# -- "crucial to the UK motor industry": a country's economy, no market ---------------------------------------------
def test_a_countrys_industry_is_no_market(nlp):
    text = "Hyundai exported 40,000 cars from South Korea last year, and exports are crucial to the Korean car industry."
    assert not any(d == "South Korea" for _, _, d in routes(read(nlp, text)))


def test_exports_crucial_to_a_countrys_economy(nlp):
    text = "Exports of cars from Spain are vital to the French economy, the minister said."
    assert routes(read(nlp, text)) == {}


def test_the_country_as_a_market_stays(nlp):
    text = "Hyundai exported 40,000 cars from South Korea to the Mexican market last year."
    assert ("Hyundai", "South Korea", "Mexico") in routes(read(nlp, text))


# -- a trade story naming no maker: the story's country ships; shares in brackets; "are sent in total to" ----------
NATIONAL = ("Spanish factories built 1.2 million cars in the first half, and Spain exported 85% of them. Where do "
            "these cars go? The single largest foreign market for Spain is France, which takes 22% of the cars "
            "exported. The second largest share, 11%, goes to Germany, followed by Italy (8.1%), Portugal (4.2%) "
            "and Morocco (2.0%). A further 6% are sent in total to Japan and Mexico. Seat builds the Leon there.")


def test_a_national_trade_story_ships_from_its_country(nlp):
    found = {(o, d) for _, o, d in routes(read(nlp, NATIONAL))}
    assert {("Spain", "France"), ("Spain", "Germany"), ("Spain", "Italy"), ("Spain", "Portugal"),
            ("Spain", "Morocco"), ("Spain", "Japan"), ("Spain", "Mexico")} <= found
    assert not any(o != "Spain" for o, _ in found)


def test_shares_in_brackets_carry_no_units(nlp):
    found = routes(read(nlp, NATIONAL))
    assert all(units is None for key, units in found.items() if key[2] in ("Italy", "Portugal", "Morocco"))


def test_a_market_named_after_the_maker_ships_from_its_home(nlp):
    text = ("Hyundai said it had a strong year. The single largest foreign market for the company is Germany, which "
            "takes 22% of its exports.")
    assert ("Hyundai", "South Korea", "Germany") in routes(read(nlp, text))


def test_figures_in_brackets_that_are_no_shares_or_units_end_the_list(nlp):
    text = ("Toyota exported 20,000 cars from Thailand to Australia, followed by Vietnam (the Vios) and a new "
            "showroom in Laos.")
    assert ("Toyota", "Thailand", "Laos") not in routes(read(nlp, text))


def test_a_letter_sent_to_a_country_is_no_route(nlp):
    text = "A letter was sent in total to Japan's ministry, the union of Toyota workers in Thailand said."
    assert routes(read(nlp, text)) == {}


# -- "about 60% of the cars ... go to X": a share of the vehicles as the subject of the movement verb ---------------
def test_a_share_of_the_cars_goes_to_a_market(nlp):
    text = "Audi opened its first factory in Chile last year. About 60 per cent of the cars built there go to Europe."
    assert set(routes(read(nlp, text))) == {("Audi", "Chile", "Europe")}


def test_a_share_of_the_staff_goes_nowhere(nlp):
    text = "Audi opened its first factory in Chile last year. About 60 per cent of the workers there go to Europe for training."
    assert routes(read(nlp, text)) == {}


# -- "exports will include markets such as ...": the exports' own list -----------------------------------------------
def test_exports_will_include_markets_such_as(nlp):
    text = ("Kia Malaysia began exports from Malaysia last month. The first cars were shipped to Laos. Later exports "
            "will include key markets such as Cambodia, Myanmar and Nepal.")
    assert {d for _, _, d in routes(read(nlp, text))} == {"Laos", "Cambodia", "Myanmar", "Nepal"}


def test_a_company_that_will_look_at_markets_such_as_is_no_route(nlp):
    text = ("Kia Malaysia began exports from Malaysia last month. The first cars were shipped to Laos. Kia will include "
            "new markets such as Cambodia, Myanmar and Nepal.")
    assert {d for _, _, d in routes(read(nlp, text))} == {"Laos"}


# -- "sold domestically and across X": the markets beside the home one --------------------------------------------
def test_sold_domestically_and_across_markets(nlp):
    text = ("Honda has two plants in Ayutthaya, Thailand. One makes sedans sold domestically and across Europe, the "
            "Gulf region, Japan and the Middle-East.")
    assert {d for _, o, d in routes(read(nlp, text)) if o == "Thailand"} >= {"Europe", "Japan", "Middle East"}


def test_sold_domestically_and_across_the_home_region(nlp):
    text = "Honda has a plant in Ayutthaya, Thailand. It makes sedans sold domestically and across the ASEAN region, and Japan."
    assert {d for _, o, d in routes(read(nlp, text)) if o == "Thailand"} == {"ASEAN", "Japan"}


def test_sold_only_in_the_home_region_is_no_route(nlp):
    text = "Honda builds the City at its plant in Ayutthaya, Thailand. The City is sold only in ASEAN markets."
    assert routes(read(nlp, text)) == {}


def test_sold_domestically_only_is_no_route(nlp):
    text = "Honda builds the City at its plant in Ayutthaya, Thailand. The City is sold domestically and is popular in Bangkok."
    assert routes(read(nlp, text)) == {}


# -- "exports to Chile, Peru's biggest trading partner, reached N": a possessive in apposition is no market ---------
def test_a_possessive_in_apposition_is_no_market(nlp):
    text = ("Peru's car factories exported 40,000 vehicles in May. Car exports to Chile, Peru's biggest trading partner, "
            "reached 12,300 vehicles in May, up 6 percent.")
    assert routes(read(nlp, text)) == {(None, "Peru", "Chile"): 12300}


def test_a_plain_list_of_markets_stays(nlp):
    text = ("Peru's car factories exported 40,000 vehicles in May. Car exports to Chile, Bolivia and Ecuador reached "
            "12,300 vehicles in May.")
    assert {d for _, _, d in routes(read(nlp, text))} == {"Chile", "Bolivia", "Ecuador"}


# -- "Deliveries fell 4.1 percent in Chile and 2.2 percent in Bolivia": the change of a trade in its markets ----------
def test_changes_of_deliveries_in_markets(nlp):
    text = ("Peru's car factories exported 40,000 vehicles in May. Deliveries fell 4.1 percent in Chile and 2.2 percent "
            "in Bolivia, while exports to Asia rose 9 percent.")
    assert set(routes(read(nlp, text))) == {(None, "Peru", "Chile"), (None, "Peru", "Bolivia"), (None, "Peru", "Asia")}


def test_changes_of_sales_in_markets_are_no_route(nlp):
    text = "Peru's car factories exported 40,000 vehicles in May. Sales fell 4.1 percent in Chile and 2.2 percent in Bolivia."
    assert routes(read(nlp, text)) == {}


def test_deliveries_without_a_trade_are_no_route(nlp):
    assert routes(read(nlp, "Hyundai sold 40,000 cars in Peru in May. Deliveries fell 4.1 percent in Chile.")) == {}


# -- "A and B ... to X, N and M units respectively": each maker its own figure ---------------------------------------
def test_makers_paired_with_figures_respectively(nlp):
    text = ("Thailand's car exports rose 9% last year. Toyota and Honda shipped cars to Australia, 41,200 and 18,300 "
            "units respectively.")
    assert routes(read(nlp, text)) == {("Toyota", "Thailand", "Australia"): 41200, ("Honda", "Thailand", "Australia"): 18300}


def test_makers_and_figures_of_unequal_number_are_not_paired(nlp):
    text = ("Thailand's car exports rose 9% last year. Toyota, Honda and Mazda shipped cars to Australia, 41,200 and "
            "18,300 units respectively.")
    assert ("Mazda", "Thailand", "Australia") not in routes(read(nlp, text))


# -- "The hatchback and SUV were launched ..., imported from X": the models the sentence before named ----------------
def _import_models(nlp, text):
    return {(e.origin, e.destination): sorted(e.models) for e in read(nlp, text).exports}


def test_vehicle_nouns_as_subject_carry_the_models_named_before(nlp):
    text = ("Kia Pakistan will assemble the Picanto and the Seltos at its Karachi plant. The hatchback and SUV were "
            "launched in Pakistan last year, initially fully imported from South Korea.")
    assert _import_models(nlp, text) == {("South Korea", "Pakistan"): ["Picanto", "Seltos"]}


def test_models_named_two_sentences_before_are_not_carried(nlp):
    text = ("Kia Pakistan will assemble the Picanto and the Seltos at its Karachi plant. The company has 300 dealers. "
            "The hatchback and SUV were launched in Pakistan last year, initially fully imported from South Korea.")
    assert _import_models(nlp, text).get(("South Korea", "Pakistan"), []) == []
