"""`grader PATH` and double-clicks: a project file reopens its sheet, a model file joins the library."""
from __future__ import annotations

import shutil

from grader_app.io.project_store import project_path_for
from grader_app.ui.main_window import RESULTS, START
from ui_helpers import accept_mapping, make_long_csv



def test_project_file_reopens_its_sheet_with_decisions(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=4)
    window.open_path(sheet)
    accept_mapping(qtbot, window)
    key = window.session.review_queue()[0]
    window.session.decide(key, 2, comment="from the project")
    window.close_sheet()
    project = project_path_for(sheet)
    assert project.exists()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_path(project)
    assert window.pages.currentIndex() == RESULTS
    assert window.session.decisions[key].score == 2 and window.session.decisions[key].comment == "from the project"


def test_project_whose_sheet_is_gone_says_so(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=3)
    window.open_path(sheet)
    accept_mapping(qtbot, window)
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):   # saved and closed on a worker
        window.close_sheet()
    project = project_path_for(sheet)
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.move(str(project), moved / project.name)
    sheet.unlink()
    window.open_path(moved / project.name)
    qtbot.waitUntil(lambda: "is missing" in window.start.message.text(), timeout=10000)
    assert window.pages.currentIndex() == START


def test_bundle_path_is_installed(qtbot, window, tmp_path, tiny_bundle):
    window.open_path(tiny_bundle)
    qtbot.waitUntil(lambda: window.library.get("tiny-ice") is not None, timeout=10000)
    qtbot.waitUntil(lambda: "Added the model" in window.start.message.text(), timeout=5000)
