"""The mail-merge feedback sheet Grader wrote, opened again as if it were a sheet to grade, is refused with a sentence
saying what it is and what to open instead, as the other files Grader writes are (test_grade_files_opened.py).

QA (LMS round trip, h4): opened, a feedback sheet of 1200 students was read as a sheet of two questions per answer,
its ``Q1 question`` column (the question's name, the same for every student) scored as the students' answers beside
``Q1 answer``, and in the CSV every answer and name the formula guard had quoted kept its ``'`` ("'=1+1"). Each file
is written by the real exporter (CSV and XLSX, a long and a wide sheet, each language's headers) and read back as the
app reads it; a teacher's own sheet headed alike but laid out otherwise is still read as answers."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.cli import run_cli
from grader_app.io import SheetError, guess_columns, read_sheet
from grader_app.io.columns import holds_no_answers
from grader_app.io.feedback import FeedbackWords, write_feedback

REFUSED = ("this file is the feedback sheet Grader wrote for your students (their answers, scores and your comments, "
           "for a mail merge), not a sheet to grade; open the sheet of the students' answers instead, or the graded "
           "sheet Grader saved to go on grading")
GERMAN = FeedbackWords(sheet="Rückmeldung", name="Name", student_id="Schüler-ID", username="Benutzername",
                       email="E-Mail", first_name="Vorname", last_name="Nachname", row="Zeile", question="F{n} Frage",
                       answer="F{n} Antwort", score="F{n} Punkte", out_of="F{n} Höchstpunktzahl",
                       rubric="F{n} Bewertungsraster", comment="F{n} Kommentar", total="Summe",
                       total_out_of="Höchstpunktzahl")
NASTY = ["=1+1", "-Anna", "@cmd", "water;=cmd|' /C calc'!A0"]


def _class(folder):
    """A teacher's workbook of one question, students with risky names and answers among them."""
    rows = [[*L.OWN_HEAD[:3], "Cell membrane"]]
    for i in range(12):
        name = NASTY[i] if i < len(NASTY) else f"Zoë {i}"
        answer = NASTY[-1 - i] if i < len(NASTY) else f"The membrane lets water in, {i}."
        rows.append([f"{i:05d}", name, f"s{i}@school.example", answer])
    return L.write_csv(folder / "class.csv", rows)


def _refused(path) -> SheetError:
    sheet = read_sheet(path)
    with pytest.raises(SheetError) as caught:
        guess_columns(sheet)
    return caught.value


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("source", [_class, L.moodle_responses, L.brightspace_questions])
def test_the_feedback_sheet_opened_again_is_refused_saying_what_it_is(tmp_path, suffix, source):
    session = L.session_for(source(tmp_path), lambda a: 1 if a.row % 2 else None)
    written = write_feedback(session, tmp_path / f"feedback{suffix}")
    problem = _refused(written)
    assert problem.kind == "columns.feedback_file"
    assert str(problem) == REFUSED
    assert holds_no_answers(problem)        # the window refuses it too, with no columns dialog to choose from


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_feedback_sheet_in_the_teachers_language_is_refused_too(tmp_path, suffix):
    session = L.session_for(L.google_forms(tmp_path), L.by_text)   # two questions
    written = write_feedback(session, tmp_path / f"rueckmeldung{suffix}", words=GERMAN)
    assert list(read_sheet(written).columns)[-3:] == ["F2 Kommentar", "Summe", "Höchstpunktzahl"]
    assert _refused(written).kind == "columns.feedback_file"


def test_a_teachers_sheet_headed_like_it_but_laid_out_otherwise_is_read_as_answers(tmp_path):
    rows = [["Name", "Student ID", "Q1 answer", "Q1 comment", "Total", "Out of"],
            ["Ann Lee", "S1", L.A_GOOD, "", "2", "2"], ["Ben Okafor", "S2", L.A_SOME, "", "1", "2"]]
    mapping = guess_columns(read_sheet(L.write_csv(tmp_path / "own.csv", rows)))
    assert "Q1 answer" in (mapping.answer_column, *mapping.answer_columns)


def test_the_command_line_says_so_and_writes_nothing(tmp_path, tiny_shipped, capsys):
    written = write_feedback(L.session_for(_class(tmp_path), L.by_text), tmp_path / "feedback.csv")
    code = run_cli(["score", str(written), "--out", str(tmp_path / "graded.xlsx")])
    assert code == 2
    assert capsys.readouterr().err == "grader: T" + REFUSED[1:] + ".\n"
    assert not (tmp_path / "graded.xlsx").exists()
