"""Export fixes of 2026-12-06 (s36), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- '125cc motorcycles': an engine's size, no count ------------------------------------------------------------------
def test_a_figure_before_cc_is_no_count_of_vehicles_shipped(nlp):
    found = routes(read(nlp, "Suzuki began exporting 150cc scooters to Kenya last month."))
    assert ("Suzuki", "Japan", "Kenya") in found
    assert found[("Suzuki", "Japan", "Kenya")] is None


def test_a_count_before_the_engine_size_still_counts(nlp):
    found = routes(read(nlp, "Suzuki began exporting 4,000 150cc scooters to Kenya last month."))
    assert found[("Suzuki", "Japan", "Kenya")] == 4000


# -- a plant in a country the maker ships to assembles imports: no origin ---------------------------------------------
def test_a_plant_in_a_market_the_maker_ships_to_is_no_origin(nlp):
    text = ("Ashok Leyland will export trucks to Ghana. Ashok Leyland will assemble them at a new plant in Ghana. "
            "Ashok Leyland also exports to Kenya and Nepal.")
    found = routes(read(nlp, text))
    assert ("Ashok Leyland", "India", "Kenya") in found and ("Ashok Leyland", "India", "Nepal") in found
    assert not any(origin == "Ghana" for _, origin, _ in found)


def test_a_plant_in_no_market_of_the_maker_still_ships(nlp):
    text = "Ashok Leyland builds buses at its new plant in Ghana. Ashok Leyland exports them to Togo and Benin."
    found = routes(read(nlp, text))
    assert ("Ashok Leyland", "Ghana", "Togo") in found
