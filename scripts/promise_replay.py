"""Does the learning line's "Mark about N more answers" keep its word? Promised against actual further marks.

A class of ``--size`` answers of one set of the ASAP-SAS training file (read in place from ../shared/data; the
training file only) is marked with Score1 one answer at a time in a fixed random order (seeded by the class number),
the learned model refitted whenever the assistant would refit it. After each mark, where the line promises a number
("Mark about N more answers ... and the model can take about M"), it prints the marks made, N, and the further marks
actually made until the first fit that takes an answer (the model taking none at all: "never"). At the end of each
set: how often the promise was short of the actual, and the median ratio actual / promised.

With ``--order suggested`` the answers are marked in the order the review asks for them on a question that learns
(the assistant's next suggestion, a group of near-copies marked at once), the seed then only choosing the class.

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/promise_replay.py --sets 5 6 --classes 10 --size 120 [--order suggested]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.learn.assistant import MarkingAssistant  # noqa: E402
from grader_app.learn.suggestion import ORIGINS  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "asap_sas" / "train_rel_2.tsv"


def replay(texts: list[str], scores: list[int], seed: int, suggested: bool) -> tuple[list[tuple[int, int, int]], int | None]:
    """([(marks made, further marks promised, answers it would then take)], marks made at the first take or None)."""
    a = MarkingAssistant(texts)
    order = [int(i) for i in np.random.default_rng(seed).permutation(len(texts))]
    promises = []
    while len(a.marks) < len(texts):
        if a.auto_scores():
            return promises, len(a.marks)
        if suggested:   # the answers the assistant asks for next (a group marked at once), as the window's review
            s = a.suggest_next()
            if s is None:
                break
            for i in s.members:
                a.decide([i], scores[i], origin=ORIGINS[s.reason])
        else:
            i = next(k for k in order if k not in a.marks)
            a.decide([i], scores[i])
        if a.needs_refit() or a.behind():
            a.refit()
        p = a.progress()
        if p.marks_needed is not None and p.could_take and not p.qualified:
            promises.append((len(a.marks), p.marks_needed, p.could_take))
    return promises, (len(a.marks) if a.auto_scores() else None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=int, nargs="+", default=[5, 6])
    ap.add_argument("--classes", type=int, default=3)
    ap.add_argument("--size", type=int, default=120)
    ap.add_argument("--order", choices=("random", "suggested"), default="random",
                    help="random: the seeded order; suggested: the assistant's next answer each time, as the review asks")
    args = ap.parse_args()
    data = pd.read_csv(TRAIN, sep="\t")
    for essay_set in args.sets:
        rows = data[data.EssaySet == essay_set]
        short = badly = shown = 0
        ratio_list = []
        for seed in range(args.classes):
            t0 = time.time()
            df = rows.sample(n=args.size, random_state=seed)
            promises, took = replay(df.EssayText.astype(str).tolist(), df.Score1.astype(int).tolist(), seed,
                                     args.order == "suggested")
            print(f"set {essay_set} class {seed}: first take at {took if took is not None else 'never'} marks, "
                  f"{len(promises)} promises ({time.time() - t0:.0f} s)", flush=True)
            for made, promised, could in promises:
                actual = (took - made) if took is not None else args.size - made
                shown += 1
                short += actual > promised or took is None
                badly += actual >= 2 * promised or took is None
                ratio_list.append(actual / promised)
                print(f"  at {made:3d} marks: promised {promised:3d} more (to take ~{could}), "
                      f"actual {actual if took is not None else f'>{actual}'}", flush=True)
        ratios = statistics.median(ratio_list) if ratio_list else float("nan")
        print(f"set {essay_set}: {shown} promises shown, {short} short of the actual ({badly} by half or more, "
              f"'never' counted short); median actual/promised {ratios:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
