"""Opening an article on the Articles page: its row, its facts and its highlighted text, for an article not opened
before (the app keeps the last 256 it opened), on the seeds and on generated stores of N articles.

    python benchmarks/article_open.py [--n 10000 100000] [--stores DIR] [--articles 60]

- index: what the app works out once per store version, in a thread beside the first page's run, so that an
  article's rows are found without reading every row (core.frames.prepare_article_lookup);
- first: the first article opened after that (cold memory; in a fresh server it also imports spaCy's displaCy,
  about 0.8 s, which this process imported already when it built the seeds' store);
- open: median and slowest time to build one article's view (core.charts.article_view), over --articles more
  articles spread over the store.
No target in the issues; the figures go in the README's benchmark table.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from app_latency import bench_stores  # noqa: E402

from core import charts  # noqa: E402
from core.frames import load_frames, prepare_article_lookup  # noqa: E402


def time_opening(db: Path, articles: int) -> tuple[float, float, float, float, int]:
    """(index s, first open s, median open s, slowest open s, articles opened) on the store at db."""
    frames = load_frames(db)
    start = time.perf_counter()
    prepare_article_lookup(frames)
    index = time.perf_counter() - start
    ids = frames["articles"]["article_id"]
    step = max(1, len(ids) // (articles + 1))
    picked = [ids.iloc[i] for i in range(0, len(ids), step)][: articles + 1]
    times = []
    for article_id in picked:
        start = time.perf_counter()
        row, facts, html = charts.article_view(frames, article_id)
        times.append(time.perf_counter() - start)
        assert row is not None and html, article_id
    rest = times[1:] or times
    return index, times[0], statistics.median(rest), max(rest), len(rest)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000], help="generated store sizes")
    ap.add_argument("--stores", type=Path, default=None, help="folder of generated stores to reuse")
    ap.add_argument("--articles", type=int, default=60)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stores = bench_stores(Path(tmp), args.n, args.stores)
        print(f"{'articles':>8} {'index (s)':>9} {'first (s)':>9} {'open median (ms)':>16} {'slowest (ms)':>12} {'opened':>6}")
        for label, db in stores:
            index, first, median, slowest, opened = time_opening(db, args.articles)
            print(f"{label:>8} {index:9.3f} {first:9.3f} {median * 1e3:16.2f} {slowest * 1e3:12.2f} {opened:6}", flush=True)


if __name__ == "__main__":
    main()
