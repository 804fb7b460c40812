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
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from . import feature_teacher
from .crossfit import inner_split
from .crossfit_hashed_lr import featurise_all
from .crossfit_hashed_pair import average_log_probs, halves
from .crossfit_hashed_pooled import pooled_pick
from .soft_fit import fit_soft

FOLDER = "teacher-judge"
TFIDF, MINILM = "tfidf-lr", "minilm+tfidf-lr"
FEATURES = f"{MINILM}+{feature_teacher.NAME}"
CANDIDATES = (TFIDF, MINILM, FEATURES)   # cheapest first: a tie goes to the cheaper teacher


def _say(msg: str) -> None:
    print(msg, flush=True)


def candidate_labels(essay_set: int, d, f: int, roots: list[Path], train: np.ndarray) -> dict[str, np.ndarray]:
    """Each candidate's probabilities on the set's unscored answers for fold ``f``: TF-IDF and the feature teacher
    fitted on ``train``, MiniLM the mean of fold ``f``'s runs under ``roots``."""
    from .crossfit_student import _tfidf_model
    from .crossfit_vocab import minilm_transfer

    texts = [d.texts[i] for i in train]
    ref = _tfidf_model().fit(texts, d.y[train])
    tfidf = np.zeros((len(d.transfer), d.n_labels))
    tfidf[:, ref.classes_] = ref.predict_proba(d.transfer)
    ids = list(d.transfer_df["Id"])
    minilm = np.mean([minilm_transfer(r, essay_set, f, ids, d.n_labels) for r in roots], axis=0)
    feature = feature_teacher.for_set(essay_set, d.n_labels).fit(texts, d.y[train]).predict_proba(d.transfer)
    return {TFIDF: tfidf, MINILM: (minilm + tfidf) / 2, FEATURES: (minilm + tfidf + feature) / 3}


def judge(essay_set: int, d, k: int, roots: list[Path], rankings: dict, log=_say) -> dict:
    """Every candidate's students' inner QWK per fold, and the candidate taken (:data:`CANDIDATES` order breaks
    ties)."""
    from .crossfit_student import _qwk

    K = d.n_labels
    Xs = {fam.kind: featurise_all(d.texts, K, fam) for fam in halves()}
    Xts = {fam.kind: featurise_all(d.transfer, K, fam) for fam in halves()}
    inner: dict[str, list[float]] = {c: [] for c in CANDIDATES}
    for f in range(k):
        train, valid = inner_split(d, f)
        labels = candidate_labels(essay_set, d, f, roots, train)
        picks = {fam.kind: fam.grid[pooled_pick(rankings, fam.kind, str(f))[0]] for fam in halves()}
        for name in CANDIDATES:
            logs = []
            for fam in halves():
                c = picks[fam.kind]
                X = Xs[fam.kind][c.features]
                m = fit_soft(fam, c, K, X[train], d.y[train], Xts[fam.kind][c.features], labels[name])
                logs.append(np.log(np.clip(m.predict_proba(X[valid]), 1e-12, 1.0)))
            inner[name].append(_qwk(d.y[valid], average_log_probs(*logs).argmax(1), range(K)))
        log(f"set {essay_set} fold {f}: students' inner QWK " +
            ", ".join(f"{c} {inner[c][-1]:.4f}" for c in CANDIDATES))
    means = {c: float(np.mean(q)) for c, q in inner.items()}
    taken = max(CANDIDATES, key=lambda c: (means[c], -CANDIDATES.index(c)))
    return {"rule": "eighteenth amendment", "inner": inner, "mean": means, "taken": taken,
            "roots": [r.name for r in roots]}


def judged(vocab_out: Path, essay_set: int, d, k: int, roots: list[Path], rankings: dict, log=_say) -> dict:
    """The set's judgement, read from ``vocab_out/teacher-judge/set-<S>/judge.json`` or made and written there. A set
    without MiniLM fold teachers has one candidate, the TF-IDF teacher, and no judgement to make."""
    from .teacher_runs import inner_valid

    if inner_valid(roots[0], essay_set, k) is None:
        return {"rule": "eighteenth amendment", "inner": {}, "mean": {}, "taken": TFIDF, "roots": []}
    path = vocab_out / FOLDER / f"set-{essay_set}" / "judge.json"
    if path.is_file():
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("roots") != [r.name for r in roots] or record.get("k") != k:
            raise ValueError(f"set {essay_set}: {path} judged other MiniLM runs ({record.get('roots')}, k = "
                             f"{record.get('k')}) than today's ({[r.name for r in roots]}, k = {k}); delete it and "
                             "run the kind again")
        return record
    record = {**judge(essay_set, d, k, roots, rankings, log), "k": k}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"judge.{os.getpid()}.tmp")   # two kinds' jobs of one set may judge it side by side
    tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return record
