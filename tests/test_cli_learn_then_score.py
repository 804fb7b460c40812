"""`grader learn` then `grader score`: what is learned is found without --bundle (added to the teacher's models, or
read from the --out folder with --models), and a --bundle made for one question never takes the answers of another
question of the sheet on its own (real sheets, real fits, real onnxruntime)."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.cli import run_cli
from grader_app.paths import user_bundles_dir

from test_cli_learn import QUESTIONS, env, invented_class, marked_csv  # noqa: F401  (env: a fixture)


def this_year(path: Path) -> Path:
    """This year's class: other answers to both questions, without scores (the sheet learned from was last year's; its
    own answers would be the sheet the models were made from, which they vouch for none of: test_cli_own_sheet.py)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer"])
        k = 0
        for q, seed in QUESTIONS.items():
            for t in invented_class(70, seed=seed + 100)[0]:
                k += 1
                w.writerow([f"N{k:03d}", q, t])
    return path


def graded(path: Path) -> list[dict]:
    return list(csv.DictReader(open(path, encoding="utf-8-sig")))


def test_learn_adds_its_models_where_score_finds_them(tmp_path, env, capsys):  # noqa: F811
    """It wrote into a folder only (--out was required) and `grader score` then found no model for either question."""
    code = run_cli(["learn", str(marked_csv(tmp_path / "marked.csv")), "--score-column", "Score"])
    out = capsys.readouterr().out
    assert code == 0
    assert sorted(p.name for p in user_bundles_dir().iterdir()) == ["q-2-b.gradebundle", "q-2-b.marks.json",
                                                                    "q1.gradebundle", "q1.marks.json"]
    assert "Learned 2 bundles in " in out and f"and added them to your models in {user_bundles_dir()}" in out
    code = run_cli(["score", str(this_year(tmp_path / "new.csv")), "--out", str(tmp_path / "graded.csv")])
    cap = capsys.readouterr()
    assert code == 0, cap.err
    rows = graded(tmp_path / "graded.csv")
    assert {r["Question"] for r in rows} == set(QUESTIONS) and len(rows) == 140
    assert all(r["model_score"] != "" and r["status"] != "unscored" for r in rows)
    assert "no installed model" not in cap.err


def test_learn_out_says_how_to_use_the_folder_and_score_reads_it(tmp_path, env, capsys):  # noqa: F811
    folder = tmp_path / "learned"
    assert run_cli(["learn", str(marked_csv(tmp_path / "marked.csv")), "--score-column", "Score", "--out", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"To score a sheet with them: grader score SHEET --models {folder} --out GRADED.xlsx" in out
    assert not user_bundles_dir().exists()                      # --out: nothing added to the teacher's models
    sheet = this_year(tmp_path / "new.csv")
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "g.csv"), "--models", str(folder)]) == 0
    assert all(r["model_score"] != "" for r in graded(tmp_path / "g.csv"))
    capsys.readouterr()
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "h.csv"), "--models", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err.startswith("grader: --models needs a folder of .gradebundle files")


def _qualified(folder: Path) -> tuple[Path, str, str]:
    """The learned bundle whose review threshold qualified, its question and the other question: which of the two
    qualifies depends on the checking folds drawn for some 60 invented marks a question (one of them at least does)."""
    import json
    import zipfile

    names = {"Q1": "q1.gradebundle", "Q 2/b": "q-2-b.gradebundle"}
    for q, name in names.items():
        with zipfile.ZipFile(folder / name) as z:
            if json.loads(z.read("manifest.json"))["review"]["qualified"]:
                return folder / name, q, next(o for o in names if o != q)
    raise AssertionError("neither learned model qualified a review threshold")


def test_a_bundle_of_another_question_takes_none_of_its_answers(tmp_path, env, capsys):  # noqa: F811
    """--bundle q1.gradebundle on a sheet of Q1 and Q 2/b auto-accepted answers of Q 2/b with Q1's model, silently."""
    folder = tmp_path / "learned"
    assert run_cli(["learn", str(marked_csv(tmp_path / "marked.csv")), "--score-column", "Score", "--out", str(folder),
                    "--quiet"]) == 0
    sheet = this_year(tmp_path / "new.csv")
    bundle, own, other_q = _qualified(folder)
    code = run_cli(["score", str(sheet), "--out", str(tmp_path / "g.csv"), "--bundle", str(bundle), "--threshold", "0.3"])
    err = capsys.readouterr().err
    assert code == 0, err
    rows = graded(tmp_path / "g.csv")
    mine = [r for r in rows if r["Question"] == own]
    other = [r for r in rows if r["Question"] == other_q]
    assert any(r["status"] == "auto" for r in mine)             # its own question: taken as the threshold allows
    assert all(r["status"] == "needs review" and r["model_score"] != "" for r in other)   # the other: a suggestion
    lines = [ln for ln in err.splitlines() if "was made for" in ln]
    assert lines == [f"grader: {bundle.name} was made for “{own}”, not for question “{other_q}”, so its 70 answers are "
                     "marked “needs review”, the model's score a suggestion; score that question with its own model "
                     "(leave out --bundle)."]
    # a sheet of that one question: the teacher chose the model for it, so it takes answers as usual, unsaid
    one = tmp_path / "one.csv"
    one.write_text("".join(ln for ln in open(sheet, encoding="utf-8") if f",{own}," not in ln), encoding="utf-8")
    code = run_cli(["score", str(one), "--out", str(tmp_path / "o.csv"), "--bundle", str(bundle), "--threshold", "0.3"])
    err = capsys.readouterr().err
    assert code == 0 and "was made for" not in err
    assert any(r["status"] == "auto" for r in graded(tmp_path / "o.csv"))
