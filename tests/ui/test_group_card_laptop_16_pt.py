"""On a 1366×768 laptop at 16 pt a group card of three-sentence answers was scrolled past its heading: with the review
screen alone (a long typical answer, lines on the model's scores and on differing words) the member list was the least
it can be, six lines, one member, and the card's first line in sight was cut in half under the question's line; in the
main window (a short page) the list filled the card's area and the group's heading and the list's were 340 px above
it, reached only with the card's scroll bar. What the panel says above the list took the room. Now that summary
gives way, then the heading folds to one line (:meth:`~grader_app.ui.group_in_view.GroupInView.brief_for`), while the
list cannot show its first three members whole under it: the heading is in sight at the card's top with at least three
members whole, and ↓ still brings the member chosen into sight. The real main window, sheet and review screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from review_windows import class_sheet, review_grouped, window_in
from settle import settle
from test_review_decision_in_view import PROMPT, _settle, _whole_on_screen
from ui_helpers import make_bundle

# ten answers of three sentences that look alike (our own wording), between answers that do not
SAID = ("White, because a white lid reflects most of the light from the lamp. The air in the jar under it warmed up "
        "the least of all four colours in the experiment. So a white roof would keep the doghouse cooler")
ALIKE = [f"{SAID}.", SAID.lower() + ".", f"{SAID}!", f"{SAID} I think.", f"{SAID}..", SAID.replace(",", "") + ".",
         f"{SAID}, yes.", f"  {SAID}.", SAID.replace("because", "becuase") + ".", SAID.replace("the lamp", "teh lamp")]
OTHERS = ["Black, it gets hottest.", "The dark grey one.", "I do not know."]
TEXTS = [OTHERS[0], *ALIKE, *OTHERS[1:]]
LAPTOP = (1366, 768)


@pytest.fixture
def view(qtbot, task_manager, tmp_path, font_16):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    with window_in(qtbot, task_manager, "en", *LAPTOP) as window:
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS), 1)
        assert (window.width(), window.height()) == LAPTOP
        assert len(view.current_unit()) == len(ALIKE) and view.card.showing_group()
        _settle(qtbot, view)
        yield view


def members_whole(view) -> int:
    return sum(1 for m in view.group_panel.members if _whole_on_screen(m))


def heading_top(view) -> int:
    """Where the group's heading begins in the card's scroll area (< 0: scrolled past, cut or out of sight)."""
    heading = view.group_panel.heading
    return heading.mapTo(view.scroll.viewport(), QPoint(0, 0)).y() if heading.isVisible() else -1


def test_a_group_of_long_answers_at_16_pt_on_a_laptop_shows_its_heading_and_three_members(qtbot, view):
    settle(qtbot, lambda: members_whole(view) >= 3 and heading_top(view) >= 0)
    assert members_whole(view) >= 3, members_whole(view)
    # the heading in sight (it was 340 px above the card's area, scrolled past with the list's heading)
    assert heading_top(view) >= 0 and _whole_on_screen(view.group_panel.heading), heading_top(view)
    # the list has the room: more than its least six lines
    area = view.group_panel.list_area
    assert area.height() > 6 * area.fontMetrics().lineSpacing() + 2 * area.frameWidth()
    for _ in range(3):   # ↓ as before: the member chosen comes whole into sight
        qtbot.keyClick(view, Qt.Key.Key_Down)
        member = view.group_panel.member(view.current_key())
        settle(qtbot, lambda m=member: m is not None and _whole_on_screen(m))
        assert member is not None and _whole_on_screen(member), view.current_key()
