"""Plant fixes of 2026-12-05 (s28), from the errors of the tuning sets, on sentences written for these tests (names and
figures made up): a rival named only as an example is not the 'it' of the next sentence, a site named after 'the town
of', a town set in apposition to 'the capital'."""
from __future__ import annotations

from tests.pipeline_helpers import plants_of, read


# -- a rival named as an example -------------------------------------------------------------------------------------
def test_a_rival_named_as_an_example_is_not_the_next_sentences_it(nlp):
    text = ("Kia Corp. said Monday it will build the EV4 at its Gwangmyeong plant. It will follow its rivals, such as "
            "Toyota, in naming its models. It has three domestic plants -- two in Hwaseong and one in Sohari.")
    companies = {c for c, _, _ in plants_of(read(nlp, text))}
    assert "Toyota" not in companies and "Kia" in companies


def test_a_company_opening_a_sentence_still_becomes_its_subject(nlp):
    # (the company named first, not after a word of comparison: the next sentence's "it" is that company)
    text = ("Kia Corp. said Monday it will build the EV4 at its Gwangmyeong plant. Toyota, unlike its rivals, kept its "
            "names. It has three domestic plants -- two in Aichi and one in Iwate.")
    companies = {c for c, _, _ in plants_of(read(nlp, text))}
    assert "Toyota" in companies


# -- the town of X ---------------------------------------------------------------------------------------------------
def test_a_plant_in_the_town_of_an_unknown_place_has_that_site(nlp):
    text = ("Kia and its local partner Acme Motors said the plant in the town of Borzavia, in Ethiopia, will build "
            "its first vehicle in March.")
    assert any(site == "Borzavia" for _, site, _ in plants_of(read(nlp, text)))


def test_the_town_of_after_no_plant_word_names_no_site(nlp):
    text = "Kia's chief executive grew up in the town of Borzavia, in Ethiopia, and studied in Seoul."
    assert not any(site == "Borzavia" for _, site, _ in plants_of(read(nlp, text)))


# -- the capital, X --------------------------------------------------------------------------------------------------
def test_a_factory_in_the_capital_named_after_a_comma_is_there(nlp):
    text = "Ghana unveiled its first locally built car at Volkswagen's new factory in the capital, Accra, on Friday."
    assert ("Volkswagen", "Accra", "Ghana") in plants_of(read(nlp, text))


def test_a_meeting_in_the_capital_is_no_plant(nlp):
    text = "Volkswagen's chief met Ghana's president in the capital, Accra, on Friday to talk about car sales."
    assert not plants_of(read(nlp, text))


# -- made-in-X, and the story's company --------------------------------------------------------------------------------
def test_a_made_in_country_model_has_the_story_company_plant_there(nlp):
    text = ("Maruti Suzuki exported 20,000 cars last month. Maruti Suzuki also began shipping the Made-in-India Jimny "
            "to Mexico.")
    assert (("Maruti Suzuki", None, "India") in plants_of(read(nlp, text)))


def test_a_made_in_country_model_of_another_maker_makes_no_plant(nlp):
    # (a trader's import: the maker is not the company the story is about)
    text = "Acme Traders Ltd said it will import the Made-in-India Jimny into Kenya from next month."
    assert not plants_of(read(nlp, text))


# -- a capacity too small for a plant ----------------------------------------------------------------------------------
def test_one_of_its_plants_is_no_capacity(nlp):
    text = ("Renault builds the Alaskan pickup in Argentina. Renault will invest about $150m in expanding production "
            "capacity at one of its Argentinean plants, reports Reuters.")
    plants = read(nlp, text).plants
    assert plants and all(p.capacity_per_year is None for p in plants)


def test_a_small_plant_capacity_is_kept(nlp):
    text = "The new Acme plant in Kenya will have a capacity of 800 vehicles a year."
    assert any(p.capacity_per_year == 800 for p in read(nlp, text).plants)


# -- a brand named only for what is built --------------------------------------------------------------------------------
def test_a_brand_named_for_its_range_gives_the_plant_to_its_parent(nlp):
    text = ("Stellantis announced an investment of one billion euros in Italy. The Cassino plant will build three new "
            "Alfa Romeo models from 2026. A flagship will enrich the Alfa Romeo range.")
    companies = {c for c, site, _ in plants_of(read(nlp, text)) if site == "Cassino"}
    assert companies == {"Stellantis"}


def test_a_brand_acting_as_a_company_keeps_its_plant(nlp):
    text = ("Stellantis announced an investment of one billion euros in Italy. Alfa Romeo said it will build three new "
            "models at its Cassino plant from 2026.")
    companies = {c for c, site, _ in plants_of(read(nlp, text)) if site == "Cassino"}
    assert companies == {"Alfa Romeo"}


# -- a currency letter on a hyphenated figure ----------------------------------------------------------------------------
def test_a_rand_figure_hyphened_to_its_scale_is_the_plant_investment(nlp):
    text = "Acme Motors will make an additional R240-million investment in its Rosslyn plant in South Africa."
    plants = read(nlp, text).plants
    assert any(p.investment is not None and p.investment.amount == 240_000_000 for p in plants)


def test_a_peso_figure_hyphened_to_its_scale_is_money(nlp):
    text = "Acme Motor Philippines said the new plant in Laguna required a P3-billion investment."
    plants = read(nlp, text).plants
    assert any(p.investment is not None and p.investment.amount == 3_000_000_000 for p in plants)


def test_a_letter_and_digit_name_before_a_hyphen_stays_a_name(nlp):
    doc = nlp("The P1-class racer and the R8 are built at Neckarsulm.")
    assert "P1" in [t.text for t in doc] and not any(q.label_ == "MONEY" for q in doc.spans.get("quantities", []))


# -- government money beside the owner's investment ----------------------------------------------------------------------
def test_funding_from_governments_is_not_the_plant_investment(nlp):
    text = ("Acme Motors announced a new future at its Geelong manufacturing facility in Australia. Supported by $215 "
            "million in funding from federal and state governments, Acme will build two new cars. Acme will invest more "
            "than $900 million in the program.")
    plants = [p for p in read(nlp, text).plants if p.site == "Geelong"]
    assert plants and plants[0].investment is not None and plants[0].investment.amount == 900_000_000


def test_support_with_a_converted_sum_in_brackets_is_aid(nlp):
    text = ("Acme Motors will invest £180 million ($230 million) in its Sunderland plant in the UK. The investment "
            "program also includes a £12.5 million ($16 million) support from the local government, for training.")
    plants = [p for p in read(nlp, text).plants if p.site == "Sunderland"]
    assert plants and plants[0].investment is not None and plants[0].investment.amount == 180_000_000


def test_the_owners_funding_stays_its_investment(nlp):
    text = "Acme Motors will provide $400 million in funding for its new plant in Sunderland, in the UK."
    plants = read(nlp, text).plants
    assert any(p.investment is not None and p.investment.amount == 400_000_000 for p in plants)


# -- a plant named as a centre, then its town ----------------------------------------------------------------------------
def test_a_vehicle_center_named_before_its_town_is_a_plant(nlp):
    text = ("Acme Motors will raise output of the Zorva pickup to 90,000 a year at Acme Electric Vehicle Center in "
            "Flint, Michigan.")
    assert any(site == "Flint" for _, site, _ in plants_of(read(nlp, text)))


def test_a_service_center_in_a_town_is_no_plant(nlp):
    text = "Acme Motors opened a new Customer Service Center in Flint, Michigan, last week."
    assert not plants_of(read(nlp, text))


# -- a show's town ---------------------------------------------------------------------------------------------------------
def test_an_international_auto_show_town_is_no_plant(nlp):
    text = ("Kia will phase out production of the Zorva in Korea next year; its successor will make its debut at the "
            "Chicago International Auto Show in February.")
    assert not any(site == "Chicago" for _, site, _ in plants_of(read(nlp, text)))


def test_a_plant_in_a_town_with_a_show_is_still_a_plant(nlp):
    text = "Acme Motors builds the Zorva at its plant in Chicago, Illinois."
    assert any(site == "Chicago" for _, site, _ in plants_of(read(nlp, text)))


# -- a gazetteer row: the English name of a Spanish plant town ------------------------------------------------------------
def test_saragossa_is_zaragoza_in_spain(nlp):
    text = ("Acme Motors will add a new model to its Rüsselsheim plant in Germany. In return, the Spanish Acme plant in "
            "Saragossa will produce the successor of the Zorva.")
    assert any(site == "Saragossa" and country == "Spain" for _, site, country in plants_of(read(nlp, text)))
