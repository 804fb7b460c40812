"""Killing the app mid-review loses no decision.

A child Python process opens the sheet, scores it with real bundles, opens the project store and
reviews answers through the real ReviewView (offscreen), printing each decision once the view has
made it and the store's writer thread has written it (the writer commits on its own, not before the
view returns; the child waits for its word and asks for no flush). The test reads those lines, kills
the child with SIGKILL in the middle of the review, at once after the last line read, then reopens
the project and checks every decision the child reported is there.
"""
from __future__ import annotations

import signal
import textwrap

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.io.project_store import ProjectStore, project_path_for
from grader_app.io.readers import read_sheet
from kill_runner import killed_child, needs_sigkill
from ui_helpers import accept_mapping, make_bundle, make_long_csv

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.workflow import score_all
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping
    from grader_app.io.project_store import ProjectStore, project_path_for
    from grader_app.io.readers import read_sheet
    from grader_app.ui.review_view import ReviewView

    sheet_path, bundles = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    sheet = read_sheet(sheet_path)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping)
    chosen = match_bundles(session, Library.load([bundles]))
    score_all(session, chosen)
    store = ProjectStore.open(project_path_for(sheet_path))
    store.save_setup(sheet_path, mapping, {k: (b.id if b else None) for k, b in chosen.items()}, {})
    store.save_predictions(session)
    store.attach(session)
    view = ReviewView(session, QUndoStack())
    view.set_queue([a.key for a in session.answers])
    print("READY", flush=True)
    for i, key in enumerate(a.key for a in session.answers):
        view.go_to(key)
        view.decide((key + i) % 4)                  # what a digit key does
        if i % 3 == 0:
            view._save_comment(key, f"note {i}")   # what the comment dialog's Save does
        d = session.decisions[key]
        store._writer.wait_for()                    # written by the writer on its own (no flush asked)
        print("DECIDED", key, d.score, d.comment, flush=True)
        time.sleep(0.005)
    print("ALL DONE", flush=True)
    time.sleep(600)
""")


@needs_sigkill
def test_sigkill_mid_review_loses_no_reported_decision(tmp_path):
    bundles = tmp_path / "bundles"
    make_bundle(bundles, "asap-sas-1")
    make_bundle(bundles, "asap-sas-5", prompt="Describe protein synthesis.")
    sheet_path = make_long_csv(tmp_path / "class.csv", n_students=40)
    reported: dict[int, tuple[int, str]] = {}
    with killed_child(tmp_path, CHILD, sheet_path, bundles) as proc:   # killed in the middle of the review
        assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
        while len(reported) < 25:
            line = proc.stdout.readline()
            assert line, "the child stopped before making 25 decisions: " + proc.stderr.read()
            _, key, score, *comment = line.split()
            reported[int(key)] = (int(score), " ".join(comment))
    assert proc.returncode == -signal.SIGKILL

    path = project_path_for(sheet_path)
    assert path.exists()
    sheet = read_sheet(sheet_path)
    with ProjectStore.open(path) as store:
        setup = store.load_setup()
        assert setup is not None and setup["sheet_path"] == sheet_path.absolute()
        session = GradingSession(sheet, setup["mapping"])
        match_bundles(session, Library.load([bundles]), chosen=setup["item_bundles"])
        counts = store.restore(session)
    assert counts["predictions"] == len(session.answers)
    restored = {k: (d.score, d.comment) for k, d in session.decisions.items()}
    for key, (score, comment) in reported.items():
        assert restored.get(key) == (score, comment), f"decision on answer {key} was lost"
    assert len(restored) >= len(reported)  # one more may have been written after the last line was read


# ----- issue 9.9: one project, one window ---------------------------------------------------------

def test_second_window_on_the_same_project_is_refused_with_a_sentence(qtbot, shipped_bundles, task_manager, tmp_path):
    """Two windows used to write one project file and the last one won; now the second one is told."""
    from grader_app.ui.main_window import RESULTS, START, MainWindow
    from grader_app.ui.start_screen import ERROR
    from grader_app.ui.tasks import TaskManager

    sheet = make_long_csv(tmp_path / "answers.csv", n_students=4)
    first = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(first)
    second_tasks = TaskManager()
    second = MainWindow(library=Library.default(), tasks=second_tasks)
    qtbot.addWidget(second)
    try:
        first.open_sheet(sheet)
        accept_mapping(qtbot, first)
        key = first.session.review_queue()[0]
        first.session.decide(key, 2, comment="first window")

        second.open_sheet(sheet)                       # the project exists: refused at once
        qtbot.waitUntil(lambda: second.start.message_kind == ERROR, timeout=10000)
        text = second.start.message.text().removeprefix("⚠ ")
        assert text == ("answers.grader-project is already open in another Grader window; close the sheet there "
                        "first, then open it here again.")
        assert second.session is None and second.store is None and second.pages.currentIndex() == START

        second.start.clear_message()
        second.open_path(project_path_for(sheet))      # by its project file: the same sentence
        qtbot.waitUntil(lambda: second.start.message_kind == ERROR and "another Grader window" in
                        second.start.message.text() and second.tasks.pool.activeThreadCount() == 0, timeout=10000)
        assert second.session is None

        old = first.session
        with qtbot.waitSignal(first.sessionReady, timeout=20000):
            first.open_path(project_path_for(sheet))   # the window that has it may reopen it by its project
        assert first.session is not old and first.pages.currentIndex() == RESULTS
        assert first.session.decisions[key].comment == "first window" and first.store.locked

        first.close()                                  # closed there: the second window may open it
        with qtbot.waitSignal(second.sessionReady, timeout=20000):
            second.open_sheet(sheet)
        assert second.session.decisions[key].score == 2 and second.store.locked
    finally:
        first.close()
        second.close()
        second_tasks.cancel_all()
        assert second_tasks.wait(20000)
