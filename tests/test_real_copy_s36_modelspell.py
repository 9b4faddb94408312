"""Model spelling fixes of 2026-12-06 (s36): general spelling variants of the gazetteer's model names, as news writes
them, on sentences written for these tests."""
from __future__ import annotations

from core.nlp.patterns import _numbered_variants
from tests.pipeline_helpers import makers, read


# -- a word and a model number, with a hyphen or a space ---------------------------------------------------------------
def test_a_word_and_a_model_number_take_the_other_separator():
    assert _numbered_variants("Ural 4320") == ["Ural-4320"]
    assert _numbered_variants("VAZ-2107") == ["VAZ 2107"]
    assert _numbered_variants("Pulsar 220F") == ["Pulsar-220F"]


def test_a_single_figure_or_a_name_without_a_number_takes_none():
    assert _numbered_variants("Model 3") == []  # a short part: _spelling_variants
    assert _numbered_variants("Land Cruiser") == []
    assert _numbered_variants("Tiggo 7 Pro") == []
    assert _numbered_variants("1.5L") == []


def test_a_hyphened_model_number_is_read_as_the_gazetteers_spaced_name(nlp):
    facts = read(nlp, "The army took delivery of forty Ural-4320 trucks last month.")
    assert "Ural 4320" in makers(facts)


def test_a_word_and_a_year_with_a_hyphen_is_no_model(nlp):
    facts = read(nlp, "The Vision-2030 plan was published in Riyadh.")
    assert not facts.models
