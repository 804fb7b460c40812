"""Feedback for students as a printable PDF: one student per page (issue 13.3).

Each student's page is made from :func:`grader_app.io.feedback.feedback_pages` (the same page
model as the mail-merge sheet): a header with the class (the sheet's name), the student's name,
id and total, then every question with their own answer exactly as they wrote it, the score and
what it is out of, the rubric level's words and the teacher's comment.

Every text from the sheet is HTML-escaped and shown with its spaces and line breaks, so an answer
``<b>x</b>`` or ``=1+1`` is printed as typed. Each student is laid out in a QTextDocument of their
own and painted with a QPainter on a QPdfWriter, so a new student always starts a new page; a long
page runs on to the next with the student's name in every footer ("page 2 of 2").
:func:`render_feedback_pdf` returns the pages each student got.

The paper is A4, or US Letter where the locale measures in inches or prints on Letter. QPdfWriter,
QPainter and QTextDocument may be used on a worker thread when they are created there, so the
export dialog runs :func:`write_feedback_pdf` through its TaskManager; the bytes are written
atomically, never over the sheet of answers.
"""
from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QPen, QTextCursor, QTextDocument)

from ..core.numbers import number_or_text
from ..core.session import GradingSession
from ..io.errors import SheetError
from ..io.feedback import QuestionFeedback, StudentPage, class_title, feedback_pages
from ..io.lms import Identifiers
from ..io.paths_check import refuse_overwriting_input
from ..io.writers import atomic_write

__all__ = ["page_size_for_locale", "page_html", "render_feedback_pdf", "write_feedback_pdf"]

_RESOLUTION = 300                       # dots per inch of the PDF's coordinates
_MARGINS_MM = QMarginsF(18, 15, 18, 12)
_FOOTER_PT = 8.0
_PROMPT_CHARS = 280                     # a question's prompt is a reminder (some are a page long): cut after this
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# Where paper is US Letter although the locale measures in metric units.
_LETTER_TERRITORIES = {
    QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines, QLocale.Country.Chile,
    QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.ElSalvador, QLocale.Country.Panama,
    QLocale.Country.DominicanRepublic, QLocale.Country.PuertoRico,
}


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """US Letter where the locale prints on it (the US, Canada, Mexico, ...), else A4."""
    loc = locale if locale is not None else QLocale()
    if loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem or loc.territory() in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


# ----- one student's page as HTML ---------------------------------------------------------------

def _text(value: Any) -> str:
    """Text from the sheet, safe inside HTML: escaped, CR LF as one break, invisible control characters shown as �."""
    s = "" if value is None else str(value)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub("\ufffd", s))
    return escape(s, quote=True)


def _shortened(prompt: str, limit: int = _PROMPT_CHARS) -> str:
    """A question's prompt as a reminder: its first ``limit`` characters, cut at a space, then "…"."""
    prompt = " ".join(prompt.split())
    if len(prompt) <= limit:
        return prompt
    cut = prompt.rfind(" ", 0, limit)
    return prompt[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _number(v: Any, locale: QLocale) -> str:
    """A score in the locale's digits: 2 -> "2", 1.5 -> "1.5" (or "1,5"); text as it is."""
    v = number_or_text(v)
    if isinstance(v, bool):
        return locale.toString(int(v))
    if isinstance(v, int):
        return locale.toString(v)
    if isinstance(v, float):
        if v.is_integer():
            return locale.toString(int(v))
        return locale.toString(v, "g", 6)
    return str(v)


def _score_words(score: Any, out_of: Any, locale: QLocale) -> str:
    """ "2 out of 3", or "2" when the maximum is not known."""
    if out_of is None:
        return _number(score, locale)
    words = QCoreApplication.translate("FeedbackPdf", "{score} out of {out_of}")
    return words.format(score=_number(score, locale), out_of=_number(out_of, locale))


def _heading(title: str) -> str:
    """The line above the student's name (and the PDF's title): "Feedback · <class>"."""
    if not title:
        return QCoreApplication.translate("FeedbackPdf", "Feedback")
    return QCoreApplication.translate("FeedbackPdf", "Feedback · {title}").format(title=title)


# Lengths in px are the PDF's dots (_RESOLUTION per inch): Qt's rich text takes margins in px only.
_STYLE = """
body { font-size: 10.5pt; color: #111; }
p { margin-top: 0; margin-bottom: 0; }
.class { font-size: 9pt; color: #555; }
.name { font-size: 19pt; font-weight: bold; margin-top: 8px; margin-bottom: 6px; }
.facts { font-size: 10.5pt; color: #222; }
.total { font-size: 13pt; font-weight: bold; margin-top: 10px; }
.question { font-size: 12pt; font-weight: bold; margin-top: 50px; margin-bottom: 10px; }
.first { margin-top: 24px; }
.prompt { font-size: 9pt; color: #444; font-style: italic; margin-bottom: 12px; }
.label { font-size: 8.5pt; color: #555; margin-bottom: 8px; margin-top: 12px; }
.answer { white-space: pre-wrap; }
.none { color: #666; font-style: italic; }
.score { font-weight: bold; margin-top: 24px; }
.rubric { font-weight: normal; color: #222; }
.comment { white-space: pre-wrap; margin-top: 12px; }
"""
_ANSWER_BOX = '<table width="100%" cellspacing="0" cellpadding="7" border="0" bgcolor="#f1f3f5"><tr><td>{}</td></tr></table>'


def _answer_boxes(q: QuestionFeedback, loc: QLocale) -> list[str]:
    """The student's answer(s) to one question, each under its label in a shaded box."""
    out = []
    several = len(q.answers) > 1
    for k, answer in enumerate(q.answers or ("",), start=1):
        if several:
            label = QCoreApplication.translate("FeedbackPdf", "Your answer ({number} of {count})").format(
                number=loc.toString(k), count=loc.toString(len(q.answers)))
        else:
            label = QCoreApplication.translate("FeedbackPdf", "Your answer")
        out.append(f'<p class="label">{_text(label)}</p>')
        if not q.answered:
            none = QCoreApplication.translate("FeedbackPdf", "No answer of yours to this question is in the sheet.")
            body = f'<p class="none">{_text(none)}</p>'
        elif answer.strip():
            body = f'<p class="answer">{_text(answer)}</p>'
        else:
            body = '<p class="none">{}</p>'.format(_text(QCoreApplication.translate("FeedbackPdf", "(no answer)")))
        out.append(_ANSWER_BOX.format(body))
    return out


def _score_line(q: QuestionFeedback, loc: QLocale) -> str:
    if not q.scores or any(s is None for s in q.scores):
        score = QCoreApplication.translate("FeedbackPdf", "Score: not scored yet")
    elif len(q.scores) > 1:
        scores = "; ".join(_score_words(s, q.out_of, loc) for s in q.scores)
        score = QCoreApplication.translate("FeedbackPdf", "Scores: {scores}").format(scores=scores)
    else:
        score = QCoreApplication.translate("FeedbackPdf", "Score: {score}").format(
            score=_score_words(q.scores[0], q.out_of, loc))
    rubric = f' <span class="rubric">— {_text(q.rubric)}</span>' if q.rubric else ""
    return f'<p class="score">{_text(score)}{rubric}</p>'


def page_html(page: StudentPage, title: str, locale: QLocale | None = None) -> str:
    """One student's page as the HTML QTextDocument lays out (every sheet text escaped)."""
    loc = locale if locale is not None else QLocale()
    out = [f"<html><head><style>{_STYLE}</style></head><body>",
           f'<p class="class">{_text(_heading(title))}</p>', f'<p class="name">{_text(page.display_name)}</p>']
    facts = []
    if page.student_id and page.student_id != page.display_name:
        facts.append(QCoreApplication.translate("FeedbackPdf", "Student ID: {id}").format(id=page.student_id))
    if page.email:
        facts.append(page.email)
    if facts:
        out.append(f'<p class="facts">{_text("   ·   ".join(facts))}</p>')
    if page.total is not None:
        total = QCoreApplication.translate("FeedbackPdf", "Total: {score}").format(
            score=_score_words(page.total, page.out_of, loc))
    else:
        total = QCoreApplication.translate("FeedbackPdf", "Total: not final yet (an answer still has no score)")
    out += [f'<p class="total">{_text(total)}</p>', "<hr/>"]
    for n, q in enumerate(page.questions, start=1):
        heading = QCoreApplication.translate("FeedbackPdf", "{number}. {question}").format(
            number=loc.toString(n), question=q.question)
        out.append('<p class="question{}">{}</p>'.format(" first" if n == 1 else "", _text(heading)))
        if q.prompt:
            out.append(f'<p class="prompt">{_text(_shortened(q.prompt))}</p>')
        out += _answer_boxes(q, loc)
        if not q.answered:
            continue
        out.append(_score_line(q, loc))
        if q.comment:
            said = QCoreApplication.translate("FeedbackPdf", "Teacher's comment:")
            out.append(f'<p class="comment"><b>{_text(said)}</b> {_text(q.comment)}</p>')
    out.append("</body></html>")
    return "".join(out)


# ----- painting the pages -----------------------------------------------------------------------

def render_feedback_pdf(pages: Sequence[StudentPage], title: str = "", page_size: QPageSize | None = None,
                        locale: QLocale | None = None) -> tuple[bytes, list[range]]:
    """The PDF's bytes, and for each student (in order) the range of 0-based PDF pages they fill."""
    loc = locale if locale is not None else QLocale()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(_RESOLUTION)
    writer.setPageSize(page_size if page_size is not None else page_size_for_locale(loc))
    writer.setPageMargins(_MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(_heading(title))
    writer.setCreator("Grader")
    paint = writer.pageLayout().paintRectPixels(_RESOLUTION)
    width, height = float(paint.width()), float(paint.height())
    footer_font = QFont()
    footer_font.setPointSizeF(_FOOTER_PT)
    footer_h = _FOOTER_PT / 72 * _RESOLUTION * 1.6
    body_h = height - footer_h * 2   # the text, a gap, then the footer
    ranges: list[range] = []
    painter = QPainter()
    if not painter.begin(writer):
        raise SheetError(QCoreApplication.translate("FeedbackPdf", "the PDF could not be started; try exporting again"))
    try:
        first = 0
        for n, page in enumerate(pages):
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(writer)
            doc.setDocumentMargin(0)
            doc.setPageSize(QSizeF(width, body_h))
            doc.setHtml(page_html(page, title, loc))
            _split_blocks_at_page_breaks(doc, body_h)
            count = max(1, doc.pageCount())
            for p in range(count):
                if n or p:
                    writer.newPage()
                painter.save()
                painter.setClipRect(QRectF(0, 0, width, body_h))
                painter.translate(0, -p * body_h)
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.clip = QRectF(0, p * body_h, width, body_h - 1)   # a line starting at the break is the next page's
                doc.documentLayout().draw(painter, ctx)
                painter.restore()
                _footer(painter, footer_font, QRectF(0, height - footer_h, width, footer_h), title,
                        QCoreApplication.translate("FeedbackPdf", "{name} · page {number} of {count}").format(
                            name=page.display_name, number=loc.toString(p + 1), count=loc.toString(count)))
            ranges.append(range(first, first + count))
            first += count
    finally:
        painter.end()
    del writer  # finishes the PDF
    buf.close()
    return bytes(data.data()), ranges


def _split_blocks_at_page_breaks(doc: QTextDocument, page_height: float) -> None:
    """Make every paragraph that runs on to the next page two paragraphs, split where the page breaks.

    QTextLayout draws, besides the lines inside the clip, the one line just above it; painted page by
    page, the last line of a paragraph that crosses a page would be drawn (clipped away, but in the
    PDF's text layer) on the next page too, and a reader copying the text would get that line twice.
    A paragraph that starts on its page has no line above it. The split falls where the line wraps,
    so the page looks the same.
    """
    layout = doc.documentLayout()
    for _ in range(10_000):                 # one split per pass; bounded however long the answers
        split = None
        block = doc.begin()
        while block.isValid() and split is None:
            lines = block.layout()
            top = layout.blockBoundingRect(block).top()
            if lines is not None and lines.lineCount() > 1:
                first_page = int((top + lines.lineAt(0).y()) // page_height)
                for i in range(1, lines.lineCount()):
                    line = lines.lineAt(i)
                    if int((top + line.y()) // page_height) != first_page:
                        split = block.position() + line.textStart()
                        break
            block = block.next()
        if split is None:
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(split)
        cursor.insertBlock()
        fmt = cursor.blockFormat()
        fmt.setTopMargin(0)                 # the paragraph goes on: no gap above its second half
        cursor.setBlockFormat(fmt)


def _footer(painter: QPainter, font: QFont, rect: QRectF, left: str, right: str) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#9aa3ab"), 2))
    painter.drawLine(rect.topLeft(), rect.topRight())
    painter.setPen(QColor("#555"))
    painter.setFont(font)
    text_rect = rect.adjusted(0, rect.height() * 0.2, 0, 0)
    flags = Qt.TextFlag.TextSingleLine | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_rect, int(flags | Qt.AlignmentFlag.AlignRight), right)
    room = rect.width() - painter.fontMetrics().horizontalAdvance(right) - rect.width() * 0.05
    shown = painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideRight, int(max(0.0, room)))
    painter.drawText(text_rect, int(flags | Qt.AlignmentFlag.AlignLeft), shown)
    painter.restore()


def write_feedback_pdf(session: GradingSession, path, identifiers: Identifiers | None = None,
                       item_names: dict[str, str] | None = None, page_size: QPageSize | None = None,
                       locale: QLocale | None = None) -> Path:
    """Write every student's feedback page to ``path`` (.pdf) atomically; SheetError (one sentence) on failure."""
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        raise SheetError(QCoreApplication.translate(
            "FeedbackPdf", "cannot write {name}: feedback for students is a .pdf file; choose a name ending in .pdf"
        ).format(name=p.name))
    refuse_overwriting_input(p, [session.sheet.source])
    pages = feedback_pages(session, identifiers, item_names)
    if not pages:
        raise SheetError(QCoreApplication.translate(
            "FeedbackPdf", "there are no students in this sheet, so there is no feedback to write"))
    pdf, _ranges = render_feedback_pdf(pages, class_title(session), page_size, locale)
    return atomic_write(p, lambda f: f.write(pdf))
