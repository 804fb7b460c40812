"""The real main window opening a sheet whose question's model was replaced under the same id since its project saved
the model's rows (a Grader update; QA s51b #4: the window kept the old model's rows and auto-accepted scores while
``grader score`` used the new model, and nothing was said): the answers are scored again by the new model, the
teacher's decisions stay, the notes above the results say once what changed, and the window's model scores and
statuses are those of ``grader score`` on the same files."""
from __future__ import annotations

import csv

from bundle_factory import TRAIN, model_for
from project_edits import made_in_the_window, outcomes

from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from ui_helpers import make_bundle, make_long_csv


def open_in(qtbot, window, path) -> None:
    """``path`` opened (its project knows the columns: no dialog), and scored where anything was to be scored."""
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.open_sheet(path)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)


def _updated(shipped) -> None:
    """A Grader update: the shipped asap-sas-1 replaced by another model (trained on other marks), same id and title."""
    other = model_for([t for t, _ in TRAIN], [3 - s for _, s in TRAIN], (0, 1, 2, 3)).model_bytes
    (shipped / "asap-sas-1.gradebundle").unlink()
    make_bundle(shipped, "asap-sas-1", title="Science: cell membrane", model_bytes=other)


def test_a_model_replaced_under_the_same_id_is_said_once_and_the_window_agrees_with_the_command_line(
        qtbot, make_window, shipped_bundles, tmp_path, capsys):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    made_in_the_window(sheet, Library.default(), {0: (1, "mine")})
    _updated(shipped_bundles)
    window = make_window()
    open_in(qtbot, window, sheet)
    session = window.session
    assert session.decisions[0].score == 1 and session.decisions[0].comment == "mine"
    said = [n for n in window.notices.notes if "has changed" in n]
    assert len(said) == 1 and said[0].startswith(
        "The model for question asap-sas-1 has changed since this sheet was last open, so Grader scored its answers again "
        "(your decisions stay as they are); "), window.notices.notes
    out = tmp_path / "cli.csv"
    in_window = outcomes(session)
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):   # saved and closed on a worker
        window.close_sheet()
    assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(int(r["model_score"]), r["status"]) for r in rows] == [(s, st) for s, _, st in in_window.values()]
    assert "has changed" not in capsys.readouterr().err   # the window saved the new model's rows: nothing left to say
    window.open_sheet(sheet)                               # opened again: nothing to score, nothing said again
    qtbot.waitUntil(lambda: window.session is not None and window.session is not session, timeout=30000)
    assert not [n for n in window.notices.notes if "has changed" in n]
