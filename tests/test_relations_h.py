"""Rules added for held-out set H (pages as a crawler saves them), on sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- text tables with column bars ----------------------------------------------------------------------------
def test_a_destination_table_with_column_bars_gives_the_exporters_routes(nlp):
    facts = read(nlp, "Mexico exported 310,000 light vehicles in the first quarter.\n"
                      "Light-vehicle exports by market, January-March (units)\n"
                      "Canada | 22,400\n"
                      "Colombia | 8,150 | 4.2%\n")
    found = routes(facts)
    assert found.get((None, "Mexico", "Canada")) == 22400
    assert found.get((None, "Mexico", "Colombia")) == 8150


def test_an_origin_table_ships_every_row_to_the_importing_country(nlp):
    facts = read(nlp, "Chile imported 410,000 new cars last year.\n"
                      "Chilean light-vehicle imports by origin, 2024 (units)\n"
                      "China | 151,000\n"
                      "Brazil | 42,300\n")
    found = routes(facts)
    assert found.get((None, "China", "Chile")) == 151000
    assert found.get((None, "Brazil", "Chile")) == 42300
    assert not any(e.origin == "Chile" for e in facts.exports)


def test_a_byline_with_column_bars_is_no_table_row(nlp):
    facts = read(nlp, "Posted by Nordic Wheels Weekly staff | 3 March | 5 min read\n"
                      "Volvo builds the XC60 at Torslanda in Sweden.")
    assert "Nordic Wheels" not in " ".join(facts.companies)


# -- "the Kingdom" ---------------------------------------------------------------------------------------------
def test_the_kingdom_is_the_kingdom_the_article_is_about(nlp):
    facts = read(nlp, "Morocco's car market grew again. Sales in Morocco rose 6%. "
                      "Dacia shipped 12,500 Sandero cars from Romania to the Kingdom last year.")
    assert routes(facts).get(("Dacia", "Romania", "Morocco")) == 12500


def test_the_kingdom_without_a_kingdom_named_stays_unresolved(nlp):
    facts = read(nlp, "Kia shipped 4,000 cars from South Korea to the Kingdom of Heaven theme park in Chile.")
    assert not any(e.destination in ("Saudi Arabia", "Morocco") for e in facts.exports)


# -- a country's makers together ------------------------------------------------------------------------------
def test_korean_carmakers_shipped_is_the_countrys_trade(nlp):
    facts = read(nlp, "Hyundai opened a showroom in Lima on Monday. "
                      "Korean carmakers shipped 18,000 vehicles to Peru last year.")
    found = routes(facts)
    assert found.get((None, "South Korea", "Peru")) == 18000
    assert not any(e.company == "Hyundai" and e.destination == "Peru" for e in facts.exports)


def test_brands_taking_a_share_is_no_market(nlp):
    facts = read(nlp, "BYD shipped 9,000 cars from China to Chile last year. "
                      "Chinese brands took 31 percent of Chilean new-car sales in 2024.")
    assert not any(e.destination == "China" for e in facts.exports)


# -- lists of links under a heading ------------------------------------------------------------------------------
def test_headlines_under_a_link_heading_are_boilerplate_even_with_figures(nlp):
    facts = read(nlp, "Skoda will add a third shift at its Kvasiny plant in the Czech Republic.\n"
                      "Most Popular\n"
                      "Lada plant in Izhevsk: 40 thousand cars in first year\n"
                      "Is the Seat Leon worth 28,000 euros?\n")
    assert "Lada" not in facts.companies and "Seat" not in facts.companies
    assert not any(p.country == "Russia" for p in facts.plants)


def test_a_labelled_figure_under_a_plain_heading_is_still_content(nlp):
    facts = read(nlp, "Kvasiny plant facts\n"
                      "Annual capacity: 280,000 vehicles\n"
                      "Skoda builds the Kodiaq at its Kvasiny plant in the Czech Republic.")
    assert any(p.capacity_per_year == 280000 for p in facts.plants)
