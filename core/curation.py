"""Curation: what the parser was unsure of, the analyst's decisions, and parsing with them.

The queue has two parts: names the pipeline could not resolve (the `unresolved` table:
capitalised names beside automotive words that the gazetteer lacks) and facts read with low
confidence (`confidence < 1` on plants, exports, models, specs and people).

A decision is one row of the `curation_decisions` table per name as written: an alias of a
known entity, a new company, model or place (with coordinates), or a dismissal. Decisions turn
into `core.nlp.gazetteer.Extra` rows; `reextract_with_decisions` parses every stored article
again with a gazetteer that includes them, and `parse_articles` does the same for new articles
added from the browser, so what was decided once applies everywhere.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

import pandas as pd

from core.articles import Article
from core.facts import ArticleFacts
from core.nlp.gazetteer import Extra

KINDS = ("alias", "company", "model", "place", "dismiss")
ALIAS_LABELS = ("COMPANY", "MODEL", "PLACE")
KIND_LABELS = {
    "alias": "Alias of a known entity",
    "company": "New company",
    "model": "New model",
    "place": "New place (with coordinates)",
    "dismiss": "Dismiss (not an entity)",
}
DEFAULT_GAZETTEER = "default"
Progress = Callable[[int, int], None]


@dataclass
class Decision:
    text: str  # the name as written in articles
    kind: str  # alias | company | model | place | dismiss
    canonical: str = ""  # alias: the known entity; new entity: its canonical name (defaults to text)
    label: str = ""  # alias: COMPANY / MODEL / PLACE
    maker: str = ""  # new model: its maker
    country: str = ""  # new company (home country) / new place
    lat: float | None = None
    lon: float | None = None
    note: str = ""
    decided_at: datetime | None = None

    def to_extra(self) -> Extra:
        canonical = self.canonical or ("" if self.kind in ("alias", "dismiss") else self.text)
        label = self.label if self.kind == "alias" else ""
        return Extra(kind=self.kind, text=self.text, canonical=canonical, label=label, maker=self.maker,
                     country=self.country, lat=self.lat, lon=self.lon)

    def describe(self) -> str:
        if self.kind == "alias":
            return f"{self.text} → {self.canonical} ({self.label.lower()})"
        if self.kind == "dismiss":
            return f"{self.text}: dismissed"
        name = self.canonical or self.text
        extra = {"company": self.country, "model": f"by {self.maker}" if self.maker else "",
                 "place": f"{self.country} {self.lat:.4f}, {self.lon:.4f}" if self.lat is not None and self.lon is not None
                 else self.country}.get(self.kind, "")
        alias = f" (written {self.text})" if name != self.text else ""
        return f"new {self.kind}: {name}{alias}" + (f" · {extra}" if extra else "")


class InvalidDecision(ValueError):
    """A decision that cannot go into the gazetteer; the message is shown to the analyst."""


# --------------------------------------------------------------------------- known entities


@dataclass(frozen=True)
class Entities:
    companies: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)  # canonical model names (several makers may share one)
    places: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _default_entities() -> Entities:
    from core.nlp.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    return Entities(
        companies=sorted(gaz.companies),
        models=sorted({m.name for m in gaz.models.values()}),
        places=sorted({p.name for p in gaz.places.values()}),
        countries=sorted(set(gaz.countries.values())),
    )


def known_entities(decisions: Sequence[Decision] = ()) -> Entities:
    """Entities an alias may point at: the shipped gazetteer plus entities created by decisions."""
    base = _default_entities()
    new = {k: {d.canonical or d.text for d in decisions if d.kind == k} for k in ("company", "model", "place")}
    return Entities(
        companies=sorted(set(base.companies) | new["company"]),
        models=sorted(set(base.models) | new["model"]),
        places=sorted(set(base.places) | new["place"]),
        countries=base.countries,
    )


def validate(d: Decision, decisions: Sequence[Decision] = ()) -> Decision:
    """The decision cleaned up (stripped strings), or InvalidDecision saying what is missing."""
    d = Decision(**{k: v.strip() if isinstance(v, str) else v for k, v in asdict(d).items()})
    if not d.text:
        raise InvalidDecision("The name as written is empty.")
    if d.kind not in KINDS:
        raise InvalidDecision(f"Unknown decision {d.kind!r}: use one of {', '.join(KINDS)}.")
    others = [x for x in decisions if x.text != d.text]
    known = known_entities(others)
    if d.kind == "alias":
        if d.label not in ALIAS_LABELS:
            raise InvalidDecision("Say whether the alias names a company, a model or a place.")
        targets = {"COMPANY": known.companies, "MODEL": known.models, "PLACE": known.places}[d.label]
        if not d.canonical:
            raise InvalidDecision("Pick the known entity the name stands for.")
        if d.canonical not in targets:
            raise InvalidDecision(f"{d.canonical!r} is not a known {d.label.lower()}.")
        if d.canonical == d.text:
            raise InvalidDecision("An alias must differ from the name it points at.")
    elif d.kind == "model" and not d.maker:
        raise InvalidDecision("A new model needs its maker.")
    elif d.kind == "model" and d.maker not in known.companies:
        raise InvalidDecision(f"{d.maker!r} is not a known company: add it first.")
    elif d.kind == "place":
        if not d.country:
            raise InvalidDecision("A new place needs its country.")
        if d.lat is None or d.lon is None:
            raise InvalidDecision("A new place needs coordinates (latitude and longitude).")
        if not (-90 <= d.lat <= 90 and -180 <= d.lon <= 180):
            raise InvalidDecision("Coordinates out of range: latitude is -90..90, longitude -180..180.")
    if d.country and d.kind in ("company", "place") and d.country not in known.countries:
        raise InvalidDecision(f"{d.country!r} is not a known country.")
    if d.kind != "alias":
        d.label = ""
    if d.kind != "model":
        d.maker = ""
    if d.kind != "place":
        d.lat = d.lon = None
    return d


# --------------------------------------------------------------------------- store


_COLS = ["text", "kind", "canonical", "label", "maker", "country", "lat", "lon", "note", "decided_at"]


def _has_table(con) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'curation_decisions' AND table_schema = 'main'"
    ).fetchall()[0][0])


def load_decisions(db_path: str | os.PathLike[str] | None = None) -> list[Decision]:
    """Every decision, oldest first; none when the store or its decisions table does not exist yet."""
    from core import store

    path = store.resolve_db(db_path)
    if not path.exists():
        return []
    with store.connect(path, read_only=True) as con:
        if not _has_table(con):
            return []
        rows = con.execute(f"SELECT {', '.join(_COLS)} FROM curation_decisions ORDER BY decided_at, text").fetchall()
    return [Decision(**{k: ("" if v is None and k not in ("lat", "lon", "decided_at") else v)
                        for k, v in zip(_COLS, r, strict=True)}) for r in rows]


def save_decision(db_path: str | os.PathLike[str] | None, decision: Decision) -> Decision:
    """Validate and store a decision, replacing an earlier one for the same name."""
    from core import store

    d = validate(decision, load_decisions(db_path))
    d.decided_at = datetime.now(UTC).replace(tzinfo=None)
    path = store.resolve_db(db_path)
    with store.connect(path) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM curation_decisions WHERE text = ?", [d.text])
            con.execute(f"INSERT INTO curation_decisions ({', '.join(_COLS)}) VALUES ({', '.join('?' * len(_COLS))})",
                        [getattr(d, c) for c in _COLS])
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                con.execute("ROLLBACK")
            raise
    store._bump_version(path)
    store.save_frames_quietly(path)  # curated places move map points: the app's next load maps the new frames
    return d


def delete_decision(db_path: str | os.PathLike[str] | None, text: str) -> bool:
    """Undo the decision about a name; True when there was one."""
    from core import store

    path = store.resolve_db(db_path)
    with store.connect(path) as con:
        n = con.execute("SELECT count(*) FROM curation_decisions WHERE text = ?", [text]).fetchall()[0][0]
        con.execute("DELETE FROM curation_decisions WHERE text = ?", [text])
    if n:
        store._bump_version(path)
        store.save_frames_quietly(path)
    return bool(n)


def to_extras(decisions: Iterable[Decision]) -> list[Extra]:
    return [d.to_extra() for d in decisions]


def curated_places(decisions: Iterable[Decision]) -> dict[str, tuple[str, float, float]]:
    """Places created by decisions: name (canonical, and as written) -> (country, lat, lon).

    core.geo only knows core/data/places.csv, so frames place a curated site at its country's
    centre; this is what a map needs to put it at its own coordinates."""
    out: dict[str, tuple[str, float, float]] = {}
    for d in decisions:
        if d.kind == "place" and d.lat is not None and d.lon is not None:
            for name in {d.canonical or d.text, d.text}:
                out[name] = (d.country, float(d.lat), float(d.lon))
    return out


# --------------------------------------------------------------------------- exports


EXTRA_FIELDS = ["kind", "text", "canonical", "label", "maker", "country", "lat", "lon"]


def _csv(rows: list[dict], fields: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})
    return buf.getvalue().encode("utf-8")


def decisions_csv(decisions: Sequence[Decision]) -> bytes:
    """The decisions as `Extra` rows (kind,text,canonical,label,maker,country,lat,lon): one per decision."""
    return _csv([asdict(e) for e in to_extras(decisions)], EXTRA_FIELDS)


GAZETTEER_FILES: dict[str, list[str]] = {
    "makers.csv": ["name", "aliases", "parent", "country", "kind"],
    "models.csv": ["name", "maker", "aliases", "body", "ambiguous"],
    "places.csv": ["name", "aliases", "country", "lat", "lon", "kind"],
    "dismissed.csv": ["text"],
}


def gazetteer_rows(decisions: Sequence[Decision]) -> dict[str, list[dict]]:
    """Rows in core/data's formats (see its README) to merge into the shipped gazetteer.

    New entities become full rows; aliases become rows naming the known entity with the new
    alias in `aliases` (merge them into that entity's existing row); dismissals are listed.
    """
    out: dict[str, list[dict]] = {name: [] for name in GAZETTEER_FILES}
    for d in decisions:
        e = d.to_extra()
        if e.kind == "company":
            out["makers.csv"].append({"name": e.canonical, "aliases": e.text if e.text != e.canonical else "",
                                      "country": e.country, "kind": "automaker"})
        elif e.kind == "model":
            out["models.csv"].append({"name": e.canonical, "maker": e.maker,
                                      "aliases": e.text if e.text != e.canonical else "", "ambiguous": 0})
        elif e.kind == "place":
            out["places.csv"].append({"name": e.canonical, "aliases": e.text if e.text != e.canonical else "",
                                      "country": e.country, "lat": e.lat, "lon": e.lon, "kind": "site"})
        elif e.kind == "alias":
            file = {"COMPANY": "makers.csv", "MODEL": "models.csv", "PLACE": "places.csv"}[e.label]
            out[file].append({"name": e.canonical, "aliases": e.text})
        elif e.kind == "dismiss":
            out["dismissed.csv"].append({"text": e.text})
    return {k: v for k, v in out.items() if v}


def gazetteer_csv(decisions: Sequence[Decision]) -> dict[str, bytes]:
    """gazetteer_rows as CSV files (UTF-8, `|` between aliases, as in core/data)."""
    return {name: _csv(rows, GAZETTEER_FILES[name]) for name, rows in gazetteer_rows(decisions).items()}


# --------------------------------------------------------------------------- parsing with decisions


def gazetteer_name(extras: Sequence[Extra]) -> str:
    """The registered gazetteer that includes these decisions (built once per distinct set)."""
    if not extras:
        return DEFAULT_GAZETTEER
    from core.nlp.pipeline import pipeline_with_extras
    from core.nlp.registry import get_gazetteer

    digest = hashlib.sha256(repr([asdict(e) for e in extras]).encode("utf-8")).hexdigest()[:12]
    name = f"curated-{digest}"
    try:
        get_gazetteer(name)
    except KeyError:
        pipeline_with_extras(extras, name=name)
    return name


def curated_gazetteer(db_path: str | os.PathLike[str] | None = None) -> str:
    return gazetteer_name(to_extras(load_decisions(db_path)))


def reextract_with_decisions(
    db_path: str | os.PathLike[str] | None = None, progress: bool | Progress | None = None,
    n_process: int | None = None,
):
    """Parse every stored article again with the gazetteer plus every decision; returns the IngestSummary."""
    from core.ingest import reextract

    return reextract(db_path, progress=progress, n_process=n_process, gazetteer=curated_gazetteer(db_path))


def parse_articles(
    articles: Sequence[Article], db_path: str | os.PathLike[str] | None = None, progress: Progress | None = None,
) -> tuple[list[tuple[Article, ArticleFacts]], list[tuple[Article, str]]]:
    """Facts for new articles, parsed with the decisions (nothing is stored): (parsed, failures)."""
    from core.extract import extract_articles

    name = curated_gazetteer(db_path)
    parsed: list[tuple[Article, ArticleFacts]] = []
    failed: list[tuple[Article, str]] = []
    for i, art in enumerate(articles):
        try:
            parsed.append((art, next(iter(extract_articles([art], gazetteer=name)))))
        except Exception as exc:  # one bad article must not lose the others
            failed.append((art, f"parse failed: {type(exc).__name__}: {exc}"))
        if progress:
            progress(i + 1, len(articles))
    return parsed, failed


# --------------------------------------------------------------------------- the queue


def unresolved_queue(db_path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per unresolved name (as written, with its guessed kind): how often, where, and its decision.

    Columns: text, guess, mentions, articles, reason, sentence (an example), article_id (of the example),
    title, source, published, decision ("" when pending, else the decision awaiting re-extraction).
    """
    from core import store

    cols = ["text", "guess", "mentions", "articles", "reason", "sentence", "article_id", "title", "source",
            "published", "decision"]
    path = store.resolve_db(db_path)
    if not path.exists():
        return pd.DataFrame(columns=cols)
    with store.connect(path, read_only=True) as con:
        if store.current_schema_version(con) < 2:
            return pd.DataFrame(columns=cols)
        df = con.execute("""
            SELECT u.text, u.guess, count(*) AS mentions, count(DISTINCT u.article_id) AS articles,
                   string_agg(DISTINCT u.reason, '; ') AS reason,
                   arg_min(u.sentence, coalesce(a.published, DATE '9999-12-31')) AS sentence,
                   arg_min(u.article_id, coalesce(a.published, DATE '9999-12-31')) AS article_id,
                   arg_min(a.title, coalesce(a.published, DATE '9999-12-31')) AS title,
                   arg_min(a.source, coalesce(a.published, DATE '9999-12-31')) AS source,
                   CAST(min(a.published) AS TIMESTAMP) AS published
            FROM unresolved u LEFT JOIN articles a ON a.id = u.article_id
            GROUP BY u.text, u.guess ORDER BY articles DESC, mentions DESC, u.text""").df()
    decided = {d.text: d.describe() for d in load_decisions(path)}
    df["decision"] = df["text"].map(decided).fillna("")
    return df[cols]


_LOW_CONFIDENCE_SQL = """
    SELECT * FROM (
        SELECT 'plant' AS kind, f.article_id,
               concat_ws(' · ', coalesce(f.site, '?'), coalesce(f.company, 'company unknown'), f.country) AS fact,
               f.confidence, f.sentence FROM plants f
        UNION ALL
        SELECT 'export', f.article_id,
               concat_ws(' ', coalesce(f.company, 'company unknown'), coalesce(f.origin, '?'), '→',
                         coalesce(f.destination, '?')), f.confidence, f.sentence FROM exports f
        UNION ALL
        SELECT 'model', f.article_id, concat_ws(' by ', f.model, f.maker), f.confidence, f.sentence FROM models f
        UNION ALL
        SELECT 'spec', f.article_id, f.model, f.confidence, f.sentence FROM specs f
        UNION ALL
        SELECT 'person', f.article_id, concat_ws(', ', f.name, f.role, f.org), f.confidence, f.sentence FROM people f
    ) x WHERE x.confidence < 1
"""


def low_confidence_facts(db_path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Facts the parser read with confidence < 1, least sure first, with their article."""
    from core import store

    cols = ["kind", "fact", "confidence", "sentence", "article_id", "title", "source", "published"]
    path = store.resolve_db(db_path)
    if not path.exists():
        return pd.DataFrame(columns=cols)
    with store.connect(path, read_only=True) as con:
        if store.current_schema_version(con) < 2:
            return pd.DataFrame(columns=cols)
        df = con.execute(f"""
            SELECT x.kind, x.fact, x.confidence, x.sentence, x.article_id, a.title, a.source,
                   CAST(a.published AS TIMESTAMP) AS published
            FROM ({_LOW_CONFIDENCE_SQL}) x LEFT JOIN articles a ON a.id = x.article_id
            ORDER BY x.confidence, a.published DESC NULLS LAST, x.kind, x.fact""").df()
    return df[cols]


# --------------------------------------------------------------------------- adding articles from the browser


def read_uploads(files: Iterable[tuple[str, bytes]]) -> tuple[list[Article], list]:
    """Articles in uploaded files (name, bytes); each file at most core.ingest.MAX_BYTES, jsonl feeds too.

    Returns (articles, errors) with errors as core.ingest.IngestError (file and plain reason).
    """
    from core.ingest import MAX_BYTES, IngestError, _too_large, read_upload

    articles: list[Article] = []
    errors: list[IngestError] = []
    for name, data in files:
        if len(data) > MAX_BYTES:
            errors.append(IngestError(name, str(_too_large(len(data)))))
            continue
        arts, errs = read_upload(name, data)
        articles.extend(arts)
        errors.extend(errs)
    return articles, errors


def pasted_article(text: str, title: str = "", source: str = "", url: str = "", published: str = ""):
    """An article from pasted text with optional metadata: (article or None, errors) with the upload checks."""
    import re

    from core.ingest import IngestError, read_upload

    slug = re.sub(r"[^\w]+", "-", (title or text[:40]).strip().lower()).strip("-")[:60] or "pasted"
    name = f"pasted-{slug}.txt"
    if url and not url.startswith(("http://", "https://")):
        return None, [IngestError(name, "the URL must start with http:// or https://")]
    if published:
        from core.dates import parse_date

        if parse_date(published) is None:
            return None, [IngestError(name, f"unreadable date {published!r}: use YYYY-MM-DD")]
    arts, errs = read_upload(name, text.encode("utf-8"),
                             {"title": title, "source": source, "url": url, "published": published})
    return (arts[0] if arts else None), errs


def facts_preview(facts: ArticleFacts) -> pd.DataFrame:
    """What was found in one article, one row per fact: kind, fact, sentence."""
    rows = []

    def add(kind: str, fact: str, source) -> None:
        rows.append({"kind": kind, "fact": fact, "sentence": source.sentence if source else ""})

    for p in facts.plants:
        figures = [f"{p.capacity_per_year:,.0f} units/year" if p.capacity_per_year else "",
                   f"{p.jobs:,} jobs" if p.jobs else "",
                   f"{p.investment.currency} {p.investment.amount:,.0f}" if p.investment else "",
                   f"from {p.start_date}" if p.start_date else ""]
        where = " · ".join(x for x in (p.site, p.company or "company unknown", p.country) if x)
        add("plant", where + (": " + ", ".join(f for f in figures if f) if any(figures) else ""), p.source)
    for e in facts.exports:
        units = f": {e.units:,.0f} units" if e.units else ""
        models = f" ({', '.join(e.models)})" if e.models else ""
        add("export", f"{e.company or 'company unknown'} {e.origin or '?'} → {e.destination or '?'}{models}{units}"
            + (f" by {e.by_when}" if e.by_when else ""), e.source)
    for m in facts.models:
        add("model", m.name + (f" by {m.maker}" if m.maker else "") + (f", based on {m.based_on}" if m.based_on else "")
            + (f", on the {m.platform} platform" if m.platform else ""), m.source)
    for s in facts.specs:
        parts = [f"{s.engine_l} l" if s.engine_l else "", f"{s.power_hp:.0f} hp" if s.power_hp else "",
                 s.transmission or ""]
        add("spec", f"{s.model}: " + ", ".join(x for x in parts if x), s.source)
    for p in facts.people:
        add("person", ", ".join(x for x in (p.name, p.role, p.org) if x), p.source)
    for u in facts.unresolved:
        rows.append({"kind": "unsure", "fact": f"{u.text} (maybe a {u.guess.lower()}: {u.reason})", "sentence": u.sentence})
    return pd.DataFrame(rows, columns=["kind", "fact", "sentence"])


def save_parsed(db_path: str | os.PathLike[str] | None, parsed: Sequence[tuple[Article, ArticleFacts]]):
    """Store parsed articles with their facts in one transaction: (written ids, duplicate ids)."""
    from core import store

    if not parsed:
        return [], []
    return store.write_batch(db_path, list(parsed))
