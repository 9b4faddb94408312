"""Fixes of 2026-12-05 (s27, countries): a demonym right before a singular company noun ('the Japanese carmaker',
'Swedish brand Volvo') tells where one company is from and does not make the country take part in the story (FORMAT.md:
production, export, partner, origin of a platform); a country named, a plant or a route there still does."""
from __future__ import annotations

from tests.pipeline_helpers import read


def test_the_demonym_of_one_maker_is_no_country_of_the_story(nlp):
    text = "The Japanese carmaker will build the Corolla at its plant in Guanajuato, Mexico, chief executive Ana Ruiz said."
    countries = set(read(nlp, text).countries)
    assert "Mexico" in countries and "Japan" not in countries


def test_a_demonym_word_for_a_language_is_no_country(nlp):
    text = "Porsche named the new car the Tarvo, the Indonesian word for heron, and will build it in Leipzig, Germany."
    assert "Indonesia" not in set(read(nlp, text).countries)


def test_a_demonym_before_a_plant_still_places_the_country(nlp):
    text = "Toyota will build the Corolla at its Japanese plant in Toyota City from next year."
    assert "Japan" in set(read(nlp, text).countries)


def test_a_country_named_as_such_stays_with_the_makers_demonym_beside_it(nlp):
    text = "The Japanese carmaker exports the Corolla from Japan to Chile."
    assert "Japan" in set(read(nlp, text).countries)


def test_a_demonym_past_modifiers_before_a_makers_noun_is_no_country(nlp):
    text = "Chinese electric vehicle (EV) producer BYD is to build a plant in Szeged, Hungary."
    countries = set(read(nlp, text).countries)
    assert "Hungary" in countries and "China" not in countries


def test_a_demonym_before_a_companys_name_or_a_persons_nationality_is_no_country(nlp):
    text = "Ana Ruiz, a Swedish national, runs GAZ Group in Russia; German BMW may build cars there."
    countries = set(read(nlp, text).countries)
    assert countries == {"Russia"}
