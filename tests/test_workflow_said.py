"""The workflow's problems about a project file are said with a kind (problem_texts.TEXTS), so that the window can
say them in the teacher's language: a project file opened that leads to no sheet (still a ValueError, for the
callers that catch those), and the scores that could not be saved when a project is closed. Their English, what
the command line prints, is the same as before."""
from __future__ import annotations

import csv

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.errors import GraderError, sentence
from grader_app.io.project_store import ProjectError, ProjectStore, project_path_for

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.", "no idea"]


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _sheet(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, t in enumerate(TEXTS):
            w.writerow([f"S{i}", f"Student {i}", "tiny-ice", t])
    return path


def _prepared(tmp_path, library):
    sheet = _sheet(tmp_path / "class.csv")
    opened = workflow.open_sheet(sheet, library)
    return sheet, workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)


def _caught(path) -> ProjectError:
    with pytest.raises(ValueError) as caught:          # caught as before by whoever catches ValueError
        workflow.sheet_of_project(path)
    problem = caught.value
    assert isinstance(problem, ProjectError) and isinstance(problem, GraderError)
    return problem


def test_no_project_file_is_said_with_its_kind_and_the_same_english(tmp_path):
    problem = _caught(tmp_path / "nothing.grader-project")
    assert problem.kind == "project.no_file" and problem.values == {"name": "nothing.grader-project"}
    assert str(problem) == "there is no project file “nothing.grader-project”; open the sheet of answers instead"
    assert sentence(problem) == "There is no project file “nothing.grader-project”; open the sheet of answers instead."


def test_a_project_without_a_graded_sheet_is_said_with_its_kind(tmp_path):
    path = tmp_path / "empty.grader-project"
    ProjectStore.open(path).close()
    problem = _caught(path)
    assert problem.kind == "project.no_sheet_yet" and problem.values == {"name": "empty.grader-project"}
    assert str(problem) == "“empty.grader-project” holds no graded sheet yet; open the sheet of answers itself"


def test_a_project_whose_sheet_is_missing_is_said_with_its_kind(tmp_path, library):
    sheet, prepared = _prepared(tmp_path, library)
    assert workflow.close_project(prepared.store) == ""
    sheet.unlink()
    problem = _caught(project_path_for(sheet))
    assert problem.kind == "project.sheet_missing"
    assert problem.values == {"sheet": "class.csv", "name": "class.grader-project"}
    assert str(problem) == ("the sheet “class.csv” that “class.grader-project” belongs to is missing; put it back "
                            "beside the project file and open it again, or, if you renamed it, open the renamed sheet "
                            "itself: Grader offers it the decisions of “class.grader-project”")


def test_scores_not_saved_at_close_keep_their_kind_and_close_project_its_english(tmp_path, library):
    sheet, prepared = _prepared(tmp_path, library)
    prepared.store.close()
    workflow.score_all(prepared.session, prepared.bundles)
    read_only = ProjectStore.open(project_path_for(sheet), read_only=True)
    problem = workflow.end_project(read_only, prepared.session, save=True)
    assert isinstance(problem, ProjectError) and problem.kind == "project.read_only"
    again = ProjectStore.open(project_path_for(sheet), read_only=True)
    assert workflow.close_project(again, prepared.session, save=True) == str(problem)   # the English, as before
    with pytest.raises(ProjectError, match="already closed"):
        again.decision_count()
    writable = ProjectStore.open(project_path_for(sheet))
    assert workflow.end_project(writable, prepared.session, save=True) is None and not writable.locked
