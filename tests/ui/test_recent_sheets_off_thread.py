"""The start screen's recent sheets: whether each is still there is asked of the disk on a worker. A sheet on a
school share the laptop cannot reach (at home) made each question wait many seconds on the GUI thread, before
the window had even shown."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.bundles.library import Library
from grader_app.ui.main_window import MainWindow
from grader_app.ui.settings import Settings
from gui_thread_asks import path_asks_on_gui_thread


def test_recent_sheets_are_looked_for_off_the_gui_thread(qtbot, shipped_bundles, task_manager, share, monkeypatch):
    here = share / "term-2-quiz.xlsx"
    here.write_bytes(b"PK")
    gone = share / "year-9-biology.csv"
    settings = Settings()
    for p in (gone, here):
        settings.add_recent(p)

    asked_on_gui_thread = path_asks_on_gui_thread(monkeypatch, share, "exists")
    window = MainWindow(library=Library.default(), settings=settings, tasks=task_manager)
    qtbot.addWidget(window)
    window.show()
    recent = window.start.recent
    assert recent.count() == 2

    def item(name):
        return next(recent.item(i) for i in range(recent.count()) if name in recent.item(i).toolTip())

    qtbot.waitUntil(lambda: "moved or deleted" in item(gone.name).text(), timeout=5000)
    assert not item(gone.name).flags() & Qt.ItemFlag.ItemIsEnabled
    assert item(here.name).flags() & Qt.ItemFlag.ItemIsEnabled and "in Science 9B" in item(here.name).text()
    assert asked_on_gui_thread and not any(asked_on_gui_thread)
    # the newest list wins: an answer about an older list does not grey out a sheet that is back
    gone.write_text("Student ID,Answer\n1,x\n", encoding="utf-8")
    window.start.set_recent(settings.recent_sheets())
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert item(gone.name).flags() & Qt.ItemFlag.ItemIsEnabled
    window.close()
