"""The score the model suggests for an answer the teacher decides: the decision rule's or the likeliest?

A shipped bundle may carry an expected-score rule (docs/bundle-format.md, "The decision rule"): cutpoints on the
expected score, fitted to maximise QWK over a whole set. An answer's review status is worked out on the rule's pick
and its probability, and that stays so (the bundle's risk table vouches for it). This script measures, through the
app's own session (each ASAP-SAS set as one question of a sheet, scored by its shipped bundle at the bundle's own
threshold), how the rule's pick and the likeliest score (the arg-max) compare on the answers the teacher is asked to
decide, where the one Enter accepts should be the one most often exactly right:

* need you: the answers with status ``needs review``; of them, where the rule's pick is not the likeliest score;
* exact agreement with the first rater (``Score1``) of the rule's pick and of the likeliest score, on all the answers
  that need the teacher and on those where the two differ;
* auto: the answers the model takes on its own, and among them any whose rule's pick is not the likeliest (at a
  threshold above 50 % there can be none: a probability above one half is the largest);
* spread: answers that need the teacher only because the rule's pick is not the likeliest score, which on its own is
  at or above the threshold (the review screen says why: the probabilities are spread over scores far apart).

The shipped students were fitted on these very answers, so the figures are in-sample and flatter both scores; the
out-of-fold comparison (accuracy with the arg-max and with the rule) is in docs/distillation.md, third amendment.
``--unlabeled``: the 5,100 unscored answers too (counts only: they have no rater's score).

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/suggestion_rates.py [--unlabeled]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from flagged_sessions import scored  # noqa: E402

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core import review  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.distill.asap import ALL_SETS, asap_dir, load_train, load_unlabeled  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402


def _pct(k: int, n: int) -> str:
    return f"{k} of {n} ({k / n:.1%})" if n else "–"


def one_set(session: GradingSession, human: list | None) -> dict:
    keys = [a.key for a in session.answers]
    item = session.answers[0].item
    threshold = session.threshold(item)
    rows = {k: session.predictions[k] for k in keys if k in session.predictions and session.predictions[k].valid}
    rule = {k: p.score for k, p in rows.items()}
    top = {k: p.labels[int(np.argmax(p.probabilities))] for k, p in rows.items()}
    need = [k for k in rows if session.status(k) == review.NEEDS_REVIEW]
    auto = [k for k in rows if session.status(k) == review.AUTO]
    differ = [k for k in need if rule[k] != top[k]]
    spread = [k for k in differ if not session.flags.get(k) and max(rows[k].probabilities) >= threshold]
    out = {"n": len(keys), "threshold": threshold, "need": len(need), "differ": len(differ), "auto": len(auto),
           "auto_differ": sum(rule[k] != top[k] for k in auto), "spread": len(spread)}
    if human is not None:
        def right(score: dict, ks: list[int]) -> int:
            return sum(float(score[k]) == float(human[k]) for k in ks)
        out.update(rule_right=right(rule, need), top_right=right(top, need),
                   rule_right_differ=right(rule, differ), top_right_differ=right(top, differ))
    return out


def report(name: str, frame: pd.DataFrame, library: Library) -> None:
    labelled = "Score1" in frame
    print(f"\n{name} answers (shipped bundles, each at its own threshold)\n")
    head = "| set | answers | threshold | auto (rule ≠ likeliest) | need you | of those rule ≠ likeliest | spread only |"
    if labelled:
        head += " need you: rule right | likeliest right | where they differ: rule right | likeliest right |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    total: dict = {}
    for s in ALL_SETS:
        part = frame[frame["EssaySet"] == s]
        session = scored(part["EssayText"].tolist(), f"asap-sas-{s}", library)
        f = one_set(session, part["Score1"].tolist() if labelled else None)
        for k, v in f.items():
            if k != "threshold":
                total[k] = total.get(k, 0) + v
        print(row(str(s), f, f"{f['threshold']:.3f}", labelled))
    print(row("all", total, "", labelled))


def row(name: str, f: dict, threshold: str, labelled: bool) -> str:
    line = (f"| {name} | {f['n']} | {threshold} | {f['auto']} ({f['auto_differ']}) | {f['need']} "
            f"| {_pct(f['differ'], f['need'])} | {f['spread']} |")
    if labelled:
        line += (f" {_pct(f['rule_right'], f['need'])} | {_pct(f['top_right'], f['need'])} "
                 f"| {_pct(f['rule_right_differ'], f['differ'])} | {_pct(f['top_right_differ'], f['differ'])} |")
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unlabeled", action="store_true", help="the unscored answers of the same sets too (counts only)")
    args = ap.parse_args(argv)
    if not (asap_dir() / "train_rel_2.tsv").is_file():
        print(f"no ASAP-SAS data at {asap_dir()}")
        return 1
    library = Library.load([bundled_models_dir()])
    report("Scored", load_train(), library)
    if args.unlabeled:
        report("Unscored", load_unlabeled(), library)
    return 0


if __name__ == "__main__":
    sys.exit(main())
