"""Which models a plant builds, and who runs it, on sentences written for these tests (places, names and figures
made up or mixed freely)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_models(facts) -> dict[str | None, list[str]]:
    """site -> the models read for it."""
    return {p.site: list(p.models or []) for p in facts.plants}


# -- models that follow those the plant starts with --------------------------------------------------------------
def test_a_model_that_will_follow_joins_the_plant_after_its_first_model(nlp):
    facts = read(nlp, "Kia has opened its plant in Zilina, Slovakia. The first car off the line is the Sportage, a "
                      "compact SUV. The Ceed hatchback will follow in the autumn and the XCeed in 2027.")
    assert plant_models(facts)["Zilina"] == ["Sportage", "Ceed", "XCeed"]


def test_a_model_to_follow_two_sentences_after_the_plant_models(nlp):
    facts = read(nlp, "The Pune plant in India currently assembles the Tata Nexon and the Tata Punch. The company hired "
                      "800 workers this year. A third model, the Tata Harrier, is to follow in 2027.")
    assert plant_models(facts)["Pune"] == ["Nexon", "Punch", "Harrier"]


def test_shipments_of_a_model_to_follow_put_no_model_on_the_plant(nlp):
    facts = read(nlp, "The Pune plant in India currently assembles the Tata Nexon and the Tata Punch. The plant shipped "
                      "2,000 Nexons to Nepal. Harrier shipments to Bhutan are to follow later.")
    assert "Harrier" not in plant_models(facts)["Pune"]


def test_it_begins_with_after_a_sentence_whose_subject_is_the_factory(nlp):
    facts = read(nlp, "Toyota has started production at its plant in Karawang, Indonesia. The $300 million factory has "
                      "an annual capacity of 80,000 vehicles. It begins with the Fortuner, to be followed by the Innova "
                      "and the Avanza.")
    assert plant_models(facts)["Karawang"] == ["Fortuner", "Innova", "Avanza"]


def test_it_begins_with_after_a_sentence_about_the_company_adds_nothing(nlp):
    facts = read(nlp, "Toyota has started production at its plant in Karawang, Indonesia. The company said sales were "
                      "strong. It begins with the Fortuner.")
    assert plant_models(facts)["Karawang"] == []


# -- "its San Antonio, Texas, plant": a town with its state written out, then the plant ---------------------------
def test_a_town_with_its_state_written_out_before_plant_is_a_plant(nlp):
    facts = read(nlp, "Mexican exports rose in May. Toyota said its San Antonio, Texas, plant would add a shift for the "
                      "Tundra.")
    assert [(p.site, p.country) for p in facts.plants] == [("San Antonio", "United States")]


# -- "could move X to its plant in Y, which builds the Z": the clause about the plant, not what only may come ----------
def test_a_relative_clause_after_a_plant_gives_its_models_when_the_move_is_only_possible(nlp):
    facts = read(nlp, "Kia could move some Sportage production to its plant in Zilina, Slovakia, which builds the Ceed "
                      "and the XCeed, a spokesman said.")
    assert plant_models(facts)["Zilina"] == ["Ceed", "XCeed"]


def test_no_plans_to_move_a_model_keeps_the_plants_own_models(nlp):
    facts = read(nlp, "Kia has no plans to move Sportage production to its plant in Zilina, Slovakia, which builds the "
                      "Ceed and the XCeed.")
    assert plant_models(facts)["Zilina"] == ["Ceed", "XCeed"]


def test_a_decided_move_keeps_the_moved_model_beside_those_of_the_clause(nlp):
    facts = read(nlp, "Kia will move Sportage production to its plant in Zilina, Slovakia, which builds the Ceed and "
                      "the XCeed.")
    assert plant_models(facts)["Zilina"] == ["Sportage", "Ceed", "XCeed"]


# -- "home of the X": a plant set in apposition with the models it makes -----------------------------------------
def test_each_of_two_plants_takes_the_models_of_its_own_clause(nlp):
    facts = read(nlp, "Most of the output of its Ramos Arizpe plant in Coahuila, Mexico, which builds the Chevrolet "
                      "Equinox, and of its Silao pickup plant, home of the Chevrolet Silverado and the GMC Sierra, is sold "
                      "in Canada.")
    assert plant_models(facts) == {"Ramos Arizpe": ["Equinox"], "Silao": ["Silverado", "Sierra"]}


def test_it_is_the_home_of_gives_the_plant_described_its_models(nlp):
    facts = read(nlp, "Tata Motors bought the Sanand plant in India from Ford in 2022. Today it is the home of the Nexon "
                      "and the Punch.")
    assert plant_models(facts)["Sanand"] == ["Nexon", "Punch"]


# -- "move production of X from A to its B complex", "will move to <company> in <town>" ----------------------------
def test_models_moved_to_its_plant_go_to_that_plant(nlp):
    facts = read(nlp, "Nissan will move production of the Versa sedan and the Frontier pickup from its CIVAC plant in "
                      "Morelos to its Aguascalientes complex by March.")
    assert plant_models(facts)["Aguascalientes"] == ["Versa", "Frontier"]


def test_production_moving_to_a_company_in_a_town_is_a_plant_there(nlp):
    facts = read(nlp, "Nissan builds the Note at Oppama, Japan. Production of the Note compact will move to Nissan Motor "
                      "Kyushu in Kanda, Fukuoka prefecture, from the summer of 2027.")
    assert plant_models(facts).get("Kanda") == ["Note"]


def test_production_moving_to_a_company_in_a_town_past_an_aside(nlp):
    facts = read(nlp, "Nissan builds the Note at Oppama, Japan. Production of the Note compact, Oppama's main model, will "
                      "move to Nissan Motor Kyushu in Kanda, Fukuoka prefecture, from the summer of 2027.")
    assert plant_models(facts).get("Kanda") == ["Note"]


def test_cars_sold_through_a_company_in_a_town_make_no_plant(nlp):
    facts = read(nlp, "Nissan sold 4,000 cars to Bhutan through Nissan Motor Kyushu in Kanda.")
    assert "Kanda" not in plant_models(facts)


# -- "The X will be added next year": a model added to those the plant builds -------------------------------------
def test_a_model_to_be_added_joins_the_plant_just_described(nlp):
    facts = read(nlp, "Hyundai has opened a plant in Jeddah, Saudi Arabia. The plant builds the Tucson. The Santa Fe and "
                      "the Kona will be added next year once the new body shop is ready.")
    assert plant_models(facts)["Jeddah"] == ["Tucson", "Santa Fe", "Kona"]


def test_exports_to_be_added_put_no_model_on_the_plant(nlp):
    facts = read(nlp, "Hyundai has opened a plant in Jeddah, Saudi Arabia. The plant builds the Tucson. Kona exports to "
                      "Kuwait will be added next year.")
    assert plant_models(facts)["Jeddah"] == ["Tucson"]


# -- "Ramos Arizpe will keep building the X": a place that goes on making a model ----------------------------------
def test_a_place_that_keeps_building_a_model_is_its_plant(nlp):
    facts = read(nlp, "General Motors builds cars in Mexico. Ramos Arizpe will keep building the Chevrolet Equinox EV and "
                      "the Chevrolet Blazer EV.")
    assert plant_models(facts).get("Ramos Arizpe") == ["Equinox EV", "Blazer EV"]


def test_a_place_that_will_continue_production_of_a_model_is_its_plant(nlp):
    facts = read(nlp, "Mazda builds cars in Japan. Hiroshima will continue production of the CX-60 and the MX-5.")
    assert plant_models(facts).get("Hiroshima") == ["CX-60", "MX-5"]


def test_a_place_that_will_keep_a_model_is_its_plant(nlp):
    facts = read(nlp, "Stellantis builds cars in Italy. Melfi will keep the new Jeep Compass and the Lancia Gamma, all built "
                      "on one platform.")
    assert plant_models(facts).get("Melfi") == ["Compass", "Gamma"]


# (since 2026-12-05 the country's one plant with no site takes the one town of that country the story names, so the
# town becomes that plant's site; what these tests guard is that the sentence adds no plant and no model of its own)
def test_a_place_that_will_keep_its_jobs_is_no_plant_of_its_own(nlp):
    facts = read(nlp, "Stellantis builds cars in Italy. Melfi will keep its 3,000 jobs.")
    assert len(facts.plants) == 1 and not any(plant_models(facts).values())


def test_a_place_that_continues_to_grow_is_no_plant_of_its_own(nlp):
    facts = read(nlp, "General Motors builds cars in Mexico. Ramos Arizpe will continue to grow.")
    assert len(facts.plants) == 1 and not any(plant_models(facts).values())


# -- "The plant will add the X": a model added to what the plant makes ----------------------------------------------
def test_the_plant_will_add_a_model(nlp):
    facts = read(nlp, "Volkswagen builds the Polo at its Kariega plant in South Africa. The plant will add the new Tiguan "
                      "compact SUV from 2027, the company confirmed.")
    assert plant_models(facts)["Kariega"] == ["Polo", "Tiguan"]


def test_the_line_will_add_a_model(nlp):
    facts = read(nlp, "Proton builds the X50 at Tanjung Malim, Malaysia. From 2026 the second line will add the Proton X70.")
    assert plant_models(facts)["Tanjung Malim"] == ["X50", "X70"]


# -- "The plant, which ..., builds the X from kits supplied by Y's Z plant": the plant described makes them too -----
def test_the_plant_described_builds_what_it_assembles_from_kits(nlp):
    facts = read(nlp, "Ebro has reopened the former Nissan plant in Barcelona, Spain. The plant, which Nissan ran until "
                      "2021, builds the Ebro s400, s700 and s800 SUVs from kits supplied by Chery's Wuhu plant in China.")
    assert plant_models(facts)["Barcelona"] == ["s400", "s700", "s800"]


def test_the_models_of_the_plants_own_clause_are_not_the_kit_plants(nlp):
    facts = read(nlp, "Toyota opened a plant in Mombasa, Kenya in 2019. From January the plant, which assembles the Toyota "
                      "Hilux and the Suzuki Swift, will also build the Suzuki Dzire and the Suzuki Ertiga from kits shipped "
                      "from Maruti Suzuki's Gujarat plant in India.")
    models = plant_models(facts)
    assert models["Mombasa"] == ["Hilux", "Swift", "Dzire", "Ertiga"]
    assert models["Gujarat"] == ["Dzire", "Ertiga"]


def test_a_shipped_model_built_at_a_named_plant_is_not_given_to_another_plant(nlp):
    """'Exports of the Fronx, built at its Manesar plant, rose ... a new plant at Kharkhoda': the Fronx shipped from
    India comes from Manesar; the new plant, whose models the story does not give, does not build it."""
    text = ("Maruti Suzuki exported 21,951 units in October. Exports of the Fronx, built at its Manesar plant in "
            "Haryana, rose sharply to Japan. Maruti's board approved an investment of Rs 18,000 crore for a new plant "
            "at Kharkhoda, which will create around 11,000 jobs.")
    assert plant_models(read(nlp, text)) == {"Manesar": ["Fronx"], "Kharkhoda": []}
