"""The member list of a group on the real review screen is as tall as its members: a group of two
leaves no empty band under them (the list was sized from the members' size hints, which guess a
narrow width, and came out about twice too tall), also after the window gets narrower and the texts
wrap; a big group still stops at the cap and scrolls."""
from __future__ import annotations

import pandas as pd
import pytest

from grader_app import workflow
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.ui.group_panel import VISIBLE_LINES
from grader_app.ui.review_view import ReviewView
from ui_helpers import group_panel, one_question_session, review_view

ALIKE = ("The cell membrane controls what goes in and out of the cell: it lets food, water and oxygen in "
         "and keeps harmful things out, and it lets the waste of the cell leave")
OTHERS = ["Plants need light to grow tall.", "Mitochondria release energy from food.",
          "I do not remember this one at all."]


def open_group(qtbot, members: int) -> ReviewView:
    """A review screen on a sheet whose answers 2..members+1 look alike, at that group."""
    texts = [OTHERS[0]] + [f"{ALIKE} ({i})." if i else f"{ALIKE}." for i in range(members)] + OTHERS[1:]
    frame = pd.DataFrame([(f"S{i + 1:02d}", f"Pupil {i + 1}", "q1", t) for i, t in enumerate(texts)],
                         columns=["ID", "Name", "Question", "Answer"], dtype=object)
    session = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", name_column="Name",
                                                               item_column="Question", answer_column="Answer"))
    found, _ = workflow.group_questions({"q1": (session.keys_for("q1"), [a.text for a in session.answers])})
    view = review_view(qtbot, session, width=1000, height=800, groups=found["groups"], typical=found["typical"])
    view.go_to(1)
    assert len(view.current_unit()) == members, "the sheet was meant to give one group of that size"
    return view


def band_below(panel) -> int:
    """Pixels of the list's visible area below its last member (the empty band)."""
    last = panel.members[-1]
    return panel.list_area.viewport().height() - (last.geometry().bottom() + 1)


@pytest.mark.parametrize("width", [1000, 520])
def test_a_small_groups_list_is_as_tall_as_its_members(qtbot, width):
    view = open_group(qtbot, 2)
    view.resize(width, 800)
    panel = view.group_panel
    area = panel.list_area
    card = view.card

    def gap_to_bars() -> int:
        """Pixels between the bottom of the list and the end of the card (no comment: the group is the card's last
        line; the model's bars are below the card's scroll area)."""
        assert not card.comment_label.isVisible()
        end = card.height() - card.layout().contentsMargins().bottom()
        return end - (area.mapTo(card, area.rect().bottomLeft()).y() + 1)

    line = panel.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: abs(band_below(panel)) <= 2 and 0 <= gap_to_bars() <= 2 * line, timeout=3000)
    members = panel.members
    assert len(members) == 2 and all(m.isVisible() for m in members)
    content = members[-1].geometry().bottom() + 1 - members[0].geometry().top()
    assert abs(area.viewport().height() - content) <= 2          # no empty band, nothing cut off
    assert area.verticalScrollBar().maximum() == 0                # nothing to scroll
    for m in members:                                             # each member laid out at its full height
        assert m.height() >= m.heightForWidth(m.width()) - 1
    if width < 600:                                               # narrow: the texts wrap, the list grew with them
        assert max(m.text.height() for m in members) > 1.5 * line


def test_a_big_group_still_stops_at_the_cap_and_scrolls(qtbot):
    view = open_group(qtbot, 30)
    panel = view.group_panel
    area = panel.list_area
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert area.height() == panel.fontMetrics().lineSpacing() * VISIBLE_LINES
    assert panel.members[-1].geometry().bottom() > area.viewport().height()
    bar.setValue(bar.maximum())                                   # scrolling reaches the last member built
    assert panel.members[-1].geometry().bottom() + 1 - bar.value() <= area.viewport().height() + 2


def test_a_small_group_after_a_big_one_fits_without_a_scroll_bar(qtbot):
    """The widgets are reused: the big group's scroll bar must not stay, narrow the members and keep
    the list scrolling (or leave a band) for the small group that follows."""
    rows = [(f"S{i:03d}", f"Pupil {i:03d}", f"{ALIKE} ({i})") for i in range(40)]
    session = one_question_session(rows)
    panel = group_panel(qtbot, 900, 900)
    qtbot.waitExposed(panel)
    keys = [a.key for a in session.answers]
    panel.set_group(session, keys, keys[0], None)
    bar = panel.list_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=3000)
    panel.set_group(session, keys[:2], keys[0], None)
    qtbot.waitUntil(lambda: abs(band_below(panel)) <= 2 and panel.members[-1].geometry().top() > 0, timeout=3000)
    assert not bar.isVisible() and bar.maximum() == 0
    assert panel.list_area.viewport().width() == panel.list_area.width() - 2 * panel.list_area.frameWidth()
