"""The comment bank and the blind-marking switch, held by a full disk and written after all, each have news of their
own. The status bar said "Nothing is lost: saved after all." for either, as for several kinds of held changes together,
and the notes "Saved in answers.grader-project after all: the comment bank." Now the bar says which ("Nothing is lost:
the comment bank is saved.", "Nothing is lost: blind marking is saved."), whole at 16 pt on a 1024 px window in English,
German and Spanish, and the notes, and the bar's tooltip, say it whole in their own sentence ("The comment bank is saved
in answers.grader-project after all.", "The blind-marking setting is saved in answers.grader-project after all.").

In the real window with a sheet scored for real: a comment kept in the bank with Ctrl+B in the comment dialog, or blind
marking switched on from the menu, refused by a full disk (tests/failing_disk.py), then written by the window's try in
time once the disk has room (tests/ui/test_held_retried_in_time.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from test_held_retried_in_time import _quick
from test_saved_news_short_at_16_pt import _under_review, _whole_on_the_bar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "answers.grader-project"
BRIEF = {"bank": {"en": "Nothing is lost: the comment bank is saved.", "de": "Nichts verloren: Kommentarsammlung sicher.",
                  "es": "No se perdió nada: banco de comentarios guardado."},
         "blind": {"en": "Nothing is lost: blind marking is saved.", "de": "Nichts verloren: anonymes Bewerten sicher.",
                   "es": "No se perdió nada: corrección anónima guardada."}}
WHOLE = {"bank": {"en": "The comment bank is saved in {name} after all.",
                  "de": "Die Kommentarsammlung ist jetzt doch in {name} gespeichert.",
                  "es": "El banco de comentarios se ha guardado por fin en {name}."},
         "blind": {"en": "The blind-marking setting is saved in {name} after all.",
                   "de": "Die Einstellung für anonymes Bewerten ist jetzt doch in {name} gespeichert.",
                   "es": "El ajuste de corrección anónima se ha guardado por fin en {name}."}}


def _keep_in_bank(qtbot, view) -> None:
    """A comment kept in the question's bank (Ctrl+B in the comment dialog), the dialog then closed unsaved."""
    qtbot.keyClick(view, Qt.Key.Key_C)
    dialog = view.comment_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.editor, "Name the membrane's job.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog.reject()


@pytest.mark.parametrize("what", ["bank", "blind"])
@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_the_comment_bank_and_blind_marking_saved_after_all_have_news_of_their_own(
        qtbot, make_window, tmp_path, app_font, monkeypatch, lang, points, what):
    with _under_review(qtbot, make_window, tmp_path, app_font, lang, points) as (window, session, store, view, notes,
                                                                                 bar):
        _quick(window)                                          # tried again in time, no change needed
        disk = failing_writes(monkeypatch)                      # the disk fills up: the change held
        if what == "bank":
            _keep_in_bank(qtbot, view)
        else:
            window.blind_action.trigger()
        qtbot.waitUntil(lambda: len(notes.problems) == 1, timeout=10000)
        assert store.unsaved == {} and session.decisions == {}   # nothing else held

        disk["on"] = False                                      # room again: the try in time writes it
        whole = WHOLE[what][lang].format(name=NAME)
        qtbot.waitUntil(lambda: not notes.problems and whole in notes.infos, timeout=10000)   # whole in the notes
        qtbot.waitUntil(lambda: _whole_on_the_bar(bar, BRIEF[what][lang]), timeout=5000)
        assert bar.toolTip() == whole and store.last_error is None
