"""One key on a group is one round for the review screen's listeners. The session already told its listeners a group's
decisions together (test_group_score_one_write); the review screen still sent ``decisionMade`` once per member, and
each one ran the window's slot (the results page's refresh asked again): 200 calls for a group of 200. It now sends
``decisionsMade`` once with every member, after the decisions went to the project file in one write (one transaction:
a write that fails half-way keeps them all, none is lost), and a single answer's score as before, alone. One Ctrl+Z
takes the group's score back in one step; the results page's table and counts show the group scored."""
from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.core import review
from grader_app.core.session import Heard
from grader_app.io import project_decisions
from grader_app.ui.results_model import STATUS, StatusRole
from main_windows import shown_main_window
from review_windows import grouped_screen
from test_group_review import LIKE_AMONG_OTHERS
from ui_helpers import accept_mapping, decisions_on_disk, make_bundle, rows_sheet, scored_rows_project

SAME = "The cell membrane lets some things in and keeps others out."
N = 30
ROWS = [("own", SAME)] * N + [("own", "Plants need light to grow."), ("own", "Osmosis moves water.")]


@pytest.fixture
def graded(tmp_path):
    """(session, store): N identical answers to a question without a model, then two others; closed at the end."""
    session, store = scored_rows_project(tmp_path, ROWS)
    yield session, store
    store.close()


def _heard(session) -> tuple[list, list]:
    """The session's decisions as a listener hears them: (each one alone, those of one step together)."""
    one: list = []
    many: list = []
    session.listeners.append(Heard(lambda k, _d: one.append(k), lambda ds: many.append(sorted(k for k, _d in ds))))
    return one, many


def test_a_group_key_tells_the_screens_listeners_once_with_every_member_already_written(qtbot, graded):
    session, store = graded
    group = session.keys_for("own")[:N]
    view = grouped_screen(qtbot, session, store)
    assert view.current_unit() == group
    rounds: list = []
    on_disk_then: list = []
    view.decisionsMade.connect(lambda keys: (rounds.append(list(keys)), on_disk_then.append(decisions_on_disk(store))))
    one, many = _heard(session)

    qtbot.keyClick(view, Qt.Key.Key_2)

    assert rounds == [group]                                  # one round, every member in it
    assert on_disk_then == [dict.fromkeys(group, (2, ""))]    # the write queued before the listeners were told
    assert many == [group] and one == []                      # the session's listeners: once, together
    assert decisions_on_disk(store) == dict.fromkeys(group, (2, ""))

    rounds.clear()
    single = session.keys_for("own")[N]
    view.go_to(single)
    qtbot.keyClick(view, Qt.Key.Key_1)                        # one answer: one round with it, as before
    assert rounds == [[single]] and many[-1] == [single]
    assert decisions_on_disk(store)[single] == (1, "")


def test_one_undo_takes_the_groups_score_back_in_one_round(qtbot, graded):
    session, store = graded
    group = session.keys_for("own")[:N]
    view = grouped_screen(qtbot, session, store)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert all(session.decisions[k].score == 2 for k in group)
    one, many = _heard(session)

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert many == [group] and one == []                      # every member, one step, one round
    assert not any(k in session.decisions for k in group)
    assert decisions_on_disk(store) == {}
    assert view.undo_stack.index() == 0 and view.message_label.text().startswith("Undone: ")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert many[-1] == group and decisions_on_disk(store) == dict.fromkeys(group, (2, ""))


def test_a_group_write_that_fails_half_way_loses_no_member(qtbot, graded, monkeypatch):
    """The project file takes the group's decisions in one transaction: a failure at the tenth member (the disk full,
    say) commits none of them, keeps all of them to write again, and the next write puts every one on disk."""
    session, store = graded
    group = session.keys_for("own")[:N]
    view = grouped_screen(qtbot, session, store)
    real = project_decisions.put_decision
    failing = {"on": True}

    def put(conn, key, decision):
        if failing["on"] and key == group[9]:
            raise sqlite3.OperationalError("database or disk is full")
        real(conn, key, decision)
    monkeypatch.setattr(project_decisions, "put_decision", put)

    qtbot.keyClick(view, Qt.Key.Key_2)

    assert store.flush() is False
    assert decisions_on_disk(store, flush=False) == {}        # none of the group half-written
    assert set(store.unsaved) == set(group)                   # all of them kept to write again
    assert all(session.decisions[k].score == 2 for k in group)
    failing["on"] = False
    assert store.flush() is True
    assert decisions_on_disk(store) == dict.fromkeys(group, (2, ""))


@pytest.fixture
def like_window(qtbot, task_manager, tmp_path):
    """The real main window on eight scored answers to asap-sas-1, four of them alike (a group)."""
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: cells")
    sheet, _folder = rows_sheet(tmp_path, [("asap-sas-1", t) for t in LIKE_AMONG_OTHERS])
    window = shown_main_window(qtbot, task_manager, (1200, 800))
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: window.learning.ready and not window.scoring.busy, timeout=30000)
    yield window
    window.close()


def _counted(text: str, words: str) -> int:
    found = re.search(r"(\d+) " + words, spaced(text))
    return int(found.group(1)) if found else 0


def test_the_results_page_shows_the_group_scored_after_one_round(qtbot, like_window, monkeypatch):
    window = like_window
    session = window.session
    group = [1, 3, 4, 6]
    yours = (review.REVIEWED, review.OVERRIDDEN)
    before = sum(session.status(k) in yours for k in range(len(session.answers)))
    window.show_review([a.key for a in session.answers], group[0])
    view = window.review_view
    qtbot.waitUntil(lambda: view.current_unit() == group, timeout=5000)
    results = window.results
    asked: list = []
    real = results.schedule_refresh
    monkeypatch.setattr(results, "schedule_refresh", lambda: (asked.append(1), real())[1])

    qtbot.keyClick(view, Qt.Key.Key_2)

    assert all(session.decisions[k].score == 2 for k in group)
    assert len(asked) <= 2      # the session's listener and the review screen's signal, once each (not once per member)
    model = results.model
    for k in group:
        assert model.data(model.index(model.row_of(k), STATUS), StatusRole) == session.status(k) and session.status(k) in yours
    qtbot.waitUntil(lambda: _counted(results.counts.text(), "confirmed by you")
                    + _counted(results.counts.text(), "changed by you") == before + len(group), timeout=5000)
