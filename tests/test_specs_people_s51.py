"""Specs and people (round s51): a rival described ("Its arch rival, the X, ...") is the subject of its own figures, and a
plant's name made of a brand and "-factory" is no person. Sentences written for these tests: the cars' figures are
made up."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


@pytest.mark.parametrize("rival", ["Its arch rival", "Its closest rival", "Its main rival"])
def test_a_described_rival_takes_the_figures_of_its_verb(nlp, rival):
    facts = read(nlp, f"The Mazda6 uses a 2.5-litre engine. {rival}, the Honda Accord, uses a 1.5-litre engine.")
    assert {s.model: s.engine_l for s in facts.specs} == {"Mazda6": 2.5, "Accord": 1.5}


@pytest.mark.parametrize("name", ["the Ola Futurefactory", "Tesla Gigafactory"])
def test_a_plants_name_ending_in_factory_is_no_person(nlp, name):
    facts = read(nlp, f"The company already runs the world's largest scooter plant, {name}, in Krishnagiri.")
    assert facts.people == []
