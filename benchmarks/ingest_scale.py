"""Ingest N generated articles into a fresh store; print throughput, store size, and the time from a fresh process to a filtered result.

    python benchmarks/ingest_scale.py                 # 10k and 100k articles
    python benchmarks/ingest_scale.py --n 2000        # smaller
    python benchmarks/ingest_scale.py --facts generated   # store the generator's facts (parser-independent volume)

--facts pipeline (default) parses with core.extract (nlp.pipe, n_process processes);
--facts generated skips the parser and stores the facts the generator composed, so the
store and frames are measured at a realistic volume of facts whatever the parser finds.
The generated facts are written to a file beside the feed and read back one article at a
time, so this process never holds all of them.

What is measured, as an analyst meets it:
- ingest_s: the whole ingest, including saving the frames for the app at its end (frames_save_s);
- fresh_*: a new process started right after the ingest (as the app after a restart, or any page
  after a write): imports, load_frames, the first filter; load_and_first_filter_s is the target
  (<= 0.5 s at 100k articles), fresh_peak_rss_mb that process's peak memory;
- warm_filter_s, query_filter_s: the same filter again in that process (median of 5), a text query;
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
FRESH = r"""
import json, resource, statistics, sys, time
def peak_mb():  # VmHWM starts afresh at exec; ru_maxrss would carry the parent's peak over
    try:
        with open("/proc/self/status") as fh:
            return round(next(int(l.split()[1]) for l in fh if l.startswith("VmHWM")) / 1024)
    except (OSError, StopIteration):
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
t0 = time.perf_counter()
from core.filters import Filters, apply_filters, filter_options
from core.frames import load_frames
import_s = time.perf_counter() - t0
db = sys.argv[1]
t = time.perf_counter()
frames = load_frames(db)
load_s = time.perf_counter() - t
plants = frames["plants"]
f = Filters(countries=tuple(plants["country"].value_counts().index[:2]),
            companies=tuple(plants["company"].value_counts().index[:3]))
t = time.perf_counter()
out = apply_filters(frames, f)
first_s = time.perf_counter() - t
warm = []
for _ in range(5):
    t = time.perf_counter()
    apply_filters(frames, f)
    warm.append(time.perf_counter() - t)
t = time.perf_counter()
opts = filter_options(frames)
options_s = time.perf_counter() - t
q = Filters(query="compact SUVs", models=tuple(opts["models"][:2]))
t = time.perf_counter()
apply_filters(frames, q)
query_s = time.perf_counter() - t
print(json.dumps({
    "fresh_import_s": round(import_s, 3), "fresh_load_frames_s": round(load_s, 3),
    "fresh_first_filter_s": round(first_s, 3), "load_and_first_filter_s": round(load_s + first_s, 3),
    "warm_filter_s": round(statistics.median(warm), 3), "filter_options_s": round(options_s, 3),
    "query_filter_s": round(query_s, 3), "filtered_plants": len(out["plants"]),
    "fresh_peak_rss_mb": peak_mb(),
}))
"""


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh_process(db: Path) -> dict[str, float | int]:
    out = subprocess.run([sys.executable, "-c", FRESH, str(db)], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


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
        **fresh_process(db), "peak_rss_mb": round(peak_mb()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--facts", choices=["pipeline", "generated"], default="pipeline")
    ap.add_argument("--n-process", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="keep the stores in this folder")
    args = ap.parse_args()
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
