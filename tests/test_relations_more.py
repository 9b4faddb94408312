"""More relation and quantity rules, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

import pytest

from core.nlp.pipeline import prepare_text
from tests.pipeline_helpers import read


def quantities(nlp, text: str) -> list[tuple[str, float]]:
    doc = nlp(prepare_text(text))
    return [(q.label_, q._.value) for q in doc.spans["quantities"]]


# -- numbers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("The new line is sized for three and a half lakh units a year.", 350_000),
    ("Once finished, the works will turn out half a million cars a year.", 500_000),
    ("Its main site can make one and a half million vehicles a year.", 1_500_000),
])
def test_a_half_in_a_number_written_in_words(nlp, text, value):
    assert ("CAPACITY", value) in quantities(nlp, text)


def test_half_without_a_scale_is_no_number(nlp):
    assert quantities(nlp, "The plant ran at half speed for a month.") == []


# -- sentences ----------------------------------------------------------------------------------------
def test_a_company_suffix_can_end_a_sentence(nlp):
    doc = nlp(prepare_text("The plant supplies Kestrel Parts, Inc. In 2023 it shipped 12,000 cars to Chile."))
    assert [s.text.split()[0] for s in doc.sents] == ["The", "In"]


def test_a_company_suffix_inside_a_sentence_stays(nlp):
    doc = nlp(prepare_text("Kestrel Parts Inc. Chairman Tom Reed spoke."))
    assert len(list(doc.sents)) == 1


# -- imports ---------------------------------------------------------------------------------------
def test_imported_from_a_named_plant_gives_the_plant_s_country(nlp):
    facts = read(nlp, "Mazda will build the CX-50 at its plant in Huntsville, Alabama. "
                      "The CX-90, which is imported from Mazda's Hofu plant in Yamaguchi, Japan, stays on sale in the United States.")
    routes = {(e.origin, e.destination) for e in facts.exports}
    assert ("Japan", "United States") in routes


def test_the_plant_after_an_import_source_is_still_the_article_s_plant(nlp):
    facts = read(nlp, "Mazda builds the CX-50 at its plant in Huntsville, Alabama. "
                      "The CX-90 is imported from Mazda's Hofu plant in Yamaguchi, Japan. "
                      "Last year the plant shipped 9,000 CX-50 vehicles to Mexico.")
    routes = {(e.origin, e.destination): e.units for e in facts.exports}
    assert routes.get(("United States", "Mexico")) == 9000
    assert ("Japan", "Mexico") not in routes


# -- gazetteer data ---------------------------------------------------------------------------------
def test_an_engine_layout_is_not_a_model(nlp):
    facts = read(nlp, "The Triton is powered by a 3.0-litre V6 making 220 hp.")
    assert [m.name for m in facts.models] == ["Triton"]
    assert {s.model for s in facts.specs} == {"Triton"}


def test_truck_and_bus_makers_of_east_and_west_africa(nlp):
    facts = read(nlp, "Kenya Vehicle Manufacturers (KVM) assembles buses in Thika for BasiGo.")
    assert {"Kenya Vehicle Manufacturers", "BasiGo"} <= set(facts.companies)


# -- plants ----------------------------------------------------------------------------------------
def test_plants_in_a_country_without_a_site_are_no_plant(nlp):
    facts = read(nlp, "Both hatchbacks come from Honda's plants in Thailand.")
    assert facts.plants == []


def test_a_plant_in_a_country_is_still_a_plant(nlp):
    facts = read(nlp, "Honda builds the City at its plant in Thailand.")
    assert [(p.country, p.models) for p in facts.plants] == [("Thailand", ["City"])]


def test_a_site_the_gazetteer_lacks_named_by_its_owner(nlp):
    facts = read(nlp, "Nissan is growing in South Africa. We met the managing director at the company's Umbilo plant, "
                      "where Nissan builds the Navara.")
    assert [p.site for p in facts.plants] == ["Umbilo"]


def test_an_unknown_capitalised_word_after_at_is_no_site(nlp):
    facts = read(nlp, "We met him at the company's Annual Meeting.")
    assert facts.plants == []


def test_a_town_with_its_state_before_the_plant_noun(nlp):
    facts = read(nlp, "Honda will invest C$2.4 billion at its Cambridge, Ontario, assembly plant.")
    assert [(p.country, p.investment.amount) for p in facts.plants] == [("Canada", 2.4e9)]


@pytest.mark.parametrize(("text", "amount"), [
    ("The board approved R2.2 billion for a new paint shop at the Rosslyn plant.", 2.2e9),
    ("BMW approved R1.5 billion for the Rosslyn plant.", 1.5e9),
])
def test_money_approved_for_a_shop_or_plant_is_its_investment(nlp, text, amount):
    facts = read(nlp, text)
    assert [(p.investment.amount, p.investment.currency) for p in facts.plants] == [(amount, "ZAR")]


def test_a_model_name_with_r_and_a_number_stays_a_name(nlp):
    doc = nlp(prepare_text("The Audi R8 costs R3,400,000 in Johannesburg."))
    assert [e.text for e in doc.ents if e.label_ == "MODEL"] == ["R8"] or any(e.text == "Audi R8" for e in doc.ents)
    assert [(q.label_, q._.value) for q in doc.spans["quantities"]] == [("MONEY", 3_400_000)]


# -- people ----------------------------------------------------------------------------------------
def people(facts) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in facts.people}


def test_an_appointment_and_the_person_replaced(nlp):
    facts = read(nlp, "Mazda has appointed Keiko Arai as plant director at its Hofu site. "
                      "Arai, 52, replaces Daniel Moss, who moves to Europe.")
    assert people(facts) == {("Keiko Arai", "plant director"), ("Daniel Moss", "plant director")}
    assert {p.org for p in facts.people} == {"Mazda"}


def test_taking_over_from_someone_in_the_next_sentence(nlp):
    facts = read(nlp, "Isuzu Kenya has named Peter Wanjiru as managing director. "
                      "Wanjiru takes over from Kenji Sato, who retires.")
    assert people(facts) == {("Peter Wanjiru", "managing director"), ("Kenji Sato", "managing director")}


def test_a_place_named_as_a_hub_is_no_person(nlp):
    facts = read(nlp, "Nissan has named Sunderland as its European hub for electric cars.")
    assert facts.people == []


def test_an_office_between_commas_then_the_name_behind_an_honorific(nlp):
    facts = read(nlp, "The deal was signed by the Secretary, Ministry of Commerce and Trade, Mr. Tariq Hussain Qureshi, "
                      "and the Chief Executive Officer of ABCL, Ms. Sana Mirza.")
    assert people(facts) == {("Tariq Hussain Qureshi", "Secretary"), ("Sana Mirza", "Chief Executive Officer")}


# -- exports ---------------------------------------------------------------------------------------
def routes(facts) -> dict[tuple[str, str], float | None]:
    return {(e.origin, e.destination): e.units for e in facts.exports}


def test_imports_from_two_plants_in_two_countries(nlp):
    facts = read(nlp, "Kenyan Navaras are imported from Nissan's Rosslyn plant near Pretoria in South Africa "
                      "and from Samut Prakan in Thailand.")
    assert {("South Africa", "Kenya"), ("Thailand", "Kenya")} <= set(routes(facts))
    assert ("Kenya", "South Africa") not in routes(facts)


def test_imports_counted_by_where_they_were_built(nlp):
    facts = read(nlp, "Nissan is the third-largest brand in Chile. Last year it imported about 12,500 Mexican-built Nissans.")
    assert routes(facts).get(("Mexico", "Chile")) == 12500


def test_a_brand_in_the_plural_counts_cars(nlp):
    assert ("UNITS", 700) in quantities(nlp, "The dealer sold 700 Hyundais in March.")


def test_plants_named_by_their_country_ship_from_it(nlp):
    facts = read(nlp, "Kia builds the Sportage in Slovakia and Mexico. Last year its Mexican plants shipped 51,000 vehicles to Chile.")
    assert routes(facts).get(("Mexico", "Chile")) == 51000


@pytest.mark.parametrize(("text", "found"), [
    ("Renault Argentina exported 31,000 vehicles last year to 12 countries in Latin America.", True),
    ("Renault Argentina plans to open new markets in Latin America.", False),
])
def test_exports_to_a_number_of_countries_in_a_region(nlp, text, found):
    facts = read(nlp, text)
    assert (("Argentina", "Latin America") in routes(facts)) is found


def test_battery_energy_is_no_vehicle_capacity(nlp):
    assert quantities(nlp, "The cell plant will have a capacity of 24 GWh a year.") == []


def test_a_shortlisted_plant_and_its_figures_are_left_out(nlp):
    facts = read(nlp, "Kia builds the Sportage at its plant in Zilina, which employs 3,800 people. "
                      "Separately, Kia has shortlisted two sites in Poland for a possible plant that could build 200,000 cars a year. "
                      "The plant would build the EV2 and employ 2,500 people.")
    assert [(p.country, p.jobs) for p in facts.plants] == [("Slovakia", 3800)]


def test_a_decided_plant_is_kept(nlp):
    facts = read(nlp, "Kia will build a plant in Poland that can make 200,000 cars a year. The plant will build the EV2.")
    assert [(p.country, p.capacity_per_year, p.models) for p in facts.plants] == [("Poland", 200000, ["EV2"])]


def test_a_place_opening_the_sentence_past_an_aside_makes_cars(nlp):
    facts = read(nlp, "Suzuki is growing in India. Hansalpur, opened in 2017 west of Ahmedabad, can make about 7.5 lakh cars a year "
                      "and builds the Baleno.")
    assert [(p.site, p.capacity_per_year, p.models) for p in facts.plants] == [("Hansalpur", 750000, ["Baleno"])]


def test_a_place_opening_the_sentence_without_making_is_no_plant(nlp):
    facts = read(nlp, "Hyundai sells well in India. Chennai, the state capital, is hot in May.")
    assert facts.plants == []


def test_a_site_named_again_keeps_its_operator(nlp):
    facts = read(nlp, "Skoda builds the Octavia at its plant in Mlada Boleslav. "
                      "Volkswagen Sachsen builds the ID.3 in Zwickau. Mlada Boleslav employs 17,000 people.")
    plants = {p.site: (p.company, p.jobs) for p in facts.plants}
    assert plants["Mlada Boleslav"] == ("Skoda", 17000)


def test_a_place_that_will_be_able_to_make_cars(nlp):
    facts = read(nlp, "Tata is expanding in India. Sanand will be able to make 400,000 cars a year.")
    facts2 = read(nlp, "Tata is expanding in India. Sanand will be built up with new homes.")
    assert [(p.site, p.capacity_per_year) for p in facts.plants] == [("Sanand", 400000)]
    assert facts2.plants == []


def test_the_plant_kits_come_from_is_not_the_plant_the_story_follows(nlp):
    facts = read(nlp, "Foton will build trucks at its plant in Thika, Kenya. The plant assembles kits shipped from Foton's "
                      "factories in Beijing, China. From next year the line will also build the Aumark.")
    plants = {p.country: p.models for p in facts.plants}
    assert plants.get("Kenya") == ["Aumark"]
    assert not plants.get("China")


def test_a_market_s_yearly_size_is_no_plant_capacity(nlp):
    facts = read(nlp, "Foton builds trucks at its plant in Thika, Kenya. Kenya's new-truck market is about 6,000 units a year.")
    assert [p.capacity_per_year for p in facts.plants] == [None]


@pytest.mark.parametrize(("text", "site"), [
    ("Kia is ramping up its Georgia operation in West Point, Georgia, where it builds the Telluride.", "West Point, Georgia"),
    ("Hyundai expanded in Chennai, where it assembles the Creta.", "Chennai"),
])
def test_a_place_where_the_company_builds_cars(nlp, text, site):
    facts = read(nlp, text)
    assert site in [p.site for p in facts.plants]


def test_a_market_where_cars_built_elsewhere_compete_is_no_plant(nlp):
    facts = read(nlp, "Chile, where Indian-built hatchbacks compete with Chinese imports, took 12,000 cars.")
    assert facts.plants == []


def test_a_paragraph_number_is_no_figure(nlp):
    assert quantities(nlp, "(Corrects capacity figure in paragraph 4)") == []


def test_employment_opportunities_are_jobs(nlp):
    assert ("JOBS", 900) in quantities(nlp, "The expansion will create 900 direct employment opportunities.")


def test_a_locally_assembled_version_is_the_model_itself_and_built_at_the_plant(nlp):
    facts = read(nlp, "Kia Lucky Motors builds the Sportage at its plant in Karachi. "
                      "From 2026 the company will add the Sorento and a locally assembled version of the Carnival.")
    assert all(m.based_on is None for m in facts.models)
    assert facts.plants[0].models == ["Sportage", "Sorento", "Carnival"]


def test_a_locally_named_version_is_still_lineage(nlp):
    facts = read(nlp, "The Syros is a locally named version of the Sonet.")
    assert {m.name: m.based_on for m in facts.models}.get("Syros") in ("Sonet", "Kia Sonet")


def test_a_figure_restated_in_brackets_keeps_its_kind(nlp):
    assert ("CAPACITY", 120000) in quantities(nlp, "Annual production capacity of the second line is 12 man-dai (120,000 units).")


def test_workers_transferred_elsewhere_are_no_plant_jobs(nlp):
    facts = read(nlp, "Subaru builds the Forester at its plant in Ota, Japan. "
                      "The plant will go to one shift, transferring about 400 workers to other plants.")
    assert [(p.shifts, p.jobs) for p in facts.plants] == [(1, None)]


def test_a_numbered_plant_at_a_site_the_gazetteer_lacks(nlp):
    facts = read(nlp, "Mazda is growing in Japan. At the Kurume No.3 plant, Mazda builds the CX-50.")
    assert [(p.site, p.models) for p in facts.plants] == [("Kurume", ["CX-50"])]


def test_a_capitalised_vehicle_word_ends_a_company_name_not_a_model(nlp):
    facts = read(nlp, "Ford Otosan assembles the van for Volkswagen Commercial Vehicles.")
    assert facts.models == []


def test_a_lowercase_vehicle_word_after_a_new_name_makes_it_a_model(nlp):
    facts = read(nlp, "Chery will add the Chery Zentaro sedan next year.")
    assert "Zentaro" in [m.name for m in facts.models]


def test_an_industrial_city_is_no_company(nlp):
    facts = read(nlp, "The plant stands at Sundar Industrial City near Lahore.")
    assert not any("Industrial" in c for c in facts.companies)


# -- lineage ---------------------------------------------------------------------------------------
def test_on_the_basis_of_gives_the_donor(nlp):
    facts = read(nlp, "Ford Otosan builds the Volkswagen Transporter on the basis of the Transit Custom.")
    assert {m.name: m.based_on for m in facts.models}.get("Transporter") in ("Transit Custom", "Ford Transit Custom")


def test_an_electric_version_of_a_model_is_no_lineage_of_the_model_before(nlp):
    facts = read(nlp, "Sunderland is preparing the new Qashqai and an electric version of the Juke.")
    assert all(m.based_on is None for m in facts.models)


def test_a_bare_model_name_confirmed_by_its_full_name_elsewhere(nlp):
    facts = read(nlp, "The Ford Ranger is the best seller. The Amarok shares its platform with the Ranger.")
    assert {m.name: m.based_on for m in facts.models}.get("Amarok") in ("Ranger", "Ford Ranger")


# -- press releases --------------------------------------------------------------------------------
def test_the_about_section_of_a_press_release_gives_no_facts(nlp):
    text = ("Kestrel Motors will build the Falcon at its plant in Smyrna, Tennessee.\n\n"
            "About Kestrel Motors\n"
            "Kestrel Motors also builds the Harrier at its plant in Puebla, Mexico.\n")
    facts = read(nlp, text)
    assert [p.country for p in facts.plants] == ["United States"]


def test_a_heading_about_the_plant_is_no_closing_section(nlp):
    text = ("About the plant\n"
            "Nissan builds the Navara at its plant in Rosslyn, South Africa.\n")
    assert [p.country for p in read(nlp, text).plants] == ["South Africa"]


def test_an_owned_site_before_a_manufacturing_plant(nlp):
    facts = read(nlp, "Subaru is growing in the United States. It will invest $90 million in its Kokomo manufacturing plant.")
    assert [(p.site, p.investment.amount) for p in facts.plants] == [("Kokomo", 90_000_000)]


def test_a_company_name_that_is_a_first_name_after_said(nlp):
    facts = read(nlp, '"The plant is a safe bet," said Dana Kowalski, an analyst at Redline Research.')
    assert ("Dana Kowalski", "analyst") in people(facts)
    assert "Dana" not in facts.companies


def test_a_company_after_said_stays_a_company(nlp):
    facts = read(nlp, '"We will build it here," said Toyota on Monday.')
    assert "Toyota" in facts.companies


def test_production_moving_to_a_place_makes_it_a_plant_with_those_models(nlp):
    facts = read(nlp, "Honda will stop production in Swindon. The ZR-V and the HR-V will move to Saitama, Japan.")
    plants = {p.site: p.models for p in facts.plants}
    assert plants.get("Saitama") == ["ZR-V", "HR-V"]


def test_moving_a_head_office_is_still_read_as_a_place_only(nlp):
    facts = read(nlp, "Honda said its chief executive will travel to Saitama next week.")
    assert facts.plants == []


# -- specs -----------------------------------------------------------------------------------------
def test_a_heavy_truck_engine_and_an_automated_manual(nlp):
    facts = read(nlp, "The Actros tractor uses a 12.8-litre diesel producing 476 hp and a 12-speed automated manual gearbox.")
    spec = {(s.engine_l, s.power_hp, s.transmission) for s in facts.specs}
    assert spec == {(12.8, 476, "12-speed automated manual")}


def test_a_fuel_tank_is_no_engine(nlp):
    assert not any(label == "ENGINE" for label, _ in quantities(nlp, "It has a 60-litre fuel tank."))


def test_a_place_where_a_contract_assembler_works(nlp):
    facts = read(nlp, "Isuzu will raise capacity for its D-Max at Associated Vehicle Assemblers (AVA) in Mombasa to 8,000 units a year.")
    assert [(p.site, p.capacity_per_year) for p in facts.plants] == [("Mombasa", 8000)]


def test_a_plant_named_in_capitals_before_the_plant_noun(nlp):
    facts = read(nlp, "Kia is readying its Hwaseong EVO plant, which will build the PV5.")
    assert [(p.site, p.models) for p in facts.plants] == [("Hwaseong", ["PV5"])]


def test_the_cars_named_just_before_are_built_at_the_plant(nlp):
    facts = read(nlp, "Togg shipped the first 300 T10X SUVs to Austria. The cars are built at Togg's Gemlik plant in Bursa province.")
    assert [(p.site, p.models) for p in facts.plants] == [("Gemlik", ["T10X"])]


def test_models_that_remain_on_the_same_line(nlp):
    facts = read(nlp, "Indus Motor will add a second shift at its Port Qasim plant in Karachi. The Yaris and Fortuner remain on the same line.")
    assert facts.plants[0].models == ["Yaris", "Fortuner"]


def test_models_that_remain_best_sellers_are_not_assigned(nlp):
    facts = read(nlp, "Indus Motor will add a second shift at its Port Qasim plant in Karachi. The Yaris and Fortuner remain best sellers.")
    assert facts.plants[0].models == []


def test_a_rumoured_model_is_not_built_at_the_plant(nlp):
    facts = read(nlp, 'Dealers say Honda is "looking at" assembling the WR-V at its Vinh Phuc plant in Vietnam. '
                      "For now, Vinh Phuc builds the City.")
    assert [p.models for p in facts.plants] == [["City"]]
