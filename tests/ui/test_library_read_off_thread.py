"""The model library is read on a worker once the window is shown, never on the GUI thread before it: building the
window read and checked every shipped bundle first (a quarter to half a second before it showed). What needs the
library before it is in waits for it: a sheet named on the command line is matched and scored with the real models, a
model dropped at once is added beside them."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt

from grader_app.bundles import library as library_module
from grader_app.paths import bundled_models_dir
from grader_app.ui.app import open_main_window
from grader_app.ui.library_loading import loading_words
from grader_app.ui.main_window import MainWindow
from grader_app.ui.startup_probe import FirstPaintWatcher

from ui_helpers import make_bundle, make_long_csv


def _shipped_models(monkeypatch) -> None:
    """The bundles that ship with Grader (model_bundles/), not the test folder the UI tests are given."""
    monkeypatch.delenv("GRADER_BUNDLES_DIR")
    assert len(list(bundled_models_dir().glob("*.gradebundle"))) >= 2


def _reads_recorded(monkeypatch, delay: float = 0.0) -> list[threading.Thread]:
    """The real bundle reader, noting the thread of each read (and taking ``delay`` seconds longer)."""
    threads: list[threading.Thread] = []
    real = library_module.read_bundle

    def reading(path, *args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(delay)
        return real(path, *args, **kwargs)
    monkeypatch.setattr(library_module, "read_bundle", reading)
    return threads


def test_no_bundle_is_read_on_the_gui_thread_before_the_window_shows(qtbot, monkeypatch, task_manager):
    _shipped_models(monkeypatch)
    threads = _reads_recorded(monkeypatch)
    gui = threading.current_thread()
    window = MainWindow(tasks=task_manager)
    qtbot.addWidget(window)
    read_at_paint: list[list] = []
    FirstPaintWatcher(window, lambda _t: read_at_paint.append(list(threads)))
    assert threads == []   # building the window read nothing
    assert loading_words() in window.start.library.heading.text()   # the list says so while it loads
    window.show()
    qtbot.waitUntil(lambda: bool(read_at_paint), timeout=5000)
    assert gui not in read_at_paint[0]
    qtbot.waitUntil(lambda: window.library_loading.ready, timeout=20000)
    shipped = sorted(p.name for p in bundled_models_dir().glob("*.gradebundle"))
    assert len(threads) == len(shipped) and gui not in threads   # every bundle read, each on a worker
    assert sorted(window.start.library.bundle_ids()) == sorted(window.library.ids())
    assert len(window.library.bundles) == len(shipped)
    assert loading_words() not in window.start.library.heading.text()
    window.close()


def test_a_sheet_named_at_start_waits_for_the_models_and_is_scored_with_them(qtbot, monkeypatch, tmp_path,
                                                                              task_manager):
    _shipped_models(monkeypatch)
    _reads_recorded(monkeypatch, delay=0.05)   # the library lands well after the sheet is asked for
    ready_when_asked: list[bool] = []
    real_open = MainWindow.open_path

    def open_path(self, path):
        ready_when_asked.append(self.library_loading.ready)
        real_open(self, path)
    monkeypatch.setattr(MainWindow, "open_path", open_path)
    sheet = make_long_csv(tmp_path / "Year 8.csv", n_students=8)
    window = open_main_window([str(sheet)], tasks=task_manager)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ready_when_asked), timeout=5000)
    assert ready_when_asked == [False]   # asked for before the models were in
    assert loading_words() in window.start.message.text()   # said where the teacher looks
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=20000)
    assert window.mapping_dialog.chosen() == {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5"}
    with qtbot.waitSignal(window.scoringFinished, timeout=60000):
        qtbot.mouseClick(window.mapping_dialog.ok_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None and window.last_error == ""
    assert len(session.predictions) == 16   # every answer scored by the shipped models
    shipped = {bid: window.library.get(bid) for bid in ("asap-sas-1", "asap-sas-5")}
    assert {item: b.id for item, b in window.scoring.bundles.items()} == {b: b for b in shipped}
    assert all(b is window.library.get(b.id) and b.path.parent == bundled_models_dir() for b in shipped.values())
    window.close()


def test_a_model_dropped_before_the_models_are_read_is_added_to_them(qtbot, monkeypatch, tmp_path, task_manager):
    """A model with a shipped model's id dropped as the window opens takes the shipped one's place once the library
    is read, and the teacher is told so; the models read are all listed beside it."""
    _shipped_models(monkeypatch)
    _reads_recorded(monkeypatch, delay=0.05)
    dropped = make_bundle(tmp_path / "from a colleague", "asap-sas-1", title="A colleague's cell membrane model")
    window = MainWindow(tasks=task_manager)
    qtbot.addWidget(window)
    window.start.handle_paths([dropped])   # as a drop on the start screen (folders are told apart on a worker)
    assert not window.library_loading.ready
    window.show()
    qtbot.waitUntil(lambda: "Added the model" in window.start.message.text(), timeout=30000)
    assert window.library_loading.ready and window.last_error == ""
    assert "takes the place of the model that came with Grader" in window.start.message.text()
    shipped = {p.stem for p in bundled_models_dir().glob("*.gradebundle")}
    assert set(window.library.ids()) == shipped   # none lost
    assert window.library.is_users("asap-sas-1") and window.library.get("asap-sas-1").title.startswith("A colleague")
    assert "your own file, used instead" in window.start.library.tree.topLevelItem(0).text(0)   # listed as the teacher's
    window.close()
