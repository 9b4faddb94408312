"""Shipments, plants and companies in forms set T showed, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def models_by_market(facts) -> dict[str, list[str]]:
    return {e.destination: e.models for e in facts.exports}


# -- a figure and the vehicles it counts as the subject of "went to" ---------------------------------------------
def test_counted_models_that_went_to_a_market_are_a_route(nlp):
    facts = read(nlp, "Stellantis builds the Avenger at its Tychy plant in Poland. "
                      "Last year 17,300 Avengers went to Spain and 8,200 to Portugal.")
    assert routes(facts) == {("Stellantis", "Poland", "Spain"): 17300, ("Stellantis", "Poland", "Portugal"): 8200}
    assert models_by_market(facts) == {"Spain": ["Avenger"], "Portugal": ["Avenger"]}


def test_counted_vehicles_that_went_to_a_market_are_a_route(nlp):
    facts = read(nlp, "Skoda builds the Kodiaq at Kvasiny in the Czech Republic. In May 2,400 cars went to Austria.")
    assert routes(facts) == {("Skoda", "Czech Republic", "Austria"): 2400}


def test_a_figure_of_something_else_that_went_somewhere_is_no_route(nlp):
    assert not read(nlp, "Skoda builds the Kodiaq at Kvasiny in the Czech Republic. "
                         "In May 300 engineers went to Austria for training.").exports


# -- a shipment naming no vehicles right after one that did -----------------------------------------------------
def test_a_shipment_naming_no_vehicles_carries_the_models_of_the_sentence_before(nlp):
    facts = read(nlp, "Stellantis builds the Tipo at Bursa in Turkey. "
                      "Stellantis shipped 9,100 Tipos to Spain and 3,300 to Greece. A first shipment of 250 went to Malta in May.")
    assert routes(facts)[("Stellantis", "Turkey", "Malta")] == 250
    assert models_by_market(facts)["Malta"] == ["Tipo"]


def test_a_shipment_after_routes_with_different_models_carries_none(nlp):
    facts = read(nlp, "Stellantis builds the Tipo and the Doblo at Bursa in Turkey. "
                      "Stellantis shipped 9,100 Tipos to Spain and 3,300 Doblos to Greece. A first shipment of 250 went to Malta in May.")
    assert models_by_market(facts)["Malta"] == []


def test_a_shipment_of_counted_vehicles_after_one_with_models_carries_none(nlp):
    # (two models at the plant: a route naming none is not given the plant's one model, a rule of 2026-12-05)
    facts = read(nlp, "Stellantis builds the Tipo and the Doblo at Bursa in Turkey. "
                      "Stellantis shipped 9,100 Tipos to Spain and 3,300 to Greece. Exports to Malta reached 250 units.")
    assert models_by_market(facts)["Malta"] == []


# -- a model written in the plural of another of its known names ------------------------------------------------
def test_the_plural_of_a_models_other_name_keeps_that_name(nlp):
    facts = read(nlp, "BYD shipped 1,300 Dolphin Minis to Peru in March.")
    assert [m.name for m in facts.models] == ["Dolphin Mini"]
    assert models_by_market(facts) == {"Peru": ["Dolphin Mini"]}


# -- another maker shipping from its plant in a story about one market's imports ---------------------------------
def test_another_shipper_from_its_plant_ships_to_the_market_of_the_story(nlp):
    facts = read(nlp, "Chery builds the Tiggo 4 at Wuhu. Geely builds the Coolray at its Ningbo plant. "
                      "Peru buys more imported cars every year, and Peru has no plant of its own. Chery shipped 2,700 Tiggo 4s to Peru in May. "
                      "Geely shipped 1,900 Coolrays from its Ningbo plant.")
    assert routes(facts) == {("Chery", "China", "Peru"): 2700, ("Geely", "China", "Peru"): 1900}
    assert [e.models for e in facts.exports] == [["Tiggo 4"], ["Coolray"]]


def test_a_shipper_from_its_plant_in_another_country_than_the_last_route_ships_nowhere(nlp):
    facts = read(nlp, "Chery builds the Tiggo 4 at Wuhu in China. Geely builds the Coolray at its Kaluga plant in Russia. "
                      "Peru buys more imported cars every year, and Peru has no plant of its own. Chery shipped 2,700 Tiggo 4s to Peru in May. "
                      "Geely shipped 1,900 Coolrays from its Kaluga plant.")
    assert routes(facts) == {("Chery", "China", "Peru"): 2700}


# -- a buyer in a market, vehicles booked for a market -------------------------------------------------------------
def test_a_supply_agreement_with_a_buyer_in_the_republic_of_a_market(nlp):
    facts = read(nlp, "Hyundai builds the Creta at its Chennai plant in India. "
                      "The company has concluded an agreement with a buyer in the Republic of Angola for the supply of 240 units of the Creta.")
    assert routes(facts) == {("Hyundai", "India", "Angola"): 240}


def test_vehicles_booked_for_a_market_after_a_shipping_verb(nlp):
    facts = read(nlp, "Hyundai builds the Creta at its Chennai plant in India. "
                      "Hyundai will ship cars to new markets this year: 450 Cretas are booked for Bhutan from March.")
    assert routes(facts) == {("Hyundai", "India", "Bhutan"): 450}
    assert models_by_market(facts) == {"Bhutan": ["Creta"]}


def test_a_booking_without_a_figure_is_no_route(nlp):
    facts = read(nlp, "Hyundai builds the Creta at its Chennai plant in India. "
                      "Hyundai will ship cars to new markets this year, and its stand is booked for the Bhutan motor show.")
    assert not facts.exports


# -- a deal noun, then "for" and a figure of vehicles ---------------------------------------------------------------
def test_an_order_from_a_market_for_counted_models_is_a_route(nlp):
    facts = read(nlp, "Seniran Auto builds the Tara at its plant in Thiès, Senegal. "
                      "The company had an order from Mauritania for 160 Taras and hoped to sell in Guinea later.")
    assert routes(facts) == {("Seniran Auto", "Senegal", "Mauritania"): 160}
    assert models_by_market(facts) == {"Mauritania": ["Tara"]}


def test_a_contract_for_counted_models_to_a_market_is_a_route(nlp):
    facts = read(nlp, "Nordex builds the K3 at its plant in Montevideo, Uruguay. "
                      "This year Nordex signed its first contract outside the region, for 450 K3s to Bolivia.")
    assert routes(facts) == {("Nordex", "Uruguay", "Bolivia"): 450}


def test_orders_counted_in_a_market_or_in_order_to_are_no_route(nlp):
    assert not read(nlp, "Nordex builds the K3 at its plant in Montevideo, Uruguay. "
                         "Orders for the K3 in Bolivia rose to 450 units.").exports
    assert not read(nlp, "Nordex builds the K3 at its plant in Montevideo, Uruguay. "
                         "Nordex hired 200 workers in order to meet demand for 450 K3s in Bolivia.").exports


def test_a_deal_carries_its_own_models_and_a_negotiated_one_gives_nothing(nlp):
    facts = read(nlp, "Moskvich builds the Moskvich 3 and the Moskvich 6 in Moscow, Russia. "
                      "It shipped 300 Moskvich 3s to Armenia and has a contract for 800 cars for Mongolia in 2027.")
    assert routes(facts) == {("Moskvich", "Russia", "Armenia"): 300, ("Moskvich", "Russia", "Mongolia"): 800}
    assert models_by_market(facts) == {"Armenia": ["Moskvich 3"], "Mongolia": []}
    facts = read(nlp, "Chery builds the Tiggo 4 at Wuhu in China. A contract for 900 vehicles for Iraq is being negotiated.")
    assert not facts.exports


def test_an_order_from_a_distributor_in_a_market(nlp):
    facts = read(nlp, "KGM builds the Torres at Pyeongtaek in South Korea. "
                      "KGM has received an order for 700 Torres vehicles from its distributor in Poland.")
    assert routes(facts) == {("KGM", "South Korea", "Poland"): 700}  # the name written (s27)


# -- amounts in East and West African currencies ------------------------------------------------------------------
def test_shillings_cedis_and_cfa_francs_are_money(nlp):
    facts = read(nlp, "Toyota will invest 900 million shillings in its Thika plant in Kenya.")
    assert [(p.investment.amount, p.investment.currency) for p in facts.plants] == [(900_000_000, "KES")]
    facts = read(nlp, "Seniran Auto builds the Tara at its plant in Thiès, Senegal, where the investment is put at XOF 2.5 billion.")
    assert [(p.investment.amount, p.investment.currency) for p in facts.plants] == [(2_500_000_000, "XOF")]


# -- money named by a noun of spending: "programme", "upgrade" ----------------------------------------------------
def test_money_for_a_programme_or_an_upgrade_is_the_plants_investment(nlp):
    facts = read(nlp, "Toyota builds the Hilux at its Thika plant in Kenya. "
                      "The 2.2 billion shilling ($17 million) programme lifts its capacity to 5,000 vehicles from 3,000.")
    assert [(p.investment.amount, p.investment.currency) for p in facts.plants] == [(2_200_000_000, "KES")]
    facts = read(nlp, "Volkswagen builds the Polo at its plant in Accra, Ghana. "
                      "It will receive a GHS 320 million upgrade of its paint shop.")
    assert [(p.investment.amount, p.investment.currency) for p in facts.plants] == [(320_000_000, "GHS")]


def test_money_of_a_sales_programme_is_no_investment(nlp):
    facts = read(nlp, "Volkswagen builds the Polo at its plant in Accra, Ghana. "
                      "Its dealers sold GHS 320 million of cars last year.")
    assert [p.investment for p in facts.plants] == [None]


def test_money_put_into_the_plant_is_its_investment(nlp):
    facts = read(nlp, "Ford Otosan builds the Puma at its Craiova plant in Romania. "
                      "Ford Otosan put RON 700 million (about €140 million) into the plant for the new model.")
    assert [(p.investment.amount, p.investment.currency) for p in facts.plants] == [(700_000_000, "RON")]


# -- a plant that goes on making models -----------------------------------------------------------------------------
def test_a_plant_that_continues_the_assembly_of_models_makes_them(nlp):
    facts = read(nlp, "Marathon Motor builds the Ioniq 5 at its plant in Addis Ababa, Ethiopia. "
                      "The plant will continue the assembly of the Santa Fe and the Elantra.")
    assert [p.models for p in facts.plants] == [["Ioniq 5", "Santa Fe", "Elantra"]]


def test_a_plant_that_continues_to_grow_while_a_model_sells_makes_nothing_new(nlp):
    facts = read(nlp, "Marathon Motor builds the Ioniq 5 at its plant in Addis Ababa, Ethiopia. "
                      "The Elantra continues to sell well in Kenya.")
    assert [p.models for p in facts.plants] == [["Ioniq 5"]]


def test_a_named_site_that_continues_production_is_not_the_plant_last_described(nlp):
    facts = read(nlp, "Mazda builds the CX-30 at its Salamanca plant in Mexico. "
                      "Hofu No.2 will continue production of the CX-90.")
    assert [p.models for p in facts.plants if p.country == "Mexico"] == [["CX-30"]]


# -- a state as the buyer -----------------------------------------------------------------------------------------
def test_vehicles_delivered_to_the_government_of_a_country_are_a_route(nlp):
    facts = read(nlp, "Volkswagen builds the Amarok at its plant in Accra, Ghana. "
                      "Volkswagen will deliver 350 Amaroks to the government of Benin for its customs service.")
    assert routes(facts) == {("Volkswagen", "Ghana", "Benin"): 350}


def test_the_policy_of_the_government_of_a_country_is_no_route(nlp):
    facts = read(nlp, "Volkswagen builds the Amarok at its plant in Accra, Ghana. "
                      "Volkswagen sells 350 Amaroks a year, thanks to the policy of the government of Ghana.")
    assert not facts.exports
