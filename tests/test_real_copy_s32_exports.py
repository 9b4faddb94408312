"""Export fixes of 2026-12-05 (s32), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): the markets a maker's cars are sold in, right after sentences about its exports."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def destinations(facts) -> set[tuple[str, str]]:
    return {(o, d) for _, o, d in routes(facts)}


def units_of(facts) -> dict[tuple[str, str], float | None]:
    """(origin, destination) -> units."""
    return {(o, d): u for (_, o, d), u in routes(facts).items()}


# -- the markets a maker's cars are sold in, after talk of its exports ------------------------------------------------
def test_markets_sold_in_after_sentences_about_exports_are_export_markets(nlp):
    text = ("Proton wants to lift its exports to 9,000 units next year. Chief executive Tan Lee said the plan was on "
            "track. Proton cars are sold in Brunei, Nepal and Mauritius.")
    assert destinations(read(nlp, text)) >= {("Malaysia", "Brunei"), ("Malaysia", "Nepal"), ("Malaysia", "Mauritius")}


def test_a_figure_of_sales_in_a_market_stays_no_shipment(nlp):
    text = "Proton wants to lift its exports next year. Last year 4,300 Proton cars were sold in Brunei."
    assert ("Malaysia", "Brunei") not in destinations(read(nlp, text))


def test_markets_sold_in_with_no_export_talk_before_are_no_shipment(nlp):
    text = ("Proton opened a new showroom in Kuala Lumpur. The chief executive said sales were strong. The company "
            "launched a hatchback. Proton cars are sold in Brunei and Nepal.")
    assert destinations(read(nlp, text)) == set()


# -- a count of markets with a relative clause after it ---------------------------------------------------------------
def test_a_count_of_countries_before_a_relative_clause_is_no_shipment(nlp):
    text = ("Kia Motors Mexico began exporting the Forte. According to Kia, 2,300 units were exported into Chile, as "
            "this is the main destination among 45 different countries that import vehicles made in Mexico.")
    found = units_of(read(nlp, text))
    assert ("Mexico", "Chile") in found and 45 not in found.values()


def test_vehicles_counted_before_a_relative_clause_are_still_counted(nlp):
    text = "Kia Motors Mexico said 2,300 cars that were built in Pesqueria were shipped to Chile."
    assert units_of(read(nlp, text)).get(("Mexico", "Chile")) == 2300


# -- a company named after its owner's possessive ships --------------------------------------------------------------
def test_the_company_after_its_owners_possessive_is_the_shipper(nlp):
    text = "Koc Holding's Temsa exported 300 buses to Chile last year."
    assert routes(read(nlp, text)).get(("Temsa", "Turkey", "Chile")) == 300


def test_a_possessive_company_alone_stays_the_shipper(nlp):
    text = "Temsa's new coach was shown in Izmir. Temsa exported 300 buses to Chile last year."
    assert routes(read(nlp, text)).get(("Temsa", "Turkey", "Chile")) == 300


# -- "the region" as a market ----------------------------------------------------------------------------------------
def test_countries_in_the_region_after_a_verb_of_shipping_are_a_market(nlp):
    text = ("Thaco has become an assembly hub in Vietnam. It plans to export cars to countries in the region from "
            "next year.")
    assert ("Vietnam", "region") in destinations(read(nlp, text))


def test_the_region_a_route_already_goes_to_is_that_region(nlp):
    text = ("Toyota Australia has shipped its 500,000th car to the Middle East. The Altona plant is proud to export "
            "cars to the region, its manager said.")
    assert destinations(read(nlp, text)) == {("Australia", "Middle East")}


def test_the_region_after_no_verb_of_shipping_is_no_market(nlp):
    text = ("Toyota Australia exported 20,000 cars to New Zealand. The new line will bring 300 jobs to the region "
            "and help suppliers across the region.")
    assert destinations(read(nlp, text)) == {("Australia", "New Zealand")}


# -- a model's full name in the gazetteer ----------------------------------------------------------------------------
def test_the_korando_turismo_is_shipped_as_written(nlp):
    text = "SsangYong Motor plans to ship 300 units of the Korando Turismo van and the Rexton to Chile next year."
    assert {m for e in read(nlp, text).exports for m in e.models} == {"Korando Turismo", "Rexton"}


# -- a maker's nationality is no statement of where its cars leave from ------------------------------------------------
def test_a_makers_nationality_leaves_the_guessed_origin_to_its_plant(nlp):
    text = ("The carmaker, of Japanese origin, will invest $500 million in the new Hilux, which will be exported to "
            "Chile, the ministry said. Toyota will begin to produce the pickup in Argentina next year.")
    assert destinations(read(nlp, text)) == {("Argentina", "Chile")}


def test_the_home_country_named_as_the_shipper_stays_the_origin(nlp):
    text = ("Japanese carmakers including Toyota exported 40,000 cars to Chile last year. Toyota will begin to produce "
            "the Hilux in Argentina next year.")
    assert ("Japan", "Chile") in destinations(read(nlp, text))
