"""How often the "only a list of terms" flag (grader_app/core/term_list.py) fires on real answers.

ASAP-SAS (read in place from ../shared/data, or GRADER_SHARED_DATA): each set's answers scored by the shipped
bundle through the app's own session (one question per set), as the app flags them. Per set: the answers, the
bare lists of terms (the text rule alone), those the model gives credit (the flag), and how many of those
the flag sends to the teacher that the model's confidence would have auto-accepted. ``--unlabeled``: the
5,100 unscored answers too. SemEval-2013 has no shipped model: the text rule alone, with the questions that
ask for a list left out, is the most the flag could take there. The sample class: answers that need the
teacher with and without the flag. ``--show N``: N flagged answers per set, with the raters' score.

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/term_list_rates.py [--unlabeled] [--show 5]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import flagged_sessions  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from flagged_sessions import SAMPLE, need_the_teacher, scored  # noqa: E402

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core import review  # noqa: E402
from grader_app.core.flags import TERM_LIST  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.term_list import asks_for_list, is_term_list, lists_answer  # noqa: E402
from grader_app.distill.asap import ALL_SETS, asap_dir, load_train, load_unlabeled, shared_data_dir  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

SEED = 20240701   # the classes of 30, as scripts/flag_rates.py shuffles them


def without_flag(session: GradingSession, key: int) -> str:
    """The answer's status if the flag did not exist."""
    return flagged_sessions.without_flag(session, key, TERM_LIST)


def asap(unlabeled: bool, show: int, library: Library) -> None:
    frames = [("scored", load_train())] + ([("unscored", load_unlabeled())] if unlabeled else [])
    print("| answers | set | n | bare lists | flagged (list + credit) | of those, else auto-accepted "
          "| classes of 30 taken for list questions without a prompt |")
    print("|---|---|---|---|---|---|---|")
    for name, frame in frames:
        total = [0, 0, 0, 0]
        for s in ALL_SETS:
            part = frame[frame["EssaySet"] == s]
            texts = part["EssayText"].tolist()
            session = scored(texts, f"asap-sas-{s}", library)
            lists = sum(map(is_term_list, texts))
            flagged = [k for k in range(len(texts)) if TERM_LIST in session.flags[k]]
            extra = sum(without_flag(session, k) == review.AUTO for k in flagged)
            n = len(texts)
            order = np.random.default_rng(SEED).permutation(n)
            classes = [[texts[i] for i in order[j:j + 30]] for j in range(0, n, 30)]
            listy = sum(lists_answer("", c) for c in classes)
            print(f"| {name} | {s} | {n} | {lists} ({lists / n:.2%}) | {len(flagged)} ({len(flagged) / n:.2%}) | {extra} "
                  f"| {listy} of {len(classes)} |")
            for i, v in enumerate((n, lists, len(flagged), extra)):
                total[i] += v
            human = part["Score1"].tolist() if "Score1" in part else [None] * n
            for k in flagged[:show]:
                p = session.predictions[k]
                print(f"|   | | model {p.score} ({p.confidence:.2f}), raters {human[k]} | {texts[k][:90]!r} | | | |")
        n = total[0]
        print(f"| {name} | all | {n} | {total[1]} ({total[1] / n:.2%}) | {total[2]} ({total[2] / n:.2%}) | {total[3]} | |")


def semeval() -> None:
    path = shared_data_dir() / "semeval2013_sra" / "sra_train_and_unseen_answers.csv"
    if not path.is_file():
        print(f"no SemEval-2013 data at {path}")
        return
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    asks = frame["question"].map(asks_for_list)
    lists = frame["answer"].map(is_term_list)
    by_answers = sum(lists_answer("", g["answer"].tolist()) for _, g in frame.groupby("question_id"))
    print(f"\nSemEval-2013 (no model: the text rule alone): {len(frame)} answers, {frame['question_id'].nunique()} "
          f"questions, {frame.loc[asks, 'question_id'].nunique()} of them ask for a list ({by_answers} by their "
          f"answers, were there no question text); bare lists "
          f"{lists.sum()} ({lists.mean():.2%}), outside those questions {(lists & ~asks).sum()} "
          f"({(lists & ~asks).mean():.2%}); by label: {frame.loc[lists & ~asks, 'label_5way'].value_counts().to_dict()}")


def sample_class(library: Library) -> None:
    session = flagged_sessions.sample_class(library)
    need, before = need_the_teacher(session, TERM_LIST)
    flagged = [a.text for a in session.answers if TERM_LIST in session.flags[a.key]]
    print(f"\nsample class ({SAMPLE.name}, {len(session.answers)} answers): need the teacher {need} with the flag, "
          f"{before} without; flagged: {flagged}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unlabeled", action="store_true", help="the unscored answers of the same sets too")
    ap.add_argument("--show", type=int, default=0, help="print this many flagged answers per set")
    args = ap.parse_args(argv)
    library = Library.load([bundled_models_dir()])
    if (asap_dir() / "train_rel_2.tsv").is_file():
        asap(args.unlabeled, args.show, library)
    else:
        print(f"no ASAP-SAS data at {asap_dir()}")
    semeval()
    sample_class(library)
    return 0


if __name__ == "__main__":
    sys.exit(main())
