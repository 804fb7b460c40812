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

The hashed ordinal kind (:mod:`crossfit_hashed_ordinal`, fifth amendment) is the same recipe with another
model family (:class:`Family`): the cross-validation, bundle and job code here serve both.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .crossfit import K_FOLDS, set_data, transfer_frame
from .crossfit_kind import add_kind_parser, calibrate_oof, finish_set, load_finished, set_jobs, write_kind_bundle
from .jobs import Job

PARITY = 1e-4                # graph (float32) against the Python model (float64), max |Δp|
FEATURES = {                 # name → (word orders, character orders, chunk length[, word-piece orders])
    "w12+s5": ((1, 2), (), 5),
    "w12+c345": ((1, 2), (3, 4, 5), 0),
    "w12+c2345": ((1, 2), (2, 3, 4, 5), 0),
    "w12+s5+c45": ((1, 2), (4, 5), 5),
}
PIECE_FEATURES = {           # the word-piece feature set (twenty-ninth amendment): one tokenizer, no character n-grams
    "p12": ((), (), 0, (1, 2)),
}


def features_of(name: str) -> tuple:
    """A feature set's groups by name, from :data:`FEATURES` (which probes may extend) or :data:`PIECE_FEATURES`."""
    return FEATURES[name] if name in FEATURES else PIECE_FEATURES[name]


@dataclass(frozen=True)
class Config:
    """One configuration of a family's grid: a feature set and the family's strength parameter
    (``C`` for logistic regression, ``l2`` for the ordinal model)."""
    features: str
    param: str
    value: float

    def as_dict(self) -> dict:
        return {"features": self.features, self.param: self.value}

    def __str__(self) -> str:
        return f"{self.features} {self.param}={self.value:g}"


@dataclass(frozen=True)
class Family:
    """What differs between the hashed kinds: the model, its table's size and its grid."""
    kind: str
    folder: str
    module: str
    grid: tuple
    buckets: Callable[[int], int]                      # n_labels → buckets
    fit: Callable[[Any, np.ndarray, Config, int, Any], Any]  # (X, y, config, K, spec) → model with predict_proba
    weights: Callable[[Any, int], tuple]               # (model, K) → (W [M, K or 1], b [K])
    model_words: str                                   # "… + multinomial logistic regression {param}"
    columns: Callable[[int], int] = lambda n_labels: n_labels   # the table's columns (an ordinal model: 1)
    key: Any = None                                    # the set's KeyFeatures (twenty-first amendment), or None
    keyed_buckets: Callable[[Any, int], int] | None = None   # (key, n_labels) → buckets with key features, if not
    #                                                          the default below (a pair's tied half: 24th amendment)
    features: tuple | None = None                      # the feature sets its grid reads (None: every one of FEATURES)

    def table_buckets(self, n_labels: int) -> int:
        """The table's buckets; with key features, the table gives up the buckets their numbers take."""
        if self.key is None:
            return self.buckets(n_labels)
        if self.keyed_buckets is not None:
            return self.keyed_buckets(self.key, n_labels)
        cols = self.columns(n_labels)
        return self.buckets(n_labels) + (self.key.stored_numbers(cols) // -cols)   # minus the ceiling

    def spec(self, config: Config, n_labels: int):
        """The configuration's features (:meth:`table_buckets` buckets)."""
        from ..learn.hashed import HashSpec

        words, chars, stems, *pieces = features_of(config.features)
        return HashSpec(self.table_buckets(n_labels), words, chars, stems, self.key, tuple(pieces[0]) if pieces else ())


def _say(msg: str) -> None:
    print(msg, flush=True)


def _fit_lr(X, y, config: Config, K: int, spec=None):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=config.value, max_iter=3000).fit(X, y)
    if list(m.classes_) != list(range(K)):
        raise ValueError(f"a fit saw scores {list(m.classes_)}, not all of 0..{K - 1}")
    return m


def _weights(m, K: int) -> tuple[np.ndarray, np.ndarray]:
    """``(W [M, K], b [K])`` whose softmax equals the model's probabilities (a binary model as ±z/2)."""
    W, b = np.asarray(m.coef_, dtype=np.float64).T, np.asarray(m.intercept_, dtype=np.float64)
    if K == 2:
        W, b = np.hstack([-W / 2, W / 2]), np.array([-b[0] / 2, b[0] / 2])
    return W, b


def _lr_buckets(n_labels: int) -> int:
    from ..learn.hashed import buckets_for

    return buckets_for(n_labels)


LR = Family(kind="hashed_lr", folder="hashed-lr-bundle", module="crossfit_hashed_lr",
            grid=tuple(Config(f, "C", c) for f in FEATURES for c in (1.0, 10.0, 100.0)),
            buckets=_lr_buckets, fit=_fit_lr, weights=_weights,
            model_words="multinomial logistic regression {param} (scikit-learn)")
KIND, FOLDER, GRID = LR.kind, LR.folder, LR.grid


def featurise_all(texts: list[str], K: int, family: Family = LR) -> dict:
    """Each feature set's matrix over ``texts`` (rows are independent: no fitting happens here)."""
    from ..learn.hashed import featurise

    return {name: featurise(texts, family.spec(Config(name, "", 0.0), K)) for name in family.features or FEATURES}


def rank(Xs: dict, y: np.ndarray, idx: np.ndarray, K: int, seed: int, family: Family = LR,
         grid=None) -> list[tuple[Config, float, float]]:
    """Every configuration fitted on an inner stratified 80/20 split of the rows ``idx``, best first
    (inner QWK with the arg-max, then accuracy, then grid order): ``[(config, qwk, accuracy)]``."""
    from .crossfit_student import _qwk
    from .crossfit_vocab import inner_split

    a, b = inner_split(y, idx, seed)
    scored = []
    for i, c in enumerate(grid or family.grid):
        X = Xs[c.features]
        pred = family.fit(X[a], y[a], c, K, family.spec(c, K)).predict_proba(X[b]).argmax(axis=1)
        scored.append((_qwk(y[b], pred, range(K)), float(np.mean(pred == y[b])), -i, c))
    scored.sort(key=lambda t: t[:3], reverse=True)
    return [(c, q, acc) for q, acc, _, c in scored]


def cross_validate(essay_set: int, k: int = K_FOLDS, family: Family = LR, grid=None, log=_say, members: int = 1,
                   kind: str | None = None) -> dict:
    """Per outer fold: the ranking on the inner split of the other folds, its best configuration (or the mean
    probabilities of its ``members`` best: the committee kind) refitted on all of them, scoring fold f."""
    from .crossfit_student import _qwk
    from .crossfit_vocab import kind_figures

    kind = kind or family.kind
    d = set_data(essay_set, k)
    K, y, folds = d.n_labels, d.y, d.folds
    Xs = featurise_all(d.texts, K, family)
    logits = np.zeros((len(y), K))
    choices = []
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        top = rank(Xs, y, tr, K, seed=5000 + f, family=family, grid=grid)[:members]
        probs = [family.fit(Xs[c.features][tr], y[tr], c, K, family.spec(c, K)).predict_proba(Xs[c.features][te])
                 for c, _, _ in top]
        logits[te] = np.log(np.clip(np.mean(probs, axis=0), 1e-12, 1.0))
        picked = [{"config": c.as_dict(), "inner_qwk": q, "inner_accuracy": acc} for c, q, acc in top]
        choices.append({"fold": f, kind: picked[0] if members == 1 else picked})
        log(f"set {essay_set} fold {f}: {kind} {' | '.join(str(c) for c, _, _ in top)} inner {top[0][1]:.3f}, fold "
            f"{_qwk(y[te], logits[te].argmax(1), range(K)):.3f}")
    fig = kind_figures(logits, y, folds, k, K)
    return {"set": essay_set, "labels": d.labels, "k": k, "n": len(y), "kind": kind, "figures": fig,
            "choices": choices, "_data": {"texts": d.texts, "y": y, "folds": folds, "logits": logits, "X": Xs}}


@dataclass(frozen=True)
class Fitted:
    """A family's model fitted on every scored answer, its configuration chosen on an inner split of them; as the
    graph builders take it (``spec``, ``weights_``, ``bias_``) beside the Python model."""
    config: Config
    inner_qwk: float
    inner_accuracy: float
    spec: Any
    model: Any
    weights_: np.ndarray
    bias_: np.ndarray


def fit_final(result: dict, family: Family = LR, grid=None) -> Fitted:
    """``family``'s choice on an inner split of every scored answer of ``result`` (seeded), fitted on all of them."""
    K = len(result["labels"])
    y, Xs = result["_data"]["y"], result["_data"]["X"]
    best, q, acc = rank(Xs, y, np.arange(len(y)), K, seed=6000, family=family, grid=grid)[0]
    spec = family.spec(best, K)
    m = family.fit(Xs[best.features], y, best, K, spec)
    return Fitted(best, q, acc, spec, m, *family.weights(m, K))


def parity_texts(essay_set: int, texts: list[str]) -> list[str]:
    """The answers a bundle's graph is checked on against its Python model: the set's unscored answers, a few
    edge cases and the scored answers."""
    from ..text import normalise_many

    return normalise_many(transfer_frame(essay_set)["EssayText"].tolist()) + ["", "a", "#", "x " * 300, "é ü ß"] + texts


def feature_words(config: Config) -> list[str]:
    """A configuration's feature groups in words, for a bundle's provenance."""
    words, chars, stems, *pieces = features_of(config.features)
    return ([f"word {'-'.join(map(str, words))}-grams"] if words else []) + ([f"{stems}-letter chunks"] if stems else []) + \
        ([f"word-piece {'-'.join(map(str, pieces[0]))}-grams"] if pieces and pieces[0] else []) + \
        ([f"character {chars[0]}-{chars[-1]}-grams"] if chars else [])


def build_bundle(result: dict, out_dir: Path, family: Family = LR, grid=None, log=_say) -> Path:
    """The kind fitted on every scored answer (configuration chosen on an inner split of all of them), its
    graph checked against the Python model; temperature, decision rule and threshold from its out-of-fold
    predictions."""
    from ..learn.hashed import featurise, to_onnx
    from .bundling import count_onnx_parameters
    from .onnx_utils import check_parity

    s = result["set"]
    texts = result["_data"]["texts"]
    fitted = fit_final(result, family, grid)
    best, q, acc, spec, m = fitted.config, fitted.inner_qwk, fitted.inner_accuracy, fitted.spec, fitted.model
    model = to_onnx(fitted, len(result["labels"]))
    probe = parity_texts(s, texts)
    parity = check_parity(model, probe, m.predict_proba(featurise(probe, spec)), tolerance=PARITY)
    n_params = count_onnx_parameters(model)
    rule, _, review = calibrate_oof(result, result["_data"]["logits"])
    parts = feature_words(best) + ([f"{spec.key.count} key features"] if spec.key is not None else [])
    name = family.kind.replace("_", " ").replace("hashed lr", "hashed LR")
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer; "
                f"{result['k']}-fold cross-validation on the folds of the cross-fitted students",
        "model": f"{name} kind (no teacher), trained on all {result['n']} scored answers: hashed "
                 f"{' + '.join(parts)} (MurmurHash3, {spec.buckets} buckets, no stored vocabulary) + "
                 f"{family.model_words.format(param=f'{best.param}={best.value:g}')}; a capped candidate of the "
                 "installation rule (installed only where its mean CV QWK is the best)",
        "teacher": f"none ({name} kind: fitted on human scores)",
        "kind": f"crossfit-{family.kind}",
        "choice": {"config": best.as_dict(), "inner_qwk": q, "inner_accuracy": acc,
                   "criterion": "QWK on an inner stratified 20 % of the scored answers"},
        "parity_max_abs_dp": parity,
        "student_spec": spec.to_dict(),
    }
    path = write_kind_bundle(result, out_dir, family.kind, model, provenance, rule, review, n_params)
    log(f"set {s}: wrote {path.name} ({family.kind}: {best}; {n_params} stored numbers; parity "
        f"{parity:.1e}; threshold {review['threshold']:.3f}, {review['coverage_at_threshold']:.0%} out of fold)")
    return path


def summary(result: dict) -> dict:
    import json

    out = {key: v for key, v in result.items() if not key.startswith("_")}
    return json.loads(json.dumps(out, default=float))


def run_set(family: Family, out: Path, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set of ``family``'s kind: its cross-validation and its bundle fitted on every scored answer."""
    res = cross_validate(essay_set, k=k, family=family)
    return finish_set(out, res, partial(build_bundle, family=family), summary)


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set (minutes): see :func:`run_set`."""
    return run_set(LR, out, essay_set, k)


def family_jobs(family: Family, sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs(family.module, family.folder, sets, vocab_out, k)


def hashed_lr_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return family_jobs(LR, sets, vocab_out, k)


def load(vocab_out: Path, s: int, family: Family = LR) -> dict | None:
    """The finished job of set ``s`` of ``family``'s kind (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, family.folder, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-lr", FOLDER, hashed_lr_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed LR kind (hashed words + character n-grams, logistic regression, ≤ 50k) cross-validated",
        description="k-fold CV (choices on the other folds only) of the hashed LR kind on the folds of crossfit-vocab, "
                    "and its bundle fitted on every scored answer (threshold from its out-of-fold predictions). "
                    "`crossfit-vocab --install` and `crossfit-report` read it beside the other kinds. Resumable: a "
                    "finished set is never redone.")
