"""A model made from a marked sheet whose review threshold never qualified ("Made 1 model … none on its own: every
answer comes to you") took its question in later sheets and stopped the learning from the teacher's marks there, so
that question never got a model that takes anything. A model that keeps the marks it learned from (every one made or
saved now: grader_app.bundles.kept_marks) is proposed all the same, since with it the question learns from those marks
and the ones given in the session together (learn.continuing); one that keeps none (an older Grader's) is not proposed:
the question goes on learning in the session (learn.library_names.proposed_model), in the columns dialog and in the
session it opens; the teacher may still choose it, and the window says so when it makes or saves one. A qualified
learned model is still proposed. Real marked sheets, real fits, the real dialog and window (only the file dialogs are
answered here)."""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.sheet import LONG, WIDE, ColumnMapping
from grader_app.io import read_sheet
from grader_app.bundles.kept_marks import marks_path
from grader_app.learn.export import write_learned_bundle
from grader_app.learn.library_names import learns_on, takes_nothing
from grader_app.ui.mapping_dialog import MappingDialog
from test_learning_window import marked, window  # noqa: F401  (the window fixture)
from ui_helpers import learn_dialog_for, write_csv

SPOON = "Why does a metal spoon feel colder than a wooden spoon in the same room?"


def _made(tmp_path, marks, question: str = SPOON, kept: bool = True) -> Library:
    """The library after "Make models from a marked sheet…" of ``marks`` for ``question``; without the marks ``kept``
    beside the model, as an older Grader made it (the same model, written without them)."""
    library = Library.load([tmp_path / "user"])
    sheet = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Score"],
                      [(f"S{i}", question, text, mark) for i, (text, mark) in enumerate(marks)])
    bundles, result = workflow.make_models_from_sheet(library, sheet, "Score")
    if not kept:
        (it,) = result.items
        older = write_learned_bundle(tmp_path / "older" / it.path.name, it.model, bundle_id=it.bundle_id,
                                     title=it.item, question=it.item)
        bundles = [workflow.copy_bundle_in(library, older, relearned=True)]
        assert not marks_path(bundles[0].path).exists() and not learns_on(bundles[0])
    for b in bundles:
        library.add(b)
    return library


def _new_class(tmp_path):
    sheet = read_sheet(write_csv(tmp_path / "new-class.csv", ["Student ID", "Name", SPOON],
                                 [(f"{3000 + i}", f"Kid {i}", text) for i, (text, _) in enumerate(marked(30, 9))]))
    return sheet, ColumnMapping(layout=WIDE, id_column="Student ID", name_column="Name", answer_columns={SPOON: SPOON})


def test_a_learned_model_that_takes_nothing_and_keeps_its_marks_is_proposed_and_learns_on(qtbot, tmp_path):
    """QA s52a #4: with the model made from last year's marks, this year's marks taught nothing; without it, last year's
    were thrown away. Proposed, it scores the question and its marks go on teaching it with this year's."""
    library = _made(tmp_path, [(text, i % 3) for i, (text, _) in enumerate(marked(50, 5))])   # marks that disagree
    (made,) = library.bundles.values()
    assert takes_nothing(made) and learns_on(made) and marks_path(made.path).is_file()
    sheet, mapping = _new_class(tmp_path)
    dlg = MappingDialog(sheet, library, mapping)
    qtbot.addWidget(dlg)
    assert dlg.chosen() == {SPOON: made.id}                   # proposed: the teacher's own model goes on learning
    assert "without a model" not in dlg.items_note.text()
    session, bundles = workflow.start_session(sheet, mapping, library, chosen=dlg.chosen())
    assert bundles[SPOON].id == made.id and workflow.learns(session, SPOON)
    assert session.items[SPOON].continues == made.id and not session.items[SPOON].marked_on_teachers_scale
    session, bundles = workflow.start_session(sheet, mapping, library, learning=True)   # nothing chosen: the same
    assert bundles[SPOON].id == made.id and workflow.learns(session, SPOON)


def test_a_learned_model_that_takes_nothing_and_keeps_no_marks_leaves_its_question_learning_in_session(qtbot, tmp_path):
    library = _made(tmp_path, [(text, i % 3) for i, (text, _) in enumerate(marked(50, 5))], kept=False)
    (made,) = library.bundles.values()
    assert takes_nothing(made)
    sheet, mapping = _new_class(tmp_path)
    dlg = MappingDialog(sheet, library, mapping)
    qtbot.addWidget(dlg)
    assert dlg.chosen() == {SPOON: None}                      # no model proposed: the marks teach one here
    session, bundles = workflow.start_session(sheet, mapping, library, chosen=dlg.chosen())
    assert bundles == {SPOON: None} and workflow.learns(session, SPOON)
    session, bundles = workflow.start_session(sheet, mapping, library, learning=True)   # nothing chosen: the same
    assert bundles == {SPOON: None} and workflow.learns(session, SPOON)
    session, bundles = workflow.start_session(sheet, mapping, library)   # the command line learns nothing: it scores
    assert bundles[SPOON].id == made.id
    session, bundles = workflow.start_session(sheet, mapping, library, chosen={SPOON: made.id})
    assert bundles[SPOON].id == made.id and not workflow.learns(session, SPOON)   # the teacher's choice stands


def test_a_learned_model_that_takes_answers_is_still_proposed(qtbot, tmp_path):
    library = _made(tmp_path, marked(160, 5))                 # consistent marks, enough of them
    (made,) = library.bundles.values()
    assert not takes_nothing(made)
    sheet, mapping = _new_class(tmp_path)
    dlg = MappingDialog(sheet, library, mapping)
    qtbot.addWidget(dlg)
    assert dlg.chosen() == {SPOON: made.id}
    session, bundles = workflow.start_session(sheet, mapping, library, learning=True)
    assert bundles[SPOON].id == made.id


def test_the_columns_dialog_says_a_question_has_a_learned_model_it_does_not_propose(qtbot, tmp_path):
    """QA: last year's marked sheet made "Vinegar lab" a model; this year's sheet with that question showed it on "No
    model — you score it" under "⚠ 3 questions without a model" and never said the model was there to choose."""
    library = _made(tmp_path, [(text, i % 3) for i, (text, _) in enumerate(marked(50, 5))], "Vinegar lab", kept=False)
    (made,) = library.bundles.values()
    assert takes_nothing(made) and made.title == "Vinegar lab"
    answers = marked(12, 9)
    sheet = read_sheet(write_csv(tmp_path / "this-year.csv", ["Student", "Question", "Answer"],
                                 [(f"New {i}", "Vinegar lab" if i % 2 else "Own question", text)
                                  for i, (text, _) in enumerate(answers)]))
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    dlg = MappingDialog(sheet, library, mapping)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.chosen() == {"Vinegar lab": None, "Own question": None}   # still not proposed: the marks teach one here
    learned = QCoreApplication.translate(   # one question: its words as the English catalogue gives them
        "MappingDialog", "Models learned from your marks exist for %n questions ({questions}) but cannot take any answer "
        "on their own yet, so here these questions learn from your marks instead. To have a question's learned model "
        "suggest scores for you to confirm, choose it in that question's model list.", "", 1).format(questions="Vinegar lab")
    assert "(Vinegar lab)" in learned
    assert dlg.items_note.text() == (
        "⚠ 2 questions without a model (Own question, Vinegar lab): their answers stay in the results, marked for you "
        "to score; a model learns from your marks as you go. " + learned
        + " “Out of”: nothing in the sheet says, so Grader takes 3 until you set it.")
    combo = dlg.model_combo("Vinegar lab")
    combo.setCurrentIndex(combo.findData(made.id))   # the teacher chooses it, as the note says
    assert dlg.chosen() == {"Vinegar lab": made.id, "Own question": None}
    assert learned not in dlg.items_note.text() and "Own question" in dlg.items_note.text()
    session, bundles = workflow.start_session(sheet, mapping, library, chosen=dlg.chosen(), learning=True)
    assert bundles["Vinegar lab"].id == made.id and not workflow.learns(session, "Vinegar lab")
    assert workflow.learns(session, "Own question")


def test_the_window_says_a_model_made_or_saved_that_takes_nothing_leaves_its_question_learning(
        qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    from grader_app.learn.marks_model import fit_marks
    from grader_app.ui import model_actions

    sheet = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Mark"],
                      [(f"S{i}", SPOON, text, i % 3) for i, (text, _) in enumerate(marked(50, 5))])
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    said = window.start.message.text()
    assert ("A sheet with its question is scored with it, and the marks you give there go on teaching it together "
            "with these.") in said   # it keeps its marks: proposed, it learns on (that it takes none: said once)
    # the question named once (not again in the sentence after the list), and no word on a plain UTF-8, comma reading
    assert said.count(SPOON) == 1 and "Read as" not in said

    texts, scores = zip(*[(text, i % 3) for i, (text, _) in enumerate(marked(50, 6))])   # no question learns: no marks
    window.learning.models["Q5"] = model = fit_marks(list(texts), dict(enumerate(scores)))
    assert not model.qualified
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "q5.gradebundle"), ""))
    window.models.save_learned("Q5")
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=60000)
    assert window.statusBar().currentMessage() == (
        "Saved “q5.gradebundle” and added it to your models. It cannot take any answer on its own yet, so a sheet with "
        "question “Q5” goes on learning from your marks; to score one with it, choose it when you check the columns of a "
        "sheet.")


def test_the_saved_message_quotes_a_question_worded_as_a_sentence(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    """Walkthrough (a teacher's own question, its heading the question's wording): saving its model said "... a sheet
    with question After the lab: what would you need to know to repeat it? Give three things. is scored with it ...",
    the question's own full stop ending the sentence half-way. The question is quoted, as the window quotes names."""
    from grader_app.learn.marks_model import fit_marks
    from grader_app.ui import model_actions

    question = "After the lab: what would you need to know to repeat it? Give three things."
    texts, scores = zip(*[(text, i % 3) for i, (text, _) in enumerate(marked(50, 6))])   # marks that disagree
    window.learning.models[question] = model = fit_marks(list(texts), dict(enumerate(scores)))
    assert not model.qualified
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "lab.gradebundle"), ""))
    window.models.save_learned(question)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=60000)
    said = window.statusBar().currentMessage()
    assert f"with question “{question}” " in said
    assert said.count(question) == 1


def test_the_saved_message_names_the_file_the_teacher_chose(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    """Walkthrough: the teacher saved her question's model as "vinegar.gradebundle"; the message said Saved
    "after-the-vinegar-experiment-what-more-would-you-need-to-know-to.gradebundle", the name of the library's copy, a
    file she never named and cannot find beside her sheet. It names the file she chose."""
    from grader_app.learn.marks_model import fit_marks
    from grader_app.ui import model_actions

    question = "After the lab: what would you need to know to repeat it? Give three things."
    texts, scores = zip(*[(text, i % 3) for i, (text, _) in enumerate(marked(50, 6))])
    window.learning.models[question] = fit_marks(list(texts), dict(enumerate(scores)))
    target = tmp_path / "mine" / "lab.gradebundle"
    target.parent.mkdir()
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.models.save_learned(question)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=60000)
    copy = next(b for b in window.library.bundles.values() if b.title == question)
    assert target.is_file() and copy.path.name != target.name      # the library keeps its copy under another name
    assert window.statusBar().currentMessage().startswith("Saved “lab.gradebundle” and added it to your models.")
