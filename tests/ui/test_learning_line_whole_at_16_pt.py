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
from test_fits_netbook_at_16_pt import NETBOOK, line_drawn_whole
from test_learning_window import OWN, beyond_sheet, quick_catch_up, review_of_thirty  # noqa: F401  (the fixture)

BEYOND = {"en": "too few for the model", "de": "zu wenige, als dass das Modell", "es": "demasiado pocas para que"}


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_the_learning_line_is_whole_on_a_netbook_at_16_pt(qtbot, quick_catch_up, make_window, tmp_path,  # noqa: F811
                                                          monkeypatch, font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)   # before the window is made: every text in the language
    window = make_window((1024, 600))
    # no model for its question, which learns from the marks: marked until the model would need more than are left
    s, rv = review_of_thirty(qtbot, window, tmp_path, lambda: beyond_sheet(window))
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    line = rv.learning_label
    assert BEYOND[language] in line.text(), line.text()
    settle(qtbot, lambda: not line_drawn_whole(window, line))   # the layouts settle over a few turns of the event loop
    assert window.size() == NETBOOK.size()
    assert line_drawn_whole(window, line) == []
