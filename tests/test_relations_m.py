"""Rules for constructions found in set M (business and regional papers) once it became a tuning set, on sentences
written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _plants(facts) -> dict[str, list[str]]:
    return {p.site: sorted(p.models) for p in facts.plants}


# -- production moving between plants ------------------------------------------------------------------------
def test_production_moved_from_one_plant_to_another_is_a_model_of_both(nlp):
    facts = read(nlp, "Nissan will move part of the production of the Juke from its plant in Sunderland to Barcelona "
                      "from next year.")
    plants = _plants(facts)
    assert plants.get("Sunderland") == ["Juke"]
    assert plants.get("Barcelona") == ["Juke"]


def test_a_model_that_moved_to_a_plant_is_that_plants_alone(nlp):
    facts = read(nlp, "Zwickau, which builds the ID.3 and the ID.4, has been the group's electric plant since the Passat "
                      "moved to Wolfsburg in 2021.")
    plants = _plants(facts)
    assert plants.get("Zwickau") == ["ID.3", "ID.4", "Passat"]  # a model that moved is a model of both plants
    assert plants.get("Wolfsburg") == ["Passat"]


def test_a_second_shift_to_a_plant_moves_no_production(nlp):
    facts = read(nlp, "Toyota builds the Corolla at its plant in Burnaston. It will add a second shift to meet demand "
                      "in Europe.")
    assert set(_plants(facts)) == {"Burnaston"}


# -- "X, which builds ...": a place opening the sentence makes what the clause says ------------------------------------
def test_a_place_opening_the_sentence_with_which_builds_is_a_plant(nlp):
    facts = read(nlp, "Kolin, which builds the Aygo X, will get a second line next year.")
    assert _plants(facts).get("Kolin") == ["Aygo X"]


def test_a_place_with_which_sells_is_no_plant(nlp):
    facts = read(nlp, "Kolin, which sells the Aygo X in large numbers, is a market town.")
    assert not facts.plants


# -- "<company> in <place>, <aside>, <aside>, now makes ...": the place is the subject's plant ---------------------------
def test_a_company_in_a_place_past_two_asides_makes_the_models(nlp):
    facts = read(nlp, "Kia Slovakia in Zilina, near the Polish border, which opened in 2006 to build the Ceed, now makes "
                      "the Ceed and the Sportage with a capacity of 350,000 a year and about 3,700 employees.")
    plant = next(p for p in facts.plants if p.site == "Zilina")
    assert sorted(plant.models) == ["Ceed", "Sportage"]
    assert (plant.capacity_per_year, plant.jobs) == (350000, 3700)


def test_a_company_in_a_place_that_sells_is_no_plant(nlp):
    facts = read(nlp, "Kia in Zilina, near the Polish border, now sells the Ceed and the Sportage.")
    assert not facts.plants


# -- "At X, <aside>, the A and B are built"; "X, <aside>, has started building ..." ----------------------------------
def test_models_built_at_a_place_opening_the_sentence(nlp):
    facts = read(nlp, "At Cassino, south of Rome, the Alfa Romeo Stelvio and Giulia are built on short-time working.")
    assert _plants(facts).get("Cassino") == ["Giulia", "Stelvio"]


def test_a_country_opening_the_sentence_names_no_site(nlp):
    facts = read(nlp, "In Italy, the Alfa Romeo Stelvio and Giulia are built at Cassino.")
    assert set(_plants(facts)) == {"Cassino"}


def test_a_place_that_has_started_building_models(nlp):
    facts = read(nlp, "Melfi, in Basilicata, the group's largest Italian plant, has started building the new Jeep Compass.")
    assert _plants(facts).get("Melfi") == ["Compass"]


# -- a plant's site as the shipper, written with another name of the place, after an opening cue word ------------------
def test_a_site_shipping_after_an_opening_phrase_ships_from_its_own_country(nlp):
    facts = read(nlp, "Stellantis builds the 500e at Mirafiori in Turin. The group is Dutch-registered. "
                      "Exports matter: last year Mirafiori sent 18,000 500e cars to France.")
    route = next(e for e in facts.exports if e.destination == "France")
    assert route.origin == "Italy" and route.units == 18000


# -- two plants in one sentence, the second opening a clause with 'while' -----------------------------------------
def test_a_plant_opening_a_while_clause_takes_that_clauses_models_and_not_the_figure_before(nlp):
    facts = read(nlp, "Kia's Hwaseong plant has opened a new line, which will build the PV5 van with capacity for "
                      "150,000 units a year, while the Gwangmyeong plant near Seoul makes the EV3 and the EV4.")
    plants = {p.site: p for p in facts.plants}
    assert sorted(plants["Hwaseong"].models) == ["PV5"]
    assert sorted(plants["Gwangmyeong"].models) == ["EV3", "EV4"]
    assert plants["Hwaseong"].capacity_per_year == 150000
    assert plants["Gwangmyeong"].capacity_per_year is None


def test_a_makers_stake_in_per_cent_is_no_model(nlp):
    facts = read(nlp, "The fund holds 70 per cent of the joint venture and Hyundai Motor Company 30 per cent.")
    assert not facts.models


def test_a_car_designed_somewhere_is_not_built_there(nlp):
    facts = read(nlp, "The Zaragoza plant in Spain is about to build the B10, a car designed in Hangzhou.")
    assert {p.site for p in facts.plants} == {"Zaragoza"}


def test_a_town_placed_west_of_another_is_one_site(nlp):
    facts = read(nlp, "Stellantis builds the Corsa at its plant at Figueruelas, on the plain west of Zaragoza, in Spain.")
    assert len([p for p in facts.plants if p.country == "Spain"]) == 1


# -- "The Munich-based group" after a sentence opened by another company: that company ------------------------------
def test_a_described_company_anaphor_is_the_company_opening_the_sentence_before(nlp):
    facts = read(nlp, "At Porsche, the mood is sombre: its Leipzig plant will go from two shifts to one.\n\n"
                      "Five kilometres away, BMW is hiring. The Munich-based group will invest 800 million euros in its "
                      "Leipzig plant.")
    by_company = {p.company: p for p in facts.plants}
    assert set(by_company) == {"Porsche", "BMW"}
    assert by_company["BMW"].investment is not None and by_company["Porsche"].investment is None


# -- money with a hyphenated scale --------------------------------------------------------------------------------
def test_a_hyphenated_scale_and_currency_give_the_whole_amount(nlp):
    for text, amount, currency in (
            ("Renault will build the Clio at its plant in Bursa, Turkey, backed by a $1.3-billion investment.", 1.3e9, None),
            ("Renault will build the Clio at a 500-million-euro plant in Bursa, Turkey.", 5e8, "EUR"),
            ("Renault will build the Clio at a 4.1-billion-euro plant in Bursa, Turkey.", 4.1e9, "EUR")):
        plant = next(p for p in read(nlp, text).plants if p.site == "Bursa")
        assert plant.investment is not None and plant.investment.amount == amount, text
        assert currency is None or plant.investment.currency == currency


def test_a_hyphen_after_a_bare_figure_is_no_scale(nlp):
    facts = read(nlp, "Renault will build 2-3 models at its plant in Bursa, Turkey, with 1,200 jobs.")
    plant = next(p for p in facts.plants if p.site == "Bursa")
    assert plant.jobs == 1200 and plant.investment is None


# -- sites the gazetteer lacks, named as a plant's capitalised name or after a company's possessive ---------------------
def test_a_plants_capitalised_name_gives_its_site(nlp):
    facts = read(nlp, "Honda will spend $650 million at its East Liberty Auto Plant in Ohio.")
    assert [(p.company, p.site) for p in facts.plants] == [("Honda", "East Liberty")]


def test_a_site_after_a_companys_possessive(nlp):
    facts = read(nlp, "Toyota builds cars in Canada. Toyota Motor Manufacturing Canada's Woodstock plant builds the RAV4.")
    sites = {p.site: p.models for p in facts.plants}
    assert sites.get("Woodstock") == ["RAV4"]


def test_a_possessive_site_placed_by_a_town_after_it_is_left_to_that_town(nlp):
    facts = read(nlp, "The Hilux is shipped from Toyota's Samrong plant near Bangkok.")
    assert all(p.country == "Thailand" for p in facts.plants)


def test_a_three_letter_code_in_capitals_takes_a_plural_s(nlp):
    facts = read(nlp, "Mercedes-Benz builds the CLA at its Kecskemét plant in Hungary. "
                      "Kecskemét sent 42,000 CLAs to the United States last year.")
    route = next(e for e in facts.exports if e.destination == "United States")
    assert (route.origin, route.models, route.units) == ("Hungary", ["CLA"], 42000)


# -- a person whose surname is a model's name ------------------------------------------------------------------
def test_a_speakers_surname_is_no_model(nlp):
    from tests.pipeline_helpers import roles

    for text, name in (('"We need a second model," said Gianni Forte, national secretary of the union.', "Gianni Forte"),
                       ("Lucía Polo, head of sales at Volkswagen Mexico, said demand was strong.", "Lucía Polo")):
        facts = read(nlp, text)
        assert not facts.models, text
        assert name in roles(facts)


def test_model_lists_keep_their_models(nlp):
    facts = read(nlp, "Kia builds the Forte, the Sportage and the Sorento. Volkswagen Polo, Golf and Tiguan sales rose.")
    assert {"Forte", "Polo"} <= {m.name for m in facts.models}
