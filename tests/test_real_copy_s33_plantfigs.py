"""Plant figure fixes of 2026-12-05 (s33), from the errors of the tuning sets, on sentences written for these tests (names
and figures made up): one vehicle's cost, an order's worth, aid a scheme provides, money put into a country's industry
so far, jobs supported indirectly, another maker's figure, a sum over plants named in several places, cars rolling
off the line every year, a hyphenated vehicle word."""
from __future__ import annotations

from tests.pipeline_helpers import plant_at, read


# -- what one vehicle costs ------------------------------------------------------------------------------------------
def test_the_cost_of_one_unit_is_a_price(nlp):
    text = ("Ashok Leyland opened its new bus assembly plant in Ennore on Monday. The chief operating officer said the "
            "cost of one unit will range between 4 million and 4.5 million rupees.")
    assert plant_at(read(nlp, text), "Ennore").investment is None


def test_the_cost_of_the_plant_is_its_investment(nlp):
    text = ("Ashok Leyland opened its new bus assembly plant in Ennore on Monday. The chief operating officer said the "
            "cost of the plant was 400 million rupees.")
    assert plant_at(read(nlp, text), "Ennore").investment.amount == 400_000_000


# -- what an order is worth ------------------------------------------------------------------------------------------
def test_what_an_order_is_worth_is_no_investment(nlp):
    text = ("Ashok Leyland builds buses at its plant in Ennore. It has won an order for 40 city buses from a transport "
            "authority abroad. Worth $8 million, this is the company's first order from an overseas market.")
    assert plant_at(read(nlp, text), "Ennore").investment is None


def test_a_sum_invested_in_a_sentence_without_an_order_is_kept(nlp):
    text = "Ashok Leyland builds buses at its plant in Ennore. It will invest $8 million in the plant this year."
    assert plant_at(read(nlp, text), "Ennore").investment.amount == 8_000_000


# -- aid a scheme provides -------------------------------------------------------------------------------------------
def test_money_a_government_scheme_provides_is_aid(nlp):
    text = ("Jaguar Land Rover will build a new engine plant in Telford. The government said it was supporting the "
            "project through its Business Investment scheme, which is providing up to £12m.")
    assert plant_at(read(nlp, text), "Telford").investment is None


def test_money_the_company_provides_is_its_investment(nlp):
    text = ("Jaguar Land Rover will build a new engine plant in Telford. The company said it was providing £120m for "
            "the plant.")
    assert plant_at(read(nlp, text), "Telford").investment.amount == 120_000_000


# -- money put into a country's industry so far ----------------------------------------------------------------------
def test_money_invested_in_a_countrys_manufacturing_since_is_no_plants(nlp):
    text = ("Honda will build a new plant in Lincoln, Alabama. Honda has now invested $9.5 billion in U.S. auto "
            "manufacturing since building its first plant in Ohio.")
    assert all(p.investment is None for p in read(nlp, text).plants)


def test_money_invested_in_the_plant_since_is_kept(nlp):
    text = "Honda will build a new plant in Lincoln, Alabama. Honda has invested $900 million in the plant since 2001."
    assert plant_at(read(nlp, text), "Lincoln, Alabama").investment.amount == 900_000_000


# -- jobs supported directly or indirectly ---------------------------------------------------------------------------
def test_jobs_supported_directly_or_indirectly_are_no_plant_staff(nlp):
    text = ("Toyota will invest $200 million in its plant in Georgetown, Kentucky. A study found that Toyota directly "
            "or indirectly supports the employment of nearly 12,000 jobs in Kentucky.")
    assert plant_at(read(nlp, text), "Georgetown, Kentucky").jobs is None


def test_jobs_the_plant_supports_are_kept(nlp):
    text = "Toyota will invest $200 million in its plant in Georgetown, Kentucky, which will support 1,200 jobs."
    assert plant_at(read(nlp, text), "Georgetown, Kentucky").jobs == 1200


# -- another maker's figure ------------------------------------------------------------------------------------------
def test_a_sum_another_maker_invests_in_the_same_sentence_is_not_the_plants(nlp):
    text = ("Nissan will build a plant in Kaluga. Nissan will expand the plant, while Volkswagen will invest $900 "
            "million, the minister said.")
    assert plant_at(read(nlp, text), "Kaluga").investment is None


def test_another_maker_said_first_leaves_the_plants_own_sum(nlp):
    text = ("Nissan will build a plant in Kaluga. While Volkswagen is still deciding, Nissan will invest $900 million "
            "in the plant, the minister said.")
    assert plant_at(read(nlp, text), "Kaluga").investment.amount == 900_000_000


# -- a sum over plants named in several places -----------------------------------------------------------------------
def test_a_sum_at_its_plants_in_two_places_is_no_one_plants(nlp):
    text = ("Vauxhall is investing £150m at its plants in Luton and Ellesmere Port. About £40m will be invested in "
            "Luton to boost efficiency.")
    assert plant_at(read(nlp, text), "Luton").investment.amount == 40_000_000


def test_jobs_at_its_plants_in_two_places_are_no_one_plants(nlp):
    text = "Renault will build new models at its plants in Valladolid and Palencia, creating 1,000 jobs."
    assert all(p.jobs is None for p in read(nlp, text).plants)


def test_a_sum_at_its_plants_in_two_places_goes_to_neither(nlp):
    text = "Renault is investing €500m at its plants in Valladolid and Palencia."
    assert all(p.investment is None for p in read(nlp, text).plants)


def test_a_sum_at_its_plant_in_one_place_is_kept(nlp):
    text = "Vauxhall is investing £150m at its plant in Luton, near London."
    assert plant_at(read(nlp, text), "Luton").investment.amount == 150_000_000


# -- cars rolling off the line every year ----------------------------------------------------------------------------
def test_units_rolling_off_the_line_annually_are_the_capacity(nlp):
    text = ("Volvo is building a plant in Ridgeville, South Carolina. Production will start in 2028 and up to 90,000 "
            "units will roll off the assembly line annually.")
    assert plant_at(read(nlp, text), "Ridgeville, South Carolina").capacity_per_year == 90000


def test_the_first_units_rolling_off_the_line_are_no_capacity(nlp):
    text = ("Volvo is building a plant in Ridgeville, South Carolina. The first 900 units will roll off the assembly "
            "line in May.")
    assert plant_at(read(nlp, text), "Ridgeville, South Carolina").capacity_per_year is None


# -- a hyphenated vehicle word ---------------------------------------------------------------------------------------
def test_pick_ups_per_year_are_a_capacity(nlp):
    text = ("Nissan will expand its plant in Cordoba, Argentina. The new assembly line will be capable of producing "
            "45,000 pick-ups per year.")
    assert [p.capacity_per_year for p in read(nlp, text).plants] == [45000]


def test_a_sum_at_its_plants_in_a_town_and_its_province_is_kept(nlp):
    text = ("Honda will invest C$600 million over three years to upgrade its manufacturing plants in Alliston, Ontario, "
            "which builds the Civic.")
    assert plant_at(read(nlp, text), "Alliston").investment.amount == 600_000_000


# -- a sum named again -----------------------------------------------------------------------------------------------
def test_the_sum_named_again_stays_with_the_plant_it_was_said_of(nlp):
    text = ("Toyota announces $1.45 billion investment in its Georgetown plant. Toyota is also expanding production of "
            "the Tacoma at its only Mexican factory, which is in Tijuana. The $1.4 billion investment will upgrade the "
            "plant to make it more flexible.")
    facts = read(nlp, text)
    assert plant_at(facts, "Tijuana").investment is None
    assert plant_at(facts, "Georgetown").investment.amount == 1_450_000_000


def test_a_new_sum_for_the_plant_the_text_speaks_of_is_kept(nlp):
    text = ("Toyota announces $1.45 billion investment in its Georgetown plant. Toyota is also expanding production of "
            "the Tacoma at its only Mexican factory, which is in Tijuana. The $150 million investment will upgrade the "
            "plant to make it more flexible.")
    assert plant_at(read(nlp, text), "Tijuana").investment.amount == 150_000_000


def test_the_sum_named_again_with_the_plants_it_is_shared_by_goes_to_each(nlp):
    text = ("Opel will invest 500 million euros in engine production at its Kaiserslautern plant. Opel said it would "
            "invest the 500 million euros at the Kaiserslautern and Eisenach plants.")
    assert plant_at(read(nlp, text), "Eisenach").investment.amount == 500_000_000


# -- output hoped for or projected -----------------------------------------------------------------------------------
def test_an_output_a_maker_projects_is_no_capacity(nlp):
    text = ("Hyundai builds cars at its plant in Izmit, Turkey. The company has projected an annual output of 240,000 "
            "units by 2030.")
    assert plant_at(read(nlp, text), "Izmit").capacity_per_year is None


def test_an_output_a_plant_hopes_for_is_no_capacity(nlp):
    text = ("Hyundai builds cars at its plant in Izmit, Turkey. With the new model, the plant hopes to lift its annual "
            "output to some 240,000 vehicles next year.")
    assert plant_at(read(nlp, text), "Izmit").capacity_per_year is None


def test_a_capacity_a_maker_hopes_to_reach_is_kept(nlp):
    text = ("Hyundai builds cars at its plant in Izmit, Turkey. The plant hopes to reach a production capacity of "
            "240,000 units a year by 2030.")
    assert plant_at(read(nlp, text), "Izmit").capacity_per_year == 240000


# -- the country-wide sum a plant's share is part of -----------------------------------------------------------------
def test_the_sum_in_the_country_a_plant_is_part_of_is_no_plants(nlp):
    text = ("Ford confirmed that it will build the Fiesta at its Hermosillo plant starting in 2027 as part of a "
            "$3 billion investment in the country.")
    assert plant_at(read(nlp, text), "Hermosillo").investment is None


def test_the_sum_a_plant_is_part_of_with_no_country_is_kept(nlp):
    text = "Ford will build the Fiesta at its Hermosillo plant starting in 2027 as part of a $300 million investment."
    assert plant_at(read(nlp, text), "Hermosillo").investment.amount == 300_000_000


# -- an apostrophe between thousands ---------------------------------------------------------------------------------
def test_apostrophes_between_thousands_are_read_as_commas(nlp):
    text = ("Volkswagen opened its new Crafter plant in Września, Poland. About 3’000 people are employed at the new "
            "plant, which has an annual capacity of 100'000 units.")
    plant = plant_at(read(nlp, text), "Września")
    assert (plant.jobs, plant.capacity_per_year) == (3000, 100000)


def test_an_apostrophe_before_a_decade_is_no_figure(nlp):
    text = "Volkswagen opened its new Crafter plant in Września, Poland, in the '90s; it employs 3,000 people."
    assert plant_at(read(nlp, text), "Września").jobs == 3000


def test_in_order_to_names_no_order(nlp):
    text = ("Ashok Leyland builds buses at its plant in Ennore. In order to grow, it will add a new line worth $80 "
            "million at the plant.")
    assert plant_at(read(nlp, text), "Ennore").investment.amount == 80_000_000


# -- a sum invested before the plant is named ------------------------------------------------------------------------
def test_a_sum_invested_before_the_one_plant_is_named_is_its(nlp):
    text = ("Kia Motors said it would invest about $1.1 billion in India to make a compact sedan. The government has "
            "allotted 600 acres of land for the company in Anantapur, where the plant will be built.")
    assert plant_at(read(nlp, text), "Anantapur").investment.amount == 1_100_000_000


def test_a_sum_over_several_agreements_before_the_plant_is_named_is_not_its(nlp):
    text = ("The government has signed four car assembly agreements with a total investment of over $5 billion. Kia "
            "will build a plant in Anantapur.")
    assert plant_at(read(nlp, text), "Anantapur").investment is None


def test_what_goods_are_worth_before_the_plant_is_named_is_not_its(nlp):
    text = ("India bought $27 billion worth of German vehicles and parts last year. BMW will build a new plant in "
            "Chennai.")
    assert plant_at(read(nlp, text), "Chennai").investment is None


def test_a_carmakers_sum_before_the_plant_goes_to_its_local_assembler(nlp):
    # (the rule that keeps another carmaker's sum off the plant reads carmakers only: a local assembler may build for it)
    text = ("Toyota has announced plans to invest $35 million in Kenya this year. Associated Vehicle Assemblers will "
            "assemble its Hilux pickups at its plant in Mombasa.")
    assert plant_at(read(nlp, text), "Mombasa").investment.amount == 35_000_000


def test_five_jobs_at_suppliers_are_no_count_of_deals(nlp):
    text = ("Ford will expand its Silverton plant in South Africa. Every job at Silverton creates five jobs at "
            "suppliers, and the expansion will add 1,200 new working places at the plant.")
    assert plant_at(read(nlp, text), "Silverton").jobs == 1200
