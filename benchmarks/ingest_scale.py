"""Ingest N generated articles into a fresh store; print throughput, store size, and the time from a fresh process to a filtered result.

    python benchmarks/ingest_scale.py                 # 10k and 100k articles
    python benchmarks/ingest_scale.py --n 2000        # smaller
    python benchmarks/ingest_scale.py --facts generated   # store the generator's facts (parser-independent volume)
    python benchmarks/ingest_scale.py --n 100000 --keep /tmp/aw     # keep the store, then re-time a new process on it:
    python benchmarks/ingest_scale.py --fresh-only /tmp/aw/store-100000.duckdb

--facts pipeline (default) parses with core.extract (nlp.pipe, n_process processes);
--facts generated skips the parser and stores the facts the generator composed, so the
store and frames are measured at a realistic volume of facts whatever the parser finds.
The generated facts are written to a file beside the feed and read back one article at a
time, so this process never holds all of them.

What is measured, as an analyst meets it:
- ingest_s: the whole ingest, including saving the frames for the app at its end (frames_save_s);
- fresh_*: a new process started right after the ingest (as the app after a restart, or any page
  after a write): imports, load_frames, the first filter; load_and_first_filter_s is the target
  (<= 0.5 s at 100k articles), for countries and companies combined: the frames loaded, the rows of
  every frame that match decided (decide_rows_s), and the matching rows copied out of every frame a
  page reads filtered (all but the mentions, which the Articles page reads from the whole store);
  with_mentions_s adds copying the filtered mentions too (2.7M rows at 100k articles); fresh_peak_rss_mb the largest
  peak memory of these processes (counting the pages of the memory-mapped frames they touched, which
  are the shared page cache), fresh_anon_mb the largest memory of their own at the end;
- <kind>_load_and_first_s, <kind>_warm_s, <kind>_articles: the same from a new process for each kind
  of filter on its own, with its most frequent values: country (1), company (3), model (2), date (the
  year 2024), query (a text query, "compact SUVs"); warm is the same filter again (median of 3);
- peak_rss_mb: this benchmark process (generation and ingest), target <= 2 GB.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_articles  # noqa: E402

from core import store  # noqa: E402
from core.ingest import ingest_paths  # noqa: E402

# Run in a new process: the time from nothing loaded to a filtered result, and that process's peak memory.
# argv: the store, then the kind of filter (see KINDS); the filter's values are the most frequent ones.
FRESH = r"""
import json, resource, statistics, sys, time
from datetime import date
def status_mb(field):
    with open("/proc/self/status") as fh:
        return round(next(int(l.split()[1]) for l in fh if l.startswith(field + ":")) / 1024)
def peak_mb():  # VmHWM starts afresh at exec; ru_maxrss would carry the parent's peak over
    try:
        return status_mb("VmHWM")
    except (OSError, StopIteration):
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
def anon_mb():  # the process's own memory, without the pages of the memory-mapped frames (shared page cache)
    try:
        return status_mb("RssAnon")
    except (OSError, StopIteration):
        return None
t0 = time.perf_counter()
from core.filters import Filters, apply_filters, filter_options
from core.frames import load_frames
import_s = time.perf_counter() - t0
db, kind = sys.argv[1], sys.argv[2]
t = time.perf_counter()
frames = load_frames(db)
load_s = time.perf_counter() - t
top = lambda name, col, n: tuple(frames[name][col].value_counts().index[:n])  # not timed
f = {
    "combined": lambda: Filters(countries=top("plants", "country", 2), companies=top("plants", "company", 3)),
    "country": lambda: Filters(countries=top("plants", "country", 1)),
    "company": lambda: Filters(companies=top("plants", "company", 3)),
    "model": lambda: Filters(models=top("models", "model", 2)),
    "date": lambda: Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)),
    "query": lambda: Filters(query="compact SUVs"),
}[kind]()
PAGE_FRAMES = [name for name in frames if name != "mentions"]  # what the pages read filtered (mentions: whole store)
def filtered(read):
    t = time.perf_counter()
    out = apply_filters(frames, f)  # which rows of every frame match
    decided = time.perf_counter() - t
    for name in read:  # the matching rows copied out, as a page reading them does
        out[name]
    return out, decided, time.perf_counter() - t
out, decide_s, first_s = filtered(PAGE_FRAMES)
t = time.perf_counter()
out["mentions"]
mentions_s = time.perf_counter() - t
warm = [filtered(PAGE_FRAMES)[2] for _ in range(3)]
result = {
    "import_s": round(import_s, 3), "load_frames_s": round(load_s, 3), "decide_rows_s": round(decide_s, 3),
    "first_filter_s": round(first_s, 3), "load_and_first_filter_s": round(load_s + first_s, 3),
    "with_mentions_s": round(load_s + first_s + mentions_s, 3), "warm_filter_s": round(statistics.median(warm), 3),
    "filtered_articles": len(out["articles"]), "peak_rss_mb": peak_mb(), "anon_mb": anon_mb(),
}
if kind == "combined":
    t = time.perf_counter()
    filter_options(frames)
    result["filter_options_s"] = round(time.perf_counter() - t, 3)
print(json.dumps(result))
"""
KINDS = ("combined", "country", "company", "model", "date", "query")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh_process(db: Path, kind: str) -> dict[str, float | int]:
    out = subprocess.run([sys.executable, "-c", FRESH, str(db), kind], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def fresh_processes(db: Path) -> dict[str, float | int]:
    """The combined filter (countries and companies) as before, then each kind of filter in its own new process."""
    first = fresh_process(db, "combined")
    out: dict[str, float | int] = {
        "fresh_import_s": first["import_s"], "fresh_load_frames_s": first["load_frames_s"],
        "fresh_first_filter_s": first["first_filter_s"], "load_and_first_filter_s": first["load_and_first_filter_s"],
        "with_mentions_s": first["with_mentions_s"],
        "warm_filter_s": first["warm_filter_s"], "filter_options_s": first["filter_options_s"],
        "filtered_articles": first["filtered_articles"], "fresh_peak_rss_mb": first["peak_rss_mb"],
        "fresh_anon_mb": first["anon_mb"],
    }
    for kind in KINDS[1:]:
        r = fresh_process(db, kind)
        out[f"{kind}_load_and_first_s"] = r["load_and_first_filter_s"]
        out[f"{kind}_with_mentions_s"] = r["with_mentions_s"]
        out[f"{kind}_warm_s"] = r["warm_filter_s"]
        out[f"{kind}_articles"] = r["filtered_articles"]
        out["fresh_peak_rss_mb"] = max(out["fresh_peak_rss_mb"], r["peak_rss_mb"])
        out["fresh_anon_mb"] = max(out["fresh_anon_mb"] or 0, r["anon_mb"] or 0)
    return out


def run(n: int, facts: str, n_process: int | None, workdir: Path, batch_size: int) -> dict[str, float | int | str]:
    src = workdir / f"articles-{n}.jsonl"
    db = workdir / f"store-{n}.duckdb"
    facts_path = workdir / f"facts-{n}.pickle" if facts == "generated" else None
    t = time.perf_counter()
    generate_articles.write_jsonl(src, n, facts_path=facts_path)
    gen_s = time.perf_counter() - t
    if facts_path is not None:
        import core.extract

        stored = generate_articles.FactsFile(facts_path)

        def extract(articles, n_process=1, batch_size=32, **_):
            for a in articles:
                yield stored.get(a.name)

        core.extract.extract_articles = extract
    t = time.perf_counter()
    summary = ingest_paths([src], db_path=db, progress=False, n_process=n_process, batch_size=batch_size)
    ingest_s = time.perf_counter() - t
    assert summary.new == n and summary.failed == 0, (summary.as_dict(), summary.errors[:3])
    size_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file()) / 1e6
    frames_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + ".frames/*/*")) / 1e6
    counts = store.table_counts(db)
    return {
        "articles": n, "facts": facts, "generate_s": round(gen_s, 1), "ingest_s": round(ingest_s, 1),
        "ingest_articles_per_s": round(n / ingest_s, 1), "frames_save_s": round(summary.frames_s, 2),
        "store_mb": round(size_mb, 1), "frames_mb": round(frames_mb, 1), "rows": sum(counts.values()),
        **fresh_processes(db), "peak_rss_mb": round(peak_mb()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--facts", choices=["pipeline", "generated"], default="pipeline")
    ap.add_argument("--n-process", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="keep the stores in this folder")
    ap.add_argument("--fresh-only", type=Path, metavar="DB", help="only the fresh-process figures, on a kept store")
    args = ap.parse_args()
    if args.fresh_only:
        print(json.dumps({"store": str(args.fresh_only), **fresh_processes(args.fresh_only)}), flush=True)
        return
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="autowatch-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        for n in args.n:
            print(json.dumps(run(n, args.facts, args.n_process, workdir, args.batch_size)), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
