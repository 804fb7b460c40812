"""Cross-fitted hashed students: honest figures from k-fold cross-validation, a shipped model fitted
on every scored answer, and a review threshold fitted on ~all answers' out-of-fold predictions.

Per set, with the folds of :mod:`grader_app.distill.crossfit`:

1. Teachers, each with an out-of-fold probability for every scored answer: ``tfidf-lr`` (word 1–2 +
   char_wb 2–5 TF-IDF, logistic regression C=10, fitted here per fold: also the baseline), the
   cross-fitted MiniLM (when all its fold jobs are done) and their mean.
2. Outer cross-validation: for held-out fold f, the teacher is the candidate with the best QWK on
   the other folds, and the student's α (weight of the teacher in the targets), L2 and the
   transfer set's weight are chosen on an inner 80/20 split of the other folds; the student is then
   fitted on all other folds (plus the transfer set, labelled by the fold-f teacher where it
   exists) and scores fold f. Nothing is chosen on fold f.
3. Calibration, checked the same way: fold f's answers are routed with the temperature and
   threshold fitted on the other folds' out-of-fold predictions, which gives an honest
   auto-accepted share and its exact-agreement rate.
4. The shipped student: the same choices made on all folds, fitted on every scored answer and the
   transfer set; temperature and threshold from all out-of-fold predictions.

A known, small optimism: a scored answer's out-of-fold teacher label comes from a teacher that saw
the other folds, so a student trained on folds ≠ f learns from teachers that saw fold f's scores
(as in any stacking); the student itself never sees them.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .crossfit import (K_FOLDS, fold_of, in_fold_teacher_probabilities, oof_teacher_probabilities, set_data, transfer_frame)
from .calibration import softmax as _softmax
from .jobs import EXECUTORS, Job, run_jobs
from .hashed import HashedStudent, HashSpec, buckets_for, featurise, kd_targets, to_onnx

ALPHAS = (0.5, 0.8, 1.0)
L2S = (3e-6, 1e-5, 3e-5)
TRANSFER_WEIGHTS = (0.0, 0.5)
STEMS = 5


def _qwk(y, pred, labels):
    from ..core.metrics import quadratic_weighted_kappa

    return float(quadratic_weighted_kappa(np.asarray(y), np.asarray(pred), labels=list(labels)))


def _tfidf_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    feats = FeatureUnion([
        ("w", TfidfVectorizer(token_pattern=r"[a-zA-Z0-9_]+", ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
        ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
    ])
    return make_pipeline(feats, LogisticRegression(C=10.0, max_iter=3000))


def tfidf_crossfit(texts: list[str], y_idx: np.ndarray, folds: np.ndarray, transfer: list[str], k: int, n_labels: int):
    """Out-of-fold TF-IDF + LR probabilities, and per-fold probabilities on the transfer texts."""
    oof = np.zeros((len(texts), n_labels))
    per_fold_transfer = []
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        m = _tfidf_model().fit([texts[i] for i in tr], y_idx[tr])
        cols = m.classes_
        oof[np.ix_(te, cols)] = m.predict_proba([texts[i] for i in te])
        pt = np.zeros((len(transfer), n_labels))
        if transfer:
            pt[:, cols] = m.predict_proba(transfer)
        per_fold_transfer.append(pt)
    return oof, per_fold_transfer


@dataclass
class Choice:
    teacher: str
    alpha: float
    l2: float
    transfer_weight: float


def _fit(spec, X, y, has_label, P, l2, alpha, weights) -> HashedStudent:
    return HashedStudent(spec, l2=l2).fit(X, kd_targets(y, has_label, P, alpha), sample_weight=weights)


def _stack(X_lab, X_tr, y, P_lab, P_tr, w_tr):
    from scipy.sparse import vstack

    X = vstack([X_lab, X_tr]).tocsr() if X_tr.shape[0] and w_tr > 0 else X_lab
    n_t = X.shape[0] - X_lab.shape[0]
    yy = np.concatenate([y, np.zeros(n_t, dtype=int)])
    has = np.concatenate([np.ones(len(y), bool), np.zeros(n_t, bool)])
    P = np.vstack([P_lab, P_tr[:n_t]]) if n_t else P_lab
    w = np.concatenate([np.ones(len(y)), np.full(n_t, w_tr)])
    return X, yy, has, P, w


def choose(spec, X, y, teachers: dict, Xt, Pt_of: dict, idx: np.ndarray, labels, seed: int,
           alphas=ALPHAS, l2s=L2S, transfer_weights=TRANSFER_WEIGHTS, targets: dict | None = None) -> Choice:
    """Teacher by the QWK of its out-of-fold predictions over ``idx``; α, L2 and the transfer weight on an
    inner stratified 80/20 split of ``idx``, the student learning from ``targets`` (default: ``teachers``)."""
    K = len(labels)
    targets = teachers if targets is None else targets
    name = max(teachers, key=lambda t: _qwk(y[idx], teachers[t][idx].argmax(1), range(K)))
    rng = np.random.default_rng(seed)
    inner_va = np.zeros(len(idx), bool)
    for c in np.unique(y[idx]):
        members = np.flatnonzero(y[idx] == c)
        rng.shuffle(members)
        inner_va[members[: int(round(0.2 * len(members)))]] = True
    a, b = idx[~inner_va], idx[inner_va]
    best, best_q = None, -2.0
    for w_tr in transfer_weights:
        Xs, yy, has, P, w = _stack(X[a], Xt, y[a], targets[name][a], Pt_of[name], w_tr)
        for alpha in alphas:
            for l2 in l2s:
                st = _fit(spec, Xs, yy, has, P, l2, alpha, w)
                q = _qwk(y[b], st.logits(X[b]).argmax(1), range(K))
                if q > best_q + 1e-9:
                    best, best_q = Choice(name, alpha, l2, w_tr), q
    return best


def honest_targets(f, tr, texts, y, df, essay_set, k, K, teachers, in_fold, ids) -> dict:
    """Soft labels for the training answers of outer fold ``f`` from teachers that never saw fold ``f``.

    An out-of-fold label of a training answer comes from a teacher trained on the other folds, fold
    ``f`` included: a student learning from it would learn fold ``f``'s scores (measured: a student
    "beating" both its teachers by 0.03-0.07 QWK). So here the TF-IDF teacher is cross-fitted again
    inside the training folds, and the MiniLM labels are fold ``f``'s own teacher on its training
    answers (memorised, close to the scores, but honest)."""
    inner = fold_of(df.iloc[tr].reset_index(drop=True), essay_set + 10 * (f + 1), k - 1)
    tf_in, _ = tfidf_crossfit([texts[i] for i in tr], y[tr], inner, [], k - 1, K)
    out = {"tfidf-lr": np.zeros((len(y), K))}
    out["tfidf-lr"][tr] = tf_in
    if "minilm" in teachers:
        out["minilm"] = np.zeros((len(y), K))
        out["minilm"][tr] = np.array([in_fold[f][ids[i]] for i in tr])
        out["minilm+tfidf-lr"] = (out["minilm"] + out["tfidf-lr"]) / 2
    return out


def cross_validate_set(essay_set: int, root: Path, k: int = K_FOLDS, log=print) -> dict:
    from .calibration import fit_temperature, risk_coverage

    d = set_data(essay_set, k)
    labels, K, df, folds, texts, y = d.labels, d.n_labels, d.df, d.folds, d.texts, d.y
    tdf, transfer = d.transfer_df, d.transfer
    spec = HashSpec(buckets_for(K), words=(1, 2), stems=STEMS)
    X, Xt = featurise(texts, spec), featurise(transfer, spec)

    tf_oof, tf_transfer = tfidf_crossfit(texts, y, folds, transfer, k, K)
    teachers = {"tfidf-lr": tf_oof}
    transfer_of = {"tfidf-lr": tf_transfer}
    mini = oof_teacher_probabilities(root, essay_set, "minilm", k)
    in_fold = [in_fold_teacher_probabilities(root, essay_set, f) for f in range(k)]
    if mini is not None and any(p is None for p in in_fold):
        raise RuntimeError(f"set {essay_set}: the MiniLM folds are trained but their in-fold predictions are missing; "
                           f"run grader-distill crossfit-teacher --train-probs --sets {essay_set}")
    if mini is not None:
        ids = [str(i) for i in df["Id"]]
        teachers["minilm"] = np.array([mini[i] for i in ids])
        teachers["minilm+tfidf-lr"] = (teachers["minilm"] + tf_oof) / 2
        mini_fold = []
        for f in range(k):
            z = np.load(root / "minilm" / f"set-{essay_set}" / f"fold-{f}" / "probs.npz", allow_pickle=False)
            pos = {str(i): j for j, i in enumerate(z["ids"])}
            mini_fold.append(np.array([z["probs"][pos[str(i)]] for i in tdf["Id"]], dtype=np.float64)
                             if len(tdf) else np.zeros((0, K)))
        transfer_of["minilm"] = mini_fold
        transfer_of["minilm+tfidf-lr"] = [(m + t) / 2 for m, t in zip(mini_fold, tf_transfer)]

    oof_logits = np.zeros((len(y), K))
    hard_pred = np.zeros(len(y), dtype=int)
    choices = []
    ids = [str(i) for i in df["Id"]]
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        Pt_f = {name: transfer_of[name][f] for name in teachers}
        honest = honest_targets(f, tr, texts, y, df, essay_set, k, K, teachers, in_fold, ids)
        c = choose(spec, X, y, teachers, Xt, Pt_f, tr, labels, seed=1000 + f, targets=honest)
        choices.append(c)
        Xs, yy, has, P, w = _stack(X[tr], Xt, y[tr], honest[c.teacher][tr], Pt_f[c.teacher], c.transfer_weight)
        oof_logits[te] = _fit(spec, Xs, yy, has, P, c.l2, c.alpha, w).logits(X[te])
        hc = choose(spec, X, y, {"none": teachers["tfidf-lr"]}, Xt, {"none": Pt_f["tfidf-lr"]}, tr, labels,
                    seed=2000 + f, alphas=(0.0,), transfer_weights=(0.0,), l2s=L2S + (1e-4,))
        hard_pred[te] = _fit(spec, X[tr], y[tr], np.ones(len(tr), bool), teachers["tfidf-lr"][tr], hc.l2, 0.0,
                             None).logits(X[te]).argmax(1)
        log(f"set {essay_set} fold {f}: teacher {c.teacher} α={c.alpha} l2={c.l2} transfer={c.transfer_weight} "
            f"student QWK {_qwk(y[te], oof_logits[te].argmax(1), range(K)):.3f}")

    # routing checked out of fold: fold f uses T and the threshold from the other folds' predictions
    accepted = np.zeros(len(y), bool)
    for f in range(k):
        tr, te = folds != f, folds == f
        T = fit_temperature(oof_logits[tr], y[tr])
        rev = risk_coverage(_softmax(oof_logits[tr], T), y[tr])
        conf = _softmax(oof_logits[te], T).max(1)
        accepted[te] = conf >= rev["threshold"] if rev["qualified"] else False
    right = oof_logits.argmax(1) == y

    def per_fold(pred):
        q = [_qwk(y[folds == f], pred[folds == f], range(K)) for f in range(k)]
        return {"qwk": float(np.mean(q)), "qwk_sd": float(np.std(q, ddof=1)), "folds": q,
                "qwk_pooled": _qwk(y, pred, range(K)), "accuracy": float((pred == y).mean())}

    final_choice = choose(spec, X, y, teachers, Xt, {n: np.mean(transfer_of[n], axis=0) for n in teachers},
                          np.arange(len(y)), labels, seed=3000)
    T_all = fit_temperature(oof_logits, y)
    review = risk_coverage(_softmax(oof_logits, T_all), y)
    review["method"] = ("fixed-sequence Clopper-Pearson (Learn-then-Test) on the out-of-fold predictions of "
                        f"{k}-fold cross-validation over every scored answer")
    human = df["Score2"].to_numpy() if "Score2" in df else None
    fixed = fixed_split_check(essay_set, df, texts, transfer, X, Xt, y, spec, labels, k, teachers, transfer_of)
    return {
        "fixed_split": fixed,
        "set": essay_set, "labels": labels, "k": k, "n": len(y), "n_transfer": len(transfer),
        "spec": spec.to_dict(),
        "teachers": {name: per_fold(p.argmax(1)) for name, p in teachers.items()},
        "student": per_fold(oof_logits.argmax(1)),
        "hard_student": per_fold(hard_pred),
        "baseline": per_fold(tf_oof.argmax(1)),
        "human_human_qwk": _qwk(df["Score1"], human, labels) if human is not None else None,
        "choices": [c.__dict__ for c in choices],
        "routing_oof": {"auto_share": float(accepted.mean()),
                        "auto_right": float(right[accepted].mean()) if accepted.any() else None,
                        "n_auto": int(accepted.sum())},
        "final": {"choice": final_choice.__dict__, "temperature": T_all, "review": review},
        "_data": {"X": X, "Xt": Xt, "y": y, "spec": spec, "teachers": teachers, "transfer_of": transfer_of},
    }


def _route(probs: np.ndarray, review: dict) -> np.ndarray:
    return probs.max(1) >= review["threshold"] if review["qualified"] else np.zeros(len(probs), bool)


def fixed_split_check(essay_set, df, texts, transfer, X, Xt, y, spec, labels, k, teachers, transfer_of,
                      shipped_dir: Path | None = None) -> dict:
    """The fixed seeded split beside the cross-validation, made the way the shipped bundle was: the
    student learns on the train split (TF-IDF teacher cross-fitted inside it; the MiniLM folds saw the
    test answers, so they are left out), is calibrated on the valid split, and is compared on the test
    answers with the shipped bundle and a TF-IDF baseline fitted on train + valid."""
    from . import asap
    from .calibration import fit_temperature, risk_coverage

    K = len(labels)
    split = asap.split_set(asap.load_train(), essay_set)
    role = np.where(df["Id"].isin(set(split.test["Id"])), "test",
                    np.where(df["Id"].isin(set(split.valid["Id"])), "valid", "train"))
    A, V, B = (np.flatnonzero(role == r) for r in ("train", "valid", "test"))
    inner = fold_of(df.iloc[A].reset_index(drop=True), essay_set + 100, k)
    tf_a, tf_t = tfidf_crossfit([texts[i] for i in A], y[A], inner, transfer, k, K)
    cand = {"tfidf-lr": np.zeros((len(y), K))}
    cand["tfidf-lr"][A] = tf_a
    pt = {"tfidf-lr": np.mean(tf_t, axis=0)}
    c = choose(spec, X, y, cand, Xt, pt, A, labels, seed=4000)
    Xs, yy, has, P, w = _stack(X[A], Xt, y[A], cand[c.teacher][A], pt[c.teacher], c.transfer_weight)
    st = _fit(spec, Xs, yy, has, P, c.l2, c.alpha, w)
    T = fit_temperature(st.logits(X[V]), y[V])
    review = risk_coverage(_softmax(st.logits(X[V]), T), y[V])
    p_b = _softmax(st.logits(X[B]), T)
    acc_b = _route(p_b, review)
    right_b = p_b.argmax(1) == y[B]
    AV = np.concatenate([A, V])
    baseline_b = _tfidf_model().fit([texts[i] for i in AV], y[AV]).predict([texts[i] for i in B])
    out = {"n_test": len(B), "teacher": c.teacher,
           "student": {"qwk": _qwk(y[B], p_b.argmax(1), range(K)), "auto_share": float(acc_b.mean()),
                       "auto_right": float(right_b[acc_b].mean()) if acc_b.any() else None},
           "baseline": {"qwk": _qwk(y[B], baseline_b, range(K))}}
    shipped = (shipped_dir or Path(__file__).resolve().parents[2] / "model_bundles") / f"asap-sas-{essay_set}.gradebundle"
    if shipped.is_file():
        from ..bundles.archive import read_bundle
        from ..scoring.model import Scorer

        bundle = read_bundle(shipped)
        probs = Scorer(bundle).predict_proba(df["EssayText"].iloc[B].tolist())
        pred = probs.argmax(1)
        acc = probs.max(1) >= bundle.manifest["review"]["threshold"]
        out["shipped"] = {"qwk": _qwk(y[B], pred, range(K)), "auto_share": float(acc.mean()),
                          "auto_right": float((pred == y[B])[acc].mean()) if acc.any() else None,
                          "model": bundle.manifest.get("provenance", {}).get("model", "")[:60]}
    return out


def build_bundle(result: dict, out_dir: Path) -> Path:
    """Fit the shipped student on every scored answer (+ transfer) and write ``asap-sas-N.gradebundle``."""
    from .bundling import asap_bundle_id, asap_title, item_for_asap, make_manifest, write_item_bundle
    from .onnx_utils import check_parity

    d = result["_data"]
    c = result["final"]["choice"]
    Pt = np.mean(d["transfer_of"][c["teacher"]], axis=0)
    Xs, yy, has, P, w = _stack(d["X"], d["Xt"], d["y"], d["teachers"][c["teacher"]], Pt, c["transfer_weight"])
    st = _fit(d["spec"], Xs, yy, has, P, c["l2"], c["alpha"], w)
    model = to_onnx(st, len(result["labels"]))
    s = result["set"]
    from ..text import normalise_many

    probe = normalise_many(transfer_frame(s)["EssayText"].tolist()[:200]) + ["", "a", "#", "x " * 300]
    parity = check_parity(model, probe, _softmax(st.logits(featurise(probe, d["spec"]))))
    metrics = {
        "split": f"{result['k']}-fold cross-validation over all {result['n']} scored answers (out of fold; "
                 "choices made on the other folds only)",
        "student": {"qwk": result["student"]["qwk"], "qwk_sd": result["student"]["qwk_sd"],
                    "accuracy": result["student"]["accuracy"], "n": result["n"]},
        "teacher": {"qwk": result["teachers"][c["teacher"]]["qwk"], "model": c["teacher"],
                    "accuracy": result["teachers"][c["teacher"]]["accuracy"], "n": result["n"]},
        "baseline": {"qwk": result["baseline"]["qwk"], "accuracy": result["baseline"]["accuracy"],
                     "n": result["n"]},
        "hard_label_student": {"qwk": result["hard_student"]["qwk"], "accuracy": result["hard_student"]["accuracy"],
                               "n": result["n"]},
        "human_human_qwk": result["human_human_qwk"],
    }
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer "
                f"(+ {result['n_transfer']} teacher-labelled unlabeled_private_leaderboard.tsv rows); "
                f"{result['k']}-fold cross-fitting",
        "model": "distilled student: hashed word 1-2-grams and 5-letter chunks (MurmurHash3, "
                 f"{d['spec'].buckets} buckets) → linear; targets (1-α)·y + α·p_teacher, α={c['alpha']}, "
                 f"L2={c['l2']}, transfer weight {c['transfer_weight']}",
        "teacher": c["teacher"] + " (out-of-fold soft labels)",
        "parity_max_abs_dp": parity,
        "student_spec": result["spec"],
    }
    manifest = make_manifest(bundle_id=asap_bundle_id(s), title=asap_title(s), item=item_for_asap(s),
                             labels=result["labels"], normalisation="basic-v1",
                             temperature=result["final"]["temperature"], review=result["final"]["review"],
                             metrics=metrics, provenance=provenance, parameters=None,
                             calibration_method="temperature scaling (out-of-fold NLL)")
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_item_bundle(out_dir / f"{asap_bundle_id(s)}.gradebundle", manifest, model)


def summary(result: dict) -> dict:
    return {k: v for k, v in result.items() if not k.startswith("_")}


def set_job(out: Path, threads: int, essay_set: int, crossfit_root: str, k: int = K_FOLDS) -> dict:
    """One job of the list: cross-validate one set and write its bundle and ``summary.json`` into ``out``."""
    res = cross_validate_set(essay_set, Path(crossfit_root), k=k)
    path = build_bundle(res, out)
    (out / "summary.json").write_text(json.dumps(summary(res), indent=1, default=float), encoding="utf-8")
    return {"bundle": path.name, "student_qwk": res["student"]["qwk"], "baseline_qwk": res["baseline"]["qwk"],
            "auto_share": res["routing_oof"]["auto_share"], "auto_right": res["routing_oof"]["auto_right"]}


def student_jobs(sets, crossfit_root: Path, out: Path, k: int = K_FOLDS) -> list[Job]:
    """One job per set. Its id names the teacher folds it read, so new teacher folds make a new job."""
    jobs = []
    for s in sets:
        have = oof_teacher_probabilities(crossfit_root, s, "minilm", k) is not None and all(
            in_fold_teacher_probabilities(crossfit_root, s, f) is not None for f in range(k))
        tag = "minilm" if have else "tfidf"
        jobs.append(Job(id=f"student-set{s}-{tag}", func="crossfit_student:set_job",
                        out=str(out / f"set-{s}-{tag}"), kwargs={"essay_set": s, "crossfit_root": str(crossfit_root), "k": k}))
    return jobs


def add_parser(subparsers) -> None:
    from .common import parse_sets
    from .asap import SCIENCE_SETS

    p = subparsers.add_parser(
        "crossfit-student",
        help="cross-validated hashed students from the cross-fitted teachers; optionally write bundles",
        description="k-fold cross-validation of the hashed student (teacher and hyper-parameters chosen on the "
                    "other folds), then the shipped student fitted on every scored answer.")
    p.add_argument("--sets", type=parse_sets, default=list(SCIENCE_SETS))
    p.add_argument("--crossfit", default="runs/crossfit", help="folder of the cross-fitted teacher jobs")
    p.add_argument("--out", default="runs/crossfit-students", help="one folder per set: bundle and summary.json")
    p.add_argument("--workers", type=int, default=1, help="sets at a time")
    p.add_argument("--executor", choices=EXECUTORS, default="process")

    def run(args: argparse.Namespace) -> int:
        jobs = student_jobs(args.sets, Path(args.crossfit), Path(args.out))
        for job_id, r in run_jobs(jobs, executor=args.executor, workers=args.workers).items():
            print(f"{job_id}: student QWK {r['student_qwk']:.3f} (baseline {r['baseline_qwk']:.3f}), "
                  f"auto-accepted {r['auto_share']:.1%} of answers, {r['auto_right']} of them exactly right", flush=True)
        return 0

    p.set_defaults(func=run)
