"""The app reads while the command line writes: no error for the reader, no write lost.

DuckDB lets one process hold the file read-write and then refuses every other opener;
core.store keeps connections short and retries on the lock. These tests run a real
ingest in a subprocess while this process loads frames in a loop.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from core import store
from core.filters import Filters, apply_filters
from core.frames import load_frames

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_articles  # noqa: E402

N = 400


# The writer runs the real `ingest` command with the parser swapped for a stub that returns
# each article's generated facts: the test is about the store, not about extraction.
WRITER = """
import sys
sys.path.insert(0, {bench!r})
import core.extract, generate_articles
from core.cli import main
facts = {{}}
for seed in (1, 2, 7):
    for i in range({n}):
        art, f = generate_articles.generate(i, seed)
        facts[art.id] = f
def extract(articles, n_process=1, batch_size=32):
    for a in articles:
        yield facts[a.id]
core.extract.extract_articles = extract
sys.exit(main(sys.argv[1:]))
"""


def _ingest_cmd(src: Path, db: Path, *extra: str) -> list[str]:
    code = WRITER.format(bench=str(ROOT / "benchmarks"), n=N)
    return [sys.executable, "-c", code, "ingest", str(src), "--db", str(db), "--batch-size", "10", "--quiet", *extra]


def test_frames_load_while_a_subprocess_ingests(tmp_path: Path) -> None:
    src = tmp_path / "feed.jsonl"
    generate_articles.write_jsonl(src, N)
    db = tmp_path / "store.duckdb"
    store.write_batch(db, [])  # the file exists before the reader starts (as with a seeded app)
    proc = subprocess.Popen(_ingest_cmd(src, db), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    loads, seen, versions = 0, [], set()
    deadline = time.monotonic() + 180
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            frames = load_frames(db)  # must never raise
            apply_filters(frames, Filters(query="plant"))
            seen.append(len(frames["articles"]))
            versions.add(store.store_version(db))
            loads += 1
    finally:
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    assert f"{N} new, 0 duplicate, 0 failed" in err
    assert loads >= 3, "the reader should have overlapped the writer"
    assert seen == sorted(seen), "counts never go back: readers only ever see committed batches"
    assert all(n % 10 == 0 or n == N for n in seen), "a batch is seen whole or not at all"
    assert len(versions) >= 2
    final = load_frames(db)
    assert len(final["articles"]) == N
    assert len(final["plants"]) == N and len(final["exports"]) == N  # every batch's facts arrived
    assert store.table_counts(db)["articles"] == N


def test_two_writers_lose_nothing(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    generate_articles.write_jsonl(a, 150, seed=1)
    generate_articles.write_jsonl(b, 150, seed=2)
    db = tmp_path / "store.duckdb"
    procs = [subprocess.Popen(_ingest_cmd(p, db), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in (a, b, a)]  # a twice: the overlap is stored once
    errs = [p.communicate(timeout=240)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errs
    ids = {x.id for x in (generate_articles.generate(i, 1)[0] for i in range(150))}
    ids |= {x.id for x in (generate_articles.generate(i, 2)[0] for i in range(150))}
    assert store.table_counts(db)["articles"] == len(ids)
