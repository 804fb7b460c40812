"""A teacher's note under the class list ("Checked by Ms Li" alone in the first column, a blank row below the last
student) is no student: `grader score` leaves it out of the grading, says so, and writes it back where it was. A
student in the list who left the answer blank stays a student. Real CSV and XLSX files, the real tiny bundle."""
import csv

import openpyxl

from grader_app.cli import run_cli

LIST = [
    ["Student ID", "Name", "tiny-ice"],
    ["S01", "Ann", "Ice is less dense than water because the molecules form an open lattice, so it floats."],
    ["S02", "Bob", ""],   # handed in nothing: a student all the same
    ["S03", "Cy", "Ice floats because it is cold."],
]
NOTE = "Checked by Ms Li"


def _write(path, rows):
    if path.suffix == ".csv":
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
    else:
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r or [None])
        wb.save(path)
    return path


def _read(path):
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as fh:
            return [r for r in csv.reader(fh)]
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]


def _score(tmp_path, capsys, rows, suffix):
    sheet = _write(tmp_path / f"answers.{suffix}", rows)
    out = tmp_path / f"graded.{suffix}"
    code = run_cli(["score", str(sheet), "--out", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    return said.out + said.err, _read(out)


def test_a_note_under_the_list_is_left_out_and_kept_in_the_graded_sheet(tmp_path, tiny_shipped, capsys):
    for suffix in ("csv", "xlsx"):
        said, rows = _score(tmp_path, capsys, [*LIST, [], [NOTE, "", ""]], suffix)
        assert "Scored 3 answers" in said, said
        assert "Left out 1 row with neither a question nor an answer (row 6)" in said, said
        header, body = rows[0], [r for r in rows[1:] if any(r)]
        status = header.index("status")
        by_first = {r[0]: r for r in body}
        assert set(by_first) == {"S01", "S02", "S03", NOTE}
        assert "blank" in by_first["S02"][header.index("flags")] and by_first["S02"][status] == "needs review"
        assert by_first[NOTE][status] == "" and by_first[NOTE][header.index("model_score")] == ""


def test_a_student_who_left_the_answer_blank_below_a_blank_row_stays_a_student(tmp_path, tiny_shipped, capsys):
    for suffix in ("csv", "xlsx"):
        for below in (["S04", "Dee", ""], ["S04", "", ""], ["", "Dee", ""], [NOTE, "", "Ice floats."]):
            said, _ = _score(tmp_path, capsys, [*LIST, [], [NOTE, "", ""], below], suffix)
            assert "Scored 5 answers" in said and "Left out" not in said, (below, said)


def test_a_lone_name_below_a_list_named_by_one_column_stays_a_student(tmp_path, tiny_shipped, capsys):
    """With the students named by one column, a row of one name and no answer is a student who handed in nothing."""
    one_column = [[name, text] for _, name, text in LIST]
    for suffix in ("csv", "xlsx"):
        said, _ = _score(tmp_path, capsys, [*one_column, [], ["Dee", ""]], suffix)
        assert "Scored 4 answers" in said and "Left out" not in said, said


def test_a_note_in_a_column_grader_does_not_read_is_left_out_too(tmp_path, tiny_shipped, capsys):
    with_class = [[*r, "Class" if i == 0 else "9B"] for i, r in enumerate(LIST)]
    for suffix in ("csv", "xlsx"):
        said, _ = _score(tmp_path, capsys, [*with_class, [], ["", "", "", NOTE]], suffix)
        assert "Scored 3 answers" in said and "(row 6)" in said, said


def test_the_session_holds_no_answer_of_the_note_so_no_file_written_from_it_lists_it(tmp_path):
    """The LMS files, the report and the results table are written from the session's answers."""
    from grader_app.bundles.library import Library
    from grader_app.core.sheet import WIDE, ColumnMapping
    from grader_app.io.readers import read_sheet
    from grader_app.workflow import start_session

    for suffix in ("csv", "xlsx"):
        sheet = read_sheet(_write(tmp_path / f"list.{suffix}", [*LIST, [], [NOTE, "", ""]]))
        mapping = ColumnMapping(layout=WIDE, id_column="Student ID", name_column="Name",
                                answer_columns={"tiny-ice": "tiny-ice"})
        session, _ = start_session(sheet, mapping, Library(folders=[]))
        assert [a.text for a in session.answers] == [r[2] for r in LIST[1:]]
        assert not any(NOTE in a.student for a in session.answers)
