"""Plant towns, industrial zones and car ports added to places.csv in the s34 round from general knowledge, on
sentences written for these tests (made-up figures): a small plant town is the plant's site with its country, a
transliterated or folded spelling leads to the same place, a zone and a port keep their kinds, and names left out
(a poet's name, a Russian first name, a title before a surname) are no places."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import plants_of, read


@pytest.mark.parametrize("name, country, kind", [
    ("Pontedera", "Italy", "city"), ("Mattighofen", "Austria", "city"), ("Szentgotthárd", "Hungary", "city"),
    ("Vysoké Mýto", "Czech Republic", "city"), ("Neemrana", "India", "city"), ("Arzamas", "Russia", "city"),
    ("Sri City", "India", "industrial_zone"), ("Tanger Automotive City", "Morocco", "industrial_zone"),
    ("SCZone", "Egypt", "industrial_zone"), ("Navoi Free Economic Zone", "Uzbekistan", "industrial_zone"),
    ("KIIC", "Indonesia", "industrial_zone"), ("Portbury", "United Kingdom", "port"), ("Pipavav", "India", "port"),
])
def test_added_places_are_what_they_are(gaz, name, country, kind):
    place = gaz.places[name]
    assert (place.country, place.kind) == (country, kind)


def test_other_spellings_lead_to_the_same_place(gaz):
    assert gaz.places["Szentgotthard"].name == "Szentgotthárd"
    assert gaz.places["Vysoke Myto"].name == "Vysoké Mýto"
    assert gaz.places["Zavolzhe"].name == "Zavolzhye"
    assert gaz.places["Illichivsk"].name == "Chornomorsk"


@pytest.mark.parametrize("text, plant", [
    ("Piaggio said its plant in Pontedera, Italy, built 150,000 scooters last year.", ("Piaggio", "Pontedera", "Italy")),
    ("Hero MotoCorp opened a factory in Neemrana with 900 workers.", ("Hero MotoCorp", "Neemrana", "India")),
    ("Iveco Bus will invest 20 million euros in its Vysoké Mýto plant to build 500 more coaches a year.",
     ("Iveco Bus", "Vysoké Mýto", "Czech Republic")),
])
def test_plant_town_is_the_plants_site_with_its_country(nlp, text, plant):
    assert plant in plants_of(read(nlp, text))


def test_left_out_names_are_no_places(nlp, gaz):
    for name in ("Navoi", "Olya", "General Escobedo", "Hinckley"):
        assert name not in gaz.places, name
    assert not plants_of(read(nlp, "Olya scored twice as the club won 3-1 before 20,000 fans."))
