"""Fixes of 2026-12-06 (s41) for a carmaker's own engine plants named by their town ('its Tarnford engine plant'), on
sentences written for these tests (towns from the gazetteer, companies and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import plant_at, read


def test_the_town_before_engine_plant_names_the_carmakers_own_plant(nlp):
    plant = plant_at(read(nlp, "Ford's Bridgend engine plant employs 1,700 people."), "Bridgend")
    assert plant is not None and plant.company == "Ford" and plant.jobs == 1700


def test_a_second_place_after_the_plant_does_not_hide_it(nlp):
    text = "Toyota said its Deeside engine plant in Wales will build hybrid engines from 2027, securing 500 jobs."
    plant = plant_at(read(nlp, text), "Deeside")
    assert plant is not None and plant.company == "Toyota" and plant.jobs == 500


def test_an_engine_plant_named_only_as_where_engines_come_from_is_no_plant_of_the_story(nlp):
    facts = read(nlp, "Engines for the Focus come from Ford's Bridgend engine plant.")
    assert not any(p.site == "Bridgend" for p in facts.plants)
