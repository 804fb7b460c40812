"""The export dialog's formats, clicked and chosen with the keyboard on the real dialog (QA: a format reacted only to
a click on its own words, not on the rest of its row). Each option is a whole row: a click anywhere on it chooses it
and shows its note; a learning platform's heading over its only format chooses that format (Moodle's, over two,
chooses nothing); Tab reaches the chosen format and Up/Down go through every one in reading order, the left column
then the right (Down from the last feedback format used to skip Moodle, Blackboard and Brightspace)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui import mapping_layout
from grader_app.ui.export_formats import choice
from test_export_fit_and_words import L, class_sheet, open_dialog
from ui_helpers import export_dialog as open_dialog_of


def active(qtbot, task_manager, tmp_path):
    """The real export dialog of a small class, shown and the active window (so the keyboard goes to it)."""
    dlg = open_dialog(qtbot, task_manager, class_sheet(tmp_path / "class.csv", 4))
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=5000)
    return dlg


def test_a_click_anywhere_on_a_formats_row_chooses_it(qtbot, tmp_path, task_manager, monkeypatch):
    # a screen with room for every format's words on one line (on a narrower one they wrap, filling their rows)
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: QRect(0, 0, 1600, 1000))
    dlg = open_dialog(qtbot, task_manager, class_sheet(tmp_path / "class.csv", 4))
    dlg.set_format("points")
    beyond_words = 0
    for key, button in dlg.format_buttons.items():
        x = button.width() - 3                              # the row's far end, past the label's words
        beyond_words += x > button.sizeHint().width() + 20
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))
        assert dlg.format == key and button.isChecked(), key
        assert dlg.note_label.text() == dlg.chooser.tip(key)
        # a file that would leave students without a username out says how many instead of the general sentence
        assert (dlg.note_label.text() == choice(key).tip) == (key not in dlg.chooser.some_left_out), key
    assert {"blackboard-grade-center", "brightspace-grades", "moodle-gradebook"} <= set(dlg.chooser.some_left_out)
    # most rows are much wider than their words (the two columns share the row so that the taller is the shortest it
    # can be, balanced_columns: the left one's rows may be as narrow as their words)
    assert beyond_words >= len(dlg.format_buttons) // 2


def test_a_platforms_heading_chooses_its_only_format(qtbot, tmp_path, task_manager):
    dlg = active(qtbot, task_manager, tmp_path)
    headings = dlg.chooser.system_labels
    qtbot.mouseClick(headings["Blackboard"], Qt.MouseButton.LeftButton)
    assert dlg.format == "blackboard-grade-center" and dlg.format_buttons["blackboard-grade-center"].hasFocus()
    qtbot.mouseClick(headings["any system"], Qt.MouseButton.LeftButton)
    assert dlg.format == "points" and dlg.note_label.text() == choice("points").tip
    # no participant identifiers in this sheet: Moodle's worksheet is not offered, its gradebook is Moodle's only one
    qtbot.mouseClick(headings["Moodle"], Qt.MouseButton.LeftButton)
    assert dlg.format == "moodle-gradebook"
    dlg.close()
    sheet = L.moodle_worksheet(tmp_path)             # a downloaded worksheet: both of Moodle's files
    dlg = open_dialog_of(qtbot, L.session_for(sheet, L.by_text), sheet, task_manager)
    dlg.set_format("points")
    qtbot.mouseClick(dlg.chooser.system_labels["Moodle"], Qt.MouseButton.LeftButton)   # two formats under it: which
    assert dlg.format == "points"                                                      # one is not for it to say
    dlg.close()


def test_the_keyboard_reaches_every_format_in_reading_order(qtbot, tmp_path, task_manager):
    dlg = active(qtbot, task_manager, tmp_path)
    order = list(dlg.format_buttons)
    assert order[0] == dlg.format == "xlsx" and order[-1] == "points" and "feedback-pdf" in order
    dlg.close_button.setFocus()
    qtbot.keyClick(dlg.close_button, Qt.Key.Key_Tab)                   # from the last button round to the formats
    assert QApplication.focusWidget() is dlg.format_buttons["xlsx"]
    visited = [dlg.format]
    for _ in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        visited.append(dlg.format)
        assert QApplication.focusWidget() is dlg.format_buttons[dlg.format]
    assert visited == order
    assert dlg.note_label.text() == choice("points").tip
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)           # the last one stays
    assert dlg.format == "points"
    back = []
    for _ in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        back.append(dlg.format)
    assert back == order[-2::-1]
