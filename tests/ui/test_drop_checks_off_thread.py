"""Whether a dropped file is a folder is asked of the disk on a worker: a file dragged from a school share the
laptop cannot reach (or a slow USB stick) made ``Path.is_dir()`` wait many seconds on the GUI thread, the window
frozen meanwhile. The start screen then says what it said before: a folder is refused as a folder, a file Grader
cannot open by its type, and a sheet opens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from grader_app.ui.start_screen import ERROR, StartScreen
from gui_thread_asks import path_asks_on_gui_thread
from ui_helpers import drag_event


def drop_files(widget, paths) -> None:
    """The drag-enter and drop events of a real file drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos, action = QPointF(widget.width() / 2, widget.height() / 2), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = drag_event(QDragEnterEvent, pos, mime, action)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(pos, action, mime, buttons, keys)
    QApplication.sendEvent(widget, drop)
    assert enter.isAccepted() and drop.isAccepted()


@pytest.fixture
def is_dir_threads(share, monkeypatch):
    """For each ``Path.is_dir()`` asked about a file on the share: whether the GUI thread asked."""
    return path_asks_on_gui_thread(monkeypatch, share, "is_dir")


@pytest.fixture
def screen(qtbot, task_manager):
    s = StartScreen()
    qtbot.addWidget(s)
    s.set_tasks(task_manager)
    return s


def test_a_dropped_folder_is_looked_at_off_the_gui_thread_and_refused_as_a_folder(qtbot, screen, share,
                                                                                  is_dir_threads, task_manager):
    period = share / "Period 3"
    period.mkdir()
    opened = []
    screen.openRequested.connect(opened.append)
    with qtbot.waitSignal(screen.refused, timeout=5000) as sig:
        screen.handle_paths([period])
    assert sig.args[0].startswith("“Period 3” is a folder; drop the sheet of answers itself")
    assert screen.message_kind == ERROR and "“Period 3” is a folder" in screen.message.text()
    # a folder named like a sheet is a folder too: refused, never opened
    named_like_a_sheet = share / "answers.csv"
    named_like_a_sheet.mkdir()
    with qtbot.waitSignal(screen.refused, timeout=5000) as sig:
        screen.handle_paths([named_like_a_sheet])
    assert sig.args[0].startswith("“answers.csv” is a folder")
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)
    assert opened == []
    assert is_dir_threads and not any(is_dir_threads)


def test_files_are_refused_by_their_type_and_a_sheet_opens_after_the_worker_looked(qtbot, screen, share, is_dir_threads,
                                                                                   task_manager):
    typeless = share / "NOTES"
    typeless.write_text("x", encoding="utf-8")
    with qtbot.waitSignal(screen.refused, timeout=5000) as sig:
        assert screen.handle_paths([typeless]) == ""       # not known yet: the worker has not answered
    assert "“NOTES” is a file without a type" in sig.args[0]
    photo = share / "photo.png"
    photo.write_bytes(b"\x89PNG")
    with qtbot.waitSignal(screen.refused, timeout=5000) as sig:
        screen.handle_paths([photo])
    assert "“photo.png” is a .png file, which Grader cannot open" in sig.args[0]
    sheet = share / "week 3.csv"
    sheet.write_text("Student ID,Answer\n1,x\n", encoding="utf-8")
    bundle = share / "heat.gradebundle"
    bundle.write_bytes(b"PK")
    installs = []
    screen.installRequested.connect(installs.append)
    with qtbot.waitSignal(screen.openRequested, timeout=5000) as sig:
        screen.handle_paths([sheet, bundle])
    assert sig.args == [sheet] and installs == [bundle]
    assert screen.message_kind == "" and screen.message.isHidden()      # the earlier refusal is cleared
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)
    assert is_dir_threads and not any(is_dir_threads)


def test_two_sheets_and_a_folder_say_what_they_said_before(qtbot, screen, share, task_manager):
    """The order of the reasons is kept: a folder is named before "one sheet at a time"; models still install."""
    a, b = share / "a.csv", share / "b.csv"
    for p in (a, b):
        p.write_text("x\n", encoding="utf-8")
    with qtbot.waitSignal(screen.refused, timeout=5000) as sig:
        screen.handle_paths([a, b])
    assert "one sheet at a time" in sig.args[0]
    folder = share / "old marks"
    folder.mkdir()
    bundle = share / "m.gradebundle"
    installs, opened = [], []
    screen.installRequested.connect(installs.append)
    screen.openRequested.connect(opened.append)
    with qtbot.waitSignal(screen.refused, timeout=5000) as sig:
        screen.handle_paths([a, folder, bundle])
    assert sig.args[0].startswith("“old marks” is a folder")
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)
    assert installs == [bundle] and opened == []


def test_in_the_window_a_folder_dropped_on_the_drop_zone_is_refused_without_the_gui_thread_asking(
        qtbot, window, share, is_dir_threads):
    folder = share / "Term 2"
    folder.mkdir()
    drop_files(window.start.drop_zone, [folder])
    qtbot.waitUntil(lambda: "“Term 2” is a folder" in window.start.message.text(), timeout=5000)
    assert window.start.message_kind == ERROR and window.session is None
    assert is_dir_threads and not any(is_dir_threads)


def test_without_a_task_manager_the_screen_answers_at_once(qtbot, share):
    """A start screen on its own (no window's workers): the old, immediate answer."""
    s = StartScreen()
    qtbot.addWidget(s)
    folder = share / "Period 4"
    folder.mkdir()
    assert s.handle_paths([folder]).startswith("“Period 4” is a folder")
    assert s.message_kind == ERROR
