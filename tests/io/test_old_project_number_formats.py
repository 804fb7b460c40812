"""A project saved by a Grader that read an answer under a number format as the number it stores, opened again today.

Today an answer cell under "0%", "# ?/?" or "0.00" reads as Excel shows it ("50%", "3/4", "3.50"); older Graders read
the stored number ("0.5", "0.75", "3.5"), and hashed those texts into their projects. ``old_numbers/`` holds such
projects, each made by that Grader's own code (``old_numbers/make_project.py`` says how): one before any format was
shown (b04ae51), one that showed fractions and percents but read "0.00" as stored (96271e5), and one that also read
the empty question cells below a question as a question with no name (7e8207d, on ``blocks.xlsx``). Every decision,
comment waiting for a score and answer pulled out of its group comes back on the same student's answer, on the sheet
as saved and on one edited since, and stays there once the project is saved and read back from disk.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import openpyxl
import pytest

from grader_app import workflow
from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reopened_projects import check_all_restored, check_read_back, on_disk, opened, what  # noqa: E402

OLD = Path(__file__).resolve().parent / "old_numbers"
# what the teacher did with the older Grader (make_project.py), by student, question and today's text: score, comment
DECIDED = {
    ("Ana · S01", "q1", "50%"): (1, "Half is right."), ("Ben · S02", "q1", "25%"): (0, "A quarter is not half."),
    ("Ben · S02", "q2", "1 1/2"): (0, "Less than one."), ("Ana · S01", "q3", "3.50"): (2, "Exact."),
    ("Ben · S02", "q3", "3.00"): (1, "Show the decimals."),
    ("Ana · S01", "q4", "Ice is less dense than water."): (2, "Good."),
}
WAITING = {("Cyd · S03", "q2", "3/4"): "Which fraction is it?"}
PULLED_OUT = {("Ana · S01", "q2", "3/4")}
PROJECTS = {"before_fractions": "numbers.xlsx", "before_formats": "numbers.xlsx", "before_above": "blocks.xlsx"}


def copied(folder: Path, project: str) -> Path:
    """The sheet and its old project, copied as the teacher left them; the sheet's path."""
    folder.mkdir()
    sheet = folder / PROJECTS[project]
    shutil.copyfile(OLD / f"{project}.grader-project", sheet.with_suffix(".grader-project"))
    return Path(shutil.copyfile(OLD / PROJECTS[project], sheet))


def rewrite(path: Path, order, extra=()) -> None:
    """The sheet saved again in Excel with its answer rows in ``order`` (0-based, of those below the header) and the
    rows ``extra`` (values, the answer's number format) added at its foot; every cell keeps its number format."""
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    rows = [[(c.value, c.number_format) for c in row] for row in ws.iter_rows(min_row=2)]
    ws.delete_rows(2, ws.max_row)
    for i, row in enumerate([rows[j] for j in order] + [[(v, "General") for v in values[:-1]] + [(values[-1], code)]
                                                         for values, code in extra], start=2):
        for j, (value, code) in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=value).number_format = code
    wb.save(path)


def sorted_with_a_late_student(path: Path) -> None:
    """Sorted by student (Cyd's answers first), a late student's answers added: the same numbers as Ana's."""
    rewrite(path, sorted(range(12), key=lambda j: (-(j % 3), j)),
            [(("S04", "Dee", "q1", 0.5), "0%"), (("S04", "Dee", "q3", 3.5), "0.00")])


def late_submission_under_blocks(path: Path) -> None:
    """A late student's answer added at the sheet's foot, its question cell empty like those above it (q4's)."""
    rewrite(path, range(12), [(("S04", "Dee", None, 0.75), "# ?/?")])


@pytest.mark.parametrize("project", list(PROJECTS))
@pytest.mark.parametrize("edited", [False, True], ids=["as saved", "edited since"])
def test_an_old_projects_decisions_come_back_on_answers_read_as_their_format_shows(tmp_path, project, edited):
    sheet = copied(tmp_path / "class", project)
    if edited:
        (late_submission_under_blocks if project == "before_above" else sorted_with_a_late_student)(sheet)
    prepared = opened(sheet)
    try:
        check_all_restored(prepared, DECIDED, WAITING, PULLED_OUT)
    finally:
        workflow.close_project(prepared.store, prepared.session, save=True)
    assert on_disk(sheet.with_suffix(".grader-project"))[0] == sorted(DECIDED.values())
    check_read_back(sheet, DECIDED, WAITING, PULLED_OUT)


def test_an_answer_with_another_fit_is_not_guessed(tmp_path):
    """The sheet edited since with Ben's "3.00" to q3 twice (his answer pasted again): which of the two the stored
    "3" was cannot be told, so that decision is not taken (counted dropped, kept in the file's log); each other
    decision, its answer the only fit, comes back."""
    sheet = copied(tmp_path / "class", "before_fractions")
    rewrite(sheet, [*range(8), 7, *range(8, 12)])
    prepared = opened(sheet)
    try:
        assert prepared.restored["dropped"] == 1
        decided = {k: v for k, v in DECIDED.items() if k[:2] != ("Ben · S02", "q3")}
        assert what(prepared) == (decided, WAITING, PULLED_OUT)
    finally:
        workflow.close_project(prepared.store, prepared.session)


@pytest.mark.parametrize("project", list(PROJECTS))
def test_the_fixtures_hash_the_numbers_as_their_grader_read_them(tmp_path, project):
    """The fixtures hold what the older Graders wrote: a project whose fingerprint today's reading of its sheet does
    not give, and fewer of whose answers it finds the more formats that Grader read as stored."""
    from grader_app.core.session import GradingSession
    from grader_app.io import read_sheet
    from grader_app.io.project_records import answers_fingerprint, match_answers

    sheet = copied(tmp_path / "class", project)
    with ProjectStore.open(sheet.with_suffix(".grader-project"), read_only=True) as store:
        mapping, fingerprint, stored = store.load_setup()["mapping"], store._meta("fingerprint"), store.stored_answers()
    session = GradingSession(read_sheet(sheet), mapping)
    assert fingerprint != answers_fingerprint(session)
    found = len(match_answers(stored, session))
    assert found == {"before_fractions": 5, "before_formats": 10, "before_above": 1}[project]


# each cell (its number, its format) as today's Grader reads it, and as each older one did (their own readers, run on
# this sheet: b04ae51 for c70a905, d91e2ec for fc194eb, 96271e5 for 2ee6b12)
CELLS = [
    ((0.5, "0%"), "50%", "0.5", "0.5", "50%"), ((0.125, "0.0%"), "12.5%", "0.125", "0.125", "12.5%"),
    ((0.75, "# ?/?"), "3/4", "0.75", "3/4", "3/4"), ((0.5, "?/8"), "4/8", "0.5", "4/8", "4/8"),
    ((3.5, "0.00"), "3.50", "3.5", "3.5", "3.5"), ((3, "0.00"), "3.00", "3", "3", "3"),
    ((1200, '"$"#,##0.00'), "$1,200.00", "1200", "1200", "1200"),
    ((1234, "0.00E+00"), "1.23E+03", "1234", "1234", "1234"),
    ((7, "000"), "007", "007", "007", "007"), ((True, "0.00"), "TRUE", "TRUE", "TRUE", "TRUE"),
    ((42, "General"), "42", "42", "42", "42"), (("3.5", "0.00"), "3.5", "3.5", "3.5", "3.5"),
]


@pytest.mark.parametrize("change,column", [("c70a905", 2), ("fc194eb", 3), ("2ee6b12", 4)])
def test_each_older_grader_read_a_number_under_a_format_as_it_did(tmp_path, change, column):
    """The texts an older Grader read are those its own reader gave for these cells (a text cell "3.5", a truth value
    and a number in General read alike by all)."""
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping
    from grader_app.io import read_sheet
    from grader_app.io.project_before import OLDER
    from grader_app.io.project_numbers import texts_before

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Answer"])
    for i, ((value, code), *_texts) in enumerate(CELLS, start=2):
        ws.append([f"S{i}", value])
        ws.cell(row=i, column=2).number_format = code
    wb.save(tmp_path / "cells.xlsx")
    session = GradingSession(read_sheet(tmp_path / "cells.xlsx"),
                             ColumnMapping(layout="long", id_column="Student ID", answer_column="Answer", default_item="q"))
    assert [a.text for a in session.answers] == [c[1] for c in CELLS]
    [older] = [o for o in OLDER if o.change == change]
    texts = texts_before(session, older.shown)
    assert [texts.get(a.key, a.cell) for a in session.answers] == [c[column] for c in CELLS]
