"""Habits of published wire and trade copy outside plants: passive appointments, long titles after a possessor, a
surname that is a maker's name, a currency's country, lists of nationalities, models in capitals or written
'3-series', a group's other brand, cylinder layouts, link lists under 'SEE MORE:'. Sentences written for these
tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles


def models(facts) -> dict[str, str | None]:
    return {m.name: m.maker for m in facts.models}


# -- people -------------------------------------------------------------------------------------------------------

def test_a_passive_appointment_names_the_subject(nlp):
    facts = read(nlp, "Jonas Weller was named president of Kia Europe on Monday.")
    assert roles(facts) == {"Jonas Weller": "president"}


def test_a_passive_appointment_past_an_aside(nlp):
    facts = read(nlp, "Park Min-ho, who has run the plant since 2019, was promoted to vice chairman of Kia. "
                      "Anna Berg, 49, has been appointed chief executive of Mazda Europe.")
    assert roles(facts) == {"Park Min-ho": "vice chairman", "Anna Berg": "CEO"}


def test_a_later_post_by_the_surname_replaces_a_former_one(nlp):
    facts = read(nlp, "Kia handed its European unit to a former Honda executive, Jonas Weller-Brandt. "
                      "Weller-Brandt, 49, was named president of Kia Europe.")
    assert roles(facts) == {"Jonas Weller-Brandt": "president"}
    assert [p.org for p in facts.people] == ["Kia"]


def test_a_surname_alone_names_no_new_person(nlp):
    facts = read(nlp, "Lindqvist, 52, was named president of Kia Europe.")
    assert not facts.people


def test_no_passive_appointment_of_a_company_or_without_a_title(nlp):
    assert not read(nlp, "Kia was named supplier of the year by the dealers.").people
    assert not read(nlp, "Anna Berg was named in the report as a witness.").people


def test_a_long_title_after_a_possessor(nlp):
    facts = read(nlp, "Priya Lanner, Mazda Australia's global trucks enterprise product line manager, said the engine was popular.")
    assert roles(facts) == {"Priya Lanner": "manager"}


def test_many_words_before_a_title_without_a_possessor_name_nobody(nlp):
    facts = read(nlp, "In Fresno, Tom Baker and the new regional operations and logistics and planning manager met.")
    assert "Tom Baker" not in roles(facts)


def test_a_surname_that_is_a_makers_name(nlp):
    facts = read(nlp, '"This is a big win," said Premier Dale Ford. Ford will add a shift in Oakville.')
    assert roles(facts) == {"Dale Ford": "Premier"}
    assert "Ford" in facts.companies


def test_a_maker_after_a_first_name_before_a_capitalised_word_is_no_surname(nlp):
    facts = read(nlp, "Chairman Dale Ford Motor said nothing.")
    assert "Dale Ford" not in roles(facts)


def test_a_japanese_managing_officer(nlp):
    facts = read(nlp, "The plant shows Mazda's confidence, Mazda senior managing officer Haruto Kenzai said on Friday.")
    assert roles(facts) == {"Haruto Kenzai": "senior managing officer"}


# -- countries ------------------------------------------------------------------------------------------------------

def test_a_currencys_country_takes_no_part(nlp):
    facts = read(nlp, "Iran signed a car deal with Russia worth 250 million U.S. dollars.")
    assert "United States" not in facts.countries
    assert {"Iran", "Russia"} <= set(facts.countries)


def test_a_country_beside_money_still_counts(nlp):
    facts = read(nlp, "Kia will invest 250 million dollars in the U.S. plant in Georgia.")
    assert "United States" in facts.countries


def test_a_list_of_nationalities_before_brands_is_generic(nlp):
    facts = read(nlp, "The exit of European, American, Japanese, and South Korean brands helped Chery in Russia.")
    assert set(facts.countries) == {"Russia"}


def test_a_nationality_listed_before_a_non_maker_counts(nlp):
    facts = read(nlp, "Chery signed deals with American, Japanese and Korean officials in Russia.")
    assert {"United States", "Japan"} <= set(facts.countries)


# -- companies ------------------------------------------------------------------------------------------------------

def test_former_groups_and_legal_names(nlp):
    facts = read(nlp, "Opel's owner Adam Opel AG signed a deal with PSA Peugeot Citroen, and FCA built the Panda in Tychy.")
    assert {"Opel", "PSA Group", "Fiat Chrysler Automobiles"} <= set(facts.companies)
    assert "Adam" not in models(facts)


def test_headlines_under_see_more_are_links(nlp):
    text = ("Mazda will invest $90 million in its plant in Thailand, the company said.\n\nSEE MORE:\n"
            "Honda, Nissan Race for Third Place in Global EV Market\n"
            "Toyota parks its past with Panasonic battery hook-up\n")
    facts = read(nlp, text)
    assert set(facts.companies) == {"Mazda"}


# -- models ---------------------------------------------------------------------------------------------------------

def test_a_model_in_capitals_after_its_maker(nlp):
    facts = read(nlp, "The plant added the Nissan LEAF in 2019 and the Juke a year later.")
    assert models(facts) == {"Leaf": "Nissan", "Juke": "Nissan"}


def test_a_word_in_capitals_alone_is_no_model(nlp):
    assert not read(nlp, "THE LEAF FALLS: markets slid on Monday.").models


def test_a_range_written_hyphened_in_lower_case(nlp):
    facts = read(nlp, "BMW will build the next-generation 3-series sedan in Debrecen, and Mercedes-Benz the E-class in Sindelfingen.")
    assert models(facts) == {"3 Series": "BMW", "E-Class": "Mercedes-Benz"}


def test_a_groups_other_brand_before_a_model_sells_it(nlp):
    facts = read(nlp, "Workers built the final Holden Cruze in Elizabeth, South Australia.")
    assert models(facts) == {"Cruze": "Holden"}


def test_the_models_maker_parent_or_subsidiary_before_it_keeps_the_maker(nlp):
    assert models(read(nlp, "The Chevrolet Cruze is built in Lordstown.")) == {"Cruze": "Chevrolet"}


def test_a_maker_before_a_name_the_gazetteer_gives_another_maker(nlp):
    facts = read(nlp, "Ford will end the Ford Falcon at its Broadmeadows plant, and the final Falcon and Territory came off the line.")
    assert models(facts).get("Falcon") == "Ford"


def test_a_cylinder_layout_is_an_engine_not_a_model(nlp):
    facts = read(nlp, "The Ford F-150 arrives next year. Its 3.5L EcoBoost V6 engine makes 298kW.")
    assert set(models(facts)) == {"F-150"}
    assert [(s.model, s.engine_l) for s in facts.specs] == [("F-150", 3.5)]
