"""What the review of groups leaves in the project file, read back by opening the project again: a member pulled
out of its group keeps its own score whatever group action comes after (Ctrl+G from the group or from the
member itself, the group's score); a comment on an answer without a score decides nothing (it waits for the
score, on disk at once); undo and redo of a pull-out made after the review was opened on another list never put
the member back under its group's score. Real sheets, real project files, the real review screen and window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from counts_text import spaced
from grader_app.ui.main_window import REVIEW
from test_group_review import grouped_view, like_project
from test_pull_out_undo import reviewing
from test_review_waiting_comment import _open as reopened
from test_review_waiting_comment import on_disk

CTRL = Qt.KeyboardModifier.ControlModifier
REDO = CTRL | Qt.KeyboardModifier.ShiftModifier
GROUP = [1, 3, 4, 6]   # the keys of the LIKE answers (1, 3 and 4 are copies of each other)


def _key(score: int):
    return getattr(Qt.Key, f"Key_{score}")


def _comment(qtbot, view, text: str) -> str:
    """C, type ``text``, Ctrl+Enter (saved); returns the note the dialog showed under the editor."""
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    note = " ".join(w.text() for w in dlg.findChildren(QLabel))
    qtbot.keyClicks(dlg.editor, text)
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)
    return note


def test_no_group_action_changes_a_member_pulled_out_of_the_group(qtbot, tmp_path):
    """Ctrl+G on the group's typical answer gave its score to every copy of it, the member the teacher had pulled
    out and scored otherwise among them. Now neither Ctrl+G (from the group, or from the member itself) nor the
    group's score touches it, and the project opened again has its own score."""
    session, store = like_project(tmp_path)
    try:
        assert set(session.identical_to(GROUP[0])) >= {GROUP[1], GROUP[2]}   # copies, so Ctrl+G reaches them
        view = grouped_view(qtbot, session)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.current_unit() == GROUP
        qtbot.keyClick(view, Qt.Key.Key_Down)
        member = view.current_key()
        assert member == GROUP[1]
        qtbot.keyClick(view, Qt.Key.Key_P)
        assert view.current_unit() == [member]
        view.go_to(GROUP[0])
        typical = view.current_key()
        model = session.predictions[typical].score
        own = next(v for v in (0, 1, 2, 3) if v != model)
        view.go_to(member)
        qtbot.keyClick(view, _key(own))                              # its own score
        view.go_to(member)
        steps = view.undo_stack.count()
        qtbot.keyClick(view, Qt.Key.Key_G, CTRL)                     # Ctrl+G on the member itself: nothing
        assert view.undo_stack.count() == steps and not view.group_button.isVisible()
        assert "pulled out of its group" in view.message_label.text()
        view.go_to(GROUP[0])
        assert view.current_key() == typical
        qtbot.keyClick(view, Qt.Key.Key_G, CTRL)                     # from the group: its copies, not the member
        assert session.decisions[member].score == own
        assert {k for k in GROUP if k in session.decisions} >= {typical, member}
        view.go_to(GROUP[0])
        qtbot.keyClick(view, _key(model))                            # the group's score
        assert session.decisions[member].score == own
        assert on_disk(store)[0][member] == (own, "")
    finally:
        store.close()
    prepared = reopened(tmp_path / "class.csv", tmp_path / "bundles")
    try:
        decisions = prepared.session.decisions
        assert decisions[member].score == own
        assert {k: decisions[k].score for k in GROUP if k != member} == dict.fromkeys((k for k in GROUP if k != member),
                                                                                      model)
    finally:
        prepared.store.close()


def test_a_comment_on_an_answer_without_a_score_decides_nothing(qtbot, tmp_path):
    """A comment on an unscored member of a group (and on an unscored answer of its own) accepted the model's score
    for it: it counted as decided, and opened again it kept that score. Now the answer stays undecided (as much in
    need of the teacher as before), the comment waits for its score on disk at once, and the project opened again
    has no decision for it and still the comment, which the group's score then takes."""
    session, store = like_project(tmp_path)
    try:
        session.set_threshold(1.0)   # every answer needs the teacher (one accepted without review keeps its score)
        view = grouped_view(qtbot, session)
        single = view.current_key()
        assert view.current_unit() == [single] and single not in session.decisions
        need = {k: session.needs_teacher(k) for k in (single, *GROUP)}
        note = _comment(qtbot, view, "Say which way water moves.")
        assert "also accepts" not in note and "gives no score" in note
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.current_unit() == GROUP
        qtbot.keyClick(view, Qt.Key.Key_Down)
        member = view.current_key()
        _comment(qtbot, view, "Name the membrane.")
        assert single not in session.decisions and member not in session.decisions
        assert {k: session.needs_teacher(k) for k in (single, *GROUP)} == need
        assert spaced(view.left_label.text()) == "8 of 8 answers left to decide"
        assert view.comment_label.text() == f"Comment for {view.who(member)} only: Name the membrane."
        assert view.score_buttons.label.text() == "Give all 4:"
        assert on_disk(store) == ({}, {single: "Say which way water moves.", member: "Name the membrane."})
    finally:
        store.close()
    prepared = reopened(tmp_path / "class.csv", tmp_path / "bundles")
    try:
        s = prepared.session
        assert s.decisions == {}
        assert s.waiting_comments == {single: "Say which way water moves.", member: "Name the membrane."}
        view = grouped_view(qtbot, s)
        view.go_to(member)
        assert view.comment_label.text() == f"Comment for {view.who(member)} only: Name the membrane."
        qtbot.keyClick(view, Qt.Key.Key_2)                           # the group's score takes the member's comment
        assert on_disk(prepared.store) == ({k: (2, "Name the membrane." if k == member else "") for k in GROUP},
                                           {single: "Say which way water moves."})
    finally:
        prepared.store.close()


def test_undo_and_redo_of_a_pull_out_on_another_list_keep_the_member_out_of_its_group(qtbot, window, tmp_path):
    """A member pulled out, then the review opened on a list without it (a search in the table), Ctrl+Z and
    Ctrl+Shift+Z there ("Redone: pull … out of the group"): the review opened again on every answer put it back in
    its group, and the group's score went to it. It stays out now, on screen and in the project opened again."""
    session, store, view = reviewing(qtbot, window, tmp_path)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    member = view.current_key()
    assert member == GROUP[1]
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    results = window.results
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    results.search.setFocus()
    qtbot.keyClicks(results.search, "cell.")                         # the answers ending so: not the member's
    qtbot.waitUntil(lambda: results.proxy.rowCount() == 2)
    qtbot.keyClick(results.search, Qt.Key.Key_Return)                # the first row found
    qtbot.keyClick(results.table, Qt.Key.Key_Return)                 # opened: the review of the rows found
    assert window.pages.currentIndex() == REVIEW and member not in view.queue.keys()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    assert view.message_label.text().startswith("Redone: pull ")
    assert member not in view.queue.keys()                           # not brought onto this list either
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    results.search.clear()
    qtbot.waitUntil(lambda: results.proxy.rowCount() == len(session.answers))
    row = next(r for r in range(results.proxy.rowCount()) if results.visible_keys()[r] == GROUP[0])
    results.table.setFocus()
    results.table.selectRow(row)
    qtbot.keyClick(results.table, Qt.Key.Key_Return)                 # its row opened, every answer shown
    assert window.pages.currentIndex() == REVIEW
    assert member not in view.current_unit() and view.current_unit() == [k for k in GROUP if k != member]
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert member not in session.decisions
    assert window.store.flush()
    sheet = tmp_path / "class.csv"
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    prepared = reopened(sheet, tmp_path / "shipped_bundles")
    try:
        assert {k: d.score for k, d in prepared.session.decisions.items()} == {k: 3 for k in GROUP if k != member}
    finally:
        prepared.store.close()
