"""Export fixes of 2026-12-05 (s34), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): people 'from' a country are no departure point, a region's adjective before 'neighbours' and the
market named after it, 'exportation' as a word of exporting."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- a delegation from the market -------------------------------------------------------------------------------------
def test_a_delegation_from_the_market_is_no_departure_point(nlp):
    text = ("A delegation from Gabon met the managers of Innoson and signed a deal for 250 buses, which would be "
            "exported to Gabon next year.")
    assert routes(read(nlp, text)).get(("Innoson", "Nigeria", "Gabon")) == 250


def test_cars_shipped_from_a_country_still_leave_from_it(nlp):
    text = "Toyota shipped 250 cars from Thailand to Gabon last year."
    assert ("Toyota", "Thailand", "Gabon") in routes(read(nlp, text))


# -- 'exportation', and a region's adjective before 'neighbours' ------------------------------------------------------
def test_exportation_to_a_regions_neighbours_goes_to_the_countries_named(nlp):
    text = "Innoson will begin the exportation of its buses to West African neighbours Togo and Niger."
    found = routes(read(nlp, text))
    assert ("Innoson", "Nigeria", "Togo") in found and ("Innoson", "Nigeria", "Niger") in found
    assert not [r for r in found if r[2] == "West Africa"]


def test_the_exportation_of_goods_is_no_route_without_a_market(nlp):
    assert not routes(read(nlp, "Innoson said the exportation of goods from Nigeria is slow."))


# -- 'delivery of N vehicles to X' --------------------------------------------------------------------------------------
def test_a_delivery_of_vehicles_to_a_market_is_a_route(nlp):
    text = "The order follows Yutong's delivery of 215 buses to Peru in March."
    assert routes(read(nlp, text)).get(("Yutong", "China", "Peru")) == 215


def test_a_delivery_of_parts_or_of_a_delivery_time_is_no_route(nlp):
    assert not routes(read(nlp, "The delivery of spare parts to Peru was delayed by the strike, Yutong said."))


# -- 'to a <nationality> company' -------------------------------------------------------------------------------------
def test_vehicles_exported_to_a_foreign_company_go_to_its_country(nlp):
    text = "Mahindra said it will export about 9,000 pickups to a Ghanaian company by 2028."
    assert routes(read(nlp, text)).get(("Mahindra", "India", "Ghana")) == 9000


def test_a_stake_or_parts_sold_to_a_foreign_company_is_no_route(nlp):
    assert not routes(read(nlp, "Mahindra sold its stake to a Ghanaian company in May."))
    assert not routes(read(nlp, "Mahindra exported 900 engines to a Ghanaian company in May."))


# -- a bus's length after the count -------------------------------------------------------------------------------------
def test_a_buss_length_after_the_count_is_no_figure(nlp):
    assert routes(read(nlp, "Zhongtong shipped 85 12m buses to Ghana in May.")).get(("Zhongtong", "China", "Ghana")) == 85
    assert routes(read(nlp, "Zhongtong shipped 85 10.5-metre electric buses to Ghana.")).get(("Zhongtong", "China", "Ghana")) == 85


def test_millions_of_cars_are_still_millions(nlp):
    assert routes(read(nlp, "Toyota shipped 1.2m cars to Ghana in 2020.")).get(("Toyota", "Japan", "Ghana")) == 1_200_000


# -- 'export ... throughout/across <market>' ----------------------------------------------------------------------------
def test_exporting_a_model_throughout_a_region_is_a_route_to_it(nlp):
    found = routes(read(nlp, "Proton plans to export the Saga throughout Central Asia."))
    assert ("Proton", "Malaysia", "Central Asia") in found


def test_a_dealer_network_across_a_region_is_no_route(nlp):
    assert not routes(read(nlp, "Proton has 40 dealers across Central Asia, its chief said."))


# -- selling cars made in another country -------------------------------------------------------------------------------
def test_selling_cars_made_in_another_country_in_a_market_is_a_route(nlp):
    found = routes(read(nlp, "Ford will sell up to 20,000 Thai-built Rangers in Chile each year."))
    assert ("Ford", "Thailand", "Chile") in found


def test_a_makers_sales_in_a_market_or_at_home_are_no_route(nlp):
    assert not routes(read(nlp, "Ford sold 20,000 Rangers in Chile last year."))
    assert not [r for r in routes(read(nlp, "Ford sold 20,000 Thai-built Rangers in Thailand last year.")) if r[2] == "Thailand"]


# -- 'could be looked into' ----------------------------------------------------------------------------------------------
def test_exports_that_could_be_looked_into_are_no_route(nlp):
    text = "Tata builds the Ultra in Pune. Exports to Kenya and Peru could be looked into next year."
    assert not routes(read(nlp, text))


def test_exports_to_a_market_that_was_looked_into_before_are_routes(nlp):
    text = "Tata exports the Ultra to Kenya, a market which was looked into by its rivals for years."
    assert ("Tata", "India", "Kenya") in routes(read(nlp, text))


# -- 'other countries (in the region) such as ...' -----------------------------------------------------------------------
def test_other_countries_in_the_region_such_as_named_markets_are_routes(nlp):
    text = ("Dacia builds the Logan in Pitesti, Romania. The cars will be sold in Romania and other countries in the "
            "region such as Moldova and Hungary.")
    found = {(o, d) for _, o, d in routes(read(nlp, text))}
    assert ("Romania", "Moldova") in found and ("Romania", "Hungary") in found


def test_other_countries_such_as_named_without_a_sale_are_no_routes(nlp):
    text = "Dacia builds the Logan in Pitesti, Romania. Cars are cheap in Romania and other countries such as Moldova."
    assert not [r for r in routes(read(nlp, text)) if r[2] == "Moldova"]


# -- 'the <company> partner' -----------------------------------------------------------------------------------------------
def test_the_partner_of_a_company_is_the_company_named_before(nlp):
    text = ("Chinese carmaker Zotye has begun selling its cars in Italy. The Fiat partner said it had shipped 300 "
            "SUVs to Italy.")
    found = routes(read(nlp, text))
    assert ("Zotye", "China", "Italy") in found
    assert not [r for r in found if r[0] == "Fiat"]


def test_a_partner_named_after_its_noun_is_still_the_shipper(nlp):
    text = "The Renault partner Dacia said it had shipped 300 Dusters to Chile."
    assert ("Dacia", "Romania", "Chile") in routes(read(nlp, text))


# -- 'N of its <model> <vehicles> to X' -----------------------------------------------------------------------------------
def test_a_figure_of_its_models_vehicles_counts_the_route(nlp):
    text = "Hyundai said it had shipped 480 of its Creta crossovers to Chile."
    assert routes(read(nlp, text)).get(("Hyundai", "South Korea", "Chile")) == 480


def test_a_figure_of_its_models_buyers_is_no_route_figure(nlp):
    text = "Hyundai said 480 of its Creta buyers had moved to Chile."
    assert not [u for (c, o, d), u in routes(read(nlp, text)).items() if u == 480]


def test_other_markets_such_as_after_a_clause_of_their_own_are_no_routes(nlp):
    text = "Dacia exported 900 Logans to Chile, and it is weighing other markets such as Peru and Bolivia."
    assert {d for _, _, d in routes(read(nlp, text))} == {"Chile"}


# -- a consignment's figure in the sentence before -------------------------------------------------------------------------
def test_the_cars_shipped_are_the_consignment_the_sentence_before_counted(nlp):
    text = ("Skoda is back in Ghana. The return opens with a first shipment of 260 Octavia sedans.\n\n"
            "The cars will be shipped to Ghana next week.")
    assert routes(read(nlp, text)).get(("Skoda", "Czech Republic", "Ghana")) == 260


def test_a_figure_of_the_sentence_before_that_is_no_consignment_counts_nothing(nlp):
    text = "Skoda sold 260 Octavia sedans in Prague last month. The cars will be shipped to Ghana next week."
    assert routes(read(nlp, text)).get(("Skoda", "Czech Republic", "Ghana")) is None
