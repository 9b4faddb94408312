"""Specs of engines several models share, and figures that are another model's (round s20 on the real sets O-R):
an engine said to be fitted to a list of models, in the same sentence or the next; a model named in an 'also' clause
(a sharer, not the car of the story); an engine size said again far from any model after the article gave it to one
model; two figures in two clauses, the model after the second. Sentences written for these tests: real makers and
models in made-up events and figures."""
from __future__ import annotations

from tests.pipeline_helpers import read, specs_of


# -- an engine fitted to a list of models ------------------------------------------------------------------------------
def test_engine_appearing_in_a_list_of_models_is_each_ones(nlp):
    facts = read(nlp, "Toyota's 2.8-litre diesel is a reworked engine appearing in the Hilux and the Fortuner as well "
                      "as the company's new Land Cruiser Prado. Toyota says it delivers 201 hp.")
    for model in ("Hilux", "Fortuner", "Land Cruiser Prado"):
        assert ("engine_l", 2.8) in specs_of(facts, model), (model, facts.specs)
        assert ("power_hp", 201) in specs_of(facts, model), (model, facts.specs)


def test_engine_then_a_sentence_listing_the_models(nlp):
    facts = read(nlp, "Ford unveiled a new 3.0-litre V6 diesel engine on Monday. It will be used in the Ranger and "
                      "the Everest from next year.")
    assert ("engine_l", 3.0) in specs_of(facts, "Ranger"), facts.specs
    assert ("engine_l", 3.0) in specs_of(facts, "Everest"), facts.specs


def test_a_model_and_a_rival_after_it_are_not_a_shared_list(nlp):
    # no verb of fitting before the models: the figure is the first model's only
    facts = read(nlp, "The 1.5-litre Hyundai Creta undercuts the Kia Seltos on price.")
    assert ("engine_l", 1.5) in specs_of(facts, "Creta"), facts.specs
    assert specs_of(facts, "Seltos") == [], facts.specs


# -- a model in an 'also' clause shares the engine ---------------------------------------------------------------------
def test_model_in_an_also_clause_is_not_the_cars(nlp):
    facts = read(nlp, "Kia will launch the Sonet in Chile next month. The Sonet will be sold in three trims. "
                      "Buyers in Chile have waited two years for it.\n\n"
                      "Kia's new crossover will be powered by a 1.2-litre petrol engine, which also serves in the Picanto. "
                      "This engine makes 83 hp.")
    assert ("engine_l", 1.2) in specs_of(facts, "Sonet"), facts.specs
    assert ("power_hp", 83) in specs_of(facts, "Sonet"), facts.specs
    assert specs_of(facts, "Picanto") == [], facts.specs


def test_model_in_a_plain_which_clause_keeps_the_figure(nlp):
    # no 'also': the figure still goes to the model named after it
    facts = read(nlp, "Kia will launch the Sonet in Chile next month.\n\n"
                      "The plant will build a 1.0-litre engine, which goes into the Picanto.")
    assert ("engine_l", 1.0) in specs_of(facts, "Picanto"), facts.specs


# -- a figure said again far from any model ----------------------------------------------------------------------------
def test_size_said_again_far_from_models_stays_with_its_model(nlp):
    facts = read(nlp, "The Tundra gets a 3.4-litre V6 and the Ford F-150 offers a 5.0-litre V8.\n\n"
                      "Buyers have long asked for more towing capacity. Dealers expect strong demand in Texas.\n\n"
                      "Analysts say the 5.0-litre option remains popular with fleet buyers.")
    assert ("engine_l", 5.0) not in specs_of(facts, "Tundra"), facts.specs
    assert ("engine_l", 5.0) in specs_of(facts, "F-150"), facts.specs


def test_new_size_far_from_models_still_goes_to_the_story_car(nlp):
    facts = read(nlp, "The Tundra gets a 3.4-litre V6.\n\n"
                      "Buyers have long asked for more towing capacity. Dealers expect strong demand in Texas.\n\n"
                      "A 2.4-litre hybrid option follows next year.")
    assert ("engine_l", 2.4) in specs_of(facts, "Tundra"), facts.specs


# -- two figures in two clauses ----------------------------------------------------------------------------------------
def test_first_clause_figure_is_not_the_second_clauses_model(nlp):
    facts = read(nlp, "Both makers have news: a 2.0-litre turbo for Nissan's vans, and a larger 2.5-litre unit coming "
                      "next year in the Toyota Hilux.")
    assert ("engine_l", 2.5) in specs_of(facts, "Hilux"), facts.specs
    assert ("engine_l", 2.0) not in specs_of(facts, "Hilux"), facts.specs


def test_two_sizes_of_one_model_in_one_clause(nlp):
    facts = read(nlp, "A 1.5-litre and a 2.0-litre engine will power the Honda Civic.")
    assert ("engine_l", 1.5) in specs_of(facts, "Civic"), facts.specs
    assert ("engine_l", 2.0) in specs_of(facts, "Civic"), facts.specs


# -- models named as sharing the platform ------------------------------------------------------------------------------
def test_figures_after_the_same_platform_as_are_the_subjects_not_the_mates(nlp):
    """'The Syros rides on the same K1 platform as the Sonet and the Hyundai Venue, and is powered by ...': the figures
    are the Syros's, and so are those of the next sentence's engine 'also offered'."""
    text = ("Kia's new Syros compact SUV rides on the same K1 platform as the Sonet and the Hyundai Venue, and is powered "
            "by a 1.0-litre turbo-petrol engine producing 118bhp. A 1.5-litre diesel with 114bhp is also offered.")
    facts = read(nlp, text)
    assert specs_of(facts, "Syros") == [("engine_l", 1.0), ("power_hp", 118), ("engine_l", 1.5), ("power_hp", 114)]
    assert specs_of(facts, "Venue") == [] and specs_of(facts, "Sonet") == []


def test_a_rival_named_in_apposition_before_its_verb_has_its_own_figures(nlp):
    """'Its rival, the Ford Everest, offers a 3.0-litre V6 diesel with 250hp': the rival is the subject here; 'takes on
    rivals such as the X' keeps the rival out."""
    facts = read(nlp, "The Toyota Fortuner gets a 2.8-litre diesel with 201hp. Its rival, the Ford Everest, offers a "
                      "3.0-litre V6 diesel with 250hp.")
    assert specs_of(facts, "Everest") == [("engine_l", 3.0), ("power_hp", 250)]
    facts = read(nlp, "The Toyota Fortuner, with a 2.8-litre diesel, takes on rivals such as the Ford Everest.")
    assert specs_of(facts, "Everest") == [] and specs_of(facts, "Fortuner") == [("engine_l", 2.8)]


def test_an_engine_that_comes_from_another_model_is_the_cars_not_the_donors(nlp):
    text = ("The Tata Altroz will be available in several engine variants. The entry-level models will be powered by a "
            "1.2-litre 85 PS petrol motor that will come from the Tiago.")
    facts = read(nlp, text)
    assert specs_of(facts, "Altroz") == [("engine_l", 1.2), ("power_hp", 83.8)] and specs_of(facts, "Tiago") == []
