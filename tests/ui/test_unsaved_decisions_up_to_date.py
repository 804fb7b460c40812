"""What the window says of decisions a full disk left unsaved counts them and stays up to date. It said "Your decision is
kept but could not be saved to answers.grader-project (4 unsaved)…" whatever the count, and the notes above the results
kept one such warning per failed commit ("(2 unsaved)", then "(4 unsaved)").

Now the failure counts with the language's plural forms ("4 of your decisions are kept but could not be saved…"), and
a newer failure of the decisions takes the place of the older one in the notes: they hold one, up to date.

The disk is made full as in tests/ui/test_decisions_saved_after_all.py, in the real window with a sheet scored for
real."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from grader_app.io.project_store import ProjectError
from grader_app.ui import i18n
from grader_app.ui.messages import plain
from test_decisions_saved_after_all import _idle_under_review

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PROJECT = "answers.grader-project"
MANY = "{n} of your decisions are kept but could not be saved to " + PROJECT + "; check the disk"


def _failures(notes) -> list[str]:
    """The decisions' failures the notes above the results hold."""
    return [p for p in notes.problems if f"kept but could not be saved to {PROJECT}" in p]


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


def test_the_notes_hold_one_failure_of_the_decisions_the_latest(qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)                                  # what the opening said, if anything
    failing_writes(monkeypatch)                                 # the disk fills up
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: _failures(notes) != [], timeout=10000)
    first = _failures(notes)
    qtbot.keyClick(view, Qt.Key.Key_1)                          # one more commit refused, holding more decisions
    n = len(session.decisions)
    assert n >= 2 and set(store.unsaved) == set(session.decisions)
    latest = MANY.format(n=n)
    qtbot.waitUntil(lambda: any(p.startswith(latest) for p in notes.problems), timeout=10000)
    assert len(first) == 1 and not first[0].startswith(latest)
    assert len(_failures(notes)) == 1                           # in the older one's place, not beside it
    assert notes.notes == before + _failures(notes)
    assert bar.currentMessage().startswith(latest)
    assert view.message_label.text().startswith("⚠ " + latest)

