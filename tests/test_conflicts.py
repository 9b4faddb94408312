"""Conflicting figures: pure functions over hand-built metrics frames."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core import conflicts
from core.frames import FRAME_COLUMNS

PLANT = "kia|zilina|slovakia"
ROUTE = "kia|slovakia|turkey"


def metric(key, metric, value, article, *, kind="plant", unit="units/year", label="Kia Zilina", source="Src",
           published="2024-01-01", sentence="A sentence.", qualifier=""):
    return {"subject_kind": kind, "subject_key": key, "subject_label": label, "company": "Kia", "country": "Slovakia",
            "metric": metric, "value": value, "unit": unit, "article_id": article, "sentence": sentence, "start": 0,
            "end": len(sentence), "qualifier": qualifier, "published": pd.Timestamp(published), "source": source,
            "title": f"title {article}"}


def frames(*rows) -> dict[str, pd.DataFrame]:
    return {"metrics": pd.DataFrame(list(rows), columns=FRAME_COLUMNS["metrics"])}


def test_two_articles_with_different_capacities_conflict():
    f = frames(metric(PLANT, "capacity_per_year", 350_000.0, "a1", source="Reuters", published="2024-03-01",
                      sentence="Kia will raise capacity to 350,000 vehicles a year."),
               metric(PLANT, "capacity_per_year", 330_000.0, "a2", source="Automotive News", published="2024-05-02",
                      sentence="The plant will make 330,000 vehicles a year."),
               metric(PLANT, "jobs", 400.0, "a1", unit="jobs"))
    c = conflicts.find_conflicts(f)
    assert list(c.columns) == conflicts.CONFLICT_COLUMNS
    assert len(c) == 2
    assert list(c["value"]) == [330_000.0, 350_000.0]
    assert list(c["source"]) == ["Automotive News", "Reuters"]
    assert list(c["figure"]) == [1, 2]
    assert set(c["n_figures"]) == {2} and set(c["n_sources"]) == {2}
    assert "330,000" in c["sentence"].iloc[0]
    assert conflicts.conflict_counts(f) == {PLANT: 2}
    assert conflicts.flag_text(2) == "2 sources disagree"


def test_equal_figures_within_tolerance_are_not_a_conflict():
    f = frames(metric(PLANT, "capacity_per_year", 10_000, "a1"), metric(PLANT, "capacity_per_year", 10_000.0, "a2"),
               metric(PLANT, "capacity_per_year", 10_100.0, "a3"))
    assert conflicts.find_conflicts(f).empty
    assert conflicts.conflict_counts(f) == {}


def test_one_article_stating_two_figures_is_not_articles_disagreeing():
    f = frames(metric(PLANT, "capacity_per_year", 100_000.0, "a1"), metric(PLANT, "capacity_per_year", 200_000.0, "a1"))
    assert conflicts.find_conflicts(f).empty


def test_duplicate_statements_in_one_article_count_once():
    f = frames(metric(PLANT, "jobs", 400.0, "a1", unit="jobs"), metric(PLANT, "jobs", 400.0, "a1", unit="jobs"),
               metric(PLANT, "jobs", 900.0, "a2", unit="jobs"))
    c = conflicts.find_conflicts(f)
    assert len(c) == 2 and conflicts.conflict_counts(f) == {PLANT: 2}


def test_different_currencies_are_not_compared_and_routes_have_their_own_key():
    f = frames(metric(PLANT, "investment", 100e6, "a1", unit="EUR"), metric(PLANT, "investment", 120e6, "a2", unit="USD"),
               metric(ROUTE, "units", 20_000.0, "a1", kind="export", unit="units", label="Slovakia → Turkey"),
               metric(ROUTE, "units", 25_000.0, "a3", kind="export", unit="units", label="Slovakia → Turkey"))
    c = conflicts.find_conflicts(f)
    assert set(c["subject_key"]) == {ROUTE}
    assert conflicts.conflict_counts(f) == {ROUTE: 2}


def test_three_sources_and_summary_and_flags_merge_on_plant_key():
    f = frames(metric(PLANT, "capacity_per_year", 350_000.0, "a1"), metric(PLANT, "capacity_per_year", 330_000.0, "a2"),
               metric(PLANT, "capacity_per_year", 351_000.0, "a3"), metric(PLANT, "jobs", 400.0, "a1", unit="jobs"),
               metric(PLANT, "jobs", 800.0, "a4", unit="jobs"))
    c = conflicts.find_conflicts(f)
    assert set(c["n_figures"]) == {2}
    cap = c[c["metric"] == "capacity_per_year"]
    assert list(cap["figure"]) == [1, 2, 2]  # 350,000 and 351,000 are one figure
    assert conflicts.conflict_counts(f) == {PLANT: 4}
    summary = conflicts.conflict_summary(f)
    assert summary.iloc[0]["conflict"] == "4 sources disagree"
    assert summary.iloc[0]["metrics"] == "capacity (units/year), jobs"
    plants = pd.DataFrame({"plant_key": [PLANT, "other|x|y"], "site": ["Zilina", "X"]})
    flagged = conflicts.flag_rows(plants, f, "plant_key")
    assert list(flagged["conflict"]) == ["4 sources disagree", ""]
    assert list(flagged["conflict_sources"]) == [4, 0]
    groups = conflicts.side_by_side(c)
    assert [g[0][2] for g in groups] == ["capacity_per_year", "jobs"]


def test_empty_and_missing_frames():
    assert conflicts.find_conflicts({}).empty
    assert list(conflicts.find_conflicts(frames()).columns) == conflicts.CONFLICT_COLUMNS
    assert conflicts.conflict_counts(frames()) == {}
    assert conflicts.conflict_summary(frames()).empty
    assert list(conflicts.flag_rows(pd.DataFrame({"plant_key": []}), frames())["conflict"]) == []


def test_format_value():
    assert conflicts.format_value(350_000, "capacity_per_year", "units/year") == "350,000 units/year"
    assert conflicts.format_value(108e6, "investment", "EUR") == "EUR 108 m"
    assert conflicts.format_value(1.5e9, "investment", "USD") == "USD 1.5 bn"
    assert conflicts.format_value(1, "shifts", None) == "1 shift" and conflicts.format_value(3, "shifts", None) == "3 shifts"
    assert conflicts.format_value(1, "jobs", "jobs") == "1 job" and conflicts.format_value(1.0, "units", None) == "1 unit"


@given(st.floats(min_value=1, max_value=1e9), st.floats(min_value=0, max_value=0.0099))
def test_values_within_tolerance_are_one_cluster(v, rel):
    assert set(conflicts.clusters(np.array([v, v * (1 + rel), v]))) == {0}


@given(st.lists(st.floats(min_value=1, max_value=1e9), min_size=1, max_size=30))
def test_clusters_are_ordered_and_far_apart(values):
    arr = np.array(values)
    labels = conflicts.clusters(arr)
    order = np.argsort(arr, kind="stable")
    assert list(labels[order]) == sorted(labels[order])  # clusters follow the values
    assert labels.min() == 0 and set(labels) == set(range(labels.max() + 1))
    firsts = [arr[labels == k].min() for k in range(labels.max() + 1)]
    for a, b in zip(firsts, firsts[1:], strict=False):
        assert b - a > conflicts.RTOL * b  # each new cluster starts beyond the tolerance


@given(st.lists(st.tuples(st.integers(0, 4), st.floats(min_value=0, max_value=1e6)), min_size=1, max_size=40))
def test_figures_of_many_groups_at_once_are_each_groups_clusters(rows):
    groups = np.array([g for g, _ in rows])
    values = np.array([v for _, v in rows])
    lo = np.array([values[groups == g].min() for g in groups])
    hi = np.array([values[groups == g].max() for g in groups])
    figure = conflicts._figures(groups, values, lo, hi, conflicts.RTOL)
    for g in set(groups.tolist()):  # the groups that spread and those skipped as one figure alike
        assert list(figure[groups == g]) == list(conflicts.clusters(values[groups == g]))


def test_one_subject_spelled_two_ways_is_one_dispute_under_one_name():
    """The plant key folds accents, so two articles spelling the town apart are one plant: their figures go side
    by side under the name most of them use, not in two cards of one figure each."""
    key = "maker|sao bento|brazil"
    f = frames(metric(key, "investment", 5.5e9, "a1", unit="BRL", label="Maker São Bento"),
               metric(key, "investment", 5.5e9, "a3", unit="BRL", label="Maker São Bento"),
               metric(key, "investment", 3.0e9, "a2", unit="BRL", label="Maker Sao Bento"))
    c = conflicts.find_conflicts(f)
    assert set(c["subject_label"]) == {"Maker São Bento"}
    groups = conflicts.side_by_side(c)
    assert len(groups) == 1
    (_, label, metric_name, unit), rows = groups[0]
    assert (label, metric_name, unit) == ("Maker São Bento", "investment", "BRL")
    assert sorted(rows["value"]) == [3.0e9, 5.5e9, 5.5e9]


def test_side_by_side_gives_a_window_of_the_disputes_in_order():
    """A page of disputes: the same groups as splitting them all, from `start`, at most `limit` of them."""
    rows = [metric(f"kia|plant{i:02d}|slovakia", "capacity_per_year", value, f"a{i}-{j}", label=f"Plant {i:02d}")
            for i in range(7) for j, value in enumerate((100_000.0, 200_000.0))]
    c = conflicts.find_conflicts(frames(*rows))
    every = conflicts.side_by_side(c)
    assert conflicts.n_disputes(c) == len(every) == 7 and conflicts.n_disputes(c.iloc[0:0]) == 0
    for start, limit in ((0, 3), (3, 3), (6, 3), (2, None), (7, 3)):
        window = conflicts.side_by_side(c, start, limit)
        expected = every[start:None if limit is None else start + limit]
        assert [k for k, _ in window] == [k for k, _ in expected]
        for (_, got), (_, want) in zip(window, expected, strict=True):
            pd.testing.assert_frame_equal(got, want)


@settings(max_examples=300, deadline=None)
@example(keys=[None], named=["k1"], dtype=object)  # an object column of None only: Arrow reads it as type null
@given(st.lists(st.sampled_from(["k1", "k2", "k3", "k4", None]), max_size=30),
       st.lists(st.sampled_from(["k1", "k2", "k3", "k5", None]), max_size=10),
       st.sampled_from(["str", object]))
def test_a_filters_disputes_are_the_rows_of_its_subjects(keys, named, dtype):
    """of_subjects matches the subject keys in Arrow as the set of the filter's keys did, for the store's text
    columns and for plain object ones; a missing key names nothing."""
    c = pd.DataFrame({"subject_key": pd.Series(keys, dtype=dtype), "value": range(len(keys))})
    subject_keys = pd.Series(named, dtype=dtype)
    expected = c[c["subject_key"].isin(set(subject_keys.dropna()))]
    pd.testing.assert_frame_equal(conflicts.of_subjects(c, subject_keys), expected)
