"""The review card's flag chips at a 16 pt font on a 1024×600 screen, in German: an answer with several flags (here
one given twice, much longer than the others, repeating itself, a hidden character in it: four flags) shows every
chip whole, inside the card, the chips going on to a second line where one is too short for them. Before, the chips
stood in one row as wide as all of them (1457 px for four German flags): the card scrolled sideways, the last chips
past its right edge, and the answer above them, as wide as the chips, was cut on the right.

The chips stand on the answer's heading line, above it, and a flagged answer opens with them in sight: under the answer,
on the sample sheet in the real window at 1024×600 they lay below the card's area (the reason the answer came to the
teacher out of sight), and scrolling the card down to them pushed the sentence of what is decided out of view."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel

from grader_app.core import flags as F
from grader_app.ui import mapping_layout
from in_language import in_language
from sample_sheet import sample_scored
from settle import settle
from test_fits_netbook_at_16_pt import NETBOOK, answer_in_sight
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
            # and the answer, taller than the card's area, opens with them and its first lines in sight
            settle(qtbot, lambda: not _out_of_sight(view))
            assert _out_of_sight(view) == []
    finally:
        store.close()


def _shown(w) -> QRect:
    """The part of ``w`` its window shows: its rectangle in the window, clipped by each parent's."""
    win = w.window()
    shown = QRect(w.mapTo(win, QPoint(0, 0)), w.size())
    parent = w.parentWidget()
    while parent is not None:
        shown &= QRect(parent.mapTo(win, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return shown


def _out_of_sight(view) -> list[str]:
    """What of a flagged answer's card is not in sight: its chips (the reason it came to the teacher), the sentence of
    what is decided, the answer's first line."""
    box, sentence, answer = view.flags_box, view.decision_label, view.answer_label
    out = answer_in_sight(view) if box.isVisible() else ["no chips shown"]
    # its words' first two lines, if it has them, under the label's top margin (a few pixels of the box's bottom margin
    # may go out of sight, group_in_view.whole_lines, so that no line of the question is cut at the card's top)
    room = answer.contentsRect()
    words = answer.fontMetrics().boundingRect(room, int(Qt.TextFlag.TextWordWrap), answer.text()).height()
    lines = min(answer.height(), room.top() + min(words, 2 * answer.fontMetrics().lineSpacing()))
    if _shown(answer).height() < lines:
        out.append(f"{_shown(answer).height()} px of the answer in sight, not its first {lines}")
    whole = QRect(box.mapTo(box.window(), QPoint(0, 0)), box.size())
    if _shown(box) != whole:
        out.append(f"the chips at {whole.getRect()}, {_shown(box).getRect()} of them in sight")
    whole = QRect(sentence.mapTo(sentence.window(), QPoint(0, 0)), sentence.size())
    if not sentence.isVisible() or _shown(sentence) != whole:
        out.append(f"the decision's sentence at {whole.getRect()}, {_shown(sentence).getRect()} of it in sight")
    return out


def test_a_flagged_answer_opens_with_its_chips_and_the_decision_in_sight(qtbot, make_window, tmp_path, monkeypatch,
                                                                          font_16):
    """The sample sheet in the real window at 1024×600, 16 pt, in German: a flagged answer opens with its chips ("⚑ kein
    Fließtext oder andere Sprache") in sight, the answer's first line and the sentence under the card with them. The
    chips were under the answer, 5 px below the card's area: the reason the answer came to the teacher out of sight."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    window, session = sample_scored(qtbot, make_window, tmp_path, "de", (1024, 600))
    keys = [a.key for a in session.answers]
    flagged = sorted((k for k in keys if session.flags.get(k)), key=lambda k: len(session.answers[k].text))
    assert len(flagged) >= 2, "the sample has fewer than two flagged answers"
    most = max(flagged, key=lambda k: len(session.flags[k]))
    for key in dict.fromkeys([flagged[0], most, flagged[-1]]):   # the shortest, the one with most flags, the longest
        window.show_review(keys, keys.index(key))
        qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=3000)
        view = window.review_view
        assert view.current_key() == key
        settle(qtbot, lambda v=view: v.flag_texts() and not _out_of_sight(v))
        assert _out_of_sight(view) == [], (key, session.answers[key].text[:40])
        assert len(view.flag_texts()) == len(session.flags[key])
    # an answer without flags after them: its heading where it always was, at the left above the answer
    plain = next(k for k in keys if not session.flags.get(k) and session.answers[k].text.strip())
    window.show_review(keys, keys.index(plain))
    heading, answer = view.card.answer_heading, view.answer_label
    settle(qtbot, lambda: view.current_key() == plain and view.flags_box.isHidden()      # laid out for it: the
           and answer.text().startswith(session.answers[plain].text.strip()[:20])       # heading as high as
           and heading.height() == heading.sizeHint().height() < answer.y()             # its own line
           and heading.x() == answer.x())
    assert view.flag_texts() == [] and heading.height() == heading.sizeHint().height()
    assert (heading.x(), heading.isVisible()) == (answer.x(), True), (heading.geometry(), answer.geometry())
