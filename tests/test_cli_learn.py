"""`grader learn` end to end (real sheets, real fits, bundles verified and scored in a fresh process),
bad sheets refused with one sentence, and `grader score` on a sheet with a question that has no model."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from grader_app.bundles import read_bundle
from grader_app.cli import run_cli

sys.path.insert(0, str(Path(__file__).resolve().parent / "learn"))
from invented import invented_class  # noqa: E402

QUESTIONS = {"Q1": 3, "Q 2/b": 5}   # question -> seed of its invented class


def marked_csv(path: Path, blank_every: int = 9) -> Path:
    """A marking sheet: two questions, 70 answers each, every ninth score left empty (not yet marked)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Score"])
        k = 0
        for q, seed in QUESTIONS.items():
            texts, scores = invented_class(70, seed=seed)
            for t, s in zip(texts, scores):
                k += 1
                w.writerow([f"S{k:03d}", q, t, "" if k % blank_every == 0 else s])
    return path


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "grader_app", *map(str, args)], capture_output=True, text=True,
                          env=env or os.environ.copy())


@pytest.fixture
def env(tmp_path, monkeypatch):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return shipped


def test_learn_end_to_end(tmp_path, env):
    from grader_app.learn.from_sheet import learn_from_sheet

    sheet = marked_csv(tmp_path / "marks.csv")
    out = tmp_path / "bundles"
    proc = run("learn", sheet, "--score-column", "Score", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["q-2-b.gradebundle", "q-2-b.marks.json", "q1.gradebundle", "q1.marks.json"]   # each with its marks
    assert "Learned 2 bundles" in proc.stdout and "q1.gradebundle" in proc.stdout

    for name in names[::2]:   # the bundles (their marks beside them are plain data, no bundle)
        v = run("verify", out / name)
        assert v.returncode == 0 and "OK" in v.stdout, v.stderr

    # the same sheet learned in this process: the same models, the marks it learned from
    here = learn_from_sheet(sheet, "Score", tmp_path / "again")
    by_id = {it.bundle_id: it for it in here.items}
    assert set(by_id) == {"q1", "q-2-b"}
    marked = [r for r in csv.DictReader(open(sheet, encoding="utf-8")) if r["Score"] != ""]
    for bid, item in by_id.items():
        b = read_bundle(out / f"{bid}.gradebundle")
        m = b.manifest
        assert m["provenance"]["marks"] == item.n_marks == sum(1 for r in marked if r["Question"] == item.item)
        assert item.texts == [r["Answer"] for r in marked if r["Question"] == item.item]
        assert m["provenance"]["learned_from"] == "a teacher's own marks" and "marks.csv" in m["provenance"]["data"]
        assert m["provenance"]["model"].startswith("adjacent-category ordinal") and item.model.ordinal   # the recipe
        assert m["review"]["table"] == item.model.review["table"]           # out-of-fold figures in the manifest
        assert m["metrics"]["student"]["n"] == item.n_marks and m["metrics"]["student"]["qwk"] is not None
        assert m["labels"] == [0, 1, 2]
        # scored in a fresh process through onnxruntime: the probabilities the model had when learned
        texts_file = tmp_path / f"{bid}.json"
        texts_file.write_text(json.dumps(item.texts), encoding="utf-8")
        code = ("import json, sys\n"
                "from grader_app.bundles import read_bundle\n"
                "from grader_app.scoring.model import Scorer\n"
                "texts = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                "print(json.dumps(Scorer(read_bundle(sys.argv[1])).predict_proba(texts).tolist()))\n")
        fresh = subprocess.run([sys.executable, "-c", code, str(out / f"{bid}.gradebundle"), str(texts_file)],
                               capture_output=True, text=True)
        assert fresh.returncode == 0, fresh.stderr
        np.testing.assert_allclose(np.array(json.loads(fresh.stdout)), item.model.probabilities, atol=1e-5)

    # installed, the learned bundles score the questions they were learned for
    for name in names:
        (out / name).rename(env / name)
    graded = tmp_path / "graded.csv"
    s = run("score", sheet, "--out", graded, "--answer-column", "Answer", "--item-column", "Question")
    assert s.returncode == 0, s.stderr
    rows = list(csv.DictReader(open(graded, encoding="utf-8")))
    assert all(r["model_score"] != "" for r in rows)


def test_every_question_gets_its_marks_counted(tmp_path):
    from grader_app.learn.from_sheet import learn_from_sheet

    res = learn_from_sheet(marked_csv(tmp_path / "m.csv", blank_every=4), "Score", tmp_path / "b")
    per_q = {it.item: it.n_marks for it in res.items}
    assert per_q == {"Q1": 53, "Q 2/b": 52}    # 70 each, every fourth of 140 rows left empty


def test_column_names_are_found_whatever_their_spaces_and_case(tmp_path):
    """`grader learn --score-column "score " --item-column question` finds "Score" and "Question" (they were
    "no column named ..."); a name two columns share after tidying is still refused."""
    from grader_app.learn.from_sheet import LearnError, learn_from_sheet

    res = learn_from_sheet(marked_csv(tmp_path / "m.csv", blank_every=4), "score ", tmp_path / "b",
                           item_column="question")
    assert {it.item: it.n_marks for it in res.items} == {"Q1": 53, "Q 2/b": 52}
    twice = tmp_path / "twice.csv"
    twice.write_text("ID,Answer,Score,score \nS1,a,1,1\n", encoding="utf-8")
    with pytest.raises(LearnError, match="no column named “SCORE”"):
        learn_from_sheet(twice, "SCORE", tmp_path / "c")


def test_learn_from_a_graded_export(tmp_path):
    """A sheet Grader exported (final_score column; some answers never decided) teaches a model."""
    from grader_app.core.session import GradingSession
    from grader_app.io.columns import guess_columns
    from grader_app.io.readers import read_sheet
    from grader_app.io.writers import write_graded

    sheet_path = marked_csv(tmp_path / "answers.csv", blank_every=10 ** 6)
    gold = [int(r["Score"]) for r in csv.DictReader(open(sheet_path, encoding="utf-8"))]
    sheet = read_sheet(sheet_path)
    session = GradingSession(sheet, guess_columns(sheet))
    for a in session.answers:
        if a.key % 5:                       # four in five decided last year
            session.decide(a.key, gold[a.key])
    export = write_graded(session, tmp_path / "last-year.xlsx")
    out = tmp_path / "learned"
    code = run_cli(["learn", str(export), "--score-column", "final_score", "--out", str(out), "--quiet"])
    assert code == 0
    for name in ("q1.gradebundle", "q-2-b.gradebundle"):
        b = read_bundle(out / name)
        assert b.manifest["provenance"]["marks"] == 56    # 70 answers, 14 never decided


def _sheet(tmp_path, rows, header=("Student", "Question", "Answer", "Score")):
    p = tmp_path / "bad.csv"
    with open(p, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return p


def _rows(score):
    texts, _ = invented_class(20, seed=1)
    return [(f"S{i}", "Q1", t, score(i)) for i, t in enumerate(texts)]


BAD = {
    "no score column": (lambda t: _sheet(t, _rows(lambda i: i % 3)), ["--score-column", "Mark"],
                        "no column named “Mark”"),
    "one distinct score": (lambda t: _sheet(t, _rows(lambda i: 2)), ["--score-column", "Score"],
                           "at least two different scores"),
    "non-numeric scores": (lambda t: _sheet(t, _rows(lambda i: "2/3" if i == 7 else i % 3)), ["--score-column", "Score"],
                           "“2/3” in row 9, which is not a number"),
    "only words for scores": (lambda t: _sheet(t, _rows(lambda i: "abs" if i % 2 else "n/a")), ["--score-column", "Score"],
                              "holds no number, only words written instead of scores, such as “n/a” in row 2"),
    "empty score column": (lambda t: _sheet(t, _rows(lambda i: "")), ["--score-column", "Score"], "is empty"),
    "answers as scores": (lambda t: _sheet(t, _rows(lambda i: i % 3)), ["--score-column", "Answer"],
                          "which is not a number"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_sheets_exit_2_with_one_sentence(case, tmp_path, capsys):
    make, flags, words = BAD[case]
    sheet = make(tmp_path)
    out = tmp_path / "out"
    code = run_cli(["learn", str(sheet), *flags, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert words in err, err
    assert err.startswith("grader: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_out_must_be_a_folder(tmp_path, capsys):
    sheet = marked_csv(tmp_path / "m.csv")
    (tmp_path / "file").write_text("x")
    assert run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "file")]) == 2
    assert "must be a folder" in capsys.readouterr().err


def test_a_question_with_one_score_is_skipped_and_said(tmp_path, capsys):
    texts, scores = invented_class(50, seed=2)
    rows = [(f"S{i}", "Q1", t, s) for i, (t, s) in enumerate(zip(texts, scores))]
    rows += [(f"T{i}", "Q9", t, 1) for i, t in enumerate(texts)]
    sheet = _sheet(tmp_path, rows)
    code = run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "o"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0 and (tmp_path / "o" / "q1.gradebundle").exists()
    assert not (tmp_path / "o" / "q9.gradebundle").exists()
    assert err.count("\n") == 1 and "question “Q9” was skipped" in err and "the score 1" in err


def test_a_question_with_a_few_marks_is_skipped_saying_in_english_how_many_more_to_mark(tmp_path, capsys):
    """A question of 10 marks became a bundle whose threshold could take no answer: now it is skipped, and the
    command line says so in English (the problem's kind is for the window)."""
    texts, scores = invented_class(50, seed=2)
    rows = [(f"S{i}", "Q1", t, s) for i, (t, s) in enumerate(zip(texts, scores))]
    rows += [(f"T{i}", "Q9", t, s) for i, (t, s) in enumerate(zip(texts[:10], scores[:10]))]
    code = run_cli(["learn", str(_sheet(tmp_path, rows)), "--score-column", "Score", "--out", str(tmp_path / "o"),
                    "--quiet"])
    err = capsys.readouterr().err
    assert code == 0 and sorted(p.name for p in (tmp_path / "o").iterdir()) == ["q1.gradebundle", "q1.marks.json"]
    assert err == ("grader: question “Q9” was skipped: it has 10 of the 45 marked answers a model needs before it can "
                   "take any answer on its own; mark at least 35 more answers of this question (another class's answers "
                   "in the same sheet count too) and learn again.\n")
    code = run_cli(["learn", str(_sheet(tmp_path, rows[50:])), "--score-column", "Score", "--out", str(tmp_path / "p")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("grader: Question “Q9” of bad.csv cannot teach a model: it has 10 of the 45 ")
    assert err.count("\n") == 1


def test_score_leaves_a_question_without_a_model_to_the_teacher(tmp_path, env, tiny_bundle, capsys):
    tiny_bundle.rename(env / tiny_bundle.name)
    sheet = tmp_path / "two.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Question", "Answer"])
        w.writerow(["S1", "tiny-ice", "Ice is less dense than water because of its open lattice, so it floats."])
        w.writerow(["S2", "tiny-ice", "Ice floats because it is cold."])
        w.writerow(["S3", "photosynthesis-7", "Plants turn light into sugar."])
        w.writerow(["S4", "photosynthesis-7", "Leaves are green."])
    out = tmp_path / "graded.xlsx"
    code = run_cli(["score", str(sheet), "--out", str(out)])
    cap = capsys.readouterr()
    assert code == 0, cap.err
    lines = [ln for ln in cap.err.splitlines() if "no installed model" in ln]
    assert len(lines) == 1
    assert "“photosynthesis-7”" in lines[0] and "2 answers are marked for you to score (status “unscored”" in lines[0]
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    got = {r[0]: dict(zip(head, r)) for r in rows[1:]}
    for sid in ("S3", "S4"):
        assert got[sid]["model_score"] in (None, "") and got[sid]["status"] == "unscored"
        assert got[sid]["final_score"] in (None, "")
    for sid in ("S1", "S2"):
        assert got[sid]["model_score"] not in (None, "") and got[sid]["status"] != "unscored"
    assert "4 answers need you (2 with no model to score them)." in cap.out


def test_score_still_refuses_a_sheet_where_no_question_has_a_model(tmp_path, env, capsys):
    sheet = _sheet(tmp_path, [("S1", "unknown-1", "Plants need light.", "")])
    code = run_cli(["score", str(sheet), "--out", str(tmp_path / "o.csv"), "--answer-column", "Answer",
                    "--item-column", "Question"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("grader: No installed model matches question “unknown-1”") and err.count("\n") == 1


def test_an_out_folder_that_cannot_be_made_is_said_before_any_learning(tmp_path, capsys, monkeypatch):
    from grader_app.learn import from_sheet

    sheet = marked_csv(tmp_path / "m.csv")
    (tmp_path / "file").write_text("x")
    learned = []
    monkeypatch.setattr(from_sheet, "learn_from_sheet", lambda *a, **k: learned.append(a))
    code = run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "file" / "models")])
    err = capsys.readouterr().err
    assert code == 2 and not learned
    assert "Cannot write into the folder" in err and "give --out a folder you may write in" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_failed_learn_leaves_no_empty_folder_behind(tmp_path, capsys):
    out = tmp_path / "new" / "models"
    code = run_cli(["learn", str(tmp_path / "missing.csv"), "--score-column", "Score", "--out", str(out)])
    assert code == 2 and "missing.csv was not found" in capsys.readouterr().err
    assert not (tmp_path / "new").exists()                       # "new/models" used to stay, empty
    sheet = marked_csv(tmp_path / "m.csv")
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "notes.txt").write_text("mine")
    code = run_cli(["learn", str(sheet), "--score-column", "Nope", "--out", str(kept / "models")])
    assert code == 2 and "no column named “Nope”" in capsys.readouterr().err
    assert sorted(p.name for p in kept.iterdir()) == ["notes.txt"]   # a folder that was there stays


def test_an_empty_out_is_refused_with_one_sentence(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sheet = marked_csv(tmp_path / "m.csv")
    assert run_cli(["learn", str(sheet), "--score-column", "Score", "--out", ""]) == 2
    err = capsys.readouterr().err
    assert err == "grader: --out needs the name of the folder to write the bundles into.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv"]   # nothing learned into the current folder
    assert run_cli(["score", str(sheet), "--out", " "]) == 2
    err = capsys.readouterr().err
    # was "grader: Cannot write : the graded sheet must end in .xlsx or .csv."
    assert err == "grader: --out needs the name of the graded sheet to write, ending in .xlsx or .csv.\n"


def test_rows_whose_score_is_a_word_are_skipped_and_said_even_quietly(tmp_path, capsys):
    """'abs', 'n/a' in a few score cells refused the whole sheet: now those rows are skipped, the rest learned from, and
    one line says how many rows and why (with --quiet too: marks were left out)."""
    sheet = marked_csv(tmp_path / "marks.csv", blank_every=1000)
    with open(sheet, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    for i, word in ((2, "abs"), (5, "n/a"), (9, "abs")):
        rows[i][3] = word
    with open(sheet, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "o"
    code = run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["q-2-b.gradebundle", "q-2-b.marks.json", "q1.gradebundle",
                                                 "q1.marks.json"]
    assert err == ("grader: Skipped 3 rows of column “Score” whose score is not a number (“abs”, “n/a”): they are not "
                   "used for learning (rows 3, 6, 10).\n")
