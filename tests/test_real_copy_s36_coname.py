"""Company-name fixes of 2026-12-06 (s36): the general vocabulary and naming conventions of companies the gazetteer
lacks, on sentences written for these tests (names made up)."""
from __future__ import annotations

from core.nlp.pipeline import prepare_text
from tests.pipeline_helpers import read


# -- legal forms of other countries end a company's name ---------------------------------------------------------------
def test_a_foreign_legal_form_ends_a_companys_name(nlp):
    assert "Ambara Motor" in read(nlp, "The trucks are assembled by Ambara Motor Sdn Bhd in Kedah.").companies
    assert "Molen" in read(nlp, "Molen BV assembles buses in the Netherlands.").companies
    assert "Karvella" in read(nlp, "The scooters will be made by Karvella SpA in Italy.").companies


def test_a_legal_form_ends_a_name_after_of(nlp):
    facts = read(nlp, "Transit Support Services Limited, a subsidiary of Kestrel Transport Plc, imports the buses.")
    assert "Kestrel Transport" in facts.companies


def test_a_legal_form_with_no_name_before_it_is_no_company(nlp):
    facts = read(nlp, "Shares of the firm rose while the Plc board met.")
    assert not facts.companies


# -- the words that end the names of truck, bus and two-wheeler makers -------------------------------------------------
def test_a_vehicle_makers_word_ends_a_companys_name(nlp):
    assert "Zenda Motorcycles" in read(nlp, "Zenda Motorcycles has opened a factory in Nairobi.").companies
    assert "Cherkova Coachworks" in read(nlp, "Cherkova Coachworks builds bus bodies in Kenya.").companies
    assert "Kiwa Bus Builders" in read(nlp, "Kiwa Bus Builders has won the contract to assemble 40 buses.").companies


def test_a_class_of_vehicles_in_capitals_is_no_maker(nlp):
    assert not read(nlp, "The tender covered 135 Fully Built Trucks.").companies
    assert "Build Heavy Trucks" not in read(nlp, "Zorvex to Build Heavy Trucks in New Plant").companies
    assert "City Buses" not in read(nlp, "Mercedes will build the City Buses with its partner.").companies


# -- the nouns of makers of other vehicles and of the companies around them ---------------------------------------------
def test_a_name_after_truckmaker_or_supplier_is_a_company(nlp):
    assert "Mbaru Kamau" in read(nlp, "Kenyan truckmaker Mbaru Kamau will assemble the trucks in Thika.").companies
    facts = read(nlp, "Supplier Tevra Kesh will make seats for the plant.")
    assert "Tevra Kesh" in facts.companies and "Supplier Tevra Kesh" not in facts.companies


def test_a_maker_noun_before_a_word_in_lower_case_names_no_company(nlp):
    assert not read(nlp, "The local supplier will make seats for the plant.").companies


# -- 'X, a local bus maker,' ---------------------------------------------------------------------------------------------
def test_a_name_an_appositive_calls_a_maker_is_a_company(nlp):
    assert "Tamsin Kova" in read(nlp, "The buses will be supplied by Tamsin Kova, a local bus maker, from next year.").companies
    assert "Orvela" in read(nlp, "Orvela, a Ghanaian car assembler, will build 300 pickups a year in Accra.").companies


def test_an_appositive_maker_noun_qualifying_another_noun_names_no_company(nlp):
    assert not read(nlp, "Ana Ruiz, a former carmaker executive, joined the board.").companies
    assert not read(nlp, "Separately, the manufacturer with the widest range cut prices.").companies


def test_a_name_in_capitals_an_appositive_calls_a_company_is_one(nlp):
    facts = read(nlp, "The buses will be assembled by DKT, a local company that has been its partner since 1990.")
    assert "DKT" in facts.companies


def test_an_appositive_company_noun_after_a_place_names_no_new_company(nlp):
    assert read(nlp, "The plant is in Kisumu, a town that is home to a local company.").companies == []


# -- a demonym, a company's kind and its name ----------------------------------------------------------------------------
def test_a_name_after_a_demonym_and_a_companys_kind_is_a_company(nlp):
    facts = read(nlp, "The Georgian industrial holding Aigra will build an electric car factory near Kutaisi.")
    assert "Aigra" in facts.companies


def test_a_companys_kind_without_a_demonym_opens_no_name(nlp):
    assert not read(nlp, "The holding Board approved the plan on Monday.").companies


# -- legal forms written with a full stop ----------------------------------------------------------------------------------
def test_a_legal_form_with_a_stop_that_goes_on_ends_no_sentence(nlp):
    doc = nlp(prepare_text("The vans are built by Korvela Motors Pvt. Ltd. in Pune. Sales rose."))
    assert len(list(doc.sents)) == 2
    assert any(e.label_ == "COMPANY" and e.text.startswith("Korvela Motors") for e in doc.ents)


def test_co_with_a_stop_ends_a_companys_name(nlp):
    facts = read(nlp, "The trucks are assembled by Zhenra Heavy Industry Co., Ltd. in Jinan.")
    assert any(c.startswith("Zhenra Heavy Industry") for c in facts.companies)


# -- legal forms written before the name ------------------------------------------------------------------------------------
def test_a_name_after_a_leading_legal_form_is_a_company(nlp):
    assert "Kreta Sejahtera" in read(nlp, "The vans are built by PT Kreta Sejahtera in Bekasi.").companies
    assert "Saryn Avto" in read(nlp, "JSC Saryn Avto opened a plant in Kostanay.").companies


def test_a_legal_form_after_a_name_opens_no_other_name(nlp):
    facts = read(nlp, "Borova LLC opened a plant in Kazakhstan.")
    assert "Borova LLC" in facts.companies and "Opened" not in " ".join(facts.companies)


# -- a new company's name without its legal forms ------------------------------------------------------------------------
def test_a_new_company_is_named_without_the_legal_forms_after_its_name(nlp):
    facts = read(nlp, "The vans are built by Korvela Motors Pvt. Ltd. in Pune.")
    assert facts.companies == ["Korvela Motors"] and facts.plants[0].company == "Korvela Motors"


def test_an_english_legal_form_alone_stays_in_the_name(nlp):
    assert "Torva Ltd" in read(nlp, "The plant is run by Torva Ltd and others.").companies


# -- a story's first word in capitals ---------------------------------------------------------------------------------------
def test_the_in_capitals_opening_a_story_is_no_initial_of_the_name(nlp):
    facts = read(nlp, "THE Zorvex Development Corporation will recapitalise the bus plant.")
    assert "Zorvex Development Corporation" in facts.companies


def test_initials_in_capitals_still_open_a_name(nlp):
    assert "KT Orvan Automotive" in read(nlp, "The plant belongs to KT Orvan Automotive, a local firm.").companies


# -- a name its acronym spells ----------------------------------------------------------------------------------------------
def test_a_name_its_acronym_spells_is_one_company_over_a_town_and_a_maker(nlp):
    text = "The fund will recapitalise Kelvale Mazda Motor Industries (KMMI), the car assembler. KMMI builds pickups in Harare."
    facts = read(nlp, text)
    assert "Kelvale Mazda Motor Industries" in facts.companies
    assert "Mazda" not in facts.companies


def test_an_acronym_that_does_not_spell_the_words_before_joins_nothing(nlp):
    facts = read(nlp, "The fund will recapitalise Kelvale Mazda Motor Industries (KMI), the car assembler.")
    assert "Kelvale Mazda Motor Industries" not in facts.companies


# -- a company's officer after its name ------------------------------------------------------------------------------------
def test_a_name_before_its_officers_title_is_a_company(nlp):
    facts = read(nlp, "Kiwa Bus Builders managing director Ana Ruiz says the contract will help.")
    assert "Kiwa Bus Builders" in facts.companies
    assert "Zorvex Motors" in read(nlp, "Zorvex Motors CEO Ana Ruiz said sales rose.").companies


def test_a_public_offices_words_after_a_corporate_word_name_no_company(nlp):
    assert not read(nlp, "State Industries Minister Ana Ruiz opened the plant.").companies


def test_works_after_coach_or_engineering_ends_a_makers_name(nlp):
    assert "Kilima Coach Works" in read(nlp, "Kilima Coach Works has delivered 40 buses to the city.").companies
    assert "Kilima Coach Works" in read(nlp, "The Tanzanian bus body builder Kilima Coach Works has delivered 40 buses.").companies


def test_works_after_another_word_names_no_maker(nlp):
    assert not read(nlp, "Road Works will close the street next week.").companies


# -- names styled with a small 'e' or 'i' ------------------------------------------------------------------------------------
def test_a_small_e_opening_a_name_before_a_corporate_word_is_part_of_it(nlp):
    facts = read(nlp, "The factory is owned by eZoran New Energy Automotive, a joint venture of two makers.")
    assert "eZoran New Energy Automotive" in facts.companies


def test_a_word_in_lower_case_before_a_corporate_word_stays_out(nlp):
    assert "Zoran Automotive" in read(nlp, "The factory is owned by electric Zoran Automotive, a local firm.").companies


# -- a town's name opening a maker's after a maker noun -----------------------------------------------------------------------
def test_a_town_opening_a_makers_name_after_a_maker_noun(nlp):
    assert "Samarkand Zorvex" in read(nlp, "Uzbek bus manufacturer Samarkand Zorvex will build 500 buses.").companies


def test_a_town_and_a_place_word_after_a_maker_noun_is_no_maker(nlp):
    assert not read(nlp, "The manufacturer Lagos State said nothing.").companies
