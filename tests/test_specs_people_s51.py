"""Specs and people (round s51): a rival described ("Its arch rival, the X, ...") is the subject of its own figures; a given
name that is a one-word company, a surname and a role in apposition after it, is a person; and a
plant's name made of a brand and "-factory" is no person. Sentences written for these tests: the cars' figures are
made up."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


@pytest.mark.parametrize("rival", ["Its arch rival", "Its closest rival", "Its main rival"])
def test_a_described_rival_takes_the_figures_of_its_verb(nlp, rival):
    facts = read(nlp, f"The Mazda6 uses a 2.5-litre engine. {rival}, the Honda Accord, uses a 1.5-litre engine.")
    assert {s.model: s.engine_l for s in facts.specs} == {"Mazda6": 2.5, "Accord": 1.5}


@pytest.mark.parametrize("name", ["the Ola Futurefactory", "Tesla Gigafactory"])
def test_a_plants_name_ending_in_factory_is_no_person(nlp, name):
    facts = read(nlp, f"The company already runs the world's largest scooter plant, {name}, in Krishnagiri.")
    assert facts.people == []


@pytest.mark.parametrize("text, name, role", [
    ("Rolf Baumgartner, CEO of Zorvex, said the plant would open.", "Rolf Baumgartner", "CEO"),
    ("Industry veteran Rolf Baumgartner, a former Volkswagen executive, joins the board.", "Rolf Baumgartner", "executive"),
    ("Mercedes Schmidt, head of sales at Zorvex, said so.", "Mercedes Schmidt", "head of sales"),
])
def test_a_given_name_that_is_a_company_with_a_role_in_apposition_is_a_person(nlp, text, name, role):
    assert [(p.name, p.role) for p in read(nlp, text).people] == [(name, role)]


def test_a_company_with_a_description_in_apposition_stays_a_company(nlp):
    facts = read(nlp, "Rolf Group, the dealer, sold 20,000 cars.")
    assert facts.people == []


def test_an_engine_for_both_models_named_after_it_is_each_ones(nlp):
    facts = read(nlp, "The hybrid system combines a 1.5-litre engine and an electric motor, rated at 116 horsepower, "
                      "assembled in Poland for both the Kia Niro and the Kia Ceed.")
    assert {s.model: (s.engine_l, s.power_hp) for s in facts.specs} == {"Niro": (1.5, 116), "Ceed": (1.5, 116)}


def test_all_the_vehicles_counted_share_the_figures(nlp):
    facts = read(nlp, "The new Sorento joins the Sportage and the Carnival on the line. Like its siblings, the Sorento uses "
                      "the N3 platform, and all three vehicles have a 2.5-litre engine good for 191 hp.")
    assert {s.model: (s.engine_l, s.power_hp) for s in facts.specs} == {
        "Sorento": (2.5, 191), "Sportage": (2.5, 191), "Carnival": (2.5, 191)}


def test_a_count_that_does_not_match_the_models_before_shares_nothing(nlp):
    facts = read(nlp, "Kia builds the Sorento and the Telluride. All three models have a 2.5-litre engine.")
    assert {s.model for s in facts.specs} <= {"Telluride"}


@pytest.mark.parametrize("text, name", [("Ms. Mary Barra visited the new paint shop.", "Mary Barra"),
                                        ("Mr. Vinod Dasari opened the plant on Monday.", "Vinod Dasari"),
                                        ("Dr Ana Lopez toured the battery line.", "Ana Lopez")])
def test_an_honorific_and_a_full_name_is_a_person(nlp, text, name):
    assert [p.name for p in read(nlp, text).people] == [name]


def test_an_honorific_in_another_name_is_no_person(nlp):
    assert read(nlp, "Miss Universe contestants visited the Zorvex plant.").people == []


def test_a_title_said_of_a_name_after_is_is_its_role(nlp):
    facts = read(nlp, "Its new plant manager is Laura Chen, who previously ran a paint shop.")
    assert [(p.name, p.role) for p in facts.people] == [("Laura Chen", "plant manager")]


def test_cm_before_a_name_is_a_chief_minister(nlp):
    facts = read(nlp, "The plant was opened by Gujarat CM Bhupendra Patel.")
    assert [(p.name, p.role) for p in facts.people] == [("Bhupendra Patel", "Chief Minister")]


def test_a_title_that_is_no_name_stays_nameless(nlp):
    assert read(nlp, "The head of sales is Toyota's biggest asset.").people == []
