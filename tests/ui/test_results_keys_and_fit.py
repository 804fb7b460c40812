"""The results page in the real main window: Enter does what the default button says unless the teacher chose
a row, Ctrl+F and Ctrl+2 answer, Tab leaves the table, the threshold panel below its model's lowest calibrated
threshold, and the page at a narrow window or a large font (a readable Answer column, a window that fits)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from grader_app.core import review
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW
from grader_app.ui.results_layout import ANSWER_MIN_CHARS
from test_results_columns import answer_least
from ui_helpers import ANSWERS, open_and_score

TAILS = ["i think", "as we learned", "in the cell", "because of energy", "that is the reason", "from class"]


def _sheet(path: Path, n_students: int) -> Path:
    """A long sheet whose later answers differ a little (not all flagged as copies), as scored_session makes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines, i = ["Student ID,Name,Question,Answer"], 0
    for st in range(n_students):
        for item in ("asap-sas-1", "asap-sas-5"):
            text = ANSWERS[i % len(ANSWERS)]
            if text and i >= len(ANSWERS):
                text = f"{text} {TAILS[(i // len(ANSWERS)) % len(TAILS)]}"
            lines.append(f"S{st + 1:03d},Student {st + 1},{item},{text}")
            i += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _open(qtbot, window, tmp_path: Path, n_students: int = 12):
    return open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv", n_students), active=True)


def _focus_table(qtbot, window):
    table = window.results.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    return table


def test_enter_on_the_table_does_what_the_default_button_says(qtbot, window, tmp_path):
    """Focus makes row 0 current, but the teacher chose no row: Enter reviews what needs them, not every row."""
    s = _open(qtbot, window, tmp_path)
    counts = s.counts()
    assert counts[review.AUTO] and counts[review.NEEDS_REVIEW]
    table = _focus_table(qtbot, window)
    assert table.currentIndex().isValid()          # what QAbstractItemView does on focus
    assert window.results.review_button.text().startswith(f"Review {counts[review.NEEDS_REVIEW]} answers")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == REVIEW
    queued = window.review_view.queue.keys()
    assert sorted(queued) == sorted(s.review_queue())
    assert not [k for k in queued if s.status(k) == review.AUTO]


def test_enter_opens_the_row_the_teacher_chose(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    results = window.results
    table = _focus_table(qtbot, window)
    # clicked
    rect = table.visualRect(results.proxy.index(2, rm.ANSWER))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    key = results.proxy.data(results.proxy.index(2, 0), rm.KeyRole)
    with qtbot.waitSignal(results.reviewRequested, timeout=2000) as sig:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert sig.args == [window.session.by_question(results.visible_keys()), key]   # the rows shown, question by question
    # moved to with the arrow keys
    window.show_page(RESULTS)
    table = _focus_table(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    key = results.proxy.data(results.proxy.index(3, 0), rm.KeyRole)
    with qtbot.waitSignal(results.reviewRequested, timeout=2000) as sig:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert sig.args[1] == key


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    results = window.results
    for target in (_focus_table(qtbot, window), results.filter_buttons[rm.FLAGGED]):
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert results.search.hasFocus()
    # from the review page too: back to the table with the cursor in the search box
    results.review_button.click()
    assert window.pages.currentIndex() == REVIEW
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == RESULTS and results.search.hasFocus()


def test_tab_leaves_the_table_and_the_arrows_move_in_it(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    table = _focus_table(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert window.results.isAncestorOf(QApplication.focusWidget())   # on to the page's next control


def test_below_the_lowest_calibrated_threshold_the_panel_says_what_is_taken(qtbot, window, tmp_path):
    s = _open(qtbot, window, tmp_path)
    panel = window.results.threshold
    item = panel.current_item()
    lowest = min(p.threshold for p in s.items[item].risk)
    panel.set_value(lowest - 0.1)
    taken = sum(1 for k in s.keys_for(item) if s.status(k) == review.AUTO)
    assert taken > 0
    text = panel.effect.text()
    assert "takes no answer" not in text
    assert f"takes {taken} of this question's {len(s.keys_for(item))} answers on its own" in text
    assert "no error rate was measured" in text
    # the headline says the same: answers taken, with no accuracy estimate for them
    assert "no accuracy estimate" in window.results.sentence.text()
    # a decision changes what is taken; the panel follows
    key = next(k for k in s.keys_for(item) if s.status(k) == review.AUTO)
    s.decide(key, s.predictions[key].score)
    window.results.decisions_changed()
    qtbot.waitUntil(lambda: f"takes {taken - 1} of" in panel.effect.text(), timeout=3000)


def test_ctrl_2_says_so_when_nothing_needs_review(qtbot, window, tmp_path):
    s = _open(qtbot, window, tmp_path)
    for key in s.review_queue():
        p = s.predictions.get(key)
        s.decide(key, p.score if p else 0)
    window.results.decisions_changed()
    qtbot.waitUntil(lambda: window.results.review_button.text().startswith("Export"), timeout=3000)
    qtbot.keyClick(_focus_table(qtbot, window), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == RESULTS
    message = window.statusBar().currentMessage()
    assert message.startswith("No answer needs you") and "Export" in message


def test_the_answer_column_stays_readable_in_a_small_window(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    table = window.results.table
    window.resize(1024, 600)
    want = table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS
    qtbot.waitUntil(lambda: table.columnWidth(rm.ANSWER) >= want - 2, timeout=3000)
    # a narrower table (the threshold panel shown, the splitter moved): the other columns give way again
    window.results.panel_button.click()
    splitter = window.results.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 450, 450])
    qtbot.waitUntil(lambda: table.columnWidth(rm.ANSWER) >= answer_least(table) - 2, timeout=3000)
    assert not table.horizontalScrollBar().isVisible()


@pytest.fixture
def large_font(qapp):
    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(13)
    qapp.setFont(big)
    yield
    qapp.setFont(font)


@pytest.fixture
def big_window(large_font, make_window):
    return make_window((1024, 600))


def test_at_13_points_the_window_fits_a_1024_pixel_screen(qtbot, big_window, tmp_path):
    window = big_window
    _open(qtbot, window, tmp_path)
    results = window.results
    assert results.minimumSizeHint().width() <= 1024 - 40
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    # the filter row wraps: nothing overlaps and nothing leaves the page
    # (the filter of identical answers with different scores is shown only while there are some)
    controls = [c for c in (*results.filter_buttons.values(), results.search) if c.isVisible()]
    boxes = [QRect(c.mapTo(results, c.rect().topLeft()), c.size()) for c in controls]
    for i, a in enumerate(boxes):
        assert results.rect().contains(a)
        assert a.width() >= controls[i].minimumSizeHint().width()
        assert not [b for b in boxes[i + 1:] if a.intersects(b)]
    assert not boxes[-1].intersects(QRect(results.table.mapTo(results, results.table.rect().topLeft()),
                                          results.table.size()))



def test_at_13_points_and_600_pixels_high_the_risk_plot_keeps_a_readable_height(qtbot, big_window, tmp_path):
    """The threshold panel does not fit 600 px at 13 pt: it scrolls, and its plot keeps at least MIN_PLOT_LINES
    lines of text of plotted area (it was squeezed to a strip of 65 px, its labels drawn over each other)."""
    window = big_window
    _open(qtbot, window, tmp_path)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600), timeout=3000)
    window.results.panel_button.click()   # folded at this width: the teacher shows it
    scroll = window.results.threshold_scroll
    qtbot.waitUntil(lambda: scroll.viewport().width() >= window.results.threshold.minimumSizeHint().width(),
                    timeout=3000)
    panel = window.results.threshold
    plot = panel.plot
    qtbot.waitUntil(lambda: plot.height() >= plot.minimumSizeHint().height(), timeout=3000)
    scroll = window.results.threshold_scroll
    from grader_app.ui.risk_plot import MIN_PLOT_LINES

    lines = plot.fontMetrics().height() * MIN_PLOT_LINES
    assert plot.plot_area().height() >= lines
    assert plot.plot_area().width() >= plot.fontMetrics().horizontalAdvance("M") * 10
    # every sentence of the panel is whole, nothing is cut at the side, and all of it can be scrolled to
    for label in (panel.effect, panel.each):
        assert label.height() >= label.heightForWidth(label.width())
    assert panel.width() <= scroll.viewport().width()
    assert panel.height() >= panel.each.geometry().bottom()
    scroll.ensureWidgetVisible(panel.each)
    top_left = panel.each.mapTo(scroll.viewport(), panel.each.rect().topLeft())
    assert scroll.viewport().rect().contains(QRect(top_left, panel.each.size()))


def test_the_risk_plot_at_its_minimum_keeps_its_plotted_area(qtbot, large_font):
    from grader_app.core.review import RiskPoint
    from grader_app.ui.risk_plot import MIN_PLOT_LINES, RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    table = [RiskPoint(0.5, 1.0, 0.3, 0.35), RiskPoint(0.9, 0.4, 0.01, 0.04)]
    for current in ("a", None):   # one question; all of them, with a legend under the plot
        plot.set_tables({f"q{i}": table for i in range(3)} | {"a": table})
        plot.set_thresholds({"a": 0.9}, current)
        plot.resize(plot.minimumSizeHint())
        assert plot.plot_area().height() >= plot.fontMetrics().height() * MIN_PLOT_LINES
