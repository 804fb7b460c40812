"""The results table's columns in the real main window on a laptop screen (1024x600), in English and German: the
question ids stay apart (asap-sas-1, -5 and -10 were all cut to "asap-sa…"), short column titles are whole (they
read "Mo…", "Endgü…", "Komm…"), also beside the sort arrow, and the Answer column stays readable; in a table
narrower still the ids are cut in the middle and still differ."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n
from grader_app.ui import results_model as rm
from grader_app.ui.results_layout import ANSWER_MIN_CHARS, ANSWER_SHARE
from cell_text import shown_text
from header_label import header_label
from sheet_files import write_csv
from ui_helpers import ANSWERS, open_and_score

ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")
NAMES = ["Renée Müller-Lüdenscheidt", "Søren Kierkegård", "Nguyễn Văn An", "José Ñúñez", "Zoë Ångström",
         "Åsa O'Brien"]


def _sheet(path: Path) -> Path:
    """Long names and three questions whose ids differ only at the end."""
    cells = [(f"{s + 1:06d}", name, item) for s, name in enumerate(NAMES * 2) for item in ITEMS]
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[*c, f"{ANSWERS[i % len(ANSWERS)]} ({i})"] for i, c in enumerate(cells)])


@pytest.fixture(params=["en", "de"])
def laptop_window(request, make_window):
    assert i18n.install(request.param)
    return make_window((1024, 600))


def _open(qtbot, window, tmp_path: Path):
    open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"))
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600), timeout=3000)


def shown_title(table, col: int) -> str:
    """A column's title as the header draws it (QHeaderView::paintSection: the header's option for the section, its
    text cut by the style to the label rectangle, which leaves room for the sort arrow in the column sorted by, in
    bold where the column holds the chosen row's cell)."""
    text, metrics, room = header_label(table, col)
    return metrics.elidedText(text, table.horizontalHeader().textElideMode(), room)


def answer_least(table) -> int:
    """What the Answer column keeps: :data:`ANSWER_MIN_CHARS` average characters, or in a table too narrow for them
    beside the other columns' titles and names, a fifth of it (:data:`ANSWER_SHARE`; the review shows the answer)."""
    return min(table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS,
               math.ceil(table.viewport().width() * ANSWER_SHARE))


def _question_texts(table) -> dict[str, set[str]]:
    """Each question id and what its cells show."""
    model = table.model()
    out: dict[str, set[str]] = {}
    for r in range(model.rowCount()):
        index = model.index(r, rm.QUESTION)
        out.setdefault(model.data(index), set()).add(shown_text(table, index))
    return out


def _titles_whole(table) -> None:
    for col in range(table.model().columnCount()):
        title = str(table.model().headerData(col, Qt.Orientation.Horizontal))
        assert shown_title(table, col) == title, (col, table.columnWidth(col))


def test_question_ids_and_short_titles_are_whole_on_a_laptop_screen(qtbot, laptop_window, tmp_path):
    window = laptop_window
    _open(qtbot, window, tmp_path)
    table = window.results.table
    want = table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS
    qtbot.waitUntil(lambda: table.columnWidth(rm.ANSWER) >= want - 2, timeout=3000)
    shown = _question_texts(table)
    assert sorted(shown) == sorted(ITEMS)
    assert {item: texts for item, texts in shown.items()} == {item: {item} for item in ITEMS}
    _titles_whole(table)
    # sorted by a column: its title keeps its room beside the arrow
    table.horizontalHeader().setSortIndicator(rm.FINAL, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: shown_title(table, rm.FINAL) == rm.header(rm.FINAL), timeout=3000)
    _titles_whole(table)
    assert table.columnWidth(rm.ANSWER) >= want - 2
    assert not table.horizontalScrollBar().isVisible()


def test_in_a_narrower_table_the_question_ids_are_cut_in_the_middle_and_still_differ(qtbot, laptop_window, tmp_path):
    window = laptop_window
    _open(qtbot, window, tmp_path)
    table = window.results.table
    window.results.panel_button.click()   # the threshold panel, folded at this width, beside the table again
    splitter = window.results.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 480, 480])
    qtbot.waitUntil(lambda: table.columnWidth(rm.ANSWER) >= answer_least(table) - 2, timeout=3000)
    shown = _question_texts(table)
    assert all(len(texts) == 1 for texts in shown.values())
    seen = [next(iter(texts)) for texts in shown.values()]
    assert len(set(seen)) == len(ITEMS), seen
    cut = [t for t in seen if t not in ITEMS]
    assert cut and all("…" in t[1:-1] for t in cut), seen   # cut in the middle: the ends are kept
    # the whole id is a tooltip away
    index = table.model().index(0, rm.QUESTION)
    assert table.model().data(index, Qt.ItemDataRole.ToolTipRole) == table.model().data(index)
    assert not table.horizontalScrollBar().isVisible()
