"""The hashed pair kind (``grader-distill crossfit-hashed-pair``; installation rule, sixth amendment in
docs/distillation.md): the hashed LR kind and the hashed ordinal kind, each in half the 50,000-number budget,
their probabilities averaged with equal weights.

The two models err differently (one multinomial table of K columns over fewer buckets; one ordinal column over
more), and an average of two such models is steadier than either. Each half chooses its configuration exactly as
its own kind does (same grid, same inner 80/20 split of the other folds, :func:`crossfit_hashed_lr.rank`); the
weights are fixed at ½, never chosen. The decision rule, temperature and review threshold come from the pair's
out-of-fold probabilities as every kind's (:func:`crossfit_vocab.kind_figures`).

The bundle is one graph (:func:`pair_graph`): both halves read the same input ``text`` and the graph outputs the
mean of their probabilities. The ordinal half's buckets are tied to the LR half's (K times as many), so each
n-gram of a feature group both halves chose reads both tables with one lookup; its parity with the two Python
models is checked before it is written. No torch.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from .crossfit import K_FOLDS
from .crossfit_hashed_lr import (LR, PARITY, PIECE_FEATURES, Config, Family, cross_validate, feature_words, fit_final,
                                 parity_texts, summary)
from .crossfit_hashed_ordinal import ORDINAL
from .crossfit_kind import add_kind_parser, calibrate_oof, finish_set, load_finished, set_jobs, write_kind_bundle
from .jobs import Job

KIND, FOLDER = "hashed_pair", "hashed-pair-bundle"
HALF = 25_000   # each model's share of the 50,000-number budget


def _half_lr(n_labels: int) -> int:
    from ..learn.hashed import buckets_for

    return buckets_for(n_labels, HALF)


def _half_ordinal(n_labels: int) -> int:
    """K times the LR half's buckets (within a few numbers of half the budget): the buckets are tied, so a graph
    reads both tables with one lookup for every feature group its halves share (:func:`pair_graph`)."""
    return n_labels * _half_lr(n_labels)


def _tied_keyed_ordinal(key, n_labels: int) -> int:
    """With key features (twenty-fourth amendment): K times the keyed LR half's buckets, so the buckets stay tied
    and a keyed pair's graph is the tied one too (a few dozen buckets fewer than the ordinal half's own share)."""
    return n_labels * dataclasses.replace(LR_HALF, key=key).table_buckets(n_labels)


LR_HALF = dataclasses.replace(LR, buckets=_half_lr)
ORDINAL_HALF = dataclasses.replace(ORDINAL, buckets=_half_ordinal, keyed_buckets=_tied_keyed_ordinal)


def halves(key=None) -> tuple[Family, Family]:
    """The two halves; with ``key`` (:class:`grader_app.learn.key_features.KeyFeatures`), both also read the question's
    key features (twenty-first amendment), under the same kind names, grids and picks."""
    if key is None:
        return LR_HALF, ORDINAL_HALF
    return dataclasses.replace(LR_HALF, key=key), dataclasses.replace(ORDINAL_HALF, key=key)


def _pieces_only(family: Family) -> Family:
    """``family`` with its grid's strengths over the word-piece feature sets alone (twenty-ninth amendment)."""
    values = tuple(dict.fromkeys(c.value for c in family.grid))
    return dataclasses.replace(family, grid=tuple(Config(f, family.grid[0].param, v) for f in PIECE_FEATURES
                                                  for v in values), features=tuple(PIECE_FEATURES))


def piece_halves(key=None) -> tuple[Family, Family]:
    """The two halves reading word pieces alone (twenty-ninth amendment: one tokenizer in the graph), each with its
    own kind's strengths; with ``key``, both also read the question's key features (which need the word tokenizer
    too)."""
    return tuple(_pieces_only(f) for f in halves(key))   # type: ignore[return-value]


def _say(msg: str) -> None:
    print(msg, flush=True)


def average_log_probs(*log_probs: np.ndarray) -> np.ndarray:
    """log of the mean of the models' probabilities (each given as log-probabilities)."""
    return np.log(np.mean([np.exp(lp) for lp in log_probs], axis=0))


def cross_validate_pair(essay_set: int, k: int = K_FOLDS, log=_say) -> dict:
    """Both halves cross-validated on the students' folds (choices on the other folds only), averaged."""
    from .crossfit_vocab import kind_figures

    parts = [cross_validate(essay_set, k=k, family=f, log=log) for f in halves()]
    first = parts[0]
    y, folds, K = first["_data"]["y"], first["_data"]["folds"], len(first["labels"])
    logits = average_log_probs(*(p["_data"]["logits"] for p in parts))
    choices = [{"fold": f, **{p["kind"]: c[p["kind"]] for p, c in zip(parts, cs)}}
               for f, cs in enumerate(zip(*(p["choices"] for p in parts)))]
    return {"set": essay_set, "labels": first["labels"], "k": k, "n": len(y), "kind": KIND,
            "figures": kind_figures(logits, y, folds, k, K), "choices": choices,
            "halves": {p["kind"]: {"qwk": p["figures"]["qwk"], "qwk_sd": p["figures"]["qwk_sd"]} for p in parts},
            "_data": {"texts": first["_data"]["texts"], "y": y, "folds": folds, "logits": logits},
            "_parts": parts}


def pair_graph(halves: list, n_labels: int) -> bytes:
    """The bundle graph of two fitted halves (each with ``spec``, ``weights_``, ``bias_``: the LR half first):
    where their buckets are tied, one lookup per n-gram of a feature group both halves use, for both tables, and
    key features computed once (:func:`grader_app.learn.hashed_pair.tied_pair_to_onnx`); else the two graphs
    averaged with their shared work merged (:func:`.onnx_utils.average_graphs`)."""
    from ..learn.hashed import PAIR_GRAPH, to_onnx
    from ..learn.hashed_pair import tied_pair_to_onnx
    from .onnx_utils import average_graphs

    lr, ordinal = halves
    if ordinal.spec.buckets % lr.spec.buckets == 0:
        try:
            return tied_pair_to_onnx(lr, ordinal, n_labels)
        except ValueError:   # no feature group in common, chunks of different lengths or different keys: averaged below
            pass
    return average_graphs([to_onnx(h, n_labels) for h in halves], n_labels, name=PAIR_GRAPH)


def build_bundle(result: dict, out_dir: Path, log=_say) -> Path:
    """Each half fitted on every scored answer (its configuration chosen on an inner split of them), one graph
    averaging them, checked against the Python models; temperature, rule and threshold from the pair's
    out-of-fold predictions."""
    fitted = [fit_final(part, family) for part, family in zip(result["_parts"], halves())]
    return write_pair_bundle(result, out_dir, fitted, KIND, "each half: QWK on an inner stratified 20 % of the "
                             "scored answers", log=log)


def write_pair_bundle(result: dict, out_dir: Path, fitted: list, kind: str, criterion: str, log=_say,
                      teacher: str | None = None) -> Path:
    """The bundle of a pair whose two halves are ``fitted`` (:class:`.crossfit_hashed_lr.Fitted`, the LR half
    first) on every scored answer: one graph, checked against the Python models; temperature, rule and threshold
    from the pair's out-of-fold predictions; ``criterion`` says how the halves' configurations were chosen, and
    ``teacher`` names the teacher whose labels of the unscored answers the halves also learned from (if any)."""
    from ..learn.hashed import featurise
    from .bundling import count_onnx_parameters
    from .onnx_utils import check_parity

    s, K = result["set"], len(result["labels"])
    model = pair_graph(fitted, K)
    probe = parity_texts(s, result["_data"]["texts"])
    expected = np.mean([f.model.predict_proba(featurise(probe, f.spec)) for f in fitted], axis=0)
    parity = check_parity(model, probe, expected, tolerance=PARITY)
    n_params = count_onnx_parameters(model)
    rule, _, review = calibrate_oof(result, result["_data"]["logits"])
    described = [f"{fam.kind.replace('_', ' ').replace('hashed lr', 'hashed LR')} half: hashed "
                 f"{' + '.join(feature_words(f.config))} ({f.spec.buckets} buckets) + "
                 f"{fam.model_words.format(param=f'{f.config.param}={f.config.value:g}')}"
                 for f, fam in zip(fitted, halves())]
    choice = {fam.kind: {"config": f.config.as_dict(), "inner_qwk": f.inner_qwk, "inner_accuracy": f.inner_accuracy}
              for f, fam in zip(fitted, halves())}
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer; "
                f"{result['k']}-fold cross-validation on the folds of the cross-fitted students",
        "model": f"{kind.replace('_', ' ')} kind ({'no teacher' if teacher is None else 'teacher ' + teacher}), "
                 f"trained on all {result['n']} scored answers"
                 f"{'' if teacher is None else ' and ' + str(result.get('n_transfer')) + ' unscored ones'}: the mean "
                 "of two models' probabilities, each in half the budget (MurmurHash3, no stored vocabulary): "
                 f"{'; '.join(described)}; a capped candidate of the installation rule (installed only where its "
                 "mean CV QWK is the best)",
        "teacher": f"none ({kind.replace('_', ' ')} kind: fitted on human scores)" if teacher is None else
                   f"{teacher} (cross-fitted; its probabilities on the set's unscored answers, the mean of its fold "
                   "teachers, as soft targets beside the human scores)",
        "kind": f"crossfit-{kind}",
        "choice": {**choice, "weights": [0.5, 0.5], "criterion": criterion},
        "parity_max_abs_dp": parity,
        "student_specs": [f.spec.to_dict() for f in fitted],
    }
    if teacher is not None:
        provenance["teacher_model"] = teacher
    path = write_kind_bundle(result, out_dir, kind, model, provenance, rule, review, n_params)
    log(f"set {s}: wrote {path.name} ({kind.replace('_', ' ')}; {n_params} stored numbers; parity {parity:.1e}; threshold "
        f"{review['threshold']:.3f}, {review['coverage_at_threshold']:.0%} out of fold)")
    return path


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set (minutes): both halves' cross-validation and the pair's bundle fitted on every scored answer."""
    res = cross_validate_pair(essay_set, k=k)
    return finish_set(out, res, build_bundle, summary)


def pair_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs("crossfit_hashed_pair", FOLDER, sets, vocab_out, k)


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-pair", FOLDER, pair_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed pair kind (hashed LR + hashed ordinal, each in half the budget, averaged) cross-validated",
        description="k-fold CV (choices on the other folds only) of the hashed pair kind on the folds of crossfit-vocab, "
                    "and its bundle fitted on every scored answer (threshold from its out-of-fold predictions). "
                    "`crossfit-vocab --install` and `crossfit-report` read it beside the other kinds. Resumable: a "
                    "finished set is never redone.")
