"""The export dialog says once, not once a question, that the models learning from the marks have not scored yet.

A walkthrough of a Moodle, Canvas and Brightspace download of two questions no shipped model scores showed the
dialog's first paragraph with one long sentence per question ("The model for question Q1 is still learning from your
marks, so its answers have no score yet: wait until this note goes to export them with its scores. The model for
question Q2 is still learning …"), six lines at 1366x768 above the formats, in Spanish seven; a quiz of five questions
said it five times. Now one sentence names the questions. The real dialog, on a real sheet of three questions
without a model, in English and Spanish (the committed catalogue)."""
from __future__ import annotations

import pytest

import ui_helpers
from in_language import in_language
from grader_app.ui.export_dialog import ExportDialog
from test_export_dialog import build_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ITEMS = ("Osmosis", "Diffusion", "Cell wall")


def dialog(qtbot, tmp_path, task_manager, learning: tuple[str, ...]) -> ExportDialog:
    sheet = ui_helpers.make_long_csv(tmp_path / "class.csv", n_students=4, items=ITEMS)
    s = build_session(sheet, tmp_path)
    for item in ITEMS:   # one answer of each marked: the rest wait for the model learning from the marks
        s.decide(s.answers_for(item)[0].key, 1)
    dlg = ExportDialog(s, sheet, task_manager, awaited=lambda: list(learning))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_three_questions_learning_are_one_sentence(qtbot, tmp_path, task_manager):
    text = dialog(qtbot, tmp_path, task_manager, ITEMS).summary_label.text()
    assert text.count("still learning from your marks") == 1            # was 3
    assert ("The models for 3 questions (Osmosis, Diffusion, Cell wall) are still learning from your marks, so their "
            "answers have no score yet: wait until this note goes to export them with their scores.") in text


def test_one_question_learning_keeps_its_sentence(qtbot, tmp_path, task_manager):
    text = dialog(qtbot, tmp_path, task_manager, ("Diffusion",)).summary_label.text()
    assert ("The model for question Diffusion is still learning from your marks, so its answers have no score yet: "
            "wait until this note goes to export them with its scores.") in text
    assert text.count("still learning") == 1


def test_spanish_says_it_once_too(qtbot, tmp_path, task_manager):
    with in_language("es"):
        text = dialog(qtbot, tmp_path, task_manager, ITEMS).summary_label.text()
    assert text.count("aún están aprendiendo de tus correcciones") == 1   # was three singular sentences
    assert "(Osmosis, Diffusion, Cell wall)" in text
    assert "still learning" not in text
