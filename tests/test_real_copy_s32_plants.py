"""Plant fixes of 2026-12-05 (s32), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a site whose name is written with a hyphen."""
from __future__ import annotations

from tests.pipeline_helpers import read


def sites_of(facts) -> set[tuple]:
    """(company, site, country) of every plant."""
    return {(p.company, p.site, p.country) for p in facts.plants}


def models_at(facts, site: str) -> list[str]:
    return next((p.models for p in facts.plants if p.site == site), [])


# -- a site whose name has a hyphen -----------------------------------------------------------------------------------
def test_a_hyphenated_town_after_in_is_one_site(nlp):
    text = "In Poland, Toyota has a production facility located in Brzeg-Dolnowice."
    assert ("Toyota", "Brzeg-Dolnowice", "Poland") in sites_of(read(nlp, text))


def test_a_hyphenated_plant_name_is_one_site(nlp):
    text = "Toyota builds the Corolla at the Lin-Shui Plant in Taiwan."
    facts = read(nlp, text)
    assert ("Toyota", "Lin-Shui", "Taiwan") in sites_of(facts)
    assert models_at(facts, "Lin-Shui") == ["Corolla"]


def test_a_hyphen_between_months_joins_no_site(nlp):
    text = "Skoda built 12,000 cars at its plant in Karsk-Ovo, Czech Republic, in the January-March quarter."
    assert sites_of(read(nlp, text)) == {("Skoda", "Karsk-Ovo", "Czech Republic")}
