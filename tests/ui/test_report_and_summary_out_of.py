"""The grade report says what each question's scores are out of, on the question's own scale
(lms_points.question_top: a question the teacher marks without a model is out of 3, the review's scale, even when
nobody got more than 1; a 0-2 model's question out of 2), in a row under the table's header (QA: "1" beside a
question worth 5 said nothing of it). The export dialog's summary, for the points sheet, says how many students get no
total because answers of theirs are still open (it said the same sentence for every format). The PDF is written for
real and read back with Qt's PDF reader; the dialog is the real one."""
from __future__ import annotations

import re

import pytest

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")

from grader_app.core.session import ItemInfo  # noqa: E402
from grader_app.io.report import report_parts, report_title  # noqa: E402
from grader_app.ui import report_pdf  # noqa: E402
from grader_app.ui.export_dialog import PDF, ExportDialog  # noqa: E402
from long_sheets import long_sheet_session  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _session(tmp_path, open_n: int = 0):
    """Five students, "model" scored on a 0-2 model's scale and "own" marked by the teacher 0 or 1 (no model); the
    last ``open_n`` students' "own" answers left open."""
    rows = [(f"S{i}", f"Pupil {i}", q, f"Answer {i} to {q}.") for i in range(5) for q in ("model", "own")]
    s = long_sheet_session(rows, {"model": ItemInfo(item="model", labels=(0, 1, 2))}, tmp_path / "Year 8.csv")
    for a in s.answers:
        if a.item == "model":
            s.decide(a.key, 2)
        elif a.row // 2 < 5 - open_n:
            s.decide(a.key, a.row // 2 % 2)
    return s


def test_the_report_says_what_each_question_is_out_of(qtbot, tmp_path):
    s = _session(tmp_path)
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s)))
    doc = QtPdf.QPdfDocument(None)
    assert doc.load(str(out)) == QtPdf.QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    assert re.search(r"Student\s+model\s+own\s+Total\s+Out of\s+2\s+3\s", text), text


def test_the_summary_counts_the_students_without_a_total_for_the_points_sheet(qtbot, tmp_path, task_manager):
    s = _session(tmp_path, open_n=2)
    dlg = ExportDialog(s, tmp_path / "Year 8.csv", task_manager)
    qtbot.addWidget(dlg)
    dlg.set_format("points")
    said = dlg.summary_label.text()
    assert "2 answers still have no score" in said
    assert "2 students get no total in the points sheet because of them." in said
    dlg.set_format(PDF)
    assert "no total" not in dlg.summary_label.text()


def test_the_total_column_says_what_the_total_is_out_of(qtbot, tmp_path):
    """QA (the sample class printed): the "Out of" row had each question's maximum but nothing under "Total", so a
    total of 5 said nothing of what it was out of, where the feedback page says "5 out of 8". A question whose scale
    is unknown leaves it blank rather than a sum that is too small."""
    s = _session(tmp_path)
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s)))
    doc = QtPdf.QPdfDocument(None)
    assert doc.load(str(out)) == QtPdf.QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    assert re.search(r"Out of\s+2\s+3\s+5\s+Pupil 0", text), text          # 2 + 3, before the first student's row
    assert re.search(r"Pupil 0 · S0\s+2\s+0\s+2\s", text), text              # each row's total, as before
    import grader_app.io.report as report

    unknown = {**report.scale_maxima(s), "own": None}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(report, "scale_maxima", lambda _session: unknown)
        html = "".join(report_parts(s))
    assert "<i>2</i>" in html and "<i>5</i>" not in html and "<i>3</i>" not in html


@pytest.mark.parametrize("language, dash_said", [
    ("en", "“—” under “Total” that the total waits for a score still open"),
    ("de", "„—“ unter „Summe“, dass die Summe noch auf eine offene Punktzahl wartet"),
    ("es", "«—» bajo «Total», que el total espera una puntuación aún pendiente")])
def test_the_note_under_the_table_says_what_a_dash_for_a_total_means(qtbot, tmp_path, language, dash_said):
    """QA (the sample class printed, 21 of 30 students with answers still open): their Total was "—", the only mark
    in the table the note under it did not explain ("open" and "no answer" it did). In the interface's language, the
    table's own word for Total in it."""
    from grader_app.ui import i18n

    assert i18n.install(language)
    s = _session(tmp_path, open_n=2)
    words = report_pdf.report_words()
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s, words=words), report_title(s, words=words)))
    doc = QtPdf.QPdfDocument(None)
    assert doc.load(str(out)) == QtPdf.QPdfDocument.Error.None_
    text = " ".join(" ".join(doc.getAllText(p).text() for p in range(doc.pageCount())).split())
    assert re.search(r"Pupil 4 · S4 2 (open|offen|pendiente) —", text), text       # the dash is in the table
    assert words.total in text.split("Pupil 0")[0]                                   # the word of the table's head
    assert dash_said in text, text


@pytest.mark.parametrize("language, day", [("de", "Montag, 9. März 2026"), ("es", "lunes, 9 de marzo de 2026")])
def test_the_report_is_dated_in_the_interface_language(qtbot, tmp_path, language, day):
    """QA (the sample class printed in German and Spanish): the report's words were theirs but its date "2026-03-09",
    the form of none of them; it is the locale's own, the month's name written out so that no reader takes the day
    for the month."""
    from datetime import date

    from grader_app.ui import i18n

    assert i18n.install(language)
    s = _session(tmp_path)
    words = report_pdf.report_words()
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s, when=date(2026, 3, 9), words=words),
                                                 report_title(s, words=words)))
    doc = QtPdf.QPdfDocument(None)
    assert doc.load(str(out)) == QtPdf.QPdfDocument.Error.None_
    text = " ".join(" ".join(doc.getAllText(p).text() for p in range(doc.pageCount())).split())
    assert f"{day} · 10 " in text and "2026-03-09" not in text, text


def test_the_note_under_the_table_stands_clear_of_its_last_row(qtbot, tmp_path):
    """QA (the sample class printed): the note under the table of scores touched its last row's lower border, so it read
    as a row of the table; it stands apart as the line under a question's chart does (more than a row's height)."""
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads where the PDF's words are")
    s = _session(tmp_path)
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s)))
    boxes = subprocess.run(["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True, text=True).stdout
    words = [(float(y0), float(y1), w) for y0, y1, w in
             re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', boxes)]
    rows = sorted(y0 for y0, _y1, w in words if re.fullmatch(r"S\d", w))
    assert len(rows) == 5
    last_row = max(y1 for _y0, y1, w in words if w == "S4")
    note = min(y0 for y0, _y1, w in words if w == "Made")
    assert note - last_row > rows[-1] - rows[-2], (note - last_row, rows[-1] - rows[-2])   # a gap taller than a row
