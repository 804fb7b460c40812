"""A download of one row per answer (Brightspace's question details, Blackboard's results by question and user) leaves
out its multiple-choice, true/false and numeric questions, as a report of one column per question leaves them
unticked. Before, every question stayed: the teacher graded "True" and "Mitochondria" with a short-answer model, and
the grades file carried them as new grade items. Brightspace says each question's type ("Q Type": "MC", "T/F" closed,
"WR", "SA" written) and that decides; Blackboard says none, so the rule goes by each question's answers over its rows.
Real files written as the systems write them, opened as the app opens them; the command line, the grades file and a
project's saved columns read back."""
from __future__ import annotations

import csv

from grader_app import workflow
from grader_app.cli import run_cli
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io.lms import export_format, reading_for
from grader_app.core.session import GradingSession
from lms_sheets import BRIGHTSPACE_HEAD, write_csv
from quiz_reports import MC, TF, WRITTEN

NUMBERS = ["4", "4", "5", "3", "4", "4", "6", "4", "4", "2"]   # a short-answer question answered with numbers


def brightspace(folder):
    """Ten students' question details: 1 written (WR), 2 multiple choice (MC), 3 short answer (SA) answered with
    numbers, 4 true/false (T/F) answered by three students only."""
    rows = [BRIGHTSPACE_HEAD]
    for i in range(10):
        for q, kind, answer in (("1", "WR", WRITTEN[i]), ("2", "MC", MC[i]), ("3", "SA", NUMBERS[i]),
                                ("4", "T/F", TF[i] if i < 3 else None)):
            if answer is not None:
                rows.append([f"7001{i:02}", f"s{i}", f"Ann{i}", f"Lee{i}", "1", "Mar 4, 2024 10:00 AM",
                             "Mar 4, 2024 10:20 AM", "", q, kind, "", f"Question {q}", "FALSE", "1", answer, "", "", "2"])
    return write_csv(folder / "Quiz 3 - Question Details.csv", rows)


def blackboard(folder):
    rows = [["Username", "Last Name", "First Name", "Question ID", "Question", "Answer", "Possible Points",
             "Auto Score", "Manual Score"]]
    for i in range(10):
        rows.append([f"s{i}", f"Lee{i}", f"Ann{i}", "q_11", "Why does ice float?", WRITTEN[i], "2", "", ""])
        rows.append([f"s{i}", f"Lee{i}", f"Ann{i}", "q_12", "Ice floats on water.", TF[i], "1", "1", ""])
    return write_csv(folder / "Test 3 results by question.csv", rows)


def _left_out_note(sheet):
    return [n for n in sheet.notes if getattr(n, "kind", "") == "closed_left_out"]


def test_brightspace_s_question_types_decide_which_questions_are_left_out(tmp_path):
    opened = workflow.open_sheet(brightspace(tmp_path), with_project=False)
    m = opened.mapping
    assert m is not None and m.layout == LONG
    assert m.left_out == ["2", "4"]   # MC and T/F (three answers: its type says so); SA's numbers stay, by its type
    assert _left_out_note(opened.sheet) == [
        "2 questions are not graded (“2”, “4”): their answers are only choices or numbers (multiple choice, true/false, "
        "numeric), which your learning platform marks itself; to grade them here too, tick “Also grade closed "
        "questions”."]
    sheet = opened.sheet
    s = GradingSession(sheet, m, reading=reading_for(sheet, m))
    assert sorted({a.item for a in s.answers}) == ["1", "3"] and len(s.answers) == 20
    for a in s.answers:
        s.decide(a.key, 1)
    out = tmp_path / "grades.csv"
    export_format("brightspace-grades").write(s, out)   # the grade items the teacher graded, not the two Brightspace did
    with open(out, newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert [h.split(" Points Grade")[0] for h in header[1:-1]] == ["Q1", "Q3"]
    # kept in a project's saved columns, and a project saved before reads as nothing left out
    assert ColumnMapping.from_dict(m.to_dict()).left_out == ["2", "4"]
    assert ColumnMapping.from_dict({**m.to_dict(), "left_out": None}).left_out == []


def test_a_multiple_choice_question_of_one_row_per_choice_says_no_student_answered_twice(tmp_path):
    """Brightspace writes a multiple-choice question one row per choice; left out, its rows are no second answer."""
    from grader_app.io.lms.attempts import twice_note

    path = brightspace(tmp_path)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    rows += [[*r[:14], "Nucleus", "", "", "2"] for r in rows[1:] if r[8] == "2"]   # each student's other choice
    write_csv(path, rows)
    opened = workflow.open_sheet(path, with_project=False)
    assert opened.mapping.left_out == ["2", "4"]
    s = GradingSession(opened.sheet, opened.mapping, reading=reading_for(opened.sheet, opened.mapping))
    assert twice_note(s) is None


def test_blackboard_s_true_false_question_is_left_out_by_its_answers(tmp_path):
    opened = workflow.open_sheet(blackboard(tmp_path), with_project=False)
    assert opened.mapping is not None and opened.mapping.left_out == ["q_12"]
    assert [n.values["questions"] for n in _left_out_note(opened.sheet)] == [["q_12"]]


def test_the_command_line_leaves_them_out_and_grades_them_with_closed_questions(tmp_path, tiny_bundle, capsys):
    sheet = brightspace(tmp_path)
    assert run_cli(["score", str(sheet), "--bundle", str(tiny_bundle), "--out", str(tmp_path / "two.csv")]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert ("2 questions are not graded (“2”, “4”): their answers are only choices or numbers (multiple choice, "
            "true/false, numeric), which your learning platform marks itself; to grade them here too, add "
            "--closed-questions.") in err
    with open(tmp_path / "two.csv", encoding="utf-8-sig", newline="") as fh:
        scored = [r for r in csv.DictReader(fh) if r["model_score"]]
    assert sorted({r["Q #"] for r in scored}) == ["1", "3"]
    assert run_cli(["score", str(sheet), "--bundle", str(tiny_bundle), "--closed-questions",
                    "--out", str(tmp_path / "all.csv")]) == 0
    assert "not graded" not in capsys.readouterr().err
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as fh:
        scored = [r for r in csv.DictReader(fh) if r["model_score"]]
    assert sorted({r["Q #"] for r in scored}) == ["1", "2", "3", "4"]
