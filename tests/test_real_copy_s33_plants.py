"""Plant fixes of 2026-12-05 (s33), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a site of research, design or distribution is no plant; a port is no plant's town."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


def sites(facts) -> set[tuple]:
    """(site, country) of every plant."""
    return {(p.site, p.country) for p in facts.plants}


# -- a site or centre of no making -----------------------------------------------------------------------------------
def test_a_technical_site_is_no_plant(nlp):
    text = ("The hatchback will be developed at Nissan's design centre in London and at its technical site in Cranfield "
            "before being built in Sunderland.")
    assert sites(read(nlp, text)) == {("Sunderland", "United Kingdom")}


def test_a_parts_centre_being_built_is_no_plant(nlp):
    text = ("Toyota will invest in the expansion of its Kenyan assembler to build Hino trucks, in addition to building a "
            "regional vehicle and parts centre in Nairobi.")
    assert ("Nairobi", "Kenya") not in sites(read(nlp, text))


def test_research_facilities_in_a_province_are_no_plant(nlp):
    text = "Ford will spend $900 million to build new research and development facilities in Ontario."
    assert not read(nlp, text).plants


def test_a_manufacturing_and_research_facility_is_a_plant(nlp):
    text = "Hyundai will build a manufacturing and R&D facility in Chennai."
    assert ("Hyundai", "Chennai", "India") in plants_of(read(nlp, text))


def test_a_plant_named_as_a_centre_is_still_a_plant(nlp):
    text = "Renault builds the Kwid at its assembly centre in Chennai."
    assert ("Renault", "Chennai", "India") in plants_of(read(nlp, text))


# -- a port is no plant's town ---------------------------------------------------------------------------------------
def test_the_port_cars_leave_from_is_no_site(nlp):
    text = ("Tata Motors has started making the Nexon in India for export. The first 900 cars were shipped to Chile from "
            "the port of Chennai.")
    assert sites(read(nlp, text)) == {(None, "India")}


def test_the_one_town_named_otherwise_is_still_the_site(nlp):
    text = ("Tata Motors has started making the Nexon in India for export. The first 900 cars were handed over at a "
            "ceremony in Chennai.")
    assert sites(read(nlp, text)) == {("Chennai", "India")}


# -- plants in a list of countries, whose they are or that a network counts them -------------------------------------
def test_a_network_including_plants_in_listed_countries_has_one_in_each(nlp):
    text = ("Nissan will build the Navara in Argentina. Argentina joins a network of production sites for the Navara "
            "that includes plants in Thailand, Mexico, and soon Spain.")
    assert {"Thailand", "Mexico", "Spain"} <= {c for _, c in sites(read(nlp, text))}


def test_a_makers_factories_in_listed_countries_are_its_plants(nlp):
    text = "Many of the 900 workers were trained at Hyundai factories in Korea and the Czech Republic."
    found = plants_of(read(nlp, text))
    assert ("Hyundai", None, "South Korea") in found and ("Hyundai", None, "Czech Republic") in found


def test_factories_parts_are_sent_to_are_not_listed_plants(nlp):
    text = "Renault sends the parts to other factories in Brazil, India and Romania."
    assert not read(nlp, text).plants


def test_plants_only_planned_in_listed_countries_are_not_listed_plants(nlp):
    text = "Kia plans to add plants in Brazil and India."
    assert not read(nlp, text).plants


def test_a_model_built_at_its_plants_in_listed_countries_is_made_in_each(nlp):
    text = "Nissan builds the Navara at its plants in Thailand and Mexico."
    found = {(p.company, p.country): p.models for p in read(nlp, text).plants}
    assert found == {("Nissan", "Thailand"): ["Navara"], ("Nissan", "Mexico"): ["Navara"]}


def test_money_put_into_its_plants_in_listed_countries_is_no_list_of_plants(nlp):
    text = "Nissan will invest in its plants in Thailand and Mexico."
    assert not read(nlp, text).plants


# -- the passive with 'locally' --------------------------------------------------------------------------------------
def test_a_model_locally_assembled_in_a_town_is_made_there(nlp):
    text = "Hyundai said the Creta will be locally assembled in Chennai from next year."
    assert ("Hyundai", "Chennai", "India") in plants_of(read(nlp, text))


def test_locally_assembled_cars_delivered_in_a_country_are_no_plant_there(nlp):
    text = "Ford delivered its first 120 locally assembled Rangers to a buyer in Ghana."
    assert not read(nlp, text).plants


# -- a 'Thai-built' compound is no cue for the place after the model -------------------------------------------------
def test_the_market_after_a_model_made_elsewhere_is_no_plant(nlp):
    text = "Toyota sells the Thai-built Hilux in Australia."
    assert plants_of(read(nlp, text)) == {("Toyota", None, "Thailand")}


def test_a_model_built_in_a_place_is_still_made_there(nlp):
    text = "Toyota builds the Hilux in Thailand and sells it in Australia."
    assert ("Toyota", None, "Thailand") in plants_of(read(nlp, text))


# -- the owner in a clause cut short ---------------------------------------------------------------------------------
def test_the_owner_in_a_short_clause_after_the_subject_runs_no_plant(nlp):
    text = "Volvo, owned by Geely, builds the EX30 in Ghent."
    assert plants_of(read(nlp, text)) == {("Volvo", "Ghent", "Belgium")}


def test_a_plant_owned_by_a_company_is_still_its_plant(nlp):
    text = "The Ghent plant, owned by Volvo, builds the EX30."
    assert plants_of(read(nlp, text)) == {("Volvo", "Ghent", "Belgium")}


# -- an event held in a town ----------------------------------------------------------------------------------------
def test_a_show_where_a_made_truck_stands_is_no_plant(nlp):
    text = "Visitors inspect a truck axle produced by Sinotruk during a recent auto show in Shanghai."
    assert not read(nlp, text).plants


def test_the_town_trucks_are_built_in_is_still_a_plant_beside_a_show(nlp):
    text = "Sinotruk builds the trucks in Jinan and showed them at a motor show in Shanghai."
    assert sites(read(nlp, text)) == {("Jinan", "China")}


# -- a town-based plant; vehicles made at a company's plants in one country -------------------------------------------
def test_a_town_based_factory_is_a_plant_in_the_town(nlp):
    text = "The prime minister visited the Novo Mesto-based factory of Renault to launch the new production line."
    assert ("Renault", "Novo Mesto", "Slovenia") in plants_of(read(nlp, text))


def test_a_town_based_company_has_no_plant_there(nlp):
    text = "The Tokyo-based carmaker builds the Prius in Aichi."
    assert ("Tokyo", "Japan") not in sites(read(nlp, text))


def test_vehicles_produced_at_a_makers_factories_in_a_country_are_made_there(nlp):
    text = "A third of the SUVs were exported after being produced at GM Korea factories in Korea."
    assert ("GM Korea", None, "South Korea") in plants_of(read(nlp, text))


def test_vehicles_coming_from_a_makers_plants_in_a_country_name_no_plant(nlp):
    text = "Both SUVs come from Suzuki's plants in India."
    assert not read(nlp, text).plants


# -- models of several makers, made in one place ---------------------------------------------------------------------
def test_models_of_two_makers_built_in_a_country_are_made_at_each_makers_plant(nlp):
    text = ("Haval opened a plant in Rayong. The two best-selling utes, the Toyota HiLux and the Ford Ranger, are both "
            "built in Thailand.")
    found = {(p.company, p.site): p.models for p in read(nlp, text).plants}
    assert found.get(("Toyota", None)) == ["HiLux"] and found.get(("Ford", None)) == ["Ranger"]
    assert found.get(("Haval", "Rayong")) == []


def test_models_named_as_examples_after_the_place_make_no_plants(nlp):
    text = "Thailand is the hub of pickup making, exporting vehicles such as the Toyota HiLux and Ford Everest."
    assert not read(nlp, text).plants


def test_a_makers_own_models_stay_at_its_plant(nlp):
    text = "Toyota builds the HiLux and the Fortuner in Thailand."
    assert {(p.company, p.country): p.models for p in read(nlp, text).plants} == {("Toyota", "Thailand"): ["HiLux", "Fortuner"]}


# -- an owner compound describing the company named again ------------------------------------------------------------
def test_the_owner_in_a_compound_before_the_company_noun_runs_no_plant(nlp):
    text = ("Workers cheered the news that Vauxhall will create 500 jobs. The General Motors-owned company is investing "
            "£189m at its plants in Luton and Ellesmere Port.")
    assert {p.company for p in read(nlp, text).plants} == {"Vauxhall"}


def test_the_owner_in_a_compound_before_a_plant_noun_runs_it(nlp):
    text = "Production of the coupe will start at the BMW-owned factory in Oxford."
    assert ("BMW", "Oxford", "United Kingdom") in plants_of(read(nlp, text))


# -- outside a state -------------------------------------------------------------------------------------------------
def test_a_state_set_apart_with_outside_has_no_plant(nlp):
    text = "Ford opened a plant in Chongqing, its largest manufacturing site outside southeast Michigan."
    assert sites(read(nlp, text)) == {("Chongqing", "China")}


def test_a_plant_outside_a_town_is_near_it(nlp):
    text = "Ford builds the Bronco at a plant outside Detroit."
    assert ("Ford", "Detroit", "United States") in plants_of(read(nlp, text))


# -- the one plant of a country, named again by 'the <country> plant' -------------------------------------------------
def test_the_country_plant_names_again_the_one_plant_known_there(nlp):
    text = ("Nissan builds the Rogue at its Tennessee plant. The Busan plant of Renault Samsung is competing head-on "
            "with the U.S. plant, Renault said.")
    assert {p.company for p in read(nlp, text).plants if p.country == "United States"} == {"Nissan"}


def test_the_country_plant_with_no_plant_known_there_is_the_speakers(nlp):
    text = "Renault said its Busan plant is competing with the U.S. plant."
    assert ("Renault", None, "United States") in plants_of(read(nlp, text))


# -- the countries that made it before ('the third country to produce it, following A and B') ------------------------
def test_the_countries_a_model_was_made_in_before_have_plants(nlp):
    text = ("Mitsubishi has launched production of the Xpander in Malaysia, the third country to produce the model "
            "following Indonesia and Vietnam.")
    assert {c for _, c in sites(read(nlp, text))} == {"Malaysia", "Indonesia", "Vietnam"}


def test_the_hubs_listed_with_a_countrys_plant_are_the_same_makers(nlp):
    text = ("Hyundai builds the Verna in Chennai. India would be the fourth production hub for the Verna, following "
            "South Korea, China, and Russia (Solaris).")
    found = plants_of(read(nlp, text))
    assert {("Hyundai", None, "South Korea"), ("Hyundai", None, "China"), ("Hyundai", None, "Russia")} <= found


def test_a_market_ranked_after_another_is_no_plant(nlp):
    text = "Toyota builds the Hilux in South Africa, one of its largest markets following Australia."
    assert plants_of(read(nlp, text)) == {("Toyota", None, "South Africa")}


# -- a brand that names a part ---------------------------------------------------------------------------------------
def test_a_brand_before_the_plant_noun_is_no_part(nlp):
    text = "Rainer Fessel, currently head of the Seat factory in Martorell, will take over."
    assert ("SEAT", "Martorell", "Spain") in plants_of(read(nlp, text))


def test_a_part_before_the_plant_noun_still_makes_a_parts_plant(nlp):
    from core.nlp.registry import get_gazetteer
    from core.nlp.relations import ArticleReader
    from tests.pipeline_helpers import prepare_text

    doc = nlp.make_doc(prepare_text("Lear makes car seats. Lear opened a seat factory in Martorell."))
    for _, proc in nlp.pipeline:
        if proc.__class__.__name__ == "RelationExtractor":
            break
        doc = proc(doc)
    reader = ArticleReader(doc, get_gazetteer("default"))
    reader.read()
    assert [p.site for p in reader.plants if id(p) in reader.parts_plants] == ["Martorell"]


# -- production for markets ------------------------------------------------------------------------------------------
def test_production_for_overseas_markets_at_a_town_is_made_there(nlp):
    text = "Kia said the Niro will debut in May, with production for overseas markets to start late in the year at Ulsan."
    assert ("Kia", "Ulsan", "South Korea") in plants_of(read(nlp, text))


def test_cars_built_for_customers_in_a_country_are_not_made_there(nlp):
    text = "Kia builds the Niro for customers in Vietnam."
    assert not read(nlp, text).plants


def test_the_hwasung_spelling_is_hwaseong(nlp):
    text = "Kia builds the Niro at Hwasung."
    assert ("Kia", "Hwasung", "South Korea") in plants_of(read(nlp, text))


# -- production of a model starting, in a story that names no plant -------------------------------------------------
def test_production_started_with_no_plant_named_is_at_the_makers_home(nlp):
    text = "Iran Khodro plans to start production of an automatic Dena. Demand inside Iran has been weak."
    assert {(p.company, p.country): p.models for p in read(nlp, text).plants} == {("Iran Khodro", "Iran"): ["Dena"]}


def test_production_started_in_a_story_about_another_country_makes_no_home_plant(nlp):
    text = "Toyota has started production of the new Camry. Sales in the US rose."
    assert not read(nlp, text).plants


def test_making_without_production_starting_makes_no_home_plant(nlp):
    text = "Iran Khodro will soon begin to mass produce the Runna. Demand inside Iran has been weak."
    assert not read(nlp, text).plants
