"""Rows of a frame read by key (a model, a plant, a route): the latest row of each key, or the latest that
states a column's value, as row positions of the store's frame.

A filter's derived table reads some rows of the store's frames (core.filters.Rows: the whole frame and the
positions kept). What does not depend on the rows kept (the key column's codes, each row's place by date,
which rows state a value) is worked out once per frame and kept (memo_of), so a filter costs integer work
on the positions it keeps, and the output columns are taken straight from the store's frame at the rows
found: no column of the filtered rows is copied out. Kept (memo_of) only for frames mapped from a saved
snapshot (core.frames.frame_keys), whose columns are read-only memory maps the app shares read-only; any
other frame (built in memory, edited by a caller) is worked out again on every call, with the same result.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.charts.base import _published_order, _text_stated
from core.filters import Rows
from core.snapshot_memo import column as memo_column
from core.snapshot_memo import is_kept, memo_of, once


def states_value(series: pd.Series, blank_is_missing: bool) -> np.ndarray:
    """The rows that state a value: not missing, and (blank_is_missing) not text that is empty once stripped."""
    if not blank_is_missing:
        return ~series.array.isna()
    if isinstance(series.array, pd.arrays.ArrowStringArray):  # the frames' text columns
        return _text_stated(series.array)
    return (series.notna() & (series.astype(str).str.strip() != "")).to_numpy(dtype=bool)


def skips_blank(series: pd.Series) -> bool:
    """Whether a column's blank text states nothing (text columns)."""
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


@dataclass(frozen=True)
class _Keys:
    """A frame's key column, worked out once: each row's code (-1: no key) into `names`, and each row's
    place by date when the dates are the frames' datetimes (None: text dates, ranked on the rows read)."""
    codes: np.ndarray
    names: pd.Index  # the distinct keys; sorted when asked for (sorted=True), else in order of first row
    rank: np.ndarray | None  # per row, its place, most recently published first (undated last, ties by row)
    by_rank: np.ndarray | None  # the row at each place, then -1


def key_codes(frame: pd.DataFrame, key: str, sort: bool, memo: dict | None = None) -> _Keys:
    """The frame's _Keys for one key column (names sorted when `sort`), once per frame (memo: memo_of(frame))."""
    return once(memo_of(frame) if memo is None else memo, f"keys:{key}:{sort}", lambda: _keys(frame, key, sort))


def _keys(frame: pd.DataFrame, key: str, sort: bool) -> _Keys:
    codes, names = pd.factorize(frame[key])
    if sort and len(names):
        ordered = sorted(range(len(names)), key=names.tolist().__getitem__)
        new_code = np.empty(len(names), dtype=np.intp)
        new_code[ordered] = np.arange(len(names))
        codes, names = np.where(codes >= 0, new_code[np.maximum(codes, 0)], -1), names.take(ordered)
    published = frame["published"]
    if not (isinstance(published.dtype, np.dtype) and published.dtype.kind == "M"):
        return _Keys(codes, names, None, None)
    order = _published_order(published)
    rank = np.empty(len(frame), dtype=np.intp)
    rank[order] = np.arange(len(frame))
    return _Keys(codes, names, rank, np.append(order, -1))


class Keyed:
    """The rows of a frame (or of core.filters.Rows) read by one key column: the latest row of each key
    (first_rows), taken from the store's frame. `frame`: the whole frame; `kept`: the positions read."""

    def __init__(self, rows: pd.DataFrame | Rows, key: str, sort: bool = False):
        self.frame = rows.frame if isinstance(rows, Rows) else rows
        positions = rows.positions if isinstance(rows, Rows) else None
        self.kept = np.arange(len(self.frame)) if positions is None else positions
        self.memo = memo_of(self.frame)
        self.kept_once = is_kept(self.frame)  # whether the memo is kept (a snapshot frame)
        self.keys = key_codes(self.frame, key, sort, self.memo)
        self.names = self.keys.names
        self.codes = self.keys.codes  # of every row of the frame
        self.kept_codes = self.codes[self.kept]
        keyed = self.kept_codes >= 0
        self._keyed = self.kept[keyed]
        self._keyed_codes = self.kept_codes[keyed]  # codes[_keyed], without a second gather from the whole frame
        if self.keys.rank is not None:
            self.rank, self.by_rank = self.keys.rank, self.keys.by_rank
        else:  # text dates: parsed on the rows read, as a copy of those rows would parse them
            order = _published_order(self.frame["published"].iloc[self.kept])
            self.by_rank = np.append(self.kept[order], -1)
            self.rank = np.zeros(len(self.frame), dtype=np.intp)
            self.rank[self.kept[order]] = np.arange(len(order))

    def present(self) -> np.ndarray:
        """Whether each key has a row among the rows read."""
        seen = np.zeros(len(self.names), dtype=bool)
        seen[self._slots[0]] = True
        return seen

    def stated(self, column: str) -> np.ndarray:
        """For every row of the frame: does it state a value of `column` (blank text states none)?"""
        return once(self.memo, f"stated:{column}", lambda: _stated(self.frame, column))

    def missing(self, column: str) -> np.ndarray:
        """For every row of the frame: is `column`'s value missing?"""
        return once(self.memo, f"missing:{column}", lambda: np.asarray(self.frame[column].isna(), dtype=bool))

    def first_rows(self, column: str | None = None) -> np.ndarray:
        """For each key: the latest row read (that states `column`'s value, when given), -1 for none.
        groupby(key).first() of the rows read, latest first, as rows of the frame."""
        present, slot, rank = self._slots
        if column is not None:
            stated = self.stated(column)[self._keyed]
            slot, rank = slot[stated], rank[stated]
        # the work on the keys read only: a filter reads some thousands of a hundred thousand plants
        best = np.full(len(present), len(self.by_rank) - 1, dtype=np.intp)  # the place of the trailing -1
        np.minimum.at(best, slot, rank)
        out = np.full(len(self.names), -1, dtype=np.intp)
        out[present] = self.by_rank[best]
        return out

    @functools.cached_property
    def _slots(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(the codes of the keys with a row read, increasing; each keyed row's place among them; its rank)."""
        seen = np.zeros(len(self.names), dtype=bool)
        seen[self._keyed_codes] = True
        present = np.flatnonzero(seen)
        place = np.empty(len(self.names), dtype=np.intp)  # only the present codes' places are read
        place[present] = np.arange(len(present))
        return present, place[self._keyed_codes], self.rank[self._keyed]

    def column(self, column: str) -> pd.Series:
        """The frame's column, looked up once per frame (frame[column] builds a new Series each time: some 16 us,
        asked for a dozen times or more by a page's table)."""
        return memo_column(self.memo, self.frame, column)

    def at(self, column: str, rows: np.ndarray):
        """The frame's `column` at rows (-1: missing), in the column's dtype (object columns stay object)."""
        return column_at(self.column(column), rows)


def in_rank_order(items: np.ndarray, ranks: np.ndarray, n_ranks: int) -> np.ndarray:
    """items[np.argsort(ranks)] for ranks distinct and in [0, n_ranks) (rows' places by date): each item put at its
    rank in an array of n_ranks, O(n_ranks), where a sort of many items cost five times as much (26,000 plants of a
    large country at 100k articles: 2 ms). Few items: the sort."""
    if len(items) * 8 < n_ranks:
        return items[np.argsort(ranks)]
    slots = np.full(n_ranks, -1, dtype=np.intp)
    slots[ranks] = items
    return slots[slots >= 0]


def _stated(frame: pd.DataFrame, column: str) -> np.ndarray:
    series = frame[column]
    return np.asarray(states_value(series, skips_blank(series)), dtype=bool)


def object_column(values) -> pd.Series:
    """A column of no dtype (object) that stays one: the DataFrame constructor reads the strings of an
    object array (even an extension array) as a str column."""
    return pd.Series(values, dtype=object)


def column_at(series: pd.Series, rows: np.ndarray):
    """The column's values at rows (-1: missing), in the column's dtype."""
    return _typed(series.array.take(rows, allow_fill=True))


def _typed(values: pd.api.extensions.ExtensionArray):
    """Values taken from a column, as the output column: object values stay object (object_column)."""
    return object_column(values) if pd.api.types.is_object_dtype(values.dtype) else values


def column_at_either(first: pd.Series, first_rows: np.ndarray, second: pd.Series, second_rows: np.ndarray,
                     use_second: np.ndarray):
    """Per output row the first column's value at first_rows, or where use_second the second column's at
    second_rows (-1: missing); in the first column's dtype (what setting the second's values into it gives).
    Only the rows used are taken from either column (the columns are the store's)."""
    if not (use_second & (second_rows >= 0)).any():  # nothing to take from the second: one column
        return column_at(first, np.where(use_second, -1, first_rows))
    from_first = np.flatnonzero(~use_second & (first_rows >= 0))
    from_second = np.flatnonzero(use_second & (second_rows >= 0))
    rows = np.full(len(use_second), -1, dtype=np.intp)
    rows[from_first] = np.arange(len(from_first))
    rows[from_second] = len(from_first) + np.arange(len(from_second))
    if first.dtype == second.dtype:  # the frames' columns: the rows used, one array, no Series
        taken = [first.array.take(first_rows[from_first]), second.array.take(second_rows[from_second])]
        return _typed(type(taken[0])._concat_same_type(taken).take(rows, allow_fill=True))
    both = pd.concat([first.iloc[first_rows[from_first]], second.iloc[second_rows[from_second]].astype(first.dtype)],
                     ignore_index=True)
    return column_at(both, rows)
