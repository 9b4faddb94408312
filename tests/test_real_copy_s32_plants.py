"""Plant fixes of 2026-12-05 (s32), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a site whose name is written with a hyphen."""
from __future__ import annotations

from tests.pipeline_helpers import read


def sites_of(facts) -> set[tuple]:
    """(company, site, country) of every plant."""
    return {(p.company, p.site, p.country) for p in facts.plants}


def models_at(facts, site: str) -> list[str]:
    return next((p.models for p in facts.plants if p.site == site), [])


# -- a site whose name has a hyphen -----------------------------------------------------------------------------------
def test_a_hyphenated_town_after_in_is_one_site(nlp):
    text = "In Poland, Toyota has a production facility located in Brzeg-Dolnowice."
    assert ("Toyota", "Brzeg-Dolnowice", "Poland") in sites_of(read(nlp, text))


def test_a_hyphenated_plant_name_is_one_site(nlp):
    text = "Toyota builds the Corolla at the Lin-Shui Plant in Taiwan."
    facts = read(nlp, text)
    assert ("Toyota", "Lin-Shui", "Taiwan") in sites_of(facts)
    assert models_at(facts, "Lin-Shui") == ["Corolla"]


def test_a_hyphen_between_months_joins_no_site(nlp):
    text = "Skoda built 12,000 cars at its plant in Karsk-Ovo, Czech Republic, in the January-March quarter."
    assert sites_of(read(nlp, text)) == {("Skoda", "Karsk-Ovo", "Czech Republic")}


# -- a model, the subject, starting production at the plant ----------------------------------------------------------
def test_a_model_starting_production_there_is_the_plants(nlp):
    text = ("Volkswagen will convert its Zwickau plant in Germany for electric cars. The new compact hatchback ID.3 is to start "
            "production there in 2027.")
    assert "ID.3" in models_at(read(nlp, text), "Zwickau")


def test_a_model_expected_to_begin_production_at_the_facility(nlp):
    text = ("The Ridgeville plant in South Carolina builds the Volvo S60. Officials said the XC70 luxury SUV was expected "
            "to begin production at the facility next year.")
    assert models_at(read(nlp, text), "Ridgeville") == ["S60", "XC70"]


def test_a_model_starting_production_with_no_plant_said_is_not_the_plants(nlp):
    # (no 'there', no 'at the plant': the maker may build it anywhere)
    text = ("The Ridgeville plant in South Carolina builds the Volvo S60. The XC70 will begin production later in 2027.")
    assert models_at(read(nlp, text), "Ridgeville") == ["S60"]


def test_only_the_model_that_starts_production_not_a_version_named_after(nlp):
    text = ("Volvo builds the S60 at its Ridgeville plant in South Carolina. The XC70 will begin production there this "
            "fall with a lineup that includes the front-drive T6.")
    assert models_at(read(nlp, text), "Ridgeville") == ["S60", "XC70"]


# -- towns listed each with its country -------------------------------------------------------------------------------
def test_towns_listed_with_their_countries_after_semicolons_are_each_a_site(nlp):
    text = ("The Sanand plant is the fifth Ford facility to build the Fiesta. The other facilities are located in "
            "Cologne, Germany; Valencia, Spain; Chennai, India; and Rayong, Thailand.")
    sites = {(s, c) for _, s, c in sites_of(read(nlp, text))}
    assert {("Cologne", "Germany"), ("Valencia", "Spain"), ("Rayong", "Thailand")} <= sites


def test_each_town_of_a_list_with_countries_shares_the_model_built(nlp):
    text = "Ford builds the Fiesta at plants in Cologne, Germany; Valencia, Spain; and Rayong, Thailand."
    facts = read(nlp, text)
    assert [models_at(facts, s) for s in ("Cologne", "Valencia", "Rayong")] == [["Fiesta"]] * 3


def test_a_town_and_its_country_then_another_clause_is_no_list(nlp):
    # (the second town is not followed by a country: no list of towns with their countries)
    text = "Ford builds the Fiesta in Cologne, Germany, and Valencia workers protested."
    assert {s for _, s, _ in sites_of(read(nlp, text))} == {"Cologne"}


# -- a model year before a name that is also a word ------------------------------------------------------------------
def test_a_model_year_before_a_shared_name_makes_it_a_model(nlp):
    text = "Production for the 2027 Maxima will begin later this year."
    assert "Maxima" in {m.name for m in read(nlp, text).models}


def test_a_year_with_no_article_before_it_makes_no_model(nlp):
    text = "The fund was founded in 2016. Maxima said it will invest in the Canton region."
    assert "Maxima" not in {m.name for m in read(nlp, text).models}


# -- a town the city database knows in one country only -----------------------------------------------------------------
def test_a_town_of_one_country_is_there_not_in_the_makers_home(nlp):
    text = ("Canada-based New Flyer, the largest bus maker on the continent, held a ceremony at its Anniston facility "
            "for a $25 million expansion.")
    assert ("New Flyer", "Anniston", "United States") in sites_of(read(nlp, text))


def test_a_country_named_as_a_place_in_the_sentence_still_places_the_site(nlp):
    # (a namesake of the US town, in the country the sentence names)
    text = "In Poland, New Flyer builds buses at its Anniston plant, its third in Europe."
    assert {c for _, _, c in sites_of(read(nlp, text))} == {"Poland"}


# -- a town named by its noun, a describing word before it ------------------------------------------------------------
def test_a_town_described_before_its_noun_is_the_site(nlp):
    text = "BYD is building a bus factory in Hungary, in the northern town of Bresztovac, its first in Europe."
    assert ("BYD", "Bresztovac", "Hungary") in sites_of(read(nlp, text))


def test_a_described_town_where_nothing_is_made_is_no_site(nlp):
    text = "BYD officials held a press conference in the northern town of Bresztovac on Monday."
    assert read(nlp, text).plants == []


# -- a plant placed by its state, told again by its town ---------------------------------------------------------------
def test_a_state_plant_is_the_one_town_plant_named_with_that_state(nlp):
    text = ("Volkswagen will build the ID.3 in Lower Saxony from 2027. Its Osnabrueck plant is to be the first plant in "
            "Lower Saxony to build electric cars.")
    facts = read(nlp, text)
    assert {s for _, s, _ in sites_of(facts)} == {"Osnabrueck"}
    assert models_at(facts, "Osnabrueck") == ["ID.3"]


def test_a_state_and_a_town_listed_as_two_plants_stay_two(nlp):
    text = ("Volkswagen will build the ID.3 in Lower Saxony from 2027. It also runs plants in Lower Saxony and at "
            "Osnabrueck, which builds the Golf.")
    assert len(read(nlp, text).plants) == 2


# -- a forecaster quoted on a plant runs no plant ---------------------------------------------------------------------
def test_a_forecaster_quoted_on_a_plants_output_is_no_operator(nlp):
    text = ("Mazda has begun building the Mazda2 at its Salamanca plant in Mexico. IHS Automotive forecasts that the "
            "plant's output will exceed 250,000 units by 2027.")
    facts = read(nlp, text)
    assert {c for c, _, _ in sites_of(facts)} == {"Mazda"}
    assert "IHS Automotive" not in facts.companies


# -- the town someone spoke from ----------------------------------------------------------------------------------------
def test_the_town_a_speaker_spoke_from_is_no_site(nlp):
    text = ("Indus Motor Company will assemble 80,000 cars a year in Pakistan. Its chief executive told reporters on "
            "Monday from Lahore over the telephone.")
    assert {s for _, s, _ in sites_of(read(nlp, text))} == {None}


def test_the_one_town_named_otherwise_is_still_the_site(nlp):
    text = ("Indus Motor Company will assemble 80,000 cars a year in Pakistan. The Lahore mayor welcomed the "
            "investment on Monday.")
    assert {s for _, s, _ in sites_of(read(nlp, text))} == {"Lahore"}
