"""German and Spanish at 16 pt on a 1366×768 laptop: once the teacher took her own marks as her decisions (the sheet her
model was made from, :mod:`grader_app.ui.own_marks_offer`), the status bar cut the sentence that says so before its end,
where it says how to undo ("Ihre Bewertungen von 60 Antworten sind hier Ihre Entscheidungen; rückgängig mit Strg+Z oder
B…", 1286 px where the bar gives 971; "Tus correcciones de 60 respuestas son aquí tus decisiones; … o Editar ▸ Des…",
1094 px). It now says what the button she clicked did, as short as the English: "60 Bewertungen übernommen; …", "Se
usan tus 60 correcciones; …", whole there in every language, for one answer and for 999 as well. The real ``grader
learn``, the real window, her marks taken with a click on the offer's button."""
from __future__ import annotations

import pytest
from pytestqt.exceptions import TimeoutError as NotInTime
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from grader_app.cli import run_cli
from grader_app.ui.undo_words import undo_in_menu
from in_language import in_language
from test_learning_window import marked
from test_main_window import _open_by_drop
from ui_helpers import write_csv

QUESTION = "Ice floats"
SAID = "Your marks of %n answers are your decisions here; undo with Ctrl+Z or {menu}."   # its source, as the window has it


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_her_marks_taken_are_said_whole_on_the_status_bar_at_16_pt(qtbot, make_window, tmp_path, font_16, lang):
    answers = marked(60, 5)
    rows = [(f"9B{i:03d}", f"Kid {i}", QUESTION, t) for i, (t, _) in enumerate(answers)]
    last = write_csv(tmp_path / "last-year" / "ice-9B-marked.csv", ["Student ID", "Name", "Question", "Answer", "Mark"],
                     [(*r, m) for r, (_, m) in zip(rows, answers)])
    assert run_cli(["learn", str(last), "--score-column", "Mark", "--quiet"]) == 0
    with in_language(lang):
        window = make_window((1366, 768))
        sheet = write_csv(tmp_path / "class" / "ice-9B.csv", ["Student ID", "Name", "Question", "Answer"], rows)
        dlg = _open_by_drop(qtbot, window, sheet)
        with qtbot.waitSignal(window.scoringFinished, timeout=30000):
            dlg.ok_button.click()
        qtbot.waitUntil(lambda: window.own_marks.box is not None and window.own_marks.box.isVisible(), timeout=10000)
        box = window.own_marks.box
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        qtbot.waitUntil(lambda: len(window.session.decisions) == 60, timeout=5000)
        bar = window.statusBar()
        said = bar.currentMessage()
        assert "60" in said and said.endswith(undo_in_menu() + "."), said   # the sentence, as far as how to undo
        try:   # the counts beside it give it their room once the bar is laid out
            qtbot.waitUntil(lambda: bar.shown_message() == said, timeout=3000)   # painted whole, not cut with "…"
        except NotInTime:
            width, room = bar.fontMetrics().horizontalAdvance(said), bar.message_rect().width()
            raise AssertionError(f"cut to {bar.shown_message()!r}: {width} px where the bar gives {room} px") from None
        room = bar.message_rect().width()
        for n in (60, 1, 999):   # the sentence shown, then its forms for one answer and for 999: each whole
            other = QCoreApplication.translate("OwnMarksOffer", SAID, "", n).format(menu=undo_in_menu())
            assert other == said if n == 60 else bar.fontMetrics().horizontalAdvance(other) <= room, (other, room)
