"""One pandas frame per concept, ready for tables, charts and maps.

The columns below are the contract between the store and the dashboard: every frame
has exactly these columns (more may be added at the end), even when it is empty.
Names are canonical (aliases resolved); countries carry ISO 3166 alpha-3 codes and
coordinates; every fact row carries its provenance (article_id, sentence, start, end).

`load_frames` reads them all from the store in one short read-only connection (see
core/store.py for why connections are short), then adds what the gazetteer knows:
canonical country names, ISO codes and coordinates (core/geo.py), company parents and
home countries (core/data/makers.csv).
"""
from __future__ import annotations

import hashlib
import os
import shutil
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather

PROVENANCE = ["article_id", "sentence", "start", "end", "qualifier", "published", "source", "title"]

FRAME_COLUMNS: dict[str, list[str]] = {
    # published: datetime64 (NaT when unknown); words: int
    "articles": ["article_id", "name", "title", "source", "url", "published", "ingested_at", "words", "n_facts", "text"],
    # every entity mention as written, with the name it resolved to
    "mentions": ["article_id", "text", "label", "canonical", "start", "end", "sentence_start", "sentence_end", "value", "unit"],
    # companies the article is about, enriched from the gazetteer
    "companies": ["article_id", "company", "parent", "home_country", "kind", "published"],
    "models": ["article_id", "model", "maker", "based_on", "sentence", "start", "end", "published", "source", "title"],
    "specs": ["article_id", "model", "maker", "engine_l", "power_hp", "transmission", "sentence", "start", "end", "published", "source", "title"],
    # models: "; "-joined canonical model names; plant_key groups rows about one plant across articles
    "plants": [
        "plant_key", "company", "site", "country", "iso3", "lat", "lon", "capacity_per_year", "shifts", "jobs",
        "investment_amount", "investment_currency", "models", "start_date", "area_ha", *PROVENANCE,
    ],
    # origin/destination are countries or regions ("Central Asia"); route_key groups one route across articles
    "exports": [
        "route_key", "company", "origin", "destination", "origin_iso3", "destination_iso3", "origin_lat", "origin_lon",
        "destination_lat", "destination_lon", "models", "units", "by_when", *PROVENANCE,
    ],
    "people": ["article_id", "name", "role", "org", "sentence", "start", "end", "published", "source", "title"],
    # one row per stated figure (capacity_per_year, jobs, shifts, investment, units, area_ha), for conflicts and charts
    "metrics": [
        "subject_kind", "subject_key", "subject_label", "company", "country", "metric", "value", "unit", *PROVENANCE,
    ],
}


def empty_frames() -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame(columns=cols) for name, cols in FRAME_COLUMNS.items()}


# Columns appended to the contract (allowed: "more may be added at the end").
EXTRA_COLUMNS: dict[str, list[str]] = {
    "mentions": ["qualifier"],
    "plants": ["start_date_text", "confidence"],
    "exports": ["by_when_text", "origin_kind", "destination_kind", "confidence"],
}

_JOIN = "LEFT JOIN articles a ON a.id = f.article_id"
_PROV = 'f.sentence, f.start, f."end", f.qualifier, CAST(a.published AS TIMESTAMP) AS published, a.source, a.title'

SQL: dict[str, str] = {
    "articles": """
        WITH n AS (
            SELECT article_id, count(*) AS n FROM (
                SELECT article_id FROM models UNION ALL SELECT article_id FROM specs
                UNION ALL SELECT article_id FROM plants UNION ALL SELECT article_id FROM exports
                UNION ALL SELECT article_id FROM people) GROUP BY article_id)
        SELECT a.id AS article_id, a.name, a.title, a.source, a.url, CAST(a.published AS TIMESTAMP) AS published,
               a.ingested_at,
               coalesce(a.words, 0) AS words, coalesce(n.n, 0) AS n_facts, a.text
        FROM articles a LEFT JOIN n ON n.article_id = a.id ORDER BY a.published DESC NULLS LAST, a.ingested_at, a.id""",
    "mentions": """SELECT article_id, text, label, canonical, start, "end", sentence_start, sentence_end, value, unit,
        qualifier FROM mentions""",
    "companies": "SELECT f.article_id, f.company, CAST(a.published AS TIMESTAMP) AS published FROM companies f " + _JOIN,
    "models": f"SELECT f.article_id, f.model, f.maker, f.based_on, {_PROV} FROM models f {_JOIN}",
    "specs": f"""SELECT f.article_id, f.model, f.maker, f.engine_l, f.power_hp, f.transmission, {_PROV}
        FROM specs f {_JOIN}""",
    "plants": f"""SELECT f.article_id, f.plant_key, f.company, f.site, f.country, f.capacity_per_year, f.shifts, f.jobs,
        f.investment_amount, f.investment_currency, f.models, coalesce(f.start_date_resolved, f.start_date) AS start_date,
        f.start_date AS start_date_text, f.area_ha, f.confidence, {_PROV} FROM plants f {_JOIN}""",
    "exports": f"""SELECT f.article_id, f.route_key, f.company, f.origin, f.destination, f.models, f.units,
        coalesce(f.by_when_resolved, f.by_when) AS by_when, f.by_when AS by_when_text, f.confidence, {_PROV}
        FROM exports f {_JOIN}""",
    "people": f"SELECT f.article_id, f.name, f.role, f.org, {_PROV} FROM people f {_JOIN}",
    "metrics": f"""SELECT f.article_id, f.subject_kind, f.subject_key, f.subject_label, f.company, f.country, f.metric,
        f.value, f.unit, {_PROV} FROM metrics f {_JOIN}""",
}


def load_frames(db_path: str | os.PathLike[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every frame of FRAME_COLUMNS (plus EXTRA_COLUMNS), read from the store; empty frames when there is none."""
    from core import store

    path = store.resolve_db(db_path)
    version = store.store_version(path)
    key = str(path.resolve())
    cached = _CACHE.get(key)
    if cached is None or cached[0] != version:
        cached = (version, _read_snapshot(path, version) or _write_snapshot(path, version, _read(path)))
        _CACHE.clear()  # one store per process in practice; keep memory bounded
        _CACHE[key] = cached
    # Shallow copies: pandas copy-on-write keeps the cached frames intact if a caller edits its copy.
    return {name: df.copy(deep=False) for name, df in cached[1].items()}


_CACHE: dict[str, tuple[str, dict[str, pd.DataFrame]]] = {}


# --------------------------------------------------------------------------- snapshots
# Reading and enriching every table takes ~1.5 s at 100k articles; a new process (an app restart, the
# CLI, each Streamlit server) instead memory-maps the frames it finds saved for the same store version.


def _snapshot_dir(path: Path, version: str) -> Path:
    return path.parent / f"{path.name}.frames" / hashlib.sha1(version.encode("utf-8")).hexdigest()[:16]


def _read_snapshot(path: Path, version: str) -> dict[str, pd.DataFrame] | None:
    folder = _snapshot_dir(path, version)
    if not (folder / "complete").exists():
        return None
    try:
        return {name: feather.read_feather(folder / f"{name}.feather", memory_map=True) for name in FRAME_COLUMNS}
    except (OSError, pa.ArrowException):
        return None


def _write_snapshot(path: Path, version: str, frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Best effort: a store in a read-only place, or a frame Arrow cannot hold, just means no snapshot."""
    if not path.exists() or frames["articles"].empty:
        return frames
    folder = _snapshot_dir(path, version)
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name, df in frames.items():
            # one chunk per column: filters take rows per column, and many chunks are slow to take from
            feather.write_feather(df, tmp / f"{name}.feather", compression="uncompressed", chunksize=max(len(df), 1))
        (tmp / "complete").touch()
        tmp.rename(folder)  # atomic: readers see a whole snapshot or none
        for old in folder.parent.iterdir():  # older versions of this store
            if old != folder and not old.name.endswith(".tmp"):
                shutil.rmtree(old, ignore_errors=True)
    except (OSError, pa.ArrowException, ValueError, TypeError):
        shutil.rmtree(tmp, ignore_errors=True)
    return frames


def _read(path) -> dict[str, pd.DataFrame]:
    from core import store

    try:
        with store.connect(path, read_only=True) as con:
            if store.current_schema_version(con) < store.SCHEMA_VERSION:
                return _shape({})
            raw = {name: _fetch(con, sql) for name, sql in SQL.items()}
            curated = _curated_places(con)
    except FileNotFoundError:
        return _shape({})
    return _shape(enrich(raw, curated))


def _curated_places(con) -> dict[str, tuple[float, float]]:
    """Sites an analyst created in curation: name (canonical and as written) -> (lat, lon)."""
    rows = con.execute(
        "SELECT text, canonical, lat, lon FROM curation_decisions WHERE kind = 'place' AND lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchall()  # the table exists from schema v3, and _read only reads current stores
    return {name: (lat, lon) for text, canonical, lat, lon in rows for name in (text, canonical) if name}


def _fetch(con, sql: str) -> pd.DataFrame:
    """Arrow-backed frame in one chunk per column: filters take rows per column, and Arrow's take
    on a many-chunk column concatenates it on every call, so concatenating once here pays off."""
    table = con.sql(sql).to_arrow_table()
    if table.num_rows and table.column(0).num_chunks > 1:
        table = table.combine_chunks()
    return table.to_pandas()


def _shape(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    out = {}
    for name, cols in FRAME_COLUMNS.items():
        all_cols = cols + [c for c in EXTRA_COLUMNS.get(name, []) if c not in cols]
        df = frames.get(name)
        if df is None:
            df = pd.DataFrame({c: pd.Series(dtype=_EMPTY_DTYPES.get(c, "str")) for c in all_cols})
        else:
            for c in all_cols:
                if c not in df.columns:
                    df[c] = pd.Series(np.nan, index=df.index, dtype=_EMPTY_DTYPES.get(c, "str"))
            df = df[all_cols]
        out[name] = df
    return out


_EMPTY_DTYPES = {
    **dict.fromkeys(["published", "ingested_at"], "datetime64[us]"),
    **dict.fromkeys(["words", "n_facts", "start", "end", "sentence_start", "sentence_end"], "Int64"),
    **dict.fromkeys(["lat", "lon", "origin_lat", "origin_lon", "destination_lat", "destination_lon", "value",
                     "capacity_per_year", "jobs", "shifts", "investment_amount", "area_ha", "units", "engine_l",
                     "power_hp", "confidence"], "float64"),
}


def _per_unique(series: pd.Series, fn, n_out: int) -> list[np.ndarray]:
    """fn(value) -> tuple of n_out results, computed once per distinct value and spread by code.

    Missing values get None. Vectorised: pd.factorize, a small Python loop over the distinct
    values, then one numpy take per output.
    """
    codes, uniques = pd.factorize(series)
    results = [fn(u) for u in uniques]
    outs = []
    for i in range(n_out):
        table = np.array([r[i] for r in results] + [None], dtype=object)
        outs.append(table[codes])  # code -1 (missing) takes the trailing None
    return outs


def _num(values: np.ndarray) -> np.ndarray:
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype="float64")


def _str(values: np.ndarray, index: pd.Index) -> pd.Series:
    return pd.Series(values, index=index, dtype="str")


def enrich(raw: dict[str, pd.DataFrame], curated: dict[str, tuple[float, float]] | None = None) -> dict[str, pd.DataFrame]:
    """Canonical countries, ISO codes and coordinates (analysts' curated sites first); company parents and home countries."""
    curated = curated or {}
    from core.geo import gazetteer

    g = gazetteer()
    frames = dict(raw)

    def country(name):
        loc = g.country(name)
        return (loc.name, loc.iso3) if loc else (name, None)

    plants = frames["plants"]
    if len(plants):
        name, iso3 = _per_unique(plants["country"], country, 2)
        plants["country"] = _str(name, plants.index)
        plants["iso3"] = _str(iso3, plants.index)
        pair = plants["site"].fillna("").astype("str") + "\x1f" + plants["country"].fillna("").astype("str")

        def site(key):
            s, c = key.split("\x1f")
            if s in curated:
                return curated[s]
            loc = (g.site(s, c or None) if s else None) or g.area(c or None)
            return (loc.lat, loc.lon) if loc else (None, None)

        lat, lon = _per_unique(pair, site, 2)
        plants["lat"], plants["lon"] = _num(lat), _num(lon)

    exports = frames["exports"]
    if len(exports):
        for side in ("origin", "destination"):
            def area(name):
                loc = g.area(name)
                return (loc.name, loc.iso3, loc.lat, loc.lon, loc.kind) if loc else (name, None, None, None, None)

            name, iso3, lat, lon, kind = _per_unique(exports[side], area, 5)
            exports[side] = _str(name, exports.index)
            exports[f"{side}_iso3"] = _str(iso3, exports.index)
            exports[f"{side}_lat"], exports[f"{side}_lon"] = _num(lat), _num(lon)
            exports[f"{side}_kind"] = _str(kind, exports.index)

    metrics = frames["metrics"]
    if len(metrics):
        (name,) = _per_unique(metrics["country"], lambda c: (country(c)[0],), 1)
        metrics["country"] = _str(name, metrics.index)

    companies = frames["companies"]
    info = makers()
    parent, home, kind = _per_unique(companies["company"], lambda c: info.get(c, (None, None, None)), 3)
    for col, values in (("parent", parent), ("home_country", home), ("kind", kind)):
        companies[col] = _str(values, companies.index)
    return frames


@lru_cache(maxsize=1)
def makers() -> dict[str, tuple[str | None, str | None, str | None]]:
    """Company -> (parent, home country, kind) from core/data/makers.csv (tolerant of its exact columns)."""
    import csv

    from core.geo import canonical_country
    from core.paths import DATA

    path = DATA / "makers.csv"
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            name = row.get("name") or row.get("canonical") or row.get("company")
            if not name:
                continue
            country = row.get("home_country") or row.get("country") or None
            out[name] = (row.get("parent") or None, canonical_country(country) if country else None,
                         row.get("kind") or row.get("type") or None)
    return out
