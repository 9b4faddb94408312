"""Plant towns, industrial zones, car ports and spellings added to places.csv in the s36 round from general knowledge, on
sentences written for these tests (made-up figures): a small plant town is the plant's site with its country, a Chinese
district is read with and without its 'District', a transliterated or folded spelling is a place of the right country,
a zone keeps its kind, and names left out or guarded (Japanese surnames, a person's name inside a place's name) are no
places."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import plants_of, read


@pytest.mark.parametrize("name, country, kind", [
    ("Ruitz", "France", "city"), ("Villaverde", "Spain", "city"), ("Devínska Nová Ves", "Slovakia", "city"),
    ("Akçalar", "Turkey", "city"), ("Shendra", "India", "city"), ("Pluak Daeng", "Thailand", "city"),
    ("El Salto", "Mexico", "city"), ("Motomachi", "Japan", "site"), ("Cheongju", "South Korea", "city"),
    ("Greenland International Industrial Center", "Indonesia", "industrial_zone"), ("GIIC", "Indonesia", "industrial_zone"),
    ("Coega IDZ", "South Africa", "industrial_zone"), ("TEDA", "China", "industrial_zone"),
    ("Tuas", "Singapore", "port"), ("Hamad Port", "Qatar", "port"), ("Chancay", "Peru", "port"),
    ("Villa Rica", "Colombia", "city"), ("Fort Valley", "United States", "city"), ("Kamigo", "Japan", "site"),
    ("Kapıkule", "Turkey", "city"), ("Kuwait City", "Kuwait", "city"), ("Tema Free Zone", "Ghana", "industrial_zone"),
])
def test_added_places_are_what_they_are(gaz, name, country, kind):
    place = gaz.places[name]
    assert (place.country, place.kind) == (country, kind)


def test_other_spellings_lead_to_a_place_of_the_same_country(gaz):
    assert gaz.places["Devinska Nova Ves"].name == "Devínska Nová Ves"
    assert gaz.places["Akcalar"].name == "Akçalar"
    assert gaz.places["Panyu District"].name == gaz.places["Panyu"].name == "Panyu"
    assert gaz.places["Irungattukkottai"].name == "Irungattukottai"
    for spelling, country in (("Kiev", "Ukraine"), ("Kharkov", "Ukraine"), ("Toljatti", "Russia"), ("Ulianovsk", "Russia"),
                              ("Andizhan", "Uzbekistan"), ("Ma'anshan", "China"), ("Maanshan", "China"), ("Tai'an", "China"),
                              ("Kancheepuram", "India"), ("Vizag", "India"), ("Woerth", "Germany"), ("Nurnberg", "Germany")):
        assert gaz.places[spelling].country == country, spelling


@pytest.mark.parametrize("text, plant", [
    ("Renault will invest 300 million euros in its gearbox plant in Ruitz to build 200,000 electric motors a year.",
     ("Renault", "Ruitz", "France")),
    ("Ford Otosan plans to build a 500 million euro engine plant in Akçalar with 1,200 jobs.", ("Ford Otosan", "Akçalar", "Turkey")),
    ("Volkswagen will invest $200 million in its plant in Devinska Nova Ves to build 100,000 SUVs a year.",
     ("Volkswagen", "Devinska Nova Ves", "Slovakia")),
    ("Kia said its plant in Shendra would build 120,000 vehicles a year and employ 2,000 workers.", ("Kia", "Shendra", "India")),
    ("BYD's plant in Pluak Daeng will build 150,000 cars a year.", ("BYD", "Pluak Daeng", "Thailand")),
    ("GAC Aion will build 200,000 cars a year at its new factory in Panyu District.", ("GAC Aion", "Panyu District", "China")),
    ("Nissan will build 80,000 cars a year at its plant in El Salto.", ("Nissan", "El Salto", "Mexico")),
    ("Hyundai will invest $1 billion in a plant at the Greenland International Industrial Center to build 250,000 cars a year.",
     ("Hyundai", "Greenland International Industrial Center", "Indonesia")),
])
def test_plant_town_is_the_plants_site_with_its_country(nlp, text, plant):
    assert plant in plants_of(read(nlp, text))


def test_a_capital_named_for_a_port_of_another_country_is_the_capital(nlp):
    facts = read(nlp, "Toyota shipped 2,000 Hilux pickups from Japan to Port of Spain last year.")
    assert "Spain" not in facts.countries and "Trinidad and Tobago" in facts.countries


def test_left_out_and_guarded_names_are_no_places(nlp, gaz):
    # Japanese surnames that are also plant towns, Chinese given names that are also battery towns, a person
    for name in ("Tsutsumi", "Ohira", "Koga", "Liyang", "Chunxiao", "Nelson Mandela", "Struandale", "Hoşdere", "CIVAC"):
        assert name not in gaz.places, name
    assert not plants_of(read(nlp, "Ohira and Tsutsumi joined the board of Toyota in April."))
    # the Bay's row needs its whole name: the man is no place, while the municipality is Ford's site
    facts = read(nlp, "Nelson Mandela visited the Ford plant in Silverton in 1995, which then employed 4,000 people.")
    assert {p.site for p in facts.plants} == {"Silverton"}
    assert ("Ford", "Nelson Mandela Bay", "South Africa") in plants_of(
        read(nlp, "Ford builds engines in Nelson Mandela Bay, where its plant employs 1,200 people."))
    # 'Proton City' is the zone; Proton alone stays the maker that runs the plant there
    assert ("Proton", "Proton City", "Malaysia") in plants_of(
        read(nlp, "Proton will build 50,000 X50s a year at its plant in Proton City."))
