"""Plant records as real copy writes them (round s20): a plant named by its own name in capitals ('the Oakvale Assembly
Plant') or as a town the city database knows before a plant noun ('its Janesville plant') names a site the gazetteer
lacks as a place. Sentences written for these tests: the events and the towns of its plants are made up, or plants the makers do not run there."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple, list[str]]:
    return {(p.company, p.site, p.country): p.models for p in facts.plants}


def sites(facts) -> set[str | None]:
    return {p.site for p in facts.plants}


# -- a plant's own name in capitals ---------------------------------------------------------------------------------------
def test_an_assembly_plant_named_in_capitals_is_its_town(nlp):
    facts = read(nlp, "Ford will spend $250 million to reopen the Oakvale Assembly Plant in Ohio.")
    plant = next(p for p in facts.plants)
    assert (plant.company, plant.site, plant.country) == ("Ford", "Oakvale", "United States")
    assert plant.investment is not None and plant.investment.amount == 250_000_000


def test_the_plant_words_of_a_name_stay_out_of_the_site(nlp):
    facts = read(nlp, "In Indiana, Ford will invest $80 million to retool the Hollowell Truck Assembly Plant, creating 400 jobs.")
    assert sites(facts) == {"Hollowell"}
    assert facts.plants[0].jobs == 400


def test_an_assembly_complex_named_in_capitals(nlp):
    facts = read(nlp, "Ford builds its pickups at the Marbury Assembly Complex in Michigan.")
    assert "Marbury" in sites(facts)


def test_a_title_case_headline_names_no_plant(nlp):
    facts = read(nlp, "Oakvale Assembly Plant Set To Reopen For New Pickup\n\nThe union welcomed the news on Monday.")
    assert "Oakvale" not in sites(facts)


def test_an_engine_plant_in_capitals_is_not_read_as_a_vehicle_plant(nlp):
    facts = read(nlp, "Ford will add 200 jobs at the Oakvale Engine Plant in Ohio.")
    assert not any(site and "Oakvale" in site for site in sites(facts))


# -- a known town before a plant noun -------------------------------------------------------------------------------------
def test_a_known_town_before_its_plant(nlp):
    facts = read(nlp, "Ford this week named the newest model for its Janesville plant: the three-row Ford Explorer.")
    assert ("Ford", "Janesville", "United States") in plants(facts)


def test_an_unknown_name_before_a_lowercase_plant_is_no_site(nlp):
    facts = read(nlp, "Ford this week named the newest model for its Bluewater plant: the three-row Ford Explorer.")
    assert "Bluewater" not in sites(facts)


# -- several plants of a state --------------------------------------------------------------------------------------------
def test_a_count_of_plants_in_a_state_names_no_one_plant(nlp):
    facts = read(nlp, "Ford is spending $300 million on three Ohio plants to build electric vans.")
    assert "Ohio" not in sites(facts)


def test_one_plant_of_a_state_is_still_a_plant(nlp):
    facts = read(nlp, "Ford will build the Bronco at its Michigan plant.")
    assert ("Ford", "Michigan", "United States") in plants(facts)


# -- a place opening the sentence, then a company investing there to make vehicles ----------------------------------------
def test_a_place_opener_then_an_investment_to_build(nlp):
    facts = read(nlp, "In Kansas City, Ford intends to invest $450 million and add 700 workers to assemble a new electric van.")
    plant = next(p for p in facts.plants if p.site == "Kansas City")
    assert plant.company == "Ford" and plant.country == "United States"
    assert plant.investment is not None and plant.investment.amount == 450_000_000 and plant.jobs == 700


def test_a_place_opener_then_an_investment_in_selling_is_no_plant(nlp):
    facts = read(nlp, "In Kansas City, Ford intends to invest $45 million in new showrooms to sell more pickups.")
    assert not facts.plants


def test_a_town_of_another_country_before_a_plant_is_no_site(nlp):
    # Janesville is an American town: in a story about a British plant, 'the Janesville factory' names nothing new
    facts = read(nlp, "The last van left Vauxhall's Luton plant in Britain on Friday, making the Janesville factory the first to build only vans.")
    assert "Janesville" not in sites(facts)


# -- the country of a town several countries have -------------------------------------------------------------------------
def test_towns_of_a_province_the_story_names_stay_in_its_country(nlp):
    facts = read(nlp, "Ontario will give Honda a grant of $30 million. Honda will upgrade its Woodstock assembly plant. "
                      "The upgrade will let the plant ship more parts to its U.S. plants.")
    assert ("Honda", "Woodstock", "Canada") in plants(facts)


def test_a_state_named_for_its_country_keeps_it(nlp):
    facts = read(nlp, "Holden is hiring 90 workers at its Elizabeth plant in South Australia to build the Cruze for the US.")
    assert {p.country for p in facts.plants} == {"Australia"}


def test_a_place_opener_gives_way_to_the_site_named_after(nlp):
    facts = read(nlp, "In Missouri, Ford intends to invest $450 million to assemble a new electric van at its Kansas City plant.")
    assert sites(facts) == {"Kansas City"}


# -- the dateline's town ------------------------------------------------------------------------------------------------
def test_the_one_unsited_plant_of_the_datelines_country_is_in_its_town(nlp):
    facts = read(nlp, "DURBAN, South Africa - Toyota said on Monday that its new Corolla Cross will be built in South Africa "
                      "from next year, with 300 new jobs.")
    assert ("Toyota", "Durban", "South Africa") in plants(facts)


def test_a_capital_dateline_is_where_the_wire_writes_from(nlp):
    facts = read(nlp, "PRETORIA - Toyota said on Monday that its new Corolla Cross will be built in South Africa from next year.")
    assert ("Toyota", None, "South Africa") in plants(facts)


def test_a_dateline_of_another_country_sites_nothing(nlp):
    facts = read(nlp, "DURBAN, South Africa - Toyota said on Monday that its new Hilux will be built in Kenya from next year.")
    assert ("Toyota", None, "Kenya") in plants(facts)


# -- a plant's rank in a country beside its capacity ---------------------------------------------------------------------
def test_a_plants_rank_in_a_country_keeps_its_capacity(nlp):
    facts = read(nlp, "Kia will build a plant in Monterrey, Mexico. The factory, which is Kia's first in Mexico, "
                      "will be able to make 200,000 cars a year.")
    assert facts.plants[0].capacity_per_year == 200_000


def test_a_plant_called_a_makers_largest_in_a_country_keeps_its_capacity(nlp):
    facts = read(nlp, "Kia will build a plant in Monterrey, Mexico. It will be Kia's largest in Mexico, with capacity for 200,000 cars a year.")
    assert facts.plants[0].capacity_per_year == 200_000


def test_a_makers_output_in_a_country_is_still_no_plants_capacity(nlp):
    facts = read(nlp, "Kia will build a plant in Monterrey, Mexico. The plant will lift Kia's yearly output in Mexico to 400,000 cars.")
    assert facts.plants[0].capacity_per_year is None


def test_a_plant_ranked_in_its_country_names_no_second_plant(nlp):
    facts = read(nlp, "Kia Motors Mexico has confirmed that a new car assembly plant in Monterrey will be fully operational by 2027. "
                      "The new plant will be Kia's largest in Mexico, with a production capacity of 200,000 vehicles per year. "
                      "Kia's original plant in Mexico, in Pesqueria, makes the Rio sedan and has an annual capacity of 90,000 units per year.")
    assert {(p.site, p.capacity_per_year) for p in facts.plants} == {("Monterrey", 200_000), ("Pesqueria", 90_000)}


# -- a plant's investment -----------------------------------------------------------------------------------------------
def test_money_before_a_converted_amount_and_a_plant_noun(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Monterrey, Mexico. Kia has confirmed that a new MXN 8 billion "
                      "(USD 450 million) car assembly plant in Monterrey will open in 2027.")
    assert facts.plants[0].investment is not None and facts.plants[0].investment.amount == 8_000_000_000


def test_money_that_will_go_to_a_plant(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Monterrey, Mexico. About $85.5 million will go to the Monterrey "
                      "plant so it can build an electric Rio.")
    assert facts.plants[0].investment is not None and facts.plants[0].investment.amount == 85_500_000


def test_money_that_will_go_to_others_is_no_plants(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Monterrey, Mexico. About $85.5 million will go to dealers.")
    assert facts.plants[0].investment is None


def test_a_grant_beside_the_investment_is_not_the_investment(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Monterrey, Mexico. The whole investment will be about $600 million, "
                      "with the state granting up to $60.5 million.")
    assert facts.plants[0].investment is not None and facts.plants[0].investment.amount == 600_000_000


def test_a_known_town_plant_opening_the_sentence(nlp):
    facts = read(nlp, "Ford will build the Ranger in Michigan. The Janesville plant, Ford's oldest in the US, builds the Explorer.")
    assert plants(facts).get(("Ford", "Janesville", "United States")) == ["Explorer"]


# -- a count of plants a company has set up in a list of countries --------------------------------------------------------
def test_plants_a_company_has_set_up_in_a_list_of_countries(nlp):
    facts = read(nlp, "Geely has established 5 overseas factories in Belarus, Malaysia and Brazil.")
    assert {("Geely", None, "Belarus"), ("Geely", None, "Malaysia"), ("Geely", None, "Brazil")} <= set(plants(facts))


def test_plants_a_company_plans_in_a_list_of_countries_are_none(nlp):
    facts = read(nlp, "Geely plans to set up 5 overseas factories in Belarus, Malaysia and Brazil by 2030, a report said.")
    assert not facts.plants
