"""The Qt-free workflow: open → guess → prepare (project restored) → score (batches, applied by the
owner) → export → close, with the real tiny bundle and real project files."""
from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.core.session import Change
from grader_app.io.project_store import ProjectError, ProjectStore, project_path_for
from grader_app.scoring.model import BatchResult, CancelToken, Cancelled

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.", "",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea"]


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _sheet(path, item="tiny-ice"):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, t in enumerate(TEXTS):
            w.writerow([f"S{i}", f"Student {i}", item, t])
    return path


def test_the_workflow_imports_no_qt():
    code = "import sys, grader_app.workflow; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_score_only_reads_the_session_and_the_owner_applies_the_batches(tmp_path, library):
    opened = workflow.open_sheet(_sheet(tmp_path / "class.csv"), library)
    assert opened.mapping.answer_column == "Answer" and opened.store is None and opened.guess_error is None
    session, bundles = workflow.start_session(opened.sheet, opened.mapping, library)
    assert bundles["tiny-ice"] is not None
    batches = list(workflow.score(session, bundles, batch_size=4))
    assert not session.predictions                          # nothing written from the generator
    assert [b.done for b in batches] == [0, 4, 6] and batches[0].keys == []
    changes = [workflow.apply_batch(session, b) for b in batches]
    assert changes[0] == Change() and changes[1].keys == {0, 1, 2, 3} and changes[2].keys == {4, 5}
    assert len(session.predictions) == 6
    with pytest.raises(TypeError):          # one owner: the session's state changes only through its mutators
        session.predictions[0] = session.predictions[1]


def test_another_source_of_predictions_plugs_in_per_question(tmp_path, library):
    """A later learned model only has to yield rows over the question's labels."""
    opened = workflow.open_sheet(_sheet(tmp_path / "class.csv"), library)
    session, bundles = workflow.start_session(opened.sheet, opened.mapping, library)

    class Always2:
        def iter_batches(self, texts, batch_size=64, cancel=None):
            for start in range(0, len(texts), batch_size):
                n = len(texts[start:start + batch_size])
                yield BatchResult(start, np.tile(np.float32([0.0, 0.05, 0.95]), (n, 1)), start + n, len(texts))

    change = workflow.score_all(session, bundles, sources={"tiny-ice": Always2()}, batch_size=4)
    assert change.keys == set(range(6))
    assert {session.predictions[k].score for k in range(6)} == {2}


def test_cancel_stops_between_batches(tmp_path, library):
    opened = workflow.open_sheet(_sheet(tmp_path / "class.csv"), library)
    session, bundles = workflow.start_session(opened.sheet, opened.mapping, library)
    token = CancelToken()
    gen = workflow.score(session, bundles, batch_size=2, cancel=token)
    workflow.apply_batch(session, next(gen))
    workflow.apply_batch(session, next(gen))
    token.cancel()
    with pytest.raises(Cancelled):
        next(gen)
    assert set(session.predictions) == {0, 1}


def _threshold_writes(project) -> int:
    con = sqlite3.connect(project)
    try:
        return int(con.execute("SELECT value FROM meta WHERE name='test_threshold_writes'").fetchone()[0])
    finally:
        con.close()


def test_reopen_restores_through_the_session_and_rewrites_no_unchanged_threshold(tmp_path, library):
    sheet = _sheet(tmp_path / "class.csv")
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    s, store = prepared.session, prepared.store
    assert prepared.to_score == 6 and prepared.restored["decisions"] == 0 and store.locked
    workflow.score_all(s, prepared.bundles)
    s.decide(1, 2, comment="fine")
    s.set_threshold(0.6)
    workflow.save_thresholds(store, s)
    assert workflow.close_project(store, s, save=True) == "" and not store.locked
    project = project_path_for(sheet)
    con = sqlite3.connect(project)   # a threshold out of range (an older or edited file), and a write counter
    con.execute("UPDATE thresholds SET value=1.7")
    con.execute("INSERT INTO meta(name, value) VALUES ('test_threshold_writes', 0)")
    for event in ("INSERT", "DELETE", "UPDATE"):
        con.execute(f"CREATE TRIGGER count_{event.lower()} AFTER {event} ON thresholds BEGIN "
                    "UPDATE meta SET value = value + 1 WHERE name='test_threshold_writes'; END")
    con.commit()
    con.close()

    again = workflow.open_sheet(sheet, library)
    assert again.store is not None and again.setup["thresholds"] == {"tiny-ice": pytest.approx(1.7)}
    prepared = workflow.prepare_session(sheet, again.sheet, again.setup["mapping"], again.setup["item_bundles"],
                                        library, store=again.store)
    s2 = prepared.session
    try:
        assert prepared.restored == {"predictions": 6, "decisions": 1, "thresholds": 1, "dropped": 0, "left_out": 0,
                                     "set_aside": 0}
        assert prepared.to_score == 0
        assert s2.threshold("tiny-ice") == 1.0                 # restored through the clamp
        assert s2.decisions[1].comment == "fine" and s2.status(1) in (review.REVIEWED, review.OVERRIDDEN)
        assert _threshold_writes(project) == 0                # setup saved without touching the thresholds
        assert all(s2.status(k) != review.AUTO for k in range(6))   # nothing is sure enough at 1.0
        s2.set_threshold(0.5)
        workflow.save_thresholds(prepared.store, s2)
        assert _threshold_writes(project) > 0                 # (the counter does count)
    finally:
        workflow.close_project(prepared.store)


def test_a_project_without_setup_is_closed_and_a_locked_one_is_a_sentence(tmp_path, library):
    sheet = _sheet(tmp_path / "class.csv")
    ProjectStore.open(project_path_for(sheet)).close()     # an empty project: the columns are asked again
    opened = workflow.open_sheet(sheet, library)
    assert opened.store is None and opened.setup is None and opened.project_error is None
    holder = ProjectStore.open(project_path_for(sheet))
    try:
        blocked = workflow.open_sheet(sheet, library)
        assert blocked.store is None and "already open in another Grader window" in str(blocked.project_error)
        assert blocked.sheet is not None                       # the sheet itself was read
    finally:
        holder.close()


def test_close_project_says_why_the_scores_were_not_saved_and_still_closes(tmp_path, library):
    sheet = _sheet(tmp_path / "class.csv")
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    prepared.store.close()
    reopened = ProjectStore.open(project_path_for(sheet), read_only=True)
    workflow.score_all(prepared.session, prepared.bundles)
    problem = workflow.close_project(reopened, prepared.session, save=True)
    assert "read-only" in problem
    with pytest.raises(ProjectError, match="already closed"):
        reopened.decision_count()


def test_sheet_of_project_and_export(tmp_path, library):
    sheet = _sheet(tmp_path / "class.csv")
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    workflow.score_all(prepared.session, prepared.bundles)
    assert workflow.sheet_of_project(project_path_for(sheet)) == sheet.absolute()   # while this one holds the lock
    out = workflow.export_graded(prepared.session, tmp_path / "graded.csv")
    workflow.close_project(prepared.store, prepared.session, save=True)
    rows = list(csv.DictReader(open(out, encoding="utf-8-sig")))
    assert len(rows) == 6 and {"final_score", "status"} <= set(rows[0])
    with pytest.raises(ValueError, match="no project file"):
        workflow.sheet_of_project(tmp_path / "nothing.grader-project")


def quiz_workbook(path):
    """A workbook whose first worksheet, "Notes", holds the most text and whose second, "Quiz", the answers."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    for i in range(30):
        wb.active.append([f"a long note about the lesson plan number {i}", "more words here to read"])
    ws = wb.create_sheet("Quiz")
    ws.append(["Student ID", "Name", "Question", "Answer"])
    for i, t in enumerate(TEXTS):
        ws.append([f"S{i}", f"Student {i}", "tiny-ice", t])
    wb.save(path)
    return path


def test_a_workbooks_project_reads_the_worksheet_it_graded(tmp_path, library):
    """The teacher chose the second worksheet: reopening reads that one, not the default; a worksheet
    renamed since is one sentence naming the project and what to do."""
    import openpyxl

    path = quiz_workbook(tmp_path / "class.xlsx")
    assert workflow.open_sheet(path, library).sheet.sheet_name == "Notes"     # the default: the most text
    opened = workflow.open_sheet(path, library, sheet_name="Quiz")
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    prepared.session.decide(0, 2)
    workflow.close_project(prepared.store, prepared.session, save=True)

    again = workflow.open_sheet(path, library)
    assert again.project_error is None and again.store is not None
    assert again.sheet.sheet_name == "Quiz" and len(again.sheet) == len(TEXTS)
    again.store.close()

    wb = openpyxl.load_workbook(path)
    wb["Quiz"].title = "Quiz (old)"
    wb.save(path)
    renamed = workflow.open_sheet(path, library)
    assert renamed.store is None and "graded the worksheet “Quiz”" in str(renamed.project_error)
    assert "move the project file aside" in str(renamed.project_error)
