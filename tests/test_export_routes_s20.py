"""Export routes whose origin is only guessed from the maker's home country: a brand's sales in a market are no
shipment from its home, and a list of markets that holds the maker's home country is shipped from where the story
is, not from that home; a brand of the group last said to ship leaves from where the group shipped; a place
"an investment destination" or "a destination for carmakers" is no market. Sentences written for these tests (names
and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- "N Acme cars were sold in X": sales in a market, no shipment from the maker's home ---------------------------
def test_a_brands_sales_in_a_market_are_no_route(nlp):
    assert routes(read(nlp, "Last year 5,200 Hyundai cars were sold in Chile, making it the third brand there.")) == {}


def test_sales_in_markets_named_as_examples_are_no_route(nlp):
    text = "Toyota said its sales fell 3% last year as demand slumped in markets such as Japan, Europe and Brazil."
    assert routes(read(nlp, text)) == {}


def test_a_shipment_from_the_makers_home_stays(nlp):
    assert routes(read(nlp, "Hyundai exported 5,200 cars to Chile last year.")) == {("Hyundai", "South Korea", "Chile"): 5200}


def test_sales_of_cars_shipped_from_a_named_plant_stay(nlp):
    text = ("Hyundai builds the Creta at its Chennai plant in India. Last year 5,200 Cretas were sold in Chile "
            "and shipped there from Chennai.")
    assert routes(read(nlp, text)).get(("Hyundai", "India", "Chile")) == 5200


# -- the maker's home among the markets: the cars leave from where the story is -----------------------------------
def test_the_makers_home_among_the_markets_is_not_the_origin(nlp):
    text = ("Slovakia's car output tripled in ten years. Peugeot has since added a plant in the country with room for "
            "300,000 cars a year, mostly for export to France, Italy and Poland.")
    found = routes(read(nlp, text))
    assert set(found) == {("Peugeot", "Slovakia", "France"), ("Peugeot", "Slovakia", "Italy"), ("Peugeot", "Slovakia", "Poland")}


def test_markets_without_the_makers_home_keep_the_home_origin(nlp):
    found = routes(read(nlp, "Toyota shipped 12,000 cars to Europe and Brazil last year."))
    assert set(found) == {("Toyota", "Japan", "Europe"), ("Toyota", "Japan", "Brazil")}


# -- "an investment destination", "a destination for carmakers": no market of the last shipper ---------------------
def test_an_investment_destination_is_no_market(nlp):
    text = ("Toyota exported 40,000 cars from Thailand to Australia last year. Analysts say Vietnam is an attractive "
            "investment destination.")
    assert set(routes(read(nlp, text))) == {("Toyota", "Thailand", "Australia")}


def test_a_destination_for_carmakers_is_no_market(nlp):
    text = ("Toyota exported 40,000 cars from Thailand to Australia last year. Central Asia is emerging as a key "
            "destination for Korean carmakers.")
    assert set(routes(read(nlp, text))) == {("Toyota", "Thailand", "Australia")}


def test_a_destination_for_the_makers_exports_stays(nlp):
    text = ("Toyota exported 40,000 cars from Thailand to Australia last year. Vietnam was the second destination for "
            "the carmaker's exports, taking 9,000 vehicles.")
    assert routes(read(nlp, text)).get(("Toyota", "Thailand", "Vietnam")) == 9000


# -- a brand of the group that was last said to ship: its cars leave from where the group's did --------------------
def test_a_brand_of_the_last_shipper_ships_from_its_origin(nlp):
    text = "Chery has begun exporting cars from its plant in Malaysia. The first batch will see Jaecoo SUVs shipped to Vietnam."
    assert set(routes(read(nlp, text))) == {("Jaecoo", "Malaysia", "Vietnam")}


def test_a_maker_of_another_group_keeps_its_own_origin(nlp):
    text = "Chery has begun exporting cars from its plant in Malaysia. Volkswagen SUVs will be shipped to Vietnam."
    assert set(routes(read(nlp, text))) == {("Volkswagen", "Germany", "Vietnam")}


# -- parts or kits imported from a country: no vehicles on a route -------------------------------------------------
def test_parts_imported_from_a_country_are_no_route(nlp):
    text = "Vietnam's Thaco will assemble the Kia Carens at Chu Lai, with parts imported from South Korea."
    assert routes(read(nlp, text)) == {}


def test_kits_that_will_be_imported_are_no_route(nlp):
    text = "The plant in Kenya will build pickups, and most kits will be imported from India."
    assert routes(read(nlp, text)) == {}


def test_vehicles_imported_from_a_country_stay_a_route(nlp):
    text = "The Kia Carens went on sale in Kenya last month, fully imported from South Korea."
    assert set(routes(read(nlp, text))) == {("Kia", "South Korea", "Kenya")}


def test_a_brand_with_a_plant_of_its_own_ships_from_that_plant(nlp):
    text = ("Volkswagen exported 9,000 cars from Brazil to Chile last year. Audi builds the Q3 at its plant in Gyor, "
            "Hungary. Audi shipped 4,000 cars to Italy.")
    assert routes(read(nlp, text)).get(("Audi", "Hungary", "Italy")) == 4000


# -- "N units will go to X": the counted vehicles before a modal of the verb of movement ----------------------------
def test_counted_units_that_will_go_to_a_market(nlp):
    text = "Toyota builds the Hilux at its plant in Zarate, Argentina. About 9,000 units will go to Chile this year."
    assert routes(read(nlp, text)) == {("Toyota", "Argentina", "Chile"): 9000}


def test_people_who_will_go_to_a_country_ship_nothing(nlp):
    text = "Toyota builds the Hilux at its plant in Zarate, Argentina. Its managers will go to Chile this year."
    assert routes(read(nlp, text)) == {}


# -- an aim or a wish to ship: "the goal is to export ... to X", "to boost exports to X" --------------------------------
def test_a_goal_to_export_is_no_route(nlp):
    assert routes(read(nlp, "Renault's goal is to export the new pickup to Chile and Peru.")) == {}


def test_a_wish_to_boost_exports_is_no_route(nlp):
    assert routes(read(nlp, "The minister said the plan would boost exports, particularly to Chile and Peru.")) == {}


def test_a_goal_named_after_a_shipment_keeps_it(nlp):
    found = routes(read(nlp, "Renault exported 4,000 pickups to Chile and Peru, its goal for the year."))
    assert set(found) == {("Renault", "France", "Chile"), ("Renault", "France", "Peru")}


# -- a story about one country's export trade: a maker with no plant named ships from that country -----------------
def test_a_maker_in_a_story_of_a_countrys_exports_ships_from_it(nlp):
    text = ("Car exports from Mexico rose 9% last year to 2.9 million units, a record for the country. Hyundai, meanwhile, "
            "shipped 4,000 cars to Chile.")
    assert routes(read(nlp, text)).get(("Hyundai", "Mexico", "Chile")) == 4000


def test_a_maker_in_a_story_of_a_countrys_market_ships_from_home(nlp):
    text = "Mexico's car market grew 9% last year. Hyundai, meanwhile, shipped 4,000 cars to Chile."
    assert routes(read(nlp, text)) == {("Hyundai", "South Korea", "Chile"): 4000}


# -- "Most cars were exported to ...": a share of the vehicles the sentence before named --------------------------------
def _models(facts) -> dict[tuple, list[str]]:
    return {(e.company, e.origin, e.destination): sorted(e.models) for e in facts.exports}


def test_most_cars_exported_are_the_models_named_before(nlp):
    text = "Dacia built about 9,000 Spring cars at Pitesti last year. Most cars were exported to France and Italy."
    assert _models(read(nlp, text)) == {("Dacia", "Romania", "France"): ["Spring"], ("Dacia", "Romania", "Italy"): ["Spring"]}


def test_most_makers_exporting_name_no_models(nlp):
    text = "Dacia built about 9,000 Spring cars at Pitesti last year. Most Romanian carmakers exported to France and Italy."
    assert all(models == [] for models in _models(read(nlp, text)).values())


# -- a denied rumour of exports: "X denied reports that cars ... will be exported to Y" -------------------------------
def test_a_denied_report_of_exports_is_no_route(nlp):
    assert routes(read(nlp, "Kia denied reports that cars built at its plant in Slovakia will be exported to Morocco.")) == {}


def test_a_denial_about_something_else_keeps_the_shipment(nlp):
    text = "Kia, which denied a report about job cuts last month, exported 4,000 cars from Slovakia to Morocco this year."
    assert routes(read(nlp, text)) == {("Kia", "Slovakia", "Morocco"): 4000}
