"""Every window and dialog of the real app on a 1024×600 screen at a 16 pt font (the largest system font a teacher
sets, 14–16 pt), in German and Spanish, whose words are the longest: each keeps to the screen, and no label, button,
check box or group's title is cut (a word-wrapped text is as tall as its lines, a one-line one as wide as its text; a
text cut on purpose ends in "…" and says itself whole in its tooltip).

What was cut before (QA s53e): the columns dialog 1028–1083 px wide with its frame; the comment dialog 1152×720; the
model library's heading ("— none yet: …") making the window 1620 px wide; the start screen's drop zone drawn over
itself; the export dialog scrolling sideways; the learning dialog's last lines; the threshold panel shown by hand
widening the window; on the review screen no student named, the notes and keys squeezed in half and the answer out of
sight under the question."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QGroupBox, QLabel, QScrollArea,
                               QWidget)

from grader_app.bundles.library import Library
from grader_app.io.lms_points import question_scale
from grader_app.ui import i18n, mapping_layout
from grader_app.ui.scale_dialog import ScaleDialog
from settle import settle
from ui_helpers import accept_mapping, counted, learn_dialog_for, make_long_csv

NETBOOK = QRect(0, 0, 1024, 600)
ROOM = NETBOOK.size() - mapping_layout.FRAME   # a dialog's room: its frame and title bar allowed for


# ----- what is cut --------------------------------------------------------------------------------------------------
SHOWN_CHARS = 8   # a text cut on purpose shows at least this many characters of itself


def _said_whole(w: QWidget) -> bool:
    """A text cut on purpose: its beginning drawn, ending in "…", and whole in its tooltip (folded, the label's own)."""
    shown = getattr(w, "shown", None)
    if not callable(shown) or shown() == w.text():
        return False
    return len(shown().rstrip("…").strip()) >= SHOWN_CHARS and (bool(w.toolTip()) or getattr(w, "folded", False))


def _cut_by_a_parent(w: QWidget, top: QWidget) -> str | None:
    """Part of ``w`` outside a parent that does not scroll it."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
            return None   # what scrolls is not cut
        r = QRect(w.mapTo(p, QPoint(0, 0)), w.size())
        inside = p.rect().intersected(r)
        if inside.width() < r.width() - 1 or inside.height() < r.height() - 1:
            return f"outside its {type(p).__name__} {p.rect().getRect()} at {r.getRect()}"
        if p is top:
            return None
        p = p.parentWidget()
    return None


def cut(top: QWidget) -> list[str]:
    out = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top:
            continue
        why = None
        if isinstance(w, QLabel) and w.text() and (w.pixmap() is None or w.pixmap().isNull()):
            if _said_whole(w):
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                why = f"{w.height()} px high, its lines need {need}" if need > w.height() + 1 else None
            elif w.sizeHint().width() > w.width() + 1:
                why = f"{w.width()} px wide, its text needs {w.sizeHint().width()}"
        elif isinstance(w, QAbstractButton) and w.text():
            if w.hasHeightForWidth() and w.heightForWidth(w.width()) > w.height() + 1:
                why = f"{w.height()} px high, its lines need {w.heightForWidth(w.width())}"
            elif not w.hasHeightForWidth() and w.sizeHint().width() > w.width() + 1:
                why = f"{w.width()} px wide, its text needs {w.sizeHint().width()}"
        elif isinstance(w, QGroupBox) and w.title() and w.minimumSizeHint().width() > w.width() + 1:
            why = f"{w.width()} px wide, its title needs {w.minimumSizeHint().width()}"
        elif isinstance(w, QScrollArea) and w.horizontalScrollBar().maximum() > 0 and w.widgetResizable():
            why = f"scrolls sideways by {w.horizontalScrollBar().maximum()} px"
        if why is None and isinstance(w, (QLabel, QAbstractButton)) and w.text():
            why = _cut_by_a_parent(w, top)
        if why:
            text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else getattr(w, "title", lambda: "")()
            out.append(f"{type(w).__name__} {text[:50]!r}: {why}")
    return out


def off_screen(top: QWidget) -> list[str]:
    if top.isWindow() and top.parentWidget() is None:   # the main window, as large as the screen
        least = top.minimumSizeHint()
        if least.width() > NETBOOK.width() or least.height() > NETBOOK.height() or top.size() != NETBOOK.size():
            return [f"the window is {top.size().toTuple()}, at the least {least.toTuple()}"]
        return []
    out = []
    if top.width() > ROOM.width() or top.height() > ROOM.height():
        out.append(f"{type(top).__name__} is {top.size().toTuple()}, the screen has room for {ROOM.toTuple()}")
    if not NETBOOK.contains(top.frameGeometry()):
        out.append(f"{type(top).__name__} at {top.frameGeometry().getRect()}, past the screen's edge")
    return out


def line_drawn_whole(top: QWidget, line) -> list[str]:
    """What keeps the folding label ``line`` of ``top`` from being read whole on the netbook's screen: ``top`` off the
    screen or a widget of it cut (:func:`off_screen`, :func:`cut`), and ``line`` hidden, folded, cut short or lower than
    its text needs."""
    whole = (line.isVisible() and not line.folded and line.shown() == line.text()
             and line.height() >= line.full_height(line.width()))
    return off_screen(top) + cut(top) + ([] if whole else [f"the learning line drawn as {line.shown()!r}"])


def answer_in_sight(view) -> list[str]:
    """The review's answer: its first line in sight in the card's scroll area as it comes."""
    label, viewport = view.answer_label, view.scroll.viewport()
    top = label.mapTo(viewport, QPoint(0, 0)).y()
    first = top + min(label.height(), label.fontMetrics().lineSpacing())
    return [] if top >= 0 and first <= viewport.height() else [f"the answer at {top} px, out of the card's "
                                                               f"{viewport.height()} px"]


def whole_header_words(tree) -> list[str]:
    """The library's column titles wrap between words: no word wider than its column."""
    head, fm = tree.header(), tree.header().fontMetrics()
    return [f"column title {tree.headerItem().text(c)!r}: a word wider than its {head.sectionSize(c)} px"
            for c in range(tree.columnCount())
            if max(fm.horizontalAdvance(word) for word in tree.headerItem().text(c).split()) > head.sectionSize(c) - 12]


# ----- each window and dialog, opened in the real app -------------------------------------------------------------
def _sheet(tmp_path: Path) -> Path:
    return make_long_csv(tmp_path / "Science 9B" / "answers.csv", n_students=6)


def _scored(qtbot, window, tmp_path):
    window.open_sheet(_sheet(tmp_path))
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    return window.session


def _review(qtbot, window, tmp_path):
    s = _scored(qtbot, window, tmp_path)
    window.show_review([a.key for a in s.answers], 0)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=3000)
    return window.review_view


def start(qtbot, window, tmp_path, monkeypatch):
    recent = _sheet(tmp_path)
    window.settings.add_recent(recent)
    window.start.set_recent([recent])
    return window


def start_no_models(qtbot, window, tmp_path, monkeypatch):
    empty = tmp_path / "no models"
    empty.mkdir()
    window.start.set_library(Library.load([empty]))   # its heading: "… — none yet: drop a .gradebundle file …"
    return window


def columns(qtbot, window, tmp_path, monkeypatch):
    window.open_sheet(_sheet(tmp_path))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    return window.mapping_dialog


def results(qtbot, window, tmp_path, monkeypatch):
    _scored(qtbot, window, tmp_path)
    return window


def threshold_panel(qtbot, window, tmp_path, monkeypatch):
    _scored(qtbot, window, tmp_path)
    if window.results.fold.panel.isHidden():
        window.results.panel_button.click()   # shown by hand in a window too narrow for it
    return window


def review(qtbot, window, tmp_path, monkeypatch):
    _review(qtbot, window, tmp_path)
    return window


def review_done(qtbot, window, tmp_path, monkeypatch):
    view = _review(qtbot, window, tmp_path)
    for a in window.session.answers:
        window.session.decide(a.key, 1)
    view.refresh()
    qtbot.waitUntil(lambda: view.end.isVisible(), timeout=3000)
    return window


def comment(qtbot, window, tmp_path, monkeypatch):
    view = _review(qtbot, window, tmp_path)
    view.edit_comment()
    qtbot.waitUntil(lambda: view.comment_dialog is not None and view.comment_dialog.isVisible(), timeout=3000)
    return view.comment_dialog


def scale(qtbot, window, tmp_path, monkeypatch):
    view = _review(qtbot, window, tmp_path)
    s, item = window.session, window.session.answers[view.current_key()].item
    dlg = ScaleDialog(s, item, question_scale(s, item), [1, 2], view)
    dlg.open()
    qtbot.waitUntil(dlg.isVisible, timeout=3000)
    return dlg


def export(qtbot, window, tmp_path, monkeypatch):
    _scored(qtbot, window, tmp_path)
    window.show_export()
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=5000)
    return counted(qtbot, window)   # as tall as it gets: the LMS files' counts in


def about(qtbot, window, tmp_path, monkeypatch):
    _scored(qtbot, window, tmp_path)
    window.show_about()
    qtbot.waitUntil(window.about_dialog.isVisible, timeout=5000)
    return window.about_dialog


def learn_sheet(qtbot, window, tmp_path, monkeypatch):
    return learn_dialog_for(qtbot, window, _sheet(tmp_path), monkeypatch)


OPEN = {f.__name__.replace("_", "-"): f for f in (start, start_no_models, columns, results, threshold_panel, review,
                                                    review_done, comment, scale, export, about, learn_sheet)}


@pytest.mark.parametrize("shown", list(OPEN))
@pytest.mark.parametrize("language", ["de", "es"])
def test_every_window_and_dialog_fits_a_1024_by_600_screen_at_16_pt_with_nothing_cut(qtbot, make_window, tmp_path,
                                                                                      monkeypatch, font_16, language,
                                                                                      shown):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)   # before the window is made: every text in the language
    window = make_window((1024, 600))
    top = OPEN[shown](qtbot, window, tmp_path, monkeypatch)

    def problems() -> list[str]:
        found = off_screen(top) + cut(top)
        if top is window and window.pages.currentIndex() == 0:
            found += whole_header_words(window.start.library.tree)
        if top is window and window.pages.currentIndex() == 2 and not window.review_view.card.showing_group():
            found += answer_in_sight(window.review_view)
        return found

    settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
    top.grab().save(str(tmp_path / f"{shown}-{language}.png"))
    assert problems() == []
    if top is not window:
        top.reject()
