"""The start screen put "✓" before every piece of news, work still under way too ("✓ Loading models…", "✓ Reading
“sample-class.xlsx”…"), which reads as done. Work under way now has no mark; news of work done keeps its "✓" and a
problem its "⚠"."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_reading_a_sheet_is_said_without_a_tick(qtbot, window, tmp_path):
    assert i18n.install("en")
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=3)
    window.open_sheet(sheet)
    said = window.start.message.text()
    assert said == "Reading “answers.csv”…", said   # it said "✓ Reading “answers.csv”…"
    accept_mapping(qtbot, window)


def test_each_kind_keeps_its_own_mark(qtbot, window):
    from grader_app.ui.start_screen import BUSY, ERROR, INFO

    start = window.start
    for kind, text, shown in ((BUSY, "Loading models…", "Loading models…"), (INFO, "Removed it.", "✓ Removed it."),
                              (ERROR, "It is a folder.", "⚠ It is a folder.")):
        start.show_message(text, kind)
        assert start.message.text() == shown and start.message_kind == kind
