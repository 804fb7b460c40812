"""The review card's scroll area asks for the card's height again whenever the card's layout changes. A group card
of a question without a model (its probability heading hidden, its line on the members' differing words shown) kept
the height of the card's earlier content: the members scrolled in a short area above an empty band of about 150
pixels at 1024x600, where three more of them would have fitted (seen in a screenshot). The real review screen."""
from __future__ import annotations

from test_group_member_words import GROUP, OTHERS

from grader_app import workflow
from ui_helpers import one_question_session, review_view


def test_a_group_card_takes_the_room_left_under_it(qtbot):
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t)
                                    for i, t in enumerate([OTHERS[0], *GROUP, *OTHERS[1:]])])
    found, _ = workflow.group_questions({"q1": (session.keys_for("q1"), [a.text for a in session.answers])})
    view = review_view(qtbot, session, width=1024, height=600, groups=found["groups"], typical=found["typical"])
    assert view.queue.go_to(1)
    view.refresh()
    assert view.card.showing_group()
    spare = view.in_view.spare
    qtbot.waitUntil(lambda: view.scroll.height() >= view.scroll.sizeHint().height() or spare.geometry().height() <= 2,
                    timeout=3000)
    assert view.scroll.height() < view.scroll.sizeHint().height()    # at 1024x600 the card is longer than its room
    assert spare.geometry().height() <= 2                              # and it takes all the room there is
