"""Export routes told the ways real news tells them: markets named as a list ('with major markets being ...'), a
bloc's members after 'including', ports of call, a local arm's country, bulleted lists under a heading, a milestone
count. Sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from core.facts import ArticleFacts
from tests.pipeline_helpers import read, routes


def models_of(facts: ArticleFacts, destination: str) -> list[str]:
    return next((e.models for e in facts.exports if e.destination == destination), [])


def destinations(facts: ArticleFacts) -> set[str]:
    return {e.destination for e in facts.exports}


# -- markets named as a list -----------------------------------------------------------------------------------------

def test_markets_being_a_list_after_an_export_verb(nlp):
    facts = read(nlp, "Acura plans to export 42,000 RDX crossovers from Mexico this year, with major markets being Chile, "
                      "Peru and the Middle East.")
    assert {"Chile", "Peru", "Middle East"} <= destinations(facts)
    assert all(units is None for units in routes(facts).values())  # the total is no market's figure
    assert models_of(facts, "Peru") == ["RDX"]


def test_markets_named_before_among(nlp):
    facts = read(nlp, "Geely exported about 91,000 cars in 2024, with Chile, Peru and Egypt among its biggest overseas markets.")
    assert {("Geely", "China", "Chile"), ("Geely", "China", "Peru"), ("Geely", "China", "Egypt")} <= set(routes(facts))
    assert routes(facts)[("Geely", "China", "Chile")] is None


def test_main_markets_are_a_list_before_the_cue(nlp):
    facts = read(nlp, "Renault builds the Kardian at its Tangier plant in Morocco. The main foreign markets of the Kardian "
                      "are Spain, Italy and Egypt, which take over 40% of its exports.")
    assert {"Spain", "Italy", "Egypt"} <= destinations(facts)


def test_the_home_market_named_as_a_list_is_no_route(nlp):
    facts = read(nlp, "Proton exported 4,000 cars to Egypt, while its main domestic markets are Selangor and Johor.")
    assert destinations(facts) == {"Egypt"}


def test_markets_under_consideration_are_no_route(nlp):
    facts = read(nlp, "Perodua exported 900 Axias to Brunei, and it is considering other markets such as Fiji and Samoa.")
    assert destinations(facts) == {"Brunei"}


def test_markets_of_the_last_shipment_in_the_next_sentence(nlp):
    facts = read(nlp, "Last year 64,000 Corollas were exported from Turkey to Europe. "
                      "Of these, the biggest buyers of Corollas are France, Italy and Poland.")
    assert {"France", "Italy", "Poland"} <= destinations(facts)
    assert models_of(facts, "Italy") == ["Corolla"]


def test_markets_with_no_shipment_before_are_no_route(nlp):
    facts = read(nlp, "Toyota builds the Corolla in Turkey. The biggest buyers of Corollas are France and Italy.")
    assert not {"France", "Italy"} & destinations(facts)


# -- a bloc and its members ------------------------------------------------------------------------------------------

def test_a_blocs_countries_listed_after_including(nlp):
    facts = read(nlp, "Ford Australia exported 18,300 Falcon sedans last year. About 80 percent of the vehicles were sent "
                      "to the six GCC countries, including Oman, Qatar and Kuwait.")
    assert {"Oman", "Qatar", "Kuwait"} <= destinations(facts)
    assert models_of(facts, "Qatar") == ["Falcon"]  # a share of the cars named before


def test_a_share_of_something_else_takes_no_models(nlp):
    facts = read(nlp, "Ford Australia exported 18,300 Falcon sedans last year. About 80 percent of the parts were sent to Oman.")
    assert models_of(facts, "Oman") == []


# -- ports of call ---------------------------------------------------------------------------------------------------

def test_ports_of_call_give_their_countries(nlp):
    facts = read(nlp, "The car carrier Ocean Pioneer left Nansha on Monday with 4,800 cars, bound for the ports of Zeebrugge "
                      "in Belgium and Southampton in the United Kingdom.")
    assert {"Belgium", "United Kingdom"} <= destinations(facts)


def test_a_port_named_without_a_voyage_is_no_route(nlp):
    facts = read(nlp, "SAIC exported 9,000 cars to Chile. The company also runs a terminal at the port of Antwerp in Belgium.")
    assert "Belgium" not in destinations(facts)


def test_a_numbered_ship_is_no_model(nlp):
    facts = read(nlp, 'The vessel "Chery Voyager No. 2" sailed for Europe with 3,000 Tiggo 4 SUVs.')
    assert not any("Voyager" in m.name for m in facts.models)


# -- where the shipper works -----------------------------------------------------------------------------------------

def test_a_local_arm_named_by_its_countrys_adjective(nlp):
    facts = read(nlp, "The Argentine arm of Renault expects its first shipment of 700 units to Brazil in May. "
                      "By the end of the year, the company should have shipped 5,000 vehicles to Chile.")
    found = routes(facts)
    assert ("Renault", "Argentina", "Brazil") in found
    assert ("Renault", "Argentina", "Chile") in found


def test_a_subsidiary_named_with_its_country_ships_from_there(nlp):
    facts = read(nlp, "Toyota Motor Thailand has exported the Fortuner to Japan for the first time since Toyota ended its "
                      "SUV production in Japan in 2004.")
    assert ("Toyota Motor Thailand", "Thailand", "Japan") in routes(facts)


# -- lists under a heading -------------------------------------------------------------------------------------------

def test_bulleted_models_under_a_route_heading(nlp):
    text = ("Ford exports six models from Spain to two markets.\n\nSpain exports to France:\n\n"
            "  • Ford Kuga (hybrid)\n  • Ford Puma\n  • Ford Transit\n\nThe Valencia plant also builds engines.")
    facts = read(nlp, text)
    assert set(models_of(facts, "France")) == {"Kuga", "Puma", "Transit"}


def test_bulleted_figures_under_a_route_heading(nlp):
    text = ("In 2024, Hyundai exported a total of 61,000 vehicles from Turkey to the U.K. and Germany:\n\n"
            "  • 38,000 units (62 percent) to the United Kingdom\n  • 23,000 units (38 percent) to Germany\n")
    found = routes(read(nlp, text))
    assert found[("Hyundai", "Turkey", "United Kingdom")] == 38000
    assert found[("Hyundai", "Turkey", "Germany")] == 23000


def test_a_list_of_importers_of_a_countrys_cars(nlp):
    text = ("Exports of cars rose by a fifth last year.\n\nThe following countries were the major importers of Czech-made cars:\n\n"
            "  • Germany – 41,200\n  • Poland – 9,870\n")
    found = routes(read(nlp, text))
    assert found[(None, "Czech Republic", "Germany")] == 41200
    assert found[(None, "Czech Republic", "Poland")] == 9870


# -- a milestone -----------------------------------------------------------------------------------------------------

def test_a_millionth_export_counts_the_million(nlp):
    facts = read(nlp, "Kia Slovakia has exported its one millionth vehicle to the United Kingdom.")
    assert 1_000_000 in routes(facts).values()
    assert 1 not in routes(facts).values()


# -- lineage told in passing -----------------------------------------------------------------------------------------

def test_it_is_a_restyled_version_of_another_model(nlp):
    from tests.pipeline_helpers import bases
    facts = read(nlp, "Honda has launched the new WR-V in Brazil. It is essentially a restyled version of the Elevate, "
                      "the SUV it builds in India.")
    assert bases(facts)["WR-V"].endswith("Elevate")


def test_a_new_model_described_as_a_version_is_no_lineage_of_the_last(nlp):
    from tests.pipeline_helpers import bases
    facts = read(nlp, "Honda has launched the new WR-V in Brazil. A restyled version of the Elevate will follow next year.")
    assert bases(facts).get("WR-V") is None


def test_on_which_the_model_is_based(nlp):
    from tests.pipeline_helpers import bases
    facts = read(nlp, "Proton unveiled the S70 today. The cabin is close to that of the Geely Emgrand facelift, "
                      "on which the S70 is based.")
    assert bases(facts)["S70"].endswith("Emgrand")


def test_one_car_under_two_makers_badges(nlp):
    from tests.pipeline_helpers import bases
    facts = read(nlp, "Badges aside, the Toyota Urban Cruiser is the Maruti Suzuki Grand Vitara. It costs less.")
    assert bases(facts)["Urban Cruiser"].endswith("Grand Vitara")
    same_maker = read(nlp, "The Corolla is the Toyota Auris. It costs less.")
    assert bases(same_maker).get("Corolla") is None


def test_an_engines_lineage_is_not_the_cars(nlp):
    from tests.pipeline_helpers import bases
    facts = read(nlp, "SAIPA will build the Shahin in Kashan. The Shahin's 1.5-litre engine is a derivative of the Tiba's engine.")
    assert bases(facts).get("Shahin") is None


def test_a_version_of_its_twin_is_no_lineage_of_the_last_model(nlp):
    from tests.pipeline_helpers import bases
    facts = read(nlp, "The Toyota Urban Cruiser costs less than the Grand Vitara. For comparison, the sporty version of "
                      "its twin, the Grand Vitara Turbo, is quicker.")
    assert bases(facts).get("Urban Cruiser") is None


# -- a market named again --------------------------------------------------------------------------------------------

def test_the_same_country_is_the_last_routes_market(nlp):
    facts = read(nlp, "Kerman Motor exported 300 Matiz cars to Syria in May. Earlier, it had also exported a consignment "
                      "of 120 Cielo cars to the same country.")
    assert destinations(facts) == {"Syria"}
    assert set(models_of(facts, "Syria")) == {"Matiz", "Cielo"}


def test_the_regions_nation_is_no_region(nlp):
    facts = read(nlp, "Changan has begun exporting the Alsvin to Kenya. About 40 units will be shipped to the African "
                      "nation this year.")
    assert "Africa" not in destinations(facts)
    region = read(nlp, "Changan will ship 400 Alsvins to the African market.")
    assert "Africa" in destinations(region)


def test_a_regions_part_named_in_passing_in_a_ranking(nlp):
    facts = read(nlp, "Kia shipped 9,000 cars abroad in May. Chile was the top destination with 4,000 units, ahead of "
                      "Europe (3,350), Latin America, including the Caribbean (1,710), and Africa (1,290).")
    found = routes(facts)
    assert found[("Kia", "South Korea", "Latin America")] == 1710
    assert found[("Kia", "South Korea", "Africa")] == 1290
    assert "Caribbean" not in destinations(facts)


# -- where the shipped models are built ------------------------------------------------------------------------------

def test_a_relative_clause_of_making_names_one_models_plant(nlp):
    facts = read(nlp, "The range includes the Fortuner SUV and the Innova minivan (which is produced in Indonesia).")
    plant = next(p for p in facts.plants if p.country == "Indonesia")
    assert plant.models == ["Innova"]
    plural = read(nlp, "The range includes the Fortuner and the Innova, which are produced in Indonesia.")
    assert set(next(p for p in plural.plants if p.country == "Indonesia").models) == {"Fortuner", "Innova"}


def test_a_part_named_by_its_model_is_no_model_shipped(nlp):
    facts = read(nlp, "The new plant will make 40,000 Corolla engines a year, to be fitted to cars exported to Latin America.")
    assert models_of(facts, "Latin America") == []
    cars = read(nlp, "Toyota exported 900 Corollas to Chile.")
    assert models_of(cars, "Chile") == ["Corolla"]
