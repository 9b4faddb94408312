"""The models page: one row per model (model_table, spec_summary) and the specs chart."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from core.charts.base import (
    UNKNOWN_COLOR,
    _axis,
    _empty,
    _esc,
    _figure,
    _layout,
    _published_order,
    _text_stated,
    _values,
    company_colors,
    fmt_number,
    legend_companies,
    shared_entry_bars,
)
from core.charts.summaries import plant_labels

SPECS_SHOWN = 40  # models in the specs chart


# The models page's tables are built from row positions: each frame is read once into, per model (or
# plant, route), the row its value comes from, and each output column is then taken at those rows in one
# step, in the source column's dtype. pandas' fixed cost per operation, not the rows, is what counts on
# the few thousand rows of a filter; a groupby, join or where per column cost a few hundred microseconds.


def _states_value(series: pd.Series, blank_is_missing: bool) -> np.ndarray:
    """The rows that state a value: not missing, and (blank_is_missing) not text that is empty once stripped."""
    if not blank_is_missing:
        return ~series.array.isna()
    if isinstance(series.array, pd.arrays.ArrowStringArray):  # the frames' text columns
        return _text_stated(series.array)
    return (series.notna() & (series.astype(str).str.strip() != "")).to_numpy(dtype=bool)


def _skips_blank(series: pd.Series) -> bool:
    """Whether _first_row_per_key is handed only the rows with non-blank text (text columns)."""
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


def _first_row_per_key(codes: np.ndarray, order: np.ndarray, usable: np.ndarray | None, n: int) -> np.ndarray:
    """For each of n keys (row codes 0..n-1, -1 for a row without a key): the first row in `order` that is
    `usable` (any row when None), -1 for a key without one. groupby(key).first() as row positions."""
    ordered = order[codes[order] >= 0] if usable is None else order[usable[order] & (codes[order] >= 0)]
    at = np.full(n, len(ordered), dtype=np.intp)  # each key's first place in `ordered`; len(ordered): none
    np.minimum.at(at, codes[ordered], np.arange(len(ordered)))
    return np.append(ordered, -1)[at]


def _via(values: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """values[codes], -1 where a code is -1."""
    if not len(values):
        return np.full(len(codes), -1, dtype=np.intp)
    return np.where(codes >= 0, values[codes], -1)


def _spread(values: np.ndarray, at: np.ndarray, n: int) -> np.ndarray:
    """An array of n, values[i] at position at[i], -1 elsewhere."""
    out = np.full(n, -1, dtype=np.intp)
    out[at] = values
    return out


def _object_column(values) -> pd.Series:
    """A column of no dtype (object) that stays one: the DataFrame constructor reads the strings of an
    object array (even an extension array) as a str column."""
    return pd.Series(values, dtype=object)


def _column_at(series: pd.Series, rows: np.ndarray):
    """The column's values at rows (-1: missing), in the column's dtype."""
    values = series.array.take(rows, allow_fill=True)
    return _object_column(values) if pd.api.types.is_object_dtype(values.dtype) else values


def _as_list(values) -> list:
    """An array's values as a list, missing ones None (_values of a column)."""
    return _values(pd.Series(values, copy=False))


def _column_at_either(first: pd.Series, first_rows: np.ndarray, second: pd.Series, second_rows: np.ndarray,
                  use_second: np.ndarray):
    """Per output row the first column's value at first_rows, or where use_second the second column's at
    second_rows (-1: missing); in the first column's dtype (what setting the second's values into it gives)."""
    if not (use_second & (second_rows >= 0)).any():  # nothing to take from the second: one column, no copy
        return _column_at(first, np.where(use_second, -1, first_rows))
    rows = np.where(use_second, np.where(second_rows >= 0, second_rows + len(first), -1), first_rows)
    both = pd.concat([first, second.astype(first.dtype)], ignore_index=True)  # the second's rows after the first's
    return _column_at(both, rows)


def _numeric(values) -> np.ndarray:
    """pd.to_numeric(errors="coerce") as an array: numbers as they are, anything else parsed."""
    values = np.asarray(values)
    return values if values.dtype.kind in "iuf" else pd.to_numeric(pd.Series(values), errors="coerce").to_numpy()


def _model_codes(df: pd.DataFrame) -> tuple[np.ndarray, list]:
    """Each row's index into the frame's distinct models (-1: no model), and those models."""
    codes, uniques = pd.factorize(df["model"])
    return codes, uniques.tolist()


SPEC_COLUMNS = ["model", "maker", "engine_l", "power_hp", "transmission", "article_id", "sentence", "source", "published"]


def _spec_rows(specs: pd.DataFrame, codes: np.ndarray, n: int) -> dict[str, np.ndarray]:
    """spec_summary as row positions: per column of SPEC_COLUMNS, for each of the n models (codes of
    _model_codes) the row of `specs` its value comes from: the figures from the latest row stating them,
    the rest from the model's latest row."""
    order = _published_order(specs["published"])
    latest = _first_row_per_key(codes, order, None, n)
    rows = dict.fromkeys(SPEC_COLUMNS, latest)
    for c in ("maker", "engine_l", "power_hp", "transmission"):
        rows[c] = _first_row_per_key(codes, order, _states_value(specs[c], _skips_blank(specs[c])), n)
    return rows


def _by_name(names: list) -> list[int]:
    """Positions of names in sorted order."""
    return sorted(range(len(names)), key=names.__getitem__)


def spec_summary(specs: pd.DataFrame) -> pd.DataFrame:
    """One row per model: the latest stated engine, power and transmission."""
    codes, names = _model_codes(specs)
    if not names:
        return pd.DataFrame(columns=SPEC_COLUMNS)
    by_name = _by_name(names)
    out = {c: _column_at(specs[c], rows[by_name]) for c, rows in _spec_rows(specs, codes, len(names)).items()}
    out["model"] = pd.Index([names[i] for i in by_name]).array  # typed as groupby types its keys
    out["engine_l"], out["power_hp"] = _numeric(out["engine_l"]), _numeric(out["power_hp"])
    return pd.DataFrame(out, copy=False)


def _model_lists(lists: list) -> list[list[str]]:
    """Each "; "-joined `models` value as its items, stripped, empty ones left out (as _list_items splits)."""
    return [[] if v is None else [s for s in (part.strip() for part in str(v).split(";")) if s] for v in lists]


def _texts_by_model(df: pd.DataFrame, key: str, text_of) -> tuple[dict, bool]:
    """model -> the "; "-joined distinct texts of the rows' keys whose `models` name it, keys in the order of
    their summary (plant_summary, route_summary: first seen, latest first); and whether any key that names a
    model has a text (then the column is typed str, as _by_model's is).

    text_of(columns, key_rows) gives the keys' texts: `columns` reads a column's latest stated value for
    each key, the way _summarise does (blank text skipped in object columns only)."""
    codes, uniques = pd.factorize(df[key])
    n = len(uniques)
    order = _published_order(df["published"])
    latest = _first_row_per_key(codes, order, None, n)
    rank = np.empty(len(df), dtype=np.intp)
    rank[order] = np.arange(len(df))
    key_order = np.argsort(rank[latest])  # the keys by their latest row: the summary's row order

    latest = latest[key_order]

    def column(c: str):
        values = df[c].array.take(latest, allow_fill=True)  # the usual case: the latest row states it
        if df[c].dtype == object or values.isna().any() or (_skips_blank(df[c]) and not _text_stated(values).all()):
            rows = _first_row_per_key(codes, order, _states_value(df[c], _skips_blank(df[c])), n)[key_order]
            values = df[c].array.take(rows, allow_fill=True)
        return values

    texts = text_of(column, uniques.take(key_order).array)
    # the distinct (key, models value) pairs, keys in summary order; each distinct value split once
    lists, values = pd.factorize(df["models"])
    items = _model_lists(values.tolist())
    key_rank = _spread(np.arange(n), key_order, n)
    named = (codes >= 0) & (lists >= 0)
    pairs = np.unique(key_rank[codes[named]] * len(items) + lists[named]).tolist()
    found: dict = {}
    typed = False
    for pair in pairs:
        k, v = divmod(pair, len(items))
        text = texts[k]
        if text is not None and items[v]:
            typed = True
            for model in items[v]:
                found.setdefault(model, {})[text] = None
    return found, typed


def _built_at(plants: pd.DataFrame) -> tuple[dict, bool]:
    """_texts_by_model of the plants: their labels (plant_labels of plant_summary)."""
    def labels(column, keys) -> list[str]:
        places = {"plant_key": keys, **{c: column(c) for c in ("site", "company", "country")}}
        return plant_labels(pd.DataFrame(places, copy=False))
    return _texts_by_model(plants, "plant_key", labels) if len(plants) else ({}, False)


def _units_notes(units: list) -> list[str]:
    """" (5,000 units)" for each figure, "" when missing; formatted once per distinct figure (but 0.0 and -0.0,
    one key in a dict, are written apart)."""
    notes = {u: f" ({fmt_number(u)} units)" for u in set(units) if u}
    return [notes[u] if u else "" if u is None else f" ({fmt_number(u)} units)" for u in units]


def _exported_to(exports: pd.DataFrame) -> tuple[dict, bool]:
    """_texts_by_model of the routes: their market with the latest units ("Chile (5,000 units)"), as
    model_table wrote them from route_summary."""
    def markets(column, keys) -> list[str | None]:
        dests, units = (_as_list(column(c)) for c in ("destination", "units"))
        return [None if dest is None else str(dest) + note for dest, note in zip(dests, _units_notes(units), strict=True)]
    return _texts_by_model(exports, "route_key", markets) if len(exports) else ({}, False)


def _article_counts(frames: list[tuple[pd.DataFrame, np.ndarray]], n: int) -> np.ndarray:
    """For each of n models: its distinct articles over the frames' rows (row -> model index, -1: none)."""
    ids = pd.concat([df["article_id"] for df, _ in frames], ignore_index=True)
    articles, uniques = pd.factorize(ids)
    models = np.concatenate([rows for _, rows in frames])
    counted = (models >= 0) & (articles >= 0)
    pairs = np.unique(models[counted] * max(len(uniques), 1) + articles[counted])
    return np.bincount(pairs // max(len(uniques), 1), minlength=n).astype(np.int64)


def model_table(models: pd.DataFrame, specs: pd.DataFrame, plants: pd.DataFrame, exports: pd.DataFrame) -> pd.DataFrame:
    """One row per model: maker, platform lineage, specs, where it is built and where it is exported.

    Maker and lineage from the model's latest models rows that state them (the maker from its specs
    otherwise), specs as spec_summary gives them, provenance from its latest models row (its latest specs
    row when it has none, or one without an article). The frames may be core.filters.Rows: only the columns
    used are read."""
    cols = ["model", "maker", "based_on", "engine_l", "power_hp", "transmission", "built_at", "exported_to",
            "n_articles", "article_id", "sentence", "source", "published"]
    m_codes, m_names = _model_codes(models)
    s_codes, s_names = _model_codes(specs)
    names = sorted(set(m_names) | set(s_names))
    if not names:
        return pd.DataFrame(columns=cols)
    n = len(names)
    position = {name: i for i, name in enumerate(names)}
    m_out = np.array([position[name] for name in m_names], dtype=np.intp)  # each distinct model's output row
    s_out = np.array([position[name] for name in s_names], dtype=np.intp)
    spec = {c: _spread(rows, s_out, n) for c, rows in _spec_rows(specs, s_codes, len(s_names)).items()} \
        if s_names else dict.fromkeys(SPEC_COLUMNS, np.full(n, -1, dtype=np.intp))
    out: dict[str, object] = {"model": pd.Index(names).array}

    if m_names:
        order = _published_order(models["published"])
        maker, based_on, latest = (
            _spread(_first_row_per_key(m_codes, order, None if c is None else _states_value(models[c], _skips_blank(models[c])),
                                len(m_names)), m_out, n) for c in ("maker", "based_on", None))
        out["maker"] = _column_at_either(models["maker"], maker, specs["maker"], spec["maker"], maker < 0)
        out["based_on"] = _column_at(models["based_on"], based_on)
        no_article = (latest < 0) | _via(models["article_id"].isna().to_numpy(), latest).astype(bool)
    else:  # no models rows: the maker from the specs, in a column of no dtype (as filling a column of None gives)
        out["maker"] = _object_column(_column_at(specs["maker"], spec["maker"]).astype(object))
        out["based_on"] = _object_column([None] * n)
        latest, no_article = np.full(n, -1, dtype=np.intp), np.ones(n, dtype=bool)

    for c in ("engine_l", "power_hp", "transmission"):
        out[c] = _column_at(specs[c], spec[c]) if s_names else _object_column([np.nan] * n)
    out["engine_l"], out["power_hp"] = _numeric(out["engine_l"]), _numeric(out["power_hp"])

    for c, (texts, typed) in (("built_at", _built_at(plants)), ("exported_to", _exported_to(exports))):
        values = ["; ".join(texts[name]) if name in texts else "" for name in names]
        out[c] = pd.array(values, dtype="str") if typed else _object_column(values)
    out["n_articles"] = _article_counts([(models, _via(m_out, m_codes)), (specs, _via(s_out, s_codes))], n)

    for c in ("article_id", "sentence", "source", "published"):
        out[c] = (_column_at_either(models[c], latest, specs[c], spec[c], no_article) if m_names
                  else _column_at(specs[c], spec[c]))
    return pd.DataFrame({c: out[c] for c in cols}, copy=False)


def _spec_bars(specs: pd.DataFrame, summary: pd.DataFrame | None) -> tuple[list, list, np.ndarray, np.ndarray]:
    """(model, maker, power, engine) of each model of spec_summary(specs), or of `summary` when given."""
    if summary is not None:
        return (_values(summary["model"]), _values(summary["maker"]), summary["power_hp"].to_numpy(),
                summary["engine_l"].to_numpy())
    codes, names = _model_codes(specs)
    if not names:
        return [], [], np.empty(0), np.empty(0)
    by_name = _by_name(names)
    rows = {c: r[by_name] for c, r in _spec_rows(specs, codes, len(names)).items()}
    makers = _as_list(specs["maker"].array.take(rows["maker"], allow_fill=True))
    return ([names[i] for i in by_name], makers, _numeric(_column_at(specs["power_hp"], rows["power_hp"])),
            _numeric(_column_at(specs["engine_l"], rows["engine_l"])))


def _sorted_bars(rank: np.ndarray, power: np.ndarray, engine: np.ndarray, rows: np.ndarray, descending: bool) -> np.ndarray:
    """rows by power, then engine (missing last when descending, first otherwise), then name (`rank`: each
    model's place by name): the models are distinct, so the order is total, the one sort_values gives."""
    no_power, no_engine = pd.isna(power[rows]), pd.isna(engine[rows])
    p, e = np.where(no_power, 0, power[rows]), np.where(no_engine, 0, engine[rows])
    keys = (rank[rows], -e, no_engine, -p, no_power) if descending else (rank[rows], e, ~no_engine, p, ~no_power)
    return rows[np.lexsort(keys)]  # the last key sorts first


def specs_chart(specs: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Power (hp) and engine displacement (L) side by side, one bar per model, coloured by maker.

    Past SPECS_SHOWN models, the most powerful are drawn and the title says of how many (the
    models table lists every one). `summary`: spec_summary(specs), when the caller has it. `specs` may be
    core.filters.Rows."""
    title = "Specs by model: power (hp) and engine displacement (L)"
    names, makers, power, engine = _spec_bars(specs, summary)
    shown = np.flatnonzero(~(pd.isna(power) & pd.isna(engine)))  # a bar in at least one panel
    if not len(shown):
        return _empty(title, "Power (hp)", "Model")
    rank = _spread(np.arange(len(names)), np.array(_by_name(names), dtype=np.intp), len(names))
    if len(shown) > SPECS_SHOWN:
        title = f"{title} — the {SPECS_SHOWN} most powerful of {len(shown):,} models"
        shown = _sorted_bars(rank, power, engine, shown, descending=True)[:SPECS_SHOWN]
    shown = _sorted_bars(rank, power, engine, shown, descending=False)  # least powerful at the bottom
    all_models = [names[i] for i in shown.tolist()]
    all_power, all_engine = power[shown], engine[shown]
    makers_shown = ["Unknown maker" if makers[i] is None else makers[i] for i in shown.tolist()]
    own, others = legend_companies(makers_shown[::-1])  # ties: the maker of the more powerful model keeps its entry
    groups: dict = {}  # legend entry (a maker; "": the makers sharing the last) -> its bars
    for at, maker in enumerate(makers_shown):
        groups.setdefault(maker if maker in own else "", []).append(at)
    # two panels sharing the model axis (what make_subplots(cols=2, shared_yaxes=True) lays out)
    traces = []
    palette = company_colors(m for m in makers_shown if m != "Unknown maker")
    for maker in sorted(groups, key=lambda m: (m == "", m)):  # makers by name, the shared entry last
        rows = groups[maker]
        models, power_of, engine_of = [all_models[r] for r in rows], all_power[rows], all_engine[rows]
        if maker:
            name, extra = str(maker), _esc(maker)
            whose = {"marker": {"color": palette.get(maker, UNKNOWN_COLOR)}}
        else:  # each bar keeps its maker's colour and names it on hover
            name, extra = f"{others:,} other makers", "%{customdata}"
            whose = shared_entry_bars(makers_shown, rows, palette)
        traces.append({"type": "bar", "y": models, "x": power_of, "orientation": "h", "name": name,
                       "legendgroup": name, "xaxis": "x", "yaxis": "y",
                       "text": [fmt_number(v) if not pd.isna(v) else "" for v in power_of], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x} hp<extra>" + extra + "</extra>", **whose})
        traces.append({"type": "bar", "y": models, "x": engine_of, "orientation": "h", "name": name,
                       "legendgroup": name, "showlegend": False, "xaxis": "x2", "yaxis": "y2",
                       "text": [f"{v:.1f}" if not pd.isna(v) else "" for v in engine_of], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x} L<extra>" + extra + "</extra>", **whose})
    layout = _layout(title, height=max(320, 120 + 36 * len(shown)))
    panels = {"x": ("Power (hp)", [0.0, 0.48]), "x2": ("Engine displacement (L)", [0.52, 1.0])}
    for axis, (panel_title, domain) in panels.items():
        y = axis.replace("x", "y")
        layout["xaxis" + axis[1:]] = _axis(panel_title, domain=domain, anchor=y, rangemode="tozero")
        layout["annotations"] = [*layout.get("annotations", []), {
            "text": panel_title, "x": sum(domain) / 2, "y": 1.0, "xref": "paper", "yref": "paper",
            "xanchor": "center", "yanchor": "bottom", "showarrow": False, "font": {"size": 16}}]
    layout["yaxis"] = _axis("Model", anchor="x", domain=[0.0, 1.0], categoryorder="array", categoryarray=all_models)
    layout["yaxis2"] = {"anchor": "x2", "domain": [0.0, 1.0], "matches": "y", "showticklabels": False}
    layout["barmode"] = "group"
    return _figure(traces, layout)
