"""The fact store: one DuckDB file shared by the app (reader) and the command line (writer).

Concurrency design. DuckDB lets one process hold a file read-write, and while it does, no
other process can open the file at all (read-only openers are refused too). So every
connection here is short: `connect()` opens, the caller does one batch (one transaction) or
one read of all frames, and the connection is closed. Opening retries with backoff while
another process holds the lock, so the app waits a fraction of a second instead of showing
an error, and a writer waits for readers instead of losing a batch. Within one process a
lock serialises openings (Streamlit runs sessions in threads, and DuckDB refuses a
read-only and a read-write connection to one file in the same process).

`store_version()` is a cache key that changes whenever a write commits: a sidecar file
(``<db>.version``) rewritten after every commit, combined with the size and mtime of the
database file and its WAL, so a commit whose sidecar update was lost still changes it.
"""
from __future__ import annotations

import contextlib
import json
import os
import random
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from core.articles import Article, word_count
from core.dates import parse_date, resolve_relative
from core.fact_keys import fact_key, plant_key
from core.facts import ArticleFacts, ExportFact, PlantFact, Source
from core.paths import default_db_path

if TYPE_CHECKING:  # duckdb is imported on the first connection: a process that maps saved frames never needs it
    import duckdb

LOCK_TIMEOUT_S = float(os.environ.get("AUTOWATCH_LOCK_TIMEOUT", "120"))
_PROCESS_LOCK = threading.RLock()

FACT_TABLES = ("mentions", "companies", "countries", "models", "specs", "plants", "exports", "people", "metrics", "unresolved")
TABLES = ("articles", *FACT_TABLES)

# --- schema ---------------------------------------------------------------------------------

SCHEMA_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
CREATE TABLE articles (id VARCHAR PRIMARY KEY, name VARCHAR, title VARCHAR, source VARCHAR, url VARCHAR,
    published DATE, text VARCHAR, ingested_at TIMESTAMP);
CREATE TABLE mentions (article_id VARCHAR, text VARCHAR, label VARCHAR, canonical VARCHAR, start INTEGER, "end" INTEGER,
    sentence_start INTEGER, sentence_end INTEGER, value DOUBLE, unit VARCHAR);
CREATE TABLE companies (article_id VARCHAR, company VARCHAR);
CREATE TABLE countries (article_id VARCHAR, country VARCHAR);
CREATE TABLE models (article_id VARCHAR, model VARCHAR, maker VARCHAR, based_on VARCHAR,
    sentence VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE specs (article_id VARCHAR, model VARCHAR, engine_l DOUBLE, power_hp DOUBLE, transmission VARCHAR,
    sentence VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE plants (article_id VARCHAR, company VARCHAR, site VARCHAR, country VARCHAR, capacity_per_year DOUBLE,
    shifts INTEGER, jobs INTEGER, investment_amount DOUBLE, investment_currency VARCHAR, models VARCHAR,
    start_date VARCHAR, area_ha DOUBLE, sentence VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE exports (article_id VARCHAR, company VARCHAR, origin VARCHAR, destination VARCHAR, models VARCHAR,
    units DOUBLE, by_when VARCHAR, sentence VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE people (article_id VARCHAR, name VARCHAR, role VARCHAR, org VARCHAR,
    sentence VARCHAR, start INTEGER, "end" INTEGER);
"""

_KEY_SQL = "regexp_replace(lower(strip_accents(trim(coalesce({}, '')))), '\\s+', ' ', 'g')"


def _key_sql(*cols: str) -> str:
    return " || '|' || ".join(_KEY_SQL.format(c) for c in cols)


def _migrate_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Provenance everywhere, keys, resolved dates, word counts, metrics and unresolved names."""
    con.execute("ALTER TABLE articles ADD COLUMN words INTEGER")
    con.execute("UPDATE articles SET words = len(regexp_extract_all(text, '\\w+(?:[-''’]\\w+)*'))")
    con.execute("ALTER TABLE mentions ADD COLUMN qualifier VARCHAR DEFAULT ''")
    for table in ("models", "specs", "plants", "exports", "people"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN qualifier VARCHAR DEFAULT ''")
        con.execute(f"ALTER TABLE {table} ADD COLUMN confidence DOUBLE DEFAULT 1.0")
    con.execute("ALTER TABLE specs ADD COLUMN maker VARCHAR")
    con.execute("ALTER TABLE plants ADD COLUMN plant_key VARCHAR")
    con.execute("ALTER TABLE plants ADD COLUMN start_date_resolved VARCHAR")
    con.execute("ALTER TABLE plants ADD COLUMN evidence VARCHAR DEFAULT '{}'")
    con.execute(f"UPDATE plants SET plant_key = {_key_sql('company', 'site', 'country')}, start_date_resolved = start_date")
    con.execute("ALTER TABLE exports ADD COLUMN route_key VARCHAR")
    con.execute("ALTER TABLE exports ADD COLUMN by_when_resolved VARCHAR")
    con.execute("ALTER TABLE exports ADD COLUMN evidence VARCHAR DEFAULT '{}'")
    con.execute(f"UPDATE exports SET route_key = {_key_sql('company', 'origin', 'destination')}, by_when_resolved = by_when")
    con.execute(
        """CREATE TABLE metrics (article_id VARCHAR, subject_kind VARCHAR, subject_key VARCHAR, subject_label VARCHAR,
        company VARCHAR, country VARCHAR, metric VARCHAR, value DOUBLE, unit VARCHAR,
        sentence VARCHAR, start INTEGER, "end" INTEGER, qualifier VARCHAR)"""
    )
    for metric, value, unit in (
        ("capacity_per_year", "capacity_per_year", "'units/year'"),
        ("jobs", "jobs", "'jobs'"),
        ("shifts", "shifts", "'shifts'"),
        ("investment", "investment_amount", "investment_currency"),
        ("area_ha", "area_ha", "'ha'"),
    ):
        con.execute(
            f"""INSERT INTO metrics SELECT article_id, 'plant', plant_key, concat_ws(' ', company, site), company, country,
            '{metric}', {value}, {unit}, sentence, start, "end", qualifier FROM plants WHERE {value} IS NOT NULL"""
        )
    con.execute(
        """INSERT INTO metrics SELECT article_id, 'export', route_key, concat_ws(' → ', origin, destination), company,
        origin, 'units', units, 'units', sentence, start, "end", qualifier FROM exports WHERE units IS NOT NULL"""
    )
    con.execute(
        """CREATE TABLE unresolved (article_id VARCHAR, text VARCHAR, guess VARCHAR, reason VARCHAR,
        sentence VARCHAR, start INTEGER, "end" INTEGER)"""
    )


def _migrate_v3(con: duckdb.DuckDBPyConnection) -> None:
    """Curation decisions (core/curation.py): one row per name as written, fed to the gazetteer as `Extra`."""
    con.execute(
        """CREATE TABLE curation_decisions (text VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, canonical VARCHAR,
        label VARCHAR, maker VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, note VARCHAR, decided_at TIMESTAMP)"""
    )


def _migrate_v4(con: duckdb.DuckDBPyConnection) -> None:
    """Plant keys by group and town (core/fact_keys.py): 'Fiat' and 'Stellantis' at Betim, 'Georgetown, Kentucky'
    and 'Georgetown' are one plant. Recomputes the keys of stored plants and of their metrics."""
    rows = con.execute("SELECT DISTINCT plant_key, company, site, country FROM plants").fetchall()
    keys = pa.table({
        "old": [r[0] for r in rows], "company": [r[1] for r in rows], "site": [r[2] for r in rows],
        "country": [r[3] for r in rows], "new": [plant_key(r[1], r[2], r[3]) for r in rows],
    })
    con.register("plant_keys_v4", keys)
    con.execute("""UPDATE plants SET plant_key = k.new FROM plant_keys_v4 k WHERE plants.plant_key = k.old
        AND plants.company IS NOT DISTINCT FROM k.company AND plants.site IS NOT DISTINCT FROM k.site
        AND plants.country IS NOT DISTINCT FROM k.country""")
    con.execute("""UPDATE metrics SET subject_key = k.new FROM (SELECT old, any_value(new) AS new FROM plant_keys_v4
        GROUP BY old) k WHERE metrics.subject_kind = 'plant' AND metrics.subject_key = k.old""")
    con.unregister("plant_keys_v4")


def _migrate_v5(con: duckdb.DuckDBPyConnection) -> None:
    """A model's platform ('the E-GMP platform') apart from the model it derives from (based_on): stored models
    keep their based_on as it was read."""
    con.execute("ALTER TABLE models ADD COLUMN platform VARCHAR")


MIGRATIONS: list[tuple[int, Any]] = [(1, SCHEMA_V1), (2, _migrate_v2), (3, _migrate_v3), (4, _migrate_v4), (5, _migrate_v5)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = 'main'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the schema up to date, one migration per transaction; returns the version reached."""
    version = current_schema_version(con)
    for target, step in MIGRATIONS:
        if target <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            if isinstance(step, str):
                for stmt in filter(str.strip, step.split(";")):
                    con.execute(stmt)
            else:
                step(con)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [target])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        version = target
    return version


# --- connections ----------------------------------------------------------------------------


def resolve_db(db_path: str | os.PathLike[str] | None) -> Path:
    return Path(db_path) if db_path is not None else default_db_path()


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return any(s in msg for s in ("lock", "different configuration", "resource temporarily unavailable", "being used"))


@contextlib.contextmanager
def connect(
    db_path: str | os.PathLike[str] | None = None, read_only: bool = False, timeout: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection, retrying while another process holds the file.

    Writers get a migrated schema. A read-only open of a missing file raises FileNotFoundError.
    """
    import duckdb

    path = resolve_db(db_path)
    if read_only and not path.exists():
        raise FileNotFoundError(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (LOCK_TIMEOUT_S if timeout is None else timeout)
    delay = 0.01
    with _PROCESS_LOCK:
        while True:
            try:
                con = duckdb.connect(str(path), read_only=read_only)
                break
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                if not _is_lock_error(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 1.6, 0.25)
        try:
            if not read_only and current_schema_version(con) < SCHEMA_VERSION:
                migrate(con)
                _bump_version(path)
            yield con
        finally:
            con.close()


def store_version(db_path: str | os.PathLike[str] | None = None) -> str:
    """Changes whenever a write commits. Cheap: a small file read and two stats, no database open."""
    path = resolve_db(db_path)
    parts = []
    try:
        parts.append(_version_file(path).read_text(encoding="utf-8").strip())
    except OSError:
        parts.append("-")
    for p in (path, Path(str(path) + ".wal")):
        try:
            st = p.stat()
            parts.append(f"{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append("0")
    return "/".join(parts)


def _version_file(path: Path) -> Path:
    return path.with_name(path.name + ".version")


def _bump_version(path: Path) -> None:
    target = _version_file(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(f"{time.time_ns()}-{uuid.uuid4().hex[:8]}\n", encoding="utf-8")
    os.replace(tmp, target)


# --- rows from facts ------------------------------------------------------------------------


def _src(source: Source | None) -> dict[str, Any]:
    if source is None:
        return {"sentence": None, "start": None, "end": None, "qualifier": "", "confidence": 1.0}
    return {
        "sentence": source.sentence,
        "start": source.start,
        "end": source.end,
        "qualifier": source.qualifier or "",
        "confidence": source.confidence,
    }


def _evidence(ev: dict[str, Source]) -> str:
    return json.dumps({k: _src(v) for k, v in ev.items()}, ensure_ascii=False) if ev else "{}"


def _join(models: Sequence[str]) -> str | None:
    return "; ".join(m for m in models if m) or None


COLUMNS: dict[str, list[str]] = {
    "articles": ["id", "name", "title", "source", "url", "published", "text", "ingested_at", "words"],
    "mentions": ["article_id", "text", "label", "canonical", "start", "end", "sentence_start", "sentence_end", "value",
                 "unit", "qualifier"],
    "companies": ["article_id", "company"],
    "countries": ["article_id", "country"],
    "models": ["article_id", "model", "maker", "based_on", "platform", "sentence", "start", "end", "qualifier", "confidence"],
    "specs": ["article_id", "model", "maker", "engine_l", "power_hp", "transmission", "sentence", "start", "end",
              "qualifier", "confidence"],
    "plants": ["article_id", "plant_key", "company", "site", "country", "capacity_per_year", "shifts", "jobs",
               "investment_amount", "investment_currency", "models", "start_date", "start_date_resolved", "area_ha",
               "sentence", "start", "end", "qualifier", "confidence", "evidence"],
    "exports": ["article_id", "route_key", "company", "origin", "destination", "models", "units", "by_when",
                "by_when_resolved", "sentence", "start", "end", "qualifier", "confidence", "evidence"],
    "people": ["article_id", "name", "role", "org", "sentence", "start", "end", "qualifier", "confidence"],
    "metrics": ["article_id", "subject_kind", "subject_key", "subject_label", "company", "country", "metric", "value",
                "unit", "sentence", "start", "end", "qualifier"],
    "unresolved": ["article_id", "text", "guess", "reason", "sentence", "start", "end"],
}

_TYPES: dict[str, pa.DataType] = {
    "start": pa.int32(), "end": pa.int32(), "sentence_start": pa.int32(), "sentence_end": pa.int32(),
    "shifts": pa.int32(), "jobs": pa.int32(), "words": pa.int32(), "value": pa.float64(), "engine_l": pa.float64(),
    "power_hp": pa.float64(), "capacity_per_year": pa.float64(), "investment_amount": pa.float64(),
    "area_ha": pa.float64(), "units": pa.float64(), "confidence": pa.float64(), "published": pa.date32(),
    "ingested_at": pa.timestamp("us"),
}


def _metric_rows(aid: str, p: PlantFact | ExportFact, kind: str, key: str) -> list[dict[str, Any]]:
    rows = []
    if isinstance(p, PlantFact):
        label = " ".join(x for x in (p.company, p.site) if x)
        figures = [
            ("capacity_per_year", p.capacity_per_year, "units/year"),
            ("jobs", p.jobs, "jobs"),
            ("shifts", p.shifts, "shifts"),
            ("investment", p.investment.amount if p.investment else None, p.investment.currency if p.investment else None),
            ("area_ha", p.area_ha, "ha"),
        ]
        country = p.country
    else:
        label = " → ".join(x for x in (p.origin, p.destination) if x)
        figures = [("units", p.units, "units")]
        country = p.origin
    for metric, value, unit in figures:
        if value is None:
            continue
        src = p.evidence.get(metric) or p.source
        s = _src(src)
        rows.append({
            "article_id": aid, "subject_kind": kind, "subject_key": key, "subject_label": label, "company": p.company,
            "country": country, "metric": metric, "value": float(value), "unit": unit, "sentence": s["sentence"],
            "start": s["start"], "end": s["end"], "qualifier": s["qualifier"],
        })
    return rows


def fact_rows(article: Article, facts: ArticleFacts) -> dict[str, list[dict[str, Any]]]:
    """The rows one article contributes to each fact table."""
    aid = article.id
    published = parse_date(article.published)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    rows["mentions"] = [
        {"article_id": aid, "text": m.text, "label": m.label, "canonical": m.canonical, "start": m.start, "end": m.end,
         "sentence_start": m.sentence_start, "sentence_end": m.sentence_end, "value": m.value, "unit": m.unit,
         "qualifier": m.qualifier or ""}
        for m in facts.mentions
    ]
    rows["companies"] = [{"article_id": aid, "company": c} for c in dict.fromkeys(facts.companies)]
    rows["countries"] = [{"article_id": aid, "country": c} for c in dict.fromkeys(facts.countries)]
    makers = {m.name: m.maker for m in facts.models if m.maker}
    rows["models"] = [
        {"article_id": aid, "model": m.name, "maker": m.maker, "based_on": m.based_on, "platform": m.platform,
         **_src(m.source)}
        for m in facts.models
    ]
    rows["specs"] = [
        {"article_id": aid, "model": s.model, "maker": makers.get(s.model), "engine_l": s.engine_l,
         "power_hp": s.power_hp, "transmission": s.transmission, **_src(s.source)}
        for s in facts.specs
    ]
    for p in facts.plants:
        key = plant_key(p.company, p.site, p.country)
        rows["plants"].append({
            "article_id": aid, "plant_key": key, "company": p.company, "site": p.site, "country": p.country,
            "capacity_per_year": p.capacity_per_year, "shifts": p.shifts, "jobs": p.jobs,
            "investment_amount": p.investment.amount if p.investment else None,
            "investment_currency": p.investment.currency if p.investment else None,
            "models": _join(p.models), "start_date": p.start_date,
            "start_date_resolved": resolve_relative(p.start_date, published), "area_ha": p.area_ha,
            **_src(p.source), "evidence": _evidence(p.evidence),
        })
        rows["metrics"].extend(_metric_rows(aid, p, "plant", key))
    for e in facts.exports:
        key = fact_key(e.company, e.origin, e.destination)
        rows["exports"].append({
            "article_id": aid, "route_key": key, "company": e.company, "origin": e.origin,
            "destination": e.destination, "models": _join(e.models), "units": e.units, "by_when": e.by_when,
            "by_when_resolved": resolve_relative(e.by_when, published), **_src(e.source),
            "evidence": _evidence(e.evidence),
        })
        rows["metrics"].extend(_metric_rows(aid, e, "export", key))
    rows["people"] = [
        {"article_id": aid, "name": p.name, "role": p.role, "org": p.org, **_src(p.source)} for p in facts.people
    ]
    rows["unresolved"] = [
        {"article_id": aid, "text": u.text, "guess": u.guess, "reason": u.reason, "sentence": u.sentence,
         "start": u.start, "end": u.end}
        for u in facts.unresolved
    ]
    return rows


def article_row(article: Article, now: datetime) -> dict[str, Any]:
    return {
        "id": article.id, "name": article.name, "title": article.title, "source": article.source, "url": article.url,
        "published": parse_date(article.published), "text": article.text, "ingested_at": now,
        "words": word_count(article.text),
    }


def _arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    cols = COLUMNS[table]
    schema = pa.schema([(c, _TYPES.get(c, pa.string())) for c in cols])
    return pa.Table.from_pylist(rows, schema=schema)


# --- writes ---------------------------------------------------------------------------------


def write_batch(
    db_path: str | os.PathLike[str] | None,
    items: Sequence[tuple[Article, ArticleFacts]],
    replace: bool = False,
    save_frames: bool = True,
) -> tuple[list[str], list[str]]:
    """Store articles with their facts in one transaction; returns (written ids, duplicate ids).

    New articles are inserted with their facts; an article already stored is a duplicate and
    left alone, unless ``replace`` is set (reextract): then its fact rows are swapped for the
    new ones. The rows are built before the database is opened, so the lock is held briefly.
    After a write the frames of the new version are saved beside the store (core.frames.save_frames),
    so the app's next load does not read the whole store; an ingest of many batches passes
    ``save_frames=False`` and saves once at its end.
    """
    path = resolve_db(db_path)
    now = datetime.now(UTC).replace(tzinfo=None)
    seen: set[str] = set()
    unique: list[tuple[Article, ArticleFacts]] = []
    dupes: list[str] = []
    for art, facts in items:
        if art.id in seen:
            dupes.append(art.id)
        else:
            seen.add(art.id)
            unique.append((art, facts))
    per_article = {art.id: fact_rows(art, facts) for art, facts in unique}
    arts = {art.id: article_row(art, now) for art, _ in unique}
    with connect(path) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            ids = _arrow_ids(list(per_article))
            con.register("batch_ids", ids)
            stored = {r[0] for r in con.execute("SELECT id FROM articles WHERE id IN (SELECT id FROM batch_ids)").fetchall()}
            if replace:
                keep = [aid for aid in per_article if aid in stored]
                con.register("keep_ids", _arrow_ids(keep))
                for t in FACT_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT id FROM keep_ids)")
                written = keep
            else:
                written = [aid for aid in per_article if aid not in stored]
                dupes.extend(aid for aid in per_article if aid in stored)
                _insert(con, "articles", [arts[a] for a in written])
            for t in FACT_TABLES:
                _insert(con, t, [r for a in written for r in per_article[a][t]])
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                con.execute("ROLLBACK")
            raise
        finally:
            for name in ("batch_ids", "keep_ids", "batch_rows"):
                with contextlib.suppress(Exception):
                    con.unregister(name)
    if written:
        _bump_version(path)
        if save_frames:
            save_frames_quietly(path)
    return written, dupes


def save_frames_quietly(db_path: str | os.PathLike[str] | None = None) -> bool:
    """core.frames.save_frames, best effort: the write has committed whatever happens here."""
    from core.frames import save_frames

    try:
        return save_frames(db_path)
    except Exception:  # a lock held too long, a full disk: the next load reads the store instead
        return False


def _arrow_ids(ids: list[str]) -> pa.Table:
    return pa.table({"id": pa.array(ids, type=pa.string())})


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = COLUMNS[table]
    con.register("batch_rows", _arrow(table, rows))
    collist = ", ".join(f'"{c}"' for c in cols)
    con.execute(f"INSERT INTO {table} ({collist}) SELECT {collist} FROM batch_rows")
    con.unregister("batch_rows")


# --- reads ----------------------------------------------------------------------------------


def stored_ids(db_path: str | os.PathLike[str] | None = None) -> set[str]:
    path = resolve_db(db_path)
    if not path.exists():
        return set()
    with connect(path, read_only=True) as con:
        if current_schema_version(con) == 0:
            return set()
        return {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}


def stored_articles(db_path: str | os.PathLike[str] | None = None) -> list[Article]:
    path = resolve_db(db_path)
    if not path.exists():
        return []
    with connect(path, read_only=True) as con:
        rows = con.execute(
            "SELECT id, name, text, title, source, url, strftime(published, '%Y-%m-%d') FROM articles ORDER BY ingested_at, id"
        ).fetchall()
    return [
        Article(id=r[0], name=r[1] or "", text=r[2] or "", title=r[3] or "", source=r[4] or "", url=r[5] or "",
                published=r[6] or "")
        for r in rows
    ]


def table_counts(db_path: str | os.PathLike[str] | None = None) -> dict[str, int]:
    """Rows per table (zeros when the store does not exist yet)."""
    path = resolve_db(db_path)
    if not path.exists():
        return {t: 0 for t in TABLES}
    with connect(path, read_only=True) as con:
        if current_schema_version(con) == 0:
            return {t: 0 for t in TABLES}
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def ensure_current(db_path: str | os.PathLike[str] | None = None) -> None:
    """Migrate a store written by an older version; the app otherwise only ever opens it read-only."""
    path = resolve_db(db_path)
    if not path.exists():
        return
    with connect(path, read_only=True) as con:
        if current_schema_version(con) >= SCHEMA_VERSION:
            return
    with connect(path):  # a write connection migrates on open
        pass


def ensure_seeded(db_path: str | os.PathLike[str] | None = None) -> None:
    """First run: ingest the bundled seed articles when the store holds no article; migrate an old store."""
    ensure_current(db_path)
    if table_counts(db_path)["articles"]:
        return
    from core.ingest import ingest_paths
    from core.paths import SEEDS

    ingest_paths([SEEDS], db_path=db_path, progress=False)
