"""Which cross-fitted MiniLM teacher runs a distilled student learns from (docs/distillation.md): the standing rule
for the five-epoch runs (:func:`teacher_root`) and the eleventh amendment's two-run mean (:func:`teacher_roots`),
both decided on the fold teachers' inner validation splits only, never on a fold that is scored. No torch.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .crossfit import K_FOLDS, fold_of, inner_valid_mask, set_frame

LONGER = "minilm-e5"   # the five-epoch runs' folder under the teachers' folder


def inner_valid(root: Path, essay_set: int, k: int = K_FOLDS) -> list[float] | None:
    """The k MiniLM fold teachers' inner-validation QWKs under ``root``, or None unless all k folds and their
    in-fold predictions are done."""
    out = []
    for f in range(k):
        done = root / "minilm" / f"set-{essay_set}" / f"fold-{f}" / "done.json"
        train = root / "minilm-train" / f"set-{essay_set}" / f"fold-{f}" / "done.json"
        if not (done.is_file() and train.is_file()):
            return None
        out.append(float(json.loads(done.read_text(encoding="utf-8"))["inner_valid"]["valid_qwk"]))
    return out


def teacher_root(essay_set: int, root: Path, k: int = K_FOLDS) -> Path:
    """The standing rule for longer-trained MiniLM teachers: the five-epoch folds under ``root/minilm-e5`` where all
    k are done and their mean inner-validation QWK is higher than the three-epoch folds' under ``root``; else
    ``root``."""
    longer, base = inner_valid(root / LONGER, essay_set, k), inner_valid(root, essay_set, k)
    if longer is not None and (base is None or np.mean(longer) > np.mean(base)):
        return root / LONGER
    return root


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def mean_run_inner_qwk(roots: list[Path], essay_set: int, k: int = K_FOLDS) -> list[float]:
    """Per fold, the QWK on its inner validation split of the arg-max of the runs' mean softmax probabilities (each
    run's ``valid_logits.npy``, in the split's order). A run alone must give the QWK its ``done.json`` records: a
    clear error otherwise (the split would not be the one it was trained with)."""
    from ..core.metrics import quadratic_weighted_kappa
    from .bundling import ASAP_LABELS

    labels = list(ASAP_LABELS[int(essay_set)])
    df = set_frame(essay_set)
    folds = fold_of(df, essay_set, k)
    out = []
    for f in range(k):
        rest = df[folds != f].reset_index(drop=True)
        y = np.array([labels.index(v) for v in rest["Score1"][inner_valid_mask(rest, f)]])
        probs = []
        for r in roots:
            d = r / "minilm" / f"set-{essay_set}" / f"fold-{f}"
            p = _softmax(np.load(d / "model" / "valid_logits.npy").astype(np.float64))
            recorded = json.loads((d / "done.json").read_text(encoding="utf-8"))["inner_valid"]["valid_qwk"]
            alone = quadratic_weighted_kappa(y, p.argmax(1), labels=list(range(len(labels))))
            if len(p) != len(y) or abs(alone - recorded) > 1e-9:
                raise ValueError(f"set {essay_set} fold {f}: {d}'s inner validation predictions do not match the "
                                 "inner split rebuilt here; were these teachers trained with other settings?")
            probs.append(p)
        out.append(quadratic_weighted_kappa(y, np.mean(probs, axis=0).argmax(1), labels=list(range(len(labels)))))
    return out


def teacher_roots(essay_set: int, root: Path, k: int = K_FOLDS, two_runs: bool = True) -> list[Path]:
    """The eleventh amendment: both runs' folders (three- and five-epoch) where both are done with their in-fold
    predictions and the two-run mean's mean inner-validation QWK is higher than the standing rule's pick alone;
    else that pick alone (:func:`teacher_root`). ``two_runs=False``: the pick alone (the rule before it)."""
    picked = teacher_root(essay_set, root, k)
    both = [root, root / LONGER]
    if not two_runs or any(inner_valid(r, essay_set, k) is None for r in both):
        return [picked]
    alone = inner_valid(picked, essay_set, k)
    if np.mean(mean_run_inner_qwk(both, essay_set, k)) > np.mean(alone):
        return both
    return [picked]


def describe(name: str, roots: list[Path]) -> str:
    """The teacher's name as the reports show it."""
    if "minilm" not in name:
        return name
    if len(roots) > 1:
        return f"{name} (three- and five-epoch MiniLM)"
    return f"{name} (five-epoch MiniLM)" if roots[0].name == LONGER else name
