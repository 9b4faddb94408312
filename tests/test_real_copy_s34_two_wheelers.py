"""Two-wheelers counted as vehicles (s34): makers' news counts motorcycles and scooters as a car maker's counts cars."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def test_scooters_shipped_are_the_routes_units(nlp):
    assert routes(read(nlp, "TVS Motor exported 20,000 scooters to Nigeria last year.")) == {("TVS Motor", "India", "Nigeria"): 20000}
    assert routes(read(nlp, "Bajaj Auto shipped 15,000 motorcycles to Egypt.")) == {("Bajaj Auto", "India", "Egypt"): 15000}


def test_a_count_of_something_else_is_no_units(nlp):
    assert routes(read(nlp, "TVS Motor exported scooters to Nigeria, where 20,000 riders joined its club.")) == {
        ("TVS Motor", "India", "Nigeria"): None}
