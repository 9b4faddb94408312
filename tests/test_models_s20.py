"""Entity-level fixes of 2026-12-04 (s20): models, makers and lineage, on sentences written for these tests."""
from __future__ import annotations

from tests.pipeline_helpers import read


def makers(facts) -> dict[str, str | None]:
    """model name -> maker."""
    return {m.name: m.maker for m in facts.models}


def test_a_shared_code_is_the_model_of_the_maker_the_story_names(nlp):
    facts = read(nlp, "Proton has opened an assembly plant in Lahore with a local partner. The first car off the line "
                      "next month is the sedan, to be followed later by the X70 before the end of the year.")
    assert makers(facts).get("X70") == "Proton"


def test_a_word_named_after_the_is_the_model_of_the_maker_named_twice(nlp):
    facts = read(nlp, "Proton has opened an assembly plant in Lahore, Proton said on Monday. The first one off the "
                      "line will be the Saga, managers said.")
    assert makers(facts).get("Saga") == "Proton"


def test_a_word_is_no_model_when_the_maker_is_named_once_or_not_at_all(nlp):
    once = read(nlp, "Proton has opened an assembly plant in Lahore. Managers called it the Saga of the year.")
    never = read(nlp, "Toyota has opened an assembly plant in Lahore. Toyota said the Saga of the strike was over.")
    assert "Saga" not in makers(once) and "Saga" not in makers(never)


def test_a_shared_code_stays_unresolved_when_two_of_its_makers_are_named(nlp):
    facts = read(nlp, "Proton and Jetour both sell cars in Lahore. Dealers said the X70 before the holidays was popular.")
    assert "X70" not in makers(facts)
