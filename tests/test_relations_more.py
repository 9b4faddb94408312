"""More relation and quantity rules, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from core.nlp.pipeline import facts_from_doc, get_pipeline, prepare_text


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def read(nlp, text: str):
    return facts_from_doc(nlp(prepare_text(text)), "test.txt")


def quantities(nlp, text: str) -> list[tuple[str, float]]:
    doc = nlp(prepare_text(text))
    return [(q.label_, q._.value) for q in doc.spans["quantities"]]


# -- numbers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("The new line is sized for three and a half lakh units a year.", 350_000),
    ("Once finished, the works will turn out half a million cars a year.", 500_000),
    ("Its main site can make one and a half million vehicles a year.", 1_500_000),
])
def test_a_half_in_a_number_written_in_words(nlp, text, value):
    assert ("CAPACITY", value) in quantities(nlp, text)


def test_half_without_a_scale_is_no_number(nlp):
    assert quantities(nlp, "The plant ran at half speed for a month.") == []


# -- sentences ----------------------------------------------------------------------------------------
def test_a_company_suffix_can_end_a_sentence(nlp):
    doc = nlp(prepare_text("The plant supplies Kestrel Parts, Inc. In 2023 it shipped 12,000 cars to Chile."))
    assert [s.text.split()[0] for s in doc.sents] == ["The", "In"]


def test_a_company_suffix_inside_a_sentence_stays(nlp):
    doc = nlp(prepare_text("Kestrel Parts Inc. Chairman Tom Reed spoke."))
    assert len(list(doc.sents)) == 1


# -- imports ---------------------------------------------------------------------------------------
def test_imported_from_a_named_plant_gives_the_plant_s_country(nlp):
    facts = read(nlp, "Mazda will build the CX-50 at its plant in Huntsville, Alabama. "
                      "The CX-90, which is imported from Mazda's Hofu plant in Yamaguchi, Japan, stays on sale in the United States.")
    routes = {(e.origin, e.destination) for e in facts.exports}
    assert ("Japan", "United States") in routes


def test_the_plant_after_an_import_source_is_still_the_article_s_plant(nlp):
    facts = read(nlp, "Mazda builds the CX-50 at its plant in Huntsville, Alabama. "
                      "The CX-90 is imported from Mazda's Hofu plant in Yamaguchi, Japan. "
                      "Last year the plant shipped 9,000 CX-50 vehicles to Mexico.")
    routes = {(e.origin, e.destination): e.units for e in facts.exports}
    assert routes.get(("United States", "Mexico")) == 9000
    assert ("Japan", "Mexico") not in routes


# -- gazetteer data ---------------------------------------------------------------------------------
def test_an_engine_layout_is_not_a_model(nlp):
    facts = read(nlp, "The Triton is powered by a 3.0-litre V6 making 220 hp.")
    assert [m.name for m in facts.models] == ["Triton"]
    assert {s.model for s in facts.specs} == {"Triton"}


def test_truck_and_bus_makers_of_east_and_west_africa(nlp):
    facts = read(nlp, "Kenya Vehicle Manufacturers (KVM) assembles buses in Thika for BasiGo.")
    assert {"Kenya Vehicle Manufacturers", "BasiGo"} <= set(facts.companies)
