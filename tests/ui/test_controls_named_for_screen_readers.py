"""What a screen reader says of each control on the main screens: every control the keyboard or the mouse can work
(buttons, icon-only ones too, sliders, spin boxes, boxes to type in, lists) and the chart and the probability bars
on the results page, the review page, the export dialog and the columns dialog has a name to read — its visible
words or an accessible name — in English, German and Spanish; and that name is words, not the arrows and triangles
drawn beside them (a screen reader says "black left-pointing triangle")."""
from __future__ import annotations

import shutil
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLabel, QProgressBar,
                               QScrollBar, QWidget)

from grader_app.ui import i18n
from grader_app.ui.risk_plot import RiskPlot
from sample_sheet import SAMPLE
from ui_helpers import accept_mapping, counted, make_bundle


def _symbols(name: str) -> str:
    """The symbols in ``name`` that are neither letters, digits nor punctuation (arrows, triangles, ⏎); the "+" of a
    key ("Ctrl+Enter") is read as "plus"."""
    return "".join(ch for ch in name if unicodedata.category(ch) in ("Sm", "So") and ch != "+")


def _unnamed(root: QWidget) -> list[str]:
    """The controls shown in ``root`` whose accessible name is empty or holds symbols a screen reader spells out."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or (w.isWindow() and w is not root) or isinstance(w, (QLabel, QScrollBar)):
            continue   # (a scroll bar is read by its role and place, as everywhere)
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue   # the box's own text field: read as the box
        worked = bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(
            w, (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QProgressBar, RiskPlot))
        if not worked:
            continue
        acc = QAccessible.queryAccessibleInterface(w)
        name = acc.text(QAccessible.Text.Name).strip() if acc else ""
        if not name or _symbols(name):
            found.append(f"{type(w).__name__} in {type(w.parentWidget()).__name__}: {name!r}"
                         f" (tip: {w.toolTip()[:40]!r})")
    return found


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_control_on_the_main_screens_has_a_name_to_read(qtbot, make_window, tmp_path, language):
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-10", labels=(0, 1, 2), title="Science: doghouse")
    assert i18n.install(language)
    window = make_window((1280, 800))
    sheet = tmp_path / "class" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    missing = {"columns dialog": _unnamed(window.mapping_dialog)}
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    if window.results.splitter.widget(1).isHidden():
        window.results.panel_button.click()
    missing["results page"] = _unnamed(window.results)
    window.show_review([a.key for a in window.session.answers], 0)
    qtbot.waitUntil(lambda: window.review_view.isVisible(), timeout=3000)
    view = window.review_view   # every answer, every member of a group, and the comment dialog
    seen: list[str] = []
    for _ in range(len(view.queue)):
        seen += _unnamed(view)
        for _member in view.current_unit()[1:]:
            qtbot.keyClick(view, Qt.Key.Key_Down)
            seen += _unnamed(view)
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_C)
    seen += _unnamed(view.comment_dialog)
    view.comment_dialog.reject()
    missing["review page"] = sorted(set(seen))
    window.show_export()
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=5000)
    export = counted(qtbot, window)   # each format, with what it shows (an LMS file's titles box, its notes)
    missing["export dialog"] = sorted({f"{fmt}: {found}" for fmt in export.format_buttons
                                       for found in (export.set_format(fmt), _unnamed(export))[1]})
    window.export_dialog.reject()
    assert not any(missing.values()), missing
