"""Plants, exports and figures as set U's mainstream press writes them, on sentences written for these tests (names and
figures made up)."""
from __future__ import annotations

from core.nlp.normalise import parse_number
from tests.pipeline_helpers import read, routes


# -- Indian digit grouping ----------------------------------------------------------------------------------------
def test_indian_digit_grouping_reads_as_one_number():
    assert parse_number("2,41,507") == 241507
    assert parse_number("12,05,300") == 1205300
    assert parse_number("41,507") == 41507


def test_a_comma_list_of_small_numbers_is_not_indian_grouping():
    assert parse_number("1,2,3") is None


# -- a company's export total, then its markets -------------------------------------------------------------------
def test_a_company_export_total_names_the_shipper_of_the_markets_that_follow(nlp):
    facts = read(nlp, "Tata Motors exported 2,41,507 vehicles last year. Nepal was the largest market with 9,100 units, "
                      "followed by Bangladesh with 4,300 units.")
    assert routes(facts) == {("Tata Motors", "India", "Nepal"): 9100, ("Tata Motors", "India", "Bangladesh"): 4300}


def test_a_company_export_total_without_a_figure_names_no_shipper(nlp):
    facts = read(nlp, "Tata Motors exported more vehicles last year. Nepal was the largest market for used cars.")
    assert not facts.exports


# -- a plant's site sends its output abroad; the markets follow, some after a semicolon ---------------------------
def test_a_plant_site_sending_output_abroad_ships_to_the_markets_after_it(nlp):
    facts = read(nlp, "Skoda builds the Kamiq and the Scala at its Kvasiny plant in the Czech Republic. "
                      "Kvasiny built 180,000 cars last year and sent most of them abroad. Germany remained its biggest "
                      "customer, taking 40,100 Kamiqs; Poland took 12,500 vehicles and Austria 6,200.")
    assert routes(facts) == {("Skoda", "Czech Republic", "Germany"): 40100, ("Skoda", "Czech Republic", "Poland"): 12500,
                             ("Skoda", "Czech Republic", "Austria"): 6200}


def test_a_semicolon_clause_without_a_receiving_verb_gives_no_route(nlp):
    facts = read(nlp, "Skoda builds the Kamiq and the Scala at its Kvasiny plant in the Czech Republic. "
                      "Kvasiny built 180,000 cars last year and sent most of them abroad. Germany remained its biggest "
                      "customer, taking 40,100 Kamiqs; Poland saw 12,500 registrations of all brands.")
    assert set(routes(facts)) == {("Skoda", "Czech Republic", "Germany")}


def test_a_site_that_is_no_known_plant_names_no_shipper(nlp):
    facts = read(nlp, "Skoda builds the Kamiq in Kvasiny. Prague sent many tourists abroad. Germany remained its biggest "
                      "customer, taking 40,100 visitors.")
    assert ("Skoda", "Czech Republic", "Germany") not in routes(facts)


# -- a plant named by its state, then by its town; a model not built somewhere -----------------------------------
def plants_by_site(facts) -> dict[str, object]:
    return {p.site: p for p in facts.plants}


def test_a_metaplant_is_a_plant_noun(nlp):
    facts = read(nlp, "Kia's Chattanooga Metaplant is getting a second shift and 900 new jobs.")
    assert [(p.site, p.jobs) for p in facts.plants] == [("Chattanooga", 900)]


def test_a_state_named_plant_becomes_the_town_written_with_that_state(nlp):
    facts = read(nlp, "Kia's Tennessee plant is getting the Seltos.\n\nKia said the plant in Chattanooga, Tennessee, will add 900 jobs. "
                      "The Sorento is built at Kia's plant in Chattanooga.")
    sites = plants_by_site(facts)
    assert "Tennessee" not in sites
    assert sites["Chattanooga"].jobs == 900
    assert {"Seltos", "Sorento"} <= set(sites["Chattanooga"].models)


def test_a_state_named_plant_keeps_its_state_when_no_town_is_written_with_it(nlp):
    # a town of the group in another state is another plant (one in the same state is that plant: test_plants_real4)
    facts = read(nlp, "Kia's Tennessee plant is getting the Seltos. The Sorento is built at Kia's plant in Atlanta.")
    assert {"Tennessee", "Atlanta"} <= set(plants_by_site(facts))


def test_a_model_that_will_not_be_built_somewhere_gives_no_plant_there(nlp):
    facts = read(nlp, "Kia builds the Seltos in Chattanooga. A spokesperson said the Sorento will not be built in Fremont.")
    assert "Fremont" not in plants_by_site(facts)


def test_a_model_that_will_be_built_somewhere_gives_the_plant(nlp):
    facts = read(nlp, "Kia builds the Seltos in Chattanooga. A spokesperson said the Sorento will be built in Fremont.")
    assert "Sorento" in plants_by_site(facts)["Fremont"].models


def test_a_figure_an_earlier_version_misstated_is_not_the_plants(nlp):
    facts = read(nlp, "Correction: an earlier version misstated the capacity of Kia's Chattanooga plant as 90,000 vehicles.\n\n"
                      "Kia builds the Seltos at its plant in Chattanooga, which has an annual capacity of 60,000 vehicles.")
    assert [(p.site, p.capacity_per_year) for p in facts.plants] == [("Chattanooga", 60000)]


# -- a place in apposition with a plant ---------------------------------------------------------------------------
def test_a_place_in_apposition_with_a_plant_is_a_plant_and_ships_later(nlp):
    facts = read(nlp, "Mercedes-Benz will add the GLE to its US line-up. Rastatt, the A-Class's main plant, keeps the car. "
                      "Last year Rastatt shipped about 31,000 A-Classes to France.")
    sites = plants_by_site(facts)
    assert sites["Rastatt"].company == "Mercedes-Benz"
    assert routes(facts)[("Mercedes-Benz", "Germany", "France")] == 31000


def test_a_place_in_apposition_with_a_city_is_no_plant(nlp):
    facts = read(nlp, "Mercedes-Benz sells the A-Class widely. Rastatt, the region's main town, hosts a festival.")
    assert not facts.plants


# -- jobs a change cost are a loss ---------------------------------------------------------------------------------
def test_jobs_a_change_cost_are_no_jobs_and_the_staff_left_are(nlp):
    facts = read(nlp, "Kia's plant in Chattanooga went from two shifts to one. The change cost 350 jobs and leaves about "
                      "2,200 people on the payroll.")
    assert [(p.site, p.jobs) for p in facts.plants] == [("Chattanooga", 2200)]


def test_jobs_a_plant_creates_after_its_cost_are_jobs(nlp):
    facts = read(nlp, "Kia's new plant in Chattanooga will cost $900 million to build and employ 1,300 workers.")
    assert [(p.site, p.jobs) for p in facts.plants] == [("Chattanooga", 1300)]


# -- a company's legal suffix after its name is no model ------------------------------------------------------------
def test_a_legal_suffix_with_a_dot_after_a_maker_is_no_model(nlp):
    facts = read(nlp, "To cut the number of cars exported to the United States, Subaru will raise output of the Crosstrek at "
                      "its plant in Lafayette, Indiana, its partner Toyota Motor Corp., by adding a third shift in May.")
    assert "Corp." not in {m.name for m in facts.models}


def test_a_model_after_a_maker_name_is_still_found(nlp):
    facts = read(nlp, "Chery will start building the Chery Tiggo 11 in Wuhu next year.")
    assert "Tiggo 11" in {m.name for m in facts.models}


# -- a public body's name after a title is no person ----------------------------------------------------------------
def test_a_department_named_after_a_title_is_no_person(nlp):
    facts = read(nlp, "Wang Lei, deputy director of the Jilin Provincial Department of Industry, said output rose.")
    assert [p.name for p in facts.people] == ["Wang Lei"]


def test_a_person_named_after_a_title_of_a_company_is_still_found(nlp):
    facts = read(nlp, "The chief executive of Geely, Wang Lei, said output rose.")
    assert [p.name for p in facts.people] == ["Wang Lei"]
