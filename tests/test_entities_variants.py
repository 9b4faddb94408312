"""Electric versions named from a known model: 'Astra Electric', 'ë-Berlingo', 'Tiago.ev'. Sentences written for these
tests (figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models(facts) -> dict[str, str | None]:
    return {m.name: m.maker for m in facts.models}


def plant_models(facts) -> dict[str | None, list[str]]:
    return {p.site: p.models for p in facts.plants}


def test_a_capitalised_electric_after_a_model_names_its_electric_version(nlp):
    facts = read(nlp, "Opel will build the Astra Electric and the Mokka at its Eisenach plant from March.")
    assert models(facts) == {"Astra Electric": "Opel", "Mokka": "Opel"}
    assert plant_models(facts) == {"Eisenach": ["Astra Electric", "Mokka"]}


def test_an_ambiguous_name_becomes_a_model_with_its_version_word(nlp):
    # "Jumpy" alone is an ordinary word; "Jumpy Electric" in a story about a maker is the van
    facts = read(nlp, "Citroën said the Jumpy Electric will be assembled in Hordain from next year.")
    assert models(facts) == {"Jumpy Electric": "Citroen"}


def test_a_hyphened_e_before_a_model_names_its_electric_version(nlp):
    facts = read(nlp, "Citroën builds the ë-Berlingo and the e-Berlingo Van in Vigo, Spain.")
    assert set(models(facts)) == {"ë-Berlingo", "e-Berlingo"}
    assert all(maker == "Citroen" for maker in models(facts).values())


def test_a_dotted_ev_suffix_names_the_electric_version(nlp):
    facts = read(nlp, "Tata Motors builds the Tiago.ev and the Tiago at its Sanand plant in Gujarat.")
    assert models(facts) == {"Tiago.ev": "Tata Motors", "Tiago": "Tata Motors"}


def test_no_version_without_a_maker_in_the_story_or_inside_a_companys_name(nlp):
    assert not read(nlp, "Members of the Jumpy Electric band played until midnight.").models
    facts = read(nlp, "Opel builds the Corsa in Zaragoza. The Jumpy Electric Company of Leeds makes fuses.")
    assert "Jumpy Electric" not in models(facts)
    assert not read(nlp, "The file was named report.ev by the clerk.").models
