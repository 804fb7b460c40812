"""Which hashed features should a model learned from a teacher's marks use? (docs/distillation.md, the fifteenth
session's round.)

Classes of 130 answers are drawn from the TRAIN split of ASAP-SAS only (``split_set(...).train``; the test split is
never read), read in place from ../shared/data. Each class is fitted with ``fit_marks`` (the app's own protocol: C and
the class weighting out of fold, temperature, review threshold) under each feature set, and scored on the rest of the
train split (the set's train answers the class did not hold): exact accuracy and QWK, beside the out-of-fold accuracy
the app itself sees. Prints figures; asserts nothing.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/marks_features_probe.py [SETS [CLASSES]]   # default 1,2,3,5,6,10 4 (~5 min)
"""
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from grader_app.core.metrics import quadratic_weighted_kappa  # noqa: E402
from grader_app.distill.asap import load_train, split_set  # noqa: E402
from grader_app.learn.hashed import HashSpec, buckets_for  # noqa: E402
from grader_app.learn.marks_model import default_spec, fit_marks  # noqa: E402

SPECS = {
    "default w12+s5+c34": lambda k: default_spec(k),
    "pc4_123": lambda k: HashSpec(buckets_for(k), words=(), pieces=(1, 2, 3)),
    "pc4_12+c3": lambda k: HashSpec(buckets_for(k), words=(), chars=(3,), pieces=(1, 2)),
    "w12+pc4_1": lambda k: HashSpec(buckets_for(k), words=(1, 2), pieces=(1,)),
}

def main() -> int:
    df = load_train()
    sets = [int(s) for s in sys.argv[1].split(",")] if len(sys.argv) > 1 else [1, 2, 3, 5, 6, 10]
    classes = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    res = {n: [] for n in SPECS}
    for s in sets:
        tr = split_set(df, s).train.reset_index(drop=True)
        texts, gold = tr["EssayText"].tolist(), tr["Score1"].astype(int).to_numpy()
        labels = sorted(set(gold.tolist()))
        rng = np.random.default_rng(100 + s)
        for c in range(classes):
            cls = rng.choice(len(texts), 130, replace=False)
            rest = np.setdiff1d(np.arange(len(texts)), cls)
            sub = [texts[i] for i in cls] + [texts[i] for i in rest]
            marks = {i: int(gold[cls[i]]) for i in range(130)}
            for name, mk in SPECS.items():
                t = time.perf_counter()
                m = fit_marks(sub, marks, labels=labels, spec=mk(len(labels)))
                pred = np.array(labels)[m.probabilities[130:].argmax(1)]
                acc = float((pred == gold[rest]).mean())
                q = quadratic_weighted_kappa(gold[rest], pred, labels)
                res[name].append((acc, q, m.metrics["accuracy"] or 0))
                print(f"set {s} class {c} {name:20s} rest acc {acc:.3f} qwk {q:.3f} oof acc {m.metrics['accuracy']:.3f} "
                      f"{time.perf_counter()-t:.1f}s", flush=True)
    for name, r in res.items():
        a = np.array(r)
        print(f"{name:20s} mean rest acc {a[:,0].mean():.4f} rest qwk {a[:,1].mean():.4f} oof acc {a[:,2].mean():.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
