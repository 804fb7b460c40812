"""The columns dialog on a 1024×600 screen at a 16 pt font, in German (the longest words): every choice of a column
(the answers, the question, the student's id, name and first name) is wholly in sight when the dialog opens, the
preview of the sheet giving up its rows first. Before, the preview kept five rows and the choices scrolled: on the
sample sheet the "Question:" row was half under the preview and the student's choices out of sight."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QRect

from grader_app.ui import i18n, mapping_layout
from sample_sheet import SAMPLE
from settle import settle

NETBOOK = QRect(0, 0, 1024, 600)


def _hidden(dialog, widget) -> str | None:
    """How ``widget`` is not wholly in sight in the scrolling part of ``dialog`` (None: it is)."""
    port = dialog.scroller.viewport()
    r = QRect(widget.mapTo(port, QPoint(0, 0)), widget.size())
    if not port.rect().contains(r):
        return f"at {r.getRect()}, the part in sight {port.rect().getRect()}"
    return None


def _choices(dialog):
    return [dialog.answer_combo, dialog.item_combo, dialog.id_combo, dialog.name_combo, dialog.first_name_combo]


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_column_choice_in_sight_at_1024_by_600_and_16_pt(qtbot, make_window, tmp_path, monkeypatch, font_16,
                                                              language):
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    sheet = tmp_path / "Science 9B" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dialog = window.mapping_dialog
    assert dialog.height() <= NETBOOK.height() - mapping_layout.FRAME.height()

    def problems() -> dict:
        return {c.accessibleName() or dialog.pages.currentWidget().layout().labelForField(c).text(): why
                for c in _choices(dialog) if (why := _hidden(dialog, c)) is not None}

    settle(qtbot, lambda: not problems())
    assert problems() == {}
    assert dialog.scroller.verticalScrollBar().value() == 0   # in sight as it opens, not scrolled to
    # the preview's heading stays under the choices; the handle dragged up, the sheet's rows show
    split, view = dialog.split, dialog.preview
    heading = split.words[0]
    assert heading.isVisible() and dialog.rect().contains(QRect(heading.mapTo(dialog, QPoint(0, 0)), heading.size()))
    split.moveSplitter(split.sizes()[0] - 4 * view.verticalHeader().defaultSectionSize(), 1)   # as a drag does
    settle(qtbot, lambda: view.isVisible() and view.height() >= view.verticalHeader().defaultSectionSize() * 2)
    assert view.isVisible() and view.height() >= view.verticalHeader().defaultSectionSize() * 2
    dialog.reject()
