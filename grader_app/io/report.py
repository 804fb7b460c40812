"""The printable grade report as HTML pieces (pure Python; ``grader_app.ui.report_pdf`` prints them to PDF).

Per question: the question (its text with its lines; tab-separated lines as a table; a name that is the whole
question headed by its first words and printed whole once below: :mod:`.question_headings`), the distribution of
final scores (a table with a bar per score and its share, equal counts alike, and a line under it when the shares
do not add up to 100 %: :func:`whole_percents`), how many answers the
teacher reviewed and on how many of them they changed the model's score. Per student:
their final score on each question and the total (each question's column headed by a short name,
:func:`~.question_headings.column_names`). The HTML sticks to what Qt's rich text engine renders (tables, cell
widths and background colours, no CSS layout), and every bar also carries its number, so the meaning never rests on
colour.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable
from html import escape

from ..core import review
from ..core.numbers import score_text
from ..core.session import GradingSession
from ..core.sheet import student_name
from .canvas import student_keys
from .headers import shown_question
from .lms_points import scale_maxima
from .question_headings import column_names, heading_name, title_besides, whole_below

OPEN = "open"
NO_ANSWER = "no answer"   # a question the student has no row for: nothing to score, not an open answer
STUDENT_ROWS_PER_TABLE = 30   # a table of this many students fits on a printed page
GOES_ON = "<!-- more rows of the table above -->"   # begins a piece that goes on with the table of the one before
KEEP_WHOLE = 1   # a paragraph's user state (Qt's CSS "-qt-user-state"): printed whole on one page, never cut at its end


def _figures(q: dict) -> str:
    """ "40 answers. You reviewed 22; you changed the model's score on 19 of them; 0 were accepted automatically; 18
    still have no score." (English; the ui gives the interface's language)."""
    n = q["reviewed"]
    if not q["modelled"]:
        did = f"No model scores this question; you scored {n}"
    elif q["learned"]:
        did = f"You scored {n}, and a model learned from your scores"
    elif not n:
        did = "You reviewed none of them"
    elif not q["changed"]:
        did = f"You reviewed {n}; you " + ("did not change the model's score" if n == 1 else
                                             "changed the model's score on none of them")
    else:                       # "on 0" read as "by 0 points": the count says how many of them
        did = f"You reviewed {n}; you changed the model's score on {q['changed']} of them"
    if q["modelled"]:
        did += f"; {q['auto']} {'was' if q['auto'] == 1 else 'were'} accepted automatically"
    return (f"{q['answers']} answer{'' if q['answers'] == 1 else 's'}. {did}"
            + (f"; {q['open']} still {'has' if q['open'] == 1 else 'have'} no score" if q["open"] else "") + ".")


def named_question(name: str, words: tuple[str, ...] = ("Question",)) -> bool:
    """``name`` begins with one of ``words`` as a word of its own, whatever the case ("Question 3: ...", "question
    own", "Pregunta propia: ..." for "Pregunta"; not "Questionnaire 2"): a heading "Question {name}" would say it
    twice."""
    folded = name.strip().casefold()
    for word in (w.strip().casefold() for w in words):
        if word and folded.startswith(word) and not folded[len(word):len(word) + 1].isalpha():
            return True
    return False


def question_title(item: str, title: str) -> str:
    """ "Question q1 — Title"; "Question 3 — Title" as it is (never "Question Question 3")."""
    head = item if named_question(item) else f"Question {item}"
    return head + (f" — {title}" if title else "")


def _agreement(n: int, exact: str) -> str:
    which = "the answer" if n == 1 else f"the {n} answers"
    return f"On {which} you decided, the model agreed with you on {exact}."


def _agreement_some(n: int, decided: int, exact: str) -> str:
    which = "one had" if n == 1 else f"{n} had"
    where = "on it" if n == 1 else "on those"
    return (f"Of the {decided} answers you decided, {which} a score from the model before yours; {where} the model "
            f"agreed with you on {exact}.")


@dataclass(frozen=True)
class ReportWords:
    """Every word of the report, English unless given: the ui makes them in the interface's language
    (:func:`grader_app.ui.report_pdf.report_words`), as this module may not use Qt's translations. The
    callables take the figures and give the finished text, so each language words its own plurals."""
    title: str = "Grade report: {source}"
    no_source: str = "answers"                          # the source's name in the title when there is no file
    facts: Callable[[int, int], str] = lambda answers, questions: f"{answers} answers · {questions} question(s)"
    sentence: Callable[[GradingSession], str] = GradingSession.sentence
    question: Callable[[str, str], str] = question_title
    figures: Callable[[dict], str] = _figures           # a question_summary() in words
    agreement: Callable[[int, str], str] = _agreement   # (answers decided, the share agreed as a percentage)
    # (answers a model scored before the teacher decided them, all she decided, the share agreed): where she decided
    # answers no model had scored first (a model learned from her marks), "on the 8 answers you decided" beside "you
    # scored 40" would contradict the figures above it
    agreement_some: Callable[[int, int, str], str] = _agreement_some
    score: str = "Score"
    answers: str = "Answers"
    share: str = "Share"
    scores_per_student: str = "Scores per student"
    student: str = "Student"
    total: str = "Total"
    out_of: str = "Out of"                       # the row under the header of scores: each question's highest score
    open: str = OPEN
    no_answer: str = NO_ANSWER
    made_by: str = ("Made by Grader on this computer; no answer left it. “open” means the answer still needs a score "
                    "from you; “no answer” that the sheet has no answer of the student to that question; “—” under "
                    "“Total” that the total waits for a score still open.")
    number: Callable[[Any], str] = score_text            # a score or a total: 2.0 -> "2", 12.5 -> "12.5"
    percent: Callable[[int], str] = lambda pct: f"{pct}\u00a0%"   # a whole 0-100 -> "45 %", a no-break space before "%"
    # under a score table whose shares do not add up to 100 (whole_percents), with their sum as ``percent`` gives it
    rounded: Callable[[str], str] = lambda total: (f"Rounded to whole percentages, so that equal counts show the same "
                                                   f"share, these add up to {total}.")
    day: Callable[[date], str] = date.isoformat          # the date the report is made


def question_summary(session: GradingSession, item: str) -> dict:
    """Figures for one question: answers, distribution, reviewed, changed, still open; "learned": scored by a model
    that learns from the teacher's marks, whose scores follow them (none of them counts as changed)."""
    keys = [a.key for a in session.answers_for(item)]
    decided = [k for k in keys if k in session.decisions]
    # only a score a model gave before the teacher can be changed (GradingSession.model_score): the status OVERRIDDEN
    changed = sum(1 for k in decided if session.status(k) == review.OVERRIDDEN)
    return {
        "answers": len(keys),
        "modelled": any(k in session.predictions for k in keys),
        "learned": session.items[item].learned,
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
    frame, m = session.sheet.frame, session.mapping
    return {a.key: " ".join(student_name(frame, a.row, m).split()).casefold() for a in session.answers}


def report_title(session: GradingSession, title: str | None = None, words: ReportWords | None = None) -> str:
    w = words or ReportWords()
    source = session.sheet.source.name if session.sheet.source else w.no_source
    return title or w.title.format(source=source)


def report_parts(session: GradingSession, title: str | None = None, when: date | None = None,
                 words: ReportWords | None = None) -> list[str]:
    """The report's body as HTML pieces, each laid out on its own when printed (:mod:`grader_app.ui.report_pdf`):
    the heading, each question's figures, then the scores per student, a table of at most
    ``STUDENT_ROWS_PER_TABLE`` students a piece (Qt lays out many small tables far faster than one long one), each
    but the first starting with ``GOES_ON`` (printed right below the rows before it, without its header there);
    with many questions, each group of rows is several tables side by side in turn (:func:`score_column_groups`).
    ``words``: the report's words in the interface's language (English without)."""
    w = words or ReportWords()
    title = report_title(session, title, w)
    when = when or date.today()
    opening = "".join([
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(w.day(when))} · {escape(w.facts(len(session.answers), len(session.item_keys())))}</p>",
        f"<p>{escape(w.sentence(session))}</p>",
    ])
    questions = ["".join(_question_section(session, item, w)) for item in session.item_keys()]
    items, rows = student_table(session)
    cells = [[w.open if v is None else w.no_answer if v == NO_ANSWER else w.number(v) for v in values]
             + [w.number(total) if total is not None else "—"] for _student, values, total in rows]
    heads = column_names([shown_question(session.mapping, i) for i in items]) + [w.total]   # one short line each
    # what each score is out of: the question's own scale (lms_points.question_top), as the feedback says it
    maxima = scale_maxima(session)
    # and the total's: every question's highest score added up (blank where one of them is unknown)
    whole = sum(maxima[i] for i in items) if items and all(maxima[i] is not None for i in items) else None
    tops = [w.number(maxima[i]) if maxima[i] is not None else "" for i in items] + [
        w.number(whole) if whole is not None else ""]
    columns = [[heads[k], tops[k], *(c[k] for c in cells)] for k in range(len(heads))]
    groups = score_column_groups(columns)
    size = min(_font_pt(_columns_em([columns[k] for k in g]), _TABLE_EM) for g in groups)
    fixed = f"style='{_NOWRAP}; font-size: {size:g}pt'"        # Qt's tables pass no font size on to their cells
    free = f"style='font-size: {size:g}pt'"
    # every column as wide in every piece, whatever its rows (the pieces of one table join on a page): what its
    # longest text needs (a narrower guess than the font size's, as Qt widens a column its text does not fit)
    share = [(max(len(t) for t in col) * 0.6 + 1.0) * size / _LARGEST_PT / _TABLE_EM * 100 for col in columns]
    tables = []
    for start in range(0, len(rows), STUDENT_ROWS_PER_TABLE):
        for group in groups:
            t = [GOES_ON if start and len(groups) == 1 else ""]
            name = max(10.0, 100 - sum(share[k] for k in group))
            t.append(f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><thead><tr>"
                     f"<th align='left' width='{name:.1f}%' {fixed}>{escape(w.student)}</th>"
                     + "".join(f"<th align='right' width='{share[k]:.1f}%' {fixed}>{escape(heads[k])}</th>" for k in group)
                     + f"</tr><tr><td {free}><i>{escape(w.out_of)}</i></td>"
                     + "".join(f"<td align='right' {fixed}><i>{escape(tops[k])}</i></td>" for k in group)
                     + "</tr></thead>")
            for r in range(start, min(len(rows), start + STUDENT_ROWS_PER_TABLE)):
                t.append(f"<tr><td {free}>{escape(rows[r][0])}</td>"
                         + "".join(f"<td align='right' {fixed}>{escape(cells[r][k])}</td>" for k in group) + "</tr>")
            t.append("</table>")
            tables.append("".join(t))
    tables = tables or [""]
    tables[0] = f"<h2>{escape(w.scores_per_student)}</h2>" + tables[0]
    tables[-1] += f"<p class='after'><small>{escape(w.made_by)}</small></p>"   # clear of the table's last border
    return [opening, *questions, *tables]


# ----- the table of scores: numbers never wrap; many questions make several narrower tables ------------

_NOWRAP = "white-space: nowrap"
_TABLE_EM = 50.0          # the table's width at 10 pt in em: 180 mm of A4 (186 of Letter) with room to spare
_NAME_EM = 10.0           # what the student column keeps at least, in em
_LARGEST_PT, _SMALLEST_PT = 10.0, 7.0


def _columns_em(columns: list[list[str]]) -> float:
    """The width a score column group needs in em of the table's font: every text on one line (a digit is
    about 0.6 em, a letter in bold a little more), plus the cell's padding and borders, plus the student column."""
    return _NAME_EM + sum(max(len(t) for t in col) * 0.66 + 1.2 for col in columns)


def _font_pt(need_em: float, have_em: float) -> float:
    """The largest size from 10 pt down to 7 pt (in halves) at which ``need_em`` fits in ``have_em`` em at 10 pt."""
    size = _LARGEST_PT
    while size > _SMALLEST_PT and need_em * size > have_em * _LARGEST_PT:
        size -= 0.5
    return size


def score_column_groups(columns: list[list[str]]) -> list[list[int]]:
    """The score columns (each its header and its texts, the total last) split into as few groups of about
    equal size as fit across the page at 7 pt or more, in order; each group is a table with the student column."""
    n = len(columns)
    for parts in range(1, n + 1):
        size = -(-n // parts)
        groups = [list(range(k, min(n, k + size))) for k in range(0, n, size)]
        if all(_columns_em([columns[k] for k in g]) * _SMALLEST_PT <= _TABLE_EM * _LARGEST_PT for g in groups):
            return groups
    return [[k] for k in range(n)]


# ----- shares as whole percentages ---------------------------------------------------------------------

def half_up_percent(share: float) -> int:
    """A share 0–1 as a whole percentage, a half rounded up: 0.125 -> 13 (Python's round gives 12)."""
    return int(math.floor(share * 100 + 0.5 + 1e-9))


def whole_percents(counts: list[int], total: int) -> list[int]:
    """``counts`` out of ``total`` as whole percentages, equal counts always alike (one answer never reads "0 %" beside
    another's "1 %"): each rounded to the nearest (a half up); then, while they do not add up as the counts do (100 when
    they are the whole), all the counts of one size go to their share's other whole number together (never further
    than that), where they fit in the points over or missing: the ones nearest a half first (going down, the smaller
    count first; going up, the larger). So 5, 17, 3, 9, 6 of 40 print 12, 43, 7, 23, 15 (not 13, 43, 8, 23, 15: 102);
    1, 1, 1 of 3 stay 33, 33, 33 (99) and 1, 1, 1, 147 of 150 stay 1, 1, 1, 98 (101): the report says so under its table."""
    if total <= 0:
        return [0] * len(counts)
    shown = [half_up_percent(c / total) for c in counts]
    target = half_up_percent(sum(counts) / total)
    while (gap := target - sum(shown)) != 0:
        up = gap > 0
        sizes: dict[int, list[int]] = {}   # the counts that may move one point that way (each of one size, together)
        for k, c in enumerate(counts):
            if 100 * c % total and shown[k] == 100 * c // total + (0 if up else 1):
                sizes.setdefault(c, []).append(k)
        fits = [c for c, ks in sizes.items() if len(ks) <= abs(gap)]
        if not fits:
            break
        rest = {c: 100 * c % total for c in fits}
        c = min(fits, key=lambda c: (-rest[c], -c) if up else (rest[c], c))
        for k in sizes[c]:
            shown[k] += 1 if up else -1
    return shown


# ----- one question -------------------------------------------------------------------------------------

def _words(text: str) -> str:
    return " ".join(text.split())


def _prompt_html(prompt: str) -> str:
    """The question's text with its line breaks, its tab-separated lines (a table of data, a numbered step) as a
    table without borders, cells lined up in columns: HTML would run them all into one paragraph."""
    out: list[str] = []
    lines: list[str] = []
    rows: list[list[str]] = []

    def close() -> None:
        if lines:
            out.append("<p><i>" + "<br>".join(escape(t) for t in lines) + "</i></p>")
            lines.clear()
        if rows:
            cell = "<td style='padding-right: 30px'><i>{}</i></td>"          # a tab's room between the columns
            out.append("<table cellspacing='0' cellpadding='2' style='margin-bottom: 24px'>"
                       + "".join("<tr>" + "".join(cell.format(escape(c)) for c in r) + "</tr>" for r in rows) + "</table>")
            rows.clear()

    for line in prompt.strip().splitlines():
        text = line.strip()
        row = "\t" in text
        if not text or (row and lines) or (not row and rows):
            close()                                       # an empty line ends a paragraph; a table its own block
        if row:
            rows.append([c.strip() for c in text.split("\t")])
        elif text:
            lines.append(text)
    close()
    return "".join(out)


def _question_section(session: GradingSession, item: str, w: ReportWords) -> list[str]:
    """One question's heading, prompt, figures and score distribution (a bar and its number per score)."""
    info = session.items[item]
    q = question_summary(session, item)
    name = shown_question(session.mapping, item)   # a sheet that names no question: its answer column's header
    # a name that is the whole question: its first words head the section, the whole of it follows once in body type
    h = [f"<h2>{escape(w.question(heading_name(name), title_besides(name, info.title)))}</h2>"]
    prompt = info.prompt if info.prompt and _words(info.prompt) not in (_words(name), _words(info.title or "")) else ""
    if whole_below(name, prompt):
        h.append(_prompt_html(name))
    if prompt:
        h.append(_prompt_html(prompt))   # not again when the heading already asks it
    h.append(f"<p>{escape(w.figures(q))}</p>")
    total = max(1, q["answers"])
    h.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
             f"<tr><th align='left' width='15%'>{escape(w.score)}</th>"
             f"<th align='right' width='15%'>{escape(w.answers)}</th><th align='left' width='70%'>{escape(w.share)}</th></tr>")
    shares = whole_percents(list(q["distribution"].values()), total)    # equal counts alike, 100 % where it can be
    for (score, n), pct in zip(q["distribution"].items(), shares):
        label = w.open if score is None else w.number(score)
        bar = max(1, int(round(pct * 0.8))) if n else 0  # room left for the figure
        cell = ("<table cellspacing='0' cellpadding='0' width='100%'><tr>"
                + (f"<td width='{bar}%' bgcolor='#4a78b0'>&nbsp;</td>" if bar else "")
                + f"<td style='{_NOWRAP}'>&nbsp;{escape(w.percent(pct))}</td></tr></table>")
        h.append(f"<tr><td style='{_NOWRAP}'>{escape(label)}</td><td align='right' style='{_NOWRAP}'>{n}</td>"
                 f"<td>{cell}</td></tr>")
    if shares and sum(shares) != 100:   # said where the column is: not a mistake
        h.append(f"<tr><td colspan='3'><small>{escape(w.rounded(w.percent(sum(shares))))}</small></td></tr>")
    h.append("</table>")
    ag = session.agreement(item)
    if ag["n"]:
        exact = w.percent(half_up_percent(ag["exact"])) if ag["exact"] is not None else "—"
        said = (w.agreement(ag["n"], exact) if ag["decided"] <= ag["n"]
                else w.agreement_some(ag["n"], ag["decided"], exact))
        h.append(f"<p class='after' style='-qt-user-state: {KEEP_WHOLE}'>{escape(said)}</p>")
    return h


def build_report_html(session: GradingSession, title: str | None = None, when: date | None = None) -> str:
    """The whole report as one HTML page (its pieces, :func:`report_parts`, one after another)."""
    title = report_title(session, title)
    return ("<html><head><meta charset='utf-8'><title>" + escape(title) + "</title></head><body>"
            + "".join(report_parts(session, title, when)) + "</body></html>")
