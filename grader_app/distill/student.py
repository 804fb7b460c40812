"""The student: TF-IDF word and character n-grams computed inside the ONNX graph, and a small head.

Two architectures share one feature extractor:

* ``linear``: TF-IDF → one affine layer → softmax (a multinomial logistic model, trained with the
  distillation loss instead of plain cross-entropy);
* ``mlp``: TF-IDF → affine → ReLU → affine → softmax (one narrow hidden layer).

The features are a scikit-learn ``FeatureUnion`` of two ``TfidfVectorizer`` with a vocabulary
chosen for the parameter budget (chi² against the human scores of the training split, split
between word 1–2-grams and character 3–5-grams), converted by skl2onnx to ``Tokenizer`` →
``TfIdfVectorizer`` → ``Normalizer`` nodes; the head is appended to that graph as plain
``MatMul``/``Add``/``Relu``/``Softmax`` nodes (see :mod:`grader_app.distill.export`). Every number
and string the graph stores counts against the budget: each n-gram costs its pool strings, its
index and its idf weight, plus its row of the first weight matrix.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import chi2
from sklearn.pipeline import FeatureUnion

from .common import PARAMETER_BUDGET

WORD_PATTERN = r"[a-zA-Z0-9_]+"  # matches skl2onnx's Tokenizer token for token (STACK_NOTES)
ARCHITECTURES = ("linear", "mlp")


@dataclass
class StudentSpec:
    arch: str = "linear"
    hidden: int = 8                      # mlp only
    word_ngrams: tuple = (1, 2)
    char_ngrams: tuple = (3, 5)
    char_share: float = 0.5              # share of the vocabulary given to character n-grams
    budget: int = PARAMETER_BUDGET
    min_df: int = 2
    sublinear_tf: bool = False           # skl2onnx's sublinear branch does not match scikit-learn

    def to_dict(self) -> dict:
        d = asdict(self)
        d["word_ngrams"], d["char_ngrams"] = list(self.word_ngrams), list(self.char_ngrams)
        return d


def head_parameters(spec: StudentSpec, n_features: int, n_labels: int) -> int:
    if spec.arch == "linear":
        return n_features * n_labels + n_labels
    return n_features * spec.hidden + spec.hidden + spec.hidden * n_labels + n_labels


def _cost_per_feature(spec: StudentSpec, n_labels: int, ngram_len: float) -> float:
    per_head = n_labels if spec.arch == "linear" else spec.hidden
    return ngram_len + 2 + per_head  # pool strings + index + idf + weights


def _make_vectorizer(kind: str, ngrams: tuple, vocabulary=None, min_df: int = 1) -> TfidfVectorizer:
    common = dict(lowercase=False, dtype=np.float32, sublinear_tf=False, norm="l2", vocabulary=vocabulary,
                  min_df=min_df if vocabulary is None else 1)
    if kind == "word":
        return TfidfVectorizer(token_pattern=WORD_PATTERN, ngram_range=tuple(ngrams), **common)
    return TfidfVectorizer(analyzer="char", ngram_range=tuple(ngrams), **common)


def _select(texts: Sequence[str], y: np.ndarray, kind: str, ngrams: tuple, n: int, min_df: int,
            vocab_texts: Sequence[str]) -> list[str]:
    """Top-n n-grams by chi² against the labels (ties broken by document frequency)."""
    if n <= 0:
        return []
    v = _make_vectorizer(kind, ngrams, min_df=min_df)
    v.fit(vocab_texts)
    X = v.transform(texts)
    with np.errstate(all="ignore"):
        score, _ = chi2(X, y)
    score = np.nan_to_num(score, nan=0.0)
    df = np.asarray((v.transform(vocab_texts) > 0).sum(axis=0)).ravel()
    names = v.get_feature_names_out()
    order = np.lexsort((-df, -score))
    if kind != "word":
        return sorted(names[order[:n]].tolist())
    # onnxruntime's TfIdfVectorizer counts a word n-gram only when its single words are in the pool
    # too (without them 88 % of answers got different features), so take n-grams with their words
    chosen: dict[str, None] = {}
    for j in order:
        for g in names[j].split(" ") + [names[j]]:
            chosen.setdefault(g, None)
        if len(chosen) >= n:
            break
    return sorted(chosen)[:max(n, 0)] if len(chosen) <= n else sorted(_trim(list(chosen), n))


def _trim(chosen: list[str], n: int) -> list[str]:
    """Drop the last-added n-grams (not words another n-gram needs) until n remain."""
    keep = list(chosen)
    while len(keep) > n:
        needed = {w for g in keep if " " in g for w in g.split(" ")}
        for i in range(len(keep) - 1, -1, -1):
            if keep[i] not in needed:
                del keep[i]
                break
        else:
            break
    return keep


class StudentFeatures:
    """The fitted feature extractor (a FeatureUnion that converts to ONNX exactly)."""

    def __init__(self, spec: StudentSpec) -> None:
        self.spec = spec
        self.union_: FeatureUnion | None = None
        self.n_features_ = 0

    def fit(self, texts: Sequence[str], y_idx: Sequence[int], n_labels: int,
            extra_texts: Sequence[str] = (), n_features: int | None = None) -> "StudentFeatures":
        """Choose the vocabulary on the labelled ``texts``; IDF from ``texts`` + ``extra_texts``."""
        spec = self.spec
        y = np.asarray(y_idx)
        all_texts = list(texts) + list(extra_texts)
        if n_features is None:
            wlen = (spec.word_ngrams[0] + spec.word_ngrams[1]) / 2
            clen = (spec.char_ngrams[0] + spec.char_ngrams[1]) / 2
            head_fixed = n_labels if spec.arch == "linear" else spec.hidden * (1 + n_labels) + n_labels
            overhead = 400 + head_fixed  # tokenizer settings, normaliser, shapes and the like
            per = (1 - spec.char_share) * _cost_per_feature(spec, n_labels, wlen) + \
                spec.char_share * _cost_per_feature(spec, n_labels, clen)
            n_features = int((spec.budget - overhead) / per)
        n_char = int(round(n_features * spec.char_share))
        n_word = n_features - n_char
        parts = []
        if n_word:
            vocab = _select(texts, y, "word", spec.word_ngrams, n_word, spec.min_df, all_texts)
            w = _make_vectorizer("word", spec.word_ngrams, vocabulary=vocab)
            parts.append(("word", w))
        if n_char:
            vocab = _select(texts, y, "char", spec.char_ngrams, n_char, spec.min_df, all_texts)
            c = _make_vectorizer("char", spec.char_ngrams, vocabulary=vocab)
            parts.append(("char", c))
        self.union_ = FeatureUnion(parts)
        self.union_.fit(all_texts)
        self.n_features_ = sum(len(v.vocabulary_) for _, v in self.union_.transformer_list)
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.transform_sparse(texts).toarray(), dtype=np.float32)

    def transform_sparse(self, texts: Sequence[str]):
        import scipy.sparse as sp

        return sp.csr_matrix(self.union_.transform(list(texts)), dtype=np.float32)


def build_head(spec: StudentSpec, n_features: int, n_labels: int, seed: int = 0):
    """The torch head for an architecture."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    if spec.arch == "linear":
        return nn.Sequential(nn.Linear(n_features, n_labels))
    if spec.arch == "mlp":
        return nn.Sequential(nn.Linear(n_features, spec.hidden), nn.ReLU(), nn.Linear(spec.hidden, n_labels))
    raise ValueError(f"unknown student architecture {spec.arch!r}; use one of {', '.join(ARCHITECTURES)}")


def head_layers(head) -> list[tuple[str, np.ndarray | None, np.ndarray | None]]:
    """The head as a list of ('linear', W[in, out], b) and ('relu', None, None) steps."""
    from torch import nn

    out = []
    for m in head:
        if isinstance(m, nn.Linear):
            out.append(("linear", m.weight.detach().numpy().T.astype(np.float32).copy(),
                        m.bias.detach().numpy().astype(np.float32).copy()))
        elif isinstance(m, nn.ReLU):
            out.append(("relu", None, None))
        else:
            raise ValueError(f"the exporter does not know the layer {type(m).__name__}")
    return out


def fit_features_to_budget(spec: StudentSpec, texts, y_idx, n_labels: int, extra_texts=(),
                           log=print) -> StudentFeatures:
    """Fit the vocabulary, then shrink it until the exported graph (head included) fits the budget."""
    from .bundling import count_onnx_parameters
    from .export import features_graph

    n = None
    for _ in range(6):
        f = StudentFeatures(spec).fit(texts, y_idx, n_labels, extra_texts=extra_texts, n_features=n)
        total = count_onnx_parameters(features_graph(f.union_).SerializeToString()) + \
            head_parameters(spec, f.n_features_, n_labels) + 8  # + the Softmax and head node settings
        if total <= spec.budget:
            return f
        per = total / max(1, f.n_features_)
        n = int(f.n_features_ - (total - spec.budget) / per * 1.02) - 5
        log(f"  {spec.arch}: {f.n_features_} n-grams need {total:,} numbers; refitting with {n}")
    raise ValueError(f"could not fit the {spec.arch} student into {spec.budget:,} parameters")


# --- the whole student step for one ASAP-SAS set ----------------------------------------------------

ARCH_SETTINGS = {  # optimiser settings per architecture (full-batch Adam)
    "linear": dict(lr=0.02, weight_decay=1e-4, epochs=300),
    "mlp": dict(lr=0.01, weight_decay=3e-4, epochs=200),
}


WEIGHT_DECAYS = (3e-5, 1e-4, 3e-4, 1e-3)


def sweep_grid(arch: str, quick: bool = False, weight_decay: float | None = None) -> list:
    """λ × T × transfer configurations tried on VALID, at the weight decay the hard-label runs chose."""
    from .kd import KDConfig

    s = dict(ARCH_SETTINGS[arch])
    if weight_decay is not None:
        s["weight_decay"] = weight_decay
    lams, temps = ((1.0,), (2.0,)) if quick else (((0.5, 1.0, 2.0), (1.0, 2.0)) if arch == "linear"
                                                  else ((1.0, 2.0), (1.0, 2.0)))
    grid = []
    for use_transfer in (False, True):
        for lam in lams:
            for T in temps:
                grid.append(KDConfig(lam=lam, temperature=T, use_transfer=use_transfer, **s))
    return grid


def hard_grid(arch: str, quick: bool = False) -> list:
    """The hard-label student at each weight decay (its best is the hard-label baseline)."""
    from .kd import KDConfig

    s = dict(ARCH_SETTINGS[arch])
    s.pop("weight_decay")
    return [KDConfig(lam=0.0, temperature=1.0, use_transfer=False, weight_decay=wd, balanced=bal, **s)
            for bal in (False, True) for wd in ((1e-4,) if quick else WEIGHT_DECAYS)]


def _labels_for(essay_set: int, *frames) -> list:
    from .bundling import ASAP_LABELS

    return list(ASAP_LABELS[int(essay_set)])


def train_student_for_set(essay_set: int, soft_labels_path, out_dir, archs=ARCHITECTURES, quick: bool = False,
                          teacher_note: str = "", log=print, max_transfer: int | None = None) -> dict:
    """The student step for one ASAP-SAS set: train split + teacher-labelled transfer rows, VALID for
    every choice. See :func:`build_student`."""
    from pathlib import Path

    from . import asap
    from .bundling import asap_bundle_id, asap_title, item_for_asap
    from .softlabels import SoftLabelError, read_soft_labels, set_answers

    split = asap.split_set(asap.load_train(), essay_set)
    labels = _labels_for(essay_set)
    ans = set_answers(essay_set)
    sl = read_soft_labels(soft_labels_path, answers=dict(zip(ans["ids"], ans["texts"])), n_classes=len(labels),
                          require_all=False)
    soft = sl.as_dict()
    tr_ids = [str(i) for i in split.train["Id"]]
    missing = [i for i in tr_ids if i not in soft]
    if missing:
        raise SoftLabelError(f"the soft labels lack {len(missing)} of the {len(tr_ids)} training answers "
                             f"(first missing id: {missing[0]}); label the whole training split")
    transfer = [(i, t) for i, t, p in zip(ans["ids"], ans["texts"], ans["parts"]) if p == "transfer" and i in soft]
    if max_transfer is not None:
        transfer = transfer[:max_transfer]
    provenance_data = (f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {essay_set}: "
                       f"fixed split seed {asap.SPLIT_SEED}; trained on train (+ {len(transfer)} teacher-labelled "
                       "unlabeled_private_leaderboard.tsv rows), calibrated and selected on valid; test held out")
    return build_student(
        split.train["EssayText"].tolist(), split.train["Score1"].tolist(), np.array([soft[i] for i in tr_ids]),
        split.valid["EssayText"].tolist(), split.valid["Score1"].tolist(),
        [t for _, t in transfer], np.array([soft[i] for i, _ in transfer]).reshape(len(transfer), len(labels)),
        labels, out_dir, bundle_id=asap_bundle_id(essay_set), title=asap_title(essay_set),
        item=item_for_asap(essay_set), archs=archs, quick=quick, log=log,
        provenance={"teacher": teacher_note or "see the soft-label file", "soft_labels": Path(soft_labels_path).name,
                    "data": provenance_data})


def build_student(train_texts, train_y, train_p, valid_texts, valid_y, transfer_texts, transfer_p, labels, out_dir,
                  *, bundle_id: str, title: str, item: dict, provenance: dict, archs=ARCHITECTURES,
                  quick: bool = False, budget: int = PARAMETER_BUDGET, log=print) -> dict:
    """Sweep architectures × λ × T × transfer on VALID; calibrate; export; write the two bundles.

    Texts are raw answers (normalised here exactly as the app does). ``train_p``/``transfer_p`` are
    the teacher's probabilities. Writes ``student-kd.gradebundle`` (the chosen distilled student),
    ``student-hard.gradebundle`` (the same architecture on hard labels only), ``sweep.json`` and
    ``student.json`` into ``out_dir`` and returns the summary.
    """
    import json
    import time
    from pathlib import Path

    import scipy.sparse as sp
    import torch

    from .bundling import write_item_bundle
    from .calibration import fit_temperature, risk_coverage, softmax
    from .export import check_budget, check_parity, student_to_onnx
    from .kd import forward, train_head
    from ..text import normalise_many

    t0 = time.time()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    labels = list(labels)
    k = len(labels)
    idx = {v: i for i, v in enumerate(labels)}
    tr_texts, va_texts, tf_texts = normalise_many(train_texts), normalise_many(valid_texts), normalise_many(transfer_texts)
    y_tr = np.array([idx[v] for v in train_y])
    y_va = np.array([idx[v] for v in valid_y])
    p_tr = np.asarray(train_p, dtype=np.float64)
    p_tf = np.asarray(transfer_p, dtype=np.float64).reshape(len(tf_texts), k)
    log(f"{bundle_id}: {len(tr_texts)} train, {len(va_texts)} valid, {len(tf_texts)} transfer answers")

    sweep, runs = [], {}
    for arch in archs:
        spec = StudentSpec(arch=arch, budget=budget)
        ta = time.time()
        feats = fit_features_to_budget(spec, tr_texts, y_tr, k, extra_texts=tf_texts, log=log)
        X_tr, X_va = feats.transform_sparse(tr_texts), feats.transform_sparse(va_texts)
        X_tf = feats.transform_sparse(tf_texts) if tf_texts else None
        arch_rows = []
        for cfg in hard_grid(arch, quick=quick) + [None] + sweep_grid(arch, quick=quick):
            if cfg is None:  # the KD grid uses the weight decay and weighting the hard-label runs chose on VALID
                top = max(arch_rows, key=lambda r: (round(r["valid_qwk"], 4), -r["valid_nll"]))
                wd, bal = top["weight_decay"], top["balanced"]
                continue
            if cfg.lam > 0:
                cfg.weight_decay, cfg.balanced = wd, bal
            if cfg.use_transfer and not tf_texts:
                continue
            if cfg.use_transfer:
                X = sp.vstack([X_tr, X_tf]).tocsr()
                y = np.concatenate([y_tr, np.zeros(len(tf_texts), int)])
                has = np.concatenate([np.ones(len(y_tr), bool), np.zeros(len(tf_texts), bool)])
                P = np.vstack([p_tr, p_tf])
            else:
                X, y, has, P = X_tr, y_tr, np.ones(len(y_tr), bool), p_tr
            r = train_head(lambda: build_head(spec, feats.n_features_, k, seed=cfg.seed), X, y, has, P,  # noqa: B023 (called at once)
                           X_va, y_va, cfg, k)
            row = {"arch": arch, "config": cfg.label() + (f" wd={cfg.weight_decay:g}" if cfg.lam == 0 else ""),
                   "lam": cfg.lam, "T": cfg.temperature, "weight_decay": cfg.weight_decay, "balanced": cfg.balanced,
                   "transfer": cfg.use_transfer, "n_features": feats.n_features_, "best_step": r.best_step,
                   "valid_qwk": r.valid_qwk, "valid_accuracy": r.valid_accuracy, "valid_nll": r.valid_nll}
            sweep.append(row)
            arch_rows.append(row)
            runs[(arch, row["config"])] = (r, feats, spec, X_va)
            log(f"  {arch:6s} {row['config']:30s} valid QWK {r.valid_qwk:.4f} acc {r.valid_accuracy:.4f} "
                f"(step {r.best_step})")
        log(f"  {arch}: {feats.n_features_} n-grams, sweep took {time.time() - ta:.0f} s")

    def key(row):
        return (round(row["valid_qwk"], 4), -row["valid_nll"])

    best = max((r for r in sweep if r["lam"] > 0), key=key)
    hard = max((r for r in sweep if r["arch"] == best["arch"] and r["lam"] == 0), key=key)
    (out / "sweep.json").write_text(json.dumps({"id": bundle_id, "rows": sweep, "chosen": best, "hard": hard},
                                               indent=2), encoding="utf-8")
    summary = {"id": bundle_id, "labels": labels, "chosen": best, "hard": hard, "bundles": {}}
    for role, row in (("kd", best), ("hard", hard)):
        r, feats, spec, X_va = runs[(row["arch"], row["config"])]
        model_bytes = student_to_onnx(feats.union_, head_layers(r.head), k)
        n_params = check_budget(model_bytes, spec.budget)
        delta = check_parity(model_bytes, feats, r.head, va_texts)
        with torch.no_grad():
            logits_va = forward(r.head, X_va).numpy().astype(np.float64)
        T = fit_temperature(logits_va, y_va)
        review = risk_coverage(softmax(logits_va, T), y_va)
        what = "distilled student" if role == "kd" else "hard-label student"
        prov = dict(provenance)
        prov.update({
            "model": f"{what}: TF-IDF word 1-2-grams + character 3-5-grams ({feats.n_features_} n-grams) "
                     f"→ {spec.arch} head; loss L = CE(y, f) + λ·T²·CE(p_teacher^T, f^T); {row['config']}",
            "parity_max_abs_dp": delta, "student_spec": spec.to_dict()})
        manifest = make_manifest_for_student(bundle_id, title, item, labels, T, review, row, prov, n_params)
        path = write_item_bundle(out / f"student-{role}.gradebundle", manifest, model_bytes)
        summary["bundles"][role] = {"path": path.name, "parameters": n_params, "bytes": len(model_bytes),
                                    "temperature": T, "parity_max_abs_dp": delta,
                                    "threshold": review["threshold"],
                                    "valid_coverage": review["coverage_at_threshold"],
                                    "valid_error": review["error_at_threshold"]}
        log(f"  {role}: {row['arch']} {row['config']}, {n_params:,} parameters, T={T:.3f}, parity {delta:.1e}, "
            f"threshold {review['threshold']:.3f} covers {review['coverage_at_threshold']:.0%} of valid")
    summary["seconds"] = round(time.time() - t0, 1)
    (out / "student.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def make_manifest_for_student(bundle_id, title, item, labels, T, review, row, provenance, n_params) -> dict:
    from .bundling import make_manifest
    from ..text import DEFAULT_NORMALISATION

    return make_manifest(
        bundle_id=bundle_id, title=title, item=item, labels=labels, normalisation=DEFAULT_NORMALISATION,
        temperature=T, review=review,
        metrics={"student": {"split": "valid", "qwk": row["valid_qwk"], "accuracy": row["valid_accuracy"],
                             "n": int(review["n"])}},
        provenance=provenance, parameters=n_params)


def main_student(args) -> int:
    summary = train_student_for_set(args.set, args.soft_labels, args.out,
                                    archs=tuple(args.arch) if args.arch else ARCHITECTURES, quick=args.quick,
                                    teacher_note=args.teacher_note or "")
    print(f"wrote {args.out}/student-kd.gradebundle ({summary['chosen']['arch']} {summary['chosen']['config']})")
    return 0


def add_student_arguments(p) -> None:
    p.add_argument("--set", type=int, required=True, help="ASAP-SAS essay set (1-10)")
    p.add_argument("--soft-labels", required=True, help="soft-label file (.csv/.jsonl) from 'label' or any source")
    p.add_argument("--arch", action="append", choices=ARCHITECTURES, help="architecture(s) to sweep (default: both)")
    p.add_argument("--quick", action="store_true", help="a small sweep (one λ, one T) for smoke runs")
    p.add_argument("--teacher-note", default="", help="what the teacher was, for the bundle's provenance")
    p.add_argument("--out", required=True, help="run folder, e.g. runs/student-1")


def add_parser(subparsers) -> None:
    """``grader-distill student``."""
    p = subparsers.add_parser("student", help="train the tiny student with the distillation loss and bundle it",
                              description="Sweep two architectures × λ × T × with/without the transfer set on "
                                          "VALID, temperature-calibrate, export one ONNX graph (parity-checked) "
                                          "and write student-kd.gradebundle and student-hard.gradebundle (an ASAP-SAS "
                                          "essay set; your own question: grader-distill own).")
    add_student_arguments(p)

    def run(args) -> int:
        from .common import DistillError
        from .export import ExportError
        from .softlabels import SoftLabelError

        try:
            return main_student(args)
        except (SoftLabelError, ExportError) as exc:
            raise DistillError(str(exc)) from None
    p.set_defaults(func=run)
