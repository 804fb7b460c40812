"""The model library on the start screen at a 16 pt font in a 1024×600 window, in English and German, with the models
that come with Grader (model_bundles/): at least three models in sight at once, each cell's lines within its row and its
column, each cell whole or cut short with its whole text in the tooltip it shows, each column title whole.

Before: the four columns shared the width equally, the question wrapped onto nine lines and a row was 200–275 px high:
the first row and a third of the second in sight (in German, only the first). At the usual font as many models or more
are in sight as before (10 of 10 in 1024×600, where 6 were)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QToolTip

from grader_app.ui import i18n, mapping_layout
from settle import settle

MODELS = Path(__file__).resolve().parents[2] / "model_bundles"
NETBOOK = QRect(0, 0, 1024, 600)
WRAP = int(Qt.TextFlag.TextWordWrap)


def flat(text: str) -> str:
    return " ".join(str(text).split())


def rows_in_sight(tree) -> int:
    """How many rows are whole inside the list's viewport as it is shown."""
    sight = tree.viewport().rect()
    return sum(sight.contains(tree.visualItemRect(tree.topLevelItem(i))) for i in range(tree.topLevelItemCount()))


def library_on_netbook(qtbot, make_window, monkeypatch, language: str, settled):
    """The real window on a 1024×600 screen in ``language`` with the models that come with Grader; its library's tree,
    once ``settled(tree)`` holds or the layouts had three seconds to settle (the test then says what is wrong)."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(MODELS))   # the models that come with Grader
    assert i18n.install(language)
    window = make_window((1024, 600))
    qtbot.waitUntil(lambda: window.size().toTuple() == NETBOOK.size().toTuple(), timeout=3000)
    tree = window.start.library.tree
    assert tree.topLevelItemCount() == len(list(MODELS.glob("*.gradebundle"))) >= 4
    settle(qtbot, lambda: settled(tree))   # the layouts settle over a few turns of the event loop
    return window, tree


def text_room(tree, cell: QRect) -> int:
    """The width the style gives a cell's text (its margins and the focus frame's off)."""
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = cell
    option.text = "x"
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay | QStyleOptionViewItem.ViewItemFeature.WrapText
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree).width() - 2 * margin


def tooltip_of(tree, item, column: int) -> str:
    """The tooltip the list shows with the pointer on ``item``'s cell in ``column``."""
    tree.scrollToItem(item)
    at = tree.visualRect(tree.indexFromItem(item, column)).center()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, at, tree.viewport().mapToGlobal(at))
    QApplication.sendEvent(tree.viewport(), event)
    return QToolTip.text()


def cells_not_said_whole(tree) -> list[str]:
    """Each cell whose lines run past its column or below its row, or that is cut short (or said in a shorter form)
    without its whole text in its tooltip."""
    out, fm = [], tree.fontMetrics()
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        for c in range(tree.columnCount()):
            cell = tree.visualRect(tree.indexFromItem(item, c))
            shown, whole = tree.shown(tree.indexFromItem(item, c)), item.text(c)
            room = text_room(tree, cell)
            for line in shown.split("\n"):
                if fm.horizontalAdvance(line) > room:
                    out.append(f"row {i} column {c}: {line!r} wider than the {room} px of its column")
            need = fm.boundingRect(QRect(0, 0, room, 1 << 16), WRAP, shown).height()
            if need > cell.height():
                out.append(f"row {i} column {c}: {shown!r} needs {need} px, the row is {cell.height()}")
            if flat(shown) != flat(whole):
                if not shown.strip() or shown.strip() == "…":
                    out.append(f"row {i} column {c}: says nothing of {whole!r}")
                tip = tooltip_of(tree, item, c)
                if flat(whole) not in flat(tip):
                    out.append(f"row {i} column {c}: says {shown!r}, its tooltip {tip!r} not {whole!r}")
    tree.scrollToTop()
    QToolTip.hideText()
    return out


def titles_cut(tree) -> list[str]:
    """The column titles wrap between words, in a header as tall as their lines."""
    head, out = tree.header(), []
    for c in range(tree.columnCount()):
        title, room = tree.headerItem().text(c), head.sectionSize(c) - 12
        if max(head.fontMetrics().horizontalAdvance(w) for w in title.split()) > room:
            out.append(f"column title {title!r}: a word wider than its {room} px")
        if head.fontMetrics().boundingRect(QRect(0, 0, room, 1 << 16), WRAP, title).height() > head.height():
            out.append(f"column title {title!r}: taller than the header's {head.height()} px")
    return out


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")   # offscreen Qt (a tooltip)
@pytest.mark.parametrize("language", ["en", "de"])
def test_three_models_in_sight_each_cell_whole_or_in_its_tooltip_at_16_pt(qtbot, make_window, monkeypatch, font_16,
                                                                          language):
    window, tree = library_on_netbook(qtbot, make_window, monkeypatch, language, settled=lambda t: rows_in_sight(t) >= 3)
    heights = [tree.visualItemRect(tree.topLevelItem(i)).height() for i in range(tree.topLevelItemCount())]
    assert rows_in_sight(tree) >= 3, (f"{rows_in_sight(tree)} rows in sight in a list {tree.viewport().height()} px "
                                      f"high, rows {heights} px, columns "
                                      f"{[tree.columnWidth(c) for c in range(tree.columnCount())]} px")
    found = cells_not_said_whole(tree) + titles_cut(tree)
    assert found == [], "\n".join(found)
    assert window.start.library.geometry().right() <= window.width()


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")   # offscreen Qt (a tooltip)
@pytest.mark.parametrize(("size", "before"), [((1024, 600), 6), ((1280, 800), 10)])
def test_at_the_usual_font_as_many_models_in_sight_as_before_or_more(qtbot, make_window, monkeypatch, size, before):
    """At the usual font the list shows at least as many models as it did when its columns shared the width equally
    (6 of 10 in 1024×600, all 10 in 1280×800), each cell whole or whole in its tooltip."""
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(MODELS))
    window = make_window(size)
    tree = window.start.library.tree
    settle(qtbot, lambda: rows_in_sight(tree) >= before)
    assert rows_in_sight(tree) >= before
    found = cells_not_said_whole(tree) + titles_cut(tree)
    assert found == [], "\n".join(found)
