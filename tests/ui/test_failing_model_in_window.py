"""A model in the teacher's folder that fails in onnxruntime on one batch, in the real main window: scoring stops with
one sentence that names the bundle file, says the answers it had not scored and the teacher's decisions are hers, and
what she can do; what was scored before stays, and so do her decisions, on screen and on disk, when the sheet is
opened again and the model fails again. Before, the window said "the model in bundle 'cell-transport' failed while
scoring ([ONNXRuntimeError] …)", in English whatever the window's language, and nothing of what was kept.
Real bundles, real onnxruntime, the real window and project file.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from colleague_model import COLLEAGUES as FAILING
from colleague_model import class_sheet, keys_of, fails_on_long_answers_model, opened_with
from ui_helpers import decisions_on_disk

SAID = ("cell-transport.gradebundle holds a model that failed while scoring answers, so Grader stopped it: the answers "
        "it had not scored are left for you, and your decisions are kept; get a fresh copy from whoever made it, or "
        "update Grader (onnxruntime: ")


def _failed_as_said(window) -> None:
    said = window.last_error
    assert said.startswith(SAID) and "Gather" in said and said.endswith(")."), said
    assert window.statusBar().currentMessage().startswith("Scoring failed: cell-transport.gradebundle holds a model")


def test_a_model_failing_while_scoring_stops_with_its_file_named_and_the_teachers_decisions_kept(qtbot, make_window,
                                                                                                  tmp_path):
    sheet = class_sheet(tmp_path / "class.csv")
    window = opened_with(qtbot, make_window, sheet, fails_on_long_answers_model(3, words=1500))
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
