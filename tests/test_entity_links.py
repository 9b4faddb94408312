"""Companies, model makers, specs, people and lineage: general constructions, on sentences written for these tests
(names of people and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


# -- investors and groups behind a carmaker are companies of the story ----------------------------------------------
def test_a_sovereign_fund_holding_a_stake_is_a_company(nlp):
    facts = read(nlp, "The Public Investment Fund holds 60 per cent of the new venture, and Hyundai holds the rest.")
    assert {"Public Investment Fund", "Hyundai"} <= set(facts.companies)


def test_a_conglomerate_partner_is_a_company(nlp):
    facts = read(nlp, "Nishat Group and Hyundai opened the assembly line in Faisalabad in March.")
    assert "Nishat Group" in facts.companies


def test_a_group_in_its_short_form_takes_its_canonical_name(nlp):
    facts = read(nlp, "Thai conglomerate Charoen Pokphand has invested in the joint venture with SAIC Motor.")
    assert "CP Group" in facts.companies
