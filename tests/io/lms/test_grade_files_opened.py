"""A grade file Grader wrote (each LMS upload file, the Canvas gradebook by the sheet's ids, the points sheet), opened
as if it held answers, is refused with a sentence saying what it is and what to open instead (QA: the Canvas file
by sheet ids of a Moodle worksheet offered "Score 9 answers": its scores under "Online text" taken for answers, its
"Points Possible" row for a student). So is the list of the students an LMS file could not take, in any language the
window writes it (QA: its column of reasons was scored as a question's answers). Each file is written by the real
exporter and read back as the app reads it. An LMS's own gradebook download is said to be one as Canvas's is (QA: the
others got "no column in this sheet holds text answers"), never a download that holds answers."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.cli import run_cli
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE
from grader_app.io import SheetError, guess_columns, read_sheet
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import ListWords, export_format
from grader_app.io.lms.grade_files import grades_file, left_out_list

GRADES = "this file is a gradebook for {} (grades, not the students' answers); open the sheet of the " \
         "students' answers instead"

# (export format, the download it is written from, the system it is said to be for)
WRITTEN = [("canvas-gradebook", L.canvas_student_analysis, "Canvas"),
           ("moodle-gradebook", L.moodle_responses, "Moodle"),
           ("blackboard-grade-center", L.blackboard_by_user, "Blackboard"),
           ("brightspace-grades", L.brightspace_questions, "Brightspace"),
           ("google-classroom", L.google_forms, "Google Classroom")]


def _refused(path) -> SheetError:
    sheet = read_sheet(path)
    with pytest.raises(SheetError) as caught:
        guess_columns(sheet)
    return caught.value


@pytest.mark.parametrize("key,download,system", WRITTEN)
def test_an_lms_upload_file_grader_wrote_is_not_read_as_answers(tmp_path, key, download, system):
    session = L.session_for(download(tmp_path), L.by_text)
    written = export_format(key).write(session, tmp_path / f"upload-{key}.csv").path
    problem = _refused(written)
    assert (problem.kind, problem.values) == ("columns.grades_file", {"system": system})
    assert str(problem) == GRADES.format(system)


def test_the_canvas_file_by_sheet_ids_of_a_moodle_worksheet_is_refused(tmp_path):
    session = L.session_for(L.moodle_worksheet(tmp_path), lambda a: 2)
    assert session.mapping.layout == WIDE and session.item_keys() == ["Online text"]
    written = write_canvas_csv(session, tmp_path / "moodleW-canvas.csv").path
    rows = L.read_csv(written)
    assert rows[0][-1] == "Online text" and rows[1][0] == "Points Possible"   # what was read as an answer before
    problem = _refused(written)
    assert (problem.kind, problem.values) == ("columns.grades_file", {"system": "Canvas"})


def test_the_points_sheet_is_refused_open_answers_and_all(tmp_path):
    # one answer still open: an empty cell among the points
    session = L.session_for(L.moodle_responses(tmp_path), lambda a: None if a.text == L.A_SOME else 2)
    written = export_format("points").write(session, tmp_path / "points.csv").path
    assert any("" in row[2:-2] for row in L.read_csv(written)[1:])   # Student, Email, the points
    problem = _refused(written)
    assert problem.kind == "columns.points_file"
    assert str(problem) == ("this file holds the points per question that Grader wrote, not the students' answers; "
                            "open the sheet of the students' answers instead")


def test_a_teachers_sheet_headed_like_a_grade_file_is_read_as_answers(tmp_path):
    rows = [["Last Name", "First Name", "Email Address", "Q1", "Q2"]]
    for i in range(6):
        rows.append([f"Lee{i}", f"Ann{i}", f"ann{i}@school.example", "mitochondria", L.A_GOOD])
    sheet = read_sheet(L.write_csv(tmp_path / "class.csv", rows))
    assert grades_file(sheet) is None
    assert list(guess_columns(sheet).answer_columns) == ["Q1", "Q2"]


# each system's own gradebook download, as the teacher downloads it before grading (nothing in it yet) or after
DOWNLOADED = [(L.blackboard_grade_center, "Blackboard"),
              (L.brightspace_gradebook, "Brightspace"), (L.classroom_grades, "Google Classroom")]


@pytest.mark.parametrize("graded", [True, False], ids=["graded", "before-grading"])
@pytest.mark.parametrize("download,system", DOWNLOADED)
def test_an_lms_gradebook_download_is_said_to_be_one_like_canvas_s(tmp_path, download, system, graded):
    """QA: Canvas's gradebook was said to be one, the other systems' got "no column in this sheet holds text
    answers…", which says nothing of what the file is."""
    problem = _refused(download(tmp_path, graded=graded))
    assert (problem.kind, problem.values) == ("columns.grades_file", {"system": system})
    assert str(problem) == GRADES.format(system)


@pytest.mark.parametrize("graded", [True, False], ids=["graded", "before-grading"])
def test_moodles_gradebook_download_says_where_in_moodle_the_answers_are(tmp_path, graded):
    """Moodle's gradebook said only "open the sheet of the students' answers instead", where Canvas's item analysis
    report says which page of Canvas gives them: it now names the quiz's Results › Responses report."""
    problem = _refused(L.moodle_gradebook(tmp_path, graded=graded))
    assert problem.kind == "columns.moodle_gradebook"
    assert str(problem) == ("this is a gradebook exported from Moodle (grades, not the students' answers); in Moodle "
                            "open the quiz, choose Results › Responses, download the report and open that file instead "
                            "(for an assignment, download its grading worksheet with the students' online text)")


@pytest.mark.parametrize("download", [L.moodle_responses, L.moodle_worksheet, L.canvas_student_analysis,
                                      L.blackboard_by_user, L.brightspace_questions, L.google_forms])
def test_an_lms_download_that_holds_answers_opens_as_answers(tmp_path, download):
    sheet = read_sheet(download(tmp_path))
    assert GradingSession(sheet, guess_columns(sheet)).answers


def test_a_teachers_sheet_headed_like_classrooms_with_its_answers_not_in_yet_is_no_gradebook(tmp_path):
    rows = [["Last Name", "First Name", "Email Address", "Q1"]]
    rows += [[f"Lee{i}", f"Ann{i}", f"ann{i}@school.example", ""] for i in range(6)]
    problem = _refused(L.write_csv(tmp_path / "class.csv", rows))
    assert problem.kind == "columns.no_answers"


def test_the_command_line_says_so_and_writes_nothing(tmp_path, tiny_shipped, capsys):
    session = L.session_for(L.moodle_worksheet(tmp_path), lambda a: 2)
    written = write_canvas_csv(session, tmp_path / "moodleW-canvas.csv").path
    code = run_cli(["score", str(written), "--out", str(tmp_path / "graded.xlsx")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == "grader: T" + GRADES.format("Canvas")[1:] + ".\n"
    assert not (tmp_path / "graded.xlsx").exists()


# ----- the list of students an LMS file could not take (<name>-unmatched.csv), opened as if it held answers -----------

LEFT_OUT = "this file is Grader's list of the students {0} could not take from an export (their grades are to be " \
           "entered in {0} by hand), not the students' answers; open the sheet of the students' answers instead"
WITH_LEFT_OUT = [
    ("canvas-gradebook", L.canvas_student_analysis, "Canvas"), ("moodle-gradebook", L.moodle_responses, "Moodle"),
    ("moodle-worksheet", L.moodle_worksheet, "Moodle"),
    ("blackboard-grade-center", L.blackboard_by_user, "Blackboard"),
    ("brightspace-grades", L.brightspace_questions, "Brightspace"),
    ("google-classroom", L.google_forms, "Google Classroom")]


@pytest.mark.parametrize("key,download,system", WITH_LEFT_OUT)
def test_the_list_of_students_left_out_is_refused_with_what_to_open_instead(tmp_path, key, download, system):
    """Before, the list was read as a wide sheet: its column of reasons taken for a question's answers."""
    session = L.session_for(download(tmp_path), L.by_text)
    result = export_format(key).write(session, tmp_path / f"upload-{key}.csv")
    assert result.unmatched and result.report.name == f"upload-{key}-unmatched.csv"
    problem = _refused(result.report)
    assert (problem.kind, problem.values) == ("columns.left_out_list", {"system": system})
    assert str(problem) == LEFT_OUT.format(system)


def test_the_list_in_the_teachers_language_and_their_csv_form_is_refused_too(tmp_path):
    """The window writes the list in its language (German here, as ui/unmatched_words gives the words) and in the
    form of the teacher's CSV: semicolons and decimal commas, as German Excel saved the sheet."""
    from test_teacher_csv_delimiter import LABELS, SCORES, _sheet

    german = ListWords(row="Zeile in der Tabelle", student="Schülerin oder Schüler",
                       why="Warum in {system} eine Note fehlt")
    session = L.session_for(_sheet(tmp_path, "semicolon"), lambda a: SCORES[a.text], labels=LABELS)
    result = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv", words=german)
    text = result.report.read_bytes().decode("utf-8-sig")
    assert text.startswith("Zeile in der Tabelle;Schülerin oder Schüler;Warum in Moodle eine Note fehlt;Q1;Q2") and "1,5" in text
    problem = _refused(result.report)
    assert (problem.kind, problem.values) == ("columns.left_out_list", {"system": "Moodle"})
    spanish = ListWords(row="Fila en la hoja", student="Estudiante", why="Por qué falta una nota en {system}")
    result = export_format("canvas-gradebook").write(L.session_for(L.canvas_student_analysis(tmp_path), L.by_text),
                                                     tmp_path / "canvas.csv", words=spanish)
    assert _refused(result.report).values == {"system": "Canvas"}


def test_a_sheet_headed_alike_with_a_question_is_read_as_answers(tmp_path):
    rows = [["Row in sheet", "Student", "Why does ice float on water?"]]
    rows += [[str(i + 2), f"Ann{i}", f"It is less dense than water ({i})."] for i in range(6)]
    sheet = read_sheet(L.write_csv(tmp_path / "class.csv", rows))
    assert left_out_list(sheet) is None
    assert list(guess_columns(sheet).answer_columns) == ["Why does ice float on water?"]


def test_the_command_line_refuses_the_list_and_writes_nothing(tmp_path, tiny_shipped, capsys):
    session = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)
    report = export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv").report
    code = run_cli(["score", str(report), "--out", str(tmp_path / "graded.xlsx")])
    assert code == 2 and capsys.readouterr().err == "grader: T" + LEFT_OUT.format("Canvas")[1:] + ".\n"
    assert not (tmp_path / "graded.xlsx").exists()
