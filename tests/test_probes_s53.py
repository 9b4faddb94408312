"""Rules of round s53, each from a probe story written for it: what the shipped goods fetched is no plant's cost; the
company the sentence names as its subject ships from the plant it builds at, whoever runs it; a plant named by its
owner's possessive ships the markets that follow; a model that 'goes to' markets is shipped there. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, routes


@pytest.mark.parametrize("text", [
    "Greer, Acme's largest plant, made 400,000 vehicles last year and exported about 60 percent of them, worth $10.1 "
    "billion, making Acme the largest exporter by value.",
    "The Greer plant shipped most of its output to China, worth $4 billion, last year."])
def test_what_the_shipped_vehicles_fetched_is_no_investment(nlp, text):
    facts = read(nlp, text.replace("Acme", "BMW"))
    assert facts.plants and all(p.investment is None for p in facts.plants), facts.plants


def test_money_put_into_a_plant_that_exports_is_still_its_investment(nlp):
    facts = read(nlp, "BMW will invest $1 billion in its Greer plant, which exports the X5 to China.")
    assert next(p for p in facts.plants if p.site == "Greer").investment.amount == 1_000_000_000


@pytest.mark.parametrize("text", ["Nissan will build the Navara at Renault's Cordoba plant and export it to Brazil.",
                                  "Nissan will produce the Navara pickup at the Renault plant in Cordoba, Argentina, and "
                                  "export it to Brazil."])
def test_the_subject_that_builds_at_another_makers_plant_is_the_shipper(nlp, text):
    assert {(e.company, e.origin, e.destination) for e in read(nlp, text).exports} == {("Nissan", "Argentina", "Brazil")}


def test_a_plant_that_ships_on_its_own_is_still_the_shipper(nlp):
    facts = read(nlp, "Renault's Bursa plant built 300,000 cars. The plant exported the Clio to France.")
    assert {(e.company, e.origin, e.destination) for e in facts.exports} == {("Renault", "Turkey", "France")}


@pytest.mark.parametrize("noun", ["factory", "plant", "assembly plant"])
def test_a_plant_named_by_its_owner_ships_the_markets_that_follow(nlp, noun):
    facts = read(nlp, f"Renault's {noun} in Tangier exported 290,000 vehicles last year. France, Spain and Italy were "
                      "the main destinations.")
    assert {(e.origin, e.destination) for e in facts.exports} >= {("Morocco", "France"), ("Morocco", "Spain"),
                                                                  ("Morocco", "Italy")}
    assert {e.company for e in facts.exports} == {"Renault"}


@pytest.mark.parametrize("text", ["Isuzu's Thai-built D-Max goes to more than 100 markets, including Australia and Europe.",
                                  "Isuzu builds the D-Max in Thailand. The pickup goes to more than 100 markets, including "
                                  "Australia and Europe."])
def test_a_model_that_goes_to_markets_is_shipped_there(nlp, text):
    found = routes(read(nlp, text))
    assert {("Isuzu", "Thailand", "Australia"), ("Isuzu", "Thailand", "Europe")} <= set(found), found


def test_a_model_going_into_production_is_no_shipment(nlp):
    assert not read(nlp, "Isuzu builds pickups in Thailand. The D-Max goes to production lines in Chachoengsao.").exports


@pytest.mark.parametrize("text", ["Honda's Celaya plant stopped producing the Fit in 2020 and now builds the HR-V.",
                                  "Honda's Celaya plant stopped producing the Fit in 2020 and currently builds the HR-V."])
def test_a_making_that_goes_on_after_one_that_stopped_keeps_its_models(nlp, text):
    plant = next(p for p in read(nlp, text).plants if p.site == "Celaya")
    assert plant.models == ["HR-V"]


def test_every_model_of_the_list_shipped_next_goes_on_the_route_before(nlp):
    facts = read(nlp, "Maruti exported 120,000 cars to 100 countries in 2016. The carmaker exported the Alto, Swift, "
                      "Celerio, Baleno and the Ciaz.")
    (route,) = facts.exports
    assert route.models == ["Alto", "Swift", "Celerio", "Baleno", "Ciaz"]


@pytest.mark.parametrize("text", [
    "Senegal has no car manufacturing facility and has imports of makes like Renault and Peugeot, which run in the country.",
    "There is no vehicle assembly plant in Senegal, where Peugeot and Renault sell imported cars."])
def test_a_place_said_to_have_no_plant_has_none(nlp, text):
    assert not read(nlp, text).plants


def test_a_plant_denied_in_one_clause_leaves_the_plant_of_the_next(nlp):
    facts = read(nlp, "There is no vehicle plant in Senegal, but Toyota builds cars in Kenya.")
    assert {(p.company, p.country) for p in facts.plants} == {("Toyota", "Kenya")}


@pytest.mark.parametrize("text", ["The first Zorvex trucks will be made in Germany by manufacturing partner Iveco.",
                                  "Zorvex trucks will be built in Germany by its contract partner Iveco."])
def test_vehicles_made_in_a_country_by_a_partner_come_from_the_partners_plant_there(nlp, text):
    assert {(p.company, p.country) for p in read(nlp, text).plants} == {("Iveco", "Germany")}


def test_a_decision_made_in_a_country_places_no_plant(nlp):
    assert not read(nlp, "The decision was made in Germany by the board of Iveco.").plants


@pytest.mark.parametrize("text", ["In Kenya, Toyota operates an assembly plant.", "In Kenya, Toyota has an assembly plant.",
                                  "In Kenya, Toyota has opened a vehicle assembly plant.",
                                  "In Kenya, sales fell, while the local Toyota unit runs a truck assembly line."])
def test_a_company_running_a_plant_in_the_place_the_sentence_opens_with_has_a_plant_there(nlp, text):
    assert ("Kenya", "Toyota") in {(p.country, p.company) for p in read(nlp, text).plants}


@pytest.mark.parametrize("text", ["In Kenya, Toyota has no plant.", "In Kenya, Toyota does not operate a plant.",
                                  "In Kenya, Toyota has a strong dealer network."])
def test_a_company_in_the_opening_place_without_a_plant_has_none_there(nlp, text):
    assert not read(nlp, text).plants


def test_a_market_with_its_purchase_in_brackets_keeps_the_list_and_its_figure(nlp):
    facts = read(nlp, "Kenyan assemblers exported 400 vehicles to Tanzania (which purchased 241 units) and Uganda (146 units).")
    assert {e.destination: e.units for e in facts.exports} == {"Tanzania": 241, "Uganda": 146}


@pytest.mark.parametrize("packs", ["CKD packs", "SKD sets"])
def test_knocked_down_packs_are_counted_as_shipped_units(nlp, packs):
    facts = read(nlp, f"Proton shipped the first 120 {packs} of the Saga to Egypt.")
    assert {e.destination: e.units for e in facts.exports} == {"Egypt": 120}


def test_battery_packs_are_no_vehicles(nlp):
    facts = read(nlp, "The Pune plant will make 10,000 battery packs a year.")
    assert all(p.capacity_per_year is None for p in facts.plants)


@pytest.mark.parametrize("text, model, base", [
    ("The plant builds the Syrian version of the Samand called Sham.", "Sham", "Samand"),
    ("Together they produce Iran's version of the Peugeot 405, known as the Pars.", "Pars", "Peugeot 405"),
    ("Fiat's version of the MX-5, dubbed the 124 Spider, is built in Hiroshima.", "124 Spider", "MX-5")])
def test_a_version_of_a_model_given_a_name_is_based_on_it(nlp, text, model, base):
    found = {m.name: m.based_on for m in read(nlp, text).models}
    assert base in (found.get(model) or ""), found


def test_a_trim_version_of_the_same_model_has_no_base(nlp):
    found = {m.name: m.based_on for m in read(nlp, "The diesel version of the Corolla, called Corolla D, is sold in Europe.").models}
    assert not any(found.values()), found


@pytest.mark.parametrize("noun", ["spinoff", "spin-off", "descendant"])
def test_a_spinoff_of_a_model_is_based_on_it(nlp, noun):
    found = {m.name: m.based_on for m in read(nlp, f"The Paykan, first built in 1967, is a {noun} of the Hillman Hunter.").models}
    assert found.get("Paykan") == "Hillman Hunter", found


@pytest.mark.parametrize("verb", ["retrenched", "dismissed", "furloughed", "fired", "chopped", "trimmed"])
def test_staff_let_go_are_no_jobs(nlp, verb):
    facts = read(nlp, f"The Harare plant of Willowvale Mazda builds pickups. The company recently {verb} 101 employees.")
    assert all(p.jobs is None for p in facts.plants), facts.plants


def test_a_staff_counted_in_two_kinds_is_their_sum(nlp):
    facts = read(nlp, "The Lansing plant employs about 4,000 hourly and 330 salaried employees.")
    assert next(p for p in facts.plants if p.site == "Lansing").jobs == 4330


def test_direct_and_indirect_jobs_still_count_the_direct_ones(nlp):
    facts = read(nlp, "The Sanand plant will create 3,500 direct and 20,000 indirect jobs.")
    assert next(p for p in facts.plants if p.site == "Sanand").jobs == 3500


@pytest.mark.parametrize("where", ["on the outskirts of St. Petersburg", "in the suburbs of St. Petersburg"])
def test_a_plant_on_the_outskirts_of_a_town_stands_there(nlp, where):
    facts = read(nlp, f"General Motors will build a manufacturing facility {where}. It will have a capacity of 25,000 units.")
    assert {(p.company, p.country, p.capacity_per_year) for p in facts.plants} == {("General Motors", "Russia", 25000)}


def test_people_on_the_outskirts_of_a_town_make_no_plant(nlp):
    assert not read(nlp, "Workers protested on the outskirts of Moscow.").plants


@pytest.mark.parametrize("office", ["chairman", "head", "founder"])
def test_a_new_company_named_after_an_office_of_it_is_a_company(nlp, office):
    facts = read(nlp, f"The {office} of CIG Motors, Daina Chen, said the Lagos plant could assemble 50,000 vehicles.")
    assert "CIG Motors" in facts.companies
    assert {(p.name, p.org) for p in facts.people} == {("Daina Chen", "CIG Motors")}


def test_a_companys_initials_in_apposition_after_its_kind_are_a_company(nlp):
    facts = read(nlp, "The Chinese car manufacturing company, CIG, has opened an assembly plant in Lagos.")
    assert "CIG" in facts.companies
    assert {(p.company, p.country) for p in facts.plants} == {("CIG", "Nigeria")}


@pytest.mark.parametrize("modal", ["can", "could"])
def test_what_a_plant_can_make_is_its_capacity(nlp, modal):
    facts = read(nlp, f"CIG Motors opened a plant in Lagos. The plant {modal} assemble over 50,000 vehicles.")
    assert [p.capacity_per_year for p in facts.plants] == [50000]


@pytest.mark.parametrize("text", ["CIG Motors opened a plant in Lagos. The plant could assemble 500 vehicles a day.",
                                  "CIG Motors opened a plant in Lagos. Its parent can make 50,000 vehicles in China."])
def test_a_daily_rate_or_another_makers_capability_is_no_capacity(nlp, text):
    assert [p.capacity_per_year for p in read(nlp, text).plants if p.country == "Nigeria"] == [None]


def test_what_exported_parts_fetched_is_no_investment(nlp):
    facts = read(nlp, "Toyota builds the Hilux at its Banpho plant in Thailand. Its exports have earned $62.8 billion, "
                      "including vehicles worth $44.7 billion and engines and spare parts worth $18.1 billion.")
    assert [p.investment for p in facts.plants] == [None]


def test_markets_that_follow_another_with_their_shares_between_are_routes(nlp):
    facts = read(nlp, "Kia shipped 20,000 Sonets to Chile. Chile is followed by Peru, with 12%, and Colombia with 8%.")
    assert {e.destination for e in facts.exports} == {"Chile", "Peru", "Colombia"}


@pytest.mark.parametrize("noun", ["consignment", "batch"])
def test_a_consignment_said_to_be_for_markets_goes_there(nlp, noun):
    facts = read(nlp, f"Renault India began exporting the Duster on Friday. Its managing director said that the first {noun} "
                      "was for UK and Ireland.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("India", "United Kingdom"), ("India", "Ireland")}


def test_a_batch_of_cars_for_dealers_in_a_town_is_no_route(nlp):
    assert not read(nlp, "The first batch of Kwids will be for dealers in Chennai.").exports


def test_models_another_country_produced_are_not_the_described_plants(nlp):
    facts = read(nlp, "Uzbekistan will launch the Chevrolet Onix assembly plant in Kazakhstan's Kostanay region in 2024. "
                      "In 2022, Uzbekistan produced 327,639 Chevrolet cars, in particular the Cobalt and the Damas.")
    assert next(p for p in facts.plants if p.site == "Kostanay").models == ["Onix"]


def test_models_the_plants_own_country_builds_stay_the_plants(nlp):
    facts = read(nlp, "Kia opened a plant in Anantapur. India also builds the Seltos.")
    assert next(p for p in facts.plants if p.site == "Anantapur").models == ["Seltos"]


def test_a_state_plant_folded_into_its_town_plant_keeps_the_sum_said_first(nlp):
    facts = read(nlp, "Volkswagen said its factory in Tennessee will be the focus of an $800 million investment. Volkswagen "
                      "will expand its plant in Chattanooga and create 1,000 jobs there. The company announced in March a "
                      "$340 million investment in Chattanooga to build the Atlas Cross Sport.")
    (plant,) = facts.plants
    assert (plant.site, plant.investment.amount) == ("Chattanooga", 800_000_000)


def test_markets_counted_with_an_adjective_are_a_destination(nlp):
    facts = read(nlp, "Honda Motorcycle & Scooter India exports to 29 diverse markets, led by the Dio scooter.")
    assert [e.destination for e in facts.exports] == ["29 diverse markets"]


def test_a_countrys_foreign_investment_is_no_plants(nlp):
    facts = read(nlp, "Renault opened its car factory in Oran. Algeria, which has nearly USD3 billion in foreign investment, "
                      "relies on oil.")
    assert [p.investment for p in facts.plants] == [None]


def test_a_new_companys_hyphenated_name_is_whole(nlp):
    facts = read(nlp, "Hyundai signed a contract with the Saudi transportation company Al-Safwa to supply 1,000 Sonata sedans.")
    assert "Al-Safwa" in facts.companies and "Al" not in facts.companies


def test_a_model_written_with_its_own_maker_ends_a_makers_list(nlp):
    facts = read(nlp, "The utes, including the Toyota Hilux, most Nissan Navaras, the Holden Colorado, Isuzu D-Max, Ford "
                      "Ranger and Mazda BT-50, come from Thailand.")
    found = {m.name: m.maker for m in facts.models}
    assert (found["Navara"], found["D-Max"], found["Ranger"], found["BT-50"]) == ("Nissan", "Isuzu", "Ford", "Mazda")


def test_a_makers_list_still_carries_its_maker(nlp):
    found = {m.name: m.maker for m in read(nlp, "The plant builds the Chery Tiggo 4, Tiggo 7 and Arrizo 5.").models}
    assert set(found.values()) == {"Chery"}


def test_a_governments_spending_on_infrastructure_is_no_plants(nlp):
    facts = read(nlp, "Toyota builds the Vios at its plant in Karawang. President Joko Widodo has vowed to spend more than "
                      "$400 billion on infrastructure development including ports.")
    assert [p.investment for p in facts.plants] == [None]


def test_making_moved_from_a_country_is_no_export_origin(nlp):
    facts = read(nlp, "Toyota builds cars in Indonesia. Some of the Vios production was shifted from Thailand to a plant "
                      "in Karawang, West Java, because of its superior location for exporting to the Middle East.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("Indonesia", "Middle East")}


def test_other_major_markets_listed_with_their_shares_are_routes(nlp):
    facts = read(nlp, "Thailand's vehicle exports grew 27.5% to 320,880 units. Australia and New Zealand remained the "
                      "largest markets. Other major markets were Japan (25%), the Middle East (19%) and Europe.")
    assert {e.destination for e in facts.exports} == {"Australia", "New Zealand", "Japan", "Middle East", "Europe"}


def test_a_bulleted_list_of_models_with_their_figures_is_content(nlp):
    text = ("Naamsa said manufacturers shipped 396,290 vehicles abroad last year.\nSouth Africa's top vehicle exports: 2023\n"
            "- Volkswagen Polo - 101,468\n- Mercedes C-Class - 86,754\n- Toyota Hilux - 71,014\n")
    assert {m.name for m in read(nlp, text).models} >= {"Polo", "C-Class", "Hilux"}


@pytest.mark.parametrize("text", ["VWSA plans to build more Polos, with the Kariega plant soon to become the sole supplier to Europe.",
                                  "The Kariega plant is the sole supplier of the Polo to Europe."])
def test_a_plant_that_is_the_supplier_to_a_market_ships_there(nlp, text):
    assert {(e.origin, e.destination) for e in read(nlp, text).exports} == {("South Africa", "Europe")}


def test_a_parts_supplier_to_carmakers_ships_no_vehicles(nlp):
    assert not read(nlp, "Bosch is a supplier to Europe's carmakers.").exports


def test_a_country_importing_another_nations_cars_is_a_route_from_it(nlp):
    facts = read(nlp, "Russia imported 300,000 Chinese cars last year.")
    assert {(e.origin, e.destination, e.units) for e in facts.exports} == {("China", "Russia", 300000)}


@pytest.mark.parametrize("opening", ["", "From January through May, "])
def test_countries_listed_as_importing_the_most_of_a_nations_cars_are_its_markets(nlp, opening):
    facts = read(nlp, f"{opening}Russia, Mexico, and Belgium imported the most Chinese cars.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("China", "Russia"), ("China", "Mexico"), ("China", "Belgium")}
    assert {e.company for e in facts.exports} == {None}


def test_a_figure_several_importers_share_is_no_one_markets(nlp):
    facts = read(nlp, "Russia, Mexico and Belgium imported 500,000 Chinese cars last year.")
    assert {e.destination: e.units for e in facts.exports} == {"Russia": None, "Mexico": None, "Belgium": None}
