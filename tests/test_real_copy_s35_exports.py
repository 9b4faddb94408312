"""Export fixes of 2026-12-05 (s35), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- 'exported into N countries' --------------------------------------------------------------------------------------
def test_a_count_of_markets_after_into_is_a_destination(nlp):
    text = "Tata Motors said the Xenon is exported into about 35 countries, including Kenya and Chile."
    found = routes(read(nlp, text))
    assert ("Tata Motors", "India", "35 countries") in found
    assert ("Tata Motors", "India", "Kenya") in found


def test_a_count_of_markets_the_maker_merely_looks_into_is_no_destination(nlp):
    text = "Tata Motors said it is looking into about 35 countries as possible markets."
    assert not routes(read(nlp, text))
