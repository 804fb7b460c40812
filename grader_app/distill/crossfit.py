"""Cross-fitting over every scored answer of a set: k folds, so that every answer gets a teacher's
probabilities from a teacher that never saw it (out of fold), and the transfer set gets the mean of
the k fold teachers.

The folds are stratified by ``Score1`` and seeded on the answer ids only, so they are the same on
every machine. They cover the whole training file of a set (the fixed test split included): the
honest figures then come from cross-validation (each fold scored by models that never saw it), and
nothing is chosen on a fold that is being scored.

Each (set, fold, teacher kind) is one :class:`~grader_app.distill.jobs.Job` whose outputs live in
``runs/crossfit/<kind>/set-<S>/fold-<F>/``: ``probs.npz`` with ``ids``, ``part`` (``oof`` or
``transfer``) and ``probs``.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .asap import SCIENCE_SETS, SPLIT_SEED
from .common import DistillError
from .jobs import EXECUTORS, Job, run_jobs

K_FOLDS = 5
CROSSFIT_SEED = SPLIT_SEED + 1000


def teacher_kind(root: Path) -> str:
    """The fine-tuned model's folder name inside a teacher run folder: ``mpnet`` in the mpnet runs (fourteenth
    amendment, ``runs/crossfit/mpnet-*``), ``minilm`` in every other run."""
    return "mpnet" if Path(root).name.startswith("mpnet") else "minilm"


def set_frame(essay_set: int) -> pd.DataFrame:
    from . import asap

    df = asap.load_train()
    return df[df["EssaySet"] == essay_set].sort_values("Id").reset_index(drop=True)


def fold_of(df: pd.DataFrame, essay_set: int, k: int = K_FOLDS) -> np.ndarray:
    """Fold number (0..k-1) of each row of one set's frame, stratified by Score1, seeded."""
    rng = np.random.default_rng(CROSSFIT_SEED + int(essay_set))
    fold = np.empty(len(df), dtype=int)
    for _, idx in df.groupby("Score1").indices.items():
        idx = np.array(sorted(idx))
        rng.shuffle(idx)
        fold[idx] = np.arange(len(idx)) % k
    return fold


def transfer_frame(essay_set: int) -> pd.DataFrame:
    from . import asap

    unl = asap.load_unlabeled()
    return unl[unl["EssaySet"] == essay_set].sort_values("Id").reset_index(drop=True)


@dataclass
class SetData:
    """One set's scored answers as the cross-fitting students learn from them: normalised texts, score
    indices, seeded folds, and the set's unscored (transfer) answers."""
    labels: list
    df: pd.DataFrame
    folds: np.ndarray
    texts: list[str]
    y: np.ndarray
    transfer_df: pd.DataFrame
    transfer: list[str]

    @property
    def n_labels(self) -> int:
        return len(self.labels)


def set_data(essay_set: int, k: int = K_FOLDS) -> SetData:
    from ..text import normalise_many
    from .bundling import ASAP_LABELS

    labels = list(ASAP_LABELS[int(essay_set)])
    df = set_frame(essay_set)
    tdf = transfer_frame(essay_set)
    return SetData(labels=labels, df=df, folds=fold_of(df, essay_set, k), texts=normalise_many(df["EssayText"].tolist()),
                   y=np.array([labels.index(v) for v in df["Score1"]]), transfer_df=tdf,
                   transfer=normalise_many(tdf["EssayText"].tolist()))


def inner_valid_mask(rest: pd.DataFrame, fold: int, seed: int = 1, inner_valid: float = 0.1) -> np.ndarray:
    """Which rows of ``rest`` (a fold teacher's training answers, in set order) form its inner validation split:
    a stratified ``inner_valid`` share of each score, seeded by ``seed`` and the fold."""
    rng = np.random.default_rng(seed + 7919 * fold)
    is_valid = np.zeros(len(rest), dtype=bool)
    for _, idx in rest.groupby("Score1").indices.items():
        idx = np.array(sorted(idx))
        rng.shuffle(idx)
        is_valid[idx[: int(round(len(idx) * inner_valid))]] = True
    return is_valid


def inner_split(d: SetData, fold: int) -> tuple[np.ndarray, np.ndarray]:
    """Fold ``fold``'s fine-tuned teacher's training answers and its inner validation answers, as indices into the
    set ``d`` (the other folds, split by :func:`inner_valid_mask`)."""
    rest = np.flatnonzero(d.folds != fold)
    valid = inner_valid_mask(d.df.iloc[rest].reset_index(drop=True), fold)
    return rest[~valid], rest[valid]


def teacher_fold(out: Path, threads: int, essay_set: int, fold: int, k: int = K_FOLDS, epochs: int = 3,
                 learning_rate: float = 5e-5, max_length: int = 128, seed: int = 1, context: str = "none",
                 inner_valid: float = 0.1, init: str | None = None) -> dict:
    """Fine-tune a teacher (MiniLM, or the local model folder ``init``) on the other folds (epoch chosen on an
    inner split of them), then write the held-out fold's and the transfer set's probabilities."""
    from .bundling import ASAP_LABELS
    from .teacher import Teacher, TeacherConfig, train_teacher

    df = set_frame(essay_set)
    folds = fold_of(df, essay_set, k)
    rest = df[folds != fold].reset_index(drop=True)
    held = df[folds == fold].reset_index(drop=True)
    is_valid = inner_valid_mask(rest, fold, 1, inner_valid)   # seed 1 whatever the training seed: runs share it
    tr, va = rest[~is_valid], rest[is_valid]
    config = TeacherConfig(essay_set=essay_set, epochs=epochs, seed=seed, max_length=max_length,
                           learning_rate=learning_rate, context=context, threads=threads)
    labels = list(ASAP_LABELS[int(essay_set)])
    meta = train_teacher(tr["EssayText"].tolist(), tr["Score1"].tolist(), va["EssayText"].tolist(),
                         va["Score1"].tolist(), out / "model", config, init=init, labels=labels,
                         log=lambda s: print(f"[set {essay_set} fold {fold}] {s}", flush=True))
    teacher = Teacher(out / "model", threads=threads)
    transfer = transfer_frame(essay_set)
    p_held = teacher.predict_proba(held["EssayText"].tolist())
    p_transfer = teacher.predict_proba(transfer["EssayText"].tolist()) if len(transfer) else np.zeros((0, len(labels)))
    ids = [str(i) for i in held["Id"]] + [str(i) for i in transfer["Id"]]
    part = ["oof"] * len(held) + ["transfer"] * len(transfer)
    np.savez_compressed(out / "probs.npz", ids=np.array(ids), part=np.array(part),
                        probs=np.vstack([p_held, p_transfer]).astype(np.float32), labels=np.array(labels))
    from ..core.metrics import quadratic_weighted_kappa

    pred = np.array(labels)[p_held.argmax(1)]
    return {"set": essay_set, "fold": fold, "labels": labels, "parameters": meta.parameters, "init": meta.init,
            "best_epoch": meta.best_epoch, "inner_valid": meta.valid, "train_seconds": meta.seconds,
            "oof_qwk": quadratic_weighted_kappa(held["Score1"].to_numpy(), pred, labels=labels),
            "n_oof": len(held), "n_transfer": len(transfer)}


def teacher_fold_train_probs(out: Path, threads: int, essay_set: int, fold: int, k: int = K_FOLDS,
                             teachers: str = "runs/crossfit", kind: str = "minilm") -> dict:
    """Fold ``fold``'s teacher on its OWN training answers (the other folds): memorised, but it never saw
    fold ``fold``, so a student that is scored on that fold may learn from it (see crossfit_student)."""
    from .teacher import Teacher

    df = set_frame(essay_set)
    folds = fold_of(df, essay_set, k)
    rest = df[folds != fold]
    teacher = Teacher(Path(teachers) / kind / f"set-{essay_set}" / f"fold-{fold}" / "model", threads=threads)
    probs = teacher.predict_proba(rest["EssayText"].tolist())
    np.savez_compressed(out / "train_probs.npz", ids=np.array([str(i) for i in rest["Id"]]),
                        probs=probs.astype(np.float32))
    return {"set": essay_set, "fold": fold, "n": len(rest)}


def train_probs_jobs(sets, root: Path, k: int = K_FOLDS, threads: int = 1, kind: str = "minilm") -> list[Job]:
    """In-fold predictions for every fold whose teacher is trained."""
    return [Job(id=f"{kind}-train-set{s}-fold{f}", func="crossfit:teacher_fold_train_probs",
                out=str(root / f"{kind}-train" / f"set-{s}" / f"fold-{f}"), threads=threads,
                kwargs={"essay_set": s, "fold": f, "k": k, "teachers": str(root), "kind": kind})
            for s in sets for f in range(k)
            if (root / kind / f"set-{s}" / f"fold-{f}" / "done.json").is_file()]


def in_fold_teacher_probabilities(root: Path, essay_set: int, fold: int, kind: str = "minilm") -> dict | None:
    p = root / f"{kind}-train" / f"set-{essay_set}" / f"fold-{fold}" / "train_probs.npz"
    if not p.is_file():
        return None
    z = np.load(p, allow_pickle=False)
    return {str(i): row.astype(np.float64) for i, row in zip(z["ids"], z["probs"])}


def teacher_jobs(sets, root: Path, k: int = K_FOLDS, threads: int = 1, kind: str = "minilm", **kwargs) -> list[Job]:
    return [Job(id=f"{kind}-set{s}-fold{f}", func="crossfit:teacher_fold",
                out=str(root / kind / f"set-{s}" / f"fold-{f}"), threads=threads,
                kwargs={"essay_set": s, "fold": f, "k": k, **kwargs})
            for s in sets for f in range(k)]


def oof_teacher_probabilities(root: Path, essay_set: int, kind: str = "minilm", k: int = K_FOLDS
                              ) -> dict[str, np.ndarray] | None:
    """``{answer id: probabilities}`` over every scored answer (out of fold) and the transfer set
    (mean of the k fold teachers); None until all k folds are done."""
    paths = [root / kind / f"set-{essay_set}" / f"fold-{f}" / "probs.npz" for f in range(k)]
    if not all(p.is_file() for p in paths):
        return None
    out: dict[str, np.ndarray] = {}
    transfer: dict[str, list[np.ndarray]] = {}
    for p in paths:
        z = np.load(p, allow_pickle=False)
        for i, part, row in zip(z["ids"], z["part"], z["probs"]):
            if part == "oof":
                out[str(i)] = row.astype(np.float64)
            else:
                transfer.setdefault(str(i), []).append(row.astype(np.float64))
    out.update({i: np.mean(rows, axis=0) for i, rows in transfer.items()})
    return out


def add_parser(subparsers) -> None:
    from .common import parse_sets
    from .teacher import CONTEXTS

    p = subparsers.add_parser(
        "crossfit-teacher",
        help="fine-tune one teacher (MiniLM by default) per fold over every scored answer (out-of-fold soft labels)",
        description="Cross-fitted teachers: K folds over each set's whole training file; each fold's teacher "
                    "labels its held-out fold and the transfer set. Resumable: a finished job is never redone.")
    p.add_argument("--sets", type=parse_sets, default=list(SCIENCE_SETS))
    p.add_argument("--folds", type=int, default=K_FOLDS)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--seed", type=int, default=1,
                   help="training seed (the folds and each fold's inner validation split stay the same)")
    p.add_argument("--threads", type=int, default=1, help="threads per job")
    p.add_argument("--workers", type=int, default=1, help="jobs at a time")
    p.add_argument("--executor", choices=EXECUTORS, default="process")
    p.add_argument("--out", default="runs/crossfit")
    p.add_argument("--init", default=None,
                   help="local Hugging Face model folder to fine-tune (default: all-MiniLM-L6-v2 from the distill extra)")
    p.add_argument("--context", choices=CONTEXTS, default="none",
                   help="second segment of each input pair: nothing (default), the set's scoring key (the prompt "
                        "where the set has none) or the prompt")
    p.add_argument("--kind", default="minilm",
                   help="the teacher's folder name under --out (default minilm; e.g. mpnet with --init)")
    p.add_argument("--train-probs", action="store_true",
                   help="instead: each trained fold teacher labels its own training answers (for honest CV)")

    def run(args: argparse.Namespace) -> int:
        run_jobs(cli_jobs(args), executor=args.executor, workers=args.workers)
        return 0

    p.set_defaults(func=run)


def cli_jobs(args: argparse.Namespace) -> list[Job]:
    """The jobs ``grader-distill crossfit-teacher`` runs for its parsed arguments. A finished job is never redone, so
    one that recorded other training arguments (another context, epochs, length...) is refused: its folder would
    silently stand for a teacher these arguments did not train."""
    if args.train_probs:
        return train_probs_jobs(args.sets, Path(args.out), k=args.folds, threads=args.threads, kind=args.kind)
    extra: dict = {"seed": args.seed} if args.seed != 1 else {}   # seed-1 jobs keep their recorded arguments
    if args.context != "none":
        extra["context"] = args.context   # plain jobs keep their recorded arguments too
    if args.init:
        from .teacher import TeacherError, check_model_dir

        try:
            extra["init"] = str(check_model_dir(args.init))
        except TeacherError as exc:
            raise DistillError(str(exc)) from None
    jobs = teacher_jobs(args.sets, Path(args.out), k=args.folds, threads=args.threads, kind=args.kind,
                        epochs=args.epochs, learning_rate=args.lr, max_length=args.max_length, **extra)
    for job in jobs:
        recorded = job.result()["job"]["kwargs"] if job.is_done() else job.kwargs
        if recorded != job.kwargs:
            differ = sorted(k for k in set(recorded) | set(job.kwargs) if recorded.get(k) != job.kwargs.get(k))
            raise DistillError(
                f"{job.out} holds a finished teacher trained with other arguments ("
                + ", ".join(f"{k}: {recorded.get(k)} there, {job.kwargs.get(k)} asked" for k in differ)
                + "); give these runs their own folder with --out")
    return jobs
