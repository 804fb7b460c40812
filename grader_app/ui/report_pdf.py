"""Print the grade report (:func:`grader_app.io.report.report_parts`) to PDF, a piece at a time.

Each piece (the heading; a question's figures; a page-long table of students) is laid out on its own and placed
right below the last, running on to the next page where the rest of the page is too short (a heading goes
along with what it heads, a question's chart whole, the table of students between rows under its header
again; its pieces join as one table); every page gets a footer with the report's title and "page 2 of 5".
The layout and painting run on the GUI thread in steps (:func:`report_pdf_steps`, driven by
:class:`~grader_app.ui.paced.Paced`; :mod:`.pdf_pages` says why);
the bytes are written atomically on a worker by the same code as the graded sheet, so a full disk or
a file open elsewhere gives the same one-sentence :class:`~grader_app.io.errors.SheetError`. The paper
follows the locale (A4, or US Letter). A student's name with a hidden character (a right-to-left override)
prints it written out, "⟦U+202E⟧", as the screen shows it (:mod:`.pdf_pages` does it for every text).
"""
from __future__ import annotations

from datetime import date
from typing import Callable, Generator, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import QPageSize

from ..core.session import GradingSession
from ..io.report import GOES_ON, ReportWords, named_question
from . import i18n, wording
from .paced import run_to_end
from .pdf_pages import PdfPages, paper_for, write_pdf_bytes

__all__ = ["question_heading", "render_report_pdf", "report_pdf_steps", "report_words", "write_pdf_bytes"]

translate = QCoreApplication.translate


def _sentence(session: GradingSession) -> str:
    """The sentence at the top of the results (:meth:`GradingSession.sentence`) in the interface's language."""
    return wording.session_sentence(session)


def _facts(answers: int, questions: int) -> str:
    return translate("ReportPdf", "%n answers", "", answers) + " · " + translate("ReportPdf", "%n questions", "", questions)


def question_heading(item: str, title: str) -> str:
    """ "Question q1 — Title" in the interface's language; a question named with the word already ("Question 3",
    "Pregunta propia: ...", in the interface's language or English) without it again: "Pregunta propia: ..."."""
    template = translate("ReportPdf", "Question {item} — {title}") if title else translate("ReportPdf", "Question {item}")
    at = template.find("{item}")
    if at > 0 and named_question(item, (template[:at], "Question")):
        template = template[at:]                        # "{item} — {title}": the translator's own dash and order
    return template.format(item=item, title=title)


def _figures(q: dict) -> str:
    """ "40 answers. You reviewed 22; you changed the model's score on 19 of them; 0 were accepted automatically; ..."
    (never "changed ... on 0", which reads as "by 0 points")."""
    n = q["reviewed"]
    if not q["modelled"]:
        did = translate("ReportPdf", "No model scores this question; you scored {reviewed}").format(reviewed=n)
    elif q["learned"]:
        did = translate("ReportPdf", "You scored {reviewed}, and a model learned from your scores; "
                                     "%n were accepted automatically", "", q["auto"]).format(reviewed=n)
    else:
        if not n:
            did = translate("ReportPdf", "You reviewed none of them")
        elif not q["changed"]:
            did = translate("ReportPdf", "You reviewed %n; you changed the model's score on none of them", "", n)
        else:
            did = translate("ReportPdf", "You reviewed {reviewed}; you changed the model's score on %n of them", "",
                            q["changed"]).format(reviewed=n)
        did += translate("ReportPdf", "; %n were accepted automatically", "", q["auto"])
    still = translate("ReportPdf", "; %n still have no score", "", q["open"]) if q["open"] else ""
    return translate("ReportPdf", "%n answers.", "", q["answers"]) + " " + did + still + "."


def _agreement(n: int, share: str) -> str:
    return translate("ReportPdf", "On the %n answers you decided, the model agreed with you on {share}.", "", n).format(
        share=share)


def _agreement_some(n: int, decided: int, share: str) -> str:
    """Where the teacher decided answers no model had scored before her (a model learned from her marks): the share
    is of the ``n`` a model had scored, said so beside all ``decided`` (at least 2, as ``n`` < ``decided``)."""
    return translate("ReportPdf", "Of the {decided} answers you decided, %n had a score from the model before yours; "
                                  "on those the model agreed with you on {share}.", "", n).format(decided=decided,
                                                                                                  share=share)


def _day_in(loc: QLocale) -> Callable[[date], str]:
    """The report's date in ``loc``'s long form, its month written out ("Montag, 9. März 2026"): an ISO date is the
    form of no reader's language, and "9/3" is the 3rd of September to some."""
    return lambda d: loc.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


def report_words() -> ReportWords:
    """The report's words in the interface's language, its numbers and its date in its locale (on the GUI thread; the
    callables may run on a worker, as Qt's translate is thread-safe)."""
    opened, none = translate("ReportPdf", "open"), translate("ReportPdf", "no answer")
    total = translate("ReportPdf", "Total")
    return ReportWords(
        title=translate("ReportPdf", "Grade report: {source}"), no_source=translate("ReportPdf", "answers"),
        facts=_facts, sentence=_sentence, question=question_heading, figures=_figures, agreement=_agreement,
        agreement_some=_agreement_some,
        score=translate("ReportPdf", "Score"), answers=translate("ReportPdf", "Answers"),
        share=translate("ReportPdf", "Share"), scores_per_student=translate("ReportPdf", "Scores per student"),
        student=translate("ReportPdf", "Student"), total=total,
        out_of=translate("ReportPdf", "Out of"), open=opened, no_answer=none,
        made_by=translate("ReportPdf", "Made by Grader on this computer; no answer left it. “{open}” means the answer "
                                       "still needs a score from you; “{no_answer}” that the sheet has no answer of "
                                       "the student to that question; “—” under “{total}” that the total waits "
                                       "for a score still open.").format(open=opened, no_answer=none, total=total),
        number=i18n.score, percent=lambda pct: i18n.percent(pct / 100),   # pct: a whole percentage
        day=_day_in(QLocale()),
        rounded=lambda total: translate("ReportPdf", "Rounded to whole percentages, so that equal counts show the same "
                                        "share, these add up to {total}.").format(total=total))

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
                     locale: QLocale | None = None) -> Generator[tuple[int, int] | None, None, bytes]:
    """Lay out every piece (a step each), then paint every page (a step each); yields (steps done, steps
    known so far) after each, and None between two layouts of a piece (:meth:`~.pdf_pages.PdfPages.place_steps`: the
    event loop turns there too); returns the PDF's bytes. On the GUI thread only."""
    loc = locale if locale is not None else QLocale()
    pdf = PdfPages(title, page_size if page_size is not None else paper_for(locale), _MARGINS_MM)
    try:
        for n, part in enumerate(parts, start=1):
            goes_on = part.startswith(GOES_ON)          # more students of the table above: right below it
            doc = pdf.lay_out(_piece(part))
            yield None
            yield from pdf.place_steps(doc, gap=_GAP, continues=goes_on)
            yield n, len(parts) + pdf.page_count
        count = pdf.page_count
        for p in range(count):
            pdf.paint(p, title, translate("ReportPdf", "page {number} of {count}").format(
                number=loc.toString(p + 1), count=loc.toString(count)))
            yield len(parts) + p + 1, len(parts) + count
        return pdf.finish()
    finally:
        pdf.abandon()


def render_report_pdf(parts: Sequence[str], title: str = "Grade report", page_size: QPageSize | None = None,
                      locale: QLocale | None = None) -> bytes:
    """:func:`report_pdf_steps` run to its end at once (on the GUI thread)."""
    return run_to_end(report_pdf_steps(parts, title, page_size, locale))
