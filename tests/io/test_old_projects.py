"""Projects saved by older versions of Grader, written by hand as those versions wrote them (``old_projects.py``), on
real sheets, opened as the app opens a sheet (``workflow.open_sheet`` -> ``prepare_session``) and read back from disk:

* saved before Grader read first names: the student is "Ann Lee", as in a new project, not "Lee". The first-name
  column is the one a new sheet's guess pairs with the surname column the teacher kept, nothing else the teacher
  chose changes, and it is written back with the answers' hashes, so a sorted sheet keeps every decision; a Grader
  that knows no first names refuses the file, as it refuses a new project's, and changes nothing in it;
* saved before Moodle's "Overall average" row was left out: the decisions and comments made on that row are set
  aside in the file, with the row and why (not dropped as edited answers, never put on a student), counted apart,
  said once, and in no export.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "lms")]
from lms_sheets import moodle_responses  # noqa: E402
from old_projects import mapping, on_disk, write_old_project  # noqa: E402
from test_first_and_last_names import _sheet as class_sheet  # noqa: E402

from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io import read_sheet  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.project_store import SCHEMA_VERSION, ProjectError, ProjectStore  # noqa: E402
from grader_app.io.report import student_table  # noqa: E402

OLD = mapping(id_column="Student ID", name_column="Surname", item_column="Question", answer_column="Answer")
MOODLE = mapping("wide", id_column="Email address", name_column="Last name",
                 answer_columns={"Response 1": "Q1", "Response 2": "Q2"})


@pytest.fixture
def library():
    return Library.load([])


def opened(path, library) -> workflow.Prepared:
    """The sheet opened as the window opens it when its project knows the columns."""
    again = workflow.open_sheet(path, library)
    assert again.project_error is None and again.store is not None
    return workflow.prepare_session(path, again.sheet, again.setup["mapping"], again.setup["item_bundles"], library,
                                    store=again.store)


def decided(prepared: workflow.Prepared) -> dict:
    s = prepared.session
    return {(s.answers[k].student, s.answers[k].text): (d.score, d.comment) for k, d in s.decisions.items()}


def reverse_rows(path) -> None:
    """The teacher sorted the sheet: its rows upside down."""
    with open(path, newline="", encoding="utf-8") as fh:
        head, *rows = list(csv.reader(fh))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([head, *rows[::-1]])


# ----- saved before first names ------------------------------------------------------------------------------
def test_an_old_project_shows_first_and_last_name_and_keeps_everything_the_teacher_decided(tmp_path, library):
    sheet = class_sheet(tmp_path / "class.csv")
    project = write_old_project(sheet, OLD, {1: (2, "fine")}, waiting={0: "Which bonds?"})
    prepared = opened(sheet, library)
    try:
        s = prepared.session
        assert s.mapping.to_dict() == {**OLD, "first_name_column": "First name"}   # nothing else the teacher chose
        assert [a.student for a in s.answers] == ["Ann Lee · S1", "Ben Okafor · S2"]
        assert prepared.restored["decisions"] == 1 and prepared.restored["dropped"] == 0
        assert (s.decisions[1].score, s.decisions[1].comment) == (2, "fine") and s.waiting_comments == {0: "Which bonds?"}
        assert [row[0] for row in student_table(s)[1]] == ["Ann Lee · S1", "Ben Okafor · S2"]
    finally:
        workflow.close_project(prepared.store, prepared.session)
    disk = on_disk(project)
    assert disk["meta"]["mapping"] == {**OLD, "first_name_column": "First name"}    # written back
    assert disk["version"] == SCHEMA_VERSION and disk["meta"]["created"] == "2026-11-20T08:00:00.000000+00:00"
    assert disk["decisions"] == {1: (2, "fine")} and disk["waiting"] == {0: "Which bonds?"} and disk["log"] == 1


@pytest.mark.parametrize("opened_before_sorting", [False, True])
def test_a_sorted_sheet_keeps_an_old_projects_decisions_on_their_answers(tmp_path, library, opened_before_sorting):
    """Sorted before the project is opened again (its hashes name 'S2 · Okafor'), or after it was (the hashes written
    back name 'S2 · Ben Okafor'): either way Ben's answer keeps its decision."""
    sheet = class_sheet(tmp_path / "class.csv")
    write_old_project(sheet, OLD, {1: (2, "fine")})
    if opened_before_sorting:
        first = opened(sheet, library)
        workflow.close_project(first.store, first.session)
    reverse_rows(sheet)
    prepared = opened(sheet, library)
    try:
        assert prepared.restored["dropped"] == 0
        assert decided(prepared) == {("Ben Okafor · S2", "Ice floats because it is cold."): (2, "fine")}
        assert prepared.session.answers[0].student == "Ben Okafor · S2"
    finally:
        workflow.close_project(prepared.store, prepared.session)


@pytest.mark.parametrize("head, name_column, shown", [
    (("Student ID", "First name", "Surname", "Question", "Answer"), "First name", "Ann · S1"),   # the teacher's choice
    (("Student ID", "Name", "Class", "Question", "Answer"), "Name", "Ann · S1"),                # one name column
])
def test_an_old_project_whose_name_column_has_no_first_name_beside_it_is_left_as_it_was(tmp_path, library, head,
                                                                                       name_column, shown):
    sheet = class_sheet(tmp_path / "class.csv", head)
    old = {**OLD, "name_column": name_column}
    project = write_old_project(sheet, old, {1: (2, "fine")})
    before = on_disk(project)["meta"]["mapping"]
    prepared = opened(sheet, library)
    try:
        assert prepared.session.mapping.first_name_column is None and prepared.session.answers[0].student == shown
        assert prepared.restored["decisions"] == 1
    finally:
        workflow.close_project(prepared.store, prepared.session)
    assert on_disk(project)["meta"]["mapping"] == before == old


def test_a_grader_that_knows_no_first_names_refuses_the_upgraded_file_and_changes_nothing(tmp_path, library):
    """Such a Grader builds its session with the stored columns less the first name; the file's columns differ, so
    it stops before reading or moving a decision, as it does with a project made new today."""
    sheet = class_sheet(tmp_path / "class.csv")
    project = write_old_project(sheet, OLD, {1: (2, "fine")})
    first = opened(sheet, library)
    workflow.close_project(first.store, first.session)
    before = on_disk(project)
    older = GradingSession(read_sheet(sheet), ColumnMapping.from_dict(OLD))
    with ProjectStore.open(project) as store:
        with pytest.raises(ProjectError, match="other column choices"):
            store.restore(older)
        with pytest.raises(ProjectError, match="other column choices"):
            store.attach(older)
    assert on_disk(project) == before


# ----- Moodle's "Overall average" row -------------------------------------------------------------------------
def old_moodle_project(tmp_path):
    """Moodle's Responses report with its "Overall average" row, and the project an older Grader kept of it: the
    teacher scored and commented every answer (keys 0-5 the students', 6 the average row's Q1) and left a comment
    waiting on the average row's Q2 (key 7)."""
    path = moodle_responses(tmp_path, average=True)
    project = write_old_project(path, MOODLE, {k: (1, f"comment {k}") for k in range(7)}, waiting={7: "Blank row?"})
    return path, project


def test_an_old_moodle_projects_average_row_marks_are_set_aside_not_dropped_and_said_once(tmp_path, library):
    path, project = old_moodle_project(tmp_path)
    prepared = opened(path, library)
    try:
        s = prepared.session
        assert len(s.answers) == 6 and sum(s.counts().values()) == 6           # the row is no student
        assert {k: (d.score, d.comment) for k, d in s.decisions.items()} == {k: (1, f"comment {k}") for k in range(6)}
        assert s.answers[0].student == "Ann Lee · ann.lee@school.example" and s.waiting_comments == {}
        # not "dropped because the answers changed in the sheet": set aside, because the row is no student
        assert (prepared.restored["decisions"], prepared.restored["dropped"], prepared.restored["set_aside"]) == (6, 0, 2)
        assert prepared.dropped == []
        assert [(e["student"], e["item"], e["what"], e["score"], e["comment"]) for e in prepared.store.set_aside] == \
            [("Overall average", "Q1", "decision", 1, "comment 6"), ("Overall average", "Q2", "comment", None, "Blank row?")]
    finally:
        workflow.close_project(prepared.store, prepared.session, save=True)
    disk = on_disk(project)
    assert disk["decisions"] == {k: (1, f"comment {k}") for k in range(6)} and disk["waiting"] == {}
    aside = disk["meta"]["set_aside"]                                          # in the file, with the row and why
    assert [(e["row"], e["column"], e["item"], e["what"], e["score"], e["comment"], e["at"], e["why"]) for e in aside] == \
        [(3, "Response 1", "Q1", "decision", 1, "comment 6", "2026-11-20T08:30:00.000000+00:00", "not a student"),
         (3, "Response 2", "Q2", "comment", None, "Blank row?", "", "not a student")]
    assert disk["log"] == 7                                                    # the log keeps every change, as always

    again = opened(path, library)                                              # said once; kept, not set aside twice
    try:
        assert (again.restored["decisions"], again.restored["dropped"], again.restored["set_aside"]) == (6, 0, 0)
    finally:
        workflow.close_project(again.store, again.session)
    assert on_disk(project)["meta"]["set_aside"] == aside


def test_no_export_of_an_old_moodle_project_holds_the_average_row_or_its_marks(tmp_path, library):
    path, _ = old_moodle_project(tmp_path)
    prepared = opened(path, library)
    try:
        s = prepared.session
        graded = workflow.export_graded(s, tmp_path / "graded.csv")
        with open(graded, newline="", encoding="utf-8-sig") as fh:
            head, *rows = list(csv.reader(fh))
        average = rows[3]
        assert average[0] == "Overall average"                                 # the file's cells, as they were
        assert all(v == "" for v in average[head.index("Response 2") + 1:])    # and no grade or comment on it
        assert "comment 6" not in sum(rows, []) and rows[0][head.index("Response 1 final_score")] == "1"
        book = export_format("moodle-gradebook").write(s, tmp_path / "moodle.csv")
        assert book.written == 2 and [u.student for u in book.unmatched] == ["Cara Diaz"]   # no email: said apart
        with open(book.path, newline="", encoding="utf-8-sig") as fh:
            assert [r[:2] for r in csv.reader(fh)] == [["First name", "Last name"], ["Ann", "Lee"], ["Ben", "Okafor"]]
        assert [row[0] for row in student_table(s)[1]] == ["Ann Lee · ann.lee@school.example",
                                                           "Ben Okafor · ben.okafor@school.example", "Cara Diaz"]
    finally:
        workflow.close_project(prepared.store, prepared.session)
