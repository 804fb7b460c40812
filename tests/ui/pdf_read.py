"""A PDF read back with Qt's own reader (QtPdf): loaded (or the test fails there), and its pages' text."""
from __future__ import annotations

import pytest

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")
QPdfDocument = QtPdf.QPdfDocument


def loaded_pdf(path):
    """The PDF at ``path``, loaded; the test fails here if Qt cannot read it."""
    doc = QPdfDocument(None)
    error = doc.load(str(path))
    assert error == QPdfDocument.Error.None_, (str(path), error)
    return doc


def pdf_from_bytes(data: bytes, tmp_path):
    """The PDF ``data``, written to ``tmp_path``/out.pdf and loaded from there."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return loaded_pdf(path)


def page_texts(doc) -> list[str]:
    """Each page's text as the PDF's text layer has it."""
    return [doc.getAllText(p).text() for p in range(doc.pageCount())]
