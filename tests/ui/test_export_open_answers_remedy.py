"""The export dialog's note on answers still without a score says what the teacher can do, not only what happens:
"80 answers still have no score: score them in the review first, or export now and their scores are left empty."
It said "80 answers still have no score; they are exported with an empty score." and left her to work out the rest.
Where every such answer waits for a model still learning from her marks, its own sentence says to wait, and the note
is as it was. English (its singular too), German and Spanish; the real dialog, and the graded sheet it writes read
back: the answers left open are there with an empty final score, as the note says."""
from __future__ import annotations

import csv

import pytest

from grader_app.ui import i18n
from grader_app.ui.export_dialog import CSV, ExportDialog
from test_export_dialog import build_session, export
from ui_helpers import export_dialog, make_long_csv

REMEDY = "%n answers still have no score: score them in the review first, or export now and their scores are left empty."
AS_IT_WAS = "%n answers still have no score; they are exported with an empty score."


@pytest.fixture
def sheet(tmp_path):
    return make_long_csv(tmp_path / "class.csv", n_students=5)


def _said(dlg) -> str:
    return " ".join(dlg.summary_label.text().replace("\u00a0", " ").split())


def _open(session) -> list[int]:
    return [a.key for a in session.answers if session.final_score(a.key) is None]


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_note_says_to_score_them_in_the_review_or_export_them_empty(qtbot, sheet, tmp_path, task_manager, language):
    assert i18n.install(language)
    session = build_session(sheet, tmp_path)
    left = _open(session)
    assert len(left) > 1
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    said = _said(dlg)
    assert i18n.translate("ExportDialog", REMEDY, "", len(left)) in said, said
    assert i18n.translate("ExportDialog", AS_IT_WAS, "", len(left)) not in said
    if language == "en":
        assert (f"{len(left)} answers still have no score: score them in the review first, or export now and their "
                "scores are left empty.") in said
        for key in left[1:]:   # one left: its singular
            session.decide(key, 0)
        dlg.refresh_summary()
        assert ("1 answer still has no score: score it in the review first, or export now and its score is left "
                "empty.") in _said(dlg)
        out = export(qtbot, dlg, CSV, tmp_path / "graded.csv")
        with open(out, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        assert sum(1 for r in rows if r["final_score"] == "") == 1   # exported now: its score left empty, as said


def test_answers_waiting_for_a_learning_model_are_not_sent_to_the_review(qtbot, sheet, tmp_path, task_manager):
    session = build_session(sheet, tmp_path)
    item = session.answers[_open(session)[0]].item
    for key in _open(session):   # only that question's answers left open
        if session.answers[key].item != item:
            session.decide(key, 0)
    left = _open(session)
    dlg = ExportDialog(session, sheet, task_manager, awaited=lambda: [item])   # its model learning from the marks
    qtbot.addWidget(dlg)
    said = _said(dlg)
    assert f"{len(left)} answers still have no score; they are exported with an empty score." in said
    assert "review" not in said and "is still learning from your marks" in said
