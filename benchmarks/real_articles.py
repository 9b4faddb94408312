"""F1 on real published articles: sets of web news stories with gold facts written by hand.

Usage: python benchmarks/real_articles.py --texts DIR [--sets real_a real_c ...]

The gold of each set is in tests/real_gold/<set>/ (one JSON per article, FORMAT.md's shape) with
sources.tsv (file, address, what the story is) and a README on how it was made. The article texts are
third-party copy and are not in the repository: DIR holds them, one folder per set with the articles as
<set>/articles/<file>.txt (the layout the sets were collected in). A set whose texts are all missing is
reported and skipped; one with some missing is scored on the others and says how many. Scored with
../shared/eval/score.py, per set and over all sets together.

Which sets were looked at while the pipeline was tuned is in tests/real_gold/README.md: only the others
measure articles nobody has seen.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from format_robustness import _scorer  # noqa: E402

from core.extract import extract_articles  # noqa: E402
from core.ingest import read_files  # noqa: E402

GOLD = ROOT / "tests" / "real_gold"


def score_set(scorer, gold_dir: Path, texts_dir: Path, counts: dict) -> tuple[float, float, float, int, int] | None:
    """(P, R, F1, articles scored, articles in the gold) of one set, its counts added to `counts`.

    Only the articles whose text is there are scored (a local copy may lack a page that could not be
    fetched again); None when none is."""
    every_gold = sorted(gold_dir.glob("*.json"))
    golds = [g for g in every_gold if (texts_dir / json.loads(g.read_text(encoding="utf-8"))["article"]).is_file()]
    files = [texts_dir / json.loads(g.read_text(encoding="utf-8"))["article"] for g in golds]
    if not files:
        return None
    articles = read_files(files)[0]
    predictions = {Path(f.article).name: f.to_format() for f in extract_articles(articles)}
    own = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        scorer.score_article(gold, predictions.get(gold["article"], {}), own, [], gold["article"])
    for kind, c in own.items():
        for k in ("tp", "fp", "fn"):
            counts[kind][k] += c[k]
    total = {k: sum(c[k] for c in own.values()) for k in ("tp", "fp", "fn")}
    return (*scorer.prf(total), len(golds), len(every_gold))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default=os.environ.get("AUTOWATCH_REAL_TEXTS", ""),
                    help="folder with <set>/articles/*.txt (default: $AUTOWATCH_REAL_TEXTS)")
    ap.add_argument("--sets", nargs="*", help="set names under tests/real_gold (default: all)")
    args = ap.parse_args()
    sets = args.sets or sorted(p.name for p in GOLD.iterdir() if p.is_dir())
    if not args.texts:
        print("No article texts: give --texts DIR (the texts are third-party copy, not shipped; see tests/real_gold/README.md)")
        return
    scorer = _scorer()
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    print(f"{'set':<10} {'articles':>8} {'P':>6} {'R':>6} {'F1':>6}")
    for name in sets:
        result = score_set(scorer, GOLD / name, Path(args.texts) / name / "articles", counts)
        if result is None:
            print(f"{name:<10} texts missing under {Path(args.texts) / name / 'articles'}: skipped")
            continue
        p, r, f1, n, of = result
        print(f"{name:<10} {n:>8} {p:>6.3f} {r:>6.3f} {f1:>6.3f}" + (f"  ({of - n} of {of} texts missing)" if n < of else ""))
    if counts:
        total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
        p, r, f1 = scorer.prf(total)
        print(f"{'all':<10} {'':>8} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
        print("per kind, all sets:")
        for kind in sorted(counts):
            kp, kr, kf = scorer.prf(counts[kind])
            print(f"  {kind:<18} {kf:.2f}  (P {kp:.2f}, R {kr:.2f}, {counts[kind]['tp'] + counts[kind]['fn']} in gold)")


if __name__ == "__main__":
    main()
