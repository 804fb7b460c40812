"""In the real window: a graded sheet whose students share a name gains a column of student ids (as the note advises);
opening it again asks for the columns with that column chosen and keeps every decision; File ▸ Choose columns… asks
for the columns of the open sheet again; a teacher who keeps no id column is told the sheet's column is not chosen,
not that there is none; a project opened beside another class's sheet of its name says it is another sheet's (QA: it
sent the teacher looking for a 'Student ID' column). Real files, the real window."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_IO_TESTS = str(Path(__file__).resolve().parents[1] / "io")
if _IO_TESTS not in sys.path:
    sys.path.insert(0, _IO_TESTS)

from test_project_ids_added import namesakes_rows, write_rows  # noqa: E402

from grader_app.io.project_store import project_path_for  # noqa: E402
from grader_app.ui.mapping_dialog import NONE_COLUMN  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ITEMS = ("asap-sas-1", "asap-sas-5")


def class_rows(ids: bool = False) -> list[list[str]]:
    """Ann, then two Emily Nguyens one after the other, two questions each; with ``ids``, a Student ID column first."""
    return namesakes_rows(ids, ITEMS)


def asked(qtbot, window):
    qtbot.waitUntil(lambda: (window.mapping_dialog is not None and window.mapping_dialog.isVisible())
                    or window.start.message_kind == "error", timeout=30000)
    assert window.start.message_kind != "error", window.start.message.text()
    return window.mapping_dialog


def opened(qtbot, window):
    qtbot.waitUntil(lambda: (window.session is not None and not window.opener.busy and not window.scoring.busy)
                    or window.start.message_kind == "error", timeout=30000)
    assert window.session is not None, window.start.message.text()
    return window.session


def graded_in_window(qtbot, window, sheet) -> dict[str, int]:
    """The sheet opened, its columns taken as guessed, every answer decided (the second Emily's 2, the rest 1), the
    sheet closed. Returns each answer's text -> its score."""
    window.open_sheet(sheet)
    asked(qtbot, window).accept()
    session = opened(qtbot, window)
    scores = {}
    for a in session.answers:
        scores[a.text] = 2 if a.text.startswith("e2") else 1
        session.decide(a.key, scores[a.text], comment=a.text[:2])
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)
    return scores


def test_the_new_id_column_is_offered_on_opening_and_every_decision_stays(qtbot, window, tmp_path):
    sheet = write_rows(tmp_path / "class.csv", class_rows())
    scores = graded_in_window(qtbot, window, sheet)
    write_rows(sheet, class_rows(ids=True))
    window.open_sheet(sheet)
    dlg = asked(qtbot, window)
    assert dlg.id_combo.currentData() == "Student ID" and dlg.name_combo.currentData() == "Name"
    assert dlg.news.isVisibleTo(dlg) and dlg.news.text().startswith(
        "ℹ This sheet has a new column “Student ID” of student ids, which class.grader-project was made without")
    assert not dlg.error.isVisibleTo(dlg)   # news: nothing is wrong
    dlg.accept()
    session = opened(qtbot, window)
    assert {session.answers[k].text: d.score for k, d in session.decisions.items()} == scores
    assert {session.answers[k].student for k in session.decisions} == {"Ann Lee · S1", "Emily Nguyen · S2",
                                                                       "Emily Nguyen · S3"}
    assert not any("share a name" in n or "more than one student" in n for n in window.notices.notes)


def test_choose_columns_asks_again_and_a_column_left_unchosen_is_named_in_the_note(qtbot, window, tmp_path):
    sheet = write_rows(tmp_path / "class.csv", class_rows())
    graded_in_window(qtbot, window, sheet)
    write_rows(sheet, class_rows(ids=True))
    window.open_sheet(sheet)
    dlg = asked(qtbot, window)
    dlg.id_combo.setCurrentIndex(dlg.id_combo.findData(NONE_COLUMN))   # the teacher keeps the students as before
    dlg.accept()
    session = opened(qtbot, window)
    assert len(session.decisions) == 6
    [note] = [n for n in window.notices.notes if "more than one student" in n]
    assert "no student id column" not in note
    assert "the sheet's column “Student ID” is not chosen for the student ids" in note
    assert "(File ▸ Choose columns…)" in note
    assert window.columns_action.isEnabled()
    window.columns_action.trigger()                     # File ▸ Choose columns…
    dlg = asked(qtbot, window)
    assert dlg.id_combo.currentData() in (None, NONE_COLUMN) and dlg.answer_combo.currentData() == "Answer"
    assert not dlg.error.isVisibleTo(dlg) and not dlg.news.isVisibleTo(dlg)
    dlg.id_combo.setCurrentIndex(dlg.id_combo.findData("Student ID"))
    dlg.accept()
    session = opened(qtbot, window)
    assert len(session.decisions) == 6 and not session.namesakes
    assert session.mapping.id_column == "Student ID"


def test_a_project_opened_beside_another_classs_sheet_says_it_is_another_sheets(qtbot, window, tmp_path):
    sheet = write_rows(tmp_path / "quiz.csv", class_rows(ids=True))
    graded_in_window(qtbot, window, sheet)
    write_rows(sheet, [["Name", "Question", "Answer"]] + [[f"Pupil {i}", q, f"class B {i} on {q}"]
                                                          for i in range(4) for q in ITEMS])
    window.open_path(project_path_for(sheet))
    qtbot.waitUntil(lambda: window.start.message_kind == "error", timeout=30000)
    assert window.mapping_dialog is None or not window.mapping_dialog.isVisible()
    assert window.start.message.text() == (
        "⚠ None of the 6 decisions in quiz.grader-project are on answers in this quiz.csv: it was made for another "
        "sheet (another class?); open that sheet, or move quiz.grader-project to another folder to grade this one "
        "afresh.")


@pytest.mark.parametrize("on_review", [True, False], ids=["review", "results"])
def test_cancel_in_choose_columns_keeps_the_columns_and_the_sheet_comes_back_as_it_was(qtbot, window, tmp_path,
                                                                                       on_review):
    from grader_app.ui.main_window import RESULTS, REVIEW

    sheet = write_rows(tmp_path / "class.csv", class_rows(ids=True))
    scores = graded_in_window(qtbot, window, sheet)
    window.open_sheet(sheet)
    session = opened(qtbot, window)
    before = {session.answers[k].text: (d.score, d.comment) for k, d in session.decisions.items()}
    assert len(before) == len(scores) == 6
    mapping = session.mapping.to_dict()
    if on_review:
        shown = session.answers[3].text
        window.show_review([a.key for a in session.answers], 3)
        assert window.pages.currentIndex() == REVIEW
    window.columns_action.trigger()                     # File ▸ Choose columns…
    dlg = asked(qtbot, window)
    dlg.id_combo.setCurrentIndex(dlg.id_combo.findData(NONE_COLUMN))   # changed in the dialog, then Cancel
    dlg.reject()
    session = opened(qtbot, window)                     # was: the sheet left closed, "Opening cancelled"
    assert window.sheet_path == sheet
    assert session.mapping.to_dict() == mapping and session.mapping.id_column == "Student ID"
    assert {session.answers[k].text: (d.score, d.comment) for k, d in session.decisions.items()} == before
    assert not dlg.isVisible() and not (window.mapping_dialog is not None and window.mapping_dialog.isVisible())
    assert "Opening cancelled" not in window.statusBar().currentMessage()
    if on_review:
        assert window.pages.currentIndex() == REVIEW
        assert session.answers[window.review_view.current_key()].text == shown
        assert len(window.review_view.queue.keys()) == len(session.answers)
    else:
        assert window.pages.currentIndex() == RESULTS
    window.columns_action.trigger()                     # asked again later: still asks, and Cancel keeps them again
    asked(qtbot, window).reject()
    session = opened(qtbot, window)
    assert session.mapping.to_dict() == mapping and len(session.decisions) == 6


def test_while_blind_the_id_column_left_unchosen_is_quoted_as_the_window_quotes(qtbot, window, tmp_path):
    """Marking blind, the note on students who share a name names the sheet's id column not chosen in the window's
    quotation marks, “Student ID”, as the note says it when not blind (it said 'Student ID')."""
    sheet = write_rows(tmp_path / "class.csv", class_rows())
    window.open_sheet(sheet)
    asked(qtbot, window).accept()
    opened(qtbot, window)
    window.blind_action.trigger()                       # blind marking on: the project keeps it
    assert window.blind_action.isChecked() and window.store.flush()
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)
    write_rows(sheet, class_rows(ids=True))
    window.open_sheet(sheet)
    dlg = asked(qtbot, window)
    dlg.id_combo.setCurrentIndex(dlg.id_combo.findData(NONE_COLUMN))   # the teacher keeps the students as before
    dlg.accept()
    assert opened(qtbot, window).namesakes and window.blind_action.isChecked()
    [note] = [n for n in window.notices.notes if "share a name" in n]
    assert "the sheet's column “Student ID” is not chosen for the student ids" in note, note
