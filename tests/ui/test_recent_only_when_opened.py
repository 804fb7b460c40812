"""A sheet joins the recent sheets once it is opened, not as soon as it is read. QA: a Canvas item analysis report
(which holds no answers: the columns dialog says so) and a sheet whose columns dialog the teacher cancelled stood at
the top of Recent sheets, as if they had been worked on. Now only a sheet whose columns were confirmed, or whose
project went on where it stopped, is listed. Real files, opened in the real main window."""
from __future__ import annotations

import sys
from pathlib import Path

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.ui.main_window import START  # noqa: E402
from ui_helpers import make_long_csv  # noqa: E402


def _listed(window) -> list[str]:
    return [str(p) for p in window.settings.recent_sheets()]


def _columns_asked(qtbot, window, path: Path):
    window.open_path(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    return window.mapping_dialog


def test_a_canvas_item_analysis_report_cancelled_is_not_a_recent_sheet(qtbot, window, tmp_path):
    report = L.canvas_item_analysis(tmp_path)
    dlg = _columns_asked(qtbot, window, report)
    assert "item analysis" in dlg.error.text()          # the dialog says the file holds no answers
    dlg.reject()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Opening cancelled", timeout=5000)
    assert str(report) not in _listed(window)
    assert window.start.recent.count() == len(_listed(window))   # the start screen shows what is kept


def test_a_sheet_joins_the_recent_sheets_once_its_columns_are_confirmed(qtbot, window, tmp_path):
    earlier = make_long_csv(tmp_path / "earlier" / "answers.csv", n_students=3)
    window.settings.add_recent(earlier)
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=4)
    _columns_asked(qtbot, window, sheet).reject()          # cancelled: not opened, not recent
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Opening cancelled", timeout=5000)
    assert _listed(window) == [str(earlier)]
    dlg = _columns_asked(qtbot, window, sheet)
    assert _listed(window) == [str(earlier)]               # asked about, not yet opened
    with qtbot.waitSignal(window.sessionReady, timeout=30000):
        dlg.ok_button.click()
    assert _listed(window) == [str(sheet), str(earlier)]
    window.close_sheet()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == START and window.start.recent.count() == 2, timeout=10000)
    window.settings.remove_recent(sheet)
    with qtbot.waitSignal(window.sessionReady, timeout=30000):   # its project goes on where it stopped, asking nothing
        window.open_sheet(sheet)
    assert window.mapping_dialog is None
    assert _listed(window) == [str(sheet), str(earlier)]
