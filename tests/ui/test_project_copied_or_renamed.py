"""A graded class folder copied or a sheet renamed, in the real main window with real project files (QA):

* a project file opened by itself opens the sheet beside it and writes into that project file: a folder copied to a
  USB stick and graded there keeps its work on the stick, the original folder's project is not touched (it used to
  open the original sheet and write into the original project, the copy silently left behind);
* with no sheet of its name beside it, the stored sheet is opened, the decisions go into the project file opened and
  the status bar says which sheet it is; a sheet of the same name that is another class is still refused;
* a renamed sheet (no project of its own) is offered the decisions of the project beside it that holds its answers,
  which land on the same students, questions and texts (the sheet sorted meanwhile), the old project left as it was;
  starting afresh asks for the columns and copies nothing; another class's project is not offered;
* a part of the class sheet (``period1.csv``, two students' rows of ``quiz.csv``) is offered the decisions on its
  answers, in words for a part, and opens with a copy holding only its answers' work (it used to start afresh);
* ``quiz.csv`` of another class beside ``quiz.xlsx`` (one project name) is refused saying that the other sheet has the
  same name and to rename this one.
"""
from __future__ import annotations

import csv
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from grader_app.ui.main_window import RESULTS
from test_reopen_changed_sheet import graded_on_disk, rows_of, write_rows
from ui_helpers import make_long_csv

IO_TESTS = Path(__file__).resolve().parents[1] / "io"
sys.path[:0] = [str(IO_TESTS)]
from project_helpers import read_decisions  # noqa: E402


def opened(qtbot, window) -> None:
    qtbot.waitUntil(lambda: (window.session is not None and not window.opener.busy)
                    or window.start.message_kind == "error", timeout=30000)


def close_sheet(qtbot, window) -> None:
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.close_sheet()


def test_a_copied_folder_writes_into_the_project_file_opened(qtbot, window, tmp_path):
    home = make_long_csv(tmp_path / "Downloads" / "quiz.csv", n_students=6)
    graded_on_disk(home, 6)
    original = home.with_name("quiz.grader-project")
    before = read_decisions(original)
    shutil.copytree(home.parent, tmp_path / "USB")
    copy = tmp_path / "USB" / "quiz.grader-project"
    window.open_path(copy)
    opened(qtbot, window)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.sheet_path == (tmp_path / "USB" / "quiz.csv").absolute()
    assert window.store.path == copy.absolute()
    assert len(window.session.decisions) == 6
    window.session.decide(7, 0, comment="graded on the stick")
    close_sheet(qtbot, window)
    assert read_decisions(copy)[7] == (0, "graded on the stick") and len(read_decisions(copy)) == 7
    assert read_decisions(original) == before   # the original folder's project is untouched


def test_a_project_file_without_its_sheet_beside_it_opens_the_stored_sheet_and_says_so(qtbot, window, tmp_path):
    home = make_long_csv(tmp_path / "Downloads" / "quiz.csv", n_students=6)
    graded_on_disk(home, 6)
    original = home.with_name("quiz.grader-project")
    before = read_decisions(original)
    (tmp_path / "USB").mkdir()
    copy = Path(shutil.copy(original, tmp_path / "USB" / "quiz.grader-project"))
    window.open_path(copy)
    opened(qtbot, window)
    assert window.sheet_path == home.absolute() and window.store.path == copy.absolute()
    # a warning: kept whole above the results (ui.sheet_notices), the status bar points to it
    assert window.notices.notes[0] == (f"There is no quiz.csv beside quiz.grader-project, so Grader opened the one in "
                                       f"{home.parent.absolute()}."), window.notices.notes
    assert "1 note about this sheet is shown above the results" in window.statusBar().currentMessage()
    window.session.decide(7, 0)
    close_sheet(qtbot, window)
    assert len(read_decisions(copy)) == 7 and read_decisions(original) == before


def test_a_project_file_beside_another_class_of_the_same_name_is_refused(qtbot, window, tmp_path):
    home = make_long_csv(tmp_path / "Downloads" / "quiz.csv", n_students=6)
    graded_on_disk(home, 6)
    other = tmp_path / "9B" / "quiz.csv"
    other.parent.mkdir()
    write_rows(other, [rows_of(home)[0]] + [[f"B{i}", f"Pupil {i}", r[2], r[3] + " (9B)"]
                                            for i, r in enumerate(rows_of(home)[1:])])
    copy = Path(shutil.copy(home.with_name("quiz.grader-project"), other.with_name("quiz.grader-project")))
    before = read_decisions(copy)
    window.open_path(copy)
    opened(qtbot, window)
    assert window.session is None and window.start.message_kind == "error"
    assert "belongs to another sheet" in window.start.message.text()
    assert read_decisions(copy) == before


def renamed_class(tmp_path, n_decisions: int = 8):
    """quiz.csv graded (its first answers decided), then renamed to quiz-final.csv and sorted the other way round."""
    sheet = make_long_csv(tmp_path / "quiz.csv", n_students=6)
    decided = graded_on_disk(sheet, n_decisions)
    rows = rows_of(sheet)
    renamed = tmp_path / "quiz-final.csv"
    write_rows(renamed, [rows[0], *reversed(rows[1:])])
    sheet.unlink()
    return renamed, {(a.student, a.item, a.text) for a in decided}


def test_a_renamed_sheet_is_offered_the_decisions_of_the_project_beside_it(qtbot, window, tmp_path):
    renamed, decided = renamed_class(tmp_path)
    old = tmp_path / "quiz.grader-project"
    before = read_decisions(old)
    window.open_sheet(renamed)
    qtbot.waitUntil(lambda: window.opener.earlier_box is not None, timeout=30000)
    box = window.opener.earlier_box
    assert box.text() == ("quiz-final.csv has no project file of its own, but quiz.grader-project in the same folder "
                          "holds 8 decisions on its answers (it was made for quiz.csv).")
    assert "copies quiz.grader-project to quiz-final.grader-project" in box.informativeText()
    assert window.mapping_dialog is None   # the columns are not asked before the teacher answers
    box.take_button.click()
    opened(qtbot, window)
    assert window.pages.currentIndex() == RESULTS and window.mapping_dialog is None
    s = window.session
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text) for k in s.decisions} == decided
    assert all(d.score == 1 and d.comment == "marked" for d in s.decisions.values())
    assert window.store.path == (tmp_path / "quiz-final.grader-project").absolute()
    assert window.statusBar().currentMessage().startswith("Restored 8 decisions from quiz-final.grader-project.")
    close_sheet(qtbot, window)
    assert read_decisions(old) == before
    window.open_sheet(renamed)   # its own project now: nothing asked
    opened(qtbot, window)
    assert window.opener.earlier_box is None and len(window.session.decisions) == 8


def test_starting_afresh_asks_for_the_columns_and_copies_nothing(qtbot, window, tmp_path):
    renamed, _ = renamed_class(tmp_path)
    window.open_sheet(renamed)
    qtbot.waitUntil(lambda: window.opener.earlier_box is not None, timeout=30000)
    window.opener.earlier_box.fresh_button.click()
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    assert not (tmp_path / "quiz-final.grader-project").exists()
    window.mapping_dialog.accept()
    opened(qtbot, window)
    assert window.session is not None and not window.session.decisions
    assert len(read_decisions(tmp_path / "quiz.grader-project")) == 8


def test_a_part_of_the_class_sheet_is_offered_its_decisions_and_opens_with_a_copy_of_its_own(qtbot, window, tmp_path):
    """quiz.csv (10 students) graded, then split per section: period1.csv holds two students' rows (one of them
    graded). It is asked, in words for a part, whether to use quiz's decisions on its answers; taking them opens it
    with those decisions (no "another sheet", nothing said dropped), its own project holding only its answers' work,
    quiz's left as it was."""
    sheet = make_long_csv(tmp_path / "quiz.csv", n_students=10)
    decided = graded_on_disk(sheet, 6)   # S001-S003, both questions
    old = tmp_path / "quiz.grader-project"
    before = read_decisions(old)
    rows = rows_of(sheet)
    period = tmp_path / "period1.csv"
    write_rows(period, [rows[0], *reversed([r for r in rows[1:] if r[0] in ("S001", "S004")])])
    window.open_sheet(period)
    qtbot.waitUntil(lambda: window.opener.earlier_box is not None, timeout=30000)
    box = window.opener.earlier_box
    assert box.text() == ("period1.csv has no project file of its own. It holds 4 of the 20 answers of quiz.csv, and "
                          "quiz.grader-project in the same folder holds 2 decisions on them.")
    assert box.informativeText() == (
        "Use them to go on where you stopped: Grader makes period1.grader-project with the decisions on this sheet's "
        "answers only, and each goes back to the same student, question and answer text. quiz.grader-project is left "
        "as it was either way, with all its decisions.")
    assert box.take_button.text() == "&Use the 2 decisions"
    box.take_button.click()
    opened(qtbot, window)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS and window.mapping_dialog is None
    s = window.session
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text) for k in s.decisions} == {
        (a.student, a.item, a.text) for a in decided if a.student.endswith("S001")}
    assert window.store.path == (tmp_path / "period1.grader-project").absolute()
    assert window.statusBar().currentMessage().startswith("Restored 2 decisions from period1.grader-project.")
    assert not window.notices.notes   # nothing dropped, nothing set aside
    close_sheet(qtbot, window)
    own = tmp_path / "period1.grader-project"
    assert len(read_decisions(own)) == 2 and read_decisions(old) == before
    with closing(sqlite3.connect(own)) as con:   # the model's scores kept for its 4 answers only
        assert con.execute("SELECT count(*) FROM predictions").fetchone()[0] == 4
    window.open_sheet(period)   # its own project now: nothing asked
    opened(qtbot, window)
    assert window.opener.earlier_box is None and len(window.session.decisions) == 2


def test_another_class_s_project_in_the_folder_is_not_offered(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "quiz.csv", n_students=6)
    graded_on_disk(sheet, 8)
    other = tmp_path / "9B.csv"
    write_rows(other, [rows_of(sheet)[0]] + [[f"B{i}", f"Pupil {i}", r[2], r[3] + " (9B)"]
                                             for i, r in enumerate(rows_of(sheet)[1:])])
    window.open_sheet(other)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    assert window.opener.earlier_box is None


def test_another_class_under_the_same_name_is_told_to_rename_its_sheet(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "quiz.csv", n_students=6)
    graded_on_disk(sheet, 8)
    other = tmp_path / "quiz.tsv"   # another class, saved with the same name
    with open(other, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter="\t").writerows(
            [rows_of(sheet)[0]] + [[f"B{i}", f"Pupil {i}", r[2], r[3] + " (9B)"] for i, r in enumerate(rows_of(sheet)[1:])])
    window.open_sheet(other)
    opened(qtbot, window)
    assert window.session is None
    assert window.start.message.text() == "⚠ " + (
        "The project quiz.grader-project belongs to quiz.csv, another sheet in this folder with the same name but another "
        "ending, and quiz.tsv holds fewer than half of its answers; a project is named after its sheet without the "
        "ending, so the two sheets cannot both have one: rename this sheet, for example to quiz-2.tsv, and open it again.")
    assert len(read_decisions(tmp_path / "quiz.grader-project")) == 8


def test_the_old_project_opened_after_renaming_its_sheet_says_to_open_the_renamed_sheet(qtbot, window, tmp_path):
    renamed_class(tmp_path)
    window.open_path(tmp_path / "quiz.grader-project")
    opened(qtbot, window)
    assert window.session is None
    assert window.start.message.text().endswith(
        "or, if you renamed it, open the renamed sheet itself: Grader offers it the decisions of “quiz.grader-project”.")
