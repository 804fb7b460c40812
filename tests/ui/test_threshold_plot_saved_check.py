"""A model made from a marked sheet that takes nothing ("Made 1 model … none on its own"), opened with a sheet, showed
"No calibration data for this question" on the threshold plot though its saved file holds its out-of-fold check; on the
very sheet it was made from (learn.own_marks holds it back) its slider still moved and the session kept the threshold
set there; a model that keeps no marks to learn on from (an older Grader's), chosen by the teacher, let a threshold take
answers on any sheet. Loaded from the library now, such a model's check is drawn as for a model learned in the session
(no ring: no threshold takes an answer), the panel's sentence says the plot shows it, and the slider stays put. The
real "Make models from a marked sheet…", the real columns dialog and window, the plot painted for real."""
from __future__ import annotations

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.learn.export import write_learned_bundle
from grader_app.learn.library_names import learns_on, takes_nothing
from test_learning_window import marked, window  # noqa: F401  (the window fixture)
from test_main_window import _open_by_drop
from test_threshold_plot_learned_check import _painted
from ui_helpers import learn_dialog_for, write_csv

SPOON = "Why does a metal spoon feel colder than a wooden spoon in the same room?"
ROWS = [(f"S{i}", SPOON, text, i % 3) for i, (text, _) in enumerate(marked(50, 5))]   # marks that disagree


def test_a_saved_model_that_takes_nothing_shows_its_check_on_the_sheet_it_was_made_from(qtbot, window, tmp_path,  # noqa: F811
                                                                                       monkeypatch):
    made_from = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Mark"], ROWS)
    learn_dialog_for(qtbot, window, made_from, monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    (made,) = [b for b in window.library.bundles.values() if b.title == SPOON]
    assert takes_nothing(made) and learns_on(made)
    saved = review.risk_table(made.manifest["review"])
    assert any(p.coverage > 0 for p in saved)                # its file holds a check that took some answers

    sheet = write_csv(tmp_path / "class" / "answers.csv", ["Student", "Question", "Answer"], [r[:3] for r in ROWS])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.chosen() == {SPOON: made.id}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready and not window.learning.busy, timeout=60000)
    s, panel = window.session, window.results.threshold
    info = s.items[SPOON]
    assert info.bundle_id == made.id and info.risk == () and list(info.check) == saved   # its check, never its risk
    plot = panel.plot
    assert panel.current_item() == SPOON and plot.has_data()
    assert plot.marked_points() == {SPOON: None} and plot.mark_label() is None   # no ring: nothing is taken
    drawn = _painted(plot, monkeypatch)
    assert "No calibration data for this question" not in drawn
    assert "(the plot shows how it did in its check on your marks)" in panel.effect.text()

    assert not panel.slider.isEnabled() and not panel.spin.isEnabled()
    panel.set_value(0.34)                                      # the old code kept 0.34 as its threshold
    assert s.threshold(SPOON) > 1.0
    assert not any(s.status(k) == review.AUTO for k in s.keys_for(SPOON))


def test_a_chosen_saved_model_that_takes_nothing_and_learns_nothing_here_shows_its_check(qtbot, window,  # noqa: F811
                                                                                         tmp_path, monkeypatch):
    made_from = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Mark"], ROWS)
    _, result = workflow.make_models_from_sheet(Library.load([tmp_path / "made"]), made_from, "Mark")
    (it,) = result.items   # written again without its marks, as an older Grader wrote it: it learns nothing here
    older = write_learned_bundle(tmp_path / "older" / it.path.name, it.model, bundle_id=it.bundle_id, title=it.item,
                                 question=it.item)
    made = workflow.copy_bundle_in(window.library, older, relearned=True)
    window.library.add(made)
    window.start.set_library(window.library)
    assert takes_nothing(made) and not learns_on(made)
    saved = review.risk_table(made.manifest["review"])

    sheet = write_csv(tmp_path / "class" / "answers.csv", ["Student", "Question", "Answer"],
                      [(f"N{i}", SPOON, text) for i, (text, _) in enumerate(marked(30, 9))])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.chosen() == {SPOON: None}                       # not proposed: the teacher chooses it
    combo = dlg.model_combo(SPOON)
    combo.setCurrentIndex(combo.findData(made.id))
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s, panel = window.session, window.results.threshold
    info = s.items[SPOON]
    assert info.bundle_id == made.id and info.risk == () and list(info.check) == saved
    plot = panel.plot
    assert panel.current_item() == SPOON and plot.has_data() and plot.marked_points() == {SPOON: None}
    assert "No calibration data for this question" not in _painted(plot, monkeypatch)
    effect = panel.effect.text()
    assert "could not vouch for any answer in its check on them" in effect and "(the plot shows that check)" in effect
    assert "keep marking" not in effect                        # marks given here do not teach it

    assert not panel.slider.isEnabled()
    panel.set_value(0.34)                                      # the old code took 1 of the 30 answers here
    assert not any(s.status(k) == review.AUTO for k in s.keys_for(SPOON))
