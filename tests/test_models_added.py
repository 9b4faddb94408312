"""Models of the wider gazetteer (current and recent cars, pickups and light trucks) found with their maker, names in
their common spellings, and ambiguous names left alone outside a vehicle context; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, read


def found(facts) -> set[tuple[str, str | None]]:
    return {(m.name, m.maker) for m in facts.models}


def test_added_cars_and_pickups_are_found_with_their_maker(nlp):
    facts = read(nlp, "Volkswagen will keep building the Polo Vivo at its plant in Kariega, while Toyota ended the "
                      "Verso and Ford said demand for the F-350 Super Duty pickup held up. Zastava built the Yugo "
                      "in Kragujevac.")
    assert {("Polo Vivo", "Volkswagen"), ("Verso", "Toyota"), ("Yugo", "Zastava")} <= found(facts)
    assert any(name.startswith("F-350") and maker == "Ford" for name, maker in found(facts))


def test_light_trucks_and_a_name_in_capitals_are_found(nlp):
    facts = read(nlp, "JMC will assemble the Carrying light truck and the Vigus Pro pickup in Lagos. Nissan said the "
                      "LEAF remains its best-selling electric car in Europe.")
    assert {("Carrying", "JMC"), ("Vigus Pro", "JMC"), ("LEAF", "Nissan")} <= found(facts)


def test_an_ambiguous_name_in_ordinary_text_is_no_model(nlp):
    facts = read(nlp, "A falcon and a Falcon-class frigate were on show. Quantum physics drew a crowd in Geelong, "
                      "and Avalon beach was busy.")
    assert not found(facts)


def test_a_participle_opening_a_sentence_is_no_model(nlp):
    facts = read(nlp, "Carrying 2,100 new cars, the ship left the port of Antwerp for Lagos on Monday.")
    assert ("Carrying", "JMC") not in found(facts)


def test_a_name_two_brands_of_one_group_share_goes_to_the_brand_named(nlp):
    holden = read(nlp, "Holden sold the Cruze and the Trax in Australia until 2020.")
    assert {("Cruze", "Holden"), ("Trax", "Holden")} <= found(holden)
    chevrolet = read(nlp, "Chevrolet builds the Trax in Changwon for export to the United States.")
    assert ("Trax", "Chevrolet") in found(chevrolet)


@pytest.mark.parametrize(("text", "model"), [
    ("The Renault 5 was built at Flins from 1972 to 1985.", "Renault 5"),
    ("The Renault 4 was assembled in Kestrel for two decades.", "Renault 4"),
    ("The 5 E-Tech is built at Douai.", "5 E-Tech"),
])
def test_renaults_classic_numbered_cars_are_not_their_electric_revivals(nlp, text, model):
    assert model in makers(read(nlp, text))
