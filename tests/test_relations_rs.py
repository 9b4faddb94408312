"""Rules for constructions found in sets R and S (Chinese carmakers abroad; plants, exports and people in general
automotive news) once they became tuning sets, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def plants(facts) -> dict[tuple, list[str]]:
    """(company, site, country) -> models of every plant."""
    return {(p.company, p.site, p.country): p.models for p in facts.plants}


def models_of(facts) -> dict[tuple, list[str]]:
    """(company, origin, destination) -> models of every export route."""
    return {(e.company, e.origin, e.destination): e.models for e in facts.exports}


# -- a maker's name heading the bulleted rows of an export list -------------------------------------------------------
MAKER_LISTS = """Korean carmakers exported 120,000 cars in May. Exports by maker:

Hyundai (total 52,300)
- Canada: 6,100 (Creta)
- Chile: 2,050

Kia (total 41,800)
- Canada: 4,400 (Sportage, Seltos)
- Peru: 1,900
"""


def test_a_makers_name_heads_its_own_rows(nlp):
    found = routes(read(nlp, MAKER_LISTS))
    assert found[("Hyundai", "South Korea", "Canada")] == 6100
    assert found[("Kia", "South Korea", "Canada")] == 4400
    assert found[("Kia", "South Korea", "Peru")] == 1900
    assert ("Hyundai", "South Korea", "Peru") not in found


def test_the_rows_under_a_heading_keep_their_own_models(nlp):
    found = models_of(read(nlp, MAKER_LISTS))
    assert found[("Hyundai", "South Korea", "Canada")] == ["Creta"]
    assert found[("Kia", "South Korea", "Canada")] == ["Sportage", "Seltos"]


def test_a_sentence_opening_with_a_maker_heads_no_rows(nlp):
    text = MAKER_LISTS.replace("Kia (total 41,800)", "Kia said its exports rose.")
    found = routes(read(nlp, text))
    assert ("Kia", "South Korea", "Canada") not in found
    assert ("Hyundai", "South Korea", "Peru") in found


# -- "X sends most of its output abroad. Germany was the largest market ..., ahead of A (n), B (n)" ------------------
def test_a_company_sending_its_output_abroad_ships_the_markets_that_follow(nlp):
    facts = read(nlp, "Ford Otosan built 190,000 vans last year and sends nearly 80% of its output abroad. "
                      "Britain was the largest single market with 41,200 Transits, ahead of France (22,500) and Italy (9,800).")
    found = routes(facts)
    assert found[("Ford Otosan", "Turkey", "United Kingdom")] == 41200
    assert found[("Ford Otosan", "Turkey", "France")] == 22500
    assert found[("Ford Otosan", "Turkey", "Italy")] == 9800
    assert models_of(facts)[("Ford Otosan", "Turkey", "Italy")] == ["Transit"]


def test_output_sold_at_home_sets_no_shipper(nlp):
    facts = read(nlp, "Ford Otosan built 190,000 vans last year and sells most of its output at home. "
                      "Britain was the largest single market with 41,200 Transits, ahead of France (22,500).")
    assert ("Ford Otosan", "Turkey", "France") not in routes(facts)


def test_a_customer_ranked_first_and_the_markets_following_with_their_own_models(nlp):
    facts = read(nlp, "Renault exported 60,000 vehicles from Argentina last year. Uruguay remained the largest customer with "
                      "21,000 Kangoos, followed by Paraguay with 8,400 Kangoo and Alaskan units and Bolivia with 3,100 vehicles.")
    found, models = routes(facts), models_of(facts)
    assert found[("Renault", "Argentina", "Uruguay")] == 21000
    assert found[("Renault", "Argentina", "Bolivia")] == 3100
    assert models[("Renault", "Argentina", "Uruguay")] == ["Kangoo"]
    assert models[("Renault", "Argentina", "Paraguay")] == ["Kangoo", "Alaskan"]
    assert models[("Renault", "Argentina", "Bolivia")] == []


def test_a_company_as_the_largest_customer_is_no_market(nlp):
    # (trucks, not parts: parts shipped abroad are no route since 2026-12-07)
    facts = read(nlp, "Tatra exported 9,000 trucks to Hungary. Toyota remained the largest customer with 4,000 units.")
    assert set(routes(facts)) == {("Tatra", "Czech Republic", "Hungary")}


# -- "the ID. Buzz": a model family written with its full stop ------------------------------------------------------------
def test_a_model_familys_full_stop_ends_no_sentence(nlp):
    doc = nlp("Volkswagen will build the ID. Every1 at Martorell from 2027.")
    assert len(list(doc.sents)) == 1
    assert [e.text for e in doc.ents if e.label_ == "MODEL"] == ["ID. Every1"]


def test_a_full_stop_after_id_before_a_new_sentence_still_ends_it(nlp):
    doc = nlp("The guard checked his ID. The plant opened at six.")
    assert len(list(doc.sents)) == 2


# -- "is not considering a plant of its own in X": a plant under consideration is no plant ---------------------------
def test_a_plant_under_consideration_is_no_plant(nlp):
    facts = read(nlp, "Geely said it was not considering a plant of its own in Vietnam.")
    assert plants(facts) == {}


def test_a_plant_that_builds_stays_when_another_is_considered(nlp):
    facts = read(nlp, "Geely builds the Coolray at its plant in Kazan, Russia.")
    assert ("Geely", "Kazan", "Russia") in plants(facts)


# -- "The first vehicles are the X and the Y": the models a plant described opens with -----------------------------------
def test_the_first_vehicles_of_a_plant_are_its_models(nlp):
    facts = read(nlp, "BYD opened its plant in Camacari, Brazil, on Monday. The first vehicles are the Dolphin and the Song Pro.")
    assert plants(facts)[("BYD", "Camacari", "Brazil")] == ["Dolphin", "Song Pro"]


def test_the_first_vehicles_sold_are_no_plant_models(nlp):
    facts = read(nlp, "BYD opened its plant in Camacari, Brazil, on Monday. The first vehicles exported to Chile were Seals.")
    assert plants(facts)[("BYD", "Camacari", "Brazil")] == []


# -- "Arab Motor Works (AMW) ... AMW builds": an acronym in brackets after a company's name names it again ---------------
def test_an_acronym_in_brackets_names_the_company_again(nlp):
    facts = read(nlp, "Nile Valley Motors (NVM) opened a plant in Alexandria, Egypt, in May. NVM shipped 600 cars to Sudan.")
    assert "Nile Valley Motors" in facts.companies
    assert ("Nile Valley Motors", "Egypt", "Sudan") in routes(facts)


def test_capitals_in_brackets_that_are_not_the_initials_name_no_company(nlp):
    facts = read(nlp, "Nile Valley Motors (EGX) opened a plant in Alexandria, Egypt. EGX shares rose 4%.")
    assert "EGX" not in facts.companies
    assert all(c == "Nile Valley Motors" for c in facts.companies)


# -- "X assembles the M from kits supplied by Y's Z plant": the assembler's plant builds M too ----------------------------
def test_models_assembled_from_kits_supplied_by_another_plant_are_the_assemblers(nlp):
    facts = read(nlp, "Ghandhara Motors runs a plant in Karachi, Pakistan. "
                      "Ghandhara Motors assembles the Tiggo 4 Pro from kits supplied by Chery's Wuhu plant.")
    found = plants(facts)
    assert "Tiggo 4 Pro" in found[("Ghandhara Motors", "Karachi", "Pakistan")]
    assert "Tiggo 4 Pro" in found[("Chery", "Wuhu", "China")]


def test_models_assembled_from_kits_at_a_plant_stay_with_that_plant(nlp):
    facts = read(nlp, "Ghandhara Motors runs a plant in Karachi, Pakistan. "
                      "Ghandhara Motors assembles the Tiggo 4 Pro from kits at its new plant in Lahore.")
    found = plants(facts)
    assert found[("Ghandhara Motors", "Karachi", "Pakistan")] == []


# -- "Sinar Malaysia Motor": a country's name inside a local company's name, after a word of its own --------------------
def test_a_country_inside_a_local_companys_name(nlp):
    facts = read(nlp, "Sinar Malaysia Motor's plant in Kulim, Kedah, assembles cars for three brands.")
    assert "Sinar Malaysia Motor" in facts.companies
    assert "Malaysia" in facts.countries


def test_a_country_opening_a_name_with_no_word_before_stays_a_country(nlp):
    facts = read(nlp, "Exports from Malaysia Motor parts makers rose 4%.")
    assert "Malaysia Motor" not in facts.companies


# -- "Sinar says", "a second Sinar plant": a new company's first word names it again ------------------------------------
def test_the_first_word_of_a_new_companys_name_names_it_again(nlp):
    facts = read(nlp, "Sinar Malaysia Motor's plant in Kulim, Kedah, assembles cars for three brands. "
                      "A second Sinar plant in Kuantan, Pahang, will open in 2027 with capacity for 30,000 vehicles.")
    found = {(p.company, p.site) for p in facts.plants}
    assert ("Sinar Malaysia Motor", "Kuantan") in found


def test_the_first_word_alone_without_a_companys_doings_names_no_company(nlp):
    doc = nlp("Sinar Malaysia Motor assembles cars in Kulim. Sinar means light in Malay.")
    assert [e.text for e in doc.ents if e.label_ == "COMPANY"] == ["Sinar Malaysia Motor"]


# -- "Smaller batches went to A and B": more of the shipment the sentence before told of --------------------------------
def test_smaller_batches_after_a_route_go_on_with_its_shipper(nlp):
    facts = read(nlp, "Hyundai Motor Company often leads the charts. Kia shipped 9,000 Seltos crossovers from India to "
                      "Nepal and 2,000 to Bhutan. Smaller batches went to Maldives and Sri Lanka.")
    found = routes(facts)
    assert ("Kia", "India", "Sri Lanka") in found


def test_smaller_batches_with_no_route_before_are_no_continuation(nlp):
    facts = read(nlp, "Kia builds the Seltos in India. Smaller batches went to Sri Lanka.")
    assert ("Kia", "India", "Sri Lanka") not in routes(facts)


# -- "..., followed by B with 27,500 and C with 22,000, mostly Xs and Ys": the mix of every market ranked ---------------
def test_a_mix_named_after_the_ranking_is_every_markets(nlp):
    facts = read(nlp, "Renault exported 90,000 vehicles from Turkey last year. France was the largest destination with "
                      "30,000 vehicles, followed by Italy with 12,000 and Spain with 9,000, mostly Clios and Megane sedans.")
    models = models_of(facts)
    assert "Clio" in models[("Renault", "Turkey", "France")]
    assert "Clio" in models[("Renault", "Turkey", "Italy")]


# -- "RM420 million", "EGP1.8 billion": a currency's code or symbol written on the figure ---------------------------------
def test_a_currency_prefix_written_on_the_figure_is_money(nlp):
    facts = read(nlp, "Perodua will invest RM420 million in its plant in Rawang, Malaysia, to build the Bezza.")
    plant = facts.plants[0]
    assert plant.investment is not None and plant.investment.amount == 420_000_000 and plant.investment.currency == "MYR"


def test_a_model_code_starting_like_a_currency_is_no_money(nlp):
    facts = read(nlp, "Perodua builds the Bezza in Rawang, Malaysia. It employs 2,000 people.")
    assert facts.plants[0].investment is None


# -- "At Rawang the X joins the Y and the Z": a model joining those a plant makes ---------------------------------------
def test_a_model_joining_others_at_a_plant_gives_the_plant_them_all(nlp):
    facts = read(nlp, "Perodua has started building the Ativa at its plant in Rawang, Malaysia. "
                      "At Rawang the Ativa joins the Myvi, Axia and Bezza.")
    assert plants(facts)[("Perodua", "Rawang", "Malaysia")] == ["Ativa", "Myvi", "Axia", "Bezza"]


def test_a_model_joining_a_range_with_no_plant_named_gives_no_plant_models(nlp):
    facts = read(nlp, "Perodua sells the Myvi and the Axia. Next year the Ativa joins the Myvi in showrooms.")
    assert all(not p.models for p in facts.plants)


# -- "sent 7,200 of them to the UK": a figure of the vehicles named before ----------------------------------------------
def test_a_figure_of_them_sent_to_a_market_is_a_route(nlp):
    facts = read(nlp, "The Seltos is built at Kia's plant in Anantapur, India. Kia sent 7,200 of them to the UK last year.")
    assert routes(facts)[("Kia", "India", "United Kingdom")] == 7200


def test_sending_a_figure_with_no_vehicles_or_of_them_is_no_route(nlp):
    facts = read(nlp, "Kia builds the Seltos in Anantapur, India. Kia sent 40 engineers to the UK last year.")
    assert ("Kia", "India", "United Kingdom") not in routes(facts)


# -- "It assembles the X from kits shipped from Y's plant in Z": the plant described makes the models too ---------------
def test_it_assembles_models_from_kits_shipped_from_another_plant(nlp):
    facts = read(nlp, "JAC opened a plant in Durban, South Africa, in March. It assembles the T8 and the JS4 from kits "
                      "shipped from JAC's plant in Hefei.")
    found = plants(facts)
    assert found[("JAC", "Durban", "South Africa")] == ["T8", "JS4"]


# -- "brought 14,000 vehicles into X from Y", "brought in 900 cars from Y": imports -----------------------------------------
def test_vehicles_brought_into_a_country_from_another_are_a_route(nlp):
    facts = read(nlp, "Haval brought 6,300 vehicles into Kenya from China last year, mainly the Jolion.")
    found = routes(facts)
    assert found[("Haval", "China", "Kenya")] == 6300
    assert models_of(facts)[("Haval", "China", "Kenya")] == ["Jolion"]


def test_brought_in_from_a_country_is_an_import(nlp):
    facts = read(nlp, "Kenya's car market grew 9%. Haval brought in about 900 cars from China in the first quarter.")
    assert routes(facts)[("Haval", "China", "Kenya")] == 900


def test_brought_without_in_or_into_is_no_import(nlp):
    facts = read(nlp, "Kenya's car market grew 9%. The new plant brought 900 jobs from China to the region.")
    assert routes(facts) == {}


def test_imports_from_two_countries_are_not_bought_by_the_first(nlp):
    facts = read(nlp, "Analysts warned that imports from Thailand and Japan are displacing local cars. Thailand's output rose.")
    assert ("Japan", "Thailand") not in {(o, d) for _, o, d in routes(facts)}


# -- "The X is the only model on the line. The Y and the Z will follow in 2026": models to follow on the line -----------
def test_models_that_will_follow_on_the_plants_line(nlp):
    facts = read(nlp, "Chery opened its plant in Kocaeli, Turkey, on Monday. The plant builds only the Tiggo 7 "
                      "for now. The Tiggo 8 and the Omoda 5 will follow in 2026.")
    assert plants(facts)[("Chery", "Kocaeli", "Turkey")] == ["Tiggo 7", "Tiggo 8", "Omoda 5"]


def test_models_that_follow_after_a_sentence_about_sales_are_no_plant_models(nlp):
    facts = read(nlp, "Chery opened its plant in Kocaeli, Turkey, on Monday. Chery sells the Tiggo 7 in Turkey. "
                      "The Tiggo 8 and the Omoda 5 will follow in 2026.")
    assert "Tiggo 8" not in plants(facts)[("Chery", "Kocaeli", "Turkey")]


# -- "X rolled out its first car, a Y, in May": the first car a plant built ------------------------------------------------
def test_the_first_car_a_plant_rolled_out_is_its_model(nlp):
    facts = read(nlp, "Tata Motors opened a plant in Sanand, India, in 2023. Sanand rolled out its first car, a Nexon, "
                      "in March and now builds the SUV on two shifts.")
    assert "Nexon" in plants(facts)[("Tata Motors", "Sanand", "India")]


def test_a_first_car_sold_is_no_plant_model(nlp):
    facts = read(nlp, "Tata Motors opened a plant in Sanand, India, in 2023. Its first dealer sold a Nexon in March.")
    assert "Nexon" not in plants(facts)[("Tata Motors", "Sanand", "India")]


# -- "In Gujarat, the X plant ... has become an export hub. It makes the A, the maker's first EV, alongside the B" -------
def test_it_after_a_sentence_about_a_plant_is_that_plant(nlp):
    facts = read(nlp, "In Gujarat, the Sanand plant near Ahmedabad, which Ford sold to Tata Motors, has become Tata's "
                      "export hub. It makes the Nexon, Tata's best seller, alongside the Punch and Tiago.")
    found = [models for (company, site, _), models in plants(facts).items() if site == "Sanand"]
    assert found and {"Nexon", "Punch", "Tiago"} <= set(found[0])


def test_it_after_a_sentence_about_a_company_is_no_plant(nlp):
    facts = read(nlp, "Ford opened a plant in Sanand, India. Ford said sales rose 9% in May. "
                      "It makes the Nexon with parts from Bosch, alongside the Altroz.")
    assert "Altroz" not in plants(facts)[("Ford", "Sanand", "India")]


def test_it_after_a_sentence_about_the_plant_with_another_company_named(nlp):
    facts = read(nlp, "Ford opened a plant in Sanand, India. The plant now has a second line. "
                      "It makes the Nexon with parts from Bosch, alongside the Altroz.")
    assert "Altroz" in plants(facts)[("Ford", "Sanand", "India")]


# -- "from semi-knocked-down kits sent from X's plant in Y": kits written with a longer name ------------------------------
def test_kits_with_a_long_name_supplied_from_another_plant(nlp):
    facts = read(nlp, "Ghandhara Motors runs a plant in Karachi, Pakistan. Ghandhara Motors assembles the Tiggo 4 Pro "
                      "from semi-knocked-down kits shipped from Chery's Wuhu plant.")
    assert "Tiggo 4 Pro" in plants(facts)[("Ghandhara Motors", "Karachi", "Pakistan")]


# -- "to the Pacific port of X": a port named after its noun is the market's port -----------------------------------------
def test_a_port_named_after_port_of_is_a_destination(nlp):
    facts = read(nlp, "Geely shipped 4,100 vehicles from Ningbo to the Pacific port of Lázaro Cárdenas in May.")
    assert routes(facts)[("Geely", "China", "Mexico")] == 4100


def test_a_port_of_departure_is_no_destination(nlp):
    facts = read(nlp, "Geely shipped 4,100 vehicles from the port of Lázaro Cárdenas in May.")
    assert ("Geely", "China", "Mexico") not in routes(facts)


# -- "denied it was negotiating to take over Nissan's X plant in Y": the owned plant stays a plant ----------------------
def test_a_plant_another_company_may_take_over_stays_its_owners(nlp):
    facts = read(nlp, "Geely denied a report that it was negotiating to take over Nissan's main plant in Aguascalientes.")
    assert [(p.company, p.country) for p in facts.plants] == [("Nissan", "Mexico")]


def test_a_denied_plant_of_ones_own_is_no_plant(nlp):
    facts = read(nlp, "Geely denied a report that it was negotiating to buy land for a plant in Aguascalientes.")
    assert facts.plants == []


# -- "A further 2,100 X and Y vehicles are scheduled for Australia, and 900 Ys will be shipped to Hungary" ----------------
def test_vehicles_scheduled_for_a_market_before_the_shipping_verb(nlp):
    facts = read(nlp, "Mahindra exported 40,000 vehicles last year. A further 1,800 Scorpio and Thar vehicles are scheduled "
                      "for Nepal in the second half, and 700 Thars will be shipped to Bhutan.")
    found, models = routes(facts), models_of(facts)
    assert found[("Mahindra", "India", "Nepal")] == 1800
    assert found[("Mahindra", "India", "Bhutan")] == 700
    assert models[("Mahindra", "India", "Nepal")] == ["Scorpio", "Thar"]
    assert models[("Mahindra", "India", "Bhutan")] == ["Thar"]


def test_a_meeting_scheduled_for_a_country_is_no_market(nlp):
    facts = read(nlp, "Mahindra will ship 700 Thars to Bhutan, and a dealer conference is scheduled for Nepal in May.")
    assert set(routes(facts)) == {("Mahindra", "India", "Bhutan")}


# -- "said Danish Lodhi, chief executive of X": a demonym that is a person's first name ----------------------------------
def test_a_demonym_before_a_surname_and_a_title_is_a_first_name(nlp):
    facts = read(nlp, '"The line is ready," said Danish Qureshi, managing director of Indus Motor Company.')
    assert "Danish Qureshi" in [p.name for p in facts.people]
    assert "Denmark" not in facts.countries


def test_a_demonym_before_a_capitalised_word_with_no_speech_or_title_stays_a_country(nlp):
    facts = read(nlp, "Danish Volvo dealers sold 900 cars in May.")
    assert "Denmark" in facts.countries
    assert facts.people == []
