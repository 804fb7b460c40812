"""Key features: a few dense features of an answer against its question's scoring key and prompt, computed the same
way in Python (training) and inside a hashed student's ONNX graph (twenty-first amendment in docs/distillation.md).

A hashed n-gram model adds up evidence; a scoring key counts *elements* ("three processes", "four steps"), and an
answer that names one element three times is not worth three elements. These features give a linear model that
saturation, from the word tokens the hashed graph already has (``[a-z0-9]+`` of the normalised text, hashed with
MurmurHash3), by exact word matches only:

* ``log1p(words) / 5``;
* the share of the answer's words that are content words of the prompt, and the share of the prompt's content
  words the answer holds (distinct);
* on a question with a key (one element per line): each element's share of its content words the answer holds,
  the share of elements at least half held, the mean of those shares, and the share of the key's content words held.

Content words: not in a short stop list and longer than two letters (:func:`content_words`). Every feature lies in
[0, 1] (the length feature near it), so the models' regularisation treats them alike without any scaling fitted to
data. The key and prompt are turned into term hashes once, when the spec is made (:func:`key_features_of`);
the graph stores those hashes (as hash tables), each element's term indices and the models' weights for the features.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from onnx import TensorProto, helper, numpy_helper

STOP = frozenset("""a an the of to and or in on is are was were be been being it its this that these those for with as
by at from into which who what when where how why do does did not no can will would should could their there they them
he she his her we our you your i my me so if then than also but each use used using more most other some such only own
same very just""".split())
LENGTH_SCALE = 5.0   # log1p(words) / 5: about 1 for a 150-word answer


def content_words(words: Sequence[str]) -> list[str]:
    return [w for w in words if w not in STOP and len(w) > 2]


@dataclass(frozen=True)
class KeyFeatures:
    """The hashed terms of a question's prompt and key: ``prompt`` and ``terms`` are MurmurHash3 values (as the
    graph hashes tokens) of their distinct content words; ``elements`` lists, per key element, the indices into
    ``terms`` of its words. ``center`` and ``scale`` (twenty-third amendment), when given, turn each feature into
    (feature − center) · scale: z-scores measured on answers no model is scored on (the set's unscored answers,
    :func:`standardised`)."""
    prompt: tuple = ()
    terms: tuple = ()
    elements: tuple = ()
    center: tuple = ()
    scale: tuple = ()

    @property
    def count(self) -> int:
        """How many features."""
        return 1 + (2 if self.prompt else 0) + (len(self.elements) + 3 if self.elements else 0)

    def stored_numbers(self, columns: int) -> int:
        """What the graph stores for these features, read by a model of ``columns`` output columns (an upper
        bound): each lookup's keys and values (the prompt's and the key's term hashes, and their indices), the
        elements' term indices, bounds, sizes and halves, the weights, the z-scores' mean and scale, and the
        constants (:func:`graph_features`). Never less than the reserve of the graph before the lookups (one
        Equal over tokens × terms and a terms × elements matrix), so that on a set with a key, where that reserve
        is the larger, a kind keeps the buckets it was fitted with. With a prompt alone the lookups store the
        prompt's hashes twice: a bundle fitted before them and rebuilt by ``grader-distill regraph`` stores
        P + 8 numbers more than it reserved, which the budget's own reserve (:func:`grader_app.learn.hashed.buckets_for`)
        absorbs; regraph refuses a graph over the budget."""
        E, T, P = len(self.elements), len(self.terms), len(self.prompt)
        before = P + T * (1 + E) + 2 * E + 40
        lookups = 2 * P + 2 * T + sum(len(e) for e in self.elements) + 4 * E + 48
        return max(before, lookups) + self.count * columns + len(self.center) + len(self.scale)

    def to_dict(self) -> dict:
        d = {"prompt": list(self.prompt), "terms": list(self.terms), "elements": [list(e) for e in self.elements]}
        if self.center:
            d.update(center=list(self.center), scale=list(self.scale))
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "KeyFeatures":
        return cls(tuple(int(h) for h in d.get("prompt", ())), tuple(int(h) for h in d.get("terms", ())),
                   tuple(tuple(int(i) for i in e) for e in d.get("elements", ())),
                   tuple(float(v) for v in d.get("center", ())), tuple(float(v) for v in d.get("scale", ())))


def key_features_of(key: str | None, prompt: str | None) -> KeyFeatures:
    """A question's :class:`KeyFeatures`: its key (one element per line; None or empty: no key features) and its
    prompt, normalised as the app normalises answers, their content words hashed as the graph hashes word tokens."""
    from ..text import normalise
    from .word_hash import WORD, murmur

    cache: dict = {}
    lines = [sorted(set(content_words(WORD.findall(normalise(line))))) for line in (key or "").splitlines()]
    lines = [e for e in lines if e]
    # two words with the same hash are one term, as the graph sees them (it sees only hashes); one hash table
    # lookup per term list needs each hash once
    terms = tuple(dict.fromkeys(murmur(w, cache) for w in sorted({w for e in lines for w in e})))
    at = {h: i for i, h in enumerate(terms)}
    p = sorted(set(content_words(WORD.findall(normalise(prompt or "")))))
    return KeyFeatures(prompt=tuple(dict.fromkeys(murmur(w, cache) for w in p)), terms=terms,
                       elements=tuple(tuple(sorted({at[murmur(w, cache)] for w in e})) for e in lines))


def dense(token_hashes: Sequence[Sequence[int]], kf: KeyFeatures) -> np.ndarray:
    """``[n, kf.count]`` features of answers given as their word tokens' hashes (padding already left out)."""
    prompt, terms = set(kf.prompt), list(kf.terms)
    out = np.zeros((len(token_hashes), kf.count))
    for r, hs in enumerate(token_hashes):
        have = set(hs)
        row = [np.log1p(len(hs)) / LENGTH_SCALE]
        if kf.prompt:
            row += [sum(h in prompt for h in hs) / max(1, len(hs)), len(have & prompt) / len(prompt)]
        if kf.elements:
            held = [sum(terms[i] in have for i in e) for e in kf.elements]
            cover = [c / len(e) for c, e in zip(held, kf.elements)]
            row += cover + [sum(2 * c >= len(e) for c, e in zip(held, kf.elements)) / len(kf.elements),
                            float(np.mean(cover)), sum(t in have for t in terms) / len(terms)]
        out[r] = row
    if kf.center:
        out = (out - np.asarray(kf.center, dtype=np.float32)) * np.asarray(kf.scale, dtype=np.float32)
    return out


def standardised(kf: KeyFeatures, token_hashes: Sequence[Sequence[int]]) -> KeyFeatures:
    """``kf`` with each feature's mean and 1/sd over the answers given as their tokens' hashes (an sd of 0: 1), so
    that the features weigh like the n-grams under the models' regularisation. Rounded to float32, as the graph
    holds them."""
    plain = dataclasses.replace(kf, center=(), scale=())
    F = dense(token_hashes, plain)
    sd = F.std(axis=0)
    sd[sd < 1e-6] = 1.0
    center = np.asarray(F.mean(axis=0), dtype=np.float32).tolist()
    return dataclasses.replace(plain, center=tuple(center), scale=tuple(np.asarray(1.0 / sd, dtype=np.float32).tolist()))


def _const(name: str, value, dtype):
    return numpy_helper.from_array(np.asarray(value, dtype=dtype), name)


ML_OPSET = 2   # the ai.onnx.ml opset a graph with key features imports (LabelEncoder with int64 keys)


def graph_features(kf: KeyFeatures, h: str, mask: str, nodes: list, inits: list) -> str:
    """Append the nodes computing :func:`dense` from the word tokens' hashes ``h`` [N, T] (int64) and their mask
    ``mask`` [N, T] (bool); returns the name of the float [N, count] tensor. The graph must import the ``ai.onnx.ml``
    opset :data:`ML_OPSET` and a standard opset of 18 or more. Counts are whole numbers held in floats, so the
    "at least half held" test is exact.

    Each token finds its term with one hash-table lookup (``LabelEncoder``: the term's index, or H for none) and
    the terms held are scattered from there (``ScatterElements`` taking the max), so the cost grows with the
    tokens, not with tokens × terms; an element's count is a difference of a running sum over its terms' places
    (the elements' terms stored one element after another), so nothing of size terms × elements is stored."""
    names = []
    inits += [_const("kf_ax1", [1], np.int64), _const("kf_zero1", [0], np.int64), _const("kf_one", 1.0, np.float32),
              _const("kf_len_scale", 1.0 / LENGTH_SCALE, np.float32), _const("kf_minus_one", -1, np.int64)]
    nodes += [helper.make_node("Cast", [mask], ["kf_maskf"], to=TensorProto.FLOAT),
              helper.make_node("ReduceSum", ["kf_maskf", "kf_ax1"], ["kf_n"], keepdims=1),
              helper.make_node("Add", ["kf_n", "kf_one"], ["kf_n1"]),
              helper.make_node("Log", ["kf_n1"], ["kf_logn"]),
              helper.make_node("Mul", ["kf_logn", "kf_len_scale"], ["kf_f_len"]),
              helper.make_node("Max", ["kf_n", "kf_one"], ["kf_n_at_least_1"]),
              # a padded position can equal no term: its hash becomes −1 (term hashes are non-negative)
              helper.make_node("Where", [mask, h, "kf_minus_one"], ["kf_h"]),
              helper.make_node("Shape", ["kf_h"], ["kf_shape"]),
              helper.make_node("Slice", ["kf_shape", "kf_zero1", "kf_one_i"], ["kf_rows"])]
    inits.append(_const("kf_one_i", [1], np.int64))
    names.append("kf_f_len")

    def present(prefix: str, hashes: Sequence[int]) -> tuple[str, str]:
        """[N, T] float: the token is one of ``hashes``; [N, H] float: the hash is among the tokens."""
        H = len(hashes)
        if len(set(hashes)) != H:   # key_features_of never makes such features; a hand-made one is refused
            raise ValueError(f"key features list a term hash twice ({prefix}); each hash must be listed once")
        inits.extend([_const(f"{prefix}_H", H, np.int64), _const(f"{prefix}_H1", [H + 1], np.int64),
                      _const(f"{prefix}_Hcut", [H], np.int64)])
        nodes.extend([
            helper.make_node("LabelEncoder", ["kf_h"], [f"{prefix}_idx"], domain="ai.onnx.ml",
                             keys_int64s=[int(x) for x in hashes], values_int64s=list(range(H)), default_int64=H),
            helper.make_node("Less", [f"{prefix}_idx", f"{prefix}_H"], [f"{prefix}_is"]),
            helper.make_node("Cast", [f"{prefix}_is"], [f"{prefix}_tok"], to=TensorProto.FLOAT),
            helper.make_node("Concat", ["kf_rows", f"{prefix}_H1"], [f"{prefix}_dims"], axis=0),
            helper.make_node("ConstantOfShape", [f"{prefix}_dims"], [f"{prefix}_none"],
                             value=numpy_helper.from_array(np.zeros(1, dtype=np.float32))),   # zeros [N, H + 1]
            helper.make_node("ScatterElements", [f"{prefix}_none", f"{prefix}_idx", f"{prefix}_tok"],
                             [f"{prefix}_held_all"], axis=1, reduction="max"),
            helper.make_node("Slice", [f"{prefix}_held_all", "kf_zero1", f"{prefix}_Hcut", "kf_ax1"],
                             [f"{prefix}_held"])])                                                # column H: no term
        return f"{prefix}_tok", f"{prefix}_held"

    if kf.prompt:
        tok, held = present("kf_p", kf.prompt)
        inits.append(_const("kf_p_share", 1.0 / len(kf.prompt), np.float32))
        nodes += [helper.make_node("ReduceSum", [tok, "kf_ax1"], ["kf_p_tokn"], keepdims=1),
                  helper.make_node("Div", ["kf_p_tokn", "kf_n_at_least_1"], ["kf_f_ptok"]),
                  helper.make_node("ReduceSum", [held, "kf_ax1"], ["kf_p_heldn"], keepdims=1),
                  helper.make_node("Mul", ["kf_p_heldn", "kf_p_share"], ["kf_f_pheld"])]
        names += ["kf_f_ptok", "kf_f_pheld"]
    if kf.elements:
        E, T = len(kf.elements), len(kf.terms)
        order = [i for e in kf.elements for i in e]                  # every element's terms, one element after another
        ends = np.cumsum([len(e) for e in kf.elements])              # element j's terms: places ends[j-1] .. ends[j]-1
        sizes = np.array([len(e) for e in kf.elements], dtype=np.float32)
        _, held = present("kf_k", kf.terms)
        inits += [_const("kf_order", order, np.int64), _const("kf_ends", ends, np.int64),
                  _const("kf_starts", np.concatenate([[0], ends[:-1]]), np.int64),
                  _const("kf_inv_sizes", 1.0 / sizes, np.float32), _const("kf_half_sizes", sizes / 2.0, np.float32),
                  _const("kf_inv_E", 1.0 / E, np.float32), _const("kf_inv_T", 1.0 / T, np.float32),
                  _const("kf_pads", [0, 1, 0, 0], np.int64)]
        nodes += [helper.make_node("Gather", [held, "kf_order"], ["kf_k_places"], axis=1),      # [N, Σ|e|]
                  helper.make_node("CumSum", ["kf_k_places", "kf_one_i_s"], ["kf_k_run"]),
                  helper.make_node("Pad", ["kf_k_run", "kf_pads"], ["kf_k_run0"]),               # a 0 in front
                  helper.make_node("Gather", ["kf_k_run0", "kf_ends"], ["kf_k_to"], axis=1),
                  helper.make_node("Gather", ["kf_k_run0", "kf_starts"], ["kf_k_from"], axis=1),
                  helper.make_node("Sub", ["kf_k_to", "kf_k_from"], ["kf_k_count"]),              # [N, E], whole numbers
                  helper.make_node("Mul", ["kf_k_count", "kf_inv_sizes"], ["kf_f_cover"]),
                  helper.make_node("GreaterOrEqual", ["kf_k_count", "kf_half_sizes"], ["kf_k_half"]),
                  helper.make_node("Cast", ["kf_k_half"], ["kf_k_halff"], to=TensorProto.FLOAT),
                  helper.make_node("ReduceSum", ["kf_k_halff", "kf_ax1"], ["kf_k_halfn"], keepdims=1),
                  helper.make_node("Mul", ["kf_k_halfn", "kf_inv_E"], ["kf_f_half"]),
                  helper.make_node("ReduceMean", ["kf_f_cover", "kf_ax1"], ["kf_f_mean"], keepdims=1),
                  helper.make_node("ReduceSum", [held, "kf_ax1"], ["kf_k_heldn"], keepdims=1),
                  helper.make_node("Mul", ["kf_k_heldn", "kf_inv_T"], ["kf_f_found"])]
        inits.append(_const("kf_one_i_s", 1, np.int64))
        names += ["kf_f_cover", "kf_f_half", "kf_f_mean", "kf_f_found"]
    nodes.append(helper.make_node("Concat", names, ["kf_features"], axis=1))
    if not kf.center:
        return "kf_features"
    inits += [_const("kf_center", list(kf.center), np.float32), _const("kf_scale", list(kf.scale), np.float32)]
    nodes += [helper.make_node("Sub", ["kf_features", "kf_center"], ["kf_centered"]),
              helper.make_node("Mul", ["kf_centered", "kf_scale"], ["kf_features_z"])]
    return "kf_features_z"
