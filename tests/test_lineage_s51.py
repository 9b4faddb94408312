"""Lineage (round s51): 'X rides on the P platform of the Y' makes Y the base of X, not of a model of the sentence before;
a lineage cue opening the sentence ('Derived from the Y, the X ...') gives the base to the model after the comma; 'X is a
rebodied Y' makes Y the base of X. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


def bases(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


def test_the_model_named_on_a_platform_of_another_is_based_on_it(nlp):
    found = bases(read(nlp, "The Dacia Bigster rides on the CMF-B platform of the Duster."))
    assert found["Bigster"] == "Dacia Duster"


def test_a_platform_of_another_model_is_not_the_last_sentences_models(nlp):
    found = bases(read(nlp, "The Toyota Urban Cruiser Hyryder is a Maruti Grand Vitara with a Toyota badge. The Dacia "
                            "Bigster rides on the CMF-B platform of the Duster."))
    assert found["Grand Vitara"] is None
    assert found["Bigster"] == "Dacia Duster"


@pytest.mark.parametrize("cue", ["Derived from", "Developed from", "Based on"])
def test_a_lineage_cue_opening_the_sentence_gives_the_base_to_the_model_after_the_comma(nlp, cue):
    found = bases(read(nlp, f"{cue} the Dacia Logan, the Lada Largus is built in Togliatti."))
    assert found["Largus"] == "Dacia Logan"
    assert found["Logan"] is None


@pytest.mark.parametrize("text, model, base", [("The Jaecoo J7 is a rebodied Omoda C5.", "J7", "Omoda C5"),
                                               ("The Lada Largus is essentially a stretched Dacia Logan.", "Largus", "Dacia Logan")])
def test_a_model_that_is_another_reworked_is_based_on_it(nlp, text, model, base):
    assert bases(read(nlp, text))[model] == base


def test_a_model_compared_with_another_has_no_base(nlp):
    found = bases(read(nlp, "The Jaecoo J7 is a bigger car than the Omoda C5."))
    assert found["J7"] is None
