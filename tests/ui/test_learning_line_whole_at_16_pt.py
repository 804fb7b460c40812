"""The learning review's line about what the model learned from the teacher's marks, whole on a 1024×600 screen at a
16 pt font in German, Spanish and English, once the question has fewer answers left than its model would need. In
English it took two lines; in German and Spanish three (2226 and 2231 px in the label's 1002), and the decision under
the card three lines where English took two: the page had no room, and the line was folded to one cut line, "Lernt aus
Ihren Bewertungen: Diese Frage hat nur noch 28 offene Antworten, zu…", "… solo le quedan 28 respuestas,…" (its whole
text only in a tooltip). Now both say it in two lines, the decision too, and the line is drawn whole.

The real main window on test_learning_window's sheet (a question without a model, 30 answers, a few marked)."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n, mapping_layout
from settle import settle
from test_fits_netbook_at_16_pt import NETBOOK, cut, off_screen
from test_learning_window import OWN, mark_until, make_sheet, quick_catch_up  # noqa: F401  (the fixture)
from test_main_window import _open_by_drop

BEYOND = {"en": "too few for the model", "de": "zu wenige, als dass das Modell", "es": "demasiado pocas para que"}


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_the_learning_line_is_whole_on_a_netbook_at_16_pt(qtbot, quick_catch_up, make_window, tmp_path,  # noqa: F811
                                                          monkeypatch, font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)   # before the window is made: every text in the language
    window = make_window((1024, 600))
    dlg = _open_by_drop(qtbot, window, make_sheet(tmp_path / "class" / "answers.csv", n=30, unlike=True))
    assert dlg.chosen()[OWN] is None                     # no model for it: it learns from the marks
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    s, rv = window.session, window.review_view
    mark_until(qtbot, window,
               lambda: OWN in window.learning.models and window.learning.learners[OWN].assistant.progress().beyond_sheet, 8)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    line = rv.learning_label
    assert BEYOND[language] in line.text(), line.text()

    def problems() -> list[str]:
        whole = (line.isVisible() and not line.folded and line.shown() == line.text()
                 and line.height() >= line.full_height(line.width()))
        return off_screen(window) + cut(window) + ([] if whole else [f"the learning line drawn as {line.shown()!r}"])

    settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
    assert window.size() == NETBOOK.size()
    assert problems() == []
