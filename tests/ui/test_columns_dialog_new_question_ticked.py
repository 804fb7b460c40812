"""A graded wide sheet (one column per question) opened again after a question's header was renamed in Excel and its
answers edited too ("Q2 Osmosis" to "Q2 Osmosis (2 marks)", a full stop added to each answer), so that no column holds
the gone column's answers: the columns dialog asks again, and the renamed column is ticked as the guess ticks it (it
was left unticked, so the teacher who confirmed the columns as shown lost the question from the grading without a
word). The stored choices still win for the columns they know: a question the teacher left unticked stays so, and her
decision on Q1 stays with its answer. Real workbooks written and read back, the real window and dialog."""
from __future__ import annotations

import pandas as pd

from reopened_wide_sheet import CAP_MS, NAMES, Q1, Q2, asked_again, decided, graded, ticked

Q3 = ["genes are made of DNA", "children look like parents", "alleles come in pairs", "dunno"]


def test_a_renamed_question_whose_answers_changed_is_ticked_as_the_guess_ticks_it(qtbot, window, tmp_path):
    sheet = tmp_path / "Week 3.xlsx"
    pd.DataFrame({"Student": NAMES, "Q1 Photosynthesis": Q1, "Q2 Osmosis": Q2, "Q3 Genetics": Q3}).to_excel(
        sheet, index=False)
    # the guess ticks Q3; she did not
    graded(sheet, ["Q1 Photosynthesis", "Q2 Osmosis", "Q3 Genetics"], unticked=("Q3 Genetics",))
    pd.DataFrame({"Student": NAMES, "Q1 Photosynthesis": Q1, "Q2 Osmosis (2 marks)": [a + "." for a in Q2],
                  "Q3 Genetics": Q3}).to_excel(sheet, index=False)
    dlg = asked_again(qtbot, window, sheet)
    assert dlg is not None and dlg.wide_radio.isChecked()
    assert dlg.error.isVisibleTo(dlg) and "“Q2 Osmosis”" in dlg.error.text()
    assert ticked(dlg) == {"Student": False, "Q1 Photosynthesis": True, "Q2 Osmosis (2 marks)": True,
                           "Q3 Genetics": False}
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):
        dlg.ok_button.click()
    assert list(window.session.items) == ["Q1 Photosynthesis", "Q2 Osmosis (2 marks)"]
    assert decided(window.session) == {("Ann Lee", "Q1 Photosynthesis"): (1, "good")}
