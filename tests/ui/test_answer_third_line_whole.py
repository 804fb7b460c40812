"""The review opens an answer scrolled as little as shows its first three lines (the question's text above gives way):
on a 1280×720 laptop at a 14 pt font the sample sheet's first answer, three lines long, had its third line cut in half
at the bottom of the card's area, though the card had room to show it whole. The lines were counted from the top of
the answer's box, whose frame and margin (13 px) come before its first line; they are now measured where the label
lays them out. The real main window on a real sheet, in German and English, on answers of three lines and more."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from grader_app.ui.group_in_view import ANSWER_LINES
from grader_app.ui.label_lines import line_tops
from review_windows import class_sheet, review_grouped, window_in
from test_review_decision_in_view import PROMPT, SHORT, _settle
from ui_helpers import make_bundle

LONGER = ("First you need the kind of vinegar and how strong it is, then how much of it goes into each container, the "
          "size and shape of the containers, how big each sample is, the temperature of the room, and how long the "
          "samples dry after they are rinsed, because all of these change how much mass each sample loses.")


def _cut(view) -> str:
    """'' if the answer's first lines (all of them, if fewer) are whole in the card's area; else what is cut."""
    label, viewport = view.card.answer_label, view.scroll.viewport()
    tops = line_tops(label)
    n = min(ANSWER_LINES, len(tops) - 1)
    top = label.mapTo(viewport, QPoint(0, tops[0])).y()
    bottom = label.mapTo(viewport, QPoint(0, tops[n])).y()
    if top < 0 or bottom > viewport.height():
        return f"line 1 at {top}, line {n} ends at {bottom}, the card's area is {viewport.height()} px high"
    return ""


@pytest.mark.parametrize("lang, size", [("de", (1280, 720)), ("en", (1280, 720))])
def test_an_answers_first_lines_open_whole(qtbot, task_manager, tmp_path, app_font, lang, size):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    app_font(14)
    with window_in(qtbot, task_manager, lang, *size) as window:
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", [SHORT, LONGER]))
        seen = []
        for text in (SHORT, LONGER):
            assert view.answer_label.text() == text
            _settle(qtbot, view)
            qtbot.wait(100)   # the card is placed a turn of the event loop after it is laid out
            lines = len(line_tops(view.answer_label)) - 1
            assert lines >= ANSWER_LINES, f"{text[:20]}… is {lines} lines long: no third line to cut"
            assert view.scroll.verticalScrollBar().value() > 0   # the question above gave way to it
            seen.append(_cut(view))
            view.next()
        assert seen == ["", ""]
