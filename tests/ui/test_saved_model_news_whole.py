""""Saved … and added it to your models" tells the teacher what to do next ("to score one with it, choose it when you
check the columns of a sheet"), and at 1024 px the status bar cut it with "…" (whole only in its tooltip), in English,
German and Spanish. It is now also kept whole in the notes above the results, marked as information (ℹ), not as a
warning, until the teacher closes them (StatusNews.advise, SheetNotices.add_info). The real window at 1024×600 with a
sheet open, a real model fitted to 50 marks and saved for real on the worker (only the file dialog is answered)."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n, model_actions
from grader_app.ui.main_window import RESULTS
from test_failures_readable import opened
from test_learning_window import marked
from test_sheet_notices import shown_whole

INFO, WARNING = "\u2139", "\u26a0"   # the marks of news and of a failure in the notes


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_saved_model_news_is_whole_above_the_results_at_1024(qtbot, window, tmp_path, monkeypatch, lang):
    from grader_app.learn.marks_model import fit_marks

    opened(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)   # its grouping (on a worker) imports what fits
    i18n.install(lang)
    notices = window.notices
    notices.dismiss()                                    # the opening's notes read and closed: the news comes alone
    texts, scores = zip(*[(text, i % 3) for i, (text, _) in enumerate(marked(50, 6))])   # marks that disagree
    window.learning.models["Q5"] = model = fit_marks(list(texts), dict(enumerate(scores)))
    assert not model.qualified                           # saved, it takes no answer: the news says what to do
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "q5.gradebundle"), ""))
    window.show_page(RESULTS)
    window.models.save_learned("Q5")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "q5.gradebundle" in bar.currentMessage() , timeout=60000)
    said = bar.currentMessage()
    assert said.startswith({"en": "Saved “q5.gradebundle” and added it to your models. It cannot take",
                            "de": "„q5.gradebundle“ gespeichert und zu Ihren Modellen hinzugefügt. Es kann noch",
                            "es": "Se guardó «q5.gradebundle» y se añadió a tus modelos. Aún no puede"}[lang])
    assert bar.shown_message().endswith("…") and bar.toolTip() == said    # too long for the bar at 1024
    assert notices.isVisible() and notices.text.text() == f"{INFO} {said}"
    assert notices.infos == [said] and notices.problems == []
    qtbot.waitUntil(lambda: shown_whole(notices), timeout=3000)
    notices.dismiss()
    assert not notices.isVisible() and notices.infos == []


def test_news_kept_beside_a_failure_keeps_its_own_mark_and_the_order_said(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path)
    notices = window.notices
    notices.dismiss()
    window.news.fail("The project file could not be saved: the disk is full; free some room.", 10000)
    window.news.advise("Saved “q5.gradebundle” and added it to your models.", 10000)
    window.news.advise("Saved “q5.gradebundle” and added it to your models.", 10000)   # kept once
    assert notices.text.text() == (f"{WARNING} The project file could not be saved: the disk is full; free some room.\n"
                                   f"{INFO} Saved “q5.gradebundle” and added it to your models.")
    assert len(notices.problems) == 1 and len(notices.infos) == 1


def test_news_that_a_failure_is_over_takes_its_place_in_the_notes(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path)
    notices = window.notices
    notices.dismiss()
    full = "The scores could not be saved in the project file: the disk is full; free some room."
    window.news.fail("The threshold could not be saved: the file is read-only.", 10000)
    window.news.fail(full, 10000)
    window.news.advise("Saved “q5.gradebundle” and added it to your models.", 10000)
    window.news.notify("The scores are saved in answers.grader-project after all.", 20000, full)
    assert notices.text.text() == (f"{WARNING} The threshold could not be saved: the file is read-only.\n"
                                   f"{INFO} The scores are saved in answers.grader-project after all.\n"
                                   f"{INFO} Saved “q5.gradebundle” and added it to your models.")
    assert window.statusBar().currentMessage() == "The scores are saved in answers.grader-project after all."
    window.news.notify("The scores are saved in answers.grader-project after all.", 20000, full)   # said once
    assert len(notices.notes) == 3
    notices.dismiss()                                    # the failure read and closed: the news comes alone
    window.news.notify("The scores are saved in answers.grader-project after all.", 20000, full)
    assert notices.isVisible() and notices.notes == ["The scores are saved in answers.grader-project after all."]
