"""What an untitled article is called in lists: the headline under its masthead, menu and notices (core.articles)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.articles import headline


def page(*lines: str) -> str:
    return "\n".join(lines)


def test_a_given_title_wins() -> None:
    assert headline("Acme opens plant", page("Skip to main content", "Something else entirely here")) == "Acme opens plant"


def test_masthead_menu_and_cookie_notice_are_passed_over() -> None:
    text = page("Skip to main content", "Gulf Motor Ledger", "News | Markets | Autos | Opinion",
                "We use cookies to improve your experience. By continuing you accept them.",
                "Home > Autos > Industry",
                "Zenvo Motors to build 40,000 vans a year at new Dammam plant",
                "By Lina Haddad | 3 March 2026",
                "DAMMAM, March 3 - Zenvo Motors will build a van plant in Dammam, the company said on Tuesday.")
    assert headline("", text) == "Zenvo Motors to build 40,000 vans a year at new Dammam plant"


def test_a_section_label_before_the_headline_is_dropped() -> None:
    assert headline("", page("Analysis | Why the van market is cooling in Brazil", "Body text follows here.")) == \
        "Why the van market is cooling in Brazil"


def test_press_release_and_ministry_labels_in_capitals_are_not_headlines() -> None:
    text = page("PRESS RELEASE", "MINISTRY OF TRANSPORT AND INDUSTRY", "Lagos, 4 May 2026",
                "Orbit Autos opens second assembly line in Lagos", "Orbit Autos today opened a line.")
    assert headline("", text) == "Orbit Autos opens second assembly line in Lagos"


def test_a_headline_may_ask_a_question() -> None:
    assert headline("", page("Is the Kestra worth the wait? Our verdict", "The Kestra arrives late.")) == \
        "Is the Kestra worth the wait? Our verdict"


def test_a_wire_headline_in_capitals_is_used_when_nothing_else_reads_as_one() -> None:
    text = page("ORBIT AUTOS TO ADD THIRD SHIFT AT LAGOS PLANT", "LAGOS, May 4 (Wire) - Orbit Autos will add a shift.")
    assert headline("", text) == "ORBIT AUTOS TO ADD THIRD SHIFT AT LAGOS PLANT"


def test_without_a_headline_the_opening_sentence_is_used_and_cut() -> None:
    assert headline("", "Orbit Autos will add a shift. It will hire 300 people.") == "Orbit Autos will add a shift."
    long = "Orbit Autos " + "and its partners " * 20 + "will add a shift"
    out = headline("", long, length=60)
    assert out.endswith("…") and len(out) <= 60


def test_an_empty_text_is_called_by_its_name() -> None:
    assert headline("", "", "note.txt") == "note.txt"
    assert headline(None, None, None) == ""


@given(st.text(max_size=400), st.integers(min_value=10, max_value=120))
def test_headline_never_raises_and_respects_the_length(text: str, length: int) -> None:
    out = headline("", text, "file.txt", length=length)
    assert isinstance(out, str) and out
    assert len(out) <= length or out == "file.txt"


def test_calls_to_join_link_labels_captions_and_file_names_are_not_headlines() -> None:
    text = page("Become part of our community", "captcha", "Also read: Kestra sales slow in March",
                "Image: the Dunmore plant at dusk", "Orbit Autos site in Dunmore Orbit Autos site in Dunmore Source: Orbit",
                "Screenshot 2026-01-17 at 12.06.51 pm.png", "kestra_launch_dunmore_2026",
                "For more news updates follow and like us on Facebook",
                "Orbit Autos to build the Kestra in Dunmore", "Orbit Autos said on Monday it would build the Kestra.")
    assert headline("", text) == "Orbit Autos to build the Kestra in Dunmore"


def test_a_caption_credit_in_brackets_is_not_a_headline() -> None:
    text = page("At the new Orbit Autos van factory (Photo: Wirepix)", "Orbit Autos opens van factory in Tema",
                "The factory opened on Monday.")
    assert headline("", text) == "Orbit Autos opens van factory in Tema"


def test_the_opening_sentence_runs_past_company_and_country_abbreviations() -> None:
    text = "Orbit Motor Co. said Aug. 9 it will build vans for the U.S. market in Tema. It will hire 300 people."
    assert headline("", text, length=200) == "Orbit Motor Co. said Aug. 9 it will build vans for the U.S. market in Tema."


def test_the_opening_sentence_loses_its_wire_dateline() -> None:
    for opening in ("TEMA, Ghana – Orbit Autos has opened a van plant in the port city.",
                    "TEMA: Orbit Autos has opened a van plant in the port city.",
                    "Tema, May 4: Orbit Autos has opened a van plant in the port city.",
                    "TEMA, Ghana, March 23. Orbit Autos has opened a van plant in the port city.",
                    "TEMA, May 4 (Wirenews) - Orbit Autos has opened a van plant in the port city."):
        assert headline("", opening + " It will hire 300 people.", length=200) == \
            "Orbit Autos has opened a van plant in the port city.", opening
    # a capitalised first word and a dash are no dateline without a date
    assert headline("", "Orbit – the van maker from Tema – opened a plant. More follows.", length=200) == \
        "Orbit – the van maker from Tema – opened a plant."


def test_a_line_after_the_body_begins_is_no_headline() -> None:
    body = ("Orbit Autos will build 40,000 vans a year at a new plant in Dammam from 2027, the company said on Tuesday, "
            "and hire about 1,200 people there over three years.")
    text = page(body, "Are rising tariffs on your radar? Find out with our market report", "The plant will cost $300m.")
    assert headline("", text) == "Orbit Autos will build 40,000 vans a year at a new plant in Dammam from 2027, the…"
    # a headline over the body is still found, and a subheading under it does not replace it
    titled = page("Orbit Autos picks Dammam for its van plant", body, "Why Dammam won")
    assert headline("", titled) == "Orbit Autos picks Dammam for its van plant"
