"""Rows of the second breadth round (2026-12-06): suppliers, plant towns below the city database's size, and the
brand-prefixed spelling of a model whose bare name is a word; sentences written for these tests."""
from __future__ import annotations

from tests.pipeline_helpers import makers, plants_of, read


def test_a_supplier_of_the_round_is_a_company_of_the_story(nlp):
    facts = read(nlp, "Calsonic Kansei will supply the cooling modules from its new plant, the company said.")
    assert "Calsonic Kansei" in facts.companies


def test_a_small_plant_town_of_the_round_is_a_plant_site_in_its_country(nlp):
    facts = read(nlp, "Honda builds the Accord at its East Liberty, Ohio, plant, which employs 2,000 people.")
    assert any(site and "East Liberty" in site and country == "United States" for _, site, country, *_ in plants_of(facts))


def test_a_free_zone_of_the_round_is_a_site(nlp):
    facts = read(nlp, "Kestrel Motors will open an assembly plant in ZOFRI, the Iquique free zone, next year.")
    assert any(country == "Chile" for _, _, country, *_ in plants_of(facts))


def test_a_models_name_that_is_a_word_is_found_written_with_its_brand(nlp):
    assert makers(read(nlp, "Sales of the Toyota Harrier rose last month.")).get("Harrier") == "Toyota"
    assert "Harrier" not in makers(read(nlp, "The Harrier jump jet flew over the airfield."))


def test_a_companys_name_is_found_with_its_last_word_in_the_other_number(nlp):
    # the gazetteer writes "Tata Motors"; news also writes the singular (kept as written, as every other name of a
    # company the story writes alone); "Triumph Motorcycle" is an alias of "Triumph" (s53)
    facts = read(nlp, "Tata Motor said its truck sales rose.")
    assert facts.companies == ["Tata Motor"] and not facts.unresolved
    assert read(nlp, "Triumph Motorcycle will move more production to Thailand.").companies == ["Triumph"]
    # an alias in the other number is no name: "International Motors" is Navistar's, not "International Motor Expo"
    assert "Navistar" not in read(nlp, "Kestrel will show its cars at the Thailand International Motor Expo.").companies


def test_a_name_in_the_other_number_that_another_company_holds_stays_that_companys(gaz):
    from core.nlp.gazetteer import _other_number_variant

    assert _other_number_variant("Tata Motors") == "Tata Motor"
    assert _other_number_variant("Hyundai Motor") == "Hyundai Motors"
    assert _other_number_variant("Motors") is None  # one word alone is no name
    # "Triumph Motor Company" is its own row: no variant of another name may take it
    assert gaz.company_aliases["Triumph Motor Company"] == "Triumph Motor Company"
