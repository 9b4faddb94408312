"""Plant figures (round s20): which number goes on which plant. A yearly figure said in the passive with a place
between ("can be built in Peru per year"); a non-restrictive clause between the plant and its capacity; a country
as the subject of a verb of making (the nation's output); a government's grant or a tax credit; money for research
and development; a head count spread over several plants; one shop's capacity ("painting capacity"). Sentences
written for these tests: made-up events and figures."""
from __future__ import annotations

from tests.pipeline_helpers import read


def capacities(facts) -> list[float]:
    return [p.capacity_per_year for p in facts.plants if p.capacity_per_year is not None]


def jobs(facts) -> list[int]:
    return [p.jobs for p in facts.plants if p.jobs is not None]


def investments(facts) -> list[float]:
    return [p.investment.amount for p in facts.plants if p.investment is not None]


# -- "N vehicles can be built in X per year": a short place phrase before the year ------------------------------------
def test_passive_yearly_figure_with_a_place_between(nlp):
    facts = read(nlp, "Kia is hiring staff for its new plant in Arequipa, Peru. Up to 900 people will work there, "
                      "so that up to 80,000 vehicles can be built in Peru per year.")
    assert 80000 in capacities(facts)


def test_passive_figure_without_a_year_is_no_capacity(nlp):
    facts = read(nlp, "Kia is hiring staff for its new plant in Arequipa, Peru. So far 80,000 vehicles have been "
                      "sold in Peru.")
    assert 80000 not in capacities(facts)


# -- ", which ... ," between the plant and its capacity ---------------------------------------------------------------
def test_a_which_clause_holding_a_company_and_country(nlp):
    facts = read(nlp, "Kia will build a new plant in Arequipa, Peru. The factory, which is Kia's first in Peru, "
                      "will have capacity to make 70,000 cars per year.")
    assert 70000 in capacities(facts)


def test_a_makers_output_in_a_country_stays_a_total(nlp):
    facts = read(nlp, "Kia will build a new plant in Arequipa, Peru. The plan will lift Kia's yearly output in "
                      "Peru to 400,000 units.")
    assert 400000 not in capacities(facts)


# -- a country that makes N cars a year: its industry's output ----------------------------------------------------------
def test_country_with_a_clause_makes_cars(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa, Peru. Peru, which has 34 million people, "
                      "makes nearly 600,000 cars a year.")
    assert 600000 not in capacities(facts)


def test_country_makes_cars(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa, Peru. Peru produces 600,000 vehicles a year.")
    assert 600000 not in capacities(facts)


def test_the_plant_in_a_country_makes_its_own(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa. The plant in Peru makes 90,000 cars a year.")
    assert 90000 in capacities(facts)


# -- a government granting money, a tax credit: aid, not the owner's investment -----------------------------------------
def test_province_granting_money_is_aid(nlp):
    facts = read(nlp, "Kia will retool its Arequipa plant in Peru. The whole investment will be about $450 million, "
                      "with Arequipa granting up to $45 million.")
    assert investments(facts) == [450_000_000]


def test_company_contributing_money_is_its_investment(nlp):
    facts = read(nlp, "Kia will retool its Arequipa plant in Peru. Kia is contributing $300 million to the "
                      "plant's retooling.")
    assert investments(facts) == [300_000_000]


def test_a_tax_credit_is_aid(nlp):
    facts = read(nlp, "Kia builds cars at its plant in Arequipa, Peru. Kia received a tax credit of $19 million "
                      "for the plant.")
    assert investments(facts) == []


# -- money for research and development, not for a plant ----------------------------------------------------------------
def test_money_in_the_development_of_technologies(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa, Peru. By 2030 Kia will have invested "
                      "$3 billion in the development of new drive technologies.")
    assert 3_000_000_000 not in investments(facts)


def test_money_in_the_development_of_the_plant(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa, Peru. Kia will invest $200 million in the "
                      "development of the plant.")
    assert investments(facts) == [200_000_000]


# -- a head count over several plants ---------------------------------------------------------------------------------
def test_jobs_across_plants(nlp):
    facts = read(nlp, "Kia will reopen its Arequipa plant in Peru. The plan will create 4,000 new jobs across "
                      "plants in Arequipa, Cusco and Lima.")
    assert 4000 not in jobs(facts)


def test_the_plants_workers(nlp):
    facts = read(nlp, "Kia runs plants in Arequipa and Cusco in Peru. The plants' 9,000 workers earn $90 a week.")
    assert 9000 not in jobs(facts)


def test_jobs_at_the_plant_stay(nlp):
    facts = read(nlp, "Kia will reopen its Arequipa plant in Peru. The plan will create 2,100 jobs at the plant.")
    assert 2100 in jobs(facts)


# -- one shop's capacity --------------------------------------------------------------------------------------------------
def test_painting_capacity_is_no_plant_capacity(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa, Peru. A new paint shop took the painting "
                      "capacity at the plant to 520,000 units per year.")
    assert 520000 not in capacities(facts)


def test_production_capacity_is_the_plants(nlp):
    facts = read(nlp, "Kia builds the Andes at its plant in Arequipa, Peru. The plant has an annual production "
                      "capacity of 520,000 units.")
    assert 520000 in capacities(facts)


# -- "could produce up to N units at full capacity" ----------------------------------------------------------------------
def test_units_at_full_capacity(nlp):
    facts = read(nlp, "Kia builds the Andes at its assembly plant in Arequipa, Peru. The plant could produce up to "
                      "50,000 units at full capacity.")
    assert 50000 in capacities(facts)


def test_units_shipped_at_full_capacity_are_no_capacity(nlp):
    facts = read(nlp, "Kia builds the Andes at its assembly plant in Arequipa, Peru. The plant exported 50,000 units "
                      "at full capacity.")
    assert 50000 not in capacities(facts)
