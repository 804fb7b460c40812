"""What learning says in the window comes through the interface's translations. A German or Spanish teacher read
English inside translated frames ("Skipped: Frage Q8: its only scored answer has ..."): the reasons a question was
skipped, the problems of a marked sheet (a '2/3' cell) and the new "mark at least N more answers" are problems with a
kind and values, and the window says them through Qt's catalogue (context ``Problem``). A translator installed here
marks every text of that context it is asked for, so each test shows the sentence was translated, not only English.

A question with a handful of marks is no longer made a library model ("Make models from a marked sheet…", "Save
as model…"); the model the open session learns from those marks still scores the class."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from grader_app.ui import model_actions
from in_language import in_language
from test_learning_window import OWN, mark_until, _open, marked, window  # noqa: F401  (the window fixture)
from ui_helpers import learn_dialog_for


class Marking(QTranslator):
    """Every problem text asked for comes back in «», so what the window shows tells whether it was translated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "Problem" else None


@pytest.fixture
def marking(qapp):
    ours = Marking(qapp)
    QCoreApplication.installTranslator(ours)
    yield
    QCoreApplication.removeTranslator(ours)


def _learn_from(qtbot, window, sheet, monkeypatch) -> None:  # noqa: F811
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Mark"])
        w.writerows(rows)
    return path


def test_a_question_with_a_few_marks_is_skipped_in_the_teachers_language(qtbot, window, tmp_path, monkeypatch,  # noqa: F811
                                                                          marking):
    rows = [(f"S{i}", "Q7", text, mark) for i, (text, mark) in enumerate(marked(60, 5))]
    rows += [(f"T{i}", "Q8", text, mark) for i, (text, mark) in enumerate(marked(4, 6))]
    _learn_from(qtbot, window, _write(tmp_path / "last-year.csv", rows), monkeypatch)
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    said = window.start.message.text()
    assert ("question Q8: «it has 4 of the 45 marked answers a model needs before it can take any answer on its own; "
            "mark at least 41 more answers of this question (another class's answers in the same sheet count too) and "
            "learn again»") in said
    assert window.library.get("q7") is not None and window.library.get("q8") is None


def test_a_sheet_whose_only_question_has_two_marks_is_refused_in_the_teachers_language(qtbot, window, tmp_path,  # noqa: F811
                                                                                     monkeypatch, marking):
    sheet = _write(tmp_path / "marks.csv", [("S1", "Q1", "osmosis moves water", 2), ("S2", "Q1", "dogs", 0)])
    _learn_from(qtbot, window, sheet, monkeypatch)
    qtbot.waitUntil(lambda: "cannot teach a model" in window.start.message.text(), timeout=60000)
    assert window.start.message.text().endswith(
        "«question “Q1” of marks.csv cannot teach a model: «it has 2 of the 45 marked answers a model needs before it "
        "can take any answer on its own; mark at least 43 more answers of this question (another class's answers in "
        "the same sheet count too) and learn again»».")
    assert window.library.get("q1") is None


def test_a_score_written_as_a_fraction_is_said_in_the_teachers_language(qtbot, window, tmp_path, monkeypatch,  # noqa: F811
                                                                         marking):
    rows = [(f"S{i}", "Q7", text, "2/3" if i == 4 else mark) for i, (text, mark) in enumerate(marked(60, 5))]
    _learn_from(qtbot, window, _write(tmp_path / "fractions.csv", rows), monkeypatch)
    qtbot.waitUntil(lambda: "not a number" in window.start.message.text(), timeout=60000)
    assert window.start.message.text().endswith(
        "«the score column “Mark” holds “2/3” in row 6, which is not a number; write each score as a number (such as 2 "
        "or 1.5), or clear the cell to leave that answer out, and learn again».")
    assert window.last_error.startswith("«the score column “Mark” holds “2/3”")


def test_save_as_model_with_a_few_marks_says_how_many_more_and_the_marks_still_score_the_class(
        qtbot, window, tmp_path, monkeypatch, marking):  # noqa: F811
    s = _open(qtbot, window, tmp_path)
    window.results.request_review()
    mark_until(qtbot, window, lambda: OWN in window.learning.models, 6)
    model = window.learning.models[OWN]
    assert all(k in s.predictions for k in s.keys_for(OWN))      # the learned model scores every answer here
    asked = []
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    assert window.save_model_action.isEnabled()
    window.save_model_action.trigger()
    assert not asked                                             # no file to choose: nothing would be saved
    more = 45 - model.n_marks
    assert window.statusBar().currentMessage() == (
        f"«the model of question {OWN} has learned from {model.n_marks} of the 45 marked answers a model needs before "
        f"it can take any answer on its own, so it is not saved; mark at least {more} more answers of this question, "
        "then save it again».")
    assert window.library.get(OWN) is None


@pytest.mark.parametrize("language, said", [
    ("de", "3 Zeilen der Spalte „Mark“ wurden übersprungen, weil ihre Punktzahl keine Zahl ist („abs“, „n/a“): sie "
           "werden nicht zum Lernen verwendet (Zeilen 3, 6, 10)."),
    ("es", "Se omitieron 3 filas de la columna «Mark» cuya puntuación no es un número («abs», «n/a»): no se usan para "
           "aprender (filas 3, 6, 10)."),
    ("en", "Skipped 3 rows of column “Mark” whose score is not a number (“abs”, “n/a”): they are not used for learning "
           "(rows 3, 6, 10)."),
])
def test_rows_whose_score_is_a_word_are_skipped_and_counted_in_the_teachers_language(qtbot, window, tmp_path,  # noqa: F811
                                                                                   monkeypatch, language, said):
    """'abs' and 'n/a' among the marks refused the whole sheet; the model is made from the other rows and the message
    says how many rows were skipped and why, through the committed catalogues."""

    words = {1: "abs", 4: "n/a", 8: "abs"}
    rows = [(f"S{i}", "Q7", text, words.get(i, mark)) for i, (text, mark) in enumerate(marked(60, 5))]
    with in_language(language):
        _learn_from(qtbot, window, _write(tmp_path / "absent.csv", rows), monkeypatch)
        qtbot.waitUntil(lambda: window.library.get("q7") is not None and said in window.start.message.text(),
                        timeout=60000)


def test_a_sheet_of_only_words_for_scores_is_refused_in_the_teachers_language(qtbot, window, tmp_path,  # noqa: F811
                                                                             monkeypatch, marking):
    rows = [(f"S{i}", "Q7", text, "abs") for i, (text, _) in enumerate(marked(60, 5))]
    _learn_from(qtbot, window, _write(tmp_path / "absent.csv", rows), monkeypatch)
    qtbot.waitUntil(lambda: "nothing to learn from" in window.start.message.text(), timeout=60000)
    assert window.start.message.text().endswith(
        "«the score column “Mark” of absent.csv holds no number, only words written instead of scores, such as “abs” in "
        "row 2, so there is nothing to learn from; give the column that holds the scores, or write each score as a "
        "number (such as 2 or 1.5) and learn again».")
    assert window.library.get("q7") is None
