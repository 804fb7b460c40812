"""A question's model replaced under the same id (a Grader update, a colleague's better model): the project's stored
rows were made by the old one, so the answers are scored again by the new one, the teacher's decisions stay, and what
the model accepts on its own is said once where it changed; the window and ``grader score`` give every answer the
same model score and status (QA s51b #4: the window kept the old model's stored rows and auto-accepted scores while
``grader score`` used the new model, 5 of 20 answers differed, and nothing was said). A probability row edited in the
project is not taken as the model's either. A project saved before Grader kept which model made its rows is scored
again once. Real bundles through onnxruntime, real project files edited with sqlite3, the command line's file read back."""
from __future__ import annotations

import shutil

import pytest

from bundle_factory import write_trained_bundle
from project_edits import class_made_in_the_window, edit, outcomes, reopened, scored_afresh
from sheet_files import written_rows

from grader_app import workflow
from grader_app.bundles.archive import read_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.project_predictions import changed_answers
from grader_app.io.project_store import project_path_for

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea",
         "Water expands when it freezes so ice is lighter.", "Ice is cold and hard.",
         "Hydrogen bonds hold the molecules apart, so ice has a lower density and floats.",
         "It floats because it is lighter than water.", "Because of the air in it."]
DECIDED = {1: (0, "cold is not the reason"), 4: (0, "")}


@pytest.fixture
def library(tiny_shipped):
    return Library.default()


@pytest.fixture
def sheet(tmp_path, library):
    return class_made_in_the_window(tmp_path, library, TEXTS, DECIDED)


@pytest.fixture
def update(tiny_shipped, tiny_answers):
    """A Grader update: the shipped tiny-ice replaced by a "better" model under the same id, title, question and labels
    (trained on other marks: the one-mark answers marked two)."""
    def replace() -> Library:
        bundle = tiny_shipped / "tiny-ice.gradebundle"
        old = read_bundle(bundle)
        bundle.unlink()
        texts, scores = tiny_answers
        write_trained_bundle(bundle, bundle_id="tiny-ice", title=old.title, item=old.manifest["item"], labels=[0, 1, 2],
                             train=[(t, 2 if s == 1 else s) for t, s in zip(texts, scores)])
        return Library.default()
    return replace


def _accepted(table: dict[int, tuple], decided) -> dict[int, object]:
    """What the model accepts on its own, per answer the teacher did not decide (None: it goes to the teacher)."""
    return {k: (score if status == "auto" else None) for k, (score, _, status) in table.items() if k not in decided}


def test_the_same_model_keeps_the_stored_rows(sheet, library):
    prepared = reopened(sheet, library)
    try:
        assert prepared.to_score == 0 and len(prepared.session.predictions) == len(TEXTS)
        assert prepared.store.model_changes == []
    finally:
        workflow.close_project(prepared.store)


def test_a_model_replaced_under_the_same_id_scores_the_answers_again_and_says_what_changed(sheet, library, update):
    before = scored_afresh(sheet, library)
    library = update()
    after = scored_afresh(sheet, library)
    changed = {k for k, v in _accepted(after, DECIDED).items() if v != _accepted(before, DECIDED)[k]}
    assert changed, "the updated model must change what it accepts on its own for this test to mean anything"
    prepared = reopened(sheet, library)
    try:
        session = prepared.session
        assert prepared.to_score == len(TEXTS) and not session.predictions      # no row of the old model is kept
        assert {k: d.score for k, d in session.decisions.items()} == {1: 0, 4: 0}
        [change] = prepared.store.model_changes
        assert (change.item, change.known) == ("tiny-ice", True)
        workflow.score_all(session, prepared.bundles)
        assert {k: v[:2] for k, v in outcomes(session).items()} == {k: v[:2] for k, v in after.items()}
        assert changed_answers(session, change) == len(changed)
        workflow.save_predictions(prepared.store, session)
    finally:
        workflow.close_project(prepared.store)
    again = reopened(sheet, library)   # said once: the rows are the new model's now
    try:
        assert again.to_score == 0 and again.store.model_changes == []
    finally:
        workflow.close_project(again.store)


def test_the_window_and_the_command_line_agree_after_a_model_update(sheet, update, tmp_path, capsys):
    library = update()
    prepared = reopened(sheet, library)
    try:
        workflow.score_all(prepared.session, prepared.bundles)
        window = outcomes(prepared.session)
        [change] = prepared.store.model_changes
        n = changed_answers(prepared.session, change)
    finally:
        workflow.close_project(prepared.store)   # the scores not saved: the project still holds the old model's rows
    out = tmp_path / "out.csv"
    project = project_path_for(sheet)
    before = project.read_bytes()
    line = (f"grader: The model for question “tiny-ice” has changed since the sheet was last open in the window, so its "
            f"answers were scored again in this file (the decisions made there stay as they are); the score it accepts "
            f"on its own changed for {n} answer{'' if n == 1 else 's'}. The project is not changed (grader score only "
            "reads it), so this is said at every run until the sheet is opened in the window, which then keeps the new "
            "model's scores.")
    for _run in range(2):   # said again at the next run, and says why: the command never writes the project
        assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
        said = " ".join(capsys.readouterr().err.split())
        assert said.count(line) == 1, said
        assert project.read_bytes() == before
    rows = written_rows(out)
    assert [(int(r["model_score"]), r["status"]) for r in rows] == [(s, st) for s, _, st in window.values()]
    assert all(abs(float(r["confidence"]) - c) < 0.001 for r, (_, c, _) in zip(rows, window.values()))


def test_a_probability_row_edited_in_the_project_is_scored_again(sheet, library):
    afresh = scored_afresh(sheet, library)
    top = [0.0, 0.0, 1.0]
    edit(sheet, f"UPDATE predictions SET probabilities='{top}' WHERE answer_key=0",
         f"UPDATE predictions SET probabilities='{top}' WHERE answer_key=6")
    prepared = reopened(sheet, library)
    try:
        session = prepared.session
        assert 0 not in session.predictions and 6 not in session.predictions and prepared.to_score == 2
        assert prepared.store.model_changes == []      # the model is the same: nothing to say
        workflow.score_all(session, prepared.bundles)
        assert {k: v[:2] for k, v in outcomes(session).items()} == {k: v[:2] for k, v in afresh.items()}
    finally:
        workflow.close_project(prepared.store)


@pytest.mark.parametrize("older", ["no_column", "column_empty"])
def test_a_project_saved_before_grader_kept_the_model_is_scored_again_once(sheet, library, older):
    """Such a project may hold rows of a model since updated (a Grader update is how most teachers meet this), and
    nothing tells: its answers are scored again once, quietly where nothing changes (said where it does, as for a
    model known to have changed), and the rows saved then carry their model."""
    afresh = scored_afresh(sheet, library)
    statements = ["DELETE FROM meta WHERE name='prediction_models'"]
    statements += (["ALTER TABLE predictions DROP COLUMN seal"] if older == "no_column"
                   else ["UPDATE predictions SET seal=NULL"])
    edit(sheet, *statements)
    prepared = reopened(sheet, library)
    try:
        session = prepared.session
        assert prepared.to_score == len(TEXTS) and not session.predictions
        [change] = prepared.store.model_changes
        assert (change.item, change.known) == ("tiny-ice", False)
        workflow.score_all(session, prepared.bundles)
        assert {k: v[:2] for k, v in outcomes(session).items()} == {k: v[:2] for k, v in afresh.items()}
        assert changed_answers(session, change) == 0
        workflow.save_predictions(prepared.store, session)
    finally:
        workflow.close_project(prepared.store)
    again = reopened(sheet, library)
    try:
        assert again.to_score == 0 and again.store.model_changes == []
    finally:
        workflow.close_project(again.store)


def test_an_older_project_read_by_the_command_line_is_scored_with_the_installed_model(sheet, library, tmp_path, capsys):
    afresh = scored_afresh(sheet, library)
    edit(sheet, "DELETE FROM meta WHERE name='prediction_models'", "ALTER TABLE predictions DROP COLUMN seal")
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(sheet, copy / sheet.name)
    shutil.copy(sheet.with_name("class.grader-project"), copy / "class.grader-project")
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(copy / sheet.name), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "holds 2 decisions made in the window" in said and "has changed" not in said   # nothing changed: no word
    rows = written_rows(out)
    assert [int(r["model_score"]) for r in rows] == [afresh[k][0] for k in range(len(TEXTS))]
