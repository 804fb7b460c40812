"""The real main window made for a test: over the models installed when it is made, shown and exposed."""
from __future__ import annotations


def shown_main_window(qtbot, task_manager, size: tuple[int, int] | None = None):
    """A real ``MainWindow`` on ``Library.default()`` (the models installed now) and ``task_manager``, given to
    ``qtbot``, resized to ``size`` first if given, shown and exposed."""
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    window = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
