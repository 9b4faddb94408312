"""Two- and three-wheeler makers and models of the s34 gazetteer round on sentences written for these tests, with
made-up figures: a new model is read with its maker, the new makers are companies, and an ambiguous new name alone in
ordinary text is no model."""
from __future__ import annotations

from tests.pipeline_helpers import makers, read


def test_scooters_and_motorcycles_beside_their_makers(nlp):
    facts = read(nlp, "Honda Vietnam will build 90,000 more Air Blade and Winner X scooters at its Vinh Phuc plant, "
                      "and Yamaha said the XMAX and the Grand Filano sold 40,000 units in Indonesia.")
    models = makers(facts)
    assert models.get("Air Blade") == "Honda"
    assert models.get("Winner X") == "Honda"
    # the maker as the story writes it, 'Yamaha' (an alias of Yamaha Motor)
    assert models.get("XMAX") in ("Yamaha", "Yamaha Motor")
    assert models.get("Grand Filano") in ("Yamaha", "Yamaha Motor")


def test_western_motorcycles_beside_their_makers(nlp):
    facts = read(nlp, "Harley-Davidson will make the Street Glide and the Nightster in York, BMW Motorrad shipped "
                      "3,000 R 1300 GS motorcycles to India, and the Triumph Speed 400 is built by Bajaj Auto in Chakan.")
    models = makers(facts)
    assert models.get("Street Glide") == "Harley-Davidson"
    assert models.get("Nightster") == "Harley-Davidson"
    assert models.get("R 1300 GS") == "BMW Motorrad"
    speed = {name: maker for name, maker in models.items() if name.endswith("Speed 400")}
    assert speed and set(speed.values()) == {"Triumph"}


def test_two_wheeler_makers_are_companies(nlp):
    facts = read(nlp, "Loncin and Zongshen exported 500,000 motorcycles to Africa last year, while Yadea, Kymco and "
                      "Gogoro opened scooter plants in Vietnam and Indonesia.")
    assert {"Loncin", "Zongshen", "Yadea", "Kymco", "Gogoro"} <= set(facts.companies)


def test_ambiguous_two_wheeler_name_needs_its_maker(nlp):
    facts = read(nlp, "TVS Motor said the Radeon sold 21,000 units in October.")
    assert makers(facts).get("Radeon") == "TVS Motor"
    facts = read(nlp, "The Katana exhibition opens at the museum on Friday, and AMD's Radeon chips were praised.")
    assert not facts.models


def test_ninja_van_is_no_motorcycle(nlp):
    facts = read(nlp, "Ninja Van will deploy 500 electric vans in Malaysia next year.")
    assert not facts.models
