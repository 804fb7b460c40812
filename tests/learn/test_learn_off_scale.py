"""`grader learn` on a marked sheet whose marks are whole points but for one stray half point (1.5 once among 0-2): a
score given to fewer than a handful of answers that is not on the scale the other marks form is left out of learning
and said, with its rows, rather than made a score of the model's own learned from one answer (which would then be
offered and exported for every later class). Half points given to a handful of answers are the teacher's scale: kept.
Real files, real fits, the real command line."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.bundles import read_bundle
from grader_app.cli import run_cli
from grader_app.learn.from_sheet import learn_from_sheet
from invented import invented_class

N = 60
TEXTS, SCORES = invented_class(N, seed=3)


def _sheet(path: Path, marks: dict[int, str]) -> Path:
    """The class's marked sheet (one question, "Paint colour") with ``marks`` (data row -> cell) written over its own."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(("Name", "Question", "Answer", "Mark"))
        for i, (t, s) in enumerate(zip(TEXTS, SCORES)):
            w.writerow((f"P{i}", "Paint colour", t, marks.get(i, s)))
    return path


def test_one_stray_half_point_is_left_out_of_learning_and_said_with_its_row(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    sheet = _sheet(tmp_path / "marked.csv", {1: "1.5", 0: "abs"})
    out = tmp_path / "models"
    assert run_cli(["learn", str(sheet), "--score-column", "Mark", "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert ("grader: Question “Paint colour” has 1 answer marked 1.5 (row 3), which is not on the scale of its other "
            "marks (0, 1, 2): it is left out of learning. Correct it, or give such marks to at least 5 answers if they "
            "belong to your scale, and learn again.") in err
    assert "it is not used for learning (row 2)." in err          # was "(2)"
    (bundle,) = out.glob("*.gradebundle")
    assert [float(v) for v in read_bundle(bundle).labels] == [0, 1, 2]   # was 0, 1, 1.5, 2: a score from one answer


def test_half_points_given_to_a_handful_of_answers_are_the_teachers_scale(tmp_path):
    halves = {i: "1.5" for i in range(1, 6)}
    res = learn_from_sheet(_sheet(tmp_path / "halves.csv", halves), "Mark", tmp_path / "o")
    (item,) = res.items
    assert 1.5 in [float(v) for v in item.model.labels] and item.n_marks == N
    assert not [n for n in res.notes if n.kind == "off_scale"]


def test_a_model_learned_from_marks_0_4_5_and_10_keeps_the_scale_0_to_10_in_half_points(tmp_path, capsys, monkeypatch):
    """QA s52a finding 5: last year's marks 0, 4.5 and 10 made a model whose scale was those three marks alone, so
    this year a 5 or a 7 was refused. The bundle keeps the question's scale (its manifest's ``scale``): 0 to the highest
    mark, or the points the question's name gives it ("(10 marks)"), in the step the marks use; the command line says
    it."""
    from grader_app.core.scale import LEARNED, Scale

    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    ten = {i: {0: "0", 1: "4.5", 2: "10"}.get(s, "4.5") for i, s in enumerate(SCORES)}
    out = tmp_path / "models"
    assert run_cli(["learn", str(_sheet(tmp_path / "ten.csv", ten)), "--score-column", "Mark", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "marks (out of 10 in half points, scores given 0, 4.5, 10)" in said
    assert ": question “Paint colour”, " in said   # quoted as the window's English quotes it, not 'Paint colour'
    (bundle,) = out.glob("*.gradebundle")
    b = read_bundle(bundle)
    assert [float(v) for v in b.labels] == [0, 4.5, 10] and b.manifest["scale"] == {"top": 10, "half": True}
    whole = {i: str(min(s, 2)) for i, s in enumerate(SCORES)}
    sheet = _sheet(tmp_path / "named.csv", whole)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("Paint colour", "Paint colour (4 marks)"),
                     encoding="utf-8")
    (item,) = learn_from_sheet(sheet, "Mark", tmp_path / "o").items
    assert item.scale == Scale(top=4, half=False, source=LEARNED)   # nobody got full marks last year: still out of 4
