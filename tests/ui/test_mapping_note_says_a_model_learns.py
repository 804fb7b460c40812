"""The columns dialog's note under its table of questions, for a question no model scores, said only that its answers
"stay in the results, marked for you to score": nothing of the model that learns from the teacher's marks as she gives
them (learn.in_session), which that question's "Scored by" choice says ("No model — you score it, and a model learns
from your marks"), so the note read as if Grader left that question to her alone. Now it says so briefly, in English,
German and Spanish, and the dialog still fits a 1024×600 screen at 16 pt, the note whole in sight once scrolled to.
The real main window and dialog, a sheet answering "Ice floats (10 marks)", which no shipped model scores."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n, mapping_layout
from test_fits_netbook_at_16_pt import NETBOOK, off_screen
from test_mapping_preview_at_16_pt import in_sight
from test_question_scale_window import class_sheet

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

QUESTION = "Ice floats (10 marks)"
SAYS = {"en": ("⚠ 1 question without a model", "; a model learns from your marks as you go."),
        "de": ("⚠ 1 Frage ohne Modell", "; ein Modell lernt laufend aus Ihren Bewertungen."),
        "es": ("⚠ 1 pregunta sin modelo", "; un modelo aprende de tus correcciones sobre la marcha.")}


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_note_on_a_question_without_a_model_says_a_model_learns_from_her_marks(qtbot, make_window, tmp_path,
                                                                                   monkeypatch, font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    window.open_sheet(class_sheet(tmp_path / "class" / "ten.csv", QUESTION))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    qtbot.wait(50)   # the layouts settle
    assert dlg.chosen() == {QUESTION: None}
    note = dlg.items_note
    first, learns = SAYS[language]
    assert note.text().startswith(first) and learns in note.text(), note.text()   # was: "marked for you to score." alone
    assert off_screen(dlg) == []                                                  # still fits at 16 pt
    dlg.scroller.ensureWidgetVisible(note)
    assert in_sight(note, note.rect(), dlg).height() == note.height()
    dlg.reject()
