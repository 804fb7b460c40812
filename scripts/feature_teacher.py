"""Issue 11's feature teacher in the AutoSAS style (`grader_app/distill/feature_teacher.py`), measured out of fold
beside the TF-IDF reference.

For each fold f of a set (the cross-fitting folds), a model is fitted on the other folds' answers (normalised as the
students see them) from:
- text features: length (characters, words), distinct content words, mean word length, the share of content words
  taken from the prompt and the number not in it; on sets with a scoring key (1, 5, 6), each key element's share of
  content words found in the answer with spelling tolerance (the same word, a shared 5-letter stem, or one edit
  for words of 4-6 letters, two for longer ones), the number of elements at least half covered, their mean cover
  and the key terms found;
- nearest answers: in the reference's TF-IDF space, per score, the cosine similarity of the closest training answer
  and the mean of the five closest (a training answer never counts itself);
- the reference's probabilities (TF-IDF word 1-2 + char_wb 2-5-grams, LR C = 10): out of fold within the training
  answers (inner 5-fold) for the rows it learns from, from the model fitted on all of them for fold f.
Two learners read them, fixed in advance (nothing tuned): logistic regression on standardised features (C = 1) and
gradient-boosted trees (200 rounds, rate 0.05, 15 leaves, 20 answers a leaf, L2 1).

Printed per set: QWK with the arg-max and decided like every student kind (the rule, arg-max or cutpoints, chosen on
the other folds; `decoding.decoded_figures`), mean over the five folds; seconds. Where the five-epoch MiniLM runs of
the set are on disk (runs/crossfit/minilm-e5), also the MiniLM + TF-IDF ensemble the students learn from and the
same with the feature teacher added. Every figure is out of fold and for the record: nothing is chosen on it.
Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/feature_teacher.py --sets 1,2,5,6,10 (about 30 s a set)"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill import feature_teacher  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS, set_data  # noqa: E402
from grader_app.distill.decoding import decoded_figures, qwk_fast  # noqa: E402

E5 = ROOT / "runs" / "crossfit" / "minilm-e5"


def trees():
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(learning_rate=0.05, max_iter=200, max_leaf_nodes=15, min_samples_leaf=20,
                                          l2_regularization=1.0, random_state=0)


def out_of_fold(essay_set: int) -> tuple[dict, object, float]:
    d = set_data(essay_set)
    K, y = d.n_labels, d.y
    t0 = time.perf_counter()
    oof = {n: np.zeros((len(y), K)) for n in ("TF-IDF reference", "feature LR", "feature trees")}
    for f in range(K_FOLDS):
        tr, te = np.flatnonzero(d.folds != f), np.flatnonzero(d.folds == f)
        teacher = feature_teacher.for_set(essay_set, K).fit([d.texts[i] for i in tr], y[tr])
        held = [d.texts[i] for i in te]
        x_te = teacher.features(held)
        oof["TF-IDF reference"][te] = x_te[:, -K:]   # the reference's probabilities are the last K features
        oof["feature LR"][te] = teacher.predict_proba(held)
        m = trees().fit(teacher.train_features, y[tr])
        oof["feature trees"][np.ix_(te, m.classes_)] = m.predict_proba(x_te)
    return oof, d, time.perf_counter() - t0


def minilm_oof(essay_set: int, d) -> np.ndarray | None:
    from grader_app.distill.crossfit_vocab import teachers_for
    from grader_app.distill.teacher_runs import inner_valid

    if inner_valid(E5, essay_set, K_FOLDS) is None:
        return None
    t = teachers_for(essay_set, E5, d.df, d.texts, d.y, d.folds, d.transfer, K_FOLDS, d.n_labels, use_minilm=True)[0]
    return t["minilm"]


def figures(p: np.ndarray, d) -> str:
    argmax = np.mean([qwk_fast(d.y[d.folds == f], p[d.folds == f].argmax(1), d.n_labels) for f in range(K_FOLDS)])
    decided = decoded_figures(np.log(np.clip(p, 1e-12, 1.0)), d.y, d.folds, K_FOLDS, d.n_labels)["qwk"]
    return f"{argmax:.3f} | {decided:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="1,2,5,6,10")
    sets = [int(s) for s in ap.parse_args().sets.split(",")]
    print("| set | teacher | QWK arg-max | QWK decided | seconds for 5 folds |\n|---|---|---|---|---|")
    for s in sets:
        oof, d, secs = out_of_fold(s)
        rows = dict(oof)
        mini = minilm_oof(s, d)
        if mini is not None:
            ref = oof["TF-IDF reference"]
            rows["MiniLM (five epochs) + TF-IDF"] = (mini + ref) / 2
            rows["MiniLM (five epochs) + TF-IDF + feature LR"] = (mini + ref + oof["feature LR"]) / 3
            rows["MiniLM (five epochs) + feature LR"] = (mini + oof["feature LR"]) / 2
        for name, p in rows.items():
            cost = f"{secs:.0f} (all three together)" if name in oof else "see teacher_table.py"
            print(f"| {s} | {name} | {figures(p, d)} | {cost} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
