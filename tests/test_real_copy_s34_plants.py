"""Plant fixes of 2026-12-05 (s34), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


def sites(facts) -> set[tuple]:
    """(site, country) of every plant."""
    return {(p.site, p.country) for p in facts.plants}


# -- a dash set off by spaces after a town -------------------------------------------------------------------------
def test_a_town_before_a_spaced_dash_aside_is_still_the_plants_town(nlp):
    text = "Hyundai has begun building the Creta on a new line in Chennai - a city on the east coast."
    assert ("Hyundai", "Chennai", "India") in plants_of(read(nlp, text))


def test_a_town_based_company_written_with_a_hyphen_is_still_no_plant(nlp):
    text = "The Chennai-based carmaker sells the Creta in Peru."
    assert ("Chennai", "India") not in sites(read(nlp, text))


# -- where a car was shown ------------------------------------------------------------------------------------------
def test_the_town_a_production_car_was_previewed_in_is_no_plant(nlp):
    text = "Honda said the production version of the car unveiled in Jakarta last month will go on sale in May."
    assert ("Jakarta", "Indonesia") not in sites(read(nlp, text))


def test_a_model_built_in_a_town_after_an_aside_on_its_unveiling_is_still_made_there(nlp):
    text = "Honda will build the City, unveiled last year, in Karawang."
    assert ("Honda", "Karawang", "Indonesia") in plants_of(read(nlp, text))


# -- 'Located between A and B, the plant ...' ---------------------------------------------------------------------
def test_located_between_two_towns_places_the_plant_described(nlp):
    text = "Kia builds the Rio at the Avtotor plant in Russia. Located between Kaluga and Tula in Russia, the plant opened in 2010."
    assert sites(read(nlp, text)) == {("Kaluga", "Russia")}


def test_located_near_an_area_leaves_the_plant_its_own_town(nlp):
    text = "Located near Pune, the Chakan plant of Tata builds the Harrier."
    assert sites(read(nlp, text)) == {("Chakan", "India")}


# -- 'The newly built assembly plant is located in ...' -----------------------------------------------------------
def test_the_described_plant_located_near_a_town_after_words_describing_it(nlp):
    text = ("Kia has opened an assembly plant in Sri Lanka. The newly built assembly plant is located in a free trade "
            "zone, close to the capital city of Colombo.")
    assert sites(read(nlp, text)) == {("Colombo", "Sri Lanka")}


def test_the_described_plant_supplying_dealers_located_in_towns_gets_no_site(nlp):
    text = ("Kia has opened an assembly plant in Sri Lanka. The newly built assembly plant will supply dealers located in "
            "Colombo and Kandy.")
    assert sites(read(nlp, text)) == {(None, "Sri Lanka")}


# -- 'its' some words before the place -------------------------------------------------------------------------------
def test_its_wholly_owned_plant_after_a_company_named_with_from_is_the_subjects(nlp):
    text = "Ford moved its car production line from Mazda to its wholly owned assembly plant in Rayong."
    assert {p.company for p in read(nlp, text).plants} == {"Ford"}


def test_its_plant_of_a_company_named_with_to_is_that_companys(nlp):
    text = "Ford sold the car production line to Mazda, which will move it to its wholly owned assembly plant in Rayong."
    assert {p.company for p in read(nlp, text).plants} == {"Mazda"}


# -- the port cars go through ----------------------------------------------------------------------------------------
def test_the_country_of_a_port_production_is_shipped_through_has_no_plant(nlp):
    text = "Fiat will ship most of its Serbian car production through the port of Koper in Slovenia."
    assert "Slovenia" not in {c for _, c in sites(read(nlp, text))}


def test_a_plant_near_a_port_is_still_a_plant(nlp):
    text = "Renault builds the Sandero at its plant near the port of Tangier in Morocco."
    assert ("Renault", "Tangier", "Morocco") in plants_of(read(nlp, text))


# -- towns given as examples of plants -------------------------------------------------------------------------------
def test_towns_given_as_examples_of_plants_are_plants(nlp):
    text = "Mahindra builds the Thar in India. The company will raise output at plants such as Nashik and Chakan."
    found = sites(read(nlp, text))
    assert ("Nashik", "India") in found and ("Chakan", "India") in found


def test_states_given_as_examples_after_plants_are_no_sites(nlp):
    text = "Mahindra will raise output at plants in states such as Maharashtra."
    assert ("Maharashtra", "India") not in sites(read(nlp, text))


# -- a group's other brand, its model made at a plant ----------------------------------------------------------------
def test_a_model_of_the_groups_other_brand_made_at_a_plant_names_that_brand(nlp):
    text = "Jeep will build the Compass in Goiana, Brazil. The Fiat Strada pickup is produced at the Betim plant in Brazil."
    assert ("Fiat", "Betim", "Brazil") in plants_of(read(nlp, text))


def test_a_model_of_another_group_made_at_a_contract_plant_keeps_the_story_company(nlp):
    text = "Magna Steyr builds cars for other makers. The Toyota Supra coupe is produced at the Graz plant in Austria."
    assert ("Magna Steyr", "Graz", "Austria") in plants_of(read(nlp, text))


# -- a small US town before its state written out --------------------------------------------------------------------
def test_a_small_town_before_its_state_is_a_place_there_and_where_named_again(nlp):
    text = ("Zorvex selected Elkhart, Indiana, as the location of its new vehicle plant. The governor said the Elkhart "
            "facility will employ 900 people.")
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PLACE"].count("Elkhart") == 2
    assert ("Elkhart", "United States") in sites(read(nlp, text))


def test_a_town_the_city_database_holds_in_another_state_is_no_place(nlp):
    doc = nlp("Zorvex selected Elkhart, Ohio, as the location of its new vehicle plant.")
    assert "Elkhart" not in [e.text for e in doc.ents]


# -- plant towns added to the gazetteer -------------------------------------------------------------------------------
def test_new_plant_towns_are_places_in_their_countries(nlp):
    text = "Zorvex builds buses in Duqm, and Acme builds motorcycles at Tiruvottiyur and trucks in Santiago Tianguistenco."
    found = sites(read(nlp, text))
    assert {("Duqm", "Oman"), ("Tiruvottiyur", "India"), ("Santiago Tianguistenco", "Mexico")} <= found


def test_santiago_alone_is_still_chiles_capital(nlp):
    text = "Acme builds trucks in Santiago."
    assert sites(read(nlp, text)) == {("Santiago", "Chile")}


def test_daimler_trucks_north_america_is_the_truck_groups_arm_not_mercedes(nlp):
    facts = read(nlp, "Daimler Trucks North America builds the Cascadia in Saltillo, Mexico.")
    assert ("Daimler Trucks North America", "Saltillo", "Mexico") in plants_of(facts)


def test_daimler_alone_is_still_the_former_car_group(nlp):
    facts = read(nlp, "Daimler builds the C-Class in Bremen.")
    assert {p.company for p in facts.plants} == {"Daimler"}
