"""One pandas frame per concept, ready for tables, charts and maps.

The columns below are the contract between the store and the dashboard: every frame
has exactly these columns (more may be added at the end), even when it is empty.
Names are canonical (aliases resolved); countries carry ISO 3166 alpha-3 codes and
coordinates; every fact row carries its provenance (article_id, sentence, start, end).

The frames are built from the store in one read-only connection (see core/store.py for why
connections are short), with what the gazetteer knows added: canonical country names, ISO
codes and coordinates (core/geo.py), company parents and home countries (core/data/makers.csv).
Every write saves them beside the store for its new version (`save_frames`); `load_frames`
memory-maps the saved ones, so no process but the writer pays for reading the whole store.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather

PROVENANCE = ["article_id", "sentence", "start", "end", "qualifier", "published", "source", "title"]

FRAME_COLUMNS: dict[str, list[str]] = {
    # published: datetime64 (NaT when unknown); words: int
    # headline: the title, or the opening words when untitled (core.articles.headline); filtered articles carry no text
    "articles": ["article_id", "name", "title", "source", "url", "published", "ingested_at", "words", "n_facts", "text",
                 "headline"],
    # every entity mention as written, with the name it resolved to
    "mentions": ["article_id", "text", "label", "canonical", "start", "end", "sentence_start", "sentence_end", "value", "unit"],
    # companies the article is about, enriched from the gazetteer
    "companies": ["article_id", "company", "parent", "home_country", "kind", "published"],
    "models": ["article_id", "model", "maker", "based_on", "platform", "sentence", "start", "end", "published", "source",
               "title"],
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
    "models": f"SELECT f.article_id, f.model, f.maker, f.based_on, f.platform, {_PROV} FROM models f {_JOIN}",
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
    """Every frame of FRAME_COLUMNS (plus EXTRA_COLUMNS), read from the store; empty frames when there is none.

    Frames come memory-mapped from the snapshot saved for the store's version (see `save_frames`);
    without one (a store written by an older version, or a folder that cannot be written) they are
    read from the store, saved, and then mapped.
    """
    from core import store

    path = store.resolve_db(db_path)
    version = store.store_version(path)
    key = str(path.resolve())
    cached = _CACHE.get(key)
    if cached is None or cached[0] != version:
        frames = _read_snapshot(path, version)
        if frames is None:
            version, frames = _build(path)
        cached = (version, frames)
        _CACHE.clear()  # one store per process in practice; keep memory bounded
        _CACHE[key] = cached
    # Shallow copies: pandas copy-on-write keeps the cached frames intact if a caller edits its copy.
    return {name: df.copy(deep=False) for name, df in cached[1].items()}


def save_frames(db_path: str | os.PathLike[str] | None = None) -> bool:
    """Save the frames of the store's current version beside it, unless they are already there.

    Called after every write (core.store.write_batch, the end of an ingest or a re-extraction),
    so the app's next load maps the saved frames instead of reading the whole store. Best effort:
    True when a snapshot of the current version exists afterwards.
    """
    from core import store

    path = store.resolve_db(db_path)
    if not path.exists():
        return False
    version, _frames = _build(path)
    return (_snapshot_dir(path, version) / "complete").exists()


_CACHE: dict[str, tuple[str, dict[str, pd.DataFrame]]] = {}


# --------------------------------------------------------------------------- snapshots
# Reading and enriching every table takes seconds at 100k articles; a new process (an app restart, the
# CLI, each Streamlit server) instead memory-maps the frames saved for the same store version, and
# a filter then pages in only the columns and rows it touches.


# Bump when the frames' shape or enrichment changes (columns, coordinates): snapshots saved by an
# older build are then rebuilt from the store instead of being read as they are.
SNAPSHOT_FORMAT = "7"  # 2: articles.headline; large countries at their capital. 3: one name per model.
# 4: headlines found past mastheads and menus. 5: past captions, link labels and calls to join; datelines dropped.
# 6: no headline from a line after the body begins. 7: models.platform


def _snapshot_dir(path: Path, version: str) -> Path:
    key = f"{SNAPSHOT_FORMAT}:{version}"
    return path.parent / f"{path.name}.frames" / hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _read_snapshot(path: Path, version: str) -> dict[str, pd.DataFrame] | None:
    folder = _snapshot_dir(path, version)
    if not (folder / "complete").exists():
        return None
    try:
        frames = {name: feather.read_feather(folder / f"{name}.feather", memory_map=True) for name in FRAME_COLUMNS}
    except (OSError, pa.ArrowException):
        return None
    _register_keys(folder, frames)
    return frames


def _build(path: Path) -> tuple[str, dict[str, pd.DataFrame]]:
    """(version, frames): the snapshot of the version read, saved first when missing.

    The version is taken while the read connection is open: no writer can commit meanwhile (DuckDB
    refuses other openers), so the saved frames hold exactly that version's rows. Each frame is
    fetched, enriched and written before the next (the connection stays open throughout, a few
    seconds at 100k articles), so the peak memory is one frame; the frames returned are mapped
    from the files. When the snapshot cannot be written (read-only folder), the frames are kept
    in memory instead.
    """
    from core import store

    try:
        with store.connect(path, read_only=True) as con:
            version = store.store_version(path)
            if store.current_schema_version(con) < store.SCHEMA_VERSION:
                return version, _shape({})
            saved = _read_snapshot(path, version)  # another process saved it meanwhile
            if saved is not None:
                return version, saved
            curated = _curated_places(con)
            if not con.execute("SELECT count(*) FROM articles").fetchall()[0][0]:
                return version, {name: _frame(name, _fetch_arrow(con, sql), curated) for name, sql in SQL.items()}
            return version, _save(con, path, version, curated, _model_renames(con))
    except FileNotFoundError:
        return store.store_version(path), _shape({})


def _save(con, path: Path, version: str, curated: dict[str, tuple[float, float]],
          renames: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Fetch, enrich and write one frame at a time (peak memory: one frame), then map them all.
    `renames`: one name for the spellings of a model (_model_renames)."""
    folder = _snapshot_dir(path, version)
    tmp: Path | None = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    written: list[str] = []
    kept: dict[str, pd.DataFrame] = {}  # frames in memory once a write failed
    try:
        tmp.mkdir(parents=True, exist_ok=True)
    except OSError:
        tmp = None
    article_ids: pa.Array | None = None  # the articles frame's ids, in its order: what article_ix refers to
    for name, sql in SQL.items():
        df = _frame(name, _unify_models(name, _fetch_arrow(con, sql), renames), curated)
        if tmp is not None:
            try:
                # one chunk per column: filters take rows per column, and many chunks are slow to take from
                feather.write_feather(df, tmp / f"{name}.feather", compression="uncompressed",
                                      chunksize=max(len(df), 1))
                if name == "articles":
                    article_ids = _arrow_strings(df["article_id"])
                keys = _keys_table(name, df, article_ids)
                feather.write_feather(keys, tmp / f"{name}.keys.feather", compression="uncompressed",
                                      chunksize=max(keys.num_rows, 1))
                written.append(name)
                del df
                continue
            except (OSError, pa.ArrowException, ValueError, TypeError):
                kept.update(_read_files(tmp, written))  # what was written so far, back in memory
                shutil.rmtree(tmp, ignore_errors=True)
                tmp = None
        kept[name] = df
    if tmp is None:
        return kept
    try:
        (tmp / "complete").touch()
        tmp.rename(folder)  # atomic: readers see a whole snapshot or none
    except OSError:  # another process saved the same version first
        shutil.rmtree(tmp, ignore_errors=True)
    for old in folder.parent.iterdir():  # older versions of this store
        if old != folder and not old.name.endswith(".tmp"):
            shutil.rmtree(old, ignore_errors=True)
    saved = _read_snapshot(path, version)
    return saved if saved is not None else _read_files(folder, list(FRAME_COLUMNS))


# --------------------------------------------------------------------------- keys for filters
# Beside each saved frame, integer keys (`<name>.keys.feather`): `article_ix`, the position of the
# row's article in the articles frame (-1 when it has none), and, for the string columns that
# filters match (core.filters: dimensions, mentions' canonical names, text-query columns), a
# dictionary encoding when the column repeats its values. A filter then matches each distinct
# value once and spreads the result by code, and selects articles by position instead of hashing
# string ids over millions of rows. Keys are only used for the exact frames they were saved with:
# `frame_keys` checks that the frame's columns are still the memory-mapped arrays of the snapshot
# (a caller's edited, filtered or rebuilt frame has new arrays and is filtered without keys).

MAX_DISTINCT_SHARE = 0.5  # a column with more distinct values than this share of its rows is matched as is


@dataclass(eq=False)
class FrameKeys:
    article_ids: pa.Array  # the snapshot's articles, in the articles frame's order: what article_ix refers to
    article_ix: np.ndarray  # int32 per row, -1 when the row's article is not in the articles frame
    codes: dict[str, tuple[np.ndarray, pa.Array]]  # column -> (int32 code per row, distinct values)
    arrays: dict[str, pa.ChunkedArray]  # column -> the frame's array the keys were saved for (kept alive)
    # worked out once, on the first article opened: what every frame of the snapshot shares (article id ->
    # position), and this frame's rows grouped by article (see _key_positions)
    shared: dict = field(default_factory=dict, repr=False)
    own: dict = field(default_factory=dict, repr=False)

    def column(self, df: pd.DataFrame, column: str) -> tuple[np.ndarray, pa.Array] | None:
        """(codes, distinct values) of `column` when df still holds the array the keys describe."""
        entry = self.codes.get(column)
        if entry is None or column not in df.columns:
            return None
        return entry if _identity(df[column]) == _identity_of(self.arrays[column]) else None


_KEYS: dict[Path, dict[tuple[int, int, int], FrameKeys]] = {}  # snapshot folder -> identity of article_id -> keys


def frame_keys(df: pd.DataFrame | None) -> FrameKeys | None:
    """The keys saved with this very frame (rows and article_id unchanged since it was loaded), else None."""
    if df is None or not len(df) or "article_id" not in df.columns:
        return None
    ident = _identity(df["article_id"])
    if ident is None:
        return None
    for by_identity in _KEYS.values():
        keys = by_identity.get(ident)
        if keys is not None and len(keys.article_ix) == len(df):
            return keys
    return None


def article_rows(df: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The frame's rows of one article. A frame mapped from a snapshot finds them by its saved article
    positions (_key_positions); any other frame compares every row's id."""
    keys = frame_keys(df)
    if keys is None:
        return df[df["article_id"] == article_id] if len(df) else df
    positions = _key_positions(keys, article_id)
    return df.iloc[0:0] if positions is None else df.iloc[positions]


def article_positions(df: pd.DataFrame, article_id: str) -> np.ndarray:
    """Positions of the frame's rows of one article (article_rows without copying the rows)."""
    keys = frame_keys(df)
    if keys is None:
        return np.flatnonzero((df["article_id"] == article_id).to_numpy(dtype=bool, na_value=False))
    positions = _key_positions(keys, article_id)
    return np.empty(0, dtype=np.intp) if positions is None else positions


def _key_positions(keys: FrameKeys, article_id: str) -> np.ndarray | None:
    """Positions of the article's rows by the saved keys, in row order; None when the article is not in the
    snapshot. The article's position comes from a dict of the snapshot's ids and its rows from the frame's rows
    grouped by article, both built once (a search of the ids and a comparison of every row cost 5-20 ms an
    article at 100k articles, over the eight frames an opened article reads)."""
    from core.snapshot_memo import once  # it imports this module

    position = once(keys.shared, "position by article id", lambda: _positions_by_id(keys.article_ids)).get(
        str(article_id))
    if position is None:
        return None
    order, starts = once(keys.own, "rows by article", lambda: _rows_by_article(keys.article_ix, len(keys.article_ids)))
    return order[starts[position]:starts[position + 1]].copy()  # the caller's own: the grouping is shared


def _positions_by_id(article_ids: pa.Array) -> dict[str, int]:
    """Article id -> its first position among the snapshot's articles."""
    ids = article_ids.to_pylist()
    return {a: i for i, a in zip(range(len(ids) - 1, -1, -1), reversed(ids), strict=True) if a is not None}


def _rows_by_article(article_ix: np.ndarray, n_articles: int) -> tuple[np.ndarray, np.ndarray]:
    """(row positions ordered by article, then by row; where each article's rows start in them, n_articles + 1)."""
    order = np.argsort(article_ix, kind="stable")
    return order, np.searchsorted(article_ix[order], np.arange(n_articles + 1))


def prepare_article_lookup(frames: dict[str, pd.DataFrame]) -> None:
    """Work out now what opening the first article would (_key_positions): 0.7 s at 100k articles, most of it reading
    the saved keys' pages from disk."""
    for df in frames.values():
        keys = frame_keys(df)
        if keys is not None and len(keys.article_ids):
            _key_positions(keys, keys.article_ids[0].as_py())


def _arrow_strings(series: pd.Series) -> pa.Array:
    """A string column as one Arrow array (zero-copy for pandas' Arrow-backed str dtype)."""
    arr = series.array
    if hasattr(arr, "__arrow_array__"):
        try:
            out = arr.__arrow_array__()
            if pa.types.is_string(out.type) or pa.types.is_large_string(out.type):
                return out.combine_chunks() if isinstance(out, pa.ChunkedArray) else out
        except (TypeError, ValueError, pa.ArrowException):
            pass
    return pa.array(series.astype("object").where(series.notna(), None).to_numpy(), type=pa.large_string())


def _chunked(series: pd.Series) -> pa.ChunkedArray | None:
    arr = series.array
    if not hasattr(arr, "__arrow_array__"):
        return None
    try:
        out = arr.__arrow_array__()
    except (TypeError, ValueError, pa.ArrowException):
        return None
    return out if isinstance(out, pa.ChunkedArray) else pa.chunked_array([out])


def _identity_of(arr: pa.ChunkedArray | None) -> tuple[int, int, int] | None:
    """Where a one-chunk string array's offsets live: the same for the same memory-mapped column only."""
    if arr is None or arr.num_chunks != 1:
        return None
    chunk = arr.chunk(0)
    buffers = chunk.buffers()
    if len(buffers) < 2 or buffers[1] is None:
        return None
    return buffers[1].address, chunk.offset, len(chunk)


def _identity(series: pd.Series) -> tuple[int, int, int] | None:
    return _identity_of(_chunked(series))


def _key_columns(name: str) -> list[str]:
    from core.filters import OWN_COLUMNS, TEXT_COLUMNS

    cols = [c for dim in OWN_COLUMNS.values() for c in dim.get(name, [])] + TEXT_COLUMNS.get(name, [])
    cols += {"mentions": ["canonical"], "companies": ["company"]}.get(name, [])
    return list(dict.fromkeys(cols))


def _keys_table(name: str, df: pd.DataFrame, article_ids: pa.Array | None) -> pa.Table:
    """article_ix and the dictionary-encoded key columns of one frame (see FrameKeys)."""
    if "article_id" in df.columns and article_ids is not None and len(df):
        ix = pc.index_in(_arrow_strings(df["article_id"]), value_set=article_ids)
        article_ix = pc.fill_null(ix, -1).cast(pa.int32())
    else:
        article_ix = pa.array(np.full(len(df), -1, dtype=np.int32))
    columns = {"article_ix": article_ix}
    for c in _key_columns(name):
        if c not in df.columns or not len(df) or str(df[c].dtype) != "str":
            continue
        encoded = pc.dictionary_encode(_arrow_strings(df[c]), null_encoding="encode")
        if len(encoded.dictionary) <= MAX_DISTINCT_SHARE * len(df):
            columns[c] = encoded.cast(pa.dictionary(pa.int32(), pa.large_string()))
    return pa.table(columns)


def _register_keys(folder: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Map the keys saved beside the frames (a snapshot saved without them is filtered without keys)."""
    chunked = _chunked(frames["articles"]["article_id"]) if len(frames["articles"]) else None
    article_ids = chunked.chunk(0) if chunked is not None and chunked.num_chunks == 1 else None  # one object: shared
    by_identity: dict[tuple[int, int, int], FrameKeys] = {}
    if article_ids is not None:
        for name, df in frames.items():
            ident = _identity(df["article_id"]) if len(df) else None
            try:
                table = feather.read_table(folder / f"{name}.keys.feather", memory_map=True) if ident else None
            except (OSError, pa.ArrowException):
                table = None
            if table is None or table.num_rows != len(df):
                continue
            codes, arrays = {}, {"article_id": _chunked(df["article_id"])}
            for c in table.column_names[1:]:
                col = table.column(c)
                arr = _chunked(df[c]) if c in df.columns else None
                if col.num_chunks != 1 or _identity_of(arr) is None:
                    continue
                codes[c] = (col.chunk(0).indices.to_numpy(), col.chunk(0).dictionary)
                arrays[c] = arr
            ix = table.column("article_ix")
            if ix.num_chunks != 1:
                continue
            by_identity[ident] = FrameKeys(article_ids, ix.chunk(0).to_numpy(), codes, arrays)
    _KEYS.pop(folder, None)
    _KEYS[folder] = by_identity
    while len(_KEYS) > 2:  # the snapshots of the last two versions read; older frames filter without keys
        _KEYS.pop(next(iter(_KEYS)))


def _read_files(folder: Path, names: list[str]) -> dict[str, pd.DataFrame]:
    """Saved frames read whole into memory (not mapped)."""
    return {name: feather.read_feather(folder / f"{name}.feather", memory_map=False) for name in names}


def _frame(name: str, table: pa.Table, curated: dict[str, tuple[float, float]]) -> pd.DataFrame:
    """One raw table as its frame: pandas, enriched, shaped to the contract."""
    df = _enrich_frame(name, table.to_pandas(), curated)
    if name == "articles" and len(df):
        from core.articles import headline

        df["headline"] = [headline(t, x, n) for t, x, n in zip(df["title"], df["text"], df["name"], strict=True)]
    return _shape_one(name, df)


# The columns that hold model names: plain, "; "-joined lists, or the canonical name of MODEL mentions.
MODEL_COLUMNS = {"models": ["model", "based_on"], "specs": ["model"], "mentions": ["canonical"]}
MODEL_LIST_COLUMNS = {"plants": ["models"], "exports": ["models"]}

_MODEL_NAMES_SQL = """
    SELECT name, count(*) AS n FROM (
        SELECT model AS name FROM models UNION ALL SELECT based_on FROM models UNION ALL SELECT model FROM specs
        UNION ALL SELECT trim(unnest(string_split(models, ';'))) FROM plants WHERE models IS NOT NULL
        UNION ALL SELECT trim(unnest(string_split(models, ';'))) FROM exports WHERE models IS NOT NULL
        UNION ALL SELECT canonical FROM mentions WHERE label = 'MODEL')
    WHERE name IS NOT NULL AND name <> '' GROUP BY name"""


def _model_renames(con) -> dict[str, str]:
    """{spelling: name shown} over the whole store (core.fact_keys.model_spellings): articles write one model
    several ways ('Curvv.ev', 'Curvv EV'), and the frames give it one name, so it is one row, bar and filter choice."""
    from core.fact_keys import model_spellings

    return model_spellings(dict(con.execute(_MODEL_NAMES_SQL).fetchall()))


def _unify_models(name: str, table: pa.Table, renames: dict[str, str]) -> pa.Table:
    """The raw table with every spelling of `renames` written as the name shown, in the columns that name models."""
    if not renames or not table.num_rows:
        return table
    targets = [(c, False) for c in MODEL_COLUMNS.get(name, [])] + [(c, True) for c in MODEL_LIST_COLUMNS.get(name, [])]
    for column, is_list in targets:
        i = table.schema.get_field_index(column)
        if i < 0:
            continue
        values = table.column(i)
        if is_list:  # each distinct list once: split, rename, join again
            distinct = [v for v in pc.unique(values).to_pylist() if v is not None]
            mapping = {v: "; ".join(renames.get(p.strip(), p.strip()) for p in v.split(";")) for v in distinct
                       if any(p.strip() in renames for p in v.split(";"))}
        else:
            mapping = renames
        if not mapping:
            continue
        old = pa.array(list(mapping), type=values.type)
        new = pa.array(list(mapping.values()), type=values.type)
        positions = pc.index_in(values, value_set=old)
        if name == "mentions":  # a company or place may share a spelling: models only
            positions = pc.if_else(pc.equal(table.column("label"), "MODEL"), positions,
                                   pa.scalar(None, type=positions.type))
        renamed = pc.coalesce(pc.take(new, positions), values)
        table = table.set_column(i, table.schema.field(i), renamed)
    return table


def _curated_places(con) -> dict[str, tuple[float, float]]:
    """Sites an analyst created in curation: name (canonical and as written) -> (lat, lon)."""
    rows = con.execute(
        "SELECT text, canonical, lat, lon FROM curation_decisions WHERE kind = 'place' AND lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchall()  # the table exists from schema v3, and _read only reads current stores
    return {name: (lat, lon) for text, canonical, lat, lon in rows for name in (text, canonical) if name}


def _fetch_arrow(con, sql: str) -> pa.Table:
    """One chunk per column: filters take rows per column, and Arrow's take on a many-chunk
    column concatenates it on every call, so concatenating once here pays off."""
    table = con.sql(sql).to_arrow_table()
    if table.num_rows and table.column(0).num_chunks > 1:
        table = table.combine_chunks()
    return table



def _shape(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {name: _shape_one(name, frames.get(name)) for name in FRAME_COLUMNS}


def _shape_one(name: str, df: pd.DataFrame | None) -> pd.DataFrame:
    cols = FRAME_COLUMNS[name]
    all_cols = cols + [c for c in EXTRA_COLUMNS.get(name, []) if c not in cols]
    if df is None:
        return pd.DataFrame({c: pd.Series(dtype=_EMPTY_DTYPES.get(c, "str")) for c in all_cols})
    for c in all_cols:
        if c not in df.columns:
            df[c] = pd.Series(np.nan, index=df.index, dtype=_EMPTY_DTYPES.get(c, "str"))
    return df[all_cols]


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
    return {name: _enrich_frame(name, df, curated or {}) for name, df in raw.items()}


def _enrich_frame(name: str, df: pd.DataFrame, curated: dict[str, tuple[float, float]]) -> pd.DataFrame:
    """One frame enriched in place (plants, exports, metrics, companies; the others as they are)."""
    if name not in ("plants", "exports", "metrics", "companies") or (name != "companies" and not len(df)):
        return df
    from core.geo import gazetteer

    g = gazetteer()

    def country(value):
        loc = g.country(value)
        return (loc.name, loc.iso3) if loc else (value, None)

    if name == "plants":
        plants = df
        names, iso3 = _per_unique(plants["country"], country, 2)
        plants["country"] = _str(names, plants.index)
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
    elif name == "exports":
        exports = df
        for side in ("origin", "destination"):
            def area(place):
                loc = g.area(place)
                return (loc.name, loc.iso3, loc.lat, loc.lon, loc.kind) if loc else (place, None, None, None, None)

            names, iso3, lat, lon, kind = _per_unique(exports[side], area, 5)
            exports[side] = _str(names, exports.index)
            exports[f"{side}_iso3"] = _str(iso3, exports.index)
            exports[f"{side}_lat"], exports[f"{side}_lon"] = _num(lat), _num(lon)
            exports[f"{side}_kind"] = _str(kind, exports.index)
    elif name == "metrics":
        metrics = df
        (names,) = _per_unique(metrics["country"], lambda c: (country(c)[0],), 1)
        metrics["country"] = _str(names, metrics.index)
    else:
        companies = df
        info = makers()
        # (a name the story wrote, not the gazetteer's, takes the gazetteer's parent and home all the same)
        parent, home, kind = _per_unique(companies["company"], lambda c: info.get(canonical_company(c), (None, None, None)), 3)
        for col, values in (("parent", parent), ("home_country", home), ("kind", kind)):
            companies[col] = _str(values, companies.index)
    return df


@lru_cache(maxsize=1)
def _maker_rows() -> tuple[dict[str, str], ...]:
    """The rows of core/data/makers.csv, read once, with lower-case keys and stripped values; each with its `name`
    (tolerant of the file's exact columns: name, canonical or company)."""
    import csv

    from core.paths import DATA

    path = DATA / "makers.csv"
    if not path.exists():
        return ()
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for raw in csv.DictReader(fh):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            row["name"] = row.get("name") or row.get("canonical") or row.get("company") or ""
            if row["name"]:
                rows.append(row)
    return tuple(rows)


@lru_cache(maxsize=1)
def company_names() -> dict[str, frozenset[str]]:
    """Every name of a company in core/data/makers.csv (its canonical name and aliases) -> all of that company's names.
    A story written before a rename keeps the name it writes ('Renault Samsung Motors' for Renault Korea): a filter by
    one name finds the company's rows under the others too."""
    out: dict[str, frozenset[str]] = {}
    for row in _maker_rows():
        names = frozenset([row["name"], *(a.strip() for a in row.get("aliases", "").split("|") if a.strip())])
        for n in names:
            out[n] = out.get(n, frozenset()) | names
    return out


def canonical_company(name: str) -> str:
    """The gazetteer's name of a company written by one of its aliases ('Renault Samsung Motors' -> 'Renault Korea')."""
    info = makers()
    if name in info:
        return name
    return next((n for n in sorted(company_names().get(name, ())) if n in info), name)


@lru_cache(maxsize=1)
def makers() -> dict[str, tuple[str | None, str | None, str | None]]:
    """Company -> (parent, home country, kind) from core/data/makers.csv."""
    from core.geo import canonical_country

    out = {}
    for row in _maker_rows():
        country = row.get("home_country") or row.get("country") or None
        out[row["name"]] = (row.get("parent") or None, canonical_country(country) if country else None,
                            row.get("kind") or row.get("type") or None)
    return out
