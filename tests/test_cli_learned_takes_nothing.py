"""`grader score` with a model learned from the teacher's marks that takes no answer on its own (its review threshold
never qualified out of fold). The window does not propose such a model (its question goes on learning from the marks);
the command line learns nothing, so it scores with it, and did so without a word: with --threshold it even accepted
answers the model cannot vouch for. Now its scores are suggestions only (every answer it scores needs review, whatever
--threshold says) and one line says why and how many more marks could help (learn.held_back). Real sheets, real
`grader learn` fits, real onnxruntime scoring, the graded sheet read back."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from grader_app.bundles import read_bundle
from grader_app.cli import run_cli
from grader_app.learn.library_names import takes_nothing
from sheet_files import write_csv
from test_cli_learn import env  # noqa: F401  (the fixture: an empty shipped folder, a user folder of its own)

sys.path.insert(0, str(Path(__file__).resolve().parent / "learn"))
from invented import invented_class  # noqa: E402


def _learned(tmp_path, n: int, follow: bool = False):
    """A model learned with `grader learn` from ``n`` marks of question Q1, installed in the user's folder: marks that
    do not follow the answers (each third answer a 0, 1, 2 in turn), or, ``follow``, the answers' own scores (too few
    of them all the same): either way its threshold qualifies for no answer."""
    texts, scores = invented_class(n, seed=4)
    sheet = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Score"],
                      [(f"S{i}", "Q1", t, s if follow else i % 3) for i, (t, s) in enumerate(zip(texts, scores))])
    user = tmp_path / "userdata" / "bundles"
    assert run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(user), "--quiet"]) == 0
    (path,) = user.glob("*.gradebundle")
    bundle = read_bundle(path)
    assert takes_nothing(bundle)
    return bundle


def _new_class(tmp_path, question: str = "Q1") -> Path:
    texts, _ = invented_class(40, seed=9)
    return write_csv(tmp_path / "new-class.csv", ["Student", "Question", "Answer"],
                     [(f"N{i}", question, t) for i, t in enumerate(texts)])


def _score(tmp_path, capsys, *flags):
    out = tmp_path / "graded.csv"
    code = run_cli(["score", str(_new_class(tmp_path)), "--out", str(out), "--answer-column", "Answer",
                    "--item-column", "Question", *flags])
    got = capsys.readouterr()
    assert code == 0, got.err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return got, rows


def test_score_says_once_that_a_learned_model_accepts_nothing_and_accepts_nothing_even_with_threshold(
        tmp_path, env, capsys):  # noqa: F811
    bundle = _learned(tmp_path, 60)
    for flags in (("--threshold", "0.3"), ()):
        got, rows = _score(tmp_path, capsys, *flags)
        assert len(rows) == 40
        assert all(r["model_score"] != "" for r in rows)          # its scores are there, as suggestions
        assert {r["status"] for r in rows} == {"needs review"}    # and none is accepted without the teacher
        assert all(r["final_score"] == "" for r in rows)
        assert "auto" not in got.out and "40 answers need you." in got.out
        lines = [ln for ln in got.err.splitlines() if "accepts no answer on its own" in ln]
        assert len(lines) == 1, got.err
        also = " (--threshold does not change that)" if flags else ""
        assert lines == [f"grader: the model for question “Q1” ({bundle.id}) accepts no answer on its own{also}: on "
                         "the 60 marks it learned from, no confidence level kept its errors under 5 % (checked out of "
                         "fold), so every answer it scored is marked “needs review”, its score a suggestion."], got.err


def test_where_its_out_of_fold_table_tells_the_line_says_about_how_many_more_marks_could_help(
        tmp_path, env, capsys):  # noqa: F811
    from grader_app.learn.progress import marks_to_certify

    bundle = _learned(tmp_path, 60, follow=True)   # marks that follow the answers, but not enough of them
    review = bundle.manifest["review"]
    more, _threshold = marks_to_certify(review["table"], 60, 0.05, 0.9)   # read off the bundle's own table
    assert more > 0
    got, rows = _score(tmp_path, capsys, "--threshold", "0.5")
    assert {r["status"] for r in rows} == {"needs review"}
    lines = [ln for ln in got.err.splitlines() if "accepts no answer on its own" in ln]
    assert lines == [f"grader: the model for question “Q1” ({bundle.id}) accepts no answer on its own (--threshold does "
                     "not change that): on the 60 marks it learned from, no confidence level kept its errors under 5 % "
                     "(checked out of fold), so every answer it scored is marked “needs review”, its score a "
                     f"suggestion. About {more} more marks of its question could let it take some: learn it again from "
                     "a sheet that holds them (grader learn)."], got.err


def test_a_learned_model_of_too_few_marks_says_how_many_more_it_needs(tmp_path, env, capsys):  # noqa: F811
    """A model learned from fewer marks than a model needs (an earlier version kept such models) says so, and how
    many more marks at least."""
    from grader_app.learn.export import write_learned_bundle
    from grader_app.learn.marks_model import fit_marks

    texts, _ = invented_class(20, seed=4)
    model = fit_marks(texts, {i: i % 3 for i in range(20)})
    assert not model.qualified
    user = tmp_path / "userdata" / "bundles"
    user.mkdir(parents=True)
    write_learned_bundle(user / "q1.gradebundle", model, bundle_id="q1", title="Q1", question="Q1")
    got, rows = _score(tmp_path, capsys)
    assert {r["status"] for r in rows} == {"needs review"} and all(r["model_score"] != "" for r in rows)
    lines = [ln for ln in got.err.splitlines() if "accepts no answer on its own" in ln]
    assert lines == ["grader: the model for question “Q1” (q1) accepts no answer on its own: it learned from 20 marks, "
                     "fewer than the 45 a model needs before it can accept any, so every answer it scored is marked "
                     "“needs review”, its score a suggestion. It needs at least 25 more marks of its question: learn "
                     "it again from a sheet that holds them (grader learn)."], got.err
