"""The "Summary" sheet of the graded workbook: counts, agreement and a native chart per question.

``summary_writer(session)`` returns the ``extra_sheets`` callable that
:func:`grader_app.io.writers.write_graded_xlsx` calls with the openpyxl Workbook before it saves:

* the plain sentence ("38 answers need you; ..."),
* review counts per question and status (needs review, auto, reviewed, overridden, decided, unscored),
* model–teacher agreement on the answers the teacher decided (how many she decided, how many of them a model had
  scored before her, and over those: exact agreement, QWK, changed),
* the model that scored each question: its title, id and version (:mod:`.scored_by`, which reads it back),
* per question the distribution of final scores, with a native Excel bar chart beside it.

Every text (question ids and titles, the sheet's name, chart titles) goes through
:func:`grader_app.io.xlsx_cells.xlsx_text`, so a character XML 1.0 forbids never makes the workbook
unreadable. Pure openpyxl; no Qt.

Its words are :class:`SummaryWords`: English unless given, as this module may not use Qt's translations; the
export dialog gives them in the interface's language (:func:`grader_app.ui.summary_words.summary_words`). The
sheet's own name is translated too, and so is the graded table's ("Graded", the workbook's first sheet), but only to
one of :data:`~.sheet_detection.SUMMARY_TITLES` and :data:`~.sheet_detection.GRADED_TITLES`, which the reader knows,
so a graded workbook opened again is read from its graded table in every language. The graded table's column names
and status values are the writer's (:mod:`.graded_columns`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..core import review
from ..core.numbers import score_text
from ..core.session import GradingSession
from .formula_guard import is_risky
from .headers import shown_question
from .question_headings import title_besides
from .report import question_title
from .scored_by import write_scored_by
from .sheet_detection import GRADED_TITLE, GRADED_TITLES, SUMMARY_TITLE, SUMMARY_TITLES
from .xlsx_cells import xlsx_text

SHEET_TITLE = SUMMARY_TITLE
OPEN = "still open"


@dataclass(frozen=True)
class SummaryWords:
    """Every word of the Summary sheet, English unless given (the ui gives the interface's language). ``sheet`` is
    the sheet's name: one of :data:`~.sheet_detection.SUMMARY_TITLES`, else the sheet is named "Summary"; ``graded``
    the graded table's: one of :data:`~.sheet_detection.GRADED_TITLES`, else it stays "Graded"."""
    sheet: str = SUMMARY_TITLE
    graded: str = GRADED_TITLE
    title: str = "Grading summary of {source}"
    no_source: str = "the sheet"                        # the source's name in the title when there is no file
    sentence: Callable[[GradingSession], str] = GradingSession.sentence
    review_counts: str = "Review counts"
    question: str = "Question"
    answers: str = "Answers"
    status: Callable[[str], str] = str                  # a status (review.STATUSES) as a column's header
    all_questions: str = "All questions"
    agreement: str = "Model–teacher agreement on the answers you decided"
    decided: str = "Decided by you"
    model_first: str = "Of them, scored by the model before you"   # the answers the agreement is counted on
    agreed: str = "Model agreed (share)"
    qwk: str = "Closeness to your scores (kappa: 1 = the same, 0 = chance)"   # quadratic weighted kappa, named for a teacher
    changed: str = "Scores you changed"
    models: str = "Models that scored the answers"      # one of io.scored_by.MODELS_TITLES, else written in English
    model: str = "Model"
    model_id: str = "Model id"
    fingerprint: str = "Version check code"
    no_model: str = "No model: you scored it"
    learned_model: str = "A model learned from your marks"   # in the session: no model file, no id
    distribution: str = "Final score distribution per question"
    question_title: Callable[[str, str], str] = question_title   # (question id, its title or "")
    score: str = "Score"
    open: str = OPEN                                    # a score still to be given
    chart: str = "Final scores: {item}"
    number: Callable[[Any], str] = score_text           # a score: 2.0 -> "2", 1.5 -> "1.5"


def summary_writer(session: GradingSession, title: str | None = None, words: SummaryWords | None = None) -> Callable:
    """The ``extra_sheets`` callable: ``fn(workbook)`` adds the Summary sheet (in ``words``, English without)."""
    def add(workbook) -> None:
        add_summary_sheet(workbook, session, title=title, words=words)
    return add


def add_summary_sheet(workbook, session: GradingSession, title: str | None = None, words: SummaryWords | None = None):
    """Append the Summary sheet to ``workbook`` and return it."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    w = words or SummaryWords()
    graded = workbook.worksheets[0]
    if graded.title == GRADED_TITLE and w.graded in GRADED_TITLES:   # named in the same language as the summary
        graded.title = w.graded
    ws = workbook.create_sheet(w.sheet if w.sheet in SUMMARY_TITLES else SHEET_TITLE)
    bold = Font(bold=True)
    big = Font(bold=True, size=14)

    def put(row: int, col: int, value, font=None):
        if isinstance(value, str):
            value = xlsx_text(value)
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever a question id starts with
            if is_risky(value):
                cell.quotePrefix = True   # and it stays text when the teacher edits it
        if font is not None:
            cell.font = font
        return cell

    source = title or (session.sheet.source.name if session.sheet.source else w.no_source)
    put(1, 1, w.title.format(source=source), big)
    put(2, 1, w.sentence(session))

    # review counts per question and status
    row = 4
    put(row, 1, w.review_counts, bold)
    row += 1
    heads = [w.question, w.answers, *(w.status(s) for s in review.STATUSES)]
    for j, h in enumerate(heads, start=1):
        put(row, j, h, bold)
    totals = [0] * (len(heads) - 1)
    for item in session.item_keys():
        row += 1
        keys = [a.key for a in session.answers_for(item)]
        counts = {s: 0 for s in review.STATUSES}
        for k in keys:
            counts[session.status(k)] += 1
        values = [len(keys), *(counts[s] for s in review.STATUSES)]
        totals = [t + v for t, v in zip(totals, values)]
        put(row, 1, shown_question(session.mapping, item))
        for j, v in enumerate(values, start=2):
            put(row, j, v)
    row += 1
    put(row, 1, w.all_questions, bold)
    for j, v in enumerate(totals, start=2):
        put(row, j, v, bold)

    # model–teacher agreement
    row += 2
    put(row, 1, w.agreement, bold)
    row += 1
    for j, h in enumerate([w.question, w.decided, w.model_first, w.agreed, w.qwk, w.changed], start=1):
        put(row, j, h, bold)
    which: list[str | None] = [*session.item_keys(), None]   # None: all questions
    for one in which:
        row += 1
        ag = session.agreement(one)
        put(row, 1, shown_question(session.mapping, one) if one is not None else w.all_questions,
            bold if one is None else None)
        put(row, 2, ag["decided"])   # every answer she decided; the agreement only where a model scored it first
        put(row, 3, ag["n"])
        if ag["exact"] is not None:
            put(row, 4, round(float(ag["exact"]), 3)).number_format = "0.0%"
        else:
            put(row, 4, "—")
        qwk = ag["qwk"]
        put(row, 5, round(float(qwk), 3) if qwk is not None and qwk == qwk else "—")
        put(row, 6, ag["changed"] if ag["n"] else "—")   # no score of a model to change

    # the model that scored each question (read back when the workbook is opened again: io.scored_by)
    row = write_scored_by(put, row + 2, session, w, bold)

    # score distribution per question, each with a native bar chart
    row += 1
    put(row, 1, w.distribution, bold)
    row += 1
    chart_row = row
    for item in session.item_keys():
        dist = session.score_distribution(item)
        info = session.items[item]
        name = shown_question(session.mapping, item)   # a sheet that names no question: its answer column's header
        put(row, 1, w.question_title(name, title_besides(name, info.title)), bold)
        row += 1
        put(row, 1, w.score, bold)
        put(row, 2, w.answers, bold)
        first = row + 1
        for score, n in dist.items():
            row += 1
            put(row, 1, w.open if score is None else w.number(score))
            put(row, 2, n)
        last = row
        chart = BarChart()
        chart.type = "col"
        chart.title = xlsx_text(w.chart.format(item=name))
        chart.y_axis.title = xlsx_text(w.answers)
        chart.x_axis.title = xlsx_text(w.score)
        chart.legend = None
        chart.height = 6.5
        chart.width = 12
        data = Reference(ws, min_col=2, min_row=first - 1, max_row=last)
        cats = Reference(ws, min_col=1, min_row=first, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        ws.add_chart(chart, f"I{chart_row}")
        chart_row += 14
        row = max(row + 2, 0)

    ws.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16
    return ws
