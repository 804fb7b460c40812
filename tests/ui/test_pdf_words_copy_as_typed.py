"""The PDFs' text is the words as typed: a student's "reflect" or a rubric's "off-topic" reads back as those letters,
not with the font's ligatures ("reﬂect" with U+FB02, "oﬀ-topic" with U+FB00), which a word copied from the page, or
looked for in it, then was not (QA: the sample class's feedback and report printed, read back with pdftotext)."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageSize

from grader_app.core.session import ItemInfo
from grader_app.io.feedback import class_title, feedback_pages
from grader_app.io.report import report_parts, report_title
from grader_app.ui import report_pdf
from grader_app.ui.feedback_pdf import render_feedback_pdf
from long_sheets import long_sheet_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LIGATURES = "".join(chr(c) for c in range(0xFB00, 0xFB07))
ANSWER = "White lids reflect light; the flat office fluffs off the efficient fire."
RUBRIC = {"0": "Nothing: off-topic or blank", "1": "Partly: one effect", "2": "Full: the effect and its flow"}


def _text(path, *args: str) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the PDF's text as a viewer copies it")
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_feedback_and_report_text_has_the_letters_not_the_fonts_ligatures(qtbot, tmp_path):
    items = {"lid": ItemInfo(item="lid", title="Different lids: affect, flow", prompt="Which lid is the office's fit?",
                             labels=(0, 1, 2), rubric=dict(RUBRIC))}
    rows = [("S01", "Finn Effingham", "lid", ANSWER), ("S02", "Ann Lee", "lid", "It is off.")]
    s = long_sheet_session(rows, items, tmp_path / "Year 9.csv")
    for a in s.answers:
        s.decide(a.key, 0, comment="Look at the offset flask; find the difference.")
    feedback = tmp_path / "feedback.pdf"
    feedback.write_bytes(render_feedback_pdf(feedback_pages(s), class_title(s), QPageSize(QPageSize.PageSizeId.A4))[0])
    report = tmp_path / "report.pdf"
    report.write_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s)))

    said = " ".join(_text(feedback).split())
    assert not set(said) & set(LIGATURES), sorted(set(said) & set(LIGATURES))
    for typed in (ANSWER, "Finn Effingham · page 1 of 1", "Which lid is the office's fit?",
                  "Nothing: off-topic or blank", "Look at the offset flask; find the difference."):
        assert typed in said, typed                # body type, bold, italic, headings and the footer alike
    reported = " ".join(_text(report).split())
    assert not set(reported) & set(LIGATURES) and "Finn Effingham" in reported and "affect, flow" in reported
