"""What the students' features cost in speed and buy in quality, side by side (issue 11's speed target against its
quality target; docs/distillation.md, the twelfth session's round).

Quality: the hashed LR kind's own protocol (`grader_app.distill.crossfit_hashed_lr.cross_validate`: C in {1, 10,
100} chosen on the inner split of the other folds, refitted, scoring the fold; 5-fold CV, decided), once per feature
set, on the science sets; no teacher, so it runs from a fresh checkout.
Speed: each feature set's graph alone (`grader_app.learn.hashed.to_onnx`, random weights: the speed does not depend on
them), beside the installed bundle's graph, onnxruntime on one thread, batches of 64 in the set's file order,
interleaved, best of 3, on the set's answers as the Scorer hands them over (normalised).

Feature sets: word 1-2-grams with character 2-5-grams (the installed students'), 3-5-grams, 3-grams, 5-letter chunks,
and word 1-2-grams alone; word pieces (each word's first four letters and the rest of it, from one tokenizer:
`grader_app.learn.word_hash.piece_pattern`; the fifteenth session's round) in 1-2-3-grams, 1-2-grams, and 1-2-grams
with character 3-grams; and, for quality only (no graph computes it), word 1-2-grams with each word's first four
letters as one more token. Prints figures; asserts nothing.

  OMP_NUM_THREADS=1 .venv/bin/python scripts/feature_speed.py              # both, sets 1, 2, 5, 6, 10 (~12 min)
  OMP_NUM_THREADS=1 .venv/bin/python scripts/feature_speed.py --speed-only --sets 10,1
"""
from __future__ import annotations

import argparse
import sys
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill import crossfit_hashed_lr as H  # noqa: E402
from grader_app.learn.hashed import HashSpec, buckets_for, to_onnx  # noqa: E402

FEATURES = {   # name → (word orders, character orders, chunk length), as crossfit_hashed_lr.FEATURES holds them
    "w12+c2345": ((1, 2), (2, 3, 4, 5), 0), "w12+c345": ((1, 2), (3, 4, 5), 0), "w12+c3": ((1, 2), (3,), 0),
    "w12+s5": ((1, 2), (), 5), "w12": ((1, 2), (), 0),
    # word pieces (learn.word_hash.piece_pattern): each word's first four letters and the rest, from one tokenizer
    "pc4_123": ((), (), 0, (1, 2, 3)), "pc4_12": ((), (), 0, (1, 2)), "pc4_12+c3": ((), (3,), 0, (1, 2)),
}


def quality(essay_set: int) -> dict[str, float]:
    """Each feature set's CV QWK (mean over the folds) with the hashed LR kind's protocol."""
    for name, spec in FEATURES.items():
        H.FEATURES.setdefault(name, spec)
    out = {}
    for name in FEATURES:
        grid = tuple(H.Config(name, "C", c) for c in (1.0, 10.0, 100.0))
        out[name] = float(H.cross_validate(essay_set, grid=grid, log=lambda _m: None)["figures"]["qwk"])
    return out


def _prefixes(texts: list[str], buckets: int):
    """Each word's first four letters as one more token group ("p:" + prefix), hashed and scaled as a group is."""
    from scipy.sparse import csr_matrix

    from grader_app.learn.word_hash import WORD, murmur

    cache: dict = {}
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        grams = [murmur("p:" + w[:4], cache) for w in WORD.findall(text)]
        for g in grams:
            rows.append(r)
            cols.append(g % buckets)
            vals.append(1.0 / np.sqrt(len(grams)))
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), buckets))


def prefix_quality(essay_set: int) -> float:
    """A probe with no graph yet: word 1-2-grams plus each word's first four letters (spelling tolerance at word
    granularity), CV QWK with the hashed LR kind's protocol (its inner-split choice of C, refitted, decided)."""
    from grader_app.distill.crossfit import K_FOLDS, set_data
    from grader_app.distill.crossfit_vocab import kind_figures
    from grader_app.learn.hashed import featurise

    H.FEATURES.setdefault("w12+p4", ((1, 2), (), 0))
    d = set_data(essay_set)
    K, y, folds = d.n_labels, d.y, d.folds
    B = buckets_for(K)
    Xs = {"w12+p4": (featurise(d.texts, HashSpec(B, (1, 2), ())) + _prefixes(d.texts, B)).tocsr()}
    grid = tuple(H.Config("w12+p4", "C", c) for c in (1.0, 10.0, 100.0))
    logits = np.zeros((len(y), K))
    for f in range(K_FOLDS):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        best = H.rank(Xs, y, tr, K, seed=5000 + f, grid=grid)[0][0]
        p = H.LR.fit(Xs["w12+p4"][tr], y[tr], best, K, None).predict_proba(Xs["w12+p4"][te])
        logits[te] = np.log(np.clip(p, 1e-12, 1.0))
    return float(kind_figures(logits, y, folds, K_FOLDS, K)["qwk"])


def _session(model: bytes):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])


def speed(essay_set: int, reps: int = 3) -> dict[str, float]:
    """Answers per second of each feature set's graph and of the installed bundle's, interleaved, best of ``reps``."""
    from grader_app.distill.crossfit import set_data

    d = set_data(essay_set)
    K = d.n_labels
    graphs = {}
    with zipfile.ZipFile(ROOT / "model_bundles" / f"asap-sas-{essay_set}.gradebundle") as z:
        graphs["installed"] = z.read(next(n for n in z.namelist() if n.endswith(".onnx")))
    rng = np.random.default_rng(0)
    for name, (words, chars, stems, *pieces) in FEATURES.items():
        spec = HashSpec(buckets_for(K), words, chars, stems, pieces=tuple(pieces[0]) if pieces else ())
        student = SimpleNamespace(spec=spec, weights_=rng.normal(size=(spec.buckets, K)).astype(np.float32),
                                  bias_=np.zeros(K, np.float32))
        graphs[name] = to_onnx(student, K)
    return _best({k: _session(g) for k, g in graphs.items()}, d.texts, reps)


def _best(sessions: dict, texts: list[str], reps: int) -> dict[str, float]:
    """Each session's answers per second over ``texts`` in batches of 64, interleaved, best of ``reps``."""
    batches = [np.array(texts[i:i + 64], dtype=object) for i in range(0, len(texts), 64)]
    best = dict.fromkeys(sessions, 0.0)
    for _ in range(reps):
        for k, s in sessions.items():
            t = time.perf_counter()
            for b in batches:
                s.run(None, {"text": b})
            best[k] = max(best[k], len(texts) / (time.perf_counter() - t))
    return best


def _tokenizing(prefixes: bool, chars: bool) -> bytes:
    """A graph of the tokenizers and their hashes alone: words, then each word's first four letters (a second
    Tokenizer over the word tokens) or every character."""
    from onnx import TensorProto, helper

    def tok(src: str, out: str, exp: str) -> list:
        return [helper.make_node("Tokenizer", [src], [out], domain="com.microsoft", mark=0, mincharnum=1, pad_value="#",
                                 tokenexp=exp),
                helper.make_node("MurmurHash3", [out], [f"{out}_h"], domain="com.microsoft", positive=1, seed=0)]
    nodes, outs = tok("text", "w", "[a-z0-9]+"), ["w_h"]
    if prefixes:
        nodes, outs = nodes + tok("w", "p", "^[a-z0-9]{1,4}"), outs + ["p_h"]
    if chars:
        nodes, outs = nodes + tok("text", "c", "."), outs + ["c_h"]
    graph = helper.make_graph(nodes, "tokenizing", [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info(o, TensorProto.UINT32, None) for o in outs])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19), helper.make_opsetid("com.microsoft", 1)])
    return model.SerializeToString()


def tokenizer_speed(essay_set: int, reps: int = 3) -> dict[str, float]:
    """Answers per second of the tokenizers and hashes alone: what any graph with those tokens pays at least."""
    from grader_app.distill.crossfit import set_data

    texts = set_data(essay_set).texts
    sessions = {"words": _session(_tokenizing(False, False)), "words + first four letters": _session(_tokenizing(True, False)),
                "words + characters": _session(_tokenizing(False, True))}
    return _best(sessions, texts, reps)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="1,2,5,6,10")
    ap.add_argument("--speed-only", action="store_true")
    args = ap.parse_args(argv)
    sets = [int(s) for s in args.sets.split(",")]
    qual: dict[int, dict[str, float]] = {}
    for s in sets:
        fast = speed(s)
        print(f"set {s}: graph alone, one thread, batches of 64, answers/s: "
              + ", ".join(f"{k} {v / 1000:.1f} k" for k, v in fast.items()), flush=True)
        print(f"set {s}: tokenizers and hashes alone, answers/s: "
              + ", ".join(f"{k} {v / 1000:.1f} k" for k, v in tokenizer_speed(s).items()), flush=True)
        if not args.speed_only:
            qual[s] = quality(s)
            qual[s]["w12+p4 (no graph yet)"] = prefix_quality(s)
            print(f"set {s}: hashed LR kind, 5-fold CV QWK: " + ", ".join(f"{k} {v:.3f}" for k, v in qual[s].items()),
                  flush=True)
    if qual:
        print("mean CV QWK over sets " + ",".join(map(str, sets)) + ": " + ", ".join(
            f"{k} {np.mean([qual[s][k] for s in sets]):.4f}" for k in qual[sets[0]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
