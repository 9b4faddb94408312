"""Plant fixes of 2026-12-05 (s27), from the errors of the tuning sets, on sentences written for these tests (places
and figures made up): a country's industry output is no plant's capacity, what an upgrade adds is no capacity, the
Vietnamese spelling of Vietnam."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plant_in(facts, country: str):
    return next(p for p in facts.plants if p.country == country)


# -- a country's vehicle production ----------------------------------------------------------------------------------
def test_a_countrys_vehicle_production_is_no_plants_capacity(nlp):
    text = ("Nissan will invest R2bn in its plant in Brakpan, South Africa, to lift output to about 90,000 units a year. "
            "The scheme aims to raise total South African vehicle production to 1.4m units annually by 2030.")
    assert plant_in(read(nlp, text), "South Africa").capacity_per_year == 90000


def test_a_makers_own_output_in_a_country_stays_the_plants(nlp):
    text = ("Nissan will invest R2bn in its plant in Brakpan, South Africa. "
            "The money will raise its South African production to 140,000 units a year.")
    assert plant_in(read(nlp, text), "South Africa").capacity_per_year == 140000


# -- what an upgrade adds --------------------------------------------------------------------------------------------
def test_an_additional_yearly_figure_is_no_capacity(nlp):
    text = ("Toyota will upgrade its plant in Lorvik, Czech Republic. "
            "The upgrades will allow the site to build an additional 35,000 vehicles annually.")
    assert plant_in(read(nlp, text), "Czech Republic").capacity_per_year is None


def test_a_new_plants_extra_units_are_its_capacity(nlp):
    text = "Toyota will open a new plant in Lorvik, Czech Republic, that will assemble an extra 35,000 vehicles annually."
    assert plant_in(read(nlp, text), "Czech Republic").capacity_per_year == 35000


def test_a_plain_yearly_figure_stays_the_capacity(nlp):
    text = ("Toyota will upgrade its plant in Lorvik, Czech Republic. "
            "The upgrades will allow the site to build 35,000 vehicles annually.")
    assert plant_in(read(nlp, text), "Czech Republic").capacity_per_year == 35000


# -- Việt Nam --------------------------------------------------------------------------------------------------------
def test_viet_nam_with_diacritics_is_vietnam_not_a_site(nlp):
    facts = read(nlp, "Hyundai announced it would build a second plant in Việt Nam in the northern province of Lam Hoa.")
    assert [p.country for p in facts.plants] == ["Vietnam"] and facts.plants[0].site != "Việt Nam"


# -- a plant placed by its US state, then by its town ----------------------------------------------------------------
def test_a_state_plant_takes_the_one_town_named_as_a_plants(nlp):
    text = ("General Motors will add a third shift at its SUV factory in Texas early next year. "
            "The move will add 600 jobs to the Arlington Assembly, where the Tahoe is built.")
    assert [p.site for p in read(nlp, text).plants if p.country == "United States"] == ["Arlington"]


def test_a_town_after_the_factory_noun_names_the_state_plant(nlp):
    text = ("Nissan is moving production of the Pathfinder to Tennessee, adding 700 jobs at its plant there. "
            "The expansion will require an investment of $300 million at the factory in Smyrna, the company said.")
    assert [p.site for p in read(nlp, text).plants if p.country == "United States"] == ["Smyrna"]


def test_a_town_not_named_as_a_plants_leaves_the_state(nlp):
    text = ("General Motors will add a third shift at its SUV factory in Texas early next year. "
            "Officials in Arlington welcomed the 600 jobs.")
    assert [p.site for p in read(nlp, text).plants if p.country == "United States"] == ["Texas"]


# -- an arm named after a state of another country -------------------------------------------------------------------
def test_an_arm_named_after_a_foreign_state_runs_no_plant_at_home(nlp):
    text = ("Hyundai Motor Manufacturing Alabama will build the Tucson in Montgomery. "
            "Hyundai Motor Manufacturing Alabama said the Elantra will go on being built at its plant in South Korea.")
    plants = {p.country: p.company for p in read(nlp, text).plants}
    assert plants.get("South Korea") == "Hyundai"


def test_an_arm_named_after_a_state_keeps_its_own_plant(nlp):
    text = "Hyundai Motor Manufacturing Alabama will build the Tucson at its plant in Montgomery, Alabama."
    assert {p.country: p.company for p in read(nlp, text).plants}.get("United States") == "Hyundai Motor Manufacturing Alabama"


# -- a brand named only as what is built -----------------------------------------------------------------------------
def test_a_brand_named_only_before_vehicles_yields_to_its_named_parent(nlp):
    text = ("Toyota will invest $300 million in Canada. "
            "Upgrades at the Cambridge plant in Ontario will prepare the facility to produce the next generation of Lexus vehicles.")
    assert {p.site: p.company for p in read(nlp, text).plants}.get("Cambridge") == "Toyota"


def test_a_brand_named_as_the_builder_stays_the_operator(nlp):
    text = ("Toyota is Japan's largest carmaker. Lexus said it would build a plant in Cambridge, Ontario, Canada, "
            "to produce Lexus vehicles.")
    assert {p.site.split(",")[0]: p.company for p in read(nlp, text).plants}.get("Cambridge") == "Lexus"


# -- direct and indirect jobs ----------------------------------------------------------------------------------------
def test_direct_jobs_before_indirect_ones_are_the_plants(nlp):
    text = "Peugeot has started building a plant in Larache, Morocco. The plant is expected to create 2,700 direct and 15,000 indirect jobs."
    assert plant_in(read(nlp, text), "Morocco").jobs == 2700


def test_indirect_jobs_alone_are_no_plants_jobs(nlp):
    text = "Peugeot has started building a plant in Larache, Morocco. The plant is expected to create 15,000 indirect jobs."
    assert plant_in(read(nlp, text), "Morocco").jobs is None


# -- Korean provinces ------------------------------------------------------------------------------------------------
def test_a_korean_province_is_placed_in_south_korea(nlp):
    text = ("GM Korea is the Korean arm of General Motors. The company expanded into the US market by starting to "
            "build the Trax at its plant in South Gyeongsang Province.")
    assert {p.country for p in read(nlp, text).plants} == {"South Korea"}


# -- the peso and the baht written on the figure; a price range --------------------------------------------------------
def test_a_peso_sum_written_on_the_figure_is_the_plants_investment(nlp):
    text = "Mitsubishi will invest an initial P3.2 billion in its assembly plant in Santa Lucia, Philippines."
    inv = plant_in(read(nlp, text), "Philippines").investment
    assert inv is not None and (inv.amount, inv.currency) == (3_200_000_000, "PHP")


def test_a_baht_sum_written_on_the_figure_is_the_plants_investment(nlp):
    text = "Toyota has invested more than Bt40 billion in its plant in Ban Khlong, Thailand."
    inv = plant_in(read(nlp, text), "Thailand").investment
    assert inv is not None and (inv.amount, inv.currency) == (40_000_000_000, "THB")


def test_a_model_named_p_and_a_number_stays_a_name(nlp):
    facts = read(nlp, "McLaren builds the P1 at its plant in Woking, England.")
    assert not any(p.investment for p in facts.plants)


def test_the_upper_end_of_a_price_range_is_no_investment(nlp):
    text = ("Isuzu builds the D-Max at its plant in Santa Lucia, Philippines. The 4x4 variants are priced between "
            "P1.153 million to P1.457 million, and the 4x2 variants costing between P697,000 to P1.144 million.")
    assert plant_in(read(nlp, text), "Philippines").investment is None


def test_a_peso_sum_before_a_scale_word_is_the_plants_investment(nlp):
    text = "Toyota plans to invest another P3 billion in its manufacturing plant in Santa Lucia, Philippines."
    inv = plant_in(read(nlp, text), "Philippines").investment
    assert inv is not None and (inv.amount, inv.currency) == (3_000_000_000, "PHP")


# -- the one town of the plant's country -----------------------------------------------------------------------------
def test_an_unsited_plant_is_in_the_one_town_of_its_country_the_story_names(nlp):
    text = ("The new plant, Mercedes-Benz's second in Hungary, will create 1,900 jobs. "
            "Kecskemét Mayor Jane Doe took part in the groundbreaking ceremony.")
    assert [p.site for p in read(nlp, text).plants if p.country == "Hungary"] == ["Kecskemét"]


def test_a_town_named_for_its_port_sites_no_plant(nlp):
    text = ("Maruti Suzuki will build a new plant in India. "
            "A single Baleno was shipped to South Africa from Chennai Port Trust on January 5.")
    assert [p.site for p in read(nlp, text).plants if p.country == "India"] == [None]


# -- a total over a second plant -------------------------------------------------------------------------------------
def test_a_total_capacity_with_a_second_plant_is_no_plants(nlp):
    text = ("Hyundai is raising the capacity of its plant at Pune, India, to 90,000 units a year. It is adding "
            "another 60,000 units from the second plant, taking its overall production capacity to 150,000 units per year.")
    assert plant_in(read(nlp, text), "India").capacity_per_year == 90000


def test_a_plants_total_capacity_alone_stays_its_capacity(nlp):
    text = "Hyundai's plant at Pune, India, will raise its total production capacity to 150,000 units per year."
    assert plant_in(read(nlp, text), "India").capacity_per_year == 150000


# -- a maker's capacity in a whole country ---------------------------------------------------------------------------
def test_a_makers_capacity_in_the_country_is_no_plants(nlp):
    text = ("Suzuki will build a plant in Hansalpur, India. The plant will not alter Suzuki's annual production capacity "
            "of about 1.2 million cars in the country.")
    assert plant_in(read(nlp, text), "India").capacity_per_year is None


def test_a_makers_capacity_at_a_plant_stays_the_plants(nlp):
    text = ("Suzuki will build a plant in Hansalpur, India. The plant will lift Suzuki's annual production capacity "
            "there to 250,000 cars.")
    assert plant_in(read(nlp, text), "India").capacity_per_year == 250000


# -- a state's plant and the plant of a town written with that state -------------------------------------------------
def test_a_state_plant_is_the_plant_of_the_town_written_with_that_state(nlp):
    text = ("Maruti Suzuki will set up a third plant at Sonipat in Haryana. "
            "The carmaker has three manufacturing facilities - two in Haryana and one in Gujarat.")
    sites = sorted(p.site for p in read(nlp, text).plants if p.country == "India")
    assert "Haryana" not in sites and "Sonipat" in sites


def test_a_state_plant_with_its_own_figures_stays(nlp):
    text = ("Maruti Suzuki will set up a third plant at Sonipat in Haryana. "
            "Its plant in Gujarat employs 3,000 people.")
    assert "Gujarat" in {p.site for p in read(nlp, text).plants}


# -- a maker's total investment in a province ------------------------------------------------------------------------
def test_a_makers_overall_investment_in_a_province_is_no_plants(nlp):
    text = ("Stellantis will retool its Brampton plant in Ontario, Canada. With the battery venture, the company's "
            "overall investment in Ontario is estimated at $7.1 billion CAD ($5.2 billion USD).")
    assert all(p.investment is None for p in read(nlp, text).plants)


def test_the_total_investment_at_a_plant_is_its_cost(nlp):
    text = "Honda said the total investment at the Faisalabad manufacturing facility in Pakistan is $150 million."
    inv = plant_in(read(nlp, text), "Pakistan").investment
    assert inv is not None and inv.amount == 150_000_000


# -- local spellings of currencies -----------------------------------------------------------------------------------
def test_taka_riyal_and_won_spellings_read_as_money(nlp):
    for text, code in (("PHP Motors will invest Tk 300 crore in its plant in Gazipur, Bangladesh.", "BDT"),
                       ("Hyundai will spend Won253bn on its plant in Asan, South Korea.", "KRW")):
        inv = next(p for p in read(nlp, text).plants).investment
        assert inv is not None and inv.currency == code


# -- a hyphenated modifier before the counted noun -------------------------------------------------------------------
def test_jobs_after_a_hyphenated_modifier_are_jobs(nlp):
    text = "Kia will build a plant in Kostanay, Kazakhstan. The plant is expected to create 1,300 high-paying jobs."
    assert plant_in(read(nlp, text), "Kazakhstan").jobs == 1300


def test_a_range_with_a_dash_counts_the_second_figure_only(nlp):
    text = "Kia will build a plant in Kostanay, Kazakhstan, which will employ 1,000 - 2,000 people."
    assert plant_in(read(nlp, text), "Kazakhstan").jobs != 1000
