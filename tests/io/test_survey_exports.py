"""Answers downloaded from a survey tool (SurveyMonkey's CSV: the respondent's and the collector's ids, dates, an IP
address, the respondent's email and names, then one column per question). Real files, written and read back as the
window and ``grader score`` read them."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scored_by_the_cli import graded_csv_rows, score_with_bundle  # noqa: E402

HEAD = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
        "Last Name", "Custom Data 1", "Why does ice float in water?", "Explain what osmosis is."]
ANSWERS = [("Ice is less dense than liquid water.", "Water moves across a membrane to where there is more solute."),
           ("Its molecules are held further apart.", "Diffusion of water through a membrane."),
           ("Hydrogen bonds hold it in an open lattice.", "Water goes from low to high solute concentration."),
           ("It floats because of its density.", "The movement of water through a cell membrane.")]


def _rows(collector: str = "431245678") -> list[list[str]]:
    return [[f"11402231012{i}", collector, "03/04/2024 10:00:00 AM", "03/04/2024 10:05:00 AM", f"10.0.0.{i}",
             f"kid{i}@school.example", f"Kid{i}", "Doe", "", a, b] for i, (a, b) in enumerate(ANSWERS)]


def _write(path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def test_the_respondents_id_is_the_students_not_the_collectors_every_row_shares(tmp_path):
    """"Collector ID" (the link the survey was sent by: one value on every row) was taken for the student id, being
    shorter than "Respondent ID"; grader score then said the four students were one student in the sheet four times."""
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, *_rows()])
    assert guess_columns(read_sheet(path)).id_column == "Respondent ID"


def test_an_id_column_with_one_value_is_still_taken_when_it_is_the_only_one(tmp_path):
    path = tmp_path / "one student.csv"
    _write(path, [["Student ID", "Question", "Answer"], ["S1", "Q1", "Ice floats."], ["S1", "Q2", "Osmosis."]])
    assert guess_columns(read_sheet(path)).id_column == "Student ID"


def test_grader_score_grades_each_respondent_as_one_student(tmp_path, shipped_bundle, capsys):
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, *_rows()])
    said = score_with_bundle(path, tmp_path / "graded.csv", shipped_bundle, capsys)
    assert "Scored 8 answers" in said.out and "more than once" not in said.err


# SurveyMonkey's second header row: "Open-Ended Response" under each question answered in words, "Response" under one
# answered by a choice; a question of several choices, its title once over the choices' labels
SUB = ["", "", "", "", "", "", "", "", "", "Open-Ended Response", "Open-Ended Response"]
# Qualtrics: its short names, then each question's text, then each column's import id, then the responses
Q_HEAD = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
          "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "Q1", "Q2"]
Q_TEXT = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
          "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email",
          "Why does ice float in water?", "Explain what osmosis is."]
Q_IDS = ['{"ImportId":"%s"}' % k for k in ("startDate", "endDate", "status", "ipAddress", "progress", "duration",
                                           "finished", "recordedDate", "_recordId", "recipientLastName",
                                           "recipientFirstName", "recipientEmail", "QID1_TEXT", "QID2_TEXT")]


def _qualtrics(with_texts: bool = True) -> list[list[str]]:
    rows = [Q_HEAD, Q_TEXT, Q_IDS] if with_texts else [Q_HEAD, Q_IDS]
    return rows + [["2024-03-04 10:00:00", "2024-03-04 10:05:00", "0", f"10.0.0.{i}", "100", "300", "1",
                    "2024-03-04 10:05:00", f"R_2xYz{i}AbC", "Doe", f"Kid{i}", f"kid{i}@school.example", a, b]
                   for i, (a, b) in enumerate(ANSWERS)]


def _answers(sheet):
    from grader_app.core.session import GradingSession
    from grader_app.io.lms import reading_for

    return [a.text for a in GradingSession(sheet, guess_columns(sheet), reading=reading_for(sheet)).answers]


def test_surveymonkeys_second_header_row_is_no_student(tmp_path):
    """It was read as a student with no id or name whose every answer was "Open-Ended Response": marked and exported."""
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, SUB, *_rows()])
    sheet = read_sheet(path)
    assert sorted(_answers(sheet)) == sorted(t for pair in ANSWERS for t in pair)
    said = [n for n in sheet.notes if getattr(n, "kind", "") == "survey_labels"]
    assert [n.values for n in said] == [{"rows": [2]}]
    assert str(said[0]) == ("Left out 1 row below the header that only labels its columns as survey tools export "
                            "them (row 2), so no student's answers are there; the graded sheet keeps it as it is.")


def test_surveymonkeys_row_under_a_question_of_several_choices_too(tmp_path):
    head = HEAD + ["Which is denser?", "", ""]
    sub = SUB + ["Ice", "Water", "Other (please specify)"]
    rows = [r + (["", "Water", ""] if i % 2 else ["", "", "neither"]) for i, r in enumerate(_rows())]
    path = tmp_path / "survey.csv"
    _write(path, [head, sub, *rows])
    sheet = read_sheet(path)
    assert [n.values for n in sheet.notes if getattr(n, "kind", "") == "survey_labels"] == [{"rows": [2]}]
    assert "Open-Ended Response" not in _answers(sheet)


def test_qualtrics_question_text_and_import_id_rows_are_no_students(tmp_path):
    for with_texts, rows in ((True, [2, 3]), (False, [2])):
        path = tmp_path / f"qualtrics {with_texts}.csv"
        _write(path, _qualtrics(with_texts))
        sheet = read_sheet(path)
        assert sorted(_answers(sheet)) == sorted(t for pair in ANSWERS for t in pair)
        assert [n.values for n in sheet.notes if getattr(n, "kind", "") == "survey_labels"] == [{"rows": rows}]


def test_a_student_who_answered_response_is_still_a_student(tmp_path):
    rows = _rows()
    rows[0][-2:] = ["Response", "Open-Ended Response"]    # a first student's words, with their id and name beside
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, *rows])
    sheet = read_sheet(path)
    assert "survey_labels" not in [getattr(n, "kind", "") for n in sheet.notes]
    assert "Open-Ended Response" in _answers(sheet)


def test_grader_score_grades_the_respondents_alone_and_keeps_the_labels_row(tmp_path, shipped_bundle, capsys):
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, SUB, *_rows()])
    out = tmp_path / "graded.csv"
    said = score_with_bundle(path, out, shipped_bundle, capsys)
    assert "Scored 8 answers" in said.out and "Left out 1 row below the header" in said.err
    back = graded_csv_rows(out)
    assert back[1][:len(SUB)] == SUB and not any(back[1][len(SUB):])   # kept, and given no score
