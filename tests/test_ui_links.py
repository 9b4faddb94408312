"""ui.with_links: each row's link to its article on the Articles page, as article_url writes it."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import ui
from core.filters import Filters

IDS = st.one_of(st.none(), st.just(""), st.sampled_from(["64aca1da225c552b", "a b/c&d", "é?=#", "x+y"]), st.text(max_size=8))
FILTERS = st.sampled_from([Filters(), Filters(countries=("Mexico", "Côte d'Ivoire")), Filters(query="a&b", date_from=date(2024, 1, 2))])


@settings(max_examples=100, deadline=None)
@given(st.lists(IDS, max_size=20), FILTERS, st.booleans())
def test_links_are_article_url_row_by_row(ids, filters, as_str):
    column = pd.array(ids, dtype="str") if as_str else pd.array(ids + [7], dtype=object)  # a number links nothing
    df = pd.DataFrame({"article_id": column, "n": np.arange(len(column))})
    want = [ui.article_url(a, filters) if isinstance(a, str) and a else None for a in column]
    got = ui.with_links(df, filters)
    pd.testing.assert_frame_equal(got, df.assign(open=want), check_exact=True)
    assert list(got.columns) == ["article_id", "n", "open"]


def test_a_frame_without_articles_gets_no_links():
    df = pd.DataFrame({"x": [1]})
    assert ui.with_links(df, Filters()) is df


@given(st.text(max_size=80))
def test_a_sentence_is_quoted_once(sentence):
    text, quoted = sentence.strip(), ui.in_quotes(sentence)
    if text[:1] in "\"“‘'":
        assert quoted == text  # the writer's own marks are enough
    else:
        assert quoted == f"“{text}”"


def test_a_quoted_person_keeps_their_own_marks():
    assert ui.in_quotes('"We will hire 300 people," she said.') == '"We will hire 300 people," she said.'
    assert ui.in_quotes(" The plant opens in May. ") == "“The plant opens in May.”"
