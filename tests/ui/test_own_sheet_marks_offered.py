"""QA s52a #11: the teacher gave this class's own marked sheet as "last year's". Grader learned from it without a word,
then had her mark all its answers again, its model taking some of them "with a guarantee" though it had learned each
one. Now, opening the class's sheet, the window says the sheet looks like the one her model was made from and offers
her marks as her decisions (one undo step, written to the project file); the model accepts none of those answers on its
own meanwhile. The real ``grader learn``, real sheets, the real window, its project file read back."""
from __future__ import annotations


from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.scale import LEARNED
from grader_app.io.lms_points import question_scale
from grader_app.io.project_store import ProjectStore
from test_learning_window import marked
from test_main_window import _open_by_drop
from ui_helpers import write_csv

QUESTION = "Ice floats"


def test_the_sheet_her_model_was_made_from_offers_her_marks_as_her_decisions(qtbot, make_window, tmp_path):
    answers = marked(60, 5)
    mark = dict(answers)
    assert len(mark) == 60                                            # every answer worded its own way
    last = write_csv(tmp_path / "given-as-last-year" / "ice-9B-marked.csv", ["Student ID", "Name", "Question", "Answer", "Mark"],
                  [(f"9B{i:03d}", f"Kid {i}", QUESTION, t, m) for i, (t, m) in enumerate(answers)])
    assert run_cli(["learn", str(last), "--score-column", "Mark", "--quiet"]) == 0
    window = make_window((1200, 800))
    sheet = write_csv(tmp_path / "class" / "ice-9B.csv", ["Student ID", "Name", "Question", "Answer"],
                   [(f"9B{i:03d}", f"Kid {i}", QUESTION, t) for i, (t, _) in enumerate(answers)])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.chosen() == {QUESTION: "ice-floats"}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.own_marks.box is not None and window.own_marks.box.isVisible(), timeout=10000)
    box = window.own_marks.box
    assert box.text() == ("60 of the 60 answers to question Ice floats are word for word answers your model “Ice floats” "
                          "learned from, with your marks: this sheet looks like the one it was made from.")
    assert box.informativeText() == (
        "Take your marks of 60 answers as your decisions here, rather than mark them again? The model takes none of "
        "them on its own either way: it learned them, so it cannot vouch for them.")
    s = window.session
    keys = s.keys_for(QUESTION)
    assert all(k in s.predictions for k in keys)                      # its scores are there, as suggestions
    assert not any(s.status(k) == review.AUTO for k in keys)          # it vouches for none of what it learned

    next(b for b in box.buttons() if b.text() == "&Take my marks").click()
    qtbot.waitUntil(lambda: len(s.decisions) == 60, timeout=5000)
    assert all(s.decisions[k].score == mark[s.answers[k].text] for k in keys)
    assert len({d.at for d in s.decisions.values()}) == 60            # each decided on its own, as marked
    assert "Your marks of 60 answers are your decisions here" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
    assert window.learning.marks_counted(QUESTION) == (0, 60)         # no mark counted twice
    assert window.store.flush(60.0)                                   # every write done (a busy machine: no timing)
    assert window.store.decision_count() == 60                        # in the project file
    path = window.store.path
    window.undo()                                                     # one step takes them back
    assert not s.decisions
    qtbot.waitUntil(lambda: QUESTION not in window.learning.models, timeout=10000)   # nothing to learn from: dropped
    info = s.items[QUESTION]                                          # still her model's question, on its scale
    assert info.continues == "ice-floats" and info.own_scale and not info.marked_on_teachers_scale
    assert question_scale(s, QUESTION).source == LEARNED and window.learning.will_learn(QUESTION)
    window.redo()
    assert len(s.decisions) == 60
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):     # its project file saved and closed on a worker
        window.close_sheet()
    with ProjectStore.open(path, read_only=True) as again:
        assert again.decision_count() == 60
