"""The review card on a small screen (1024×600): a run of characters without spaces (a pasted token in a
comment or an answer) wraps inside the card instead of widening it, and a card taller than the screen
scrolls with Page Down / Page Up / Home / End (the real window)."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from grader_app.ui.text_wrap import ZERO_WIDTH_SPACE, breakable
from ui_helpers import accept_mapping

TOKEN = "x" * 250
LONG = " ".join(["The mRNA leaves the nucleus, a ribosome reads its codons and tRNA brings amino acids."] * 14)


def _sheet(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerow(["S1", "Ana", "asap-sas-5", "see " + TOKEN])
        w.writerow(["S2", "Bo", "asap-sas-5", LONG])
        w.writerow(["S3", "Cy", "asap-sas-5", "tRNA brings amino acids to the ribosome."])
    return path


def _open_review(qtbot, window, tmp_path):
    window.resize(1024, 600)
    window.open_sheet(_sheet(tmp_path / "class.csv"))
    accept_mapping(qtbot, window)
    s = window.session
    window.show_review([a.key for a in s.answers], 0)
    return window.review_view


def _fits(view) -> bool:
    return view.card.width() <= view.scroll.viewport().width() and not view.scroll.horizontalScrollBar().isVisible()


def test_breakable_only_breaks_runs_without_spaces():
    assert breakable("a short answer, with words") == "a short answer, with words"
    shown = breakable("see " + TOKEN)
    assert shown.replace(ZERO_WIDTH_SPACE, "") == "see " + TOKEN
    assert max(len(part) for part in shown.split(ZERO_WIDTH_SPACE)) <= 34


def test_a_long_token_in_an_answer_or_a_comment_keeps_the_card_in_the_window(qtbot, window, tmp_path):
    view = _open_review(qtbot, window, tmp_path)
    key = view.current_key()
    assert TOKEN[:30] in view.answer_label.text()
    qtbot.waitUntil(lambda: _fits(view), timeout=3000)
    window.session.decide(key, 1, comment="Well done. " + TOKEN)
    view.refresh()
    assert "Well done." in view.comment_label.text()
    qtbot.wait(50)
    assert _fits(view)
    assert window.session.decisions[key].comment == "Well done. " + TOKEN      # only the display breaks


def test_page_down_and_up_scroll_a_card_taller_than_the_screen(qtbot, window, tmp_path):
    view = _open_review(qtbot, window, tmp_path)
    qtbot.keyClick(view, Qt.Key.Key_Right)                   # the long answer
    assert view.answer_label.text().startswith("The mRNA leaves")
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
