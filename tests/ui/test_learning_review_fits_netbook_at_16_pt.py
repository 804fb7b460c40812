"""The review of a question without a shipped model (its model learns from the teacher's marks) on a 1024×600 screen at
a 16 pt font, in German and Spanish: the window keeps to the screen, and nothing on it is cut.

What was wrong before: on a group whose card flags members, the score buttons' label says how many the score goes to
("Die 8 übereinstimmenden Antworten bewerten:", about 500 px at 16 pt) on one line, beside the buttons, what the question
is out of and Change… (shown only where the question has no shipped model): the row needed about 1090 px, and the main
window grew to 1109–1113 px, the Next button and the bars past the screen's right edge. The real window on a real sheet
whose question no model matches, a few marks made, the review on that group (the same sheet as test_group_split)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n, mapping_layout
from review_windows import review_requested
from settle import settle
from test_fits_netbook_at_16_pt import NETBOOK, cut, off_screen
from test_group_split import COLD, LESS, MORE, _keys, _on_group_of, _sheet


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_learning_review_of_a_group_fits_a_1024_by_600_screen_at_16_pt(qtbot, make_window, tmp_path, monkeypatch,
                                                                           font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)   # before the window is made: every text in the language
    window = make_window((1024, 600))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    assert not s.items["Ice floats"].bundle_id                                            # no model: it learns

    _on_group_of(rv, _keys(s, COLD)[0])   # a few marks: the "cold" group scored whole
    qtbot.keyClick(rv, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: all(k in s.decisions for k in _keys(s, COLD)), timeout=3000)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)

    def problems() -> list[str]:
        return off_screen(window) + cut(window)

    less = _keys(s, LESS)
    _on_group_of(rv, less[0])   # its score leaves the two "more dense" open: the label says how many it goes to
    assert rv.score_buttons.change_button.isVisible() and rv.score_buttons.label.text().endswith(":")
    settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
    window.grab().save(str(tmp_path / f"group-{language}.png"))
    assert problems() == []

    qtbot.keyClick(rv, Qt.Key.Key_1)   # those left open next: "Give all 2:"
    qtbot.waitUntil(lambda: all(k in s.decisions for k in less), timeout=3000)
    assert not any(k in s.decisions for k in _keys(s, MORE))
    settle(qtbot, lambda: not problems())
    assert problems() == []
