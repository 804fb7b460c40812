"""Showing an opened sheet's results in the real main window goes over every student's name once for the student
column's width, and works out the notes about the sheet once, though the table is fitted and the notes said again when
blind marking follows the project (on 10,000 answers each pass held the GUI thread). Switching blind marking works
them out again, for the names as now shown."""
from __future__ import annotations

import pytest

from grader_app.ui import results_model as rm
from grader_app.ui import sheet_notices
from grader_app.ui.results_layout import ColumnFitter
from ui_helpers import make_long_csv, open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def counted(monkeypatch):
    """How often the student column's names were all gone over, and how often the notes about the sheet were worked
    out (sheet_notices.opened_warnings; the notes on a sheet's rows in them are found as the session is prepared, on
    a worker: test_results_rows_off_thread.py)."""
    calls = {"names": 0, "notes": 0}
    whose, opened_warnings = ColumnFitter._whose, sheet_notices.opened_warnings

    def counted_whose(self):
        calls["names"] += 1
        return whose(self)

    def counted_opened_warnings(*args):
        calls["notes"] += 1
        return opened_warnings(*args)

    monkeypatch.setattr(ColumnFitter, "_whose", counted_whose)
    monkeypatch.setattr(sheet_notices, "opened_warnings", counted_opened_warnings)
    return calls


def test_names_and_notes_worked_out_once_as_the_results_are_shown(qtbot, make_window, tmp_path, counted):
    window = make_window((1100, 800))
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    open_and_score(qtbot, window, sheet)
    assert window.blind.names.blind is False
    assert counted == {"names": 1, "notes": 1}

    window.blind.set_blind(True)   # the names as labels: their widths and the notes worked out for them, once
    assert counted == {"names": 2, "notes": 2}
    assert not any("S00" in str(window.results.model.data(window.results.model.index(r, rm.STUDENT)))
                   for r in range(window.results.model.rowCount()))   # no id shown
    window.blind.set_blind(False)   # shown again: as worked out before
    window.blind.set_blind(True)
    assert counted == {"names": 2, "notes": 2}
    assert window.blind.names.blind is True
