"""Plant figure fixes of 2026-12-05 (s30), from the errors of the tuning sets, on sentences written for these tests
(names and figures made up): a bare dollar sign on a Canadian or Australian plant."""
from __future__ import annotations

from tests.pipeline_helpers import read


def investments(facts) -> dict[str, tuple]:
    """site -> (amount, currency) of every plant with an investment."""
    return {p.site: (p.investment.amount, p.investment.currency) for p in facts.plants if p.investment}


# -- a bare dollar sign on a plant in a country of its own dollar -----------------------------------------------------
def test_a_bare_dollar_on_a_canadian_plant_is_the_canadian_dollar(nlp):
    text = "Zorvex Motors will build a new $640-million assembly plant in Brantford, Ontario, to make electric pickups."
    assert investments(read(nlp, text)) == {"Brantford": (640_000_000, "CAD")}


def test_a_story_that_marks_its_dollars_keeps_the_us_dollar(nlp):
    text = ("Zorvex Motors will build a new $640-million assembly plant in Brantford, Ontario, to make electric pickups. "
            "The province will add C$50 million for training.")
    assert investments(read(nlp, text)).get("Brantford") == (640_000_000, "USD")


def test_a_bare_dollar_on_a_mexican_plant_stays_the_us_dollar(nlp):
    text = "Zorvex Motors will build a new $640-million assembly plant in Saltillo, Mexico, to make electric pickups."
    assert investments(read(nlp, text)) == {"Saltillo": (640_000_000, "USD")}


def figures(facts) -> list[tuple]:
    """(company, country, capacity, jobs) of every plant."""
    return [(p.company, p.country, p.capacity_per_year, p.jobs) for p in facts.plants]


# -- figures read before the one plant of a story that names no plant ------------------------------------------------
def test_jobs_said_before_the_story_names_its_plant_are_the_plants(nlp):
    text = ("Kia is set to introduce a car model tailored for the Peruvian market, creating around 3,200 jobs. "
            "The company has asked for 40 hectares for the factory, which will have a production capacity of 45,000 cars.")
    assert figures(read(nlp, text)) == [("Kia", "Peru", 45_000, 3_200)]


def test_a_makers_staff_said_before_its_plant_stays_the_makers(nlp):
    text = ("Kia, which employs 52,000 people, is set to introduce a car model tailored for the Peruvian market. "
            "The company has asked for 40 hectares for the factory, which will have a production capacity of 45,000 cars.")
    assert figures(read(nlp, text)) == [("Kia", "Peru", 45_000, None)]


# -- what a maker sells a month is no capacity -----------------------------------------------------------------------
def test_units_a_maker_expects_to_sell_a_month_are_no_capacity(nlp):
    text = ("Zorvex builds the Vela at its plant in Rayong, Thailand. Zorvex expects to sell the Vela at 1,300 units per "
            "month in Thailand, its director said.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


def test_units_a_plant_builds_a_month_are_its_capacity(nlp):
    text = ("Zorvex builds the Vela at its plant in Rayong, Thailand. The plant can build and sell 1,300 units per "
            "month, its director said.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [15_600]


def test_units_monthly_are_twelve_times_a_yearly_capacity(nlp):
    text = "Zorvex builds the Vela at its plant in Rayong, Thailand. The plant has a capacity of about 350 units monthly."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [4_200]


def test_units_sold_monthly_are_no_capacity(nlp):
    text = "Zorvex builds the Vela at its plant in Rayong, Thailand. Zorvex sold about 350 units monthly last year."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


# -- money "in upgrades" ---------------------------------------------------------------------------------------------
def test_money_in_upgrades_of_a_plant_is_its_investment(nlp):
    text = ("Zorvex pickups are shipped to dealers from the Kestrel Assembly Plant in Ohio, which underwent $420 million "
            "in upgrades and added 900 jobs.")
    assert [(p.investment.amount if p.investment else None) for p in read(nlp, text).plants] == [420_000_000]


def test_money_in_upgrades_of_a_dealer_network_is_no_plant_investment(nlp):
    text = ("Zorvex builds pickups at the Kestrel Assembly Plant in Ohio. Its dealers saw $42 million in upgrades of "
            "their showrooms last year, the company said.")
    assert [p.investment for p in read(nlp, text).plants] == [None]


# -- a model's cars a plant can make a year --------------------------------------------------------------------------
def test_a_count_of_a_models_cars_made_a_year_is_a_capacity(nlp):
    text = ("Toyota builds the Corolla at its plant in Kuantan, Malaysia. The plant, located on the east coast, is capable "
            "of assembling 7,000 Corollas a year with parts supplied from Thailand.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [7_000]


def test_a_count_of_a_models_cars_shipped_a_year_is_no_capacity(nlp):
    text = ("Toyota builds the Corolla at its plant in Kuantan, Malaysia. The plant will also ship 7,000 Corollas a year to "
            "Thailand.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


# -- the capacity of plants: a sum -----------------------------------------------------------------------------------
def test_the_capacity_of_plants_in_the_plural_is_their_sum(nlp):
    text = ("Zorvex opened its plant in Kumasi, Ghana. With the capacity to assemble 25,000 vehicles annually, the plant "
            "brings the total capacity of locally established assembly plants by various companies to 90,000 vehicles "
            "per year.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [25_000]


def test_the_capacity_of_a_plant_raised_later_is_its_own(nlp):
    text = ("Zorvex opened its plant in Kumasi, Ghana, which can assemble 25,000 vehicles annually. Zorvex will raise "
            "the capacity of the assembly plant to 40,000 vehicles per year.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [40_000]


# -- the staff a verb of employing governs, with no noun ---------------------------------------------------------------
def test_employs_a_figure_and_another_verb_is_the_plants_staff(nlp):
    text = "Zorvex builds pickups at its plant in Tupelo, Mississippi. The Tupelo plant employs 1,900 and makes 90,000 pickups a year."
    assert [p.jobs for p in read(nlp, text).plants] == [1_900]


def test_employing_a_figure_to_build_cars_is_the_plants_staff(nlp):
    text = "Zorvex will build a new plant in Tupelo, Mississippi, employing 1,900 to produce 90,000 pickups a year."
    assert [(p.jobs, p.capacity_per_year) for p in read(nlp, text).plants] == [(1_900, 90_000)]


def test_employs_two_figures_of_robots_is_no_staff(nlp):
    text = "Zorvex builds pickups at its plant in Tupelo, Mississippi. The Tupelo plant employs 300 and 400 robots in two halls."
    assert [p.jobs for p in read(nlp, text).plants] == [None]


# -- jobs totalling a figure, jobs indirectly ------------------------------------------------------------------------
def test_jobs_totalling_a_figure_directly_are_the_plants_not_those_indirectly(nlp):
    text = ("Zorvex will build a plant in Kenitra, Morocco. The plant will occupy 40 hectares, with a number of jobs "
            "totalling 1,700 directly, and more than 8,200 jobs indirectly.")
    assert [p.jobs for p in read(nlp, text).plants] == [1_700]


# -- money earned, named before the sum ------------------------------------------------------------------------------
def test_output_or_revenue_of_a_sum_is_no_plant_investment(nlp):
    text = ("Zorvex will invest R900 million in its plant in East London, South Africa. The construction would result "
            "in direct and indirect output of R1.7 billion in the province.")
    assert [(p.investment.amount if p.investment else None) for p in read(nlp, text).plants] == [900_000_000]


def test_an_investment_of_a_sum_stays_the_plants(nlp):
    text = ("Zorvex will build a plant in East London, South Africa. The plant, which will raise output, will need an "
            "investment of R1.7 billion.")
    assert [(p.investment.amount if p.investment else None) for p in read(nlp, text).plants] == [1_700_000_000]


# -- the cost of a plant named with more describing words ------------------------------------------------------------
def test_the_cost_before_a_flexible_assembly_plant_is_its_investment(nlp):
    text = "Zorvex has approved construction of a new $640-million flexible assembly automotive plant in Tupelo, Mississippi."
    assert [(p.investment.amount if p.investment else None) for p in read(nlp, text).plants] == [640_000_000]


def test_the_cost_before_a_battery_plant_is_no_vehicle_plants_investment(nlp):
    text = ("Zorvex builds pickups at its plant in Tupelo, Mississippi. Its partner approved a $640-million battery "
            "cell plant in Ohio.")
    assert [(p.site, p.investment) for p in read(nlp, text).plants] == [("Tupelo", None)]


# -- money and jobs of several plants counted in several places -------------------------------------------------------
def test_money_for_two_plants_in_two_states_is_neither_plants(nlp):
    text = ("Zorvex is investing $900 million to upgrade two of its manufacturing facilities in Tennessee and Kentucky, "
            "creating 480 jobs. The investment creates 300 jobs at its Smyrna plant in Tennessee.")
    found = [(p.site, p.jobs, p.investment) for p in read(nlp, text).plants]
    assert ("Smyrna", 300, None) in found and all(inv is None for _, _, inv in found)


def test_staff_of_plants_at_one_site_is_the_sites(nlp):
    text = ("Zorvex has three vehicle plants in Thailand, all located in Rayong, with total capacity of 300,000 units "
            "per year, and employs 5,000 people.")
    assert [p.jobs for p in read(nlp, text).plants if p.site == "Rayong"] == [5_000]


# -- figures read before the main plant of a story with several plants -----------------------------------------------
TWO_PLANTS = ("Zorvex already builds the Vela at its Trnava plant and the Orso at its plant in Kosice, both in Slovakia, "
              "and will add the new model at Trnava. Trnava is the company's largest site.")


def test_money_and_jobs_read_before_any_plant_go_to_the_main_plant(nlp):
    text = ("Zorvex plans to invest about EUR 240 million in production of two new models in Trnava. The investment "
            "should directly create 680 new jobs by 2027. " + TWO_PLANTS)
    found = {p.site: (p.jobs, p.investment.amount if p.investment else None) for p in read(nlp, text).plants}
    assert found.get("Trnava") == (680, 240_000_000)


def test_staff_in_a_country_read_before_any_plant_stays_the_makers(nlp):
    text = "The Zorvex group has in Slovakia a workforce of 9,100 employees. " + TWO_PLANTS
    assert {p.site: p.jobs for p in read(nlp, text).plants}.get("Trnava") is None


def test_jobs_a_move_would_have_cost_are_no_staff(nlp):
    text = ("Zorvex builds the Vela at its plant in Tupelo, Mississippi. Zorvex had weighed closing the plant, a move "
            "that would have cost 12,000 jobs.")
    assert [p.jobs for p in read(nlp, text).plants] == [None]


# -- what a plant made a year in the past ----------------------------------------------------------------------------
def test_cars_a_plant_once_built_a_year_are_no_capacity(nlp):
    text = ("Zorvex will build its new electric car at its plant in Tupelo, Mississippi, a boost for the factory, which "
            "once built nearly 350,000 vehicles a year.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


def test_cars_a_plant_can_build_a_year_are_its_capacity(nlp):
    text = ("Zorvex will build its new electric car at its plant in Tupelo, Mississippi, a boost for the factory, which "
            "can build nearly 350,000 vehicles a year.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [350_000]


# -- a company's share capital ---------------------------------------------------------------------------------------
def test_share_capital_divided_into_shares_is_no_plant_investment(nlp):
    text = ("Zorvex assembles the Vela at its plant in Alexandria, Egypt. Zorvex's capital totals USD 420,150,000, "
            "which is divided into 21,000,000 ordinary shares.")
    assert [p.investment for p in read(nlp, text).plants] == [None]


def test_starting_capital_of_a_plant_is_its_investment(nlp):
    text = "Zorvex will open an assembly plant in Alexandria, Egypt, with a starting capital of $42 million."
    assert [(p.investment.amount if p.investment else None) for p in read(nlp, text).plants] == [42_000_000]


# -- the sum of several makers' plans, a bailout ---------------------------------------------------------------------
def test_investments_of_two_makers_totalling_a_sum_are_no_plants(nlp):
    text = ("Ontario is receiving good news with investments by two auto makers that will total close to $2-billion. "
            "Zorvex Canada said it will spend $300-million at its plant in Brantford, Ont., and create 500 new jobs.")
    found = [(p.site, p.investment.amount if p.investment else None) for p in read(nlp, text).plants]
    assert found == [("Brantford", 300_000_000)]


def test_a_bailout_is_no_plant_investment(nlp):
    text = ("Zorvex builds pickups at its plant in Brantford, Ontario. The company received a $4.2-billion bailout "
            "from the federal government in 2009.")
    assert [p.investment for p in read(nlp, text).plants] == [None]
