"""Habits of real wire and trade copy: vague quantities, towns written with their state, news-style titles, a
company's total capacity beside a plant's, a town that shares its name with a state abroad.
Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import bases, read, roles, routes


def plant(facts, site: str):
    return next(p for p in facts.plants if p.site == site)


@pytest.mark.parametrize("text", [
    "Subaru will create several thousand jobs at its new plant in Tulsa, Oklahoma, investing several billion dollars.",
    "Subaru will hire a few hundred workers at its new plant in Tulsa, Oklahoma.",
    "Subaru will add many thousand jobs at its new plant in Tulsa, Oklahoma, at a cost of a couple billion dollars.",
])
def test_a_vague_quantity_states_no_figure(nlp, text):
    p = plant(read(nlp, text), "Tulsa")
    assert (p.jobs, p.investment) == (None, None)


@pytest.mark.parametrize("text, jobs", [
    ("Subaru will add about two thousand jobs at its new plant in Tulsa, Oklahoma.", 2000),
    ("Subaru will add a thousand jobs at its new plant in Tulsa, Oklahoma.", 1000),
    ("Subaru will add some 1,500 jobs at its new plant in Tulsa, Oklahoma.", 1500),
])
def test_a_stated_quantity_still_counts(nlp, text, jobs):
    assert plant(read(nlp, text), "Tulsa").jobs == jobs


@pytest.mark.parametrize("text", [
    "Mazda will add 900 jobs at its Tulsa, Oklahoma plant.",
    "Mazda will add 900 jobs at its Tulsa, Oklahoma, plant.",
])
def test_a_town_with_its_state_before_the_plant_word_is_the_site(nlp, text):
    facts = read(nlp, text)
    assert [(p.site, p.country, p.jobs) for p in facts.plants] == [("Tulsa", "United States", 900)]


def test_a_town_the_gazetteer_lacks_takes_its_states_country(nlp):
    facts = read(nlp, "Zorvex, a Saudi-backed carmaker, will assemble kits in Jeddah, Saudi Arabia. The kits come from "
                      "its plant in Wrenfield Flats, Arizona, which builds 20,000 cars a year.")
    assert plant(facts, "Wrenfield Flats").country == "United States"


def test_a_news_style_title_is_written_out(nlp):
    facts = read(nlp, "Honda will build the Passport at its plant in Lincoln, Alabama. \"A great day,\" "
                      "Gov. Mara Ellison said.")
    assert roles(facts) == {"Mara Ellison": "Governor"}


@pytest.mark.parametrize("total", [
    "The plant will make 70,000 cars a year, boosting Toyota's overall capacity in the country to 250,000 units.",
    "The plant will make 70,000 cars a year and lift Toyota's total annual production capacity to 250,000 units.",
])
def test_a_companys_total_capacity_is_not_the_new_plants(nlp, total):
    facts = read(nlp, "Toyota opened its third plant in Karawang, Indonesia, on Friday. " + total)
    assert plant(facts, "Karawang").capacity_per_year == 70000


def test_the_plants_own_total_stays_its_capacity(nlp):
    facts = read(nlp, "Toyota opened a new line at its plant in Karawang, Indonesia. It lifts the plant's total annual "
                      "capacity to 250,000 units.")
    assert plant(facts, "Karawang").capacity_per_year == 250000


def test_a_town_named_like_a_state_abroad_takes_the_storys_country(nlp):
    # "Victoria" is a Canadian city (and a Texan one) and an Australian state; the story is about Australia
    facts = read(nlp, "Ford will close its plant in Victoria next year, ending car making in Australia. Its head office "
                      "in Dearborn, in the United States, made the decision. Australia will import all its cars.")
    assert plant(facts, "Victoria").country == "Australia"


# -- export routes as news writes them --------------------------------------------------------------------------


def test_a_model_subject_in_the_passive_is_shipped_by_its_maker(nlp):
    facts = read(nlp, "The Kia Sorento built in Anantapur will be shipped to Chile and Peru from next month.")
    assert routes(facts) == {("Kia", "India", "Chile"): None, ("Kia", "India", "Peru"): None}


def test_markets_named_after_a_count_of_countries(nlp):
    facts = read(nlp, "Toyota exports the Fortuner to 60 countries, including Kenya and Zambia.")
    # the count of markets is a destination as written too (the real sets' convention since real_o)
    assert set(routes(facts)) == {("Toyota", "Japan", "60 countries"), ("Toyota", "Japan", "Kenya"), ("Toyota", "Japan", "Zambia")}


def test_a_count_of_models_is_no_shipment(nlp):
    facts = read(nlp, "Geely began exports to Chile in 2011 and now sells nine models there.")
    assert routes(facts) == {("Geely", "China", "Chile"): None}


@pytest.mark.parametrize("text, route", [
    ("The car carrier Orion Star docked in Antwerp, Belgium, with 4,200 vehicles from China.",
     (("Orion Star", "China", "Belgium"), ("China", "Belgium"), 4200)),
    ("A vessel carrying 1,800 Suzuki Swift cars from India arrived at Durban on Monday.",
     (("Suzuki", "India", "South Africa"), ("India", "South Africa"), 1800)),
])
def test_a_shipment_told_by_its_arrival(nlp, text, route):
    got = {(o, d): u for (_c, o, d), u in routes(read(nlp, text)).items()}
    assert got == {route[1]: route[2]}


def test_a_traveller_arriving_is_no_shipment(nlp):
    assert routes(read(nlp, "Kia's chief executive arrived in Santiago from Korea on Monday with 20 engineers.")) == {}


# -- platform lineage written around the model's name ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Based on the Isuzu D-Max, the Mazda BT-50 went on sale in Chile in 2021.",
    "The Mazda BT-50 uses the same 3.0-litre engine as the Isuzu D-Max, on which it is based.",
])
def test_a_base_named_before_its_model(nlp, text):
    assert {k: v for k, v in bases(read(nlp, text)).items() if v} == {"BT-50": "Isuzu D-Max"}


def test_a_fronted_base_goes_to_the_model_after_it_not_the_last_one_named(nlp):
    facts = read(nlp, "Mazda also sells the CX-5 in Chile. Based on the Isuzu D-Max, the Mazda BT-50 went on sale there in 2021.")
    assert {k: v for k, v in bases(facts).items() if v} == {"BT-50": "Isuzu D-Max"}


def test_a_plant_based_in_a_town_is_no_lineage(nlp):
    facts = read(nlp, "The Mazda BT-50 is built by Isuzu, which is based in Tokyo, at a plant in Thailand.")
    assert not any(bases(facts).values())


@pytest.mark.parametrize("text, route", [
    ("Exports of the Toyota Fortuner to Kenya began in 2019.", ("Toyota", "Japan", "Kenya")),
    ("The first shipment of 800 Proton Saga cars arrived in Ghana last week.", ("Proton", "Malaysia", "Ghana")),
])
def test_a_shipment_with_no_company_named_is_the_models_maker(nlp, text, route):
    assert set(routes(read(nlp, text))) == {route}


def test_a_state_the_gazetteer_holds_keeps_its_country_in_a_story_about_elsewhere(nlp):
    facts = read(nlp, "Toyota will build a new plant in Texas, the company said. The project is backed by a fund from "
                      "Saudi Arabia.")
    assert [(p.site, p.country) for p in facts.plants] == [("Texas", "United States")]
