"""Plant figures as published copy writes them: group totals, a country's, an industry's or a maker's figures, output
made and what goods are worth, aid, money brought to an economy, scales written on the figure. Sentences written for
these tests: real makers in made-up events, made-up towns and figures."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


def plant_in(facts, country: str):
    found = [p for p in facts.plants if p.country == country]
    assert found, facts.plants
    return found[0]


def quantities(nlp, text: str) -> list[tuple[str, float | None, str]]:
    doc = nlp(text)
    return [(s.label_, s._.value, s._.qualifier) for s in doc.spans["quantities"]]


def labels(nlp, text: str) -> set[str]:
    return {q[0] for q in quantities(nlp, text)}


# -- quantities -----------------------------------------------------------------------------------------------------
def test_a_scale_written_on_the_figure_is_read(nlp):
    assert ("MONEY", 3_000_000_000.0, "") in quantities(nlp, "Unions welcomed a £3billion scheme for the works.")
    assert ("MONEY", 2_500_000.0, "") in quantities(nlp, "The new press line cost $2.5million.")


def test_a_multi_billion_sum_states_no_figure(nlp):
    assert "MONEY" not in labels(nlp, "Opel completed a multi-billion rand overhaul of the works.")
    assert ("MONEY", 4_000_000_000.0, "") in quantities(nlp, "Opel completed a 4 billion rand overhaul of the works.")


def test_people_of_a_population_are_no_jobs(nlp):
    assert "JOBS" not in labels(nlp, "With a population of some 40 million people, the market draws employers and makers.")


def test_a_plants_people_and_a_strong_workforce_are_jobs(nlp):
    assert ("JOBS", 2300.0, "") in quantities(nlp, "The vote is good news for the factory's 2,300 loyal and able people.")
    assert ("JOBS", 850.0, "") in quantities(nlp, "The first van rolled out in front of its 850-strong workforce.")
    assert "JOBS" not in labels(nlp, "The fair drew 2,300 curious people.")


def test_staff_of_showrooms_are_not_the_plants(nlp):
    assert ("JOBS", 450.0, "indirect") in quantities(nlp, "The importer runs 30 showrooms staffed by 450 employees.")
    assert ("JOBS", 450.0, "") in quantities(nlp, "The works is staffed by 450 employees.")


def test_staff_hired_beside_a_paint_shop_stay_the_plants(nlp):
    assert ("JOBS", 800.0, "") in quantities(nlp, "It paid for a new paint shop, and 800 people were hired.")


def test_output_made_is_no_capacity(nlp):
    assert "CAPACITY" not in labels(nlp, "Last spring the works produced 900 cars a day and 22,000 cars every month.")
    assert ("CAPACITY", 36_000.0, "") in quantities(nlp, "The hall was built to make 3,000 cars a month.")
    assert ("CAPACITY", 24_000.0, "") in quantities(nlp, "The works can turn out 2,000 cars a month.")


def test_engines_made_a_year_are_no_vehicle_capacity(nlp):
    assert "CAPACITY" not in labels(nlp, "Workers there annually assemble about 640,000 engines.")
    assert ("CAPACITY", 640_000.0, "about") in quantities(nlp, "Workers there annually assemble about 640,000 cars.")


def test_capable_of_a_yearly_figure_is_capacity(nlp):
    assert ("CAPACITY", 35_000.0, "up to") in quantities(nlp, "Managers said the works is capable of up to 35,000 annually.")
    assert "CAPACITY" not in labels(nlp, "The client is capable of paying 35,000 a year.")


def test_a_plant_supplying_its_own_country_states_its_capacity(nlp):
    found = quantities(nlp, "Opel broke ground on new works in Ghana which will supply the country with about 30,000 cars "
                            "annually.")
    assert {q[0] for q in found if q[1] == 30_000.0} == {"CAPACITY"}
    assert "CAPACITY" not in labels(nlp, "The works will supply Europe with about 30,000 cars annually.")


# -- group, national and maker-wide figures ------------------------------------------------------------------------
def test_figures_of_several_makers_are_no_plants(nlp):
    facts = read(nlp, "Toyota runs a plant in Karawang, Indonesia. \"These six carmakers will lift their output by a "
                      "combined 350,000 units a year and need a joint outlay of 1.9 billion US dollars,\" a minister said. "
                      "14 vehicle makers operate in the country and together employ 31,000 people.")
    plant = plant_in(facts, "Indonesia")
    assert plant.capacity_per_year is None and plant.investment is None and plant.jobs is None


def test_two_partners_investing_in_one_plant_keep_the_figure(nlp):
    facts = read(nlp, "Hyundai and Kia will build a plant in Pune, India. The two companies will invest $700 million in the plant.")
    assert plant_in(facts, "India").investment.amount == 700_000_000


def test_a_makers_output_in_a_country_is_no_plants_capacity(nlp):
    facts = read(nlp, "Hyundai opened its plant in Chongqing, China. The new site will lift Hyundai's yearly output in "
                      "China to 1.4 million vehicles.")
    assert plant_in(facts, "China").capacity_per_year is None
    facts = read(nlp, "Hyundai opened its plant in Chongqing, China. The plant will have capacity of 300,000 vehicles a year.")
    assert plant_in(facts, "China").capacity_per_year == 300_000


def test_the_sum_of_two_plants_and_other_plants_capacity(nlp):
    facts = read(nlp, "Kia opened its second factory in Bac Ninh, Vietnam. The new factory is designed for 70,000 units "
                      "per year, lifting the combined capacity of both Kia factories in Vietnam to 130,000 units.")
    assert plant_in(facts, "Vietnam").capacity_per_year == 70_000
    facts = read(nlp, "Kia will export from its plant in Bac Ninh, Vietnam. \"It puts us on a par with other Kia assembly "
                      "plants, each with yearly capacity of 200 000 vehicles,\" he said.")
    assert plant_in(facts, "Vietnam").capacity_per_year is None


def test_an_industrys_capacity_is_no_plants(nlp):
    facts = read(nlp, "Tata will build a plant in Sanand, India. The country's car industry now has capacity for 3 million "
                      "vehicles a year.")
    assert plant_in(facts, "India").capacity_per_year is None


def test_an_old_figure_and_an_increase_are_no_capacity(nlp):
    facts = read(nlp, "Toyota upgraded its plant in Durban, South Africa. The work began in 2004 to lift the works' yearly "
                      "output from 60 000 units per year.")
    assert plant_in(facts, "South Africa").capacity_per_year is None
    facts = read(nlp, "Suzuki will put $120 million in its plant in Bekasi, Indonesia to grow output by 45,000 units per year.")
    plant = plant_in(facts, "Indonesia")
    assert plant.capacity_per_year is None and plant.investment.amount == 120_000_000
    facts = read(nlp, "Suzuki will expand its plant in Bekasi, Indonesia, raising capacity to 170,000 units per year.")
    assert plant_in(facts, "Indonesia").capacity_per_year == 170_000


# -- money that is no plant's investment ----------------------------------------------------------------------------
def test_what_the_output_is_worth_is_no_investment(nlp):
    facts = read(nlp, "Tata opened a truck plant in Dharwad, India. The plant will turn out 3,000 trucks a year worth "
                      "6 billion rupees ($72 million). It was put up at a total cost of 2 billion rupees.")
    assert plant_in(facts, "India").investment.amount == 2_000_000_000


def test_money_to_an_economy_and_money_a_place_draws_in(nlp):
    facts = read(nlp, "Nissan will build cars at its plant in Derby, England. A minister said the sector adds some "
                      "£4 billion a year to the economy.")
    assert plant_in(facts, "United Kingdom").investment is None
    facts = read(nlp, "Kia will build a plant in Nellore, India. Officials said the province has drawn in Rs 9,000 crore "
                      "of investments from carmakers since 2015.")
    assert plant_in(facts, "India").investment is None


def test_aid_handed_to_the_company_is_no_investment(nlp):
    facts = read(nlp, "Rivian will expand its plant in Peoria, Illinois. The province will provide Rivian with $40 million "
                      "from a jobs fund. Rivian, for its part, will invest $1.2 billion in the works.")
    assert plant_in(facts, "United States").investment.amount == 1_200_000_000


def test_a_cash_injection_a_country_provides_is_investment(nlp):
    facts = read(nlp, "Iran Khodro will build cars at a site in Sumqayit, Azerbaijan. Azerbaijan will provide a $9m cash "
                      "injection for the plant.")
    assert plant_in(facts, "Azerbaijan").investment.amount == 9_000_000


def test_money_spread_over_sectors_a_budget_and_a_running_total(nlp):
    facts = read(nlp, "Toyota builds the Camry at its plant in Lexington, Kentucky. Japan will put $300 billion into key "
                      "sectors such as energy.")
    assert plant_in(facts, "United States").investment is None
    facts = read(nlp, "Maruti builds cars at its plant in Kharkhoda, India. Maruti set a capex budget of Rs 3,500 crore "
                      "for this financial year.")
    assert plant_in(facts, "India").investment is None


def test_money_for_a_design_centre_is_no_plants(nlp):
    facts = read(nlp, "Maruti builds cars at its plant in Kharkhoda, India. Maruti will be investing Rs 800 crore to "
                      "enlarge its design centre.")
    assert plant_in(facts, "India").investment is None
    facts = read(nlp, "Kia will add a shift at its plant in Gwangju, South Korea. Kia will invest KRW190bn in new tooling "
                      "and a logistics centre.")
    assert plant_in(facts, "South Korea").investment.amount == 190_000_000_000


def test_money_spread_over_a_list_of_plants_is_no_ones(nlp):
    facts = read(nlp, "BMW builds the X1 at its plant in Leipzig, Germany. By then BMW will have spent EUR 4 billion on its "
                      "Leipzig, Dingolfing and Regensburg plants.")
    assert all(p.investment is None for p in facts.plants)


def test_money_to_build_more_at_the_plant(nlp):
    facts = read(nlp, "Daihatsu plans to spend 90 million US dollars to build 40,000 more cars at its plant in Karawang, "
                      "Indonesia.")
    assert plant_in(facts, "Indonesia").investment.amount == 90_000_000


# -- dashed asides --------------------------------------------------------------------------------------------------
def test_a_figure_outside_a_dashed_aside_is_not_the_asides_plant(nlp):
    facts = read(nlp, "Suzuki will build a factory in Hamamatsu, Japan. Suzuki -- which also builds cars in India and "
                      "Hungary -- will invest 40 billion yen in the factory in Hamamatsu.")
    assert all(p.investment is None for p in facts.plants if p.country != "Japan")
    facts = read(nlp, "Suzuki -- which builds 90,000 cars a year at its plant in Esztergom, Hungary -- reported higher profit.")
    assert plant_in(facts, "Hungary").capacity_per_year == 90_000


def test_a_figure_outside_an_aside_naming_the_only_plant_is_its(nlp):
    facts = read(nlp, "Renault-Sofasa – building cars at its plant in Envigado, Colombia, since 1970 – unveiled a US$80 million "
                      "expansion plan.")
    assert plant_in(facts, "Colombia").investment.amount == 80_000_000


def test_figures_of_another_makers_new_plant_at_a_site_named_by_a_noun_are_its_own(nlp):
    """'BYD is also building a plant at the former Ford site, with an investment of ... and a capacity of ...': the
    figures of BYD's new plant (which 'The BYD plant' names later), not of the other maker's plant told of before."""
    text = ("JAC Motors will assemble the JAC T9 pickup at a new plant in Camacari, in the state of Bahia. BYD is also "
            "building a plant at the former Ford site, with an investment of 5.5 billion reais and a capacity of 150,000 "
            "vehicles a year. The BYD plant will build the Dolphin Mini and employ 10,000 people.")
    found = {p.company: (p.capacity_per_year, p.investment.amount if p.investment else None, p.jobs) for p in read(nlp, text).plants}
    assert found == {"JAC": (None, None, None), "BYD": (150000, 5_500_000_000, 10000)}


@pytest.mark.parametrize("verb", ["is pumping", "will pour", "has earmarked", "is ploughing"])
def test_money_pumped_or_poured_into_a_plant_is_its_investment(nlp, verb):
    text = f"Halvorsen {verb} R4.2 billion into its Rosslyn plant near Pretoria to build a new SUV."
    plant = read(nlp, text).plants[0]
    assert plant.investment is not None and (plant.investment.amount, plant.investment.currency) == (4_200_000_000, "ZAR")


@pytest.mark.parametrize("text", [
    "Volkswagen builds the Golf at its Wolfsburg plant. Production capacity at Wolfsburg will fall by 734,000 vehicles.",
    "Volkswagen builds the Golf at its Wolfsburg plant. Its capacity was raised by 50,000 vehicles a year.",
])
def test_a_change_of_capacity_by_a_figure_is_no_capacity(nlp, text):
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


def test_a_figure_a_correction_says_an_earlier_version_gave_is_withdrawn(nlp):
    text = ("Correction: An earlier version of this story said Scania's plant in Sodertalje employs 9,000 people. "
            "It employs 4,300.")
    assert [p.jobs for p in read(nlp, text).plants] == [4300]
