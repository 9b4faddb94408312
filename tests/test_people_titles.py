"""People with their titles in the shapes news copy gives them: a possessor before the title, a region after it, a
relative clause, more verbs of speech. Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, roles


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Helena Marques, São Paulo state's secretary for economic development, said the expansion would help.",
     "Helena Marques", "secretary for economic development"),
    ("Nomsa Mkhize, the Eastern Cape's MEC for economic development, said the plant was good news.",
     "Nomsa Mkhize", "MEC for economic development"),
    ('"Kenitra can build for Europe," said Maria Marchetti, Stellantis\' chief operating officer.', "Maria Marchetti", "chief operating officer"),
])
def test_a_possessor_before_the_title_leaves_the_name_before_it(nlp, text, name, role):
    assert roles(read(nlp, text)) == {name: role}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Great Wall Motor's country manager for Pakistan, Liu Yang, said the company would supply kits.", "Liu Yang",
     "country manager"),
    ("IG Metall's district manager for Saxony, Uwe Brandner, called for a binding commitment.", "Uwe Brandner",
     "district manager"),
    ("Chery's head for the Middle East, Omar Haddad, said sales grew.", "Omar Haddad", "head"),
])
def test_a_region_after_the_title_stands_before_the_name(nlp, text, name, role):
    assert roles(read(nlp, text)) == {name: role}


def test_a_relative_clause_gives_the_title(nlp):
    facts = read(nlp, '"We bought a workforce," recalls Laurent Duval, who was Renault\'s head of international '
                      'development at the time.')
    assert [(p.name, p.role, p.org) for p in facts.people] == [
        ("Laurent Duval", "head of international development", "Renault")]
    assert roles(read(nlp, "Anna Weber, who is the plant manager, said so.")) == {"Anna Weber": "plant manager"}


def test_titles_of_middle_managers_and_officials(nlp):
    assert roles(read(nlp, "IG Metall district manager Thomas Engel called the agreement fair.")) == {
        "Thomas Engel": "district manager"}


def test_a_first_name_that_is_a_city_is_a_person_after_a_verb_of_speech(nlp):
    facts = read(nlp, '"Kenitra can build for Europe," said Sofia Marchetti, Stellantis\' chief operating officer.')
    assert roles(facts) == {"Sofia Marchetti": "chief operating officer"}


def test_a_place_named_as_a_title_is_no_person(nlp):
    assert roles(read(nlp, "The plant's manager for Saxony said output would rise.")) == {}


def test_a_middle_name_that_is_also_a_town_stays_in_the_name(nlp):
    assert roles(read(nlp, "Nguyen Van Binh, chairman of the committee, said so.")) == {"Nguyen Van Binh": "chairman"}
    assert roles(read(nlp, "said Tran Van Long, chairman of the committee.")) == {"Tran Van Long": "chairman"}


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Chen Hao, who heads GWM's international business, said the company expected more.", "Chen Hao", "head",
     "Great Wall Motor"),
    ("Ferenc Toth, who chairs the metalworkers' union branch at the plant, said wages were high.", "Ferenc Toth",
     "chair", None),
])
def test_a_title_given_by_a_verb(nlp, text, name, role, org):
    assert [(p.name, p.role, p.org) for p in read(nlp, text).people] == [(name, role, org)]


def test_a_verb_of_heading_after_a_noun_names_nobody(nlp):
    assert read(nlp, "The firm, who runs the plant, said so.").people == []


def test_a_title_for_two_regions_stands_before_the_name(nlp):
    facts = read(nlp, "Chery's regional president for the Middle East and Africa, Zhou Minghao, said it had no plans.")
    assert [(p.name, p.role, p.org) for p in facts.people] == [("Zhou Minghao", "regional president", "Chery")]


def test_a_family_name_written_first_may_be_a_particle_elsewhere(nlp):
    assert roles(read(nlp, "Do Minh Quan, CEO of VinFast Asia, said sales rose.")) == {"Do Minh Quan": "CEO"}
    assert roles(read(nlp, "Le Thi Hong Van, Vice Minister of Industry and Trade, said the plant would help.")) == {
        "Le Thi Hong Van": "Vice Minister of Industry and Trade"}


@pytest.mark.parametrize(("text", "role"), [
    ("The plant will build the crossover, chief executive Dana Whitfield said.", "chief executive"),
    ("Chief executive Dana Whitfield said the plant would open in 2027.", "Chief executive"),
])
def test_a_first_name_that_is_a_company_after_a_lower_case_title_is_the_persons(nlp, text, role):
    """'chief executive Dana Whitfield': Dana (the axle maker) is the first name after a title in lower case too."""
    facts = read(nlp, text)
    assert roles(facts) == {"Dana Whitfield": role}
    assert "Dana" not in facts.companies


def test_the_company_of_that_name_stays_a_company_elsewhere(nlp):
    assert "Dana" in read(nlp, "The supplier Dana said it would build a plant in Pune.").companies


@pytest.mark.parametrize("text", [
    "\"The state matters,\" said Ines Calloway, president and chief executive of Hyundai Motor Company.",
    "Ines Calloway, president and chief executive of Hyundai Motor Company, said the state matters.",
])
def test_two_titles_joined_by_and_share_the_organisation_after_the_second(nlp, text):
    """'president and chief executive of X': X is where she holds the first title too."""
    people = {p.name: (p.role, p.org) for p in read(nlp, text).people}
    assert people == {"Ines Calloway": ("president", "Hyundai")}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Halvorsen has appointed Song Ho-sung as president and CEO, the automaker said.", "Song Ho-sung", "CEO"),
    ("Halvorsen has appointed Chung Eui-sun as chairman.", "Chung Eui-sun", "chairman"),
    ("Halvorsen has named Bae Min-jung chief executive.", "Bae Min-jung", "chief executive"),
])
def test_a_korean_name_appointed_to_a_post(nlp, text, name, role):
    """'appointed Song Ho-sung as president': the given name's part after the hyphen, in lower case, is of the name."""
    assert roles(read(nlp, text)) == {name: role}


@pytest.mark.parametrize(("text", "org"), [
    ("Nissan India managing director Ines Calloway said exports would rise.", "Nissan"),
    ("Japan Prime Minister Ines Calloway met the carmaker's chief executive.", "Japan"),
])
def test_a_country_written_after_a_company_names_its_arm_not_the_country(nlp, text, org):
    """'Nissan India managing director X': the company's arm in India holds the post, not India."""
    assert [(p.name, p.org) for p in read(nlp, text).people] == [("Ines Calloway", org)]


def test_a_second_portfolio_joined_to_the_title_still_leads_to_the_name(nlp):
    """'Minister of Industry and Mineral Resources, Ines Calloway,': the name after the joined portfolio's comma."""
    text = "The deal was signed by Norland's Minister of Industry and Mineral Resources, Ines Calloway, in Riyadh."
    assert roles(read(nlp, text)) == {"Ines Calloway": "Minister of Industry"}


def test_a_title_at_a_body_of_several_capitalised_words_after_the_name(nlp):
    """'said Ines Calloway, director of the National Industrial Development Center': the words of the body after
    'Industrial' are no person's name; the title is hers."""
    text = '"This is a milestone," said Ines Calloway, director of the National Industrial Development Center.'
    assert roles(read(nlp, text)) == {"Ines Calloway": "director"}


def test_an_appointee_with_her_age_set_off_and_the_one_she_replaces(nlp):
    """'appointed Ines Calloway, 46, as its new chief executive, replacing Dana Whitfield': the age is an aside; both
    held the post."""
    text = "Halvorsen appointed Ines Calloway, 46, as its new chief executive, replacing Dana Whitfield, who retires in March."
    assert roles(read(nlp, text)) == {"Ines Calloway": "chief executive", "Dana Whitfield": "chief executive"}
