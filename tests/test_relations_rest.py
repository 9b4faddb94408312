"""Relation rules for constructions left over from held-out sets H, I and J, on sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import bases, read, routes


# -- imports split by origin: "Japan supplied 2,900 of them and Turkey 1,100" --------------------------------
def test_import_shares_by_origin_after_an_imports_sentence(nlp):
    facts = read(nlp, "Car sales in Georgia rose 4% to 9,000 units in May. Imports of new cars reached 6,200 units. "
                      "Japan supplied 2,900 of them and Turkey 1,100, the ministry said.")
    found = routes(facts)
    assert found.get((None, "Japan", "Georgia")) == 2900
    assert found.get((None, "Turkey", "Georgia")) == 1100


def test_import_shares_after_of_which_in_the_same_sentence(nlp):
    facts = read(nlp, "Car sales in Georgia rose 4% to 9,000 units in May. "
                      "Imports reached 6,200 cars, of which Japan supplied 2,900 and Turkey 1,100.")
    found = routes(facts)
    assert found.get((None, "Japan", "Georgia")) == 2900
    assert found.get((None, "Turkey", "Georgia")) == 1100


def test_a_supply_with_its_own_market_is_no_import_share(nlp):
    facts = read(nlp, "Car sales in Georgia rose 4% to 9,000 units in May. Imports reached 6,200 cars. "
                      "Japan supplied 2,900 cars to Turkey.")
    found = routes(facts)
    assert (None, "Japan", "Georgia") not in found


# -- "..., of which 2,000 went to France": a second movement clause with its own figure ---------------------
def test_of_which_went_to_takes_its_own_figure(nlp):
    facts = read(nlp, "Last year 9,000 Dacia cars were exported from Romania to Europe, of which 2,000 went to France "
                      "and 1,500 to Germany.")
    found = routes(facts)
    assert found.get(("Dacia", "Romania", "Europe")) == 9000
    assert found.get(("Dacia", "Romania", "France")) == 2000
    assert found.get(("Dacia", "Romania", "Germany")) == 1500


def test_a_bare_number_far_before_the_market_is_no_route_figure(nlp):
    facts = read(nlp, "Dacia exported cars from Romania to Europe in 2,023 different trims, and some went on to Norway.")
    assert routes(facts).get(("Dacia", "Romania", "Norway")) is None


# -- "a first batch of 400 <model>": the units of the route it ships on -------------------------------------
def test_a_first_batch_of_a_model_is_the_routes_figure(nlp):
    facts = read(nlp, "Kazmotor builds cars at its plant in Kazakhstan. Kostanay-built cars will also be exported to "
                      "Mongolia, with a first batch of 400 Chery Tiggo 4 scheduled for early 2026.")
    assert routes(facts).get((None, "Kazakhstan", "Mongolia")) == 400


def test_a_batch_of_a_bare_number_without_a_model_is_no_count_of_cars(nlp):
    facts = read(nlp, "Kazmotor builds cars at its plant in Kazakhstan. The cars will also be exported to Mongolia, "
                      "after a batch of 12 tests in 2026.")
    assert routes(facts).get((None, "Kazakhstan", "Mongolia")) is None


# -- "a contract with X's distributor in Armenia, under which 2,000 cars a year will be supplied from <plant>" --
def test_a_supply_contract_with_a_distributor_in_a_market(nlp):
    facts = read(nlp, "Kartli Motors will build a plant in Rustavi, Georgia. Kartli Motors has already signed a contract "
                      "with Chery's distributor in Armenia, under which 2,000 cars a year will be supplied from Rustavi.")
    assert routes(facts).get(("Kartli Motors", "Georgia", "Armenia")) == 2000


def test_a_distributor_in_a_market_without_a_supply_is_no_route(nlp):
    facts = read(nlp, "Kartli Motors will build a plant in Rustavi, Georgia. Chery's distributor in Armenia said "
                      "2,000 cars a year will be produced at the plant.")
    assert not any(d == "Armenia" for _, _, d in routes(facts))


# -- a model in apposition to a version of another: "its passenger version, the X", "a version of the car, the X" --
def test_its_version_in_apposition_is_based_on_the_model_before(nlp):
    facts = read(nlp, "The plant builds the Fiat Panda, the Fiat Doblo van and its passenger version, the Opel Combo. "
                      "It employs 3,000 people.")
    assert bases(facts).get("Combo") == "Fiat Doblo"


def test_its_electric_version_in_apposition_is_no_lineage(nlp):
    facts = read(nlp, "The plant builds the Fiat Panda, the Fiat Doblo and its electric version, the Opel Combo.")
    assert bases(facts).get("Combo") is None


def test_a_version_of_the_car_in_apposition_is_based_on_the_car_named_before(nlp):
    facts = read(nlp, "Suzuki builds the Suzuki Swift at Gujarat in India. A rebadged version of the car, the Toyota Glanza, "
                      "will also be built at Gujarat.")
    assert bases(facts).get("Glanza") in ("Swift", "Suzuki Swift")


# -- "The A and the B are both derived from the C"; "The X, launched in 2023, was a locally adapted Y" ---------
def test_two_models_that_are_both_derived_from_a_third(nlp):
    facts = read(nlp, "Gliwice builds the Opel Astra, the Peugeot 308 and the DS 4. "
                      "The Peugeot 308 and the DS 4 are both derived from the Astra.")
    found = bases(facts)
    assert found.get("Peugeot 308") == "Opel Astra" and found.get("DS 4") == "Opel Astra"


def test_a_locally_adapted_model_is_based_on_it_and_its_code_name_is_a_model(nlp):
    facts = read(nlp, "In 2019 Geely bought a stake in Proton. The X90, launched in 2023, was in effect a locally "
                      "adapted Geely Jiaji.")
    assert bases(facts).get("X90") == "Geely Jiaji"


def test_a_code_name_without_a_lineage_cue_stays_unread(nlp):
    facts = read(nlp, "In 2019 Geely bought a stake in Proton. The X90, launched in 2023, was in effect a success.")
    assert bases(facts).get("X90") is None  # Proton's X90 (s20: the maker the story names), with no lineage


# -- another maker of the same origin shipping a figure, in a story about one market's imports ---------------
MARKET_STORY = ("Chinese carmakers shipped 90,000 vehicles to Chile last year. The biggest was Chery, which shipped "
                "21,300 vehicles to Chile. Chery expects more.\n\n")


def test_another_shipper_of_the_same_origin_ships_to_the_storys_market(nlp):
    facts = read(nlp, MARKET_STORY + "Geely sent 16,200 cars, led by the Geely Coolray. BYD shipped 9,900 vehicles, led by the Atto 3.")
    found = routes(facts)
    assert found.get(("Geely", "China", "Chile")) == 16200
    assert found.get(("BYD", "China", "Chile")) == 9900


def test_a_shipper_of_the_same_origin_with_a_world_total_is_no_route(nlp):
    facts = read(nlp, MARKET_STORY + "Changan exported 300,000 vehicles abroad. Toyota shipped 52,000 vehicles.")
    found = routes(facts)
    assert ("Changan", "China", "Chile") not in found
    assert not any(c == "Toyota" for c, _, _ in found)  # a maker from elsewhere


# -- "the remaining 210 were split between Chad and Niger": two markets sharing one figure --------------------
def test_the_rest_split_between_two_markets_are_routes_without_a_figure(nlp):
    facts = read(nlp, "Morocco's carmakers built 12,000 cars in May. In 2024 Morocco shipped 920 vehicles to Senegal and "
                      "510 to Guinea; the remaining 210 were split between Chad and Niger.")
    found = routes(facts)
    assert found.get((None, "Morocco", "Guinea")) == 510
    assert (None, "Morocco", "Chad") in found and found[(None, "Morocco", "Chad")] is None
    assert (None, "Morocco", "Niger") in found and found[(None, "Morocco", "Niger")] is None


def test_something_else_split_between_two_countries_is_no_route(nlp):
    facts = read(nlp, "Morocco's carmakers built 12,000 cars in May. In 2024 Morocco shipped 2,340 vehicles to Senegal, "
                      "and talks were split between Chad and Niger.")
    assert not {d for _, _, d in routes(facts)} & {"Chad", "Niger"}


# -- "the Suzuki Swift, imported from India, ahead of the Yaris": the participle describes only the model before it --
def test_imported_from_after_a_model_and_comma_is_that_models_route_only(nlp):
    facts = read(nlp, "Car sales in Chile rose 6% to 16,870 units in October. The best-selling model was the Suzuki Swift, "
                      "imported from India, with 1,940 registrations, ahead of the Toyota Yaris (1,310) and the Kia Rio (1,120).")
    assert [e.models for e in facts.exports if e.origin == "India"] == [["Swift"]]


def test_models_listed_before_imported_from_all_take_the_route(nlp):
    facts = read(nlp, "Car sales in Chile rose 6% to 16,870 units in October. The Suzuki Swift and the Suzuki Baleno are imported from India.")
    assert [sorted(e.models) for e in facts.exports if e.origin == "India"] == [["Baleno", "Swift"]]


# -- a model written with another maker's name, built at a plant, ships as that maker's ----------------------
def test_a_rebadged_model_of_another_maker_ships_as_that_makers(nlp):
    facts = read(nlp, "Tata Motors on Friday sent its first consignment of the Nexon to Europe. A rebadged version of the car, "
                      "the Citroen C3, will also be built at Pune and will be shipped to Europe from next year.")
    found = routes(facts)
    assert ("Citroen", "India", "Europe") in found and ("Tata Motors", "India", "Europe") in found


def test_a_model_of_the_builders_own_group_ships_as_the_builders(nlp):
    facts = read(nlp, "Hyundai Motor India builds the Creta at its plant in Chennai, India. "
                      "The Hyundai Creta, built at Chennai, will be shipped to Chile from next year.")
    assert not any(c == "Hyundai" for c, _, d in routes(facts) if d == "Chile")


# -- "domestic sales of 31,300 units, and the company shipped 8,600 Koleos to ...": home sales are no shipment ----
def test_domestic_sales_before_a_shipment_give_it_no_figure(nlp):
    facts = read(nlp, "Renault Korea builds the Koleos at its plant in Busan, South Korea. The model has proved popular, with "
                      "domestic sales of 31,300 units in its first ten months, and the company shipped 8,600 Koleos to the Middle East.")
    assert routes(facts).get(("Renault Korea", "South Korea", "Middle East")) == 8600


def test_sales_to_a_market_are_still_a_route(nlp):
    facts = read(nlp, "Renault Korea builds the Koleos at its plant in Busan, South Korea. Its sales to Chile reached 3,100 units.")
    assert routes(facts).get(("Renault Korea", "South Korea", "Chile")) == 3100


# -- ", and the Punch has been sent to Maldives": a model opening a clause of its own keeps its route ----------
PUNE = "Tata Motors builds the Punch at its plant in Pune, India. Exports are growing. "


def test_a_model_opening_its_own_clause_goes_only_to_its_market(nlp):
    facts = read(nlp, PUNE + "Tata Motors shipped 1,250 units of the Altroz to Sri Lanka in the first half of the year, "
                             "and the Punch has been sent to Maldives since the spring.")
    models = {e.destination: e.models for e in facts.exports}
    assert models["Sri Lanka"] == ["Altroz"] and models["Maldives"] == ["Punch"]


def test_models_listed_with_a_comma_and_go_to_every_market(nlp):
    facts = read(nlp, PUNE + "Tata Motors shipped the Altroz, and the Punch, to Sri Lanka and Maldives.")
    models = {e.destination: sorted(e.models) for e in facts.exports}
    assert models.get("Maldives") == ["Altroz", "Punch"]
