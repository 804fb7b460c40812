"""Mr Adeyemi's model, made from last year's marked sheet: the library said it "Agrees with teachers: closely" (a word
for its out-of-fold QWK, 0.82) where what was measured is that it gave his own mark on 67 of his 100 answers it had
not learned from; and the news of the model made said "none on its own: every answer comes to you" and then, back to
back, "It takes no answer on its own yet". Now the library's column says how often it gave the teacher's mark (shorter
forms for a narrow column, the QWK in the tooltip), and the news says it takes none on its own once. The real window, a
real marked sheet, the real learning on its worker."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.ui import i18n
from grader_app.ui.i18n import translate
from grader_app.ui.library_table import FORMS_ROLE, TIP_ROLE
from test_learning_window import marked
from ui_helpers import learn_dialog_for, write_csv

QUESTION = "Why a cell shrinks in salt water"


def _row(window, bid: str):
    tree = window.start.library.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == bid)


def test_a_model_learned_from_the_teachers_marks_says_what_was_measured(qtbot, window, tmp_path, monkeypatch):
    rows = [(f"S{i}", QUESTION, text, i % 3) for i, (text, _) in enumerate(marked(50, 5))]   # nothing to learn
    sheet = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Mark"], rows)
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    said = window.start.message.text()
    assert "(none on its own: every answer comes to you" in said
    assert said.count("on its own") == 1, said          # said once, not "… It takes no answer on its own yet"
    assert ("A sheet with its question is scored with it, and the marks you give there go on teaching it together "
            "with these.") in said

    model = window.library.get("why-a-cell-shrinks-in-salt-water")
    student = model.manifest["metrics"]["student"]
    agreed, n = round(student["accuracy"] * student["n"]), student["n"]
    row = _row(window, model.id)
    forms = row.data(2, FORMS_ROLE)
    assert forms[0] == f"gave your mark on {agreed} of {n} answers it had not learned from"
    assert forms[1] == f"your mark on {agreed} of {n} answers" and forms[-1].endswith("%")
    assert row.text(2) in forms and not any(w in " ".join(forms) for w in ("closely", "well", "weakly", "poorly"))
    tip = row.data(2, TIP_ROLE) or ""
    assert "Checked on your own marks" in tip and forms[0] in tip and "quadratic weighted kappa" in tip

    assert i18n.install("de")   # in the teacher's language
    try:
        shown = translate("wording", "gave your mark on {agreed} of %n answers it had not learned from", "",
                          n).format(agreed=agreed)
        assert f"{agreed} von {n}" in shown and shown != forms[0]
        assert translate("ModelActions", "A sheet with its question is scored with it, and the marks you give there go "
                                         "on teaching it together with these.").startswith("Eine Tabelle")
    finally:
        i18n.install("en")
