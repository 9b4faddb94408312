"""Normalisers: number words, scales, units, transmissions, qualifiers."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.nlp.normalise import (
    area_to_hectares,
    displacement_to_litres,
    find_qualifier,
    normalise_transmission,
    parse_number,
    power_to_hp,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("two thousand", 2000), ("twenty-one", 21), ("three hundred and fifty", 350), ("ten", 10),
        ("10,000", 10000), ("1.6", 1.6), ("14m", 14e6), ("1.2bn", 1.2e9), ("200k", 200e3), ("thousand", 1000),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_thousands_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n


def test_scaled_figures_carry_no_binary_noise(nlp):
    assert parse_number("2.55lakh") == 255000 and parse_number("1.1m") == 1100000  # not 254999.99999999997
    doc = nlp("The new plant can make 2.55 lakh cars a year and employs 1.1 thousand people.")
    values = {q.label_: q._.value for q in doc.spans["quantities"]}
    assert values["CAPACITY"] == 255000 and values["JOBS"] == 1100


def test_not_a_number():
    assert parse_number("sedan") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("six-speed automatic", "6-speed automatic"), ("8-speed automatic gearbox", "8-speed automatic"),
        ("five-speed manual", "5-speed manual"), ("CVT", "CVT"), ("continuously variable transmission", "CVT"),
        ("7-speed dual-clutch", "7-speed DCT"), ("dual-clutch", "DCT"),
    ],
)
def test_transmission(text, expected):
    assert normalise_transmission(text) == expected


def test_units():
    assert power_to_hp(100, "kW") == pytest.approx(134.1)
    assert power_to_hp(150, "PS") == pytest.approx(147.9, abs=0.1)
    assert power_to_hp(113, "hp") == 113
    assert displacement_to_litres(1598, "cc") == 1.6
    assert area_to_hectares(50_000, "sq m") == 5
    assert area_to_hectares(10, "acres") == pytest.approx(4.05, abs=0.01)


@pytest.mark.parametrize(
    "words, qualifier",
    [(["at", "least"], "at least"), (["“", "At", "least", "”"], "at least"), (["ship", "roughly"], "roughly"),
     (["up", "to"], "up to"), (["the", "plant"], ""), (["more", "than"], "more than")],
)
def test_qualifier(words, qualifier):
    assert find_qualifier(words) == qualifier
