"""Rules for constructions found in set L (press releases and wire copy) once it became a tuning set, on sentences
written for these tests (names and figures made up)."""
from __future__ import annotations

from core.nlp.patterns import _capitals_variant
from tests.pipeline_helpers import read


# -- model names styled in capitals by press releases --------------------------------------------------------
def test_capitals_variant_keeps_short_words_and_leaves_single_words_alone():
    assert _capitals_variant("e Vitara") == "e VITARA"
    assert _capitals_variant("Tiggo 7 Pro") == "TIGGO 7 PRO"
    assert _capitals_variant("Corolla") is None  # "COROLLA" in a headline in capitals is no evidence
    assert _capitals_variant("CX-5") is None


def test_a_model_styled_in_capitals_is_the_model(nlp):
    facts = read(nlp, "Chery began exporting the TIGGO 7 PRO from Wuhu to Chile in March, shipping 1,200 units.")
    assert [m.name for m in facts.models] == ["Tiggo 7 Pro"]
    assert facts.exports and facts.exports[0].models == ["Tiggo 7 Pro"]


# -- a plant denied or only reported by unnamed sources is no plant ---------------------------------------------
def test_a_denied_plant_report_gives_no_plant(nlp):
    facts = read(nlp, "Geely on Monday denied a report that it plans to build a 150,000-unit plant in Monterrey, Mexico.")
    assert not [p for p in facts.plants if p.country == "Mexico"]


def test_a_plant_reported_by_unnamed_officials_gives_no_plant(nlp):
    facts = read(nlp, "A local paper reported, citing unnamed officials, that Geely had chosen a site near Monterrey, "
                      "Mexico, for a plant with capacity for 150,000 vehicles a year.")
    assert not [p for p in facts.plants if p.country == "Mexico"]


def test_a_rumoured_model_leaves_the_existing_plant_in_place(nlp):
    facts = read(nlp, "Rumour has it that Toyota may add the Yaris Cross at its Phuc Yen plant in Vietnam. "
                      "For now, Phuc Yen builds the Vios.")
    plant = next(p for p in facts.plants if p.country == "Vietnam")
    assert plant.models == ["Vios"]


# -- "on the same X platform as the Y": the lineage is the model after "as" --------------------------------------
def test_the_same_platform_as_a_model_gives_the_model_as_lineage(nlp):
    from tests.pipeline_helpers import bases

    for text in ("The Frontera is built on the same Smart Car platform as the Citroen C3.",
                 "The Frontera is built on the same platform as the Citroen C3."):
        assert bases(read(nlp, text)).get("Frontera") == "Citroen C3", text
    # a platform alone is the model's platform, not a model it is based on (FORMAT.md's based_on is a model)
    [frontera] = [m for m in read(nlp, "The Frontera is built on the CMP platform.").models if m.name.endswith("Frontera")]
    assert (frontera.based_on, frontera.platform) == (None, "CMP")


def test_a_version_after_a_lineage_sentence_is_the_new_models(nlp):
    facts = read(nlp, "The Frontera is built on the same platform as the Citroen C3, which is made in Slovakia. "
                      "The hybrid version uses a 1.2-litre engine.")
    assert [(s.model, s.engine_l) for s in facts.specs] == [("Frontera", 1.2)]


# -- a press release's "Key points": the bullets are the story's facts -------------------------------------------
def test_bullets_under_a_highlights_heading_are_content(nlp):
    text = ("MEDIA RELEASE\n\nKia opens second line at its Anantapur plant in India\n\nKEY POINTS\n"
            "• Plant capacity to rise to 450,000 vehicles a year\n• Around 1,100 new jobs\n\n"
            "Kia India today opened a second assembly line at its Anantapur plant in India.\n")
    plant = next(p for p in read(nlp, text).plants if p.country == "India")
    assert plant.capacity_per_year == 450000
    assert plant.jobs == 1100


def test_a_bulleted_list_of_links_stays_boilerplate(nlp):
    text = ("Kia India today opened a second assembly line at its Anantapur plant in India.\n\nRelated\n"
            "• Hyundai to build 200,000-unit plant in Pune, India\n")
    facts = read(nlp, text)
    assert facts.plants and not any(p.company == "Hyundai" for p in facts.plants)


# -- company names styled in capitals; a market is not where an assembler's plant stands ----------------------------
def test_a_company_styled_in_capitals_is_the_company(nlp):
    facts = read(nlp, "GEELY will build 30,000 cars a year at a new plant in Kazakhstan.")
    assert "Geely" in facts.companies


def test_exports_from_an_assemblers_plant_do_not_put_the_plant_in_its_markets(nlp):
    facts = read(nlp, "Exports from the Thaco plant to Thailand and the Philippines reached 5,500 units.")
    assert {p.country for p in facts.plants} <= {"Vietnam"}
    assert {e.destination for e in facts.exports} == {"Thailand", "Philippines"}
