"""Feedback for students as a printable PDF: one student per page (issue 13.3).

Each student's page is made from :func:`grader_app.io.feedback.feedback_pages` (the same page
model as the mail-merge sheet): a header with the class (the sheet's name), the student's name,
id and total, then every question with a reminder of what it asks (the question part of its prompt, not the
reading passage or procedure before it: :func:`_reminder`), their own answer as they wrote it (see below; a paste
longer than :data:`ANSWER_CHARS` up to there, then a line saying how much more there is), the score and what it is out
of, the rubric level's words and the teacher's comment. A question whose name is the whole
question (a sheet's question column, a form's header) is headed by its first words and printed whole below it, once,
in body type (:mod:`grader_app.io.question_headings`).

Every text from the sheet is HTML-escaped and shown with its spaces and line breaks, so an answer
``<b>x</b>`` or ``=1+1`` is printed as typed; its hidden characters (a right-to-left override, a zero-width
space) are written out as on screen, "⟦U+202E⟧", by :class:`~grader_app.ui.pdf_pages.PdfPages`, which every
text of the PDF goes through (the footer's name too). Each student is laid out in a QTextDocument of their
own and painted on the pages of a :class:`~grader_app.ui.pdf_pages.PdfPages`, so a new student always
starts a new page; a long page runs on to the next with the student's name in every footer ("page 2
of 2"; a name too long for the line is shortened there with "…", the header has it whole). A question's
title, its prompt and the "Your answer" label are headings (``<h4>``: the level Qt does not resize, styled as before), so a
page never ends on one: they go to the next page with the first lines of the answer.
:func:`render_feedback_pdf` returns the pages each student got. A character no installed font has (Chinese on a
machine without a Chinese font, an emoji newer than the fonts) prints as a blank or an empty box: the characters of
each student's page that the layout could not draw are gathered (:mod:`.pdf_glyphs`), and the export dialog says how
many students' pages have such holes and which characters (:func:`undrawn_words`), once the PDF is written.

The export dialog makes the PDF in three steps (:mod:`.pdf_export`): :func:`checked_pages` on a
worker, :func:`feedback_pdf_steps` on the GUI thread a student at a time (text layout stays off the
workers, see :mod:`.pdf_pages`), and the bytes written atomically on a worker, never over the sheet
of answers. The paper is A4, or US Letter where the locale measures in inches or prints on Letter.
"""
from __future__ import annotations

import re
import unicodedata
from html import escape
from pathlib import Path
from typing import Any, Generator, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageSize

from ..core.numbers import number_or_text
from ..core.session import GradingSession
from ..io.errors import SheetError
from ..io.feedback import QuestionFeedback, StudentPage, class_title, feedback_pages
from ..io.formula_guard import LONE_SURROGATE
from ..io.lms import Identifiers
from ..io.paths_check import refuse_overwriting_input
from ..io.question_headings import heading_name, whole_below
from ..text import READ_CHARS
from .paced import run_to_end
from .pdf_glyphs import undrawn as characters_undrawn
from .pdf_pages import PdfPages, page_size_for_locale, paper_for, write_pdf_bytes
from .wording import question_of

__all__ = ["ANSWER_CHARS", "checked_pages", "feedback_pdf_steps", "page_size_for_locale", "page_html", "printed_part",
           "render_feedback_pdf", "undrawn_words", "write_feedback_pdf"]

_MARGINS_MM = QMarginsF(18, 15, 18, 12)
_PROMPT_CHARS = 280                     # a prompt with no question part found (a passage alone): its start, cut here
_QUESTION_CHARS = 600                   # the question a prompt asks is shown whole unless it is longer than this
# What the PDF prints of an answer at most: what a model reads of it (text.READ_CHARS), about five times the longest
# real answer (2,083 characters in ASAP-SAS) and three pages. A paste of a 30-page document or 20 MB printed whole
# made hundreds of pages, and laying out one of 1 MB held the window for 80 s (a student's page is laid out at once,
# on the GUI thread: pdf_pages says why). The page says how much more there is; the sheets keep it whole.
ANSWER_CHARS = READ_CHARS
_ZWJ = "\u200d"                         # joins the characters either side of it (👩‍🔬): not cut next to it
_JOINERS = _ZWJ + "\ufe0e\ufe0f"         # a character that belongs with the one before it: not cut off it
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ----- one student's page as HTML ---------------------------------------------------------------

def _text(value: Any) -> str:
    """Text from the sheet, safe inside HTML: escaped, CR LF as one break, invisible control characters shown as �."""
    s = "" if value is None else str(value)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = LONE_SURROGATE.sub("\ufffd", _CONTROL.sub("\ufffd", s))
    return escape(s, quote=True)


def printed_part(answer: str, limit: int = ANSWER_CHARS) -> tuple[str, int]:
    """What the PDF prints of ``answer``, and how many characters of it it leaves out (0: none): the whole answer up to
    ``limit`` characters; a longer one cut before ``limit``, at the last space or line break if there is one in its
    second half, never between a letter and an accent or joiner that goes with it."""
    if len(answer) <= limit:
        return answer, 0
    cut = max(answer.rfind(" ", 0, limit + 1), answer.rfind("\n", 0, limit + 1))
    if cut <= limit // 2:
        cut = limit
    while cut > 1 and (unicodedata.combining(answer[cut]) or answer[cut] in _JOINERS or answer[cut - 1] == _ZWJ):
        cut -= 1
    return answer[:cut].rstrip(), len(answer) - cut


def _shortened(prompt: str, limit: int = _PROMPT_CHARS) -> str:
    """A question's prompt as a reminder: its first ``limit`` characters, cut at a space, then "…"."""
    prompt = " ".join(prompt.split())
    if len(prompt) <= limit:
        return prompt
    cut = prompt.rfind(" ", 0, limit)
    return prompt[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _reminder(prompt: str) -> str:
    """What a question's prompt reminds the student of: the question it asks (:func:`~.wording.question_of`, as
    the review card shows it: a passage or a procedure before it left out), shortened only if it is very long;
    the start of the prompt when no part of it asks anything (a model that holds only the passage)."""
    asked, _before = question_of(prompt)
    return _shortened(asked, _QUESTION_CHARS) if asked else _shortened(prompt)


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
.asked { font-size: 10.5pt; font-weight: normal; color: #222; margin-top: 0; margin-bottom: 12px; }
.prompt { font-size: 9pt; font-weight: normal; color: #444; font-style: italic; margin-top: 0; margin-bottom: 12px; }
.label { font-size: 8.5pt; font-weight: normal; color: #555; margin-bottom: 8px; margin-top: 12px; }
.answer { white-space: pre-wrap; }
.none { color: #666; font-style: italic; }
.more { color: #555; font-style: italic; margin-top: 10px; }
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
        out.append(f'<h4 class="label">{_text(label)}</h4>')
        if not q.answered:
            none = QCoreApplication.translate("FeedbackPdf", "No answer of yours to this question is in the sheet.")
            body = f'<p class="none">{_text(none)}</p>'
        elif answer.strip():
            shown, more = printed_part(answer)
            body = f'<p class="answer">{_text(shown)}</p>'
            if more:   # %Ln: the count in the interface's digits ("48,210", "48.210"), its plural form chosen by it
                body += '<p class="more">{}</p>'.format(_text(QCoreApplication.translate(
                    "FeedbackPdf", "… (your answer goes on for %Ln more characters, not printed here; your teacher's "
                    "sheet has it whole)", "", more)))
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


def _no_total(page: StudentPage) -> str:
    """Why a page has no total: answers still open (counted), two answers to one question, or a score that is no
    number; never "no score yet" when every answer has one."""
    still = sum(1 for q in page.questions for v in q.scores if v is None)   # the answers still open, counted
    if still:
        return QCoreApplication.translate("FeedbackPdf", "Total: not final yet (%n answers still have no score)", "",
                                          still)
    if any(len(q.scores) > 1 for q in page.questions):
        return QCoreApplication.translate("FeedbackPdf", "Total: not added up, as a question has more than one "
                                                         "answer of yours")
    return QCoreApplication.translate("FeedbackPdf", "Total: not added up, as not every score is a number")


def page_html(page: StudentPage, title: str, locale: QLocale | None = None) -> str:
    """One student's page as the HTML QTextDocument lays out (every sheet text escaped)."""
    loc = locale if locale is not None else QLocale()
    out = [f"<html><head><style>{_STYLE}</style></head><body>",
           f'<p class="class">{_text(_heading(title))}</p>', f'<p class="name">{_text(page.display_name)}</p>']
    facts = []
    if page.student_id and page.student_id != page.display_name:
        facts.append(QCoreApplication.translate("FeedbackPdf", "Student ID: {id}").format(id=page.student_id))
    if page.username and page.username != page.display_name:
        facts.append(QCoreApplication.translate("FeedbackPdf", "Username: {name}").format(name=page.username))
    if page.email:
        facts.append(page.email)
    if page.namesake and page.name:   # another student of this name: their row tells the teacher whose page it is
        facts.append(QCoreApplication.translate("FeedbackPdf", "Row {row} of the sheet").format(row=page.row))
    if facts:
        out.append(f'<p class="facts">{_text("   ·   ".join(facts))}</p>')
    if page.total is not None:
        total = QCoreApplication.translate("FeedbackPdf", "Total: {score}").format(
            score=_score_words(page.total, page.out_of, loc))
    else:
        total = _no_total(page)
    out += [f'<p class="total">{_text(total)}</p>', "<hr/>"]
    for n, q in enumerate(page.questions, start=1):
        heading = QCoreApplication.translate("FeedbackPdf", "{number}. {question}").format(
            number=loc.toString(n), question=heading_name(q.question))
        out.append('<h4 class="question{}">{}</h4>'.format(" first" if n == 1 else "", _text(heading)))
        reminder = _reminder(q.prompt) if q.prompt else ""
        if whole_below(q.question, reminder):   # a name that is the whole question: read whole once, below its start
            out.append(f'<h4 class="asked">{_text(_reminder(q.question))}</h4>')
        if reminder:
            out.append(f'<h4 class="prompt">{_text(reminder)}</h4>')
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

def feedback_pdf_steps(pages: Sequence[StudentPage], title: str = "", page_size: QPageSize | None = None,
                       locale: QLocale | None = None, undrawn: list[str] | None = None,
                       ) -> Generator[tuple[int, int] | None, None, tuple[bytes, list[range]]]:
    """Lay out and paint the PDF one student at a time, on the GUI thread (:class:`~grader_app.ui.paced.Paced`
    turns the event loop between students, and between two layouts of a student's pages or two pages painted, where
    this yields None): yields (students done, students) after each; returns the PDF's
    bytes and, for each student in order, the range of 0-based PDF pages they fill. ``undrawn``, if given, gets
    each student's characters (in order; "" for none) that the fonts cannot draw (:func:`.pdf_glyphs.undrawn`)."""
    loc = locale if locale is not None else QLocale()
    pdf = PdfPages(_heading(title), page_size if page_size is not None else paper_for(locale), _MARGINS_MM)
    try:
        ranges: list[range] = []
        for n, page in enumerate(pages):
            doc = pdf.lay_out(page_html(page, title, loc))
            if undrawn is not None:
                undrawn.append(characters_undrawn(doc))     # before placing: the page's whole text, laid out once
            yield None
            mine = yield from pdf.place_steps(doc, new_page=True)   # a new student always starts a new page
            for k, p in enumerate(mine, start=1):
                yield None
                pdf.paint(p, title, QCoreApplication.translate("FeedbackPdf", "{name} · page {number} of {count}").format(
                    name=page.display_name, number=loc.toString(k), count=loc.toString(len(mine))), shrink=page.display_name)
            ranges.append(mine)
            yield n + 1, len(pages)
        return pdf.finish(), ranges
    finally:
        pdf.abandon()


def render_feedback_pdf(pages: Sequence[StudentPage], title: str = "", page_size: QPageSize | None = None,
                        locale: QLocale | None = None, undrawn: list[str] | None = None) -> tuple[bytes, list[range]]:
    """:func:`feedback_pdf_steps` run to its end at once (on the GUI thread)."""
    return run_to_end(feedback_pdf_steps(pages, title, page_size, locale, undrawn))


def undrawn_words(undrawn: Sequence[str], limit: int = 6) -> str:
    """What to tell the teacher once the PDF is written, when some students' pages hold characters the fonts
    cannot draw (``undrawn``: each student's, as :func:`feedback_pdf_steps` gives them); "" when none has any.
    The characters are named with their code too ("你 (U+4F60)"): the screen may lack the same fonts."""
    students = [chars for chars in undrawn if chars]
    if not students:
        return ""
    shown = list(dict.fromkeys(ch for chars in students for ch in chars))
    listed = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in shown[:limit]) + (", …" if len(shown) > limit else "")
    return QCoreApplication.translate(
        "FeedbackPdf", "%n students' pages have characters that the PDF's fonts cannot show (for example {characters}): "
        "they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) keeps them.", "", len(students)).format(
        characters=listed)


def checked_pages(session: GradingSession, path, identifiers: Identifiers | None = None,
                  item_names: dict[str, str] | None = None) -> list[StudentPage]:
    """Every student's page for a PDF at ``path``, after the checks (a .pdf name, not the sheet itself, some
    students); SheetError (one sentence) otherwise. No Qt painting: the export dialog runs it on a worker."""
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
    return pages


def write_feedback_pdf(session: GradingSession, path, identifiers: Identifiers | None = None,
                       item_names: dict[str, str] | None = None, page_size: QPageSize | None = None,
                       locale: QLocale | None = None) -> Path:
    """Write every student's feedback page to ``path`` (.pdf) atomically, all at once on the GUI thread (the
    export dialog does the same in three steps, only the painting on the GUI thread); SheetError on failure."""
    pages = checked_pages(session, path, identifiers, item_names)
    pdf, _ranges = render_feedback_pdf(pages, class_title(session), page_size, locale)
    return write_pdf_bytes(pdf, path)
