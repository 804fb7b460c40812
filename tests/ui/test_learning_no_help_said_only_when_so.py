"""A teacher's own question (120 answers of set 6 of the shared ASAP-SAS data's training file), marked by keyboard in
the real main window as Grader suggests, with the data's own scores: the learning line said "This question has only 13
answers left, too few for the model to learn enough to take any; mark them yourself." from 107 marks on (of 120), and
at 112 marks the model took the 8 answers left, all right. The verdict read the figure steadied over the last fits, while one fit
to the next moved the fewest marks it needs by ten units: now it is said only where the most hopeful of the last fits
also needs more than the answers left, at each of the last few fits (grader_app.learn.progress.learned_progress).
The class is now another draw of 120 (seed 0): with checking folds that stay put as the marks come
(learn.folds.arrival_fold_ids) the model never took any of QA's 120 (the verdict from 107 on was then true), while in
this one it takes 10 of the 13 answers left at 107 marks, the late take the verdict must not deny.
Skipped without the shared data."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.core import review
from grader_app.ui import learning_controller
from test_main_window import _open_by_drop

OWN = "membranes-homework"
CANNOT = "too few for the model to learn enough to take"


def _class(tmp_path: Path) -> tuple[Path, list[int]]:
    """120 answers of set 6 in a fixed random order (the first 120 of a draw of 240, as the audit's), as a sheet of a question
    no shipped model matches, and their scores."""
    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = load_train()
    part = train[train["EssaySet"] == 6].sample(240, random_state=0).head(120)
    sheet = tmp_path / "class" / "answers.csv"
    sheet.parent.mkdir()
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i:03d}", f"Student {i}", OWN, t] for i, t in enumerate(part["EssayText"]))
    return sheet, part["Score1"].astype(int).tolist()


def test_mark_them_yourself_is_not_said_where_the_model_then_takes_answers(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(learning_controller, "CATCH_UP_MS", 100)   # each mark waits for the learning to settle
    sheet, scores = _class(tmp_path)
    window = make_window((1200, 800))
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.chosen()[OWN] is None
    with qtbot.waitSignal(window.scoringFinished, timeout=60000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=60000)
    s = window.session
    keys = s.keys_for(OWN)
    truth = dict(zip(keys, scores))
    window.results.request_review()
    rv = window.review_view
    said_no_help = []   # the marks at which the line said the model cannot take any
    for _ in range(len(keys)):
        if any(s.status(k) == review.AUTO for k in keys) or not any(s.needs_teacher(k) for k in keys):
            break
        qtbot.keyClick(rv, Qt.Key.Key_0 + truth[rv.current_key()])   # a group's members that differ stay open
        qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
        if CANNOT in rv.learning_label.text():
            said_no_help.append(len(s.decisions))
    taken = [k for k in keys if s.status(k) == review.AUTO]
    assert taken and all(s.final_score(k) == truth[k] for k in taken)   # it could help, and did, rightly
    assert said_no_help == []
