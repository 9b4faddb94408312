"""Fact sheets (core.nlp.relations.fact_sheets): blocks of labelled lines under a heading, as factboxes and press
releases' key facts give them, read whole into plants. Sheets written for these tests: the companies' figures are made
up."""
from __future__ import annotations

from tests.pipeline_helpers import read

FACTBOX = """FACTBOX-Planned car plants in Brazil

Renault SA
Existing Plant: Sao Jose dos Pinhais
New Plant: Resende
New Investment: $900 million
Future Products: Renault Kardian, Renault Duster
Annual Capacity by 2028: 120,000

Toyota Motor Corp
Existing Plant: Sorocaba
New Plant: TBD
New Investment: TBD
Annual Capacity by 2028: 90,000

Hyundai Motor Co
Existing Plant: None
New Plant: TBD
Future Products: Hyundai Creta
Annual Capacity by 2028: 60,000
"""


def plants(facts) -> dict[tuple, object]:
    return {(p.company, p.site): p for p in facts.plants}


def test_each_block_of_a_factbox_is_its_companys_plants(nlp):
    found = plants(read(nlp, FACTBOX))
    assert set(found) == {("Renault", "Sao Jose dos Pinhais"), ("Renault", "Resende"), ("Toyota", "Sorocaba"),
                          ("Hyundai", None)}
    assert all(p.country == "Brazil" for p in found.values())


def test_the_figures_of_a_block_go_to_its_new_plant(nlp):
    resende = plants(read(nlp, FACTBOX))[("Renault", "Resende")]
    assert resende.capacity_per_year == 120000
    assert (resende.investment.amount, resende.investment.currency) == (900_000_000, "USD")
    assert resende.models == ["Kardian", "Duster"]
    assert plants(read(nlp, FACTBOX))[("Renault", "Sao Jose dos Pinhais")].capacity_per_year is None


def test_a_new_plant_to_be_decided_leaves_the_figures_to_the_existing_one(nlp):
    assert plants(read(nlp, FACTBOX))[("Toyota", "Sorocaba")].capacity_per_year == 90000


def test_with_no_site_at_all_the_figures_go_to_a_plant_in_the_sheets_country(nlp):
    hyundai = plants(read(nlp, FACTBOX))[("Hyundai", None)]
    assert (hyundai.capacity_per_year, hyundai.models) == (60000, ["Creta"])


def test_a_press_releases_key_facts_are_the_storys_plant(nlp):
    facts = read(nlp, "Zorvex opens its new plant\n\nZorvex Motors opened its new plant on Monday.\n\nKey facts\n"
                      "Location: Gyor, Hungary\nInvestment: EUR 800 million\nCapacity: 140,000 vehicles a year\n"
                      "Employees: 2,100\n")
    (plant,) = facts.plants
    assert (plant.site, plant.country, plant.capacity_per_year, plant.jobs) == ("Gyor", "Hungary", 140000, 2100)
    assert plant.investment.currency == "EUR"


def test_lines_of_a_spec_sheet_make_no_plant(nlp):
    facts = read(nlp, "The new Kia EV3\n\nEngine: electric\nPower: 201 hp\nPrice: $35,000\nRange: 400 km\n")
    assert facts.plants == []


def test_two_labelled_lines_are_no_sheet(nlp):
    facts = read(nlp, "Nissan Motor Co\nNew Plant: Celaya\nAnnual Capacity: 300,000\n")
    assert all(p.capacity_per_year is None for p in facts.plants)


def test_labelled_sentences_of_one_paragraph_are_no_sheet(nlp):
    """'Zwickau. Capacity: ... Headcount: ... Products: ...': sentences of a paragraph, read by the rules of data lines."""
    facts = read(nlp, "Vehicle plants\n\nZwickau. Capacity: 330,000 vehicles per year. Headcount: 9,100. Products: ID.3, ID.4.")
    zwickau = next(p for p in facts.plants if p.site == "Zwickau")
    assert sorted(zwickau.models) == ["ID.3", "ID.4"]
