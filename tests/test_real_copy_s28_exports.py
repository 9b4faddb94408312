"""Export fixes of 2026-12-05 (s28), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a region's adjective written in its spaced or compound form ('South East Asian', 'Sub-Saharan
African', 'Central and Eastern European') names the one region."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def destinations(facts) -> set[str]:
    return {d for _, _, d in routes(facts)}


# -- a region's adjective in its spaced or compound form -------------------------------------------------------------
def test_a_spaced_compass_adjective_names_the_region(nlp):
    doc = nlp("Zorvex will ship the Tarla to the South East Asian region next year.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "REGION"] == [("South East Asian", "Southeast Asia")]


def test_a_compound_adjective_names_one_region_not_two(nlp):
    doc = nlp("Zorvex exports the Tarla to Sub-Saharan African and Central and Eastern European markets.")
    regions = [e.ent_id_ for e in doc.ents if e.label_ == "REGION"]
    assert regions == ["Sub-Saharan Africa", "Central and Eastern Europe"]  # not also "Africa" or "Eastern Europe"


def test_the_region_named_by_its_compound_adjective_is_a_destination(nlp):
    text = "Zorvex's plant in Durban, South Africa, exports the Tarla pickup to Sub-Saharan African markets."
    found = destinations(read(nlp, text))
    assert "Sub-Saharan Africa" in found and "Africa" not in found


def test_the_plain_adjective_still_names_its_own_region(nlp):
    # negative: "East Asian" alone is East Asia, not Southeast Asia
    doc = nlp("Zorvex will ship the Tarla to East Asian markets next year.")
    assert [e.ent_id_ for e in doc.ents if e.label_ == "REGION"] == ["East Asia"]
