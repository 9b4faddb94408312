"""Entity fixes of 2026-12-04 (s21): people's titles after an age or a noun of posts, a diplomat's title, a truck
brand's model beside its car-making namesake, a byline's page counters, a sub-brand's model under its maker. Sentences
written for these tests (names and figures made up)."""
from __future__ import annotations

from core.nlp.boilerplate import is_boilerplate
from tests.pipeline_helpers import read


def people(facts) -> dict[str, tuple[str | None, str | None]]:
    """name -> (role, org)."""
    return {p.name: (p.role, p.org) for p in facts.people}


def makers(facts) -> dict[str, str | None]:
    """model name -> maker."""
    return {m.name: m.maker for m in facts.models}


# -- "Ana Ruiz, 52, vice president of sales, ...": the age between the name and the title -----------------------
def test_a_title_after_the_persons_age_is_the_persons(nlp):
    facts = read(nlp, "Kestrel Motors reshuffled its board. Tomas Brandt, 58, vice president of purchasing, will become "
                      "chief operating officer.")
    assert people(facts)["Tomas Brandt"][0].startswith("vice president")


def test_a_figure_that_is_no_age_does_not_join_a_name_to_a_title(nlp):
    facts = read(nlp, "The plant in Leeds, 1200, director of works said nothing more.")
    assert not any("Leeds" in name for name in people(facts))


# -- "X will keep the post of chairman", "X, who will fill a new position as president of Y" ---------------------
def test_the_one_who_keeps_the_post_of_a_title_holds_it(nlp):
    facts = read(nlp, "Kestrel Motors appointed a new chief executive on Monday. Hanna Lindqvist will keep the post of "
                      "chairman.")
    assert people(facts)["Hanna Lindqvist"][0] == "chairman"


def test_the_one_who_fills_a_new_position_as_a_title_holds_it(nlp):
    facts = read(nlp, "Kestrel Motors reorganised its sales arm. Piet Vermeulen, who will fill a newly created position as "
                      "president of global sales, joined the company in 2019.")
    assert people(facts)["Piet Vermeulen"][0].startswith("president")


def test_a_post_no_person_holds_gives_no_person(nlp):
    facts = read(nlp, "Kestrel Motors said the company will keep the post of chairman vacant until May.")
    assert people(facts) == {}


# -- a diplomat's title ----------------------------------------------------------------------------------------
def test_a_charge_d_affaires_is_a_title(nlp):
    facts = read(nlp, "Chery will build cars in Malaysia, said Wen Hao, chargé d'affaires of the Chinese embassy in "
                      "Kuala Lumpur.")
    assert people(facts)["Wen Hao"][0].lower().startswith("charg")


# -- a truck brand's model, its name's first word a car maker's -------------------------------------------------
def test_a_truck_brands_model_keeps_the_brand_when_its_namesake_is_written(nlp):
    facts = read(nlp, "The range includes the Volvo FH and FE and the Renault Premium and Kerax. Volvo Group will build "
                      "them in Kaluga.")
    assert makers(facts).get("Kerax") in ("Renault Trucks", "Renault")


def test_a_brands_model_still_goes_to_the_group_the_story_names(nlp):
    facts = read(nlp, "Volvo Group will build the Kerax in Kaluga from May.")
    assert makers(facts).get("Kerax") == "Volvo Group"


# -- "27 Nov 2019 | 7384 Views | By Ana Ruiz": page furniture ---------------------------------------------------
def test_a_byline_with_a_date_and_counters_before_it_is_boilerplate():
    assert is_boilerplate("12 Mar 2021 | 5120 Views | By Staff Reporter")
    assert is_boilerplate("March 3, 2022 | 14 Comments | Posted by Ana Ruiz")


def test_a_table_row_with_bars_is_no_byline():
    assert not is_boilerplate("Germany | 12,000 | Bytown plant of Kestrel Motors near the old harbour in the north")
    assert not is_boilerplate("Sales rose 4% | the group said it would build by May.")


def test_counters_in_a_byline_are_no_model(nlp):
    facts = read(nlp, "Foton opens truck plant in Pune\n9 Apr 2020 | 2210 Views | By Staff Reporter\n"
                      "Foton has opened a truck plant in Pune, India.")
    assert "View" not in makers(facts)


# -- a sub-brand's model sold under its maker's name ------------------------------------------------------------
def test_an_oshan_model_is_changans(nlp):
    facts = read(nlp, "Master Changan Motors has begun exporting the Oshan X7 crossover to Kenya.")
    assert makers(facts).get("Oshan X7") == "Changan"


# -- 'David "Nick" Reilly, a vice president': a nickname in quotes inside the name -------------------------------
def test_a_name_with_a_nickname_in_quotes_keeps_its_title(nlp):
    facts = read(nlp, 'Robert "Bobby" Kessler, a Kestrel Motors vice president, will run the new plant.')
    assert people(facts).get('Robert "Bobby" Kessler', (None,))[0] == "vice president"


def test_a_quoted_word_before_a_lone_surname_is_no_nickname(nlp):
    facts = read(nlp, 'The "Golden" Kessler, a vice president, said nothing.')
    assert not any("Golden" in name for name in people(facts))


# -- working names: "code-named Project X", "a concept name of X" ----------------------------------------------
def test_a_working_name_after_code_named_is_a_model_of_the_maker(nlp):
    facts = read(nlp, "Kia will build its first pickup, currently code-named Project Tasman, at the plant from 2025.")
    assert makers(facts).get("Tasman") == "Kia"


def test_a_concept_name_is_a_model_of_the_maker_the_story_names(nlp):
    facts = read(nlp, "Nissan will build a new car in Sunderland. The new model, with a current concept name of Zephyrine, "
                      "will be built from next year.")
    assert makers(facts).get("Zephyrine") == "Nissan"


def test_a_code_named_project_that_is_no_vehicle_is_no_model(nlp):
    facts = read(nlp, "Nissan will expand the site. The project, code-named Sunrise, was approved on Monday.")
    assert "Sunrise" not in makers(facts)


# -- an engine's name in quotes after its size ------------------------------------------------------------------
def test_a_quoted_engine_name_after_its_size_is_no_model(nlp):
    facts = read(nlp, 'Ford said the big 6.2-liter "Boss" V-8 carries on unchanged in its pickups.')
    assert "Boss" not in makers(facts)


# -- a figure in a sentence about another maker is not the last model's ------------------------------------------
def test_a_figure_of_a_sentence_naming_another_maker_is_not_the_last_models(nlp):
    facts = read(nlp, "Chrysler will offer a 6.4-liter engine in the Ram 2500. Over at Ford, the big 6.2-liter V-8 "
                      "carries on unchanged.")
    assert {(s.model, s.engine_l) for s in facts.specs if s.engine_l} == {("Ram 2500", 6.4)}


def test_a_figure_of_a_sentence_naming_the_models_maker_stays_the_models(nlp):
    facts = read(nlp, "Hyundai launched the Creta in Chennai. Hyundai said it uses a 1.5-litre engine.")
    assert {(s.model, s.engine_l) for s in facts.specs if s.engine_l} == {("Creta", 1.5)}


# -- "Rivals: Ford Fiesta, VW Polo": a launch story's line of competing models -------------------------------------
def test_a_line_of_rivals_is_content():
    assert not is_boilerplate("Rivals: Ford Fiesta, VW Polo, Honda Jazz, Toyota Yaris")
    assert is_boilerplate("Related: Ford Fiesta review, VW Polo review")


def test_a_rivals_line_before_page_furniture_names_its_models(nlp):
    facts = read(nlp, "The new Mazda2 goes on sale in the autumn.\nCompetitors: Ford Fiesta, VW Polo, Honda Jazz, "
                      "Chevrolet Sonic, Toyota Yaris\nMazda2 - Press Release")
    assert {"Fiesta", "Polo", "Jazz", "Yaris"} <= set(makers(facts))


# -- "Ana Ruiz is president of X": a title after a form of 'be' ------------------------------------------------
def test_a_name_that_opens_a_sentence_with_is_and_a_title_holds_it(nlp):
    facts = read(nlp, "Kestrel Motors will build vans in Leeds. Hanna Lindqvist is president of Kestrel Motors.")
    assert people(facts)["Hanna Lindqvist"][0] == "president"


def test_a_company_that_is_a_maker_of_vans_is_no_person(nlp):
    facts = read(nlp, "Kestrel Motors is a maker of vans. The Kestrel Board is chairman-led.")
    assert people(facts) == {}


# -- a figure far from any model, in a sentence about another maker's engine -------------------------------------
def test_a_figure_far_from_the_model_in_a_sentence_about_another_makers_engine_is_not_the_models(nlp):
    facts = read(nlp, "Chrysler will offer a 6.4-liter engine in the Ram 2500. Sales began in May. Dealers were pleased. "
                      "GM's 6.2-liter EcoTec3 is a new engine appearing in its redesigned trucks.")
    assert {(s.model, s.engine_l) for s in facts.specs if s.engine_l} == {("Ram 2500", 6.4)}
