"""What the window says of decisions a full disk left unsaved counts them. It said "Your decision is kept but could not
be saved to answers.grader-project (4 unsaved)…" whatever the count: now the failure counts with the language's plural
forms ("4 of your decisions are kept but could not be saved…")."""
from __future__ import annotations

import pytest

from grader_app.io.project_store import ProjectError
from grader_app.ui import i18n
from grader_app.ui.messages import plain


@pytest.mark.parametrize("lang, one, three", [
    ("en", "Your decision is kept but could not be saved to p.grader-project (1 unsaved); check the disk has room and "
           "the file is not read-only.",
     "3 of your decisions are kept but could not be saved to p.grader-project; check the disk has room and the file "
     "is not read-only."),
    ("de", "Ihre Entscheidung bleibt erhalten, konnte aber nicht in p.grader-project gespeichert werden (1 Entscheidung "
           "nicht gespeichert); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist.",
     "3 Ihrer Entscheidungen bleiben erhalten, konnten aber nicht in p.grader-project gespeichert werden; prüfen Sie, "
     "ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist."),
    ("es", "Tu decisión se conserva, pero no se pudo guardar en p.grader-project (1 decisión sin guardar); comprueba que "
           "el disco tiene espacio y que el archivo no es de solo lectura.",
     "3 de tus decisiones se conservan, pero no se pudieron guardar en p.grader-project; comprueba que el disco tiene "
     "espacio y que el archivo no es de solo lectura.")])
def test_the_failure_counts_the_unsaved_decisions_in_each_language(qapp, lang, one, three):
    assert i18n.install(lang)
    try:
        said = [plain(ProjectError.said("project.decisions_unsaved", name="p.grader-project", count=n)) for n in (1, 3)]
    finally:
        i18n.install("en")
    assert said == [one, three]

