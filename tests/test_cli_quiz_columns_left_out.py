"""`grader score` on a quiz report grades the question columns the column guess leaves out when told to, and says how.

Before, the command line left out a Canvas quiz report's multiple-choice and true/false columns (as the columns dialog
leaves them unticked) and told the teacher to "tick them", which no command line can: it had no way to grade them at
all. Now ``--closed-questions`` takes them, and without it stderr names that option; likewise a column of text not taken
as a question ("Reflexión") is taken with ``--question-column`` and the line says exactly that. Real files written to
tmp_path, the real command (``run_cli``) with the real tiny bundle through onnxruntime, the graded sheet read back."""
from __future__ import annotations

from grader_app.cli import run_cli
from quiz_reports import Q1, Q2, Q3, canvas_report
from sheet_files import ANSWERS, write_rows, written_rows


def _score(capsys, *args):
    code = run_cli(["score", *map(str, args)])
    out = capsys.readouterr()
    return code, out.err


def _graded(path) -> set[str]:
    """The columns the graded sheet scored: each followed by its own "… model_score" column, filled on every row."""
    rows = written_rows(path)
    scored = {c[:-len(" model_score")] for c in rows[0] if c.endswith(" model_score")}
    assert all(r[f"{c} model_score"] for r in rows for c in scored)
    return scored


def test_the_closed_question_columns_are_graded_with_the_option_and_left_out_without_it(tmp_path, tiny_bundle, capsys):
    report = canvas_report(tmp_path)
    code, err = _score(capsys, report, "--bundle", tiny_bundle, "--out", tmp_path / "written.csv")
    assert code == 0, err
    assert _graded(tmp_path / "written.csv") == {Q3}
    said = " ".join(err.split())
    assert ("grader: 2 question columns are not graded (“1001: Which organelle releases energy i…”, “1002: Ice floats "
            "on water.”): their answers are only choices or numbers (multiple choice, true/false, numeric), which your "
            "learning platform marks itself; to grade them here too, add --closed-questions.") in said
    assert "tick" not in said

    code, err = _score(capsys, report, "--bundle", tiny_bundle, "--closed-questions", "--out", tmp_path / "all.csv")
    assert code == 0, err
    assert _graded(tmp_path / "all.csv") == {Q1, Q2, Q3}
    assert "--closed-questions" not in err and "not graded" not in err

    # one of them named: the other is still said, alone
    code, err = _score(capsys, report, "--bundle", tiny_bundle, "--question-column", Q2, "--out", tmp_path / "tf.csv")
    assert code == 0, err
    assert _graded(tmp_path / "tf.csv") == {Q2, Q3}
    assert "1 question column is not graded (“1001: Which organelle releases energy i…”): its answers" in " ".join(
        err.split())


def test_a_column_of_text_not_taken_is_graded_with_question_column_and_the_line_says_so(tmp_path, tiny_bundle, capsys):
    rows = [["Student ID", "Name", "Q1", "Q2", "Reflexión"]]
    rows += [[f"S{i:02}", f"Student {i}", ANSWERS[i % len(ANSWERS)], ANSWERS[(i + 1) % len(ANSWERS)],
              f"{ANSWERS[(i + 2) % len(ANSWERS)]} ({i})"] for i in range(12)]
    sheet = write_rows(tmp_path / "examen.csv", rows)
    code, err = _score(capsys, sheet, "--bundle", tiny_bundle, "--out", tmp_path / "two.csv")
    assert code == 0, err
    assert _graded(tmp_path / "two.csv") == {"Q1", "Q2"}
    assert ("grader: 1 column holds text but is not taken as a question (“Reflexión”); to grade its answers, add "
            "--question-column 'Reflexión'.") in " ".join(err.split())

    code, err = _score(capsys, sheet, "--bundle", tiny_bundle, "--question-column", "reflexión",
                       "--out", tmp_path / "three.csv")
    assert code == 0, err
    assert _graded(tmp_path / "three.csv") == {"Q1", "Q2", "Reflexión"}
    assert "not taken as a question" not in err


def test_a_question_column_on_a_sheet_of_one_row_per_answer_is_refused_saying_why(tmp_path, tiny_bundle, capsys):
    sheet = write_rows(tmp_path / "long.csv", [["Student ID", "Question", "Answer"]]
                       + [[f"S{i}", "tiny-ice", a] for i, a in enumerate(ANSWERS)])
    code, err = _score(capsys, sheet, "--question-column", "Answer", "--out", tmp_path / "out.csv")
    assert code == 2
    assert "--question-column" in err and "one row per answer (the answers in “Answer”)" in err
    code, err = _score(capsys, canvas_report(tmp_path), "--closed-questions", "--answer-column", Q3,
                       "--out", tmp_path / "o.csv")
    assert code == 2 and "--closed-questions grades more columns" in err and "give one or the other" in err
    code, err = _score(capsys, canvas_report(tmp_path), "--question-column", "Reflection", "--out", tmp_path / "o.csv")
    assert code == 2 and "no column named “Reflection” (given by --question-column)" in err
