"""`grader score --one-column-per-question` reads a sheet of one row per student as one column per question when the
column guess took it for one row per answer. A teacher's lab sheet "Student ID, Name, Cell part, Why", whose "Cell part"
holds a few words repeated ("nucleus", "ribosome"), was read as one row per answer: "Why" graded as the answers to
questions called "nucleus", "mitochondria" and "ribosome", and --question-column refused ("this sheet holds one row per
answer"), so the command line could not grade the sheet as it is. Real files written to tmp_path, the real command with
the real tiny bundle through onnxruntime, the graded sheet read back."""
from __future__ import annotations

from grader_app.cli import run_cli
from sheet_files import ANSWERS, write_rows, written_rows

PARTS = ["nucleus", "mitochondria", "ribosome"]


def _lab_sheet(folder):
    rows = [["Student ID", "Name", "Cell part", "Why"]]
    rows += [[f"S{i:02}", f"Student {i}", PARTS[i % 3], f"{ANSWERS[i % len(ANSWERS)]} ({i})"] for i in range(12)]
    return write_rows(folder / "lab.csv", rows)


def _score(capsys, *args):
    code = run_cli(["score", *map(str, args)])
    return code, capsys.readouterr().err


def _graded(path) -> set[str]:
    return {c[:-len(" model_score")] for c in written_rows(path)[0] if c.endswith(" model_score")}


def test_a_sheet_of_one_row_per_student_taken_for_one_row_per_answer_is_read_per_question(tmp_path, tiny_bundle,
                                                                                          capsys):
    sheet = _lab_sheet(tmp_path)
    code, err = _score(capsys, sheet, "--bundle", tiny_bundle, "--question-column", "Cell part",
                       "--out", tmp_path / "refused.csv")
    assert code == 2 and "add --one-column-per-question if each row is a student" in " ".join(err.split())

    code, err = _score(capsys, sheet, "--bundle", tiny_bundle, "--one-column-per-question", "--out", tmp_path / "why.csv")
    assert code == 0, err
    rows = written_rows(tmp_path / "why.csv")
    assert len(rows) == 12 and _graded(tmp_path / "why.csv") == {"Why"}   # one row per student, "Why" a question
    assert all(r["Why model_score"] for r in rows)

    code, err = _score(capsys, sheet, "--bundle", tiny_bundle, "--one-column-per-question", "--question-column",
                       "Cell part", "--out", tmp_path / "both.csv")
    assert code == 0, err
    assert _graded(tmp_path / "both.csv") == {"Cell part", "Why"}


def test_it_is_refused_beside_the_options_of_one_row_per_answer(tmp_path, tiny_bundle, capsys):
    code, err = _score(capsys, _lab_sheet(tmp_path), "--one-column-per-question", "--answer-column", "Why",
                       "--out", tmp_path / "o.csv")
    assert code == 2 and "--one-column-per-question reads the sheet as one column per question" in err
    assert "give one or the other" in err and not (tmp_path / "o.csv").exists()
