"""Fixes of 2026-12-05 (s27, lineage), from the errors of the real sets, on sentences written for these tests: the model
a comparison names ('smaller than the Y') is not what a lineage cue speaks of; 'is effectively a <model> with ...' is
one car under two badges; an opening 'Sharing its platform with the X, the Y ...' makes the X the Y's base."""
from __future__ import annotations

from tests.pipeline_helpers import read


def bases(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


# -- lineage: the subject of a cue, past a comparison ------------------------------------------------------------------
def test_the_model_after_than_is_not_the_subject_of_based_on(nlp):
    found = bases(read(nlp, "The Tiguan will be smaller than the Touareg and will be based on the Skoda Kodiaq chassis."))
    assert found.get("Tiguan") and "Kodiaq" in found["Tiguan"]
    assert found.get("Touareg") is None


def test_without_a_comparison_the_nearest_model_stays_the_subject(nlp):
    found = bases(read(nlp, "Volkswagen said the Tiguan is based on the Kodiaq."))
    assert found.get("Tiguan") and "Kodiaq" in found["Tiguan"]


# -- lineage: one car, two badges --------------------------------------------------------------------------------------
def test_is_effectively_a_model_of_another_maker_is_its_base(nlp):
    found = bases(read(nlp, "In truth the Ssangyong Rexton is effectively a Mercedes M-Class with a body styled in Turin."))
    assert found.get("Rexton") and "M-Class" in found["Rexton"]


def test_is_a_model_without_an_adverb_of_sameness_is_no_lineage(nlp):
    found = bases(read(nlp, "On price the Kia Seltos is a Toyota Corolla with more space."))
    assert found.get("Seltos") is None


# -- lineage: an opening participle of sharing -------------------------------------------------------------------------
def test_sharing_its_platform_with_the_x_the_y_makes_x_the_base(nlp):
    found = bases(read(nlp, "Sharing its platform with the Hyundai Creta, the Kia Seltos is built in Anantapur."))
    assert found.get("Seltos") and "Creta" in found["Seltos"]


def test_sharing_what_is_not_a_part_of_the_car_is_no_lineage(nlp):
    found = bases(read(nlp, "Sharing the showroom with the Hyundai Creta, the Kia Seltos sold well."))
    assert found.get("Seltos") is None
