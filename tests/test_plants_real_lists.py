"""Plants and the models built there as real copy writes them: towns listed with their descriptions, plants named as a
list of towns, model names in a press release's capitals, models listed with figures, what a plant's output includes.
Sentences written for these tests: the companies and events are made up."""
from __future__ import annotations

from tests.pipeline_helpers import read


def sites(facts) -> dict[str, str]:
    return {p.site: p.country for p in facts.plants}


def models_of(facts, site: str) -> list[str]:
    return next(p.models for p in facts.plants if p.site == site)


# -- towns listed, each with its description ----------------------------------------------------------------------------
def test_each_town_of_a_list_with_its_description_is_a_plant(nlp):
    facts = read(nlp, "Zorvex Motors also has plants in the central China city of Xiangtan, the northwest China city of "
                      "Lanzhou and the southwest China city of Chengdu.")
    assert sites(facts) == {"Xiangtan": "China", "Lanzhou": "China", "Chengdu": "China"}


def test_towns_after_the_cities_of_are_plants(nlp):
    facts = read(nlp, "Zorvex Motors has production sites in the east China cities of Taizhou, Ningbo and Jinan.")
    assert sites(facts) == {"Taizhou": "China", "Ningbo": "China", "Jinan": "China"}


def test_a_town_described_by_its_region_is_one_plant(nlp):
    facts = read(nlp, "Zorvex Motors builds vans at its plant in Wuhan, the central China city of Hubei province.")
    assert list(sites(facts)) == ["Wuhan"]


def test_a_plant_in_a_hyphened_compass_region(nlp):
    facts = read(nlp, "Zorvex Motors will move its factory to an industrial complex in north-eastern Miyagi Prefecture.")
    assert sites(facts) == {"Miyagi": "Japan"}


# -- plants named as a list of their towns -------------------------------------------------------------------------------
def test_plants_that_include_towns_are_a_plant_in_each(nlp):
    facts = read(nlp, "Zorvex Motors will invest $2 billion in Mexico. The three assembly complexes in Mexico include "
                      "Toluca, Silao and Hermosillo.")
    assert set(sites(facts)) == {"Toluca", "Silao", "Hermosillo"}
    assert {p.company for p in facts.plants} == {"Zorvex Motors"}


def test_markets_that_include_towns_are_no_plants(nlp):
    facts = read(nlp, "Zorvex Motors sells its vans in Mexico. Its best markets include Toluca, Silao and Hermosillo.")
    assert not [p for p in facts.plants if p.site]


# -- a region in compass words is no site --------------------------------------------------------------------------------
def test_the_plant_in_the_north_east_is_the_plant_named_before(nlp):
    facts = read(nlp, "Zorvex Motors will keep 3,000 jobs at its Sunderland factory. The company will make the Qashqai at "
                      "the plant in the North East.")
    assert sites(facts) == {"Sunderland": "United Kingdom"}
    assert models_of(facts, "Sunderland") == ["Qashqai"]


# -- model names in capitals ---------------------------------------------------------------------------------------------
def test_one_word_model_names_in_capitals_before_a_vehicle_word_or_in_a_list(nlp):
    facts = read(nlp, "The Kosai plant is the main production site for minivehicles such as the ALTO, WAGON R and HUSTLER. "
                      "The 5 millionth car built there was a SPACIA minicar.")
    assert {m.name for m in facts.models} == {"Alto", "Wagon R", "Hustler", "Spacia"}
    assert set(models_of(facts, "Kosai")) >= {"Alto", "Wagon R", "Hustler"}


def test_a_hyphened_model_name_in_capitals_after_its_maker_and_alone(nlp):
    facts = read(nlp, "Isuzu will send Isuzu D-MAX kits to Kenya. The kits allow local assembly of the D-MAX.")
    assert [(m.name, m.maker) for m in facts.models] == [("D-Max", "Isuzu")]


def test_a_word_in_capitals_in_a_headline_or_beside_other_words_is_no_model(nlp):
    assert not read(nlp, "SUZUKI CELEBRATES RECORD SPACIA OUTPUT").models
    assert not read(nlp, "The ALTO team will assemble cars for Zorvex Motors.").models


def test_a_news_agency_is_no_model(nlp):
    facts = read(nlp, "Nissan will expand production up to 250,000 units per year, the Antara news agency reported.")
    assert not facts.models


# -- ambiguous names listed with known models and counted ----------------------------------------------------------------
def test_a_name_listed_with_a_known_model_past_their_figures_in_brackets(nlp):
    facts = read(nlp, "The Duster was the most built model, followed by the Sandero (12%) and Logan (9%).")
    assert {m.name for m in facts.models} == {"Duster", "Sandero", "Logan"}


def test_a_plural_name_counted_with_a_word_of_description_between(nlp):
    facts = read(nlp, "The plant will build 40,000 standard Outlanders and 20,000 plug-in Outlanders this year.")
    assert [m.name for m in facts.models] == ["Outlander"]
    assert not read(nlp, "The club signed 3 Irish Outlanders in May.").models


# -- what a plant's output includes --------------------------------------------------------------------------------------
def test_the_models_initial_output_includes(nlp):
    facts = read(nlp, "BYD opened its plant in Camacari. Initial output includes the Song Pro hybrid SUV and the "
                      "all-electric Atto 3 from May.")
    assert models_of(facts, "Camacari") == ["Song Pro", "Atto 3"]


def test_the_models_of_the_production_a_plant_steps_up(nlp):
    facts = read(nlp, "Stellantis runs a plant in Kenitra, Morocco. The plant aims to step up production of small "
                      "electric cars - including the Citroën Ami and the Fiat Topolino - to 50,000.")
    assert models_of(facts, "Kenitra") == ["Ami", "Topolino"]


def test_the_models_whose_production_a_plant_ends_are_not_its_own(nlp):
    facts = read(nlp, "Stellantis runs a plant in Kenitra, Morocco. The plant will end production of the Citroën Ami "
                      "next year.")
    assert models_of(facts, "Kenitra") == []


# -- where a plant stands ------------------------------------------------------------------------------------------------
def test_the_plant_of_a_town(nlp):
    facts = read(nlp, "Since 1998 more than $900 million were invested by Zorvex Motors in the plant of Zárate.")
    assert sites(facts) == {"Zárate": "Argentina"}


def test_a_sentence_opening_with_where_the_plant_is_located(nlp):
    facts = read(nlp, "Zorvex Motors opened its Thailand plant on Monday. Located in the eastern Rayong province, "
                      "Zorvex's Thailand plant was built in 14 months.")
    assert sites(facts) == {"Rayong": "Thailand"}


def test_a_sentence_opening_with_where_the_company_is_based_names_no_plant(nlp):
    facts = read(nlp, "Based in Rayong, the dealer group sold 4,000 cars last year.")
    assert not facts.plants


def test_a_market_where_vehicles_made_elsewhere_are_for_sale_has_no_plant(nlp):
    facts = read(nlp, "Zorvex Motors will ship two vans manufactured in the US for sale in Japan from 2027.")
    assert "Japan" not in {p.country for p in facts.plants}


def test_engines_made_for_a_model_do_not_make_the_model_the_plants(nlp):
    facts = read(nlp, "Honda will build a plant in Wuhan. The company is also beginning to produce hybrid engines "
                      "there for Accord sedans.")
    assert models_of(facts, "Wuhan") == []


# -- a brand in its own capitals, and a number joined to a noun after a maker --------------------------------------------
def test_a_brand_in_its_own_capitals_names_its_models(nlp):
    facts = read(nlp, "The plant in Oxford currently builds the MINI Clubman for BMW.")
    assert [(m.name, m.maker) for m in facts.models] == [("Clubman", "Mini")]


def test_a_maker_before_a_number_joined_to_a_noun_names_no_model(nlp):
    # (Mini's own "3-door" and "5-door" are models of its line-up, in the gazetteer since s20; another maker's are not)
    facts = read(nlp, "The plant in Kosai builds the Suzuki 3-door and the Suzuki 5-door for export.")
    assert not facts.models


def test_a_model_that_follows_past_an_aside(nlp):
    facts = read(nlp, "Zorvex Motors will open its EV plant in Tanjung Malim in May. Production will begin with the "
                      "Proton e.MAS 7. The e.MAS 5, a small electric SUV now on show across the country, will follow "
                      "shortly after.")
    assert models_of(facts, "Tanjung Malim") == ["e.MAS 7", "e.MAS 5"]


def test_the_country_an_assemblers_technology_comes_from_is_not_where_its_plant_stands(nlp):
    facts = read(nlp, "Thanh Cong Group said the factory is equipped with robots from the Republic of Korea and will "
                      "assemble 20,000 vans a year.")
    assert {p.country for p in facts.plants} == {"Vietnam"}


def test_where_the_plant_just_described_is_based(nlp):
    facts = read(nlp, "Zorvex Motors has started work on a new factory in Saudi Arabia. It is based in the Zorvex Auto "
                      "Cluster, a new hub in the King Abdullah Economic City near Jeddah.")
    assert sites(facts) == {"King Abdullah Economic City": "Saudi Arabia"}


def test_where_a_company_is_based_in_another_country_is_not_its_new_plants_site(nlp):
    facts = read(nlp, "Zorvex Motors will build a new factory in India. It is based in Seoul, South Korea.")
    assert sites(facts) == {None: "India"}


def test_a_name_a_relative_clause_says_is_built_is_a_model(nlp):
    facts = read(nlp, "Nissan will keep 2,000 jobs at its Sunderland factory. It will also make a successor to the "
                      "current Leaf, which is already manufactured there.")
    assert models_of(facts, "Sunderland") == ["Leaf"]
    assert not read(nlp, "Our friend Leaf, who was born in Leeds, likes cars.").models


def test_a_models_chinese_market_name(nlp):
    facts = read(nlp, "Hyundai began producing the Verna Yuena sedan at its factory in Cangzhou on Monday.")
    assert models_of(facts, "Cangzhou") == ["Verna Yuena"]


def test_a_project_code_before_a_body_style_is_the_makers_model(nlp):
    facts = read(nlp, "Kia has begun trial production of its upcoming QX7i SUV at its Anantapur plant.")
    assert [(m.name, m.maker) for m in facts.models] == [("QX7i", "Kia")]
    assert models_of(facts, "Anantapur") == ["QX7i"]


def test_a_year_or_a_word_in_lower_case_before_a_body_style_is_no_code_name(nlp):
    assert not read(nlp, "Kia showed the 2026 SUV and its new Zx9 sedan at its Anantapur plant.").models


def test_a_local_subsidiarys_plant_is_in_the_subsidiarys_country(nlp):
    facts = read(nlp, "Jane Doe, the site leader at MBSA's local automotive plant, said the ship was loaded on time.")
    assert [(p.company, p.country) for p in facts.plants] == [("Mercedes-Benz South Africa", "South Africa")]
    assert not read(nlp, "Mercedes-Benz's own plant will close for a week.").plants


def test_a_town_building_in_its_own_clause_is_a_second_plant(nlp):
    facts = read(nlp, "Zorvex Motors said the new Zorvex Tarn will be built in Solihull, Halewood building the Evoque "
                      "from 2027.")
    assert sites(facts) == {"Solihull": "United Kingdom", "Halewood": "United Kingdom"}
    assert models_of(facts, "Halewood") == ["Evoque"]


def test_a_brand_written_before_its_models_name_does_not_run_the_plant(nlp):
    facts = read(nlp, "JLR said the new electric Jaguar GT will be built in Solihull.")
    assert [(p.company, p.site) for p in facts.plants] == [("JLR", "Solihull")]


def test_a_state_groups_plant_under_its_english_name(nlp):
    facts = read(nlp, "China General Technology Group (Genertec) plans to triple the capacity of the plant in Kostanay.")
    assert [(p.company, p.site) for p in facts.plants] == [("Genertec", "Kostanay")]


def test_an_unknown_town_named_as_a_plant_after_a_known_towns_plant(nlp):
    facts = read(nlp, "GAC Honda has opened its third plant in China, after the Huangpu Plant and Qitang Plant, the "
                      "carmaker said.")
    assert set(sites(facts)) == {"Huangpu", "Qitang"}
    assert not read(nlp, "GAC Honda runs the Huangpu plant and The plant is big.").plants[1:]


def test_a_local_company_opening_the_sentence_builds_at_the_plant_described(nlp):
    facts = read(nlp, "General Motors' Asaka plant employs about 8,000 workers. Today, UzAuto Motors produces four "
                      "models: the Nexia, the Cobalt, the Gentra and the Malibu.")
    assert models_of(facts, "Asaka") == ["Nexia", "Cobalt", "Gentra", "Malibu"]


def test_a_foreign_company_building_models_does_not_build_them_at_the_plant_described(nlp):
    facts = read(nlp, "General Motors' Asaka plant employs about 8,000 workers. Today, Iran Khodro produces the Tiggo 4 and "
                      "the Tiggo 7.")
    assert models_of(facts, "Asaka") == []


def test_a_company_named_motors_builds_at_its_plant(nlp):
    facts = read(nlp, "Zorvex Motors opened its plant in Pune in 2021. Zorvex Motors builds the Nexon there.")
    assert models_of(facts, "Pune") == ["Nexon"]


def test_the_models_among_those_a_plant_will_make(nlp):
    facts = read(nlp, "Zorvex Motors opened a plant in Pune. The plant will initially manufacture three models. Among "
                      "them are the Nexon and the Punch.")
    assert models_of(facts, "Pune") == ["Nexon", "Punch"]
    facts = read(nlp, "Zorvex Motors opened a plant in Pune. The plant will hire 300 people. Among them are fans of the "
                      "Nexon and the Punch.")
    assert models_of(facts, "Pune") == []
