"""What a question is out of stays where it is while a score is typed. The scale's words go under the score buttons
where they do not fit beside them (tests/ui/test_scale_words_whole_at_16_pt.py); the room beside was worked out with
the score being typed ("Typing: 1…") only while it showed, so at a width where the words only just fitted beside the
buttons, typing "1" on a question out of 10 moved them under the buttons, and the 0 that gave 10 moved them back: the
page below jumped a line with each key. The row now keeps room for the widest score being typed it can show
(ScoreButtons.set_typable, from the scale). The real window at 16 pt on a sheet out of 10, at the narrowest width at
which the words are beside the buttons, and one step narrower, in English, German and Spanish."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui import i18n
from test_question_scale_window import _open, class_sheet

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
K = Qt.Key
STEP = 4   # window widths this far apart


def _settle() -> None:
    for _ in range(6):   # the layouts settle over a few turns of the event loop
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _at(window, width: int) -> None:
    window.resize(width, 600)
    _settle()


def _narrowest_beside(window, buttons) -> int:
    """The narrowest window width (to :data:`STEP`) at which the scale's words are beside the buttons, nothing typed."""
    lo, hi = 700, 2600
    _at(window, hi)
    assert not buttons.scale_under and window.width() == hi
    while hi - lo > STEP:
        mid = (lo + hi) // 2
        _at(window, mid)
        if buttons.scale_under or window.width() != mid:
            lo = mid
        else:
            hi = mid
    return hi


def _placed_while_typing(qtbot, view, buttons) -> list[bool]:
    """Where the scale's words are (under the buttons?) before, while "1" is typed, and once Esc drops it."""
    placed = [buttons.scale_under]
    key = view.current_key()
    qtbot.keyClick(view, K.Key_1)
    _settle()
    assert buttons.typed_label.isVisible() and key not in view.session.decisions
    placed.append(buttons.scale_under)
    qtbot.keyClick(view, K.Key_Escape)
    _settle()
    assert buttons.typed_label.isHidden() and key not in view.session.decisions
    return placed + [buttons.scale_under]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_typing_a_score_leaves_the_scale_words_where_they_are(qtbot, make_window, tmp_path, font_16, lang):
    assert i18n.install(lang)
    window = make_window((1024, 600))
    view = _open(qtbot, window, class_sheet(tmp_path / "class" / "ten.csv", "Ice floats (10 marks)"))
    buttons, label = view.score_buttons, view.score_buttons.scale_label
    assert len(buttons.buttons) == 11 and "10" in label.text()
    width = _narrowest_beside(window, buttons)
    _at(window, width)
    assert _placed_while_typing(qtbot, view, buttons) == [False, False, False], width
    assert label.height() < 2 * label.fontMetrics().lineSpacing()      # on one line beside the buttons, typed or not
    _at(window, width - STEP)
    assert _placed_while_typing(qtbot, view, buttons) == [True, True, True], width - STEP
