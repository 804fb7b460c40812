"""The start screen's recent sheets at a 16 pt font in a 1024×600 window, in German: an entry too long for its row
loses its folder first, its file name stays whole; a file name longer than the row itself keeps its start and its
end (".xlsx"), and the entry's tooltip has the whole path, file name and folder. Before, every entry was cut at its
right end: a long file name lost its end and its kind, the folder with it.

What the list draws is found as Qt's list and style draw an item: the text its delegate gives the item's row (no wider
than the list), cut to the width of the row's text with the list's elide mode."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from grader_app.ui import i18n, mapping_layout
from settle import settle

NETBOOK = QRect(0, 0, 1024, 600)
SHORT = "year-9-biology.csv"
LONG = "Klassenarbeit Biologie Photosynthese und Zellatmung 9B.xlsx"
FOLDER = "Naturwissenschaften Jahrgang 9 Halbjahr 2"


def drawn(view, row: int) -> str:
    """The text the list draws in ``row``, as its style cuts it to the row."""
    index = view.model().index(row, 0)
    opt = QStyleOptionViewItem()
    opt.initFrom(view.viewport())
    opt.font, opt.fontMetrics = view.font(), view.fontMetrics()
    opt.rect = view.visualRect(index)
    opt.rect.setWidth(min(opt.rect.width(), view.viewport().width()))   # the list paints its rows no wider than itself
    opt.textElideMode = view.textElideMode()
    opt.widget = view
    view.itemDelegate().initStyleOption(opt, index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1
    width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view).width() - 2 * margin
    return opt.fontMetrics.elidedText(opt.text, opt.textElideMode, width)


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_cut_recent_sheet_keeps_its_file_name_and_says_itself_whole(qtbot, make_window, tmp_path, monkeypatch,
                                                                      font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    paths = []
    for name in (SHORT, LONG):
        path = tmp_path / FOLDER / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("a\n")
        paths.append(path)
    window.start.set_recent(paths)
    view = window.start.recent
    settle(qtbot, lambda: view.isVisible() and window.size().toTuple() == NETBOOK.size().toTuple())
    whole = [view.item(r).text() for r in range(view.count())]
    shown = [drawn(view, r) for r in range(view.count())]
    assert all(w.startswith(p.name) and FOLDER in w for w, p in zip(whole, paths))
    assert shown[0] != whole[0], "the folder fits: nothing to check"   # the row is short of room for the folder
    assert shown[0].startswith(SHORT + " ") and shown[0].endswith("…"), shown[0]   # the folder is cut, not the name
    fm = view.fontMetrics()
    assert fm.horizontalAdvance(LONG) > view.viewport().width(), "the long name fits: nothing to check"
    start, end = shown[1].split("…")   # its start and its end, cut in its middle
    assert len(start) >= 8 and LONG.startswith(start) and len(end) >= 8 and LONG.endswith(end), shown[1]
    for r, path in enumerate(paths):   # the whole entry, its folder and file name, in its tooltip
        tip = view.item(r).toolTip()
        assert path.name in tip and FOLDER in tip, tip
