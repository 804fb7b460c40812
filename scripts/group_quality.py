"""How much grouping saves a teacher on real answers, and what it costs: ASAP-SAS answers of the training split
(``grader_app.distill.asap.split_set(...).train``, read in place from ../shared/data, or GRADER_SHARED_DATA; never the
valid or test split), drawn into classes of 30, 150 and 300 (``--draws`` seeded draws per set and size, each without
repeats), each class grouped as the app groups one question: :func:`grader_app.core.groups.group_answers`, the answers
whose flags keep them out of every group (:func:`grader_app.core.flags.scored_alone`, the set's prompt given) passed
as ``alone``.

Per set and class size, and per size over the odd sets, the even sets and all, it prints:
- grouped: the share of answers in a group of two or more that is not the blank group;
- saved: the decisions those groups save (members - groups) per 100 answers;
- differ: the share of grouped answers whose gold score (Score1) is not their group's most common one: the teacher
  must mark each of them again;
- net: saved minus the differing members, per 100 answers.

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/group_quality.py [--sets 1 3 5 7 9] [--sizes 30 150 300]
       [--draws 4] [--distance 0.4] [--linkage app|average|complete]"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.core.flags import flags_for_group, scored_alone  # noqa: E402
from grader_app.core.groups import BLANK, NEAR, group_answers  # noqa: E402
from grader_app.distill.asap import load_prompt, load_train, split_set  # noqa: E402

SEED = 20261207
SIZES = (30, 150, 300)

# texts, the indices kept alone -> groups of indices (each index in at most one group; the blank group left out)
Grouping = Callable[[list[str], list[int]], list[Sequence[int]]]


def app_grouping(distance: float) -> Grouping:
    def run(texts: list[str], alone: list[int]) -> list[Sequence[int]]:
        return [g.members for g in group_answers(texts, distance=distance, near=min(NEAR, distance), alone=alone)
                if g.kind != BLANK]
    return run


def linkage_grouping(distance: float, linkage: str) -> Grouping:
    """The app's grouping with another linkage (``"complete"``: every pair within ``distance``): the same distinct texts
    and distances (:func:`grader_app.core.groups._distances`), blank and ``alone`` answers in no group."""
    from sklearn.cluster import AgglomerativeClustering

    from grader_app.core.groups import _distances
    from grader_app.text import DEFAULT_NORMALISATION, normalise_many

    def run(texts: list[str], alone: list[int]) -> list[Sequence[int]]:
        apart, members = set(alone), {}  # type: ignore[var-annotated]
        for i, t in enumerate(normalise_many(texts, DEFAULT_NORMALISATION)):
            if t and i not in apart:
                members.setdefault(t, []).append(i)
        distinct = list(members)
        if len(distinct) < 2:
            return [members[t] for t in distinct]
        labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                         distance_threshold=distance).fit_predict(_distances(distinct))
        out: dict[int, list[int]] = {}
        for t, lab in zip(distinct, labels):
            out.setdefault(int(lab), []).extend(members[t])
        return list(out.values())
    return run


def measure(groups: list[Sequence[int]], gold: Sequence[int]) -> Counter:
    """grouped answers, decisions saved (members - groups) and differing members (not the group's most common gold)."""
    c: Counter = Counter()
    for g in groups:
        if len(g) < 2:
            continue
        counts = Counter(gold[i] for i in g)
        c["grouped"] += len(g)
        c["saved"] += len(g) - 1
        c["differ"] += len(g) - counts.most_common(1)[0][1]
        c["groups"] += 1
    return c


def classes(sets: Sequence[int], sizes: Sequence[int], draws: int, seed: int = SEED):
    """(set, size, texts, gold, alone) for every class drawn: the same classes for every grouping measured."""
    df = load_train()
    for s in sets:
        train = split_set(df, s).train
        texts, gold = train["EssayText"].astype(str).tolist(), train["Score1"].astype(int).tolist()
        flags = flags_for_group(texts, load_prompt(s))
        for size in sizes:
            for d in range(draws):
                idx = np.random.default_rng(seed + 1000 * s + 10 * size + d).choice(len(texts), size, replace=False)
                alone = [j for j, i in enumerate(idx) if scored_alone(flags[i])]
                yield s, size, [texts[i] for i in idx], [gold[i] for i in idx], alone


def run(grouping: Grouping, drawn) -> dict[tuple[int, int], Counter]:
    out: dict[tuple[int, int], Counter] = {}
    for s, size, texts, gold, alone in drawn:
        c = measure(grouping(texts, alone), gold)
        c["answers"] += len(texts)
        c["classes"] += 1
        out.setdefault((s, size), Counter()).update(c)
    return out


def row(name: str, c: Counter) -> str:
    n = c["answers"]
    pct = lambda a, b: f"{100 * a / b:.1f}" if b else "–"  # noqa: E731
    return (f"| {name} | {c['classes']} | {c['groups']} | {pct(c['grouped'], n)} | {pct(c['saved'], n)} | "
            f"{pct(c['differ'], c['grouped'])} | {pct(c['saved'] - c['differ'], n)} |")


HEADER = ("| set, class | classes | groups | grouped % | saved /100 | differ % of grouped | net saved /100 |\n"
          "|---|---|---|---|---|---|---|")


def report(results: dict[tuple[int, int], Counter], sets: Sequence[int], sizes: Sequence[int]) -> list[str]:
    lines = [HEADER]
    for s in sets:
        for size in sizes:
            lines.append(row(f"{s}, {size}", results[(s, size)]))
    odd, even = [s for s in sets if s % 2], [s for s in sets if not s % 2]
    for label, chosen in (("odd", odd), ("even", even), ("all", list(sets))):
        if not chosen or (label == "all" and not (odd and even)):
            continue
        every: Counter = Counter()
        for size in sizes:
            c: Counter = Counter()
            for s in chosen:
                c.update(results[(s, size)])
            every.update(c)
            lines.append(row(f"**{label} sets, {size}**", c))
        lines.append(row(f"**{label} sets, every size**", every))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, nargs="+", default=list(range(1, 11)))
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--draws", type=int, default=4, help="seeded draws per set and class size")
    ap.add_argument("--distance", type=float, default=None, help="the cut-off (default: the app's)")
    ap.add_argument("--linkage", choices=("app", "average", "complete"), default="app",
                    help="app: group_answers itself; average or complete: that linkage on the app's distances")
    args = ap.parse_args()
    from grader_app.core.groups import DISTANCE
    distance = DISTANCE if args.distance is None else args.distance
    grouping = app_grouping(distance) if args.linkage == "app" else linkage_grouping(distance, args.linkage)
    results = run(grouping, classes(args.sets, args.sizes, args.draws))
    print("\n".join(report(results, args.sets, args.sizes)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
