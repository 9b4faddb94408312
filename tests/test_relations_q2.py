"""Rules for constructions found in set Q (trade-wire and regional-portal news on emerging-market carmakers) once it
became a tuning set, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles


# -- a title whose portfolio is a department, a sector or corporate affairs, before the organisation and the name ------
def test_a_department_is_part_of_the_title_before_the_company_and_the_name(nlp):
    facts = read(nlp, "The director of sales department of Iran Khodro, Parisa Ahmadi, said the firm sold 900 cars in May.")
    assert roles(facts) == {"Parisa Ahmadi": "director of sales department"}


def test_corporate_affairs_are_a_portfolio_after_a_possessive_company(nlp):
    facts = read(nlp, "Toyota's head of corporate affairs, Bongani Dlamini, said the plant would not close.")
    assert roles(facts) == {"Bongani Dlamini": "head of corporate affairs"}


def test_a_ministers_sector_is_no_part_of_the_name(nlp):
    facts = read(nlp, '"We expect more," Minister of Industrial Sector Karim Mansour said at the opening.')
    assert roles(facts) == {"Karim Mansour": "Minister of Industrial Sector"}


def test_a_plain_head_of_department_still_finds_the_name_after_the_comma(nlp):
    facts = read(nlp, "The head of department, Leyla Aliyeva, said the cars would go on sale in June.")
    assert roles(facts) == {"Leyla Aliyeva": "head of department"}


# -- "Deputy mayor of <town> <Name> said": the town governed, then the name ---------------------------------------------
def test_a_name_after_the_town_a_title_governs(nlp):
    facts = read(nlp, "Deputy mayor of Bursa Ayse Kaya said the city would give land for the new plant.")
    assert roles(facts) == {"Ayse Kaya": "Deputy mayor"}


def test_a_capitalised_run_after_the_town_before_no_verb_is_no_name(nlp):
    facts = read(nlp, "The mayor of Bursa Industrial Zone Park opened the new plant.")
    assert roles(facts) == {}


# -- "The director-general of the National Road Safety Council (NRSC), Ada Obi,": a body whose name holds portfolio words
def test_a_public_body_with_portfolio_words_and_an_acronym_before_the_name(nlp):
    facts = read(nlp, "The director-general of the National Transport and Safety Council (NTSC), Ada Obi, said imports fell.")
    assert roles(facts) == {"Ada Obi": "director-general"}


def test_a_minister_of_portfolios_before_a_name_keeps_the_portfolios(nlp):
    facts = read(nlp, "Minister of Industry and Trade Sergei Volkov said the plant would open in May.")
    assert roles(facts) == {"Sergei Volkov": "Minister of Industry and Trade"}
