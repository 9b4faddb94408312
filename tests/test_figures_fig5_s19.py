"""Plant figures and specs (round s19): a company's head count is no plant's jobs; an engine or gearbox a plant makes
is no car's specification. Sentences written for these tests: made-up figures and events."""
from __future__ import annotations

from tests.pipeline_helpers import read


def jobs(facts) -> list[int]:
    return [p.jobs for p in facts.plants if p.jobs is not None]


# -- jobs: a company's staff, not one plant's ---------------------------------------------------------------------------
def test_the_company_employs_is_the_makers_staff(nlp):
    facts = read(nlp, "Kia opened an assembly plant in Pesqueria, Mexico, in 2016. It builds the Rio. "
                      "The company employs 9,300 people.")
    assert 9300 not in jobs(facts)


def test_a_named_company_with_its_country_employs(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Pesqueria, Mexico. Kia Mexico currently employs about 7,100 people.")
    assert 7100 not in jobs(facts)


def test_a_company_that_has_built_cars_for_years_and_employs(nlp):
    facts = read(nlp, "Renault builds the Kwid at its plant in Chennai, India. Renault has been making cars in the "
                      "country for 20 years and currently employs 4,700 people.")
    assert 4700 not in jobs(facts)


def test_the_plant_that_employs_keeps_its_staff(nlp):
    facts = read(nlp, "Kia builds the Rio at its plant in Pesqueria, Mexico. The plant employs about 3,100 people.")
    assert 3100 in jobs(facts)


def test_the_company_employs_people_there_is_the_plants(nlp):
    # 'there' (or a place) ties the company's head count to the plant
    facts = read(nlp, "Kia builds the Rio at its plant in Pesqueria, Mexico. The company employs about 3,400 people there.")
    assert 3400 in jobs(facts)


# -- specs: a part being made is no car's specification -----------------------------------------------------------------
def _engines(facts, model: str) -> list[float]:
    return [s.engine_l for s in facts.specs if s.model == model and s.engine_l is not None]


def test_an_engine_a_plant_produces_is_no_spec(nlp):
    facts = read(nlp, "Skoda builds the Kodiaq in Kvasiny, Czech Republic. Its new manager will prepare the production "
                      "of the Skoda 1.2 turbo engine at the site.")
    assert 1.2 not in _engines(facts, "Kodiaq")


def test_a_gearbox_a_plant_began_to_produce_is_no_spec(nlp):
    facts = read(nlp, "Skoda builds the Kodiaq in Kvasiny, Czech Republic. The plant began to produce the seven-speed "
                      "dual-clutch transmission in 2019.")
    assert not [s for s in facts.specs if s.model == "Kodiaq" and s.transmission]


def test_the_cars_engine_stays_a_spec(nlp):
    facts = read(nlp, "The Skoda Kodiaq comes with a 1.5-litre turbo engine producing 148 hp. The plant in Kvasiny, "
                      "Czech Republic, builds the Kodiaq with a 2.0-litre engine for export.")
    assert 1.5 in _engines(facts, "Kodiaq") and 2.0 in _engines(facts, "Kodiaq")


def test_the_company_will_employ_is_the_plants_jobs(nlp):
    facts = read(nlp, "Kia is building an assembly plant in Pesqueria, Mexico. The company is investing $1 billion in "
                      "the first phase and will employ around 2,700 workers.")
    assert 2700 in jobs(facts)


# -- investment: the sum before the venture or facility it pays for ------------------------------------------------------
def _investments(facts) -> list[float]:
    return [p.investment.amount for p in facts.plants if p.investment is not None]


def test_money_before_a_long_facility_name_is_its_cost(nlp):
    facts = read(nlp, "Tata Motors has a plant in Pune, India. The new $700 million Tata Motors car and engine "
                      "manufacturing facility in Pune has a capacity of 150,000 cars a year.")
    assert 700_000_000 in _investments(facts)


def test_money_before_an_assembly_venture_is_its_cost(nlp):
    facts = read(nlp, "Kia assembles the Sportage at a plant in Karachi, Pakistan. Kia is launching a $95 million assembly "
                      "venture with a local partner.")
    assert 95_000_000 in _investments(facts)


def test_money_before_a_loan_is_no_plant_cost(nlp):
    facts = read(nlp, "Kia assembles the Sportage at a plant in Karachi, Pakistan. Kia took a $95 million bank loan "
                      "with a local partner.")
    assert 95_000_000 not in _investments(facts)


def test_a_threshold_for_automakers_investing_is_no_investment(nlp):
    facts = read(nlp, "Kia assembles the Sportage at a plant in Karachi, Pakistan. The province offers a tax cut for "
                      "automakers investing at least $80 million in the region.")
    assert 80_000_000 not in _investments(facts)


# -- capacity: 'the joint venture' is the plant brought in with it ------------------------------------------------------
def _capacities(facts) -> list[float]:
    return [p.capacity_per_year for p in facts.plants if p.capacity_per_year is not None]


def test_the_joint_venture_is_the_plant_brought_in_with_it(nlp):
    facts = read(nlp, "Tata Motors builds the Nexon at its plant in Pune, India. "
                      "Kia will build the Sonet in a joint venture with Hyundai at a plant in Chennai, India. "
                      "A spokesman for Tata Motors declined to comment. "
                      "The 50-50 joint venture will have a capacity of 90,000 cars a year, its first cars sold through "
                      "Tata Motors dealers.")
    assert 90_000 in _capacities(facts)


def test_a_venture_unrelated_to_the_plant_gives_it_nothing(nlp):
    facts = read(nlp, "Kia builds the Sonet at a plant in Chennai, India. Hyundai builds the Creta at its plant in Pune, "
                      "India. The joint venture will have a capacity of "
                      "90,000 cars a year, its first cars sold through Tata Motors dealers.")
    assert 90_000 not in _capacities(facts)


# -- shifts: shifts the plant might run ----------------------------------------------------------------------------------
def _shifts(facts) -> list[int]:
    return [p.shifts for p in facts.plants if p.shifts is not None]


def test_shifts_run_if_needed_are_no_figure(nlp):
    facts = read(nlp, "Kia builds the Sonet at a plant in Chennai, India. \"We can go on three shifts if it is "
                      "necessary,\" the plant manager said.")
    assert 3 not in _shifts(facts)


def test_a_third_shift_the_plant_could_add_if_demand_grows_is_no_figure(nlp):
    facts = read(nlp, "Kia builds the Sonet at a plant in Chennai, India. If demand grows, the plant could move to "
                      "three shifts.")
    assert 3 not in _shifts(facts)


def test_shifts_the_plant_runs_stay(nlp):
    facts = read(nlp, "Kia builds the Sonet at a plant in Chennai, India. The plant runs on three shifts, and it can "
                      "build 200,000 cars a year.")
    assert 3 in _shifts(facts)


# -- the plant that makes another's kits is an aside ---------------------------------------------------------------------
def _capacity_at(facts, site: str) -> float | None:
    return next((p.capacity_per_year for p in facts.plants if p.site == site), None)


def test_the_facility_is_the_plant_that_assembles_the_kits(nlp):
    facts = read(nlp, "Tata Motors will build a plant in Pune, India. The Pune plant will assemble Nexon kits that are "
                      "pre-manufactured at the company's facility in Sanand, India. At its peak, the company expects to "
                      "build up to 90,000 cars a year at the facility.")
    assert _capacity_at(facts, "Pune") == 90_000
    assert _capacity_at(facts, "Sanand") is None


def test_a_facility_named_without_kits_is_the_facility(nlp):
    facts = read(nlp, "Tata Motors will build a plant in Pune, India. The Pune plant will assemble the Nexon, which is "
                      "also built at the company's facility in Sanand, India. The facility can build up to 90,000 cars "
                      "a year.")
    assert _capacity_at(facts, "Pune") != 90_000
