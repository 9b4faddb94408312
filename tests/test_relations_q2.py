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


def _plants(facts) -> dict[str, object]:
    return {p.site: p for p in facts.plants}


# -- "the Iraqi company Al-Noor Motors": a company's name of hyphenated capitalised parts ---------------------------------
def test_a_company_name_with_a_hyphenated_first_part_is_read_whole(nlp):
    facts = read(nlp, "SAIPA signed a contract with the Iraqi company Al-Noor Motors for the delivery of 500 cars.")
    assert "Al-Noor Motors" in facts.companies and "Noor Motors" not in facts.companies


def test_a_hyphen_with_spaces_does_not_join_a_company_name(nlp):
    facts = read(nlp, "The deal - Noor Motors said - covers 500 cars.")
    assert not any(c.startswith("-") or c.startswith("deal") for c in facts.companies)


# -- "the managing director of X, Name, said ... the group's Y plant": X is the speaker's company, not a description ----
def test_the_company_of_a_speakers_title_runs_the_groups_plant(nlp):
    facts = read(nlp, "Kerman Motor shipped 300 cars to Iraq. Speaking at the ceremony, the managing director of SAIPA Group, "
                      "Reza Karimi, said that the cars are built at the group's Kashan plant.")
    assert _plants(facts)["Kashan"].company == "SAIPA"


# -- a plant that builds no more: "has been idle since", "until X ended production in Y" --------------------------------
def test_an_idle_plant_with_past_models_is_no_plant(nlp):
    facts = read(nlp, "The Renault plant at Oran, which assembled the Symbol, has been idle since 2020.")
    assert "Oran" not in _plants(facts)


def test_a_short_stoppage_leaves_the_plant(nlp):
    facts = read(nlp, "The Ford plant at Valencia, which builds the Kuga, was idle for two weeks in May.")
    assert _plants(facts)["Valencia"].models == ["Kuga"]


def test_only_the_idle_plant_of_two_clauses_goes(nlp):
    facts = read(nlp, "Ford builds the Kuga at its Valencia plant, while its Saarlouis plant has been idle since May.")
    assert list(_plants(facts)) == ["Valencia"]


def test_production_ended_in_a_place_leaves_no_plant(nlp):
    facts = read(nlp, "The Kangoo is built on the line that Nissan used for the Navara until the carmaker ended "
                      "production in Cordoba in 2025.")
    assert "Cordoba" not in _plants(facts) or _plants(facts)["Cordoba"].company != "Nissan"


def test_production_to_end_in_a_place_keeps_the_plant(nlp):
    facts = read(nlp, "Nissan will stop production in Cordoba in 2026; the plant builds the Navara.")
    assert _plants(facts)["Cordoba"].company == "Nissan"


# -- makers.csv: Egypt's state carmaker goes by its short name ---------------------------------------------------------
def test_the_egyptian_state_carmaker_goes_by_its_short_name(nlp):
    facts = read(nlp, "El Nasr Automotive Manufacturing Company will assemble the Tiggo 4 Pro at its plant in Helwan, Egypt.")
    assert _plants(facts)["Helwan"].company in ("Nasco", "El Nasr Automotive Manufacturing Company")


def test_a_site_left_when_production_ended_in_a_country_still_builds(nlp):
    facts = read(nlp, "BYD's plant in Salvador, on the site that Ford left when it ended vehicle production in Brazil, "
                      "builds the Dolphin.")
    assert _plants(facts)["Salvador"].models == ["Dolphin"]
