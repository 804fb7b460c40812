"""The model library at a 14 pt application font in a 1024 × 600 window (grader_app/ui/library_view.py): every
row as tall as its wrapped text (a model's name and id, its question) at the columns' present widths, the
column titles wrapping rather than cut, the heading and buttons wrapping rather than widening the window."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from grader_app.bundles.library import Library
from grader_app.ui.flow_layout import FlowLayout
from grader_app.ui.start_screen import StartScreen
from ui_helpers import make_bundle


def test_rows_and_titles_are_whole_at_14_pt_in_a_1024_window(qtbot, tmp_path, app_font):
    app_font(14)
    folder = tmp_path / "lib"
    for bid in ("asap-sas-1", "asap-sas-3"):
        make_bundle(folder, bid, prompt="Explain how pandas are similar to koalas and how the two differ. Support "
                                        "your response with details from the article.")
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(Library.load([folder]))
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    lib, tree = screen.library, screen.library.tree
    assert isinstance(lib.layout().itemAt(0).layout(), FlowLayout)
    assert screen.minimumSizeHint().width() <= 1024 and lib.width() <= 1024
    lines = tree.fontMetrics().lineSpacing()
    wrap = int(Qt.TextFlag.TextWordWrap)
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0)).height() > 2 * lines)
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        height = tree.visualItemRect(item).height()
        assert height >= lines
        for c in range(tree.columnCount()):
            need = tree.fontMetrics().boundingRect(QRect(0, 0, tree.columnWidth(c) - 12, 1 << 16), wrap, item.text(c))
            assert need.height() <= height, (item.text(c), need.height(), height)      # no line cut off
    head = tree.header()
    for c in range(tree.columnCount()):
        need = head.fontMetrics().boundingRect(QRect(0, 0, head.sectionSize(c) - 12, 1 << 16), wrap,
                                               tree.headerItem().text(c))
        assert need.height() <= head.height(), tree.headerItem().text(c)
    for w in (lib.heading, lib.learn_button, lib.add_button):
        assert w.geometry().right() <= lib.width()
