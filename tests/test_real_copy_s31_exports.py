"""Export fixes of 2026-12-05 (s31), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a running total of a maker's exports on its route to a number of markets."""
from __future__ import annotations

from tests.pipeline_helpers import read


def units_to(facts) -> dict[str, float | None]:
    """destination -> units of its route."""
    return {e.destination: e.units for e in facts.exports}


# -- a running total of exports on the route to a number of markets ---------------------------------------------------
def test_a_milestone_of_exports_counts_the_route_to_a_number_of_markets(nlp):
    text = ("Hyundai Motor India has exported its 1.2 millionth car since it began shipping cars overseas in 1999. "
            "The company now exports to 85 countries, including markets in Africa and Latin America.")
    assert units_to(read(nlp, text)).get("85 countries") == 1_200_000


def test_a_cumulative_total_named_by_a_milestone_of_exports_counts(nlp):
    text = ("Kia India said on Monday that it has crossed the 3 lakh units milestone of cumulative exports. "
            "It currently exports to nearly 70 countries.")
    assert units_to(read(nlp, text)).get("70 countries") == 300_000


def test_a_total_of_output_is_no_total_of_exports(nlp):
    text = ("Since production began in 1990, more than 2.4 million cars have rolled off the line at the Kolin plant. "
            "Toyota exports the cars to 28 countries.")
    assert units_to(read(nlp, text)).get("28 countries") is None


def test_a_year_of_exports_is_no_running_total(nlp):
    # (a sentence between: right before the route, the year's exports would count it, see below)
    text = ("Skoda Auto India exported 42,000 cars in 2023, its best year since it began exports in 2011. "
            "The Kushaq was the best seller. Skoda Auto India exports to 15 countries.")
    assert units_to(read(nlp, text)).get("15 countries") is None


# -- a fraction written with a number word ---------------------------------------------------------------------------
def test_three_quarters_is_a_share_not_three_cars(nlp):
    text = ("Volkswagen builds the Amarok at its Pacheco plant in Argentina. Some three-quarters of the pickups were "
            "exported to Chile.")
    assert units_to(read(nlp, text)).get("Chile") is None



# -- a plant's output, the plant written bare ------------------------------------------------------------------------
def test_bare_plant_production_is_the_plant_just_named(nlp):
    # (before: the routes left from China, the other country the model was said to be made in)
    text = ("The second generation Volkswagen Virtus will also be produced in Mexico. The model was made in China.\n\n"
            "Volkswagen announced an investment of $ 200 million for its Saltillo plant in Mexico, to produce the Virtus "
            "locally.\n\nThe new Virtus will be manufactured in China, Mexico and the United States.\n\n"
            "The plant in Saltillo was opened in May 1991 and built about 150,000 units in 2014.\n\n"
            "Almost 90% of plant production is for export, mainly to Latin America, but also the United States and Europe.")
    found = {(e.origin, e.destination) for e in read(nlp, text).exports}
    assert ("Mexico", "Latin America") in found and ("China", "Latin America") not in found


def test_plant_production_in_another_country_named_is_not_the_plant_just_named(nlp):
    text = ("Zorvex opened its assembly plant in Saltillo, Mexico, in 1994. Nearly 80% of plant production in "
            "Brazil is exported to Argentina.")
    assert ("Mexico", "Argentina") not in {(e.origin, e.destination) for e in read(nlp, text).exports}


# -- the exported models listed after the verb's vehicle noun ---------------------------------------------------------
def test_export_numbers_include_models_such_as(nlp):
    text = ("Kia Mexico said it ships the cars it builds in Pesqueria to over 40 countries. Export numbers include "
            "models such as the Rio, the Forte and the K3.")
    found = {e.destination: e.models for e in read(nlp, text).exports}
    assert found.get("40 countries") == ["Rio", "Forte", "K3"]


def test_exports_include_markets_name_no_models(nlp):
    text = ("Kia Mexico said it ships the cars it builds in Pesqueria to over 40 countries. Exports include markets "
            "such as Chile and Peru, where the Rio sells well.")
    found = {e.destination: e.models for e in read(nlp, text).exports}
    assert found.get("40 countries") == []


# -- markets named by their region among a count of markets -----------------------------------------------------------
def dests(facts) -> set[str]:
    return {e.destination for e in facts.exports}


def test_markets_in_regions_among_a_count_of_markets_are_destinations(nlp):
    text = ("Tata Motors began exports in 1995. It now exports to about 45 countries, including markets in Africa, "
            "South Asia and the Middle East.")
    assert {"45 countries", "Africa", "South Asia", "Middle East"} <= dests(read(nlp, text))


def test_a_counted_number_of_markets_in_a_region_is_a_destination_too(nlp):
    text = "Ford India exports to 38 countries, including 20 markets in West Africa."
    assert "West Africa" in dests(read(nlp, text))


def test_markets_in_a_region_with_no_count_of_markets_before_stay_out(nlp):
    text = "Tata Motors sells cars in India, including markets in the north-east, and it plans dealerships in Africa."
    assert "Africa" not in dests(read(nlp, text))


# -- a region's share in brackets after its noun -------------------------------------------------------------------
def test_a_share_in_brackets_after_a_regions_noun_does_not_end_the_list(nlp):
    text = ("Isuzu builds the D-Max at Samrong. The main export destinations are Europe (31%), the ASEAN region (22%), "
            "Oceania (18%) and Africa (9%).")
    assert {"Europe", "Oceania", "Africa"} <= dests(read(nlp, text))


# -- more markets in a clause after a ranked market ------------------------------------------------------------------
def test_a_clause_after_the_largest_market_names_more_markets(nlp):
    text = ("UzAuto builds the Cobalt in Asaka, Uzbekistan. Kazakhstan is the largest market for UzAuto cars, which are "
            "also exported to Armenia, Belarus and Moldova.")
    assert {"Kazakhstan", "Armenia", "Belarus", "Moldova"} <= dests(read(nlp, text))


def test_a_clause_selling_to_buyers_names_no_market(nlp):
    text = ("UzAuto builds the Cobalt in Asaka, Uzbekistan. Kazakhstan is the largest market for UzAuto cars, which are "
            "sold to taxi firms in Almaty, according to dealers in Armenia.")
    assert "Armenia" not in dests(read(nlp, text))


# -- the exports counted in the sentence before a route to a number of markets ---------------------------------------
def test_exports_counted_just_before_count_the_route_to_a_number_of_markets(nlp):
    text = ("Dacia's export sales rose by 12 percent, to 64,300 cars last year. Renault said the cars were shipped to "
            "27 countries, including Morocco and Tunisia.")
    assert units_to(read(nlp, text)).get("27 countries") == 64_300


def test_a_figure_of_output_just_before_counts_no_route(nlp):
    text = ("The Pitesti plant built 312,000 cars last year, a record. Dacia ships the cars to 27 countries, including "
            "Morocco and Tunisia.")
    assert units_to(read(nlp, text)).get("27 countries") is None
