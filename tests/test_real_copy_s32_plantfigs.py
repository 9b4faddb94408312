"""Plant figure fixes of 2026-12-05 (s32), from the errors of the tuning sets, on sentences written for these tests (names
and figures made up): a maker's capacity over its plants in a country."""
from __future__ import annotations

from tests.pipeline_helpers import plant_at, read


# -- a maker's capacity in a country ---------------------------------------------------------------------------------
def test_a_makers_capacity_in_the_country_is_not_the_sited_plants(nlp):
    text = ("Kia opened a new assembly plant in Pune, India, which can build 180,000 vehicles a year. "
            "Kia plans to double its production capacity in India to 900,000 vehicles by 2030.")
    assert plant_at(read(nlp, text), "Pune").capacity_per_year == 180000


def test_the_automakers_capacity_in_the_nation_is_its_plants_together(nlp):
    text = ("Kia's Pune plant in India will raise the automaker's capacity in the nation to 640,000 cars a year "
            "once the upgrade is complete.")
    assert plant_at(read(nlp, text), "Pune").capacity_per_year is None


def test_a_plant_placed_only_in_the_country_keeps_the_makers_capacity_there(nlp):
    text = "Kia will invest $700 million in Argentina and expand its production capacity in the country to 130,000 units per year."
    plants = [p for p in read(nlp, text).plants if p.country == "Argentina"]
    assert plants and plants[0].capacity_per_year == 130000


def test_the_plants_own_capacity_in_a_country_is_kept(nlp):
    text = "Kia's Pune plant has a production capacity of 300,000 units a year, the largest in India."
    assert plant_at(read(nlp, text), "Pune").capacity_per_year == 300000


# -- the value of trade named right after a sum ----------------------------------------------------------------------
def test_a_sum_worth_of_exports_is_no_investment(nlp):
    text = ("Nissan's Smyrna plant in Tennessee builds the Rogue. The $4.5 billion worth of passenger car exports in 2019 "
            "is up 12 percent from the year before.")
    assert plant_at(read(nlp, text), "Smyrna").investment is None


def test_a_sum_spent_on_importation_is_no_investment(nlp):
    text = ("Nissan assembles the Almera at its plant in Lagos. Nigeria spends 3.1 billion naira on the importation of "
            "vehicles every year, the company said.")
    assert plant_at(read(nlp, text), "Lagos").investment is None


def test_a_sum_worth_of_investment_in_the_plant_is_kept(nlp):
    text = "Nissan's Smyrna plant in Tennessee will get $300 million worth of investment in new tooling, the company said."
    assert plant_at(read(nlp, text), "Smyrna").investment is not None


# -- a year closing the vehicles and the parts made beside them ------------------------------------------------------
def test_vehicles_and_engines_per_year_is_the_plants_capacity(nlp):
    text = "The Nissan plant in Canton, Mississippi, can make 310,000 vehicles and V-8 engines per year."
    assert plant_at(read(nlp, text), "Canton, Mississippi").capacity_per_year == 310000


def test_vehicles_and_a_verb_after_and_stay_no_capacity(nlp):
    text = "The Nissan plant in Canton, Mississippi, built 90,000 cars and sold 20,000 a year in the state."
    assert plant_at(read(nlp, text), "Canton, Mississippi").capacity_per_year is None


# -- a figure naming the capacity after it ---------------------------------------------------------------------------
def test_a_figure_before_annual_production_capacity_is_the_plants_capacity(nlp):
    text = "Nissan said its plant in Rosslyn will have an initial 85,000 annual production capacity."
    assert plant_at(read(nlp, text), "Rosslyn").capacity_per_year == 85000


def test_a_hyphenated_unit_capacity_is_the_plants_capacity(nlp):
    text = "Nissan's plant in Rosslyn has a 64,000-unit capacity and builds the Navara."
    assert plant_at(read(nlp, text), "Rosslyn").capacity_per_year == 64000


def test_a_year_before_production_capacity_is_no_capacity(nlp):
    text = "Nissan's plant in Rosslyn met its 2025 production capacity target early."
    assert plant_at(read(nlp, text), "Rosslyn").capacity_per_year is None


def test_a_capacity_originally_planned_is_no_capacity(nlp):
    text = "Nissan originally planned for a 90,000 unit capacity at its plant in Rosslyn, but scaled back its plans."
    assert plant_at(read(nlp, text), "Rosslyn").capacity_per_year is None


# -- a monthly rate of shipping --------------------------------------------------------------------------------------
def test_a_monthly_rate_of_shipping_is_no_capacity(nlp):
    text = ("Nissan will build the Navara at its plant in Rosslyn. The trucks will be shipped from South Africa at a rate "
            "of 650 vehicles a month with production starting in May.")
    assert plant_at(read(nlp, text), "Rosslyn").capacity_per_year is None


def test_a_monthly_rate_of_making_stays_a_capacity(nlp):
    text = "Nissan's plant in Rosslyn, which supplies dealers across Africa, can produce 2,000 units a month."
    assert plant_at(read(nlp, text), "Rosslyn").capacity_per_year == 24000


# -- the yearly output named as the subject further back -------------------------------------------------------------
def test_annual_output_said_to_rise_to_a_figure_is_the_capacity(nlp):
    text = "Skoda's plant in Kvasiny builds the Karoq. The annual output from the Kvasiny plant is set to rise by 40,000 to 310,000 units."
    assert plant_at(read(nlp, text), "Kvasiny").capacity_per_year == 310000


def test_annual_output_that_fell_to_a_figure_is_no_capacity(nlp):
    text = "Skoda's plant in Kvasiny builds the Karoq. The annual output from the Kvasiny plant fell last year by 4,000 to 210,000 units."
    assert plant_at(read(nlp, text), "Kvasiny").capacity_per_year is None


# -- two plants named before a plural plant noun ---------------------------------------------------------------------
def test_output_at_the_engine_and_gearbox_plants_is_not_the_car_plants(nlp):
    text = ("Skoda's plant in Kvasiny will build the Karoq, with a capacity of 210,000 units a year. Output at the "
            "engine and gearbox plants will rise to 900,000 units per year.")
    assert plant_at(read(nlp, text), "Kvasiny").capacity_per_year == 210000


# -- a nation's people counted as staff ------------------------------------------------------------------------------
def test_employment_for_nationals_is_the_plants_jobs(nlp):
    text = "Innoson opened a vehicle plant in Nnewi, Nigeria, which will provide employment for about 1,200 Nigerians."
    plants = [p for p in read(nlp, text).plants if p.country == "Nigeria"]
    assert plants and plants[0].jobs == 1200


def test_nationals_who_buy_cars_are_no_staff(nlp):
    text = "Innoson's plant in Nnewi, Nigeria, sold 2,000 buses to 900 Ghanaians last year."
    assert all(p.jobs is None for p in read(nlp, text).plants)


# -- units of capacity -----------------------------------------------------------------------------------------------
def test_units_of_production_capacity_added_at_a_plant_are_its_capacity(nlp):
    text = "Skoda's plant in Kvasiny recently added 120,000 units of production capacity."
    assert plant_at(read(nlp, text), "Kvasiny").capacity_per_year == 120000


def test_units_of_a_model_are_no_capacity(nlp):
    text = "Skoda's plant in Kvasiny builds the Karoq. Skoda sold 20,000 units of the Karoq in Germany."
    assert plant_at(read(nlp, text), "Kvasiny").capacity_per_year is None
