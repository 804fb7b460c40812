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
the graph stores those hashes, a 0/1 element-membership matrix and the models' weights for the features.
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
        bound: the hashes, the membership matrix, the element sizes, the weights and the constants)."""
        return (len(self.prompt) + len(self.terms) * (1 + len(self.elements)) + 2 * len(self.elements)
                + self.count * columns + len(self.center) + len(self.scale) + 40)

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
    vocab = sorted({w for e in lines for w in e})
    at = {w: i for i, w in enumerate(vocab)}
    p = sorted(set(content_words(WORD.findall(normalise(prompt or "")))))
    return KeyFeatures(prompt=tuple(murmur(w, cache) for w in p), terms=tuple(murmur(w, cache) for w in vocab),
                       elements=tuple(tuple(at[w] for w in e) for e in lines))


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


def graph_features(kf: KeyFeatures, h: str, mask: str, nodes: list, inits: list) -> str:
    """Append the nodes computing :func:`dense` from the word tokens' hashes ``h`` [N, T] (int64) and their mask
    ``mask`` [N, T] (bool); returns the name of the float [N, count] tensor. Counts are compared as integers held
    in floats, so the "at least half held" test is exact."""
    names = []
    inits += [_const("kf_ax1", [1], np.int64), _const("kf_ax2", [2], np.int64), _const("kf_one", 1.0, np.float32),
              _const("kf_len_scale", 1.0 / LENGTH_SCALE, np.float32), _const("kf_minus_one", -1, np.int64)]
    nodes += [helper.make_node("Cast", [mask], ["kf_maskf"], to=TensorProto.FLOAT),
              helper.make_node("ReduceSum", ["kf_maskf", "kf_ax1"], ["kf_n"], keepdims=1),
              helper.make_node("Add", ["kf_n", "kf_one"], ["kf_n1"]),
              helper.make_node("Log", ["kf_n1"], ["kf_logn"]),
              helper.make_node("Mul", ["kf_logn", "kf_len_scale"], ["kf_f_len"]),
              helper.make_node("Max", ["kf_n", "kf_one"], ["kf_n_at_least_1"]),
              # a padded position can equal no term: its hash becomes −1 (term hashes are non-negative)
              helper.make_node("Where", [mask, h, "kf_minus_one"], ["kf_h"]),
              helper.make_node("Unsqueeze", ["kf_h", "kf_ax2"], ["kf_h3"])]
    names.append("kf_f_len")

    def present(prefix: str, hashes: Sequence[int]) -> tuple[str, str]:
        """[N, T] float: the token is one of ``hashes``; [N, H] float: the hash is among the tokens."""
        inits.append(_const(f"{prefix}_hashes", list(hashes), np.int64))
        nodes.extend([helper.make_node("Equal", ["kf_h3", f"{prefix}_hashes"], [f"{prefix}_eq"]),
                      helper.make_node("Cast", [f"{prefix}_eq"], [f"{prefix}_eqf"], to=TensorProto.FLOAT),
                      helper.make_node("ReduceMax", [f"{prefix}_eqf", "kf_ax2"], [f"{prefix}_tok"], keepdims=0),
                      helper.make_node("ReduceMax", [f"{prefix}_eqf", "kf_ax1"], [f"{prefix}_held"], keepdims=0)])
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
        member = np.zeros((T, E), dtype=np.float32)
        for j, e in enumerate(kf.elements):
            member[list(e), j] = 1.0
        sizes = np.array([len(e) for e in kf.elements], dtype=np.float32)
        _, held = present("kf_k", kf.terms)
        inits += [numpy_helper.from_array(member, "kf_member"), _const("kf_inv_sizes", 1.0 / sizes, np.float32),
                  _const("kf_half_sizes", sizes / 2.0, np.float32), _const("kf_inv_E", 1.0 / E, np.float32),
                  _const("kf_inv_T", 1.0 / T, np.float32)]
        nodes += [helper.make_node("MatMul", [held, "kf_member"], ["kf_k_count"]),          # [N, E], whole numbers
                  helper.make_node("Mul", ["kf_k_count", "kf_inv_sizes"], ["kf_f_cover"]),
                  helper.make_node("GreaterOrEqual", ["kf_k_count", "kf_half_sizes"], ["kf_k_half"]),
                  helper.make_node("Cast", ["kf_k_half"], ["kf_k_halff"], to=TensorProto.FLOAT),
                  helper.make_node("ReduceSum", ["kf_k_halff", "kf_ax1"], ["kf_k_halfn"], keepdims=1),
                  helper.make_node("Mul", ["kf_k_halfn", "kf_inv_E"], ["kf_f_half"]),
                  helper.make_node("ReduceMean", ["kf_f_cover", "kf_ax1"], ["kf_f_mean"], keepdims=1),
                  helper.make_node("ReduceSum", [held, "kf_ax1"], ["kf_k_heldn"], keepdims=1),
                  helper.make_node("Mul", ["kf_k_heldn", "kf_inv_T"], ["kf_f_found"])]
        names += ["kf_f_cover", "kf_f_half", "kf_f_mean", "kf_f_found"]
    nodes.append(helper.make_node("Concat", names, ["kf_features"], axis=1))
    if not kf.center:
        return "kf_features"
    inits += [_const("kf_center", list(kf.center), np.float32), _const("kf_scale", list(kf.scale), np.float32)]
    nodes += [helper.make_node("Sub", ["kf_features", "kf_center"], ["kf_centered"]),
              helper.make_node("Mul", ["kf_centered", "kf_scale"], ["kf_features_z"])]
    return "kf_features_z"
