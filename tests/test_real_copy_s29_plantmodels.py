"""Plant-model fixes of 2026-12-05 (s29), from the errors of the tuning sets, on sentences written for these tests (names
and figures made up): the models a route ships from the country of one of the maker's plants."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_models(facts) -> dict[str, list[str]]:
    """site -> models of its plant."""
    return {p.site: p.models for p in facts.plants}


# -- the models shipped from the country of the maker's one plant there ----------------------------------------------
def test_models_shipped_from_the_country_of_the_makers_plant_are_made_there(nlp):
    text = ("Toyota builds cars at its Zarate plant in Argentina. Last year the company exported 20,000 Hilux and "
            "Fortuner vehicles from Argentina to Brazil.")
    assert plant_models(read(nlp, text)).get("Zarate") == ["Hilux", "Fortuner"]


def test_models_shipped_by_another_group_are_not_the_plants(nlp):
    text = "Ford builds the Ranger at its Pacheco plant in Argentina. Toyota exported 20,000 Hilux pickups from Argentina to Brazil."
    assert plant_models(read(nlp, text)).get("Pacheco") == ["Ranger"]


def test_with_two_plants_of_the_maker_there_the_shipped_models_go_to_neither(nlp):
    text = ("Toyota has two plants in Argentina, at Zarate and at Campana. Last year the company exported 20,000 Hilux "
            "and Fortuner vehicles from Argentina to Brazil.")
    found = plant_models(read(nlp, text))
    assert found.get("Zarate") == [] and found.get("Campana") == []


def test_a_plant_named_as_where_kits_come_from_takes_no_shipped_models(nlp):
    text = ("Skoda and a local partner will build the Kushaq at a new plant in Quang Ninh, Vietnam. Kits will come from "
            "Skoda's plant in Pune. The Kushaq went on sale in Vietnam this year as imports from India.")
    assert not plant_models(read(nlp, text)).get("Pune")


# -- models said to be made locally ----------------------------------------------------------------------------------
def test_locally_made_models_are_the_makers_plants(nlp):
    text = ("Ford opened its Hai Duong plant in Vietnam in 1997. Ford sells two locally made models, the crossover SUV "
            "EcoSport and the passenger van Tourneo.")
    assert plant_models(read(nlp, text)).get("Hai Duong") == ["EcoSport", "Tourneo"]


def test_locally_made_models_named_before_the_plant(nlp):
    text = ("Volkswagen has exported 80,000 locally-made left-hand-drive Polo and Vento cars. The cars come from its "
            "plant at Chakan in India.")
    assert {"Polo", "Vento"} <= set(plant_models(read(nlp, text)).get("Chakan") or [])


def test_locally_made_parts_name_no_model(nlp):
    text = "Ford opened its Hai Duong plant in Vietnam in 1997. Dealers want more locally made seats for the Ranger pickup."
    assert plant_models(read(nlp, text)).get("Hai Duong") == []


def test_a_locally_made_list_ends_at_a_clause(nlp):
    text = ("Ford opened its Hai Duong plant in Vietnam in 1997. It sells the locally produced EcoSport, as well as the "
            "Explorer, which is imported from the US.")
    assert plant_models(read(nlp, text)).get("Hai Duong") == ["EcoSport"]


# -- a relative clause of a past making ends where the main clause goes on ------------------------------------------
def test_a_past_making_in_a_relative_clause_keeps_the_main_clauses_model(nlp):
    text = ("Toyota will build the Tacoma in Guanajuato, Mexico. Its San Antonio plant in Texas, which previously made "
            "the model, will switch to producing the Sequoia SUV.")
    assert plant_models(read(nlp, text)).get("San Antonio") == ["Sequoia"]


def test_the_models_of_the_past_making_stay_out(nlp):
    text = ("Toyota will build the Tacoma in Guanajuato, Mexico. Its San Antonio plant in Texas, which previously made "
            "the Tundra, the Sequoia and the 4Runner, is idle.")
    assert plant_models(read(nlp, text)).get("San Antonio") == []


# -- the first model, after a phrase, is the X -----------------------------------------------------------------------
def test_the_first_model_after_a_phrase_is_the_plants(nlp):
    text = ("Fiat and GAC will build a plant in Changsha, China. The first model to be launched by the joint venture "
            "will be Fiat's C-segment Linea sedan.")
    assert plant_models(read(nlp, text)).get("Changsha") == ["Linea"]


def test_a_model_inside_the_phrase_is_no_first_model(nlp):
    text = "Renault will open a plant in Tangier, Morocco. The first model, unlike the Clio, will be cheap."
    assert plant_models(read(nlp, text)).get("Tangier") == []


# -- the vehicles just named, described by a word or two, made at a place -------------------------------------------
def test_a_described_vehicle_as_subject_is_the_model_named_before(nlp):
    text = "Nissan has started production of the Navara in Argentina. The Japanese bakkie is also produced at facilities in Spain."
    found = {p.country: p.models for p in read(nlp, text).plants}
    assert found.get("Spain") == ["Navara"]


def test_a_past_generation_as_subject_is_not_the_model_named_before(nlp):
    text = "Renault builds the Clio in Turkey. The original model was built at Douai in France."
    assert plant_models(read(nlp, text)).get("Douai") == []


# -- a version of a model made ---------------------------------------------------------------------------------------
def test_a_version_of_a_model_made_names_the_model_made(nlp):
    text = ("Seat will invest 1.2 billion euros in its Martorell plant in Spain. The money will convert the plant to build "
            "the redesigned Ibiza in 2008 and produce a longer version of the recently launched Altea crossover.")
    assert plant_models(read(nlp, text)).get("Martorell") == ["Ibiza", "Altea"]


def test_a_model_only_likened_to_a_version_is_not_made(nlp):
    text = ("Seat will invest 1.2 billion euros in its Martorell plant in Spain. The plant will build the Ibiza, a car "
            "that looks like a shorter version of the Altea.")
    assert plant_models(read(nlp, text)).get("Martorell") == ["Ibiza"]


# -- a making that stops, and one that goes on -----------------------------------------------------------------------
def test_the_models_of_a_making_after_a_stopped_one_are_the_plants(nlp):
    text = ("Iran Khodro builds cars at a plant in Damascus, Syria. Under a new deal, the carmaker will stop producing "
            "the Samand sedan and manufacture the Soren, the compact Runna and the Dena family cars instead.")
    assert plant_models(read(nlp, text)).get("Damascus") == ["Soren", "Runna", "Dena"]


def test_the_models_listed_after_a_stopped_making_stay_out(nlp):
    text = ("Iran Khodro builds cars at a plant in Damascus, Syria. Under a new deal, the carmaker will stop producing "
            "the Samand sedan and the Dena family cars.")
    assert plant_models(read(nlp, text)).get("Damascus") == []


def test_a_plant_whose_models_were_given_takes_no_other_shipped_model(nlp):
    text = ("The first cars off the line at BYD's plant in Szeged, Hungary, will be the Dolphin and the Atto 2. "
            "BYD also exported 2,000 Seal cars from Hungary to Germany.")
    assert plant_models(read(nlp, text)).get("Szeged") == ["Dolphin", "Atto 2"]


# -- plants a plant is compared with ---------------------------------------------------------------------------------
def test_plants_a_plant_is_compared_with_leave_it_the_one_described(nlp):
    text = ("Suzuki marked the production of the 3.5-millionth vehicle at its plant in Esztergom, Hungary. The plant, "
            "Suzuki's third-largest after the ones in Japan and India, has shipped vehicles all over the world. The plant "
            "has produced the Swift, the Ignis and the SX4.")
    assert plant_models(read(nlp, text)).get("Esztergom") == ["Swift", "Ignis", "SX4"]


def test_a_plant_named_in_its_own_aside_is_still_described(nlp):
    text = ("Suzuki builds cars in Hungary. The plant, in Esztergom near Budapest, has produced the Swift and the Ignis.")
    assert plant_models(read(nlp, text)).get("Esztergom") == ["Swift", "Ignis"]


# -- a participle of making about the model before it, the site's area after the site -------------------------------
def test_a_participle_of_making_with_the_sites_area_is_about_the_model_before_it(nlp):
    text = "Volkswagen sells the Polo in Mexico. The Polo, built at the Chakan plant, near Pune, replaced the Jetta in the Mexican market."
    assert plant_models(read(nlp, text)).get("Chakan") == ["Polo"]


# -- the investment going to the making of a model -------------------------------------------------------------------
def test_the_investment_enabling_the_production_of_a_model_is_the_plants(nlp):
    text = ("Ford will invest $190 million in its plant in Pacheco, Argentina. The investment will enable the production "
            "of Ford's new Focus model.")
    assert plant_models(read(nlp, text)).get("Pacheco") == ["Focus"]


def test_an_investment_not_going_to_the_production_of_a_model(nlp):
    text = ("Ford will invest $190 million in its plant in Pacheco, Argentina. The investment will not go to the "
            "production of Ford's new Focus model.")
    assert plant_models(read(nlp, text)).get("Pacheco") == []


# -- a clause after the making with no making of its own -------------------------------------------------------------
def test_a_model_of_a_clause_of_sales_after_the_making_is_not_the_plants(nlp):
    text = ("Toyota builds the Tacoma at its plant in Guanajuato, Mexico. This year Toyota Mexico produced 80,798 Tacoma "
            "units; sales of Toyota's sedan, the Corolla, fell 45.6%.")
    assert plant_models(read(nlp, text)).get("Guanajuato") == ["Tacoma"]


def test_the_items_of_a_list_parted_by_semicolons_stay(nlp):
    text = ("Suzuki opened its Esztergom plant in Hungary in 1992. The plant has produced three generations of the Swift "
            "model, introduced in 1992, 2005 and 2010; the Ignis in 2003; the SX4 in 2006; and the Vitara in 2015.")
    assert plant_models(read(nlp, text)).get("Esztergom") == ["Swift", "Ignis", "SX4", "Vitara"]


def test_of_two_group_plants_there_the_shippers_own_takes_the_shipped_models(nlp):
    text = ("Renault builds cars at Oragadam in India, and its partner Renault Nissan Automotive India runs a plant in "
            "Chennai. Last year Renault exported 20,000 Kwid and Kiger cars from India to South Africa.")
    found = plant_models(read(nlp, text))
    assert found.get("Oragadam") == ["Kwid", "Kiger"] and found.get("Chennai") == []


def test_a_model_not_locally_made_is_not_the_plants(nlp):
    text = "Ford opened its Hai Duong plant in Vietnam in 1997. Dealers sell the imported, not locally made Explorer SUV."
    assert plant_models(read(nlp, text)).get("Hai Duong") == []


# -- sites listed with their countries share the models named before the first ---------------------------------------
def test_a_second_site_listed_with_its_town_shares_the_models(nlp):
    text = "The new C-Class is also built at two other plants, Bremen in Germany and Beijing in China."
    found = {p.country: p.models for p in read(nlp, text).plants}
    assert found.get("Germany") == ["C-Class"] and found.get("China") == ["C-Class"]


def test_a_second_site_with_its_own_making_keeps_its_own_models(nlp):
    text = "The C-Class is built in Bremen in Germany, and Beijing in China builds the GLC."
    found = {p.country: p.models for p in read(nlp, text).plants}
    assert found.get("China") == ["GLC"]


def test_local_assembly_of_a_model_is_the_makers_plants(nlp):
    text = ("Hyundai opened a plant in Faisalabad, Pakistan, with a capacity of 15,000 units. Hyundai will start local "
            "assembly of the Tucson next year.")
    assert plant_models(read(nlp, text)).get("Faisalabad") == ["Tucson"]


def test_no_local_assembly_of_a_model_is_no_plants(nlp):
    text = ("Hyundai opened a plant in Faisalabad, Pakistan, with a capacity of 15,000 units. There will be no local "
            "assembly of the Tucson, which is imported.")
    assert plant_models(read(nlp, text)).get("Faisalabad") == []


def test_a_making_of_the_plants_country_is_the_plants(nlp):
    text = ("Chevrolet builds the Onix at its plant in Alvear, Argentina. Dealers welcomed the news of Argentinian "
            "production of the Tracker SUV.")
    assert plant_models(read(nlp, text)).get("Alvear") == ["Onix", "Tracker"]


def test_a_making_of_another_country_is_not_the_plants(nlp):
    text = ("Chevrolet builds the Onix at its plant in Alvear, Argentina. Dealers welcomed the news of Brazilian "
            "production of the Tracker SUV.")
    assert plant_models(read(nlp, text)).get("Alvear") == ["Onix"]
