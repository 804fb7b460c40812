"""A project file that went missing while the disk was full, written again by the commit that wrote what the disk had
held. The notes above the results said both warnings ("Your decision is kept but could not be saved…", "…was deleted
while open and could not be written again…") and, once the disk had room, each gave way to its news; but the status
bar, which says one sentence at a time, showed only the news that came second: a teacher glancing at it learnt either
that the file was written again or that the decision was saved, never both. Now the bar says both in one sentence, as
it does for several kinds of held changes written by one commit (tests/ui/test_held_changes_saved_after_all.py), on
both of the writer's paths (WAL, and the rollback journal it writes in once it wrote the file again).

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py, the copy that would
write the file again refused too; the project file is deleted on the disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_copies, failing_writes
from grader_app.ui import i18n
from grader_app.io.project_store import ProjectError, ProjectRestored
from grader_app.io.project_problems import unsaved_failure
from grader_app.ui.saved_after_all_words import written_again_with
from test_decisions_saved_after_all import _idle_under_review
from test_project_write_errors import decisions_on_disk
from test_project_written_again_news import BACK, GONE
from test_unsaved_decisions_up_to_date import MANY, ONE, PROJECT, _saved_news

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BOTH = PROJECT + " was deleted while open; Grader wrote it again, and saved after all: {what}."


@pytest.mark.parametrize("before", [0, 1], ids=["WAL", "rollback journal"])
def test_the_status_bar_says_the_file_written_again_and_the_held_decision_saved_in_one_sentence(
        qtbot, window, tmp_path, monkeypatch, before):
    session, store, keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    path = store.path
    for _ in range(before):                                     # deleted once already, and written again then
        path.unlink()
        qtbot.keyClick(view, Qt.Key.Key_2)
        qtbot.waitUntil(lambda: bar.currentMessage() == BACK, timeout=10000)
    said, decided = list(notes.notes), dict(session.decisions)
    disk = failing_writes(monkeypatch)                          # the disk fills up: no room for a copy either
    failing_copies(monkeypatch, disk)
    qtbot.keyClick(view, Qt.Key.Key_1)
    n = len(session.decisions) - len(decided)                   # the answer shown, or its group
    refused = ONE if n == 1 else MANY.format(n=n)
    qtbot.waitUntil(lambda: any(p.startswith(refused) for p in notes.problems), timeout=10000)
    path.unlink()                                               # the file goes; the writer finds out at its next try
    assert not store.flush(10)
    qtbot.waitUntil(lambda: any(p.startswith(GONE) for p in notes.problems), timeout=10000)
    warnings = notes.notes[len(said):]
    assert len(warnings) == 2 and warnings[0].startswith(refused) and warnings[1].startswith(GONE)

    disk["on"] = False                                          # room again: the next decision writes it all
    qtbot.keyClick(view, Qt.Key.Key_0)
    both = BOTH.format(what="your decision" if n == 1 else f"your {n} decisions")
    qtbot.waitUntil(lambda: bar.currentMessage() == both, timeout=10000)
    assert store.flush(10) and store.last_error is None and store.unsaved == {}
    assert set(decisions_on_disk(path)) == set(session.decisions) != set()
    news = [_saved_news(n), BACK]                               # each warning's news in its place, as before
    assert notes.notes == said + [text for text in news if text not in said]   # (once: the first time's stays)
    assert notes.problems == []


@pytest.mark.parametrize("lang, gone, beside", [
    ("en", "p.grader-project was deleted while open; Grader wrote it again, and saved after all: your 2 decisions and "
           "your comment.",
     "p.grader-project was replaced by another file while open; Grader saves your work in p (recovered).grader-project "
     "beside it, and saved there after all: your 2 decisions and your comment."),
    ("de", "p.grader-project wurde gelöscht, während sie geöffnet war; Grader hat sie neu geschrieben und jetzt doch "
           "gespeichert: Ihre 2 Entscheidungen und Ihr Kommentar.",
     "p.grader-project wurde durch eine andere Datei ersetzt, während sie geöffnet war; Grader speichert Ihre Arbeit "
     "daneben in p (recovered).grader-project und hat dort jetzt doch gespeichert: Ihre 2 Entscheidungen und Ihr "
     "Kommentar."),
    ("es", "p.grader-project se borró mientras estaba abierto; Grader lo volvió a escribir y guardó por fin lo que "
           "faltaba: tus 2 decisiones y tu comentario.",
     "p.grader-project se reemplazó por otro archivo mientras estaba abierto; Grader guarda tu trabajo en "
     "p (recovered).grader-project, a su lado, y guardó allí por fin lo que faltaba: tus 2 decisiones y tu "
     "comentario.")])
def test_the_file_written_again_and_what_was_held_are_said_together_in_each_language(qapp, lang, gone, beside):
    held = [unsaved_failure("p.grader-project", 2, ["your decision"], None),
            unsaved_failure("p.grader-project", 0, ["your comment"], None)]
    restored = [ProjectRestored.said("project.rewritten", name="p.grader-project"),
                ProjectRestored.said("project.rewritten_beside", name="p.grader-project",
                                     recovered="p (recovered).grader-project")]
    assert all(isinstance(r, ProjectError) for r in restored)
    assert i18n.install(lang)
    try:
        said = [written_again_with(r, held) for r in restored]
    finally:
        i18n.install("en")
    assert said == [gone, beside]
