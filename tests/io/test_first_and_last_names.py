"""A sheet that gives the student's name in two columns ("First name", "Surname": Moodle, Blackboard, school
exports) shows and exports the student as "Ann Lee", not by the surname alone; a project saved before the
first-name column existed still opens, as "Ann Lee" too. Real files on disk, the real reader, column guess and writers."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping
from grader_app.io import read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.canvas import canvas_rows
from grader_app.io.columns import guess_columns
from grader_app.io.lms import identifiers_for
from grader_app.io.project_store import project_path_for
from grader_app.io.report import student_table

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold."]


def _sheet(path, head=("Student ID", "First name", "Surname", "Question", "Answer")):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(head)
        w.writerow(["S1", "Ann", "Lee", "tiny-ice", TEXTS[0]])
        w.writerow(["S2", " Ben ", "Okafor", "tiny-ice", TEXTS[1]])
    return path


def _session(path) -> GradingSession:
    sheet = read_sheet(path)
    return GradingSession(sheet, guess_columns(sheet))


def test_first_name_and_surname_columns_make_the_students_full_name(tmp_path):
    s = _session(_sheet(tmp_path / "class.csv"))
    assert (s.mapping.name_column, s.mapping.first_name_column) == ("Surname", "First name")
    assert [a.student for a in s.answers] == ["Ann Lee · S1", "Ben Okafor · S2"]
    assert [row[0] for row in student_table(s)[1]] == ["Ann Lee · S1", "Ben Okafor · S2"]
    assert [r[0] for r in canvas_rows(s)[2:]] == ["Ann Lee", "Ben Okafor"]   # after the header and points rows
    assert identifiers_for(s.sheet, s.mapping).rows[0] == {"student_id": "S1", "first_name": "Ann", "last_name": "Lee",
                                                           "id": "S1"}


@pytest.mark.parametrize("write", [write_graded_xlsx, write_graded_csv])
def test_the_graded_export_read_back_still_gives_ann_lee(tmp_path, write):
    s = _session(_sheet(tmp_path / "class.csv"))
    out = write(s, tmp_path / ("graded.xlsx" if write is write_graded_xlsx else "graded.csv"))
    back = _session(out)
    assert back.mapping.first_name_column == "First name"
    assert [a.student for a in back.answers] == ["Ann Lee · S1", "Ben Okafor · S2"]


@pytest.mark.parametrize("first, last", [("Firstname", "Last name"), ("Given name", "Surname"),
                                         ("Vorname", "Nachname"), ("Nombre", "Apellido(s)")])
def test_first_and_last_name_headers_in_other_words(tmp_path, first, last):
    s = _session(_sheet(tmp_path / "class.csv", ("Student ID", first, last, "Question", "Answer")))
    assert (s.mapping.first_name_column, s.mapping.name_column) == (first, last)
    assert s.answers[0].student == "Ann Lee · S1"
    ids = identifiers_for(s.sheet, s.mapping).rows[0]   # for an LMS file: the full name where no system field is
    assert ids.get("name") == "Ann Lee" or (ids.get("first_name"), ids.get("last_name")) == ("Ann", "Lee")


def test_a_single_name_column_maps_no_first_name(tmp_path):
    s = _session(_sheet(tmp_path / "class.csv", ("Student ID", "Name", "Class", "Question", "Answer")))
    assert s.mapping.first_name_column is None and "first_name_column" not in s.mapping.to_dict()


def test_a_first_name_column_the_sheet_lacks_is_refused(tmp_path):
    sheet = read_sheet(_sheet(tmp_path / "class.csv"))
    m = ColumnMapping(id_column="Student ID", name_column="Surname", first_name_column="Given",
                      item_column="Question", answer_column="Answer")
    with pytest.raises(ValueError, match="'Given' for the student's first name"):
        m.validate(sheet)
    assert ColumnMapping.from_dict(m.to_dict()) == m


def test_a_project_saved_without_a_first_name_column_still_opens(tmp_path, tiny_bundle):
    library = Library.load([tiny_bundle.parent])
    sheet = _sheet(tmp_path / "class.csv")
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    prepared.session.decide(1, 2, comment="fine")
    workflow.close_project(prepared.store, prepared.session, save=True)
    con = sqlite3.connect(project_path_for(sheet))   # the mapping as a version before first names wrote it
    stored = json.loads(con.execute("SELECT value FROM meta WHERE name='mapping'").fetchone()[0])
    assert stored.pop("first_name_column") == "First name"
    con.execute("UPDATE meta SET value=? WHERE name='mapping'", (json.dumps(stored),))
    con.commit()
    con.close()

    again = workflow.open_sheet(sheet, library)   # gains the first-name column the guess finds (test_old_projects.py)
    assert again.project_error is None and again.setup["mapping"].first_name_column == "First name"
    prepared = workflow.prepare_session(sheet, again.sheet, again.setup["mapping"], again.setup["item_bundles"],
                                        library, store=again.store)
    try:
        assert prepared.restored["decisions"] == 1 and prepared.session.decisions[1].comment == "fine"
        assert prepared.session.answers[0].student == "Ann Lee · S1"    # as a new project shows it
    finally:
        workflow.close_project(prepared.store)
