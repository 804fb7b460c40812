"""The review screen's top line at 1024 px: its place among the answers ("3–4 of 10 to review") was cut at the
window's edge when the line was short of room (QA; a larger font, German and Spanish counts, a long status beside
it). The counts beside it now wrap at their words, so the place is whole on its line, and the window stays 1024 px
wide, in English, German and Spanish. The real main window and review screen, with the desktop's font at 12 pt."""
from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtWidgets import QApplication

from grader_app.bundles.library import Library
from grader_app.ui.main_window import MainWindow
from in_language import in_language
from test_group_review import LIKE, OTHERS
from ui_helpers import accept_mapping, make_bundle


def shown_whole(label) -> bool:
    """The label's words whole: one line no wider than the label, or wrapped as tall as its width needs. Where the line
    has no room for every label's whole words, a count or the place says itself short (its short words whole, the
    whole ones in its tooltip: grader_app.ui.review_top_line): what it draws is whole."""
    if not label.wordWrap():
        drawn = label.shown() if callable(getattr(label, "shown", None)) else label.text()
        return label.fontMetrics().horizontalAdvance(drawn) <= label.contentsRect().width()
    return label.height() >= label.heightForWidth(label.width()) and label.minimumSizeHint().width() <= label.width()


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_place_among_the_answers_is_whole_at_1024_with_a_larger_font(qtbot, task_manager, tmp_path, lang):
    app = QApplication.instance()
    font = app.font()
    larger = app.font()
    larger.setPointSizeF(12)
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: cells")
    rows = [OTHERS[i % len(OTHERS)] + f" ({i})" for i in range(100)] + LIKE[:2] + [OTHERS[0]] * 6
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i + 1:03d}", f"Student {i + 1}", "asap-sas-1", t] for i, t in enumerate(rows))
    with in_language(lang):
        app.setFont(larger)
        window = MainWindow(library=Library.default(), tasks=task_manager)
        qtbot.addWidget(window)
        try:
            window.resize(1024, 600)
            window.show()
            qtbot.waitExposed(window)
            window.open_sheet(sheet)
            accept_mapping(qtbot, window)
            qtbot.waitUntil(lambda: window.learning.ready and not window.scoring.busy, timeout=30000)
            keys = [a.key for a in window.session.answers]
            window.show_review(keys, 100)                    # a group of two, at two places of 108
            view = window.review_view
            qtbot.waitUntil(lambda: len(view.current_unit()) == 2, timeout=5000)
            assert re.fullmatch({"en": r"1\d\d–1\d\d of 108 to review", "de": r"Antworten 1\d\d–1\d\d von 108 zur Prüfung",
                                 "es": r"Respuestas 1\d\d–1\d\d de 108 para revisar"}[lang], view.progress_label.text())
            view.status_label.setText(view.tr("Status: {status}").format(    # the longest status an answer has
                status=QApplication.translate("style", "yours to score (no model)")))
            qtbot.wait(50)
            assert window.minimumSizeHint().width() <= 1024
            qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
            for label in (view.progress_label, view.left_label, view.status_label):
                qtbot.waitUntil(lambda label=label: shown_whole(label), timeout=3000)
            assert not view.progress_label.wordWrap()         # the place on one line, whole (shown_whole above)
            assert view.progress_label.geometry().right() < view.left_label.geometry().left()
        finally:
            window.close()
            app.setFont(font)
