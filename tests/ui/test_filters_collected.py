"""A window let go of is deleted when Python's garbage collector collects it with its widgets (they hold each other in
a cycle): the collector clears the Python attributes of everything in the cycle, in no set order, and the widgets Qt
deletes after still send their last events to the filters watching them. A filter whose attributes were gone raised
"'StatusGlyph' object has no attribute 'widget'" (or 'content' for a mapping dialog's scrolled list), on each event, in
whichever test or screen ran when the collector did. Now a filter being collected lets the events pass
(grader_app/ui/filter_guard.py). Real glyph and scroll area on real widgets, in a window whose parts hold it: the cycle
a real window forms through its parts."""
from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _window_with(qtbot, part) -> weakref.ref:
    """A shown window holding ``part(window)``, which holds the window back; nothing but a weak reference kept."""
    window = QWidget()
    QVBoxLayout(window)
    window.part = part(window)
    window.part.owner = window          # the cycle: only the collector deletes the window
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    return weakref.ref(window)


def _glyph(window):
    from grader_app.ui.control_glyph import StatusGlyph

    button = QPushButton("Scored", window)
    window.layout().addWidget(button)
    return StatusGlyph(button, "done")


def _scroll_above(window):
    from grader_app.ui.mapping_layout import ScrollAbove

    content = QLabel("\n".join(f"Question {i}" for i in range(30)))
    area = ScrollAbove(content)
    window.layout().addWidget(area)
    return area


@pytest.mark.parametrize("part", [_glyph, _scroll_above], ids=["status glyph", "mapping scroll area"])
def test_a_window_collected_with_its_filters_says_nothing_while_qt_deletes_it(qtbot, part):
    gone = _window_with(qtbot, part)
    gc.collect()                        # as between tests, or in the app once its window is let go of
    assert gone() is None
    qtbot.wait(50)                      # what the deletion posted, handled (pytest-qt fails the test on an exception
    #                                     in an event filter, then or during the collection)
