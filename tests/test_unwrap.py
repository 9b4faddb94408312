"""Hard-wrapped text (PDF, e-mail copy): paragraphs unwrapped before parsing, offsets mapped back. Texts written for
these tests (names and figures made up)."""
from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from core.articles import make_article
from core.extract import extract_articles
from core.nlp.unwrap import to_original, unwrap

STORY = (
    "SUNDERLAND, England - Nissan will add a second shift at its plant in Sunderland, northern England, creating 600 "
    "jobs and lifting annual capacity to 350,000 vehicles, the carmaker said on Tuesday. The factory builds the "
    "Qashqai and the Juke and will start manufacturing the electric Leaf next year. Nissan will invest GBP 450 million "
    "in the site. It exports the Qashqai to Japan and Australia, shipping about 20,000 units a year to Australia."
)


def _wrapped(paragraphs: list[str], width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width=width, break_on_hyphens=False) for p in paragraphs)


def _facts(text: str):
    return next(iter(extract_articles([make_article("a.txt", text)])))


def test_a_wrapped_story_gives_the_facts_of_the_same_story_on_one_line():
    headline = "Nissan to add second shift at Sunderland plant"
    flat, wrapped = _facts(headline + "\n\n" + STORY), _facts(headline + "\n\n" + _wrapped([STORY], 68))
    assert wrapped.to_format() == {**flat.to_format(), "article": "a.txt"}
    plant = wrapped.plants[0]
    assert (plant.site, plant.capacity_per_year, plant.jobs, plant.shifts) == ("Sunderland", 350000, 600, 2)


def test_a_word_hyphenated_across_lines_is_whole_again_and_offsets_point_into_the_original():
    text = ("Nissan will add a second shift at its plant in Sunderland, northern\n"
            "England, creating 600 jobs. The factory builds the Qashqai and manu-\n"
            "factures the Juke, and will build the electric Leaf at the Sunder-\n"
            "land site, where it has built cars since 1986, the company said.\n")
    unwrapped, shifts = unwrap(text)
    assert "and manufactures the Juke" in unwrapped and "Sunderland site" in unwrapped
    facts = _facts(text)
    assert "Leaf" in facts.plants[0].models
    leaf = next(m for m in facts.mentions if m.text == "Leaf")
    assert text[leaf.start:leaf.end] == "Leaf"
    site = [m for m in facts.mentions if m.label == "PLACE" and m.text == "Sunderland"]
    assert {text[m.start:m.end] for m in site} == {"Sunderland", "Sunder-\nland"}


def test_compound_and_name_hyphens_stay():
    text = ("The plant near Derby builds engines for Rolls-Royce and a six-\n"
            "speed gearbox for the line of the company's first electric-\n"
            "vehicle, which opens in March, while its work for Mercedes-\n"
            "Benz ends this year, the firm said in a statement that also\n"
            "named the next plant manager for the site and for its office.\n")
    unwrapped, _ = unwrap(text)
    assert "six-speed gearbox" in unwrapped and "first electric-vehicle," in unwrapped and "for Mercedes-Benz ends" in unwrapped


def test_texts_not_cut_at_a_width_are_unchanged():
    one_line_paragraphs = "Headline here\n\n" + STORY + "\n\n" + STORY
    headlines = "\n".join(["Related", "Egypt's car sales jump 64% to 41,000 units in the first five months",
                           "GB Auto posts EGP 2.3 billion quarterly profit for the second quarter",
                           "Cabinet approves two EV assembly projects worth $120 million this year",
                           "Chery to start local assembly of the Tiggo 7 at a plant near Cairo"])
    fact_sheet = "\n".join(["Company: Nissan Motor Manufacturing UK and its parent Nissan",
                            "Site: Sunderland, northern England, beside the A19 road and",
                            "Capacity: 350,000 vehicles a year on two shifts, from 2026 on and",
                            "Models: Qashqai, Juke and the electric Leaf built for Europe and"])
    table = "\n".join(["Plant        Capacity   Jobs   Models built there in the year and",
                       "Sunderland   350,000    6,000  Qashqai, Juke, Leaf for the market of",
                       "Barcelona    100,000    1,200  Navara, NV200 and e-NV200 vans for the",
                       "Avila        20,000     500    Cabstar light trucks and pick-ups for"])
    for text in (one_line_paragraphs, headlines, fact_sheet, table):
        assert unwrap(text) == (text, [])


_WORDS = st.sampled_from(["the", "plant", "in", "Sunderland", "builds", "Qashqai", "cars", "a", "year,", "and",
                          "exports", "of", "350,000", "units", "to", "Japan", "with", "new", "jobs", "its"])


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(st.lists(_WORDS, min_size=40, max_size=90).map(" ".join), min_size=1, max_size=4),
       width=st.integers(min_value=50, max_value=90))
def test_unwrapping_keeps_every_character_of_the_text_at_its_mapped_place(paragraphs, width):
    text = _wrapped(paragraphs, width)
    unwrapped, shifts = unwrap(text)
    assert unwrapped.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    for position, char in enumerate(unwrapped):
        if not char.isspace():
            assert text[to_original(position, shifts)] == char
    # sentences that run on across a break come back on one line
    assert unwrapped.count("\n") <= text.count("\n")


def test_a_story_set_in_a_narrow_magazine_column_is_unwrapped_too():
    flat, wrapped = _facts(STORY), _facts(_wrapped([STORY], 32))
    assert wrapped.to_format() == {**flat.to_format(), "article": "a.txt"}


def test_a_short_list_is_not_joined():
    text = "Top exports in 2023:\n- Volkswagen Polo - 101,468\n- Toyota Hilux - 71,014\n- Ford Ranger - 64,872\n"
    assert unwrap(text)[0] == text
