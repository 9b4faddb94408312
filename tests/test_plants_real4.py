"""Plant records as real copy writes them: a weekday after 'the carmaker' names no company, 'the Municipality of X'
names X, 'the <State> plant' of a group already sited in one town of that state is that plant, 'Turkish-made vehicles'
are the country's output (the plant just described takes only its own group's models), and a company's previous plant
is no plant of the story. Sentences written for these tests: the events, figures and the maker Zorvex are made up."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple, list[str]]:
    return {(p.company, p.site, p.country): p.models for p in facts.plants}


# -- a weekday is no company ----------------------------------------------------------------------------------------------
def test_a_weekday_after_the_carmaker_is_no_company(nlp):
    facts = read(nlp, "The Japanese carmaker Tuesday opened its new assembly plant in Nagoya, Toyota said.")
    names = set(facts.companies)
    assert "Tuesday" not in names
    assert all(p.company != "Tuesday" for p in facts.plants)


def test_a_capitalised_maker_name_after_the_carmaker_still_reads(nlp):
    facts = read(nlp, "The Uzbek carmaker Qoratepa Avto will assemble 5,000 cars a year at a plant in Samarkand.")
    assert "Qoratepa Avto" in {p.company for p in facts.plants}


# -- 'the Municipality of X' ----------------------------------------------------------------------------------------------
def test_the_municipality_of_a_town_is_the_town(nlp):
    facts = read(nlp, "Kia opened its new plant, located in the Municipality of Pesqueria, Nuevo Leon, where it builds the Forte.")
    assert [p.site for p in facts.plants] == ["Pesqueria"]


def test_a_county_word_alone_is_no_site(nlp):
    facts = read(nlp, "Ford said its plant in the County of Essex will build 40,000 engines a year.")
    assert all(p.site not in ("County", "County of Essex") for p in facts.plants)


# -- 'the Alabama plant' --------------------------------------------------------------------------------------------------
def test_the_state_plant_of_a_group_already_sited_in_a_town_of_that_state(nlp):
    for text, model in [("Hyundai's assembly plant in Montgomery builds the Ioniq 5. Hyundai launched the Santa Fe hybrid "
                         "at the Alabama plant last year.", "Santa Fe"),
                        ("Hyundai's assembly plant in Montgomery builds the Ioniq 5. Genesis added the GV70 at the Alabama "
                         "plant last year.", "GV70")]:
        us = [p for p in read(nlp, text).plants if p.country == "United States"]
        assert [(p.company, p.site) for p in us] == [("Hyundai", "Montgomery")]
        assert model in us[0].models


def test_the_state_plant_of_another_group_stays_apart(nlp):
    facts = read(nlp, "Hyundai's assembly plant in Montgomery will build the Ioniq 5 from May. "
                      "Mercedes-Benz builds the GLE at the Alabama plant.")
    us = {(p.company, p.site) for p in facts.plants if p.country == "United States"}
    assert ("Hyundai", "Montgomery") in us
    assert not any(company == "Mercedes-Benz" and site == "Montgomery" for company, site in us)


# -- 'Turkish-made vehicles' ----------------------------------------------------------------------------------------------
def test_a_country_made_list_gives_the_last_plant_no_other_groups_models(nlp):
    facts = read(nlp, "Honda has a small facility in Turkey. "
                      "Some Turkish-made vehicles go farther afield, such as the Fiat Egea and the Toyota C-HR.")
    honda = [p for p in facts.plants if p.company == "Honda"]
    assert honda and all(not {"Egea", "C-HR"} & set(p.models) for p in honda)


def test_a_plant_still_takes_models_built_there(nlp):
    facts = read(nlp, "Fiat has a large plant in Bursa, Turkey. It builds the Egea and the Doblo.")
    assert {"Egea", "Doblo"} <= set(next(p for p in facts.plants if p.site == "Bursa").models)


# -- a company's previous plant -------------------------------------------------------------------------------------------
def test_a_companys_previous_plant_is_no_plant_of_the_story(nlp):
    facts = read(nlp, "Mitsubishi says its new plant in Santa Rosa can build up to 60,000 units a year, "
                      "a 25,000-unit increase from its previous Cainta plant.")
    assert [p.site for p in facts.plants] == ["Santa Rosa"]
    assert facts.plants[0].capacity_per_year == 60000


def test_another_companys_former_plant_still_counts(nlp):
    facts = read(nlp, "Zorvex will build pickups at General Motors' former Lordstown plant from 2027.")
    assert "Lordstown" in {p.site for p in facts.plants}


# -- a list of towns with each one's area in brackets ---------------------------------------------------------------------
def test_towns_listed_with_their_areas_in_brackets(nlp):
    facts = read(nlp, "Maruti Suzuki has manufacturing facilities at Gurugram, Manesar (in Haryana) and Hansalpur (in Gujarat), "
                      "from where its cars are shipped.")
    assert {p.site for p in facts.plants} == {"Gurugram", "Manesar", "Hansalpur"}


def test_one_town_with_its_area_in_brackets_is_one_plant(nlp):
    facts = read(nlp, "Maruti Suzuki builds the Dzire at its plant in Manesar (in Haryana).")
    assert [p.site for p in facts.plants if p.country == "India"] == ["Manesar"]


# -- a town already sited keeps its plant's country -----------------------------------------------------------------------
def test_a_town_already_sited_keeps_its_country_when_another_is_named_beside_it(nlp):
    facts = read(nlp, "Holden assembles the Commodore at the Holden plant in Elizabeth, South Australia. Cars manufactured in "
                      "Elizabeth are now seen on the streets of the US, Brazil and Chile, the minister said.")
    assert {(p.site, p.country) for p in facts.plants} == {("Elizabeth", "Australia")}


def test_a_town_first_sited_in_a_sentence_naming_its_country_is_that_countrys(nlp):
    facts = read(nlp, "Ford builds the Ranger at its plant in Pretoria, South Africa.")
    assert {(p.site, p.country) for p in facts.plants} == {("Pretoria", "South Africa")}


# -- the town of a company's offices is no plant's ------------------------------------------------------------------------
def test_the_town_of_the_headquarters_is_not_listed_with_the_plant(nlp):
    facts = read(nlp, "Its regional headquarters are in Casablanca, and the Kenitra plant will be served by a technical "
                      "center with 500 engineers.")
    assert [p.site for p in facts.plants] == ["Kenitra"]


def test_towns_listed_with_a_plant_town_are_still_plants(nlp):
    facts = read(nlp, "Zorvex builds vans at its plants in Bursa and Izmir.")
    assert {p.site for p in facts.plants} == {"Bursa", "Izmir"}


# -- 'two factories: one in A with ..., and one in B that ...' ------------------------------------------------------------
def test_one_in_a_with_a_figure_and_one_in_b(nlp):
    facts = read(nlp, "Renault has two factories in the country — one in Tangiers with an annual capacity of 300,000 vehicles "
                      "and one in Casablanca that builds around 70,000 vehicles a year.")
    caps = {p.site: p.capacity_per_year for p in facts.plants}
    assert caps == {"Tangiers": 300000, "Casablanca": 70000}


def test_one_in_a_town_that_no_plant_list_opens_is_no_plant(nlp):
    facts = read(nlp, "Zorvex has a plant in Tangiers; one in Rabat said the deal was good.")
    assert [p.site for p in facts.plants] == ["Tangiers"]
