"""QA (s52a, finding 6): a group of 18 "Ice is less dense than water." held 4 "ice is more dense than water"; its card
said so ("4 of them differ from the typical answer in words … more instead of less … Read them before one key scores
them all"), and one digit still gave all 18 the same score, which then taught the learned model that "more dense" was
right. Now the first digit scores the members that agree with the typical answer and leaves the flagged ones open, the
review still on the group with the first of them chosen, and the line under the card says so; the next digit scores
those. Ctrl+Z takes the first score back as one step; the project file holds what the screen shows. A group without a
flagged member takes the score whole, as before. The real window on a real sheet; the members left open are exactly the
ones the card flags (the same function: core.groups.to_read)."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n
from review_windows import review_requested
from ui_helpers import decisions_on_disk, group_panel, review_view, scored_session, tiny_bundles

LESS = ["Ice is less dense than water.", "ice is less dense than water", "Ice is less dense than water",
        "Ice is less dense than water.", "ice is less dense than water.", "Ice is less dense than water!",
        "Ice is less dense than water.", "Ice is less dense than water."]
MORE = ["ice is more dense than water", "Ice is more dense than water."]
COLD = ["because it is cold", "Because it is cold.", "because it is cold", "Because it is cold"]
OTHERS = ["The molecules form a lattice that takes up more space when water freezes.",
          "It has air bubbles in it so it floats", "because of gravity"]
UNDO, REDO = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _sheet(path):
    texts = [LESS[0], COLD[0], *LESS[1:4], MORE[0], OTHERS[0], *COLD[1:], *LESS[4:], MORE[1], *OTHERS[1:]]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"9B{i:03d}", f"Pupil {i:02d}", "Ice floats", t] for i, t in enumerate(texts))
    return path


@pytest.fixture
def reviewing(qtbot, make_window, tmp_path):
    """The real window at 1024×600 on the sheet (no model for its question), its review open."""
    window = make_window((1024, 600))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    return window, s, rv


def _keys(s, texts):
    return [a.key for a in s.answers if a.text in texts]


def _on_group_of(rv, key):
    rv.go_to(key)
    rv.selected = None
    rv.refresh()
    return list(rv.current_unit())


def test_a_digit_leaves_the_members_that_differ_open_next_and_one_undo_takes_it_back(qtbot, reviewing):
    window, s, rv = reviewing
    less, more = _keys(s, LESS), _keys(s, MORE)
    group = _on_group_of(rv, less[0])
    assert sorted(group) == sorted(less + more)               # the look-alikes, "more" among them
    assert sorted(rv.group_panel.words) == sorted(more)       # the card flags the two
    assert rv.score_buttons.label.text() == "Give the 8 that agree:"
    qtbot.keyClick(rv, Qt.Key.Key_1)
    assert {k: s.decisions[k].score for k in less} == dict.fromkeys(less, 1)
    assert not any(k in s.decisions for k in more)
    assert rv.message_label.text() == (
        "Score 1 given to 8 answers in the group. 2 answers that differ from the typical answer (marked in the list) are "
        "left open for you to read and score next; undo the group's score with Ctrl+Z or Edit ▸ Undo.")
    assert rv.current_unit() == group and rv.current_key() == more[0]   # still on the group, the first one chosen
    assert rv.group_panel.member(more[0]).head.text().startswith("▶ ")
    assert rv.score_buttons.label.text() == "Give all 2:"
    on_disk = decisions_on_disk(window.store)
    assert {k: on_disk[k][0] for k in less} == dict.fromkeys(less, 1) and not any(k in on_disk for k in more)

    qtbot.keyClick(rv, Qt.Key.Key_Z, UNDO)                    # one step takes the group's score back
    assert not any(k in s.decisions for k in group)
    assert rv.message_label.text() == "Undone: score 1 for 8 answers in a group."
    assert not any(k in decisions_on_disk(window.store) for k in group)
    qtbot.keyClick(rv, Qt.Key.Key_Z, REDO)
    assert all(s.decisions[k].score == 1 for k in less) and not any(k in s.decisions for k in more)

    qtbot.keyClick(rv, Qt.Key.Key_0)                          # the two left: their own score, with one key
    assert {k: s.decisions[k].score for k in more} == dict.fromkeys(more, 0)
    assert rv.current_unit() != group                         # the group done: on to the next
    assert rv.message_label.text() == ""                      # the next card's line is not about the group
    assert window.statusBar().currentMessage() == "Score 0 given to 2 answers in the group; undo with Ctrl+Z or Edit ▸ Undo."
    on_disk = decisions_on_disk(window.store)
    assert {k: on_disk[k][0] for k in group} == {k: 0 if k in more else 1 for k in group}


def test_a_group_without_a_member_that_differs_takes_the_score_whole(qtbot, reviewing):
    window, s, rv = reviewing
    cold = _keys(s, COLD)
    group = _on_group_of(rv, cold[0])
    assert sorted(group) == sorted(cold) and rv.group_panel.words == {} and rv.group_panel.odd == []
    assert rv.score_buttons.label.text() == "Give all 4:"
    qtbot.keyClick(rv, Qt.Key.Key_0)
    assert all(s.decisions[k].score == 0 for k in cold)
    assert rv.current_unit() != group
    assert rv.message_label.text() == ""
    assert window.statusBar().currentMessage() == "Score 0 given to 4 answers in the group; undo with Ctrl+Z or Edit ▸ Undo."
    assert all(v == (0, "") for k, v in decisions_on_disk(window.store).items() if k in cold)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_sentence_in_german_and_spanish(qtbot, reviewing, lang):
    window, s, rv = reviewing
    assert i18n.install(lang)
    less = _keys(s, LESS)
    _on_group_of(rv, less[0])
    assert rv.score_buttons.label.text() == {"de": "Die 8 übereinstimmenden Antworten bewerten:",
                                             "es": "Puntuar las 8 que coinciden:"}[lang]
    assert rv.group_panel.heading.text().endswith({
        "de": ": eine Ziffer oder eine Punktzahl-Schaltfläche bewertet alle außer den abweichenden, die offen bleiben; "
              "nehmen Sie jede heraus, die eine andere Punktzahl verdient.",
        "es": ": un dígito o un botón de puntuación las puntúa todas, salvo las que difieren, que quedan abiertas; saca "
              "la que merezca otra puntuación."}[lang])
    qtbot.keyClick(rv, Qt.Key.Key_1)
    said = rv.message_label.text()
    assert said.startswith({"de": "Punktzahl 1 an 8 Antworten der Gruppe vergeben. 2 Antworten",
                            "es": "Puntuación 1 dada a 8 respuestas del grupo. 2 respuestas"}[lang]), said


def _by_model_score(tmp_path):
    """A class of 12 scored by a tiny shipped model, its asap-sas-1 answers by the score the model gives them (those it
    gives one), and a score given to three or more: (session, {score: keys}, that score)."""
    session = scored_session(tiny_bundles(tmp_path / "bundles"), n_students=12)
    by_score: dict = {}
    for a in session.answers:
        if a.item == "asap-sas-1" and (p := session.predictions.get(a.key)) is not None and p.valid:
            by_score.setdefault(p.score, []).append(a.key)
    return session, by_score, next(v for v, keys in by_score.items() if len(keys) >= 3)


def test_members_the_model_scores_otherwise_are_left_open_as_the_card_marks_them(qtbot, tmp_path):
    """A question with a shipped model: the members marked ≠ (the model scores them otherwise than the group) are left
    open too; those left are exactly what the card flags."""
    session, by_score, common = _by_model_score(tmp_path)
    odd = next(keys[0] for v, keys in by_score.items() if v != common)
    keys = [*by_score[common][:3], odd]
    view = review_view(qtbot, session, groups=dict.fromkeys(keys, 0), typical=(keys[0],))
    assert view.go_to(keys[0]) is None and sorted(view.current_unit()) == sorted(keys)
    flagged = set(view.group_panel.words) | set(view.group_panel.odd)
    assert odd in flagged and len(flagged) < len(keys)
    qtbot.keyClick(view, getattr(Qt.Key, f"Key_{common}"))
    assert {k for k in keys if k not in session.decisions} == flagged
    assert all(session.decisions[k].score == common for k in keys if k not in flagged)
    # the same members the panel of the review screen flags, shown anew
    panel = group_panel(qtbot)
    panel.set_group(session, keys, keys[0], None)
    assert set(panel.words) | set(panel.odd) == flagged


def test_enter_on_the_members_left_open_gives_each_its_own_model_score_one_at_a_time(qtbot, tmp_path):
    """Enter after the split: the members left open differ from the typical answer, so the typical answer's model score
    is not theirs. Enter gives the chosen one its own model score, and chooses the next one left (one at a time: they
    were left open to be read); after the last the review moves on. Before, Enter gave them all the typical answer's."""
    session, by_score, common = _by_model_score(tmp_path)
    odd = [k for v, keys in by_score.items() if v != common for k in keys][:2]
    assert len(odd) == 2
    keys = [*by_score[common][:3], *odd]
    view = review_view(qtbot, session, groups=dict.fromkeys(keys, 0), typical=(keys[0],))
    view.go_to(keys[0])
    qtbot.keyClick(view, getattr(Qt.Key, f"Key_{common}"))
    left = [k for k in view.current_unit() if k not in session.decisions]   # in the group's order
    assert set(odd) <= set(left) and view.current_key() == left[0]
    own = {k: session.model_row(k).score for k in left}
    assert all(own[k] != common for k in odd)

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert session.decisions[left[0]].score == own[left[0]]        # its own model score, not the group's
    assert not any(k in session.decisions for k in left[1:])       # the others still open, the next chosen
    assert sorted(view.current_unit()) == sorted(keys) and view.current_key() == left[1]
    assert view.message_label.text().startswith(f"The model's score {own[left[0]]} given to ")
    assert f"{len(left) - 1} answer" in view.message_label.text()
    for _ in left[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert {k: session.decisions[k].score for k in left} == own
    assert "still open" not in view.message_label.text()            # none left: moved on as after any score
    view._test_stack.undo()                                          # one step per Enter
    assert left[-1] not in session.decisions and session.decisions[left[0]].score == own[left[0]]


def test_the_card_the_key_legend_and_the_keyboard_help_say_what_one_key_does_here(qtbot, reviewing):
    """Since the split they said "Read them before one key scores all", "0–9 score (a group: all of it)" and "(a group:
    every answer in it)", and the card's heading "one score for all of them (a digit or a score button)", while one key
    leaves the members the card names open. Each now says what the key does, and after the key exactly the members the
    card names are open."""
    from grader_app.ui.about import about_html

    window, s, rv = reviewing
    less = _keys(s, LESS)
    group = _on_group_of(rv, less[0])
    assert rv.group_panel.heading.text().endswith(": a digit or a score button scores them all, except any that "
                                                  "differ, which stay open; pull out any that deserves another score.")
    words = rv.group_panel.words_label.text()
    assert words.startswith("2 of them differ from the typical answer in words"), words
    assert words.endswith(". One key scores the others and leaves those answers open, to read and score next."), words
    assert rv.keymap_label.text().startswith("0–9 score (in a group, answers that differ stay open) · Enter ")
    assert ("give a score while reviewing (in a group: to every answer except those that differ from the typical "
            "answer, which stay open to read)") in about_html(None, None)
    named = [k for k in group if k in rv.group_panel.words]
    qtbot.keyClick(rv, Qt.Key.Key_1)
    assert [k for k in group if k not in s.decisions] == named


def test_choose_member_brings_its_group_on_screen_with_the_member_chosen_and_in_sight(qtbot):
    """The one step that stays on a member of a group (after a split's first score, after Enter on a member left open,
    and ↑/↓): from another answer on screen too, the member's group comes, the keys act on the member, its entry in
    the list is marked and whole in sight."""
    from test_group_differing_in_view import BLACK, COPIES, TYPICAL
    from test_review_decision_in_view import _whole_on_screen
    from ui_helpers import one_question_session

    texts = [TYPICAL, *COPIES, *COPIES, BLACK, "It is a colour."]
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t) for i, t in enumerate(texts)])
    far = len(texts) - 2
    view = review_view(qtbot, session, width=1024, height=600, groups=dict.fromkeys(range(far + 1), 0),
                       typical=(0,))
    view.go_to(far + 1)                                       # the answer on its own, after the group
    assert view.current_unit() == [far + 1]
    view.choose_member(far)
    assert view.current_unit() == list(range(far + 1)) and view.current_key() == far
    member = view.group_panel.member(far)
    assert member.head.text().startswith("▶ ")
    qtbot.waitUntil(lambda: _whole_on_screen(member), timeout=3000)


def test_a_group_of_identical_answers_card_speaks_of_no_member_that_differs(qtbot):
    """Walkthrough at 1366×768 (two students who handed in the same text): the card of a group of identical answers
    said "2 identical answers: a digit or a score button scores them all, except any that differ, which stay open",
    of answers that cannot differ. With no member to leave open the heading says only that one key scores them all;
    a group with members that differ keeps the clause (the test above), and its digit still scores every member."""
    from ui_helpers import one_question_session

    texts = ["Ice is less dense than water.", "Ice is less dense than water.", "It is cold."]
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t) for i, t in enumerate(texts)])
    view = review_view(qtbot, session, width=1366, height=728, groups={0: 0, 1: 0}, typical=(0,))
    view.go_to(0)
    assert view.current_unit() == [0, 1]
    heading = view.group_panel.heading.text()
    assert heading.startswith("2 identical answers: ") and "differ" not in heading, heading
    assert heading.endswith(": a digit or a score button scores them all; pull out any that deserves another score.")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert {k: session.decisions[k].score for k in (0, 1)} == {0: 1, 1: 1}


def test_the_identical_group_heading_is_spanish_in_spanish(qtbot):
    """The shorter heading has its Spanish (and German) translation: no English left in a Spanish review."""
    from ui_helpers import one_question_session

    texts = ["El hielo flota.", "El hielo flota.", "Hace frío."]
    session = one_question_session([(f"S{i:02d}", f"Alumno {i:02d}", t) for i, t in enumerate(texts)])
    assert i18n.install("es")
    try:
        view = review_view(qtbot, session, width=1366, height=728, groups={0: 0, 1: 0}, typical=(0,))
        view.go_to(0)
        heading = view.group_panel.heading.text()
        assert heading.startswith("2 respuestas idénticas: ") and "difieren" not in heading, heading
        assert "scores" not in heading and "pull out" not in heading, heading
    finally:
        i18n.install("en")
