"""Articles per second: spaCy's tokenizer alone vs the full Autowatch pipeline, on the same texts.

Usage: python benchmarks/extract_throughput.py [--repeat N] [--generated N]
Texts: the bundled seeds with tests/dev_articles (repeated N times), and N generated articles.
Target: the full pipeline at >= 0.5 of the tokenizer's throughput.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from core.nlp.pipeline import get_pipeline, prepare_text  # noqa: E402


def written_articles(repeat: int) -> list[str]:
    """The seeds and the held-out dev articles: real-world length and variety, repeated for a stable timing."""
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "dev_articles").glob("*.txt"))
    return [prepare_text(f.read_text(encoding="utf-8")) for f in files] * repeat


def generated_articles(n: int) -> list[str]:
    """Template articles from benchmarks/generate_articles.py: short and repetitive, kind to the tokenizer's cache."""
    from generate_articles import generate

    return [prepare_text(generate(i)[0].text) for i in range(n)]


def rate(fn, texts: list[str]) -> float:
    fn(texts[:20])  # warm up
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        fn(texts)
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def component_costs(nlp, texts: list[str]) -> list[tuple[str, float]]:
    """Milliseconds per article of the tokenizer and of each pipeline component, run one after another."""
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    costs = [("tokenizer", (time.perf_counter() - start) * 1000 / len(texts))]
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = [proc(d) for d in docs]
        costs.append((name, (time.perf_counter() - start) * 1000 / len(texts)))
    return costs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20, help="passes over the written articles")
    ap.add_argument("--generated", type=int, default=400, help="generated articles")
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = get_pipeline()
    print(f"pipeline build: {time.perf_counter() - t0:.2f} s ({len(nlp.get_pipe('entity_ruler'))} ruler patterns)")
    for name, texts in (("written articles", written_articles(args.repeat)), ("generated articles", generated_articles(args.generated))):
        words = sum(len(t.split()) for t in texts) / len(texts)
        tok = rate(lambda ts: list(nlp.tokenizer.pipe(ts, batch_size=64)), texts)
        full = rate(lambda ts: list(nlp.pipe(ts, batch_size=64)), texts)
        print(f"{name}: {len(texts)} documents, mean {words:.0f} words")
        print(f"  tokenizer alone: {tok:8.1f} articles/s")
        print(f"  full pipeline:   {full:8.1f} articles/s ({1000 / full:.2f} ms per article)")
        print(f"  ratio full/tokenizer: {full / tok:.2f} (target >= 0.5)")
        costs = component_costs(nlp, texts)
        print("  ms per article: " + ", ".join(f"{n} {ms:.2f}" for n, ms in costs))
        # the target allows the components together as much time as the tokenizer itself
        print(f"  components {sum(ms for _, ms in costs[1:]):.2f} ms against the {costs[0][1]:.2f} ms the target leaves them")


if __name__ == "__main__":
    main()
