"""The hashed committee kind (``grader-distill crossfit-hashed-committee``; installation rule, seventh amendment in
docs/distillation.md): the hashed LR kind's three best configurations instead of its one best, each in a third of
the 50,000-number budget, their probabilities averaged with equal weights.

The hashed LR kind picks one of twelve configurations on one inner 80/20 split, and that pick is noisy (a few
buckets more or less change it; docs/distillation.md, sixth amendment's addendum). Averaging the top three of
the same ranking keeps most of what the pick knows and less of its luck. The ranking, grid, seeds and protocol
are the hashed LR kind's (:func:`crossfit_hashed_lr.rank`); the weights are fixed at ⅓, never chosen; the decision
rule, temperature and review threshold come from the committee's out-of-fold probabilities as every kind's.

The bundle is one graph: the three hashed graphs read the same input ``text``, the graph outputs the mean of their
probabilities, and the work they share (the word tokenizer, the hashes of shared n-gram groups) is done once
(:func:`.onnx_utils.average_graphs`); its parity with the three Python models is checked before it is written.
No torch.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from .crossfit import K_FOLDS
from .crossfit_hashed_lr import LR, PARITY, feature_words, parity_texts, rank, summary
from .crossfit_hashed_lr import cross_validate as cross_validate_kind
from .crossfit_kind import add_kind_parser, calibrate_oof, finish_set, load_finished, set_jobs, write_kind_bundle
from .jobs import Job

KIND, FOLDER = "hashed_committee", "hashed-committee-bundle"
MEMBERS = 3
SHARE = 50_000 // MEMBERS   # each member's share of the budget


def _third_lr(n_labels: int) -> int:
    from ..learn.hashed import buckets_for

    return buckets_for(n_labels, SHARE)


LR_THIRD = dataclasses.replace(LR, buckets=_third_lr)


def family():
    return LR_THIRD


def _say(msg: str) -> None:
    print(msg, flush=True)


def cross_validate(essay_set: int, k: int = K_FOLDS, log=_say) -> dict:
    """The hashed LR kind's cross-validation with its top three averaged (:func:`crossfit_hashed_lr.cross_validate`)."""
    return cross_validate_kind(essay_set, k=k, family=family(), log=log, members=MEMBERS, kind=KIND)


def build_bundle(result: dict, out_dir: Path, log=_say) -> Path:
    """The top three configurations on an inner split of every scored answer, each fitted on all of them, one
    graph averaging them, checked against the Python models; temperature, rule and threshold from the
    committee's out-of-fold predictions."""
    from ..learn.hashed import featurise, to_onnx
    from .bundling import count_onnx_parameters
    from .onnx_utils import average_graphs, check_parity

    fam = family()
    s, K = result["set"], len(result["labels"])
    y, Xs = result["_data"]["y"], result["_data"]["X"]
    top = rank(Xs, y, np.arange(len(y)), K, seed=6000, family=fam)[:MEMBERS]
    configs = [c for c, _, _ in top]
    specs = [fam.spec(c, K) for c in configs]
    models = [fam.fit(Xs[c.features], y, c, K, spec) for c, spec in zip(configs, specs)]
    graphs = [to_onnx(SimpleNamespace(spec=spec, weights_=W, bias_=b), K)
              for m, spec in zip(models, specs) for W, b in [fam.weights(m, K)]]
    model = average_graphs(graphs, K, name="grader_hashed_committee")
    probe = parity_texts(s, result["_data"]["texts"])
    expected = np.mean([m.predict_proba(featurise(probe, spec)) for m, spec in zip(models, specs)], axis=0)
    parity = check_parity(model, probe, expected, tolerance=PARITY)
    n_params = count_onnx_parameters(model)
    rule, _, review = calibrate_oof(result, result["_data"]["logits"])
    described = [f"{' + '.join(feature_words(c))} ({spec.buckets} buckets), C={c.value:g}" for c, spec in zip(configs, specs)]
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer; "
                f"{result['k']}-fold cross-validation on the folds of the cross-fitted students",
        "model": f"hashed committee kind (no teacher), trained on all {result['n']} scored answers: the mean of the "
                 f"probabilities of the hashed LR kind's {len(top)} best configurations, each in a third of the budget "
                 f"(MurmurHash3, no stored vocabulary, multinomial logistic regression): {'; '.join(described)}; a "
                 "capped candidate of the installation rule (installed only where its mean CV QWK is the best)",
        "teacher": "none (hashed committee kind: fitted on human scores)",
        "kind": f"crossfit-{KIND}",
        "choice": {"members": [{"config": c.as_dict(), "inner_qwk": q, "inner_accuracy": a} for c, q, a in top],
                   "weights": [round(1 / len(top), 6)] * len(top),
                   "criterion": "the top three by QWK on an inner stratified 20 % of the scored answers"},
        "parity_max_abs_dp": parity,
        "student_specs": [spec.to_dict() for spec in specs],
    }
    path = write_kind_bundle(result, out_dir, KIND, model, provenance, rule, review, n_params)
    log(f"set {s}: wrote {path.name} (hashed committee; {n_params} stored numbers; parity {parity:.1e}; threshold "
        f"{review['threshold']:.3f}, {review['coverage_at_threshold']:.0%} out of fold)")
    return path


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set (minutes): the committee's cross-validation and its bundle fitted on every scored answer."""
    return finish_set(out, cross_validate(essay_set, k=k), build_bundle, summary)


def committee_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs("crossfit_hashed_committee", FOLDER, sets, vocab_out, k)


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-committee", FOLDER, committee_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed committee kind (the hashed LR kind's 3 best configurations, a third of the budget each, "
             "averaged) cross-validated",
        description="k-fold CV (choices on the other folds only) of the hashed committee kind on the folds of "
                    "crossfit-vocab, and its bundle fitted on every scored answer (threshold from its out-of-fold "
                    "predictions). `crossfit-vocab --install` and `crossfit-report` read it beside the other kinds. "
                    "Resumable: a finished set is never redone.")
