"""The GUI thread's time from constructing the main window to its first paint, with the model library read on it
first (as the window did before ui/library_loading.py) and read on a worker after the paint (as it does now).
Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_window_build.py [--runs 9]

One process, the shipped bundles (model_bundles/), empty data and settings folders. "read first" builds the window as
it was built: ``MainWindow(library=Library.default())`` reads and checks every bundle on the GUI thread, then builds
the pages and gives them the library; "on a worker" is ``MainWindow()``, which reads them on the window's task manager
once it is painted. Each run: the window is built and shown, the seconds to its first paint are noted (the first
paint event of the window or a widget in it: ui/startup_probe.py), then, for the second kind, the seconds until the
library is in; the window is closed. The kinds take turns, so a busy machine slows both alike; a first run of each is
a warm-up (imports, the disk cache) and is not counted. The median of ``--runs`` is printed with the min and max.
Run on a checkout from before ui/library_loading.py, both kinds read the library on the GUI thread.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def one_build(app, read_first: bool) -> tuple[float, float]:
    """(seconds from constructing the window to its first paint, seconds to the library being in)."""
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow
    from grader_app.ui.startup_probe import FirstPaintWatcher

    painted: list[float] = []
    t0 = time.perf_counter()
    window = MainWindow(library=Library.default()) if read_first else MainWindow()
    FirstPaintWatcher(window, lambda _t: painted.append(time.perf_counter()))
    window.show()
    deadline = t0 + 60
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    loading = getattr(window, "library_loading", None)   # (none before ui/library_loading.py: read when built)
    while loading is not None and not loading.ready and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    loaded = time.perf_counter()
    if not painted or (loading is not None and not loading.ready) or not window.library.bundles:
        raise SystemExit("bench_window_build: the window was not painted, or its models not read, within a minute")
    window.close()
    window.tasks.wait()
    window.deleteLater()
    app.processEvents()
    return painted[0] - t0, loaded - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=9, help="counted builds of each kind (default 9)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("GRADER_BUNDLES_DIR", None)   # the shipped bundles
    with tempfile.TemporaryDirectory(prefix="grader-window-") as tmp:
        os.environ["GRADER_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["GRADER_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        from grader_app.ui.app import make_application

        app = make_application([])
        kinds = {"read first (before)": True, "on a worker (now)": False}
        figures: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
        for first in kinds.values():   # warm-up, not counted
            one_build(app, first)
        for _ in range(max(1, args.runs)):
            for kind, first in kinds.items():
                figures[kind].append(one_build(app, first))
    print(f"main window constructed -> first paint, GUI thread ({os.environ['QT_QPA_PLATFORM']}), "
          f"median of {args.runs} runs each, taking turns")
    for kind, runs in figures.items():
        shown = [s * 1000 for s, _ in runs]
        ready = [r * 1000 for _, r in runs]
        print(f"  {kind:<22} painted {statistics.median(shown):7.1f} ms (min {min(shown):6.1f}, max {max(shown):6.1f})"
              f"   models in {statistics.median(ready):7.1f} ms")
    try:
        print(f"machine load {os.getloadavg()[0]:.1f} (1-min average; {os.cpu_count()} cores): the figures scale with it")
    except (OSError, AttributeError):   # no load average on Windows
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
