"""An export dialog the teacher closed before the LMS files' counts came in (they are worked out on a worker,
grader_app/ui/export_fit.py) no longer takes them: it used to build its list of files anew when they arrived, work on
the GUI thread for a dialog no one sees, on widgets that may be on their way out. A dialog still open takes them, and
one opened later shows them. The real main window on a real sheet written to disk, the real worker."""
from __future__ import annotations

import pytest

from grader_app.ui import export_fit
from sheet_files import write_csv
from ui_helpers import accept_mapping, counted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _sheet(path):
    """Twelve students (with email addresses) answering two questions no model scores."""
    rows = [[f"S{i:03d}", f"Student {i}", f"s{i}@school.example", q, f"answer {i} to {q}"]
            for i in range(1, 13) for q in ("q1", "q2")]
    return write_csv(path, ["Student ID", "Name", "Email", "Question", "Answer"], rows)


def test_a_dialog_closed_while_counting_leaves_the_late_counts_alone(qtbot, window, tmp_path):
    opened = []

    def open_then_close() -> None:   # the moment scoring finishes: before the counts' worker can have answered
        window.show_export()
        dlg = window.export_dialog
        opened.append((dlg, dlg.counting, dlg.chooser))
        dlg.reject()

    window.open_sheet(_sheet(tmp_path / "class" / "answers.csv"))
    window.scoringFinished.connect(open_then_close)   # after the window's own slot, which starts the worker
    accept_mapping(qtbot, window)
    window.scoringFinished.disconnect(open_then_close)
    (closed, was_counting, chooser), = opened
    assert was_counting and not closed.isVisible()
    qtbot.waitUntil(lambda: export_fit.known(window.session), timeout=10000)   # the counts are in
    qtbot.wait(50)
    assert closed.chooser is chooser and chooser.counting_label is not None   # was: a new chooser built from them
    assert closed.counting

    window.show_export()   # a dialog opened now shows the counts at once
    again = counted(qtbot, window)
    assert again is not closed and again.chooser.counting_label is None
    assert all(b.isEnabled() for b in again.format_buttons.values())
    again.reject()


def test_a_dialog_still_open_takes_the_counts(qtbot, window, tmp_path):
    opened = []
    window.open_sheet(_sheet(tmp_path / "class" / "answers.csv"))
    window.scoringFinished.connect(lambda: (window.show_export(), opened.append(window.export_dialog.counting)))
    accept_mapping(qtbot, window)
    assert opened == [True]
    dlg = counted(qtbot, window)
    assert dlg.isVisible() and dlg.chooser.counting_label is None
    assert all(b.isEnabled() for b in dlg.format_buttons.values())
    dlg.reject()
