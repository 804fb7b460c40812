"""The columns dialog's proposed model for each question: the library's match of a question (a pass over every model's
question, :func:`grader_app.core.grading.find_bundle_for`) was made twice per question each time the dialog filled its
table (the model proposed, then the learned one turned down for the note), on the GUI thread: on a quiz with 60 whole
questions as headers, 120 matches as the dialog opened. The worker that reads the sheet matches the questions the
dialog opens with; the dialog proposes the same models, and matches on its thread only questions it had not seen. Each
model's words in a question's choice (its title, id and agreement) are worked out once for the whole table."""
from __future__ import annotations

import csv
import threading

from PySide6.QtCore import Qt

from grader_app.learn import library_names
from test_main_window import _open_by_drop

CELL = "Explain how the cell membrane works."   # the shipped asap-sas-1's question (conftest.shipped_bundles)
PROTEIN = "Describe protein synthesis."         # asap-sas-5's
OWN = [f"{i}. Why does the experiment in part {i} need a control group?" for i in range(3, 15)]   # no model's


def _quiz(path):
    questions = [f"1. {CELL} (3 points)", f"2. {PROTEIN}", *OWN]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Timestamp", "Email address", "What is your name?", *questions])
        for r in range(6):
            w.writerow([f"2024/10/02 9:1{r}:00", f"s{r}@school.example", f"Student {r}",
                        *[f"Answer {r} to question {q}, about cells and membranes." for q in range(len(questions))]])
    return path, questions


def test_the_questions_are_matched_to_the_models_on_the_worker_not_as_the_dialog_opens(
        qtbot, window, tmp_path, monkeypatch):
    on_gui: list[str] = []
    match = library_names.find_bundle_for

    def find_bundle_for(item, library):
        if threading.current_thread() is threading.main_thread():
            on_gui.append(item)
        return match(item, library)

    monkeypatch.setattr(library_names, "find_bundle_for", find_bundle_for)
    path, questions = _quiz(tmp_path / "Quiz 3 (Responses).csv")
    dlg = _open_by_drop(qtbot, window, path)
    assert dlg.wide_radio.isChecked() and [q for q, _n in dlg.items()] == questions
    assert on_gui == []   # before: each question twice (the model proposed, then the note's turned-down look)
    chosen = dlg.chosen()
    assert chosen[questions[0]] == "asap-sas-1" and chosen[questions[1]] == "asap-sas-5"   # the same proposals
    assert all(chosen[q] is None for q in questions[2:])
    assert "12 questions without a model" in dlg.items_note.text()

    # a question ticked afterwards is matched then, on the GUI thread, once; those matched before are not again
    dlg.answer_list.item(0).setCheckState(dlg.answer_list.item(0).checkState().Checked)   # "Timestamp", ticked
    assert "Timestamp" in dict(dlg.items())
    assert on_gui == ["Timestamp"]


def test_each_models_words_are_worked_out_once_for_the_whole_table_not_for_each_question(
        qtbot, window, tmp_path, monkeypatch):
    """Each question's choice of model listed every model by its title, id and agreement, each worked out again for
    every question (60 questions, 10 models: 600 titles, tooltips and numbers as the dialog opened)."""
    from grader_app.ui import mapping_layout

    titled: list[str] = []
    title = mapping_layout.bundle_title

    def bundle_title(bundle):
        titled.append(bundle.id)
        return title(bundle)

    monkeypatch.setattr(mapping_layout, "bundle_title", bundle_title)
    path, questions = _quiz(tmp_path / "Quiz 3 (Responses).csv")
    dlg = _open_by_drop(qtbot, window, path)
    assert sorted(titled) == ["asap-sas-1", "asap-sas-5"]   # before: each once per question (28)
    combo = dlg.model_combo(questions[0])
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "asap-sas-1", "asap-sas-5"]
    assert combo.itemText(1) == "Science: cell membrane (asap-sas-1)"
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == ("Science: cell membrane (asap-sas-1) — QWK 0.81 on "
                                                               "held-out answers")
    assert dlg.model_combo(questions[5]).itemText(2) == "Biology: protein synthesis (asap-sas-5)"
