"""Plant fixes of 2026-12-06 (s36), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read

BUILT = "Perodua builds the new Bezza in Rawang, Malaysia. "


def investments(facts) -> set[float]:
    return {p.investment.amount for p in facts.plants if p.investment is not None}


# -- money spent designing a vehicle is no plant's cost ----------------------------------------------------------------
def test_money_spent_developing_a_model_is_no_plant_investment(nlp):
    text = BUILT + "Perodua says it spent RM400 million and three years developing the Bezza."
    assert investments(read(nlp, text)) == set()


def test_money_invested_to_redesign_a_model_is_no_plant_investment(nlp):
    text = BUILT + "Perodua invested RM400 million ($95 million) to redesign the Bezza."
    assert investments(read(nlp, text)) == set()


def test_a_launch_after_years_of_rnd_and_an_investment_is_no_plant_investment(nlp):
    text = "The Perodua Bezza, built in Rawang, was launched in Malaysia after five years of R&D and an investment of RM400 million."
    assert investments(read(nlp, text)) == set()


def test_money_to_develop_a_factory_is_its_investment(nlp):
    text = BUILT + "Perodua will spend RM400 million to develop the 1 million-square-foot Rawang factory."
    assert investments(read(nlp, text)) == {400_000_000}
