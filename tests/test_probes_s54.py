"""Rules of round s54, each from a probe or a fresh real story: a car's name in its maker's home market is the base of
its export name; another group's badge in a named market is a lineage; 'a renamed X' is a lineage. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


def bases(facts) -> dict[str, str]:
    return {m.name: m.based_on for m in facts.models if m.based_on}


@pytest.mark.parametrize("text", ["The BYD Atto 3, known as the Yuan Plus in China, went on sale in Thailand.",
                                  "The BYD Atto 3 (known as the Yuan Plus in China) went on sale in Thailand.",
                                  "A BYD Atto 3 DM-i (known as the Yuan Plus DM-i in China) went on sale in Thailand."])
def test_the_home_market_name_is_the_base_of_the_export_name(nlp, text):
    assert bases(read(nlp, text)) == {"Atto 3": "BYD Yuan Plus"}


def test_a_name_in_a_foreign_market_is_still_the_export_badge(nlp):
    assert bases(read(nlp, "The Toyota Highlander, known as the Kluger in Australia, is built in Indiana.")) == {
        "Kluger": "Toyota Highlander"}


@pytest.mark.parametrize("text, expected", [
    ("The Suzuki Ciaz is sold in Africa as the Toyota Belta.", {"Belta": "Suzuki Ciaz"}),
    ("The Mazda2 sedan is sold in the US as the Toyota Yaris.", {"Yaris": "Mazda2"}),
    ("The MG Windsor EV, known in China as the Wuling Cloud EV, is built in Halol.", {"Windsor EV": "Wuling Cloud EV"})])
def test_a_market_between_the_verb_and_as_decides_which_name_is_the_base(nlp, text, expected):
    assert bases(read(nlp, text)) == expected


@pytest.mark.parametrize("word", ["renamed", "rebranded"])
def test_a_renamed_model_is_based_on_the_original(nlp, word):
    assert bases(read(nlp, f"The Toyota Belta is a {word} Suzuki Ciaz.")) == {"Belta": "Suzuki Ciaz"}


@pytest.mark.parametrize("text", [
    "Hyundai exports nine products to 32 countries in South America, 28 countries in Africa and 26 countries in the Asia "
    "Pacific region from India.",
    "Hyundai exports cars from India to 32 countries in South America, 28 countries in Africa and 26 countries in the "
    "Asia Pacific region."])
def test_a_list_of_counted_markets_by_region_gives_each_region(nlp, text):
    found = {(e.origin, e.destination) for e in read(nlp, text).exports}
    assert {("India", "South America"), ("India", "Africa"), ("India", "Asia-Pacific")} <= found, found


def test_countries_counted_in_a_region_with_no_shipping_are_no_route(nlp):
    assert not read(nlp, "Hyundai has 32 dealers in South America and 28 countries in Africa buy its cars.").exports


@pytest.mark.parametrize("phrase", ["made its second voyage to Brazil", "made a significant step in its logistics",
                                    "made an investment in shipping"])
def test_make_of_a_journey_or_a_step_is_no_plant_making(nlp, phrase):
    facts = read(nlp, "Geely is preparing for its plant in Brazil to begin operations this month. A ship of BYD, which "
                      f"{phrase}, arrived with 5,549 vehicles, including the BYD Dolphin and the BYD Seal.")
    assert all(not p.models for p in facts.plants), facts.plants


@pytest.mark.parametrize("text", ["BYD launched the Explorer 1, its own vehicle cargo ship, in January.",
                                  "BYD launched the Explorer, a new car carrier, in January."])
def test_a_name_a_ship_noun_stands_in_apposition_to_is_no_model(nlp, text):
    assert not read(nlp, text).models


def test_a_model_described_in_apposition_stays_a_model(nlp):
    assert {m.name for m in read(nlp, "Ford shipped the Explorer, a large SUV, on a car carrier to Chile.").models} == {"Explorer"}


@pytest.mark.parametrize("text, site", [
    ("Toyota held a ceremony at the company's assembly plant in the West Java town of Karawang.", "Karawang"),
    ("Toyota opened a plant in the Gujarat city of Sanand.", "Sanand")])
def test_a_town_named_by_its_state_is_the_site(nlp, text, site):
    assert [p.site for p in read(nlp, text).plants] == [site]


def test_a_brand_a_car_is_badged_as_runs_no_plant(nlp):
    facts = read(nlp, "The most popular model made in Britain is the Nissan Qashqai, built in a factory near Sunderland, "
                      "followed by the Vauxhall Astra (badged as an Opel when sold abroad) and the Honda Civic.")
    assert [(p.company, p.site) for p in facts.plants] == [("Nissan", "Sunderland")]


def test_a_figure_beyond_what_the_world_ships_is_no_routes_units(nlp):
    facts = read(nlp, "Spain's car exports fell. 5,558 million vehicles from the euro left Spain for Germany last year.")
    assert [(e.destination, e.units) for e in facts.exports] == [("Germany", None)]


@pytest.mark.parametrize("dash", ["–", "-", ":"])
def test_unbulleted_rows_under_a_heading_of_importers_are_routes(nlp, dash):
    facts = read(nlp, "Uzbekistan increased the export of cars by more than a third.\n\nDuring the reporting period, the "
                      f"following countries were the major importers of Uzbek-made cars:\n\nKazakhstan {dash} 26,970\n"
                      f"Ukraine {dash} 929\nRussia {dash} 456\n\nThe factory launched a new platform last summer.")
    assert {(e.origin, e.destination, e.units) for e in facts.exports} == {
        ("Uzbekistan", "Kazakhstan", 26970), ("Uzbekistan", "Ukraine", 929), ("Uzbekistan", "Russia", 456)}


@pytest.mark.parametrize("text", ["Spartanburg County-based BMW Manufacturing was the largest exporter in 2017.",
                                  "BMW's Spartanburg County plant exported 272,346 vehicles."])
def test_a_county_after_its_place_is_no_model(nlp, text):
    assert not read(nlp, text).models


@pytest.mark.parametrize("text", ["BMW X models made in South Carolina sell well.", "The Audi Q range grew last year."])
def test_a_letter_before_a_noun_of_several_models_names_a_family(nlp, text):
    assert not read(nlp, text).models


@pytest.mark.parametrize("word", ["Upstate", "Downstate"])
def test_a_part_of_a_state_is_no_site(nlp, word):
    facts = read(nlp, f"BMW has a plant near Greer. The number of vehicles exported from BMW's {word} plant fell.")
    assert {p.site for p in facts.plants} == {"Greer"}


@pytest.mark.parametrize("text", [
    "BMW exported 272,346 vehicles from its plant near Greer. The plant is the hub of production for its X3, X4 and X5 models.",
    "BMW exported 272,346 vehicles from its plant near Greer. The number of vehicles exported from BMW's plant, which is "
    "the hub of production for its X3, X4 and X5 models, fell."])
def test_the_plant_that_is_the_hub_of_production_for_models_makes_them(nlp, text):
    assert [(p.site, p.models) for p in read(nlp, text).plants] == [("Greer", ["X3", "X4", "X5"])]


@pytest.mark.parametrize("text, expected", [
    ("Brazil's vehicle exports fell 23%. The decrease stems from reduced demand in Chile and Colombia, where Brazil "
     "usually exports many vehicles.", {(None, "Brazil", "Chile"), (None, "Brazil", "Colombia")}),
    ("Toyota builds cars in Thailand. Sales rose in Chile and Peru, where Toyota also exports the Hilux.",
     {("Toyota", "Thailand", "Chile"), ("Toyota", "Thailand", "Peru")})])
def test_markets_named_before_where_a_shipper_exports_are_routes(nlp, text, expected):
    assert {(e.company, e.origin, e.destination) for e in read(nlp, text).exports} == expected


def test_a_market_where_a_maker_has_dealers_is_no_route(nlp):
    assert not read(nlp, "Sales rose in Chile, where Toyota has a dealer network.").exports


def test_a_countrys_trade_opening_the_story_has_no_shipper(nlp):
    facts = read(nlp, "Exports of vehicles from Japan to the United States dropped 10.8% last month. Toyota sold fewer "
                      "cars in the US in April.")
    assert {(e.company, e.origin, e.destination) for e in facts.exports} == {(None, "Japan", "United States")}


@pytest.mark.parametrize("subject", ["Chinese carmakers have", "Japanese automakers"])
def test_a_nationalitys_makers_ship_as_a_country_not_as_the_storys_company(nlp, subject):
    facts = read(nlp, f"Toyota sold more cars in April. Last year {subject} shipped 400,000 cars to Russia.")
    assert [(e.company, e.destination) for e in facts.exports] == [(None, "Russia")]
    assert facts.exports[0].origin in ("China", "Japan")


def test_the_storys_company_still_ships_a_route_named_without_it(nlp):
    facts = read(nlp, "Triumph builds the Bonneville in Thailand. Exports from Thailand to Australia rose 12% last year.")
    assert {(e.company, e.origin, e.destination) for e in facts.exports} == {("Triumph", "Thailand", "Australia")}


def test_deputy_chief_is_one_role(nlp):
    people = read(nlp, "Dong Yang, deputy chief of the China Association of Automobile Manufacturers, said demand fell.").people
    assert [(p.name, p.role) for p in people] == [("Dong Yang", "deputy chief")]


def test_a_weekday_before_a_comma_is_no_company(nlp):
    facts = read(nlp, "According to Great Wall's statement filed with the Shanghai Stock Exchange on Monday, the company "
                      "will sign an agreement.")
    assert len(facts.companies) == 1 and "Monday" not in facts.companies


@pytest.mark.parametrize("text, expected", [
    ("Great Wall Motor plans to invest 3.2 billion yuan in building a car plant in Russia, its largest export destination.",
     ("Great Wall Motor", "China", "Russia")),
    ("Toyota builds cars in Thailand. It sells cars in Vietnam, its second-largest export market.",
     ("Toyota", "Thailand", "Vietnam"))])
def test_the_shippers_export_market_in_apposition_is_a_route(nlp, text, expected):
    assert [(e.company, e.origin, e.destination) for e in read(nlp, text).exports] == [expected]


def test_a_plant_in_an_export_hub_is_no_route(nlp):
    assert not read(nlp, "Toyota will build a plant in Vietnam, its export hub.").exports


def test_rival_sites_a_plant_beat_are_no_plants(nlp):
    facts = read(nlp, "Daimler opened its Mercedes-Benz factory in Kecskemet. Hungary beat rival sites in Poland and "
                      "Romania to strike a deal with Daimler in 2008. Construction on the 800-million-euro factory began in 2009.")
    assert [(p.site, p.country, p.investment.amount if p.investment else None) for p in facts.plants] == [
        ("Kecskemet", "Hungary", 800_000_000)]


def test_a_brands_car_factory_is_the_brands_plant(nlp):
    facts = read(nlp, "Mercedes-Benz opened a plant in Kecskemet. Its investment is one of the largest in Hungarian history, "
                      "aside from an Audi car factory in Gyor, west of Budapest.")
    assert {(p.company, p.site) for p in facts.plants} == {("Mercedes-Benz", "Kecskemet"), ("Audi", "Gyor")}


def test_a_states_loan_is_no_plants_investment(nlp):
    facts = read(nlp, "Audi runs a car factory in Gyor. The plant gives a boost to the economy. Orban is seeking an "
                      "estimated 15-20 billion-euro stand-by loan from the EU and the IMF.")
    assert [p.investment for p in facts.plants] == [None]


def test_a_town_after_its_state_and_a_comma_is_the_site(nlp):
    facts = read(nlp, "Kia has opened a new manufacturing facility in the northern Mexico state of Nuevo Leon, in Pesqueria.")
    assert [(p.site, p.country) for p in facts.plants] == [("Pesqueria", "Mexico")]


@pytest.mark.parametrize("markets", ["Latin America and North America", "countries across Latin America and North America",
                                     "the numerous countries in the region across Latin America and North America"])
def test_a_plants_production_destined_for_markets_is_shipped_there(nlp, markets):
    facts = read(nlp, f"Kia opened a plant in Pesqueria. About 80 percent of the factory's production is destined for {markets}.")
    assert {(e.company, e.origin, e.destination) for e in facts.exports} == {
        ("Kia", "Mexico", "Latin America"), ("Kia", "Mexico", "North America")}


def test_a_makers_arm_named_with_a_country_is_of_the_makers_group(nlp):
    from core.nlp.registry import get_gazetteer
    gaz = get_gazetteer("default")
    assert gaz.same_group("Kia Motors Mexico", "Kia") and gaz.same_group("Toyota Kenya", "Toyota")
    assert not gaz.same_group("Kia Motors Mexico", "Toyota")


def test_the_one_plant_of_a_group_named_again_by_its_local_arm_is_the_same_plant(nlp):
    facts = read(nlp, "Kia has opened a new manufacturing facility in Pesqueria. By the end of 2017, an additional 14,000 "
                      "workers will be employed by the Kia Motors Mexico plant and supplier firms.")
    assert [(p.company, p.site, p.jobs) for p in facts.plants] == [("Kia", "Pesqueria", 14000)]


def test_a_joint_ventures_nationalities_place_no_plant(nlp):
    facts = read(nlp, "The Azerbaijani-Iranian automobile plant, Khazar, located in the Neftchala Industrial Park, launched "
                      "production of the first cars on April 5.")
    assert [(p.site, p.country) for p in facts.plants] == [("Neftchala", "Azerbaijan")]


@pytest.mark.parametrize("text, sites", [
    ("Ford signed a deal for its plant at Maraimalai Nagar. This paves the way for volume production of the new Ford Figo "
     "which was unveiled yesterday in New Delhi.", {"Maraimalai Nagar"}),
    ("Ford unveiled the Figo in Chennai, where the car is built.", {"Chennai"})])
def test_where_a_car_was_unveiled_is_no_plant(nlp, text, sites):
    assert {p.site for p in read(nlp, text).plants} == sites


def test_deputy_chief_minister_is_one_role(nlp):
    people = read(nlp, "The deal was signed in the presence of Deputy Chief Minister M K Stalin.").people
    assert [(p.name, p.role) for p in people] == [("M K Stalin", "Deputy Chief Minister")]


@pytest.mark.parametrize("text, capacity", [
    ("Ford invested in its plant in Valencia, Spain. A new body shop was built, raising daily production capacity to "
     "2,000 vehicles.", None),
    ("Ford's Valencia plant has a monthly capacity of 40,000 cars.", 480_000),
    ("Ford's Valencia plant has an annual capacity of 400,000 cars.", 400_000)])
def test_a_capacity_said_per_day_or_month_before_its_figure(nlp, text, capacity):
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [capacity]


def test_the_new_plant_known_by_another_name_is_the_same_plant(nlp):
    facts = read(nlp, "BMW launched construction of its second assembly plant Tuesday in the northeast China city of "
                      "Shenyang. The new plant, also known as the Tiexi plant, is scheduled to start production in 2012 "
                      "with an initial capacity of 100,000 units a year.")
    assert [(p.site, p.capacity_per_year) for p in facts.plants] == [("Shenyang", 100_000)]


def test_a_makers_count_of_models_in_a_region_is_no_plants_range(nlp):
    facts = read(nlp, "Toyota started Corolla production at its plant in Blue Springs, Mississippi. It is the 14th plant in "
                      "North America for the Japanese company, which builds 12 models in North America, including the "
                      "Camry, RAV4 and Tacoma pickup.")
    assert [p.models for p in facts.plants] == [["Corolla"]]


@pytest.mark.parametrize("text, role", [
    ("The cars were sent to dealers, said David Copenhaven, vice president of the new plant in Blue Springs.", "vice president"),
    ("Ana Ruiz, Minister of New and Renewable Energy, said the plant would open.", "Minister of New and Renewable Energy")])
def test_words_describing_a_plant_are_no_portfolio(nlp, text, role):
    assert [p.role for p in read(nlp, text).people] == [role]


@pytest.mark.parametrize("verb", ["makes", "owns", "sells"])
def test_brands_listed_in_a_clause_about_the_group_run_no_plant(nlp, verb):
    facts = read(nlp, f"PSA, which {verb} Peugeot, Citroen, DS and Opel, has started production at the Kenitra plant in Morocco.")
    assert [(p.company, p.site) for p in facts.plants] == [("PSA", "Kenitra")]


def test_engines_a_plant_makes_given_by_example_are_no_cars_specs(nlp):
    facts = read(nlp, "The platform will be used to produce the new Volvo XC40 SUV. The plant will also manufacture other "
                      "Volvo engines including the 2.5-litre I5 and a two-litre turbo.")
    assert not facts.specs


def test_a_parts_likeness_is_no_lineage(nlp):
    facts = read(nlp, "Just like the Rush, the flagship Perodua Aruz will pack active safety. Everything's identical to the "
                      "system in the Perodua Myvi.")
    assert not [m for m in facts.models if m.based_on]
    assert {m.name: m.based_on for m in read(nlp, "The Perodua Aruz is identical to the Toyota Rush.").models if m.based_on} == {
        "Aruz": "Toyota Rush"}


@pytest.mark.parametrize("text, routes", [
    ("Nissan builds the new sedan in China. The new sedan is unlikely to be exported to Australia from China.", set()),
    ("Nissan builds the new sedan in China. The sedan is not expected to be exported to Australia.", set()),
    ("Nissan builds the new sedan in China. The sedan is expected to be exported to Australia.", {("China", "Australia")})])
def test_a_shipment_said_unlikely_or_not_expected_is_no_route(nlp, text, routes):
    assert {(e.origin, e.destination) for e in read(nlp, text).exports} == routes


def test_models_a_car_slots_between_are_not_made_with_it(nlp):
    facts = read(nlp, "The Celesta is built exclusively in China and the vehicle in question is Kia's version, slotting "
                      "between the K2 (Rio) and K3 (Forte) in the brand's Asian model range.")
    assert [p.models for p in facts.plants] == [["Celesta"]]


@pytest.mark.parametrize("text", [
    "Nissan revealed a new sedan. Unveiled today at the Guangzhou motor show, the Micra-based sedan will be sold under "
    "Sunny badges in that country.",
    "The Nissan Micra-based sedan will be called the Nissan Sunny in China."])
def test_a_based_compound_with_the_name_the_car_is_sold_under(nlp, text):
    assert bases(read(nlp, text)) == {"Sunny": "Nissan Micra"}


@pytest.mark.parametrize("text, expected", [
    ("BYD launched its own car carrier. The ship, which made its second voyage to Brazil in April, arrived at the port of "
     "Suape in Pernambuco with 5,549 electric and hybrid vehicles, including the BYD King and the BYD Song Pro.",
     ("BYD", "China", "Brazil", 5549)),
    ("The BYD Explorer No.1 arrived at the port of Bremerhaven in Germany with 3,000 BYD vehicles, including the Atto 3.",
     ("BYD", "China", "Germany", 3000)),
    ("A ship carrying 5,000 BYD cars from China arrived in Brazil on Monday.", ("BYD", "China", "Brazil", 5000))])
def test_a_ship_arriving_at_a_port_with_vehicles_is_a_shipment(nlp, text, expected):
    assert [(e.company, e.origin, e.destination, e.units) for e in read(nlp, text).exports] == [expected]


def test_a_person_arriving_at_a_port_is_no_shipment(nlp):
    assert not read(nlp, "BYD's chief executive arrived at the port of Suape in Pernambuco on Monday.").exports


def test_far_eastern_markets_are_east_asia(nlp):
    facts = read(nlp, "Maruti Suzuki ships cars from Mundra. Mundra port majorly serves for exports to Latin American, Far "
                      "Eastern and European markets of Maruti Suzuki.")
    assert {e.destination for e in facts.exports} == {"Latin America", "East Asia", "Europe"}


@pytest.mark.parametrize("text, expected", [
    ("Tesla builds cars in Shanghai. Tesla will produce 550,000 vehicles from Giga Shanghai in 2021, about 110,000 of "
     "which will be sent to Europe.", ("Europe", 110_000)),
    ("Tesla exported 20,000 cars in 2021, 11,000 of which went to Germany.", ("Germany", 11_000))])
def test_the_share_of_which_goes_to_a_market_is_its_figure(nlp, text, expected):
    assert [(e.destination, e.units) for e in read(nlp, text).exports] == [expected]


def test_a_ships_name_is_no_place(nlp):
    facts = read(nlp, "Tesla builds the Model 3 in Shanghai. Toscana, the ship carrying Giga Shanghai's Europe-bound Model 3 "
                      "vehicles, has finally arrived in Zeebrugge, Belgium. Grove noted that Toscana made port on Friday.")
    assert {(p.site, p.country) for p in facts.plants} == {("Shanghai", "China")}
    assert {(e.origin, e.destination) for e in facts.exports} >= {("China", "Belgium")}
    assert "Italy" not in {e.origin for e in facts.exports}


def test_a_ship_setting_sail_with_cargo_to_a_market(nlp):
    facts = read(nlp, "BYD's first vessel has set sail from China's southern city of Shenzhen carrying more than 5,000 "
                      "electric vehicles to Europe.")
    assert [(e.company, e.origin, e.destination, e.units) for e in facts.exports] == [("BYD", "China", "Europe", 5000)]


def test_a_ship_carrying_people_is_no_shipment(nlp):
    assert not read(nlp, "The ship carrying the minister arrived in Zeebrugge, Belgium.").exports


def test_a_ship_arriving_from_a_port_keeps_the_ports_country_as_origin(nlp):
    facts = read(nlp, "MG landed its first ship-load of new vehicles direct from China. The vessel arrived in Port Kembla "
                      "last Friday with more than 3100 new MG hatchbacks and SUVs on board, after travelling from Shanghai. "
                      "MG Motor Australia and New Zealand CEO Peter Ciao said he was pleased.")
    assert [(e.company, e.origin, e.destination, e.units) for e in facts.exports] == [("MG", "China", "Australia", 3100)]


def test_the_company_whose_ship_carries_the_cars_is_no_shipper(nlp):
    facts = read(nlp, "SAIC-GM-Wuling builds the Baojun 510 in Liuzhou. On July 24, 542 Baojun 510 cars were exported to "
                      "South America on the GLOVIS \u201cClassic\u201d ro/ro ship.")
    assert {e.company for e in facts.exports} == {"SAIC-GM-Wuling"}


@pytest.mark.parametrize("text, expected", [
    ("General Motors announced that company veteran Mary Barra would succeed Dan Akerson as chief executive.",
     ("Mary Barra", "chief executive")),
    ("Hyundai Motor India announced that Tarun Garg, currently the company's Chief Operating Officer (COO), will take over "
     "as Managing Director from January 1.", ("Tarun Garg", "Managing Director")),
    ("Koji Sato, 53, will become the new CEO, Toyota said.", ("Koji Sato", "CEO"))])
def test_the_successor_gets_the_post(nlp, text, expected):
    assert expected in {(p.name, p.role) for p in read(nlp, text).people}


def test_a_given_name_that_is_also_a_town_opens_a_persons_name(nlp):
    facts = read(nlp, "Company veteran Mary Barra would succeed Dan Akerson as chief executive of General Motors.")
    assert "Mary Barra" in {p.name for p in facts.people}
    assert [(p.site, p.country) for p in read(nlp, "The plant in Mary, Turkmenistan, builds trucks.").plants] == [
        ("Mary", "Turkmenistan")]


def test_words_of_posts_are_no_persons_name(nlp):
    facts = read(nlp, "He rose through several leadership roles, including Regional Sales Manager, Commercial Business "
                      "Head, National Sales Head.")
    assert not facts.people


@pytest.mark.parametrize("text, capacity", [
    ("Volkswagen opened a plant in Relizane. The assembly plant can produce up to 2,000 units of the models Volkswagen "
     "Golf, Volkswagen Caddy and Skoda Octavia per day.", None),
    ("VW's Wolfsburg plant has a capacity of 150,000 units of the Golf a year.", 150_000)])
def test_a_days_rate_after_the_models_counted_is_no_capacity(nlp, text, capacity):
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [capacity]


def test_where_a_deal_was_signed_is_no_plant(nlp):
    facts = read(nlp, "An agreement between the ministry and Kia-Lucky Motors was signed in Islamabad. The company will "
                      "invest $115 million for setting up an assembly plant in Karachi.")
    assert [p.site for p in facts.plants] == ["Karachi"]


@pytest.mark.parametrize("text", ["Toyota Appoints Koji Sato As New CEO, Akio Toyoda Becomes Chairman\n\nToyota said so.",
                                  "Toyota appoints Koji Sato as new CEO, Akio Toyoda becomes chairman."])
def test_the_appointee_of_a_headline_in_title_case(nlp, text):
    people = {p.name: p.role for p in read(nlp, text).people}
    assert "CEO" in (people.get("Koji Sato") or "") and "CEO" not in (people.get("Akio Toyoda") or "")
