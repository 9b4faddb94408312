"""The learned route scorer: its candidates, its model file, how it adds routes beside the rules', and its trainer.

Sentences are written for these tests. The scorer's own decisions are tested with small hand-set models, so the tests
hold whatever weights training writes; the shipped model is checked for what it must be (trained on tuned sets only,
finite weights) and for the signs of what it learned.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

from core.nlp.candidate_context import country_counts
from core.nlp.linear_model import DATA, LinearModel, load_linear_model
from core.nlp.registry import get_gazetteer
from core.nlp.route_candidates import ArticleOrigins, Candidate, candidates
from core.nlp.route_scorer import DEFAULT_MODEL, add_scored_routes, vetoed

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def read_candidates(nlp, gaz, text: str) -> list[Candidate]:
    with nlp.select_pipes(disable=["aw_route_scorer"]):
        doc = nlp(text)
    return candidates(doc, doc._.facts, gaz)[0]


# -- candidates ------------------------------------------------------------------------------------
def test_a_market_outside_a_trade_sentence_is_no_candidate(nlp, gaz):
    assert read_candidates(nlp, gaz, "The minister met officials from Germany and France to discuss climate policy.") == []


def test_every_market_of_a_trade_sentence_is_a_candidate_with_its_context(nlp, gaz):
    found = read_candidates(nlp, gaz, "Kia began shipping the Sonet to buyers in Chile and Peru this month.")
    by_market = {c.destination: c for c in found}
    assert set(by_market) == {gaz.country("Chile"), gaz.country("Peru")}
    chile = by_market[gaz.country("Chile")]
    assert {"trade=shipping", "p1=in", "p2=buyers", "n1=and", "in_list", "label=COUNTRY", "n_markets=2"} <= set(chile.features)
    assert chile.models == ["Sonet"] and chile.company == gaz.company("Kia")


def test_a_country_naming_an_event_is_marked_and_vetoed(nlp, gaz):
    found = read_candidates(nlp, gaz, "Hyundai will ship cars to new markets, and its stand is booked for the Bhutan motor show.")
    assert [c.destination for c in found] == [gaz.country("Bhutan")]
    assert "event_name" in found[0].features and vetoed(found[0])
    found = read_candidates(nlp, gaz, "Hyundai will ship cars to Bhutan, where it showed the Creta at a fair.")
    assert found and not any("event_name" in c.features for c in found)


def test_a_market_written_as_an_adjective_is_marked(nlp, gaz):
    found = read_candidates(nlp, gaz, "The pickups will be exported to the African market from next year.")
    assert [c.destination for c in found] == ["Africa"]
    assert "demonym" in found[0].features


def test_from_a_country_gives_the_sentence_its_origin(nlp, gaz):
    found = read_candidates(nlp, gaz, "Renault shipped 4,000 vans from Morocco to Egypt last year.")
    egypt = next(c for c in found if c.destination == gaz.country("Egypt"))
    assert egypt.origin == gaz.country("Morocco")
    assert egypt.units == 4000  # one market, one figure


def test_a_figure_shared_by_several_markets_goes_to_none(nlp, gaz):
    found = read_candidates(nlp, gaz, "Renault shipped 4,000 vans to Egypt and Tunisia last year.")
    assert found and all(c.units is None for c in found)


def test_a_town_counts_for_its_country_in_the_story(gaz):
    mentions = [{"label": "PLACE", "canonical": "Wuhu"}, {"label": "PLACE", "canonical": "Wuhu"},
                {"label": "COUNTRY", "canonical": "Chile"}, {"label": "MODEL", "canonical": "Tiggo 4"},
                {"label": "PLACE", "canonical": "Nowhere Town"}]
    assert country_counts(mentions, gaz) == Counter({gaz.places["Wuhu"].country: 2, "Chile": 1})


# -- adding routes ---------------------------------------------------------------------------------
def candidate(destination: str, features: list[str], **kw) -> Candidate:
    return Candidate(destination=destination, label=kw.pop("label", "COUNTRY"), sentence_start=0, sentence_end=40,
                     features=features, **kw)


ORIGINS = ArticleOrigins(route_origin=None, plant_country="Turkey", home="Japan", main_country="Turkey", main_company="Acme")
TEXT = "Acme will export the Astra to Chile soon."


def test_a_market_scored_over_the_threshold_gets_a_route_with_its_probability():
    model = LinearModel(weights={"good": 3.0}, bias=0.0, threshold=0.6)
    facts = {"exports": [], "countries": ["Turkey"], "models": []}
    add_scored_routes(facts, [candidate("Chile", ["good"], models=["Astra"]), candidate("Peru", ["bad"])], ORIGINS, model, TEXT)
    assert [(e["origin"], e["destination"], e["models"]) for e in facts["exports"]] == [("Turkey", "Chile", ["Astra"])]
    route = facts["exports"][0]
    assert route["source"]["confidence"] == round(1 / (1 + math.exp(-3)), 3)
    assert route["source"]["sentence"] == TEXT[:40] and route["company"] == "Acme"
    assert "Chile" in facts["countries"]


def test_a_market_a_rule_route_reaches_is_left_to_the_rules():
    model = LinearModel(weights={"good": 3.0}, bias=0.0, threshold=0.6)
    rule_route = {"origin": "Turkey", "destination": "Chile", "models": ["Astra"]}
    facts = {"exports": [rule_route], "countries": [], "models": []}
    add_scored_routes(facts, [candidate("Chile", ["good"])], ORIGINS, model, TEXT)
    assert facts["exports"] == [rule_route]


def test_no_route_to_its_own_origin_and_the_home_ships_when_the_story_country_is_a_market():
    model = LinearModel(weights={"good": 3.0}, bias=0.0, threshold=0.6)
    facts = {"exports": [], "countries": [], "models": [{"name": "Astra"}]}
    add_scored_routes(facts, [candidate("Turkey", ["good"]), candidate("Chile", ["good"])], ORIGINS, model, TEXT)
    # Turkey, the story's country, is scored a market itself: the maker's home is the origin, and the story's one
    # model rides along when the sentence names none
    assert sorted((e["origin"], e["destination"], tuple(e["models"])) for e in facts["exports"]) == [
        ("Japan", "Chile", ("Astra",)), ("Japan", "Turkey", ("Astra",))]


def test_a_region_gets_a_route_but_is_no_country_of_the_story():
    model = LinearModel(weights={"good": 3.0}, bias=0.0, threshold=0.6)
    facts = {"exports": [], "countries": [], "models": []}
    add_scored_routes(facts, [candidate("Central Asia", ["good"], label="REGION")], ORIGINS, model, TEXT)
    assert [e["destination"] for e in facts["exports"]] == ["Central Asia"] and facts["countries"] == []


def test_probability_is_a_logistic_of_the_summed_weights():
    model = LinearModel(weights={"a": 1.0, "b": -0.5}, bias=0.25, threshold=0.5)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(1 / (1 + math.exp(-0.75)))
    assert model.probability(["a"] * 500) == pytest.approx(1.0)  # clipped, no overflow


def test_a_read_doc_keeps_no_shared_text(nlp):
    from core.nlp.docindex import TEXT_KEY

    doc = nlp("Kia began shipping the Sonet to buyers in Chile and Peru this month.")
    assert TEXT_KEY not in doc.user_data  # the last component drops what the components shared


# -- the shipped model -----------------------------------------------------------------------------
def test_the_shipped_model_was_trained_on_tuned_sets_only():
    data = json.loads((DATA / DEFAULT_MODEL).read_text(encoding="utf-8"))
    sets = data["trained_on"]["sets"]
    # the blind sets it is measured on (tests/real_gold/README.md); AI to BZ were released for tuning by 2026-12-05
    # (late night), CA to CD written in their place; CI to CL, CM to CP, CQ to CT, CU to CX and CY to DB were written blind
    # on 2026-12-06
    held_out = {f"real_{s}" for s in ("aa", "ab", "ac", "ad", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl",
                                      "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx",
                                      "cy", "cz", "da", "db")}
    assert sets and not held_out & set(sets)
    assert all(s.startswith("real_") for s in sets)
    assert 0 < data["threshold"] < 1
    assert all(math.isfinite(w) for w in data["weights"].values()) and math.isfinite(data["bias"])


def test_the_shipped_model_loads_and_a_missing_one_leaves_the_rules_alone(tmp_path):
    assert load_linear_model(DATA / DEFAULT_MODEL) is not None
    assert load_linear_model(tmp_path / "none.json") is None


def test_the_shipped_model_learned_what_an_analyst_would_expect():
    model = load_linear_model(DATA / DEFAULT_MODEL)
    w = model.weights
    assert w["p1=to"] > 0 and w["trade=export"] > 0  # "export ... to Chile"
    assert w["is_route_origin"] < 0 and w["is_plant_country"] < 0  # where the cars are built is not where they go


def test_the_pipeline_adds_the_routes_its_model_scores_and_none_without_trade(nlp, gaz):
    scorer = nlp.get_pipe("aw_route_scorer")
    shipped, scorer.model = scorer.model, LinearModel(weights={"trade=exporting": 5.0}, bias=-2.0, threshold=0.6)
    try:
        # (markets the rules do not read: "exporting ... to customers in Ecuador" they read themselves since s29)
        doc = nlp("Great Wall Motor said it had started exporting the Haval Jolion, with dealers in Ecuador and Peru taking the first cars.")
        routes = {e["destination"]: e for e in doc._.facts["exports"]}
        doc = nlp("Great Wall Motor executives met officials from Ecuador to discuss a dealership.")
        assert doc._.facts["exports"] == []
    finally:
        scorer.model = shipped
    assert {gaz.country("Ecuador"), gaz.country("Peru")} <= set(routes)
    learned = [e for e in routes.values() if e["source"]["confidence"] < 1]
    assert learned and all(e["origin"] == gaz.country("China") for e in learned)  # the maker's home, not a market
    assert all(e["models"] == ["Jolion"] or "Jolion" in e["models"][0] for e in learned)


# -- training --------------------------------------------------------------------------------------
STUB_SCORER = '''
class Alts:
    def __init__(self, value, kind="text"):
        self.raw = str(value).split("|")
    def matches(self, pred, lenient):
        return pred in self.raw
'''


def test_the_trainer_writes_a_model_the_scorer_reads(tmp_path):
    pytest.importorskip("sklearn")
    from scripts.train_fact_scorers import main

    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir(), gold.mkdir()
    stories = [
        ("a.txt", "Kia exports the Seltos to Chile and Peru from its plant in India.", ["Chile", "Peru"]),
        ("b.txt", "Kia sales in Germany rose, the company said, as exports to Mexico slowed.", ["Mexico"]),
        ("c.txt", "Toyota officials from Japan visited France to discuss sales of spare parts.", []),
        ("d.txt", "Hyundai will ship the Creta to Nepal and Bangladesh, while sales in India grow.", ["Nepal", "Bangladesh"]),
    ]
    for name, text, markets in stories:
        (articles / name).write_text(text, encoding="utf-8")
        routes = [{"from": "India", "to": m} for m in markets]
        (gold / f"{name}.json").write_text(json.dumps({"article": name, "exports": routes}), encoding="utf-8")
    (tmp_path / "score.py").write_text(STUB_SCORER, encoding="utf-8")
    out = tmp_path / DEFAULT_MODEL
    assert main(["--articles", str(articles), "--gold", str(gold), "--out", str(out), "--scorer", str(tmp_path / "score.py")]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["trained_on"]["stories"] == 4 and data["trained_on"]["positives"] >= 4
    model = load_linear_model(out)
    assert model is not None and model.weights and 0 < model.threshold < 1
