"""Plant fixes of 2026-12-05 (s29), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): countries listed after a passive with an adverb ('is also built in A, B and C'), a province of a
country the story never names is no guide to where a site stands."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


# -- countries listed after a passive with an adverb -----------------------------------------------------------------
def test_countries_listed_after_is_also_built_have_a_plant_each(nlp):
    text = ("Zorvex builds the Tarrak pickup in Argentina. The pickup is also built at facilities in Spain, China and "
            "Thailand.")
    countries = {country for _, _, country in plants_of(read(nlp, text))}
    assert {"Argentina", "Spain", "China", "Thailand"} <= countries


def test_countries_listed_after_a_passive_of_selling_have_no_plant(nlp):
    text = "Zorvex builds the Tarrak pickup in Argentina. The pickup will also be sold in Spain, China and Thailand."
    assert {country for _, _, country in plants_of(read(nlp, text))} == {"Argentina"}


# -- a province of a country the story never names -------------------------------------------------------------------
def test_a_foreign_province_in_a_plants_name_does_not_place_the_site(nlp):
    # ('Isabel' is a province of the Solomon Islands in the ISO list)
    text = ("Zorvex has started building the Tarrak in Argentina. The Tarrak is now also built at Alliance partner "
            "Renault's Santa Isabel plant in Cordoba.")
    assert all(country == "Argentina" for _, _, country in plants_of(read(nlp, text)))


def test_a_state_named_for_its_country_still_places_its_town(nlp):
    text = ("Holden will cut 300 jobs at its Elizabeth plant in South Australia, where it builds the Cruze. The plant "
            "will move to one shift.")
    assert ("Holden", "Elizabeth", "Australia") in plants_of(read(nlp, text))


# -- a hedge that is over ---------------------------------------------------------------------------------------------
def test_ended_speculation_is_no_hedge(nlp):
    text = ("Zorvex ended months of speculation by announcing that its new Tarrak will be built in Ellesmere Port in a "
            "£150 million investment.")
    plants = read(nlp, text).plants
    assert [(p.site, p.investment.amount if p.investment else None) for p in plants] == [("Ellesmere Port", 150000000)]


def test_speculation_fuelled_is_still_a_hedge(nlp):
    text = "Zorvex fuelled months of speculation by announcing that its new Tarrak could be built in Ellesmere Port."
    assert not read(nlp, text).plants


def test_a_hedge_after_talks_stays_a_hedge(nlp):
    text = "Zorvex is studying a possible plant in Ellesmere Port after months of talks."
    assert not read(nlp, text).plants


# -- plans being given up ---------------------------------------------------------------------------------------------
def test_a_plan_being_cancelled_makes_no_plant(nlp):
    text = ("Zorvex said last week it was cancelling plans to expand production of a new model in Portugal after talks "
            "with unions failed.")
    assert not read(nlp, text).plants


def test_a_scrapping_scheme_is_no_plan_given_up(nlp):
    # ("scrapping" is said of old cars: a scrappage scheme does not hedge the plant)
    text = "A car scrapping scheme helped Zorvex, which builds the Tarrak at its plant in Portugal."
    assert [p.country for p in read(nlp, text).plants] == ["Portugal"]


# -- the day of a date counts nothing ---------------------------------------------------------------------------------
def test_the_day_after_a_month_is_no_job_count(nlp):
    text = ("Zorvex said its plant in Puebla will begin producing the Tarrak SUV on October 14 which will also "
            "generate new jobs.")
    assert [p.jobs for p in read(nlp, text).plants] == [None]


def test_a_small_job_count_before_a_month_still_counts(nlp):
    text = "Zorvex said its plant in Puebla will hire 14 new workers in May."
    assert [p.jobs for p in read(nlp, text).plants] == [14]


# -- a town the gazetteer lacks inside a list of towns ----------------------------------------------------------------
def test_a_town_inside_a_list_of_plant_towns_is_a_site(nlp):
    # (Kaiserslautern: in the city database, below the gazetteer's size for places)
    text = "Zorvex signed a wage deal with the workers at its German factories in Ruesselsheim, Kaiserslautern and Eisenach."
    assert {site for _, site, _ in plants_of(read(nlp, text))} == {"Ruesselsheim", "Kaiserslautern", "Eisenach"}


def test_a_capitalised_word_no_town_of_that_country_stays_out_of_the_list(nlp):
    text = "Zorvex signed a wage deal with the workers at its German factories in Ruesselsheim, Smith and Eisenach."
    assert "Smith" not in {site for _, site, _ in plants_of(read(nlp, text))}


# -- a demonym of the company's home before its name ------------------------------------------------------------------
def test_the_nationality_of_the_company_is_not_where_its_plant_stands(nlp):
    text = ("The design capacity of the South Korean Hyundai plant, which is to be built in the Namangan region of "
            "Uzbekistan, will be 3,000 trucks.")
    assert {country for _, _, country in plants_of(read(nlp, text))} == {"Uzbekistan"}


def test_a_demonym_of_another_country_than_the_makers_still_places_the_plant(nlp):
    text = "The Mexican GM plant builds the Blazer for the United States."
    assert "Mexico" in {country for _, _, country in plants_of(read(nlp, text))}


# -- a carmaker growing its own plant in a story about one country -----------------------------------------------------
def test_a_maker_expanding_its_factory_has_it_in_the_storys_country(nlp):
    text = ("Ford will expand its plant in northern Vietnam. Vietnam is seeking to reduce imports. Toyota rented 9 "
            "hectares of land to expand its factory. Honda has also proposed to increase its plant capacity.")
    found = plants_of(read(nlp, text))
    assert {("Toyota", None, "Vietnam"), ("Honda", None, "Vietnam")} <= found


def test_without_a_plant_known_in_the_country_no_plant_is_guessed(nlp):
    text = "Vietnam is seeking to reduce imports of cars. Toyota has decided to expand its factory."
    assert not read(nlp, text).plants


def test_a_factory_grown_after_another_country_was_named_is_not_placed(nlp):
    text = ("Ford will expand its plant in northern Vietnam. Exports to Japan rose. Toyota rented land in Japan. Toyota "
            "will expand its factory.")
    assert ("Toyota", None, "Vietnam") not in plants_of(read(nlp, text))


# -- countries listed one a line below 'has plants in:' ----------------------------------------------------------------
def test_countries_listed_below_a_company_having_plants_in_each_get_a_plant(nlp):
    text = ("Mitsubishi will produce a new model in the Philippines.\n"
            "Aside from the Philippines, Mitsubishi also has manufacturing facilities in:\n"
            "Japan |\nVietnam |\nThailand |\n"
            "The president welcomed the plan.\n")
    assert {"Japan", "Vietnam", "Thailand"} <= {country for _, _, country in plants_of(read(nlp, text))}


def test_countries_listed_below_plants_only_planned_get_none(nlp):
    text = ("Mitsubishi will produce a new model in the Philippines.\n"
            "Mitsubishi is also studying possible facilities in:\n"
            "Japan |\nVietnam |\nThailand |\n"
            "The president welcomed the plan.\n")
    assert {country for _, _, country in plants_of(read(nlp, text))} == {"Philippines"}


# -- a site after a possessive written with the apostrophe alone -------------------------------------------------------
def test_a_site_after_a_bare_apostrophe_possessive_is_the_plants_site(nlp):
    text = "Isuzu has launched the D-Max in India. The trucks will be assembled at Zorvex Motors’ Kalupur factory."
    assert ("India", "Kalupur") in {(country, site) for _, site, country in plants_of(read(nlp, text))}


def test_a_quote_mark_after_a_name_is_no_possessive(nlp):
    text = "Isuzu has launched the D-Max in India, calling it 'Isuzu' Kalupur plans. The trucks are assembled in Chennai."
    assert "Kalupur" not in {site for _, site, _ in plants_of(read(nlp, text))}


# -- a brand written as the car is not the plant's operator ------------------------------------------------------------
def test_a_brand_written_as_the_car_leaves_the_plant_to_its_parent(nlp):
    text = ("BMW said its new Mini will be produced in Oxford with capacity for 240,000 cars a year. BMW said the "
            "success of the Mini prompted it to invest in its plants in Oxford and Swindon.")
    assert {company for company, _, _ in plants_of(read(nlp, text))} == {"BMW"}


def test_a_brand_acting_as_a_company_keeps_its_plant(nlp):
    text = ("Skoda will invest 300 million euros in its Kvasiny plant to build the Kodiaq. The Volkswagen Group "
            "approved the plan.")
    assert ("Skoda", "Kvasiny") in {(company, site) for company, site, _ in plants_of(read(nlp, text))}


# -- money a plant receives --------------------------------------------------------------------------------------------
def test_money_a_known_plants_town_is_awarded_is_its_investment(nlp):
    text = ("Zorvex links its plants in Oxford and Swindon. The Oxford plant builds the Tarrak. Swindon was awarded £60m "
            "for body pressing.")
    invest = {p.site: p.investment.amount for p in read(nlp, text).plants if p.investment}
    assert invest.get("Swindon") == 60000000


def test_money_another_body_receives_is_no_plants_investment(nlp):
    text = "Zorvex builds the Tarrak at its plant in Oxford. Its dealer network received £5m from a bank."
    assert [p.investment for p in read(nlp, text).plants] == [None]


def test_speculation_that_follows_is_still_a_hedge(nlp):
    text = "Shares rose following speculation that Zorvex will build a plant in Ellesmere Port."
    assert not read(nlp, text).plants


def test_the_brand_before_a_plant_noun_runs_the_plant(nlp):
    text = "Volkswagen approved the plan. The Skoda plant in Kvasiny will build the Kodiaq."
    assert ("Skoda", "Kvasiny") in {(company, site) for company, site, _ in plants_of(read(nlp, text))}


# -- brands coordinated before a vehicle word ---------------------------------------------------------------------------
def test_brands_coordinated_before_vehicles_do_not_run_the_plant(nlp):
    text = ("GM Uzbekistan currently builds several Chevrolet and GM Daewoo vehicles, including the Nexia and the "
            "Matiz, at a plant in Asaka.")
    assert {company for company, _, _ in plants_of(read(nlp, text))} == {"GM Uzbekistan"}


def test_makers_coordinated_as_the_subject_still_build(nlp):
    text = "Hyundai and Stellantis will build cars in Slovakia."
    assert {"Hyundai", "Stellantis"} <= {company for company, _, _ in plants_of(read(nlp, text))}


# -- countries counted after a verb of making ---------------------------------------------------------------------------
def test_countries_listed_after_in_n_countries_of_making_each_get_a_plant_and_no_sum(nlp):
    text = ("Under the program, Zorvex expects to produce 490,000 trucks per year in four countries, Thailand, "
            "Argentina, South Africa and Indonesia.")
    plants = read(nlp, text).plants
    assert {p.country for p in plants} == {"Thailand", "Argentina", "South Africa", "Indonesia"}
    assert all(p.capacity_per_year is None for p in plants)


def test_countries_counted_where_a_model_is_sold_get_none(nlp):
    text = "Toyota sells the Hilux in 34 countries, including Turkey, Tunisia, Chile and Cuba."
    assert not read(nlp, text).plants
