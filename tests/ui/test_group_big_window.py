"""A group of 2,000 answers on the review screen (QA s52g: 2,002 answers copied from one, two of them differing in a
word at the end of the list). Showing it built a widget for every member up to the one the header asks to read first
and froze the window for 13–16 s. The member list now holds widgets for a window of members around the one shown:
the group opens at that member, scored with one key stays so, and every member is still reachable: with ↑/↓, with the
button above the window that shows the members before it, by scrolling down. (No timed asserts: the figures are
scripts/bench_review.py's.)"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.core.session import ItemInfo
from grader_app.ui.group_panel import CHUNK
from ui_helpers import one_question_session, review_view

TEXT = "The cell membrane lets some things in and keeps others out by selective permeability."
ODD = ["The cell membrane lets some things in and keeps others out by selective osmosis.",
       "The cell membrane lets some things in and keeps others out by selective diffusion."]


def class_with_a_group(n: int):
    rows = [(f"S{i:04d}", f"Pupil {i:04d}", TEXT) for i in range(n - len(ODD))]
    rows += [(f"S{i:04d}", f"Pupil {i:04d}", t) for i, t in enumerate(ODD, start=n - len(ODD))]
    rows.append(("S9999", "Pupil 9999", "Something else entirely about water and light."))
    session = one_question_session(rows)
    group = [a.key for a in session.answers][:n]
    return session, group


def shown_in_list(panel, key) -> bool:
    """``key``'s widget is built and lies whole in the list's viewport."""
    m = panel.member(key)
    if m is None or not m.isVisible():
        return False
    bar, height = panel.list_area.verticalScrollBar(), panel.list_area.viewport().height()
    return bar.value() <= m.y() and m.y() + m.height() <= bar.value() + height


@pytest.fixture(scope="module")
def big():
    return class_with_a_group(2000)


def test_a_group_of_2000_opens_at_the_member_to_read_with_a_window_of_widgets(qtbot, big):
    session, group = big
    view = review_view(qtbot, session, groups=dict.fromkeys(group, "g"), typical={group[0]})
    panel = view.group_panel
    assert view.current_unit() == group and view.card.showing_group()
    first = panel.to_read()
    assert first == group[-2]                                  # the first that differs in words: at the list's end
    qtbot.waitUntil(lambda: shown_in_list(panel, first))
    assert len(panel._pool) <= 2 * CHUNK                        # not a widget per member up to it
    assert panel.members_heading.text() == "All 2000 answers in the group (0 scored)"
    assert "2000 identical answers" not in panel.heading.text() and "2000 answers that look alike" in panel.heading.text()
    assert "differ from the typical answer in words" in panel.words_label.text()
    # one key scores them all; the group shown again (scored) keeps its window of widgets
    view.go_to(group[0])
    qtbot.keyClick(view, Qt.Key.Key_2)
    left = [k for k in group if k not in session.decisions]   # the members the card flags stay open (dadff78)
    assert left and first in left
    qtbot.keyClick(view, Qt.Key.Key_2)                        # the next digit gives them the score too
    assert all(session.decisions[k].score == 2 for k in group)
    view.go_to(group[0])
    qtbot.waitUntil(lambda: panel.members_heading.text() == "All 2000 answers in the group (2000 scored)")
    assert len(panel._pool) <= 2 * CHUNK and all("your score 2" in m.head.text() for m in panel.members)


def test_every_member_of_a_big_group_is_reachable_from_the_window(qtbot):
    session, group = class_with_a_group(120)
    view = review_view(qtbot, session, groups=dict.fromkeys(group, "g"), typical={group[0]})
    panel = view.group_panel
    area = panel.list_area
    qtbot.waitUntil(lambda: shown_in_list(panel, group[-2]))
    start = area.first
    assert start > 0 and area.earlier.isVisible() and f"({start} more answers above)" in area.earlier.text()
    assert [m.key for m in panel.members] == group[start:start + len(panel.members)]
    # ↑ from the window's first member: the one before it is built, chosen and in sight
    view.selected = group[start]
    view.refresh()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.current_key() == group[start - 1]
    qtbot.waitUntil(lambda: shown_in_list(panel, group[start - 1]))
    assert "▶" in panel.member(group[start - 1]).head.text()
    # the button above the window shows the members before it, until the first
    while area.earlier.isVisible():
        before = area.first
        bar = area.verticalScrollBar()   # up to the button, at the list's top (↑ left it scrolled to the member)
        bar.triggerAction(bar.SliderAction.SliderToMinimum)
        qtbot.waitUntil(lambda: not area.earlier.visibleRegion().isEmpty())
        qtbot.mouseClick(area.earlier, Qt.MouseButton.LeftButton)
        assert area.first < before
    assert area.first == 0 and [m.key for m in panel.members] == group[:len(panel.members)]
    # scrolling to the end builds the rest, in order
    bar = area.verticalScrollBar()
    for _ in range(len(group)):
        if panel.member(group[-1]) is not None:
            break
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        bar.setValue(bar.maximum())
    assert [m.key for m in panel.members] == group
    # a member chosen far from the window (↓ from the typical answer, the window at the end): a window around it
    session2, group2 = class_with_a_group(120)
    view2 = review_view(qtbot, session2, groups=dict.fromkeys(group2, "g"), typical={group2[0]})
    assert view2.current_key() == group2[-2]   # the group comes with the member to read first chosen
    qtbot.waitUntil(lambda: shown_in_list(view2.group_panel, group2[-2]))
    view2.selected = group2[0]
    view2.refresh()
    qtbot.keyClick(view2, Qt.Key.Key_Down)
    assert view2.current_key() == group2[1]
    qtbot.waitUntil(lambda: shown_in_list(view2.group_panel, group2[1]))
    assert len(view2.group_panel._pool) <= 2 * CHUNK
    # and pulled out from there
    qtbot.keyClick(view2, Qt.Key.Key_P)
    assert view2.current_unit() == [group2[1]] and group2[1] in view2.queue.pulled


def test_the_members_the_model_scores_otherwise_follow_its_new_rows(qtbot):
    """What the header says of all members is worked out once per group, and again when a model's rows change."""
    session, group = class_with_a_group(60)
    view = review_view(qtbot, session, groups=dict.fromkeys(group, "g"), typical={group[0]})
    panel = view.group_panel
    assert panel.odd == [] and panel.models_label.isHidden()
    session.set_item_info(ItemInfo(item="q1", bundle_id="q1", labels=(0, 1, 2), default_threshold=0.99))
    session.set_predictions(group, [[0.1, 0.1, 0.8]] * (len(group) - 1) + [[0.8, 0.1, 0.1]])
    view.refresh()
    assert panel.odd == [group[-1]] and panel.to_read() == group[-2]
    assert "The model's scores: 2 for 59, 0 for 1." in panel.models_label.text()
    session.decide(group[3], 1)                                  # a decision changes none of it
    view.refresh()
    assert panel.odd == [group[-1]] and panel.members_heading.text() == "All 60 answers in the group (1 scored)"
