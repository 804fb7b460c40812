"""The hashed LR kind: a capped near-copy of issue 11's reference model (``grader-distill crossfit-hashed-lr``;
installation rule, fourth amendment in docs/distillation.md).

The reference model's strength is its character n-grams; its weakness for a bundle is its vocabulary
(hundreds of thousands of stored numbers). This kind keeps the n-grams and drops the vocabulary: the
hashed features of :mod:`grader_app.learn.hashed` (MurmurHash3 into ``M = buckets_for(K)`` buckets, so the
table M·K + K stays within the 50,000-number budget) and scikit-learn's multinomial logistic regression on
the human scores. Its grid (:data:`GRID`): word 1–2-grams plus one of four character groups × C ∈ {1, 10,
100}. Cross-validated with the baseline kind's protocol (:mod:`crossfit_baseline`): per outer fold, every
configuration fitted on the inner stratified 80/20 split of the other folds and ranked by inner QWK (ties:
accuracy, then grid order), the best refitted on the other folds, scoring fold f; then the decision rule,
temperature and review threshold as every kind's (:func:`crossfit_vocab.kind_figures`).

The bundle: the same choice on an inner split of every scored answer, fitted on all of them, exported by
:func:`grader_app.learn.hashed.to_onnx` (the graph the app already runs for learned models) and checked
against scikit-learn before it is written. No torch.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from .crossfit import K_FOLDS, set_data, transfer_frame
from .crossfit_kind import add_kind_parser, calibrate_oof, final_record, finish_set, load_finished, set_jobs
from .crossfit_kind import own_metrics as shared_own_metrics
from .jobs import Job

KIND = "hashed_lr"
FOLDER = "hashed-lr-bundle"  # under crossfit-vocab's --out: <out>/hashed-lr-bundle/set-<S>/
PARITY = 1e-4                # graph (float32) against scikit-learn (float64), max |Δp|
FEATURES = {                 # name → (word orders, character orders, chunk length)
    "w12+s5": ((1, 2), (), 5),
    "w12+c345": ((1, 2), (3, 4, 5), 0),
    "w12+c2345": ((1, 2), (2, 3, 4, 5), 0),
    "w12+s5+c45": ((1, 2), (4, 5), 5),
}
CS = (1.0, 10.0, 100.0)


@dataclass(frozen=True)
class Config:
    features: str
    C: float

    def spec(self, n_labels: int):
        from ..learn.hashed import HashSpec, buckets_for

        words, chars, stems = FEATURES[self.features]
        return HashSpec(buckets_for(n_labels), words, chars, stems)

    def as_dict(self) -> dict:
        return {"features": self.features, "C": self.C}


GRID = tuple(Config(f, c) for f in FEATURES for c in CS)


def _say(msg: str) -> None:
    print(msg, flush=True)


def _fit(X, y, C: float, K: int):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=C, max_iter=3000).fit(X, y)
    if list(m.classes_) != list(range(K)):
        raise ValueError(f"a fit saw scores {list(m.classes_)}, not all of 0..{K - 1}")
    return m


def _weights(m, K: int) -> tuple[np.ndarray, np.ndarray]:
    """``(W [M, K], b [K])`` whose softmax equals the model's probabilities (a binary model as ±z/2)."""
    W, b = np.asarray(m.coef_, dtype=np.float64).T, np.asarray(m.intercept_, dtype=np.float64)
    if K == 2:
        W, b = np.hstack([-W / 2, W / 2]), np.array([-b[0] / 2, b[0] / 2])
    return W, b


def _log_probs(m, X) -> np.ndarray:
    return np.log(np.clip(m.predict_proba(X), 1e-12, 1.0))


def featurise_all(texts: list[str], K: int) -> dict:
    """Each feature set's matrix over ``texts`` (rows are independent: no fitting happens here)."""
    from ..learn.hashed import featurise

    return {name: featurise(texts, Config(name, 1.0).spec(K)) for name in FEATURES}


def rank(Xs: dict, y: np.ndarray, idx: np.ndarray, K: int, seed: int, grid=GRID) -> list[tuple[Config, float, float]]:
    """Every configuration fitted on an inner stratified 80/20 split of the rows ``idx``, best first
    (inner QWK with the arg-max, then accuracy, then grid order): ``[(config, qwk, accuracy)]``."""
    from .crossfit_student import _qwk
    from .crossfit_vocab import inner_split

    a, b = inner_split(y, idx, seed)
    scored = []
    for i, c in enumerate(grid):
        pred = _fit(Xs[c.features][a], y[a], c.C, K).predict(Xs[c.features][b])
        scored.append((_qwk(y[b], pred, range(K)), float(np.mean(pred == y[b])), -i, c))
    scored.sort(key=lambda t: t[:3], reverse=True)
    return [(c, q, acc) for q, acc, _, c in scored]


def cross_validate(essay_set: int, k: int = K_FOLDS, grid=GRID, log=_say) -> dict:
    from .crossfit_student import _qwk
    from .crossfit_vocab import kind_figures

    d = set_data(essay_set, k)
    K, y, folds = d.n_labels, d.y, d.folds
    Xs = featurise_all(d.texts, K)
    logits = np.zeros((len(y), K))
    choices = []
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        best, q, acc = rank(Xs, y, tr, K, seed=5000 + f, grid=grid)[0]
        m = _fit(Xs[best.features][tr], y[tr], best.C, K)
        logits[te] = _log_probs(m, Xs[best.features][te])
        choices.append({"fold": f, KIND: {"config": best.as_dict(), "inner_qwk": q, "inner_accuracy": acc}})
        log(f"set {essay_set} fold {f}: {KIND} {best.features} C={best.C:g} inner {q:.3f}, fold "
            f"{_qwk(y[te], logits[te].argmax(1), range(K)):.3f}")
    fig = kind_figures(logits, y, folds, k, K)
    return {"set": essay_set, "labels": d.labels, "k": k, "n": len(y), "kind": KIND, "figures": fig,
            "choices": choices, "_data": {"texts": d.texts, "y": y, "folds": folds, "logits": logits, "X": Xs}}


def build_bundle(result: dict, out_dir: Path, grid=GRID, log=_say) -> Path:
    """The kind fitted on every scored answer (configuration chosen on an inner split of all of them), its
    graph checked against scikit-learn; temperature, decision rule and threshold from its out-of-fold
    predictions."""
    from ..learn.hashed import featurise, to_onnx
    from ..text import normalise_many
    from .bundling import asap_bundle_id, asap_title, count_onnx_parameters, item_for_asap, make_manifest, \
        write_item_bundle
    from .onnx_utils import check_parity

    s, K = result["set"], len(result["labels"])
    texts, y, Xs = result["_data"]["texts"], result["_data"]["y"], result["_data"]["X"]
    best, q, acc = rank(Xs, y, np.arange(len(y)), K, seed=6000, grid=grid)[0]
    m = _fit(Xs[best.features], y, best.C, K)
    spec = best.spec(K)
    W, b = _weights(m, K)
    model = to_onnx(SimpleNamespace(spec=spec, weights_=W, bias_=b), K)
    probe = normalise_many(transfer_frame(s)["EssayText"].tolist()) + ["", "a", "#", "x " * 300, "é ü ß"] + texts
    parity = check_parity(model, probe, m.predict_proba(featurise(probe, spec)), tolerance=PARITY)
    n_params = count_onnx_parameters(model)
    rule, T, review = calibrate_oof(result, result["_data"]["logits"])
    words, chars, stems = FEATURES[best.features]
    parts = [f"word {'-'.join(map(str, words))}-grams"] + ([f"{stems}-letter chunks"] if stems else []) + \
        ([f"character {chars[0]}-{chars[-1]}-grams"] if chars else [])
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer; "
                f"{result['k']}-fold cross-validation on the folds of the cross-fitted students",
        "model": f"hashed LR kind (no teacher), trained on all {result['n']} scored answers: hashed "
                 f"{' + '.join(parts)} (MurmurHash3, {spec.buckets} buckets, no stored vocabulary) + multinomial "
                 f"logistic regression C={best.C:g} (scikit-learn); a candidate of the installation rule's fourth "
                 "amendment (installed only where its mean CV QWK is the best)",
        "teacher": "none (hashed LR kind: logistic regression on human scores)",
        "kind": f"crossfit-{KIND}",
        "choice": {"config": best.as_dict(), "inner_qwk": q, "inner_accuracy": acc,
                   "criterion": "QWK on an inner stratified 20 % of the scored answers"},
        "parity_max_abs_dp": parity,
        "student_spec": spec.to_dict(),
    }
    manifest = make_manifest(bundle_id=asap_bundle_id(s), title=asap_title(s), item=item_for_asap(s),
                             labels=result["labels"], normalisation="basic-v1", temperature=T, review=review,
                             metrics=own_metrics(result), provenance=provenance, parameters=n_params,
                             calibration_method="temperature scaling (out-of-fold NLL)",
                             extra=_manifest_extra(rule))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = write_item_bundle(out_dir / f"{asap_bundle_id(s)}.gradebundle", manifest, model)
    result["final"] = final_record(provenance["choice"], rule, review, n_params)
    log(f"set {s}: wrote {path.name} ({KIND}: {best.features} C={best.C:g}; {n_params} stored numbers; parity "
        f"{parity:.1e}; threshold {review['threshold']:.3f}, {review['coverage_at_threshold']:.0%} out of fold)")
    return path


def _manifest_extra(rule: dict) -> dict:
    from .decoding import manifest_extra

    return manifest_extra(rule)


def own_metrics(result: dict) -> dict:
    return shared_own_metrics(result, KIND, "every choice made on the other folds only")


def summary(result: dict) -> dict:
    import json

    out = {key: v for key, v in result.items() if not key.startswith("_")}
    return json.loads(json.dumps(out, default=float))


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set: the kind's cross-validation and its bundle fitted on every scored answer (minutes)."""
    res = cross_validate(essay_set, k=k)
    return finish_set(out, res, build_bundle, summary)


def hashed_lr_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs("crossfit_hashed_lr", FOLDER, sets, vocab_out, k)


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished hashed-LR-kind job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-lr", FOLDER, hashed_lr_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed LR kind (hashed words + character n-grams, logistic regression, ≤ 50k) cross-validated",
        description="k-fold CV (choices on the other folds only) of the hashed LR kind on the folds of crossfit-vocab, "
                    "and its bundle fitted on every scored answer (threshold from its out-of-fold predictions). "
                    "`crossfit-vocab --install` and `crossfit-report` read it beside the other kinds. Resumable: a "
                    "finished set is never redone.")
