"""Specs and export routes as published road tests and trade copy write them: abbreviations inside a sentence ('4-cyl.'),
differences and conversions beside a rating, a charger's power, an engine borrowed from another model, a sentence about
'the sedan' named before, one size for two versions, sizes sharing one unit, engine codes, cylinder layouts, reviews that
speak to the reader; exports told with 'It', 'for sale in', ranked markets, regions. Sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from core.nlp.boilerplate import is_boilerplate
from tests.pipeline_helpers import read, routes


def specs(facts) -> set[tuple]:
    """(model, attribute, value) of every spec figure."""
    out = set()
    for s in facts.specs:
        for attr in ("engine_l", "power_hp", "transmission"):
            value = getattr(s, attr)
            if value is not None:
                out.add((s.model, attr, round(value, 1) if isinstance(value, float) else value))
    return out


def figures(facts, model: str, attr: str) -> list:
    return sorted(getattr(s, attr) for s in facts.specs if s.model == model and getattr(s, attr) is not None)


# -- which figures are the car's -----------------------------------------------------------------------------------

def test_an_abbreviation_with_a_full_stop_ends_no_sentence(nlp):
    facts = read(nlp, "Kia fits a 181-hp 2.0L DI 4-cyl. in its new Sorento crossover.")
    assert specs(facts) == {("Sorento", "engine_l", 2.0), ("Sorento", "power_hp", 181.0)}
    facts = read(nlp, "Early Seltos models get a 1.6L 4-cyl., making about 121 hp, and a 2.0L comes later.")
    assert ("Seltos", "power_hp", 121.0) in specs(facts)


def test_a_full_stop_before_a_capital_still_ends_the_sentence(nlp):
    doc = nlp("The plant opened in May. In June it built 400 cars.")
    assert len(list(doc.sents)) == 2


def test_a_difference_is_no_rating(nlp):
    facts = read(nlp, "The new engine gives the Corolla 141 hp, another 7 hp compared with the old unit. "
                      "The 171 hp version of the Corolla is 30 hp more powerful.")
    assert figures(facts, "Corolla", "power_hp") == [141.0, 171.0]


def test_a_conversion_in_brackets_is_the_same_figure(nlp):
    facts = read(nlp, "The engine gives the Corolla 137hp (101 kW) at 5,600 rpm.")
    assert figures(facts, "Corolla", "power_hp") == [137.0]


def test_a_chargers_power_is_not_the_cars(nlp):
    facts = read(nlp, "The Corolla has a 110 kW motor and an onboard charger of up to 11 kW.")
    assert figures(facts, "Corolla", "power_hp") == [147.5]


def test_the_model_an_engine_is_borrowed_from_gets_no_figure(nlp):
    facts = read(nlp, "Under the bonnet, the Seltos holds no surprises. It borrows proven engines from other Kia models. "
                      "The base version uses a 1.6-litre petrol engine from the Rio, making 121 horsepower. "
                      "A 2.0-litre mill borrowed from the Sportage offers 147 horsepower.")
    assert specs(facts) == {("Seltos", "engine_l", 1.6), ("Seltos", "power_hp", 121.0),
                            ("Seltos", "engine_l", 2.0), ("Seltos", "power_hp", 147.0)}


def test_a_sentence_about_the_sedan_named_before(nlp):
    facts = read(nlp, "The new Elantra comes in seven trims. The sedan is offered with a 1.6 litre petrol engine that is "
                      "also offered in the Venue and the Kona. The 1.6 litre version comes with a manual transmission.")
    assert specs(facts) == {("Elantra", "engine_l", 1.6)}  # "a manual transmission": no count of gears, no spec


def test_without_a_car_named_before_the_model_after_keeps_the_figure(nlp):
    facts = read(nlp, "The SUV is offered in India with a 1.5-litre engine, the same as the Seltos.")
    assert ("Seltos", "engine_l", 1.5) in specs(facts)


def test_one_size_for_two_versions(nlp):
    facts = read(nlp, "The Creta is offered with a 1.5 litre petrol and a 1.5 litre diesel engine.")
    assert figures(facts, "Creta", "engine_l") == [1.5, 1.5]


def test_a_size_beside_another_power_is_another_version(nlp):
    facts = read(nlp, "The Kuga starts with a 118bhp 1.5-litre petrol. A more powerful 148bhp 1.5-litre petrol is also offered.")
    versions = {(s.engine_l, s.power_hp) for s in facts.specs if s.model == "Kuga"}
    assert versions == {(1.5, 118.0), (1.5, 148.0)}


def test_the_same_figure_in_two_sentences_is_one_version(nlp):
    facts = read(nlp, "The Creta has a 1.5-litre engine. The 1.5-litre engine makes 113 hp.")
    assert figures(facts, "Creta", "engine_l") == [1.5]


def test_two_sizes_share_one_unit(nlp):
    facts = read(nlp, "The Kuga is also sold with 1.5 and 2.0-litre diesels.")
    assert figures(facts, "Kuga", "engine_l") == [1.5, 2.0]
    facts = read(nlp, "Ford sold 1.5 and 2.0 million Kuga cars in those years.")
    assert not facts.specs


def test_engine_codes_and_horses(nlp):
    facts = read(nlp, "The Duster gets a 1.3 TCe petrol engine. The larger Kodiaq has 2.0 litres making 265 horses.")
    assert ("Duster", "engine_l", 1.3) in specs(facts)
    assert ("Kodiaq", "power_hp", 265.0) in specs(facts)


def test_a_cylinder_layout_is_a_model_only_beside_its_maker(nlp):
    facts = read(nlp, "The F-150 pickup gets a 2.7L V6. If you prefer, there is a conventional V6 too.")
    assert "V6" not in {m.name for m in facts.models}
    facts = read(nlp, "Brilliance showed the Brilliance V6 SUV in Shenyang. The V6 costs less than its rivals.")
    assert "V6" in {m.name for m in facts.models}


def test_a_road_test_that_speaks_to_the_reader_is_content():
    review = ("The new engine uses two turbochargers instead of more cylinders, generating 310 horsepower and 380 lb-ft of "
              "torque. When you leave the trailer at home and you are just cruising the highway, engines like this one "
              "burn less fuel in their smaller cylinders.")
    assert not is_boilerplate(review)
    promo = ("Whether you run a plant or a dealership, our awards put your team in front of thousands of buyers. "
             "You have until June to enter, and winners are announced at a gala dinner in the autumn for everyone.")
    assert is_boilerplate(promo)


# -- export routes -------------------------------------------------------------------------------------------------

def test_it_after_a_route_ships_the_same_model(nlp):
    facts = read(nlp, "The Rayong plant will build the Captiva, which will be the first car from Thailand to be exported to "
                      "Europe. It is also set for export to Latin America and Australasia.")
    by_destination = {e.destination: e.models for e in facts.exports}
    assert by_destination.get("Australasia") == ["Captiva"]
    assert by_destination.get("Latin America") == ["Captiva"]


def test_sales_in_the_home_region_are_no_route(nlp):
    facts = read(nlp, "Kia builds the Telluride at its plant in the United States, and it is sold only in North American markets.")
    assert not [e for e in facts.exports if e.destination == "North America"]


def test_exports_to_a_region_abroad_still_count(nlp):
    facts = read(nlp, "Kia exported 4,000 Sorento cars from South Korea to North America.")
    assert ("Kia", "South Korea", "North America") in routes(facts)


def test_shipping_for_sale_in_a_market(nlp):
    facts = read(nlp, "Toyota will begin shipping two vehicles made in the US for sale in Japan next year - the Sienna and "
                      "the Tacoma.")
    export = next(e for e in facts.exports if e.destination == "Japan")
    assert export.origin == "United States"
    assert set(export.models) == {"Sienna", "Tacoma"}
    assert export.units is None  # "two vehicles" counts the models


def test_for_sale_in_without_a_shipping_verb_is_no_route(nlp):
    facts = read(nlp, "Toyota built the Sienna in the US for sale in Japan's rival markets, a report said.")
    assert not [e for e in facts.exports if e.destination == "Japan"]


def test_each_ranked_market_of_a_sentence(nlp):
    facts = read(nlp, "Saipa exported 9,000 cars last year. Its second market was Iraq, with 2,300 cars sold there, and "
                      "its third biggest market was Bolivia with only 1,150 cars sold.")
    got = routes(facts)
    assert got.get(("SAIPA", "Iran", "Iraq")) == 2300
    assert got.get(("SAIPA", "Iran", "Bolivia")) == 1150


def test_to_about_n_countries_in_a_region(nlp):
    facts = read(nlp, "Toyota exports vehicles to about five countries in Africa, including Ghana and Mali.")
    assert {"Ghana", "Mali"} <= {e.destination for e in facts.exports}


def test_a_region_exported_to_after_home_sales_stays(nlp):
    facts = read(nlp, "Volkswagen builds the Polo Vivo at Kariega. The Polo Vivo will be sold in South Africa and exported "
                      "to other African markets.")
    assert "Africa" in {e.destination for e in facts.exports}


def test_it_as_the_shipper_takes_no_models_of_the_last_route(nlp):
    facts = read(nlp, "GB Auto shipped a first batch of 900 Tiggo 4 Pro SUVs from Egypt to Libya in May. "
                      "It aims to export to Iraq from 2026.")
    assert all(not e.models for e in facts.exports if e.destination == "Iraq")


# -- names as the trade press writes them ---------------------------------------------------------------------------

def test_a_brand_styled_in_lowercase_written_in_capitals(nlp):
    facts = read(nlp, "Ebro will build the S700 SUV, which is based on the Chery Tiggo 7 Pro, in Barcelona.")
    assert {m.name: (m.maker, m.based_on) for m in facts.models}.get("S700") == ("Ebro", "Chery Tiggo 7 Pro")
    facts = read(nlp, "Maextro showed the S800 sedan in Hefei.")
    assert {m.name: m.maker for m in facts.models}.get("S800") == "Maextro"


def test_a_local_subsidiarys_sales_at_home_are_no_route(nlp):
    facts = read(nlp, "In 2024, Renault-Sofasa delivered 41,200 vehicles to the Colombian market.")
    assert not facts.exports
    assert "Sofasa" in facts.companies


def test_the_plants_company_producing_for_markets(nlp):
    text = ("Innoson took journalists on a tour of its plant in Nnewi, Nigeria. “Presently, Innoson is producing vehicles for "
            "about five countries in Africa, including Ghana, Mali and Côte d’Ivoire,” he said.")
    facts = read(nlp, text)
    assert {(e.origin, e.destination) for e in facts.exports} == {("Nigeria", "Ghana"), ("Nigeria", "Mali"),
                                                                  ("Nigeria", "Ivory Coast")}


def test_another_company_or_no_markets_after_for_is_no_route(nlp):
    facts = read(nlp, "Innoson took journalists on a tour of its plant in Nnewi, Nigeria. Toyota is producing vehicles for "
                      "Ghana and Mali.")
    assert not facts.exports
    facts = read(nlp, "Innoson took journalists on a tour of its plant in Nnewi, Nigeria. Innoson has been producing "
                      "vehicles for about five years.")
    assert not facts.exports


def test_a_model_marketed_in_markets_abroad(nlp):
    facts = read(nlp, "Stellantis builds the Grande Panda at the Kragujevac plant in Serbia. About 1,000 workers serve the "
                      "lines. The new model should be marketed in Europe and Africa.")
    assert {(e.origin, e.destination) for e in facts.exports} == {("Serbia", "Europe"), ("Serbia", "Africa")}


def test_marketing_by_a_company_is_no_route(nlp):
    facts = read(nlp, "Stellantis builds the Grande Panda at the Kragujevac plant in Serbia. Stellantis marketed the car "
                      "heavily in Europe last year.")
    assert not facts.exports
