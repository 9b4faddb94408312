"""A wire service's dateline glued to the story by a dash: the bracket and the dash split off (made-up copy)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def _tokens(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.tokenizer(text)]


def test_a_dateline_dash_after_a_bracket_splits_off(nlp):
    assert _tokens(nlp, "OSAKA (JCN)--Mazda Motor Corp. said")[:6] == ["OSAKA", "(", "JCN", ")", "--", "Mazda"]
    assert _tokens(nlp, "(Wire)—Kia said")[:5] == ["(", "Wire", ")", "—", "Kia"]


def test_brackets_and_dashes_elsewhere_tokenize_as_before(nlp):
    assert _tokens(nlp, "the plant (in Ohio) opened") == ["the", "plant", "(", "in", "Ohio", ")", "opened"]
    assert _tokens(nlp, "a word--another") == ["a", "word", "--", "another"]


def test_the_company_after_a_dateline_is_read(nlp):
    facts = read(nlp, "OSAKA (JCN)--Mazda Motor Corp. will build 50,000 cars a year at a new plant in Thailand.")
    assert "Mazda" in facts.companies
