"""The list of the students an LMS file could not take (``<name>-unmatched.csv``), opened in the window as if it held
answers, is not read as answers: the start screen says what the file is and what to open instead, as for a gradebook
(QA: it was read as a wide sheet and its column of reasons scored as answers). The list is headed in the window's
language, so the reader knows the header in every language the window speaks: the committed catalogues are held to
grader_app.io.lms.grade_files.LEFT_OUT_HEADERS here, each list written for real in that language and read back."""
from __future__ import annotations

import sys
from pathlib import Path

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.lms.grade_files import LEFT_OUT_HEADERS, left_out_list  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui import i18n  # noqa: E402
from grader_app.ui.unmatched_words import list_words  # noqa: E402
from in_language import in_language  # noqa: E402


def test_the_list_in_every_language_of_the_window_is_known_by_the_reader(tmp_path):
    codes = [code for code, _name in i18n.LANGUAGES if code]
    assert len(codes) == len(LEFT_OUT_HEADERS)
    seen = set()
    for code in codes:
        with in_language(code):
            words = list_words()
            seen.add((words.row, words.student, words.why))
            folder = tmp_path / code
            folder.mkdir()
            session = L.session_for(L.moodle_responses(folder), L.by_text)
            report = export_format("moodle-gradebook").write(session, folder / "moodle.csv", words=words).report
            sheet = read_sheet(report)
            assert list(sheet.columns)[:3] == [words.row, words.student, words.why.format(system="Moodle")]
            assert left_out_list(sheet) == "Moodle", code
    assert seen == set(LEFT_OUT_HEADERS)          # a translation changed: LEFT_OUT_HEADERS changes with it


def test_a_list_written_by_an_earlier_german_window_is_still_known(tmp_path):
    """The German list's student column was "Schüler" before it said "Schülerin oder Schüler": such a file, still on a
    teacher's disk, is known too."""
    from grader_app.io.lms.grade_files import EARLIER_LEFT_OUT_HEADERS

    row, student, why = EARLIER_LEFT_OUT_HEADERS[0]
    assert student == "Schüler" and (row, student, why) not in LEFT_OUT_HEADERS
    old = L.write_csv(tmp_path / "moodle-unmatched.csv", [[row, student, why.format(system="Moodle"), "Q1"],
                                                          ["4", "Cara Diaz", "keine E-Mail-Adresse", "2"]], bom=True)
    assert left_out_list(read_sheet(old)) == "Moodle"


def test_a_list_headed_as_before_it_also_named_the_students_without_a_grade_is_still_known(tmp_path):
    """The reasons' column was headed "Why {system} could not take them" (and so in German and Spanish) until the
    list also named the students in the file without a grade: a list written then, in any language, is still known."""
    from grader_app.io.lms.grade_files import EARLIER_LEFT_OUT_HEADERS

    before = {"Why {system} could not take them", "Warum {system} sie nicht zuordnen konnte",
              "Por qué {system} no pudo asignarlos"}
    earlier = [h for h in EARLIER_LEFT_OUT_HEADERS if h[2] in before]
    assert {h[2] for h in earlier} == before and not [h for h in LEFT_OUT_HEADERS if h[2] in before]
    for n, (row, student, why) in enumerate(earlier):
        old = L.write_csv(tmp_path / f"canvas{n}-unmatched.csv", [[row, student, why.format(system="Canvas"), "Q1"],
                                                                  ["4", "Cara Diaz", "-", "2"]], bom=True)
        assert left_out_list(read_sheet(old)) == "Canvas", why


def test_the_window_says_what_the_list_is_and_takes_no_columns_from_it(qtbot, window, tmp_path):
    """As a gradebook file is refused: on the start screen, with the sentence, as the command line does, and nothing
    is taken for answers (before, the reasons' column was chosen as the answers of a question "Why Canvas could not
    take them"; then the columns dialog said the sentence and also "Choose the columns above, or Cancel.")."""
    session = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)
    report = export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv", words=list_words()).report
    window.open_path(report)
    qtbot.waitUntil(lambda: window.start.message.text().startswith("⚠"), timeout=20000)
    assert window.start.message.text() == (
        "⚠ This file is Grader's list of the students Canvas could not take from an export (their grades are to be "
        "entered in Canvas by hand), not the students' answers; open the sheet of the students' answers instead.")
    assert window.mapping_dialog is None and window.session is None
