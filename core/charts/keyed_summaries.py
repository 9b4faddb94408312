"""plant_summary, route_summary and labelled_plant_summary of a filter's rows, read by key from the store's frame.

The same frames as core.charts.summaries gives (tests/test_charts_keyed_summaries.py), for the Map and the
Capacity pages: what does not depend on the filter (each row's plant or route code and place by date, which
rows state each figure, each row's models and article) is worked out once per snapshot frame
(core.charts.keyed), so a filter costs integer work on the row positions it keeps, and each output column is
taken from the store's frame at one row per plant. A filter that keeps every row of each plant or route it keeps
(a country, a company) takes its rows of the whole frame's summary, worked out once (_WholeSummary). Frames the
fast way does not cover (no rows, text dates, rows without a key, columns of other dtypes) go the way of
core.charts.summaries.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.charts import summaries as general
from core.charts.base import _TEXT_DTYPE
from core.charts.keyed import Keyed, in_rank_order
from core.filters import Rows
from core.snapshot_memo import once

PROVENANCE = ["article_id", "sentence", "source", "title", "published"]
ROUTE_KEEP = ["company", "origin", "destination", "origin_iso3", "destination_iso3", "origin_lat", "origin_lon",
              "destination_lat", "destination_lon"]


def plant_summary_of(plants: pd.DataFrame | Rows) -> pd.DataFrame:
    """core.charts.summaries.plant_summary of a frame or of core.filters.Rows."""
    columns = _summary_columns(plants, "plant_key", general.PLANT_FIGURES, general.PLANT_KEEP)
    return general.plant_summary(plants) if columns is None else pd.DataFrame(columns)


def route_summary_of(exports: pd.DataFrame | Rows) -> pd.DataFrame:
    """core.charts.summaries.route_summary of a frame or of core.filters.Rows."""
    columns = _summary_columns(exports, "route_key", general.ROUTE_FIGURES, ROUTE_KEEP)
    return general.route_summary(exports) if columns is None else pd.DataFrame(columns)


def labelled_plant_summary_of(plants: pd.DataFrame | Rows) -> pd.DataFrame:
    """core.charts.summaries.labelled_plant_summary of a frame or of core.filters.Rows."""
    columns = labelled_plant_columns(plants)
    return general.labelled_plant_summary(plants) if columns is None else pd.DataFrame(columns)


def labelled_plant_columns(plants: pd.DataFrame | Rows) -> dict | None:
    """labelled_plant_summary_of as {column: values} (for a caller that builds another frame from them too);
    None where the general way decides."""
    rows = labelled_plant_rows(plants)
    return None if rows is None else rows.columns(rows.names)


class LabelledPlantRows:
    """labelled_plant_summary_of's rows, whose columns are taken when asked for (all or the first n rows): a page
    that charts a few columns of every plant and shows the first thousand rows of the others takes no more."""

    def __init__(self, columns: dict, places: np.ndarray | None, plant):
        self._columns = columns  # the summary's (places None), or the whole frame's, read at `places`
        self._places = places
        self.plant = plant  # the bar labels, one per row
        self.names = [*columns, "plant"]  # the summary's columns, in order

    def __len__(self) -> int:
        return len(self.plant)

    def columns(self, names: list[str], n: int | None = None) -> dict:
        """{name: values} of the first n rows (None: all)."""
        out = {}
        for c in names:
            if c == "plant":
                out[c] = self.plant if n is None else self.plant[:n]
            elif self._places is None:
                out[c] = self._columns[c] if n is None else self._columns[c][:n]
            else:
                out[c] = general._take(self._columns[c], self._places if n is None else self._places[:n])
        return out


def labelled_plant_rows(plants: pd.DataFrame | Rows) -> LabelledPlantRows | None:
    """labelled_plant_summary_of's rows (LabelledPlantRows); None where the general way decides."""
    key, figures, keep = "plant_key", general.PLANT_FIGURES, general.PLANT_KEEP
    found = _whole_summary_rows(plants, key, figures, keep)
    if found is None:
        columns = _direct_summary_columns(plants, key, figures, keep)
        if columns is None:
            return None
        return LabelledPlantRows(columns, None, general._distinct_labels(_plant_labels(columns)))
    whole, places = found
    plant = whole_plant_labels(whole.columns, whole.memo).take(places)
    if len(plant.unique()) < len(plant):  # "#2" among the plants kept
        plant = general._distinct_labels(plant.to_numpy(dtype=object).tolist())
    return LabelledPlantRows(whole.columns, places, plant)


def whole_plant_labels(columns: dict, memo: dict) -> pd.api.extensions.ExtensionArray:
    """plant_labels of every plant of the whole frame's summary (its columns and memo, as whole_summary_rows gives
    them), worked out once and kept with it: the Capacity page's bars and the Map's hovers read the same labels."""
    return once(memo, "labels", lambda: pd.array(_plant_labels(columns), dtype=_TEXT_DTYPE))


def _plant_labels(columns: dict) -> list[str]:
    return general._labels(*(general._texts(columns[c]) for c in ("site", "company", "country", "plant_key")))


def _covered(frame: pd.DataFrame, key: str, figures: list[str], keep: list[str]) -> bool:
    """Whether the fast way gives general._summary_columns' result: the frames' dtypes (as it requires) and
    datetimes for the dates (ranked once per frame)."""
    names = [key, *keep, *figures, "models", *PROVENANCE]
    dtypes = frame.dtypes.to_dict()  # one read: a column of a frame is a new Series each time
    if any(c not in dtypes for c in names):
        return False
    numeric = [c for c in figures if c not in general._TEXT_FIGURES] + [c for c in keep if c.endswith(("lat", "lon"))]
    published = dtypes["published"]
    return (all(general._plain_dtype(dtypes[c]) for c in names) and all(dtypes[c].kind in "iuf" for c in numeric)
            and isinstance(published, np.dtype) and published.kind == "M")


def _values_of(frame: pd.DataFrame, memo: dict, column: str):
    """general._column_values of the frame's column, kept with the frame's other results (memo)."""
    values = once(memo, "values", dict).get(column)
    if values is None:
        values = memo["values"].setdefault(column, general._column_values(frame[column]))
    return values


# Filters keeping more rows than this whose keys keep all their rows read their summary off the whole frame's
# (_WholeSummary); fewer rows are summarised directly (a few ms), and their models come joined in Python
# (general.SMALL_SUMMARY), where the whole frame's are joined in Arrow.
WHOLE_SUMMARY_FROM = 256


@dataclass(frozen=True)
class _WholeSummary:
    """The summary of every row of a snapshot frame, kept with it: a filter that keeps every row of each key it
    keeps (a country, a company: a plant's or a route's rows all name its country and company) has as summary
    the rows of this one for its keys, in the same order (each key's rows, so its figures, are the same)."""

    columns: dict
    place: np.ndarray  # per key code, its row in `columns` (-1: a key without rows)
    memo: dict  # what is derived from the columns, kept with them (the plants' labels, the map's plant hovers)


def _summary_columns(rows: pd.DataFrame | Rows, key: str, figures: list[str], keep: list[str]) -> dict | None:
    """general._summary_columns' result, {column: values}, from the store's frame at row positions; None where
    the general way decides (see _covered)."""
    found = _whole_summary_rows(rows, key, figures, keep)
    if found is not None:
        whole, places = found
        return {c: general._take(values, places) for c, values in whole.columns.items()}
    return _direct_summary_columns(rows, key, figures, keep)


def whole_summary_rows(rows: pd.DataFrame | Rows, key: str, figures: list[str], keep: list[str]
                       ) -> tuple[dict, np.ndarray, dict] | None:
    """(the whole frame's summary columns, the rows of them that are these rows' summary, the memo kept with them
    for what a caller derives from every row), when the rows read their summary off the whole frame's (see
    _whole_summary_rows); else None."""
    found = _whole_summary_rows(rows, key, figures, keep)
    return None if found is None else (found[0].columns, found[1], found[0].memo)


def _whole_summary_rows(rows: pd.DataFrame | Rows, key: str, figures: list[str], keep: list[str]
                        ) -> tuple[_WholeSummary, np.ndarray] | None:
    """The whole frame's summary and the rows of it that are these rows' summary (increasing), when the rows
    keep every row of each key they hold (else None: summarised directly). Built on the first call that can use
    it (the unfiltered page, or a filter keeping more than 1/16 of the frame), then kept with the frame."""
    frame = rows.frame if isinstance(rows, Rows) else rows
    if len(rows) <= WHOLE_SUMMARY_FROM:
        return None
    keyed = Keyed(rows, key)
    if not keyed.kept_once:  # not a snapshot frame: nothing would be kept
        return None
    if not once(keyed.memo, f"covered:{key}", lambda: _covered(frame, key, figures, keep)):
        return None
    if (keyed.kept_codes < 0).any():
        return None
    kind = f"whole:{key}:{','.join(figures)}:{','.join(keep)}"
    whole = keyed.memo.get(kind)
    if whole is not None:
        return _rows_of_whole(whole, keyed, len(rows))
    if len(rows) * 16 < len(frame):
        return None
    sizes = once(keyed.memo, f"sizes:{key}", lambda: np.bincount(keyed.codes[keyed.codes >= 0],
                                                                 minlength=len(keyed.names)))
    kept_sizes = np.bincount(keyed.kept_codes, minlength=len(keyed.names))
    held = np.flatnonzero(kept_sizes)
    if not np.array_equal(kept_sizes[held], sizes[held]):  # a key with only some of its rows: a summary of its own
        return None
    whole = once(keyed.memo, kind, lambda: _whole_summary(frame, key, figures, keep))
    return whole, np.sort(whole.place[held])


def _rows_of_whole(whole: _WholeSummary, keyed: Keyed, n_rows: int) -> tuple[_WholeSummary, np.ndarray] | None:
    """(whole, its rows that hold the keys read, increasing) when the rows read are every row of those keys (their
    keys' sizes add up to the rows read: no key has fewer rows read than it holds); else None. Summary rows are
    marked, not sorted, and keys are not counted over every key (a quarter of a millisecond a call at 100k)."""
    sizes = once(whole.memo, "sizes", lambda: _sizes_by_place(whole.place, keyed))
    marked = np.zeros(len(sizes), dtype=bool)
    marked[whole.place[keyed.kept_codes]] = True
    places = np.flatnonzero(marked)
    return (whole, places) if int(sizes[places].sum()) == n_rows else None


def _sizes_by_place(place: np.ndarray, keyed: Keyed) -> np.ndarray:
    """How many rows of the frame each row of its whole summary holds (place: per key code, its summary row)."""
    sizes = np.bincount(keyed.codes[keyed.codes >= 0], minlength=len(place))
    out = np.zeros(int(place.max()) + 1 if len(place) else 0, dtype=np.int64)
    summarised = place >= 0
    out[place[summarised]] = sizes[summarised]
    return out


def _whole_summary(frame: pd.DataFrame, key: str, figures: list[str], keep: list[str]) -> _WholeSummary:
    columns = _direct_summary_columns(frame, key, figures, keep)
    assert columns is not None  # rows, covered, every row keyed: as the caller checked
    keyed = Keyed(frame, key)
    place = np.full(len(keyed.names), -1, dtype=np.intp)
    latest = keyed.first_rows()
    codes = np.flatnonzero(latest >= 0)
    place[in_rank_order(codes, keyed.rank[latest[codes]], len(keyed.rank))] = np.arange(len(codes))
    return _WholeSummary(columns, place, {})


def _direct_summary_columns(rows: pd.DataFrame | Rows, key: str, figures: list[str], keep: list[str]
                            ) -> dict | None:
    """_summary_columns worked out on the rows read."""
    frame = rows.frame if isinstance(rows, Rows) else rows
    if not len(rows):
        return None
    keyed = Keyed(rows, key)
    if not once(keyed.memo, f"covered:{key}", lambda: _covered(frame, key, figures, keep)):
        return None
    if (keyed.kept_codes < 0).any():  # a row without a key is a group of its own there: the general way
        return None
    latest_by_code = keyed.first_rows()
    codes = np.flatnonzero(latest_by_code >= 0)
    codes = in_rank_order(codes, keyed.rank[latest_by_code[codes]], len(keyed.rank))  # in the order of their latest row
    latest = latest_by_code[codes]
    out = {key: general._take(_values_of(frame, keyed.memo, key), latest)}
    kept = keyed.kept
    for c in [*keep, *figures]:
        values = _values_of(frame, keyed.memo, c)
        if keyed.stated(c)[kept].all():
            out[c] = general._take(values, latest)
        else:
            out[c] = general._take(values, keyed.first_rows(c)[codes], allow_fill=True)
    group = np.full(len(keyed.names), -1, dtype=np.intp)
    group[codes] = np.arange(len(codes))  # each code's place in the output
    by_date = in_rank_order(kept, keyed.rank[kept], len(keyed.rank))  # the rows read, latest first
    out["models"] = _models(frame, keyed, by_date, group[keyed.codes[by_date]], len(codes))
    out["n_articles"] = _article_counts(frame, keyed, kept, group[keyed.codes[kept]], len(codes))
    for c in PROVENANCE:
        out[c] = general._take(_values_of(frame, keyed.memo, c), latest)
    return out


def _models(frame: pd.DataFrame, keyed: Keyed, rows: np.ndarray, groups: np.ndarray, n_groups: int):
    """Per group, the distinct models of its rows, latest row first ("; "-joined): general._joined_items, with
    each row's items split once per frame. Past general.SMALL_SUMMARY rows, its Arrow way on the frame's column."""
    if len(rows) > general.SMALL_SUMMARY:
        order = np.argsort(groups, kind="stable")
        return general._joined_items_arrow(frame["models"], rows[order], groups[order], n_groups)  # as it reads
    items_of = _row_items(frame, keyed.memo, rows)
    found: list[dict | None] = [None] * n_groups
    for row, group in zip(rows.tolist(), groups.tolist(), strict=True):
        items = items_of[row]
        if items:
            seen = found[group]
            if seen is None:
                seen = found[group] = {}
            seen.update(dict.fromkeys(items))
    return np.array(["; ".join(seen) if seen else "" for seen in found], dtype=object)


def _row_items(frame: pd.DataFrame, memo: dict, rows: np.ndarray) -> dict[int, tuple[str, ...]]:
    """Row -> its items of the "; "-joined models, stripped, empty ones left out (as general._joined_items_python),
    for these rows and any read before: each row split once per frame (only when read: small filters read few)."""
    known = once(memo, "items:models", dict)
    new = [r for r in rows.tolist() if r not in known]
    if new:
        texts = _values_of(frame, memo, "models").take(np.array(new, dtype=np.intp)).to_numpy(dtype=object,
                                                                                           na_value=None)
        for row, text in zip(new, texts.tolist(), strict=True):
            known[row] = tuple(i for i in (part.strip() for part in text.split(";")) if i) if text else ()
    return known


def _article_counts(frame: pd.DataFrame, keyed: Keyed, rows: np.ndarray, groups: np.ndarray, n_groups: int
                    ) -> np.ndarray:
    """Per group, how many distinct articles its rows name (missing ids not counted): general._distinct_counts."""
    article_codes = once(keyed.memo, "codes:article_id", lambda: pd.factorize(frame["article_id"])[0])
    codes = article_codes[rows]
    named = codes >= 0
    width = int(article_codes.max()) + 1 if len(article_codes) else 1
    pairs = np.unique(groups[named].astype(np.int64) * width + codes[named])  # each (group, article) once
    return np.bincount(pairs // width, minlength=n_groups).astype(np.int64)
