"""How the review screen, the threshold panel and the learning line name a question (QA, in Spanish and English, the
real catalogues and widgets): a sheet without a question column showed its key ("Pregunta whole sheet"); a question
whose name begins with the word ("Pregunta propia: ¿Qué opinas?", "Question 3: ...") was said with the word twice
("Pregunta Pregunta propia: ..."); the progress joined after a colon began with a capital in English and Spanish
("Aprendiendo de tus correcciones: Corrige algunas..."). The student's label, clipped in a small window, holds a
group's label whole in its tooltip and accessible description. The keyboard line takes at most two lines at 1024 px."""
from __future__ import annotations

from contextlib import ExitStack

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.learn.in_session import QuestionLearner
from grader_app.learn.library_names import WHOLE_SHEET
from grader_app.ui.learning_controller import LearningController
from grader_app.ui.review_keys import KEY_MAP, key_lines
from grader_app.ui.tasks import TaskManager
from grader_app.workflow import score_all
from in_language import in_language
from test_review_small_screen import _open_review
from ui_helpers import ANSWERS, results_view, review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OWN_ES = "Pregunta propia: ¿Qué opinas?"
OWN_EN = "Question 3: What do you think?"


@pytest.fixture
def language():
    """``language(code)`` installs ``code`` for the rest of the test (the real catalogue), English again after it."""
    with ExitStack() as held:
        yield lambda code: held.enter_context(in_language(code))


def _session(item: str | None, bundles=None) -> GradingSession:
    rows = [(f"S{i}", f"Student {i}", item or "", ANSWERS[i % len(ANSWERS)] or "x") for i in range(4)]
    frame = pd.DataFrame(rows, columns=["ID", "Name", "Question", "Answer"], dtype=object)
    if item is None:
        mapping = ColumnMapping(id_column="ID", name_column="Name", answer_column="Answer", default_item=WHOLE_SHEET)
    else:
        mapping = ColumnMapping(id_column="ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame=frame), mapping)
    if bundles is not None:   # scored for real by a shipped model the teacher chose for the question
        score_all(session, match_bundles(session, Library.load([bundles]), chosen={item: "asap-sas-1"}))
    return session


def _learning(session: GradingSession) -> LearningController:
    """A learning controller following every question of ``session`` (none marked yet)."""
    controller = LearningController(TaskManager())
    controller.session = session
    controller.learners = {it: QuestionLearner(it, session.keys_for(it), [session.answers[k].text
                                                                        for k in session.keys_for(it)])
                           for it in session.item_keys()}
    return controller


def _said(view) -> str:
    return view.accessibleName() + "\n" + view.accessibleDescription()


def test_a_sheet_without_a_question_column_is_named_in_the_teachers_language(qtbot, language):
    language("es")
    session = _session(None)
    view = review_view(qtbot, session)
    whole = QCoreApplication.translate("LearningWords", "whole sheet")
    assert whole != "whole sheet"
    assert view.question_label.text() == f"Pregunta {whole}"
    assert "whole sheet" not in _said(view) and f"pregunta {whole}" in view.accessibleName()


@pytest.mark.parametrize("lang, item", [("es", OWN_ES), ("en", OWN_EN), ("es", OWN_EN)])
def test_a_question_named_with_the_word_is_not_given_it_again(qtbot, language, shipped_bundles, lang, item):
    language(lang)
    session = _session(item, shipped_bundles)
    assert session.items[item].bundle_id
    view = review_view(qtbot, session)
    assert view.question_label.text().startswith(item)
    said = _said(view)
    quoted = {"en": f"“{item}”", "es": f"«{item}»"}[lang]   # a name that ends as a sentence does, quoted before ": …"
    assert f", {item}" in view.accessibleName() and f"{quoted}: " in view.accessibleDescription()
    for twice in ("Pregunta Pregunta", "pregunta Pregunta", "Question Question", "question Question",
                  "Pregunta Question", "pregunta Question"):
        assert twice not in said and twice not in view.question_label.text()
    effect = results_view(qtbot, session).threshold.effect.text()
    assert effect.startswith(quoted + ": ") and "Pregunta Pregunta" not in effect and "Question Question" not in effect
    line = _learning(session).sentences()
    assert line.startswith(quoted + " (")


def test_the_progress_after_a_colon_begins_in_lower_case_in_spanish_and_english_not_german(qtbot, language):
    session = _session(OWN_EN)   # named with the English word: without it again in every language
    starts = {}
    for lang in ("es", "en", "de"):
        language(lang)
        controller = _learning(session)
        progress = controller.sentence(OWN_EN)
        view = review_view(qtbot, session)
        view.set_learning(controller)
        view.refresh()
        line, label = controller.sentences(), view.learning_label.text()
        head, _, joined = line.partition("): ")
        quotes = {"es": "«»", "en": "“”", "de": "„“"}[lang]   # a name that ends as a sentence does, quoted before more
        assert head.startswith(quotes[0] + OWN_EN + quotes[1]) and joined and joined[1:] == progress[1:]
        assert label.endswith(": " + joined)
        starts[lang] = (progress[0], joined[0])
    assert starts["es"] == ("C", "c") and starts["en"] == ("M", "m")   # "Corrige algunas…", "Mark a few…"
    assert starts["de"][1] == starts["de"][0]


def test_a_clipped_group_label_is_whole_in_its_tooltip_and_description(qtbot, graded):
    session, _store = graded
    group = [a.key for a in session.answers if a.item == session.answers[0].item][:5]
    view = review_view(qtbot, session, width=700, height=700, groups={k: 1 for k in group}, typical=(group[0],))
    view.go_to(group[0])
    label = view.student_label
    text = label.text()
    assert text.startswith("A group of 5 answers · ▶ ")
    assert label.toolTip() == text and label.accessibleDescription() == text
    view.names.blind = True
    view.refresh()
    assert label.toolTip().startswith(label.text() + "\n") and "blind marking" in label.toolTip()
    view.go_to(next(a.key for a in session.answers if a.key not in group))
    assert label.toolTip().startswith(label.text()) and label.accessibleDescription() == label.text()


KEYS = ("0–9", "←/→", "K/J", " N ", "↑/↓", " P ", " C ", " Q ", "+G ", "Esc ")


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_the_keyboard_line_takes_at_most_two_lines_at_1024_px(qtbot, window, tmp_path, language, lang):
    view = _open_review(qtbot, window, tmp_path)
    assert window.width() == 1024
    language(lang)
    text = key_lines(None)[0]                               # "0–9 score …": a guessed scale's
    assert lang == "en" or QCoreApplication.translate("ReviewView", KEY_MAP) != KEY_MAP   # the language's own words
    assert all(k in text for k in KEYS) and text.count("+Z") == 2, text   # every key still there
    label = view.keymap_label
    metrics = label.fontMetrics()
    height = metrics.boundingRect(QRect(0, 0, label.contentsRect().width(), 10000), Qt.TextFlag.TextWordWrap, text).height()
    assert height <= 2 * metrics.lineSpacing(), (lang, height / metrics.lineSpacing())
