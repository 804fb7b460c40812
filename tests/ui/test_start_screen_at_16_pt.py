"""The start screen at a 16 pt font in a 1024×600 window, in English and German (the longest words): the heading,
the sentence under it, the drop zone's words, the Open button and the recent sheets all in sight at once, without a
scroll bar on the left.

Before: the heading and the drop zone's big text were 1.8 and 1.6 times the application's font whatever it
was (29 and 26 pt); the left column scrolled by 89 px and "(Excel .xlsx or CSV)" was half hidden under its bottom edge,
the screen's main call to action cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from grader_app.ui import i18n, mapping_layout
from settle import settle

NETBOOK = QRect(0, 0, 1024, 600)
WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


def in_window(w: QWidget) -> QRect:
    """``w``'s rectangle in its window's coordinates."""
    return QRect(w.mapTo(w.window(), QPoint(0, 0)), w.size())


def text_needs(label: QLabel) -> int:
    """The height ``label``'s text takes, wrapped at its width, by its font's metrics."""
    room = label.contentsRect()
    return QFontMetrics(label.font()).boundingRect(QRect(0, 0, room.width(), 1 << 16), WRAP, label.text()).height()


def problems(window) -> list[str]:
    start = window.start
    zone, left = start.drop_zone, start.above
    sight = in_window(left.viewport())   # what of the heading and the drop zone is in sight
    page = in_window(window.centralWidget())   # between the menu bar and the status bar
    out = []
    if left.verticalScrollBar().maximum() > 0:
        out.append(f"the left column scrolls by {left.verticalScrollBar().maximum()} px")
    for name, label in (("heading", start.heading), ("drop zone's words", zone.title), ("drop zone's hint", zone.hint)):
        if text_needs(label) > label.contentsRect().height() + 1:   # Qt's label may round a line a pixel shorter
            out.append(f"the {name} is {label.contentsRect().height()} px high, its lines need {text_needs(label)}")
        if not sight.contains(in_window(label)):
            out.append(f"the {name} at {in_window(label).getRect()}, out of the left column's {sight.getRect()}")
    if not in_window(zone).contains(in_window(zone.title)):
        out.append(f"the drop zone's words at {in_window(zone.title).getRect()}, out of it at {in_window(zone).getRect()}")
    for name, w in (("Open button", start.open_button), ("recent sheets", start.recent)):
        if not w.isVisible() or not page.contains(in_window(w)):
            out.append(f"the {name} at {in_window(w).getRect()}, out of the page's {page.getRect()}")
    rows = start.recent.viewport().rect()
    for i in range(start.recent.count()):
        item = start.recent.item(i)
        row = start.recent.visualItemRect(item)   # its whole height in sight (a long name scrolls sideways)
        if row.top() < rows.top() or row.bottom() > rows.bottom():
            out.append(f"recent sheet {item.text()!r} at {row.getRect()}, out of the list's {rows.getRect()}")
    return out


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_start_screen_is_all_in_sight_at_16_pt_in_1024_by_600(qtbot, make_window, tmp_path, monkeypatch, font_16,
                                                                   language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)   # before the window is made: every text in the language
    window = make_window((1024, 600))
    recent = []
    for name in ("term-2-quiz.xlsx", "year-9-biology.csv"):   # as the README's screenshot: two recent sheets
        path = tmp_path / "Science 9B" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("a\n")
        recent.append(path)
    window.start.set_recent(recent)
    qtbot.waitUntil(lambda: window.size().toTuple() == NETBOOK.size().toTuple(), timeout=3000)
    settle(qtbot, lambda: not problems(window))   # the layouts settle over a few turns of the event loop
    window.grab().save(str(tmp_path / f"start-{language}.png"))
    found = problems(window)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("points", [9, 16, 24])
def test_the_titles_stand_out_and_are_never_smaller_than_the_text(qtbot, app_font, points):
    """At a usual font the titles are as they were (1.8, 1.6 and 1.2 times the text); at a large one they grow less
    than the text does, but stay bold and never smaller than it, the heading larger than it."""
    from grader_app.ui.start_screen import StartScreen

    text = app_font(points).pointSizeF()
    screen = StartScreen()
    qtbot.addWidget(screen)
    titles = {"heading": (screen.heading, 1.8), "drop zone's words": (screen.drop_zone.title, 1.6),
              "Open button": (screen.open_button, 1.2)}
    for name, (w, factor) in titles.items():
        size = w.font().pointSizeF()
        assert w.font().bold(), name
        assert text <= size <= text * factor + 0.01, (name, size)
        if points <= 10:
            assert size == pytest.approx(text * factor), name
    assert screen.heading.font().pointSizeF() > text
