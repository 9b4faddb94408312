"""People and their titles in more shapes of news copy: a relative clause of appointing, a title in the plural before
several names, a title after 'for the' and a body's name, a surname after a title or an honorific standing for a name
given in full, a post taken over, an aside between the appointee and the title, a first name that is also a company or
a town, a capitalised portfolio after the title; models counted in a list, a word after a maker that does not make it, an
engine's size; gazetteer rows. Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, roles


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kestrel named a new plant chief. He replaces Dora Vantreel, who will be promoted to manager of Kestrel's "
     "logistics operations in Europe.", "Dora Vantreel", "manager"),
    ("Lena Moraz replaced Teodor Balint-Rusu, who will be named Kestrel Europe's engine production manager in May.",
     "Teodor Balint-Rusu", "production manager"),
    ("Ivo Branska, who was appointed chief executive in 2019, said sales rose.", "Ivo Branska", "chief executive"),
])
def test_an_appointing_clause_after_the_name_gives_the_title(nlp, text, name, role):
    assert roles(read(nlp, text)).get(name) == role


def test_an_appointing_clause_without_a_name_gives_no_person(nlp):
    assert roles(read(nlp, "The dealer, who was named manager of the year, said so.")) == {}


def test_a_plural_title_before_several_names(nlp):
    assert roles(read(nlp, "Kestrel announced the deal at a briefing by board members Oda Fenwick and Pavel Strand.")) == {
        "Oda Fenwick": "board member", "Pavel Strand": "board member"}
    assert roles(read(nlp, "Analysts Nadia Fennick, Jon Eckhart and Aiko Kurosu said so.")) == {
        "Nadia Fennick": "analyst", "Jon Eckhart": "analyst", "Aiko Kurosu": "analyst"}


def test_a_plural_title_before_one_name_gives_no_person(nlp):
    assert roles(read(nlp, "Ministers praised Oda Fenwick.")) == {}


def test_a_title_for_a_body_named_after_the_title(nlp):
    text = "The industry undersecretary for the federal Secretariat of Commerce, Ruben Talavera, said the plan was sound."
    assert roles(read(nlp, text)) == {"Ruben Talavera": "undersecretary"}
    text = "Moreover, Karim Saade, a representative of Nilewind Motors, announced a new factory."
    assert roles(read(nlp, text)) == {"Karim Saade": "representative"}


def test_a_surname_after_a_title_stands_for_the_full_name(nlp):
    text = "The deal was signed with Omar Haddadin present. Later Prime Minister Haddadin praised the plant."
    assert roles(read(nlp, text)) == {"Omar Haddadin": "Prime Minister"}
    # a surname the story never gives in full is no name
    assert roles(read(nlp, "Minister Haddadin said the plant would open.")) == {}


def test_an_honorific_and_a_surname_stand_for_the_person_named_in_full(nlp):
    text = ("Kestrel Motor Co has named the head of its China business, Kenji Arakawa, to be its new chief executive. "
            "Kestrel officials said Mr Arakawa, a senior vice president, was chosen.")
    assert roles(read(nlp, text)) == {"Kenji Arakawa": "chief executive"}
    text = "Kestrel hired Rana Sulayman. Ms Sulayman, the plant manager, said so."
    assert roles(read(nlp, text)) == {"Rana Sulayman": "plant manager"}


def test_the_one_replaced_by_a_post_holder_named_by_the_surname_held_the_post(nlp):
    text = ("Kestrel Motor Co has named the head of its China business, Kenji Arakawa, to be its new chief executive. "
            "Mr Arakawa replaces Hiroshi Tamba, who resigned last month.")
    assert roles(read(nlp, text)) == {"Kenji Arakawa": "chief executive", "Hiroshi Tamba": "chief executive"}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Valley Gazette reports 58-year-old Piet van Rooyen will be taking over as CEO next month.", "Piet van Rooyen", "CEO"),
    ("Ana Ferreira took over as chairman last year.", "Ana Ferreira", "chairman"),
])
def test_a_post_taken_over(nlp, text, name, role):
    assert roles(read(nlp, text)) == {name: role}


def test_the_one_a_post_is_taken_over_from_held_it(nlp):
    text = "The Valley Gazette reports Piet van Rooyen will be taking over as CEO for Frank Otten, who held it since May."
    assert roles(read(nlp, text)) == {"Piet van Rooyen": "CEO", "Frank Otten": "CEO"}
    assert roles(read(nlp, "Ana Ferreira took over as chairman from Ian Moss last year.")) == {
        "Ana Ferreira": "chairman", "Ian Moss": "chairman"}
    assert roles(read(nlp, "Ana Ferreira took over as chairman for Kestrel Motors last year.")) == {"Ana Ferreira": "chairman"}


def test_a_post_taken_over_by_a_company_gives_no_person(nlp):
    assert roles(read(nlp, "The company took over as sponsor.")) == {}


def test_an_aside_between_the_appointee_and_the_title(nlp):
    text = "Kestrel is hiring Devika Ramnath, who has worked with Tata Motors and General Motors (GM), as its India president."
    assert roles(read(nlp, text)) == {"Devika Ramnath": "president"}
    assert roles(read(nlp, "Kestrel named Ana Brill, who joined in 2019, as chief executive.")) == {"Ana Brill": "chief executive"}


def test_a_company_name_as_a_first_name_after_a_title(nlp):
    facts = read(nlp, "Kestrel executive Vice President and Chief Operating Officer Rolf Amsel is impressed with the managers.")
    assert roles(facts) == {"Rolf Amsel": "Chief Operating Officer"}
    assert "Rolf" not in facts.companies
    # the dealer group itself, after a title that is no person's
    assert "Rolf" in read(nlp, "The Chairman Rolf Group said so.").companies


def test_a_town_as_a_first_name_before_a_title(nlp):
    text = "The governor met with Ilya Brand, head of Kestrel International, and Santiago Ferrel, head of GM South America."
    assert roles(read(nlp, text)) == {"Ilya Brand": "head", "Santiago Ferrel": "head"}
    assert roles(read(nlp, "The plant in Santiago Ferrel, head of GM, said.")) == {}


def test_a_capitalised_portfolio_after_the_title(nlp):
    assert roles(read(nlp, 'General Manager Export, Colin Marsh, said: "We had planned launch events."')) == {
        "Colin Marsh": "General Manager Export"}
    assert roles(read(nlp, "The general manager, Colin Marsh, said the plan was good.")) == {"Colin Marsh": "general manager"}


def test_a_division_name_after_the_company_is_no_person(nlp):
    facts = read(nlp, "Its board has Marco Bellini who is the CEO of Fiat Powertrain Technologies and vice-chairman of the JV.")
    assert "Powertrain Technologies" not in roles(facts)


def test_a_surname_with_a_saint_s_name(nlp):
    assert roles(read(nlp, "The plan was agreed with Gary St. Clement, Kestrel CEO for Latin America.")) == {
        "Gary St. Clement": "CEO"}
    assert roles(read(nlp, "The plant in St. Petersburg, Russia, opened.")) == {}


def test_a_name_counted_in_a_list_of_counted_models(nlp):
    facts = read(nlp, "Lada is a Russian carmaker. Its plan for next year: 25,000 Vesta, 18,000 Granta and 6,000 Niva, "
                      "the paper said.")
    assert {m.name for m in facts.models} == {"Vesta", "Granta", "Niva"}
    # a count before a name, no counted model listed next to it
    facts = read(nlp, "Lada is a Russian carmaker. The town has 25,000 Granta residents, 18,000 commuters and 6,000 Niva staff.")
    assert {m.name for m in facts.models} == set()


def test_a_word_after_a_maker_that_does_not_make_it_is_no_model(nlp):
    assert read(nlp, "Ford Kicks Off Production of Its Electric SUV in Cologne").models == []
    assert [(m.name, m.maker) for m in read(nlp, "The Nissan Kicks is popular in Brazil.").models] == [("Kicks", "Nissan")]
    # a brand of the same group as the name's maker
    assert [(m.name, m.maker) for m in read(nlp, "Tofas has started production of a new Fiat Combo model.").models] == [
        ("Combo", "Fiat")]


def test_an_engine_size_after_a_maker_is_no_model(nlp):
    assert read(nlp, "His main task was to prepare production of the Ford 1.0 EcoBoost engine at the plant.").models == []
    assert [(m.name, m.maker) for m in read(nlp, "Chery Tiggo 9 sales rose.").models] == [("Tiggo 9", "Chery")]


def test_gazetteer_rows_for_older_models_and_company_names(nlp):
    facts = read(nlp, "The carmaker has shipped Camry and Aurion sedans to the Gulf since 1996.")
    assert ("Aurion", "Toyota") in {(m.name, m.maker) for m in facts.models}
    facts = read(nlp, "GM Uzbekistan and UzAvtoSanoat agreed a plan; GM Daewoo supplied the kits.")
    assert {"GM Uzbekistan", "Uzavtosanoat", "GM Daewoo"} <= set(facts.companies)
    assert "MG Rover" in read(nlp, "The plant was bought after the collapse of MG Rover.").companies
    facts = read(nlp, "Master Changan Motors, a joint venture of Changan and Master Motors, builds SUVs in Karachi.")
    assert {"Master Changan Motors", "Master Motors", "Changan"} <= set(facts.companies)


def test_a_local_government_title_keeps_its_words(nlp):
    text = "The Accra Metropolitan Chief Executive, Hon. Kofi Mensah-Boateng, welcomed the plant."
    assert roles(read(nlp, text)) == {"Kofi Mensah-Boateng": "Metropolitan Chief Executive"}
    assert roles(read(nlp, "The chief executive, Ama Owusu, said so.")) == {"Ama Owusu": "chief executive"}


def test_a_class_of_vehicles_in_capitals_is_no_company(nlp):
    assert read(nlp, "Kestrel expects demand for Electric Vehicles to grow.").companies == []
    assert "Kestrel Commercial Vehicles" in read(nlp, "Ashok Leyland and Kestrel Commercial Vehicles signed a deal.").companies


def test_a_numbered_ship_named_after_a_model_is_no_model(nlp):
    assert read(nlp, 'The new car carrier named "Kia Explorer No.3" left port on Monday.').models == []
    assert read(nlp, 'The "Kia Explorer No. 3" ship carrying 5,000 cars left.').models == []
    assert [(m.name, m.maker) for m in read(nlp, "The Ford Explorer sold well.").models] == [("Explorer", "Ford")]


def test_a_makers_alliance_is_no_model(nlp):
    facts = read(nlp, "Mr Ivo Brand, Chairman and CEO, Renault-Nissan Alliance, said the plant would play a role.")
    assert facts.models == []


def test_and_inside_a_company_name_before_its_acronym(nlp):
    text = "Nile Wheels, the Delta Trade Agencies and Marketing Company (Dtamco), and others signed the deal."
    assert "Delta Trade Agencies and Marketing Company" in read(nlp, text).companies
    assert "Kestrel and Marketing Company" not in read(nlp, "Kestrel and Marketing Company (KMC) signed.").companies
