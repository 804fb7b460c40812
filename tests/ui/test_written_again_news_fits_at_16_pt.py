"""The status bar's one sentence for a project file that had gone, written again by the commit that wrote what a full
disk held, at 1024 px, with the system's font and at 16 pt (a teacher's large system font), in English, German and
Spanish. It said the file's news and the held changes' in one ("answers.grader-project was deleted while open; Grader
wrote it again, and saved after all: your decision.", 105 characters; German 142): at 16 pt the bar showed
"answers.grader-project was deleted while open; Grad…" (German "… wurde gelöscht, während sie …"), the alarm without the
news that nothing was lost, and at 1024 px with the system's font the German and Spanish were cut too. Now the bar says
that nothing is lost first, in a few words ("Nothing is lost: Grader wrote answers.grader-project again."), whole at
16 pt (the file's name may give way in its middle, as on the bar it does: grader_app/ui/message_bar.py); the notes
say what happened to the file and what was held, each whole (tests/ui/test_written_again_with_held_news.py). A file
written beside the one that replaced it: the bar says first that nothing is lost, then where the work is saved (its
name, long, cut in its middle at 16 pt if it must be: whole in the bar's tooltip and in the notes).

The real window with a sheet scored for real, its counts beside the message; the sentence comes by the scoring
controller's ``savedInBrief`` (with the whole news, the bar's tooltip), as the writer's news brings it
(tests/ui/test_written_again_with_held_news.py)."""
from __future__ import annotations

import pytest

from grader_app.io.project_store import ProjectRestored
from grader_app.ui.message_bar import NAME_KEPT
from grader_app.ui.messages import plain
from grader_app.ui.saved_after_all_words import written_again_in_brief
from in_language import in_language
from test_failures_readable import opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "answers.grader-project"
RECOVERED = "answers (recovered).grader-project"


def fits(bar) -> bool:
    """What the status bar paints of its message fits the room beside its counts."""
    return bar.fontMetrics().horizontalAdvance(bar.shown_message()) <= bar.message_rect().width()


def _whole_but_the_name(shown: str, said: str, name: str) -> bool:
    """``shown`` is ``said`` with every word whole: ``name`` whole, or cut in its middle keeping its two ends."""
    before, after = said.split(name)
    if not (shown.startswith(before) and shown.endswith(after)):
        return False
    middle = shown[len(before):len(shown) - len(after)]
    if middle == name:
        return True
    head, _, tail = middle.partition("…")
    return "…" in middle and len(head + tail) >= NAME_KEPT and name.startswith(head) and name.endswith(tail)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_the_file_written_again_with_what_was_held_is_whole_on_the_bar_at_1024(qtbot, make_window, tmp_path, app_font,
                                                                              lang, points):
    if points:
        app_font(points)
    with in_language(lang):
        window = make_window((1024, 600))
        opened(qtbot, window, tmp_path)
        bar = window.statusBar()
        restored = ProjectRestored.said("project.rewritten", name=NAME)
        said = written_again_in_brief(restored)
        window.scoring.savedInBrief.emit(said, 30000, plain(restored))
        shown = bar.shown_message()
        assert bar.currentMessage() == said and bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
        assert _whole_but_the_name(shown, said, NAME), shown
        if points is None:
            assert shown == said
        assert bar.toolTip() == plain(restored)                 # the whole news, cut or not

        restored = ProjectRestored.said("project.rewritten_beside", name=NAME, recovered=RECOVERED)
        beside = written_again_in_brief(restored)
        window.scoring.savedInBrief.emit(beside, 30000, plain(restored))
        qtbot.waitUntil(lambda: bar.currentMessage() == beside and fits(bar)   # once the counts gave it room, if it needs
                        and _whole_but_the_name(bar.shown_message(), beside, RECOVERED), timeout=3000)   # every word
        if points is None:                                      # whole: that nothing is lost, then where
            assert bar.shown_message() == beside
        assert bar.toolTip() == plain(restored)                 # where the work is, whole
