"""A group card's member list works out its height without reading its layout's items back into Python.

Read back with ``itemAt`` (for the members' heights, at every width Qt asked), each item of the list's layout (the
button above the members, each member's QWidgetItem, the room for the rest of the window, the stretch) got a Python
wrapper held by the layout's wrapper for as long as the card lived. When the garbage collector frees a widget tree let
go of, it may clear such a wrapper before the layout's, hand it the item the layout still holds, and the item is
deleted twice (the segmentation fault of test_review_view_collected_safely.py); a group card let go of is collectable
now (test_group_panel_let_go.py). The members' heights are asked of the member widgets, and the list is as tall as
before: the same height at each width as its layout's items give, for a group that fits and one that scrolls. Each
member's line (its student and Pull out button) is added to the member's layout before it is filled: PySide gave each
item of a filled row added to another layout a wrapper the same way (two for each member)."""
from __future__ import annotations



from ui_helpers import group_panel, item_wrappers, one_question_session



def _height_from_items(area, width: int) -> int:
    """The list's height at ``width`` as its layout's items give it (the way it was worked out before)."""
    frame, lay = 2 * area.frameWidth(), area.inner.layout()
    cap, least = area.cap(), 2 * area.frameWidth()
    for i in range(lay.count()):
        item = lay.itemAt(i)
        if item is None or item.isEmpty():
            continue
        least += max(0, item.heightForWidth(max(1, width - frame)) if item.hasHeightForWidth()
                     else item.sizeHint().height())
        if least > cap:
            return cap
    content = area.inner.heightForWidth(max(1, width - frame))
    return min(cap, frame + (content if content >= 0 else area.inner.sizeHint().height()))


def test_the_member_list_reads_no_item_back_and_is_as_tall_as_its_items_say(qtbot):
    words = "the membrane lets water in and keeps the salt out of the cell"
    session = one_question_session([(f"S{i:02d}", f"Pupil {i}", f"{words}, {i}") for i in range(30)])
    keys = [a.key for a in session.answers]
    panel = group_panel(qtbot)
    qtbot.waitExposed(panel)
    heights = {}
    for group in (keys[:2], keys):   # a group whose members fit, one whose list scrolls
        panel.set_group(session, group, group[0], None)
        qtbot.wait(20)   # laid out, its height asked at its widths
        area = panel.list_area
        assert item_wrappers(area.inner.layout()) == []
        assert [m for m in area.members if item_wrappers(m.layout())] == []   # nor each member's (its line's items)
        heights[len(group)] = [area.heightForWidth(w) for w in (260, 480, 900)]
    assert heights[2][-1] < area.cap() and heights[30][-1] == area.cap()   # the small group fits, the big one scrolls
    panel.set_group(session, keys[:2], keys[0], None)
    qtbot.wait(20)
    assert [_height_from_items(area, w) for w in (260, 480, 900)] == heights[2]
    panel.set_group(session, keys, keys[0], None)
    qtbot.wait(20)
    assert [_height_from_items(area, w) for w in (260, 480, 900)] == heights[30]
