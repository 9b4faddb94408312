"""Where the project's files live."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"  # gazetteer files
STATIC = ROOT / "static"


def default_db_path() -> Path:
    """The store: $AUTOWATCH_DB, else data/autowatch.duckdb in the project."""
    return Path(os.environ.get("AUTOWATCH_DB", ROOT / "data" / "autowatch.duckdb"))
