"""Rules for constructions found in set O (web pages as scraped: datelines, captions, link lines, bios, tags, tables)
once it became a tuning set, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def _plants(facts) -> dict[str, object]:
    return {p.site: p for p in facts.plants}


# -- a dateline's town with a US state written short: the town named again alone is the US one ------------------------
def test_a_dateline_town_with_a_us_state_is_the_us_town_named_again(nlp):
    facts = read(nlp, "GEORGETOWN, Ky. (WXYZ) — Toyota will add a shift at its Georgetown plant, which builds the Camry. "
                      "Some of the cars go to buyers in Canada.")
    assert _plants(facts)["Georgetown"].country == "United States"


def test_a_town_written_with_a_us_state_inside_the_text_counts_too(nlp):
    facts = read(nlp, "Toyota, which also has plants in Georgetown, Ky., and in Canada, said the Georgetown plant "
                      "will build the Camry from May.")
    assert _plants(facts)["Georgetown"].country == "United States"


def test_another_town_with_a_us_state_places_no_other_town(nlp):
    facts = read(nlp, "LEXINGTON, Ky. (WXYZ) — Toyota will add a shift at its Georgetown plant in Canada, which builds the Camry.")
    assert _plants(facts)["Georgetown"].country == "Canada"


# -- "sends N cars a year to X": a yearly export volume, not the plant's capacity ----------------------------------
def test_a_yearly_number_sent_to_a_market_is_the_routes_units(nlp):
    facts = read(nlp, "Honda builds the Civic at its Alliston plant in Canada. Honda sends about 12,000 Civics a year "
                      "to Mexico.")
    assert routes(facts)[("Honda", "Canada", "Mexico")] == 12000
    assert _plants(facts)["Alliston"].capacity_per_year is None


def test_a_yearly_number_built_stays_the_capacity(nlp):
    facts = read(nlp, "Honda builds about 120,000 cars a year at its Alliston plant in Canada and sends some to Mexico.")
    assert _plants(facts)["Alliston"].capacity_per_year == 120000
