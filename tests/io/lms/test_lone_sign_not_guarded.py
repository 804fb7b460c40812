"""A cell that is only "-" or "+" (Moodle's "-" for no answer) is no formula and is written as it is; every other
start a spreadsheet could read as a formula stays guarded (QA: the graded CSV wrote Moodle's "-" as "'-")."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.formula_guard import guard, guard_reversibly, is_risky, unguard
from grader_app.io.writers import write_graded_csv


def test_a_sign_alone_is_no_formula():
    for text in ("-", "+", " - ", "  +", "-  "):
        assert not is_risky(text) and guard(text) == text and guard_reversibly(text) == text, repr(text)
        assert unguard(guard_reversibly(text)) == text


def test_every_other_formula_start_stays_guarded():
    for text in ("-1 for no units", "- missing units", "+ good", "--", "-+", "+-", "=", "@", "=-", "-=1",
                 "- 1", "\t-", "\r+", "-\n", "\u2212", "－", " -1+2", "-\u200b", "+A1"):
        assert is_risky(text) and guard(text) == "'" + text, repr(text)
    assert not is_risky("-1") and not is_risky("+3.5")   # plain numbers, as before


def test_the_graded_csv_writes_moodles_dash_as_it_is_and_guards_a_comment_starting_with_minus_one(tmp_path):
    s = L.session_for(L.moodle_essay_responses(tmp_path))
    for a in s.answers:
        s.decide(a.key, 1, comment="-1 for no units")
    raw = write_graded_csv(s, tmp_path / "graded.csv").read_text(encoding="utf-8-sig")
    rows = L.read_csv(tmp_path / "graded.csv")
    cells = [c for r in rows[1:] for c in r]
    assert "-" in cells and "'-" not in cells                   # Moodle's "no answer", as the sheet has it
    assert "'-1 for no units" in cells and "\n-1 for no units" not in raw
