"""A maker's sales in a market are figures of that market, not shipments to it; a plant's output 'sold in' a market
is, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def test_a_makers_sales_figure_in_a_market_is_no_export(nlp):
    assert routes(read(nlp, "Toyota sold 45,000 Corollas in Brazil last year.")) == {}
    assert routes(read(nlp, "Chery sold about 90,000 cars in Europe last year under its Omoda and Jaecoo brands.")) == {}


def test_sales_as_a_noun_in_a_market_is_no_export(nlp):
    assert routes(read(nlp, "Skoda's retail sales in India rose to 44,000 units in the first half.")) == {}
    assert routes(read(nlp, "Hyundai's sales in Russia reached 30,000 units.")) == {}


def test_starting_to_sell_in_a_market_is_no_export_but_the_shipment_beside_it_is(nlp):
    facts = read(nlp, "Renault began selling in Chile in March, and its Bursa-built Clio will be exported to Morocco "
                      "from June.")
    assert set(routes(facts)) == {("Renault", "Turkey", "Morocco")}


def test_a_plants_output_to_be_sold_in_a_market_is_an_export(nlp):
    facts = read(nlp, "Kia builds the Sportage at its plant in Zilina, Slovakia. Most of the cars will be sold across "
                      "Europe.")
    assert routes(facts) == {("Kia", "Slovakia", "Europe"): None}


def test_cars_sold_in_a_market_and_imported_from_a_plant_abroad_are_an_export(nlp):
    facts = read(nlp, "Toyota also sells the Corolla Cross in Argentina, imported from its Sorocaba plant in Brazil.")
    assert set(routes(facts)) == {("Toyota", "Brazil", "Argentina")}
