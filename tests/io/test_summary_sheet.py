"""The Summary sheet: written into a real graded XLSX, read back with openpyxl."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.workflow import score_all
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.sheet_detection import GRADED_TITLES, SUMMARY_TITLES
from grader_app.io.summary_sheet import SHEET_TITLE, SummaryWords, summary_writer
from grader_app.io.writers import write_graded_xlsx

TEXTS = ["Ice is less dense than water because of its open lattice.", "Ice is less dense.", "Because it is cold.",
         "", "Ice is less dense.", "The hydrogen bonds keep molecules apart so density is lower."]


@pytest.fixture
def session(tiny_bundle):
    rows = [(f"S{i // 2 + 1}", f"Pupil {i // 2 + 1}", "q1" if i % 2 == 0 else "q2", t) for i, t in enumerate(TEXTS * 2)]
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="Student ID", name_column="Name",
                                                         item_column="Question", answer_column="Answer"))
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice", "q2": "tiny-ice"}))
    return s


def test_summary_sheet_has_counts_agreement_distribution_and_a_chart_per_question(tmp_path, session):
    s = session
    k0 = s.answers_for("q1")[0].key
    s.decide(k0, 0 if s.predictions[k0].score != 0 else 1)          # an override
    k1 = s.answers_for("q2")[1].key
    s.decide(k1, s.predictions[k1].score, comment="fine")             # an agreement
    out = write_graded_xlsx(s, tmp_path / "graded.xlsx", extra_sheets=summary_writer(s))
    wb = load_workbook(out)
    assert wb.sheetnames == ["Graded", SHEET_TITLE]
    ws = wb[SHEET_TITLE]
    assert len(ws._charts) == 2  # one native bar chart per question
    cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    text = [v for v in cells.values() if isinstance(v, str)]
    assert s.sentence() in text
    # review counts: find the header row and check the q1 row against the session
    head = next(r for (r, c), v in cells.items() if v == "Review counts") + 1
    header = [ws.cell(head, j).value for j in range(1, 9)]
    assert header == ["Question", "Answers", "needs review", "auto", "reviewed", "overridden", "decided", "unscored"]
    q1 = [ws.cell(head + 1, j).value for j in range(1, 9)]
    counts = s.counts()
    assert q1[0] == "q1" and q1[1] == 6
    total = [ws.cell(head + 3, j).value for j in range(1, 9)]
    assert total[0] == "All questions"
    assert total[2:] == [counts[k] for k in ("needs review", "auto", "reviewed", "overridden", "decided", "unscored")]
    assert total[5] == 1 and total[4] == 1
    # agreement: all questions row has 2 decided, both scored by the model first, one changed
    ag_row = next(r for (r, c), v in cells.items() if v == "All questions" and r > head + 3)
    assert [ws.cell(ag_row, j).value for j in (2, 3, 4, 6)] == [2, 2, 0.5, 1]
    # distribution of q1 final scores, as the session counts them
    start = next(r for (r, c), v in cells.items() if v == "Question q1 — Tiny test item — why ice floats")
    dist = s.score_distribution("q1")
    got = {}
    r = start + 2
    while ws.cell(r, 1).value is not None:
        got[ws.cell(r, 1).value] = ws.cell(r, 2).value
        r += 1
    want = {("still open" if k is None else str(k)): v for k, v in dist.items()}
    assert got == want
    # the graded sheet itself holds the decisions
    g = wb["Graded"]
    heads = [c.value for c in g[1]]
    fs, cm = heads.index("final_score"), heads.index("comment")
    assert g.cell(k1 + 2, fs + 1).value == s.predictions[k1].score
    assert g.cell(k1 + 2, cm + 1).value == "fine"


def test_question_ids_that_look_like_formulas_stay_text(tmp_path, session):
    s = session
    frame = s.sheet.frame.copy()
    frame["Question"] = frame["Question"].map(lambda q: "=1+1" if q == "q1" else q)
    s2 = GradingSession(Sheet(frame=frame), s.mapping, {"=1+1": s.items["q1"], "q2": s.items["q2"]})
    out = write_graded_xlsx(s2, tmp_path / "f.xlsx", extra_sheets=summary_writer(s2))
    ws = load_workbook(out)[SHEET_TITLE]
    values = [c for row in ws.iter_rows() for c in row if c.value == "=1+1"]
    assert values and all(c.data_type == "s" for c in values)


def test_reading_the_graded_workbook_back_reads_the_graded_table_not_the_summary(tmp_path, tiny_bundle):
    """The Summary sheet of a small class holds more text than its Graded table; reading the workbook
    back (last year's marks for `grader learn`, a reopened export) takes the sheet it was saved on."""
    from grader_app.io.readers import read_sheet

    frame = pd.DataFrame([("S1", "Ice is less dense."), ("S2", "Because it is cold.")], columns=["Student", "Answer"],
                         dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(name_column="Student", answer_column="Answer", default_item="q1"))
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice"}))
    out = write_graded_xlsx(s, tmp_path / "graded.xlsx", extra_sheets=summary_writer(s))
    wb = load_workbook(out, read_only=True)
    sizes = {ws.title: sum(isinstance(c.value, str) for row in ws.iter_rows() for c in row) for ws in wb.worksheets}
    wb.close()
    assert sizes[SHEET_TITLE] > sizes["Graded"], sizes    # the case that used to pick the Summary
    back = read_sheet(out)
    assert back.sheet_name == "Graded"
    assert "Answer" in back.columns and len(back.frame) == 2


@pytest.mark.parametrize("name", SUMMARY_TITLES)
def test_a_summary_named_in_any_language_grader_speaks_is_passed_over_when_read_back(tmp_path, tiny_bundle, name):
    """The window names the Summary sheet in the teacher's language ("Übersicht", "Resumen"): the workbook opened
    again is still read from its Graded table, though the summary of a small class holds more text."""
    from grader_app.io.readers import read_sheet

    frame = pd.DataFrame([("S1", "Ice is less dense."), ("S2", "Because it is cold.")], columns=["Student", "Answer"],
                         dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(name_column="Student", answer_column="Answer", default_item="q1"))
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice"}))
    out = write_graded_xlsx(s, tmp_path / "graded.xlsx", extra_sheets=summary_writer(s, words=SummaryWords(sheet=name)))
    assert load_workbook(out).sheetnames == ["Graded", name]
    back = read_sheet(out)
    assert back.sheet_name == "Graded" and back.frame["Answer"].tolist() == ["Ice is less dense.", "Because it is cold."]


def test_a_sheet_name_the_reader_would_not_know_is_not_used(tmp_path, session):
    """A translation of "Summary" out of step with SUMMARY_TITLES (or one Excel refuses) names the sheet "Summary"."""
    for name in ("Zusammenfassung", "Sum/mary"):
        out = write_graded_xlsx(session, tmp_path / "g.xlsx", extra_sheets=summary_writer(session, words=SummaryWords(
            sheet=name, title="Übersicht über {source}")))
        ws = load_workbook(out)[SHEET_TITLE]
        assert ws["A1"].value == "Übersicht über the sheet"


@pytest.mark.parametrize("graded, name", list(zip(GRADED_TITLES, SUMMARY_TITLES)))
def test_the_graded_table_named_in_the_summarys_language_is_read_back_and_graded_again(tmp_path, session, graded, name):
    """QA in Spanish: the graded table was still named "Graded" beside a "Resumen" sheet. It is named in the summary's
    language ("Corregida", "Bewertet"), and the workbook opened again is read from it, the teacher's decisions kept (the
    summary of a small class holds more text)."""
    from grader_app import workflow
    from grader_app.io.readers import read_sheet

    key = session.answers_for("q1")[0].key
    session.decide(key, 1, comment="see me")
    out = write_graded_xlsx(session, tmp_path / "graded.xlsx",
                            extra_sheets=summary_writer(session, words=SummaryWords(sheet=name, graded=graded)))
    assert load_workbook(out, read_only=True).sheetnames == [graded, name]
    assert read_sheet(out).sheet_name == graded
    again = workflow.read_for_grading(out)
    assert again.sheet_name == graded and again.columns == ["Student ID", "Name", "Question", "Answer"]
    assert [n for n in again.notes if n.kind == "graded_before"][0].values == {"count": 1}


def test_a_graded_table_name_the_reader_would_not_know_is_not_used(tmp_path, session):
    """A translation of "Graded" out of step with GRADED_TITLES (or one Excel refuses) leaves the table "Graded"."""
    for name in ("Benotet", "Grad/ed"):
        out = write_graded_xlsx(session, tmp_path / "g.xlsx", extra_sheets=summary_writer(session, words=SummaryWords(
            sheet="Resumen", graded=name)))
        assert load_workbook(out, read_only=True).sheetnames == ["Graded", "Resumen"]


def test_a_question_the_teacher_scored_without_a_model_counts_her_decisions(tmp_path, tiny_bundle):
    """German walkthrough: the agreement table said "Von Ihnen entschieden: 0" for the question she had scored 24
    answers of, as it counted only the answers a model had scored before her. The row counts every answer she decided,
    then how many of them the model had scored before her; the model's agreement is over those only."""
    rows = [(f"S{i // 2 + 1}", "q1" if i % 2 == 0 else "q2", t) for i, t in enumerate(TEXTS * 2)]
    frame = pd.DataFrame(rows, columns=["Student ID", "Question", "Answer"], dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="Student ID", item_column="Question",
                                                         answer_column="Answer"))
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={"q1": "tiny-ice", "q2": ""}))
    assert not any(a.key in s.predictions for a in s.answers_for("q2"))     # no model scores q2
    k1 = s.answers_for("q1")[0].key
    s.decide(k1, s.predictions[k1].score)                                    # she agrees with the model once
    for a in s.answers_for("q2")[:3]:
        s.decide(a.key, 1)                                                    # and scores three answers herself
    out = write_graded_xlsx(s, tmp_path / "graded.xlsx", extra_sheets=summary_writer(s))
    rows = list(load_workbook(out)[SHEET_TITLE].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[1] == "Decided by you")
    assert rows[head][:6] == ("Question", "Decided by you", "Of them, scored by the model before you",
                              "Model agreed (share)", "Closeness to your scores (kappa: 1 = the same, 0 = chance)",
                              "Scores you changed")
    table = {r[0]: r[1:6] for r in rows[head + 1:head + 4]}
    assert table["q1"] == (1, 1, 1, "—", 0)
    assert table["q2"] == (3, 0, "—", "—", "—")          # her 3, none of them the model's to agree with
    assert table["All questions"] == (4, 1, 1, "—", 0)
