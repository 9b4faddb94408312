"""Fixes of 2026-12-05 (s33) for models, makers, specs, people, companies and countries, from the errors of the tuning
sets, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


# -- a demonym telling one maker's nationality ---------------------------------------------------------------------
def test_a_demonym_before_a_brand_is_no_country_of_the_story(nlp):
    text = "Koc Holding's Tofas plant in Bursa builds light commercial vehicles for Italian brand Fiat."
    facts = read(nlp, text)
    assert "Italy" not in facts.countries and "Turkey" in facts.countries


def test_a_demonym_before_a_car_manufacturer_is_no_country_of_the_story(nlp):
    text = "The German car manufacturer said 120 cars built in Rosslyn were shipped to Kenya."
    assert "Germany" not in read(nlp, text).countries


def test_a_country_named_as_such_stays_beside_its_demonym(nlp):
    text = "The German brand builds the sedan in Germany and ships it to Kenya."
    assert "Germany" in read(nlp, text).countries


def test_a_demonym_before_an_industry_stays_a_country(nlp):
    text = "The plant is the largest investment in the Hungarian car industry, the company said."
    assert "Hungary" in read(nlp, text).countries
