"""Relation rules added for held-out set G, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- "It exported N ... Of those, N went to X" -------------------------------------------------------------
def test_it_after_a_plant_sentence_names_the_shipper_of_what_went_where(nlp):
    facts = read(nlp, "Hyundai builds the Creta and the Venue at its Chennai plant in India. "
                      "It exported 150,000 vehicles last year. Of those, 52,000 went to Chile and 17,500 to Peru.")
    found = routes(facts)
    assert found.get(("Hyundai", "India", "Chile")) == 52000
    assert found.get(("Hyundai", "India", "Peru")) == 17500


def test_went_without_a_shipper_named_before_is_no_route(nlp):
    facts = read(nlp, "Hyundai builds the Creta at its Chennai plant in India. "
                      "Sales rose last year. Of those buyers, 5,000 went to Chile on holiday.")
    assert not any(e.destination == "Chile" for e in facts.exports)


# -- a model code in the plural ----------------------------------------------------------------------------
def test_a_code_in_the_plural_names_the_singular_model(nlp):
    facts = read(nlp, "In 1991 Lada shipped 8,000 Lada 2107s to Hungary from its Togliatti plant in Russia.")
    names = {m.name for m in facts.models}
    assert "Lada 2107" in names
    assert not any(n.endswith("s") for n in names)
    assert any("Lada 2107" in e.models for e in facts.exports)


def test_a_code_without_a_plural_s_is_kept(nlp):
    facts = read(nlp, "Lada builds the Lada 4x4 and the Lada 21099 at Togliatti in Russia.")
    assert "Lada 21099" in {m.name for m in facts.models}


# -- public aid is not the plant's investment --------------------------------------------------------------
def investments(facts) -> list:
    return [p.investment for p in facts.plants if p.investment is not None]


def test_a_state_grant_is_not_the_plant_investment(nlp):
    facts = read(nlp, "Kia builds the Sorento at its Zilina plant in Slovakia. "
                      "The government will contribute a EUR 25m grant towards training staff at the plant.")
    assert investments(facts) == []


def test_money_invested_in_the_plant_is_kept(nlp):
    facts = read(nlp, "Kia builds the Sorento at its Zilina plant in Slovakia. "
                      "The company will invest EUR 95m in the plant to add a paint shop.")
    assert [(m.amount, m.currency) for m in investments(facts)] == [(95000000, "EUR")]


# -- "Rs" in a story about Pakistan --------------------------------------------------------------------------
def test_rs_in_a_pakistani_story_is_pakistani_rupees(nlp):
    facts = read(nlp, "KARACHI: Indus Motor will invest Rs9.2 billion in its Karachi plant in Pakistan to add the Yaris. "
                      "It also shipped 40 cars to Sri Lanka.")
    assert [m.currency for m in investments(facts)] == ["PKR"]


def test_rs_in_an_indian_story_stays_indian_rupees(nlp):
    facts = read(nlp, "Tata Motors will invest Rs 900 crore in its Pune plant in India to build the Punch.")
    assert [m.currency for m in investments(facts)] == ["INR"]


# -- a launch price is not an investment ------------------------------------------------------------------
def test_a_launch_price_next_to_a_plant_is_no_investment(nlp):
    facts = read(nlp, "Tata Punch EV launched at Rs 10.99 lakh; Pune plant gets a second shift. "
                      "Tata Motors builds the Punch EV at its Pune plant in India.")
    assert investments(facts) == []


def test_money_at_the_plant_is_still_its_investment(nlp):
    facts = read(nlp, "Tata Motors builds the Punch EV at its Pune plant in India. "
                      "The company will spend Rs 700 crore at the plant on a new paint shop.")
    assert [m.amount for m in investments(facts)] == [7000000000]


# -- "X-assembled" names the origin over the current plant ------------------------------------------------
def test_a_built_in_place_names_the_origin_of_the_plants_shipment(nlp):
    facts = read(nlp, "Geely builds the Coolray at its Hangzhou Bay plant in China and at a plant in Minsk, Belarus. "
                      "The plant shipped 600 Minsk-assembled Coolray crossovers to Kazakhstan last month.")
    assert any(e.origin == "Belarus" and e.destination == "Kazakhstan" for e in facts.exports)
    assert not any(e.origin == "China" and e.destination == "Kazakhstan" for e in facts.exports)


# -- "the first N <models> for the X will leave <port>" ------------------------------------------------------
def test_cars_for_a_market_before_a_departure_verb_ship_there(nlp):
    facts = read(nlp, "BYD builds the Atto 3 at its Rayong plant in Thailand. "
                      "The first 900 Atto 3s for the Philippines will leave Laem Chabang port next week.")
    assert any(e.origin == "Thailand" and e.destination == "Philippines" for e in facts.exports)


def test_leaving_for_a_reason_is_no_shipment(nlp):
    facts = read(nlp, "BYD builds the Atto 3 at its Rayong plant in Thailand. "
                      "Its head of sales for the Philippines will leave the company in May.")
    assert not any(e.destination == "Philippines" for e in facts.exports)


# -- gazetteer: assemblers and makers outside the big groups -----------------------------------------------
def test_venezuelan_and_emirati_makers_run_their_plants(nlp):
    facts = read(nlp, "Venirauto assembles the Centauro at its plant in Maracay, Venezuela. "
                      "NWTN opened a plant in Abu Dhabi in the United Arab Emirates.")
    assert {"Venirauto", "NWTN"} <= set(facts.companies)
    assert {p.company for p in facts.plants} >= {"Venirauto", "NWTN"}
