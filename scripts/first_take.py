"""The learned model's first take, class by class: is "at most 5 % wrong" kept at the first look that passes?

The assistant checks its threshold again after every fit, so the first fit whose check passes is where a guarantee
tested at many looks would break first. This draws classes of ``--size`` answers from one set of the ASAP-SAS
training file (read in place from ../shared/data; the training file only), marks them with Score1 in the
assistant's own order (:meth:`MarkingAssistant.suggest_next`), stops at the first fit that takes answers, and counts
how many of those are wrong. Prints one line per class and the pooled figures.

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/first_take.py --set 6 --classes 80 --size 120
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.learn.assistant import MarkingAssistant  # noqa: E402
from grader_app.learn.suggestion import ORIGINS  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "asap_sas" / "train_rel_2.tsv"


def first_take(texts: list[str], scores: list[int]) -> tuple[int, int, int] | None:
    """(answers taken, wrong among them, marks made) at the first fit that takes any; None if none does."""
    a = MarkingAssistant(texts)
    for _ in range(len(texts)):
        taken = a.auto_scores()
        if taken:
            return len(taken), sum(scores[i] != v for i, v in taken.items()), len(a.marks)
        s = a.suggest_next()
        if s is None:
            return None
        for i in s.members:
            a.decide([i], scores[i], origin=ORIGINS[s.reason])
        if a.needs_refit() or a.behind():
            a.refit()
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=int, required=True)
    ap.add_argument("--classes", type=int, default=80)
    ap.add_argument("--size", type=int, default=120)
    args = ap.parse_args()
    data = pd.read_csv(TRAIN, sep="\t")
    data = data[data.EssaySet == args.set]
    took = wrong = over = classes_taking = 0
    for seed in range(args.classes):
        t0 = time.time()
        df = data.sample(n=args.size, random_state=seed)
        got = first_take(df.EssayText.astype(str).tolist(), df.Score1.astype(int).tolist())
        said = "took none" if got is None else f"took {got[0]} at {got[2]} marks, {got[1]} wrong"
        print(f"class {seed}: {said} ({time.time() - t0:.0f} s)", flush=True)
        if got is not None:
            classes_taking += 1
            took, wrong = took + got[0], wrong + got[1]
            over += got[1] > 0.05 * got[0]
    rate = f"{100 * wrong / took:.1f} %" if took else "–"
    print(f"set {args.set}: {args.classes} classes of {args.size}, {classes_taking} took answers at their first "
          f"take: {took} answers, {wrong} wrong ({rate}); classes over 5 % wrong: {over} of {classes_taking}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
