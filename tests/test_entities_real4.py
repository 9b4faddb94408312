"""Companies and people in more shapes of news copy: a weekday after a name or a maker noun, a one-word company name that
is a person's first name (after an honorific, or with a surname the story writes alone), Malaysian honorific titles, a
legal form abbreviated with its full stop, a post left ('resigned as'); gazetteer rows. Sentences written for these
tests (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read, roles


def companies(facts) -> set[str]:
    return set(facts.companies)


def test_a_weekday_after_a_name_is_not_part_of_it(nlp):
    people = roles(read(nlp, "Zentro Motors named senior vice president Alan Brisk Tuesday as interim head of its "
                             "European business."))
    assert "Alan Brisk" in people and not any("Tuesday" in name for name in people)


def test_a_weekday_after_a_maker_noun_is_no_company(nlp):
    facts = read(nlp, "The Japanese truck maker Wednesday launched assembly of its first buses in Kenya.")
    assert not any(name in ("Wednesday", "Tuesday") for name in companies(facts))


def test_a_company_after_a_maker_noun_is_still_read(nlp):
    assert "Qoratepa Avto" in companies(read(nlp, "The Uzbek carmaker Qoratepa Avto will build 5,000 cars a year."))


def test_a_company_name_after_an_honorific_is_a_first_name(nlp):
    facts = read(nlp, "Fiat will build the car in Kragujevac, said the Mayor of Kragujevac, Mr. Nikola Pavlic.")
    assert "Nikola Pavlic" in roles(facts)
    assert "Nikola" not in companies(facts)


def test_a_company_name_whose_next_word_stands_alone_later_is_a_first_name(nlp):
    facts = read(nlp, "Zentro Motors picked a new president to replace Rolf Tammert. Rolf Tammert resigned on Monday "
                      "as chief executive. Tammert had been chosen in 2001 to head the carmaker.")
    assert "Rolf" not in companies(facts)
    assert roles(facts).get("Rolf Tammert") == "chief executive"


def test_a_maker_before_a_word_not_written_alone_stays_a_company(nlp):
    facts = read(nlp, "Nikola Motor said Nikola Tre trucks will be built in Arizona. Nikola shipped 40 trucks.")
    assert "Nikola" in companies(facts)


@pytest.mark.parametrize(("text", "name"), [
    ("Second Trade Minister Datuk Seri Lim Boon Keat said the plant will open in May.", "Lim Boon Keat"),
    ("Proton chairman Tan Sri Aziz Rahman said the plant will open in May.", "Aziz Rahman"),
    ("Transport Minister Dato' Hafiz Omar said the plant will open in May.", "Hafiz Omar"),
])
def test_malaysian_titles_are_not_part_of_the_name(nlp, text, name):
    assert name in roles(read(nlp, text))


def test_tan_is_a_surname_without_sri(nlp):
    assert "Tan Wei Ming" in roles(read(nlp, "Perodua chief executive Tan Wei Ming said sales rose."))


def test_an_abbreviated_legal_form_with_its_full_stop_keeps_the_company(nlp):
    facts = read(nlp, "Trading house Mitsubishi Corp. has a 5 percent stake in the carmaker, and Isuzu builds trucks.")
    assert "Mitsubishi" in companies(facts)  # as written, without its legal form (s27)
    assert "Mitsubishi Motors" not in companies(facts)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Karl Brenner resigned on Monday as chief executive of Zentro Motors.", "Karl Brenner", "chief executive"),
    ("Lena Marsh will step down as chairman of Zentro Motors in May.", "Lena Marsh", "chairman"),
])
def test_a_post_left_gives_the_title(nlp, text, name, role):
    assert roles(read(nlp, text)).get(name) == role


def test_a_company_that_resigned_is_no_person(nlp):
    assert roles(read(nlp, "The Zentro Board resigned as a body on Monday.")) == {}


@pytest.mark.parametrize(("text", "company"), [
    ("Ford-Otosan builds the Transit Custom near Kocaeli.", "Ford Otosan"),
    ("Hyundai-Assan builds the i20 in Izmit.", "Hyundai Assan"),
    ("Mitsubishi Heavy Industries owns a stake in the carmaker.", "Mitsubishi Heavy Industries"),
    ("DaimlerChrysler held 37 percent of the carmaker.", "DaimlerChrysler"),
    ("The Luxgen brand belongs to Yulon Motor.", "Luxgen"),
])
def test_gazetteer_companies(nlp, text, company):
    assert company in companies(read(nlp, text))


@pytest.mark.parametrize(("text", "model", "maker"), [
    ("Hyundai also builds the i30 N at the plant.", "i30 N", "Hyundai"),
    ("Jaguar will build the XF Sportbrake estate at the plant.", "XF Sportbrake", "Jaguar"),
    ("Cupra will build the UrbanRebel in Spain.", "UrbanRebel", "Cupra"),
    ("Volkswagen replaced the Jetta Classico with the Vento.", "Jetta Classico", "Volkswagen"),
    ("The Pontiac G8 GXP sedan will be shown in New York.", "G8 GXP", "Pontiac"),  # its own row since s20
])
def test_gazetteer_models(nlp, text, model, maker):
    assert (model, maker) in {(m.name, m.maker) for m in read(nlp, text).models}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Prime Minister Theresa Cole May said the plant is good.", "Theresa Cole May", "Prime Minister"),
    ("Tom May, plant manager, said the line will run two shifts.", "Tom May", "plant manager"),
])
def test_may_after_a_first_name_is_a_surname(nlp, text, name, role):
    assert roles(read(nlp, text)).get(name) == role


def test_may_before_a_capitalised_word_is_no_surname(nlp):
    people = roles(read(nlp, "Zentro chief executive Ana Ruiz May Quit, the paper said."))
    assert not any(name.endswith("May") for name in people)


def test_pm_is_a_prime_minister(nlp):
    assert roles(read(nlp, "Kazakh PM Askan Mirov took part in the opening.")).get("Askan Mirov") == "Prime Minister"


@pytest.mark.parametrize("text", ["The plant opened at 3 PM Monday, the company said.",
                                  "The plant opened at 3 pm Monday, the company said."])
def test_pm_after_a_figure_is_the_time_of_day(nlp, text):
    assert roles(read(nlp, text)) == {}


def test_a_union_national_officer(nlp):
    assert roles(read(nlp, 'Union national officer Tony Marsh said: "It is good."')).get("Tony Marsh") == "national officer"


def test_a_maker_before_a_model_named_again_after_the_stays_a_maker(nlp):
    facts = read(nlp, "Chery has unveiled the Chery Vardex, a compact SUV. The Vardex will be built in Rayong.")
    assert "Vardex" in {m.name for m in facts.models}


def test_a_surname_named_again_is_the_same_person(nlp):
    people = roles(read(nlp, "Governor Babatunde Ajayi-Okon opened the plant on Tuesday. The plant came from "
                             "Governor Ajayi-Okon's trip to China."))
    assert list(people) == ["Babatunde Ajayi-Okon"]


def test_a_town_and_its_province_are_no_models(nlp):
    facts = read(nlp, "The Zentro plant in Sta. Rosa, Laguna, began operations in 1999 with 527 workers.")
    assert not {m.name for m in facts.models} & {"Rosa", "Laguna"}


def test_a_news_site_in_an_author_note_is_no_company(nlp):
    facts = read(nlp, "Zentro Motors will build 5,000 cars.\n\nThe writer started his career at Iran Front Page Media "
                      "Group, and is now an editor.")
    assert not any("Page" in c for c in companies(facts))


def test_a_camel_cased_assembler_spelling(nlp):
    assert "SaryarkaAutoProm LLP" in companies(read(nlp, "SaryarkaAutoProm LLP will assemble Chevrolet cars in Kostanay."))


def test_teasers_under_a_more_heading_are_furniture(nlp):
    text = ("Zentro Motors will build 5,000 cars a year in Kaliningrad.\n\nMORE\n\nVelox cuts price of its Arrow EV\n\n"
            "Velox Motors is slashing the price of its electric Arrow by $4,500 after rivals' price cuts, stepping up "
            "the price wars in a ...\nMotoring\n20 hours ago")
    facts = read(nlp, text)
    assert "Zentro Motors" in companies(facts) and "Velox Motors" not in companies(facts)


def test_a_story_line_ending_in_an_ellipsis_outside_a_link_list_is_content(nlp):
    facts = read(nlp, "Zentro Motors will build 5,000 cars a year in Kaliningrad, and then ...")
    assert "Zentro Motors" in companies(facts)


def test_a_title_over_two_companies_then_the_name(nlp):
    assert roles(read(nlp, "The plant is good. —CEO of SEAT and Cupra Wayne Tollis")).get("Wayne Tollis") == "CEO"


@pytest.mark.parametrize("text", ["The head of Nissan's Argentine division, Mario Galdes, made the announcement.",
                                  "The head of Nissan's division, Mario Galdes, made the announcement."])
def test_the_head_of_a_companys_unit_then_the_name(nlp, text):
    assert roles(read(nlp, text)).get("Mario Galdes") == "head"


def test_the_head_of_a_unit_without_a_name_gives_no_person(nlp):
    assert roles(read(nlp, "The head of Nissan's Argentine division, said the plant will close.")) == {}


def test_a_plural_title_of_two_countries_then_two_names(nlp):
    people = roles(read(nlp, "During the linkup the Prime Ministers of Kazakhstan and Uzbekistan Askan Mirov and "
                             "Abdul Arifov launched the project."))
    assert people == {"Askan Mirov": "prime minister", "Abdul Arifov": "prime minister"}


def test_a_plural_title_of_two_countries_without_names_gives_no_person(nlp):
    assert roles(read(nlp, "The Prime Ministers of Kazakhstan and Uzbekistan met in Tashkent and Samarkand.")) == {}
