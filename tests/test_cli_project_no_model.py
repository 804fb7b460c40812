"""``grader score`` on a sheet whose project holds the teacher's choice of "No model — you score it" for a question.

Before, the command read only the models chosen in the window from the project: a question she had chosen to score
herself was matched to a model by its name all the same, so the file written held that model's scores (and answers it
accepts on its own, status "auto") where the window shows none. Now the choice is honoured, and said, unless the command
line chooses a model itself (--bundle, or a --models model named for the question), which is said too. Real files: a
sheet of one question named by the tiny model's id, its project written by the window's workflow, the real command
with the real tiny model through onnxruntime."""
from __future__ import annotations

from grader_app import workflow
from grader_app.bundles.library import Library
from sheet_files import written_rows
from test_cli_project_beside import _sheet
from test_cli_project_models import _score

CHOSEN = ("question “tiny-ice” is scored by no model, as chosen in the window (which class.grader-project holds), so its "
          "5 answers are marked for you to score (status “unscored”, no model score) in out.csv; to score it with a "
          "model, give --bundle FILE, or --models DIR with a model named for it.")


def _no_model_in_the_window(tmp_path, tiny_shipped):
    """The sheet opened as the window opens it (its question, tiny-ice, named by the model's id), "No model" chosen for
    it in the columns dialog, one answer scored by the teacher."""
    sheet = _sheet(tmp_path)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": None}, library)
    try:
        assert prepared.bundles == {"tiny-ice": None}
        prepared.session.decide(1, 2, comment="mine")
        assert prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    return sheet


def test_a_question_she_chose_to_score_herself_gets_no_model_score(tmp_path, tiny_shipped, capsys):
    sheet = _no_model_in_the_window(tmp_path, tiny_shipped)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, "--out", out)
    assert code == 0, err
    assert CHOSEN in err
    assert "no installed model matches" not in err
    rows = written_rows(out)
    assert [r["model_score"] for r in rows] == [""] * 5
    assert [r["status"] for i, r in enumerate(rows) if i != 1] == ["unscored"] * 4
    assert (rows[1]["final_score"], rows[1]["comment"]) == ("2", "mine")


def test_bundle_given_scores_the_question_all_the_same_and_says_so(tmp_path, tiny_shipped, capsys):
    sheet = _no_model_in_the_window(tmp_path, tiny_shipped)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, "--out", out, "--bundle", tiny_shipped / "tiny-ice.gradebundle")
    assert code == 0, err
    assert ("--bundle tiny-ice.gradebundle was used for every question over the models chosen in the window, which "
            "class.grader-project holds") in err
    assert CHOSEN not in err
    assert all(r["model_score"] in ("0", "1", "2") for r in written_rows(out))


def test_a_models_folders_model_named_for_the_question_scores_it_and_says_so(tmp_path, tiny_shipped, capsys):
    sheet = _no_model_in_the_window(tmp_path, tiny_shipped)
    learned = tmp_path / "learned"
    learned.mkdir()
    (tiny_shipped / "tiny-ice.gradebundle").rename(learned / "tiny-ice.gradebundle")   # hers, named for the question
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, "--out", out, "--models", learned)
    assert code == 0, err
    assert ("the model tiny-ice of --models was used for question “tiny-ice”, which was chosen in the window to be "
            "scored by no model (class.grader-project holds that choice); leave --models out to score it yourself, as "
            "chosen there.") in err
    assert all(r["model_score"] in ("0", "1", "2") for r in written_rows(out))
