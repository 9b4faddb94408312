"""Plants as real wire copy writes them (jobs, capacity, sites, investment), on sentences written for these tests:
the companies, towns and figures are made up or used in made-up events."""
from __future__ import annotations

from tests.pipeline_helpers import read


def only_plant(facts, country: str):
    found = [p for p in facts.plants if p.country == country]
    assert len(found) == 1, facts.plants
    return found[0]


# -- a known town or state that places an unknown site is read in the story's country ---------------------------------
def test_an_unknown_site_in_a_state_named_like_a_foreign_town_takes_the_storys_country(nlp):
    facts = read(nlp, "Ford will close the lines at its Oakvale plant in Victoria and at Holden's Tarrin factory in "
                      "Adelaide next year, ending car making in Australia.")
    assert {p.site: p.country for p in facts.plants} == {"Oakvale": "Australia", "Tarrin": "Australia"}


def test_an_unknown_site_beside_a_town_of_one_country_keeps_that_country(nlp):
    facts = read(nlp, "Zorvex will build cars at its Tarrin factory near Adelaide from 2027.")
    assert {p.site: p.country for p in facts.plants} == {"Tarrin": "Australia"}


# -- staff --------------------------------------------------------------------------------------------------------------
def test_associates_and_the_number_of_staff_raised_by_a_figure_are_jobs(nlp):
    facts = read(nlp, "Zorvex opened its plant in Pune in 2021. To run the new line, Zorvex is planning to increase "
                      "the number of associates by approximately 420.")
    assert only_plant(facts, "India").jobs == 420
    facts = read(nlp, "Zorvex will hire 350 associates at its plant in Pune.")
    assert only_plant(facts, "India").jobs == 350


def test_the_total_number_of_jobs_of_a_park_is_no_plant_staff(nlp):
    facts = read(nlp, "Zorvex builds cars at its plant in Kaluga. The governor said new projects would bring the total "
                      "number of jobs at the industrial park to 7 thousand.")
    assert only_plant(facts, "Russia").jobs is None


def test_employment_given_to_people_is_jobs(nlp):
    facts = read(nlp, "Zorvex will build a plant in Pune. When finished, the plant is expected to provide employment "
                      "to around 1,640 people in the state.")
    assert only_plant(facts, "India").jobs == 1640


def test_workers_in_the_supply_chain_are_not_the_plants_staff(nlp):
    facts = read(nlp, "Zorvex will close its plant in Pune next year, where 800 employees work. The closure will also "
                      "hit an estimated 9,000 workers in related supply chain industries.")
    assert only_plant(facts, "India").jobs == 800


# -- capacity -----------------------------------------------------------------------------------------------------------
def test_knocked_down_units_with_their_acronym_are_a_yearly_capacity(nlp):
    facts = read(nlp, "Zorvex will build a plant in Pune. When finished, it will produce in the region of 40,000 "
                      "completely knocked down (CKD) units per year, with a capacity to go up to a total of 70,000 CKD "
                      "units if necessary.")
    assert only_plant(facts, "India").capacity_per_year in (40000, 70000)


def test_units_sold_with_an_acronym_are_no_capacity(nlp):
    facts = read(nlp, "Zorvex builds cars at its plant in Pune. It sold 3,000 (CBU) units in March.")
    assert only_plant(facts, "India").capacity_per_year is None


def test_a_capacity_said_to_hit_a_bare_figure(nlp):
    facts = read(nlp, "Zorvex will assemble the Kestra at a plant in Pune. The carmaker said it expected annual "
                      "capacity for the model to hit 4,000 next year.")
    assert only_plant(facts, "India").capacity_per_year == 4000


def test_capacity_utilisation_reaching_a_share_is_no_capacity(nlp):
    facts = read(nlp, "Zorvex builds cars at its plant in Pune. Capacity utilisation will reach 85 percent this year.")
    assert only_plant(facts, "India").capacity_per_year is None


# -- sites --------------------------------------------------------------------------------------------------------------
def test_a_zone_named_by_generic_words_only_is_no_site(nlp):
    facts = read(nlp, "Zorvex will spend R2 billion to establish a production facility in the Special Economic Zone "
                      "(SEZ) of Coega, Eastern Cape.")
    assert {p.site for p in facts.plants} <= {"Coega"}
    assert "Special" not in {p.site for p in facts.plants}


def test_a_zone_with_its_own_name_is_a_site(nlp):
    facts = read(nlp, "Zorvex will build a plant in the Alabuga Special Economic Zone from next year.")
    assert [p.site for p in facts.plants] == ["Alabuga Special Economic Zone"]


# -- a company's plants in one country --------------------------------------------------------------------------------
def test_a_sum_spent_on_its_factories_in_a_country_is_that_plants_investment(nlp):
    facts = read(nlp, "Zorvex Motor said on Wednesday it would invest $700 million to modernise its factories in "
                      "Thailand. The expansion would add about 1,150 new jobs.")
    plant = only_plant(facts, "Thailand")
    assert (plant.investment.amount, plant.jobs) == (700000000, 1150)


def test_models_from_its_plants_in_a_country_make_no_plant(nlp):
    facts = read(nlp, "Both cars come from Zorvex's plants in India, the importer said after a $5 million deal.")
    assert not [p for p in facts.plants if p.country == "India"]


# -- whose plant -----------------------------------------------------------------------------------------------------
def test_money_for_another_companys_new_plant_is_not_the_known_plants(nlp):
    facts = read(nlp, "Zorvex Motor said it would invest $700 million to modernise its factory in Thailand. "
                      "Separately, state-owned energy firm Krathong said it would invest at least $1 billion in an EV "
                      "plant with Taiwan's Foxconn.")
    assert only_plant(facts, "Thailand").investment.amount == 700000000


def test_a_new_line_financed_by_a_partner_keeps_the_plants_figures(nlp):
    facts = read(nlp, "Zorvex began assembly at the Kestrel Assemblers plant in Mombasa. Investment of KES 1.1 billion "
                      "by Simba Corporation in a dedicated assembly line with an annual capacity of 5,000 vehicles.")
    assert only_plant(facts, "Kenya").capacity_per_year == 5000


def test_the_plant_after_an_opening_phrase_is_the_plant_spoken_of_not_a_partners(nlp):
    facts = read(nlp, "Toyota opened its new plant in Karawang, West Java on Friday. In the first phase, the plant will "
                      "make the Toyota Etios, said the president director of Toyota Motor Manufacturing Indonesia, "
                      "Toyota's joint venture with local partner Astra International.")
    plant = only_plant(facts, "Indonesia")
    assert (plant.site, plant.models) == ("Karawang", ["Etios"])


def test_a_backer_named_in_an_aside_with_brackets_runs_no_plant(nlp):
    facts = read(nlp, "Lucid Group, a US-based electric vehicle (EV) maker backed by the Saudi Public Investment Fund "
                      "(PIF), said it would lay the groundwork for a full production factory in Saudi Arabia.")
    assert only_plant(facts, "Saudi Arabia").company == "Lucid"


def test_a_state_written_after_a_town_is_that_states_country_when_named_alone(nlp):
    facts = read(nlp, "Zorvex will assemble kits made at its plant in Casa Grande, Arizona, at a new factory in Saudi "
                      "Arabia. The capacity in Arizona and Saudi Arabia sites, combined, will exceed 500,000 vehicles.")
    assert "Arizona" not in {p.site for p in facts.plants if p.country == "Saudi Arabia"}


# -- models a plant makes -----------------------------------------------------------------------------------------------
def test_production_of_a_model_added_to_the_plant_just_opened(nlp):
    facts = read(nlp, "Volvo opened its new plant in South Carolina, starting with the S60. The automaker plans to add "
                      "production of the next-generation XC90 large crossover in 2028.")
    assert only_plant(facts, "United States").models == ["S60", "XC90"]


def test_adding_a_model_to_a_dealers_range_adds_nothing_to_the_plant(nlp):
    facts = read(nlp, "Volvo opened its new plant in South Carolina, starting with the S60. Dealers in Ohio will add "
                      "the XC90 to their showrooms in 2028.")
    assert only_plant(facts, "United States").models == ["S60"]


def test_model_spellings_of_wire_copy(nlp):
    facts = read(nlp, "BMW will build the 3-series sedan at its plant in San Luis Potosi. Ford builds the F-250 and "
                      "F-350 pickups at its Louisville plant. Volkswagen will build the Polo Vivo at a plant in Thika.")
    models = {p.site: p.models for p in facts.plants}
    assert models["San Luis Potosi"] == ["3 Series"]  # one name however it is written (the series rule)
    assert models["Louisville"] == ["F-250", "F-350"]
    assert models["Thika"] == ["Polo Vivo"]


# -- a maker's total is no plant's capacity ---------------------------------------------------------------------------
def test_our_overall_capability_and_our_capacity_aimed_at_are_the_makers_totals(nlp):
    facts = read(nlp, "Zorvex said it has expanded the capacity of its Pune plant, where the total capability now stands "
                      "at four lakh vehicles per annum. \"We aim to nearly double our capacity to three million vehicles "
                      "per annum. It will enhance our overall capability to manufacture up to 21.5-lakh units per annum,\" "
                      "its chief executive said.")
    assert only_plant(facts, "India").capacity_per_year == 400000


# -- sites written in news style --------------------------------------------------------------------------------------
def test_a_state_after_the_countrys_possessive_is_the_plants_site(nlp):
    facts = read(nlp, "Zorvex Motors said Friday it will invest $400 million to build a factory in Brazil's northeastern "
                      "Bahia state, its first outside China.")
    assert only_plant(facts, "Brazil").site == "Bahia"


def test_a_place_opening_the_sentence_before_a_plant_as_subject_is_its_site(nlp):
    facts = read(nlp, "Volkswagen opted for Turkey. In Manisa, 40 km from the city of Izmir, a plant with an annual "
                      "production capacity of 200,000 vehicles was to be built.")
    plant = only_plant(facts, "Turkey")
    assert (plant.site, plant.capacity_per_year) == ("Manisa", 200000)


def test_a_place_opening_the_sentence_before_a_line_makes_no_site(nlp):
    facts = read(nlp, "In Izmir, a line of protesters gathered outside the governor's office.")
    assert not facts.plants


def test_a_demonym_naming_a_countrys_industry_places_no_second_plant(nlp):
    facts = read(nlp, "The new Ford Otosan van plant at Kocaeli was opened on Monday. $420 million has been invested in "
                      "the new plant, the largest ever single investment in the Turkish automotive industry.")
    plant = only_plant(facts, "Turkey")
    assert (plant.site, plant.investment.amount) == ("Kocaeli", 420000000)


def test_a_demonym_before_a_plant_still_places_it(nlp):
    facts = read(nlp, "Ford will build a plant in Kocaeli for the Turkish market.")
    assert only_plant(facts, "Turkey").site == "Kocaeli"


# -- a sum invested in a country, before the plant there is named ------------------------------------------------------
def test_a_sum_invested_in_a_country_goes_to_the_companys_one_plant_named_after(nlp):
    facts = read(nlp, "Zorvex Motor said on Monday that it would invest a total of $80 million by 2012 to expand its "
                      "operations in Egypt. Zorvex Motor plans to renovate an existing manufacturing facility near Cairo.")
    assert only_plant(facts, "Egypt").investment.amount == 80000000


def test_a_sum_invested_in_a_country_with_two_plants_goes_to_neither(nlp):
    facts = read(nlp, "Zorvex Motor said it would invest $80 million in Egypt. Zorvex Motor builds cars at a plant in "
                      "Cairo and at a plant in Alexandria.")
    assert all(p.investment is None for p in facts.plants)


def test_another_companys_sum_invested_in_the_country_is_not_the_plants(nlp):
    facts = read(nlp, "Toyota said it would invest $80 million in Egypt. Nissan builds cars at its plant near Cairo.")
    assert only_plant(facts, "Egypt").investment is None


def test_the_cost_of_a_production_facility_is_its_investment(nlp):
    facts = read(nlp, "Volkswagen opted for Turkey. In Manisa, 40 km from the city of Izmir, a plant with an annual "
                      "capacity of 200,000 vehicles was to be built. The € 1.1 billion production facility was to build "
                      "the Passat from 2024.")
    assert only_plant(facts, "Turkey").investment.amount == 1100000000


def test_money_in_production_value_is_no_investment(nlp):
    facts = read(nlp, "Zorvex builds cars at its plant in Pune. The plant reported EUR 2 billion in production value "
                      "after an expansion.")
    assert only_plant(facts, "India").investment is None


def test_the_place_where_a_platform_is_assembled_is_no_vehicle_plant(nlp):
    facts = read(nlp, "Ford will build a new SUV in Spain. It chose the Valencia plant for the model, which will be "
                      "born on a platform that will be assembled in the United States.")
    assert {p.country for p in facts.plants} == {"Spain"}


def test_a_vehicle_that_will_be_assembled_in_a_country_is_made_there(nlp):
    facts = read(nlp, "Ford will launch a new SUV that will be assembled in Spain.")
    assert only_plant(facts, "Spain").company == "Ford"


def test_a_place_opening_the_sentence_before_a_named_plant_leaves_the_plant_its_own_site(nlp):
    facts = read(nlp, "In Gujarat, the Sanand plant near Ahmedabad has become Tata's export hub. It makes the Nexon.")
    assert only_plant(facts, "India").site == "Sanand"


def test_a_place_opening_the_sentence_before_a_plant_named_by_its_operator_is_its_site(nlp):
    facts = read(nlp, "In Kostanay, the Zorbaprom plant of the Allur group has started assembly of the Chevrolet Onix.")
    assert only_plant(facts, "Kazakhstan").site == "Kostanay"
