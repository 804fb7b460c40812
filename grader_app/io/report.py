"""The printable grade report as HTML pieces (pure Python; ``grader_app.ui.report_pdf`` prints them to PDF).

Per question: the question, the distribution of final scores (a table with a bar per score), how
many answers the teacher reviewed and how many scores they changed from the model's. Per student:
their final score on each question and the total. The HTML sticks to what Qt's rich text engine
renders (tables, cell widths and background colours, no CSS layout), and every bar also carries
its number, so the meaning never rests on colour.
"""
from __future__ import annotations

from datetime import date
from typing import Any
from html import escape

from ..core import review
from ..core.numbers import score_text
from ..core.session import GradingSession
from .canvas import student_keys

OPEN = "open"
NO_ANSWER = "no answer"   # a question the student has no row for: nothing to score, not an open answer
STUDENT_ROWS_PER_TABLE = 30   # a table of this many students fits on a printed page


def question_summary(session: GradingSession, item: str) -> dict:
    """Figures for one question: answers, distribution, reviewed, changed, still open."""
    keys = [a.key for a in session.answers_for(item)]
    decided = [k for k in keys if k in session.decisions]
    # only a score the model gave can be changed: a question no model scores is scored by the teacher alone
    changed = sum(1 for k in decided if k in session.predictions and session.predictions[k].score != session.decisions[k].score)
    return {
        "answers": len(keys),
        "modelled": any(k in session.predictions for k in keys),
        "distribution": session.score_distribution(item),
        "reviewed": len(decided),
        "changed": changed,
        "open": sum(1 for k in keys if session.final_score(k) is None),
        "auto": sum(1 for k in keys if session.status(k) == review.AUTO),
    }


def student_table(session: GradingSession) -> tuple[list[str], list[tuple[str, list, Any]]]:
    """(question ids, rows of (student, final score per question, total or None if any is open))."""
    items = session.item_keys()
    keys = student_keys(session)   # ids exactly as in the sheet: look-alike ids stay two students
    names = _names(session)
    rows: dict[tuple, dict] = {}
    label: dict[tuple, str] = {}
    for a in session.answers:
        # one id written for two students (a typo) must not add one's scores to the other's: the name tells them apart
        key = keys[a.key] + ((names[a.key],) if keys[a.key][0] == "id" else ())
        label.setdefault(key, a.student)
        rows.setdefault(key, {})
        score = session.final_score(a.key)
        if score is not None or a.item not in rows[key]:
            rows[key][a.item] = score
    out = []
    for key, scores in rows.items():
        student = label[key]
        values = [scores.get(i) if i in scores else NO_ANSWER for i in items]
        present = [v for i, v in zip(items, values) if i in scores]
        total: Any = None
        if present and all(isinstance(v, (int, float)) for v in present):
            total = sum(present)
        out.append((student, values, total))
    return items, out


def _names(session: GradingSession) -> dict[int, str]:
    """Per answer key, its student's name for comparing (spaces and case do not matter; "" without one)."""
    col = session.mapping.name_column
    frame = session.sheet.frame
    if not col or col not in frame.columns:
        return {a.key: "" for a in session.answers}
    j = frame.columns.get_loc(col)
    return {a.key: " ".join(str(frame.iat[a.row, j] or "").split()).casefold() for a in session.answers}


def report_title(session: GradingSession, title: str | None = None) -> str:
    source = session.sheet.source.name if session.sheet.source else "answers"
    return title or f"Grade report: {source}"


def report_parts(session: GradingSession, title: str | None = None, when: date | None = None) -> list[str]:
    """The report's body as HTML pieces, each laid out on its own when printed (:mod:`grader_app.ui.report_pdf`):
    the heading, each question's figures, then the scores per student, a table of at most
    ``STUDENT_ROWS_PER_TABLE`` students a piece (Qt lays out many small tables far faster than one long one)."""
    title = report_title(session, title)
    when = when or date.today()
    opening = "".join([
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(when.isoformat())} · {len(session.answers)} answers · {len(session.item_keys())} question(s)</p>",
        f"<p>{escape(session.sentence())}</p>",
    ])
    questions = ["".join(_question_section(session, item)) for item in session.item_keys()]
    items, rows = student_table(session)
    head = ("<thead><tr><th align='left'>Student</th>"
            + "".join(f"<th align='right'>{escape(str(i))}</th>" for i in items)
            + "<th align='right'>Total</th></tr></thead>")
    tables = []
    for start in range(0, len(rows), STUDENT_ROWS_PER_TABLE):
        t = ["<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + head]
        for student, values, total in rows[start:start + STUDENT_ROWS_PER_TABLE]:
            t.append(f"<tr><td>{escape(student)}</td>")
            for v in values:
                t.append(f"<td align='right'>{OPEN if v is None else v if v == NO_ANSWER else escape(score_text(v))}</td>")
            t.append(f"<td align='right'>{escape(score_text(total)) if total is not None else '—'}</td></tr>")
        t.append("</table>")
        tables.append("".join(t))
    tables = tables or [""]
    tables[0] = "<h2>Scores per student</h2>" + tables[0]
    tables[-1] += ("<p><small>Made by Grader on this computer; no answer left it. “open” means the answer "
                   "still needs a score from you; “no answer” that the sheet has no answer of the student to "
                   "that question.</small></p>")
    return [opening, *questions, *tables]


def _question_section(session: GradingSession, item: str) -> list[str]:
    """One question's heading, prompt, figures and score distribution (a bar and its number per score)."""
    info = session.items[item]
    q = question_summary(session, item)
    h = [f"<h2>Question {escape(str(item))}" + (f" — {escape(info.title)}" if info.title else "") + "</h2>"]
    if info.prompt:
        h.append(f"<p><i>{escape(info.prompt)}</i></p>")
    did = (f"You reviewed {q['reviewed']} and changed the model's score on {q['changed']}; {q['auto']} were accepted "
           "automatically" if q["modelled"] else f"No model scores this question; you scored {q['reviewed']}")
    h.append(f"<p>{q['answers']} answer{'' if q['answers'] == 1 else 's'}. {did}"
             + (f"; {q['open']} still {'has' if q['open'] == 1 else 'have'} no score" if q["open"] else "") + ".</p>")
    total = max(1, q["answers"])
    h.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
             "<tr><th align='left' width='15%'>Score</th><th align='right' width='15%'>Answers</th>"
             "<th align='left' width='70%'>Share</th></tr>")
    for score, n in q["distribution"].items():
        label = OPEN if score is None else score_text(score)
        pct = 100.0 * n / total
        bar = max(1, int(round(pct * 0.8))) if n else 0  # room left for the figure
        cell = ("<table cellspacing='0' cellpadding='0' width='100%'><tr>"
                + (f"<td width='{bar}%' bgcolor='#4a78b0'>&nbsp;</td>" if bar else "")
                + f"<td>&nbsp;{pct:.0f} %</td></tr></table>")
        h.append(f"<tr><td>{escape(label)}</td><td align='right'>{n}</td><td>{cell}</td></tr>")
    h.append("</table>")
    ag = session.agreement(item)
    if ag["n"]:
        exact = f"{ag['exact'] * 100:.0f} %" if ag["exact"] is not None else "—"
        which = "the answer" if ag["n"] == 1 else f"the {ag['n']} answers"
        h.append(f"<p class='after'>On {which} you decided, the model agreed with you on {exact}.</p>")
    return h


def build_report_html(session: GradingSession, title: str | None = None, when: date | None = None) -> str:
    """The whole report as one HTML page (its pieces, :func:`report_parts`, one after another)."""
    title = report_title(session, title)
    return ("<html><head><meta charset='utf-8'><title>" + escape(title) + "</title></head><body>"
            + "".join(report_parts(session, title, when)) + "</body></html>")
