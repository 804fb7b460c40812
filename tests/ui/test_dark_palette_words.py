"""Words Grader paints in a colour of its own choosing, read in a dark palette (Windows 11 and macOS in dark mode give
Qt one, and so does Qt's Fusion on a dark Linux desktop): a failure's words on the start screen and in the columns
dialog were the dark red #8a1c00 of the light look, 1.8:1 on Windows' dark window (WCAG 1.4.3 asks 4.5:1); the export
dialog's failure took the palette's link colour, 3.5:1 on Qt's own dark Fusion window, and the light look's pure blue
(1.6:1) in a dark palette that sets no link. Measured from the pixels of the real widgets as painted, in three dark
palettes and after the palette changes under an open window (the system's scheme switched while Grader runs); in the
light palette the words keep their colour."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from grader_app.bundles.library import Library
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.start_screen import ERROR, StartScreen
from test_probability_text_readable import _dark
from ui_helpers import export_dialog, make_long_csv, scored_csv_session, tiny_bundles
from wcag import ratio

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _windows_dark() -> QPalette:
    """Close to the palette Qt 6 gives in Windows 11's dark mode: its own link colour, a dark window."""
    pal = QPalette()
    R = QPalette.ColorRole
    for role, colour in ((R.Window, "#1e1e1e"), (R.WindowText, "#f0f0f0"), (R.Base, "#2d2d2d"), (R.Text, "#f0f0f0"),
                         (R.Button, "#3c3c3c"), (R.ButtonText, "#f0f0f0"), (R.Highlight, "#0078d4"),
                         (R.HighlightedText, "#ffffff"), (R.Link, "#60cdff"), (R.AlternateBase, "#003e92")):
        pal.setColor(role, QColor(colour))
    return pal


def _fusion_dark() -> QPalette:
    """As Qt 6's own dark palette for the Fusion style (Linux in a dark scheme): the link is the highlight's blue,
    3.5:1 on its window."""
    text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    pal = QPalette(*(QBrush(c) for c in (text, window, window.lighter(150), window.darker(150), window.darker(130), text,
                                          QColor(255, 255, 255), window.darker(140), window)))
    for role in (QPalette.ColorRole.Link, QPalette.ColorRole.Highlight):
        pal.setColor(role, QColor(48, 140, 198))
    return pal


PALETTES = {"windows-dark": _windows_dark, "fusion-dark": _fusion_dark, "dark without a link colour": _dark}


def words_ratio(image: QImage) -> tuple[QColor, QColor, float]:
    """The ground (the commonest colour), the words' colour (the pixel farthest from it) and their contrast."""
    seen = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    ground = QColor.fromRgb(seen.most_common(1)[0][0])
    ink = max((QColor.fromRgb(c) for c in seen), key=lambda c: ratio(c, ground))
    return ground, ink, ratio(ink, ground)


def _painted(qtbot, label) -> tuple[QColor, QColor, float]:
    """The label's words as the window shows them (on what its window paints behind them; only the part in sight: the
    export dialog's scroll bar may cover its end)."""
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 20)
    window, seen = label.window(), label.visibleRegion().boundingRect()
    return words_ratio(window.grab(QRect(label.mapTo(window, seen.topLeft()), seen.size())).toImage())


def _start_failure(qtbot) -> StartScreen:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_message("The sheet could not be opened: it is not a workbook.", ERROR)
    return screen


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_failure_on_the_start_screen_reads_in_a_dark_palette(qtbot, in_palette, palette, when):
    if when == "before":   # the palette the window starts in, or one switched to with the failure on show
        in_palette(PALETTES[palette]())
    screen = _start_failure(qtbot)
    if when == "after":
        in_palette(PALETTES[palette]())
    ground, ink, seen = _painted(qtbot, screen.message)
    assert ground == QApplication.palette().color(QPalette.ColorRole.Window)
    assert seen >= 4.5, (ground.name(), ink.name(), seen)


def _wide_sheet() -> Sheet:
    return Sheet(frame=pd.DataFrame({"ID": ["1", "2"], "Q1": ["the membrane", "water moves"],
                                     "Q2": ["mrna goes out", "no idea"]}, dtype=object))


def _mapping_failure(qtbot, shipped_bundles) -> MappingDialog:
    guess = ColumnMapping(layout=WIDE, id_column="ID", answer_columns={"Q1": "Q1", "Q2": "Q2"})
    dlg = MappingDialog(_wide_sheet(), Library.load([shipped_bundles]), guess)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    for row in range(dlg.answer_list.count()):   # no answer column: the dialog says what is wrong
        dlg.answer_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert "no answer columns" in dlg.error.text().lower()
    return dlg


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_failure_in_the_columns_dialog_reads_in_a_dark_palette(qtbot, in_palette, shipped_bundles, palette, when):
    if when == "before":
        in_palette(PALETTES[palette]())
    dlg = _mapping_failure(qtbot, shipped_bundles)
    if when == "after":
        in_palette(PALETTES[palette]())
    ground, ink, seen = _painted(qtbot, dlg.error)
    assert seen >= 4.5, (ground.name(), ink.name(), seen)


def _export_failure(qtbot, tmp_path, task_manager):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=3)
    tiny_bundles(tmp_path / "bundles")
    dlg = export_dialog(qtbot, scored_csv_session(sheet, tmp_path / "bundles"), sheet, task_manager)
    dlg.set_destination(tmp_path / "nowhere" / "graded.xlsx")
    with qtbot.waitSignal(dlg.failed, timeout=20000):
        dlg.export()
    return dlg


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_failure_in_the_export_dialog_reads_in_a_dark_palette(qtbot, in_palette, tmp_path, task_manager, palette,
                                                                  when):
    if when == "before":
        in_palette(PALETTES[palette]())
    dlg = _export_failure(qtbot, tmp_path, task_manager)
    if when == "after":
        in_palette(PALETTES[palette]())
    ground, ink, seen = _painted(qtbot, dlg.error_label)
    assert seen >= 4.5, (ground.name(), ink.name(), seen)


def test_in_the_light_palette_the_failures_keep_their_colours(qtbot, shipped_bundles, tmp_path, task_manager):
    """The light look as it was: the dark red of a failure, the link's blue of the export dialog's."""
    link = QApplication.palette().color(QPalette.ColorRole.Link)
    screen, columns = _start_failure(qtbot), _mapping_failure(qtbot, shipped_bundles)
    export = _export_failure(qtbot, tmp_path, task_manager)
    assert _painted(qtbot, screen.message)[1] == QColor("#8a1c00")
    assert _painted(qtbot, columns.error)[1] == QColor("#8a1c00")
    assert _painted(qtbot, export.error_label)[1] == link
