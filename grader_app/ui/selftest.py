"""``grader --self-test``: prove that this copy of the app (frozen or from source) really works.

Steps, each timed and printed as one line; the first that fails is named and ends the run:

  qt        the QApplication starts as `grader` starts it (QT_QPA_PLATFORM defaults to offscreen
            when there is no display)
  text      Qt's locale-aware text services work (German collation; Turkish upper case on Linux)
  models    the bundled model library loads and verifies (hash, ONNX graph)
  window    the real main window is built, shown and painted
  sheet     a copy of the sample sheet is opened through MainWindow.open_sheet (read off the GUI
            thread, columns guessed, the column dialog shown)
  match     the dialog's guess is confirmed; every question must have a bundled model
  score     the window scores every answer (onnxruntime, in its background worker)
  export    the graded XLSX is written to the temporary folder (io.writers.write_graded)
  read-back the export is read again and holds every row, every column and the scores

Everything happens in a temporary folder with private settings; nothing of the teacher's changes.

Exit status 0 only if every step passed, 1 otherwise. ``--sheet PATH`` tests another sheet;
GRADER_BUNDLES_DIR points the library at another models folder (both used by the tests).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..core.session import GradingSession
    from .main_window import MainWindow

T = TypeVar("T")
# how long a step that takes well under a second may take before it is called failed: a first start of the frozen app on
# a school laptop (its files just unpacked, an antivirus reading each) or a traced run beside other jobs can be slow,
# and waiting costs nothing when the step is done (the wait ends as soon as it is)
SLOW_STEP = 60.0


class StepFailed(Exception):
    def __init__(self, step: str, why: str) -> None:
        super().__init__(f"{step}: {why}")
        self.step = step
        self.why = why


def _need(value: T | None, what: str) -> T:
    """What an earlier step made (it passed, or this step would not run)."""
    if value is None:
        raise RuntimeError(f"{what} is missing: an earlier step did not make it")
    return value


def _out(line: str) -> None:
    stream = sys.stdout or sys.stderr  # a windowed Windows build has no stdout
    if stream is not None:
        print(line, file=stream, flush=True)


def _ensure_platform() -> None:
    """Offscreen unless the caller chose a platform or a display is there to show a window."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    has_display = sys.platform in ("win32", "darwin") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


class SelfTest:
    def __init__(self, sheet: Path, keep: Path | None = None) -> None:
        self.sheet_path = sheet
        self.keep = keep
        self.results: list[tuple[str, bool, str, float]] = []
        self.app: QApplication | None = None
        self.window: MainWindow | None = None
        self.session: GradingSession | None = None
        self.bundles = None

    def _wait(self, condition, seconds: float, what: str) -> None:
        """Run the event loop until ``condition()`` is true; fail after ``seconds``."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} within {seconds:.0f} s")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def step(self, name: str, fn) -> None:
        t0 = time.perf_counter()
        try:
            detail = fn() or ""
        except StepFailed:
            raise
        except Exception as exc:  # any failure of a step is reported with its step's name
            detail = f"{type(exc).__name__}: {exc}".strip()
            if os.environ.get("GRADER_SELFTEST_TRACE"):
                traceback.print_exc()
            self.results.append((name, False, detail, time.perf_counter() - t0))
            raise StepFailed(name, detail) from None
        dt = time.perf_counter() - t0
        self.results.append((name, True, detail, dt))
        _out(f"  ok    {name:<15s}{dt:6.2f} s  {detail}")

    # ----- the steps ----------------------------------------------------------------------------
    def start_qt(self) -> str:
        from .app import make_application

        self.app = app = make_application([])  # the same application setup as `grader` (name, icon, DPI policy)
        return f"platform {app.platformName()}"

    def check_text(self) -> str:
        """Qt's locale-aware text services (ICU on Linux; the build trims ICU's data) still work, and the
        interface's translations are there and load."""
        from PySide6.QtCore import QCollator, QCoreApplication, QLocale

        from . import i18n

        german = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        if not german.compare("Äpfel", "Birne") < 0 < german.compare("Zebra", "Äpfel"):
            raise RuntimeError("German collation does not sort Ä with A")
        try:
            for code in i18n.SUPPORTED:
                if not i18n.install(code):
                    raise RuntimeError(f"the {code} translation is missing from {i18n.translations_dir()}")
                if code == "de" and QCoreApplication.translate("menus", "&File") != "&Datei":
                    raise RuntimeError("the German translation loaded but does not translate the File menu")
        finally:
            i18n.install(i18n.DEFAULT)   # the rest of the self-test runs in English
        if not sys.platform.startswith("linux"):
            return "collation and translations work"
        # Locale-specific casing comes from ICU, which Qt uses on Linux only (Windows and macOS
        # builds of Qt fall back to plain Unicode casing there).
        turkish = QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
        if turkish.toUpper("i") != "\u0130":
            raise RuntimeError("Turkish upper-casing of i is not dotted capital I")
        return "collation, locale casing and translations work"

    def load_models(self) -> str:
        from ..bundles.library import Library
        from ..paths import bundled_models_dir

        lib = Library.default()
        self.library = lib
        if lib.problems:
            name, why = next(iter(lib.problems.items()))
            raise RuntimeError(f"model {name} did not load: {why}")
        if not lib.bundles:
            raise RuntimeError(f"no model bundles found in {bundled_models_dir()}")
        return f"{len(lib.bundles)} bundles: {', '.join(lib.ids()[:6])}{' ...' if len(lib.bundles) > 6 else ''}"

    def build_window(self) -> str:
        from .main_window import MainWindow
        from .startup_probe import FirstPaintWatcher

        self.window = window = MainWindow(library=self.library)
        painted: list[float] = []
        FirstPaintWatcher(window, painted.append)
        t0 = time.monotonic()
        window.show()
        self._wait(lambda: painted, SLOW_STEP, "the main window was shown but never painted")
        return f"{type(window).__name__} painted {1000 * (painted[0] - t0):.0f} ms after show()"

    def open_sheet(self) -> str:
        """Open a copy of the sheet as a drop does (the project file is written beside it)."""
        if not self.sheet_path.is_file():
            raise RuntimeError(f"the sample sheet {self.sheet_path} is missing")
        copy = self.work / self.sheet_path.name
        shutil.copyfile(self.sheet_path, copy)
        w = _need(self.window, "the main window")
        w.open_sheet(copy)
        self._wait(lambda: (w.mapping_dialog is not None and w.mapping_dialog.isVisible()) or w.session is not None
                   or w.last_error, SLOW_STEP, "the sheet was not read")
        if w.last_error:
            raise RuntimeError(w.last_error)
        if w.session is not None:
            return f"{copy.name}: a project for it already existed and was restored"
        m = w.mapping_dialog.mapping()
        cols = ", ".join(f"{k} {v!r}" for k, v in (("id", m.id_column), ("question", m.item_column),
                                                   ("answer", m.answer_column)) if v)
        return f"{copy.name}: {len(w.mapping_dialog.sheet)} rows; columns guessed ({m.layout}): {cols}"

    def match(self) -> str:
        w = _need(self.window, "the main window")
        if w.session is None:
            chosen = w.mapping_dialog.chosen()
            unmatched = [item for item, bid in chosen.items() if not bid]
            if unmatched:
                raise RuntimeError(f"no bundled model matches question(s) {', '.join(map(repr, unmatched))}")
            w.mapping_dialog.accept()
            self._wait(lambda: w.session is not None or w.last_error, SLOW_STEP, "the confirmed columns gave no session")
            if w.last_error:
                raise RuntimeError(w.last_error)
        self.session = session = _need(w.session, "the session")
        bundles = w.scoring.bundles
        missing = [item for item, b in bundles.items() if b is None]
        if missing:
            raise RuntimeError(f"question(s) {', '.join(map(repr, missing))} have no model")
        return (f"{len(session.answers)} answers, {len(bundles)} questions: "
                + ", ".join(f"{item} -> {b.id}" for item, b in list(bundles.items())[:4])
                + (" ..." if len(bundles) > 4 else ""))

    def score(self) -> str:
        w = _need(self.window, "the main window")
        session = _need(self.session, "the session")
        done: list[bool] = []
        w.scoringFinished.connect(lambda: done.append(True))
        if not w.scoring.busy and len(session.predictions) < len(session.answers):
            w.scoring.start()
        if w.scoring.busy:
            self._wait(lambda: done, 120, "scoring did not finish")
        n = len(session.answers)
        if len(session.predictions) != n:
            why = f" ({w.last_error})" if w.last_error else ""
            raise RuntimeError(f"only {len(session.predictions)} of {n} answers got a score{why}")
        w.grab()  # paint the filled results table once: a paint error shows here
        c = session.counts()
        return f"{n} answers scored; " + ", ".join(f"{k} {v}" for k, v in c.items() if v) + \
            f". {session.sentence()}"

    def export(self) -> str:
        from ..io.writers import write_graded

        folder = self.keep or self.work
        self.export_path = write_graded(_need(self.session, "the session"), folder / "self-test-graded.xlsx")
        size = self.export_path.stat().st_size
        if size == 0:
            raise RuntimeError("the export is empty")
        return f"{self.export_path.name}, {size / 1024:.1f} KB"

    def read_back(self) -> str:
        from ..io.readers import read_sheet

        back = read_sheet(self.export_path)
        session = _need(self.session, "the session")
        if len(back) != len(session.sheet):
            raise RuntimeError(f"the export holds {len(back)} rows, the sheet {len(session.sheet)}")
        for col in session.sheet.columns:
            if col not in back.columns:
                raise RuntimeError(f"the export lost the column {col!r}")
        score_cols = [c for c in back.columns if "score" in c.lower() and c not in session.sheet.columns]
        if not score_cols:
            raise RuntimeError(f"the export has no score column; its columns are {', '.join(back.columns)}")
        filled = int((back.frame[score_cols[0]].astype(str).str.strip() != "").sum())
        if filled == 0:
            raise RuntimeError(f"the export's {score_cols[0]!r} column is empty")
        return f"{len(back)} rows, {len(back.columns)} columns; {filled} cells in {score_cols[0]!r}"

    def run(self) -> int:
        t0 = time.perf_counter()
        _out(f"Grader self-test ({'frozen' if getattr(sys, 'frozen', False) else 'from source'}, "
             f"Python {sys.version.split()[0]})")
        self._tmp = tempfile.TemporaryDirectory(prefix="grader-selftest-")
        self.work = Path(self._tmp.name)
        # The teacher's settings, recent files and own bundles stay untouched: the test uses a
        # private settings and data folder, so the library it checks is exactly the shipped one.
        saved_env = {k: os.environ.get(k) for k in ("GRADER_SETTINGS_DIR", "GRADER_DATA_DIR")}
        os.environ["GRADER_SETTINGS_DIR"] = str(self.work / "settings")
        os.environ["GRADER_DATA_DIR"] = str(self.work / "data")
        try:
            self.step("qt", self.start_qt)
            self.step("text", self.check_text)
            self.step("models", self.load_models)
            self.step("window", self.build_window)
            self.step("sheet", self.open_sheet)
            self.step("match", self.match)
            self.step("score", self.score)
            self.step("export", self.export)
            self.step("read-back", self.read_back)
        except StepFailed as exc:
            _out(f"  FAIL  {exc.step:<15s}         {exc.why}")
            _out(f"Self-test FAILED at step '{exc.step}'.")
            return 1
        finally:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            if self.app is not None:
                self.app.processEvents()
            for k, v in saved_env.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            self._tmp.cleanup()
        _out(f"Self-test passed: {len(self.results)} steps in {time.perf_counter() - t0:.1f} s.")
        return 0


def run_self_test(argv: list[str] | None = None) -> int:
    """Entry point of ``grader --self-test [--sheet PATH] [--keep FOLDER]``; returns the exit status."""
    from ..paths import assets_dir

    p = argparse.ArgumentParser(prog="grader --self-test", description="Check that this copy of Grader works.")
    p.add_argument("--sheet", type=Path, default=None, help="sheet to score (default: the bundled sample sheet)")
    p.add_argument("--keep", type=Path, default=None, help="write the export into this folder and keep it")
    args = p.parse_args(list(argv or []))
    _ensure_platform()
    sheet = args.sheet or assets_dir() / "sample-class.xlsx"
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    return SelfTest(sheet, keep=args.keep).run()
