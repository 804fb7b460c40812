"""A status message too long for the bar cuts a file's name in its middle first, so the words and the figure around it
stay whole (QA s54g finding 4: at 16 pt in Spanish the bar said "Se recuperaron 45 decisiones de sample-cla…"); the
whole message is the bar's tooltip. The real window's bar, with its counts beside the message."""
from __future__ import annotations

from grader_app.ui.message_bar import MessageBar


def test_a_file_name_gives_way_in_its_middle_and_the_count_stays_whole(qtbot, window):
    bar = window.statusBar()
    assert isinstance(bar, MessageBar)
    window.status_label.setText("45 decididas por ti · 39 te necesitan · guardado")
    window.resize(760, 600)
    qtbot.waitUntil(lambda: window.width() == 760, timeout=3000)
    text = "Se recuperaron 45 decisiones de sample-class-year-nine-science.grader-project."
    bar.showMessage(text)
    shown = bar.shown_message()
    assert shown != text and bar.toolTip() == text   # cut, and whole in the tooltip
    assert shown.startswith("Se recuperaron 45 decisiones de samp") and shown.endswith("project.") and "…" in shown
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
    window.resize(300, 600)   # no room even for the words: the message is cut at its end
    qtbot.waitUntil(lambda: window.width() < 760 and bar.shown_message() != shown, timeout=3000)
    assert bar.shown_message().endswith("…") and bar.currentMessage() == text


def test_a_message_without_a_file_name_is_cut_at_its_end(qtbot, window):
    bar = window.statusBar()
    window.resize(400, 600)
    text = "Scored 120 answers in 0.4 s; 12 need you, the others are expected to be at least 95 % right."
    bar.showMessage(text)
    qtbot.waitUntil(lambda: bar.toolTip() == text, timeout=3000)
    assert bar.shown_message().endswith("…") and "120 answers in 0.4 s" in bar.shown_message()
