"""The second annotators' gold (tests/real_gold_second) and the agreement benchmark that scores it against the first."""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from annotator_agreement import FIRST, KINDS, SECOND, agreement, as_prediction  # noqa: E402
from format_robustness import SCORER, _scorer  # noqa: E402

SETS = sorted(p for p in SECOND.iterdir() if p.is_dir())
KEYS = {"article", "companies", "countries", "models", "specs", "plants", "exports", "people", "optional"}


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_a_second_copy_covers_the_first_sets_stories_in_its_shape(folder):
    first = FIRST / folder.name
    assert first.is_dir(), "a second copy is of a set that has a first gold"
    assert (folder / "README.md").is_file()  # how it was made and what its annotator read
    golds = sorted(folder.glob("*.json"))
    assert [g.name for g in golds] == sorted(g.name for g in first.glob("*.json"))
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) <= KEYS, path.name
        assert gold["article"] == path.stem + ".txt"


def test_a_gold_read_as_a_prediction_keeps_the_first_spelling_and_drops_the_optional():
    gold = {"article": "x.txt", "companies": ["Zorvex Motors|Zorvex"],
            "plants": [{"company": "Zorvex Motors|Zorvex", "country": "Chile", "capacity_per_year": "40000|45000"}],
            "optional": {"countries": ["Peru"]}}
    pred = as_prediction(gold)
    assert pred == {"article": "x.txt", "companies": ["Zorvex Motors"],
                    "plants": [{"company": "Zorvex Motors", "country": "Chile", "capacity_per_year": 40000.0}]}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")
def test_a_copy_agrees_fully_with_itself_and_less_with_a_copy_that_misses_a_route(tmp_path):
    story = {"article": "s.txt", "companies": ["Zorvex Motors|Zorvex"], "countries": ["Chile", "Peru"],
             "exports": [{"company": "Zorvex Motors", "from": "Chile", "to": "Peru", "units": 1200}]}
    same, fewer = tmp_path / "same", tmp_path / "fewer"
    for folder, record in ((same, story), (fewer, {**story, "exports": []})):
        folder.mkdir()
        (folder / "s.json").write_text(json.dumps(record), encoding="utf-8")
    scorer = _scorer()
    counts = defaultdict(lambda: dict.fromkeys(KINDS, 0))
    assert agreement(scorer, same, same, counts) == 1
    assert scorer.prf({k: sum(c[k] for c in counts.values()) for k in KINDS})[2] == 1.0
    counts = defaultdict(lambda: dict.fromkeys(KINDS, 0))
    agreement(scorer, same, fewer, counts)
    assert counts["export"]["fn"] == 1 and counts["export"]["tp"] == 0
