"""Rules for constructions found in set N (a day's search results: city papers, trade press, ministry releases,
monthly export reports) once it became a tuning set, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import bases, read, routes


def _plants(facts) -> dict[str, list[str]]:
    return {p.site: sorted(p.models) for p in facts.plants}


# -- the rand before a scale word ---------------------------------------------------------------------------------
def test_rand_before_a_scale_word_is_money_not_a_model(nlp):
    facts = read(nlp, "Toyota builds the Corolla at its plant in Durban. The company has spent R4 billion on the plant "
                      "since 2019.")
    assert "R4" not in {m.name for m in facts.models}
    plant = next(p for p in facts.plants if p.site == "Durban")
    assert (plant.investment.amount, plant.investment.currency) == (4e9, "ZAR")


def test_a_model_named_r_and_a_number_stays_a_model(nlp):
    facts = read(nlp, "The Renault R4 is built at Maubeuge in France.")
    assert "R4" in {m.name for m in facts.models}


# -- "has committed <money> to the project" --------------------------------------------------------------------------
def test_money_committed_to_the_project_is_the_plants_investment(nlp):
    facts = read(nlp, "Ford builds the Ranger at its plant in Silverton. Ford has committed $310 million to the project.")
    plant = next(p for p in facts.plants if p.site == "Silverton")
    assert (plant.investment.amount, plant.investment.currency) == (310e6, "USD")


def test_a_committed_figure_that_is_no_money_is_no_investment(nlp):
    facts = read(nlp, "Ford builds the Ranger at its plant in Silverton. Ford has committed 400 workers to the project.")
    plant = next(p for p in facts.plants if p.site == "Silverton")
    assert plant.investment is None


# -- "The plant, located in X" / "The plant in X, near Y": the plant being described, placed more closely ----------------
def test_the_plant_located_in_a_place_is_the_plant_described(nlp):
    facts = read(nlp, "Hyundai builds the i30 at its plant in Nosovice, Czech Republic. The plant, located in the Dobrava "
                      "industrial park, also builds the Tucson.")
    assert _plants(facts) == {"Nosovice": ["Tucson", "i30"]}


def test_the_plant_in_a_town_near_the_plants_site_is_the_plant_described(nlp):
    facts = read(nlp, "Seat builds the Ibiza at its plant in Barcelona. The plant in Martorell, near Barcelona, also builds "
                      "the Arona.")
    assert _plants(facts) == {"Barcelona": ["Arona", "Ibiza"]}


def test_the_plant_in_another_town_is_another_plant(nlp):
    facts = read(nlp, "Renault builds the Clio at its plant in Bursa, Turkey. The plant in Valladolid, Spain, builds the Captur.")
    assert _plants(facts) == {"Bursa": ["Clio"], "Valladolid": ["Captur"]}


# -- a site the gazetteer lacks, named where no country is: a town of that name in one of the article's countries -------
def test_a_site_named_without_a_country_is_in_the_country_that_has_a_town_of_that_name(nlp):
    facts = read(nlp, "Mazda has opened a new assembly line at its plant in Lafayette, where it will build the CX-50. Until now "
                      "the CX-50 came from Mazda's plant in Hofu, Japan, and Japan also supplied the CX-5 for buyers in the "
                      "United States.")
    assert {p.site: p.country for p in facts.plants}.get("Lafayette") == "United States"


def test_a_site_with_no_namesake_in_the_articles_countries_keeps_the_main_country(nlp):
    facts = read(nlp, "Mazda has opened a new assembly line at its plant in Zeldrova, where it will build the CX-50. Until now "
                      "the CX-50 came from Mazda's plant in Hofu, Japan, and Japan also supplied the CX-5 for buyers in the "
                      "United States.")
    assert {p.site: p.country for p in facts.plants}.get("Zeldrova") == "Japan"


# -- "<site>-built" for a site the gazetteer lacks -----------------------------------------------------------------
def test_cars_built_at_a_site_the_article_placed_come_from_its_country(nlp):
    facts = read(nlp, "Mazda has opened a new assembly line at its plant in Lafayette, where it will build the CX-50. Until now "
                      "the CX-50 came from Mazda's plant in Hofu, Japan, and Japan also supplied the CX-5 for buyers in the "
                      "United States. Mazda plans to send about 9,000 Lafayette-built CX-50s a year to Canada.")
    assert routes(facts) == {("Mazda", "United States", "Canada"): 9000}


# -- "The plant will start with the X": the models a plant opens with -------------------------------------------------
def test_a_plant_that_will_start_with_models_makes_them(nlp):
    facts = read(nlp, "Chery opened its plant in Barcelona on Monday. The plant has an annual capacity of 50,000 vehicles. "
                      "It will start with the Tiggo 7 and the Tiggo 8, and add the Tiggo 4 next year.")
    assert _plants(facts) == {"Barcelona": ["Tiggo 4", "Tiggo 7", "Tiggo 8"]}


def test_a_company_that_will_start_with_models_in_showrooms_gives_the_plant_nothing(nlp):
    facts = read(nlp, "Chery opened its plant in Barcelona on Monday. Its dealers in Spain opened the same week. "
                      "It will start with the Tiggo 7 and the Tiggo 8 in showrooms.")
    assert _plants(facts) == {"Barcelona": []}


# -- a plant given up -------------------------------------------------------------------------------------------------
def test_a_shelved_plant_is_no_plant(nlp):
    facts = read(nlp, "Zentro Motors has shelved its plans for a plant in Ohio, in the United States.")
    assert not facts.plants


def test_a_plant_with_models_keeps_them_when_a_shift_is_cancelled(nlp):
    facts = read(nlp, "Nissan builds the Qashqai at its plant in Sunderland, where it cancelled the night shift last year.")
    assert _plants(facts) == {"Sunderland": ["Qashqai"]}


# -- the short name of a series model ('Galaxy E5' ... 'the E5') --------------------------------------------------------
def test_the_short_name_of_a_series_model_the_article_named_is_that_model(nlp):
    facts = read(nlp, "Geely builds the Galaxy E5 at its plant in Ningbo. The Galaxy Starship 7 shares its platform with the E5.")
    assert bases(facts).get("Galaxy Starship 7") == "Geely Galaxy E5"
    assert {m.name: m.maker for m in facts.models}.get("E5") is None


def test_a_short_name_of_the_articles_makers_series_model_is_theirs(nlp):
    facts = read(nlp, "Geely's other Galaxy models, including the E8 sedan, are built at the company's plant in Xi'an.")
    assert {m.name: m.maker for m in facts.models}.get("Galaxy E8") == "Geely"


def test_a_short_name_whose_own_maker_is_named_stays_that_makers(nlp):
    facts = read(nlp, "Geely and Trumpchi both sell in Chile. Trumpchi builds the E8 at its plant in Guangzhou.")
    assert {m.name: m.maker for m in facts.models}.get("E8") == "Trumpchi"


# -- a hedge in the main clause leaves a 'which makes X at Y' clause alone ---------------------------------------------
def test_a_plant_in_a_which_makes_clause_keeps_its_model_when_the_main_clause_is_hedged(nlp):
    facts = read(nlp, "Tofas, which makes the Egea at Bursa, has said it is studying exports to Germany.")
    assert _plants(facts) == {"Bursa": ["Egea"]}
    assert not facts.exports


def test_a_hedge_inside_the_clause_still_hedges_the_model(nlp):
    facts = read(nlp, "Togg, which is studying building the T10X at Gemlik, has opened a showroom in Germany.")
    assert not any(p.models for p in facts.plants)
