"""On a laptop screen (1024x600) in English, German and Spanish the threshold panel folds away so that the results
table shows the students' names and every column's title whole (QA: at 1024 px in German the panel took ~230 px and
the table read "S01 · Amar…"); a button under the table shows the panel again, and the teacher's choice stands at
every width. In a wide window the panel is beside the table from the start."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n
from grader_app.ui import results_model as rm
from grader_app.ui.results_layout import ANSWER_MIN_CHARS
from cell_text import shown_text
from test_results_columns import shown_title
from sheet_files import write_csv
from ui_helpers import ANSWERS, open_and_score

NAMES = ["Amara Okafor", "Chloé Martin", "José Ñúñez", "Zoë Ångström", "Daniel Reyes", "Søren Berg"]
ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")


def _sheet(path: Path) -> Path:
    cells = [(f"S{s + 1:02d}", name, item) for s, name in enumerate(NAMES) for item in ITEMS]
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[*c, f"{ANSWERS[i % len(ANSWERS)]} ({i})"] for i, c in enumerate(cells)])


def _open(qtbot, window, tmp_path: Path, size: tuple[int, int]):
    open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=3000)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_on_a_laptop_screen_names_and_titles_are_whole_and_the_panel_comes_back(qtbot, make_window, tmp_path,
                                                                                 language):
    assert i18n.install(language)
    window = make_window((1024, 600))
    _open(qtbot, window, tmp_path, (1024, 600))
    results = window.results
    table, right = results.table, results.splitter.widget(1)
    qtbot.waitUntil(lambda: right.isHidden(), timeout=3000)
    want = table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS
    model = table.model()

    def all_whole() -> bool:
        names = [model.index(r, rm.STUDENT) for r in range(model.rowCount())]
        return (all(shown_text(table, i) == model.data(i) for i in names)
                and all(shown_title(table, c) == model.headerData(c, Qt.Orientation.Horizontal)
                        for c in range(model.columnCount())))

    qtbot.waitUntil(all_whole, timeout=3000)
    assert table.columnWidth(rm.ANSWER) >= want - 2
    assert not table.horizontalScrollBar().isVisible()
    # the button says what it does, in the teacher's language, and brings the panel back
    button = results.panel_button
    shown_words = button.text()
    assert button.isVisible() and button.text() == i18n.translate("ResultsView", "Show the threshold panel")
    assert (shown_words == "Show the threshold panel") == (language == "en")   # translated
    button.click()
    assert not right.isHidden() and results.threshold.isVisible()
    assert button.text() != shown_words
    assert table.columnWidth(rm.ANSWER) >= want - 2   # the columns give way again beside it
    # the teacher's choice stands when the window changes
    window.resize(1000, 600)
    qtbot.waitUntil(lambda: window.width() == 1000, timeout=3000)
    assert not right.isHidden()
    button.click()
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: window.width() == 1900, timeout=3000)
    assert right.isHidden()


def test_in_a_wide_window_the_panel_is_beside_the_table(qtbot, make_window, tmp_path):
    assert i18n.install("de")
    window = make_window((1600, 900))
    _open(qtbot, window, tmp_path, (1600, 900))
    right = window.results.splitter.widget(1)
    assert not right.isHidden() and window.results.threshold.isVisible()
    assert window.results.panel_button.text() == i18n.translate("ResultsView", "Hide the threshold panel")
    # narrowed to a laptop's width it folds away; widened again it comes back
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: right.isHidden(), timeout=3000)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not right.isHidden(), timeout=3000)
