"""Whether an answer given credit is a bare list of terms (core.term_list.is_term_list, the TERM_LIST flag set with the
model's row by core.model_flags.with_model_flags) was read per answer on the GUI thread as the rows were stored: a
fifth of the GUI thread's time as a learned model's first scores came in on 10,000 answers (scripts/bench_gui_phases.py
--learned-answers 10000), and in every batch a shipped model scored. Now the worker that made the rows reads it (the
learning worker that makes the question's assistant, the scoring worker with each batch) and the session takes it
from there. The real window, real sheets, real marks, fits and shipped models; the real reading watched for the thread
it runs on, and the flags the session holds checked against reading every answer afresh."""
from __future__ import annotations

import csv
import random
import threading

from grader_app import workflow
from grader_app.core import flags as F
from grader_app.core import model_flags, term_list
from grader_app.core.model_flags import with_model_flags
from grader_app.ui import learning_controller
from test_learning_window import MORE_OFF, MORE_SCIENCE, OWN, mark_until
from test_main_window import _open_by_drop
from ui_helpers import open_and_score, write_csv

SENTENCE = "because the cell has to keep what it needs inside"


def _watch(monkeypatch) -> dict[str, list[int]]:
    """The thread of each reading for a bare list: by with_model_flags itself ("flags") and by anyone else ("other":
    the assistant, the scoring worker, the question's reading of its answers)."""
    seen: dict[str, list[int]] = {"flags": [], "other": []}
    real = term_list.is_term_list

    def watched(where):
        def read(text, ws=None):
            seen[where].append(threading.get_ident())
            return real(text, ws)
        return read

    monkeypatch.setattr(model_flags, "is_term_list", watched("flags"))
    monkeypatch.setattr(term_list, "is_term_list", watched("other"))
    return seen


def _as_read_afresh(s, keys) -> dict[int, list[str]]:
    """Each answer's flags as with_model_flags gives them reading its text now."""
    return {k: with_model_flags(s.flags[k], s.answers[k].text, s.lists_ok[s.answers[k].item], s.predictions[k],
                                denies=s._denial(k), threshold=s.threshold(s.answers[k].item)) for k in keys}


def test_a_learned_models_first_scores_read_no_term_list_on_the_gui_thread(qtbot, make_window, tmp_path, monkeypatch):
    rng = random.Random(3)
    sheet = tmp_path / "class" / "answers.csv"
    sheet.parent.mkdir()
    with open(sheet, "w", newline="", encoding="utf-8") as fh:   # sentences, and one in five a bare list of terms
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(30):
            text = " ".join(rng.sample(MORE_SCIENCE if i % 2 else MORE_OFF, 5))
            w.writerow([f"S{i:03d}", f"Student {i}", OWN, text if i % 5 == 1 else f"{text} {SENTENCE}"])
    seen = _watch(monkeypatch)
    monkeypatch.setattr(learning_controller, "CATCH_UP_MS", 100)
    window = make_window((1200, 800))
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        _open_by_drop(qtbot, window, sheet).ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    s = window.session
    window.results.request_review()
    mark_until(qtbot, window, lambda: OWN in window.learning.models and window.learning.models[OWN].n_marks >= 4, 8)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert s.items[OWN].bundle_id == workflow.LEARNED + OWN
    keys = s.keys_for(OWN)
    assert all(k in s.predictions for k in keys) and not s.lists_ok[OWN]
    assert threading.get_ident() not in seen["flags"]            # with the rows: no answer read on the GUI thread ...
    assert len(seen["other"]) >= 30                              # ... the worker read each one
    assert {k: s.flags[k] for k in keys} == _as_read_afresh(s, keys)   # and the flags are those reading them gives
    assert any(F.TERM_LIST in s.flags[k] for k in keys)          # a bare list given credit among them


def test_scoring_reads_term_lists_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    listed = "cell membrane, nucleus, ribosome, mitochondria"
    rows = [(f"S{i:03d}", f"Student {i}", "asap-sas-1", listed if i % 3 == 0 else f"the cell membrane controls {i}")
            for i in range(60)]
    sheet = write_csv(tmp_path / "class.csv", ["Student ID", "Name", "Question", "Answer"], rows)
    seen = _watch(monkeypatch)
    s = open_and_score(qtbot, window, sheet)
    keys = [k for k in s.keys_for("asap-sas-1") if k in s.predictions]
    assert len(keys) == 60 and not s.lists_ok["asap-sas-1"]
    assert threading.get_ident() not in seen["flags"]            # no answer read on the GUI thread as batches came in
    assert {k: s.flags[k] for k in keys} == _as_read_afresh(s, keys)
    assert any(F.TERM_LIST in s.flags[k] for k in keys)
