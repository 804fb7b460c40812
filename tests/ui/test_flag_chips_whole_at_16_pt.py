"""The review card's flag chips at a 16 pt font on a 1024×600 screen, in German: an answer with several flags (here
one given twice, much longer than the others, repeating itself, a hidden character in it: four flags) shows every
chip whole, inside the card, the chips going on to a second line where one is too short for them. Before, the chips
stood in one row as wide as all of them (1457 px for four German flags): the card scrolled sideways, the last chips
past its right edge, and the answer above them, as wide as the chips, was cut on the right."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel

from grader_app.core import flags as F
from in_language import in_language
from settle import settle
from ui_helpers import review_view, scored_rows_project

NORMAL = ["the cell membrane controls what enters and leaves the cell",
          "you need to know how much vinegar to use and the size of the cups",
          "the type of vinegar and the container size and the rinse time",
          "how long to rinse each sample and what kind of containers",
          "the amount of vinegar the temperature and the size of the marble",
          "what size containers to use and how much vinegar goes in each"]
# given by two students, six times over, a zero-width space in it
LONG = ("you would need to know how much vinegar to pour in each container\u200b and what kind of vinegar to use " * 6
        ).strip()
ROWS = [("asap-sas-1", t) for t in NORMAL * 3] + [("asap-sas-1", LONG), ("asap-sas-1", LONG)]


def problems(view) -> list[str]:
    port = view.scroll.viewport()
    out = [f"the card scrolls sideways by {view.scroll.horizontalScrollBar().maximum()} px"] \
        if view.scroll.horizontalScrollBar().maximum() > 0 else []
    for chip in view.flags_box.findChildren(QLabel):
        if not chip.isVisible():
            continue
        need = chip.fontMetrics().horizontalAdvance(chip.text())
        if chip.contentsRect().width() - 2 * chip.margin() < need:
            out.append(f"{chip.text()!r}: {chip.contentsRect().width() - 2 * chip.margin()} px, its text needs {need}")
        r = QRect(chip.mapTo(port, QPoint(0, 0)), chip.size())
        if r.left() < 0 or r.right() >= port.width():
            out.append(f"{chip.text()!r} at {r.getRect()}, out of the card's {port.rect().getRect()}")
    answer = view.answer_label
    if answer.mapTo(port, QPoint(answer.width(), 0)).x() > port.width():
        out.append(f"the answer {answer.width()} px wide, the card {port.width()}")
    return out


def test_every_flag_chip_whole_in_the_card_at_16_pt_in_german(qtbot, tmp_path, font_16):
    session, store = scored_rows_project(tmp_path, ROWS)
    try:
        key = len(ROWS) - 1
        assert len(session.flags[key]) >= 4 and F.DUPLICATE in session.flags[key], session.flags[key]
        with in_language("de"):
            view = review_view(qtbot, session, store, width=1024, height=600)
            view.go_to(key)
            assert len(view.flag_texts()) == len(session.flags[key])
            chips = lambda: [c for c in view.flags_box.findChildren(QLabel) if c.isVisible()]  # noqa: E731
            settle(qtbot, lambda: len(chips()) == len(session.flags[key]) and not problems(view))
            assert [c.text() for c in chips()] == view.flag_texts()
            assert problems(view) == []
            lines = {c.y() for c in chips()}
            assert len(lines) >= 2   # the chips go on to another line
    finally:
        store.close()
