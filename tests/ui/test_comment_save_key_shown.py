"""Audit of a keyboard-only review: C opens the comment dialog with the cursor in the comment; Enter there starts a new
line, Tab goes on through the comment bank's buttons, and the one key that saves, Ctrl+Enter, was said only in the Save
button's tooltip, which a teacher at the keyboard never sees. The Save button now names it, and pressing the keys it
names saves the comment: in the project file, the dialog closed, the review screen's keys working again. The real
dialog on the real review screen of a session scored by a tiny model, read back by a second connection."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from grader_app.ui import i18n
from ui_helpers import decisions_on_disk, review_view

TYPED = "Say how much vinegar goes in each cup."


def _named_keys(button_text: str):
    """The keys a button's text names in brackets ("Save (Ctrl+Enter)"), as QTest presses them."""
    found = re.search(r"\((Ctrl|Strg)\+(Enter|Eingabe|Intro)\)", button_text.replace("&", ""))
    assert found, f"the Save button names no key: {button_text!r}"
    return Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier


def test_the_save_button_names_the_key_that_saves_and_that_key_saves(qtbot, graded):
    session, store = graded
    rv = review_view(qtbot, session, store)
    key = rv.current_key()
    qtbot.keyClick(rv, Qt.Key.Key_1)
    qtbot.keyClick(rv, Qt.Key.Key_Left)
    assert rv.current_key() == key
    qtbot.keyClick(rv, Qt.Key.Key_C)
    dlg = rv.comment_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=2000)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    named, mods = _named_keys(save.text())
    QTest.keyClicks(dlg.editor, TYPED)
    QTest.keyClick(dlg.editor, named, mods)
    assert not dlg.isVisible()
    assert decisions_on_disk(store)[key] == (1, TYPED)
    qtbot.keyClick(rv, Qt.Key.Key_Right)                      # the review's keys again
    assert rv.current_key() != key


@pytest.mark.parametrize("lang, words", [("de", "Speichern (Strg+Eingabe)"), ("es", "Guardar (Ctrl+Intro)")])
def test_the_key_named_in_german_and_spanish(qtbot, graded, lang, words):
    session, store = graded
    assert i18n.install(lang)
    rv = review_view(qtbot, session, store)
    qtbot.keyClick(rv, Qt.Key.Key_C)
    dlg = rv.comment_dialog
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == words
    dlg.reject()
