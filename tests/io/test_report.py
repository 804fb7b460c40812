"""The printable report's HTML (pure Python), checked against the session's own figures."""
from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.workflow import score_all
from grader_app.io.report import NO_ANSWER, build_report_html, question_summary, student_table
from long_sheets import long_sheet_session

TEXTS = ["Ice is less dense than water because of its open lattice.", "Ice is less dense.", "Because it is cold.",
         "", "Ice is less dense.", "The hydrogen bonds keep molecules apart <b>so</b> density is lower."]


@pytest.fixture
def session(tiny_bundle):
    rows = [(f"S{i // 2 + 1}", f"Pupil <{i // 2 + 1}>", "q1" if i % 2 == 0 else "q2", t) for i, t in enumerate(TEXTS)]
    s = long_sheet_session(rows)
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice", "q2": "tiny-ice"}))
    return s


class Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


def test_report_figures_match_the_session(session):
    s = session
    k = s.answers_for("q1")[0].key
    other = 0 if s.predictions[k].score != 0 else 1
    s.decide(k, other)
    k2 = s.answers_for("q1")[1].key
    s.decide(k2, s.predictions[k2].score)
    q = question_summary(s, "q1")
    assert q["reviewed"] == 2 and q["changed"] == 1
    assert sum(q["distribution"].values()) == 3
    html = build_report_html(s, when=date(2026, 3, 1))
    p = Cells()
    p.feed(html)
    assert "b" not in p.tags  # student text is escaped, never markup
    joined = " ".join(p.text)
    assert "2026-03-01" in joined
    assert "You reviewed 2; you changed the model's score on 1 of them" in joined
    assert "Pupil <1>" in joined and s.sentence() in joined
    items, rows = student_table(s)
    assert items == ["q1", "q2"]
    assert rows[0][0] == "Pupil <1> · S1" and rows[0][1][0] == other
    for _student, values, total in rows:
        if all(v is not None for v in values):
            assert total == sum(values)
        else:
            assert total is None


def test_open_answers_are_named_not_hidden(session):
    s = session
    html = build_report_html(s)
    open_n = sum(1 for a in s.answers if s.final_score(a.key) is None)
    assert open_n > 0  # the blank answer always needs the teacher
    assert html.count(">open<") >= 1
    assert "no score" in html


def test_two_students_sharing_an_id_keep_their_own_rows(tiny_bundle):
    """A mistyped id (Daniel's written as Ben's S2): the report lists both with their own scores, never
    one row adding them up."""
    rows = [("S1", "Ana", "q1", TEXTS[0]), ("S2", "Ben", "q1", TEXTS[1]), ("S2", "Daniel", "q1", TEXTS[2]),
            ("S2", " ben ", "q2", TEXTS[5])]
    s = long_sheet_session(rows)
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice", "q2": "tiny-ice"}))
    for a, score in zip(s.answers, (2, 1, 0, 2)):
        s.decide(a.key, score)
    items, table = student_table(s)
    by_student = {student: (values, total) for student, values, total in table}
    assert len(table) == 3
    assert by_student["Ben · S2"] == ([1, 2], 3)          # Ben's two answers (his name in other case/spaces)
    assert by_student["Daniel · S2"] == ([0, NO_ANSWER], 0)   # no row for q2: nothing open


def test_a_question_without_a_model_and_a_question_never_answered_are_said_as_such(tiny_bundle):
    """q2 has no model: the teacher's scores are not 'changes of the model's score'. Bo has no row for q2:
    his cell says so instead of 'open', and his total is final."""
    rows = [("S1", "Ana", "q1", TEXTS[0]), ("S1", "Ana", "q2", "my own answer"), ("S2", "Bo", "q1", TEXTS[1])]
    s = long_sheet_session(rows)
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice", "q2": None}))
    for a in s.answers:
        s.decide(a.key, 2)
    q2 = question_summary(s, "q2")
    assert q2["reviewed"] == 1 and q2["changed"] == 0 and not q2["modelled"]
    assert question_summary(s, "q1")["modelled"]
    _, table = student_table(s)
    assert table[1][1] == [2, NO_ANSWER] and table[1][2] == 2
    p = Cells()
    p.feed(build_report_html(s, when=date(2026, 3, 1)))
    joined = " ".join(p.text)
    assert "No model scores this question; you scored 1." in joined
    assert "no answer" in p.text and p.text.count("open") == 0


def test_the_words_and_numbers_come_from_report_words(session):
    """The ui passes the report's words in the interface's language (grader_app.ui.report_pdf.report_words): every
    word of the body is one of them, the figures worded by its callables, the numbers written by its own."""
    from dataclasses import fields

    from grader_app.io.report import ReportWords, report_parts, report_title

    plain = {f.name: f"<{f.name.upper()}>" for f in fields(ReportWords) if f.type == "str" and f.name != "title"}
    words = ReportWords(title="[TITLE {source}]", **plain, facts=lambda a, q: f"[FACTS {a} {q}]",
                        sentence=lambda s: "[SENTENCE]", question=lambda i, t: f"[QUESTION {i}]",
                        figures=lambda q: f"[FIGURES {q['answers']}]", agreement=lambda n, share: f"[AGREED {n} {share}]",
                        number=lambda v: f"#{v}", percent=lambda p: f"{p:.0f}pc", day=lambda d: "[DAY]")
    html = "".join(report_parts(session, words=words, when=date(2026, 3, 1)))
    p = Cells()
    p.feed(html)
    texts = set(p.text)
    assert report_title(session, words=words) == "[TITLE <NO_SOURCE>]" and "[TITLE <NO_SOURCE>]" in texts
    assert {"[DAY] · [FACTS 6 2]", "[SENTENCE]", "[QUESTION q1]", "[FIGURES 3]"} <= texts
    assert {"<SCORE>", "<ANSWERS>", "<SHARE>", "<SCORES_PER_STUDENT>", "<STUDENT>", "<TOTAL>", "<MADE_BY>"} <= texts
    assert any(t.endswith("pc") for t in texts)                          # the share column's percentages
    students = {row[0] for row in student_table(session)[1]}             # the sheet's names and ids
    assert all(t.startswith(("[", "<", "#", "q1", "q2", "Why does ice", "—")) or t in students or t.endswith("pc")
               or t.isdigit() for t in texts), sorted(texts)             # no English word of the default left
