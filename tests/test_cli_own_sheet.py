"""QA s52a #11: the "last year's" sheet the teacher learned from was this class's own marked sheet. `grader score` on the
class then said "About 4 more marks of its question could let it take some", though every answer it scored was one it
had learned from. Now one line says plainly that the sheet looks like the one the model was made from, that its scores
of those answers are the marks it learned and no check of it, and it accepts none of them on its own, with no hope of
more marks (learn.own_marks). Another class, most of whose answers it never saw, is scored as before. Real sheets, the
real `grader learn` and `grader score`, the graded sheet read back."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from grader_app.cli import run_cli
from sheet_files import write_csv
from test_cli_learn import env  # noqa: F401  (the fixture: an empty shipped folder, a user folder of its own)

sys.path.insert(0, str(Path(__file__).resolve().parent / "learn"))
from invented import invented_class  # noqa: E402


def _score(tmp_path, capsys, sheet: Path):
    out = tmp_path / "graded.csv"
    code = run_cli(["score", str(sheet), "--out", str(out), "--answer-column", "Answer", "--item-column", "Question"])
    got = capsys.readouterr()
    assert code == 0, got.err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        return got, list(csv.DictReader(fh))


def test_scoring_the_sheet_a_model_was_made_from_says_so_and_hopes_for_no_more_marks(tmp_path, env, capsys):  # noqa: F811
    texts, scores = invented_class(60, seed=4)   # too few marks to take answers: "about 3 more could let it take some"
    marked = write_csv(tmp_path / "9B-marked.csv", ["Student", "Question", "Answer", "Score"],
                       [(f"9B{i}", "Q1", t, m) for i, (t, m) in enumerate(zip(texts, scores))])
    assert run_cli(["learn", str(marked), "--score-column", "Score", "--quiet"]) == 0
    capsys.readouterr()
    same = write_csv(tmp_path / "9B.csv", ["Student", "Question", "Answer"], [(f"9B{i}", "Q1", t) for i, t in enumerate(texts)])
    got, rows = _score(tmp_path, capsys, same)
    said = sum(1 for t in texts if t.strip())
    assert (f"grader: {said} of the {said} answers of question “Q1” are word for word answers model q1 learned from (the "
            "marks kept beside it): this sheet looks like the one it was made from, so its scores of them are the marks "
            "it learned, not a check of it, and it accepts none of them on its own (marked “needs review”, its score a "
            "suggestion: your own mark).") in got.err.splitlines()
    assert "could let it take some" not in got.err and "accepts no answer on its own" in got.err
    assert {r["status"] for r in rows} == {"needs review"} and all(r["model_score"] != "" for r in rows)


def test_a_model_that_takes_answers_accepts_none_of_its_own_sheet_and_scores_another_class_as_before(
        tmp_path, env, capsys):  # noqa: F811
    texts, scores = invented_class(160, seed=3)
    marked = write_csv(tmp_path / "9B-marked.csv", ["Student", "Question", "Answer", "Score"],
                       [(f"9B{i}", "Q1", t, s) for i, (t, s) in enumerate(zip(texts[:120], scores[:120]))])
    assert run_cli(["learn", str(marked), "--score-column", "Score", "--quiet"]) == 0
    capsys.readouterr()
    same = write_csv(tmp_path / "9B.csv", ["Student", "Question", "Answer"],
                     [(f"9B{i}", "Q1", t) for i, t in enumerate(texts[:120])])
    got, rows = _score(tmp_path, capsys, same)
    assert "this sheet looks like the one it was made from" in got.err
    assert "auto" not in {r["status"] for r in rows}                # it vouches for none of the answers it learned
    other = write_csv(tmp_path / "9C.csv", ["Student", "Question", "Answer"],
                      [(f"9C{i}", "Q1", t) for i, t in enumerate(texts[120:])])
    got, rows = _score(tmp_path, capsys, other)
    assert "looks like the one it was made from" not in got.err
    assert "auto" in {r["status"] for r in rows}                    # a class it never saw: as before
