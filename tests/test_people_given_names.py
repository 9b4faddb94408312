"""People named with no title nor verb of speech, found by the given name that opens the name (core.nlp.first_names,
Faker's lists of given names), and the places, prizes, plants and compounds a given name opens that are no people.
Sentences written for these tests (names made up)."""
from __future__ import annotations

import pytest

from core.nlp.first_names import WORDS_NOT_NAMES, first_names
from tests.pipeline_helpers import makers, read, roles


def test_the_given_names_are_many_countries_and_hold_no_plain_words():
    names = first_names()
    assert {"Robert", "Giovanni", "Philippe", "Jan", "Mehmet", "Olga", "Siddharth"} <= names
    assert not names & WORDS_NOT_NAMES
    assert all(" " not in n and n[:1].isupper() for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("A team led by Robert Tavenrill is working to bring the brand back.", "Robert Tavenrill"),
    ("The trucks sell well, according to Jan van Oosterbeek at the dealer.", "Jan van Oosterbeek"),
    ("Staff were told on Friday, said plant employee Jean-Francois Mourant.", "Jean-Francois Mourant"),
    ("The plant was opened in the presence of Giovanni Castellaro and the mayor.", "Giovanni Castellaro"),
    ("Work on the line was overseen by Mark T. Holbrand last year.", "Mark T. Holbrand"),
])
def test_a_given_name_and_a_surname_are_a_person(nlp, text, name):
    assert name in roles(read(nlp, text))


def test_a_title_after_the_name_and_a_comma_is_the_persons(nlp):
    assert roles(read(nlp, "Sales are rising, according to Jan van Oosterbeek, director of sales at Kestrel.")) == {
        "Jan van Oosterbeek": "director of sales"}


@pytest.mark.parametrize("text", [
    "The council closed Victoria Quenby Street for the parade.",
    "The association gave Kestrel the Maria Theresa prize for its investment.",
    "Kestrel opened a dealership in Rosa Vallena last year.",
    "Kestrel builds cars at the Centro Juan Manuel Ostrava plant near the port.",
    "Installation of the equipment is scheduled for June-July next year.",
    "The engine uses Miller-Cycle technology and Li-ion cells.",
    "Kestrel Opens Giovanni Castellaro Plant In Northern Town",
    "Sales rose in the spring, Jean-Christophe said.",  # a double given name alone, no surname
])
def test_no_person_where_a_given_name_opens_a_place_a_prize_or_a_compound(nlp, text):
    assert roles(read(nlp, text)) == {}


def test_a_given_name_right_after_a_countrys_name_opens_a_person(nlp):
    facts = read(nlp, "The buses were handed over by the High Commissioner of Elbonia to Sri Lanka Gopal Baglavar.")
    assert "Gopal Baglavar" in roles(facts)


@pytest.mark.parametrize(("text", "name"), [
    # a listed model's name (Toyota's Passo, plural "Passos") as the middle word of a titled person's name
    ("Prime Minister Pedro Passos Varandela toured the assembly line on Monday.", "Pedro Passos Varandela"),
    ("The line was inspected by Minister Ana Passo Ribeirinho and the mayor.", "Ana Passo Ribeirinho"),
])
def test_a_models_name_between_a_given_name_and_a_surname_is_a_middle_name(nlp, text, name):
    facts = read(nlp, text)
    assert name in roles(facts)
    assert not makers(facts)


def test_a_model_after_a_makers_name_that_is_also_a_given_name_stays_a_model(nlp):
    # "Mercedes" is a given name too, but here it is the maker's name: the Sprinter is its van
    facts = read(nlp, "The Mercedes Sprinter Classic is still built at the Kestrel plant.")
    assert "Sprinter Classic" in makers(facts)
    assert not roles(facts)
