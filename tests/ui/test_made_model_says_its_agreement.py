"""After "Make models from a marked sheet…" the window said what each model takes on its own ("none on its own: every
answer comes to you") and nothing of how often it gave the teacher's own mark: a teacher with last year's 100 marks
could not tell whether to trust its suggestions (the command line printed "exact agreement 67 %"; the library's column
says "closely", from a QWK that forgives a score one off). The message now says, for each model, how many of the
teacher's marks it gave on answers it had not learned from, the words of the learning line, from the model's own
cross-validated figures. The real window, a real marked sheet, the real learning on its worker."""
from __future__ import annotations

from grader_app.ui import i18n
from grader_app.ui.i18n import translate
from test_learning_window import marked
from ui_helpers import learn_dialog_for, write_csv

QUESTION = "Why a cell shrinks"


def test_the_news_of_a_model_made_says_how_often_it_gave_the_teachers_mark(qtbot, window, tmp_path, monkeypatch):
    rows = [(f"S{i}", QUESTION, text, (mark if i % 9 else 2 - mark))   # every ninth mark the other way: not all agree
            for i, (text, mark) in enumerate(marked(72, 5))]
    sheet = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Mark"], rows)
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    model = window.library.get("why-a-cell-shrinks")
    student = model.manifest["metrics"]["student"]
    assert student["n"] == 72 and 0 < student["accuracy"] < 1
    agreed = round(student["accuracy"] * 72)
    said = window.start.message.text()
    assert f"on answers it had not learned from, it agreed with {agreed} of your 72 marks" in said
    assert said.startswith(f"✓ Made 1 model and added it to the library: “{QUESTION}” (")

    assert i18n.install("de")   # in the teacher's language
    try:
        shown = translate("wording", "on answers it had not learned from, it agreed with {agreed} of your %n marks", "",
                          72).format(agreed=agreed)
        assert f"{agreed} Ihrer 72 Bewertungen" in shown
    finally:
        i18n.install("en")
