"""The control the keyboard's focus lands on is scrolled into view, wherever the focus came from.

Qt scrolls a scroll area to its focused control only when Tab moves the focus *within* it (QScrollArea's own
focusNextPrevChild). Tab coming in from outside (from Close, the export dialog's last button, round to the format
chosen at its top) or an Alt+letter landing inside leaves the area where it was: on a 1024×600 screen with a 16-point
font the export dialog's choices scroll, and the focus sat on a choice scrolled out of sight, so a teacher working
from the keyboard could not see where it was. :func:`install` watches the application's focus once; each scroll area
around the control newly focused, innermost first, is scrolled to show it, unless it is in view already or the
control is larger than the area (a screen that scrolls itself, like the review's card). A click lands on what is seen,
so it scrolls at most a control half in sight wholly into it; the mouse's buttons are not asked (their state as Qt
keeps it can be stale: a press whose release went to a widget hidden in between left the watch deaf to the keys)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class FocusInView(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focused)

    def _focused(self, _old, new) -> None:
        if not isinstance(new, QWidget):
            return
        area = new.parentWidget()
        while area is not None and not area.isWindow():
            if isinstance(area, QScrollArea):
                inside = area.widget()
                if inside is not None and inside.isAncestorOf(new):
                    show(area, new)
            area = area.parentWidget()


def show(area: QScrollArea, widget: QWidget) -> None:
    """Scroll ``area`` so that ``widget`` (inside it) is wholly in view, if it is not and it fits."""
    view = area.viewport()
    top_left = widget.mapTo(view, widget.rect().topLeft())
    seen = view.rect()
    if seen.contains(widget.rect().translated(top_left)):
        return
    if widget.width() > seen.width() or widget.height() > seen.height():
        return
    area.ensureWidgetVisible(widget, 0, 0)


def install(app: QApplication | None = None) -> None:
    """Watch ``app``'s focus (the running application's by default), once however often it is called."""
    running = app or QApplication.instance()
    if isinstance(running, QApplication) and running.findChild(FocusInView) is None:
        FocusInView(running)
