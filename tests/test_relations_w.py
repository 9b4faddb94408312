"""General constructions behind set W's and X's misses, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles, routes


# -- a title spelled out is kept as written (s27; it was its canonical acronym before) ----------------------------
def test_a_spelled_out_title_is_kept_as_written(nlp):
    facts = read(nlp, "“Orders are strong,” said Lena Hofmann, chief executive of Renault.")
    assert roles(facts) == {"Lena Hofmann": "chief executive"}


def test_an_abbreviated_title_stays_abbreviated(nlp):
    assert roles(read(nlp, "Renault CEO Lena Hofmann told reporters that prices would rise.")) == {"Lena Hofmann": "CEO"}


# -- "X, the joint venture of the Korean Hyundai and the assembler Y, builds ... at its plant" ----------------------
JV_TEXT = ("KOSTANAY, 3 May. The town is becoming the car centre of Kazakhstan, our correspondent reports.\n\n"
           "Allur, the joint venture of the Korean Hyundai and the state Astana Motors, has started production of the "
           "Tucson at its plant, where the Elantra is already produced. Today the plant employs 1,500 people.")


def test_an_assembler_in_the_apposition_is_no_second_operator(nlp):
    facts = read(nlp, JV_TEXT)
    assert [(p.company, p.country) for p in facts.plants] == [("Allur", "Kazakhstan")]
    assert facts.plants[0].jobs == 1500


def test_a_demonym_before_a_company_is_no_site_country(nlp):
    facts = read(nlp, JV_TEXT)
    assert "South Korea" not in {p.country for p in facts.plants}


# -- "Of these, 3,100 Saga and Persona cars went to Kenya and 2,400 X50s to Brunei" ----------------------------------
def test_a_figure_of_several_models_before_went_is_the_first_markets(nlp):
    facts = read(nlp, "Proton's exports over six months totalled 9,800 vehicles. Of these, 3,100 Saga and Persona cars went "
                      "to Kenya and 2,400 X50s to Brunei, according to the data.")
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 3100, ("Proton", "Malaysia", "Brunei"): 2400}
    assert {e.destination: e.models for e in facts.exports}["Kenya"] == ["Saga", "Persona"]


def test_a_figure_of_one_model_before_went_still_counts(nlp):
    facts = read(nlp, "Proton exported 9,800 vehicles. Of these, 3,100 Saga cars went to Kenya.")
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 3100}


# -- "Shipments to Egypt and Nigeria, planned since 2022, have not started": no route yet ----------------------------
def test_exports_that_have_not_started_are_no_route(nlp):
    facts = read(nlp, "Proton exported 9,800 vehicles. Shipments to Egypt and Nigeria, planned since 2022, have not started.")
    assert routes(facts) == {}


def test_exports_that_have_yet_to_begin_are_no_route(nlp):
    assert routes(read(nlp, "Proton exported 9,800 vehicles. Exports to Egypt have yet to begin.")) == {}


def test_a_negation_in_a_relative_clause_leaves_the_route(nlp):
    facts = read(nlp, "Proton shipped 900 Saga sedans to Kenya, which has not opened its market to used imports.")
    assert routes(facts)[("Proton", "Malaysia", "Kenya")] == 900


# -- "Analyst at Maybank Research, Aminah Yusof, estimates ...", "..., Engineer Ahmad Tarmizi, explained" -----------
def test_a_title_at_an_organisation_then_the_name_between_commas(nlp):
    facts = read(nlp, "Analyst at Maybank Research, Aminah Yusof, estimates that Proton could sell 90,000 cars.")
    assert roles(facts) == {"Aminah Yusof": "Analyst"}


def test_engineer_written_before_a_name_is_an_honorific(nlp):
    facts = read(nlp, "The managing director of the company, Engineer Ahmad Tarmizi, explained that the plant runs two shifts.")
    assert roles(facts) == {"Ahmad Tarmizi": "managing director"}


def test_an_engineer_described_at_a_company_is_no_title_before_a_name(nlp):
    assert roles(read(nlp, "Proton hired Engineer Ahmad Tarmizi.")) == {}


# -- "the first four hundred pickups went to ...": an ordinal before number words ----------------------------------
def test_number_words_after_an_ordinal_are_the_figure(nlp):
    facts = read(nlp, "Proton started exports this year. The first four hundred Saga sedans went to Kenya in the spring.")
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 400}


def test_the_first_nine_months_is_a_period_not_a_figure(nlp):
    facts = read(nlp, "Thaco said it shipped 1,200 Kia Sonet SUVs to Laos in the first nine months, and a first lot of 300 "
                      "to Cambodia in September.")
    assert routes(facts)[("Thaco", "Vietnam", "Cambodia")] == 300


# -- towns a general gazetteer holds: a plant named by its town alone -----------------------------------------------
def test_a_plant_in_a_town_of_the_gazetteer_gets_its_country(nlp):
    facts = read(nlp, "MAN builds the Lion's City at its plant in Starachowice.")
    assert [(p.site, p.country) for p in facts.plants] == [("Starachowice", "Poland")]


# -- "Gemlik, a few kilometres away, builds the X and the Y, around 150,000 a year": a place with an aside -----------
def test_a_place_past_an_aside_builds_the_models_after_its_verb(nlp):
    facts = read(nlp, "Toyota raised the Bursa plant to 300,000 units a year. Gemlik, a few kilometres away, builds the big "
                      "Corolla and the Yaris, around 150,000 a year.")
    assert {p.site: p.models for p in facts.plants} == {"Bursa": [], "Gemlik": ["Corolla", "Yaris"]}


# -- "Around 80 per cent of Tangier's cars leave Morocco": the markets that follow are the plant's ------------------
def test_vehicles_leaving_a_country_make_the_following_markets_its_routes(nlp):
    facts = read(nlp, "Renault builds the Clio at its Tangier plant in Morocco. Around 80 per cent of Tangier's cars leave "
                      "Morocco. The largest market so far this year was France with 12,000 Clios, ahead of Spain (9,800).")
    assert routes(facts) == {("Renault", "Morocco", "France"): 12000, ("Renault", "Morocco", "Spain"): 9800}


def test_people_leaving_a_country_ship_nothing(nlp):
    facts = read(nlp, "Renault builds the Clio at its Tangier plant in Morocco. Many engineers leave Morocco. "
                      "The largest market was France with 12,000 Clios.")
    assert routes(facts) == {}



# -- "Kenya remains the main market for our cars: ... we supplied 6,100 vehicles there" -----------------------------
def test_vehicles_supplied_there_go_to_the_market_named_as_the_subject(nlp):
    facts = read(nlp, '"Kenya remains the main market for our cars: in nine months we supplied 6,100 vehicles there, mostly '
                      'the Saga," said Proton chief executive Ali Hassan.')
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 6100}


# -- "A smaller batch of 600 is due to sail for Tanzania in December" ----------------------------------------------
def test_a_batch_due_to_sail_for_a_market_is_a_route(nlp):
    facts = read(nlp, "Proton builds the Saga at Tanjung Malim. The first 1,150 Sagas left Port Klang for Kenya last week. "
                      "A smaller batch of 600 is due to sail for Tanzania in December.")
    assert ("Proton", "Malaysia", "Tanzania") in routes(facts)


# -- staff counted as people, personnel or colleagues --------------------------------------------------------------
def jobs(text, nlp):
    return [p.jobs for p in read(nlp, "Proton builds the Saga at Tanjung Malim. " + text).plants]


def test_persons_after_the_number_of_employees_are_jobs(nlp):
    assert jobs("The number of employees of the plant will rise from 420 to 780 persons.", nlp) == [780]


def test_colleagues_who_work_at_a_plant_are_jobs(nlp):
    assert jobs("Today 4,800 colleagues work in Tanjung Malim.", nlp) == [4800]


def test_personnel_recruited_are_jobs(nlp):
    assert jobs("With the new line, 350 additional personnel were recruited.", nlp) == [350]


def test_people_without_a_word_of_staff_are_no_jobs(nlp):
    assert jobs("The plant welcomed 4,800 visitors and 300 people at its open day.", nlp) == [None]


# -- "the first 1,500 left-hand-drive Saga sedans will leave Port Klang for Kenya": a compound before the model ---------
def test_a_hyphened_compound_between_the_figure_and_the_model_keeps_the_count(nlp):
    facts = read(nlp, "Proton builds the Saga at Tanjung Malim. The first 1,500 left-hand-drive Saga sedans will leave "
                      "Port Klang for Kenya in November.")
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 1500}


# -- "..., and Wuling builds the X at its plant in the same industrial area": the site named before ------------------
def test_a_second_companys_plant_in_the_same_area_is_at_the_site_named_before(nlp):
    facts = read(nlp, "Toyota Motor Manufacturing Indonesia assembles the Innova and the Fortuner at Karawang, and Wuling "
                      "builds the Air ev and the BinguoEV at its plant in the same industrial area.")
    found = {p.company: (p.site, p.models) for p in facts.plants}
    assert found["Wuling"] == ("Karawang", ["Air ev", "BinguoEV"])
    assert found["Toyota Motor Manufacturing Indonesia"] == ("Karawang", ["Innova", "Fortuner"])


def test_the_same_company_in_the_same_area_is_one_plant(nlp):
    facts = read(nlp, "Toyota Motor Manufacturing Indonesia assembles the Innova at Karawang, where it builds the Fortuner "
                      "at its plant in the same industrial area.")
    assert len(facts.plants) == 1


# -- "delivered abroad 26,300 cars, of which 18,100 ... went to A, 4,700 ... to B and the rest to C" ------------------
BREAKDOWN = ("In nine months Proton delivered abroad 26,300 cars, of which {figure} Saga and Persona cars went to Kenya, "
             "4,700 X50 to Brunei and the rest to Tanzania and Uganda.")


def test_a_total_before_of_which_is_no_markets_figure(nlp):
    facts = read(nlp, BREAKDOWN.format(figure="18,100"))
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 18100, ("Proton", "Malaysia", "Brunei"): 4700,
                             ("Proton", "Malaysia", "Tanzania"): None, ("Proton", "Malaysia", "Uganda"): None}


def test_the_rest_takes_none_of_the_models_named_for_other_markets(nlp):
    facts = read(nlp, BREAKDOWN.format(figure="18,100"))
    models = {e.destination: e.models for e in facts.exports}
    assert models["Tanzania"] == [] and models["Uganda"] == [] and models["Brunei"] == ["X50"]


def test_digits_in_brackets_restate_a_figure_in_words(nlp):
    facts = read(nlp, BREAKDOWN.format(figure="eighteen thousand one hundred (18,100)"))
    assert routes(facts)[("Proton", "Malaysia", "Kenya")] == 18100
    assert routes(facts)[("Proton", "Malaysia", "Brunei")] == 4700


# -- an interview: "Q: What comes out of X?" / "Q: Which models are built there?" answered by a list of models ---------
def test_an_answer_listing_models_gives_the_plant_the_question_names(nlp):
    facts = read(nlp, "Proton raised the Tanjung Malim plant to 300,000 units a year.\n\nQ: What exactly comes out of Tanjung "
                      "Malim?\n\nA: The Saga, the Persona, which is the sedan version of the Saga, and the X50.")
    assert {p.site: p.models for p in facts.plants} == {"Tanjung Malim": ["Saga", "Persona", "X50"]}


def test_an_answer_about_models_built_there_gives_the_plant_described(nlp):
    facts = read(nlp, "Proton raised the Tanjung Malim plant to 300,000 units a year.\n\nQ: Which models are built there now?"
                      "\n\nA: The Saga sedan, the Persona and the X50 SUV.")
    assert {p.site: p.models for p in facts.plants} == {"Tanjung Malim": ["Saga", "Persona", "X50"]}


def test_an_answer_to_a_question_about_something_else_adds_no_models(nlp):
    facts = read(nlp, "Proton raised the Tanjung Malim plant to 300,000 units a year.\n\nQ: What do you think of the X70?"
                      "\n\nA: The Saga sedan is better.")
    assert {p.site: p.models for p in facts.plants} == {"Tanjung Malim": []}


# -- a public office the roles list lacked ------------------------------------------------------------------------
def test_a_schools_superintendent_is_a_person_with_a_role(nlp):
    facts = read(nlp, "Toyota will build a plant in Kentucky. Scott County schools superintendent Dr. Ellen Marsh said the "
                      "district is planning for up to 500 additional students.")
    assert roles(facts) == {"Ellen Marsh": "superintendent"}


# -- "Economists were unimpressed. Aminah Yusof of the Malaysian Institute of Economic Research said ..." -------------
def test_a_name_of_an_organisation_before_a_verb_of_speech_is_a_person(nlp):
    facts = read(nlp, "Proton sales fell. Aminah Yusof of the Malaysian Institute of Economic Research said the cut helps "
                      "importers.")
    assert [p.name for p in facts.people] == ["Aminah Yusof"]


def test_the_plural_opening_the_sentence_before_gives_the_role(nlp):
    facts = read(nlp, "Proton sales fell. Economists were unimpressed. Aminah Yusof of the Malaysian Institute of Economic "
                      "Research said the cut helps importers.")
    assert roles(facts) == {"Aminah Yusof": "economist"}


def test_a_company_of_a_country_before_said_is_no_person(nlp):
    assert read(nlp, "Proton sales fell. Toyota Motor of Japan said it would cut prices.").people == []
