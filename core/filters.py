"""One filter value for every frame: countries, companies, models, a date range and a text query."""
from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.snapshot_memo import memo_of, once


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
    "models": ["model", "maker", "based_on", "platform", "sentence", "title"],
    "specs": ["model", "maker", "transmission", "sentence", "title"],
    "plants": ["company", "site", "country", "models", "sentence", "title"],
    "exports": ["company", "origin", "destination", "models", "sentence", "title"],
    "people": ["name", "role", "org", "sentence", "title"],
    "metrics": ["subject_label", "company", "country", "metric", "sentence", "title"],
}


# columns the filtered frames leave out (see _without_texts)
FILTERED_OUT = {"articles": ["text"]}


def apply_filters(frames: dict[str, pd.DataFrame], filters: Filters) -> Mapping[str, pd.DataFrame]:
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

    Vectorised throughout (Arrow is_in and match_substring); frames are returned unchanged (not
    copied) when the filter is empty, except that filtered articles never carry their `text`
    (FILTERED_OUT). Otherwise the result is a FilteredFrames: every frame's matching rows are
    decided here, and copied out when the frame is first read. Frames mapped from a saved snapshot come with integer keys
    (core.frames.frame_keys): a string column that repeats its values is matched once per distinct
    value, and articles are selected by position, not by hashing their ids on every row; other
    frames (built in memory, or edited by the caller) are matched on their columns, with the same result.
    """
    if filters.is_empty():
        return {name: _without_texts(name, df) for name, df in frames.items()}
    if filters.companies:
        filters = replace(filters, companies=_with_other_names(filters.companies))
    from core.frames import frame_keys

    keys = {name: frame_keys(df) for name, df in frames.items()}
    snapshots = {id(k.article_ids) for k in keys.values() if k is not None}
    if len(snapshots) > 1:  # frames of two snapshots: their article positions do not agree
        keys = {}
    snapshot = next((k.article_ids for k in keys.values() if k is not None), None)
    mentions = frames.get("mentions")
    companies = frames.get("companies")
    articles = frames.get("articles")
    mentioned: dict[str, _Articles] = {}
    for dim in ("countries", "companies", "models"):
        values = getattr(filters, dim)
        if values:
            wanted = _arrow_values(values)
            found = _Articles(snapshot)
            sources = [("mentions", mentions, "canonical")]
            if dim == "companies":
                sources.append(("companies", companies, "company"))
            for src, df, column in sources:
                if df is not None and len(df):
                    match = lambda a, w=wanted: _bool(pc.is_in(a, value_set=w))  # noqa: E731
                    by_value = _articles_by_value(df, keys.get(src), column) if snapshot is not None else None
                    if by_value is not None:  # the articles of the matching values, not a pass over every row
                        found.add_positions(by_value.articles(match(by_value.values)))
                    else:
                        found.add(df, keys.get(src), _column_mask(df, keys.get(src), column, match))
            mentioned[dim] = found
    dated = None
    if (filters.date_from or filters.date_to) and articles is not None:
        dated = _Articles(snapshot)
        if len(articles):
            dated.add(articles, keys.get("articles"), _date_mask(articles["published"], filters))
    query = filters.query.strip()
    def mask_of(name: str, df: pd.DataFrame) -> np.ndarray:
        k = keys.get(name)
        mask = np.ones(len(df), dtype=bool)
        for dim, found in mentioned.items():
            values = getattr(filters, dim)
            cols = [c for c in OWN_COLUMNS[dim].get(name, []) if c in df.columns]
            if cols:
                mask &= _any_column(df, k, cols, values)
            elif "article_id" in df.columns:
                mask &= found.rows(df, k)
        if filters.date_from or filters.date_to:
            if "published" in df.columns:
                mask &= _date_mask(df["published"], filters)
            elif dated is not None and "article_id" in df.columns:
                mask &= dated.rows(df, k)
        if query:
            cols = [c for c in TEXT_COLUMNS.get(name, []) if c in df.columns]
            if cols:
                hit = np.zeros(len(df), dtype=bool)
                for c in cols:
                    rest = ~hit & mask  # rows still undecided: a long column is searched only there
                    if not rest.any():
                        break
                    hit |= _column_mask(df, k, c, lambda a: _contains(a, query), rest)
                mask &= hit
        return mask

    # each frame's mask when the frame is first read: a page reads a few frames, and the others (the mentions
    # alone are most of a store's rows) cost nothing
    out = {name: df if df is None or not len(df) else functools.partial(mask_of, name, df)
           for name, df in frames.items()}
    return FilteredFrames(frames, out)


class FilteredFrames(Mapping):
    """The frames cut down by one filter, read like a dict of frames.

    What every frame's rows must match is worked out when the filter is applied (apply_filters: the
    articles that mention a selected value, or fall in the dates); which rows of a frame match is decided
    when the frame is first read, and its rows are copied out then and kept. A page reads two to four of the nine frames, and
    copying the matching rows of the others (the mentions alone are most of a store's rows) was most
    of a broad filter's cost at 100k articles. Safe to share between threads (Streamlit sessions)."""

    def __init__(self, frames: dict[str, pd.DataFrame | None], masks: dict[str, np.ndarray | pd.DataFrame | None]):
        self._frames = frames
        self._masks = masks  # name -> bool mask (or what computes it), or the frame itself when nothing is cut
        self._taken: dict[str, pd.DataFrame | None] = {}
        self._views: dict[str, Rows | None] = {}
        self._lock = threading.RLock()

    def _mask(self, name: str) -> np.ndarray | pd.DataFrame | None:
        mask = self._masks[name]
        if callable(mask):
            with self._lock:  # one thread at a time: the masks share the filter's article sets (_Articles)
                mask = self._masks[name]
                if callable(mask):
                    mask = self._masks[name] = mask()
        return mask

    def __getitem__(self, name: str) -> pd.DataFrame | None:
        taken = self._taken.get(name)
        if taken is not None or name in self._taken:
            return taken
        with self._lock:
            if name not in self._taken:
                mask, df = self._mask(name), self._frames[name]
                if not isinstance(mask, np.ndarray):
                    self._taken[name] = mask
                else:
                    kept = _without_texts(name, df)  # before the rows are taken: a copy of the texts is what costs
                    self._taken[name] = kept if mask.all() else kept[mask]
            return self._taken[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._masks)

    def __len__(self) -> int:
        return len(self._masks)

    def n_rows(self, name: str) -> int:
        """Rows of the filtered frame, without copying them."""
        mask = self._mask(name)
        if isinstance(mask, np.ndarray):
            return int(mask.sum())
        return 0 if mask is None else len(mask)

    def rows(self, name: str) -> Rows | None:
        """The filtered frame as Rows: its columns copied out one at a time, when read (shared by every reader
        of this filter). The frame already copied out whole when a reader took it before."""
        view = self._views.get(name)
        if view is None:
            mask = self._mask(name)
            if name in self._taken or not isinstance(mask, np.ndarray):
                frame = self[name]
                view = None if frame is None else Rows(frame, None)
            else:
                kept = _without_texts(name, self._frames[name])
                view = Rows(kept, None if mask.all() else np.flatnonzero(mask))
            view = self._views.setdefault(name, view)
        return view


class Rows:
    """Some rows of a frame, read a column at a time: what a derived table that reads a few columns of a wide
    frame needs, without copying the others. Reads like the frame of those rows for len(), .empty, .columns
    and [column] (the column of those rows, labels kept, as frame[mask][column] gives it); `frame` and
    `positions` (None: every row, in order) for readers that work on row positions (core.charts.fact_tables).
    Columns are copied out once (safe to share between threads: two readers may both copy one, same result)."""

    def __init__(self, frame: pd.DataFrame, positions: np.ndarray | None):
        self.frame = frame
        self.positions = positions
        self._columns: dict[str, pd.Series] = {}
        self._taken_index: pd.Index | None = None

    def __len__(self) -> int:
        return len(self.frame) if self.positions is None else len(self.positions)

    @property
    def empty(self) -> bool:
        return len(self) == 0 or len(self.frame.columns) == 0

    @property
    def columns(self) -> pd.Index:
        return self.frame.columns

    def __getitem__(self, column: str) -> pd.Series:
        series = self._columns.get(column)
        if series is None:
            series = self.frame[column]
            if self.positions is not None:  # Series.take, minus taking the index again for every column
                values = (series.to_numpy()[self.positions] if isinstance(series.dtype, np.dtype)
                          else series.array.take(self.positions))
                series = pd.Series(values, index=self._index(), name=column, dtype=series.dtype, copy=False)
            series = self._columns.setdefault(column, series)
        return series

    def _index(self) -> pd.Index:
        if self._taken_index is None:
            self._taken_index = self.frame.index[self.positions]
        return self._taken_index

    def head(self, n: int) -> Rows:
        """The first n of these rows, as Rows of the same frame (its saved keys and memos still apply)."""
        if len(self) <= n:
            return self
        return Rows(self.frame, np.arange(n) if self.positions is None else self.positions[:n])

    def to_frame(self) -> pd.DataFrame:
        """The rows as a frame (every column copied out)."""
        return self.frame if self.positions is None else self.frame.iloc[self.positions]


def _with_other_names(companies: tuple[str, ...]) -> tuple[str, ...]:
    """The selected companies and every other name the gazetteer gives them ('Renault Korea' and 'Renault Samsung
    Motors'): a story keeps the name it writes, and the filter finds them all."""
    from core.frames import company_names

    names = company_names()
    return tuple(dict.fromkeys([*companies, *(n for c in companies for n in sorted(names.get(c, ())))]))


def rows_of(frames: Mapping[str, pd.DataFrame], name: str) -> Rows | None:
    """frames[name] as Rows: FilteredFrames.rows, or every row of an unfiltered frame."""
    if isinstance(frames, FilteredFrames):
        return frames.rows(name)
    frame = frames.get(name)
    return None if frame is None else Rows(frame, None)


def _without_texts(name: str, df: pd.DataFrame | None) -> pd.DataFrame | None:
    """The frame without the columns filtered frames leave out (FILTERED_OUT): a copy of every matching text
    cost most of a broad filter's time (0.22 of 0.37 s for a quarter of 100k articles) and memory in every
    cached filter. Pages read a text from the whole store's frame by article id; the query still searches texts."""
    cols = [c for c in FILTERED_OUT.get(name, []) if df is not None and c in df.columns]
    if not cols:
        return df
    # once per snapshot frame (a drop costs 0.5-3 ms, and every filter of the store version reads it)
    return once(memo_of(df), "without_texts", lambda: df.drop(columns=cols))


class _ArticlesByValue:
    """The articles that mention each distinct value of a keyed column (a frame's rows grouped by value once per
    snapshot frame): a filter on a few values reads their articles, not every row of the mentions."""

    def __init__(self, codes: np.ndarray, values: pa.Array, article_ix: np.ndarray) -> None:
        order = np.argsort(codes, kind="stable")
        self.values = values
        self.article_ix = article_ix[order]  # the rows' articles, grouped by value
        self.starts = np.searchsorted(codes[order], np.arange(len(values) + 1))

    def articles(self, matched: np.ndarray) -> np.ndarray:
        """Article positions (-1: a row without one) of the rows whose value matched (a bool per distinct value)."""
        picked = np.flatnonzero(matched)
        if not len(picked):
            return np.empty(0, dtype=self.article_ix.dtype)
        return np.concatenate([self.article_ix[self.starts[v]:self.starts[v + 1]] for v in picked.tolist()])


# the frames and columns whose articles a filter by country, company or model finds by value (apply_filters)
_BY_VALUE = (("mentions", "canonical"), ("companies", "company"))


def prepare_article_index(frames: Mapping[str, pd.DataFrame]) -> None:
    """Work out now, once per snapshot frame, what the first filter by country, company or model would: the articles
    that mention each distinct value (a stable sort of the mentions: 0.25 s at 100k articles, 30 ms at 10k). The
    app does it when a store version is loaded, beside the first page's run, not on the first filter change."""
    from core.frames import frame_keys

    for name, column in _BY_VALUE:
        df = frames.get(name)
        if df is not None and len(df):
            _articles_by_value(df, frame_keys(df), column)


def _articles_by_value(df: pd.DataFrame, keys, column: str) -> _ArticlesByValue | None:
    entry = keys.column(df, column) if keys is not None else None
    if entry is None:
        return None
    return once(memo_of(df), f"articles_by:{column}", lambda: _ArticlesByValue(*entry, keys.article_ix))


class _Articles:
    """A set of articles, gathered from rows of frames: positions in the snapshot's articles when the
    frames have keys (a boolean per article, plus a trailing False for rows without an article),
    string ids otherwise; either form is derived from the other when a frame needs it."""

    def __init__(self, snapshot: pa.Array | None) -> None:
        self.snapshot = snapshot
        self.positions: np.ndarray | None = None
        self.id_parts: list[pa.Array | pa.ChunkedArray] = []
        self._ids: pa.Array | None = None

    def add(self, df: pd.DataFrame, keys, rows: np.ndarray) -> None:
        """The articles of df's rows where `rows` is True."""
        if keys is not None and self.snapshot is not None:
            if self.positions is None:
                self.positions = np.zeros(len(self.snapshot) + 1, dtype=bool)
            self.positions[keys.article_ix[rows]] = True
            self.positions[-1] = False  # article_ix -1: a row whose article is unknown
        else:
            self.id_parts.append(pc.filter(_as_arrow(df["article_id"]), pa.array(rows)))

    def add_positions(self, article_ix: np.ndarray) -> None:
        """The articles at these positions of the snapshot's articles (-1: none)."""
        if self.positions is None:
            self.positions = np.zeros(len(self.snapshot) + 1, dtype=bool)
        self.positions[article_ix] = True
        self.positions[-1] = False

    def ids(self) -> pa.Array:
        if self._ids is None:
            parts = list(self.id_parts)
            if self.positions is not None:
                parts.append(pc.filter(self.snapshot, pa.array(self.positions[:-1])))
            self._ids = _unique(parts)
        return self._ids

    def rows(self, df: pd.DataFrame, keys) -> np.ndarray:
        """For each row of df: is its article in the set?"""
        if keys is not None and self.snapshot is not None:
            if self.positions is None:
                self.positions = np.zeros(len(self.snapshot) + 1, dtype=bool)
            if self.id_parts:  # ids gathered from frames without keys
                self.positions[:-1] |= _bool(pc.is_in(self.snapshot, value_set=_unique(self.id_parts)))
                self.id_parts = []
            return np.take(self.positions, keys.article_ix)  # np.take: indexing by int32 codes costs twice as much
        return _isin(df["article_id"], self.ids())


def _column_mask(df: pd.DataFrame, keys, column: str, match, where: np.ndarray | None = None) -> np.ndarray:
    """match(Arrow strings) -> bools, for every row of df[column]: once per distinct value when the
    frame has keys for the column; else on the rows in `where` only (all rows when None)."""
    entry = keys.column(df, column) if keys is not None else None
    if entry is not None:
        codes, distinct = entry
        return np.take(match(distinct), codes)  # np.take: indexing by the int32 codes costs twice as much
    values = _as_arrow(df[column])
    if where is None or where.mean() > 0.5:
        return match(values)
    out = np.zeros(len(df), dtype=bool)
    picked = np.flatnonzero(where)
    out[picked] = match(pc.take(values, pa.array(picked)))
    return out


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


def _contains(values: pa.Array | pa.ChunkedArray, query: str) -> np.ndarray:
    return _bool(pc.match_substring(values, query, ignore_case=True))


def _any_column(df: pd.DataFrame, keys, cols: list[str], values: tuple[str, ...]) -> np.ndarray:
    hit = np.zeros(len(df), dtype=bool)
    wanted = _arrow_values(values)
    for c in cols:
        if c in LIST_COLUMNS:
            pattern = r"(?:^|; )(?:" + "|".join(re.escape(v) for v in values) + r")(?:;|$)"
            hit |= _column_mask(df, keys, c, lambda a, p=pattern: _bool(pc.match_substring_regex(a, p)))
        else:
            hit |= _column_mask(df, keys, c, lambda a: _bool(pc.is_in(a, value_set=wanted)))
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
