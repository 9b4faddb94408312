"""States and provinces as news writes them: accents kept, English names, no city of the same name abroad."""
from __future__ import annotations

import pytest

from core.nlp.gazetteer import default_gazetteer
from tests.pipeline_helpers import read


@pytest.mark.parametrize(("written", "country"), [
    ("Nuevo León", "Mexico"),  # pycountry's name, accents kept
    ("Nuevo Leon", "Mexico"),  # and folded
    ("Goiás", "Brazil"),
    ("Ontario", "Canada"),  # the province, not the Californian city
    ("Bavaria", "Germany"),  # English names pycountry lacks
    ("West Java", "Indonesia"),
    ("Khorezm", "Uzbekistan"),
    ("Coahuila", "Mexico"),
])
def test_states_and_provinces_are_places_of_their_country(written: str, country: str) -> None:
    place = default_gazetteer().places[written]
    assert (place.country, place.kind) == (country, "state")


def test_a_plant_in_a_state_written_with_accents_is_placed(nlp) -> None:
    facts = read(nlp, "Hyundai will build a new assembly plant in Nuevo León, creating 1,500 jobs.")
    assert [(p.company, p.country, p.jobs) for p in facts.plants] == [("Hyundai", "Mexico", 1500)]


def test_a_plant_in_ontario_is_in_canada(nlp) -> None:
    facts = read(nlp, "Honda said it would spend C$15 billion on an electric-vehicle plant in Ontario.")
    assert [p.country for p in facts.plants] == ["Canada"]
