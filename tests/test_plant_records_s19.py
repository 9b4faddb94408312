"""Plant records as real copy writes them (round s19): a short headline naming a plant is read, 'Plant <Town>' names the
town's plant, and a list of countries after the plants a company runs has one plant in each. Sentences written for these
tests: the events and the maker Zorvex are made up."""
from __future__ import annotations

from core.nlp.boilerplate import _plant_headline
from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple, list[str]]:
    return {(p.company, p.site, p.country): p.models for p in facts.plants}


# -- a short headline that names a plant ----------------------------------------------------------------------------------
def test_a_short_plant_headline_is_read():
    assert _plant_headline("A big Hyundai factory opened in Izmit")
    assert _plant_headline("Kia opens assembly plant in Zilina")


def test_other_short_lines_stay_headings():
    assert not _plant_headline("Markets and economy")  # no plant named
    assert not _plant_headline("Zorvex Confirms Brazil Factory Plan")  # In Title Case: no names to trust
    assert not _plant_headline("By Jane Roe, plant reporter")  # a byline
    assert not _plant_headline("Renault opened a factory in Bursa.")  # a sentence, read anyway
    assert not _plant_headline("Photo: workers leave the plant in Bursa at the end of a shift")  # too long for a heading


def test_the_plant_of_a_headline_without_full_stop(nlp):
    facts = read(nlp, "A giant Hyundai factory inaugurated in Izmit\n\nThe ceremony was attended by the prime minister.")
    assert ("Hyundai", "Izmit", "Turkey") in plants(facts)


def test_a_heading_later_in_the_text_stays_out(nlp):
    facts = read(nlp, "Turkey's car output rose in May, the trade body said.\n\nA Hyundai factory in Izmit\n\n"
                      "Sales of new cars fell by 3% in the month.")
    assert not facts.plants


# -- 'Plant <Town>' -------------------------------------------------------------------------------------------------------
def test_plant_before_the_town_names_its_plant(nlp):
    facts = read(nlp, "BMW builds the X5 at Plant Spartanburg, along with the X7.")
    assert plants(facts).get(("BMW", "Spartanburg", "United States")) == ["X5", "X7"]


def test_a_lowercase_plant_before_a_town_is_no_title(nlp):
    facts = read(nlp, "The head of the plant Spartanburg officials praised met the governor.")
    assert ("BMW", "Spartanburg", "United States") not in plants(facts)
    assert not facts.plants


# -- plants a company runs in a list of countries -------------------------------------------------------------------------
def test_a_list_of_countries_after_running_plants_gives_one_plant_each(nlp):
    facts = read(nlp, "Kia also operates plants in Slovakia, Mexico and China.")
    assert {("Kia", None, "Slovakia"), ("Kia", None, "Mexico"), ("Kia", None, "China")} <= set(plants(facts))


def test_existing_facilities_in_a_list_of_countries(nlp):
    facts = read(nlp, "VinFast now has five plants, with existing facilities in the USA, Indonesia, and an upcoming one in India.")
    assert {("VinFast", None, "United States"), ("VinFast", None, "Indonesia")} <= set(plants(facts))


def test_plants_in_one_country_or_planned_plants_stay_unnamed(nlp):
    assert not read(nlp, "Both models come from Suzuki's plants in India.").plants
    facts = read(nlp, "Chery plans to add plants in Egypt and Turkey.")
    assert not [p for p in facts.plants if p.country in ("Egypt", "Turkey")]


# -- 'Another carmaker ... is X. The company ...' -------------------------------------------------------------------------
def test_the_company_after_a_maker_named_by_a_copula(nlp):
    facts = read(nlp, "Hyundai will invest 90 million euros in its plant in Izmit. Another carmaker expanding in Turkey is "
                      "Karsan, the bus maker. The company has started production of a new minibus in Bursa.")
    sites = {p.site: p.company for p in facts.plants}
    assert sites.get("Bursa") == "Karsan"
    assert sites.get("Izmit") == "Hyundai"


def test_a_company_after_a_copula_with_a_comma_before_is_no_subject(nlp):
    facts = read(nlp, "Hyundai will invest 90 million euros in its plant in Izmit. In Turkey, the largest carmaker by sales "
                      "is Renault. The company has started production of a new minibus in Bursa.")
    assert {p.site: p.company for p in facts.plants}.get("Bursa") != "Renault"


# -- 'the X3 through X7' --------------------------------------------------------------------------------------------------
def test_models_numbered_through_another_are_all_made(nlp):
    facts = read(nlp, "BMW builds the X3 through X6 at Plant Spartanburg.")
    assert plants(facts).get(("BMW", "Spartanburg", "United States")) == ["X3", "X4", "X5", "X6"]


def test_two_models_joined_by_and_are_no_range(nlp):
    facts = read(nlp, "BMW builds the X3 and X6 at Plant Spartanburg.")
    assert plants(facts).get(("BMW", "Spartanburg", "United States")) == ["X3", "X6"]


# -- what the cars were worth ---------------------------------------------------------------------------------------------
def test_what_exported_cars_were_worth_is_no_investment(nlp):
    facts = read(nlp, "BMW said Plant Spartanburg led US car exports. The SUVs shipped from South Carolina last year were "
                      "worth a whopping $9.4 billion.")
    assert [p.investment for p in facts.plants] == [None]


def test_a_plant_worth_a_sum_keeps_its_investment(nlp):
    facts = read(nlp, "BMW will build a new plant in Spartanburg. The plant was worth a whopping $1.1 billion.")
    assert [p.investment.amount for p in facts.plants if p.investment] == [1_100_000_000]


# -- 'for assembly in oil-rich X' -----------------------------------------------------------------------------------------
def test_a_describing_compound_before_the_country_of_assembly(nlp):
    for text in ["Zorvex Motors will send kits of the Isuzu D-Max for assembly in oil-rich Nigeria.",
                 "Isuzu will ship kits of the D-Max for assembly in Equator-straddling Kenya."]:
        assert [p.country for p in read(nlp, text).plants] == [text.split()[-1].rstrip(".")], text


def test_a_compound_before_a_market_makes_no_plant(nlp):
    facts = read(nlp, "Isuzu will sell the D-Max in oil-rich Nigeria from May.")
    assert not facts.plants


# -- 'X ... It said ... Its plant' ----------------------------------------------------------------------------------------
def test_its_plant_after_sentences_opening_with_it_is_the_first_subjects(nlp):
    facts = read(nlp, "Zorvex Motors holds a majority stake in Kia. It said Kia's output would rise. Its assembly plant in "
                      "Zilina will build 90,000 cars.")
    assert [p.company for p in facts.plants if p.country == "Slovakia"] == ["Zorvex Motors"]


def test_its_plant_after_another_companys_sentence_is_that_companys(nlp):
    facts = read(nlp, "Hyundai holds a stake in Kia. Kia said its output would rise. Its assembly plant in Zilina will "
                      "build 90,000 cars.")
    assert [p.company for p in facts.plants if p.country == "Slovakia"] == ["Kia"]


# -- 'X's Y automobile plant' ---------------------------------------------------------------------------------------------
def test_a_brand_before_automobile_names_what_the_plant_makes_not_who_runs_it(nlp):
    facts = read(nlp, "Truong Hai Auto's Kia automobile manufacturing plant was inaugurated in Chu Lai yesterday.")
    assert [(p.company, p.site) for p in facts.plants] == [("Truong Hai Auto", "Chu Lai")]  # as written (s27)


def test_a_brand_alone_before_automobile_still_runs_the_plant(nlp):
    facts = read(nlp, "The Kia automobile manufacturing plant was inaugurated in Chu Lai yesterday.")
    assert [(p.company, p.site) for p in facts.plants] == [("Kia", "Chu Lai")]
