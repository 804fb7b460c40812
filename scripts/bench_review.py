"""Does the review screen's work on the GUI thread grow with the class? Per class size, what a teacher's key costs.

A synthetic class (no sheet on disk, no model file): ``size`` answers to five questions, four of them scored by a
"shipped" model whose rows are random (so its scores differ within a group), the fifth (``own-question``) without
one, learning from the marks (a stand-in learner: it learns the question, takes nothing, and suggests the next open
answer). A tenth of ``own-question``'s answers... no: ``--group`` of them (default a tenth of the class) are one
identical text, the big group; the other answers are grouped in pairs. The real review screen (offscreen, shown at
1280×800) is driven as the teacher drives it:

* group shown:   the review goes to the big group (the card and its member list placed, the event loop run until
                 it is idle): the time until the screen is ready, and the member widgets built for it;
* group mark:    one digit scores the whole group (key handled, then the event loop until idle);
* marks:         ``--marks`` digits, one answer each, on the questions with a model (median and max handling);
* learning marks: ``--marks`` digits on ``own-question`` (its learner asked for a suggestion after each).

Printed per size: milliseconds for each, so the figures at 150, 2,000 and 20,000 answers side by side show whether the
cost grows with the class (it should not: what a key changes is one answer, or one group).

Then the real main window on the same class (``--window-sizes``, default 5,000 and 20,000), its project file written
in a temporary folder, the window given the groups (no grouping worker, no fitting child), once what it works out when
a sheet is shown is done (the figures, the export's LMS counts):

* export dialog:  File ▸ Export opened (``show_export``, then the event loop until idle), median of ``--repeats``;
* slider move:    the threshold slider of a question with a model dragged ``--moves`` steps, one every 30 ms (each
                  step: the value set, then the event loop until idle), median and max; the longest gap of a 5 ms
                  heartbeat on the GUI thread from the first step until 1 s after the last (what waited for the slider
                  to rest: the sentence's count, the table, the figures);
* group key:      one digit scores the big group (key, then the event loop until idle), and Ctrl+Z (the review's undo)
                  takes it back, each ``--repeats`` times (median); the key's CPU time on the GUI thread (its wall
                  time on a loaded machine varies more than what it does); and how often the key asked the results page to
                  refresh (its listeners' rounds: once from the session, once from the review screen, however big the
                  group).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_review.py                 # 150, 2000, 20000; 5000, 20000
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_review.py --sizes 450 2000 --window-sizes 450 2000
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_review.py --sizes 2000 --marks 20 --window-sizes
    QT_QPA_PLATFORM=offscreen nice -n 5 .venv/bin/python scripts/bench_review.py --sizes --window-sizes 20000 --repeats 7

Developer tooling: the window's part writes its sheet and project file in a temporary folder (removed after), and its
settings in another; nothing else is read or written.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OWN = "own-question"
SHIPPED = ("q1", "q2", "q3", "q4")
WORDS = ("cell membrane water light energy plants ribosome nucleus osmosis diffusion protein sugar oxygen carbon "
         "heat density floats sinks because therefore").split()
GROUP_TEXT = "The cell membrane lets some things in and keeps others out by selective permeability."
# the last two members of the big group: near-identical, one word of their own (the member the group's header asks to
# read first lies at the end of its list, as in a class where two answers joined the group of a copied one)
ODD_TEXTS = ("The cell membrane lets some things in and keeps others out by selective osmosis.",
             "The cell membrane lets some things in and keeps others out by selective diffusion.")


def make_session(size: int, group: int, seed: int = 1):
    """The class: ``size`` answers, the first ``group`` answers to OWN one text (the last two differ in a word)."""
    import numpy as np
    import pandas as pd

    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import ColumnMapping, Sheet

    rnd = random.Random(seed)
    items = (*SHIPPED, OWN)
    students = size // len(items)
    rows, own = [], 0
    for i in range(students):
        for item in items:
            if item == OWN and own < group:
                text = GROUP_TEXT if own < group - len(ODD_TEXTS) else ODD_TEXTS[group - own - 1]
                own += 1
            else:
                text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(4, 14)))
            rows.append((f"S{i:05d}", f"Student {i}", item, text))
    frame = pd.DataFrame(rows, columns=["ID", "Name", "Question", "Answer"], dtype=object)
    mapping = ColumnMapping(id_column="ID", name_column="Name", item_column="Question", answer_column="Answer")
    infos = {it: ItemInfo(item=it, bundle_id=it, labels=(0, 1, 2, 3), default_threshold=0.99) for it in SHIPPED}
    session = GradingSession(Sheet(frame=frame), mapping, items=infos)
    rng = np.random.default_rng(seed)
    keys = [k for it in SHIPPED for k in session.keys_for(it)]
    session.set_predictions(keys, rng.dirichlet(np.ones(4), size=len(keys)))
    return session


class Learner:
    """A stand-in for the window's learning controller: OWN learns, its model takes nothing on its own yet, and the
    next answer suggested is the first one left to decide."""

    def __init__(self, session) -> None:
        self.session = session
        self.groups: dict = {}
        self.typical: set = set()
        self._at = 0   # OWN's answers before this one are decided

    def learns(self, item: str) -> bool:
        return item == OWN

    will_learn = learns

    def suggest(self, item: str):
        s, keys = self.session, self.session.keys_for(item)
        while self._at < len(keys) and keys[self._at] in s.decisions:
            self._at += 1
        return [keys[self._at]] if self._at < len(keys) else None

    def marks_counted(self, item: str):
        return None   # no question here goes on teaching a model of the teacher's own

    def reason(self, item: str) -> str:
        return ""

    def sentence(self, item: str, awaited=None) -> str:
        return "it learns"


def groups_for(session, group: int):
    """The big group (OWN's first ``group`` answers), then the other answers of each question in pairs."""
    groups, typical = {}, set()
    for item in session.item_keys():
        keys = session.keys_for(item)
        big = keys[:group] if item == OWN else []
        if big:
            groups.update({k: ("big", item) for k in big})
            typical.add(big[0])
        rest = keys[len(big):]
        for j in range(0, len(rest) - 1, 2):
            groups.update({rest[j]: (item, j), rest[j + 1]: (item, j)})
            typical.add(rest[j])
    return groups, typical


def idle(app) -> None:
    """Run the event loop until what a change set off is done: posted layouts, then the 0 ms timers they start."""
    for _ in range(4):
        app.sendPostedEvents()
        app.processEvents()


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1e3


def key(view, digit: int) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    t0 = time.perf_counter()
    QTest.keyClick(view, Qt.Key(int(Qt.Key.Key_0) + digit))
    return ms(t0)


def bench(app, size: int, group: int, marks: int, prof=None) -> dict:
    """The figures for a class of ``size`` answers (``prof``: a cProfile.Profile to run over the review's work)."""
    from PySide6.QtGui import QUndoStack

    from grader_app.ui.review_view import ReviewView

    session = make_session(size, group)
    learner = Learner(session)
    groups, typical = groups_for(session, group)
    big = [k for k in session.keys_for(OWN)][:group]
    stack = QUndoStack()
    view = ReviewView(session, stack)
    view.learning = learner
    view.resize(1280, 800)
    view.show()
    idle(app)
    out: dict = {"size": len(session.answers), "group": len(big)}
    if prof is not None:
        prof.enable()
    t0 = time.perf_counter()
    view.set_queue(session.review_queue(), groups=groups, typical=typical)
    idle(app)
    out["open ms"] = ms(t0)

    shipped = [k for k in view.queue.keys() if session.answers[k].item != OWN]
    times = []
    for _ in range(marks):
        unit = view.current_unit()
        if not unit or session.answers[unit[0]].item == OWN:
            view.go_to(next(k for k in shipped if k not in session.decisions))
            idle(app)
        times.append(key(view, random.Random(len(times)).randint(0, 3)))
        idle(app)
    out["mark median ms"], out["mark max ms"] = statistics.median(times), max(times)

    t0 = time.perf_counter()
    view.go_to(big[0])
    idle(app)
    out["group shown ms"] = ms(t0)
    out["member widgets"] = len(view.group_panel._pool)
    t0 = time.perf_counter()
    out["group key ms"] = key(view, 2)
    idle(app)
    out["group mark ms"] = ms(t0)

    times = []
    view.go_to(next(k for k in session.keys_for(OWN) if k not in session.decisions))
    idle(app)
    for _ in range(marks):
        unit = view.current_unit()
        if not unit or session.answers[unit[0]].item != OWN or all(k in session.decisions for k in unit):
            break
        times.append(key(view, random.Random(len(times)).randint(0, 3)))
        idle(app)
    out["learning mark median ms"] = statistics.median(times) if times else float("nan")
    out["learning mark max ms"] = max(times) if times else float("nan")
    if prof is not None:
        prof.disable()
    view.close()
    view.deleteLater()
    idle(app)
    return out


# ----- the window: the export dialog, the threshold slider, a group's score with the window's listeners ---------------

class Heartbeat:
    """A 5 ms timer on the GUI thread: the longest gap between two ticks (time the window could not react)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last, self.longest = 0.0, 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1e3)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def pump(app, ms_: float) -> None:
    """Run the event loop for ``ms_`` milliseconds (timers, workers' results)."""
    end = time.perf_counter() + ms_ / 1e3
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def with_risk(session) -> None:
    """The questions with a model get a risk table (as a shipped bundle's), so the threshold panel counts as for one."""
    from dataclasses import replace

    from grader_app.core import review

    risk = tuple(review.RiskPoint(t / 100, 1 - t / 120, 0.02, 0.05 + (1 - t / 100) / 4) for t in range(30, 100, 5))
    preds = {k: session.predictions[k].probabilities for it in SHIPPED for k in session.keys_for(it)}
    for it in SHIPPED:
        session.set_item_info(replace(session.items[it], risk=risk, default_threshold=0.9))
    session.set_predictions(list(preds), list(preds.values()))


def make_window(app, size: int, group: int, folder: Path):
    """The real main window on the synthetic class, its project file in ``folder`` (the grouping not started: the
    window is given the groups of :func:`groups_for`, and no model learns)."""
    from grader_app.bundles.library import Library
    from grader_app.io.project_store import ProjectStore, project_path_for
    from grader_app.ui.main_window import MainWindow
    from grader_app.ui.tasks import TaskManager
    from grader_app.workflow import Prepared

    session = make_session(size, group)
    with_risk(session)
    sheet = folder / f"class-{size}.csv"
    session.sheet.frame.to_csv(sheet, index=False)
    store = ProjectStore.open(project_path_for(sheet))
    store.save_setup(sheet, session.mapping, {it: it for it in SHIPPED}, {})
    store.attach(session)
    (folder / "bundles").mkdir(exist_ok=True)
    window = MainWindow(library=Library.load([folder / "bundles"]), tasks=TaskManager())
    window.scoringFinished.disconnect(window.learning.expect)   # no grouping, no fitting child
    window.learning.start = lambda: None
    window.resize(1280, 800)
    window.show()
    window._session_prepared(Prepared(path=sheet, session=session, bundles={}, store=store))
    window.learning.groups, window.learning.typical = groups_for(session, group)
    idle(app)
    while window.results.figures_pending() or window.tasks.busy:   # what the window works out once a sheet is shown
        pump(app, 20)
    return window, session, store


def bench_window(app, size: int, group: int, repeats: int, moves: int, prof=None) -> dict:
    """The export dialog opened, the threshold slider dragged, a group scored by one key and undone, in the real main
    window: ms on the GUI thread (medians of ``repeats``; the slider's per move, and the longest gap while it moves)."""
    import shutil
    import tempfile

    from PySide6.QtCore import Qt

    folder = Path(tempfile.mkdtemp(prefix="bench-review-"))
    try:
        window, session, store = make_window(app, size, group, folder)
        out: dict = {"size": len(session.answers)}
        beat = Heartbeat()
        if prof is not None:
            prof.enable()
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            window.show_export()
            idle(app)
            times.append(ms(t0))
            window.export_dialog.done(0)
            window.export_dialog.deleteLater()
            window.export_dialog = None
            pump(app, 50)
        out["export dialog ms"] = statistics.median(times)

        panel = window.results.threshold
        panel.scope.setCurrentIndex(panel.scope.findData(SHIPPED[0]))
        pump(app, 300)
        times = []
        beat.start()
        for i in range(moves):   # dragged down and up again: one step every 30 ms
            v = panel.slider.value() + (-1 if i < moves // 2 else 1)
            t0 = time.perf_counter()
            panel.slider.setValue(v)
            idle(app)
            times.append(ms(t0))
            pump(app, 30)
        pump(app, 1000)   # the slider rests: what waited for it
        out["slider move ms"], out["slider move max ms"] = statistics.median(times), max(times)
        out["slider longest gap ms"] = beat.stop()

        big = session.keys_for(OWN)[:group]
        window.show_review(session.review_queue(), big[0])
        view = window.review_view
        idle(app)
        keys, undos, asks, cpu = [], [], [], []
        results = window.results
        real_schedule = results.schedule_refresh
        for _ in range(repeats):
            view.go_to(big[0])
            idle(app)
            asked = [0]
            results.schedule_refresh = lambda asked=asked: (asked.__setitem__(0, asked[0] + 1), real_schedule())[1]
            t0, c0 = time.perf_counter(), time.thread_time()
            QTestKey(view, Qt.Key.Key_2)
            idle(app)
            keys.append(ms(t0))
            cpu.append((time.thread_time() - c0) * 1e3)
            results.schedule_refresh = real_schedule
            asks.append(asked[0])
            pump(app, 100)
            t0 = time.perf_counter()
            view.undo()
            idle(app)
            undos.append(ms(t0))
            pump(app, 100)
        out["group key ms"], out["group undo ms"] = statistics.median(keys), statistics.median(undos)
        out["group key cpu ms"] = statistics.median(cpu)   # the GUI thread's own CPU time: less swayed by a busy machine
        out["refresh asks per group key"] = max(asks)
        if prof is not None:
            prof.disable()
        window.close()
        idle(app)
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def QTestKey(widget, key) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)


def table(rows: list[dict]) -> None:
    cols = [c for c in rows[0] if c not in ("size",)]
    print()
    print("| answers | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for r in rows:
        print(f"| {r['size']} | " + " | ".join(f"{r[c]:.1f}" if isinstance(r[c], float) else str(r[c]) for c in cols)
              + " |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[150, 2000, 20000])
    ap.add_argument("--window-sizes", type=int, nargs="*", default=[5000, 20000],
                    help="class sizes for the window's figures (the export dialog, the slider, a group's key)")
    ap.add_argument("--group", type=int, default=0, help="members of the big group (0: a tenth of the class)")
    ap.add_argument("--marks", type=int, default=40)
    ap.add_argument("--repeats", type=int, default=5, help="the window's steps: each taken this many times (median)")
    ap.add_argument("--moves", type=int, default=20, help="the threshold slider's moves")
    ap.add_argument("--profile", default="", help="write a cProfile of the largest size here (the window's: +'.window')")
    args = ap.parse_args()

    import tempfile

    settings = tempfile.mkdtemp(prefix="bench-review-settings-")   # the window's settings and data: not the user's
    os.environ["GRADER_SETTINGS_DIR"] = settings
    os.environ["GRADER_DATA_DIR"] = settings
    from grader_app.ui.app import make_application

    app = make_application([])
    rows = []
    for size in args.sizes:
        group = args.group or max(2, size // 10)
        if args.profile and size == max(args.sizes):
            import cProfile

            prof = cProfile.Profile()
            rows.append(bench(app, size, group, args.marks, prof))
            prof.dump_stats(args.profile)
        else:
            rows.append(bench(app, size, group, args.marks))
        print(rows[-1], flush=True)
    if rows:
        table(rows)
    rows = []
    for size in args.window_sizes:
        group = args.group or max(2, size // 10)
        import cProfile

        window_prof = cProfile.Profile() if args.profile and size == max(args.window_sizes) else None
        rows.append(bench_window(app, size, group, args.repeats, args.moves, window_prof))
        if window_prof is not None:
            window_prof.dump_stats(args.profile + ".window")
        print(rows[-1], flush=True)
    if rows:
        table(rows)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
