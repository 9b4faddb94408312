"""Plant figures and specs as published copy writes them: money in legacy and regional spellings, counts of models
beside a yearly capacity. Sentences written for these tests: made-up towns, figures and events."""
from __future__ import annotations

from tests.pipeline_helpers import read


def money(nlp, text: str) -> list[tuple[float, str]]:
    facts_doc = nlp(text)
    return [(s._.value, s._.unit) for s in facts_doc.spans["quantities"] if s.label_ == "MONEY"]


def labelled(nlp, text: str) -> list[tuple[str, float]]:
    return [(s.label_, s._.value) for s in nlp(text).spans["quantities"]]


# -- money: regional and legacy spellings -----------------------------------------------------------------------------
def test_dollar_sign_before_the_country_letters(nlp):
    assert (12_000_000.0, "USD") in money(nlp, "The carmaker will spend 30 million marks ($US12 million) on the shop.")
    assert (45_000_000.0, "AUD") in money(nlp, "The line cost $A 45 million to install.")


def test_legacy_european_currencies(nlp):
    assert (700_000_000.0, "DEM") in money(nlp, "Opel put 700 million DM into the body shop.")
    assert (2_000_000_000.0, "DEM") in money(nlp, "The group spent 2 billion Deutsche Marks on the works.")
    assert (90_000_000.0, "FRF") in money(nlp, "Renault added 90 million French francs for the paint line.")
    assert (40_000_000_000.0, "ITL") in money(nlp, "Fiat earmarked 40 billion lire for the press shop.")


def test_shillings_written_sh_before_the_figure(nlp):
    assert (300_000_000.0, "KES") in money(nlp, "Simba Motors opened a Sh300m assembly line near Thika in Kenya.")
    assert (80_000_000.0, "KES") in money(nlp, "The assembler invested Sh80 million in the hall.")
    # in a story about Uganda the shilling is Uganda's
    assert (5_000_000_000.0, "UGX") in money(nlp, "Kiira Motors in Uganda invested Sh 5 billion in its Jinja works.")


def test_peso_and_rupee_spellings(nlp):
    assert (650_000_000.0, "PHP") in money(nlp, "The plant is part of a PhP 650 million investment.")
    assert (120_000_000_000.0, "INR") in money(nlp, "It would invest Re 12,000 crore in a new unit.")


def test_marks_counted_without_a_figure_are_no_money(nlp):
    assert money(nlp, "The launch marks a milestone for the plant.") == []
    assert money(nlp, "She scored full marks in the test drive.") == []


def test_a_plant_keeps_a_shilling_investment(nlp):
    facts = read(nlp, "Simba Motors has invested Sh450 million in a truck assembly plant in Thika, Kenya.")
    plant = next(p for p in facts.plants if p.country == "Kenya")
    assert plant.investment is not None and plant.investment.amount == 450_000_000 and plant.investment.currency == "KES"


# -- capacity: a count of models beside the yearly figure ---------------------------------------------------------------
def test_a_count_of_models_is_no_capacity(nlp):
    found = labelled(nlp, "The Northgate plant is capable of producing about 320,000 units of six Kia models annually.")
    assert ("CAPACITY", 320_000.0) in found
    assert ("CAPACITY", 6.0) not in found
    assert ("CAPACITY", 4.0) not in labelled(nlp, "The group will launch four new models a year.")


def test_many_models_a_year_still_reads_as_capacity(nlp):
    assert ("CAPACITY", 40_000.0) in labelled(nlp, "The works can build 40,000 models a year.")


# -- a maker's sums: a region's capacity, the staff of several plants ------------------------------------------------------
def test_capacity_across_a_region_is_no_plants(nlp):
    facts = read(nlp, "Honda invested $90 million in its plant in Dunmore, Ohio. "
                      "The company has the capacity to build 1.4 million vehicles in North America.")
    assert all(p.capacity_per_year is None for p in facts.plants), facts.plants
    facts = read(nlp, "Honda invested $90 million in its plant in Dunmore, Ohio. "
                      "The plant has the capacity to build 240,000 vehicles a year.")
    assert any(p.capacity_per_year == 240_000 for p in facts.plants), facts.plants


def test_staff_employed_across_several_plants_is_no_plants(nlp):
    facts = read(nlp, "Toyota has a plant in Kingsford, Canada. "
                      "It has two assembly plants in Kingsford and one plant in Elmvale and employs 7,200 people in the country.")
    assert all(p.jobs is None for p in facts.plants), facts.plants
    facts = read(nlp, "Toyota has a plant in Kingsford, Canada. The plant works two shifts and employs 2,100 people.")
    assert any(p.jobs == 2100 for p in facts.plants), facts.plants
    facts = read(nlp, "Toyota has a plant in Kingsford, Canada. "
                      "Kingsford builds 200,000 cars a year across its two plants and employs about 4,100 people.")
    assert any(p.jobs == 4100 for p in facts.plants), facts.plants
    facts = read(nlp, "Toyota has a plant in Kingsford, Canada. The plant employs 2,100 people.")
    assert any(p.jobs == 2100 for p in facts.plants), facts.plants
    facts = read(nlp, "Toyota will build two new lines at its plant in Kingsford, Canada, creating 900 jobs.")
    assert any(p.jobs == 900 for p in facts.plants), facts.plants


def test_a_yearly_figure_without_a_counted_noun(nlp):
    assert ("CAPACITY", 80_000.0) in labelled(nlp, "The new hatch will have an initial production run of 80,000 a year.")
    assert ("CAPACITY", 80_000.0) not in labelled(nlp, "The dealers sold 80,000 a year.")
    assert ("CAPACITY", 80_000.0) not in labelled(nlp, "The town grew by 80,000 a year.")


# -- specs: fuel used, a maker's range of engines, power written with torque, a named manual mode -----------------------
def test_fuel_used_is_no_engine_size(nlp):
    found = labelled(nlp, "The Varno has a 1.6-litre engine and consumes 6.4 litres of fuel per 100 km.")
    assert ("ENGINE", 1.6) in found and ("ENGINE", 6.4) not in found
    assert ("ENGINE", 5.9) not in labelled(nlp, "The Varno returns 5.9 litres per 100km in town.")
    assert ("ENGINE", 2.0) in labelled(nlp, "The Varno gets a 2.0 litre petrol unit.")
    assert ("ENGINE", 1.4) in labelled(nlp, "The base Varno uses a 1.4-litre petrol engine.")


def test_a_range_of_engines_is_no_one_engine(nlp):
    found = labelled(nlp, "The maker usually builds cars with engines of between 0.8 and 1.4 litres.")
    assert not any(label == "ENGINE" for label, _ in found), found
    found = labelled(nlp, "It will hire between 1,200 and 1,500 workers.")
    assert ("JOBS", 1500.0) in found
    found = labelled(nlp, "The Varno comes with 1.2 and 1.5 litre engines.")
    assert ("ENGINE", 1.2) in found and ("ENGINE", 1.5) in found


def test_power_written_with_torque_after_a_slash(nlp):
    assert ("POWER", 147.0) in labelled(nlp, "The Varno has a 147bhp/180lb ft turbocharged engine.")
    assert labelled(nlp, "The line runs 24/7 on two shifts.") == [("SHIFTS", 2.0)]


def test_a_gearbox_with_a_named_manual_mode(nlp):
    facts = read(nlp, "The Chevrolet Malibu drives the front wheels through a six-speed Shiftronic auto.")
    assert any(s.model.endswith("Malibu") and s.transmission and s.transmission.startswith("6-speed") for s in facts.specs), facts.specs


# -- figures a condition asks for, a country's output, jobs written as workplaces -------------------------------------------
def test_figures_a_condition_asks_for_are_no_plants(nlp):
    facts = read(nlp, "Ford has a plant in Pacheco, Argentina. The province cuts taxes for carmakers as long as they "
                      "invest at least 2 billion pesos and create 600 new jobs.")
    assert all(p.jobs is None and p.investment is None for p in facts.plants), facts.plants
    facts = read(nlp, "Ford will invest 2 billion pesos in its plant in Pacheco, Argentina, and create 600 new jobs.")
    assert any(p.jobs == 600 for p in facts.plants), facts.plants


def test_a_countrys_industry_output_is_no_plants(nlp):
    facts = read(nlp, "Astana Motors has a plant in Kostanay, Kazakhstan. "
                      "The aim is to raise the country's car industry total output to 90,000 cars a year.")
    assert all(p.capacity_per_year is None for p in facts.plants), facts.plants
    facts = read(nlp, "Astana Motors has a plant in Kostanay, Kazakhstan. The plant's output will rise to 90,000 cars a year.")
    assert any(p.capacity_per_year == 90_000 for p in facts.plants), facts.plants


def test_workplaces_are_jobs(nlp):
    assert ("JOBS", 1200.0) in labelled(nlp, "More than 1,200 workplaces will be created at the works.")


def test_a_head_count_after_employs_with_its_noun_unsaid(nlp):
    assert ("JOBS", 2400.0) in labelled(nlp, "The works employs about 2,400 at the site.")
    assert ("JOBS", 610.0) in labelled(nlp, "The plant employs 610 \u201cteam members\u201d on two lines.")
    assert ("JOBS", 300.0) not in labelled(nlp, "The body shop employs 300 robots.")
    assert ("JOBS", 300.0) not in labelled(nlp, "The works received 300 at the site.")


def test_a_makers_planned_capacity_in_its_own_words_is_no_plants(nlp):
    facts = read(nlp, 'Maruti has a plant in Rohtak, India. "We plan to invest more and lift our annual production '
                      'capacity to 3 million units by 2030," he said.')
    assert all(p.capacity_per_year is None for p in facts.plants), facts.plants
    facts = read(nlp, 'Maruti has a plant in Rohtak, India. "We plan to lift our plant\'s annual capacity to 300,000 units," he said.')
    assert any(p.capacity_per_year == 300_000 for p in facts.plants), facts.plants
