"""``grader-distill baseline``: TF-IDF + logistic regression per ASAP-SAS essay set → bundle.

Per essay set, on the one fixed split of :func:`grader_app.distill.asap.split_set`:

1. train every configuration of a small grid (word or character n-grams, vocabulary size, C,
   plain or balanced class weights) on
   *train* and score it on *valid* (QWK, ties broken by accuracy, then by fewer parameters);
   the best configuration whose graph stays within the parameter budget is shipped, and the best
   regardless of size is measured too so the cost of the budget is visible;
2. convert the shipped pipeline to one string-input ONNX graph and check it reproduces
   scikit-learn (max |Δp| ≤ 1e-5) on the valid and test answers;
3. fit the temperature on *valid* and build the review (risk–coverage) data on *valid*;
4. evaluate on the held-out *test* split (QWK, accuracy, macro-F1, n) next to human–human QWK
   (Score1 vs Score2 on the same answers);
5. write ``asap-sas-N.gradebundle`` and read it back through the app's reader.

The validation split both selects the configuration and calibrates, so the review guarantee is
slightly optimistic; the test split is touched only for the reported figures.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from ..text import DEFAULT_NORMALISATION
from .asap import ALL_SETS, SCIENCE_SETS, SPLIT_SEED
from .metrics import accuracy, macro_f1, quadratic_weighted_kappa

DEFAULT_MAX_PARAMS = 50_000
DEFAULT_TARGET_ERROR = 0.05
DEFAULT_CONFIDENCE = 0.90
TEACHER_NONE = "none (baseline: TF-IDF + logistic regression on human scores)"


@dataclass(frozen=True)
class BaselineConfig:
    C: float = 4.0
    ngram_range: tuple[int, int] = (1, 2)
    max_features: int | None = None
    min_df: int = 1
    analyzer: str = "word"
    class_weight: str | None = None

    def make(self):
        from .features import make_pipeline

        return make_pipeline(C=self.C, ngram_range=self.ngram_range, max_features=self.max_features,
                             min_df=self.min_df, analyzer=self.analyzer, class_weight=self.class_weight)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["ngram_range"] = list(self.ngram_range)
        return d


# Each entry is a product grid; the default tries word uni-/bigrams and character 2–5-grams
# (these help with the misspellings common in the answers), each with plain and balanced class
# weights (balanced ones lift QWK on the sets where most answers score 0), plus the full word
# uni+bigram vocabulary, usually over the 50,000-parameter budget, to measure what the budget
# costs: 22 configurations.
_C = [3.0, 10.0, 30.0]
_CW = [None, "balanced"]
DEFAULT_GRID = [
    {"analyzer": ["word"], "ngram_range": [(1, 1)], "max_features": [None], "min_df": [1], "C": _C, "class_weight": _CW},
    {"analyzer": ["word"], "ngram_range": [(1, 2)], "max_features": [5000], "min_df": [1], "C": _C, "class_weight": _CW},
    {"analyzer": ["char"], "ngram_range": [(2, 5)], "max_features": [4500], "min_df": [2], "C": _C, "class_weight": _CW},
    {"analyzer": ["word"], "ngram_range": [(1, 2)], "max_features": [None], "min_df": [1], "C": [10.0, 30.0],
     "class_weight": _CW},
]


def grid_configs(grid: dict | list | None = None) -> list[BaselineConfig]:
    """Configurations of a product grid (a dict of lists) or of a list of such grids."""
    grids = grid if grid is not None else DEFAULT_GRID
    grids = [grids] if isinstance(grids, dict) else list(grids)
    out = []
    for g in grids:
        for an, ng, mf, md, c, cw in itertools.product(g.get("analyzer", ["word"]), g["ngram_range"],
                                                       g["max_features"], g["min_df"], g["C"],
                                                       g.get("class_weight", [None])):
            out.append(BaselineConfig(C=c, ngram_range=tuple(ng), max_features=mf, min_df=md, analyzer=an,
                                      class_weight=cw))
    return out


@dataclass
class Candidate:
    config: BaselineConfig
    pipeline: object
    valid_qwk: float
    valid_accuracy: float
    parameters: int  # estimate from the fitted pipeline (exact count after conversion)

    def key(self):
        return (round(self.valid_qwk, 6), round(self.valid_accuracy, 6), -self.parameters)


def labels_to_index(scores: Sequence, labels: Sequence) -> np.ndarray:
    """Map score values to output indices; ValueError naming any score not in ``labels``."""
    pos = {v: i for i, v in enumerate(labels)}
    bad = sorted({s for s in np.asarray(scores).tolist() if s not in pos})
    if bad:
        raise ValueError(f"scores {bad} are not among the bundle's labels {list(labels)}")
    return np.array([pos[s] for s in np.asarray(scores).tolist()], dtype=np.int64)


def full_probabilities(pipeline, texts: Sequence[str], n_labels: int) -> np.ndarray:
    """predict_proba with one column per label even if a score never occurred in training."""
    p = pipeline.predict_proba(list(texts))
    classes = list(pipeline.classes_)
    if len(classes) == n_labels:
        return p
    out = np.zeros((len(p), n_labels), dtype=p.dtype)
    out[:, classes] = p
    return out


def fit_candidates(train_texts, y_train, valid_texts, y_valid, labels, configs: Sequence[BaselineConfig],
                   bar=None) -> list[Candidate]:
    """Fit every config on train and score it on valid, best first (valid QWK, accuracy, size).

    The vectoriser is fitted once per feature setting and shared by the configs that differ only in C.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    from .features import estimate_parameters, fit_tfidf, make_tfidf

    k = len(labels)
    cands: list[Candidate] = []
    groups: dict[tuple, list[BaselineConfig]] = {}
    for cfg in configs:
        groups.setdefault((cfg.ngram_range, cfg.max_features, cfg.min_df, cfg.analyzer), []).append(cfg)
    for (ngram, max_features, min_df, analyzer), group in groups.items():
        try:
            vec, A = fit_tfidf(make_tfidf(ngram, max_features, min_df, analyzer), train_texts)
        except ValueError:  # min_df left an empty vocabulary (tiny data)
            if bar is not None:
                bar.update(len(group))
            continue
        B = vec.transform(valid_texts)
        for cfg in group:
            clf = LogisticRegression(C=cfg.C, max_iter=3000, class_weight=cfg.class_weight).fit(A, y_train)
            pipe = Pipeline([("tfidf", vec), ("clf", clf)])
            p = clf.predict_proba(B)
            full = np.zeros((len(p), k))
            full[:, clf.classes_] = p
            pred = full.argmax(1)
            cands.append(Candidate(cfg, pipe, quadratic_weighted_kappa(y_valid, pred, labels=range(k)),
                                   accuracy(y_valid, pred), estimate_parameters(pipe)))
            if bar is not None:
                bar.update()
    if not cands:
        raise ValueError("no baseline configuration could be trained on these answers")
    return sorted(cands, key=Candidate.key, reverse=True)


class BudgetError(ValueError):
    """No configuration of the grid fits the parameter budget."""


def within_budget(cands: Sequence[Candidate], max_params: int | None) -> list[Candidate]:
    """The candidates whose graph fits ``max_params`` (all if it is None / 0), keeping their order."""
    within = [c for c in cands if not max_params or c.parameters <= max_params]
    if not within:
        smallest = min(c.parameters for c in cands)
        raise BudgetError(f"no configuration fits within {max_params} parameters (the smallest needs {smallest}); "
                          "raise --max-params")
    return within


def select_config(train_texts, y_train, valid_texts, y_valid, labels, configs: Sequence[BaselineConfig],
                  max_params: int | None, bar=None) -> tuple[Candidate, Candidate]:
    """Fit every config on train, score on valid; return (best within budget, best overall).

    Both are the same when the overall best fits the budget (or ``max_params`` is None / 0).
    """
    cands = fit_candidates(train_texts, y_train, valid_texts, y_valid, labels, configs, bar=bar)
    return within_budget(cands, max_params)[0], cands[0]


def metrics_block(y_true_idx, y_pred_idx, k: int, split: str) -> dict:
    return {
        "qwk": round(quadratic_weighted_kappa(y_true_idx, y_pred_idx, labels=range(k)), 4),
        "accuracy": round(accuracy(y_true_idx, y_pred_idx), 4),
        "macro_f1": round(macro_f1(y_true_idx, y_pred_idx, labels=range(k)), 4),
        "n": int(len(y_true_idx)),
        "split": split,
    }


@dataclass
class SetResult:
    essay_set: int
    path: Path
    config: dict
    test: dict
    valid_qwk: float
    human_human_qwk: float
    temperature: float
    threshold: float
    coverage: float
    parameters: int
    size_bytes: int
    parity: float
    unconstrained: dict = field(default_factory=dict)
    seconds: float = 0.0


def build_set(df, essay_set: int, out_dir: Path, data_dir: Path | None = None,
              configs: Sequence[BaselineConfig] | None = None, max_params: int | None = DEFAULT_MAX_PARAMS,
              target_error: float = DEFAULT_TARGET_ERROR, confidence: float = DEFAULT_CONFIDENCE,
              show_progress: bool = True) -> SetResult:
    """Train, select, convert, calibrate, evaluate and write the bundle of one essay set."""
    from . import bundling, calibration, onnx_utils
    from .asap import split_set
    from .features import prepare_texts
    from .common import progress_bar

    t0 = time.monotonic()
    configs = list(configs or grid_configs())
    labels = bundling.ASAP_LABELS[essay_set]
    k = len(labels)
    split = split_set(df, essay_set)
    X = {name: prepare_texts(getattr(split, name)["EssayText"].tolist(), DEFAULT_NORMALISATION)
         for name in ("train", "valid", "test")}
    y = {name: labels_to_index(getattr(split, name)["Score1"], labels) for name in ("train", "valid", "test")}

    with progress_bar(len(configs), f"set {essay_set:>2} grid", enabled=show_progress) as bar:
        cands = fit_candidates(X["train"], y["train"], X["valid"], y["valid"], labels, configs, bar=bar)
    overall = cands[0]
    # the best configuration within budget whose graph reproduces scikit-learn (the next if not)
    failures = []
    for chosen in within_budget(cands, max_params)[:5]:
        pipe = chosen.pipeline
        model_bytes = onnx_utils.pipeline_to_onnx(pipe, n_labels=k)
        p_valid = full_probabilities(pipe, X["valid"], k)
        p_test = full_probabilities(pipe, X["test"], k)
        try:
            parity = onnx_utils.check_parity(model_bytes, X["valid"] + X["test"], np.vstack([p_valid, p_test]))
            break
        except onnx_utils.ParityError as exc:
            failures.append(f"{chosen.config}: {exc}")
    else:
        raise RuntimeError(f"no configuration of set {essay_set} converted exactly: " + "; ".join(failures))

    logp_valid = np.log(np.clip(p_valid, 1e-12, 1.0))
    T = calibration.fit_temperature(logp_valid, y["valid"])
    review = calibration.risk_coverage(calibration.softmax(logp_valid, T), y["valid"],
                                       target_error=target_error, confidence=confidence)
    test = metrics_block(y["test"], p_test.argmax(1), k, "test")
    valid = metrics_block(y["valid"], p_valid.argmax(1), k, "valid")
    hh = round(quadratic_weighted_kappa(split.test["Score1"], split.test["Score2"], labels=labels), 4)

    unconstrained = {"config": overall.config.as_dict(), "parameters_estimate": overall.parameters,
                     "valid_qwk": round(overall.valid_qwk, 4)}
    if overall is not chosen:
        p_test_u = full_probabilities(overall.pipeline, X["test"], k)
        unconstrained["test"] = metrics_block(y["test"], p_test_u.argmax(1), k, "test")
    else:
        unconstrained["test"] = test

    params = bundling.count_onnx_parameters(model_bytes)
    n_tr, n_va, n_te = len(split.train), len(split.valid), len(split.test)
    manifest = bundling.make_manifest(
        bundle_id=bundling.asap_bundle_id(essay_set),
        title=bundling.asap_title(essay_set),
        item=bundling.item_for_asap(essay_set, data_dir),
        labels=labels,
        normalisation=DEFAULT_NORMALISATION,
        temperature=T,
        review=review,
        metrics={"student": test, "teacher": None, "human_human_qwk": hh, "validation": valid},
        provenance={
            "teacher": TEACHER_NONE,
            "data": (f"ASAP Short Answer Scoring, Hewlett Foundation / Kaggle 2012, train_rel_2.tsv, essay set "
                     f"{essay_set}, fixed split seed {SPLIT_SEED}+{essay_set} (train {n_tr} / valid {n_va} / "
                     f"test {n_te}, stratified by Score1)"),
            "model": (f"TF-IDF {chosen.config.analyzer} {chosen.config.ngram_range[0]}-{chosen.config.ngram_range[1]}-grams"
                      " + multinomial logistic regression (scikit-learn), converted with skl2onnx"),
            "selection": {"config": chosen.config.as_dict(), "criterion": "validation QWK", "max_parameters": max_params,
                          "grid_size": len(configs), "onnx_parity_max_abs_diff": parity,
                          "skipped_for_parity": failures,
                          "unconstrained_best": unconstrained},
        },
        parameters=params,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = bundling.write_item_bundle(out_dir / f"{bundling.asap_bundle_id(essay_set)}.gradebundle", manifest,
                                      model_bytes)
    return SetResult(essay_set=essay_set, path=path, config=chosen.config.as_dict(), test=test,
                     valid_qwk=round(chosen.valid_qwk, 4), human_human_qwk=hh, temperature=T,
                     threshold=review["threshold"], coverage=review["coverage_at_threshold"], parameters=params,
                     size_bytes=path.stat().st_size, parity=parity, unconstrained=unconstrained,
                     seconds=time.monotonic() - t0)


def format_table(results: Sequence[SetResult]) -> str:
    head = (f"{'set':>3} {'QWK':>6} {'acc':>6} {'F1':>6} {'n':>4} {'HH-QWK':>6} {'T':>5} {'thr':>6} {'cover':>6} "
            f"{'params':>7} {'KB':>6} {'uQWK':>6} {'uParams':>8}  config")
    lines = [head]
    for r in results:
        cfg = r.config
        u = r.unconstrained
        lines.append(
            f"{r.essay_set:>3} {r.test['qwk']:6.3f} {r.test['accuracy']:6.3f} {r.test['macro_f1']:6.3f} {r.test['n']:>4} "
            f"{r.human_human_qwk:6.3f} {r.temperature:5.2f} {r.threshold:6.3f} {r.coverage:6.1%} {r.parameters:>7} "
            f"{r.size_bytes / 1024:6.0f} {u['test']['qwk']:6.3f} {u['parameters_estimate']:>8}  "
            f"{cfg['analyzer']} {tuple(cfg['ngram_range'])} max_features={cfg['max_features']} min_df={cfg['min_df']} "
            f"C={cfg['C']:g}{' balanced' if cfg.get('class_weight') else ''}")
    sci = [r for r in results if r.essay_set in SCIENCE_SETS]
    for name, group in (("science mean (1,2,5,6,10)", sci), ("mean of all built sets", results)):
        if group:
            lines.append(f"{name}: QWK {np.mean([r.test['qwk'] for r in group]):.3f}, accuracy "
                         f"{np.mean([r.test['accuracy'] for r in group]):.3f}, macro-F1 "
                         f"{np.mean([r.test['macro_f1'] for r in group]):.3f}, human-human QWK "
                         f"{np.mean([r.human_human_qwk for r in group]):.3f}, unconstrained QWK "
                         f"{np.mean([r.unconstrained['test']['qwk'] for r in group]):.3f} ({len(group)} sets)")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from .asap import load_train
    from .common import DistillError, resolve_data_dir

    data_dir = resolve_data_dir(args.data)
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        raise DistillError(f"--out {args.out} is a file, not a folder; give a folder for the bundles")
    if args.max_params < 0:
        raise DistillError("--max-params must be 0 (no limit) or a positive number of parameters, e.g. 50000")
    if not 0 < args.target_error < 1 or not 0 < args.confidence < 1:
        raise DistillError("--target-error and --confidence must lie strictly between 0 and 1, e.g. 0.05 and 0.9")
    df = load_train(data_dir / "asap_sas" / "train_rel_2.tsv")
    t0 = time.monotonic()
    results = []
    for s in args.sets:
        try:
            r = build_set(df, s, out_dir, data_dir=data_dir, max_params=args.max_params or None,
                          target_error=args.target_error, confidence=args.confidence,
                          show_progress=not args.quiet)
        except BudgetError as exc:
            raise DistillError(f"essay set {s}: {exc}") from None
        results.append(r)
        print(f"set {s}: wrote {r.path} ({r.size_bytes / 1024:.0f} KB, {r.parameters} parameters, "
              f"test QWK {r.test['qwk']:.3f}, {r.seconds:.0f} s)", file=sys.stderr)
    print(format_table(results))
    print(f"total {time.monotonic() - t0:.0f} s")
    return 0


def add_parser(subparsers) -> None:
    from .common import parse_sets

    p = subparsers.add_parser(
        "baseline", help="TF-IDF + logistic regression bundles for ASAP-SAS essay sets",
        description="Train, calibrate, evaluate and bundle a TF-IDF + logistic regression scorer per ASAP-SAS "
                    "essay set, on the fixed train/valid/test split.")
    p.add_argument("--sets", type=parse_sets, default=list(ALL_SETS), metavar="1,2,...",
                   help="essay sets to build (default: all ten; ranges like 1-4 work)")
    p.add_argument("--out", default="model_bundles", help="folder for the bundles (default: model_bundles)")
    p.add_argument("--data", default=None, metavar="DIR",
                   help="the shared data folder holding asap_sas/ (default: ../shared/data)")
    p.add_argument("--max-params", type=int, default=DEFAULT_MAX_PARAMS,
                   help="parameter budget of the shipped graph, vocabulary included (0 = no limit; default 50000)")
    p.add_argument("--target-error", type=float, default=DEFAULT_TARGET_ERROR,
                   help="error the auto-accepted answers must stay under (default 0.05)")
    p.add_argument("--confidence", type=float, default=DEFAULT_CONFIDENCE,
                   help="confidence of that guarantee (default 0.90)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=run)
