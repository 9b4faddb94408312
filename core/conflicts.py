"""Conflicting figures: articles that state different values for one plant or route.

Pure functions over the frames of core.frames (the `metrics` frame: one row per stated
figure, keyed by `subject_key`, which is the plant's `plant_key` or the route's `route_key`).

A (subject, metric, unit) group is a conflict when its values fall into more than one cluster
(values within RTOL of each other are one figure: 10,000 and 10,000.0, or 350,000 and
"about 351,000") and the clusters come from more than one article. Figures in different
units (investment in EUR and in USD) are not compared.

To flag plants or routes elsewhere: ``conflict_counts(frames)`` maps subject_key -> number of
disagreeing articles, or ``flag_rows(df, frames, "plant_key")`` adds a `conflict` column
("2 sources disagree") to a plants or exports frame.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

RTOL = 0.02
GROUP = ["subject_kind", "subject_key", "metric", "unit"]
CONFLICT_COLUMNS = [
    "subject_kind", "subject_key", "subject_label", "company", "country", "metric", "unit", "value", "qualifier",
    "article_id", "source", "title", "published", "sentence", "figure", "n_figures", "n_sources",
]
METRIC_LABELS = {
    "capacity_per_year": "capacity (units/year)", "jobs": "jobs", "shifts": "shifts", "investment": "investment",
    "area_ha": "area (ha)", "units": "export units",
}


def clusters(values: np.ndarray, rtol: float = RTOL) -> np.ndarray:
    """Cluster number per value (0, 1, ...: in ascending order of value); a value joins the current cluster
    while it is within rtol of the cluster's smallest value."""
    values = np.asarray(values, dtype="float64")
    order = np.argsort(values, kind="stable")
    out = np.empty(len(values), dtype="int64")
    out[order] = _anchored([0] * len(values), values[order].tolist(), rtol)
    return out


def _anchored(groups: list, values: list[float], rtol: float) -> list[int]:
    """clusters() over values sorted by (group, value): numbering starts again at 0 in each group."""
    out, current, anchor, group = [], 0, 0.0, object()
    for g, v in zip(groups, values, strict=True):
        if g != group:
            group, current, anchor = g, 0, v
        elif abs(v - anchor) > rtol * max(abs(v), abs(anchor)):
            current, anchor = current + 1, v
        out.append(current)
    return out


def _figures(groups: np.ndarray, values: np.ndarray, lo: np.ndarray, hi: np.ndarray, rtol: float) -> np.ndarray:
    """clusters() within each group, in one pass over the groups whose values spread beyond rtol: a group whose
    largest value is within rtol of its smallest is one figure (for values >= 0), as most groups are (one
    article, or articles that agree)."""
    figure = np.zeros(len(values), dtype="int64")
    spread = (np.abs(hi - lo) > rtol * np.maximum(np.abs(hi), np.abs(lo))) | (lo < 0)
    rows = np.flatnonzero(spread)
    if len(rows):
        rows = rows[np.lexsort((values[rows], groups[rows]))]  # by group, then value (stable, as clusters())
        figure[rows] = _anchored(groups[rows].tolist(), values[rows].tolist(), rtol)
    return figure


def _metrics(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    m = frames.get("metrics")
    if m is None or m.empty:
        return pd.DataFrame(columns=CONFLICT_COLUMNS[:-3])
    m = m[m["value"].notna() & m["subject_key"].notna()].copy()
    for col in ("unit", "qualifier", "source", "title", "subject_label", "company", "country", "sentence"):
        if col not in m.columns:
            m[col] = ""
    m["unit"] = m["unit"].fillna("").astype("str")
    m["value"] = m["value"].astype("float64")
    # the same figure read twice from one article (two facts about one plant) is one statement
    return m.drop_duplicates(subset=[*GROUP, "article_id", "value"])


def find_conflicts(frames: dict[str, pd.DataFrame], rtol: float = RTOL) -> pd.DataFrame:
    """Every statement of a disputed figure, grouped by subject and metric, side by side by value.

    Columns: CONFLICT_COLUMNS. `figure` numbers the distinct values of one group (1 = smallest),
    `n_figures` counts them, `n_sources` counts the articles in the group. Sorted by subject,
    metric, then value and date.
    """
    m = _metrics(frames)
    if m.empty:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    m = m.reset_index(drop=True)
    g = m.groupby(GROUP, sort=False, dropna=False)
    m["figure"] = _figures(g.ngroup().to_numpy(), m["value"].to_numpy(), g["value"].transform("min").to_numpy(),
                           g["value"].transform("max").to_numpy(), rtol) + 1
    m["n_figures"] = g["figure"].transform("nunique")
    m["n_sources"] = g["article_id"].transform("nunique")
    out = m[(m["n_figures"] > 1) & (m["n_sources"] > 1)]
    if out.empty:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    # one name per subject: its key folds spellings ("Camaçari", "Camacari"), so its articles may label it apart
    out = out.assign(subject_label=out["subject_key"].map(_usual_labels(out)))
    out = out.sort_values(["subject_label", "subject_key", "metric", "unit", "value", "published"],
                          na_position="last", kind="stable")
    return out[CONFLICT_COLUMNS].reset_index(drop=True)


def _usual_labels(rows: pd.DataFrame) -> dict:
    """subject_key -> the label most of its statements give (on a tie, the one stated first)."""
    labels = rows["subject_label"].fillna("").astype("str")
    counts = labels.groupby([rows["subject_key"], labels], sort=False).size()
    usual: dict = {}
    for (key, label), _ in counts.sort_values(ascending=False, kind="stable").items():
        usual.setdefault(key, label)
    return usual


def conflict_counts(frames: dict[str, pd.DataFrame], rtol: float = RTOL) -> dict[str, int]:
    """subject_key (plant_key or route_key) -> number of articles that disagree about one of its figures."""
    c = find_conflicts(frames, rtol)
    if c.empty:
        return {}
    return {str(k): int(v) for k, v in c.groupby("subject_key")["article_id"].nunique().items()}


def flag_text(n: int | float | None) -> str:
    return f"{int(n)} sources disagree" if n and not pd.isna(n) and n > 1 else ""


def conflict_summary(frames: dict[str, pd.DataFrame], rtol: float = RTOL) -> pd.DataFrame:
    """One row per disputed subject: subject_kind, subject_key, subject_label, metrics, n_sources, conflict."""
    cols = ["subject_kind", "subject_key", "subject_label", "metrics", "n_sources", "conflict"]
    c = find_conflicts(frames, rtol)
    if c.empty:
        return pd.DataFrame(columns=cols)
    s = c.groupby(["subject_kind", "subject_key"], sort=False).agg(
        subject_label=("subject_label", "first"),
        metrics=("metric", lambda x: ", ".join(METRIC_LABELS.get(v, v) for v in dict.fromkeys(x))),
        n_sources=("article_id", "nunique"),
    ).reset_index()
    s["conflict"] = s["n_sources"].map(flag_text)
    return s[cols]


def flag_rows(df: pd.DataFrame, frames: dict[str, pd.DataFrame], key: str = "plant_key",
              rtol: float = RTOL) -> pd.DataFrame:
    """df (plants: key="plant_key", exports: key="route_key") with `conflict` ("2 sources disagree" or "")
    and `conflict_sources` (0 when none) columns added. Compute on the unfiltered frames to flag a plant
    even when the filter hides one of the disagreeing articles."""
    counts = conflict_counts(frames, rtol)
    n = df[key].map(counts).fillna(0).astype("int64") if key in df.columns else pd.Series(0, index=df.index)
    return df.assign(conflict_sources=n, conflict=n.map(flag_text))


DISPUTE = ["subject_key", "subject_label", "metric", "unit"]  # one dispute: a figure of one plant or route


def n_disputes(conflicts: pd.DataFrame) -> int:
    """How many disputes (subject, metric and unit) the conflict rows hold."""
    return 0 if conflicts.empty else int(conflicts.groupby(DISPUTE, sort=False, dropna=False).ngroups)


def side_by_side(conflicts: pd.DataFrame, start: int = 0, limit: int | None = None
                 ) -> list[tuple[tuple[str, str, str, str], pd.DataFrame]]:
    """The conflict rows per (subject_key, subject_label, metric, unit), for showing the figures in columns
    (find_conflicts gives each subject one label, so this is one group per subject, metric and unit), in the
    rows' order; only the disputes start to start + limit (a store of 100k articles holds tens of thousands,
    and splitting them all cost seconds)."""
    if conflicts.empty:
        return []
    if start or limit is not None:
        number = conflicts.groupby(DISPUTE, sort=False, dropna=False).ngroup().to_numpy()
        stop = number.max() + 1 if limit is None else start + limit
        conflicts = conflicts[(number >= start) & (number < stop)]
    return [((str(k[0]), str(k[1]), str(k[2]), str(k[3])), g)
            for k, g in conflicts.groupby(DISPUTE, sort=False, dropna=False)]


def of_subjects(conflicts: pd.DataFrame, subject_keys: pd.Series) -> pd.DataFrame:
    """The conflict rows of the plants and routes named in subject_keys (a filter's metrics: the disputes the
    filter lists, each with every source, the ones it hides too). Matched in Arrow: pandas' isin on the
    store's text columns cost 50-85 ms at 100k articles, against 2-3."""
    if conflicts.empty:
        return conflicts
    keys = pa.array(conflicts["subject_key"], from_pandas=True)
    if pa.types.is_null(keys.type):  # no row has a key (an object column of None only): none is named
        return conflicts.iloc[0:0]
    wanted = pa.array(pd.unique(subject_keys.dropna()), type=keys.type)
    return conflicts[pc.is_in(keys, value_set=wanted).to_numpy(zero_copy_only=False)]


def disputes_table(conflicts: pd.DataFrame) -> pd.DataFrame:
    """The conflict rows as the table of every disputed figure: each figure written out (figure_text), the metric
    named, the number of disagreeing sources in words (conflict)."""
    return conflicts.assign(
        figure_text=[format_value(v, m, u) for v, m, u in
                     zip(conflicts["value"], conflicts["metric"], conflicts["unit"], strict=True)],
        metric=conflicts["metric"].map(lambda m: METRIC_LABELS.get(m, m)),
        conflict=conflicts["n_sources"].map(flag_text))


def format_value(value: float, metric: str, unit: str | None) -> str:
    if metric == "investment":
        v = float(value)
        for div, suffix in ((1e9, " bn"), (1e6, " m")):
            if abs(v) >= div:
                return f"{unit or ''} {v / div:,.{1 if v % div else 0}f}{suffix}".strip()
        return f"{unit or ''} {v:,.0f}".strip()
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    one = float(value) == 1  # "1 shift", "1 job"
    suffix = {"capacity_per_year": " units/year", "jobs": " job" if one else " jobs",
              "shifts": " shift" if one else " shifts", "area_ha": " ha",
              "units": " unit" if one else " units"}.get(metric, f" {unit}" if unit else "")
    return text + suffix
