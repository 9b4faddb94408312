"""Plant fixes of 2026-12-05 (s26), from the plant errors of the real sets, on sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple[str | None, str | None], object]:
    return {(p.company, p.country): p for p in facts.plants}


# -- a plant only ever called "the plant" ----------------------------------------------------------------------------
def test_the_plant_of_a_story_naming_no_plant_is_the_makers_in_its_country(nlp):
    text = ("Peru - Hailed as the largest car investment in Peru in years, the 900 million sol outlay was announced by "
            "Toyota. The plant was built in two years, with a capacity of 80,000 vehicles per annum. Toyota said the "
            "plant will employ 1,200 people.")
    found = plants(read(nlp, text))
    assert list(found) == [("Toyota", "Peru")]
    assert found[("Toyota", "Peru")].capacity_per_year == 80000
    assert found[("Toyota", "Peru")].jobs == 1200


def test_plants_counted_in_a_story_are_no_plant(nlp):
    text = ("Toyota named Ana Ruiz head of its operations in Peru. She will be responsible for 7,000 employees at "
            "12 plants, Toyota said.")
    assert read(nlp, text).plants == []


# -- a person's name read as a town ----------------------------------------------------------------------------------
def test_a_town_of_an_unnamed_country_places_no_other_town(nlp):
    text = ("Suzuki may leave Namibia. Austin's remarks come as the Namibian Suzuki assembly plant situated in Tsumeb "
            "suspended operations.")
    facts = read(nlp, text)
    assert "United States" not in {p.country for p in facts.plants}
    assert "United States" not in facts.countries


def test_a_state_still_places_a_town_it_follows(nlp):
    text = ("Holden sells cars in the United States. Holden is hiring 120 workers at its Elizabeth plant in South "
            "Australia.")
    assert {(p.site, p.country) for p in read(nlp, text).plants} == {("Elizabeth", "Australia")}


# -- "its Town, Country, assembly plant" -----------------------------------------------------------------------------
def test_a_town_with_its_country_before_the_plants_kind_and_noun(nlp):
    text = "Suzuki will invest $12 million to expand production at its Tsumeb, Namibia, assembly plant."
    found = {(p.company, p.site, p.country) for p in read(nlp, text).plants}
    assert found == {("Suzuki", "Tsumeb", "Namibia")}


def test_a_town_with_its_country_before_an_office_is_no_plant(nlp):
    text = "Suzuki will invest $12 million in its Tsumeb, Namibia, sales office."
    assert read(nlp, text).plants == []
