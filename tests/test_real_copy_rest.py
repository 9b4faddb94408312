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
    assert roles(facts) == {"Park Min-ho": "vice chairman", "Anna Berg": "chief executive"}


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
    # a named person still, found by the given name, but with no title
    assert roles(read(nlp, "Anna Berg was named in the report as a witness.")) == {"Anna Berg": None}


def test_a_long_title_after_a_possessor(nlp):
    facts = read(nlp, "Priya Lanner, Mazda Australia's global trucks enterprise product line manager, said the engine was popular.")
    assert roles(facts) == {"Priya Lanner": "manager"}


def test_many_words_before_a_title_without_a_possessor_name_nobody(nlp):
    facts = read(nlp, "In Fresno, Tom Baker and the new regional operations and logistics and planning manager met.")
    assert roles(facts).get("Tom Baker") is None  # named (by the given name), with no title


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
    assert {"Opel", "PSA Peugeot Citroen", "FCA"} <= set(facts.companies)  # the group by the name it went by (s27; s53)
    assert "Adam" not in models(facts)


def test_headlines_under_see_more_are_links(nlp):
    text = ("Mazda will invest $90 million in its plant in Thailand, the company said.\n\nSEE MORE:\n"
            "Honda, Nissan Race for Third Place in Global EV Market\n"
            "Toyota parks its past with Panasonic battery hook-up\n")
    facts = read(nlp, text)
    assert set(facts.companies) == {"Mazda"}


# -- models ---------------------------------------------------------------------------------------------------------

def test_a_model_in_capitals_after_its_maker(nlp):
    facts = read(nlp, "The plant added the Renault CAPTUR in 2019 and the Clio a year later.")
    assert models(facts) == {"Captur": "Renault", "Clio": "Renault"}


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


# -- second round: languages, 'exposure to', software names, bare gear counts, engine donors, origins ----------------

def routes(facts) -> set[tuple]:
    return {(e.origin, e.destination) for e in facts.exports}


def test_a_demonym_naming_a_language_takes_no_part(nlp):
    facts = read(nlp, "Nissan will build the Sunny in Egypt, Tanaka told reporters, speaking in both Arabic and English.")
    assert "United Kingdom" not in facts.countries
    assert "Egypt" in facts.countries


def test_a_demonym_before_a_noun_after_in_still_counts(nlp):
    facts = read(nlp, "Toyota builds the Hilux in Egypt and in Japanese plants.")
    assert "Japan" in facts.countries


def test_exposure_to_a_market_is_no_route(nlp):
    facts = read(nlp, "Managers rejected calls to sell Opel to reduce the carmaker's exposure to Europe.")
    assert not facts.exports


def test_a_sale_to_a_market_is_still_a_route(nlp):
    facts = read(nlp, "Kia Slovakia will sell 2,000 Ceeds to Egypt this year.")
    assert ("Slovakia", "Egypt") in routes(facts)


def test_phone_mirroring_is_no_company(nlp):
    facts = read(nlp, "The XC40 is compatible with Apple CarPlay and Android Auto.")
    assert "Android Auto" not in facts.companies


def test_a_gear_count_without_its_kind(nlp):
    facts = read(nlp, "The Ford Ranger gets a 2.3-litre engine and a 10-speed transmission.")
    assert [(s.model, s.engine_l, s.transmission) for s in facts.specs] == [("Ranger", 2.3, "10-speed")]


def test_the_model_an_engine_comes_from_gets_no_figures(nlp):
    facts = read(nlp, "The new Kia Cerato diesel comes in two trims. The engine is from the Seltos and is a 1.6-litre unit.")
    assert [(s.model, s.engine_l) for s in facts.specs] == [("Cerato", 1.6)]


def test_a_model_with_its_own_engine_keeps_its_figures(nlp):
    facts = read(nlp, "The Kia Seltos comes from the Anantapur plant with a 1.5-litre engine.")
    assert [(s.model, s.engine_l) for s in facts.specs] == [("Seltos", 1.5)]


def test_an_origin_that_is_one_of_the_markets_is_the_makers_home(nlp):
    facts = read(nlp, "UzAuto Motors will start building the Chevrolet Onix in Kazakhstan next year. "
                      "UzAuto Motors exports cars to Kazakhstan, Tajikistan and Lebanon.")
    assert {("Uzbekistan", "Kazakhstan"), ("Uzbekistan", "Lebanon")} <= routes(facts)
    assert not any(origin == "Kazakhstan" for origin, _ in routes(facts))


def test_supplying_markets_named_by_their_adjectives(nlp):
    facts = read(nlp, "Mazda builds the CX-3 at its plant in Rayong, Thailand, a hub to supply the Vietnamese, "
                      "Middle Eastern and North African markets.")
    assert {("Thailand", "Vietnam"), ("Thailand", "Middle East"), ("Thailand", "North Africa")} <= routes(facts)


def test_supplying_parts_to_a_plant_is_no_market(nlp):
    facts = read(nlp, "Denso will supply the Mazda plant in Rayong, Thailand, with starters.")
    assert not facts.exports


def test_a_model_named_after_its_vehicle_class(nlp):
    facts = read(nlp, "Avtotor has started three JMC models - the compact urban commercial vehicle Tarvo, the universal "
                      "commercial vehicle Plenta, and the Vigus pickup truck.")
    assert models(facts) == {"Tarvo": "JMC", "Plenta": "JMC", "Vigus": "JMC"}


def test_no_model_from_a_capitalised_word_after_a_vehicle_noun_that_goes_on(nlp):
    facts = read(nlp, "JMC said the commercial vehicle Market grew, and the new SUV Monday launch was delayed.")
    assert not facts.models


def test_a_model_based_on_another_written_as_a_compound(nlp):
    facts = read(nlp, "Holden will build a further 800 Commodore-based Chevrolet SS sedans in Elizabeth.")
    assert {m.name: m.based_on for m in facts.models}.get("SS") == "Holden Commodore"


def test_a_town_based_maker_is_no_lineage(nlp):
    facts = read(nlp, "The Munich-based BMW will build the iX3 in Debrecen.")
    assert all(m.based_on is None for m in facts.models)


def test_central_european_is_central_europe(nlp):
    facts = read(nlp, "Kia Slovakia exported 3,000 Ceeds to Central European markets and 2,000 to Eastern Europe.")
    assert ("Slovakia", "Central Europe") in routes(facts)
    assert ("Slovakia", "Central and Eastern Europe") not in routes(facts)
