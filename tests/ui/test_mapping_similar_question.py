"""QA s52a #10: last year's sheet named the question "Why does ice float in water? Explain using density.", this year's
"Why does ice float on water? Explain using the idea of density."; the model the teacher had just made went unmatched
(rightly: another wording may be another question) and the columns dialog said only "1 question without a model". It
now gives a hint, never a match: a model of hers has a similar question (grader_app.core.question_match.similar, most
words shared), to choose if it is the same question. Both sides of the threshold; the real ``grader learn``, real
sheets and the real dialog."""
from __future__ import annotations

from pathlib import Path

from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core.question_match import SIMILAR, similar, similarity
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.mapping_scales import COLUMN
from test_learning_window import marked
from ui_helpers import write_csv

LAST = "Why does ice float in water? Explain using density."
THIS = "Why does ice float on water? Explain using the idea of density."
OTHER = "Why does ice sink in oil? Explain using density."   # ice and density, but another question
GUESSED = "“Out of”: nothing in the sheet says, so Grader takes 3 until you set it."   # the scale's line after it
HINT = "A model of yours, “Why does ice float in water? Explain …”, has a similar question: choose it if it is the same question."


def _learned(tmp_path: Path, question: str) -> Library:
    sheet = write_csv(tmp_path / "last-year.csv", ["Student", "Question", "Answer", "Mark"],
                   [(f"8A{i}", question, text, mark) for i, (text, mark) in enumerate(marked(60, 5))])
    assert run_cli(["learn", str(sheet), "--score-column", "Mark", "--quiet"]) == 0
    return Library.default()


def _dialog(qtbot, tmp_path: Path, library: Library, questions) -> MappingDialog:
    sheet = read_sheet(write_csv(tmp_path / "this-year.csv", ["Student", "Question", "Answer"],
                              [(f"9B{i}", questions[i % len(questions)], text)
                               for i, (text, _) in enumerate(marked(20, 9))]))
    dlg = MappingDialog(sheet, library, ColumnMapping(layout=LONG, id_column="Student", item_column="Question",
                                                      answer_column="Answer"))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_the_threshold_and_both_sides_of_it():
    assert round(similarity(LAST, THIS), 2) == 0.76 and similar(THIS, LAST)        # 8 words shared of 9 and 12
    assert round(similarity(OTHER, THIS), 2) == 0.57 and not similar(THIS, OTHER)  # 6 shared: another question
    ten = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    seven = "alpha beta gamma delta epsilon zeta eta lambda mu nu"                  # 7 of 10 shared: 0.7
    six = "alpha beta gamma delta epsilon zeta xi lambda mu nu"                     # 6 of 10 shared: 0.6
    assert similarity(ten, seven) == SIMILAR == 0.7 and similar(ten, seven)
    assert similarity(ten, six) == 0.6 and not similar(ten, six)
    assert similarity("Vinegar lab", "Vinegar lab 2") == 0.8 and not similar("Vinegar lab", "Vinegar lab 2")  # 2 words
    assert not similar(LAST, LAST) and not similar("Q3. " + LAST, LAST)             # the same question: a match, no hint
    assert similar("Q3. " + THIS + " (2 marks)", LAST)                              # its number and points aside


def test_the_dialog_names_a_model_of_hers_with_a_similar_question_for_her_to_choose(qtbot, tmp_path):
    library = _learned(tmp_path, LAST)
    (made,) = [b for b in library.bundles.values() if library.is_users(b.id)]
    dlg = _dialog(qtbot, tmp_path, library, [THIS])
    assert dlg.chosen() == {THIS: None}                                             # a hint, never a match
    assert dlg.items_note.text() == (
        f"⚠ 1 question without a model ({THIS[:39]}…): its answers stay in the results, marked for you to score; a "
        "model learns from your marks as you go. " + HINT + " " + GUESSED)   # then what it is out of
    combo = dlg.model_combo(THIS)
    combo.setCurrentIndex(combo.findData(made.id))                                  # she chooses it: no more hint
    assert dlg.chosen() == {THIS: made.id} and "A model of yours" not in dlg.items_note.text()
    assert dlg.items_note.text() == "✓ Every question has a model."                   # out of 2, as its marks were:
    assert dlg.items_table.cellWidget(0, COLUMN).spin.value() == 2                       # no "Grader takes 3" left over


def test_no_hint_for_another_question_nor_for_a_shipped_model(qtbot, tmp_path):
    library = _learned(tmp_path, OTHER)                                             # her model of another question
    dlg = _dialog(qtbot, tmp_path, library, [THIS])
    assert dlg.chosen() == {THIS: None} and "A model of yours" not in dlg.items_note.text()


def test_with_several_questions_the_hint_names_the_question(qtbot, tmp_path):
    library = _learned(tmp_path, LAST)
    dlg = _dialog(qtbot, tmp_path, library, [THIS, "Own question"])
    assert dlg.chosen() == {THIS: None, "Own question": None}
    assert dlg.items_note.text().endswith(
        "A model of yours, “Why does ice float in water? Explain …”, has a question like “Why does ice float on water? "
        "Explain …”: choose it for that question if it is the same question. " + GUESSED)
