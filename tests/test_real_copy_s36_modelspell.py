"""Model spelling fixes of 2026-12-06 (s36): general spelling variants of the gazetteer's model names, as news writes
them, on sentences written for these tests."""
from __future__ import annotations

from core.nlp.gazetteer import load_gazetteer
from core.nlp.patterns import (
    _closed_code_variants,
    _lowered_capitals_variant,
    _numbered_variants,
    _spaced_code_variants,
    _styled_derivatives,
)
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
    assert makers(facts).get("Ural-4320") == "UralAZ"  # named as written


def test_a_word_and_a_year_with_a_hyphen_is_no_model(nlp):
    facts = read(nlp, "The Vision-2030 plan was published in Riyadh.")
    assert not facts.models


# -- a code and a model number closed up -------------------------------------------------------------------------------
def test_a_code_and_its_number_are_closed_up():
    assert _closed_code_variants("XUV 300") == ["XUV300"]
    assert _closed_code_variants("G 310 GS") == ["G310 GS", "G310GS"]
    assert _closed_code_variants("BMW R 1250 GS") == ["BMW R1250 GS"]  # not the maker's name with it


def test_a_word_or_a_single_figure_is_not_closed_up():
    assert _closed_code_variants("Land Cruiser 300") == []
    assert _closed_code_variants("GT 4") == []
    assert _closed_code_variants("Tiggo 7 Pro") == []


def test_a_closed_up_code_is_read_and_named_as_written(nlp):
    facts = read(nlp, "Riders in Pune queued for the new G310 GS adventure bike, built by TVS for BMW Motorrad.")
    assert "G310 GS" in makers(facts)


# -- a name of joined capitalised words written with one capital -------------------------------------------------------
def test_inner_capitals_are_lowered():
    assert _lowered_capitals_variant("SpaceTourer") == "Spacetourer"
    assert _lowered_capitals_variant("C4 SpaceTourer") == "C4 Spacetourer"


def test_codes_and_short_names_keep_their_capitals():
    assert _lowered_capitals_variant("HiLux") is None  # five letters: too short to tell from a code
    assert _lowered_capitals_variant("RAV4") is None
    assert _lowered_capitals_variant("Model S") is None


def test_a_one_capital_name_after_its_maker_is_the_model(nlp):
    facts = read(nlp, "Dealers in Lyon took the first Citroen Spacetourer vans on Monday.")
    assert "SpaceTourer" in makers(facts)


def test_a_one_capital_word_alone_is_no_model(nlp):
    facts = read(nlp, "Proceed to the gate, the guard at the Kia plant in Zilina told visitors.")
    assert not facts.models


# -- a derivative's name written with its base model's styling ---------------------------------------------------------
def test_a_derivative_takes_its_base_models_styling(nlp):
    facts = read(nlp, "The plant in Nizhny Novgorod will build the GAZelle NEXT van from March.")
    assert "Gazelle Next" in makers(facts) or "GAZelle NEXT" in makers(facts)


def test_another_model_that_is_an_alias_of_the_base_is_no_styling():
    surfaces = {s for s, _ in _styled_derivatives(load_gazetteer())}
    assert "GAZelle NEXT" in surfaces and "HiLux Revo" in surfaces
    assert "Mokka X Electric" not in surfaces  # the Mokka X is the model before, not a spelling of 'Mokka'


# -- a closed-up code and number written apart -------------------------------------------------------------------------
def test_a_closed_up_code_is_written_apart():
    assert _spaced_code_variants("CBR600RR", set()) == ["CBR 600RR"]
    assert _spaced_code_variants("Golden Dragon XML6129", set()) == ["Golden Dragon XML 6129"]


def test_a_year_or_anothers_capitals_are_not_written_apart():
    assert _spaced_code_variants("BJ2020", set()) == []
    assert _spaced_code_variants("EU260", {"EU"}) == []
    assert _spaced_code_variants("X5", set()) == []


def test_a_written_apart_code_is_read_with_its_maker_by(nlp):
    facts = read(nlp, "Honda will build the CBR 600RR at its plant in Rayong from June.")
    assert "CBR 600RR" in makers(facts)


def test_capitals_and_a_figure_alone_are_no_model(nlp):
    facts = read(nlp, "Lawmakers in Sacramento passed SB 200 on Monday.")
    assert not facts.models


# -- a trademark sign written in brackets on the name ------------------------------------------------------------------
def test_a_trademark_in_brackets_splits_off_the_name(nlp):
    doc = nlp("Dealers in Tulsa sold more Corolla(R) sedans and Tesla Model Y(TM) crossovers.")
    assert "Corolla" in [t.text for t in doc] and "(R)" in [t.text for t in doc]
    assert {"Corolla", "Model Y"} <= set(makers(read(nlp, doc.text)))


def test_a_letter_in_brackets_after_a_space_stays_as_it_was(nlp):
    doc = nlp("Rates (r) were listed.")
    assert [t.text for t in doc][:4] == ["Rates", "(", "r", ")"]
