"""Does a learned model take anything when a teacher has marked a whole class of ~130 answers?

Classes are drawn from the TRAIN split of ASAP-SAS (``grader_app.distill.asap.split_set(...).train``; never
test), read in place from ../shared/data. Each class becomes a real session (a CSV written to a temporary folder
and read back) whose question has no model; the teacher's marks are the gold scores (Score1), given one answer at a
time. The question's :class:`~grader_app.learn.in_session.QuestionLearner` then learns them in one of two ways:

* ``live``: synced after every decision, as the window does while the teacher marks;
* ``restored``: synced once after all of them, as the window does with decisions restored from the project file
  (or made while the answers were still being grouped); each decision has its own time stamp, ten seconds apart,
  as a teacher's decisions in a project file have.

Per class it prints: the out-of-fold exact accuracy, the temperature, the out-of-fold confidence of right answers
(median, 90th percentile, how many reach 0.9 and 0.95), the most answers any confidence cut accepts with an
exact Clopper–Pearson bound ≤ 5 % at 90 % (``best``: what an oracle choosing the cut could show; the fixed sequence
is at most this), the threshold the app uses, and how many of the marked answers (out of fold) and of the class
(the model's own confidence) it would take.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/learned_take_probe.py [--sets 1,2,5,6,10,3] [--classes 2] [--size 130]

Developer tooling; one thread; about a second per fit.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from grader_app import workflow  # noqa: E402
from grader_app.core.session import Decision, GradingSession  # noqa: E402
from grader_app.distill.asap import load_train, split_set  # noqa: E402
from grader_app.io.columns import guess_columns  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.learn.calibration import clopper_pearson_uppers  # noqa: E402
from grader_app.learn.limits import CONFIDENCE, TARGET_ERROR  # noqa: E402


def session_of(texts: list[str], folder: Path) -> GradingSession:
    path = folder / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(("Student", "Question", "Answer", "Score"))
        w.writerows((f"S{i}", "own", t, "") for i, t in enumerate(texts))
    sheet = read_sheet(path)
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    return GradingSession(sheet, mapping)


def learned(texts: list[str], gold: list[int], mode: str, folder: Path):
    session = session_of(texts, folder)
    keys = session.keys_for("own")
    learner = workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])
    start = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    for n, (k, g) in enumerate(zip(keys, gold)):
        if mode == "live":
            session.decide(k, g)
            learner.sync(session)
        else:
            session.restore(k, Decision(score=g, at=(start + timedelta(seconds=10 * n)).isoformat(timespec="seconds")))
    learner.sync(session)
    model = learner.fit_function()()
    learner.use(session, model)
    return learner, model


def best_cut(conf: np.ndarray, right: np.ndarray) -> int:
    """The most answers a confidence cut accepts with the bound ≤ target (0: none)."""
    order = np.argsort(-conf, kind="stable")
    errors = np.cumsum(~right[order])
    n = np.arange(1, len(conf) + 1)
    ok = clopper_pearson_uppers(errors, n, CONFIDENCE) <= TARGET_ERROR
    return int(n[ok].max()) if ok.any() else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="1,2,5,6,10,3")
    ap.add_argument("--classes", type=int, default=2)
    ap.add_argument("--size", type=int, default=130)
    ap.add_argument("--modes", default="live,restored")
    args = ap.parse_args()
    df = load_train()
    print("set class mode      acc    T    right: med  p90  >=.9 >=.95 | best thr    taken: marked class groups")
    with tempfile.TemporaryDirectory() as tmp:
        for s in [int(v) for v in args.sets.split(",")]:
            train = split_set(df, s).train
            order = np.random.default_rng(5000 + s).permutation(len(train))
            for c in range(args.classes):
                pick = order[c * args.size:(c + 1) * args.size]
                texts = [str(t) for t in train.EssayText.iloc[pick]]
                gold = [int(v) for v in train.Score1.iloc[pick]]
                for mode in args.modes.split(","):
                    learner, m = learned(texts, gold, mode, Path(tmp))
                    right = m.oof.argmax(axis=1) == m.marks
                    conf = m.oof.max(axis=1)
                    rc = conf[right] if right.any() else np.zeros(1)
                    marked = int((conf >= m.threshold).sum()) if m.qualified else 0
                    taken = int((m.confidence >= m.threshold).sum()) if m.qualified else 0
                    groups = len(np.unique(learner.assistant.fold_groups()[m.marked]))
                    print(f"{s:>3} {c:>5} {mode:<9} {right.mean():.3f} {m.temperature:5.2f} "
                          f"{np.median(rc):.2f} {np.quantile(rc, 0.9):.2f} {(rc >= 0.9).sum():>4} {(rc >= 0.95).sum():>5} | "
                          f"{best_cut(conf, right):>4} {m.threshold:.3f} {marked:>12} {taken:>5} {groups:>6}", flush=True)


if __name__ == "__main__":
    main()
