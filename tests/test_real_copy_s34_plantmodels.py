"""Plant-model fixes of 2026-12-05 (s34), from the errors of the tuning sets, on sentences written for these tests
(names and figures made up): a plant outline's row of the models it makes."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models_at(facts) -> dict[str | None, list[str]]:
    """site -> models of its plant."""
    return {p.site: p.models for p in facts.plants}


# -- a plant outline's row of models -----------------------------------------------------------------------------------
def test_a_production_models_row_of_a_plant_outline_lists_the_plants_models(nlp):
    text = ("Nissan said it would review the future of its Tochigi Plant in Japan.\n"
            "Tochigi Plant outline\n"
            "Number of employees: | 4,100 |\n"
            "Production models: | Teana, Murano, Rogue")
    assert models_at(read(nlp, text)).get("Tochigi") == ["Teana", "Murano", "Rogue"]


def test_a_models_built_label_lists_the_plants_models(nlp):
    text = "Mazda builds cars at its Hofu plant in Japan.\nModels built: CX-5, CX-60"
    assert models_at(read(nlp, text)).get("Hofu") == ["CX-5", "CX-60"]


def test_a_row_of_rival_models_is_no_plants_models(nlp):
    text = "Nissan builds the Teana at its Tochigi Plant in Japan.\nRival models: Camry, Accord"
    assert models_at(read(nlp, text)).get("Tochigi") == ["Teana"]


# -- a making said to stop after a list of models ----------------------------------------------------------------------
def test_assembly_of_a_list_of_models_that_has_been_stopped_gives_the_plant_none_of_them(nlp):
    text = ("Kia has run its plant in Izhevsk, Russia, since 2010. Assembly of the Rio, Ceed, Soul and Sportage models has "
            "been stopped this spring.")
    assert not models_at(read(nlp, text)).get("Izhevsk")


def test_assembly_of_a_list_of_models_that_goes_on_gives_the_plant_all_of_them(nlp):
    text = ("Kia has run its plant in Izhevsk, Russia, since 2010. Assembly of the Rio, Ceed, Soul and Sportage models has "
            "been raised this spring.")
    assert models_at(read(nlp, text)).get("Izhevsk") == ["Rio", "Ceed", "Soul", "Sportage"]


# -- models a platform underpins ---------------------------------------------------------------------------------------
def test_models_a_platform_also_underpins_are_not_made_at_the_plant(nlp):
    text = ("The Astra, built at Opel's Ellesmere Port plant in England, is based on the D2 platform which also "
            "underpins the Chevrolet Cruze and Buick Verano.")
    assert models_at(read(nlp, text)).get("Ellesmere Port") == ["Astra"]


def test_models_a_platform_underpins_that_are_said_to_be_built_at_the_plant_are_its_models(nlp):
    text = "The D2 platform underpins the Chevrolet Cruze and the Buick Verano, both built at the GM plant in Lordstown, Ohio."
    assert models_at(read(nlp, text)).get("Lordstown, Ohio") == ["Cruze", "Verano"]


# -- a model whose own clause says it enters production at the plant --------------------------------------------------
def test_a_model_which_is_set_to_enter_production_at_the_same_factory_is_the_plants(nlp):
    text = ("Peugeot will build the next Peugeot 3008 at its Sochaux plant in France. The car uses the EMP2 platform "
            "that already underpins the Peugeot 5008, which is also set to enter series production at the same factory "
            "later this year.")
    assert models_at(read(nlp, text)).get("Sochaux") == ["Peugeot 3008", "Peugeot 5008"]


def test_a_model_which_is_set_to_enter_the_market_is_not_the_plants(nlp):
    text = ("Peugeot will build the next Peugeot 3008 at its Sochaux plant in France. The car uses the EMP2 platform "
            "that already underpins the Peugeot 5008, which is also set to enter the market later this year.")
    assert models_at(read(nlp, text)).get("Sochaux") == ["Peugeot 3008"]


# -- 'These will include' the vehicles a plant's making counted --------------------------------------------------------
def test_these_will_include_after_the_plants_output_names_the_plants_models(nlp):
    text = ("Hino opened its new truck plant in Joliet, Illinois, on Monday. The facility will eventually produce "
            "20,000 trucks a year. These will include the Hino 268 and Hino 338 models.")
    assert models_at(read(nlp, text)).get("Joliet") == ["Hino 268", "Hino 338"]


def test_these_will_include_after_a_sentence_of_no_making_names_no_plants_models(nlp):
    text = ("Hino opened its new truck plant in Joliet, Illinois, on Monday. The company has 300 dealers in the "
            "country. These will include the Hino 268 and Hino 338 models.")
    assert not models_at(read(nlp, text)).get("Joliet")


# -- a making said to have ended ---------------------------------------------------------------------------------------
def test_a_model_whose_production_has_stopped_is_not_the_plants(nlp):
    text = ("With production of the outgoing Yaris having stopped in May, the new Vitz keeps the lines busy at "
            "Toyota's plant in Valenciennes, France.")
    assert "Yaris" not in models_at(read(nlp, text)).get("Valenciennes", [])


def test_a_model_whose_production_goes_on_is_the_plants(nlp):
    text = ("With production of the Yaris having risen in May, the lines are busy at Toyota's plant in "
            "Valenciennes, France.")
    assert models_at(read(nlp, text)).get("Valenciennes") == ["Yaris"]


# -- 'alongside' after a verb of launching -----------------------------------------------------------------------------
def test_models_released_alongside_others_are_not_put_on_the_plants_line(nlp):
    text = ("Bentley builds its cars at its Crewe plant in England. The year saw the Bentayga Hybrid released "
            "alongside the Flying Spur Speed.")
    assert not models_at(read(nlp, text)).get("Crewe")


def test_models_built_alongside_others_are_the_plants(nlp):
    text = "Bentley builds its cars at its Crewe plant in England. The Bentayga will sit alongside the Flying Spur."
    assert models_at(read(nlp, text)).get("Crewe") == ["Bentayga", "Flying Spur"]


# -- 'make the X bigger' -----------------------------------------------------------------------------------------------
def test_a_plan_to_make_a_model_bigger_names_no_model_made(nlp):
    text = ("Skoda builds the Kamiq at its Mlada Boleslav plant in the Czech Republic. Skoda plans to make the next "
            "Karoq bigger to set it apart from the Kodiaq.")
    assert models_at(read(nlp, text)).get("Mlada Boleslav") == ["Kamiq"]


def test_a_plan_to_make_a_model_at_the_plant_names_the_model_made(nlp):
    text = ("Skoda builds the Kamiq at its Mlada Boleslav plant in the Czech Republic. The plant will also make the "
            "next Karoq from 2027.")
    assert models_at(read(nlp, text)).get("Mlada Boleslav") == ["Kamiq", "Karoq"]


# -- 'purpose-built' ---------------------------------------------------------------------------------------------------
def test_a_purpose_built_model_on_sale_is_not_made_at_the_plant(nlp):
    text = ("Royal Enfield makes motorcycles at its Oragadam plant near Chennai, India. Its motorcycles in Nepal "
            "include the Classic and the Continental GT along with the purpose-built Himalayan.")
    assert not models_at(read(nlp, text)).get("Oragadam")


def test_models_the_plant_has_built_are_the_plants(nlp):
    text = ("Royal Enfield makes motorcycles at its Oragadam plant near Chennai, India. The plant has built the "
            "Continental GT and the Himalayan since 2020.")
    assert models_at(read(nlp, text)).get("Oragadam") == ["Continental GT", "Himalayan"]


# -- 'like its X sibling' ----------------------------------------------------------------------------------------------
def test_a_sibling_a_model_is_likened_to_is_not_made_at_the_plant(nlp):
    text = ("The Attrage, which like its Lancer sibling meets the new emissions rules, will be produced at "
            "Mitsubishi's plant in Laem Chabang, Thailand.")
    assert models_at(read(nlp, text)).get("Laem Chabang") == ["Attrage"]


def test_a_sibling_said_to_be_built_with_the_model_is_made_at_the_plant(nlp):
    text = "The Attrage and its Lancer sibling will be produced at Mitsubishi's plant in Laem Chabang, Thailand."
    assert models_at(read(nlp, text)).get("Laem Chabang") == ["Attrage", "Lancer"]
