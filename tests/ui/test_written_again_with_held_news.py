"""A project file that went missing while the disk was full, written again by the commit that wrote what the disk had
held. The notes above the results said both warnings ("Your decision is kept but could not be saved…", "…was deleted
while open and could not be written again…") and, once the disk had room, each gave way to its news; but the status
bar, which says one sentence at a time, showed only the news that came second: a teacher glancing at it learnt either
that the file was written again or that the decision was saved, never both. Now the bar says both in one sentence, as
it does for several kinds of held changes written by one commit (tests/ui/test_held_changes_saved_after_all.py), on
both of the writer's paths (WAL, and the rollback journal it writes in once it wrote the file again): in a few words,
that nothing is lost and the file is back, whole on the bar at 16 pt (tests/ui/test_written_again_news_fits_at_16_pt.py);
the notes say each news whole, the decisions counted.

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py, the copy that would
write the file again refused too; the project file is deleted on the disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_copies, failing_writes
from grader_app.ui import i18n
from grader_app.io.project_store import ProjectError, ProjectRestored
from grader_app.ui.saved_after_all_words import written_again_in_brief
from test_decisions_saved_after_all import _idle_under_review
from test_project_write_errors import decisions_on_disk
from test_project_written_again_news import BACK, GONE
from test_unsaved_decisions_up_to_date import MANY, ONE, PROJECT, _saved_news

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BOTH = f"Nothing is lost: {PROJECT} is back."   # said short, to be whole at 16 pt (test_written_again_news_fits_at_16_pt)


@pytest.mark.parametrize("before", [0, 1], ids=["WAL", "rollback journal"])
def test_the_status_bar_says_the_file_written_again_and_the_held_decision_saved_in_one_sentence(
        qtbot, window, tmp_path, monkeypatch, before):
    session, store, keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    path = store.path
    for _ in range(before):                                     # deleted once already, and written again then
        path.unlink()
        qtbot.keyClick(view, Qt.Key.Key_2)
        qtbot.waitUntil(lambda: BACK in notes.infos and bar.currentMessage() == BOTH, timeout=10000)
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
    qtbot.waitUntil(lambda: bar.currentMessage() == BOTH, timeout=10000)
    assert bar.toolTip() == f"{BACK} {_saved_news(n)}"          # the whole of both news a glance away
    assert store.flush(10) and store.last_error is None and store.unsaved == {}
    assert set(decisions_on_disk(path)) == set(session.decisions) != set()
    news = [_saved_news(n), BACK]                               # each warning's news in its place, as before
    assert notes.notes == said + [text for text in news if text not in said]   # (once: the first time's stays)
    assert notes.problems == []


@pytest.mark.parametrize("lang, gone, beside", [
    ("en", "Nothing is lost: p.grader-project is back.", "Nothing is lost: saved in p (recovered).grader-project."),
    ("de", "Nichts verloren: p.grader-project ist zurück.",
     "Nichts verloren: gespeichert in p (recovered).grader-project."),
    ("es", "No se perdió nada: p.grader-project ha vuelto.",
     "No se perdió nada: se guarda en p (recovered).grader-project.")])
def test_the_file_written_again_and_what_was_held_are_said_together_in_each_language(qapp, lang, gone, beside):
    restored = [ProjectRestored.said("project.rewritten", name="p.grader-project"),
                ProjectRestored.said("project.rewritten_beside", name="p.grader-project",
                                     recovered="p (recovered).grader-project")]
    assert all(isinstance(r, ProjectError) for r in restored)
    assert i18n.install(lang)
    try:
        said = [written_again_in_brief(r) for r in restored]
    finally:
        i18n.install("en")
    assert said == [gone, beside]
