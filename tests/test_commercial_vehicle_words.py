"""Bus and truck news counts its vehicles as coaches, minibuses, lorries and tippers: those are vehicle words, so a
figure of them is a shipment's units or a plant's capacity (sentences written for these tests, figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, routes


@pytest.mark.parametrize("vehicles", ["coaches", "minibuses", "lorries", "tippers", "microbuses"])
def test_a_shipment_counted_in_commercial_vehicles_has_units(nlp, vehicles):
    facts = read(nlp, f"King Long shipped 85 {vehicles} to Saudi Arabia last month.")
    assert routes(facts) == {("King Long", "China", "Saudi Arabia"): 85}


def test_a_coach_factory_has_its_capacity_in_coaches(nlp):
    facts = read(nlp, "The new factory in Kayseri will produce 2,000 coaches a year, Temsa said.")
    assert [(p.company, p.site, p.capacity_per_year) for p in facts.plants] == [("Temsa", "Kayseri", 2000)]


def test_a_number_of_coaching_staff_is_no_shipment(nlp):
    # "coach" is a vehicle only as a counted noun: a person coaching counts nothing
    facts = read(nlp, "Temsa sponsors a football club in Adana, whose coach signed 3 players from Brazil.")
    assert not facts.exports and not facts.plants
