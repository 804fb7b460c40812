"""The feature teacher in the AutoSAS style (issue 11; fifteenth amendment in docs/distillation.md): a logistic
regression on standardised features of an answer, fixed settings, nothing tuned.

Features: length (characters, words), distinct content words, mean word length, the share of content words taken from
the prompt and the number not in it; on sets with a scoring key, each key element's share of terms the answer holds
(spelling-tolerant, :func:`similar`), the number of elements at least half covered, their mean cover and the key terms
found; per score, the cosine similarity of the closest training answer and the mean of the :data:`NEIGHBOURS` closest
in the TF-IDF reference's space (a training answer never counts itself); and the reference's probabilities (TF-IDF
word 1-2 + char_wb 2-5-grams, LR C = 10), out of fold within the training answers for the rows the teacher learns
from. It needs the training answers at scoring time, so it is a teacher, never a bundle. No torch.

:func:`validates_higher` is the amendment's rule: whether the mean of the MiniLM pick, the TF-IDF teacher and this one
beats the MiniLM pick + TF-IDF on the MiniLM fold teachers' own inner validation splits.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

STOP = frozenset("""a an the of to and or in on is are was were be been being it its this that these those for with as
by at from into which who what when where how why do does did not no can will would should could their there they them
he she his her we our you your i my me so if then than also but each use used using more most other some such only own
same very just""".split())
WORD = re.compile(r"[a-z0-9]+")
NEIGHBOURS = 5
INNER_FOLDS = 5   # the reference's probabilities for the training rows: out of fold over this many inner folds
NAME = "feature-lr"


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


@lru_cache(maxsize=200_000)
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


def text_features(texts: list[str], key: str | None, prompt: str) -> np.ndarray:
    elements = [c for c in (content(words(line)) for line in (key or "").splitlines()) if c]
    terms = {t for e in elements for t in e}
    in_prompt = set(content(words(prompt)))
    rows = []
    for t in texts:
        ws = words(t)
        cw = content(ws)
        f = [np.log1p(len(t)), np.log1p(len(ws)), len(set(cw)), float(np.mean([len(w) for w in ws])) if ws else 0.0,
             sum(w in in_prompt for w in cw) / len(cw) if cw else 0.0, len(set(cw) - in_prompt)]
        if elements:
            cover = key_cover(cw, elements)
            found = sum(any(similar(w, term) for w in set(cw)) for term in terms)
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


class FeatureTeacher:
    """Fitted on one set's training answers (``texts`` normalised as the students see them, ``y`` score indices
    0..K-1); :meth:`predict_proba` gives [n, K] for any answers of the same question."""

    def __init__(self, K: int, key: str | None, prompt: str) -> None:
        self.K, self.key, self.prompt = K, key, prompt

    def fit(self, texts: list[str], y: np.ndarray) -> "FeatureTeacher":
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        from .crossfit_student import _tfidf_model

        y = np.asarray(y)
        self.reference = _tfidf_model().fit(texts, y)
        self._train = self._space(texts)
        self._y = y
        inner = np.zeros((len(texts), self.K))
        folds = min(INNER_FOLDS, int(np.bincount(y).min())) if len(np.unique(y)) > 1 else 0
        if folds >= 2:
            for a, b in StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, y):
                m = _tfidf_model().fit([texts[i] for i in a], y[a])
                inner[np.ix_(b, m.classes_)] = m.predict_proba([texts[i] for i in b])
        else:   # a score with a single answer: the reference's own (memorised) probabilities
            inner[:, self.reference.classes_] = self.reference.predict_proba(texts)
        near = neighbour_features((self._train @ self._train.T).toarray(), y, self.K, same_rows=True)
        X = self.train_features = np.hstack([text_features(texts, self.key, self.prompt), near, inner])
        self.model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000)).fit(X, y)
        return self

    def _space(self, texts: list[str]):
        from sklearn.preprocessing import normalize

        return normalize(self.reference[:-1].transform(texts))

    def features(self, texts: list[str]) -> np.ndarray:
        ref = np.zeros((len(texts), self.K))
        ref[:, self.reference.classes_] = self.reference.predict_proba(texts)
        near = neighbour_features((self._space(texts) @ self._train.T).toarray(), self._y, self.K)
        return np.hstack([text_features(texts, self.key, self.prompt), near, ref])

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.K))
        if texts:
            out[:, self.model.classes_] = self.model.predict_proba(self.features(texts))
        return out


def for_set(essay_set: int, K: int) -> FeatureTeacher:
    from . import asap

    return FeatureTeacher(K, asap.load_key(essay_set), asap.load_prompt(essay_set))


def fold_probabilities(essay_set: int, d, k: int, texts: list[str]) -> list[np.ndarray]:
    """Per outer fold f, the teacher fitted on the scored answers outside fold f, on ``texts``."""
    out = []
    for f in range(k):
        tr = np.flatnonzero(d.folds != f)
        t = for_set(essay_set, d.n_labels).fit([d.texts[i] for i in tr], d.y[tr])
        out.append(t.predict_proba(texts))
    return out


def out_of_fold(essay_set: int, d, k: int) -> np.ndarray:
    """Every scored answer's probabilities from the teacher fitted on the other folds."""
    oof = np.zeros((len(d.y), d.n_labels))
    for f in range(k):
        tr, te = np.flatnonzero(d.folds != f), np.flatnonzero(d.folds == f)
        oof[te] = for_set(essay_set, d.n_labels).fit([d.texts[i] for i in tr], d.y[tr]).predict_proba(
            [d.texts[i] for i in te])
    return oof


def inner_figures(essay_set: int, d, k: int, roots: list[Path]) -> dict:
    """On each MiniLM fold teacher's own inner validation split (the fold's training answers it held back), the QWK
    of the arg-max of the MiniLM pick + TF-IDF and of the MiniLM pick + TF-IDF + this teacher (mean probabilities;
    TF-IDF and this teacher fitted on the answers the MiniLM fold teacher trained on); means over the k folds."""
    from ..core.metrics import quadratic_weighted_kappa
    from .crossfit import inner_split, teacher_kind
    from .crossfit_student import _tfidf_model
    from .teacher_runs import _softmax

    two, three = [], []
    for f in range(k):
        tr, va = inner_split(d, f)
        minilm = np.mean([_softmax(np.load(r / teacher_kind(r) / f"set-{essay_set}" / f"fold-{f}" / "model" /
                                           "valid_logits.npy").astype(np.float64)) for r in roots], axis=0)
        if len(minilm) != len(va):
            raise ValueError(f"set {essay_set} fold {f}: the MiniLM inner split has {len(minilm)} answers, the one "
                             f"rebuilt here {len(va)}")
        train = [d.texts[i] for i in tr]
        held = [d.texts[i] for i in va]
        ref = _tfidf_model().fit(train, d.y[tr])
        tfidf = np.zeros((len(va), d.n_labels))
        tfidf[:, ref.classes_] = ref.predict_proba(held)
        feature = for_set(essay_set, d.n_labels).fit(train, d.y[tr]).predict_proba(held)
        labels = list(range(d.n_labels))
        two.append(quadratic_weighted_kappa(d.y[va], ((minilm + tfidf) / 2).argmax(1), labels=labels))
        three.append(quadratic_weighted_kappa(d.y[va], ((minilm + tfidf + feature) / 3).argmax(1), labels=labels))
    return {"minilm+tfidf-lr": [float(q) for q in two], f"minilm+tfidf-lr+{NAME}": [float(q) for q in three],
            "taken": bool(np.mean(three) > np.mean(two))}
