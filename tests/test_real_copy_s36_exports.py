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
