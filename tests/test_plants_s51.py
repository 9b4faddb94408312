"""Plants (round s51): an active 'where it builds' clause gives its plant's models only; a plant named to count the
described one after ('its second plant after X') leaves 'the plant' of the next sentence alone; a company opening the
sentence that runs one other plant of the story makes its models there. Sentences written for these tests: the events
are made up."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple, list[str]]:
    return {(p.company, p.site): list(p.models) for p in facts.plants}


def plant_at(facts, site: str):
    return next(p for p in facts.plants if p.site == site)


def test_a_where_it_builds_clause_gives_models_to_its_own_plant_only(nlp):
    found = plants(read(nlp, "Ford will invest $200 million in its Louisville complex, where it builds the Escape and the Bronco "
                             "Sport, and add a third shift at its Dearborn plant, which makes the F-150."))
    assert found[("Ford", "Louisville")] == ["Escape", "Bronco Sport"]
    assert found[("Ford", "Dearborn")] == ["F-150"]


def test_a_where_clause_with_an_adverb_before_the_verb(nlp):
    found = plants(read(nlp, "Ford has a plant in Valencia, where it currently builds the Kuga, and a plant in Saarlouis, "
                             "which made the Focus."))
    assert found[("Ford", "Valencia")] == ["Kuga"]
    assert found[("Ford", "Saarlouis")] == ["Focus"]


def test_the_plant_counted_after_is_not_the_plant_of_the_next_sentence(nlp):
    facts = read(nlp, "Geely broke ground on a car factory in Szeged, Hungary, its second plant in Europe after Izmir in "
                      "Turkey. The plant will have an annual capacity of 150,000 vehicles and create 5,000 jobs.")
    szeged, izmir = plant_at(facts, "Szeged"), plant_at(facts, "Izmir")
    assert (szeged.capacity_per_year, szeged.jobs) == (150000, 5000)
    assert (izmir.capacity_per_year, izmir.jobs) == (None, None)


def test_a_plant_named_beside_the_new_one_is_an_aside(nlp):
    facts = read(nlp, "Scania opened a bus plant in Slupsk besides its Sodertalje plant. The plant employs 400 people.")
    assert plant_at(facts, "Slupsk").jobs == 400


def test_a_company_running_another_plant_of_the_story_makes_its_models_there(nlp):
    found = plants(read(nlp, "Renault has a plant in Tangier and the SOMACA plant in Casablanca. The Tangier factory produces "
                             "the Dacia Sandero. SOMACA, which assembles the Dacia Logan, also sells cars locally."))
    assert found[("Renault", "Tangier")] == ["Sandero"]
    assert found[("Somaca", "Casablanca")] == ["Logan"]


def test_the_brand_of_the_models_is_no_other_plant(nlp):
    found = plants(read(nlp, "Renault has a plant in Tangier and the SOMACA plant in Casablanca. The Tangier factory produces "
                             "the Sandero. Dacia also builds the Jogger there."))
    assert found[("Renault", "Tangier")] == ["Sandero", "Jogger"]


def test_a_list_of_models_before_a_participle_of_making_is_made_there(nlp):
    found = plants(read(nlp, "The Chevrolet Cobalt, Onix and Tracker, produced at the Asaka plant, made up most of the "
                             "shipments."))
    assert found[("Chevrolet", "Asaka")] == ["Cobalt", "Onix", "Tracker"]


def test_a_clause_after_a_pair_of_plants_gives_both_its_models(nlp):
    found = plants(read(nlp, "Iveco has plants in Suzzara and Brescia, which build the Daily, and Madrid, home to the "
                             "S-Way."))
    assert found[("Iveco", "Suzzara")] == ["Daily"]
    assert found[("Iveco", "Brescia")] == ["Daily"]
    assert found[("Iveco", "Madrid")] == ["S-Way"]


def test_a_list_of_towns_goes_on_past_a_towns_clause(nlp):
    found = plants(read(nlp, "Iveco has plants in Suzzara, which builds the Daily, and Madrid, which builds the S-Way."))
    assert found[("Iveco", "Suzzara")] == ["Daily"]
    assert found[("Iveco", "Madrid")] == ["S-Way"]


def test_a_towns_clause_closed_by_a_verb_is_no_list(nlp):
    facts = read(nlp, "Toyota builds the Corolla in Burnaston, which opened in 1992, and exports it to France.")
    assert [p.site for p in facts.plants] == ["Burnaston"]


def test_the_figures_before_a_comparison_with_an_old_facility_are_the_described_plants(nlp):
    facts = read(nlp, "Zorvex Motors has opened a new assembly plant in Adama. The plant, which will employ 500 people, can "
                      "assemble 10,000 vehicles a year, up from 2,500 at the company's old facility in Addis Ababa.")
    adama = plant_at(facts, "Adama")
    assert (adama.jobs, adama.capacity_per_year) == (500, 10000)


def test_a_firm_named_by_its_parent_and_a_town_runs_plants_abroad(nlp):
    found = plants(read(nlp, "Magna Steyr will build a plant in Maribor, Slovenia."))
    assert ("Magna Steyr", "Maribor") in found


def test_a_parents_arm_named_by_its_country_runs_no_plant_abroad(nlp):
    facts = read(nlp, "Isuzu Motors South Africa will assemble trucks in Kenya.")
    assert [p.company for p in facts.plants] == ["Isuzu"]


def test_a_line_of_credit_is_no_assembly_line(nlp):
    facts = read(nlp, "Tata has won an order for 50 buses from the Kenya Bus Service under the Indian line of credit scheme.")
    assert facts.plants == []


def test_a_towns_unit_is_a_plant(nlp):
    found = plants(read(nlp, "Mahindra has started manufacturing the Thar Roxx at its Nashik unit."))
    assert found == {("Mahindra", "Nashik"): ["Thar Roxx"]}


def test_a_towns_unit_of_a_company_is_no_plant(nlp):
    assert read(nlp, "The Pune unit of the company said its profits rose.").plants == []


def test_a_brand_named_for_its_model_in_a_clause_leaves_the_plant_to_its_group(nlp):
    found = plants(read(nlp, "Stellantis will invest 30 billion reais in Brazil. Most of the money will go to the Betim "
                             "plant, which builds Fiat's Strada, and to the Goiana plant, which makes the Jeep Renegade."))
    assert set(found) == {("Stellantis", "Betim"), ("Stellantis", "Goiana")}


def test_a_brand_without_its_group_in_the_story_runs_the_plant(nlp):
    found = plants(read(nlp, "Fiat will invest in Brazil. Most of the money will go to the Betim plant, which builds "
                             "Fiat's Strada, and to the Goiana plant."))
    assert set(found) == {("Fiat", "Betim"), ("Fiat", "Goiana")}


def test_a_plant_sold_to_a_company_is_the_buyers(nlp):
    found = plants(read(nlp, "General Motors sold its Talegaon plant to Hyundai in 2023."))
    assert set(found) == {("Hyundai", "Talegaon")}


def test_the_buyer_of_another_plant_leaves_this_one_to_its_owner(nlp):
    found = plants(read(nlp, "Ford closed its Chennai plant in 2022 and its Sanand plant was bought by Tata Motors."))
    assert set(found) == {("Ford", "Chennai"), ("Tata Motors", "Sanand")}
