"""The teacher's comment bank that cannot be read or saved, in a German or Spanish review screen. QA (translation
audit): the comment dialog said "Your comment bank … cannot be read …" and "… could not be saved in …" in English in
every window language; and a bank that could not be read was not said at all when the dialog opened (the note "No
comments kept for this question yet" took its place). The problems are now bank.unreadable and bank.not_saved, which
the window translates. The real review screen and comment dialog, on a project scored for real."""
from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtCore import Qt

from in_language import in_language
from ui_helpers import review_view

CTRL = Qt.KeyboardModifier.ControlModifier

UNREADABLE = {
    "de": "Ihre Kommentarsammlung comment-bank.json kann nicht gelesen werden (Is a directory); prüfen Sie, ob die "
          "Datei in einem anderen Programm geöffnet ist.",
    "es": "No se puede leer tu banco de comentarios comment-bank.json (Is a directory); comprueba que el archivo no esté "
          "abierto en otro programa."}
NOT_SAVED = {
    "de": "Ihre Kommentarsammlung konnte nicht in {folder} gespeichert werden (No space left on device); prüfen Sie, ob "
          "auf dem Datenträger Platz ist und ob Sie in den Ordner schreiben dürfen.",
    "es": "No se pudo guardar tu banco de comentarios en {folder} (No space left on device); comprueba que el disco "
          "tiene espacio y que puedes escribir en la carpeta."}


def _comment_dialog(qtbot, graded):
    view = review_view(qtbot, *graded, width=900, height=700)
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    assert dlg is not None and dlg.isVisible()
    return dlg


@pytest.mark.parametrize("lang", sorted(UNREADABLE))
def test_a_bank_that_cannot_be_read_is_said_in_the_window_s_language(qtbot, graded, tmp_path, lang):
    (tmp_path / "userdata" / "comment-bank.json").mkdir(parents=True)   # a folder where the bank's file should be
    with in_language(lang):
        dlg = _comment_dialog(qtbot, graded)
        assert dlg.bank_note.text() == UNREADABLE[lang]     # said as the dialog opens
        dlg.editor.setPlainText("Name the membrane's job.")
        qtbot.keyClick(dlg.editor, Qt.Key.Key_B, CTRL)
        assert dlg.bank_note.text() == UNREADABLE[lang]     # and again when the comment is to be kept
        dlg.reject()


@pytest.mark.parametrize("lang", sorted(NOT_SAVED))
def test_a_bank_that_cannot_be_saved_is_said_in_the_window_s_language(qtbot, graded, tmp_path, monkeypatch, lang):
    with in_language(lang):
        dlg = _comment_dialog(qtbot, graded)
        dlg.editor.setPlainText("Name the membrane's job.")

        def no_space(fd):
            raise OSError(errno.ENOSPC, "No space left on device")

        with monkeypatch.context() as m:
            m.setattr(os, "fsync", no_space)   # the bank's file is fsynced before it replaces the old one
            qtbot.keyClick(dlg.editor, Qt.Key.Key_B, CTRL)
        assert dlg.bank_note.text() == NOT_SAVED[lang].format(folder=tmp_path / "userdata")
        assert not (tmp_path / "userdata" / "comment-bank.json").exists()
        dlg.reject()
