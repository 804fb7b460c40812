"""What a teacher's key costs on the review screen while the card is a group (answers that look alike, marked as one).

A synthetic class (no sheet on disk): ``--answers`` answers to one question a "shipped" model scores (random rows, so
its scores differ within a group), in groups of ``--smallest``..``--largest`` members. Each group is one sentence
copied with small changes: a word swapped for one of the member's own (the card highlights it), a word left out, a
hidden character now and then, so the card says of its members what it says in a real class. The real review screen
(offscreen, shown at 1280×800) goes through the group cards as a teacher does:

* next / previous:  → and ← between the group cards (the card filled with the next group's members);
* member ↓:         ↓ chooses the next member of the group (every member's line filled again);
* group mark:       a digit scores the group (and the review goes on to the next card).

Each key is timed from the key press until the event loop is idle again (the next card shown): wall time, and the GUI
thread's processor time (``time.thread_time``), which the machine's load does not grow. Printed per kind of key: the
median and the worst of each, and how many keys were timed. ``--profile N`` prints the N functions of most cumulative
time in the keys (cProfile).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_group_keys.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_group_keys.py --answers 600 --smallest 20 --largest 80
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_group_keys.py --repeat 5    # answers of ~75 words
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_group_keys.py --profile 30

Developer tooling: reads and writes nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ITEM = "q1"
SENTENCES = (
    "Ice floats on water because it is less dense than the liquid water around it.",
    "The cell membrane lets some things in and keeps others out by selective permeability.",
    "Plants need light to make sugar from carbon dioxide and water in photosynthesis.",
    "Heat moves from the warmer object to the colder object until both have the same temperature.",
    "A ribosome builds proteins by reading the messenger RNA that the nucleus sends out.",
    "Osmosis is the diffusion of water through a membrane from high to low water concentration.",
    "The moon shows phases because we see different parts of its sunlit half as it orbits.",
    "Sound travels faster in water than in air because the particles are closer together.",
)
OWN_WORDS = "really mostly clearly energy oxygen particles pressure gravity".split()


def _varied(rnd: random.Random, sentence: str) -> str:
    """``sentence`` as one member wrote it: mostly as is, else a word of its own, a word left out, a hidden character."""
    words = sentence.split()
    roll = rnd.random()
    if roll < 0.15:
        words[rnd.randrange(len(words))] = rnd.choice(OWN_WORDS)
    elif roll < 0.25:
        del words[rnd.randrange(len(words))]
    text = " ".join(words)
    return text + "\u200b" if rnd.random() < 0.03 else text


def make_class(answers: int, smallest: int, largest: int, seed: int = 1, repeat: int = 1):
    """(session, groups, typical, sizes): ``answers`` answers in groups of ``smallest``..``largest`` members, each
    answer ``repeat`` sentences (its group's and the ones after it: a longer answer)."""
    import numpy as np
    import pandas as pd

    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import ColumnMapping, Sheet

    rnd = random.Random(seed)
    sizes: list[int] = []
    while sum(sizes) < answers:
        sizes.append(min(rnd.randint(smallest, largest), answers - sum(sizes)))
    rows = []
    for g, n in enumerate(sizes):
        for _ in range(n):
            i = len(rows)
            text = " ".join(SENTENCES[(g + r) % len(SENTENCES)] for r in range(repeat))
            rows.append((f"S{i:04d}", f"Student {i}", ITEM, _varied(rnd, text)))
    frame = pd.DataFrame(rows, columns=["ID", "Name", "Question", "Answer"], dtype=object)
    mapping = ColumnMapping(id_column="ID", name_column="Name", item_column="Question", answer_column="Answer")
    infos = {ITEM: ItemInfo(item=ITEM, bundle_id=ITEM, labels=(0, 1, 2, 3), default_threshold=0.99)}
    session = GradingSession(Sheet(frame=frame), mapping, items=infos)
    keys = session.keys_for(ITEM)
    probs = np.random.default_rng(seed).dirichlet(np.ones(4) * 0.3, size=len(keys))
    session.set_predictions(keys, probs)
    groups, typical, at = {}, set(), 0
    for g, n in enumerate(sizes):
        members = keys[at:at + n]
        at += n
        if n > 1:
            groups.update({k: (ITEM, g) for k in members})
            typical.add(members[0])
    return session, groups, typical, sizes


def idle(app) -> None:
    """Run the event loop until what a key set off is done: posted layouts, then the 0 ms timers they start."""
    for _ in range(4):
        app.sendPostedEvents()
        app.processEvents()


def timed_key(app, view, key, times: list) -> None:
    from PySide6.QtTest import QTest

    w0, c0 = time.perf_counter(), time.thread_time()
    QTest.keyClick(view, key)
    idle(app)
    times.append(((time.perf_counter() - w0) * 1e3, (time.thread_time() - c0) * 1e3))


def run(args) -> dict[str, list]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from grader_app.ui.review_view import ReviewView

    app = QApplication.instance() or QApplication([])
    session, groups, typical, sizes = make_class(args.answers, args.smallest, args.largest, repeat=args.repeat)
    print(f"{len(session.answers)} answers in {len(sizes)} groups of {min(sizes)}..{max(sizes)} members, "
          f"{len(session.answers[0].text)} characters each")
    stack = QUndoStack()
    view = ReviewView(session, stack)
    view.resize(1280, 800)
    view.show()
    idle(app)
    view.set_queue(session.keys_for(ITEM), groups=groups, typical=typical)
    idle(app)
    out: dict[str, list] = {"next / previous": [], "member ↓": [], "group mark": []}
    prof = cProfile.Profile() if args.profile else None
    if prof is not None:
        prof.enable()
    for _round in range(args.rounds):
        for _ in range(len(sizes) - 1):
            timed_key(app, view, Qt.Key.Key_Right, out["next / previous"])
        for _ in range(len(sizes) - 1):
            timed_key(app, view, Qt.Key.Key_Left, out["next / previous"])
    for _ in range(args.downs):
        timed_key(app, view, Qt.Key.Key_Down, out["member ↓"])
    for _ in range(min(args.marks, len(sizes) - 1)):
        timed_key(app, view, Qt.Key.Key_2, out["group mark"])
    if prof is not None:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
    view.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--answers", type=int, default=400)
    ap.add_argument("--smallest", type=int, default=20)
    ap.add_argument("--largest", type=int, default=80)
    ap.add_argument("--repeat", type=int, default=1, help="sentences in each answer (longer answers)")
    ap.add_argument("--rounds", type=int, default=2, help="times through the group cards and back")
    ap.add_argument("--downs", type=int, default=20, help="↓ presses on the last card")
    ap.add_argument("--marks", type=int, default=5, help="groups scored with a digit")
    ap.add_argument("--profile", type=int, default=0, help="print this many functions of cProfile's output")
    args = ap.parse_args()
    out = run(args)
    print(f"{'key':<16}{'n':>4}{'median ms':>11}{'worst ms':>10}{'CPU median':>12}{'CPU worst':>11}")
    for name, times in out.items():
        if not times:
            continue
        wall, cpu = [w for w, _ in times], [c for _, c in times]
        print(f"{name:<16}{len(times):>4}{statistics.median(wall):>11.1f}{max(wall):>10.1f}"
              f"{statistics.median(cpu):>12.1f}{max(cpu):>11.1f}")


if __name__ == "__main__":
    main()
