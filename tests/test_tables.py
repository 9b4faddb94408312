"""Tables in articles (core/nlp/tables.py): markdown and space-aligned tables found, headers read, rows turned into
plants, export routes and specs; sales, registration and production tables give none. Texts written for these tests
(names and figures made up)."""
from __future__ import annotations

from core.nlp.tables import cell_number, find_tables, header_role
from tests.pipeline_helpers import read, routes

CURRENCY_PREFIXES = {"US$": "USD", "€": "EUR", "EUR": "EUR", "Rs": "INR", "R": "ZAR"}
CURRENCY_SUFFIXES = {"rupees": "INR", "yuan": "CNY"}


def role(header: str):
    return header_role(header, CURRENCY_PREFIXES, CURRENCY_SUFFIXES)


# -- finding tables -------------------------------------------------------------------------------------------------
def test_a_markdown_table_has_its_header_rows_and_caption():
    text = "Intro line.\n\nOur plants\n\n| Plant | Jobs |\n|---|---:|\n| Alpha | 1,200 |\n| Beta | 900 |\n\nAfter."
    [table] = find_tables(text)
    assert [c.text for c in table.header] == ["Plant", "Jobs"]
    assert [[c.text for c in row] for row in table.rows] == [["Alpha", "1,200"], ["Beta", "900"]]
    assert table.caption.text == "Our plants"
    cell = table.rows[1][1]
    assert text[cell.start:cell.end] == "900"


def test_a_markdown_table_without_outer_bars_is_found():
    [table] = find_tables("Market | Units\n--- | ---\nChile | 300\nPeru | 200\n")
    assert [c.text for c in table.header] == ["Market", "Units"]
    assert [[c.text for c in row] for row in table.rows] == [["Chile", "300"], ["Peru", "200"]]


def test_a_pipe_table_pasted_without_its_rule_line_is_found():
    [table] = find_tables("Market | Units | Change\nChile | 300 | +4%\nPeru | 200 | -2%\n")
    assert [c.text for c in table.header] == ["Market", "Units", "Change"]
    assert [[c.text for c in row] for row in table.rows] == [["Chile", "300", "+4%"], ["Peru", "200", "-2%"]]


def test_lines_with_bars_but_no_figures_or_uneven_cells_are_no_table():
    assert find_tables("Home | News | Cars\nAbout us | Contact | Jobs\nTerms | Privacy | Help\n") == []
    assert find_tables("Market | Units\nChile | 300 | extra\nPeru | 200\n") == []


def test_a_table_aligned_by_spaces_or_tabs_is_found():
    text = "Site        Country    Jobs\nAlpha       Chile      1,200\nBeta Town   Peru       900\n"
    [table] = find_tables(text)
    assert [c.text for c in table.header] == ["Site", "Country", "Jobs"]
    assert [c.text for c in table.rows[1]] == ["Beta Town", "Peru", "900"]
    [tabbed] = find_tables("Market\tUnits\nChile\t300\nPeru\t200\n")
    assert [c.text for c in tabbed.rows[0]] == ["Chile", "300"]


def test_share_buttons_and_a_single_gapped_line_are_no_table():
    assert find_tables("Share on Facebook   Share on X   Email\n\nThe plant opened in 2020.\n") == []
    # lines of figures without a header line naming the columns: a table whose header is blank
    [table] = find_tables("Alpha Motors      71,400\nBeta Cars         36,900\nGamma             12,000\n")
    assert [c.text for c in table.header] == ["", ""] and len(table.rows) == 3


# -- headers --------------------------------------------------------------------------------------------------------
def test_header_synonyms_name_the_same_column():
    for header in ("Capacity", "Annual capacity", "Units/yr", "Output (units per year)"):
        assert role(header).name == "capacity", header
    for header in ("Jobs", "Employees", "Headcount", "Staff"):
        assert role(header).name == "jobs", header
    for header in ("Investment", "Capex", "Amount"):
        assert role(header).name == "investment", header
    for header in ("Models", "Products", "Line-up"):
        assert role(header).name == "models", header
    for header in ("Market", "Destination", "Country"):
        assert role(header).name in ("market", "country"), header
    for header in ("Units", "Volume", "Shipments"):
        assert role(header).name == "units", header
    for header in ("Sales", "Registrations"):
        assert role(header).name == "sales", header
    assert role("Market share").name == "change"


def test_a_header_scales_its_figures_and_names_their_currency():
    assert role("Capacity ('000 units)").scale == 1000
    assert role("Shipments (thousands)").scale == 1000
    inv = role("Investment (US$ m)")
    assert (inv.name, inv.scale, inv.currency) == ("investment", 1e6, "USD")
    assert (role("Capex (€bn)").scale, role("Capex (€bn)").currency) == (1e9, "EUR")
    assert role("Investment, rupees crore").currency == "INR"
    assert role("Power (kW)").unit == "kw"
    assert role("Capacity (units/yr)").scale == 1


def test_cell_figures():
    assert cell_number("61 200") == 61200
    assert cell_number("1,850") == 1850
    assert cell_number("1.2 trillion") == 1.2e12
    assert cell_number("350k") == 350000
    assert cell_number("—") is None
    assert cell_number("n/a") is None


# -- plants ---------------------------------------------------------------------------------------------------------
PLANT_TABLE = """Mahindra expands its Indian plants

Mahindra said on Monday it would add capacity at two of its factories in India as demand for its SUVs grows.

Mahindra's plants at a glance

| Plant | Capacity ('000 units/yr) | Employees | Investment (Rs crore) | Models |
|---|---|---|---|---|
| Chakan | 120 | 2,300 | 450 | XUV700, Scorpio |
| Nashik | 90 | 1,800 | 300 | Thar |
| Total | 210 | 4,100 | 750 | |

The company did not say when the work would finish.
"""


def test_a_plant_table_gives_a_plant_a_row_with_scaled_figures(nlp):
    plants = {p.site: p for p in read(nlp, PLANT_TABLE).plants}
    assert set(plants) == {"Chakan", "Nashik"}  # the totals row is no plant
    chakan = plants["Chakan"]
    assert (chakan.company, chakan.country, chakan.capacity_per_year, chakan.jobs) == ("Mahindra", "India", 120000, 2300)
    assert (chakan.investment.amount, chakan.investment.currency) == (4.5e9, "INR")
    assert chakan.models == ["XUV700", "Scorpio"]
    assert plants["Nashik"].models == ["Thar"]  # a name the text alone leaves ambiguous, in a models column


ALIGNED_PLANTS = """Renault adds a shift in Morocco and Turkey

Renault will hire more workers at its plants in Morocco and Turkey, the carmaker said.

Site        Country    Annual output    Headcount    Capex (EUR m)
Tangier     Morocco    400,000          7,000        150
Bursa       Turkey     380,000          6,200        90
All plants             780,000          13,200       240

Renault did not give a timetable.
"""


def test_a_space_aligned_plant_table(nlp):
    plants = {p.site: p for p in read(nlp, ALIGNED_PLANTS).plants}
    assert set(plants) == {"Tangier", "Bursa"}
    bursa = plants["Bursa"]
    assert (bursa.company, bursa.country, bursa.capacity_per_year, bursa.jobs) == ("Renault", "Turkey", 380000, 6200)
    assert (bursa.investment.amount, bursa.investment.currency) == (9e7, "EUR")


def test_a_company_column_names_each_plants_operator(nlp):
    text = ("Carmakers add jobs in Hungary\n\nThree carmakers will add jobs in Hungary this year, the government said.\n\n"
            "| Carmaker | Site | Jobs |\n|---|---|---|\n| BYD | Szeged | 1,500 |\n| BMW | Debrecen | 1,000 |\n")
    plants = {(p.company, p.site, p.country): p.jobs for p in read(nlp, text).plants}
    assert plants == {("BYD", "Szeged", "Hungary"): 1500, ("BMW", "Debrecen", "Hungary"): 1000}


def test_a_sideways_table_of_a_plants_figures(nlp):
    text = ("Tata Motors to expand Sanand\n\nTata Motors will invest more in its plant in Sanand, Gujarat, it said on Friday.\n\n"
            "Plant figures\n\n| Item | Value |\n|---|---|\n| Capacity | 300,000 units a year |\n| Workforce | 3,500 |\n"
            "| Shifts | 3 |\n")
    [plant] = read(nlp, text).plants
    assert (plant.site, plant.capacity_per_year, plant.jobs, plant.shifts) == ("Sanand", 300000, 3500, 3)


def test_a_capacity_by_country_table_makes_no_plants(nlp):
    text = ("Battery capacity grows\n\nCapacity keeps growing, Acme Research said.\n\n"
            "| Country | Capacity (GWh) |\n|---|---|\n| China | 1,200 |\n| Germany | 150 |\n")
    assert read(nlp, text).plants == []


# -- exports --------------------------------------------------------------------------------------------------------
def test_an_export_table_takes_company_and_origin_from_its_caption(nlp):
    text = ("Chery's overseas shipments grow\n\nChery said demand abroad stayed strong in the first half.\n\n"
            "Chery exports from China, first half\n\n| Country | Volume | Line-up |\n| --- | --- | --- |\n"
            "| Russia | 61,500 | Tiggo 4, Tiggo 7 |\n| Brazil | 12,300 | Tiggo 4 |\n| Others | 30,000 | |\n"
            "| Total | 103,800 | |\n")
    facts = read(nlp, text)
    assert routes(facts) == {("Chery", "China", "Russia"): 61500, ("Chery", "China", "Brazil"): 12300}
    assert {e.destination: e.models for e in facts.exports}["Russia"] == ["Tiggo 4", "Tiggo 7"]


def test_a_tabbed_export_table_after_the_exporting_sentence_scales_its_units(nlp):
    text = ("Kia ships more from Slovakia\n\nKia Slovakia exported 120,000 cars from Zilina last year, the company said.\n\n"
            "Destination\tShipments (000)\tModels\nGermany\t27.3\tSportage, Ceed\nFrance\t11.5\tCeed\nTotal\t38.8\t\n")
    facts = read(nlp, text)
    assert {(e.origin, e.destination): e.units for e in facts.exports} == {("Slovakia", "Germany"): 27300,
                                                                          ("Slovakia", "France"): 11500}


def test_a_region_named_first_in_a_market_cell_is_the_destination(nlp):
    text = ("Acme Motors said its Ecuador plant shipped more cars abroad.\n\nExports by market\n\n"
            "| Market | Units |\n|---|---|\n| Central America and the Caribbean | 3,900 |\n| Peru | 2,150 |\n")
    assert {e.destination for e in read(nlp, text).exports} >= {"Central America", "Peru"}


# -- tables that state no plant or route ----------------------------------------------------------------------------
SALES_TABLES = """Car sales in Morocco rose in March

Car sales in Morocco rose 8% in March, the importers' association said. Renault exported 30,000 cars from Tangier.

| Brand | Sales | Market share |
|---|---|---|
| Dacia | 3,100 | 24% |
| Renault | 1,900 | 15% |

New registrations by country of origin of the brand

| Country | Registrations | Change |
|---|---|---|
| France | 5,000 | +4% |
| Spain | 2,000 | -2% |
"""


def test_sales_and_registration_tables_give_no_plants_or_routes(nlp):
    facts = read(nlp, SALES_TABLES)
    assert facts.exports == []
    assert all(p.site == "Tangier" for p in facts.plants)


def test_a_production_table_is_no_export_table(nlp):
    text = ("Turkey's car exports rise\n\nTurkey exported 80,000 cars in May, the manufacturers' association said.\n\n"
            "Light-vehicle production by country, May\n\n| Country | Units | Change |\n|---|---|---|\n"
            "| Germany | 350,000 | +2% |\n| Spain | 210,000 | -1% |\n")
    assert read(nlp, text).exports == []


# -- specs ----------------------------------------------------------------------------------------------------------
def test_a_spec_table_gives_each_models_engine_power_and_gearbox(nlp):
    text = ("Hyundai updates the Creta and the Venue in India\n\nHyundai has updated two of its SUVs for India.\n\n"
            "| Model | Engine | Power (kW) | Transmission |\n|---|---|---|---|\n| Creta | 1.5-litre | 85 | 6-speed manual |\n"
            "| Venue | 1.2 l | 61 | CVT |\n")
    specs = {s.model: (s.engine_l, s.power_hp, s.transmission) for s in read(nlp, text).specs}
    assert specs == {"Creta": (1.5, 114, "6-speed manual"), "Venue": (1.2, 82, "CVT")}


def test_a_key_facts_block_of_labels_and_values_still_gives_its_plant(nlp):
    text = ("Renault to expand Tangier plant\n\nRenault will expand its plant in Tangier, Morocco, the company said.\n\n"
            "Key facts\nPlant: Tangier, Morocco\nAnnual capacity: 400,000 vehicles\nEmployees: 7,000\n"
            "Investment: EUR 150 million\n")
    [plant] = read(nlp, text).plants
    assert (plant.site, plant.capacity_per_year, plant.jobs, plant.investment.amount) == ("Tangier", 400000, 7000, 1.5e8)


# -- more shapes ----------------------------------------------------------------------------------------------------
def test_a_two_column_key_figures_table_names_its_plant_in_a_row(nlp):
    text = ("Stellantis to grow in Morocco\n\nStellantis said it would grow in Morocco.\n\n"
            "| **Plant** | Kenitra |\n|---|---|\n| Operator | Stellantis |\n| Annual capacity | 200,000 |\n| Employees | 3,000 |\n")
    plants = [(p.company, p.site, p.country, p.capacity_per_year, p.jobs) for p in read(nlp, text).plants]
    assert plants == [("Stellantis", "Kenitra", "Morocco", 200000, 3000)]


def test_a_sideways_spec_table_has_a_model_a_column(nlp):
    text = ("Two SUVs compared\n\nHyundai sells both SUVs in India.\n\n| | Creta | Venue |\n|---|---|---|\n"
            "| Engine | 1.5-litre | 1.2-litre |\n| Power | 113 hp | 82 hp |\n")
    specs = {s.model: (s.engine_l, s.power_hp) for s in read(nlp, text).specs}
    assert specs == {"Creta": (1.5, 113), "Venue": (1.2, 82)}


def test_a_route_table_with_an_origin_column(nlp):
    text = ("Chery ships from two countries\n\nChery said its overseas shipments grew.\n\nExports by route\n\n"
            "| From | To | Units |\n|---|---|---|\n| China | Chile | 4,300 |\n| Brazil | Argentina | 1,200 |\n")
    assert {(e.origin, e.destination): e.units for e in read(nlp, text).exports} == {("China", "Chile"): 4300,
                                                                                     ("Brazil", "Argentina"): 1200}


def test_year_columns_give_the_latest_year_stated_as_no_forecast(nlp):
    text = ("Kia Slovakia exported more cars from Zilina.\n\nExports by market (units)\n\n"
            "| Market | 2023 | 2024 | 2025F |\n|---|---|---|---|\n| Germany | 25,000 | 27,300 | 30,000 |\n")
    assert [e.units for e in read(nlp, text).exports if e.destination == "Germany"] == [27300]


def test_a_plant_column_holding_countries_gives_plants_there(nlp):
    text = ("BYD's plants abroad\n\nBYD is building plants abroad, it said.\n\n| Plant location | Capacity (units/yr) |\n"
            "|---|---|\n| Hungary | 150,000 |\n| Turkey | 150,000 |\n")
    assert {(p.company, p.country): p.capacity_per_year for p in read(nlp, text).plants} == {
        ("BYD", "Hungary"): 150000, ("BYD", "Turkey"): 150000}


def test_an_aligned_row_with_an_empty_cell_keeps_its_columns():
    text = ("Site        Country    Annual output    Headcount\nTangier     Morocco    400,000          7,000\n"
            "All plants             780,000          13,200\nBursa       Turkey     380,000          6,200\n")
    [table] = find_tables(text)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Tangier", "Morocco", "400,000", "7,000"], ["All plants", "", "780,000", "13,200"], ["Bursa", "Turkey", "380,000", "6,200"]]


def test_prose_with_double_spaces_is_no_table():
    text = ("The plant opened in May.  It builds the sedan for export markets.\n"
            "Output rose to 120,000 units.  Most of them went to Chile and Peru.\n"
            "The company employs 3,000 people.  It plans to add a shift next year.\n")
    assert find_tables(text) == []


def test_a_capacity_column_comes_before_an_output_column(nlp):
    text = ("Renault's plants\n\nRenault said its plants ran well.\n\n| Plant | Output 2024 | Capacity |\n|---|---|---|\n"
            "| Tangier | 350,000 | 400,000 |\n| Bursa | 300,000 | 380,000 |\n")
    assert {p.site: p.capacity_per_year for p in read(nlp, text).plants} == {"Tangier": 400000, "Bursa": 380000}


def test_a_two_column_fact_sheet_whose_first_line_is_a_row(nlp):
    text = ("Tata Motors to expand Sanand\n\nTata Motors will invest more in its plant in Sanand, Gujarat, it said.\n\n"
            "Plant figures\n\n| Annual capacity | 300,000 |\n|---|---|\n| Workforce | 3,500 |\n| Shifts | 3 |\n")
    [plant] = read(nlp, text).plants
    assert (plant.site, plant.capacity_per_year, plant.jobs, plant.shifts) == ("Sanand", 300000, 3500, 3)


def test_a_version_table_gives_versions_of_the_captions_model(nlp):
    text = ("Hyundai prices its SUV\n\nHyundai has priced its updated SUV for India.\n\nCreta versions\n\n"
            "| Version | Engine | Power | Gearbox |\n|---|---|---|---|\n| E | 1.5-litre | 113 hp | 6-speed manual |\n"
            "| SX Turbo | 1.5-litre turbo | 158 hp | 7-speed DCT |\n")
    specs = sorted((s.model, s.engine_l, s.power_hp) for s in read(nlp, text).specs)
    assert specs == [("Creta", 1.5, 113), ("Creta", 1.5, 158)]


def test_a_caption_naming_the_group_ships_from_where_the_story_has_it_build(nlp):
    text = ("Kia Slovakia exported 120,000 cars from Zilina last year, the company said.\n\nKia exports by market\n\n"
            "| Market | Units |\n|---|---|\n| Germany | 27,300 |\n| France | 11,500 |\n")
    assert {(e.origin, e.destination) for e in read(nlp, text).exports} == {("Slovakia", "Germany"), ("Slovakia", "France")}


def test_a_caption_naming_a_sister_company_does_not_ship_from_the_storys_plant(nlp):
    text = ("Hyundai builds the Tucson at its plant in Nosovice, Czech Republic.\n\nKia Slovakia exports by market\n\n"
            "| Market | Units |\n|---|---|\n| Germany | 27,300 |\n")
    assert {(e.origin, e.destination) for e in read(nlp, text).exports} == {("Slovakia", "Germany")}


def test_rows_of_models_with_their_markets_give_routes_without_the_models_figure(nlp):
    text = ("Chery ships its SUVs abroad\n\nChery said its exports from China grew.\n\nChery exports by model\n\n"
            "| Model | Units | Main markets |\n|---|---|---|\n| Tiggo 4 | 12,000 | Russia, Kazakhstan |\n"
            "| Tiggo 7 | 8,000 | Russia |\n")
    facts = read(nlp, text)
    assert routes(facts) == {("Chery", "China", "Russia"): None, ("Chery", "China", "Kazakhstan"): None}
    assert {e.destination: e.models for e in facts.exports} == {"Russia": ["Tiggo 4", "Tiggo 7"], "Kazakhstan": ["Tiggo 4"]}


def test_a_count_written_with_dots_for_thousands(nlp):
    text = ("Skoda exported more cars from the Czech Republic.\n\nSkoda exports by market\n\n"
            "| Market | Units |\n|---|---|\n| Germany | 61.200 |\n")
    assert [e.units for e in read(nlp, text).exports if e.destination == "Germany"] == [61200]


def test_a_table_in_a_press_releases_closing_section_gives_nothing(nlp):
    text = ("Renault confirms its results.\n\nAbout Renault Group\n\nRenault Group operates plants worldwide.\n\n"
            "| Plant | Country | Capacity |\n|---|---|---|\n| Tangier | Morocco | 400,000 |\n| Bursa | Turkey | 380,000 |\n")
    assert read(nlp, text).plants == []


def test_a_table_in_an_html_article_is_read(nlp):
    from core.ingest import html_text

    html = ("<html><head><title>Renault plants</title></head><body><article><h1>Renault expands plants</h1>"
            "<p>Renault said on Monday it would hire more workers at its plants in Morocco and Turkey, the carmaker said in "
            "a statement.</p><p>The company gave these figures for its two plants.</p>"
            "<table><tr><th>Plant</th><th>Country</th><th>Capacity</th></tr>"
            "<tr><td>Tangier</td><td>Morocco</td><td>400,000</td></tr><tr><td>Bursa</td><td>Turkey</td><td>380,000</td></tr>"
            "</table><p>Renault did not give a timetable for the hiring, which unions welcomed on Tuesday.</p>"
            "</article></body></html>")
    text, _ = html_text(html)
    assert {p.site: p.capacity_per_year for p in read(nlp, text).plants} == {"Tangier": 400000, "Bursa": 380000}


def test_a_fact_sheet_without_a_header_aligned_or_in_bars(nlp):
    for sheet in ("Annual capacity      400,000 vehicles\nEmployees            7,000\nShifts               3\n",
                  "| Annual capacity | 400,000 vehicles |\n| Employees | 7,000 |\n| Shifts | 3 |\n"):
        text = ("Renault to expand Tangier plant\n\nRenault will expand its plant in Tangier, Morocco, the company said.\n\n"
                "Tangier plant in figures\n\n" + sheet + "\nThe work starts next year.\n")
        [plant] = read(nlp, text).plants
        assert (plant.site, plant.capacity_per_year, plant.jobs, plant.shifts) == ("Tangier", 400000, 7000, 3)


def test_a_menu_of_links_is_no_table():
    assert find_tables("Home      News      Cars\nTrucks    Opinion   Video\n\nThe plant opened in 2020.\n") == []


def test_a_caption_of_export_markets_over_a_pipe_table_without_a_rule_gives_routes(nlp):
    text = ("Top export markets for Mexican-built light vehicles, January-June\n\nMarket | Units | Change\n"
            "United States | 1,250,300 | +4.1%\nCanada | 140,200 | -2.3%\n")
    assert routes(read(nlp, text)) == {(None, "Mexico", "United States"): 1_250_300, (None, "Mexico", "Canada"): 140_200}
