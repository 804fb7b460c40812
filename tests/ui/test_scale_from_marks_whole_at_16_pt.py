"""The words beside the score buttons once a mark went above the scale Grader guessed, whole on a 1024×600 screen at a
16 pt font in German, Spanish and English. In German they were 1041 px ("max. 5 Punkte · von Grader geschätzt nach Ihrer
bisher höchsten Bewertung; Ändern… legt es fest"): under the buttons, on the page's width (1002 px), they took two
lines, and beside a long answer, where the page is short and the notes fold to one line (:mod:`.review_room`), they
were cut to "… Ändern… legt…", losing that Change… sets the scale. Now they say it in 969 px, on one line.

The real window on a real sheet whose question no model matches (test_group_split's answers and a long one): a 5 typed
on one answer widens the guessed 0-3 to 0-5, then the long answer, a short one and a group are shown."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n, mapping_layout
from review_windows import review_requested
from test_fits_netbook_at_16_pt import NETBOOK, cut, off_screen
from test_group_split import COLD, LESS, MORE, OTHERS, _keys, _on_group_of
from test_scale_words_whole_at_16_pt import SETS_IT

LONG = ("Ice floats because when water freezes its molecules line up in a hexagonal lattice held by hydrogen bonds, "
        "and that lattice keeps them further apart than in liquid water, where they move past each other and pack more "
        "closely. " * 4).strip()   # an answer of many lines: the card keeps eight, and the page is short of room


def _sheet(path):
    """test_group_split's answers and one long one (a row of the sheet each)."""
    texts = [*LESS, *COLD, *MORE, *OTHERS, LONG]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"9B{i:03d}", f"Pupil {i:02d}", "Ice floats", t] for i, t in enumerate(texts))
    return path


def _problems(window, buttons) -> list[str]:
    """The window past the screen, a text cut (but the score buttons': with more than six they are as narrow as "10,5"
    on purpose, narrower than a push button asks to be; their text is measured instead), the scale's words not whole."""
    scores = {f"QPushButton {b.text()[:50]!r}" for b in buttons.buttons}
    narrow = [f"the button {b.text()!r} {b.width()} px wide" for b in buttons.buttons
              if b.fontMetrics().horizontalAdvance(b.text()) + 8 > b.width()]
    texts = [c for c in cut(window) if c.split(":")[0] not in scores]
    return off_screen(window) + texts + narrow + ([] if _whole(buttons.scale_label) else ["scale cut"])


def _whole(label) -> bool:
    """Drawn whole: all its lines within the label, or folded to one line that holds it all."""
    return (label.isVisible() and label.shown() == label.text()
            and (label.folded or label.height() >= label.heightForWidth(label.width())))


FROM_MARK = {"de": "höchsten Bewertung", "es": "nota más alta", "en": "highest mark"}


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_a_guess_widened_by_a_mark_is_said_whole_on_a_netbook_at_16_pt(qtbot, make_window, tmp_path, monkeypatch,
                                                                       font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    label = rv.score_buttons.scale_label
    first, *rest = _keys(s, OTHERS)
    assert _on_group_of(rv, first) == [first]   # an answer on its own
    qtbot.keyClick(rv, Qt.Key.Key_5)            # above the guess (0-3): the scale widens to it
    qtbot.waitUntil(lambda: first in s.decisions, timeout=3000)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert s.decisions[first].score == 5

    for key in (_keys(s, [LONG])[0], rest[0], _keys(s, LESS)[0]):    # a long answer, a short one, a group
        _on_group_of(rv, key)
        assert FROM_MARK[language] in label.text() and SETS_IT[language] in label.text(), label.text()
        try:   # the layouts settle over a few turns of the event loop
            qtbot.waitUntil(lambda: not _problems(window, rv.score_buttons), timeout=3000)
        except qtbot.TimeoutError:
            pass
        assert _problems(window, rv.score_buttons) == [], (label.text(), label.shown(), label.width(),
                                                           label.fontMetrics().horizontalAdvance(label.text()))
        assert window.size() == NETBOOK.size()
