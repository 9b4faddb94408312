"""Which models a plant builds and which models an export route carries, on sentences written for these tests
(places, names and figures made up or mixed freely)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_models(facts) -> dict[str | None, list[str]]:
    """site -> the models read for it."""
    return {p.site: list(p.models or []) for p in facts.plants}


# -- two plants in one sentence, each with its own verb of making -----------------------------------------------
def test_second_plant_with_its_own_verb_takes_the_models_after_it(nlp):
    facts = read(nlp, "The group's other plants are busy: Toyota's factory in Georgetown, Kentucky, builds the Camry and "
                      "the RAV4, and Honda's plant in Marysville, Ohio, builds the Accord and the CR-V.")
    models = plant_models(facts)
    assert models["Georgetown, Kentucky"] == ["Camry", "RAV4"]
    assert models["Marysville, Ohio"] == ["Accord", "CR-V"]


def test_second_plant_after_while_with_an_adverb_before_its_verb(nlp):
    facts = read(nlp, "Kia's plant in Zilina, Slovakia, makes the Ceed, while Hyundai's factory in Nosovice, Czech "
                      "Republic, now makes the i30 and the Kona.")
    models = plant_models(facts)
    assert models["Zilina"] == ["Ceed"]
    assert models["Nosovice"] == ["i30", "Kona"]


def test_second_plant_without_a_verb_of_its_own_keeps_the_models_before_it(nlp):
    facts = read(nlp, "Skoda builds the Octavia in Mlada Boleslav, Czech Republic, and the Superb in Bratislava, Slovakia.")
    models = plant_models(facts)
    assert "Octavia" in models["Mlada Boleslav"]
    assert "Octavia" not in models["Bratislava"]


# -- a plant named as where cars come from, then described -------------------------------------------------------
def test_the_factory_after_a_plant_the_cars_come_from_is_that_plant(nlp):
    facts = read(nlp, "The Livina will come from Nissan's plant in Purwakarta, Indonesia, which employs 2,000 people. "
                      "The factory also builds the Serena and the Navara.")
    assert plant_models(facts)["Purwakarta"] == ["Livina", "Serena", "Navara"]


def test_a_plant_cars_come_from_does_not_replace_the_plant_described_before(nlp):
    facts = read(nlp, "Toyota builds the Hilux at its plant in Durban, South Africa. The Camry will come from Toyota's "
                      "plant in Tsutsumi, Japan. The plant also builds the Fortuner.")
    models = plant_models(facts)
    assert "Fortuner" in models["Durban"]
    assert "Fortuner" not in models.get("Tsutsumi", [])


# -- a plant whose name is a company's ("Gorky Automobile Plant in X") -----------------------------------------------
def test_a_factory_named_as_a_company_is_a_plant_at_its_place(nlp):
    facts = read(nlp, "The company marked the tenth year of the Gorky Automobile Plant in Nizhny Novgorod, Russia. The "
                      "plant builds the Gazelle and the Sobol.")
    assert plant_models(facts)["Nizhny Novgorod"] == ["Gazelle", "Sobol"]


# -- export routes: models named after a later market -------------------------------------------------------------
def routes_models(facts) -> dict[tuple, list[str]]:
    return {(e.origin, e.destination): list(e.models or []) for e in facts.exports}


def test_a_later_market_with_models_of_its_own_after_a_mostly(nlp):
    facts = read(nlp, "Last year Zotye exported 12,800 vehicles from China to the Middle East, mainly the T5 and the T7, "
                      "and 9,600 vehicles to Europe, almost all T7 EVs.")
    models = routes_models(facts)
    assert models[("China", "Middle East")] == ["T5", "T7"]
    assert models[("China", "Europe")] == ["T7"]


def test_a_later_market_without_models_of_its_own_keeps_the_models_before(nlp):
    facts = read(nlp, "Jeep shipped 14,300 cars from Brazil to Argentina, mostly the Compass and the Renegade, and 2,100 "
                      "to Chile.")
    assert routes_models(facts)[("Brazil", "Argentina")] == ["Compass", "Renegade"]


# -- export routes: the sentence after a shipment breaks it down by model ----------------------------------------
def test_the_cargo_consisted_of_models_after_a_shipment(nlp):
    facts = read(nlp, "BYD shipped 7,000 cars from China to Brazil in June. The cargo consisted mainly of the Seagull "
                      "and the Song Plus.")
    assert routes_models(facts)[("China", "Brazil")] == ["Seagull", "Song Plus"]


def test_a_maker_led_by_its_models_after_a_shipment_to_one_market(nlp):
    facts = read(nlp, "Chinese carmakers shipped 177,000 vehicles to Saudi Arabia in 2025. MG sent 36,200 cars, led by "
                      "the MG5 sedan and the MG ZS crossover.")
    assert routes_models(facts)[("China", "Saudi Arabia")] == ["MG5", "ZS"]


def test_domestic_sales_led_by_a_model_after_a_shipment_add_nothing(nlp):
    facts = read(nlp, "BYD shipped 7,000 cars from China to Brazil in June. Domestic sales, led by the Seagull, rose 5%.")
    assert routes_models(facts)[("China", "Brazil")] == []


def test_a_plant_making_mostly_a_model_after_a_shipment_adds_nothing(nlp):
    facts = read(nlp, "Hyundai exported 3,000 cars from Turkey to Germany. The plant builds mainly the i20.")
    assert routes_models(facts)[("Turkey", "Germany")] == []


def test_models_of_a_later_clause_do_not_go_to_the_market_before_it(nlp):
    facts = read(nlp, "Hyundai shipped 163,000 vehicles from India last year. Of these, 38,000 went to Mexico, mostly the "
                      "Verna and the i20, and 27,500 to Saudi Arabia, while about 21,000 Cretas and Venues went to South "
                      "Africa.")
    models = routes_models(facts)
    assert "Creta" not in models.get(("India", "Saudi Arabia"), [])


def test_a_plant_cars_come_from_takes_no_later_figures(nlp):
    facts = read(nlp, "The Scorpio is imported fully built from Mahindra's plant in Chakan, India. The company expects "
                      "to sell around 300 units a month. The Pik Up is assembled from kits at the company's facility in "
                      "Durban, South Africa.")
    assert all(p.capacity_per_year is None for p in facts.plants)


def test_the_cargo_with_a_name_used_in_the_market(nlp):
    facts = read(nlp, "BYD shipped 7,000 cars from China to Brazil in June. The cargo consisted mainly of the Seagull, "
                      "which is sold in Brazil as the Dolphin Mini, and the Song Plus.")
    assert "Song Plus" in routes_models(facts)[("China", "Brazil")]


def test_markets_with_their_models_after_a_dash(nlp):
    facts = read(nlp, "UzAuto Motors exported 30,000 cars from Uzbekistan. To Kazakhstan were exported mainly Chevrolet "
                      "Cobalt and Chevrolet Onix, to Russia and Belarus - Chevrolet Tracker and Onix.")
    models = routes_models(facts)
    assert models[("Uzbekistan", "Kazakhstan")] == ["Cobalt", "Onix"]
    assert models[("Uzbekistan", "Belarus")] == ["Tracker", "Onix"]
    assert "Tracker" not in models[("Uzbekistan", "Kazakhstan")]


# -- models that follow on the line, with a trim written after the name --------------------------------------------
def test_a_model_with_a_trim_after_its_name_that_will_follow(nlp):
    facts = read(nlp, "The first cars off the line at BYD's plant in Szeged, Hungary, will be the Dolphin and the Atto 2. "
                      "The Seal U DM-i plug-in hybrid will follow later in the year.")
    assert plant_models(facts)["Szeged"] == ["Dolphin", "Atto 2", "Seal U"]


def test_deliveries_of_a_model_that_will_follow_put_no_model_on_the_plant(nlp):
    facts = read(nlp, "The first cars off the line at BYD's plant in Szeged, Hungary, will be the Dolphin and the Atto 2. "
                      "Deliveries of the Seal U DM-i to Germany will follow later in the year.")
    assert plant_models(facts)["Szeged"] == ["Dolphin", "Atto 2"]


# -- a plant that starts with its first models, its noun after words of money -------------------------------------
def test_a_plant_described_by_its_cost_starts_with_models(nlp):
    facts = read(nlp, "Hyundai is building a new plant in Ulsan, South Korea. The 2 trillion won ($1.5 billion) plant will "
                      "have an annual capacity of 200,000 vehicles and will start with the Genesis GV80, before adding "
                      "the Ioniq 6 from next year.")
    assert plant_models(facts)["Ulsan"] == ["GV80", "Ioniq 6"]


def test_another_company_starting_with_a_model_adds_nothing_to_the_plant(nlp):
    facts = read(nlp, "Hyundai is building a new plant in Ulsan, South Korea. The company's Chinese rival BYD will start "
                      "with the Seal in Hungary.")
    assert plant_models(facts)["Ulsan"] == []


# -- a known plant: a passive with an adverb, a company named after the plant's town ------------------------------
def test_a_model_also_built_there(nlp):
    facts = read(nlp, "Perodua opened a second plant in Rawang, Malaysia, in 2021. It builds the Myvi and the Axia. The "
                      "Alza seven-seater is also built there.")
    assert plant_models(facts)["Rawang"] == ["Myvi", "Axia", "Alza"]


def test_a_company_named_after_the_plant_town_which_builds_models(nlp):
    facts = read(nlp, "GM builds the Blazer at its plant in Spring Hill, Tennessee. GM said it would spend $880 million "
                      "to retool Spring Hill Manufacturing, which currently builds the Cadillac Lyriq and the GMC Acadia, "
                      "and would hire 1,150 workers.")
    assert plant_models(facts)["Spring Hill, Tennessee"] == ["Blazer", "Lyriq", "Acadia"]


def test_a_company_named_after_another_town_is_no_name_of_the_plant(nlp):
    facts = read(nlp, "GM builds the Blazer at its plant in Spring Hill, Tennessee. GM said Hyundai Motor Manufacturing "
                      "Alabama, which builds the Santa Fe and the Tucson, would hire 1,150 workers.")
    assert plant_models(facts)["Spring Hill, Tennessee"] == ["Blazer"]


def test_a_model_to_follow_after_the_first_models_off_the_plant_lines(nlp):
    facts = read(nlp, "BYD has opened its plant in Szeged, Hungary. The first models to roll off the Szeged lines will be "
                      "the Dolphin and the Atto 2, a version of the Yuan Up. The Seal U will follow later in the year.")
    assert plant_models(facts)["Szeged"] == ["Dolphin", "Atto 2", "Seal U"]


# -- plants listed together share the models named after the list -----------------------------------------------
def test_two_plants_listed_together_share_the_models_after_them(nlp):
    facts = read(nlp, "Toyota's two Mexican plants, in Tijuana and in Apaseo el Grande, Guanajuato, build only the Tacoma "
                      "pickup.")
    models = plant_models(facts)
    assert models["Tijuana"] == ["Tacoma"]
    assert models["Apaseo el Grande"] == ["Tacoma"]


def test_plants_each_with_their_own_models_keep_them(nlp):
    facts = read(nlp, "Skoda builds the Octavia in Mlada Boleslav and the Superb in Kvasiny, both in the Czech Republic.")
    models = plant_models(facts)
    assert models["Mlada Boleslav"] == ["Octavia"]
    assert models["Kvasiny"] == ["Superb"]


# -- 'it' after an opening phrase of time, right after sentences about the plant ----------------------------------
def test_it_after_a_time_opener_two_sentences_after_the_plant(nlp):
    facts = read(nlp, "The Stellantis plant in Tychy, Poland, builds the Jeep Avenger and the Fiat 600. The 600 shares its "
                      "platform with the Avenger. From November it will also assemble the Leapmotor B10 for Leapmotor "
                      "International.")
    assert plant_models(facts)["Tychy"] == ["Avenger", "Fiat 600", "B10"]


def test_it_selling_a_model_after_a_time_opener_adds_nothing(nlp):
    facts = read(nlp, "Toyota builds the Hilux at its plant in Durban, South Africa. The company said sales rose. From "
                      "next year it will also sell the Corolla Cross in Kenya.")
    assert plant_models(facts)["Durban"] == ["Hilux"]


def test_it_after_a_time_opener_far_from_the_plant_adds_nothing(nlp):
    facts = read(nlp, "Toyota builds the Hilux at its plant in Durban, South Africa. Sales rose 4% in May. Dealers "
                      "reported long waiting lists. From next year it will also build the Corolla Cross with Suzuki.")
    assert plant_models(facts)["Durban"] == ["Hilux"]


# -- the plant described: 'the first models will be', 'put together', kits with long hyphened words ---------------
def test_the_first_models_will_be(nlp):
    facts = read(nlp, "Renault and Geely will build cars at a new plant in Tangier, Morocco. The first models will be the "
                      "Geely Coolray and the Renault Duster, which will share the paint shop.")
    assert plant_models(facts)["Tangier"] == ["Coolray", "Duster"]


def test_models_put_together_from_kits(nlp):
    facts = read(nlp, "Changan opened a plant in Kutaisi, Georgia. The Changan CS35 Plus and the Alsvin sedan will be put "
                      "together from SKD kits at first.")
    assert plant_models(facts)["Kutaisi"] == ["CS35 Plus", "Alsvin"]


def test_the_plant_assembles_from_semi_knocked_down_kits_of_a_far_plant(nlp):
    facts = read(nlp, "Coscharis opened a plant in Lagos, Nigeria, last year to build the Ford Ranger. The plant will also "
                      "assemble the Ford Territory from semi-knocked-down kits supplied by Jiangling Motors from its plant "
                      "in Nanchang, China.")
    models = plant_models(facts)
    assert models["Lagos"] == ["Ranger", "Territory"]
    assert models["Nanchang"] == ["Territory"]


def test_the_second_line_assembles_a_model_the_group_builds_elsewhere(nlp):
    facts = read(nlp, "Maruti Suzuki opened its plant in Kharkhoda, India, this year with the Brezza. The second line will "
                      "also assemble the e Vitara, Maruti's first electric vehicle, which the group already builds at its "
                      "plant in Gujarat for export.")
    models = plant_models(facts)
    assert models["Kharkhoda"] == ["Brezza", "e Vitara"]
    assert models["Gujarat"] == ["e Vitara"]


# -- 'turns out', and a company the plant builds for ---------------------------------------------------------------
def test_a_plant_that_turns_out_models(nlp):
    facts = read(nlp, "Stellantis runs a van plant in Ellesmere Port, England. It turns out small electric vans for three "
                      "brands on one line: the Vauxhall Combo Electric, the Peugeot E-Partner and the Citroën ë-Berlingo.")
    assert plant_models(facts)["Ellesmere Port"] == ["Combo Electric", "E-Partner", "ë-Berlingo"]


def test_models_built_for_another_company_are_the_plant_s(nlp):
    facts = read(nlp, "Nordex runs an assembly plant in Montevideo, Uruguay. A: We build the Peugeot Partner and the "
                      "Citroën Berlingo for Stellantis, and the Kia Sportage, which we started last year.")
    assert plant_models(facts)["Montevideo"] == ["Partner", "Berlingo", "Sportage"]


def test_another_company_building_models_elsewhere_adds_nothing(nlp):
    facts = read(nlp, "Nordex runs an assembly plant in Montevideo, Uruguay. Stellantis builds the Peugeot Partner in Vigo.")
    assert plant_models(facts)["Montevideo"] == []


# -- a site with the clause that says what is made there ------------------------------------------------------------
def test_a_where_clause_after_the_site_beats_a_hedge_of_the_main_clause(nlp):
    facts = read(nlp, "Hyundai Nishat Motor on Monday dismissed speculation that it would close its plant in Faisalabad, "
                      "Pakistan, where it assembles the Tucson and Elantra.")
    assert plant_models(facts)["Faisalabad"] == ["Tucson", "Elantra"]


def test_a_hedged_where_clause_gives_no_models(nlp):
    facts = read(nlp, "Hyundai Nishat Motor runs a plant in Faisalabad, Pakistan, where it is considering assembling the "
                      "Tucson.")
    assert plant_models(facts).get("Faisalabad", []) == []


def test_a_second_plant_which_produces_without_a_comma(nlp):
    facts = read(nlp, "UzAuto Motors said vehicles are produced at the Asaka plant in Andijan region, where Cobalt, Onix "
                      "and Tracker are assembled, and at the Khorezm branch in Pitnak which produces the Damas and Labo vans.")
    models = plant_models(facts)
    assert models["Asaka"] == ["Cobalt", "Onix", "Tracker"]
    assert models["Khorezm"] == ["Damas", "Labo"]


# -- production of a counted number of the models named last moves to a plant --------------------------------------
def test_production_of_all_four_vans_moves_to_a_plant(nlp):
    facts = read(nlp, "The Stellantis plant in Gliwice, Poland, assembles the Fiat Ducato, Opel Movano, Peugeot Boxer and "
                      "Citroën Jumper. It can build up to 110,000 vans a year. Stellantis will transfer production of all "
                      "four vans to its Atessa plant in Italy by the end of 2026.")
    assert plant_models(facts)["Atessa"] == ["Ducato", "Movano", "Boxer", "Jumper"]


def test_shifts_moving_to_a_plant_move_no_models(nlp):
    facts = read(nlp, "The Stellantis plant in Gliwice, Poland, assembles the Fiat Ducato and the Opel Movano. Stellantis "
                      "will move two shifts to its Atessa plant in Italy.")
    assert plant_models(facts)["Atessa"] == []


def test_production_of_both_vans_moves_while_the_old_site_cuts_shifts(nlp):
    facts = read(nlp, "The Stellantis plant in Gliwice, Poland, assembles the Fiat Ducato and the Opel Movano. Stellantis "
                      "will transfer production of both vans to its Atessa plant in Italy, and the Polish site will cut to "
                      "two shifts.")
    models = plant_models(facts)
    assert models["Atessa"] == ["Ducato", "Movano"]
    assert models["Gliwice"] == ["Ducato", "Movano"]
