"""Export routes to a number of markets ("exported to as many as 50 countries", a destination as written), the regions
they span ("to 30 countries across Europe and Africa"), markets described before "in" ("to right-hand drive markets in
Africa"), the origin of a maker whose subsidiary's plant the story names, and figures that count no shipment (markets
counted, a rate per day, the output a plant will make). Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, routes


def _models(facts, destination: str) -> list[str]:
    return next((e.models for e in facts.exports if e.destination == destination), [])


# -- "to N countries": a count of markets is a destination as written ------------------------------------------------
def test_exported_to_a_number_of_countries_is_a_route(nlp):
    text = "Kia builds the Sonet at its plant in Anantapur, India. The Sonet is exported to as many as 38 countries."
    facts = read(nlp, text)
    assert ("Kia", "India", "38 countries") in routes(facts)
    assert _models(facts, "38 countries") == ["Sonet"]


def test_other_countries_keep_their_word(nlp):
    text = "Renault builds the Clio at its plant in Bursa, Turkey, and ships it to 27 other markets."
    assert ("Renault", "Turkey", "27 other markets") in routes(read(nlp, text))


def test_counted_markets_then_the_markets_named(nlp):
    text = ("Hyundai builds the Creta at its plant in Chennai, India. The Creta is exported to 20 countries, "
            "including Chile and Peru.")
    found = routes(read(nlp, text))
    assert {("Hyundai", "India", "20 countries"), ("Hyundai", "India", "Chile"), ("Hyundai", "India", "Peru")} <= set(found)


def test_a_figure_shipped_to_counted_markets_is_their_units(nlp):
    text = "Mazda builds the CX-3 at its plant in Rayong, Thailand. Last year it exported 41,000 CX-3s to 19 countries."
    assert routes(read(nlp, text)).get(("Mazda", "Thailand", "19 countries")) == 41000


def test_a_lower_bound_of_markets_is_a_route_to_the_count(nlp):
    # the real stories' annotators keep "to more than 60 countries" as a destination, as the count written ("60 countries")
    text = "Hyundai builds the Creta at its plant in Chennai, India. Last year it exported 90,000 Cretas to more than 60 countries."
    assert ("Hyundai", "India", "60 countries") in routes(read(nlp, text))


def test_a_worldwide_reach_is_no_route(nlp):
    text = "Suzuki builds cars at its plant in Gurugram, India, and exports them to over 100 countries around the world."
    assert not any("countries" in r[2] for r in routes(read(nlp, text)))


def test_globally_is_no_route(nlp):
    text = "Suzuki builds cars at its plant in Gurugram, India. Globally, Suzuki exports to 100 countries."
    assert not any("countries" in r[2] for r in routes(read(nlp, text)))


def test_markets_left_out_are_no_route(nlp):
    text = ("Jaguar builds cars at its plant in Solihull, England. Its cars are also exported to 60 countries "
            "not including the markets above.")
    assert not any("countries" in r[2] for r in routes(read(nlp, text)))


def test_countries_of_a_bloc_are_no_count(nlp):
    text = "Skoda builds the Kodiaq at its plant in Kvasiny, Czech Republic. Skoda said two of the countries buy most cars."
    assert not any("countries" in r[2] for r in routes(read(nlp, text)))


# -- "N countries across Europe and Africa": the regions the count spans --------------------------------------------
def test_counted_countries_across_regions(nlp):
    text = "Kia builds the Sonet at its plant in Anantapur, India. The Sonet is exported to 30 countries across Africa and Latin America."
    found = routes(read(nlp, text))
    assert {("Kia", "India", "Africa"), ("Kia", "India", "Latin America")} <= set(found)


def test_a_count_of_markets_carries_no_models_of_the_last_shipment(nlp):
    text = ("Skoda shipped 2,000 Kushaqs from India to Vietnam. Its exports now reach 25 countries across Africa and "
            "the Middle East.")
    facts = read(nlp, text)
    assert _models(facts, "Vietnam") == ["Kushaq"]
    assert _models(facts, "Africa") == []


# -- "to right-hand drive markets in Africa": markets described before "in" -----------------------------------------
def test_described_markets_in_a_region(nlp):
    text = "Toyota will build the Corolla Cross at its plant in Durban, South Africa, and export it to right-hand drive markets in Africa."
    assert ("Toyota", "South Africa", "Africa") in routes(read(nlp, text))


def test_markets_of_a_figure_in_a_region_are_no_described_markets(nlp):
    text = "Toyota builds the Hilux at its plant in Durban, South Africa. It has 40 markets in Africa."
    assert not any(r[2] == "Africa" for r in routes(read(nlp, text)))


# -- the maker's subsidiary builds the car: its plant's country is the origin --------------------------------------
def test_subsidiary_plant_gives_the_makers_origin(nlp):
    text = ("Nissan Mexicana is investing $20 million in its plant in Aguascalientes, Mexico. "
            "The Versa will be exported by Nissan to Chile.")
    assert ("Nissan", "Mexico", "Chile") in routes(read(nlp, text))


def test_without_a_subsidiary_plant_the_home_country_stays(nlp):
    text = "The Versa will be exported by Nissan to Chile."
    assert ("Nissan", "Japan", "Chile") in routes(read(nlp, text))


# -- figures that count no shipment -----------------------------------------------------------------------------------
def test_a_daily_rate_is_no_route_figure(nlp):
    text = "The Oxford plant of BMW, in England, has exported Minis to Japan and builds 800 cars daily."
    assert routes(read(nlp, text)).get(("BMW", "United Kingdom", "Japan")) is None


def test_output_made_after_the_route_is_no_route_figure(nlp):
    text = "Renault's plant in Oran, Algeria, which aims to export to Tunisia, will produce 15,000 vehicles in its first year."
    found = routes(read(nlp, text))
    assert ("Renault", "Algeria", "Tunisia") in found and found[("Renault", "Algeria", "Tunisia")] is None


def test_a_shipped_figure_after_the_route_stays(nlp):
    text = "Renault's plant in Oran, Algeria, has exported 15,000 vehicles to Tunisia."
    assert routes(read(nlp, text)).get(("Renault", "Algeria", "Tunisia")) == 15000


# -- the Arab world as a region of destination ----------------------------------------------------------------------
def test_the_arab_region_is_a_destination(nlp):
    text = "Hyundai builds the Accent at its plant in Batna, Algeria, and exports it to Tunisia and the Arab region."
    assert ("Hyundai", "Algeria", "Arab world") in routes(read(nlp, text))


# -- "with most set for A and B": a share of the shipment allotted to markets ------------------------------------------
def test_most_set_for_markets_after_the_route(nlp):
    text = ("Nissan builds the Kicks at its plant in Aguascalientes, Mexico. The Kicks is exported to 50 countries, "
            "with most set for Canada and Chile.")
    found = routes(read(nlp, text))
    assert {("Nissan", "Mexico", "Canada"), ("Nissan", "Mexico", "Chile")} <= set(found)


def test_set_for_a_launch_is_no_market(nlp):
    text = "Nissan builds the Kicks at its plant in Aguascalientes, Mexico, and exports it to Chile. The new model is set for Brazil next year."
    assert not any(r[2] == "Brazil" for r in routes(read(nlp, text)))


def test_a_figure_after_counted_markets_is_not_theirs(nlp):
    text = ("Toyota builds the Hilux at its plant in Chachoengsao, Thailand. The Hilux will be shipped to as many as 90 "
            "countries, with a first batch of 1,800 units sent to Chile.")
    found = routes(read(nlp, text))
    assert found.get(("Toyota", "Thailand", "90 countries"), "none") is None
    assert found.get(("Toyota", "Thailand", "Chile")) == 1800


def test_a_total_after_counted_markets_is_not_theirs(nlp):
    text = "Tata Motors exports to about 45 countries from India, and its cumulative exports are about 900,000 units."
    found = routes(read(nlp, text))
    assert ("Tata Motors", "India", "45 countries") in found and found[("Tata Motors", "India", "45 countries")] is None


def test_the_figure_of_counted_countries_in_a_region_is_the_regions(nlp):
    text = "Kia builds the Seltos at its plant in Anantapur, India. Last year it exported 52,000 Seltos to 14 countries in Africa."
    found = routes(read(nlp, text))
    assert found.get(("Kia", "India", "Africa")) == 52000
    assert ("Kia", "India", "14 countries") not in found  # the region names the markets the count sums up


def test_markets_to_be_opened_are_no_described_markets(nlp):
    text = ("Uzauto builds cars at its plant in Asaka, Uzbekistan. The company plans to bring exports to 90 thousand cars "
            "a year and to open new markets in the Caucasus.")
    assert not any(r[2] == "Caucasus" for r in routes(read(nlp, text)))


# -- the figure of the verb that ships to the market, not of an earlier verb ------------------------------------------
def test_the_shipping_verbs_own_figure(nlp):
    text = ("In 2024 Tata Motors sold 540,000 units in the domestic market and exported 21,000 units to Nepal.")
    assert routes(read(nlp, text)).get(("Tata Motors", "India", "Nepal")) == 21000


def test_a_figure_before_a_passive_verb_stays(nlp):
    text = "Tata Motors builds the Nexon at its plant in Pune, India. Last year 3,400 Nexons were exported to Nepal."
    assert routes(read(nlp, text)).get(("Tata Motors", "India", "Nepal")) == 3400


def test_a_hundred_countries_or_more_is_still_a_count_of_markets(nlp):
    text = "Toyota builds the Corolla at its plant in Sakarya, Turkey, and exports it to 100 countries."
    assert ("Toyota", "Turkey", "100 countries") in routes(read(nlp, text))


def test_a_count_of_markets_the_world_over_is_a_reach(nlp):
    text = "Toyota builds the Corolla at its plant in Sakarya, Turkey. Globally, Toyota exports to 110 countries."
    assert not any("countries" in r[2] for r in routes(read(nlp, text)))


def test_a_count_in_words_is_a_route(nlp):
    text = "Chery builds the Tiggo 4 at its plant in Kostanay, Kazakhstan, and exports it to seven countries."
    assert ("Chery", "Kazakhstan", "seven countries") in routes(read(nlp, text))


# -- one route of one group told twice ----------------------------------------------------------------------------------
def test_the_same_route_of_a_subsidiary_and_its_parent_is_one(nlp):
    text = ("Toyota Motor Manufacturing Turkey builds the C-HR at its plant in Sakarya, Turkey, and ships it to Germany. "
            "Toyota also ships the C-HR to Germany.")
    found = [r for r in routes(read(nlp, text)) if r[2] == "Germany"]
    assert len(found) == 1


def test_the_same_route_of_two_groups_stays_two(nlp):
    text = ("Toyota builds the C-HR at its plant in Sakarya, Turkey, and ships it to Germany. Hyundai builds the i20 at "
            "its plant in Izmit, Turkey, and ships it to Germany.")
    found = [r for r in routes(read(nlp, text)) if r[2] == "Germany"]
    assert len(found) == 2


def test_the_same_route_of_two_sister_brands_stays_two(nlp):
    text = ("Hyundai shipped 96,000 cars from South Korea to Europe last year. Kia exported 18,500 EV3s from South Korea "
            "to Europe in the first half.")
    found = routes(read(nlp, text))
    assert found.get(("Hyundai", "South Korea", "Europe")) == 96000
    assert found.get(("Kia", "South Korea", "Europe")) == 18500


def test_a_spokesmans_count_of_markets_is_no_route(nlp):
    text = ('Kia builds the Sonet at its plant in Anantapur, India. "We now send the Sonet to 40 countries," the plant '
            'head said.')
    assert not any("countries" in r[2] for r in routes(read(nlp, text)))


@pytest.mark.parametrize("text", [
    "Hyundai sold 50,000 cars in March, of which 12,000 were exported to Chile.",
    "Hyundai sold 50,000 cars in March, including 12,000 units exported to Chile.",
    "Hyundai sold 50,000 cars in March, including 12,000 units shipped to Chile.",
    "Hyundai exported 12,000 cars to Chile in March, out of total sales of 50,000.",
])
def test_the_figure_shipped_not_the_sales_before_it(nlp, text):
    """'sold 50,000 cars, including 12,000 units exported to Chile': the route's units are the figure the shipping
    participle follows, not the sales the sentence opens with."""
    assert routes(read(nlp, text)) == {("Hyundai", "South Korea", "Chile"): 12000}


def test_it_built_somewhere_and_exported_ships_the_car_of_the_sentence_before(nlp):
    """'The X is powered by ... It is built at the Y plant in Japan and exported to Australia': 'it', the subject of the
    making participle, is also what the joined shipping participle ships."""
    text = ("The all-new Toyota Land Cruiser is powered by a 2.8-litre turbo-diesel producing 150kW. It is built at the "
            "Tahara plant in Japan and exported to Australia, the Middle East and Africa.")
    facts = read(nlp, text)
    assert {e.destination: e.models for e in facts.exports} == {
        "Australia": ["Land Cruiser"], "Middle East": ["Land Cruiser"], "Africa": ["Land Cruiser"]}
    assert [(p.site, p.models) for p in facts.plants] == [("Tahara", ["Land Cruiser"])]


@pytest.mark.parametrize("text", [
    "Kia shipped 20,000 Sportage SUVs to Chile, and Hyundai exported the Creta from India to Peru.",
    "Kia shipped 20,000 Sportage SUVs to Chile; Hyundai exported the Creta from India to Peru.",
    "Kia shipped 20,000 Sportage SUVs to Chile, while Hyundai exported the Creta from India to Peru.",
])
def test_each_companys_clause_is_a_shipment_of_its_own(nlp, text):
    """', and Hyundai exported ...': the second company ships the markets, models and place of its own clause."""
    facts = read(nlp, text)
    assert {(e.company, e.origin, e.destination): (e.models, e.units) for e in facts.exports} == {
        ("Kia", "South Korea", "Chile"): (["Sportage"], 20000), ("Hyundai", "India", "Peru"): (["Creta"], None)}


def test_the_markets_of_the_second_companys_clause_are_its_own(nlp):
    """The first clause ships to no market named: the markets after ', and Volkswagen shipped' are Volkswagen's,
    from its own town, not the first company's."""
    text = ("Nissan exported 450,000 units from Aguascalientes, and Volkswagen shipped the Jetta and the Tiguan from "
            "Puebla to the US and Canada.")
    facts = read(nlp, text)
    assert {(e.company, e.origin, e.destination): e.models for e in facts.exports} == {
        ("Volkswagen", "Mexico", "United States"): ["Jetta", "Tiguan"], ("Volkswagen", "Mexico", "Canada"): ["Jetta", "Tiguan"]}
    assert {p.site: list(p.models) for p in facts.plants} == {"Aguascalientes": [], "Puebla": ["Jetta", "Tiguan"]}


@pytest.mark.parametrize(("text", "markets"), [
    ("Dacia will export the Sandero to Turkey, the Gulf states and Europe.", ["Turkey", "Gulf", "Europe"]),
    ("Dacia will export the Sandero to the Baltic states, Poland and Finland.", ["Baltics", "Poland", "Finland"]),
])
def test_a_region_written_with_states_after_it_goes_on_the_list(nlp, text, markets):
    """'the Gulf states and Europe': the region's noun after its name does not end the list of markets."""
    assert [e.destination for e in read(nlp, text).exports] == markets


def test_a_units_clause_after_a_plants_own_keeps_its_models_and_origin(nlp):
    """', while its Indian unit JSW MG Motor exports the Hector to Nepal': the unit's clause ships its own model from
    the country its adjective names; the plant before keeps only the models of its own clause."""
    text = ("SAIC's Thai plant in Rayong also sends the MG4 to Australia and New Zealand, while its Indian unit "
            "JSW MG Motor exports the Hector to Nepal.")
    facts = read(nlp, text)
    assert [route for route in routes(facts) if route[2] == "Nepal"] == [("JSW MG Motor", "India", "Nepal")]
    assert [(p.site, list(p.models)) for p in facts.plants] == [("Rayong", ["MG4"])]


def test_an_owners_model_after_and_is_no_clause_of_its_own(nlp):
    """', and Acura's RDX': a possessive company in a list of models opens no clause; the plant builds them all."""
    text = "The other Ohio plant, in the town of East Liberty, produces the Honda Crosstour and CR-V, and Acura's RDX."
    assert [list(p.models) for p in read(nlp, text).plants] == [["Crosstour", "CR-V", "RDX"]]


def test_the_first_vehicles_shipped_after_a_plant_are_that_plants(nlp):
    """'... assembled in Kazakhstan by Allur at its Kostanay plant. The first 500 vehicles were shipped to Uzbekistan,
    the company said': the plant of the sentence before ships (', the company said' tells who spoke, not who ships)."""
    text = ("Chery's Tiggo 4 Pro and Tiggo 7 Pro are now assembled in Kazakhstan by Allur at its Kostanay plant. The first "
            "500 vehicles were shipped to Uzbekistan and Kyrgyzstan in May, the company said.")
    assert set(routes(read(nlp, text))) == {("Allur", "Kazakhstan", "Uzbekistan"), ("Allur", "Kazakhstan", "Kyrgyzstan")}


def test_a_car_made_elsewhere_after_a_comma_and_an_adverb_ships_from_there(nlp):
    """'The SUV, currently made in Zhangjiakou, China, is also sold in Europe': where the sentence says the car is made
    is where it leaves from, not the plant of the shipment before."""
    text = ("Volvo Cars will start shipping the EX30 from its Ghent plant in Belgium to the United States next year. The "
            "compact electric SUV, currently made in Zhangjiakou, China, is also sold in Europe and Australia.")
    found = routes(read(nlp, text))
    assert ("Volvo Cars", "China", "Europe") in found and ("Volvo Cars", "Belgium", "Europe") not in found


def test_makers_and_their_figures_both_before_the_market_respectively(nlp):
    text = "Hyundai and Kia exported 95,000 and 62,000 vehicles to Russia, respectively, before the war."
    assert routes(read(nlp, text)) == {("Hyundai", "South Korea", "Russia"): 95000, ("Kia", "South Korea", "Russia"): 62000}


@pytest.mark.parametrize("text", [
    "KAMAZ builds the K5 in Naberezhnye Chelny. The new trucks will be supplied also to the countries of the CIS, in "
    "particular Kazakhstan and Uzbekistan.",
    "KAMAZ builds the K5 in Naberezhnye Chelny. The new trucks will be supplied to the countries of the CIS, notably "
    "Kazakhstan and Uzbekistan.",
])
def test_the_countries_of_a_region_and_those_named_in_particular_are_its_markets(nlp, text):
    assert {e.destination for e in read(nlp, text).exports} == {"CIS", "Kazakhstan", "Uzbekistan"}


def test_countries_named_after_a_count_of_markets_without_a_comma_are_routes(nlp):
    text = "Maruti Suzuki will export the e Vitara to 100 countries including Japan and Chile."
    assert {e.destination for e in read(nlp, text).exports} == {"100 countries", "Japan", "Chile"}


def test_vehicles_delivered_to_buyers_in_countries_go_there_and_make_no_plant_there(nlp):
    """'delivered 120 buses built at its Caxias do Sul plant in Brazil to operators in Chile and Peru': the buyers'
    countries are the markets, not places where the buses are built."""
    facts = read(nlp, "Marcopolo has delivered 120 buses built at its Caxias do Sul plant in Brazil to operators in "
                      "Chile and Peru.")
    assert set(routes(facts)) == {("Marcopolo", "Brazil", "Chile"), ("Marcopolo", "Brazil", "Peru")}
    assert [(p.site, p.country) for p in facts.plants] == [("Caxias do Sul", "Brazil")]


def test_a_parents_exports_do_not_leave_from_its_foreign_units_plant(nlp):
    """'Tata Daewoo, a subsidiary of Tata Motors, will export vehicles to Pakistan ... Tata Motors exports to South
    Africa ... Tata Daewoo builds the trucks at its Gunsan plant in South Korea': the parent, named as the shipper after
    its unit, ships from its own home, not from the Korean unit's plant."""
    text = ("Tata Daewoo, a wholly owned subsidiary of Tata Motors, will export vehicles to Pakistan. The trucks will be "
            "assembled at Afzal Motors' new plant in Karachi. Tata Motors exports to South Africa and Nepal. Tata Daewoo "
            "builds the trucks at its Gunsan plant in South Korea.")
    found = routes(read(nlp, text))
    assert ("Tata Motors", "India", "South Africa") in found and ("Tata Motors", "South Korea", "South Africa") not in found


def test_markets_a_maker_targets_for_sales_of_a_car_are_routes(nlp):
    text = ("Renault Samsung produces the XM3 at its Busan plant. The company will target France, the UK and Spain for "
            "sales of the new car.")
    assert {e.destination: e.models for e in read(nlp, text).exports} == {
        "France": ["XM3"], "United Kingdom": ["XM3"], "Spain": ["XM3"]}
