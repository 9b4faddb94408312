"""A linear model over string features, as the learned fact scorers ship it: weights, bias and threshold in a JSON file
written by scripts/train_fact_scorers.py (scikit-learn's logistic regression at training time; plain Python here)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class LinearModel:
    """Weights of a logistic regression over binary features, and the probability a fact is kept at."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def load_linear_model(path: Path) -> LinearModel | None:
    """The model in `path`, or None when the file is not there (the rules then work alone)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]),
                       threshold=float(data["threshold"]))


def model_path(name: str) -> Path:
    """A model file named in a component's config: a bare name is one of core/data's."""
    return Path(name) if Path(name).is_absolute() else DATA / name
