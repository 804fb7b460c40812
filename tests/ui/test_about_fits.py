"""The About box shows its whole text, the list of keys to its end, where the screen has room for it, and keeps to
the screen's free area, its text scrolling, where it has not."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from grader_app.bundles.library import Library
from grader_app.ui import about
from grader_app.ui.export_layout import room

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown(qtbot, library) -> about.AboutDialog:
    dialog = about.AboutDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_about_box_shows_every_key_without_scrolling_where_the_screen_has_room(qtbot, shipped_bundles):
    dialog = shown(qtbot, Library.load([shipped_bundles]))
    free = room(dialog)
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    assert dialog.text.verticalScrollBar().maximum() == 0     # before: 450 x 476 px, the keys scrolled out of sight
    assert "Ctrl+Q" in dialog.plain_text()
    # no taller than its text needs: the text's frame holds the document, not a blank below it
    assert dialog.text.viewport().height() - dialog.text.document().size().height() < dialog.fontMetrics().height()


def test_on_a_small_screen_it_keeps_to_the_free_area_and_its_text_scrolls(qtbot, shipped_bundles, monkeypatch):
    monkeypatch.setattr(about, "room", lambda _widget: QSize(520, 320))
    dialog = shown(qtbot, Library.load([shipped_bundles]))
    assert dialog.width() <= 520 and dialog.height() <= 320
    assert dialog.text.verticalScrollBar().maximum() > 0
    close = dialog.findChild(about.QDialogButtonBox)
    assert dialog.rect().contains(close.geometry())            # Close within the box, in sight
