"""Plants and routes folded to one row each (plant_summary, route_summary: each figure from the latest
article that states it), their labels, and the notes on plants and routes whose sources disagree.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.charts.base import _TEXT_DTYPE, _latest_first, _published_order, _text_stated, _values

PLANT_FIGURES = ["capacity_per_year", "shifts", "jobs", "investment_amount", "investment_currency", "start_date", "area_ha"]
ROUTE_FIGURES = ["units", "by_when"]


_TEXT_FIGURES = ("investment_currency", "start_date", "by_when")  # the figures that are not numbers


def _summarise(df: pd.DataFrame, key: str, figures: list[str], keep: list[str]) -> pd.DataFrame:
    """One row per `key`: each figure from the latest article that states it, plus provenance of the latest row."""
    columns = _summary_columns(df, key, figures, keep)
    return _summarise_pandas(_as_frame(df), key, figures, keep) if columns is None else pd.DataFrame(columns)


def _as_frame(df) -> pd.DataFrame:
    """A frame, or the rows of core.filters.Rows as one (for the general pandas ways)."""
    return df if isinstance(df, pd.DataFrame) else df.to_frame()


def _plain_dtype(dtype) -> bool:
    """The frames' dtypes (core.frames): str, numbers, dates; not object, as hand-built frames may hold."""
    return isinstance(dtype, pd.StringDtype) or (isinstance(dtype, np.dtype) and dtype.kind in "biufM")


def _summarise_pandas(df: pd.DataFrame, key: str, figures: list[str], keep: list[str]) -> pd.DataFrame:
    """_summarise in pandas (groupby first): any dtypes, blank text counts as missing."""
    prov = ["article_id", "sentence", "source", "title", "published"]
    cols = [key, *keep, *figures, "models", "n_articles", *prov]
    if df.empty:
        return pd.DataFrame(columns=cols)
    df = _latest_first(df[list(dict.fromkeys([key, *keep, *figures, "models", *prov]))])  # sort what is used only
    values = df[[key, *keep, *figures]].copy()
    for c in [*keep, *figures]:
        if values[c].dtype == object or pd.api.types.is_string_dtype(values[c].dtype):
            values[c] = values[c].mask(values[c].astype(str).str.strip() == "")
    grouped = values.groupby(key, sort=False, dropna=False)
    out = grouped[[*keep, *figures]].first()
    out["n_articles"] = df.groupby(key, sort=False, dropna=False)["article_id"].nunique()
    latest = df.drop_duplicates(subset=[key], keep="first").set_index(key)[prov]
    out = out.join(latest)
    rows, names = _list_items(df["models"])
    if len(rows):
        pairs = pd.DataFrame({key: df[key].to_numpy(dtype=object)[rows], "model": names}).drop_duplicates()
        out["models"] = _joined(pairs[key], pairs["model"])
    else:
        out["models"] = ""
    out["models"] = out["models"].fillna("")
    out = out.reset_index()[cols]
    for c in figures:
        if c not in _TEXT_FIGURES:
            out[c] = pd.to_numeric(out[c], errors="coerce")
    for c in keep:
        if c.endswith(("lat", "lon")):
            out[c] = pd.to_numeric(out[c], errors="coerce")
    return out


def _summary_columns(df: pd.DataFrame, key: str, figures: list[str], keep: list[str], full: bool = True) -> dict | None:
    """_summarise_pandas' result as {column: values}, in numpy over row positions (pandas' groupby, join and
    reset_index cost several times the work itself on the few thousand rows a filter leaves); None where
    _summarise_pandas is needed: no rows, or columns that are not the frames' dtypes.

    Rows are grouped by key (a missing key is a group too), latest first within a key; each column's
    value is the one of the first row of its group that states it; groups come in the order of their
    latest row, as groupby(sort=False) over the latest-first rows gives. full=False: the key, `keep` and
    `figures` only (no models, article counts or provenance), the same values; only those columns are read
    (df may be core.filters.Rows)."""
    if df.empty:
        return None
    prov = ["article_id", "sentence", "source", "title", "published"]
    columns = {c: df[c] for c in dict.fromkeys([key, *keep, *figures, *(("models", *prov) if full else ("published",))])}
    numeric = [c for c in figures if c not in _TEXT_FIGURES] + [c for c in keep if c.endswith(("lat", "lon"))]
    if not (all(_plain_dtype(s.dtype) for s in columns.values()) and all(columns[c].dtype.kind in "iuf"
                                                                          for c in numeric)):
        return None
    order = _published_order(columns["published"])
    codes, uniques = pd.factorize(columns[key].array)
    codes = np.where(codes < 0, len(uniques), codes)
    by_code = np.argsort(codes[order], kind="stable")
    group_rows = order[by_code]  # row positions grouped by key code, latest first within a key
    group_of = codes[group_rows]  # the key code of each, non-decreasing
    starts = np.flatnonzero(np.r_[True, group_of[1:] != group_of[:-1]])  # where each code's rows begin
    rank = np.argsort(by_code[starts], kind="stable")  # codes in the order of their latest row
    latest = group_rows[starts][rank]
    out = {key: _take(_column_values(columns[key]), latest)}
    for c in [*keep, *figures]:
        values = _column_values(columns[c])
        stated = _stated(values)[group_rows]
        if stated.all():
            rows = latest
        else:
            n = len(group_rows)
            first = np.minimum.reduceat(np.where(stated, np.arange(n), n), starts)[rank]  # n: none stated
            rows = np.where(first < n, group_rows[np.minimum(first, n - 1)], -1)
        out[c] = _take(values, rows, allow_fill=True)
    if not full:
        return out
    models = _joined_items(columns["models"], group_rows, group_of, len(starts))[rank]
    if len(uniques) < len(starts):  # the rows without a key list no models, as in _summarise_pandas
        models[rank == len(uniques)] = ""
    out["models"] = models
    out["n_articles"] = _distinct_counts(columns["article_id"], group_rows, group_of, len(starts))[rank]
    for c in prov:
        out[c] = _take(_column_values(columns[c]), latest)
    return out


def _column_values(series: pd.Series):
    """A column's values without a copy: a numpy array for numbers and dates, else its pandas array."""
    return series.to_numpy() if isinstance(series.dtype, np.dtype) else series.array


def _take(values, rows: np.ndarray, allow_fill: bool = False):
    """values[rows] in their dtype; with allow_fill, missing where a row is -1 (ints then turn float).
    The values themselves when rows are all of them in order (one article a key: no copy to make)."""
    if len(rows) == len(values) and np.array_equal(rows, np.arange(len(rows))):
        return values
    if isinstance(values, np.ndarray):
        return pd.api.extensions.take(values, rows, allow_fill=True) if allow_fill else values[rows]
    return values.take(rows, allow_fill=allow_fill)


def _stated(values) -> np.ndarray:
    """Which values state something: not missing, and text not blank (a blank site or currency is no figure)."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "iub":
        return np.ones(len(values), dtype=bool)
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return ~np.isnan(values)
    if isinstance(values.dtype, pd.StringDtype):
        return _text_stated(values)
    return ~np.asarray(pd.isna(values), dtype=bool)


# Below this many rows the models of _summary_columns are joined in Python: each Arrow or numpy call
# costs 10-30 us whatever the size, a Python pass about half a microsecond a row.
SMALL_SUMMARY = 256


def _joined_items(lists: pd.Series, group_rows: np.ndarray, group_of: np.ndarray, n_groups: int):
    """Per group, its rows' distinct items of a "; "-joined column such as `models` ("; "-joined, in the order
    of `group_rows`; stripped, empty ones left out): an object array, or a str array from Arrow."""
    if len(group_rows) <= SMALL_SUMMARY:
        return _joined_items_python(lists, group_rows, group_of, n_groups)
    return _joined_items_arrow(lists, group_rows, group_of, n_groups)


def _joined_items_python(lists: pd.Series, group_rows: np.ndarray, group_of: np.ndarray, n_groups: int) -> np.ndarray:
    texts = _values(lists)
    found: list[dict | None] = [None] * n_groups
    for row, group in zip(group_rows.tolist(), group_of.tolist(), strict=True):
        text = texts[row]
        if text:
            items = found[group]
            if items is None:
                items = found[group] = {}
            for item in text.split(";"):
                item = item.strip()  # the same characters as Arrow's utf8_trim_whitespace
                if item:
                    items[item] = None
    return np.array(["; ".join(items) if items else "" for items in found], dtype=object)


def _joined_items_arrow(lists: pd.Series, group_rows: np.ndarray, group_of: np.ndarray, n_groups: int):
    """_joined_items split and joined in Arrow, deduplicated in numpy."""
    strings = pa.array(lists.array, type=pa.large_string())  # pandas hands over its chunks as they are
    strings = strings.combine_chunks() if isinstance(strings, pa.ChunkedArray) else strings
    parts = pc.split_pattern(strings.take(pa.array(group_rows)), ";")
    rows = pc.list_parent_indices(parts).to_numpy()
    items = pc.utf8_trim_whitespace(pc.list_flatten(parts))
    keep = pc.fill_null(pc.not_equal(items, ""), False)
    rows, items = rows[keep.to_numpy(zero_copy_only=False)], items.filter(keep)
    groups = group_of[rows]  # non-decreasing
    codes = pc.dictionary_encode(items).indices.to_numpy(zero_copy_only=False).astype(np.int64)
    _, first = np.unique(groups * (len(items) + 1) + codes, return_index=True)  # each (group, item) once
    first.sort()  # back in row order
    offsets = np.searchsorted(groups[first], np.arange(n_groups + 1)).astype(np.int64)
    kept = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()), items.take(pa.array(first)))
    joined = pc.binary_join(kept, pa.scalar("; ", type=pa.large_string()))
    return pd.array(joined, dtype=_TEXT_DTYPE)  # straight from Arrow: no Python string each, then back


def _distinct_counts(values: pd.Series, group_rows: np.ndarray, group_of: np.ndarray, n_groups: int) -> np.ndarray:
    """Per group, how many distinct non-missing values its rows hold (groupby().nunique()): counted in numpy
    for the groups of one row (most keys are in one article), in Python for the others."""
    n = len(group_rows)
    starts = np.flatnonzero(np.r_[True, group_of[1:] != group_of[:-1]])
    sizes = np.diff(np.r_[starts, n])
    stated = ~np.asarray(pd.isna(values.array), dtype=bool)[group_rows]
    counts = np.add.reduceat(stated.astype(np.int64), starts)
    shared = np.repeat(sizes > 1, sizes)  # the grouped rows of groups of more than one row
    if shared.any():
        found: dict[int, set] = {}
        ids = values.array.take(group_rows[shared]).to_numpy(dtype=object, na_value=None).tolist()
        for group, value in zip(group_of[shared].tolist(), ids, strict=True):
            if value is not None:
                found.setdefault(group, set()).add(value)
        for group in np.flatnonzero(sizes > 1).tolist():
            counts[group] = len(found.get(group, ()))
    return counts


def _list_items(lists: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(row position, item) for every item of a "; "-joined column such as `models`, items stripped and
    empty ones left out; split in Arrow, not a Python list per row."""
    arr = pa.array(_values(lists), type=pa.large_string()) if len(lists) else pa.array([], type=pa.large_string())
    parts = pc.split_pattern(arr, ";")
    rows = pc.list_parent_indices(parts).to_numpy()
    items = pc.utf8_trim_whitespace(pc.list_flatten(parts))
    keep = pc.fill_null(pc.not_equal(items, ""), False).to_numpy(zero_copy_only=False)
    return rows[keep], items.filter(pa.array(keep)).to_numpy(zero_copy_only=False)


def _joined(keys: pd.Series, texts: pd.Series) -> pd.Series:
    """key -> "; "-joined texts in row order, rows without a key left out; in Arrow (a list per key, one
    binary_join), where a groupby .agg("; ".join) builds a pandas object per key."""
    dtype = texts.dtype if pd.api.types.is_string_dtype(texts.dtype) else object
    codes, uniques = pd.factorize(keys, sort=False)
    keyed = np.flatnonzero(codes >= 0)
    if not len(keyed):
        return pd.Series([], dtype=dtype)
    codes = codes[keyed]
    order = np.argsort(codes, kind="stable")  # by key, row order kept within a key
    values = pa.array([str(t) for t in (_values(texts.iloc[keyed]) if isinstance(texts, pd.Series)
                                        else [texts[i] for i in keyed])], type=pa.large_string()).take(order)
    offsets = np.searchsorted(codes[order], np.arange(len(uniques) + 1)).astype(np.int64)
    lists = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()), values)
    joined = pc.binary_join(lists, pa.scalar("; ", type=pa.large_string())).to_numpy(zero_copy_only=False)
    return pd.Series(joined, index=pd.Index(uniques), dtype=dtype)


PLANT_KEEP = ["company", "site", "country", "iso3", "lat", "lon"]


def plant_summary(plants: pd.DataFrame) -> pd.DataFrame:
    """One row per plant (plant_key) with its latest stated figures and where they came from. `plants`: a
    frame, or core.filters.Rows of one (as for route_summary and labelled_plant_summary)."""
    return _summarise(plants, "plant_key", PLANT_FIGURES, PLANT_KEEP)


def route_summary(exports: pd.DataFrame) -> pd.DataFrame:
    """One row per export route (route_key) with its latest stated units and where they came from."""
    keep = ["company", "origin", "destination", "origin_iso3", "destination_iso3", "origin_lat", "origin_lon",
            "destination_lat", "destination_lon"]
    return _summarise(exports, "route_key", ROUTE_FIGURES, keep)


def plant_label(row) -> str:
    site = row.get("site")
    company = row.get("company")
    country = row.get("country")
    parts = [str(p) for p in (site, company) if p is not None and not pd.isna(p) and str(p)]
    label = " · ".join(parts) or str(row.get("plant_key") or "plant")
    if country is not None and not pd.isna(country) and str(country) and str(country) not in label:
        label += f" ({country})"
    return label


def plant_labels(df: pd.DataFrame) -> list[str]:
    """plant_label for every row, over plain strings (no row objects: this runs on whole stores)."""
    def text(col: str) -> list[str]:
        return _texts(df[col]) if col in df.columns else [""] * len(df)

    return _labels(text("site"), text("company"), text("country"), text("plant_key"))


def _texts(values) -> list[str]:
    """A column (Series or pandas array) as strings, missing values ""."""
    values = values.to_numpy(dtype=object, na_value=None) if hasattr(values, "to_numpy") else values.astype(object)
    return [v if type(v) is str else "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
            for v in values.tolist()]


def _labels(sites: list[str], companies: list[str], countries: list[str], keys: list[str]) -> list[str]:
    out = []
    for site, company, country, key in zip(sites, companies, countries, keys, strict=True):
        label = (f"{site} · {company}" if site and company else site or company) or key or "plant"
        out.append(f"{label} ({country})" if country and country not in label else label)
    return out


def conflict_note(flags: dict[str, int] | None, key) -> str:
    """'2 sources disagree' when articles give different figures for this plant or route, else ''."""
    n = (flags or {}).get(str(key), 0)
    return f"{n} sources disagree" if n > 1 else ""


def conflict_notes(flags: dict[str, int] | None, keys: pd.Series | np.ndarray) -> list[str]:
    """conflict_note of every key of a column: one conversion of the column, not an Arrow scalar per key,
    and only the flagged keys looked up (most are not)."""
    values = (keys.to_numpy(dtype=object) if isinstance(keys, pd.Series) else keys).tolist()
    if not flags:
        return [""] * len(values)
    return [conflict_note(flags, k) if str(k) in flags else "" for k in values]


def _with_labels(summary: pd.DataFrame) -> pd.DataFrame:
    if summary.empty:
        return summary.assign(plant=pd.Series(dtype=object))
    return summary.assign(plant=_distinct_labels(plant_labels(summary)))


def _distinct_labels(labels: list[str]) -> list[str]:
    """Two plants can share a label; keep bars apart ("label #2")."""
    if len(set(labels)) == len(labels):
        return labels
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        n = seen[label] = seen.get(label, 0) + 1
        unique.append(label if n == 1 else f"{label} #{n}")
    return unique


def labelled_plant_summary(plants: pd.DataFrame) -> pd.DataFrame:
    """plant_summary with a `plant` column, the bar label: one summary for every plant chart of a page."""
    columns = _summary_columns(plants, "plant_key", PLANT_FIGURES, PLANT_KEEP)
    if columns is None:
        return _with_labels(_summarise_pandas(_as_frame(plants), "plant_key", PLANT_FIGURES, PLANT_KEEP))
    # the labels from the summary's own arrays, and one frame built (not a summary frame, then a copy with labels)
    columns["plant"] = _distinct_labels(_labels(*(_texts(columns[c]) for c in ("site", "company", "country",
                                                                                 "plant_key"))))
    return pd.DataFrame(columns)
