"""The review on a 1024×600 screen in German and Spanish (QA): every button shown (the identical answers', the next
suggested) keeps the window no wider than the screen, the position stays on one line, and the bar of the model's
score is in sight without scrolling, also under a long answer. The real window and review screen."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from test_review_small_screen import _open_review


def _all_buttons(view) -> None:
    view.suggest_button.setVisible(True)
    view.group_button.setText(view.tr("Apply to all %n identical answers (Ctrl+G)", "", 12))
    view.group_button.setVisible(True)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_review_with_every_button_is_no_wider_than_1024_and_its_position_one_line(qtbot, window, tmp_path, lang):
    view = _open_review(qtbot, window, tmp_path)
    i18n.install(lang)
    view.refresh()
    _all_buttons(view)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1024
    label = view.progress_label
    assert label.text() and not label.wordWrap()
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width(), timeout=3000)   # one line, whole
    assert label.height() < 2 * label.fontMetrics().lineSpacing()


def test_the_model_score_bar_is_in_sight_without_scrolling_under_a_long_answer(qtbot, window, tmp_path):
    view = _open_review(qtbot, window, tmp_path)
    view.go_to(1)                                        # the long answer: the card scrolls
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert bar.value() == 0
    best = window.session.predictions[view.current_key()].index
    _name, model_bar, mark = view.bars._rows[best]
    assert "model" in mark.text()
    top_left = model_bar.mapTo(window, model_bar.rect().topLeft())
    bottom = model_bar.mapTo(window, model_bar.rect().bottomLeft()).y()
    assert model_bar.isVisible() and 0 <= top_left.y() and bottom < window.height()
    viewport = view.scroll.viewport()
    if viewport.isAncestorOf(model_bar):                 # on the card: within what its scroll area shows
        assert bottom <= viewport.mapTo(window, viewport.rect().bottomLeft()).y()
