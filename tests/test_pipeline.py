"""The spaCy pipeline on sentences written for these tests (none from the seed articles).

Canonical names are looked up through the gazetteer, so the tests hold whatever spelling the
gazetteer picks as canonical; what is tested is the behaviour of each component.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.nlp.pipeline import facts_from_doc, prepare_text
from core.nlp.registry import get_gazetteer
from tests.pipeline_helpers import read


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def company(gaz, surface: str) -> str:
    name = gaz.company(surface)
    assert name, f"{surface} missing from the gazetteer"
    return name


# -- pipeline shape -------------------------------------------------------------------------------
def test_pipeline_is_spacy_components(nlp):
    assert nlp.pipe_names[-5:] == ["entity_ruler", "aw_quantities", "aw_entities", "aw_relations", "aw_route_scorer"]
    assert "aw_boilerplate" in nlp.pipe_names


def test_labels_cover_the_domain(nlp):
    doc = nlp("Toyota will build the Corolla in Brazil and ship it to Latin America.")
    labels = {e.label_ for e in doc.ents}
    assert {"COMPANY", "MODEL", "COUNTRY", "REGION"} <= labels


# -- quantities ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, label, value, unit",
    [
        ("The group will invest $1.2bn in the project.", "MONEY", 1.2e9, "USD"),
        ("It committed €500 million to the site.", "MONEY", 5e8, "EUR"),
        # a toman is ten rials: the amount is given in the ISO currency
        ("The carmaker will spend 12 trillion tomans on new lines.", "MONEY", 1.2e14, "IRR"),
        ("A bonus of 500 million toman was paid.", "MONEY", 5e9, "IRR"),
        ("The budget is 40 billion rials.", "MONEY", 4e10, "IRR"),
        ("The state adds a US$ 3 billion loan.", "MONEY", 3e9, "USD"),
        ("The plant can build 150,000 vehicles per year.", "CAPACITY", 150_000, "units/year"),
        ("It is a 300,000-unit plant.", "CAPACITY", 300_000, "units/year"),
        ("The project will create 2,500 new jobs.", "JOBS", 2500, "jobs"),
        ("The site will employ 1,200 people.", "JOBS", 1200, "jobs"),
        ("They shipped three thousand cars last month.", "UNITS", 3000, "units"),
        ("It uses a 1,498cc engine.", "ENGINE", 1.5, "l"),
        ("A 2.0-litre turbo engine sits up front.", "ENGINE", 2.0, "l"),
        ("The motor makes 110kW.", "POWER", 147.5, "hp"),
        ("The engine makes 150 PS.", "POWER", 147.9, "hp"),
        ("The plant covers 40 hectares.", "AREA", 40, "ha"),
        ("Production runs on two shifts.", "SHIFTS", 2, "shifts"),
        ("Local content will rise to 60%.", "PERCENT", 60, "%"),
    ],
)
def test_quantities(nlp, text, label, value, unit):
    doc = nlp(text)
    found = [q for q in doc.spans["quantities"] if q.label_ == label]
    assert found, [(q.text, q.label_) for q in doc.spans["quantities"]]
    assert found[0]._.value == pytest.approx(value, rel=0.01)
    assert found[0]._.unit == unit


def test_transmission_quantity(nlp):
    doc = nlp("Power goes through an eight-speed automatic gearbox.")
    assert [q._.unit for q in doc.spans["quantities"] if q.label_ == "TRANSMISSION"] == ["8-speed automatic"]


def test_qualifier_kept_on_the_fact(nlp):
    doc = nlp("The factory will make up to 90,000 cars a year.")
    q = next(q for q in doc.spans["quantities"] if q.label_ == "CAPACITY")
    assert q._.qualifier == "up to"


# -- entities and their context ----------------------------------------------------------------------
def test_first_name_that_is_a_model_is_not_a_model(nlp):
    doc = nlp("Tara Jones, a nurse from Leeds, said the hospital needs more staff.")
    assert not [e for e in doc.ents if e.label_ == "MODEL"]


def test_ambiguous_model_in_automotive_context_is_a_model(nlp, gaz):
    ambiguous = next(m for m in gaz.models.values() if m.ambiguous and m.name.isalpha() and m.name.istitle())
    doc = nlp(f"The {ambiguous.name} sedan and other models sold well.")
    assert ambiguous.name in [e.text for e in doc.ents if e.label_ == "MODEL"]


def test_currency_symbol_is_not_a_country_of_the_story(nlp):
    facts = read(nlp, "The supplier raised US$14m from investors in Singapore for its battery line.")
    assert "United States" not in facts.countries
    assert "Singapore" in facts.countries


def test_publisher_is_not_a_company(nlp, gaz):
    facts = read(nlp, "Ford told Reuters it would cut 1,000 jobs in Cologne.")
    assert company(gaz, "Ford") in facts.companies
    assert not [c for c in facts.companies if "Reuters" in c]


def test_boilerplate_paragraphs_yield_no_facts(nlp):
    text = (
        "Subscribe to our newsletter for the latest news on Toyota, BMW and Kia.\n\n"
        "Don't miss out: register now and get your free trial today!\n\n"
        "Related articles\n\n"
        "Renault will build 100,000 cars a year at a new plant in Tangier, Morocco."
    )
    facts = read(nlp, text)
    assert all("Toyota" not in c and "BMW" not in c and "Kia" not in c for c in facts.companies)
    assert [p.country for p in facts.plants] == ["Morocco"]
    # each set-aside paragraph is kept as a mention of its own, for the reader, with no name a filter could match
    marked = [m for m in facts.mentions if m.label == "BOILERPLATE"]
    assert [text[m.start:m.end] for m in marked] == text.split("\n\n")[:3]
    assert all(m.text == "" and m.canonical == "" for m in marked)


def test_unknown_model_after_a_maker_is_found_and_queued(nlp, gaz):
    facts = read(nlp, "Chery unveiled the Chery Zentara 9 SUV, a new seven-seat model, in Shanghai.")
    assert any(m.name == "Zentara 9" and m.maker == company(gaz, "Chery") for m in facts.models)
    assert any(u.text == "Zentara 9" and u.guess == "MODEL" for u in facts.unresolved)


def test_unknown_company_named_as_a_plant(nlp):
    facts = read(nlp, "In Uzbekistan, a plant known as Qoratepa Avto will assemble the vehicles.")
    assert "Qoratepa Avto" in facts.companies
    assert any(u.text == "Qoratepa Avto" for u in facts.unresolved)


# -- relations -------------------------------------------------------------------------------------
def test_model_maker_and_platform(nlp, gaz):
    facts = read(nlp, "The Proton X70 is based on the Geely Boyue, a compact SUV.")
    x70 = next(m for m in facts.models if m.name.endswith("X70"))
    assert x70.maker == company(gaz, "Proton")
    assert x70.based_on and x70.based_on.endswith("Boyue")


def test_specs_attach_to_the_model(nlp):
    facts = read(nlp, "The Kia Seltos is powered by a 1,497cc engine rated at 85kW, mated to a CVT.")
    spec = next(s for s in facts.specs if s.model.endswith("Seltos"))
    assert spec.engine_l == 1.5
    assert spec.power_hp == pytest.approx(114, abs=0.5)
    assert spec.transmission == "CVT"


def test_specs_follow_the_model_into_the_next_sentence(nlp):
    facts = read(nlp, "Hyundai showed the new Creta SUV. Under the hood sits a 1.5-litre engine with 115 hp.")
    assert any(s.model.endswith("Creta") and s.power_hp == 115 for s in facts.specs)


def test_plant_with_figures_and_coreference(nlp, gaz):
    text = (
        "BYD said it will build a factory in Szeged, Hungary, with an investment of €4 billion. "
        "The plant will produce 150,000 cars a year on two shifts and create 1,500 jobs."
    )
    facts = read(nlp, text)
    [plant] = facts.plants
    assert plant.company == company(gaz, "BYD")
    assert plant.site == "Szeged" and plant.country == "Hungary"
    assert plant.capacity_per_year == 150_000 and plant.shifts == 2 and plant.jobs == 1500
    assert plant.investment.amount == 4e9 and plant.investment.currency == "EUR"
    assert plant.evidence["jobs"].sentence.startswith("The plant will produce")


def test_plant_figures_carry_provenance_offsets(nlp):
    text = "Intro line.\n\nVolkswagen will assemble 60,000 cars a year at a plant in Pune, India."
    facts = read(nlp, text)
    plant = facts.plants[0]
    assert text[plant.source.start:plant.source.end].strip() == plant.source.sentence


def test_no_plant_where_nothing_is_made(nlp):
    facts = read(nlp, "Nissan executives met dealers in Dubai and discussed sales in the region.")
    assert facts.plants == []


def test_export_route_with_models_and_units(nlp, gaz):
    facts = read(nlp, "Chery exported 12,000 Tiggo 7 units from China to Chile last year.")
    [export] = facts.exports
    assert (export.company, export.origin, export.destination) == (company(gaz, "Chery"), "China", "Chile")
    assert export.units == 12_000
    assert any(m.endswith("Tiggo 7") for m in export.models)


def test_export_origin_defaults_to_the_company_home(nlp, gaz):
    facts = read(nlp, "Geely plans to ship about 5,000 cars to the Kazakh market by the end of the year.")
    [export] = facts.exports
    assert export.origin == gaz.home_country(company(gaz, "Geely"))
    assert export.destination == "Kazakhstan"
    assert export.evidence["units"].qualifier.startswith("about")


def test_export_to_a_region(nlp):
    facts = read(nlp, "Renault will export the cars from Morocco to the Middle East.")
    assert [(e.origin, e.destination) for e in facts.exports] == [("Morocco", "Middle East")]


def test_person_role_and_organisation(nlp, gaz):
    facts = read(nlp, "“Demand is strong,” said Maria Lopez, chief executive of Renault.")
    [person] = facts.people
    assert person.name == "Maria Lopez"
    assert person.role == "chief executive"  # the title as written (s27)
    assert person.org == company(gaz, "Renault")


def test_person_after_a_company_title(nlp, gaz):
    facts = read(nlp, "Toyota CEO Koji Sato told reporters that prices would rise.")
    assert [(p.name, p.role, p.org) for p in facts.people] == [("Koji Sato", "CEO", company(gaz, "Toyota"))]


def test_minister_with_portfolio_and_country(nlp):
    facts = read(nlp, "Turkish Minister of Industry and Technology Ahmet Kaya opened the line.")
    [person] = facts.people
    assert person.name == "Ahmet Kaya"
    assert person.role == "Minister of Industry and Technology"
    assert person.org == "Turkey"


def test_alias_resolves_to_canonical(nlp, gaz):
    facts = read(nlp, "VW and Volkswagen AG are the same carmaker.")
    assert facts.companies == [company(gaz, "Volkswagen")]


# -- robustness --------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(nlp, text):
    facts = read(nlp, text)
    json.dumps(facts.to_format())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(
    ["Toyota", "Tara", "in", "Iran", "$", "14m", "two", "thousand", "units", "to", "Russia", ",", ".", "\n\n", "plant",
     "CEO", "Minister", "of", "and", "based", "on", "the", "1.6-liter", "hp", "you", "Subscribe", "“", "”", "said"]),
    max_size=60))
def test_domain_word_soup_never_raises(nlp, words):
    read(nlp, " ".join(words))


# -- rules added from the held-out dev set's misses (sentences written for these tests) ---------------
def test_ordinal_shift(nlp):
    doc = nlp("The factory will add a third shift next spring.")
    assert [q._.value for q in doc.spans["quantities"] if q.label_ == "SHIFTS"] == [3]


def test_expansion_keeps_the_new_capacity(nlp):
    facts = read(nlp, "Skoda will expand its plant in Mlada Boleslav, raising annual capacity to 600,000 vehicles from 500,000.")
    assert facts.plants[0].capacity_per_year == 600_000


def test_capacity_named_earlier_in_the_clause(nlp):
    facts = read(nlp, "Ford will double the annual capacity of its Craiova plant to 300,000 vehicles.")
    assert facts.plants[0].capacity_per_year == 300_000


def test_two_plants_in_one_sentence_keep_their_own_company_and_models(nlp, gaz):
    facts = read(nlp, "Toyota builds the Corolla at its plant in Sakarya, while Hyundai produces the i20 in Izmit.")
    plants = {p.site: p for p in facts.plants}
    assert plants["Sakarya"].company == company(gaz, "Toyota") and plants["Sakarya"].models == ["Corolla"]
    assert plants["Izmit"].company == company(gaz, "Hyundai") and plants["Izmit"].models == ["i20"]


def test_region_after_a_site_is_not_a_second_plant(nlp):
    facts = read(nlp, "The company's plant in Bursa, in the Marmara region of Turkey, builds vans.")
    assert len(facts.plants) == 1


def test_unknown_site_after_a_plant_word_takes_the_articles_country(nlp):
    text = "Mahindra is India's largest SUV maker.\nIt will open a new factory at Kolhapurwadi next year."
    facts = read(nlp, text)
    assert [(p.site, p.country) for p in facts.plants] == [("Kolhapurwadi", "India")]
    assert any(u.text == "Kolhapurwadi" and u.guess == "PLACE" for u in facts.unresolved)


def test_appositive_company_is_not_the_operator(nlp, gaz):
    facts = read(nlp, "Tofas, a joint venture between Fiat and Koc Holding, builds the Doblo at its plant in Bursa.")
    assert facts.plants[0].company == company(gaz, "Tofas")


def test_units_stated_after_the_destination(nlp):
    facts = read(nlp, "Kia said exports to Chile rose to 8,000 units, while shipments to Peru grew by a third.")
    units = {e.destination: e.units for e in facts.exports}
    assert units.get("Chile") == 8000 and units.get("Peru") is None


def test_countries_merely_named_near_an_export_are_not_destinations(nlp):
    facts = read(nlp, "BYD exported 4,000 cars to Brazil and was talking to dealers in Peru, led by its office in Chile.")
    assert [e.destination for e in facts.exports] == ["Brazil"]


def test_engine_producing_power_is_not_production(nlp):
    text = "Kia builds cars at its plant in Zilina, Slovakia. The Ceed is offered with a 1.5-litre engine producing 160 PS."
    facts = read(nlp, text)
    assert facts.plants[0].models == []


def test_link_list_under_a_boilerplate_heading_yields_nothing(nlp):
    text = ("Hyundai will build 200,000 cars a year at a new plant in Chennai, India.\n\n"
            "RELATED ARTICLES\n- Airbus, Toyota among top exporters in state trade report\n- Port adds new crane")
    facts = read(nlp, text)
    assert not [c for c in facts.companies if "Toyota" in c or "Airbus" in c]


def test_a_place_that_builds_is_a_plant(nlp):
    facts = read(nlp, "Zwickau currently builds the ID.3 and the ID.4 for Volkswagen.")
    assert [(p.site, sorted(p.models)) for p in facts.plants] == [("Zwickau", ["ID.3", "ID.4"])]


def test_an_office_is_not_a_company(nlp):
    facts = read(nlp, "State Industries Minister Ravi Kumar visited the Association of Tamil Automotive Industries.")
    assert facts.companies == []
    assert [(p.name, p.role) for p in facts.people] == [("Ravi Kumar", "State Industries Minister")]


@pytest.mark.parametrize(
    "text",
    [
        "Qoratepa Avto will assemble sedans at a new plant in Jizzakh, Uzbekistan.",
        "Uzbek carmaker Qoratepa Avto will build 25,000 vehicles a year at a plant in Jizzakh.",
        "A plant in Jizzakh, Uzbekistan, operated by Qoratepa Avto will make 25,000 cars a year.",
    ],
)
def test_unknown_operator_by_pattern(nlp, text):
    facts = read(nlp, text)
    assert [(p.company, p.site) for p in facts.plants] == [("Qoratepa Avto", "Jizzakh")]
    assert any(u.text == "Qoratepa Avto" for u in facts.unresolved)


def test_start_of_production_in_a_later_sentence(nlp):
    facts = read(nlp, "Kia builds the Ceed at its plant in Zilina, Slovakia. Production of the EV4 starts in 2026.")
    assert facts.plants[0].start_date == "in 2026"


def test_unknown_place_that_is_not_a_maker_is_not_a_company(nlp):
    facts = read(nlp, "Tamil Nadu will provide land for the new plant near Chennai.")
    assert facts.companies == []


def test_engine_code_after_the_displacement(nlp):
    doc = nlp("It gets a 1.0 TSI three-cylinder engine and a 2.0 TDI diesel.")
    assert [q._.value for q in doc.spans["quantities"] if q.label_ == "ENGINE"] == [1.0, 2.0]


def test_a_model_found_by_pattern_is_a_model_when_named_again(nlp):
    facts = read(nlp, "Chery showed the Chery Zentara 9 SUV in Shanghai. The Zentara 9 has a motor rated at 150 kW.")
    assert any(s.model == "Zentara 9" and s.power_hp == pytest.approx(201, abs=1) for s in facts.specs)


def test_a_model_keeps_the_name_the_article_uses(nlp, gaz):
    alias = next(((s, keys[0]) for s, keys in gaz.model_aliases.items()
                  if len(keys) == 1 and s != gaz.models[keys[0]].name and s.istitle() and " " not in s
                  and not gaz.models[keys[0]].ambiguous and s not in gaz.company_aliases), None)
    if alias is None:
        pytest.skip("the gazetteer has no one-word alias to try")
    surface, key = alias
    facts = read(nlp, f"The new {surface} sedan goes on sale next month.")
    assert [m.name for m in facts.models] == [surface]


# -- single capitals, initials and how plants get their models --------------------------------------
def test_model_name_ending_in_a_capital_at_sentence_end(nlp):
    doc = nlp(prepare_text("Tesla builds the Model Y. The company also exports the Model 3 to Canada."))
    assert [s.text for s in doc.sents] == ["Tesla builds the Model Y.", "The company also exports the Model 3 to Canada."]
    assert "Model Y" in [e.text for e in doc.ents if e.label_ == "MODEL"]


@pytest.mark.parametrize("text", [
    "Volvo Cars CEO Hakan G. Samuelsson said the plant would add a shift.",
    "Hakan G. Samuelsson, chief executive of Volvo Cars, said the plant would add a shift.",
])
def test_a_middle_initial_stays_in_the_name_and_the_sentence(nlp, text):
    doc = nlp(prepare_text(text))
    assert len(list(doc.sents)) == 1
    assert [p.name for p in facts_from_doc(doc, "t").people] == ["Hakan G. Samuelsson"]


@pytest.mark.parametrize("sentence", [
    "The line will be dedicated to the Kia Sportage and the Kia Ceed.",
    "Output will focus on the Kia Sportage and Kia Ceed models.",
    "It will build the Kia Sportage and the Kia Ceed.",
    "The first cars to leave the line are the Kia Sportage, Europe's best-selling crossover, and the Kia Ceed.",
])
def test_plant_models_without_a_verb_of_making_before_them(nlp, sentence):
    facts = read(nlp, "Kia opened a plant in Zilina, Slovakia, with capacity for 350,000 cars a year. " + sentence)
    [plant] = facts.plants
    assert {"Sportage", "Ceed"} <= {m.removeprefix("Kia ") for m in plant.models}


def test_two_versions_of_one_model_keep_their_own_specs(nlp):
    facts = read(nlp, "The Skoda Octavia comes with a 1.5-litre engine making 150 PS and a six-speed manual, "
                      "or a 2.0-litre with 265 PS and a seven-speed DSG in the RS version.")
    versions = {(s.engine_l, round(s.power_hp or 0)) for s in facts.specs}
    assert versions == {(1.5, 148), (2.0, 261)}


def test_both_cars_share_the_specs(nlp):
    facts = read(nlp, "The Kia Ceed is built on the same platform as the Kia Sportage. Both cars use a 1.6-litre engine.")
    assert {s.model.removeprefix("Kia ") for s in facts.specs if s.engine_l == 1.6} == {"Ceed", "Sportage"}


def test_imports_are_exports_seen_from_the_buyer(nlp, gaz):
    facts = read(nlp, "Kia plans a plant in Zilina. Both the Kia Ceed and the Kia Sportage went on sale in Slovakia as imports from South Korea.")
    [route] = facts.exports
    assert (route.origin, route.destination) == (gaz.country("South Korea"), gaz.country("Slovakia"))
    assert {m.removeprefix("Kia ") for m in route.models} == {"Ceed", "Sportage"}


def test_a_country_that_imports_from_another(nlp, gaz):
    [route] = read(nlp, "Slovakia imported 12,000 vehicles from Germany in May.").exports
    assert (route.origin, route.destination, route.units) == (gaz.country("Germany"), gaz.country("Slovakia"), 12_000)


def test_a_model_sold_elsewhere_is_not_an_export(nlp):
    facts = read(nlp, "Kia builds the Ceed in Zilina, Slovakia. The Ceed is a version of the Kia K3 sold in China.")
    assert facts.exports == []


def test_a_country_named_as_a_destination(nlp, gaz):
    facts = read(nlp, "Kia exported 50,000 cars from Slovakia to Germany last year. "
                      "Poland was the second-largest destination, taking about 9,000 vehicles.")
    routes = {r.destination: r for r in facts.exports}
    assert routes[gaz.country("Poland")].units == 9_000 and routes[gaz.country("Poland")].origin == gaz.country("Slovakia")


def test_jobs_counted_past_coordinated_adjectives(nlp):
    facts = read(nlp, "Kia will build a plant in Zilina, Slovakia, which is expected to create 4,000 direct and indirect jobs.")
    assert facts.plants[0].jobs == 4_000


def test_capacity_per_month_is_stated_per_year(nlp):
    facts = read(nlp, "Kia will open an assembly plant in Zilina, Slovakia, that can produce 2,000 units a month.")
    assert facts.plants[0].capacity_per_year == 24_000


def test_job_cuts_are_not_jobs_created_and_shifts_take_the_new_count(nlp):
    facts = read(nlp, "Kia will cut 800 jobs at its Zilina plant and reduce production from three shifts to two.")
    [plant] = facts.plants
    assert plant.jobs is None and plant.shifts == 2
    assert any(m.label == "JOBS" and m.qualifier == "cut" for m in facts.mentions)


@pytest.mark.parametrize(("text", "org"), [
    ("Kia Slovakia plans to invest EUR 100m by 2030, managing director Jan Novak said.", "Kia Slovakia"),
    ("Kia will build a plant in Zilina, Economy Minister Jan Novak said.", None),
])
def test_a_company_title_takes_the_sentences_one_company(nlp, gaz, text, org):
    [person] = read(nlp, text).people
    assert person.name == "Jan Novak"
    assert person.org == (org and (gaz.company(org) or org))


@pytest.mark.parametrize(("written", "normalised"), [
    ("a 7DCT", "7-speed DCT"), ("an 8AT", "8-speed automatic"), ("a 6MT", "6-speed manual"),
    ("a six-speed torque converter automatic", "6-speed automatic"),
])
def test_gearboxes_as_spec_sheets_write_them(nlp, written, normalised):
    facts = read(nlp, f"The Kia Ceed has a 1.6-litre engine mated to {written}.")
    assert [s.transmission for s in facts.specs] == [normalised]


def test_shared_underpinnings_are_lineage(nlp):
    facts = read(nlp, "The Kia Ceed, which shares its underpinnings with the Hyundai i30, is built in Zilina.")
    ceed = next(m for m in facts.models if m.name.endswith("Ceed"))
    assert ceed.based_on and ceed.based_on.endswith("i30")


def test_a_version_being_added_is_not_another_models_lineage(nlp):
    facts = read(nlp, "The plant builds the Kia Ceed and the Kia Sportage, and will add a hybrid version of the Ceed in 2027.")
    assert all(m.based_on is None for m in facts.models)


def test_an_overseas_total_is_not_one_routes_units(nlp):
    facts = read(nlp, "Kia shipped 90,000 vehicles overseas from Slovakia, with the Ceed leading exports to Germany and Poland.")
    assert facts.exports and all(r.units is None for r in facts.exports)


def test_a_fact_sheet_of_labelled_figures_is_content(nlp):
    facts = read(nlp, "Key figures of the new Kia plant in Zilina, Slovakia:\n• Investment: €1.1 billion\n"
                      "• Annual capacity: 175,000 units\n• Jobs: 4,300\n\nRead more\n• Kia Ceed review")
    [plant] = facts.plants
    assert (plant.capacity_per_year, plant.jobs, plant.investment.amount) == (175_000, 4_300, 1.1e9)
    capacity = next(m for m in facts.mentions if m.label == "CAPACITY")
    assert capacity.text == "175,000 units"


@pytest.mark.parametrize(("text", "name", "role"), [
    ('"Demand is strong," said Jana Kovac, an autos analyst at a bank in Bratislava.', "Jana Kovac", "analyst"),
    ("Kamel al-Amin, Deputy Minister for Industry, opened the plant.", "Kamel al-Amin", "Deputy Minister for Industry"),
    ("Chairman of the board of Kia Slovakia Peter Novak said the plant would add a shift.", "Peter Novak", "Chairman of the board"),
    ("Slovak Cars, founded by Eva Horvath in 2018, builds vans in Zilina.", "Eva Horvath", "founder"),
])
def test_people_in_the_shapes_news_writes_them(nlp, text, name, role):
    people = read(nlp, text).people
    assert [(p.name, p.role) for p in people] == [(name, role)]


def test_one_total_for_several_markets_is_no_routes_units(nlp):
    facts = read(nlp, "Kia's Zilina plant in Slovakia exported close to 300,000 vehicles last year to Germany, Poland and Italy.")
    assert len(facts.exports) == 3 and all(r.units is None for r in facts.exports)


def test_figures_paired_respectively(nlp, gaz):
    facts = read(nlp, "Kia exports from Slovakia to Germany and Poland, where it shipped about 3,000 and 2,000 vehicles respectively.")
    units = {r.destination: r.units for r in facts.exports}
    assert units == {gaz.country("Germany"): 3_000, gaz.country("Poland"): 2_000}


@pytest.mark.parametrize("sentence", [
    "The main buyer of its exports is Germany, taking 32,000 cars.",
    "It also exports to Austria. Germany remained its largest single market, taking about 32,000 vehicles.",
    "To Germany were exported 32 thousand cars.",
])
def test_destinations_written_as_the_subject(nlp, gaz, sentence):
    facts = read(nlp, "Kia builds the Ceed at its plant in Zilina, Slovakia. " + sentence)
    assert (gaz.country("Germany"), 32_000) in [(r.destination, r.units) for r in facts.exports]
    assert all(r.origin == gaz.country("Slovakia") for r in facts.exports)


def test_units_counted_past_a_name_before_the_vehicle_word(nlp):
    facts = read(nlp, "Slovak Buses shipped 200 Carrier buses from Slovakia to Austria.")
    assert [r.units for r in facts.exports] == [200]


@pytest.mark.parametrize("sentence", [
    "Kia, which builds the K5 in Zilina, also sells it in Austria.",
    "Kia said series production of the K5 started this week.",
])
def test_a_short_model_name_made_or_beside_its_maker_is_a_model(nlp, sentence):
    doc = nlp(prepare_text(sentence))
    assert "K5" in [e.text for e in doc.ents if e.label_ == "MODEL"]


def test_a_model_in_the_plural_counts_vehicles(nlp):
    doc = nlp(prepare_text("Kia exported 2,900 Sportages from Slovakia to Germany."))
    assert [e.ent_id_ for e in doc.ents if e.label_ == "MODEL"] and doc.ents[0].label_ == "COMPANY"
    assert [r.units for r in facts_from_doc(doc, "t").exports] == [2_900]


def test_a_country_name_that_is_a_state_of_the_story_country(nlp, gaz):
    us = gaz.country("United States")
    [plant] = read(nlp, "Kia's plant in West Point, Georgia, builds the Telluride for the United States market.").plants
    assert plant.country == us
    facts = read(nlp, "Iran Khodro exports cars to Georgia and Armenia from its plant in Tabriz.")
    assert gaz.country("Georgia") in {r.destination for r in facts.exports}
    assert [p.site for p in facts.plants] == ["Tabriz"]  # "Armenia from its plant" is no plant in Armenia


def test_a_plant_named_with_capitalised_words(nlp):
    [plant] = read(nlp, "Kia will raise the capacity of its Zilina Technology Campus to 400,000 vehicles a year.").plants
    assert (plant.site, plant.capacity_per_year) == ("Zilina", 400_000)


@pytest.mark.parametrize(("text", "currency"), [
    ("Kia will invest 12 billion dirhams in a plant in Kenitra, Morocco.", "MAD"),
    ("Kia will invest 500 million dirhams in a plant in Dubai, United Arab Emirates.", "AED"),
    ("Kia will invest 2 billion pounds in a plant in Egypt.", "EGP"),
    ("Kia will invest 500 million pounds in a plant in Sunderland, England.", "GBP"),
])
def test_a_currency_word_shared_by_countries_takes_the_storys(nlp, text, currency):
    [plant] = read(nlp, text).plants
    assert plant.investment.currency == currency


def test_a_former_owner_does_not_run_the_plant(nlp, gaz):
    [plant] = read(nlp, "Hyundai has raised output at the former Kia plant in Zilina, Slovakia, to 100,000 vehicles a year.").plants
    assert plant.company == gaz.company("Hyundai")


def test_a_factory_outside_a_country_is_not_in_it(nlp, gaz):
    facts = read(nlp, "Kia opened its assembly plant in Zilina, Slovakia, its first factory outside South Korea.")
    assert [p.country for p in facts.plants] == [gaz.country("Slovakia")]


def test_figures_go_to_the_plant_named_nearest_them(nlp):
    facts = read(nlp, "The other plants, Kia in Zilina and Stellantis in Trnava, slowed output this year, while Volvo's "
                      "€1.2 billion plant near Kosice is due to open in 2026 with a capacity of 250,000 cars a year and 3,300 jobs.")
    plants = {p.site: p for p in facts.plants}
    assert set(plants) >= {"Zilina", "Trnava", "Kosice"}
    assert (plants["Kosice"].capacity_per_year, plants["Kosice"].jobs, plants["Kosice"].investment.amount) == (250_000, 3_300, 1.2e9)
    assert plants["Zilina"].capacity_per_year is None and plants["Zilina"].start_date is None


def test_company_names_opening_with_demonyms_and_unions_that_are_not_companies(nlp):
    facts = read(nlp, "The Slovak Czech Automotive Company said it would build vans in its factory in Zilina. "
                      "The United Auto Workers union wants to organise plants in the South.")
    assert "Slovak Czech Automotive Company" in facts.companies
    assert not any("United Auto" in c for c in facts.companies)
    assert [p.site for p in facts.plants] == ["Zilina"]


def test_a_part_of_the_globe_is_no_site(nlp):
    facts = read(nlp, "Renault will spend $400 million on its Cordoba plant in Argentina, already the biggest car "
                      "plant in the Southern Hemisphere and the busiest factory in the Western World.")
    assert [p.site for p in facts.plants] == ["Cordoba"]


def test_where_cars_are_driven_is_not_where_they_are_built(nlp):
    facts = read(nlp, '"What we build in Zilina will be driven in Vienna, Prague and Munich," the Kia manager said.')
    assert [p.site for p in facts.plants] == ["Zilina"]


def test_a_production_base_is_a_plant_and_a_customer_base_is_not(nlp):
    assert [p.site for p in read(nlp, "Kia is investing EUR 2 billion to expand its Zilina base in Slovakia.").plants] == ["Zilina"]
    assert read(nlp, "Kia has a strong customer base in Germany and a loyal fan base in Poland.").plants == []


def test_a_half_year_is_not_a_model_named_h2(nlp):
    doc = nlp(prepare_text("Great Wall Motor says production of the Haval Jolion starts in H2 2027."))
    assert "H2" not in [e.text for e in doc.ents]


def test_a_county_is_not_a_bus_and_a_maker_named_beats_its_group(nlp, gaz):
    doc = nlp(prepare_text("Hyundai's investment in the Bryan County complex has grown to $12.6 billion."))
    assert not [e for e in doc.ents if e.label_ == "MODEL"]
    doc = nlp(prepare_text("Ford builds the Ranger in Silverton. Toyota builds the Hilux nearby. The Ranger pickup sells well."))
    assert {e.ent_id_ for e in doc.ents if e.text == "Ranger"} == {"Ford|Ranger"}


@pytest.mark.parametrize(("text", "name"), [
    ("The deal was signed by the Minister of Industry, Dr. Jana Kovac-Horvath, in Bratislava.", "Jana Kovac-Horvath"),
    ("The Managing Director of Slovak Cars Group, Mr. Peter Novak, said the plant would add a shift.", "Peter Novak"),
    ("Kia's plant director in Zilina, Wang Jun, said the plant would add a shift.", "Wang Jun"),
    ("Its president, José Ramos dos Santos, said the union was still negotiating.", "José Ramos dos Santos"),
])
def test_names_with_honorifics_hyphens_particles_and_place_like_surnames(nlp, text, name):
    assert [p.name for p in read(nlp, text).people] == [name]


def test_a_month_is_a_month_in_a_date(nlp):
    doc = nlp(prepare_text("Production started in Jun 2025 at the Zilina plant."))
    assert any(q.label_ == "DATE" and "Jun" in q.text for q in doc.spans["quantities"])


def test_a_key_figures_list_under_a_heading_is_content(nlp, gaz):
    facts = read(nlp, "Kia will build the Ceed at its plant in Zilina, Slovakia.\n\nKey figures\n\n"
                      "• Working pattern: three shifts, six days a week\n"
                      "• Share of output exported: more than 85%, mainly to Germany and Poland\n")
    assert facts.plants[0].shifts == 3
    assert {r.destination for r in facts.exports} == {gaz.country("Germany"), gaz.country("Poland")}


def test_exports_from_a_plant_of_another_operator(nlp, gaz):
    facts = read(nlp, "The government signed an agreement with Slovak Motor Group for a Kia assembly plant in Zilina, Slovakia. "
                      "Slovak Motor Group said it intends to export vehicles from the Zilina plant to Austria from 2027.")
    assert [(r.origin, r.destination) for r in facts.exports] == [(gaz.country("Slovakia"), gaz.country("Austria"))]


def test_lines_of_an_export_table(nlp, gaz):
    facts = read(nlp, "Slovakia exported 420,000 cars in the first half.\n\nTop destinations:\n\n"
                      "Germany – 45,200 units (−11.5%)\nPoland – 12,000 units (+2.0%)\n")
    routes = {r.destination: (r.origin, r.units) for r in facts.exports}
    assert routes == {gaz.country("Germany"): (gaz.country("Slovakia"), 45_200), gaz.country("Poland"): (gaz.country("Slovakia"), 12_000)}


@pytest.mark.parametrize("sentence", [
    "The rest goes to Austria.",
    "The main direction remains Austria, where 9,000 cars were delivered.",
    "To the Republic of Austria were exported 9,000 automobiles.",
    "Most are crossovers bound for Austria.",
])
def test_exports_in_the_words_of_trade_reports(nlp, gaz, sentence):
    facts = read(nlp, "Kia exported 50,000 cars from its plant in Zilina, Slovakia, to Germany last year. " + sentence)
    assert gaz.country("Austria") in {r.destination for r in facts.exports}


def test_a_later_revision_replaces_the_figure(nlp):
    [plant] = read(nlp, "Kia will cut one of the three shifts at its Zilina plant in Slovakia. Under the plan, Zilina will go "
                        "from three shifts to two, and capacity will fall from 400,000 to 250,000 vehicles a year.").plants
    assert (plant.shifts, plant.capacity_per_year) == (2, 250_000)


def test_a_count_of_a_model_shipped(nlp, gaz):
    facts = read(nlp, "Kia's Zilina plant in Slovakia builds the Ceed. This year it shipped about 42,000 Ceed to Germany.")
    assert [(r.destination, r.units) for r in facts.exports] == [(gaz.country("Germany"), 42_000)]


def test_non_native_plant_report(nlp):
    facts = read(nlp, 'At the car plant in Zilina city of Slovakia the production capacity was brought to 300,000 automobiles per year. '
                      'At present on the conveyor are assembled the Kia "Ceed" and "Sportage". In the plant are working 3,700 persons in three shifts.')
    [plant] = facts.plants
    assert (plant.capacity_per_year, plant.jobs, plant.shifts) == (300_000, 3_700, 3)
    assert {m.removeprefix("Kia ") for m in plant.models} == {"Ceed", "Sportage"}


def test_a_named_platform_is_the_models_platform_not_a_model_it_is_based_on(nlp):
    # FORMAT.md's based_on is a model; a platform is kept apart (the Models page shows both)
    facts = read(nlp, "Zilina will keep the Kia Ceed and the Kia Sportage, all built on the XQ Flex platform.")
    assert {m.name.removeprefix("Kia "): (m.based_on, m.platform) for m in facts.models} == {
        "Ceed": (None, "XQ Flex"), "Sportage": (None, "XQ Flex")}
    facts = read(nlp, "Kia's Zilina plant builds the electric Kia EV4 on the E-GMP architecture.")
    assert [m.platform for m in facts.models if m.name.endswith("EV4")] == ["E-GMP"]
    assert all("platform" not in m and "based_on" not in m for m in facts.to_format()["models"])


def test_lineage_subject_across_a_relative_clause_and_not_an_unnamed_model(nlp):
    facts = read(nlp, "The new Kia Ceed, which sits above the Kia Picanto in the range, is a reworked Hyundai i30.")
    assert {m.name.removeprefix("Kia "): m.based_on for m in facts.models if m.based_on} == {"Ceed": "Hyundai i30"}
    facts = read(nlp, "Kia builds the Kia Ceed in Zilina. A Hyundai-based Kia SUV, derived from the Hyundai Tucson, is under study.")
    assert all(m.based_on is None for m in facts.models)


# -- export routes in the words of shipping news ---------------------------------------------------
def test_origin_written_as_a_made_in_adjective(nlp, gaz):
    facts = read(nlp, "Toyota will ship some 9,000 South African-built Hilux pickups a year to Kenya. "
                      "Hyundai plans to export Chennai-made Creta SUVs to Chile.")
    routes = {r.destination: (r.origin, r.units) for r in facts.exports}
    assert routes[gaz.country("Kenya")] == (gaz.country("South Africa"), 9_000)
    assert routes[gaz.country("Chile")][0] == gaz.country("India")


def test_a_model_with_its_code_part_hyphenated_or_spaced(nlp):
    facts = read(nlp, "Mazda shipped 4,000 CX 5 crossovers to Peru, and Mahindra sold the Scorpio-N in Nepal.")
    names = {m.name for m in facts.models}
    # named as written ("CX 5"): a spelling of the name with its spaces or hyphens moved
    assert any(n.replace(" ", "-").endswith("CX-5") for n in names) and any(n.startswith("Scorpio") for n in names)


def test_plural_of_a_model_code_counts_units(nlp, gaz):
    facts = read(nlp, "Hyundai exported 3,500 Ioniq 5s to Norway.")
    assert [(r.destination, r.units) for r in facts.exports] == [(gaz.country("Norway"), 3_500)]


def test_a_consignment_named_with_its_market(nlp, gaz):
    facts = read(nlp, "BYD said the first 1,200 Dolphins for Thailand would be loaded in Shenzhen next week, "
                      "while 800 Seals would be shipped to Malaysia.")
    routes = {r.destination: (r.units, [m.split()[-1] for m in r.models]) for r in facts.exports}
    assert routes == {gaz.country("Thailand"): (1_200, ["Dolphin"]), gaz.country("Malaysia"): (800, ["Seal"])}


def test_routes_only_under_study_are_not_exports(nlp, gaz):
    facts = read(nlp, "Proton ships the Saga to Brunei and is studying further shipments to Nepal. "
                      "It also signed a memorandum for possible sales in Egypt.")
    assert {r.destination for r in facts.exports} == {gaz.country("Brunei")}


def test_each_clause_keeps_its_own_models(nlp, gaz):
    facts = read(nlp, "Kia will send 6,000 cars to Chile and 4,000 to Peru. Chile will receive the Kia Sportage and Seltos, "
                      "while shipments to Peru will consist of the Sportage only.")
    models = {r.destination: sorted(m.split()[-1] for m in r.models) for r in facts.exports}
    assert models[gaz.country("Peru")] == ["Sportage"]
    assert models[gaz.country("Chile")] == ["Seltos", "Sportage"]


def test_a_model_named_again_without_its_maker(nlp):
    doc = nlp(prepare_text("Chevrolet builds the Chevrolet Cobalt in Asaka. Analysts praised the Cobalt."))
    assert [(e.text, e.label_) for e in doc.ents if e.text.endswith("Cobalt")] == [("Chevrolet Cobalt", "MODEL"), ("Cobalt", "MODEL")]
    doc = nlp(prepare_text("Analysts praised the Cobalt."))  # alone, the ordinary word needs context
    assert not [e for e in doc.ents if e.label_ == "MODEL"]


def test_related_story_lines_yield_no_facts(nlp):
    facts = read(nlp, "Related: Ford to build 200,000 Rangers a year at Silverton plant in South Africa\n\n"
                      "You may also like: Kia exports to Chile hit record | Tata opens plant in Sanand\n")
    assert not facts.plants and not facts.exports


def test_a_plant_in_a_state_or_province_is_placed_in_its_country(nlp, gaz):
    facts = read(nlp, "Kia will build a second plant in Andhra Pradesh. Nissan is expanding its plant in Guanajuato state.")
    assert {(p.site, p.country) for p in facts.plants} == {("Andhra Pradesh", gaz.country("India")), ("Guanajuato", gaz.country("Mexico"))}


def test_a_country_in_a_bound_or_spec_compound_does_not_place_a_site(nlp, gaz):
    facts = read(nlp, "The Japan-bound Swift is built at the company's plant in Gujarat.")
    assert [p.country for p in facts.plants] == [gaz.country("India")]


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # portfolios before or after the title
    ("First Deputy Energy and Mines Minister Ivan Petrov said the plant would open in May.", "Ivan Petrov", "First Deputy Energy and Mines Minister"),
    ("Deputy Minister of Industry and Construction Aigerim Sultanova said exports would double.", "Aigerim Sultanova", "Deputy Minister of Industry and Construction"),
    ("Saipa's deputy for exports, Reza Tavakoli, said the first cars had left.", "Reza Tavakoli", "deputy for exports"),
    ("Poland's minister for national economy, Anna Nowak, welcomed the plant.", "Anna Nowak", "minister for national economy"),
    ("First deputy minister of industry of Belarus Ivan Petrov said the program was adopted.", "Ivan Petrov", "deputy minister of industry"),
    # titles with a possessor, and speakers quoted with no title
    ('"It is a good deal," said Jan Nowak, the union\'s chairman at the plant.', "Jan Nowak", "chairman"),
    ("Carlos Ruiz, SMATA's shop steward at the plant, said the union agreed.", "Carlos Ruiz", "shop steward"),
    ('"We are ready," said Maria Lopez, who runs the plant.', "Maria Lopez", "head"),  # a title given by a verb
    ('"Demand is strong," says Tom Becker of the consultancy AutoVista.', "Tom Becker", None),
])
def test_people_with_their_titles_as_news_writes_them(nlp, sentence, name, role):
    people = {p.name: p.role for p in read(nlp, sentence).people}
    assert name in people and (people[name] or None) == role


def test_a_first_name_that_is_also_a_town(nlp):
    people = {p.name for p in read(nlp, "Trade Minister Vladimir Sokolov opened the plant.").people}
    assert people == {"Vladimir Sokolov"}


def test_a_known_company_written_with_its_legal_suffix_is_one_company(nlp, gaz):
    facts = read(nlp, "Toyota Motor Corporation Limited will add a shift at its plant in Chachoengsao, Thailand.")
    assert facts.companies == [company(gaz, "Toyota")]
    assert [p.company for p in facts.plants] == [company(gaz, "Toyota")]


def test_models_of_a_plant_named_by_its_operator_with_kits_supplied_by_a_brand(nlp):
    facts = read(nlp, "Hyundai will expand its plant in Almaty. The plant, operated by Hyundai's partner Astana Motors, "
                      "builds the Hyundai Tucson and Elantra sedans from kits supplied by Hyundai Motor.")
    [plant] = facts.plants
    assert {m.split()[-1] for m in plant.models} == {"Tucson", "Elantra"}
    assert not facts.exports


def test_a_brand_range_shipped_means_the_models_named_for_it(nlp, gaz):
    facts = read(nlp, "Chery builds the Omoda 5 and the Tiggo 8 at its plant in Wuhu. "
                      "Chery plans to ship Omoda models to Spain from next year.")
    [route] = facts.exports
    assert route.destination == gaz.country("Spain")
    assert [m for m in route.models] == ["Omoda 5"]


def test_vehicles_leaving_a_port_come_from_its_country(nlp, gaz):
    facts = read(nlp, "Hyundai will build the Creta at its new plant in Brazil. "
                      "Hyundai said 900 Ioniq 5s would be shipped to Chile from the port of Ulsan.")
    assert [(r.origin, r.destination) for r in facts.exports] == [(gaz.country("South Korea"), gaz.country("Chile"))]


@pytest.mark.parametrize("sentence", [
    "The plant builds the Kia Sportage and the Kia Ceed and exports about 80% of its output.",
    "The first vehicles, the Kia Sportage and the Kia Ceed, will be produced there from May.",
    "The plant will add an electric SUV to its current range, the Kia Sportage and the Kia Ceed.",
])
def test_models_of_the_plant_being_described(nlp, sentence):
    facts = read(nlp, "Kia runs a plant in Zilina, Slovakia. " + sentence)
    [plant] = facts.plants
    assert {m.split()[-1] for m in plant.models} == {"Sportage", "Ceed"}


def test_models_a_plant_ships_are_models_it_builds(nlp):
    # (since s29: the real stories' gold gives a plant the models shipped from its country by its maker; the invented
    # gold this test was written to did not)
    facts = read(nlp, "Kia runs a plant in Zilina, Slovakia. The plant exports the Kia Sportage to Austria.")
    assert [m.split()[-1] for m in facts.plants[0].models] == ["Sportage"]


def test_jobs_created_at_suppliers_or_indirectly_are_not_the_plants(nlp):
    [plant] = read(nlp, "Ford will expand its Silverton plant in South Africa. Every job at Silverton creates five jobs at suppliers, "
                        "and the expansion will add 1,200 new working places at the plant.").plants
    assert plant.jobs == 1_200
    [plant] = read(nlp, "The Silverton plant of Ford in South Africa will bring 3,000 indirect jobs.").plants
    assert plant.jobs is None
    [plant] = read(nlp, "The Silverton plant of Ford in South Africa will bring 3,000 direct and indirect jobs.").plants
    assert plant.jobs == 3_000


def test_a_licensor_named_after_a_known_site_does_not_take_the_plant(nlp, gaz):
    facts = read(nlp, "UzAuto Motors will modernise its Asaka plant. At Asaka plant are produced the Chevrolet Onix "
                      "and Chevrolet Cobalt under license of the American company General Motors.")
    assert [(p.company, p.site) for p in facts.plants] == [(company(gaz, "UzAuto Motors"), "Asaka")]
    assert {m.split()[-1] for m in facts.plants[0].models} == {"Onix", "Cobalt"}


def test_capacity_raised_from_one_figure_to_another_far_from_the_word_capacity(nlp):
    [plant] = read(nlp, "Volvo will raise the annual capacity of its large electric car plant near Kosice in Slovakia "
                        "from 150,000 to 250,000 vehicles.").plants
    assert plant.capacity_per_year == 250_000


def test_a_spec_sheet_with_trims_in_its_labels(nlp):
    facts = read(nlp, "Specifications\n\n- Tiggo 4 1.5T: 1,498 cc, 147 PS, 210 Nm, 6DCT\n- Arrizo 8 1.6 TGDI: 1,598 cc, 197 PS, 290 Nm, 7DCT\n")
    engines = {s.model.split()[0]: s.engine_l for s in facts.specs}
    assert engines == {"Tiggo": 1.5, "Arrizo": 1.6}


def test_a_spec_paragraph_far_from_any_model_name_goes_to_the_article_s_model(nlp):
    facts = read(nlp, "The new Kia Seltos goes on sale in May. It replaces a car that sold well.\n\n"
                      "Its rivals include the Hyundai Creta, which is built alongside it in Chennai.\n\n"
                      "Prices will be announced later. Dealers are taking orders now.\n\n"
                      "Engines. The 1.5-litre petrol makes 115 hp and comes with a CVT.")
    assert {s.model.split()[-1] for s in facts.specs} == {"Seltos"}


def test_a_country_s_export_report_with_its_markets(nlp, gaz):
    facts = read(nlp, "Car exports from Thailand rose 8% to 1.1 million units last year. Australia remained the largest single "
                      "market for made-in-Thailand pickups, taking 210,000 units.\n\nTop destinations (units):\n"
                      "- Philippines: 95,000\n- Japan: 61,000\n")
    routes = {r.destination: (r.origin, r.units) for r in facts.exports}
    thailand = gaz.country("Thailand")
    assert routes == {gaz.country("Australia"): (thailand, 210_000), gaz.country("Philippines"): (thailand, 95_000),
                      gaz.country("Japan"): (thailand, 61_000)}


def test_a_company_total_in_all_is_not_one_route_s_units(nlp, gaz):
    facts = read(nlp, "Kia Slovakia shipped 250,000 units in all, including 40,000 to Austria.")
    assert [(r.destination, r.units) for r in facts.exports] == [(gaz.country("Austria"), 40_000)]


def test_exports_in_translated_trade_news(nlp, gaz):
    facts = read(nlp, "Kamaz exported 9.1 thousand trucks from Russia this year. Main market, as before, is Kazakhstan - there were "
                      "shipped 5.2 thousand units. Into Uzbekistan went about 900 units. In the year 2024, two thousand one "
                      "hundred trucks were sent to Mongolia.")
    routes = {r.destination: r.units for r in facts.exports}
    assert routes == {gaz.country("Kazakhstan"): 5_200, gaz.country("Uzbekistan"): 900, gaz.country("Mongolia"): 2_100}
    assert {r.company for r in facts.exports} == {company(gaz, "KAMAZ")}


@pytest.mark.parametrize("sentence", [
    "The Toyota Glanza is a badge-engineered Baleno.",
    "The Toyota Glanza was developed from the Baleno.",
    "The Toyota Glanza shares its body with the Baleno.",
    "The Toyota Glanza is a licensed copy of the Baleno.",
])
def test_lineage_in_the_words_of_reviews(nlp, sentence):
    facts = read(nlp, sentence)
    assert {m.name: m.based_on for m in facts.models if m.based_on} == {"Glanza": "Suzuki Baleno"}


def test_a_model_name_shared_within_one_group_needs_no_context(nlp):
    doc = nlp(prepare_text("Toyota compares the Glanza with the Baleno."))
    assert [e.text for e in doc.ents if e.label_ == "MODEL"] == ["Glanza", "Baleno"]


def test_its_at_the_start_of_a_sentence_is_the_company_just_named(nlp, gaz):
    facts = read(nlp, "Maruti Suzuki exported 300,000 cars. Maruti Suzuki also builds the Swift. Hyundai Motor India shipped "
                      "160,000 units in all. Its Sriperumbudur plant near Chennai runs on three shifts.")
    [plant] = facts.plants
    assert plant.company == company(gaz, "Hyundai Motor India") and plant.shifts == 3


def test_a_province_of_a_country_the_article_never_names_is_read_in_context(nlp, gaz):
    # "Isabel" is also a province of the Solomon Islands
    [plant] = read(nlp, "In Argentina, Renault's Santa Isabel plant will move to a single shift.").plants
    assert plant.country == gaz.country("Argentina")


def test_both_cars_assembled_at_a_plant(nlp):
    [plant] = read(nlp, "Proton refreshed the X50 and the S70 this week. Both cars are assembled at Proton's Tanjung Malim "
                        "plant in Malaysia.").plants
    assert set(plant.models) == {"X50", "S70"}


def test_a_car_s_price_is_not_the_plant_s_investment(nlp):
    [plant] = read(nlp, "Saipa builds the Shahin at its plant in Kashan, Iran. The Shahin is priced at 9 billion rials "
                        "at the factory gate, as production costs rose.").plants
    assert plant.investment is None


def test_a_brand_and_its_parent_are_one_company_for_a_plant_s_figures(nlp):
    [plant] = read(nlp, "Kerman Motor (KMC) started production of the KMC T9 at its plant in Bam, Iran. "
                        "Kerman Motor said it had invested 12 trillion rials in a new body shop.").plants
    assert plant.investment is not None and plant.investment.amount == 12e12


def test_a_person_named_before_a_hyphenated_title(nlp):
    people = {p.name: p.role for p in read(nlp, "Output will double, Priya Nair, whole-time director and chief financial "
                                               "officer, said on Monday.").people}
    assert people == {"Priya Nair": "whole-time director"}


def test_a_later_shipment_statement_keeps_the_shipper_s_origin(nlp, gaz):
    facts = read(nlp, "Tianma builds cars at a new plant in Miskolc, Hungary. In the quarter Tianma exported 12,800 vehicles "
                      "from China to the Middle East. Shipments to Chile, which began in August, were 3,100 units.")
    routes = {r.destination: r.origin for r in facts.exports}
    assert routes[gaz.country("Chile")] == gaz.country("China")


def test_an_organisation_after_said_is_not_a_person(nlp):
    assert read(nlp, '"Sales rose," said Autostat Research Agency on Monday.').people == []


def test_a_town_named_like_a_foreign_city_is_read_in_the_country_the_story_names(nlp, gaz):
    facts = read(nlp, "Toyota will add a line in the United States. The RAV4 is built at its plant in Georgetown.")
    assert [p.country for p in facts.plants if p.site == "Georgetown"] == [gaz.country("United States")]
    facts = read(nlp, "Tata builds the Nexon at its plant in Pune. Tata exports the Nexon to Kenya.")
    assert [p.country for p in facts.plants] == [gaz.country("India")]  # no Pune in Kenya: the city's own country


@pytest.mark.parametrize("sentence", [
    "Kia runs a plant in Zilina, Slovakia. Kia is going ahead with a EUR 45 million paint shop at Zilina.",
    "Kia's plant in Zilina, Slovakia, built for EUR 45 million, runs two shifts.",
])
def test_the_cost_of_a_plant_or_of_a_shop_inside_it(nlp, sentence):
    [plant] = read(nlp, sentence).plants
    assert plant.investment is not None and plant.investment.amount == 45e6


@pytest.mark.parametrize(("text", "route"), [
    # a departure "for" a market, from the plant's country
    ("Renault builds the Kwid at its plant in Chennai, India. The plant has begun exporting: a first batch of "
     "400 Kwid hatchbacks left the port of Ennore for Kenya in May.", ("India", "Kenya", 400)),
    # a shipment to a port goes to the port's country
    ("Chery's car carrier delivered 5,000 vehicles, including Tiggo 7 models, from China to Bremerhaven.", ("China", "Germany", 5_000)),
    # a market that took a number of cars, in an article about exports
    ("Tofas builds the Egea at its plant in Bursa, Turkey. Most of the output is exported.\n\n"
     "Italy alone took 48,000 cars last year, mostly the sedan.", ("Turkey", "Italy", 48_000)),
])
def test_one_export_route_in_shipping_news(nlp, gaz, text, route):
    origin, destination, units = route
    facts = read(nlp, text)
    assert [(r.origin, r.destination, r.units) for r in facts.exports] == [(gaz.country(origin), gaz.country(destination), units)]


def test_a_figure_after_shift_to_is_no_shift_count(nlp):
    """'from 25,000 cars in one shift to 40,000 in two': the 40,000 are cars, not shifts."""
    doc = nlp("The second line will raise the plant's capacity from 25,000 cars in one shift to 40,000 in two shifts.")
    shifts = [q._.value for q in doc.spans["quantities"] if q.label_ == "SHIFTS"]
    assert 40_000 not in shifts
    doc = nlp("Output will go from two shifts to one in March.")
    assert [q._.value for q in doc.spans["quantities"] if q.label_ == "SHIFTS"] == [2, 1]
