"""Truck, bus, coach and van ranges and Asian two-wheelers of the s35 gazetteer round on sentences written for these
tests, with made-up figures: a new model is read with its maker, a code that is also money ('R 500 million' in a
South African story) stays money, and an ambiguous new name alone in ordinary text is no model."""
from __future__ import annotations

from tests.pipeline_helpers import makers, read


def test_truck_codes_beside_their_makers(nlp):
    facts = read(nlp, "Scania will build the P360 and the Scania R 450 at its plant, BharatBenz added the 1917R, and "
                      "Yutong shipped 200 ZK6127 coaches while Proterra delivered 25 BE-35 buses.")
    models = makers(facts)
    assert models.get("P360") == "Scania"
    assert models.get("Scania R 450") == "Scania"
    assert models.get("1917R") == "BharatBenz"
    assert models.get("ZK6127") == "Yutong"
    assert models.get("BE-35") == "Proterra"


def test_ranges_written_with_their_class_word(nlp):
    facts = read(nlp, "Eicher will launch the Pro 2000 Series next year, and the Hino 500 Series trucks will be built "
                      "at the same plant.")
    models = makers(facts)
    assert models.get("Pro 2000 Series") in ("Eicher", "Eicher Motors")  # the maker as the story writes it
    assert models.get("500 Series") == "Hino"


def test_rand_amount_is_no_scania_code(nlp):
    facts = read(nlp, "Scania South Africa will invest R 500 million in its truck plant in Durban, building 2,000 "
                      "trucks a year.")
    assert not facts.models
    assert any(p.investment is not None and p.investment.currency == "ZAR" for p in facts.plants)


def test_asian_two_wheelers_beside_their_makers(nlp):
    facts = read(nlp, "Honda said the CD80 and the Dream Neo would be built at its Manesar plant, while Yamaha exports "
                      "the Mio i 125 to the Philippines.")
    models = makers(facts)
    assert models.get("CD80") == "Honda"
    assert models.get("Dream Neo") == "Honda"
    assert models.get("Mio i 125") in ("Yamaha", "Yamaha Motor")


def test_ambiguous_new_names_need_their_maker(nlp):
    facts = read(nlp, "Yamaha will build the Sirius and the Janus scooters in Vietnam.")
    models = makers(facts)
    assert models.get("Sirius") in ("Yamaha", "Yamaha Motor")
    assert models.get("Janus") in ("Yamaha", "Yamaha Motor")
    facts = read(nlp, "The Sirius star shines bright, Janus was a Roman god, a badger crossed the road and the Pro "
                      "Series golf event moved to June.")
    assert not facts.models
