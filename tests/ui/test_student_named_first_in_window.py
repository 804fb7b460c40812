"""The student's name where the teacher looks for it, with an email as the student id (QA: the columns dialog takes the
Email column as the id, and every label was "harper.nowak@school.example.org · Harper Nowak": the results table, cut at
its end, showed "harper.nowak@school.exa…" in every row at any width and in any language, the name never). Now the
label is "Harper Nowak · harper.nowak@…": at 1024×600, in English and German, every row of the table shows the whole
name; the review screen's student line begins with it; the search finds a student by name and by address; the
printed grade report's scores per student begin with the whole name, a row's line broken only between words
(was: "harper.nowa / k@school.ex / ample.org · / Harper / Nowak"). The real window opens a real
workbook with the columns it guesses; the report is printed and read back with Qt's PDF reader."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")
QPdfDocument = QtPdf.QPdfDocument

_IO_TESTS = str(Path(__file__).resolve().parents[1] / "io")
if _IO_TESTS not in sys.path:
    sys.path.insert(0, _IO_TESTS)

from PySide6.QtGui import QPageSize, QTextTable  # noqa: E402

from grader_app.io.report import report_parts, report_title  # noqa: E402
from grader_app.ui import report_pdf  # noqa: E402
from grader_app.ui import results_model as rm  # noqa: E402
from grader_app.ui.pdf_pages import PdfPages  # noqa: E402
from cell_text import shown_text  # noqa: E402
from in_language import in_language  # noqa: E402
from test_student_named_first import PEOPLE, class_sheet  # noqa: E402
from ui_helpers import open_and_score  # noqa: E402

# a class of 30: the six of the io test, then more with long school addresses
FIRST = ["Sebastian", "Abigail", "Carter", "Dylan", "Nora", "Anthony", "Olivia", "Hazel", "Owen", "Caleb", "Savannah",
         "Elijah"]
LAST = ["Flores", "White", "O'Brien", "Carter", "Gonzalez", "Johnson", "Lewis", "Hernandez", "Kowalski", "Brown"]
CLASS = PEOPLE + [(f, la, f"{f.lower()}.{la.lower().replace(chr(39), '')}@school.example.org")
                  for f, la in zip(FIRST * 2, LAST * 3)][:24]


@pytest.fixture(params=["en", "de"])
def language(request):
    with in_language(request.param):
        yield request.param


@pytest.fixture
def opened(qtbot, tmp_path, make_window, language):
    window = make_window((1024, 600))
    session = open_and_score(qtbot, window, class_sheet(tmp_path / "bio-p3.xlsx", people=CLASS))
    assert session.mapping.id_column == "Email"
    return window, session


def test_every_row_of_the_table_shows_the_whole_name_at_1024_pixels(qtbot, opened):
    window, _session = opened
    table = window.results.table
    model = table.model()
    assert model.rowCount() == len(CLASS)
    for row in range(model.rowCount()):
        index = model.index(row, rm.STUDENT)
        student = str(model.data(index))                        # the whole label
        drawn = shown_text(table, index)
        name = student.split(" · ")[0]
        assert student.endswith("@school.example.org") and drawn.startswith(name), (drawn, student)
    assert not table.horizontalScrollBar().isVisible()


def test_the_review_line_and_the_search_name_the_student_first(qtbot, opened):
    window, session = opened
    results = window.results
    results.search.setText("Harper Nowak")
    assert results.proxy.rowCount() == 1
    results.search.setText("harper.nowak@")                    # the address still finds them
    assert results.proxy.rowCount() == 1
    results.search.setText("")
    results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=5000)
    line = window.review_view.student_label.text()      # a group's: "A group of 5 answers · ▶ Mason Thomas · …"
    student = line.split("▶ ")[-1]
    assert student in {a.student for a in session.answers}, line
    assert student.split(" · ")[0] in {f"{f} {la}" for f, la, _e in CLASS}, line


def test_the_printed_report_begins_each_row_with_the_whole_name(qtbot, tmp_path, opened):
    _window, session = opened
    for a in session.answers:
        session.decide(a.key, a.key % 4)
    parts = report_parts(session, words=report_pdf.report_words())
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf.render_report_pdf(parts, report_title(session)))
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = "".join("".join(doc.getAllText(p).text().split()) for p in range(doc.pageCount()))
    assert doc.pageCount() <= 3, doc.pageCount()
    for k, (first, last, email) in enumerate(CLASS):
        score = str(k % 4)
        assert "".join(f"{first} {last} · {email} {score} {score}".split()) in text, (first, last)
    doc.close()
    pdf = PdfPages("probe", QPageSize(QPageSize.PageSizeId.A4), report_pdf._MARGINS_MM)
    try:
        laid = pdf.lay_out(report_pdf._piece(parts[-1]))
        table = next(f for f in laid.rootFrame().childFrames() if isinstance(f, QTextTable))
        for r in range(2, table.rows()):                       # under the header and the "Out of" row
            block = table.cellAt(r, 0).firstCursorPosition().block()
            text, layout = block.text(), block.layout()
            name = text.split(" · ")[0]
            # the name whole on the first line; a line broken only at a space (was: "harper.nowa / k@school.ex / …")
            assert text[:layout.lineAt(0).textLength()].startswith(name), text
            for n in range(1, layout.lineCount()):
                assert text[layout.lineAt(n).textStart() - 1].isspace(), text
    finally:
        pdf.abandon()
