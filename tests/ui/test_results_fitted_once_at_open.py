"""A sheet opened was fitted twice before its results' first paint: as its session was set on the results page, and
again as blind marking followed its project (names shown or hidden as the project last had them) though the names
looked as they had been fitted to. The column fitter measures the first rows' text, every question and every student's
name, 6-13 ms of the GUI thread on a class sheet, in the gap in which the page is first shown. Now it fits again only
where the names look otherwise (blind marking switched, its labels drawn with another project's seed) or the font
changed. The real main window on a real sheet, the real worker pool."""
from __future__ import annotations

import pytest

from grader_app.ui import results_layout
from grader_app.ui import results_model as rm
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_sheet_opened_is_fitted_once_and_again_as_blind_marking_is_switched(qtbot, window, tmp_path, monkeypatch):
    fits: list[bool] = []
    real = results_layout.ColumnFitter.fit

    def fit(self, *args, **kw):
        fits.append(self.model.names.blind)
        return real(self, *args, **kw)
    monkeypatch.setattr(results_layout.ColumnFitter, "fit", fit)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=12))
    accept_mapping(qtbot, window)
    assert fits == [False]
    student = window.results.table.columnWidth(rm.STUDENT)
    window.blind.set_blind(True)   # the names hidden: their labels fitted
    assert fits == [False, True]
    window.blind.set_blind(False)
    assert fits == [False, True, False]
    assert window.results.table.columnWidth(rm.STUDENT) == student   # as the names were first fitted
