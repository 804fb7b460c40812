"""The points sheet ("Any system → Points per question") is headed in the window's language, like the feedback sheet
beside it, and the reader knows it again in every language the window speaks (opened as if it held answers, it is
refused as the points sheet): the committed catalogues are held to grader_app.io.lms.plain.POINTS_HEADERS here, each
file written for real in that language with the window's words and read back."""
from __future__ import annotations

import sys
from pathlib import Path

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.lms.grade_files import grades_file  # noqa: E402
from grader_app.io.lms.plain import POINTS_HEADERS  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui import i18n  # noqa: E402
from grader_app.ui.unmatched_words import list_words  # noqa: E402
from in_language import in_language  # noqa: E402


def test_the_points_sheet_in_every_language_of_the_window_is_known_by_the_reader(tmp_path):
    codes = [code for code, _name in i18n.LANGUAGES if code]
    assert sorted(codes) == sorted(POINTS_HEADERS)
    for code in codes:
        with in_language(code):
            words = list_words()
            assert words.points == POINTS_HEADERS[code], code     # a translation changed: POINTS_HEADERS with it
            folder = tmp_path / code
            folder.mkdir()
            session = L.session_for(L.moodle_responses(folder), L.by_text)
            written = export_format("points").write(session, folder / "points.csv", words=words).path
            sheet = read_sheet(written)
            # Moodle's responses give the email alone: no student id or username column
            assert list(sheet.columns) == [words.points[0], words.points[3], "Q1", "Q2", *words.points[4:]]
            assert grades_file(sheet) == "", code
