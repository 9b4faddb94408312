"""Plant figure fixes of 2026-12-05 (s34), from the errors of the tuning sets BO-BR, on sentences written for these
tests (names and figures made up)."""
from __future__ import annotations

from core.nlp.pipeline import prepare_text
from tests.pipeline_helpers import plant_at, read


# -- 'to support' is a purpose, not aid --------------------------------------------------------------------------------
def test_money_to_support_a_new_model_is_the_plants_investment(nlp):
    text = ("Kia builds the Sorento at its plant in West Point, Georgia. The plant undertook a $250 million expansion to "
            "support the addition of the new model.")
    assert plant_at(read(nlp, text), "West Point").investment.amount == 250_000_000


def test_money_in_support_is_still_aid(nlp):
    text = ("Kia builds the Sorento at its plant in West Point, Georgia. The state offered $25 million support to the "
            "plant.")
    assert plant_at(read(nlp, text), "West Point").investment is None


# -- a loss that narrowed is no investment -----------------------------------------------------------------------------
def test_a_net_loss_and_its_conversion_are_no_investment(nlp):
    text = ("Daewoo Bus assembles coaches at its plant in Ulsan. For the year, the company's net losses narrowed to 80.5 "
            "billion won ($61 million) from 120.2 billion won a year earlier on cost cuts.")
    assert plant_at(read(nlp, text), "Ulsan").investment is None


def test_a_sum_invested_beside_a_loss_is_kept(nlp):
    text = ("Daewoo Bus assembles coaches at its plant in Ulsan. Despite its losses, the company will invest 80.5 billion "
            "won ($61 million) in the plant.")
    assert plant_at(read(nlp, text), "Ulsan").investment.amount == 80_500_000_000


# -- a registered capital is no plant's cost ---------------------------------------------------------------------------
def test_a_registered_capital_is_no_investment(nlp):
    text = ("Minsk Motors assembles sedans at its plant in Borisov. The venture was formed in 2015 with a registered "
            "capital of $40 million.")
    assert plant_at(read(nlp, text), "Borisov").investment is None


def test_a_paid_up_capital_is_no_investment(nlp):
    text = ("Minsk Motors assembles sedans at its plant in Borisov. Its paid-up capital is $40 million.")
    assert plant_at(read(nlp, text), "Borisov").investment is None


def test_capital_invested_in_the_plant_is_kept(nlp):
    text = ("Minsk Motors assembles sedans at its plant in Borisov. The venture was formed in 2015 and has put capital of "
            "$40 million into the plant.")
    assert plant_at(read(nlp, text), "Borisov").investment.amount == 40_000_000


# -- what closing costs is no investment -------------------------------------------------------------------------------
def test_restructuring_costs_are_no_investment(nlp):
    text = ("Polaris will move assembly to its plant in Huntsville, Alabama. The move is expected to cost $40 million "
            "to $55 million in restructuring and severance costs and $30 million in capital investments.")
    assert plant_at(read(nlp, text), "Huntsville").investment.amount == 30_000_000


def test_money_spent_on_the_move_is_kept(nlp):
    text = ("Polaris will move assembly to its plant in Huntsville, Alabama. The move is expected to cost $40 million "
            "in new tooling.")
    assert plant_at(read(nlp, text), "Huntsville").investment.amount == 40_000_000


# -- what a plant is making now is no capacity -------------------------------------------------------------------------
def test_cars_a_plant_is_now_making_each_month_are_no_capacity(nlp):
    text = ("Chery assembles the Tiggo at its plant in Valencia, Venezuela. The plant is currently assembling just 150 "
            "units a month.")
    assert plant_at(read(nlp, text), "Valencia").capacity_per_year is None


def test_cars_a_plant_can_make_each_month_are_its_capacity(nlp):
    text = ("Chery assembles the Tiggo at its plant in Valencia, Venezuela. The plant is capable of assembling 1,500 "
            "units a month.")
    assert plant_at(read(nlp, text), "Valencia").capacity_per_year == 18_000


# -- a range of a month's output -------------------------------------------------------------------------------------
def test_the_first_end_of_a_monthly_range_is_made_yearly(nlp):
    text = ("Tata Motors opened a bus assembly plant in Chittagong, Bangladesh, with a capacity to roll out 300-400 "
            "buses each month.")
    assert plant_at(read(nlp, text), "Chittagong").capacity_per_year == 3_600


def test_a_monthly_figure_changed_from_another_is_not_a_range(nlp):
    doc = nlp(prepare_text("Output went from 300 to 400 buses each month."))
    first = next(q for q in doc.spans["quantities"] if q.text.startswith("300"))
    assert first.label_ != "CAPACITY" or first._.value == 300


# -- a daily rate restated for a year ----------------------------------------------------------------------------------
def test_a_yearly_figure_restating_a_daily_rate_of_output_is_capacity(nlp):
    text = ("Proton opens a second assembly line at its plant in Tanjung Malim, lifting its output to 300 units a day, "
            "or 75,000 a year.")
    assert plant_at(read(nlp, text), "Tanjung Malim").capacity_per_year == 75_000


def test_a_yearly_figure_restating_daily_sales_is_no_capacity(nlp):
    doc = nlp(prepare_text("Proton sells 300 cars a day, or 75,000 a year."))
    assert all(q.label_ != "CAPACITY" for q in doc.spans["quantities"])


# -- one figure counting two kinds of vehicle a year -------------------------------------------------------------------
def test_buses_and_trucks_a_year_are_the_plants_capacity(nlp):
    text = ("BYD has opened a new electric vehicle plant in Lancaster, California. The plant will eventually produce "
            "3,000 electric buses and trucks a year.")
    assert plant_at(read(nlp, text), "Lancaster").capacity_per_year == 3_000


def test_a_figure_whose_year_closes_another_figure_is_not_yearly(nlp):
    doc = nlp(prepare_text("The plant will eventually produce 3,000 buses and 500 trucks a year."))
    first = next(q for q in doc.spans["quantities"] if q.text.startswith("3,000"))
    assert first.label_ != "CAPACITY"


# -- jobs beside money a place drew in ---------------------------------------------------------------------------------
def test_jobs_joined_to_money_regions_attracted_are_theirs(nlp):
    text = ("Kia builds the Ray at its plant in Gwangju. So far, four regions in the scheme have attracted about 500 "
            "billion won in investment and created employment for approximately 900 people.")
    assert plant_at(read(nlp, text), "Gwangju").jobs is None


def test_jobs_the_plant_creates_beside_its_investment_are_kept(nlp):
    text = ("Kia builds the Ray at its plant in Gwangju. Kia will invest about 500 billion won in the plant and create "
            "employment for approximately 900 people.")
    assert plant_at(read(nlp, text), "Gwangju").jobs == 900


# -- people at an event are no staff -----------------------------------------------------------------------------------
def test_people_who_will_attend_a_ceremony_are_no_jobs(nlp):
    text = ("Kia builds the Ray at its plant in Gwangju. About 60 people will attend the ceremony, including the "
            "minister for jobs.")
    assert plant_at(read(nlp, text), "Gwangju").jobs is None


def test_people_who_will_work_at_the_plant_are_jobs(nlp):
    text = "Kia builds the Ray at its plant in Gwangju. About 600 people will work at the plant."
    assert plant_at(read(nlp, text), "Gwangju").jobs == 600


# -- a capacity over several plants named in several places ------------------------------------------------------------
def test_capacity_at_three_factories_in_three_places_is_no_ones(nlp):
    text = ("Subaru builds the Forester at its plant in Ota, Gunma. The unit is expected to assemble about 600,000 cars "
            "per year at three factories in Gunma, Tochigi and Aichi.")
    assert all(p.capacity_per_year is None for p in read(nlp, text).plants)


def test_capacity_at_one_factory_is_kept(nlp):
    text = ("Subaru builds the Forester at its plant in Ota, Gunma. The plant is expected to assemble about 200,000 cars "
            "per year.")
    assert plant_at(read(nlp, text), "Ota").capacity_per_year == 200_000


# -- 'approx.' ends no sentence ----------------------------------------------------------------------------------------
def test_approx_with_its_full_stop_is_a_hedge_in_the_sentence(nlp):
    doc = nlp(prepare_text("The plant employs approx. 2,400 people and has a capacity of approx. 250,000 units."))
    assert len(list(doc.sents)) == 1
    labels = {q.text.split()[0]: (q.label_, q._.qualifier) for q in doc.spans["quantities"]}
    assert labels == {"2,400": ("JOBS", "approx."), "250,000": ("CAPACITY", "approx.")}


def test_a_sentence_ending_in_approx_still_ends(nlp):
    doc = nlp(prepare_text("The figures are approx.\nThe plant opened in 1990."))
    assert len(list(doc.sents)) == 2


# -- a fact sheet's label past a cell mark and a hedge -----------------------------------------------------------------
def test_a_staff_label_past_a_cell_mark_and_a_hedge_counts_jobs(nlp):
    text = ("Mazda will study a new company for its Hofu Plant in Japan.\nHofu Plant Outline\n"
            "Number of employees: | Approx. 2,800 (as of March 2012) |\n")
    assert plant_at(read(nlp, text), "Hofu").jobs == 2_800


def test_a_label_of_something_else_past_a_cell_mark_counts_no_jobs(nlp):
    text = ("Mazda will study a new company for its Hofu Plant in Japan.\nHofu Plant Outline\n"
            "Number of models: | Approx. 12 |\n")
    assert plant_at(read(nlp, text), "Hofu").jobs is None


# -- a sum read before any plant, in a story with a second plant abroad ------------------------------------------------
def test_an_early_sum_goes_to_the_one_plant_in_the_storys_country(nlp):
    text = ("Lumen Motors picked a town in Ohio for its new bus factory. The company will make $60 million in capital "
            "investments, according to the state of Ohio. The factory in the U.S. will build electric school buses. "
            "Lumen Motors also builds buses at its plant in Saint-Jérôme, Quebec. The U.S. factory will open in 2026 "
            "and build buses for the U.S.")
    plants = read(nlp, text).plants
    us = [p for p in plants if p.country == "United States"]
    assert len(us) == 1 and us[0].investment.amount == 60_000_000
    assert all(p.investment is None for p in plants if p.country == "Canada")


def test_an_early_sum_stays_unplaced_with_two_plants_in_the_storys_country(nlp):
    text = ("Lumen Motors picked Ohio and Indiana for two new bus factories. The company will make $60 million in capital "
            "investments, according to the states. The factory in Ohio will build school buses for the U.S. and the "
            "factory in Indiana will build trucks for the U.S.")
    assert all(p.investment is None for p in read(nlp, text).plants)


# -- making named by its noun, the year closing a phrase -----------------------------------------------------------------
def test_production_of_cars_on_two_shifts_annually_is_capacity(nlp):
    text = ("Great Wall assembles the Haval at its plant in Lovech. Plans call for the eventual production of 40,000 "
            "vehicles on two shifts annually.")
    assert plant_at(read(nlp, text), "Lovech").capacity_per_year == 40_000


def test_sales_of_cars_on_credit_annually_are_no_capacity(nlp):
    text = ("Great Wall assembles the Haval at its plant in Lovech. Dealers expect sales of 40,000 vehicles on credit "
            "annually.")
    assert plant_at(read(nlp, text), "Lovech").capacity_per_year is None


# -- a workforce raised to a figure, further back ----------------------------------------------------------------------
def test_a_workforce_raised_in_a_country_to_a_figure_is_the_plants_staff(nlp):
    text = ("Suzuki builds the Vitara at its plant in Esztergom. The grant will help Suzuki in bolstering its workforce "
            "in Hungary to a formidable 4,000.")
    assert plant_at(read(nlp, text), "Esztergom").jobs == 4_000


def test_a_workforce_not_raised_counts_no_staff_further_back(nlp):
    doc = nlp(prepare_text("Suzuki has trimmed its workforce in Hungary and sent its cars to a record 4,000 dealers."))
    assert all(q.label_ != "JOBS" for q in doc.spans["quantities"])


# -- narrowings: a progressive verb that governs something else; plants taken one at a time ----------------------------
def test_a_plant_being_built_for_cars_a_year_has_that_capacity(nlp):
    text = "In Bursa, Tofas is building a plant for 80,000 cars a year."
    assert plant_at(read(nlp, text), "Bursa").capacity_per_year == 80_000


def test_counted_plants_each_with_a_capacity_keep_theirs(nlp):
    text = ("Stellantis has two plants in the country: one in Kenitra with an annual capacity of 200,000 vehicles and one "
            "in Tangiers that builds 50,000 vehicles a year.")
    caps = {p.site: p.capacity_per_year for p in read(nlp, text).plants}
    assert caps.get("Kenitra") == 200_000
