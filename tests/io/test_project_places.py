"""Which sheet a project file opened by itself goes with, and which project a sheet without one may take over
(grader_app.io.project_places), on real project files."""
from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_places import earlier_project, project_sheet, take_over_project
from grader_app.io.project_store import ProjectStore

sys.path[:0] = [str(Path(__file__).resolve().parent)]
from project_helpers import read_decisions  # noqa: E402

ANSWERS = ["Cells use diffusion and osmosis.", "Active transport moves ions.", "mRNA leaves the nucleus.",
           "Protein channels let water in.", "The ribosome reads codons.", "tRNA brings amino acids."]


def class_csv(path: Path, tag: str = "", students: int = 6) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for s in range(students):
            for q in ("Q1", "Q2"):
                w.writerow([f"S{s}{tag}", f"Student {s}{tag}", q, ANSWERS[(s + len(q)) % 6] + f" ({s}{q}{tag})"])
    return path


def graded(path: Path, n: int) -> None:
    library = Library.default()
    opened = workflow.open_sheet(path, library)
    prep = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
    for key in range(n):
        prep.session.decide(key, 1)
    assert not prep.store.close()


def test_a_project_file_goes_with_the_sheet_of_its_name_beside_it(tmp_path):
    home = class_csv(tmp_path / "home" / "quiz.csv")
    graded(home, 3)
    shutil.copytree(home.parent, tmp_path / "copy")
    found = project_sheet(tmp_path / "copy" / "quiz.grader-project")
    assert (found.sheet, found.elsewhere) == ((tmp_path / "copy" / "quiz.csv").absolute(), False)
    alone = tmp_path / "alone" / "quiz.grader-project"
    alone.parent.mkdir()
    shutil.copy(home.with_name("quiz.grader-project"), alone)
    found = project_sheet(alone)   # no sheet beside it: the stored one, said to be elsewhere
    assert (found.sheet, found.project, found.elsewhere) == (home.absolute(), alone.absolute(), True)


def test_only_a_project_holding_decisions_on_most_of_the_answers_is_offered(tmp_path):
    sheet = class_csv(tmp_path / "quiz.csv")
    graded(sheet, 5)
    graded(class_csv(tmp_path / "9B.csv", tag="B"), 7)            # another class: not offered
    graded(class_csv(tmp_path / "undecided.csv"), 0)               # the same answers, no decision: not offered
    (tmp_path / "broken.grader-project").write_bytes(b"not a project")   # looked past
    renamed = tmp_path / "quiz-final.csv"
    sheet.rename(renamed)
    found = earlier_project(renamed, workflow.read_for_grading(renamed))
    assert found is not None
    assert (found.path.name, found.decisions, found.made_for, found.own.name, found.part) == (
        "quiz.grader-project", 5, "quiz.csv", "quiz-final.grader-project", False)
    assert not [f.name for f in tmp_path.iterdir() if f.name.endswith(("-wal", "-shm"))]   # the looks left no trace
    before = read_decisions(found.path)
    own = take_over_project(found.path, renamed)
    assert own == found.own and read_decisions(own) == before == read_decisions(found.path)
    with ProjectStore.open(own, read_only=True) as store:
        assert store.decision_count() == 5


def test_taking_over_never_replaces_a_project_the_sheet_has_meanwhile(tmp_path):
    sheet = class_csv(tmp_path / "quiz.csv")
    graded(sheet, 5)
    renamed = class_csv(tmp_path / "quiz-final.csv")
    graded(renamed, 2)
    own = take_over_project(tmp_path / "quiz.grader-project", renamed)
    assert own.name == "quiz-final.grader-project" and len(read_decisions(own)) == 2


def rows_of(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def write_rows(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def project_rows(path: Path) -> dict:
    """Every table of a project file as a second connection reads it (the original must stay as it was)."""
    con = sqlite3.connect(str(path))
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        con.close()


@pytest.mark.parametrize("part", [("S0", "S1"), ("S0", "S1", "S2", "S3", "S4", "S5")])
def test_a_part_of_the_class_sheet_takes_a_copy_with_its_own_answers_work_and_opens_with_it(tmp_path, part):
    """quiz.csv (10 students) graded, then split: period1.csv holds two (or six) students' rows, sorted otherwise. It
    is offered quiz's decisions on its answers, and taking them makes its own project holding only its answers' work,
    which opens as its project (no "another sheet", no decision "dropped"); quiz.grader-project is left as it was."""
    library = Library.default()
    sheet = class_csv(tmp_path / "quiz.csv", students=10)
    opened = workflow.open_sheet(sheet, library)
    prep = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {}, library)
    s = prep.session
    for key in (0, 1, 2, 6, 7, 8, 9, 10, 11, 14, 17):   # S0 both, S1 Q1, S3-S5 both, S7 Q1, S8 Q2
        s.decide(key, key % 2, comment=f"c{key}" if key in (1, 7) else "", origin=("own", "sample", "unsure")[key % 3])
    s.set_waiting_comment(3, "ask about osmosis")   # S1 Q2, no score yet
    s.set_waiting_comment(13, "another period's")    # S6 Q2
    for key in (2, 9, 14):
        prep.store.save_pulled_out(key, True)
    ours = {k for k, a in enumerate(s.answers) if a.student.split(" · ")[-1] in part}

    def what(session, keys):
        return {(session.answers[k].student, session.answers[k].item, session.answers[k].text) for k in keys}
    want = {(s.answers[k].student, s.answers[k].item, s.answers[k].text): (d.score, d.comment, d.origin)
            for k, d in s.decisions.items() if k in ours}   # why each was marked too (core.origins)
    waiting, pulled = what(s, ours & {3, 13}), what(s, ours & {2, 9, 14})
    assert not prep.store.close()
    old = tmp_path / "quiz.grader-project"
    before = project_rows(old)
    rows = rows_of(sheet)
    period = write_rows(tmp_path / "period1.csv", [rows[0], *reversed([r for r in rows[1:] if r[0] in part])])

    found = earlier_project(period, workflow.read_for_grading(period))
    assert found is not None
    assert (found.path.name, found.decisions, found.made_for, found.part, found.found, found.stored) == (
        "quiz.grader-project", len(want), "quiz.csv", True, len(ours), 20)
    own = take_over_project(found.path, period)
    assert own == found.own and project_rows(old) == before   # the original untouched, all its work kept
    copied = project_rows(own)
    assert (len(copied["decisions"]), len(copied["answers"]), len(copied["waiting_comments"])) == (
        len(want), len(ours), len(waiting))
    assert sorted(k for _id, k, *_rest in copied["decision_log"]) == sorted(k for k, *_rest in copied["decisions"])
    assert not [f.name for f in tmp_path.iterdir() if f.name.endswith((".restoring", "-wal", "-shm"))]

    opened = workflow.open_sheet(period, library)   # as the window reads it again after the copy
    assert opened.project_error is None and opened.store is not None and opened.changed is None
    prep = workflow.prepare_session(period, opened.sheet, opened.setup["mapping"], opened.setup["item_bundles"],
                                    library, store=opened.store)
    s = prep.session
    try:
        assert prep.restored["decisions"] == len(want) and prep.restored["dropped"] == 0 and not prep.dropped
        assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text): (d.score, d.comment, d.origin)
                for k, d in s.decisions.items()} == want
        assert what(s, s.waiting_comments) == waiting and set(s.waiting_comments.values()) == {"ask about osmosis"}
        assert what(s, prep.store.pulled_out) == pulled
    finally:
        assert not prep.store.close()
    assert project_rows(old) == before


def test_of_two_projects_with_the_same_decisions_the_one_whose_sheet_is_still_there_is_offered(tmp_path):
    """quiz.csv renamed to quiz-final.csv, its decisions taken over and opened (that project now made for quiz-final.csv),
    then named quiz.csv again; a part of it is offered quiz.grader-project, whose sheet is there, not the newer copy."""
    library = Library.default()
    sheet = class_csv(tmp_path / "quiz.csv", students=10)
    graded(sheet, 6)
    final = sheet.rename(tmp_path / "quiz-final.csv")
    copy = take_over_project(tmp_path / "quiz.grader-project", final)
    opened = workflow.open_sheet(final, library)
    prep = workflow.prepare_session(final, opened.sheet, opened.setup["mapping"], opened.setup["item_bundles"],
                                    library, store=opened.store)
    assert len(prep.session.decisions) == 6 and not prep.store.close()
    final.rename(sheet)
    os.utime(copy, (time.time() + 60, time.time() + 60))   # the newer file, looked at first
    period = write_rows(tmp_path / "period1.csv", [r for r in rows_of(sheet) if r[0] in ("Student ID", "S0", "S1")])
    found = earlier_project(period, workflow.read_for_grading(period))
    assert found is not None and (found.path.name, found.made_for, found.decisions, found.part) == (
        "quiz.grader-project", "quiz.csv", 4, True)


def test_a_sheet_holding_a_few_of_a_project_s_answers_among_others_is_not_taken_for_a_part(tmp_path):
    """Two students of quiz.csv among eight of another class: neither a renamed nor a split sheet, not offered."""
    sheet = class_csv(tmp_path / "quiz.csv", students=10)
    graded(sheet, 20)
    other = rows_of(class_csv(tmp_path / "other" / "9B.csv", tag="B", students=8))
    mixed = write_rows(tmp_path / "mixed.csv", [*other, *[r for r in rows_of(sheet)[1:] if r[0] in ("S0", "S1")]])
    assert earlier_project(mixed, workflow.read_for_grading(mixed)) is None
