"""Model, maker and company fixes of 2026-12-05 (s36), from the errors of the tuning sets, on sentences written for these
tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import makers, read


# -- the maker named as its model's name writes it ------------------------------------------------------------------
def test_a_maker_written_only_by_a_short_name_before_its_model_keeps_that_name(nlp):
    facts = read(nlp, "Dealers in Pune said the Maruti Baleno outsold every other hatchback in March.")
    assert makers(facts)["Baleno"] == "Maruti"
    assert "Maruti" in facts.companies and "Maruti Suzuki" not in facts.companies


def test_the_gazetteers_name_written_anywhere_in_the_story_stays(nlp):
    text = ("Dealers in Pune said the Maruti Baleno outsold every other hatchback in March. "
            "Maruti Suzuki said it would add a second shift.")
    assert makers(read(nlp, text))["Baleno"] == "Maruti Suzuki"


def test_an_acronym_before_a_model_is_no_name_to_keep(nlp):
    facts = read(nlp, "The VW Golf was the best-selling car in the region last year, dealers said.")
    assert makers(facts)["Golf"] == "Volkswagen"
