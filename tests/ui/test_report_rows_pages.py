"""A table's row is never split between two pages of a printed PDF (grader_app/ui/pdf_pages.py): a student whose
long name wraps onto several lines used to have the first line at the foot of one page and the rest, with the
scores, at the top of the next. Read back with Qt's own PDF reader, every row's whole text is on one page."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMarginsF

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")
QPdfDocument = QtPdf.QPdfDocument

from grader_app.core.session import GradingSession, ItemInfo  # noqa: E402
from grader_app.io.report import report_parts, report_title  # noqa: E402
from grader_app.ui import report_pdf  # noqa: E402
from grader_app.ui.pdf_pages import PdfPages, page_size_for_locale, split_tables_at_page_breaks  # noqa: E402
from long_sheets import long_sheet_session  # noqa: E402

ITEMS = ("q1", "q2", "q3")
LONG = "Maximiliana-Alexandrina von Hohenzollern-Sigmaringen"


def pages_of(data: bytes, tmp_path) -> list[str]:
    """Each page's text without white space (a PDF's text layer breaks words at odd places)."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return ["".join(doc.getAllText(p).text().split()) for p in range(doc.pageCount())]


def on_one_page(pages: list[str], rows: list[str]) -> None:
    """Every row's text whole on exactly one page, once in the PDF, the rows in order."""
    where = []
    for row in rows:
        found = [p for p, text in enumerate(pages) if row in text]
        assert len(found) == 1, (row, found)
        assert "".join(pages).count(row) == 1, row
        where.append(found[0])
    assert where == sorted(where)


def session_with_long_names(tmp_path, students: int) -> GradingSession:
    names = [f"Pupil {i:03d} " + " ".join([LONG] * (1 + i % 4)) for i in range(students)]
    rows = [(f"S{i:03d}", names[i], q, f"Answer {i} to {q}.") for i in range(students) for q in ITEMS]
    s = long_sheet_session(rows, {q: ItemInfo(item=q, title="", prompt="", labels=(0, 1, 2)) for q in ITEMS},
                           tmp_path / "Year 8.csv")
    for a in s.answers:
        s.decide(a.key, ITEMS.index(a.item))               # 0, 1 and 2: a total of 3
    return s


def test_no_students_row_is_split_between_pages(qtbot, tmp_path):
    s = session_with_long_names(tmp_path, 60)
    pages = pages_of(report_pdf.render_report_pdf(report_parts(s), report_title(s)), tmp_path)
    assert len(pages) >= 4
    rows = ["".join(f"Pupil {i:03d} {' '.join([LONG] * (1 + i % 4))} · S{i:03d} 0 1 2 3".split()) for i in range(60)]
    on_one_page(pages, rows)
    for text in pages[1:]:                                   # a table going on to a new page repeats its header
        assert "Studentq1q2q3Total" in text
    assert "".join(pages).count("Scoresperstudent") == 1


def table_html(rows: int, lines, header: bool) -> str:
    head = "<thead><tr><th>Who</th><th>Score</th></tr></thead>" if header else ""
    body = "".join(f"<tr><td>{'<br>'.join(f'row {r} line {k}' for k in range(lines(r)))}</td><td>end {r}</td></tr>"
                   for r in range(rows))
    return (f"<html><body><h2>Before</h2><p>Some words.</p><table border='1' cellpadding='4' width='100%'>{head}{body}"
            "</table><p>After the table.</p></body></html>")


@pytest.mark.parametrize("header", [True, False])
def test_rows_of_many_lines_start_a_new_page_rather_than_split(qtbot, tmp_path, header):
    pdf = PdfPages("t", page_size_for_locale(), QMarginsF(15, 15, 15, 15))
    lines = lambda r: 1 + (r * 7) % 9                        # noqa: E731 - rows of 1 to 9 lines
    first = pdf.place(pdf.lay_out("<html><body>" + "<p>filler</p>" * 12 + "</body></html>"))
    placed = pdf.place(pdf.lay_out(table_html(90, lines, header)), gap=40)   # starts low on page 0, runs on
    assert first == range(0, 1) and placed.start == 0 and len(placed) >= 4
    for p in range(pdf.page_count):
        pdf.paint(p, "left", f"page {p + 1}")
    pages = pages_of(pdf.finish(), tmp_path)
    rows = ["".join(f"row {r} line {k}" for k in range(lines(r))).replace(" ", "") + f"end{r}" for r in range(90)]
    on_one_page(pages, rows)
    text = "".join(pages)
    assert text.count("Before") == 1 and text.endswith(f"Afterthetable.leftpage{len(pages)}")   # once, at the end
    if header:
        assert all(t.startswith("WhoScore") for t in pages[placed.start + 1:])     # the header again on each page


def test_a_row_taller_than_a_page_is_left_to_run_on_and_the_others_are_kept_whole(qtbot, tmp_path):
    pdf = PdfPages("t", page_size_for_locale(), QMarginsF(15, 15, 15, 15))
    lines = lambda r: 1 + r % 5                                # noqa: E731
    html = table_html(40, lines, True).replace("row 3 line 0", "tall words " * 1500)    # longer than a page
    doc = pdf.lay_out(html)
    assert 1 < len(split_tables_at_page_breaks(doc, pdf.body_height)) < 40
    pdf.place(doc)
    for p in range(pdf.page_count):
        pdf.paint(p, "left", "right")
    pages = pages_of(pdf.finish(), tmp_path)
    assert "".join(pages).count("tallwords") == 1500
    on_one_page(pages, ["".join(f"row{r}line{k}" for k in range(lines(r))) + f"end{r}" for r in range(40) if r != 3])
