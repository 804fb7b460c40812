"""The results' search found a Canvas question by its words only: since the window names a question of a Canvas Student
Analysis download by its words ("Use the results…", not "3318801: Use the results…"), a teacher who copied the
question's id from Canvas and typed it into the search box was shown no row, as if the question were not in the sheet.
Now the search finds a question by its id (and by the whole header as Canvas writes it) as well as by the name the
window shows, and still finds students and answers as before. The real main window on a real download written here,
scored for real, the words typed into the search box that Edit ▸ Find gives the focus to."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from test_canvas_questions_named_by_their_words import ANSWERS, download
from ui_helpers import open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_search_finds_a_canvas_question_by_its_id_as_well_as_by_its_words(qtbot, make_window, tmp_path):
    window = make_window((1280, 720))
    s = open_and_score(qtbot, window, download(tmp_path), active=True)
    results = window.results

    def found(typed: str) -> set[tuple[str, str]]:
        window.find_action.trigger()   # Edit ▸ Find (Ctrl+F): the search box, its text chosen
        assert QApplication.focusWidget() is results.search
        results.search.clear()
        qtbot.keyClicks(results.search, typed)
        qtbot.waitUntil(lambda: results.proxy.search_text() != "" and len(results.visible_keys()) < len(s.answers),
                        timeout=3000)
        return {(s.answers[k].student.split(" · ")[0], s.answers[k].item[:7]) for k in results.visible_keys()}

    everyone = {f"Student {k}" for k in range(len(ANSWERS))}
    assert found("3318801") == {(who, "3318801") for who in everyone}          # the id copied from Canvas
    assert found("3318801: use the results") == {(who, "3318801") for who in everyone}   # the header as Canvas has it
    assert found("mass changed") == {(who, "3318801") for who in everyone}     # the words shown, as before
    assert found("3318804") == {(who, "3318804") for who in everyone}          # shown with its id: found by it
    assert found("Student 1") == {("Student 1", q) for q in ("3318801", "3318802", "3318804")}
    assert found("marble") == {("Student 1", "3318801")}                       # an answer's words, as before
