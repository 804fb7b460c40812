"""The learning line of a question without a model reads the same before the project is closed and after it is opened
again (QA, ASAP-SAS set 6 marked one answer at a time: "needs at least 34 more" before, "about 70 more" after). The
line follows the last fits' estimates; the window keeps them in the project file as the fits come
(ProjectStore.save_fit_history) and gives them back to the question's assistant when the project is opened again.
Real sheet (150 answers of the shared ASAP-SAS data's training split; skipped without it), project file, window and
fits."""
from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

from test_learning_reopen import opened_to_learn
from test_reopen_changed_sheet import open_in

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learn"))
from test_progress_cannot_help_only_when_so import _asap_class  # noqa: E402

OWN = "own-question"
MARKS = 31


def _sheet(path: Path) -> tuple[Path, list[str], list[int]]:
    texts, scores = _asap_class(6)
    first = [scores.index(v) for v in sorted(set(scores))]   # one answer of each score first: the scale the model learns
    order = first + [i for i in range(len(texts)) if i not in first]
    texts, scores = [texts[i] for i in order], [scores[i] for i in order]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i:03d}", f"Student {i}", OWN, t] for i, t in enumerate(texts))
    return path, texts, scores


def test_the_learning_line_is_the_same_after_opening_the_project_again(qtbot, make_window, tmp_path):
    sheet, texts, scores = _sheet(tmp_path / "class" / "membranes.csv")
    first = make_window((1200, 800))
    opened_to_learn(qtbot, first, sheet)
    s = first.session
    keys = s.keys_for(OWN)
    scale = len(set(scores))
    for k in keys[:scale]:   # one of each score before the first fit (its scale is the scores given)
        s.decide(k, scores[keys.index(k)])
    for k in keys[scale:MARKS]:   # then one answer after another, each fit landing before the next mark
        s.decide(k, scores[keys.index(k)])
        qtbot.wait(5)
        qtbot.waitUntil(lambda: not first.learning._fitting, timeout=60000)
        first.learning.sentence(OWN)   # the window says the line after each mark
    qtbot.waitUntil(lambda: not first.learning.busy, timeout=120000)
    before = first.learning.sentence(OWN)
    kept = first.learning.learners[OWN].assistant.fit_history()
    assert len(kept["fits"]) > 3
    first.close()
    with sqlite3.connect(str(sheet.with_suffix(".grader-project"))) as db:   # the file holds them
        assert db.execute("SELECT value FROM meta WHERE name='fit_history'").fetchone() is not None

    second = make_window((1200, 800))
    open_in(qtbot, second, sheet)
    qtbot.waitUntil(lambda: OWN in second.learning.models and not second.learning.busy, timeout=120000)
    assert second.learning.learners[OWN].assistant.fit_history() == kept
    assert second.learning.sentence(OWN) == before
