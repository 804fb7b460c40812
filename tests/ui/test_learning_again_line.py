"""A question scored by the teacher's own model made from last year's marked sheet learns again from those marks (and
this sheet's) as the sheet opens. While that first fit runs, the results page's learning line said "the model is
learning from your marks; it scores the answers when it is done", beside a table whose Model column already showed the
scores of last year's model (walkthrough of the marked-sheet path, doghouse answers). The line now says that the
scores shown meanwhile are those of the model learned before. Real marked sheet, real fit, the real window."""
from __future__ import annotations

from grader_app import workflow
from test_learned_model_that_takes_nothing import SPOON
from test_learning_window import marked
from test_main_window import _open_by_drop
from ui_helpers import write_csv


def test_the_line_says_the_earlier_model_scores_the_answers_while_it_learns_again(qtbot, make_window, tmp_path):
    window = make_window((1366, 768))
    last = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Score"],
                     [(f"S{i}", SPOON, text, mark) for i, (text, mark) in enumerate(marked(60, 5))])
    bundles, _ = workflow.make_models_from_sheet(window.library, last, "Score")
    for b in bundles:
        window.library.add(b)
    new = write_csv(tmp_path / "new" / "new-class.csv", ["Student ID", "Name", SPOON],
                    [(f"{3000 + i}", f"Kid {i}", text) for i, (text, _) in enumerate(marked(30, 9))])
    seen: dict = {}

    def scored() -> None:   # the sheet is shown, its answers scored by last year's model, which learns again now
        s = window.session
        seen.update(awaited=window.learning.awaited(), line=window.results.learning.text(),
                    scored=sum(1 for k in s.keys_for(SPOON) if k in s.predictions))
    window.scoringFinished.connect(scored)
    dlg = _open_by_drop(qtbot, window, new)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert seen["awaited"] == [SPOON] and seen["scored"] == 30
    assert "it scores the answers when it is done" not in seen["line"]
    assert seen["line"].endswith("the model is learning again from your marks; until it is done, the scores shown are "
                                 "those of the model learned before.")
    qtbot.waitUntil(lambda: not window.learning.awaited(), timeout=60000)
