"""Review of the screens (a teacher on a 1280×720 or 1366×768 laptop with a 16 pt font, in English and German): on one
answer the review card, taller than its scroll area, opened scrolled down to the answer, so the question's line
("Question asap-sas-1 — ASAP-SAS 1 — Science: …") and its text were out of sight above it: nothing on the screen said
which question the answer was to. A group's card already kept that line pinned above its scroll area; one answer's
card now does too whenever it scrolls, and the answer's first line stays in sight under it, the card placed so that
the top of its area cuts no button in two (the whole question's, under the line, was drawn as its lower half).

The real main window on a real model of asap-sas-1 (its prompt a procedure to read, then the question; threshold 1.0, so
that the note on a model taking no answer stands above the card, as on the sample sheet), real scoring."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from grader_app.paths import assets_dir
from review_windows import class_sheet, review_grouped, window_in
from settle import settle
from test_fits_netbook_at_16_pt import answer_in_sight
from test_group_list_at_16_pt import TITLE
from test_review_decision_in_view import PROMPT, SHORT
from ui_helpers import accept_mapping, make_bundle

MODELS = Path(__file__).resolve().parents[2] / "model_bundles"

QUIET = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

TEXTS = [SHORT, "The size of the containers, the amount of vinegar and the drying method they used.",
         "You would need to know what kind of vinegar was used.",
         "They should tell what the samples are made of and how big each one is.",
         "I don't know."]


def _question_line_unseen(view) -> list[str]:
    """The question's line is not drawn whole in the window (scrolled away above the card's area, or cut)."""
    line = view.card.question_label
    if not line.isVisible() or not line.text():
        return ["no question line"]
    seen = line.visibleRegion().boundingRect()
    if seen != line.rect():
        return [f"the question's line {line.rect()} drawn only in {seen}"]
    top = line.mapTo(view.window(), QPoint(0, 0)).y()
    return [] if top >= 0 else [f"the question's line at {top} px"]


def _cut_at_the_top(view) -> list[str]:
    """A button of the card cut in two by the top of the card's area ("Show the whole question (Q)" under the line)."""
    viewport = view.scroll.viewport()
    found = []
    for button in view.card.findChildren(QAbstractButton):
        if button.isVisible():
            top = button.mapTo(viewport, QPoint(0, 0)).y()
            if top < 0 < top + button.height():
                found.append(f"{button.text()!r} cut at the card's top ({top} px)")
    return found


@QUIET
@pytest.mark.parametrize("size, lang", [((1280, 720), "en"), ((1366, 768), "de")])
def test_one_answer_keeps_its_question_line_in_sight(qtbot, task_manager, tmp_path, font_16, size, lang):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title=TITLE, prompt=PROMPT, threshold=1.0)
    sheet = class_sheet(tmp_path / "class.csv", TEXTS)
    with window_in(qtbot, task_manager, lang, *size) as window:
        view = review_grouped(qtbot, window, sheet, 0)
        single = next(i for i, unit in enumerate(view.queue.units) if len(unit) == 1)   # (some look alike: a group)
        if single:
            window.show_review([a.key for a in window.session.answers], single)
            view = window.review_view
        assert not view.card.showing_group()

        def problems() -> list[str]:
            return _question_line_unseen(view) + answer_in_sight(view) + _cut_at_the_top(view)

        settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
        assert view.scroll.verticalScrollBar().maximum() > 0   # the card is taller than its area: it scrolls
        assert problems() == []


@QUIET
def test_the_sample_sheets_first_answer_to_review_at_1280_by_720(qtbot, task_manager, tmp_path, monkeypatch, font_16):
    """The screen as the review screenshot at 1280×720 and 16 pt showed it: the sample sheet scored by the shipped
    models, the review asked for on the results page."""
    src = assets_dir() / "sample-class.xlsx"
    if not src.exists() or not (MODELS / "asap-sas-1.gradebundle").exists():
        pytest.skip("the sample sheet or the shipped models are not in this checkout")
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(MODELS))
    sheet = tmp_path / "copy" / src.name          # never the sheet in assets/: a project file is written beside it
    sheet.parent.mkdir()
    shutil.copyfile(src, sheet)
    with window_in(qtbot, task_manager, "en", 1280, 720) as window:
        window.open_sheet(sheet)
        accept_mapping(qtbot, window)
        qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
        window.results.request_review()
        view = window.review_view
        assert view.card.question_label.text().startswith("Question asap-sas-1")

        def problems() -> list[str]:
            return _question_line_unseen(view) + answer_in_sight(view) + _cut_at_the_top(view)

        settle(qtbot, lambda: not problems())
        assert view.scroll.verticalScrollBar().maximum() > 0
        assert problems() == []
