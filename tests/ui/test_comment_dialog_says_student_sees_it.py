"""The comment dialog says plainly that the student reads the comment. Found in a QA pass: it said only "Your comment
goes into the graded sheet beside the score", yet every comment is printed on the student's own feedback (the PDF and
the feedback sheet) and goes into a Moodle upload's feedback column, which Moodle shows to the student; a note to
oneself ("copied from Ben?") reached the student. The real dialog, opened with C on the real review screen, in
English, German and Spanish."""
from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from in_language import in_language
from test_group_review import like_project
from ui_helpers import review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAID = {
    "en": "The student will see this comment: it is printed on their feedback (PDF and feedback sheet) and goes into "
          "the graded sheet and a Moodle upload's feedback column. Write no note meant only for you here.",
    "de": "Die Schülerin oder der Schüler sieht diesen Kommentar: er wird auf die Rückmeldung gedruckt (PDF und "
          "Rückmeldungstabelle) und steht in der bewerteten Tabelle und in der Feedback-Spalte einer Moodle-Datei zum "
          "Hochladen. Schreiben Sie hier keine Notiz, die nur für Sie bestimmt ist.",
    "es": "El estudiante verá este comentario: se imprime en sus comentarios (PDF y hoja de comentarios) y va a la hoja "
          "corregida y a la columna de comentarios de retroalimentación de un archivo para subir a Moodle. No escribas "
          "aquí ninguna nota solo para ti.",
}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_comment_dialog_says_the_student_will_see_the_comment(qtbot, tmp_path, lang):
    session, store = like_project(tmp_path)
    with closing(store), in_language(lang):
        view = review_view(qtbot, session, store)
        qtbot.keyClick(view, Qt.Key.Key_C)
        dlg = view.comment_dialog
        assert dlg is not None
        qtbot.waitExposed(dlg)
        shown = [lab.text() for lab in dlg.findChildren(QLabel) if lab.isVisible() and lab.text()]
        assert shown[0] == SAID[lang]                    # the first thing the dialog says, above the editor
        assert not any("graded sheet beside the score" in t or "neben der Punktzahl" in t
                       or "junto a la puntuación" in t for t in shown)
        dlg.reject()
