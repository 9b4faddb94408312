"""Who runs a plant: local subsidiaries, contract assemblers and joint ventures, on sentences written for these tests
(towns, figures and people made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _operators(facts) -> list[tuple[str | None, str | None, str]]:
    return [(p.company, p.site, p.country) for p in facts.plants]


# -- gazetteer: local assemblers and subsidiaries under their usual names -----------------------------------------
def test_a_local_subsidiary_named_brand_and_country_is_the_operator(nlp):
    facts = read(nlp, "Kia Qazaqstan's new plant in Oral started production of the Seltos in March.")
    assert _operators(facts) == [("Kia Qazaqstan", "Oral", "Kazakhstan")]


def test_a_trading_house_plant_is_its_own_not_the_brand_group(nlp):
    facts = read(nlp, "Toyota Tsusho's plant in Kumasi assembles the Corolla from kits.")
    assert _operators(facts) == [("Toyota Tsusho", "Kumasi", "Ghana")]


def test_an_accented_spelling_of_a_subsidiary_is_the_subsidiary(nlp):
    facts = read(nlp, "Škoda Auto Volkswagen India has opened a new paint shop at its Pune plant, adding 500 jobs.")
    assert _operators(facts) == [("Skoda Auto Volkswagen India", "Pune", "India")]


def test_an_assembler_takes_its_usual_short_name(nlp):
    facts = read(nlp, "Sazgar Engineering Works will add a second shift at its Lahore plant.")
    assert _operators(facts) == [("Sazgar", "Lahore", "Pakistan")]


# -- "at the X plant in Y": the company the plant is named after runs it ----------------------------------------
def test_the_plant_named_after_an_assembler_is_the_assemblers(nlp):
    facts = read(nlp, "Nissan began local assembly of the Navara in Ghana with its distributor Japan Motors, at the "
                      "Toyota Tsusho plant in Tema.")
    assert _operators(facts) == [("Toyota Tsusho", "Tema", "Ghana")]


def test_an_acronym_in_brackets_before_the_plant_noun(nlp):
    facts = read(nlp, "Mahindra started assembly of the Pik Up in Kenya, in partnership with its distributor Simba "
                      "Corporation, at the Associated Vehicle Assemblers (AVA) assembly plant in Mombasa.")
    assert _operators(facts) == [("Associated Vehicle Assemblers", "Mombasa", "Kenya")]


def test_a_former_owners_name_on_the_plant_is_no_operator(nlp):
    facts = read(nlp, "Renault will build the Duster in Russia at the former Nissan plant in St Petersburg.")
    assert _operators(facts) == [("Renault", "St Petersburg", "Russia")]


def test_a_brand_building_at_its_own_plant_keeps_it(nlp):
    facts = read(nlp, "Hyundai will assemble the Creta in Ghana at its own plant in Accra.")
    assert _operators(facts) == [("Hyundai", "Accra", "Ghana")]


# -- "kits go to Vietnam, where X assembles them": the builder of the clause on the place -----------------------
def test_the_builder_of_a_where_clause_runs_the_plant_there(nlp):
    facts = read(nlp, "Hyundai sends kits of the Creta to Vietnam, where TC Motor assembles them at its plant in Hai Duong.")
    assert _operators(facts) == [("TC Motor", "Hai Duong", "Vietnam")]  # the name written (s27)


def test_a_where_clause_without_building_changes_nothing(nlp):
    facts = read(nlp, "Hyundai builds the Creta in India, where Maruti Suzuki sells most cars.")
    assert _operators(facts) == [("Hyundai", None, "India")]


# -- a parent named after the site, as a model's brand, yields to the subsidiary the article is about -------------
def test_a_parent_named_as_a_brand_after_the_site_yields_to_the_subsidiary(nlp):
    facts = read(nlp, "Renault Korea sold 50,000 cars at home. Renault Korea will hire 300 people. "
                      "Busan also builds the Arkana, Renault's coupe-SUV.")
    assert _operators(facts) == [("Renault Korea", "Busan", "South Korea")]


def test_the_parents_own_plant_abroad_stays_the_parents(nlp):
    facts = read(nlp, "Renault Korea sold 50,000 cars at home. Renault Korea will hire 300 people. "
                      "In France, Renault builds the Clio at Flins.")
    assert _operators(facts) == [("Renault", "Flins", "France")]


def test_a_local_operation_under_its_legal_name_is_no_chinese_parent(nlp):
    facts = read(nlp, "Further west, SGMW Motor Indonesia builds the Air ev at its plant in Cikarang.")
    assert _operators(facts) == [("SGMW Motor Indonesia", "Cikarang", "Indonesia")]
