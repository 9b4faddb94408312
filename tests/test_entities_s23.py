"""Models, people and specs in more shapes of news copy: a model whose name is a month's, a maker the gazetteer writes in
capitals written in title case before its model, a company's short name before its vehicles, the first of two slashed
names in a '-based' modifier, a surname behind a dotted honorific, titles the gazetteer lacked, an engine listed for
models with an aside of where one is made. Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, roles, specs_of


def models(facts) -> dict[str, str | None]:
    return {m.name: m.maker for m in facts.models}


@pytest.mark.parametrize("text", [
    "Nissan will build the Note, March and Kicks models at the new line.",
    "The subcompact March model will be exported from the Nissan plant to Chile.",
])
def test_a_model_named_like_a_month(nlp, text):
    assert models(read(nlp, text)).get("March") == "Nissan"


@pytest.mark.parametrize("text", [
    "Nissan said in March that it would add a shift at the plant.",
    "Nissan output rose 4% between January and March, the company said.",
    "Nissan sold 12,000 cars by March 2024 at its dealers.",
    "Nissan will open the plant on 14 March.",
    "Nissan began to build the Note and the Juke, respectively, in March and May 2019.",
])
def test_a_month_written_as_a_date_is_no_model(nlp, text):
    assert "March" not in models(read(nlp, text))


def test_a_maker_written_in_title_case_before_its_model(nlp):
    facts = read(nlp, "The line will assemble the Volkswagen Polo, Seat Ibiza and Skoda Fabia for the local market.")
    assert models(facts).get("Ibiza") == "SEAT"  # the brand written before it, in title case, is named


def test_a_brand_never_written_leaves_its_model_to_the_group_the_story_names(nlp):
    facts = read(nlp, "Volkswagen will build the Ibiza at the plant, the group said.")
    assert models(facts).get("Ibiza") == "Volkswagen"


def test_the_word_alone_is_no_maker(nlp):
    assert "Ibiza" not in models(read(nlp, "The seat belts were made in Ibiza, the supplier said."))


def test_a_companys_short_name_before_its_vehicles_is_no_model(nlp):
    text = ("UD Trucks Corporation has named a new dealer in Zambia. Like the Volkswagen SUVs, the UD trucks will be assembled "
            "at the Lusaka plant.")
    assert "UD" not in models(read(nlp, text))


def test_a_short_code_before_vehicles_is_still_a_model(nlp):
    text = "Volkswagen will assemble the Polo at the plant, and the ZX trucks will follow next year."
    assert "ZX" in models(read(nlp, text))


def test_the_first_of_two_slashed_names_in_a_based_modifier(nlp):
    facts = read(nlp, "Nissan will make up to 90,000 units a year of new March/Micra-based models in Thailand.")
    assert "March" not in models(facts)


def test_two_slashed_models_standing_alone_are_both_models(nlp):
    facts = read(nlp, "Nissan will build the March/Micra and the Note at the plant.")
    assert "March" in models(facts)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Together with the staff, Mr. Haruto, chairman of Kestrel Motors, will attend the ceremony.", "Mr. Haruto", "chairman"),
    ("The plant was opened by Crown Prince Faisal bin Tamim in March.", "Faisal bin Tamim", "Crown Prince"),
    ("Deputy Chief Executive Officer Tomas Varga said the expansion was on track.", "Tomas Varga", "Deputy Chief Executive Officer"),
])
def test_titles_and_honorifics(nlp, text, name, role):
    assert roles(read(nlp, text)).get(name) == role


def test_a_dotted_honorific_alone_is_no_person(nlp):
    assert roles(read(nlp, "The chairman of Kestrel Motors, Mr., will attend.")) == {}


def test_an_engine_used_for_models_listed_with_where_one_is_made(nlp):
    text = ("The plant will make a 1.6-litre petrol engine, which will be used for the Volkswagen Polo and the Skoda Rapid "
            "built in Kaluga, as well as for the Skoda Octavia.")
    facts = read(nlp, text)
    for model in ("Polo", "Rapid", "Octavia"):
        assert ("engine_l", 1.6) in specs_of(facts, model)


def test_an_engine_for_one_model_and_another_models_plant(nlp):
    text = "The 1.6-litre engine is used for the Volkswagen Polo, while the Kaluga plant makes the Skoda Octavia."
    assert specs_of(read(nlp, text), "Octavia") == []


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ivo Berg (L), chief executive of Kestrel Motors, and Ana Ruiz (2nd R), plant director, cut the ribbon.", "Ivo Berg", "chief executive"),
    ("Ivo Berg (L), chief executive of Kestrel Motors, and Ana Ruiz (2nd R), plant director, cut the ribbon.", "Ana Ruiz",
     "plant director"),
    ("Also, Tomas Varga will become the new sales director of Kestrel.", "Tomas Varga", "sales director"),
    ("Tomas Varga became president of Kestrel Motors in 2019.", "Tomas Varga", "president"),
    ("Tomas Varga, marketing and sales director of Kestrel, said prices would rise.", "Tomas Varga", "marketing and sales director"),
    ("The plant was visited by the Chancellor, Greta Holm, on Monday.", "Greta Holm", "Chancellor"),
])
def test_captions_becoming_paired_functions(nlp, text, name, role):
    assert roles(read(nlp, text)).get(name) == role


def test_a_bracketed_word_that_is_no_photo_position(nlp):
    assert "Kestrel Motors" not in roles(read(nlp, "Kestrel Motors (KM), the plant's owner, said so."))


def test_a_car_that_becomes_something_is_no_person(nlp):
    assert roles(read(nlp, "The Zorvex will become the new flagship of Kestrel.")) == {}


def test_a_pair_that_is_no_title_keeps_the_title(nlp):
    assert roles(read(nlp, "Tomas Varga, trucks and sales director of Kestrel, said so.")).get("Tomas Varga") == "sales director"


def test_a_first_name_that_is_a_model_name(nlp):
    facts = read(nlp, "Minister of Industry Tarek Loutfi visited the Volkswagen plant, which will build the Tarek SUV.")
    assert roles(facts).get("Tarek Loutfi") == "Minister of Industry"
    assert "Tarek" in models(facts)


def test_a_surname_with_its_particle_stands_for_the_name_in_full(nlp):
    text = "Rosa Maria del Varela joins the board. Del Varela becomes the new president of Kestrel Motors."
    people = roles(read(nlp, text))
    assert people.get("Rosa Maria del Varela") == "president" and "Del Varela" not in people


def test_a_surname_with_its_particle_never_named_in_full(nlp):
    assert roles(read(nlp, "Del Varela becomes the new president of Kestrel Motors.")).get("Del Varela") == "president"


def test_an_engine_size_in_cc_shaped_like_a_year(nlp):
    facts = read(nlp, "The Kia Sportage has a 1998cc petrol engine, the Kia Picanto a 1200 cc unit.")
    assert ("engine_l", 2.0) in specs_of(facts, "Sportage")


def test_a_year_before_a_word_is_still_a_year(nlp):
    assert specs_of(read(nlp, "The Kia Sportage was launched in 2000, cc the dealers said."), "Sportage") == []


@pytest.mark.parametrize("text", [
    "The Kia Sportage will pay the 10 percent duty on above 1,700 cc vehicles.",
    "The Kia Picanto is one of the cars below 1000cc that pay less tax.",
    "The Kia Picanto joins vehicles up to 1,300cc in the lower tax band.",
])
def test_a_bound_of_a_class_of_cars_is_no_cars_engine(nlp, text):
    facts = read(nlp, text)
    assert specs_of(facts, "Sportage") == [] and specs_of(facts, "Picanto") == []


def test_a_bound_without_a_class_noun_stays_the_cars(nlp):
    assert ("power_hp", 150) in specs_of(read(nlp, "The Kia Sportage makes above 150 hp from its engine."), "Sportage")


def test_valve_timing_is_no_gearbox(nlp):
    facts = read(nlp, "The Hyundai Solaris has a 1.6-litre engine with CVVT (Continuously Variable Valve Timing).")
    assert ("transmission", "CVT") not in specs_of(facts, "Solaris")


def test_a_continuously_variable_transmission_is_a_cvt(nlp):
    facts = read(nlp, "The Hyundai Solaris has a continuously variable transmission.")
    assert ("transmission", "CVT") in specs_of(facts, "Solaris")


def bases_of(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


def test_a_cue_with_an_adverb_inside(nlp):
    facts = read(nlp, "Perodua builds the Myvi. Like the old one, the new Myvi is based closely on the Daihatsu Sirion.")
    assert bases_of(facts).get("Myvi") == "Daihatsu Sirion"


def test_an_adverb_after_a_word_that_is_no_cue(nlp):
    facts = read(nlp, "Perodua builds the Myvi, priced closely on par with the Daihatsu Sirion.")
    assert bases_of(facts).get("Myvi") is None


def test_this_vehicle_is_a_version_of(nlp):
    facts = read(nlp, "Perodua launched the Bezza in July. This small sedan is a version of the Daihatsu Ayla.")
    assert bases_of(facts).get("Bezza") == "Daihatsu Ayla"


def test_this_vehicle_is_a_version_of_with_no_car_named_before(nlp):
    facts = read(nlp, "Perodua will launch a new car next year. This sedan is a version of the Daihatsu Ayla.")
    assert all(base is None for base in bases_of(facts).values())


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The changes follow the exit of Ivo Berg, who has departed as president of Kestrel Motors Canada.", "Ivo Berg", "president"),
    ("Ana Ruiz left as chairman of Kestrel in May.", "Ana Ruiz", "chairman"),
    ("Ana Ruiz has been promoted from sales director at Kestrel to run its plant.", "Ana Ruiz", "sales director"),
])
def test_posts_left_and_posts_held_before_a_promotion(nlp, text, name, role):
    assert roles(read(nlp, text)).get(name) == role


@pytest.mark.parametrize("text", [
    "The Kestrel plant has been moved from Ohio to Texas.",
    "The prototype left as a concept car.",
])
def test_things_moved_or_left_are_no_people(nlp, text):
    assert roles(read(nlp, text)) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Sales will rise, according to the vice chairman of Mazda's Thai business unit Anan Wongsiri.", "Anan Wongsiri"),
    ("The head of Mazda's truck division Ana Ruiz said prices rose.", "Ana Ruiz"),
])
def test_a_name_right_after_a_companys_unit(nlp, text, name):
    assert name in roles(read(nlp, text))


def test_a_company_after_a_companys_unit_is_no_person(nlp):
    assert roles(read(nlp, "The head of Toyota's truck division Hino Motors said prices rose.")) == {}


def companies(facts) -> list[str]:
    return list(facts.companies)


def test_a_legal_form_before_a_quoted_name_is_no_company(nlp):
    facts = read(nlp, 'The Limited Liability Company "Zarafshan Avto" was set up in 2021. It has built 9,000 cars.')
    assert "Limited Liability Company" not in companies(facts)


def test_an_acronym_joined_by_a_hyphen_opens_the_name(nlp):
    facts = read(nlp, "The loans came from Development Bank of Kazakhstan JSC and KRT-Leasing JSC, Astana Motors said.")
    assert "Leasing JSC" not in companies(facts)


def test_a_companys_name_as_a_governors_surname(nlp):
    text = "Alabama Governor Robert Bentley praised the plant. “It is great,” Governor Bentley said."
    facts = read(nlp, text)
    assert "Bentley" not in companies(facts) and "Robert Bentley" in roles(facts)


def test_a_brand_after_a_title_never_a_surname_stays_a_company(nlp):
    assert "Bentley" in companies(read(nlp, "Bentley will build the Bentayga in Crewe, Chairman Bentley said nothing."))


def test_a_brands_name_that_is_the_plants_town(nlp):
    facts = read(nlp, "Workers from Honda's plant in Lincoln went to California. Cars from Lincoln were loaded onto a ship.")
    assert "Lincoln" not in companies(facts)


def test_a_brand_that_is_a_town_stays_a_brand(nlp):
    assert "Lincoln" in companies(read(nlp, "Ford will build the Lincoln Navigator in Kentucky, and Lincoln sales rose."))


@pytest.mark.parametrize("text", [
    "Kestrel has announced the appointment of former Volkswagen boss Ivo Berg as its new chairman.",
    "Kestrel named former Volkswagen boss Ivo Berg as chairman.",
])
def test_the_post_after_the_name_replaces_the_post_held_before(nlp, text):
    assert roles(read(nlp, text)).get("Ivo Berg") == "chairman"


def test_a_post_held_now_is_kept(nlp):
    assert roles(read(nlp, "Volkswagen boss Ivo Berg spoke as chairman of the panel.")).get("Ivo Berg") == "boss"


def test_former_opening_the_employers_name_before_the_title(nlp):
    text = ("Former Volkswagen India and Japan boss Ivo Berg joins Kestrel. Kestrel announced the appointment of Ivo Berg "
            "as its new chairman.")
    assert roles(read(nlp, text)).get("Ivo Berg") == "chairman"


def test_a_companys_acronym_in_brackets_wins_over_the_gazetteers_firm_of_the_same_letters(nlp):
    # "GM" is General Motors in the gazetteer; this story defines it as Gulf Motors, and so it stays
    facts = read(nlp, "Gulf Motors (GM) opened an assembly plant in Sohar on Monday. "
                      "GM will assemble 5,000 pickups a year there, its chairman said.")
    assert facts.companies == ["Gulf Motors"]
    assert {p.company for p in facts.plants} == {"Gulf Motors"}


def test_an_acronym_the_story_does_not_define_keeps_the_gazetteers_firm(nlp):
    facts = read(nlp, "Gulf Motors opened an assembly plant in Sohar on Monday. GM will supply the kits, it said.")
    assert "General Motors" in facts.companies
