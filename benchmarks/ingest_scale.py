"""Ingest N generated articles into a fresh store; print throughput, store size and frame load/filter time.

    python benchmarks/ingest_scale.py                 # 10k and 100k articles
    python benchmarks/ingest_scale.py --n 2000        # smaller
    python benchmarks/ingest_scale.py --facts generated   # store the generator's facts (parser-independent volume)

--facts pipeline (default) parses with core.extract (nlp.pipe, n_process processes);
--facts generated skips the parser and stores the facts the generator composed, so the
store and frames are measured at a realistic volume of facts whatever the parser finds.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_articles  # noqa: E402

from core import store  # noqa: E402
from core.filters import Filters, apply_filters, filter_options  # noqa: E402
from core.frames import load_frames  # noqa: E402
from core.ingest import ingest_paths  # noqa: E402


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def run(n: int, facts: str, n_process: int | None, workdir: Path, batch_size: int) -> dict[str, float | int | str]:
    src = workdir / f"articles-{n}.jsonl"
    db = workdir / f"store-{n}.duckdb"
    t = time.perf_counter()
    generate_articles.write_jsonl(src, n)
    gen_s = time.perf_counter() - t
    if facts == "generated":
        import core.extract

        by_id = {}
        for i in range(n):
            art, f = generate_articles.generate(i)
            by_id[art.text] = f

        def extract(articles, n_process=1, batch_size=32):
            for a in articles:
                yield by_id[a.text]

        core.extract.extract_articles = extract
    t = time.perf_counter()
    summary = ingest_paths([src], db_path=db, progress=False, n_process=n_process, batch_size=batch_size)
    ingest_s = time.perf_counter() - t
    assert summary.new == n and summary.failed == 0, (summary.as_dict(), summary.errors[:3])
    size_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
    counts = store.table_counts(db)
    import core.frames

    load_frames(db)  # first call builds the gazetteer indexes (once per process)
    core.frames._CACHE.clear()
    t = time.perf_counter()
    frames = load_frames(db)  # cold: read from the store
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    load_frames(db)  # unchanged store: the in-process cache (what a dashboard rerun pays)
    cached_s = time.perf_counter() - t
    opts = filter_options(frames)
    top = frames["plants"]["country"].value_counts().index[:2].tolist()
    f = Filters(countries=tuple(top), companies=tuple(frames["plants"]["company"].value_counts().index[:3]))
    t = time.perf_counter()
    out = apply_filters(frames, f)
    filter_s = time.perf_counter() - t
    q = Filters(query="compact SUVs", models=tuple(opts["models"][:2]))
    t = time.perf_counter()
    apply_filters(frames, q)
    query_s = time.perf_counter() - t
    return {
        "articles": n, "facts": facts, "generate_s": round(gen_s, 1), "ingest_s": round(ingest_s, 1),
        "ingest_articles_per_s": round(n / ingest_s, 1), "store_mb": round(size_mb, 1),
        "rows": sum(counts.values()), "load_frames_s": round(load_s, 3), "load_frames_cached_s": round(cached_s, 3), "filter_s": round(filter_s, 3),
        "query_filter_s": round(query_s, 3), "load_and_filter_s": round(load_s + filter_s, 3),
        "filtered_plants": len(out["plants"]), "peak_rss_mb": round(peak_mb(), 0),
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
