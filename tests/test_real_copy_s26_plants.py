"""Plant fixes of 2026-12-05 (s26), from the plant errors of the real sets, on sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def plants(facts) -> dict[tuple[str | None, str | None], object]:
    return {(p.company, p.country): p for p in facts.plants}


# -- a plant only ever called "the plant" ----------------------------------------------------------------------------
def test_the_plant_of_a_story_naming_no_plant_is_the_makers_in_its_country(nlp):
    text = ("Peru - Hailed as the largest car investment in Peru in years, the 900 million sol outlay was announced by "
            "Toyota. The plant was built in two years, with a capacity of 80,000 vehicles per annum. Toyota said the "
            "plant will employ 1,200 people.")
    found = plants(read(nlp, text))
    assert list(found) == [("Toyota", "Peru")]
    assert found[("Toyota", "Peru")].capacity_per_year == 80000
    assert found[("Toyota", "Peru")].jobs == 1200


def test_plants_counted_in_a_story_are_no_plant(nlp):
    text = ("Toyota named Ana Ruiz head of its operations in Peru. She will be responsible for 7,000 employees at "
            "12 plants, Toyota said.")
    assert read(nlp, text).plants == []


# -- a person's name read as a town ----------------------------------------------------------------------------------
def test_a_town_of_an_unnamed_country_places_no_other_town(nlp):
    text = ("Suzuki may leave Namibia. Austin's remarks come as the Namibian Suzuki assembly plant situated in Tsumeb "
            "suspended operations.")
    facts = read(nlp, text)
    assert "United States" not in {p.country for p in facts.plants}
    assert "United States" not in facts.countries


def test_a_state_still_places_a_town_it_follows(nlp):
    text = ("Holden sells cars in the United States. Holden is hiring 120 workers at its Elizabeth plant in South "
            "Australia.")
    assert {(p.site, p.country) for p in read(nlp, text).plants} == {("Elizabeth", "Australia")}


# -- "its Town, Country, assembly plant" -----------------------------------------------------------------------------
def test_a_town_with_its_country_before_the_plants_kind_and_noun(nlp):
    text = "Suzuki will invest $12 million to expand production at its Tsumeb, Namibia, assembly plant."
    found = {(p.company, p.site, p.country) for p in read(nlp, text).plants}
    assert found == {("Suzuki", "Tsumeb", "Namibia")}


def test_a_town_with_its_country_before_an_office_is_no_plant(nlp):
    text = "Suzuki will invest $12 million in its Tsumeb, Namibia, sales office."
    assert read(nlp, text).plants == []


# -- figures that count no plant's capacity or staff -----------------------------------------------------------------
def test_capacity_followed_by_a_span_of_time_is_no_capacity(nlp):
    text = ("Zorvex builds the Vela at its Gunsan plant. The Gunsan plant has run at about 30 percent of capacity over "
            "the past four years, the company said.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


def test_capacity_added_on_a_date_is_not_the_day(nlp):
    text = "Zorvex builds the Vela at its Gunsan plant. The plant added 90,000 units of capacity on May 27."
    assert 27 not in [p.capacity_per_year for p in read(nlp, text).plants]


def test_a_towing_capacity_is_no_plant_capacity(nlp):
    text = "Zorvex builds the Vela at its Gunsan plant. Its towing capacity is 1,500 kilograms."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


def test_plant_capacity_after_capacity_still_read(nlp):
    text = "Zorvex builds the Vela at its Gunsan plant, which has a capacity of 140,000 vehicles a year."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [140000]


def test_one_job_that_brings_others_is_no_staff(nlp):
    text = ("Zorvex builds the Vela at its Kostanay plant. One job in car making will lead to the creation of four "
            "jobs in related industries, he said.")
    assert [p.jobs for p in read(nlp, text).plants] == [None]


def test_a_countrys_yearly_output_is_no_plants_capacity(nlp):
    text = ("Zorvex builds the Vela at its plant in Slovakia. That is little beside China, which makes a whopping "
            "27 million cars per annum.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


def test_a_big_plants_capacity_is_still_read(nlp):
    text = "Zorvex builds the Vela at its Ulsan complex, which has a capacity of 1.4 million vehicles a year."
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [1400000]


# -- money and staff of more than the plant --------------------------------------------------------------------------
def test_cars_worth_more_than_a_sum_are_no_investment(nlp):
    text = ("Zorvex builds the Vela at its Gunsan plant. The Gunsan plant exported 120,000 sport-utility vehicles "
            "worth more than $5.1 billion last year.")
    assert [p.investment for p in read(nlp, text).plants] == [None]


def test_an_investment_worth_more_than_a_sum_is_still_read(nlp):
    text = "Zorvex will build a new plant in Debrecen, an investment worth more than $1 billion."
    assert [p.investment.amount for p in read(nlp, text).plants] == [1_000_000_000]


def test_staff_worldwide_are_no_plants_jobs(nlp):
    text = "Zorvex builds the Vela at its West Point plant. Zorvex has more than 60,000 employees worldwide."
    assert [p.jobs for p in read(nlp, text).plants] == [None]


# -- the second town of two plants -----------------------------------------------------------------------------------
def test_the_second_town_of_plants_in_two_towns(nlp):
    text = "Zorvex has a long history in Canada, with plants in Woodstock and Cambridge employing roughly 7,000 people."
    assert {(p.site, p.country) for p in read(nlp, text).plants} == {("Woodstock", "Canada"), ("Cambridge", "Canada")}


def test_a_word_after_a_plants_town_that_is_no_town_of_its_country(nlp):
    text = "Zorvex has a long history in Canada, with plants in Woodstock and Zentaro employing roughly 7,000 people."
    assert {p.site for p in read(nlp, text).plants} == {"Woodstock"}


# -- "manufactured in X by Y" ----------------------------------------------------------------------------------------
def test_the_agent_after_a_place_of_making_runs_the_plant(nlp):
    text = "Stellantis signed a deal with the port to ship cars manufactured in Kenitra by Somaca to Chile."
    assert {(p.company, p.site) for p in read(nlp, text).plants} == {("Somaca", "Kenitra")}


def test_a_company_after_a_place_in_another_clause_runs_no_plant(nlp):
    text = "Stellantis ships cars manufactured in Kenitra, which was praised by Somaca, to Chile."
    assert {p.company for p in read(nlp, text).plants} == {"Stellantis"}


# -- past owners and counted plants ----------------------------------------------------------------------------------
def test_a_past_owner_runs_no_plant(nlp):
    text = ("Chery will open its Brazilian plant in Iracemapolis in August. The Brazilian plant was previously owned "
            "by Mercedes-Benz, which ceased vehicle production in Brazil in 2021.")
    assert {(p.company, p.country) for p in read(nlp, text).plants} == {("Chery", "Brazil")}


def test_a_plant_run_by_its_operator_keeps_it(nlp):
    text = "The plant in Iracemapolis, Brazil, is owned by Mercedes-Benz and builds the Actros."
    assert {p.company for p in read(nlp, text).plants} == {"Mercedes-Benz"}


def test_plants_counted_in_the_country_are_no_plant(nlp):
    text = "Honda builds the Accord in Ohio. By comparison, there are 38 final assembly plants in the U.S."
    assert {p.site for p in read(nlp, text).plants} == {"Ohio"}


# -- the town of a plant first placed by its US state ----------------------------------------------------------------
def test_a_town_right_after_a_state_plant_is_its_site(nlp):
    text = "The Vela is made at Zorvex's plant in Georgetown, Kentucky, while the Nova is made in its Indiana plant, at Princeton."
    assert {p.site for p in read(nlp, text).plants} == {"Georgetown, Kentucky", "Princeton"}


def test_a_town_named_apart_from_a_state_plant_leaves_the_state(nlp):
    text = "Toyota makes the Highlander in its Indiana plant. The Highlander is sold by dealers in Princeton."
    assert [p.site for p in read(nlp, text).plants] == ["Indiana"]


# -- words that name no site -----------------------------------------------------------------------------------------
def test_a_headlines_new_and_a_plots_number_are_no_sites(nlp):
    text = ("Zorvex to Produce 90,000 Vehicles in New Peru Factory\n\nChery will build cars in Peru. The Talegaon "
            "plant began producing vehicles in 2025. The facility is situated at Plot No. B-12, Talegaon Industrial Area.")
    sites = {p.site for p in read(nlp, text).plants}
    assert not sites & {"New", "Plot No"}
    assert "Talegaon" in sites


def test_a_town_named_new_something_is_still_a_site(nlp):
    text = "Tata builds the Nexon at its plant in New Delhi."
    assert {p.site for p in read(nlp, text).plants} == {"New Delhi"}


# -- two makers of one group joined by a dash ------------------------------------------------------------------------
def test_makers_of_one_group_joined_by_a_dash_are_led_by_the_first(nlp):
    text = "French carmakers Renault and Peugeot-Citroen are already manufacturing cars in Morocco."
    assert "Citroen" not in {p.company for p in read(nlp, text).plants}


# -- a dateline's wire service ---------------------------------------------------------------------------------------
def test_a_datelines_wire_service_is_no_company(nlp):
    text = "Cars on show in Yangon.\n\nYANGON, NNA – Suzuki will build another car plant near Yangon."
    facts = read(nlp, text)
    assert {p.company for p in facts.plants} == {"Suzuki"}
    assert "Nissan" not in facts.companies


def test_a_company_after_a_dash_inside_a_sentence_is_kept(nlp):
    text = "Nissan sold cars. Its US arm, NNA - the unit in Tennessee - builds the Rogue there."
    assert "Nissan" in read(nlp, text).companies


# -- a campaign's name -----------------------------------------------------------------------------------------------
def test_a_make_in_country_slogan_places_no_plant(nlp):
    text = "Zorvex exports are aligned with the government's flagship vision of \"Make in Kenya\"."
    assert read(nlp, text).plants == []


def test_made_in_a_country_still_places_a_plant(nlp):
    text = "Made in Kenya at its Thika plant, the Vela is exported by Isuzu to Uganda."
    assert {p.country for p in read(nlp, text).plants} == {"Kenya"}


# -- a country's ranking of models -----------------------------------------------------------------------------------
def test_a_ranking_of_models_of_many_makers_leaves_the_plant_its_own(nlp):
    text = ("Nissan says the best-selling car made in the UK is the Nissan Qashqai, built in its factory near "
            "Sunderland, followed by the MINI One, the Vauxhall Astra and the Honda Civic.")
    assert [p.models for p in read(nlp, text).plants] == [["Qashqai"]]


def test_a_contract_assemblers_models_of_many_makers_are_kept(nlp):
    text = "Magna Steyr builds the BMW Z4, the Toyota Supra and the Mercedes G-Class at its plant in Graz."
    assert [len(p.models) for p in read(nlp, text).plants] == [3]


# -- who opened a plant long ago -------------------------------------------------------------------------------------
def test_who_opened_a_plant_in_a_past_year_runs_it_no_more(nlp):
    text = ("Stellantis builds the Charger at its Brampton Assembly Plant. Inaugurated in 1986 by American Motors "
            "Corporation, the Brampton Assembly Plant currently runs two shifts.")
    assert {p.company for p in read(nlp, text).plants} == {"Stellantis"}


def test_a_plant_opened_by_its_operator_without_a_year(nlp):
    text = "The plant in Brampton, Canada, was opened by Stellantis and builds the Charger."
    assert {p.company for p in read(nlp, text).plants} == {"Stellantis"}


# -- a maker's name in capitals --------------------------------------------------------------------------------------
def test_kia_in_capitals_is_the_company(nlp):
    text = "ASTANA – KIA initiated the construction of a new full-cycle plant in Kostanai."
    assert {(p.company, p.site) for p in read(nlp, text).plants} == {("Kia", "Kostanai")}


# -- making set up in a list of countries ----------------------------------------------------------------------------
def test_production_set_up_in_a_list_of_countries(nlp):
    text = "Stellantis has set up production in Iran, Morocco and Algeria, and Namibia is the next target."
    assert {p.country for p in read(nlp, text).plants} >= {"Iran", "Morocco", "Algeria"}


def test_production_figures_of_a_list_of_countries_set_up_nothing(nlp):
    text = "Stellantis said its sales in Iran, Morocco and Algeria fell 10 percent."
    assert read(nlp, text).plants == []


# -- plants listed by their names ------------------------------------------------------------------------------------
def test_plants_listed_by_their_names_are_each_a_plant(nlp):
    text = ("Honda has a long presence in Ohio, home to its Marysville Auto Plant, East Liberty Auto Plant and "
            "Anna Engine Plant.")
    assert {p.site for p in read(nlp, text).plants} >= {"Marysville", "East Liberty"}


def test_a_plant_in_a_town_of_a_region_stays_one(nlp):
    text = "UzAuto builds the Cobalt at its Asaka plant, in the Andijan region."
    assert len(read(nlp, text).plants) == 1


# -- a US town with its state written short before the plant's noun -------------------------------------------------
def test_a_town_with_its_postal_state_before_facility(nlp):
    text = "Subaru of Indiana Automotive will create up to 150 new jobs at its Lafayette, IN facility by 2019."
    assert {(p.site, p.country) for p in read(nlp, text).plants} == {("Lafayette", "United States")}


def test_a_town_with_its_postal_state_before_an_office_is_no_plant(nlp):
    text = "Subaru of Indiana Automotive will create up to 150 new jobs at its Lafayette, IN office by 2019."
    assert read(nlp, text).plants == []


def test_a_capacity_to_hold_passengers_is_no_plant_capacity(nlp):
    text = ("Subaru builds the Ascent at its Lafayette, IN facility. The Ascent has the capacity to hold seven or "
            "eight passengers.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [None]


# -- models a move makes room for ------------------------------------------------------------------------------------
def test_models_a_move_makes_way_for_stay_at_the_plant_described(nlp):
    text = ("Ford builds the Lynx at its plant in Sta. Rosa, Philippines. Ranger assembly was moved to Thailand, making "
            "way for the assembly of the Escape and Mazda Tribute SUVs.")
    found = {p.country: p.models for p in read(nlp, text).plants}
    assert "Escape" in found["Philippines"]
    assert "Escape" not in found.get("Thailand", [])


def test_models_built_where_a_plant_moved_them(nlp):
    text = "Ford builds the Lynx at its plant in Sta. Rosa, Philippines. Ford will build the Escape in Thailand."
    assert "Escape" in {p.country: p.models for p in read(nlp, text).plants}["Thailand"]


# -- a town written with its state -----------------------------------------------------------------------------------
def test_a_town_written_with_its_state_is_in_the_states_country(nlp):
    text = ("Toyota builds the RAV4 at its Cambridge, Ontario, plant in Canada. Toyota and Mazda are jointly building "
            "a plant in Huntsville, Alabama, for the Corolla.")
    assert ("Huntsville", "United States") in {(p.site, p.country) for p in read(nlp, text).plants}


def test_a_town_written_with_a_state_of_its_own_country(nlp):
    text = "Toyota builds the Corolla at its plant in Woodstock, Ontario, for Canada."
    assert {(p.site, p.country) for p in read(nlp, text).plants} == {("Woodstock, Ontario", "Canada")}


# -- a state named for several plants --------------------------------------------------------------------------------
def test_a_state_named_for_plants_in_the_plural_is_no_site(nlp):
    text = "The money will be divided between two of Zorvex's Brazilian plants located in the state of Sao Paulo."
    assert "Sao Paulo" not in {p.site for p in read(nlp, text).plants}


def test_a_state_named_for_one_plant_is_its_site(nlp):
    text = "Toyota builds the Etios at its plant in Sao Paulo state."
    assert {p.site for p in read(nlp, text).plants} == {"Sao Paulo"}


# -- a motor show's town ---------------------------------------------------------------------------------------------
def test_a_motor_shows_town_is_no_plant(nlp):
    text = "Chery builds the Vela in Wuhu. The Vela was previewed by a pre-production version at the Shanghai motor show."
    assert {p.site for p in read(nlp, text).plants} == {"Wuhu"}


def test_a_town_that_builds_cars_for_a_show_is_still_a_plant(nlp):
    text = "Chery builds the Vela in Wuhu and will show it in Shanghai."
    assert "Wuhu" in {p.site for p in read(nlp, text).plants}


# -- a kind of vehicle opening a plant's name ------------------------------------------------------------------------
def test_a_van_assembly_plant_is_no_town_of_van(nlp):
    text = ("Stellantis builds the Ram ProMaster in Saltillo, Mexico. The ProMaster made in the new Van Assembly Plant "
            "began production in July.")
    assert {p.country for p in read(nlp, text).plants} == {"Mexico"}


def test_the_town_of_van_still_places_a_plant(nlp):
    text = "Zorvex will build a car plant in Van, Turkey."
    assert {p.country for p in read(nlp, text).plants} == {"Turkey"}


# -- the province of a plant's town, further on ----------------------------------------------------------------------
def test_the_province_of_a_plants_town_is_no_second_plant(nlp):
    text = "Workers are busy on a line at the Dongfeng plant in Wuhan, China's auto hub in the central province of Hubei."
    assert [p.site for p in read(nlp, text).plants] == ["Wuhan"]


def test_two_plants_in_a_town_and_a_province(nlp):
    text = "Dongfeng builds cars in Wuhan and in the province of Guangdong."
    assert {p.site for p in read(nlp, text).plants} == {"Wuhan", "Guangdong"}


# -- a manufacturing arm placed in a town ----------------------------------------------------------------------------
def test_a_manufacturing_arm_in_a_town_has_its_plant_there(nlp):
    text = ("Mazda Toyota Manufacturing in Huntsville continues to ramp up its $1.9 billion auto assembly plant, which "
            "plans to hire up to 250 additional workers.")
    found = [(p.site, p.jobs) for p in read(nlp, text).plants]
    assert found == [("Huntsville", 250)]


def test_a_sales_arm_in_a_town_has_no_plant(nlp):
    text = "Toyota Motor Sales in Plano reported higher sales of the Corolla."
    assert read(nlp, text).plants == []


# -- the figure employment comes to ----------------------------------------------------------------------------------
def test_total_employment_reaching_a_figure_is_the_plants_jobs(nlp):
    text = ("Toyota builds the RAV4 at its Woodstock, Ontario, plant. Total employment will reach about 1,800 and the "
            "total investment will grow to about C$1.1 billion.")
    assert [p.jobs for p in read(nlp, text).plants] == [1800]


def test_an_industrys_employment_is_no_plants_jobs(nlp):
    text = ("Toyota builds the RAV4 at its Woodstock, Ontario, plant. Employment in the country's car industry will "
            "reach 90,000 next year.")
    assert [p.jobs for p in read(nlp, text).plants] == [None]
