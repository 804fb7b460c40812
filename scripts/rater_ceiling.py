"""Issue 11's review target asks auto-accepted answers to be >= 95 % exactly right against the first rater (Score1).
How far can that go? For each science set's installed bundle, out of fold: its most confident answers (by the
calibrated probability of the score it decides), how often its score equals Score1, and how often the *second
human rater* (Score2) gives Score1's score on those same answers. Where the second rater agrees less than 95 %,
the target asks the model to agree with the first rater more than another trained rater does.
Reads runs/crossfit-vocab-dec (the installed kinds' out-of-fold logits and final calibration).
Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/rater_ceiling.py"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.core.decision import decide_many  # noqa: E402
from grader_app.distill.asap import SCIENCE_SETS  # noqa: E402
from grader_app.distill.calibration import softmax  # noqa: E402
from grader_app.distill.crossfit import set_data  # noqa: E402
from grader_app.distill.crossfit_install import newest  # noqa: E402

VOCAB = ROOT / "runs" / "crossfit-vocab-dec"
SHARES = (0.1, 0.3, 0.5)


def _right(a: np.ndarray, b: np.ndarray, idx: np.ndarray) -> str:
    return f"{np.mean(a[idx] == b[idx]):.1%}" if len(idx) else "–"


def main() -> int:
    head = " | ".join(f"top {s:.0%}: model / 2nd rater" for s in SHARES)
    print(f"| set | installed | all: model / 2nd rater | at its threshold: share, model / 2nd rater | {head} |")
    print("|---|---|---|---|" + "---|" * len(SHARES))
    for s in SCIENCE_SETS:
        installed = newest(VOCAB, s)
        if installed is None:
            print(f"| {s} | no cross-fitted kind under {VOCAB.relative_to(ROOT)} | | | " + "| " * len(SHARES))
            continue
        kind = installed["pick"]["kind"]
        folder = VOCAB / f"{kind.replace('_', '-')}-bundle" / f"set-{s}"
        final = json.loads((folder / "summary.json").read_text(encoding="utf-8"))["final"]
        d = set_data(s)
        labels = sorted(set(d.df["Score1"]))
        second = np.array([labels.index(v) if v in labels else -1 for v in d.df["Score2"]])
        p = softmax(np.load(folder / "oof.npz")["logits"] / final["temperature"])
        rule = (final.get("decision") or {}).get("decision")
        pred = decide_many(p, rule.get("cutpoints") if isinstance(rule, dict) else None)
        conf = p[np.arange(len(pred)), pred]
        order = np.argsort(-conf, kind="stable")
        accepted = np.flatnonzero(conf >= final["threshold"]) if final.get("qualified") else np.array([], int)
        cells = [f"{_right(pred, d.y, order[:int(share * len(order))])} / "
                 f"{_right(second, d.y, order[:int(share * len(order))])}" for share in SHARES]
        print(f"| {s} | {kind} | {_right(pred, d.y, order)} / {_right(second, d.y, order)} | "
              f"{len(accepted) / len(pred):.0%}, {_right(pred, d.y, accepted)} / {_right(second, d.y, accepted)} | "
              + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
