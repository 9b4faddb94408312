"""Companies-and-people fixes of 2026-12-06 (s37), from the errors of the tuning sets, on sentences written for these
tests (names made up)."""
from __future__ import annotations

from tests.pipeline_helpers import makers, read, roles


# -- general titles the gazetteer lacked ------------------------------------------------------------------------------
def test_a_plant_employee_quoted_after_said(nlp):
    text = '"We had a contract until 2030," said plant employee Ana Ruiz.'
    assert roles(read(nlp, text)) == {"Ana Ruiz": "plant employee"}


def test_a_tycoon_before_the_name(nlp):
    text = "Tycoon Ivo Berg opened a motorcycle assembly plant near Lusaka on Monday."
    assert roles(read(nlp, text)) == {"Ivo Berg": "Tycoon"}


def test_a_commissioner_general_and_a_cabinet_secretary(nlp):
    text = ("Ana Ruiz, Commissioner-General of Motor Traffic, said the rules will change. "
            "Cabinet Secretary Ivo Berg said the plant will open in May.")
    found = roles(read(nlp, text))
    assert found["Ana Ruiz"].startswith("Commissioner-General")
    assert found["Ivo Berg"] == "Cabinet Secretary"


def test_the_words_of_the_new_titles_do_not_cut_company_names(nlp):
    # (titles with 'commercial', 'car' or 'state' were left out: those words end names such as 'Zorvex Commercial
    # Vehicles' or 'Nordvik Car Carriers')
    facts = read(nlp, "Zorvex Commercial Vehicles said 300 employees will join Nordvik Car Carriers in May.")
    assert not facts.people


def test_an_employee_without_a_name_is_no_person(nlp):
    assert not read(nlp, "A plant employee said the line will stop in May, and the tycoon who owns it agreed.").people


# -- '(pictured)' between a name and its title ------------------------------------------------------------------------
def test_pictured_between_a_name_and_its_title(nlp):
    text = "Ana Ruiz (pictured), chief executive of Zorvex, said sales rose."
    assert roles(read(nlp, text)) == {"Ana Ruiz": "chief executive"}


def test_pictured_with_a_position_between_a_name_and_its_title(nlp):
    text = "Ivo Berg (pictured, left), Zorvex's vice-president for Africa, said sales rose."
    assert roles(read(nlp, text)) == {"Ivo Berg": "vice-president"}


def test_pictured_after_a_model_names_no_person(nlp):
    assert not read(nlp, "The Zorvex Tarra (pictured), a compact SUV, will be built in Lusaka.").people


# -- general gazetteer rows: groups, suppliers, importers and spellings ------------------------------------------------
def test_a_czech_defence_group_and_a_japanese_group_are_companies(nlp):
    facts = read(nlp, "Czechoslovak Group will supply the trucks, with axles from Hitachi, to the army of Norland.")
    assert {"Czechoslovak Group", "Hitachi"} <= set(facts.companies)


def test_written_apart_a_brand_is_still_one_company(nlp):
    facts = read(nlp, "Bharat Benz will build 4,000 trucks a year at its plant near Chennai.")
    assert "BharatBenz" in facts.companies


def test_a_south_east_motor_spelling_is_a_company(nlp):
    # (the region's name opening it, the rule for names after a region reads it first and keeps it as written)
    found = read(nlp, "South East Motor will export 2,000 cars to Chile this year.").companies
    assert {"Soueast", "South East Motor"} & set(found)


def test_a_direction_before_motor_is_no_maker_of_its_own(nlp):
    # only 'South East Motor' as one name is Soueast: a region's name alone names no company
    assert "Soueast" not in read(nlp, "Dealers in the South East said motor sales fell.").companies


# -- general model rows -----------------------------------------------------------------------------------------------
def test_morgan_norton_and_mitsubishi_models_have_their_makers(nlp):
    text = ("Morgan will build 300 more Plus Four and Aero Coupe cars in Malvern. Norton builds the V4SV in Solihull. "
            "Mitsubishi Motors will export the Minicab MiEV van to Norland.")
    found = makers(read(nlp, text))
    assert found["Plus Four"] == "Morgan Motor Company" and found["Aero Coupe"] == "Morgan Motor Company"
    assert found["V4SV"] == "Norton" and found["Minicab MiEV"] == "Mitsubishi Motors"


def test_the_volga_is_gazs_beside_its_maker_and_a_river_alone(nlp):
    assert makers(read(nlp, "GAZ stopped building the Volga sedan in 2010.")).get("Volga") == "GAZ"
    assert "Volga" not in makers(read(nlp, "The plant stands on the Volga, near Samara."))
