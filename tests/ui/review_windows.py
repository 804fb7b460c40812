"""The real main window at a given size and in a given language, and a class of answers opened in it on to the
review screen with its groups of answers that look alike known: for the UI tests of what the review shows at a size.
Also the review the results page asks for, once
its groups are in (:func:`review_requested`), and the review screen alone on a project's session, with the window's
kind of undo stack (:func:`grouped_screen`)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from in_language import in_language
from sheet_files import write_csv
from ui_helpers import accept_mapping, open_and_score


def class_sheet(path: Path, texts, question: str = "asap-sas-1") -> Path:
    """``texts`` as the answers of students S01, S02, … (Student 1, Student 2, …) to ``question``: a long CSV sheet at
    ``path`` (Student ID, Name, Question, Answer)."""
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[f"S{i + 1:02d}", f"Student {i + 1}", question, t] for i, t in enumerate(texts)])


@contextmanager
def window_in(qtbot, task_manager, lang: str, width: int, height: int) -> Iterator:
    """The real main window on the library's bundles (``task_manager`` its tasks), in ``lang`` (installed for the
    block), shown at ``width``×``height``; closed when the block ends, and English installed again."""
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    with in_language(lang):
        window = MainWindow(library=Library.default(), tasks=task_manager)
        qtbot.addWidget(window)
        try:
            window.resize(width, height)
            window.show()
            qtbot.waitExposed(window)
            yield window
        finally:
            window.close()


def review_grouped(qtbot, window, sheet: Path, at: int = 0):
    """``sheet`` opened in the real ``window`` with the columns it guesses and scored, its groups of answers that look
    alike known, and the review of every answer shown at unit ``at``. Returns the review view."""
    from grader_app.ui.main_window import REVIEW

    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)   # the groups are known
    window.show_review([a.key for a in window.session.answers], at)
    assert window.pages.currentIndex() == REVIEW
    return window.review_view


def review_requested(qtbot, window, sheet: Path):
    """``sheet`` opened in the real ``window`` with the columns it guesses and scored, and the review asked for as the
    results page asks for it, shown once a group of three or more answers that look alike is in its queue. Returns
    (the window's session, the review view)."""
    from grader_app.ui.main_window import REVIEW

    session = open_and_score(qtbot, window, sheet)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    assert window.pages.currentIndex() == REVIEW
    rv = window.review_view
    qtbot.waitUntil(lambda: any(len(u) > 2 for u in rv.queue.units), timeout=30000)   # the groups are in
    return session, rv


def grouped_screen(qtbot, session, store, question: str = "own"):
    """The review screen alone on ``session``'s answers to ``question``, its groups of alike answers found, shown at
    1000×800; its undo stack (``undo_stack``) the window's kind: each step written to ``store`` with its decisions.
    Returns the review view."""
    from grader_app import workflow
    from grader_app.ui.review_view import ReviewView
    from grader_app.ui.undo_steps import UndoSteps

    view = ReviewView(session, UndoSteps(session, store), store)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    keys = session.keys_for(question)
    found, _ = workflow.group_questions({question: (keys, [a.text for a in session.answers])})
    view.set_queue(keys, groups=found["groups"], typical=found["typical"])
    return view
