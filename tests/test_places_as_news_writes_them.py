"""Places as English news writes them: cities without their accents, and a town followed by its country as one market
(sentences written for these tests, names of real cities, figures made up)."""
from __future__ import annotations

import pytest

from core.nlp.gazetteer import default_gazetteer, fold_accents
from tests.pipeline_helpers import plants_of, read, routes


@pytest.mark.parametrize(("written", "letters"), [("Gdańsk", "Gdansk"), ("Łódź", "Lodz"), ("Bogotá", "Bogota"),
                                                  ("Tromsø", "Tromso"), ("Straße", "Strasse"), ("Kraków", "Krakow")])
def test_folding_writes_letters_without_their_marks(written, letters):
    assert fold_accents(written) == letters


@pytest.mark.parametrize(("town", "country"), [("Bogota", "Colombia"), ("Gdansk", "Poland"), ("Lodz", "Poland"),
                                               ("Medellin", "Colombia")])
def test_a_city_written_without_accents_is_the_city(town, country):
    place = default_gazetteer().places[town]
    assert (place.country, place.kind) == (country, "city")


def test_a_state_spelt_like_a_folded_city_stays_the_state():
    # "in Sao Paulo state": the folded spelling of the city does not take the state's name
    assert default_gazetteer().places["Sao Paulo"].kind == "state"


def test_a_plant_in_a_city_written_without_accents_is_placed(nlp):
    # "Lodz" for "Łódź": no town of the city database is spelt so, and Unicode does not fold the "Ł"
    facts = read(nlp, "BYD opened a bus plant in Lodz.")
    assert plants_of(facts) == {("BYD", "Lodz", "Poland")}


def test_a_town_and_its_country_are_one_market_with_its_figure(nlp):
    facts = read(nlp, "Yutong delivered 120 electric buses to Bogota, Colombia.")
    assert routes(facts) == {("Yutong", "China", "Colombia"): 120}


def test_two_towns_with_their_countries_keep_their_own_figures(nlp):
    facts = read(nlp, "Yutong delivered 120 buses to Bogota, Colombia, and 80 to Lima, Peru.")
    assert routes(facts) == {("Yutong", "China", "Colombia"): 120, ("Yutong", "China", "Peru"): 80}


def test_a_list_of_countries_still_shares_its_total(nlp):
    # "to Chile, Peru": two markets, one total over both (no figure of either)
    facts = read(nlp, "Yutong delivered 200 buses to Chile, Peru and Colombia last year.")
    assert set(routes(facts).values()) == {None}
