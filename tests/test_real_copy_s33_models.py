"""Fixes of 2026-12-05 (s33) for models, makers, specs, people, companies and countries, from the errors of the tuning
sets, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


# -- a demonym telling one maker's nationality ---------------------------------------------------------------------
def test_a_demonym_before_a_brand_is_no_country_of_the_story(nlp):
    text = "Koc Holding's Tofas plant in Bursa builds light commercial vehicles for Italian brand Fiat."
    facts = read(nlp, text)
    assert "Italy" not in facts.countries and "Turkey" in facts.countries


def test_a_demonym_before_a_car_manufacturer_is_no_country_of_the_story(nlp):
    text = "The German car manufacturer said 120 cars built in Rosslyn were shipped to Kenya."
    assert "Germany" not in read(nlp, text).countries


def test_a_country_named_as_such_stays_beside_its_demonym(nlp):
    text = "The German brand builds the sedan in Germany and ships it to Kenya."
    assert "Germany" in read(nlp, text).countries


def test_a_demonym_before_an_industry_stays_a_country(nlp):
    text = "The plant is the largest investment in the Hungarian car industry, the company said."
    assert "Hungary" in read(nlp, text).countries


# -- a title of a body whose name holds a country's possessive or a body's noun in lower case -----------------------
def people_of(facts) -> dict[str, str | None]:
    return {p.name: p.role for p in facts.people}


def test_the_name_after_a_countrys_body_with_a_possessive(nlp):
    text = ("In other news, the Chairman of Kenya’s National Agency for Export and Investment KENINVEST, Barasa Wanjohi, "
            "told journalists on May 6 that 900 jobs will be created.")
    assert people_of(read(nlp, text)).get("Barasa Wanjohi") == "Chairman"


def test_the_name_after_a_body_with_a_lower_case_board(nlp):
    text = ("The secretary general of the Kenya board of Investment Amani Wekesa said the plant in Thika will build "
            "5,000 trucks a year.")
    assert people_of(read(nlp, text)).get("Amani Wekesa") == "secretary general"


def test_a_countrys_body_without_a_name_after_it_gives_no_person(nlp):
    text = ("The chairman of Kenya’s National Transport Authority, which regulates imports, said the plant in Thika will "
            "build 5,000 trucks a year.")
    assert not read(nlp, text).people


# -- a name counted in words, not tokens ---------------------------------------------------------------------------
def test_a_middle_initial_and_a_hyphened_surname_stay_in_the_name(nlp):
    text = "Rayan K. Al-Doseri, deputy governor of the Norland fund, said the plant will open in 2027."
    assert "Rayan K. Al-Doseri" in people_of(read(nlp, text))


def test_a_title_before_a_name_stays_out_of_it(nlp):
    text = "Deputy Governor Rayan K. Al-Doseri said the plant will open in 2027."
    assert "Deputy" not in " ".join(people_of(read(nlp, text)))


# -- a speaker of a country's body, with its acronym in brackets -----------------------------------------------------
def test_a_speaker_of_a_countrys_body_named_with_its_acronym(nlp):
    text = ("The first stone of the plant will be laid in May, its chief executive said on Tuesday. Baraka Otieno of "
            "Kenya’s Automobile Venture Group (KAVG) said at a news conference that output will start in 2028.")
    assert people_of(read(nlp, text)).get("Baraka Otieno") == "chief executive"


def test_a_name_of_a_company_unit_before_a_verb_is_no_speaker(nlp):
    text = "Output will start in 2028. Sales of Kenya’s Automobile Venture Group (KAVG) said nothing of the plant."
    assert not read(nlp, text).people


# -- a company named only by the acronym of its name ---------------------------------------------------------------
def test_a_company_written_only_as_its_acronym_is_listed_by_its_canonical_name(nlp):
    # FORMAT.md: "IKCO" and "Iran Khodro Industrial Group" are both "Iran Khodro"
    facts = read(nlp, "IKCO will build the Dena at its plant in Tabriz from 2027.")
    assert "Iran Khodro" in facts.companies and "IKCO" not in facts.companies


def test_a_company_written_in_full_keeps_its_name_beside_the_acronym(nlp):
    facts = read(nlp, "Iran Khodro (IKCO) will build the Dena at its plant in Tabriz. IKCO plans 9,000 cars a year.")
    assert "Iran Khodro" in facts.companies and "IKCO" not in facts.companies


# -- words that are no person's name -----------------------------------------------------------------------------
def test_a_headlines_capitalised_preposition_opens_no_name(nlp):
    text = ("Zorvex will build 8,000 cars a year at its plant in Graz.\n\n"
            "Ivo Marnell Signals Five More Years as Kestrel CEO Amid Ongoing Succession Speculation")
    assert "Amid Ongoing Succession Speculation" not in people_of(read(nlp, text))


def test_a_stock_exchange_is_no_person(nlp):
    text = ("In a statement to Karachi Stock Exchange, the company secretary said the plant had built its first hybrid "
            "car.")
    assert not any("Exchange" in name for name in people_of(read(nlp, text)))


def test_a_name_after_a_title_is_still_read(nlp):
    text = "Kestrel CEO Ana Ruiz said the plant in Graz will build 8,000 cars a year."
    assert people_of(read(nlp, text)).get("Ana Ruiz") == "CEO"


# -- company names built from capitalised words ----------------------------------------------------------------------
def test_a_hyphened_modifier_inside_a_companys_name(nlp):
    text = "Norland National Heavy-duty Bus Corporation signed a deal to export 300 buses to Kenya."
    assert "Norland National Heavy-duty Bus Corporation" in read(nlp, text).companies


def test_a_town_based_company_keeps_its_own_name(nlp):
    text = "Graz-based Kestrel Motors will build 5,000 buses a year."
    assert "Kestrel Motors" in read(nlp, text).companies


def test_a_demonym_before_a_utilitys_sector_opens_its_name(nlp):
    text = "Kestrel Motors and the Saudi Electricity Company will build 50 charging stations in Riyadh."
    companies = read(nlp, text).companies
    assert "Electricity Company" not in companies


def test_number_words_before_vehicles_are_no_company(nlp):
    text = 'On the same day a "Ten Thousand Vehicles to Europe" shipment ceremony was held at the port of Ningbo.'
    assert not read(nlp, text).companies


# -- a country's name opening a newspaper's -----------------------------------------------------------------------
def test_a_newspaper_named_after_a_country_is_no_country_of_the_story(nlp):
    text = ("Kestrel Motors will build 5,000 buses a year in Kenya. The author worked as an editor at The Mongolia "
            "Chronicle.")
    countries = read(nlp, text).countries
    assert "Mongolia" not in countries and "Kenya" in countries


def test_a_country_named_as_such_beside_its_newspaper_stays(nlp):
    text = "Kestrel Motors will build 5,000 buses a year in Mongolia, The Mongolia Chronicle reported."
    assert "Mongolia" in read(nlp, text).countries


# -- a country whose demonym is its own name is no language -----------------------------------------------------------
def test_a_country_whose_demonym_is_its_name_is_no_language(nlp):
    text = "The Kestrel K5 will be launched in Australia and New Zealand, Mexico and Chile next year."
    assert "New Zealand" in read(nlp, text).countries


def test_a_language_after_in_is_still_no_country(nlp):
    text = "Kestrel Motors will build the K5 in Chile. The brochure is printed in Japanese."
    assert "Japan" not in read(nlp, text).countries


# -- a finance director is no chief financial officer ---------------------------------------------------------------
def test_a_finance_director_keeps_the_title_as_written(nlp):
    text = "The plant will assemble 3,000 cars a year, said Ana Ruiz, the finance director of Kestrel Motors."
    assert people_of(read(nlp, text)).get("Ana Ruiz") == "finance director"


def test_a_chief_financial_officer_written_short_stays_cfo(nlp):
    text = "Kestrel Motors CFO Ana Ruiz said the plant will assemble 3,000 cars a year."
    assert people_of(read(nlp, text)).get("Ana Ruiz") == "CFO"


# -- a head of state named by the surname alone ---------------------------------------------------------------------
def test_a_president_named_by_the_surname_alone(nlp):
    text = "President Okello has today commissioned the assembly plant of Kestrel Motors in Jinja."
    assert people_of(read(nlp, text)).get("Okello") == "President"


def test_a_president_named_in_full_elsewhere_is_that_person(nlp):
    text = ("President Amos Okello opened the Kestrel Motors plant in Jinja. President Okello said 900 people will work "
            "there.")
    assert set(people_of(read(nlp, text))) == {"Amos Okello"}


def test_a_title_before_a_place_is_no_person(nlp):
    text = "President Kestrel of Norland Motors said the plant in Jinja will open in May."
    assert "Kestrel" not in people_of(read(nlp, text))


# -- a fact sheet's line of future products ---------------------------------------------------------------------------
def test_a_fact_sheets_line_of_future_products_is_content(nlp):
    text = ("Kestrel Motors plans a second plant in Mexico.\n\nKestrel Motors\nNew Plant: Celaya\n"
            "Future Products: Honda Fit, Mercedes-Benz GLA\nAnnual Capacity by 2030: 300,000\n")
    assert {"Fit", "GLA"} <= {m.name for m in read(nlp, text).models}


def test_a_short_line_without_a_label_is_still_a_heading(nlp):
    text = "Kestrel Motors plans a second plant in Mexico.\n\nHonda Fit\n\nThe plant will open in 2030."
    assert "Fit" not in {m.name for m in read(nlp, text).models}


# -- a title after a group's possessive, 'group' in lower case ---------------------------------------------------------
def test_a_title_after_a_groups_possessive_with_group_in_lower_case(nlp):
    text = "The deal was signed by Ivo Marnell, the trade minister, and Amel Haddad, Kestrel group’s CEO."
    assert people_of(read(nlp, text)).get("Amel Haddad") == "CEO"


def test_a_group_in_lower_case_after_no_name_gives_no_person(nlp):
    text = "The deal was signed on Monday, the group’s CEO said."
    assert not read(nlp, text).people
