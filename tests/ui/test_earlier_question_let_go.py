"""A main window that asked "Use your earlier decisions?" (a renamed sheet, its decisions in the project beside it) is
collected once closed and let go of. The question's box stays the window's child once answered, and its ``finished``
slot held what hears the answer: the sheet opener, and through it the window and the sheet read. Qt holds a slot
where Python's collector cannot see it, so every such window, with that sheet, stayed alive until the app quit. The
slot is now connected once (Qt lets it go after the answer), and the answer is still heard: "Start afresh" asks for the
columns, as for any new sheet."""
from __future__ import annotations

import weakref


from test_project_copied_or_renamed import renamed_class
from ui_helpers import accept_mapping, collect_let_go


def test_a_window_that_asked_about_earlier_decisions_is_collected_once_closed(qtbot, shipped_bundles, task_manager,
                                                                               tmp_path):
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    window = MainWindow(library=Library.default(), tasks=task_manager)
    window.show()
    qtbot.waitExposed(window)
    renamed, _decided = renamed_class(tmp_path)
    window.open_sheet(renamed)
    qtbot.waitUntil(lambda w=window: w.opener.earlier_box is not None, timeout=30000)
    window.opener.earlier_box.fresh_button.click()   # heard: the columns are asked, as for any new sheet
    accept_mapping(qtbot, window)
    assert window.session is not None and window.sheet_path == renamed.absolute()

    held = weakref.ref(window)
    window.close()
    qtbot.waitUntil(lambda: task_manager.pool.activeThreadCount() == 0, timeout=30000)
    del window
    collect_let_go()
    assert held() is None, "a main window that asked about earlier decisions was closed and let go of but is alive"
