"""A score the teacher kept is named the same in the window and in the graded workbook. The results page counted it
"3 confirmed by you" while its table's Status column, and the Summary sheet of the exported workbook (which takes the
table's status names), said "Reviewed" (German "Geprüft" beside "von Ihnen bestätigt"); Spanish said "Confirmada" in
both. Now it is "Confirmed by you" ("Bestätigt (von Ihnen)", "Confirmada por ti"), beside "Changed by you" and "Scored
by you". The real results page and export dialog; the workbook written and read back with openpyxl."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

import ui_helpers
from grader_app.core import review
from grader_app.io.sheet_detection import SUMMARY_TITLES
from grader_app.ui import i18n
from grader_app.ui import results_model as rm
from test_summary_words import build_session, cells, exported

# the status's name in the table and the Summary sheet, and the word of the counts over the table that names it
NAMES = {"en": ("Confirmed by you", "confirmed by you"), "de": ("Bestätigt (von Ihnen)", "von Ihnen bestätigt"),
         "es": ("Confirmada por ti", "confirmada por ti")}


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_kept_score_is_named_alike_on_the_results_page_and_in_the_summary_sheet(qtbot, task_manager, tmp_path,
                                                                                 language):
    assert i18n.install(language)
    sheet = ui_helpers.make_long_csv(tmp_path / "class.csv", n_students=5, items=("asap-sas-1",))
    session = build_session(sheet, tmp_path)
    kept = session.answers_for("asap-sas-1")[0].key
    session.decide(kept, session.model_score(kept))   # the model's score, confirmed
    assert session.status(kept) == review.REVIEWED
    name, counted = NAMES[language]

    view = ui_helpers.results_view(qtbot, session)
    qtbot.waitUntil(lambda: counted in view.counts.text().replace("\u00a0", " "), timeout=10000)
    model = view.table.model()
    statuses = {model.data(model.index(r, rm.STATUS), rm.StatusRole): model.data(model.index(r, rm.STATUS))
                for r in range(model.rowCount())}
    assert statuses[review.REVIEWED] == name

    wb = load_workbook(exported(qtbot, session, task_manager, tmp_path / "graded.xlsx"))
    summary = next(wb[t] for t in wb.sheetnames if t in SUMMARY_TITLES)
    texts = [v for v in cells(summary).values() if isinstance(v, str)]
    assert name in texts, texts
    assert not {"Reviewed", "Geprüft"} & set(texts)
