"""Eighteenth amendment (docs/distillation.md): the teacher of the distilled and augmented pair kinds is judged by the
student it makes, not by its own QWK.

For each outer fold f, on the answers the MiniLM fold teacher trained on (the other folds without its inner validation
split), every candidate teacher labels the set's unscored answers: the TF-IDF teacher and the feature teacher are fitted
on those answers, the MiniLM half is fold f's fine-tuned runs (:func:`teacher_runs.teacher_roots`, which never saw the
inner split). The distilled pair (fold f's pooled picks, :func:`soft_fit.fit_soft`) learns those answers' human
scores and the candidate's labels of the unscored answers, and is scored (arg-max QWK) on the inner split. The
candidate whose students score highest on average over the k inner splits teaches the set (ties: the earlier in
:data:`CANDIDATES`, the cheaper teacher). Each inner split lies outside its own outer fold; as with the earlier teacher
rules, the average over the k of them has seen answers that other folds score (docs/distillation.md). No torch.

The judgement is computed once per set and kept beside the kinds' jobs (``teacher-judge/set-<S>/judge.json`` under
the crossfit-vocab folder), so every kind of the set learns from the same teacher.

Nineteenth amendment (:func:`judge_copies`, kept as ``judge-copies.json`` beside it): the augmented kinds' teacher is
judged with the augmented pair's student. Each candidate also labels the two copies of every unscored answer and of
every answer the MiniLM fold teacher trained on (never a copy of an inner-split answer), the MiniLM half from the
augmented kind's first stage (:mod:`augmented_copies`); the pair learns them at half an answer each.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from . import feature_teacher
from .augment import COPIES
from .augmented_copies import augmented_set, minilm_labels
from .crossfit import inner_split
from .crossfit_hashed_lr import featurise_all
from .crossfit_hashed_pair import average_log_probs, halves
from .crossfit_hashed_pooled import pooled_pick
from .soft_fit import fit_soft

FOLDER = "teacher-judge"
TFIDF, MINILM = "tfidf-lr", "minilm+tfidf-lr"
FEATURES = f"{MINILM}+{feature_teacher.NAME}"
CANDIDATES = (TFIDF, MINILM, FEATURES)   # cheapest first: a tie goes to the cheaper teacher
KEPT = {False: "judge.json", True: "judge-copies.json"}   # the eighteenth's judgement, and the nineteenth's
RULES = {False: "eighteenth amendment", True: "nineteenth amendment"}


def _say(msg: str) -> None:
    print(msg, flush=True)


def fitted_teachers(essay_set: int, d, train: np.ndarray) -> tuple:
    """The TF-IDF and feature teachers fitted on the scored answers ``train``."""
    from .crossfit_student import _tfidf_model

    texts = [d.texts[i] for i in train]
    return (_tfidf_model().fit(texts, d.y[train]),
            feature_teacher.for_set(essay_set, d.n_labels).fit(texts, d.y[train]))


def _candidates(fitted: tuple, K: int, texts: list[str], minilm: np.ndarray) -> dict[str, np.ndarray]:
    """Each candidate's probabilities on ``texts``, given the fitted TF-IDF and feature teachers and MiniLM's."""
    ref, feature = fitted
    tfidf = np.zeros((len(texts), K))
    tfidf[:, ref.classes_] = ref.predict_proba(texts)
    return {TFIDF: tfidf, MINILM: (minilm + tfidf) / 2, FEATURES: (minilm + tfidf + feature.predict_proba(texts)) / 3}


def candidate_labels(essay_set: int, d, f: int, roots: list[Path], train: np.ndarray, fitted: tuple | None = None
                     ) -> dict[str, np.ndarray]:
    """Each candidate's probabilities on the set's unscored answers for fold ``f``: TF-IDF and the feature teacher
    fitted on ``train`` (or ``fitted``, :func:`fitted_teachers`), MiniLM the mean of fold ``f``'s runs under
    ``roots``."""
    from .crossfit_vocab import minilm_transfer

    ids = list(d.transfer_df["Id"])
    minilm = np.mean([minilm_transfer(r, essay_set, f, ids, d.n_labels) for r in roots], axis=0)
    return _candidates(fitted or fitted_teachers(essay_set, d, train), d.n_labels, d.transfer, minilm)


def _pair_qwk(d, fams: dict, Xs: dict, Xt: dict, picks: dict, train: np.ndarray, valid: np.ndarray, Pt: np.ndarray,
              wt: np.ndarray | None = None) -> float:
    """The distilled pair (fold's ``picks``) fitted on ``train``'s human scores and the transfer rows ``Xt`` with
    labels ``Pt`` (weights ``wt``), scored (arg-max QWK) on ``valid``."""
    from .crossfit_student import _qwk

    K, logs = d.n_labels, []
    for kind, fam in fams.items():
        c = picks[kind]
        X = Xs[kind][c.features]
        m = fit_soft(fam, c, K, X[train], d.y[train], Xt[kind][c.features], Pt, wt)
        logs.append(np.log(np.clip(m.predict_proba(X[valid]), 1e-12, 1.0)))
    return _qwk(d.y[valid], average_log_probs(*logs).argmax(1), range(K))


def _verdict(inner: dict[str, list[float]], roots: list[Path], copies: bool) -> dict:
    means = {c: float(np.mean(q)) for c, q in inner.items()}
    taken = max(CANDIDATES, key=lambda c: (means[c], -CANDIDATES.index(c)))
    return {"rule": RULES[copies], "inner": inner, "mean": means, "taken": taken, "roots": [r.name for r in roots]}


def judge(essay_set: int, d, k: int, roots: list[Path], rankings: dict, log=_say) -> dict:
    """Every candidate's students' inner QWK per fold, and the candidate taken (:data:`CANDIDATES` order breaks
    ties)."""
    K, fams = d.n_labels, {fam.kind: fam for fam in halves()}
    Xs = {kind: featurise_all(d.texts, K, fam) for kind, fam in fams.items()}
    Xts = {kind: featurise_all(d.transfer, K, fam) for kind, fam in fams.items()}
    inner: dict[str, list[float]] = {c: [] for c in CANDIDATES}
    for f in range(k):
        train, valid = inner_split(d, f)
        labels = candidate_labels(essay_set, d, f, roots, train)
        picks = {kind: fam.grid[pooled_pick(rankings, kind, str(f))[0]] for kind, fam in fams.items()}
        for name in CANDIDATES:
            inner[name].append(_pair_qwk(d, fams, Xs, Xts, picks, train, valid, labels[name]))
        log(f"set {essay_set} fold {f}: students' inner QWK " +
            ", ".join(f"{c} {inner[c][-1]:.4f}" for c in CANDIDATES))
    return _verdict(inner, roots, copies=False)


def learnable_copies(d, source: np.ndarray, train: np.ndarray) -> np.ndarray:
    """The copies (by index) a student of one inner split may learn: those of the unscored answers and of the
    answers in ``train``; never a copy of an inner-split answer or of the outer fold's. ``source`` indexes the scored
    answers then the unscored ones."""
    n = len(d.texts)
    allowed = np.zeros(n + len(d.transfer), bool)
    allowed[train] = True
    allowed[n:] = True
    return np.flatnonzero(allowed[source])


def copies_labels(essay_set: int, d, f: int, runs: list[list[np.ndarray]], texts: list[str], kept: np.ndarray,
                  fitted: tuple) -> dict[str, np.ndarray]:
    """Each candidate's probabilities on the copies ``texts`` (indices ``kept`` among all copies): the TF-IDF and
    feature teachers ``fitted`` (:func:`fitted_teachers`), MiniLM the mean of fold ``f``'s labels of them in ``runs``
    (one list of per-fold labels per MiniLM run)."""
    minilm = np.mean([run[f][kept] for run in runs], axis=0)
    if np.isnan(minilm).any():
        raise ValueError(f"set {essay_set} fold {f}: a copy the student may learn is not labelled by fold {f}'s "
                         "MiniLM teacher; delete the set's copies' labels and run `grader-distill "
                         f"crossfit-hashed-augmented --sets {essay_set}` again")
    return _candidates(fitted, d.n_labels, texts, minilm)


def judge_copies(essay_set: int, d, k: int, roots: list[Path], rankings: dict, log=_say) -> dict:
    """The nineteenth amendment's judgement: as :func:`judge`, the students being the augmented pair, which also
    learns the two copies of every unscored answer and of every answer of the inner split's training part, each at
    half an answer, labelled by the candidate."""
    K, fams = d.n_labels, {fam.kind: fam for fam in halves()}
    aug, _ = augmented_set(d)
    runs = [minilm_labels(r, essay_set, k, aug, K) for r in roots]
    Xs = {kind: featurise_all(d.texts, K, fam) for kind, fam in fams.items()}
    Xts = {kind: featurise_all(d.transfer + aug.texts, K, fam) for kind, fam in fams.items()}
    inner: dict[str, list[float]] = {c: [] for c in CANDIDATES}
    for f in range(k):
        train, valid = inner_split(d, f)
        fitted = fitted_teachers(essay_set, d, train)   # once for the unscored answers and the copies
        unscored = candidate_labels(essay_set, d, f, roots, train, fitted)
        kept = learnable_copies(d, aug.source, train)
        on_copies = copies_labels(essay_set, d, f, runs, [aug.texts[i] for i in kept], kept, fitted)
        rows = np.concatenate([np.arange(len(d.transfer)), len(d.transfer) + kept])
        wt = np.concatenate([np.ones(len(d.transfer)), np.full(len(kept), 1.0 / COPIES)])
        Xt = {kind: {g: X[rows] for g, X in by.items()} for kind, by in Xts.items()}
        picks = {kind: fam.grid[pooled_pick(rankings, kind, str(f))[0]] for kind, fam in fams.items()}
        for name in CANDIDATES:
            Pt = np.vstack([unscored[name], on_copies[name]])
            inner[name].append(_pair_qwk(d, fams, Xs, Xt, picks, train, valid, Pt, wt))
        log(f"set {essay_set} fold {f}: augmented students' inner QWK ({len(kept)} copies) " +
            ", ".join(f"{c} {inner[c][-1]:.4f}" for c in CANDIDATES))
    return _verdict(inner, roots, copies=True)


def judged(vocab_out: Path, essay_set: int, d, k: int, roots: list[Path], rankings: dict, log=_say,
           copies: bool = False) -> dict:
    """The set's judgement, read from ``vocab_out/teacher-judge/set-<S>/judge.json`` or made and written there
    (``copies``: the nineteenth amendment's, ``judge-copies.json``). A set without MiniLM fold teachers has one
    candidate, the TF-IDF teacher, and no judgement to make."""
    from .teacher_runs import inner_valid

    if inner_valid(roots[0], essay_set, k) is None:
        return {"rule": RULES[copies], "inner": {}, "mean": {}, "taken": TFIDF, "roots": []}
    path = vocab_out / FOLDER / f"set-{essay_set}" / KEPT[copies]
    if path.is_file():
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("roots") != [r.name for r in roots] or record.get("k") != k:
            raise ValueError(f"set {essay_set}: {path} judged other MiniLM runs ({record.get('roots')}, k = "
                             f"{record.get('k')}) than today's ({[r.name for r in roots]}, k = {k}); delete it and "
                             "run the kind again")
        return record
    record = {**(judge_copies if copies else judge)(essay_set, d, k, roots, rankings, log), "k": k}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")   # two kinds' jobs of one set may judge it side by side
    tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return record
