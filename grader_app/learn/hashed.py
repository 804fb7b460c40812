"""Hashed n-gram features and their ONNX graph: one implementation for the app and the developer side.

Features (computed identically here, in Python, for training, and inside the ONNX graph):

* word tokens ``[a-z0-9]+`` of the normalised text (``basic-v1`` lower-cases it), hashed with
  MurmurHash3 (seed 0, positive, as ``sklearn.utils.murmurhash3_32``): unigrams ``h mod M`` and
  bigrams ``(h_i·P + h_{i+1}) mod M``;
* optionally chunks of up to ``stems`` letters (``[a-z0-9]{1,stems}``: the first letters of each
  word and the rest of a long word in pieces), hashed the same way;
* optionally word pieces (:func:`~grader_app.learn.word_hash.piece_pattern`: each word's first four letters as one
  token and the rest of the word as another, from one tokenizer) and their n-grams, hashed as character n-grams are
  (the bigram of a word's two pieces is the word itself; the first pieces give spelling tolerance at a word's cost);
* optionally character n-grams over the normalised text (spaces included): each character is
  hashed, an n-gram's hash is the polynomial ``(((c_0·P + c_1) mod Q)·P + c_2) mod Q …``, then
  ``mod M``. A ``#`` is the tokenizer's padding, so ``#`` characters are skipped (and n-grams over
  them) on both sides.

Each group g contributes ``counts_g / sqrt(max(1, tokens_g))`` into one shared table of M buckets;
a model is a linear layer W[M, K] + b on that sum (a multinomial logistic regression), so the
graph is Tokenizer → MurmurHash3 → buckets → rows of W summed per answer (the tokens packed without their
padding when a batch is mostly padding) → scale → Add → Softmax (:mod:`grader_app.learn.hashed_graph`), built
with ``onnx.helper`` only (no converter library). ``M`` is chosen so that M·K + K
stays under the 50,000-number budget.

The app learns such models from a teacher's marks (:mod:`grader_app.learn.marks_model`); the
distillation side fits them to soft targets (``grader_app.distill.hashed.HashedStudent``). Both
export with :func:`to_onnx`, which needs any object with ``spec``, ``weights_`` [M, K] and
``bias_`` [K]. :func:`featurise` returns a ``scipy.sparse`` CSR matrix (scipy comes with
scikit-learn, an app dependency). onnx, scipy and scikit-learn are imported where they are used, not with this
module: the window imports it, and learning from marks imports them on a worker or in the fitting process.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Mapping, Sequence

import numpy as np

from .pausing import pause_point
from .word_hash import INPUT_NAME, P, PAD, PAD_HASH, Q, piece_pattern, stem_pattern
from .word_hash import WORD as _WORD
from .word_hash import murmur as _murmur

OUTPUT_NAME = "probabilities"
_PIECE = re.compile(piece_pattern(), re.ASCII)
BUDGET = 50_000


def buckets_for(n_labels: int, budget: int = BUDGET, reserve: int = 200) -> int:
    """The most buckets whose table (and bias and the graph's constants) fits in ``budget``."""
    return int((budget - reserve - n_labels) // n_labels)


def ordinal_buckets_for(n_labels: int, budget: int = BUDGET, reserve: int = 200) -> int:
    """The most buckets of a one-column table (an ordinal model, logits k·z + b_k) within ``budget``: the
    table, the bias, the score steps 0..K−1 and the graph's constants."""
    return int(budget - reserve - 2 * n_labels)


@dataclass(frozen=True)
class HashSpec:
    buckets: int
    words: tuple = (1, 2)          # word n-gram orders (1 and/or 2)
    chars: tuple = ()              # character n-gram orders, e.g. (3, 4) (slow in the graph)
    stems: int = 0                 # also chunks of up to this many letters: [a-z0-9]{1,stems} (0: off)
    key: Any = None                # KeyFeatures (grader_app.learn.key_features): dense features after the buckets
    pieces: tuple = ()             # word-piece n-gram orders, e.g. (1, 2, 3) (word_hash.piece_pattern; () : off)

    def to_dict(self) -> dict:
        d = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()
             if k != "key" and not (k == "pieces" and not v)}   # a spec without pieces reads as it always did
        if self.key is not None:
            d["key"] = self.key.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "HashSpec":
        from .key_features import KeyFeatures

        key = KeyFeatures.from_dict(d["key"]) if d.get("key") else None
        return cls(int(d["buckets"]), tuple(d.get("words", ())), tuple(d.get("chars", ())), int(d.get("stems", 0)), key,
                   tuple(int(n) for n in d.get("pieces", ())))

    @property
    def width(self) -> int:
        """Columns of :func:`featurise`'s matrix (rows of a model's ``weights_``): the buckets, then the key features."""
        return self.buckets + (self.key.count if self.key is not None else 0)


def _grams(hashes: list[int], n: int, word: bool) -> list[int]:
    """The n-gram hashes of a token sequence; an n-gram with a token that hashes like the padding is left out,
    as the graph's mask leaves it out (its neighbours are not joined)."""
    if word:
        if n == 1:
            return [h for h in hashes if h != PAD_HASH]
        return [h * P + g for h, g in zip(hashes, hashes[1:]) if h != PAD_HASH and g != PAD_HASH]
    out = []
    for i in range(len(hashes) - n + 1):
        if PAD_HASH in hashes[i:i + n]:
            continue
        v = hashes[i]
        for j in range(1, n):
            v = (v * P + hashes[i + j]) % Q
        out.append(v)
    return out


def gram_groups(text: str, spec: HashSpec, cache: dict) -> list[list[int]]:
    """The hashed n-grams of one normalised text, one list per feature group (:func:`groups_of`'s order but for the
    characters' orders, which follow ``spec.chars``); ``cache`` memoises the tokens' hashes across texts."""
    groups = []
    if spec.words:
        wh = [_murmur(t, cache) for t in _WORD.findall(text)]
        groups += [_grams(wh, n, True) for n in spec.words]
    if spec.stems:
        groups.append(_grams([_murmur(t, cache) for t in re.findall(stem_pattern(spec.stems), text)], 1, True))
    if spec.pieces:
        ph = [_murmur(t, cache) for t in _PIECE.findall(text)]
        groups += [_grams(ph, n, False) for n in sorted(spec.pieces)]
    if spec.chars:
        # a '#' is padding in the graph: split the text there so no n-gram spans it
        pieces = [[_murmur(c, cache) for c in piece] for piece in text.split(PAD)]
        for n in spec.chars:
            groups.append([g for piece in pieces for g in _grams(piece, n, False)])
    return groups


def featurise(texts: Sequence[str], spec: HashSpec):
    """Sparse ``[len(texts), buckets]`` float64 matrix of scaled hashed counts (normalised texts)."""
    from scipy.sparse import csr_matrix

    cache: dict = {}
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        if r % 16 == 0:
            pause_point()   # the app's window may go first (grader_app.learn.pausing)
        for grams in gram_groups(text, spec, cache):
            if not grams:
                continue
            scale = 1.0 / np.sqrt(len(grams))
            for g in grams:
                rows.append(r)
                cols.append(g % spec.buckets)
                vals.append(scale)
    X = csr_matrix((vals, (rows, cols)), shape=(len(texts), spec.buckets), dtype=np.float64)
    if spec.key is None:
        return X
    from scipy.sparse import hstack

    from .key_features import dense

    return hstack([X, csr_matrix(dense(word_hashes(texts, cache), spec.key))], format="csr")


def word_hashes(texts: Sequence[str], cache: dict | None = None) -> list[list[int]]:
    """Each normalised text's word tokens' hashes, as the graph's masked word tokens (the key features read them)."""
    cache = {} if cache is None else cache
    return [[h for h in (_murmur(t, cache) for t in _WORD.findall(text)) if h != PAD_HASH] for text in texts]


# --- the graph --------------------------------------------------------------------------------------

def groups_of(spec: HashSpec) -> list[str]:
    """The names of ``spec``'s feature groups, as the graph names them: ``w1``, ``w2``, ``s1``, ``c2`` …"""
    return ([f"w{n}" for n in spec.words] + (["s1"] if spec.stems else []) + [f"p{n}" for n in sorted(spec.pieces)]
            + [f"c{n}" for n in sorted(spec.chars)])


def split_weights(model: Any, columns: int | None = None) -> tuple[np.ndarray, np.ndarray | None]:
    """``model.weights_`` (float32, ``columns`` wide: by default as given, a vector as one column) as its table
    [buckets, columns] and its key features' rows [count, columns] (None without key features)."""
    weights = np.asarray(model.weights_, dtype=np.float32)
    weights = weights.reshape(-1, columns or (weights.shape[1] if weights.ndim == 2 else 1))
    spec = model.spec
    if weights.shape[0] != spec.width:
        raise ValueError(f"weights of {weights.shape[0]} rows do not fit {spec.width} features")
    V = np.ascontiguousarray(weights[spec.buckets:]) if spec.key is not None else None
    return np.ascontiguousarray(weights[:spec.buckets]), V


def to_onnx(student: Any, n_labels: int, temperature: float = 1.0, producer: str = "grader-distill", *,
            extra_nodes: Sequence = (), extra_initializers: Sequence = (), extra_terms: Sequence[str] = (),
            extra_opsets: Mapping[str, int] | None = None) -> bytes:
    """One string-input graph: normalised text [N] → probabilities [N, K] (softmax of logits / T).

    ``student`` is anything with ``spec`` (:class:`HashSpec`), ``weights_`` [M, K] and ``bias_`` [K]; or, for
    an ordinal model (:mod:`grader_app.learn.ordinal`), ``weights_`` [M, 1]: one score z per answer, and the
    logits k·z + b_k for score index k = 0..K−1.
    ``extra_nodes`` (with their ``extra_initializers``) are placed first and may read the input
    ``text``; each name in ``extra_terms`` is a float [N, K] tensor they produce, added to the logits
    before the bias (a model adapted from a bundle adds the bundle's graph this way).
    ``extra_opsets`` (domain → version) are imported too; the standard domain stays at 19 or more.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from .hashed_graph import const as _const
    from .hashed_graph import feature_sums, used_names

    spec = student.spec
    W, V = split_weights(student)
    inits = [numpy_helper.from_array(W, "W"), _const("b", student.bias_, np.float32),
             _const("M", spec.buckets, np.int64), _const("invT", 1.0 / float(temperature), np.float32)]
    inits += list(extra_initializers)
    nodes: list = list(extra_nodes)
    inits.append(_const("zero_row", np.zeros((1, W.shape[1])), np.float32))
    nodes.append(helper.make_node("Concat", ["W", "zero_row"], ["W0"], axis=0))

    acc = feature_sums(spec, nodes, inits, {})[("W0", "M")]
    if spec.key is not None:   # the key features' weights: the rows of weights_ after the buckets
        from .key_features import graph_features

        inits.append(numpy_helper.from_array(V, "V"))
        nodes += [helper.make_node("MatMul", [graph_features(spec.key, "w_h", "w_mask", nodes, inits), "V"], ["kf_z"]),
                  helper.make_node("Add", [acc, "kf_z"], ["sum_kf"])]
        acc = "sum_kf"
    if W.shape[1] == 1 and int(n_labels) > 1:  # ordinal: z [N, 1] → k·z [N, K]
        inits.append(_const("steps", np.arange(int(n_labels)), np.float32))
        nodes.append(helper.make_node("Mul", [acc, "steps"], ["stepped"]))
        acc = "stepped"
    for i, p in enumerate(extra_terms):
        nodes.append(helper.make_node("Add", [acc, p], [f"extra{i}"]))
        acc = f"extra{i}"
    nodes.append(helper.make_node("Add", [acc, "b"], ["logits"]))
    nodes.append(helper.make_node("Mul", ["logits", "invT"], ["scaled"]))
    nodes.append(helper.make_node("Softmax", ["scaled"], [OUTPUT_NAME], axis=-1))
    used = used_names(nodes)
    inits = [i for i in inits if i.name in used]
    graph = helper.make_graph(
        nodes, "grader_hashed_student",
        [helper.make_tensor_value_info(INPUT_NAME, TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["N", int(n_labels)])],
        initializer=inits)
    opsets = {"": 19, "com.microsoft": 1}
    if spec.key is not None:
        from .key_features import ML_OPSET

        opsets["ai.onnx.ml"] = ML_OPSET
    for domain, version in (extra_opsets or {}).items():
        opsets[domain] = max(int(version), opsets.get(domain, 0))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid(d, v) for d, v in opsets.items()],
                              producer_name=str(producer))
    model.ir_version = 9
    onnx.checker.check_model(model)
    return model.SerializeToString()


PAIR_GRAPH = "grader_hashed_pair"
