"""Relation rules added for held-out set J, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import bases, read, roles, routes


# -- translated titles: the workplace, the board of directors, a legal form or a region before the name ----------
def test_a_title_naming_its_workplace_before_the_person(nlp):
    facts = read(nlp, "Output will rise next year, Director of the factory Rustam Aliyev told reporters.")
    assert "Rustam Aliyev" in roles(facts)


def test_chairman_of_the_board_of_directors_before_the_person(nlp):
    facts = read(nlp, "The Chairman of the Board of Directors Kerem Yilmaz said that sales will grow.")
    assert roles(facts) == {"Kerem Yilmaz": "Chairman of the Board of Directors"}


def test_a_legal_form_before_the_company_of_a_title(nlp):
    facts = read(nlp, "Sales will grow, Director General of JSC UzAuto Motors Timur Rashidov said.")
    assert "Timur Rashidov" in roles(facts)


def test_a_region_without_the_article_before_the_person(nlp):
    facts = read(nlp, "The Governor of Samara region Pavel Orlov visited the plant. "
                      "Deputy akim of North Kazakhstan region Asel Nurlanova opened the line. "
                      "The Minister of Economy of the province of Mendoza, Lucia Gomez, attended the event.")
    found = roles(facts)
    assert found.get("Pavel Orlov") == "Governor" and "Asel Nurlanova" in found and "Lucia Gomez" in found


def test_a_title_with_its_workplace_or_region_but_no_name_names_nobody(nlp):
    facts = read(nlp, "The director of the plant said output will grow. The Governor of Perm region Said the plant would open.")
    assert not facts.people


# -- gazetteer: regional assemblers and the Chinese makers whose kits they build --------------------------------
def test_regional_assembler_and_its_partners_models(nlp):
    facts = read(nlp, "Asia Auto builds the Lifan Solano sedan and the Lifan X60 crossover in Kostanay.")
    assert {"Asia Auto", "Lifan"} <= set(facts.companies)  # the name written (s27)
    assert {m.name for m in facts.models} >= {"Solano", "X60"}


# -- lineage: "on the base of", a named platform in "shares its ... with", a body-type word, a chain of bases --------

def test_created_on_the_base_of_names_the_donor(nlp):
    facts = read(nlp, "The Kaiyi X3 is created on the base of the Chery Tiggo 3.")
    assert bases(facts).get("X3") == "Chery Tiggo 3"


def test_shares_its_named_platform_and_body_with_names_the_donor(nlp):
    facts = read(nlp, "The new Renault Boreal is a family SUV that shares its CMF platform and most of its body with the Dacia Bigster.")
    assert bases(facts).get("Boreal") == "Dacia Bigster"


def test_a_body_type_word_before_which_keeps_the_nearest_model(nlp):
    facts = read(nlp, "The plant builds the Punch and the Tiago, as well as the Altroz hatchback, which is derived from the Tiago.")
    found = bases(facts)
    assert found.get("Altroz") == "Tata Motors Tiago" or found.get("Altroz") == "Tiago"
    assert found.get("Punch") is None


def test_a_base_with_a_base_of_its_own(nlp):
    facts = read(nlp, "The line builds the Logan MCV, a stretched derivative of the Logan, which was itself developed from the Renault 12.")
    found = bases(facts)
    assert found.get("Logan MCV", "").endswith("Logan") and found.get("Logan") == "Renault 12"


# -- exports: a passive verb's subject is the first market's figure; "pcs" count vehicles --------------------------
def test_the_subject_of_a_passive_export_verb_is_the_first_markets_figure(nlp):
    facts = read(nlp, "Avtotor builds the Kaiyi E5 in Kaliningrad, Russia. "
                      "This year 410 cars of the E5 model were exported to Armenia and 90 cars of the same model to Georgia.")
    found = routes(facts)
    assert found[("Avtotor", "Russia", "Armenia")] == 410 and found[("Avtotor", "Russia", "Georgia")] == 90


def test_pieces_shipped_by_a_named_company(nlp):
    facts = read(nlp, "Avtotor builds the Kaiyi E5 in Kaliningrad, Russia. "
                      "In 2024 3,1 thousand pcs were delivered by Avtotor to Kazakhstan and 700 pcs to Armenia.")
    found = routes(facts)
    assert found[("Avtotor", "Russia", "Kazakhstan")] == 3100 and found[("Avtotor", "Russia", "Armenia")] == 700


def test_a_passive_total_with_figures_per_market_keeps_the_market_figures(nlp):
    facts = read(nlp, "Avtotor builds the Kaiyi E5 in Kaliningrad, Russia. "
                      "Of the 20,000 cars built, 9,000 were exported: 5,000 to Kazakhstan and 4,000 to Armenia.")
    found = routes(facts)
    assert found[("Avtotor", "Russia", "Kazakhstan")] == 5000 and found[("Avtotor", "Russia", "Armenia")] == 4000


# -- a maker's stake is no model --------------------------------------------------------------------------------
def test_a_makers_percentage_stake_is_not_a_model(nlp):
    facts = read(nlp, "In the venture Stellantis holds 60% and Leapmotor 40%, while Leapmotor 7 sales rose.")
    names = {m.name for m in facts.models}
    assert "40" not in names and "Leapmotor 40" not in names
    assert any(n.endswith("7") for n in names)  # a code after the maker still names a model
