"""Closing the window while an export is being saved: a printable PDF is laid out on the GUI thread, so a window
that closed at once would leave it unwritten. The window stays open until the file is on disk and then closes
itself; if the file cannot be written, it stays open with the reason, and a second close then closes it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import report_pdf
from grader_app.ui.app import open_main_window
from grader_app.ui.export_dialog import PDF, XLSX
from ui_helpers import make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def scored_window(qtbot, tmp_path, task_manager):
    path = make_long_csv(tmp_path / "Year 8.csv", n_students=30)
    window = open_main_window([str(path)], tasks=task_manager)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.scoringFinished, timeout=20000):   # "not busy" also holds before scoring starts
        qtbot.mouseClick(window.mapping_dialog.ok_button, Qt.LeftButton)
    window.show_export()
    qtbot.waitUntil(window.export_dialog.isVisible, timeout=5000)
    return window, window.export_dialog


@pytest.mark.parametrize("fmt", [PDF, XLSX])
def test_closing_while_saving_waits_for_the_file_then_closes(qtbot, shipped_bundles, tmp_path, task_manager, fmt):
    window, dlg = scored_window(qtbot, tmp_path, task_manager)
    dlg.set_format(fmt)
    out = tmp_path / ("report.pdf" if fmt == PDF else "graded.xlsx")
    dlg.set_destination(out)
    assert dlg.export() is True and dlg.busy and not out.exists()
    assert window.close() is False                     # refused: the file is not written yet
    assert window.isVisible() and window.session is not None
    waiting = "Still saving the export; Grader closes as soon as it is written."
    assert window.statusBar().currentMessage() == waiting and dlg.done_label.text() == waiting   # the dialog is in front
    assert window.close() is False                     # asked again while waiting: still one wait, not two
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert out.read_bytes().startswith(b"%PDF-" if fmt == PDF else b"PK\x03\x04")   # a PDF, an XLSX (a zip)
    assert window.session is None                      # closed the usual way: the project saved and released
    assert not dlg.busy and dlg.done_label.text().startswith("✔ Saved " + out.name)


def test_an_export_that_fails_keeps_the_window_open_with_the_reason(qtbot, shipped_bundles, tmp_path, task_manager,
                                                                    monkeypatch):
    def full_disk(pdf, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_pdf, "write_pdf_bytes", full_disk)
    window, dlg = scored_window(qtbot, tmp_path, task_manager)
    dlg.set_format(PDF)
    out = tmp_path / "report.pdf"
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.failed, timeout=30000):
        assert dlg.export() is True
        assert window.close() is False
    assert window.isVisible() and not out.exists()
    assert window.statusBar().currentMessage() == "The export could not be saved, so Grader stayed open."
    assert dlg.error_text()                              # the dialog says why
    assert window.close() is True and not window.isVisible()   # nothing is being saved now: it closes at once
