"""Export fixes of 2026-12-05 (s32), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): the markets a maker's cars are sold in, right after sentences about its exports."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def destinations(facts) -> set[tuple[str, str]]:
    return {(o, d) for _, o, d in routes(facts)}


# -- the markets a maker's cars are sold in, after talk of its exports ------------------------------------------------
def test_markets_sold_in_after_sentences_about_exports_are_export_markets(nlp):
    text = ("Proton wants to lift its exports to 9,000 units next year. Chief executive Tan Lee said the plan was on "
            "track. Proton cars are sold in Brunei, Nepal and Mauritius.")
    assert destinations(read(nlp, text)) >= {("Malaysia", "Brunei"), ("Malaysia", "Nepal"), ("Malaysia", "Mauritius")}


def test_a_figure_of_sales_in_a_market_stays_no_shipment(nlp):
    text = "Proton wants to lift its exports next year. Last year 4,300 Proton cars were sold in Brunei."
    assert ("Malaysia", "Brunei") not in destinations(read(nlp, text))


def test_markets_sold_in_with_no_export_talk_before_are_no_shipment(nlp):
    text = ("Proton opened a new showroom in Kuala Lumpur. The chief executive said sales were strong. The company "
            "launched a hatchback. Proton cars are sold in Brunei and Nepal.")
    assert destinations(read(nlp, text)) == set()
