"""The same text gives the same facts in every process. Python salts string hashes per process (PYTHONHASHSEED), so a
rule that walks a set of names in its iteration order reads a text one way in one run and another way in the next
(seen: 'Maruti Suzuki Vitara Brezza' read as 'Brezza' or 'Vitara Brezza' by run)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.nlp.registry import get_gazetteer
from tests.pipeline_helpers import read

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [ROOT / "seeds", ROOT / "tests" / "dev_articles", ROOT / "tests" / "holdout_x_articles"]


# a maker with several names before its model's longer name: which name is stripped first used to vary by run
NAMES_BEFORE_A_MODEL = ("Maruti Suzuki said the Maruti Suzuki Vitara Brezza will be built at its Manesar plant in Haryana "
                        "and shipped to Nepal and Bhutan from next year.\n")


def _facts_in_a_process(hash_seed: str, folder: Path) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-m", "core", "extract", str(folder), *map(str, TEXTS)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout)


def test_facts_do_not_depend_on_the_process_hash_seed(tmp_path):
    (tmp_path / "names.txt").write_text(NAMES_BEFORE_A_MODEL, encoding="utf-8")
    first, second = _facts_in_a_process("1", tmp_path), _facts_in_a_process("2", tmp_path)
    assert len(first) > 30
    assert first == second


def test_a_company_s_names_come_longest_first():
    gaz = get_gazetteer()
    for company in gaz.companies:
        lengths = [len(s) for s in gaz.surfaces_of(company)]
        assert lengths == sorted(lengths, reverse=True), company


def test_a_model_written_after_its_maker_s_full_name_keeps_the_name_as_written(nlp):
    facts = read(nlp, "Maruti Suzuki will build the Maruti Suzuki Vitara Brezza at its Manesar plant.")
    assert [m.name for m in facts.models] == ["Vitara Brezza"]
    facts = read(nlp, "Maruti Suzuki will build the Maruti Vitara Brezza at its Manesar plant.")
    assert [m.name for m in facts.models] == ["Vitara Brezza"]
