"""The models table's "built at" and "exported to" texts, read off the whole frame's summary.

A filter that keeps every row of each plant or route it keeps (a country, a company) has as its plants' and
routes' summary the rows of the whole frame's (core.charts.keyed_summaries.whole_summary_rows). A plant's text
(its label) and its models are then the whole summary's too, so the models each plant or route names, listed
place by place, are worked out once per store version (_ModelPlaces), and a filter reads the entries of the
places it keeps, for the models its table shows, sorted by model: some thousands of integers, where reading the
filter's rows by key and splitting their models lists cost 3 ms a column on a large country at 100k articles.
Any other filter (a model, dates, a text search: a plant's rows split) goes core.charts.models' direct way.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.charts.keyed_summaries import whole_summary_rows
from core.filters import Rows
from core.snapshot_memo import once


@dataclass(frozen=True)
class _ModelPlaces:
    """For the whole summary: the model items each place (summary row) names, and each place's text."""
    names: pd.Index  # the items (models as the `models` lists write them)
    item_start: np.ndarray  # per place, where its items start in `item` (item[item_start[p]:item_start[p + 1]])
    item: np.ndarray  # the items each place names, place by place (codes into `names`)
    text: np.ndarray  # per place, its text's id into `distinct` (-1: no text)
    distinct: pa.Array
    named: np.ndarray  # per place: it has a text and names a model
    count: np.ndarray  # per place, how many items it names (item_start[p + 1] - item_start[p])
    entry_text: np.ndarray  # per entry of `item`, its place's text
    # per entry: whether another entry names the same item with the same text (two places of one label): only those
    # can repeat an (item, text) pair a filter lists, so only those are looked up by hashing
    entry_shared: np.ndarray


def _model_places(models, texts: list[str | None]) -> _ModelPlaces:
    """_ModelPlaces of a whole summary's "; "-joined `models` column and its places' texts."""
    strings = pa.array(models, type=pa.large_string())
    strings = strings.combine_chunks() if isinstance(strings, pa.ChunkedArray) else strings
    parts = pc.split_pattern(strings, ";")
    places = pc.list_parent_indices(parts).to_numpy()
    items = pc.utf8_trim_whitespace(pc.list_flatten(parts))
    keep = pc.fill_null(pc.not_equal(items, ""), False).to_numpy(zero_copy_only=False)
    places, items = places[keep], items.filter(pa.array(keep))
    encoded = pc.dictionary_encode(items)
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp)
    names = pd.Index(encoded.dictionary.to_pylist(), dtype=object)
    index: dict = {}
    text = np.array([-1 if t is None else index.setdefault(t, len(index)) for t in texts], dtype=np.intp)
    named = np.zeros(len(texts), dtype=bool)
    named[places] = True
    # the items are listed place by place already (split in row order)
    item_start = np.searchsorted(places, np.arange(len(texts) + 1))
    entry_text = text[places]
    pairs = codes.astype(np.int64) * (len(index) + 1) + entry_text + 1
    return _ModelPlaces(names, item_start, codes.astype(_code_type(names)), text,
                        pa.array(list(index), type=pa.large_string()), named & (text >= 0), np.diff(item_start),
                        entry_text, (entry_text >= 0) & pd.Series(pairs, copy=False).duplicated(keep=False).to_numpy())


def _code_type(names: pd.Index) -> type:
    """The narrowest unsigned type for codes into names: numpy's stable sort of 16-bit keys is a radix sort."""
    return np.uint16 if len(names) <= np.iinfo(np.uint16).max + 1 else np.intp


def whole_texts_by_model(rows: pd.DataFrame | Rows, key: str, figures: list[str], keep: list[str],
                         texts_of: Callable[[dict, dict], list[str | None]], names: pd.Index,
                         wanted: np.ndarray | None) -> tuple[np.ndarray, pa.Array] | None | bool:
    """core.charts.models._texts_by_model's result for rows that read their summary off the whole frame's:
    (models (places in `names`), the "; "-joined distinct texts of the keys naming each, in summary order), or
    None when no key kept has a text and names a model. False when the rows do not read the whole summary (the
    caller goes the direct way). texts_of(summary columns, their memo): each summary row's text. `wanted`: per name, whether
    its texts are asked for (None: all)."""
    found = whole_summary_rows(rows, key, figures, keep)
    if found is None:
        return False
    columns, kept_places, memo = found
    index = once(memo, f"model places:{key}", lambda: _model_places(columns["models"], texts_of(columns, memo)))
    if not index.named[kept_places].any():
        return None
    to_name = _name_places(memo, key, index, names)
    asked = to_name >= 0 if wanted is None else np.where(to_name >= 0, wanted[np.maximum(to_name, 0)], False)
    # the items of the places kept that have a text, place by place (so in summary order); then by item, in that
    # order. Read from the places kept, not from every place naming a model shown: a country keeps a fraction
    places = kept_places[index.text[kept_places] >= 0]
    count = index.count[places]
    ends = np.cumsum(count)
    entries = np.repeat(index.item_start[places] - ends + count, count) + np.arange(int(ends[-1]) if len(ends) else 0)
    item_of = index.item[entries]
    chosen = asked[item_of]
    item_of, entries = item_of[chosen], entries[chosen]
    by_item = np.argsort(item_of, kind="stable")
    item_of, entries = item_of[by_item].astype(np.intp), entries[by_item]
    text = index.entry_text[entries]
    # each (item, text) once, at its first place: the entries are by item, then in summary order. A pair can repeat
    # only among the entries whose pair the whole summary names twice or more: those alone are hashed
    first = np.ones(len(item_of), dtype=bool)
    shared = np.flatnonzero(index.entry_shared[entries])
    if len(shared):
        pairs = item_of[shared].astype(np.int64) * max(len(index.distinct), 1) + text[shared]
        first[shared] = ~pd.Series(pairs, copy=False).duplicated().to_numpy()
    item_of, text = item_of[first], text[first]
    if not len(item_of):  # texts, none of them asked for: the column is still typed str
        return np.empty(0, dtype=np.intp), pa.array([], type=pa.large_string())
    starts = np.flatnonzero(np.r_[True, item_of[1:] != item_of[:-1]])
    joined = pc.binary_join(pa.LargeListArray.from_arrays(pa.array(np.r_[starts, len(item_of)], type=pa.int64()),
                                                          index.distinct.take(pa.array(text))),
                            pa.scalar("; ", type=pa.large_string()))
    return to_name[item_of[starts]], joined


def _name_places(memo: dict, key: str, index: _ModelPlaces, names: pd.Index) -> np.ndarray:
    """Each item's place in `names` (-1: none), once per (whole summary, names): the models page's names are the
    same object for every filter of a store version."""
    kind = f"model places in names:{key}"
    kept = memo.get(kind)
    if kept is not None and kept[0] is names:
        return kept[1]
    places = names.get_indexer(index.names)
    memo[kind] = (names, places)
    return places
