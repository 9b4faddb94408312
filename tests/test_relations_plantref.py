"""Which plant 'the plant' means, and plants that make parts, on sentences written for these tests (names and figures
made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _figures(facts) -> dict[str, tuple]:
    return {p.site: (p.jobs, p.shifts, p.investment.amount if p.investment else None) for p in facts.plants}


# -- "the plant" is the plant named last, not the plant introduced last ---------------------------------------------
TWO_PLANTS = ("Hyundai builds the Tucson at its plant in Nosovice, Czech Republic. Kia builds the Ceed at its plant in "
              "Zilina, Slovakia. Workers in Nosovice approved a new wage deal on Monday. ")


def test_the_plant_is_the_plant_named_again(nlp):
    facts = read(nlp, TWO_PLANTS + "The plant will hire 800 people and add a third shift.")
    assert _figures(facts) == {"Nosovice": (800, 3, None), "Zilina": (None, None, None)}


def test_the_factory_is_the_plant_named_again(nlp):
    facts = read(nlp, "Toyota builds the Yaris at its plant in Onnaing, France. Toyota also builds the C-HR at its plant "
                      "in Adapazari, Turkey. Unions at Onnaing said on Tuesday that they backed the plan. The factory will "
                      "invest €200 million and will employ 4,500 people.")
    assert _figures(facts) == {"Onnaing": (4500, None, 200_000_000), "Adapazari": (None, None, None)}


def test_the_site_is_the_plant_named_again(nlp):
    assert _figures(read(nlp, TWO_PLANTS + "The site will get a third shift."))["Nosovice"] == (None, 3, None)


def test_there_is_the_plant_named_again(nlp):
    assert _figures(read(nlp, TWO_PLANTS + "Hyundai will hire 800 people there."))["Nosovice"] == (800, None, None)
