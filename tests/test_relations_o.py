"""Rules for constructions found in set O (web pages as scraped: datelines, captions, link lines, bios, tags, tables)
once it became a tuning set, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles, routes


def _plants(facts) -> dict[str, object]:
    return {p.site: p for p in facts.plants}


# -- a dateline's town with a US state written short: the town named again alone is the US one ------------------------
def test_a_dateline_town_with_a_us_state_is_the_us_town_named_again(nlp):
    facts = read(nlp, "GEORGETOWN, Ky. (WXYZ) — Toyota will add a shift at its Georgetown plant, which builds the Camry. "
                      "Some of the cars go to buyers in Canada.")
    assert _plants(facts)["Georgetown"].country == "United States"


def test_a_town_written_with_a_us_state_inside_the_text_counts_too(nlp):
    facts = read(nlp, "Toyota, which also has plants in Georgetown, Ky., and in Canada, said the Georgetown plant "
                      "will build the Camry from May.")
    assert _plants(facts)["Georgetown"].country == "United States"


def test_another_town_with_a_us_state_places_no_other_town(nlp):
    facts = read(nlp, "LEXINGTON, Ky. (WXYZ) — Toyota will add a shift at its Georgetown plant in Canada, which builds the Camry.")
    assert _plants(facts)["Georgetown"].country == "Canada"


# -- "sends N cars a year to X": a yearly export volume, not the plant's capacity ----------------------------------
def test_a_yearly_number_sent_to_a_market_is_the_routes_units(nlp):
    facts = read(nlp, "Honda sends about 12,000 cars a year to Mexico from its Alliston plant in Canada.")
    assert routes(facts)[("Honda", "Canada", "Mexico")] == 12000
    assert _plants(facts)["Alliston"].capacity_per_year is None


def test_a_yearly_number_built_stays_the_capacity(nlp):
    facts = read(nlp, "Honda builds about 120,000 cars a year at its Alliston plant in Canada and sends some to Mexico.")
    assert _plants(facts)["Alliston"].capacity_per_year == 120000


# -- "Japan's Suzuki": a country's possessive before a company is the company's nationality, not the site's country ----
def test_a_countrys_possessive_before_a_company_does_not_place_a_new_site(nlp):
    facts = read(nlp, "Indonesia's car market is growing. PT Maju Motor, a venture of Japan's Suzuki, will open a plant in "
                      "Sukamaju Barat next year to build the Carry.")
    assert [p.country for p in facts.plants] == ["Indonesia"]


def test_a_country_named_as_such_still_places_a_new_site(nlp):
    facts = read(nlp, "Indonesia's car market is growing. PT Maju Motor will open a plant in Sukamaju Barat, Malaysia, "
                      "next year to build the Carry.")
    assert [p.country for p in facts.plants] == ["Malaysia"]


# -- a plant of parts named in passing in a story about vehicle makers is no vehicle plant -------------------------
def test_a_battery_plant_named_in_passing_is_no_plant(nlp):
    facts = read(nlp, "Nissan builds the Leaf at its Sunderland plant in Britain. Battery packs for the Leaf come from "
                      "Nissan's battery plant in Washington, which is not part of the plan.")
    assert [p.site for p in facts.plants] == ["Sunderland"]


def test_an_engine_plant_named_before_its_site_is_no_plant(nlp):
    facts = read(nlp, "Honda builds the City at its plant in Ayutthaya, Thailand. Honda's engine plant at Prachinburi "
                      "will supply the engines.")
    assert [p.site for p in facts.plants] == ["Ayutthaya"]


def test_a_parts_makers_plant_in_a_story_about_a_carmaker_is_no_plant(nlp):
    facts = read(nlp, "Kia builds the EV3 at its Gwangmyeong plant in South Korea. Cells for the EV3 are supplied by "
                      "LG Energy Solution's plant in Ochang.")
    assert [p.site for p in facts.plants] == ["Gwangmyeong"]


def test_a_battery_plant_with_an_investment_of_its_own_is_no_plant_either(nlp):
    # component plants are not plants, with or without figures (the gold conventions from set N on); their figures
    # stay off the car plant
    facts = read(nlp, "BMW builds the iX3 at its plant in Debrecen, Hungary. Nearby, CATL will invest €7 billion in its "
                      "battery plant in Debrecen, which will employ 9,000 people.")
    assert [(p.company, p.jobs, p.investment) for p in facts.plants] == [("BMW", None, None)]


def test_a_parts_makers_own_story_keeps_its_plants(nlp):
    facts = read(nlp, "Magna opened a seating plant in Puebla, Mexico. Magna also runs a seating plant in Saltillo. "
                      "Magna said both serve carmakers in Mexico.")
    assert {p.site for p in facts.plants} == {"Puebla", "Saltillo"}


# -- "shipped N Xs to A and M Ys to B": each market's own models ----------------------------------------------------
def _route_models(facts) -> dict[str, list[str]]:
    return {e.destination: sorted(e.models) for e in facts.exports}


def test_each_market_takes_the_models_named_before_it(nlp):
    facts = read(nlp, "Last year Toyota shipped 5,200 Corollas to Chile, about 3,100 Hilux pickups to Peru and 900 "
                      "Yaris cars to Bolivia from its plant in Brazil.")
    assert _route_models(facts) == {"Chile": ["Corolla"], "Peru": ["Hilux"], "Bolivia": ["Yaris"]}


def test_each_market_takes_the_models_named_after_it(nlp):
    facts = read(nlp, "Karsan said that from its plant in Turkey, to Spain were exported 300 units of the e-JEST and to "
                      "Greece 120 units of the e-ATAK.")
    assert _route_models(facts) == {"Spain": ["e-JEST"], "Greece": ["e-ATAK"]}


def test_models_named_once_for_several_markets_go_to_each(nlp):
    facts = read(nlp, "Toyota shipped the Corolla and the Yaris from its plant in Brazil to Chile and Peru.")
    assert _route_models(facts) == {"Chile": ["Corolla", "Yaris"], "Peru": ["Corolla", "Yaris"]}


# -- "3 300 people", "350 000 cars": thousands set apart by a (non-breaking) space ------------------------------------
def test_thousands_set_apart_by_spaces_are_one_figure(nlp):
    facts = read(nlp, "Skoda builds the Fabia at its plant in Mlada Boleslav, which employs 4\u00a0500 people and has an "
                      "annual capacity of 250 000 cars.")
    plant = _plants(facts)["Mlada Boleslav"]
    assert (plant.jobs, plant.capacity_per_year) == (4500, 250000)


def test_a_year_then_a_figure_stays_two_figures(nlp):
    facts = read(nlp, "Skoda builds the Fabia at its plant in Mlada Boleslav. In 2024 250 more people were hired there.")
    assert _plants(facts)["Mlada Boleslav"].jobs == 250


# -- a markdown table of markets under a plant's story -----------------------------------------------------------------
TABLE_STORY = ("Kia builds the Ceed and the Sportage at its plant in Zilina, Slovakia.\n\n"
               "Where the cars went last year\n\n"
               "| {column} | Units | Models |\n| --- | --- | --- |\n"
               "| Austria | 12 400 | Ceed, Sportage |\n| Hungary | 8 100 | Sportage |\n| Total | 20 500 | — |\n")


def test_a_markdown_table_of_markets_gives_the_plants_routes_with_their_models(nlp):
    facts = read(nlp, TABLE_STORY.format(column="Market"))
    assert routes(facts) == {("Kia", "Slovakia", "Austria"): 12400, ("Kia", "Slovakia", "Hungary"): 8100}
    assert _route_models(facts) == {"Austria": ["Ceed", "Sportage"], "Hungary": ["Sportage"]}


def test_a_markdown_table_of_something_else_gives_no_routes(nlp):
    facts = read(nlp, TABLE_STORY.format(column="Dealer group"))
    assert not facts.exports


# -- "Key figures: Acme exports, January-June" over bulleted markets ---------------------------------------------------
def test_a_titled_key_figures_heading_names_the_exporter_of_the_bullets(nlp):
    facts = read(nlp, "Geely builds the Coolray at its plant in Ningbo, China.\n\n"
                      "Key figures: Geely exports, first half\n"
                      "- Chile: 4,300 (mainly Coolray and Monjaro)\n- Peru: 2,100 (Coolray)\n")
    assert routes(facts) == {("Geely", "China", "Chile"): 4300, ("Geely", "China", "Peru"): 2100}
    assert _route_models(facts) == {"Chile": ["Coolray", "Monjaro"], "Peru": ["Coolray"]}


def test_a_key_figures_heading_about_sales_names_no_exporter(nlp):
    facts = read(nlp, "Geely builds the Coolray at its plant in Ningbo, China.\n\n"
                      "Key figures: Geely sales by city, first half\n"
                      "- Shanghai: 4,300 (mainly Coolray)\n- Beijing: 2,100\n")
    assert not facts.exports


# -- "..., Civic and HR-V." at a sentence's end: the code is a model and the full stop ends the sentence ---------------
def test_a_hyphenated_code_before_a_full_stop_is_a_model_and_ends_the_sentence(nlp):
    facts = read(nlp, "Honda's plant in Prachinburi, Thailand, makes the City and the WR-V. Honda said exports would rise.")
    assert sorted(facts.plants[0].models) == ["City", "WR-V"]


def test_an_initial_still_does_not_end_a_sentence(nlp):
    doc = nlp("The plant was opened by John F. Kennedy in 1962.")
    assert len(list(doc.sents)) == 1


# -- people: union convenors, council cabinet members, team members; a name behind an honorific ------------------------
def test_a_union_convenor_and_a_team_member_are_people_with_roles(nlp):
    facts = read(nlp, "Kevin Marsh, the works convenor, said the deal was fair. Team member Rosa Delgado, who "
                      "works on the trim line, said the mood was good.")
    assert {name: role.lower() for name, role in roles(facts).items()} == {"Kevin Marsh": "works convenor", "Rosa Delgado": "team member"}


def test_a_councillors_honorific_is_not_part_of_the_name(nlp):
    facts = read(nlp, "Cllr Dev Sharma, Leeds City Council's cabinet member for transport, said the plant mattered.")
    assert list(roles(facts)) == ["Dev Sharma"]


def test_a_team_member_without_a_name_is_nobody(nlp):
    facts = read(nlp, "A team member fits a door to a Camry on the line in Georgetown.")
    assert not facts.people


# -- "A further 31,500 went to C": more of the shipment told of in the sentence before -------------------------------
def test_a_further_figure_continues_the_shipment_before(nlp):
    facts = read(nlp, "Kia will build the Seltos at a new plant in Morocco from 2027. Last year Kia shipped 20,000 "
                      "vehicles from South Korea to Egypt. A further 8,000 went to Tunisia, mostly Seltos SUVs.")
    assert routes(facts)[("Kia", "South Korea", "Tunisia")] == 8000


def test_a_figure_without_further_does_not_continue_it(nlp):
    facts = read(nlp, "Kia will build the Seltos at a new plant in Morocco from 2027. Last year Kia shipped 20,000 "
                      "vehicles from South Korea to Egypt. The plant in Morocco sent 8,000 Seltos SUVs to Tunisia.")
    assert ("Kia", "South Korea", "Tunisia") not in routes(facts)
