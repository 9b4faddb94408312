"""Plants, their sites and operators on sentences written for these tests (names of towns and companies are real,
the figures and events made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _sites(facts) -> dict[str, str | None]:
    return {p.site: p.company for p in facts.plants}


# -- towns listed with a town where vehicles are made are plants too --------------------------------------------------
def test_plants_at_two_towns(nlp):
    facts = read(nlp, "Volkswagen's plants at Zwickau and Dresden will cut a shift next year.")
    assert _sites(facts) == {"Zwickau": "Volkswagen", "Dresden": "Volkswagen"}


def test_two_towns_then_plants(nlp):
    facts = read(nlp, "GM Korea shipped 20,000 cars last month from its Bupyeong and Changwon plants.")
    assert _sites(facts) == {"Bupyeong": "GM Korea", "Changwon": "GM Korea"}


def test_a_list_of_towns_and_a_named_plant(nlp):
    facts = read(nlp, "Maruti Suzuki opened a plant at Kharkhoda. It is the carmaker's fourth site after Gurugram, "
                      "Manesar and the Hansalpur plant.")
    assert set(_sites(facts)) == {"Kharkhoda", "Gurugram", "Manesar", "Hansalpur"}


def test_a_town_and_its_district_stay_one_plant(nlp):
    facts = read(nlp, "Mahindra's plant in Pune, Chakan, builds the XUV700.")
    assert len(facts.plants) == 1


def test_states_listed_are_no_towns(nlp):
    facts = read(nlp, "Honda builds cars at its plant in Marysville and sells them in Ohio and Indiana.")
    assert set(_sites(facts)) == {"Marysville"}
