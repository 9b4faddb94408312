"""Fixes of 2026-12-05 (s27, countries): a demonym right before a noun of nationality or language ('a Swedish national',
'the Indonesian word for tiger') does not make the country take part in the story (FORMAT.md: production, export,
partner, origin of a platform); a maker's demonym ('the Chinese carmaker Geely supplies the engines') still does, as
tests/test_story_countries.py has it, and so do a country named, a plant or a route there."""
from __future__ import annotations

from tests.pipeline_helpers import read


def test_a_demonym_word_for_a_language_is_no_country(nlp):
    text = "Porsche named the new car the Tarvo, the Indonesian word for heron, and will build it in Leipzig, Germany."
    countries = set(read(nlp, text).countries)
    assert "Germany" in countries and "Indonesia" not in countries


def test_a_persons_nationality_is_no_country_of_the_story(nlp):
    text = "Ana Ruiz, a Swedish national, runs GAZ Group in Russia."
    assert set(read(nlp, text).countries) == {"Russia"}


def test_a_makers_demonym_still_names_a_country_of_the_story(nlp):
    text = "Chinese electric vehicle (EV) producer BYD is to build a plant in Szeged, Hungary."
    assert {"China", "Hungary"} <= set(read(nlp, text).countries)


def test_a_demonym_before_a_plant_still_places_the_country(nlp):
    text = "Toyota will build the Corolla at its Japanese plant in Toyota City from next year."
    assert "Japan" in set(read(nlp, text).countries)


def test_a_demonym_on_makers_in_general_past_a_bracketed_short_form_is_no_country(nlp):
    text = "Chinese electric vehicle (EV) makers are building plants in Hungary."
    countries = set(read(nlp, text).countries)
    assert "Hungary" in countries and "China" not in countries
