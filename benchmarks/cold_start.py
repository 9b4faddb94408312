"""What a new user waits for: each step timed in a fresh Python process, as after `make run` or a server restart.

    python benchmarks/cold_start.py [--runs 3]

- pipeline: import core and build the spaCy pipeline (gazetteer, ruler patterns, components);
- geography: the country, region and place indexes and the city index the map's coordinates come from;
- first page: the Overview's first run (AppTest) on an empty store: it builds the pipeline, ingests the bundled
  seeds, saves the frames and draws the page (what the README's first command shows first);
- cli ingest: `python -m core ingest seeds` into a new store, the whole process.
Medians of --runs runs. No target in the issues; the figures go in the README's benchmark table.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STEPS = {
    "pipeline": "from core.nlp.pipeline import get_pipeline; get_pipeline()",
    "geography": "from core import geo; geo.gazetteer().site('Nowhere-on-the-map')",
    "first page": ("from streamlit.testing.v1 import AppTest; at = AppTest.from_file('dashboard.py', default_timeout=600); "
                   "at.run(); assert not at.exception, at.exception; assert at.metric[0].value != '0'"),
}


def timed(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    base = timed("import core", dict(os.environ))
    print(f"python + import core: {base:.2f} s (included in every figure below)")
    for name, code in [*STEPS.items(), ("cli ingest", None)]:
        times = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                env = {**os.environ, "AUTOWATCH_DB": str(Path(tmp) / "store.duckdb"), "AUTOWATCH_NO_BROWSER": "1"}
                if code is None:
                    start = time.perf_counter()
                    subprocess.run([sys.executable, "-m", "core", "ingest", "seeds"], cwd=ROOT, env=env, check=True,
                                   capture_output=True)
                    times.append(time.perf_counter() - start)
                else:
                    times.append(timed(code, env))
        print(f"{name:12s} median {statistics.median(times):6.2f} s   (runs: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
