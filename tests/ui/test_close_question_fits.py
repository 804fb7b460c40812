"""The question asked before closing a sheet whose changes could not be saved (a full disk), at a 16 pt font on a small
screen. Its four buttons side by side are wider than the screen at 16 pt ("Bewertete Tabelle woandershin exportieren…"
and "Schließen und 2 Entscheidungen verlieren" lost both ends on a 1024 px screen, in English the row was 932 px: cut
on the 800 px screen these tests run on); QMessageBox keeps to the screen and squeezed them. Now they are stacked where
they would be cut, each whole. And "Export the graded sheet elsewhere…" is offered only where the exported sheet keeps
some of what is held: not for the blind-marking switch alone (a graded sheet does not carry it), as it still is for a
threshold (it decides which answers the sheet says were taken from the model, with its score).

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from test_close_names_what_is_held import _asked
from test_decisions_saved_after_all import _idle_under_review
from test_held_changes_saved_after_all import ITEM

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _whole(button) -> bool:
    text = button.text().replace("&", "")
    return button.fontMetrics().horizontalAdvance(text) <= button.contentsRect().width()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_at_16_pt_every_button_of_the_close_question_is_whole(qtbot, window, tmp_path, monkeypatch, font_16, lang):
    from grader_app.ui import i18n

    assert i18n.install(lang)
    _session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    failing_writes(monkeypatch)
    qtbot.keyClick(view, Qt.Key.Key_2)                          # two decisions held by the full disk
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(store.unsaved) >= 2, timeout=10000)

    window.close_sheet()
    box = _asked(qtbot, window)
    asked = window.unsaved_close
    assert asked.export_button is not None
    screen = box.screen().availableGeometry()
    assert box.width() <= screen.width()
    for button in (asked.retry_button, asked.export_button, asked.lose_button, asked.cancel_button):
        assert _whole(button), (button.text(), button.width(), button.fontMetrics().horizontalAdvance(button.text()))
        corner = button.mapTo(box, button.rect().bottomRight())
        assert box.rect().contains(corner) and button.mapTo(box, button.rect().topLeft()).x() >= 0
    asked.cancel_button.click()


def test_export_is_offered_for_a_held_threshold_but_not_for_the_blind_marking_switch_alone(qtbot, window, tmp_path,
                                                                                           monkeypatch):
    _session, store, _keys, _view = _idle_under_review(qtbot, window, tmp_path)
    disk = failing_writes(monkeypatch)
    window.blind_action.trigger()                               # held: the switch only
    qtbot.waitUntil(lambda: store.held_changes == ["the blind-marking switch"], timeout=10000)
    assert store.unsaved == {}

    window.close_sheet()
    box = _asked(qtbot, window)
    asked = window.unsaved_close
    assert asked.export_button is None                          # an exported sheet would not keep it
    assert not any("Export" in b.text() for b in box.buttons())
    assert box.informativeText() == "The disk is full: free some space on it and try again."
    asked.cancel_button.click()
    qtbot.waitUntil(lambda: asked.box is None, timeout=5000)

    panel = window.results.threshold                            # and a threshold held with it
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.slider.setValue(61)
    qtbot.waitUntil(lambda: "the thresholds" in store.held_changes, timeout=10000)
    window.close_sheet()
    box = _asked(qtbot, window)
    assert asked.export_button is not None and asked.export_button in box.buttons()
    assert box.informativeText() == ("The disk is full: free some space on it and try again, or export the graded "
                                     "sheet to another drive to keep your comments and scores there.")
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        asked.lose_button.click()
    disk["on"] = False
