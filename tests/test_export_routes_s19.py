"""Export routes in shapes of news English the earlier rules missed: a total with its share "of which N were
exported to X" after a time phrase, "A overtook B as the largest export market", the output at a plant's site going
abroad, vehicles made "for the X market", and the Americas as a region. Sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def _models(facts) -> dict[tuple, list[str]]:
    return {(e.company, e.origin, e.destination): sorted(e.models) for e in facts.exports}


# -- "exported N units in 2019, of which M were exported to X": the share is the route's figure, not the total -----
def test_share_of_a_total_after_a_time_phrase(nlp):
    found = routes(read(nlp, "Peru exported 42,000 units in 2019, of which 31,000 went to Chile."))
    assert found.get((None, "Peru", "Chile")) == 31000


def test_share_of_a_total_as_a_passive_subject(nlp):
    found = routes(read(nlp, "Peru's car exports rose to 42,000 units last year, of which 31,000 were shipped to Chile."))
    assert found.get((None, "Peru", "Chile")) == 31000


def test_total_without_a_share_keeps_its_figure(nlp):
    found = routes(read(nlp, "Peru exported 42,000 units to Chile in 2019, up 8%."))
    assert found.get((None, "Peru", "Chile")) == 42000


def test_a_share_made_elsewhere_is_no_shipment_figure(nlp):
    found = routes(read(nlp, "Peru exported 42,000 units in 2019, of which 31,000 were made in Lima and sold to Chile."))
    assert found.get((None, "Peru", "Chile")) is None


# -- "the Americas" is a region a route can go to ----------------------------------------------------------------
def test_the_americas_as_a_destination(nlp):
    found = routes(read(nlp, "Spain exported 9,000 buses to the Americas in 2020."))
    assert found.get((None, "Spain", "Americas")) == 9000


def test_central_and_south_america_as_one_destination(nlp):
    found = routes(read(nlp, "Spain exported 9,000 buses to Central and South America in 2020."))
    assert (None, "Spain", "Central and South America") in found


# -- "A overtook B as the largest export market": both are markets of the trade ----------------------------------
def test_overtaken_market_is_a_market_too(nlp):
    found = routes(read(nlp, "Vietnam is set to overtake Laos as the largest export market for cars made in Thailand."))
    assert (None, "Thailand", "Vietnam") in found
    assert (None, "Thailand", "Laos") in found


def test_overtook_as_the_verb_of_the_ranking(nlp):
    found = routes(read(nlp, "Chile overtook Bolivia as the biggest export market for cars made in Argentina last year."))
    assert set(found) >= {(None, "Argentina", "Chile"), (None, "Argentina", "Bolivia")}


def test_overtaken_in_sales_is_no_market(nlp):
    found = routes(read(nlp, "Chile overtook Bolivia in car sales. Chile is the biggest export market for cars made in "
                             "Argentina."))
    assert (None, "Argentina", "Chile") in found
    assert (None, "Argentina", "Bolivia") not in found


# -- "60% of the production in <site> will be exported to X": the plant's output and its models ------------------
def test_output_at_a_plant_site_carries_the_plants_models(nlp):
    facts = read(nlp, "Kia opened a plant in Pesqueria, Mexico, to build the Rio. About 60% of the production in "
                      "Pesqueria will be exported to Canada and the rest will go to Central and South America.")
    models = _models(facts)
    assert models.get(("Kia", "Mexico", "Canada")) == ["Rio"]
    assert models.get(("Kia", "Mexico", "Central and South America")) == ["Rio"]


# -- "made for the X market": vehicles built for a foreign market -------------------------------------------------
def test_built_for_a_foreign_market_from_the_plant_country(nlp):
    found = routes(read(nlp, "Toyota will make 2,400 Hilux pickups at its Thai plant for the Japanese market."))
    assert found.get(("Toyota", "Thailand", "Japan")) == 2400


def test_car_made_for_a_market_after_the_plant_sentence(nlp):
    facts = read(nlp, "Hyundai rolled out its one millionth car from its plant in Chennai. The car, a Hyundai Verna, "
                      "has been made for the Chilean market.")
    models = _models(facts)
    assert models.get(("Hyundai", "India", "Chile")) == ["Verna"] or models.get(("Hyundai India", "India", "Chile")) == ["Verna"]


def test_launched_for_a_market_is_no_route(nlp):
    assert not read(nlp, "Toyota launched the Hilux Champ for the Japanese market.").exports


def test_built_for_the_home_market_is_no_route(nlp):
    assert not read(nlp, "Toyota will build 2,400 Hilux pickups at its Thai plant for the Thai market.").exports


def test_model_it_is_based_on_is_not_shipped(nlp):
    facts = read(nlp, "Holden will build 900 Commodore-based Chevrolet SS sedans at its Australian plant for the US market.")
    assert _models(facts).get(("Holden", "Australia", "United States")) == ["SS"]


# -- "Some will be exported to ..." after sentences on a plant: a share of the plant's output ----------------------
def test_share_pronoun_ships_from_the_plant_country(nlp):
    found = routes(read(nlp, "Daewoo and Roodell built a plant in Samarkand, Uzbekistan. The Nexia and the Matiz are "
                             "assembled at the plant. Most will be exported to Kazakhstan."))
    assert any(origin == "Uzbekistan" and destination == "Kazakhstan" for _, origin, destination in found)
    assert not any(origin == "South Korea" for _, origin, _ in found)


def test_share_pronoun_without_a_plant_keeps_the_company_origin(nlp):
    found = routes(read(nlp, "Daewoo sold the Nexia well this year. Most will be exported to Kazakhstan."))
    assert not any(origin == "Uzbekistan" for _, origin, _ in found)


# -- "to markets in R", "to the markets of A and B", "to the rest of R": a market named inside a phrase ------------
def test_markets_in_a_region(nlp):
    found = routes(read(nlp, "Dacia ships the Duster from Romania to Western Europe, with smaller volumes going to "
                             "markets in North Africa and the Middle East."))
    assert {("Dacia", "Romania", "North Africa"), ("Dacia", "Romania", "Middle East")} <= set(found)


def test_the_markets_of_named_countries(nlp):
    found = routes(read(nlp, "Dacia ships the Duster from Romania to the markets of Morocco and Tunisia."))
    assert {("Dacia", "Romania", "Morocco"), ("Dacia", "Romania", "Tunisia")} <= set(found)


def test_the_rest_of_a_region(nlp):
    found = routes(read(nlp, "Dacia ships the Duster from Romania to the rest of Europe."))
    assert ("Dacia", "Romania", "Europe") in found


def test_exposure_to_markets_in_a_region_is_no_route(nlp):
    found = routes(read(nlp, "Dacia ships the Duster from Romania and wants to cut its exposure to markets in Asia."))
    assert ("Dacia", "Romania", "Asia") not in found


# -- "70 per cent of the plant's output goes to X": a share of a plant's output moving to a market ----------------
def test_share_of_plant_output_goes_to_a_market(nlp):
    found = routes(read(nlp, "Seat builds the Ibiza at its plant in Martorell, Spain. About 80 per cent of the plant's "
                             "output goes to Germany."))
    assert any(origin == "Spain" and destination == "Germany" for _, origin, destination in found)


def test_share_of_other_goods_going_to_a_market_is_no_route(nlp):
    found = routes(read(nlp, "Seat builds the Ibiza at its plant in Martorell, Spain. About 80 per cent of the steel "
                             "goes to Germany."))
    assert not any(destination == "Germany" for _, _, destination in found)


# -- "exported N vehicles last year, and M of them went to X": the share is the route's figure -------------------
def test_share_of_them_went_to_a_market(nlp):
    found = routes(read(nlp, "Peru exported 42,000 light vehicles last year, and about 31,000 of them went to Chile."))
    assert found.get((None, "Peru", "Chile")) == 31000


def test_share_of_them_were_shipped_to_a_market(nlp):
    found = routes(read(nlp, "Peru exported 42,000 light vehicles last year; some 31,000 of them were shipped to Chile."))
    assert found.get((None, "Peru", "Chile")) == 31000


def test_total_to_one_market_keeps_its_figure(nlp):
    found = routes(read(nlp, "Peru exported 42,000 light vehicles to Chile last year, and 31,000 of them were pickups."))
    assert found.get((None, "Peru", "Chile")) == 42000


# -- figures of comparison ("up from N", "three times more") are no shipment of the next market -------------------
def test_figure_after_up_from_is_not_the_next_markets(nlp):
    found = routes(read(nlp, "Last year Lada shipped 41,200 cars from Russia to Kazakhstan, up from 30,100 the year "
                             "before, and 2,700 to Kyrgyzstan."))
    assert found.get(("Lada", "Russia", "Kazakhstan")) == 41200
    assert found.get(("Lada", "Russia", "Kyrgyzstan")) == 2700


def test_times_more_is_not_a_figure(nlp):
    found = routes(read(nlp, "Lada shipped 41,200 cars from Russia to Kazakhstan, two times more than a year earlier, "
                             "and 2,700 units of the Niva to Kyrgyzstan."))
    assert found.get(("Lada", "Russia", "Kyrgyzstan")) == 2700


def test_comparison_alone_gives_no_figure(nlp):
    found = routes(read(nlp, "Exports of the Niva from Russia to Kyrgyzstan fell, down from 2,700 a year earlier."))
    assert found.get(("Lada", "Russia", "Kyrgyzstan")) is None


# -- "shipped 14,800 of the SUVs to X" ----------------------------------------------------------------------------
def test_count_of_the_vehicles_to_a_market(nlp):
    found = routes(read(nlp, "Skoda's plant in Kvasiny, Czech Republic, has shipped 9,300 of the SUVs to Poland."))
    assert any(destination == "Poland" and units == 9300 for (_, _, destination), units in found.items())


# -- "Volumes to X were projected at N vehicles a year": an export noun, its market and a yearly rate -----------
def test_volumes_to_a_market_with_a_yearly_rate(nlp):
    found = routes(read(nlp, "Isuzu ships D-Max pickups from South Africa to Zambia. Volumes to Malawi have been projected "
                             "at 900 vehicles a year."))
    assert any(destination == "Malawi" and units == 900 for (_, _, destination), units in found.items())


def test_plant_capacity_after_exports_to_is_no_route_figure(nlp):
    found = routes(read(nlp, "Isuzu ships D-Max pickups from South Africa to Zambia. Exports to Malawi will come from the "
                             "plant, which has a capacity of 30,000 vehicles a year."))
    assert not any(units == 30000 for units in found.values())


def test_volumes_with_no_shipper_said_is_no_route(nlp):
    assert not read(nlp, "Volumes to Malawi have been projected at 900 vehicles a year.").exports


# -- "the X3 through X7": a range of a maker's models carries every model in between ------------------------------
def test_model_range_carries_the_models_between(nlp):
    facts = read(nlp, "BMW ships the X1 through X3 from its plant in Leipzig, Germany, to Japan.")
    assert _models(facts).get(("BMW", "Germany", "Japan")) == ["X1", "X2", "X3"]


def test_range_with_a_gap_in_the_gazetteer_is_left_alone(nlp):
    facts = read(nlp, "Audi ships the Q3 through Q5 from its plant in Gyor, Hungary, to Germany.")
    assert _models(facts).get(("Audi", "Hungary", "Germany")) == ["Q3", "Q5"]


def test_two_models_named_with_and_are_no_range(nlp):
    facts = read(nlp, "Audi ships the Q3 and Q5 from its plant in Gyor, Hungary, to Germany.")
    assert _models(facts).get(("Audi", "Hungary", "Germany")) == ["Q3", "Q5"]


# -- "will manufacture N units, which are a source of supply for X": the output's figure is no shipment's -------
def test_output_figure_apart_from_the_supply_word(nlp):
    found = routes(read(nlp, "This year Toyota will manufacture around 52,000 Hilux pickups in Zarate, Argentina, which "
                             "are a source of supply for the Brazilian market."))
    assert any(destination == "Brazil" for _, _, destination in found)
    assert not any(units == 52000 for units in found.values())


def test_built_for_export_keeps_the_figure(nlp):
    found = routes(read(nlp, "Toyota will build 52,000 Hilux pickups in Zarate, Argentina, for export to Brazil."))
    assert any(destination == "Brazil" and units == 52000 for (_, _, destination), units in found.items())


def test_more_than_a_figure_is_no_comparison(nlp):
    found = routes(read(nlp, "Last year the plant of Lada in Togliatti, Russia, shipped more than 2,000 cars to "
                             "Kyrgyzstan and about 1,200 cars to Tajikistan."))
    assert found.get(("Lada", "Russia", "Kyrgyzstan")) == 2000
    assert found.get(("Lada", "Russia", "Tajikistan")) == 1200
