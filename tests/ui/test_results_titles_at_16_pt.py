"""The results table at a 16 pt font on a 1024×600 screen (a teacher with a large system font on a small laptop), in
the real main window on the sample sheet scored for real, in English, German and Spanish: every column title is drawn
whole, or in its short form with the whole title in its tooltip (QA: "Que…", "…", "Confi…", "Fl…", "F…" and "C…",
while the status column took 200 px for "Needs review"), also beside the sort arrow; the students' names keep their
first 12 characters ("Amara Okafor": an earlier attempt made the titles whole and left "Amar…"); each question id
keeps the end that tells it from the others ("…-1", "…-10", not "a…0"); and the Answer column keeps a fifth of the
table. Measured as Qt draws them: each title as the header hands it to the style, in the style's label rectangle, in
bold while a row is chosen; each cell's text through its delegate and the view's cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader, QToolTip

from grader_app.ui import results_model as rm
from cell_text import shown_text
from header_label import header_label
from sample_sheet import sample_scored
from settle import settle

NAME_CHARS = 12   # a student's name keeps at least this many characters ("Amara Okafor" whole)
ANSWER_SHARE = 0.2   # the Answer column keeps at least this share of the table
ENDS = {"asap-sas-1": "-1", "asap-sas-5": "-5", "asap-sas-10": "-10"}


def drawn_title(table, col: int) -> tuple[str, int, int]:
    """Column ``col``'s title as QHeaderView::paintSection hands it to the style, the width it needs in the font it is
    drawn in (bold while the column holds the chosen row's cell) and the width of the style's label rectangle."""
    text, metrics, room = header_label(table, col)
    return text, metrics.horizontalAdvance(text), room


def in_bold(table, col: int) -> bool:
    opt = QStyleOptionHeader()
    table.horizontalHeader().initStyleOptionForIndex(opt, col)
    return bool(opt.state & QStyle.StateFlag.State_On)


def cut_titles(table) -> list[str]:
    model, out = table.model(), []
    for col in range(model.columnCount()):
        whole = str(model.headerData(col, Qt.Orientation.Horizontal))
        tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        text, need, room = drawn_title(table, col)
        if need > room:
            out.append(f"{whole!r} drawn as {text!r}: it needs {need} px, its column has {room}")
        elif text != whole and ("\u2026" in text or not text.strip() or tip != whole):   # short: whole in its tooltip
            out.append(f"{whole!r} drawn as {text!r}, its tooltip {tip!r}")
    return out


def cut_cells(table) -> list[str]:
    """Names shorter than their first :data:`NAME_CHARS` characters, question ids without the end that tells them."""
    model, out = table.model(), []
    for row in range(model.rowCount()):
        who, question = model.index(row, rm.STUDENT), model.index(row, rm.QUESTION)
        name = str(model.data(who)).split(" \u00b7 ")[0]
        if not shown_text(table, who).startswith(name[:NAME_CHARS]):
            out.append(f"{model.data(who)!r} shown as {shown_text(table, who)!r}")
        item = str(model.data(question))
        if not shown_text(table, question).endswith(ENDS[item]):
            out.append(f"{item!r} shown as {shown_text(table, question)!r}")
    return out


def status_said(qtbot, table) -> list[str]:
    """Each status in words (whole or short, not only its icon), and one drawn short says itself whole in its tooltip."""
    model, out = table.model(), []
    for row in range(model.rowCount()):
        index = model.index(row, rm.STATUS)
        whole, drawn = str(model.data(index)), shown_text(table, index)
        if not drawn or "\u2026" in drawn:
            out.append(f"{whole!r} drawn as {drawn!r}")
        elif drawn != whole:
            table.scrollTo(index)
            at = table.visualRect(index).center()
            QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, table.viewport().mapToGlobal(at)))
            if not QToolTip.text().startswith(whole):
                out.append(f"{whole!r} drawn as {drawn!r}, its tooltip {QToolTip.text()!r}")
            QToolTip.hideText()
    return out


def narrow_answer(table) -> list[str]:
    answer, whole = table.columnWidth(rm.ANSWER), table.viewport().width()
    out = [f"the Answer column {answer} px of {whole}"] if answer < ANSWER_SHARE * whole - 1 else []
    return out + (["the table scrolls sideways"] if table.horizontalScrollBar().isVisible() else [])


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")   # offscreen Qt (a tooltip)
@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_16_pt_on_a_1024_by_600_screen_titles_names_and_ids_are_readable(qtbot, make_window, tmp_path, font_16,
                                                                            language):
    window, session = sample_scored(qtbot, make_window, tmp_path, language, (1024, 600))
    assert {a.item for a in session.answers} == set(ENDS) and len(session.predictions) == len(session.answers)
    table = window.results.table
    table.selectRow(0)   # every title in bold, as while the teacher has a row chosen
    assert all(in_bold(table, col) for col in range(table.model().columnCount()))
    names = [str(table.model().data(table.model().index(r, rm.STUDENT))) for r in range(table.model().rowCount())]
    assert any(n.startswith("Amara Okafor") for n in names)

    def problems() -> list[str]:
        return cut_titles(table) + cut_cells(table) + narrow_answer(table)

    for sorted_by in (None, *range(table.model().columnCount())):   # beside the sort arrow too
        if sorted_by is not None:
            table.horizontalHeader().setSortIndicator(sorted_by, Qt.SortOrder.AscendingOrder)
        settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
        assert window.size().toTuple() == (1024, 600)
        assert problems() == [], f"sorted by column {sorted_by}"
    assert status_said(qtbot, table) == []
