"""``grader score`` on a sheet whose project the teacher made in the window scores each question with the model she
chose for it there.

Before, the command matched every question by its name: on a Canvas report whose written question she had matched to a
model in the window (the report names it by its words, which name no model), the command refused the sheet with "no
installed model matches question …" unless given --bundle. Now the model chosen in the window (kept in the project's
setup) scores the question when it is installed; --bundle still goes first, and the command says so; a model chosen
there that is gone is said, with what to do, and the question is matched by name as before. Real files: a Canvas quiz
report, its project written by the window's workflow, the real command with the real tiny model through onnxruntime."""
from __future__ import annotations

from grader_app import workflow
from grader_app.bundles.archive import read_bundle, write_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from quiz_reports import Q3, canvas_report
from sheet_files import written_rows

PROJECT = "Week 6 quiz Quiz Student Analysis Report.grader-project"


def _matched_in_the_window(tmp_path, tiny_shipped):
    """The report opened as the window opens it, its written question matched to the tiny model as the columns dialog
    matches it, the project made beside it."""
    report = canvas_report(tmp_path)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(report, library)
    written = opened.mapping.answer_columns[Q3]
    prepared = workflow.prepare_session(report, opened.sheet, opened.mapping, {written: "tiny-ice"}, library)
    try:
        assert prepared.bundles[written] is not None and prepared.bundles[written].id == "tiny-ice"
    finally:
        workflow.close_project(prepared.store)
    return report, written


def _score(capsys, *args):
    code = run_cli(["score", *map(str, args)])
    return code, " ".join(capsys.readouterr().err.split())


def test_the_model_chosen_in_the_window_scores_its_question(tmp_path, tiny_shipped, capsys):
    report, _written = _matched_in_the_window(tmp_path, tiny_shipped)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, report, "--out", out)
    assert code == 0, err
    assert "installed model matches" not in err
    rows = written_rows(out)
    assert all(row[f"{Q3} model_score"] in ("0", "1", "2") for row in rows), rows[0]
    assert {row[f"{Q3} status"] for row in rows} <= {"auto", "needs review"}


def test_bundle_given_is_used_over_the_windows_models_and_the_command_says_so(tmp_path, tiny_shipped, capsys):
    report, _written = _matched_in_the_window(tmp_path, tiny_shipped)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, report, "--out", out, "--bundle", tiny_shipped / "tiny-ice.gradebundle")
    assert code == 0, err
    assert (f"--bundle tiny-ice.gradebundle was used for every question over the models chosen in the window, which "
            f"{PROJECT} holds; leave --bundle out to score each question with the model chosen there.") in err
    assert all(row[f"{Q3} model_score"] in ("0", "1", "2") for row in written_rows(out))


def test_a_model_chosen_in_the_window_and_gone_is_said_and_the_question_matched_as_before(tmp_path, tiny_shipped,
                                                                                          capsys):
    report, written = _matched_in_the_window(tmp_path, tiny_shipped)
    (tiny_shipped / "tiny-ice.gradebundle").rename(tmp_path / "away.gradebundle")   # no longer installed
    code, err = _score(capsys, report, "--out", tmp_path / "out.csv")
    assert code == 2   # as before: no other model matches the question
    assert (f"the model chosen in the window for question “{written}”, tiny-ice (which {PROJECT} holds), was not "
            "used: it is not installed. Add it to your models again (Add a model… in the window), or score the "
            "question with a model using --bundle FILE; the question was matched by its name instead.") in err
    assert "No installed model matches question “1003: Why does ice float on water?”" in err
    assert not (tmp_path / "out.csv").exists()


def test_a_models_folders_model_named_for_the_question_is_used_over_the_windows_and_the_command_says_so(
        tmp_path, tiny_shipped, capsys):
    report, written = _matched_in_the_window(tmp_path, tiny_shipped)
    learned = tmp_path / "learned"
    learned.mkdir()
    tiny = read_bundle(tiny_shipped / "tiny-ice.gradebundle")   # another model, named by the question
    write_bundle(learned / "ice-own.gradebundle", {**tiny.manifest, "id": "ice-own", "title": written},
                 tiny.model_bytes)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, report, "--out", out, "--models", learned)
    assert code == 0, err
    assert (f"the model ice-own of --models was used for question “{written}” over tiny-ice, the model chosen for it "
            f"in the window, which {PROJECT} holds; leave --models out to score it with the model chosen there.") in err
    assert all(row[f"{Q3} model_score"] in ("0", "1", "2") for row in written_rows(out))


def test_a_model_chosen_in_the_window_whose_file_is_damaged_is_said(tmp_path, tiny_shipped, capsys):
    report, written = _matched_in_the_window(tmp_path, tiny_shipped)
    bundle = tiny_shipped / "tiny-ice.gradebundle"
    bundle.write_bytes(bundle.read_bytes()[:200])   # cut short: its hash cannot be checked, the library leaves it out
    code, err = _score(capsys, report, "--out", tmp_path / "out.csv")
    assert code == 2
    assert (f"the model chosen in the window for question “{written}”, tiny-ice (which {PROJECT} holds), was not "
            "used: its file tiny-ice.gradebundle is in the models folder but did not load (see grader bundles).") in err
