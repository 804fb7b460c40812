"""The count of one action, said twice: on the shipped sample sheet the columns dialog's button said "Score 87
answers" (its 3 blank answers are flagged for the teacher, not scored: the button counts the answers written, as the
questions' table does, "29 + 1 blank") and the status bar then said "Scored 90 answers in 0.3 s". The status now
counts as the button did and says where the blank ones went: "Scored 87 answers in 0.3 s; 3 blank answers are left
for you to decide"."""
from __future__ import annotations

import re
import shutil

import pytest

from grader_app.ui import i18n
from sample_sheet import SAMPLE
from ui_helpers import make_bundle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_status_counts_the_answers_the_button_said_it_would_score(qtbot, make_window, tmp_path):
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-10", labels=(0, 1, 2), title="Science: doghouse")
    assert i18n.install("en")
    window = make_window((1280, 800))
    sheet = tmp_path / "Science 9B" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    button = window.mapping_dialog.ok_button
    qtbot.waitUntil(lambda: re.fullmatch(r"Score \d+ answers", button.text()) is not None, timeout=10000)
    promised = int(button.text().split()[1])
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        button.click()
    s = window.session
    blank = sum("blank" in s.flags.get(k, ()) for k in s.predictions)
    assert blank > 0 and promised == len(s.predictions) - blank   # the sample has blank answers, the button left them out
    said = window.statusBar().currentMessage()
    assert re.fullmatch(rf"Scored {promised} answers in \d+\.\d s; {blank} blank answers? (is|are) left for you to "
                        r"decide", said), said   # it said "Scored 90 answers in 0.3 s" after "Score 87 answers"
