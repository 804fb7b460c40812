"""The graded workbook's Summary sheet speaks the teacher's language (it was always English): written through the real
export dialog, read back with openpyxl. The words the window already says come from the committed catalogues
(German here); the Summary sheet's own words go through the catalogue too (one Qt's lupdate and lrelease build from
the module); its name, and the graded table's, are translated only to names the reader knows, so a German graded
workbook opened again is read from its graded table. The graded table's column names and status values are in the
teacher's language too (tests/ui/test_graded_words.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication

from in_language import in_language
import ui_helpers
import translation_catalogues
from grader_app.core import review
from grader_app.io.graded_columns import COLUMN_NAMES, STATUS_WORDS
from grader_app import workflow
from grader_app.io.readers import read_sheet
from grader_app.io.scored_by import MODELS_TITLES
from grader_app.io.sheet_detection import GRADED_TITLE, GRADED_TITLES, SUMMARY_TITLE, SUMMARY_TITLES
from grader_app.ui import i18n, wording
from grader_app.ui.export_dialog import XLSX, ExportDialog
from test_export_dialog import build_session
from test_export_fit_and_words import export

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
WORDS = ROOT / "grader_app" / "ui" / "summary_words.py"
STYLE = ROOT / "grader_app" / "ui" / "style.py"
HEADINGS = ROOT / "grader_app" / "ui" / "report_pdf.py"      # a question's heading: the printed report's
GERMAN_STATUSES = ["Zu prüfen", "Automatisch übernommen", "Bestätigt (von Ihnen)", "Geändert (von Ihnen)",
                   "Bewertet (von Ihnen)", "Zu bewerten (kein Modell)"]


@pytest.fixture
def session(tmp_path):
    """Five students, a question a model scores (two answers decided) and an essay no model scores (one scored 1.5,
    the others still open)."""
    sheet = ui_helpers.make_long_csv(tmp_path / "class.csv", n_students=5, items=("asap-sas-1", "essay"))
    s = build_session(sheet, tmp_path)
    first, second = s.answers_for("asap-sas-1")[:2]
    s.decide(first.key, 3)
    s.decide(second.key, 0)
    s.decide(s.answers_for("essay")[0].key, 1.5)
    return s


def exported(qtbot, session, task_manager, path: Path) -> Path:
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    assert export(qtbot, dlg, XLSX, path) == str(path)
    return path


def cells(ws) -> dict[tuple[int, int], object]:
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}


def row_of(ws, first: object, after: int = 0) -> int:
    return next(r for (r, c), v in sorted(cells(ws).items()) if c == 1 and v == first and r > after)


def test_the_summary_sheet_says_what_the_window_says_in_german(qtbot, session, task_manager, tmp_path):
    with in_language("de"):
        path = exported(qtbot, session, task_manager, tmp_path / "bewertet.xlsx")
        sentence = wording.session_sentence(session)
    wb = load_workbook(path)
    assert wb.sheetnames[0] in GRADED_TITLES and wb.sheetnames[1] in SUMMARY_TITLES
    ws = wb[wb.sheetnames[1]]
    texts = [v for v in cells(ws).values() if isinstance(v, str)]
    assert sentence in texts and sentence != session.sentence()        # the window's sentence, in German
    counts = next(r for (r, c), v in cells(ws).items() if v == GERMAN_STATUSES[0])
    assert [ws.cell(counts, j).value for j in range(1, 9)] == ["Frage", "Antworten", *GERMAN_STATUSES]
    keys = [a.key for a in session.answers_for("asap-sas-1")]
    assert [ws.cell(counts + 1, j).value for j in range(1, 9)] == [
        "asap-sas-1", 5, *(sum(session.status(k) == st for k in keys) for st in review.STATUSES)]
    agreement = next(r for (r, c), v in cells(ws).items() if v == "Frage" and r > counts)
    assert ws.cell(agreement + 1, 1).value == "asap-sas-1"
    # the essay no model scores: the one answer she scored is counted as hers (it said "Von Ihnen entschieden: 0")
    assert [ws.cell(agreement, j).value for j in range(2, 4)] == ["Von Ihnen entschieden",
                                                                   "Davon vorher vom Modell bewertet"]
    assert [ws.cell(agreement + 2, j).value for j in range(1, 7)] == ["essay", 1, 0, "—", "—", "—"]
    essay = row_of(ws, "Frage essay")                                   # ReportPdf's "Question {item}"
    assert [ws.cell(essay + 1, j).value for j in (1, 2)] == ["Punktzahl", "Antworten"]
    assert ws.cell(essay + 2, 1).value == "1,5"                          # scores as the teacher reads numbers
    title = row_of(ws, f"Frage asap-sas-1 — {session.items['asap-sas-1'].title}")
    assert ws.cell(title + 1, 1).value == "Punktzahl"
    for chart in ws._charts:
        axes = [t.tx.rich.p[0].r[0].t for t in (chart.x_axis.title, chart.y_axis.title)]
        assert axes == ["Punktzahl", "Antworten"]
    # the graded table: the teacher's columns as they were, the grading columns in German (read back in any language)
    g = wb.worksheets[0]
    heads = [c.value for c in g[1]]
    assert heads == ["Student ID", "Name", "Question", "Answer", *COLUMN_NAMES["de"]]
    status = heads.index("Status") + 1
    assert {g.cell(r, status).value for r in range(2, g.max_row + 1)} <= set(STATUS_WORDS["de"].values())
    back = read_sheet(path)
    assert back.sheet_name == g.title and len(back.frame) == len(session.answers)
    # the model that scored each question, in German, and read back as such (the essay had none)
    models = row_of(ws, "Modelle, die die Antworten bewertet haben")
    assert [ws.cell(models + 1, j).value for j in range(1, 5)] == ["Frage", "Modell", "Modell-ID",
                                                                    "Prüfcode der Version"]
    info = session.items["asap-sas-1"]
    assert [ws.cell(models + 2, j).value for j in range(1, 5)] == ["asap-sas-1", info.title, "asap-sas-1",
                                                                    info.fingerprint[:12]]
    assert [ws.cell(models + 3, j).value for j in range(1, 3)] == ["essay", "Kein Modell: von Ihnen bewertet"]
    assert [(s.question, s.bundle_id, s.fingerprint) for s in workflow.read_for_grading(path).scored_by] == [
        ("asap-sas-1", "asap-sas-1", info.fingerprint[:12])]


def test_every_word_of_the_summary_sheet_goes_through_the_catalogue(qtbot, session, task_manager, tmp_path):
    """Each text ``summary_words`` marks, and the status names, translated as «its source»; a sheet name the reader
    would not know («Summary», «Graded») is not used: the sheets are named "Graded" and "Summary"."""
    with translation_catalogues.marked_catalogue(tmp_path, WORDS, STYLE, HEADINGS) as sources:
        assert "Grading summary of {source}" in sources and "Needs review" in sources
        path = exported(qtbot, session, task_manager, tmp_path / "graded.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [GRADED_TITLE, SUMMARY_TITLE]
    ws = wb[SUMMARY_TITLE]
    assert ws["A1"].value == "«Grading summary of class.csv»"
    counts = row_of(ws, "«Review counts»") + 1
    assert [ws.cell(counts, j).value for j in range(1, 9)] == [
        "«Question»", "«Answers»", "«Needs review»", "«Auto-accepted»", "«Confirmed by you»", "«Changed by you»",
        "«Scored by you»", "«Yours to score (no model)»"]
    everyone = row_of(ws, "«All questions»", counts)
    agreement = row_of(ws, "«Model–teacher agreement on the answers you decided»", everyone) + 1
    assert [ws.cell(agreement, j).value for j in range(1, 7)] == [
        "«Question»", "«Decided by you»", "«Of them, scored by the model before you»", "«Model agreed (share)»",
        "«Closeness to your scores (kappa: 1 = the same, 0 = chance)»", "«Scores you changed»"]
    assert row_of(ws, "«All questions»", agreement)
    models = row_of(ws, "Models that scored the answers", agreement)   # a title the reader would not know: English
    assert [ws.cell(models + 1, j).value for j in range(1, 5)] == [
        "«Question»", "«Model»", "«Model id»", "«Version check code»"]
    assert ws.cell(models + 3, 2).value == "«No model: you scored it»"
    distribution = row_of(ws, "«Final score distribution per question»", models)
    essay = row_of(ws, "«Question {item}»".replace("{item}", "essay"), distribution)
    assert [ws.cell(essay + 1, j).value for j in (1, 2)] == ["«Score»", "«Answers»"]
    scores = [ws.cell(r, 1).value for r in range(essay + 2, essay + 4)]
    assert scores == ["1.5", "«still open»"]
    titles = [c.title.tx.rich.p[0].r[0].t for c in ws._charts]
    assert titles == ["«Final scores: asap-sas-1»", "«Final scores: essay»"]


@pytest.mark.parametrize("language, graded, name", [("de", "Bewertet", "Übersicht"), ("es", "Corregida", "Resumen")])
def test_a_graded_workbook_in_another_language_is_read_from_its_graded_table(qtbot, session, task_manager, tmp_path,
                                                                             language, graded, name):
    """Both sheets named in the teacher's language (here by a catalogue given the words for them; QA in Spanish found
    the table still "Graded" beside "Resumen"): opened again, the workbook is read from its graded table, though its
    summary holds more text."""
    with in_language(language):
        with translation_catalogues.catalogue(tmp_path, {("SummarySheet", "Summary"): name, ("SummarySheet", "Graded"): graded}):
            path = exported(qtbot, session, task_manager, tmp_path / "graded.xlsx")
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == [graded, name]
    wb.close()
    back = read_sheet(path)
    assert back.sheet_name == graded
    assert list(back.frame["Answer"]) == [a.text for a in session.answers]


def test_each_language_names_the_sheets_as_the_reader_knows_them(qapp):
    """The committed catalogues' words for the sheets are ones the reader recognises (else the sheets would be named
    "Summary" and "Graded"): a translation other than these needs SUMMARY_TITLES or GRADED_TITLES changed with it; so
    is the title of the models that scored the answers (MODELS_TITLES), which the reader looks for."""
    for code in i18n.SUPPORTED:
        with in_language(code):
            assert QCoreApplication.translate("SummarySheet", "Summary") in SUMMARY_TITLES, code
            assert QCoreApplication.translate("SummarySheet", "Graded") in GRADED_TITLES, code
            assert QCoreApplication.translate("SummarySheet", "Models that scored the answers") in MODELS_TITLES, code


def test_in_english_the_window_writes_the_command_lines_words(qtbot, session, task_manager, tmp_path):
    """English: the same words as the command line's summary, but for the status names, which are the window's."""
    path = exported(qtbot, session, task_manager, tmp_path / "graded.xlsx")
    ws = load_workbook(path)[SUMMARY_TITLE]
    assert ws["A1"].value == "Grading summary of class.csv"
    counts = row_of(ws, "Review counts") + 1
    assert [ws.cell(counts, j).value for j in range(1, 4)] == ["Question", "Answers", "Needs review"]
    assert row_of(ws, "Final score distribution per question")
    essay = row_of(ws, "Question essay")
    assert [ws.cell(r, 1).value for r in range(essay + 1, essay + 4)] == ["Score", "1.5", "still open"]
