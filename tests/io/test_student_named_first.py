"""A student is shown by their name first, their id after it: "Harper Nowak · harper.nowak@school.example.org"
(QA: with the Email column as the id, which the columns dialog guesses, every label began with the address, and the
results table, cut at its end, showed only "harper.nowak@school.exa…" for 150 students). The id alone where there is
no name, the name alone where there is no id; two students of one name told apart by their ids.

A project file's hashes of the answers, and blind marking's neutral numbers, still name the student "id · name" as
Grader showed them before: a project saved then (written here byte for byte as that Grader wrote it) opens with every
decision on its student, a sorted sheet included, the same "Student N" for each student, and its hashes unchanged on
disk (an older Grader still finds its answers in it). Real workbooks on disk, the real reader and column guess."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from old_projects import mapping, on_disk, write_old_project  # noqa: E402

from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.sheet import ColumnMapping, answers_from_sheet  # noqa: E402
from grader_app.io import read_sheet  # noqa: E402
from grader_app.io.columns import guess_columns  # noqa: E402
from grader_app.io.report import student_table  # noqa: E402

QUESTION = "Name three ways a cell controls what crosses its membrane, and say how each one works."
# (first name, last name, email): two students called Emily Nguyen, each with an address of her own
PEOPLE = [("Harper", "Nowak", "harper.nowak@school.example.org"), ("Wyatt", "Scott", "wyatt.scott@school.example.org"),
          ("Emily", "Nguyen", "emily.nguyen@school.example.org"), ("Mason", "Thomas", "mason.thomas@school.example.org"),
          ("Emily", "Nguyen", "e.nguyen2@school.example.org"), ("Zoe", "King", "zoe.king@school.example.org")]
ANSWERS = ["Diffusion, osmosis and active transport with protein pumps.", "Osmosis moves water.",
           "Channels let ions through; pumps use ATP; vesicles carry big molecules.", "",
           "Endocytosis takes things in, exocytosis puts them out, diffusion goes down the gradient.", "I don't know."]


def class_sheet(path: Path, people=PEOPLE, answers=ANSWERS) -> Path:
    """A class as a school's export gives it: Period, Last Name, First Name, Email, Question, Answer (a workbook)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Period", "Last Name", "First Name", "Email", "Question", "Answer"])
    for k, (first, last, email) in enumerate(people):
        ws.append(["P3", last, first, email, QUESTION, answers[k % len(answers)]])
    wb.save(path)
    return path


def one_name_sheet(path: Path) -> Path:
    """The same class with the name in one column ("Student"), as the older Grader's project here knows it."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Student", "Email", "Question", "Answer"])
    for k, (first, last, email) in enumerate(PEOPLE):
        ws.append([f"{first} {last}", email, QUESTION, ANSWERS[k]])
    wb.save(path)
    return path


def test_the_guessed_email_id_comes_after_the_name(tmp_path):
    sheet = read_sheet(class_sheet(tmp_path / "bio-p3.xlsx"))
    m = guess_columns(sheet)
    assert (m.id_column, m.first_name_column, m.name_column) == ("Email", "First Name", "Last Name")   # a fine guess
    answers = answers_from_sheet(sheet, m)
    assert [a.student for a in answers] == [f"{f} {la} · {e}" for f, la, e in PEOPLE]
    # the two Emily Nguyens stay two students, told apart by their addresses
    assert answers[2].student != answers[4].student and len({a.student for a in answers}) == len(PEOPLE)
    # what a project's hashes name them by: as before, the id first
    assert [a.sheet_student for a in answers] == [f"{e} · {f} {la}" for f, la, e in PEOPLE]
    # the report's table of scores per student follows
    assert [row[0] for row in student_table(workflow.start_session(sheet, m, Library.load([]))[0])[1]] == [
        f"{f} {la} · {e}" for f, la, e in PEOPLE]


@pytest.mark.parametrize("id_column, name_column, first, shown, hashed", [
    (None, "Last Name", "First Name", "Harper Nowak", None),                      # the name alone
    ("Email", None, None, "harper.nowak@school.example.org", None),              # the id alone
    ("Email", "Last Name", None, "Nowak · harper.nowak@school.example.org", "harper.nowak@school.example.org · Nowak"),
])
def test_the_id_alone_without_a_name_and_the_name_alone_without_an_id(tmp_path, id_column, name_column, first, shown,
                                                                       hashed):
    sheet = read_sheet(class_sheet(tmp_path / "class.xlsx"))
    m = ColumnMapping(id_column=id_column, name_column=name_column, first_name_column=first, item_column="Question",
                      answer_column="Answer")
    a = answers_from_sheet(sheet, m)[0]
    assert (a.student, a.sheet_student) == (shown, hashed)


def test_a_row_with_neither_name_nor_id_is_its_row(tmp_path):
    path = class_sheet(tmp_path / "class.xlsx", people=[("", "", ""), *PEOPLE[:1]])
    a = answers_from_sheet(read_sheet(path), guess_columns(read_sheet(path)))
    assert (a[0].student, a[0].sheet_student) == ("row 1", None) and a[1].student.startswith("Harper Nowak · ")


def old_blind_numbers(seed: str, students: list[str]) -> dict[str, int]:
    """Blind marking's "Student N" as the Grader that showed "id · name" drew them (each label's hash with the seed)."""
    drawn = sorted(dict.fromkeys(students), key=lambda s: hashlib.sha256(f"{seed}\n{s}".encode("utf-8")).digest())
    return {s: n for n, s in enumerate(drawn, start=1)}


def test_a_project_saved_when_the_id_came_first_keeps_every_decision_and_number(tmp_path):
    path = one_name_sheet(tmp_path / "bio-p4.xlsx")
    old = mapping(id_column="Email", name_column="Student", item_column="Question", answer_column="Answer")
    project = write_old_project(path, old, {0: (2, "three named"), 4: (1, "how does each work?")}, waiting={2: "good"})
    before = on_disk(project)
    wb = load_workbook(path)                                  # the teacher sorted the sheet by name, Z to A
    ws = wb.active
    rows = sorted(([c.value for c in r] for r in ws.iter_rows(min_row=2)), key=lambda r: r[0], reverse=True)
    ws.delete_rows(2, ws.max_row)
    for r in rows:
        ws.append(r)
    wb.save(path)

    again = workflow.open_sheet(path, Library.load([]))
    assert again.project_error is None and again.store is not None
    prepared = workflow.prepare_session(path, again.sheet, again.setup["mapping"], again.setup["item_bundles"],
                                        Library.load([]), store=again.store)
    try:
        s = prepared.session
        assert prepared.restored["dropped"] == 0
        decided = {s.answers[k].student: (d.score, d.comment) for k, d in s.decisions.items()}
        assert decided == {"Harper Nowak · harper.nowak@school.example.org": (2, "three named"),
                           "Emily Nguyen · e.nguyen2@school.example.org": (1, "how does each work?")}
        assert {s.answers[k].student: c for k, c in s.waiting_comments.items()} == {
            "Emily Nguyen · emily.nguyen@school.example.org": "good"}
        # blind marking's numbers are the ones the project's students had
        from grader_app.ui.blind import StudentNames   # the numbers are drawn in the ui layer (no widget is made)
        names = StudentNames()
        names.set_session(s, again.store.blind_seed())
        was = old_blind_numbers(before["meta"]["blind_seed"], [f"{e} · {f} {la}" for f, la, e in PEOPLE])
        assert {a.sheet_student: names.number(a.student) for a in s.answers} == was
    finally:
        workflow.close_project(prepared.store, prepared.session)
    after = on_disk(project)
    # the same hashes on disk (an older Grader still finds its answers), moved with the sorted rows
    assert sorted(after["digests"].values()) == sorted(before["digests"].values())
    assert sorted(after["decisions"].values()) == sorted(before["decisions"].values())
