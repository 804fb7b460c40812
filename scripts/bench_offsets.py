"""Benchmark the QWK offset search: the old one (scikit-learn per candidate) against the new one. Prints
figures; asserts nothing.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_offsets.py [--sizes 200 1000 2000] [--scores 3 4] [--repeat 5]

For each size and number of scores it times ``qwk_offsets`` on log-probabilities of a model that leans
to the middle scores (as a model fitted for exact agreement does) and prints seconds per call for the
old algorithm (a copy below: one ``quadratic_weighted_kappa`` — scikit-learn's ``cohen_kappa_score`` —
per candidate offset) and for :func:`grader_app.learn.offsets.qwk_offsets`, the speed-up, and whether
both chose the same offsets. A fit with offsets runs the search three times (two cross-fitted halves
and all the marks, see ``checked_offsets``), and once more per cross-validation fold.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader_app.core.metrics import quadratic_weighted_kappa  # noqa: E402
from grader_app.learn.offsets import GRID, ROUNDS, qwk_offsets  # noqa: E402


def old_qwk_offsets(logp: np.ndarray, y: np.ndarray, k: int, rounds: int = ROUNDS) -> np.ndarray:
    """The search as it was before it was vectorised (pause points left out: they cost nothing here)."""
    delta = np.zeros(k)
    labels = list(range(k))

    def kappa(d: np.ndarray) -> float:
        v = quadratic_weighted_kappa(y, (logp + d).argmax(axis=1), labels)
        return v if math.isfinite(v) else -1.0
    best = kappa(delta)
    for _ in range(rounds):
        for j in range(1, k):
            for g in GRID:
                d = delta.copy()
                d[j] = g
                v = kappa(d)
                if v > best + 1e-9 or (abs(v - best) <= 1e-9 and abs(g) < abs(delta[j])):
                    best, delta = v, d
    return delta


def middle_leaning(n: int, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Log-probabilities [n, k] of a model that knows the order of the scores but rarely gives the ends."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    latent = y + rng.normal(0, 0.6, n)
    centres = np.linspace(0.2, 0.8, k) * (k - 1)
    logits = -((latent[:, None] - centres[None, :]) ** 2)
    logits[:, [0, k - 1]] -= 1.0
    return logits - np.logaddexp.reduce(logits, axis=1, keepdims=True), y


def per_call(fn, logp: np.ndarray, y: np.ndarray, k: int, repeat: int) -> tuple[float, np.ndarray]:
    """Best seconds per call over ``repeat`` calls, and the offsets chosen."""
    best, out = math.inf, np.zeros(k)
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(logp, y, k)
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 2000], help="answers (marks) per search")
    ap.add_argument("--scores", type=int, nargs="+", default=[3, 4], help="numbers of scores k")
    ap.add_argument("--repeat", type=int, default=5, help="calls of the new search per case (best taken)")
    ap.add_argument("--old-repeat", type=int, default=1, help="calls of the old search per case (best taken)")
    a = ap.parse_args()

    old_qwk_offsets(*middle_leaning(50, 3), 3)   # import scikit-learn before timing
    qwk_offsets(*middle_leaning(50, 3), 3)
    print(f"{'n':>6} {'k':>3} {'old s/call':>11} {'new s/call':>11} {'speed-up':>9}  same offsets  offsets")
    for k in a.scores:
        for n in a.sizes:
            logp, y = middle_leaning(n, k, seed=n + k)
            t_old, d_old = per_call(old_qwk_offsets, logp, y, k, a.old_repeat)
            t_new, d_new = per_call(qwk_offsets, logp, y, k, a.repeat)
            same = "yes" if np.array_equal(d_old, d_new) else "NO"
            print(f"{n:>6} {k:>3} {t_old:>11.4f} {t_new:>11.4f} {t_old / t_new:>8.0f}x  {same:>12}  {d_new.tolist()}",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
