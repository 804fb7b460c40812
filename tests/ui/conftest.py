"""Fixtures for the UI tests: offscreen Qt in English, isolated settings and data folders, a task manager that
fails the test if a worker thread is left running, and a tiny library of real bundles. That no main window a test made
outlives it is checked for every test, in tests/conftest.py."""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for ui_helpers
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from main_windows import shown_main_window
from risk_tables import tables  # noqa: F401  (a fixture: the shipped models' risk tables, for the risk plot's tests)
from ui_helpers import make_bundle, scored_project


# The offscreen platform plugin says this whenever a top-level window with size constraints is shown;
# it is about the fake screen, not about our code, so it must not fail a test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Every UI test gets its own user data folder, bundle folder and QSettings file."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("GRADER_DATA_DIR", str(data))
    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(tmp_path / "settings"))
    shipped = tmp_path / "shipped_bundles"
    shipped.mkdir()
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    yield


@pytest.fixture(autouse=True)
def _english(qapp):
    """Every UI test runs in English with English number formats, whatever the machine's locale (the
    English .qm holds the plural forms: "1 answer"); a test that switches language is put back."""
    from grader_app.ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


# Text layout and painting belong on the GUI thread (grader_app/ui/pdf_pages.py says why): the classes below
# are replaced, in every grader_app.ui module that names them, by subclasses that note any use off it.
GUI_THREAD_ONLY = ("QTextDocument", "QPainter", "QPdfWriter")


@pytest.fixture(autouse=True)
def _text_layout_on_the_gui_thread(monkeypatch):
    """Fail a UI test in which grader_app.ui makes a QTextDocument, QPainter or QPdfWriter on a worker thread."""
    import threading

    from PySide6 import QtGui

    off_thread: list[str] = []

    def guarded(base):
        def __init__(self, *args, **kwargs):
            if threading.current_thread() is not threading.main_thread():
                off_thread.append(f"{base.__name__} made on {threading.current_thread().name}")
            base.__init__(self, *args, **kwargs)
        return type(base.__name__, (base,), {"__init__": __init__})

    import importlib
    import pkgutil

    import grader_app.ui

    for info in pkgutil.iter_modules(grader_app.ui.__path__):     # every module, also those a test imports late
        importlib.import_module(f"grader_app.ui.{info.name}")
    replacements = {name: guarded(getattr(QtGui, name)) for name in GUI_THREAD_ONLY}
    for module_name, module in list(sys.modules.items()):
        if module is None or not module_name.startswith("grader_app.ui"):
            continue
        for name, replacement in replacements.items():
            if getattr(module, name, None) is getattr(QtGui, name):
                monkeypatch.setattr(module, name, replacement)
    yield
    assert not off_thread, f"Qt text layout or painting off the GUI thread: {sorted(set(off_thread))}"


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(qapp):
    """As in the app (grader_app.ui.gc_guard): during a UI test cycles are collected on this thread only,
    never by a worker thread that happens to allocate; between tests what is due is collected here."""
    from grader_app.ui import gc_guard

    collector = gc_guard.install(qapp)
    yield
    collector.stop()


@pytest.fixture
def app_font(qapp):
    """A function that sets the application's font to that many points (a teacher who needs large type) and returns
    it, for the test; the old font comes back after it."""
    before = QFont(qapp.font())

    def set_points(points: float) -> QFont:
        font = QFont(before)
        font.setPointSizeF(points)
        QApplication.setFont(font)
        return font

    yield set_points
    QApplication.setFont(before)


@pytest.fixture
def font_16(app_font):
    """The application's font at 16 pt for the test, the old one back after it."""
    return app_font(16)


@pytest.fixture
def in_palette(qapp):
    """A function that sets the application's palette (as the platform does for a dark scheme, also while Grader
    runs), for the test; the old palette comes back after it."""
    kept = QApplication.palette()

    def use(palette) -> None:
        QApplication.setPalette(palette)
        qapp.processEvents()
    yield use
    QApplication.setPalette(kept)


@pytest.fixture
def shipped_bundles(tmp_path):
    """Two real tiny bundles in the shipped-bundles folder: asap-sas-1 (0–3) and asap-sas-5 (0–3)."""
    folder = tmp_path / "shipped_bundles"
    make_bundle(folder, "asap-sas-1", title="Science: cell membrane")
    make_bundle(folder, "asap-sas-5", title="Biology: protein synthesis", prompt="Describe protein synthesis.")
    return folder


@pytest.fixture
def task_manager(qtbot):
    """A TaskManager whose pool must be empty when the test ends (a left-over worker fails it)."""
    from grader_app.ui.tasks import TaskManager

    tm = TaskManager()
    yield tm
    tm.cancel_all()
    assert tm.wait(20000), "a background worker was still running when the test ended"
    assert tm.pool.activeThreadCount() == 0, "a background worker thread was left running"
    assert tm.learning_pool.activeThreadCount() == 0, "a learning worker thread was left running"


@pytest.fixture
def make_window(qtbot, shipped_bundles, task_manager):
    """Makes the real main window on the shipped bundles, shown (resized to ``size`` first, if given); each one made
    is closed when the test ends."""
    made = []

    def make(size=None):
        w = shown_main_window(qtbot, task_manager, size)
        made.append(w)
        return w
    yield make
    for w in made:
        w.close()


@pytest.fixture
def window(make_window):
    """The real main window on the shipped bundles, shown (a test file may define its own, e.g. resized)."""
    return make_window()


@pytest.fixture
def graded(tmp_path):
    """(session, store): the long sheet of ui_helpers.scored_project, scored for real by the tiny bundles through
    onnxruntime, with its project store attached; the store is closed when the test ends (a test file may define
    its own)."""
    session, store = scored_project(tmp_path)
    yield session, store
    store.close()


@pytest.fixture
def share(tmp_path):
    """A folder on a school share (the path only: it is on the local disk here)."""
    folder = tmp_path / "school share" / "Science 9B"
    folder.mkdir(parents=True)
    return folder
