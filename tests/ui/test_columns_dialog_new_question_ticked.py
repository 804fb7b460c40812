"""A graded wide sheet (one column per question) opened again after a question's header was renamed in Excel and its
answers edited too ("Q2 Osmosis" to "Q2 Osmosis (2 marks)", a full stop added to each answer), so that no column holds
the gone column's answers: the columns dialog asks again, and the renamed column is ticked as the guess ticks it (it
was left unticked, so the teacher who confirmed the columns as shown lost the question from the grading without a
word). The stored choices still win for the columns they know: a question the teacher left unticked stays so, and her
decision on Q1 stays with its answer. Real workbooks written and read back, the real window and dialog."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd
from PySide6.QtCore import Qt

from grader_app import workflow
from grader_app.bundles.library import Library

CAP_MS = 600_000   # a cap on the window's answer (opening scores the sheet), not an expected time

NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Evans"]
Q1 = ["plants use light to make glucose", "sunlight makes sugar in leaves", "chlorophyll absorbs light", "no idea"]
Q2 = ["water moves across a membrane", "water goes from dilute to concentrated", "diffusion of water", "salt"]
Q3 = ["genes are made of DNA", "children look like parents", "alleles come in pairs", "dunno"]


def graded_without_q3(path) -> None:
    """The sheet opened as the window would, its Q3 unticked by the teacher, Ann's Q1 answer decided; project closed."""
    library = Library.default()
    opened = workflow.open_sheet(path, library)
    assert "Q3 Genetics" in opened.mapping.answer_columns   # the guess ticks it; she did not
    mapping = replace(opened.mapping, answer_columns={c: q for c, q in opened.mapping.answer_columns.items()
                                                      if c != "Q3 Genetics"})
    prep = workflow.prepare_session(path, opened.sheet, mapping, {"Q1 Photosynthesis": None, "Q2 Osmosis": None},
                                    library)
    s = prep.session
    ann = next(a for a in s.answers if a.item == "Q1 Photosynthesis" and a.student == "Ann Lee")
    s.decide(ann.key, 1, comment="good")
    assert not prep.store.close()


def ticked(dlg) -> dict[str, bool]:
    a = dlg.answer_list
    return {a.item(i).data(Qt.ItemDataRole.UserRole): a.item(i).checkState() == Qt.CheckState.Checked
            for i in range(a.count())}


def test_a_renamed_question_whose_answers_changed_is_ticked_as_the_guess_ticks_it(qtbot, window, tmp_path):
    sheet = tmp_path / "Week 3.xlsx"
    pd.DataFrame({"Student": NAMES, "Q1 Photosynthesis": Q1, "Q2 Osmosis": Q2, "Q3 Genetics": Q3}).to_excel(
        sheet, index=False)
    graded_without_q3(sheet)
    pd.DataFrame({"Student": NAMES, "Q1 Photosynthesis": Q1, "Q2 Osmosis (2 marks)": [a + "." for a in Q2],
                  "Q3 Genetics": Q3}).to_excel(sheet, index=False)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible()
                    or window.session is not None, timeout=CAP_MS)
    dlg = window.mapping_dialog
    assert dlg is not None and dlg.wide_radio.isChecked()
    assert dlg.error.isVisibleTo(dlg) and "“Q2 Osmosis”" in dlg.error.text()
    assert ticked(dlg) == {"Student": False, "Q1 Photosynthesis": True, "Q2 Osmosis (2 marks)": True,
                           "Q3 Genetics": False}
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):
        dlg.ok_button.click()
    s = window.session
    assert list(s.items) == ["Q1 Photosynthesis", "Q2 Osmosis (2 marks)"]
    assert {(s.answers[k].student, s.answers[k].item): (d.score, d.comment) for k, d in s.decisions.items()} == {
        ("Ann Lee", "Q1 Photosynthesis"): (1, "good")}
