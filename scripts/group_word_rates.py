"""How groups of answers that look alike fare on real answers, and what the word check adds: ASAP-SAS answers of
the training split (``grader_app.distill.asap.split_set(...).train``, read in place from ../shared/data, or
GRADER_SHARED_DATA; never the test split), in disjoint classes of ``--class-size`` (shuffled with a fixed seed), each
class grouped as the app groups one question (``grader_app.core.groups.group_answers``).

Per set and in all, it prints:
- grouped: the share of answers in a group of two or more (blank answers aside);
- wrong: the share of those whose score (Score1) is not their group's most common one (they deserve another score);
- flagged: the share of grouped answers that differ from their group's typical answer by a content word
  (``grader_app.core.group_words``), and how many of the wrong ones are among them;
- and the same grouped / wrong shares had the flagged members been kept out of their groups ("split").

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/group_word_rates.py [--sets 1 2 ...] [--class-size 300]"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.core.group_words import members_differing  # noqa: E402
from grader_app.core.groups import BLANK, IDENTICAL, SINGLE, group_answers  # noqa: E402
from grader_app.distill.asap import load_train, split_set  # noqa: E402
from grader_app.text import normalise  # noqa: E402

SEED = 20240701


def _wrong(groups: list[list[int]], gold: list[int]) -> int:
    n = 0
    for g in groups:
        counts = Counter(gold[i] for i in g)
        n += len(g) - counts.most_common(1)[0][1]
    return n


def one_class(texts: list[str], gold: list[int]) -> dict[str, int]:
    found = [g for g in group_answers(texts) if g.kind not in (BLANK, SINGLE)]
    kept, split, flagged, flagged_wrong = [], [], 0, 0
    for g in found:
        members = list(g.members)
        counts = Counter(gold[i] for i in members)
        common = counts.most_common(1)[0][0]
        odd = [] if g.kind == IDENTICAL else members_differing({i: texts[i] for i in members}, g.medoid)
        flagged += len(odd)
        flagged_wrong += sum(1 for i in odd if gold[i] != common)
        kept.append(members)
        rest = [i for i in members if i not in odd]
        by_text: dict[str, list[int]] = {}
        for i in odd:   # answers kept out: those of one text still together
            by_text.setdefault(normalise(texts[i]), []).append(i)
        split += [p for p in [rest, *by_text.values()] if len(p) > 1]
    return {"answers": len(texts), "grouped": sum(map(len, kept)), "wrong": _wrong(kept, gold),
            "flagged": flagged, "flagged_wrong": flagged_wrong,
            "split_grouped": sum(map(len, split)), "split_wrong": _wrong(split, gold)}


def _row(name: str, c: Counter) -> str:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f} %" if b else "–"
    return (f"| {name} | {c['answers']} | {c['grouped']} ({pct(c['grouped'], c['answers'])}) | "
            f"{c['wrong']} ({pct(c['wrong'], c['grouped'])}) | {c['flagged']} ({pct(c['flagged'], c['grouped'])}) | "
            f"{c['flagged_wrong']} of {c['wrong']} | {c['split_grouped']} ({pct(c['split_grouped'], c['answers'])}) | "
            f"{c['split_wrong']} ({pct(c['split_wrong'], c['split_grouped'])}) |")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, nargs="+", default=list(range(1, 11)))
    ap.add_argument("--class-size", type=int, default=300)
    args = ap.parse_args()
    df = load_train()
    total: Counter = Counter()
    print("| set | answers | grouped | wrong in group | flagged by a word | wrong among flagged | grouped, split |"
          " wrong in group, split |")
    print("|---|---|---|---|---|---|---|---|")
    for s in args.sets:
        train = split_set(df, s).train
        texts, gold = train["EssayText"].astype(str).tolist(), train["Score1"].astype(int).tolist()
        order = np.random.default_rng(SEED + s).permutation(len(texts))
        per: Counter = Counter()
        for j in range(0, len(order) - args.class_size + 1, args.class_size):
            idx = order[j:j + args.class_size]
            per.update(one_class([texts[i] for i in idx], [gold[i] for i in idx]))
        total.update(per)
        print(_row(str(s), per))
    print(_row("all", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
