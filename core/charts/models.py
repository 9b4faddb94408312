"""The models page: one row per model (model_table, spec_summary) and the specs chart."""
from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from core.charts.base import (
    _TEXT_DTYPE,
    UNKNOWN_COLOR,
    _axis,
    _empty,
    _esc,
    _layout,
    _strings,
    _values,
    company_colors,
    fmt_number,
    legend_companies,
    shared_entry_bars,
)
from core.charts.keyed import Keyed, column_at_either, in_rank_order, object_column
from core.charts.keyed_summaries import ROUTE_KEEP, whole_plant_labels
from core.charts.owned_figure import owned_figure
from core.charts.summaries import PLANT_FIGURES, PLANT_KEEP, ROUTE_FIGURES, plant_labels
from core.charts.table_rows import TableRows
from core.charts.whole_model_texts import whole_texts_by_model
from core.filters import Rows
from core.snapshot_memo import once

SPECS_SHOWN = 40  # models in the specs chart


# The models page's tables are built from row positions: each frame is read once into, per model (or
# plant, route), the row of the store's frame its value comes from (core.charts.keyed), and each output
# column is then taken at those rows in one step, in the source column's dtype. pandas' fixed cost per
# operation, not the rows, is what counts on the few thousand rows of a filter; a groupby, join or where per
# column cost a few hundred microseconds, and a copy of the filtered rows' columns more than the rest.


def _numeric(values) -> np.ndarray:
    """pd.to_numeric(errors="coerce") as an array: numbers as they are, anything else parsed."""
    values = np.asarray(values)
    return values if values.dtype.kind in "iuf" else pd.to_numeric(pd.Series(values), errors="coerce").to_numpy()


def _as_list(values) -> list:
    """An array's values as a list, missing ones None (_values of a column)."""
    return _values(pd.Series(values, copy=False))


def _via(values: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """values[codes], -1 where a code is -1."""
    if not len(values):
        return np.full(len(codes), -1, dtype=np.intp)
    return np.where(codes >= 0, values[codes], -1)


def _spread(values: np.ndarray, at: np.ndarray, n: int) -> np.ndarray:
    """An array of n, values[i] at position at[i] (at[i] -1: nowhere), -1 elsewhere."""
    out = np.full(n, -1, dtype=np.intp)
    placed = at >= 0
    out[at[placed]] = values[placed]
    return out


def _spread_each(arrays: dict, at: np.ndarray, n: int) -> dict:
    """_spread of each of the arrays, sharing the work: where each lands worked out once, and an array given
    under several names (the specs' latest rows give most columns) spread once."""
    placed = np.flatnonzero(at >= 0)
    to = at[placed]
    spread: dict[int, np.ndarray] = {}
    for values in arrays.values():
        if id(values) not in spread:
            out = spread[id(values)] = np.full(n, -1, dtype=np.intp)
            out[to] = values[placed]
    return {name: spread[id(values)] for name, values in arrays.items()}


SPEC_COLUMNS = ["model", "maker", "engine_l", "power_hp", "transmission", "article_id", "sentence", "source", "published"]
SPEC_FIGURES = ("maker", "engine_l", "power_hp", "transmission")  # taken from the latest row stating them


def _spec_rows(specs: Keyed, columns=SPEC_COLUMNS) -> dict[str, np.ndarray]:
    """spec_summary as rows of the frame: per column, for each model the row its value comes from: the
    figures (SPEC_FIGURES) from the latest row stating them, the rest from the model's latest row."""
    latest = specs.first_rows()
    return {c: specs.first_rows(c) if c in SPEC_FIGURES else latest for c in columns}


def spec_summary(specs: pd.DataFrame) -> pd.DataFrame:
    """One row per model: the latest stated engine, power and transmission. `specs` may be core.filters.Rows."""
    s = Keyed(specs, "model", sort=True)
    shown = np.flatnonzero(s.present())
    if not len(shown):
        return pd.DataFrame(columns=SPEC_COLUMNS)
    out = {c: s.at(c, rows[shown]) for c, rows in _spec_rows(s).items()}
    out["model"] = pd.Index(s.names.take(shown).tolist()).array  # typed as groupby types its keys
    out["engine_l"], out["power_hp"] = _numeric(out["engine_l"]), _numeric(out["power_hp"])
    return pd.DataFrame(out, copy=False)


def _model_lists(lists: list) -> list[list[str]]:
    """Each "; "-joined `models` value as its items, stripped, empty ones left out (as _list_items splits)."""
    return [[] if v is None else [s for s in (part.strip() for part in str(v).split(";")) if s] for v in lists]


@dataclass(frozen=True)
class _Items:
    """A frame's `models` lists, split once per frame: each row's code into the distinct values, and the items
    of value v at flat[start[v]:start[v] + count[v]] (codes into `names`)."""
    codes: np.ndarray
    start: np.ndarray
    count: np.ndarray
    flat: np.ndarray
    names: pa.Array


def _items(frame: pd.DataFrame) -> _Items:
    codes, values = pd.factorize(frame["models"])
    lists = _model_lists(values.tolist())
    position: dict = {}
    flat = np.array([position.setdefault(item, len(position)) for items in lists for item in items], dtype=np.intp)
    count = np.array([len(items) for items in lists], dtype=np.intp)
    return _Items(codes, np.cumsum(count) - count, count, flat, pa.array(list(position), type=pa.large_string()))


def _texts_by_model(df: pd.DataFrame | Rows, key: str, text_of, columns: tuple[str, ...], joined: _Joined,
                    wanted: np.ndarray | None = None) -> tuple[np.ndarray, pa.Array] | None:
    """(models (their places in joined.names, -1: none), the "; "-joined distinct texts of the rows' keys whose `models` name each), keys in the order of
    their summary (plant_summary, route_summary: first seen, latest first); None when no key that names a
    model has a text (else the column is typed str, as _by_model's is).

    text_of(column, keys) gives the keys' texts from the `columns` it reads: column(c) gives c's latest stated
    value for each key, the way _summarise does (blank text skipped in object columns only); any missing
    value must give the text that None gives. A key whose latest row states them all (or leaves missing what no
    row states) has its latest row's text: text_of of each row of the frame, worked out once per frame.
    `wanted`: per model of joined.names, whether its texts are asked for (None: all)."""
    r = Keyed(df, key)
    latest = r.first_rows()
    keys = np.flatnonzero(latest >= 0)
    key_order = in_rank_order(keys, r.rank[latest[keys]], len(r.rank))  # by their latest row: the summary's order
    latest = latest[key_order]
    stated = {c: r.first_rows(c)[key_order] for c in columns}  # the latest row that states c's value
    own = np.ones(len(key_order), dtype=bool)
    for c in columns:
        own &= (stated[c] == latest) | ((stated[c] < 0) & r.missing(c)[latest])
    rows = once(r.memo, f"texts:{key}", lambda: _Texts(text_of(lambda c: r.column(c).array, r.column(key).array)))
    texts = rows.ids[latest]
    distinct = rows.distinct
    other = np.flatnonzero(~own)
    if len(other):  # their own texts, numbered after the rows' texts
        found = text_of(lambda c: r.column(c).array.take(stated[c][other], allow_fill=True),
                        r.names.take(key_order[other]).array)
        extra: dict = {}
        texts[other] = [-1 if t is None else rows.index[t] if t in rows.index
                        else extra.setdefault(t, len(rows.index) + len(extra)) for t in found]
        distinct = pa.concat_arrays([distinct, pa.array(list(extra), type=pa.large_string())])
    places = _item_places(r, joined)
    found = _joined_texts(r, key_order, texts, distinct, None if wanted is None else _via(wanted, places) > 0)
    return None if found is None else (places[found[0]], found[1])


def _item_places(r: Keyed, joined: _Joined) -> np.ndarray:
    """The place in joined.names of each item of the frame's `models` lists (-1: none): once per pair of frames."""
    kind = f"items in {id(joined)}"
    kept = r.memo.get(kind)
    if kept is not None and kept[0]() is joined:
        return kept[1]
    lists = once(r.memo, "model_lists", lambda: _items(r.frame))
    places = joined.index.get_indexer(pd.Index(_strings(lists.names)))
    r.memo[kind] = (weakref.ref(joined), places)
    return places


class _Texts:
    """The text of each row of a frame (text_of with each row its own key) as numbers: ids (-1: None) into
    `distinct`, `index` text -> id."""

    def __init__(self, texts: list):
        self.index: dict = {}
        self.ids = np.array([-1 if t is None else self.index.setdefault(t, len(self.index)) for t in texts],
                            dtype=np.intp)
        self.distinct = pa.array(list(self.index), type=pa.large_string())


def _joined_texts(r: Keyed, key_order: np.ndarray, texts: np.ndarray, distinct: pa.Array,
                  wanted: np.ndarray | None = None) -> tuple[np.ndarray, pa.Array] | None:
    """(models (codes into the frame's _Items names), the "; "-joined distinct texts of each) over the distinct (key, models value) pairs of the rows
    read, keys in summary order (key_order; `texts`: their texts' ids into `distinct`, -1: None); None when no
    key with a text names a model. `wanted`: per item code, whether its texts are asked for (None: all)."""
    lists = once(r.memo, "model_lists", lambda: _items(r.frame))
    n_lists = max(len(lists.count), 1)
    key_rank = _spread(np.arange(len(key_order)), key_order, len(r.names))
    codes, kept_lists = r.kept_codes, lists.codes[r.kept]
    named = (codes >= 0) & (kept_lists >= 0)
    # each (key, models value) pair once, by hashing (in no useful order: the keys' ranks order the texts below)
    k, v = np.divmod(pd.unique(key_rank[codes[named]].astype(np.int64) * n_lists + kept_lists[named]), n_lists)
    used = (texts[k] >= 0) & (lists.count[v] > 0)
    k, v = k[used], v[used]
    if not len(k):
        return None
    # every (key, item) of the pairs
    count = lists.count[v]
    ends = np.cumsum(count)
    items = lists.flat[np.repeat(lists.start[v] - ends + count, count) + np.arange(ends[-1])]
    rank = np.repeat(k, count)
    if wanted is not None:  # the models of the rows shown only
        asked = wanted[items]
        items, rank = items[asked], rank[asked]
        if not len(items):  # texts, none of them asked for: the column is still typed str
            return np.empty(0, dtype=np.intp), pa.array([], type=pa.large_string())
    # each (item, text) once, with the first key (in summary order) that gives it: an item's texts are listed in
    # the order of their first keys (as listing the keys in summary order and keeping each text's first place
    # gives them: a key has one text), found by hashing and one sort, not by sorting every (key, item) three times
    found, pairs = pd.factorize(items.astype(np.int64) * len(distinct) + texts[rank])
    first = np.full(len(pairs), len(key_order), dtype=np.intp)
    np.minimum.at(first, found, rank)
    items, text = np.divmod(np.asarray(pairs, dtype=np.int64), len(distinct))
    order = np.lexsort((first, items))
    items, text = items[order], text[order]
    starts = np.flatnonzero(np.r_[True, items[1:] != items[:-1]])
    joined = pc.binary_join(pa.LargeListArray.from_arrays(pa.array(np.r_[starts, len(items)], type=pa.int64()),
                                                          distinct.take(pa.array(text))),
                            pa.scalar("; ", type=pa.large_string()))
    return items[starts].astype(np.intp), joined


def _built_at(plants: pd.DataFrame | Rows, joined: _Joined, wanted: np.ndarray | None = None
              ) -> tuple[np.ndarray, pa.Array] | None:
    """_texts_by_model of the plants: their labels (plant_labels of plant_summary)."""
    def labels(column, keys) -> list[str]:
        places = {"plant_key": keys, **{c: column(c) for c in ("site", "company", "country")}}
        return plant_labels(pd.DataFrame(places, copy=False))
    if not len(plants):
        return None
    found = whole_texts_by_model(plants, "plant_key", PLANT_FIGURES, PLANT_KEEP,
                                 lambda summary, memo: whole_plant_labels(summary, memo).tolist(), joined.index, wanted)
    return _texts_by_model(plants, "plant_key", labels, ("site", "company", "country"), joined, wanted) \
        if found is False else found


def _units_notes(units: list) -> list[str]:
    """" (5,000 units)" for each figure, "" when missing; formatted once per distinct figure (but 0.0 and -0.0,
    one key in a dict, are written apart)."""
    notes = {u: f" ({fmt_number(u)} units)" for u in set(units) if u}
    return [notes[u] if u else "" if u is None else f" ({fmt_number(u)} units)" for u in units]


def _exported_to(exports: pd.DataFrame | Rows, joined: _Joined, wanted: np.ndarray | None = None
                 ) -> tuple[np.ndarray, pa.Array] | None:
    """_texts_by_model of the routes: their market with the latest units ("Chile (5,000 units)"), as
    model_table wrote them from route_summary."""
    def markets(column, keys) -> list[str | None]:
        dests, units = (_as_list(column(c)) for c in ("destination", "units"))
        return [None if dest is None else str(dest) + note for dest, note in zip(dests, _units_notes(units), strict=True)]
    if not len(exports):
        return None
    found = whole_texts_by_model(exports, "route_key", ROUTE_FIGURES, ROUTE_KEEP,
                                 lambda summary, memo: markets(summary.__getitem__, None), joined.index, wanted)
    return _texts_by_model(exports, "route_key", markets, ("destination", "units"), joined, wanted) \
        if found is False else found


@dataclass(frozen=True)
class _Joined:
    """The models of the models and specs frames in one sorted list, and the (model, article) pairs their rows name
    (once per pair of frames)."""
    names: list
    index: pd.Index  # of names
    column: pd.api.extensions.ExtensionArray | None  # names as the str column pd.Index makes of them, if it does
    from_models: np.ndarray  # code of a model in the models frame (Keyed, sorted) -> index in names
    from_specs: np.ndarray
    # each (model, article) pair named by a row, numbered: per row of the models frame then the specs frame, its
    # pair (-1: no model or no article); per pair, its model (index in names)
    pair_of_row: np.ndarray
    pair_model: np.ndarray


def _joined(m: Keyed, s: Keyed) -> _Joined:
    """_Joined of the frames of m and s: once per pair of snapshot frames (kept with the models frame, for the
    specs frame it was made with)."""
    kind = f"joined with {id(s.frame)}"
    kept = m.memo.get(kind)
    if kept is not None and kept[0]() is s.frame:
        return kept[1]
    joined = _joined_once(m, s)
    if s.kept_once:
        m.memo[kind] = (weakref.ref(s.frame), joined)
    return joined


def _joined_once(m: Keyed, s: Keyed) -> _Joined:
    models, specs = m.frame, s.frame
    m_names, s_names = m.names.tolist(), s.names.tolist()
    names = sorted(set(m_names) | set(s_names))
    position = {name: i for i, name in enumerate(names)}
    articles, _ = pd.factorize(pd.concat([models["article_id"], specs["article_id"]], ignore_index=True))
    column = pd.Index(names).array  # typed as groupby types its keys: str when all are, and then any part is too
    from_models = np.array([position[n] for n in m_names], dtype=np.intp)
    from_specs = np.array([position[n] for n in s_names], dtype=np.intp)
    model_of_row = np.concatenate([_via(from_models, m.codes), _via(from_specs, s.codes)])
    named = (model_of_row >= 0) & (articles >= 0)
    width = int(articles.max(initial=-1)) + 1
    pair_of_row = np.full(len(articles), -1, dtype=np.intp)
    pair_of_row[named], pairs = pd.factorize(model_of_row[named].astype(np.int64) * width + articles[named])
    return _Joined(names, pd.Index(names, dtype=object), column if column.dtype == _TEXT_DTYPE else None,
                   from_models, from_specs, pair_of_row, np.asarray(pairs // max(width, 1), dtype=np.intp))


def _article_counts(joined: _Joined, m: Keyed, s: Keyed, shown: np.ndarray) -> np.ndarray:
    """For each shown model (index in joined.names): the distinct articles of its rows read in both frames. The
    (model, article) pairs are numbered once per pair of frames, so a filter marks the pairs of its rows, without
    sorting them (a sort of some 90,000 pairs cost 9 ms on a large country at 100k articles)."""
    n_models = len(m.frame)
    if (len(m.kept) + len(s.kept)) * 16 < len(joined.pair_model):  # few rows read: their own pairs, sorted
        pairs = joined.pair_of_row[np.concatenate([m.kept, n_models + s.kept])]
        seen = np.unique(pairs[pairs >= 0])
    else:  # each frame's pairs marked where they are (no joined copy of the positions): -1 marks the spare last
        marked = np.zeros(len(joined.pair_model) + 1, dtype=bool)
        marked[joined.pair_of_row[:n_models][m.kept]] = True
        marked[joined.pair_of_row[n_models:][s.kept]] = True
        seen = np.flatnonzero(marked[:-1])
    return np.bincount(joined.pair_model[seen], minlength=len(joined.names))[shown].astype(np.int64)


def _texts_at(found: tuple[np.ndarray, pa.Array], out_row: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """The str column of found's texts at each output row of a model (out_row of its place in the joined
    models; -1: not shown), "" for the models without one."""
    places, texts = found
    n = int(out_row.max(initial=-1)) + 1
    at = np.full(n, len(places), dtype=np.intp)  # the trailing "": no text
    rows = np.where(places >= 0, out_row[np.maximum(places, 0)], -1)
    shown = rows >= 0
    at[rows[shown]] = np.flatnonzero(shown)
    return _strings(pa.concat_arrays([texts, pa.array([""], type=pa.large_string())]).take(pa.array(at)))


MODEL_TABLE_COLUMNS = ["model", "maker", "based_on", "platform", "engine_l", "power_hp", "transmission", "built_at", "exported_to",
                       "n_articles", "article_id", "sentence", "source", "published"]


def model_table(models: pd.DataFrame, specs: pd.DataFrame, plants: pd.DataFrame, exports: pd.DataFrame) -> pd.DataFrame:
    """One row per model: maker, platform lineage, specs, where it is built and where it is exported.

    Maker and lineage from the model's latest models rows that state them (the maker from its specs
    otherwise), specs as spec_summary gives them, provenance from its latest models row (its latest specs
    row when it has none, or one without an article). The frames may be core.filters.Rows: only the columns
    used are read, at the rows used."""
    s = Keyed(specs, "model", sort=True)
    return _model_table(Keyed(models, "model", sort=True), s, _spec_rows(s), plants, exports).to_frame()


def _model_table(m: Keyed, s: Keyed, spec_rows: dict[str, np.ndarray], plants: pd.DataFrame | Rows,
                 exports: pd.DataFrame | Rows) -> TableRows:
    """model_table of the models and specs read by model (m, s; spec_rows: _spec_rows(s)), as TableRows: which
    rows of the frames give each model's values is worked out for every model, the values for the rows asked."""
    joined = _joined(m, s)
    in_models, in_specs = m.present(), s.present()
    listed = np.zeros(len(joined.names), dtype=bool)
    listed[joined.from_models[in_models]] = True
    listed[joined.from_specs[in_specs]] = True
    shown = np.flatnonzero(listed)
    if not len(shown):
        empty = pd.DataFrame(columns=MODEL_TABLE_COLUMNS)
        return TableRows(0, lambda k: empty)
    n = len(shown)
    out_row = _spread(np.arange(n), shown, len(joined.names))  # joined model -> output row
    m_out = np.where(in_models, out_row[joined.from_models], -1)  # each model of a frame -> its output row
    s_out = np.where(in_specs, out_row[joined.from_specs], -1)
    rows = _ModelRows(shown, out_row, bool(in_specs.any()), _spread_each(spec_rows, s_out, n),
                      _spread_each({c: m.first_rows(c) for c in ("maker", "based_on", "platform", None)}, m_out, n)
                      if in_models.any() else None)
    # the first k rows are built as they are (a head of them again copied every column: half a millisecond a page);
    # no row asked for: one built, then none of it, for the columns' dtypes
    return TableRows(n, lambda k: _model_table_head(m, s, joined, rows, plants, exports, k) if k
                     else _model_table_head(m, s, joined, rows, plants, exports, 1).head(0))


@dataclass(frozen=True)
class _ModelRows:
    """The models table's rows as row positions: the models shown (places in joined.names), each one's output row,
    and per output row the specs row and models row (None: no models rows read) each column's value comes from."""
    shown: np.ndarray
    out_row: np.ndarray
    has_specs: bool  # whether any specs row is read
    spec: dict[str, np.ndarray]
    model: dict[str | None, np.ndarray] | None


def _model_table_head(m: Keyed, s: Keyed, joined: _Joined, rows: _ModelRows, plants: pd.DataFrame | Rows,
                      exports: pd.DataFrame | Rows, k: int) -> pd.DataFrame:
    """The first k rows of the models table."""
    shown = rows.shown[:k]
    n = len(shown)
    spec = {c: r[:n] for c, r in rows.spec.items()}
    out: dict[str, object] = {"model": joined.column.take(shown) if joined.column is not None
                              else pd.Index([joined.names[i] for i in shown.tolist()]).array}
    if rows.model is not None:
        maker, based_on, platform, latest = (rows.model[c][:n] for c in ("maker", "based_on", "platform", None))
        out["maker"] = column_at_either(m.column("maker"), maker, s.column("maker"), spec["maker"], maker < 0)
        out["based_on"] = m.at("based_on", based_on)
        out["platform"] = m.at("platform", platform)
        no_article = latest < 0
        no_article[~no_article] = m.column("article_id").array.take(latest[~no_article]).isna()
    else:  # no models rows: the maker from the specs, in a column of no dtype (as filling a column of None gives)
        out["maker"] = object_column(s.at("maker", spec["maker"]).astype(object))
        out["based_on"] = object_column([None] * n)
        out["platform"] = object_column([None] * n)
        latest, no_article = np.full(n, -1, dtype=np.intp), np.ones(n, dtype=bool)

    for c in ("engine_l", "power_hp", "transmission"):
        out[c] = s.at(c, spec[c]) if rows.has_specs else object_column([np.nan] * n)
    out["engine_l"], out["power_hp"] = _numeric(out["engine_l"]), _numeric(out["power_hp"])

    wanted = np.zeros(len(joined.names), dtype=bool)
    wanted[shown] = True
    out_row = np.where(wanted, rows.out_row, -1)
    for c, found in (("built_at", _built_at(plants, joined, wanted)), ("exported_to", _exported_to(exports, joined, wanted))):
        out[c] = object_column([""] * n) if found is None else _texts_at(found, out_row)
    out["n_articles"] = _article_counts(joined, m, s, shown)

    for c in ("article_id", "sentence", "source", "published"):
        out[c] = (column_at_either(m.column(c), latest, s.column(c), spec[c], no_article) if rows.model is not None
                  else s.at(c, spec[c]))
    return pd.DataFrame({c: out[c] for c in MODEL_TABLE_COLUMNS}, copy=False)


def _spec_bars(specs: pd.DataFrame | Rows, summary: pd.DataFrame | None) -> tuple[Sequence, Sequence, np.ndarray, np.ndarray]:
    """(model, maker, power, engine) of each model of spec_summary(specs), or of `summary` when given."""
    if summary is not None:
        return (_values(summary["model"]), _values(summary["maker"]), summary["power_hp"].to_numpy(),
                summary["engine_l"].to_numpy())
    s = Keyed(specs, "model", sort=True)
    return _spec_bars_of(s, _spec_rows(s, ("maker", "power_hp", "engine_l")))


def _spec_bars_of(s: Keyed, spec_rows: dict[str, np.ndarray]) -> tuple[Sequence, Sequence, np.ndarray, np.ndarray]:
    """_spec_bars of the specs read by model (s), from their _spec_rows (maker, power_hp and engine_l at least)."""
    shown = np.flatnonzero(s.present())
    if not len(shown):
        return [], [], np.empty(0), np.empty(0)
    rows = {c: spec_rows[c][shown] for c in ("maker", "power_hp", "engine_l")}
    # names and makers read when drawn (the chart draws SPECS_SHOWN of thousands); the names sorted (Keyed's)
    return (_Picked(s.names, shown, in_order=True), _Picked(s.column("maker").array, rows["maker"]),
            _numeric(s.at("power_hp", rows["power_hp"])), _numeric(s.at("engine_l", rows["engine_l"])))


class _Picked:
    """values[rows] as a read-only sequence whose items are read when asked for (missing, or row -1: None), as
    _as_list gives them; `in_order`: the values are in sorted order."""

    def __init__(self, values, rows: np.ndarray, in_order: bool = False):
        self._values = values
        self._rows = rows
        self.in_order = in_order

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: int):
        row = self._rows[i]
        value = None if row < 0 else self._values[row]
        return None if value is None or value is pd.NA or (isinstance(value, float) and value != value) else value

    def take(self, positions: np.ndarray) -> list:
        """[self[i] for i in positions], read in one take (an Arrow string read one at a time costs some 8 us)."""
        values = getattr(self._values, "array", self._values)
        return _as_list(pd.array(values, copy=False).take(self._rows[positions], allow_fill=True))


def _items_at(values: Sequence, positions: np.ndarray) -> list:
    """[values[i] for i in positions], in one take when `values` is a _Picked."""
    return values.take(positions) if isinstance(values, _Picked) else [values[i] for i in positions.tolist()]


def _by_name(names: list) -> list[int]:
    """Positions of names in sorted order."""
    return sorted(range(len(names)), key=names.__getitem__)


def _sorted_bars(rank: np.ndarray, power: np.ndarray, engine: np.ndarray, rows: np.ndarray, descending: bool) -> np.ndarray:
    """rows by power, then engine (missing last when descending, first otherwise), then name (`rank`: each
    model's place by name): the models are distinct, so the order is total, the one sort_values gives."""
    no_power, no_engine = pd.isna(power[rows]), pd.isna(engine[rows])
    p, e = np.where(no_power, 0, power[rows]), np.where(no_engine, 0, engine[rows])
    keys = (rank[rows], -e, no_engine, -p, no_power) if descending else (rank[rows], e, ~no_engine, p, ~no_power)
    return rows[np.lexsort(keys)]  # the last key sorts first


def _most_powerful(power: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    """The rows that can be among the k first by power (missing last): those at or above the k-th largest power (every
    row when fewer than k state one), in their order. Sorting these alone gives the k first of all the rows: a row
    below has k rows before it. The sort of every model (5,000 of a large country at 100k articles) was most of the
    chart's cost."""
    if len(rows) <= k:
        return rows
    stated = np.where(pd.isna(power[rows]), -np.inf, power[rows])
    kth = -np.partition(-stated, k - 1)[k - 1]
    return rows if kth == -np.inf else rows[stated >= kth]


def _colours(maker: str, rows: list[int], makers: list, palette: dict) -> dict:
    """The colour properties of one maker's bars, or ("" maker) of the bars sharing the last legend entry, each bar
    in its maker's colour and named on hover. A new dict at every call: one per trace."""
    if maker:
        return {"marker": {"color": palette.get(maker, UNKNOWN_COLOR)}}
    return shared_entry_bars(makers, rows, palette)


def specs_chart(specs: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Power (hp) and engine displacement (L) side by side, one bar per model, coloured by maker.

    Past SPECS_SHOWN models, the most powerful are drawn and the title says of how many (the
    models table lists every one). `summary`: spec_summary(specs), when the caller has it. `specs` may be
    core.filters.Rows."""
    return _specs_figure(*_spec_bars(specs, summary))


def _specs_figure(names: Sequence, makers: Sequence, power: np.ndarray, engine: np.ndarray) -> go.Figure:
    """specs_chart of the models' (name, maker, power, engine) bars (_spec_bars)."""
    title = "Specs by model: power (hp) and engine displacement (L)"
    shown = np.flatnonzero(~(pd.isna(power) & pd.isna(engine)))  # a bar in at least one panel
    if not len(shown):
        return _empty(title, "Power (hp)", "Model")
    rank = (np.arange(len(names)) if getattr(names, "in_order", False)
            else _spread(np.arange(len(names)), np.array(_by_name(names), dtype=np.intp), len(names)))
    if len(shown) > SPECS_SHOWN:
        title = f"{title} — the {SPECS_SHOWN} most powerful of {len(shown):,} models"
        shown = _sorted_bars(rank, power, engine, _most_powerful(power, shown, SPECS_SHOWN), descending=True)[:SPECS_SHOWN]
    shown = _sorted_bars(rank, power, engine, shown, descending=False)  # least powerful at the bottom
    all_models = _items_at(names, shown)
    all_power, all_engine = power[shown], engine[shown]
    makers_shown = ["Unknown maker" if m is None else m for m in _items_at(makers, shown)]
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
        name, extra = (str(maker), _esc(maker)) if maker else (f"{others:,} other makers", "%{customdata}")
        # each trace its own lists and dicts: owned_figure keeps them as the figure's (go.Figure copied them)
        traces.append({"type": "bar", "y": models, "x": power_of, "orientation": "h", "name": name,
                       "legendgroup": name, "xaxis": "x", "yaxis": "y",
                       "text": [fmt_number(v) if not pd.isna(v) else "" for v in power_of], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x} hp<extra>" + extra + "</extra>",
                       **_colours(maker, rows, makers_shown, palette)})
        traces.append({"type": "bar", "y": list(models), "x": engine_of, "orientation": "h", "name": name,
                       "legendgroup": name, "showlegend": False, "xaxis": "x2", "yaxis": "y2",
                       "text": [f"{v:.1f}" if not pd.isna(v) else "" for v in engine_of], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x} L<extra>" + extra + "</extra>",
                       **_colours(maker, rows, makers_shown, palette)})
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
    return owned_figure(traces, layout)


@dataclass(frozen=True)
class ModelsView:
    """What the models page draws for one filter: the models table and the specs chart."""

    table: TableRows  # its rows built when shown
    figure: go.Figure


def models_view(models: pd.DataFrame | Rows, specs: pd.DataFrame | Rows, plants: pd.DataFrame | Rows,
                exports: pd.DataFrame | Rows) -> ModelsView:
    """model_table and specs_chart(specs) in one call: the specs are read by model once (their codes at the rows
    read, each model's latest row stating each figure) for both, where the two calls read them twice."""
    s = Keyed(specs, "model", sort=True)
    spec_rows = _spec_rows(s)
    return ModelsView(_model_table(Keyed(models, "model", sort=True), s, spec_rows, plants, exports),
                      _specs_figure(*_spec_bars_of(s, spec_rows)))
