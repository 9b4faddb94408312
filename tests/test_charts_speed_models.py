"""The models page's fast paths (core.charts model_table, spec_summary, specs_chart) against the pandas code they replaced, on generated frames."""
from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import plotly.io as pio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts
from core.charts import base as chart_base
from core.charts import summaries as chart_summaries
from core.filters import Filters, apply_filters, rows_of
from core.frames import FRAME_COLUMNS

# --------------------------------------------------------------------------- models and specs page
# model_table, spec_summary and specs_chart read each frame once into row positions. The reference below is
# the pandas code they replaced (groupby/join per aggregation, plant_summary and route_summary for built_at
# and exported_to): same values, same dtypes, on typed frames, object columns and text dates alike.


def _ref_first_per(df: pd.DataFrame, key: str, cols: list[str]) -> pd.DataFrame:
    values = df[[key, *cols]].copy()
    for c in cols:
        if values[c].dtype == object or pd.api.types.is_string_dtype(values[c]):
            values[c] = values[c].mask(values[c].astype(str).str.strip() == "")
    return values.groupby(key, sort=True)[cols].first()


def _ref_spec_summary(specs: pd.DataFrame) -> pd.DataFrame:
    cols = ["model", "maker", "engine_l", "power_hp", "transmission", "article_id", "sentence", "source", "published"]
    specs = specs.dropna(subset=["model"]) if len(specs) else specs
    if specs.empty:
        return pd.DataFrame(columns=cols)
    df = chart_base._latest_first(specs)
    out = _ref_first_per(df, "model", ["maker", "engine_l", "power_hp", "transmission"])
    prov = df.drop_duplicates(subset=["model"], keep="first").set_index("model")[["article_id", "sentence", "source",
                                                                                   "published"]]
    out = out.join(prov).reset_index()[cols]
    out["engine_l"] = pd.to_numeric(out["engine_l"], errors="coerce")
    out["power_hp"] = pd.to_numeric(out["power_hp"], errors="coerce")
    return out


def _ref_by_model(df: pd.DataFrame, text) -> pd.Series:
    if df.empty:
        return pd.Series(dtype=object)
    rows, names = chart_summaries._list_items(df["models"])
    texts = np.asarray(chart_base._values(text) if isinstance(text, pd.Series) else list(text), dtype=object)
    pairs = pd.DataFrame({"model": names, "text": texts[rows]})
    pairs = pairs[pairs["text"].notna()].drop_duplicates()
    return chart_summaries._joined(pairs["model"], pairs["text"])


def _ref_model_table(models, specs, plants, exports) -> pd.DataFrame:
    cols = ["model", "maker", "based_on", "platform", "engine_l", "power_hp", "transmission", "built_at", "exported_to",
            "n_articles", "article_id", "sentence", "source", "published"]
    models = models.dropna(subset=["model"]) if len(models) else models
    names = sorted(set(chart_base._values(models["model"].drop_duplicates()))
                   | set(chart_base._values(specs["model"].dropna().drop_duplicates())))
    if not names:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(index=pd.Index(names, name="model"))
    m = chart_base._latest_first(models)
    if len(m):
        out = out.join(_ref_first_per(m, "model", ["maker", "based_on", "platform"]))
    else:
        out["maker"], out["based_on"], out["platform"] = None, None, None
    s = _ref_spec_summary(specs).set_index("model")
    out = out.join(s[["engine_l", "power_hp", "transmission"]])
    out["maker"] = out["maker"].where(out["maker"].notna(), s["maker"].reindex(out.index))
    ps = charts.plant_summary(plants)
    rs = charts.route_summary(exports)
    out["built_at"] = _ref_by_model(ps, charts.plant_labels(ps) if len(ps) else [])
    units = pd.to_numeric(rs["units"], errors="coerce") if len(rs) else pd.Series(dtype=float)
    dest = rs["destination"].astype(str) + [f" ({charts.fmt_number(u)} units)" if not pd.isna(u) else "" for u in units] \
        if len(rs) else pd.Series(dtype=object)
    out["exported_to"] = _ref_by_model(rs, dest)
    out[["built_at", "exported_to"]] = out[["built_at", "exported_to"]].fillna("")
    pairs = pd.concat([models[["model", "article_id"]], specs[["model", "article_id"]].dropna(subset=["model"])])
    out["n_articles"] = pairs.groupby("model")["article_id"].nunique()
    prov_cols = ["article_id", "sentence", "source", "published"]
    prov = m.drop_duplicates(subset=["model"], keep="first").set_index("model")[prov_cols] if len(m) else None
    spec_prov = s[prov_cols]
    out = out.join(prov if prov is not None else spec_prov.iloc[0:0])
    missing = out["article_id"].isna()
    if missing.any():
        out.loc[missing, prov_cols] = spec_prov.reindex(out.index[missing]).to_numpy()
    out = out.reset_index()[cols]
    out["engine_l"] = pd.to_numeric(out["engine_l"], errors="coerce")
    out["power_hp"] = pd.to_numeric(out["power_hp"], errors="coerce")
    out["n_articles"] = pd.to_numeric(out["n_articles"], errors="coerce").fillna(0).astype(int)
    return out


def _encoded(value) -> str:
    if isinstance(value, pd.DataFrame):
        return value.to_json(date_format="iso", orient="split", default_handler=str) + "|" + ",".join(map(str, value.dtypes))
    return json.dumps(json.loads(pio.to_json(value, validate=False, engine="json")), sort_keys=True)


MODEL_NAMES = st.sampled_from(["K5", "Ceed", "Tiggo 7", "Sportage", "", " ", None])
M_TEXTS = st.sampled_from(["Kia", "Chery", "", "  ", "Hyundai Sonata", None])
M_LISTS = st.sampled_from(["K5; Sportage", "Sportage;K5", " ; ", "Ceed", "", None, "K5;K5; Tiggo 7 ", "Other"])
M_KEYS = st.sampled_from(["kia|zilina|slovakia", "chery|kaliningrad|russia", "", None])
M_DATES = st.sampled_from(["2024-01-01", "2024-03-05", "2023-12-31", None])
M_NUMBERS = st.sampled_from([np.nan, 1.6, 2.0, 113.0, 250.0, 0.0])
M_ARTICLES = st.sampled_from(["a1", "a2", "a3", None])

MODEL_FRAMES = {
    "models": {"model": MODEL_NAMES, "maker": M_TEXTS, "based_on": M_TEXTS, "platform": M_TEXTS},
    "specs": {"model": MODEL_NAMES, "maker": M_TEXTS, "engine_l": M_NUMBERS, "power_hp": M_NUMBERS,
              "transmission": M_TEXTS},
    "plants": {"plant_key": M_KEYS, "company": M_TEXTS, "site": M_TEXTS, "country": M_TEXTS, "models": M_LISTS},
    "exports": {"route_key": M_KEYS, "destination": M_TEXTS, "units": M_NUMBERS, "models": M_LISTS},
}
MODEL_PROVENANCE = {"article_id": M_ARTICLES, "sentence": M_TEXTS, "source": M_TEXTS, "published": M_DATES}


def _model_frame(name: str, rows: list[dict], objects: bool, text_dates: bool) -> pd.DataFrame:
    """A frame typed as core.frames.load_frames types it (or with object text columns / text dates): all the
    columns _summarise reads too, empty where these tests do not vary them."""
    columns = FRAME_COLUMNS[name]
    df = pd.DataFrame(rows, columns=[*MODEL_FRAMES[name], *MODEL_PROVENANCE])
    for c in columns:
        if c not in df.columns:
            df[c] = np.nan
    numeric = {"engine_l", "power_hp", "units", "lat", "lon", "origin_lat", "origin_lon", "destination_lat",
               "destination_lon", "capacity_per_year", "jobs", "investment_amount", "area_ha", "confidence", "shifts"}
    for c in df.columns:
        if c == "published":
            df[c] = df[c].astype(str) if text_dates else pd.to_datetime(df[c]).astype("datetime64[us]")
        elif c in numeric:
            df[c] = df[c].astype("float64")
        else:
            df[c] = df[c].astype(object if objects else "str")
    return df


def _model_rows(name: str):
    return st.lists(st.fixed_dictionaries({**MODEL_FRAMES[name], **MODEL_PROVENANCE}), max_size=7)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models=_model_rows("models"), specs=_model_rows("specs"), plants=_model_rows("plants"),
       exports=_model_rows("exports"), objects=st.booleans(), text_dates=st.booleans())
def test_models_page_tables_as_the_pandas_code_builds_them(models, specs, plants, exports, objects, text_dates):
    f = {name: _model_frame(name, rows, objects, text_dates)
         for name, rows in (("models", models), ("specs", specs), ("plants", plants), ("exports", exports))}
    try:
        expected = _encoded(_ref_model_table(f["models"], f["specs"], f["plants"], f["exports"]))
    except TypeError:  # the old code failed on a model whose latest row has no article and no specs: no reference
        expected = None
    if expected is not None:
        assert _encoded(charts.model_table(f["models"], f["specs"], f["plants"], f["exports"])) == expected
    assert _encoded(charts.spec_summary(f["specs"])) == _encoded(_ref_spec_summary(f["specs"]))
    chart = _encoded(charts.specs_chart(f["specs"]))
    assert _encoded(charts.specs_chart(f["specs"], summary=_ref_spec_summary(f["specs"]))) == chart
    view = charts.models_view(f["models"], f["specs"], f["plants"], f["exports"])  # the page's one call
    assert _encoded(view.figure) == chart
    if expected is not None:
        assert _encoded(view.table.to_frame()) == expected


def test_specs_chart_keeps_the_most_powerful_in_the_order_sort_values_gives():
    rows = [{"model": f"M{i:02d}", "maker": ["Kia", None, "BYD"][i % 3], "engine_l": [np.nan, 1.6, 2.0][i % 3],
             "power_hp": [np.nan, 150.0, 150.0, 90.0][i % 4], "transmission": None, "article_id": f"a{i}",
             "sentence": "s", "source": None, "published": "2024-01-01"} for i in range(charts.SPECS_SHOWN + 12)]
    specs = _model_frame("specs", rows, objects=False, text_dates=False)
    summary = _ref_spec_summary(specs).dropna(subset=["engine_l", "power_hp"], how="all")
    top = summary.sort_values(["power_hp", "engine_l", "model"], ascending=[False, False, True], na_position="last")
    drawn = top.head(charts.SPECS_SHOWN).sort_values(["power_hp", "engine_l", "model"], na_position="first")
    fig = charts.specs_chart(specs)
    assert list(fig.layout.yaxis.categoryarray) == list(drawn["model"])
    assert f"of {len(summary)} models" in charts.figure_title(fig)


def test_the_models_page_of_a_generated_store_is_the_pandas_one(generated):
    """Read at the filter's rows of the store's frames (the work of one filter kept for the next: the models'
    (model, article) pairs, their texts), the table and chart are the ones the pandas code builds from the rows
    copied out, filter after filter."""
    countries = generated["plants"]["country"].value_counts().index[:3].tolist()
    makers = generated["models"]["maker"].value_counts().index[:2].tolist()
    for filters in [Filters(), *(Filters(countries=(c,)) for c in countries), Filters(companies=tuple(makers)),
                    Filters(query="hp"), Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)),
                    Filters(countries=(countries[0],), query="no such words")]:
        out = apply_filters(generated, filters)
        names = ("models", "specs", "plants", "exports")
        copied = {n: rows_of(out, n).to_frame() for n in names}
        assert (_encoded(charts.model_table(*(rows_of(out, n) for n in names)))
                == _encoded(_ref_model_table(*(copied[n] for n in names))))
        chart = _encoded(charts.specs_chart(copied["specs"], summary=_ref_spec_summary(copied["specs"])))
        assert _encoded(charts.specs_chart(rows_of(out, "specs"))) == chart
        # the page's one call (the specs read by model once for both) draws the same table and chart
        view = charts.models_view(*(rows_of(out, n) for n in names))
        assert (_encoded(view.table.to_frame()), _encoded(view.figure)) == (_encoded(_ref_model_table(*(copied[n] for n in names))),
                                                                 chart)
        full = view.table.to_frame()
        for k in (0, 1, 2, len(full) // 2, len(full) - 1):  # the rows a page shows, built alone: the first of all
            pd.testing.assert_frame_equal(view.table.head(max(k, 0)), full.head(max(k, 0)))


def test_built_at_and_exported_to_read_off_the_whole_summaries_are_the_pandas_ones(generated, monkeypatch):
    """A filter keeping every row of each plant and route it keeps (a country, a company) takes the table's
    "built at" and "exported to" from the whole frames' summaries (core.charts.whole_model_texts); one that splits
    a plant's rows (a model, a date range) reads its own rows. Both give the pandas table, row for row."""
    from core.charts import keyed_summaries
    from core.charts import models as chart_models

    monkeypatch.setattr(keyed_summaries, "WHOLE_SUMMARY_FROM", 0)  # the small store's filters read off it too
    taken = []
    whole_way = chart_models.whole_texts_by_model
    monkeypatch.setattr(chart_models, "whole_texts_by_model",
                        lambda *args: taken.append(args[1]) or whole_way(*args))
    read_whole = {}
    countries = generated["plants"]["country"].value_counts().index[:3].tolist()
    model = generated["models"]["model"].value_counts().index[0]
    published = generated["plants"]["published"].sort_values()
    names = ("models", "specs", "plants", "exports")
    for filters in [Filters(), *(Filters(countries=(c,)) for c in countries),
                    Filters(companies=(generated["plants"]["company"].value_counts().index[0],)),
                    Filters(models=(model,)), Filters(date_from=published.iloc[len(published) // 3].date())]:
        out = apply_filters(generated, filters)
        taken.clear()
        view = charts.models_view(*(rows_of(out, n) for n in names))
        head = view.table.head(7)
        read_whole[filters] = [(key, keyed_summaries.whole_summary_rows(
            rows_of(out, frame), key, *figures) is not None) for frame, key, figures in (
            ("plants", "plant_key", (chart_summaries.PLANT_FIGURES, chart_summaries.PLANT_KEEP)),
            ("exports", "route_key", (chart_summaries.ROUTE_FIGURES, keyed_summaries.ROUTE_KEEP)))]
        assert taken == ["plant_key", "route_key"]
        reference = _ref_model_table(*(rows_of(out, n).to_frame() for n in names))
        assert _encoded(view.table.to_frame()) == _encoded(reference)
        pd.testing.assert_frame_equal(head, view.table.to_frame().head(7))
        assert (reference["built_at"] != "").any() and (reference["exported_to"] != "").any()
    # the countries and the company read both off the whole summaries; the dates split plants and routes, which
    # are then read from their own rows
    assert all(all(w for _, w in read_whole[f]) for f in list(read_whole)[:5])
    assert {w for f in list(read_whole)[5:] for _, w in read_whole[f]} >= {False}


@given(st.lists(st.tuples(st.sampled_from([np.nan, 90.0, 150.0, 150.0, 300.0, 0.0]),
                          st.sampled_from([np.nan, 1.0, 1.6, 2.0])), min_size=1, max_size=80),
       st.integers(1, 45))
@settings(max_examples=60, deadline=None)
def test_the_most_powerful_models_are_the_first_of_the_full_sort(bars, k):
    """The specs chart sorts only the models that can be among the k most powerful: the same k as sorting all."""
    from core.charts import models as chart_models

    power, engine = (np.array(v, dtype=np.float64) for v in zip(*bars, strict=True))
    rows = np.flatnonzero(~(np.isnan(power) & np.isnan(engine)))
    rank = np.random.default_rng(len(bars)).permutation(len(bars))  # the models' places by name
    full = chart_models._sorted_bars(rank, power, engine, rows, descending=True)[:k]
    few = chart_models._sorted_bars(rank, power, engine, chart_models._most_powerful(power, rows, k),
                                    descending=True)[:k]
    assert few.tolist() == full.tolist()
