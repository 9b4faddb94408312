"""Export and shipping news as set V wrote it, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- a markdown table of destinations whose cells are padded to the column's width --------------------------------
def test_a_padded_table_cell_still_gives_its_row_a_route(nlp):
    facts = read(nlp, "Chile exported 40,000 vehicles in March, the association said.\n\n"
                      "| Destination   | Units  |\n"
                      "|---------------|--------|\n"
                      "| Peru          | 12,300 |\n"
                      "| Central America | 9,100 |\n"
                      "| Total         | 40,000 |\n")
    assert routes(facts) == {(None, "Chile", "Peru"): 12300, (None, "Chile", "Central America"): 9100}


def test_a_padded_row_without_a_figure_gives_nothing(nlp):
    facts = read(nlp, "Chile exported 40,000 vehicles in March, the association said.\n\n"
                      "| Destination   | Note   |\n"
                      "|---------------|--------|\n"
                      "| Peru          | strong |\n")
    assert routes(facts) == {}


# -- "Exports fell ..." after a sentence about one country's industry: that country's trade, markets after -------
def test_bare_exports_after_a_national_sentence_are_that_countrys_trade(nlp):
    facts = read(nlp, "Chilean vehicle output was 31,000 units in June, down 2%. Exports rose 5% to 12,000 units.\n\n"
                      "Peru remained the largest single market with 4,100 units, followed by Bolivia (2,300) and Ecuador (1,900).")
    assert routes(facts) == {(None, "Chile", "Peru"): 4100, (None, "Chile", "Bolivia"): 2300, (None, "Chile", "Ecuador"): 1900}


def test_bare_exports_after_a_company_sentence_are_not_a_countrys_trade(nlp):
    facts = read(nlp, "Acme Motors built 31,000 units in Chile in June. Exports rose 5% to 12,000 units.\n\n"
                      "Peru remained the largest single market with 4,100 units.")
    assert (None, "Chile", "Peru") not in routes(facts)


# -- a relative clause between the shipper and its verb -----------------------------------------------------------
def test_models_of_a_relative_clause_before_the_verb_are_not_shipped(nlp):
    facts = read(nlp, "At Pune, Tata Motors builds the Nexon. The factory, which also builds the Punch, shipped 3,100 Nexons "
                      "to Nepal in May.")
    assert {e.destination: e.models for e in facts.exports} == {"Nepal": ["Nexon"]}


def test_a_relative_clause_with_no_model_after_the_verb_keeps_its_models(nlp):
    facts = read(nlp, "The Pune factory, which builds the Punch, shipped 3,100 cars to Nepal in May.")
    assert {e.destination: e.models for e in facts.exports}.get("Nepal") == ["Punch"]


# -- a company's export total with no market, after a dateline: the markets that follow are its own --------------
def test_a_company_total_after_a_dateline_gives_the_following_markets_its_routes(nlp):
    facts = read(nlp, "BUENOS AIRES - Ford Argentina exported 52,300 vehicles in the first half, the company said on Monday.\n\n"
                      "Ford sold 9,000 cars at home. Ford also builds vans.\n\n"
                      "Chile remained the largest destination, taking 21,000 Argentine-built Fords. Peru received 8,700 vehicles.")
    found = routes(facts)
    assert found[("Ford Argentina", "Argentina", "Chile")] == 21000
    assert found[("Ford Argentina", "Argentina", "Peru")] == 8700


def test_a_company_building_a_total_is_no_shipper_of_the_markets_that_follow(nlp):
    facts = read(nlp, "BUENOS AIRES - Ford Argentina built 52,300 vehicles in the first half, the company said on Monday.\n\n"
                      "Ford sold 9,000 cars at home. Ford also builds vans.\n\n"
                      "Chile remained the largest destination, taking 21,000 Argentine-built Fords.")
    assert ("Ford Argentina", "Argentina", "Chile") not in routes(facts)


# -- markets that took figures: an opening time phrase, gapped markets and a clause of the rest ------------------
def test_markets_taking_figures_after_an_opening_time_phrase(nlp):
    facts = read(nlp, "Proton shipped 300 Saga sedans to Kenya in March.\n\n"
                      "Last year Brunei took 2,100 Malaysian-built Sagas and Singapore 900, while another 450 went to other "
                      "African markets.")
    found = routes(facts)
    assert found[("Proton", "Malaysia", "Brunei")] == 2100
    assert found[("Proton", "Malaysia", "Singapore")] == 900
    assert found[("Proton", "Malaysia", "Africa")] == 450
    assert {e.destination: e.models for e in facts.exports}["Singapore"] == ["Saga"]


def test_a_later_clause_without_a_market_after_its_verb_adds_no_route(nlp):
    facts = read(nlp, "Proton shipped 300 Saga sedans to Kenya in March.\n\n"
                      "In April Brunei took 2,100 Sagas, while another 450 went unsold.")
    assert set(routes(facts)) == {("Proton", "Malaysia", "Kenya"), ("Proton", "Malaysia", "Brunei")}


# -- an apposition after the company opening the sentence describes it ---------------------------------------------
def test_verbs_of_an_apposition_after_the_shipper_are_not_its_shipment(nlp):
    facts = read(nlp, "Tata Motors, a carmaker that also sells buses in Nepal, shipped 1,400 Nexon SUVs from India to Kenya.")
    assert routes(facts) == {("Tata Motors", "India", "Kenya"): 1400}


def test_an_apposition_with_the_only_shipping_verb_is_still_read(nlp):
    facts = read(nlp, "Tata Motors, which shipped 1,400 Nexon SUVs to Kenya, is a carmaker.")
    assert routes(facts) == {("Tata Motors", "India", "Kenya"): 1400}


# -- markets that take a share of the vehicles: routes without a number --------------------------------------------
def test_markets_taking_percentages_of_the_vehicles_get_routes_without_units(nlp):
    facts = read(nlp, "Tata Motors shipped 300 Nexon SUVs to Kenya in March.\n\n"
                      "Nepal takes about 40 percent of Tata's Nexons, Bhutan around 20 percent and Bangladesh about 8 percent.")
    found = routes(facts)
    assert found[("Tata Motors", "India", "Nepal")] is None
    assert found[("Tata Motors", "India", "Bhutan")] is None
    assert found[("Tata Motors", "India", "Bangladesh")] is None


def test_a_percentage_that_is_no_share_of_vehicles_gives_no_route(nlp):
    facts = read(nlp, "Tata Motors shipped 300 Nexon SUVs to Kenya in March.\n\n"
                      "Nepal took 40 percent more cars this year.")
    assert ("Tata Motors", "India", "Nepal") not in routes(facts)


# -- vehicles registered or built in a country, then exported: that country is the origin --------------------------
def test_vehicles_registered_in_a_country_and_exported_ship_from_it(nlp):
    facts = read(nlp, "In April to June, 2,300 used passenger cars registered in Georgia were exported to Armenia.")
    assert routes(facts) == {(None, "Georgia", "Armenia"): 2300}


def test_a_country_registered_in_without_vehicles_before_it_is_no_origin(nlp):
    facts = read(nlp, "The dealer, registered in Georgia, exported cars to Armenia.")
    assert (None, "Georgia", "Armenia") not in routes(facts)


# -- a market taking a figure in a clause after the shipment ---------------------------------------------------------
def test_a_market_taking_a_figure_after_while_is_the_same_shippers_route(nlp):
    facts = read(nlp, "Last year the Kolkata plant of Tata Motors shipped 3,100 Nexon SUVs to Nepal and 1,200 to Bhutan, "
                      "while Kenya took 640 of the Tata Punch cars also built there.")
    found = routes(facts)
    assert found[("Tata Motors", "India", "Kenya")] == 640
    assert {e.destination: e.models for e in facts.exports}["Kenya"] == ["Punch"]


def test_a_market_after_while_that_takes_no_figure_gives_no_route(nlp):
    facts = read(nlp, "Tata Motors shipped 3,100 Nexon SUVs to Nepal, while Kenya took longer to open.")
    assert set(routes(facts)) == {("Tata Motors", "India", "Nepal")}


# -- markets listed with their figures in brackets ----------------------------------------------------------------
def test_markets_with_bracketed_figures_each_take_their_own_figure(nlp):
    facts = read(nlp, "Tata Motors shipped 2,900 Nexon SUVs to Nepal (1,700 units), Bhutan (820) and Kenya (380).")
    assert routes(facts) == {("Tata Motors", "India", "Nepal"): 1700, ("Tata Motors", "India", "Bhutan"): 820,
                             ("Tata Motors", "India", "Kenya"): 380}


def test_a_bracketed_remark_that_is_no_figure_breaks_the_list(nlp):
    facts = read(nlp, "Tata Motors shipped 2,900 Nexon SUVs to Nepal (its first market), Bhutan and India's other neighbours.")
    assert set(routes(facts)) == {("Tata Motors", "India", "Nepal")}


# -- the vehicles or the consignment of the sentence before, as the subject of the shipping verb -------------------
def test_the_vehicle_named_before_is_the_model_of_a_route_without_models(nlp):
    facts = read(nlp, "Proton shipped 1,200 Saga sedans from Malaysia to Kenya. The sedan is also shipped to Brunei.")
    assert {e.destination: e.models for e in facts.exports} == {"Kenya": ["Saga"], "Brunei": ["Saga"]}


def test_a_consignment_sentence_takes_the_models_of_the_sentence_before(nlp):
    facts = read(nlp, "Tata Motors flagged off its first consignment of Nexon SUVs. "
                      "The consignment of 2,900 vehicles is bound for Kenya (1,700 units) and Ghana (820).")
    assert {e.destination: e.models for e in facts.exports} == {"Kenya": ["Nexon"], "Ghana": ["Nexon"]}


def test_a_sentence_not_opening_with_the_vehicles_takes_no_earlier_models(nlp):
    facts = read(nlp, "Proton shipped 1,200 Saga sedans from Malaysia to Kenya. Proton also shipped 300 cars to Brunei.")
    assert {e.destination: e.models for e in facts.exports}["Brunei"] == []


# -- a short code naming a plant is no model -------------------------------------------------------------------------
def test_a_code_before_plant_names_the_plant_not_a_model(nlp):
    facts = read(nlp, "Acme builds the Kicks and the Versa at its A1 plant in Aguascalientes.")
    assert [m.name for m in facts.models] == ["Kicks", "Versa"]
    assert facts.plants[0].models == ["Kicks", "Versa"]


def test_the_same_code_as_a_model_elsewhere_stays_a_model(nlp):
    facts = read(nlp, "The Audi A1 is built in Spain.")
    assert [m.name for m in facts.models] == ["A1"]


def test_a_code_before_platform_names_the_platform_not_a_model(nlp):
    facts = read(nlp, "The plant builds vans on the K9 platform. The Kia K9 is a large sedan.")
    assert [(m.name, m.source.sentence) for m in facts.models] == [("K9", "The Kia K9 is a large sedan.")]
