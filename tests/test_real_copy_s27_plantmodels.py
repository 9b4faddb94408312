"""Plant-model fixes of 2026-12-05 (s27), from the errors of the tuning sets, on sentences written for these tests (names
and figures made up): a model naming a former plant, a past making in the perfect, a plant starting production with a
model, a plant (or 'it' after it) hosting the production of a model, a site opening the sentence as the maker."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models_at(facts) -> dict[str | None, list[str]]:
    """site -> models of the plant."""
    return {p.site: p.models for p in facts.plants}


# -- a model naming a former plant -----------------------------------------------------------------------------------
def test_a_model_naming_a_former_factory_is_not_made_there(nlp):
    text = "Stellantis has started making electric vans at the former Vauxhall Astra factory at Ellesmere Port."
    assert models_at(read(nlp, text)).get("Ellesmere Port") == []


def test_a_former_owners_plant_keeps_the_model_made_there_now(nlp):
    text = "Stellantis builds the Vauxhall Astra at its Ellesmere Port factory, the former Vauxhall plant."
    assert models_at(read(nlp, text)).get("Ellesmere Port") == ["Astra"]


# -- a past making in the perfect ------------------------------------------------------------------------------------
def test_a_model_the_plant_has_previously_built_is_not_made_now(nlp):
    text = ("Haval has begun production at its new factory in Rayong, Thailand, which is understood to have previously "
            "built the Holden Colorado for the Australian market.")
    assert models_at(read(nlp, text)).get("Rayong") == []


# -- a plant starting production with a model ------------------------------------------------------------------------
def test_the_factory_starts_production_with_a_model(nlp):
    text = ("Tesla is building a factory in Grunheide, Germany. According to the paper, the factory will start "
            "production with Model Y, the brand's compact crossover.")
    assert models_at(read(nlp, text)).get("Grunheide") == ["Model Y"]


def test_the_plant_begins_assembly_after_a_time_phrase_with_a_model(nlp):
    text = "Tesla is building a factory in Grunheide, Germany. The plant will begin assembly in May 2026 with the Model 3."
    assert models_at(read(nlp, text)).get("Grunheide") == ["Model 3"]


def test_starting_production_with_a_capacity_names_no_model(nlp):
    text = ("Tesla is building a factory in Grunheide, Germany. The factory will start production with a capacity of "
            "50,000 cars, and sales will start with the Model 3 imported from China.")
    assert models_at(read(nlp, text)).get("Grunheide") == []


# -- the plant, or 'it' right after it, hosting the production of a model --------------------------------------------
def test_it_after_a_sentence_about_the_plant_hosts_the_production_of_a_model(nlp):
    text = ("Stellantis has plants in Melfi and Cassino, Italy. The Melfi plant will focus on hybrid versions of the "
            "Jeep Compass. It will also host the production of the Jeep Avenger.")
    assert models_at(read(nlp, text)).get("Melfi") == ["Compass", "Avenger"]


def test_a_named_plant_handles_the_local_production_of_models(nlp):
    text = ("Stellantis has plants in Melfi and Cassino, Italy. Its Cassino plant meanwhile handles local production "
            "of the Jeep Compass and the Jeep Avenger.")
    assert models_at(read(nlp, text)) == {"Melfi": [], "Cassino": ["Compass", "Avenger"]}


def test_it_after_a_sentence_about_sales_hosts_nothing(nlp):
    text = ("Stellantis has a plant in Melfi, Italy. Stellantis sold 20,000 cars last year. It will also host the "
            "production of the Jeep Avenger.")
    assert models_at(read(nlp, text)).get("Melfi") == []


def test_the_plant_ending_production_of_a_model_does_not_make_it(nlp):
    text = "Stellantis has a plant in Melfi, Italy. The plant will end production of the Jeep Compass."
    assert models_at(read(nlp, text)).get("Melfi") == []


# -- the site of a plant opening the sentence ------------------------------------------------------------------------
def test_a_plants_site_opening_the_sentence_makes_the_models(nlp):
    text = ("General Motors will invest $790 million at its Spring Hill plant. Spring Hill produces the Cadillac XT5 "
            "and the GMC Acadia.")
    assert models_at(read(nlp, text)).get("Spring Hill") == ["XT5", "Acadia"]


def test_another_town_opening_the_sentence_is_not_the_plant(nlp):
    text = ("General Motors will invest $790 million at its Spring Hill plant. Lake Orion produces the Chevrolet "
            "Bolt.")
    assert models_at(read(nlp, text)).get("Spring Hill") == []


# -- more of a model made at the plant described ---------------------------------------------------------------------
def test_raising_the_output_of_models_names_the_plants_models(nlp):
    text = ("General Motors will invest $100 million at its Oshawa plant in Ontario. The move will increase output of "
            "the Chevrolet Equinox and GMC Terrain vehicles.")
    assert models_at(read(nlp, text)).get("Oshawa") == ["Equinox", "Terrain"]


def test_another_maker_raising_its_output_is_not_the_plants(nlp):
    text = "General Motors will invest $100 million at its Oshawa plant in Ontario. Toyota will boost production of the RAV4."
    assert models_at(read(nlp, text)).get("Oshawa") == []


def test_a_raised_output_measured_in_units_names_no_model_after_it(nlp):
    text = ("General Motors will invest $100 million at its Oshawa plant in Ontario. The move will increase output by "
            "40,000 vehicles, mostly of the Chevrolet Equinox.")
    assert models_at(read(nlp, text)).get("Oshawa") == []


# -- the operator's arm in the plant's country -----------------------------------------------------------------------
def test_the_operators_local_arm_making_models_is_the_operator(nlp):
    text = ("Mitsubishi will build a plant in Santa Rosa, Philippines. MMPC said the company expected to start "
            "producing about 12,000 units of the Mirage next year and about 18,000 units of the L300.")
    assert models_at(read(nlp, text)).get("Santa Rosa") == ["Mirage", "L300"]


def test_another_groups_local_arm_is_not_the_operator(nlp):
    text = ("Toyota will build a plant in Santa Rosa, Philippines. MMPC said the company expected to start "
            "producing about 12,000 units of the Mirage next year.")
    assert models_at(read(nlp, text)).get("Santa Rosa") == []


# -- rivals described as locally built -------------------------------------------------------------------------------
def test_rivals_described_as_locally_built_are_not_the_plants(nlp):
    text = ("Toyota builds the Camry and the Aurion at its plant in Altona, Australia. Of the 21,488 Aurions it "
            "produced, it exported 8243, leaving 13,000 to compete against locally built Holden Commodores and Ford Falcons.")
    assert models_at(read(nlp, text)).get("Altona") == ["Camry", "Aurion"]


def test_a_locally_made_model_of_the_plants_own_group_is_still_made_there(nlp):
    text = ("Toyota builds the Camry and the Aurion at its plant in Altona, Australia. The plant also builds locally "
            "made Lexus ES sedans.")
    assert models_at(read(nlp, text)).get("Altona") == ["Camry", "Aurion", "ES"]


# -- a making going on now -------------------------------------------------------------------------------------------
def test_the_current_production_of_models_is_the_plants(nlp):
    text = ("Nissan has a plant in Rosslyn, South Africa. Nissan invested in training, which also benefited the current "
            "production of the Nissan NP300 Hardbody and NP200 pick-ups.")
    assert models_at(read(nlp, text)).get("Rosslyn") == ["NP300 Hardbody", "NP200"]


def test_production_and_export_of_a_model_is_a_making(nlp):
    text = ("Ford Otosan has a plant in Golcuk, Turkey. With this capacity increase, we will break new records in "
            "production and export of our Transit models.")
    assert models_at(read(nlp, text)).get("Golcuk") == ["Transit"]


def test_a_current_production_that_ends_names_no_model(nlp):
    text = "Nissan has a plant in Rosslyn, South Africa. The current production of the Navara will end in May."
    assert models_at(read(nlp, text)).get("Rosslyn") == []


def test_exports_alone_name_no_model_of_the_plant(nlp):
    text = "Nissan has a plant in Rosslyn, South Africa. Nissan will increase exports of the Navara to Kenya."
    assert models_at(read(nlp, text)).get("Rosslyn") == []


# -- 'it' with auxiliaries before its verb; a line for a model -------------------------------------------------------
def test_it_after_a_sentence_about_the_facility_is_now_making_a_model(nlp):
    text = ("Ford has a plant in Wayne, Michigan. The facility is able to produce three models at once. It is now making "
            "the Ford Bronco for export markets.")
    assert models_at(read(nlp, text)).get("Wayne") == ["Bronco"]


def test_the_production_lines_for_a_model_are_the_plants(nlp):
    text = ("Porsche will expand its plant in Leipzig, Germany. Porsche says the expansion is to accommodate the "
            "production lines for the Porsche Macan.")
    assert models_at(read(nlp, text)).get("Leipzig") == ["Macan"]


def test_a_line_for_parts_of_a_model_names_no_model(nlp):
    text = ("Porsche will expand its plant in Leipzig, Germany. The production line for batteries of the Porsche Macan "
            "is elsewhere.")
    assert models_at(read(nlp, text)).get("Leipzig") == []


# -- models made at 'the factory' before any plant is known ----------------------------------------------------------
def test_models_made_at_the_factory_before_the_plant_is_known_go_to_it(nlp):
    text = ("Hyundai has started assembling cars in Bangladesh. The company already manufactured about 100 Creta SUVs "
            "at this factory. The plant is initially employing 300 people.")
    assert [(p.country, p.models) for p in read(nlp, text).plants] == [("Bangladesh", ["Creta"])]


def test_another_groups_models_do_not_go_to_the_plant(nlp):
    text = ("Hyundai dealers welcomed the news. Hyundai said the factory has so far made about 100 Toyota Corolla cars "
            "for a trial. The Hyundai plant in Bangladesh is initially employing 300 people.")
    assert all("Corolla" not in p.models for p in read(nlp, text).plants)


# -- a plant taking on models ----------------------------------------------------------------------------------------
def test_the_factory_handles_models_named_after_such_as(nlp):
    text = ("Daihatsu is building a factory in Karawang, Indonesia. The factory will handle Daihatsu's multi-purpose "
            "vehicles and sports utility vehicles, such as the Avanza, Xenia, Terios and Rush models.")
    assert models_at(read(nlp, text)).get("Karawang") == ["Avanza", "Xenia", "Terios", "Rush"]


def test_the_factory_housing_a_press_shop_for_a_model_names_no_model(nlp):
    text = ("Daihatsu is building a factory in Karawang, Indonesia. The factory will house a press shop that stamps "
            "panels for the Avanza.")
    assert models_at(read(nlp, text)).get("Karawang") == []


# -- 'the latter facility', its verb of making a few words on, in a sentence naming another plant ---------------------
def test_the_latter_facility_begins_making_a_model_while_another_plant_opens(nlp):
    text = ("BMW currently builds the 3 Series in Germany and South Africa. The latter facility will drop car "
            "production and begin making the X3 when the Mexican plant opens.")
    found = {p.country: p.models for p in read(nlp, text).plants}
    assert "X3" in found.get("South Africa", []) and "X3" not in found.get("Mexico", []) and "X3" not in found.get("Germany", [])


def test_the_former_and_the_latter_each_take_the_models_after_their_verbs(nlp):
    text = ("Volvo has two plants, in Chengdu and Daqing. While the former facility builds the S60 L and the XC60, the "
            "latter makes the XC90.")
    assert models_at(read(nlp, text)) == {"Chengdu": ["S60", "XC60"], "Daqing": ["XC90"]}


# -- the past of starting a making -----------------------------------------------------------------------------------
def test_launching_a_local_assembly_of_a_model_makes_it_at_the_plant(nlp):
    text = ("Volkswagen has a plant in Thika, Kenya. In December, the car maker also launched a local assembly of its "
            "5-seater Tiguan SUV.")
    assert models_at(read(nlp, text)).get("Thika") == ["Tiguan"]


def test_launching_a_model_on_the_market_makes_nothing(nlp):
    text = "Volkswagen has a plant in Thika, Kenya. Volkswagen launched the Tiguan in Kenya in December."
    assert models_at(read(nlp, text)).get("Thika") == []


# -- a making that ends ----------------------------------------------------------------------------------------------
def test_a_plant_ceasing_to_assemble_a_model_does_not_make_it(nlp):
    text = ("Stellantis makes electric vans at its factory at Ellesmere Port. In 2021 Stellantis said the factory would "
            "cease to assemble the Vauxhall Astra and would instead produce electric vans.")
    assert models_at(read(nlp, text)).get("Ellesmere Port") == []


def test_a_model_no_longer_made_at_a_facility_is_not_its(nlp):
    text = ("Hyundai builds the Tucson at its plant in Montgomery, Alabama. Because of the additions, the Elantra sedan "
            "is no longer made at the Montgomery facility.")
    assert models_at(read(nlp, text)).get("Montgomery") == ["Tucson"]


def test_the_model_still_built_after_one_stopped_is_the_plants(nlp):
    text = ("Hyundai builds the Tucson at its plant in Montgomery, Alabama. The plant stopped making the Sonata in 2019 "
            "but still builds the Santa Fe.")
    assert models_at(read(nlp, text)).get("Montgomery") == ["Tucson", "Santa Fe"]


def test_a_known_company_named_like_a_plants_town_is_not_that_plant(nlp):
    text = "Toyota will invest $100 million at its plant in Toyota, Japan. Toyota builds the Camry in Kentucky."
    assert models_at(read(nlp, text)).get("Toyota") == []


# -- a sentence opening in the past ----------------------------------------------------------------------------------
def test_a_model_the_line_was_used_for_until_recently_is_not_the_plants(nlp):
    text = ("Skoda builds the Kodiaq at its plant in Kvasiny, Czech Republic. Until recently, the production line at the "
            "Kvasiny plant was also used for the Skoda Superb.")
    assert models_at(read(nlp, text)).get("Kvasiny") == ["Kodiaq"]


def test_the_present_after_a_past_opening_still_counts(nlp):
    text = ("Skoda builds the Kodiaq at its plant in Kvasiny, Czech Republic. Previously, the plant built the Skoda "
            "Yeti; now it builds the Skoda Karoq.")
    assert models_at(read(nlp, text)).get("Kvasiny") == ["Kodiaq", "Karoq"]


# -- production moved away from a plant ------------------------------------------------------------------------------
def test_a_model_moved_from_a_plant_to_another_is_the_new_plants_only(nlp):
    text = "Skoda will move production of the Superb from Kvasiny to Bratislava, Slovakia."
    assert models_at(read(nlp, text)) == {"Kvasiny": [], "Bratislava": ["Superb"]}


def test_a_model_moved_away_from_its_plant_is_not_made_there(nlp):
    text = "Nissan is moving production of the Pathfinder from its plant in Smyrna, Tennessee."
    assert all(p.models == [] for p in read(nlp, text).plants)


def test_shipping_from_a_port_keeps_the_plants_model(nlp):
    text = "Nissan builds the Pathfinder at its plant in Smyrna, Tennessee, and ships it from the port in Baltimore."
    assert models_at(read(nlp, text)).get("Smyrna, Tennessee") == ["Pathfinder"]
