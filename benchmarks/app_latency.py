"""Server-side time of a filter change (a Streamlit AppTest run), on stores of increasing size.

For each store (the bundled seeds, N generated articles ...), a page is run once, then the Country
filter is changed to a different country several times; the median run time is reported beside a
bare page that draws the same sidebar widgets and does no data work.
Targets: a filter change at <= 1.5x the bare page, and <= 1 s at 100k articles.

    python benchmarks/app_latency.py [--n 10000 100000] [--pages dashboard.py pages/1_Map.py]
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from streamlit.testing.v1 import AppTest  # noqa: E402

from core.filters import filter_options  # noqa: E402
from core.frames import load_frames  # noqa: E402
from core.ingest import ingest_paths  # noqa: E402
from core.paths import SEEDS  # noqa: E402

BARE_PAGE = '''
import json, os
import ui
options = json.loads(open(os.environ["AUTOWATCH_BENCH_OPTIONS"]).read())
ui.sidebar_filters(options["countries"], options["companies"], options["models"])
'''


def seed_store(workdir: Path) -> Path:
    db = workdir / "seeds.duckdb"
    ingest_paths([SEEDS], db_path=db, progress=False)
    return db


def generated_store(n: int, workdir: Path) -> Path:
    """N generated articles with the generator's own facts (the parser is measured elsewhere)."""
    import ingest_scale

    ingest_scale.run(n, "generated", None, workdir, 256)
    return workdir / f"store-{n}.duckdb"


def time_filter_changes(script: Path, countries: list[str], runs: int) -> float:
    at = AppTest.from_file(str(script), default_timeout=300)
    at.run()  # the first run loads the store into the process caches
    if at.exception:
        raise RuntimeError(f"{script.name}: {at.exception[0].message}")
    times = []
    for i in range(runs):
        value = [countries[i % len(countries)]]
        t = time.perf_counter()
        at.multiselect(key="country").set_value(value).run()
        times.append(time.perf_counter() - t)
        if at.exception:
            raise RuntimeError(f"{script.name}: {at.exception[0].message}")
    return statistics.median(times)


def main() -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest outside a server warns on every cache call
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000], help="generated store sizes")
    ap.add_argument("--pages", nargs="*", default=["dashboard.py", "pages/1_Map.py", "pages/3_Capacity_and_jobs.py"])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    os.environ["AUTOWATCH_SEED"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        bare = workdir / "bare_page.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        stores = [("seeds", seed_store(workdir))] + [(f"{n:,} articles", generated_store(n, workdir)) for n in args.n]
        print(f"{'store':>16} {'page':>30} {'filter change':>14} {'bare page':>10} {'ratio':>6}")
        for label, db in stores:
            os.environ["AUTOWATCH_DB"] = str(db)
            options = filter_options(load_frames(db))
            options_file = workdir / "options.json"
            options_file.write_text(json.dumps(options), encoding="utf-8")
            os.environ["AUTOWATCH_BENCH_OPTIONS"] = str(options_file)
            countries = options["countries"][: max(args.runs, 1)] or ["-"]
            bare_s = time_filter_changes(bare, countries, args.runs)
            for page in args.pages:
                page_s = time_filter_changes(ROOT / page, countries, args.runs)
                print(f"{label:>16} {page:>30} {page_s:13.3f}s {bare_s:9.3f}s {page_s / bare_s:6.1f}")


if __name__ == "__main__":
    main()
