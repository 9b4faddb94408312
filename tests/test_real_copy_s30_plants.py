"""Plant fixes of 2026-12-05 (s30), from the plant misses of the tuning sets, on sentences written for these tests (names
and figures made up): a plant stated plainly and later named as where something is only studied."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


# -- a plant stated before, named again in a hedged sentence ----------------------------------------------------------
def test_a_plant_stated_before_stays_when_a_later_sentence_studies_work_there(nlp):
    text = ("Nissan said orders should keep its Rosslyn plant near Pretoria busy. "
            "Nissan and Renault are investigating the potential for assembling Renault vans at the Rosslyn plant.")
    assert ("Nissan", "Rosslyn", "South Africa") in plants_of(read(nlp, text))


def test_a_plant_named_only_as_a_possibility_is_still_left_out(nlp):
    text = "Nissan and Renault are investigating the potential for a new assembly plant in Kenya."
    assert not read(nlp, text).plants
