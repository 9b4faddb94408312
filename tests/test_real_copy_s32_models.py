"""Model, spec and people fixes of 2026-12-05 (s32), from the errors of the tuning sets, on sentences written for these
tests (names and figures made up): the words ending a company unit's or group's name are no person's, a unit named in a
post is part of it, more portfolio words and deputy titles."""
from __future__ import annotations

from tests.pipeline_helpers import read


def people_of(facts) -> dict[str, str]:
    return {p.name: p.role for p in facts.people}


# -- a unit's or group's name before or in a post --------------------------------------------------------------------
def test_a_group_name_before_the_name_is_no_part_of_it(nlp):
    text = "The plant will open in 2027, Vice President of Chery Industry Groups Lin Tao said at the ceremony."
    assert people_of(read(nlp, text)) == {"Lin Tao": "Vice President"}  # (not "Industry Groups Lin Tao")


def test_a_company_name_ending_in_industry_after_partner_is_no_person(nlp):
    text = "Zorvex and its China partner Desert Star Industry Corporation opened a car plant on Wednesday."
    assert people_of(read(nlp, text)) == {}


def test_a_portfolio_department_before_a_title_is_no_person(nlp):
    text = "“The plant employs 900 people,” said Human Resources head Ana Ruiz."
    assert "Human Resources" not in people_of(read(nlp, text))


def test_a_unit_named_in_a_post_is_part_of_it(nlp):
    text = "“We are pleased,” said Tomas Berg, head of the Global Van Division at Zorvex Motors."
    assert people_of(read(nlp, text)) == {"Tomas Berg": "head of the Global Van Division"}


def test_a_post_with_no_unit_keeps_its_words(nlp):
    # (no unit noun after the capitalised words: the post ends where its portfolio words do)
    text = "“We are pleased,” said Tomas Berg, head of Global Sales at Zorvex Motors."
    assert people_of(read(nlp, text)) == {"Tomas Berg": "head of Global Sales"}


# -- portfolio words and deputy titles -------------------------------------------------------------------------------
def test_a_quality_portfolio_runs_to_the_name(nlp):
    text = "“The line is ready,” Zorvex Senior Vice President of Industrial Operations & Quality Ana Ruiz said."
    assert people_of(read(nlp, text)) == {"Ana Ruiz": "Senior Vice President of Industrial Operations & Quality"}


def test_a_brand_portfolio_after_for(nlp):
    text = "Output will reach 8,000 units a year, according to the company's director for brand and marketing, Mia Lund."
    assert people_of(read(nlp, text)) == {"Mia Lund": "director for brand and marketing"}


def test_a_deputy_head_of_mission(nlp):
    text = "“It is good news,” Embassy Deputy Head of Mission Dr. Karl Wendt said."
    assert people_of(read(nlp, text)) == {"Karl Wendt": "Deputy Head of Mission"}


# -- a model year before a name that is also a word ------------------------------------------------------------------
def test_a_model_year_names_a_car(nlp):
    text = "Production of the 2027 Maxima will begin in Smyrna later this year."
    assert {m.name for m in read(nlp, text).models} == {"Maxima"}


def test_a_year_with_no_article_before_it_names_no_car(nlp):
    text = "In 2027 Maxima Rossi joined the board of the firm."
    assert read(nlp, text).models == []


# -- lineage ---------------------------------------------------------------------------------------------------------
def test_its_a_rebadged_model_at_a_sentence_start(nlp):
    text = "Mazda will add a new pickup: the Mazda BT-50. It’s a rebadged Isuzu D-Max built in Thailand."
    assert {m.name: m.based_on for m in read(nlp, text).models}.get("BT-50") == "Isuzu D-Max"


def test_a_base_named_bare_takes_its_makers_name(nlp):
    # (the base written without its maker: the gazetteer's maker before the bare name, as before)
    text = "Mazda will add a new pickup: the Mazda BT-50. It’s a rebadged D-Max built in Thailand."
    assert {m.name: m.based_on for m in read(nlp, text).models}.get("BT-50") == "Isuzu D-Max"


def test_an_unnamed_rebadged_model_gives_the_car_before_no_base(nlp):
    text = "Mazda builds the Mazda CX-5 in Hiroshima. Next year it will add a rebadged Isuzu D-Max to its range."
    assert {m.name: m.based_on for m in read(nlp, text).models}.get("CX-5") is None


# -- companies -------------------------------------------------------------------------------------------------------
def test_corporate_words_after_a_country_are_no_company(nlp):
    text = "About 5,000 cars will be shipped from Honda of the UK Manufacturing Ltd.’s Swindon plant to Canada."
    assert read(nlp, text).companies == ["Honda"]


def test_a_name_before_corporate_words_is_still_a_company(nlp):
    text = "Zorvex Manufacturing Ltd. will ship 5,000 cars from its Swindon plant to Canada."
    assert read(nlp, text).companies == ["Zorvex Manufacturing Ltd."]


# -- a number-named model's maker as written -------------------------------------------------------------------------
def test_a_number_named_model_keeps_the_makers_name_as_written(nlp):
    text = "Its exports, led by the Zen, the Alto and the Maruti 800, reached 5,000 units. The 800 sold best."
    assert "Maruti 800" in {m.name for m in read(nlp, text).models}


def test_a_bare_number_named_model_takes_the_gazetteers_maker(nlp):
    text = "Peugeot builds the Peugeot 301 in Vigo. The 301 is shipped to 40 countries."
    assert {m.name for m in read(nlp, text).models} == {"Peugeot 301"}


# -- a model written with a word of its own after it at each place ----------------------------------------------------
def test_two_longer_names_of_a_model_never_named_bare(nlp):
    text = "SsangYong will ship 900 units of the Korando Sport pickup and the Korando Turismo van to Sudan."
    assert {m.name for m in read(nlp, text).models} == {"Korando Sport", "Korando Turismo"}


def test_a_model_also_named_bare_keeps_its_name(nlp):
    # "Korando Zelos" is no model of the gazetteer ("Korando Turismo" is, since the export round of the same day)
    text = "SsangYong will ship the Korando Zelos van to Sudan. The Korando sells well there."
    assert {m.name for m in read(nlp, text).models} == {"Korando"}
