"""General constructions, on sentences written for these tests (names and figures made up): a maker's sales in a market
are market figures while a plant's output 'sold in' a market is an export; a plant closed in the past is no plant;
"the Peugeot 2008 and 3008" names two models; markets ranked after an export figure are routes, and so are markets named
within a region ("to Latin America, mainly Chile and Peru"); "its West Point, Ga., plant" is a US site; "HiLuxes" are
HiLux pickups."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def test_a_makers_sales_figure_in_a_market_is_no_export(nlp):
    assert routes(read(nlp, "Toyota sold 45,000 Corollas in Brazil last year.")) == {}
    assert routes(read(nlp, "Chery sold about 90,000 cars in Europe last year under its Omoda and Jaecoo brands.")) == {}


def test_sales_as_a_noun_in_a_market_is_no_export(nlp):
    assert routes(read(nlp, "Skoda's retail sales in India rose to 44,000 units in the first half.")) == {}
    assert routes(read(nlp, "Hyundai's sales in Russia reached 30,000 units.")) == {}


def test_starting_to_sell_in_a_market_is_no_export_but_the_shipment_beside_it_is(nlp):
    facts = read(nlp, "Renault began selling in Chile in March, and its Bursa-built Clio will be exported to Morocco "
                      "from June.")
    assert set(routes(facts)) == {("Renault", "Turkey", "Morocco")}


def test_a_plants_output_to_be_sold_in_a_market_is_an_export(nlp):
    facts = read(nlp, "Kia builds the Sportage at its plant in Zilina, Slovakia. Most of the cars will be sold across "
                      "Europe.")
    assert routes(facts) == {("Kia", "Slovakia", "Europe"): None}


def test_cars_sold_in_a_market_and_imported_from_a_plant_abroad_are_an_export(nlp):
    facts = read(nlp, "Toyota also sells the Corolla Cross in Argentina, imported from its Sorocaba plant in Brazil.")
    assert set(routes(facts)) == {("Toyota", "Brazil", "Argentina")}


# -- plants closed in the past --------------------------------------------------------------------------------------
def _sites(facts) -> set[str]:
    return {p.site for p in facts.plants}


def test_a_plant_closed_in_the_past_is_no_plant(nlp):
    assert _sites(read(nlp, "Ford closed its Chennai plant in 2022.")) == set()
    assert _sites(read(nlp, "Rival Nissan, which shut its Sunderland plant in 2019, and Mazda have cut capacity.")) == set()


def test_a_plant_to_be_closed_or_stopped_for_a_while_is_still_a_plant(nlp):
    assert _sites(read(nlp, "Honda will close its Swindon plant in 2021.")) == {"Swindon"}
    assert _sites(read(nlp, "GM plans to shut its Lordstown plant.")) == {"Lordstown"}
    assert _sites(read(nlp, "The Burnaston plant was shut for two weeks in May after a cyber attack.")) == {"Burnaston"}


def test_a_closed_plant_bought_by_a_new_owner_is_the_new_owners(nlp):
    facts = read(nlp, "The Talegaon plant, which GM closed in 2020, was bought by Hyundai.")
    assert [(p.company, p.site) for p in facts.plants] == [("Hyundai", "Talegaon")]


def test_closing_a_deal_is_not_closing_a_plant(nlp):
    assert _sites(read(nlp, "Kia closed a deal on Monday with Slovakia for its Zilina plant.")) == {"Zilina"}


# -- numbered models listed after the first one ----------------------------------------------------------------------
def test_a_bare_number_listed_after_a_brands_numbered_model_is_that_brands_model(nlp):
    facts = read(nlp, "Stellantis builds the Peugeot 2008 and 3008 at its Sochaux plant in France.")
    assert {m.name for m in facts.models} == {"Peugeot 2008", "Peugeot 3008"}
    assert sorted(facts.plants[0].models) == ["Peugeot 2008", "Peugeot 3008"]
    facts = read(nlp, "The Peugeot 208, 2008 and 3008 are built in Spain.")
    assert {m.name for m in facts.models} == {"Peugeot 208", "Peugeot 2008", "Peugeot 3008"}


def test_a_number_after_a_numbered_model_that_counts_something_is_no_model(nlp):
    assert {m.name for m in read(nlp, "Peugeot sold the Peugeot 208 and 2000 other cars.").models} == {"Peugeot 208"}
    assert {m.name for m in read(nlp, "It made the Peugeot 208 and 3008 units of other models.").models} == {"Peugeot 208"}


# -- markets ranked after an export figure ---------------------------------------------------------------------------
def test_markets_ranked_with_their_figures_after_a_plants_exports(nlp):
    facts = read(nlp, "Hyundai Assan exported 98,000 cars from its Izmit plant in Turkey last year. Germany was the largest "
                      "market with 48,000, followed by France with 27,500 and Britain with 22,000.")
    assert routes(facts) == {("Hyundai Assan", "Turkey", "Germany"): 48000, ("Hyundai Assan", "Turkey", "France"): 27500,
                             ("Hyundai Assan", "Turkey", "United Kingdom"): 22000}


def test_markets_ranked_without_figures_are_routes_without_units(nlp):
    facts = read(nlp, "Toyota exported 50,000 Hilux pickups from Thailand. Australia was the biggest market, taking 20,000, "
                      "followed by Japan and the Philippines.")
    assert routes(facts) == {("Toyota", "Thailand", "Australia"): 20000, ("Toyota", "Thailand", "Japan"): None,
                             ("Toyota", "Thailand", "Philippines"): None}


def test_a_market_in_passing_is_no_route(nlp):
    facts = read(nlp, "Hyundai Assan exported 98,000 cars from its Izmit plant last year. Germany is a market it knows well.")
    assert routes(facts) == {}


# -- US towns with their state written short ------------------------------------------------------------------------
def test_a_town_with_its_state_written_short_before_the_plant_is_the_plants_site(nlp):
    facts = read(nlp, "Kia builds the Telluride at its West Point, Ga., plant.")
    assert [(p.site, p.country, p.models) for p in facts.plants] == [("West Point", "United States", ["Telluride"])]


def test_a_state_written_short_places_a_town_with_namesakes_abroad_in_the_us(nlp):
    for state in ("Ky.", "KY"):
        facts = read(nlp, f"Toyota builds the Camry at its Georgetown, {state}, plant.")
        assert [(p.site, p.country) for p in facts.plants] == [("Georgetown", "United States")]


def test_a_town_and_state_before_other_words_make_no_plant(nlp):
    assert read(nlp, "He met the mayor of Lima, Ohio, plant managers and unions.").plants == []


# -- markets named as parts of a region's figure --------------------------------------------------------------------
def test_markets_named_within_a_region_are_routes_and_the_figure_stays_the_regions(nlp):
    expected = {("Kia", "Mexico", "Latin America"): 31000, ("Kia", "Mexico", "Chile"): None,
                ("Kia", "Mexico", "Colombia"): None, ("Kia", "Mexico", "Peru"): None}
    assert routes(read(nlp, "Kia exported 31,000 units from its Pesqueria plant to Latin America, mainly Chile, Colombia "
                            "and Peru.")) == expected
    assert routes(read(nlp, "Exports from Kia's Pesqueria plant to Latin America, mainly Chile, Colombia and Peru, "
                            "reached 31,000 units.")) == expected


def test_two_markets_in_a_plain_list_share_no_region(nlp):
    assert routes(read(nlp, "Kia exported 5,000 cars from Mexico to Chile and Peru.")) == {
        ("Kia", "Mexico", "Chile"): None, ("Kia", "Mexico", "Peru"): None}


def test_a_share_of_the_vehicles_named_before_is_a_routes_figure(nlp):
    facts = read(nlp, "Kia built 150,000 K4s at Pesqueria last year and shipped about 21,000 of them to the United States.")
    assert routes(facts) == {("Kia", "Mexico", "United States"): 21000}


def test_a_model_name_in_s_or_x_takes_es_in_the_plural(nlp):
    """'HiLuxes', 'Atlases': names ending in s, x, z, sh or ch are put in the plural with -es, and count vehicles."""
    facts = read(nlp, "Toyota shipped 4,000 HiLuxes to Chile from its plant in Thailand.")
    assert routes(facts) == {("Toyota", "Thailand", "Chile"): 4_000}
    assert [r.models for r in facts.exports] == [["Hilux"]]
    facts = read(nlp, "Volkswagen exported 3,000 Atlases to Mexico last year.")
    assert [r.models for r in facts.exports] == [["Atlas"]]


def test_a_name_in_capitals_ending_in_s_takes_no_es(nlp):
    """Codes in capitals ('GLS', 'RX') and names in other letters get no '-es' plural pattern."""
    from core.nlp.patterns import _pluralisable_es

    assert not _pluralisable_es("GLS") and not _pluralisable_es("RX")
    assert _pluralisable_es("HiLux") and _pluralisable_es("Atlas") and not _pluralisable_es("Corolla")
