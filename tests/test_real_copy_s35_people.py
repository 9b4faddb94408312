"""People fixes of 2026-12-05 (s35), from the errors of the tuning sets, on sentences written for these tests (names
made up): a public office's holder quoted by the surname alone."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles


# -- 'said Governor Okello.' ------------------------------------------------------------------------------------------
def test_a_governor_quoted_by_the_surname_after_said(nlp):
    text = '"The new line brings jobs to our state," said Governor Okello. "We welcome Zorvex."'
    assert roles(read(nlp, text)) == {"Okello": "Governor"}


def test_a_minister_quoted_by_the_surname_after_according_to(nlp):
    text = "The plant will build 9,000 vans a year, according to Prime Minister Haddad, who toured it on Monday."
    assert roles(read(nlp, text)) == {"Haddad": "Prime Minister"}


def test_a_title_after_said_with_no_surname_is_no_person(nlp):
    assert not roles(read(nlp, '"We will grow," said Mayor of Leeds.'))
    assert not roles(read(nlp, '"We will grow," said Chairman Motors.'))


# -- an Arabic name's lineage -----------------------------------------------------------------------------------------
def test_an_arabic_name_with_its_lineage_is_read_whole(nlp):
    text = '"The line is a milestone," Hamad bin Rashid bin Khalifa Al Dhaheri, Minister of Industry, said.'
    assert roles(read(nlp, text)) == {"Hamad bin Rashid bin Khalifa Al Dhaheri": "Minister of Industry"}


def test_a_shaikh_is_an_honorific_before_the_name(nlp):
    text = "The plant was opened by Shaikh Khalid Bin Zayed Al Nuaimi, Minister of Culture and Tourism, on Monday."
    assert roles(read(nlp, text)) == {"Khalid Bin Zayed Al Nuaimi": "Minister of Culture and Tourism"}


def test_a_long_run_of_capitalised_words_is_still_cut_at_five_words(nlp):
    text = "Ana Maria Luisa Sofia Ruiz Garcia, chief executive of Zorvex, said sales rose."
    assert "Ana Maria Luisa Sofia Ruiz Garcia" not in roles(read(nlp, text))


# -- the region of an official's title --------------------------------------------------------------------------------
def test_a_minister_of_the_region_then_the_name(nlp):
    text = "The delegation was headed by Minister of Industry of the region Ivan Orlov, who met the plant's managers."
    assert roles(read(nlp, text)) == {"Ivan Orlov": "Minister of Industry"}


def test_a_minister_of_a_countrys_republic_then_the_name(nlp):
    text = "Zorvex will ship 900 trucks to Norland, the Minister of Industry of Russia's Kama republic Ivan Orlov told reporters."
    assert roles(read(nlp, text)) == {"Ivan Orlov": "Minister of Industry"}


def test_a_minister_of_the_region_with_no_name_is_no_person(nlp):
    assert not roles(read(nlp, "The Minister of Industry of the region said the plant will open in May."))


# -- ministries' portfolios -------------------------------------------------------------------------------------------
def test_a_minister_of_roads_and_highways_then_the_name(nlp):
    text = "The buses were handed over to Norland Minister of Transport and Highways Ivan Orlov at an event in the capital."
    assert roles(read(nlp, text)) == {"Ivan Orlov": "Minister of Transport and Highways"}


def test_a_minister_of_petroleum_then_the_name(nlp):
    text = "The plant was opened by the Minister of Petroleum and Customs Ivan Orlov on Monday."
    assert roles(read(nlp, text)) == {"Ivan Orlov": "Minister of Petroleum and Customs"}


def test_a_director_of_a_sports_car_maker_keeps_the_plain_title(nlp):
    assert roles(read(nlp, "Ana Ruiz, director of Sports Cars Norland, said sales rose.")) == {"Ana Ruiz": "director"}


# -- a firm's name is no person's -------------------------------------------------------------------------------------
def test_a_joint_venture_after_a_title_is_the_firm_of_the_name_before(nlp):
    text = "From left: Ana Ruiz, CEO of Zorvex; and Ivo Berg, Senior VP, Buses Joint Venture Norland, at the launch."
    found = roles(read(nlp, text))
    assert "Ivo Berg" in found and not [n for n in found if "Venture" in n or "Buses" in n]


def test_vehicles_in_the_plural_end_no_persons_name(nlp):
    found = roles(read(nlp, "Ana Ruiz, director of Sports Cars Norland, said sales rose."))
    assert found == {"Ana Ruiz": "director"}


# -- a description of the title's organisation between commas ---------------------------------------------------------
def test_a_description_of_the_organisation_between_the_title_and_the_name(nlp):
    text = ("The contract was signed by Director General of Kestrel Auto Centre, the official dealer of Zorvex in the "
            "region, Ivan Orlov.")
    assert roles(read(nlp, text)) == {"Ivan Orlov": "Director General"}


def test_a_description_then_a_verb_names_no_one(nlp):
    text = "The chief executive of Kestrel Auto Centre, the official dealer of Zorvex, said sales rose."
    assert not roles(read(nlp, text))


# -- a body of a country's government ---------------------------------------------------------------------------------
def test_the_head_of_a_body_of_a_countrys_government_then_the_name(nlp):
    text = ("The deal was signed by the Director-General of the Kenyan government's Office for Export Zones (OEZ), "
            "Ivo Berg, and by the chief executive of Zorvex.")
    assert roles(read(nlp, text)).get("Ivo Berg") == "Director-General"


def test_a_countrys_government_said_names_no_one(nlp):
    text = "The director of the Kenyan government's Office for Export Zones said the plant will open in May."
    assert not roles(read(nlp, text))


# -- a firm's name ending on a country's ------------------------------------------------------------------------------
def test_a_firm_ending_on_a_country_before_a_title_is_no_person(nlp):
    text = ("The delegation included the CEO of CABS Plus Kenya, Director of Transport of Nairobi, and Ana Ruiz, "
            "chief executive of Zorvex.")
    found = roles(read(nlp, text))
    assert found.get("Ana Ruiz") == "chief executive" and "Plus Kenya" not in found


def test_a_person_whose_surname_is_a_country_is_still_read(nlp):
    text = "Rosa Montenegro, president of Zorvex, said sales rose."
    assert roles(read(nlp, text)) == {"Rosa Montenegro": "president"}


# -- initials and a nickname in quotes --------------------------------------------------------------------------------
def test_initials_a_nickname_and_a_suffix_make_one_name(nlp):
    text = 'The plant was opened by County Council Chairman J. R. "Buddy" Okafor Jr., and Mayor Ivo Berg.'
    found = roles(read(nlp, text))
    assert found.get('J. R. "Buddy" Okafor Jr.') == "Chairman" and found.get("Ivo Berg") == "Mayor"


def test_initials_alone_are_no_name(nlp):
    assert not roles(read(nlp, "The board is led by Chairman J. P. and the plant will open in May."))


# -- 'Name of Company, said:' -----------------------------------------------------------------------------------------
def test_a_speaker_of_a_company_with_a_comma_before_said(nlp):
    text = "Ivo Berg of Renault, said: “We are happy to build the new van here.”"
    assert "Ivo Berg" in roles(read(nlp, text))


def test_a_speaker_whose_surname_is_a_companys_name(nlp):
    facts = read(nlp, "Ivo Porsche of Renault said: “We are happy to build the new van here.”")
    assert "Ivo Porsche" in roles(facts)


def test_sales_of_a_company_said_is_no_speaker(nlp):
    assert not roles(read(nlp, "Sales of Renault, said the analyst, rose in May."))


# -- people of business named by what they do ------------------------------------------------------------------------
def test_an_entrepreneur_before_the_name(nlp):
    text = "Norwegian entrepreneur Ivo Berg is building a new plant for electric vans near the port."
    assert roles(read(nlp, text)) == {"Ivo Berg": "entrepreneur"}


def test_an_entrepreneurs_company_is_no_person(nlp):
    text = "The plant was built by entrepreneur-led Zorvex Motors, which makes electric vans."
    assert not roles(read(nlp, text))


def test_a_dealer_quoted_after_said(nlp):
    text = '"This one will sell," said Ivo Berg, a car dealer from Leeds, at the launch of the new van.'
    assert roles(read(nlp, text)) == {"Ivo Berg": "dealer"}


def test_a_dealers_firm_is_no_person(nlp):
    text = "The vans are sold by the dealer, Berg Motors, in Leeds."
    assert not roles(read(nlp, text))


# -- a first name that is also a town, opening a paragraph ------------------------------------------------------------
def test_a_name_opening_a_paragraph_whose_first_name_is_a_town(nlp):
    text = ("Zorvex builds its vans at a plant in Vladimir, Russia. The plant will double its capacity this year.\n\n"
            "Vladimir Orlovsky, Deputy Sales Director of Zorvex:\n\n\"This is a new model with a new design.\"")
    assert "Vladimir Orlovsky" in roles(read(nlp, text))


def test_a_town_opening_a_paragraph_before_a_title_is_no_name(nlp):
    text = "Zorvex builds vans in Russia.\n\nVladimir, the regional capital, hosts the plant's director."
    assert not roles(read(nlp, text))


# -- a bank or a committee is a body -----------------------------------------------------------------------------------
def test_the_governor_of_a_central_bank_then_the_name(nlp):
    text = "The Governor of the Central Bank of Norland, Ivan Orlov, said car loans rose."
    assert roles(read(nlp, text)) == {"Ivan Orlov": "Governor"}


def test_a_bank_is_no_persons_name(nlp):
    assert not roles(read(nlp, "The chairman of Norland Development Bank said car loans rose."))


# -- a head of state by the surname: 'by', ', who', 'of <country>' ----------------------------------------------------
def test_a_president_by_the_surname_after_by(nlp):
    assert roles(read(nlp, "The new van plant was opened on Monday by President Okello.")) == {"Okello": "President"}


def test_a_president_by_the_surname_before_who(nlp):
    text = "The plant was opened by President Okello, who said it will create 2,000 jobs."
    assert roles(read(nlp, text)) == {"Okello": "President"}


def test_a_president_by_the_surname_of_a_country(nlp):
    assert roles(read(nlp, "President Okello of Kenya opened the van plant.")) == {"Okello": "President"}


def test_a_president_of_a_firm_is_no_surname(nlp):
    assert not roles(read(nlp, "The plant was opened by President Motors of Kenya."))


# -- the title of a named plant's possessive --------------------------------------------------------------------------
def test_a_name_before_a_named_plants_title(nlp):
    text = "Ana Ruiz, the Zorvex plant's general manager, said output rose."
    assert roles(read(nlp, text)) == {"Ana Ruiz": "general manager"}


def test_a_named_plants_title_with_no_name_before(nlp):
    assert not roles(read(nlp, "Output at the Zorvex plant's paint shop rose, the plant's director said."))


def test_a_carmakers_name_in_another_language_is_no_person(nlp):
    text = "Fiat became the 67 percent owner of Fiat Automobili Norland in 2008."
    assert not roles(read(nlp, text))


# -- 'the company named X as its CEO' ----------------------------------------------------------------------------------
def test_the_company_named_a_person_as_its_chief_executive(nlp):
    facts = read(nlp, "The company named Ivo Berg as its new chief executive on Monday.")
    assert roles(facts) == {"Ivo Berg": "chief executive"} and "Ivo Berg" not in facts.companies


def test_a_company_named_so_is_still_a_company(nlp):
    facts = read(nlp, "A company named Kestrel Mobility will build the vans in Leeds.")
    assert not roles(facts) and "Kestrel Mobility" in facts.companies


# -- a firm's arm in a country set off after a title ------------------------------------------------------------------
def test_a_firms_arm_after_two_titles_is_no_person(nlp):
    found = roles(read(nlp, "Ana Ruiz, MD & CEO, Zorvex India, said output rose."))
    assert found == {"Ana Ruiz": "MD"}


def test_a_firms_arm_after_a_title_and_its_portfolio_is_no_person(nlp):
    found = roles(read(nlp, "Ana Ruiz, Executive Vice-President, Sales and Marketing, Zorvex India, said output rose."))
    assert found == {"Ana Ruiz": "Executive Vice-President"}


def test_a_person_whose_surname_is_a_country_after_the_title(nlp):
    assert roles(read(nlp, "The chief executive, Rosa Montenegro, said output rose.")) == {"Rosa Montenegro": "chief executive"}


# -- the age in brackets ----------------------------------------------------------------------------------------------
def test_a_name_with_the_age_in_brackets_before_the_title(nlp):
    assert roles(read(nlp, "Ana Ruiz (52), chief executive of Zorvex, said output rose.")) == {"Ana Ruiz": "chief executive"}


def test_a_year_in_brackets_is_no_age(nlp):
    assert not roles(read(nlp, "The Leeds Plant (2019), the largest of Zorvex, opened in May."))
