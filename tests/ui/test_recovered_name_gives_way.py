"""The status bar's few words for a project written beside the file that replaced it ("Nothing is lost: saved in
answers (recovered).grader-project.") stay whole at 16 pt on a 1024 px window in English, German and Spanish: the
recovered file's name gives way in its middle, keeping ".grader-project" and the words around it. The bar found no
file's name in "answers (recovered).grader-project" (a name with a space and brackets), so it cut the message at its
end: at 16 pt in German "Nichts verloren: gespeichert in answers (recov…" with the counts of a 1024 px window, and
with a longer sheet's name the file's end went in every language. The whole news stays the bar's tooltip.

The real window with a sheet scored for real, its counts beside the message; the words come by the scoring
controller's ``savedInBrief`` as the writer's news brings them (tests/ui/test_project_replaced_news.py)."""
from __future__ import annotations

import pytest

from grader_app.io.project_store import ProjectRestored
from grader_app.ui.message_bar import NAME_KEPT
from grader_app.ui.messages import plain
from grader_app.ui.saved_after_all_words import written_again_in_brief
from in_language import in_language
from test_failures_readable import opened
from test_written_again_news_fits_at_16_pt import fits

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHEETS = ["answers", "year-nine-biology-cell-membranes-and-transport-spring-term"]
SUFFIX = ".grader-project"


def _name_cut_in_its_middle(shown: str, said: str, name: str) -> bool:
    """``shown`` is ``said`` with every word whole and ``name`` whole or cut in its middle, its end (".grader-project")
    kept."""
    before, after = said.split(name)
    if not (shown.startswith(before) and shown.endswith(after)):
        return False
    middle = shown[len(before):len(shown) - len(after)]
    head, cut, tail = middle.partition("…")
    return middle == name or (cut and len(head + tail) >= NAME_KEPT and name.startswith(head) and name.endswith(tail)
                              and tail.endswith(SUFFIX))


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("sheet", SHEETS, ids=["short sheet name", "long sheet name"])
@pytest.mark.parametrize("recovered", ["{stem} (recovered)", "{stem} (recovered 2)"], ids=["first", "second"])
def test_the_recovered_file_s_name_gives_way_in_its_middle_at_16_pt(qtbot, window, tmp_path, font_16, lang, sheet,
                                                                     recovered):
    with in_language(lang):
        opened(qtbot, window, tmp_path)
        bar = window.statusBar()
        name, beside = sheet + SUFFIX, recovered.format(stem=sheet) + SUFFIX
        restored = ProjectRestored.said("project.rewritten_beside", name=name, recovered=beside)
        said = written_again_in_brief(restored)
        window.scoring.savedInBrief.emit(said, 30000, plain(restored))
        qtbot.waitUntil(lambda: bar.currentMessage() == said and fits(bar)
                        and _name_cut_in_its_middle(bar.shown_message(), said, beside), timeout=3000)
        assert bar.toolTip() == plain(restored)                 # where the work is, whole
