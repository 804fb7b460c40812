"""The line under an LMS file that would leave some students out is one plain sentence, its verb agreeing with the
count, in English, German and Spanish. It read "12 of 150 students have no email address: left out." (German "12 von
150 ohne E-Mail-Adresse: nicht in der Datei."): now "12 of 150 students have no email address and are left out.", "1
of 2 students has no email address and is left out." ("12 von 150 ohne E-Mail-Adresse fehlen in der Datei.", as short
as before: the export dialog keeps to a 600 px screen). The real export dialog over real sheets."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from test_lms_fit_said_first import GOOGLE, class_session, some_without
from ui_helpers import export_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAID = {   # (10 of 150, 1 of 2)
    "en": ("10 of 150 students have no email address and are left out.",
           "1 of 2 students has no email address and is left out."),
    "de": ("10 von 150 ohne E-Mail-Adresse fehlen in der Datei.",
           "1 von 2 ohne E-Mail-Adresse fehlt in der Datei."),
    "es": ("10 de 150 estudiantes no tienen correo electrónico y quedan fuera.",
           "1 de 2 estudiantes no tiene correo electrónico y queda fuera."),
}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_students_left_out_are_said_in_one_plain_sentence(qtbot, tmp_path, task_manager, lang):
    assert i18n.install(lang)
    for (students, email), said in zip(((150, some_without), (2, lambda i: "" if i == 1 else f"s{i}@school.example")),
                                       SAID[lang]):
        folder = tmp_path / str(students)
        folder.mkdir()
        session, sheet = class_session(folder, students, email)
        dlg = export_dialog(qtbot, session, sheet, task_manager)
        line = dlg.chooser.some_left_out[GOOGLE]
        assert line.isVisibleTo(dlg) and line.text() == said
        assert ":" not in line.text()
        dlg.close()
