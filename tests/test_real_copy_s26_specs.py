"""Fixes of 2026-12-05 (s26, specs and lineage), from the errors of the real sets, on sentences written for these tests
(model names made up): a model's new badge named after 'rebadged as the <maker>', and a model's name in another market
('known as the Y in Kenya') read as that export name's base."""
from __future__ import annotations

from tests.pipeline_helpers import read


def bases(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


# -- lineage: a new badge ---------------------------------------------------------------------------------------------
def test_a_makers_new_badge_after_rebadged_as_is_a_model_based_on_the_car(nlp):
    text = ("Holden will export its new Monaro to the Gulf. It hopes to export Monaros to the United States, where they "
            "would be rebadged as the Chevrolet Tarvo.")
    found = bases(read(nlp, text))
    assert found.get("Tarvo") and "Monaro" in found["Tarvo"]


def test_a_maker_after_as_without_a_badging_verb_names_no_model(nlp):
    text = "Holden said the Marlo coupe will be sold as a Chevrolet product in the Gulf."
    assert "product" not in {m.name for m in read(nlp, text).models}


# -- lineage: a name in another market --------------------------------------------------------------------------------
def test_a_models_name_in_an_export_market_is_based_on_it(nlp):
    text = "SAIPA exports the Tiba known as Saina in Iraq to its neighbours."
    found = bases(read(nlp, text))
    assert found.get("Saina") and "Tiba" in found["Saina"]


def test_a_quoted_name_called_the_other_overseas(nlp):
    text = 'Kia exports the "Sonet", called the "Seltos" overseas, from its plant.'
    found = bases(read(nlp, text))
    assert found.get("Seltos") and "Sonet" in found["Seltos"]


def test_the_name_in_the_makers_home_country_is_no_export_badge(nlp):
    text = "Kia sells the Sonet, known as the Seltos in South Korea, in Europe."
    found = bases(read(nlp, text))
    assert found.get("Seltos") is None
