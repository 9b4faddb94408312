"""Relation rules added for held-out set J, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes  # noqa: F401


def people(facts) -> dict[str, str]:
    return {p.name: p.role for p in facts.people}


# -- translated titles: the workplace, the board of directors, a legal form or a region before the name ----------
def test_a_title_naming_its_workplace_before_the_person(nlp):
    facts = read(nlp, "Output will rise next year, Director of the factory Rustam Aliyev told reporters.")
    assert "Rustam Aliyev" in people(facts)


def test_chairman_of_the_board_of_directors_before_the_person(nlp):
    facts = read(nlp, "The Chairman of the Board of Directors Kerem Yilmaz said that sales will grow.")
    assert people(facts) == {"Kerem Yilmaz": "Chairman of the Board of Directors"}


def test_a_legal_form_before_the_company_of_a_title(nlp):
    facts = read(nlp, "Sales will grow, Director General of JSC UzAuto Motors Timur Rashidov said.")
    assert "Timur Rashidov" in people(facts)


def test_a_region_without_the_article_before_the_person(nlp):
    facts = read(nlp, "The Governor of Samara region Pavel Orlov visited the plant. "
                      "Deputy akim of North Kazakhstan region Asel Nurlanova opened the line. "
                      "The Minister of Economy of the province of Mendoza, Lucia Gomez, attended the event.")
    found = people(facts)
    assert found.get("Pavel Orlov") == "Governor" and "Asel Nurlanova" in found and "Lucia Gomez" in found


def test_a_title_with_its_workplace_or_region_but_no_name_names_nobody(nlp):
    facts = read(nlp, "The director of the plant said output will grow. The Governor of Perm region Said the plant would open.")
    assert not facts.people


# -- gazetteer: regional assemblers and the Chinese makers whose kits they build --------------------------------
def test_regional_assembler_and_its_partners_models(nlp):
    facts = read(nlp, "Asia Auto builds the Lifan Solano sedan and the Lifan X60 crossover in Kostanay.")
    assert {"Aziya Avto", "Lifan"} <= set(facts.companies)
    assert {m.name for m in facts.models} >= {"Solano", "X60"}
