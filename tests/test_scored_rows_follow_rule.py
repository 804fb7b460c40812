"""A scored batch's rows are made where it was scored (core.grading.batch_rows, the scoring worker in the app) and the
session stores them as they are; a batch made under a decision rule the question no longer has when it is stored (the
teacher's rule changed meanwhile) is stored under the rule it has then, as the session always stored it."""
from __future__ import annotations

import csv
import dataclasses

import numpy as np

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.prediction import Prediction
from grader_app.scoring.model import BatchResult

ROW = [0.0, 0.55, 0.45]   # the arg-max says 1; cutpoints (0.5, 1.4) on its expected score (1.45) say 2


class Fixed:
    def iter_batches(self, texts, batch_size=64, cancel=None):
        for start in range(0, len(texts), batch_size):
            n = len(texts[start:start + batch_size])
            yield BatchResult(start, np.tile(np.float32(ROW), (n, 1)), start + n, len(texts))


def _session(tmp_path, tiny_bundle):
    library = Library.load([tiny_bundle.parent])
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i}", f"Student {i}", "tiny-ice", f"ice floats {i}"] for i in range(5))
    opened = workflow.open_sheet(path, library)
    return workflow.start_session(opened.sheet, opened.mapping, library)


def test_the_batch_brings_its_rows_and_the_session_stores_those(tmp_path, tiny_bundle):
    session, bundles = _session(tmp_path, tiny_bundle)
    batches = list(workflow.score(session, bundles, batch_size=2))[1:]
    for b in batches:
        workflow.apply_batch(session, b)
    info = session.items["tiny-ice"]
    for b in batches:
        assert b.rows is not None and len(b.rows) == len(b.keys)
        assert all(session.predictions[k] is row for k, row in zip(b.keys, b.rows))   # stored as made
        assert b.rows == [Prediction(tuple(float(x) for x in p), info.labels, info.cutpoints) for p in b.probabilities]


def test_rows_made_under_a_rule_since_changed_are_stored_under_the_rule_the_question_has(tmp_path, tiny_bundle):
    session, bundles = _session(tmp_path, tiny_bundle)
    session.set_item_info(dataclasses.replace(session.items["tiny-ice"], cutpoints=None))
    batches = list(workflow.score(session, bundles, batch_size=2, sources={"tiny-ice": Fixed()}))[1:]
    assert {row.score for b in batches for row in b.rows} == {1}   # made under the arg-max
    session.set_item_info(dataclasses.replace(session.items["tiny-ice"], cutpoints=(0.5, 1.4)))
    for b in batches:
        workflow.apply_batch(session, b)
    keys = session.keys_for("tiny-ice")
    assert len(keys) == 5 and {session.predictions[k].score for k in keys} == {2}
    assert all(session.predictions[k].cutpoints == (0.5, 1.4) for k in keys)
    assert not any(session.predictions[k] is row for b in batches for k, row in zip(b.keys, b.rows))
