"""A question without a model learns from the teacher's marks, in the real main window with its real
TaskManager: the review opens at what Grader suggests, each decision (a group at a time) teaches, the
fit runs on a worker thread (never the GUI thread), the learned model scores the question and, once
its out-of-fold guarantee holds, takes answers on its own (shown as auto-accepted in the table).
"Save as model…" and "Make models from a marked sheet…" install verified bundles in the library.

Its guarantee counts what the teacher decided independently (near-copies and a group marked with one key once:
grader_app.learn.calibration.risk_coverage), so the class it takes answers in is one of answers unlike each other
(``make_sheet(unlike=True)``), marked as Grader suggests: some 45 to 50 decisions before it takes any."""
from __future__ import annotations

import csv
import random
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app import workflow
from grader_app.core import review
from grader_app.learn.marks_model import MIN_MARKS
from grader_app.ui import learning_controller, model_actions
from grader_app.ui import results_model as rm
from grader_app.ui.i18n import unbroken
from grader_app.ui.main_window import RESULTS, REVIEW
from test_main_window import _open_by_drop
from ui_helpers import learn_dialog_for

OWN = "own-question"
SCIENCE = ["membrane", "osmosis", "diffusion", "protein", "channel", "transport", "active", "passive", "gradient",
           "energy"]
OFF = ["plants", "green", "sun", "water", "happy", "dog", "house", "car", "blue", "music"]
# pools five times as big: answers of five words drawn from them are hardly ever alike (each its own unit of evidence)
MORE_SCIENCE = SCIENCE + ("nucleus ribosome enzyme glucose oxygen carbon lipid bilayer receptor vesicle cytoplasm "
                          "mitochondria chloroplast solute solvent ion pump sodium potassium concentration permeable "
                          "selective carrier endocytosis exocytosis hypertonic hypotonic isotonic turgor plasma "
                          "phospholipid cholesterol glycoprotein signal hormone insulin molecule atom polarity "
                          "hydrophobic").split()
MORE_OFF = OFF + ("pizza football holiday beach movie game phone friend school bus rain snow winter summer birthday cake "
                  "party song guitar piano garden flower tree river mountain city street shop money lunch dinner "
                  "breakfast cat horse bike train plane boat ticket").split()


def truth(text: str) -> int:
    """The simulated teacher: 2 for an answer in the science words, 0 otherwise."""
    return 2 if text.split()[0] in MORE_SCIENCE else 0


def marked(n: int, seed: int) -> list[tuple[str, int]]:
    """``n`` answers of five words, science or off-topic in turn, each with the simulated teacher's mark."""
    rng = random.Random(seed)
    texts = [" ".join(rng.sample(SCIENCE if i % 2 else OFF, 5)) for i in range(n)]
    return [(text, truth(text)) for text in texts]


def make_sheet(path: Path, n: int = 120, unlike: bool = False) -> Path:
    """``n`` answers to the question without a model (science words or other words in turn; from the pools five times
    as big where ``unlike``), and six to a question with a shipped model."""
    rng = random.Random(3)
    science, off = (MORE_SCIENCE, MORE_OFF) if unlike else (SCIENCE, OFF)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(n):
            w.writerow([f"S{i:03d}", f"Student {i}", OWN, " ".join(rng.sample(science if i % 2 else off, 5))])
            if i < 6:
                w.writerow([f"S{i:03d}", f"Student {i}", "asap-sas-1", "the cell membrane controls what enters"])
    return path


@pytest.fixture
def window(make_window):
    return make_window((1200, 800))


@pytest.fixture
def fit_threads(monkeypatch):
    """The thread each fit ran on."""
    seen: list[int] = []
    real = workflow.QuestionLearner.fit_function

    def spy(self):
        fit = real(self)

        def run():
            seen.append(threading.get_ident())
            return fit()
        return run
    monkeypatch.setattr(workflow.QuestionLearner, "fit_function", spy)
    return seen


def _open(qtbot, window, tmp_path, unlike: bool = False, n: int = 120):
    dlg = _open_by_drop(qtbot, window, make_sheet(tmp_path / "class" / "answers.csv", n=n, unlike=unlike))
    assert dlg.chosen()[OWN] is None                     # no model for it
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    return window.session


def _mark_current(qtbot, window) -> None:
    """Type the teacher's score for what the review shows (one answer or a whole group). A group whose card flags
    members that differ from the typical answer in words (these answers share their words only in part) keeps them open
    after the first digit, the review still on the group (:mod:`grader_app.ui.group_split`): a second digit scores them."""
    rv, s = window.review_view, window.session
    unit = list(rv.current_unit())
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[unit[0]].text))
    if len(unit) > 1 and rv.current_unit() == unit and any(k not in s.decisions for k in unit):
        qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[rv.current_key()].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)


def mark_until(qtbot, window, done, most: int) -> None:
    """Marks what the review shows (:func:`_mark_current`) until ``done()`` holds, asked before each mark, at most
    ``most`` times; it asserts nothing: the caller says what must hold after."""
    for _ in range(most):
        if done():
            return
        _mark_current(qtbot, window)


def review_of_thirty(qtbot, window, tmp_path, done):
    """The review of a sheet whose question without a model has 30 answers (:func:`make_sheet`, ``unlike``), opened
    (:func:`_open`) and marked until ``done()`` holds, 8 marks at most (:func:`mark_until`): the session and the review
    view."""
    s = _open(qtbot, window, tmp_path, unlike=True, n=30)
    window.results.request_review()
    mark_until(qtbot, window, done, 8)
    return s, window.review_view


def beyond_sheet(window) -> bool:
    """Whether the question's model would need more marks than it has answers left (learn.progress)."""
    return OWN in window.learning.models and window.learning.learners[OWN].assistant.progress().beyond_sheet


@pytest.fixture
def quick_catch_up(monkeypatch):
    """A model behind the marks fits again 0.1 s after the last decision (1.5 s in the app): marking dozens of answers
    one at a time, each waiting for the learning to settle, takes seconds, not minutes (before the window is made)."""
    monkeypatch.setattr(learning_controller, "CATCH_UP_MS", 100)


def test_a_question_without_a_model_learns_from_the_marks(qtbot, quick_catch_up, make_window, tmp_path, fit_threads):
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True)
    keys = s.keys_for(OWN)
    assert all(s.status(k) == review.UNSCORED for k in keys)
    assert window.results.learning.text().startswith(f"Question {OWN} (no shipped model): mark a few answers")
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == REVIEW
    rv = window.review_view
    # the review opens at what Grader suggests for the question that learns (not at sheet order)
    assert s.answers[rv.current_key()].item == OWN
    assert rv.learning_label.isVisible() and rv.suggest_button.isVisible()

    _mark_current(qtbot, window)
    assert OWN not in window.learning.models               # one score only: nothing to learn from yet
    # the other score comes within a few groups
    mark_until(qtbot, window, lambda: OWN in window.learning.models, 3)
    model = window.learning.models[OWN]
    assert fit_threads and threading.get_ident() not in fit_threads   # every fit ran off the GUI thread
    assert s.items[OWN].bundle_id == workflow.LEARNED + OWN
    assert all(k in s.predictions for k in keys)            # the learned model scores every answer
    table = window.results.model
    row = table.row_of(next(k for k in keys if k not in s.decisions))
    assert table.data(table.index(row, rm.MODEL_SCORE)) in ("0", "2")
    assert model.n_marks == sum(1 for k in keys if k in s.decisions)

    # keep marking what Grader suggests until the model may take answers on its own: 45 confident right answers out of
    # fold at least, each its own decision
    mark_until(qtbot, window, lambda: any(s.status(k) == review.AUTO for k in keys), 70)
    auto = [k for k in keys if s.status(k) == review.AUTO]
    assert auto and window.learning.models[OWN].qualified
    assert all(s.final_score(k) == truth(s.answers[k].text) for k in auto)
    assert any(said in rv.learning_label.text() for said in ("the model can take", "the model has taken this question's other",
                                                             "every answer"))
    qtbot.keyClick(rv, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert table.data(table.index(table.row_of(auto[0]), rm.STATUS)) == "Auto-accepted"
    assert window.results.learning.text().startswith(f"Question {OWN} (no shipped model): ")
    assert window.results.sentence.text() == unbroken(s.sentence())
    assert len(set(fit_threads)) >= 1 and threading.get_ident() not in fit_threads


def test_next_suggested_by_key_and_button(qtbot, window, tmp_path, fit_threads):
    s = _open(qtbot, window, tmp_path)
    window.show_review([k for k in s.review_queue() if s.answers[k].item == "asap-sas-1"] + s.review_queue())
    rv = window.review_view
    rv.go_to(next(k for k in rv.queue.keys() if s.answers[k].item == "asap-sas-1"))
    assert s.answers[rv.current_key()].item == "asap-sas-1"
    assert not any(k not in rv.current_unit() and s.needs_teacher(k) for k in s.keys_for("asap-sas-1"))
    qtbot.keyClick(rv, Qt.Key.Key_N)   # nothing else left in the question on screen: on to the one that learns
    assert s.answers[rv.current_key()].item == OWN
    assert rv.message_label.text().startswith(f"Nothing else is left to decide in question “asap-sas-1”: on to question "
                                              f"“{OWN}”. Suggested next: ")
    first = list(rv.current_unit())
    _mark_current(qtbot, window)
    qtbot.mouseClick(rv.suggest_button, Qt.MouseButton.LeftButton)
    assert rv.current_unit() != first and not any(k in s.decisions for k in rv.current_unit())


def test_save_as_model_writes_and_installs_a_verified_bundle(qtbot, window, tmp_path, fit_threads, monkeypatch):
    _open(qtbot, window, tmp_path)
    assert not window.save_model_action.isEnabled()
    window.results.request_review()
    for _ in range(60):    # a model worth keeping: learned from as many marks as a threshold needs (MIN_MARKS)
        model = window.learning.models.get(OWN)
        if model is not None and model.n_marks >= MIN_MARKS:
            break
        _mark_current(qtbot, window)
    assert window.save_model_action.isEnabled()
    target = tmp_path / "saved" / "own.gradebundle"
    target.parent.mkdir()
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_model_action.trigger()
    # the library is filled on the worker; the window has taken it in once the start screen lists it
    qtbot.waitUntil(lambda: OWN in window.start.library.bundle_ids(), timeout=60000)
    b = window.library.get(OWN)
    assert target.exists() and b.title == OWN and b.labels == [0, 2]
    assert b.manifest["provenance"]["learned_from"] == "a teacher's own marks"
    assert "added it to your models" in window.statusBar().currentMessage()


def test_make_models_from_a_marked_sheet(qtbot, window, tmp_path, monkeypatch):
    sheet = tmp_path / "last-year.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Mark"])
        w.writerows([f"S{i}", "Q7", text, mark] for i, (text, mark) in enumerate(marked(60, 5)))
    dlg = learn_dialog_for(qtbot, window, sheet, monkeypatch)
    assert dlg.score_column() == "Mark"                   # guessed from the column's name
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.library.get("q7") is not None, timeout=60000)
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=10000)
    assert "q7" in window.start.library.bundle_ids()
    assert window.library.get("q7").title == "Q7"
