"""Probes of the student's side (docs/distillation.md, "Next"), on the eighteenth amendment's inner splits: for each outer
fold f, a variant of the distilled pair learns what the judgement gives the distilled pair (the human scores of the
answers fold f's MiniLM teacher trained on, and the judged teacher's labels of the set's unscored answers) and is
scored (arg-max QWK) on that teacher's inner split, which no teacher or student of fold f learned. The pair itself is
fitted again beside it and must reproduce the judgement's recorded figure. Nothing here is installed or chosen on a
scored fold: a variant that helps is a candidate for an amendment, written before its cross-validated runs.

  embedding  one student of hashed n-gram embeddings E [12,000, 4] summed as the hashed tables are, read by a tanh
             head of 8 units (48,076 stored numbers with four scores, 48,067 with three), soft cross-entropy + L2
             (1e-4), L-BFGS (at most 1,000 steps)
  disagree   the pair again, the unscored answers on which a first pair's arg-max differs from the teacher's weighted
             x3 (and, separately, each weighted by 1 + its KL divergence over the mean), total weight unchanged
  probes     the pair with two buckets per n-gram (g mod M and (g div M) mod M, each at 1/sqrt 2 of the weight), same
             tables and budget
  judge-copies  the eighteenth amendment's judgement made with the augmented pair's student instead of the distilled
             pair's: each candidate teacher also labels the two copies of every unscored answer and of every answer
             fold f's MiniLM teacher trained on (none of the inner split's), each copy at half an answer; printed beside
             the judgement as made (the MiniLM copies' labels come from `crossfit-hashed-augmented`'s first stage).
             The nineteenth amendment made it the augmented kinds' rule; teacher_judge.judge_copies must (and, in
             tests/distill/test_teacher_judge.py, does) reproduce this probe's figures

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/student_probes.py --probe disagree --sets 1,2,5,6,10
(1-2 min a set for disagree and probes, about 5 for embedding; reads runs/crossfit and runs/crossfit-vocab-dec)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill.common import parse_sets  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS, inner_split, set_data  # noqa: E402
from grader_app.distill.crossfit_hashed_lr import FEATURES, Config, featurise_all  # noqa: E402
from grader_app.distill.crossfit_hashed_pair import average_log_probs, halves  # noqa: E402
from grader_app.distill.crossfit_hashed_pooled import load_rankings, pooled_pick  # noqa: E402
from grader_app.distill.crossfit_student import _qwk  # noqa: E402
from grader_app.distill.soft_fit import fit_soft  # noqa: E402
from grader_app.distill.teacher_judge import FOLDER, candidate_labels  # noqa: E402
from grader_app.distill.teacher_runs import teacher_roots  # noqa: E402
from grader_app.learn import hashed  # noqa: E402


def featurise_two(texts, spec):
    """:func:`grader_app.learn.hashed.featurise` with each n-gram in two buckets, g mod M and (g div M) mod M."""
    from scipy.sparse import csr_matrix

    cache: dict = {}
    rows, cols, vals = [], [], []
    M = spec.buckets
    for r, text in enumerate(texts):
        groups = hashed.gram_groups(text, spec, cache)
        for grams in groups:
            scale = 1.0 / np.sqrt(2 * max(1, len(grams)))
            for g in grams:
                rows += [r, r]
                cols += [g % M, (g // M) % M]
                vals += [scale, scale]
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), M), dtype=np.float64)


class EmbeddingStudent:
    """logits = tanh((X·E)·A + a)·B + b: X the hashed features [n, M], E [M, d], a head of h tanh units."""

    def __init__(self, M: int, d: int, h: int, K: int, l2: float, steps: int = 1000, seed: int = 0):
        self.shapes = [(M, d), (d, h), (h,), (h, K), (K,)]
        self.l2, self.steps, self.seed = l2, steps, seed

    @property
    def n_params(self) -> int:
        return int(sum(np.prod(s) for s in self.shapes))

    def _split(self, theta: np.ndarray) -> list[np.ndarray]:
        out, i = [], 0
        for s in self.shapes:
            n = int(np.prod(s))
            out.append(theta[i:i + n].reshape(s))
            i += n
        return out

    def _logits(self, theta: np.ndarray, X):
        E, A, a, B, b = self._split(theta)
        H = X @ E
        R = np.tanh(H @ A + a)
        return H, R, R @ B + b

    def fit(self, X, T: np.ndarray) -> "EmbeddingStudent":
        """Soft cross-entropy against the rows of ``T`` (one-hot for scored answers), averaged, + l2/2·|E, A, B|²."""
        from scipy.optimize import minimize

        rng = np.random.default_rng(self.seed)
        (M, d), (_, h), _, (_, K), _ = self.shapes
        theta0 = np.concatenate([rng.normal(0, 0.1, M * d), rng.normal(0, 1 / np.sqrt(d), d * h), np.zeros(h),
                                 rng.normal(0, 1 / np.sqrt(h), h * K), np.zeros(K)])
        XT, n = X.T.tocsr(), X.shape[0]

        def loss(theta):
            E, A, a, B, b = self._split(theta)
            H, R, Z = self._logits(theta, X)
            logp = Z - Z.max(1, keepdims=True)
            logp -= np.log(np.exp(logp).sum(1, keepdims=True))
            dZ = (np.exp(logp) - T) / n
            dU = (dZ @ B.T) * (1 - R ** 2)
            value = -(T * logp).sum() / n + self.l2 / 2 * sum((w ** 2).sum() for w in (E, A, B))
            grads = [XT @ (dU @ A.T) + self.l2 * E, H.T @ dU + self.l2 * A, dU.sum(0), R.T @ dZ + self.l2 * B,
                     dZ.sum(0)]
            return value, np.concatenate([g.ravel() for g in grads])

        self.theta = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": self.steps}).x
        return self

    def predict_proba(self, X) -> np.ndarray:
        Z = self._logits(self.theta, X)[2]
        P = np.exp(Z - Z.max(1, keepdims=True))
        return P / P.sum(1, keepdims=True)


def pair_logs(d, Xs, Xts, picks, train, rows, Pt, wt=None) -> tuple[np.ndarray, np.ndarray]:
    """The distilled pair's averaged log-probabilities on ``rows`` and on the unscored answers."""
    K = d.n_labels
    on_rows, on_transfer = [], []
    for fam in halves():
        c = picks[fam.kind]
        X, Xt = Xs[fam.kind][c.features], Xts[fam.kind][c.features]
        m = fit_soft(fam, c, K, X[train], d.y[train], Xt, Pt, wt)
        on_rows.append(np.log(np.clip(m.predict_proba(X[rows]), 1e-12, 1.0)))
        on_transfer.append(np.log(np.clip(m.predict_proba(Xt), 1e-12, 1.0)))
    return average_log_probs(*on_rows), average_log_probs(*on_transfer)


def variants(probe: str, d, f: int, picks, train, valid, Pt, feats) -> dict[str, float]:
    """The probe's variants' inner QWK on fold ``f``'s inner split."""
    K = d.n_labels
    Xs, Xts = feats["one"]

    def qwk(logp):
        return _qwk(d.y[valid], logp.argmax(1), range(K))

    if probe == "probes":
        two, two_t = feats["two"]
        return {"two buckets": qwk(pair_logs(d, two, two_t, picks, train, valid, Pt)[0])}
    if probe == "disagree":
        _, lt = pair_logs(d, Xs, Xts, picks, train, valid, Pt)
        Q = np.exp(lt) / np.exp(lt).sum(1, keepdims=True)
        kl = (Pt * (np.log(np.clip(Pt, 1e-12, 1)) - np.log(np.clip(Q, 1e-12, 1)))).sum(1)
        out = {}
        for name, w in (("disagreeing x3", np.where(Pt.argmax(1) != Q.argmax(1), 3.0, 1.0)),
                        ("weighted by KL", 1.0 + kl / kl.mean())):
            out[name] = qwk(pair_logs(d, Xs, Xts, picks, train, valid, Pt, w * len(w) / w.sum())[0])
        return out
    from scipy.sparse import vstack

    spec = hashed.HashSpec(12_000, *FEATURES[picks["hashed_lr"].features])
    X = hashed.featurise(d.texts, spec)
    m = EmbeddingStudent(12_000, 4, 8, K, l2=1e-4).fit(
        vstack([X[train], hashed.featurise(d.transfer, spec)]).tocsr(), np.vstack([np.eye(K)[d.y[train]], Pt]))
    return {"embedding": qwk(np.log(np.clip(m.predict_proba(X[valid]), 1e-12, 1.0)))}


def judge_with_copies(s: int, d, roots, rankings, judge: dict) -> dict[str, list[float]]:
    """Every candidate's augmented students' inner QWK per fold (:data:`teacher_judge.CANDIDATES`)."""
    from grader_app.distill import feature_teacher
    from grader_app.distill.augmented_copies import augmented_set, minilm_labels
    from grader_app.distill.crossfit_student import _tfidf_model
    from grader_app.distill.teacher_judge import CANDIDATES, FEATURES as WITH_FEATURES, MINILM, TFIDF

    K, n = d.n_labels, len(d.texts)
    aug, _ = augmented_set(d)
    runs = [minilm_labels(r, s, K_FOLDS, aug, K) for r in roots]
    Xs = {fam.kind: featurise_all(d.texts, K, fam) for fam in halves()}
    Xts = {fam.kind: featurise_all(d.transfer + aug.texts, K, fam) for fam in halves()}
    out: dict[str, list[float]] = {c: [] for c in CANDIDATES}
    for f in range(K_FOLDS):
        train, valid = inner_split(d, f)
        unscored = candidate_labels(s, d, f, roots, train)
        in_train = np.zeros(n + len(d.transfer), bool)
        in_train[train] = True
        in_train[n:] = True                       # copies of unscored answers
        kept = np.flatnonzero(in_train[aug.source])  # never a copy of an inner-split (or fold f) answer
        texts = [aug.texts[i] for i in kept]
        tr_texts = [d.texts[i] for i in train]
        tfidf = np.zeros((len(kept), K))
        ref = _tfidf_model().fit(tr_texts, d.y[train])
        tfidf[:, ref.classes_] = ref.predict_proba(texts)
        minilm = np.mean([run[f][kept] for run in runs], axis=0)
        if np.isnan(minilm).any():
            raise SystemExit(f"set {s} fold {f}: a kept copy is not labelled by fold {f}'s MiniLM teacher")
        feature = feature_teacher.for_set(s, K).fit(tr_texts, d.y[train]).predict_proba(texts)
        copies = {TFIDF: tfidf, MINILM: (minilm + tfidf) / 2, WITH_FEATURES: (minilm + tfidf + feature) / 3}
        rows = np.concatenate([np.arange(len(d.transfer)), len(d.transfer) + kept])
        wt = np.concatenate([np.ones(len(d.transfer)), np.full(len(kept), 0.5)])
        picks = {fam.kind: fam.grid[pooled_pick(rankings, fam.kind, str(f))[0]] for fam in halves()}
        sub = {kind: {g: X[rows] for g, X in by.items()} for kind, by in Xts.items()}
        for name in CANDIDATES:
            Pt = np.vstack([unscored[name], copies[name]])
            out[name].append(_qwk(d.y[valid], pair_logs(d, Xs, sub, picks, train, valid, Pt, wt)[0].argmax(1),
                                  range(K)))
        print(f"set {s} fold {f}: with copies " + ", ".join(f"{c} {out[c][-1]:.4f}" for c in CANDIDATES) +
              "; as judged " + ", ".join(f"{judge['inner'][c][f]:.4f}" for c in CANDIDATES), flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probe", choices=("embedding", "disagree", "probes", "judge-copies"), required=True)
    ap.add_argument("--sets", type=parse_sets, default=[1, 2, 5, 6, 10])
    ap.add_argument("--out", default="runs/crossfit-vocab-dec")
    ap.add_argument("--teachers", default="runs/crossfit")
    a = ap.parse_args()
    vocab = ROOT / a.out
    rankings = load_rankings(vocab)
    means: dict = {}
    for s in a.sets:
        t0 = time.time()
        d = set_data(s)
        K = d.n_labels
        judge = json.loads((vocab / FOLDER / f"set-{s}" / "judge.json").read_text(encoding="utf-8"))
        roots = teacher_roots(s, ROOT / a.teachers)
        if a.probe == "judge-copies":
            got = judge_with_copies(s, d, roots, rankings, judge)
            means[s] = {c: float(np.mean(q)) for c, q in got.items()}
            print(f"set {s} ({time.time() - t0:.0f} s), mean inner QWK with copies: " +
                  "; ".join(f"{c} {m:.4f} (as judged {judge['mean'][c]:.4f})" for c, m in means[s].items()) +
                  f"; taken with copies: {max(means[s], key=lambda c: (means[s][c], -list(means[s]).index(c)))}, "
                  f"as judged: {judge['taken']}", flush=True)
            continue
        feats = {"one": ({fam.kind: featurise_all(d.texts, K, fam) for fam in halves()},
                         {fam.kind: featurise_all(d.transfer, K, fam) for fam in halves()})}
        if a.probe == "probes":
            two = [{fam.kind: {name: featurise_two(texts, fam.spec(Config(name, "", 0.0), K)) for name in FEATURES}
                    for fam in halves()} for texts in (d.texts, d.transfer)]
            feats["two"] = (two[0], two[1])
        res: dict[str, list[float]] = {"pair": []}
        for f in range(K_FOLDS):
            train, valid = inner_split(d, f)
            Pt = candidate_labels(s, d, f, roots, train)[judge["taken"]]
            picks = {fam.kind: fam.grid[pooled_pick(rankings, fam.kind, str(f))[0]] for fam in halves()}
            one, one_t = feats["one"]
            res["pair"].append(_qwk(d.y[valid], pair_logs(d, one, one_t, picks, train, valid, Pt)[0].argmax(1),
                                    range(K)))
            recorded = judge["inner"][judge["taken"]][f]
            if abs(res["pair"][-1] - recorded) > 1e-9:
                raise SystemExit(f"set {s} fold {f}: the pair gives {res['pair'][-1]:.4f}, the judgement recorded "
                                 f"{recorded:.4f}; these are not the runs it judged")
            for name, q in variants(a.probe, d, f, picks, train, valid, Pt, feats).items():
                res.setdefault(name, []).append(q)
            print(f"set {s} fold {f}: " + ", ".join(f"{k} {v[-1]:.4f}" for k, v in res.items()), flush=True)
        base = float(np.mean(res["pair"]))
        means[s] = {k: float(np.mean(v)) for k, v in res.items()}
        print(f"set {s} ({time.time() - t0:.0f} s), mean inner QWK: " +
              "; ".join(f"{k} {m:.4f}" + ("" if k == "pair" else f" ({m - base:+.4f})") for k, m in means[s].items()),
              flush=True)
    names = list(next(iter(means.values())))
    print("mean over sets: " + "; ".join(f"{k} {np.mean([m[k] for m in means.values()]):.4f}" for k in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
