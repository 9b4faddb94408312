"""Range names with a class word ('3 Series', 'N-Series', 'E-Class') in the spellings news uses, on sentences written
for these tests."""
from __future__ import annotations

from core.nlp.patterns import _series_variants, _spelling_variants
from tests.pipeline_helpers import read


def found(facts) -> set[tuple[str, str | None]]:
    return {(m.name, m.maker) for m in facts.models}


def test_a_series_name_has_its_hyphen_space_and_case_spellings():
    alone, after_maker = _series_variants("3 Series")
    assert set(alone) == {"3-Series", "3-series"} and after_maker == ["3 series"]
    alone, after_maker = _series_variants("R-series")
    assert set(alone) == {"R Series", "R-Series"} and after_maker == ["R series"]
    assert _series_variants("2 Series Gran Coupe") == ([], [])
    assert _series_variants("Corolla") == ([], [])


def test_a_series_written_with_a_hyphen_or_in_lower_case_is_the_model(nlp):
    facts = read(nlp, "The BMW 5-series sedan will be joined next year by a cheaper 3-series, and the plant "
                      "also builds the BMW 7 series.")
    assert {("5 Series", "BMW"), ("3 Series", "BMW"), ("7 Series", "BMW")} <= found(facts)


def test_a_class_name_in_lower_case_after_its_maker_is_the_model(nlp):
    facts = read(nlp, "Dealers said the Mercedes-Benz E class and the S-class sold well this autumn.")
    assert {("E-Class", "Mercedes-Benz"), ("S-Class", "Mercedes-Benz")} <= found(facts)


def test_a_number_before_series_in_ordinary_text_is_no_model(nlp):
    facts = read(nlp, "The broadcaster ordered 3 series of the drama and a class of 5 series of lectures.")
    assert not found(facts)


def test_a_hyphened_code_in_capitals_is_also_written_closed_up():
    assert _spelling_variants("CR-V") == ["CR V", "CRV"]
    assert _spelling_variants("CX-5") == ["CX 5", "CX5"]
    assert _spelling_variants("UNI-T") == ["UNI T"]  # closed up it is a word
    assert _spelling_variants("T-Roc") == ["T Roc"]


def test_a_code_written_closed_up_is_the_model(nlp):
    facts = read(nlp, "Honda will build the CRV and the HRV in Ohio, and Mazda will add the CX5 in Hiroshima.")
    # named as written, a spelling of "CR-V" with its hyphen moved
    assert {("CRV", "Honda"), ("HRV", "Honda"), ("CX5", "Mazda")} <= found(facts)


def test_a_one_letter_code_is_not_closed_up():
    assert _spelling_variants("H-1") == ["H 1"]  # "H1" is the first half of a year
