"""QA s52a #4: last year's marks and this year's never added up. The teacher taught Grader with last year's marked sheet
(``grader learn``, or "Make models from a marked sheet…"); this year's sheet of the same question opened on "No model —
you score it", and the model learning there started from nothing; had she chosen last year's model, the question stopped
learning from her marks. Now last year's model is proposed, and the question's model learns from last year's marks and
this year's together (grader_app.learn.continuing), which the learning lines say. The real ``grader learn``, real
sheets, real fits, the real window and its columns dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from grader_app import workflow
from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.scale import LEARNED, learned_scale
from grader_app.io.lms_points import question_scale
from grader_app.paths import user_bundles_dir
from grader_app.ui.commands import score_choices
from test_learning_window import marked, truth
from test_main_window import _open_by_drop
from ui_helpers import write_csv

QUESTION = "Ice floats"


def _last_year(tmp_path: Path, n: int = 60) -> Path:
    return write_csv(tmp_path / "last-year" / "ice-2024-marked.csv", ["Student", "Question", "Answer", "Mark"],
                  [(f"8A{i:03d}", QUESTION, text, mark) for i, (text, mark) in enumerate(marked(n, 5))])


def _this_year(tmp_path: Path, n: int = 40) -> Path:
    return write_csv(tmp_path / "class" / "ice-9B.csv", ["Student ID", "Name", "Question", "Answer"],
                  [(f"9B{i:03d}", f"Kid {i}", QUESTION, text) for i, (text, _) in enumerate(marked(n, 9))])


def _mark_current(qtbot, window) -> int:
    """Type the teacher's score for what the review shows; the answers it decided (a group's members its card flags
    are left open)."""
    rv, s = window.review_view, window.session
    unit = list(rv.current_unit())
    before = len(s.decisions)
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[unit[0]].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
    return len(s.decisions) - before


def test_last_years_model_is_proposed_and_this_years_marks_go_on_teaching_it(qtbot, make_window, tmp_path, capsys):
    assert run_cli(["learn", str(_last_year(tmp_path)), "--score-column", "Mark"]) == 0
    assert "Each keeps the answers and marks it learned from beside it" in capsys.readouterr().out
    assert sorted(p.name for p in user_bundles_dir().iterdir()) == ["ice-floats.gradebundle", "ice-floats.marks.json"]
    window = make_window((1200, 800))
    made = window.library.get("ice-floats")
    assert made is not None and made.manifest["provenance"]["kept_marks"]["answers"] == 60

    dlg = _open_by_drop(qtbot, window, _this_year(tmp_path))
    assert dlg.chosen() == {QUESTION: "ice-floats"}                 # last year's model, not "No model"
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: QUESTION in window.learning.models, timeout=60000)   # learned from last year's marks at once
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
    s = window.session
    info = s.items[QUESTION]
    assert info.continues == "ice-floats" and info.bundle_id == workflow.LEARNED + QUESTION
    assert info.labels == (0, 2) and not info.marked_on_teachers_scale          # last year's scale stays:
    assert info.own_scale and info.scale == learned_scale(made.manifest)       # its marked sheet's, 0 to 2
    assert question_scale(s, QUESTION).source == LEARNED and score_choices(s, QUESTION) == (0, 1, 2)
    assert window.learning.models[QUESTION].n_marks == 60
    assert window.learning.marks_counted(QUESTION) == (60, 0)
    assert window.results.learning.text().startswith(
        f"Question {QUESTION} (your model, learning from your 60 earlier marks and 0 of this sheet): ")

    window.results.request_review()
    rv = window.review_view
    decided = 0
    for _ in range(4):
        decided += _mark_current(qtbot, window)
    keys = s.keys_for(QUESTION)
    assert decided == sum(1 for k in keys if k in s.decisions) and decided >= 4
    model = window.learning.models[QUESTION]
    assert model.n_marks == 60 + decided                                      # both years' marks, one model
    assert model.probabilities.shape == (len(keys), 2)                        # it scores this sheet's answers
    assert window.learning.marks_counted(QUESTION) == (60, decided)
    assert rv.learning_label.text().startswith(f"Learning from your 60 earlier marks and {decided} of this sheet: ")
    assert window.results.learning.text().startswith(
        f"Question {QUESTION} (your model, learning from your 60 earlier marks and {decided} of this sheet): ")
    # what it takes on its own is right: it learned the teacher's rule from both years
    assert all(s.final_score(k) == truth(s.answers[k].text) for k in keys if s.status(k) == review.AUTO)


def test_a_model_whose_marks_were_changed_scores_as_it_is_and_says_why_it_does_not_learn(qtbot, make_window, tmp_path):
    assert run_cli(["learn", str(_last_year(tmp_path)), "--score-column", "Mark"]) == 0
    kept = user_bundles_dir() / "ice-floats.marks.json"
    kept.write_text(kept.read_text(encoding="utf-8").replace('", 2]', '", 0]', 1), encoding="utf-8")   # one mark edited
    window = make_window((1200, 800))
    dlg = _open_by_drop(qtbot, window, _this_year(tmp_path))
    assert dlg.chosen() == {QUESTION: "ice-floats"}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=60000)
    s = window.session
    assert not window.learning.learns(QUESTION) and not window.learning.will_learn(QUESTION)
    assert s.items[QUESTION].bundle_id == "ice-floats"                        # its model scores it as it is
    said = " ".join(window.notices.problems)   # kept whole above the results
    assert ("Question Ice floats is scored by your model as it is, but your marks here do not teach it: "
            "ice-floats.marks.json is not the file of marks model ice-floats learned from (it was changed or replaced), "
            "so it was not used.") in said
