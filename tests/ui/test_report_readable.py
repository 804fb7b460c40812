"""The grade report read as the teacher reads it (QA, Spanish pass): the figures never say "changed the model's score
on 0" (read as "by 0 points"); a question named "Question 3" or "Pregunta propia: ..." is not headed "Question Question
3"; a column of shares adds up to 100 %; a question's text keeps its lines and its table. Each through the real PDF,
read back with Qt's own PDF reader."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from grader_app.core.session import ItemInfo
from grader_app.io.report import ReportWords, report_parts, report_title
from grader_app.io.summary_sheet import SummaryWords
from grader_app.ui import report_pdf
from grader_app.ui.summary_words import summary_words
from in_language import in_language
from long_sheets import long_sheet_session
from pdf_read import loaded_pdf, page_texts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LABELS = (0, 1, 2, 3)


def _modelled(items: dict, tmp_path, n: int = 40):
    """A session of ``n`` students on ``items``, a model scoring every answer 0."""
    rows = [(f"S{i:02d}", f"Pupil {i:02d}", q, f"Answer {i}.") for i in range(n) for q in items]
    s = long_sheet_session(rows, items, tmp_path / "Year 8.csv")
    for q in items:
        keys = [a.key for a in s.answers_for(q)]
        probs = np.zeros((len(keys), len(LABELS)))
        probs[:, 0] = 1.0
        s.set_predictions(keys, probs)
    return s


def _decide(s, item: str, scores) -> None:
    for a, score in zip(s.answers_for(item), scores):
        s.decide(a.key, score)


def _lines(s, tmp_path, words: ReportWords | None = None) -> list[str]:
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf.render_report_pdf(report_parts(s, words=words), report_title(s, words=words)))
    return [" ".join(line.replace("\u00a0", " ").split()) for page in page_texts(loaded_pdf(out)) for line in page.splitlines()]


def test_the_figures_say_on_how_many_of_the_reviewed_answers_the_model_was_overruled(qtbot, tmp_path):
    """QA: "You reviewed 1 and changed the model's score on 0" read as "changed it by 0 points"."""
    items = {q: ItemInfo(item=q, labels=LABELS) for q in ("q-kept", "q-changed", "q-untouched")}
    s = _modelled(items, tmp_path, n=5)
    _decide(s, "q-kept", [0])                   # the model's own score: kept
    _decide(s, "q-changed", [2, 0, 1])          # two of three changed
    text = " ".join(_lines(s, tmp_path, report_pdf.report_words()))
    assert "5 answers. You reviewed 1; you did not change the model's score; 0 were accepted automatically; " \
           "4 still have no score." in text
    assert "You reviewed 3; you changed the model's score on 2 of them; 0 were accepted automatically" in text
    assert "You reviewed none of them; 0 were accepted automatically; 5 still have no score." in text
    assert "score on 0" not in text
    q = {"answers": 5, "reviewed": 1, "changed": 0, "auto": 0, "open": 4, "modelled": True, "learned": False}
    assert ReportWords().figures(q) == report_pdf.report_words().figures(q)       # the file's words say the same


class _Spanish(QTranslator):
    """The report's question headings as the Spanish translation words them."""
    WORDS = {"Question {item}": "Pregunta {item}", "Question {item} — {title}": "Pregunta {item} — {title}"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source) if context == "ReportPdf" else None


def test_a_question_named_with_the_word_question_is_not_headed_question_question(qtbot, tmp_path):
    """QA: "Pregunta Pregunta propia: ¿Qué opinas del texto?" in the report's heading (and the summary sheet's)."""
    own, english, lower, other = ("Pregunta propia: ¿Qué opinas del texto?", "Question 3: Why does ice float?",
                                  "question-7", "Questionnaire 2")
    items = {q: ItemInfo(item=q, labels=LABELS) for q in (own, english, lower, other)}
    s = _modelled(items, tmp_path, n=3)
    spanish = _Spanish()
    QCoreApplication.installTranslator(spanish)
    try:
        words = report_pdf.report_words()
        text = "\n".join(_lines(s, tmp_path, words)).split("Scores per student")[0]
        sheet = [summary_words().question_title(q, "Mine") for q in (own, "q1")]      # the summary sheet's too
    finally:
        QCoreApplication.removeTranslator(spanish)
    assert "Pregunta Pregunta" not in text and "Pregunta Question 3" not in text and "Pregunta question" not in text
    for heading in (own, english, lower, "Pregunta Questionnaire 2"):
        assert heading in text.splitlines(), heading
    assert sheet == ["Pregunta propia: ¿Qué opinas del texto? — Mine", "Pregunta q1 — Mine"]
    english_words = ReportWords()
    assert english_words.question("Question 3", "Ice") == "Question 3 — Ice" == SummaryWords().question_title("Question 3",
                                                                                                               "Ice")
    assert english_words.question("q1", "") == "Question q1"


def test_a_column_of_shares_adds_up_to_100_and_a_single_share_rounds_a_half_up(qtbot, tmp_path):
    """QA: 5, 17, 3, 9 and 6 open of 40 printed 12, 42, 8, 22 and 15 %: 99 %. The model's agreement, one share,
    rounds a half up (1 of 8: 13 %, not Python's 12 %)."""
    items = {q: ItemInfo(item=q, labels=LABELS) for q in ("q-spread", "q-agree")}
    s = _modelled(items, tmp_path)
    _decide(s, "q-spread", [0] * 5 + [1] * 17 + [2] * 3 + [3] * 9)          # 6 still open
    _decide(s, "q-agree", [0] + [1] * 7)                                    # the model (0) right on 1 of 8
    lines = _lines(s, tmp_path)
    rows = [m.groups() for m in (re.fullmatch(r"(open|\d) (\d+) (\d+) %", t) for t in lines) if m]
    spread = rows[:5]
    assert [(label, int(n)) for label, n, _ in spread] == [("0", 5), ("1", 17), ("2", 3), ("3", 9), ("open", 6)]
    shown = [int(p) for _, _, p in spread]
    assert sum(shown) == 100, shown
    assert all(100 * int(n) // 40 <= p <= -(-100 * int(n) // 40) for (_, n, _), p in zip(spread, shown))
    assert shown == [12, 43, 7, 23, 15]      # the two largest counts of the four halves take the points left
    assert "On the 8 answers you decided, the model agreed with you on 13 %." in " ".join(lines)
    from grader_app.io.report import whole_percents
    # equal counts alike (QA s52a: one answer "1 %" beside another "0 %"), though they then add up to 99 (said under
    # the table: test_small_things_s52a)
    assert whole_percents([1, 1, 1], 3) == [33, 33, 33] and whole_percents([0, 0], 0) == [0, 0]


def test_a_questions_text_keeps_its_lines_and_its_table(qtbot, tmp_path):
    """QA: the shipped asap-sas-1's prompt (a numbered procedure and a table of masses, tab-separated lines) ran
    into one paragraph: "... below. Sample Starting Mass (g) ... Marble 9.8 9.4 –0.4 Limestone ...". """
    from grader_app.bundles.library import Library

    bundle = Library.load([Path(__file__).resolve().parents[2] / "model_bundles"]).get("asap-sas-1")
    assert bundle is not None and "\tStarting Mass (g)\t" in bundle.prompt
    items = {"asap-sas-1": ItemInfo(item="asap-sas-1", title=bundle.title, prompt=bundle.prompt, labels=LABELS)}
    lines = _lines(_modelled(items, tmp_path, n=3), tmp_path)
    for line in ("A group of students wrote the following procedure for their investigation.", "Procedure:",
                 "Marble 9.8 9.4 –0.4", "Limestone 10.4 9.1 –1.3", "Wood 11.2 11.2 0.0", "Plastic 7.2 7.1 –0.1"):
        assert line in lines, (line, lines)
    assert any(t.startswith("1. Determine the mass of four different samples.") for t in lines), lines
    assert any(t.endswith("Difference in Mass (g)") for t in lines), lines
    assert "\t" not in " ".join(lines)


@pytest.mark.parametrize("lang, one, several", [
    ("de", "Bei der einen Antwort, die Sie entschieden haben,", "Bei den 3 Antworten, die Sie entschieden haben,"),
    ("es", "En la única respuesta que decidiste,", "3 respuestas"),
    ("en", "On the one answer you decided,", "On the 3 answers you decided,"),
])
def test_the_agreement_line_reads_well_for_one_answer(qapp, lang, one, several):
    """QA: the German report said "Bei der 1 Antwort, die Sie entschieden haben" (a numeral after the article reads as
    a list number); one decided answer is "der einen Antwort", as Spanish says "la única respuesta"."""

    with in_language(lang):
        assert report_pdf._agreement(1, "100 %").startswith(one)
        assert several in report_pdf._agreement(3, "67 %")


def test_the_agreement_line_says_so_where_the_model_had_scored_only_some_of_the_decided_answers(qtbot, tmp_path):
    """"On the 3 answers you decided" stood under "You reviewed 5" where two of the five had no model's score before
    the teacher's (scoring stopped part way, or a model's row that is not a score): the share is of the three, and the
    line says of how many she decided."""
    items = {"q1": ItemInfo(item="q1", labels=LABELS)}
    s = long_sheet_session([(f"S{i}", f"Pupil {i}", "q1", f"Answer {i}.") for i in range(5)], items,
                           tmp_path / "Year 8.csv")
    keys = [a.key for a in s.answers_for("q1")]
    probs = np.zeros((3, len(LABELS)))
    probs[:, 1] = 1.0
    s.set_predictions(keys[:3], probs)                  # the model (1) scored three of the five
    _decide(s, "q1", [1, 1, 2, 0, 3])                   # it agrees on 2 of its 3
    text = " ".join(_lines(s, tmp_path, report_pdf.report_words()))
    assert ("Of the 5 answers you decided, 3 had a score from the model before yours; on those the model agreed "
            "with you on 67 %.") in text
    assert "On the 3 answers you decided" not in text
    with in_language("de"):
        one = report_pdf._agreement_some(1, 4, "100 %")
    assert one.startswith("Von den 4 Antworten, die Sie entschieden haben, hatte eine schon vor Ihnen")
