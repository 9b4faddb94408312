"""Export-route constructions, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- a plant's share of output exported, then the markets that take it ---------------------------------------
def test_a_sites_output_exported_names_the_shipper_of_the_ranking_after_it(nlp):
    facts = read(nlp, "Kia builds the Ceed and the Sportage at its Zilina plant in Slovakia. "
                      "Some 80% of Zilina's output is exported. Poland is the largest market, taking 41,000 of the "
                      "300,000 cars built last year, followed by Austria with 12,500 and Hungary with 9,000.")
    found = routes(facts)
    assert found.get(("Kia", "Slovakia", "Poland")) == 41000
    assert found.get(("Kia", "Slovakia", "Austria")) == 12500
    assert found.get(("Kia", "Slovakia", "Hungary")) == 9000


def test_a_sites_output_sold_at_home_names_no_market(nlp):
    facts = read(nlp, "Kia builds the Ceed at its Zilina plant in Slovakia. Most of Zilina's output is sold in Slovakia.")
    assert routes(facts) == {}


def test_the_plant_named_after_an_older_route_ships_what_the_markets_take(nlp):
    facts = read(nlp, "Skoda builds the Octavia at its Mlada Boleslav plant in the Czech Republic. "
                      "In 2001 Skoda shipped 8,000 cars from India to Nepal. "
                      "Last year the plant exported 180,000 vehicles. Germany took 52,000, Austria 11,000 and Poland 9,400.")
    found = routes(facts)
    assert found.get(("Skoda", "Czech Republic", "Germany")) == 52000
    assert found.get(("Skoda", "Czech Republic", "Austria")) == 11000
    assert found.get(("Skoda", "Czech Republic", "Poland")) == 9400
    assert not any(dest in ("Germany", "Austria", "Poland") and origin == "India" for _, origin, dest in found)


# -- "France took 71,000, Germany 43,000": the verb left out before the next markets -------------------------
def test_markets_after_a_taking_market_each_with_its_figure(nlp):
    facts = read(nlp, "Renault exported 210,000 cars from Spain last year. "
                      "The United Kingdom took 38,000 Capturs and Italy 21,500.")
    found = routes(facts)
    assert found.get(("Renault", "Spain", "United Kingdom")) == 38000
    assert found.get(("Renault", "Spain", "Italy")) == 21500


def test_each_gapped_market_keeps_its_own_models(nlp):
    facts = read(nlp, "Tata Motors exported 9,000 cars from India in the year. "
                      "Sri Lanka took 3,100, mostly Tiago and Punch, and Bhutan about 700 Nexons.")
    by_dest = {e.destination: e for e in facts.exports}
    assert by_dest["Sri Lanka"].units == 3100 and set(by_dest["Sri Lanka"].models) == {"Tiago", "Punch"}
    assert by_dest["Bhutan"].units == 700 and by_dest["Bhutan"].models == ["Nexon"]


def test_a_market_without_a_figure_after_a_taking_market_is_not_gapped(nlp):
    facts = read(nlp, "Renault exported 210,000 cars from Spain last year. "
                      "France took 38,000 and sales in Portugal rose 4% to 12,000.")
    found = routes(facts)
    assert found.get(("Renault", "Spain", "France")) == 38000
    assert not any(dest == "Portugal" for _, _, dest in found)


# -- vehicles as the subject of a movement verb ------------------------------------------------------------
def test_a_share_of_the_cars_built_that_went_to_a_market_is_its_figure(nlp):
    facts = read(nlp, "Kia builds the Ceed and the Sportage at its Zilina plant in Slovakia. "
                      "Last year 51,000 of the cars built in Zilina went to Poland by truck and 18,000 to Austria.")
    found = routes(facts)
    assert found.get(("Kia", "Slovakia", "Poland")) == 51000
    assert found.get(("Kia", "Slovakia", "Austria")) == 18000


def test_a_market_described_after_where_gives_the_route_no_models(nlp):
    facts = read(nlp, "Kia builds the Ceed and the Sportage at its Zilina plant in Slovakia. "
                      "Last year 51,000 of the cars built in Zilina went to Poland, where the Toyota Corolla is the best-seller.")
    export = next(e for e in facts.exports if e.destination == "Poland")
    assert "Corolla" not in export.models


def test_its_vans_going_to_markets_are_the_plants_vans(nlp):
    facts = read(nlp, "Ford Otosan builds the Transit Custom at its Kocaeli plant in Turkey. "
                      "Its vans go mainly to Germany and France.")
    found = {(e.origin, e.destination): e for e in facts.exports}
    assert set(found) == {("Turkey", "Germany"), ("Turkey", "France")}
    assert all("Transit Custom" in e.models for e in found.values())


def test_its_buyers_going_somewhere_is_no_route(nlp):
    facts = read(nlp, "Ford Otosan builds the Transit Custom at its Kocaeli plant in Turkey. "
                      "Its engineers go mainly to Germany for training.")
    assert routes(facts) == {}


# -- "for <market>" after a loading verb --------------------------------------------------------------------
def test_a_figure_of_vehicles_loaded_in_a_port_for_a_market(nlp):
    facts = read(nlp, "Oyak Renault builds the Clio at its Bursa plant in Turkey. "
                      "Renault loaded 9,400 Clios onto ships in Gemlik for the United Kingdom.")
    assert routes(facts).get(("Renault", "Turkey", "United Kingdom")) == 9400


def test_cars_for_a_market_compared_with_exports_is_no_route(nlp):
    facts = read(nlp, "Exported cars are checked at the plant to the same strict standards as the cars for Japan.")
    assert not any(dest == "Japan" for _, _, dest in routes(facts))


def test_a_consignment_for_a_market_right_before_leaving(nlp):
    facts = read(nlp, "The first 700 Kia Sonets for Chile left the port of Chennai in May.")
    assert routes(facts).get(("Kia", "India", "Chile")) == 700


def test_a_ship_sailing_for_a_foreign_port_with_cars(nlp):
    facts = read(nlp, "Jaguar Land Rover builds the Range Rover Velar at Solihull in the United Kingdom. "
                      "On Friday a carrier sails for Shanghai with 540 Range Rover Velars.")
    assert routes(facts).get(("Jaguar Land Rover", "United Kingdom", "China")) == 540


# -- the next markets of a ranking inside an export sentence ----------------------------------------------
def test_followed_by_a_market_with_its_figure(nlp):
    facts = read(nlp, "Kia India shipped 12,300 Sonets to Chile in the half, making Chile its largest market, "
                      "followed by Peru with 3,900 units.")
    by_dest = {e.destination: e for e in facts.exports}
    assert by_dest["Chile"].units == 12300
    assert by_dest["Peru"].units == 3900 and by_dest["Peru"].models == []


def test_with_a_market_the_biggest_of_a_region(nlp):
    facts = read(nlp, "Toyota South Africa Motors exported 7,200 Hilux pickups to 19 African markets last year, "
                      "with Namibia the biggest at 1,800 units.")
    by_dest = {e.destination: e for e in facts.exports}
    assert by_dest["Namibia"].units == 1800 and "Hilux" in by_dest["Namibia"].models


def test_followed_by_a_rival_maker_is_no_market(nlp):
    facts = read(nlp, "Kia India shipped 12,300 Sonets to Chile in the half, followed by Hyundai with 9,000 units.")
    assert {dest for _, _, dest in routes(facts)} == {"Chile"}


# -- markets a shipment goes on to later ----------------------------------------------------------------
def test_markets_that_will_follow_are_routes_without_the_figure(nlp):
    facts = read(nlp, "The first 900 Kia Sonets for Peru will leave the port of Chennai in March, "
                      "and Ecuador and Bolivia will follow later in the year.")
    found = routes(facts)
    assert found.get(("Kia", "India", "Peru")) == 900
    assert ("Kia", "India", "Ecuador") in found and found[("Kia", "India", "Ecuador")] is None
    assert ("Kia", "India", "Bolivia") in found and found[("Kia", "India", "Bolivia")] is None


def test_a_market_to_follow_keeps_the_first_markets_figure(nlp):
    facts = read(nlp, "The first 1,200 VinFast VF 6s will be shipped to Thailand in May, with Malaysia to follow in July.")
    found = routes(facts)
    assert found.get(("VinFast", "Vietnam", "Thailand")) == 1200
    assert found.get(("VinFast", "Vietnam", "Malaysia"), 0) is None


def test_a_country_following_a_trend_is_no_market(nlp):
    facts = read(nlp, "Kia shipped 900 Sonets from India to Peru in March. Analysts expect Ecuador's tariffs to follow.")
    assert {dest for _, _, dest in routes(facts)} == {"Peru"}
