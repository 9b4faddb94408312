"""The gold of the real-article sets (tests/real_gold): well-formed, one file per source listed, FORMAT.md's keys only.
Their texts are not shipped (third-party copy); benchmarks/real_articles.py scores them from a local copy."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "real_gold"
SETS = sorted(p for p in GOLD.iterdir() if p.is_dir())
KEYS = {"article", "companies", "countries", "models", "specs", "plants", "exports", "people", "optional"}


def test_there_are_real_sets():
    assert len(SETS) >= 6


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_each_gold_file_is_a_facts_object_for_a_listed_source(folder):
    with open(folder / "sources.tsv", encoding="utf-8") as f:
        sources = {row["file"]: row["url"] for row in csv.DictReader(f, delimiter="\t")}
    golds = sorted(folder.glob("*.json"))
    assert len(golds) == len(sources) >= 10
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) <= KEYS, path.name
        assert gold["article"] == path.stem + ".txt" and gold["article"] in sources
        assert sources[gold["article"]].startswith("http")
        for plant in gold.get("plants", []):
            assert plant.get("country"), path.name  # every plant is placed in a country
