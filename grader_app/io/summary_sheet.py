"""The "Summary" sheet of the graded workbook: counts, agreement and a native chart per question.

``summary_writer(session)`` returns the ``extra_sheets`` callable that
:func:`grader_app.io.writers.write_graded_xlsx` calls with the openpyxl Workbook before it saves:

* the plain sentence ("38 answers need you; ..."),
* review counts per question and status (needs review, auto, reviewed, overridden, unscored),
* model–teacher agreement on the answers the teacher decided (n, exact agreement, QWK, changed),
* per question the distribution of final scores, with a native Excel bar chart beside it.

Every text (question ids and titles, the sheet's name, chart titles) goes through
:func:`grader_app.io.writers.xlsx_text`, so a character XML 1.0 forbids never makes the workbook
unreadable. Pure openpyxl; no Qt.
"""
from __future__ import annotations

from typing import Callable

from ..core import review
from ..core.numbers import score_text
from ..core.session import GradingSession
from .sheet_detection import SUMMARY_TITLE
from .writers import is_risky, xlsx_text

SHEET_TITLE = SUMMARY_TITLE
OPEN = "still open"


def summary_writer(session: GradingSession, title: str | None = None) -> Callable:
    """The ``extra_sheets`` callable: ``fn(workbook)`` adds the Summary sheet."""
    def add(workbook) -> None:
        add_summary_sheet(workbook, session, title=title)
    return add


def add_summary_sheet(workbook, session: GradingSession, title: str | None = None):
    """Append the Summary sheet to ``workbook`` and return it."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    ws = workbook.create_sheet(SHEET_TITLE)
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

    source = title or (session.sheet.source.name if session.sheet.source else "the sheet")
    put(1, 1, f"Grading summary of {source}", big)
    put(2, 1, session.sentence())

    # review counts per question and status
    row = 4
    put(row, 1, "Review counts", bold)
    row += 1
    heads = ["Question", "Answers", *review.STATUSES]
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
        put(row, 1, str(item))
        for j, v in enumerate(values, start=2):
            put(row, j, v)
    row += 1
    put(row, 1, "All questions", bold)
    for j, v in enumerate(totals, start=2):
        put(row, j, v, bold)

    # model–teacher agreement
    row += 2
    put(row, 1, "Model–teacher agreement on the answers you decided", bold)
    row += 1
    for j, h in enumerate(["Question", "Decided by you", "Model agreed (share)", "QWK", "Scores you changed"], start=1):
        put(row, j, h, bold)
    which: list[str | None] = [*session.item_keys(), None]   # None: all questions
    for one in which:
        row += 1
        ag = session.agreement(one)
        put(row, 1, str(one) if one is not None else "All questions", bold if one is None else None)
        put(row, 2, ag["n"])
        if ag["exact"] is not None:
            put(row, 3, round(float(ag["exact"]), 3)).number_format = "0.0%"
        else:
            put(row, 3, "—")
        qwk = ag["qwk"]
        put(row, 4, round(float(qwk), 3) if qwk is not None and qwk == qwk else "—")
        put(row, 5, ag["changed"])

    # score distribution per question, each with a native bar chart
    row += 2
    put(row, 1, "Final score distribution per question", bold)
    row += 1
    chart_row = row
    for item in session.item_keys():
        dist = session.score_distribution(item)
        info = session.items[item]
        put(row, 1, f"Question {item}" + (f" — {info.title}" if info.title else ""), bold)
        row += 1
        put(row, 1, "Score", bold)
        put(row, 2, "Answers", bold)
        first = row + 1
        for score, n in dist.items():
            row += 1
            put(row, 1, OPEN if score is None else score_text(score))
            put(row, 2, n)
        last = row
        chart = BarChart()
        chart.type = "col"
        chart.title = xlsx_text(f"Final scores: {item}")
        chart.y_axis.title = "Answers"
        chart.x_axis.title = "Score"
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
