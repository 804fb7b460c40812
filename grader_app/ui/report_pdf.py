"""Print the grade report (:func:`grader_app.io.report.report_parts`) to PDF, a piece at a time.

Each piece (the heading; a question's figures; a page-long table of students) is laid out on its own and placed
below the last where it fits on the page, else on a new page; every page gets a footer with the
report's title and "page 2 of 5". The layout and painting run on the GUI thread in steps
(:func:`report_pdf_steps`, driven by :class:`~grader_app.ui.paced.Paced`; :mod:`.pdf_pages` says why);
the bytes are written atomically on a worker by the same code as the graded sheet, so a full disk or
a file open elsewhere gives the same one-sentence :class:`~grader_app.io.errors.SheetError`. The paper
follows the locale (A4, or US Letter).
"""
from __future__ import annotations

from typing import Generator, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageSize

from .paced import run_to_end
from .pdf_pages import PdfPages, paper_for, write_pdf_bytes

__all__ = ["render_report_pdf", "report_pdf_steps", "write_pdf_bytes"]

_MARGINS_MM = QMarginsF(15, 15, 15, 12)
_GAP = 70.0                              # dots between two pieces on one page (about 6 mm)
# Margins in px are the PDF's dots (300 per inch); a table's cellpadding is scaled from a screen's px by Qt.
_STYLE = """
body { font-size: 10pt; color: #111; }
h1 { font-size: 17pt; margin-bottom: 30px; }
h2 { font-size: 13pt; margin-bottom: 24px; }
p { margin-top: 0; margin-bottom: 24px; }
.after { margin-top: 24px; }
small { font-size: 8pt; color: #555; }
"""


def _piece(html: str) -> str:
    return f"<html><head><style>{_STYLE}</style></head><body>{html}</body></html>"


def report_pdf_steps(parts: Sequence[str], title: str = "Grade report", page_size: QPageSize | None = None,
                     locale: QLocale | None = None) -> Generator[tuple[int, int], None, bytes]:
    """Lay out every piece (a step each), then paint every page (a step each); yields (steps done, steps
    known so far); returns the PDF's bytes. On the GUI thread only."""
    loc = locale if locale is not None else QLocale()
    pdf = PdfPages(title, page_size if page_size is not None else paper_for(locale), _MARGINS_MM)
    try:
        for n, part in enumerate(parts, start=1):
            pdf.place(pdf.lay_out(_piece(part)), gap=_GAP)
            yield n, len(parts) + pdf.page_count
        count = pdf.page_count
        for p in range(count):
            pdf.paint(p, title, QCoreApplication.translate("ReportPdf", "page {number} of {count}").format(
                number=loc.toString(p + 1), count=loc.toString(count)))
            yield len(parts) + p + 1, len(parts) + count
        return pdf.finish()
    finally:
        pdf.abandon()


def render_report_pdf(parts: Sequence[str], title: str = "Grade report", page_size: QPageSize | None = None,
                      locale: QLocale | None = None) -> bytes:
    """:func:`report_pdf_steps` run to its end at once (on the GUI thread)."""
    return run_to_end(report_pdf_steps(parts, title, page_size, locale))
