"""Hashed n-gram features and their ONNX graph: one implementation for the app and the developer side.

Features (computed identically here, in Python, for training, and inside the ONNX graph):

* word tokens ``[a-z0-9]+`` of the normalised text (``basic-v1`` lower-cases it), hashed with
  MurmurHash3 (seed 0, positive, as ``sklearn.utils.murmurhash3_32``): unigrams ``h mod M`` and
  bigrams ``(h_i·P + h_{i+1}) mod M``;
* optionally chunks of up to ``stems`` letters (``[a-z0-9]{1,stems}``: the first letters of each
  word and the rest of a long word in pieces), hashed the same way;
* optionally character n-grams over the normalised text (spaces included): each character is
  hashed, an n-gram's hash is the polynomial ``(((c_0·P + c_1) mod Q)·P + c_2) mod Q …``, then
  ``mod M``. A ``#`` is the tokenizer's padding, so ``#`` characters are skipped (and n-grams over
  them) on both sides.

Each group g contributes ``counts_g / sqrt(max(1, tokens_g))`` into one shared table of M buckets;
a model is a linear layer W[M, K] + b on that sum (a multinomial logistic regression), so the
graph is Tokenizer → MurmurHash3 → Mod → Gather rows of W → masked ReduceSum → scale → Add →
Softmax, built with ``onnx.helper`` only (no converter library). ``M`` is chosen so that M·K + K
stays under the 50,000-number budget.

The app learns such models from a teacher's marks (:mod:`grader_app.learn.marks_model`); the
distillation side fits them to soft targets (``grader_app.distill.hashed.HashedStudent``). Both
export with :func:`to_onnx`, which needs any object with ``spec``, ``weights_`` [M, K] and
``bias_`` [K]. :func:`featurise` returns a ``scipy.sparse`` CSR matrix (scipy comes with
scikit-learn, an app dependency).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Mapping, Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .pausing import pause_point
from .word_hash import WORD as _WORD
from .word_hash import WORD_PATTERN
from .word_hash import murmur as _murmur

INPUT_NAME = "text"
OUTPUT_NAME = "probabilities"
PAD = "#"
P = 1000003
Q = 2147483647
PAD_HASH = 1151690575  # murmurhash3_32("#", seed=0, positive=True)
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

    def to_dict(self) -> dict:
        d = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items() if k != "key"}
        if self.key is not None:
            d["key"] = self.key.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "HashSpec":
        from .key_features import KeyFeatures

        key = KeyFeatures.from_dict(d["key"]) if d.get("key") else None
        return cls(int(d["buckets"]), tuple(d.get("words", ())), tuple(d.get("chars", ())), int(d.get("stems", 0)), key)

    @property
    def width(self) -> int:
        """Columns of :func:`featurise`'s matrix (rows of a model's ``weights_``): the buckets, then the key features."""
        return self.buckets + (self.key.count if self.key is not None else 0)


def stem_pattern(n: int) -> str:
    return f"[a-z0-9]{{1,{int(n)}}}"


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

def _const(name: str, value, dtype) -> onnx.TensorProto:
    return numpy_helper.from_array(np.asarray(value, dtype=dtype), name)


def groups_of(spec: HashSpec) -> list[str]:
    """The names of ``spec``'s feature groups, as the graph names them: ``w1``, ``w2``, ``s1``, ``c2`` …"""
    return ([f"w{n}" for n in spec.words] + (["s1"] if spec.stems else [])
            + [f"c{n}" for n in sorted(spec.chars)])


def _feature_sum(spec: HashSpec, nodes: list, inits: list) -> str:
    """Append to ``nodes`` (and ``inits``) what turns the input ``text`` into the sum, over the feature groups of
    ``spec``, of the rows of ``W0`` (a table whose last row is zeros) at each n-gram's bucket mod ``M``, each
    group scaled by 1/sqrt(its count): a float [N, columns of W0] tensor, whose name is returned. The caller
    provides ``W0``, ``M`` and the constants of :func:`to_onnx`."""
    return _feature_sums(spec, nodes, inits, {})[("W0", "M")]


def _feature_sums(spec: HashSpec, nodes: list, inits: list, route: Mapping[str, tuple[str, str]]) -> dict:
    """:func:`_feature_sum` with each group read from its own table: ``route`` maps a group (:func:`groups_of`)
    to ``(table, modulus)`` names (a group not in it reads ``("W0", "M")``). Returns ``{(table, modulus): the
    sum of that table's groups}``. Tokenizers, hashes and masks are computed once, whatever table reads them."""
    partials: dict[tuple[str, str], list[str]] = {}

    def hashed_tokens(prefix: str, tokenexp: str):
        nodes.append(helper.make_node("Tokenizer", [INPUT_NAME], [f"{prefix}_tok"], domain="com.microsoft",
                                      mark=0, mincharnum=1, pad_value=PAD, tokenexp=tokenexp,
                                      name=f"{prefix}_tokenizer"))
        nodes.append(helper.make_node("MurmurHash3", [f"{prefix}_tok"], [f"{prefix}_h32"], domain="com.microsoft",
                                      positive=1, seed=0, name=f"{prefix}_murmur"))
        nodes.append(helper.make_node("Cast", [f"{prefix}_h32"], [f"{prefix}_h"], to=TensorProto.INT64))
        # the padding is found by its hash (numbers compare faster than strings); a real token with the same
        # hash is masked too, and the Python features leave it out as well (_grams); no code point but '#'
        # has it (the tests check all of them), so for characters this is exact
        nodes.append(helper.make_node("Equal", [f"{prefix}_h", "pad_hash"], [f"{prefix}_ispad"]))
        nodes.append(helper.make_node("Not", [f"{prefix}_ispad"], [f"{prefix}_mask"]))
        return f"{prefix}_h", f"{prefix}_mask"

    def shifted(name: str, start: int, trim: int) -> str:
        """name[:, start : T - trim] along axis 1."""
        out = f"{name}_s{start}_{trim}"
        s, e = f"{out}_start", f"{out}_end"
        inits.append(_const(s, [start], np.int64))
        inits.append(_const(e, [-trim] if trim else [2 ** 62], np.int64))
        nodes.append(helper.make_node("Slice", [name, s, e, "ax1"], [out]))
        return out

    def add_group(prefix: str, h: str, mask: str, n: int, word: bool) -> None:
        if n == 1:
            g, m = h, mask
        else:
            g, m = shifted(h, 0, n - 1), shifted(mask, 0, n - 1)
            for j in range(1, n):
                hj, mj = shifted(h, j, n - 1 - j), shifted(mask, j, n - 1 - j)
                nodes.append(helper.make_node("Mul", [g, "P"], [f"{prefix}_m{j}"]))
                nodes.append(helper.make_node("Add", [f"{prefix}_m{j}", hj], [f"{prefix}_a{j}"]))
                if word:
                    g = f"{prefix}_a{j}"
                else:
                    nodes.append(helper.make_node("Mod", [f"{prefix}_a{j}", "Q"], [f"{prefix}_q{j}"]))
                    g = f"{prefix}_q{j}"
                nodes.append(helper.make_node("And", [m, mj], [f"{prefix}_k{j}"]))
                m = f"{prefix}_k{j}"
        add_rows(prefix, g, m)

    def add_char_groups(h: str, mask: str, orders: Sequence[int]) -> None:
        """Character n-grams of every order in ``orders``, each order's hashes extended from the one below
        (the n-gram hash is the (n−1)-gram's, times P, plus the next character's, mod Q: the very
        polynomial :func:`_grams` computes), so the longest order costs one step per order, not n − 1."""
        g, m = h, mask
        if 1 in orders:
            add_rows("c1", g, m)
        for n in range(2, max(orders) + 1):
            nxt_h, nxt_m = shifted(h, n - 1, 0), shifted(mask, n - 1, 0)
            nodes.append(helper.make_node("Mul", [shifted(g, 0, 1), "P"], [f"c{n}_mul"]))
            nodes.append(helper.make_node("Add", [f"c{n}_mul", nxt_h], [f"c{n}_add"]))
            nodes.append(helper.make_node("Mod", [f"c{n}_add", "Q"], [f"c{n}_hash"]))
            nodes.append(helper.make_node("And", [shifted(m, 0, 1), nxt_m], [f"c{n}_valid"]))
            g, m = f"c{n}_hash", f"c{n}_valid"
            if n in orders:
                add_rows(f"c{n}", g, m)

    def add_rows(prefix: str, g: str, m: str) -> None:
        """Sum the rows of W at the buckets of the hashes ``g`` where ``m``, scaled by 1/sqrt(count)."""
        # a position outside the mask reads the last row of W0 (W with a row of zeros below, folded into one
        # constant when the session loads): its hash becomes −1 first, which the C-style remainder (fmod=1)
        # keeps at −1 and Gather reads as the last row; no [N, T, K] multiplication by the mask. The masked
        # hashes do not depend on M, so two models averaged in one graph share them
        table, modulus = route.get(prefix, ("W0", "M"))
        nodes.append(helper.make_node("Where", [m, g, "minus_one"], [f"{prefix}_kept"]))
        nodes.append(helper.make_node("Mod", [f"{prefix}_kept", modulus], [f"{prefix}_row"], fmod=1))
        nodes.append(helper.make_node("Gather", [table, f"{prefix}_row"], [f"{prefix}_rows"], axis=0))
        nodes.append(helper.make_node("Cast", [m], [f"{prefix}_mf"], to=TensorProto.FLOAT))
        nodes.append(helper.make_node("ReduceSum", [f"{prefix}_rows", "ax1"], [f"{prefix}_sum"], keepdims=0))
        nodes.append(helper.make_node("ReduceSum", [f"{prefix}_mf", "ax1"], [f"{prefix}_count"], keepdims=1))
        nodes.append(helper.make_node("Max", [f"{prefix}_count", "one_f"], [f"{prefix}_count1"]))
        nodes.append(helper.make_node("Sqrt", [f"{prefix}_count1"], [f"{prefix}_sqrt"]))
        nodes.append(helper.make_node("Div", [f"{prefix}_sum", f"{prefix}_sqrt"], [f"{prefix}_part"]))
        partials.setdefault((table, modulus), []).append(f"{prefix}_part")

    if spec.words or spec.key is not None:   # the key features read the word tokens too (to_onnx)
        h, mask = hashed_tokens("w", WORD_PATTERN)
        for n in spec.words:
            add_group(f"w{n}", h, mask, n, True)
    if spec.stems:
        h, mask = hashed_tokens("s", stem_pattern(spec.stems))
        add_group("s1", h, mask, 1, True)
    if spec.chars:
        h, mask = hashed_tokens("c", ".")
        add_char_groups(h, mask, spec.chars)
    if not partials:
        raise ValueError("a hashed student needs at least one word or character n-gram group")
    sums = {}
    for key, parts in partials.items():
        tag = "" if len(partials) == 1 else f"_{key[0]}"   # one table: the names a single model's graph has always had
        acc = parts[0]
        for i, p in enumerate(parts[1:]):
            nodes.append(helper.make_node("Add", [acc, p], [f"sum{tag}{i}"]))
            acc = f"sum{tag}{i}"
        sums[key] = acc
    return sums


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
    spec = student.spec
    W, V = split_weights(student)
    inits = [numpy_helper.from_array(W, "W"), _const("b", student.bias_, np.float32),
             _const("M", spec.buckets, np.int64), _const("P", P, np.int64), _const("Q", Q, np.int64),
             _const("one_f", 1.0, np.float32),
             _const("ax1", [1], np.int64), _const("ax_last", [-1], np.int64),
             _const("zero", [0], np.int64), _const("big", [2 ** 62], np.int64), _const("pad_hash", PAD_HASH, np.int64),
             _const("minus_one", -1, np.int64),
             _const("invT", 1.0 / float(temperature), np.float32)]
    inits += list(extra_initializers)
    nodes: list = list(extra_nodes)
    inits.append(_const("zero_row", np.zeros((1, W.shape[1])), np.float32))
    nodes.append(helper.make_node("Concat", ["W", "zero_row"], ["W0"], axis=0))

    acc = _feature_sum(spec, nodes, inits)
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
    used = {name for node in nodes for name in node.input}
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
