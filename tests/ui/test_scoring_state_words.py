"""While a sheet is being scored, and until the figures are worked out, the results page says it is scoring and how
many answers have a score: never that answers have no model to score them (each question here has one)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from counts_text import spaced
from grader_app.ui.i18n import unbroken
from grader_app.ui.results_view import counts_line
from ui_helpers import accept_mapping, make_long_csv, stuck_scoring


def _watch(window) -> list[tuple[str, str]]:
    """Every (sentence, counts) the results page shows, looked at each time the event loop turns."""
    seen: list[tuple[str, str]] = []
    timer = QTimer(window)
    timer.setInterval(0)

    def look() -> None:
        now = (window.results.sentence.text(), window.results.counts.text())
        if not seen or seen[-1] != now:
            seen.append(now)
    timer.timeout.connect(look)
    timer.start()
    return seen


@pytest.mark.parametrize("large", [True, False], ids=["figures-on-a-worker", "figures-at-once"])
def test_no_answer_is_said_to_lack_a_model_while_scoring(qtbot, window, tmp_path, monkeypatch, large):
    import grader_app.ui.results_view as rv

    if large:
        monkeypatch.setattr(rv, "ASYNC_FROM", 4)   # the path of 2,000 answers and more
    go_on = stuck_scoring(monkeypatch)
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=10)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    seen = _watch(window)
    window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.scoring.busy and len(window.session.predictions) >= 4, timeout=10000)
    qtbot.waitUntil(lambda: spaced(window.results.counts.text()) == "4 of 20 answers scored", timeout=5000)
    assert window.results.sentence.text().startswith("Scoring…")
    go_on.set()
    qtbot.waitUntil(lambda: not window.scoring.busy, timeout=10000)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    s = window.session
    assert window.results.sentence.text() == unbroken(s.sentence())
    assert window.results.counts.text() == counts_line(s.counts())
    shown = [sentence + " | " + counts for sentence, counts in seen]
    assert not [t for t in shown if "no model" in t or "without a model" in t], shown
    assert any(t.startswith("Scoring…") for t in shown)


def test_scoring_count_reaches_every_answer_before_the_figures(qtbot, window, tmp_path, monkeypatch):
    """On the large-sheet path the figures come from a worker after the scoring: meanwhile the page counts every
    answer scored, not the count of the last repaint."""
    import grader_app.ui.results_view as rv

    monkeypatch.setattr(rv, "ASYNC_FROM", 4)
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=10)
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    assert window.results.figures_pending()
    assert spaced(window.results.counts.text()) == "20 of 20 answers scored"
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert window.results.counts.text() == counts_line(window.session.counts())
