"""One filter value for every frame: countries, companies, models, a date range and a text query."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


@dataclass(frozen=True)
class Filters:
    countries: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    query: str = ""

    def is_empty(self) -> bool:
        return not (self.countries or self.companies or self.models or self.date_from or self.date_to or self.query.strip())

    def slug(self) -> str:
        """A short file-name-safe description, for export names ("country-Mexico_model-K4")."""
        parts = []
        for name, values in (("country", self.countries), ("company", self.companies), ("model", self.models)):
            if values:
                parts.append(f"{name}-" + "+".join(values))
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}..{self.date_to or ''}")
        if self.query.strip():
            parts.append("q-" + self.query.strip())
        text = "_".join(parts) or "all"
        return re.sub(r"[^\w.+-]+", "-", text)[:120].strip("-")


# The frame's own columns for each dimension; frames (or dimensions) not listed here are
# matched through the article: the row's article mentions a selected value.
OWN_COLUMNS: dict[str, dict[str, list[str]]] = {
    "countries": {"plants": ["country"], "exports": ["origin", "destination"], "metrics": ["country"]},
    "companies": {
        "companies": ["company"], "models": ["maker"], "specs": ["maker"], "plants": ["company"],
        "exports": ["company"], "people": ["org"], "metrics": ["company"],
    },
    "models": {"models": ["model"], "specs": ["model"], "plants": ["models"], "exports": ["models"]},
}
LIST_COLUMNS = {"models"}  # "; "-joined lists: a row matches when any item is selected
TEXT_COLUMNS: dict[str, list[str]] = {
    "articles": ["title", "name", "source", "url", "text"],
    "mentions": ["text", "canonical"],
    "companies": ["company", "parent", "home_country"],
    "models": ["model", "maker", "based_on", "sentence", "title"],
    "specs": ["model", "maker", "transmission", "sentence", "title"],
    "plants": ["company", "site", "country", "models", "sentence", "title"],
    "exports": ["company", "origin", "destination", "models", "sentence", "title"],
    "people": ["name", "role", "org", "sentence", "title"],
    "metrics": ["subject_label", "company", "country", "metric", "sentence", "title"],
}


def apply_filters(frames: dict[str, pd.DataFrame], filters: Filters) -> dict[str, pd.DataFrame]:
    """Every frame cut down to the rows that match one Filters value.

    - Dimensions (countries, companies, models): a row matches a dimension when one of the
      frame's own columns for it holds a selected value (OWN_COLUMNS: plants.country;
      exports.origin or .destination; company/maker/org; model, or any item of a "; "-joined
      `models` list). Frames without such a column (articles, mentions, people for models,
      companies for countries and models, ...) match through their article: the row is kept
      when its article mentions a selected value (the mentions frame's `canonical` column,
      plus the companies frame's `company`).
    - Date range: on `published` (from/to inclusive; the article's date for frames without the
      column). Rows whose date is unknown are kept only when no date filter is set.
    - Text query: case-insensitive substring over the row's text columns (TEXT_COLUMNS: sentence,
      name, title, text, ...), not a regular expression.
    - Dimensions, dates and the query combine with AND; values within a dimension with OR.

    Vectorised throughout (isin, str.contains(regex=False)); frames are returned unchanged
    (not copied) when the filter is empty.
    """
    if filters.is_empty():
        return dict(frames)
    mentions = frames.get("mentions")
    companies = frames.get("companies")
    articles = frames.get("articles")
    mentioned: dict[str, pa.Array] = {}
    for dim in ("countries", "companies", "models"):
        values = getattr(filters, dim)
        if values:
            wanted = _arrow_values(values)
            ids = []
            if mentions is not None and len(mentions):
                ids.append(_ids_where(mentions, "canonical", wanted))
            if companies is not None and len(companies) and dim == "companies":
                ids.append(_ids_where(companies, "company", wanted))
            mentioned[dim] = _unique(ids)
    dated_ids = None
    if (filters.date_from or filters.date_to) and articles is not None:
        dated = pc.filter(_as_arrow(articles["article_id"]), pa.array(_date_mask(articles["published"], filters)))
        dated_ids = _unique([dated])
    query = filters.query.strip()
    out = {}
    for name, df in frames.items():
        if df is None or not len(df):
            out[name] = df
            continue
        mask = np.ones(len(df), dtype=bool)
        for dim, ids in mentioned.items():
            values = getattr(filters, dim)
            cols = [c for c in OWN_COLUMNS[dim].get(name, []) if c in df.columns]
            if cols:
                mask &= _any_column(df, cols, values)
            elif "article_id" in df.columns:
                mask &= _isin(df["article_id"], ids)
        if filters.date_from or filters.date_to:
            if "published" in df.columns:
                mask &= _date_mask(df["published"], filters)
            elif dated_ids is not None and "article_id" in df.columns:
                mask &= _isin(df["article_id"], dated_ids)
        if query:
            cols = [c for c in TEXT_COLUMNS.get(name, []) if c in df.columns]
            if cols:
                hit = np.zeros(len(df), dtype=bool)
                for c in cols:
                    hit |= _contains(df[c], query)
                mask &= hit
        out[name] = df if mask.all() else df[mask]
    return out


def _ids_where(df: pd.DataFrame, column: str, wanted: pa.Array) -> pa.Array | pa.ChunkedArray:
    """The article ids of the rows whose `column` is one of `wanted` (Arrow throughout: no Python strings)."""
    return pc.filter(_as_arrow(df["article_id"]), pc.fill_null(pc.is_in(_as_arrow(df[column]), value_set=wanted), False))


def _unique(parts: list[pa.Array | pa.ChunkedArray]) -> pa.Array:
    """Distinct values of the parts, as one Arrow string array (a value set for pc.is_in)."""
    chunks = [c for p in parts for c in (p.chunks if isinstance(p, pa.ChunkedArray) else [p])]
    chunks = [c.cast(pa.string()) for c in chunks]
    if not chunks:
        return pa.array([], type=pa.string())
    out = pc.unique(pa.chunked_array(chunks, type=pa.string()))
    return out.combine_chunks() if isinstance(out, pa.ChunkedArray) else out


def _arrow_values(values) -> pa.Array:
    return pa.array([str(v) for v in values], type=pa.string()) if not isinstance(values, pa.Array) else values


def _as_arrow(series: pd.Series) -> pa.Array | pa.ChunkedArray:
    """The column as Arrow strings: zero-copy for pandas' Arrow-backed str dtype."""
    arr = series.array
    if hasattr(arr, "__arrow_array__"):
        try:
            out = arr.__arrow_array__()
            if pa.types.is_string(out.type) or pa.types.is_large_string(out.type):
                return out
        except (TypeError, ValueError, pa.ArrowException):
            pass
    return pa.array(series.astype("object").where(series.notna(), None).map(
        lambda v: v if v is None else str(v)).to_numpy(), type=pa.string())


def _bool(result: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return np.array(pc.fill_null(result, False).to_numpy(zero_copy_only=False), dtype=bool)


def _isin(series: pd.Series, values: pa.Array) -> np.ndarray:
    """series.isin(values) computed in Arrow (pandas' isin turns large value sets into Python lists)."""
    return _bool(pc.is_in(_as_arrow(series), value_set=values))


def _contains(series: pd.Series, query: str) -> np.ndarray:
    return _bool(pc.match_substring(_as_arrow(series), query, ignore_case=True))


def _any_column(df: pd.DataFrame, cols: list[str], values: tuple[str, ...]) -> np.ndarray:
    hit = np.zeros(len(df), dtype=bool)
    wanted = _arrow_values(values)
    for c in cols:
        if c in LIST_COLUMNS:
            pattern = r"(?:^|; )(?:" + "|".join(re.escape(v) for v in values) + r")(?:;|$)"
            hit |= _bool(pc.match_substring_regex(_as_arrow(df[c]), pattern))
        else:
            hit |= _isin(df[c], wanted)
    return hit


def _date_mask(published: pd.Series, filters: Filters) -> np.ndarray:
    dates = pd.to_datetime(published, errors="coerce")
    mask = dates.notna().to_numpy().copy()
    if filters.date_from:
        mask &= (dates >= pd.Timestamp(filters.date_from)).to_numpy()
    if filters.date_to:
        mask &= (dates < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)).to_numpy()
    return mask


def filter_options(frames: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    """Sorted choices for the sidebar: countries, companies and models found in the frames."""

    def col(name: str, column: str) -> pd.Series:
        df = frames.get(name)
        return df[column] if df is not None and column in df.columns and len(df) else pd.Series([], dtype="str")

    def mentioned(label: str) -> pd.Series:
        m = frames.get("mentions")
        if m is None or not len(m):
            return pd.Series([], dtype="str")
        return m.loc[m["label"] == label, "canonical"]

    def split(s: pd.Series) -> pd.Series:
        return s.dropna().astype("str").str.split("; ").explode()

    parts = {
        "countries": [col("plants", "country"), col("exports", "origin"), col("exports", "destination"),
                      mentioned("COUNTRY")],
        "companies": [col("companies", "company"), col("plants", "company"), col("exports", "company"),
                      col("models", "maker"), mentioned("COMPANY")],
        "models": [col("models", "model"), col("specs", "model"), split(col("plants", "models")),
                   split(col("exports", "models")), mentioned("MODEL")],
    }
    out = {}
    for key, series in parts.items():
        values = pd.concat([s.dropna().astype("str") for s in series]) if series else pd.Series([], dtype="str")
        out[key] = sorted({v for v in values.unique() if v and v.strip()}, key=str.casefold)
    return out
