"""The open sheet deleted or moved while Grader has it open, in the real main window (QA). The project file keeps each
answer's hash, not its text, so decisions whose sheet is gone cannot be shown again until it is back. Before, nothing
said so, and closing went ahead. Now Grader looks for the sheet on a worker when its window becomes active again (and on
a timer), says what happened and what to do in the notes above the results, and closing while it is gone asks first:
export the graded sheet now, close anyway, or cancel; a sheet put back closes as before."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from test_project_copied_or_renamed import close_sheet, opened
from test_reopen_changed_sheet import graded_on_disk
from ui_helpers import make_long_csv

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "io")]
from project_helpers import read_decisions  # noqa: E402


def back_to_grader() -> None:
    """The teacher comes back to Grader's window (from the file manager she deleted the sheet in)."""
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)


def open_graded(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class" / "quiz.csv", n_students=6)
    graded_on_disk(sheet, 4)
    window.open_path(sheet)
    opened(qtbot, window)
    assert window.session is not None, window.start.message.text()
    window.session.decide(6, 0, comment="late")
    return sheet


def test_a_deleted_sheet_is_said_and_closing_asks_first(qtbot, window, tmp_path):
    sheet = open_graded(qtbot, window, tmp_path)
    kept = sheet.read_bytes()
    sheet.unlink()
    back_to_grader()
    qtbot.waitUntil(lambda: any("quiz.csv is no longer in" in n for n in window.notices.notes), timeout=10000)
    note = next(n for n in window.notices.notes if "quiz.csv is no longer in" in n)
    assert "quiz.grader-project" in note and "put it back" in note and "export the graded sheet now" in note
    window.close_sheet()
    qtbot.waitUntil(lambda: window.sheet_watch.box is not None, timeout=10000)
    assert window.session is not None   # not closed behind the question
    box = window.sheet_watch.box
    assert "If you close now, your decisions stay in quiz.grader-project" in box.text()
    window.sheet_watch.export_button.click()
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=10000)
    assert window.session is not None   # the sheet stays open to be exported
    window.export_dialog.reject()
    sheet.write_bytes(kept)   # put back: said, and closing goes ahead without a question
    back_to_grader()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "quiz.csv is back: nothing is lost.", timeout=10000)
    close_sheet(qtbot, window)
    assert window.sheet_watch.box is None and window.session is None


def test_a_moved_sheet_closed_anyway_keeps_every_decision(qtbot, window, tmp_path):
    sheet = open_graded(qtbot, window, tmp_path)
    (tmp_path / "elsewhere").mkdir()
    shutil.move(sheet, tmp_path / "elsewhere" / "quiz-final.csv")
    window.sheet_watch.timer.setInterval(50)   # noticed on the timer too, while she keeps working
    qtbot.waitUntil(lambda: window.sheet_watch.gone, timeout=10000)
    bar = window.statusBar()   # in a few words, the whole in its tooltip and in the notes
    assert bar.currentMessage() == "quiz.csv is gone: see the note above."
    assert bar.toolTip().startswith("quiz.csv is no longer in") and window.notices.notes[-1] == bar.toolTip()
    window.close_sheet()
    qtbot.waitUntil(lambda: window.sheet_watch.box is not None, timeout=10000)
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.sheet_watch.close_button.click()
    decisions = read_decisions(tmp_path / "class" / "quiz.grader-project")
    assert len(decisions) == 5 and decisions[6] == (0, "late")


def test_quitting_with_the_sheet_gone_asks_first_and_cancel_keeps_grader_open(qtbot, window, tmp_path):
    sheet = open_graded(qtbot, window, tmp_path)
    sheet.unlink()
    back_to_grader()
    qtbot.waitUntil(lambda: window.sheet_watch.gone, timeout=10000)
    window.close()   # quitting
    qtbot.waitUntil(lambda: window.sheet_watch.box is not None, timeout=10000)
    assert window.isVisible() and window.session is not None
    window.sheet_watch.box.reject()   # Cancel (Esc)
    qtbot.waitUntil(lambda: window.sheet_watch.box is None, timeout=5000)
    assert window.isVisible() and window.session is not None
    window.close()   # asked again; closed anyway this time
    qtbot.waitUntil(lambda: window.sheet_watch.box is not None, timeout=10000)
    window.sheet_watch.close_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert len(read_decisions(tmp_path / "class" / "quiz.grader-project")) == 5
