"""Print the grade report's HTML to an A4 PDF with QTextDocument and QPdfWriter.

The PDF is rendered into memory, then its bytes are written atomically by the same code as the
graded sheet, so a full disk or a file open elsewhere gives the same one-sentence
:class:`~grader_app.io.errors.SheetError`. QTextDocument and QPdfWriter (a paged paint device, like
QPrinter) may be used on a worker thread when created there, so the export dialog runs the whole
of it through the TaskManager.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..io.errors import SheetError
from ..io.writers import _atomic_write


def render_pdf(html: str, title: str = "Grade report") -> bytes:
    """The report as PDF bytes (A4, 15 mm margins)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Grader")
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # finishes the PDF
    buf.close()
    return bytes(data.data())


def write_pdf(html: str, path, title: str = "Grade report") -> Path:
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        raise SheetError(f"cannot write {p.name}: a printable report is a .pdf file; choose a name ending in .pdf")
    pdf = render_pdf(html, title=title)
    return write_pdf_bytes(pdf, p)


def write_pdf_bytes(pdf: bytes, path) -> Path:
    """Write rendered PDF bytes atomically (safe to run off the GUI thread)."""
    return _atomic_write(Path(path), lambda f: f.write(pdf))
