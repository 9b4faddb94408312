"""The countries that take part in a story, not every country a word names: demonyms on makers in general, listings
and languages, and surnames that are countries' names. Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read

PLANT = "Renault builds the Kardian at its plant in Tangier, Morocco. "


@pytest.mark.parametrize("sentence", [
    "Sales have slipped as Chinese brands cut prices.",
    "Competition has grown with the arrival of several Chinese-backed brands.",
    "Renault denied a report in a Chinese-language daily.",
    "Market share moved from the Japanese and Korean brands to Chinese electric-vehicle makers.",
    "Chinese battery and component suppliers have also announced projects.",
    "The midsize class is a market of Japanese incumbents.",
])
def test_a_demonym_on_makers_in_general_is_no_country_of_the_story(nlp, sentence):
    facts = read(nlp, PLANT + sentence)
    assert facts.countries == ["Morocco"]


def test_a_listing_is_no_country_of_the_story(nlp):
    facts = read(nlp, PLANT + "Renault's Paris-listed shares rose 2% on the news.")
    assert "France" not in facts.countries


def test_a_surname_is_no_country(nlp):
    facts = read(nlp, PLANT + '"It is the car buyers wanted," said Ciro Montenegro, chief executive of Renault Maroc.')
    assert "Montenegro" not in facts.countries
    assert "Ciro Montenegro" in [p.name for p in facts.people]


@pytest.mark.parametrize("sentence, country", [
    ("The Kardian is also shipped to Egypt.", "Egypt"),
    ("Its Chinese partner Geely supplies the engines.", "China"),
    ("The Chinese carmaker Geely supplies the engines.", "China"),
    ("Japan is the next market the company wants to enter.", "Japan"),
])
def test_a_country_in_the_story_stays(nlp, sentence, country):
    assert country in read(nlp, PLANT + sentence).countries
