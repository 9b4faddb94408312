"""Tables of facts, each with its sentence and source: the latest facts of every kind (overview) and
every fact of one article (articles page).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from core.charts.base import _TEXT_DTYPE, _latest_first, _published_order, _strings, fmt_money, fmt_number
from core.charts.summaries import _labels, plant_label
from core.snapshot_memo import is_kept as _kept
from core.snapshot_memo import memo_of, once


def latest_facts(frames: dict[str, pd.DataFrame], n: int = 200) -> pd.DataFrame:
    """The n most recently published facts of every kind, each with its sentence and source. `frames`: frames,
    or core.filters.Rows of them."""
    fast = _facts_fast([(name, *_frame_and_rows(frames[name])) for name in FACT_FRAMES], n)
    if fast is not None:
        return fast
    return _latest_facts_records({k: v if isinstance(v, pd.DataFrame) else v.to_frame() for k, v in frames.items()}, n)


def _frame_and_rows(df) -> tuple[pd.DataFrame, np.ndarray | None]:
    """(frame, positions of the rows to read or None for all) of a frame or core.filters.Rows: the latest facts
    of filtered rows are found in the whole frame, so only the n shown are copied out."""
    return (df, None) if isinstance(df, pd.DataFrame) else (df.frame, df.positions)


def _latest_facts_records(frames: dict[str, pd.DataFrame], n: int) -> pd.DataFrame:
    """latest_facts over row records: the general way, for frames not holding the stored dtypes (_facts_fast)."""
    cols = FACT_COLUMNS
    parts = []

    def take(df: pd.DataFrame) -> list[dict]:
        return _latest_first(df, n).to_dict("records") if len(df) else []

    for r in take(frames["plants"]):
        figures = [f"{fmt_number(r['capacity_per_year'])} units/year" if not pd.isna(r["capacity_per_year"]) else "",
                   f"{fmt_number(r['jobs'])} jobs" if not pd.isna(r["jobs"]) else "",
                   f"invests {fmt_money(r['investment_amount'], r['investment_currency'])}"
                   if not pd.isna(r["investment_amount"]) else ""]
        text = f"Plant: {plant_label(r)}" + (": " + ", ".join(f for f in figures if f) if any(figures) else "")
        parts.append({"kind": "plant", "fact": text, "company": r["company"], "country": r["country"], **_p(r)})
    for r in take(frames["exports"]):
        units = f", {fmt_number(r['units'])} units" if not pd.isna(r["units"]) else ""
        models = f" ({r['models']})" if isinstance(r["models"], str) and r["models"] else ""
        parts.append({"kind": "export", "fact": f"Export: {r['origin']} → {r['destination']}{models}{units}",
                      "company": r["company"], "country": r["destination"], **_p(r)})
    for r in take(frames["models"]):
        maker = f" by {r['maker']}" if isinstance(r["maker"], str) and r["maker"] else ""
        parts.append({"kind": "model", "fact": f"Model: {r['model']}{maker}{_lineage(r['based_on'], r['platform'])}",
                      "company": r["maker"],
                      "country": None, **_p(r)})
    for r in take(frames["specs"]):
        bits = [f"{r['engine_l']:.1f} L" if not pd.isna(r["engine_l"]) else "",
                f"{fmt_number(r['power_hp'])} hp" if not pd.isna(r["power_hp"]) else "",
                str(r["transmission"]) if isinstance(r["transmission"], str) else ""]
        parts.append({"kind": "spec", "fact": f"Specs: {r['model']}: " + ", ".join(b for b in bits if b),
                      "company": r["maker"], "country": None, **_p(r)})
    for r in take(frames["people"]):
        role = ", ".join(str(x) for x in (r["role"], r["org"]) if isinstance(x, str) and x)
        parts.append({"kind": "person", "fact": f"Person: {r['name']}" + (f" ({role})" if role else ""),
                      "company": r["org"], "country": None, **_p(r)})
    out = pd.DataFrame(parts, columns=cols)
    if out.empty:
        return out
    out["published"] = pd.to_datetime(out["published"], errors="coerce")
    out["start"] = pd.to_numeric(out["start"], errors="coerce")
    return _latest_first(out, n).reset_index(drop=True)


def _p(r) -> dict:
    return {c: r[c] for c in ("published", "sentence", "source", "title", "article_id", "start")}


# The fast way to the same table. to_dict("records") of the wide frames, pd.isna per value and a frame
# built from a thousand dicts cost ~30 ms at 10k articles; here only the rows shown are read, one column
# at a time, and their fact text written from plain values (text: str or NaN; numbers: int or float).

FACT_COLUMNS = ["published", "kind", "fact", "company", "country", "sentence", "source", "title", "article_id", "start"]
_PROVENANCE_TEXT = ["sentence", "source", "title", "article_id"]


def _nan(value) -> bool:
    return value != value  # NaN is the one value unequal to itself (plain values only: str, int, float)


def _plant_facts(c: dict[str, list]) -> list[str]:
    out = []
    for key, site, company, country, capacity, jobs, amount, currency in zip(
            c["plant_key"], c["site"], c["company"], c["country"], c["capacity_per_year"], c["jobs"],
            c["investment_amount"], c["investment_currency"], strict=True):
        site, company, country = (v if isinstance(v, str) else "" for v in (site, company, country))  # NaN: ""
        label = _labels([site], [company], [country], [str(key or "plant")])[0]
        figures = [f"{fmt_number(capacity)} units/year" if not _nan(capacity) else "",
                   f"{fmt_number(jobs)} jobs" if not _nan(jobs) else "",
                   f"invests {fmt_money(amount, currency)}" if not _nan(amount) else ""]
        out.append(f"Plant: {label}" + (": " + ", ".join(f for f in figures if f) if any(figures) else ""))
    return out


def _export_facts(c: dict[str, list]) -> list[str]:
    out = []
    for origin, destination, models, units in zip(c["origin"], c["destination"], c["models"], c["units"], strict=True):
        units = f", {fmt_number(units)} units" if not _nan(units) else ""
        models = f" ({models})" if isinstance(models, str) and models else ""
        out.append(f"Export: {origin} → {destination}{models}{units}")
    return out


def _lineage(based_on: object, platform: object) -> str:
    """', based on the X', ', on the Y platform': what a model derives from, as a fact's text says it."""
    based = f", based on {based_on}" if isinstance(based_on, str) and based_on else ""
    return based + (f", on the {platform} platform" if isinstance(platform, str) and platform else "")


def _model_facts(c: dict[str, list]) -> list[str]:
    out = []
    for model, maker, based_on, platform in zip(c["model"], c["maker"], c["based_on"], c["platform"], strict=True):
        maker = f" by {maker}" if isinstance(maker, str) and maker else ""
        out.append(f"Model: {model}{maker}{_lineage(based_on, platform)}")
    return out


def _spec_facts(c: dict[str, list]) -> list[str]:
    out = []
    for model, engine, power, transmission in zip(c["model"], c["engine_l"], c["power_hp"], c["transmission"],
                                                  strict=True):
        bits = [f"{engine:.1f} L" if not _nan(engine) else "", f"{fmt_number(power)} hp" if not _nan(power) else "",
                transmission if isinstance(transmission, str) else ""]
        out.append(f"Specs: {model}: " + ", ".join(b for b in bits if b))
    return out


def _person_facts(c: dict[str, list]) -> list[str]:
    out = []
    for name, role, org in zip(c["name"], c["role"], c["org"], strict=True):
        role = ", ".join(x for x in (role, org) if isinstance(x, str) and x)
        out.append(f"Person: {name}" + (f" ({role})" if role else ""))
    return out


# frame -> (kind, its fact writer, text columns read, number columns read, company column, country column)
_FACT_KINDS = {
    "plants": ("plant", _plant_facts, ["plant_key", "site", "company", "country", "investment_currency"],
               ["capacity_per_year", "jobs", "investment_amount"], "company", "country"),
    "exports": ("export", _export_facts, ["origin", "destination", "models", "company"], ["units"], "company",
                "destination"),
    "models": ("model", _model_facts, ["model", "maker", "based_on", "platform"], [], "maker", None),
    "specs": ("spec", _spec_facts, ["model", "maker", "transmission"], ["engine_l", "power_hp"], "maker", None),
    "people": ("person", _person_facts, ["name", "role", "org"], [], "org", None),
}


def _first_read(order: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """The first n of `order` (a permutation of a frame's rows) that are among `rows`, in that order. Only the
    head of the order is read: at the rows' share of the frame, n of them are expected within n * frame / rows
    places, so twice that is looked at first (then four times more, until found or the order ends), not every
    row read (a gather and a partition of each kind's rows cost ~0.7 ms a filter at 100k articles)."""
    read = np.zeros(len(order), dtype=bool)
    read[rows] = True
    length = min(len(order), max(4 * n, 2 * n * len(order) // max(len(rows), 1)))
    while True:
        head = order[:length]
        found = head[read[head]]
        if len(found) >= n or length == len(order):
            return found[:n]
        length = min(len(order), 4 * length)


def _as_read(values: pa.ChunkedArray) -> list:
    """Arrow text values as to_dict("records") gives them: str or NaN."""
    return [np.nan if v is None else v for v in values.to_pylist()]


def _text_table(df: pd.DataFrame, name: str, columns: dict[str, pd.Series]) -> pa.Table:
    """The Arrow table of a frame's text columns that its facts are written from or pass on (no copy), once per
    snapshot frame."""
    kind_text = [*_FACT_KINDS[name][2], *(c for c in _passed_on(name) if c)]
    return once(memo_of(df), f"facts:text_table:{name}", lambda: pa.table(
        {c: columns[c].array.__arrow_array__() for c in dict.fromkeys(kind_text)}))


def _stored_columns(df: pd.DataFrame, text: list[str], numbers: list[str]) -> dict[str, pd.Series] | None:
    """The columns _facts_fast reads, when df holds them with the dtypes the frames are stored with (text
    Arrow-backed str, numbers int or float, published datetime64); else None."""
    columns = {}
    for c in [*text, *numbers, "published"]:
        if c not in df.columns:
            return None
        columns[c] = df[c]
    stored = (all(columns[c].dtype == _TEXT_DTYPE for c in text)
              and all(isinstance(columns[c].dtype, np.dtype) and columns[c].dtype.kind in "if" for c in numbers)
              and isinstance(columns["published"].dtype, np.dtype) and columns["published"].dtype.kind == "M")
    return columns if stored else None


def _passed_on(name: str) -> tuple[str | None, ...]:
    """The frame's columns that become the facts table's company, country and provenance (None: None)."""
    return (*_FACT_KINDS[name][4:6], *_PROVENANCE_TEXT)


def _text_column(shown: pa.ChunkedArray,
                 read: list[tuple[pd.Series | None, np.ndarray]]) -> np.ndarray | pd.api.extensions.ExtensionArray:
    """A text column of the facts table (its values as shown), with the dtype pandas infers over every fact
    read, shown or not (`read`: per kind, its column or None for the constant None, and the positions read):
    str when one of them is a str, else float (NaN) when a column was read, else object (all None)."""
    if shown.null_count < len(shown) or any(
            s is not None and s.array.__arrow_array__().take(pos).null_count < len(pos) for s, pos in read):
        return _strings(shown)
    if any(s is not None for s, _ in read):
        return np.full(len(shown), np.nan)
    return np.full(len(shown), None, dtype=object)


def _facts_fast(sources: list[tuple[str, pd.DataFrame, np.ndarray | None]], n: int,
                by_start: bool = False) -> pd.DataFrame | None:
    """latest_facts, then ordered by `start` when by_start, from (frame name, frame, positions of the rows to
    read or None for all); None when a frame does not hold the stored dtypes (the caller goes the general way).
    Each frame's n latest rows are found on their dates alone, and only the n shown are read: the columns
    a fact is written from as plain values, the ones passed on as Arrow arrays."""
    read = []  # per kind with rows: (name, the columns read, positions of its n latest rows)
    for name, df, rows in sources:
        if not (len(df) if rows is None else len(rows)):
            continue
        memo = memo_of(df)  # a snapshot frame's columns and order by date, once (nothing kept for other frames)
        columns = once(memo, f"facts:columns:{name}", lambda d=df, k=name: _stored_columns(
            d, [*_FACT_KINDS[k][2], *_PROVENANCE_TEXT], [*_FACT_KINDS[k][3], "start"]) or {})
        if not columns:
            return None
        if not _kept(df) or (rows is not None and (len(rows) < len(df) // 32 or not (rows[1:] > rows[:-1]).all())):
            published = columns["published"].to_numpy()  # few rows (an article's) are sorted faster than the frame
            order = _published_order(published if rows is None else published[rows])[:n]
            read.append((name, columns, order if rows is None else rows[order]))
            continue
        # the whole frame's order by date (a stable sort, ties in row order), once per snapshot frame: for increasing
        # rows, ties among them are in their order too
        by_date = once(memo, "facts:by_date", lambda c=columns: _published_order(c["published"].to_numpy()))
        read.append((name, columns, by_date[:n] if rows is None else _first_read(by_date, rows, n)))
    if not read:
        return pd.DataFrame([], columns=FACT_COLUMNS)
    df_of = {name: df for name, df, _ in sources}
    published = [columns["published"].to_numpy()[pos] for _, columns, pos in read]
    if len({p.dtype for p in published}) > 1:
        return None  # dates in different units: the general way
    published = np.concatenate(published)
    start = np.concatenate([columns["start"].to_numpy()[pos] for _, columns, pos in read])
    shown = _published_order(published)[:n]
    if by_start:
        shown = shown[np.argsort(start[shown], kind="stable")]  # NaN last, ties in date order
    offsets = np.cumsum([0] + [len(pos) for *_, pos in read])
    kind_of = np.searchsorted(offsets, shown, side="right") - 1

    # the shown facts kind by kind, then put in the order shown. Each kind's text columns are taken in one Arrow
    # call (a take per column cost more in calls than in rows: some 50 a run)
    passed = {c: [] for c in ("company", "country", *_PROVENANCE_TEXT)}  # output column -> Arrow pieces
    kinds, facts, slots = [], [], []
    for k, (name, columns, pos) in enumerate(read):
        at_slots = np.flatnonzero(kind_of == k)
        if not len(at_slots):
            continue
        kind, write, text, numbers = _FACT_KINDS[name][:4]
        at = pos[shown[at_slots] - offsets[k]]
        kinds += [kind] * len(at)
        taken = _text_table(df_of[name], name, columns).take(at)
        facts += write({**{c: _as_read(taken.column(c)) for c in text},
                        **{c: columns[c].to_numpy()[at].tolist() for c in numbers}})
        for c, source in zip(passed, _passed_on(name), strict=True):
            passed[c] += taken.column(source).chunks if source else [pa.nulls(len(at), pa.large_string())]
        slots.append(at_slots)
    back = np.argsort(np.concatenate(slots))  # row of the kind-by-kind order for each slot shown

    shown_columns = pa.table({"kind": pa.array(kinds, type=pa.large_string()),
                              "fact": pa.array(facts, type=pa.large_string()),
                              **{c: pa.chunked_array(pieces, type=pa.large_string()) for c, pieces in passed.items()}
                              }).take(back)
    frame = {"published": (published[shown] if (~np.isnat(published)).any()
                           else np.full(len(shown), "NaT", dtype="datetime64[s]")),  # pandas' unit for all-NaT
             "kind": _strings(shown_columns.column("kind")), "fact": _strings(shown_columns.column("fact"))}
    for i, c in enumerate(passed):
        sources = [_passed_on(name)[i] for name, *_ in read]
        read_from = [(columns[s] if s else None, pos) for s, (_, columns, pos) in zip(sources, read, strict=True)]
        frame[c] = _text_column(shown_columns.column(c), read_from)
    # pandas infers int64 from ints, float64 once a float is among them
    frame["start"] = start[shown].astype(np.int64 if start.dtype.kind == "i" else np.float64)
    return pd.DataFrame(frame, copy=False)  # every column is new here: no copy of them (half the build)


def article_facts(frames: dict[str, pd.DataFrame], article_id: str) -> pd.DataFrame:
    """Every fact found in one article, each with the sentence it came from, in reading order."""
    from core.frames import article_positions, article_rows

    # the article's rows by position: no copy of the frames' rows, and not the articles and mentions
    fast = _facts_fast([(k, frames[k], article_positions(frames[k], article_id) if "article_id" in frames[k].columns
                         else None) for k in FACT_FRAMES], n=100_000, by_start=True)
    if fast is not None:
        return fast
    one = {k: (article_rows(v, article_id) if "article_id" in v.columns else v)
           for k, v in frames.items() if k in FACT_FRAMES}  # not the articles and mentions: millions of rows
    facts = _latest_facts_records(one, n=100_000)
    if facts.empty:
        return facts
    return facts.sort_values("start", kind="stable", na_position="last").reset_index(drop=True)


FACT_FRAMES = ("plants", "exports", "models", "specs", "people")
