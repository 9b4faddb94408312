"""Plant fixes of 2026-12-06 (s37), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


def countries_of_plants(facts) -> set[str]:
    return {p.country for p in facts.plants}


# -- 'its Chinese partner': where a company is from is not where the story is set ------------------------------------
def test_a_partners_demonym_does_not_make_its_country_the_storys(nlp):
    text = ("Ruvala Motors will open a pickup assembly plant in Ndovesi next year. The $40 million project is a venture "
            "with its Chinese partner, the Chinese carmaker Dongvar Auto. The plant will create 300 jobs, the Malawian "
            "minister said. It will serve buyers in Malawi.")
    assert countries_of_plants(read(nlp, text)) == {"Malawi"}


def test_a_demonym_of_a_market_still_counts_for_its_country(nlp):
    text = ("Ruvala Motors will open a pickup assembly plant in Ndovesi next year. The $40 million project is a venture "
            "with Dongvar Auto, which sells well in the Chinese market and has plants in Chinese cities. The plant will "
            "create 300 jobs, the Malawian minister said. It will serve buyers in Malawi.")
    assert countries_of_plants(read(nlp, text)) == {"China"}


def test_a_local_partners_demonym_counts_where_the_story_names_its_towns(nlp):
    text = ("Tovar Auto, the Belarusian partner of the venture, said the plant will make 20,000 cars this year. "
            "Its plant near Minsk will hire 300 people. Russia takes most of the cars; Belarusian dealers sell the rest. "
            "Russia is the main market, and Russia's dealers want more.")
    assert "Belarus" in countries_of_plants(read(nlp, text))


# -- 'the $60 million contract': what a deal is worth is no plant's cost ----------------------------------------------
def test_the_sum_of_a_contract_is_no_investment_in_the_plant(nlp):
    text = "Korvin Bus builds coaches at its plant in Ulsan. The $60 million contract is to replace old buses in the capital."
    assert all(p.investment is None for p in read(nlp, text).plants)


def test_a_plant_that_costs_a_sum_under_a_contract_keeps_its_investment(nlp):
    text = "Korvin Bus will build a $60 million plant in Ulsan under a contract with the city."
    assert [p.investment.amount for p in read(nlp, text).plants if p.investment] == [60_000_000]


# -- 'buses made by X in Y': the maker's plant, as 'built by X in Y' says ---------------------------------------------
def test_vehicles_made_by_a_maker_in_a_town_give_its_plant_there(nlp):
    text = "The city will buy 200 coaches made by Korvin Motors in Ulsan."
    assert ("Korvin Motors", "Ulsan", "South Korea") in plants_of(read(nlp, text))


def test_a_decision_made_by_a_company_in_a_town_gives_no_plant(nlp):
    text = "The decision was made by Korvin Motors in Seoul last week."
    assert not plants_of(read(nlp, text))


# -- 'will transfer production of the X to Y': every form of the verbs of moving production ---------------------------
def test_production_transferred_in_the_present_tense_gives_the_new_plant(nlp):
    text = "Korvin Motors will transfer production of the Zorva to Saarlouis next year."
    assert ("Korvin Motors", "Saarlouis", "Germany") in plants_of(read(nlp, text))


def test_workers_transferred_to_a_town_give_no_plant(nlp):
    text = "Korvin Motors will transfer 200 office workers to Saarlouis next year."
    assert not plants_of(read(nlp, text))


# -- 'production of the X will be transferred from A to B': the passive of moving production -------------------------
def test_production_moved_in_the_passive_from_one_town_to_another_gives_the_new_plant(nlp):
    text = "Korvin Motors said production of the Zorva would be transferred from Genk to Saarlouis."
    assert ("Korvin Motors", "Saarlouis", "Germany") in plants_of(read(nlp, text))


def test_staff_moved_in_the_passive_from_one_town_to_another_give_no_plant(nlp):
    text = "Korvin Motors said the Zorva's designers would be moved from Genk to Saarlouis."
    assert not any(site == "Saarlouis" for _, site, _ in plants_of(read(nlp, text)))
