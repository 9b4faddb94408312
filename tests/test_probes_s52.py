"""Rules of round s52, each from a probe story written for it: an electric version's '-e' ending a sentence is read as
the model's name; a company's owner named with its country ('49.9% owned by China's X') runs no plant; 'the X SUV, a
rebadged Y,' makes Y the base of X. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, plants_of, read, routes


@pytest.mark.parametrize("text, model", [("The Zaragoza plant builds the Opel Corsa-e.", "Corsa-e"),
                                         ("Its line in Kenitra assembles the Citroen Ami and the Opel Rocks-e.", "Rocks-e")])
def test_an_electric_versions_letter_ending_the_sentence_is_part_of_the_name(nlp, text, model):
    facts = read(nlp, text)
    assert "Opel" in {m.maker for m in facts.models}
    assert any(model in p.models or f"Opel {model}" in p.models for p in facts.plants), facts.plants


def test_a_letter_after_a_hyphen_still_ends_the_sentence(nlp):
    doc = nlp("The grade was non-e. The plant in Tangier builds the Dacia Jogger.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("owner", ["China's Zhejiang Geely Holding", "Zhejiang Geely Holding"])
def test_the_owner_of_the_subject_named_with_its_country_runs_no_plant(nlp, owner):
    facts = read(nlp, f"Proton Holdings, 49.9% owned by {owner}, has opened an electric vehicle plant in Tanjung "
                      "Malim, Perak, with an initial capacity of 20,000 units a year.")
    assert {(p.company, p.site) for p in facts.plants} == {("Proton", "Tanjung Malim")}


@pytest.mark.parametrize("text, model, base", [
    ("The Perak factory will assemble the Proton X50 SUV, a rebadged Geely Binyue, from kits.", "X50", "Geely Binyue"),
    ("The Toyota Rumion, a re-badged Maruti Suzuki Ertiga, is built in Gujarat.", "Rumion", "Maruti Suzuki Ertiga"),
    ("The Holden Commodore was a rebadged Opel Insignia.", "Commodore", "Opel Insignia")])
def test_a_model_rebadged_from_another_is_based_on_it(nlp, text, model, base):
    found = {m.name: m.based_on for m in read(nlp, text).models}
    assert found[model] == base
    assert makers(read(nlp, text))[model] is not None


def test_a_model_beside_another_in_a_list_is_not_its_base(nlp):
    found = {m.name: m.based_on for m in read(nlp, "The plant builds the Proton X50, the Geely Binyue and the Proton X70.").models}
    assert set(found.values()) == {None}


def test_cars_made_in_a_country_before_their_makers_name_come_from_it(nlp):
    facts = read(nlp, "The company currently exports made in India Renault cars like the Kwid and Kiger to Nepal and Kenya.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("India", "Nepal"), ("India", "Kenya")}


@pytest.mark.parametrize("opening", ["In Ellesmere Port, where the Astra, Astravan and V6 engines are already produced, Vauxhall",
                                     "Vauxhall, in Ellesmere Port, where the Astra is already produced,"])
def test_a_place_whose_where_clause_lists_what_is_produced_is_a_plant(nlp, opening):
    facts = read(nlp, f"{opening} will spend £27m.")
    plant = next(p for p in facts.plants if p.site == "Ellesmere Port")
    assert "Astra" in plant.models
    assert plant.investment is not None and plant.investment.amount == 27_000_000


def test_the_money_to_move_production_goes_to_the_plant_it_moves_to(nlp):
    facts = read(nlp, "Vauxhall is investing £189m at its plants in Luton and Ellesmere Port.\n\nIn Ellesmere Port, where the "
                      "Astra is already produced, Vauxhall will spend a further £27m to transfer production of the Frontera "
                      "4x4 vehicle from Luton.")
    money = {p.site: p.investment.amount if p.investment else None for p in facts.plants}
    assert money["Ellesmere Port"] == 27_000_000
    assert money["Luton"] != 27_000_000


def test_a_suppliers_plant_where_it_builds_vehicles_is_a_vehicle_plant(nlp):
    facts = read(nlp, "Foxconn, which bought the Lordstown Assembly plant from Lordstown Motors in 2022, will build an electric "
                      "tractor and a new electric pickup for a U.S. startup at the plant.\n\nThe plant has about 500 workers now.")
    assert ("Foxconn", "Lordstown", "United States") in plants_of(facts)


def test_a_suppliers_battery_plant_stays_a_parts_plant_in_a_carmakers_story(nlp):
    facts = read(nlp, "Toyota will build the Camry at its Georgetown plant in Kentucky. Panasonic will build battery cells at "
                      "a plant in De Soto, Kansas.")
    assert {p.site for p in facts.plants} == {"Georgetown"}


@pytest.mark.parametrize("text, made", [
    ("The Bidadi plant, where Toyota built the Etios until 2020, now builds the Glanza.", ["Glanza"]),
    ("Toyota will build the Hilux at its Prospecton plant in Durban until 2030.", ["Hilux"])])
def test_a_making_in_the_past_until_a_year_gives_the_plant_no_model(nlp, text, made):
    assert [list(p.models) for p in read(nlp, text).plants] == [made]


@pytest.mark.parametrize("bullet", ["", "- ", "• "])
def test_a_fact_sheet_names_its_company_on_a_labelled_line_bulleted_or_not(nlp, bullet):
    sheet = "\n".join(f"{bullet}{line}" for line in ["Company: Hyundai Motor", "Plant: Ulsan, South Korea",
                                                      "Capacity: 1,400,000 units a year", "Employees: 32,000"])
    facts = read(nlp, f"Key facts:\n{sheet}\n\nHyundai said on Monday it would add a line for electric vehicles.")
    plant = next(p for p in facts.plants if p.site == "Ulsan")
    assert (plant.company, plant.capacity_per_year, plant.jobs) == ("Hyundai", 1_400_000, 32_000)


def test_a_company_label_line_is_content_not_page_furniture():
    from core.nlp.boilerplate import is_boilerplate
    assert not is_boilerplate("Company: KG Mobility")
    assert not is_boilerplate("- Manufacturer: Hyundai Motor")
    assert is_boilerplate("Related: Hyundai opens a plant")


def test_the_described_plant_in_an_area_named_after_its_town_is_the_same_plant(nlp):
    facts = read(nlp, "Moto Honda da Amazonia will invest 1 billion reais in its Manaus motorcycle factory through 2027.\n\n"
                      "The factory, in the Manaus Free Trade Zone, builds the CG 160 and the Biz 125.")
    assert [(p.site, sorted(p.models)) for p in facts.plants] == [("Manaus", ["Biz 125", "CG 160"])]


def test_two_plants_in_a_zone_and_its_town_stay_apart_when_the_zone_is_not_the_described_plant(nlp):
    facts = read(nlp, "Thaco builds the Kia Carnival at its plant in Chu Lai. Hyundai has a separate plant in the Chu Lai "
                      "Open Economic Zone.")
    assert len(facts.plants) == 2


@pytest.mark.parametrize("noun", ["markets", "regions"])
def test_markets_listed_before_remain_its_largest_are_each_a_route(nlp, noun):
    facts = read(nlp, f"Maruti Suzuki exported 332,585 vehicles in fiscal 2025. Latin America, Africa and the Middle East "
                      f"remain its largest export {noun}.")
    assert {(e.company, e.origin, e.destination) for e in facts.exports} == {
        ("Maruti Suzuki", "India", "Latin America"), ("Maruti Suzuki", "India", "Africa"), ("Maruti Suzuki", "India", "Middle East")}


def test_regions_named_in_passing_are_no_routes(nlp):
    assert read(nlp, "Maruti Suzuki exported 332,585 vehicles. Sales grew in all regions, the company said.").exports == []


def test_a_new_count_of_exports_is_no_breakdown_of_the_one_car_shipped_before(nlp):
    facts = read(nlp, "Maruti Suzuki's Hansalpur plant shipped its one millionth export vehicle, a Fronx bound for Japan. The "
                      "company exported 332,585 vehicles in fiscal 2025, led by the Dzire, Swift and Jimny.")
    assert [(e.destination, list(e.models)) for e in facts.exports] == [("Japan", ["Fronx"])]


def test_a_clause_after_the_listed_markets_semicolon_is_read_as_its_own_route(nlp):
    facts = read(nlp, "Maruti Suzuki exported 332,585 vehicles in fiscal 2025. Latin America and Africa remain its largest "
                      "export markets; the Jimny is also shipped to Japan.")
    found = {e.destination: list(e.models) for e in facts.exports}
    assert found == {"Latin America": [], "Africa": [], "Japan": ["Jimny"]}


def test_a_market_the_companys_aside_ships_to_is_a_route_without_the_main_clauses_figure(nlp):
    facts = read(nlp, "GM Korea, which exports most of its output to the U.S., shipped 2,000 cars to Canada last month.")
    assert routes(facts) == {("GM Korea", "South Korea", "United States"): None, ("GM Korea", "South Korea", "Canada"): 2000}


def test_an_aside_that_only_sells_names_no_route(nlp):
    facts = read(nlp, "GM Korea, which sells cars to the U.S., shipped 2,000 cars to Canada last month.")
    assert set(routes(facts)) == {("GM Korea", "South Korea", "Canada")}


@pytest.mark.parametrize("aside", ["formerly of Nissan", "a former Nissan executive", "who ran Nissan's US sales"])
def test_an_appointee_with_an_aside_on_where_they_come_from_takes_the_post_after_as(nlp, aside):
    facts = read(nlp, f"VinFast has named Kevin Tran, {aside}, as its chief executive in North America.")
    assert {p.name: p.role for p in facts.people}["Kevin Tran"] == "chief executive"


def test_an_appointee_named_with_the_title_left_takes_the_new_post(nlp):
    facts = read(nlp, "Renault appointed purchasing chief Francois Provost as chief executive on Wednesday.")
    assert [(p.name, p.role) for p in facts.people] == [("Francois Provost", "chief executive")]


def test_the_one_an_appointee_named_with_an_old_title_replaces_held_the_new_post(nlp):
    facts = read(nlp, "Renault appointed purchasing chief Francois Provost as chief executive on Wednesday, replacing Luca de "
                      "Meo, who left to run Kering.")
    assert {p.name: p.role for p in facts.people} == {"Francois Provost": "chief executive", "Luca de Meo": "chief executive"}


@pytest.mark.parametrize("markets", ["for markets in Australia and New Zealand", "for Australia and New Zealand",
                                     "for customers in Australia and New Zealand"])
def test_a_plant_builds_for_markets_named_after_a_noun_or_both_adjective_and_name(nlp, markets):
    facts = read(nlp, f"Renault builds the Trafic at its Sandouville plant in France {markets}.")
    assert routes(facts) == {("Renault", "France", "Australia"): None, ("Renault", "France", "New Zealand"): None}


def test_a_plant_building_for_a_nations_buyers_names_no_market(nlp):
    assert read(nlp, "Renault builds the Trafic at its Sandouville plant in France for Korean buyers.").exports == []


def test_only_adjectives_are_adjective_only(gaz):
    assert gaz.adjective_only("Korean") and gaz.adjective_only("Iranian")
    assert not gaz.adjective_only("New Zealand") and not gaz.adjective_only("US")


def test_the_verb_of_shipping_names_its_own_models_after_a_verb_of_making(nlp):
    facts = read(nlp, "Toyota South Africa Motors builds the Hilux, Fortuner and HiAce at its Prospecton plant in Durban, and "
                      "exports the Hilux to the UK and Europe.")
    assert {e.destination: list(e.models) for e in facts.exports} == {"United Kingdom": ["Hilux"], "Europe": ["Hilux"]}
    assert len(facts.plants[0].models) == 3


def test_a_plant_headline_after_a_section_label_is_content(nlp):
    facts = read(nlp, "News\n\nInnoson inaugurates new vehicle plant in Nnewi\n\nPosted on Author Ada Obi\n\nThe founder "
                      "inaugurated the plant, which can produce 32,000 vehicles annually, on Monday.")
    assert [(p.company, p.site, p.capacity_per_year) for p in facts.plants] == [("Innoson", "Nnewi", 32000)]


def test_links_under_a_related_heading_stay_boilerplate(nlp):
    facts = read(nlp, "Zorvex will build a plant in Kenya, it said.\n\nRelated\n\nToyota opens plant in Durban\n\nHonda shuts "
                      "plant in Swindon")
    assert {p.site for p in facts.plants} <= {None}


def test_markets_named_in_brackets_after_described_countries_and_the_list_past_them(nlp):
    facts = read(nlp, "Kia builds the Ceed in Slovakia. The plant will now ship to 20 more markets, including the right-hand-drive "
                      "countries (UK, Ireland and Cyprus), Turkey, and Israel.")
    assert {"United Kingdom", "Ireland", "Cyprus", "Turkey", "Israel"} <= {e.destination for e in facts.exports}


def test_a_regions_bracketed_breakdown_does_not_end_the_list(nlp):
    facts = read(nlp, "Kia exports to Europe (mainly Germany), Chile and Peru.")
    assert {e.destination for e in facts.exports} == {"Europe", "Germany", "Chile", "Peru"}


@pytest.mark.parametrize("glue", ["in addition to", "as well as in", "besides"])
def test_a_town_added_to_the_plant_shares_its_models_and_the_described_plant_ships(nlp, glue):
    facts = read(nlp, f"Hyundai said the new Kona would be produced in Nosovice {glue} Ulsan, Korea.\n\nThe Czech plant will "
                      "now ship to Turkey and Israel.")
    assert {p.site: list(p.models) for p in facts.plants} == {"Nosovice": ["Kona"], "Ulsan": ["Kona"]}
    assert {e.origin for e in facts.exports} == {"Czech Republic"}


def test_a_thai_district_and_its_provinces_other_spelling_place_the_plant_in_thailand(nlp):
    facts = read(nlp, "Hino Motors announced plans to establish a new production base in Bang Bo, Samutprakarn Province, with "
                      "an investment of JPY 11.5 billion.")
    assert plants_of(facts) == {("Hino", "Bang Bo", "Thailand")}


@pytest.mark.parametrize("money", ["a capital expenditure of $200 million", "a capital investment of $200 million",
                                   "an expenditure of $200 million"])
def test_a_figure_between_the_plant_and_its_town_costs_one_word(nlp, money):
    facts = read(nlp, f"A first-of-its-kind car manufacturing facility with {money} is planned in Duqm.")
    assert [(p.site, p.investment.amount if p.investment else None) for p in facts.plants] == [("Duqm", 200_000_000)]


def test_a_state_plant_is_not_folded_into_a_namesake_town_written_with_another_state(nlp):
    facts = read(nlp, "Navistar will invest $250 million to build a new manufacturing facility in the state of Texas.\n\nThe "
                      "new investment builds on its plans to invest $125 million in the Huntsville, Alabama engine plant.")
    money = {p.site: p.investment.amount for p in facts.plants if p.investment}
    assert money.get("Texas") == 250_000_000


@pytest.mark.parametrize("example", ["like South Africa and Chile receiving", "such as South Africa and Chile taking"])
def test_markets_named_by_example_that_receive_the_exports_are_routes(nlp, example):
    facts = read(nlp, f"Maruti Suzuki currently exports to markets in Africa and Latin America, with countries {example} the "
                      "bulk of exports.")
    assert {"South Africa", "Chile"} <= {e.destination for e in facts.exports}


def test_markets_named_by_example_for_something_else_are_no_routes(nlp):
    facts = read(nlp, "Maruti Suzuki exports to Africa, with countries like Kenya facing high tariffs.")
    assert {e.destination for e in facts.exports} == {"Africa"}


def test_a_list_of_markets_goes_on_past_central_and_south_americas(nlp):
    facts = read(nlp, "Hyundai Motor exported 1.2 million cars last year. The automaker saw exports to Asia Pacific, Central and "
                      "South Americas, Eastern Europe and Africa rise sharply.")
    assert {"Central and South America", "Eastern Europe", "Africa"} <= {e.destination for e in facts.exports}


def test_a_company_in_a_dashed_aside_before_the_town_runs_no_plant(nlp):
    facts = read(nlp, "Kia unveiled its newly built EVO Plant East — Hyundai Motor Group's first factory dedicated to PBVs — in "
                      "Hwaseong, Gyeonggi Province on Friday.")
    assert plants_of(facts) == {("Kia", "Hwaseong", "South Korea")}


def test_a_name_two_makers_of_one_named_group_share_is_their_model(nlp):
    facts = read(nlp, "Dacia builds the Duster in Mioveni. Renault officials said Dacia will keep the line. The current Duster "
                      "is built on the older B0 platform, used in the Logan family.")
    assert "Logan" in {m.name for m in facts.models}


def test_a_first_name_shared_by_a_groups_models_stays_a_person(nlp):
    facts = read(nlp, "Dacia builds the Duster in Mioveni, Renault said. Logan Miller, a Dacia engineer, said the car sells well.")
    assert "Logan" not in {m.name for m in facts.models}


@pytest.mark.parametrize("verb", ["shifting", "moving"])
def test_production_shifting_to_a_town_makes_a_plant_there(nlp, verb):
    facts = read(nlp, f"Ford is {verb} production of the Mondeo from Genk to Valencia.")
    assert {p.site: list(p.models) for p in facts.plants}.get("Valencia") == ["Mondeo"]


@pytest.mark.parametrize("text, site", [("Scout Motors is bringing its first manufacturing plant to Blythewood.", "Blythewood"),
                                        ("Ford is moving its plant to Valencia.", "Valencia")])
def test_a_plant_brought_or_moved_to_a_town_stands_there(nlp, text, site):
    assert [p.site for p in read(nlp, text).plants] == [site]


def test_a_plant_manager_brought_to_a_town_is_no_plant(nlp):
    assert read(nlp, "Toyota brought its plant manager to Tokyo for talks.").plants == []


def test_a_bangkok_district_and_a_maker_in_capitals_place_the_plant(nlp):
    facts = read(nlp, "NETA's new factory, located in Khan Na Yao, Bangkok, Thailand, will have an annual production capacity "
                      "of 20,000 vehicles.")
    assert plants_of(facts) == {("Neta", "Khan Na Yao", "Thailand")}


@pytest.mark.parametrize("goods", ["components worth RM27.3 million", "auto parts", "engines"])
def test_parts_exported_are_no_route(nlp, goods):
    assert read(nlp, f"Perodua also exported {goods} to Japan and Indonesia last year.").exports == []


@pytest.mark.parametrize("goods", ["5,000 cars and parts", "5,000 CKD kits"])
def test_vehicles_or_kits_exported_with_parts_are_a_route(nlp, goods):
    assert len(read(nlp, f"Perodua exported {goods} to Pakistan.").exports) == 1


def test_names_listed_each_before_a_body_noun_are_the_makers_models(nlp):
    facts = read(nlp, "Nord Automobiles will open a plant in Lagos. Its models include the Flit bus, Aso Truck, Lasgi big bus, "
                      "Yarn family/business shuttle and Tripper bus.")
    assert {"Flit", "Aso", "Lasgi", "Yarn", "Tripper"} <= {m.name for m in facts.models if m.maker == "Nord Automobiles"}


@pytest.mark.parametrize("text", ["Nord Automobiles makes an Electric Bus, a Diesel Truck and a Hybrid Van in Lagos.",
                                  "Nord Automobiles said Flit bus and Aso Truck sales rose in Lagos."])
def test_classes_or_two_names_before_body_nouns_are_no_new_models(nlp, text):
    names = {m.name for m in read(nlp, text).models}
    assert not names & {"Electric", "Diesel", "Hybrid", "Flit", "Aso"}


def test_an_adverb_opening_the_sentence_is_no_word_of_a_new_companys_name(nlp):
    facts = read(nlp, "Volkswagen has a plant in Karachi. Currently Premier Motors is the assembler for Volkswagen in Pakistan.")
    assert "Premier Motors" in facts.companies and not any(c.startswith("Currently") for c in facts.companies)


def test_a_town_opening_a_sentence_before_its_making_is_no_new_company(nlp):
    facts = read(nlp, "GM builds cars at its Spring Hill plant. Spring Hill produces the Cadillac XT5 and the GMC Acadia.")
    assert "Spring Hill" not in facts.companies
    assert {p.site for p in facts.plants} == {"Spring Hill"}


def test_a_title_in_brackets_right_after_a_name_is_its_role(nlp):
    facts = read(nlp, "During the ceremony, Christian Wolff (CEO and Site Manager of Mercedes-Benz Manufacturing Hungary Kft.) and "
                      "Michael Göbel buried a time capsule.")
    assert {p.name: p.role for p in facts.people}["Christian Wolff"] == "CEO"


@pytest.mark.parametrize("portfolio", ["Industry and New Technologies", "New and Renewable Energy"])
def test_a_ministers_portfolio_may_hold_new_and_renewable_words(nlp, portfolio):
    facts = read(nlp, f"The deal follows the visit of the Minister of {portfolio} Sherali Kabir to Uzbekistan.")
    assert {p.name: p.role for p in facts.people}.get("Sherali Kabir") == f"Minister of {portfolio}"


def test_knocked_down_packs_exported_are_a_route(nlp):
    assert len(read(nlp, "Proton exported 500 CKD packs to Egypt.").exports) == 1


@pytest.mark.parametrize("deal", ["will buy", "has completed a deal with Mercedes-Benz to buy", "agreed to acquire"])
def test_the_buyer_of_a_plant_named_after_a_brand_runs_it(nlp, deal):
    facts = read(nlp, f"Ineos Automotive {deal} the Smart factory in Hambach, France.")
    assert plants_of(facts) == {("Ineos Automotive", "Hambach", "France")}
