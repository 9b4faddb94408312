"""Fixes of 2026-12-06 (s41) for models whose name is also a word, from the errors of the tuning sets BC-CD, on
sentences written for these tests (a maker's range as the gazetteer holds it, the rest made up)."""
from __future__ import annotations

from tests.pipeline_helpers import bases, makers, read


# -- a vehicle's class written in capitals after the name -----------------------------------------------------------
def test_a_capitalised_class_after_the_name_is_no_surname(nlp):
    text = "Kia employs 2,300 people there. The Carnival Multi-Purpose Vehicle will be built from next spring."
    assert makers(read(nlp, text)).get("Carnival") == "Kia"


def test_a_name_before_a_capitalised_word_is_still_a_person(nlp):
    text = "Kia employs 2,300 people there. Carnival Ferreira, the plant's manager, said output would rise."
    assert "Carnival" not in makers(read(nlp, text))


# -- a relative clause that says what the name is ------------------------------------------------------------------
def test_a_relative_clause_naming_a_vehicle_class_confirms_the_model(nlp):
    text = ("The Turin plant started to build Maserati's new flagship sedan this month. Ghibli, which is a smaller "
            "model aimed at younger buyers, follows in the autumn.")
    assert makers(read(nlp, text)).get("Ghibli") == "Maserati"


def test_a_relative_clause_naming_something_else_does_not(nlp):
    text = "Maserati sells well in Europe. Ghibli, which is a small town in the desert, gave its name to a wind."
    assert "Ghibli" not in makers(read(nlp, text))


# -- another known name of the model, in capitals ---------------------------------------------------------------------
def test_a_market_name_in_capitals_is_reported_as_the_gazetteer_spells_it(nlp):
    text = "On Tuesday SAIC launched the new pure electric MG MULAN in Shanghai; the hatchback goes on sale next week."
    assert makers(read(nlp, text)).get("Mulan") == "MG"


# -- a base model written with another brand of its maker's group ----------------------------------------------------
def test_a_base_written_with_another_brand_of_the_group_keeps_that_brand(nlp):
    facts = read(nlp, "The new Holden Viva hatchback is a rebadged Daewoo Kalos, built at Bupyeong.")
    assert bases(facts).get("Viva") == "Daewoo Kalos"
