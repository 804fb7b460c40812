"""The review screen where a teacher spends most of her time, at a 16 pt font on a 1024×600 window (a netbook, a large
system font), in English and German: what she must read to decide is on screen without scrolling, and every line above
and below it is whole or says itself whole when pointed at.

What was cramped (QA): on one answer the answer's last line under the card's edge, the student's name cut beside the
counts ("Emily Nguyen · …"), the note of a question whose model takes no answer cut in the middle of a word ("… to
score it witho…") and the keys' line cut ("… ←/→ …"); on a group of answers that look alike, a member list of about 70
pixels: one member's text in sight, the teacher could not compare the answers she was scoring.

The real main window at 1024×600 and 16 pt, a real sheet scored by a real model (onnxruntime) whose threshold lets it
take no answer on its own (so the note above the card is there), with a long title as the shipped ones have."""
from __future__ import annotations

import csv
from contextlib import ExitStack

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from grader_app.ui import mapping_layout
from grader_app.ui.review_keys import key_lines
from review_windows import review_grouped, window_in
from settle import settle
from test_fits_netbook_at_16_pt import NETBOOK, cut, off_screen
from test_group_list_at_16_pt import TITLE
from test_group_list_room import ALIKE, OTHERS
from test_review_decision_in_view import PROMPT, SHORT
from ui_helpers import make_bundle

NAMES = ["Emily Nguyen", "Noah Schmidt", "Olivia Bennett", "Ben Whitfield", "Amara Okafor", "Lukas Hoffmann",
         "Sofia Rossi", "Mateo García", "Hannah Weber", "Jonas Keller", "Chloe Martin", "Liam O'Brien", "Zoe Clarke",
         "Felix Braun"]
TEXTS = [SHORT, OTHERS[0], *ALIKE, *OTHERS[1:]]   # one answer of four lines at 16 pt, then a group of ten
# the offscreen platform's words on a window's size hints and on a tooltip shown (it cannot raise it), not our code's
QUIET = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def netbook(qtbot, task_manager, tmp_path, monkeypatch, font_16):
    # threshold 1.0: the model takes no answer on its own, and the screen says why above the card
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title=TITLE, prompt=PROMPT, threshold=1.0)
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i + 1:02d}", NAMES[i], "asap-sas-1", t] for i, t in enumerate(TEXTS))
    windows = ExitStack()   # each window made, closed as the test ends (English again)

    def open_review(lang: str):
        window = windows.enter_context(window_in(qtbot, task_manager, lang, NETBOOK.width(), NETBOOK.height()))
        view = review_grouped(qtbot, window, sheet, 0)
        assert window.size() == NETBOOK.size()
        return window, view

    with windows:
        yield open_review


# ----- what is on screen --------------------------------------------------------------------------------------------
def _in(w: QWidget, outer: QWidget, top: int = 0, height: int | None = None) -> bool:
    """The band of ``w`` from ``top``, ``height`` high (all of it: None), inside ``outer``'s rectangle."""
    at = w.mapTo(outer, QPoint(0, top))
    band = QRect(at.x(), at.y(), w.width(), w.height() - top if height is None else height)
    return w.isVisible() and outer.rect().contains(band)


def _first_line_in_sight(view, member) -> bool:
    """A group member's text: its first line inside the member list's viewport and the card's viewport."""
    line = member.text.fontMetrics().lineSpacing()
    return (_in(member.text, view.group_panel.list_area.viewport(), 0, line)
            and _in(member.text, view.scroll.viewport(), 0, line))


def _said_when_pointed_at(label: QLabel) -> str:
    """The tooltip a teacher sees pointing at ``label``."""
    QToolTip.hideText()
    pos = QPoint(2, 2)
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, pos, label.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def _drawn(label: QLabel) -> str:
    return label.shown() if callable(getattr(label, "shown", None)) else label.text()


def _words(text: str) -> str:
    return " ".join(text.split())


def not_all_there(view) -> list[str]:
    """The lines around the card whose words are neither drawn whole (on one line within the label, or wrapped in as
    many lines as they need) nor drawn short with the whole text in the tooltip."""
    labels = [view.progress_label, view.student_label, view.left_label, view.status_label, view.question_switch,
              view.learning_label, view.model_note, view.question_label, view.decision_label, view.keymap_label,
              view.score_buttons.scale_label, view.card.bars_heading, view.message_label]
    found = []
    for label in labels:
        text = label.text()
        if not text or not label.isVisible():
            continue
        if _drawn(label) == text:
            if label.wordWrap():
                whole = label.height() >= label.heightForWidth(label.width())
            else:
                whole = label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()
            if not whole:
                found.append(f"{text[:40]!r}: cut by its size {label.size().toTuple()}")
        elif _words(text) not in _words(_said_when_pointed_at(label)):
            found.append(f"{text[:40]!r}: drawn as {_drawn(label)!r}, not whole in its tooltip")
    return found


def screen_problems(window, view) -> list[str]:
    return off_screen(window) + cut(window) + not_all_there(view)


def _buttons_in_sight(window, view) -> bool:
    buttons = view.score_buttons.buttons
    return bool(buttons) and all(_in(b, window) for b in buttons) and _in(view.accept_button, window)


# ----- the tests ------------------------------------------------------------------------------------------------------
@QUIET
@pytest.mark.parametrize("lang", ["en", "de"])
def test_one_answer_at_16_pt_shows_the_answer_the_suggestion_and_the_buttons(qtbot, netbook, lang, tmp_path):
    window, view = netbook(lang)
    assert view.current_unit() == [0] and view.answer_label.text().startswith(SHORT[:40])
    answer = view.answer_label
    assert answer.height() > 3 * answer.fontMetrics().lineSpacing()   # four lines of the answer's large type

    def shown() -> bool:
        return (_in(answer, view.scroll.viewport()) and _in(view.decision_label, window)
                and _buttons_in_sight(window, view) and not screen_problems(window, view))

    settle(qtbot, shown)   # the card is placed a turn of the event loop after it is laid out
    window.grab().save(str(tmp_path / f"answer-{lang}.png"))
    # the whole answer in the card's visible part, the model's suggestion under it, the score buttons
    assert _in(answer, view.scroll.viewport()), (answer.mapTo(view.scroll.viewport(), QPoint(0, 0)).y(),
                                                 answer.height(), view.scroll.viewport().height())
    score = window.session.predictions[0].score
    assert str(score) in view.decision_label.text() and _in(view.decision_label, window)
    assert _buttons_in_sight(window, view)
    assert screen_problems(window, view) == []
    # the student named whole beside the counts
    assert _drawn(view.student_label) == view.student_label.text() == "Emily Nguyen · S01"
    # the note on the question: whole, or a sentence of its own (not one cut short), the whole note in its tooltip
    assert view.model_note.isVisible() and not _drawn(view.model_note).endswith("…"), _drawn(view.model_note)
    # the keys: whole or in a short form, and every key in its tooltip
    keys = key_lines(view._scale())[0]   # naming the question's scores
    assert view.keymap_label.text() == keys and not _drawn(view.keymap_label).endswith("…"), _drawn(view.keymap_label)
    if _drawn(view.keymap_label) != keys:
        assert _words(keys) in _words(_said_when_pointed_at(view.keymap_label))


@QUIET
@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_group_at_16_pt_shows_two_members_texts_and_the_buttons(qtbot, netbook, lang, tmp_path):
    window, view = netbook(lang)
    group = next(unit for unit in view.queue.units if len(unit) > 1)
    assert len(group) == len(ALIKE)
    view.go_to(group[0])
    assert view.card.showing_group()

    def members_in_sight() -> list[int]:
        return [m.key for m in view.group_panel.members if m.isVisible() and _first_line_in_sight(view, m)]

    def shown() -> bool:
        return (len(members_in_sight()) >= 2 and _in(view.decision_label, window) and _buttons_in_sight(window, view)
                and not screen_problems(window, view))

    settle(qtbot, shown)
    window.grab().save(str(tmp_path / f"group-{lang}.png"))
    area = view.group_panel.list_area
    assert len(members_in_sight()) >= 2, (members_in_sight(), area.height(), view.scroll.viewport().height())
    # from the member chosen (in the table here), the one the top line names with ▶
    assert members_in_sight()[0] == view.current_key() == group[0]
    assert view.student_label.text().endswith("▶ " + view.who(group[0]))
    assert _in(view.decision_label, window) and _buttons_in_sight(window, view)
    assert screen_problems(window, view) == []
    assert not _drawn(view.keymap_label).endswith("…") and not _drawn(view.model_note).endswith("…")


def test_at_the_usual_font_on_1280_by_800_the_group_is_laid_out_as_on_a_tall_page(qtbot, task_manager, tmp_path):
    """Nothing of the short page's layout on a tall one: the words under the model's bars, the whole heading beside
    them, the typical answer's box and the whole member list in sight, and no count said short."""
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title=TITLE, prompt=PROMPT, threshold=1.0)
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i + 1:02d}", NAMES[i], "asap-sas-1", t] for i, t in enumerate(TEXTS))
    with window_in(qtbot, task_manager, "en", 1280, 800) as window:
        view = review_grouped(qtbot, window, sheet, 0)
        group = next(unit for unit in view.queue.units if len(unit) > 1)
        view.go_to(group[0])
        qtbot.waitUntil(lambda: _in(view.group_panel.typical_label, view.scroll.viewport()), timeout=3000)
        assert any(mark.isVisible() and mark.text() for _name, _bar, mark in view.bars._rows)
        assert _drawn(view.card.bars_heading) == view.card.bars_heading.text()
        for label in (view.progress_label, view.left_label, view.status_label, view.student_label, view.keymap_label):
            assert _drawn(label) == label.text()
        members = view.group_panel.members
        assert all(_in(m, view.scroll.viewport()) for m in members[:3])


def test_a_card_that_cannot_scroll_past_a_cut_line_keeps_what_must_stay_in_sight(qtbot):
    """The card is placed on whole lines (group_in_view.whole_lines): a line the top of its view would cut is shown
    whole by scrolling back, unless that hides what must stay in sight (the answer's last line), then hidden by
    scrolling on. Where the card ends before that line does, it scrolled back all the same: in German at 16 pt the
    answer's last line on a learning question's card was cut by 6 pixels. Now it scrolls as far as it can."""
    from PySide6.QtWidgets import QVBoxLayout

    from grader_app.ui.group_in_view import line_tops, whole_lines

    card = QWidget()
    qtbot.addWidget(card)
    lay = QVBoxLayout(card)
    rubric = QLabel(" ".join(["a rubric line that wraps"] * 12), card)
    rubric.setWordWrap(True)
    lay.addWidget(rubric)
    card.resize(300, 400)
    card.show()
    qtbot.waitExposed(card)
    line = rubric.fontMetrics().lineSpacing()
    second = rubric.mapTo(card, QPoint(0, 0)).y() + line_tops(rubric)[1]   # the top of the rubric's second line
    value, height = second + line // 2, 100                                  # the view's top cuts it in half
    keep = value + height                                                    # the answer's end, at the view's bottom
    assert whole_lines(card, value, height, keep, most=second + 2 * line) == second + line      # on to hide it
    assert whole_lines(card, value, height, keep, most=value + 2) == value + 2   # as far as the card scrolls
    assert whole_lines(card, value, height, keep - line, most=value) == second   # room below: back, the line whole
