"""The students' feedback sheet Grader wrote, opened in the window as if it were a sheet to grade, is not read as
answers: the start screen says what the file is and what to open instead, as for a gradebook or the list of students
left out (QA h4: its "Q1 question" column was scored as answers beside "Q1 answer"). The sheet is headed in the window's
language, so the reader knows its header in every language the window speaks: the committed catalogues are held to
grader_app.io.feedback_headers.FEEDBACK_WORDS here, each sheet written for real in that language and read back."""
from __future__ import annotations

import sys
from pathlib import Path

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io import SheetError, guess_columns  # noqa: E402
from grader_app.io.feedback import write_feedback  # noqa: E402
from grader_app.io.feedback_headers import FEEDBACK_WORDS, feedback_header_written  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui import i18n  # noqa: E402
from grader_app.ui.feedback_words import feedback_words  # noqa: E402
from in_language import in_language  # noqa: E402


def test_the_feedback_sheet_in_every_language_of_the_window_is_known_by_the_reader(tmp_path):
    codes = [code for code, _name in i18n.LANGUAGES if code]
    assert sorted(codes) == sorted(FEEDBACK_WORDS)
    for code in codes:
        with in_language(code):
            words = feedback_words()
        assert words == FEEDBACK_WORDS[code], code       # a translation changed: FEEDBACK_WORDS changes with it
        folder = tmp_path / code
        folder.mkdir()
        session = L.session_for(L.moodle_responses(folder), L.by_text)
        for suffix in (".csv", ".xlsx"):
            sheet = read_sheet(write_feedback(session, folder / f"feedback{suffix}", words=words))
            assert list(sheet.columns)[-2:] == [words.total, words.total_out_of]
            assert feedback_header_written(sheet.columns), (code, suffix)
            try:
                guess_columns(sheet)
            except SheetError as exc:
                assert exc.kind == "columns.feedback_file", (code, suffix)
            else:
                raise AssertionError(f"{code} {suffix}: the feedback sheet was read as answers")


def test_the_window_says_what_the_feedback_sheet_is_and_takes_no_columns_from_it(qtbot, window, tmp_path):
    session = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)
    written = write_feedback(session, tmp_path / "feedback.xlsx", words=feedback_words())
    window.open_path(written)
    qtbot.waitUntil(lambda: window.start.message.text().startswith("⚠"), timeout=20000)
    assert window.start.message.text() == (
        "⚠ This file is the feedback sheet Grader wrote for your students (their answers, scores and your comments, "
        "for a mail merge), not a sheet to grade; open the sheet of the students' answers instead, or the graded sheet "
        "Grader saved to go on grading.")
    assert window.mapping_dialog is None and window.session is None
