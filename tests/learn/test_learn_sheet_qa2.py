"""QA of learning from a teacher's real marked sheet (`grader learn`, "Make models from a marked sheet…"):
summary rows, scores far off the scale, question names written two ways or only once per block, the
score column the dialog proposes, and score cells that are not plain numbers. Real files, real fits."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from grader_app.io.readers import read_sheet
from grader_app.learn.from_sheet import LearnError, guess_score_column, learn_from_sheet
from invented import invented_class
from sheet_files import write_csv

N = 60   # answers per question: more than a model needs (marks_model.MIN_MARKS)
TEXTS, SCORES = invented_class(N, seed=3)
TEXTS2, SCORES2 = invented_class(N, seed=5)


def _long(question="Q1", texts=TEXTS, scores=SCORES, start=0):
    return [(f"S{start + i}", question, t, s) for i, (t, s) in enumerate(zip(texts, scores))]


HEAD = ("Student", "Question", "Answer", "Score")


# ----- rows that sum the marks up are no marks ---------------------------------------------------------
def test_an_average_or_total_row_under_one_question_is_not_learned_as_a_score(tmp_path):
    """One question per sheet (no question column): the 'Average' and 'Total' rows at the bottom were
    learned as two more scores (0.93 and 31) of an empty answer."""
    rows = [(s, t, sc) for s, _, t, sc in _long()] + [("", "", ""), ("Average", "", 0.93), ("Total:", "", sum(SCORES))]
    res = learn_from_sheet(write_csv(tmp_path / "one.csv", ("Student", "Answer", "Score"), rows), "Score", tmp_path / "o")
    (item,) = res.items
    assert item.model.labels == (0, 1, 2) and item.n_marks == N
    assert "" not in item.texts
    note = next(n for n in res.notes if "sum up the marks" in n)
    assert "(rows 63, 64)" in note and note.kind == "summing_rows_left_out" and note.values["rows"] == [63, 64]


def test_a_total_row_in_a_long_sheet_is_no_question(tmp_path):
    rows = _long() + [("", "Total", "", sum(SCORES)), ("Class average", "", "", 0.93)]
    res = learn_from_sheet(write_csv(tmp_path / "long.csv", HEAD, rows), "Score", tmp_path / "o")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", N)]
    assert res.skipped == {}          # was: question 'Total' and question '' skipped, "its only scored answer..."


def test_a_blank_answer_with_a_score_is_still_a_mark(tmp_path):
    rows = _long() + [("S99", "Q1", "", 0)]
    res = learn_from_sheet(write_csv(tmp_path / "blank.csv", HEAD, rows), "Score", tmp_path / "o")
    assert res.items[0].n_marks == N + 1 and res.items[0].texts[-1] == ""


# ----- a score far off the question's scale -------------------------------------------------------------
def test_a_score_far_off_the_scale_skips_its_question_and_names_the_row(tmp_path):
    """A typo (22 for 2) was learned as a fourth score of the question, silently."""
    rows = _long()
    rows[10] = rows[10][:3] + (22,)
    rows += _long("Q2", TEXTS2, SCORES2, 100)
    res = learn_from_sheet(write_csv(tmp_path / "typo.csv", HEAD, rows), "Score", tmp_path / "o")
    assert [it.item for it in res.items] == ["Q2"]
    why = res.skipped["Q1"]
    assert why.kind == "learn.stray_score" and why.values == {"score": "22", "row": 12, "low": "0", "high": "2"}
    assert "22" in str(why) and "row 12" in str(why) and "0 to 2" in str(why) and "clear the cell" in str(why)
    with pytest.raises(LearnError, match=r"22 in row 12 .*0 to 2"):
        learn_from_sheet(write_csv(tmp_path / "typo1.csv", HEAD, rows[:N]), "Score", tmp_path / "o1")


def test_half_points_and_a_full_scale_are_no_strays(tmp_path):
    scores = [s / 2 for s in SCORES]
    scores[0], scores[1] = 1.5, 2.5     # a lone 1.5 and a lone 2.5 above half points up to 1 are real scores
    res = learn_from_sheet(write_csv(tmp_path / "half.csv", HEAD, _long(scores=scores)), "Score", tmp_path / "o")
    assert res.items[0].model.labels == (0, 0.5, 1, 1.5, 2.5) and not res.skipped


# ----- one question, however its name is written ----------------------------------------------------------
def test_question_names_differing_in_case_or_spaces_are_one_question(tmp_path):
    """'Q1' and 'q1 ' made two bundles (q1, q1-2) of half the marks each."""
    rows = [(s, "Q1" if i % 2 else " q1 ", t, sc) for i, (s, _, t, sc) in enumerate(_long())]
    res = learn_from_sheet(write_csv(tmp_path / "case.csv", HEAD, rows), "Score", tmp_path / "o")
    assert [(it.item, it.bundle_id, it.n_marks) for it in res.items] == [("q1", "q1", N)]
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["q1.gradebundle", "q1.marks.json"]


def test_a_question_written_once_per_block_holds_for_the_rows_under_it(tmp_path):
    """The question written only in the first row of its block (as a merged cell looks): every other row
    went to one question '' (a bundle 'learned' mixing both) and Q1, Q2 were skipped with one mark each."""
    rows = _long() + _long("Q2", TEXTS2, SCORES2, 100)
    rows = [(s, q if i in (0, N) else "", t, sc) for i, (s, q, t, sc) in enumerate(rows)]
    res = learn_from_sheet(write_csv(tmp_path / "block.csv", HEAD, rows), "Score", tmp_path / "o")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", N), ("Q2", N)]
    assert res.items[1].texts == TEXTS2 and not res.skipped
    assert any("were read as the question above them" in n and n.kind == "question_from_above" for n in res.notes)


# ----- the score column the dialog proposes ---------------------------------------------------------------
@pytest.mark.parametrize("header,row,want", [
    (("Student", "Question", "Answer", "Score", "Remarks"), lambda s: (s, "good work"), "Score"),
    (("Student", "Question", "Answer", "Score", "Max points"), lambda s: (s, 2), "Score"),
    (("Schüler", "Frage", "Antwort", "Punkte", "Matrikel"), lambda s: (s, 1000 + 7 * s + len(str(s))), "Punkte"),
    (("Alumno", "Pregunta", "Respuesta", "Nota", "Curso"), lambda s: (s, 3 + s % 2), "Nota"),
])
def test_the_proposed_score_column_holds_scores(tmp_path, header, row, want):
    rows = [(f"S{i}", "Q1", t, *row(s)) for i, (t, s) in enumerate(zip(TEXTS, SCORES))]
    if header[-1] == "Matrikel":
        rows = [r[:4] + (40000 + 37 * i,) for i, r in enumerate(rows)]
    sheet = read_sheet(write_csv(tmp_path / "m.csv", header, rows))
    assert guess_score_column(sheet) == want


# ----- score cells that are not plain numbers --------------------------------------------------------------
def test_a_score_written_otherwise_says_to_write_a_number_not_to_pick_another_column(tmp_path):
    rows = _long()
    rows[4] = rows[4][:3] + ("2/3",)
    with pytest.raises(LearnError) as e:
        learn_from_sheet(write_csv(tmp_path / "frac.csv", HEAD, rows), "Score", tmp_path / "o")
    msg = str(e.value)
    assert "“2/3” in row 6, which is not a number" in msg
    assert "write" in msg and "clear the cell" in msg and "give the column" not in msg
    assert e.value.kind == "learn.score_not_a_number" and e.value.values == {"column": "Score", "value": "2/3", "row": 6}
    rows = [r[:3] + (f"{r[3]} pts",) for r in _long()]
    with pytest.raises(LearnError, match=r"“0 pts” in row 2, which is not a number \(nor are 59 more.*write each score") as e:
        learn_from_sheet(write_csv(tmp_path / "pts.csv", HEAD, rows), "Score", tmp_path / "o")
    assert e.value.kind == "learn.scores_not_numbers" and e.value.values["count"] == N - 1
    rows = [r[:3] + (r[2],) for r in _long()]       # the answers given as the scores: the wrong column
    with pytest.raises(LearnError, match="give the column that holds numeric scores") as e:
        learn_from_sheet(write_csv(tmp_path / "texts.csv", HEAD, rows), "Score", tmp_path / "o")
    assert e.value.kind == "learn.not_a_score_column"


def test_a_dash_is_an_answer_not_marked(tmp_path):
    """'-' (Moodle's and many teachers' "no mark") stopped the whole sheet as "not a number"."""
    rows = [r if i % 8 else r[:3] + ("-",) for i, r in enumerate(_long())]
    res = learn_from_sheet(write_csv(tmp_path / "dash.csv", HEAD, rows), "Score", tmp_path / "o")
    assert res.items[0].n_marks == N - 8
    assert any("“-”" in n and "8 rows" in n and n.kind == "dashes_not_marked" for n in res.notes)


def test_scores_that_are_formulas_without_saved_results_are_said_so(tmp_path):
    """A workbook written by a program: the score formulas have no saved result, so the column reads
    empty, and the message said to "give the column that holds the scores"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*HEAD, "Part a", "Part b"])
    for i, (s, q, t, sc) in enumerate(_long()):
        ws.append([s, q, t, f"=E{i + 2}+F{i + 2}", min(sc, 1), max(sc - 1, 0)])
    wb.save(tmp_path / "formulas.xlsx")
    with pytest.raises(LearnError) as e:
        learn_from_sheet(tmp_path / "formulas.xlsx", "Score", tmp_path / "o")
    msg = str(e.value)
    assert "formula" in msg and "save" in msg and "give the column" not in msg


def test_a_rare_top_score_of_a_skewed_question_is_no_stray(tmp_path):
    scores = [0] * (N - 2) + [1, 3]       # nearly everyone 0, one 1 and one 3 on a 0-3 question
    res = learn_from_sheet(write_csv(tmp_path / "skew.csv", HEAD, _long(scores=scores)), "Score", tmp_path / "o")
    assert res.items[0].model.labels == (0, 1, 3) and not res.skipped


def test_last_years_graded_export_round_trips_with_the_proposed_column(tmp_path):
    """The app's own graded XLSX (summary sheet, model_score and final_score columns, a teacher's comment
    that looks like a total): the dialog proposes final_score and every decided answer is one mark."""
    from grader_app.core.session import GradingSession
    from grader_app.io.columns import guess_columns
    from grader_app.io.writers import write_graded

    rows = _long() + _long("Q2", TEXTS2, SCORES2, 100)
    src = read_sheet(write_csv(tmp_path / "answers.csv", HEAD, rows))
    session = GradingSession(src, guess_columns(src))
    for a in session.answers:
        if a.key % 4:
            session.decide(a.key, rows[a.key][3], comment="Total: see me" if a.key == 1 else "")
    export = write_graded(session, tmp_path / "last-year.xlsx")
    sheet = read_sheet(export)
    assert guess_score_column(sheet) == "final_score"
    res = learn_from_sheet(export, "final_score", tmp_path / "o")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", 45), ("Q2", 45)]
    assert res.items[0].texts == [t for i, t in enumerate(TEXTS) if i % 4]


def test_a_lone_far_score_of_a_tiny_question_is_said_not_crashed(tmp_path):
    rows = _long() + [("S98", "Q2", "ice floats", 1), ("S99", "Q3", "ice", 20), ("S97", "Q3", "water", 1)]
    res = learn_from_sheet(write_csv(tmp_path / "tiny.csv", HEAD, rows), "Score", tmp_path / "o")
    assert [it.item for it in res.items] == ["Q1"]
    assert {q: why.kind for q, why in res.skipped.items()} == {"Q2": "learn.too_few_marks", "Q3": "learn.too_few_marks"}
    assert "mark at least 44 more answers" in str(res.skipped["Q2"]) and "43 more" in str(res.skipped["Q3"])


# ----- words written instead of a score ("abs", "n/a") ---------------------------------------------------------------
def _xlsx(path: Path, header, rows) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(list(header))
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)
    return path


@pytest.mark.parametrize("write", [write_csv, _xlsx])
def test_rows_whose_score_is_a_word_are_skipped_and_said(tmp_path, write):
    """'abs', 'n/a', 'absent' in a few score cells stopped the whole sheet as "not a number": those rows are skipped,
    the rest learned from, and a note says how many and why."""
    rows = _long()
    for i, word in ((3, "abs"), (9, "n/a"), (20, "abs"), (41, "Absent")):
        rows[i] = rows[i][:3] + (word,)
    path = write(tmp_path / f"abs{'.csv' if write is write_csv else '.xlsx'}", HEAD, rows)
    assert guess_score_column(read_sheet(path)) == "Score"
    res = learn_from_sheet(path, "Score", tmp_path / "o")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", N - 4)]
    assert not set(res.items[0].rows) & {3, 9, 20, 41}
    note = next(n for n in res.notes if n.kind == "words_not_scores")
    assert note == ("Skipped 4 rows of column “Score” whose score is not a number (“abs”, “n/a”, “Absent”): they are "
                    "not used for learning (rows 5, 11, 22, 43).")
    assert note.values == {"column": "Score", "words": ["abs", "n/a", "Absent"], "rows": [5, 11, 22, 43]}


def test_a_score_written_otherwise_among_words_is_still_said(tmp_path):
    """A '2/3' is a mark the teacher would lose if it were skipped: still refused, named, beside skipped words."""
    rows = _long()
    rows[3] = rows[3][:3] + ("abs",)
    rows[7] = rows[7][:3] + ("2/3",)
    with pytest.raises(LearnError) as e:
        learn_from_sheet(write_csv(tmp_path / "frac.csv", HEAD, rows), "Score", tmp_path / "o")
    assert e.value.kind == "learn.score_not_a_number" and e.value.values == {"column": "Score", "value": "2/3", "row": 9}


def test_a_column_of_only_such_words_says_what_is_wrong_and_what_to_do(tmp_path):
    rows = [r[:3] + ("abs" if i % 3 else "n/a",) for i, r in enumerate(_long())]
    with pytest.raises(LearnError) as e:
        learn_from_sheet(write_csv(tmp_path / "absent.csv", HEAD, rows), "Score", tmp_path / "o")
    assert e.value.kind == "learn.only_words_not_scores"
    assert str(e.value) == ("the score column “Score” of absent.csv holds no number, only words written instead of scores, "
                            "such as “n/a” in row 2, so there is nothing to learn from; give the column that holds the "
                            "scores, or write each score as a number (such as 2 or 1.5) and learn again")
    assert not (tmp_path / "o").exists()
