"""Vehicle-plant towns added to places.csv in the s33 round, on sentences written for these tests (made-up figures):
a small plant town is found beside its maker with its country, its transliterated spelling leads to the same place,
and a name left out of the list (a first name) is no plant site."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import plants_of, read


@pytest.mark.parametrize("town, country", [
    ("Wörth am Rhein", "Germany"), ("Kopřivnice", "Czech Republic"), ("Likino-Dulyovo", "Russia"),
    ("Pithampur", "India"), ("Bhiwadi", "India"), ("Si Racha", "Thailand"), ("Gurun", "Malaysia"),
    ("Relizane", "Algeria"), ("Ciudad Sahagún", "Mexico"), ("Itatiaia", "Brazil"), ("Saint-Jérôme", "Canada"),
])
def test_new_plant_towns_are_places(gaz, town, country):
    assert gaz.places[town].country == country


def test_transliterated_spelling_is_the_same_town(gaz):
    assert gaz.places["Koprivnice"].country == "Czech Republic"
    assert gaz.places["Tutaev"].country == "Russia"


@pytest.mark.parametrize("text, plant", [
    ("Force Motors will build 12,000 vans a year at its plant in Pithampur, India, from next year.",
     ("Force Motors", "Pithampur", "India")),
    ("Daimler Truck said its plant in Wörth am Rhein, Germany, built 80,000 trucks last year.",
     ("Daimler Truck", "Wörth am Rhein", "Germany")),
    ("Hero MotoCorp opened a factory in Bhiwadi, India, with 40 robots.", ("Hero MotoCorp", "Bhiwadi", "India")),
])
def test_plant_town_found_beside_its_maker(nlp, text, plant):
    assert plant in plants_of(read(nlp, text))


def test_left_out_first_name_is_no_place(nlp, gaz):
    assert "Adama" not in gaz.places
    assert not plants_of(read(nlp, "Adama scored twice as the club won 3-1 before 20,000 fans."))
