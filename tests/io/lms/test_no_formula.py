"""Property: whatever the student ids, names, emails, question names, answers and comments hold,
no cell of any export (each LMS file, its unmatched report, the points sheet, the feedback sheet
as CSV and XLSX) is ever a formula."""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping, Sheet
from grader_app.io.feedback import write_feedback
from grader_app.io.lms import FORMATS, NothingMatched
from grader_app.io.writers import is_risky

STARTS = ["=", "+", "-", "@", "\t", "\r", " =", "\u200b=", "\ufeff+", "\uff1d", "\ufe66", "\u2212", "#", "'", "\n=",
          "=HYPERLINK(\"http://x\";\"y\")", "+1+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "1e5", "\ud800", ""]
risky_text = st.builds(lambda a, b: a + b, st.sampled_from(STARTS), st.text(max_size=12))
cell_text = st.one_of(risky_text, st.text(max_size=12))


@st.composite
def sessions(draw):
    n = draw(st.integers(1, 5))
    layout = draw(st.sampled_from([WIDE, LONG]))
    q_names = draw(st.lists(risky_text, min_size=1, max_size=2, unique=True))
    people = [{c: draw(cell_text) for c in ("ID", "Name", "Email", "Username", "OrgDefinedId")} for _ in range(n)]
    if layout == WIDE:
        cols = ["ID", "Name", "Email", "Username", "OrgDefinedId", *(f"A{k}" for k in range(len(q_names)))]
        rows = [[p[c] for c in cols[:5]] + [draw(cell_text) for _ in q_names] for p in people]
        mapping = ColumnMapping(layout=WIDE, id_column="ID", name_column="Name",
                                answer_columns={f"A{k}": q for k, q in enumerate(q_names)})
    else:
        cols = ["ID", "Name", "Email", "Username", "OrgDefinedId", "Question", "Answer"]
        rows = [[p[c] for c in cols[:5]] + [q, draw(cell_text)] for p in people for q in q_names]
        mapping = ColumnMapping(id_column="ID", name_column="Name", item_column="Question", answer_column="Answer")
    sheet = Sheet(frame=pd.DataFrame(rows, columns=cols, dtype=object))
    rubric = {"0": draw(risky_text), "1": draw(risky_text), "2": draw(risky_text)}
    items = {q.strip(): ItemInfo(item=q.strip(), title=draw(risky_text), labels=(0, 1, 2), rubric=rubric)
             for q in q_names}
    session = GradingSession(sheet, mapping, items=items)
    for a in session.answers:
        if draw(st.booleans()):
            session.decide(a.key, draw(st.sampled_from([0, 1, 2])), comment=draw(cell_text))
    return session


def csv_cells(path: Path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.reader(fh):
            yield from row


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_no_exported_cell_is_ever_a_formula(session):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        written = []
        for fmt in FORMATS:
            try:
                result = fmt.write(session, folder / f"{fmt.key}.csv")
            except NothingMatched as nobody:           # no file at all, and everyone listed
                assert nobody.unmatched and not (folder / f"{fmt.key}.csv").exists()
                continue
            written.append(result.path)
            if result.report is not None:
                written.append(result.report)
            assert result.written + len(result.unmatched) >= 1     # nobody vanished
        written.append(write_feedback(session, folder / "feedback.csv"))
        checked = 0
        for path in written:
            for value in csv_cells(path):
                assert not is_risky(value), (path.name, value)
                checked += 1
        assert checked > 0
        ws = load_workbook(write_feedback(session, folder / "feedback.xlsx")).active
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (c.coordinate, c.value)
                if isinstance(c.value, str) and is_risky(c.value):
                    assert c.quotePrefix, (c.coordinate, c.value)


def test_a_formula_named_student_is_reported_not_written_as_a_formula(tmp_path):
    frame = pd.DataFrame([["=1+1", "=cmd()", "=x@y.example", "@bad", "-5", "Ice floats."],
                          ["S2", "Ben", "ben@y.example", "ben", "7001", "It is cold."]],
                         columns=["ID", "Name", "Email", "Username", "OrgDefinedId", "Answer A"], dtype=object)
    session = GradingSession(Sheet(frame=frame), ColumnMapping(layout=WIDE, id_column="ID", name_column="Name",
                                                               answer_columns={"Answer A": "=q1"}))
    for a in session.answers:
        session.decide(a.key, 1)
    for fmt in FORMATS:
        if fmt.key == "moodle-worksheet":      # no participant identifiers: nothing written (test_nothing_matched)
            continue
        result = fmt.write(session, tmp_path / f"{fmt.key}.csv")
        text = result.path.read_text(encoding="utf-8-sig")
        assert "\n=" not in text and not text.startswith("=") and ",=" not in text and ",@" not in text
        if fmt.key in ("moodle-gradebook", "blackboard-grade-center", "google-classroom"):
            assert [u.row for u in result.unmatched] == [2], fmt.key     # its id would not match once quoted
            assert "formula" in result.unmatched[0].reason
