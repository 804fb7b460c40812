"""A Moodle Responses report with a student's two attempts, opened in the real window: the note above the results names
the student and their rows and says what to do in Moodle before marking, in the window's language; while names are
hidden (blind marking) it gives the rows alone (QA s52b finding 4)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

from grader_app.ui import i18n  # noqa: E402
from test_second_attempts_said import google_forms, moodle  # noqa: E402
from ui_helpers import accept_mapping  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_file(qtbot, window, path: Path) -> None:
    window.open_sheet(path)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.scoring.busy, timeout=30000)


def test_the_window_names_the_second_attempt_above_the_results_before_any_marking(qtbot, window, tmp_path):
    open_file(qtbot, window, moodle(tmp_path))
    [note] = window.notices.notes
    assert note.startswith("1 student is in this sheet more than once")
    assert "Ñuño Ibáñez · NUNO@school.example (rows 3, 4)" in note
    assert "in Moodle's report, tick “Show at most one finished attempt per user”" in note
    assert window.notices.isVisible() and not window.session.decisions
    assert window.statusBar().currentMessage() == "1 note about this sheet is shown above the results."


def test_in_german_the_note_is_german_and_a_form_sent_twice_is_told_to_delete_the_extra_row(qtbot, make_window,
                                                                                             tmp_path):
    assert i18n.install("de")
    window = make_window()
    open_file(qtbot, window, google_forms(tmp_path))
    [note] = window.notices.notes
    assert note.startswith("1 Schülerin oder Schüler steht mehr als einmal in dieser Tabelle")
    assert "Ana Núñez · ana@school.example (Zeilen 2, 3)" in note
    assert "Löschen Sie vor dem Bewerten die überzähligen Zeilen" in note and "Moodle" not in note


def test_while_names_are_hidden_the_note_gives_the_rows_alone(qtbot, window, tmp_path):
    window.blind_action.trigger()                     # blind marking on before the sheet is opened
    open_file(qtbot, window, moodle(tmp_path))
    [note] = window.notices.notes
    assert "rows 3, 4" in note and "Ñuño" not in note and "NUNO" not in note and "Before you mark" in note
