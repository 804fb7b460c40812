"""A group on the review card at 1024×600 and a 16 pt font, in English, German and Spanish: each member's line says its
flags whole, the reason it came to the teacher. The line keeps two lines on a page that short (:mod:`.member_head`),
and the flags came last in it, after the scores and "the typical answer": in German a copy's line was drawn
"… · noch nicht bewertet · die typische Antwort · ⚑ identisch mit einer…". Now the flags come right after the scores,
before the words that say how a member differs (a list the member's own text shows highlighted). The real main window,
sheet and review screen (the sheet of tests/ui/test_group_list_room.py, its copies flagged identical)."""
from __future__ import annotations

import pytest

from grader_app.ui.style import flags_text
from settle import settle
from test_group_list_at_16_pt import reviewing  # noqa: F401 (the fixture)
from test_fits_netbook_at_16_pt import cut


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_at_16_pt_on_1024_by_600_each_members_flags_are_drawn_whole(qtbot, reviewing, lang):  # noqa: F811
    window, view = reviewing(lang)
    session, panel = window.session, view.group_panel
    flagged = [m for m in panel.members if session.flags.get(m.key)]
    assert flagged   # the copies

    def hidden() -> list[str]:
        return [f"{m.head.text()!r} drawn as {m.head.shown()!r}" for m in flagged
                if "\u2691 " + flags_text(session.flags[m.key]) not in m.head.shown()]

    settle(qtbot, lambda: not hidden() and not cut(window))   # the card is placed a turn of the event loop after it is laid out
    assert any(m.head.folded for m in panel.members)   # the page is as short as it was: the lines are cut
    assert hidden() == [], "\n".join(hidden())
    assert cut(window) == []
