"""The hashed pooled pair kind (``grader-distill crossfit-hashed-pooled``; installation rule, eighth amendment in
docs/distillation.md): the hashed pair kind (:mod:`crossfit_hashed_pair`) whose halves pick their configuration on
the mean inner QWK over every set of the pool, not on one set's inner split.

A pick made on one set's ~330 inner answers is noisy; one made on all ten sets' inner answers is steadier, at the
price of one set's taste. Two stages, each a resumable job list:

1. per set of the pool (:data:`POOL`), a ranking job: every configuration of each half's grid fitted and scored
   (QWK with the arg-max, and accuracy) on the set's inner 80/20 split of its folds other than f, for every
   outer fold f (seed 5000 + f, the pair kind's splits), and on its inner split of all its answers (seed 6000):
   ``rankings.json``;
2. per set, the kind's job: for fold f, each half takes the configuration with the best mean inner QWK over the
   pool's rankings for fold f (ties: mean accuracy, then grid order), refitted on the set's other folds, scoring
   fold f; the pair's out-of-fold figures as every kind's; the bundle from the pooled final pick, fitted on
   every scored answer (:func:`crossfit_hashed_pair.write_pair_bundle`).

No set's fold f enters a choice that fold f is scored with. No torch.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import numpy as np

from .asap import ALL_SETS
from .crossfit import K_FOLDS, set_data
from .crossfit_hashed_lr import Fitted, featurise_all, rank, summary
from .crossfit_hashed_pair import average_log_probs, halves, piece_halves, write_pair_bundle
from .crossfit_kind import add_kind_parser, finish_set, load_finished, set_jobs
from .jobs import Job

KIND, FOLDER = "hashed_pooled", "hashed-pooled-bundle"
RANKINGS = "hashed-pooled-rankings"   # stage 1's folder, beside the kinds' folders
PIECES = "-pieces"                     # the word-piece halves' rankings folder ends so (twenty-ninth amendment)
POOL: tuple = tuple(ALL_SETS)          # the sets whose inner splits every pick is pooled over
FINAL = "final"                        # the rankings' key for the inner split of all of a set's answers
CRITERION = ("each half: the mean QWK over every set of the pool (sets {pool}) on each set's inner stratified 20 % "
             "of its scored answers")


def _say(msg: str) -> None:
    print(msg, flush=True)


def _seed(split: str) -> int:
    return 6000 if split == FINAL else 5000 + int(split)


def families(key=None, pieces: bool = False) -> tuple:
    """The pair's halves: today's, or with ``pieces`` the word-piece ones (twenty-ninth amendment)."""
    return piece_halves(key) if pieces else halves(key)


def rankings_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS, pieces: bool = False) -> dict:
    """Stage 1 for one set: ``{half kind: {split: [[inner QWK, inner accuracy] per grid configuration]}}`` for the
    splits ``"0"`` … ``"k-1"`` (the other folds of each outer fold) and ``"final"`` (all scored answers); with
    ``pieces``, of the word-piece halves' grids."""
    d = set_data(essay_set, k)
    K, y, folds = d.n_labels, d.y, d.folds
    scores: dict = {}
    for family in families(pieces=pieces):
        Xs = featurise_all(d.texts, K, family)
        grid = list(family.grid)
        per: dict = {}
        for split in [str(f) for f in range(k)] + [FINAL]:
            rows = np.arange(len(y)) if split == FINAL else np.flatnonzero(folds != int(split))
            ranked = rank(Xs, y, rows, K, seed=_seed(split), family=family)
            by_config = {c: (q, acc) for c, q, acc in ranked}
            per[split] = [[float(v) for v in by_config[c]] for c in grid]
        scores[family.kind] = per
    record = {"set": essay_set, "k": k, "grids": {f.kind: [c.as_dict() for c in f.grid] for f in families(pieces=pieces)},
              "scores": scores}
    (out / "rankings.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return {"set": essay_set}


def load_rankings(vocab_out: Path, sets=None, pieces: bool = False) -> dict:
    """Stage 1's rankings of every set of the pool (``{set: record}``; ``pieces``: the word-piece halves'); a clear
    error if one is missing."""
    sets = list(POOL if sets is None else sets)
    out = {}
    for s in sets:
        p = vocab_out / (RANKINGS + (PIECES if pieces else "")) / f"set-{s}" / "rankings.json"
        if not (p.is_file() and (p.parent / "done.json").is_file()):
            raise FileNotFoundError(f"the pooled pick needs every set's rankings, and set {s}'s are not at {p}: run "
                                    "`grader-distill crossfit-hashed-pooled` (its first stage ranks every set of the pool)")
        out[s] = json.loads(p.read_text(encoding="utf-8"))
    return out


def pooled_pick(rankings: dict, kind: str, split: str) -> tuple[int, float, float]:
    """The grid index with the best mean inner QWK over the pool's sets for ``split`` (ties: mean accuracy, then
    grid order), with that mean QWK and accuracy."""
    grids = {json.dumps(r["grids"][kind]) for r in rankings.values()}
    if len(grids) != 1:
        raise ValueError(f"the pool's rankings of the {kind} half were made with different grids")
    table = np.array([r["scores"][kind][split] for r in rankings.values()], dtype=np.float64)  # [sets, configs, 2]
    mean = table.mean(axis=0)
    best = max(range(len(mean)), key=lambda i: (mean[i, 0], mean[i, 1], -i))
    return best, float(mean[best, 0]), float(mean[best, 1])


def hard_fitter(y: np.ndarray, K: int) -> Callable:
    """How the pooled pair fits a half: ``fit(family, config, X, rows, split)`` → ``family``'s model of ``config``
    on the human scores of ``rows`` (``split``: the outer fold, or :data:`FINAL`)."""
    def fit(family, config, X, rows: np.ndarray, split: str):
        return family.fit(X[rows], y[rows], config, K, family.spec(config, K))
    return fit


def cross_validate_pooled(essay_set: int, rankings: dict, k: int = K_FOLDS, log=_say, fit: Callable | None = None,
                          kind: str = KIND, d=None, extra: dict | None = None, key=None, pieces: bool = False) -> dict:
    """The pair cross-validated with pooled picks: per fold, each half's pooled configuration fitted on the other
    folds (by ``fit``, :func:`hard_fitter` unless given), the halves' probabilities averaged on fold f. ``key``: the
    halves also read the question's key features (twenty-first amendment); ``pieces``: the word-piece halves
    (twenty-ninth), their picks from their own rankings."""
    from .crossfit_student import _qwk
    from .crossfit_vocab import kind_figures

    d = d if d is not None else set_data(essay_set, k)
    K, y, folds = d.n_labels, d.y, d.folds
    fit = fit or hard_fitter(y, K)
    halves_ = families(key, pieces)
    Xs = {f.kind: featurise_all(d.texts, K, f) for f in halves_}
    logits = np.zeros((len(y), K))
    choices = []
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        probs, picked = [], {}
        for family in halves_:
            i, q, acc = pooled_pick(rankings, family.kind, str(f))
            c = family.grid[i]
            X = Xs[family.kind][c.features]
            probs.append(fit(family, c, X, tr, str(f)).predict_proba(X[te]))
            picked[family.kind] = {"config": c.as_dict(), "pooled_inner_qwk": q, "pooled_inner_accuracy": acc}
        logits[te] = average_log_probs(*(np.log(np.clip(p, 1e-12, 1.0)) for p in probs))
        choices.append({"fold": f, **picked})
        log(f"set {essay_set} fold {f}: {kind} {' | '.join(str(v['config']) for v in picked.values())}, fold "
            f"{_qwk(y[te], logits[te].argmax(1), range(K)):.3f}")
    return {"set": essay_set, "labels": d.labels, "k": k, "n": len(y), "kind": kind, "pool": sorted(rankings),
            **(extra or {}), **({"key_features": key.count} if key is not None else {}),
            "figures": kind_figures(logits, y, folds, k, K), "choices": choices,
            "_data": {"texts": d.texts, "y": y, "folds": folds, "logits": logits, "X": Xs, "fit": fit,
                      "families": halves_}}


def fit_pooled_final(result: dict, rankings: dict) -> list[Fitted]:
    """Each half's pooled pick on the inner splits of all answers, fitted on every scored answer of the set (by the
    cross-validation's ``fit``)."""
    K = len(result["labels"])
    data = result["_data"]
    every = np.arange(len(data["y"]))
    fitted = []
    for family in data.get("families") or halves():
        i, q, acc = pooled_pick(rankings, family.kind, FINAL)
        c = family.grid[i]
        m = data["fit"](family, c, data["X"][family.kind][c.features], every, FINAL)
        fitted.append(Fitted(c, q, acc, family.spec(c, K), m, *family.weights(m, K)))
    return fitted


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS, pool: list | None = None) -> dict:
    """Stage 2 for one set (minutes): its cross-validation with pooled picks and its bundle."""
    rankings = load_rankings(out.parent.parent, pool)
    res = cross_validate_pooled(essay_set, rankings, k=k)
    criterion = CRITERION.format(pool=", ".join(map(str, sorted(rankings))))

    def build(result: dict, out_dir: Path) -> Path:
        return write_pair_bundle(result, out_dir, fit_pooled_final(result, rankings), KIND, criterion)

    return finish_set(out, res, build, summary)


def ranking_jobs(vocab_out: Path, k: int = K_FOLDS, pool=None, pieces: bool = False) -> list[Job]:
    """Stage 1: one ranking job per set of the pool, whatever sets stage 2 is asked for (``pieces``: of the
    word-piece halves, their own folder)."""
    folder = RANKINGS + (PIECES if pieces else "")
    more = {"pieces": True} if pieces else {}   # today's jobs keep their kwargs (and so their ids' records)
    return [Job(id=f"{folder}-set{s}", func="crossfit_hashed_pooled:rankings_job",
                out=str(vocab_out / folder / f"set-{s}"), kwargs={"essay_set": s, "k": k, **more})
            for s in (POOL if pool is None else pool)]


def pooled_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs("crossfit_hashed_pooled", FOLDER, sets, vocab_out, k)


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-pooled", FOLDER, pooled_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed pooled pair kind (the hashed pair, each half's configuration picked over all ten sets) "
             "cross-validated",
        description="First ranks every configuration of both halves on every set's inner splits (all ten sets, "
                    "whatever --sets says), then the k-fold CV of the hashed pooled pair kind on the folds of "
                    "crossfit-vocab (each fold's pick pooled over the sets' inner splits of their other folds) and "
                    "its bundle fitted on every scored answer. `crossfit-vocab --install` and `crossfit-report` read "
                    "it beside the other kinds. Resumable: a finished job is never redone.",
        first=lambda out, sets: ranking_jobs(out))
