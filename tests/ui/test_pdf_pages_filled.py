"""Printed pages are filled (grader_app/ui/pdf_pages.py, pdf_breaks.py): a report piece that does not fit on the rest
of a page starts there and runs on to the next, rather than leaving the rest of the page blank; only a heading
goes along with the first lines it heads, and a small chart whole. Measured on real PDFs, at A4 and US Letter, of
a class of 150 students and 5 questions: the blank at the foot of every page but the last, rendered with Qt's own
PDF reader; headings on the page of what they head; and no text of a feedback page lost on the way."""
from __future__ import annotations

import html
import re

import numpy as np
import pytest
from PySide6.QtCore import QMarginsF, QSize
from PySide6.QtGui import QPageSize

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")
QPdfDocument = QtPdf.QPdfDocument

from grader_app.core.session import GradingSession, ItemInfo  # noqa: E402
from grader_app.io.feedback import class_title, feedback_pages  # noqa: E402
from grader_app.io.report import report_parts, report_title  # noqa: E402
from grader_app.ui import report_pdf  # noqa: E402
from grader_app.ui.feedback_pdf import render_feedback_pdf  # noqa: E402
from grader_app.ui.pdf_pages import RESOLUTION, PdfPages  # noqa: E402
from long_sheets import long_sheet_session  # noqa: E402
from pdf_read import pdf_from_bytes  # noqa: E402
from ui_helpers import gray_pixels  # noqa: E402

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
BECAUSE = "because the particles move faster and spread out"


def class_of(tmp_path, students: int, questions: int, decided: float = 2 / 3) -> GradingSession:
    """A class as the teacher has it mid-way: every question with a prompt of its own, the model's scores on every
    answer, the teacher's on the first ``decided`` of them (some with a comment); answers of 1 to 9 clauses."""
    items = [f"q{k}" for k in range(1, questions + 1)]
    rows = [(f"S{i:03d}", f"Pupil {i:03d} Surname{'x' * (i % 7)}", q,
             f"Answer {i} to {q}: " + " ".join([BECAUSE] * (1 + (3 * i + k) % 9)))
            for i in range(students) for k, q in enumerate(items)]
    infos = {q: ItemInfo(item=q, title=f"Title of {q}", prompt=f"Explain {q} with the particle model: why does a solid "
                         "expand when it is heated? Give one everyday example.", labels=(0, 1, 2, 3)) for q in items}
    s = long_sheet_session(rows, infos, tmp_path / "Year 8 science.csv")
    rng = np.random.default_rng(1)
    for q in items:
        keys = [a.key for a in s.answers_for(q)]
        s.set_predictions(keys, rng.dirichlet(np.ones(4) * 0.5, size=len(keys)))
    for a in s.answers[:int(len(s.answers) * decided)]:
        s.decide(a.key, a.row % 4, comment=f"Comment on row {a.row}." if a.row % 3 == 0 else "")
    return s


def texts(doc: QPdfDocument) -> list[str]:
    """Each page's text without white space (a PDF's text layer breaks words at odd places)."""
    return ["".join(doc.getAllText(p).text().split()) for p in range(doc.pageCount())]


def blank_at_foot(doc: QPdfDocument, paper: QPageSize, margins: QMarginsF) -> list[float]:
    """For each page, the share of the body (below the top margin, above the footer) left blank under its last ink."""
    pdf = PdfPages("probe", paper, margins)            # the body's height, as the export lays it out
    top = margins.top() / 25.4 * 72
    bottom = top + pdf.body_height / RESOLUTION * 72
    pdf.abandon()
    out = []
    for p in range(doc.pageCount()):
        size = doc.pagePointSize(p)
        pixels = gray_pixels(doc.render(p, QSize(round(size.width()), round(size.height()))))     # a pixel a point
        inked = np.nonzero((pixels[:int(bottom)] < 200).any(axis=1))[0]
        out.append((bottom - inked[-1]) / (bottom - top) if len(inked) else 1.0)
    return out


@pytest.mark.parametrize("paper", PAPERS)
def test_report_pages_are_filled_and_headings_stay_with_what_they_head(qtbot, tmp_path, paper):
    s = class_of(tmp_path, 150, 5)
    size = QPageSize(PAPERS[paper])
    doc = pdf_from_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s), size), tmp_path)
    pages = texts(doc)
    blank = blank_at_foot(doc, size, report_pdf._MARGINS_MM)
    # a piece starts where the one above it ends: at most a question's heading, prompt, figures and chart (kept
    # together), or a heading with its first lines, goes on to the next page (before, a piece that did not fit
    # whole left up to two thirds of its page blank)
    assert max(blank[:-1]) < 1 / 3, [round(b, 2) for b in blank]
    for k in range(1, 6):                              # a question's heading on the page of its prompt
        on = [p for p, text in enumerate(pages) if f"Questionq{k}—Titleofq{k}" in text]
        assert len(on) == 1 and f"Explainq{k}withtheparticlemodel" in pages[on[0]], (k, on)
        assert pages[on[0]].index(f"Questionq{k}—") < pages[on[0]].index(f"Explainq{k}with")
    scores = [p for p, text in enumerate(pages) if "Scoresperstudent" in text]
    assert len(scores) == 1 and "Pupil000" in pages[scores[0]] and "·S000" in pages[scores[0]]
    # the table of students: every row once, in order; its pieces join where they meet on a page (no header
    # between them), and every page of it starts under its header
    rows = [[p for p, text in enumerate(pages) if f"·S{i:03d}" in text] for i in range(150)]   # "Pupil 000 … · S000"
    assert all(len(r) == 1 for r in rows) and [r[0] for r in rows] == sorted(r[0] for r in rows)
    holding = sorted({r[0] for r in rows})
    assert all(pages[p].count("Studentq1q2q3q4q5Total") == 1 for p in holding)
    doc.close()


@pytest.mark.parametrize("paper", PAPERS)
def test_a_questions_heading_figures_and_chart_start_on_one_page(qtbot, tmp_path, paper):
    """A question's sentence of figures was left at a page's foot, or cut between two pages, its chart on the next:
    its heading, prompt, that sentence and its chart now go on to the next page together where they do not fit."""
    s = class_of(tmp_path, 40, 30)
    pages = texts(pdf_from_bytes(report_pdf.render_report_pdf(report_parts(s), report_title(s), QPageSize(PAPERS[paper])),
                       tmp_path))
    for k in range(1, 31):
        on = [p for p, text in enumerate(pages) if f"Questionq{k}—Titleofq{k}" in text]
        assert len(on) == 1, (k, on)
        block = pages[on[0]].split(f"Questionq{k}—Titleofq{k}")[1].split("Questionq")[0]
        assert block.startswith(f"Explainq{k}withtheparticlemodel"), (k, block[:80])
        assert "40answers.You" in block and "ScoreAnswersShare" in block.split("40answers.You")[1], (k, block[:300])
    for p, text in enumerate(pages):                   # no page ends with a sentence whose chart is on the next
        tail = text.split("answers.You")[-1] if "answers.You" in text else "ScoreAnswersShare"
        assert "ScoreAnswersShare" in tail, (p, text[-200:])


@pytest.mark.parametrize("paper", PAPERS)
def test_feedback_pages_keep_every_score_and_comment(qtbot, tmp_path, paper):
    """Each student's page ran on to a second; Qt's layout, left unfinished after the headings were resized, had
    laid out nothing after the third answer's box, and the score lines and comments there were never printed."""
    s = class_of(tmp_path, 6, 5, decided=1.0)
    data, ranges = render_feedback_pdf(feedback_pages(s), class_title(s), QPageSize(PAPERS[paper]))
    doc = pdf_from_bytes(data, tmp_path)
    pages = texts(doc)
    assert [r.start for r in ranges] == [0, *(r.stop for r in ranges[:-1])] and ranges[-1].stop == len(pages)
    for (student, mine), page in zip(enumerate(ranges), feedback_pages(s)):
        text = "".join(pages[p] for p in mine)
        assert text.count("Score:") == 5 and text.count("Total:") == 1, (student, text.count("Score:"))
        for q in page.questions:
            assert "".join(q.answers[0].split()) in text and "".join(q.comment.split()) in text
        assert text.count("Commentonrow") == sum(bool(q.comment) for q in page.questions) > 0
    doc.close()


def filler(lines: int) -> str:
    return "<p>" + "<br>".join(["filler"] * lines) + "</p>"


def test_a_piece_runs_on_from_the_foot_of_a_page_a_heading_goes_with_its_lines_a_chart_whole(qtbot, tmp_path):
    pdf = PdfPages("t", QPageSize(QPageSize.PageSizeId.A4), QMarginsF(15, 15, 15, 15))
    try:
        two = pdf.lay_out(filler(2))
        line = two.documentLayout().documentSize().height() / 2
        lines = int(pdf.body_height // line)                # a page holds that many lines of filler, and less than one more
        text = "<p>" + "<br>".join(f"paragraph {k}" for k in range(20)) + "</p>"
        assert pdf.place(pdf.lay_out(filler(lines - 8))) == range(0, 1)               # 8 lines left on page 0
        assert pdf.place(pdf.lay_out(f"<h2>Runs on</h2>{text}")) == range(0, 2)        # was range(1, 2): page 0 left
        assert pdf.place(pdf.lay_out(filler(lines - 1)), new_page=True) == range(2, 3)  # a line left
        assert pdf.place(pdf.lay_out(f"<h2>Goes along</h2>{text}")) == range(3, 4)     # no room for it and 2 lines
        assert pdf.place(pdf.lay_out(filler(lines - 6)), new_page=True) == range(4, 5)
        chart = "".join(f"<tr><td>score {k}</td><td>{k}</td></tr>" for k in range(8))
        assert pdf.place(pdf.lay_out(f"<p>Before the chart.</p><table border='1'>{chart}</table>")) == range(4, 6)
        for p in range(pdf.page_count):
            pdf.paint(p, "left", f"page {p + 1}")
        pages = texts(pdf_from_bytes(pdf.finish(), tmp_path))
        assert "Runsonparagraph0paragraph1" in pages[0] and "paragraph19" in pages[1] and "Runson" not in pages[1]
        assert "Goesalong" not in pages[2] and "Goesalongparagraph0paragraph1" in pages[3]
        assert "Beforethechart." in pages[4] and "score" not in pages[4]                 # the chart whole on page 5
        assert all(f"score{k}{k}" in pages[5] for k in range(8))
    finally:
        pdf.abandon()                 # a failed assert leaves no painter on the writer


def test_the_sentence_after_a_questions_chart_is_never_cut_between_pages(qtbot, tmp_path):
    """"On the n answers you decided, the model agreed with you on …" below a question's chart ran on from a page's
    foot: its first line ended the page, the rest began the next. It now goes on to the next page whole. On A5 the
    sentence takes two lines; a box above the question, in its piece, is made as high as ends the first page in
    the middle of the second line (measured on the piece laid out as printed, first on its page)."""
    s = class_of(tmp_path, 12, 1)
    question = report_parts(s)[1]
    sentence = "".join(html.unescape(re.search(r"<p class='after'[^>]*>(.*?)</p>", question)[1]).split())
    paper = QPageSize(QPageSize.PageSizeId.A5)

    def piece(high: float) -> str:
        return f"<table height='{high:.0f}'><tr><td>Above</td></tr></table>{question}"

    pdf = PdfPages("probe", paper, report_pdf._MARGINS_MM)
    try:
        laid = pdf.lay_out(report_pdf._piece(piece(100)))
        lines, box = laid.lastBlock().layout(), laid.documentLayout().blockBoundingRect(laid.lastBlock())
        assert lines.lineCount() == 2 and "".join(laid.lastBlock().text().split()) == sentence
        middle = box.top() + lines.lineAt(1).y() + lines.lineAt(1).height() / 2     # of its second line
        high = 100 + pdf.body_height - middle
    finally:
        pdf.abandon()
    pages = texts(pdf_from_bytes(report_pdf.render_report_pdf([piece(high)], report_title(s), paper), tmp_path))
    assert len(pages) == 2 and "ScoreAnswersShare" in pages[0] and "Questionq1" in pages[0], pages
    # its first words were at the first page's foot (the rest on the next): now all of it is on the next, first
    assert [p for p, text in enumerate(pages) if sentence[:len(sentence) // 3] in text] == [1], pages
    assert pages[1].startswith(sentence), pages[1][:200]
