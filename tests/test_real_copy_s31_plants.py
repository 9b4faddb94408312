"""Plant fixes of 2026-12-05 (s31), from the errors of the tuning sets, on sentences written for these tests (stories
made up): a model made only in a country, a model set against the subject by 'Unlike'."""
from __future__ import annotations

from tests.pipeline_helpers import read


def countries_of(facts) -> dict[str, list[str]]:
    """country -> models of its plants."""
    found: dict[str, list[str]] = {}
    for p in facts.plants:
        found.setdefault(p.country, []).extend(p.models)
    return found


# -- a model made only in a country ----------------------------------------------------------------------------------
def test_a_model_made_only_in_a_country_is_made_there(nlp):
    text = "Hyundai expects strong demand for the Venue. The Hyundai Venue is made exclusively in India, the company said."
    assert "Venue" in countries_of(read(nlp, text)).get("India", [])


def test_a_model_set_against_by_unlike_is_not_made_there(nlp):
    text = "Unlike the Creta, the Hyundai Venue will be made only in India."
    found = countries_of(read(nlp, text))
    assert "Venue" in found.get("India", []) and "Creta" not in found.get("India", [])


def test_an_import_made_only_in_a_country_is_no_plant(nlp):
    text = "The Toyota Hilux arrived in Ghana as a CBU model that was made only in Thailand."
    assert "Thailand" not in countries_of(read(nlp, text))


def test_a_models_part_made_only_in_a_country_is_no_plant_of_the_model(nlp):
    text = "The Hyundai Venue uses a gearbox that is made only in South Korea."
    assert "South Korea" not in countries_of(read(nlp, text))


def test_a_decision_made_only_in_a_country_is_no_plant(nlp):
    text = "Hyundai said the decision on the Venue was made only in South Korea."
    assert "South Korea" not in countries_of(read(nlp, text))



# -- 'it' the car made, not the company -----------------------------------------------------------------------------
def test_it_made_somewhere_is_the_car_named_last_and_its_maker_makes_it(nlp):
    text = ("Maruti Suzuki sells the Ertiga in Indonesia, and Maruti Suzuki sells the Swift in Kenya. Next year, as a "
            "spokesman for Honda said on Monday, the Amaze will go to Chile. We will export kits to Chile, where it "
            "would be assembled from March.")
    assert {p.country: p.company for p in read(nlp, text).plants}.get("Chile") == "Honda"


def test_it_the_subject_of_an_active_verb_is_no_car(nlp):
    text = ("Maruti Suzuki sells the Ertiga in Indonesia. Next year, as a spokesman for Honda said on Monday, the Amaze "
            "will go to Chile. Maruti Suzuki said it has assembled cars in Chile since 2020.")
    assert {p.country: p.company for p in read(nlp, text).plants}.get("Chile") != "Honda"


# -- models, then 'made in' a town -----------------------------------------------------------------------------------
def test_models_made_in_a_town_are_made_there(nlp):
    text = ("The ship left Antwerp for Shanghai loaded with Volvo XC40 crossovers made in Ghent and S60 sedans made "
            "in Torslanda.")
    sites = {p.site: p.models for p in read(nlp, text).plants}
    assert "XC40" in sites.get("Ghent", []) and "S60" in sites.get("Torslanda", [])


def test_models_made_in_a_country_they_are_imported_from_are_no_plant(nlp):
    text = "Dealers in Chile sell Volvo XC40 crossovers made in China and imported through Valparaiso."
    assert not any(p.country == "China" for p in read(nlp, text).plants)


# -- a town written 'in' or 'at' after a state's plant ----------------------------------------------------------------
def test_a_town_after_a_states_plant_is_its_site(nlp):
    text = "Honda's other Indiana plant, in the town of Greensburg, builds the Honda Civic."
    assert {p.site for p in read(nlp, text).plants} == {"Greensburg"}


def test_a_town_of_another_plant_after_a_states_plant_is_not_its_site(nlp):
    text = "Honda's Ohio plant builds the Accord, and its plant in Greensburg builds the Honda Civic."
    assert {p.site: p.models for p in read(nlp, text).plants} == {"Ohio": ["Accord"], "Greensburg": ["Civic"]}


# -- output by maker, one maker a line under a heading ----------------------------------------------------------------
OUTPUT_STORY = ("Car output in Mexico rises\n\nMexico's light vehicle production rose 4% in March to 330,000 units, the "
                "statistics agency said.\n\n{heading}\n{rows}\n\nExports rose 2% in the month.\n")


def makers_with_plants(text: str, nlp) -> set[tuple[str | None, str]]:
    return {(p.company, p.country) for p in read(nlp, text).plants}


def test_makers_counted_one_a_line_under_a_heading_of_output_have_plants(nlp):
    rows = "Nissan: 61,000 units\nGeneral Motors: 58,400 units\nVolkswagen: 40,100 units"
    text = OUTPUT_STORY.format(heading="Output by automaker in March:", rows=rows)
    assert makers_with_plants(text, nlp) >= {("Nissan", "Mexico"), ("General Motors", "Mexico"), ("Volkswagen", "Mexico")}


def test_ranked_rows_of_bare_counts_are_read_too(nlp):
    rows = "1. Nissan 61,000\n2. General Motors 58,400\n3. Volkswagen 40,100"
    text = OUTPUT_STORY.format(heading="Production by manufacturer in March:", rows=rows)
    assert makers_with_plants(text, nlp) >= {("Nissan", "Mexico"), ("General Motors", "Mexico"), ("Volkswagen", "Mexico")}


def test_makers_counted_under_a_heading_of_sales_have_no_plants(nlp):
    rows = "Nissan: 21,000 units\nGeneral Motors: 18,400 units\nVolkswagen: 10,100 units"
    text = OUTPUT_STORY.format(heading="Sales by brand in March:", rows=rows)
    assert not any(company in ("Nissan", "General Motors", "Volkswagen") for company, _ in makers_with_plants(text, nlp))
