"""Plant fixes of 2026-12-06 (s36), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read

BUILT = "Perodua builds the new Bezza in Rawang, Malaysia. "


def investments(facts) -> set[float]:
    return {p.investment.amount for p in facts.plants if p.investment is not None}


# -- money spent designing a vehicle is no plant's cost ----------------------------------------------------------------
def test_money_spent_developing_a_model_is_no_plant_investment(nlp):
    text = BUILT + "Perodua says it spent RM400 million and three years developing the Bezza."
    assert investments(read(nlp, text)) == set()


def test_money_invested_to_redesign_a_model_is_no_plant_investment(nlp):
    text = BUILT + "Perodua invested RM400 million ($95 million) to redesign the Bezza."
    assert investments(read(nlp, text)) == set()


def test_a_launch_after_years_of_rnd_and_an_investment_is_no_plant_investment(nlp):
    text = "The Perodua Bezza, built in Rawang, was launched in Malaysia after five years of R&D and an investment of RM400 million."
    assert investments(read(nlp, text)) == set()


def test_money_to_develop_a_factory_is_its_investment(nlp):
    text = BUILT + "Perodua will spend RM400 million to develop the 1 million-square-foot Rawang factory."
    assert investments(read(nlp, text)) == {400_000_000}


# -- 'making it bigger than the X': 'make' of a degree, no making -------------------------------------------------------
AXIA = "The Perodua Axia is built at the Rawang plant in Malaysia. "


def models_at(facts, site: str) -> set[str]:
    return {m for p in facts.plants if p.site == site for m in p.models}


def test_a_model_compared_after_making_it_bigger_is_not_made_there(nlp):
    text = AXIA + "It measures 3.9 metres, making it a little bigger than the Proton Saga."
    assert models_at(read(nlp, text), "Rawang") == {"Axia"}


def test_a_model_after_makes_the_car_the_fastest_is_not_made_there(nlp):
    text = AXIA + "That makes the new Axia Turbo the fastest car Perodua sells and as quick as a Proton Saga."
    assert models_at(read(nlp, text), "Rawang") == {"Axia"}


def test_makes_the_x_as_well_as_the_y_is_still_a_making(nlp):
    text = AXIA + "The plant makes the Axia as well as the Bezza."
    assert models_at(read(nlp, text), "Rawang") == {"Axia", "Bezza"}


# -- a brand named only as the product, after its group: the group runs the plant ----------------------------------------
def companies_at(facts, site: str) -> set[str]:
    return {p.company for p in facts.plants if p.site == site}


def test_a_brand_named_as_the_vans_built_leaves_the_plant_to_its_group(nlp):
    text = "General Motors said it will stop making BrightDrop electric delivery vans, which are built at a plant in Ingersoll, Ontario."
    assert companies_at(read(nlp, text), "Ingersoll") == {"General Motors"}


def test_a_brand_written_after_its_model_leaves_the_plant_to_its_group(nlp):
    text = "Stellantis is moving production of its Avenger Jeep from Tychy, Poland, to Kragujevac, Serbia."
    assert companies_at(read(nlp, text), "Kragujevac") == {"Stellantis"}


def test_a_brand_that_builds_keeps_its_plant(nlp):
    text = "Stellantis said Jeep will build the Avenger at its plant in Tychy, Poland."
    assert companies_at(read(nlp, text), "Tychy") == {"Jeep"}


# -- 'its Scarborough operation': a town's operation, owned, is a plant there ----------------------------------------------
def sites_of(facts) -> set[tuple]:
    return {(p.company, p.site, p.country) for p in facts.plants}


def test_a_towns_bus_making_operation_is_a_plant_there(nlp):
    text = "Wrightbus said the Ballymena bus-making operation will get a £15 million upgrade."
    assert ("Wrightbus", "Ballymena", "United Kingdom") in sites_of(read(nlp, text))


def test_towns_listed_before_operations_are_plants_there(nlp):
    text = "Alexander Dennis needs new orders to keep its Falkirk and Larbert operations going."
    assert {("Alexander Dennis", "Falkirk", "United Kingdom"), ("Alexander Dennis", "Larbert", "United Kingdom")} <= sites_of(read(nlp, text))


def test_a_town_the_gazetteer_lacks_before_an_owned_operation_is_a_site(nlp):
    text = ("Alexander Dennis employs 2,000 people in Britain. It would centralise making at its Scarborough operation, which "
            "can build 900 buses a year.")
    assert {site for _, site, _ in sites_of(read(nlp, text))} == {"Scarborough"}


def test_a_states_operations_are_no_plant(nlp):
    text = "Honda will invest $50 million in its Indiana operations."
    assert read(nlp, text).plants == []


# -- 'daily outputs at X': the plural of output places production too ------------------------------------------------------
def test_outputs_at_a_town_place_a_plant_there(nlp):
    text = "Ford Australia said daily outputs at Geelong would stay at 120 cars for now."
    assert ("Ford", "Geelong", "Australia") in sites_of(read(nlp, text))


def test_outputs_of_a_country_say_nothing_of_a_town_plant(nlp):
    text = "Ford Australia said the outputs of the Australian industry fell last year."
    assert not any(p.site for p in read(nlp, text).plants)


# -- 'capped at 83 jobs a day': the trade's word for vehicles through a line, no staff -------------------------------------
def test_jobs_a_day_are_no_staff(nlp):
    text = "Ford's Geelong plant in Australia is capped at 120 jobs a day."
    assert [p.jobs for p in read(nlp, text).plants] == [None]


def test_jobs_a_year_are_still_jobs(nlp):
    text = "Ford's Geelong plant in Australia will add 120 jobs a year until 2030."
    assert [p.jobs for p in read(nlp, text).plants] == [120]


# -- Norfolk, the English county, where the US city would win ----------------------------------------------------------------
def test_a_british_makers_home_in_norfolk_is_in_england(nlp):
    text = "Lotus will build the new sports car at its home in Norfolk, adding 150 jobs."
    assert {c for _, _, c in sites_of(read(nlp, text))} == {"United Kingdom"}


def test_norfolk_in_a_story_about_the_us_is_the_virginia_city(nlp):
    text = "In the United States, Volvo will build trucks at a new plant in Norfolk."
    assert {c for _, _, c in sites_of(read(nlp, text))} == {"United States"}


# -- 'cars from A, B and C were assembled in X': brands of what is made, not its makers -----------------------------------
def test_brands_listed_after_cars_from_leave_the_plant_to_its_operator(nlp):
    text = "Bakhtar Motors runs a car plant in Herat, Afghanistan. Cars from Chery, Geely and Kia were assembled in Herat."
    assert sites_of(read(nlp, text)) == {("Bakhtar Motors", "Herat", "Afghanistan")}


def test_vehicles_from_a_supplier_are_assembled_by_the_importer(nlp):
    text = "Bakhtar Motors will import knocked down kits of vehicles from the Tata group and assemble them in Afghanistan."
    assert {c for c, _, _ in sites_of(read(nlp, text))} == {"Bakhtar Motors"}


def test_a_brand_that_builds_in_a_town_keeps_its_plant(nlp):
    text = "Kia builds cars in Herat, Afghanistan."
    assert sites_of(read(nlp, text)) == {("Kia", "Herat", "Afghanistan")}


# -- 'From 1974 to 1978, X also produced the Y': a making long over ----------------------------------------------------------
WOLFSBURG = "Volkswagen builds the Tiguan at Wolfsburg in Germany, it said in 2018. "


def test_models_made_in_a_closed_span_of_past_years_are_no_plant_models(nlp):
    text = WOLFSBURG + "From 1974 to 1978, Volkswagen also produced the Audi 50 at Wolfsburg."
    assert models_at(read(nlp, text), "Wolfsburg") == {"Tiguan"}


def test_a_span_of_years_ahead_is_a_making_to_come(nlp):
    text = WOLFSBURG + "From 2019 to 2023, Volkswagen will also produce the Audi Q3 at Wolfsburg."
    assert models_at(read(nlp, text), "Wolfsburg") == {"Tiguan", "Q3"}


def test_a_span_of_a_career_leaves_a_plant_making_now(nlp):
    text = WOLFSBURG + "From 2010 to 2015, she ran the Wolfsburg plant, which builds the Golf."
    assert "Golf" in models_at(read(nlp, text), "Wolfsburg")


# -- a town the gazetteer lacks, known only abroad, in a story bringing production to the country it names ----------------
def test_a_town_known_only_abroad_is_in_the_country_production_is_brought_to(nlp):
    text = ("VDL will open its new assembly hall in Lokeren on Friday. For its new coach, the company is bringing "
            "production to the Netherlands.")
    assert {(s, c) for _, s, c in sites_of(read(nlp, text))} == {("Lokeren", "Netherlands")}


def test_a_town_known_only_abroad_stays_there_when_no_production_is_placed(nlp):
    text = "Netherlands-based VDL held a ceremony at its Lokeren plant for a new paint shop."
    assert {(s, c) for _, s, c in sites_of(read(nlp, text))} == {("Lokeren", "Belgium")}


# -- a microfactory is a plant ----------------------------------------------------------------------------------------------
def test_a_mega_microfactory_is_a_plant(nlp):
    text = "Electric van maker Zorvo plans to build a mega-microfactory in Pryor, Oklahoma."
    assert ("Zorvo", "Pryor", "United States") in sites_of(read(nlp, text))


def test_a_microfactory_named_as_a_business_model_places_nothing(nlp):
    text = "Zorvo says the microfactory model lets it enter new markets quickly."
    assert read(nlp, text).plants == []


# -- Polish voivodeships by the English names news gives them ---------------------------------------------------------------
def test_greater_poland_is_a_province_not_a_town_called_greater(nlp):
    text = "Autosan builds buses at its plant in Greater Poland."
    assert {(s, c) for _, s, c in sites_of(read(nlp, text))} == {("Greater Poland", "Poland")}


def test_lesser_poland_is_a_polish_province(nlp):
    text = "Autosan builds buses at its plant in Lesser Poland."
    assert {c for _, _, c in sites_of(read(nlp, text))} == {"Poland"}


# -- European, Russian and other regions by their English names ----------------------------------------------------------------
def test_english_names_of_regions_place_plants_in_their_countries(nlp):
    for text, country in (("Stellantis builds the Avenger at its plant in Piedmont.", "Italy"),
                          ("Volvo builds the EX30 at its plant in Flanders.", "Belgium"),
                          ("Sollers builds trucks in Primorye.", "Russia")):
        assert {c for _, _, c in sites_of(read(nlp, text))} == {country}, text


def test_a_region_named_with_its_country_keeps_the_country(nlp):
    text = "Renault builds the Clio at its plant in Normandy, France."
    assert {c for _, _, c in sites_of(read(nlp, text))} == {"France"}


# -- 'make the most of', 'make use of': 'make' of no making ------------------------------------------------------------------
def test_make_the_most_of_channels_in_a_country_is_no_plant(nlp):
    text = "Solaris said it would make “the most of the business channels already established in Mexico” to grow."
    assert read(nlp, text).plants == []


def test_make_use_of_partners_in_a_country_is_no_plant(nlp):
    text = "Solaris will make use of its partners in Mexico."
    assert read(nlp, text).plants == []


def test_make_buses_in_a_country_is_a_plant(nlp):
    text = "Solaris will make buses in Mexico."
    assert {c for _, _, c in sites_of(read(nlp, text))} == {"Mexico"}


# -- what a plant can make, said in so many words, over what it makes now --------------------------------------------------
ROSSLYN = "Tata Motors builds trucks at its Rosslyn plant in South Africa. "


def test_a_stated_capacity_wins_over_current_output_said_before(nlp):
    text = ROSSLYN + "Current output is around 1,500 trucks a year. The plant has the capacity to assemble 3,000 trucks a year."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [3000]


def test_current_output_said_after_a_stated_capacity_leaves_it(nlp):
    text = ROSSLYN + "The plant has the capacity to assemble 3,000 trucks a year. Current output is around 1,500 trucks a year."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [3000]


def test_current_output_alone_is_still_read(nlp):
    text = ROSSLYN + "Current output is around 1,500 trucks a year."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [1500]


# -- 'X-branded trucks': the brand the vehicles carry, not their maker ---------------------------------------------------------
def test_a_branded_compound_names_the_product_not_the_plants_operator(nlp):
    text = "German auto maker Daimler plans to build Mercedes Benz-branded heavy trucks in China."
    assert {c for c, _, _ in sites_of(read(nlp, text))} == {"Daimler"}


def test_a_brand_that_builds_its_own_vehicles_keeps_the_plant(nlp):
    text = "Mazda-branded pickups sell well, and Mazda will build them in South Africa."
    assert {c for c, _, _ in sites_of(read(nlp, text))} == {"Mazda"}
