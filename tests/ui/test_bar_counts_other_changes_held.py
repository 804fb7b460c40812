"""The status bar's counts say "saved" only when everything is on disk. They counted the decisions the project file
could not take ("… · 2 not saved") and said "… · saved" otherwise, so while only a threshold or a comment was held (a
full disk) the bar said "saved" beside the warning that it was not. Now it says "… · changes not saved" then, and
"saved" again once the change is written after all.

The real window with a sheet scored for real; the disk is full as in tests/failing_disk.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from grader_app.ui.window_words import status_counts
from in_language import in_language
from test_decisions_saved_after_all import _idle_under_review
from test_held_changes_saved_after_all import ITEM

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_threshold_held_alone_is_not_called_saved_and_is_once_written(qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    label = window.status_label
    qtbot.waitUntil(lambda: label.text().endswith(" · saved"), timeout=10000)
    disk = failing_writes(monkeypatch)                          # the disk fills up
    panel = window.results.threshold
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.slider.setValue(61)                                   # held: the only change not saved
    qtbot.waitUntil(lambda: any(p.startswith("The thresholds could not") for p in window.notices.problems),
                    timeout=10000)
    assert store.unsaved == {} and store.held_changes
    qtbot.waitUntil(lambda: label.text().endswith(" · changes not saved"), timeout=10000)

    disk["on"] = False                                          # room again: the next decision carries it
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not store.held_changes and label.text().endswith(" · saved"), timeout=10000)


@pytest.mark.parametrize("lang, held, decisions", [
    ("en", "2 decided by you · 3 need you · changes not saved", "2 decided by you · 3 need you · 1 not saved"),
    ("de", "2 von Ihnen entschieden · 3 warten auf Sie · Änderungen nicht gespeichert",
     "2 von Ihnen entschieden · 3 warten auf Sie · 1 nicht gespeichert"),
    ("es", "2 decididas por ti · 3 te necesitan · cambios sin guardar",
     "2 decididas por ti · 3 te necesitan · 1 sin guardar"),
])
def test_the_counts_say_other_changes_held_in_each_language(qapp, lang, held, decisions):
    with in_language(lang):
        assert status_counts(2, 3, 0, others_held=True) == held
        assert status_counts(2, 3, 1, others_held=True) == decisions   # decisions held: counted, as before
