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
        ("12-speed automated manual", "12-speed automated manual"), ("6AMT", "6-speed automated manual"),
        ("5-speed AMT", "5-speed automated manual"), ("6 MT", "6-speed manual"), ("6-spd auto", "6-speed automatic"),
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


# -- regional-portal number habits: decimal commas and dot thousands ----------------------------------------
def test_decimal_comma_and_dot_thousands():
    from core.nlp.normalise import decimal_comma, dot_thousands
    assert decimal_comma("36,7") == pytest.approx(36.7) and decimal_comma("3,0") == 3.0
    assert decimal_comma("4,500") is None  # a thousands separator, not a decimal comma
    assert dot_thousands("42.800") == 42800 and dot_thousands("2.350.000") == 2350000
    assert dot_thousands("1.6") is None and dot_thousands("2.0451") is None
    assert parse_number("2,7bn") == 2.7e9 and parse_number("4,500m") == 4.5e9


def test_decimal_comma_figures_in_text(nlp):
    doc = nlp("The factory made 36,7 thousand cars, invested 9,4 bln rubles and fits a 1,6 liter engine. It sold 4,500 cars.")
    found = {(q.label_, q._.value) for q in doc.spans["quantities"]}
    assert ("UNITS", 36700) in found and ("MONEY", 9.4e9) in found and ("ENGINE", 1.6) in found
    assert ("UNITS", 4500) in found


def test_dot_thousands_count_whole_vehicles_but_not_litres_or_scaled_money(nlp):
    doc = nlp("The line has a capacity of 42.800 units per year and 2.500 new jobs. It costs 1.250 billion dollars.")
    found = {(q.label_, q._.value) for q in doc.spans["quantities"]}
    assert ("CAPACITY", 42800) in found and ("JOBS", 2500) in found and ("MONEY", 1.25e9) in found


def test_a_bare_decimal_comma_counts_nothing(nlp):
    doc = nlp("Prices rose by 2,5 cars per dealer.")
    assert not [q for q in doc.spans["quantities"] if q.label_ in ("UNITS", "COUNT", "CAPACITY")]


@pytest.mark.parametrize(
    "text, expected",
    [("variator", "CVT"), ("6-speed mechanical", "6-speed manual"), ("mechanical gearbox", "manual"),
     ("automatic transmission of 8 speeds", "8-speed automatic"), ("manual gearbox with five gears", "5-speed manual")],
)
def test_translated_gearbox_words(text, expected):
    assert normalise_transmission(text) == expected


def test_translated_spec_words_in_text(nlp):
    doc = nlp("The sedan has a 1,4 liter engine with 98 h.p. and a variator; the base car has a 5-speed mechanical gearbox.")
    found = {(q.label_, q._.value if q.label_ != "TRANSMISSION" else q._.unit) for q in doc.spans["quantities"]}
    assert {("ENGINE", 1.4), ("POWER", 98), ("TRANSMISSION", "CVT"), ("TRANSMISSION", "5-speed manual")} <= found


@pytest.mark.parametrize("sentence, expected", [
    ("The tractor uses a 12-speed XT12 automated manual transmission.", "12-speed automated manual"),
    ("The saloon gets an 8-speed QR8HP automatic.", "8-speed automatic"),
])
def test_a_gearbox_code_between_the_speeds_and_the_kind(nlp, sentence, expected):
    doc = nlp(sentence)
    assert [q._.unit for q in doc.spans["quantities"] if q.label_ == "TRANSMISSION"] == [expected]
