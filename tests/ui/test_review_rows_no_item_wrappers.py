"""The review screen's row of buttons for moving through the list, and its card's answer heading with its flags, are
added to their layouts before they are filled, so that PySide gives none of their items a Python wrapper.

A row filled and then added to another layout has a Python wrapper made for each of its items (the buttons' and the
heading's QWidgetItems, the stretch between Back/Previous and Next suggested/Next), held by a layout's wrapper for as
long as the view lives. When the garbage collector frees a widget tree let go of, it may hand such a wrapper the item the
layout still holds, and the item is deleted twice (test_review_view_collected_safely.py). Added first, then filled, the
rows have no such wrappers, and their widgets stand where they stood: Back and Previous at the row's left, Next
suggested and Next at its right, the heading at the left of its line with the flags beside it."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout

from ui_helpers import item_wrappers, one_question_session, review_view



def _row_of(view, widget) -> QHBoxLayout:
    return next(lay for lay in view.findChildren(QHBoxLayout) if lay.indexOf(widget) >= 0)


def test_the_moving_row_and_the_answer_heading_read_no_item_back_and_stand_as_before(qtbot):
    session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(["the membrane", "water in"])])
    view = review_view(qtbot, session, width=1400)
    qtbot.wait(20)
    card = view.card
    layouts = {id(lay): lay for w in (view, card) for lay in (w.layout(), *w.findChildren(QLayout))}.values()
    for name, row in (("moving", _row_of(view, view.next_button)), ("heading", _row_of(card, card.answer_heading))):
        held = [w for lay in layouts for w in item_wrappers(lay) if row.indexOf(w) >= 0]
        assert held == [], f"{len(held)} of the {name} row's items have a Python wrapper"

    view.suggest_button.show()   # as with a question the model learns from (review_showing): all four in the row
    qtbot.wait(20)
    margins, spacing = view.layout().contentsMargins(), _row_of(view, view.next_button).spacing()
    back, prev, suggest, nxt = (b.geometry() for b in (view.back_button, view.prev_button, view.suggest_button,
                                                        view.next_button))
    assert back.left() == margins.left() and prev.left() == back.right() + 1 + spacing
    assert nxt.right() == view.width() - margins.right() - 1 and suggest.right() + 1 + spacing == nxt.left()
    assert prev.right() < suggest.left() - spacing   # the stretch between them
    assert len({r.top() for r in (back, prev, suggest, nxt)}) == 1
    assert card.answer_heading.geometry().left() == 0 and card.answer_heading.geometry().top() == 0
    assert card.flags_box.geometry().left() > card.answer_heading.geometry().right()
