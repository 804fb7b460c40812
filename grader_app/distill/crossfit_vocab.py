"""Cross-fitted students made with the SHIPPED recipe (the vocabulary TF-IDF student of
:mod:`grader_app.distill.student` and its distillation loss), cross-validated the same honest way as
the hashed students of :mod:`grader_app.distill.crossfit_student`, on the same folds.

Per outer fold f (nothing is chosen on fold f):

* the teacher is the candidate (``tfidf-lr``; the MiniLM folds and their mean once all are done) with
  the best out-of-fold QWK on the other folds; the soft labels of the training answers are the honest
  ones of :func:`~grader_app.distill.crossfit_student.honest_targets` (no teacher that saw fold f);
* the vocabulary (chi² on the scores) is chosen on the other folds; the recipe's own grid (arch,
  weight decay and class weighting by the hard-label runs, then λ × T × with/without the transfer
  set; early stopping by the inner QWK) is run on an inner stratified 80/20 split of the other folds;
* each kind is then refitted on all the other folds for the number of steps the inner run chose and
  scores fold f.

Kinds: ``vocab_kd`` (best λ > 0: the shipped recipe itself, with cross-fitted soft labels),
``vocab_hard`` (λ = 0), ``hashed_hard`` (the hashed student on hard labels, L2 chosen inside; the
seeds of crossfit_student, so its figures are the same), and ``hashed_kd`` read from the hashed
job's ``summary.json``. The review threshold of each kind is checked out of fold (fold f routed with
the temperature and threshold fitted on the other folds' out-of-fold predictions).

The installed bundle (:mod:`grader_app.distill.crossfit_install`) is the kind with the best mean CV
QWK, fitted on every scored answer with the choices made the same way on all of them, and calibrated
on its out-of-fold predictions. A small, documented optimism in the inner choice only: the vocabulary
is chosen on all the other folds, inner validation answers included; the outer figures are honest.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .calibration import softmax as _softmax
from .crossfit import (K_FOLDS, in_fold_teacher_probabilities, oof_teacher_probabilities, set_data, teacher_kind,
                       transfer_frame)
from .crossfit_student import L2S, STEMS, _fit, _qwk, choose, honest_targets, tfidf_crossfit

VOCAB_ARCHS = ("linear", "mlp")
BASELINE_KIND = "baseline_bundle"  # what `grader-distill baseline` ships, cross-validated (crossfit_baseline)
HASHED_LR_KIND = "hashed_lr"  # hashed words + character n-grams, logistic regression (crossfit_hashed_lr)
HASHED_ORDINAL_KIND = "hashed_ordinal"  # the same features, adjacent-category logits (crossfit_hashed_ordinal)
HASHED_PAIR_KIND = "hashed_pair"  # both, each in half the budget, probabilities averaged (crossfit_hashed_pair)
HASHED_COMMITTEE_KIND = "hashed_committee"  # the LR kind's 3 best configurations averaged (crossfit_hashed_committee)
HASHED_POOLED_KIND = "hashed_pooled"  # the pair, each half's configuration picked over all sets (crossfit_hashed_pooled)
HASHED_DISTILLED_KIND = "hashed_distilled"  # the pooled pair also taught the unscored answers (crossfit_hashed_distilled)
HASHED_AUGMENTED_KIND = "hashed_augmented"  # the distilled pair also taught augmented copies (crossfit_hashed_augmented)
HASHED_AUGMENTED6_KIND = "hashed_augmented6"  # the same with six copies of every answer (sixteenth amendment)
HASHED_AUGMENTED6_SHARED_KIND = "hashed_augmented6_shared"  # six copies at two copies' weight (seventeenth amendment)
# the capped kinds (≤ 50,000 numbers)
KINDS = ("hashed_kd", "hashed_hard", "vocab_kd", "vocab_hard", BASELINE_KIND, HASHED_LR_KIND, HASHED_ORDINAL_KIND,
         HASHED_PAIR_KIND, HASHED_COMMITTEE_KIND, HASHED_POOLED_KIND, HASHED_DISTILLED_KIND, HASHED_AUGMENTED_KIND,
         HASHED_AUGMENTED6_KIND, HASHED_AUGMENTED6_SHARED_KIND)
REFERENCE_KIND = "reference_bundle"  # issue 11's reference model as a bundle, uncapped (crossfit_reference)
# the kinds whose jobs write their own bundle (the others are students the install refits): every capped kind from the
# baseline bundle kind on, and the reference kind
OWN_BUNDLE_KINDS = KINDS[KINDS.index(BASELINE_KIND):] + (REFERENCE_KIND,)
RECIPE = "vocab_kd"


def _say(msg: str) -> None:
    print(msg, flush=True)


@dataclass
class Fitted:
    """One chosen configuration of the vocabulary student and how it was chosen."""

    arch: str
    row: dict           # the inner run: config, λ, T, weight decay, balanced, transfer, best step, inner QWK
    feats: Any          # the fitted StudentFeatures
    spec: Any           # the StudentSpec


def inner_split(y: np.ndarray, idx: np.ndarray, seed: int, share: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    """A stratified (share) split of the rows ``idx``: (inner train, inner validation)."""
    rng = np.random.default_rng(seed)
    va = np.zeros(len(idx), bool)
    for c in np.unique(y[idx]):
        members = np.flatnonzero(y[idx] == c)
        rng.shuffle(members)
        va[members[: int(round(share * len(members)))]] = True
    return idx[~va], idx[va]


def _rows(X, Xtf, y, has_p, P, Ptf, use_transfer: bool):
    import scipy.sparse as sp

    if not use_transfer or Xtf is None or Xtf.shape[0] == 0:
        return X, y, np.ones(len(y), bool), P
    n_t = Xtf.shape[0]
    return (sp.vstack([X, Xtf]).tocsr(), np.concatenate([y, np.zeros(n_t, int)]),
            np.concatenate([np.ones(len(y), bool), np.zeros(n_t, bool)]), np.vstack([P, Ptf]))


def recipe_choose(texts, y, idx, P, transfer, Ptf, K: int, seed: int, archs=VOCAB_ARCHS, log=_say,
                  quick: bool = False) -> dict[str, Fitted]:
    """The shipped recipe's sweep on an inner split of ``idx``: ``{"vocab_kd": …, "vocab_hard": …}``.

    ``P`` holds the teacher's (honest) probabilities for the rows ``idx``; ``Ptf`` for ``transfer``. ``quick``: the
    recipe's small grids (one weight decay, one λ, one T; ``grader-distill own --quick``)."""
    from .kd import train_head
    from .student import StudentSpec, build_head, fit_features_to_budget, hard_grid, sweep_grid

    a, b = inner_split(y, idx, seed)
    pos = {int(i): j for j, i in enumerate(idx)}
    Pa = P[[pos[int(i)] for i in a]]
    best: dict[str, tuple] = {}
    for arch in archs:
        spec = StudentSpec(arch=arch)
        feats = fit_features_to_budget(spec, [texts[i] for i in idx], y[idx], K, extra_texts=transfer, log=lambda s: None)
        Xa, Xb = feats.transform_sparse([texts[i] for i in a]), feats.transform_sparse([texts[i] for i in b])
        Xtf = feats.transform_sparse(transfer) if transfer else None
        hard_rows: list[dict] = []
        wd = bal = None
        for cfg in hard_grid(arch, quick=quick) + [None] + sweep_grid(arch, quick=quick):
            if cfg is None:
                top = max(hard_rows, key=lambda r: r["key"])
                wd, bal = top["weight_decay"], top["balanced"]
                continue
            if cfg.lam > 0:
                cfg.weight_decay, cfg.balanced = wd, bal
                if cfg.use_transfer and Xtf is None:
                    continue
            X, yy, has, PP = _rows(Xa, Xtf, y[a], None, Pa, Ptf, cfg.use_transfer)
            r = train_head(lambda: build_head(spec, feats.n_features_, K, seed=cfg.seed), X, yy, has,  # noqa: B023
                           PP, Xb, y[b], cfg, K)
            row = {"arch": arch, "lam": cfg.lam, "T": cfg.temperature, "weight_decay": cfg.weight_decay,
                   "balanced": cfg.balanced, "transfer": cfg.use_transfer, "lr": cfg.lr, "steps": r.best_step,
                   "inner_qwk": r.valid_qwk, "inner_nll": r.valid_nll, "key": (round(r.valid_qwk, 4), -r.valid_nll)}
            if cfg.lam == 0:
                hard_rows.append(row)
            kind = "vocab_kd" if cfg.lam > 0 else "vocab_hard"
            if kind not in best or row["key"] > best[kind][0]["key"]:
                best[kind] = (row, feats, spec)
    return {kind: Fitted(arch=row["arch"], row=row, feats=feats, spec=spec) for kind, (row, feats, spec) in best.items()}


def refit(fitted: Fitted, texts, y, idx, P, transfer, Ptf, K: int):
    """The chosen configuration on every row of ``idx`` for the number of steps chosen inside."""
    from .kd import KDConfig, train_head
    from .student import ARCH_SETTINGS, build_head

    r = fitted.row
    cfg = KDConfig(lam=r["lam"], temperature=r["T"], use_transfer=r["transfer"], weight_decay=r["weight_decay"],
                   balanced=r["balanced"], lr=ARCH_SETTINGS[fitted.arch]["lr"], epochs=int(r["steps"]),
                   eval_every=int(r["steps"]))
    X = fitted.feats.transform_sparse([texts[i] for i in idx])
    Xtf = fitted.feats.transform_sparse(transfer) if transfer else None
    XX, yy, has, PP = _rows(X, Xtf, y[idx], None, P, Ptf, cfg.use_transfer)
    spec, n = fitted.spec, fitted.feats.n_features_
    return train_head(lambda: build_head(spec, n, K, seed=cfg.seed), XX, yy, has, PP, X[:1], y[idx][:1], cfg, K).head


def head_logits(fitted: Fitted, head, texts) -> np.ndarray:
    import torch

    from .kd import forward

    with torch.no_grad():
        return forward(head, fitted.feats.transform_sparse(texts)).numpy().astype(np.float64)


def route_oof(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, k: int) -> dict:
    """Fold f routed with the temperature and threshold fitted on the other folds' out-of-fold predictions."""
    from .calibration import fit_temperature, risk_coverage

    accepted = np.zeros(len(y), bool)
    for f in range(k):
        tr, te = folds != f, folds == f
        T = fit_temperature(logits[tr], y[tr])
        rev = risk_coverage(_softmax(logits[tr], T), y[tr])
        accepted[te] = (_softmax(logits[te], T).max(1) >= rev["threshold"]) if rev["qualified"] else False
    right = logits.argmax(1) == y
    return {"auto_share": float(accepted.mean()), "n_auto": int(accepted.sum()),
            "auto_right": float(right[accepted].mean()) if accepted.any() else None}


def kind_figures(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, k: int, K: int) -> dict:
    """A kind's CV figures with its decision rule part of the recipe (:mod:`.decoding`: arg-max or cutpoints
    on the expected score, chosen, like the temperature and threshold, on the other folds only); the plain
    arg-max figures beside them under ``"argmax"``."""
    from .decoding import decoded_figures

    plain = {**per_fold(logits.argmax(1), y, folds, k, K), "routing_oof": route_oof(logits, y, folds, k)}
    return {**decoded_figures(logits, y, folds, k, K), "argmax": plain}


def per_fold(pred: np.ndarray, y: np.ndarray, folds: np.ndarray, k: int, K: int) -> dict:
    q = [_qwk(y[folds == f], pred[folds == f], range(K)) for f in range(k)]
    return {"qwk": float(np.mean(q)), "qwk_sd": float(np.std(q, ddof=1)), "folds": q,
            "qwk_pooled": _qwk(y, pred, range(K)), "accuracy": float((pred == y).mean())}


def minilm_transfer(root: Path, essay_set: int, fold: int, ids, K: int) -> np.ndarray:
    """Fold ``fold``'s fine-tuned teacher under ``root`` on the unscored answers ``ids`` (its ``probs.npz``), [n, K]."""
    z = np.load(root / teacher_kind(root) / f"set-{essay_set}" / f"fold-{fold}" / "probs.npz", allow_pickle=False)
    at = {str(i): j for j, i in enumerate(z["ids"])}
    return np.array([z["probs"][at[str(i)]] for i in ids], dtype=np.float64).reshape(len(ids), K)


def teachers_for(essay_set: int, root: Path, df, texts, y, folds, transfer, k: int, K: int, use_minilm: bool):
    """The candidate teachers' out-of-fold probabilities, their per-fold transfer probabilities and the
    MiniLM folds' in-fold predictions (as crossfit_student reads them)."""
    tf_oof, tf_transfer = tfidf_crossfit(texts, y, folds, transfer, k, K)
    teachers, transfer_of = {"tfidf-lr": tf_oof}, {"tfidf-lr": tf_transfer}
    in_fold: list[dict | None] = [None] * k
    kind = teacher_kind(root)   # the fine-tuned model's folder; its probabilities fill the "minilm" slot
    mini = oof_teacher_probabilities(root, essay_set, kind, k) if use_minilm else None
    if mini is not None:
        in_fold = [in_fold_teacher_probabilities(root, essay_set, f, kind) for f in range(k)]
        if any(p is None for p in in_fold):
            raise RuntimeError(f"set {essay_set}: run grader-distill crossfit-teacher --train-probs --sets {essay_set}")
        ids = list(transfer_frame(essay_set)["Id"])
        teachers["minilm"] = np.array([mini[str(i)] for i in df["Id"]])
        teachers["minilm+tfidf-lr"] = (teachers["minilm"] + tf_oof) / 2
        mf = [minilm_transfer(root, essay_set, f, ids, K) for f in range(k)]
        transfer_of["minilm"] = mf
        transfer_of["minilm+tfidf-lr"] = [(m + t) / 2 for m, t in zip(mf, tf_transfer)]
    return teachers, transfer_of, in_fold


def cross_validate(essay_set: int, root: Path, k: int = K_FOLDS, use_minilm: bool = True, archs=VOCAB_ARCHS,
                   log=_say) -> dict:
    from .hashed import HashSpec, buckets_for, featurise

    d = set_data(essay_set, k)
    labels, K, df, folds, texts, y, transfer = d.labels, d.n_labels, d.df, d.folds, d.texts, d.y, d.transfer
    ids = [str(i) for i in df["Id"]]
    teachers, transfer_of, in_fold = teachers_for(essay_set, root, df, texts, y, folds, transfer, k, K, use_minilm)
    hspec = HashSpec(buckets_for(K), words=(1, 2), stems=STEMS)
    Xh, Xht = featurise(texts, hspec), featurise(transfer, hspec)

    logits = {kind: np.zeros((len(y), K)) for kind in ("vocab_kd", "vocab_hard", "hashed_hard")}
    choices = []
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        name = max(teachers, key=lambda t: _qwk(y[tr], teachers[t][tr].argmax(1), range(K)))
        honest = honest_targets(f, tr, texts, y, df, essay_set, k, K, teachers, in_fold, ids)
        Ptf = transfer_of[name][f]
        chosen = recipe_choose(texts, y, tr, honest[name][tr], transfer, Ptf, K, seed=5000 + f, archs=archs, log=log)
        rec = {"fold": f, "teacher": name}
        for kind, fitted in chosen.items():
            head = refit(fitted, texts, y, tr, honest[name][tr], transfer, Ptf, K)
            logits[kind][te] = head_logits(fitted, head, [texts[i] for i in te])
            rec[kind] = {key: v for key, v in fitted.row.items() if key != "key"}
        hc = choose(hspec, Xh, y, {"none": teachers["tfidf-lr"]}, Xht, {"none": transfer_of["tfidf-lr"][f]}, tr, labels,
                    seed=2000 + f, alphas=(0.0,), transfer_weights=(0.0,), l2s=L2S + (1e-4,))
        logits["hashed_hard"][te] = _fit(hspec, Xh[tr], y[tr], np.ones(len(tr), bool), teachers["tfidf-lr"][tr], hc.l2,
                                         0.0, None).logits(Xh[te])
        rec["hashed_hard"] = {"l2": hc.l2}
        choices.append(rec)
        log(f"set {essay_set} fold {f}: teacher {name}; " + ", ".join(
            f"{kind} {_qwk(y[te], lg[te].argmax(1), range(K)):.3f}" for kind, lg in logits.items()))
    kinds = {kind: kind_figures(lg, y, folds, k, K) for kind, lg in logits.items()}
    human = df["Score2"].to_numpy()
    return {"set": essay_set, "labels": labels, "k": k, "n": len(y), "n_transfer": len(transfer),
            "teacher_tag": "minilm" if "minilm" in teachers else "tfidf",
            "teachers": {n: per_fold(p.argmax(1), y, folds, k, K) for n, p in teachers.items()},
            "teachers_decided": {n: kind_figures(np.log(np.clip(p, 1e-12, 1.0)), y, folds, k, K)
                                 for n, p in teachers.items()},
            "baseline": per_fold(teachers["tfidf-lr"].argmax(1), y, folds, k, K),
            "kinds": kinds, "choices": choices, "human_human_qwk": _qwk(df["Score1"], human, labels),
            "_data": {"texts": texts, "y": y, "transfer": transfer, "teachers": teachers, "transfer_of": transfer_of,
                      "logits": logits, "folds": folds, "hspec": hspec, "Xh": Xh, "Xht": Xht, "archs": list(archs)}}


def add_hashed_kd(result: dict, hashed_summary: Path | None) -> None:
    """The hashed KD student's figures from crossfit_student's summary (same folds), when it exists."""
    if hashed_summary is None or not hashed_summary.is_file():
        return
    h = json.loads(hashed_summary.read_text(encoding="utf-8"))
    result["kinds"]["hashed_kd"] = {**h["student"], "routing_oof": h["routing_oof"],
                                    "teacher": h["final"]["choice"]["teacher"], "summary": str(hashed_summary)}


def pick(result: dict) -> dict:
    """The installation rule (docs/distillation.md, written before the results were seen, amended on
    2026-11-30 before the baseline kind was cross-validated): the kind with the best mean CV QWK among
    every candidate present, the baseline bundle kind included, installed if it is at or above the
    shipped recipe's CV QWK. On an exact tie the kind listed first in ``KINDS`` (a student) stays. The
    reference kind is not weighed here: the second amendment admits it only by :func:`with_reference`."""
    kinds = {kd: v for kd, v in result["kinds"].items() if kd != REFERENCE_KIND}  # see with_reference
    order = [kd for kd in KINDS if kd in kinds] + [kd for kd in kinds if kd not in KINDS]
    best = max(order, key=lambda kd: kinds[kd]["qwk"])
    recipe = kinds[RECIPE]["qwk"]
    return {"kind": best, "qwk": kinds[best]["qwk"], "recipe_qwk": recipe, "install": kinds[best]["qwk"] >= recipe}


def with_baseline(result: dict, baseline: dict | None) -> dict:
    """A crossfit-vocab result (or its summary) with the baseline bundle kind's CV on the same folds added
    as a candidate and the rule applied again; where that kind wins, ``final`` and ``bundle_file`` are
    its own. ``baseline`` is a crossfit_baseline summary (with ``_dir``) or None (nothing changes)."""
    return with_capped(result, baseline, BASELINE_KIND, "pick_before_amendment")


def with_hashed_lr(result: dict, hashed_lr: dict | None) -> dict:
    """The fourth amendment: the hashed LR kind's CV on the same folds added as a capped candidate, the
    rule applied again (as :func:`with_baseline`). ``hashed_lr`` is a crossfit_hashed_lr summary or None."""
    return with_capped(result, hashed_lr, HASHED_LR_KIND, "pick_before_fourth_amendment")


def with_hashed_ordinal(result: dict, ordinal: dict | None) -> dict:
    """The fifth amendment: the hashed ordinal kind's CV added as a capped candidate (as :func:`with_baseline`)."""
    return with_capped(result, ordinal, HASHED_ORDINAL_KIND, "pick_before_fifth_amendment")


def with_hashed_pair(result: dict, pair: dict | None) -> dict:
    """The sixth amendment: the hashed pair kind's CV added as a capped candidate (as :func:`with_baseline`)."""
    return with_capped(result, pair, HASHED_PAIR_KIND, "pick_before_sixth_amendment")


def with_hashed_committee(result: dict, committee: dict | None) -> dict:
    """The seventh amendment: the hashed committee kind's CV added as a capped candidate (as :func:`with_baseline`)."""
    return with_capped(result, committee, HASHED_COMMITTEE_KIND, "pick_before_seventh_amendment")


def with_hashed_pooled(result: dict, pooled: dict | None) -> dict:
    """The eighth amendment: the hashed pooled pair kind's CV added as a capped candidate (as :func:`with_baseline`)."""
    return with_capped(result, pooled, HASHED_POOLED_KIND, "pick_before_eighth_amendment")


def with_hashed_distilled(result: dict, distilled: dict | None) -> dict:
    """The ninth amendment: the hashed distilled pair kind's CV added as a capped candidate (as :func:`with_baseline`)."""
    return with_capped(result, distilled, HASHED_DISTILLED_KIND, "pick_before_ninth_amendment")


def with_hashed_augmented(result: dict, augmented: dict | None) -> dict:
    """The tenth amendment: the hashed augmented pair kind's CV added as a capped candidate (as :func:`with_baseline`)."""
    return with_capped(result, augmented, HASHED_AUGMENTED_KIND, "pick_before_tenth_amendment")


def with_hashed_augmented6(result: dict, augmented6: dict | None) -> dict:
    """The sixteenth amendment: the augmented pair kind with six copies added as a capped candidate (as
    :func:`with_baseline`)."""
    return with_capped(result, augmented6, HASHED_AUGMENTED6_KIND, "pick_before_sixteenth_amendment")


def with_hashed_augmented6_shared(result: dict, shared: dict | None) -> dict:
    """The seventeenth amendment: the six-copy kind whose copies share one answer's weight added as a capped candidate
    (as :func:`with_baseline`)."""
    return with_capped(result, shared, HASHED_AUGMENTED6_SHARED_KIND, "pick_before_seventeenth_amendment")


def with_capped(result: dict, other: dict | None, kind: str, before_key: str) -> dict:
    """``result`` with the capped kind ``kind``'s CV (``other``: its job's summary, with ``_dir``) added as a
    candidate and the rule applied again; where it wins, ``final`` and ``bundle_file`` are its own."""
    if other is None:
        return result
    _same_folds(result, other, kind.replace("_", " "))
    out = dict(result)
    out["kinds"] = {**result["kinds"], kind: other["figures"]}
    out[before_key] = result.get("pick")
    out[f"{kind}_final" if kind != BASELINE_KIND else "baseline_kind_final"] = other["final"]
    out["pick"] = pick(out)
    if out["pick"]["kind"] == kind:
        teacher = (result.get("final") or {}).get("teacher") or max(
            result["teachers"], key=lambda t: result["teachers"][t]["qwk"])
        out["final"] = {**other["final"], "teacher": teacher}  # the teacher the students learned from
        out["bundle_file"] = str(Path(other["_dir"]) / other["bundle"])
    return out


def _same_folds(result: dict, other: dict, what: str) -> None:
    if other["k"] != result["k"] or other["n"] != result["n"] or other["set"] != result["set"]:
        raise ValueError(f"set {result['set']}: the {what} was cross-validated on other folds "
                         f"({other['k']} folds, {other['n']} answers) than the students "
                         f"({result['k']}, {result['n']})")


def with_reference(result: dict, reference: dict | None) -> dict:
    """The rule's second amendment (2026-11-30): ``result`` (the capped kinds' pick, :func:`with_baseline`
    applied) with the reference kind's CV on the same folds added; the reference kind replaces the capped
    pick only where no capped kind reaches the reference's CV QWK (``result["baseline"]``, the "TF-IDF
    baseline" figures) and its own CV QWK beats the best capped kind's. ``reference`` is a
    crossfit_reference summary (with ``_dir``) or None (nothing changes)."""
    if reference is None:
        return result
    _same_folds(result, reference, "reference kind")
    out = dict(result)
    capped = pick(result)
    ref_q = reference["figures"]["qwk"]
    yardstick = (result.get("baseline") or {}).get("qwk", ref_q)
    out["kinds"] = {**result["kinds"], REFERENCE_KIND: reference["figures"]}
    out["pick_capped"] = capped
    out["reference_kind_final"] = {**reference["final"], "bundle_file": str(Path(reference["_dir"]) / reference["bundle"])}
    if capped["qwk"] < yardstick and ref_q > capped["qwk"]:
        teacher = (result.get("final") or {}).get("teacher") or max(
            result["teachers"], key=lambda t: result["teachers"][t]["qwk"])
        out["pick"] = {"kind": REFERENCE_KIND, "qwk": ref_q, "recipe_qwk": capped["recipe_qwk"], "install": True,
                       "capped_kind": capped["kind"], "capped_qwk": capped["qwk"]}
        out["final"] = {**reference["final"], "teacher": teacher}  # the teacher the students learned from
        out["bundle_file"] = str(Path(reference["_dir"]) / reference["bundle"])
        if "bundle_file" in result:
            out["replaced_bundle_file"] = result["bundle_file"]
        elif "bundle" in result and "_dir" in result:
            out["replaced_bundle_file"] = str(Path(result["_dir"]) / result["bundle"])
    return out


def summary(result: dict) -> dict:
    out = {key: v for key, v in result.items() if not key.startswith("_")}
    return json.loads(json.dumps(copy.deepcopy(out), default=float))
