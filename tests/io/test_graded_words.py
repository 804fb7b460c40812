"""The graded sheet's grading columns in the teacher's language (German, Spanish) and read back in any language: real
XLSX and CSV files written by the real writer with the words of :mod:`grader_app.io.graded_columns`, read back by
reopening them to grade (:mod:`grader_app.io.earlier_grading`), by learning from them (``grader learn``) and by the
column guess. Without words (the command line) the sheet is written as before, in English. The window's catalogues
giving these words is tests/ui/test_graded_words.py."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import openpyxl
import pytest

from grader_app import workflow
from grader_app.core import review
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.graded_columns import ADDED, COLUMN_NAMES, STATUS_WORDS, GradedWords, status_of
from grader_app.io.readers import read_sheet
from grader_app.io.writers import graded_frame, write_graded
from grader_app.learn.from_sheet import guess_score_column, learn_from_sheet

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learn"))
from invented import invented_class  # noqa: E402

N = 60
TEXTS, SCORES = invented_class(N, seed=3)
TEXTS2, SCORES2 = invented_class(N, seed=5)
OWN = ["Student", "Question", "Answer", "Score"]


def words(lang: str) -> GradedWords:
    return GradedWords(columns=COLUMN_NAMES[lang], status=STATUS_WORDS[lang].get, flag=lambda f: f"«{f}»")


@pytest.fixture
def session(tmp_path) -> GradingSession:
    """Two questions of 60 answers; three in four decided by the teacher (one with a comment), the others open."""
    path = tmp_path / "answers.csv"
    rows = [(f"S{i}", "Q1", t, s) for i, (t, s) in enumerate(zip(["ice floats", *TEXTS[1:]], SCORES))]
    rows += [(f"S{100 + i}", "Q2", t, s) for i, (t, s) in enumerate(zip(TEXTS2, SCORES2))]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([OWN, *rows])
    src = read_sheet(path)
    s = GradingSession(src, guess_columns(src))
    for a in s.answers:
        if a.key % 4:
            s.decide(a.key, rows[a.key][3], comment="see me" if a.key == 1 else "")
    assert "too short" in s.flags[0]
    return s


def written(path: Path) -> list[list]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))
    wb = openpyxl.load_workbook(path, read_only=True)
    out = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    return out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_graded_sheet_in_german_or_spanish_is_written_so_and_read_back(tmp_path, session, lang, suffix):
    path = write_graded(session, tmp_path / f"graded-{lang}{suffix}", words=words(lang))
    head, *rows = written(path)
    names = COLUMN_NAMES[lang]
    assert head == [*OWN, *names]
    status = [r[head.index(names[2])] for r in rows]
    assert set(status) == {STATUS_WORDS[lang][review.DECIDED], STATUS_WORDS[lang][review.UNSCORED]}
    assert status[1] == STATUS_WORDS[lang][review.DECIDED] and status[0] == STATUS_WORDS[lang][review.UNSCORED]
    assert rows[0][head.index(names[3])] == "; ".join(f"«{f}»" for f in session.flags[0])
    assert rows[1][head.index(names[5])] == "see me"

    # reopened to grade: the grading columns set aside, the teacher's decisions kept
    sheet = workflow.read_for_grading(path)
    assert sheet.columns == OWN
    decided = {(a.row, a.key) for a in session.answers if a.key in session.decisions}
    assert len(sheet.earlier) == len(decided) == 90
    assert {(d.row, d.score) for d in sheet.earlier} == {(a.row, str(session.decisions[a.key].score))
                                                        for a in session.answers if a.key in session.decisions}
    assert next(d for d in sheet.earlier if d.row == 1).comment == "see me"
    mapping = guess_columns(sheet)
    assert (mapping.answer_column, mapping.item_column) == ("Answer", "Question")

    # learned from: the final score is proposed and each decided answer is one mark
    full = read_sheet(path)
    assert guess_score_column(full) == names[4]
    assert guess_columns(full).answer_column == "Answer"
    res = learn_from_sheet(path, names[4], tmp_path / "o")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", 45), ("Q2", 45)]
    # named as the command line's help says ("--score-column final_score"), it is found in any language's sheet (QA: a
    # German sheet refused it, its column being "Endpunkte")
    res = learn_from_sheet(path, "final_score", tmp_path / "o2")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", 45), ("Q2", 45)]


def test_a_wide_sheet_graded_in_spanish_is_read_back(tmp_path):
    path = tmp_path / "wide.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Student", "Q1", "Q2"], *[[f"S{i}", TEXTS[i], TEXTS2[i]] for i in range(N)]])
    src = read_sheet(path)
    s = GradingSession(src, guess_columns(src))
    for a in s.answers:
        s.decide(a.key, (SCORES if a.column == "Q1" else SCORES2)[a.row])
    out = write_graded(s, tmp_path / "wide-graded.xlsx", words=words("es"))
    head = written(out)[0]
    assert head == ["Student", "Q1", "Q2", *(f"Q1 {n}" for n in COLUMN_NAMES["es"]),
                    *(f"Q2 {n}" for n in COLUMN_NAMES["es"])]
    sheet = workflow.read_for_grading(out)
    assert sheet.columns == ["Student", "Q1", "Q2"] and len(sheet.earlier) == 2 * N
    full = read_sheet(out)
    assert sorted(guess_columns(full).answer_columns) == ["Q1", "Q2"]   # "Q1 Avisos" holds no answers
    assert guess_score_column(full) == "Q2 Nota final"
    res = learn_from_sheet(out, "Q2 Nota final", tmp_path / "o")
    assert sorted((it.item, it.n_marks) for it in res.items) == [("Q1", N), ("Q2", N)]
    res = learn_from_sheet(out, "Q2 final_score", tmp_path / "o2")   # the English name finds the Spanish column
    assert sorted((it.item, it.n_marks) for it in res.items) == [("Q1", N), ("Q2", N)]


def test_without_words_the_sheet_is_written_in_english_as_before(tmp_path, session):
    """The command line's graded sheet: English names and values, the same table as before words were given."""
    assert graded_frame(session).equals(graded_frame(session, GradedWords()))
    path = write_graded(session, tmp_path / "graded.csv")
    head, *rows = written(path)
    assert head == [*OWN, *ADDED]
    assert {r[head.index("status")] for r in rows} == {review.DECIDED, review.UNSCORED}
    assert rows[0][head.index("flags")] == "; ".join(session.flags[0])
    assert len(workflow.read_for_grading(path).earlier) == 90


def test_words_the_reader_would_not_know_are_not_written(tmp_path, session):
    """A translation that is not one of the known names or status words leaves that part English (never a sheet that
    reads back as an ordinary one, its decisions lost)."""
    odd = GradedWords(columns=("a", "b", "c", "d", "e", "f"), status=lambda s: s.upper() + "!", flag=str)
    head, *rows = written(write_graded(session, tmp_path / "odd.xlsx", words=odd))
    assert head[-6:] == list(ADDED)
    assert {r[head.index("status")] for r in rows} == {review.DECIDED, review.UNSCORED}


def test_every_languages_status_words_are_read_whatever_their_case():
    for lang, said in STATUS_WORDS.items():
        assert set(said) == set(review.STATUSES), lang
        for status, word in said.items():
            assert status_of(word) == status_of(f"  {word.upper()} ") == status
    assert status_of("Geprüft") == review.REVIEWED and status_of("revisada") == review.REVIEWED
    assert status_of("maybe") is None and status_of(None) is None
    assert all(len(set(names)) == len(ADDED) for names in COLUMN_NAMES.values())
