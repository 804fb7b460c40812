"""A score typed on a question out of 10 is given before a menu command does its work, when the teacher gives the command
(by its shortcut, or from the menu) before the pause that would give it (ui/menus.py). "1" waits about a second for a
second digit (it may start 10); before, Ctrl+E within that second opened the export dialog on the session without that
1: its summary counted the answer as unscored and a file exported at once left the 1 out (the pause gave it later,
behind the dialog, and moved the review on); Ctrl+S said every decision was saved while the 1 was in none. Now every
command of the window's menus gives it first, as Enter does (one undo step), the review staying on the answer, and then
does its own work. In the real main window on a real sheet, the 1 read back from the exported file and the project
file."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from export_clicks import export_as
from grader_app.ui import model_actions
from grader_app.ui.export_dialog import CSV
from grader_app.ui.main_window import REVIEW
from test_typed_score_given_on_moving import _review_out_of_10, _typing_1
from ui_helpers import decisions_on_disk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(make_window):
    return make_window((1024, 600))


def _active_review(qtbot, window, tmp_path):
    view = _review_out_of_10(qtbot, window, tmp_path)
    window.activateWindow()   # (the columns dialog had it) a shortcut reaches the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.setFocus()
    return view


def test_export_by_its_shortcut_within_the_pause_exports_the_typed_score(qtbot, window, tmp_path):
    view = _active_review(qtbot, window, tmp_path)
    s, store = window.session, window.store
    at = view.position
    key = _typing_1(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_E, CTRL)                 # File ▸ Export…, at once
    dlg = window.export_dialog
    assert dlg is not None and dlg.isVisible()
    assert s.decisions[key].score == 1                       # was: no decision (the pause gave it behind the dialog)
    assert decisions_on_disk(store)[key][0] == 1
    assert view.position == at and view.current_key() == key   # the review stays on the answer scored
    assert view.score_buttons.typed_label.isHidden()

    out = tmp_path / "graded.csv"
    export_as(qtbot, dlg, CSV, out)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[s.answers[key].row]["final_score"] == "1"   # was: empty, the 1 not in the file
    dlg.reject()

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)                 # one undo step: the 1 taken back
    assert key not in s.decisions and key not in decisions_on_disk(store)


def test_save_and_the_menus_commands_within_the_pause_give_the_typed_score_first(qtbot, window, tmp_path, monkeypatch):
    view = _active_review(qtbot, window, tmp_path)
    s, store = window.session, window.store
    key = _typing_1(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)                 # File ▸ Save, at once
    assert s.decisions[key].score == 1 and decisions_on_disk(store)[key][0] == 1
    said = window.statusBar().currentMessage()
    assert said.startswith("Your 1 decision is saved in ")   # was: "No decisions yet; …", the 1 in none
    assert window.pages.currentIndex() == REVIEW and view.current_key() == key

    # a command without a shortcut, from the File menu: Make models from a marked sheet… asks for its sheet only once
    # the score is given (the file dialog's answer given: offscreen, the native dialog cannot run)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    other = _typing_1(qtbot, view)
    asked_with = []
    monkeypatch.setattr(model_actions.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (asked_with.append(dict(s.decisions)), ("", ""))[1])
    window.learn_sheet_action.trigger()
    assert asked_with and asked_with[0][other].score == 1    # was: asked with the 1 not given
    assert decisions_on_disk(store)[other][0] == 1 and view.current_key() == other


def test_the_review_ends_export_button_within_the_pause_exports_the_typed_score(qtbot, window, tmp_path):
    """Every answer decided, the line under the card offers Export; the teacher changes one to 1 and clicks it at once."""
    view = _active_review(qtbot, window, tmp_path)
    s, store = window.session, window.store
    for _ in view.queue.keys():
        qtbot.keyClick(view, Qt.Key.Key_5)                   # 5 given at once (no score out of 10 starts with 5)
    qtbot.waitUntil(lambda: view.end.export_button.isVisible(), timeout=3000)
    key = view.current_key()
    assert s.decisions[key].score == 5
    qtbot.keyClick(view, Qt.Key.Key_1)                       # (it may start 10: the 5 stays for now)
    assert s.decisions[key].score == 5 and view.score_buttons.typed_label.text() == "Typing: 1…"
    qtbot.mouseClick(view.end.export_button, Qt.MouseButton.LeftButton)
    dlg = window.export_dialog
    assert dlg is not None and dlg.isVisible()
    assert s.decisions[key].score == 1 and decisions_on_disk(store)[key][0] == 1   # was: still 5
    assert view.current_key() == key
    out = tmp_path / "graded.csv"
    export_as(qtbot, dlg, CSV, out)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[s.answers[key].row]["final_score"] == "1"   # was: 5, the score she had just changed
    dlg.reject()
