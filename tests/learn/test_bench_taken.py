"""scripts/bench_effort.py's per-class record of what the learned model took on its own (``--taken-csv``), which
docs/effort.md reads ("Is the guarantee kept when the assistant chooses the marks?"): the answers taken, how many are
wrong against gold, the bound claimed.

The simulated teacher runs for real on an invented class (real fits, one thread); the records go to a CSV file and back."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .test_independent_units import unlike_class

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_effort.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_effort_taken", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_simulated_class_records_what_the_model_took_and_the_bound_it_claimed(bench, tmp_path):
    texts, gold = unlike_class(120)
    gold[100] = 0 if gold[100] == 2 else 2       # one gold score the model will not agree with, if it takes answer 100
    res = bench.simulate(texts, gold, [0, 1, 2])
    assert res["taken"] == res["auto"] > 0 and res["qualified"]
    assert 0 < res["bound"] <= 0.05 and 0.0 < res["threshold"] < 1.0
    assert res["taken_wrong"] == round(res["auto_error"] * res["taken"])
    rows = [{"set": 9, "size": 120, "rep": 0, "seed": 0, "without": res},
            {"set": 9, "size": 120, "rep": 1, "seed": 1, "without": {"decisions": 120, "taken": 0, "taken_wrong": 0,
                                                                      "bound": None, "threshold": None}}]
    records = bench.taken_records(rows)
    back = bench.read_taken(bench.write_taken(records, tmp_path / "taken.csv"))
    assert back == [{**r, "seed": str(r["seed"])} for r in records]
    assert back[1]["bound"] is None and back[0]["taken"] == res["taken"]


def test_the_table_counts_classes_over_the_target_among_those_that_took_answers(bench):
    records = [{"set": 5, "size": 300, "rep": r, "seed": r, "decisions": 200, "taken": t, "taken_wrong": w,
                "bound": b, "threshold": 0.9 if b is not None else None}
               for r, (t, w, b) in enumerate([(80, 7, 0.046), (40, 0, 0.049), (0, 0, None), (20, 1, 0.05)])]
    records.append({**records[0], "set": 6, "taken": 7, "taken_wrong": 1})
    lines = bench.taken_lines(records)
    five = next(line for line in lines if line.startswith("| 5 |"))
    cells = [c.strip() for c in five.strip("|").split("|")]
    assert cells[1:5] == ["4", "3", "140", "8"]            # classes, classes that took, taken, wrong
    assert cells[5].startswith("5.7 %") and cells[6] == "4.8 %"
    assert cells[7].startswith("1 of 3 (")                  # 7 of 80 is over 5 %; 1 of 20 is not
    pooled = [c.strip() for c in lines[-1].strip("|").split("|")]
    assert pooled[0] == "pooled" and pooled[7].startswith("2 of 4 (")
    lo, hi = bench.binomial_interval(2, 4)
    assert 0.0 < lo < 0.5 < hi < 1.0 and bench.binomial_interval(0, 4)[0] == 0.0


def test_a_teacher_who_marks_her_own_first(bench):
    """``--teacher-first SHARE:ORIGIN``: the shortest answers marked first, one decision each, with that origin; as
    "own" they teach the model but do not choose its threshold (more decisions follow before it takes answers), as
    "unknown" (before origins were kept) they do."""
    from .test_marks_origin import trap_class

    texts, gold, _ = trap_class()
    before = bench.simulate(texts, gold, [0, 1, 2], first=(0.35, ""))
    after = bench.simulate(texts, gold, [0, 1, 2], first=(0.35, "own"))
    assert 70 < before["decisions"] < after["decisions"] < 200
    assert after["taken"] > 0 and after["taken_wrong"] <= 0.05 * after["taken"]
