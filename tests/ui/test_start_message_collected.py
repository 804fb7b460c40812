"""A window let go of is deleted when Python's garbage collector collects it with its widgets (they hold each other in
a cycle): the start screen's message box had its attributes cleared first, and the widgets it watches, deleted by Qt
after, still sent it their events: "'MessageBox' object has no attribute 'label'", again and again, in whichever test
ran when the collector did. So test_made_models_news_leaves_drop_zone_whole[de] (or test_library_model_names_roomy, or
another) failed, or not, by what ran before it. Now a box being collected lets the events pass. The real start screen
with a message in its box, shown, let go of and collected."""
from __future__ import annotations

import gc
import weakref

import pytest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _shown_and_let_go(qtbot) -> weakref.ref:
    """A real start screen, shown with a message in its box, and nothing but a weak reference to it kept."""
    from grader_app.ui.start_screen import StartScreen

    screen = StartScreen()
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_message("✓ Made 1 model and added it to the library: “Lluvia ácida” " + "(it agreed with your marks) " * 20)
    qtbot.waitUntil(lambda: screen.message_box.isVisible() and screen.message_box.height() > 0, timeout=3000)
    return weakref.ref(screen)   # its widgets hold it in a cycle: only the collector deletes it


def test_a_start_screen_collected_with_its_message_box_says_nothing_while_qt_deletes_it(qtbot):
    gone = _shown_and_let_go(qtbot)
    gc.collect()                                        # as between tests, or in the app once its window is let go of
    assert gone() is None
    qtbot.wait(50)                                      # what the deletion posted, handled (pytest-qt fails the test on
    #                                                     an exception in an event filter, then or during the collection)
