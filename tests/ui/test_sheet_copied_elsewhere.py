"""A copy of a graded sheet opened in another place, in the real main window with real project files (QA): a teacher
graded half of answers.csv in her school folder, then at home opened a copy of the same sheet (copied alone onto a USB
stick, or saved as a workbook), its project file left at school, and Grader started from nothing.

* the copy is offered, in one sentence with the day, the folder and the count, to continue from the project Grader
  kept for the same answers; continuing opens it with those decisions, in a project of its own beside the copy, the
  school's project left as it was;
* starting afresh asks for the columns and is not asked again for that copy;
* a school project since deleted, or damaged, is not offered: the columns are asked as for any new sheet;
* a copy with a late submission added and an answer corrected is offered the decisions on the answers that are the
  same, saying how many come over and how many answers are new or changed.
"""
from __future__ import annotations

import calendar
import os
import shutil
import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from grader_app.io.project_index import index_path
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS
from test_project_copied_or_renamed import close_sheet, opened
from test_reopen_changed_sheet import rows_of, write_rows
from ui_helpers import make_long_csv

IO_TESTS = Path(__file__).resolve().parents[1] / "io"
sys.path[:0] = [str(IO_TESTS)]
from project_helpers import read_decisions  # noqa: E402


def graded_at_school(qtbot, window, tmp_path, n_decisions: int = 8, n_students: int = 6):
    """answers.csv in the school folder, opened in the window (columns as guessed), its first answers decided, closed.
    Returns the sheet and the decided answers (student, question, text)."""
    sheet = make_long_csv(tmp_path / "school" / "answers.csv", n_students=n_students)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    window.mapping_dialog.accept()
    opened(qtbot, window)
    s = window.session
    for key in range(n_decisions):
        s.decide(key, 1, comment="marked at school")
    decided = {(s.answers[k].student, s.answers[k].item, s.answers[k].text) for k in range(n_decisions)}
    close_sheet(qtbot, window)
    return sheet, decided


def asked(qtbot, window):
    qtbot.waitUntil(lambda: window.opener.earlier_box is not None
                    or (window.mapping_dialog is not None and window.mapping_dialog.isVisible()), timeout=30000)
    return window.opener.earlier_box


def test_a_copy_opened_at_home_continues_from_the_decisions_made_at_school(qtbot, window, tmp_path):
    school, decided = graded_at_school(qtbot, window, tmp_path)
    project = school.with_name("answers.grader-project")
    before = read_decisions(project)
    home = tmp_path / "home" / "answers.xlsx"   # saved as a workbook by Excel, alone, on the stick
    home.parent.mkdir()
    wb = Workbook()
    for row in rows_of(school):
        wb.active.append(row)
    wb.save(home)
    window.open_sheet(home)
    box = asked(qtbot, window)
    assert box is not None, "the copy was not offered the decisions made at school"
    today = date.today()
    assert box.text() == (f"You graded these answers before, on {today.day} {calendar.month_name[today.month]} in "
                          f"{school.parent.absolute()}: 8 decisions. Continue from them?")
    assert box.take_button.text() == "&Continue from the 8 decisions"
    assert window.mapping_dialog is None   # the columns are not asked before she answers
    box.take_button.click()
    opened(qtbot, window)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS and window.mapping_dialog is None
    s = window.session
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text) for k in s.decisions} == decided
    assert all(d.comment == "marked at school" for d in s.decisions.values())
    model = window.results.model   # the results show them: each decided answer's final score and comment
    comments = [model.data(model.index(row, rm.COMMENT)) for row in range(model.rowCount())]
    assert comments.count("marked at school") == 8
    assert all(model.data(model.index(row, rm.FINAL)) == "1" for row, c in enumerate(comments) if c == "marked at school")
    assert window.store.path == home.with_name("answers.grader-project").absolute()
    assert window.statusBar().currentMessage().startswith("Restored 8 decisions from answers.grader-project.")
    s.decide(9, 0, comment="marked at home")
    close_sheet(qtbot, window)
    assert read_decisions(project) == before   # the school's project is never changed
    assert len(read_decisions(home.with_name("answers.grader-project"))) == 9
    window.open_sheet(home)   # its own project now: nothing asked
    opened(qtbot, window)
    assert window.opener.earlier_box is None and len(window.session.decisions) == 9


def test_starting_afresh_on_the_copy_is_not_asked_again(qtbot, window, tmp_path):
    school, _ = graded_at_school(qtbot, window, tmp_path)
    home = Path(shutil.copy(school, (tmp_path / "USB").mkdir() or tmp_path / "USB" / "answers.csv"))
    window.open_sheet(home)
    box = asked(qtbot, window)
    assert box is not None
    box.fresh_button.click()
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    assert not home.with_name("answers.grader-project").exists()
    qtbot.waitUntil(lambda: str(home.absolute()) in index_path().read_text(encoding="utf-8"), timeout=10000)
    window.mapping_dialog.reject()   # not even a project of its own yet
    window.open_sheet(home)
    assert asked(qtbot, window) is None   # the columns, as for a new sheet
    window.mapping_dialog.accept()
    opened(qtbot, window)
    assert window.session is not None and not window.session.decisions
    assert len(read_decisions(school.with_name("answers.grader-project"))) == 8


def test_a_school_project_deleted_or_damaged_is_not_offered(qtbot, window, tmp_path):
    school, _ = graded_at_school(qtbot, window, tmp_path)
    project = school.with_name("answers.grader-project")
    copies = [Path(shutil.copy(school, (tmp_path / name).mkdir() or tmp_path / name / "answers.csv"))
              for name in ("home", "USB", "mail")]
    window.open_sheet(copies[0])   # while it is there and reads, it is offered
    box = asked(qtbot, window)
    assert box is not None
    box.fresh_button.click()
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    window.mapping_dialog.reject()
    good = project.read_bytes()
    project.write_bytes(b"damaged " * 512)
    window.open_sheet(copies[1])
    assert asked(qtbot, window) is None   # the columns, as for a new sheet
    window.mapping_dialog.reject()
    project.write_bytes(good)   # the index forgot it: not offered even once it reads again
    window.open_sheet(copies[2])
    assert asked(qtbot, window) is None
    window.mapping_dialog.reject()
    assert str(project.absolute()) not in index_path().read_text(encoding="utf-8")


def test_a_school_project_deleted_is_not_offered(qtbot, window, tmp_path):
    school, _ = graded_at_school(qtbot, window, tmp_path)
    school.with_name("answers.grader-project").unlink()
    home = Path(shutil.copy(school, (tmp_path / "home").mkdir() or tmp_path / "home" / "answers.csv"))
    window.open_sheet(home)
    assert asked(qtbot, window) is None
    assert window.mapping_dialog.isVisible()
    assert "answers.grader-project" not in index_path().read_text(encoding="utf-8")


def test_a_copy_on_a_stick_that_cannot_be_written_to_continues_in_grader_s_own_folder(qtbot, window, tmp_path,
                                                                                       monkeypatch):
    """The copy's folder is read-only: the question says where its project will be kept, and continuing opens it there
    (the data-folder place of :func:`grader_app.io.project_store.project_path_for`) with the school's decisions."""
    from grader_app.io import project_store

    school, decided = graded_at_school(qtbot, window, tmp_path)
    stick = tmp_path / "USB stick"
    home = Path(shutil.copy(school, stick.mkdir() or stick / "answers.csv"))
    real = project_store._folder_writable   # root writes anywhere: the app's test of the folder is told it cannot
    monkeypatch.setattr(project_store, "_folder_writable",
                        lambda folder: False if Path(folder) == stick.absolute() else real(folder))
    window.open_sheet(home)
    box = asked(qtbot, window)
    assert box is not None
    kept = box.informativeText().split("Continuing copies them into ", 1)[1].split(", as this sheet's folder")[0]
    assert Path(kept).parent == Path(os.environ["GRADER_DATA_DIR"]) / "projects"
    box.take_button.click()
    opened(qtbot, window)
    assert window.start.message_kind != "error", window.start.message.text()
    s = window.session
    assert window.store.path == Path(kept) and not home.with_name("answers.grader-project").exists()
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text) for k in s.decisions} == decided


def test_a_copy_with_a_late_submission_and_a_corrected_answer_continues_from_the_matching_decisions(qtbot, window,
                                                                                                  tmp_path):
    """The copy taken home is not the very same answers: a late student's two answers added, and Student 2's first
    answer (decided at school) corrected. It is offered all the same, saying how many decisions come over and how many
    answers are new or changed; continuing shows the school's decisions on the answers that are the same, the late
    student's answers undecided, and names the corrected one above the results (as a changed sheet reopened does)."""
    school, decided = graded_at_school(qtbot, window, tmp_path, n_students=10)
    project = school.with_name("answers.grader-project")
    before = read_decisions(project)
    rows = rows_of(school)
    late = rows_of(make_long_csv(tmp_path / "full" / "answers.csv", n_students=11))[-2:]
    assert rows[3][:3] == ["S002", "Student 2", "asap-sas-1"]
    corrected = ("Student 2 · S002", "asap-sas-1", rows[3][3])
    rows[3] = [*rows[3][:3], rows[3][3] + " (typo fixed)"]
    home = tmp_path / "home" / "answers.csv"
    home.parent.mkdir()
    write_rows(home, [*rows, *late])
    window.open_sheet(home)
    box = asked(qtbot, window)
    assert box is not None, "the copy with a late submission was not offered the decisions made at school"
    today = date.today()
    assert box.text() == (f"You graded most of these answers before, on {today.day} {calendar.month_name[today.month]} "
                          f"in {school.parent.absolute()}: 7 decisions come over; 3 answers are new or changed. "
                          "Continue from them?")
    assert box.take_button.text() == "&Continue from the 7 decisions"
    box.take_button.click()
    opened(qtbot, window)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS and window.mapping_dialog is None
    s = window.session
    assert len(s.answers) == 22
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text) for k in s.decisions} == decided - {corrected}
    assert not any(a.student == "Student 11 · S011" and a.key in s.decisions for a in s.answers)
    model = window.results.model   # the results show them: the school's comments on the 7, none elsewhere
    comments = [model.data(model.index(row, rm.COMMENT)) for row in range(model.rowCount())]
    assert comments.count("marked at school") == 7
    assert window.statusBar().currentMessage().startswith("Restored 7 decisions from answers.grader-project.")
    [note] = window.notices.notes
    assert "changed in the sheet (Student 2 · S002 on asap-sas-1)" in note
    close_sheet(qtbot, window)
    assert read_decisions(project) == before   # the school's project is never changed
    assert len(read_decisions(home.with_name("answers.grader-project"))) == 7
