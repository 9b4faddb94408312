"""Which plant 'the plant' means, and plants that make parts, on sentences written for these tests (names and figures
made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _figures(facts) -> dict[str, tuple]:
    return {p.site: (p.jobs, p.shifts, p.investment.amount if p.investment else None) for p in facts.plants}


# -- "the plant" is the plant named last, not the plant introduced last ---------------------------------------------
TWO_PLANTS = ("Hyundai builds the Tucson at its plant in Nosovice, Czech Republic. Kia builds the Ceed at its plant in "
              "Zilina, Slovakia. Workers in Nosovice approved a new wage deal on Monday. ")


def test_the_plant_is_the_plant_named_again(nlp):
    facts = read(nlp, TWO_PLANTS + "The plant will hire 800 people and add a third shift.")
    assert _figures(facts) == {"Nosovice": (800, 3, None), "Zilina": (None, None, None)}


def test_the_factory_is_the_plant_named_again(nlp):
    facts = read(nlp, "Toyota builds the Yaris at its plant in Onnaing, France. Toyota also builds the C-HR at its plant "
                      "in Adapazari, Turkey. Unions at Onnaing said on Tuesday that they backed the plan. The factory will "
                      "invest €200 million and will employ 4,500 people.")
    assert _figures(facts) == {"Onnaing": (4500, None, 200_000_000), "Adapazari": (None, None, None)}


def test_the_site_is_the_plant_named_again(nlp):
    assert _figures(read(nlp, TWO_PLANTS + "The site will get a third shift."))["Nosovice"] == (None, 3, None)


def test_there_is_the_plant_named_again(nlp):
    assert _figures(read(nlp, TWO_PLANTS + "Hyundai will hire 800 people there."))["Nosovice"] == (800, None, None)


# -- a plant that makes parts is no plant, and does not take the vehicle plant's figures ----------------------------
def test_a_cell_gigafactory_named_in_passing_leaves_the_plant_to_the_car_plant(nlp):
    facts = read(nlp, "Volkswagen builds the ID.3 at its plant in Emden, Germany. The Emden factory will invest €900 million "
                      "in a hall where packs are fitted together from cells made at Voltra's Salzgitter gigafactory in "
                      "Lower Saxony. Once the new models are running, annual capacity will be 300,000 cars and the plant "
                      "will employ 8,000 people.")
    assert [(p.site, p.capacity_per_year, p.jobs) for p in facts.plants] == [("Emden", 300_000, 8000)]


def test_a_plant_sized_in_gwh_makes_cells(nlp):
    facts = read(nlp, "Volkswagen builds the Polo at its plant in Martorell, Spain. Its cells will come from Verkor's "
                      "16 GWh plant in Dunkirk, France.")
    assert [p.site for p in facts.plants] == ["Martorell"]


def test_engines_that_come_from_a_plant_make_it_an_engine_plant(nlp):
    facts = read(nlp, "Skoda builds the Octavia at its plant in Mlada Boleslav, Czech Republic. Its engines come from "
                      "Skoda's plant in Vrchlabi.")
    assert [p.site for p in facts.plants] == ["Mlada Boleslav"]


def test_a_gigafactory_that_builds_cars_stays_a_plant(nlp):
    facts = read(nlp, "Tesla builds the Model Y at its gigafactory in Grünheide, Germany, which will also make battery cells.")
    assert [(p.site, p.models) for p in facts.plants] == [("Grünheide", ["Model Y"])]


def test_a_battery_plant_with_figures_of_its_own_is_no_plant(nlp):
    facts = read(nlp, "Kia builds the EV6 at its plant in Zilina, Slovakia. Separately, Samsung SDI will invest €1.5 billion "
                      "in a battery plant in Nitra, which will employ 2,000 people. The plant will make 20 GWh of cells a year.")
    assert [(p.site, p.jobs, p.investment) for p in facts.plants] == [("Zilina", None, None)]


def test_a_parts_plant_heading_the_article_with_figures_stays(nlp):
    # (the story names Kia more often than Samsung SDI: not a parts maker's own story)
    facts = read(nlp, "Samsung SDI's Nitra battery plant to cost €1.5 billion\n\nKia builds the EV6 at its plant in Zilina, "
                      "Slovakia. Kia said sales were strong and Kia will add the EV2. Samsung SDI will invest €1.5 billion "
                      "in its battery plant in Nitra, Slovakia.")
    assert {p.site for p in facts.plants} == {"Zilina", "Nitra"}


# -- battery makers are companies of the story, their plants are not plants -----------------------------------------
def test_a_battery_joint_venture_is_a_company_and_its_cell_plant_no_plant(nlp):
    facts = read(nlp, "Togg builds the T10X at its plant in Gemlik, Turkey. Siro, its battery joint venture with Farasis "
                      "Energy, will make cells at a plant in Gemlik from 2026.")
    assert {"Togg", "Siro", "Farasis Energy"} <= set(facts.companies)
    assert [(p.company, p.site) for p in facts.plants] == [("Togg", "Gemlik")]


def test_a_battery_maker_named_as_another_plants_owner_does_not_run_the_car_plant(nlp):
    facts = read(nlp, "Renault will build the Clio in Turkey. The Bursa factory, which builds the Megane, will fit packs "
                      "from cells made at Verkor's plant in Dunkirk, France. The plant will employ 6,000 people.")
    assert [(p.company, p.site, p.jobs) for p in facts.plants] == [("Renault", "Bursa", 6000)]


def test_powerco_is_a_battery_maker(nlp):
    facts = read(nlp, "Volkswagen builds the Polo at its plant in Martorell, Spain. Its cells will come from PowerCo's "
                      "plant in Valencia, Spain.")
    assert "PowerCo" in facts.companies
    assert [p.site for p in facts.plants] == ["Martorell"]
