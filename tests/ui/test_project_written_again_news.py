"""A project file that had gone while open and could not be written again, written again after all. The folder it was
in was pulled (a USB stick): the window said "answers.grader-project was deleted while open and could not be written
again (…); your decisions are kept while Grader stays open…" in the notes above the results, on the status bar and on
the review screen's message line. Once the folder was back the writer wrote the project again, and the status bar said
so, but the notes and the review line went on saying the warning, no longer true. Now the news that it is written
again takes the warning's place, as the news that held changes are saved after all does
(tests/ui/test_held_changes_saved_after_all.py).

In the real window with a sheet scored for real; the project's folder is removed and made again on the disk."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from test_project_write_errors import decisions_on_disk
from test_unsaved_decisions_up_to_date import _comment
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PROJECT = "answers.grader-project"
GONE = f"{PROJECT} was deleted while open and could not be written again ("
BACK = f"{PROJECT} was deleted while open; Grader wrote it again with every decision, nothing is lost."
BACK_BAR = f"Nothing is lost: {PROJECT} is back."   # the bar's few words (tests/ui/test_saved_news_short_at_16_pt.py)


def reviewing_from(qtbot, window, folder):
    """A class opened from a sheet in ``folder`` and under review from its first answer, the writer idle and its
    project file ``folder``/answers.grader-project on disk: the session, the project store and the review view."""
    window.open_sheet(make_long_csv(folder / "answers.csv", n_students=5))
    accept_mapping(qtbot, window)
    session, store = window.session, window.store
    keys = [a.key for a in session.answers]
    window.show_review(keys, keys[0])
    qtbot.waitUntil(lambda: not window.tasks.busy and not window.scoring.save_pending, timeout=20000)
    assert store.flush(10) and store.path == folder / PROJECT
    return session, store, window.review_view


def test_a_project_written_again_after_all_takes_the_place_of_its_warning_in_the_notes_on_the_bar_and_the_review_line(
        qtbot, window, tmp_path):
    folder = tmp_path / "usb"
    session, store, view = reviewing_from(qtbot, window, folder)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)                                  # what the opening said, if anything

    shutil.rmtree(folder)                                       # the stick was pulled
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: any(p.startswith(GONE) for p in notes.problems), timeout=10000)
    warning = next(p for p in notes.problems if p.startswith(GONE))
    assert bar.currentMessage() == warning and view.message_label.text() == "⚠ " + warning
    assert store.last_error is not None

    folder.mkdir()                                              # plugged back in: the next change writes it again
    _comment(qtbot, view, "Name the membrane's job.")           # (a comment leaves the message line as it is)
    qtbot.waitUntil(lambda: bar.currentMessage() == BACK_BAR, timeout=10000)
    assert bar.toolTip() == BACK                                # the whole news a glance away
    assert store.flush(10) and store.last_error is None and store.unsaved == {}
    assert set(decisions_on_disk(folder / PROJECT)) == set(session.decisions) != set()
    assert notes.problems == [] and notes.infos == [BACK]       # in the warning's place, once
    assert notes.notes == before + [BACK]
    assert view.message_label.text() == BACK and view.save_error is None   # no "⚠": the news in its place
    qtbot.keyClick(view, Qt.Key.Key_0)                          # news, like any: gone with the next decision
    assert BACK not in view.message_label.text()
