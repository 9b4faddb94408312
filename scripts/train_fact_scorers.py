"""Train the learned export-route scorer (core.nlp.route_scorer) on annotated stories and write its weights as data.

Usage:
    python scripts/train_fact_scorers.py --texts DIR --sets real_a real_b ... [--out core/data/route_model.json]
    python scripts/train_fact_scorers.py --articles FOLDER --gold FOLDER [...]   (one folder of texts and one of gold)
    make train-scorer TEXTS=DIR                                     (the real sets A to Z and AE to BB)

DIR holds one folder per set with the texts as <set>/articles/<file>; the gold of each set is tests/real_gold/<set>/
(FORMAT.md's shape, as benchmarks/real_articles.py reads them). Each story is read by the pipeline without the scorer.
Every candidate (core.nlp.route_candidates) the scorer would weigh (not vetoed by core.nlp.route_scorer's cues: the
model never scores those) is labelled 1 when the gold has a route to its market (by the matching of spellings of
../shared/eval/score.py), and a logistic regression (scikit-learn, a development dependency; the app
reads only the JSON) is fitted on their features. Training needs the texts, which are third-party copy kept out of the
repository; the weights it writes are shipped.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.nlp.route_candidates import Candidate, candidates  # noqa: E402
from core.nlp.route_scorer import vetoed  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT / "tests" / "real_gold"
OUT = ROOT / "core" / "data" / "route_model.json"
C = 0.1  # inverse L2 strength: a few hundred stories, so strong regularisation
# chosen on stories the rules had not been tuned on (sets S-V before their round, the model trained on A-R): F1 of all
# facts as at 0.6, with routes right 0.82 of the time instead of 0.73, and half the loss on the sets the rules were
# tuned on. (A plant scorer was trained the same way and not shipped: branch exp/plant-scorer.)
# Checked again with A-Z and AE-AP (594 stories): set-wise cross-validation (10 folds of 4 consecutive sets) and two
# simulations of unseen stories (AI-AL and AM-AP as the rules read them before their rounds) put C 0.03-1 and
# thresholds 0.5-0.8 within 0.002 of each other; 0.1 and 0.7 were as good as any on the unseen ones.
# Retrained on BC-CD as the rules read them on 2026-12-06 (445 stories; A-BB had no texts at hand): set-wise
# cross-validation on BC-CD (7 folds of 4 sets) put it level with the shipped model (0.8882 against 0.8884), and 2, 4 or
# 6 training folds, or the invented sets added, or the plan/maybe/negation vetoes lifted, moved it by under 0.001. On
# the held-out batches it found 13 more routes and 9 more wrong ones (+0.001 to +0.0025), but it scored sales or demand
# in markets named as examples and people sent abroad as routes (0.75-0.89; seven behaviour tests): not shipped.
THRESHOLD = 0.7
ABOUT = ("Export-route scorer of core.nlp.route_scorer: logistic regression weights over the features of "
         "core.nlp.route_candidates. Written by scripts/train_fact_scorers.py; do not edit by hand.")


@dataclass
class Story:
    gold: dict
    text: str


def stories_of_folders(articles: Path, gold_dir: Path) -> list[Story]:
    """The stories of one folder of gold whose text is in `articles`."""
    out = []
    for g in sorted(gold_dir.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        path = articles / gold["article"]
        if path.is_file():
            out.append(Story(gold, path.read_text(encoding="utf-8", errors="replace")))
    return out


def stories_of_sets(texts: Path, sets: list[str]) -> list[Story]:
    return [story for name in sets for story in stories_of_folders(texts / name / "articles", GOLD / name)]


def load_scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def examples(stories: list[Story]) -> list[tuple[Candidate, dict]]:
    """(candidate, the story's gold) for every candidate of every story, read by the pipeline without the scorer (it
    reads what the rules read, as at run time)."""
    from core.nlp.pipeline import get_pipeline, prepare_text
    from core.nlp.registry import get_gazetteer

    nlp, gaz = get_pipeline(), get_gazetteer("default")
    out = []
    with nlp.select_pipes(disable=["aw_route_scorer"]):
        for doc, story in nlp.pipe(((prepare_text(s.text), s) for s in stories), as_tuples=True, batch_size=16):
            out.extend((c, story.gold) for c in candidates(doc, doc._.facts or {}, gaz)[0])
    return out


def scored(rows: list[tuple[Candidate, dict]]) -> list[tuple[Candidate, dict]]:
    """The candidates the scorer weighs at run time: a vetoed one ('plans to export to Chile', 'UK-bound') is never
    scored, so it is not learned from either (cross-validated on A-Z and AE-AP: as good or a little better on every
    check, 0.0003-0.0012, but one within 0.0002)."""
    return [(c, gold) for c, gold in rows if not vetoed(c)]


def is_route(candidate: Candidate, gold: dict, scorer) -> int:
    """1 when the gold has a route to the candidate's market (score.py's matching of spellings)."""
    return int(any(e.get("to") and scorer.Alts(e["to"]).matches(candidate.destination, False)
                   for e in gold.get("exports") or ()))


def fit(rows: list[tuple[Candidate, dict]], labels: list[int], c: float = C) -> tuple[dict[str, float], float]:
    """(weights by feature, bias) of a logistic regression on the candidates' features and their labels."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise SystemExit("the stories give candidates of one class only: nothing to learn")
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([dict.fromkeys(cand.features, 1) for cand, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(matrix, labels)
    weights = {f: round(float(w), 4) for f, w in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)}
    return {f: w for f, w in sorted(weights.items()) if abs(w) >= 1e-4}, round(float(model.intercept_[0]), 4)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=Path, help="folder of sets, each <set>/articles/<file>")
    ap.add_argument("--sets", nargs="*", default=[], help="names of sets under tests/real_gold")
    ap.add_argument("--articles", type=Path, help="one folder of texts (with --gold)")
    ap.add_argument("--gold", type=Path, help="one folder of gold JSON (with --articles)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scorer", type=Path, default=SCORER, help="score.py, whose matching of spellings labels candidates")
    args = ap.parse_args(argv)
    stories = stories_of_sets(args.texts, args.sets) if args.texts else []
    if args.articles and args.gold:
        stories += stories_of_folders(args.articles, args.gold)
    if not stories:
        ap.error("no stories: give --texts with --sets, or --articles with --gold")
    scorer = load_scorer(args.scorer)
    rows = scored(examples(stories))
    labels = [is_route(cand, gold, scorer) for cand, gold in rows]
    weights, bias = fit(rows, labels)
    model = {
        "about": ABOUT,
        "trained_on": {"sets": args.sets, "stories": len(stories), "candidates": len(rows), "positives": sum(labels)},
        "threshold": THRESHOLD, "bias": bias, "weights": weights,
    }
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"routes: {len(stories)} stories, {len(rows)} candidates ({sum(labels)} positive), {len(weights)} weights "
          f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
