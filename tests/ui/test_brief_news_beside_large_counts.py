"""The status bar's few words for news of the project file ("Nothing is lost: your 9999 decisions are saved.") stay
whole at 16 pt on a 1024 px window beside large counts, in English, German and Spanish. They were tight: at 16 pt in
German, "9999 von Ihnen entschieden · 9999 warten auf Sie · gespeichert" took 676 px of the bar and left 316 for the
message, and even "Nichts verloren: jetzt gespeichert." (356 px) was cut at its end; "Nichts verloren: alle 999
gespeichert." (394 px) was cut beside "999 … · 999 …". Now, while news said in a few words is shown, the counts give it
their room: cut at their end with "…" (whole in their tooltip) for the news's time, whole again once it is gone.

The real window with a sheet scored for real; the counts are set as the window sets them (window_words.status_counts),
the news comes as the scoring controller's ``savedInBrief`` brings it, with the words it says for those counts."""
from __future__ import annotations

import pytest

from grader_app.io.project_problems import unsaved_failure
from grader_app.ui.saved_after_all_words import held_in_brief, scores_saved_in_brief
from grader_app.ui.window_words import status_counts
from in_language import in_language
from test_failures_readable import opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "answers.grader-project"


def _briefs() -> list[str]:
    """The few words the bar says for the decisions (1 to 9999 of them), the scores, the thresholds and a comment, and
    several kinds together, each written after all."""
    said = [held_in_brief([unsaved_failure(NAME, n, ["your decision"], None)], NAME)[0] for n in (1, 3, 999, 9999)]
    said += [held_in_brief([unsaved_failure(NAME, 0, [what], None)], NAME)[0] for what in ("the thresholds",
                                                                                            "your comment")]
    both = [unsaved_failure(NAME, 0, ["the thresholds"], None), unsaved_failure(NAME, 9999, ["your decision"], None)]
    return said + [scores_saved_in_brief(), held_in_brief(both, NAME)[0]]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("counts", [(999, 999), (9999, 0), (9999, 9999)], ids=["999·999", "9999·0", "9999·9999"])
def test_news_in_a_few_words_is_whole_at_16_pt_beside_large_counts(qtbot, window, tmp_path, font_16, lang, counts):
    with in_language(lang):
        opened(qtbot, window, tmp_path)
        bar, label = window.statusBar(), window.status_label
        decided, need = counts
        label.setText(status_counts(decided, need))
        qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width(), timeout=3000)
        whole_counts = label.width()
        for brief in _briefs():
            window.scoring.savedInBrief.emit(brief, 30000, "The whole news.")
            qtbot.waitUntil(lambda brief=brief: bar.currentMessage() == brief and bar.shown_message() == brief
                            and bar.fontMetrics().horizontalAdvance(brief) <= bar.message_rect().width(), timeout=3000)
            assert bar.toolTip() == "The whole news."
            assert label.text() == status_counts(decided, need)   # the counts themselves unchanged
            if label.width() < label.sizeHint().width():          # they gave way: whole in their tooltip
                assert label.toolTip() == label.text()
        bar.clearMessage()                                         # the news gone: the counts whole again
        qtbot.waitUntil(lambda: label.width() == whole_counts, timeout=3000)
        assert label.toolTip() == ""
