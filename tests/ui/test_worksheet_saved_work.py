"""The columns dialog's list of worksheets says which worksheets already have saved work (each its own project file),
and how far it went: "Period 1 — saved work: 2 of 6 answers decided by you". The list named the worksheets only, so a
teacher choosing where to go on could not tell where the work was. The project files are read on the worker that reads
the workbook, never on the GUI thread (a class folder on a school share or a USB stick answers slowly); choosing an
entry still reads its worksheet. In German the list and the dialog fit a 1024×600 netbook. The real window, real
workbooks and project files."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRect

from grader_app.io import worksheet_projects
from grader_app.ui import i18n, mapping_layout
from test_ids_added_in_window import asked, opened
from test_mapping_fits_netbook import NETBOOK, assert_fits
from test_worksheet_switch import workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def entries(dlg) -> list[tuple[str, str]]:
    combo = dlg.worksheet_combo
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def choose(qtbot, dlg, name):
    """The worksheet ``name`` chosen in the list, as a click does."""
    i = dlg.worksheet_combo.findData(name)
    assert i >= 0, entries(dlg)
    dlg.worksheet_combo.setCurrentIndex(i)
    dlg.worksheet_combo.activated.emit(i)
    dlg.worksheet_choice.flush()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)


def closed(qtbot, window):
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)


def test_the_worksheet_list_says_which_worksheets_have_saved_work_and_how_much(qtbot, window, tmp_path, monkeypatch):
    looked_on_gui_thread = []
    real_look = worksheet_projects._look

    def look(path):
        looked_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_look(path)
    monkeypatch.setattr(worksheet_projects, "_look", look)

    path = workbook(tmp_path / "classes.xlsx")
    window.open_sheet(path)
    dlg = asked(qtbot, window)                         # a new workbook: nothing saved anywhere
    assert entries(dlg) == [("Period 1", "Period 1"), ("Period 2", "Period 2")]
    dlg.accept()
    session = opened(qtbot, window)
    for a in session.answers[:2]:
        session.decide(a.key, 1)

    window.columns_action.trigger()                    # File ▸ Choose columns…
    dlg = asked(qtbot, window)
    assert entries(dlg) == [("Period 1", "Period 1 — saved work: 2 of 6 answers decided by you"),
                            ("Period 2", "Period 2")]
    assert dlg.worksheet_combo.currentData() == "Period 1"
    choose(qtbot, dlg, "Period 2")                     # the entry reads its worksheet, whatever its words
    again = asked(qtbot, window)
    assert again.sheet.sheet_name == "Period 2" and again.worksheet_combo.currentData() == "Period 2"
    assert entries(again)[0] == ("Period 1", "Period 1 — saved work: 2 of 6 answers decided by you")
    again.accept()
    opened(qtbot, window)
    closed(qtbot, window)

    window.open_sheet(path)                            # opens at Period 2, worked on last
    assert opened(qtbot, window).sheet.sheet_name == "Period 2"
    window.columns_action.trigger()
    dlg = asked(qtbot, window)
    assert entries(dlg) == [("Period 1", "Period 1 — saved work: 2 of 6 answers decided by you"),
                            ("Period 2", "Period 2 — saved work: columns chosen, no answer decided yet")]
    assert looked_on_gui_thread and not any(looked_on_gui_thread)
    dlg.reject()


def test_in_german_the_list_says_it_and_the_dialog_fits_a_netbook(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    room = NETBOOK.size() - mapping_layout.FRAME
    assert i18n.install("de")
    path = workbook(tmp_path / "classes.xlsx")
    window.open_sheet(path)
    asked(qtbot, window).accept()
    session = opened(qtbot, window)
    session.decide(session.answers[0].key, 1)
    window.columns_action.trigger()
    dlg = asked(qtbot, window)
    assert entries(dlg)[0] == ("Period 1", "Period 1 — gespeicherte Arbeit: 1 von 6 Antworten von Ihnen entschieden")
    assert_fits(dlg, room)
    combo = dlg.worksheet_combo
    shown = combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert shown < combo.width() - 20, (shown, combo.width())     # the entry chosen is read whole
    assert QRect(0, 0, room.width(), room.height()).contains(dlg.rect())
    dlg.grab().save(str(tmp_path / "worksheets-de.png"))
    dlg.reject()
