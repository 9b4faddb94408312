"""Units (round s51): energy written out ("100 gigawatt-hours", "40 gigawatt hours") is no count of vehicles, and
power written out in kilowatts is power; a count of plants "from 12 to 8" is no staff. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


@pytest.mark.parametrize("energy", ["100 gigawatt-hours", "40 gigawatt hours", "20 GWh", "5 gigawatts"])
def test_a_battery_plants_energy_is_no_capacity(nlp, energy):
    facts = read(nlp, f"Zorvex broke ground on a plant in Szeged, Hungary. The plant will have an annual capacity of {energy}.")
    assert all(p.capacity_per_year is None for p in facts.plants)


@pytest.mark.parametrize("power", ["a motor of 150 kilowatts", "a 150-kilowatt motor", "a 150 kW motor"])
def test_power_in_kilowatts_written_out(nlp, power):
    facts = read(nlp, f"The Kia EV6 has {power}.")
    assert [s.power_hp for s in facts.specs] == [pytest.approx(201.2, abs=0.1)]


def test_a_count_of_plants_from_one_figure_to_another_is_no_staff(nlp):
    facts = read(nlp, "Mazda will end production at its Hofu plant. Mazda is cutting 9,000 jobs worldwide and reducing "
                      "its number of plants from 12 to 8.")
    assert all(p.jobs in (None, 9000) for p in facts.plants)


def test_employment_at_the_plant_from_one_figure_to_another_is_staff(nlp):
    facts = read(nlp, "Ford will upgrade the Craiova plant. It says employment levels at the plant will almost double, "
                      "from the existing 2,900 to 5,000.")
    assert [p.jobs for p in facts.plants] == [5000]


@pytest.mark.parametrize("cut", ["About 2,100 jobs will go in Spain, mainly at its Valencia plant.",
                                 "Ford said 2,100 jobs are to go at its Valencia plant."])
def test_jobs_that_will_go_are_no_staff(nlp, cut):
    facts = read(nlp, cut + " The Valencia plant, which employs around 4,800 people, builds the Kuga.")
    assert [p.jobs for p in facts.plants if p.site == "Valencia"] == [4800]


def test_jobs_that_go_on_are_staff(nlp):
    facts = read(nlp, "At its Valencia plant, the 4,800 jobs will go on as before.")
    assert all(p.jobs in (None, 4800) for p in facts.plants)
