"""A student with two answers to one question (two attempts), one of them still open: the files the teacher reads
(the list of students left out, the points sheet, the feedback sheet) give both, "2; open", that word in the
teacher's language (it was always English); an LMS import file never has a word in a grade cell, as that student
is left out of it (and an open answer is an empty cell there). Exported through the real dialog with a catalogue
Qt's own tools build from the module, each file read back."""
from __future__ import annotations

import pytest

import translation_catalogues
from grader_app.core.session import GradingSession
from grader_app.io.lms import FORMATS, NothingMatched, export_format, report_path_for
from grader_app.io.readers import read_sheet
from grader_app.ui import unmatched_words
from grader_app.ui.export_dialog import ExportDialog
from grader_app.ui.export_formats import FEEDBACK_CSV
from test_export_fit_and_words import LONG, WORDS, L, export   # (it puts the LMS tests' sheets on the path)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def two_attempts(tmp_path) -> GradingSession:
    """S001 answered q1 twice (the first scored 2, the second still open); S002 and S003 once each."""
    rows = [["Student ID", "Name", "Username", "Question", "Answer"],
            ["S001", "Ann Lee", "alee", "q1", "first try"], ["S001", "Ann Lee", "alee", "q1", "second try"],
            ["S001", "Ann Lee", "alee", "q2", "x"], ["S002", "Ben Ito", "bito", "q1", "y"],
            ["S002", "Ben Ito", "bito", "q2", "z"], ["S003", "Cy Ma", "cma", "q1", "w"], ["S003", "Cy Ma", "cma", "q2", "v"]]
    session = GradingSession(read_sheet(L.write_csv(tmp_path / "class.csv", rows)), LONG)
    for a in session.answers:
        if a.text != "second try":
            session.decide(a.key, 2 if a.text == "first try" else 1)
    return session


def test_the_files_the_teacher_reads_say_open_in_the_teachers_language(qtbot, tmp_path, task_manager):
    session = two_attempts(tmp_path)
    with translation_catalogues.marked_catalogue(tmp_path, WORDS) as sources:
        assert "open" in sources
        dlg = ExportDialog(session, session.sheet.source, task_manager)
        qtbot.addWidget(dlg)
        dlg.show()
        export(qtbot, dlg, "blackboard-grade-center", tmp_path / "bb.csv")
        export(qtbot, dlg, "points", tmp_path / "points.csv")
        export(qtbot, dlg, FEEDBACK_CSV, tmp_path / "feedback.csv")
    left_out = L.read_csv(report_path_for(tmp_path / "bb.csv"))
    assert left_out[0][3:] == ["class – q1", "class – q2"] and left_out[1][1:2] == ["Ann Lee · S001"]   # named
    assert left_out[1][3:] == ["2; «open»", "1"]
    points = L.read_csv(tmp_path / "points.csv")
    assert points[1][:5] == ["Ann Lee", "S001", "alee", "2; «open»", "1"]   # its username; no Email column: none has one
    feedback = L.read_csv(tmp_path / "feedback.csv")
    assert feedback[1][feedback[0].index("Q1 score")] == "2; «open»"
    assert feedback[2][feedback[0].index("Q1 score")] == "1"
    grades = L.read_csv(tmp_path / "bb.csv")
    assert [r[2] for r in grades[1:]] == ["bito", "cma"]          # Ann is left out of the import file, listed
    assert not any("open" in c for r in grades for c in r)


def test_without_the_window_the_word_is_english(tmp_path):
    from grader_app.io.feedback import feedback_rows

    session = two_attempts(tmp_path)
    result = export_format("blackboard-grade-center").write(session, tmp_path / "bb.csv")
    assert L.read_csv(result.report)[1][3:] == ["2; open", "1"]
    rows = feedback_rows(session)
    assert rows[1][rows[0].index("Q1 score")] == "2; open"
    assert rows[1][rows[0].index("Q1 score")] == feedback_rows(session, open_word=unmatched_words.open_word())[1][
        rows[0].index("Q1 score")]                                   # the English window says it so too


def test_no_lms_import_file_has_a_word_in_a_grade_cell(tmp_path):
    """Every import file of every LMS: a student with two answers to one question is left out (listed with the
    reason), an answer still open is an empty cell, so no cell holds "open" or two scores."""
    session = two_attempts(tmp_path)
    for fmt in FORMATS:
        if fmt.key == "points":
            continue
        try:
            result = fmt.write(session, tmp_path / f"{fmt.key}.csv")
        except NothingMatched:   # a format this sheet gives no identifier for: nothing written
            assert not (tmp_path / f"{fmt.key}.csv").exists()
            continue
        cells = [c for r in L.read_csv(result.path) for c in r]
        assert not any("open" in c or "; " in c for c in cells), fmt.key
        assert any("Ann Lee" in u.student for u in result.unmatched), fmt.key
