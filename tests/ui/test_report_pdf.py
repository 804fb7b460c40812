"""The printable grade report (grader_app/ui/report_pdf.py, pdf_pages.py, pdf_export.py), exported through the
dialog and read back with Qt's own PDF reader: every student's row once, in order, across pages numbered
"page k of n"; every question's figures; the text laid out and painted on the GUI thread only (a
QTextDocument made on a worker can deadlock against the window), the bytes written on a worker."""
from __future__ import annotations

import re
import threading

import numpy as np
import pytest
from PySide6.QtCore import QMarginsF

from grader_app.core.session import ItemInfo
from grader_app.io.report import STUDENT_ROWS_PER_TABLE, report_parts
from grader_app.ui import pdf_pages, report_pdf
from grader_app.ui.export_dialog import FEEDBACK_PDF, PDF, ExportDialog
from grader_app.ui.pdf_pages import PdfPages, page_size_for_locale
from long_sheets import long_sheet_session
from pdf_read import loaded_pdf, page_texts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

N_STUDENTS = 95
ITEMS = ("q-ice", "q-moon")


@pytest.fixture
def session(tmp_path):
    rows = [(f"S{i:03d}", f"Pupil {i:03d}", q, f"Answer {i} to {q}.") for i in range(N_STUDENTS) for q in ITEMS]
    items = {q: ItemInfo(item=q, title=f"Title of {q}", prompt=f"Explain {q}.", labels=(0, 1, 2)) for q in ITEMS}
    s = long_sheet_session(rows, items, tmp_path / "Year 8.csv", write=True)
    rng = np.random.default_rng(3)
    for q in ITEMS:
        keys = [a.key for a in s.answers_for(q)]
        s.set_predictions(keys, rng.dirichlet(np.ones(3) * 0.5, size=len(keys)))
    for a in s.answers[:40]:
        s.decide(a.key, a.row % 3)
    return s


def test_report_pdf_has_every_student_once_in_order_on_numbered_pages(qtbot, session, tmp_path, task_manager,
                                                                      monkeypatch):
    threads = {"lay_out": set(), "write": set()}
    lay_out, write = PdfPages.lay_out, report_pdf.write_pdf_bytes

    def lay_out_here(self, html):
        threads["lay_out"].add(threading.current_thread() is threading.main_thread())
        return lay_out(self, html)

    def write_here(pdf, path):
        threads["write"].add(threading.current_thread() is threading.main_thread())
        return write(pdf, path)

    monkeypatch.setattr(PdfPages, "lay_out", lay_out_here)
    monkeypatch.setattr(report_pdf, "write_pdf_bytes", write_here)
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_format(PDF)
    out = tmp_path / "report.pdf"
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        assert dlg.export() is True
        assert dlg.busy and not dlg.export_button.isEnabled()
    assert threads == {"lay_out": {True}, "write": {False}}      # laid out on the GUI thread, written on a worker
    assert dlg.pdf_export.paced.slices >= 1 and not dlg.pdf_export.busy

    texts = page_texts(loaded_pdf(out))
    n = len(texts)
    pieces = 1 + len(ITEMS) + -(-N_STUDENTS // STUDENT_ROWS_PER_TABLE)
    assert 2 <= n <= pieces
    assert dlg.progress.maximum() == pieces + n == dlg.progress.value()   # the bar followed each piece and page
    for k, text in enumerate(texts, start=1):
        assert f"page {k} of {n}" in text and "Grade report: Year 8.csv" in text
    whole = "".join("".join(t.split()) for t in texts)       # without white space: a PDF's text layer
    title = "Gradereport:Year8.csv"                                # splits bold words at odd places
    assert whole.count(title) == 1 + n                              # the heading once, then every footer
    for q in ITEMS:
        assert whole.count(f"Question{q}—Titleof{q}") == 1 and whole.count(f"Explain{q}.") == 1
    found = [int(m) for m in re.findall(r"Pupil\d{3}·S(\d{3})", whole)]
    assert found == list(range(N_STUDENTS))                      # every row once, in order, none twice at a break
    assert whole.count("Scoresperstudent") == 1 and whole.count("MadebyGraderonthiscomputer") == 1

def pieces_of(pdf: PdfPages, lines: int) -> object:
    return pdf.lay_out("<html><body>" + "".join(f"<p>line {k}</p>" for k in range(lines)) + "</body></html>")


def test_pieces_share_a_page_where_they_fit_and_run_on_where_they_do_not(qtbot):
    pdf = PdfPages("t", page_size_for_locale(), QMarginsF(15, 15, 15, 15))
    small = pieces_of(pdf, 5)
    h = small.documentLayout().documentSize().height()
    per_page = int(pdf.body_height // h)
    assert per_page >= 3
    for _ in range(per_page):
        assert pdf.place(pieces_of(pdf, 5)) == range(0, 1)          # they stack on page 0
    assert pdf.place(pieces_of(pdf, 5)) == range(0, 2)              # the next does not fit: it runs on to page 1
    assert pdf.place(pieces_of(pdf, 5), new_page=True) == range(2, 3)
    tall = pieces_of(pdf, 400)
    assert tall.pageCount() >= 3
    placed = pdf.place(tall)                                         # below the last piece, on as many as it needs
    assert placed.start == 2 and placed.stop == pdf.page_count >= 2 + tall.pageCount()
    with pytest.raises(ValueError, match="out of order"):
        pdf.paint(1, "left", "right")
    for p in range(pdf.page_count - 1):
        pdf.paint(p, "left", f"right {p}")
    with pytest.raises(ValueError, match="not painted"):
        pdf.finish()
    pdf.paint(pdf.page_count - 1, "left", "last")
    data = pdf.finish()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    pdf.abandon()                                                    # twice is harmless


def test_report_parts_are_the_whole_report(session):
    parts = report_parts(session)
    assert len(parts) == 1 + len(ITEMS) + -(-N_STUDENTS // STUDENT_ROWS_PER_TABLE)
    assert "<h1>" in parts[0] and all(f"Question {q}" in parts[1 + k] for k, q in enumerate(ITEMS))
    assert parts[1 + len(ITEMS)].startswith("<h2>Scores per student</h2>")


@pytest.mark.parametrize("fmt", [PDF, FEEDBACK_PDF])
def test_no_text_is_laid_out_on_a_worker(qtbot, session, tmp_path, task_manager, monkeypatch, fmt):
    made_on = set()
    real = pdf_pages.QTextDocument

    def document(*args):
        made_on.add(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(pdf_pages, "QTextDocument", document)
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.set_format(fmt)
    dlg.set_destination(tmp_path / "out.pdf")
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        assert dlg.export()
    assert made_on == {True}
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_a_failure_while_painting_is_told_and_writes_nothing(qtbot, session, tmp_path, task_manager, monkeypatch):
    def broken(self, page, left, right):
        raise RuntimeError("the painter broke")

    real = PdfPages.paint
    monkeypatch.setattr(PdfPages, "paint", broken)
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.set_format(PDF)
    out = tmp_path / "report.pdf"
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.failed, timeout=30000) as sig:
        assert dlg.export()
    assert "unexpected problem (RuntimeError)" in sig.args[0] and "your grading is unchanged" in sig.args[0]
    assert not dlg.busy and dlg.export_button.isEnabled() and dlg.progress.isHidden()
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    monkeypatch.setattr(PdfPages, "paint", real)                  # the next try works
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        assert dlg.export()
    assert out.read_bytes().startswith(b"%PDF") and dlg.error_text() == ""


def test_fourteen_questions_never_wrap_a_number_nor_a_word_of_the_table(qtbot, tmp_path):
    import shutil
    import subprocess

    from grader_app.io.report import report_title
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the PDF's lines")
    items = [f"q{k}" for k in range(1, 15)]
    long_name = "Maximiliana-Alexandrina von Hohenzollern-Sigmaringen"
    rows = [(f"S{i:03d}", f"Pupil {i:03d}" + (" " + long_name if i == 3 else ""), q, f"Answer {i} to {q}.")
            for i in range(40) for q in items]
    labels = (0, 0.5, 12.5, 100)
    s = long_sheet_session(rows, {q: ItemInfo(item=q, title="", prompt="", labels=labels) for q in items},
                           tmp_path / "Year 8.csv")
    for a in s.answers[:300]:
        s.decide(a.key, 100 if a.item == "q1" else labels[a.row % 4])     # q1: 22 of 40 answers 100 ("55 %")
    out = tmp_path / "wide.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s)))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    scores = {"0", "0.5", "12.5", "100", "open", "—"}
    seen = 0
    for line in text.splitlines():
        m = re.match(r"\s*Pupil (\d{3})\s+(.*)$", line)
        if m:                                                   # not the name, the id or the "·" between them
            cells = [c for c in m.group(2).split() if c == "open" or not re.search("[A-Za-z·]", c)]
            assert len(cells) == 15 and set(cells[:-1]) <= scores, line      # 14 scores and the total on one line
            assert cells[-1] == "—" or re.fullmatch(r"\d+(\.5)?", cells[-1]), line
            seen += 1
        assert not re.match(r"\s*%", line), line                              # no "%" without its number
        assert not [t for t in line.split() if t in ("ope", "n", ".5") or re.fullmatch(r"\d+\.", t)], line
    assert seen == 40
    assert re.search(r"Student\s+q1\s+q2", text) and re.search(r"q14\s+Total", text) and "55 %" in text


def test_the_report_is_in_the_interface_language(qtbot, session, tmp_path):
    """Every word of the report's body goes through Qt's translations (context ReportPdf), its numbers in the
    locale's digits: a translator that marks every text it is asked for shows which ones."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from grader_app.io.report import report_title

    class Marking(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context == "ReportPdf" else None

    marking = Marking()
    before = QLocale()
    QCoreApplication.installTranslator(marking)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        words = report_pdf.report_words()
        parts = report_parts(session, words=words)
        title = report_title(session, words=words)
        assert words.number(12.5) == "12,5" and words.percent(45.0) == "45\u00a0%"
    finally:
        QCoreApplication.removeTranslator(marking)
        QLocale.setDefault(before)
    out = tmp_path / "marked.pdf"
    out.write_bytes(report_pdf.render_report_pdf(parts, title))
    whole = " ".join(page_texts(loaded_pdf(out)))
    assert title == "«Grade report: {source}»".replace("{source}", "Year 8.csv") and whole.count(title) >= 2
    for said in ("«Scores per student»", "«Student»", "«Total»", "«Score»", "«Answers»", "«Share»", "«open»",
                 "«Question {item} — {title}»".format(item="q-ice", title="Title of q-ice"), "«Made by Grader"):
        assert said in whole, said
    html = "".join(parts)
    for english in ("Grade report", "Scores per student", "You reviewed", ">open<", "Made by"):
        assert english not in html.replace("«Grade report", "").replace("«Scores per student", "") \
            .replace("«You reviewed", "").replace("«Made by", "").replace(">«open»<", ""), english


def test_a_question_headed_by_its_own_wording_is_printed_once(qtbot, tmp_path):
    """QA: a question whose name or title is its wording ("Why does ice float?", the column's header of the
    teacher's own question) was printed twice, as its heading and again as its text under it."""
    from grader_app.io.report import report_title

    own, titled, other = "Why does ice float?", "q-lever", "q-moon"
    items = {own: ItemInfo(item=own, prompt=own),                                 # as the workflow makes it
             titled: ItemInfo(item=titled, title="What is a lever?", prompt=" What is a lever?\n"),
             other: ItemInfo(item=other, title="The Moon", prompt="Why does the Moon have phases?")}
    rows = [(f"S{i}", f"Pupil {i}", q, f"Answer {i}.") for i in range(3) for q in items]
    s = long_sheet_session(rows, items, tmp_path / "Year 8.csv")
    s.decide(s.answers[0].key, 1)
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s)))
    questions = " ".join(" ".join(page_texts(loaded_pdf(out))).split()).split("Scores per student")[0]   # not the table's header
    assert questions.count(own) == 1 and questions.count("What is a lever?") == 1
    assert "Question q-moon — The Moon" in questions and questions.count("Why does the Moon have phases?") == 1
