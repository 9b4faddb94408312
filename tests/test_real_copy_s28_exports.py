"""Export fixes of 2026-12-05 (s28), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a region's adjective written in its spaced or compound form ('South East Asian', 'Sub-Saharan
African', 'Central and Eastern European') names the one region."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def destinations(facts) -> set[str]:
    return {d for _, _, d in routes(facts)}


# -- a region's adjective in its spaced or compound form -------------------------------------------------------------
def test_a_spaced_compass_adjective_names_the_region(nlp):
    doc = nlp("Zorvex will ship the Tarla to the South East Asian region next year.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "REGION"] == [("South East Asian", "Southeast Asia")]


def test_a_compound_adjective_names_one_region_not_two(nlp):
    doc = nlp("Zorvex exports the Tarla to Sub-Saharan African and Central and Eastern European markets.")
    regions = [e.ent_id_ for e in doc.ents if e.label_ == "REGION"]
    assert regions == ["Sub-Saharan Africa", "Central and Eastern Europe"]  # not also "Africa" or "Eastern Europe"


def test_the_region_named_by_its_compound_adjective_is_a_destination(nlp):
    text = "Zorvex's plant in Durban, South Africa, exports the Tarla pickup to Sub-Saharan African markets."
    found = destinations(read(nlp, text))
    assert "Sub-Saharan Africa" in found and "Africa" not in found


def test_the_plain_adjective_still_names_its_own_region(nlp):
    # negative: "East Asian" alone is East Asia, not Southeast Asia
    doc = nlp("Zorvex will ship the Tarla to East Asian markets next year.")
    assert [e.ent_id_ for e in doc.ents if e.label_ == "REGION"] == ["East Asia"]


# -- the exported vehicles' models listed in a sentence of their own --------------------------------------------------
def models_of(facts) -> dict[str, list[str]]:
    """destination -> models of its route."""
    return {e.destination: e.models for e in facts.exports}


def test_the_cars_exported_from_the_origin_list_the_last_routes_models(nlp):
    text = ("Hyundai has exported 40,000 vehicles to 37 countries from its plant in Chennai, India. In 2019 it held a "
            "20% share of the segment. The Hyundai cars exported from India include the Creta, the Venue and the Verna.")
    assert models_of(read(nlp, text)).get("37 countries") == ["Creta", "Venue", "Verna"]


def test_the_top_export_models_list_the_last_routes_models(nlp):
    text = ("Maruti Suzuki exported 40,000 cars from India to Chile last year. The top export models during the year "
            "included Baleno, Dzire and Swift.")
    assert models_of(read(nlp, text)).get("Chile") == ["Baleno", "Dzire", "Swift"]


def test_cars_for_the_home_market_list_no_exported_models(nlp):
    # negative: the listed cars are not the exported ones
    text = ("Maruti Suzuki exported 40,000 cars from India to Chile last year. Its cars for the domestic market include "
            "the Baleno and the Swift.")
    assert models_of(read(nlp, text)).get("Chile") == []


def test_exported_cars_of_another_origin_list_no_models_of_the_route(nlp):
    # negative: the listed cars leave from elsewhere, not the route named last
    text = ("Maruti Suzuki exported 40,000 cars from India to Chile last year. The cars exported from Hungary include "
            "the Vitara and the S-Cross.")
    assert models_of(read(nlp, text)).get("Chile") == []


# -- the vehicles named before, written with a hyphened compound --------------------------------------------------------
def test_the_hyphen_made_vehicles_are_the_model_named_before(nlp):
    text = ("Volkswagen is producing the Jetta at its plant in Puebla, Mexico. In addition to sales in its home market, "
            "the Mexico-produced car will be exported to Central and Eastern European markets.")
    assert models_of(read(nlp, text)).get("Central and Eastern Europe") == ["Jetta"]


def test_a_hyphened_compound_before_no_vehicle_noun_names_no_vehicles(nlp):
    # negative: "the Mexico-based distributor" is no vehicle named before
    text = ("Volkswagen is producing the Jetta and the Tiguan in Puebla, Mexico. The Mexico-based distributor will "
            "also ship Audi cars to Chile.")
    assert "Jetta" not in models_of(read(nlp, text)).get("Chile", [])


# -- not only at home but also in other markets ------------------------------------------------------------------------
def test_sold_not_only_at_home_but_also_in_a_region_is_a_route_from_home(nlp):
    text = ("Renault builds the Duster at its plant in Envigado, Colombia. Renault launched the Colombian-assembled "
            "Duster for sale not just locally but throughout Latin America.")
    assert models_of(read(nlp, text)).get("Latin America") == ["Duster"]


def test_not_only_the_home_market_but_also_a_region(nlp):
    text = ("Isuzu invested R1.2 billion into its Port Elizabeth plant in South Africa for manufacturing of the D-Max "
            "for not only the South African market, but also for Sub-Saharan Africa.")
    assert ("South Africa", "Sub-Saharan Africa") in {(o, d) for _, o, d in routes(read(nlp, text))}


def test_a_contrast_of_two_foreign_markets_names_no_route_between_them(nlp):
    # negative: neither market is the plant's home, so neither is where the cars leave from
    text = ("Volkswagen builds the Polo in Kariega, South Africa. The cars are sold not only in Germany but also in "
            "France.")
    assert not any(o == "Germany" for _, o, _ in routes(read(nlp, text)))


def test_a_contrast_of_no_vehicles_names_no_route(nlp):
    # negative: "not only jobs but also ...": nothing sold
    text = "Toyota builds the Hilux in Durban, South Africa. The plant brings not only jobs but also sales in Kenya."
    assert not any(d == "Kenya" for _, _, d in routes(read(nlp, text)))
