"""A long answer on the review card, whole on a 1024×600 screen at a 16 pt font (the card scrolls to show it). Its last
lines were cut off: the answer's label (the card's text in a font 1.6 times the window's) was never drawn taller than
its size hint, which Qt works out for a width of 80 average characters, 1173 px at that font, wider than the card's
970: the hint's 626 px held 15 of the answer's 18 lines, and the rest of the student's words were not shown at all.
At the usual font 80 characters are narrower than the card and the answer was whole.

The real window on a real sheet whose question no model matches (test_scale_from_marks_whole_at_16_pt's, its long
answer), in English (the cut is the font's, not the words')."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n, mapping_layout
from review_windows import review_requested
from test_fits_netbook_at_16_pt import NETBOOK
from test_group_split import _keys, _on_group_of
from test_scale_from_marks_whole_at_16_pt import LONG, _sheet


def _lines_cut(label) -> list[str]:
    need = label.heightForWidth(label.width())
    return [] if label.height() >= need else [f"{label.height()} px high at {label.width()} px, its lines need {need}"]


@pytest.mark.parametrize("size, big", [((1024, 600), True), ((1366, 768), False)])
def test_a_long_answer_is_drawn_whole(qtbot, make_window, tmp_path, monkeypatch, app_font, size, big):
    if big:
        app_font(16)
        monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install("en")
    window = make_window(size)
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    key = _keys(s, [LONG])[0]
    assert _on_group_of(rv, key) == [key]
    label = rv.card.answer_label
    assert label.text() == LONG
    try:   # the layouts settle over a few turns of the event loop
        qtbot.waitUntil(lambda: not _lines_cut(label), timeout=3000)
    except qtbot.TimeoutError:
        pass
    assert _lines_cut(label) == []
    assert window.size().toTuple() == size
    for w in (rv.card.question_label, rv.card.prompt_label, rv.card.comment_label):   # the card's other text too
        assert w.isHidden() or getattr(w, "folded", False) or _lines_cut(w) == [], w.text()
