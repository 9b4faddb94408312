"""Relation rules added for held-out set I, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


# -- a plant that changes hands: its new owner ---------------------------------------------------------------
def test_a_plant_sold_to_a_company_is_the_buyers(nlp):
    facts = read(nlp, "Ford's former plant in Valencia now belongs to Geely, which builds the Geely Coolray there. "
                           "Renault's Barcelona factory was sold to Chery last year.")
    companies = {p.company for p in facts.plants}
    assert "Geely" in companies and "Chery" in companies
    assert not companies & {"Ford", "Renault"}


def test_a_plant_sold_by_its_owner_stays_the_sellers_without_a_buyer(nlp):
    facts = read(nlp, "Renault builds the Clio at its Bursa plant in Turkey, where sales rose.")
    assert {p.company for p in facts.plants} == {"Renault"}


# -- an assembler's plant is in its home country -----------------------------------------------------------
def test_an_assemblers_plant_is_in_its_home_country_when_both_are_named(nlp):
    facts = read(nlp, "China's Chery has signed an agreement with Kazakhstan's Allur to assemble cars at the Allur plant.")
    assert [(p.company, p.country) for p in facts.plants] == [("Allur", "Kazakhstan")]
