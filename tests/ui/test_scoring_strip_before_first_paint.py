"""As a sheet to be scored was shown, the results page was laid out and painted, then the scoring strip (what is
being done, a progress bar, Cancel) appeared as the worker started, 30 ms on, and took its room from the page: the
table and the risk plot were laid out and painted again, whole, while the scoring worker competed with the GUI
thread for the interpreter lock (a full paint of the table cost 50-70 ms of the GUI thread's processor, 110-160 ms
of a 300-answer sheet's window). The strip is now in place before the page's first paint: the table keeps the room
it was first painted in until the scoring ends. The real main window on a real sheet, the real worker pool."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _Sizes(QObject):
    """Logs the height of ``viewport`` at each of its paints and resizes (from the first paint on)."""

    def __init__(self, viewport) -> None:
        super().__init__()
        self.log: list[tuple[str, int]] = []
        self.on = True
        viewport.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's names)
        if self.on and event.type() == QEvent.Type.Paint:
            self.log.append(("paint", watched.height()))
        elif self.on and self.log and event.type() == QEvent.Type.Resize:
            self.log.append(("resize", event.size().height()))
        return False


def test_the_table_is_not_laid_out_again_as_the_scoring_starts(qtbot, window, tmp_path):
    viewport = window.results.table.viewport()
    sizes = _Sizes(viewport)
    started: list[bool] = []
    window.scoring.started.connect(lambda: started.append(window.strip.isVisible()))
    window.scoring.finished.connect(lambda *_: setattr(sizes, "on", False))   # the strip goes: room again
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=40))
    accept_mapping(qtbot, window)
    viewport.removeEventFilter(sizes)
    assert started == [True]   # the strip showed, scoring
    assert sizes.log and sizes.log[0][0] == "paint", sizes.log   # the table was painted while the sheet was scored
    assert {h for _, h in sizes.log} == {sizes.log[0][1]}, sizes.log   # at one height, never resized
