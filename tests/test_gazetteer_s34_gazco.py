"""Companies added to makers.csv in s34 (bus, coach, fire-truck and trailer
builders, assemblers and importers of Africa, Asia, the Middle East and Latin America, battery start-ups) on sentences
written for these tests, with made-up figures: the new names are read as companies with their groups, and names left
out (surnames alone, such as Zanella and Facchini) are no company."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import plants_of, read


@pytest.mark.parametrize("surface, canonical", [
    ("Chéreau", "Chereau"),
    ("UAES", "United Automotive Electronic Systems"), ("Wuxi Weifu", "Weifu"), ("Combined Motor Holdings", "CMH Group"),
])
def test_new_companies_are_known(gaz, surface, canonical):
    assert gaz.company(surface) == canonical


def test_new_companies_belong_to_their_groups(gaz):
    assert gaz.same_group("Brunp", "CATL")


def test_bus_and_trailer_builders_of_a_plant_story(nlp):
    facts = read(nlp, "Italbus and Cho Thavee will build 300 electric buses next year, while Schwarzmüller and "
                      "Goldhofer add lines for 2,000 trailers.")
    assert {"Italbus", "Cho Thavee", "Schwarzmüller", "Goldhofer"} <= set(facts.companies)


def test_an_assembler_and_its_plant(nlp):
    facts = read(nlp, "Seniran Auto will assemble 5,000 cars a year at its plant in Thiès, Senegal.")
    assert "Seniran Auto" in facts.companies
    assert any(company == "Seniran Auto" and country == "Senegal" for company, _site, country in plants_of(facts))


def test_importers_and_battery_makers(nlp):
    facts = read(nlp, "Gargash Enterprises and Jaidah Automotive signed up as distributors, and Basquevolt and "
                      "Italvolt said their cells would reach 10 GWh.")
    assert {"Gargash Enterprises", "Jaidah Automotive", "Basquevolt", "Italvolt"} <= set(facts.companies)


@pytest.mark.parametrize("text", [
    "Chef Luca Facchini and Marta Zanella opened a small restaurant by the harbour last spring.",
])
def test_surnames_left_out_are_no_company(nlp, text):
    assert not read(nlp, text).companies
