"""A teacher's own sheet whose question column gives each question as an instruction ending in a full stop ("Erkläre,
warum Pflanzen Licht für die Fotosynthese brauchen. (2 Punkte)", "Explain why ice floats."), as most school questions
are worded: QA (a German teacher's workbook at 1024×600) found its text was not taken as the question's, since only a
wording that asks ("…?") was. The review card then said "(Grader has no text for this question)" right under a
heading that quoted it, and an answer that copied the question back was not flagged as copied (the flag compares the
answer with the question's text). Now a question named by a sentence (io.header_words.sentence) is its own text; a
label ("Q1", "Photosynthesis") still is not. The real main window opens a real workbook (a title row above the header,
no model for any question) and its review screen is read."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from grader_app.core.flags import COPIED
from ui_helpers import open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LIGHT = "Erkläre, warum Pflanzen Licht für die Fotosynthese brauchen. (2 Punkte)"
ICE = "Explain why ice floats on water."
LABEL = "Photosynthesis"


def workbook(folder: Path) -> Path:
    """A class's answers, one row per answer, the title of the test above the header; our own wording."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Klasse 9b – Biologie – Test 3"])
    ws.append(["Name", "Frage", "Antwort"])
    answers = {LIGHT: ["Die Pflanze braucht Lichtenergie, um Traubenzucker herzustellen.",
                       "Erkläre, warum Pflanzen Licht für die Fotosynthese brauchen.",   # the question copied back
                       "Licht ist die Energiequelle für die Fotosynthese."],
               ICE: ["Ice is less dense than liquid water.", "Explain why ice floats on water.", "It is light."],
               LABEL: ["Light and water make sugar.", "Plants make food from sunlight.", "Chlorophyll."]}
    for i, name in enumerate(("Lena Müller", "Jonas Groß", "Mia Weiß")):
        for question, texts in answers.items():
            ws.append([name, question, texts[i]])
    path = folder / "Biologie 9b.xlsx"
    wb.save(path)
    return path


def test_a_question_worded_as_an_instruction_is_its_own_text_on_the_card_and_for_the_copied_flag(qtbot, make_window,
                                                                                                  tmp_path):
    window = make_window((1024, 600))
    s = open_and_score(qtbot, window, workbook(tmp_path))
    assert list(s.item_keys()) == [LIGHT, ICE, LABEL]
    assert [s.items[q].prompt for q in (LIGHT, ICE, LABEL)] == [LIGHT, ICE, ""]   # was "" for both instructions
    copied = [a for a in s.answers if a.student == "Jonas Groß"]
    assert [COPIED in s.flags.get(a.key, []) for a in copied] == [True, True, False]   # the label has no text to copy

    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2 and window.review_view is not None, timeout=10000)
    rv = window.review_view
    for question in (LIGHT, ICE):
        rv.go_to(next(a.key for a in s.answers if a.item == question))
        shown = rv.card.prompt_label
        assert "no text" not in shown.text() or shown.isHidden(), shown.text()   # it said so under the question
        assert question.split(".")[0] in rv.card.question_label.text() + shown.text()
    rv.go_to(next(a.key for a in s.answers if a.item == LABEL))
    assert rv.card.prompt_label.text() == "(Grader has no text for this question)"   # a label is no question's text
