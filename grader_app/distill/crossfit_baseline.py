"""The baseline bundle kind, cross-validated beside the students (``grader-distill crossfit-baseline``).

What ``grader-distill baseline`` ships (:mod:`grader_app.distill.baseline`): TF-IDF word or character
n-grams + multinomial logistic regression, the configuration chosen from its 22-configuration grid as
the best whose graph stays within the 50,000-number budget (:func:`~grader_app.distill.features.estimate_parameters`;
the vocabulary is limited by the grid itself: word 1-grams in full, word 1-2-grams or character
2-5-grams capped at 5,000 / 4,500 features, the unlimited word 1-2-gram configurations only where they
fit). Here it is cross-validated with the folds and the honest protocol of :mod:`crossfit_vocab`:

* per outer fold f, every configuration is fitted on an inner stratified 80/20 split of the other folds
  (the seeds of :func:`crossfit_vocab.cross_validate`) and ranked by inner QWK (ties: accuracy, then
  fewer numbers), keeping those within the budget; the best is refitted on all the other folds (the next
  one if the refit outgrows the budget) and scores fold f;
* its out-of-fold log-probabilities are routed as the students' are (fold f with the temperature and
  threshold fitted on the other folds' out-of-fold predictions).

The bundle of this kind is the same choice made on every scored answer (inner split of all of them),
fitted on all of them, converted to one ONNX graph (parity with scikit-learn checked, the next
configuration if it fails, as ``baseline`` does), its temperature and review threshold fitted on its
out-of-fold predictions. No torch: scikit-learn and skl2onnx only.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .crossfit import K_FOLDS, set_data, transfer_frame
from .crossfit_vocab import BASELINE_KIND as KIND
from .crossfit_kind import add_kind_parser, calibrate_oof, finish_set, load_finished, set_jobs, write_kind_bundle
from .crossfit_kind import own_metrics as shared_own_metrics
from .jobs import Job

FOLDER = "baseline-bundle"  # under crossfit-vocab's --out: <out>/baseline-bundle/set-<S>/
MODEL_WORDS = "TF-IDF + multinomial logistic regression (the `grader-distill baseline` kind), hard labels only"


def _say(msg: str) -> None:
    print(msg, flush=True)


def _log_probs(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-12, 1.0))


def rank(texts, y, idx, K: int, seed: int, max_params: int, configs=None):
    """The baseline grid fitted on an inner stratified 80/20 split of the rows ``idx``, best first
    (inner QWK, accuracy, fewer numbers), those over ``max_params`` left out."""
    from .baseline import fit_candidates, grid_configs, within_budget
    from .crossfit_vocab import inner_split

    a, b = inner_split(y, idx, seed)
    cands = fit_candidates([texts[i] for i in a], y[a], [texts[i] for i in b], y[b], list(range(K)),
                           list(configs or grid_configs()))
    return within_budget(cands, max_params)


def fit_ranked(ranked, texts, y, idx, max_params: int, skip=()):
    """The first ranked configuration whose fit on every row of ``idx`` stays within the budget:
    ``(candidate, fitted pipeline, its estimated size)``."""
    from .features import estimate_parameters, fit_pipeline

    for c in ranked:
        if c.config in skip:
            continue
        pipe = fit_pipeline(c.config.make(), [texts[i] for i in idx], y[idx])
        size = estimate_parameters(pipe)
        if size <= max_params:
            return c, pipe, size
    raise RuntimeError("no ranked baseline configuration stays within the budget when refitted")


def cross_validate(essay_set: int, k: int = K_FOLDS, max_params: int | None = None, configs=None, log=_say) -> dict:
    from .baseline import DEFAULT_MAX_PARAMS, full_probabilities
    from .crossfit_student import _qwk
    from .crossfit_vocab import kind_figures

    budget = int(max_params or DEFAULT_MAX_PARAMS)
    d = set_data(essay_set, k)
    K, texts, y, folds = d.n_labels, d.texts, d.y, d.folds
    logits = np.zeros((len(y), K))
    choices = []
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        ranked = rank(texts, y, tr, K, seed=5000 + f, max_params=budget, configs=configs)
        cand, pipe, size = fit_ranked(ranked, texts, y, tr, budget)
        logits[te] = _log_probs(full_probabilities(pipe, [texts[i] for i in te], K))
        choices.append({"fold": f, KIND: {"config": cand.config.as_dict(), "inner_qwk": cand.valid_qwk,
                                          "inner_accuracy": cand.valid_accuracy, "parameters_estimate": size}})
        log(f"set {essay_set} fold {f}: {KIND} {cand.config} inner {cand.valid_qwk:.3f}, fold "
            f"{_qwk(y[te], logits[te].argmax(1), range(K)):.3f}")
    fig = kind_figures(logits, y, folds, k, K)
    return {"set": essay_set, "labels": d.labels, "k": k, "n": len(y), "max_params": budget, "kind": KIND,
            "figures": fig, "choices": choices, "_data": {"texts": texts, "y": y, "folds": folds, "logits": logits}}


def build_bundle(result: dict, out_dir: Path, configs=None, log=_say) -> Path:
    """The kind fitted on every scored answer (its configuration chosen by the same inner split of all of
    them); temperature and threshold from its out-of-fold predictions. Its manifest carries this kind's CV
    figures; ``crossfit-vocab --install`` re-issues it with the other kinds' beside them (:func:`reissue`)."""
    from ..text import normalise_many
    from . import onnx_utils
    from .baseline import full_probabilities
    from .bundling import count_onnx_parameters

    s, K, budget = result["set"], len(result["labels"]), result["max_params"]
    texts, y, logits = result["_data"]["texts"], result["_data"]["y"], result["_data"]["logits"]
    idx = np.arange(len(y))
    probe = normalise_many(transfer_frame(s)["EssayText"].tolist()[:200]) + ["", "a", "#", "x " * 300] + texts
    ranked = rank(texts, y, idx, K, seed=6000, max_params=budget, configs=configs)
    failures: list[str] = []
    tried: list = []
    while True:
        cand, pipe, size = fit_ranked(ranked, texts, y, idx, budget, skip=tried)
        tried.append(cand.config)
        model = onnx_utils.pipeline_to_onnx(pipe, n_labels=K)
        n_params = count_onnx_parameters(model)
        try:
            if n_params > budget:
                raise onnx_utils.ParityError(f"{n_params} stored numbers, over {budget}")
            parity = onnx_utils.check_parity(model, probe, full_probabilities(pipe, probe, K))
            break
        except onnx_utils.ParityError as exc:
            failures.append(f"{cand.config}: {exc}")
            if len(tried) >= 5:
                raise RuntimeError(f"set {s}: no baseline configuration converted exactly: " + "; ".join(failures)) from None
    rule, _, review = calibrate_oof(result, logits)
    cfg = cand.config
    words = (f"TF-IDF {cfg.analyzer} {cfg.ngram_range[0]}-{cfg.ngram_range[1]}-grams (max_features={cfg.max_features}, "
             f"min_df={cfg.min_df}) + multinomial logistic regression C={cfg.C:g}"
             f"{', balanced class weights' if cfg.class_weight else ''} (scikit-learn, converted with skl2onnx)")
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer; "
                f"{result['k']}-fold cross-validation on the folds of the cross-fitted students",
        "model": f"baseline kind (no teacher), cross-fitted, trained on all {result['n']} scored answers: {words}; "
                 "a candidate of the amended installation rule (installed only where its mean CV QWK is the best)",
        "teacher": "none (baseline kind: TF-IDF + logistic regression on human scores)",
        "kind": f"crossfit-{KIND}",
        "choice": {"config": cfg.as_dict(), "inner_qwk": cand.valid_qwk, "inner_accuracy": cand.valid_accuracy,
                   "criterion": "QWK on an inner stratified 20 % of the scored answers, within the budget",
                   "max_parameters": budget, "skipped_for_parity": failures},
        "parity_max_abs_dp": parity,
    }
    path = write_kind_bundle(result, out_dir, KIND, model, provenance, rule, review, n_params)
    log(f"set {s}: wrote {path.name} ({KIND}: {cfg}; {n_params} stored numbers; threshold "
        f"{review['threshold']:.3f}, {review['coverage_at_threshold']:.0%} of the out-of-fold answers)")
    return path


def own_metrics(result: dict) -> dict:
    return shared_own_metrics(result, KIND, "every choice made on the other folds only")


def reissue(bundle_path: Path, metrics: dict, out: Path) -> Path:
    """The same graph, calibration and provenance with ``metrics`` (every kind's CV figures) in the manifest."""
    from ..bundles import read_bundle
    from .bundling import write_item_bundle

    old = read_bundle(bundle_path)
    m = json.loads(json.dumps(old.manifest))
    m.pop("sha256", None)
    m["metrics"] = metrics
    return write_item_bundle(out, m, old.model_bytes)


def summary(result: dict) -> dict:
    out = {key: v for key, v in result.items() if not key.startswith("_")}
    return json.loads(json.dumps(out, default=float))


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set: the kind's cross-validation, and its bundle fitted on every scored answer (seconds to
    minutes; it is installed only where the rule picks it)."""
    res = cross_validate(essay_set, k=k)
    return finish_set(out, res, build_bundle, summary)


def baseline_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs("crossfit_baseline", FOLDER, sets, vocab_out, k)


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished baseline-kind job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-baseline", FOLDER, baseline_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the baseline bundle kind (TF-IDF + LR within the budget) cross-validated on the students' folds",
        description="k-fold CV (choices on the other folds only) of what `grader-distill baseline` ships, on the "
                    "folds of crossfit-vocab, and its bundle fitted on every scored answer (threshold from its "
                    "out-of-fold predictions). `crossfit-vocab --install` and `crossfit-report` read it beside the "
                    "students. Resumable: a finished set is never redone.")
