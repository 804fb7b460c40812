"""The reference kind: issue 11's TF-IDF reference model itself, exported as a bundle and cross-validated
beside the capped kinds (``grader-distill crossfit-reference``; installation rule, second amendment of
2026-11-30 in docs/distillation.md).

The model is exactly the "TF-IDF baseline" of the cross-fitting reports
(:func:`grader_app.distill.crossfit_student._tfidf_model`): word 1–2-grams (``[a-zA-Z0-9_]+`` tokens) and
``char_wb`` 2–5-grams, each ``min_df`` 2, sublinear tf, idf and L2 norm per block, then multinomial
logistic regression C = 10 on the two blocks side by side, with no vocabulary limit. It is outside the
students' 50,000-number budget (its stored numbers are reported). It has no hyper-parameter to choose, so
its cross-validation is: fitted on the other folds, scoring fold f; fold f routed with the temperature
and threshold fitted on the other folds' out-of-fold predictions (as every kind is).

skl2onnx converts neither ``char_wb`` nor scikit-learn's sublinear tf exactly, so :func:`reference_to_onnx`
builds the graph by hand from the fitted pipeline, with onnxruntime's CPU operators only:

* words: ``Tokenizer`` (regex ``[a-zA-Z0-9_]+``) → ``TfIdfVectorizer`` (1–2-grams, counts);
* ``char_wb``: each answer reaching the graph is already normalised (``basic-v1``: lower case, single
  spaces, trimmed), so scikit-learn's padded words " w " are exactly the substrings of " " + answer + " "
  with no space inside; the graph pads the answer (``StringConcat``), splits it into characters
  (``Tokenizer``, regex ``.``) and counts the 2–5-grams of the vocabulary (``TfIdfVectorizer``); an n-gram
  crossing two words has a space inside and is never in the vocabulary;
* then 1 + log(count) where count > 0 (as log(max(count, 1)) + min(count, 1): the counts are whole), × idf,
  L2 norm per block, the linear layer and a softmax, in float32 (within ~1e-6 of scikit-learn); where that
  drifts past 1e-5 the graph does the norm, the linear layer and the softmax in float64 instead.

The padding token of the tokenizers is longer than one character and not a word, so it can never form
an n-gram of the vocabulary. :func:`build_bundle` checks the graph against scikit-learn (max |Δp| ≤ 1e-5)
on every scored answer of the set, its unscored answers and a few edge cases before writing it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from .crossfit import K_FOLDS, set_data, transfer_frame
from .crossfit_kind import add_kind_parser, calibrate_oof, finish_set, load_finished, set_jobs, write_kind_bundle
from .crossfit_kind import own_metrics as shared_own_metrics
from .jobs import Job

KIND = "reference_bundle"
FOLDER = "reference-bundle"  # under crossfit-vocab's --out: <out>/reference-bundle/set-<S>/
PAD = "<pad>"               # the tokenizers' padding: never a word token, never one character
OPSET = 20                  # StringConcat (onnxruntime >= 1.17, as the app asks)
MODEL_WORDS = ("issue 11's TF-IDF reference model: word 1-2-grams + char_wb 2-5-grams (min_df 2, sublinear tf, "
               "idf, L2 per block) + multinomial logistic regression C=10, unrestricted vocabulary "
               "(scikit-learn; graph built by hand for onnxruntime)")
EDGE_TEXTS = ["", "a", "#", "x " * 300, "a b", "é è ü ß", "<pad> pad", "the the the the", "1 2 3 4 5"]


def _say(msg: str) -> None:
    print(msg, flush=True)


def reference_model():
    """The reference pipeline, the very one the "TF-IDF baseline" figures come from."""
    from .crossfit_student import _tfidf_model

    return _tfidf_model()


def full_probabilities(pipe, texts: Sequence[str], n_labels: int) -> np.ndarray:
    p = pipe.predict_proba(list(texts))
    out = np.zeros((len(p), n_labels))
    out[:, pipe.classes_] = p
    return out


def _log_probs(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-12, 1.0))


# ------------------------------------------------------------------------------------------ the graph

def _pool(vocabulary: dict, split) -> tuple[list[str], list[int], list[int], int, int]:
    """``TfIdfVectorizer`` attributes for a scikit-learn vocabulary: the pool of items grouped by n-gram
    order, each order's first item offset (from order 1), and each n-gram's output column."""
    by_n: dict[int, list[tuple[list[str], int]]] = {}
    for gram, col in vocabulary.items():
        items = split(gram)
        by_n.setdefault(len(items), []).append((items, int(col)))
    lo, hi = min(by_n), max(by_n)
    pool, counts, indexes = [], [], []
    for n in range(1, hi + 1):
        counts.append(len(pool))
        for items, col in sorted(by_n.get(n, []), key=lambda t: t[1]):
            pool.extend(items)
            indexes.append(col)
    return pool, counts, indexes, lo, hi


def _check_reference(pipe) -> tuple:
    """The fitted reference pipeline's parts, refusing any setting this export does not reproduce."""
    feats, clf = pipe.steps[0][1], pipe.steps[-1][1]
    (wname, w), (cname, c) = feats.transformer_list
    ok = (w.analyzer == "word" and w.token_pattern == r"[a-zA-Z0-9_]+" and c.analyzer == "char_wb"
          and all(v.norm == "l2" and v.use_idf and v.sublinear_tf and v.preprocessor is None and v.tokenizer is None
                  and v.strip_accents is None and v.stop_words is None for v in (w, c))
          and not feats.transformer_weights and clf.fit_intercept)
    if not ok:
        raise ValueError("reference_to_onnx exports only the reference pipeline (crossfit_student._tfidf_model)")
    return w, c, clf


def reference_to_onnx(pipe, n_labels: int, exact: bool = False) -> bytes:
    """One string-input ONNX graph (``text`` [N] → ``probabilities`` [N, K]) that reproduces the fitted
    reference pipeline on normalised (``basic-v1``) answers: in float32 (about 1e-6 from scikit-learn, and
    ~1.4× faster), or with ``exact`` the norm, the linear layer and the softmax in float64 (about 1e-7)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from .onnx_utils import INPUT_NAME, OUTPUT_NAME

    w, c, clf = _check_reference(pipe)
    K = int(n_labels)
    if len(clf.classes_) != K or list(clf.classes_) != list(range(K)):
        raise ValueError(f"the model was trained on scores {list(clf.classes_)}; every one of the {K} labels must occur")
    vw, vc = len(w.vocabulary_), len(c.vocabulary_)
    coef = np.asarray(clf.coef_, dtype=np.float64)
    icpt = np.asarray(clf.intercept_, dtype=np.float64)
    if coef.shape[0] == 1:  # binary: softmax([0, z]) is the sigmoid scikit-learn applies
        coef, icpt = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], icpt])
    ft = np.float64 if exact else np.float32
    init = [
        numpy_helper.from_array(np.array([" "], dtype=object), "space"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one32"),
        numpy_helper.from_array(np.array(np.finfo(ft).tiny, dtype=ft), "tiny"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
        numpy_helper.from_array(icpt.astype(np.float32), "b32"),
    ]
    nodes = [helper.make_node("Cast", ["b32"], ["b"], to=TensorProto.DOUBLE)] if exact else [
        helper.make_node("Identity", ["b32"], ["b"])]
    blocks = []
    for tag, vec, cols in (("w", w, slice(0, vw)), ("c", c, slice(vw, vw + vc))):
        if tag == "w":
            src, exp = INPUT_NAME, r"[a-zA-Z0-9_]+"
            pool, counts, indexes, lo, hi = _pool(vec.vocabulary_, lambda g: g.split(" "))
        else:
            nodes += [helper.make_node("StringConcat", ["space", INPUT_NAME], ["c_left"]),
                      helper.make_node("StringConcat", ["c_left", "space"], ["c_padded"])]
            src, exp = "c_padded", "."
            pool, counts, indexes, lo, hi = _pool(vec.vocabulary_, list)
        init += [numpy_helper.from_array(vec.idf_.astype(np.float32), f"{tag}_idf32"),
                 numpy_helper.from_array(coef[:, cols].T.astype(np.float32), f"{tag}_W32")]
        nodes += [
            helper.make_node("Tokenizer", [src], [f"{tag}_tokens"], domain="com.microsoft", mark=0, mincharnum=1,
                             pad_value=PAD, tokenexp=exp),
            helper.make_node("TfIdfVectorizer", [f"{tag}_tokens"], [f"{tag}_count32"], mode="TF",
                             min_gram_length=lo, max_gram_length=hi, max_skip_count=0, ngram_counts=counts,
                             ngram_indexes=indexes, pool_strings=pool),
            # 1 + log(count) where count > 0, else 0: log(max(count, 1)) + min(count, 1) (counts are whole)
            helper.make_node("Max", [f"{tag}_count32", "one32"], [f"{tag}_c1"]),
            helper.make_node("Log", [f"{tag}_c1"], [f"{tag}_log"]),
            helper.make_node("Min", [f"{tag}_count32", "one32"], [f"{tag}_seen"]),
            helper.make_node("Add", [f"{tag}_log", f"{tag}_seen"], [f"{tag}_tf"]),
            helper.make_node("Mul", [f"{tag}_tf", f"{tag}_idf32"], [f"{tag}_tfidf32"]),
            helper.make_node("Cast", [f"{tag}_tfidf32"], [f"{tag}_tfidf"], to=TensorProto.DOUBLE) if exact else
            helper.make_node("Identity", [f"{tag}_tfidf32"], [f"{tag}_tfidf"]),
            helper.make_node("Cast", [f"{tag}_W32"], [f"{tag}_W"], to=TensorProto.DOUBLE) if exact else
            helper.make_node("Identity", [f"{tag}_W32"], [f"{tag}_W"]),
            helper.make_node("ReduceSumSquare", [f"{tag}_tfidf", "axis1"], [f"{tag}_ss"], keepdims=1),
            helper.make_node("Sqrt", [f"{tag}_ss"], [f"{tag}_norm0"]),
            helper.make_node("Max", [f"{tag}_norm0", "tiny"], [f"{tag}_norm"]),
            helper.make_node("Div", [f"{tag}_tfidf", f"{tag}_norm"], [f"{tag}_x"]),
            helper.make_node("MatMul", [f"{tag}_x", f"{tag}_W"], [f"{tag}_z"]),
        ]
        blocks.append(f"{tag}_z")
    nodes += [helper.make_node("Add", blocks, ["z0"]), helper.make_node("Add", ["z0", "b"], ["z"])]
    nodes += ([helper.make_node("Softmax", ["z"], ["p64"], axis=1),
               helper.make_node("Cast", ["p64"], [OUTPUT_NAME], to=TensorProto.FLOAT)] if exact else
              [helper.make_node("Softmax", ["z"], [OUTPUT_NAME], axis=1)])
    graph = helper.make_graph(nodes, "grader_reference", [helper.make_tensor_value_info(INPUT_NAME, TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["N", K])], init)
    model = helper.make_model(graph, producer_name="grader-distill",
                              opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    return model.SerializeToString()


# --------------------------------------------------------------------------------- cross-validation

def cross_validate(essay_set: int, k: int = K_FOLDS, log=_say) -> dict:
    from .crossfit_student import _qwk
    from .crossfit_vocab import kind_figures

    d = set_data(essay_set, k)
    K, texts, y, folds = d.n_labels, d.texts, d.y, d.folds
    logits = np.zeros((len(y), K))
    for f in range(k):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        pipe = reference_model().fit([texts[i] for i in tr], y[tr])
        logits[te] = _log_probs(full_probabilities(pipe, [texts[i] for i in te], K))
        log(f"set {essay_set} fold {f}: {KIND} {_qwk(y[te], logits[te].argmax(1), range(K)):.3f}")
    fig = kind_figures(logits, y, folds, k, K)
    return {"set": essay_set, "labels": d.labels, "k": k, "n": len(y), "kind": KIND, "figures": fig,
            "_data": {"texts": texts, "y": y, "folds": folds, "logits": logits, "transfer": d.transfer}}


def build_bundle(result: dict, out_dir: Path, log=_say) -> Path:
    """The reference model fitted on every scored answer, exported, checked against scikit-learn on every
    scored and unscored answer of the set, calibrated on its out-of-fold predictions."""
    from ..bundles import read_bundle
    from . import onnx_utils
    from .bundling import count_onnx_parameters

    s, K = result["set"], len(result["labels"])
    texts, y, logits = result["_data"]["texts"], result["_data"]["y"], result["_data"]["logits"]
    transfer = result["_data"].get("transfer")
    if transfer is None:
        from ..text import normalise_many
        transfer = normalise_many(transfer_frame(s)["EssayText"].tolist())
    pipe = reference_model().fit(texts, y)
    probe = list(texts) + list(transfer) + EDGE_TEXTS
    expected = full_probabilities(pipe, probe, K)
    try:
        exact = False
        model = reference_to_onnx(pipe, K)
        parity = onnx_utils.check_parity(model, probe, expected)
    except onnx_utils.ParityError:  # the float64 graph (slower) where float32 drifts past 1e-5
        exact = True
        model = reference_to_onnx(pipe, K, exact=True)
        parity = onnx_utils.check_parity(model, probe, expected)
    n_params = count_onnx_parameters(model)
    rule, _, review = calibrate_oof(result, logits)
    feats = pipe.steps[0][1]
    sizes = {name: len(v.vocabulary_) for name, v in feats.transformer_list}
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer; "
                f"{result['k']}-fold cross-validation on the folds of the cross-fitted students",
        "model": f"reference kind (no teacher), trained on all {result['n']} scored answers: {MODEL_WORDS}; outside "
                 f"the students' 50,000-number budget ({n_params} stored numbers); installed by the installation rule's "
                 "second amendment (2026-11-30) only where no capped kind reaches its CV QWK",
        "teacher": "none (reference kind: TF-IDF + logistic regression on human scores)",
        "kind": f"crossfit-{KIND}",
        "choice": {"config": {"word": {"ngram_range": [1, 2], "min_df": 2, "sublinear_tf": True,
                                       "vocabulary": sizes["w"]},
                              "char_wb": {"ngram_range": [2, 5], "min_df": 2, "sublinear_tf": True,
                                          "vocabulary": sizes["c"]},
                              "C": 10.0, "class_weight": None},
                   "criterion": "none: the reference model is fixed by issue 11", "max_parameters": None},
        "parity_max_abs_dp": parity,
        "graph_precision": "float64 after the counts" if exact else "float32",
        "parity_checked_on": f"{len(texts)} scored + {len(transfer)} unscored answers + {len(EDGE_TEXTS)} edge cases",
    }
    path = write_kind_bundle(result, out_dir, KIND, model, provenance, rule, review, n_params,
                             how="the model has no choice to make", parity_max_abs_dp=parity)
    read_bundle(path)
    result["final"]["file_bytes"] = path.stat().st_size
    log(f"set {s}: wrote {path.name} ({KIND}; {n_params} stored numbers, {path.stat().st_size / 1024:.0f} KB, parity "
        f"{parity:.1e}; threshold {review['threshold']:.3f}, {review['coverage_at_threshold']:.0%} of the out-of-fold answers)")
    return path


def own_metrics(result: dict) -> dict:
    return shared_own_metrics(result, KIND, "the model has no choice to make")


def summary(result: dict) -> dict:
    out = {key: v for key, v in result.items() if not key.startswith("_")}
    return json.loads(json.dumps(out, default=float))


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set: the reference kind's cross-validation and its bundle fitted on every scored answer."""
    res = cross_validate(essay_set, k=k)
    figures = finish_set(out, res, build_bundle, summary)
    return {**figures, "file_bytes": res["final"]["file_bytes"]}


def reference_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return set_jobs("crossfit_reference", FOLDER, sets, vocab_out, k)


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished reference-kind job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-reference", FOLDER, reference_jobs,
        lambda r: f"{r['parameters']:,} stored numbers, {r['file_bytes'] / 1024:.0f} KB",
        help="issue 11's TF-IDF reference model exported as a bundle (no 50,000 cap), cross-validated on the students' folds",
        description="k-fold CV of the reference model (word 1-2 + char_wb 2-5 TF-IDF, LR C=10) on the folds of "
                    "crossfit-vocab, routed out of fold like every kind, and its bundle fitted on every scored answer "
                    "(graph checked against scikit-learn, threshold from its out-of-fold predictions). "
                    "`crossfit-vocab --install` and `crossfit-report` read it. Resumable: a finished set is never redone.")
