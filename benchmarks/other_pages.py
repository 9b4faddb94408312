"""The pages app_latency.py does not time against a bare page (Timeline, Conflicts, Curation): the first run of each
on a store, and then a Country filter change to each of the largest countries (server time of an AppTest run); on
the Timeline, also picking other companies with no filter.

    python benchmarks/other_pages.py [--n 10000 100000] [--stores DIR] [--countries 4]

A page of `pages/` is opened from `dashboard.py` and switched to, as the app runs it. Caches are emptied before
each page. No target in the issues beyond app_latency's 1 s for a filter change at 100k articles.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from app_latency import _clear_caches, bench_stores, open_page  # noqa: E402

from core.frames import load_frames  # noqa: E402

PAGES = ["pages/8_Timeline.py", "pages/7_Conflicts.py", "pages/6_Curation.py"]


def time_page(page: str, countries: list[str]) -> tuple[float, list[float]]:
    """(first run s, each country change s) of one page on the store AUTOWATCH_DB names."""
    _clear_caches()
    at = open_page(ROOT / page)
    start = time.perf_counter()
    at.run(timeout=600)
    first = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception[0].message}")
    changes = []
    for country in countries:
        at.multiselect(key="country").set_value([country])
        start = time.perf_counter()
        at.run(timeout=600)
        changes.append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(f"{page}, {country}: {at.exception[0].message}")
    return first, changes


def time_company_picks(n: int) -> list[float]:
    """Each of the next n companies of the Timeline's picker, picked in turn with no filter (s): a company's events
    are written when it is first picked."""
    _clear_caches()
    at = open_page(ROOT / "pages/8_Timeline.py")
    at.run(timeout=600)
    times = []
    for i in range(1, min(n + 1, len(at.selectbox(key="timeline_company").options))):
        at.selectbox(key="timeline_company").select_index(i)
        start = time.perf_counter()
        at.run(timeout=600)
        times.append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(f"Timeline, company {i}: {at.exception[0].message}")
    return times


def main() -> None:
    logging.disable(logging.WARNING)  # AppTest outside a server warns on every cache call
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000], help="generated store sizes")
    ap.add_argument("--stores", type=Path, default=None, help="folder of generated stores to reuse")
    ap.add_argument("--countries", type=int, default=4)
    ap.add_argument("--pages", nargs="*", default=PAGES)
    ap.add_argument("--picks", type=int, default=4, help="Timeline: other companies picked with no filter")
    args = ap.parse_args()
    os.environ.update(AUTOWATCH_SEED="0", AUTOWATCH_NO_BROWSER="1")
    with tempfile.TemporaryDirectory() as tmp:
        stores = bench_stores(Path(tmp), args.n, args.stores)
        print(f"{'articles':>8} {'page':<22} {'first (s)':>9} {'change median (s)':>17} {'slowest (s)':>11}")
        for label, db in stores:
            os.environ["AUTOWATCH_DB"] = str(db)
            plants = load_frames(db)["plants"]
            countries = list(plants["country"].value_counts().index[: args.countries]) or ["-"]
            del plants
            for page in args.pages:
                first, changes = time_page(page, countries)
                changes.sort()
                print(f"{label:>8} {page:<22} {first:9.2f} {changes[len(changes) // 2]:17.3f} {changes[-1]:11.3f}",
                      flush=True)
            if "pages/8_Timeline.py" in args.pages and args.picks:
                picks = sorted(time_company_picks(args.picks)) or [float("nan")]
                print(f"{label:>8} {'Timeline company pick':<22} {'':>9} {picks[len(picks) // 2]:17.3f} {picks[-1]:11.3f}",
                      flush=True)


if __name__ == "__main__":
    main()
