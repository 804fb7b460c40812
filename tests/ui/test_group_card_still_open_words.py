"""A group of a question that learns from the teacher's marks, whose typical answer she marked on its own (the rest of
the group still open), once the model learned from that mark: its model score for the typical answer is fitted to her
mark, so the accept button is off, and its tooltip (and Enter) says what a digit does there: "type a score to give it to
the N answers of the group still open". Nothing showed that sentence in a real window; driven there, it said "the 1
answer" (now "the one answer"), and, with members the card flags as unlike the typical answer still open too (a digit
leaves them open: grader_app.ui.group_split), it counted only those the digit scores as if they were all that is open
("the 1 answer of the group still open" with eight open); it now says that the others stay open. German and Spanish say
the same. The real window, a real model fitted to real marks; Enter and the digit typed on the review screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui.group_split import to_read
from in_language import in_language
from test_learning_bars_whole_scale import learned_from_marks
from test_learning_window import OWN, quick_catch_up, window  # noqa: F401  (the fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEAD = ("This question's model learned from your mark on this group's typical answer: its score for it is fitted to "
        "that mark, so there is no score of its own to accept; type a score to give it to ")
IN_WORDS = {"de": ({1: "der einen noch offenen Antwort der Gruppe", 2: "den {n} noch offenen Antworten der Gruppe"},
                   "Punktzahl"),
            "es": ({1: "la única respuesta del grupo aún abierta", 2: "las {n} respuestas del grupo aún abiertas"},
                   "puntuación")}


def still_open_words(n: int) -> str:
    """What the card says a digit does on a group whose members still open all agree with its typical answer, for
    ``n`` of them ("the 1 answer" read as a slip: "the one answer")."""
    return HEAD + ("the one answer of the group still open." if n == 1 else f"the {n} answers of the group still open.")


def _typical_marked_alone(qtbot, win, s, rv, flagged_open: bool):
    """A group of three or more answers, none marked, whose card flags some members as unlike its typical answer and
    not others (one at least); its typical answer marked on its own (from the results table, say), and
    (``flagged_open`` False) the members flagged too, each on its own; once the model learned from the typical answer's
    mark, the review on the group. Returns (the group, its typical answer, its score, the members flagged)."""
    learner = win.learning.learners[OWN]
    for group in sorted((g for g in learner.groups if len(g) > 2 and not any(k in s.decisions for k in g)),
                        key=len, reverse=True):
        rv.go_to(group[0])
        unit = list(rv.current_unit())
        typical = rv.shown_key(unit)
        words, odd = to_read(s, unit, typical)
        flagged = sorted(set(words) | set(odd))
        if sorted(unit) == sorted(group) and flagged and len(unit) - 1 - len(flagged) >= 1:
            break
    else:
        pytest.fail("no group of three or more answers, none marked, whose card flags some members and not others")
    score = 0 if typical in s.predictions and s.predictions[typical].score != 0 else 2
    s.decide(typical, score)
    if not flagged_open:
        for k in flagged:
            s.decide(k, score)
    qtbot.waitUntil(lambda: not win.learning.busy and s.learned_from_mark(typical), timeout=30000)
    rv.go_to(typical)
    rv.refresh()
    assert rv.current_unit() == unit and rv.shown_key(unit) == typical
    return unit, typical, score, flagged


def test_a_group_whose_typical_answer_she_marked_alone_says_a_digit_scores_the_members_still_open(
        qtbot, quick_catch_up, window, tmp_path):  # noqa: F811
    s, rv = learned_from_marks(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    unit, typical, score, _ = _typical_marked_alone(qtbot, window, s, rv, flagged_open=False)
    still = [k for k in unit if k not in s.decisions]
    tip = rv.accept_button.toolTip()
    assert not rv.accept_button.isEnabled() and tip == still_open_words(len(still)), tip
    steps = rv.undo_stack.count()
    qtbot.keyClick(rv, Qt.Key.Key_Return)   # Enter says the same and changes nothing
    assert rv.message_label.text() == tip and rv.undo_stack.count() == steps and all(k not in s.decisions for k in still)
    said = {}
    for lang in IN_WORDS:
        with in_language(lang):
            rv.show_accept()
            said[lang] = rv.accept_button.toolTip()
    rv.show_accept()
    assert rv.accept_button.toolTip() == tip
    for lang, (phrases, word) in IN_WORDS.items():
        phrase = phrases[min(len(still), 2)].format(n=len(still))
        assert phrase in said[lang] and word in said[lang] and said[lang] != tip, (lang, said[lang])
    other = 2 if score == 0 else 0
    qtbot.keyClick(rv, Qt.Key.Key_0 + other)   # the digit does what it said: the answers still open get that score
    assert all(s.decisions[k].score == other for k in still) and s.decisions[typical].score == score


def test_where_the_members_still_open_include_some_unlike_it_the_card_counts_only_those_the_digit_scores(
        qtbot, quick_catch_up, window, tmp_path):  # noqa: F811
    """The same group with the members the card flags as unlike its typical answer still open too: a digit gives its
    score to the members that agree with it and leaves those flagged open (``group_split``). The card said "give it to
    the 1 answer of the group still open" with eight of them open; it now says the digit scores those that agree with
    the typical answer, and that the others, marked in the list, stay open."""
    s, rv = learned_from_marks(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    unit, typical, score, flagged = _typical_marked_alone(qtbot, window, s, rv, flagged_open=True)
    agree = [k for k in unit if k not in s.decisions and k not in flagged]
    tip = rv.accept_button.toolTip()
    what = ("the one answer of the group still open that agrees" if len(agree) == 1 else
            f"the {len(agree)} answers of the group still open that agree")
    assert not rv.accept_button.isEnabled() and tip == (
        f"{HEAD}{what} with the typical answer; the others, marked in the list, stay open for you to read."), tip
    other = 2 if score == 0 else 0
    qtbot.keyClick(rv, Qt.Key.Key_0 + other)   # the digit does what it said
    assert all(s.decisions[k].score == other for k in agree) and not any(k in s.decisions for k in flagged)
