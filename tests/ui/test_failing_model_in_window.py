"""A model in the teacher's folder that fails in onnxruntime on one batch, in the real main window: scoring stops with
one sentence that names the bundle file, says the answers it had not scored and the teacher's decisions are hers, and
what she can do; what was scored before stays, and so do her decisions, on screen and on disk, when the sheet is
opened again and the model fails again. Before, the window said "the model in bundle 'cell-transport' failed while
scoring ([ONNXRuntimeError] …)", in English whatever the window's language, and nothing of what was kept.
Real bundles, real onnxruntime, the real window and project file.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.bundles import write_bundle
from grader_app.paths import user_bundles_dir
from ui_helpers import decisions_on_disk

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundles"))
from bundle_graphs import fails_on_long_answers_model, manifest  # noqa: E402

FAILING = "cell-transport"
LONG = "word " * 1600   # past the model's 1,500 words (the longest test answer it was tried on has ~800)
SAID = ("cell-transport.gradebundle holds a model that failed while scoring answers, so Grader stopped it: the answers "
        "it had not scored are left for you, and your decisions are kept; get a fresh copy from whoever made it, or "
        "update Grader (onnxruntime: ")


def class_sheet(path: Path) -> Path:
    """Six answers to the shipped tiny asap-sas-1, then six to the colleague's model, the fourth of them 1,600 words."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(6):
            w.writerow([f"S{i}", f"Student {i}", "asap-sas-1", f"the cell membrane controls what enters ({i})"])
        for i in range(6):
            w.writerow([f"S{i}", f"Student {i}", FAILING, LONG if i == 3 else f"water moves by osmosis ({i})"])
    return path


def keys_of(session, item):
    return [a.key for a in session.answers if a.item == item]


def _failed_as_said(window) -> None:
    said = window.last_error
    assert said.startswith(SAID) and "Gather" in said and said.endswith(")."), said
    assert window.statusBar().currentMessage().startswith("Scoring failed: cell-transport.gradebundle holds a model")


def test_a_model_failing_while_scoring_stops_with_its_file_named_and_the_teachers_decisions_kept(qtbot, make_window,
                                                                                                  tmp_path):
    write_bundle(user_bundles_dir() / f"{FAILING}.gradebundle", manifest(3, id=FAILING, title="Cell transport"),
                 fails_on_long_answers_model(3, words=1500))
    sheet = class_sheet(tmp_path / "class.csv")
    window = make_window()
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    assert window.mapping_dialog.chosen() == {"asap-sas-1": "asap-sas-1", FAILING: FAILING}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.mapping_dialog.ok_button.click()
    s = window.session
    _failed_as_said(window)
    assert set(s.predictions) == set(keys_of(s, "asap-sas-1"))   # scored before it: kept
    assert set(keys_of(s, FAILING)) <= set(s.review_queue())     # the failing model's answers: the teacher's
    qtbot.waitUntil(lambda: window.tasks.pool.activeThreadCount() == 0, timeout=10000)
    first = keys_of(s, FAILING)[0]
    window.show_review([first])
    qtbot.keyClick(window.review_view, Qt.Key.Key_2)
    assert s.decisions[first].score == 2 and decisions_on_disk(window.store)[first][0] == 2
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()

    # opened again: its project knows the columns, the answers not scored are scored again, and the model fails again
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.open_sheet(sheet)
    again = window.session
    assert again is not s
    _failed_as_said(window)
    assert again.decisions[first].score == 2 and decisions_on_disk(window.store)[first][0] == 2   # her decision stays
    assert set(again.predictions) == set(keys_of(again, "asap-sas-1"))
    qtbot.waitUntil(lambda: window.tasks.pool.activeThreadCount() == 0, timeout=10000)
