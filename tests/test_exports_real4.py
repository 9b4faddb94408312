"""Export routes in common constructions of news English: markets named for "these models", a plant that ships to
where the company's other plant stands, "the top market for cars made in X". Sentences written for these tests (names
and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def _models(facts) -> dict[tuple, list[str]]:
    return {(e.company, e.origin, e.destination): sorted(e.models) for e in facts.exports}


# -- "The main export markets for these models are A, B and C": the models the sentence before named -------------
def test_markets_of_these_models_carry_the_models_named_before(nlp):
    facts = read(nlp, "Volvo builds the XC60 and the XC90 at its plant in Ridgeville, South Carolina. "
                      "The main export markets for these models are Chile, Norway and Japan.")
    models = _models(facts)
    assert models.get(("Volvo", "United States", "Chile")) == ["XC60", "XC90"]
    assert models.get(("Volvo", "United States", "Japan")) == ["XC60", "XC90"]


def test_markets_of_its_cars_carry_no_models(nlp):
    facts = read(nlp, "Volvo builds the XC60 and the XC90 at its plant in Ridgeville, South Carolina. "
                      "The main export markets for its output are Chile, Norway and Japan.")
    assert all(not names for names in _models(facts).values())


def test_these_markets_are_no_vehicles(nlp):
    facts = read(nlp, "Volvo builds the XC60 and the XC90 at its plant in Ridgeville, South Carolina. "
                      "The main export markets, and these markets alone, are Chile, Norway and Japan.")
    assert all(not names for names in _models(facts).values())


# -- "the plant will ship 3,000 vehicles to Thailand": a plant ships to no market of its own country ---------------
def test_a_plant_does_not_ship_to_its_own_country(nlp):
    facts = read(nlp, "Ford opened its plant in Batangas, Philippines, in 2001. Ranger assembly was later moved to "
                      "Thailand. This year, the plant expects to ship 3,000 vehicles to Thailand and 900 units to Vietnam.")
    found = routes(facts)
    assert found.get(("Ford", "Philippines", "Thailand")) == 3000
    assert found.get(("Ford", "Philippines", "Vietnam")) == 900
    assert not any(origin == "Thailand" for _, origin, _ in found)


def test_the_plant_spoken_of_still_ships_to_other_markets(nlp):
    facts = read(nlp, "Ford opened its plant in Batangas, Philippines, in 2001. Ranger assembly was later moved to "
                      "Thailand. This year, the plant expects to ship 3,000 vehicles to Vietnam.")
    assert ("Ford", "Thailand", "Vietnam") in routes(facts)


# -- "the leading export market for cars made in Brazil": that country's trade ------------------------------------
def test_the_market_for_cars_made_in_a_country_is_its_trade(nlp):
    facts = read(nlp, "Peru is set to overtake Chile as the leading export market for cars made in Brazil. "
                      "Last year exports to Peru rose to 41,000 units.")
    found = routes(facts)
    assert found.get((None, "Brazil", "Peru")) == 41000
    assert not any(origin != "Brazil" for _, origin, _ in found)


def test_a_maker_shipping_to_that_market_ships_from_that_country(nlp):
    facts = read(nlp, "Peru is set to overtake Chile as the leading export market for cars made in Brazil. "
                      "Renault will also be exporting its Duster to Peru.")
    assert ("Renault", "Brazil", "Peru") in routes(facts)


def test_a_maker_shipping_to_another_market_keeps_its_own_origin(nlp):
    facts = read(nlp, "Peru is set to overtake Chile as the leading export market for cars made in Brazil. "
                      "Renault will also be exporting its Duster to Colombia.")
    assert not any(origin == "Brazil" and dest == "Colombia" for _, origin, dest in routes(facts))


# -- "exported to places such as A and B", "to Canada and parts of Asia": the markets past their fillers ----------
def test_markets_named_as_places_such_as(nlp):
    facts = read(nlp, "Holden said the Commodore had been exported from Australia to places such as the Middle East "
                      "and New Zealand.")
    found = routes(facts)
    assert ("Holden", "Australia", "Middle East") in found
    assert ("Holden", "Australia", "New Zealand") in found


def test_parts_of_a_region_is_that_region(nlp):
    facts = read(nlp, "Toyota builds the C-HR in Turkey, and the C-HR is also exported to Canada and parts of Asia.")
    assert {dest for _, _, dest in routes(facts)} >= {"Canada", "Asia"}


def test_parts_of_a_car_are_no_market(nlp):
    facts = read(nlp, "Toyota exported 4,000 Corollas from Turkey to Canada and bought parts from Asia.")
    assert {dest for _, _, dest in routes(facts)} == {"Canada"}


# -- "Acme to expand its plant as Mexico exports to the US climb": the country exporting in a clause of its own -----
def test_a_country_exporting_in_a_clause_of_its_own_is_the_origin(nlp):
    facts = read(nlp, "Kia to expand Pesqueria plant as Mexico exports to the United States climb")
    assert (None, "Mexico", "United States") in routes(facts)
    assert not any(origin == "South Korea" for _, origin, _ in routes(facts))


def test_a_company_before_a_country_in_the_same_clause_is_the_shipper(nlp):
    facts = read(nlp, "Kia and Mexico exports to the United States rose 9% last year.")
    assert (None, "Mexico", "United States") not in routes(facts)


# -- "it could produce new versions of the C-Elysee": versions being built are no lineage ---------------------------
def _bases(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


def test_versions_a_plant_will_produce_are_no_base(nlp):
    facts = read(nlp, "Besides the Peugeot 208, the factory could produce new versions of the Citroen C-Elysee.")
    assert not any(_bases(facts).values())


def test_a_model_said_to_be_a_version_of_another_keeps_its_base(nlp):
    facts = read(nlp, "The Geely Atlas is a version of the Geely Boyue.")
    assert _bases(facts).get("Atlas") == "Geely Boyue"
