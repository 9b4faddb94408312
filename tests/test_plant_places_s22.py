"""Plant places (round s22): countries listed after 'in' with a country where a model is built are such countries too,
'best-selling' is no cue of selling, a town whose capacity grows or where money is put in is a town of a plant, and a
carmaker's powertrain operations in a town are its plant. Sentences written for these tests: the events and the plants in
them are made up."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple, list[str]]:
    return {(p.company, p.site, p.country): list(p.models) for p in facts.plants}


# -- countries listed together -------------------------------------------------------------------------------------------
def test_a_model_built_in_two_countries_has_a_plant_in_each(nlp):
    found = plants(read(nlp, "Renault builds the Captur in Spain and Russia, the company said."))
    assert found.get(("Renault", None, "Spain")) == ["Captur"]
    assert found.get(("Renault", None, "Russia")) == ["Captur"]


def test_a_list_of_three_countries_shares_the_model(nlp):
    found = plants(read(nlp, "Ford assembles the Ranger in Thailand, Argentina and South Africa."))
    for country in ("Thailand", "Argentina", "South Africa"):
        assert found.get(("Ford", None, country)) == ["Ranger"], country


def test_countries_the_cars_are_sent_to_are_no_plants(nlp):
    found = plants(read(nlp, "Ford builds the Ranger in Thailand and ships it to Australia and Japan."))
    assert ("Ford", None, "Thailand") in found
    assert not any(country in ("Australia", "Japan") for _, _, country in found)


def test_plants_in_two_countries_named_by_no_site_stay_unnamed(nlp):
    found = plants(read(nlp, "Both cars come from Suzuki's plants in India and Japan."))
    assert not any(country == "Japan" for _, _, country in found)


# -- best-selling ----------------------------------------------------------------------------------------------------------
def test_best_selling_model_built_in_a_country(nlp):
    found = plants(read(nlp, "Kia builds its best-selling Sportage in Slovakia."))
    assert found.get(("Kia", None, "Slovakia")) == ["Sportage"]


def test_best_selling_model_of_a_market_is_no_plant(nlp):
    assert not read(nlp, "The Corolla was the best-selling car in Japan last year.").plants


# -- capacity at a town, money put in at a town ------------------------------------------------------------------------
def test_capacity_raised_at_a_town(nlp):
    facts = read(nlp, "Honda is spending $40 million to raise capacity at Sorocaba to 150,000 units a year.")
    plant = next(p for p in facts.plants if p.site == "Sorocaba")
    assert (plant.company, plant.country, plant.capacity_per_year) == ("Honda", "Brazil", 150000)


def test_money_put_in_at_a_second_town(nlp):
    facts = read(nlp, "Nissan is investing $70 million at Aguascalientes. The company is also investing $5 million at "
                      "Curitiba.")
    sites = {p.site: p for p in facts.plants}
    assert sites["Curitiba"].investment.amount == 5_000_000
    assert sites["Curitiba"].company == "Nissan"


def test_money_worth_at_a_town_is_no_plant(nlp):
    facts = read(nlp, "Nissan sold cars worth $5 million at a trade fair at Curitiba.")
    assert not any(p.site == "Curitiba" for p in facts.plants)


# -- powertrain operations --------------------------------------------------------------------------------------------------
def test_powertrain_operations_in_a_town(nlp):
    facts = read(nlp, "Ford will invest $80 million in its powertrain operations in Kokomo, Indiana.")
    assert any(p.site == "Kokomo" and p.company == "Ford" for p in facts.plants)


def test_sales_operations_in_a_town_are_no_plant(nlp):
    facts = read(nlp, "Ford will move its sales operations in Kokomo, Indiana, to a new office.")
    assert not any(p.site == "Kokomo" for p in facts.plants)


# -- several makers, one country ---------------------------------------------------------------------------------------------
def companies_in(facts, country: str) -> set[str]:
    return {p.company for p in facts.plants if p.country == country}


def test_makers_listed_as_the_subject_each_have_a_plant(nlp):
    facts = read(nlp, "Mazda, Subaru and Nissan also assemble cars in Thailand, officials said.")
    assert {"Mazda", "Subaru", "Nissan"} <= companies_in(facts, "Thailand")


def test_two_makers_building_one_joint_plant_are_not_two_plants(nlp):
    facts = read(nlp, "Mazda and Subaru will build a joint plant in Thailand.")
    assert len([p for p in facts.plants if p.country == "Thailand"]) == 1


def test_makers_listed_as_objects_are_not_subjects(nlp):
    facts = read(nlp, "The port handles cars from Mazda, Subaru and Nissan built in Thailand.")
    assert len(companies_in(facts, "Thailand")) <= 1


def test_so_does_gives_the_next_maker_a_plant_in_the_country(nlp):
    facts = read(nlp, "Renault builds small cars in Slovenia. So does Suzuki (with a partner, Fiat), the ministry said.")
    found = companies_in(facts, "Slovenia")
    assert {"Renault", "Suzuki"} <= found
    assert "Fiat" not in found


def test_so_does_after_a_sentence_of_selling_is_no_plant(nlp):
    facts = read(nlp, "Renault sells small cars in Slovenia. So does Suzuki.")
    assert "Suzuki" not in companies_in(facts, "Slovenia")


def test_another_makers_factory_here(nlp):
    facts = read(nlp, "Renault builds small cars in Slovenia. Mazda is opening a new factory here in 2028.")
    assert {"Renault", "Mazda"} <= companies_in(facts, "Slovenia")


def test_a_supplier_to_the_plant_there_has_no_plant(nlp):
    facts = read(nlp, "Renault builds small cars in Slovenia. Bosch supplies parts to the factory there.")
    assert "Bosch" not in companies_in(facts, "Slovenia")


# -- a hedged plant stated plainly later -----------------------------------------------------------------------------------
def test_a_reported_plant_stated_plainly_with_its_figures_is_decided(nlp):
    facts = read(nlp, "Mazda reportedly is to spend $200 million to expand production in Mexico. A local paper said Mazda "
                      "will build a $150 million plant, its second in Mexico, to produce 80,000 cars a year.")
    assert any(p.company == "Mazda" and p.country == "Mexico" for p in facts.plants)


def test_a_reported_plant_said_again_with_a_hedge_stays_undecided(nlp):
    facts = read(nlp, "Mazda reportedly is to spend $200 million to expand production in Mexico. A local paper said Mazda "
                      "is considering a $150 million plant, its second in Mexico, to produce 80,000 cars a year.")
    assert not any(p.company == "Mazda" and p.country == "Mexico" for p in facts.plants)


def test_an_industrial_unit_at_a_town_is_a_plant(nlp):
    facts = read(nlp, "Isuzu will expand its industrial unit at Samrong at a cost of $40 million.")
    assert any(p.company == "Isuzu" and p.site == "Samrong" for p in facts.plants)


# -- a company's plants in a country whose capacity is raised; models a platform comes from ----------------------------------
def test_capacity_of_a_makers_plants_in_a_country_makes_its_plant_there(nlp):
    facts = read(nlp, "Mazda plans to raise the production capacity of its three plants in Brazil to 400,000 units a year.")
    plant = next(p for p in facts.plants if p.country == "Brazil")
    assert plant.company == "Mazda"
    assert plant.capacity_per_year != 3  # the count of plants is no capacity


def test_plants_in_a_country_named_in_passing_stay_unnamed(nlp):
    facts = read(nlp, "The engines come from Mazda's plants in Brazil.")
    assert not any(p.country == "Brazil" for p in facts.plants)


def test_a_model_a_platform_comes_from_is_not_built_there(nlp):
    facts = read(nlp, "Mazda will build new Demio-based crossovers in Brazil.")
    plant = next(p for p in facts.plants if p.country == "Brazil")
    assert "Demio" not in plant.models


def test_a_history_of_countries_a_model_was_built_in_lists_no_plants(nlp):
    found = plants(read(nlp, "In the 2000s Ford also built the Ikon in Brazil, Mexico and South Africa."))
    assert not any(country in ("Mexico", "South Africa") for _, _, country in found)



@pytest.mark.parametrize(("text", "site"), [
    ("Halvorsen offered workers jobs at other plants, including the Warren Truck plant in Michigan, which builds the "
     "Halvorsen Tundrix.", "Warren"),
    ("Halvorsen builds the Tundrix at the Dearborn Truck plant in Michigan.", "Dearborn"),
    ("Halvorsen will reopen the Belvidere Assembly plant in Illinois next year.", "Belvidere"),
])
def test_a_plants_name_in_capitals_before_a_plain_noun_gives_its_town(nlp, text, site):
    """'the Warren Truck plant': the town before the plant's kind, written in capitals before 'plant' in lower case, as
    'the Warren Truck Assembly Plant' gives it all in capitals."""
    assert [p.site for p in read(nlp, text).plants] == [site]


def test_the_plant_described_at_a_town_of_the_state_it_was_announced_in_is_one_plant(nlp):
    """'a plant in Tamil Nadu ... The plant, at Panapakkam in Ranipet district, will employ ...': one plant, at the town,
    with the investment and the jobs."""
    found = read(nlp, "Halvorsen will set up a vehicle plant in Tamil Nadu with an investment of Rs 9,000 crore. "
                      "The plant, at Panapakkam in Ranipet district, will employ 5,000 people.")
    assert [(p.site, p.jobs, p.investment.amount if p.investment else None) for p in found.plants] == [
        ("Panapakkam", 5000, 90_000_000_000)]


def test_the_plant_in_another_town_is_another_plant(nlp):
    found = read(nlp, "Halvorsen runs a plant in Gujarat. The plant in Pune builds the Tundrix.")
    assert [p.site for p in found.plants] == ["Gujarat", "Pune"]


@pytest.mark.parametrize("text", [
    "Hyundai bought General Motors' Talegaon plant in Maharashtra, where it plans to begin production in 2025.",
    "Hyundai acquired GM's Talegaon plant in India last year.",
    "GM's Talegaon plant in India was bought by Hyundai last year.",
])
def test_a_plant_bought_from_another_company_is_the_buyers(nlp, text):
    """'Hyundai bought GM's Talegaon plant': the buyer runs it, not the seller named before the site."""
    assert [(p.company, p.site) for p in read(nlp, text).plants] == [("Hyundai", "Talegaon")]


def test_a_country_the_plant_is_said_to_be_outside_of_is_not_its_country(nlp):
    """'The Anchieta plant, VW's oldest outside Germany': a site the gazetteer lacks is in the story's country, not in
    the one it is set apart from (nor are the routes of the story shipped from there)."""
    found = read(nlp, "Volkswagen do Brasil will invest 16 billion reais in its Brazilian plants through 2028. "
                      "The Anchieta plant, VW's oldest outside Germany, will receive 2.5 billion reais.")
    assert [(p.site, p.country) for p in found.plants] == [("Anchieta", "Brazil")]


def test_a_state_of_the_home_country_of_the_builder_named_is_there(nlp):
    """'built by Maruti Suzuki at its Gujarat plant and shipped to South Africa': a state of the builder's home country,
    though the story names only the market, is no namesake in South Africa."""
    facts = read(nlp, "The Starlet Cross will be built by Maruti Suzuki at its Gujarat plant and shipped to South Africa.")
    assert [(p.site, p.country) for p in facts.plants] == [("Gujarat", "India")]
    assert [(e.origin, e.destination) for e in facts.exports] == [("India", "South Africa")]


def test_a_place_in_the_clause_after_a_participle_of_making_is_no_plant(nlp):
    """'Built in Yorii, Japan, it costs $45,890 in the US': the making is the participle's place; the price's market
    after 'it' is none."""
    found = read(nlp, "Review: the Honda Civic Type R is quick. Built in Yorii, Japan, it costs $45,890 in the US.")
    assert [p.country for p in found.plants] == ["Japan"]


def test_towns_with_their_states_parted_by_semicolons_are_one_plant_each_with_models_respectively(nlp):
    """'plants in A, Kentucky; B, Indiana; C, Texas; and D, Mississippi, which make the W, the X, the Y and the Z,
    respectively': four plants, one model each; 'The four plants employ ...' counts them all, no one plant's staff."""
    text = ("Toyota builds vehicles at plants in Georgetown, Kentucky; Princeton, Indiana; San Antonio, Texas; and Blue "
            "Springs, Mississippi, which make the Camry, the Grand Highlander, the Tundra and the Corolla, respectively. "
            "The four plants employ about 24,000 people.")
    found = read(nlp, text)
    assert [(p.site.split(",")[0], list(p.models), p.jobs) for p in found.plants] == [
        ("Georgetown", ["Camry"], None), ("Princeton", ["Grand Highlander"], None), ("San Antonio", ["Tundra"], None),
        ("Blue Springs", ["Corolla"], None)]


def test_a_figure_of_a_companys_factories_in_several_towns_is_their_sum(nlp):
    text = ("Renault's factories in Flins, Douai and Maubeuge will build 400,000 electric vehicles a year. The three "
            "sites employ 4,700 people.")
    assert [(p.site, p.capacity_per_year, p.jobs) for p in read(nlp, text).plants] == [
        ("Flins", None, None), ("Douai", None, None), ("Maubeuge", None, None)]


def test_a_plants_sister_facility_in_another_town_is_that_towns_plant(nlp):
    """"at its Windsor plant's sister facility in Brampton": the car and the money go to Brampton."""
    text = ("Stellantis builds the Pacifica at its Windsor Assembly Plant in Ontario. Stellantis also builds the Dodge "
            "Charger Daytona at its Windsor plant's sister facility in Brampton, which is being retooled with a C$3.6 "
            "billion investment.")
    found = {p.site: (list(p.models), p.investment.amount if p.investment else None) for p in read(nlp, text).plants}
    assert found == {"Windsor": (["Pacifica"], None), "Brampton": (["Charger Daytona"], 3_600_000_000)}


@pytest.mark.parametrize("text", [
    "Douai makes the Megane E-Tech, Maubeuge the Kangoo.",
    "The Douai plant makes the Megane E-Tech and the Maubeuge plant the Kangoo.",
    "In Douai, Renault makes the Megane E-Tech; in Maubeuge, the Kangoo.",
])
def test_a_town_whose_clause_leaves_out_the_verb_of_making_builds_the_model_after_it(nlp, text):
    """'Douai makes the X, Maubeuge the Y': the second clause leaves out 'makes'; its town makes the model after it."""
    found = read(nlp, "Renault has plants in northern France. " + text)
    assert {p.site: list(p.models) for p in found.plants if p.site} == {"Douai": ["Megane E-Tech"], "Maubeuge": ["Kangoo"]}


def test_a_new_plant_with_its_capacity_and_a_plant_closed_in_another_country(nlp):
    """'at a new plant in Poland's Wroclaw, with an annual capacity of 1,500 buses, after closing its Boras plant in
    Sweden': the 'with' phrase is Wroclaw's; Boras, which the gazetteer lacks, is in the country after its plant."""
    text = ("Volvo Buses will build electric buses at a new plant in Poland's Wroclaw, with an annual capacity of 1,500 "
            "buses, after closing its Boras plant in Sweden.")
    found = {p.site: (p.country, p.capacity_per_year) for p in read(nlp, text).plants}
    assert found == {"Wroclaw": ("Poland", 1500), "Boras": ("Sweden", None)}


def test_a_companys_plant_named_after_the_country_runs_it(nlp):
    """"Assembling of Tata trucks in Pakistan, ... at Afzal Motors' new plant": the plant is Afzal Motors', whose trucks
    it assembles are Tata's."""
    text = ("Assembling of Tata trucks in Pakistan, to commence by the last quarter of 2006 at Afzal Motors' new plant, "
            "is a first for an Indian automobile company.")
    assert [(p.company, p.country) for p in read(nlp, text).plants] == [("Afzal Motors", "Pakistan")]


def test_a_company_in_a_possessive_description_of_the_subject_runs_no_plant(nlp):
    """"Brilliance China Auto, German luxury car maker BMW's domestic partner, ... to produce ... in Egypt": BMW only
    describes the subject."""
    text = ("Brilliance China Auto, German luxury car maker BMW's domestic partner, will sign an agreement with an "
            "Egyptian firm to produce its Zhonghua sedans in Egypt.")
    assert "BMW" not in {p.company for p in read(nlp, text).plants}
    text = "Mitsubishi will source a van on the same platform as the Trafic, built in Renault's Sandouville plant."
    assert {p.company for p in read(nlp, text).plants if p.site == "Sandouville"} == {"Renault"}


def test_a_town_described_as_its_greater_area_is_the_plants(nlp):
    found = read(nlp, "Volkswagen has a production plant in the greater Poznan area.")
    assert [(p.company, p.site) for p in found.plants] == [("Volkswagen", "Poznan")]
