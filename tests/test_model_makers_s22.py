"""Model-maker gazetteer rows of 2026-12-04 (s22): a shared name's regional maker (Holden's Vectra) beside its
European one. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline_helpers import read


def makers(facts) -> dict[str, str | None]:
    """model name -> maker."""
    return {m.name: m.maker for m in facts.models}


def test_a_shared_name_goes_to_the_regional_maker_the_story_names(nlp):
    facts = read(nlp, "Holden said the Vectra would be built at its Adelaide plant until the end of the decade.")
    assert makers(facts).get("Vectra") == "Holden"


def test_a_shared_name_keeps_its_european_maker_when_that_maker_is_named(nlp):
    facts = read(nlp, "Opel said the Vectra would be built at its Ruesselsheim plant until the end of the decade.")
    assert makers(facts).get("Vectra") == "Opel"
