"""Issue 11's feature teacher in the AutoSAS style, measured out of fold beside the TF-IDF reference.

For each fold f of a set (the cross-fitting folds), a model is fitted on the other folds' answers from:
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
import re
import sys
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill import asap  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS, set_data  # noqa: E402
from grader_app.distill.crossfit_student import _tfidf_model  # noqa: E402
from grader_app.distill.decoding import decoded_figures, qwk_fast  # noqa: E402

STOP = frozenset("""a an the of to and or in on is are was were be been being it its this that these those for with as
by at from into which who what when where how why do does did not no can will would should could their there they them
he she his her we our you your i my me so if then than also but each use used using more most other some such only own
same very just""".split())
WORD = re.compile(r"[a-z0-9]+")
NEIGHBOURS = 5
E5 = ROOT / "runs" / "crossfit" / "minilm-e5"


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def content(ws: list[str]) -> list[str]:
    return [w for w in ws if w not in STOP and len(w) > 2]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=None)
def similar(w: str, term: str) -> bool:
    """A spelling-tolerant match: the same word, a shared 5-letter stem, or at most one edit (words of 4-6 letters)
    or two (7 or more)."""
    if w == term or (len(w) >= 5 and len(term) >= 5 and w[:5] == term[:5]):
        return True
    shorter = min(len(w), len(term))
    limit = 2 if shorter >= 7 else 1 if shorter >= 4 else 0
    return limit > 0 and edit_distance(w, term, limit) <= limit


def key_cover(answer_words: list[str], elements: list[list[str]]) -> list[float]:
    """Each key element's share of terms the answer holds (spelling-tolerant)."""
    have = set(answer_words)
    return [sum(any(similar(w, t) for w in have) for t in e) / len(e) for e in elements]


def text_features(texts: list[str], essay_set: int) -> np.ndarray:
    key = asap.load_key(essay_set) or ""
    elements = [c for c in (content(words(line)) for line in key.splitlines()) if c]
    prompt = set(content(words(asap.load_prompt(essay_set))))
    rows = []
    for t in texts:
        ws = words(t)
        cw = content(ws)
        f = [np.log1p(len(t)), np.log1p(len(ws)), len(set(cw)), float(np.mean([len(w) for w in ws])) if ws else 0.0,
             sum(w in prompt for w in cw) / len(cw) if cw else 0.0, len(set(cw) - prompt)]
        if elements:
            cover = key_cover(cw, elements)
            found = sum(any(similar(w, t) for w in set(cw)) for t in {t for e in elements for t in e})
            f += cover + [sum(c >= 0.5 for c in cover), float(np.mean(cover)), found]
        rows.append(f)
    return np.array(rows, dtype=float)


def neighbour_features(sims: np.ndarray, y_train: np.ndarray, K: int, same_rows: bool = False) -> np.ndarray:
    """Per score: the closest training answer's similarity and the mean of the NEIGHBOURS closest. ``same_rows``:
    the rows are the training answers themselves, and none counts itself."""
    sims = sims.copy()
    if same_rows:
        np.fill_diagonal(sims, -1.0)
    cols = []
    for c in range(K):
        sc = sims[:, y_train == c]
        if sc.shape[1] == 0:
            cols += [np.zeros(len(sims)), np.zeros(len(sims))]
            continue
        top = -np.sort(-sc, axis=1)[:, :NEIGHBOURS]
        cols += [top[:, 0], top.mean(axis=1)]
    return np.column_stack(cols)


def fold_features(texts, y, tr, te, K, text_feats):
    """Features for the training rows ``tr`` and the scored rows ``te``, and the reference's probabilities on ``te``."""
    from sklearn.model_selection import StratifiedKFold
    from sklearn.preprocessing import normalize

    ref = _tfidf_model().fit([texts[i] for i in tr], y[tr])
    vec = ref[:-1]
    a = normalize(vec.transform([texts[i] for i in tr]))
    b = normalize(vec.transform([texts[i] for i in te]))
    near_tr = neighbour_features((a @ a.T).toarray(), y[tr], K, same_rows=True)
    near_te = neighbour_features((b @ a.T).toarray(), y[tr], K)
    p_tr = np.zeros((len(tr), K))
    for i, j in StratifiedKFold(5, shuffle=True, random_state=0).split(tr, y[tr]):
        m = _tfidf_model().fit([texts[tr[r]] for r in i], y[tr][i])
        p_tr[np.ix_(j, m.classes_)] = m.predict_proba([texts[tr[r]] for r in j])
    p_te = np.zeros((len(te), K))
    p_te[:, ref.classes_] = ref.predict_proba([texts[i] for i in te])
    return (np.hstack([text_feats[tr], near_tr, p_tr]), np.hstack([text_feats[te], near_te, p_te]), p_te)


def learners():
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {"feature LR": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000)),
            "feature trees": lambda: HistGradientBoostingClassifier(learning_rate=0.05, max_iter=200, max_leaf_nodes=15,
                                                                   min_samples_leaf=20, l2_regularization=1.0,
                                                                   random_state=0)}


def out_of_fold(essay_set: int) -> tuple[dict, object, float]:
    d = set_data(essay_set)
    K, y = d.n_labels, d.y
    t0 = time.perf_counter()
    feats = text_features(d.df["EssayText"].tolist(), essay_set)
    oof = {n: np.zeros((len(y), K)) for n in ["TF-IDF reference", *learners()]}
    for f in range(K_FOLDS):
        tr, te = np.flatnonzero(d.folds != f), np.flatnonzero(d.folds == f)
        f_tr, f_te, p_ref = fold_features(d.texts, y, tr, te, K, feats)
        oof["TF-IDF reference"][te] = p_ref
        for name, make in learners().items():
            m = make().fit(f_tr, y[tr])
            oof[name][np.ix_(te, m.classes_)] = m.predict_proba(f_te)
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
