"""Plant records (round s21): a carmaker's own engine or transmission plant is one of its plants (a battery or seat plant
named in passing stays an aside), and 'a new electric model and battery plant' builds vehicles too. Sentences written for
these tests: the events and the plants in them are made up."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> set[tuple]:
    return {(p.company, p.site, p.country) for p in facts.plants}


# -- a carmaker's own powertrain plant ------------------------------------------------------------------------------------
def test_a_new_engine_plant_is_the_makers_plant(nlp):
    facts = read(nlp, "Renault will build a new engine plant in Craiova, Romania, next year, the company said.")
    assert ("Renault", "Craiova", "Romania") in plants(facts)


def test_transmission_plants_listed_with_assembly_plants(nlp):
    facts = read(nlp, "Ford said assembly plants in Valencia, Spain, will close, as well as transmission plants in "
                      "Bordeaux and Douai in France.")
    found = plants(facts)
    assert ("Ford", "Valencia", "Spain") in found
    assert ("Ford", "Bordeaux", "France") in found
    assert ("Ford", "Douai", "France") in found


def test_a_battery_plant_in_passing_is_still_an_aside(nlp):
    facts = read(nlp, "Renault builds the Clio at its plant in Bursa, Turkey. Its battery plant in Douai, France, "
                      "is not part of the plan.")
    found = plants(facts)
    assert ("Renault", "Bursa", "Turkey") in found
    assert not any(site == "Douai" for _, site, _ in found)


def test_engines_that_come_from_a_plant_do_not_make_it_a_plant_of_the_story(nlp):
    facts = read(nlp, "Renault builds the Clio at its plant in Bursa, Turkey. The engines come from its engine plant "
                      "in Craiova, Romania, which is not part of the plan.")
    assert not any(site == "Craiova" for _, site, _ in plants(facts))


# -- vehicles named before the part a plant makes ---------------------------------------------------------------------------
def test_an_electric_model_and_battery_plant_builds_vehicles(nlp):
    facts = read(nlp, "Nissan announced plans to build a new electric model and battery plant in Sunderland, creating "
                      "900 jobs.\n\nThe company said the work would start next year.")
    assert ("Nissan", "Sunderland", "United Kingdom") in plants(facts)


def test_a_battery_plant_alone_is_still_an_aside(nlp):
    facts = read(nlp, "Nissan builds the Leaf at its plant in Bursa, Turkey. It will also open a battery plant in "
                      "Sunderland, which is not part of the plan.")
    assert not any(site == "Sunderland" for _, site, _ in plants(facts))


def test_an_engine_plant_that_supplies_another_is_an_aside(nlp):
    facts = read(nlp, "Renault builds the Clio at its plant in Bursa, Turkey. Renault's engine plant in Craiova, Romania, "
                      "will supply the engines.")
    assert not any(site == "Craiova" for _, site, _ in plants(facts))


# -- a subsidiary of another country does not run the plant ----------------------------------------------------------------
def test_a_subsidiary_of_another_country_gives_the_plant_to_its_parent(nlp):
    facts = read(nlp, "Mitsubishi Motors Philippines builds the Xpander at its plant in Chonburi, Thailand.")
    assert ("Mitsubishi Motors", "Chonburi", "Thailand") in plants(facts)


def test_a_subsidiary_not_named_for_its_country_keeps_a_plant_abroad(nlp):
    facts = read(nlp, "Ford Otosan builds the Puma at its plant in Craiova, Romania.")
    assert ("Ford Otosan", "Craiova", "Romania") in plants(facts)


def test_a_subsidiary_at_home_keeps_its_plant(nlp):
    facts = read(nlp, "Isuzu Motors South Africa builds the D-Max at its plant in Port Elizabeth, South Africa.")
    assert ("Isuzu Motors South Africa", "Port Elizabeth", "South Africa") in plants(facts)


def test_a_maker_of_a_group_abroad_keeps_its_plant(nlp):
    facts = read(nlp, "Kia builds the Ceed at its plant in Zilina, Slovakia.")
    assert ("Kia", "Zilina", "Slovakia") in plants(facts)


def test_the_groups_company_of_the_plants_country_runs_it(nlp):
    facts = read(nlp, "Isuzu East Africa sells trucks in Nairobi. Isuzu Motors South Africa will build the D-Max at a "
                      "new plant in Kenya from next year.")
    assert ("Isuzu East Africa", None, "Kenya") in plants(facts)
