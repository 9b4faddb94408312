"""Server-side time of a filter change (a Streamlit AppTest run), on stores of increasing size.

For each store (the bundled seeds, N generated articles ...) and each page, the caches are
emptied, the page is run once unfiltered (untimed), then the Country filter is set to
--runs countries it has not seen (cache misses: the filter is applied and every derived table
and figure is built), then to the same countries again (cache hits). Countries are the ones
with the most plants, so the pages draw charts and tables rather than empty states.

Two baselines, run the same way (same country changes):
- "sidebar": a bare page with the sidebar's widgets only (the page list and the filters);
- "elements": a bare page with the same sidebar widgets AND the same output elements as the
  page (its charts, tables, downloads, metrics, text), replayed from objects recorded once from
  a real run of the page, outside the timed runs. It does no data work, so page / elements is
  the cost of the data work (filtering, deriving, building figures) over drawing the page.
With --rounds K, each page and its bare page are timed K times in turn (caches emptied each time) and the medians
are taken over all rounds: with three countries a round, one round's median moves by up to 0.5x between runs.
With --paired, each page and its bare page are also timed change by change in turn (time_paired_changes), and the
median of those per-change ratios is printed beside: a pair shares the machine's spell, so it moves less between runs.
Both are laid out as the app is (bare_page: `dashboard.py` beside `pages/`), so that their sidebar draws the page
list as the pages do (from a lone file in a temporary folder every page link failed and none was drawn); and a page
of `pages/` is timed as the app runs it, switched to from `dashboard.py` (open_page), so that it draws the page
list too (timed alone, as before 2026-12-07, it drew none: 1-2 ms less than its bare page drew).

Targets (issue #5): a filter change at <= 1.5x the bare page, and <= 1 s at 100k articles.

    python benchmarks/app_latency.py [--n 10000 100000] [--pages dashboard.py pages/1_Map.py] [--runs 3] [--rounds 3] [--paired]
    python benchmarks/app_latency.py --stores /tmp/aw-stores   # keep generated stores there, reuse them
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
# the bare pages `import app_latency` for the recorded elements: let them find this very module
sys.modules.setdefault("app_latency", sys.modules[__name__])

import streamlit as st  # noqa: E402
from streamlit.delta_generator import DeltaGenerator  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from core.filters import filter_options  # noqa: E402
from core.frames import load_frames  # noqa: E402
from core.ingest import ingest_paths  # noqa: E402
from core.paths import SEEDS  # noqa: E402

PAGES = ["dashboard.py", "pages/1_Map.py", "pages/2_Models_and_specs.py", "pages/3_Capacity_and_jobs.py",
         "pages/4_Articles.py"]

SIDEBAR_PAGE = '''
import json, os
import ui
options = json.loads(open(os.environ["AUTOWATCH_BENCH_OPTIONS"]).read())
ui.navigation()
ui.sidebar_filters(options["countries"], options["companies"], options["models"])
'''

ELEMENTS_PAGE = '''
import json, os
import app_latency
import ui
options = json.loads(open(os.environ["AUTOWATCH_BENCH_OPTIONS"]).read())
ui.navigation()
filters = ui.sidebar_filters(options["countries"], options["companies"], options["models"])
app_latency.replay(os.environ["AUTOWATCH_BENCH_PAGE"], filters)
'''

# --------------------------------------------------------------------------- recording a page's elements

# Elements drawn straight from a page (not from inside ui.chart / ui.table, which are recorded whole).
ELEMENT_CALLS = ("title", "header", "subheader", "caption", "markdown", "metric", "html", "info", "warning",
                 "selectbox", "link_button", "button", "download_button", "write")
RECORDED: dict[str, list[tuple]] = {}
_rec = threading.local()
_recording: dict[str, str | None] = {"page": None}


def _record(entry: tuple) -> None:
    page = _recording["page"]
    if page is not None and not getattr(_rec, "depth", 0):
        RECORDED.setdefault(page, []).append(entry)


def _patch_recorders() -> None:
    """Wrap ui.chart, ui.table, ui.facts_json_download and the page-level st elements to record their arguments."""
    import ui

    def wrap_ui(name: str, record: bool = True):
        original = getattr(ui, name)

        def wrapper(*args, **kwargs):
            if record:
                _record(("ui", name, args, kwargs))
            _rec.depth = getattr(_rec, "depth", 0) + 1  # what it draws is part of it, not recorded again
            try:
                return original(*args, **kwargs)
            finally:
                _rec.depth -= 1

        setattr(ui, name, wrapper)

    for name in ("chart", "table", "facts_json_download", "empty_state"):
        wrap_ui(name)
    wrap_ui("sidebar_filters", record=False)  # the bare pages draw their own

    def wrap_dg(name: str):
        original = getattr(DeltaGenerator, name)

        def method(self, *args, **kwargs):
            _record(("st", name, args, kwargs))
            return original(self, *args, **kwargs)

        setattr(DeltaGenerator, name, method)
        module_level = getattr(st, name)  # st.title is bound to the main container at import: wrap it too

        def function(*args, **kwargs):
            _record(("st", name, args, kwargs))
            return module_level(*args, **kwargs)

        setattr(st, name, function)

    for name in ELEMENT_CALLS:
        wrap_dg(name)


class _Ctx:
    """What ui.facts_json_download and ui.empty_state read from a page context, recorded."""

    def __init__(self, ctx, filters):
        self.frames, self.filters, self.store_empty = ctx.frames, filters, ctx.store_empty


def replay(page: str, filters) -> None:
    """Draw the recorded elements of `page` again (with the bare page's filter): no data work."""
    import ui

    for kind, name, args, kwargs in RECORDED.get(page, []):
        if kind == "ui":
            fn = getattr(ui, name)
            if name in ("chart", "table"):
                args = (*args[:2], filters, *args[3:])
            elif name in ("facts_json_download", "empty_state"):
                args = (_Ctx(args[0], filters), *args[1:])
            fn(*args, **kwargs)
        else:
            getattr(st, name)(*args, **kwargs)


def bare_page(folder: Path, source: str) -> Path:
    """A bare page laid out as the app is (the entry script `dashboard.py` beside the `pages` folder), so that its
    sidebar draws the page list as every page does: from a lone file, each st.page_link fails and none is drawn."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "dashboard.py"
    script.write_text(source, encoding="utf-8")
    try:
        (folder / "pages").symlink_to(ROOT / "pages", target_is_directory=True)
    except OSError:  # no symlinks here: the page files themselves (only their paths are read)
        shutil.copytree(ROOT / "pages", folder / "pages")
    return script


# --------------------------------------------------------------------------- stores and timing


def seed_store(workdir: Path) -> Path:
    db = workdir / "seeds.duckdb"
    if not db.exists():
        ingest_paths([SEEDS], db_path=db, progress=False)
    return db


def generated_store(n: int, workdir: Path) -> Path:
    """N generated articles with the generator's own facts (the parser is measured elsewhere)."""
    db = workdir / f"store-{n}.duckdb"
    if not db.exists():
        import ingest_scale

        ingest_scale.run(n, "generated", None, workdir, 256)
    return db


def bench_stores(workdir: Path, sizes: list[int], stores_dir: Path | None) -> list[tuple[str, Path]]:
    """(label, store) for the seeds and a generated store of each size; generated stores are kept in stores_dir (made
    when missing) and reused from there, else written under workdir."""
    stores_dir = stores_dir or workdir
    stores_dir.mkdir(parents=True, exist_ok=True)
    return [("seeds", seed_store(workdir))] + [(f"{n:,}", generated_store(n, stores_dir)) for n in sizes]


def open_page(script: Path) -> AppTest:
    """An AppTest of `script` as the app runs it (not yet run on the page). A file of a `pages` folder beside
    `dashboard.py` is opened from that entry script and switched to, so that its sidebar draws the page links as
    in the app, as the bare pages' do: run alone, each st.page_link fails and no link is drawn (1-2 ms less)."""
    entry = script.parent.parent / "dashboard.py"
    if script.parent.name != "pages" or not entry.is_file():
        return AppTest.from_file(str(script), default_timeout=600)
    at = AppTest.from_file(str(entry), default_timeout=600)
    at.run()  # the page is switched to after a first run (AppTest.switch_page)
    if at.exception:
        raise RuntimeError(f"{entry.name}: {at.exception[0].message}")
    return at.switch_page(f"pages/{script.name}")


def _clear_caches() -> None:
    st.cache_resource.clear()
    st.cache_data.clear()


def _change(at: AppTest, script: str, country: str) -> float:
    t = time.perf_counter()
    at.multiselect(key="country").set_value([country]).run()
    elapsed = time.perf_counter() - t
    if at.exception:
        raise RuntimeError(f"{script}: {at.exception[0].message}")
    return elapsed


def time_filter_changes(script: Path, countries: list[str], record_as: str | None = None) -> tuple[list[float], list[float]]:
    """(miss times, hit times): each country once (new filter values), then each again (repeated values)."""
    _clear_caches()
    at = open_page(script)
    at.run()  # untimed: loads the store into the process caches
    if at.exception:
        raise RuntimeError(f"{script.name}: {at.exception[0].message}")
    misses = []
    for i, country in enumerate(countries):
        _recording["page"] = record_as if i == 0 else None  # the elements of one filtered view, for the bare page
        if i == 0 and record_as:
            RECORDED.pop(record_as, None)
        try:
            misses.append(_change(at, script.name, country))
        finally:
            _recording["page"] = None
    hits = [_change(at, script.name, country) for country in countries]
    return misses, hits


def time_paired_changes(script: Path, elements: Path, countries: list[str], page: str
                        ) -> tuple[list[float], list[float]]:
    """(page / bare page ratios of the misses, of the hits), the two run in turn change by change: the page's change
    to a country, then the bare page's to the same one, so that a slower spell of the machine falls on both halves
    of a pair (rounds of each timed apart put it on one). Caches emptied once, before both load the store."""
    _clear_caches()
    os.environ["AUTOWATCH_BENCH_PAGE"] = page
    page_at = open_page(script)
    bare_at = AppTest.from_file(str(elements), default_timeout=600)
    for at, name in ((page_at, script.name), (bare_at, elements.name)):
        at.run()  # untimed: loads the store into the process caches
        if at.exception:
            raise RuntimeError(f"{name}: {at.exception[0].message}")
    miss_ratios, hit_ratios = [], []
    for phase, ratios in (("miss", miss_ratios), ("hit", hit_ratios)):
        for i, country in enumerate(countries):
            recording = phase == "miss" and i == 0  # the elements of one filtered view, for the bare page
            _recording["page"] = page if recording else None
            if recording:
                RECORDED.pop(page, None)
            try:
                page_time = _change(page_at, script.name, country)
            finally:
                _recording["page"] = None
            ratios.append(page_time / _change(bare_at, elements.name, country))
    return miss_ratios, hit_ratios


def _pooled(rounds) -> tuple[list[float], list[float]]:
    """(misses, hits) of several rounds of time_filter_changes, each list joined."""
    misses: list[float] = []
    hits: list[float] = []
    for round_misses, round_hits in rounds:
        misses += round_misses
        hits += round_hits
    return misses, hits


def main() -> None:
    logging.disable(logging.WARNING)  # AppTest outside a server warns on every cache call and cache clear
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000], help="generated store sizes")
    ap.add_argument("--pages", nargs="*", default=PAGES)
    ap.add_argument("--runs", type=int, default=3, help="filter changes per phase (misses, then hits)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="times each page and its bare page are timed (caches emptied each time); medians over all")
    ap.add_argument("--stores", type=Path, help="folder to keep (and reuse) the generated stores in")
    ap.add_argument("--paired", action="store_true",
                    help="also time page and bare page in turn change by change (time_paired_changes), --rounds "
                         "times, and print the median of those ratios (paired miss/el, hit/el)")
    args = ap.parse_args()
    os.environ["AUTOWATCH_SEED"] = "0"
    os.environ["AUTOWATCH_NO_BROWSER"] = "1"  # no Chromium lookup: the same for page and bare page
    _patch_recorders()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        sidebar, elements = bare_page(workdir / "sidebar", SIDEBAR_PAGE), bare_page(workdir / "elements", ELEMENTS_PAGE)
        stores = bench_stores(workdir, args.n, args.stores)
        print("Median server time of a Country filter change (s). miss: a country not seen before; hit: seen before.")
        print("sidebar: bare page, sidebar widgets only. elements: bare page, same widgets and output elements, no data work.")
        print("Targets: page <= 1.5 x bare page, and <= 1 s at 100k articles.\n")
        head = (f"{'articles':>8} {'page':<28} {'miss':>6} {'hit':>6} {'max miss':>8} {'sidebar':>7} {'elements':>8} "
                f"{'miss/el':>7} {'hit/el':>6} {'miss/sb':>7} {'hit/sb':>6}"
                + (f" {'paired miss/el':>12} {'hit/el':>11}" if args.paired else ""))
        print(head)
        print("-" * len(head))
        for label, db in stores:
            os.environ["AUTOWATCH_DB"] = str(db)
            frames = load_frames(db)
            options = filter_options(frames)
            options_file = workdir / "options.json"
            options_file.write_text(json.dumps(options), encoding="utf-8")
            os.environ["AUTOWATCH_BENCH_OPTIONS"] = str(options_file)
            # the countries with the most plants: every page has something to draw
            ranked = [c for c in frames["plants"]["country"].value_counts().index if c in set(options["countries"])]
            countries = (ranked + [c for c in options["countries"] if c not in ranked])[: max(args.runs, 1)] or ["-"]
            del frames
            sb_miss, sb_hit = _pooled(time_filter_changes(sidebar, countries) for _ in range(args.rounds))
            sb = statistics.median(sb_miss + sb_hit)
            for page in args.pages:
                misses, hits, el_miss, el_hit = [], [], [], []
                for _ in range(args.rounds):  # page and bare page in turn: a slower spell of the machine hits both
                    page_times = time_filter_changes(ROOT / page, countries, record_as=page)
                    misses += page_times[0]
                    hits += page_times[1]
                    os.environ["AUTOWATCH_BENCH_PAGE"] = page
                    el_times = time_filter_changes(elements, countries)
                    el_miss += el_times[0]
                    el_hit += el_times[1]
                el = statistics.median(el_miss + el_hit)
                miss, hit = statistics.median(misses), statistics.median(hits)
                paired = ""
                if args.paired:
                    ratios = [time_paired_changes(ROOT / page, elements, countries, page) for _ in range(args.rounds)]
                    paired = (f" {statistics.median(r for rs, _ in ratios for r in rs):12.2f}"
                              f" {statistics.median(r for _, rs in ratios for r in rs):11.2f}")
                print(f"{label:>8} {page:<28} {miss:6.3f} {hit:6.3f} {max(misses):8.3f} {sb:7.3f} {el:8.3f} "
                      f"{miss / el:7.2f} {hit / el:6.2f} {miss / sb:7.1f} {hit / sb:6.1f}{paired}", flush=True)


if __name__ == "__main__":
    main()
