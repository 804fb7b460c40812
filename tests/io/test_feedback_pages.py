"""The feedback page model (grader_app.io.feedback.feedback_pages), without Qt: one page per student in
sheet order (a row of a wide sheet, one id's rows of a long one, never two merged), every question
with exactly that student's own answers, scores, maxima, rubric words and comments; the mail-merge
rows are the same pages laid flat."""
from __future__ import annotations

import random
import subprocess
import sys

import pandas as pd
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.io.feedback import (StudentPage, class_title, feedback_header, feedback_pages, feedback_rows)
from long_sheets import long_sheet_session

RUBRIC = {"0": "Not yet", "1": "Partly", "2": "Fully"}
ITEMS = ("ice", "plants", "moon")


def long_session(tmp_path, n=7, seed=3):
    """``n`` students x 3 questions as a long sheet in shuffled order; S2 has a blank answer, S4's moon answer is open."""
    rng = random.Random(seed)
    rows = []
    for s in range(n):
        for q in ITEMS:
            text = "" if (s, q) == (2, "plants") else f"S{s}/{q}: {rng.random():.6f}"
            rows.append((f"S{s}", f"Pupil {s}", f"p{s}@school.example", q, text))
    rng.shuffle(rows)
    items = {q: ItemInfo(item=q, title=f"About {q}", prompt=f"Explain {q}.", labels=(0, 1, 2), rubric=dict(RUBRIC))
             for q in ITEMS}
    session = long_sheet_session(rows, items, tmp_path / "Year 9 - physics.csv", write=True)
    frame = session.sheet.frame
    expected: dict[str, dict[str, tuple]] = {}
    for a in session.answers:
        sid = frame.iat[a.row, 0]
        score = (int(sid[1:]) + ITEMS.index(a.item)) % 3
        if (sid, a.item) == ("S4", "moon"):
            expected.setdefault(sid, {})[a.item] = (a.text, None, "")
            continue
        session.decide(a.key, score, comment=f"{sid} on {a.item}")
        expected.setdefault(sid, {})[a.item] = (a.text, score, f"{sid} on {a.item}")
    return session, expected


def test_one_page_per_student_in_sheet_order_with_exactly_their_answers(tmp_path):
    session, expected = long_session(tmp_path)
    pages = feedback_pages(session)
    frame = session.sheet.frame
    first_row = {sid: min(r for r in range(len(frame)) if frame.iat[r, 0] == sid) for sid in expected}
    assert [p.student_id for p in pages] == sorted(expected, key=first_row.get)
    for page in pages:
        assert isinstance(page, StudentPage)
        sid = page.student_id
        assert page.name == f"Pupil {sid[1:]}" and page.display_name == page.name and page.email == f"p{sid[1:]}@school.example"
        assert sorted(page.rows) == sorted(r for r in range(len(frame)) if frame.iat[r, 0] == sid)
        assert [q.item for q in page.questions] == list(session.item_keys())
        for q in page.questions:
            text, score, comment = expected[sid][q.item]
            assert q.answers == (text,) and q.answer == text and q.answered
            assert q.question == q.item and q.prompt == f"Explain {q.item}."   # the sheet's name, not the title
            assert q.scores == (score,) and q.score == score and q.out_of == 2
            assert q.rubric == ("" if score is None else RUBRIC[str(score)]) and q.comment == comment
        scores = [expected[sid][i][1] for i in ITEMS]
        assert page.total == (None if None in scores else sum(scores)) and page.out_of == 6
    mine = {p.student_id: {a for q in p.questions for a in q.answers} for p in pages}
    for sid, answers in mine.items():          # nobody else's answer on anyone's page
        others = {t for o, ts in mine.items() if o != sid for t in ts if t}
        assert not (answers & others)


def test_mail_merge_rows_are_the_pages_laid_flat(tmp_path):
    session, _ = long_session(tmp_path)
    rows = feedback_rows(session)
    pages = feedback_pages(session)
    # no username in this sheet, and no last name: "Student 4" is a first name whole, its number no last name
    who = ("name", "student_id", "email", "first_name")
    assert rows[0] == feedback_header(3, who=who) and len(rows) == 1 + len(pages)
    assert all(page.first_name == page.name and not page.last_name for page in pages)
    for row, page in zip(rows[1:], pages):
        flat = [page.name, page.student_id, page.email, page.first_name]
        for q in page.questions:
            flat += [q.question, q.answer, q.score, q.out_of, q.rubric, q.comment]
        assert row == [*flat, page.total, page.out_of]


def test_wide_sheet_rows_are_students_even_with_one_email_twice(tmp_path):
    frame = pd.DataFrame([["a@x.example", "Ann", "ice 1", "moon 1"], ["b@x.example", "Ben", "ice 2", ""],
                          ["a@x.example", "Ann", "ice 3 (again)", "moon 3"]],
                         columns=["Email", "Name", "Q ice", "Q moon"], dtype=object)
    mapping = ColumnMapping(layout=WIDE, name_column="Name", answer_columns={"Q ice": "ice", "Q moon": "moon"})
    session = GradingSession(Sheet(frame=frame, source=tmp_path / "form.xlsx", sheet_name="Form responses 1"), mapping,
                             items={i: ItemInfo(item=i, labels=(0, 1)) for i in ("ice", "moon")})
    session.decide(0, 1)
    pages = feedback_pages(session)
    assert [p.rows for p in pages] == [(0,), (1,), (2,)]
    assert [[q.answer for q in p.questions] for p in pages] == [["ice 1", "moon 1"], ["ice 2", ""],
                                                                ["ice 3 (again)", "moon 3"]]
    assert [p.email for p in pages] == ["a@x.example", "b@x.example", "a@x.example"]
    assert pages[0].questions[0].question == "ice" and pages[0].questions[0].score == 1
    assert pages[1].questions[1].answered and pages[1].total is None and pages[0].out_of == 2
    assert class_title(session) == "form · Form responses 1"


def test_two_attempts_and_a_question_without_a_row(tmp_path):
    """Long sheet: S1 answered ice twice and never moon; both attempts are theirs, moon is not answered."""
    frame = pd.DataFrame([["S1", "ice", "first try"], ["S2", "ice", "other"], ["S1", "ice", "second try"],
                          ["S2", "moon", "m2"]], columns=["id", "q", "a"], dtype=object)
    mapping = ColumnMapping(id_column="id", item_column="q", answer_column="a")
    session = GradingSession(Sheet(frame=frame, source=tmp_path / "quiz.csv"), mapping,
                             items={i: ItemInfo(item=i, labels=(0, 1, 2), rubric=dict(RUBRIC)) for i in ("ice", "moon")})
    session.decide(0, 2, comment="good")
    pages = feedback_pages(session, item_names={"ice": "Floating ice"})
    assert [p.student_id for p in pages] == ["S1", "S2"]
    ice, moon = pages[0].questions
    assert ice.question == "Floating ice" and ice.answers == ("first try", "second try")
    assert ice.scores == (2, None) and ice.score == "2; open" and ice.rubric == "Fully" and ice.comment == "good"
    assert not moon.answered and moon.answers == () and moon.score is None and moon.out_of == 2
    assert pages[0].out_of == 2 and pages[0].total is None
    assert [q.answers for q in pages[1].questions] == [("other",), ("m2",)]
    assert class_title(session) == "quiz"


def test_the_page_model_needs_no_qt():
    code = ("import sys, grader_app.io.feedback as f; assert f.feedback_pages; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize("name, sheet_name, title", [("class.xlsx", None, "class"), ("class.xlsx", "class", "class"),
                                                      ("9B.xlsx", "Term 2", "9B · Term 2")])
def test_class_title(tmp_path, name, sheet_name, title):
    frame = pd.DataFrame([["S1", "x"]], columns=["id", "a"], dtype=object)
    session = GradingSession(Sheet(frame=frame, source=tmp_path / name, sheet_name=sheet_name),
                             ColumnMapping(id_column="id", answer_column="a", default_item="q1"))
    assert class_title(session) == title
