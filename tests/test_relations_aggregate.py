"""A capacity summed over plants (a country's, a region's, a group's) is no plant's capacity; a plant's own total is.
Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read

PLANT = "Kia will build the Sportage at its plant in Zilina, Slovakia, from next year. "


def capacities(facts) -> dict[str | None, float | None]:
    return {p.site: p.capacity_per_year for p in facts.plants}


@pytest.mark.parametrize("aside", [
    "Slovakia's car factories together have capacity for about 1.1 million vehicles a year.",
    "The three Korean brands in Europe have combined capacity near 900,000 units.",
    "Slovakia aims for a national production capacity of 1.2 million vehicles a year by 2030.",
    "Slovakia's capacity is 1.1 million cars a year.",
    "Analysts count announced assembly capacity in Slovakia, Hungary and Poland of roughly 2.4 million units.",
])
def test_a_sum_over_plants_is_not_the_plants_capacity(nlp, aside):
    facts = read(nlp, PLANT + aside)
    assert capacities(facts) == {"Zilina": None}


@pytest.mark.parametrize("own, capacity", [
    ("The plant's combined capacity will rise to 350,000 units a year.", 350000),
    ("Combined annual capacity for the Sportage family will reach 300,000 units.", 300000),
    ("The extra shift, for Slovakia and Hungary, takes annual capacity to 320,000 vehicles.", 320000),
    ("Capacity at the Zilina plant will reach 330,000 units a year.", 330000),
])
def test_a_plants_own_total_stays_its_capacity(nlp, own, capacity):
    facts = read(nlp, PLANT + own)
    assert capacities(facts) == {"Zilina": capacity}


@pytest.mark.parametrize("text", [
    "Hyundai builds the Creta at its Chennai plant. With the new line, Tamil Nadu now has capacity for more than "
    "1.5 million cars a year.",
    "BMW builds the X3 at Spartanburg. South Carolina's capacity of 1.2 million vehicles a year leads the South.",
])
def test_a_state_holding_a_capacity_holds_no_plants(nlp, text):
    """A state or province that has a capacity is a sum over its plants, not the plant named before."""
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


@pytest.mark.parametrize("text", [
    "Honda makes the City at its plant in Rajasthan, which has capacity for 180,000 cars a year.",
    "Tata Motors will build a plant in Gujarat with capacity for 300,000 cars a year.",
])
def test_a_plant_in_a_state_keeps_its_capacity(nlp, text):
    assert [p.capacity_per_year is not None for p in read(nlp, text).plants] == [True]
