"""Car models of 1970 to 2015 that are no longer built, and their defunct makers, added to the gazetteer in the s35
round from general knowledge, on sentences written for these tests (made-up figures): an archive model is read with
its maker, a model whose bare name is a first name, a place or a word is written with its maker and read so, and an
ambiguous archive name alone in a sentence about something else is no model."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, read


def test_archive_models_beside_their_makers(nlp):
    facts = read(nlp, "In 1986 Hyundai exported 40,000 Hyundai Stellar sedans to Canada, while Opel built the Ascona "
                      "and the Omega at Russelsheim and Toyota sold the Cressida in the United States.")
    models = makers(facts)
    assert models.get("Stellar") == "Hyundai"
    assert models.get("Ascona") == "Opel"
    assert models.get("Omega") == "Opel"
    assert models.get("Cressida") == "Toyota"


def test_a_base_model_of_the_proton_saga(nlp):
    facts = read(nlp, "The Proton Saga, launched in 1985, was based on the Lancer Fiore sedan.")
    assert makers(facts).get("Lancer Fiore") == "Mitsubishi Motors"


def test_defunct_makers_and_their_models(nlp):
    facts = read(nlp, "British Leyland built 5,000 Morris Marina cars a month at Cowley, and Wartburg made the "
                      "Wartburg 353 in Eisenach until 1988.")
    models = makers(facts)
    assert models.get("Morris Marina") in ("Morris Motors", "British Leyland")  # the group that builds it, or its brand
    assert models.get("Wartburg 353") == "Wartburg"
    assert {"British Leyland", "Wartburg"} <= set(facts.companies)


@pytest.mark.parametrize("text, name, maker", [
    ("The Nissan Cedric was the most common taxi in Hong Kong, with 12,000 in service.", "Nissan Cedric", "Nissan"),
    ("Ford built the Ford Granada at Cologne until 1985.", "Ford Granada", "Ford"),
    ("The Hillman Hunter was the basis of the Paykan.", "Hillman Hunter", "Hillman Motor Company"),
    ("Austin Rover launched the Austin Metro in 1980 at Longbridge.", "Austin Metro", "Austin Motor Company"),
    ("Hindustan Motors stopped making the Hindustan Ambassador in 2014.", "Hindustan Ambassador", "Hindustan Motors"),
])
def test_names_written_with_their_maker(nlp, text, name, maker):
    assert makers(read(nlp, text)).get(name) == maker


@pytest.mark.parametrize("text", [
    "Stellar results from the bank lifted the index by 3 percent on Tuesday.",
    "The Omega watch sold for 12,000 dollars at the auction in Geneva.",
    "Silvia and Celeste met Axel and Estelle in Granada, and Mary Hillman joined them later.",
    "Mercury levels in the river rose after the flood, the ministry said.",
])
def test_archive_names_alone_are_no_model(nlp, text):
    facts = read(nlp, text)
    assert not facts.models
    assert not {"Hillman Motor Company", "Ford"} & set(facts.companies)
