"""On a 1024×600 screen a group of answers that look alike came on the review screen with its member list and the
"Pull out (P)" buttons below the fold of the card's scroll area (under the question and its rubric): the teacher
could not see which answers the score would go to, nor the button, without scrolling. Now the question gives way:
the group's heading, typical answer and member list are in sight, the chosen member with its button too as ↑/↓
move, and the buttons under the card stay where they are for an answer and a group. Home brings the question back,
and Q its whole text, in its box. The real main window, sheet and review screen, in English and German."""
from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtCore import QPoint, Qt

from review_windows import class_sheet, review_grouped, window_in
from test_group_review import LIKE, OTHERS
from test_review_decision_in_view import PROMPT, _settle, _shown_rect, _whole_on_screen
from ui_helpers import make_bundle

# six answers that look alike (keys 1–6), between answers that do not
ALIKE = [*LIKE, "The cell membrane controls what goes in and out of a cell.",
         "the cell membrane controls what goes in and out of the cell."]
TEXTS = [OTHERS[0], *ALIKE, OTHERS[1], OTHERS[2]]
GROUP = list(range(1, 7))


@pytest.fixture
def reviewing(qtbot, task_manager, tmp_path):
    """The real main window in ``lang`` at 1024×600 on the review screen of :data:`TEXTS`, grouped, at the first
    answer (the question has the long prompt of the shipped science models and a rubric of four lines)."""
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    windows = ExitStack()   # each window made, closed as the test ends (English again)

    def open_review(lang: str):
        window = windows.enter_context(window_in(qtbot, task_manager, lang, 1024, 600))
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS))
        assert (window.width(), window.height()) == (1024, 600)
        return window, view

    with windows:
        yield open_review


def _chosen_in_sight(view) -> bool:
    """The member the keys act on, with its Pull out button, whole on screen."""
    member = next((m for m in view.group_panel.members if m.key == view.current_key()), None)
    return member is not None and _whole_on_screen(member) and _whole_on_screen(member.pull_button)


def _members_in_sight(view) -> int:
    return sum(1 for m in view.group_panel.members if _whole_on_screen(m) and _whole_on_screen(m.pull_button))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_group_shows_its_members_and_pull_out_buttons_at_1024_by_600(qtbot, reviewing, lang):
    window, view = reviewing(lang)
    _settle(qtbot, view)
    buttons = (view.accept_button, view.next_button, view.prev_button, view.score_buttons)
    single = [b.mapTo(window, QPoint(0, 0)) for b in buttons]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_unit() == GROUP and view.card.showing_group()
    panel = view.group_panel
    qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
    _settle(qtbot, view)
    # what the score is for and which answers it goes to, in sight together
    for label in (panel.heading, panel.typical_label, panel.members_heading):
        assert _whole_on_screen(label), label.text()
    assert _chosen_in_sight(view) and _members_in_sight(view) >= 2
    assert _whole_on_screen(view.decision_label)
    # the buttons under the card are where they were for the answer before (a second click lands on the same one)
    assert [b.mapTo(window, QPoint(0, 0)) for b in buttons] == single and all(_whole_on_screen(b) for b in buttons)
    # the question's text and rubric gave way: scrolled off the card, Home brings them back; the question's line
    # stays in sight above the card (QA: it was cut off at the top)
    bar = view.scroll.verticalScrollBar()
    assert bar.value() > 0 and _shown_rect(view.rubric_label).height() < view.rubric_label.height()
    assert _whole_on_screen(view.question_label) and "asap-sas-1" in view.question_label.text()
    # ↓ through the whole group: each member chosen is in sight with its button, and the question's line
    for _ in range(len(GROUP) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
        assert _whole_on_screen(view.question_label)
    assert view.current_key() == GROUP[-1]
    bar.setValue(bar.maximum())                          # the card scrolled to its end: the line is still there
    qtbot.wait(50)
    assert _whole_on_screen(view.question_label)
    assert not view.question_label.geometry().intersects(view.scroll.viewport().geometry())   # over no card text
    qtbot.keyClick(view, Qt.Key.Key_Home)                 # the teacher scrolls: the card stays where they put it
    assert bar.value() == 0
    qtbot.wait(100)
    assert bar.value() == 0 and _whole_on_screen(view.question_label)


def test_q_shows_the_whole_question_and_q_again_the_group(qtbot, reviewing):
    _window, view = reviewing("en")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Q)                    # the reading before the question, from its start, in its box
    assert view.card.whole_question and PROMPT[:40] in view.prompt_label.text()
    box = view.card.prompt_area   # (the group under it: test_group_whole_question_in_view)
    qtbot.waitUntil(lambda: _whole_on_screen(box) and box.verticalScrollBar().value() == 0, timeout=5000)
    assert _shown_rect(view.prompt_label).top() == view.prompt_label.mapTo(view.window(), QPoint(0, 0)).y()
    qtbot.keyClick(view, Qt.Key.Key_Q)                    # only the question again: back to the group
    qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
    assert _whole_on_screen(view.group_panel.members_heading)
