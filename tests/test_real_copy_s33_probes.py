"""Fixes of 2026-12-05 (s33) from probes of invented sentences in the shapes of launch and plant stories (names and
figures made up): a company named only as the maker of a part is no plant's operator, and a base model written with
a word of its maker's name is not given the maker twice."""
from __future__ import annotations

from tests.pipeline_helpers import read


def operators(facts) -> dict[str, str | None]:
    return {p.site: p.company for p in facts.plants}


# -- the maker of a part is not the plant's operator -------------------------------------------------------------------
def test_a_platforms_maker_does_not_run_the_plant_of_the_car_built_on_it(nlp):
    text = ("AvtoVAZ has shown its new sedan. The Lada Nadia, developed on the Renault CMF-B platform, goes into "
            "production at Togliatti next year.")
    assert operators(read(nlp, text)).get("Togliatti") == "AvtoVAZ"


def test_an_engines_maker_does_not_run_the_plant_of_the_car_it_goes_into(nlp):
    text = ("Proton has updated its range. The X50, fitted with a Geely 1.5-litre turbocharged engine, is built at "
            "Tanjung Malim.")
    assert operators(read(nlp, text)).get("Tanjung Malim") == "Proton"


def test_a_makers_engine_plant_is_still_its_own(nlp):
    facts = read(nlp, "Toyota will invest $120 million in its engine plant in Bidadi, adding 400 jobs.")
    assert operators(facts).get("Bidadi") == "Toyota"


def test_a_makers_engine_and_assembly_plant_is_still_its_own(nlp):
    facts = read(nlp, "Hyundai's engine and assembly plant in Chennai will add a third shift.")
    assert operators(facts).get("Chennai") == "Hyundai"


# -- a base model written with a word of its maker's name ---------------------------------------------------------------
def test_a_base_model_written_with_its_brand_word_keeps_the_name_as_written(nlp):
    facts = read(nlp, "Dongfeng launched the Fengon ix7, based on the Fengon 580.")
    assert {m.name: m.based_on for m in facts.models}.get("ix7") == "Fengon 580"


def test_a_base_model_written_alone_gets_its_maker(nlp):
    facts = read(nlp, "Mitsubishi Motors launched the Xforce, based on the Mitsubishi Xpander.")
    assert {m.name: m.based_on for m in facts.models}.get("Xforce") == "Mitsubishi Xpander"


# -- a named plant placed by a town with its state after it ---------------------------------------------------------------
def test_a_named_plant_in_a_town_with_its_state_is_in_the_states_country(nlp):
    facts = read(nlp, "Volvo Trucks will invest $300 million at its Pulaski Valley plant in Dublin, Virginia, adding 400 jobs.")
    assert [(p.site, p.country) for p in facts.plants] == [("Pulaski Valley", "United States")]


def test_a_named_plant_in_a_capital_with_no_state_stays_in_its_country(nlp):
    facts = read(nlp, "Zorvic Motors will open its Liffey Works plant in Dublin, adding 400 jobs.")
    assert {p.country for p in facts.plants} == {"Ireland"}


# -- a code name after a maker's possessive ---------------------------------------------------------------------------------
def test_a_code_name_after_a_makers_possessive_and_before_a_body_style_is_its_model(nlp):
    facts = read(nlp, "Brilliance's BX9 sedan was exported to Germany.")
    assert [(m.name, m.maker) for m in facts.models] == [("BX9", "Brilliance")]


def test_a_code_after_a_countrys_possessive_is_no_model(nlp):
    assert read(nlp, "India's GST7 sedan tax was cut last year.").models == []


# -- a maker's possessive before a model another maker's row holds ------------------------------------------------------------
def test_a_makers_possessive_before_a_model_names_its_maker_as_written(nlp):
    facts = read(nlp, "Daewoo's Nexia is assembled at the Asaka plant.")
    assert {m.name: m.maker for m in facts.models}.get("Nexia") == "Daewoo"


def test_an_assemblers_possessive_leaves_the_models_maker(nlp):
    facts = read(nlp, "UzAuto's Cobalt is assembled at the Asaka plant.")
    assert {m.name: m.maker for m in facts.models}.get("Cobalt") == "Chevrolet"


# -- a name the gazetteer lacks, as the object of making or launching -----------------------------------------------------
def test_a_name_built_at_a_plant_is_a_model_of_the_maker(nlp):
    facts = read(nlp, "Suzuki will build the Zorvo at its Gujarat plant from next year.")
    assert [(m.name, m.maker) for m in facts.models] == [("Zorvo", "Suzuki")]
    assert [p.models for p in facts.plants] == [["Zorvo"]]


def test_a_name_written_with_a_small_letter_first_is_a_model_too(nlp):
    facts = read(nlp, "Suzuki launched the eZX in India last week.")
    assert [(m.name, m.maker) for m in facts.models] == [("eZX", "Suzuki")]


def test_a_programme_launched_or_a_plant_built_is_no_model(nlp):
    assert read(nlp, "Toyota launched the Programme in India to train mechanics.").models == []
    assert read(nlp, "Tesla will build the Gigafactory in Texas.").models == []
