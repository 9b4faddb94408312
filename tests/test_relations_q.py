"""Export lists, shipments and plants as set Q wrote them, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


def models_by_market(facts) -> dict[str, list[str]]:
    return {e.destination: e.models for e in facts.exports}


# -- a heading that names exports and ends in a colon, then one market a line ------------------------------------
def test_a_list_headed_by_exports_gives_each_row_a_route_with_its_bracketed_models(nlp):
    facts = read(nlp, "Kia Slovakia builds the Ceed and the Sportage in Zilina.\n\n"
                      "Shipments by destination, first half:\n"
                      "• Poland: 5,400 (Ceed, Sportage)\n"
                      "• Hungary: 2,150 (Sportage)\n"
                      "• Other markets: 900\n")
    assert routes(facts) == {("Kia Slovakia", "Slovakia", "Poland"): 5400, ("Kia Slovakia", "Slovakia", "Hungary"): 2150}
    assert models_by_market(facts) == {"Poland": ["Ceed", "Sportage"], "Hungary": ["Sportage"]}


def test_an_officialese_heading_with_dash_rows_and_a_remark_after_a_row(nlp):
    facts = read(nlp, "In the first half the company Chery exported 9,000 cars to foreign countries.\n\n"
                      "The main directions of export were as follows:\n"
                      "– Kazakhstan – 4,100 units (Tiggo 4, Tiggo 7);\n"
                      "– Armenia – 720 units;\n"
                      "– Mongolia – 180 units (Tiggo 4), the first batch of cars was dispatched there in the spring of this year.\n")
    found = routes(facts)
    assert found[("Chery", "China", "Kazakhstan")] == 4100
    assert found[("Chery", "China", "Armenia")] == 720
    assert found[("Chery", "China", "Mongolia")] == 180
    assert models_by_market(facts)["Armenia"] == []


def test_a_list_of_sales_by_market_is_no_export_list(nlp):
    facts = read(nlp, "Chery's dealers in China reported strong demand.\n\n"
                      "Sales by region, first half:\n"
                      "• Shanghai: 5,400\n"
                      "• Beijing: 2,150\n")
    assert not facts.exports


def test_a_heading_without_a_colon_opens_no_list(nlp):
    facts = read(nlp, "Chery exported more cars this year.\n\n"
                      "Poland: a market that buys few Chinese cars.\n")
    assert not facts.exports


# -- what is not a market in a shipping sentence ----------------------------------------------------------------
def test_the_shipper_described_by_its_nationality_after_the_market_is_no_second_market(nlp):
    facts = read(nlp, "Proton has shipped its first 240 Saga sedans to Kenya, the Malaysian carmaker said on Tuesday.")
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 240}


def test_a_nationality_before_a_market_list_still_coordinates_markets(nlp):
    facts = read(nlp, "Proton shipped 300 cars to Kenya and 120 cars to Brunei last year.")
    assert routes(facts) == {("Proton", "Malaysia", "Kenya"): 300, ("Proton", "Malaysia", "Brunei"): 120}


def test_exports_only_studied_or_under_negotiation_give_no_route(nlp):
    assert not read(nlp, "The group studies the possibility of exporting the Saga to Kenya, but no decision has been taken.").exports
    assert not read(nlp, "Proton said negotiations for sending the Saga to Kenya and Uganda are under way.").exports


def test_a_row_names_its_models_after_a_comma(nlp):
    facts = read(nlp, "Hyundai Motor Manufacturing Indonesia builds cars in Cikarang.\n\n"
                      "Export volumes by market as follows:\n"
                      "- Vietnam: 1,300 units, Hyundai Creta and Hyundai Stargazer;\n"
                      "- Thailand: 640 units, Hyundai Creta (first shipment in May).\n")
    assert routes(facts) == {("Hyundai Motor Manufacturing Indonesia", "Indonesia", "Vietnam"): 1300,
                              ("Hyundai Motor Manufacturing Indonesia", "Indonesia", "Thailand"): 640}
    assert models_by_market(facts) == {"Vietnam": ["Creta", "Stargazer"], "Thailand": ["Creta"]}


def test_a_row_with_a_remark_but_no_models_keeps_no_models(nlp):
    facts = read(nlp, "Exports by market, first half:\n"
                      "- Vietnam: 1,300 units, a record for Hyundai Motor Manufacturing Indonesia;\n")
    assert [e.models for e in facts.exports] == [[]]


# -- a numbered model named again by its number -----------------------------------------------------------------
def model_names(facts) -> set[str]:
    return {m.name for m in facts.models}


def test_a_numbered_model_named_again_by_its_bare_number_in_a_list_row(nlp):
    facts = read(nlp, "The Mulhouse plant builds the Peugeot 308 and the Peugeot 5008.\n\n"
                      "Exports by market, first half:\n"
                      "• Spain: 4,100 (308, 5008)\n"
                      "• Italy: 2,600 (308)\n")
    assert models_by_market(facts) == {"Spain": ["Peugeot 308", "Peugeot 5008"], "Italy": ["Peugeot 308"]}


def test_the_bare_number_after_the_is_the_model_named_before(nlp):
    facts = read(nlp, "Stellantis builds the Peugeot 308 in Mulhouse. The 308 built there is sold across Europe.")
    assert model_names(facts) == {"Peugeot 308"}
    assert [p.models for p in facts.plants] == [["Peugeot 308"]]


def test_the_bare_number_as_a_figure_stays_a_figure(nlp):
    facts = read(nlp, "Stellantis builds the Peugeot 308 in Mulhouse, where it employs 308 workers.")
    assert facts.plants[0].jobs == 308
    facts = read(nlp, "Stellantis builds the Peugeot 308 in Mulhouse; the 308 buyers of its first run were fleets.")
    assert [m.name for m in facts.models] == ["Peugeot 308"] and len([m for m in facts.mentions if m.label == "MODEL"]) == 1


def test_a_bare_number_with_no_model_named_before_is_no_model(nlp):
    facts = read(nlp, "Stellantis said the 308 workers at the Mulhouse plant would keep their jobs.")
    assert not facts.models


# -- "shipped its first N <model> <vehicles> to X" ---------------------------------------------------------------
def test_its_first_n_of_a_model_shipped_to_a_market_counts_the_cars(nlp):
    facts = read(nlp, "Toyota said it had shipped its first 45 Hilux pick-ups from Thailand to Uganda in May.")
    assert [(e.destination, e.units, e.models) for e in facts.exports] == [("Uganda", 45, ["Hilux"])]


def test_the_first_n_of_a_model_made_is_no_shipment(nlp):
    assert not read(nlp, "The plant made its first 45 Hilux pick-ups in May, Toyota said.").exports


def test_innoson_models_are_known(nlp):
    facts = read(nlp, "The Nnewi plant of Innoson builds the G5 saloon and the Capa pick-up.")
    assert {m.name for m in facts.models} >= {"G5", "Capa"}


# -- each figure's own model, and a consignment "for X" after other markets --------------------------------------
def test_each_figure_of_a_market_list_keeps_the_model_it_counts(nlp):
    facts = read(nlp, "Last year Toyota shipped 2,100 Corollas from Thailand to Laos and 800 Fortuners to Myanmar.")
    assert routes(facts) == {("Toyota", "Thailand", "Laos"): 2100, ("Toyota", "Thailand", "Myanmar"): 800}
    assert models_by_market(facts) == {"Laos": ["Corolla"], "Myanmar": ["Fortuner"]}


def test_a_shared_model_named_before_the_figures_stays_with_every_market(nlp):
    facts = read(nlp, "Toyota shipped the Corolla from Thailand to Laos and Myanmar, 2,100 and 800 units respectively.")
    assert models_by_market(facts) == {"Laos": ["Corolla"], "Myanmar": ["Corolla"]}


def test_a_first_batch_for_a_market_after_other_markets_is_a_route_of_its_own(nlp):
    facts = read(nlp, "Toyota shipped 2,100 Corollas from Thailand to Laos, and a first batch of 300 Fortuners for Nepal "
                      "is booked to leave Laem Chabang in May.")
    assert routes(facts)[("Toyota", "Thailand", "Nepal")] == 300
    assert models_by_market(facts)["Nepal"] == ["Fortuner"]


def test_a_model_made_for_a_market_is_no_consignment(nlp):
    facts = read(nlp, "Toyota shipped 2,100 Corollas from Thailand to Laos; the Fortuner for Nepal is still built in India.")
    assert ("Toyota", "Thailand", "Nepal") not in routes(facts)


# -- "began shipping X to Y ... and has sent N so far" -----------------------------------------------------------
def test_a_later_shipping_verb_gives_the_market_its_figure(nlp):
    facts = read(nlp, "Kia began shipping Sonets from India to Nepal in May and has sent 1,100 so far.")
    assert routes(facts) == {("Kia", "India", "Nepal"): 1100}


def test_a_later_sales_figure_is_no_shipment_figure(nlp):
    facts = read(nlp, "Kia began shipping Sonets from India to Nepal in May and has sold 1,100 at home so far.")
    assert routes(facts) == {("Kia", "India", "Nepal"): None}
