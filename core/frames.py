"""One pandas frame per concept, ready for tables, charts and maps.

The columns below are the contract between the store and the dashboard: every frame
has exactly these columns (more may be added at the end), even when it is empty.
Names are canonical (aliases resolved); countries carry ISO 3166 alpha-3 codes and
coordinates; every fact row carries its provenance (article_id, sentence, start, end).
"""
from __future__ import annotations

import pandas as pd

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
