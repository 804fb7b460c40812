"""A model file without its seal dropped on the window, with the id of a model that came with Grader (QA: an unsealed
copy of asap-sas-6 was added "✓" in its place, so every later answer to that question came to the teacher): it is
refused with what to do, the shipped model stays, and one already in the models folder is listed as not loaded, in the
teacher's language. Closing a sheet takes its news ("Restored 2 decisions from …") off the status bar."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from grader_app.bundles.library import Library
from grader_app.paths import user_bundles_dir
from grader_app.ui import i18n
from grader_app.ui.main_window import START
from grader_app.ui.start_screen import ERROR, StartScreen
from test_drop_checks_off_thread import drop_files
from ui_helpers import accept_mapping, make_long_csv

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_unsealed_copy_of_shipped import REAL, SAID, unsealed_copy  # noqa: E402


def test_a_dropped_unsealed_copy_of_a_shipped_model_is_refused_and_the_shipped_one_kept(qtbot, make_window, tmp_path,
                                                                                       shipped_bundles):
    shutil.copy(REAL, shipped_bundles)
    window = make_window()
    dropped = unsealed_copy(REAL, tmp_path / "drops" / "my-cells.gradebundle")
    drop_files(window.start, [dropped])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR, timeout=20000)
    assert window.start.message.text() == "⚠ my-cells.gradebundle " + SAID + "."
    assert window.library.get("asap-sas-6").path == shipped_bundles / "asap-sas-6.gradebundle"
    assert window.library.replaced("asap-sas-6") is None
    assert not (user_bundles_dir() / "asap-sas-6.gradebundle").exists()
    assert "your own file" not in window.start.library.problems.text()


def test_one_in_the_models_folder_is_listed_as_not_loaded_in_the_teachers_language(qtbot, tmp_path, shipped_bundles):
    shutil.copy(REAL, shipped_bundles)
    mine = tmp_path / "mine"
    unsealed_copy(REAL, mine / "asap-sas-6.gradebundle")
    library = Library.load([shipped_bundles, mine])
    i18n.install("de")
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(library)
    lines = screen.library.refused_lines()
    assert lines == ["⚠ asap-sas-6.gradebundle ist eine Kopie ohne Siegel von asap-sas-6, dem Modell, das mit Grader "
                     "geliefert wurde: Grader verwendet weiterhin sein eigenes, das versiegelt ist und Antworten ohne Sie "
                     "bewertet (ein Modell ohne Siegel übernimmt keine Antwort selbst); besorgen Sie sich eine "
                     "versiegelte Kopie bei der Person, die es erstellt hat"]
    assert "asap-sas-6" in screen.library.bundle_ids()


def test_closing_a_sheet_takes_its_news_off_the_status_bar(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=4)
    window.open_path(sheet)
    accept_mapping(qtbot, window)
    for key in window.session.review_queue()[:2]:
        window.session.decide(key, 1)
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=20000):
        window.open_sheet(sheet)
    assert window.statusBar().currentMessage().startswith("Restored 2 decisions from answers.grader-project.")
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
        assert window.pages.currentIndex() == START
        assert window.statusBar().currentMessage() == ""
    assert window.statusBar().currentMessage() == ""
