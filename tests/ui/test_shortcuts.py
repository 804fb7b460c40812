"""The window's keys, in the real main window on each page (start, results, review): no key belongs to two
commands (two owners of a key make Qt fire neither: menu actions, the pages' own shortcuts, the buttons' Alt
letters and the menu bar's), no menu takes a key the review screen reads (but Undo and Redo, which do the same),
the frequent commands have a key (this platform's standard one where there is one) and the About box lists it,
and each menu's letters are its items' own. ``review_view.KEYS`` is held to what the review screen really reads."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

from grader_app.bundles.library import Library
from grader_app.ui import about, i18n
from grader_app.ui.main_window import RESULTS, REVIEW, START, MainWindow
from grader_app.ui.review_view import KEYS
from test_blind_marking import make_sheet, open_new
from ui_helpers import review_view, scored_project

PORTABLE = QKeySequence.SequenceFormat.PortableText
# the commands a teacher marking a class by keyboard uses, and a key each must have (on every platform)
FREQUENT = {"open_action": "Ctrl+O", "save_action": "Ctrl+S", "export_action": "Ctrl+E", "close_action": "Ctrl+W",
            "quit_action": "Ctrl+Q", "undo_action": "Ctrl+Z", "redo_action": "Ctrl+Shift+Z", "find_action": "Ctrl+F",
            "results_action": "Ctrl+1", "review_action": "Ctrl+2", "start_action": "Ctrl+0",
            "blind_action": "Ctrl+Shift+B", "about_action": "F1"}
SAME_AS_REVIEW = {"undo_action": {"Ctrl+Z"}, "redo_action": {"Ctrl+Shift+Z", "Ctrl+Y"}}


def _text(seq: QKeySequence) -> str:
    return seq.toString(PORTABLE)


def _mnemonic(text: str) -> str:
    """The letter after a single & in ``text`` ("" if none), upper case."""
    m = re.search(r"(?<!&)&([^&\s])", text)
    return m.group(1).upper() if m else ""


def _owners(window) -> dict[str, list[str]]:
    """Every key that would fire something in the window now, with what it fires: enabled actions, enabled
    shortcuts of shown widgets, the Alt letters of shown buttons and labels, and the menu bar's Alt letters."""
    owners: dict[str, list[str]] = {}

    def add(key: str, who: str) -> None:
        owners.setdefault(key, []).append(who)

    for a in window.findChildren(QAction):
        if a.isEnabled() and not isinstance(a.parent(), QMenu):   # an open menu's own actions fire by their letter
            for seq in a.shortcuts():
                add(_text(seq), f"action {a.text()!r}")
    for sc in window.findChildren(QShortcut):
        parent = sc.parent()
        if sc.isEnabled() and (not hasattr(parent, "isVisible") or parent.isVisible()):
            add(_text(sc.key()), f"shortcut of {type(parent).__name__}")
    for b in window.findChildren(QAbstractButton):
        if b.isVisible() and not b.shortcut().isEmpty():
            add(_text(b.shortcut()), f"button {b.text()!r}")
    for lab in window.findChildren(QLabel):
        if lab.isVisible() and lab.buddy() is not None and _mnemonic(lab.text()):
            add("Alt+" + _mnemonic(lab.text()), f"label {lab.text()!r}")
    for a in window.menuBar().actions():
        if _mnemonic(a.text()):
            add("Alt+" + _mnemonic(a.text()), f"menu {a.text()!r}")
    return owners


def _check_page(window) -> None:
    owners = _owners(window)
    shared = {key: who for key, who in owners.items() if len(who) > 1}
    assert not shared, f"keys with two owners on page {window.pages.currentIndex()}: {shared}"
    review_keys = {_text(QKeySequence(k)) for k in KEYS}
    for name in vars(window):
        a = getattr(window, name)
        if isinstance(a, QAction):
            taken = {_text(s) for s in a.shortcuts()} & review_keys
            assert taken <= SAME_AS_REVIEW.get(name, set()), f"{name} takes the review's {taken}"


def test_no_key_has_two_owners_on_any_page_and_the_frequent_commands_have_one(qtbot, window, tmp_path):
    # every action of the window, enabled or not: none shares a key with another
    seen: dict[str, str] = {}
    for a in window.findChildren(QAction):
        for seq in a.shortcuts():
            assert _text(seq) not in seen, f"{a.text()!r} and {seen[_text(seq)]!r} share {_text(seq)}"
            seen[_text(seq)] = a.text()
    for name, key in FREQUENT.items():
        keys = [_text(s) for s in getattr(window, name).shortcuts()]
        assert key in keys, f"{name} has {keys}, not {key}"
    _check_page(window)                                   # the start page, no sheet

    open_new(qtbot, window, make_sheet(tmp_path / "answers.csv"))
    assert window.pages.currentIndex() == RESULTS
    for name in FREQUENT:
        assert getattr(window, name).isEnabled(), name
    _check_page(window)
    window.show_review([a.key for a in window.session.answers], 0)
    assert window.pages.currentIndex() == REVIEW
    _check_page(window)
    window.show_page(START)
    _check_page(window)


def test_the_keys_work_from_the_review_screen(qtbot, window, tmp_path):
    """The menus' keys reach their commands while the review has the focus, and the review's own keys reach it."""
    open_new(qtbot, window, make_sheet(tmp_path / "answers.csv"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    s = window.session
    window.show_review([a.key for a in s.answers], 0)
    view = window.review_view
    first = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_2)                                      # a digit is the review's
    assert s.decisions[first].score == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first not in s.decisions
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)   # redo, as on Windows
    assert s.decisions[first].score == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.message_label.text() == "Nothing to redo."
    view.go_to(first)
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)   # Ctrl+G is the review's, no menu's
    said = view.message_label.text() or window.statusBar().currentMessage()   # news once the review moved on
    assert re.match(r"No other answer to this question is identical|Score \d+ given to \d+ identical answers|Type a "
                    r"score for this answer first", said), said
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == RESULTS
    qtbot.keyClick(window.results.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == REVIEW


def test_the_about_box_lists_every_menu_key(qtbot, window):
    listed = {k.strip() for key, _what in about.SHORTCUTS for k in key.split("/")}
    for name in vars(window):
        a = getattr(window, name)
        if isinstance(a, QAction) and a.shortcuts():
            keys = {_text(s) for s in a.shortcuts()}
            assert keys & listed, f"{a.text()!r} ({keys}) is not in the About box's keys"
    window.about_action.trigger()
    text = window.about_dialog.plain_text()
    assert "Ctrl+W" in text and "Ctrl+Shift+B" in text and "close the sheet" in text
    window.about_dialog.close()




@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_each_menu_gives_each_item_its_own_letter(qtbot, shipped_bundles, task_manager, lang):
    assert i18n.install(lang)
    window = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert all(titles) and len(set(titles)) == len(titles), titles
    for menu_action in window.menuBar().actions():
        items = [a for a in menu_action.menu().actions() if not a.isSeparator()]
        letters = [_mnemonic(a.text()) for a in items if _mnemonic(a.text())]
        assert len(set(letters)) == len(letters), f"{menu_action.text()}: {[a.text() for a in items]}"
    window.pages.setCurrentIndex(RESULTS)   # its filter buttons' Alt letters are not the menu bar's
    alt = {key: who for key, who in _owners(window).items() if key.startswith("Alt+") and len(who) > 1}
    assert not alt, alt


def _combination(key: Qt.Key, mods: Qt.KeyboardModifier) -> str:
    return QKeySequence(QKeyCombination(mods, key)).toString(PORTABLE)


def test_review_keys_are_the_keys_the_review_reads(qtbot, tmp_path):
    """Every key pressed on the review screen (letters, digits, arrows, F keys, with and without Shift, Ctrl,
    Alt): the view keeps exactly those of ``KEYS`` (it lets the others go on to the window)."""
    session, store = scored_project(tmp_path)
    try:
        view = review_view(qtbot, session, store)
        K, M = Qt.Key, Qt.KeyboardModifier
        keys = [K(K.Key_A.value + i) for i in range(26)] + [K(K.Key_0.value + i) for i in range(10)] \
            + [K(K.Key_F1.value + i) for i in range(12)] \
            + [K.Key_Return, K.Key_Enter, K.Key_Escape, K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_PageUp,
               K.Key_PageDown, K.Key_Home, K.Key_End, K.Key_Space, K.Key_Backspace, K.Key_Delete, K.Key_Comma,
               K.Key_Period]   # the last two: 4,5 typed (review_scale)
        mods = [M.NoModifier, M.ShiftModifier, M.ControlModifier, M.ControlModifier | M.ShiftModifier, M.AltModifier]
        read = set()
        for key in keys:
            for mod in mods:
                event = QKeyEvent(QEvent.Type.KeyPress, key, mod)
                view.keyPressEvent(event)
                if event.isAccepted():
                    read.add(_combination(key, mod))
                if view.comment_dialog is not None and view.comment_dialog.isVisible():   # C opened it
                    view.comment_dialog.reject()
        assert read == {_text(QKeySequence(k)) for k in KEYS}
    finally:
        store.close()

