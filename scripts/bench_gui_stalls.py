"""How long the GUI thread stalls in what a teacher does with a class's sheets, each stall with the code it ran then.
Prints figures; asserts nothing.

    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/bench_gui_stalls.py [--models] [--review]
        [--class-answers 150 [10000 ...]] [--marked-answers 250] [--top 4] [--open-for 60]
    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/bench_gui_stalls.py --learned-answers 10000 [--repeats 5]

The real main window (offscreen, its real task manager and its GUI-thread garbage collector, as the app installs them)
first idles 2 s (the machine's own noise; its collector's last full pass taken to be ``--open-for`` seconds ago, as in
a window open a minute, so a full pass may come due), then, each phase as it is asked for:

* making models (``--models``): "Make models from a marked sheet…" on a marked sheet of ``--marked-answers`` ASAP
  answers with their first rater's scores (sets 1 and 10, under two questions of the teacher's own wording), from the
  library's button until the models are listed, then 1 s;
* opening: a class sheet of ``--class-answers`` answers to asap-sas-1/5/10 (made as scripts/bench_app.py makes it: ASAP
  answers from ../shared/data read in place, else the sample sheet's, varied) is opened, until the columns dialog shows;
* scoring: the columns are confirmed at once, until the figures are shown (and one second more without ``--review``);
* review (``--review``): the review of the answers that need the teacher, asked for 2 s after the figures are shown (a
  teacher reads them first), until it shows and half a second more.

Several ``--class-answers`` sizes run one after the other, each in a process of its own (nothing cached from the size
before). The sheets are written to a temporary folder, removed at the end. A QTimer on the GUI thread ticks every 10 ms;
a gap between two ticks is time the window could not answer. A watchdog thread looks at the GUI thread's Python stack
(through faulthandler) every 5 ms while a tick is overdue by more than 30 ms, so each stall comes with where it was
spent: the innermost frames of grader_app seen most often in it (a frame of Qt's own work shows as the Python call that
entered Qt, or as the event loop).

Printed per size: the phases' times (s after the first step), then per phase (and the idle window before it: what the
machine's load alone costs) the longest gap and the 95th percentile of the gaps (ms), the gap with the most processor
time of the GUI thread itself (``time.thread_time``: the window's own work, which the machine's load and the scoring
worker's hold on Python's interpreter lock do not grow; on a shared 2-core machine a 300-470 ms gap was 35-85 ms of it),
the garbage collections on the GUI thread (``gc.callbacks``) during its gaps; then the ``--top`` longest gaps, each with
when it began, its phase, the GUI thread's CPU in it, the collections inside it and the code seen in it (``--others``:
where the other threads' Python was too). ``--profile PHASE`` adds cProfile's view of the GUI thread in that phase.

With ``--learned-answers N`` (no window) it measures instead what the GUI thread does as a model learned from the
teacher's marks first scores its question (``LearningController._fitted``: the question's learner follows the session,
then its model's rows are stored, each with the flags that come with it): N ASAP set-1 answers under a question of the
teacher's own (each followed by its student's number, so that few are copies), the learner made and a model fitted on
300 first rater's marks beforehand (on a worker in the app); then, ``--repeats`` times, that GUI part alone, timed (wall
and the thread's own processor time) with how many answers the thread read for a bare list of terms
(``core.term_list``). It replaces scripts/bench_gui_phases.py's option of that name.

What the two earlier probes measured: ``--review --class-answers 2000 10000 --top 3 --open-for 0`` (the stalls while a
school year's sheet opens, is scored and is reviewed) and ``--models`` (making models, opening and scoring a class's
sheet). To compare two versions of the code, run this file from each checkout (it imports the grader_app beside it); on
a shared machine run them in turn a few times, give the load (``uptime``) with the figures and do not believe a
difference under ~100 ms from one run.
"""
from __future__ import annotations

import argparse
import collections
import csv
import gc
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LATE = 0.030    # a tick this overdue: the watchdog starts looking at the GUI thread
LOOK = 0.005    # how often it looks meanwhile
PHASES = ("making models", "opening", "scoring", "review")
REVIEW_AFTER_MS = 2000   # the review is asked for this long after the figures are shown (a teacher reads them first)
OWN = {1: "Why does the experiment need more information", 10: "Which colour keeps the doghouse cool"}


def _gui_stack(dump, gui: int) -> list[tuple[str, int, str]]:
    """The GUI thread's stack, innermost first, as faulthandler writes it for every thread into ``dump`` (a file).
    faulthandler reads the threads' frames as they are, creating nothing: ``sys._current_frames()`` makes frame
    objects for the other threads' running frames, and doing that every few ms crashed this benchmark (CPython 3.11)."""
    import faulthandler
    import re

    dump.seek(0)
    dump.truncate()
    faulthandler.dump_traceback(dump, all_threads=True)
    dump.flush()
    dump.seek(0)
    stack: list[tuple[str, int, str]] = []
    mine = False
    for line in dump.read().splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            mine = int(line.split("0x", 1)[1].split()[0], 16) == gui
        elif mine and (m := re.match(r'\s+File "(.*)", line (\d+) in (.*)', line)):
            stack.append((m.group(1), int(m.group(2)), m.group(3)))
    return stack


def _where(stack: list[tuple[str, int, str]]) -> str:
    """The innermost two frames of grader_app in ``stack``, else the event loop's own work."""
    ours = [f"{Path(name).name}:{line} {func}" for name, line, func in stack if "grader_app" in name]
    return " < ".join(ours[:2]) if ours else "(the event loop: Qt's own work, painting and layout)"


def make_marked_sheet(path: Path, n: int, seed: int = 11) -> None:
    """``n`` ASAP answers of sets 1 and 10 (half each) with their first rater's score, under the teacher's own wording."""
    from grader_app.distill.asap import load_train

    df = load_train()
    rng = random.Random(seed)
    rows = []
    for k, (s, question) in enumerate(OWN.items()):
        part = df[df.EssaySet == s]
        take = n // 2 + (n % 2 if k == 0 else 0)
        for i in rng.sample(range(len(part)), take):
            rows.append((question, str(part.iloc[i]["EssayText"]), int(part.iloc[i]["Score1"])))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Question", "Answer", "Mark"])
        for i, (question, text, score) in enumerate(rows):
            w.writerow([f"L{i + 1:04d}", question, text, score])


def _others(dump, skip: set[int]) -> list[str]:
    """The innermost frame of each other thread running Python (not waiting in threading or a queue), from the
    faulthandler dump _gui_stack has just written into ``dump``."""
    import re

    dump.seek(0)
    found, current, first = [], None, None
    for line in dump.read().splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            current, first = int(line.split("0x", 1)[1].split()[0], 16), None
        elif current is not None and current not in skip and first is None \
                and (m := re.match(r'\s+File "(.*)", line (\d+) in (.*)', line)):
            first = f"{'/'.join(Path(m.group(1)).parts[-2:])}:{m.group(2)} {m.group(3)}"
            if not re.search(r"threading\.py|queue\.py|selectors\.py", m.group(1)):
                found.append(first)
    return found


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(class_answers: int, marked_answers: int, top: int, timeout_s: float = 300.0, profile: str = "",
        others: bool = False, open_for: float = 60.0, models: bool = False, review: bool = False) -> None:
    from bench_app import make_sheet
    import shiboken6
    from PySide6.QtCore import QEventLoop, QTimer

    from grader_app.bundles.library import Library
    from grader_app.ui.app import make_application
    from grader_app.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="grader-bench-stalls-"))
    os.environ["GRADER_DATA_DIR"] = str(tmp / "data")
    os.environ["GRADER_SETTINGS_DIR"] = str(tmp / "settings")
    sheet, marked = tmp / "class.csv", tmp / "last-year-marked.csv"
    make_sheet(sheet, class_answers)
    if models:
        make_marked_sheet(marked, marked_answers)
    phases = tuple(p for p in PHASES if (models or p != "making models") and (review or p != "review"))
    app = make_application([])
    window = MainWindow(library=Library.default())
    window.resize(1280, 800)
    window.show()
    for _ in range(10):
        app.processEvents()
    from grader_app.ui import gc_guard
    gc_guard._last_full[0] = time.monotonic() - open_for   # as in a window open that long: a full pass may come due

    gui = threading.main_thread().ident
    state: dict = {"last": None, "phase": "idle"}
    seen: dict[float, collections.Counter] = {}
    gaps: list[tuple[float, float, str, collections.Counter, float]] = []   # (start, length, phase, where, cpu)
    collections_run: list[tuple[float, float, int]] = []   # GUI-thread gc passes: (start, length, generation)
    marks: dict[str, float] = {}
    loop = QEventLoop()
    gc_start: dict = {}

    def on_gc(phase: str, info: dict) -> None:
        if threading.get_ident() != gui:
            return
        if phase == "start":
            gc_start["t"], gc_start["cpu"] = time.perf_counter(), time.thread_time()
        elif "t" in gc_start:
            t0 = gc_start.pop("t")
            collections_run.append((t0, time.perf_counter() - t0, info["generation"],
                                    time.thread_time() - gc_start.pop("cpu")))

    gc.callbacks.append(on_gc)
    profiler = None
    if profile:
        import cProfile
        profiler = cProfile.Profile()

    others_seen: dict[float, collections.Counter] = {}   # a stall's start -> where the other threads' Python was

    def watch() -> None:
        me = threading.get_ident()
        with tempfile.TemporaryFile("w+") as dump:
            while not state.get("done"):
                time.sleep(LOOK)
                last = state["last"]
                if last is not None and time.perf_counter() - last > LATE:
                    seen.setdefault(last, collections.Counter())[_where(_gui_stack(dump, gui))] += 1
                    for where in _others(dump, {gui, me}):
                        others_seen.setdefault(last, collections.Counter())[where] += 1

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if profiler is not None and state["phase"] != state.get("profiled"):   # on this (the GUI) thread only
            if state["phase"] == profile:
                profiler.enable()
            elif state.get("profiled") == profile:
                profiler.disable()
            state["profiled"] = state["phase"]
        last = state["last"]
        if last is not None:
            gaps.append((last, now - last, state["phase"], seen.pop(last, collections.Counter()), cpu - state["cpu"]))
        state["last"], state["cpu"] = now, cpu
        phase = state["phase"]
        if phase == "making models":
            dlg = window.models.learn_dialog
            if "dialog" not in marks and dlg is not None and shiboken6.isValid(dlg) and dlg.isVisible():
                marks["dialog"] = now
                dlg.ok_button.click()
            text = window.start.message.text()
            if "made" not in marks and ("Made " in text or window.last_error):
                marks["made"] = now
                state["phase"] = "between"
                QTimer.singleShot(1000, open_class)
        elif phase == "opening":
            dlg = window.mapping_dialog
            if dlg is not None and dlg.isVisible():
                marks["columns dialog"] = now
                state["phase"] = "scoring"
                dlg.accept()
        elif phase == "scoring" and "scored" not in marks and "finished" in marks \
                and not window.results.figures_pending() and not window.results.sentence.text().startswith("Scoring"):
            marks["scored"] = now
            if review:
                state["phase"] = "review"
                QTimer.singleShot(REVIEW_AFTER_MS, lambda: (marks.__setitem__("review asked", time.perf_counter()),
                                                            window.results.request_review()))
            else:
                QTimer.singleShot(1000, loop.quit)
        elif phase == "review" and "review shown" not in marks and window.review_view is not None \
                and window.review_view.isVisible():
            marks["review shown"] = now
            QTimer.singleShot(500, loop.quit)

    def make_models() -> None:
        state["phase"] = "making models"
        marks["learn"] = time.perf_counter()
        window.models.learn_from(marked)

    def open_class() -> None:
        state["phase"] = "opening"
        marks["open"] = time.perf_counter()
        window.open_sheet(sheet)

    window.scoringFinished.connect(lambda: marks.setdefault("finished", time.perf_counter()))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    threading.Thread(target=watch, daemon=True).start()
    QTimer.singleShot(2000, make_models if models else open_class)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    state["done"] = True
    timer.stop()
    gc.callbacks.remove(on_gc)

    try:
        load = "load average %.2f" % os.getloadavg()[0]
    except OSError:
        load = "load unknown"
    first = "learn" if models else "open"
    at = ", ".join(f"{k} {v - marks[first]:.2f}" for k, v in sorted(marks.items(), key=lambda kv: kv[1]))
    print(f"\n{ROOT.name}: class sheet {class_answers} answers"
          f"{f', marked sheet {marked_answers}' if models else ''} ({os.cpu_count()} CPUs, {load}); "
          f"s after '{'make models' if models else 'open'}': {at}")
    if window.last_error or ("review shown" if review else "scored") not in marks:
        print(f"  not through: {window.last_error or window.start.message.text() or window.statusBar().currentMessage()}")
    idle = [g for _, g, p, *_ in gaps if p == "idle"]
    print(f"  {'idle':14s} longest {max(idle, default=0) * 1000:4.0f} ms  p95 {percentile(idle, .95) * 1000:4.0f} ms")
    for p in phases:
        mine = [(g, c) for _, g, q, _, c in gaps if q == p]
        lengths = [g for g, _ in mine]
        print(f"  {p:14s} longest {max(lengths, default=0) * 1000:4.0f} ms  p95 {percentile(lengths, .95) * 1000:4.0f} ms"
              f"  most GUI-thread CPU in one gap {max((c for _, c in mine), default=0) * 1000:4.0f} ms"
              f"  ({len(mine)} ticks)")
    for p in phases:
        passes = [(t, d, g, c) for t, d, g, c in collections_run
                  if any(q == p and s <= t <= s + gl for s, gl, q, *_ in gaps)]
        full = [d for _, d, g, _ in passes if g == 2]
        print(f"  {p:14s} GUI-thread gc passes {len(passes)}, of them full {len(full)};"
              f" longest {max((d for _, d, _, _ in passes), default=0) * 1000:.0f} ms,"
              f" most CPU in one {max((c for *_, c in passes), default=0) * 1000:.0f} ms,"
              f" CPU in all {sum(c for *_, c in passes) * 1000:.0f} ms")
    for start, gap, phase, where, cpu in sorted((g for g in gaps if g[2] in phases), key=lambda g: -g[1])[:top]:
        code = "; ".join(f"{w} ({n})" for w, n in where.most_common(3)) or "(too short to look)"
        if others and start in others_seen:
            code += "\n        other threads: " + "; ".join(f"{w} ({n})" for w, n in others_seen[start].most_common(3))
        inside = [f"gen {g} {d * 1000:.0f} ms" for t, d, g, _ in collections_run if start <= t <= start + gap]
        print(f"  {gap * 1000:5.0f} ms at {start - marks[first]:.2f} s (GUI CPU {cpu * 1000:.0f} ms) while {phase}"
              f"{' [gc: ' + ', '.join(inside) + ']' if inside else ''}: {code}")
    if profiler is not None:
        import pstats
        profiler.disable()
        print(f"\n  the GUI thread's own calls while {profile} (cProfile):")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(30)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(15)
    window.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)


def learned_first_scores(n: int, repeats: int) -> None:
    """The GUI thread's part of a learned model's first scores on ``n`` answers (see the module's docstring)."""
    import pandas as pd

    from grader_app.core import model_flags, session_readings, term_list
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.distill.asap import load_train
    from grader_app.learn.in_session import QuestionLearner

    df = load_train()
    df = df[df.EssaySet == 1].reset_index(drop=True)
    rng = random.Random(5)
    picks = [rng.randrange(len(df)) for _ in range(n)]
    frame = pd.DataFrame([{"Student ID": f"S{i:05d}", "Question": OWN[1], "Answer": f"{df.EssayText[j]} {i}"}
                          for i, j in enumerate(picks)], dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(id_column="Student ID", item_column="Question",
                                                         answer_column="Answer"))
    item = session.item_keys()[0]
    keys = session.keys_for(item)
    learner = QuestionLearner(item, keys, [session.answers[k].text for k in keys])   # on a worker in the app
    for k in keys[:300]:
        session.decide(k, int(df.Score1[picks[k]]))
    learner.sync(session)
    model = learner.fit_function()()                                                 # on a worker in the app
    read_here = [0]
    real = term_list.is_term_list

    def counted(text, *args, **kwargs):
        read_here[0] += threading.current_thread() is threading.main_thread()
        return real(text, *args, **kwargs)

    model_flags.is_term_list = session_readings.is_term_list = term_list.is_term_list = counted  # type: ignore[assignment]
    walls, cpus = [], []
    for _ in range(repeats):
        read_here[0] = 0
        wall, cpu = time.perf_counter(), time.thread_time()
        learner.sync(session)
        learner.use(session, model)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
    print(f"learned model's first scores on {n} answers ({model.n_marks} marks), GUI thread, {repeats} runs: "
          f"wall median {sorted(walls)[len(walls) // 2] * 1000:.0f} ms (min {min(walls) * 1000:.0f}), own processor "
          f"time median {sorted(cpus)[len(cpus) // 2] * 1000:.0f} ms; answers it read for a bare list, per run: "
          f"{read_here[0]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", action="store_true", help="make models from a marked sheet first")
    ap.add_argument("--review", action="store_true", help="open the review once the figures are shown")
    ap.add_argument("--class-answers", "--answers", type=int, nargs="+", default=[150],
                    help="the class sheet's answers; several sizes run one after the other")
    ap.add_argument("--marked-answers", type=int, default=250)
    ap.add_argument("--top", type=int, default=4)
    ap.add_argument("--profile", choices=PHASES, default="", help="cProfile the GUI thread in this phase (slows it)")
    ap.add_argument("--others", action="store_true", help="name where the other threads were in the longest gaps")
    ap.add_argument("--open-for", type=float, default=60.0,
                    help="seconds the window is taken to have been open (the GUI-thread collector's last full pass)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before the run is given up")
    ap.add_argument("--learned-answers", type=int, default=0,
                    help="measure a learned model's first scores on this many answers instead (no window)")
    ap.add_argument("--repeats", type=int, default=5, help="with --learned-answers: runs timed")
    args = ap.parse_args(argv)
    if args.learned_answers:
        learned_first_scores(args.learned_answers, args.repeats)
        return 0
    if len(args.class_answers) > 1:   # each size in a process of its own: nothing cached from the size before
        import subprocess
        same = ["--marked-answers", str(args.marked_answers), "--top", str(args.top), "--open-for", str(args.open_for),
                "--timeout", str(args.timeout), *(["--profile", args.profile] if args.profile else []),
                *[f"--{flag}" for flag in ("models", "review", "others") if getattr(args, flag)]]
        for n in args.class_answers:
            subprocess.run([sys.executable, __file__, "--class-answers", str(n), *same], check=False)
        return 0
    run(args.class_answers[0], args.marked_answers, args.top, args.timeout, args.profile, args.others, args.open_for,
        args.models, args.review)
    return 0


if __name__ == "__main__":
    sys.exit(main())
