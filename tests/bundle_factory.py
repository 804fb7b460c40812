"""Tiny real bundles for the app's tests, built without the distillation code.

The model is a bag of words in one string-input ONNX graph written with ``onnx.helper``:

    text [N] ─ Tokenizer (com.microsoft; words = ``[a-zA-Z0-9_]+``) ─ TfIdfVectorizer (word counts
    over a fixed vocabulary, mode TF) ─ MatMul W ─ Add b ─ Softmax ─ probabilities [N, K]

W and b are a softmax regression fitted here with numpy (full-batch gradient descent from zeros,
so every build is identical; the L2 penalty keeps the confidences spread like a real model's, with
some answers under a 0.5 threshold). Each graph is checked once against the same model computed with
numpy (an ``AssertionError`` names the difference). The manifest is written and verified by the
app's own writer, ``grader_app.bundles.write_bundle``. Nothing here imports ``grader_app.distill``,
scikit-learn or skl2onnx: onnx, onnxruntime and numpy are all it needs.
"""
from __future__ import annotations

import json
import math
import re
import zipfile
from pathlib import Path
from typing import Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from grader_app.bundles import write_bundle
from grader_app.text import DEFAULT_NORMALISATION, normalise_many

TOKEN_PATTERN = r"[a-zA-Z0-9_]+"
OPSET = 17
PARITY_TOLERANCE = 1e-5
# probed for parity besides the training answers: nothing, no word at all, unknown words, a long answer
PROBE_TEXTS = ["", "   ", "!!!", "zzz qqq", "ice " * 300, "café crème", "the cell membrane"]

# ---- the answers make_bundle trains on (scores 0-3; capped at the top label) -------------------------
TRAIN = [
    ("the cell membrane controls what enters and leaves the cell", 2),
    ("osmosis moves water across the membrane from high to low", 2),
    ("plants need light and water to grow well", 1),
    ("water is needed", 1),
    ("i do not know the answer to this", 0),
    ("no idea at all sorry", 0),
    ("mrna leaves the nucleus and trna brings amino acids to the ribosome", 3),
    ("the ribosome reads codons of mrna and trna anticodons pair", 3),
]


def words(text: str) -> list[str]:
    """The tokens the graph's Tokenizer produces for an already-normalised text."""
    return re.findall(TOKEN_PATTERN, text)


def count_matrix(texts: Sequence[str], vocabulary: Sequence[str]) -> np.ndarray:
    """Word counts [N, V] over ``vocabulary`` (what the graph's TfIdfVectorizer computes)."""
    index = {w: j for j, w in enumerate(vocabulary)}
    X = np.zeros((len(texts), len(vocabulary)), dtype=np.float64)
    for i, t in enumerate(texts):
        for w in words(t):
            if w in index:
                X[i, index[w]] += 1.0
    return X


def fit_softmax_regression(X: np.ndarray, y_idx: np.ndarray, n_labels: int, steps: int = 400, lr: float = 0.5,
                           l2: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    """W [V, K] and b [K] of a multinomial logistic model by plain gradient descent from zeros."""
    n, v = X.shape
    W = np.zeros((v, n_labels))
    b = np.zeros(n_labels)
    Y = np.eye(n_labels)[y_idx]
    for _ in range(steps):
        P = _softmax(X @ W + b)
        W -= lr * (X.T @ (P - Y) / n + l2 * W)
        b -= lr * (P - Y).mean(axis=0)
    return W.astype(np.float32), b.astype(np.float32)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class BagOfWords:
    """A fitted bag-of-words model: its vocabulary, weights, ONNX graph and numpy reference."""

    def __init__(self, texts: Sequence[str], scores: Sequence, labels: Sequence) -> None:
        self.labels = list(labels)
        norm = normalise_many(texts, DEFAULT_NORMALISATION)
        self.vocabulary = sorted({w for t in norm for w in words(t)})
        y = np.array([self.labels.index(s) for s in scores])
        self.W, self.b = fit_softmax_regression(count_matrix(norm, self.vocabulary), y, len(self.labels))
        self.model_bytes = self._graph()
        self._check_parity(list(norm) + normalise_many(PROBE_TEXTS))

    def reference_probabilities(self, normalised_texts: Sequence[str]) -> np.ndarray:
        """What the graph should give, computed with numpy (float32 weights, float64 sums)."""
        X = count_matrix(normalised_texts, self.vocabulary)
        return _softmax(X @ self.W.astype(np.float64) + self.b.astype(np.float64))

    def _graph(self) -> bytes:
        v, k = len(self.vocabulary), len(self.labels)
        nodes = [
            helper.make_node("Tokenizer", ["text"], ["tokens"], domain="com.microsoft", name="words",
                             mark=0, mincharnum=1, pad_value="#", tokenexp=TOKEN_PATTERN),
            helper.make_node("TfIdfVectorizer", ["tokens"], ["counts"], name="counts", mode="TF",
                             min_gram_length=1, max_gram_length=1, max_skip_count=0, ngram_counts=[0],
                             ngram_indexes=list(range(v)), pool_strings=list(self.vocabulary)),
            helper.make_node("MatMul", ["counts", "W"], ["z0"], name="matmul"),
            helper.make_node("Add", ["z0", "b"], ["logits"], name="add"),
            helper.make_node("Softmax", ["logits"], ["probabilities"], axis=-1, name="softmax"),
        ]
        graph = helper.make_graph(
            nodes, "test_bag_of_words",
            [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
            [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", k])],
            initializer=[numpy_helper.from_array(self.W, "W"), numpy_helper.from_array(self.b, "b")])
        model = helper.make_model(graph, producer_name="grader-tests",
                                  opset_imports=[helper.make_opsetid("", OPSET),
                                                 helper.make_opsetid("com.microsoft", 1)])
        onnx.checker.check_model(model)
        return model.SerializeToString()

    def _check_parity(self, normalised_texts: Sequence[str]) -> None:
        import onnxruntime as ort

        sess = ort.InferenceSession(self.model_bytes, providers=["CPUExecutionProvider"])
        want = self.reference_probabilities(normalised_texts)
        for i, text in enumerate(normalised_texts):  # one at a time too: a batch of one empty answer
            (got,) = sess.run(["probabilities"], {"text": np.array([text], dtype=object)})
            delta = float(np.abs(got[0] - want[i]).max())
            assert delta <= PARITY_TOLERANCE, f"the test graph differs from numpy by {delta:.2e} on {text!r}"
        (got,) = sess.run(["probabilities"], {"text": np.array(list(normalised_texts), dtype=object)})
        delta = float(np.abs(got - want).max())
        assert delta <= PARITY_TOLERANCE, f"the test graph differs from numpy by {delta:.2e} on a batch"


_MODEL_CACHE: dict[tuple, BagOfWords] = {}


def model_for(texts: Sequence[str], scores: Sequence, labels: Sequence) -> BagOfWords:
    """The bag-of-words model for these answers and labels (built once per test session)."""
    key = (tuple(texts), tuple(scores), tuple(labels))
    if key not in _MODEL_CACHE:
        _MODEL_CACHE[key] = BagOfWords(texts, scores, labels)
    return _MODEL_CACHE[key]


def tiny_model_bytes(labels=(0, 1, 2, 3)) -> bytes:
    """The ONNX graph make_bundle ships for ``labels`` (trained on ``TRAIN``)."""
    labels = tuple(labels)
    scores = [labels[min(s, len(labels) - 1)] for _, s in TRAIN]
    return model_for([t for t, _ in TRAIN], scores, labels).model_bytes


def make_bundle(folder: Path, bundle_id: str = "asap-sas-1", labels=(0, 1, 2, 3), threshold: float = 0.5,
                title: str | None = None, prompt: str = "Explain how the cell membrane works.", *,
                decision: dict | None = None, temperature: float = 1.0, model_bytes: bytes | None = None) -> Path:
    """Write a real, verifiable .gradebundle with a tiny bag-of-words model into ``folder``.

    ``decision`` is written as the manifest's decision rule (for example ``{"rule": "expected-score",
    "cutpoints": [0.5, 1.5, 2.5]}``; None writes no key, the arg-max), ``temperature`` as its
    calibration; ``model_bytes`` ships another graph instead of the bag of words (one taking ``text``
    and giving ``probabilities`` [N, len(labels)], say ``tests/bundles/bundle_graphs.row_model``)."""
    manifest = {
        "format_version": 1,
        "id": bundle_id,
        "title": title or f"Test model {bundle_id}",
        "item": {"prompt": prompt, "rubric": {str(v): f"score {v}" for v in labels}},
        "labels": list(labels),
        "normalisation": DEFAULT_NORMALISATION,
        "calibration": {"temperature": temperature},
        "review": {"threshold": threshold, "target_error": 0.05, "confidence": 0.9, "n": 200,
                   "table": [{"threshold": t, "coverage": round(1.0 - t * 0.8, 3), "error": round(0.3 * (1 - t), 3),
                              "error_upper": round(0.35 * (1 - t) + 0.01, 3)}
                             for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)]},
        "metrics": {"student": {"qwk": 0.81, "accuracy": 0.7, "n": 100}, "teacher": {"qwk": 0.85}},
        "provenance": {"teacher": "test", "data": "made up for tests", "date": "2026-01-01", "tool": "tests"},
        "sha256": "0" * 64,
        "parameters": 100,
    }
    if decision is not None:
        manifest["decision"] = dict(decision)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model = model_bytes if model_bytes is not None else tiny_model_bytes(labels)
    return write_bundle(folder / f"{bundle_id}.gradebundle", manifest, model)


# ---- a bundle with a review table measured on its own calibration answers ----------------------------

def wilson_upper(errors: int, n: int, z: float = 1.2816) -> float:
    """A one-sided upper bound on an error rate (Wilson score; z = 1.2816 is 90 %). Good enough for a
    test fixture; the shipped bundles use the exact Clopper-Pearson bound."""
    if n == 0:
        return 1.0
    p = errors / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return min(1.0, (centre + spread) / (1 + z * z / n))


def review_table(probs: np.ndarray, y_idx: np.ndarray, confidence: float = 0.9) -> dict:
    """The manifest's ``review`` dict from probabilities on calibration answers: one row per distinct
    confidence (plus 1.0); the default threshold is the row that accepts about half of them."""
    conf = probs.max(axis=1)
    wrong = probs.argmax(axis=1) != y_idx
    thresholds = sorted({math.floor(float(c) * 1e6) / 1e6 for c in conf if c < 1.0} | {1.0})
    table = []
    for t in thresholds:
        acc = conf >= t
        n_acc, n_err = int(acc.sum()), int((acc & wrong).sum())
        table.append({"threshold": t, "coverage": n_acc / len(conf), "accepted": n_acc, "errors": n_err,
                      "error": n_err / n_acc if n_acc else 0.0, "error_upper": wilson_upper(n_err, n_acc)})
    middle = min(table, key=lambda r: (abs(r["coverage"] - 0.5), r["threshold"]))
    return {"threshold": middle["threshold"], "target_error": 0.1, "confidence": confidence, "n": len(conf),
            "method": "test fixture (Wilson upper bound)", "table": table}


def write_trained_bundle(path: Path, *, bundle_id: str, title: str, item: dict, labels: Sequence,
                         train: Sequence[tuple[str, object]], calibration: Sequence[tuple[str, object]] = (),
                         decision: dict | None = None) -> Path:
    """A bundle trained on ``train`` (text, score) whose review table is measured on ``train`` +
    ``calibration``; the model is cached, so many tests can write their own copy cheaply. ``decision``
    is written as the manifest's decision rule (None: no key, the arg-max; the review table is the
    arg-max's either way)."""
    model = model_for([t for t, _ in train], [s for _, s in train], labels)
    cal = list(train) + list(calibration)
    probs = model.reference_probabilities(normalise_many([t for t, _ in cal]))
    y = np.array([list(labels).index(s) for _, s in cal])
    k = len(labels)
    manifest = {
        "format_version": 1, "id": bundle_id, "title": title, "item": dict(item), "labels": list(labels),
        "normalisation": DEFAULT_NORMALISATION,
        "calibration": {"temperature": 1.0, "method": "none (test fixture)"},
        "review": review_table(probs, y),
        "metrics": {"student": {"qwk": None, "accuracy": float((probs.argmax(1) == y).mean()), "n": len(cal),
                                "split": "training + calibration answers (test fixture)"}},
        "provenance": {"teacher": "none (test fixture)", "data": "invented answers in the tests",
                       "date": "2026-01-01", "tool": "tests/bundle_factory.py"},
        "sha256": "0" * 64,
        "parameters": len(model.vocabulary) * (1 + k) + k,
    }
    if decision is not None:
        manifest["decision"] = dict(decision)
    return write_bundle(path, manifest, model.model_bytes)


# ---- a bundle whose review threshold was tested (qualified), and a copy of one with its review edited ----------------
# a tested table: from the top, 1.0 accepts too few to be tested, 0.9 and 0.7 pass a target of 0.05, 0.5 fails
TESTED = {"target_error": 0.05, "confidence": 0.9, "min_accepted": 45, "qualified": True, "threshold": 0.7,
          "coverage_at_threshold": 0.5,
          "table": [{"threshold": t, "coverage": acc / 200, "accepted": acc, "error": up / 2, "error_upper": up}
                    for t, acc, up in ((0.3, 200, 0.2), (0.5, 150, 0.08), (0.7, 100, 0.045), (0.9, 50, 0.03),
                                       (1.0, 0, 1.0))]}


def write_tested(folder: Path, bundle_id: str = "asap-sas-5") -> Path:
    """A real bundle whose review is TESTED (written by the app's own writer, which checks it)."""
    path = make_bundle(folder, bundle_id)
    with zipfile.ZipFile(path) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    manifest["review"] = json.loads(json.dumps(TESTED))
    return write_bundle(path, manifest, model)


def edited_copy(source: Path, dest: Path, **review) -> Path:
    """``source`` with only manifest.review's fields changed (model and hash kept) and the manifest's own digest made
    again, as someone who knows the recipe would (docs/bundle-format.md: the digest is no signature). An edit that
    leaves the digest stale is refused whatever it is (tests/bundles/test_manifest_digest.py), and one without a
    digest takes nothing (tests/hostile/test_unsealed_bundle.py), so only a resealed edit shows what the review rules
    make of it."""
    from grader_app.bundles.manifest import DIGEST_FIELD, manifest_digest

    with zipfile.ZipFile(source) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    manifest["review"].update(review)
    manifest.pop(DIGEST_FIELD, None)
    manifest[DIGEST_FIELD] = manifest_digest(manifest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("model.onnx", model)
    return dest


def as_learned(path: Path, title: str) -> Path:
    """The bundle at ``path`` written again as a model learned from a teacher's marks for question ``title`` (its
    provenance says so; titled with the question, as the app titles one), sealed again by the app's writer."""
    from grader_app.bundles.learned import LEARNED_FROM

    with zipfile.ZipFile(path) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    manifest.pop("manifest_sha256", None)
    manifest["title"] = title
    manifest["provenance"] = {**manifest["provenance"], "learned_from": LEARNED_FROM, "question": title}
    return write_bundle(path, manifest, model)
