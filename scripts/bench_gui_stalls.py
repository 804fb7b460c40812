"""The longest stalls of the GUI thread while a school year's sheet opens, is scored and is reviewed, each with the code
the GUI thread was running. Prints figures; asserts nothing.

    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/bench_gui_stalls.py [--answers 2000 10000] [--top 3]

The real main window (offscreen, its real task manager) opens a long CSV sheet of ``--answers`` answers to asap-sas-1/5/10
(made as scripts/bench_app.py makes it: ASAP answers from ../shared/data read in place, else the sample sheet's,
varied), the columns dialog is accepted at once, the shipped models score it, and once the figures are shown the review
of the answers that need the teacher is opened. A QTimer on the GUI thread ticks every 10 ms; a gap between two ticks
is time the window could not answer. A watchdog thread looks at the GUI thread's Python stack (through faulthandler)
every 5 ms while a tick is overdue by more than 30 ms, so each stall comes with where it was spent: the innermost frames
of grader_app seen most often in it (a frame of Qt's own work shows as the Python call that entered Qt, or as the event loop).

Printed per size: the phases' times, the longest stall of each phase (opening: reading and the columns dialog;
scoring: until the figures are shown; review: the first opening of the review, asked for 2 s after the figures), then
the ``--top`` longest stalls, each with its phase, its length and the code seen in it, and the longest stall of the same
idle window before the sheet (what the machine's load alone costs: on a busy machine every figure grows). Run it a few
times before believing a difference under ~100 ms.

Each gap also comes with the processor time the GUI thread itself used in it (``time.thread_time``), and each phase with
its gap of most such time: the window's own work, which the machine's load and the scoring worker's hold on Python's
interpreter lock do not grow. On a shared 2-core machine a 300-470 ms gap was 35-85 ms of the GUI thread's work.
"""
from __future__ import annotations

import argparse
import collections
import os
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
REVIEW_AFTER_MS = 2000   # the review is asked for this long after the figures are shown (a teacher reads them first)


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


def run(answers: int, top: int) -> None:
    from bench_app import make_sheet
    from PySide6.QtCore import QEventLoop, QTimer

    from grader_app.bundles.library import Library
    from grader_app.ui.app import make_application
    from grader_app.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="grader-bench-stalls-"))
    os.environ["GRADER_DATA_DIR"] = str(tmp / "data")
    os.environ["GRADER_SETTINGS_DIR"] = str(tmp / "settings")
    sheet = tmp / "year.csv"
    make_sheet(sheet, answers)
    app = make_application([])
    window = MainWindow(library=Library.default())
    window.resize(1280, 800)
    window.show()
    for _ in range(10):
        app.processEvents()

    gui = threading.main_thread().ident
    state = {"last": None, "phase": "idle"}
    seen: dict[float, collections.Counter] = {}   # a stall's start -> where the GUI thread was seen during it
    stalls: list[tuple[float, str, collections.Counter]] = []
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def watch() -> None:
        with tempfile.TemporaryFile("w+") as dump:
            while not state.get("done"):
                time.sleep(LOOK)
                last = state["last"]
                if last is not None and time.perf_counter() - last > LATE:
                    seen.setdefault(last, collections.Counter())[_where(_gui_stack(dump, gui))] += 1

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        last = state["last"]
        if last is not None:
            stalls.append((now - last, state["phase"], seen.pop(last, collections.Counter()), cpu - state["cpu"]))
        state["last"], state["cpu"] = now, cpu
        dlg = window.mapping_dialog
        if state["phase"] == "opening" and dlg is not None and dlg.isVisible():
            state["phase"] = "scoring"
            marks["columns dialog"] = now
            dlg.accept()
        elif (state["phase"] == "scoring" and "finished" in marks and not window.results.figures_pending()
              and not window.results.sentence.text().startswith("Scoring")):
            marks["scored"] = now
            state["phase"] = "review"
            QTimer.singleShot(REVIEW_AFTER_MS, lambda: (marks.__setitem__("review asked", time.perf_counter()),
                                            window.results.request_review()))
        elif state["phase"] == "review" and window.review_view is not None and window.review_view.isVisible() \
                and "review shown" not in marks:
            marks["review shown"] = now
            QTimer.singleShot(500, loop.quit)

    def begin() -> None:
        state["phase"] = "opening"
        marks["open"] = time.perf_counter()
        window.open_sheet(sheet)

    window.scoringFinished.connect(lambda: marks.setdefault("finished", time.perf_counter()))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    threading.Thread(target=watch, daemon=True).start()
    QTimer.singleShot(2000, begin)   # 2 s of the idle window first: the machine's own noise
    QTimer.singleShot(300_000, loop.quit)
    loop.exec()
    state["done"] = True
    timer.stop()

    idle = max((g for g, p, *_ in stalls if p == "idle"), default=0.0)
    try:
        load = "load average %.1f" % os.getloadavg()[0]
    except OSError:
        load = "load unknown"
    at = ", ".join(f"{k} {v - marks['open']:.2f}" for k, v in sorted(marks.items(), key=lambda kv: kv[1]))
    print(f"\n{answers} answers ({os.cpu_count()} CPUs, {load}); phases, s after open: {at}")
    print(f"  idle window before the sheet: longest gap {idle * 1000:.0f} ms")
    longest = {p: max((g for g, q, *_ in stalls if q == p), default=0.0) for p in ("opening", "scoring", "review")}
    print("  longest stall: " + ", ".join(f"{p} {g * 1000:.0f} ms" for p, g in longest.items()))
    busiest = {p: max((c for _, q, _, c in stalls if q == p), default=0.0) for p in ("opening", "scoring", "review")}
    print("  most GUI-thread CPU in one gap: " + ", ".join(f"{p} {c * 1000:.0f} ms" for p, c in busiest.items()))
    for gap, phase, where, cpu in sorted((s for s in stalls if s[1] != "idle"), key=lambda s: -s[0])[:top]:
        code = "; ".join(f"{w} ({n})" for w, n in where.most_common(3)) or "(too short to look)"
        print(f"  {gap * 1000:5.0f} ms (GUI thread's CPU {cpu * 1000:.0f} ms) while {phase}: {code}")
    window.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--answers", type=int, nargs="+", default=[2000, 10_000])
    ap.add_argument("--top", type=int, default=3)
    args = ap.parse_args(argv)
    for n in args.answers:   # each size in a process of its own: nothing cached from the size before
        if len(args.answers) > 1:
            import subprocess
            subprocess.run([sys.executable, __file__, "--answers", str(n), "--top", str(args.top)], check=False)
        else:
            run(n, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
