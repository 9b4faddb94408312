"""Plant figures and specs as published copy writes them (round on the real sets C-F): gearboxes coordinated or
joined, engine sizes without a unit, staff counted in compounds, passive job cuts, scales such as 'mio', a yearly
figure closing a phrase, hedged revisions, a maker's domestic total, national plans, many projects' sums, what cars
cost. Sentences written for these tests: real makers in made-up events, made-up towns and figures."""
from __future__ import annotations

from tests.pipeline_helpers import read, specs_of


def quantities(nlp, text: str) -> list[tuple[str, object, str]]:
    doc = nlp(text)
    return [(s.label_, s._.unit if s.label_ == "TRANSMISSION" else s._.value, s._.qualifier) for s in doc.spans["quantities"]]


def gearboxes(nlp, text: str) -> list[str]:
    return [unit for label, unit, _ in quantities(nlp, text) if label == "TRANSMISSION"]


def labels(nlp, text: str) -> set[str]:
    return {q[0] for q in quantities(nlp, text)}


def plant_in(facts, country: str):
    found = [p for p in facts.plants if p.country == country]
    assert found, facts.plants
    return found[0]


# -- gearboxes ------------------------------------------------------------------------------------------------------
def test_manual_and_automatic_gearboxes_are_two(nlp):
    assert gearboxes(nlp, "Buyers can pick both manual and automatic transmissions.") == ["manual", "automatic"]
    assert gearboxes(nlp, "It comes with a manual or automatic gearbox.") == ["manual", "automatic"]
    assert gearboxes(nlp, "A manual gearbox is standard.") == ["manual"]
    # no gearbox noun: no gearbox named
    assert gearboxes(nlp, "Manual and automatic labour both rose at the works.") == []


def test_automatic_after_a_cvt_or_a_dual_clutch_is_the_same_gearbox(nlp):
    assert gearboxes(nlp, "Both engines come with a CVT automatic gearbox.") == ["CVT"]
    assert gearboxes(nlp, "It gets a new seven-speed dual-clutch automatic transmission.") == ["7-speed DCT"]
    assert gearboxes(nlp, "It gets a 5-speed manual or a CVT automatic gearbox.") == ["5-speed manual", "CVT"]


def test_a_torque_converter_automatic_is_one_gearbox(nlp):
    assert gearboxes(nlp, "The hatch has an optional six-speed torque-converter automatic.") == ["6-speed automatic"]


def test_an_engine_size_without_its_unit(nlp):
    assert ("ENGINE", 1.7, "") in quantities(nlp, "The smaller version uses the U 1.7 engine.")
    assert ("ENGINE", 2.0, "") in quantities(nlp, "The 2.0 diesel is the pick of the range.")
    assert "ENGINE" not in labels(nlp, "The dealer sold 2.5 engines a day.")
    assert "ENGINE" not in labels(nlp, "It has 15 engine variants.")


def test_specs_of_a_model_with_both_gearboxes(nlp):
    facts = read(nlp, "Toyota launched the Corolla in Lorvania. The car will be offered with both manual and automatic transmissions.")
    # FORMAT asks for "N-speed automatic/manual", CVT or DCT: a gearbox's kind alone is no spec (right 7 times in 21 on
    # the real tuning sets)
    assert not [s for s in specs_of(facts, "Corolla") if s[0] == "transmission"]


# -- staff, cuts, scales ---------------------------------------------------------------------------------------------
def test_staff_counted_in_a_compound_or_a_team(nlp):
    assert ("JOBS", 4700.0, "") in quantities(nlp, "Ford trains the venture's 4,700-member workforce.")
    assert ("JOBS", 300.0, "") in quantities(nlp, "A 300-person team runs the paint shop.")
    assert ("JOBS", 8000.0, "") in quantities(nlp, "The works employs a team of 8,000.")
    assert "JOBS" not in labels(nlp, "A team of 12 engineers visited the site.")
    assert "JOBS" not in labels(nlp, "The club fields a team of 25 players.")


def test_jobs_eliminated_after_the_figure_are_a_cut(nlp):
    assert ("JOBS", 5600.0, "cut") in quantities(nlp, "About 5,600 jobs will be at least temporarily eliminated at the works.")
    assert ("JOBS", 900.0, "cut") in quantities(nlp, "Some 900 positions are to be axed.")
    assert ("JOBS", 900.0, "about") in quantities(nlp, "About 900 jobs will be created at the works.")


def test_mio_is_a_million(nlp):
    assert ("MONEY", 500_000_000.0, "") in quantities(nlp, "Renault has invested $500 mio in the Dalmora works.")


def test_a_year_closing_the_phrase_after_the_cars_made(nlp):
    assert ("CAPACITY", 50_000.0, "about") in quantities(
        nlp, "The works is designed to assemble about 50,000 electric cars from the brand per year.")
    # shipped, not made; and a comma between: no capacity
    assert "CAPACITY" not in labels(nlp, "It shipped 50,000 electric cars from the port per year.")
    assert "CAPACITY" not in labels(nlp, "It will assemble 50,000 cars, and sell many more per year.")


def test_a_bare_figure_a_capacity_rises_to(nlp):
    assert ("CAPACITY", 1_710_000.0, "") in quantities(
        nlp, "Kia has expanded annual production capacity at home from 800,000 units in 2000 to 1.71 million in 2014.")
    assert "CAPACITY" not in labels(nlp, "Its share rose from 12 points in 2000 to 15 in 2014.")


# -- plant figures in sentences --------------------------------------------------------------------------------------
def test_a_weighed_increase_leaves_the_capacity(nlp):
    facts = read(nlp, "Renault opened a plant in Dalmora, Algeria. The plant will have a capacity of 25,000 vehicles a year. "
                      "A second phase with an increase to 75,000 vehicles a year is under consideration.")
    assert plant_in(facts, "Algeria").capacity_per_year == 25_000
    facts = read(nlp, "Renault opened a plant in Dalmora, Algeria. The plant will have a capacity of 25,000 vehicles a year. "
                      "Next year the plant will raise capacity to 75,000 vehicles a year.")
    assert plant_in(facts, "Algeria").capacity_per_year == 75_000


def test_a_makers_domestic_total_is_no_plants_capacity(nlp):
    facts = read(nlp, "Honda will close its plant in Dalmora, Japan. The move would cut overall domestic annual production "
                      "capacity to around 810,000 units. The Dalmora plant has an annual production capacity of 250,000 units.")
    assert plant_in(facts, "Japan").capacity_per_year == 250_000


def test_a_ministrys_plan_is_no_plants_capacity(nlp):
    facts = read(nlp, "Iran Khodro builds cars at a plant in Dalmora, Iran. One of the ministry's development plans for the "
                      "sector is to increase car manufacturing to 3 million units per year.")
    assert plant_in(facts, "Iran").capacity_per_year is None


def test_many_projects_sums_and_a_schemes_jobs_are_no_plants(nlp):
    facts = read(nlp, "Toyota opened a plant in Dalmora, Thailand. Toyota raised the number of its suppliers from 131 firms "
                      "to 200 with a total investment of 135.5 billion baht. The programme has generated 79,000 jobs.")
    plant = plant_in(facts, "Thailand")
    assert plant.investment is None and plant.jobs is None
    facts = read(nlp, "Toyota opened a plant in Dalmora, Thailand. The plant cost 13.5 billion baht and employs 7,900 people.")
    plant = plant_in(facts, "Thailand")
    assert plant.investment is not None and plant.jobs == 7900


def test_what_cars_cost_is_no_investment(nlp):
    facts = read(nlp, "BYD builds cars at its plant in Dalmora, China. Its luxury cars typically cost upwards of 1.2 million yuan.")
    assert plant_in(facts, "China").investment is None
    facts = read(nlp, "BYD builds a plant in Dalmora, China. The plant will cost 1.2 billion yuan.")
    assert plant_in(facts, "China").investment is not None


def test_staff_counted_by_another_deed_are_no_jobs(nlp):
    assert "JOBS" not in labels(nlp, "Fifteen Kia employees who had purchased a car were the first to receive one.")
    assert ("JOBS", 2000.0, "") in quantities(nlp, "The 2,000 workers who were hired last year build the Sportage.")


def test_a_model_lines_capacity_gives_way_to_the_plants(nlp):
    facts = read(nlp, "Toyota will start production of the Camry Hybrid at its Dalmora plant in Ohio, with annual capacity of "
                      "12,000 units. The Dalmora plant employs 8,000 and builds the Corolla, with a capacity of 550,000 vehicles.")
    assert plant_in(facts, "United States").capacity_per_year == 550_000
    facts = read(nlp, "Toyota will start production of the Camry Hybrid at its Dalmora plant in Ohio, with annual capacity of "
                      "12,000 units. The Dalmora plant employs 8,000 people.")
    assert plant_in(facts, "United States").capacity_per_year == 12_000


def test_money_for_a_countrys_operations_is_no_plants(nlp):
    facts = read(nlp, "Toyota will invest $238 million at its Dalmora plant in Ohio. Toyota also pledged to invest $10 billion "
                      "over five years in its U.S. operations.")
    assert plant_in(facts, "United States").investment.amount == 238_000_000


# -- whose spec ------------------------------------------------------------------------------------------------------
def test_the_vehicle_after_a_list_of_rivals_is_the_car_of_the_story(nlp):
    facts = read(nlp, "Honda will launch the City, a sedan that will take on the likes of the Toyota Yaris and the Kia Rio. "
                      "Like its competitors, the vehicle will be offered with a 1.5-litre petrol engine that makes 118 hp.")
    assert ("engine_l", 1.5) in specs_of(facts, "City")
    assert specs_of(facts, "Rio") == []
    # a model named last but no rival: the figure is its
    facts = read(nlp, "Honda will launch the City and the Jazz. The car comes with a 1.2-litre petrol engine.")
    assert ("engine_l", 1.2) in specs_of(facts, "Jazz")


def test_a_figure_right_after_a_twin_with_is_the_twins(nlp):
    facts = read(nlp, "Toyota tested the Glanza. The Glanza is slower than the go-fast version of its twin, the Baleno RS "
                      "with a 1.0-litre turbocharged engine.")
    assert ("engine_l", 1.0) in specs_of(facts, "Baleno RS")
    assert ("engine_l", 1.0) not in specs_of(facts, "Glanza")


def test_a_figure_likened_to_another_model_is_the_storys_car_too(nlp):
    facts = read(nlp, "Toyota tested the Glanza in Lorvania. The 1.2-litre motor pushes out 90 hp, similar to the Baleno.")
    assert ("power_hp", 90.0) in specs_of(facts, "Glanza")
    assert ("power_hp", 90.0) in specs_of(facts, "Baleno")


def test_the_engine_replaced_is_no_spec(nlp):
    facts = read(nlp, "Hyundai updated the Tucson. The 1.6-litre engine will replace the 2.4-litre engine in the Tucson.")
    assert ("engine_l", 1.6) in specs_of(facts, "Tucson")
    assert ("engine_l", 2.4) not in specs_of(facts, "Tucson")


# -- page furniture --------------------------------------------------------------------------------------------------
STORY = ("Ford names new manager for car factory in Lorvania\n\n"
         "Ann Smith, the manager of Ford's engine factory in Dalmora, will run the carmaker's factory in Kestrel, Romania.\n\n")
HEADLINES = ("Ford hires close to 1,000 employees at Lorvanian plant for new EcoSport model\n\n"
             "Ford sends first two trains with SUVs made in Lorvania to clients in Germany\n\n")


def test_headlines_between_the_story_and_the_page_footer_are_links(nlp):
    doc = nlp(STORY + HEADLINES + "© 2016 Some Media and its affiliated companies. All rights reserved.\n")
    flagged = [doc.text[a:b] for a, b in doc._.boilerplate]
    assert any(line.startswith("Ford hires close") for line in flagged)
    assert any(line.startswith("Ford sends first") for line in flagged)
    assert not any(line.startswith("Ann Smith") for line in flagged)
    facts = read(nlp, STORY + HEADLINES + "© 2016 Some Media and its affiliated companies. All rights reserved.\n")
    assert all(p.jobs is None for p in facts.plants)


def test_a_story_ending_without_a_footer_keeps_its_last_lines(nlp):
    doc = nlp(STORY + "Production of the new Puma starts at the Kestrel works in the second half of 2026\n")
    flagged = [doc.text[a:b] for a, b in doc._.boilerplate]
    assert not any(line.startswith("Production of the new Puma") for line in flagged)


def test_the_cost_of_works_is_no_price(nlp):
    facts = read(nlp, "Hyundai builds cars at a plant in Dalmora, India. This week it began series production of the new Venue "
                      "compact SUV at Dalmora, which it has rebuilt at a cost of Rs 7,000 crore.")
    assert plant_in(facts, "India").investment is not None
    facts = read(nlp, "Hyundai builds cars at a plant in Dalmora, India. This week it began series production of the new Venue "
                      "compact SUV, which typically costs Rs 7,000 crore.")
    assert plant_in(facts, "India").investment is None


def test_cars_to_be_made_each_year_are_a_capacity(nlp):
    assert ("CAPACITY", 170_000.0, "up to") in quantities(nlp, "Initially, up to 170,000 vehicles will be produced each year on one line.")
    assert "CAPACITY" not in labels(nlp, "Last year 90,000 cars were produced at the works.")
    assert "CAPACITY" not in labels(nlp, "Some 20,000 cars will be exported each year.")
