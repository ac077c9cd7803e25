"""Calibrated confidence: a small logistic regression over what the engine knows of an answer.

The features are those of :data:`FEATURES` (answer path, how much of the question the cited
evidence covers, whether the answer says anything the question did not, the constraints it
satisfied). The weights are fitted on the tuning part of the development questions
(``benchmarks/quality.py --fit``), with the abstention threshold chosen on predictions for
fund families held out of each fit, so that at most :data:`TARGET_WRONG` of questions get a
wrong answer. ``confidence`` in the answer JSON is this model's probability.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).with_name("data") / "confidence.json"
FEATURES = (
    "prior",  # the answer path's own score (fact paths: fixed per path; sentences: their score)
    "sentence",  # 1 when the answer is a sentence chosen from retrieval, not a fact or metadata
    "coverage",  # idf-weighted share of the question's words found in the cited evidence
    "missing_rare",  # the rarest question word the evidence lacks (idf, 0 when none)
    "novel",  # share of the answer's words that the question does not already contain
    "checks",  # how many stated constraints the evidence satisfied
    "doc_scope",  # 1 when the question was asked of one filing
    "long",  # answer length in hundreds of characters
    "items",  # 1 when the answer has short parts (names, dates, amounts)
    "typed",  # 1 when the value asked for (date, amount, person, firm) is in the answer
    "structured",  # 1 when read from a table or list of the filing
)
# The wrong rate (wrong answers / all questions) the threshold is chosen for.
TARGET_WRONG = 0.03
# L2 penalty of the fit: a few hundred examples, so keep the weights small.
L2 = 1.0
FOLDS = 5


@dataclass(frozen=True)
class Model:
    """Standardised logistic regression: weights per feature, a bias and the threshold."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        x = np.array([features.get(f, 0.0) for f in FEATURES])
        z = (x - np.array(self.mean)) / np.array(self.scale)
        return float(1.0 / (1.0 + np.exp(-(z @ np.array(self.weights) + self.bias))))

    def to_dict(self) -> dict:
        return {
            "features": list(FEATURES),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Model | None:
        """The fitted model, or None when none was fitted for these features."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            return None
        return cls(
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["weights"]),
            float(data["bias"]),
            float(data["threshold"]),
        )


def _fit_weights(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-penalised log loss (x standardised)."""
    n, k = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(k + 1)
    penalty = np.diag([L2] * k + [0.0])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + penalty @ w
        hess = a.T @ (a * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(k + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:k], float(w[k])


def _standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    return mean, scale


def fit(
    rows: Sequence[Mapping[str, float]],
    correct: Sequence[bool],
    groups: Sequence[str],
    questions: int,
    target_wrong: float = TARGET_WRONG,
) -> tuple[Model, dict[str, float]]:
    """Fit on answered candidates (their features, whether each was right, its fund family),
    out of ``questions`` asked in all. The threshold is the lowest one whose held-out wrong
    rate (families split into folds, each predicted by a model fitted without it) is within
    ``target_wrong``. Returns the model fitted on everything and the held-out figures."""
    x = np.array([[r.get(f, 0.0) for f in FEATURES] for r in rows], dtype=float)
    y = np.array(correct, dtype=float)
    families = sorted(set(groups))
    fold_of = {fam: i % FOLDS for i, fam in enumerate(families)}
    folds = np.array([fold_of[g] for g in groups])
    held = np.zeros(len(y))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        if not test.any() or len(set(y[train])) < 2:
            continue
        mean, scale = _standardise(x[train])
        w, b = _fit_weights((x[train] - mean) / scale, y[train])
        held[test] = 1.0 / (1.0 + np.exp(-(((x[test] - mean) / scale) @ w + b)))
    threshold, kept_right, kept_wrong = 1.0, 0, 0
    for t in sorted(set(held.tolist())):
        keep = held >= t
        wrong = int(((y == 0) & keep).sum())
        if wrong <= target_wrong * questions:
            threshold, kept_right, kept_wrong = t, int(((y == 1) & keep).sum()), wrong
            break
    mean, scale = _standardise(x)
    w, b = _fit_weights((x - mean) / scale, y)
    model = Model(tuple(mean), tuple(scale), tuple(w.tolist()), b, threshold)
    figures = {
        "candidates": len(y),
        "right_candidates": int(y.sum()),
        "held_out_kept_right": kept_right,
        "held_out_kept_wrong": kept_wrong,
        "threshold": threshold,
    }
    return model, figures
