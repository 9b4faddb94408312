"""The fast paths of the plant and route summaries and the capacity charts against the general (pandas) ones, on generated frames."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import plotly.io as pio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts
from core.charts import capacity as chart_capacity
from core.charts import summaries as chart_summaries
from core.fx import usd_rates

# --------------------------------------------------------------------------- capacity page and plant/route summaries

KEYS = st.sampled_from(["a|x|y", "b|x|y", "c|z|y", None])
TEXTS = st.sampled_from(["Kia", "BYD", "", " ", "Škoda", None])
MODELS = st.sampled_from(["K5; Sportage", "Sportage;K5", " ; ", "Ceed", "", None, "K5;K5; Tiggo 7 "])
DATES = st.sampled_from(["2024-01-01", "2024-03-05", "2023-12-31", None])
NUMBERS = st.sampled_from([np.nan, 0.0, 1200.0, 300.0, 5e7, 20000.0, -1.0])
ARTICLES = st.sampled_from(["a1", "a2", "a3", None])

PLANT_COLUMNS = {
    "plant_key": KEYS, "company": TEXTS, "site": TEXTS, "country": st.sampled_from(["Russia", "Kia", None]),
    "iso3": TEXTS, "lat": NUMBERS, "lon": NUMBERS, "capacity_per_year": NUMBERS, "shifts": st.integers(0, 3),
    "jobs": NUMBERS, "investment_amount": NUMBERS, "investment_currency": st.sampled_from(["USD", "EUR", None]),
    "start_date": st.sampled_from(["2026", "", None]), "area_ha": NUMBERS, "models": MODELS,
    "article_id": ARTICLES, "sentence": TEXTS, "source": TEXTS, "title": TEXTS, "published": DATES,
}
PLANT_ROW = st.fixed_dictionaries(PLANT_COLUMNS)
KEEP = ["company", "site", "country", "iso3", "lat", "lon"]
STRINGS = ["plant_key", "company", "site", "country", "iso3", "investment_currency", "start_date", "models",
           "article_id", "sentence", "source", "title"]


def _plants(rows: list[dict]) -> pd.DataFrame:
    """Rows typed as core.frames.load_frames types them (str, float64, int32, datetime64[us])."""
    df = pd.DataFrame(rows, columns=list(PLANT_COLUMNS))
    for c in STRINGS:
        df[c] = df[c].astype("str")  # the frames' dtype: pyarrow strings, missing values NaN
    df["shifts"] = df["shifts"].astype("int32")
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[us]")
    return df


def _pandas_summary(df: pd.DataFrame) -> pd.DataFrame:
    return chart_summaries._summarise_pandas(df, "plant_key", charts.PLANT_FIGURES, KEEP)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLANT_ROW, min_size=1, max_size=30))
def test_summary_in_numpy_is_the_pandas_groupby_one(rows):
    df = _plants(rows)
    fast = charts.plant_summary(df)
    pd.testing.assert_frame_equal(fast, _pandas_summary(df), check_exact=True)
    assert list(map(str, fast.dtypes)) == list(map(str, _pandas_summary(df).dtypes))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLANT_ROW, min_size=1, max_size=12), st.integers(1, 40))
def test_labelled_summary_and_plant_table_are_the_pandas_ones(rows, repeat):
    df = _plants(rows * repeat)  # past SMALL_SUMMARY rows too: models and article counts in Arrow and numpy
    labelled = charts.labelled_plant_summary(df)
    pd.testing.assert_frame_equal(labelled, chart_summaries._with_labels(_pandas_summary(df)), check_exact=True)
    flags = {"a|x|y": 3, "b|x|y": 1, "nan": 2}
    rates = usd_rates()
    pd.testing.assert_frame_equal(charts.plant_table(labelled, flags), labelled.drop(columns="plant").assign(
        conflict=[charts.conflict_note(flags, k) for k in labelled["plant_key"]],
        investment_usd=[a * (rates.rate(c) or np.nan) for a, c in
                        zip(labelled["investment_amount"], labelled["investment_currency"], strict=True)]),
        check_exact=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), MODELS, ARTICLES), min_size=1, max_size=40))
def test_models_and_article_counts_are_the_same_in_python_and_in_arrow(rows):
    groups = np.array(sorted(g for g, _, _ in rows), dtype=np.int64)
    _, group_of = np.unique(groups, return_inverse=True)
    models = pd.Series([m for _, m, _ in rows], dtype="str")
    articles = pd.Series([a for _, _, a in rows], dtype="str")
    group_rows = np.random.default_rng(len(rows)).permutation(len(rows))
    n = int(group_of.max()) + 1
    python = chart_summaries._joined_items_python(models, group_rows, group_of, n)
    assert python.tolist() == chart_summaries._joined_items_arrow(models, group_rows, group_of, n).tolist()
    counts = [len({a for r, g in zip(group_rows, group_of, strict=True) if g == i and (a := articles[r]) == a})
              for i in range(n)]  # a == a: not NaN
    assert chart_summaries._distinct_counts(articles, group_rows, group_of, n).tolist() == counts
    big = np.arange(charts.SMALL_SUMMARY + 1)  # the numpy path
    assert chart_summaries._distinct_counts(pd.concat([articles] * len(big), ignore_index=True)[: len(big)], big,
                                   np.zeros(len(big), dtype=np.int64), 1).tolist() == [articles.nunique()]


def test_summary_of_object_columns_takes_the_pandas_path_and_drops_blanks():
    df = _plants([{**{c: None for c in PLANT_COLUMNS}, "plant_key": "k", "company": " ", "shifts": 1,
                   "published": "2024-01-01"}])
    df["company"] = df["company"].astype(object)
    assert pd.isna(charts.plant_summary(df)["company"].iloc[0])


def _pandas_hbar(df, y, x, color_by):
    """_hbar as it was written in pandas: dropna, > 0, nlargest, sort_values, groups by colour."""
    df = df.dropna(subset=[x])
    df = df[df[x] > 0]
    n = len(df)
    if n > charts.BARS_SHOWN:
        df = df.nlargest(charts.BARS_SHOWN, x)
    df = df.sort_values(x, ascending=True)
    traces = [(key, df[y].to_numpy(dtype=object)[rows].tolist(), df[x].to_numpy()[rows].tolist())
              for key, rows in sorted(df.groupby(df[color_by].fillna("Unknown")).indices.items())]
    return n, df[y].tolist(), traces


BAR_VALUES = st.sampled_from([np.nan, 0.0, -3.0, 1.0, 2.0, 2.0, 5.5, 1e9, 7.0, 7.0])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(BAR_VALUES, st.sampled_from(["Kia", "BYD", "Zeekr", None])), min_size=1, max_size=60),
       st.sampled_from(["float64", "int32"]))
def test_bars_are_pandas_nlargest_and_sort_values_bar_for_bar(rows, dtype):
    values = [v for v, _ in rows]
    if dtype == "int32":
        values = [0 if np.isnan(v) else int(v) for v in values]
    df = pd.DataFrame({"plant": [f"P{i}" for i in range(len(rows))], "company": [c for _, c in rows],
                       "x": np.array(values, dtype=dtype)})
    fig = chart_capacity._hbar(df, "plant", "x", "t", "X", "Plant", color_by="company")
    n, order, traces = _pandas_hbar(df, "plant", "x", "company")
    if not n:
        assert not fig.data
        return
    assert list(fig.layout.yaxis.categoryarray) == order
    assert [(t.name, list(t.y), list(t.x)) for t in fig.data] == [(k, y, x) for k, y, x in traces]
    assert ("largest" in fig.layout.title.text) == (n > charts.BARS_SHOWN)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Kia", "BYD", "Unknown", None]),  # a company named as the missing ones
                          st.just(np.nan) | st.floats(min_value=-1e16, max_value=1e16) | st.floats(0, 1)),
                max_size=40))
def test_company_sums_are_pandas_groupby_sums_to_the_bit(rows):
    keys = np.array([k for k, _ in rows], dtype=object)
    values = np.array([v for _, v in rows], dtype=np.float64)
    ours = chart_capacity._sums_by_key(keys, values, "Unknown")
    df = pd.DataFrame({"k": pd.Series(keys, dtype="str"), "v": values}).dropna(subset=["v"])
    theirs = df.groupby(df["k"].fillna("Unknown"))["v"].sum()
    assert ours[0] == list(theirs.index)
    assert ours[1].tobytes() == theirs.to_numpy().tobytes()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Kia", "BYD", "Zeekr", None]),
                          st.just(np.nan) | st.integers(-2**54, 2**54).map(float) | st.sampled_from([0.0, -0.0, 5e4])),
                max_size=60), st.booleans())
def test_company_sums_of_whole_numbers_are_pandas_groupby_sums_to_the_bit(rows, as_column):
    """Whole numbers (capacities): summed in any order when exact, as pandas' compensated sum gives them."""
    keys = np.array([k for k, _ in rows], dtype=object)
    values = np.array([v for _, v in rows], dtype=np.float64)
    column = pd.Series(keys, dtype="str")
    ours = chart_capacity._sums_by_key(column if as_column else keys, values, "Unknown")
    df = pd.DataFrame({"k": column, "v": values}).dropna(subset=["v"])
    theirs = df.groupby(df["k"].fillna("Unknown"))["v"].sum()
    assert ours[0] == list(theirs.index)
    assert ours[1].tobytes() == theirs.to_numpy().tobytes()


def test_capacity_page_charts_match_the_pandas_build_on_generated_plants():
    rng = np.random.default_rng(5)
    rows = [{"plant_key": f"k{i % 70}", "company": ["Kia", "BYD", None, "Chery"][i % 4], "site": f"S{i % 9}",
             "country": ["Russia", None, "Iran"][i % 3], "iso3": None, "lat": 1.0, "lon": 2.0,
             "capacity_per_year": float(rng.choice([np.nan, 1000, 20000, 20000.5])), "shifts": 1,
             "jobs": float(rng.choice([np.nan, 300, 1200])), "investment_amount": float(rng.choice([np.nan, 5e7, 1e9])),
             "investment_currency": ["USD", "EUR", None][i % 3], "start_date": None, "area_ha": np.nan,
             "models": "K5", "article_id": f"a{i}", "sentence": "s", "source": "src", "title": "t",
             "published": f"2024-01-{1 + i % 28:02d}"} for i in range(200)]
    df = _plants(rows)
    fast = charts.labelled_plant_summary(df)
    slow = chart_summaries._with_labels(_pandas_summary(df))
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    for build in (lambda p, **kw: charts.capacity_chart(p, "company", **kw), charts.investment_per_job_chart,
                  charts.investment_chart, charts.investment_per_capacity_chart, charts.jobs_chart):
        a = json.loads(pio.to_json(build(df, summary=fast), validate=False, engine="json"))
        b = json.loads(pio.to_json(build(df, summary=slow), validate=False, engine="json"))
        assert a == b


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(["str", "string[python]", object]), st.sampled_from(["", " ", "\t"]))
def test_a_blank_text_in_the_latest_article_does_not_hide_an_earlier_stated_one(dtype, blank):
    """A later article that leaves the site or currency blank keeps the earlier article's value, on both paths."""
    base = {c: None for c in PLANT_COLUMNS} | {"plant_key": "k", "shifts": 1}
    df = _plants([{**base, "site": "North Works", "investment_currency": "EUR", "article_id": "a1",
                   "published": "2024-01-01"},
                  {**base, "site": blank, "investment_currency": blank, "article_id": "a2", "published": "2024-06-01"}])
    for c in ("site", "investment_currency"):
        df[c] = df[c].astype(dtype)
    for summary in (charts.plant_summary(df), _pandas_summary(df)):
        assert summary["site"].iloc[0] == "North Works"
        assert summary["investment_currency"].iloc[0] == "EUR"
        assert summary["article_id"].iloc[0] == "a2"  # provenance of the latest article still



@given(st.lists(st.tuples(st.sampled_from(["USD", "EUR", "XYZ", "", None]), st.booleans()), max_size=12), st.booleans())
def test_currencies_named_in_arrow_are_the_distinct_objects(rows, arrow_text):
    """The currencies of the plants counted (what the investment charts decide on: one currency, several, none
    given), found in Arrow for the frames' text column, are the distinct values of the column read as Python
    objects, as found before; for an object column, every counted plant's."""
    from core.charts import capacity

    column = pd.Series([c for c, _ in rows], dtype="str" if arrow_text else object)
    counted = np.array([k for _, k in rows], dtype=bool)
    objects = column.to_numpy(dtype=object, na_value=None)[counted]
    expected = pd.unique(objects).tolist() if arrow_text else objects.tolist()
    assert capacity._currencies_named(column, counted) == expected
