"""A model brought in completely built up (CBU), made in or coming from a country named after it, is an export route
from that country to the market it is introduced to (or the article's market). Sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def _models(facts):
    return {(e.origin, e.destination): e.models for e in facts.exports}


def test_cbu_imports_made_in_a_country(nlp):
    text = "Perodua will assemble the Alza in Malaysia. The first Perodua Alza cars will be CBU imports, made by Toyota in Indonesia."
    facts = read(nlp, text)
    assert ("Indonesia", "Malaysia") in _models(facts)


def test_cbu_model_introduced_to_a_market(nlp):
    text = "The Mazda2 was introduced to Vietnam in 2011 as a CBU model that was built in Thailand."
    facts = read(nlp, text)
    assert _models(facts) == {("Thailand", "Vietnam"): ["Mazda2"]}


def test_cbu_units_from_a_country(nlp):
    text = "Kia launched the Sonet in Nepal last week. The first Sonet units are CBU cars from India."
    assert set(routes(read(nlp, text))) == {("Kia", "India", "Nepal")}


def test_cbu_without_a_country_of_origin_is_no_route(nlp):
    text = "Kia launched the Sonet in Nepal last week. The Sonet is sold as a CBU model for now."
    assert routes(read(nlp, text)) == {}


def test_cbu_made_in_the_market_itself_is_no_route(nlp):
    text = "Kia launched the Sonet in Nepal last week, a CBU model built in Nepal by a partner."
    assert routes(read(nlp, text)) == {}


# -- where a market's imports come from, ranked ------------------------------------------------------------------------
def test_vehicles_coming_from_a_country_in_an_import_story(nlp):
    text = ("Some 12,400 new cars were imported into Chile in May. The total included 5,100 cars coming from China, "
            "which held a share of 41 per cent.")
    assert routes(read(nlp, text)) == {(None, "China", "Chile"): 5100}


def test_a_ranking_of_sources_and_the_sentences_after_it(nlp):
    text = ("Some 12,400 new cars were imported into Chile in May. China was the largest source of new cars, accounting "
            "for 5,100 units, with Japan second on 2,900. Next up was Brazil with 1,300 units. "
            "India claimed fourth place with 800 and Mexico and Thailand were tied in fifth with 450 units each.")
    assert routes(read(nlp, text)) == {(None, "China", "Chile"): 5100, (None, "Japan", "Chile"): 2900,
                                       (None, "Brazil", "Chile"): 1300, (None, "India", "Chile"): 800,
                                       (None, "Mexico", "Chile"): 450, (None, "Thailand", "Chile"): 450}


def test_a_ranking_without_imports_in_the_story_is_no_route(nlp):
    text = "China was the largest source of new patents last year, with Japan second on 2,900."
    assert routes(read(nlp, text)) == {}


def test_a_ranking_long_after_the_sources_is_no_route(nlp):
    text = ("Some 12,400 new cars were imported into Chile in May. The total included 5,100 cars coming from China. "
            "Dealers were upbeat. Prices held steady. Sales of used cars were flat. Next up was Brazil with 1,300 units.")
    assert set(routes(read(nlp, text))) == {(None, "China", "Chile")}


def test_a_ranked_source_takes_the_models_of_its_own_part(nlp):
    text = ("Peru imported 52,000 new cars in the first half. Brazil was the second-largest source with 9,100 cars, "
            "mainly Fiat Strada and Fiat Argo models.")
    facts = read(nlp, text)
    assert {(e.origin, e.destination): (e.units, sorted(e.models)) for e in facts.exports}[("Brazil", "Peru")] == (9100, ["Argo", "Strada"])


def test_imports_with_no_market_go_to_the_country_last_said_to_import(nlp):
    text = ("Peru imported 52,000 new cars in the first half. Chinese brands now lead the market; China's carmakers "
            "expanded in China and abroad, and China's exports rose. Imports from Mexico slumped to 3,100 units.")
    assert (None, "Mexico", "Peru") in {(e.company, e.origin, e.destination) for e in read(nlp, text).exports}


def test_a_country_importing_ships_for_no_company_of_the_story(nlp):
    """'Uzbekistan imported 48,000 cars from China': the country buys; the story's carmaker (named before or after)
    does not ship them."""
    for text in ("Uzbekistan imported 48,000 cars from China in the first half. UzAuto Motors builds the Cobalt at its "
                 "Asaka plant.",
                 "UzAuto Motors builds the Cobalt at its Asaka plant. Uzbekistan imported 48,000 cars from China in the "
                 "first half."):
        assert [(e.company, e.origin, e.destination, e.units) for e in read(nlp, text).exports] == [
            (None, "China", "Uzbekistan", 48000)]


def test_imported_with_models_and_a_vehicle_noun_before_the_source(nlp):
    """'Kazakhstan imported 12,000 Tiggo 7 Pro cars from China': a figure, a model's name of several words and a noun
    between the verb and 'from' (the verb was looked for six words before the source only)."""
    facts = read(nlp, "Kazakhstan imported 12,000 Tiggo 7 Pro cars from China.")
    assert [(e.origin, e.destination, e.units, e.models) for e in facts.exports] == [
        ("China", "Kazakhstan", 12000, ["Tiggo 7 Pro"])]
