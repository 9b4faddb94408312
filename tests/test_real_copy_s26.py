"""Fixes of 2026-12-05 (s26), from the errors of the real sets AI to AL, on sentences written for these tests (names
and figures made up): counted markets written with a word of reach ("132 international markets"), a route whose
origin was guessed before the story named where the cars are built."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- export routes ---------------------------------------------------------------------------------------------------
def test_a_count_of_markets_with_a_word_of_reach_is_a_destination(nlp):
    text = ("Nissan builds the Qashqai at its plant in Sunderland, England. Since 2007 the plant has exported "
            "the Qashqai to 62 international markets.")
    assert ("Nissan", "United Kingdom", "62 international markets") in routes(read(nlp, text))


def test_a_count_of_destinations_is_a_destination(nlp):
    text = ("Hyundai India builds cars at its plant near Chennai. It has shipped 900,000 cars from the port of "
            "Ennore to around 58 global destinations.")
    assert any(d == "58 global destinations" for _, _, d in routes(read(nlp, text)))


def test_a_guessed_home_origin_gives_way_to_where_the_story_builds_the_cars(nlp):
    text = ("A total of 45 cars were shipped by Renault to Mauritius last week. The Kwid is manufactured only at "
            "Renault's plant in Chennai, India.")
    found = routes(read(nlp, text))
    assert ("Renault", "India", "Mauritius") in found
    assert all(origin != "France" for _, origin, _ in found)


def test_a_home_origin_stays_when_the_story_builds_in_several_countries(nlp):
    text = ("Renault shipped 45 cars to Mauritius last week. Renault builds the Kwid in Chennai, India, and the "
            "Duster in Curitiba, Brazil.")
    assert ("Renault", "France", "Mauritius") in routes(read(nlp, text))


# -- companies -------------------------------------------------------------------------------------------------------
def test_a_name_in_capitals_before_a_legal_form_in_capitals_is_a_company(nlp):
    facts = read(nlp, "The second plant was set up by KOVANA AUTO (LAOS) CO., LTD. in 2023 for pickup production, "
                      "and the third by TRX MOTORS ASSEMBLY CO LTD in Vientiane.")
    assert {"Kovana Auto", "TRX Motors Assembly"} <= set(facts.companies)


def test_a_line_in_capitals_gives_no_company_of_its_words(nlp):
    facts = read(nlp, "NEW PLANT OPENED BY ZELTRA CO LTD\n\nThe plant builds vans.")
    assert not any("Plant" in c or "Opened" in c for c in facts.companies)


# -- plants ----------------------------------------------------------------------------------------------------------
def test_a_place_set_aside_with_instead_of_is_no_plant(nlp):
    facts = read(nlp, "Zelko reconfigured the Dunmore plant so that battery packs could be built in-house, instead "
                      "of in Japan. Acme will assemble the vans in Chile rather than in Peru.")
    countries = {p.country for p in facts.plants}
    assert "Japan" not in countries and "Peru" not in countries
    assert "Chile" in countries
