"""Rows of the second s33 gazetteer round (older, regional, truck and bus models) on sentences written for these
tests, with made-up figures: a new model is found beside its maker or a vehicle word, and a new ambiguous name alone
in ordinary text is not a model."""
from __future__ import annotations

from tests.pipeline_helpers import makers, read


def test_bus_chassis_and_coaches_beside_their_makers(nlp):
    facts = read(nlp, "Volvo Buses will deliver 85 Volvo B8L double-deckers to an operator in Hong Kong, and "
                      "Solaris Bus & Coach won an order for 30 Trollino trolleybuses.")
    models = makers(facts)
    b8l = {name: maker for name, maker in models.items() if name.endswith("B8L")}
    assert b8l and all(maker and maker.startswith("Volvo") for maker in b8l.values())
    assert models.get("Trollino") == "Solaris Bus & Coach"


def test_export_truck_names(nlp):
    facts = read(nlp, "Dongfeng shipped 400 Kinland tractor units to Uzbekistan, and Sinotruk sold 250 Sitrak C5H "
                      "trucks in Kazakhstan last quarter.")
    models = makers(facts)
    assert models.get("Kinland") == "Dongfeng"
    assert models.get("Sitrak C5H") == "Sinotruk"


def test_older_models_beside_their_makers(nlp):
    facts = read(nlp, "The Toyota Altezza and the Hyundai Santamo minivan were popular grey imports, as was the "
                      "Rover 75 sedan.")
    models = makers(facts)
    assert models.get("Altezza") == "Toyota"
    assert models.get("Santamo") == "Hyundai"
    assert models.get("Rover 75", models.get("75")) == "MG Rover"


def test_ambiguous_new_name_alone_is_no_model(nlp):
    facts = read(nlp, "The city council said the Arena will host 12 concerts this summer, and the Tiara exhibition "
                      "opens on Friday.")
    assert not facts.models
