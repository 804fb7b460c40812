"""An export never waits for learning, and a fitting process slow to start is waited for, said, and used.

A walkthrough on a loaded laptop: the fitting child's imports took minutes; the two questions that learn from the
teacher's marks each had a fit on one of the window's two worker threads (the first waiting for the child to be ready,
the second for the first), and a second export queued behind them until the fitter gave the child up after 120 s
("fitting process ... not ready after 120 s"), every fit then running in the app's own process. Now grouping and fits
run on a lane of their own (``TaskManager``'s learning pool), so the export is written at once with the teacher's
decisions (the models still learning have no scores yet, as the dialog says); the child is waited for while it lives,
the learning line saying that learning is still starting; once it is ready, both models come from it.

The child is really slow here, without a mock: one of the modules it imports before it is ready (the fitter's
``modules``) waits until the test lets it go.
"""
from __future__ import annotations

import csv
from functools import partial

import pytest

from export_clicks import export_as
from grader_app.learn import fit_process
from grader_app.learn.fit_child import CHILD_MODULES
from grader_app.ui import learning_controller
from grader_app.ui.export_dialog import CSV
from test_main_window import _open_by_drop
from ui_helpers import make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HELD = "grader_held_window_start"   # imported by the child last before "ready": it waits for the test's word
ITEMS = ("q-one", "q-two")          # no shipped model: both learn from the teacher's marks
STARTING = ("learning is still starting, which takes longer on a busy computer; your marks are kept, and the model "
            "scores the answers once it has learned from them.")   # each question's line, after its heading


@pytest.fixture
def held_child(tmp_path, monkeypatch):
    """The window's fitting child imports a module that waits for the file this gives (touch it to let it go on);
    a start counts as slow after a second (15 s in the app). The file is touched when the test ends, whatever
    happened."""
    gate = tmp_path / "go"
    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / f"{HELD}.py").write_text("import pathlib, time\n"
                                       f"while not pathlib.Path({str(gate)!r}).exists():\n"
                                       "    time.sleep(0.02)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))   # the spawned child gets this process's sys.path
    monkeypatch.setattr(learning_controller, "FitProcess",
                        partial(fit_process.FitProcess, modules=(*CHILD_MODULES, HELD)))
    monkeypatch.setattr(fit_process, "SLOW_START_S", 1.0, raising=False)
    yield gate
    gate.touch()


def test_an_export_is_written_while_the_fitting_process_is_still_starting(qtbot, make_window, tmp_path, held_child):
    window = make_window((1200, 800))
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=12, items=ITEMS)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    lc = window.learning
    qtbot.waitUntil(lambda: lc.ready, timeout=60000)
    s = window.session
    decided = {}
    for item in ITEMS:   # two scores each: both questions can teach a model, and a fit starts for each
        first, second = s.keys_for(item)[:2]
        s.decide(first, 0)
        s.decide(second, 2)
        decided.update({first: 0, second: 2})
    qtbot.waitUntil(lambda: set(lc._fitting) == set(ITEMS), timeout=10000)
    fitter = lc.fitter
    # learning is still starting, and the line says so (not that the fitting process failed)
    qtbot.waitUntil(lambda: STARTING in window.results.learning.text(), timeout=30000)
    assert sorted(lc.awaited()) == sorted(ITEMS) and fitter.starting_slowly

    window.show_export()
    out = tmp_path / "class" / "answers-graded.csv"
    export_as(qtbot, window.export_dialog, CSV, out, timeout=30000)   # was: queued behind the two fits
    # written while the child was still held: the fitter waits for it, given up by nothing, nothing fitted yet
    assert fitter.starting_for is not None and fitter.usable and fitter.stats.child_fits == 0
    assert fitter.stats.thread_fits == 0 and sorted(lc.awaited()) == sorted(ITEMS)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for key, score in decided.items():   # every decision is in the file, on its answer's row
        a = s.answers[key]
        assert (rows[a.row]["Question"], rows[a.row]["final_score"]) == (a.item, str(score))
    assert "still learning from your marks" in window.export_dialog.summary_label.text()

    held_child.touch()   # the child's imports go on: both models come from it
    qtbot.waitUntil(lambda: set(lc.models) == set(ITEMS), timeout=120000)
    assert fitter.stats.child_fits >= 2 and fitter.stats.thread_fits == 0 and fitter.usable
    qtbot.waitUntil(lambda: STARTING not in window.results.learning.text(), timeout=10000)
