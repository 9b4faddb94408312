"""Spec versions of 2026-12-04 (s22): an engine said again with a figure that opens another version of the model is
that version's engine too. Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def versions(facts, model: str) -> list[tuple]:
    """(engine_l, power_hp, transmission) of each version of the model, in fact order."""
    return [(s.engine_l, s.power_hp, s.transmission) for s in facts.specs if s.model == model]


def test_the_same_engine_said_before_a_stronger_rating_belongs_to_that_version(nlp):
    facts = read(nlp, "The Granta has a 1.6-liter engine with 89 horsepower. Buyers wanting more can pick a 1.6-liter "
                      "unit taken from the Vesta that develops 106 horsepower.")
    assert versions(facts, "Granta") == [(1.6, 89.0, None), (1.6, 106.0, None)]


def test_the_same_engine_said_after_a_stronger_rating_belongs_to_that_version(nlp):
    facts = read(nlp, "The Granta has a 1.6-liter engine with 89 horsepower. A sportier trim makes 106 horsepower from "
                      "the same 1.6-liter engine.")
    assert versions(facts, "Granta") == [(1.6, 89.0, None), (1.6, 106.0, None)]


def test_an_engine_said_again_alone_opens_no_version(nlp):
    facts = read(nlp, "The Granta has a 1.6-liter engine with 89 horsepower. The Granta keeps its 1.6-liter engine.")
    assert versions(facts, "Granta") == [(1.6, 89.0, None)]


def test_a_gearbox_kind_after_or_has_as_many_gears_as_the_one_before(nlp):
    """'a six-speed manual or automatic gearbox': the automatic is a six-speed too."""
    facts = read(nlp, "The Creta gets a 1.5-litre diesel with a six-speed manual or automatic gearbox.")
    assert [s.transmission for s in facts.specs] == ["6-speed manual", "6-speed automatic"]
