"""Model-maker gazetteer rows of 2026-12-04 (s22): a model only a licensed producer builds (the Peugeot-badged Pars
is Iran Khodro's) and a shared name's regional maker (Holden's Vectra). Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline_helpers import read


def makers(facts) -> dict[str, str | None]:
    """model name -> maker."""
    return {m.name: m.maker for m in facts.models}


def test_a_peugeot_badged_model_built_only_in_iran_is_the_iranian_makers(nlp):
    facts = read(nlp, "Sales of the Peugeot Pars rose by a fifth in the first half, the company said.")
    got = makers(facts)
    assert got.get("Peugeot Pars", got.get("Pars")) == "Iran Khodro"


def test_a_peugeot_model_stays_peugeots(nlp):
    facts = read(nlp, "Peugeot will show the new Peugeot 508 at the Lyon motor show next spring.")
    assert makers(facts).get("Peugeot 508") == "Peugeot"


def test_a_shared_name_goes_to_the_regional_maker_the_story_names(nlp):
    facts = read(nlp, "Holden said the Vectra would be built at its Adelaide plant until the end of the decade.")
    assert makers(facts).get("Vectra") == "Holden"


def test_a_shared_name_keeps_its_european_maker_when_that_maker_is_named(nlp):
    facts = read(nlp, "Opel said the Vectra would be built at its Ruesselsheim plant until the end of the decade.")
    assert makers(facts).get("Vectra") == "Opel"
