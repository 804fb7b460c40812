"""The graded CSV of a teacher's workbook, exported from a window whose numbers have a decimal comma (German, Spanish):
QA (a German teacher's own .xlsx, German interface) found it comma-separated with decimal points ("0.706"), which German
Excel, whose list separator is the semicolon, opens as one column, while the export dialog said "UTF-8, lässt sich in
Excel öffnen". Only a semicolon CSV of answers gave semicolons back (io.csv_locale). Now a sheet that was no CSV takes
the separator of the window's numbers: semicolons and decimal commas in German, commas and points in English; a CSV of
answers still keeps its own. The real export dialog writes the file; it is read back with the csv module and by
Grader."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from grader_app.bundles.library import Library
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.ui import i18n
from grader_app.workflow import start_session
from ui_helpers import export_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

QUESTION = "Erkläre, warum Pflanzen Licht brauchen. (2 Punkte)"
ANSWERS = ["Lichtenergie, um Traubenzucker herzustellen.", "=SUMME(Licht + Wasser)", "Weil es warm ist; größer."]


def workbook(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Klasse 9b – Biologie – Test 3"])
    ws.append(["Name", "Frage", "Antwort"])
    for name, answer in zip(("Lena Müller", "Jonas Groß", "Mia Weiß"), ANSWERS):
        ws.append([name, QUESTION, answer])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"   # the student's text, not a formula
    path = folder / "Biologie 9b.xlsx"
    wb.save(path)
    return path


def exported(qtbot, task_manager, folder: Path, sheet: Path) -> bytes:
    s, _ = start_session(read_sheet(sheet), guess_columns(read_sheet(sheet)), Library.load([]))
    s.decide(0, 2, comment="gut; weiter so")
    s.decide(1, 1.5)   # a half point, as the teacher may give
    dlg = export_dialog(qtbot, s, sheet, task_manager)
    dlg.set_format("csv")
    out = folder / "out" / "bio-bewertet.csv"
    out.parent.mkdir(exist_ok=True)
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        assert dlg.export()
    return out.read_bytes()


@pytest.mark.parametrize("language, separator, half", [("de", ";", "1,5"), ("en", ",", "1.5")])
def test_a_workbooks_graded_csv_is_separated_as_the_windows_numbers_are(qtbot, task_manager, tmp_path, language,
                                                                        separator, half):
    assert i18n.install(language)
    data = exported(qtbot, task_manager, tmp_path, workbook(tmp_path))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=separator))
    assert rows[0][:3] == ["Name", "Frage", "Antwort"] and len(rows[0]) == 9   # in columns (was one in German Excel)
    assert [r[2] for r in rows[1:]] == [ANSWERS[0], "'" + ANSWERS[1], ANSWERS[2]]   # no formula, the text whole
    assert rows[2][7] == half and rows[1][7] == "2" and rows[1][8] == "gut; weiter so"
    back = read_sheet(tmp_path / "out" / "bio-bewertet.csv")   # Grader reads its own file back, answers as they were
    assert back.frame["Antwort"].tolist() == ANSWERS


def test_a_csv_of_answers_keeps_its_own_separator_in_german(qtbot, task_manager, tmp_path):
    sheet = tmp_path / "klasse.csv"
    sheet.write_text("Name,Frage,Antwort\r\n" + "".join(f'{n},"{QUESTION}","{a}"\r\n' for n, a in
                                                         zip(("Lena", "Jonas", "Mia"), ANSWERS)), encoding="utf-8")
    assert i18n.install("de")
    data = exported(qtbot, task_manager, tmp_path, sheet)
    first = data[3:].decode("utf-8").splitlines()[0]
    assert first.startswith("Name,Frage,Antwort,") and ";" not in first   # an LMS's CSV, say: commas as it had
