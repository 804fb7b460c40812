"""The mail-merge feedback sheet written through the real export dialog in each language the window speaks: its
headers (the merge fields of the teacher's letter) and its XLSX sheet's name are the window's language, from the
committed catalogues; the name column holds the student's name alone, the id its own column. Read back from disk."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

import ui_helpers
import translation_catalogues
from grader_app.ui.export_dialog import FEEDBACK_CSV, FEEDBACK_XLSX, ExportDialog
from in_language import in_language
from test_export_dialog import build_session
from test_export_fit_and_words import export

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
WORDS = ROOT / "grader_app" / "ui" / "feedback_words.py"

EXPECTED = {   # language: (sheet name, the first columns, question 1's six, the last two)
    "en": ("Feedback", ["Name", "Student ID", "First name", "Last name"],
           ["Q1 question", "Q1 answer", "Q1 score", "Q1 out of", "Q1 rubric", "Q1 comment"], ["Total", "Out of"]),
    "de": ("Rückmeldung", ["Name", "Schüler-ID", "Vorname", "Nachname"],
           ["F1 Frage", "F1 Antwort", "F1 Punkte", "F1 Höchstpunktzahl", "F1 Bewertungsraster", "F1 Kommentar"],
           ["Summe", "Höchstpunktzahl"]),
    "es": ("Comentarios", ["Nombre completo", "ID de estudiante", "Nombre", "Apellidos"],
           ["P1 pregunta", "P1 respuesta", "P1 puntuación", "P1 puntuación máxima", "P1 rúbrica", "P1 comentario"],
           ["Total", "Puntuación máxima"]),
}


NAMES = ("Ann Lee", "Ben Okafor", "Cara Diaz")


@pytest.fixture
def session(tmp_path):
    sheet = ui_helpers.make_long_csv(tmp_path / "class.csv", n_students=3, items=("asap-sas-1", "essay"))
    text = sheet.read_text(encoding="utf-8")
    for n, name in enumerate(NAMES, start=1):   # names with a last name ("Student 1" is a first name whole)
        text = text.replace(f"Student {n},", f"{name},")
    sheet.write_text(text, encoding="utf-8")
    s = build_session(sheet, tmp_path)
    s.decide(s.answers_for("asap-sas-1")[0].key, 2, comment="well argued")
    return s


def rows_of(path: Path) -> tuple[str | None, list[list]]:
    if path.suffix == ".csv":
        import csv

        with open(path, newline="", encoding="utf-8-sig") as fh:
            text = fh.read()
        return None, list(csv.reader(text.splitlines(), delimiter=";" if text.splitlines()[0].count(";") else ","))
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    return ws.title, [[("" if c.value is None else c.value) for c in row] for row in ws.iter_rows()]


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("fmt", [FEEDBACK_XLSX, FEEDBACK_CSV])
def test_the_feedback_sheet_speaks_the_windows_language(qtbot, session, task_manager, tmp_path, language, fmt):
    suffix = ".xlsx" if fmt == FEEDBACK_XLSX else ".csv"
    with in_language(language):
        dlg = ExportDialog(session, session.sheet.source, task_manager)
        qtbot.addWidget(dlg)
        dlg.show()
        path = Path(export(qtbot, dlg, fmt, tmp_path / f"feedback-{language}{suffix}"))
    title, rows = rows_of(path)
    sheet_name, who, first_question, end = EXPECTED[language]
    head = rows[0]
    assert head[:4] == who and head[4:10] == first_question and head[-2:] == end
    assert len(head) == 4 + 2 * 6 + 2 and len(set(head)) == len(head)   # every column its own merge field
    if title is not None:
        assert title == sheet_name
    assert [r[:4] for r in rows[1:]] == [[name, f"S00{n}", *name.split()] for n, name in enumerate(NAMES, start=1)]
    first = rows[1]
    assert first[head.index(first_question[5])] == "well argued" and str(first[head.index(first_question[2])]) == "2"


def test_every_header_goes_through_the_catalogue(qtbot, session, task_manager, tmp_path):
    """Each text ``feedback_words`` marks is translated: written as «its source»."""
    with translation_catalogues.marked_catalogue(tmp_path, WORDS) as sources:
        assert "Q{n} answer" in sources and "Student ID" in sources
        dlg = ExportDialog(session, session.sheet.source, task_manager)
        qtbot.addWidget(dlg)
        dlg.show()
        path = Path(export(qtbot, dlg, FEEDBACK_XLSX, tmp_path / "feedback.xlsx"))
    title, rows = rows_of(path)
    assert title == "«Feedback»"
    assert rows[0][:6] == ["«Name»", "«Student ID»", "«First name»", "«Last name»", "«Q1 question»", "«Q1 answer»"]
    assert rows[0][-2:] == ["«Total»", "«Out of»"]
