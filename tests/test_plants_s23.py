"""Plants (round s23): plants a company runs listed after a comma or after 'has already opened', makers that 'each' set up
a plant, plants called industrial or assembly centres, one town written by two of its names, the models a plant 'is
responsible for', a company named after its country that runs a plant or starts production, and figures per job.
Sentences written for these tests: the events and the plants in them are made up."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple, list[str]]:
    return {(p.company, p.site, p.country): list(p.models) for p in facts.plants}


def countries_of(facts, company: str) -> set[str]:
    return {p.country for p in facts.plants if p.company == company}


# -- plants a company runs, listed ---------------------------------------------------------------------------------------
def test_running_plants_listed_after_a_comma(nlp):
    facts = read(nlp, "Kia already has four other overseas assembly plants, in Mexico, India, Slovakia and the United States.")
    assert countries_of(facts, "Kia") == {"Mexico", "India", "Slovakia", "United States"}


def test_plants_already_opened_in_a_list_of_countries(nlp):
    facts = read(nlp, "Chery has already opened car plants in Brazil, Iran and Russia, the company said.")
    assert countries_of(facts, "Chery") == {"Brazil", "Iran", "Russia"}


def test_plants_only_planned_in_a_list_stay_out(nlp):
    facts = read(nlp, "Chery wants to open more plants, in Brazil, Iran and Russia, within five years.")
    assert not countries_of(facts, "Chery") & {"Iran", "Russia"}  # (not a list of plants it runs)


# -- makers that each set up a plant -------------------------------------------------------------------------------------
def test_two_makers_each_set_up_a_plant(nlp):
    facts = read(nlp, "Japanese carmaker Nissan and German rival Volkswagen have each set up an assembly plant in Ghana.")
    assert ("Nissan", None, "Ghana") in plants(facts)
    assert ("Volkswagen", None, "Ghana") in plants(facts)


def test_two_makers_sharing_a_venture_plant_are_not_each(nlp):
    facts = read(nlp, "Nissan and Volkswagen will each hold half of a joint venture plant in Ghana.")
    assert ("Nissan", None, "Ghana") not in plants(facts)


def test_makers_selling_cars_each_have_no_plant(nlp):
    facts = read(nlp, "Nissan and Volkswagen sold 4,000 cars each in Ghana last year.")
    assert not facts.plants


# -- plants called centres -----------------------------------------------------------------------------------------------
def test_industrial_centres_in_two_towns(nlp):
    facts = read(nlp, "Fiat is investing to modernise the industrial centers in Córdoba and General Pacheco. "
                      "An investment of $300 million will go to the Córdoba Industrial Center for a new SUV.")
    sites = {p.site: p for p in facts.plants}
    assert {"Córdoba", "General Pacheco"} <= set(sites)
    assert sites["Córdoba"].investment.amount == 300_000_000


def test_a_country_as_a_production_centre_is_no_plant(nlp):
    facts = read(nlp, "Mexico has become a production centre for Japanese carmakers, the minister said.")
    assert not facts.plants


# -- one town, two names -------------------------------------------------------------------------------------------------
def test_a_town_and_its_short_name_are_one_plant(nlp):
    facts = read(nlp, "Ford builds the Ranger at its plant in General Pacheco. The Pacheco plant employs 4,000 people.")
    sited = [p for p in facts.plants if p.country == "Argentina"]
    assert len(sited) == 1 and sited[0].jobs == 4000


# -- models a plant is responsible for -----------------------------------------------------------------------------------
def test_models_the_facility_is_responsible_for(nlp):
    facts = read(nlp, "Opened in 1990, Nissan's Sunderland plant runs three shifts. "
                      "The facility is responsible for the Nissan Qashqai and the Nissan Juke.")
    assert set(plants(facts)[("Nissan", "Sunderland", "United Kingdom")]) == {"Qashqai", "Juke"}


def test_a_manager_responsible_for_a_model_adds_no_model(nlp):
    facts = read(nlp, "Opened in 1990, Nissan's Sunderland plant runs three shifts. "
                      "Its new director is responsible for the launch of the Nissan Leaf in Europe.")
    assert "Leaf" not in plants(facts).get(("Nissan", "Sunderland", "United Kingdom"), [])


# -- a company named after its country -----------------------------------------------------------------------------------
def test_plant_of_a_company_named_after_its_country(nlp):
    facts = read(nlp, "The president toured the Hyundai Motor Kazakhstan car assembly plant on Friday. "
                      "The plant can build 40,000 cars a year.")
    plant = next(p for p in facts.plants if p.country == "Kazakhstan")
    assert plant.capacity_per_year == 40000


def test_company_named_after_its_country_starts_production(nlp):
    facts = read(nlp, "Ford of Canada will start production of the new pickup in March, the company said.")
    assert any(p.country == "Canada" for p in facts.plants)


def test_company_named_after_its_country_that_may_start_has_no_plant(nlp):
    facts = read(nlp, "Ford of Canada may start production of a new pickup in a few years.")
    assert not any(p.country == "Canada" for p in facts.plants)


def test_sales_of_a_company_named_after_its_country_are_no_plant(nlp):
    facts = read(nlp, "Ford of Canada sold 20,000 pickups in March.")
    assert not facts.plants


# -- figures per job -----------------------------------------------------------------------------------------------------
def test_cost_of_one_job_is_no_investment(nlp):
    facts = read(nlp, "The Kemerovo plant of Acme Motors will employ 900 people. The cost of one job is 30 million roubles.")
    plant = next(p for p in facts.plants if p.country == "Russia")
    assert plant.investment is None and plant.jobs == 900


# -- a model written with the place it is made in ------------------------------------------------------------------------
def test_country_built_model_has_its_makers_plant_there(nlp):
    facts = read(nlp, "Fiat said dealers in Chile will receive the first Brazil-built Fiat Pulse crossovers next month.")
    assert plants(facts).get(("Fiat", None, "Brazil")) == ["Pulse"]


def test_a_traders_imports_built_abroad_are_no_plant_of_the_story(nlp):
    facts = read(nlp, "Desert Gate Trading brought in 300 Japanese-built Toyota Hilux pickups and sold them to Chad. "
                      "Desert Gate Trading also imports tyres.")
    assert not any(p.country == "Japan" for p in facts.plants)


def test_town_made_model_goes_to_the_plant_there(nlp):
    facts = read(nlp, "Hyundai builds the Tucson at its plant in Nosovice. Buyers praise the Nosovice-made Tucson.")
    assert [p.site for p in facts.plants] == ["Nosovice"]


def test_a_country_based_maker_is_no_plant(nlp):
    facts = read(nlp, "The Germany-based Volkswagen sold the Golf in Chile.")
    assert not facts.plants


# -- daily rates ---------------------------------------------------------------------------------------------------------
def test_a_daily_capacity_is_no_yearly_capacity(nlp):
    facts = read(nlp, "Skoda's Kvasiny plant will reach a capacity of 1,200 vehicles per day by June. "
                      "Skoda targets an annual production of 280,000 vehicles there.")
    plant = next(p for p in facts.plants if p.site == "Kvasiny")
    assert plant.capacity_per_year != 1200


# -- 'the <maker> plant' of another maker --------------------------------------------------------------------------------
def test_the_plant_of_another_maker_stands_in_the_country_described(nlp):
    facts = read(nlp, "Chery will open its plant in Barcelona next year, after Leapmotor, which began production in "
                      "the city in May. The Leapmotor plant will have a capacity of 60,000 cars a year.")
    plant = next(p for p in facts.plants if p.company == "Leapmotor")
    assert (plant.country, plant.capacity_per_year) == ("Spain", 60000)


def test_the_plant_of_a_maker_with_a_plant_named_before_is_that_one(nlp):
    facts = read(nlp, "Kia builds the Ceed at its plant in Zilina. Hyundai builds the i30 at its plant in Nosovice. "
                      "The Kia plant will have a capacity of 350,000 cars a year.")
    assert [p.country for p in facts.plants if p.company == "Kia"] == ["Slovakia"]
