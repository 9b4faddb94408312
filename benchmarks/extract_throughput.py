"""Articles per second: spaCy's tokenizer alone vs the full Autowatch pipeline, on the same texts.

Usage: python benchmarks/extract_throughput.py [--repeat N]
Texts: the bundled seeds plus tests/dev_articles, repeated to a few hundred documents.
Target: the full pipeline at >= 0.5 of the tokenizer's throughput.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.nlp.pipeline import get_pipeline, prepare_text  # noqa: E402


def corpus(repeat: int) -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "dev_articles").glob("*.txt"))
    texts = [prepare_text(f.read_text(encoding="utf-8")) for f in files]
    return texts * repeat


def rate(fn, texts: list[str]) -> float:
    fn(texts[:20])  # warm up
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        fn(texts)
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = get_pipeline()
    build = time.perf_counter() - t0
    texts = corpus(args.repeat)
    words = sum(len(t.split()) for t in texts) / len(texts)
    tok = rate(lambda ts: list(nlp.tokenizer.pipe(ts, batch_size=64)), texts)
    full = rate(lambda ts: list(nlp.pipe(ts, batch_size=64)), texts)
    print(f"pipeline build: {build:.2f} s ({len(nlp.get_pipe('entity_ruler'))} ruler patterns)")
    print(f"documents: {len(texts)} (mean {words:.0f} words)")
    print(f"tokenizer alone: {tok:8.1f} articles/s")
    print(f"full pipeline:   {full:8.1f} articles/s")
    print(f"ratio full/tokenizer: {full / tok:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
