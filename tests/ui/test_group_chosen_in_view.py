"""A group's chosen member (▶ on the review screen's top line, the one ↑/↓, P and C act on) is the card in sight in
the group's member list, as the group comes and after each ↑/↓, and when a member was chosen by a double-click in the
table, at 16 pt on a 1024×600 screen and at the usual font, in English and German.

QA screenshot at 16 pt on 1024×600: the top line said "▶ Noah Schmidt" (the typical answer: nothing chosen yet) while
the list, a few lines high, showed Sofia, Mateo and Hannah: as the group came it was scrolled to the first member its
header asks the teacher to read, and the ▶ member was out of sight. A member chosen in the table was out of sight the
same way. As a group comes, the member its header asks to read first is now the one chosen: what is in sight, what the
top line names and what the keys act on are one member."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from test_group_differing_in_view import BLACK, COPIES, TYPICAL, group_screen
from test_review_decision_in_view import _settle

# the typical answer first and the one to read first far below it: a list a few lines high cannot show both
TEXTS = [TYPICAL, *COPIES, *COPIES, BLACK, *COPIES[:2]]
FIRST_TO_READ = TEXTS.index(BLACK)


@pytest.fixture(params=["usual", "16 pt"])
def font(request, app_font):
    if request.param == "16 pt":
        app_font(16)
    return request.param


def _open(qtbot, lang: str, start: int | None = None):
    """The real review screen at 1024×600 on one group of TEXTS (the first the typical answer), at member ``start``
    as a double-click in the table opens it (None: as the review comes to the group)."""
    view = group_screen(qtbot, TEXTS, lang)
    if start is not None:
        view.set_queue([a.key for a in view.session.answers], start, groups={k: 0 for k in range(len(TEXTS))},
                       typical=(0,))
        assert view.card.showing_group()
    return view


def _placed(qtbot, view) -> None:
    """Until the card is laid out and placed on the group: its placing waits a turn of the event loop, and the list's
    height follows it (the list may show the group's first members a moment before it is placed), so until nothing
    of it moves over a few turns with no placing waiting."""
    _settle(qtbot, view)
    area = view.group_panel.list_area
    seen: list = []

    def still() -> bool:
        seen.append((_in_rect(view, view.scroll.viewport()), _in_rect(view, area.viewport()),
                     view.scroll.verticalScrollBar().value(), area.verticalScrollBar().value()))
        return not view.in_view._later.isActive() and len(seen) > 3 and len(set(seen[-4:])) == 1

    qtbot.waitUntil(still, timeout=5000)


def _in_rect(view, widget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def _assert_chosen_in_sight(view) -> None:
    key = view.current_key()
    panel = view.group_panel
    marked = [m.key for m in panel.members if "▶" in m.head.text()]
    assert marked == [key]   # the list marks the member the keys act on, and only it
    assert view.student_label.text().endswith("▶ " + view.who(key))   # the top line names it
    card = panel.member(key)
    assert card is not None and card.isVisible()
    rect = _in_rect(view, card)
    outer, inner = _in_rect(view, view.scroll.viewport()), _in_rect(view, panel.list_area.viewport())
    assert outer.contains(rect) and inner.contains(rect), (view.who(key), rect, inner, outer)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_chosen_member_is_in_sight_as_the_group_comes_and_after_each_key(qtbot, font, lang):
    view = _open(qtbot, lang)
    _placed(qtbot, view)
    area = view.group_panel.list_area   # not all of it in sight: the list scrolls, or starts at the one to read
    assert area.verticalScrollBar().maximum() > 0 or (area.earlier.isVisible() and area.first == FIRST_TO_READ)
    # the member the header asks to read first is the one chosen, and in sight
    assert view.group_panel.to_read() == FIRST_TO_READ == view.current_key()
    _assert_chosen_in_sight(view)
    for key, steps in ((Qt.Key.Key_Up, FIRST_TO_READ), (Qt.Key.Key_Down, len(TEXTS) - 1)):
        for _ in range(steps):
            before = view.current_key()
            qtbot.keyClick(view, key)
            assert view.current_key() == before + (1 if key == Qt.Key.Key_Down else -1)
            _placed(qtbot, view)
            _assert_chosen_in_sight(view)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("start", [0, 3])
def test_a_member_chosen_in_the_table_is_the_one_in_sight(qtbot, font, lang, start):
    view = _open(qtbot, lang, start)
    _placed(qtbot, view)
    assert view.current_key() == start
    _assert_chosen_in_sight(view)
