"""Plant fixes of 2026-12-05 (s35), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


def sites(facts) -> set[tuple]:
    """(site, country) of every plant."""
    return {(p.site, p.country) for p in facts.plants}


# -- a maker named as its town's works -------------------------------------------------------------------------------
def test_a_maker_named_as_its_towns_automobile_plant_has_its_plant_there(nlp):
    text = "Kremenchuk Automobile Plant (KrAZ) has started making a new dump truck in its modernised workshop."
    assert ("KrAZ", "Kremenchuk", "Ukraine") in plants_of(read(nlp, text))


def test_the_works_name_sites_the_plant_the_story_gives_the_maker_in_its_country(nlp):
    text = "Minsk Automobile Plant said on Monday that MAZ will build 500 buses a year in Belarus."
    assert {(c, s) for c, s, country in plants_of(read(nlp, text)) if country == "Belarus"} == {("MAZ", "Minsk")}


def test_an_engine_supplier_named_as_its_towns_motor_plant_gets_no_plant(nlp):
    text = "Zavolzhye Motor Plant will supply engines to a bus maker from next year."
    assert not any(site == "Zavolzhye" for _, site, _ in plants_of(read(nlp, text)))


# -- 'its truck plants in A, State and B, Country' ---------------------------------------------------------------------
def test_a_list_after_truck_assembly_plants_gives_a_plant_in_each_place(nlp):
    text = "Tarvo Trucks already runs truck assembly plants in Springfield, Ohio and Monterrey, Mexico."
    got = {(s, c) for _, s, c in plants_of(read(nlp, text))}
    assert {("Springfield", "United States"), ("Monterrey", "Mexico")} <= got


def test_truck_plants_only_planned_in_a_list_are_no_plants(nlp):
    text = "Tarvo Trucks plans to add truck plants in Ohio and Mexico."
    assert not plants_of(read(nlp, text))


# -- 'In future the buses will be produced at ...' ---------------------------------------------------------------------
def models_at(facts, site: str) -> list[str]:
    return next((p.models for p in facts.plants if p.site == site), [])


def test_vehicles_after_an_opening_phrase_of_time_are_the_models_just_named(nlp):
    text = ("The Corolla and the Yaris are made at Toyota's plant in Kolkata. In future the cars will be produced at "
            "Toyota's plant in Chennai.")
    assert set(models_at(read(nlp, text), "Chennai")) == {"Corolla", "Yaris"}


def test_vehicles_after_an_opening_phrase_naming_a_place_are_not_read(nlp):
    text = ("The Corolla and the Yaris are made at Toyota's plant in Kolkata. In Japan the cars will be produced at "
            "Toyota's plant in Chennai.")
    assert models_at(read(nlp, text), "Chennai") == []


# -- a model named as a platform ---------------------------------------------------------------------------------------
def test_a_model_named_as_the_architecture_a_car_is_built_from_is_not_made_there(nlp):
    text = ("Kia builds cars at its plant in Gwangju. The Rio will be replaced by a car built from Hyundai's Accent "
            "architecture.")
    assert "Accent" not in models_at(read(nlp, text), "Gwangju")


def test_a_model_built_at_the_plant_beside_a_platform_word_elsewhere_is_still_made_there(nlp):
    text = "Kia builds the Rio, on a new platform, at its plant in Gwangju."
    assert "Rio" in models_at(read(nlp, text), "Gwangju")


# -- '1,118 full-time, well-paying jobs' -------------------------------------------------------------------------------
def jobs_at(facts, site: str):
    return next((p.jobs for p in facts.plants if p.site == site), None)


def test_jobs_counted_past_a_comma_between_two_modifiers(nlp):
    text = "Tarvo builds buses at its plant in Kolkata. The plant employs 1,250 full-time, well-paid assembly-line jobs."
    assert jobs_at(read(nlp, text), "Kolkata") == 1250


def test_a_list_of_things_counted_before_jobs_is_no_count_of_jobs(nlp):
    text = "Tarvo builds buses at its plant in Kolkata. It has 300 dealers, and jobs at the plant are safe."
    assert jobs_at(read(nlp, text), "Kolkata") is None


# -- 'a $185-million transformation project' ---------------------------------------------------------------------------
def investment_at(facts, site: str):
    inv = next((p.investment for p in facts.plants if p.site == site), None)
    return inv.amount if inv is not None else None


def test_a_sum_named_for_a_project_with_a_word_before_it_is_the_plants_investment(nlp):
    text = ("Tarvo builds buses at its plant in Kolkata. The grant will support a $120-million electrification project "
            "at the plant.")
    assert investment_at(read(nlp, text), "Kolkata") == 120_000_000


def test_a_share_buyback_programme_is_no_investment_in_the_plant(nlp):
    text = "Tarvo builds buses at its plant in Kolkata. The board approved a $120-million share buyback programme."
    assert investment_at(read(nlp, text), "Kolkata") is None


# -- a maker's profile: 'headquartered in X with N employees' ----------------------------------------------------------
def test_staff_in_a_makers_profile_are_not_the_plants_jobs(nlp):
    text = ("Tarvo will build a truck plant in Kolkata. Tarvo, headquartered in Lima with assets of $7 billion and "
            "30,000 employees, makes trucks and buses.")
    assert jobs_at(read(nlp, text), "Kolkata") is None


def test_staff_of_the_plant_in_a_sentence_naming_the_headquarters_are_still_its_jobs(nlp):
    text = ("Tarvo will build a truck plant in Kolkata. The plant, near the company's headquarters, will open with "
            "1,200 employees.")
    assert jobs_at(read(nlp, text), "Kolkata") == 1200


# -- a daily rate is no yearly capacity --------------------------------------------------------------------------------
def capacity_at(facts, site: str):
    return next((p.capacity_per_year for p in facts.plants if p.site == site), None)


def test_a_daily_rate_past_a_dashed_aside_is_no_yearly_capacity(nlp):
    text = ("Tarvo builds buses at its plant in Kolkata. The plant's capacity will rise to 90 vehicles - including "
            "buses and vans - per day.")
    assert capacity_at(read(nlp, text), "Kolkata") is None


def test_a_daily_rate_restated_as_a_yearly_one_keeps_the_yearly_capacity(nlp):
    text = "Tarvo opens a second line at its plant in Kolkata, doubling its output to 300 units a day or 75,000 a year."
    assert capacity_at(read(nlp, text), "Kolkata") == 75_000


# -- one year's output is no capacity ----------------------------------------------------------------------------------
def test_the_output_expected_for_this_year_is_no_capacity(nlp):
    text = "Tarvo will build a bus plant in Kolkata. Annual output for this year is expected to be 4,000 buses."
    assert capacity_at(read(nlp, text), "Kolkata") is None


def test_what_the_plant_will_make_each_year_is_still_its_capacity(nlp):
    text = "Tarvo will build a bus plant in Kolkata. The plant will produce 4,000 buses a year from next year."
    assert capacity_at(read(nlp, text), "Kolkata") == 4000


# -- 'the 2,300-worker plant' ------------------------------------------------------------------------------------------
def test_a_plant_counted_by_its_workers_in_a_compound_has_those_jobs(nlp):
    text = "Tarvo builds buses at the 1,800-worker Tarvo plant in Kolkata."
    assert jobs_at(read(nlp, text), "Kolkata") == 1800


def test_several_plants_counted_by_their_workers_give_no_plant_those_jobs(nlp):
    text = "Tarvo builds buses at its plant in Kolkata. Rivals run three 1,800-worker plants elsewhere."
    assert jobs_at(read(nlp, text), "Kolkata") is None


# -- 'the number of its factory workers in X to N' ---------------------------------------------------------------------
def test_the_number_of_its_factory_workers_in_a_country_raised_to_a_figure_is_the_plants_jobs(nlp):
    text = ("Tarvo builds scooters at its plant in Kolkata, India. Tarvo plans to raise the number of its factory "
            "workers in India to 2,400 by 2027.")
    assert jobs_at(read(nlp, text), "Kolkata") == 2400


def test_the_number_of_workers_in_an_industrial_zone_is_no_plants_jobs(nlp):
    text = ("Tarvo builds scooters at its plant in Kolkata, India. The state wants to raise the number of workers in "
            "the industrial zone to 9,000.")
    assert jobs_at(read(nlp, text), "Kolkata") is None


# -- 'in the Lima Technology Center in Lipa City' ----------------------------------------------------------------------
def test_a_town_opening_an_estates_name_placed_in_another_town_is_no_site(nlp):
    text = "Tarvo will build a scooter factory in the Lima Technology Park in Lipa City, Philippines."
    assert sites(read(nlp, text)) == {("Lipa City", "Philippines")}


def test_a_town_named_before_a_plant_in_another_town_is_still_read_when_no_estate_is_named(nlp):
    text = "Tarvo builds scooters in Lipa City and in Manila."
    assert {("Lipa City", "Philippines"), ("Manila", "Philippines")} <= sites(read(nlp, text))


# -- a town named for its port -----------------------------------------------------------------------------------------
def test_a_port_where_cars_land_is_no_plant(nlp):
    text = "The first Notes arrived from Nissan's Oppama plant at Belgium's Zeebrugge port."
    assert sites(read(nlp, text)) == {("Oppama", "Japan")}


def test_a_plant_in_a_port_town_written_as_a_plant_is_still_one(nlp):
    text = "Toyota builds the Corolla at its plant in Zeebrugge, Belgium."
    assert ("Zeebrugge", "Belgium") in sites(read(nlp, text))


# -- 'the Hosur facility of Ashok Leyland' -----------------------------------------------------------------------------
def test_the_town_plant_of_a_company_named_after_it_is_that_companys(nlp):
    text = "Renault rolled out its first van from the Chennai plant of Ashok Leyland."
    assert ("Ashok Leyland", "Chennai", "India") in plants_of(read(nlp, text))


def test_a_company_named_after_the_plant_without_of_does_not_run_it(nlp):
    text = "Renault builds vans at its Chennai plant for Ashok Leyland."
    assert ("Renault", "Chennai", "India") in plants_of(read(nlp, text))


# -- 'the Japanese automobile company's plant in X' --------------------------------------------------------------------
def test_a_demonym_before_the_noun_of_the_company_owning_the_plant_is_no_site(nlp):
    text = "Isuzu unveiled a truck assembled at the Japanese truck company's new plant in Casablanca."
    assert {c for _, _, c in plants_of(read(nlp, text))} == {"Morocco"}


def test_a_demonym_before_the_vehicles_made_does_not_hide_the_plant(nlp):
    text = "Isuzu builds Japanese trucks at its new plant in Casablanca."
    assert ("Isuzu", "Casablanca", "Morocco") in plants_of(read(nlp, text))
