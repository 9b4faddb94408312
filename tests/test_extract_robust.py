"""The parser never takes a folder down with it: texts cut anywhere parse, and an article it fails on is reported while
the others are printed. Texts written for these tests (names and figures made up)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core.extract
from core.articles import make_article
from core.cli import main
from core.extract import extract_safely

STORY = """Toyota to add Tundra output at San Antonio plant

Toyota will build the Tundra and the Sequoia at its San Antonio, Texas, plant, which builds 250,000 pickups a year.
The plant, home of the Tundra since 2006, employs 3,200 people. The plant will be run by Toyota Motor Manufacturing
Texas. It exports the Tundra to Canada and Mexico, about 20,000 units a year, and Toyota will invest $531 million there.
"""


@pytest.mark.parametrize("text", [  # each stopped the parser with an IndexError
    "Toyota builds the Tundra at its plant in San Antonio",  # ends on the plant's site: no clause after it
    "Toyota builds the Tundra at its plant in San Antonio, Texas,",
    "Toyota builds the Tundra at its plant in San Antonio. The",
    "Toyota builds the Tundra at its plant in San Antonio. As",  # a real excerpt stopped so (s53)
    "Toyota builds the Tundra at its plant in San Antonio. So does",
])
def test_a_text_cut_right_after_a_plant_parses(nlp, text):
    from tests.pipeline_helpers import read

    assert [p.site for p in read(nlp, text).plants] == ["San Antonio"]


@pytest.mark.parametrize("cut", ["The", "It", "As", "So", "Located", "The plant"])
def test_a_text_cut_a_word_into_the_sentence_after_a_plant_without_a_site_parses(nlp, cut):
    from tests.pipeline_helpers import read

    facts = read(nlp, f"Holland Car has opened the first car assembly plant in Ethiopia. {cut}")
    assert [(p.company, p.country) for p in facts.plants] == [("Holland Car", "Ethiopia")]


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=1, max_value=len(STORY)), start=st.integers(min_value=0, max_value=len(STORY) - 1),
       blob=st.booleans())
def test_any_piece_of_a_story_parses(cut, start, blob):
    text = STORY[start:start + cut]
    if blob:
        text = " ".join(text.split())
    failures = []
    parsed = list(extract_safely([make_article("a.txt", text or " ")], lambda a, e: failures.append(e)))
    assert failures == [] and len(parsed) == 1


def test_an_article_the_parser_fails_on_is_reported_and_the_others_printed(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Kia exported 5,000 cars from Slovakia to Norway.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Renault builds 100,000 cars a year at its plant in Tangier, Morocco.", encoding="utf-8")
    real = core.extract.extract_articles

    def failing_on_b(articles, **kw):
        articles = list(articles)
        if any(a.name.endswith("b.txt") for a in articles):
            raise IndexError("list index out of range")
        return real(articles, **kw)

    monkeypatch.setattr(core.extract, "extract_articles", failing_on_b)
    out = tmp_path / "facts.json"
    assert main(["extract", str(tmp_path), "--out", str(out)]) == 2
    records = {r["article"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert set(records) == {"a.txt", "b.txt"}
    assert records["a.txt"]["exports"][0]["to"] == "Norway"
    assert records["b.txt"]["plants"] == []
    assert "failed: b.txt: the parser stopped on it (IndexError" in capsys.readouterr().err


PARAGRAPHS = [
    "Motor Daily Home | News | Electric | Trucks | About us",
    "Renault to double Tangier output",
    "Renault will double annual capacity at its plant in Tangier, Morocco, to 400,000 cars, creating 2,000 jobs.",
    "Sign up for our newsletter to get the news you need every morning.",
    "The plant builds the Sandero and the Jogger and exports most of them to Europe.",
    '"We want to show you what Moroccan workers can do," said plant director Youssef Amrani.',
    "The company will invest EUR 300 million in the expansion, which should be complete by 2027.",
] + ["The Tangier plant opened in 2012 and has built more than two million cars since then, the company said."] * 10


def test_a_story_run_together_on_one_line_keeps_its_facts_and_loses_its_page_furniture(nlp):
    from tests.pipeline_helpers import read

    facts = read(nlp, " ".join(PARAGRAPHS))  # a feed's text with its line breaks lost
    plant = facts.plants[0]
    assert (plant.site, plant.capacity_per_year, plant.jobs) == ("Tangier", 400000, 2000)
    assert plant.investment is not None and plant.investment.amount == 300_000_000
    furniture = {m.start for m in facts.mentions if m.label == "BOILERPLATE"}
    assert " ".join(PARAGRAPHS).index("Sign up") in furniture


@pytest.mark.parametrize("sentence, capacity", [
    ("It exports the Qashqai to Japan and Australia, about 20,000 units a year.", None),  # what leaves, not what it makes
    ("It ships some 20,000 cars a year to Japan.", None),
    ("The plant, which exports to 30 countries, has capacity for 300,000 units a year.", 300000),
    ("It exports to Japan and can build 300,000 cars a year.", 300000),
])
def test_a_yearly_figure_shipped_is_no_capacity(nlp, sentence, capacity):
    from tests.pipeline_helpers import read

    facts = read(nlp, "Nissan builds cars at its plant in Sunderland, England. " + sentence)
    assert [p.capacity_per_year for p in facts.plants] == [capacity]
