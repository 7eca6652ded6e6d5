"""Logistic regression for the training scripts (tools/train_pairing.py, tools/train_headline.py):
L2-penalised weights (not the bias), fitted by Newton's method. Small models over a few hundred
to a few thousand examples, which numpy alone fits in well under a second."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def fit(matrix: np.ndarray, labels: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Weights and bias of a logistic regression of `labels` (0/1) on the rows of `matrix`."""
    design = np.hstack([matrix, np.ones((len(matrix), 1))])
    theta = np.zeros(design.shape[1])
    penalty = np.diag([l2] * matrix.shape[1] + [0.0])
    for _ in range(50):
        prob = 1.0 / (1.0 + np.exp(-design @ theta))
        gradient = design.T @ (prob - labels) + penalty @ theta
        hessian = design.T @ (design * (prob * (1 - prob))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1], float(theta[-1])


def write_model(path: Path, comment: str, weights: dict[str, float], bias: float, threshold: float) -> None:
    """A fitted model as the YAML that generator/ingest reads: the comment (lines without '#'),
    then weights, bias and threshold."""
    path.write_text("".join(f"# {line}\n" for line in comment.splitlines())
                    + "weights:\n" + "".join(f"  {name}: {value:.4f}\n" for name, value in weights.items())
                    + f"bias: {bias:.4f}\nthreshold: {threshold}\n", encoding="utf-8")
