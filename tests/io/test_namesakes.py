"""Two different students with one name, in a sheet with no student id column (grader_app.core.namesakes): kept apart
by their rows, never one student. Each sheet is written to disk, read and mapped as the app does, graded, exported
(feedback sheet, points per question, Canvas) and read back; a project file's decisions come back to the same rows.

Before, "Emily Nguyen" was one student: one feedback row holding both students' answers and comments, "1; 2" in the
points cell and no total, one student fewer in every count."""
from __future__ import annotations

import csv

from grader_app.core.namesakes import tell_apart
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping, answers_from_sheet
from grader_app.io.feedback import write_feedback
from grader_app.io.lms import export_format
from grader_app.io.lms.canvas_file import write_canvas_rows
from grader_app.io.notes import shared_names
from grader_app.io.project_records import digests_of
from grader_app.io.project_store import ProjectStore
from grader_app.io.readers import read_sheet

ITEMS = {q: ItemInfo(item=q, labels=(0, 1, 2)) for q in ("q1", "q2", "q3")}
LONG_MAP = ColumnMapping(layout=LONG, name_column="Name", item_column="Question", answer_column="Answer")


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def read_back(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def long_rows(order="student"):
    """Ann, Emily (first), Emily (second), Ben, three questions each; the two Emilys' rows next to each other."""
    people = [("Ann Lee", "a"), ("Emily Nguyen", "e1"), ("Emily Nguyen", "e2"), ("Ben Ode", "b")]
    rows = [(name, q, f"{tag} answers {q}") for name, tag in people for q in ("q1", "q2", "q3")]
    if order == "question":
        rows.sort(key=lambda r: r[1])
    return [("Name", "Question", "Answer"), *rows]


def session_of(path, mapping=LONG_MAP):
    return GradingSession(read_sheet(path), mapping, dict(ITEMS))


def decide_by_text(session):
    """Score each answer by whose it is (e1 1, e2 2, else 0), the comment saying whose."""
    for a in session.answers:
        tag = a.text.split()[0]
        session.decide(a.key, {"e1": 1, "e2": 2}.get(tag, 0), comment=f"for {tag}")


def test_two_emilys_whose_rows_are_together_are_two_students_in_every_export(tmp_path):
    path = write_csv(tmp_path / "class.csv", long_rows())
    session = session_of(path)
    labels = {a.text: a.student for a in session.answers}
    # the file's rows: header on 1, Ann on 2-4, the first Emily on 5-7, the second on 8-10
    assert labels["e1 answers q1"] == labels["e1 answers q3"] == "Emily Nguyen (row 5)"
    assert labels["e2 answers q1"] == labels["e2 answers q3"] == "Emily Nguyen (row 8)"
    assert labels["a answers q1"] == "Ann Lee" and labels["b answers q2"] == "Ben Ode"
    [shared] = session.namesakes
    assert shared.name == "Emily Nguyen" and shared.paired
    assert shared.labels == ("Emily Nguyen (row 5)", "Emily Nguyen (row 8)")
    decide_by_text(session)

    feedback = read_back(write_feedback(session, tmp_path / "feedback.csv"))
    head, rows = feedback[0], feedback[1:]
    assert len(rows) == 4 and "Row" in head
    emilys = [dict(zip(head, r)) for r in rows if r[0] == "Emily Nguyen"]
    assert [(e["Row"], e["Q1 answer"], e["Q1 score"], e["Q1 comment"], e["Total"]) for e in emilys] == [
        ("5", "e1 answers q1", "1", "for e1", "3"), ("8", "e2 answers q1", "2", "for e2", "6")]

    points = read_back(export_format("points").write(session, tmp_path / "points.csv").path)
    by_student = {r[0]: r for r in points[1:]}
    assert len(points) == 5
    assert points[0][:2] == ["Student", "q1"]        # no Student ID nor Email column: the sheet gives none
    assert by_student["Emily Nguyen (row 5)"][1:5] == ["1", "1", "1", "3"]
    assert by_student["Emily Nguyen (row 8)"][1:5] == ["2", "2", "2", "6"]

    # Canvas matches a sheet without ids on the name, which cannot tell these two apart: both left out, said so
    canvas, n, table = write_canvas_rows(session, tmp_path / "canvas.csv")
    assert [r[0] for r in read_back(canvas)[2:]] == ["Ann Lee", "Ben Ode"] and n == 2
    assert [(u.student, u.row, u.scores) for u in table.left_out] == [
        ("Emily Nguyen (row 5)", 5, {"q1": "1", "q2": "1", "q3": "1"}),
        ("Emily Nguyen (row 8)", 8, {"q1": "2", "q2": "2", "q3": "2"})]


def test_a_sheet_sorted_by_question_cannot_pair_them_so_each_row_is_a_student(tmp_path):
    path = write_csv(tmp_path / "class.csv", long_rows("question"))
    session = session_of(path)
    emily = [a for a in session.answers if a.sheet_student == "Emily Nguyen"]
    assert len(emily) == 6 and len({a.student for a in emily}) == 6      # one student per row: no guess
    assert all(a.student == f"Emily Nguyen (row {session.sheet.row_number(a.row)})" for a in emily)
    [shared] = session.namesakes
    assert not shared.paired
    note = shared_names(session.namesakes)
    assert note.kind == "shared_names" and "could not be paired" in note and "“Emily Nguyen”" in note
    # every other student is one student still, with all three answers
    decide_by_text(session)
    points = read_back(export_format("points").write(session, tmp_path / "points.csv").path)
    assert len(points) == 1 + 2 + 6
    assert next(r for r in points if r[0] == "Ann Lee")[1:5] == ["0", "0", "0", "0"]


def test_in_a_wide_sheet_two_rows_of_one_name_are_two_students(tmp_path):
    path = write_csv(tmp_path / "wide.csv", [("Name", "q1", "q2"), ("Emily Nguyen", "e1 one", "e1 two"),
                                             ("Ann Lee", "a one", "a two"), ("Emily Nguyen", "e2 one", "e2 two")])
    mapping = ColumnMapping(layout=WIDE, name_column="Name", answer_columns={"q1": "q1", "q2": "q2"})
    session = session_of(path, mapping)
    assert [a.student for a in session.answers] == ["Emily Nguyen (row 2)"] * 2 + ["Ann Lee"] * 2 + \
        ["Emily Nguyen (row 4)"] * 2
    decide_by_text(session)
    rows = read_back(write_feedback(session, tmp_path / "feedback.csv"))
    assert [(r[0], r[rows[0].index("Row")], r[rows[0].index("Total")]) for r in rows[1:]] == [
        ("Emily Nguyen", "2", "2"), ("Ann Lee", "3", "0"), ("Emily Nguyen", "4", "4")]


def test_unique_names_and_sheets_with_ids_keep_exactly_the_identities_they_had(tmp_path):
    rows = [r for r in long_rows() if not r[2].startswith("e2")]       # one Emily only
    sheet = read_sheet(write_csv(tmp_path / "class.csv", rows))
    plain = answers_from_sheet(sheet, LONG_MAP)
    assert tell_apart(plain, sheet, LONG_MAP) == (plain, [])
    with_ids = [("Student ID", *rows[0]), *((f"s{i // 3}", *r) for i, r in enumerate(long_rows()[1:]))]
    sheet = read_sheet(write_csv(tmp_path / "ids.csv", with_ids))
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                            answer_column="Answer")
    plain = answers_from_sheet(sheet, mapping)
    assert tell_apart(plain, sheet, mapping) == (plain, [])


def test_the_answers_hashes_are_those_of_before_so_a_project_keeps_its_decisions(tmp_path):
    path = write_csv(tmp_path / "class.csv", long_rows())
    sheet = read_sheet(path)
    assert digests_of(session_of(path).answers) == digests_of(answers_from_sheet(sheet, LONG_MAP))
    project = tmp_path / "class.grader-project"
    graded = session_of(path)
    with ProjectStore.open(project) as store:
        store.attach(graded)
        decide_by_text(graded)
        assert store.flush()
    # the sheet sorted by name the other way round: the rows move, each decision goes with its answer
    rows = long_rows()
    write_csv(path, [rows[0], *reversed(rows[1:])])
    again = session_of(path)
    with ProjectStore.open(project) as store:
        counts = store.restore(again)
    assert counts["decisions"] == 12 and counts["dropped"] == 0
    for a in again.answers:
        tag = a.text.split()[0]
        assert again.decisions[a.key].comment == f"for {tag}"
    assert {a.student for a in again.answers if a.text.startswith("e2")} == {"Emily Nguyen (row 5)"}



def test_grader_score_says_it_once_and_writes_each_emilys_rows(tmp_path, tiny_shipped, capsys):
    from grader_app.cli import run_cli

    rows = [("Name", "Question", "Answer")] + [(name, "tiny-ice", text) for name, text in
                                               (("Ann Lee", "ice floats"), ("Emily Nguyen", "it is lighter"),
                                                ("Emily Nguyen", "ice is less dense than water"))]
    path = write_csv(tmp_path / "class.csv", rows)
    out = tmp_path / "graded.csv"
    assert run_cli(["score", str(path), "--out", str(out), "--quiet"]) == 0
    said = capsys.readouterr().err
    assert said.count("1 name in this sheet belongs to more than one student (“Emily Nguyen”)") == 1
    assert "“Emily Nguyen (row 4)”" in said and "add a column of student ids" in said.lower()
    graded = read_back(out)
    assert [r[0] for r in graded[1:]] == ["Ann Lee", "Emily Nguyen", "Emily Nguyen"]   # the sheet's cells as they were
