"""Which sheet a project file opened by itself goes with, and which project a sheet without one may take over
(grader_app.io.project_places), on real project files."""
from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_places import earlier_project, project_sheet, take_over_project
from grader_app.io.project_store import ProjectStore

sys.path[:0] = [str(Path(__file__).resolve().parent)]
from project_helpers import read_decisions  # noqa: E402

ANSWERS = ["Cells use diffusion and osmosis.", "Active transport moves ions.", "mRNA leaves the nucleus.",
           "Protein channels let water in.", "The ribosome reads codons.", "tRNA brings amino acids."]


def class_csv(path: Path, tag: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for s in range(6):
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
    assert (found.path.name, found.decisions, found.made_for, found.own.name) == (
        "quiz.grader-project", 5, "quiz.csv", "quiz-final.grader-project")
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
