"""A project saved before grading read an empty question cell as the question above it (a641f8c), opened again today.

``old_blocks/blocks.csv`` names each question once, at the top of its answers. The Grader before a641f8c read the
empty cells below as a question with no name, so its project (``old_blocks/blocks.grader-project``, made by that
Grader's own code: ``old_blocks/make_project.py`` says how) hashes those answers under "". Today the same rows are
answers to the question above them: every decision, comment waiting for a score and answer pulled out of its group
must come back on the same student's answer, and stay there once the project is saved and read back from disk.
"""
from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import pytest

from grader_app import workflow
from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reopened_projects import check_all_restored, check_read_back, on_disk, opened  # noqa: E402

OLD = Path(__file__).resolve().parent / "old_blocks"
# what the teacher did with the older Grader (make_project.py), by student and answer: score, comment
DECIDED = {
    ("Kid 0 · S00", "asap-sas-1", "Ice is less dense than water."): (2, "Right, say why."),
    ("Kid 1 · S01", "asap-sas-1", "Its molecules form an open lattice."): (3, "Full marks."),
    ("Kid 3 · S03", "asap-sas-1", "Because of the hydrogen bonds."): (1, "Only half of it."),
    ("Kid 11 · S11", "extra-q", "No wind moves the dust."): (1, "Good."),
}
WAITING = {("Kid 12 · S12", "extra-q", "Footprints stay there."): "Why do they stay?"}
PULLED_OUT = {("Kid 2 · S02", "asap-sas-1", "It floats because it is lighter.")}


@pytest.fixture
def sheet(tmp_path) -> Path:
    """The sheet and its old project, copied as the teacher left them."""
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copyfile(OLD / "blocks.grader-project", folder / "blocks.grader-project")
    return Path(shutil.copyfile(OLD / "blocks.csv", folder / "blocks.csv"))


def late_submission(path: Path) -> None:
    """A student's answer added at the end of the sheet since, its question cell empty like those above it."""
    with open(path, "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerow(["S13", "Kid 13", "", "The dust just lies there."])


@pytest.mark.parametrize("edited", [False, True], ids=["as saved", "a row added since"])
def test_an_old_projects_decisions_come_back_on_the_answers_under_the_question_above(sheet, edited):
    if edited:
        late_submission(sheet)
    prepared = opened(sheet)
    try:
        assert [a.item for a in prepared.session.answers][:7] == ["asap-sas-1"] * 4 + ["extra-q"] * 3
        check_all_restored(prepared, DECIDED, WAITING, PULLED_OUT)
    finally:
        workflow.close_project(prepared.store, prepared.session, save=True)
    project = sheet.with_suffix(".grader-project")
    assert on_disk(project) == (sorted(DECIDED.values()), len(DECIDED))   # the log as the older Grader left it
    check_read_back(sheet, DECIDED, WAITING, PULLED_OUT)


def test_the_fixture_is_an_old_project_of_this_sheet(sheet):
    """The fixture holds what the older Grader wrote: the rows below each named question hashed under a question
    with no name, which today's reading of the sheet does not give."""
    with ProjectStore.open(sheet.with_suffix(".grader-project"), read_only=True) as store:
        setup = store.load_setup()
    assert sorted(setup["item_bundles"]) == ["", "asap-sas-1", "extra-q"]


def test_the_same_students_same_answer_twice_under_empty_cells_is_not_guessed(tmp_path):
    """Read before, two answers of one student with the same text under empty question cells had one hash: which of
    today's two questions each stored one was cannot be told, so neither is taken (counted dropped, kept in the log);
    a stored answer whose hash is the only one so is taken."""
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping
    from grader_app.io import read_sheet
    from grader_app.io.project_before import matched_before, readings
    from grader_app.io.project_records import digests_of, match_answers

    path = tmp_path / "twice.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Student ID", "Question", "Answer"], ["S1", "q1", "Ice floats."],
                                  ["S1", "", "I do not know."], ["S2", "", "It is lighter."],
                                  ["S1", "q2", "The moon has no air."], ["S1", "", "I do not know."]])
    session = GradingSession(read_sheet(path), ColumnMapping(layout="long", id_column="Student ID",
                                                             item_column="Question", answer_column="Answer"))
    assert [a.item for a in session.answers] == ["q1", "q1", "q1", "q2", "q2"]
    [changed] = readings(session)   # a CSV: only the Grader before the question above read it otherwise
    stored = list(enumerate(digests_of([changed.get(a.key, a) for a in session.answers])))   # as it hashed them
    exact = match_answers(stored, session)
    assert exact == {0: 0, 3: 3}
    assert matched_before(stored, exact, session) == {2: 2}
