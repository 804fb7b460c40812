"""QA (a question without a model, headed by its own wording): a teacher's column headed "Which paint colour would you
choose for the doghouse, and why? Use the jar data." put that sentence, bare, in the middle of the window's sentences:
the threshold panel said "Question Which paint colour … Use the jar data.: its model learns from your marks…" (a full
stop and a colon strung together) and the learning line above the results "Question Which paint colour … Use the jar
data. (no shipped model): …". A name that ends as a sentence does now stands in the interface's quotation marks where
the sentence goes on after it (grader_app.ui.learning_words.with_question), in the real window, in English and Spanish;
the review's heading, where nothing follows it, keeps it bare."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from grader_app.ui import i18n
from test_learning_window import MORE_OFF, MORE_SCIENCE, truth
from test_main_window import _open_by_drop

QUESTION = "Which paint colour would you choose for the doghouse, and why? Use the jar data."
QUOTED = {"en": f"“{QUESTION}”", "es": f"«{QUESTION}»"}


def _sheet(path: Path) -> Path:
    """A wide sheet (one row per student) whose one answer column is headed by the question itself: 40 answers of
    science words or other words in turn, so a model learns from a few marks."""
    rng = random.Random(7)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", QUESTION])
        for i in range(40):
            w.writerow([f"S{i:03d}", f"Student {i}", " ".join(rng.sample(MORE_SCIENCE if i % 2 else MORE_OFF, 6))])
    return path


def _shown(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_question_worded_as_a_sentence_is_quoted_where_the_sentence_goes_on(qtbot, make_window, tmp_path, lang):
    assert i18n.install(lang)
    try:
        window = make_window((1366, 768))
        dlg = _open_by_drop(qtbot, window, _sheet(tmp_path / "class" / "doghouse.csv"))
        assert dlg.chosen()[QUESTION] is None                  # no model for it: a model learns from the marks
        with qtbot.waitSignal(window.scoringFinished, timeout=30000):
            dlg.ok_button.click()
        qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
        window.results.request_review()
        rv, s = window.review_view, window.session
        for _ in range(12):                                    # marks of both scores: a model learns from them
            if QUESTION in window.learning.models:
                break
            qtbot.keyClick(rv, str(truth(s.answers[rv.current_key()].text)))
            qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
        qtbot.waitUntil(lambda: QUESTION in window.learning.models, timeout=30000)
        window.show_page(1)
        window.results.refresh()
        qtbot.waitUntil(lambda: QUOTED[lang] in _shown(window.results), timeout=10000)
        shown = _shown(window.results)
        for glued in (f"{QUESTION}:", f"{QUESTION} ("):        # ".:" and ". (…):" no more
            assert glued not in shown, shown
        panel = window.results.threshold.effect.text().replace("\u2060", "")
        assert panel.split(":", 1)[0].endswith(QUOTED[lang]), panel
        window.show_page(2)
        assert QUESTION in _shown(rv) and QUOTED[lang] not in rv.question_label.text()   # the heading: nothing follows
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_the_moodle_note_names_such_a_question_quoted_before_its_maximum_grade(qapp, lang):
    """After a Moodle gradebook export the dialog said "… its maximum grade (Which paint colour … Use the jar data.: 2)";
    a plain name ("Q1: 2") stays as it was."""
    from grader_app.io.lms import export_notes as made
    from grader_app.ui import export_notes

    assert i18n.install(lang)
    try:
        said = export_notes.note_words(made.moodle_maximum_grades([(QUESTION, "2"), ("Q1", "1.5")]))
    finally:
        i18n.install("en")
    quoted = {"en": QUOTED["en"], "es": QUOTED["es"], "de": f"„{QUESTION}“"}[lang]
    assert f"{quoted}: 2" in said and f"{QUESTION}: 2" not in said, said
    assert "Q1: 1" in said and "“Q1”" not in said and "«Q1»" not in said, said
