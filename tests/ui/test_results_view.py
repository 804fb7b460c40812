"""The results page: the sentence follows the threshold, filters, search (Ctrl+F), the review button."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.core import review
from grader_app.ui import results_model as rm
from grader_app.ui.i18n import unbroken
from grader_app.ui.results_view import counts_line
from grader_app.ui.wording import session_sentence
from in_language import in_language
from ui_helpers import results_view, scored_session


def _view(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=10)
    view = results_view(qtbot, session)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return session, view


def test_sentence_and_counts_match_session(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    # each model's thresholds: the command line's words, a number and its % sign kept on one line
    assert view.sentence.text() == unbroken(session.sentence())
    assert view.counts.text() == counts_line(session.counts())
    need = session.counts()[review.NEEDS_REVIEW]
    assert view.review_button.text().startswith(f"Review {need} answer")


def test_threshold_change_updates_sentence_live(qtbot, shipped_bundles):
    """One figure per question: the box shows the chosen question's own threshold (never a mean), moving
    it changes that question only, and a button gives every question the same value."""
    session, view = _view(qtbot, shipped_bundles)
    panel = view.threshold
    assert panel.isEnabled()
    assert [panel.scope.itemData(i) for i in range(panel.scope.count())] == ["asap-sas-1", "asap-sas-5"]
    assert panel.current_item() == "asap-sas-1"
    assert panel.value() == round(session.threshold("asap-sas-1"), 2)
    panel.set_value(0.0)
    low = session_sentence(session)
    assert view.sentence.text() == unbroken(low)
    assert session.threshold("asap-sas-1") == 0.0
    assert session.threshold("asap-sas-5") == session.items["asap-sas-5"].default_threshold
    assert "Each question now needs: asap-\u2060sas-\u20601 0\u00a0%" in panel.each.text()   # never broken at a hyphen
    qtbot.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    assert all(session.threshold(it) == 0.0 for it in session.item_keys())
    qtbot.keyClick(panel.slider, Qt.Key.Key_End)   # slider to 100 %
    assert panel.value() == 1.0
    assert session.threshold("asap-sas-1") == 1.0 and session.threshold("asap-sas-5") == 0.0
    high = view.sentence.text()
    assert high == unbroken(session_sentence(session)) and high != unbroken(low)
    # another question: the box shows its own figure, and moving it leaves the first alone
    panel.scope.setCurrentIndex(panel.scope.findData("asap-sas-5"))
    assert panel.value() == 0.0
    panel.set_value(0.3)
    assert session.threshold("asap-sas-5") == 0.3 and session.threshold("asap-sas-1") == 1.0
    marked = panel.plot.marked_points()
    assert marked["asap-sas-5"] is not None and marked["asap-sas-5"].threshold == 0.3
    assert panel.effect.text().startswith("Question asap-\u2060sas-\u20605: the model takes")


def test_filter_buttons_and_search_shortcut(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    qtbot.mouseClick(view.filter_buttons[rm.NEEDS_REVIEW], Qt.MouseButton.LeftButton)
    assert sorted(view.visible_keys()) == sorted(session.review_queue())
    assert view.shown.text() == f"Showing {len(session.review_queue())} of {len(session.answers)} answers"
    qtbot.mouseClick(view.filter_buttons[rm.ALL], Qt.MouseButton.LeftButton)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "osmosis")
    keys = view.visible_keys()
    assert keys and all("osmosis" in session.answers[k].text for k in keys)


def test_review_button_emits_queue(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    with qtbot.waitSignal(view.reviewRequested, timeout=2000) as sig:
        qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert sig.args[0] == session.review_queue() and sig.args[1] is None
    # a decision on a queued answer drops it from the 'needs review' filter after refilter
    view.set_filter(rm.NEEDS_REVIEW)
    first = session.review_queue()[0]
    session.accept(first) if session.predictions.get(first) else session.decide(first, 0)
    view.decisions_changed()
    assert first not in view.visible_keys()
    qtbot.waitUntil(lambda: view.sentence.text() == unbroken(session_sentence(session)), timeout=2000)


def test_enter_opens_review_and_double_click_opens_that_row(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    view.review_button.setFocus()
    with qtbot.waitSignal(view.reviewRequested, timeout=2000) as sig:
        qtbot.keyClick(view.review_button, Qt.Key.Key_Return)
    assert sig.args[0] == session.review_queue()
    view.set_filter(rm.FLAGGED)
    idx = view.proxy.index(1, rm.ANSWER)
    key = view.proxy.data(idx, rm.KeyRole)
    with qtbot.waitSignal(view.reviewRequested, timeout=2000) as sig:
        view.table.doubleClicked.emit(idx)
    assert sig.args[1] == key and sig.args[0] == session.by_question(view.visible_keys())


def test_filters_reachable_by_alt_letter(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.proxy.mode() == rm.FLAGGED, timeout=2000)   # mnemonics animate the click
    assert sorted(view.visible_keys()) == sorted(k for k, f in session.flags.items() if f)
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.proxy.mode() == rm.ALL, timeout=2000)
    assert view.proxy.rowCount() == len(session.answers)


def test_next_step_becomes_export_when_nothing_needs_review(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    for key in session.review_queue():
        p = session.predictions.get(key)
        session.decide(key, p.score if p else 0)
    view.decisions_changed()
    qtbot.waitUntil(lambda: view.review_button.text().startswith("Export"), timeout=3000)
    assert view.review_button.isEnabled()
    with qtbot.waitSignal(view.exportRequested, timeout=2000):
        qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)


def test_reset_returns_to_each_models_threshold(qtbot, shipped_bundles):
    session, view = _view(qtbot, shipped_bundles)
    panel = view.threshold
    defaults = {it: session.items[it].default_threshold for it in session.item_keys()}
    panel.apply_to_all(0.2)
    assert all(session.threshold(it) == 0.2 for it in session.item_keys())
    moved = view.sentence.text()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert {it: session.threshold(it) for it in session.item_keys()} == defaults
    assert panel.value() == round(defaults[panel.current_item()], 2)
    assert view.sentence.text() == unbroken(session_sentence(session)) != moved


def test_risk_plot_names_each_question_when_all_are_shown(qtbot):
    from grader_app.core.review import RiskPoint
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    table = [RiskPoint(0.5, 1.0, 0.3, 0.35), RiskPoint(0.9, 0.4, 0.01, 0.04), RiskPoint(1.0, 0.0, 0.0, 1.0)]  # as stored
    plot.set_tables({"asap-sas-10": table, "asap-sas-2": table})
    plot.set_thresholds({"asap-sas-10": 1.0, "asap-sas-2": 0.9})
    legend = plot.legend()
    assert [item for item, _style, _text in legend] == ["asap-sas-2", "asap-sas-10"]   # natural order
    assert legend[0][1] != legend[1][1]                                                # told apart by pattern
    assert legend[0][2][0] == "takes 40\u00a0%, at most 4\u00a0% wrong" and legend[1][2][0] == "takes none: every answer to you"
    plot.resize(220, 320)
    plot.show()
    qtbot.waitExposed(plot)
    assert not plot.grab().isNull()
    plot.set_thresholds({"asap-sas-10": 1.0, "asap-sas-2": 0.9}, current="asap-sas-2")
    assert plot.legend() == []                           # one question: its ring carries the label


def test_the_risk_plots_upward_words_fit_a_narrow_panel_in_spanish(qtbot):
    """In Spanish at 1280 px the words above the plot ran past the panel ("máximo" cut off), and cut with "…" they
    were not read whole either: they wrap onto the lines the plot's width needs, every word shown, one line where
    they fit."""
    from grader_app.ui.risk_plot import RiskPlot

    with in_language("es"):
        plot = RiskPlot()
        qtbot.addWidget(plot)
        whole = plot.tr("↑ wrong among those taken, at most")
        assert whole == "↑ erróneas entre las asumidas, como máximo"   # it read "↑ de ellas, mal como máx.": of what?
        fm = plot.fontMetrics()
        plot.resize(fm.horizontalAdvance(whole) // 2, 300)
        lines = plot.up_lines()
        assert len(lines) >= 2 and " ".join(lines) == whole
        assert all(fm.horizontalAdvance(line) <= plot.width() for line in lines)
        plot.resize(fm.horizontalAdvance(whole) + 10, 300)
        assert plot.up_lines() == [whole]


def test_the_risk_plots_upward_words_say_what_they_measure(qapp):
    """QA in Spanish read "↑ de ellas, mal como máx." as a riddle (German "↑ davon höchstens falsch" too), and a teacher
    found "↑ of those, wrong at most" cryptic (German "↑ höchstens falsch unter den übernommenen"): the upward axis
    says plainly that it is the most of the answers the model takes that could be wrong."""
    from grader_app.ui.risk_plot import RiskPlot

    said = {}
    for code in ("en", "es", "de"):
        with in_language(code):
            said[code] = RiskPlot().up_lines(10_000)
    assert said == {"en": ["↑ wrong among those taken, at most"], "es": ["↑ erróneas entre las asumidas, como máximo"],
                    "de": ["↑ Falsche unter den übernommenen, höchstens"]}


def test_rows_are_painted_in_their_status_colour_and_repainted_when_it_changes(qtbot, shipped_bundles):
    """The stock delegate paints from the model's roles: a row that needs the teacher shows its colour
    behind the text, and after a decision the same row shows the colour of its new status."""
    from grader_app.ui import style

    session, view = _view(qtbot, shipped_bundles)
    view.table.clearSelection()
    view.table.setCurrentIndex(view.proxy.index(-1, -1))
    key = next(k for k in session.review_queue() if not session.flags.get(k))
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(key), rm.ANSWER)).row()

    def colour_at_row():
        view.table.scrollTo(view.proxy.index(row, rm.ANSWER))
        rect = view.table.visualRect(view.proxy.index(row, rm.ANSWER))
        return view.table.viewport().grab().toImage().pixelColor(rect.left() + 1, rect.center().y())

    assert colour_at_row() == style.status_colour(review.NEEDS_REVIEW)
    labels = session.items[session.answers[key].item].labels
    other = next(v for v in labels if v != session.predictions[key].score)
    session.decide(key, other)
    assert colour_at_row() == style.status_colour(review.OVERRIDDEN)
