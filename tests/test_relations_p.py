"""Rules for constructions found in set P (specialist sources: annual reports, bulletins, transcripts, notices) once
it became a tuning set, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _plants(facts) -> dict[str, list[str]]:
    return {p.site: sorted(p.models) for p in facts.plants}


# -- a plant data sheet: "Place (operator). Capacity: N. Headcount: N. Products: A, B." ------------------------------
def test_a_place_heading_data_lines_is_a_plant_with_its_figures_and_products(nlp):
    facts = read(nlp, "Vehicle plants\n\nKolin (Toyota). Capacity: 210,000 vehicles per year. Headcount at 30 June 2023: "
                      "2,450. Products: Aygo X, Yaris.\n\nZwickau. Capacity: 330,000 vehicles per year. Headcount: 9,100. "
                      "Products: ID.3, ID.4.")
    plants = {p.site: p for p in facts.plants}
    assert sorted(plants["Kolin"].models) == ["Aygo X", "Yaris"]
    assert (plants["Kolin"].capacity_per_year, plants["Kolin"].jobs) == (210000, 2450)
    assert sorted(plants["Zwickau"].models) == ["ID.3", "ID.4"]
    assert (plants["Zwickau"].capacity_per_year, plants["Zwickau"].jobs) == (330000, 9100)


def test_a_place_heading_over_lines_of_other_data_is_no_plant(nlp):
    facts = read(nlp, "Kolin. Population: 31,000. Sales: 2,400 Aygo X cars.")
    assert not facts.plants


def test_a_place_with_more_words_is_no_heading(nlp):
    facts = read(nlp, "Kolin is a market town. Capacity: 210,000 seats.")
    assert "Kolin" not in _plants(facts)


def test_the_day_of_a_dated_headcount_counts_nobody(nlp):
    facts = read(nlp, "Toyota builds the Aygo X at its plant in Kolin. Headcount at 31 March 2024: 2,700.")
    assert facts.plants[0].jobs == 2700


# -- money that is no plant's investment -----------------------------------------------------------------------
def test_a_retooling_is_the_plants_investment_and_an_incentive_of_money_is_not(nlp):
    facts = read(nlp, "Toyota's Kolin plant, which builds the Aygo X, will add the Yaris from 2027 after a €95 million "
                      "retooling. An investment incentive of €11 million approved for Toyota is not included.")
    assert facts.plants[0].investment.amount == 95_000_000


def test_an_incentive_of_money_alone_is_no_investment(nlp):
    facts = read(nlp, "Toyota builds the Aygo X at its plant in Kolin. An investment incentive of €11 million was "
                      "approved for the plant in May.")
    assert facts.plants[0].investment is None


def test_an_exemption_worth_money_is_no_investment(nlp):
    facts = read(nlp, "Toyota builds the Aygo X at its plant in Kolin. The region has granted a five-year property-tax "
                      "exemption for the plant, worth an estimated 700 million koruna.")
    assert facts.plants[0].investment is None


def test_money_in_lost_sales_is_no_investment(nlp):
    facts = read(nlp, "Toyota builds the Aygo X at its plant in Kolin. The company said the stoppage would cost about "
                      "900 cars, or roughly 12 million euros in sales.")
    assert facts.plants[0].investment is None


def test_a_sectors_total_investment_is_no_plants(nlp):
    facts = read(nlp, "Toyota builds the Aygo X at its plant in Kolin. Total approved investment in the automotive "
                      "sector reached 2.4 billion euros this year.")
    assert facts.plants[0].investment is None


def test_a_plants_investment_of_money_still_counts(nlp):
    facts = read(nlp, "Toyota builds the Aygo X at its plant in Kolin. An investment of €60 million will add a paint shop.")
    assert facts.plants[0].investment.amount == 60_000_000


# -- a table of exports by maker: "- Maker, Site: total N; Market N (models); Market N (models)" ---------------------
def test_a_makers_row_of_an_export_table_gives_each_market_with_figure_and_models(nlp):
    facts = read(nlp, "Czech car plants exported 610,000 cars last year.\n\nExports by manufacturer (units)\n\n"
                      "- Skoda Auto, Kvasiny: total 120,500; Germany 31,200 (Kodiaq, Karoq); Austria 7,700 (Kodiaq)\n"
                      "- Toyota, Kolin: total 98,000; France 14,100 (Aygo X)\n")
    routes = {(e.company, e.origin, e.destination): (e.units, sorted(e.models)) for e in facts.exports}
    assert routes[("Skoda", "Czech Republic", "Germany")] == (31200, ["Karoq", "Kodiaq"])
    assert routes[("Skoda", "Czech Republic", "Austria")] == (7700, ["Kodiaq"])
    assert routes[("Toyota", "Czech Republic", "France")] == (14100, ["Aygo X"])


def test_a_makers_row_without_exports_said_is_no_route(nlp):
    facts = read(nlp, "Dealers by brand\n\n- Skoda Auto, Kvasiny: total 120; Germany 31 (Kodiaq, Karoq)\n")
    assert not facts.exports


# -- people of a call transcript and the shop floor ---------------------------------------------------------------
def test_a_calls_questioner_is_an_analyst_of_the_firm_named(nlp):
    facts = read(nlp, "Operator: Thank you. The next question is from the line of Meera Kulkarni from Copperleaf Capital. "
                      "Please go ahead.\n\nMeera Kulkarni: Thanks. What is the plan for Pune?")
    people = {p.name: (p.role, p.org) for p in facts.people}
    assert people["Meera Kulkarni"] == ("analyst", "Copperleaf Capital")


def test_a_question_about_a_person_names_no_analyst(nlp):
    facts = read(nlp, "The question of who will run the plant is still open.")
    assert not facts.people


def test_a_line_leader_is_a_role(nlp):
    facts = read(nlp, "Kenji Morita, a line leader in the paint shop, has worked at the plant for 12 years.")
    assert [(p.name, p.role) for p in facts.people] == [("Kenji Morita", "line leader")]


# -- a notice's numbered items: "Maker – vehicle assembly plant, Place, Region" with bulleted data lines ----------------
def test_a_notice_heading_names_the_plant_and_its_bulleted_lines_describe_it(nlp):
    facts = read(nlp, "1. PT Toyota Motor Manufacturing – vehicle assembly plant, Karawang, West Java\n"
                      "   - Approved investment value: Rp 4.5 trillion\n"
                      "   - Production capacity: 90,000 units per year\n"
                      "   - Products: Avanza, Veloz\n")
    plant = next(p for p in facts.plants if p.site == "Karawang")
    assert sorted(plant.models) == ["Avanza", "Veloz"]
    assert plant.capacity_per_year == 90000


def test_a_plant_then_a_comma_then_a_lowercase_word_is_no_heading(nlp):
    facts = read(nlp, "Toyota said the plant, Karawang residents say, is noisy.")
    assert not facts.plants


def test_a_bulleted_products_line_after_a_plant_gives_its_models(nlp):
    facts = read(nlp, "Toyota builds cars at its plant in Kolin.\n   - Products: Aygo X, Yaris\n")
    assert _plants(facts) == {"Kolin": ["Aygo X", "Yaris"]}


# -- an assembler working for a partner: whose plant, and which models -----------------------------------------------
def test_its_plant_after_an_agreement_with_a_partner_is_the_subjects(nlp):
    facts = read(nlp, "Almaty, 3 May (Steppe Wire) – Saryarkaavtoprom has signed an agreement with China's Chery to move "
                      "to full CKD assembly of Chery models at its plant in Kostanay.")
    assert [(p.company, p.site) for p in facts.plants] == [("Saryarkaavtoprom", "Kostanay")]


def test_the_site_plant_named_again_keeps_its_operator(nlp):
    facts = read(nlp, "Saryarkaavtoprom builds the Tiggo 4 at its plant in Kostanay. Li Ming, Chery's regional director, "
                      "said the Kostanay plant would be a hub for the region.")
    assert [(p.company, p.site) for p in facts.plants] == [("Saryarkaavtoprom", "Kostanay")]


def test_models_assembled_before_kits_arrive_from_another_plant_are_the_assemblers(nlp):
    facts = read(nlp, "Saryarkaavtoprom builds cars at its plant in Kostanay. Saryarkaavtoprom also assembles the Kia "
                      "Seltos and Sportage; Seltos kits arrive from Kia's Anantapur plant in India.")
    plants = _plants(facts)
    assert plants["Kostanay"] == ["Seltos", "Sportage"]
    assert plants["Anantapur"] == ["Seltos"]


# -- shipments to a buyer in a market ---------------------------------------------------------------------------
def test_cars_delivered_to_a_buyer_in_a_country_go_there_and_are_not_made_there(nlp):
    facts = read(nlp, "Kantanka builds the Onantefo at its plant in Accra. The plant has already delivered its first 80 "
                      "locally assembled Onantefo pickups to a logistics firm in Togo.")
    assert {p.site for p in facts.plants} == {"Accra"}
    routes = {(e.origin, e.destination): e.units for e in facts.exports}
    assert routes == {("Ghana", "Togo"): 80}


def test_a_later_verbs_figure_is_its_own_markets_not_the_shared_totals(nlp):
    facts = read(nlp, "Saryarkaavtoprom shipped 700 Kia Seltos cars to Kyrgyzstan and Tajikistan this year, and signed a "
                      "contract to supply 1,500 Tiggo 4 cars to a distributor in Mongolia next year.")
    routes = {e.destination: e.units for e in facts.exports}
    assert routes == {"Kyrgyzstan": None, "Tajikistan": None, "Mongolia": 1500}


def test_a_figure_after_two_markets_without_a_verb_of_its_own_stays_shared(nlp):
    facts = read(nlp, "Toyota exported cars to Malaysia and Brunei, starting with 400 units for Malaysia in May.")
    assert all(e.units != 400 or e.destination == "Malaysia" for e in facts.exports)
