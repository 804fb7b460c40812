"""How many real answers each flag sends to the teacher: the ASAP-SAS answers of each set (read in place
from ../shared/data, or GRADER_SHARED_DATA), flagged with the set's prompt by the app's own
``grader_app.core.flags.flags_for_group``, as one question (the whole set) or in classes of
``--class-size`` answers (shuffled with a fixed seed), as a teacher would meet them. Prints a Markdown
table: per set, the answers and each flag's count and share, the TOO_LONG limit (words), and the
duplicates the stricter comparison adds over identical basic-v1 text. ``--semeval``: the SemEval-2013
answers instead (many questions with short answers, each question one group with its own question text).

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/flag_rates.py [--sets 1 2 5 6 10] [--class-size 30]
       [--unlabeled]   (the 5,100 unscored answers too)
       OMP_NUM_THREADS=1 .venv/bin/python scripts/flag_rates.py --semeval"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.core import flags as F  # noqa: E402
from grader_app.distill.asap import SCIENCE_SETS, asap_dir, load_prompt, load_train, load_unlabeled, shared_data_dir  # noqa: E402
from grader_app.text import normalise  # noqa: E402

SHOWN = (F.DUPLICATE, F.NOT_PROSE, F.HIDDEN, F.REPEATED, F.TOO_LONG, F.TOO_SHORT, F.COPIED, F.BLANK)
SEED = 20240701


def groups(texts: list[str], class_size: int | None) -> list[list[str]]:
    if not class_size:
        return [texts]
    order = np.random.default_rng(SEED).permutation(len(texts))
    return [[texts[i] for i in order[j:j + class_size]] for j in range(0, len(texts), class_size)]


def old_duplicates(texts: list[str]) -> int:
    """Answers flagged identical before the stricter comparison: the same non-blank basic-v1 text."""
    norms = [normalise(t) for t in texts]
    counts = Counter(n for n in norms if n)
    return sum(1 for n in norms if n and counts[n] > 1)


def semeval() -> int:
    import pandas as pd

    path = shared_data_dir() / "semeval2013_sra" / "sra_train_and_unseen_answers.csv"
    if not path.is_file():
        print(f"no SemEval-2013 data at {path}", file=sys.stderr)
        return 1
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    seen: Counter = Counter()
    before = 0
    for _, g in frame.groupby("question_id", sort=False):
        for f in F.flags_for_group(g["answer"].tolist(), g["question"].iloc[0]):
            seen.update(f)
        before += old_duplicates(g["answer"].tolist())
    n = len(frame)
    print(f"SemEval-2013, {frame['question_id'].nunique()} questions, {n} answers; duplicates before: {before}")
    print("| flag | answers |\n|---|---|")
    for f in SHOWN:
        print(f"| {f} | {seen[f]} ({seen[f] / n:.2%}) |")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", type=int, nargs="+", default=list(SCIENCE_SETS))
    ap.add_argument("--class-size", type=int, default=None, help="flag classes of this many answers (default: whole set)")
    ap.add_argument("--unlabeled", action="store_true", help="add the unscored answers of the same sets")
    ap.add_argument("--semeval", action="store_true", help="the SemEval-2013 answers, one group per question")
    args = ap.parse_args(argv)
    if args.semeval:
        return semeval()
    if not (asap_dir() / "train_rel_2.tsv").is_file():
        print(f"no ASAP-SAS data at {asap_dir()}", file=sys.stderr)
        return 1
    frame = load_train()
    if args.unlabeled:
        import pandas as pd

        frame = pd.concat([frame, load_unlabeled()], ignore_index=True)
    print(f"groups: {'whole set' if not args.class_size else f'classes of {args.class_size}'}; "
          f"LONG_FLOOR {F.LONG_FLOOR}, LONG_FACTOR {F.LONG_FACTOR}")
    print("| set | answers | " + " | ".join(SHOWN) + " | too-long limit (words) | duplicates before |")
    print("|---|---|" + "---|" * (len(SHOWN) + 2))
    total = Counter()
    n_all = 0
    for s in args.sets:
        texts = frame.loc[frame["EssaySet"] == s, "EssayText"].tolist()
        prompt = load_prompt(s)
        seen: Counter = Counter()
        limits, before = [], 0
        for g in groups(texts, args.class_size):
            for f in F.flags_for_group(g, prompt):
                seen.update(f)
            limits.append(F.long_limit(len(F.words(t)) for t in g))
            before += old_duplicates(g)
        n = len(texts)
        n_all += n
        total.update(seen)
        cells = " | ".join(f"{seen[f]} ({seen[f] / n:.2%})" for f in SHOWN)
        limit = f"{limits[0]:.0f}" if len(limits) == 1 else f"{min(limits):.0f}–{max(limits):.0f}"
        print(f"| {s} | {n} | {cells} | {limit} | {before} |")
    cells = " | ".join(f"{total[f]} ({total[f] / n_all:.2%})" for f in SHOWN)
    print(f"| all | {n_all} | {cells} | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
