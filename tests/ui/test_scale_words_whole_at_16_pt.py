"""What a question is out of, said beside the score buttons, whole on a 1024×600 screen at a 16 pt font in German and
Spanish. Beside the buttons the words took three lines, and on the short page they folded to one cut line: "max. 3
Punkte · von Grader…", "sobre 3 · estimación de Grader, ya…" (and on a group "max. 2 Punkte ·…"); that the scale is
only Grader's guess, and that Change… sets it, was lost. Where they do not fit beside the buttons on one line they now
have a line of their own under them, and the page still keeps to the screen with nothing cut. At the usual size the
words stay beside the buttons.

The real window on a real sheet whose question no model matches (its scale is Grader's guess; a model learns from the
teacher's marks), on one answer and on a group (the sheet of test_group_split)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from grader_app.ui import i18n, mapping_layout
from review_windows import review_requested
from test_fits_netbook_at_16_pt import NETBOOK, cut, off_screen
from test_group_split import COLD, LESS, OTHERS, _keys, _on_group_of, _sheet

GUESS = {"de": "von Grader geschätzt", "es": "estimación de Grader", "en": "Grader's guess"}
SETS_IT = {"de": "Ändern… legt es fest", "es": "Cambiar… lo fija", "en": "Change… sets it"}


def _whole(label) -> bool:
    """Drawn as it is (not folded, not cut by its size): every line of its text within the label."""
    return (label.isVisible() and not label.folded and label.shown() == label.text()
            and label.height() >= label.heightForWidth(label.width()))


def _settled(qtbot, window, rv) -> list[str]:
    def problems() -> list[str]:
        return off_screen(window) + cut(window) + ([] if _whole(rv.score_buttons.scale_label) else ["scale cut"])

    try:   # the layouts settle over a few turns of the event loop
        qtbot.waitUntil(lambda: not problems(), timeout=3000)
    except qtbot.TimeoutError:
        pass
    return problems()


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_guessed_scale_is_said_whole_on_a_netbook_at_16_pt(qtbot, make_window, tmp_path, monkeypatch, font_16,
                                                               language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    buttons, label = rv.score_buttons, rv.score_buttons.scale_label
    _on_group_of(rv, _keys(s, COLD)[0])
    qtbot.keyClick(rv, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: all(k in s.decisions for k in _keys(s, COLD)), timeout=3000)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)

    for key in (_keys(s, LESS)[0], _keys(s, OTHERS)[0]):   # a group (it was cut there: "max. 3…"), then one answer
        _on_group_of(rv, key)
        assert buttons.change_button.isVisible()
        assert GUESS[language] in label.text() and SETS_IT[language] in label.text(), label.text()
        assert _settled(qtbot, window, rv) == [], (label.text(), label.shown())
        assert window.size() == NETBOOK.size()
        # on one line under the buttons, as wide as the row (beside them it took three), Change… still on theirs
        assert buttons.scale_under and label.height() < 2 * label.fontMetrics().lineSpacing()
        top = label.mapTo(buttons, QPoint(0, 0)).y()
        assert all(top >= b.mapTo(buttons, QPoint(0, b.height())).y() for b in buttons.buttons)
        assert label.width() > buttons.width() - 40


def test_at_the_usual_size_the_scale_stays_beside_the_buttons(qtbot, make_window, tmp_path):
    assert i18n.install("en")
    window = make_window((1366, 768))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    _on_group_of(rv, _keys(s, OTHERS)[0])
    buttons, label = rv.score_buttons, rv.score_buttons.scale_label
    def beside() -> bool:
        row = buttons.buttons[0].mapTo(buttons, QPoint(0, 0)).y()
        return _whole(label) and abs(label.mapTo(buttons, QPoint(0, 0)).y() - row) < buttons.buttons[0].height()

    qtbot.waitUntil(beside, timeout=3000)
    assert GUESS["en"] in label.text() and not buttons.scale_under
    assert label.height() < 2 * label.fontMetrics().lineSpacing()   # on one line
