"""Plant-model fixes of 2026-12-05 (s30), from the errors of the tuning sets, on sentences written for these tests (the
sentences and figures made up): models a sentence says are made before the story names any plant."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_models(facts) -> dict[str, list[str]]:
    """site (or country) -> models of its plant."""
    return {p.site or p.country: p.models for p in facts.plants}


# -- a making said before any plant is known -------------------------------------------------------------------------
def test_models_the_speaker_makes_before_any_plant_go_to_the_one_plant_named_later(nlp):
    text = ("Ford Otosan will lift its capacity to 500,000 vehicles a year, its chief said. \"We will set new records in "
            "production and export of our Transit and Tourneo models.\" The work will be done at its plant in Kocaeli, Turkey.")
    assert plant_models(read(nlp, text)).get("Kocaeli") == ["Transit", "Tourneo"]


def test_models_made_before_any_plant_of_another_group_stay_unplaced(nlp):
    text = ("Ford Otosan will lift its capacity to 500,000 vehicles a year, its chief said. \"Rivals set new records in "
            "production of the Toyota Hilux.\" The work will be done at its plant in Kocaeli, Turkey.")
    assert plant_models(read(nlp, text)).get("Kocaeli") == []


def test_models_made_before_any_plant_stay_unplaced_with_a_plant_of_their_group_in_each_of_two_countries(nlp):
    text = ("Ford Otosan will lift its capacity to 500,000 vehicles a year, its chief said. \"We will set new records in "
            "production and export of our Transit and Tourneo models.\" The work will be done at its plant in Kocaeli, "
            "Turkey. Ford also builds cars at its plant in Craiova, Romania.")
    found = plant_models(read(nlp, text))
    assert "Transit" not in (found.get("Kocaeli") or []) and "Transit" not in (found.get("Craiova") or [])


def test_models_made_before_any_plant_go_to_the_one_plant_of_their_group_among_others(nlp):
    text = ("The company has already made about 100 Ceed cars at the factory. Kia builds cars at its plant in Zilina, "
            "Slovakia. Avtotor builds cars at its plant in Kaliningrad, Russia.")
    found = plant_models(read(nlp, text))
    assert found.get("Zilina") == ["Ceed"] and found.get("Kaliningrad") == []


def test_models_made_before_any_plant_stay_unplaced_with_two_plants_of_their_group(nlp):
    text = ("The company has already made about 100 Ceed cars at the factory. Kia builds cars at its plant in Zilina, "
            "Slovakia. Kia also builds cars at its plant in Gwangju, South Korea.")
    found = plant_models(read(nlp, text))
    assert found.get("Zilina") == [] and found.get("Gwangju") == []


# -- the making of a model: 'production of the X' ---------------------------------------------------------------------
def test_production_of_a_model_in_a_sentence_after_the_plant_is_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. The new model will replace the production of the Ceed."
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed"]


def test_assembly_of_models_a_deal_is_for_is_the_plants(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. Kia signed a deal with the regional government for the assembly of the "
            "Ceed and the Sportage.")
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed", "Sportage"]


def test_production_of_models_after_a_phrase_with_phase_is_the_plants(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. \"We are entering a new phase with the production of the Ceed and the "
            "Sportage,\" its head said.")
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed", "Sportage"]


def test_assembly_of_a_model_that_was_stopped_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. The assembly of the Ceed was stopped there in 2019."
    assert plant_models(read(nlp, text)).get("Zilina") == []


def test_production_of_a_model_the_maker_will_end_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. Kia will end production of the Ceed in 2027."
    assert plant_models(read(nlp, text)).get("Zilina") == []


# -- a model named only to liken another to ----------------------------------------------------------------------------
def test_a_model_of_the_same_class_as_the_new_car_is_not_the_plants(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. The plant will start production of a new car which is in the same class "
            "as the Kia Ceed.")
    assert plant_models(read(nlp, text)).get("Zilina") == []


def test_a_model_a_new_suv_is_similar_to_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. The plant will build a new SUV similar to the Kia Sportage from 2027."
    assert plant_models(read(nlp, text)).get("Zilina") == []


def test_a_model_likened_to_is_dropped_but_the_model_built_kept(nlp):
    text = "Kia has a plant in Zilina, Slovakia. The plant will build the Sportage, a crossover similar in size to the Ceed."
    assert plant_models(read(nlp, text)).get("Zilina") == ["Sportage"]


def test_a_model_said_to_be_similar_to_another_is_still_built(nlp):
    text = "Kia has a plant in Zilina, Slovakia. The plant builds the Ceed, and the Sportage is similar to it."
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed", "Sportage"]


def test_production_of_a_model_another_group_raises_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. Toyota will double production of the Toyota Yaris next year."
    assert plant_models(read(nlp, text)).get("Zilina") == []


def test_production_of_a_model_the_plants_operator_agrees_on_with_a_partner_is_the_plants(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. Hyundai signed an agreement with Kia for the production of the Kia Ceed "
            "there.")
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed"]


def test_no_local_assembly_of_a_model_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. There will be no local assembly of the Sportage, which is imported."
    assert plant_models(read(nlp, text)).get("Zilina") == []


def test_production_of_a_model_after_it_opening_a_sentence_about_sales_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. Kia sold 30,000 cars last year. It will add the production of the Ceed."
    assert plant_models(read(nlp, text)).get("Zilina") == []


# -- a lineup: of what a plant makes, or a range on sale ---------------------------------------------------------------
def test_a_production_lineup_is_what_the_plant_makes(nlp):
    text = "Kia has a plant in Zilina, Slovakia. Its current production lineup includes the Ceed and the Sportage."
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed", "Sportage"]


def test_a_model_in_the_makers_range_on_sale_is_not_the_plants(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. The plant will build the Ceed. Both Sportage trims are part of Kia's most "
            "capable SUV lineup ever.")
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed"]


def test_a_model_in_a_sentence_on_the_engine_lineup_is_not_the_plants(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. The plant builds the Ceed. Kia gave no details of the engine lineup, but "
            "the Sportage has a 1.6-litre engine.")
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed"]


# -- 'make' of no making ------------------------------------------------------------------------------------------------
def test_a_maker_making_an_appearance_with_a_model_makes_no_model(nlp):
    text = ("Kia has a plant in Zilina, Slovakia. The plant builds the Ceed. Kia, however, makes another appearance in the "
            "sales ranking with the Sportage.")
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed"]


def test_a_plant_that_made_its_first_car_still_makes_its_models(nlp):
    text = "Kia has a plant in Zilina, Slovakia. The plant made its first Ceed in 2006 and makes the Sportage."
    assert plant_models(read(nlp, text)).get("Zilina") == ["Ceed", "Sportage"]


# -- a shipment long ago ------------------------------------------------------------------------------------------------
def test_a_model_first_shipped_decades_ago_is_not_the_plants(nlp):
    text = ("Kia builds cars at its plant in Gwangju, South Korea. Kia will top 5 million exports this month, 45 years after "
            "its first shipment of 20 Ceed pickups from South Korea to Chile in 1979.")
    assert plant_models(read(nlp, text)).get("Gwangju") == []


def test_a_model_shipped_since_a_year_of_the_last_century_is_the_plants(nlp):
    text = ("Kia builds cars at its plant in Gwangju, South Korea. Since 1998, Kia has shipped 20,000 Ceed cars from South "
            "Korea to Chile.")
    assert plant_models(read(nlp, text)).get("Gwangju") == ["Ceed"]


# -- the country a model made before any plant is named in ------------------------------------------------------------
def test_a_model_made_before_any_plant_goes_to_the_groups_plant_in_the_country_its_sentence_names(nlp):
    text = ("Ford will invest 800 million euro over two years. Of this amount, its largest investment in Spain in 35 years, "
            "230 million euro will go toward making the Kuga. The money goes to its plant in Almussafes, Spain. Ford also "
            "builds cars at its plant in Craiova, Romania.")
    found = plant_models(read(nlp, text))
    assert found.get("Almussafes") == ["Kuga"] and found.get("Craiova") == []


def test_a_model_made_before_any_plant_with_no_country_stays_unplaced_among_two_plants(nlp):
    text = ("Ford will invest 800 million euro over two years. Of this amount, 230 million euro will go toward making the "
            "Kuga. The money goes to its plant in Almussafes, Spain. Ford also builds cars at its plant in Craiova, Romania.")
    found = plant_models(read(nlp, text))
    assert found.get("Almussafes") == [] and found.get("Craiova") == []


# -- 'built there' ---------------------------------------------------------------------------------------------------------
def test_a_model_built_there_is_the_plants_whatever_companies_the_sentence_names(nlp):
    text = ("Azermash has a plant in Ganja, Azerbaijan. Assembly of Russian UAZ off-roaders came first, and now the Chinese "
            "Chery Tiggo 4 is built there.")
    assert plant_models(read(nlp, text)).get("Ganja") == ["Tiggo 4"]


def test_a_model_another_company_sells_there_is_not_the_plants(nlp):
    text = "Kia has a plant in Zilina, Slovakia. Hyundai also sells the Tucson there."
    assert plant_models(read(nlp, text)).get("Zilina") == []



def test_the_production_of_a_model_by_another_named_place_is_not_the_plants(nlp):
    text = "Mazda builds the CX-30 at its Salamanca plant in Mexico. Hiroshima will continue production of the CX-5."
    assert plant_models(read(nlp, text))["Salamanca"] == ["CX-30"]


def test_the_production_of_a_model_by_the_plants_own_town_or_noun_is_the_plants(nlp):
    for subject in ("Salamanca", "The plant"):
        text = f"Mazda builds the CX-30 at its Salamanca plant in Mexico. {subject} will continue production of the CX-5."
        assert plant_models(read(nlp, text))["Salamanca"] == ["CX-30", "CX-5"], subject
