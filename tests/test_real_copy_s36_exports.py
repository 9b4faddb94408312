"""Export fixes of 2026-12-06 (s36), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- '125cc motorcycles': an engine's size, no count ------------------------------------------------------------------
def test_a_figure_before_cc_is_no_count_of_vehicles_shipped(nlp):
    found = routes(read(nlp, "Suzuki began exporting 150cc scooters to Kenya last month."))
    assert ("Suzuki", "Japan", "Kenya") in found
    assert found[("Suzuki", "Japan", "Kenya")] is None


def test_a_count_before_the_engine_size_still_counts(nlp):
    found = routes(read(nlp, "Suzuki began exporting 4,000 150cc scooters to Kenya last month."))
    assert found[("Suzuki", "Japan", "Kenya")] == 4000


# -- a plant in a country the maker ships to assembles imports: no origin ---------------------------------------------
def test_a_plant_in_a_market_the_maker_ships_to_is_no_origin(nlp):
    text = ("Ashok Leyland will export trucks to Ghana. Ashok Leyland will assemble them at a new plant in Ghana. "
            "Ashok Leyland also exports to Kenya and Nepal.")
    found = routes(read(nlp, text))
    assert ("Ashok Leyland", "India", "Kenya") in found and ("Ashok Leyland", "India", "Nepal") in found
    assert not any(origin == "Ghana" for _, origin, _ in found)


def test_a_plant_in_no_market_of_the_maker_still_ships(nlp):
    text = "Ashok Leyland builds buses at its new plant in Ghana. Ashok Leyland exports them to Togo and Benin."
    found = routes(read(nlp, text))
    assert ("Ashok Leyland", "Ghana", "Togo") in found


# -- 'to Klagenfurt in Austria': a town the gazetteer lacks, then its country -----------------------------------------
def test_towns_written_with_their_country_are_markets(nlp):
    text = "Karsan delivered 40 electric buses to Bravik in Norway, and Holmstad in Sweden."
    found = routes(read(nlp, text))
    assert ("Karsan", "Turkey", "Norway") in found and ("Karsan", "Turkey", "Sweden") in found


def test_a_town_and_country_after_a_comma(nlp):
    found = routes(read(nlp, "Irizar will ship 32 buses to Bravik, Norway, next year."))
    assert found.get(("Irizar", "Spain", "Norway")) == 32


def test_a_town_and_country_with_no_shipment_is_no_market(nlp):
    text = "Irizar has hired a new sales chief, who moved to Bravik in Norway last year."
    assert not routes(read(nlp, text))


def test_a_town_of_a_country_after_the_city_of(nlp):
    found = routes(read(nlp, "Karsan will deliver 100 buses to the city of Bravik, Norway."))
    assert found.get(("Karsan", "Turkey", "Norway")) == 100


# -- a known town as the buyer: 'an order from Oslo', 'to the city of Oslo' -------------------------------------------
def test_an_order_from_a_town_abroad_goes_to_its_country(nlp):
    found = routes(read(nlp, "Karsan won an order for 120 buses from the city of Oslo."))
    assert found.get(("Karsan", "Turkey", "Norway")) == 120


def test_deliveries_to_the_city_of_a_known_town(nlp):
    found = routes(read(nlp, "Karsan will deliver 100 buses to the city of Oslo."))
    assert ("Karsan", "Turkey", "Norway") in found


def test_a_town_named_with_no_deal_or_delivery_is_no_market(nlp):
    assert not routes(read(nlp, "Karsan's new sales chief comes from Oslo and moved to the city of Oslo in May."))


# -- 'from its joint venture in Chongqing': where the base is, the origin ---------------------------------------------
def test_a_joint_venture_named_as_where_the_vehicles_leave_is_the_origin(nlp):
    found = routes(read(nlp, "Yamaha began exporting scooters to Kenya from its joint venture in Chongqing."))
    assert ("Yamaha", "China", "Kenya") in found


def test_production_bases_in_a_country_are_the_origin(nlp):
    text = "Honda is expanding exports to Africa from its production bases in Thailand."
    assert ("Honda", "Thailand", "Africa") in routes(read(nlp, text))


def test_a_place_after_a_team_is_no_origin(nlp):
    found = routes(read(nlp, "Honda exports cars to Chile. Its new chief was hired from the team at Chongqing."))
    assert ("Honda", "Japan", "Chile") in found and not any(origin == "China" for _, origin, _ in found)


# -- a model built in one country goes on sale in another -------------------------------------------------------------
def test_a_model_built_abroad_goes_on_sale_in_a_market(nlp):
    text = "Lotus builds the Evora at its Hethel plant in Britain. The Evora goes on sale in Japan and Australia in August."
    facts = read(nlp, text)
    found = routes(facts)
    assert ("Lotus", "United Kingdom", "Japan") in found and ("Lotus", "United Kingdom", "Australia") in found
    assert next(e for e in facts.exports if e.destination == "Japan").models == ["Evora"]


def test_sales_of_the_model_begin_in_markets_after_dates(nlp):
    text = "Fiat builds the Tipo at its plant in Bursa, Turkey. Sales of the Tipo will begin in May in Chile and in June in Peru."
    found = routes(read(nlp, text))
    assert ("Fiat", "Turkey", "Chile") in found and ("Fiat", "Turkey", "Peru") in found


def test_on_sale_where_it_is_built_or_with_no_plant_is_no_route(nlp):
    assert not routes(read(nlp, "Fiat builds the Tipo at its plant in Bursa, Turkey. The Tipo goes on sale in Turkey in May."))
    assert not routes(read(nlp, "Fiat unveiled the new Tipo. The Tipo goes on sale in Chile in May."))


def test_a_launch_that_will_not_happen_is_no_route(nlp):
    text = "Lotus builds the Evora at its Hethel plant in Britain. The Evora will not go on sale in Japan."
    assert not routes(read(nlp, text))


# -- a deal with a buyer named by its country, then 'to deliver N vehicles' -------------------------------------------
def test_an_agreement_with_a_town_and_its_country_to_deliver_buses(nlp):
    text = "Karsan signed an agreement with the city of Oslo, Norway, after winning a tender in April to deliver 100 buses."
    assert routes(read(nlp, text)).get(("Karsan", "Turkey", "Norway")) == 100


def test_a_contract_with_a_government_to_supply_trucks(nlp):
    text = "Karsan signed a contract with the government of Ghana to supply 500 trucks."
    assert routes(read(nlp, text)).get(("Karsan", "Turkey", "Ghana")) == 500


def test_a_deal_with_a_country_for_parts_or_another_verb_is_no_route_there(nlp):
    assert not routes(read(nlp, "Karsan signed an agreement with Ghana to build a plant and supply parts."))
    found = routes(read(nlp, "Karsan signed an agreement with Ghana to build a plant, and will deliver 100 buses to Togo."))
    assert not any(destination == "Ghana" for _, _, destination in found)


# -- vehicles as the subject of an arrival, no figure -----------------------------------------------------------------
def test_the_makers_vehicles_arriving_abroad_are_a_route(nlp):
    text = "Golden Dragon exported 3,000 buses to Egypt. In July, its first electric bus arrived in the Netherlands."
    assert ("Golden Dragon", "China", "Netherlands") in routes(read(nlp, text))


def test_a_person_arriving_abroad_is_no_route(nlp):
    text = "Golden Dragon exported 3,000 buses to Egypt. In July, its chief executive arrived in the Netherlands."
    assert not any(destination == "Netherlands" for _, _, destination in routes(read(nlp, text)))


# -- a state buying vehicles made abroad ------------------------------------------------------------------------------
def test_a_country_buying_foreign_trucks_is_a_route_to_it(nlp):
    assert routes(read(nlp, "Chad buys 60 Turkish buses.")).get((None, "Turkey", "Chad")) == 60


def test_a_government_buying_from_a_maker_abroad(nlp):
    found = routes(read(nlp, "The Ghanaian government has bought 120 trucks from Kamaz."))
    assert found.get(("KAMAZ", "Russia", "Ghana")) == 120


def test_a_stake_bought_or_a_purchase_denied_is_no_route(nlp):
    assert not routes(read(nlp, "Ghana bought a 5% stake in Kamaz."))
    assert not routes(read(nlp, "Chad did not buy 60 Turkish buses."))



# -- 'for local assembly in': the market kits are shipped to ----------------------------------------------------------
def test_kits_shipped_for_local_or_final_assembly_abroad_go_to_that_market(nlp):
    # (the branch for "for local assembly in" looked for "local" where "assembly" stands, so it never fired)
    assert ("Ashok Leyland", "India", "Ghana") in routes(read(nlp, "Ashok Leyland ships kits for local assembly in Ghana."))
    assert ("Ashok Leyland", "India", "Ghana") in routes(read(nlp, "Ashok Leyland ships buses for final assembly in Ghana."))


def test_local_assembly_without_a_shipment_is_no_route(nlp):
    assert not routes(read(nlp, "Ashok Leyland said the kits for local assembly in Ghana were designed in Chennai."))
