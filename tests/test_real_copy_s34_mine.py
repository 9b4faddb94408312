"""Fixes of 2026-12-05 (s34, late evening) from the errors of real sets BO-BR, on invented sentences (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def people(facts) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.org) for p in facts.people}


# -- names with an apostrophe inside ---------------------------------------------------------------------------------------
def test_a_surname_with_an_apostrophe_is_part_of_the_name(nlp):
    assert people(read(nlp, '"We will add a shift," said Liam O\'Brien, plant manager at Zorvex Motors.')) == {
        "Liam O'Brien": ("plant manager", "Zorvex Motors")}
    assert "Priya D’Souza" in people(read(nlp, "Priya D’Souza, chief executive of Zorvex Motors, opened the plant."))


def test_a_pinyin_name_with_an_apostrophe_is_part_of_the_name(nlp):
    assert "Liu Jin'ao" in people(read(nlp, '"The plant anchors our growth," said Liu Jin\'ao, vice-president of Zorvex.'))


def test_an_apostrophe_word_alone_is_no_person(nlp):
    assert not read(nlp, "The O'Neill plant of Zorvex Motors opened on Monday.").people
    assert not read(nlp, "Zorvex Motors' rock'n'roll launch drew a crowd.").people


# -- a plant no company is named for ---------------------------------------------------------------------------------------
def test_a_plant_named_for_no_company_is_run_by_the_maker_of_its_models(nlp):
    facts = read(nlp, "Assembly of the Hyundai Tucson will start at the Ulsan plant, the company said.")
    assert {(p.company, p.site) for p in facts.plants} == {("Hyundai", "Ulsan")}


def test_a_plant_named_for_its_operator_keeps_it(nlp):
    facts = read(nlp, "Kenya Vehicle Manufacturers will assemble the Hyundai Tucson at its Thika plant.")
    assert {(p.company, p.site) for p in facts.plants} == {("Kenya Vehicle Manufacturers", "Thika")}
