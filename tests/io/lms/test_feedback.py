"""The mail-merge feedback sheet, written as CSV and XLSX and read back: every student gets exactly
their own answers, scores, rubric words and comments, in their own row."""
from __future__ import annotations

import random

import pandas as pd
import pytest
from openpyxl import load_workbook

import lms_sheets as L
from grader_app.core.session import GradingSession, ItemInfo
from long_sheets import long_sheet_session
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.errors import SheetError
from grader_app.io.feedback import feedback_header, rubric_words, write_feedback

ITEMS = ("ice", "plants", "moon")


def read_back(path):
    if path.suffix == ".csv":
        rows = L.read_csv(path)
        return [dict(zip(rows[0], r)) for r in rows[1:]]
    ws = load_workbook(path).active
    rows = [[("" if c.value is None else c.value) for c in row] for row in ws.iter_rows()]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def as_text(v):
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


@pytest.fixture
def long_session(tmp_path):
    """12 students x 3 questions as a long sheet in shuffled order; some answers are word for word alike."""
    rng = random.Random(13)
    rows = []
    for s in range(12):
        for q in ITEMS:
            text = "I do not know." if (s + len(q)) % 5 == 0 else f"Answer of student {s} to {q}: {rng.random():.6f}"
            rows.append((f"S{s:02d}", f"Student {s}", f"s{s}@school.example", q, text))
    rng.shuffle(rows)
    items = {q: ItemInfo(item=q, title=f"Question about {q}", labels=(0, 1, 2), rubric=dict(L.RUBRIC)) for q in ITEMS}
    session = long_sheet_session(rows, items, tmp_path / "answers.csv", write=True)
    frame = session.sheet.frame
    expected = {}
    for a in session.answers:
        sid = frame.iat[a.row, 0]
        score = (int(sid[1:]) + ITEMS.index(a.item)) % 3
        if (sid, a.item) == ("S05", "moon"):
            expected[(sid, a.item)] = (a.text, None, "")       # left open: no score, no rubric words
            continue
        session.decide(a.key, score, comment=f"note for {sid} on {a.item}")
        expected[(sid, a.item)] = (a.text, score, f"note for {sid} on {a.item}")
    return session, expected


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_student_gets_exactly_their_own_answers(tmp_path, long_session, suffix):
    session, expected = long_session
    out = write_feedback(session, tmp_path / f"feedback{suffix}")
    rows = read_back(out)
    # "Student 4" is a first name whole (its number is no last name): no student has a last name, so no such column
    assert list(rows[0]) == feedback_header(3, who=("name", "student_id", "email", "first_name"))
    assert len(rows) == 12 and len({r["Student ID"] for r in rows}) == 12
    for r in rows:
        sid = r["Student ID"]
        assert r["Email"] == f"s{int(sid[1:])}@school.example" and r["Name"] == r["First name"] == f"Student {int(sid[1:])}"
        total = 0
        for n, q in enumerate(session.item_keys(), start=1):
            text, score, comment = expected[(sid, q)]
            assert r[f"Q{n} question"] == q                   # the sheet's name for it, not the title
            assert r[f"Q{n} answer"] == text
            assert as_text(r[f"Q{n} score"]) == ("" if score is None else str(score))
            assert as_text(r[f"Q{n} out of"]) == "2"
            assert r[f"Q{n} rubric"] == ("" if score is None else L.RUBRIC[str(score)])
            assert r[f"Q{n} comment"] == comment
            total = None if total is None or score is None else total + score
        assert as_text(r["Total"]) == ("" if total is None else str(total))
        assert as_text(r["Out of"]) == "6"


def test_wide_form_responses_one_row_per_submission(tmp_path):
    session = L.session_for(L.google_forms(tmp_path), L.by_text)
    rows = read_back(write_feedback(session, tmp_path / "feedback.xlsx"))
    assert [r["Email"] for r in rows] == ["ann.lee@school.example", "ben.okafor@school.example", "",
                                          "ben.okafor@school.example"]
    assert [r["Q1 answer"] for r in rows] == [L.A_GOOD, L.A_SOME, "It is cold.", "Again: lighter."]
    assert [r["Q2 rubric"] for r in rows] == [L.RUBRIC["1"], L.RUBRIC["2"], L.RUBRIC["0"], L.RUBRIC["0"]]
    assert rows[0]["Q1 question"] == L.ICE


def test_rubric_words_by_score():
    assert rubric_words({"0": "none", "1": "some", "2": "all"}, 2) == "all"
    assert rubric_words({"0": "none", "1.5": "most"}, 1.5) == "most"
    assert rubric_words({"0": "none"}, 1) == "" and rubric_words({}, 1) == "" and rubric_words({"0": "x"}, None) == ""


def test_refused_over_the_sheet_and_for_other_suffixes(tmp_path, long_session):
    session, _ = long_session
    before = session.sheet.source.read_bytes()
    with pytest.raises(SheetError, match="sheet of answers itself"):
        write_feedback(session, session.sheet.source)
    with pytest.raises(SheetError, match=".xlsx or .csv"):
        write_feedback(session, tmp_path / "feedback.docx")
    assert session.sheet.source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.csv"]


def test_two_students_sharing_a_mistyped_id_get_a_page_each(tmp_path):
    """S02 typed for both Ben and Chloe: each gets their own page with only their answer, score and comment
    (one page for both put Chloe's work on Ben's page); an LMS file still leaves both out, naming the id."""
    from grader_app.io.feedback import feedback_pages
    from grader_app.io.lms import export_format

    rows = [("S01", "Amara Okafor", "Plants need light."), ("S02", "Ben Whitfield", "BEN'S ANSWER"),
            ("S02", "Chloe Martin", "CHLOE'S ANSWER"), ("S02", " ben  whitfield", "BEN AGAIN")]
    frame = pd.DataFrame([{"Student ID": i, "Name": n, "Question": q, "Answer": t}
                          for (i, n, t), q in zip(rows, ("q1", "q1", "q1", "q2"))], dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="Student ID", name_column="Name",
                                                         item_column="Question", answer_column="Answer"))
    for k, a in enumerate(s.answers):
        s.decide(a.key, k, comment=f"comment {k}")
    pages = feedback_pages(s)
    assert [p.name for p in pages] == ["Amara Okafor", "Ben Whitfield", "Chloe Martin"]
    ben, chloe = pages[1], pages[2]
    assert [q.answers for q in ben.questions] == [("BEN'S ANSWER",), ("BEN AGAIN",)]
    assert [q.answers for q in chloe.questions] == [("CHLOE'S ANSWER",), ()]
    assert "comment 2" in chloe.questions[0].comment and "comment 2" not in " ".join(q.comment for q in ben.questions)
    result = export_format("canvas-gradebook").write(s, tmp_path / "canvas.csv")
    assert len(result.unmatched) == 2 and all("S02" in u.reason for u in result.unmatched)
