"""The columns dialog is as wide as the models' whole names need, as far as its screen allows (QA: 784 px wide on a
1366×768 screen, each "Scored by" choice cut to "ASAP-SAS 1 — Sci", the model's id out of sight), and a model choice
says its whole name in its tooltip, where the screen is too narrow for it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from grader_app.ui import mapping_layout
from test_mapping_fit_and_keys import _inside, _open
from ui_helpers import make_bundle, make_long_csv

ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")
TITLES = {"asap-sas-1": "ASAP-SAS 1 — Science: replicating the acid rain experiment",
          "asap-sas-5": "ASAP-SAS 5 — Biology: protein synthesis from mRNA to amino acids",
          "asap-sas-10": "ASAP-SAS 10 — Science: the colour of a doghouse and its heat"}


@pytest.fixture
def long_named_bundles(shipped_bundles):
    folder = shipped_bundles   # the same models, named at length
    for bid, title in TITLES.items():
        make_bundle(folder, bid, title=title)
    return folder


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1024, 600)])
def test_the_models_whole_names_show_where_the_screen_has_room(qtbot, long_named_bundles, make_window, tmp_path,
                                                              monkeypatch, screen):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: QRect(QPoint(0, 0), screen))
    window = make_window()
    dlg = _open(qtbot, window, make_long_csv(tmp_path / "class.csv", n_students=3, items=ITEMS))
    room = screen - mapping_layout.FRAME
    assert dlg.width() <= room.width() and dlg.height() <= room.height()
    for item in ITEMS:
        combo = dlg.model_combo(item)
        assert combo.currentData() == item and _inside(combo, dlg.items_table.viewport())
        assert combo.toolTip().startswith(f"{TITLES[item]} ({item})")   # the whole name, its id too
        if screen.width() > 1024:
            assert combo.width() >= combo.sizeHint().width(), (item, combo.width(), combo.sizeHint().width())
    combo = dlg.model_combo("asap-sas-1")
    combo.setCurrentIndex(combo.findData("asap-sas-5"))
    assert combo.toolTip().startswith(f"{TITLES['asap-sas-5']} (asap-sas-5)")   # follows the choice
    dlg.grab().save(str(tmp_path / f"mapping-{screen.width()}.png"))
    dlg.reject()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_a_1366_pixel_window_the_models_whole_names_show(qtbot, long_named_bundles, make_window, tmp_path,
                                                             monkeypatch, language):
    """QA at a 1366x768 window, on a screen that said it was 800x600 wide (a virtual screen): the dialog kept to
    the screen's 784 px and cut every model's name. A window that wide shows there is room: the names are whole."""
    from grader_app.ui import i18n

    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: QRect(QPoint(0, 0), QSize(800, 600)))
    assert i18n.install(language)
    window = make_window((1366, 768))
    dlg = _open(qtbot, window, make_long_csv(tmp_path / "class.csv", n_students=3, items=ITEMS))
    assert dlg.width() <= window.width()
    for item in ITEMS:
        combo = dlg.model_combo(item)
        assert _inside(combo, dlg.items_table.viewport())
        text = combo.currentText()
        assert text == f"{TITLES[item]} ({item})"
        assert combo.width() >= combo.sizeHint().width(), (item, combo.width(), combo.sizeHint().width())
    dlg.grab().save(str(tmp_path / f"mapping-1366-{language}.png"))
    dlg.reject()


def test_the_sheets_name_is_shown_as_written(qtbot, window, tmp_path):
    """The sheet's name heads the dialog in bold: a name with "<", "&" or a tag in it is shown as it is written."""
    from PySide6.QtGui import QTextDocument

    name = "Quiz <b>4 a < b & c.csv"
    dlg = _open(qtbot, window, make_long_csv(tmp_path / name, n_students=3, items=ITEMS[:1]))
    doc = QTextDocument()
    doc.setHtml(dlg.intro_label.text())   # what the rich-text label draws
    assert doc.toPlainText().startswith(f"{name}: 3 rows, ")
    dlg.reject()
