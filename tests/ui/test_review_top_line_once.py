"""The review screen's top line says each of its facts once, in every language, at the usual font and at 16 pt.

What was wrong (QA, German at 16 pt on a 1024-pixel screen): on a group of a question that learns from the marks the top
line read "13 von 17 offen   Eine Gruppe aus 4 … 13 von 17 offen   0 von 4 bewertet". Such a review shows the answers
left to decide in the place's label (it has no fixed order, so no place) and leaves the count beside the student empty;
but that empty label kept the short form of the count from before ("{left} of %n left"), and once the line was short
of room it drew that short form although it had no text: the same count twice. A label of the top line with no text
now draws nothing, and is not given a short form to draw.

The real review screen with a real LearningController grouping on its worker (a question without a shipped model)."""
from __future__ import annotations

import re

import pytest

from grader_app.ui.learning_controller import LearningController
from in_language import in_language
from test_group_review import LIKE, OTHERS
from ui_helpers import one_question_session, review_view

TEXTS = [OTHERS[0], LIKE[0], OTHERS[1], LIKE[1], LIKE[2], OTHERS[2], LIKE[3], OTHERS[3]]
NAMES = ["Maximiliane Schwarzenberger", "Noah Schmidt", "Olivia Bennett", "Konstantin Oberhuber",
         "Amara Okafor", "Lukas Hoffmann", "Sofia Rossi", "Mateo García"]


def _drawn(label) -> str:
    """The words a label of the top line draws (said short, or cut with "…", where it has no room)."""
    return label.shown() if callable(getattr(label, "shown", None)) else label.text()


def top_line(view) -> list[str]:
    """What the top line draws, label by label, left to right (empty labels left out)."""
    labels = (view.progress_label, view.student_label, view.left_label, view.status_label)
    return [_drawn(w) for w in labels if w.isVisible() and _drawn(w)]


@pytest.mark.parametrize("points", [None, 16])
@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_group_of_a_question_that_learns_has_its_counts_once_on_the_top_line(qtbot, task_manager, app_font, tmp_path,
                                                                                lang, points):
    if points:
        app_font(points)
    with in_language(lang):
        session = one_question_session([(f"S{i}", NAMES[i], t) for i, t in enumerate(TEXTS)])   # no model: it learns
        learning = LearningController(task_manager)
        try:
            learning.bind(session)
            view = review_view(qtbot, session, width=1024, height=600)
            view.set_learning(learning)
            view.set_queue([a.key for a in session.answers])
            learning.start()
            qtbot.waitUntil(lambda: learning.ready and any(len(u) > 1 for u in view.queue.units), timeout=30000)
            group = next(u for u in view.queue.units if len(u) > 1)
            view.go_to(group[0])
            assert view.current_unit() == group and learning.learns("q1")
            drawn = top_line(view)
            view.grab().save(str(tmp_path / f"top-line-{lang}-{points}.png"))
            # the answers left to decide, 8 of 8, said once (whole or short): the numbers "8" and "8" once on the line
            line = "  ".join(drawn)
            assert len(re.findall(r"\b8\b\D+\b8\b", line)) == 1, drawn
            assert view.left_label.text() == "" and _drawn(view.left_label) == "", drawn
            # every label draws its own words, whole or short, never another's
            for label in (view.progress_label, view.left_label, view.status_label):
                assert _drawn(label) in (label.text(), label.short), (label.text(), label.short, _drawn(label))
                assert label.text() or not _drawn(label)
        finally:
            learning.unbind()
