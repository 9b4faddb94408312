"""How far two annotators agree on the same real stories: the ceiling an extractor can be held to.

Usage: python benchmarks/annotator_agreement.py [--sets real_bt real_bu real_bv]

Every set under tests/real_gold_second/ is a second annotator's gold, written blind (the first gold unseen), for the
texts of the set of the same name under tests/real_gold/. Each copy is scored against the other with
../shared/eval/score.py, as if it were an extractor's output: the copy in the place of the prediction keeps only the
first spelling of each "a|b" alternative and none of its optional items, the copy in the place of the gold keeps all
of its own. Both directions are printed (they differ a little, as the alternatives do), pooled and per kind. The texts
are not needed: agreement is between the two gold files.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from format_robustness import SCORER, _scorer  # noqa: E402

FIRST = ROOT / "tests" / "real_gold"
SECOND = ROOT / "tests" / "real_gold_second"
KINDS = ("tp", "fp", "fn")


def as_prediction(gold: dict) -> dict:
    """A gold record read as an extractor's output: the first of each "a|b" alternative, no optional items."""
    def first(value):
        if isinstance(value, str):
            head = value.split("|")[0].strip()
            if "|" in value:  # "100000|200000": a number written as alternatives
                try:
                    return float(head)
                except ValueError:
                    pass
            return head
        if isinstance(value, list):
            return [first(v) for v in value]
        if isinstance(value, dict):
            return {k: first(v) for k, v in value.items() if k != "optional"}
        return value
    out = first(gold)
    out["article"] = gold["article"]
    return out


def agreement(scorer, reference: Path, other: Path, counts: dict) -> int:
    """Score each story of `other` (read as a prediction) against `reference`'s gold; the counts go into `counts`.
    Returns the number of stories both copies have."""
    stories = 0
    for ref_path in sorted(reference.glob("*.json")):
        other_path = other / ref_path.name
        if not other_path.is_file():
            continue
        gold = json.loads(ref_path.read_text(encoding="utf-8"))
        pred = as_prediction(json.loads(other_path.read_text(encoding="utf-8")))
        scorer.score_article(gold, pred, counts, [], gold["article"])
        stories += 1
    return stories


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", help="set names under tests/real_gold_second (default: all)")
    args = ap.parse_args()
    sets = args.sets or sorted(p.name for p in SECOND.iterdir() if p.is_dir())
    if not SCORER.exists():
        sys.exit(f"The scorer is not at {SCORER}: this benchmark needs ../shared/eval beside the project")
    scorer = _scorer()
    directions = {"first as gold": defaultdict(lambda: dict.fromkeys(KINDS, 0)),
                  "second as gold": defaultdict(lambda: dict.fromkeys(KINDS, 0))}
    stories = 0
    for name in sets:
        stories += agreement(scorer, FIRST / name, SECOND / name, directions["first as gold"])
        agreement(scorer, SECOND / name, FIRST / name, directions["second as gold"])
    print(f"{len(sets)} sets, {stories} stories: {', '.join(sets)}")
    for label, counts in directions.items():
        total = {k: sum(c[k] for c in counts.values()) for k in KINDS}
        p, r, f = scorer.prf(total)
        print(f"  {label:15} F1 {f:.3f} (P {p:.3f}, R {r:.3f})")
    first = directions["first as gold"]
    print("  per kind (first as gold / second as gold), by the first gold's size:")
    for kind in sorted(first, key=lambda k: -(first[k]["tp"] + first[k]["fn"])):
        size = first[kind]["tp"] + first[kind]["fn"]
        f1s = " / ".join(f"{scorer.prf(d[kind])[2]:.2f}" for d in directions.values())
        print(f"    {kind:18} {f1s}   ({size} facts)")


if __name__ == "__main__":
    main()
