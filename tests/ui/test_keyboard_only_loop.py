"""The whole loop by the keyboard alone, on the real main window: a sheet opened (Ctrl+O; only the file dialog's
answer is given), its columns confirmed with Enter, answers scored in the review with digits, a comment typed (C,
words, Ctrl+Enter), Esc back to the table, "Needs review" chosen by its Alt letter, the export dialog opened
(Ctrl+E), the CSV chosen by the arrows and by its Alt letter, the file named and written with Enter — every key sent to the widget
that has the focus, as a keyboard would; the CSV read back for the scores and the comment."""
from __future__ import annotations

import csv
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui import main_window as mw
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW
from sample_sheet import SAMPLE
from ui_helpers import make_bundle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
COMMENT = "Name the energy the paint absorbs."


def _focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard's focus"
    return widget


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """``key`` pressed where the keyboard's focus is now; returns the widget that has it after."""
    qtbot.keyClick(_focus(), key, modifier)
    return QApplication.focusWidget()


def _back_to(qtbot, window, where) -> None:
    """A dialog closed: the window's own focus is at ``where`` (or in it), and the window is active again (the offscreen
    platform gives the activation back to no one; a window manager gives it to the window the dialog was over)."""
    qtbot.waitUntil(lambda: window.focusWidget() is where or where.isAncestorOf(window.focusWidget()), timeout=3000)
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert _focus() is window.focusWidget()


def test_a_teacher_marks_and_exports_with_the_keyboard_alone(qtbot, make_window, tmp_path, monkeypatch):
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-10", labels=(0, 1, 2), title="Science: doghouse")
    window = make_window((1280, 800))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    sheet = tmp_path / "class" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    # the native file dialog cannot run offscreen: only its answer is given, the key opens it
    monkeypatch.setattr(mw.QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))

    _key(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dialog = window.mapping_dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None, timeout=3000)
    assert dialog.isAncestorOf(_focus()), "the columns dialog opened without the focus"
    # Enter confirms the columns it guessed; the identical answers are grouped before the review (not during it)
    with qtbot.waitSignals([window.scoringFinished, window.learning.groupsReady], timeout=30000):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert window.pages.currentIndex() == RESULTS
    _back_to(qtbot, window, window.results.table)
    session = window.session

    _key(qtbot, Qt.Key.Key_2, CTRL)                          # the review of what needs the teacher
    assert window.pages.currentIndex() == REVIEW
    view = window.review_view
    qtbot.waitUntil(lambda: view.isAncestorOf(_focus()) or _focus() is view, timeout=3000)
    given = {}
    for score in (2, 0, 1):                                   # each on the scale of every question of the sample
        before = set(session.decisions)
        _key(qtbot, getattr(Qt.Key, f"Key_{score}"))
        scored = set(session.decisions) - before               # the answer shown, or a group, or one of a pair
        assert scored and all(session.decisions[k].score == score for k in scored)
        given.update(dict.fromkeys(scored, score))
    before = set(session.decisions)
    _key(qtbot, Qt.Key.Key_C)
    editor = view.comment_dialog.editor
    qtbot.waitUntil(editor.hasFocus, timeout=3000)
    qtbot.keyClicks(editor, COMMENT)
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not view.comment_dialog.isVisible(), timeout=3000)
    _back_to(qtbot, window, view)
    _key(qtbot, Qt.Key.Key_1)                                 # its score, which takes the comment
    commented = set(session.decisions) - before
    assert commented and all(session.decisions[k].comment == COMMENT for k in commented)
    given.update(dict.fromkeys(commented, 1))

    _key(qtbot, Qt.Key.Key_Escape)                            # back to the table, the focus with it
    assert window.pages.currentIndex() == RESULTS
    qtbot.waitUntil(lambda: window.results.isAncestorOf(_focus()), timeout=3000)
    _key(qtbot, Qt.Key.Key_N, ALT)                            # "&Needs review" (a button's Alt letter clicks it)
    qtbot.waitUntil(lambda: window.results.proxy.mode() == rm.NEEDS_REVIEW, timeout=3000)
    assert not set(given) & set(window.results.visible_keys())   # the decided ones left the filter

    _key(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=5000)
    export = window.export_dialog
    qtbot.waitUntil(lambda: export.isAncestorOf(_focus()), timeout=3000)
    assert _focus() is export.format_buttons[export.format]  # the focus opens on the format chosen
    assert _key(qtbot, Qt.Key.Key_Down) is export.format_buttons["csv"] and export.format == "csv"   # the arrows
    assert _key(qtbot, Qt.Key.Key_Up) is export.format_buttons["xlsx"] and export.format == "xlsx"
    _key(qtbot, Qt.Key.Key_C, ALT)                            # or its letter: "Graded sheet as &CSV"
    qtbot.waitUntil(lambda: export.format == "csv", timeout=3000)
    assert _key(qtbot, Qt.Key.Key_T, ALT) is export.path_edit  # "Save &to:"
    _key(qtbot, Qt.Key.Key_A, CTRL)
    out = tmp_path / "out" / "marked.csv"
    out.parent.mkdir()
    qtbot.keyClicks(_focus(), str(out))
    with qtbot.waitSignal(export.exported, timeout=20000):
        _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_Escape)                            # the dialog closed: the keyboard back at the results
    qtbot.waitUntil(lambda: not export.isVisible(), timeout=3000)
    _back_to(qtbot, window, window.results)

    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(given) >= 4
    for key, score in given.items():
        row = rows[session.answers[key].row]
        assert row["Answer"] == session.answers[key].text
        assert row["final_score"] == str(score)
        assert row["comment"] == (COMMENT if key in commented else "")
