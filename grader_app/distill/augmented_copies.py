"""A set's augmented copies (:mod:`augment`: two of every scored and unscored answer, or more) and the MiniLM fold
teachers' labels of them, kept under the teacher root beside ``minilm`` (``minilm-aug``; written by the augmented
kind's first stage, :func:`crossfit_hashed_augmented.label_job`). Read by the augmented kinds and by the nineteenth
amendment's judgement (:mod:`teacher_judge`), which sits below them."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .augment import COPIES, Augmented, WordPool, augment_many
from .crossfit import SetData, teacher_kind

LABELS = "minilm-aug"   # the MiniLM fold teachers' labels of the copies, beside ``minilm`` under the teacher root


def augmented_set(d: SetData, copies: int = COPIES) -> tuple[Augmented, np.ndarray]:
    """The set's copies (of its scored answers, then of its unscored ones; replacement words from the unscored
    answers only) and each copy's source fold (-1: a copy of an unscored answer)."""
    pool = WordPool.from_texts(d.transfer)
    ids = [str(i) for i in d.df["Id"]] + [str(i) for i in d.transfer_df["Id"]]
    aug = augment_many(d.texts + d.transfer, ids, pool, copies=copies)
    source_fold = np.concatenate([d.folds, np.full(len(d.transfer), -1)])[aug.source]
    return aug, source_fold


def labels_folder(root: Path, copies: int = COPIES) -> str:
    """The folder of a run's labels of the copies: ``minilm-aug`` (``mpnet-aug`` in an mpnet run; ``minilm-aug6``
    for six copies)."""
    return (LABELS if copies == COPIES else f"{LABELS}{copies}").replace("minilm", teacher_kind(root))


def label_dir(root: Path, essay_set: int, fold: int, copies: int = COPIES) -> Path:
    """Where fold ``fold``'s teacher's labels of the copies live."""
    return root / labels_folder(root, copies) / f"set-{essay_set}" / f"fold-{fold}"


def minilm_labels(root: Path, essay_set: int, k: int, aug: Augmented, K: int, copies: int = COPIES
                   ) -> list[np.ndarray]:
    """Each fold's MiniLM labels of the copies [n_copies, K], NaN where that fold's teacher did not label one."""
    out = []
    for f in range(k):
        d = label_dir(root, essay_set, f, copies)
        if not (d / "done.json").is_file():
            raise FileNotFoundError(f"set {essay_set}: the augmented copies are not labelled by fold {f}'s MiniLM "
                                    f"teacher ({d}); run `grader-distill crossfit-hashed-augmented --sets {essay_set}"
                                    f"{_flag(copies)}` "
                                    "(its first stage labels them)")
        z = np.load(d / "aug_probs.npz", allow_pickle=False)
        if str(z["digest"]) != aug.digest():
            raise ValueError(f"set {essay_set}: the copies labelled in {d} are not today's copies (the augmentation "
                             "changed); delete that folder and run `grader-distill crossfit-hashed-augmented` again")
        P = np.full((len(aug.texts), K), np.nan)
        P[z["rows"]] = z["probs"].astype(np.float64)
        out.append(P)
    return out


def _flag(copies: int) -> str:
    return "" if copies == COPIES else f" --copies {copies}"
