"""General misses: capacities with no unit noun, Indian scales, passive built-by-at plants, routes of the models sold in a
market, bulleted market lists, shareholders named beside operators. Sentences written for these tests (names and figures
made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _capacities(facts) -> dict[str, float | None]:
    return {p.site: p.capacity_per_year for p in facts.plants}


# -- "can build around 150,000 a year": a yearly figure after a verb of making, no unit noun -----------------------
def test_a_yearly_figure_after_a_verb_of_making_is_capacity(nlp):
    facts = read(nlp, "Kia has opened an assembly plant in Sousse, Tunisia. The factory can build around 150,000 a year.")
    assert _capacities(facts) == {"Sousse": 150000}
    assert facts.plants[0].evidence["capacity_per_year"].qualifier == "around"


def test_a_yearly_figure_sold_is_no_capacity(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Sousse, Tunisia, of which it sold 40,000 a year.")
    assert _capacities(facts) == {"Sousse": None}


def test_capacity_annually_with_no_noun(nlp):
    facts = read(nlp, "Dacia's plant in Tangier, Morocco has a capacity of 300,000 annually.")
    assert _capacities(facts) == {"Tangier": 300000}


def test_a_country_holding_capacity_is_still_no_plant_figure(nlp):
    facts = read(nlp, "Dacia builds cars in Tangier. Morocco has a capacity of 700,000 cars a year.")
    assert _capacities(facts) == {"Tangier": None}


def test_a_countrys_yearly_production_target_is_no_capacity(nlp):
    facts = read(nlp, "Kia builds cars in Sousse, Tunisia. The country wants to double car production to 2 million a year.")
    assert _capacities(facts) == {"Sousse": None}


# -- Indian scales: lakh and crore in capacity, jobs and money; "Rs." with its full stop -----------------------------
def test_lakh_capacity_beside_a_headcount(nlp):
    facts = read(nlp, "Tata's Sanand plant in Gujarat, which employs 9,600 people, has a capacity of 4.2 lakh units.")
    assert [(p.capacity_per_year, p.jobs) for p in facts.plants] == [(420000, 9600)]


def test_rupees_with_a_full_stop_and_crore(nlp):
    facts = read(nlp, "Mahindra will invest Rs. 1,500 crore in its Chakan plant in Maharashtra, creating 5,000 jobs.")
    plant = facts.plants[0]
    assert (plant.investment.amount, plant.investment.currency, plant.jobs) == (15_000_000_000, "INR", 5000)


def test_crore_and_lakh_spelled_with_rs(nlp):
    facts = read(nlp, "Maruti will spend Rs 2,400 crore at its plant in Kharkhoda, India, which can make 2.5 lakh cars a year.")
    plant = facts.plants[0]
    assert (plant.investment.amount, plant.capacity_per_year) == (24_000_000_000, 250000)


# -- passive built-by-at: "X is made by Kia Slovakia in Zilina" ------------------------------------------------------
def _plants(facts) -> list[tuple]:
    return [(p.company, p.site, p.country, tuple(p.models)) for p in facts.plants]


def test_made_by_a_company_in_a_town_is_a_plant(nlp):
    facts = read(nlp, "The Kia Ceed is made by Kia Slovakia in Žilina.")
    assert _plants(facts) == [("Kia Slovakia", "Žilina", "Slovakia", ("Ceed",))]


def test_built_by_a_company_at_a_town_is_a_plant(nlp):
    facts = read(nlp, "The Hyundai Kona is built by Hyundai at Ulsan.")
    assert _plants(facts) == [("Hyundai", "Ulsan", "South Korea", ("Kona",))]


def test_a_decision_made_by_a_company_in_a_city_is_no_plant(nlp):
    assert read(nlp, "The decision was made by Kia in Seoul on Monday.").plants == []


def test_a_us_state_in_the_operators_name_places_the_town(nlp):
    facts = read(nlp, "The RAV4 is produced by Toyota Motor Manufacturing Kentucky in Georgetown.")
    assert [p.country for p in facts.plants] == ["United States"]


def test_made_by_then_based_on_keeps_the_lineage(nlp):
    facts = read(nlp, "The Kia Sportage is made by Kia Slovakia in Žilina. It is based on the Hyundai Tucson.")
    assert {m.name: m.based_on for m in facts.models}["Sportage"] == "Hyundai Tucson"
    assert _plants(facts) == [("Kia Slovakia", "Žilina", "Slovakia", ("Sportage",))]


def test_a_made_by_aside_keeps_the_plant_described(nlp):
    facts = read(nlp, "Hyundai builds the Tucson at Nošovice in the Czech Republic. The i30 shares its platform with the "
                      "Kia Ceed, which is made by sister company Kia Slovakia in Žilina, alongside the Sportage. The plant "
                      "exported 5,000 cars to Poland.")
    assert {p.site: p.models for p in facts.plants} == {"Nošovice": ["Tucson"], "Žilina": ["Ceed", "Sportage"]}
    assert [(e.origin, e.destination, e.units) for e in facts.exports] == [("Czech Republic", "Poland", 5000)]


# -- "every X sold in <market> was shipped from <site>": a route with its model, no figure ----------------------------
def _routes(facts) -> list[tuple]:
    return [(e.company, e.origin, e.destination, tuple(e.models), e.units) for e in facts.exports]


def test_every_model_sold_in_a_market_shipped_from_a_site(nlp):
    facts = read(nlp, "Every Kia EV6 sold in Canada is shipped from Hwaseong, the company said.")
    assert _routes(facts) == [("Kia", "South Korea", "Canada", ("EV6",), None)]


def test_all_models_sold_in_a_region_come_from_a_town(nlp):
    facts = read(nlp, "All Model 3s sold in Australia come from Shanghai.")
    assert _routes(facts) == [("Tesla", "China", "Australia", ("Model 3",), None)]


def test_not_every_model_sold_in_a_market_is_no_route(nlp):
    assert read(nlp, "Not every Kia EV6 sold in Canada comes from Hwaseong.").exports == []


def test_the_model_sold_in_a_market_without_every_is_no_route(nlp):
    assert read(nlp, "The Kia EV6 sold in Canada was praised by reviewers in Toronto.").exports == []


# -- a bulleted list of markets with the figures in brackets ---------------------------------------------------------
LIST_TEXT = ("Geely builds the Coolray at its Baoji plant in China. Exports go to:\n"
             "- Mexico (4,100 units)\n- Colombia (950)\n– Panama (300 units)\n")


def test_bulleted_markets_with_bracketed_figures(nlp):
    assert [(e.company, e.origin, e.destination, e.units) for e in read(nlp, LIST_TEXT).exports] == [
        ("Geely", "China", "Mexico", 4100), ("Geely", "China", "Colombia", 950), ("Geely", "China", "Panama", 300)]


def test_a_bracketed_figure_with_no_export_list_is_no_route(nlp):
    facts = read(nlp, "Geely builds the Coolray at its Baoji plant in China. Dealer count:\n- Mexico (41)\n- Colombia (9)\n")
    assert facts.exports == []


# -- shareholders named beside operators -----------------------------------------------------------------------------
def test_a_company_owned_by_another_keeps_its_plant(nlp):
    facts = read(nlp, "Lotus, which is owned by Geely, builds the Emira at its plant in Hethel, England.")
    assert [(p.company, p.site) for p in facts.plants] == [("Lotus", "Hethel")]


def test_a_minority_shareholder_in_the_sentence_is_no_operator(nlp):
    facts = read(nlp, "Proton builds the Saga at its Tanjung Malim plant in Malaysia, said Geely, which owns 49.9% of Proton.")
    assert [(p.company, p.site) for p in facts.plants] == [("Proton", "Tanjung Malim")]


def test_a_shareholder_before_the_operators_plant_is_no_operator(nlp):
    facts = read(nlp, "Geely, which owns 49.9% of Proton, said Proton will build the X70 at its plant in Tanjung Malim, Malaysia.")
    assert [(p.company, p.site) for p in facts.plants] == [("Proton", "Tanjung Malim")]


def test_a_plant_owned_by_a_company_is_its_own(nlp):
    facts = read(nlp, "The plant in Hethel, England, owned by Lotus, builds the Emira.")
    assert [p.company for p in facts.plants] == ["Lotus"]


def test_a_shareholder_expanding_a_plant_names_the_owned_operator(nlp):
    facts = read(nlp, "Geely, which holds a 49.9% stake in Proton, will help expand the plant in Tanjung Malim, Malaysia, "
                      "which builds the X50.")
    assert [(p.company, p.site) for p in facts.plants] == [("Proton", "Tanjung Malim")]


def test_an_owner_building_at_its_own_plant_keeps_it(nlp):
    facts = read(nlp, "Geely, which owns Lotus, builds the Emgrand at its plant in Ningbo, China.")
    assert [(p.company, p.site) for p in facts.plants] == [("Geely", "Ningbo")]


def test_bulleted_markets_without_figures_under_an_export_heading(nlp):
    facts = read(nlp, "Geely builds the Coolray at its Baoji plant in China. Exports go to:\n- Mexico\n- Colombia\n")
    assert [(e.origin, e.destination, e.units) for e in facts.exports] == [("China", "Mexico", None), ("China", "Colombia", None)]


def test_bulleted_countries_under_a_related_heading_stay_links(nlp):
    facts = read(nlp, "Geely builds the Coolray at its Baoji plant in China.\nRead more:\n- Mexico\n- Colombia\n")
    assert facts.exports == []
