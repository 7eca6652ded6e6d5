"""What the training scripts (tools/train_pairing.py, tools/train_headline.py) share: the tuning
part of the real-news corpus, and logistic regression with L2-penalised weights (not the bias),
fitted by Newton's method. Small models over a few hundred to a few thousand examples, which numpy
alone fits in well under a second."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ruamel.yaml import YAML

#: the real-news corpus (corpus/real/README.md): sources.yaml, gold/, texts/ (fetched again)
CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "real"


def tuning_sources() -> list[dict]:
    """The tuning part's entries of sources.yaml whose text is here, in the order of their ids.
    The validation part is never read."""
    sources = YAML(typ="safe").load((CORPUS / "sources.yaml").read_text(encoding="utf-8"))
    return sorted((source for source in sources if source["split"] == "tune" and (CORPUS / "texts" / f"{source['id']}.txt").exists()),
                  key=lambda source: source["id"])


def later_batch(stem: str) -> bool:
    """An article of the corpus's fourth to seventh batches (ids 701 and up): stories each told by
    one German and one Arabic article from outlets of their own, as the validation part is."""
    return int(stem[:3]) >= 700


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
