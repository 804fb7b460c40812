"""Reopening a graded sheet in the real main window after the sheet or its project file changed on disk:
a sheet that grew (late submissions) opens with every decision, an answer edited since is named above the
results with the decision it lost, an older Grader's project of a Moodle report says that what was marked on
its "Overall average" row is kept aside (not "changed in the sheet; score them again"), a project file with a
damaged page is one sentence naming it (and is let go of, so the teacher can move it aside and open the sheet again),
and a sheet whose answers' header was renamed in Excel asks for the columns again, the renamed column chosen, and keeps
every decision (QA: it would not open, and said nothing of what to do)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.lock import acquire
from grader_app.io.project_store import project_path_for
from grader_app.ui import i18n
from grader_app.ui.main_window import RESULTS
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.opening_notes import set_aside_note
from ui_helpers import make_long_csv

IO_TESTS = Path(__file__).resolve().parents[1] / "io"
sys.path[:0] = [str(IO_TESTS), str(IO_TESTS / "lms")]
from project_helpers import read_decisions  # noqa: E402
from test_old_projects import old_moodle_project  # noqa: E402

CAP_MS = 600_000   # a cap on a wait for the window's answer (opening scores the sheet): only a window that never answers


def graded_on_disk(path, n_decisions: int) -> list:
    """Open the sheet as the window would, score it, decide its first answers (score 1), close the project.
    Returns the decided answers (student, question, text)."""
    library = Library.default()
    opened = workflow.open_sheet(path, library)
    _, bundles = workflow.start_session(opened.sheet, opened.mapping, library)
    chosen = {k: (b.id if b else None) for k, b in bundles.items()}
    prep = workflow.prepare_session(path, opened.sheet, opened.mapping, chosen, library)
    workflow.score_all(prep.session, prep.bundles)
    prep.store.save_predictions(prep.session)
    s = prep.session
    decided = [s.answers[k] for k in range(n_decisions)]
    for a in decided:
        s.decide(a.key, 1, comment="marked")
    assert not prep.store.close()
    return decided


def rows_of(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def write_rows(path, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _question(window, but=None):
    """The question opening a sheet asks now, if any other than ``but``: a message box ("Continue where you stopped?",
    grader_app.ui.earlier_project, for a sheet with the very answers of another project that holds decisions, say) or
    the columns dialog. A dialog the test opens itself (the export dialog once the sheet is scored) is none."""
    box = QApplication.activeModalWidget()
    return box if isinstance(box, (QMessageBox, MappingDialog)) and box is not but else None


def _not_asked(path, box) -> None:
    assert box is None, (f"opening {path.name} asked “{box.windowTitle()}”: "
                         f"{getattr(box, 'text', lambda: '')()}")


def open_in(qtbot, window, path) -> None:
    """``path`` opened in the window: its session, or the start screen's error. The project knows the columns: a
    question (the columns dialog, or another project's "Continue where you stopped?") fails at once by its words, not
    after a wait for a session that comes only once it is answered. The wait is a cap (opening scores the sheet)."""
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.session is not None or window.start.message_kind == "error"
                    or _question(window) is not None, timeout=CAP_MS)
    _not_asked(path, _question(window))


def test_a_sheet_that_grew_opens_with_every_decision(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    graded_on_disk(sheet, 8)                             # the four students who handed in on time
    write_rows(sheet, rows_of(make_long_csv(tmp_path / "full" / "class.csv", n_students=12)))   # eight late ones
    open_in(qtbot, window, sheet)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS and len(window.session.answers) == 24
    assert {k: d.score for k, d in window.session.decisions.items()} == dict.fromkeys(range(8), 1)
    assert window.statusBar().currentMessage().startswith("Restored 8 decisions from class.grader-project.")


def test_a_decision_dropped_because_its_answer_was_edited_is_named_above_the_results(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "typo.csv", n_students=6)
    decided = graded_on_disk(sheet, 6)
    rows = rows_of(sheet)
    edited = decided[3]                                  # Student 2's answer to asap-sas-5
    assert rows[4][:3] == ["S002", "Student 2", edited.item]
    rows[4][3] = edited.text + " (typo fixed)"
    write_rows(sheet, rows)
    open_in(qtbot, window, sheet)
    assert window.session is not None and 3 not in window.session.decisions and len(window.session.decisions) == 5
    assert window.statusBar().currentMessage() == ("Restored 5 decisions from typo.grader-project. 1 note about this "
                                                   "sheet is shown above the results.")
    [note] = window.notices.notes                        # said whole above the results
    assert note.startswith("1 decision could not be restored because")
    assert "changed in the sheet (Student 2 · S002 on asap-sas-5)" in note


def test_decisions_on_rows_deleted_from_the_sheet_are_said_gone_not_changed(qtbot, window, tmp_path):
    """QA: after 6 decided rows were deleted, the status bar said their answers "changed in the sheet; score them
    again", and the teacher went looking for answers that were no longer there. The project cannot trace them to an
    answer of the sheet: it says they are no longer in the sheet as they were, and asks for no score. An answer edited
    in place, next to them, is still named as changed."""
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    decided = graded_on_disk(sheet, 8)
    rows = rows_of(sheet)
    assert rows[4][:3] == ["S002", "Student 2", decided[3].item]
    rows[4][3] = decided[3].text + " (typo fixed)"       # edited in place
    del rows[1:3]                                         # two decided rows deleted
    write_rows(sheet, rows)
    open_in(qtbot, window, sheet)
    assert window.session is not None and len(window.session.decisions) == 5
    assert window.statusBar().currentMessage().startswith("Restored 5 decisions from class.grader-project. ")
    [note] = window.notices.notes
    assert note.startswith("1 decision could not be restored because its answer changed in the sheet (Student 2 · S002 "
                           "on asap-sas-5); score it again. "), note
    assert note.endswith(" 2 decisions could not be restored because their answers are no longer in the sheet as they "
                         "were: their rows were deleted, or their student, question or answer was changed."), note


def test_an_old_moodle_projects_marks_on_the_average_row_are_said_set_aside_not_to_be_scored_again(qtbot, window,
                                                                                                    tmp_path):
    sheet, project = old_moodle_project(tmp_path)   # an older Grader's project: the average row marked like a student
    open_in(qtbot, window, sheet)
    assert window.start.message_kind != "error", window.start.message.text()
    assert len(window.session.answers) == 6 and len(window.session.decisions) == 6
    assert window.statusBar().currentMessage() == (
        f"Restored 6 decisions from {project.name}. 1 note about this sheet is shown above the results.")
    assert window.notices.notes == [
        f"The row “Overall average” of the downloaded report is not a student, so Grader no longer grades it or puts it "
        f"in any file; what you marked on it (2 decisions or comments) is kept aside in {project.name}."]
    # in German and Spanish the row is quoted as the sentence's translator quotes, not in English single quotes
    for lang, row in (("de", "„Overall average“"), ("es", "«Overall average»")):
        assert i18n.install(lang)
        said = set_aside_note(window.store.set_aside, project.name)
        assert f" {row} " in said and "'" not in said, said


def test_a_damaged_project_file_is_named_with_what_to_do_and_let_go_of(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=12)
    graded_on_disk(sheet, 10)
    project = project_path_for(sheet)
    data = bytearray(project.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)           # every page after the first one damaged
    project.write_bytes(bytes(data))
    open_in(qtbot, window, sheet)
    assert window.session is None and window.start.message_kind == "error"
    assert window.start.message.text() == ("⚠ class.grader-project is not a Grader project file or is damaged; "
                                           "move it aside and open the sheet again.")
    lock = acquire(project)                              # the store opened to read it was closed: its lock is free
    if lock is not None:
        lock.release()


def asked(qtbot, window, path):
    """``path`` opened in the window, whose columns dialog must come up; returns the dialog. Another question first
    fails at once by its words (see :func:`open_in`)."""
    window.open_sheet(path)

    def columns() -> bool:
        return window.mapping_dialog is not None and window.mapping_dialog.isVisible()
    qtbot.waitUntil(lambda: columns() or window.start.message_kind == "error"
                    or _question(window, window.mapping_dialog) is not None, timeout=CAP_MS)
    assert window.start.message_kind != "error", window.start.message.text()
    _not_asked(path, None if columns() else _question(window, window.mapping_dialog))
    return window.mapping_dialog


def answers_header_renamed(path, edit=()) -> None:
    """The sheet's "Answer" header renamed as a teacher does in Excel (and the answers of the rows ``edit`` edited)."""
    rows = rows_of(path)
    rows[0][3] = "Student answer"
    for row in edit:
        rows[row][3] += " (typo fixed)"
    write_rows(path, rows)


def test_a_renamed_answer_column_asks_for_the_columns_again_and_keeps_every_decision(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    decided = graded_on_disk(sheet, 3)
    answers_header_renamed(sheet)
    dlg = asked(qtbot, window, sheet)
    assert dlg.long_radio.isChecked() and dlg.answer_combo.currentData() == "Student answer"
    assert (dlg.item_combo.currentData(), dlg.id_combo.currentData(), dlg.name_combo.currentData()) == (
        "Question", "Student ID", "Name")
    assert dlg.chosen() == {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5"}
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == (
        "⚠ This sheet has no column “Answer” any more, which class.grader-project was made with; “Student answer” holds "
        "the same answers and is chosen in its place: check the columns and start scoring, and your 3 decisions stay "
        "with their answers.")
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):
        dlg.ok_button.click()
    s = window.session
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text): (d.score, d.comment)
            for k, d in s.decisions.items()} == {(a.student, a.item, a.text): (1, "marked") for a in decided}
    assert {s.answers[k].column for k in s.decisions} == {"Student answer"}
    assert window.statusBar().currentMessage().startswith("Restored 3 decisions from class.grader-project.")
    assert read_decisions(project_path_for(sheet)) == {k: (1, "marked") for k in s.decisions}
    window.close_sheet()
    qtbot.waitUntil(lambda: window.session is None, timeout=CAP_MS)
    open_in(qtbot, window, sheet)                        # the project knows the new header now: straight to the results
    assert window.mapping_dialog is None and len(window.session.decisions) == 3


@pytest.mark.parametrize("lang, gone, found", [("de", "„Answer“", "„Student answer“"),
                                               ("es", "«Answer»", "«Student answer»")])
def test_a_renamed_answer_column_is_quoted_in_the_windows_own_marks(qtbot, window, tmp_path, lang, gone, found):
    """The gone column and the one found in its place are quoted as the window's language quotes (they were 'Answer',
    in Python's quotes, in every language)."""
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    graded_on_disk(sheet, 3)
    answers_header_renamed(sheet)
    assert i18n.install(lang)
    dlg = asked(qtbot, window, sheet)
    said = dlg.error.text()
    assert dlg.error.isVisibleTo(dlg) and "class.grader-project" in said
    assert f" {gone}" in said and f" {found} " in said and "'" not in said and "”" not in said, said


def test_columns_that_would_leave_a_decision_behind_are_asked_again_saying_what_to_do(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    graded_on_disk(sheet, 3)
    answers_header_renamed(sheet, edit=(2, 3))           # and the second and third decided answers edited
    dlg = asked(qtbot, window, sheet)
    assert dlg.answer_combo.currentData() == "Student answer"
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.isVisible() and "nothing was changed" in dlg.error.text(), timeout=CAP_MS)
    assert dlg.error.text() == (
        "⚠ class.grader-project holds 2 decisions or comments on answers that the columns chosen do not hold as they "
        "were (the same student, question and text), so nothing was changed; choose the columns that hold those answers, "
        "or rename the column back to “Answer” in the sheet and open it again.")
    assert window.session is None and window.start.message_kind != "error"
    assert len(read_decisions(project_path_for(sheet))) == 3
    dlg.reject()
    assert window.statusBar().currentMessage() == "Opening cancelled"
    lock = acquire(project_path_for(sheet))              # the project was closed again: nothing holds it
    if lock is not None:
        lock.release()
