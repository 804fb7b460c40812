"""The review screen as a screen reader hears it: the focused review view's accessible name says where the
teacher is and whose answer it is, its description the answer, the model's score and how sure it is, the score
given and the comment; they follow every key (a group's chosen member too), never name a student while blind
marking is on, and Qt sends the accessibility events (NameChanged, DescriptionChanged) that make a screen reader
announce the new answer, once per key. The events are caught with Qt's own update handler
(QAccessible::installUpdateHandler, which PySide6 does not wrap: reached through ctypes)."""
from __future__ import annotations

import ctypes
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QDialogButtonBox

from grader_app.ui.i18n import percent_down
from test_group_review import GROUP, grouped_view, like_project
from ui_helpers import review_view

NAME, DESCRIPTION = QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged
INSTALL_UPDATE_HANDLER = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"   # its C++ symbol


@pytest.fixture
def view(qtbot, graded):
    return review_view(qtbot, graded[0], graded[1])


def _install_update_handler():
    """Qt's QAccessible::installUpdateHandler from the QtGui library PySide6 loaded, or None where it is not found."""
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Gui.so*"))
    for lib in [*libs, None]:
        try:
            return getattr(ctypes.CDLL(str(lib) if lib else None), INSTALL_UPDATE_HANDLER)
        except (OSError, AttributeError):
            continue
    return None


@contextmanager
def accessibility_events():
    """The accessibility events Qt sends while the block runs, as (event type, object): what a screen reader gets."""
    install = _install_update_handler()
    if install is None:
        pytest.skip("QAccessible::installUpdateHandler not found in this platform's Qt library")
    install.restype = ctypes.c_void_p
    install.argtypes = [ctypes.c_void_p]
    events: list = []

    def on_event(pointer):
        event = shiboken6.wrapInstance(pointer, QAccessibleEvent)
        events.append((event.type(), event.object()))

    handler = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(on_event)
    was_active = QAccessible.isActive()
    old = install(ctypes.cast(handler, ctypes.c_void_p))
    QAccessible.setActive(True)   # as when a screen reader is running: Qt sends no event otherwise
    try:
        yield events
    finally:
        install(old)
        QAccessible.setActive(was_active)


def _of(events, view, kind) -> int:
    return sum(1 for t, obj in events if t == kind and obj is view)


def test_the_focused_view_says_where_whose_and_what_after_each_key(qtbot, view, graded):
    session, _ = graded
    n = len(session.answers)
    a, pred = session.answers[0], session.predictions[0]
    assert view.accessibleName() == f"Answer 1 of {n}: {a.student}, question {a.item}"
    assert view.accessibleDescription().split("\n")[:3] == [
        f"Answer: {a.text}", f"The model says {pred.score}, {percent_down(pred.confidence)} sure.", "Not scored yet."]
    assert view.accessibleDescription().split("\n")[-1].startswith("Question asap-sas-1: ")
    # what a screen reader asks Qt for
    assert QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Name) == view.accessibleName()
    assert QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description) == view.accessibleDescription()

    for key, position in ((Qt.Key.Key_Right, 2), (Qt.Key.Key_J, 3), (Qt.Key.Key_K, 2), (Qt.Key.Key_Left, 1)):
        with accessibility_events() as events:
            qtbot.keyClick(view, key)
        k = view.current_key()
        assert view.accessibleName() == f"Answer {position} of {n}: {session.answers[k].student}, question " \
                                        f"{session.answers[k].item}"
        assert _of(events, view, NAME) == 1 and _of(events, view, DESCRIPTION) == 1   # heard once

    with accessibility_events() as events:
        qtbot.keyClick(view, Qt.Key.Key_2)                 # scored: on to the next answer, which is announced
    assert view.current_key() == 1 and view.accessibleName().startswith(f"Answer 2 of {n}: ")
    assert _of(events, view, NAME) == 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert "\nYour score: 2.\n" in view.accessibleDescription()


def test_a_comment_and_a_message_are_heard(qtbot, view, graded):
    session, _ = graded
    with accessibility_events() as events:
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # nothing to undo: only a message
        qtbot.waitUntil(lambda: view.accessibleDescription().startswith("Nothing to undo.\nAnswer: "))
    assert _of(events, view, DESCRIPTION) == 1 and _of(events, view, NAME) == 0

    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    qtbot.keyClicks(dlg.editor, "Check the units")
    with accessibility_events() as events:
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "\nYour score: 2.\nComment: Check the units\n" in view.accessibleDescription()
    assert _of(events, view, DESCRIPTION) == 1

    view.go_to(4)                                          # a comment before any score waits for it
    qtbot.keyClick(view, Qt.Key.Key_C)
    view.comment_dialog.editor.setPlainText("check spelling")
    view.comment_dialog.accept()
    assert "\nNot scored yet.\nComment, waiting for the score you give next: check spelling" \
        in view.accessibleDescription()

    with accessibility_events() as events:                 # an undo by key moves back and is heard once
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(20)
    assert view.accessibleDescription().startswith("Undone: comment on ")
    assert _of(events, view, DESCRIPTION) == 1


def test_blind_marking_names_no_student(qtbot, view, graded):
    session, _ = graded
    view.names.blind = True                                # as the window's switch does it
    view.refresh()
    for _ in range(3):
        k = view.current_key()
        label = view.who(k)
        assert re.fullmatch(r"Student \d+", label)
        assert f": {label}, question " in view.accessibleName()
        said = view.accessibleName() + view.accessibleDescription()
        assert session.answers[k].student not in said and not re.search(r"S\d{3}", said)
        qtbot.keyClick(view, Qt.Key.Key_Right)


def test_a_group_says_its_chosen_member(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        view = grouped_view(qtbot, session)
        view.names.blind = True
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.current_unit() == GROUP
        typical = view.shown_key(GROUP)
        first = f"Answers 2–5 of 8: a group of 4 answers that look alike; {view.who(typical)}, answer " \
                f"{GROUP.index(typical) + 1} of the group, question asap-sas-1"
        assert view.accessibleName() == first
        assert "This is the group's most typical answer. 0 of the group's 4 answers are scored." \
            in view.accessibleDescription()
        with accessibility_events() as events:
            qtbot.keyClick(view, Qt.Key.Key_Down)            # another member chosen: it is announced
        chosen = view.current_key()
        assert chosen != typical
        assert view.accessibleName() == f"Answers 2–5 of 8: a group of 4 answers that look alike; {view.who(chosen)}, " \
                                        f"answer {GROUP.index(chosen) + 1} of the group, question asap-sas-1"
        assert f"Answer: {session.answers[chosen].text}\n" in view.accessibleDescription()
        assert _of(events, view, NAME) == 1
        assert not any(session.answers[k].student in view.accessibleName() + view.accessibleDescription()
                       for k in GROUP)
        qtbot.keyClick(view, Qt.Key.Key_2)                   # the whole group scored
        qtbot.keyClick(view, Qt.Key.Key_Left)
        assert "\nYour score: 2.\n" in view.accessibleDescription()
        assert "4 of the group's 4 answers are scored." in view.accessibleDescription()
    finally:
        store.close()


def _said(widget) -> tuple[str, str]:
    """A widget's name and description as a screen reader asks Qt for them."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_each_member_of_a_group_is_heard_on_its_own(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        view = grouped_view(qtbot, session)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        panel, typical = view.group_panel, view.shown_key(GROUP)
        assert [m.key for m in panel.members] == GROUP
        for i, m in enumerate(panel.members):
            name, description = _said(m)
            student, pred = session.answers[m.key].student, session.predictions[m.key]
            assert name == f"{student}, answer {i + 1} of 4 in the group"
            lines = description.split("\n")
            chosen = m.key == typical                          # the keys act on the typical one until ↑/↓
            assert lines[0] == "Chosen (↑/↓ choose another)." if chosen else not lines[0].startswith("Chosen")
            assert lines[chosen:chosen + 2] == [f"The model says {pred.score}, {percent_down(pred.confidence)} sure.",
                                                "Not scored yet."]
            assert ("The group's most typical answer." in lines) == (m.key == typical)
            assert any(x.startswith("Flagged: ") for x in lines) == bool(session.flags.get(m.key))
            assert lines[-1] == ("In the group; P pulls it out to score it on its own." if chosen else
                                 "In the group; its Pull out button takes it out to score it on its own.")
            assert _said(m.pull_button)[0] == f"Pull {student}'s answer out of the group"

        with accessibility_events() as events:
            qtbot.keyClick(view, Qt.Key.Key_Down)             # another member chosen: its description says so, once
        chosen = view.current_key()
        assert chosen != typical
        member = next(m for m in panel.members if m.key == chosen)
        description = _said(member)[1]
        assert description.startswith("Chosen (↑/↓ choose another).\n")
        assert description.endswith("\nIn the group; P pulls it out to score it on its own.")
        assert not _said(next(m for m in panel.members if m.key == typical))[1].startswith("Chosen")
        assert _of(events, member, DESCRIPTION) == 1
        assert not any(_of(events, m, NAME) for m in panel.members)   # no member's name changed: none re-announced

        qtbot.keyClick(view, Qt.Key.Key_P)                    # pulled out: it leaves the list, the rest are 3
        assert view.current_unit() == [chosen]
        qtbot.keyClick(view, Qt.Key.Key_Left)                 # back to the group
        rest = [k for k in GROUP if k != chosen]
        assert [m.key for m in panel.members if m.isVisible()] == rest
        assert [_said(m)[0] for m in panel.members if m.isVisible()] == [
            f"{session.answers[k].student}, answer {i + 1} of 3 in the group" for i, k in enumerate(rest)]
        qtbot.keyClick(view, Qt.Key.Key_2)                    # the group scored; back to it
        view.go_to(rest[0])
        assert view.current_unit() == rest
        assert all("\nYour score: 2.\n" in _said(m)[1] for m in panel.members if m.isVisible())

        view.names.blind = True                               # blind marking: a neutral label, never a name or id
        view.refresh()
        for m in (m for m in panel.members if m.isVisible()):
            name, description = _said(m)
            assert re.fullmatch(r"Student \d+, answer \d of 3 in the group", name)
            assert name.startswith(view.who(m.key) + ",")
            heard = name + description + _said(m.pull_button)[0]
            assert not any(session.answers[k].student in heard for k in GROUP) and not re.search(r"S\d{2}", heard)
    finally:
        store.close()
