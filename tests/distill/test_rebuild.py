"""Rebuild bookkeeping: science sets first, the resumable state file, the final bundle's metrics,
and the report written from a run folder (a real bundle, a real PNG)."""
from __future__ import annotations

import json
import shutil

import pytest

from grader_app.bundles import read_bundle
from grader_app.distill.rebuild import State, finalise_kd_bundle, finished_teachers, ordered_sets
from grader_app.distill.report import write_report


def test_science_sets_come_first():
    assert ordered_sets(range(1, 11)) == [1, 2, 5, 6, 10, 3, 4, 7, 8, 9]
    assert ordered_sets([9, 5, 5, 3]) == [5, 9, 3]


def test_state_survives_a_restart(tmp_path):
    st = State(tmp_path / "state.json")
    st.mark(1, "labels", {"seconds": 3.0})
    again = State(tmp_path / "state.json")
    assert again.done(1, "labels") and not again.done(1, "student") and not again.done(2, "labels")
    assert again.get(1, "labels") == {"seconds": 3.0}


def test_forgetting_steps_and_finding_teacher_runs(tmp_path):
    st = State(tmp_path / "state.json")
    for step in ("baseline", "teacher", "labels", "student"):
        st.mark(5, step, {"seconds": 1.0})
    st.forget(5, ["teacher", "labels", "student", "evaluate", "install"])
    again = State(tmp_path / "state.json")
    assert again.done(5, "baseline") and not again.done(5, "teacher") and not again.done(5, "student")
    runs = tmp_path / "runs"
    for name, finished in (("teacher-5-seed1", True), ("teacher-5-seed10", True), ("teacher-5-seed2", True),
                           ("teacher-5-seed3", False), ("teacher-50-seed1", True)):
        (runs / name).mkdir(parents=True)
        if finished:
            (runs / name / "teacher.json").write_text("{}")
    assert finished_teachers(runs, 5) == [str(runs / n) for n in ("teacher-5-seed1", "teacher-5-seed2", "teacher-5-seed10")]
    assert finished_teachers(runs, 6) == []


def _eval(kd_qwk=0.8):
    row = {"qwk": kd_qwk, "accuracy": 0.7, "macro_f1": 0.6, "n": 40, "parameters": 1234, "bytes": 9000,
           "answers_per_s": 20000.0, "auto_coverage": 0.5, "auto_accuracy": 0.96, "model": "KD student"}
    teacher = dict(row, qwk=0.82, parameters=22_700_000, answers_per_s=30.0, model="teacher t")
    return {"essay_set": 1, "n_test": 40, "human_human_qwk": 0.9,
            "rows": {"kd": row, "hard": dict(row, qwk=0.75, model="hard-label student"),
                     "baseline": dict(row, qwk=0.74, model="TF-IDF + LR baseline"),
                     "teacher:t": teacher, "teacher": dict(teacher, model="teacher ensemble (t + tfidf-lr)")}}


def test_final_bundle_carries_test_metrics(tmp_path, distilled_tiny_bundle):
    out = finalise_kd_bundle(distilled_tiny_bundle, _eval(), {"qwk": 0.7, "accuracy": 0.6},
                             tmp_path / "final.gradebundle")
    m = read_bundle(out).manifest["metrics"]
    assert m["student"]["qwk"] == 0.8 and m["teacher"]["qwk"] == 0.82
    assert m["hard_label_student"]["qwk"] == 0.75 and m["baseline"]["qwk"] == 0.74
    assert m["split"].startswith("test") and m["human_human_qwk"] == 0.9


def test_report_has_tables_means_and_a_plot(tmp_path, distilled_tiny_bundle):
    pytest.importorskip("matplotlib")
    root = tmp_path / "runs" / "rebuild"
    st = State(root / "state.json")
    for s in (1, 3):   # a science set and another one
        d = root / f"set-{s}"
        (d / "student").mkdir(parents=True)
        shutil.copy(distilled_tiny_bundle, d / "student" / "student-kd.gradebundle")
        (d / "eval.json").write_text(json.dumps(dict(_eval(), essay_set=s)))
        for step in ("teacher", "labels", "student", "evaluate"):
            st.mark(s, step, {"seconds": 1.0})
        st.mark(s, "install", {"kd_valid_qwk": 0.8, "current_valid_qwk": 0.7, "replaced": True, "current": "x"})
    teacher = tmp_path / "runs" / "teacher-1-seed2"
    teacher.mkdir()
    (teacher / "teacher.json").write_text(json.dumps({
        "seconds": 600, "best_epoch": 3, "valid": {"valid_qwk": 0.8},
        "config": {"epochs": 4, "seed": 2, "learning_rate": 5e-05, "max_length": 128, "context": "key", "threads": 1}}))
    shipped = tmp_path / "model_bundles"
    shipped.mkdir()
    finalise_kd_bundle(distilled_tiny_bundle, _eval(0.81), {"qwk": 0.7, "accuracy": 0.6},
                       shipped / "asap-sas-1.gradebundle")
    from grader_app.paths import bundled_models_dir

    # set 3 ships a cross-fitted bundle (trained on the test split too): no test row, a sentence instead
    shutil.copy(bundled_models_dir() / "asap-sas-3.gradebundle", shipped / "asap-sas-3.gradebundle")
    doc = write_report(st, root, tmp_path / "docs" / "distillation.md", total_seconds=120, bundles=shipped)
    text = doc.read_text()
    assert "| 1 | KD student | 0.810 | 0.700 | 0.600 |" in text
    ships = text[text.index("### What ships"):]
    ships = ships[:ships.index("\n\n", ships.index("| set | shipped model"))]
    assert "Set 3 ships a cross-fitted bundle" in text and "\n| 3 |" not in ships
    review = text[text.index("## Review"):text.index("![risk-coverage")]
    table = review.split("|---|---|---|---|---|\n", 1)[1].split("\n\n", 1)[0]   # up to the first blank line
    assert [ln.split("|")[1].strip() for ln in table.splitlines()] == ["1", "3"]     # one unbroken table
    assert "| mean, science (1, 2, 5, 6, 10) | | 0.810 | | | 1 sets |" in text
    assert "| 1 | KD student | 0.800 |" in text
    assert "| science (1, 2, 5, 6, 10) | KD student | 0.800 |" in text
    assert "| 1 | 18,395 | 667 | 30.0 | 20,000 |" in text  # × fewer parameters, × faster
    png = tmp_path / "docs" / "img" / "risk-coverage-asap-sas-1.png"
    assert png.is_file() and png.read_bytes()[:4] == b"\x89PNG"
    assert "(img/risk-coverage-asap-sas-1.png)" in text and "replaced" in text
    assert "| KD student mean QWK ≥ 0.78 | 0.800 | met |" in text
    assert ("grader-distill teacher --set 1 --epochs 4 --seed 2 --lr 5e-05 --max-length 128 --context key "
            "--threads 1 --out runs/teacher-1-seed2") in text          # how each teacher was made
    assert "teacher-1-seed2: 10 min, best epoch 3, valid QWK 0.800" in text
    assert "| within 0.02 of the teacher (0.820) | -0.020 | met |" in text
