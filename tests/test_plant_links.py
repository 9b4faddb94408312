"""Plants, their sites and operators on sentences written for these tests (names of towns and companies are real,
the figures and events made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _sites(facts) -> dict[str, str | None]:
    return {p.site: p.company for p in facts.plants}


# -- towns listed with a town where vehicles are made are plants too --------------------------------------------------
def test_plants_at_two_towns(nlp):
    facts = read(nlp, "Volkswagen's plants at Zwickau and Dresden will cut a shift next year.")
    assert _sites(facts) == {"Zwickau": "Volkswagen", "Dresden": "Volkswagen"}


def test_two_towns_then_plants(nlp):
    facts = read(nlp, "GM Korea shipped 20,000 cars last month from its Bupyeong and Changwon plants.")
    assert _sites(facts) == {"Bupyeong": "GM Korea", "Changwon": "GM Korea"}


def test_a_list_of_towns_and_a_named_plant(nlp):
    facts = read(nlp, "Maruti Suzuki opened a plant at Kharkhoda. It is the carmaker's fourth site after Gurugram, "
                      "Manesar and the Hansalpur plant.")
    assert set(_sites(facts)) == {"Kharkhoda", "Gurugram", "Manesar", "Hansalpur"}


def test_a_town_and_its_district_stay_one_plant(nlp):
    facts = read(nlp, "Mahindra's plant in Pune, Chakan, builds the XUV700.")
    assert len(facts.plants) == 1


def test_states_listed_are_no_towns(nlp):
    facts = read(nlp, "Honda builds cars at its plant in Marysville and sells them in Ohio and Indiana.")
    assert set(_sites(facts)) == {"Marysville"}


# -- the town vehicles are exported from is where they are made ---------------------------------------------------------
def test_exported_from_a_town(nlp):
    facts = read(nlp, "Mercedes-Benz South Africa exported 4,000 C-Class sedans from East London to Europe last month.")
    assert [(p.site, p.country) for p in facts.plants] == [("East London", "South Africa")]


def test_passive_shipped_from_a_town(nlp):
    facts = read(nlp, "Last year, Corollas for Europe were shipped from Burnaston in England.")
    assert [p.site for p in facts.plants] == ["Burnaston"]


def test_a_second_shipment_from_a_town(nlp):
    facts = read(nlp, "Ford shipped 30,000 Rangers from its Rayong factory and a further 5,000 from Silverton in South Africa.")
    assert set(_sites(facts)) == {"Rayong", "Silverton"}


def test_shipped_from_a_port_is_no_plant(nlp):
    assert read(nlp, "Chery exported 20,000 cars from Lianyungang last month.").plants == []
    assert read(nlp, "Chery exported 20,000 cars from Tianjin port last month.").plants == []
    assert read(nlp, "SAIC shipped 3,000 vehicles from Shanghai to the port of Veracruz.").plants == []


# -- "X will build Y's model at its plant": 'its' is X's -------------------------------------------------------------
def test_the_brand_of_a_model_built_runs_no_plant(nlp):
    facts = read(nlp, "Magna will assemble BMW's 5 Series at its Graz plant from next year.")
    assert _sites(facts) == {"Graz": "Magna"}


def test_a_brand_before_the_verb_stays(nlp):
    facts = read(nlp, "Nissan said Renault's Clio would be built at its Bursa plant.")
    assert _sites(facts) == {"Bursa": "Renault"}


# -- small sums are prices, bonuses or share prices, not what a plant costs ---------------------------------------------
def test_a_price_is_no_investment(nlp):
    facts = read(nlp, "Perodua will invest in its plant in Rawang, which will build a new SUV that costs RM89,900.")
    assert facts.plants and facts.plants[0].investment is None


def test_a_bonus_per_car_is_no_investment(nlp):
    facts = read(nlp, "Volkswagen will invest in its Emden plant as buyers get up to 3,000 euros per car.")
    assert facts.plants and facts.plants[0].investment is None


def test_a_plant_investment_stays(nlp):
    facts = read(nlp, "Volkswagen will invest 1.2 million euros in its Emden plant.")
    assert facts.plants[0].investment.amount == 1_200_000


def test_a_scale_ending_the_sentence(nlp):
    facts = read(nlp, "Kia builds the Picanto at a new plant in Sousse, Tunisia. The plant will cost US$90m.")
    assert facts.plants[0].investment.amount == 90_000_000


# -- a town opening the sentence with its country after it; a town's other name in brackets ---------------------------
def test_in_a_town_in_its_country_a_company_builds(nlp):
    facts = read(nlp, "In Kocaeli in north-western Turkey, Hyundai is building a plant for 100,000 cars a year.")
    assert [(p.company, p.site, p.capacity_per_year) for p in facts.plants] == [("Hyundai", "Kocaeli", 100_000)]


def test_a_town_with_its_other_name_in_brackets(nlp):
    facts = read(nlp, "The Octavia is assembled at Skoda's Chhatrapati Sambhajinagar (Aurangabad) plant.")
    assert [p.site for p in facts.plants] == ["Chhatrapati Sambhajinagar"]


def test_in_a_town_someone_sells(nlp):
    assert read(nlp, "In Chennai in southern India, Hyundai sells most of its cars.").plants == []


# -- a past owner written with a bare apostrophe; a gigafactory is where things are made -------------------------------
def test_an_old_plant_of_another_owner(nlp):
    facts = read(nlp, "Great Wall Motor bought General Motors' old Rayong plant in 2020 and now builds the Haval H6 there.")
    assert _sites(facts) == {"Rayong": "Great Wall Motor"}


def test_the_gigafactory_in_a_town_builds(nlp):
    facts = read(nlp, "Tesla confirmed that the gigafactory in Grünheide is adding a second shift to build the Model Y.")
    assert [p.site for p in facts.plants] == ["Grünheide"]
    assert facts.plants[0].shifts == 2


# -- a country's production goal is no plant's capacity ---------------------------------------------------------------
def test_a_country_wants_cars_built(nlp):
    facts = read(nlp, "Kia will build a plant in Dammam. Saudi Arabia wants to produce 200,000 vehicles a year by 2030.")
    assert facts.plants[0].capacity_per_year is None


def test_a_ministry_wants_cars_built(nlp):
    facts = read(nlp, "Kia will build a plant in Dammam. The ministry says it wants 200,000 cars a year made in the kingdom.")
    assert facts.plants[0].capacity_per_year is None


def test_a_company_wants_to_build_at_its_plant(nlp):
    facts = read(nlp, "Kia will build a plant in Dammam. Kia wants to build 50,000 cars a year there.")
    assert facts.plants[0].capacity_per_year == 50_000


# -- carmakers' own assembly subsidiaries run their plants -------------------------------------------------------------
def test_an_assembly_subsidiary_runs_its_plant(nlp):
    assert _sites(read(nlp, "Toyota Auto Body builds the Alphard at its plant in Kariya.")) == {"Kariya": "Toyota Auto Body"}
    assert _sites(read(nlp, "Nissan Shatai builds the Patrol at its plant in Hiratsuka.")) == {"Hiratsuka": "Nissan Shatai"}


def test_a_seat_maker_is_a_company(nlp):
    assert "Yanfeng" in read(nlp, "Yanfeng will supply seats from a new plant in Pune.").companies


# -- an operator named after its town gives its plant the town ----------------------------------------------------------
def test_an_operator_named_after_its_town(nlp):
    facts = read(nlp, "Ganja Automobile Plant has started assembling the Dongfeng Rich 6 pickup in Azerbaijan.")
    assert [(p.company, p.site) for p in facts.plants] == [("Ganja Automobile Plant", "Ganja")]


def test_a_maker_named_like_a_town_gives_no_site(nlp):
    facts = read(nlp, "Toyota Auto Body will build more Alphards in Japan at a new plant.")
    assert [p.site for p in facts.plants] == [None]


def test_a_company_named_after_a_town_is_no_plant_name(nlp):
    facts = read(nlp, "Astana Motors will assemble the Hyundai Tucson at a new plant in Kazakhstan.")
    assert [p.site for p in facts.plants] == [None]


# -- an ISO code written after the figure --------------------------------------------------------------------------------
def test_an_iso_code_after_the_amount(nlp):
    facts = read(nlp, "VinFast began building its plant in Subang with a total investment of 200 million USD.")
    assert (facts.plants[0].investment.amount, facts.plants[0].investment.currency) == (200_000_000, "USD")
    facts = read(nlp, "Thaco will invest 4,700 billion VND in its plant at Chu Lai.")
    assert (facts.plants[0].investment.amount, facts.plants[0].investment.currency) == (4_700_000_000_000, "VND")


# -- a plant complex or campus is where vehicles are made ----------------------------------------------------------------
def test_a_complex_in_a_town(nlp):
    facts = read(nlp, "VinFast's main complex in Hai Phong, which opened in 2019, has a capacity of 250,000 vehicles a year.")
    assert [(p.site, p.capacity_per_year) for p in facts.plants] == [("Hai Phong", 250_000)]


# -- "In X, COMPANY began production": the making starts there -------------------------------------------------------
def test_in_a_town_a_company_begins_production(nlp):
    facts = read(nlp, "In Gliwice, Stellantis began series production of the new Opel Frontera.")
    assert _sites(facts) == {"Gliwice": "Stellantis"}


def test_in_a_town_a_company_sells(nlp):
    assert read(nlp, "In Gliwice, Stellantis opened a showroom for the Opel Frontera.").plants == []


# -- "the Audi Q5 from San José Chiapa": the town a model comes from ---------------------------------------------------
def test_a_model_from_a_town(nlp):
    facts = read(nlp, "Toyota's Corollas from Burnaston leave for Europe from Portbury.")
    assert [(p.site, p.models) for p in facts.plants] == [("Burnaston", ["Corolla"])]


def test_a_model_from_a_country_or_a_port_names_no_plant(nlp):
    assert read(nlp, "Buyers in Chile prefer the Corolla from Japan.").plants == []
    assert read(nlp, "The Tiggo 4 from Lianyungang reached Chile in May.").plants == []


def test_a_model_from_a_towns_kits(nlp):
    facts = read(nlp, "Azermash's Neftchala plant has assembled the Granta and the Niva Legend from Togliatti kits since 2021.")
    assert [p.site for p in facts.plants] == ["Neftchala"]


def test_the_maker_of_a_model_from_a_town_runs_the_plant(nlp):
    facts = read(nlp, "Exports to Germany are mostly the Audi Q5 from San José Chiapa and the BMW 3 Series from San Luis Potosí.")
    assert _sites(facts) == {"San José Chiapa": "Audi", "San Luis Potosí": "BMW"}
